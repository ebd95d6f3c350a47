export const id = 297;
export const ids = [297];
export const modules = {

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7239);
/**
 * The analyzer settings and their defaults, apart from the config-file parser (src/core/config.ts),
 * so a run without --config never loads the YAML parser.
 */

function defaultConfig() {
    return { thresholds: { ..._thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLDS */ .J }, compare: {}, cost: {}, gates: [], eval_thresholds: {} };
}


/***/ }),

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ baselineLookup),
/* harmony export */   Q5: () => (/* binding */ familyKey),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   gL: () => (/* binding */ emptyIdentity),
/* harmony export */   nD: () => (/* binding */ identityKeyObject)
/* harmony export */ });
/* unused harmony exports TOPOLOGY_KEY_FIELDS, topologyKey */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/**
 * Cell identity. Two fragments describe the same cell when their identity fields and their
 * topology key agree exactly; compare (base vs head) matches cells the same way. `image` and
 * `recipe_fingerprint` describe a cell but are not part of the key: a change in them is what a
 * PR usually measures (INPUTS.md §3.4).
 */

/** Topology fields that change what is measured (parallelism, workers, spec decoding). */
const TOPOLOGY_KEY_FIELDS = [
    'tp',
    'pp',
    'dcp_size',
    'pcp_size',
    'ep',
    'dp_attention',
    'prefill_tp',
    'prefill_pp',
    'prefill_ep',
    'prefill_dp_attention',
    'prefill_num_workers',
    'decode_tp',
    'decode_pp',
    'decode_ep',
    'decode_dp_attention',
    'decode_num_workers',
    'spec_decoding',
    'offloading',
    // Set only when concurrency is unknown: the points of a QPS sweep (vLLM's nightly suite).
    'request_rate',
    // Set only on fragments with no identity at all: their folder or file, so unrelated
    // identity-less results are never merged with (or compared against) each other.
    'fallback_identity',
];
/** Single-node fields that multi-node artifacts never carry (and vice versa) are ignored per shape. */
const SINGLE_NODE_ONLY = new Set(['tp', 'pp', 'dcp_size', 'pcp_size', 'ep', 'dp_attention']);
/**
 * Parallelism degrees whose value 1 is the default: InferenceX's collectors drop them from their
 * rows (agg_eval_all.json has no pp/dcp_size/pcp_size), so 1 and absent key the same.
 */
const DEFAULT_ONE = new Set(['pp', 'dcp_size', 'pcp_size', 'prefill_pp', 'decode_pp']);
function norm(v) {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'string')
        return v.toLowerCase();
    if (typeof v === 'number' || typeof v === 'boolean')
        return v;
    return JSON.stringify(v);
}
/**
 * The topology part of the key. Multi-node cells are keyed on their prefill/decode fields only
 * (their artifacts disagree about legacy top-level tp/ep), single-node cells on the top-level ones.
 */
function topologyKey(isMultinode, topology) {
    const out = {};
    for (const f of TOPOLOGY_KEY_FIELDS) {
        if (isMultinode === true && SINGLE_NODE_ONLY.has(f))
            continue;
        if (isMultinode !== true && f.startsWith('prefill_'))
            continue;
        if (isMultinode !== true && f.startsWith('decode_'))
            continue;
        const v = norm(topology[f]);
        if (v === null || (v === 1 && DEFAULT_ONE.has(f)))
            continue;
        out[f] = v;
    }
    return out;
}
/** Canonical identity object (used for merging and for compare matching). */
function identityKeyObject(identity, topology) {
    const out = {};
    for (const f of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .IDENTITY_FIELDS */ .DL)
        out[f] = norm(identity[f]);
    out.topology = topologyKey(identity.is_multinode, topology);
    return out;
}
/** Stable string key of a cell's identity. */
function identityKey(identity, topology) {
    return JSON.stringify(identityKeyObject(identity, topology));
}
/** Identity minus concurrency: cells sharing it form one sweep family (a curve). */
function familyKey(identity, topology) {
    const o = identityKeyObject(identity, topology);
    delete o.concurrency;
    return JSON.stringify(o);
}
/** An identity with every field unknown. */
function emptyIdentity() {
    return {
        hardware: null,
        model: null,
        framework: null,
        precision: null,
        scenario_type: null,
        is_multinode: null,
        recipe_name: null,
        isl: null,
        osl: null,
        concurrency: null,
    };
}
/**
 * The baseline cell a cell is compared with: same identity key, else the same cell id; null
 * without a baseline or a match.
 */
function baselineLookup(baseline) {
    const byKey = new Map();
    const byId = new Map();
    for (const b of baseline?.cells ?? []) {
        byKey.set(identityKey(b, b.topology ?? {}), b);
        byId.set(b.cell_id, b);
    }
    return (c) => byKey.get(identityKey(c, c.topology)) ?? byId.get(c.cell_id) ?? null;
}


/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   Ln: () => (/* binding */ LATENCY_STATS),
/* harmony export */   _I: () => (/* binding */ latencyKey),
/* harmony export */   yE: () => (/* binding */ LATENCY_BASES)
/* harmony export */ });
/**
 * Canonical per-cell metric names (ANALYZER.md "Metrics"). Units are in the name or fixed here:
 * latency in seconds, throughput in tokens/s (or requests/s for `_rps`), rates as fractions 0–1,
 * bytes for offload counters. Direction lives on the metric, not on the source.
 */
const LATENCY_BASES = ['ttft', 'tpot', 'itl', 'e2el'];
const LATENCY_STATS = ['mean', 'p50', 'p90', 'p95', 'p99'];
/** `${stat}_${base}`, e.g. `p99_ttft` (seconds). */
function latencyKey(stat, base) {
    return `${stat}_${base}`;
}
const latency = {};
for (const base of LATENCY_BASES) {
    for (const stat of LATENCY_STATS) {
        latency[latencyKey(stat, base)] = {
            unit: 's',
            direction: 'lower_is_better',
            description: `${stat} ${base.toUpperCase()}`,
        };
    }
}
const intvty = {};
for (const stat of LATENCY_STATS) {
    intvty[`${stat}_intvty`] = {
        unit: 'tok/s/user',
        direction: 'higher_is_better',
        description: `${stat} interactivity (1/TPOT)`,
    };
}
const METRICS = {
    total_tput_tps: { unit: 'tok/s', direction: 'higher_is_better', description: 'total token throughput' },
    input_tput_tps: { unit: 'tok/s', direction: 'higher_is_better', description: 'input token throughput' },
    output_tput_tps: { unit: 'tok/s', direction: 'higher_is_better', description: 'output token throughput' },
    tput_per_gpu: { unit: 'tok/s/GPU', direction: 'higher_is_better', description: 'total throughput per GPU' },
    input_tput_per_gpu: {
        unit: 'tok/s/GPU',
        direction: 'higher_is_better',
        description: 'input throughput per prefill GPU',
    },
    output_tput_per_gpu: {
        unit: 'tok/s/GPU',
        direction: 'higher_is_better',
        description: 'output throughput per decode GPU',
    },
    request_throughput_rps: { unit: 'req/s', direction: 'higher_is_better', description: 'request throughput' },
    ...latency,
    ...intvty,
    theoretical_cache_hit_rate: { unit: 'fraction', direction: 'neutral', description: 'theoretical prefix hit rate' },
    server_gpu_cache_hit_rate: {
        unit: 'fraction',
        direction: 'higher_is_better',
        description: 'server GPU prefix-cache hit rate',
    },
    server_cpu_cache_hit_rate: {
        unit: 'fraction',
        direction: 'higher_is_better',
        description: 'server CPU/offload prefix-cache hit rate',
    },
    kv_offload_bytes_gpu_to_cpu: {
        unit: 'B',
        direction: 'neutral',
        description: 'KV bytes offloaded GPU→CPU over the run',
    },
    kv_offload_bytes_cpu_to_gpu: { unit: 'B', direction: 'neutral', description: 'KV bytes loaded CPU→GPU over the run' },
    kv_cache_usage_p95: { unit: 'fraction', direction: 'lower_is_better', description: 'GPU KV cache usage p95' },
    kv_cache_usage_max: { unit: 'fraction', direction: 'lower_is_better', description: 'GPU KV cache usage max' },
    cpu_kv_cache_usage_p95: { unit: 'fraction', direction: 'lower_is_better', description: 'CPU KV cache usage p95' },
    preemptions: { unit: 'count', direction: 'lower_is_better', description: 'preemptions over the run' },
    duration_seconds: { unit: 's', direction: 'neutral', description: 'measured duration' },
    total_input_tokens: { unit: 'tokens', direction: 'neutral', description: 'input tokens of successful requests' },
    total_output_tokens: { unit: 'tokens', direction: 'neutral', description: 'output tokens of successful requests' },
    gpus: { unit: 'count', direction: 'neutral', description: 'GPUs serving the cell' },
};


/***/ }),

/***/ 8796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ summarizeSorted),
/* harmony export */   DZ: () => (/* binding */ SampleColumn),
/* harmony export */   oq: () => (/* binding */ NumberColumn),
/* harmony export */   p6: () => (/* binding */ EMPTY_SAMPLE),
/* harmony export */   vS: () => (/* binding */ percentileSorted),
/* harmony export */   y_: () => (/* binding */ putPercentileAccuracy)
/* harmony export */ });
/* unused harmony exports PERCENTILE_MIN_SAMPLES, SAMPLE_SKETCH_SIZE, sortedCopy, sortFloat64, sketchSorted, EXACT_SAMPLE_LIMIT, SKETCH_RELATIVE_ACCURACY */
const PERCENTILE_MIN_SAMPLES = 20;
/** Max number of order statistics kept in a SampleSketch. */
const SAMPLE_SKETCH_SIZE = 1001;
/** Percentile of an ascending-sorted array; null for an empty array. */
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return null;
    if (n === 1)
        return sorted[0];
    const h = ((n - 1) * p) / 100;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (h - lo) * (b - a);
}
/** Sorts a copy (numeric, ascending) as a Float64Array. */
function sortedCopy(values) {
    return sortFloat64(Float64Array.from(values));
}
/** Below this length the engine's sort is as fast as the radix sort and needs no scratch array. */
const RADIX_SORT_MIN = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/**
 * Sorts in place, in exactly the order of `Float64Array.prototype.sort()` (numeric, -0 before +0),
 * and returns the array. Large arrays go through an LSD radix sort on the IEEE-754 bits (four
 * 16-bit digits, passes whose digit is the same for every value skipped): ~3× faster than the
 * engine's comparison sort on a million latencies. Arrays holding NaN use the engine's sort.
 */
function sortFloat64(a) {
    const n = a.length;
    if (n < RADIX_SORT_MIN || a.byteOffset % 4 !== 0)
        return a.sort();
    const words = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    // Little-endian word order: [lo, hi] per value.
    if (!LITTLE_ENDIAN)
        return a.sort();
    for (let i = 0; i < n; i++) {
        if (a[i] !== a[i])
            return a.sort();
    }
    // Keys whose unsigned order is the numeric order: set the sign bit of positives, invert negatives.
    for (let i = 0; i < 2 * n; i += 2) {
        const hi = words[i + 1];
        if (hi >>> 31 === 0)
            words[i + 1] = (hi | 0x80000000) >>> 0;
        else {
            words[i + 1] = ~hi >>> 0;
            words[i] = ~words[i] >>> 0;
        }
    }
    let src = words;
    let dst = new Uint32Array(2 * n);
    const count = new Uint32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass >> 1;
        const shift = (pass & 1) * 16;
        count.fill(0);
        for (let i = word; i < 2 * n; i += 2) {
            const d = (src[i] >>> shift) & 0xffff;
            count[d] = count[d] + 1;
        }
        if (count[(src[word] >>> shift) & 0xffff] === n)
            continue; // one digit for all
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < 2 * n; i += 2) {
            const d = (src[i + word] >>> shift) & 0xffff;
            const at = 2 * count[d];
            count[d] = count[d] + 1;
            dst[at] = src[i];
            dst[at + 1] = src[i + 1];
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== words)
        words.set(src);
    for (let i = 0; i < 2 * n; i += 2) {
        const hi = words[i + 1];
        if (hi >>> 31 === 1)
            words[i + 1] = (hi & 0x7fffffff) >>> 0;
        else {
            words[i + 1] = ~hi >>> 0;
            words[i] = ~words[i] >>> 0;
        }
    }
    return a;
}
/** Summary statistics (population std) of an ascending-sorted array. */
function summarizeSorted(sorted) {
    const n = sorted.length;
    if (n === 0) {
        return { n, mean: null, std: null, min: null, max: null, p50: null, p90: null, p95: null, p99: null };
    }
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += sorted[i];
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const d = sorted[i] - mean;
        ss += d * d;
    }
    return {
        n,
        mean,
        std: Math.sqrt(ss / n),
        min: sorted[0],
        max: sorted[n - 1],
        p50: percentileSorted(sorted, 50),
        p90: percentileSorted(sorted, 90),
        p95: percentileSorted(sorted, 95),
        p99: percentileSorted(sorted, 99),
    };
}
/**
 * Deterministic quantile sketch of an ascending-sorted array: all values when n ≤ size, else the
 * order statistics at `size` evenly spaced ranks (first and last included).
 */
function sketchSorted(sorted, size = SAMPLE_SKETCH_SIZE) {
    const n = sorted.length;
    if (n <= size)
        return { n, values: Array.from(sorted) };
    const values = new Array(size);
    for (let i = 0; i < size; i++) {
        values[i] = sorted[Math.round((i * (n - 1)) / (size - 1))];
    }
    return { n, values };
}
/** Growable Float64 column, so adapters never hold per-row objects. */
class NumberColumn {
    buf;
    length = 0;
    constructor(initial = 1024) {
        this.buf = new Float64Array(initial);
    }
    push(v) {
        if (this.length === this.buf.length) {
            const next = new Float64Array(this.buf.length * 2);
            next.set(this.buf);
            this.buf = next;
        }
        this.buf[this.length++] = v;
    }
    /** A sorted copy of the values pushed so far. */
    sorted() {
        return sortFloat64(this.buf.slice(0, this.length));
    }
    /**
     * The values pushed so far, sorted in place (no copy: half the memory of `sorted()` at peak).
     * The column's insertion order is lost; push no more afterwards.
     */
    sortInPlace() {
        return sortFloat64(this.buf.subarray(0, this.length));
    }
    view() {
        return this.buf.subarray(0, this.length);
    }
}
/**
 * Samples kept exactly per column: 2^20 values (8 MiB). Beyond that a column switches to a
 * log-bucket sketch, so memory stays flat however long the run (docs/PERFORMANCE.md).
 */
const EXACT_SAMPLE_LIMIT = 1 << 20;
/**
 * Relative accuracy of the sketch (DDSketch, Masson et al., VLDB 2019): every percentile read from
 * it lies within ±0.05% of the exact value at that rank.
 */
const SKETCH_RELATIVE_ACCURACY = 0.0005;
const SKETCH_GAMMA = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const SKETCH_LN_GAMMA = Math.log(SKETCH_GAMMA);
/** Magnitudes below this count as zero in the sketch (far below any latency we read). */
const SKETCH_MIN_MAGNITUDE = 1e-300;
/** Counts per bucket index of positive magnitudes, dense over the indexes seen. */
class BucketStore {
    counts = new Float64Array(0);
    offset = 0;
    add(index) {
        let k = index - this.offset;
        if (this.counts.length === 0) {
            this.counts = new Float64Array(1024);
            this.offset = index - 512;
            k = 512;
        }
        else if (k < 0 || k >= this.counts.length) {
            const lo = Math.min(this.offset, index);
            const hi = Math.max(this.offset + this.counts.length - 1, index);
            const size = Math.max(this.counts.length * 2, hi - lo + 1024);
            const next = new Float64Array(size);
            const newOffset = lo - ((size - (hi - lo + 1)) >> 1);
            next.set(this.counts, this.offset - newOffset);
            this.counts = next;
            this.offset = newOffset;
            k = index - this.offset;
        }
        this.counts[k] = this.counts[k] + 1;
    }
    /** Bucket indexes with their counts, ascending by index. */
    *entries() {
        for (let k = 0; k < this.counts.length; k++) {
            const c = this.counts[k];
            if (c > 0)
                yield [k + this.offset, c];
        }
    }
}
/** Stats of a column with no values. */
const EMPTY_SAMPLE = Object.freeze({
    summary: summarizeSorted(new Float64Array(0)),
    sketch: { n: 0, values: [] },
    exact: true,
});
/**
 * A column of per-request samples (finite numbers) with bounded memory: exact (a growable Float64Array, sorted at
 * the end) up to EXACT_SAMPLE_LIMIT values, then a relative-error sketch fed with every value.
 * n, min and max are always exact; in sketch mode mean and std come from Welford's running sums
 * and each percentile / sketch value is the bucket value at that rank (±SKETCH_RELATIVE_ACCURACY).
 */
class SampleColumn {
    exactLimit;
    /** @param exactLimit values kept exactly before the sketch takes over (tests make it small). */
    constructor(exactLimit = EXACT_SAMPLE_LIMIT) {
        this.exactLimit = exactLimit;
    }
    exactValues = new NumberColumn();
    positive = null;
    negative = null;
    zeros = 0;
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    get length() {
        return this.n;
    }
    push(v) {
        this.n++;
        const d = v - this.mean;
        this.mean += d / this.n;
        this.m2 += d * (v - this.mean);
        if (v < this.min)
            this.min = v;
        if (v > this.max)
            this.max = v;
        if (this.exactValues !== null) {
            if (this.exactValues.length < this.exactLimit) {
                this.exactValues.push(v);
                return;
            }
            this.toSketch();
        }
        this.addToSketch(v);
    }
    toSketch() {
        const values = this.exactValues.view();
        this.exactValues = null;
        this.positive = new BucketStore();
        this.negative = new BucketStore();
        for (let i = 0; i < values.length; i++)
            this.addToSketch(values[i]);
    }
    addToSketch(v) {
        if (v > SKETCH_MIN_MAGNITUDE)
            this.positive.add(Math.ceil(Math.log(v) / SKETCH_LN_GAMMA));
        else if (v < -SKETCH_MIN_MAGNITUDE)
            this.negative.add(Math.ceil(Math.log(-v) / SKETCH_LN_GAMMA));
        else
            this.zeros++;
    }
    /** Finishes the column (push no more afterwards). */
    finish() {
        if (this.exactValues !== null) {
            const sorted = this.exactValues.sortInPlace();
            return { summary: summarizeSorted(sorted), sketch: sketchSorted(sorted), exact: true };
        }
        const order = this.orderStatistic();
        const percentile = (p) => {
            const h = ((this.n - 1) * p) / 100;
            const lo = Math.floor(h);
            const a = order(lo);
            const b = order(Math.ceil(h));
            return a + (h - lo) * (b - a);
        };
        const values = new Array(SAMPLE_SKETCH_SIZE);
        for (let i = 0; i < SAMPLE_SKETCH_SIZE; i++)
            values[i] = order(Math.round((i * (this.n - 1)) / (SAMPLE_SKETCH_SIZE - 1)));
        return {
            summary: {
                n: this.n,
                mean: this.mean,
                std: Math.sqrt(this.m2 / this.n),
                min: this.min,
                max: this.max,
                p50: percentile(50),
                p90: percentile(90),
                p95: percentile(95),
                p99: percentile(99),
            },
            sketch: { n: this.n, values },
            exact: false,
        };
    }
    /** Value of the order statistic at 0-based rank r, from the sketch (clamped to [min, max]). */
    orderStatistic() {
        // Buckets ascending by value: negatives (largest magnitude first), zeros, positives.
        const bounds = [];
        const reps = [];
        let cum = 0;
        const neg = [...this.negative.entries()].reverse();
        for (const [i, c] of neg) {
            cum += c;
            bounds.push(cum);
            reps.push(-bucketValue(i));
        }
        if (this.zeros > 0) {
            cum += this.zeros;
            bounds.push(cum);
            reps.push(0);
        }
        for (const [i, c] of this.positive.entries()) {
            cum += c;
            bounds.push(cum);
            reps.push(bucketValue(i));
        }
        return (r) => {
            if (r <= 0)
                return this.min;
            if (r >= this.n - 1)
                return this.max;
            let lo = 0;
            let hi = bounds.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (bounds[mid] > r)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            const v = reps[lo];
            return v < this.min ? this.min : v > this.max ? this.max : v;
        };
    }
}
/** The value a bucket stands for: within SKETCH_RELATIVE_ACCURACY of every value it holds. */
function bucketValue(index) {
    return (2 * Math.pow(SKETCH_GAMMA, index)) / (SKETCH_GAMMA + 1);
}
/**
 * Marks a cell whose percentiles came from the relative-error sketch (more than
 * EXACT_SAMPLE_LIMIT samples in a column): `percentiles_relative_error` is the bound. Absent when
 * every percentile is exact.
 */
function putPercentileAccuracy(metrics, cols) {
    if (cols.some((c) => !c.exact))
        metrics.percentiles_relative_error = SKETCH_RELATIVE_ACCURACY;
}


/***/ }),

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ tailStat),
/* harmony export */   en: () => (/* binding */ commonTail)
/* harmony export */ });
/* unused harmony exports TAIL_STATS, tailLabel, uniformTailStat */
const TAIL_STATS = ['p99', 'p95', 'p90'];
function finite(m, key) {
    const v = m[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** The tail statistic of one cell for a latency base (`ttft`, `tpot`, …): p99, else p95, else p90; null when none. */
function tailStat(cell, base) {
    for (const stat of TAIL_STATS) {
        const key = `${stat}_${base}`;
        const value = finite(cell.metrics, key);
        if (value !== null)
            return { stat, key, value };
    }
    return null;
}
/**
 * The tail statistic two cells share (the first of p99, p95, p90 present on both), so a step or
 * a base/head comparison never compares a p99 with a p95. Null when they share none.
 */
function commonTail(a, b, base) {
    for (const stat of TAIL_STATS) {
        const key = `${stat}_${base}`;
        const from = finite(a.metrics, key);
        const to = finite(b.metrics, key);
        if (from !== null && to !== null)
            return { stat, key, from, to };
    }
    return null;
}
/** `p99 TTFT` style label of a tail key (`p95_ttft` → `p95 TTFT`). */
function tailLabel(stat, base) {
    return `${stat} ${base.toUpperCase()}`;
}
/**
 * One statistic for a column over many cells: the single tail stat every cell with a value uses,
 * or null when the cells use different ones (the column then names the stat per value).
 */
function uniformTailStat(cells, base) {
    let seen = null;
    for (const c of cells) {
        const t = tailStat(c, base);
        if (t === null)
            continue;
        if (seen === null)
            seen = t.stat;
        else if (seen !== t.stat)
            return null;
    }
    return seen ?? 'none';
}


/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ DEFAULT_THRESHOLDS)
/* harmony export */ });
const DEFAULT_THRESHOLDS = Object.freeze({
    partial_run_min_success: 0.95,
    ttft_cliff_ratio: 2.0,
    ttft_cliff_max_tput_gain: 0.1,
    tpot_degradation_ratio: 1.5,
    plateau_max_gain: 0.05,
    plateau_min_latency_worsening: 0.1,
    kv_pressure_usage: 0.95,
    kv_pressure_cpu_usage: 0.9,
    kv_offload_thrash_min_ttft_worsening: 0.2,
    kv_offload_thrash_max_tput_gain: 0.1,
    prefix_cache_gap: 0.1,
    prefix_cache_drop: 0.1,
    kv_transfer_errors_critical: 100,
    kv_transfer_stall_min_samples: 3,
    imbalance_ratio_low: 0.5,
    imbalance_ratio_high: 2.0,
    imbalance_min_samples: 3,
    eval_regression_min_drop: 0.01,
    max_json_bytes: 256 * 1024 * 1024,
    min_family_points: 2,
    slo_ttft_p99_s: null,
    slo_tpot_p99_s: null,
});


/***/ }),

/***/ 3103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ NoReportError),
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6104);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);
/**
 * Reading the --config file and the "no report" error, shared by analyze, compare and the action
 * without pulling in the source adapters.
 */




/** No report can be produced (exit 3). */
class NoReportError extends Error {
    name = 'NoReportError';
    /** Extra lines printed after the message (e.g. the files that were seen and why each was not used). */
    details;
    constructor(message, details = []) {
        super(message);
        this.details = details;
    }
}
/** Loads and validates a config file; defaults when `file` is undefined. Problems are UsageErrors. */
async function loadConfig(file) {
    if (!file)
        return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .s)();
    // Loaded on demand: the config parser pulls in the YAML parser, which a run without --config
    // (and `inferguard comment`) never needs.
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 6554));
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`config file ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} cannot be read (${e.code ?? 'error'})`);
    }
    return parseConfigText(text, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file));
}


/***/ }),

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ writeJsonValidated),
/* harmony export */   MP: () => (/* binding */ toJsonParts),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export toJsonText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7480);
/**
 * Atomic, validated writes: every JSON document is checked against its contract before a byte
 * is written, then written to a temp file in the same folder and renamed into place, so a
 * reader never sees a half-written file.
 */



/**
 * Writes `text` to `file` atomically (temp file + rename), creating the folder. Synchronous fs
 * calls on purpose: the promise API writes a large report in 512 KB thread-pool round trips
 * (a 24 MB compare.json took ~80 ms that way, ~45 ms in one call); nothing else runs meanwhile.
 */
async function writeFileAtomic(file, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
    try {
        if (typeof text === 'string')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text, 'utf8');
        else {
            // Parts written one after the other: joining a 17 MB JSON text with its newline would copy
            // it into a new flat string first (~20 ms).
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'w');
            try {
                for (const part of text)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, part, 'utf8');
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
/** Serialises JSON deterministically (2-space indent, trailing newline). */
function toJsonText(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** toJsonText as two parts (the JSON, the newline) for writeFileAtomic: the same bytes, no join. */
function toJsonParts(value) {
    return [`${JSON.stringify(value, null, 2)}`, '\n'];
}
/** Validates `value` against `contract`, then writes it atomically as JSON. */
async function writeJsonValidated(file, contract, value) {
    (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .assertContract */ .jj)(contract, value, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file));
    await writeFileAtomic(file, toJsonParts(value));
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   lI: () => (/* binding */ safeCode)
/* harmony export */ });
/* unused harmony exports stripInvisible, escapeHtml */
/**
 * Neutralising untrusted text (model names, paths, messages from artifacts) before it goes into
 * markdown: HTML escaped, table-safe (`|` and newlines), @mentions and #refs defanged, and no
 * link syntax taken from inputs.
 */
/** Drops C1 controls and bidi/invisible format characters that make text read differently (GITHUB.md §5.3). */
function stripInvisible(s) {
    return s.replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}
/** Escapes HTML-significant characters. */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Text safe for markdown prose and table cells: HTML escaped, pipes and backslashes escaped,
 * newlines flattened, markdown link/image/emphasis syntax and backticks neutralised,
 * `@user` and `#123` defanged with a zero-width joiner so GitHub does not notify or link.
 */
function safeText(s, maxLen = 300) {
    let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    // Most text (model names, numbers, units) has nothing any rule below would change: then it is
    // returned as is, without a dozen no-op passes over it.
    if (t.length <= maxLen && !TEXT_TOUCHED.test(t) && !TEXT_TOUCHED_WORDS.test(t))
        return t;
    t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    t = stripInvisible(t);
    if (t.length > maxLen)
        t = `${t.slice(0, maxLen - 1)}…`;
    t = escapeHtml(t);
    t = t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
    t = t.replace(/([[\]()*_`~!])/g, '\\$1');
    t = t.replace(/@(?=[A-Za-z0-9-])/g, '@\u200d');
    t = t.replace(/#(?=\d)/g, '#\u200d');
    t = t.replace(/(https?|ftp|javascript|data):/gi, '$1\u200d:');
    // GitHub also autolinks bare www. hosts and GH-123 references.
    t = t.replace(/\b(www)\./gi, '$1\u200d.');
    t = t.replace(/\b(GH)-(?=\d)/gi, '$1\u200d-');
    return t;
}
/**
 * Every character some rule of safeText replaces or removes (controls, C1 controls, bidi and
 * invisible characters, HTML, markdown and mention/reference/link syntax), and the words it
 * defangs; a text matching neither (and not too long) is returned unchanged.
 */
const TEXT_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff&<>"\\|[\]()*_`~!@#:]/;
const TEXT_TOUCHED_WORDS = /\bwww\.|\bGH-(?=\d)/i;
/** Every character some rule of safeCode replaces or removes. */
const CODE_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff`|]/;
/** Code-span text for ids and paths: backticks removed, length capped, table-safe. */
function safeCode(s, maxLen = 200) {
    let t = typeof s === 'string' ? s : String(s ?? '');
    if (t.length <= maxLen && !CODE_TOUCHED.test(t))
        return `\`${t}\``;
    t = t
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/`/g, "'")
        .replace(/[\u0000-\u001f\u007f]/g, '');
    t = stripInvisible(t);
    if (t.length > maxLen)
        t = `${t.slice(0, maxLen - 1)}…`;
    return `\`${t.replace(/\|/g, '\\|')}\``;
}


/***/ }),

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   WQ: () => (/* binding */ formatTokensPerSec),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   up: () => (/* binding */ formatMoney),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export formatDelta */
/**
 * One number formatter per unit. NaN/Infinity and null print as "—" on purpose; no locale
 * formatting, so the same input always gives the same bytes.
 */
const DASH = '—';
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
/** Seconds with 3 significant-ish decimals: 0.0123 s → "12.3 ms", 1.5 → "1.50 s". */
function formatSeconds(v) {
    if (!finite(v))
        return DASH;
    if (Math.abs(v) < 1)
        return `${(v * 1000).toFixed(v * 1000 < 10 ? 2 : 1)} ms`;
    return `${v.toFixed(v < 100 ? 2 : 1)} s`;
}
function formatTokensPerSec(v) {
    if (!finite(v))
        return DASH;
    return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}
/** Fraction 0–1 as a percentage. */
function formatPct(v, digits = 1) {
    if (!finite(v))
        return DASH;
    return `${(v * 100).toFixed(digits)}%`;
}
function formatCount(v) {
    if (!finite(v))
        return DASH;
    return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
function formatMoney(v, currency = 'USD') {
    if (!finite(v))
        return DASH;
    const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 2 : 4;
    return `${v.toFixed(digits)} ${currency}`;
}
/** Signed relative change: 0.123 → "+12.3%". */
function formatDelta(v) {
    if (!finite(v))
        return DASH;
    const s = (v * 100).toFixed(1);
    return v > 0 ? `+${s}%` : `${s}%`;
}
function formatBytes(v) {
    if (!finite(v))
        return DASH;
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let x = v;
    let i = 0;
    while (Math.abs(x) >= 1000 && i < units.length - 1) {
        x /= 1000;
        i++;
    }
    return `${x.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}


/***/ })

};
