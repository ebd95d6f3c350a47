export const id = 304;
export const ids = [304];
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

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ toBool),
/* harmony export */   N7: () => (/* binding */ toStr),
/* harmony export */   O6: () => (/* binding */ roundStable),
/* harmony export */   RI: () => (/* binding */ toInt),
/* harmony export */   Ro: () => (/* binding */ toNumber),
/* harmony export */   eG: () => (/* binding */ normalizeHardware),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export msToS */
/**
 * Value coercion shared by every adapter. Numbers can arrive as strings, booleans as
 * `true`/`"true"`/`True`; a value that does not parse is missing (null), never 0.
 */
/** Finite number from a number or numeric string; null for anything else (NaN, "inf", "", null). */
function toNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string') {
        const t = value.trim();
        if (t === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
            return null;
        const n = Number(t);
        return Number.isFinite(n) ? n : null;
    }
    return null;
}
/** Integer from a number or string holding an integral value; null otherwise. */
function toInt(value) {
    const n = toNumber(value);
    return n !== null && Number.isInteger(n) ? n : null;
}
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'success', 'succeeded']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'failed', 'failure']);
/** Boolean from bool, 0/1 or the usual words (case-insensitive); null when unrecognised. */
function toBool(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value === 1 ? true : value === 0 ? false : null;
    if (typeof value === 'string') {
        const t = value.trim().toLowerCase();
        if (TRUE_WORDS.has(t))
            return true;
        if (FALSE_WORDS.has(t))
            return false;
    }
    return null;
}
/** Non-empty trimmed string or null. */
function toStr(value) {
    if (typeof value === 'string') {
        const t = value.trim();
        return t === '' ? null : t;
    }
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return null;
}
/** Milliseconds to seconds, keeping null. */
function msToS(value) {
    const n = toNumber(value);
    return n === null ? null : n / 1000;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Normalises an InferenceX runner label to a hardware name: lower-case, leading `cluster:`
 * removed, and the `-multinode`, `-trt`, `-disagg` suffixes stripped (InferenceX
 * compare_results.py `extract_hardware`), so `cluster:h200-dgxc` stays `h200-dgxc` and
 * `b200-multinode` becomes `b200`.
 */
function normalizeHardware(value) {
    const s = toStr(value);
    if (s === null)
        return null;
    let h = s.toLowerCase().replace(/^cluster:/, '');
    for (;;) {
        const next = h.replace(/-(multinode|trt|disagg)$/, '');
        if (next === h)
            break;
        h = next;
    }
    return h;
}
/** Rounds to 12 significant digits so float noise never changes report bytes. */
function roundStable(n) {
    if (!Number.isFinite(n) || n === 0)
        return n;
    return Number(n.toPrecision(12));
}


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
    min_family_points: 3,
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

/***/ 8058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WI: () => (/* binding */ DEFAULT_OUTPUT_DIR_NAME),
  Jm: () => (/* binding */ IngestReadError),
  q_: () => (/* binding */ createIngestContext),
  OG: () => (/* binding */ jsonErrorPosition),
  jf: () => (/* binding */ scanResultsDir)
});

// UNUSED EXPORTS: DEFAULT_TIMELINE_NAME, DIR_AS_FILE, globToRegExp, isInside

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/safe-open.ts
var safe_open = __webpack_require__(176);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(6070);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(7991);
;// CONCATENATED MODULE: ./src/io/csv-read.ts
/**
 * Columnar CSV reading: the caller names the columns it wants and gets a cursor per record whose
 * accessors parse a field straight from the read buffer. No record objects, no per-field strings
 * for numbers, one reused buffer: a 1M-row file allocates next to nothing on the JS heap, so the
 * young generation never grows and peak RSS stays flat in the file size.
 *
 * Two paths, one result. The byte path reads plain files (each record on one line, `"` quoting
 * closed on that line, LF or CRLF as set by the first line); at anything else it stops, and
 * csv-parse re-reads the file, skips the records already handed out and goes on. Records, line
 * numbers and values are therefore csv-parse's own (with CSV_PARSE_OPTIONS) in every case; only
 * the speed differs. When csv-parse then fails on a malformed record, the records before it have
 * all been handed out, and the error names the row after the last good one.
 */





/** csv-parse options of every CSV read (the byte path reproduces exactly their output). */
const CSV_PARSE_OPTIONS = {
    bom: true,
    columns: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: 64 * 1024 * 1024,
};
/** Read buffer of the byte path; a longer line hands over to csv-parse. */
const READ_BUFFER = 1 << 20;
/** Read size of the csv-parse path. */
const CSV_PARSE_CHUNK = 1 << 20;
/** Malformed CSV or a failed read: "CSV parse error after row N: …". */
class CsvParseError extends Error {
}
/** Carries an exception of the caller's `visit` through our error handling unchanged. */
class VisitError {
    error;
    constructor(error) {
        this.error = error;
    }
}
/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const TWO_53 = 9007199254740992;
/**
 * `buf.toString('latin1', a, b)` without the argument and encoding checks: Node's Buffer has had
 * `latin1Slice` since 6.4 (it is what toString calls); the plain route stays as a fallback.
 */
const latin1 = typeof Buffer.prototype.latin1Slice === 'function'
    ? (buf, a, b) => buf.latin1Slice(a, b)
    : (buf, a, b) => buf.toString('latin1', a, b);
/** JS `String.prototype.trim` whitespace among ASCII bytes (TAB, LF, VT, FF, CR, SPACE). */
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13);
}
/**
 * `toNumber()` of the bytes buf[a..b) (a trimmed decimal literal, finite, else null), computed
 * without a string where the result is certain: ASCII only, at most 2^53 as integer mantissa and
 * a decimal exponent within ±22, where one IEEE multiplication or division by an exact power of
 * ten is correctly rounded (Clinger's fast path), so the result equals `Number()`'s. Anything else
 * goes through the string. `approximate`: a 17-digit mantissa (≥ 2^53) is not sent to the string
 * but rounded on the way, within 1e-15 relative of the exact value (for comparisons, see numBelow).
 */
function parseNumberBytes(buf, a, b, approximate = false) {
    while (a < b && isSpace(buf[a]))
        a++;
    while (b > a && isSpace(buf[b - 1]))
        b--;
    if (a === b)
        return null;
    let i = a;
    let c = buf[i];
    const neg = c === 45;
    if (neg || c === 43)
        i++;
    let m = 0;
    let digits = 0;
    let significant = 0;
    let frac = 0;
    let dot = false;
    /** Past what the fast path rounds exactly: Number() decides, once the grammar is checked. */
    let long = false;
    for (; i < b; i++) {
        c = buf[i];
        if (c >= 48 && c <= 57) {
            digits++;
            if (dot)
                frac++;
            if (m !== 0 || c !== 48) {
                if (++significant > 17)
                    long = true;
                else
                    m = m * 10 + (c - 48);
            }
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            break;
    }
    if (digits === 0)
        return notAsciiDecimal(buf, a, b);
    let exp = 0;
    if (i < b) {
        if (c !== 101 && c !== 69)
            return notAsciiDecimal(buf, a, b);
        i++;
        let eneg = false;
        if (i < b && (buf[i] === 45 || buf[i] === 43)) {
            eneg = buf[i] === 45;
            i++;
        }
        const e0 = i;
        for (; i < b; i++) {
            c = buf[i];
            if (c < 48 || c > 57)
                return notAsciiDecimal(buf, a, b);
            if (i - e0 >= 6)
                long = true;
            else
                exp = exp * 10 + (c - 48);
        }
        if (i === e0)
            return notAsciiDecimal(buf, a, b);
        if (eneg)
            exp = -exp;
    }
    if (m === 0 && !long)
        return neg ? -0 : 0;
    if (long || (m >= TWO_53 && !approximate))
        return exactNumber(buf, a, b);
    const e10 = exp - frac;
    let v;
    if (e10 === 0)
        v = m;
    else if (e10 > 0 && e10 <= 22)
        v = m * POW10[e10];
    else if (e10 < 0 && e10 >= -22)
        v = m / POW10[-e10];
    else
        return exactNumber(buf, a, b);
    return neg ? -v : v;
}
/**
 * Not an ASCII decimal literal: null, unless the field holds non-ASCII bytes; then it is decoded
 * and `toNumber()` decides (its trim knows the Unicode spaces, e.g. a trailing NBSP).
 */
function notAsciiDecimal(buf, a, b) {
    for (let i = a; i < b; i++)
        if (buf[i] >= 128)
            return (0,parse/* toNumber */.Ro)(buf.toString('utf8', a, b));
    return null;
}
/** A trimmed ASCII decimal literal the fast path cannot round exactly: `Number()` on its text. */
function exactNumber(buf, a, b) {
    const n = +latin1(buf, a, b);
    return n - n === 0 ? n : null;
}
/** Byte-path cursor: field bounds of the current record in the read buffer. */
class ByteCursor {
    index;
    row = 0;
    line = 0;
    buf = Buffer.alloc(0);
    /** Start and end of each field of the current record, quotes included. */
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    count = 0;
    /** Header index of each wanted column (-1: absent). */
    constructor(index) {
        this.index = index;
    }
    /** The record's field index of wanted column `c`; -1 when absent (not wanted, not in the header, short record). */
    field(c) {
        const k = this.index[c] ?? -1;
        return k < this.count ? k : -1;
    }
    num(c) {
        const k = this.field(c);
        if (k < 0)
            return null;
        let a = this.starts[k];
        let b = this.ends[k];
        if (a < b && this.buf[a] === 34) {
            a++;
            b--;
            const q = this.buf.indexOf(34, a);
            if (q >= 0 && q < b)
                return null; // the value holds a quote: never a number
        }
        return parseNumberBytes(this.buf, a, b);
    }
    numBelow(c, bound) {
        return bound === null || this.approxAtLeast(c, bound, 1) ? this.num(c) : null;
    }
    numAbove(c, bound) {
        return bound === null || this.approxAtLeast(c, bound, -1) ? this.num(c) : null;
    }
    /**
     * False only when the field is certainly not below (sign 1) / above (sign -1) `bound`: its
     * approximate value lies beyond it by far more than the approximation's error.
     */
    approxAtLeast(c, bound, sign) {
        const k = this.field(c);
        if (k < 0)
            return false;
        const a = this.starts[k];
        const b = this.ends[k];
        if (a < b && this.buf[a] === 34)
            return true;
        const v = parseNumberBytes(this.buf, a, b, true);
        if (v === null)
            return false;
        return sign * (v - bound) <= 1e-13 * Math.abs(v);
    }
    value(c) {
        const k = this.field(c);
        return k < 0 ? undefined : fieldValue(this.buf, this.starts[k], this.ends[k]);
    }
    str(c) {
        const k = this.field(c);
        if (k < 0)
            return null;
        return this.interned(this.starts[k], this.ends[k]) ?? (0,parse/* toStr */.N7)(this.value(c));
    }
    /** Short ASCII values already decoded, by a hash of their bytes (ids repeat on every row). */
    internTable = new Map();
    /**
     * The value of buf[a..b) when it is 1–64 plain ASCII bytes with no space at either end (so
     * `toStr` would return it as is), decoded once per distinct value; else null.
     */
    interned(a, b) {
        const buf = this.buf;
        if (b - a === 0 || b - a > 64 || isSpace(buf[a]) || isSpace(buf[b - 1]))
            return null;
        let h = 0x811c9dc5;
        for (let i = a; i < b; i++) {
            const x = buf[i];
            if (x >= 128 || x === 34)
                return null;
            h = Math.imul(h ^ x, 0x01000193);
        }
        const hit = this.internTable.get(h);
        if (hit !== undefined && hit.length === b - a) {
            let i = 0;
            while (i < hit.length && hit.charCodeAt(i) === buf[a + i])
                i++;
            if (i === hit.length)
                return hit;
        }
        const v = latin1(buf, a, b);
        if (this.internTable.size >= 4096)
            this.internTable.clear();
        this.internTable.set(h, v);
        return v;
    }
    bool(c) {
        const k = this.field(c);
        if (k < 0)
            return null;
        const a = this.starts[k];
        const n = this.ends[k] - a;
        const buf = this.buf;
        // Python's True / False, the spelling every producer we read writes.
        if (n === 4 && buf[a] === 84 && buf[a + 1] === 114 && buf[a + 2] === 117 && buf[a + 3] === 101)
            return true;
        if (n === 5 && buf[a] === 70 && buf[a + 1] === 97 && buf[a + 2] === 108 && buf[a + 3] === 115 && buf[a + 4] === 101)
            return false;
        return (0,parse/* toBool */.AF)(this.value(c));
    }
}
/** Cursor over a csv-parse record (the fallback path). */
class RecordCursor {
    columns;
    row = 0;
    line = 0;
    record = {};
    constructor(columns) {
        this.columns = columns;
    }
    value(c) {
        const name = this.columns[c];
        return name === undefined ? undefined : this.record[name];
    }
    num(c) {
        const v = this.value(c);
        return v === undefined ? null : (0,parse/* toNumber */.Ro)(v);
    }
    numBelow(c) {
        return this.num(c);
    }
    numAbove(c) {
        return this.num(c);
    }
    str(c) {
        return (0,parse/* toStr */.N7)(this.value(c));
    }
    bool(c) {
        return (0,parse/* toBool */.AF)(this.value(c));
    }
}
/** Value of the field buf[a..b) as csv-parse gives it (quotes and `""` escapes removed). */
function fieldValue(buf, a, b) {
    if (a < b && buf[a] === 34) {
        const raw = buf.toString('utf8', a + 1, b - 1);
        return raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
    }
    return buf.toString('utf8', a, b);
}
/**
 * Reads a CSV file: checks the required columns on the first record (CsvHeaderError), then calls
 * `visit` for every record with a cursor over the wanted `columns` (indexes into that list).
 * `readBuffer` (bytes; tests make it small) bounds the longest line the byte path takes on.
 * Returns the number of records. Throws CsvParseError with "CSV parse error after row N: …" on malformed
 * input or a read failure, after every record before it was visited.
 */
async function scanCsv(file, rel, options, visit, readBuffer = READ_BUFFER) {
    let row = 0;
    let checked = false;
    const check = (has) => {
        checked = true;
        const missing = (options.requiredColumns ?? []).filter((c) => !has(c));
        if (missing.length > 0)
            throw new types/* CsvHeaderError */.YT(rel, missing);
    };
    try {
        const done = readBytes(file, options.columns, readBuffer, (cursor, header) => {
            if (!checked) {
                check((c) => {
                    const k = header.indexOf(c);
                    return k >= 0 && k < cursor.count;
                });
            }
            cursor.row = ++row;
            try {
                visit(cursor);
            }
            catch (e) {
                throw new VisitError(e);
            }
        });
        if (done)
            return row;
        // Records are taken as csv-parse makes them (on_record, nothing queued in the stream), so a
        // malformed record cannot cost the records parsed before it in the same chunk.
        const cursor = new RecordCursor(options.columns);
        let skip = row;
        let thrown = null;
        const onRecord = (item) => {
            if (thrown !== null)
                return null;
            if (skip > 0) {
                skip--;
                return null;
            }
            try {
                if (!checked)
                    check((c) => c in item.record);
                cursor.record = item.record;
                cursor.line = item.info.lines;
                cursor.row = ++row;
                visit(cursor);
            }
            catch (e) {
                thrown = { error: e instanceof types/* CsvHeaderError */.YT ? e : new VisitError(e) };
                stream.destroy();
            }
            return null;
        };
        const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CSV_PARSE_CHUNK });
        try {
            const parser = stream.pipe((0,lib/* parse */.qg)({ ...CSV_PARSE_OPTIONS, on_record: onRecord }));
            try {
                for await (const _ of parser)
                    void _;
            }
            catch (e) {
                if (thrown === null)
                    throw e;
            }
            if (thrown !== null)
                throw thrown.error;
        }
        finally {
            stream.destroy();
        }
        // Header-only or empty file: no records (the caller decides what that means).
        return row;
    }
    catch (e) {
        if (e instanceof types/* CsvHeaderError */.YT)
            throw e;
        if (e instanceof VisitError)
            throw e.error;
        const msg = e.message.split('\n')[0] ?? 'parse error';
        throw new CsvParseError(`CSV parse error after row ${row}: ${msg}`);
    }
}
/**
 * The byte path: true when the whole file was read, false when it stopped at something it does
 * not handle (every record before that was visited, none after). Mirrors csv-parse with
 * CSV_PARSE_OPTIONS: BOM skipped, empty lines skipped, the first record the header, short and
 * long records relaxed. Stops at a quote inside an unquoted field or a closing quote not followed
 * by `,`, a quote left open at the line end, a CR other than the CRLF line end (or any CR when the
 * first line ends in LF), a duplicate or `__proto__` header name, a line longer than the buffer.
 */
function readBytes(file, columns, readBuffer, onRecord) {
    const fd = (0,safe_open/* openRegularSync */.w5)(file).fd;
    try {
        const buf = Buffer.allocUnsafe(readBuffer);
        let len = 0;
        let eof = false;
        let first = true;
        let lineNo = 0;
        let crlf = null;
        let header = null;
        const cursor = new ByteCursor(new Int32Array(columns.length).fill(-1));
        /** Next CR at or after the current line start (len: none in the buffer). */
        let nextCr = -1;
        const line = (a, nl, last) => {
            lineNo++;
            let b = nl;
            if (!last) {
                if (crlf === null)
                    crlf = b > a && buf[b - 1] === 13;
                if (crlf) {
                    if (b === a || buf[b - 1] !== 13)
                        return false;
                    b--;
                }
            }
            if (nextCr < a) {
                nextCr = buf.indexOf(13, a);
                if (nextCr < 0 || nextCr >= len)
                    nextCr = len;
            }
            if (nextCr < b)
                return false;
            if (b === a)
                return true; // empty line, skipped
            let n = 0;
            let i = a;
            for (;;) {
                let e;
                if (i < b && buf[i] === 34) {
                    // Quoted field: up to its closing quote, which must end the field.
                    let j = i + 1;
                    for (;;) {
                        const q = buf.indexOf(34, j);
                        if (q < 0 || q >= b)
                            return false;
                        if (q + 1 < b && buf[q + 1] === 34) {
                            j = q + 2;
                            continue;
                        }
                        e = q + 1;
                        break;
                    }
                    if (e < b && buf[e] !== 44)
                        return false;
                }
                else {
                    e = i;
                    for (;;) {
                        if (e >= b)
                            break;
                        const c = buf[e];
                        if (c === 44)
                            break;
                        if (c === 34)
                            return false; // a quote inside an unquoted field
                        e++;
                    }
                }
                if (n === cursor.starts.length) {
                    const s = new Int32Array(n * 2);
                    s.set(cursor.starts);
                    cursor.starts = s;
                    const t = new Int32Array(n * 2);
                    t.set(cursor.ends);
                    cursor.ends = t;
                }
                cursor.starts[n] = i;
                cursor.ends[n] = e;
                n++;
                if (e >= b)
                    break;
                i = e + 1;
            }
            cursor.count = n;
            cursor.line = lineNo;
            if (header === null) {
                const names = [];
                for (let k = 0; k < n; k++)
                    names.push(fieldValue(buf, cursor.starts[k], cursor.ends[k]));
                if (new Set(names).size !== names.length || names.includes('__proto__'))
                    return false;
                header = names;
                for (let c = 0; c < columns.length; c++)
                    cursor.index[c] = names.indexOf(columns[c]);
                return true;
            }
            onRecord(cursor, header);
            return true;
        };
        for (;;) {
            if (!eof) {
                const r = (0,external_node_fs_.readSync)(fd, buf, len, buf.length - len, null);
                if (r === 0)
                    eof = true;
                len += r;
            }
            cursor.buf = buf;
            let pos = 0;
            if (first && (len >= 3 || eof)) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && len >= 3)
                    pos = 3;
            }
            else if (first)
                continue; // fewer than 3 bytes so far: read on
            nextCr = -1;
            for (;;) {
                const nl = buf.indexOf(10, pos);
                if (nl < 0 || nl >= len)
                    break;
                if (!line(pos, nl, false))
                    return false;
                pos = nl + 1;
            }
            if (eof) {
                if (pos < len && !line(pos, len, true))
                    return false;
                return true;
            }
            if (pos === 0 && len === buf.length)
                return false; // a line longer than the buffer
            buf.copyWithin(0, pos, len);
            len -= pos;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/io/line-read.ts
/**
 * Streamed lines of a text file with readline's line ends (`\n`, `\r\n`, a lone `\r`), read into
 * one reused buffer and decoded line by line: no chunk-sized strings, no StringDecoder, no
 * readline machinery. Same lines as `readline.createInterface({ crlfDelay: Infinity })` over a
 * UTF-8 stream (invalid bytes become U+FFFD the same way), with a leading BOM dropped.
 */


const line_read_READ_BUFFER = 1 << 20;
/** A read failure: "read failed at line N (CODE)", N the line being read. */
class LineReadError extends Error {
}
function errCode(e) {
    return e?.code ?? 'error';
}
/** The lines of `file`, numbered from 1. `readBuffer` (bytes) is the initial buffer; long lines grow it. */
async function* readFileLines(file, readBuffer = line_read_READ_BUFFER) {
    let line = 0;
    let fd;
    try {
        fd = (0,safe_open/* openRegularSync */.w5)(file).fd;
    }
    catch (e) {
        if (e instanceof safe_open/* NotRegularFileError */.iZ)
            throw new LineReadError(e.message);
        throw new LineReadError(`read failed at line 1 (${errCode(e)})`);
    }
    try {
        let buf = Buffer.allocUnsafe(readBuffer);
        let len = 0;
        let eof = false;
        let first = true;
        /** A BOM alone is a line to readline (the BOM, stripped: an empty line). */
        let bom = false;
        for (;;) {
            if (!eof) {
                let r;
                try {
                    r = (0,external_node_fs_.readSync)(fd, buf, len, buf.length - len, null);
                }
                catch (e) {
                    throw new LineReadError(`read failed at line ${line + 1} (${errCode(e)})`);
                }
                if (r === 0)
                    eof = true;
                len += r;
            }
            let pos = 0;
            if (first) {
                if (len < 3 && !eof)
                    continue;
                first = false;
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    pos = 3;
                    bom = true;
                }
            }
            let nextCr = -1;
            for (;;) {
                let nl = buf.indexOf(10, pos);
                if (nl >= len)
                    nl = -1;
                if (nextCr < pos) {
                    nextCr = buf.indexOf(13, pos);
                    if (nextCr < 0 || nextCr >= len)
                        nextCr = len;
                }
                let end;
                let next;
                if (nextCr < len && (nl < 0 || nextCr < nl)) {
                    // A CR: with the LF after it one line end, alone a line end of its own.
                    if (nextCr + 1 === len && !eof)
                        break; // the LF may come with the next read
                    end = nextCr;
                    next = nextCr + 1 < len && buf[nextCr + 1] === 10 ? nextCr + 2 : nextCr + 1;
                }
                else if (nl >= 0) {
                    end = nl;
                    next = nl + 1;
                }
                else
                    break;
                line++;
                yield { line, text: buf.toString('utf8', pos, end) };
                pos = next;
            }
            if (eof) {
                if (pos < len || (bom && line === 0)) {
                    line++;
                    yield { line, text: buf.toString('utf8', pos, len) };
                }
                return;
            }
            if (pos === 0 && len === buf.length) {
                // One line fills the buffer: grow it.
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, len);
                buf = bigger;
            }
            else {
                buf.copyWithin(0, pos, len);
                len -= pos;
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/io/json-limits.ts
var json_limits = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/io/ingest-context.ts
/**
 * The filesystem side of ingestion: walks the results root (skipping report output folders and
 * symlink loops), and gives adapters size-capped, streamed, finding-friendly reads.
 */







/** Folder names that hold our own output; never read back as input. */
const DEFAULT_OUTPUT_DIR_NAME = 'inferguard_report';
class IngestReadError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
    }
}
/** Names of the files formats read: an entry with such a name that is not a regular file is reported critical. */
const DATA_FILE_NAME = /\.(?:json|jsonl|csv)$/i;
/** A directory where a format's data file would be: reported (its contents are still walked). */
const DIR_AS_FILE = 'is a directory, not the data file its name says';
/** True when `target` (a real path) is `root` or inside it. */
function isInside(root, target) {
    const r = external_node_path_default().relative(root, target);
    return r === '' || (!r.startsWith('..') && !external_node_path_default().isAbsolute(r));
}
/**
 * Lists every regular file under `root` (following symlinks once, detecting loops by real path),
 * skipping `inferguard_report/`, any folder holding a previous `report.json` of ours, and
 * `excludeDirs` (absolute paths, e.g. a custom --output-dir inside the root).
 */
async function scanResultsDir(root, excludeDirs = []) {
    const files = [];
    const problems = [];
    const seenReal = new Set();
    const excluded = new Set(excludeDirs.map((d) => external_node_path_default().resolve(d)));
    // The boundary: a symlink whose target resolves outside the root is never followed.
    let rootReal;
    try {
        rootReal = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        rootReal = external_node_path_default().resolve(root);
    }
    /**
     * `knownReal`: the real path of `absDir` when the caller knows it (a plain directory entry, not
     * a symlink, of a folder whose real path is known is that real path + its name), else null.
     */
    async function walk(absDir, relDir, knownReal) {
        // Synchronous fs calls on purpose: a sweep is thousands of tiny files, and each awaited call
        // is a thread-pool round trip (a 2,000-cell sweep spent ~4 s idle in them); nothing else runs
        // while the analyzer scans and reads.
        let real;
        try {
            // realpathSync lstats every component of the path: ~4 lstats per folder of a sweep.
            real = knownReal ?? (0,external_node_fs_.realpathSync)(absDir);
        }
        catch (e) {
            problems.push({ path: relDir || '.', message: `unreadable directory (${ingest_context_errCode(e)})` });
            return;
        }
        if (seenReal.has(real)) {
            problems.push({ path: relDir || '.', message: 'symlink loop or repeated directory, skipped' });
            return;
        }
        seenReal.add(real);
        let entries;
        try {
            // With types: a plain sub-folder needs neither an lstat nor a realpath (files still get
            // their lstat, for size and mtime; symlinks and unknown types go the lstat/stat way).
            entries = (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true });
        }
        catch (e) {
            problems.push({ path: relDir || '.', message: `unreadable directory (${ingest_context_errCode(e)})` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // A folder that holds one of our previous reports is output, not input.
        if (relDir !== '' &&
            entries.some((e) => e.name === 'report.json') &&
            (await isOurReport(external_node_path_default().join(absDir, 'report.json')))) {
            return;
        }
        for (const entry of entries) {
            const name = entry.name;
            const abs = external_node_path_default().join(absDir, name);
            const rel = relDir ? `${relDir}/${name}` : name;
            const dataName = DATA_FILE_NAME.test(name);
            if (entry.isDirectory()) {
                if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(external_node_path_default().resolve(abs)))
                    continue;
                if (dataName)
                    problems.push({ path: rel, message: DIR_AS_FILE, critical: true });
                await walk(abs, rel, external_node_path_default().join(real, name));
                continue;
            }
            let st;
            try {
                const l = (0,external_node_fs_.lstatSync)(abs);
                if (l.isSymbolicLink()) {
                    let target;
                    try {
                        target = (0,external_node_fs_.realpathSync)(abs);
                    }
                    catch (e) {
                        problems.push({ path: rel, message: `broken symlink (${ingest_context_errCode(e)}); not read`, critical: dataName });
                        continue;
                    }
                    if (!isInside(rootReal, target)) {
                        problems.push({
                            path: rel,
                            message: 'is a symlink whose target is outside the results folder; not followed',
                            critical: dataName,
                        });
                        continue;
                    }
                    st = (0,external_node_fs_.statSync)(abs);
                }
                else
                    st = l;
            }
            catch (e) {
                problems.push({ path: rel, message: `unreadable entry (${ingest_context_errCode(e)})`, critical: dataName });
                continue;
            }
            if (st.isDirectory()) {
                if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(external_node_path_default().resolve(abs)))
                    continue;
                if (dataName)
                    problems.push({ path: rel, message: DIR_AS_FILE, critical: true });
                await walk(abs, rel, null);
            }
            else if (st.isFile()) {
                files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
            }
            else {
                problems.push({ path: rel, message: `is ${(0,safe_open/* entryKind */.FY)(st)}, not a regular file; not read`, critical: dataName });
            }
        }
    }
    await walk(root, '', null);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems };
}
async function isOurReport(file) {
    try {
        const { fd } = (0,safe_open/* openRegularSync */.w5)(file);
        try {
            const buf = Buffer.alloc(200);
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, 200, 0);
            return buf.subarray(0, n).toString('utf8').includes('"inferguard-analyze/v1"');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
}
function ingest_context_errCode(e) {
    return e?.code ?? 'error';
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
/** A number literal that may overflow a double: an exponent of 3+ digits or a 300+ digit run. */
const OVERFLOW_HINT = /[eE][+-]?\d{3}|\d{300}/;
class TooLargeError extends Error {
    size;
    constructor(size) {
        super(`${size} bytes`);
        this.size = size;
    }
}
/** Reads a regular file whole through a non-blocking open (a FIFO never blocks), up to `cap` bytes. */
function readRegular(file, cap) {
    const { fd, stats } = (0,safe_open/* openRegularSync */.w5)(file);
    try {
        if (stats.size > cap)
            throw new TooLargeError(stats.size);
        return (0,external_node_fs_.readFileSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Creates the IngestContext for a scanned root. */
/**
 * Glob → RegExp over relative POSIX paths: `**` any folders (including none), `*` any characters
 * but `/`, `?` one character but `/`. A pattern without `/` matches the base name anywhere.
 */
function globToRegExp(glob) {
    const g = glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`;
    let re = '';
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '*' && g[i + 1] === '*') {
            const slash = g[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
const DEFAULT_TIMELINE_NAME = 'inferguard_timeline.jsonl';
function createIngestContext(root, files, thresholds, options = {}) {
    const timelineRe = options.timelineGlob ? globToRegExp(options.timelineGlob) : null;
    const maxDepth = options.maxJsonDepth ?? json_limits/* MAX_INPUT_JSON_DEPTH */.Np;
    const byPath = new Map(files.map((f) => [f.path, f]));
    const jsonCache = new Map();
    const claimed = new Set();
    const abs = (rel) => external_node_path_default().join(root, ...rel.split('/'));
    async function readJsonUncached(rel) {
        const entry = byPath.get(rel);
        const size = entry?.size ?? 0;
        if (size > thresholds.max_json_bytes) {
            return {
                ok: false,
                reason: 'too_large',
                message: `${rel} is ${size} bytes, above the ${thresholds.max_json_bytes}-byte JSON size cap (max_json_bytes)`,
            };
        }
        let buf;
        try {
            buf = readRegular(abs(rel), thresholds.max_json_bytes);
        }
        catch (e) {
            if (e instanceof safe_open/* NotRegularFileError */.iZ)
                return { ok: false, reason: 'not_regular', message: `${rel} ${e.message}; not read` };
            if (e instanceof TooLargeError)
                return {
                    ok: false,
                    reason: 'too_large',
                    message: `${rel} is ${e.size} bytes, above the ${thresholds.max_json_bytes}-byte JSON size cap (max_json_bytes)`,
                };
            return { ok: false, reason: 'unreadable', message: `${rel} could not be read (${ingest_context_errCode(e)})` };
        }
        let text;
        try {
            text = utf8Strict.decode(buf);
        }
        catch {
            return { ok: false, reason: 'not_utf8', message: `${rel} is not valid UTF-8` };
        }
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.trim() === '')
            return { ok: false, reason: 'empty', message: `${rel} is empty` };
        if ((0,json_limits/* jsonDepthExceeds */.LL)(text, maxDepth))
            return {
                ok: false,
                reason: 'too_deep',
                message: `${rel} nests arrays/objects deeper than ${maxDepth} levels (the input nesting limit); not read`,
            };
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            const msg = e.message;
            const { line, column, offset } = jsonErrorPosition(text, msg);
            const where = line !== null ? ` at line ${line}, column ${column}` : '';
            const truncated = /Unexpected end|unterminated|end of JSON/i.test(msg) || (offset !== null && offset >= text.trimEnd().length);
            return {
                ok: false,
                reason: 'invalid_json',
                message: `${rel} is not valid JSON${truncated ? ' (truncated)' : ''}${where}`,
            };
        }
        if ((0,json_limits/* isUnusableRoot */.we)(value))
            return {
                ok: false,
                reason: 'wrong_root',
                message: `${rel} holds ${(0,json_limits/* rootKind */.Nt)(value)} at its root, not the JSON object or array its format needs`,
            };
        // Overflowing literals (1e999) parse to Infinity; only texts with a long exponent or digit run can hold one.
        if (OVERFLOW_HINT.test(text) && (0,json_limits/* walkJson */.gO)(value).nonFinite)
            return {
                ok: false,
                reason: 'not_finite',
                message: `${rel} holds a number too large for a double (it would read as Infinity)`,
            };
        return { ok: true, value };
    }
    return {
        files,
        thresholds,
        readJson(rel) {
            let p = jsonCache.get(rel);
            if (!p) {
                p = readJsonUncached(rel);
                jsonCache.set(rel, p);
            }
            return p;
        },
        async readText(rel) {
            const entry = byPath.get(rel);
            if ((entry?.size ?? 0) > thresholds.max_json_bytes)
                return null;
            try {
                const t = readRegular(abs(rel), thresholds.max_json_bytes).toString('utf8');
                return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
            }
            catch {
                return null;
            }
        },
        lines(rel) {
            return readLines(abs(rel), rel);
        },
        async csvRows(rel, options, visit) {
            try {
                return await scanCsv(abs(rel), rel, options, visit);
            }
            catch (e) {
                if (e instanceof CsvParseError)
                    throw new IngestReadError(rel, e.message);
                throw e;
            }
        },
        claim(...paths) {
            for (const p of paths)
                claimed.add(p);
        },
        isClaimed(p) {
            return claimed.has(p);
        },
        isTimelineFile(p) {
            return timelineRe ? timelineRe.test(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
        },
    };
}
/**
 * Turns a JSON.parse message into line/column: "position N" when the engine gives it, else the
 * first occurrence of the unexpected token outside a string (Node 20 omits positions there).
 */
function jsonErrorPosition(text, msg) {
    const pos = /position (\d+)/.exec(msg);
    let offset = pos ? Number(pos[1]) : null;
    if (offset === null && /Unexpected end/i.test(msg))
        offset = text.length;
    if (offset === null) {
        const tok = /Unexpected token '(.)'/.exec(msg)?.[1];
        if (tok !== undefined)
            offset = firstOutsideString(text, tok);
    }
    if (offset === null)
        return { line: null, column: null, offset: null };
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last, offset };
}
function firstOutsideString(text, ch) {
    let inStr = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inStr) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inStr = false;
        }
        else if (c === '"')
            inStr = true;
        else if (c === ch)
            return i;
    }
    return null;
}
async function* readLines(file, rel) {
    try {
        yield* readFileLines(file);
    }
    catch (e) {
        if (e instanceof LineReadError)
            throw new IngestReadError(rel, e.message);
        throw e;
    }
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ jsonDepthExceeds),
/* harmony export */   Np: () => (/* binding */ MAX_INPUT_JSON_DEPTH),
/* harmony export */   Nt: () => (/* binding */ rootKind),
/* harmony export */   gO: () => (/* binding */ walkJson),
/* harmony export */   we: () => (/* binding */ isUnusableRoot)
/* harmony export */ });
/**
 * Limits checked on JSON text before (and right after) it is parsed whole: nesting depth (a
 * document nested deeper than any format we read is refused before JSON.parse, so no later
 * recursive walk can overflow the stack) and finite numbers (JSON.parse turns `1e999` into
 * Infinity, which no contract allows). Messages never quote the file's content.
 */
/** Deepest nesting of arrays/objects an input JSON file may have (no format we read needs > 12). */
const MAX_INPUT_JSON_DEPTH = 64;
/**
 * True when `text` nests arrays/objects deeper than `maxDepth` (strings skipped, escapes
 * honoured). A linear scan; stops at the first level past the limit.
 */
function jsonDepthExceeds(text, maxDepth) {
    let depth = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            // Skip the string: find the closing quote not preceded by an odd run of backslashes.
            for (i++; i < n; i++) {
                const d = text.charCodeAt(i);
                if (d === 92 /* \ */)
                    i++;
                else if (d === 34)
                    break;
            }
        }
        else if (c === 91 /* [ */ || c === 123 /* { */) {
            if (++depth > maxDepth)
                return true;
        }
        else if (c === 93 /* ] */ || c === 125 /* } */) {
            depth--;
        }
    }
    return false;
}
/** Iterative walk (no recursion): finds non-finite numbers (from overflowing literals). */
function walkJson(value) {
    let nodes = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        nodes++;
        if (typeof v === 'number') {
            if (!Number.isFinite(v))
                return { nonFinite: true, nodes };
        }
        else if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++)
                stack.push(v[i]);
        }
        else if (v !== null && typeof v === 'object') {
            for (const k in v)
                stack.push(v[k]);
        }
    }
    return { nonFinite: false, nodes };
}
/** Kind of a JSON root, in words ("null", "a string", "an empty array", ...). */
function rootKind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty array' : 'an array';
    if (typeof v === 'object')
        return 'an object';
    return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : `a ${typeof v}`;
}
/** Roots no input format accepts: null, a bare scalar, an empty array. */
function isUnusableRoot(v) {
    return v === null || typeof v !== 'object' || (Array.isArray(v) && v.length === 0);
}


/***/ }),

/***/ 176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ entryKind),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   w5: () => (/* binding */ openRegularSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Opening input files without ever blocking: `O_NONBLOCK`, then `fstat` on the descriptor, so a
 * FIFO, socket or device put where a data file should be is refused at once (a FIFO opened for
 * reading without O_NONBLOCK waits for a writer forever). Regular files read as usual: the flag
 * has no effect on them.
 */

/** What a non-regular entry is, in words for a finding ("a FIFO", "a directory", ...). */
function entryKind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/** Thrown when the path is not a regular file; `code` is ENOTREG (or EISDIR for a directory). */
class NotRegularFileError extends Error {
    kind;
    code;
    constructor(kind) {
        super(`is ${kind}, not a regular file`);
        this.kind = kind;
        this.code = kind === 'a directory' ? 'EISDIR' : 'ENOTREG';
    }
}
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * Opens `file` for reading without blocking and checks it is a regular file. Returns the
 * descriptor and its stats; the caller closes it. Throws the fs error, or NotRegularFileError.
 */
function openRegularSync(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, FLAGS);
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
    if (!st.isFile()) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw new NotRegularFileError(entryKind(st));
    }
    return { fd, stats: st };
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
/* unused harmony exports stripInvisible, escapeHtml, LOG_LINE_MAX, safeLog */
/**
 * The one sanitiser of untrusted text (model names, paths, labels, messages from artifacts and from
 * reports we did not write in this process), applied where text leaves us:
 *
 * - markdown sinks (comment, job summary, report.md): `safeText` for prose and table cells,
 *   `safeCode` for ids and paths: HTML escaped, table-safe (`|` and newlines), @mentions and #refs
 *   defanged, no link syntax and no autolinkable `www.` / `http(s):` text taken from inputs;
 * - log lines and annotations: `safeLog`: one line, workflow-command sequences (`::`) broken and
 *   `%0A` / `%0D` escaped, so untrusted text can never start or smuggle a workflow command.
 *
 * src/io/log.ts is the only module that calls core.info / warning / error / notice; it applies
 * `safeLog` to every message.
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
    // GitHub also autolinks bare www. hosts (after any of `_*~(` too, so no word boundary) and GH-123.
    t = t.replace(/(www)\./gi, '$1\u200d.');
    t = t.replace(/\b(GH)-(?=\d)/gi, '$1\u200d-');
    return t;
}
/**
 * Every character some rule of safeText replaces or removes (controls, C1 controls, bidi and
 * invisible characters, HTML, markdown and mention/reference/link syntax), and the words it
 * defangs; a text matching neither (and not too long) is returned unchanged.
 */
const TEXT_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff&<>"\\|[\]()*_`~!@#:]/;
const TEXT_TOUCHED_WORDS = /www\.|\bGH-(?=\d)/i;
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
/** Longest log line we print from untrusted text (GitHub cuts lines far longer; keeps logs readable). */
const LOG_LINE_MAX = 2000;
/**
 * Text safe for one log line or an annotation: CR/LF/TAB flattened to spaces, other controls and
 * bidi characters dropped, every `::` (the workflow-command marker) broken with a zero-width space,
 * and `%0A` / `%0D` / `%25` written with an escaped `%`, so a line never starts or carries a workflow
 * command however the runner decodes it. Length capped.
 */
function safeLog(s, maxLen = LOG_LINE_MAX) {
    let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    if (t.length <= maxLen && !LOG_TOUCHED.test(t))
        return t;
    t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    t = stripInvisible(t);
    if (t.length > maxLen)
        t = `${t.slice(0, maxLen - 1)}…`;
    t = t.replace(/%(?=(?:0[AaDd]|25))/g, '%25');
    while (t.includes('::'))
        t = t.replace(/::/g, ':\u200b:');
    return t;
}
const LOG_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|::|%(?:0[AaDd]|25)/;


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
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
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
    // The currency code may come from a report we did not write: never raw into markdown.
    return `${v.toFixed(digits)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(currency, 12)}`;
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


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   LH: () => (/* binding */ unknownCounts),
/* harmony export */   YT: () => (/* binding */ CsvHeaderError),
/* harmony export */   b_: () => (/* binding */ perContext)
/* harmony export */ });
class CsvHeaderError extends Error {
    file;
    missing;
    constructor(file, missing) {
        super(`${file}: missing required column(s) ${missing.join(', ')}`);
        this.file = file;
        this.missing = missing;
    }
}
/** Counts of a cell whose requests nobody counted (never guessed: all null). */
function unknownCounts(basis = null) {
    return { total: null, successful: null, sessions_total: null, sessions_completed: null, source: null, basis };
}
function emptyResult() {
    return { fragments: [], findings: [], manifest: [] };
}
/**
 * Memoises a per-run scan on the IngestContext, so the adapters that share one scan (InferenceX
 * static + srt-slurm, AgentX v0.1 + aiperf) read each file once.
 */
function perContext(scan) {
    const memo = new WeakMap();
    return (ctx) => {
        let p = memo.get(ctx);
        if (!p) {
            p = scan(ctx);
            memo.set(ctx, p);
        }
        return p;
    };
}


/***/ })

};
