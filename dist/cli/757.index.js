export const id = 757;
export const ids = [757];
export const modules = {

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ familyKey),
/* harmony export */   Tk: () => (/* binding */ topologyKey),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   gL: () => (/* binding */ emptyIdentity),
/* harmony export */   nD: () => (/* binding */ identityKeyObject),
/* harmony export */   ub: () => (/* binding */ mergeKey)
/* harmony export */ });
/* unused harmony exports TOPOLOGY_KEY_FIELDS, REPEAT_FIELD */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/**
 * Cell identity. Two fragments describe the same cell when their identity fields and their
 * topology key agree exactly; compare (base vs head) matches cells the same way. `image` and
 * `recipe_fingerprint` describe a cell but are not part of the key: a change in them is what a
 * PR usually measures. Neither is the cell's `environment` (runner, host): runs of one
 * configuration land on different nodes.
 *
 * Repeated runs of one configuration (`topology.repeat`: a rerun's `_rerun`/`run=N`/`run2/` marker,
 * a later JSONL line repeating an earlier one) share the identity key, so compare pools them as
 * runs of one cell (compare/runs.ts `groupRuns`), and differ in the merge key (`mergeKey`), so the
 * merge keeps them as separate cells instead of merging them or calling them conflicting copies.
 */

/**
 * Topology fields that change what is measured: the deployment (parallelism, workers, the GPUs
 * each side gets, mixed hardware), spec decoding, offloading, server settings.
 */
const TOPOLOGY_KEY_FIELDS = [
    'tp',
    'pp',
    'dcp_size',
    'pcp_size',
    'ep',
    'dp_attention',
    'prefill_tp',
    'prefill_pp',
    'prefill_dcp_size',
    'prefill_pcp_size',
    'prefill_ep',
    'prefill_dp_attention',
    'prefill_num_workers',
    'prefill_hw',
    'decode_tp',
    'decode_pp',
    'decode_dcp_size',
    'decode_pcp_size',
    'decode_ep',
    'decode_dp_attention',
    'decode_num_workers',
    'decode_hw',
    // The GPUs of each side (InferenceX srt-slurm `_ctx_<P>_gen_<D>`): 8 + 48 and 8 + 32 decode
    // GPUs are two deployments even where the per-worker fields agree.
    'num_prefill_gpu',
    'num_decode_gpu',
    'spec_decoding',
    'offloading',
    // A vllm bench sweep's server settings (`SERVE--max_num_seqs=4-…`) and bench settings beyond
    // the point (src/sources/lib/path-facts.ts sweepConfig).
    'server_config',
    'bench_config',
    // Set only when concurrency is unknown: the points of a QPS sweep (vLLM's nightly suite).
    'request_rate',
    // The configuration a generic result's file name states beyond its point (src/sources/lib/path-facts.ts).
    'config_label',
    // Labels the user gives (`--label k=v`, src/core/cells/given.ts): identity, so cells told apart
    // only by a label stay apart and compare matches equal labels only.
    'labels',
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
const DEFAULT_ONE = new Set([
    'pp',
    'dcp_size',
    'pcp_size',
    'prefill_pp',
    'prefill_dcp_size',
    'prefill_pcp_size',
    'decode_pp',
    'decode_dcp_size',
    'decode_pcp_size',
]);
/**
 * The topology field that tells repeated runs of one configuration apart (a number or a rerun
 * token; src/sources/lib/path-facts.ts). Not in TOPOLOGY_KEY_FIELDS: repeats share a cell's key.
 */
const REPEAT_FIELD = 'repeat';
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
        const v = norm(topology[f] ?? (isMultinode === true ? sideGpus(topology, f) : null));
        if (v === null || (v === 1 && DEFAULT_ONE.has(f)))
            continue;
        out[f] = v;
    }
    return out;
}
/**
 * A side's GPU count where the artifact leaves it out: workers × tp. InferenceX's eval collector
 * rows (agg_eval_all.json) carry the per-worker fields but no `num_prefill_gpu`/`num_decode_gpu`,
 * and must key like the aggregate they join; a stated count always wins (dp-attention/EP
 * deployments state counts the per-worker fields do not give).
 */
function sideGpus(topology, f) {
    const side = f === 'num_prefill_gpu' ? 'prefill' : f === 'num_decode_gpu' ? 'decode' : null;
    if (side === null)
        return null;
    const w = topology[`${side}_num_workers`];
    const tp = topology[`${side}_tp`];
    return typeof w === 'number' && typeof tp === 'number' && Number.isFinite(w * tp) ? w * tp : null;
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
/**
 * The merge key of a fragment: its identity key plus its repeat, so repeated runs of one
 * configuration stay separate cells (never merged, never "two artifacts disagree") while their
 * identity key, which compare matches and pools runs by, stays equal.
 */
function mergeKey(identity, topology) {
    const key = identityKey(identity, topology);
    const repeat = norm(topology[REPEAT_FIELD]);
    return repeat === null ? key : `${key}\u0000${JSON.stringify(repeat)}`;
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


/***/ }),

/***/ 86:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ COMPARE_METRICS),
/* harmony export */   j: () => (/* reexport safe */ _metrics_js__WEBPACK_IMPORTED_MODULE_0__.j3)
/* harmony export */ });
/* harmony import */ var _curve_tail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7101);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/**
 * The metrics compare looks at, in their fixed output order (docs/COMPARE.md "Metrics").
 * Eval scores (`eval_<task>_score`) follow, sorted by name.
 */


function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function metric(name) {
    return (c) => finite(c.metrics?.[name]);
}
function cost(field) {
    return (c) => finite(c.cost?.[field]);
}
/** A compared metric: unit, direction, kind and band from the catalogue (src/core/metrics.ts). */
function def(name, get, sample) {
    const info = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb[name];
    if (!info)
        throw new Error(`compare metric '${name}' is not in the metric catalogue`);
    return {
        metric: name,
        kind: info.kind,
        unit: info.unit,
        direction: info.direction,
        band: info.band,
        get,
        ...(sample ? { sample } : {}),
    };
}
const LATENCY = [
    { base: 'ttft', key: 'ttft_s' },
    { base: 'tpot', key: 'tpot_s' },
    { base: 'itl', key: 'itl_s' },
    { base: 'e2el', key: 'e2el_s' },
];
function latencyDefs() {
    return LATENCY.flatMap(({ base, key }) => [
        ...[50, 99].map((p) => def(`p${p}_${base}`, metric(`p${p}_${base}`), { key, stat: { kind: 'percentile', p } })),
        // The tail statistic (core/curve/tail.ts: p99, else p95, else p90): a pair without p99
        // (AgentX aggregates carry p95, not p99) is compared on the next one, never beside a p99.
        ..._curve_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .TAIL_STATS */ .fu.slice(1).map((stat, i) => ({
            ...def(`${stat}_${base}`, metric(`${stat}_${base}`)),
            fallbackFor: _curve_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .TAIL_STATS */ .fu.slice(0, i + 1).map((s) => `${s}_${base}`),
        })),
    ]);
}
const COMPARE_METRICS = [
    def('success_rate', (c) => finite(c.completion?.success_rate)),
    def('completed_requests', (c) => finite(c.completion?.num_requests_successful)),
    def('completed_sessions', (c) => finite(c.completion?.sessions_completed)),
    def('tput_per_gpu', metric('tput_per_gpu')),
    def('output_tput_per_gpu', metric('output_tput_per_gpu')),
    // Whole-run tok/s only when the pair has no per-GPU throughput (the native bench writes
    // output_tput_tps only): never a second test of the same throughput.
    {
        ...def('total_tput_tps', metric('total_tput_tps')),
        band: 'throughput',
        fallbackFor: ['tput_per_gpu', 'output_tput_per_gpu'],
    },
    {
        ...def('output_tput_tps', metric('output_tput_tps')),
        band: 'throughput',
        fallbackFor: ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps'],
    },
    ...latencyDefs(),
    ...[
        'compute_cost',
        'cost_per_completed_request',
        'cost_per_completed_session',
        'cost_per_million_input_tokens',
        'cost_per_million_output_tokens',
    ].map((name) => def(name, cost(name))),
];



/***/ }),

/***/ 7374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ matchCells),
/* harmony export */   ie: () => (/* binding */ cellFamilyKey),
/* harmony export */   sl: () => (/* binding */ cellKey)
/* harmony export */ });
/* unused harmony export configDifferences */
/* harmony import */ var _cells_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4523);
/**
 * Matching base and head cells. Cells match when their identity key (src/core/cells/identity.ts:
 * identity fields + topology key) is equal. A pair whose GPU count differs, or an unmatched
 * base/head pair that shares hardware, model, framework, scenario, ISL/OSL and concurrency but
 * not the rest (precision, topology, recipe), is a changed configuration: `incomparable`, with
 * the reasons; never a regression of the old one.
 */

/** Identity fields a configuration change may alter while the workload stays the same. */
const LOOSE_FIELDS = ['hardware', 'model', 'framework', 'scenario_type', 'isl', 'osl', 'concurrency'];
// A compare reads its reports and never changes a cell: each cell's keys are computed once
// (matching, sorting, the per-metric seeds and the CellDiff all need them).
const keyMemo = new WeakMap();
const familyMemo = new WeakMap();
/** identityKey of a cell (memoised per cell object). */
function cellKey(c) {
    let k = keyMemo.get(c);
    if (k === undefined) {
        k = (0,_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKey */ .US)(c, c.topology ?? {});
        keyMemo.set(c, k);
    }
    return k;
}
/** familyKey of a cell (memoised per cell object). */
function cellFamilyKey(c) {
    let k = familyMemo.get(c);
    if (k === undefined) {
        k = (0,_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .familyKey */ .Q5)(c, c.topology ?? {});
        familyMemo.set(c, k);
    }
    return k;
}
function looseKey(c) {
    const o = (0,_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeyObject */ .nD)(c, c.topology ?? {});
    return JSON.stringify(LOOSE_FIELDS.map((f) => o[f] ?? null));
}
function byId(a, b) {
    return a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0;
}
function show(v) {
    if (v === null || v === undefined)
        return 'none';
    return typeof v === 'string' ? v : JSON.stringify(v);
}
function gpusOf(c) {
    const g = c.topology?.gpus;
    return typeof g === 'number' && Number.isFinite(g) ? g : null;
}
/** Human-readable differences between two cells' keys ("precision: fp8 → fp4", "topology.tp: 8 → 4"). */
function configDifferences(base, head) {
    const a = (0,_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeyObject */ .nD)(base, base.topology ?? {});
    const b = (0,_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeyObject */ .nD)(head, head.topology ?? {});
    const out = [];
    for (const k of Object.keys(a)) {
        if (k === 'topology')
            continue;
        if (JSON.stringify(a[k]) !== JSON.stringify(b[k]))
            out.push(`${k}: ${show(a[k])} → ${show(b[k])}`);
    }
    const ta = (a.topology ?? {});
    const tb = (b.topology ?? {});
    for (const k of [...new Set([...Object.keys(ta), ...Object.keys(tb)])].sort()) {
        if (JSON.stringify(ta[k] ?? null) !== JSON.stringify(tb[k] ?? null))
            out.push(`topology.${k}: ${show(ta[k])} → ${show(tb[k])}`);
    }
    const ga = gpusOf(base);
    const gb = gpusOf(head);
    if (ga !== null && gb !== null && ga !== gb)
        out.push(`topology.gpus: ${ga} → ${gb}`);
    return out;
}
function group(cells, key) {
    const m = new Map();
    for (const c of [...cells].sort(byId)) {
        const k = key(c);
        const list = m.get(k);
        if (list)
            list.push(c);
        else
            m.set(k, [c]);
    }
    return m;
}
/**
 * Pairs the cells of two reports. Within one identity key (duplicates are possible when merge
 * kept conflicting copies apart), cells with the same cell_id pair first, then the rest in
 * cell_id order. Output order is not meaningful (compareReports sorts).
 */
function matchCells(baseCells, headCells) {
    const pairs = [];
    const restBase = [];
    const restHead = [];
    const bKeys = group(baseCells, cellKey);
    const hKeys = group(headCells, cellKey);
    for (const k of [...new Set([...bKeys.keys(), ...hKeys.keys()])].sort()) {
        const bs = [...(bKeys.get(k) ?? [])];
        const hs = [...(hKeys.get(k) ?? [])];
        const matched = [];
        for (let i = 0; i < hs.length; i++) {
            const h = hs[i];
            const j = bs.findIndex((b) => b.cell_id === h.cell_id);
            if (j >= 0) {
                matched.push([bs[j], h]);
                bs.splice(j, 1);
                hs.splice(i, 1);
                i--;
            }
        }
        while (bs.length > 0 && hs.length > 0)
            matched.push([bs.shift(), hs.shift()]);
        restBase.push(...bs);
        restHead.push(...hs);
        for (const [b, h] of matched) {
            const gb = gpusOf(b);
            const gh = gpusOf(h);
            if (gb !== null && gh !== null && gb !== gh) {
                pairs.push({ base: b, head: h, kind: 'incomparable', reasons: [`topology.gpus: ${gb} → ${gh}`] });
            }
            else {
                pairs.push({ base: b, head: h, kind: 'matched', reasons: [] });
            }
        }
    }
    // Changed configurations: same workload point, different precision / topology / recipe.
    const lb = group(restBase, looseKey);
    const lh = group(restHead, looseKey);
    for (const k of [...new Set([...lb.keys(), ...lh.keys()])].sort()) {
        const bs = [...(lb.get(k) ?? [])].sort((x, y) => cellKey(x) < cellKey(y) ? -1 : cellKey(x) > cellKey(y) ? 1 : byId(x, y));
        const hs = [...(lh.get(k) ?? [])].sort((x, y) => cellKey(x) < cellKey(y) ? -1 : cellKey(x) > cellKey(y) ? 1 : byId(x, y));
        while (bs.length > 0 && hs.length > 0) {
            const b = bs.shift();
            const h = hs.shift();
            pairs.push({ base: b, head: h, kind: 'incomparable', reasons: configDifferences(b, h) });
        }
        for (const b of bs)
            pairs.push({ base: b, head: null, kind: 'missing', reasons: [] });
        for (const h of hs)
            pairs.push({ base: null, head: h, kind: 'new', reasons: [] });
    }
    return pairs;
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aJ: () => (/* binding */ fitScale),
/* harmony export */   tk: () => (/* binding */ fitVarianceLaw)
/* harmony export */ });
/* unused harmony exports MODERATE_MIN_CELLS, MAX_NU0, digamma, trigamma, tetragamma, trigammaInverse */
/**
 * Empirical-Bayes noise law of one metric from the compare's own cells (docs/COMPARE.md "Noise
 * per cell"): when enough cells have repeated runs, the scaled inverse-χ² law of their run-to-run
 * variances is fitted to them (Smyth 2004, limma's fitFDist: method of moments on the log
 * variances), so that cells with truly alike noise borrow strength from each other (a large ν₀)
 * while cells whose noise differs widely keep their own (a small ν₀). The shipped prior
 * (noise-prior.ts) stays the floor of the tails: the fitted ν₀ never exceeds MAX_NU0, and the
 * fitted scale never falls below the shipped scale of the cell's family and regime times the
 * smallest deployment factor.
 */
/** Cells with own degrees of freedom needed before the law is fitted from the compare. */
const MODERATE_MIN_CELLS = 8;
/** Largest prior degrees of freedom a fit may give (about a pooled spread over 30 runs). */
const MAX_NU0 = 30;
/** ψ(x), digamma: recurrence up to x ≥ 6, then the asymptotic series (error < 1e-12). */
function digamma(x) {
    let r = 0;
    let y = x;
    while (y < 6) {
        r -= 1 / y;
        y += 1;
    }
    const f = 1 / (y * y);
    return r + Math.log(y) - 0.5 / y - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}
/** ψ′(x), trigamma: recurrence up to x ≥ 6, then the asymptotic series (error < 1e-12). */
function trigamma(x) {
    let r = 0;
    let y = x;
    while (y < 6) {
        r += 1 / (y * y);
        y += 1;
    }
    const f = 1 / (y * y);
    return r + 1 / y + f / 2 + (f / y) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}
/** ψ″(x), tetragamma: recurrence up to x ≥ 6, then the asymptotic series. */
function tetragamma(x) {
    let r = 0;
    let y = x;
    while (y < 6) {
        r -= 2 / (y * y * y);
        y += 1;
    }
    const f = 1 / (y * y);
    return r - f * (1 + 1 / y + f * (0.5 - f * (1 / 6 - f * (1 / 6 - f * (3 / 10 - (5 / 6) * f)))));
}
/** The y > 0 with ψ′(y) = x (limma's trigammaInverse: Newton's method, 50 steps at most). */
function trigammaInverse(x) {
    if (x > 1e7)
        return 1 / Math.sqrt(x);
    if (x < 1e-6)
        return 1 / x;
    let y = 0.5 + 1 / x;
    for (let i = 0; i < 50; i++) {
        const tri = trigamma(y);
        const dif = (tri * (1 - tri / x)) / tetragamma(y);
        y += dif;
        if (-dif / y < 1e-8)
            break;
    }
    return y;
}
/**
 * Fits the law to sample variances `v[i]` on `df[i]` degrees of freedom (each df ≥ 1, v > 0),
 * or null with fewer than MODERATE_MIN_CELLS of them. ν₀ = 2·ψ′⁻¹(var(e) − mean ψ′(df/2)) with
 * e = ln v − ψ(df/2) + ln(df/2); when that is ≤ 0 the variances are as alike as a common σ would
 * make them (ν₀ = MAX_NU0).
 */
function fitVarianceLaw(v, df) {
    const e = [];
    let triMean = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const d = df[i];
        if (!(x > 0) || !(d >= 1) || !Number.isFinite(x))
            continue;
        e.push(Math.log(x) - digamma(d / 2) + Math.log(d / 2));
        triMean += trigamma(d / 2);
    }
    const n = e.length;
    if (n < MODERATE_MIN_CELLS)
        return null;
    triMean /= n;
    const mean = e.reduce((a, x) => a + x, 0) / n;
    const varE = e.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
    const excess = varE - triMean;
    let nu0 = MAX_NU0;
    if (excess > 0)
        nu0 = Math.min(MAX_NU0, 2 * trigammaInverse(excess));
    const scale2 = Math.exp(mean + digamma(nu0 / 2) - Math.log(nu0 / 2));
    return { nu0, scale: Math.sqrt(scale2), cells: n };
}
/**
 * The scale of the law for a given ν₀, from sample variances (the same moments as
 * fitVarianceLaw, ν₀ held: scale² = exp(mean e + ψ(ν₀/2) − ln(ν₀/2))), or null with none.
 * For histories of small sweeps, too few cells to estimate ν₀ itself.
 */
function fitScale(v, df, nu0) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const d = df[i];
        if (!(x > 0) || !(d >= 1) || !Number.isFinite(x))
            continue;
        sum += Math.log(x) - digamma(d / 2) + Math.log(d / 2);
        n++;
    }
    if (n === 0)
        return null;
    return Math.sqrt(Math.exp(sum / n + digamma(nu0 / 2) - Math.log(nu0 / 2)));
}


/***/ }),

/***/ 7016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ noiseLaw),
/* harmony export */   MQ: () => (/* binding */ NOISE_FAMILIES),
/* harmony export */   Z5: () => (/* binding */ isTailFamily),
/* harmony export */   aM: () => (/* binding */ DEFAULT_NOISE_PRIOR),
/* harmony export */   oc: () => (/* binding */ loadRegime),
/* harmony export */   we: () => (/* binding */ LOAD_REGIMES),
/* harmony export */   x: () => (/* binding */ noiseFamily)
/* harmony export */ });
/**
 * The run-to-run noise prior (docs/COMPARE.md "Noise per cell"): for each metric family and load
 * regime, how the run-to-run spread σ of ln(value) is distributed across cells, as a scaled
 * inverse-χ² law σ² ~ Scale-Inv-χ²(ν, s²). Its predictive for a one-run change
 * d = ln(head / base) is s·√2 · t_ν, a Student t with ν degrees of freedom: with ν ≈ 1 it is
 * about as heavy-tailed as a Cauchy law, which is what real repeated CI runs show.
 *
 * Sources (issue 22; data, not code: one home, this table):
 * - About 1,300 real A/A cell pairs from public CI history (the same configuration and engine
 *   image benchmarked in separate CI runs), pooled over deployments: median σ and p90 σ per
 *   family, and the 95th percentile of one-run |d|. ν and s are the unique pair that gives the
 *   median σ and the 95th percentile of |d| (fit: s = median σ · √(χ²_ν(½) / ν),
 *   |d|₉₅ = √2 · s · t_ν(0.975)); the p90 σ it then implies is within 5–20% of the measured one
 *   (throughput 3.2% vs 3.0%, p50 TTFT 11% vs 9.7%, p99 TTFT 18% vs 21%), so one law fits both.
 * - Load regime (p50 TTFT): a change of ≥ 8% in 39% of A/A pairs at concurrency ≤ 8 and in 20%
 *   at ≥ 128 gives s = 0.0353 (low) and 0.0152 (high) at the same ν; the tail (p99) scales alike.
 * - vLLM issue #53436 (identical fixed-seed runs): output tok/s CV 0.4% at concurrency 8–32 and
 *   7.5–19.7% at 1–4 with speculative decoding: throughput and decode noise at concurrency ≤ 8
 *   get 2× the pooled scale (a conservative reading: not every low-concurrency cell decodes
 *   speculatively).
 * - Families without a measured tail (p99 TPOT/ITL) take the p99/p50 ratio of E2EL (1.5×).
 *
 * `inferguard calibrate` fits the same law to a repository's own history and writes it as the
 * `compare.noise_prior` config section, which replaces these rows family by family.
 */
/** Metric families with their own noise law (medians and tails apart). */
const NOISE_FAMILIES = ['throughput', 'ttft', 'ttft_tail', 'tpot', 'tpot_tail', 'e2el', 'e2el_tail'];
const LOAD_REGIMES = ['low', 'mid', 'high'];
const THROUGHPUT_S = 0.00241;
const TTFT_S = 0.01078;
const TTFT_TAIL_S = 0.01376;
const TPOT_S = 0.00239;
const E2EL_S = 0.00245;
const E2EL_TAIL_S = 0.00368;
/** Regime ratios of p50 TTFT (0.0353 / 0.01078 at ≤ 8, 0.0152 / 0.01078 at ≥ 128). */
const TTFT_LOW = 3.27;
const TTFT_HIGH = 1.41;
/** vLLM #53436: decode and throughput noise at concurrency ≤ 8 (speculative decoding). */
const DECODE_LOW = 2;
function row(nu, s, sigmaMax, low, high = 1) {
    return { nu, scale: { low: s * low, mid: s, high: s * high }, sigma_max: sigmaMax };
}
/**
 * σ_max, the truncation of the law: a t with ν < 1 has no mean, and beyond the data it would call
 * a tenfold change in one cell noise. The largest one-run changes the sources report bound it:
 * throughput −34% in identical runs (σ = |ln 0.66| / √2 ≈ 0.29; decode metrics move with it by
 * Little's law, so TPOT/ITL and E2EL share it, tails 0.4), p99 TTFT 2.6 s vs 72 s (σ ≈ 2.3), and
 * p50 TTFT, with no reported extreme, 3 × its p90 σ (0.34).
 */
const SIGMA_MAX = { throughput: 0.29, ttft: 0.34, ttft_tail: 2.3, decode: 0.29, decode_tail: 0.4 };
/** The shipped prior (sources above). */
const DEFAULT_NOISE_PRIOR = Object.freeze({
    throughput: row(0.798, THROUGHPUT_S, SIGMA_MAX.throughput, DECODE_LOW),
    ttft: row(0.878, TTFT_S, SIGMA_MAX.ttft, TTFT_LOW, TTFT_HIGH),
    ttft_tail: row(0.791, TTFT_TAIL_S, SIGMA_MAX.ttft_tail, TTFT_LOW, TTFT_HIGH),
    tpot: row(1.032, TPOT_S, SIGMA_MAX.decode, DECODE_LOW),
    tpot_tail: row(0.826, TPOT_S * (E2EL_TAIL_S / E2EL_S), SIGMA_MAX.decode_tail, DECODE_LOW),
    e2el: row(1.095, E2EL_S, SIGMA_MAX.decode, DECODE_LOW),
    e2el_tail: row(0.826, E2EL_TAIL_S, SIGMA_MAX.decode_tail, DECODE_LOW),
});
const SERIES = /^p(\d+)_(ttft|tpot|itl|e2el)$/;
/** The noise family of a run-level metric (cost follows throughput: it is GPU time per token). */
function noiseFamily(metric, kind) {
    const m = SERIES.exec(metric);
    if (m) {
        const series = m[2] === 'itl' ? 'tpot' : m[2];
        return Number(m[1]) >= 90 ? `${series}_tail` : series;
    }
    if (kind === 'throughput' || kind === 'cost')
        return 'throughput';
    return null;
}
function isTailFamily(f) {
    return f.endsWith('_tail');
}
function loadRegime(concurrency) {
    if (typeof concurrency !== 'number' || !Number.isFinite(concurrency))
        return 'mid';
    if (concurrency <= 8)
        return 'low';
    if (concurrency >= 128)
        return 'high';
    return 'mid';
}
/** The law of one family and regime. */
function noiseLaw(prior, family, regime) {
    const r = prior[family];
    return r.sigma_max !== undefined
        ? { nu: r.nu, scale: r.scale[regime], sigmaMax: r.sigma_max }
        : { nu: r.nu, scale: r.scale[regime] };
}


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   dw: () => (/* binding */ DEFAULT_MIN_EFFECT_SIZE),
/* harmony export */   oF: () => (/* binding */ compareOptionsFromConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_NOISE_BANDS, DEFAULT_RUN_NOISE_FLOOR, DEFAULT_RUN_ALPHA, DEFAULT_MIN_BASE_RUNS, DEFAULT_SUSPICIOUS_ALPHA, DEFAULT_ALPHA, DEFAULT_BOOTSTRAP_ITERATIONS, DEFAULT_SEED, DEFAULT_MIN_SAMPLES */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7239);
/* harmony import */ var _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7016);



/** Noise bands used when only aggregates exist (the catalogue's defaults, src/core/metrics.ts). */
const DEFAULT_NOISE_BANDS = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .NOISE_BAND_DEFAULTS */ .e4;
/**
 * Run-noise floor (relative) per kind: with fewer than `min_base_runs` base runs, a change is a
 * verdict only beyond it. 2.8 × √2 × the run-to-run spread: 2% for a run effect of 2% (8%), and
 * 3.1% for an aggregate p99 (`latency_tail`, p90+ percentiles decided by the band: the run effect
 * plus the 2.3% sampling sd of a p99 over 1,000 requests; 12%), measured with `npm run
 * bench:verdicts` (docs/COMPARE.md); re-calibrate with `inferguard calibrate`.
 */
const DEFAULT_RUN_NOISE_FLOOR = Object.freeze({
    latency: 0.08,
    latency_tail: 0.12,
    throughput: 0.08,
    cost: 0.08,
});
/**
 * Family-wise level of the run-level verdicts (both directions; run-gate.ts): 0.06 from `npm run
 * bench:verdicts` and 300 more seeded PRs per row — at 0.05 A/A stays ≤ 2.7% per direction but
 * +10% / +15% TTFT power sits at 91–92%; at 0.06 the worst A/A row is 3.0% and power 93%; at 0.08
 * power is 94–98% and the worst A/A row 3.7% (docs/COMPARE.md).
 */
const DEFAULT_RUN_ALPHA = 0.06;
/** Base runs from which a cell's own runs carry the decision (run_interval; min_effect_size alone as the minimum). */
const DEFAULT_MIN_BASE_RUNS = 3;
/** Family-wise level of the SUSPICIOUS tier: shown ("re-run to confirm"), never failing. */
const DEFAULT_SUSPICIOUS_ALPHA = 0.5;
/** FDR level for Benjamini-Hochberg across every test of one compare. */
const DEFAULT_ALPHA = 0.01;
/**
 * Minimum relative shift (of the median, for the rank test; of the statistic, for the bootstrap)
 * a significant test must also show: with thousands of samples a rank test finds 1% shifts that
 * nobody should act on.
 */
const DEFAULT_MIN_EFFECT_SIZE = 0.05;
const DEFAULT_BOOTSTRAP_ITERATIONS = 1000;
const DEFAULT_SEED = 1;
/** Below this many samples on a side, the normal approximation of U is poor: use noise bands. */
const DEFAULT_MIN_SAMPLES = 20;
/** The shipped prior with the given rows put in, family by family (a row without σ_max keeps the shipped one). */
function noisePriorOf(over) {
    const out = { ..._noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_NOISE_PRIOR */ .aM };
    for (const f of _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .NOISE_FAMILIES */ .MQ) {
        const row = over?.[f];
        if (!row)
            continue;
        const sigmaMax = row.sigma_max ?? _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_NOISE_PRIOR */ .aM[f].sigma_max;
        out[f] = { nu: row.nu, scale: { ...row.scale }, ...(sigmaMax !== undefined ? { sigma_max: sigmaMax } : {}) };
    }
    return out;
}
function resolveSettings(opts = {}) {
    const bands = { ...DEFAULT_NOISE_BANDS };
    for (const k of Object.keys(opts.noiseBands ?? {}).sort()) {
        const v = opts.noiseBands?.[k];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            bands[k] = v;
    }
    const sorted = {};
    for (const k of Object.keys(bands).sort())
        sorted[k] = bands[k];
    const floors = { ...DEFAULT_RUN_NOISE_FLOOR };
    for (const k of Object.keys(opts.runNoiseFloor ?? {})) {
        const v = opts.runNoiseFloor?.[k];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            floors[k] = v;
    }
    const floorsSorted = {};
    for (const k of Object.keys(floors).sort())
        floorsSorted[k] = floors[k];
    return {
        alpha: opts.alpha ?? DEFAULT_ALPHA,
        min_effect_size: opts.minEffectSize ?? DEFAULT_MIN_EFFECT_SIZE,
        method: opts.method ?? 'mann_whitney',
        bootstrap_iterations: opts.bootstrapIterations ?? DEFAULT_BOOTSTRAP_ITERATIONS,
        seed: opts.seed ?? DEFAULT_SEED,
        min_samples: opts.minSamples ?? DEFAULT_MIN_SAMPLES,
        noise_bands: sorted,
        eval_min_drop: opts.evalMinDrop ?? _thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_THRESHOLDS */ .J.eval_regression_min_drop,
        run_alpha: opts.runAlpha ?? DEFAULT_RUN_ALPHA,
        min_base_runs: opts.minBaseRuns ?? DEFAULT_MIN_BASE_RUNS,
        run_noise_floor: floorsSorted,
        suspicious_alpha: opts.suspiciousAlpha ?? DEFAULT_SUSPICIOUS_ALPHA,
        noise_prior: noisePriorOf(opts.noisePrior),
        accept: [...new Set(opts.accept ?? [])].sort(),
    };
}
/** The `compare` config section (already schema-validated) plus thresholds → CompareOptions. */
function compareOptionsFromConfig(config) {
    const c = config.compare;
    const out = {
        evalMinDrop: config.thresholds.eval_regression_min_drop,
        thresholds: config.thresholds,
    };
    if (c.alpha !== undefined)
        out.alpha = c.alpha;
    if (c.min_effect_size !== undefined)
        out.minEffectSize = c.min_effect_size;
    if (c.method !== undefined)
        out.method = c.method;
    if (c.bootstrap_iterations !== undefined)
        out.bootstrapIterations = c.bootstrap_iterations;
    if (c.seed !== undefined)
        out.seed = c.seed;
    if (c.min_samples !== undefined)
        out.minSamples = c.min_samples;
    if (c.noise_bands !== undefined)
        out.noiseBands = c.noise_bands;
    if (c.run_alpha !== undefined)
        out.runAlpha = c.run_alpha;
    if (c.min_base_runs !== undefined)
        out.minBaseRuns = c.min_base_runs;
    if (c.run_noise_floor !== undefined)
        out.runNoiseFloor = c.run_noise_floor;
    if (c.suspicious_alpha !== undefined)
        out.suspiciousAlpha = c.suspicious_alpha;
    if (c.noise_prior !== undefined)
        out.noisePrior = c.noise_prior;
    if (c.accept !== undefined)
        out.accept = c.accept;
    return out;
}


/***/ }),

/***/ 988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.E7),
/* harmony export */   J7: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.J7),
/* harmony export */   nc: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.nc),
/* harmony export */   pc: () => (/* reexport safe */ _stats_sample_js__WEBPACK_IMPORTED_MODULE_2__.pc),
/* harmony export */   su: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.su),
/* harmony export */   zU: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.zU)
/* harmony export */ });
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);
/* harmony import */ var _stats_multiplicity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3304);
/* harmony import */ var _stats_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6525);
/**
 * Run-level statistics for compare (docs/COMPARE.md "Verdicts whose unit is the run"), now in
 * src/core/stats/ (distributions.ts: Student t, normal and F; multiplicity.ts: the bivariate
 * normal tail, Hunter's bound and the family test level; sample.ts: the pooled spread). This module
 * re-exports them under their old path so that importers need not change.
 */





/***/ }),

/***/ 5725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ runCentre),
/* harmony export */   KH: () => (/* binding */ groupRuns),
/* harmony export */   Vk: () => (/* binding */ runNoiseFloorName),
/* harmony export */   vK: () => (/* binding */ runLevelDef)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7374);
/**
 * Runs as the unit of evidence (docs/COMPARE.md "Noise per cell").
 *
 * A compare may get several base reports (the base-branch history, newest or merge-base first)
 * and several head reports; within one report, cells sharing an identity key are repeated runs
 * of that cell (repetition folders, shards). evidence.ts turns each metric's runs into a run
 * series and its noise evidence; this module groups runs and answers the small questions around
 * them (which metrics are run-level, the centre shown, the run-noise floor that applies).
 */

/** Cells per identity key, in run order (report order, then cell_id). */
function groupRuns(reports) {
    const out = new Map();
    for (const r of reports) {
        const cells = [...(Array.isArray(r.cells) ? r.cells : [])].sort((a, b) => a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0);
        for (const c of cells) {
            const k = (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .cellKey */ .sl)(c);
            const list = out.get(k);
            if (list)
                list.push(c);
            else
                out.set(k, [c]);
        }
    }
    return out;
}
/** Metrics decided at run level (kinds with a multiplicative run-to-run spread). */
function runLevelDef(def) {
    return def.band !== null && (def.kind === 'latency' || def.kind === 'throughput' || def.kind === 'cost');
}
/** Geometric mean of a metric over runs (the run-level centre shown as base / head), else null. */
function runCentre(def, runs) {
    let s = 0;
    let n = 0;
    for (const c of runs) {
        const v = def.get(c);
        if (v === null || !(v > 0))
            continue;
        s += Math.log(v);
        n++;
    }
    return n > 0 ? Math.exp(s / n) : null;
}
const TAIL_PERCENTILE = /^p(9\d|100)_/;
/**
 * The run-noise floor that applies to a comparison (fewer than min_base_runs base runs): the
 * metric's own (`run_noise_floor.<metric>`), else for a tail percentile (p90 and above) decided
 * on aggregates the `latency_tail` floor — a run's aggregate p99 moves more run to run than its
 * median or a samples' location — else its kind's.
 */
function runNoiseFloorName(c, floors) {
    if (floors[c.metric] !== undefined)
        return c.metric;
    if (c.kind === 'latency' &&
        c.method === 'noise_band' &&
        TAIL_PERCENTILE.test(c.metric) &&
        floors.latency_tail !== undefined)
        return 'latency_tail';
    return c.kind;
}


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ REPORT_DIFF_SCHEMA_VERSION),
/* harmony export */   qc: () => (/* binding */ CELL_STATUSES)
/* harmony export */ });
/* unused harmony exports VERDICTS, COMPARISON_OUTCOMES, COMPARISON_METHODS, METRIC_KINDS, COMPARE_METHODS, COMPARISON_BASES */
const REPORT_DIFF_SCHEMA_VERSION = 'inferguard-report-diff/v1';
const CELL_STATUSES = [
    'regressed',
    'improved',
    'unchanged',
    'new',
    'missing',
    'incomparable',
    'insufficient_data',
];
const VERDICTS = (/* unused pure expression or super */ null && (['REGRESSION', 'IMPROVEMENT', 'NEUTRAL', 'INSUFFICIENT_DATA']));
const COMPARISON_OUTCOMES = (/* unused pure expression or super */ null && ([
    'regressed',
    'improved',
    'unchanged',
    'insufficient_data',
    'incomparable',
    'informational',
]));
const COMPARISON_METHODS = (/* unused pure expression or super */ null && ([
    'mann_whitney_u',
    'bootstrap_quantile',
    'noise_band',
    'eval_stderr',
    'run_interval',
    'informational',
    'none',
]));
const METRIC_KINDS = (/* unused pure expression or super */ null && (['completion', 'throughput', 'latency', 'cost', 'eval']));
const COMPARE_METHODS = (/* unused pure expression or super */ null && (['mann_whitney', 'bootstrap']));
const COMPARISON_BASES = (/* unused pure expression or super */ null && (['run_interval', 'per_request', 'noise_band', 'eval_stderr', 'none']));


/***/ }),

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
    return { thresholds: { ..._thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLDS */ .J }, compare: {}, cost: {}, gates: [], eval_thresholds: {}, run: {} };
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   WQ: () => (/* binding */ formatTokensPerSec),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   up: () => (/* binding */ formatMoney),
/* harmony export */   y: () => (/* binding */ formatScore),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export formatDelta */
/**
 * One number formatter per unit; the metric catalogue (src/core/metrics.ts) names each metric's.
 * NaN/Infinity and null print as "—" on purpose; no locale formatting, so the same input always
 * gives the same bytes.
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
    // The currency may come from a report we did not write: only letters and digits reach markdown.
    return `${v.toFixed(digits)} ${String(currency)
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 8)}`;
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
/** An eval score (0–1 or a raw task score) with 4 decimals. */
function formatScore(v) {
    if (!finite(v))
        return DASH;
    return v.toFixed(4);
}


/***/ }),

/***/ 6482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ud: () => (/* reexport */ evaluateGates),
  NS: () => (/* reexport */ isDiffGate),
  GB: () => (/* reexport */ parseGateLines),
  MJ: () => (/* reexport */ parseGates)
});

// UNUSED EXPORTS: COMPARISON_OPS, GATES_SCHEMA_VERSION, GATE_OPS, GATE_OUTCOMES, GATE_OUTCOME_WORDS, GATE_SEVERITIES, compareSemver, describeElement, formatPath, gateAnnotations, gatesExitCode, isBlocking, lookupPredicateField, parseGate, parseSemver, predicateMatches, resolvePath, summarizeGateResults

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/core/gates/semver.ts
/**
 * Semantic-version comparison (semver.org 2.0.0, §11 precedence) for `semver<op>` gates. No
 * dependency: the grammar is small. Lenient in two documented ways: a leading `v` is allowed and
 * missing minor/patch parts count as 0 (`1.2` = `1.2.0`). Build metadata (`+...`) is ignored.
 */
const NUM = '(0|[1-9]\\d*)';
const IDENT = '[0-9A-Za-z-]+';
const SEMVER_RE = new RegExp(`^v?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+${IDENT}(?:\\.${IDENT})*)?$`);
/** Parses a version string; null when it is not a semantic version. */
function parseSemver(text) {
    const m = SEMVER_RE.exec(text.trim());
    if (!m)
        return null;
    const pre = m[4] === undefined ? [] : m[4].split('.');
    // A numeric pre-release identifier must not have leading zeros (semver §9).
    if (pre.some((p) => /^0\d+$/.test(p)))
        return null;
    return {
        major: Number(m[1]),
        minor: Number(m[2] ?? 0),
        patch: Number(m[3] ?? 0),
        prerelease: pre.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    };
}
function cmp(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Math.sign(a - b);
    // Numeric identifiers have lower precedence than alphanumeric ones.
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** -1, 0 or 1 by semver precedence (a release ranks above its pre-releases). */
function compareSemver(a, b) {
    for (const k of ['major', 'minor', 'patch']) {
        if (a[k] !== b[k])
            return Math.sign(a[k] - b[k]);
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length === 0 ? 1 : -1;
    }
    const n = Math.min(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < n; i++) {
        const c = cmp(a.prerelease[i], b.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return Math.sign(a.prerelease.length - b.prerelease.length);
}

;// CONCATENATED MODULE: ./src/core/gates/types.ts
/**
 * SLO gates (docs/GATES.md): one-line constraints `<path> <op> <value>` on any value of a report
 * (or, in compare mode, of the report diff), and the `gates` block they produce. The block mirrors
 * schemas/inferguard-gates-v1.schema.json field for field.
 */
const GATES_SCHEMA_VERSION = 'inferguard-gates/v1';
/** Plain comparison operators. */
const COMPARISON_OPS = ['<=', '<', '>=', '>', '==', '!='];
const GATE_OPS = [...COMPARISON_OPS, ...COMPARISON_OPS.map((o) => `semver${o}`)];
const GATE_SEVERITIES = ['error', 'warning'];
const GATE_OUTCOMES = (/* unused pure expression or super */ null && (['pass', 'fail', 'not_found', 'conflict', 'error']));

;// CONCATENATED MODULE: ./src/core/gates/parse.ts
/**
 * The gate parser: `<path> <op> <value>` (docs/GATES.md). Every malformed gate is a UsageError
 * with one line naming the gate and the 1-based column, e.g.
 * `gate 2, column 17: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'x'`.
 */



const KEY_CHAR = /[A-Za-z0-9_-]/;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const OPS_HINT = '(<=, <, >=, >, ==, !=, semver ops)';
// Longest first so `<=` wins over `<`.
const PLAIN_OPS = ['<=', '>=', '==', '!=', '<', '>'];
class Scanner {
    text;
    where;
    pos = 0;
    constructor(text, where) {
        this.text = text;
        this.where = where;
    }
    fail(message, pos = this.pos) {
        throw new types/* UsageError */.eb(`${this.where}, column ${pos + 1}: ${message}`);
    }
    eof() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skipWs() {
        while (!this.eof() && /\s/.test(this.peek()))
            this.pos++;
    }
    /** What sits at `pos`, for "got ..." in messages. */
    got(pos = this.pos) {
        if (pos >= this.text.length)
            return 'the end of the gate';
        let t = /^\S+/.exec(this.text.slice(pos))?.[0] ?? this.text.slice(pos, pos + 1);
        if (t.length > 24)
            t = `${t.slice(0, 23)}…`;
        return `'${t}'`;
    }
    /** A double-quoted string; `\"` and `\\` escape. */
    quoted() {
        const start = this.pos;
        this.pos++;
        let out = '';
        for (;;) {
            if (this.eof())
                this.fail('unterminated string: no closing double quote', start);
            const c = this.peek();
            this.pos++;
            if (c === '"')
                return out;
            if (c === '\\') {
                if (this.eof())
                    this.fail('unterminated string: no closing double quote', start);
                out += this.peek();
                this.pos++;
            }
            else {
                out += c;
            }
        }
    }
    /** A bare key ([A-Za-z0-9_-]+) or a quoted one; null when neither starts here. */
    key() {
        if (this.peek() === '"')
            return this.quoted();
        const start = this.pos;
        while (!this.eof() && KEY_CHAR.test(this.peek()))
            this.pos++;
        return this.pos > start ? this.text.slice(start, this.pos) : null;
    }
}
function parseSelector(s) {
    const open = s.pos;
    s.pos++; // '['
    s.skipWs();
    if (s.peek() === '*') {
        s.pos++;
        s.skipWs();
        if (s.peek() !== ']')
            s.fail(`expected ']' after '*', got ${s.got()}`);
        s.pos++;
        return { kind: 'wildcard' };
    }
    const idx = /^\d+/.exec(s.text.slice(s.pos))?.[0];
    if (idx !== undefined && /^\s*\]/.test(s.text.slice(s.pos + idx.length))) {
        s.pos += idx.length;
        s.skipWs();
        s.pos++;
        return { kind: 'index', index: Number(idx) };
    }
    const predicates = [];
    for (;;) {
        s.skipWs();
        if (s.eof())
            s.fail(`unclosed '['`, open);
        const keyStart = s.pos;
        const first = s.key();
        if (first === null)
            s.fail(`expected a predicate key=value, '*' or an index in '[...]', got ${s.got()}`);
        const key = [first];
        while (s.peek() === '.') {
            s.pos++;
            const part = s.key();
            if (part === null)
                s.fail(`expected a key after '.' in the predicate key, got ${s.got()}`);
            key.push(part);
        }
        s.skipWs();
        if (s.peek() !== '=')
            s.fail(`expected '=' after the predicate key '${s.text.slice(keyStart, s.pos).trim()}', got ${s.got()}`);
        s.pos++;
        s.skipWs();
        let value;
        let quoted = false;
        if (s.peek() === '"') {
            value = s.quoted();
            quoted = true;
        }
        else {
            const start = s.pos;
            while (!s.eof() && !/[\s,\]"=[]/.test(s.peek()))
                s.pos++;
            value = s.text.slice(start, s.pos);
            if (value === '')
                s.fail(`expected a value after '=' (quote values containing ',', ']' or '='), got ${s.got()}`);
        }
        predicates.push({ key, value, quoted });
        s.skipWs();
        if (s.eof())
            s.fail(`unclosed '['`, open);
        const c = s.peek();
        s.pos++;
        if (c === ']')
            return { kind: 'match', predicates };
        if (c !== ',')
            s.fail(`expected ',' or ']' after the predicate value (quote values containing ',', ']' or '='), got ${s.got(s.pos - 1)}`, s.pos - 1);
    }
}
function parsePath(s) {
    s.skipWs();
    const first = s.key();
    if (first === null)
        s.fail(`expected a path (e.g. cells[*].metrics.p99_ttft), got ${s.got()}`);
    const steps = [{ kind: 'key', key: first }];
    for (;;) {
        const c = s.peek();
        if (c === '.') {
            s.pos++;
            const key = s.key();
            if (key === null)
                s.fail(`expected a key after '.', got ${s.got()}`);
            steps.push({ kind: 'key', key });
        }
        else if (c === '[') {
            steps.push(parseSelector(s));
        }
        else {
            return steps;
        }
    }
}
function parseOp(s) {
    s.skipWs();
    const rest = s.text.slice(s.pos);
    const semver = rest.startsWith('semver');
    const body = semver ? rest.slice('semver'.length) : rest;
    const op = PLAIN_OPS.find((o) => body.startsWith(o));
    if (op === undefined)
        s.fail(`expected an operator ${OPS_HINT} after the path, got ${s.got()}`);
    s.pos += (semver ? 'semver'.length : 0) + op.length;
    return semver ? `semver${op}` : op;
}
function parseValue(s, op) {
    s.skipWs();
    const start = s.pos;
    if (s.eof())
        s.fail(`expected a value after '${op}', got the end of the gate`);
    let value;
    let quoted = false;
    if (s.peek() === '"') {
        value = s.quoted();
        quoted = true;
    }
    else {
        const token = /^\S+/.exec(s.text.slice(s.pos))?.[0] ?? '';
        s.pos += token.length;
        if (NUMBER_RE.test(token))
            value = Number(token);
        else if (token === 'true' || token === 'false')
            value = token === 'true';
        else if (token === 'null')
            s.fail(`'null' cannot be compared: a null value resolves to not_found; quote it ("null") to mean the string`, start);
        else
            value = token;
    }
    s.skipWs();
    if (!s.eof())
        s.fail(`unexpected text after the value, got ${s.got()}`);
    if (op.startsWith('semver')) {
        if (typeof value !== 'string' && typeof value !== 'number')
            s.fail(`expected a semantic version (e.g. 1.2.3) after '${op}', got ${s.got(start)}`, start);
        const text = typeof value === 'number' ? s.text.slice(start, s.pos).trim() : value;
        if (parseSemver(text) === null)
            s.fail(`expected a semantic version (e.g. 1.2.3) after '${op}', got ${s.got(start)}`, start);
        return text;
    }
    if (op !== '==' && op !== '!=' && typeof value !== 'number') {
        s.fail(`expected a number after '${op}', got ${s.got(start)}${quoted ? ' (strings only compare with == and !=, versions with semver ops)' : ''}`, start);
    }
    return value;
}
/** Parses one gate, at `where` in messages (e.g. "gate 2", "gates line 5"). */
function parseGateText(text, where, severity, name) {
    if (typeof text !== 'string' || text.trim() === '')
        throw new types/* UsageError */.eb(`${where}: empty gate; expected '<path> <op> <value>'`);
    const s = new Scanner(text, where);
    const path = parsePath(s);
    const op = parseOp(s);
    const expected = parseValue(s, op);
    const gate = { text: text.trim(), severity, path, op, expected };
    if (name !== undefined)
        gate.name = name;
    return gate;
}
/**
 * Parses one gate line `<path> <op> <value>`. `index` is the 0-based position in its list, used
 * in messages as "gate <index+1>". Throws UsageError (one line, with the column) when malformed.
 */
function parseGate(text, index) {
    return parseGateText(text, index === undefined ? 'gate' : `gate ${index + 1}`, 'error');
}
/**
 * Parses the config's `gates` list: each item a gate string or `{ gate, severity?, name? }`
 * (severity `error` — the default — or `warning`). `label` prefixes messages ("gate" by default).
 */
function parseGates(items, label = 'gate') {
    if (!Array.isArray(items))
        throw new types/* UsageError */.eb(`${label}s: expected a list of gates`);
    return items.map((item, i) => {
        const where = `${label} ${i + 1}`;
        if (typeof item === 'string')
            return parseGateText(item, where, 'error');
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            throw new types/* UsageError */.eb(`${where}: expected a string '<path> <op> <value>' or an object {gate, severity?, name?}, got ${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item}`);
        }
        const obj = item;
        const unknown = Object.keys(obj)
            .filter((k) => k !== 'gate' && k !== 'severity' && k !== 'name')
            .sort();
        if (unknown.length > 0)
            throw new types/* UsageError */.eb(`${where}: unknown key '${unknown[0]}' (allowed: gate, severity, name)`);
        if (typeof obj.gate !== 'string')
            throw new types/* UsageError */.eb(`${where}: 'gate' must be a string '<path> <op> <value>'`);
        const severity = obj.severity ?? 'error';
        if (!GATE_SEVERITIES.includes(severity)) {
            throw new types/* UsageError */.eb(`${where}: 'severity' must be 'error' or 'warning', got '${String(severity)}'`);
        }
        if (obj.name !== undefined && (typeof obj.name !== 'string' || obj.name.trim() === '')) {
            throw new types/* UsageError */.eb(`${where}: 'name' must be a non-empty string`);
        }
        return parseGateText(obj.gate, where, severity, obj.name);
    });
}
/** Index of a trailing ` # comment` (a `#` after whitespace, outside double quotes), else -1. */
function commentStart(line) {
    let inQuotes = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (inQuotes && c === '\\')
            i++;
        else if (c === '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
            return i;
    }
    return -1;
}
/**
 * Parses gates written one per line (the action input). Blank lines and `#` comment lines are
 * ignored; a trailing ` # comment` is allowed, and one that starts with the word `warning`
 * (` # warning: flaky on h100`) gives the gate severity warning (the action input has no other
 * place for it). Messages say "<label> line <n>, column <c>" with the column in the line.
 */
function parseGateLines(text, label = 'gates') {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        let body = line;
        let severity = 'error';
        const hash = commentStart(line);
        if (hash >= 0) {
            body = line.slice(0, hash);
            if (/^warning\b/i.test(line.slice(hash + 1).trim()))
                severity = 'warning';
        }
        if (body.trim() === '')
            return;
        out.push(parseGateText(body, `${label} line ${i + 1}`, severity));
    });
    return out;
}

;// CONCATENATED MODULE: ./src/core/gates/resolve.ts
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function has(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}
/** Where a single predicate key falls back to when an element has no such field. */
const PREDICATE_FALLBACKS = ['identity', 'topology'];
/** The value a predicate key names in an element; undefined when absent. */
function lookupPredicateField(el, key) {
    if (!isObj(el))
        return undefined;
    if (key.length > 1) {
        let v = el;
        for (const k of key) {
            if (!isObj(v) || !has(v, k))
                return undefined;
            v = v[k];
        }
        return v;
    }
    const k = key[0] ?? '';
    if (has(el, k))
        return el[k];
    for (const fb of PREDICATE_FALLBACKS) {
        const sub = el[fb];
        if (isObj(sub) && has(sub, k))
            return sub[k];
    }
    return undefined;
}
const resolve_NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** String/number equality of an element field and a predicate value (always text in the gate). */
function predicateMatches(field, p) {
    if (field === undefined)
        return false;
    if (field === null)
        return !p.quoted && p.value === 'null';
    if (typeof field === 'string')
        return field === p.value;
    if (typeof field === 'number')
        return resolve_NUMBER_RE.test(p.value) ? Number(p.value) === field : false;
    if (typeof field === 'boolean')
        return String(field) === p.value;
    return false;
}
/** Quotes a selector value when it holds characters the bare form cannot. */
function selectorValue(v) {
    return v === '' || /[\s,\]"=[]/.test(v) || v === 'null' ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : v;
}
function keyText(k) {
    return /^[A-Za-z0-9_-]+$/.test(k) ? k : `"${k.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/** Canonical text of one step. */
function formatStep(step, first = false) {
    switch (step.kind) {
        case 'key':
            return `${first ? '' : '.'}${keyText(step.key)}`;
        case 'wildcard':
            return '[*]';
        case 'index':
            return `[${step.index}]`;
        case 'match':
            return `[${step.predicates.map((p) => `${p.key.map(keyText).join('.')}=${p.quoted ? `"${p.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : p.value}`).join(',')}]`;
    }
}
function formatPath(steps) {
    return steps.map((s, i) => formatStep(s, i === 0)).join('');
}
/** Cell ids an element stands for: a report cell's `cell_id`, a diff cell's head/base ids. */
function cellIdsOf(el) {
    if (!isObj(el))
        return [];
    const out = [];
    for (const k of ['cell_id', 'head_cell_id', 'base_cell_id']) {
        const v = el[k];
        if (typeof v === 'string' && v !== '')
            out.push(v);
    }
    return out;
}
/** Fields that name an element, in order of preference. */
const ID_FIELDS = ['cell_id', 'key', 'head_cell_id', 'base_cell_id', 'id', 'name', 'metric', 'code'];
/** A short id of an element for messages: its first id field, else `#<index>`. */
function describeElement(el, index) {
    if (isObj(el)) {
        for (const k of ID_FIELDS) {
            const v = el[k];
            if (typeof v === 'string' || typeof v === 'number')
                return String(v);
        }
    }
    return `#${index}`;
}
/** A selector that picks exactly this element: an id field unique in the list, else its index. */
function concreteSelector(list, index) {
    const el = list[index];
    if (isObj(el)) {
        for (const k of ID_FIELDS) {
            const v = el[k];
            if (typeof v !== 'string' && typeof v !== 'number')
                continue;
            const same = list.filter((o) => isObj(o) && o[k] === v).length;
            if (same === 1)
                return `[${k}=${selectorValue(String(v))}]`;
        }
    }
    return `[${index}]`;
}
function kindOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}
function union(a, b) {
    return [...new Set([...a, ...b])].sort();
}
function availableKeys(o) {
    const keys = Object.keys(o).sort();
    if (keys.length === 0)
        return ' (it is empty)';
    const shown = keys.slice(0, 12).join(', ');
    return ` (has: ${shown}${keys.length > 12 ? `, … ${keys.length - 12} more` : ''})`;
}
function joinPath(path, step) {
    return path === '' && step.startsWith('.') ? step.slice(1) : `${path}${step}`;
}
function describeHere(path) {
    return path === '' ? 'the report' : path;
}
/** `.key` on the value: the field, or why there is none. */
function stepIntoKey(step, { value, path, cells }) {
    const here = describeHere(path);
    const next = joinPath(path, formatStep(step));
    if (value === null) {
        return { kind: 'not_found', message: `${here} is null, so it has no '${step.key}'.`, path: next, cells };
    }
    if (Array.isArray(value)) {
        return {
            kind: 'error',
            message: `${here} is a list; pick an element with [key=value] or [*] before '.${step.key}'.`,
            path: next,
            cells,
        };
    }
    if (!isObj(value)) {
        return {
            kind: 'error',
            message: `${here} is ${kindOf(value)}, not an object, so it has no '${step.key}'.`,
            path: next,
            cells,
        };
    }
    if (!has(value, step.key)) {
        return {
            kind: 'not_found',
            message: `key '${step.key}' not found in ${here}${availableKeys(value)}.`,
            path: next,
            cells,
        };
    }
    return [{ value: value[step.key], path: next, cells }];
}
/** `[k=v,...]` on a list: the one element matching every predicate, else not_found or a conflict naming the matches. */
function stepIntoMatch(step, list, { path, cells }) {
    const here = describeHere(path);
    const sel = formatStep(step);
    const hits = [];
    list.forEach((el, k) => {
        if (step.predicates.every((p) => predicateMatches(lookupPredicateField(el, p.key), p)))
            hits.push(k);
    });
    if (hits.length === 0) {
        return {
            kind: 'not_found',
            message: `none of the ${list.length} elements of ${here} matches ${sel}.`,
            path: path + sel,
            cells,
        };
    }
    if (hits.length > 1) {
        const matches = [...new Set(hits.map((k) => describeElement(list[k], k)))].sort();
        const involved = hits.reduce((acc, k) => union(acc, cellIdsOf(list[k])), cells);
        const shown = matches.slice(0, 10).join(', ') + (matches.length > 10 ? `, … ${matches.length - 10} more` : '');
        return {
            kind: 'conflict',
            message: `${hits.length} elements of ${here} match ${sel} (${shown}); add a predicate so exactly one matches.`,
            path: path + sel,
            cells: involved,
            matches,
        };
    }
    const k = hits[0] ?? 0;
    return [{ value: list[k], path: path + sel, cells: union(cells, cellIdsOf(list[k])) }];
}
/** A list step (`[*]`, `[n]`, `[k=v]`): the value must be a list. */
function stepIntoList(step, branch) {
    const { value, path, cells } = branch;
    const here = describeHere(path);
    const sel = formatStep(step);
    if (value === null) {
        return { kind: 'not_found', message: `${here} is null, so ${sel} selects nothing.`, path: path + sel, cells };
    }
    if (!Array.isArray(value)) {
        return {
            kind: 'error',
            message: `${here} is ${kindOf(value)}, not a list, so ${sel} does not apply.`,
            path: path + sel,
            cells,
        };
    }
    const list = value;
    if (step.kind === 'wildcard') {
        if (list.length === 0)
            return { kind: 'not_found', message: `${here} is empty, so [*] selects nothing.`, path: path + sel, cells };
        return list.map((el, k) => ({
            value: el,
            path: path + concreteSelector(list, k),
            cells: union(cells, cellIdsOf(el)),
        }));
    }
    if (step.kind === 'index') {
        if (step.index >= list.length) {
            return {
                kind: 'not_found',
                message: `${here} has ${list.length} elements, so there is no element ${step.index}.`,
                path: path + sel,
                cells,
            };
        }
        const el = list[step.index];
        return [{ value: el, path: path + sel, cells: union(cells, cellIdsOf(el)) }];
    }
    return stepIntoMatch(step, list, branch);
}
/**
 * Resolves `steps` from `root`. `prefix` is the text of the path up to `root` ('' for the report,
 * 'diff' for the diff document). Returns one resolution, or one per element of each `[*]`, in
 * list order.
 */
function resolvePath(steps, root, prefix = '') {
    const out = [];
    const walk = (branch, i) => {
        const step = steps[i];
        if (step === undefined) {
            out.push({ kind: 'value', value: branch.value, path: branch.path, cells: branch.cells });
            return;
        }
        const result = step.kind === 'key' ? stepIntoKey(step, branch) : stepIntoList(step, branch);
        if (Array.isArray(result))
            for (const next of result)
                walk(next, i + 1);
        else
            out.push(result);
    };
    walk({ value: root, path: prefix, cells: [] }, 0);
    return out;
}

;// CONCATENATED MODULE: ./src/core/gates/evaluate.ts



/** Shows a value in a message: numbers as written by JS, strings quoted. */
function show(v) {
    return typeof v === 'string' ? `'${v.length > 80 ? `${v.slice(0, 79)}…` : v}'` : String(v);
}
function holds(c, op) {
    switch (op) {
        case '<=':
            return c <= 0;
        case '<':
            return c < 0;
        case '>=':
            return c >= 0;
        case '>':
            return c > 0;
        case '==':
            return c === 0;
        case '!=':
            return c !== 0;
    }
}
/** Compares a resolved scalar with the gate's literal; a type mismatch is an error, never a fail. */
function compare(actual, gate) {
    const { op, expected } = gate;
    if (op.startsWith('semver')) {
        const plain = op.slice('semver'.length);
        if (typeof actual !== 'string')
            return { outcome: 'error', detail: `is ${typeof actual} ${show(actual)}, but '${op}' compares version strings` };
        const a = parseSemver(actual);
        const b = parseSemver(String(expected));
        if (a === null)
            return { outcome: 'error', detail: `is ${show(actual)}, which is not a semantic version` };
        if (b === null)
            return { outcome: 'error', detail: `expected value ${show(expected)} is not a semantic version` };
        return { outcome: holds(compareSemver(a, b), plain) ? 'pass' : 'fail' };
    }
    const plain = op;
    if (typeof expected === 'number') {
        if (typeof actual !== 'number')
            return {
                outcome: 'error',
                detail: `is ${typeof actual} ${show(actual)}, but '${op} ${expected}' compares numbers`,
            };
        return { outcome: holds(Math.sign(actual - expected), plain) ? 'pass' : 'fail' };
    }
    if (typeof actual !== typeof expected) {
        return {
            outcome: 'error',
            detail: `is ${typeof actual} ${show(actual)}, but '${op} ${show(expected)}' compares ${typeof expected}s`,
        };
    }
    // == / != on strings and booleans (the parser allows nothing else here).
    return { outcome: (actual === expected) === (plain === '==') ? 'pass' : 'fail' };
}
function resultFrom(gate, index, r) {
    const base = {
        index,
        gate: gate.text,
        ...(gate.name !== undefined ? { name: gate.name } : {}),
        severity: gate.severity,
        path: r.path,
        op: gate.op,
        expected: gate.expected,
        cells: [...r.cells].sort(),
    };
    const expectation = `${gate.op} ${show(gate.expected)}`;
    if (r.kind !== 'value') {
        return { ...base, outcome: r.kind, value: null, message: r.message, ...(r.matches ? { matches: r.matches } : {}) };
    }
    const v = r.value;
    if (v === null || v === undefined) {
        return {
            ...base,
            outcome: 'not_found',
            value: null,
            message: `${r.path}: value is null (not measured), so ${expectation} cannot be checked.`,
        };
    }
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') {
        const what = Array.isArray(v) ? 'a list' : 'an object';
        return {
            ...base,
            outcome: 'error',
            value: null,
            message: `${r.path} is ${what}, not a single value; extend the path to one value.`,
        };
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
        return { ...base, outcome: 'error', value: null, message: `${r.path} is not a finite number.` };
    }
    const verdict = compare(v, gate);
    const message = verdict.outcome === 'error'
        ? `${r.path} ${verdict.detail ?? 'cannot be compared'}.`
        : verdict.outcome === 'pass'
            ? `${r.path} = ${show(v)}, which satisfies ${expectation}.`
            : `${r.path} = ${show(v)}, which does not satisfy ${expectation}.`;
    return { ...base, outcome: verdict.outcome, value: v, message };
}
/** Counts of a results list. */
function summarizeGateResults(results, gates) {
    const count = (o) => results.filter((r) => r.outcome === o).length;
    return {
        gates,
        total: results.length,
        passed: count('pass'),
        failed: count('fail'),
        not_found: count('not_found'),
        conflict: count('conflict'),
        error: count('error'),
        blocking_failures: results.filter(isBlocking).length,
    };
}
/** A result that fails the step: severity error and any outcome but pass. */
function isBlocking(r) {
    return r.severity === 'error' && r.outcome !== 'pass';
}
/**
 * Evaluates gates in order. Paths starting with `diff` resolve in `doc.diff` (the compare
 * document, treated generically as nested objects and lists); every other path in `doc.report`.
 * Each gate gives one result, or one per element for each `[*]` in its path. Never throws:
 * every problem is an outcome (not_found, conflict, error) with a one-sentence message.
 */
function evaluateGates(gates, doc) {
    const results = [];
    gates.forEach((gate, i) => {
        const index = i + 1;
        let resolutions;
        const [head, ...rest] = gate.path;
        try {
            if (head?.kind === 'key' && head.key === 'diff') {
                resolutions =
                    doc.diff === undefined || doc.diff === null
                        ? [
                            {
                                kind: 'not_found',
                                message: `there is no diff document: paths starting with 'diff' need compare mode (a baseline).`,
                                path: formatPath(gate.path),
                                cells: [],
                            },
                        ]
                        : resolvePath(rest, doc.diff, 'diff');
            }
            else {
                resolutions = resolvePath(gate.path, doc.report);
            }
        }
        catch (e) {
            resolutions = [
                {
                    kind: 'error',
                    message: `resolving failed: ${e.message.split('\n')[0] ?? 'unknown error'}.`,
                    path: formatPath(gate.path),
                    cells: [],
                },
            ];
        }
        for (const r of resolutions)
            results.push(resultFrom(gate, index, r));
    });
    return { schema_version: GATES_SCHEMA_VERSION, summary: summarizeGateResults(results, gates.length), results };
}
/** 1 when any gate of severity error did not pass (fail, not_found, conflict, error); warnings never fail. */
function gatesExitCode(block) {
    return block.results.some(isBlocking) ? 1 : 0;
}
const OUTCOME_WORDS = {
    pass: 'passed',
    fail: 'failed',
    not_found: 'not found',
    conflict: 'conflict',
    error: 'error',
};
/** One job annotation per result that did not pass, in result order (level = gate severity). */
function gateAnnotations(block) {
    return block.results
        .filter((r) => r.outcome !== 'pass')
        .map((r) => ({
        level: r.severity,
        title: `Gate ${OUTCOME_WORDS[r.outcome]}: ${r.name ?? r.gate}`.slice(0, 200),
        message: r.message,
    }));
}


;// CONCATENATED MODULE: ./src/core/gates/select.ts
/** True for gates that address the compare diff (`diff.…`): they are evaluated by compare only. */
function isDiffGate(g) {
    const first = g.path[0];
    return first !== undefined && first.kind === 'key' && first.key === 'diff';
}

;// CONCATENATED MODULE: ./src/core/gates/index.ts
/**
 * SLO gates (docs/GATES.md): parse `<path> <op> <value>` constraints, resolve them strictly against
 * the report (and the report diff), and produce the `gates` block of report.json
 * (inferguard-gates/v1, a contract of src/schemas/validate.ts).
 */








/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   Ln: () => (/* binding */ LATENCY_STATS),
/* harmony export */   R: () => (/* binding */ metricInfo),
/* harmony export */   _I: () => (/* binding */ latencyKey),
/* harmony export */   aV: () => (/* binding */ EVAL_SCORE_RE),
/* harmony export */   e4: () => (/* binding */ NOISE_BAND_DEFAULTS),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   j3: () => (/* binding */ evalScoreNames),
/* harmony export */   yE: () => (/* binding */ LATENCY_BASES)
/* harmony export */ });
/* unused harmony exports DIRECTIONS, UNIT_FORMATTERS, metricLabel */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/**
 * The metric catalogue: for every canonical metric its unit, direction, label, kind, default
 * noise band and formatter. Findings, report.md, the comment (tables and charts), compare and the
 * gates read it, so one metric is named and formatted one way in a document. Units are fixed
 * here: latency in seconds, throughput in tokens/s (requests/s for `_rps`), rates as fractions
 * 0–1, bytes for offload counters. Direction lives on the metric, not on the source.
 */

const LATENCY_BASES = ['ttft', 'tpot', 'itl', 'e2el'];
const LATENCY_STATS = ['mean', 'p50', 'p90', 'p95', 'p99'];
/** `${stat}_${base}`, e.g. `p99_ttft` (seconds). */
function latencyKey(stat, base) {
    return `${stat}_${base}`;
}
const DIRECTIONS = (/* unused pure expression or super */ null && (['higher_is_better', 'lower_is_better', 'neutral']));
/**
 * Default noise bands, used when only aggregates exist. Relative fractions of the base value,
 * except success_rate (absolute, in rate units: 0.01 = one percentage point): latency ±8%
 * (the run-noise floor: a +10% shift on aggregates must not sit on the band), throughput ±5%,
 * cost ±5%, success rate 1 point; with one base run compare's run-noise floor (8%) applies on top
 * (docs/COMPARE.md).
 */
const NOISE_BAND_DEFAULTS = Object.freeze({
    latency: 0.08,
    throughput: 0.05,
    cost: 0.05,
    success_rate: 0.01,
});
/** One formatter per unit; `currency` is used by money only. */
const UNIT_FORMATTERS = {
    s: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo,
    'tok/s': _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ,
    'tok/s/GPU': _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ,
    'tok/s/user': _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ,
    'req/s': _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ,
    fraction: (v) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPct */ .R8)(v),
    B: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
    count: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4,
    tokens: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4,
    currency: (v, currency) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMoney */ .up)(v, currency),
    score: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y,
};
function entries(table) {
    const out = {};
    for (const [name, [unit, direction, label, kind, band, description]] of Object.entries(table))
        out[name] = { unit, direction, label, description: description ?? label, kind, band };
    return out;
}
function latencyEntries() {
    const out = {};
    for (const base of LATENCY_BASES)
        for (const stat of LATENCY_STATS) {
            const label = `${stat} ${base.toUpperCase()}`;
            out[latencyKey(stat, base)] = {
                unit: 's',
                direction: 'lower_is_better',
                label,
                description: label,
                kind: 'latency',
                band: 'latency',
            };
        }
    for (const stat of LATENCY_STATS) {
        out[`${stat}_intvty`] = {
            unit: 'tok/s/user',
            direction: 'higher_is_better',
            label: `${stat} interactivity`,
            description: `${stat} interactivity (1/TPOT)`,
            kind: 'throughput',
            band: null,
        };
    }
    return out;
}
/** Per-cell metrics (`cell.metrics`), completion and cost fields compare reads, by name. */
const METRICS = Object.freeze({
    ...entries({
        total_tput_tps: ['tok/s', 'higher_is_better', 'Total throughput', 'throughput', null, 'total token throughput'],
        input_tput_tps: ['tok/s', 'higher_is_better', 'Input throughput', 'throughput', null, 'input token throughput'],
        output_tput_tps: ['tok/s', 'higher_is_better', 'Output throughput', 'throughput', null, 'output token throughput'],
        tput_per_gpu: ['tok/s/GPU', 'higher_is_better', 'Tput/GPU', 'throughput', 'throughput', 'total throughput per GPU'],
        input_tput_per_gpu: [
            'tok/s/GPU',
            'higher_is_better',
            'Input tput/GPU',
            'throughput',
            null,
            'input throughput per prefill GPU',
        ],
        output_tput_per_gpu: [
            'tok/s/GPU',
            'higher_is_better',
            'Output tput/GPU',
            'throughput',
            'throughput',
            'output throughput per decode GPU',
        ],
        request_throughput_rps: ['req/s', 'higher_is_better', 'Request throughput', 'throughput', null],
    }),
    ...latencyEntries(),
    ...entries({
        theoretical_cache_hit_rate: ['fraction', 'neutral', 'Theoretical prefix hit rate', 'cache', null],
        server_gpu_cache_hit_rate: [
            'fraction',
            'higher_is_better',
            'GPU prefix-cache hit rate',
            'cache',
            null,
            'server GPU prefix-cache hit rate',
        ],
        server_cpu_cache_hit_rate: [
            'fraction',
            'higher_is_better',
            'CPU prefix-cache hit rate',
            'cache',
            null,
            'server CPU/offload prefix-cache hit rate',
        ],
        kv_offload_bytes_gpu_to_cpu: [
            'B',
            'neutral',
            'KV offload GPU→CPU',
            'kv',
            null,
            'KV bytes offloaded GPU→CPU over the run',
        ],
        kv_offload_bytes_cpu_to_gpu: [
            'B',
            'neutral',
            'KV load CPU→GPU',
            'kv',
            null,
            'KV bytes loaded CPU→GPU over the run',
        ],
        kv_cache_usage_p95: ['fraction', 'lower_is_better', 'GPU KV cache usage p95', 'kv', null],
        kv_cache_usage_max: ['fraction', 'lower_is_better', 'GPU KV cache usage max', 'kv', null],
        cpu_kv_cache_usage_p95: ['fraction', 'lower_is_better', 'CPU KV cache usage p95', 'kv', null],
        preemptions: ['count', 'lower_is_better', 'Preemptions', 'kv', null, 'preemptions over the run'],
        duration_seconds: ['s', 'neutral', 'Duration', 'run', null, 'measured duration'],
        total_input_tokens: ['tokens', 'neutral', 'Input tokens', 'run', null, 'input tokens of successful requests'],
        total_output_tokens: ['tokens', 'neutral', 'Output tokens', 'run', null, 'output tokens of successful requests'],
        gpus: ['count', 'neutral', 'GPUs', 'run', null, 'GPUs serving the cell'],
        // Completion (cell.completion) and cost (cell.cost) fields compare reads.
        success_rate: [
            'fraction',
            'higher_is_better',
            'Success',
            'completion',
            'success_rate',
            'successful / total requests',
        ],
        completed_requests: ['count', 'neutral', 'Completed requests', 'completion', null],
        completed_sessions: ['count', 'neutral', 'Completed sessions', 'completion', null],
        compute_cost: ['currency', 'neutral', 'Compute cost', 'cost', null],
        cost_per_completed_request: ['currency', 'lower_is_better', 'Cost per request', 'cost', 'cost'],
        cost_per_completed_session: ['currency', 'lower_is_better', 'Cost per session', 'cost', 'cost'],
        cost_per_million_input_tokens: ['currency', 'lower_is_better', 'Cost per 1M input tokens', 'cost', 'cost'],
        cost_per_million_output_tokens: ['currency', 'lower_is_better', 'Cost per 1M output tokens', 'cost', 'cost'],
    }),
});
/** Eval scores (`eval_<task>_score`): higher is better, 3 decimals, decided by the standard error. */
const EVAL_SCORE_RE = /^eval_(.+)_score$/;
/** `eval_<task>_score` metric names present in any of the cells, sorted. */
function evalScoreNames(...cells) {
    const names = new Set();
    for (const c of cells)
        for (const k of Object.keys(c?.metrics ?? {}))
            if (EVAL_SCORE_RE.test(k))
                names.add(k);
    return [...names].sort();
}
/** The catalogue entry of `name` (eval scores included), or null for an unknown metric. */
function metricInfo(name) {
    const known = METRICS[name];
    if (known)
        return known;
    const m = EVAL_SCORE_RE.exec(name);
    if (m) {
        const label = `${m[1]} score`;
        return { unit: 'score', direction: 'higher_is_better', label, description: label, kind: 'eval', band: null };
    }
    return null;
}
/** The metric's human label (its name when unknown). */
function metricLabel(name) {
    return metricInfo(name)?.label ?? name;
}
/** Formats a value of `name` the one way it is shown everywhere (unknown metrics as counts). */
function formatMetric(name, value, currency = 'USD') {
    const info = metricInfo(name);
    return UNIT_FORMATTERS[info?.unit ?? 'count'](value, currency);
}


/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ studentTUpper),
/* harmony export */   J7: () => (/* binding */ incompleteBeta),
/* harmony export */   nc: () => (/* binding */ fUpper),
/* harmony export */   px: () => (/* binding */ twoSidedNormalP),
/* harmony export */   su: () => (/* binding */ normalUpper),
/* harmony export */   zU: () => (/* binding */ studentTQuantileUpper)
/* harmony export */ });
/* unused harmony exports erfc, lnGamma, studentTCdf, studentTTwoSidedP, studentTLocationScaleUpper, studentTLocationScaleQuantileUpper */
/**
 * Distributions: the standard normal, Student's t (upper tail, cdf, two-sided p, quantile, and a
 * location-scale form), the F upper tail, and the special functions under them (erfc, ln Γ, the
 * regularized incomplete beta). Pure and deterministic.
 *
 * Our own code at run time, @stdlib as the test oracle: the bundle stays small and the numerics
 * carry no runtime dependency, while test/core/stats/oracle.test.ts checks every function here
 * against the @stdlib packages (devDependencies only) over a grid. Worst errors measured there
 * (relative unless said otherwise; tails are compared in relative terms, down to 1e-300):
 *
 *   erfc, normalUpper          1.1e-7 (Numerical Recipes `erfcc`, bound 1.2e-7)
 *   lnGamma                    1.8e-10 absolute for x ≤ 1e3, 3e-14 relative beyond (NR `gammln`)
 *   incompleteBeta             6.8e-11 (a, b in [0.25, 100]; the ln Γ prefactor bounds it)
 *   studentTUpper, two-sided   3.4e-12 (df 0.5 to 200, |t| from 1e-3 into the far tail)
 *   fUpper                     1.9e-11 (d1, d2 from 0.7 to 200)
 *   studentTQuantileUpper      1.2e-12 (df 0.5 to 200, p from 1e-12 to 1 − 1e-12; 1e-13 for p
 *                              from ½ − 0.1 to ½ − 1e-15 against closed forms): the root of
 *                              studentTUpper to the last bit, so about the tail's relative error
 *                              divided by |d ln P / d ln t|
 */
/**
 * Complementary error function, Numerical Recipes `erfcc` (Press et al., Numerical Recipes in C,
 * 2nd ed., §6.2): Chebyshev fit with fractional error below 1.2e-7 everywhere, so tail
 * p-values stay accurate in relative terms (needed for Benjamini-Hochberg over many cells).
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const ans = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
}
/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z|/√2). */
function twoSidedNormalP(z) {
    if (!Number.isFinite(z))
        return Number.isNaN(z) ? 1 : 0;
    return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
/** Upper tail P(Z ≥ z) of the standard normal (from erfc, relative error < 1.2e-7). */
function normalUpper(z) {
    if (!Number.isFinite(z))
        return z > 0 ? 0 : 1;
    const half = 0.5 * erfc(Math.abs(z) / Math.SQRT2);
    return z >= 0 ? half : 1 - half;
}
/** ln Γ(x) for x > 0, Lanczos approximation (Numerical Recipes `gammln`, error < 2e-10). */
function lnGamma(x) {
    const cof = [
        76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
        -0.5395239384953e-5,
    ];
    let y = x;
    const tmp0 = x + 5.5;
    const tmp = tmp0 - (x + 0.5) * Math.log(tmp0);
    let ser = 1.000000000190015;
    for (const c of cof)
        ser += c / ++y;
    return -tmp + Math.log((2.5066282746310005 * ser) / x);
}
/** Continued fraction of the incomplete beta function (Numerical Recipes `betacf`). */
function betacf(a, b, x) {
    const MAXIT = 300;
    const EPS = 3e-14;
    const FPMIN = 1e-300;
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < FPMIN)
        d = FPMIN;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= MAXIT; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = 1 + aa / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = 1 + aa / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b) (a, b > 0). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    return incompleteBetaPair(x, 1 - x, Math.log(x), Math.log(1 - x), a, b);
}
/**
 * I_x(a, b) given x, y = 1 − x and their logarithms, each computed by the caller without
 * cancellation (0 < x < 1): the complement branch then uses y as given rather than 1 − x, which
 * keeps I accurate when x is within rounding of 1.
 */
function incompleteBetaPair(x, y, lnx, lny, a, b) {
    const bt = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * lnx + b * lny);
    return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, y)) / b;
}
/**
 * Upper tail P(T ≥ t) of Student's t with `df` > 0 degrees of freedom (any real df; df = ∞ is the
 * normal): ½ I_x(df/2, ½) with x = df/(df + t²). x, 1 − x and their logarithms are formed from
 * r = df/t² (or its inverse, whichever is ≤ 1) without cancellation or overflow, so the tail is
 * accurate in relative terms however far out (t² beyond the double range included, for df < 1)
 * and near t = 0 alike. NaN when df is not > 0.
 */
function studentTUpper(t, df) {
    if (!Number.isFinite(t))
        return t > 0 ? 0 : 1;
    if (!(df > 0))
        return NaN;
    if (df === Infinity)
        return normalUpper(t);
    const at = Math.abs(t);
    const tail = at === 0 ? 0.5 : 0.5 * tBeta(at, df);
    return t >= 0 ? tail : 1 - tail;
}
/** I_x(df/2, ½) at x = df/(df + t²), t > 0: twice the upper tail. */
function tBeta(at, df) {
    const lnDf = Math.log(df);
    const lnT2 = 2 * Math.log(at);
    if (at * at > df) {
        const r = df / at / at; // < 1; may underflow to 0, the logs below stay exact
        const l = Math.log1p(r);
        return incompleteBetaPair(r / (1 + r), 1 / (1 + r), lnDf - lnT2 - l, -l, df / 2, 0.5);
    }
    const s = (at / df) * at; // t²/df ≤ 1
    const l = Math.log1p(s);
    return incompleteBetaPair(1 / (1 + s), s / (1 + s), -l, lnT2 - lnDf - l, df / 2, 0.5);
}
/** I_y(½, df/2) at y = t²/(df + t²), t ≥ 0: twice the central mass P(0 < T < t), accurate near 0. */
function tCentral(at, df) {
    if (at === 0)
        return 0;
    if (at * at > df)
        return 1 - tBeta(at, df);
    const s = (at / df) * at;
    const l = Math.log1p(s);
    return incompleteBetaPair(s / (1 + s), 1 / (1 + s), 2 * Math.log(at) - Math.log(df) - l, -l, 0.5, df / 2);
}
/** Cumulative distribution P(T ≤ t) of Student's t (accurate in the lower tail). */
function studentTCdf(t, df) {
    return studentTUpper(-t, df);
}
/** Two-sided p-value of a t statistic: P(|T| ≥ |t|) = I_x(df/2, ½), capped at 1. */
function studentTTwoSidedP(t, df) {
    return Math.min(1, 2 * studentTUpper(Math.abs(t), df));
}
const quantileMemo = new Map();
/**
 * The quantile t with P(T ≥ t) = p, for any df > 0 (real, including df < 1) and any p in (0, 1):
 * for p < ½ the bracket [0, 1] doubles upward until it holds the root, then bisection runs to
 * adjacent doubles, so the result is the root of studentTUpper to the last bit (see the header for
 * what that means in accuracy); p > ½ is −(the quantile at 1 − p), p = ½ is 0. No fixed bracket:
 * ±∞ only when the quantile is beyond the double range (df ≲ 0.02 at p = 1e-12), or at p = 0 / 1.
 * NaN outside [0, 1] or for df not > 0. Memoised.
 */
function studentTQuantileUpper(p, df) {
    const key = `${p}|${df}`;
    const hit = quantileMemo.get(key);
    if (hit !== undefined)
        return hit;
    const v = quantileSolve(p, df);
    if (quantileMemo.size < 4096)
        quantileMemo.set(key, v);
    return v;
}
function quantileSolve(p, df) {
    if (!(p >= 0 && p <= 1) || !(df > 0))
        return NaN;
    if (p === 0)
        return Infinity;
    if (p === 1)
        return -Infinity;
    if (p === 0.5)
        return 0;
    // 1 − p is exact for p in (½, 1) (Sterbenz), and the root is then found in the accurate tail.
    if (p > 0.5)
        return -quantileSolve(1 - p, df);
    // Near ½ the root is found on the central mass P(0 < T < t) = ½ I_y(½, df/2) against ½ − p
    // (exact for p ≥ ¼): studentTUpper there is ½ minus a small term, rounded to 1e-16 absolute.
    const gap = 0.5 - p;
    const above = p >= 0.25 ? (t) => 0.5 * tCentral(t, df) < gap : (t) => studentTUpper(t, df) > p;
    let lo = 0;
    let hi = 1;
    while (above(hi)) {
        lo = hi;
        hi *= 2;
        if (hi === Infinity)
            return Infinity;
    }
    // At most ~1100 halvings take a bracket of width ≤ 2^1023 down to adjacent doubles.
    for (let i = 0; i < 2200; i++) {
        const mid = lo + (hi - lo) / 2;
        if (mid === lo || mid === hi)
            break;
        if (above(mid))
            lo = mid;
        else
            hi = mid;
    }
    return lo + (hi - lo) / 2;
}
/** Upper tail P(X ≥ x) of the location-scale t: X = location + scale · T (scale > 0). */
function studentTLocationScaleUpper(x, df, location, scale) {
    return studentTUpper((x - location) / scale, df);
}
/** The x with P(X ≥ x) = p for X = location + scale · T (scale > 0). */
function studentTLocationScaleQuantileUpper(p, df, location, scale) {
    return location + scale * studentTQuantileUpper(p, df);
}
/** Upper tail P(F ≥ f) of the F distribution with (d1, d2) degrees of freedom. */
function fUpper(f, d1, d2) {
    if (!(f > 0))
        return 1;
    if (!Number.isFinite(f))
        return 0;
    return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ benjaminiHochberg)
/* harmony export */ });
/* unused harmony exports bivariateNormalUpper, hunterUnionBound, familyTestLevel */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);
/**
 * Multiplicity: Benjamini-Hochberg q-values (false discovery rate over many cells), and the
 * per-test level that holds a family of correlated one-sided or two-sided tests at a family-wise
 * level (Hunter's bound on bivariate normal tail probabilities). Pure and deterministic.
 */

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in input order:
 * q_(i) = min_{j ≥ i} ( m · p_(j) / j ), capped at 1 (Benjamini & Hochberg 1995). Rejecting
 * q ≤ α controls the false discovery rate at α for independent (or positively dependent) tests.
 * Ties in p are ordered by input index so the result is deterministic.
 */
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    const order = pValues
        .map((p, idx) => ({ p: Number.isFinite(p) ? p : 1, idx }))
        .sort((x, y) => x.p - y.p || x.idx - y.idx);
    const q = new Array(m).fill(1);
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
        const o = order[k];
        running = Math.min(running, (o.p * m) / (k + 1));
        q[o.idx] = Math.min(1, running);
    }
    return q;
}
/**
 * P(Z₁ ≥ c, Z₂ ≥ c) of a standard bivariate normal with correlation ρ, by Plackett's identity
 * ∂P/∂ρ = φ₂(c, c; ρ) integrated from 0 with r = sin θ (smooth even as ρ → ±1):
 * P = Φ̄(c)² + (1/2π) ∫₀^{asin ρ} exp(−c² / (1 + sin θ)) dθ (composite Simpson, 64 panels).
 */
function bivariateNormalUpper(c, rho) {
    const r = Math.max(-1, Math.min(1, rho));
    const top = Math.asin(r);
    const f = (th) => {
        const s = 1 + Math.sin(th);
        return s <= 0 ? 0 : Math.exp((-c * c) / s);
    };
    const n = 64;
    const h = top / n;
    let sum = f(0) + f(top);
    for (let i = 1; i < n; i++)
        sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
    const p = normalUpper(c) ** 2 + ((h / 3) * sum) / (2 * Math.PI);
    return Math.max(0, Math.min(normalUpper(c), p));
}
/**
 * Hunter's (1976) upper bound on P(∪ᵢ {Zᵢ ≥ c}) (one-sided) or P(∪ᵢ {|Zᵢ| ≥ c}) (two-sided) for
 * standard normals with correlation matrix R: Σ P(single) − Σ over a maximum spanning tree (by
 * |ρ|) of P(pair). Valid for any joint law with these bivariate margins (a sharpened Bonferroni),
 * and tight when the tests are strongly correlated.
 */
function hunterUnionBound(c, correlation, twoSided = false) {
    const m = correlation.length;
    if (m === 0)
        return 0;
    const p1 = twoSided ? 2 * normalUpper(c) : normalUpper(c);
    const pair = (r) => twoSided ? 2 * (bivariateNormalUpper(c, r) + bivariateNormalUpper(c, -r)) : bivariateNormalUpper(c, r);
    const weight = (i, j) => {
        const r = correlation[i]?.[j] ?? 0;
        return twoSided ? Math.abs(r) : r;
    };
    // Prim's algorithm on the pairwise joint probabilities (monotone in the weight).
    const inTree = new Array(m).fill(false);
    const best = new Array(m).fill(-Infinity);
    inTree[0] = true;
    for (let j = 1; j < m; j++)
        best[j] = weight(0, j);
    let joint = 0;
    for (let step = 1; step < m; step++) {
        let k = -1;
        for (let j = 0; j < m; j++)
            if (!inTree[j] && (k < 0 || best[j] > best[k]))
                k = j;
        inTree[k] = true;
        joint += pair(best[k]);
        for (let j = 0; j < m; j++)
            if (!inTree[j])
                best[j] = Math.max(best[j], weight(k, j));
    }
    return Math.min(1, m * p1 - joint);
}
/**
 * Per-test level p* (one-sided, or two-sided) that holds a family of correlated tests with
 * correlation matrix R at `alpha`: the c with hunterUnionBound(c, R) = alpha, p* = P(single ≥ c).
 * Between alpha / m (Bonferroni, independent) and alpha (one test, or all perfectly correlated).
 */
function familyTestLevel(correlation, alpha, twoSided = false) {
    const m = correlation.length;
    if (m <= 1)
        return alpha;
    let lo = 0;
    let hi = 40;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if (hunterUnionBound(mid, correlation, twoSided) > alpha)
            lo = mid;
        else
            hi = mid;
    }
    const single = twoSided ? 2 * normalUpper(hi) : normalUpper(hi);
    return Math.max(alpha / m, Math.min(alpha, single));
}


/***/ }),

/***/ 6525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ summarizeSorted),
/* harmony export */   DZ: () => (/* binding */ SampleColumn),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   oq: () => (/* binding */ NumberColumn),
/* harmony export */   p6: () => (/* binding */ EMPTY_SAMPLE),
/* harmony export */   pc: () => (/* binding */ pooledSpread),
/* harmony export */   vS: () => (/* binding */ percentileSorted),
/* harmony export */   y_: () => (/* binding */ putPercentileAccuracy)
/* harmony export */ });
/* unused harmony exports PERCENTILE_MIN_SAMPLES, SAMPLE_SKETCH_SIZE, sortFloat64, sketchSorted, EXACT_SAMPLE_LIMIT, SKETCH_RELATIVE_ACCURACY */
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
/** Pools groups of run-level values (log scale): the within-group variance, and its degrees of freedom. */
function pooledSpread(groups) {
    let ss = 0;
    let df = 0;
    for (const g of groups) {
        if (g.length < 2)
            continue;
        const m = g.reduce((s, x) => s + x, 0) / g.length;
        for (const x of g)
            ss += (x - m) ** 2;
        df += g.length - 1;
    }
    if (df === 0)
        return null;
    return { sd: Math.sqrt(ss / df), df };
}


/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ DEFAULT_THRESHOLDS)
/* harmony export */ });
/* unused harmony export THRESHOLD_TABLE */
/**
 * The one thresholds table: every named analyzer threshold with its default, the JSON-schema
 * constraint of its `--config` key and the reason. The `Thresholds` type and DEFAULT_THRESHOLDS
 * are derived from it; test/core/thresholds.test.ts checks that
 * schemas/inferguard-config-v1.schema.json's `thresholds` section says exactly this. A new
 * threshold is one row here plus the same row in the schema (the test names what is missing).
 */
const fraction01 = { type: 'number', exclusiveMinimum: 0, maximum: 1 };
const nonNegative = { type: 'number', minimum: 0 };
const ratioAbove1 = { type: 'number', exclusiveMinimum: 1 };
const positive = { type: 'number', exclusiveMinimum: 0 };
const absoluteRate = { type: 'number', minimum: 0, maximum: 1 };
const optionalSlo = { type: ['number', 'null'], exclusiveMinimum: 0 };
const THRESHOLD_TABLE = {
    partial_run_min_success: {
        default: 0.95,
        schema: fraction01,
        doc: 'partial_run fires below this success rate (InferGuard _finalize_cell uses 0.95).',
    },
    ttft_cliff_ratio: {
        default: 2.0,
        schema: ratioAbove1,
        doc: 'ttft_cliff: tail TTFT ratio between neighbouring concurrency points.',
    },
    ttft_cliff_max_tput_gain: {
        default: 0.1,
        schema: nonNegative,
        doc: 'ttft_cliff: throughput gain below which a TTFT jump is a cliff (fraction).',
    },
    tpot_degradation_ratio: {
        default: 1.5,
        schema: ratioAbove1,
        doc: 'tpot_degradation: tail TPOT ratio vs the previous point, and vs the baseline cell.',
    },
    plateau_max_gain: {
        default: 0.05,
        schema: nonNegative,
        doc: 'throughput_plateau: throughput gain below which a step is flat (fraction).',
    },
    plateau_min_latency_worsening: {
        default: 0.1,
        schema: nonNegative,
        doc: 'throughput_plateau: tail TTFT/TPOT worsening that makes a flat step a plateau (fraction).',
    },
    kv_pressure_usage: { default: 0.95, schema: fraction01, doc: 'kv_pressure: GPU KV usage p95 (fraction 0–1).' },
    kv_pressure_cpu_usage: { default: 0.9, schema: fraction01, doc: 'kv_pressure: CPU KV usage p95 (fraction 0–1).' },
    kv_offload_thrash_min_ttft_worsening: {
        default: 0.2,
        schema: nonNegative,
        doc: 'kv_offload_thrash: p99 TTFT worsening along the family (fraction).',
    },
    kv_offload_thrash_max_tput_gain: {
        default: 0.1,
        schema: nonNegative,
        doc: 'kv_offload_thrash: throughput gain below which the latency worsening is not load (fraction).',
    },
    prefix_cache_gap: {
        default: 0.1,
        schema: absoluteRate,
        doc: 'prefix_cache_regression: gap below the theoretical hit rate (absolute).',
    },
    prefix_cache_drop: {
        default: 0.1,
        schema: absoluteRate,
        doc: 'prefix_cache_regression: drop vs the lower-concurrency point and vs the baseline cell (absolute).',
    },
    kv_transfer_errors_critical: {
        default: 100,
        schema: { type: 'integer', minimum: 1 },
        doc: 'kv_transfer_errors_present becomes critical at this error total.',
    },
    kv_transfer_stall_min_samples: {
        default: 3,
        schema: { type: 'integer', minimum: 2 },
        doc: 'kv_transfer_stall: samples without transfer growth while requests run.',
    },
    imbalance_ratio_low: {
        default: 0.5,
        schema: positive,
        doc: 'prefill_decode_imbalance: lower edge of the running-request ratio band.',
    },
    imbalance_ratio_high: {
        default: 2.0,
        schema: positive,
        doc: 'prefill_decode_imbalance: upper edge of the running-request ratio band.',
    },
    imbalance_min_samples: {
        default: 3,
        schema: { type: 'integer', minimum: 1 },
        doc: 'prefill_decode_imbalance: samples outside the band before it fires.',
    },
    eval_regression_min_drop: {
        default: 0.01,
        schema: nonNegative,
        doc: 'eval_regression: absolute drop vs the baseline used when no standard error is known.',
    },
    max_json_bytes: {
        default: 256 * 1024 * 1024,
        schema: { type: 'integer', minimum: 1 },
        doc: 'JSON files above this size are refused with a finding (bytes; 256 MB).',
    },
    min_family_points: {
        default: 2,
        schema: { type: 'integer', minimum: 2 },
        doc: 'Minimum usable points in a family before curve rules may fire. A TTFT cliff needs one step (2 points), a plateau two steps (3 points) whatever this says; a larger value raises both.',
    },
    slo_ttft_p99_s: {
        default: null,
        schema: optionalSlo,
        doc: 'Optional TTFT SLO for the goodput view (seconds); null when not configured.',
    },
    slo_tpot_p99_s: {
        default: null,
        schema: optionalSlo,
        doc: 'Optional TPOT SLO for the goodput view (seconds); null when not configured.',
    },
};
const DEFAULT_THRESHOLDS = Object.freeze(Object.fromEntries(Object.entries(THRESHOLD_TABLE).map(([name, def]) => [name, def.default])));


/***/ }),

/***/ 3103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_4__.Eg),
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6104);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/**
 * Reading the --config file and the "no report" error, shared by analyze, compare and the action
 * without pulling in the source adapters.
 */





/** Loads and validates a config file; defaults when `file` is undefined. Problems are UsageErrors. */
async function loadConfig(file) {
    if (!file)
        return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .s)();
    // Loaded on demand: the config parser pulls in the YAML parser, which a run without --config
    // (and `inferguard comment`) never needs.
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(489)]).then(__webpack_require__.bind(__webpack_require__, 4489));
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
  Jm: () => (/* reexport */ errors/* IngestReadError */.Jm),
  q_: () => (/* binding */ createIngestContext),
  OG: () => (/* binding */ jsonErrorPosition),
  jf: () => (/* binding */ scanResultsDir)
});

// UNUSED EXPORTS: DEFAULT_TIMELINE_NAME, DIR_AS_FILE, DIR_NAMED_LIKE_FILE, globToRegExp, isInside

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
 * End of the field starting at `i` on a line ending at `b` (a quoted field: after its closing quote,
 * which must end the field); -1 at a quote the byte path does not handle.
 */
function fieldEnd(buf, i, b) {
    if (i < b && buf[i] === 34) {
        let j = i + 1;
        for (;;) {
            const q = buf.indexOf(34, j);
            if (q < 0 || q >= b)
                return -1;
            if (q + 1 < b && buf[q + 1] === 34) {
                j = q + 2;
                continue;
            }
            return q + 1 < b && buf[q + 1] !== 44 ? -1 : q + 1;
        }
    }
    let e = i;
    for (;;) {
        if (e >= b)
            return e;
        const c = buf[e];
        if (c === 44)
            return e;
        if (c === 34)
            return -1; // a quote inside an unquoted field
        e++;
    }
}
/** The fields of the line [a, b) into the cursor (starts, ends, count); false at an unhandled quote. */
function splitRecord(buf, a, b, cursor) {
    let n = 0;
    let i = a;
    for (;;) {
        const e = fieldEnd(buf, i, b);
        if (e < 0)
            return false;
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
    return true;
}
/** The header names of the cursor's record, wanted columns indexed; null on a duplicate or `__proto__` name. */
function readHeader(buf, cursor, columns) {
    const names = [];
    for (let k = 0; k < cursor.count; k++)
        names.push(fieldValue(buf, cursor.starts[k], cursor.ends[k]));
    if (new Set(names).size !== names.length || names.includes('__proto__'))
        return null;
    for (let c = 0; c < columns.length; c++)
        cursor.index[c] = names.indexOf(columns[c]);
    return names;
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
            if (!splitRecord(buf, a, b, cursor))
                return false;
            cursor.line = lineNo;
            if (header === null) {
                header = readHeader(buf, cursor, columns);
                return header !== null;
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
// EXTERNAL MODULE: ./src/sources/lib/head.ts
var lib_head = __webpack_require__(7354);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/io/ingest-context.ts
/**
 * The filesystem side of ingestion: walks the results root (skipping report output folders and
 * symlink loops), and gives adapters size-capped, streamed, finding-friendly reads.
 */








/** Folder names that hold our own output; never read back as input. */
const DEFAULT_OUTPUT_DIR_NAME = 'inferguard_report';


/** Names of the files formats read: an entry with such a name that is not a regular file is reported critical. */
const DATA_FILE_NAME = /\.(?:json|jsonl|csv)$/i;
/** A directory where a format's data file would be: reported (its contents are still walked). */
const DIR_AS_FILE = 'is a directory, not the data file its name says';
/** A directory with a data file's name that holds files: reported as info, its files are read. */
const DIR_NAMED_LIKE_FILE = 'is a directory named like a data file; the files inside it are read';
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
    let rootReal;
    try {
        rootReal = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        rootReal = external_node_path_default().resolve(root);
    }
    const w = {
        files: [],
        problems: [],
        seenReal: new Set(),
        excluded: new Set(excludeDirs.map((d) => external_node_path_default().resolve(d))),
        rootReal,
    };
    await walkDir(w, root, '', null);
    w.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: w.files, problems: w.problems };
}
/**
 * A directory carrying a data file's name (`x.json/`) is walked like any folder. It is critical
 * when it holds no file: then it stands where a format's file would. One that holds files is a
 * producer's output folder (lm-eval's `--output_path x.json` makes one) and only an info finding.
 */
async function walkDataNamedDir(w, abs, rel, real, dataName) {
    const before = w.files.length;
    await walkDir(w, abs, rel, real);
    if (!dataName)
        return;
    if (w.files.length === before)
        w.problems.push({ path: rel, message: DIR_AS_FILE, critical: true });
    else
        w.problems.push({ path: rel, message: DIR_NAMED_LIKE_FILE, info: true });
}
/**
 * Walks one folder. `knownReal`: the real path of `absDir` when the caller knows it (a plain
 * directory entry, not a symlink, of a folder whose real path is known is that real path + its
 * name), else null.
 */
async function walkDir(w, absDir, relDir, knownReal) {
    // Synchronous fs calls on purpose: a sweep is thousands of tiny files, and each awaited call
    // is a thread-pool round trip (a 2,000-cell sweep spent ~4 s idle in them); nothing else runs
    // while the analyzer scans and reads.
    let real;
    try {
        // realpathSync lstats every component of the path: ~4 lstats per folder of a sweep.
        real = knownReal ?? (0,external_node_fs_.realpathSync)(absDir);
    }
    catch (e) {
        w.problems.push({ path: relDir || '.', message: `unreadable directory (${ingest_context_errCode(e)})` });
        return;
    }
    if (w.seenReal.has(real)) {
        w.problems.push({ path: relDir || '.', message: 'symlink loop or repeated directory, skipped' });
        return;
    }
    w.seenReal.add(real);
    let entries;
    try {
        // With types: a plain sub-folder needs neither an lstat nor a realpath (files still get
        // their lstat, for size and mtime; symlinks and unknown types go the lstat/stat way).
        entries = (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true });
    }
    catch (e) {
        w.problems.push({ path: relDir || '.', message: `unreadable directory (${ingest_context_errCode(e)})` });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A folder that holds one of our previous reports is output, not input.
    if (relDir !== '' &&
        entries.some((e) => e.name === 'report.json') &&
        (await isOurReport(external_node_path_default().join(absDir, 'report.json')))) {
        return;
    }
    for (const entry of entries)
        await visitEntry(w, entry, absDir, relDir, real);
}
/** One folder entry: a sub-folder is walked, a regular file listed, anything else a problem. */
async function visitEntry(w, entry, absDir, relDir, real) {
    const name = entry.name;
    const abs = external_node_path_default().join(absDir, name);
    const rel = relDir ? `${relDir}/${name}` : name;
    const dataName = DATA_FILE_NAME.test(name);
    if (entry.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || w.excluded.has(external_node_path_default().resolve(abs)))
            return;
        await walkDataNamedDir(w, abs, rel, external_node_path_default().join(real, name), dataName);
        return;
    }
    const st = entryStats(w, abs, rel, dataName);
    if (st === null)
        return;
    if (st.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || w.excluded.has(external_node_path_default().resolve(abs)))
            return;
        await walkDataNamedDir(w, abs, rel, null, dataName);
    }
    else if (st.isFile()) {
        w.files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
    }
    else {
        w.problems.push({ path: rel, message: `is ${(0,safe_open/* entryKind */.FY)(st)}, not a regular file; not read`, critical: dataName });
    }
}
/** The entry's stats (a symlink's target's, when it stays inside the root); null with a problem otherwise. */
function entryStats(w, abs, rel, dataName) {
    try {
        const l = (0,external_node_fs_.lstatSync)(abs);
        if (!l.isSymbolicLink())
            return l;
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(abs);
        }
        catch (e) {
            w.problems.push({ path: rel, message: `broken symlink (${ingest_context_errCode(e)}); not read`, critical: dataName });
            return null;
        }
        if (!isInside(w.rootReal, target)) {
            w.problems.push({
                path: rel,
                message: 'is a symlink whose target is outside the results folder; not followed',
                critical: dataName,
            });
            return null;
        }
        return (0,external_node_fs_.statSync)(abs);
    }
    catch (e) {
        w.problems.push({ path: rel, message: `unreadable entry (${ingest_context_errCode(e)})`, critical: dataName });
        return null;
    }
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
function tooLarge(rel, size, cap) {
    return {
        ok: false,
        reason: 'too_large',
        message: `${rel} is ${size} bytes, above the ${cap}-byte JSON size cap (max_json_bytes)`,
    };
}
/** Step 1 of a JSON read: the bytes, through a non-blocking open and the size cap (`size`: the scan's). */
function readJsonBytes(file, rel, size, cap) {
    if (size > cap)
        return tooLarge(rel, size, cap);
    try {
        return readRegular(file, cap);
    }
    catch (e) {
        if (e instanceof safe_open/* NotRegularFileError */.iZ)
            return { ok: false, reason: 'not_regular', message: `${rel} ${e.message}; not read` };
        if (e instanceof TooLargeError)
            return tooLarge(rel, e.size, cap);
        return { ok: false, reason: 'unreadable', message: `${rel} could not be read (${ingest_context_errCode(e)})` };
    }
}
/** Step 2: strict UTF-8 (BOM dropped), then step 3. */
function parseJsonBytes(buf, rel, maxDepth) {
    const text = decodeJson(buf, rel);
    return typeof text === 'string' ? parseJsonText(text, buf, rel, maxDepth) : text;
}
function decodeJson(buf, rel) {
    let text;
    try {
        text = utf8Strict.decode(buf);
    }
    catch {
        return { ok: false, reason: 'not_utf8', message: `${rel} is not valid UTF-8` };
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Step 3, on the decoded text (`buf`: its bytes): the nesting limit, the parse, then checkParsed. */
function parseJsonText(text, buf, rel, maxDepth) {
    if (text.trim() === '')
        return { ok: false, reason: 'empty', message: `${rel} is empty` };
    // Few openers: parse first, the walk after gives the depth. Many: refuse a deep text before parsing.
    const parseFirst = (0,json_limits/* openersAtMost */.Fu)(buf, json_limits/* PARSE_FIRST_MAX_OPENERS */.d5);
    if (!parseFirst && (0,json_limits/* jsonDepthExceeds */.LL)(text, maxDepth))
        return tooDeep(rel, maxDepth);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        // A text both too deep and invalid is refused for its depth, as when scanned first.
        if (parseFirst && (0,json_limits/* jsonDepthExceeds */.LL)(text, maxDepth))
            return tooDeep(rel, maxDepth);
        return invalidJson(rel, text, e.message);
    }
    return checkParsed(value, rel, maxDepth);
}
/** Step 4, on the parsed document: the nesting limit, the root's kind, finite numbers. */
function checkParsed(value, rel, maxDepth) {
    const limits = (0,json_limits/* inspectParsed */.Ey)(value, maxDepth);
    if (limits.tooDeep)
        return tooDeep(rel, maxDepth);
    if ((0,json_limits/* isUnusableRoot */.we)(value))
        return {
            ok: false,
            reason: 'wrong_root',
            message: `${rel} holds ${(0,json_limits/* rootKind */.Nt)(value)} at its root, not the JSON object or array its format needs`,
        };
    // Overflowing literals (1e999) parse to Infinity.
    if (limits.nonFinite)
        return {
            ok: false,
            reason: 'not_finite',
            message: `${rel} holds a number too large for a double (it would read as Infinity)`,
        };
    return { ok: true, value };
}
function tooDeep(rel, maxDepth) {
    return {
        ok: false,
        reason: 'too_deep',
        message: `${rel} nests arrays/objects deeper than ${maxDepth} levels (the input nesting limit); not read`,
    };
}
/** A parse failure: where (line, column) and whether the text was cut short; never its content. */
function invalidJson(rel, text, msg) {
    const { line, column, offset } = jsonErrorPosition(text, msg);
    const where = line !== null ? ` at line ${line}, column ${column}` : '';
    const truncated = /Unexpected end|unterminated|end of JSON/i.test(msg) || (offset !== null && offset >= text.trimEnd().length);
    return {
        ok: false,
        reason: 'invalid_json',
        message: `${rel} is not valid JSON${truncated ? ' (truncated)' : ''}${where}`,
    };
}
/**
 * Bytes of small files kept between recognition's head read and the JSON read (at most this
 * much at once; past it a file is simply read again).
 */
const KEEP_MAX_BYTES = 64 * 1024 * 1024;
function absPath(root, rel) {
    return external_node_path_default().join(root, ...rel.split('/'));
}
/** One JSON read: from what `head()` kept when it can, else from disk. */
function readJsonUncached(st, rel) {
    const size = st.byPath.get(rel)?.size ?? 0;
    const whole = st.kept.files.get(rel);
    if (whole === undefined) {
        const bytes = readJsonBytes(absPath(st.root, rel), rel, size, st.cap);
        return 'reason' in bytes ? bytes : parseJsonBytes(bytes, rel, st.maxDepth);
    }
    st.kept.files.delete(rel);
    st.kept.bytes -= whole.length;
    if (size > st.cap || whole.length > st.cap)
        return tooLarge(rel, size > st.cap ? size : whole.length, st.cap);
    return whole.read;
}
/**
 * `head()`: one read per file, memoised. A file up to WHOLE_READ_BYTES (and the JSON cap) is read
 * whole and its JSON read kept for the readJson that follows.
 */
function headReader(st, jsonCache) {
    const heads = new Map();
    const wholeMax = Math.max(lib_head/* HEAD_BYTES */.Lq, Math.min(lib_head/* WHOLE_READ_BYTES */.li, st.cap));
    return (rel) => {
        let h = heads.get(rel);
        if (!h) {
            const read = readHead(absPath(st.root, rel), rel, st.maxDepth, wholeMax);
            h = read.head;
            heads.set(rel, h);
            const kept = read.kept;
            if (kept && !jsonCache.has(rel) && st.kept.bytes + kept.length <= KEEP_MAX_BYTES) {
                st.kept.files.set(rel, kept);
                st.kept.bytes += kept.length;
            }
        }
        return h;
    };
}
/** Creates the IngestContext for a scanned root. */
function createIngestContext(root, files, thresholds, options = {}) {
    const timelineRe = options.timelineGlob ? globToRegExp(options.timelineGlob) : null;
    const st = {
        root,
        byPath: new Map(files.map((f) => [f.path, f])),
        cap: thresholds.max_json_bytes,
        maxDepth: options.maxJsonDepth ?? json_limits/* MAX_INPUT_JSON_DEPTH */.Np,
        kept: { files: new Map(), bytes: 0 },
    };
    const jsonCache = new Map();
    const claimed = new Set();
    const abs = (rel) => absPath(root, rel);
    return {
        files,
        thresholds,
        readJson(rel) {
            let p = jsonCache.get(rel);
            if (!p) {
                p = new Promise((resolve) => resolve(readJsonUncached(st, rel)));
                jsonCache.set(rel, p);
            }
            return p;
        },
        async readText(rel) {
            if ((st.byPath.get(rel)?.size ?? 0) > st.cap)
                return null;
            try {
                const t = readRegular(abs(rel), st.cap).toString('utf8');
                return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
            }
            catch {
                return null;
            }
        },
        lines: (rel) => readLines(abs(rel), rel),
        async csvRows(rel, csvOptions, visit) {
            try {
                return await scanCsv(abs(rel), rel, csvOptions, visit);
            }
            catch (e) {
                if (e instanceof CsvParseError)
                    throw new errors/* IngestReadError */.Jm(rel, e.message);
                throw e;
            }
        },
        claim(...paths) {
            for (const p of paths)
                claimed.add(p);
        },
        isClaimed: (p) => claimed.has(p),
        head: headReader(st, jsonCache),
        isTimelineFile(p) {
            return timelineRe ? timelineRe.test(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
        },
    };
}
/** One buffer for every head read: the analyzer reads files one at a time, synchronously. */
let headBuffer = null;
/** One buffer for the chunks of streaming key scans. */
let scanBuffer = null;
const SCAN_CHUNK_BYTES = 1024 * 1024;
/** Reads up to `buf.length` bytes from offset 0 (several reads when the OS returns fewer). */
function readFully(fd, buf) {
    let n = 0;
    while (n < buf.length) {
        const got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, n);
        if (got === 0)
            break;
        n += got;
    }
    return n;
}
/** True when the first byte that is not whitespace (or a BOM) opens a JSON object or array. */
function opensJson(bytes) {
    for (let i = 0; i < bytes.length && i < 64; i++) {
        const c = bytes[i];
        if (c === 123 || c === 91)
            return true;
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xef || c === 0xbb || c === 0xbf)
            continue;
        return false;
    }
    return false;
}
/**
 * The recognition read of one file; an unreadable file reads as empty.
 * - Up to HEAD_BYTES (as fstat says): one read; its JSON read is done at once and kept, so the
 *   readJson that usually follows recognition needs no second open or parse.
 * - Up to `wholeMax` (WHOLE_READ_BYTES, or the JSON cap when lower): read whole; a JSON text is
 *   parsed once (keys from the parse, the read kept as above); one that does not parse (JSONL,
 *   Python's NaN literals) has its first object's keys scanned.
 * - Larger: the first HEAD_BYTES, and for a JSON object a streaming scan of its top-level keys
 *   (at most KEY_SCAN_MAX_BYTES; a JSONL head already holds its first line's object whole).
 */
function readHead(file, rel, maxDepth, wholeMax) {
    let fd = null;
    try {
        const opened = (0,safe_open/* openRegularSync */.w5)(file);
        fd = opened.fd;
        const size = opened.stats.size;
        headBuffer ??= Buffer.allocUnsafe(lib_head/* HEAD_BYTES */.Lq + 1);
        const n = (0,external_node_fs_.readSync)(fd, headBuffer, 0, lib_head/* HEAD_BYTES */.Lq + 1, 0);
        const bytes = headBuffer.subarray(0, Math.min(n, lib_head/* HEAD_BYTES */.Lq));
        if (n <= lib_head/* HEAD_BYTES */.Lq && size === n) {
            const text = decodeJson(bytes, rel);
            const read = typeof text === 'string' ? parseJsonText(text, bytes, rel, maxDepth) : text;
            const parsedHead = read.ok && typeof text === 'string' ? (0,lib_head/* describeParsed */.JS)(text, read.value) : null;
            return { head: parsedHead ?? (0,lib_head/* describeHead */.Ui)(bytes, false), kept: { length: n, read } };
        }
        if (n <= lib_head/* HEAD_BYTES */.Lq || !opensJson(bytes))
            return { head: (0,lib_head/* describeHead */.Ui)(bytes, n > lib_head/* HEAD_BYTES */.Lq), kept: null };
        if (size <= wholeMax) {
            const whole = Buffer.allocUnsafe(size + 1);
            const got = readFully(fd, whole);
            if (got !== size)
                return { head: (0,lib_head/* describeHead */.Ui)(bytes, true), kept: null };
            const all = whole.subarray(0, got);
            const text = decodeJson(all, rel);
            const read = typeof text === 'string' ? parseJsonText(text, all, rel, maxDepth) : text;
            const parsedHead = read.ok && typeof text === 'string' ? (0,lib_head/* describeParsed */.JS)(text, read.value) : null;
            // A failed read is not kept: a JSONL file is read by lines, not by readJson.
            return { head: parsedHead ?? (0,lib_head/* describeWhole */.bm)(all), kept: read.ok ? { length: got, read } : null };
        }
        return { head: scanKeys(fd, (0,lib_head/* describeHead */.Ui)(bytes, true)), kept: null };
    }
    catch {
        return { head: (0,lib_head/* describeHead */.Ui)(new Uint8Array(0), false), kept: null };
    }
    finally {
        if (fd !== null)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** A large JSON object's head with all its top-level keys, read by a streaming scan. */
function scanKeys(fd, head) {
    // A JSONL head has its first line's object closed (describeHead checks), so all its keys.
    if (head.shape !== 'json-object')
        return head;
    const scanner = new lib_head/* TopKeyScanner */.xp();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    scanBuffer ??= Buffer.allocUnsafe(SCAN_CHUNK_BYTES);
    let offset = 0;
    while (!scanner.done && offset < lib_head/* KEY_SCAN_MAX_BYTES */.$$) {
        const got = (0,external_node_fs_.readSync)(fd, scanBuffer, 0, SCAN_CHUNK_BYTES, offset);
        if (got === 0)
            break;
        offset += got;
        scanner.push(decoder.decode(scanBuffer.subarray(0, got), { stream: true }));
    }
    return scanner.keys.length >= head.keys.length ? { ...head, keys: scanner.keys } : head;
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
            throw new errors/* IngestReadError */.Jm(rel, e.message);
        throw e;
    }
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ inspectParsed),
/* harmony export */   Fu: () => (/* binding */ openersAtMost),
/* harmony export */   LL: () => (/* binding */ jsonDepthExceeds),
/* harmony export */   Np: () => (/* binding */ MAX_INPUT_JSON_DEPTH),
/* harmony export */   Nt: () => (/* binding */ rootKind),
/* harmony export */   d5: () => (/* binding */ PARSE_FIRST_MAX_OPENERS),
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
/**
 * A text with at most this many `[`/`{` bytes is parsed before its depth is known: JSON.parse of
 * that many nested levels costs about a millisecond however they nest, and the walk after the
 * parse (inspectParsed) gives the exact depth. A text with more is depth-scanned first.
 */
const PARSE_FIRST_MAX_OPENERS = 2048;
/** True when `buf` holds at most `max` `[` and `{` bytes (native byte search; stops past `max`). */
function openersAtMost(buf, max) {
    let n = 0;
    for (const b of [0x5b, 0x7b]) {
        for (let i = buf.indexOf(b); i >= 0; i = buf.indexOf(b, i + 1))
            if (++n > max)
                return false;
    }
    return true;
}
/**
 * One iterative walk of a parsed document: its nesting depth against `maxDepth` (stops at the
 * first level past it) and non-finite numbers. Only containers go on the stack.
 */
function inspectParsed(value, maxDepth) {
    const out = { tooDeep: false, nonFinite: false };
    if (typeof value === 'number')
        out.nonFinite = !Number.isFinite(value);
    if (value === null || typeof value !== 'object')
        return out;
    const stack = [value];
    const depths = [1];
    while (stack.length > 0) {
        const v = stack.pop();
        const d = depths.pop();
        if (d > maxDepth) {
            out.tooDeep = true;
            return out;
        }
        const items = Array.isArray(v) ? v : Object.values(v);
        for (let i = 0; i < items.length; i++) {
            const x = items[i];
            if (typeof x === 'number') {
                if (!Number.isFinite(x))
                    out.nonFinite = true;
            }
            else if (x !== null && typeof x === 'object') {
                stack.push(x);
                depths.push(d + 1);
            }
        }
    }
    return out;
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

/***/ 2186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs),
/* harmony export */   p: () => (/* binding */ shownPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_compare_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8414);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3103);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6583);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(328);
/**
 * Writing a pipeline outcome: report.json, report.md, compare.json and comment.md into the output
 * dir, each validated (JSON) and atomic. A write failure is one NoReportError naming the file.
 */





/** POSIX path of `p` relative to `cwd` for messages (the basename when outside it). */
function shownPath(p, cwd = process.cwd()) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, p));
    if (r === '')
        return '.';
    if (r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(r))
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(p);
    return r.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
function code(e) {
    return e.code ?? e.message.split('\n')[0] ?? 'error';
}
async function writeReportFiles(outDir, docs, format, cwd) {
    const reportPath = format === 'json' || format === 'both' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'report.json') : null;
    const markdownPath = format === 'md' || format === 'both' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'report.md') : null;
    if (reportPath)
        (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .assertContract */ .jj)('inferguard-analyze/v1', docs.report, 'report.json');
    try {
        if (reportPath)
            await (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(reportPath, (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .toJsonParts */ .MP)(docs.report));
        if (markdownPath)
            await (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(markdownPath, docs.markdown);
    }
    catch (e) {
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .NoReportError */ .E(`cannot write the report to ${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, outDir) || '.'}: ${code(e)}`);
    }
    return { reportPath, markdownPath };
}
async function writeOne(what, file, write) {
    try {
        await write();
    }
    catch (e) {
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .NoReportError */ .E(`cannot write ${what} to ${shownPath(file)}: ${code(e)}`);
    }
    return file;
}
/** Writes the selected documents into `outDir`; returns the absolute paths written. */
async function writeOutputs(outDir, docs, select, cwd = process.cwd()) {
    const written = await writeReportFiles(outDir, docs, select.report, cwd);
    const diff = docs.diff;
    const compareFile = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'compare.json');
    if (select.compare && diff && docs.diffValidated !== true)
        (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .assertContract */ .jj)(_core_compare_types_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_DIFF_SCHEMA_VERSION */ .ET, diff, 'compare.json');
    const comparePath = select.compare && diff
        ? await writeOne('compare.json', compareFile, () => (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(compareFile, (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .toJsonParts */ .MP)(diff)))
        : null;
    const comment = docs.comment;
    const commentFile = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'comment.md');
    const commentPath = select.comment && comment !== null
        ? await writeOne('comment.md', commentFile, () => (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(commentFile, comment))
        : null;
    return { ...written, comparePath, commentPath };
}


/***/ }),

/***/ 9068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ readContractFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 13 modules
var validate = __webpack_require__(6583);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 6 modules
var gates = __webpack_require__(6482);
// EXTERNAL MODULE: ./src/io/ingest-context.ts + 2 modules
var ingest_context = __webpack_require__(8058);
// EXTERNAL MODULE: ./src/io/safe-open.ts
var safe_open = __webpack_require__(176);
;// CONCATENATED MODULE: ./src/io/untrusted-report.ts
/**
 * Reading a report.json we did not write in this process (a baseline, a fork's or a shard's
 * report, `--base`/`--head` of `compare`): every check that keeps a crafted file from crashing a
 * later step or reaching a sink, before and after the one JSON.parse. Failing any check is an
 * outcome with a one-line reason (the caller makes it "no baseline" or a finding), never a throw.
 *
 * Order: regular file (non-blocking open) → byte cap (before reading) → strict UTF-8 →
 * JSON.parse (errors give line/column, never the file's content; V8's parser is iterative, so a
 * deep document cannot overflow it) → one iterative walk: nesting depth, numbers finite and within
 * ±1e100 (so statistics over them stay finite) → cell cap →
 * inferguard-analyze/v1 → the blocks renderers and merge rely on that the contract leaves open:
 * `gates` (inferguard-gates/v1), `cross_run` families, cell `samples` and `timeline` counts.
 *
 * Limits are documented in docs/ACTION.md (inputs `max-report-bytes`, `max-report-cells`,
 * `max-report-depth`) and docs/COMPARE.md.
 */





const DEFAULT_REPORT_LIMITS = Object.freeze({
    maxBytes: 64 * 1024 * 1024,
    maxCells: 10_000,
    maxDepth: 64,
});
/** Largest magnitude a number in an untrusted report may have: squares and sums of such stay finite. */
const MAX_REPORT_NUMBER = 1e100;
let configured = { ...DEFAULT_REPORT_LIMITS };
/** Sets the limits used when a caller passes none (the action's inputs, once per run). */
function configureReportLimits(limits) {
    configured = { ...DEFAULT_REPORT_LIMITS, ...limits };
}
function reportLimits() {
    return { ...configured };
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
/** Schema messages carry property names from the file: keep them short and plain. */
function plain(s) {
    return s.replace(/[^\w/.:' ,()=<>-]/g, '?').slice(0, 160);
}
/** Reads and checks an untrusted report.json. `label` names it in reasons ("baseline run 12"). */
function loadUntrustedReport(file, label, limits = configured) {
    let buf;
    try {
        const { fd, stats } = (0,safe_open/* openRegularSync */.w5)(file);
        try {
            if (stats.size > limits.maxBytes)
                return {
                    ok: false,
                    reason: `${label} report.json is ${stats.size} bytes, over the ${limits.maxBytes}-byte cap (max-report-bytes); not read`,
                };
            buf = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (e) {
        if (e instanceof safe_open/* NotRegularFileError */.iZ)
            return { ok: false, reason: `${label} report.json ${e.message}` };
        const code = e.code;
        return {
            ok: false,
            reason: code === 'ENOENT' ? `${label} has no report.json` : `${label} report.json cannot be read (${code ?? 'error'})`,
        };
    }
    let text;
    try {
        text = utf8Strict.decode(buf);
    }
    catch {
        return { ok: false, reason: `${label} report.json is not valid UTF-8` };
    }
    return parseUntrustedReport(text, label, limits);
}
/** The checks of loadUntrustedReport on text already read. */
function parseUntrustedReport(text, label, limits = configured) {
    if (text.length > limits.maxBytes)
        return { ok: false, reason: `${label} report.json is over the ${limits.maxBytes}-byte cap (max-report-bytes)` };
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const { line, column } = (0,ingest_context/* jsonErrorPosition */.OG)(text, e.message);
        return {
            ok: false,
            reason: `${label} report.json is not valid JSON${line !== null ? ` (line ${line}, column ${column})` : ''}`,
        };
    }
    // One iterative walk (JSON.parse itself is iterative in V8, so a deep document parses; nothing
    // after this point recurses into a document that passed): nesting depth, then every number.
    const bad = walkProblem(value, limits.maxDepth);
    if (bad === 'deep')
        return {
            ok: false,
            reason: `${label} report.json nests deeper than ${limits.maxDepth} levels (max-report-depth)`,
        };
    if (bad !== null)
        return {
            ok: false,
            reason: `${label} report.json holds a number that is ${bad} (reports allow finite numbers within ±${MAX_REPORT_NUMBER})`,
        };
    const cells = value?.cells;
    if (Array.isArray(cells) && cells.length > limits.maxCells)
        return {
            ok: false,
            reason: `${label} report.json has ${cells.length} cells, over the ${limits.maxCells}-cell cap (max-report-cells)`,
        };
    const v = (0,validate/* validateContract */.T7)('inferguard-analyze/v1', value);
    if (!v.ok)
        return {
            ok: false,
            reason: `${label} report.json does not satisfy inferguard-analyze/v1: ${v.errors.slice(0, 2).map(plain).join('; ')}`,
        };
    const block = checkOpenBlocks(value);
    if (block !== null)
        return { ok: false, reason: `${label} report.json: ${block}` };
    return { ok: true, report: value };
}
/**
 * 'deep' when arrays/objects nest past `maxDepth`; "not finite ..." / "too large" for the first
 * offending number; else null. Iterative (an explicit stack of values and their depths).
 */
function walkProblem(root, maxDepth) {
    const stack = [root];
    const depths = [0];
    while (stack.length > 0) {
        const v = stack.pop();
        const d = depths.pop();
        if (typeof v === 'number') {
            if (!Number.isFinite(v))
                return 'not finite (an overflowing literal such as 1e999)';
            if (v > MAX_REPORT_NUMBER || v < -MAX_REPORT_NUMBER)
                return 'too large';
        }
        else if (v !== null && typeof v === 'object') {
            if (d >= maxDepth)
                return 'deep';
            if (Array.isArray(v)) {
                for (let i = 0; i < v.length; i++) {
                    const x = v[i];
                    if (typeof x === 'object' && x !== null) {
                        stack.push(x);
                        depths.push(d + 1);
                    }
                    else if (typeof x === 'number' && !(x <= MAX_REPORT_NUMBER && x >= -MAX_REPORT_NUMBER))
                        return Number.isFinite(x) ? 'too large' : 'not finite (an overflowing literal such as 1e999)';
                }
            }
            else {
                for (const k in v) {
                    const x = v[k];
                    if (typeof x === 'object' && x !== null) {
                        stack.push(x);
                        depths.push(d + 1);
                    }
                    else if (typeof x === 'number' && !(x <= MAX_REPORT_NUMBER && x >= -MAX_REPORT_NUMBER))
                        return Number.isFinite(x) ? 'too large' : 'not finite (an overflowing literal such as 1e999)';
                }
            }
        }
    }
    return null;
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNum = (v) => typeof v === 'number';
const isNumOrNull = (v) => v === null || v === undefined || typeof v === 'number';
const isStr = (v) => typeof v === 'string';
const isStrOrNull = (v) => v === null || v === undefined || typeof v === 'string';
/** The parts of a report the contract leaves open that renderers and merge read by shape. */
function checkOpenBlocks(r) {
    if (r.gates !== undefined) {
        const g = (0,validate/* validateContract */.T7)('inferguard-gates/v1', r.gates);
        if (!g.ok)
            return `its gates block does not satisfy inferguard-gates/v1 (${plain(g.errors[0] ?? '')})`;
    }
    if (r.cross_run !== undefined) {
        const why = crossRunProblem(r.cross_run);
        if (why)
            return `its cross_run block is malformed (${why})`;
    }
    for (let i = 0; i < r.cells.length; i++) {
        const c = r.cells[i];
        if (c.samples !== undefined) {
            const why = samplesProblem(c.samples);
            if (why)
                return `cell ${i + 1} has malformed samples (${why})`;
        }
        if (c.timeline !== undefined) {
            const t = c.timeline;
            if (!isObj(t))
                return `cell ${i + 1} has a timeline that is not an object`;
            const counts = t.finding_counts_by_code;
            if (counts !== undefined && (!isObj(counts) || !Object.values(counts).every(isNum)))
                return `cell ${i + 1} has timeline finding counts that are not numbers`;
            if (!isNumOrNull(t.sample_count) || !isNumOrNull(t.lead_time_s))
                return `cell ${i + 1} has timeline counts that are not numbers`;
        }
    }
    return null;
}
function samplesProblem(s) {
    if (!isObj(s))
        return 'not an object';
    for (const [k, v] of Object.entries(s)) {
        if (!['ttft_s', 'tpot_s', 'itl_s', 'e2el_s'].includes(k))
            return 'an unknown series';
        if (!isObj(v) || !Number.isInteger(v.n) || v.n < 0 || !Array.isArray(v.values))
            return 'a series without n and values';
        const vals = v.values;
        for (let i = 0; i < vals.length; i++) {
            if (typeof vals[i] !== 'number')
                return 'a value that is not a number';
            if (i > 0 && vals[i] < vals[i - 1])
                return 'values not sorted';
        }
    }
    return null;
}
function crossRunProblem(cr) {
    if (!isObj(cr))
        return 'not an object';
    if (cr.families === undefined)
        return null;
    if (!Array.isArray(cr.families))
        return 'families is not an array';
    for (const f of cr.families) {
        if (!isObj(f))
            return 'a family is not an object';
        if (!isStrOrNull(f.label) || !isStrOrNull(f.key))
            return 'a family label is not a string';
        if (!isNum(f.points))
            return 'a family without points';
        if (f.curve_rules_applied !== undefined && typeof f.curve_rules_applied !== 'boolean')
            return 'curve_rules_applied is not a boolean';
        if (!Array.isArray(f.curve))
            return 'a family without a curve';
        for (const p of f.curve) {
            if (!isObj(p))
                return 'a curve point is not an object';
            for (const k of ['concurrency', 'success_rate', 'tput_per_gpu', 'p99_ttft_s', 'p99_tpot_s'])
                if (!isNumOrNull(p[k]))
                    return `a curve point's ${k} is not a number`;
            if (!isStrOrNull(p.cell_id))
                return "a curve point's cell_id is not a string";
            if (p.slo_compliant !== undefined && p.slo_compliant !== null && typeof p.slo_compliant !== 'boolean')
                return 'slo_compliant is not a boolean';
        }
        if (!Array.isArray(f.findings))
            return 'a family without findings';
        for (const x of f.findings)
            if (!isObj(x) || !isStr(x.code) || !isStr(x.severity) || !isStr(x.message) || !isStrOrNull(x.cell_id))
                return 'a family finding is malformed';
        if (f.knee !== undefined && f.knee !== null) {
            if (!isObj(f.knee) || !isNumOrNull(f.knee.concurrency) || !isStrOrNull(f.knee.basis))
                return 'a knee is malformed';
        }
        if (f.goodput !== undefined && f.goodput !== null) {
            const g = f.goodput;
            if (!isObj(g))
                return 'goodput is not an object';
            for (const k of ['max_compliant_concurrency', 'tput_per_gpu', 'slo_ttft_p99_s', 'slo_tpot_p99_s'])
                if (!isNumOrNull(g[k]))
                    return `goodput ${k} is not a number`;
        }
        {
            if (!Array.isArray(f.next_measurements))
                return 'next_measurements is not an array';
            for (const m of f.next_measurements)
                if (!isObj(m) || !isNum(m.concurrency) || !isStr(m.kind) || !isStrOrNull(m.cell_id) || !isStr(m.reason))
                    return 'a next measurement is malformed';
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/io/read-report.ts
/**
 * Reading a JSON document the user named on the command line (a report.json, a compare.json):
 * read, parsed and validated; any problem is one NoReportError naming the flag and the file.
 */





async function readContractFile(file, contract, flag) {
    // A report may come from anywhere (a fork, another run): the untrusted-report checks (size,
    // depth, finite numbers, cell cap, contract, open blocks), refused in one line.
    if (contract === 'inferguard-analyze/v1') {
        const load = loadUntrustedReport(file, `${flag} ${(0,outputs/* shownPath */.p)(file)}:`);
        if (!load.ok)
            throw new config_file/* NoReportError */.E(load.reason.replace(/: report\.json/, ''));
        return load.report;
    }
    let text;
    try {
        // One synchronous read, decoded at once: the promise API reads 512 KB at a time through the
        // thread pool and a stream decoder (~60 ms of a 24 MB compare.json); same text, same errors.
        text = (0,external_node_fs_.readFileSync)(file).toString('utf8');
    }
    catch (e) {
        throw new config_file/* NoReportError */.E(`${flag} ${(0,outputs/* shownPath */.p)(file)} cannot be read (${e.code ?? 'error'})`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // Never the engine's message: it quotes the file's first characters.
        throw new config_file/* NoReportError */.E(`${flag} ${(0,outputs/* shownPath */.p)(file)} is not JSON`);
    }
    const r = (0,validate/* validateContract */.T7)(contract, value);
    if (!r.ok)
        throw new config_file/* NoReportError */.E(`${flag} ${(0,outputs/* shownPath */.p)(file)} is not a valid ${contract} document: ${r.errors.slice(0, 2).join('; ')}`);
    return value;
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

/***/ 328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MP: () => (/* binding */ toJsonParts),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: COMPACT_ABOVE_CELLS, compactJsonParts, toJsonText, writeJsonValidated

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/io/mkdirs.ts
/**
 * `mkdir -p` that always ends: Node's `mkdir(..., { recursive: true })` never returns for some
 * paths (e.g. under /proc, where mkdir answers ENOENT for a parent that exists), which hung
 * `--output-dir /proc/...`. This walks the path once from the root: each missing component is
 * created with a plain mkdir; any error other than EEXIST is thrown at once.
 */


function mkdirsSync(dir) {
    const abs = external_node_path_default().resolve(dir);
    try {
        if ((0,external_node_fs_.statSync)(abs).isDirectory())
            return;
    }
    catch {
        // missing: create below
    }
    const parts = abs.split((external_node_path_default()).sep).filter((p) => p !== '');
    let cur = external_node_path_default().parse(abs).root;
    for (const part of parts) {
        cur = external_node_path_default().join(cur, part);
        try {
            (0,external_node_fs_.mkdirSync)(cur);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
    if (!(0,external_node_fs_.statSync)(abs).isDirectory()) {
        // As Node's recursive mkdir reports it.
        const err = new Error(`EEXIST: file already exists, mkdir '${dir}'`);
        err.code = 'EEXIST';
        throw err;
    }
}
/** Promise form of mkdirsSync (the work is a few synchronous syscalls). */
async function mkdirs(dir) {
    mkdirsSync(dir);
}

// EXTERNAL MODULE: ./src/schemas/validate.ts + 13 modules
var validate = __webpack_require__(6583);
;// CONCATENATED MODULE: ./src/io/write.ts
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
    mkdirsSync(external_node_path_default().dirname(file));
    const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
    try {
        if (typeof text === 'string')
            (0,external_node_fs_.writeFileSync)(tmp, text, 'utf8');
        else {
            // Parts written one after the other: joining a 17 MB JSON text with its newline would copy
            // it into a new flat string first (~20 ms).
            const fd = (0,external_node_fs_.openSync)(tmp, 'w');
            try {
                for (const part of text)
                    (0,external_node_fs_.writeFileSync)(fd, part, 'utf8');
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        (0,external_node_fs_.renameSync)(tmp, file);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
/**
 * Serialises JSON deterministically, with a trailing newline: 2-space indent, or the compact
 * layout of a large document (compactJsonParts).
 */
function toJsonText(value) {
    return toJsonParts(value).join('');
}
/** toJsonText as parts for writeFileAtomic: the same bytes, never joined into one flat string. */
function toJsonParts(value) {
    if (isLarge(value))
        return [...compactJsonParts(value), '\n'];
    return [JSON.stringify(value, null, 2), '\n'];
}
/**
 * Documents with more cells than this (report.json, compare.json of a large sweep) are written
 * compact: one line, no indentation, ASCII only. The same JSON value, deterministic (key order
 * as built), about a third smaller, and parsed, stringified and validated faster by every later
 * step; small documents stay pretty-printed (and in UTF-8) for people reading them.
 */
const COMPACT_ABOVE_CELLS = 500;
function isLarge(value) {
    const cells = value?.cells;
    return Array.isArray(cells) && cells.length > COMPACT_ABOVE_CELLS;
}
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const escapeUnit = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Elements of a top-level array stringified together (one part each). */
const GROUP = 64;
/** `text` with its non-ASCII characters escaped (UTF-8 length = length iff ASCII: a native count, ~5x a regex test). */
function ascii(text) {
    return Buffer.byteLength(text, 'utf8') === text.length ? text : text.replace(NON_ASCII_ALL, escapeUnit);
}
/**
 * A large document as compact JSON text parts: JSON.stringify(value) with every non-ASCII
 * character written as its `\uXXXX` escape (surrogate pairs as two), the same JSON value.
 * Why: one `≥` or `→` in a message makes V8 hold the whole 17 MB text, and every string built
 * from it, in two bytes per character; stringify, the UTF-8 write, the next step's read and its
 * JSON.parse each ran at about half speed (the 2,000-cell sweep, docs/PERFORMANCE.md). Each
 * top-level array is stringified GROUP elements at a time, so a non-ASCII character costs its
 * own group, not the document; an ASCII file also reads back as one-byte strings.
 */
function compactJsonParts(value) {
    const parts = [];
    let open = '{';
    for (const key of Object.keys(value)) {
        const v = value[key];
        const head = `${open}${JSON.stringify(key)}:`;
        if (Array.isArray(v) && v.length > 0) {
            parts.push(ascii(`${head}[`));
            // A slice keeps holes and undefined, which JSON.stringify writes as null, as for the whole.
            for (let i = 0; i < v.length; i += GROUP) {
                const group = JSON.stringify(v.slice(i, i + GROUP));
                parts.push(ascii(i > 0 ? `,${group.slice(1, -1)}` : group.slice(1, -1)));
            }
            parts.push(']');
        }
        else {
            const text = JSON.stringify(v);
            if (text === undefined)
                continue; // a key JSON.stringify leaves out (undefined, a function)
            parts.push(ascii(`${head}${text}`));
        }
        open = ',';
    }
    parts.push(open === '{' ? '{}' : '}');
    return parts;
}
/** Validates `value` against `contract`, then writes it atomically as JSON. */
async function writeJsonValidated(file, contract, value) {
    assertContract(contract, value, path.basename(file));
    await writeFileAtomic(file, toJsonParts(value));
}


/***/ }),

/***/ 6583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* binding */ assertContract),
  T7: () => (/* binding */ validateContract),
  qA: () => (/* binding */ validatorOf)
});

// UNUSED EXPORTS: contractNames, registerContract

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
;// CONCATENATED MODULE: ./schemas/disagg-status-v1.schema.json
const disagg_status_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-status/v1","type":"object","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"},"prefill":{"$ref":"#/$defs/snapshot"},"decode":{"$ref":"#/$defs/snapshot"},"transfer":{"anyOf":[{"$ref":"#/$defs/snapshot"},{"type":"null"}]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"endpoint":{"type":"object","required":["url","role","engine"],"properties":{"url":{"type":"string"},"role":{"enum":["prefill","decode","transfer"]},"engine":{"enum":["vllm","sglang","dynamo","llm-d","unknown"]},"engine_version":{"type":"string"},"connector":{"type":"string"}},"additionalProperties":true},"snapshot":{"type":"object","required":["endpoint","scraped_at"],"properties":{"endpoint":{"$ref":"#/$defs/endpoint"},"scraped_at":{"type":"number"},"kv_cache_usage":{"type":["number","null"]},"requests_running":{"type":["integer","null"]},"requests_waiting":{"type":["integer","null"]},"requests_swapped":{"type":["integer","null"]},"preemptions_total":{"type":["integer","null"]},"ttft_avg_seconds":{"type":["number","null"]},"tpot_avg_seconds":{"type":["number","null"]},"kv_transfer_sent_bytes_total":{"type":["integer","null"]},"kv_transfer_recv_bytes_total":{"type":["integer","null"]},"kv_transfer_errors_total":{"type":["integer","null"]},"prefill_queue_depth":{"type":["integer","null"]},"decode_queue_depth":{"type":["integer","null"]},"scrape_error":{"type":"string"},"raw_labels":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":true},"finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}}');
;// CONCATENATED MODULE: ./schemas/path-trace-v1.schema.json
const path_trace_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"path-trace/v1","type":"object","required":["schema_version","samples","engine_support","note","requested_sample_size"],"properties":{"schema_version":{"const":"path-trace/v1"},"samples":{"type":"array","maxItems":0},"engine_support":{"const":"aggregate_only"},"note":{"const":"Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals."},"requested_sample_size":{"type":"integer","minimum":0}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-timeline-v1.schema.json
const inferguard_timeline_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-timeline/v1","type":"object","required":["schema_version","observed_at","sequence","capabilities","disagg_status"],"properties":{"schema_version":{"const":"inferguard-timeline/v1"},"observed_at":{"type":"string","format":"date-time"},"sequence":{"type":"integer","minimum":0},"status":{"enum":["healthy","degraded","critical","unknown"]},"proof_level":{"enum":["live","post_run","unknown"]},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false},"disagg_status":{"type":"object","description":"Embedded disagg-status/v1 object.","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"}},"additionalProperties":true}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-analyze-v1.schema.json
const inferguard_analyze_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-analyze/v1","type":"object","required":["schema_version","generated_at","input_root","analyzer","run_summary","cells","findings","artifact_manifest"],"properties":{"schema_version":{"const":"inferguard-analyze/v1"},"generated_at":{"type":"string","format":"date-time"},"input_root":{"type":"string"},"analyzer":{"type":"object","required":["inferguard_version","capabilities"],"properties":{"inferguard_version":{"type":"string"},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false}},"additionalProperties":true},"run_summary":{"type":"object","required":["status","total_cells","successful_cells","failed_cells","missing_artifacts"],"properties":{"status":{"enum":["complete","partial","failed","unknown"]},"total_cells":{"type":"integer","minimum":0},"successful_cells":{"type":"integer","minimum":0},"failed_cells":{"type":"integer","minimum":0},"missing_artifacts":{"type":"array","items":{"type":"string"}},"cost":{"$ref":"#/$defs/cost_block"}},"additionalProperties":true},"cells":{"type":"array","items":{"$ref":"#/$defs/analyze_cell"}},"cross_run":{"type":"object","additionalProperties":true},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}},"artifact_manifest":{"type":"array","items":{"$ref":"#/$defs/artifact"}}},"$defs":{"analyze_cell":{"type":"object","required":["cell_id","source_format","artifacts","completion","metrics","findings"],"properties":{"cell_id":{"type":"string"},"source_format":{"enum":["inferencex-static","inferencex-srt-slurm","agentx-trace-replay","inferguard-bench-native","eval","mixed","unknown"]},"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]},"topology":{"type":"object","additionalProperties":true},"artifacts":{"type":"object","additionalProperties":{"type":["string","array","null"]}},"completion":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":{"type":["number","integer","string","boolean","null"]}},"timeline":{"type":"object","additionalProperties":true},"cost":{"$ref":"#/$defs/cost_block"},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}}},"additionalProperties":true},"cost_block":{"type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true},"analyze_finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"description":"Emitted today: missing_required_artifact, invalid_run_no_successful_requests, partial_run, metrics_unavailable. Reserved / planned: ttft_cliff, tpot_degradation, throughput_plateau, kv_pressure, kv_offload_thrash, prefix_cache_regression, prefill_decode_imbalance, kv_transfer_stall, kv_transfer_errors_present, endpoint_unreachable, engine_unidentified, eval_regression.","enum":["missing_required_artifact","invalid_run_no_successful_requests","partial_run","metrics_unavailable","ttft_cliff","tpot_degradation","throughput_plateau","kv_pressure","kv_offload_thrash","prefix_cache_regression","prefill_decode_imbalance","kv_transfer_stall","kv_transfer_errors_present","endpoint_unreachable","engine_unidentified","eval_regression"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true},"artifact":{"type":"object","required":["path","kind"],"properties":{"path":{"type":"string"},"kind":{"type":"string"},"cell_id":{"type":["string","null"]},"required":{"type":"boolean"},"present":{"type":"boolean"}},"additionalProperties":true}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-cost-v1.schema.json
const inferguard_cost_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-cost/v1","type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/disagg-event-record-v1.schema.json
const disagg_event_record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-event-record/v1","type":"object","required":["at","endpoints","code","severity","message"],"properties":{"at":{"type":"number","description":"Unix epoch seconds"},"endpoints":{"type":"array","items":{"type":"string"}},"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-report-diff-v1.schema.json
const inferguard_report_diff_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-report-diff/v1","description":"compare.json: a head inferguard-analyze/v1 report compared against a base one. Contract policy: schema_version first; within v1 field names and meanings are stable; fields may be added without a version change; consumers must ignore unknown fields. Ordering guarantees are in docs/COMPARE.md.","type":"object","required":["schema_version","base","head","settings","counts","verdict","cells","findings"],"properties":{"schema_version":{"const":"inferguard-report-diff/v1"},"base":{"$ref":"#/$defs/report_ref"},"head":{"$ref":"#/$defs/report_ref"},"settings":{"type":"object","required":["alpha","min_effect_size","method","bootstrap_iterations","seed","min_samples","noise_bands","eval_min_drop"],"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_effect_size":{"type":"number","minimum":0},"method":{"enum":["mann_whitney","bootstrap"]},"bootstrap_iterations":{"type":"integer","minimum":1},"seed":{"type":"integer"},"min_samples":{"type":"integer","minimum":1},"noise_bands":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"eval_min_drop":{"type":"number","minimum":0},"run_alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_base_runs":{"type":"integer","minimum":1},"run_noise_floor":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"suspicious_alpha":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Family-wise level of the SUSPICIOUS tier (shown, never failing)."},"noise_prior":{"type":"object","description":"The run-to-run noise prior per metric family: sigma^2 ~ Scale-Inv-chi2(nu, scale^2) per load regime (docs/COMPARE.md).","additionalProperties":{"type":"object","required":["nu","scale"],"properties":{"nu":{"type":"number","exclusiveMinimum":0},"scale":{"type":"object","properties":{"low":{"type":"number","minimum":0},"mid":{"type":"number","minimum":0},"high":{"type":"number","minimum":0}},"required":["low","mid","high"],"additionalProperties":true},"sigma_max":{"type":"number","exclusiveMinimum":0}},"additionalProperties":true}},"accept":{"type":"array","items":{"type":"string","minLength":1},"description":"Acknowledged regressions: \'<metric>\', \'<head cell id>: <metric>\' or \'*\'. A matching regression is reported with reason \'accepted\' and is never a verdict (the action\'s acknowledgement label sets it)."}},"additionalProperties":true},"counts":{"type":"object","required":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data","total","tests"],"properties":{"regressed":{"type":"integer","minimum":0},"improved":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"incomparable":{"type":"integer","minimum":0},"insufficient_data":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"tests":{"type":"integer","minimum":0}},"additionalProperties":true},"verdict":{"$ref":"#/$defs/regression_verdict"},"cells":{"type":"array","items":{"$ref":"#/$defs/cell_diff"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"runs":{"type":"object","description":"The base reports (runs, preferred first) and head reports the compare rests on.","required":["base_reports","head_reports","base"],"properties":{"base_reports":{"type":"integer","minimum":0},"head_reports":{"type":"integer","minimum":0},"base":{"type":"array","items":{"type":"object","required":["generated_at","input_root","run_status","total_cells"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0}},"additionalProperties":true}}},"additionalProperties":true},"curves":{"type":"array","description":"Curve-level verdicts per family measured on both sides: knee, highest SLO-compliant concurrency and goodput per GPU, Pareto frontier of throughput per GPU vs tokens/s per user, behaviour findings new in head or resolved.","items":{"type":"object","required":["family","label","base","head","frontier_change","new_findings","resolved_findings","changes"],"properties":{"family":{"type":"string"},"label":{"type":"string"},"base":{"$ref":"#/$defs/curve_side"},"head":{"$ref":"#/$defs/curve_side"},"frontier_change":{"type":["object","null"],"required":["at_interactivity","base_tput_per_gpu","head_tput_per_gpu","relative_change","base_concurrency","head_concurrency"],"properties":{"at_interactivity":{"type":"number"},"base_tput_per_gpu":{"type":"number"},"head_tput_per_gpu":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"base_concurrency":{"type":"number"},"head_concurrency":{"type":["number","null"]}},"additionalProperties":true},"new_findings":{"type":"array","items":{"$ref":"#/$defs/curve_finding"}},"resolved_findings":{"type":"array","items":{"$ref":"#/$defs/curve_finding"}},"changes":{"type":"array","items":{"type":"string"}}},"additionalProperties":true}}},"additionalProperties":true,"$defs":{"report_ref":{"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true},"identity":{"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true},"metric_comparison":{"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","run_interval","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"basis":{"enum":["run_interval","per_request","noise_band","eval_stderr","none"],"description":"What the decision rests on: run_interval (>= min_base_runs base runs: the cell\'s own runs and the noise law), per_request (per-request samples with fewer base runs, then the noise law), noise_band (aggregates with fewer base runs: band and floor as the minimum effect, then the noise law), eval_stderr, none."},"n_base_runs":{"type":"integer","minimum":0,"description":"Base runs the comparison rests on."},"n_head_runs":{"type":"integer","minimum":0,"description":"Head runs (repetitions of the cell in the head artifact set)."},"run_spread":{"type":["number","null"],"minimum":0,"description":"Pooled run-to-run spread (sd of ln values) behind a run_interval decision."},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict\'s comparisons."},"reason":{"type":"string","description":"Code of the run-level rule that decided (within_sampling_noise, below_min_effect, isolated_tail, beyond_cell_noise, coherent_family, coherent_sweep, beyond_usual_range, within_cell_noise, accepted), or why the comparison was held back before any decision (below_min_samples, missing_on_one_side, currency_differs, informational, tpot_is_itl)."},"suspicious":{"type":"boolean","description":"Beyond the cell\'s usual range but inside the heavy tail of run-to-run noise: shown, never a verdict (outcome stays unchanged)."},"noise":{"type":"object","required":["family","regime","nu","spread","own_df","deployment_factor","p"],"properties":{"family":{"type":"string"},"regime":{"type":"string"},"nu":{"type":"number"},"spread":{"type":"number","minimum":0},"own_df":{"type":"integer","minimum":0},"deployment_factor":{"type":"number","exclusiveMinimum":0},"p":{"type":"number","minimum":0,"maximum":1}},"additionalProperties":true}},"additionalProperties":true},"regression_verdict":{"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"},"base_runs":{"type":"integer","minimum":0,"description":"Base runs the verdict rests on (per cell: that cell\'s; overall: the most any cell had)."},"head_runs":{"type":"integer","minimum":0},"basis":{"enum":["run_interval","per_request","noise_band","eval_stderr","none"],"description":"What the decision rests on: run_interval (>= min_base_runs base runs: the cell\'s own runs and the noise law), per_request (per-request samples with fewer base runs, then the noise law), noise_band (aggregates with fewer base runs: band and floor as the minimum effect, then the noise law), eval_stderr, none."},"suspicious":{"type":"array","items":{"type":"string"},"description":"Metrics (per cell) or \'<cell>: <metric>\' (overall) outside their usual range: shown, never failing."},"detectable":{"type":"array","items":{"type":"object","required":["metric","change"],"properties":{"metric":{"type":"string"},"change":{"type":["number","null"]}},"additionalProperties":true},"description":"Overall only: per metric, the smallest change the median cell could show as a verdict on its own (null: none below 100x)."}},"additionalProperties":true},"cell_diff":{"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]},"environment":{"type":"object","required":["base","head","differs"],"properties":{"base":{"type":"array","items":{"type":"string"},"description":"Distinct environments of the base cell\'s runs, sorted (\'cluster cw · runner h200-cw_00\')."},"head":{"type":"array","items":{"type":"string"},"description":"The same for the head cell\'s runs."},"differs":{"type":"boolean","description":"Both sides describe their environment and the sets differ (a side that says nothing is unknown, not different)."}},"additionalProperties":true,"description":"Optional: where the base and head runs of a matched pair ran (runner, cluster, host, image; evidence only, never decides an outcome)."}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]},"finding":{"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true},"curve_point":{"type":"object","required":["cell_id","concurrency","interactivity","tput_per_gpu"],"properties":{"cell_id":{"type":"string"},"concurrency":{"type":"number"},"interactivity":{"type":"number"},"tput_per_gpu":{"type":"number"}},"additionalProperties":true},"curve_side":{"type":"object","required":["points","knee_concurrency","knee_cell_id","slo_max_concurrency","slo_cell_id","goodput_per_gpu","frontier"],"properties":{"points":{"type":"integer","minimum":0},"knee_concurrency":{"type":["number","null"]},"knee_cell_id":{"type":["string","null"]},"slo_max_concurrency":{"type":["number","null"]},"slo_cell_id":{"type":["string","null"]},"goodput_per_gpu":{"type":["number","null"]},"frontier":{"type":"array","items":{"$ref":"#/$defs/curve_point"}}},"additionalProperties":true},"curve_finding":{"type":"object","required":["code","cell_id","concurrency","message"],"properties":{"code":{"type":"string"},"cell_id":{"type":"string"},"concurrency":{"type":["number","null"]},"message":{"type":"string"}},"additionalProperties":true}}}');
;// CONCATENATED MODULE: ./schemas/inferguard-gates-v1.schema.json
const inferguard_gates_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-gates/v1","description":"The `gates` block of report.json: every SLO gate\'s outcome (docs/GATES.md). Results are in gate order; a gate with `[*]` gives one result per element.","type":"object","required":["schema_version","summary","results"],"properties":{"schema_version":{"const":"inferguard-gates/v1"},"summary":{"type":"object","required":["gates","total","passed","failed","not_found","conflict","error","blocking_failures"],"properties":{"gates":{"type":"integer","minimum":0,"description":"Number of gates evaluated."},"total":{"type":"integer","minimum":0,"description":"Number of results."},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"not_found":{"type":"integer","minimum":0},"conflict":{"type":"integer","minimum":0},"error":{"type":"integer","minimum":0},"blocking_failures":{"type":"integer","minimum":0,"description":"Results of severity error whose outcome is not pass."}},"additionalProperties":false},"results":{"type":"array","items":{"type":"object","required":["index","gate","severity","path","op","expected","outcome","value","cells","message"],"properties":{"index":{"type":"integer","minimum":1,"description":"1-based position of the gate in the evaluated list."},"gate":{"type":"string","minLength":1,"description":"The gate as written."},"name":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"path":{"type":"string","minLength":1,"description":"Concrete path of this result (a [*] replaced by the element\'s selector)."},"op":{"enum":["<=","<",">=",">","==","!=","semver<=","semver<","semver>=","semver>","semver==","semver!="]},"expected":{"type":["number","string","boolean"]},"outcome":{"enum":["pass","fail","not_found","conflict","error"]},"value":{"type":["number","string","boolean","null"],"description":"The resolved value; null when nothing scalar was resolved."},"cells":{"type":"array","items":{"type":"string"},"description":"Cell ids involved, sorted."},"message":{"type":"string","minLength":1},"matches":{"type":"array","items":{"type":"string"},"description":"conflict only: ids of the elements the predicate matched, sorted."}},"additionalProperties":false}}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/inferguard-config-v1.schema.json
const inferguard_config_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-config/v1","description":"The --config file of `inferguard analyze` / `inferguard compare` (JSON or YAML). Every key is optional; unknown keys are errors.","type":"object","properties":{"schema_version":{"const":"inferguard-config/v1"},"thresholds":{"type":"object","properties":{"partial_run_min_success":{"type":"number","exclusiveMinimum":0,"maximum":1},"ttft_cliff_ratio":{"type":"number","exclusiveMinimum":1},"ttft_cliff_max_tput_gain":{"type":"number","minimum":0},"tpot_degradation_ratio":{"type":"number","exclusiveMinimum":1},"plateau_max_gain":{"type":"number","minimum":0},"plateau_min_latency_worsening":{"type":"number","minimum":0},"kv_pressure_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_pressure_cpu_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_offload_thrash_min_ttft_worsening":{"type":"number","minimum":0},"kv_offload_thrash_max_tput_gain":{"type":"number","minimum":0},"prefix_cache_gap":{"type":"number","minimum":0,"maximum":1},"prefix_cache_drop":{"type":"number","minimum":0,"maximum":1},"kv_transfer_errors_critical":{"type":"integer","minimum":1},"kv_transfer_stall_min_samples":{"type":"integer","minimum":2},"imbalance_ratio_low":{"type":"number","exclusiveMinimum":0},"imbalance_ratio_high":{"type":"number","exclusiveMinimum":0},"imbalance_min_samples":{"type":"integer","minimum":1},"eval_regression_min_drop":{"type":"number","minimum":0},"max_json_bytes":{"type":"integer","minimum":1},"min_family_points":{"type":"integer","minimum":2},"slo_ttft_p99_s":{"type":["number","null"],"exclusiveMinimum":0},"slo_tpot_p99_s":{"type":["number","null"],"exclusiveMinimum":0}},"additionalProperties":false},"compare":{"description":"Compare settings (noise bands, statistics); see docs/COMPARE.md.","type":"object","properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"False discovery rate for Benjamini-Hochberg across all tests of one compare (default 0.05)."},"min_effect_size":{"type":"number","minimum":0,"description":"Minimum relative shift a significant test must also show (default 0.05)."},"method":{"enum":["mann_whitney","bootstrap"],"description":"Test when per-request samples exist on both sides (default mann_whitney)."},"bootstrap_iterations":{"type":"integer","minimum":100,"maximum":100000,"description":"Resamples per bootstrap test (default 1000)."},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the bootstrap PRNG (default 1)."},"min_samples":{"type":"integer","minimum":2,"description":"Samples per side below which noise bands are used instead of a test (default 20)."},"noise_bands":{"description":"Bands used when only aggregates exist, by kind or by metric name: relative fractions, except success_rate (absolute rate units, 0.01 = 1 point).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0},"success_rate":{"type":"number","minimum":0,"maximum":1}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}},"run_alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Family-wise level of the run-level verdicts: shared 0.6 / 0.2 / 0.2 by the per-cell tests (Bonferroni over cells x metric families), the family tests and the sweep tests, so an A/A compare gets any verdict with probability at most run_alpha when the noise law holds (default 0.06; docs/COMPARE.md)."},"min_base_runs":{"type":"integer","minimum":2,"maximum":30,"description":"Base runs from which a cell\'s own runs carry the decision (method run_interval) and min_effect_size alone is the minimum effect (default 3)."},"run_noise_floor":{"description":"With fewer base runs, a change must reach this relative floor to be a verdict; by metric name, latency_tail (aggregate p90+ latency percentiles, default 0.12) or kind (latency, throughput, cost; defaults 0.08).","type":"object","properties":{"latency":{"type":"number","minimum":0},"latency_tail":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}},"suspicious_alpha":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Family-wise level of the SUSPICIOUS tier: a change outside the cell\'s usual range but inside the heavy tail of run-to-run noise is shown (\'re-run to confirm\') and never fails the check (default 0.5)."},"noise_prior":{"type":"object","description":"Noise prior rows that replace the shipped ones, family by family (written by `inferguard calibrate`): per family (throughput, ttft, ttft_tail, tpot, tpot_tail, e2el, e2el_tail) sigma^2 ~ Scale-Inv-chi2(nu, scale^2), scale per load regime (low: concurrency <= 8, mid, high: >= 128).","propertyNames":{"enum":["throughput","ttft","ttft_tail","tpot","tpot_tail","e2el","e2el_tail"]},"additionalProperties":{"type":"object","required":["nu","scale"],"properties":{"nu":{"type":"number","exclusiveMinimum":0},"scale":{"type":"object","properties":{"low":{"type":"number","exclusiveMinimum":0},"mid":{"type":"number","exclusiveMinimum":0},"high":{"type":"number","exclusiveMinimum":0}},"required":["low","mid","high"],"additionalProperties":false},"sigma_max":{"type":"number","exclusiveMinimum":0,"description":"Largest run-to-run spread (sd of ln value) of any cell: the law is truncated there (default: the shipped one)."}},"additionalProperties":false}},"accept":{"type":"array","items":{"type":"string","minLength":1},"description":"Acknowledged regressions: \'<metric>\', \'<head cell id>: <metric>\' or \'*\'. A matching regression is reported with reason \'accepted\' and is never a verdict (the action\'s acknowledgement label sets it)."}},"additionalProperties":false},"cost":{"description":"Cost inputs, same meaning as the CLI flags.","type":"object","properties":{"gpu_hour_cost":{"type":"number","exclusiveMinimum":0},"currency":{"type":"string","minLength":1},"price_table":{"type":"string","minLength":1},"gpus":{"type":"integer","minimum":1}},"additionalProperties":false},"gates":{"description":"SLO gates, one `<path> <op> <value>` line each; see docs/GATES.md.","type":"array","items":{"type":["string","object"],"if":{"type":"object"},"then":{"required":["gate"],"properties":{"gate":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"name":{"type":"string","minLength":1}},"additionalProperties":false},"else":{"minLength":1}}},"eval_thresholds":{"description":"Pass thresholds per eval task (0-1), e.g. {\\"gsm8k\\": 0.9}.","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}},"run":{"description":"What the result files don\'t say, applied to every cell that lacks it (never over what a file states); same meaning as --hardware, --gpus and --label.","type":"object","properties":{"hardware":{"description":"Hardware of cells whose files name none (e.g. h100).","type":"string","minLength":1},"gpus":{"description":"GPU count of cells whose topology names none: per-GPU throughput and cost then work.","type":"integer","minimum":1},"labels":{"description":"Labels k: v added to every cell (part of its identity: cells with other labels are other cells).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_./-]+$"},"additionalProperties":{"type":["string","number","boolean"],"pattern":"^[^,=\\\\r\\\\n]+$"}}},"additionalProperties":false}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/inferguard-ttfs-event-v1.schema.json
const inferguard_ttfs_event_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://stella-ops.org/schemas/ttfs-event.schema.json","title":"Time-to-First-Signal (TTFS) Telemetry Event","description":"Schema for tracking time-to-first-signal metrics across UI, CLI, and CI surfaces","type":"object","required":["schema_version","event_type","timestamp","tenant_id","job_id","surface","ttfs_ms"],"properties":{"schema_version":{"type":"string","pattern":"^v[0-9]+\\\\.[0-9]+$","description":"Schema version (e.g., v1.0)","examples":["v1.0"]},"event_type":{"type":"string","enum":["signal.start","signal.rendered","signal.timeout","signal.error","signal.cache_hit","signal.cold_start"],"description":"Type of TTFS event"},"timestamp":{"type":"string","format":"date-time","description":"ISO-8601 UTC timestamp when event occurred"},"tenant_id":{"type":"string","minLength":1,"description":"Tenant identifier for scoping"},"job_id":{"type":"string","format":"uuid","description":"Job identifier for the signal request"},"run_id":{"type":["string","null"],"format":"uuid","description":"Run identifier if job is part of a run"},"correlation_id":{"type":["string","null"],"description":"Correlation ID for distributed tracing"},"surface":{"type":"string","enum":["ui","cli","ci"],"description":"Surface where the signal request originated"},"ttfs_ms":{"type":"integer","minimum":0,"description":"Time-to-first-signal in milliseconds"},"cache_hit":{"type":"boolean","default":false,"description":"True if signal was served from cache"},"signal_source":{"type":["string","null"],"enum":["snapshot","cold_start","failure_index",null],"description":"Source of the signal data"},"kind":{"type":["string","null"],"enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable",null],"description":"Signal kind indicating current job state"},"phase":{"type":["string","null"],"enum":["resolve","fetch","restore","analyze","policy","report","unknown",null],"description":"Current execution phase of the job"},"network_state":{"type":["string","null"],"description":"Client network state (e.g., \'4g\', \'wifi\', \'offline\')"},"device":{"type":["string","null"],"description":"Client device type (e.g., \'desktop\', \'mobile\', \'cli\')"},"release":{"type":["string","null"],"description":"Application release version"},"trace_id":{"type":["string","null"],"pattern":"^[a-f0-9]{32}$","description":"OpenTelemetry trace ID (32 hex characters)"},"span_id":{"type":["string","null"],"pattern":"^[a-f0-9]{16}$","description":"OpenTelemetry span ID (16 hex characters)"},"error_code":{"type":["string","null"],"description":"Error code if event_type is signal.error or signal.timeout"},"error_message":{"type":["string","null"],"description":"Human-readable error message"},"slo_target_ms":{"type":["integer","null"],"minimum":0,"description":"SLO target in milliseconds for this request"},"slo_breach":{"type":"boolean","default":false,"description":"True if this event represents an SLO breach"},"is_offline_mode":{"type":"boolean","default":false,"description":"True if event occurred in offline/air-gap mode"},"metadata":{"type":"object","additionalProperties":true,"description":"Additional context-specific metadata"}},"additionalProperties":false,"allOf":[{"if":{"properties":{"event_type":{"const":"signal.error"}},"required":["event_type"]},"then":{"required":["error_code"]}},{"if":{"properties":{"event_type":{"const":"signal.timeout"}},"required":["event_type"]},"then":{"required":["error_code"]}}],"examples":[{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:30:00.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","run_id":"660e8400-e29b-41d4-a716-446655440001","surface":"ui","ttfs_ms":850,"cache_hit":true,"signal_source":"snapshot","kind":"started","phase":"analyze","slo_target_ms":2000,"slo_breach":false,"is_offline_mode":false},{"schema_version":"v1.0","event_type":"signal.cache_hit","timestamp":"2025-12-14T10:30:01.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","surface":"cli","ttfs_ms":120,"cache_hit":true,"signal_source":"snapshot","kind":"phase","phase":"policy","device":"cli","release":"1.2.3"},{"schema_version":"v1.0","event_type":"signal.cold_start","timestamp":"2025-12-14T10:31:00.000Z","tenant_id":"tenant-456","job_id":"770e8400-e29b-41d4-a716-446655440002","surface":"ci","ttfs_ms":3200,"cache_hit":false,"signal_source":"cold_start","kind":"succeeded","phase":"report","slo_target_ms":5000,"slo_breach":false},{"schema_version":"v1.0","event_type":"signal.timeout","timestamp":"2025-12-14T10:32:00.000Z","tenant_id":"tenant-789","job_id":"880e8400-e29b-41d4-a716-446655440003","surface":"ui","ttfs_ms":5500,"cache_hit":false,"signal_source":"cold_start","kind":"unavailable","phase":"unknown","error_code":"TTFS_TIMEOUT_EXCEEDED","error_message":"Signal fetch exceeded 5s budget","slo_target_ms":5000,"slo_breach":true},{"schema_version":"v1.0","event_type":"signal.error","timestamp":"2025-12-14T10:33:00.000Z","tenant_id":"tenant-abc","job_id":"990e8400-e29b-41d4-a716-446655440004","surface":"ui","ttfs_ms":1200,"cache_hit":false,"error_code":"TTFS_JOB_NOT_FOUND","error_message":"Job not found or access denied","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"},{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:34:00.000Z","tenant_id":"tenant-airgap","job_id":"aa0e8400-e29b-41d4-a716-446655440005","surface":"ui","ttfs_ms":1800,"cache_hit":false,"signal_source":"failure_index","kind":"failed","phase":"analyze","is_offline_mode":true,"metadata":{"failure_signature_id":"sig-001","predicted_mttr_seconds":300,"likely_cause":"Registry rate limiting"}}],"$defs":{"signal_kind":{"type":"string","enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable"],"description":"Enumeration of signal kinds"},"signal_phase":{"type":"string","enum":["resolve","fetch","restore","analyze","policy","report","unknown"],"description":"Enumeration of execution phases"},"signal_surface":{"type":"string","enum":["ui","cli","ci"],"description":"Enumeration of request surfaces"},"signal_source_type":{"type":"string","enum":["snapshot","cold_start","failure_index"],"description":"Enumeration of signal data sources"}}}');
;// CONCATENATED MODULE: ./schemas/inferguard-pr-context-v1.schema.json
const inferguard_pr_context_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-pr-context/v1","description":"What the pull_request run knew about its PR, uploaded next to report.json so a workflow_run job can find the PR. Untrusted on read: the PR number is used only after GET /pulls/{n} shows the same head SHA.","type":"object","required":["schema_version","repository","pr_number","head_sha","base_ref","run_id"],"additionalProperties":false,"properties":{"schema_version":{"const":"inferguard-pr-context/v1"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pr_number":{"type":"integer","minimum":1},"head_sha":{"type":"string","pattern":"^[0-9a-f]{40}$"},"base_ref":{"type":"string","minLength":1,"maxLength":255},"run_id":{"type":["integer","null"],"minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/inferguard-results-v1.schema.json
const inferguard_results_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-results/v1","description":"A generic benchmark result for harnesses inferguard has no adapter for (docs/RESULTS-FORMAT.md): one row per cell, identity fields and metrics in canonical units. JSON: this document. CSV: a header of the row field names with a `schema_version` column, one row per cell. Fields may be added within v1; unknown fields are ignored.","type":"object","required":["schema_version","rows"],"properties":{"schema_version":{"const":"inferguard-results/v1"},"producer":{"type":"object","description":"Optional: what wrote the file (name, version), for the report only.","properties":{"name":{"type":"string"},"version":{"type":"string"}}},"rows":{"type":"array","items":{"$ref":"#/$defs/row"}}},"$defs":{"row":{"type":"object","description":"One cell: one load point of one configuration. Identity fields, then metrics named as src/core/metrics.ts names them, in canonical units (seconds, tokens/s). Null or absent: not measured. Unknown fields are ignored (the adapter lists them in one finding).","required":["model"],"properties":{"id":{"type":["string","null"],"minLength":1,"description":"Optional explicit cell id (stable across runs); else the identity decides."},"hardware":{"type":["string","null"],"minLength":1,"description":"Accelerator SKU, e.g. h100, mi300x, b200 (lower-cased on read)."},"model":{"type":"string","minLength":1,"description":"Model name, e.g. meta-llama/Llama-3.1-8B-Instruct."},"framework":{"type":["string","null"],"minLength":1,"description":"Serving engine, e.g. vllm, sglang, trt-llm (lower-cased on read)."},"precision":{"type":["string","null"],"minLength":1,"description":"Weights/compute precision, e.g. fp8, bf16 (lower-cased on read)."},"scenario_type":{"type":["string","null"],"minLength":1,"description":"Workload kind, e.g. chat, summarization."},"isl":{"type":["integer","null"],"minimum":0,"description":"Input sequence length, tokens."},"osl":{"type":["integer","null"],"minimum":0,"description":"Output sequence length, tokens."},"concurrency":{"type":["integer","null"],"minimum":1,"description":"Max concurrent requests of the load point."},"request_rate":{"anyOf":[{"type":"number","exclusiveMinimum":0},{"const":"inf"},{"type":"null"}],"description":"Offered request rate (req/s) or \\"inf\\"; the load point when concurrency is null."},"gpus":{"type":["integer","null"],"minimum":1,"description":"GPUs serving the cell."},"tp":{"type":["integer","null"],"minimum":1,"description":"Tensor parallelism."},"pp":{"type":["integer","null"],"minimum":1,"description":"Pipeline parallelism."},"ep":{"type":["integer","null"],"minimum":1,"description":"Expert parallelism."},"labels":{"type":["object","null"],"description":"More configuration as key=value pairs (part of the cell key: rows that differ in labels are different cells). CSV: one `labels` column, `k=v;k=v`.","propertyNames":{"pattern":"^[A-Za-z0-9_.-]+$"},"additionalProperties":{"type":["string","number","boolean"]}},"total_requests":{"type":["integer","null"],"minimum":0,"description":"Requests sent."},"successful_requests":{"type":["integer","null"],"minimum":0,"description":"Requests that completed successfully."},"mean_ttft":{"type":["number","null"],"minimum":0,"description":"mean TTFT, seconds."},"p50_ttft":{"type":["number","null"],"minimum":0,"description":"p50 TTFT, seconds."},"p90_ttft":{"type":["number","null"],"minimum":0,"description":"p90 TTFT, seconds."},"p95_ttft":{"type":["number","null"],"minimum":0,"description":"p95 TTFT, seconds."},"p99_ttft":{"type":["number","null"],"minimum":0,"description":"p99 TTFT, seconds."},"mean_tpot":{"type":["number","null"],"minimum":0,"description":"mean TPOT, seconds."},"p50_tpot":{"type":["number","null"],"minimum":0,"description":"p50 TPOT, seconds."},"p90_tpot":{"type":["number","null"],"minimum":0,"description":"p90 TPOT, seconds."},"p95_tpot":{"type":["number","null"],"minimum":0,"description":"p95 TPOT, seconds."},"p99_tpot":{"type":["number","null"],"minimum":0,"description":"p99 TPOT, seconds."},"mean_itl":{"type":["number","null"],"minimum":0,"description":"mean ITL, seconds."},"p50_itl":{"type":["number","null"],"minimum":0,"description":"p50 ITL, seconds."},"p90_itl":{"type":["number","null"],"minimum":0,"description":"p90 ITL, seconds."},"p95_itl":{"type":["number","null"],"minimum":0,"description":"p95 ITL, seconds."},"p99_itl":{"type":["number","null"],"minimum":0,"description":"p99 ITL, seconds."},"mean_e2el":{"type":["number","null"],"minimum":0,"description":"mean E2EL, seconds."},"p50_e2el":{"type":["number","null"],"minimum":0,"description":"p50 E2EL, seconds."},"p90_e2el":{"type":["number","null"],"minimum":0,"description":"p90 E2EL, seconds."},"p95_e2el":{"type":["number","null"],"minimum":0,"description":"p95 E2EL, seconds."},"p99_e2el":{"type":["number","null"],"minimum":0,"description":"p99 E2EL, seconds."},"total_tput_tps":{"type":["number","null"],"minimum":0,"description":"Total (input + output) token throughput, tokens/s."},"output_tput_tps":{"type":["number","null"],"minimum":0,"description":"Output token throughput, tokens/s."},"input_tput_tps":{"type":["number","null"],"minimum":0,"description":"Input token throughput, tokens/s."},"tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Total token throughput per GPU, tokens/s/GPU."},"output_tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Output token throughput per (decode) GPU, tokens/s/GPU."},"input_tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Input token throughput per (prefill) GPU, tokens/s/GPU."},"request_throughput_rps":{"type":["number","null"],"minimum":0,"description":"Completed requests per second, req/s."}}}}}');
;// CONCATENATED MODULE: ./src/schemas/compiled/validators.js
// @generated by scripts/gen-validators.mjs from schemas/*.json: do not edit, run `npm run gen:validators`.
// ajv 8.20.0 standalone code (MIT), options { allErrors: true, strict: false } + ajv-formats.
/* eslint-disable */

/** sha256 of each contract's schema JSON text (`$id` removed). */
const SCHEMA_HASHES = {
  "disagg-event-record/v1": '368427e81156e77182380ecfb214a22b0d8957eb176b367eb5dea8b518e6d875',
  "disagg-status/v1": 'b4e77243431d6c92e1361f990580a0f3bb9ff4a714b9c416a3655d3f9944e981',
  "inferguard-analyze/v1": '4fd983c631397201f95e35a83d876ca61e3c172095685f99d5a807f8e5e8d3b1',
  "inferguard-config/v1": '67038c0739990c61ecc0e8072c2959855446e2345114ce572f2433129be7835a',
  "inferguard-cost/v1": '241dc53328cb9bc48b856d2d5086c1513a9e78122285b97ab0fd227435310847',
  "inferguard-gates/v1": 'ee6e19f8da460c06a510c2c3274e05b54ef015c266c7313d5bb44e6aaacc0b50',
  "inferguard-pr-context/v1": '60fdaaff33e0d05cf740f565d1efc8140c46a700b703d5d8eb70e59d09a79e2d',
  "inferguard-report-diff/v1": '2eedba5c4e2be0f3fc31731f695d98dcabc61738d9d7883c73c695bf100eb564',
  "inferguard-results/v1": 'afb921b04bb752765c6ad0b60b98c1493c31fc511e0a4409ff24db51e56ae69b',
  "inferguard-timeline/v1": '82935a2a839abbe51a6fb784e9c799156e47999218dd38156594ed2b4874ace4',
  "inferguard-ttfs-event/v1": '85efc7e6f2e0069aa455f655645acfd7cf9c12d5cd87e06060c2bea5f7802ad8',
  "path-trace/v1": '06b8ef23052aed8369886e5d96247540aafbce1d9bec07ea7844ef50547d2794',
};

/** The validators by contract name; `require` resolves 'ajv-formats/dist/formats' and 'ajv/dist/runtime/ucs2length'. */
function createValidators(require) {
  const exports = {};
exports.c0 = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-event-record/v1","type":"object","required":["at","endpoints","code","severity","message"],"properties":{"at":{"type":"number","description":"Unix epoch seconds"},"endpoints":{"type":"array","items":{"type":"string"}},"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"}},"additionalProperties":true};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.endpoints === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.code === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.severity === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.message === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.at !== undefined){if(!(typeof data.at == "number")){const err5 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.endpoints !== undefined){let data1 = data.endpoints;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(typeof data1[i0] !== "string"){const err6 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.code !== undefined){let data3 = data.code;if(!((((((data3 === "connector_mismatch") || (data3 === "prefill_decode_imbalance")) || (data3 === "kv_transfer_errors_present")) || (data3 === "kv_transfer_stall")) || (data3 === "endpoint_unreachable")) || (data3 === "engine_unidentified"))){const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/enum",keyword:"enum",params:{allowedValues: schema31.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.severity !== undefined){let data4 = data.severity;if(!(((data4 === "info") || (data4 === "warning")) || (data4 === "critical"))){const err9 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.message !== undefined){if(typeof data.message !== "string"){const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c1 = validate21;const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-status/v1","type":"object","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"},"prefill":{"$ref":"#/$defs/snapshot"},"decode":{"$ref":"#/$defs/snapshot"},"transfer":{"anyOf":[{"$ref":"#/$defs/snapshot"},{"type":"null"}]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"endpoint":{"type":"object","required":["url","role","engine"],"properties":{"url":{"type":"string"},"role":{"enum":["prefill","decode","transfer"]},"engine":{"enum":["vllm","sglang","dynamo","llm-d","unknown"]},"engine_version":{"type":"string"},"connector":{"type":"string"}},"additionalProperties":true},"snapshot":{"type":"object","required":["endpoint","scraped_at"],"properties":{"endpoint":{"$ref":"#/$defs/endpoint"},"scraped_at":{"type":"number"},"kv_cache_usage":{"type":["number","null"]},"requests_running":{"type":["integer","null"]},"requests_waiting":{"type":["integer","null"]},"requests_swapped":{"type":["integer","null"]},"preemptions_total":{"type":["integer","null"]},"ttft_avg_seconds":{"type":["number","null"]},"tpot_avg_seconds":{"type":["number","null"]},"kv_transfer_sent_bytes_total":{"type":["integer","null"]},"kv_transfer_recv_bytes_total":{"type":["integer","null"]},"kv_transfer_errors_total":{"type":["integer","null"]},"prefill_queue_depth":{"type":["integer","null"]},"decode_queue_depth":{"type":["integer","null"]},"scrape_error":{"type":"string"},"raw_labels":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":true},"finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}};const schema35 = {"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true};const schema33 = {"type":"object","required":["endpoint","scraped_at"],"properties":{"endpoint":{"$ref":"#/$defs/endpoint"},"scraped_at":{"type":"number"},"kv_cache_usage":{"type":["number","null"]},"requests_running":{"type":["integer","null"]},"requests_waiting":{"type":["integer","null"]},"requests_swapped":{"type":["integer","null"]},"preemptions_total":{"type":["integer","null"]},"ttft_avg_seconds":{"type":["number","null"]},"tpot_avg_seconds":{"type":["number","null"]},"kv_transfer_sent_bytes_total":{"type":["integer","null"]},"kv_transfer_recv_bytes_total":{"type":["integer","null"]},"kv_transfer_errors_total":{"type":["integer","null"]},"prefill_queue_depth":{"type":["integer","null"]},"decode_queue_depth":{"type":["integer","null"]},"scrape_error":{"type":"string"},"raw_labels":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":true};const schema34 = {"type":"object","required":["url","role","engine"],"properties":{"url":{"type":"string"},"role":{"enum":["prefill","decode","transfer"]},"engine":{"enum":["vllm","sglang","dynamo","llm-d","unknown"]},"engine_version":{"type":"string"},"connector":{"type":"string"}},"additionalProperties":true};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.endpoint === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.scraped_at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scraped_at"},message:"must have required property '"+"scraped_at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.endpoint !== undefined){let data0 = data.endpoint;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.url === undefined){const err2 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.role === undefined){const err3 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.engine === undefined){const err4 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.url !== undefined){if(typeof data0.url !== "string"){const err5 = {instancePath:instancePath+"/endpoint/url",schemaPath:"#/$defs/endpoint/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.role !== undefined){let data2 = data0.role;if(!(((data2 === "prefill") || (data2 === "decode")) || (data2 === "transfer"))){const err6 = {instancePath:instancePath+"/endpoint/role",schemaPath:"#/$defs/endpoint/properties/role/enum",keyword:"enum",params:{allowedValues: schema34.properties.role.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.engine !== undefined){let data3 = data0.engine;if(!(((((data3 === "vllm") || (data3 === "sglang")) || (data3 === "dynamo")) || (data3 === "llm-d")) || (data3 === "unknown"))){const err7 = {instancePath:instancePath+"/endpoint/engine",schemaPath:"#/$defs/endpoint/properties/engine/enum",keyword:"enum",params:{allowedValues: schema34.properties.engine.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.engine_version !== undefined){if(typeof data0.engine_version !== "string"){const err8 = {instancePath:instancePath+"/endpoint/engine_version",schemaPath:"#/$defs/endpoint/properties/engine_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.connector !== undefined){if(typeof data0.connector !== "string"){const err9 = {instancePath:instancePath+"/endpoint/connector",schemaPath:"#/$defs/endpoint/properties/connector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.scraped_at !== undefined){if(!(typeof data.scraped_at == "number")){const err11 = {instancePath:instancePath+"/scraped_at",schemaPath:"#/properties/scraped_at/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.kv_cache_usage !== undefined){let data7 = data.kv_cache_usage;if((!(typeof data7 == "number")) && (data7 !== null)){const err12 = {instancePath:instancePath+"/kv_cache_usage",schemaPath:"#/properties/kv_cache_usage/type",keyword:"type",params:{type: schema33.properties.kv_cache_usage.type},message:"must be number,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.requests_running !== undefined){let data8 = data.requests_running;if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){const err13 = {instancePath:instancePath+"/requests_running",schemaPath:"#/properties/requests_running/type",keyword:"type",params:{type: schema33.properties.requests_running.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.requests_waiting !== undefined){let data9 = data.requests_waiting;if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){const err14 = {instancePath:instancePath+"/requests_waiting",schemaPath:"#/properties/requests_waiting/type",keyword:"type",params:{type: schema33.properties.requests_waiting.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.requests_swapped !== undefined){let data10 = data.requests_swapped;if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){const err15 = {instancePath:instancePath+"/requests_swapped",schemaPath:"#/properties/requests_swapped/type",keyword:"type",params:{type: schema33.properties.requests_swapped.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.preemptions_total !== undefined){let data11 = data.preemptions_total;if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){const err16 = {instancePath:instancePath+"/preemptions_total",schemaPath:"#/properties/preemptions_total/type",keyword:"type",params:{type: schema33.properties.preemptions_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.ttft_avg_seconds !== undefined){let data12 = data.ttft_avg_seconds;if((!(typeof data12 == "number")) && (data12 !== null)){const err17 = {instancePath:instancePath+"/ttft_avg_seconds",schemaPath:"#/properties/ttft_avg_seconds/type",keyword:"type",params:{type: schema33.properties.ttft_avg_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.tpot_avg_seconds !== undefined){let data13 = data.tpot_avg_seconds;if((!(typeof data13 == "number")) && (data13 !== null)){const err18 = {instancePath:instancePath+"/tpot_avg_seconds",schemaPath:"#/properties/tpot_avg_seconds/type",keyword:"type",params:{type: schema33.properties.tpot_avg_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.kv_transfer_sent_bytes_total !== undefined){let data14 = data.kv_transfer_sent_bytes_total;if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (data14 !== null)){const err19 = {instancePath:instancePath+"/kv_transfer_sent_bytes_total",schemaPath:"#/properties/kv_transfer_sent_bytes_total/type",keyword:"type",params:{type: schema33.properties.kv_transfer_sent_bytes_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.kv_transfer_recv_bytes_total !== undefined){let data15 = data.kv_transfer_recv_bytes_total;if((!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) && (data15 !== null)){const err20 = {instancePath:instancePath+"/kv_transfer_recv_bytes_total",schemaPath:"#/properties/kv_transfer_recv_bytes_total/type",keyword:"type",params:{type: schema33.properties.kv_transfer_recv_bytes_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.kv_transfer_errors_total !== undefined){let data16 = data.kv_transfer_errors_total;if((!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) && (data16 !== null)){const err21 = {instancePath:instancePath+"/kv_transfer_errors_total",schemaPath:"#/properties/kv_transfer_errors_total/type",keyword:"type",params:{type: schema33.properties.kv_transfer_errors_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.prefill_queue_depth !== undefined){let data17 = data.prefill_queue_depth;if((!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))) && (data17 !== null)){const err22 = {instancePath:instancePath+"/prefill_queue_depth",schemaPath:"#/properties/prefill_queue_depth/type",keyword:"type",params:{type: schema33.properties.prefill_queue_depth.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.decode_queue_depth !== undefined){let data18 = data.decode_queue_depth;if((!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))) && (data18 !== null)){const err23 = {instancePath:instancePath+"/decode_queue_depth",schemaPath:"#/properties/decode_queue_depth/type",keyword:"type",params:{type: schema33.properties.decode_queue_depth.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.scrape_error !== undefined){if(typeof data.scrape_error !== "string"){const err24 = {instancePath:instancePath+"/scrape_error",schemaPath:"#/properties/scrape_error/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.raw_labels !== undefined){let data20 = data.raw_labels;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key0 in data20){if(typeof data20[key0] !== "string"){const err25 = {instancePath:instancePath+"/raw_labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/raw_labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/raw_labels",schemaPath:"#/properties/raw_labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.prefill === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefill"},message:"must have required property '"+"prefill"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.decode === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decode"},message:"must have required property '"+"decode"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.findings === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.schema_version !== undefined){if("disagg-status/v1" !== data.schema_version){const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "disagg-status/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.prefill !== undefined){if(!(validate22(data.prefill, {instancePath:instancePath+"/prefill",parentData:data,parentDataProperty:"prefill",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.decode !== undefined){if(!(validate22(data.decode, {instancePath:instancePath+"/decode",parentData:data,parentDataProperty:"decode",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.transfer !== undefined){let data3 = data.transfer;const _errs5 = errors;let valid1 = false;const _errs6 = errors;if(!(validate22(data3, {instancePath:instancePath+"/transfer",parentData:data,parentDataProperty:"transfer",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;const _errs7 = errors;if(data3 !== null){const err5 = {instancePath:instancePath+"/transfer",schemaPath:"#/properties/transfer/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs7 === errors;valid1 = valid1 || _valid0;if(!valid1){const err6 = {instancePath:instancePath+"/transfer",schemaPath:"#/properties/transfer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data.findings !== undefined){let data4 = data.findings;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.code === undefined){const err7 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data5.severity === undefined){const err8 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data5.message === undefined){const err9 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data5.evidence === undefined){const err10 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data5.code !== undefined){let data6 = data5.code;if(!((((((data6 === "connector_mismatch") || (data6 === "prefill_decode_imbalance")) || (data6 === "kv_transfer_errors_present")) || (data6 === "kv_transfer_stall")) || (data6 === "endpoint_unreachable")) || (data6 === "engine_unidentified"))){const err11 = {instancePath:instancePath+"/findings/" + i0+"/code",schemaPath:"#/$defs/finding/properties/code/enum",keyword:"enum",params:{allowedValues: schema35.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.severity !== undefined){let data7 = data5.severity;if(!(((data7 === "info") || (data7 === "warning")) || (data7 === "critical"))){const err12 = {instancePath:instancePath+"/findings/" + i0+"/severity",schemaPath:"#/$defs/finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema35.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.message !== undefined){if(typeof data5.message !== "string"){const err13 = {instancePath:instancePath+"/findings/" + i0+"/message",schemaPath:"#/$defs/finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data5.evidence !== undefined){let data9 = data5.evidence;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){}else {const err14 = {instancePath:instancePath+"/findings/" + i0+"/evidence",schemaPath:"#/$defs/finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":{"schema_version":true,"prefill":true,"decode":true,"transfer":true,"findings":true},"dynamicProps":false,"dynamicItems":false};exports.c2 = validate26;const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-analyze/v1","type":"object","required":["schema_version","generated_at","input_root","analyzer","run_summary","cells","findings","artifact_manifest"],"properties":{"schema_version":{"const":"inferguard-analyze/v1"},"generated_at":{"type":"string","format":"date-time"},"input_root":{"type":"string"},"analyzer":{"type":"object","required":["inferguard_version","capabilities"],"properties":{"inferguard_version":{"type":"string"},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false}},"additionalProperties":true},"run_summary":{"type":"object","required":["status","total_cells","successful_cells","failed_cells","missing_artifacts"],"properties":{"status":{"enum":["complete","partial","failed","unknown"]},"total_cells":{"type":"integer","minimum":0},"successful_cells":{"type":"integer","minimum":0},"failed_cells":{"type":"integer","minimum":0},"missing_artifacts":{"type":"array","items":{"type":"string"}},"cost":{"$ref":"#/$defs/cost_block"}},"additionalProperties":true},"cells":{"type":"array","items":{"$ref":"#/$defs/analyze_cell"}},"cross_run":{"type":"object","additionalProperties":true},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}},"artifact_manifest":{"type":"array","items":{"$ref":"#/$defs/artifact"}}},"$defs":{"analyze_cell":{"type":"object","required":["cell_id","source_format","artifacts","completion","metrics","findings"],"properties":{"cell_id":{"type":"string"},"source_format":{"enum":["inferencex-static","inferencex-srt-slurm","agentx-trace-replay","inferguard-bench-native","eval","mixed","unknown"]},"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]},"topology":{"type":"object","additionalProperties":true},"artifacts":{"type":"object","additionalProperties":{"type":["string","array","null"]}},"completion":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":{"type":["number","integer","string","boolean","null"]}},"timeline":{"type":"object","additionalProperties":true},"cost":{"$ref":"#/$defs/cost_block"},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}}},"additionalProperties":true},"cost_block":{"type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true},"analyze_finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"description":"Emitted today: missing_required_artifact, invalid_run_no_successful_requests, partial_run, metrics_unavailable. Reserved / planned: ttft_cliff, tpot_degradation, throughput_plateau, kv_pressure, kv_offload_thrash, prefix_cache_regression, prefill_decode_imbalance, kv_transfer_stall, kv_transfer_errors_present, endpoint_unreachable, engine_unidentified, eval_regression.","enum":["missing_required_artifact","invalid_run_no_successful_requests","partial_run","metrics_unavailable","ttft_cliff","tpot_degradation","throughput_plateau","kv_pressure","kv_offload_thrash","prefix_cache_regression","prefill_decode_imbalance","kv_transfer_stall","kv_transfer_errors_present","endpoint_unreachable","engine_unidentified","eval_regression"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true},"artifact":{"type":"object","required":["path","kind"],"properties":{"path":{"type":"string"},"kind":{"type":"string"},"cell_id":{"type":["string","null"]},"required":{"type":"boolean"},"present":{"type":"boolean"}},"additionalProperties":true}},"additionalProperties":true};const schema37 = {"type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true};const schema40 = {"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"description":"Emitted today: missing_required_artifact, invalid_run_no_successful_requests, partial_run, metrics_unavailable. Reserved / planned: ttft_cliff, tpot_degradation, throughput_plateau, kv_pressure, kv_offload_thrash, prefix_cache_regression, prefill_decode_imbalance, kv_transfer_stall, kv_transfer_errors_present, endpoint_unreachable, engine_unidentified, eval_regression.","enum":["missing_required_artifact","invalid_run_no_successful_requests","partial_run","metrics_unavailable","ttft_cliff","tpot_degradation","throughput_plateau","kv_pressure","kv_offload_thrash","prefix_cache_regression","prefill_decode_imbalance","kv_transfer_stall","kv_transfer_errors_present","endpoint_unreachable","engine_unidentified","eval_regression"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true};const schema42 = {"type":"object","required":["path","kind"],"properties":{"path":{"type":"string"},"kind":{"type":"string"},"cell_id":{"type":["string","null"]},"required":{"type":"boolean"},"present":{"type":"boolean"}},"additionalProperties":true};const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];const schema38 = {"type":"object","required":["cell_id","source_format","artifacts","completion","metrics","findings"],"properties":{"cell_id":{"type":"string"},"source_format":{"enum":["inferencex-static","inferencex-srt-slurm","agentx-trace-replay","inferguard-bench-native","eval","mixed","unknown"]},"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]},"topology":{"type":"object","additionalProperties":true},"artifacts":{"type":"object","additionalProperties":{"type":["string","array","null"]}},"completion":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":{"type":["number","integer","string","boolean","null"]}},"timeline":{"type":"object","additionalProperties":true},"cost":{"$ref":"#/$defs/cost_block"},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}}},"additionalProperties":true};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.cell_id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.source_format === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_format"},message:"must have required property '"+"source_format"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.artifacts === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.completion === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.metrics === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.findings === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.cell_id !== undefined){if(typeof data.cell_id !== "string"){const err6 = {instancePath:instancePath+"/cell_id",schemaPath:"#/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.source_format !== undefined){let data1 = data.source_format;if(!(((((((data1 === "inferencex-static") || (data1 === "inferencex-srt-slurm")) || (data1 === "agentx-trace-replay")) || (data1 === "inferguard-bench-native")) || (data1 === "eval")) || (data1 === "mixed")) || (data1 === "unknown"))){const err7 = {instancePath:instancePath+"/source_format",schemaPath:"#/properties/source_format/enum",keyword:"enum",params:{allowedValues: schema38.properties.source_format.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.hardware !== undefined){let data2 = data.hardware;if((typeof data2 !== "string") && (data2 !== null)){const err8 = {instancePath:instancePath+"/hardware",schemaPath:"#/properties/hardware/type",keyword:"type",params:{type: schema38.properties.hardware.type},message:"must be string,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.model !== undefined){let data3 = data.model;if((typeof data3 !== "string") && (data3 !== null)){const err9 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: schema38.properties.model.type},message:"must be string,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.framework !== undefined){let data4 = data.framework;if((typeof data4 !== "string") && (data4 !== null)){const err10 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/type",keyword:"type",params:{type: schema38.properties.framework.type},message:"must be string,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.precision !== undefined){let data5 = data.precision;if((typeof data5 !== "string") && (data5 !== null)){const err11 = {instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/type",keyword:"type",params:{type: schema38.properties.precision.type},message:"must be string,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.scenario_type !== undefined){let data6 = data.scenario_type;if((typeof data6 !== "string") && (data6 !== null)){const err12 = {instancePath:instancePath+"/scenario_type",schemaPath:"#/properties/scenario_type/type",keyword:"type",params:{type: schema38.properties.scenario_type.type},message:"must be string,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.is_multinode !== undefined){let data7 = data.is_multinode;if((typeof data7 !== "boolean") && (data7 !== null)){const err13 = {instancePath:instancePath+"/is_multinode",schemaPath:"#/properties/is_multinode/type",keyword:"type",params:{type: schema38.properties.is_multinode.type},message:"must be boolean,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.recipe_name !== undefined){let data8 = data.recipe_name;if((typeof data8 !== "string") && (data8 !== null)){const err14 = {instancePath:instancePath+"/recipe_name",schemaPath:"#/properties/recipe_name/type",keyword:"type",params:{type: schema38.properties.recipe_name.type},message:"must be string,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.isl !== undefined){let data9 = data.isl;if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){const err15 = {instancePath:instancePath+"/isl",schemaPath:"#/properties/isl/type",keyword:"type",params:{type: schema38.properties.isl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.osl !== undefined){let data10 = data.osl;if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){const err16 = {instancePath:instancePath+"/osl",schemaPath:"#/properties/osl/type",keyword:"type",params:{type: schema38.properties.osl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.concurrency !== undefined){let data11 = data.concurrency;if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){const err17 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: schema38.properties.concurrency.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.topology !== undefined){let data12 = data.topology;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){}else {const err18 = {instancePath:instancePath+"/topology",schemaPath:"#/properties/topology/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.artifacts !== undefined){let data13 = data.artifacts;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key0 in data13){let data14 = data13[key0];if(((typeof data14 !== "string") && (!(Array.isArray(data14)))) && (data14 !== null)){const err19 = {instancePath:instancePath+"/artifacts/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/artifacts/additionalProperties/type",keyword:"type",params:{type: schema38.properties.artifacts.additionalProperties.type},message:"must be string,array,null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.completion !== undefined){let data15 = data.completion;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){}else {const err21 = {instancePath:instancePath+"/completion",schemaPath:"#/properties/completion/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.metrics !== undefined){let data16 = data.metrics;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key1 in data16){let data17 = data16[key1];if((((!(typeof data17 == "number")) && (typeof data17 !== "string")) && (typeof data17 !== "boolean")) && (data17 !== null)){const err22 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema38.properties.metrics.additionalProperties.type},message:"must be number,integer,string,boolean,null"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.timeline !== undefined){let data18 = data.timeline;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){}else {const err24 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.cost !== undefined){let data19 = data.cost;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.schema_version === undefined){const err25 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data19.currency === undefined){const err26 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data19.gpu_hours === undefined){const err27 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data19.gpu_hour_cost === undefined){const err28 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hour_cost"},message:"must have required property '"+"gpu_hour_cost"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data19.compute_cost === undefined){const err29 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data19.schema_version !== undefined){if("inferguard-cost/v1" !== data19.schema_version){const err30 = {instancePath:instancePath+"/cost/schema_version",schemaPath:"#/$defs/cost_block/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-cost/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data19.currency !== undefined){if(typeof data19.currency !== "string"){const err31 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/$defs/cost_block/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19.duration_seconds !== undefined){let data22 = data19.duration_seconds;if((!(typeof data22 == "number")) && (data22 !== null)){const err32 = {instancePath:instancePath+"/cost/duration_seconds",schemaPath:"#/$defs/cost_block/properties/duration_seconds/type",keyword:"type",params:{type: schema37.properties.duration_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19.gpus !== undefined){let data23 = data19.gpus;if((!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) && (data23 !== null)){const err33 = {instancePath:instancePath+"/cost/gpus",schemaPath:"#/$defs/cost_block/properties/gpus/type",keyword:"type",params:{type: schema37.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data19.gpu_hours !== undefined){let data24 = data19.gpu_hours;if((!(typeof data24 == "number")) && (data24 !== null)){const err34 = {instancePath:instancePath+"/cost/gpu_hours",schemaPath:"#/$defs/cost_block/properties/gpu_hours/type",keyword:"type",params:{type: schema37.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data19.gpu_hour_cost !== undefined){let data25 = data19.gpu_hour_cost;if((!(typeof data25 == "number")) && (data25 !== null)){const err35 = {instancePath:instancePath+"/cost/gpu_hour_cost",schemaPath:"#/$defs/cost_block/properties/gpu_hour_cost/type",keyword:"type",params:{type: schema37.properties.gpu_hour_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data19.compute_cost !== undefined){let data26 = data19.compute_cost;if((!(typeof data26 == "number")) && (data26 !== null)){const err36 = {instancePath:instancePath+"/cost/compute_cost",schemaPath:"#/$defs/cost_block/properties/compute_cost/type",keyword:"type",params:{type: schema37.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data19.completed_sessions !== undefined){let data27 = data19.completed_sessions;if((!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) && (data27 !== null)){const err37 = {instancePath:instancePath+"/cost/completed_sessions",schemaPath:"#/$defs/cost_block/properties/completed_sessions/type",keyword:"type",params:{type: schema37.properties.completed_sessions.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data19.completed_requests !== undefined){let data28 = data19.completed_requests;if((!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) && (data28 !== null)){const err38 = {instancePath:instancePath+"/cost/completed_requests",schemaPath:"#/$defs/cost_block/properties/completed_requests/type",keyword:"type",params:{type: schema37.properties.completed_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data19.completion_basis !== undefined){let data29 = data19.completion_basis;if(!((data29 === "session-based") || (data29 === "request-based"))){const err39 = {instancePath:instancePath+"/cost/completion_basis",schemaPath:"#/$defs/cost_block/properties/completion_basis/enum",keyword:"enum",params:{allowedValues: schema37.properties.completion_basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data19.cost_per_completed_session !== undefined){let data30 = data19.cost_per_completed_session;if((!(typeof data30 == "number")) && (data30 !== null)){const err40 = {instancePath:instancePath+"/cost/cost_per_completed_session",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_session/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_session.type},message:"must be number,null"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data19.cost_per_completed_request !== undefined){let data31 = data19.cost_per_completed_request;if((!(typeof data31 == "number")) && (data31 !== null)){const err41 = {instancePath:instancePath+"/cost/cost_per_completed_request",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data19.cost_per_million_input_tokens !== undefined){let data32 = data19.cost_per_million_input_tokens;if((!(typeof data32 == "number")) && (data32 !== null)){const err42 = {instancePath:instancePath+"/cost/cost_per_million_input_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_input_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_input_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data19.cost_per_million_output_tokens !== undefined){let data33 = data19.cost_per_million_output_tokens;if((!(typeof data33 == "number")) && (data33 !== null)){const err43 = {instancePath:instancePath+"/cost/cost_per_million_output_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.findings !== undefined){let data34 = data.findings;if(Array.isArray(data34)){const len0 = data34.length;for(let i0=0; i0<len0; i0++){let data35 = data34[i0];if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.code === undefined){const err45 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data35.severity === undefined){const err46 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data35.message === undefined){const err47 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data35.evidence === undefined){const err48 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data35.code !== undefined){let data36 = data35.code;if(!((((((((((((((((data36 === "missing_required_artifact") || (data36 === "invalid_run_no_successful_requests")) || (data36 === "partial_run")) || (data36 === "metrics_unavailable")) || (data36 === "ttft_cliff")) || (data36 === "tpot_degradation")) || (data36 === "throughput_plateau")) || (data36 === "kv_pressure")) || (data36 === "kv_offload_thrash")) || (data36 === "prefix_cache_regression")) || (data36 === "prefill_decode_imbalance")) || (data36 === "kv_transfer_stall")) || (data36 === "kv_transfer_errors_present")) || (data36 === "endpoint_unreachable")) || (data36 === "engine_unidentified")) || (data36 === "eval_regression"))){const err49 = {instancePath:instancePath+"/findings/" + i0+"/code",schemaPath:"#/$defs/analyze_finding/properties/code/enum",keyword:"enum",params:{allowedValues: schema40.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data35.severity !== undefined){let data37 = data35.severity;if(!(((data37 === "info") || (data37 === "warning")) || (data37 === "critical"))){const err50 = {instancePath:instancePath+"/findings/" + i0+"/severity",schemaPath:"#/$defs/analyze_finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema40.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data35.message !== undefined){if(typeof data35.message !== "string"){const err51 = {instancePath:instancePath+"/findings/" + i0+"/message",schemaPath:"#/$defs/analyze_finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data35.cell_id !== undefined){let data39 = data35.cell_id;if((typeof data39 !== "string") && (data39 !== null)){const err52 = {instancePath:instancePath+"/findings/" + i0+"/cell_id",schemaPath:"#/$defs/analyze_finding/properties/cell_id/type",keyword:"type",params:{type: schema40.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data35.evidence !== undefined){let data40 = data35.evidence;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){}else {const err53 = {instancePath:instancePath+"/findings/" + i0+"/evidence",schemaPath:"#/$defs/analyze_finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.generated_at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.input_root === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.analyzer === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "analyzer"},message:"must have required property '"+"analyzer"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.run_summary === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_summary"},message:"must have required property '"+"run_summary"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.cells === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.findings === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.artifact_manifest === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_manifest"},message:"must have required property '"+"artifact_manifest"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.schema_version !== undefined){if("inferguard-analyze/v1" !== data.schema_version){const err8 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-analyze/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.generated_at !== undefined){let data1 = data.generated_at;if(typeof data1 === "string"){if(!(formats0.validate(data1))){const err9 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.input_root !== undefined){if(typeof data.input_root !== "string"){const err11 = {instancePath:instancePath+"/input_root",schemaPath:"#/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.analyzer !== undefined){let data3 = data.analyzer;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.inferguard_version === undefined){const err12 = {instancePath:instancePath+"/analyzer",schemaPath:"#/properties/analyzer/required",keyword:"required",params:{missingProperty: "inferguard_version"},message:"must have required property '"+"inferguard_version"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data3.capabilities === undefined){const err13 = {instancePath:instancePath+"/analyzer",schemaPath:"#/properties/analyzer/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.inferguard_version !== undefined){if(typeof data3.inferguard_version !== "string"){const err14 = {instancePath:instancePath+"/analyzer/inferguard_version",schemaPath:"#/properties/analyzer/properties/inferguard_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data3.capabilities !== undefined){let data5 = data3.capabilities;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.diagnosis === undefined){const err15 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "diagnosis"},message:"must have required property '"+"diagnosis"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data5.actuation === undefined){const err16 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "actuation"},message:"must have required property '"+"actuation"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data5.replay === undefined){const err17 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data5.recall === undefined){const err18 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "recall"},message:"must have required property '"+"recall"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key0 in data5){if(!((((key0 === "diagnosis") || (key0 === "actuation")) || (key0 === "replay")) || (key0 === "recall"))){const err19 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5.diagnosis !== undefined){let data6 = data5.diagnosis;if(!((data6 === "on") || (data6 === "off"))){const err20 = {instancePath:instancePath+"/analyzer/capabilities/diagnosis",schemaPath:"#/properties/analyzer/properties/capabilities/properties/diagnosis/enum",keyword:"enum",params:{allowedValues: schema36.properties.analyzer.properties.capabilities.properties.diagnosis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data5.actuation !== undefined){if("off" !== data5.actuation){const err21 = {instancePath:instancePath+"/analyzer/capabilities/actuation",schemaPath:"#/properties/analyzer/properties/capabilities/properties/actuation/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data5.replay !== undefined){if("off" !== data5.replay){const err22 = {instancePath:instancePath+"/analyzer/capabilities/replay",schemaPath:"#/properties/analyzer/properties/capabilities/properties/replay/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data5.recall !== undefined){if("off" !== data5.recall){const err23 = {instancePath:instancePath+"/analyzer/capabilities/recall",schemaPath:"#/properties/analyzer/properties/capabilities/properties/recall/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/analyzer",schemaPath:"#/properties/analyzer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.run_summary !== undefined){let data10 = data.run_summary;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.status === undefined){const err26 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data10.total_cells === undefined){const err27 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data10.successful_cells === undefined){const err28 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "successful_cells"},message:"must have required property '"+"successful_cells"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data10.failed_cells === undefined){const err29 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "failed_cells"},message:"must have required property '"+"failed_cells"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data10.missing_artifacts === undefined){const err30 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "missing_artifacts"},message:"must have required property '"+"missing_artifacts"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data10.status !== undefined){let data11 = data10.status;if(!((((data11 === "complete") || (data11 === "partial")) || (data11 === "failed")) || (data11 === "unknown"))){const err31 = {instancePath:instancePath+"/run_summary/status",schemaPath:"#/properties/run_summary/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.run_summary.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data10.total_cells !== undefined){let data12 = data10.total_cells;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){const err32 = {instancePath:instancePath+"/run_summary/total_cells",schemaPath:"#/properties/run_summary/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(typeof data12 == "number"){if(data12 < 0 || isNaN(data12)){const err33 = {instancePath:instancePath+"/run_summary/total_cells",schemaPath:"#/properties/run_summary/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data10.successful_cells !== undefined){let data13 = data10.successful_cells;if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){const err34 = {instancePath:instancePath+"/run_summary/successful_cells",schemaPath:"#/properties/run_summary/properties/successful_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data13 == "number"){if(data13 < 0 || isNaN(data13)){const err35 = {instancePath:instancePath+"/run_summary/successful_cells",schemaPath:"#/properties/run_summary/properties/successful_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data10.failed_cells !== undefined){let data14 = data10.failed_cells;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){const err36 = {instancePath:instancePath+"/run_summary/failed_cells",schemaPath:"#/properties/run_summary/properties/failed_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(typeof data14 == "number"){if(data14 < 0 || isNaN(data14)){const err37 = {instancePath:instancePath+"/run_summary/failed_cells",schemaPath:"#/properties/run_summary/properties/failed_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}if(data10.missing_artifacts !== undefined){let data15 = data10.missing_artifacts;if(Array.isArray(data15)){const len0 = data15.length;for(let i0=0; i0<len0; i0++){if(typeof data15[i0] !== "string"){const err38 = {instancePath:instancePath+"/run_summary/missing_artifacts/" + i0,schemaPath:"#/properties/run_summary/properties/missing_artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/run_summary/missing_artifacts",schemaPath:"#/properties/run_summary/properties/missing_artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data10.cost !== undefined){let data17 = data10.cost;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.schema_version === undefined){const err40 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data17.currency === undefined){const err41 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data17.gpu_hours === undefined){const err42 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data17.gpu_hour_cost === undefined){const err43 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hour_cost"},message:"must have required property '"+"gpu_hour_cost"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data17.compute_cost === undefined){const err44 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data17.schema_version !== undefined){if("inferguard-cost/v1" !== data17.schema_version){const err45 = {instancePath:instancePath+"/run_summary/cost/schema_version",schemaPath:"#/$defs/cost_block/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-cost/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data17.currency !== undefined){if(typeof data17.currency !== "string"){const err46 = {instancePath:instancePath+"/run_summary/cost/currency",schemaPath:"#/$defs/cost_block/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data17.duration_seconds !== undefined){let data20 = data17.duration_seconds;if((!(typeof data20 == "number")) && (data20 !== null)){const err47 = {instancePath:instancePath+"/run_summary/cost/duration_seconds",schemaPath:"#/$defs/cost_block/properties/duration_seconds/type",keyword:"type",params:{type: schema37.properties.duration_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data17.gpus !== undefined){let data21 = data17.gpus;if((!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) && (data21 !== null)){const err48 = {instancePath:instancePath+"/run_summary/cost/gpus",schemaPath:"#/$defs/cost_block/properties/gpus/type",keyword:"type",params:{type: schema37.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.gpu_hours !== undefined){let data22 = data17.gpu_hours;if((!(typeof data22 == "number")) && (data22 !== null)){const err49 = {instancePath:instancePath+"/run_summary/cost/gpu_hours",schemaPath:"#/$defs/cost_block/properties/gpu_hours/type",keyword:"type",params:{type: schema37.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data17.gpu_hour_cost !== undefined){let data23 = data17.gpu_hour_cost;if((!(typeof data23 == "number")) && (data23 !== null)){const err50 = {instancePath:instancePath+"/run_summary/cost/gpu_hour_cost",schemaPath:"#/$defs/cost_block/properties/gpu_hour_cost/type",keyword:"type",params:{type: schema37.properties.gpu_hour_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.compute_cost !== undefined){let data24 = data17.compute_cost;if((!(typeof data24 == "number")) && (data24 !== null)){const err51 = {instancePath:instancePath+"/run_summary/cost/compute_cost",schemaPath:"#/$defs/cost_block/properties/compute_cost/type",keyword:"type",params:{type: schema37.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data17.completed_sessions !== undefined){let data25 = data17.completed_sessions;if((!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))) && (data25 !== null)){const err52 = {instancePath:instancePath+"/run_summary/cost/completed_sessions",schemaPath:"#/$defs/cost_block/properties/completed_sessions/type",keyword:"type",params:{type: schema37.properties.completed_sessions.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data17.completed_requests !== undefined){let data26 = data17.completed_requests;if((!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) && (data26 !== null)){const err53 = {instancePath:instancePath+"/run_summary/cost/completed_requests",schemaPath:"#/$defs/cost_block/properties/completed_requests/type",keyword:"type",params:{type: schema37.properties.completed_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data17.completion_basis !== undefined){let data27 = data17.completion_basis;if(!((data27 === "session-based") || (data27 === "request-based"))){const err54 = {instancePath:instancePath+"/run_summary/cost/completion_basis",schemaPath:"#/$defs/cost_block/properties/completion_basis/enum",keyword:"enum",params:{allowedValues: schema37.properties.completion_basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data17.cost_per_completed_session !== undefined){let data28 = data17.cost_per_completed_session;if((!(typeof data28 == "number")) && (data28 !== null)){const err55 = {instancePath:instancePath+"/run_summary/cost/cost_per_completed_session",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_session/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_session.type},message:"must be number,null"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data17.cost_per_completed_request !== undefined){let data29 = data17.cost_per_completed_request;if((!(typeof data29 == "number")) && (data29 !== null)){const err56 = {instancePath:instancePath+"/run_summary/cost/cost_per_completed_request",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data17.cost_per_million_input_tokens !== undefined){let data30 = data17.cost_per_million_input_tokens;if((!(typeof data30 == "number")) && (data30 !== null)){const err57 = {instancePath:instancePath+"/run_summary/cost/cost_per_million_input_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_input_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_input_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data17.cost_per_million_output_tokens !== undefined){let data31 = data17.cost_per_million_output_tokens;if((!(typeof data31 == "number")) && (data31 !== null)){const err58 = {instancePath:instancePath+"/run_summary/cost/cost_per_million_output_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.cells !== undefined){let data32 = data.cells;if(Array.isArray(data32)){const len1 = data32.length;for(let i1=0; i1<len1; i1++){if(!(validate27(data32[i1], {instancePath:instancePath+"/cells/" + i1,parentData:data32,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err61 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.cross_run !== undefined){let data34 = data.cross_run;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){}else {const err62 = {instancePath:instancePath+"/cross_run",schemaPath:"#/properties/cross_run/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.findings !== undefined){let data35 = data.findings;if(Array.isArray(data35)){const len2 = data35.length;for(let i2=0; i2<len2; i2++){let data36 = data35[i2];if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(data36.code === undefined){const err63 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data36.severity === undefined){const err64 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data36.message === undefined){const err65 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data36.evidence === undefined){const err66 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data36.code !== undefined){let data37 = data36.code;if(!((((((((((((((((data37 === "missing_required_artifact") || (data37 === "invalid_run_no_successful_requests")) || (data37 === "partial_run")) || (data37 === "metrics_unavailable")) || (data37 === "ttft_cliff")) || (data37 === "tpot_degradation")) || (data37 === "throughput_plateau")) || (data37 === "kv_pressure")) || (data37 === "kv_offload_thrash")) || (data37 === "prefix_cache_regression")) || (data37 === "prefill_decode_imbalance")) || (data37 === "kv_transfer_stall")) || (data37 === "kv_transfer_errors_present")) || (data37 === "endpoint_unreachable")) || (data37 === "engine_unidentified")) || (data37 === "eval_regression"))){const err67 = {instancePath:instancePath+"/findings/" + i2+"/code",schemaPath:"#/$defs/analyze_finding/properties/code/enum",keyword:"enum",params:{allowedValues: schema40.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data36.severity !== undefined){let data38 = data36.severity;if(!(((data38 === "info") || (data38 === "warning")) || (data38 === "critical"))){const err68 = {instancePath:instancePath+"/findings/" + i2+"/severity",schemaPath:"#/$defs/analyze_finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema40.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data36.message !== undefined){if(typeof data36.message !== "string"){const err69 = {instancePath:instancePath+"/findings/" + i2+"/message",schemaPath:"#/$defs/analyze_finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data36.cell_id !== undefined){let data40 = data36.cell_id;if((typeof data40 !== "string") && (data40 !== null)){const err70 = {instancePath:instancePath+"/findings/" + i2+"/cell_id",schemaPath:"#/$defs/analyze_finding/properties/cell_id/type",keyword:"type",params:{type: schema40.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data36.evidence !== undefined){let data41 = data36.evidence;if(data41 && typeof data41 == "object" && !Array.isArray(data41)){}else {const err71 = {instancePath:instancePath+"/findings/" + i2+"/evidence",schemaPath:"#/$defs/analyze_finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.artifact_manifest !== undefined){let data42 = data.artifact_manifest;if(Array.isArray(data42)){const len3 = data42.length;for(let i3=0; i3<len3; i3++){let data43 = data42[i3];if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.path === undefined){const err74 = {instancePath:instancePath+"/artifact_manifest/" + i3,schemaPath:"#/$defs/artifact/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data43.kind === undefined){const err75 = {instancePath:instancePath+"/artifact_manifest/" + i3,schemaPath:"#/$defs/artifact/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data43.path !== undefined){if(typeof data43.path !== "string"){const err76 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/path",schemaPath:"#/$defs/artifact/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data43.kind !== undefined){if(typeof data43.kind !== "string"){const err77 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/kind",schemaPath:"#/$defs/artifact/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data43.cell_id !== undefined){let data46 = data43.cell_id;if((typeof data46 !== "string") && (data46 !== null)){const err78 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/cell_id",schemaPath:"#/$defs/artifact/properties/cell_id/type",keyword:"type",params:{type: schema42.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data43.required !== undefined){if(typeof data43.required !== "boolean"){const err79 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/required",schemaPath:"#/$defs/artifact/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data43.present !== undefined){if(typeof data43.present !== "boolean"){const err80 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/present",schemaPath:"#/$defs/artifact/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/artifact_manifest/" + i3,schemaPath:"#/$defs/artifact/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/artifact_manifest",schemaPath:"#/properties/artifact_manifest/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c3 = validate29;const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-config/v1","description":"The --config file of `inferguard analyze` / `inferguard compare` (JSON or YAML). Every key is optional; unknown keys are errors.","type":"object","properties":{"schema_version":{"const":"inferguard-config/v1"},"thresholds":{"type":"object","properties":{"partial_run_min_success":{"type":"number","exclusiveMinimum":0,"maximum":1},"ttft_cliff_ratio":{"type":"number","exclusiveMinimum":1},"ttft_cliff_max_tput_gain":{"type":"number","minimum":0},"tpot_degradation_ratio":{"type":"number","exclusiveMinimum":1},"plateau_max_gain":{"type":"number","minimum":0},"plateau_min_latency_worsening":{"type":"number","minimum":0},"kv_pressure_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_pressure_cpu_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_offload_thrash_min_ttft_worsening":{"type":"number","minimum":0},"kv_offload_thrash_max_tput_gain":{"type":"number","minimum":0},"prefix_cache_gap":{"type":"number","minimum":0,"maximum":1},"prefix_cache_drop":{"type":"number","minimum":0,"maximum":1},"kv_transfer_errors_critical":{"type":"integer","minimum":1},"kv_transfer_stall_min_samples":{"type":"integer","minimum":2},"imbalance_ratio_low":{"type":"number","exclusiveMinimum":0},"imbalance_ratio_high":{"type":"number","exclusiveMinimum":0},"imbalance_min_samples":{"type":"integer","minimum":1},"eval_regression_min_drop":{"type":"number","minimum":0},"max_json_bytes":{"type":"integer","minimum":1},"min_family_points":{"type":"integer","minimum":2},"slo_ttft_p99_s":{"type":["number","null"],"exclusiveMinimum":0},"slo_tpot_p99_s":{"type":["number","null"],"exclusiveMinimum":0}},"additionalProperties":false},"compare":{"description":"Compare settings (noise bands, statistics); see docs/COMPARE.md.","type":"object","properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"False discovery rate for Benjamini-Hochberg across all tests of one compare (default 0.05)."},"min_effect_size":{"type":"number","minimum":0,"description":"Minimum relative shift a significant test must also show (default 0.05)."},"method":{"enum":["mann_whitney","bootstrap"],"description":"Test when per-request samples exist on both sides (default mann_whitney)."},"bootstrap_iterations":{"type":"integer","minimum":100,"maximum":100000,"description":"Resamples per bootstrap test (default 1000)."},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the bootstrap PRNG (default 1)."},"min_samples":{"type":"integer","minimum":2,"description":"Samples per side below which noise bands are used instead of a test (default 20)."},"noise_bands":{"description":"Bands used when only aggregates exist, by kind or by metric name: relative fractions, except success_rate (absolute rate units, 0.01 = 1 point).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0},"success_rate":{"type":"number","minimum":0,"maximum":1}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}},"run_alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Family-wise level of the run-level verdicts: shared 0.6 / 0.2 / 0.2 by the per-cell tests (Bonferroni over cells x metric families), the family tests and the sweep tests, so an A/A compare gets any verdict with probability at most run_alpha when the noise law holds (default 0.06; docs/COMPARE.md)."},"min_base_runs":{"type":"integer","minimum":2,"maximum":30,"description":"Base runs from which a cell's own runs carry the decision (method run_interval) and min_effect_size alone is the minimum effect (default 3)."},"run_noise_floor":{"description":"With fewer base runs, a change must reach this relative floor to be a verdict; by metric name, latency_tail (aggregate p90+ latency percentiles, default 0.12) or kind (latency, throughput, cost; defaults 0.08).","type":"object","properties":{"latency":{"type":"number","minimum":0},"latency_tail":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}},"suspicious_alpha":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Family-wise level of the SUSPICIOUS tier: a change outside the cell's usual range but inside the heavy tail of run-to-run noise is shown ('re-run to confirm') and never fails the check (default 0.5)."},"noise_prior":{"type":"object","description":"Noise prior rows that replace the shipped ones, family by family (written by `inferguard calibrate`): per family (throughput, ttft, ttft_tail, tpot, tpot_tail, e2el, e2el_tail) sigma^2 ~ Scale-Inv-chi2(nu, scale^2), scale per load regime (low: concurrency <= 8, mid, high: >= 128).","propertyNames":{"enum":["throughput","ttft","ttft_tail","tpot","tpot_tail","e2el","e2el_tail"]},"additionalProperties":{"type":"object","required":["nu","scale"],"properties":{"nu":{"type":"number","exclusiveMinimum":0},"scale":{"type":"object","properties":{"low":{"type":"number","exclusiveMinimum":0},"mid":{"type":"number","exclusiveMinimum":0},"high":{"type":"number","exclusiveMinimum":0}},"required":["low","mid","high"],"additionalProperties":false},"sigma_max":{"type":"number","exclusiveMinimum":0,"description":"Largest run-to-run spread (sd of ln value) of any cell: the law is truncated there (default: the shipped one)."}},"additionalProperties":false}},"accept":{"type":"array","items":{"type":"string","minLength":1},"description":"Acknowledged regressions: '<metric>', '<head cell id>: <metric>' or '*'. A matching regression is reported with reason 'accepted' and is never a verdict (the action's acknowledgement label sets it)."}},"additionalProperties":false},"cost":{"description":"Cost inputs, same meaning as the CLI flags.","type":"object","properties":{"gpu_hour_cost":{"type":"number","exclusiveMinimum":0},"currency":{"type":"string","minLength":1},"price_table":{"type":"string","minLength":1},"gpus":{"type":"integer","minimum":1}},"additionalProperties":false},"gates":{"description":"SLO gates, one `<path> <op> <value>` line each; see docs/GATES.md.","type":"array","items":{"type":["string","object"],"if":{"type":"object"},"then":{"required":["gate"],"properties":{"gate":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"name":{"type":"string","minLength":1}},"additionalProperties":false},"else":{"minLength":1}}},"eval_thresholds":{"description":"Pass thresholds per eval task (0-1), e.g. {\"gsm8k\": 0.9}.","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}},"run":{"description":"What the result files don't say, applied to every cell that lacks it (never over what a file states); same meaning as --hardware, --gpus and --label.","type":"object","properties":{"hardware":{"description":"Hardware of cells whose files name none (e.g. h100).","type":"string","minLength":1},"gpus":{"description":"GPU count of cells whose topology names none: per-GPU throughput and cost then work.","type":"integer","minimum":1},"labels":{"description":"Labels k: v added to every cell (part of its identity: cells with other labels are other cells).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_./-]+$"},"additionalProperties":{"type":["string","number","boolean"],"pattern":"^[^,=\\r\\n]+$"}}},"additionalProperties":false}},"additionalProperties":false};const func1 = Object.prototype.hasOwnProperty;const func3 = require("ajv/dist/runtime/ucs2length").default;const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");const pattern6 = new RegExp("^[A-Za-z0-9_./-]+$", "u");const pattern7 = new RegExp("^[^,=\\r\\n]+$", "u");function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "schema_version") || (key0 === "thresholds")) || (key0 === "compare")) || (key0 === "cost")) || (key0 === "gates")) || (key0 === "eval_thresholds")) || (key0 === "run"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.schema_version !== undefined){if("inferguard-config/v1" !== data.schema_version){const err1 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-config/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.thresholds !== undefined){let data1 = data.thresholds;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(func1.call(schema43.properties.thresholds.properties, key1))){const err2 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.partial_run_min_success !== undefined){let data2 = data1.partial_run_min_success;if(typeof data2 == "number"){if(data2 > 1 || isNaN(data2)){const err3 = {instancePath:instancePath+"/thresholds/partial_run_min_success",schemaPath:"#/properties/thresholds/properties/partial_run_min_success/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data2 <= 0 || isNaN(data2)){const err4 = {instancePath:instancePath+"/thresholds/partial_run_min_success",schemaPath:"#/properties/thresholds/properties/partial_run_min_success/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/thresholds/partial_run_min_success",schemaPath:"#/properties/thresholds/properties/partial_run_min_success/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.ttft_cliff_ratio !== undefined){let data3 = data1.ttft_cliff_ratio;if(typeof data3 == "number"){if(data3 <= 1 || isNaN(data3)){const err6 = {instancePath:instancePath+"/thresholds/ttft_cliff_ratio",schemaPath:"#/properties/thresholds/properties/ttft_cliff_ratio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/thresholds/ttft_cliff_ratio",schemaPath:"#/properties/thresholds/properties/ttft_cliff_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.ttft_cliff_max_tput_gain !== undefined){let data4 = data1.ttft_cliff_max_tput_gain;if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err8 = {instancePath:instancePath+"/thresholds/ttft_cliff_max_tput_gain",schemaPath:"#/properties/thresholds/properties/ttft_cliff_max_tput_gain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/thresholds/ttft_cliff_max_tput_gain",schemaPath:"#/properties/thresholds/properties/ttft_cliff_max_tput_gain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.tpot_degradation_ratio !== undefined){let data5 = data1.tpot_degradation_ratio;if(typeof data5 == "number"){if(data5 <= 1 || isNaN(data5)){const err10 = {instancePath:instancePath+"/thresholds/tpot_degradation_ratio",schemaPath:"#/properties/thresholds/properties/tpot_degradation_ratio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/thresholds/tpot_degradation_ratio",schemaPath:"#/properties/thresholds/properties/tpot_degradation_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.plateau_max_gain !== undefined){let data6 = data1.plateau_max_gain;if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err12 = {instancePath:instancePath+"/thresholds/plateau_max_gain",schemaPath:"#/properties/thresholds/properties/plateau_max_gain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/thresholds/plateau_max_gain",schemaPath:"#/properties/thresholds/properties/plateau_max_gain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.plateau_min_latency_worsening !== undefined){let data7 = data1.plateau_min_latency_worsening;if(typeof data7 == "number"){if(data7 < 0 || isNaN(data7)){const err14 = {instancePath:instancePath+"/thresholds/plateau_min_latency_worsening",schemaPath:"#/properties/thresholds/properties/plateau_min_latency_worsening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/thresholds/plateau_min_latency_worsening",schemaPath:"#/properties/thresholds/properties/plateau_min_latency_worsening/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.kv_pressure_usage !== undefined){let data8 = data1.kv_pressure_usage;if(typeof data8 == "number"){if(data8 > 1 || isNaN(data8)){const err16 = {instancePath:instancePath+"/thresholds/kv_pressure_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_usage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data8 <= 0 || isNaN(data8)){const err17 = {instancePath:instancePath+"/thresholds/kv_pressure_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_usage/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/thresholds/kv_pressure_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_usage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1.kv_pressure_cpu_usage !== undefined){let data9 = data1.kv_pressure_cpu_usage;if(typeof data9 == "number"){if(data9 > 1 || isNaN(data9)){const err19 = {instancePath:instancePath+"/thresholds/kv_pressure_cpu_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_cpu_usage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data9 <= 0 || isNaN(data9)){const err20 = {instancePath:instancePath+"/thresholds/kv_pressure_cpu_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_cpu_usage/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/thresholds/kv_pressure_cpu_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_cpu_usage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data1.kv_offload_thrash_min_ttft_worsening !== undefined){let data10 = data1.kv_offload_thrash_min_ttft_worsening;if(typeof data10 == "number"){if(data10 < 0 || isNaN(data10)){const err22 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_min_ttft_worsening",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_min_ttft_worsening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_min_ttft_worsening",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_min_ttft_worsening/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data1.kv_offload_thrash_max_tput_gain !== undefined){let data11 = data1.kv_offload_thrash_max_tput_gain;if(typeof data11 == "number"){if(data11 < 0 || isNaN(data11)){const err24 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_max_tput_gain",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_max_tput_gain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_max_tput_gain",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_max_tput_gain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data1.prefix_cache_gap !== undefined){let data12 = data1.prefix_cache_gap;if(typeof data12 == "number"){if(data12 > 1 || isNaN(data12)){const err26 = {instancePath:instancePath+"/thresholds/prefix_cache_gap",schemaPath:"#/properties/thresholds/properties/prefix_cache_gap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data12 < 0 || isNaN(data12)){const err27 = {instancePath:instancePath+"/thresholds/prefix_cache_gap",schemaPath:"#/properties/thresholds/properties/prefix_cache_gap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/thresholds/prefix_cache_gap",schemaPath:"#/properties/thresholds/properties/prefix_cache_gap/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data1.prefix_cache_drop !== undefined){let data13 = data1.prefix_cache_drop;if(typeof data13 == "number"){if(data13 > 1 || isNaN(data13)){const err29 = {instancePath:instancePath+"/thresholds/prefix_cache_drop",schemaPath:"#/properties/thresholds/properties/prefix_cache_drop/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13 < 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/thresholds/prefix_cache_drop",schemaPath:"#/properties/thresholds/properties/prefix_cache_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/thresholds/prefix_cache_drop",schemaPath:"#/properties/thresholds/properties/prefix_cache_drop/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data1.kv_transfer_errors_critical !== undefined){let data14 = data1.kv_transfer_errors_critical;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){const err32 = {instancePath:instancePath+"/thresholds/kv_transfer_errors_critical",schemaPath:"#/properties/thresholds/properties/kv_transfer_errors_critical/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(typeof data14 == "number"){if(data14 < 1 || isNaN(data14)){const err33 = {instancePath:instancePath+"/thresholds/kv_transfer_errors_critical",schemaPath:"#/properties/thresholds/properties/kv_transfer_errors_critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data1.kv_transfer_stall_min_samples !== undefined){let data15 = data1.kv_transfer_stall_min_samples;if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){const err34 = {instancePath:instancePath+"/thresholds/kv_transfer_stall_min_samples",schemaPath:"#/properties/thresholds/properties/kv_transfer_stall_min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data15 == "number"){if(data15 < 2 || isNaN(data15)){const err35 = {instancePath:instancePath+"/thresholds/kv_transfer_stall_min_samples",schemaPath:"#/properties/thresholds/properties/kv_transfer_stall_min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data1.imbalance_ratio_low !== undefined){let data16 = data1.imbalance_ratio_low;if(typeof data16 == "number"){if(data16 <= 0 || isNaN(data16)){const err36 = {instancePath:instancePath+"/thresholds/imbalance_ratio_low",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_low/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/thresholds/imbalance_ratio_low",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data1.imbalance_ratio_high !== undefined){let data17 = data1.imbalance_ratio_high;if(typeof data17 == "number"){if(data17 <= 0 || isNaN(data17)){const err38 = {instancePath:instancePath+"/thresholds/imbalance_ratio_high",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_high/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/thresholds/imbalance_ratio_high",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data1.imbalance_min_samples !== undefined){let data18 = data1.imbalance_min_samples;if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){const err40 = {instancePath:instancePath+"/thresholds/imbalance_min_samples",schemaPath:"#/properties/thresholds/properties/imbalance_min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(typeof data18 == "number"){if(data18 < 1 || isNaN(data18)){const err41 = {instancePath:instancePath+"/thresholds/imbalance_min_samples",schemaPath:"#/properties/thresholds/properties/imbalance_min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}if(data1.eval_regression_min_drop !== undefined){let data19 = data1.eval_regression_min_drop;if(typeof data19 == "number"){if(data19 < 0 || isNaN(data19)){const err42 = {instancePath:instancePath+"/thresholds/eval_regression_min_drop",schemaPath:"#/properties/thresholds/properties/eval_regression_min_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/thresholds/eval_regression_min_drop",schemaPath:"#/properties/thresholds/properties/eval_regression_min_drop/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data1.max_json_bytes !== undefined){let data20 = data1.max_json_bytes;if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){const err44 = {instancePath:instancePath+"/thresholds/max_json_bytes",schemaPath:"#/properties/thresholds/properties/max_json_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data20 == "number"){if(data20 < 1 || isNaN(data20)){const err45 = {instancePath:instancePath+"/thresholds/max_json_bytes",schemaPath:"#/properties/thresholds/properties/max_json_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data1.min_family_points !== undefined){let data21 = data1.min_family_points;if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){const err46 = {instancePath:instancePath+"/thresholds/min_family_points",schemaPath:"#/properties/thresholds/properties/min_family_points/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(typeof data21 == "number"){if(data21 < 2 || isNaN(data21)){const err47 = {instancePath:instancePath+"/thresholds/min_family_points",schemaPath:"#/properties/thresholds/properties/min_family_points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data1.slo_ttft_p99_s !== undefined){let data22 = data1.slo_ttft_p99_s;if((!(typeof data22 == "number")) && (data22 !== null)){const err48 = {instancePath:instancePath+"/thresholds/slo_ttft_p99_s",schemaPath:"#/properties/thresholds/properties/slo_ttft_p99_s/type",keyword:"type",params:{type: schema43.properties.thresholds.properties.slo_ttft_p99_s.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data22 == "number"){if(data22 <= 0 || isNaN(data22)){const err49 = {instancePath:instancePath+"/thresholds/slo_ttft_p99_s",schemaPath:"#/properties/thresholds/properties/slo_ttft_p99_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data1.slo_tpot_p99_s !== undefined){let data23 = data1.slo_tpot_p99_s;if((!(typeof data23 == "number")) && (data23 !== null)){const err50 = {instancePath:instancePath+"/thresholds/slo_tpot_p99_s",schemaPath:"#/properties/thresholds/properties/slo_tpot_p99_s/type",keyword:"type",params:{type: schema43.properties.thresholds.properties.slo_tpot_p99_s.type},message:"must be number,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(typeof data23 == "number"){if(data23 <= 0 || isNaN(data23)){const err51 = {instancePath:instancePath+"/thresholds/slo_tpot_p99_s",schemaPath:"#/properties/thresholds/properties/slo_tpot_p99_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}}else {const err52 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.compare !== undefined){let data24 = data.compare;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key2 in data24){if(!(func1.call(schema43.properties.compare.properties, key2))){const err53 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data24.alpha !== undefined){let data25 = data24.alpha;if(typeof data25 == "number"){if(data25 >= 1 || isNaN(data25)){const err54 = {instancePath:instancePath+"/compare/alpha",schemaPath:"#/properties/compare/properties/alpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data25 <= 0 || isNaN(data25)){const err55 = {instancePath:instancePath+"/compare/alpha",schemaPath:"#/properties/compare/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/compare/alpha",schemaPath:"#/properties/compare/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data24.min_effect_size !== undefined){let data26 = data24.min_effect_size;if(typeof data26 == "number"){if(data26 < 0 || isNaN(data26)){const err57 = {instancePath:instancePath+"/compare/min_effect_size",schemaPath:"#/properties/compare/properties/min_effect_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/compare/min_effect_size",schemaPath:"#/properties/compare/properties/min_effect_size/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data24.method !== undefined){let data27 = data24.method;if(!((data27 === "mann_whitney") || (data27 === "bootstrap"))){const err59 = {instancePath:instancePath+"/compare/method",schemaPath:"#/properties/compare/properties/method/enum",keyword:"enum",params:{allowedValues: schema43.properties.compare.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data24.bootstrap_iterations !== undefined){let data28 = data24.bootstrap_iterations;if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){const err60 = {instancePath:instancePath+"/compare/bootstrap_iterations",schemaPath:"#/properties/compare/properties/bootstrap_iterations/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(typeof data28 == "number"){if(data28 > 100000 || isNaN(data28)){const err61 = {instancePath:instancePath+"/compare/bootstrap_iterations",schemaPath:"#/properties/compare/properties/bootstrap_iterations/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data28 < 100 || isNaN(data28)){const err62 = {instancePath:instancePath+"/compare/bootstrap_iterations",schemaPath:"#/properties/compare/properties/bootstrap_iterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}if(data24.seed !== undefined){let data29 = data24.seed;if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){const err63 = {instancePath:instancePath+"/compare/seed",schemaPath:"#/properties/compare/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(typeof data29 == "number"){if(data29 > 4294967295 || isNaN(data29)){const err64 = {instancePath:instancePath+"/compare/seed",schemaPath:"#/properties/compare/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data29 < 0 || isNaN(data29)){const err65 = {instancePath:instancePath+"/compare/seed",schemaPath:"#/properties/compare/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}if(data24.min_samples !== undefined){let data30 = data24.min_samples;if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){const err66 = {instancePath:instancePath+"/compare/min_samples",schemaPath:"#/properties/compare/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(typeof data30 == "number"){if(data30 < 2 || isNaN(data30)){const err67 = {instancePath:instancePath+"/compare/min_samples",schemaPath:"#/properties/compare/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}if(data24.noise_bands !== undefined){let data31 = data24.noise_bands;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){for(const key3 in data31){const _errs66 = errors;if(typeof key3 === "string"){if(!pattern4.test(key3)){const err68 = {instancePath:instancePath+"/compare/noise_bands",schemaPath:"#/properties/compare/properties/noise_bands/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key3};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}var valid3 = _errs66 === errors;if(!valid3){const err69 = {instancePath:instancePath+"/compare/noise_bands",schemaPath:"#/properties/compare/properties/noise_bands/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}for(const key4 in data31){if(!((((key4 === "latency") || (key4 === "throughput")) || (key4 === "cost")) || (key4 === "success_rate"))){let data32 = data31[key4];if(typeof data32 == "number"){if(data32 < 0 || isNaN(data32)){const err70 = {instancePath:instancePath+"/compare/noise_bands/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_bands/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/compare/noise_bands/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_bands/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data31.latency !== undefined){let data33 = data31.latency;if(typeof data33 == "number"){if(data33 < 0 || isNaN(data33)){const err72 = {instancePath:instancePath+"/compare/noise_bands/latency",schemaPath:"#/properties/compare/properties/noise_bands/properties/latency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/compare/noise_bands/latency",schemaPath:"#/properties/compare/properties/noise_bands/properties/latency/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data31.throughput !== undefined){let data34 = data31.throughput;if(typeof data34 == "number"){if(data34 < 0 || isNaN(data34)){const err74 = {instancePath:instancePath+"/compare/noise_bands/throughput",schemaPath:"#/properties/compare/properties/noise_bands/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/compare/noise_bands/throughput",schemaPath:"#/properties/compare/properties/noise_bands/properties/throughput/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data31.cost !== undefined){let data35 = data31.cost;if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){const err76 = {instancePath:instancePath+"/compare/noise_bands/cost",schemaPath:"#/properties/compare/properties/noise_bands/properties/cost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/compare/noise_bands/cost",schemaPath:"#/properties/compare/properties/noise_bands/properties/cost/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data31.success_rate !== undefined){let data36 = data31.success_rate;if(typeof data36 == "number"){if(data36 > 1 || isNaN(data36)){const err78 = {instancePath:instancePath+"/compare/noise_bands/success_rate",schemaPath:"#/properties/compare/properties/noise_bands/properties/success_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data36 < 0 || isNaN(data36)){const err79 = {instancePath:instancePath+"/compare/noise_bands/success_rate",schemaPath:"#/properties/compare/properties/noise_bands/properties/success_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/compare/noise_bands/success_rate",schemaPath:"#/properties/compare/properties/noise_bands/properties/success_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/compare/noise_bands",schemaPath:"#/properties/compare/properties/noise_bands/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data24.run_alpha !== undefined){let data37 = data24.run_alpha;if(typeof data37 == "number"){if(data37 >= 1 || isNaN(data37)){const err82 = {instancePath:instancePath+"/compare/run_alpha",schemaPath:"#/properties/compare/properties/run_alpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(data37 <= 0 || isNaN(data37)){const err83 = {instancePath:instancePath+"/compare/run_alpha",schemaPath:"#/properties/compare/properties/run_alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/compare/run_alpha",schemaPath:"#/properties/compare/properties/run_alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data24.min_base_runs !== undefined){let data38 = data24.min_base_runs;if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){const err85 = {instancePath:instancePath+"/compare/min_base_runs",schemaPath:"#/properties/compare/properties/min_base_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(typeof data38 == "number"){if(data38 > 30 || isNaN(data38)){const err86 = {instancePath:instancePath+"/compare/min_base_runs",schemaPath:"#/properties/compare/properties/min_base_runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30},message:"must be <= 30"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data38 < 2 || isNaN(data38)){const err87 = {instancePath:instancePath+"/compare/min_base_runs",schemaPath:"#/properties/compare/properties/min_base_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}if(data24.run_noise_floor !== undefined){let data39 = data24.run_noise_floor;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key5 in data39){const _errs84 = errors;if(typeof key5 === "string"){if(!pattern4.test(key5)){const err88 = {instancePath:instancePath+"/compare/run_noise_floor",schemaPath:"#/properties/compare/properties/run_noise_floor/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key5};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}var valid6 = _errs84 === errors;if(!valid6){const err89 = {instancePath:instancePath+"/compare/run_noise_floor",schemaPath:"#/properties/compare/properties/run_noise_floor/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}for(const key6 in data39){if(!((((key6 === "latency") || (key6 === "latency_tail")) || (key6 === "throughput")) || (key6 === "cost"))){let data40 = data39[key6];if(typeof data40 == "number"){if(data40 < 0 || isNaN(data40)){const err90 = {instancePath:instancePath+"/compare/run_noise_floor/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/run_noise_floor/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}else {const err91 = {instancePath:instancePath+"/compare/run_noise_floor/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/run_noise_floor/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}if(data39.latency !== undefined){let data41 = data39.latency;if(typeof data41 == "number"){if(data41 < 0 || isNaN(data41)){const err92 = {instancePath:instancePath+"/compare/run_noise_floor/latency",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/latency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/compare/run_noise_floor/latency",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/latency/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data39.latency_tail !== undefined){let data42 = data39.latency_tail;if(typeof data42 == "number"){if(data42 < 0 || isNaN(data42)){const err94 = {instancePath:instancePath+"/compare/run_noise_floor/latency_tail",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/latency_tail/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}else {const err95 = {instancePath:instancePath+"/compare/run_noise_floor/latency_tail",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/latency_tail/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data39.throughput !== undefined){let data43 = data39.throughput;if(typeof data43 == "number"){if(data43 < 0 || isNaN(data43)){const err96 = {instancePath:instancePath+"/compare/run_noise_floor/throughput",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/compare/run_noise_floor/throughput",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/throughput/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data39.cost !== undefined){let data44 = data39.cost;if(typeof data44 == "number"){if(data44 < 0 || isNaN(data44)){const err98 = {instancePath:instancePath+"/compare/run_noise_floor/cost",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/cost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}else {const err99 = {instancePath:instancePath+"/compare/run_noise_floor/cost",schemaPath:"#/properties/compare/properties/run_noise_floor/properties/cost/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}}else {const err100 = {instancePath:instancePath+"/compare/run_noise_floor",schemaPath:"#/properties/compare/properties/run_noise_floor/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data24.suspicious_alpha !== undefined){let data45 = data24.suspicious_alpha;if(typeof data45 == "number"){if(data45 > 1 || isNaN(data45)){const err101 = {instancePath:instancePath+"/compare/suspicious_alpha",schemaPath:"#/properties/compare/properties/suspicious_alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(data45 <= 0 || isNaN(data45)){const err102 = {instancePath:instancePath+"/compare/suspicious_alpha",schemaPath:"#/properties/compare/properties/suspicious_alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}else {const err103 = {instancePath:instancePath+"/compare/suspicious_alpha",schemaPath:"#/properties/compare/properties/suspicious_alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data24.noise_prior !== undefined){let data46 = data24.noise_prior;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key7 in data46){const _errs100 = errors;if(!(((((((key7 === "throughput") || (key7 === "ttft")) || (key7 === "ttft_tail")) || (key7 === "tpot")) || (key7 === "tpot_tail")) || (key7 === "e2el")) || (key7 === "e2el_tail"))){const err104 = {instancePath:instancePath+"/compare/noise_prior",schemaPath:"#/properties/compare/properties/noise_prior/propertyNames/enum",keyword:"enum",params:{allowedValues: schema43.properties.compare.properties.noise_prior.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key7};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}var valid9 = _errs100 === errors;if(!valid9){const err105 = {instancePath:instancePath+"/compare/noise_prior",schemaPath:"#/properties/compare/properties/noise_prior/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}for(const key8 in data46){let data47 = data46[key8];if(data47 && typeof data47 == "object" && !Array.isArray(data47)){if(data47.nu === undefined){const err106 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/required",keyword:"required",params:{missingProperty: "nu"},message:"must have required property '"+"nu"+"'"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data47.scale === undefined){const err107 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}for(const key9 in data47){if(!(((key9 === "nu") || (key9 === "scale")) || (key9 === "sigma_max"))){const err108 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data47.nu !== undefined){let data48 = data47.nu;if(typeof data48 == "number"){if(data48 <= 0 || isNaN(data48)){const err109 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/nu",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/nu/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}else {const err110 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/nu",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/nu/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data47.scale !== undefined){let data49 = data47.scale;if(data49 && typeof data49 == "object" && !Array.isArray(data49)){if(data49.low === undefined){const err111 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(data49.mid === undefined){const err112 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/required",keyword:"required",params:{missingProperty: "mid"},message:"must have required property '"+"mid"+"'"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(data49.high === undefined){const err113 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}for(const key10 in data49){if(!(((key10 === "low") || (key10 === "mid")) || (key10 === "high"))){const err114 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data49.low !== undefined){let data50 = data49.low;if(typeof data50 == "number"){if(data50 <= 0 || isNaN(data50)){const err115 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/low",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/properties/low/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}else {const err116 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/low",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data49.mid !== undefined){let data51 = data49.mid;if(typeof data51 == "number"){if(data51 <= 0 || isNaN(data51)){const err117 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/mid",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/properties/mid/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}else {const err118 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/mid",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/properties/mid/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data49.high !== undefined){let data52 = data49.high;if(typeof data52 == "number"){if(data52 <= 0 || isNaN(data52)){const err119 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/high",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/properties/high/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}else {const err120 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/high",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}}else {const err121 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/scale/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data47.sigma_max !== undefined){let data53 = data47.sigma_max;if(typeof data53 == "number"){if(data53 <= 0 || isNaN(data53)){const err122 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sigma_max",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/sigma_max/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}else {const err123 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sigma_max",schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/properties/sigma_max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath:instancePath+"/compare/noise_prior/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_prior/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}else {const err125 = {instancePath:instancePath+"/compare/noise_prior",schemaPath:"#/properties/compare/properties/noise_prior/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data24.accept !== undefined){let data54 = data24.accept;if(Array.isArray(data54)){const len0 = data54.length;for(let i0=0; i0<len0; i0++){let data55 = data54[i0];if(typeof data55 === "string"){if(func3(data55) < 1){const err126 = {instancePath:instancePath+"/compare/accept/" + i0,schemaPath:"#/properties/compare/properties/accept/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}else {const err127 = {instancePath:instancePath+"/compare/accept/" + i0,schemaPath:"#/properties/compare/properties/accept/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/compare/accept",schemaPath:"#/properties/compare/properties/accept/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}else {const err129 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data.cost !== undefined){let data56 = data.cost;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key11 in data56){if(!((((key11 === "gpu_hour_cost") || (key11 === "currency")) || (key11 === "price_table")) || (key11 === "gpus"))){const err130 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data56.gpu_hour_cost !== undefined){let data57 = data56.gpu_hour_cost;if(typeof data57 == "number"){if(data57 <= 0 || isNaN(data57)){const err131 = {instancePath:instancePath+"/cost/gpu_hour_cost",schemaPath:"#/properties/cost/properties/gpu_hour_cost/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}else {const err132 = {instancePath:instancePath+"/cost/gpu_hour_cost",schemaPath:"#/properties/cost/properties/gpu_hour_cost/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data56.currency !== undefined){let data58 = data56.currency;if(typeof data58 === "string"){if(func3(data58) < 1){const err133 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/properties/cost/properties/currency/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}else {const err134 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/properties/cost/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data56.price_table !== undefined){let data59 = data56.price_table;if(typeof data59 === "string"){if(func3(data59) < 1){const err135 = {instancePath:instancePath+"/cost/price_table",schemaPath:"#/properties/cost/properties/price_table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}else {const err136 = {instancePath:instancePath+"/cost/price_table",schemaPath:"#/properties/cost/properties/price_table/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data56.gpus !== undefined){let data60 = data56.gpus;if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){const err137 = {instancePath:instancePath+"/cost/gpus",schemaPath:"#/properties/cost/properties/gpus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}if(typeof data60 == "number"){if(data60 < 1 || isNaN(data60)){const err138 = {instancePath:instancePath+"/cost/gpus",schemaPath:"#/properties/cost/properties/gpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}}}else {const err139 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data.gates !== undefined){let data61 = data.gates;if(Array.isArray(data61)){const len1 = data61.length;for(let i1=0; i1<len1; i1++){let data62 = data61[i1];if((typeof data62 !== "string") && (!(data62 && typeof data62 == "object" && !Array.isArray(data62)))){const err140 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/type",keyword:"type",params:{type: schema43.properties.gates.items.type},message:"must be string,object"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}const _errs137 = errors;let valid18 = true;const _errs138 = errors;if(!(data62 && typeof data62 == "object" && !Array.isArray(data62))){const err141 = {};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}var _valid0 = _errs138 === errors;errors = _errs137;if(vErrors !== null){if(_errs137){vErrors.length = _errs137;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs140 = errors;if(data62 && typeof data62 == "object" && !Array.isArray(data62)){if(data62.gate === undefined){const err142 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/then/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}for(const key12 in data62){if(!(((key12 === "gate") || (key12 === "severity")) || (key12 === "name"))){const err143 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data62.gate !== undefined){let data63 = data62.gate;if(typeof data63 === "string"){if(func3(data63) < 1){const err144 = {instancePath:instancePath+"/gates/" + i1+"/gate",schemaPath:"#/properties/gates/items/then/properties/gate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}else {const err145 = {instancePath:instancePath+"/gates/" + i1+"/gate",schemaPath:"#/properties/gates/items/then/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data62.severity !== undefined){let data64 = data62.severity;if(!((data64 === "error") || (data64 === "warning"))){const err146 = {instancePath:instancePath+"/gates/" + i1+"/severity",schemaPath:"#/properties/gates/items/then/properties/severity/enum",keyword:"enum",params:{allowedValues: schema43.properties.gates.items.then.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data62.name !== undefined){let data65 = data62.name;if(typeof data65 === "string"){if(func3(data65) < 1){const err147 = {instancePath:instancePath+"/gates/" + i1+"/name",schemaPath:"#/properties/gates/items/then/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}else {const err148 = {instancePath:instancePath+"/gates/" + i1+"/name",schemaPath:"#/properties/gates/items/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}}var _valid0 = _errs140 === errors;valid18 = _valid0;ifClause0 = "then";}else {const _errs147 = errors;if(typeof data62 === "string"){if(func3(data62) < 1){const err149 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/else/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}var _valid0 = _errs147 === errors;valid18 = _valid0;ifClause0 = "else";}if(!valid18){const err150 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}}else {const err151 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data.eval_thresholds !== undefined){let data66 = data.eval_thresholds;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key13 in data66){let data67 = data66[key13];if(typeof data67 == "number"){if(data67 > 1 || isNaN(data67)){const err152 = {instancePath:instancePath+"/eval_thresholds/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/eval_thresholds/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}if(data67 < 0 || isNaN(data67)){const err153 = {instancePath:instancePath+"/eval_thresholds/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/eval_thresholds/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}else {const err154 = {instancePath:instancePath+"/eval_thresholds/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/eval_thresholds/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}}else {const err155 = {instancePath:instancePath+"/eval_thresholds",schemaPath:"#/properties/eval_thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data.run !== undefined){let data68 = data.run;if(data68 && typeof data68 == "object" && !Array.isArray(data68)){for(const key14 in data68){if(!(((key14 === "hardware") || (key14 === "gpus")) || (key14 === "labels"))){const err156 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data68.hardware !== undefined){let data69 = data68.hardware;if(typeof data69 === "string"){if(func3(data69) < 1){const err157 = {instancePath:instancePath+"/run/hardware",schemaPath:"#/properties/run/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}else {const err158 = {instancePath:instancePath+"/run/hardware",schemaPath:"#/properties/run/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data68.gpus !== undefined){let data70 = data68.gpus;if(!((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70)))){const err159 = {instancePath:instancePath+"/run/gpus",schemaPath:"#/properties/run/properties/gpus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}if(typeof data70 == "number"){if(data70 < 1 || isNaN(data70)){const err160 = {instancePath:instancePath+"/run/gpus",schemaPath:"#/properties/run/properties/gpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}}if(data68.labels !== undefined){let data71 = data68.labels;if(data71 && typeof data71 == "object" && !Array.isArray(data71)){for(const key15 in data71){const _errs162 = errors;if(typeof key15 === "string"){if(!pattern6.test(key15)){const err161 = {instancePath:instancePath+"/run/labels",schemaPath:"#/properties/run/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_./-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_./-]+$"+"\"",propertyName:key15};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}var valid22 = _errs162 === errors;if(!valid22){const err162 = {instancePath:instancePath+"/run/labels",schemaPath:"#/properties/run/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}for(const key16 in data71){let data72 = data71[key16];if(((typeof data72 !== "string") && (!(typeof data72 == "number"))) && (typeof data72 !== "boolean")){const err163 = {instancePath:instancePath+"/run/labels/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/run/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema43.properties.run.properties.labels.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}if(typeof data72 === "string"){if(!pattern7.test(data72)){const err164 = {instancePath:instancePath+"/run/labels/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/run/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^,=\\r\\n]+$"},message:"must match pattern \""+"^[^,=\\r\\n]+$"+"\""};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}}}else {const err165 = {instancePath:instancePath+"/run/labels",schemaPath:"#/properties/run/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}}else {const err166 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}else {const err167 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c4 = validate30;const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-cost/v1","type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.currency === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.gpu_hours === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.gpu_hour_cost === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gpu_hour_cost"},message:"must have required property '"+"gpu_hour_cost"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.compute_cost === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.schema_version !== undefined){if("inferguard-cost/v1" !== data.schema_version){const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-cost/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err6 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.duration_seconds !== undefined){let data2 = data.duration_seconds;if((!(typeof data2 == "number")) && (data2 !== null)){const err7 = {instancePath:instancePath+"/duration_seconds",schemaPath:"#/properties/duration_seconds/type",keyword:"type",params:{type: schema44.properties.duration_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.gpus !== undefined){let data3 = data.gpus;if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)){const err8 = {instancePath:instancePath+"/gpus",schemaPath:"#/properties/gpus/type",keyword:"type",params:{type: schema44.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.gpu_hours !== undefined){let data4 = data.gpu_hours;if((!(typeof data4 == "number")) && (data4 !== null)){const err9 = {instancePath:instancePath+"/gpu_hours",schemaPath:"#/properties/gpu_hours/type",keyword:"type",params:{type: schema44.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.gpu_hour_cost !== undefined){let data5 = data.gpu_hour_cost;if((!(typeof data5 == "number")) && (data5 !== null)){const err10 = {instancePath:instancePath+"/gpu_hour_cost",schemaPath:"#/properties/gpu_hour_cost/type",keyword:"type",params:{type: schema44.properties.gpu_hour_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.compute_cost !== undefined){let data6 = data.compute_cost;if((!(typeof data6 == "number")) && (data6 !== null)){const err11 = {instancePath:instancePath+"/compute_cost",schemaPath:"#/properties/compute_cost/type",keyword:"type",params:{type: schema44.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.completed_sessions !== undefined){let data7 = data.completed_sessions;if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (data7 !== null)){const err12 = {instancePath:instancePath+"/completed_sessions",schemaPath:"#/properties/completed_sessions/type",keyword:"type",params:{type: schema44.properties.completed_sessions.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.completed_requests !== undefined){let data8 = data.completed_requests;if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){const err13 = {instancePath:instancePath+"/completed_requests",schemaPath:"#/properties/completed_requests/type",keyword:"type",params:{type: schema44.properties.completed_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.completion_basis !== undefined){let data9 = data.completion_basis;if(!((data9 === "session-based") || (data9 === "request-based"))){const err14 = {instancePath:instancePath+"/completion_basis",schemaPath:"#/properties/completion_basis/enum",keyword:"enum",params:{allowedValues: schema44.properties.completion_basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.cost_per_completed_session !== undefined){let data10 = data.cost_per_completed_session;if((!(typeof data10 == "number")) && (data10 !== null)){const err15 = {instancePath:instancePath+"/cost_per_completed_session",schemaPath:"#/properties/cost_per_completed_session/type",keyword:"type",params:{type: schema44.properties.cost_per_completed_session.type},message:"must be number,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.cost_per_completed_request !== undefined){let data11 = data.cost_per_completed_request;if((!(typeof data11 == "number")) && (data11 !== null)){const err16 = {instancePath:instancePath+"/cost_per_completed_request",schemaPath:"#/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema44.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.cost_per_million_input_tokens !== undefined){let data12 = data.cost_per_million_input_tokens;if((!(typeof data12 == "number")) && (data12 !== null)){const err17 = {instancePath:instancePath+"/cost_per_million_input_tokens",schemaPath:"#/properties/cost_per_million_input_tokens/type",keyword:"type",params:{type: schema44.properties.cost_per_million_input_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.cost_per_million_output_tokens !== undefined){let data13 = data.cost_per_million_output_tokens;if((!(typeof data13 == "number")) && (data13 !== null)){const err18 = {instancePath:instancePath+"/cost_per_million_output_tokens",schemaPath:"#/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema44.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate30.errors = vErrors;return errors === 0;}validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c5 = validate31;const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-gates/v1","description":"The `gates` block of report.json: every SLO gate's outcome (docs/GATES.md). Results are in gate order; a gate with `[*]` gives one result per element.","type":"object","required":["schema_version","summary","results"],"properties":{"schema_version":{"const":"inferguard-gates/v1"},"summary":{"type":"object","required":["gates","total","passed","failed","not_found","conflict","error","blocking_failures"],"properties":{"gates":{"type":"integer","minimum":0,"description":"Number of gates evaluated."},"total":{"type":"integer","minimum":0,"description":"Number of results."},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"not_found":{"type":"integer","minimum":0},"conflict":{"type":"integer","minimum":0},"error":{"type":"integer","minimum":0},"blocking_failures":{"type":"integer","minimum":0,"description":"Results of severity error whose outcome is not pass."}},"additionalProperties":false},"results":{"type":"array","items":{"type":"object","required":["index","gate","severity","path","op","expected","outcome","value","cells","message"],"properties":{"index":{"type":"integer","minimum":1,"description":"1-based position of the gate in the evaluated list."},"gate":{"type":"string","minLength":1,"description":"The gate as written."},"name":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"path":{"type":"string","minLength":1,"description":"Concrete path of this result (a [*] replaced by the element's selector)."},"op":{"enum":["<=","<",">=",">","==","!=","semver<=","semver<","semver>=","semver>","semver==","semver!="]},"expected":{"type":["number","string","boolean"]},"outcome":{"enum":["pass","fail","not_found","conflict","error"]},"value":{"type":["number","string","boolean","null"],"description":"The resolved value; null when nothing scalar was resolved."},"cells":{"type":"array","items":{"type":"string"},"description":"Cell ids involved, sorted."},"message":{"type":"string","minLength":1},"matches":{"type":"array","items":{"type":"string"},"description":"conflict only: ids of the elements the predicate matched, sorted."}},"additionalProperties":false}}},"additionalProperties":false};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.summary === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.results === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "schema_version") || (key0 === "summary")) || (key0 === "results"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.schema_version !== undefined){if("inferguard-gates/v1" !== data.schema_version){const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-gates/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.summary !== undefined){let data1 = data.summary;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.gates === undefined){const err5 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1.total === undefined){const err6 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data1.passed === undefined){const err7 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data1.failed === undefined){const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "failed"},message:"must have required property '"+"failed"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data1.not_found === undefined){const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "not_found"},message:"must have required property '"+"not_found"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data1.conflict === undefined){const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "conflict"},message:"must have required property '"+"conflict"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data1.error === undefined){const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data1.blocking_failures === undefined){const err12 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "blocking_failures"},message:"must have required property '"+"blocking_failures"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key1 in data1){if(!((((((((key1 === "gates") || (key1 === "total")) || (key1 === "passed")) || (key1 === "failed")) || (key1 === "not_found")) || (key1 === "conflict")) || (key1 === "error")) || (key1 === "blocking_failures"))){const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.gates !== undefined){let data2 = data1.gates;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err14 = {instancePath:instancePath+"/summary/gates",schemaPath:"#/properties/summary/properties/gates/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(typeof data2 == "number"){if(data2 < 0 || isNaN(data2)){const err15 = {instancePath:instancePath+"/summary/gates",schemaPath:"#/properties/summary/properties/gates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data1.total !== undefined){let data3 = data1.total;if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){const err16 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data3 == "number"){if(data3 < 0 || isNaN(data3)){const err17 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data1.passed !== undefined){let data4 = data1.passed;if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){const err18 = {instancePath:instancePath+"/summary/passed",schemaPath:"#/properties/summary/properties/passed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err19 = {instancePath:instancePath+"/summary/passed",schemaPath:"#/properties/summary/properties/passed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data1.failed !== undefined){let data5 = data1.failed;if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){const err20 = {instancePath:instancePath+"/summary/failed",schemaPath:"#/properties/summary/properties/failed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data5 == "number"){if(data5 < 0 || isNaN(data5)){const err21 = {instancePath:instancePath+"/summary/failed",schemaPath:"#/properties/summary/properties/failed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data1.not_found !== undefined){let data6 = data1.not_found;if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){const err22 = {instancePath:instancePath+"/summary/not_found",schemaPath:"#/properties/summary/properties/not_found/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err23 = {instancePath:instancePath+"/summary/not_found",schemaPath:"#/properties/summary/properties/not_found/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data1.conflict !== undefined){let data7 = data1.conflict;if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){const err24 = {instancePath:instancePath+"/summary/conflict",schemaPath:"#/properties/summary/properties/conflict/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(typeof data7 == "number"){if(data7 < 0 || isNaN(data7)){const err25 = {instancePath:instancePath+"/summary/conflict",schemaPath:"#/properties/summary/properties/conflict/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data1.error !== undefined){let data8 = data1.error;if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){const err26 = {instancePath:instancePath+"/summary/error",schemaPath:"#/properties/summary/properties/error/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data8 == "number"){if(data8 < 0 || isNaN(data8)){const err27 = {instancePath:instancePath+"/summary/error",schemaPath:"#/properties/summary/properties/error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data1.blocking_failures !== undefined){let data9 = data1.blocking_failures;if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){const err28 = {instancePath:instancePath+"/summary/blocking_failures",schemaPath:"#/properties/summary/properties/blocking_failures/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(typeof data9 == "number"){if(data9 < 0 || isNaN(data9)){const err29 = {instancePath:instancePath+"/summary/blocking_failures",schemaPath:"#/properties/summary/properties/blocking_failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}}else {const err30 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.results !== undefined){let data10 = data.results;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.index === undefined){const err31 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data11.gate === undefined){const err32 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data11.severity === undefined){const err33 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data11.path === undefined){const err34 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data11.op === undefined){const err35 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data11.expected === undefined){const err36 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "expected"},message:"must have required property '"+"expected"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data11.outcome === undefined){const err37 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data11.value === undefined){const err38 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data11.cells === undefined){const err39 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data11.message === undefined){const err40 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}for(const key2 in data11){if(!(func1.call(schema45.properties.results.items.properties, key2))){const err41 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data11.index !== undefined){let data12 = data11.index;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){const err42 = {instancePath:instancePath+"/results/" + i0+"/index",schemaPath:"#/properties/results/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(typeof data12 == "number"){if(data12 < 1 || isNaN(data12)){const err43 = {instancePath:instancePath+"/results/" + i0+"/index",schemaPath:"#/properties/results/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data11.gate !== undefined){let data13 = data11.gate;if(typeof data13 === "string"){if(func3(data13) < 1){const err44 = {instancePath:instancePath+"/results/" + i0+"/gate",schemaPath:"#/properties/results/items/properties/gate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/results/" + i0+"/gate",schemaPath:"#/properties/results/items/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data11.name !== undefined){let data14 = data11.name;if(typeof data14 === "string"){if(func3(data14) < 1){const err46 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/properties/results/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/properties/results/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data11.severity !== undefined){let data15 = data11.severity;if(!((data15 === "error") || (data15 === "warning"))){const err48 = {instancePath:instancePath+"/results/" + i0+"/severity",schemaPath:"#/properties/results/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema45.properties.results.items.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data11.path !== undefined){let data16 = data11.path;if(typeof data16 === "string"){if(func3(data16) < 1){const err49 = {instancePath:instancePath+"/results/" + i0+"/path",schemaPath:"#/properties/results/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/results/" + i0+"/path",schemaPath:"#/properties/results/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data11.op !== undefined){let data17 = data11.op;if(!((((((((((((data17 === "<=") || (data17 === "<")) || (data17 === ">=")) || (data17 === ">")) || (data17 === "==")) || (data17 === "!=")) || (data17 === "semver<=")) || (data17 === "semver<")) || (data17 === "semver>=")) || (data17 === "semver>")) || (data17 === "semver==")) || (data17 === "semver!="))){const err51 = {instancePath:instancePath+"/results/" + i0+"/op",schemaPath:"#/properties/results/items/properties/op/enum",keyword:"enum",params:{allowedValues: schema45.properties.results.items.properties.op.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data11.expected !== undefined){let data18 = data11.expected;if(((!(typeof data18 == "number")) && (typeof data18 !== "string")) && (typeof data18 !== "boolean")){const err52 = {instancePath:instancePath+"/results/" + i0+"/expected",schemaPath:"#/properties/results/items/properties/expected/type",keyword:"type",params:{type: schema45.properties.results.items.properties.expected.type},message:"must be number,string,boolean"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data11.outcome !== undefined){let data19 = data11.outcome;if(!(((((data19 === "pass") || (data19 === "fail")) || (data19 === "not_found")) || (data19 === "conflict")) || (data19 === "error"))){const err53 = {instancePath:instancePath+"/results/" + i0+"/outcome",schemaPath:"#/properties/results/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema45.properties.results.items.properties.outcome.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data11.value !== undefined){let data20 = data11.value;if((((!(typeof data20 == "number")) && (typeof data20 !== "string")) && (typeof data20 !== "boolean")) && (data20 !== null)){const err54 = {instancePath:instancePath+"/results/" + i0+"/value",schemaPath:"#/properties/results/items/properties/value/type",keyword:"type",params:{type: schema45.properties.results.items.properties.value.type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data11.cells !== undefined){let data21 = data11.cells;if(Array.isArray(data21)){const len1 = data21.length;for(let i1=0; i1<len1; i1++){if(typeof data21[i1] !== "string"){const err55 = {instancePath:instancePath+"/results/" + i0+"/cells/" + i1,schemaPath:"#/properties/results/items/properties/cells/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/results/" + i0+"/cells",schemaPath:"#/properties/results/items/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data11.message !== undefined){let data23 = data11.message;if(typeof data23 === "string"){if(func3(data23) < 1){const err57 = {instancePath:instancePath+"/results/" + i0+"/message",schemaPath:"#/properties/results/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/results/" + i0+"/message",schemaPath:"#/properties/results/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data11.matches !== undefined){let data24 = data11.matches;if(Array.isArray(data24)){const len2 = data24.length;for(let i2=0; i2<len2; i2++){if(typeof data24[i2] !== "string"){const err59 = {instancePath:instancePath+"/results/" + i0+"/matches/" + i2,schemaPath:"#/properties/results/items/properties/matches/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/results/" + i0+"/matches",schemaPath:"#/properties/results/items/properties/matches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c6 = validate32;const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-pr-context/v1","description":"What the pull_request run knew about its PR, uploaded next to report.json so a workflow_run job can find the PR. Untrusted on read: the PR number is used only after GET /pulls/{n} shows the same head SHA.","type":"object","required":["schema_version","repository","pr_number","head_sha","base_ref","run_id"],"additionalProperties":false,"properties":{"schema_version":{"const":"inferguard-pr-context/v1"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pr_number":{"type":"integer","minimum":1},"head_sha":{"type":"string","pattern":"^[0-9a-f]{40}$"},"base_ref":{"type":"string","minLength":1,"maxLength":255},"run_id":{"type":["integer","null"],"minimum":1}}};const pattern8 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const pattern9 = new RegExp("^[0-9a-f]{40}$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.repository === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.pr_number === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pr_number"},message:"must have required property '"+"pr_number"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.head_sha === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head_sha"},message:"must have required property '"+"head_sha"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.base_ref === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_ref"},message:"must have required property '"+"base_ref"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.run_id === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!((((((key0 === "schema_version") || (key0 === "repository")) || (key0 === "pr_number")) || (key0 === "head_sha")) || (key0 === "base_ref")) || (key0 === "run_id"))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.schema_version !== undefined){if("inferguard-pr-context/v1" !== data.schema_version){const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-pr-context/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.repository !== undefined){let data1 = data.repository;if(typeof data1 === "string"){if(!pattern8.test(data1)){const err8 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.pr_number !== undefined){let data2 = data.pr_number;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err10 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(typeof data2 == "number"){if(data2 < 1 || isNaN(data2)){const err11 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.head_sha !== undefined){let data3 = data.head_sha;if(typeof data3 === "string"){if(!pattern9.test(data3)){const err12 = {instancePath:instancePath+"/head_sha",schemaPath:"#/properties/head_sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/head_sha",schemaPath:"#/properties/head_sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.base_ref !== undefined){let data4 = data.base_ref;if(typeof data4 === "string"){if(func3(data4) > 255){const err14 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func3(data4) < 1){const err15 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.run_id !== undefined){let data5 = data.run_id;if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){const err17 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: schema46.properties.run_id.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(typeof data5 == "number"){if(data5 < 1 || isNaN(data5)){const err18 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c7 = validate33;const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-report-diff/v1","description":"compare.json: a head inferguard-analyze/v1 report compared against a base one. Contract policy: schema_version first; within v1 field names and meanings are stable; fields may be added without a version change; consumers must ignore unknown fields. Ordering guarantees are in docs/COMPARE.md.","type":"object","required":["schema_version","base","head","settings","counts","verdict","cells","findings"],"properties":{"schema_version":{"const":"inferguard-report-diff/v1"},"base":{"$ref":"#/$defs/report_ref"},"head":{"$ref":"#/$defs/report_ref"},"settings":{"type":"object","required":["alpha","min_effect_size","method","bootstrap_iterations","seed","min_samples","noise_bands","eval_min_drop"],"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_effect_size":{"type":"number","minimum":0},"method":{"enum":["mann_whitney","bootstrap"]},"bootstrap_iterations":{"type":"integer","minimum":1},"seed":{"type":"integer"},"min_samples":{"type":"integer","minimum":1},"noise_bands":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"eval_min_drop":{"type":"number","minimum":0},"run_alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_base_runs":{"type":"integer","minimum":1},"run_noise_floor":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"suspicious_alpha":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Family-wise level of the SUSPICIOUS tier (shown, never failing)."},"noise_prior":{"type":"object","description":"The run-to-run noise prior per metric family: sigma^2 ~ Scale-Inv-chi2(nu, scale^2) per load regime (docs/COMPARE.md).","additionalProperties":{"type":"object","required":["nu","scale"],"properties":{"nu":{"type":"number","exclusiveMinimum":0},"scale":{"type":"object","properties":{"low":{"type":"number","minimum":0},"mid":{"type":"number","minimum":0},"high":{"type":"number","minimum":0}},"required":["low","mid","high"],"additionalProperties":true},"sigma_max":{"type":"number","exclusiveMinimum":0}},"additionalProperties":true}},"accept":{"type":"array","items":{"type":"string","minLength":1},"description":"Acknowledged regressions: '<metric>', '<head cell id>: <metric>' or '*'. A matching regression is reported with reason 'accepted' and is never a verdict (the action's acknowledgement label sets it)."}},"additionalProperties":true},"counts":{"type":"object","required":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data","total","tests"],"properties":{"regressed":{"type":"integer","minimum":0},"improved":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"incomparable":{"type":"integer","minimum":0},"insufficient_data":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"tests":{"type":"integer","minimum":0}},"additionalProperties":true},"verdict":{"$ref":"#/$defs/regression_verdict"},"cells":{"type":"array","items":{"$ref":"#/$defs/cell_diff"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"runs":{"type":"object","description":"The base reports (runs, preferred first) and head reports the compare rests on.","required":["base_reports","head_reports","base"],"properties":{"base_reports":{"type":"integer","minimum":0},"head_reports":{"type":"integer","minimum":0},"base":{"type":"array","items":{"type":"object","required":["generated_at","input_root","run_status","total_cells"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0}},"additionalProperties":true}}},"additionalProperties":true},"curves":{"type":"array","description":"Curve-level verdicts per family measured on both sides: knee, highest SLO-compliant concurrency and goodput per GPU, Pareto frontier of throughput per GPU vs tokens/s per user, behaviour findings new in head or resolved.","items":{"type":"object","required":["family","label","base","head","frontier_change","new_findings","resolved_findings","changes"],"properties":{"family":{"type":"string"},"label":{"type":"string"},"base":{"$ref":"#/$defs/curve_side"},"head":{"$ref":"#/$defs/curve_side"},"frontier_change":{"type":["object","null"],"required":["at_interactivity","base_tput_per_gpu","head_tput_per_gpu","relative_change","base_concurrency","head_concurrency"],"properties":{"at_interactivity":{"type":"number"},"base_tput_per_gpu":{"type":"number"},"head_tput_per_gpu":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"base_concurrency":{"type":"number"},"head_concurrency":{"type":["number","null"]}},"additionalProperties":true},"new_findings":{"type":"array","items":{"$ref":"#/$defs/curve_finding"}},"resolved_findings":{"type":"array","items":{"$ref":"#/$defs/curve_finding"}},"changes":{"type":"array","items":{"type":"string"}}},"additionalProperties":true}}},"additionalProperties":true,"$defs":{"report_ref":{"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true},"identity":{"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true},"metric_comparison":{"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","run_interval","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"basis":{"enum":["run_interval","per_request","noise_band","eval_stderr","none"],"description":"What the decision rests on: run_interval (>= min_base_runs base runs: the cell's own runs and the noise law), per_request (per-request samples with fewer base runs, then the noise law), noise_band (aggregates with fewer base runs: band and floor as the minimum effect, then the noise law), eval_stderr, none."},"n_base_runs":{"type":"integer","minimum":0,"description":"Base runs the comparison rests on."},"n_head_runs":{"type":"integer","minimum":0,"description":"Head runs (repetitions of the cell in the head artifact set)."},"run_spread":{"type":["number","null"],"minimum":0,"description":"Pooled run-to-run spread (sd of ln values) behind a run_interval decision."},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict's comparisons."},"reason":{"type":"string","description":"Code of the run-level rule that decided (within_sampling_noise, below_min_effect, isolated_tail, beyond_cell_noise, coherent_family, coherent_sweep, beyond_usual_range, within_cell_noise, accepted), or why the comparison was held back before any decision (below_min_samples, missing_on_one_side, currency_differs, informational, tpot_is_itl)."},"suspicious":{"type":"boolean","description":"Beyond the cell's usual range but inside the heavy tail of run-to-run noise: shown, never a verdict (outcome stays unchanged)."},"noise":{"type":"object","required":["family","regime","nu","spread","own_df","deployment_factor","p"],"properties":{"family":{"type":"string"},"regime":{"type":"string"},"nu":{"type":"number"},"spread":{"type":"number","minimum":0},"own_df":{"type":"integer","minimum":0},"deployment_factor":{"type":"number","exclusiveMinimum":0},"p":{"type":"number","minimum":0,"maximum":1}},"additionalProperties":true}},"additionalProperties":true},"regression_verdict":{"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"},"base_runs":{"type":"integer","minimum":0,"description":"Base runs the verdict rests on (per cell: that cell's; overall: the most any cell had)."},"head_runs":{"type":"integer","minimum":0},"basis":{"enum":["run_interval","per_request","noise_band","eval_stderr","none"],"description":"What the decision rests on: run_interval (>= min_base_runs base runs: the cell's own runs and the noise law), per_request (per-request samples with fewer base runs, then the noise law), noise_band (aggregates with fewer base runs: band and floor as the minimum effect, then the noise law), eval_stderr, none."},"suspicious":{"type":"array","items":{"type":"string"},"description":"Metrics (per cell) or '<cell>: <metric>' (overall) outside their usual range: shown, never failing."},"detectable":{"type":"array","items":{"type":"object","required":["metric","change"],"properties":{"metric":{"type":"string"},"change":{"type":["number","null"]}},"additionalProperties":true},"description":"Overall only: per metric, the smallest change the median cell could show as a verdict on its own (null: none below 100x)."}},"additionalProperties":true},"cell_diff":{"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]},"environment":{"type":"object","required":["base","head","differs"],"properties":{"base":{"type":"array","items":{"type":"string"},"description":"Distinct environments of the base cell's runs, sorted ('cluster cw · runner h200-cw_00')."},"head":{"type":"array","items":{"type":"string"},"description":"The same for the head cell's runs."},"differs":{"type":"boolean","description":"Both sides describe their environment and the sets differ (a side that says nothing is unknown, not different)."}},"additionalProperties":true,"description":"Optional: where the base and head runs of a matched pair ran (runner, cluster, host, image; evidence only, never decides an outcome)."}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]},"finding":{"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true},"curve_point":{"type":"object","required":["cell_id","concurrency","interactivity","tput_per_gpu"],"properties":{"cell_id":{"type":"string"},"concurrency":{"type":"number"},"interactivity":{"type":"number"},"tput_per_gpu":{"type":"number"}},"additionalProperties":true},"curve_side":{"type":"object","required":["points","knee_concurrency","knee_cell_id","slo_max_concurrency","slo_cell_id","goodput_per_gpu","frontier"],"properties":{"points":{"type":"integer","minimum":0},"knee_concurrency":{"type":["number","null"]},"knee_cell_id":{"type":["string","null"]},"slo_max_concurrency":{"type":["number","null"]},"slo_cell_id":{"type":["string","null"]},"goodput_per_gpu":{"type":["number","null"]},"frontier":{"type":"array","items":{"$ref":"#/$defs/curve_point"}}},"additionalProperties":true},"curve_finding":{"type":"object","required":["code","cell_id","concurrency","message"],"properties":{"code":{"type":"string"},"cell_id":{"type":"string"},"concurrency":{"type":["number","null"]},"message":{"type":"string"}},"additionalProperties":true}}};const schema48 = {"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true};const schema54 = {"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true};const schema57 = {"type":"object","required":["code","cell_id","concurrency","message"],"properties":{"code":{"type":"string"},"cell_id":{"type":"string"},"concurrency":{"type":["number","null"]},"message":{"type":"string"}},"additionalProperties":true};const schema50 = {"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"},"base_runs":{"type":"integer","minimum":0,"description":"Base runs the verdict rests on (per cell: that cell's; overall: the most any cell had)."},"head_runs":{"type":"integer","minimum":0},"basis":{"enum":["run_interval","per_request","noise_band","eval_stderr","none"],"description":"What the decision rests on: run_interval (>= min_base_runs base runs: the cell's own runs and the noise law), per_request (per-request samples with fewer base runs, then the noise law), noise_band (aggregates with fewer base runs: band and floor as the minimum effect, then the noise law), eval_stderr, none."},"suspicious":{"type":"array","items":{"type":"string"},"description":"Metrics (per cell) or '<cell>: <metric>' (overall) outside their usual range: shown, never failing."},"detectable":{"type":"array","items":{"type":"object","required":["metric","change"],"properties":{"metric":{"type":"string"},"change":{"type":["number","null"]}},"additionalProperties":true},"description":"Overall only: per metric, the smallest change the median cell could show as a verdict on its own (null: none below 100x)."}},"additionalProperties":true};const schema51 = {"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","run_interval","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"basis":{"enum":["run_interval","per_request","noise_band","eval_stderr","none"],"description":"What the decision rests on: run_interval (>= min_base_runs base runs: the cell's own runs and the noise law), per_request (per-request samples with fewer base runs, then the noise law), noise_band (aggregates with fewer base runs: band and floor as the minimum effect, then the noise law), eval_stderr, none."},"n_base_runs":{"type":"integer","minimum":0,"description":"Base runs the comparison rests on."},"n_head_runs":{"type":"integer","minimum":0,"description":"Head runs (repetitions of the cell in the head artifact set)."},"run_spread":{"type":["number","null"],"minimum":0,"description":"Pooled run-to-run spread (sd of ln values) behind a run_interval decision."},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict's comparisons."},"reason":{"type":"string","description":"Code of the run-level rule that decided (within_sampling_noise, below_min_effect, isolated_tail, beyond_cell_noise, coherent_family, coherent_sweep, beyond_usual_range, within_cell_noise, accepted), or why the comparison was held back before any decision (below_min_samples, missing_on_one_side, currency_differs, informational, tpot_is_itl)."},"suspicious":{"type":"boolean","description":"Beyond the cell's usual range but inside the heavy tail of run-to-run noise: shown, never a verdict (outcome stays unchanged)."},"noise":{"type":"object","required":["family","regime","nu","spread","own_df","deployment_factor","p"],"properties":{"family":{"type":"string"},"regime":{"type":"string"},"nu":{"type":"number"},"spread":{"type":"number","minimum":0},"own_df":{"type":"integer","minimum":0},"deployment_factor":{"type":"number","exclusiveMinimum":0},"p":{"type":"number","minimum":0,"maximum":1}},"additionalProperties":true}},"additionalProperties":true};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.verdict === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.confidence === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.regressions === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regressions"},message:"must have required property '"+"regressions"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.improvements === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "improvements"},message:"must have required property '"+"improvements"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.comparisons === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comparisons"},message:"must have required property '"+"comparisons"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.p_value === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "p_value"},message:"must have required property '"+"p_value"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.summary === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.verdict !== undefined){let data0 = data.verdict;if(!((((data0 === "REGRESSION") || (data0 === "IMPROVEMENT")) || (data0 === "NEUTRAL")) || (data0 === "INSUFFICIENT_DATA"))){const err7 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema50.properties.verdict.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.confidence !== undefined){let data1 = data.confidence;if(typeof data1 == "number"){if(data1 > 1 || isNaN(data1)){const err8 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data1 < 0 || isNaN(data1)){const err9 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.regressions !== undefined){let data2 = data.regressions;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err11 = {instancePath:instancePath+"/regressions/" + i0,schemaPath:"#/properties/regressions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/regressions",schemaPath:"#/properties/regressions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.improvements !== undefined){let data4 = data.improvements;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){if(typeof data4[i1] !== "string"){const err13 = {instancePath:instancePath+"/improvements/" + i1,schemaPath:"#/properties/improvements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/improvements",schemaPath:"#/properties/improvements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.comparisons !== undefined){let data6 = data.comparisons;if(Array.isArray(data6)){const len2 = data6.length;for(let i2=0; i2<len2; i2++){let data7 = data6[i2];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.metric === undefined){const err15 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data7.kind === undefined){const err16 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data7.unit === undefined){const err17 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data7.direction === undefined){const err18 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data7.base === undefined){const err19 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.head === undefined){const err20 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data7.delta === undefined){const err21 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.relative_delta === undefined){const err22 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "relative_delta"},message:"must have required property '"+"relative_delta"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.method === undefined){const err23 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.outcome === undefined){const err24 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data7.p_value === undefined){const err25 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "p_value"},message:"must have required property '"+"p_value"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data7.q_value === undefined){const err26 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "q_value"},message:"must have required property '"+"q_value"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data7.interval === undefined){const err27 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "interval"},message:"must have required property '"+"interval"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data7.effect_size === undefined){const err28 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "effect_size"},message:"must have required property '"+"effect_size"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.threshold === undefined){const err29 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data7.n_base === undefined){const err30 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "n_base"},message:"must have required property '"+"n_base"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data7.n_head === undefined){const err31 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "n_head"},message:"must have required property '"+"n_head"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data7.confidence === undefined){const err32 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data7.note === undefined){const err33 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data7.metric !== undefined){let data8 = data7.metric;if(typeof data8 === "string"){if(func3(data8) < 1){const err34 = {instancePath:instancePath+"/comparisons/" + i2+"/metric",schemaPath:"#/$defs/metric_comparison/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/comparisons/" + i2+"/metric",schemaPath:"#/$defs/metric_comparison/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.kind !== undefined){let data9 = data7.kind;if(!(((((data9 === "completion") || (data9 === "throughput")) || (data9 === "latency")) || (data9 === "cost")) || (data9 === "eval"))){const err36 = {instancePath:instancePath+"/comparisons/" + i2+"/kind",schemaPath:"#/$defs/metric_comparison/properties/kind/enum",keyword:"enum",params:{allowedValues: schema51.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data7.unit !== undefined){if(typeof data7.unit !== "string"){const err37 = {instancePath:instancePath+"/comparisons/" + i2+"/unit",schemaPath:"#/$defs/metric_comparison/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.direction !== undefined){let data11 = data7.direction;if(!(((data11 === "higher_is_better") || (data11 === "lower_is_better")) || (data11 === "neutral"))){const err38 = {instancePath:instancePath+"/comparisons/" + i2+"/direction",schemaPath:"#/$defs/metric_comparison/properties/direction/enum",keyword:"enum",params:{allowedValues: schema51.properties.direction.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data7.base !== undefined){let data12 = data7.base;if((!(typeof data12 == "number")) && (data12 !== null)){const err39 = {instancePath:instancePath+"/comparisons/" + i2+"/base",schemaPath:"#/$defs/metric_comparison/properties/base/type",keyword:"type",params:{type: schema51.properties.base.type},message:"must be number,null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data7.head !== undefined){let data13 = data7.head;if((!(typeof data13 == "number")) && (data13 !== null)){const err40 = {instancePath:instancePath+"/comparisons/" + i2+"/head",schemaPath:"#/$defs/metric_comparison/properties/head/type",keyword:"type",params:{type: schema51.properties.head.type},message:"must be number,null"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data7.delta !== undefined){let data14 = data7.delta;if((!(typeof data14 == "number")) && (data14 !== null)){const err41 = {instancePath:instancePath+"/comparisons/" + i2+"/delta",schemaPath:"#/$defs/metric_comparison/properties/delta/type",keyword:"type",params:{type: schema51.properties.delta.type},message:"must be number,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data7.relative_delta !== undefined){let data15 = data7.relative_delta;if((!(typeof data15 == "number")) && (data15 !== null)){const err42 = {instancePath:instancePath+"/comparisons/" + i2+"/relative_delta",schemaPath:"#/$defs/metric_comparison/properties/relative_delta/type",keyword:"type",params:{type: schema51.properties.relative_delta.type},message:"must be number,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data7.method !== undefined){let data16 = data7.method;if(!(((((((data16 === "mann_whitney_u") || (data16 === "bootstrap_quantile")) || (data16 === "noise_band")) || (data16 === "eval_stderr")) || (data16 === "run_interval")) || (data16 === "informational")) || (data16 === "none"))){const err43 = {instancePath:instancePath+"/comparisons/" + i2+"/method",schemaPath:"#/$defs/metric_comparison/properties/method/enum",keyword:"enum",params:{allowedValues: schema51.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data7.outcome !== undefined){let data17 = data7.outcome;if(!((((((data17 === "regressed") || (data17 === "improved")) || (data17 === "unchanged")) || (data17 === "insufficient_data")) || (data17 === "incomparable")) || (data17 === "informational"))){const err44 = {instancePath:instancePath+"/comparisons/" + i2+"/outcome",schemaPath:"#/$defs/metric_comparison/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema51.properties.outcome.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data7.p_value !== undefined){let data18 = data7.p_value;if((!(typeof data18 == "number")) && (data18 !== null)){const err45 = {instancePath:instancePath+"/comparisons/" + i2+"/p_value",schemaPath:"#/$defs/metric_comparison/properties/p_value/type",keyword:"type",params:{type: schema51.properties.p_value.type},message:"must be number,null"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(typeof data18 == "number"){if(data18 > 1 || isNaN(data18)){const err46 = {instancePath:instancePath+"/comparisons/" + i2+"/p_value",schemaPath:"#/$defs/metric_comparison/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data18 < 0 || isNaN(data18)){const err47 = {instancePath:instancePath+"/comparisons/" + i2+"/p_value",schemaPath:"#/$defs/metric_comparison/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data7.q_value !== undefined){let data19 = data7.q_value;if((!(typeof data19 == "number")) && (data19 !== null)){const err48 = {instancePath:instancePath+"/comparisons/" + i2+"/q_value",schemaPath:"#/$defs/metric_comparison/properties/q_value/type",keyword:"type",params:{type: schema51.properties.q_value.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data19 == "number"){if(data19 > 1 || isNaN(data19)){const err49 = {instancePath:instancePath+"/comparisons/" + i2+"/q_value",schemaPath:"#/$defs/metric_comparison/properties/q_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data19 < 0 || isNaN(data19)){const err50 = {instancePath:instancePath+"/comparisons/" + i2+"/q_value",schemaPath:"#/$defs/metric_comparison/properties/q_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data7.interval !== undefined){let data20 = data7.interval;const _errs40 = errors;let valid9 = false;let passing0 = null;const _errs41 = errors;if(data20 !== null){const err51 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}var _valid0 = _errs41 === errors;if(_valid0){valid9 = true;passing0 = 0;}const _errs43 = errors;if(Array.isArray(data20)){if(data20.length > 2){const err52 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data20.length < 2){const err53 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}const len3 = data20.length;for(let i3=0; i3<len3; i3++){if(!(typeof data20[i3] == "number")){const err54 = {instancePath:instancePath+"/comparisons/" + i2+"/interval/" + i3,schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid0 = _errs43 === errors;if(_valid0 && valid9){valid9 = false;passing0 = [passing0, 1];}else {if(_valid0){valid9 = true;passing0 = 1;}}if(!valid9){const err56 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}else {errors = _errs40;if(vErrors !== null){if(_errs40){vErrors.length = _errs40;}else {vErrors = null;}}}}if(data7.effect_size !== undefined){let data22 = data7.effect_size;if((!(typeof data22 == "number")) && (data22 !== null)){const err57 = {instancePath:instancePath+"/comparisons/" + i2+"/effect_size",schemaPath:"#/$defs/metric_comparison/properties/effect_size/type",keyword:"type",params:{type: schema51.properties.effect_size.type},message:"must be number,null"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data7.threshold !== undefined){let data23 = data7.threshold;const _errs50 = errors;let valid12 = false;let passing1 = null;const _errs51 = errors;if(data23 !== null){const err58 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}var _valid1 = _errs51 === errors;if(_valid1){valid12 = true;passing1 = 0;}const _errs53 = errors;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.name === undefined){const err59 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data23.value === undefined){const err60 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data23.basis === undefined){const err61 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data23.name !== undefined){if(typeof data23.name !== "string"){const err62 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold/name",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data23.value !== undefined){if(!(typeof data23.value == "number")){const err63 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold/value",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data23.basis !== undefined){let data26 = data23.basis;if(!((data26 === "relative") || (data26 === "absolute"))){const err64 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold/basis",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/properties/basis/enum",keyword:"enum",params:{allowedValues: schema51.properties.threshold.oneOf[1].properties.basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid1 = _errs53 === errors;if(_valid1 && valid12){valid12 = false;passing1 = [passing1, 1];}else {if(_valid1){valid12 = true;passing1 = 1;}}if(!valid12){const err66 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {errors = _errs50;if(vErrors !== null){if(_errs50){vErrors.length = _errs50;}else {vErrors = null;}}}}if(data7.n_base !== undefined){let data27 = data7.n_base;if((!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) && (data27 !== null)){const err67 = {instancePath:instancePath+"/comparisons/" + i2+"/n_base",schemaPath:"#/$defs/metric_comparison/properties/n_base/type",keyword:"type",params:{type: schema51.properties.n_base.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(typeof data27 == "number"){if(data27 < 0 || isNaN(data27)){const err68 = {instancePath:instancePath+"/comparisons/" + i2+"/n_base",schemaPath:"#/$defs/metric_comparison/properties/n_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}if(data7.n_head !== undefined){let data28 = data7.n_head;if((!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) && (data28 !== null)){const err69 = {instancePath:instancePath+"/comparisons/" + i2+"/n_head",schemaPath:"#/$defs/metric_comparison/properties/n_head/type",keyword:"type",params:{type: schema51.properties.n_head.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(typeof data28 == "number"){if(data28 < 0 || isNaN(data28)){const err70 = {instancePath:instancePath+"/comparisons/" + i2+"/n_head",schemaPath:"#/$defs/metric_comparison/properties/n_head/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}if(data7.confidence !== undefined){let data29 = data7.confidence;if((!(typeof data29 == "number")) && (data29 !== null)){const err71 = {instancePath:instancePath+"/comparisons/" + i2+"/confidence",schemaPath:"#/$defs/metric_comparison/properties/confidence/type",keyword:"type",params:{type: schema51.properties.confidence.type},message:"must be number,null"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(typeof data29 == "number"){if(data29 > 1 || isNaN(data29)){const err72 = {instancePath:instancePath+"/comparisons/" + i2+"/confidence",schemaPath:"#/$defs/metric_comparison/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data29 < 0 || isNaN(data29)){const err73 = {instancePath:instancePath+"/comparisons/" + i2+"/confidence",schemaPath:"#/$defs/metric_comparison/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}if(data7.note !== undefined){if(typeof data7.note !== "string"){const err74 = {instancePath:instancePath+"/comparisons/" + i2+"/note",schemaPath:"#/$defs/metric_comparison/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data7.basis !== undefined){let data31 = data7.basis;if(!(((((data31 === "run_interval") || (data31 === "per_request")) || (data31 === "noise_band")) || (data31 === "eval_stderr")) || (data31 === "none"))){const err75 = {instancePath:instancePath+"/comparisons/" + i2+"/basis",schemaPath:"#/$defs/metric_comparison/properties/basis/enum",keyword:"enum",params:{allowedValues: schema51.properties.basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data7.n_base_runs !== undefined){let data32 = data7.n_base_runs;if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){const err76 = {instancePath:instancePath+"/comparisons/" + i2+"/n_base_runs",schemaPath:"#/$defs/metric_comparison/properties/n_base_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(typeof data32 == "number"){if(data32 < 0 || isNaN(data32)){const err77 = {instancePath:instancePath+"/comparisons/" + i2+"/n_base_runs",schemaPath:"#/$defs/metric_comparison/properties/n_base_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}if(data7.n_head_runs !== undefined){let data33 = data7.n_head_runs;if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){const err78 = {instancePath:instancePath+"/comparisons/" + i2+"/n_head_runs",schemaPath:"#/$defs/metric_comparison/properties/n_head_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(typeof data33 == "number"){if(data33 < 0 || isNaN(data33)){const err79 = {instancePath:instancePath+"/comparisons/" + i2+"/n_head_runs",schemaPath:"#/$defs/metric_comparison/properties/n_head_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}if(data7.run_spread !== undefined){let data34 = data7.run_spread;if((!(typeof data34 == "number")) && (data34 !== null)){const err80 = {instancePath:instancePath+"/comparisons/" + i2+"/run_spread",schemaPath:"#/$defs/metric_comparison/properties/run_spread/type",keyword:"type",params:{type: schema51.properties.run_spread.type},message:"must be number,null"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(typeof data34 == "number"){if(data34 < 0 || isNaN(data34)){const err81 = {instancePath:instancePath+"/comparisons/" + i2+"/run_spread",schemaPath:"#/$defs/metric_comparison/properties/run_spread/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}if(data7.cell_id !== undefined){if(typeof data7.cell_id !== "string"){const err82 = {instancePath:instancePath+"/comparisons/" + i2+"/cell_id",schemaPath:"#/$defs/metric_comparison/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data7.reason !== undefined){if(typeof data7.reason !== "string"){const err83 = {instancePath:instancePath+"/comparisons/" + i2+"/reason",schemaPath:"#/$defs/metric_comparison/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data7.suspicious !== undefined){if(typeof data7.suspicious !== "boolean"){const err84 = {instancePath:instancePath+"/comparisons/" + i2+"/suspicious",schemaPath:"#/$defs/metric_comparison/properties/suspicious/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data7.noise !== undefined){let data38 = data7.noise;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){if(data38.family === undefined){const err85 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "family"},message:"must have required property '"+"family"+"'"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(data38.regime === undefined){const err86 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "regime"},message:"must have required property '"+"regime"+"'"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data38.nu === undefined){const err87 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "nu"},message:"must have required property '"+"nu"+"'"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(data38.spread === undefined){const err88 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "spread"},message:"must have required property '"+"spread"+"'"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data38.own_df === undefined){const err89 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "own_df"},message:"must have required property '"+"own_df"+"'"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if(data38.deployment_factor === undefined){const err90 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "deployment_factor"},message:"must have required property '"+"deployment_factor"+"'"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(data38.p === undefined){const err91 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/required",keyword:"required",params:{missingProperty: "p"},message:"must have required property '"+"p"+"'"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}if(data38.family !== undefined){if(typeof data38.family !== "string"){const err92 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/family",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data38.regime !== undefined){if(typeof data38.regime !== "string"){const err93 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/regime",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/regime/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data38.nu !== undefined){if(!(typeof data38.nu == "number")){const err94 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/nu",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/nu/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data38.spread !== undefined){let data42 = data38.spread;if(typeof data42 == "number"){if(data42 < 0 || isNaN(data42)){const err95 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/spread",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/spread/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/spread",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/spread/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data38.own_df !== undefined){let data43 = data38.own_df;if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){const err97 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/own_df",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/own_df/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(typeof data43 == "number"){if(data43 < 0 || isNaN(data43)){const err98 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/own_df",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/own_df/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}if(data38.deployment_factor !== undefined){let data44 = data38.deployment_factor;if(typeof data44 == "number"){if(data44 <= 0 || isNaN(data44)){const err99 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/deployment_factor",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/deployment_factor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}else {const err100 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/deployment_factor",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/deployment_factor/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data38.p !== undefined){let data45 = data38.p;if(typeof data45 == "number"){if(data45 > 1 || isNaN(data45)){const err101 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/p",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(data45 < 0 || isNaN(data45)){const err102 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/p",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}else {const err103 = {instancePath:instancePath+"/comparisons/" + i2+"/noise/p",schemaPath:"#/$defs/metric_comparison/properties/noise/properties/p/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}else {const err104 = {instancePath:instancePath+"/comparisons/" + i2+"/noise",schemaPath:"#/$defs/metric_comparison/properties/noise/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}}else {const err106 = {instancePath:instancePath+"/comparisons",schemaPath:"#/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data.p_value !== undefined){let data46 = data.p_value;if((!(typeof data46 == "number")) && (data46 !== null)){const err107 = {instancePath:instancePath+"/p_value",schemaPath:"#/properties/p_value/type",keyword:"type",params:{type: schema50.properties.p_value.type},message:"must be number,null"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(typeof data46 == "number"){if(data46 > 1 || isNaN(data46)){const err108 = {instancePath:instancePath+"/p_value",schemaPath:"#/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data46 < 0 || isNaN(data46)){const err109 = {instancePath:instancePath+"/p_value",schemaPath:"#/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}}if(data.summary !== undefined){if(typeof data.summary !== "string"){const err110 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data.base_runs !== undefined){let data48 = data.base_runs;if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){const err111 = {instancePath:instancePath+"/base_runs",schemaPath:"#/properties/base_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(typeof data48 == "number"){if(data48 < 0 || isNaN(data48)){const err112 = {instancePath:instancePath+"/base_runs",schemaPath:"#/properties/base_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data.head_runs !== undefined){let data49 = data.head_runs;if(!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))){const err113 = {instancePath:instancePath+"/head_runs",schemaPath:"#/properties/head_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(typeof data49 == "number"){if(data49 < 0 || isNaN(data49)){const err114 = {instancePath:instancePath+"/head_runs",schemaPath:"#/properties/head_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}if(data.basis !== undefined){let data50 = data.basis;if(!(((((data50 === "run_interval") || (data50 === "per_request")) || (data50 === "noise_band")) || (data50 === "eval_stderr")) || (data50 === "none"))){const err115 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/enum",keyword:"enum",params:{allowedValues: schema50.properties.basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data.suspicious !== undefined){let data51 = data.suspicious;if(Array.isArray(data51)){const len4 = data51.length;for(let i4=0; i4<len4; i4++){if(typeof data51[i4] !== "string"){const err116 = {instancePath:instancePath+"/suspicious/" + i4,schemaPath:"#/properties/suspicious/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}else {const err117 = {instancePath:instancePath+"/suspicious",schemaPath:"#/properties/suspicious/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data.detectable !== undefined){let data53 = data.detectable;if(Array.isArray(data53)){const len5 = data53.length;for(let i5=0; i5<len5; i5++){let data54 = data53[i5];if(data54 && typeof data54 == "object" && !Array.isArray(data54)){if(data54.metric === undefined){const err118 = {instancePath:instancePath+"/detectable/" + i5,schemaPath:"#/properties/detectable/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}if(data54.change === undefined){const err119 = {instancePath:instancePath+"/detectable/" + i5,schemaPath:"#/properties/detectable/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if(data54.metric !== undefined){if(typeof data54.metric !== "string"){const err120 = {instancePath:instancePath+"/detectable/" + i5+"/metric",schemaPath:"#/properties/detectable/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data54.change !== undefined){let data56 = data54.change;if((!(typeof data56 == "number")) && (data56 !== null)){const err121 = {instancePath:instancePath+"/detectable/" + i5+"/change",schemaPath:"#/properties/detectable/items/properties/change/type",keyword:"type",params:{type: schema50.properties.detectable.items.properties.change.type},message:"must be number,null"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}else {const err122 = {instancePath:instancePath+"/detectable/" + i5,schemaPath:"#/properties/detectable/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}else {const err123 = {instancePath:instancePath+"/detectable",schemaPath:"#/properties/detectable/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema52 = {"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]},"environment":{"type":"object","required":["base","head","differs"],"properties":{"base":{"type":"array","items":{"type":"string"},"description":"Distinct environments of the base cell's runs, sorted ('cluster cw · runner h200-cw_00')."},"head":{"type":"array","items":{"type":"string"},"description":"The same for the head cell's runs."},"differs":{"type":"boolean","description":"Both sides describe their environment and the sets differ (a side that says nothing is unknown, not different)."}},"additionalProperties":true,"description":"Optional: where the base and head runs of a matched pair ran (runner, cluster, host, image; evidence only, never decides an outcome)."}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]};const schema53 = {"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true};function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate36.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){if("new" !== data.status){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.base_cell_id !== undefined){if(data.base_cell_id !== null){const err1 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/0/then/properties/base_cell_id/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.head_cell_id !== undefined){if(typeof data.head_cell_id !== "string"){const err2 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/0/then/properties/head_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.verdict !== undefined){if(data.verdict !== null){const err3 = {instancePath:instancePath+"/verdict",schemaPath:"#/allOf/0/then/properties/verdict/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}var _valid0 = _errs5 === errors;valid1 = _valid0;if(valid1){var props0 = {};props0.base_cell_id = true;props0.head_cell_id = true;props0.verdict = true;props0.status = true;}}if(!valid1){const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const _errs13 = errors;let valid4 = true;const _errs14 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){if("missing" !== data.status){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}var _valid1 = _errs14 === errors;errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}if(_valid1){const _errs16 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.head_cell_id !== undefined){if(data.head_cell_id !== null){const err6 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/1/then/properties/head_cell_id/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.base_cell_id !== undefined){if(typeof data.base_cell_id !== "string"){const err7 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/1/then/properties/base_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.verdict !== undefined){if(data.verdict !== null){const err8 = {instancePath:instancePath+"/verdict",schemaPath:"#/allOf/1/then/properties/verdict/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}var _valid1 = _errs16 === errors;valid4 = _valid1;if(valid4){var props1 = {};props1.head_cell_id = true;props1.base_cell_id = true;props1.verdict = true;props1.status = true;}}if(!valid4){const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs24 = errors;let valid7 = true;const _errs25 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){if("incomparable" !== data.status){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}var _valid2 = _errs25 === errors;errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}if(_valid2){const _errs27 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.base_cell_id !== undefined){if(typeof data.base_cell_id !== "string"){const err11 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/2/then/properties/base_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.head_cell_id !== undefined){if(typeof data.head_cell_id !== "string"){const err12 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/2/then/properties/head_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.reasons !== undefined){let data11 = data.reasons;if(Array.isArray(data11)){if(data11.length < 1){const err13 = {instancePath:instancePath+"/reasons",schemaPath:"#/allOf/2/then/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.verdict !== undefined){if(data.verdict !== null){const err14 = {instancePath:instancePath+"/verdict",schemaPath:"#/allOf/2/then/properties/verdict/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}var _valid2 = _errs27 === errors;valid7 = _valid2;if(valid7){var props2 = {};props2.base_cell_id = true;props2.head_cell_id = true;props2.reasons = true;props2.verdict = true;props2.status = true;}}if(!valid7){const err15 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}const _errs36 = errors;let valid10 = true;const _errs37 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){let data13 = data.status;if(!((((data13 === "regressed") || (data13 === "improved")) || (data13 === "unchanged")) || (data13 === "insufficient_data"))){const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}var _valid3 = _errs37 === errors;errors = _errs36;if(vErrors !== null){if(_errs36){vErrors.length = _errs36;}else {vErrors = null;}}if(_valid3){const _errs39 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.base_cell_id !== undefined){if(typeof data.base_cell_id !== "string"){const err17 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/3/then/properties/base_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.head_cell_id !== undefined){if(typeof data.head_cell_id !== "string"){const err18 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/3/then/properties/head_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.verdict !== undefined){if(!(validate34(data.verdict, {instancePath:instancePath+"/verdict",parentData:data,parentDataProperty:"verdict",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}}var _valid3 = _errs39 === errors;valid10 = _valid3;if(valid10){var props3 = {};props3.base_cell_id = true;props3.head_cell_id = true;props3.verdict = true;props3.status = true;}}if(!valid10){const err19 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(props0 !== true && props3 !== undefined){if(props3 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props3);}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.key === undefined){const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data.family === undefined){const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "family"},message:"must have required property '"+"family"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data.status === undefined){const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data.base_cell_id === undefined){const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_cell_id"},message:"must have required property '"+"base_cell_id"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data.head_cell_id === undefined){const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head_cell_id"},message:"must have required property '"+"head_cell_id"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data.identity === undefined){const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data.reasons === undefined){const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data.verdict === undefined){const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data.key !== undefined){if(typeof data.key !== "string"){const err28 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.family !== undefined){if(typeof data.family !== "string"){const err29 = {instancePath:instancePath+"/family",schemaPath:"#/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.status !== undefined){let data19 = data.status;if(!(((((((data19 === "regressed") || (data19 === "improved")) || (data19 === "unchanged")) || (data19 === "new")) || (data19 === "missing")) || (data19 === "incomparable")) || (data19 === "insufficient_data"))){const err30 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema52.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.base_cell_id !== undefined){let data20 = data.base_cell_id;if((typeof data20 !== "string") && (data20 !== null)){const err31 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/properties/base_cell_id/type",keyword:"type",params:{type: schema52.properties.base_cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.head_cell_id !== undefined){let data21 = data.head_cell_id;if((typeof data21 !== "string") && (data21 !== null)){const err32 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/properties/head_cell_id/type",keyword:"type",params:{type: schema52.properties.head_cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.identity !== undefined){let data22 = data.identity;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.hardware === undefined){const err33 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data22.model === undefined){const err34 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data22.framework === undefined){const err35 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "framework"},message:"must have required property '"+"framework"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data22.precision === undefined){const err36 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data22.scenario_type === undefined){const err37 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "scenario_type"},message:"must have required property '"+"scenario_type"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data22.is_multinode === undefined){const err38 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "is_multinode"},message:"must have required property '"+"is_multinode"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data22.recipe_name === undefined){const err39 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "recipe_name"},message:"must have required property '"+"recipe_name"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data22.isl === undefined){const err40 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "isl"},message:"must have required property '"+"isl"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data22.osl === undefined){const err41 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "osl"},message:"must have required property '"+"osl"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data22.concurrency === undefined){const err42 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data22.hardware !== undefined){let data23 = data22.hardware;if((typeof data23 !== "string") && (data23 !== null)){const err43 = {instancePath:instancePath+"/identity/hardware",schemaPath:"#/$defs/identity/properties/hardware/type",keyword:"type",params:{type: schema53.properties.hardware.type},message:"must be string,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data22.model !== undefined){let data24 = data22.model;if((typeof data24 !== "string") && (data24 !== null)){const err44 = {instancePath:instancePath+"/identity/model",schemaPath:"#/$defs/identity/properties/model/type",keyword:"type",params:{type: schema53.properties.model.type},message:"must be string,null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data22.framework !== undefined){let data25 = data22.framework;if((typeof data25 !== "string") && (data25 !== null)){const err45 = {instancePath:instancePath+"/identity/framework",schemaPath:"#/$defs/identity/properties/framework/type",keyword:"type",params:{type: schema53.properties.framework.type},message:"must be string,null"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data22.precision !== undefined){let data26 = data22.precision;if((typeof data26 !== "string") && (data26 !== null)){const err46 = {instancePath:instancePath+"/identity/precision",schemaPath:"#/$defs/identity/properties/precision/type",keyword:"type",params:{type: schema53.properties.precision.type},message:"must be string,null"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data22.scenario_type !== undefined){let data27 = data22.scenario_type;if((typeof data27 !== "string") && (data27 !== null)){const err47 = {instancePath:instancePath+"/identity/scenario_type",schemaPath:"#/$defs/identity/properties/scenario_type/type",keyword:"type",params:{type: schema53.properties.scenario_type.type},message:"must be string,null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data22.is_multinode !== undefined){let data28 = data22.is_multinode;if((typeof data28 !== "boolean") && (data28 !== null)){const err48 = {instancePath:instancePath+"/identity/is_multinode",schemaPath:"#/$defs/identity/properties/is_multinode/type",keyword:"type",params:{type: schema53.properties.is_multinode.type},message:"must be boolean,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data22.recipe_name !== undefined){let data29 = data22.recipe_name;if((typeof data29 !== "string") && (data29 !== null)){const err49 = {instancePath:instancePath+"/identity/recipe_name",schemaPath:"#/$defs/identity/properties/recipe_name/type",keyword:"type",params:{type: schema53.properties.recipe_name.type},message:"must be string,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data22.isl !== undefined){let data30 = data22.isl;if((!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) && (data30 !== null)){const err50 = {instancePath:instancePath+"/identity/isl",schemaPath:"#/$defs/identity/properties/isl/type",keyword:"type",params:{type: schema53.properties.isl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data22.osl !== undefined){let data31 = data22.osl;if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (data31 !== null)){const err51 = {instancePath:instancePath+"/identity/osl",schemaPath:"#/$defs/identity/properties/osl/type",keyword:"type",params:{type: schema53.properties.osl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data22.concurrency !== undefined){let data32 = data22.concurrency;if((!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))) && (data32 !== null)){const err52 = {instancePath:instancePath+"/identity/concurrency",schemaPath:"#/$defs/identity/properties/concurrency/type",keyword:"type",params:{type: schema53.properties.concurrency.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.reasons !== undefined){let data33 = data.reasons;if(Array.isArray(data33)){const len0 = data33.length;for(let i0=0; i0<len0; i0++){if(typeof data33[i0] !== "string"){const err54 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.verdict !== undefined){let data35 = data.verdict;const _errs84 = errors;let valid18 = false;let passing0 = null;const _errs85 = errors;if(data35 !== null){const err56 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var _valid4 = _errs85 === errors;if(_valid4){valid18 = true;passing0 = 0;}const _errs87 = errors;if(!(validate34(data35, {instancePath:instancePath+"/verdict",parentData:data,parentDataProperty:"verdict",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var _valid4 = _errs87 === errors;if(_valid4 && valid18){valid18 = false;passing0 = [passing0, 1];}else {if(_valid4){valid18 = true;passing0 = 1;}}if(!valid18){const err57 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}else {errors = _errs84;if(vErrors !== null){if(_errs84){vErrors.length = _errs84;}else {vErrors = null;}}}}if(data.environment !== undefined){let data36 = data.environment;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(data36.base === undefined){const err58 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data36.head === undefined){const err59 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data36.differs === undefined){const err60 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "differs"},message:"must have required property '"+"differs"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data36.base !== undefined){let data37 = data36.base;if(Array.isArray(data37)){const len1 = data37.length;for(let i1=0; i1<len1; i1++){if(typeof data37[i1] !== "string"){const err61 = {instancePath:instancePath+"/environment/base/" + i1,schemaPath:"#/properties/environment/properties/base/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/environment/base",schemaPath:"#/properties/environment/properties/base/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data36.head !== undefined){let data39 = data36.head;if(Array.isArray(data39)){const len2 = data39.length;for(let i2=0; i2<len2; i2++){if(typeof data39[i2] !== "string"){const err63 = {instancePath:instancePath+"/environment/head/" + i2,schemaPath:"#/properties/environment/properties/head/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/environment/head",schemaPath:"#/properties/environment/properties/head/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data36.differs !== undefined){if(typeof data36.differs !== "boolean"){const err65 = {instancePath:instancePath+"/environment/differs",schemaPath:"#/properties/environment/properties/differs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}validate36.errors = vErrors;return errors === 0;}validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema55 = {"type":"object","required":["points","knee_concurrency","knee_cell_id","slo_max_concurrency","slo_cell_id","goodput_per_gpu","frontier"],"properties":{"points":{"type":"integer","minimum":0},"knee_concurrency":{"type":["number","null"]},"knee_cell_id":{"type":["string","null"]},"slo_max_concurrency":{"type":["number","null"]},"slo_cell_id":{"type":["string","null"]},"goodput_per_gpu":{"type":["number","null"]},"frontier":{"type":"array","items":{"$ref":"#/$defs/curve_point"}}},"additionalProperties":true};const schema56 = {"type":"object","required":["cell_id","concurrency","interactivity","tput_per_gpu"],"properties":{"cell_id":{"type":"string"},"concurrency":{"type":"number"},"interactivity":{"type":"number"},"tput_per_gpu":{"type":"number"}},"additionalProperties":true};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.points === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.knee_concurrency === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "knee_concurrency"},message:"must have required property '"+"knee_concurrency"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.knee_cell_id === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "knee_cell_id"},message:"must have required property '"+"knee_cell_id"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.slo_max_concurrency === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slo_max_concurrency"},message:"must have required property '"+"slo_max_concurrency"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.slo_cell_id === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slo_cell_id"},message:"must have required property '"+"slo_cell_id"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.goodput_per_gpu === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goodput_per_gpu"},message:"must have required property '"+"goodput_per_gpu"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.frontier === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "frontier"},message:"must have required property '"+"frontier"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.points !== undefined){let data0 = data.points;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){const err7 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(typeof data0 == "number"){if(data0 < 0 || isNaN(data0)){const err8 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.knee_concurrency !== undefined){let data1 = data.knee_concurrency;if((!(typeof data1 == "number")) && (data1 !== null)){const err9 = {instancePath:instancePath+"/knee_concurrency",schemaPath:"#/properties/knee_concurrency/type",keyword:"type",params:{type: schema55.properties.knee_concurrency.type},message:"must be number,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.knee_cell_id !== undefined){let data2 = data.knee_cell_id;if((typeof data2 !== "string") && (data2 !== null)){const err10 = {instancePath:instancePath+"/knee_cell_id",schemaPath:"#/properties/knee_cell_id/type",keyword:"type",params:{type: schema55.properties.knee_cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.slo_max_concurrency !== undefined){let data3 = data.slo_max_concurrency;if((!(typeof data3 == "number")) && (data3 !== null)){const err11 = {instancePath:instancePath+"/slo_max_concurrency",schemaPath:"#/properties/slo_max_concurrency/type",keyword:"type",params:{type: schema55.properties.slo_max_concurrency.type},message:"must be number,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.slo_cell_id !== undefined){let data4 = data.slo_cell_id;if((typeof data4 !== "string") && (data4 !== null)){const err12 = {instancePath:instancePath+"/slo_cell_id",schemaPath:"#/properties/slo_cell_id/type",keyword:"type",params:{type: schema55.properties.slo_cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.goodput_per_gpu !== undefined){let data5 = data.goodput_per_gpu;if((!(typeof data5 == "number")) && (data5 !== null)){const err13 = {instancePath:instancePath+"/goodput_per_gpu",schemaPath:"#/properties/goodput_per_gpu/type",keyword:"type",params:{type: schema55.properties.goodput_per_gpu.type},message:"must be number,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.frontier !== undefined){let data6 = data.frontier;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.cell_id === undefined){const err14 = {instancePath:instancePath+"/frontier/" + i0,schemaPath:"#/$defs/curve_point/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data7.concurrency === undefined){const err15 = {instancePath:instancePath+"/frontier/" + i0,schemaPath:"#/$defs/curve_point/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data7.interactivity === undefined){const err16 = {instancePath:instancePath+"/frontier/" + i0,schemaPath:"#/$defs/curve_point/required",keyword:"required",params:{missingProperty: "interactivity"},message:"must have required property '"+"interactivity"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data7.tput_per_gpu === undefined){const err17 = {instancePath:instancePath+"/frontier/" + i0,schemaPath:"#/$defs/curve_point/required",keyword:"required",params:{missingProperty: "tput_per_gpu"},message:"must have required property '"+"tput_per_gpu"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data7.cell_id !== undefined){if(typeof data7.cell_id !== "string"){const err18 = {instancePath:instancePath+"/frontier/" + i0+"/cell_id",schemaPath:"#/$defs/curve_point/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.concurrency !== undefined){if(!(typeof data7.concurrency == "number")){const err19 = {instancePath:instancePath+"/frontier/" + i0+"/concurrency",schemaPath:"#/$defs/curve_point/properties/concurrency/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data7.interactivity !== undefined){if(!(typeof data7.interactivity == "number")){const err20 = {instancePath:instancePath+"/frontier/" + i0+"/interactivity",schemaPath:"#/$defs/curve_point/properties/interactivity/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.tput_per_gpu !== undefined){if(!(typeof data7.tput_per_gpu == "number")){const err21 = {instancePath:instancePath+"/frontier/" + i0+"/tput_per_gpu",schemaPath:"#/$defs/curve_point/properties/tput_per_gpu/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/frontier/" + i0,schemaPath:"#/$defs/curve_point/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/frontier",schemaPath:"#/properties/frontier/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate33.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.base === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.head === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.settings === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.counts === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.verdict === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.cells === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.findings === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.schema_version !== undefined){if("inferguard-report-diff/v1" !== data.schema_version){const err8 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-report-diff/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.base !== undefined){let data1 = data.base;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.generated_at === undefined){const err9 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data1.input_root === undefined){const err10 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data1.inferguard_version === undefined){const err11 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "inferguard_version"},message:"must have required property '"+"inferguard_version"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data1.run_status === undefined){const err12 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "run_status"},message:"must have required property '"+"run_status"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data1.total_cells === undefined){const err13 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data1.totals === undefined){const err14 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data1.generated_at !== undefined){if(typeof data1.generated_at !== "string"){const err15 = {instancePath:instancePath+"/base/generated_at",schemaPath:"#/$defs/report_ref/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.input_root !== undefined){if(typeof data1.input_root !== "string"){const err16 = {instancePath:instancePath+"/base/input_root",schemaPath:"#/$defs/report_ref/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data1.inferguard_version !== undefined){if(typeof data1.inferguard_version !== "string"){const err17 = {instancePath:instancePath+"/base/inferguard_version",schemaPath:"#/$defs/report_ref/properties/inferguard_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.run_status !== undefined){if(typeof data1.run_status !== "string"){const err18 = {instancePath:instancePath+"/base/run_status",schemaPath:"#/$defs/report_ref/properties/run_status/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1.total_cells !== undefined){let data6 = data1.total_cells;if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){const err19 = {instancePath:instancePath+"/base/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err20 = {instancePath:instancePath+"/base/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data1.totals !== undefined){let data7 = data1.totals;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.requests_total === undefined){const err21 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_total"},message:"must have required property '"+"requests_total"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.requests_successful === undefined){const err22 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_successful"},message:"must have required property '"+"requests_successful"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.success_rate === undefined){const err23 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "success_rate"},message:"must have required property '"+"success_rate"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.sessions_completed === undefined){const err24 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "sessions_completed"},message:"must have required property '"+"sessions_completed"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data7.currency === undefined){const err25 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data7.compute_cost === undefined){const err26 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data7.gpu_hours === undefined){const err27 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data7.cost_per_completed_request === undefined){const err28 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_completed_request"},message:"must have required property '"+"cost_per_completed_request"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.cost_per_million_output_tokens === undefined){const err29 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_million_output_tokens"},message:"must have required property '"+"cost_per_million_output_tokens"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data7.requests_total !== undefined){let data8 = data7.requests_total;if((!(typeof data8 == "number")) && (data8 !== null)){const err30 = {instancePath:instancePath+"/base/totals/requests_total",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_total/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_total.type},message:"must be number,null"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data7.requests_successful !== undefined){let data9 = data7.requests_successful;if((!(typeof data9 == "number")) && (data9 !== null)){const err31 = {instancePath:instancePath+"/base/totals/requests_successful",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_successful/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_successful.type},message:"must be number,null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data7.success_rate !== undefined){let data10 = data7.success_rate;if((!(typeof data10 == "number")) && (data10 !== null)){const err32 = {instancePath:instancePath+"/base/totals/success_rate",schemaPath:"#/$defs/report_ref/properties/totals/properties/success_rate/type",keyword:"type",params:{type: schema48.properties.totals.properties.success_rate.type},message:"must be number,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data7.sessions_completed !== undefined){let data11 = data7.sessions_completed;if((!(typeof data11 == "number")) && (data11 !== null)){const err33 = {instancePath:instancePath+"/base/totals/sessions_completed",schemaPath:"#/$defs/report_ref/properties/totals/properties/sessions_completed/type",keyword:"type",params:{type: schema48.properties.totals.properties.sessions_completed.type},message:"must be number,null"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data7.currency !== undefined){let data12 = data7.currency;if((typeof data12 !== "string") && (data12 !== null)){const err34 = {instancePath:instancePath+"/base/totals/currency",schemaPath:"#/$defs/report_ref/properties/totals/properties/currency/type",keyword:"type",params:{type: schema48.properties.totals.properties.currency.type},message:"must be string,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data7.compute_cost !== undefined){let data13 = data7.compute_cost;if((!(typeof data13 == "number")) && (data13 !== null)){const err35 = {instancePath:instancePath+"/base/totals/compute_cost",schemaPath:"#/$defs/report_ref/properties/totals/properties/compute_cost/type",keyword:"type",params:{type: schema48.properties.totals.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.gpu_hours !== undefined){let data14 = data7.gpu_hours;if((!(typeof data14 == "number")) && (data14 !== null)){const err36 = {instancePath:instancePath+"/base/totals/gpu_hours",schemaPath:"#/$defs/report_ref/properties/totals/properties/gpu_hours/type",keyword:"type",params:{type: schema48.properties.totals.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data7.cost_per_completed_request !== undefined){let data15 = data7.cost_per_completed_request;if((!(typeof data15 == "number")) && (data15 !== null)){const err37 = {instancePath:instancePath+"/base/totals/cost_per_completed_request",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.cost_per_million_output_tokens !== undefined){let data16 = data7.cost_per_million_output_tokens;if((!(typeof data16 == "number")) && (data16 !== null)){const err38 = {instancePath:instancePath+"/base/totals/cost_per_million_output_tokens",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.head !== undefined){let data17 = data.head;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.generated_at === undefined){const err41 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data17.input_root === undefined){const err42 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data17.inferguard_version === undefined){const err43 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "inferguard_version"},message:"must have required property '"+"inferguard_version"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data17.run_status === undefined){const err44 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "run_status"},message:"must have required property '"+"run_status"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data17.total_cells === undefined){const err45 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data17.totals === undefined){const err46 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data17.generated_at !== undefined){if(typeof data17.generated_at !== "string"){const err47 = {instancePath:instancePath+"/head/generated_at",schemaPath:"#/$defs/report_ref/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data17.input_root !== undefined){if(typeof data17.input_root !== "string"){const err48 = {instancePath:instancePath+"/head/input_root",schemaPath:"#/$defs/report_ref/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.inferguard_version !== undefined){if(typeof data17.inferguard_version !== "string"){const err49 = {instancePath:instancePath+"/head/inferguard_version",schemaPath:"#/$defs/report_ref/properties/inferguard_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data17.run_status !== undefined){if(typeof data17.run_status !== "string"){const err50 = {instancePath:instancePath+"/head/run_status",schemaPath:"#/$defs/report_ref/properties/run_status/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.total_cells !== undefined){let data22 = data17.total_cells;if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){const err51 = {instancePath:instancePath+"/head/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err52 = {instancePath:instancePath+"/head/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data17.totals !== undefined){let data23 = data17.totals;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.requests_total === undefined){const err53 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_total"},message:"must have required property '"+"requests_total"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data23.requests_successful === undefined){const err54 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_successful"},message:"must have required property '"+"requests_successful"+"'"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data23.success_rate === undefined){const err55 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "success_rate"},message:"must have required property '"+"success_rate"+"'"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data23.sessions_completed === undefined){const err56 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "sessions_completed"},message:"must have required property '"+"sessions_completed"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data23.currency === undefined){const err57 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data23.compute_cost === undefined){const err58 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data23.gpu_hours === undefined){const err59 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data23.cost_per_completed_request === undefined){const err60 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_completed_request"},message:"must have required property '"+"cost_per_completed_request"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data23.cost_per_million_output_tokens === undefined){const err61 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_million_output_tokens"},message:"must have required property '"+"cost_per_million_output_tokens"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data23.requests_total !== undefined){let data24 = data23.requests_total;if((!(typeof data24 == "number")) && (data24 !== null)){const err62 = {instancePath:instancePath+"/head/totals/requests_total",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_total/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_total.type},message:"must be number,null"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data23.requests_successful !== undefined){let data25 = data23.requests_successful;if((!(typeof data25 == "number")) && (data25 !== null)){const err63 = {instancePath:instancePath+"/head/totals/requests_successful",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_successful/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_successful.type},message:"must be number,null"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data23.success_rate !== undefined){let data26 = data23.success_rate;if((!(typeof data26 == "number")) && (data26 !== null)){const err64 = {instancePath:instancePath+"/head/totals/success_rate",schemaPath:"#/$defs/report_ref/properties/totals/properties/success_rate/type",keyword:"type",params:{type: schema48.properties.totals.properties.success_rate.type},message:"must be number,null"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data23.sessions_completed !== undefined){let data27 = data23.sessions_completed;if((!(typeof data27 == "number")) && (data27 !== null)){const err65 = {instancePath:instancePath+"/head/totals/sessions_completed",schemaPath:"#/$defs/report_ref/properties/totals/properties/sessions_completed/type",keyword:"type",params:{type: schema48.properties.totals.properties.sessions_completed.type},message:"must be number,null"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data23.currency !== undefined){let data28 = data23.currency;if((typeof data28 !== "string") && (data28 !== null)){const err66 = {instancePath:instancePath+"/head/totals/currency",schemaPath:"#/$defs/report_ref/properties/totals/properties/currency/type",keyword:"type",params:{type: schema48.properties.totals.properties.currency.type},message:"must be string,null"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data23.compute_cost !== undefined){let data29 = data23.compute_cost;if((!(typeof data29 == "number")) && (data29 !== null)){const err67 = {instancePath:instancePath+"/head/totals/compute_cost",schemaPath:"#/$defs/report_ref/properties/totals/properties/compute_cost/type",keyword:"type",params:{type: schema48.properties.totals.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data23.gpu_hours !== undefined){let data30 = data23.gpu_hours;if((!(typeof data30 == "number")) && (data30 !== null)){const err68 = {instancePath:instancePath+"/head/totals/gpu_hours",schemaPath:"#/$defs/report_ref/properties/totals/properties/gpu_hours/type",keyword:"type",params:{type: schema48.properties.totals.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data23.cost_per_completed_request !== undefined){let data31 = data23.cost_per_completed_request;if((!(typeof data31 == "number")) && (data31 !== null)){const err69 = {instancePath:instancePath+"/head/totals/cost_per_completed_request",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data23.cost_per_million_output_tokens !== undefined){let data32 = data23.cost_per_million_output_tokens;if((!(typeof data32 == "number")) && (data32 !== null)){const err70 = {instancePath:instancePath+"/head/totals/cost_per_million_output_tokens",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.settings !== undefined){let data33 = data.settings;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){if(data33.alpha === undefined){const err73 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "alpha"},message:"must have required property '"+"alpha"+"'"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data33.min_effect_size === undefined){const err74 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "min_effect_size"},message:"must have required property '"+"min_effect_size"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data33.method === undefined){const err75 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data33.bootstrap_iterations === undefined){const err76 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "bootstrap_iterations"},message:"must have required property '"+"bootstrap_iterations"+"'"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data33.seed === undefined){const err77 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data33.min_samples === undefined){const err78 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "min_samples"},message:"must have required property '"+"min_samples"+"'"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data33.noise_bands === undefined){const err79 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "noise_bands"},message:"must have required property '"+"noise_bands"+"'"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data33.eval_min_drop === undefined){const err80 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "eval_min_drop"},message:"must have required property '"+"eval_min_drop"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data33.alpha !== undefined){let data34 = data33.alpha;if(typeof data34 == "number"){if(data34 >= 1 || isNaN(data34)){const err81 = {instancePath:instancePath+"/settings/alpha",schemaPath:"#/properties/settings/properties/alpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(data34 <= 0 || isNaN(data34)){const err82 = {instancePath:instancePath+"/settings/alpha",schemaPath:"#/properties/settings/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/settings/alpha",schemaPath:"#/properties/settings/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data33.min_effect_size !== undefined){let data35 = data33.min_effect_size;if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){const err84 = {instancePath:instancePath+"/settings/min_effect_size",schemaPath:"#/properties/settings/properties/min_effect_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/settings/min_effect_size",schemaPath:"#/properties/settings/properties/min_effect_size/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data33.method !== undefined){let data36 = data33.method;if(!((data36 === "mann_whitney") || (data36 === "bootstrap"))){const err86 = {instancePath:instancePath+"/settings/method",schemaPath:"#/properties/settings/properties/method/enum",keyword:"enum",params:{allowedValues: schema47.properties.settings.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data33.bootstrap_iterations !== undefined){let data37 = data33.bootstrap_iterations;if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){const err87 = {instancePath:instancePath+"/settings/bootstrap_iterations",schemaPath:"#/properties/settings/properties/bootstrap_iterations/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(typeof data37 == "number"){if(data37 < 1 || isNaN(data37)){const err88 = {instancePath:instancePath+"/settings/bootstrap_iterations",schemaPath:"#/properties/settings/properties/bootstrap_iterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}if(data33.seed !== undefined){let data38 = data33.seed;if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){const err89 = {instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data33.min_samples !== undefined){let data39 = data33.min_samples;if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){const err90 = {instancePath:instancePath+"/settings/min_samples",schemaPath:"#/properties/settings/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(typeof data39 == "number"){if(data39 < 1 || isNaN(data39)){const err91 = {instancePath:instancePath+"/settings/min_samples",schemaPath:"#/properties/settings/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}if(data33.noise_bands !== undefined){let data40 = data33.noise_bands;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key0 in data40){let data41 = data40[key0];if(typeof data41 == "number"){if(data41 < 0 || isNaN(data41)){const err92 = {instancePath:instancePath+"/settings/noise_bands/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_bands/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/settings/noise_bands/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_bands/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/settings/noise_bands",schemaPath:"#/properties/settings/properties/noise_bands/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data33.eval_min_drop !== undefined){let data42 = data33.eval_min_drop;if(typeof data42 == "number"){if(data42 < 0 || isNaN(data42)){const err95 = {instancePath:instancePath+"/settings/eval_min_drop",schemaPath:"#/properties/settings/properties/eval_min_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/settings/eval_min_drop",schemaPath:"#/properties/settings/properties/eval_min_drop/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data33.run_alpha !== undefined){let data43 = data33.run_alpha;if(typeof data43 == "number"){if(data43 >= 1 || isNaN(data43)){const err97 = {instancePath:instancePath+"/settings/run_alpha",schemaPath:"#/properties/settings/properties/run_alpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(data43 <= 0 || isNaN(data43)){const err98 = {instancePath:instancePath+"/settings/run_alpha",schemaPath:"#/properties/settings/properties/run_alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}else {const err99 = {instancePath:instancePath+"/settings/run_alpha",schemaPath:"#/properties/settings/properties/run_alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data33.min_base_runs !== undefined){let data44 = data33.min_base_runs;if(!((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44)))){const err100 = {instancePath:instancePath+"/settings/min_base_runs",schemaPath:"#/properties/settings/properties/min_base_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(typeof data44 == "number"){if(data44 < 1 || isNaN(data44)){const err101 = {instancePath:instancePath+"/settings/min_base_runs",schemaPath:"#/properties/settings/properties/min_base_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}if(data33.run_noise_floor !== undefined){let data45 = data33.run_noise_floor;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key1 in data45){let data46 = data45[key1];if(typeof data46 == "number"){if(data46 < 0 || isNaN(data46)){const err102 = {instancePath:instancePath+"/settings/run_noise_floor/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/run_noise_floor/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}else {const err103 = {instancePath:instancePath+"/settings/run_noise_floor/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/run_noise_floor/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}else {const err104 = {instancePath:instancePath+"/settings/run_noise_floor",schemaPath:"#/properties/settings/properties/run_noise_floor/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data33.suspicious_alpha !== undefined){let data47 = data33.suspicious_alpha;if(typeof data47 == "number"){if(data47 > 1 || isNaN(data47)){const err105 = {instancePath:instancePath+"/settings/suspicious_alpha",schemaPath:"#/properties/settings/properties/suspicious_alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data47 <= 0 || isNaN(data47)){const err106 = {instancePath:instancePath+"/settings/suspicious_alpha",schemaPath:"#/properties/settings/properties/suspicious_alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}else {const err107 = {instancePath:instancePath+"/settings/suspicious_alpha",schemaPath:"#/properties/settings/properties/suspicious_alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data33.noise_prior !== undefined){let data48 = data33.noise_prior;if(data48 && typeof data48 == "object" && !Array.isArray(data48)){for(const key2 in data48){let data49 = data48[key2];if(data49 && typeof data49 == "object" && !Array.isArray(data49)){if(data49.nu === undefined){const err108 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/required",keyword:"required",params:{missingProperty: "nu"},message:"must have required property '"+"nu"+"'"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data49.scale === undefined){const err109 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}if(data49.nu !== undefined){let data50 = data49.nu;if(typeof data50 == "number"){if(data50 <= 0 || isNaN(data50)){const err110 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/nu",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/nu/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}else {const err111 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/nu",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/nu/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data49.scale !== undefined){let data51 = data49.scale;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){if(data51.low === undefined){const err112 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(data51.mid === undefined){const err113 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/required",keyword:"required",params:{missingProperty: "mid"},message:"must have required property '"+"mid"+"'"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(data51.high === undefined){const err114 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}if(data51.low !== undefined){let data52 = data51.low;if(typeof data52 == "number"){if(data52 < 0 || isNaN(data52)){const err115 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/low",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}else {const err116 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/low",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data51.mid !== undefined){let data53 = data51.mid;if(typeof data53 == "number"){if(data53 < 0 || isNaN(data53)){const err117 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/mid",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/properties/mid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}else {const err118 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/mid",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/properties/mid/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data51.high !== undefined){let data54 = data51.high;if(typeof data54 == "number"){if(data54 < 0 || isNaN(data54)){const err119 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/high",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}else {const err120 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale/high",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}}else {const err121 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/scale",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/scale/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data49.sigma_max !== undefined){let data55 = data49.sigma_max;if(typeof data55 == "number"){if(data55 <= 0 || isNaN(data55)){const err122 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sigma_max",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/sigma_max/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}else {const err123 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sigma_max",schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/properties/sigma_max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath:instancePath+"/settings/noise_prior/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_prior/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}else {const err125 = {instancePath:instancePath+"/settings/noise_prior",schemaPath:"#/properties/settings/properties/noise_prior/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data33.accept !== undefined){let data56 = data33.accept;if(Array.isArray(data56)){const len0 = data56.length;for(let i0=0; i0<len0; i0++){let data57 = data56[i0];if(typeof data57 === "string"){if(func3(data57) < 1){const err126 = {instancePath:instancePath+"/settings/accept/" + i0,schemaPath:"#/properties/settings/properties/accept/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}else {const err127 = {instancePath:instancePath+"/settings/accept/" + i0,schemaPath:"#/properties/settings/properties/accept/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/settings/accept",schemaPath:"#/properties/settings/properties/accept/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}else {const err129 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data.counts !== undefined){let data58 = data.counts;if(data58 && typeof data58 == "object" && !Array.isArray(data58)){if(data58.regressed === undefined){const err130 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "regressed"},message:"must have required property '"+"regressed"+"'"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}if(data58.improved === undefined){const err131 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "improved"},message:"must have required property '"+"improved"+"'"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}if(data58.unchanged === undefined){const err132 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "unchanged"},message:"must have required property '"+"unchanged"+"'"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}if(data58.new === undefined){const err133 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "new"},message:"must have required property '"+"new"+"'"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}if(data58.missing === undefined){const err134 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "missing"},message:"must have required property '"+"missing"+"'"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}if(data58.incomparable === undefined){const err135 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "incomparable"},message:"must have required property '"+"incomparable"+"'"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}if(data58.insufficient_data === undefined){const err136 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "insufficient_data"},message:"must have required property '"+"insufficient_data"+"'"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}if(data58.total === undefined){const err137 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}if(data58.tests === undefined){const err138 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "tests"},message:"must have required property '"+"tests"+"'"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}if(data58.regressed !== undefined){let data59 = data58.regressed;if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){const err139 = {instancePath:instancePath+"/counts/regressed",schemaPath:"#/properties/counts/properties/regressed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}if(typeof data59 == "number"){if(data59 < 0 || isNaN(data59)){const err140 = {instancePath:instancePath+"/counts/regressed",schemaPath:"#/properties/counts/properties/regressed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}}if(data58.improved !== undefined){let data60 = data58.improved;if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){const err141 = {instancePath:instancePath+"/counts/improved",schemaPath:"#/properties/counts/properties/improved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}if(typeof data60 == "number"){if(data60 < 0 || isNaN(data60)){const err142 = {instancePath:instancePath+"/counts/improved",schemaPath:"#/properties/counts/properties/improved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}}if(data58.unchanged !== undefined){let data61 = data58.unchanged;if(!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))){const err143 = {instancePath:instancePath+"/counts/unchanged",schemaPath:"#/properties/counts/properties/unchanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}if(typeof data61 == "number"){if(data61 < 0 || isNaN(data61)){const err144 = {instancePath:instancePath+"/counts/unchanged",schemaPath:"#/properties/counts/properties/unchanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}}if(data58.new !== undefined){let data62 = data58.new;if(!((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62)))){const err145 = {instancePath:instancePath+"/counts/new",schemaPath:"#/properties/counts/properties/new/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}if(typeof data62 == "number"){if(data62 < 0 || isNaN(data62)){const err146 = {instancePath:instancePath+"/counts/new",schemaPath:"#/properties/counts/properties/new/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}}if(data58.missing !== undefined){let data63 = data58.missing;if(!((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63)))){const err147 = {instancePath:instancePath+"/counts/missing",schemaPath:"#/properties/counts/properties/missing/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}if(typeof data63 == "number"){if(data63 < 0 || isNaN(data63)){const err148 = {instancePath:instancePath+"/counts/missing",schemaPath:"#/properties/counts/properties/missing/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}}if(data58.incomparable !== undefined){let data64 = data58.incomparable;if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){const err149 = {instancePath:instancePath+"/counts/incomparable",schemaPath:"#/properties/counts/properties/incomparable/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}if(typeof data64 == "number"){if(data64 < 0 || isNaN(data64)){const err150 = {instancePath:instancePath+"/counts/incomparable",schemaPath:"#/properties/counts/properties/incomparable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}}if(data58.insufficient_data !== undefined){let data65 = data58.insufficient_data;if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){const err151 = {instancePath:instancePath+"/counts/insufficient_data",schemaPath:"#/properties/counts/properties/insufficient_data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}if(typeof data65 == "number"){if(data65 < 0 || isNaN(data65)){const err152 = {instancePath:instancePath+"/counts/insufficient_data",schemaPath:"#/properties/counts/properties/insufficient_data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}}if(data58.total !== undefined){let data66 = data58.total;if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){const err153 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}if(typeof data66 == "number"){if(data66 < 0 || isNaN(data66)){const err154 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}}if(data58.tests !== undefined){let data67 = data58.tests;if(!((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67)))){const err155 = {instancePath:instancePath+"/counts/tests",schemaPath:"#/properties/counts/properties/tests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}if(typeof data67 == "number"){if(data67 < 0 || isNaN(data67)){const err156 = {instancePath:instancePath+"/counts/tests",schemaPath:"#/properties/counts/properties/tests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}}}else {const err157 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data.verdict !== undefined){if(!(validate34(data.verdict, {instancePath:instancePath+"/verdict",parentData:data,parentDataProperty:"verdict",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.cells !== undefined){let data69 = data.cells;if(Array.isArray(data69)){const len1 = data69.length;for(let i1=0; i1<len1; i1++){if(!(validate36(data69[i1], {instancePath:instancePath+"/cells/" + i1,parentData:data69,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err158 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data.findings !== undefined){let data71 = data.findings;if(Array.isArray(data71)){const len2 = data71.length;for(let i2=0; i2<len2; i2++){let data72 = data71[i2];if(data72 && typeof data72 == "object" && !Array.isArray(data72)){if(data72.code === undefined){const err159 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}if(data72.severity === undefined){const err160 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(data72.message === undefined){const err161 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(data72.cell_id === undefined){const err162 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}if(data72.evidence === undefined){const err163 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}if(data72.code !== undefined){let data73 = data72.code;if(typeof data73 === "string"){if(func3(data73) < 1){const err164 = {instancePath:instancePath+"/findings/" + i2+"/code",schemaPath:"#/$defs/finding/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}else {const err165 = {instancePath:instancePath+"/findings/" + i2+"/code",schemaPath:"#/$defs/finding/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data72.severity !== undefined){let data74 = data72.severity;if(!(((data74 === "info") || (data74 === "warning")) || (data74 === "critical"))){const err166 = {instancePath:instancePath+"/findings/" + i2+"/severity",schemaPath:"#/$defs/finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema54.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data72.message !== undefined){if(typeof data72.message !== "string"){const err167 = {instancePath:instancePath+"/findings/" + i2+"/message",schemaPath:"#/$defs/finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data72.cell_id !== undefined){let data76 = data72.cell_id;if((typeof data76 !== "string") && (data76 !== null)){const err168 = {instancePath:instancePath+"/findings/" + i2+"/cell_id",schemaPath:"#/$defs/finding/properties/cell_id/type",keyword:"type",params:{type: schema54.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}if(data72.evidence !== undefined){let data77 = data72.evidence;if(data77 && typeof data77 == "object" && !Array.isArray(data77)){}else {const err169 = {instancePath:instancePath+"/findings/" + i2+"/evidence",schemaPath:"#/$defs/finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}}else {const err170 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}}else {const err171 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data.runs !== undefined){let data78 = data.runs;if(data78 && typeof data78 == "object" && !Array.isArray(data78)){if(data78.base_reports === undefined){const err172 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/required",keyword:"required",params:{missingProperty: "base_reports"},message:"must have required property '"+"base_reports"+"'"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}if(data78.head_reports === undefined){const err173 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/required",keyword:"required",params:{missingProperty: "head_reports"},message:"must have required property '"+"head_reports"+"'"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}if(data78.base === undefined){const err174 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}if(data78.base_reports !== undefined){let data79 = data78.base_reports;if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){const err175 = {instancePath:instancePath+"/runs/base_reports",schemaPath:"#/properties/runs/properties/base_reports/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}if(typeof data79 == "number"){if(data79 < 0 || isNaN(data79)){const err176 = {instancePath:instancePath+"/runs/base_reports",schemaPath:"#/properties/runs/properties/base_reports/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}}if(data78.head_reports !== undefined){let data80 = data78.head_reports;if(!((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80)))){const err177 = {instancePath:instancePath+"/runs/head_reports",schemaPath:"#/properties/runs/properties/head_reports/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}if(typeof data80 == "number"){if(data80 < 0 || isNaN(data80)){const err178 = {instancePath:instancePath+"/runs/head_reports",schemaPath:"#/properties/runs/properties/head_reports/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}}if(data78.base !== undefined){let data81 = data78.base;if(Array.isArray(data81)){const len3 = data81.length;for(let i3=0; i3<len3; i3++){let data82 = data81[i3];if(data82 && typeof data82 == "object" && !Array.isArray(data82)){if(data82.generated_at === undefined){const err179 = {instancePath:instancePath+"/runs/base/" + i3,schemaPath:"#/properties/runs/properties/base/items/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}if(data82.input_root === undefined){const err180 = {instancePath:instancePath+"/runs/base/" + i3,schemaPath:"#/properties/runs/properties/base/items/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}if(data82.run_status === undefined){const err181 = {instancePath:instancePath+"/runs/base/" + i3,schemaPath:"#/properties/runs/properties/base/items/required",keyword:"required",params:{missingProperty: "run_status"},message:"must have required property '"+"run_status"+"'"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}if(data82.total_cells === undefined){const err182 = {instancePath:instancePath+"/runs/base/" + i3,schemaPath:"#/properties/runs/properties/base/items/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if(data82.generated_at !== undefined){if(typeof data82.generated_at !== "string"){const err183 = {instancePath:instancePath+"/runs/base/" + i3+"/generated_at",schemaPath:"#/properties/runs/properties/base/items/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}if(data82.input_root !== undefined){if(typeof data82.input_root !== "string"){const err184 = {instancePath:instancePath+"/runs/base/" + i3+"/input_root",schemaPath:"#/properties/runs/properties/base/items/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data82.run_status !== undefined){if(typeof data82.run_status !== "string"){const err185 = {instancePath:instancePath+"/runs/base/" + i3+"/run_status",schemaPath:"#/properties/runs/properties/base/items/properties/run_status/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data82.total_cells !== undefined){let data86 = data82.total_cells;if(!((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86)))){const err186 = {instancePath:instancePath+"/runs/base/" + i3+"/total_cells",schemaPath:"#/properties/runs/properties/base/items/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}if(typeof data86 == "number"){if(data86 < 0 || isNaN(data86)){const err187 = {instancePath:instancePath+"/runs/base/" + i3+"/total_cells",schemaPath:"#/properties/runs/properties/base/items/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}}else {const err188 = {instancePath:instancePath+"/runs/base/" + i3,schemaPath:"#/properties/runs/properties/base/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}else {const err189 = {instancePath:instancePath+"/runs/base",schemaPath:"#/properties/runs/properties/base/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}}else {const err190 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}if(data.curves !== undefined){let data87 = data.curves;if(Array.isArray(data87)){const len4 = data87.length;for(let i4=0; i4<len4; i4++){let data88 = data87[i4];if(data88 && typeof data88 == "object" && !Array.isArray(data88)){if(data88.family === undefined){const err191 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "family"},message:"must have required property '"+"family"+"'"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}if(data88.label === undefined){const err192 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}if(data88.base === undefined){const err193 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}if(data88.head === undefined){const err194 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}if(data88.frontier_change === undefined){const err195 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "frontier_change"},message:"must have required property '"+"frontier_change"+"'"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}if(data88.new_findings === undefined){const err196 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "new_findings"},message:"must have required property '"+"new_findings"+"'"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}if(data88.resolved_findings === undefined){const err197 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "resolved_findings"},message:"must have required property '"+"resolved_findings"+"'"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}if(data88.changes === undefined){const err198 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}if(data88.family !== undefined){if(typeof data88.family !== "string"){const err199 = {instancePath:instancePath+"/curves/" + i4+"/family",schemaPath:"#/properties/curves/items/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data88.label !== undefined){if(typeof data88.label !== "string"){const err200 = {instancePath:instancePath+"/curves/" + i4+"/label",schemaPath:"#/properties/curves/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data88.base !== undefined){if(!(validate40(data88.base, {instancePath:instancePath+"/curves/" + i4+"/base",parentData:data88,parentDataProperty:"base",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data88.head !== undefined){if(!(validate40(data88.head, {instancePath:instancePath+"/curves/" + i4+"/head",parentData:data88,parentDataProperty:"head",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data88.frontier_change !== undefined){let data93 = data88.frontier_change;if((!(data93 && typeof data93 == "object" && !Array.isArray(data93))) && (data93 !== null)){const err201 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/type",keyword:"type",params:{type: schema47.properties.curves.items.properties.frontier_change.type},message:"must be object,null"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}if(data93 && typeof data93 == "object" && !Array.isArray(data93)){if(data93.at_interactivity === undefined){const err202 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/required",keyword:"required",params:{missingProperty: "at_interactivity"},message:"must have required property '"+"at_interactivity"+"'"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}if(data93.base_tput_per_gpu === undefined){const err203 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/required",keyword:"required",params:{missingProperty: "base_tput_per_gpu"},message:"must have required property '"+"base_tput_per_gpu"+"'"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}if(data93.head_tput_per_gpu === undefined){const err204 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/required",keyword:"required",params:{missingProperty: "head_tput_per_gpu"},message:"must have required property '"+"head_tput_per_gpu"+"'"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}if(data93.relative_change === undefined){const err205 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/required",keyword:"required",params:{missingProperty: "relative_change"},message:"must have required property '"+"relative_change"+"'"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}if(data93.base_concurrency === undefined){const err206 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/required",keyword:"required",params:{missingProperty: "base_concurrency"},message:"must have required property '"+"base_concurrency"+"'"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}if(data93.head_concurrency === undefined){const err207 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change",schemaPath:"#/properties/curves/items/properties/frontier_change/required",keyword:"required",params:{missingProperty: "head_concurrency"},message:"must have required property '"+"head_concurrency"+"'"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}if(data93.at_interactivity !== undefined){if(!(typeof data93.at_interactivity == "number")){const err208 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change/at_interactivity",schemaPath:"#/properties/curves/items/properties/frontier_change/properties/at_interactivity/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}if(data93.base_tput_per_gpu !== undefined){if(!(typeof data93.base_tput_per_gpu == "number")){const err209 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change/base_tput_per_gpu",schemaPath:"#/properties/curves/items/properties/frontier_change/properties/base_tput_per_gpu/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data93.head_tput_per_gpu !== undefined){let data96 = data93.head_tput_per_gpu;if((!(typeof data96 == "number")) && (data96 !== null)){const err210 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change/head_tput_per_gpu",schemaPath:"#/properties/curves/items/properties/frontier_change/properties/head_tput_per_gpu/type",keyword:"type",params:{type: schema47.properties.curves.items.properties.frontier_change.properties.head_tput_per_gpu.type},message:"must be number,null"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data93.relative_change !== undefined){let data97 = data93.relative_change;if((!(typeof data97 == "number")) && (data97 !== null)){const err211 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change/relative_change",schemaPath:"#/properties/curves/items/properties/frontier_change/properties/relative_change/type",keyword:"type",params:{type: schema47.properties.curves.items.properties.frontier_change.properties.relative_change.type},message:"must be number,null"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data93.base_concurrency !== undefined){if(!(typeof data93.base_concurrency == "number")){const err212 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change/base_concurrency",schemaPath:"#/properties/curves/items/properties/frontier_change/properties/base_concurrency/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}if(data93.head_concurrency !== undefined){let data99 = data93.head_concurrency;if((!(typeof data99 == "number")) && (data99 !== null)){const err213 = {instancePath:instancePath+"/curves/" + i4+"/frontier_change/head_concurrency",schemaPath:"#/properties/curves/items/properties/frontier_change/properties/head_concurrency/type",keyword:"type",params:{type: schema47.properties.curves.items.properties.frontier_change.properties.head_concurrency.type},message:"must be number,null"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}}}if(data88.new_findings !== undefined){let data100 = data88.new_findings;if(Array.isArray(data100)){const len5 = data100.length;for(let i5=0; i5<len5; i5++){let data101 = data100[i5];if(data101 && typeof data101 == "object" && !Array.isArray(data101)){if(data101.code === undefined){const err214 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}if(data101.cell_id === undefined){const err215 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}if(data101.concurrency === undefined){const err216 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}if(data101.message === undefined){const err217 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}if(data101.code !== undefined){if(typeof data101.code !== "string"){const err218 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5+"/code",schemaPath:"#/$defs/curve_finding/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}if(data101.cell_id !== undefined){if(typeof data101.cell_id !== "string"){const err219 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5+"/cell_id",schemaPath:"#/$defs/curve_finding/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}if(data101.concurrency !== undefined){let data104 = data101.concurrency;if((!(typeof data104 == "number")) && (data104 !== null)){const err220 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5+"/concurrency",schemaPath:"#/$defs/curve_finding/properties/concurrency/type",keyword:"type",params:{type: schema57.properties.concurrency.type},message:"must be number,null"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}if(data101.message !== undefined){if(typeof data101.message !== "string"){const err221 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5+"/message",schemaPath:"#/$defs/curve_finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}}else {const err222 = {instancePath:instancePath+"/curves/" + i4+"/new_findings/" + i5,schemaPath:"#/$defs/curve_finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}}else {const err223 = {instancePath:instancePath+"/curves/" + i4+"/new_findings",schemaPath:"#/properties/curves/items/properties/new_findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}if(data88.resolved_findings !== undefined){let data106 = data88.resolved_findings;if(Array.isArray(data106)){const len6 = data106.length;for(let i6=0; i6<len6; i6++){let data107 = data106[i6];if(data107 && typeof data107 == "object" && !Array.isArray(data107)){if(data107.code === undefined){const err224 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}if(data107.cell_id === undefined){const err225 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}if(data107.concurrency === undefined){const err226 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}if(data107.message === undefined){const err227 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6,schemaPath:"#/$defs/curve_finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}if(data107.code !== undefined){if(typeof data107.code !== "string"){const err228 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6+"/code",schemaPath:"#/$defs/curve_finding/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data107.cell_id !== undefined){if(typeof data107.cell_id !== "string"){const err229 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6+"/cell_id",schemaPath:"#/$defs/curve_finding/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}if(data107.concurrency !== undefined){let data110 = data107.concurrency;if((!(typeof data110 == "number")) && (data110 !== null)){const err230 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6+"/concurrency",schemaPath:"#/$defs/curve_finding/properties/concurrency/type",keyword:"type",params:{type: schema57.properties.concurrency.type},message:"must be number,null"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}if(data107.message !== undefined){if(typeof data107.message !== "string"){const err231 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6+"/message",schemaPath:"#/$defs/curve_finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}}else {const err232 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings/" + i6,schemaPath:"#/$defs/curve_finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}}else {const err233 = {instancePath:instancePath+"/curves/" + i4+"/resolved_findings",schemaPath:"#/properties/curves/items/properties/resolved_findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}if(data88.changes !== undefined){let data112 = data88.changes;if(Array.isArray(data112)){const len7 = data112.length;for(let i7=0; i7<len7; i7++){if(typeof data112[i7] !== "string"){const err234 = {instancePath:instancePath+"/curves/" + i4+"/changes/" + i7,schemaPath:"#/properties/curves/items/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}}else {const err235 = {instancePath:instancePath+"/curves/" + i4+"/changes",schemaPath:"#/properties/curves/items/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}}else {const err236 = {instancePath:instancePath+"/curves/" + i4,schemaPath:"#/properties/curves/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}}else {const err237 = {instancePath:instancePath+"/curves",schemaPath:"#/properties/curves/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}else {const err238 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}validate33.errors = vErrors;return errors === 0;}validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c8 = validate43;const schema59 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-results/v1","description":"A generic benchmark result for harnesses inferguard has no adapter for (docs/RESULTS-FORMAT.md): one row per cell, identity fields and metrics in canonical units. JSON: this document. CSV: a header of the row field names with a `schema_version` column, one row per cell. Fields may be added within v1; unknown fields are ignored.","type":"object","required":["schema_version","rows"],"properties":{"schema_version":{"const":"inferguard-results/v1"},"producer":{"type":"object","description":"Optional: what wrote the file (name, version), for the report only.","properties":{"name":{"type":"string"},"version":{"type":"string"}}},"rows":{"type":"array","items":{"$ref":"#/$defs/row"}}},"$defs":{"row":{"type":"object","description":"One cell: one load point of one configuration. Identity fields, then metrics named as src/core/metrics.ts names them, in canonical units (seconds, tokens/s). Null or absent: not measured. Unknown fields are ignored (the adapter lists them in one finding).","required":["model"],"properties":{"id":{"type":["string","null"],"minLength":1,"description":"Optional explicit cell id (stable across runs); else the identity decides."},"hardware":{"type":["string","null"],"minLength":1,"description":"Accelerator SKU, e.g. h100, mi300x, b200 (lower-cased on read)."},"model":{"type":"string","minLength":1,"description":"Model name, e.g. meta-llama/Llama-3.1-8B-Instruct."},"framework":{"type":["string","null"],"minLength":1,"description":"Serving engine, e.g. vllm, sglang, trt-llm (lower-cased on read)."},"precision":{"type":["string","null"],"minLength":1,"description":"Weights/compute precision, e.g. fp8, bf16 (lower-cased on read)."},"scenario_type":{"type":["string","null"],"minLength":1,"description":"Workload kind, e.g. chat, summarization."},"isl":{"type":["integer","null"],"minimum":0,"description":"Input sequence length, tokens."},"osl":{"type":["integer","null"],"minimum":0,"description":"Output sequence length, tokens."},"concurrency":{"type":["integer","null"],"minimum":1,"description":"Max concurrent requests of the load point."},"request_rate":{"anyOf":[{"type":"number","exclusiveMinimum":0},{"const":"inf"},{"type":"null"}],"description":"Offered request rate (req/s) or \"inf\"; the load point when concurrency is null."},"gpus":{"type":["integer","null"],"minimum":1,"description":"GPUs serving the cell."},"tp":{"type":["integer","null"],"minimum":1,"description":"Tensor parallelism."},"pp":{"type":["integer","null"],"minimum":1,"description":"Pipeline parallelism."},"ep":{"type":["integer","null"],"minimum":1,"description":"Expert parallelism."},"labels":{"type":["object","null"],"description":"More configuration as key=value pairs (part of the cell key: rows that differ in labels are different cells). CSV: one `labels` column, `k=v;k=v`.","propertyNames":{"pattern":"^[A-Za-z0-9_.-]+$"},"additionalProperties":{"type":["string","number","boolean"]}},"total_requests":{"type":["integer","null"],"minimum":0,"description":"Requests sent."},"successful_requests":{"type":["integer","null"],"minimum":0,"description":"Requests that completed successfully."},"mean_ttft":{"type":["number","null"],"minimum":0,"description":"mean TTFT, seconds."},"p50_ttft":{"type":["number","null"],"minimum":0,"description":"p50 TTFT, seconds."},"p90_ttft":{"type":["number","null"],"minimum":0,"description":"p90 TTFT, seconds."},"p95_ttft":{"type":["number","null"],"minimum":0,"description":"p95 TTFT, seconds."},"p99_ttft":{"type":["number","null"],"minimum":0,"description":"p99 TTFT, seconds."},"mean_tpot":{"type":["number","null"],"minimum":0,"description":"mean TPOT, seconds."},"p50_tpot":{"type":["number","null"],"minimum":0,"description":"p50 TPOT, seconds."},"p90_tpot":{"type":["number","null"],"minimum":0,"description":"p90 TPOT, seconds."},"p95_tpot":{"type":["number","null"],"minimum":0,"description":"p95 TPOT, seconds."},"p99_tpot":{"type":["number","null"],"minimum":0,"description":"p99 TPOT, seconds."},"mean_itl":{"type":["number","null"],"minimum":0,"description":"mean ITL, seconds."},"p50_itl":{"type":["number","null"],"minimum":0,"description":"p50 ITL, seconds."},"p90_itl":{"type":["number","null"],"minimum":0,"description":"p90 ITL, seconds."},"p95_itl":{"type":["number","null"],"minimum":0,"description":"p95 ITL, seconds."},"p99_itl":{"type":["number","null"],"minimum":0,"description":"p99 ITL, seconds."},"mean_e2el":{"type":["number","null"],"minimum":0,"description":"mean E2EL, seconds."},"p50_e2el":{"type":["number","null"],"minimum":0,"description":"p50 E2EL, seconds."},"p90_e2el":{"type":["number","null"],"minimum":0,"description":"p90 E2EL, seconds."},"p95_e2el":{"type":["number","null"],"minimum":0,"description":"p95 E2EL, seconds."},"p99_e2el":{"type":["number","null"],"minimum":0,"description":"p99 E2EL, seconds."},"total_tput_tps":{"type":["number","null"],"minimum":0,"description":"Total (input + output) token throughput, tokens/s."},"output_tput_tps":{"type":["number","null"],"minimum":0,"description":"Output token throughput, tokens/s."},"input_tput_tps":{"type":["number","null"],"minimum":0,"description":"Input token throughput, tokens/s."},"tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Total token throughput per GPU, tokens/s/GPU."},"output_tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Output token throughput per (decode) GPU, tokens/s/GPU."},"input_tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Input token throughput per (prefill) GPU, tokens/s/GPU."},"request_throughput_rps":{"type":["number","null"],"minimum":0,"description":"Completed requests per second, req/s."}}}}};const schema60 = {"type":"object","description":"One cell: one load point of one configuration. Identity fields, then metrics named as src/core/metrics.ts names them, in canonical units (seconds, tokens/s). Null or absent: not measured. Unknown fields are ignored (the adapter lists them in one finding).","required":["model"],"properties":{"id":{"type":["string","null"],"minLength":1,"description":"Optional explicit cell id (stable across runs); else the identity decides."},"hardware":{"type":["string","null"],"minLength":1,"description":"Accelerator SKU, e.g. h100, mi300x, b200 (lower-cased on read)."},"model":{"type":"string","minLength":1,"description":"Model name, e.g. meta-llama/Llama-3.1-8B-Instruct."},"framework":{"type":["string","null"],"minLength":1,"description":"Serving engine, e.g. vllm, sglang, trt-llm (lower-cased on read)."},"precision":{"type":["string","null"],"minLength":1,"description":"Weights/compute precision, e.g. fp8, bf16 (lower-cased on read)."},"scenario_type":{"type":["string","null"],"minLength":1,"description":"Workload kind, e.g. chat, summarization."},"isl":{"type":["integer","null"],"minimum":0,"description":"Input sequence length, tokens."},"osl":{"type":["integer","null"],"minimum":0,"description":"Output sequence length, tokens."},"concurrency":{"type":["integer","null"],"minimum":1,"description":"Max concurrent requests of the load point."},"request_rate":{"anyOf":[{"type":"number","exclusiveMinimum":0},{"const":"inf"},{"type":"null"}],"description":"Offered request rate (req/s) or \"inf\"; the load point when concurrency is null."},"gpus":{"type":["integer","null"],"minimum":1,"description":"GPUs serving the cell."},"tp":{"type":["integer","null"],"minimum":1,"description":"Tensor parallelism."},"pp":{"type":["integer","null"],"minimum":1,"description":"Pipeline parallelism."},"ep":{"type":["integer","null"],"minimum":1,"description":"Expert parallelism."},"labels":{"type":["object","null"],"description":"More configuration as key=value pairs (part of the cell key: rows that differ in labels are different cells). CSV: one `labels` column, `k=v;k=v`.","propertyNames":{"pattern":"^[A-Za-z0-9_.-]+$"},"additionalProperties":{"type":["string","number","boolean"]}},"total_requests":{"type":["integer","null"],"minimum":0,"description":"Requests sent."},"successful_requests":{"type":["integer","null"],"minimum":0,"description":"Requests that completed successfully."},"mean_ttft":{"type":["number","null"],"minimum":0,"description":"mean TTFT, seconds."},"p50_ttft":{"type":["number","null"],"minimum":0,"description":"p50 TTFT, seconds."},"p90_ttft":{"type":["number","null"],"minimum":0,"description":"p90 TTFT, seconds."},"p95_ttft":{"type":["number","null"],"minimum":0,"description":"p95 TTFT, seconds."},"p99_ttft":{"type":["number","null"],"minimum":0,"description":"p99 TTFT, seconds."},"mean_tpot":{"type":["number","null"],"minimum":0,"description":"mean TPOT, seconds."},"p50_tpot":{"type":["number","null"],"minimum":0,"description":"p50 TPOT, seconds."},"p90_tpot":{"type":["number","null"],"minimum":0,"description":"p90 TPOT, seconds."},"p95_tpot":{"type":["number","null"],"minimum":0,"description":"p95 TPOT, seconds."},"p99_tpot":{"type":["number","null"],"minimum":0,"description":"p99 TPOT, seconds."},"mean_itl":{"type":["number","null"],"minimum":0,"description":"mean ITL, seconds."},"p50_itl":{"type":["number","null"],"minimum":0,"description":"p50 ITL, seconds."},"p90_itl":{"type":["number","null"],"minimum":0,"description":"p90 ITL, seconds."},"p95_itl":{"type":["number","null"],"minimum":0,"description":"p95 ITL, seconds."},"p99_itl":{"type":["number","null"],"minimum":0,"description":"p99 ITL, seconds."},"mean_e2el":{"type":["number","null"],"minimum":0,"description":"mean E2EL, seconds."},"p50_e2el":{"type":["number","null"],"minimum":0,"description":"p50 E2EL, seconds."},"p90_e2el":{"type":["number","null"],"minimum":0,"description":"p90 E2EL, seconds."},"p95_e2el":{"type":["number","null"],"minimum":0,"description":"p95 E2EL, seconds."},"p99_e2el":{"type":["number","null"],"minimum":0,"description":"p99 E2EL, seconds."},"total_tput_tps":{"type":["number","null"],"minimum":0,"description":"Total (input + output) token throughput, tokens/s."},"output_tput_tps":{"type":["number","null"],"minimum":0,"description":"Output token throughput, tokens/s."},"input_tput_tps":{"type":["number","null"],"minimum":0,"description":"Input token throughput, tokens/s."},"tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Total token throughput per GPU, tokens/s/GPU."},"output_tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Output token throughput per (decode) GPU, tokens/s/GPU."},"input_tput_per_gpu":{"type":["number","null"],"minimum":0,"description":"Input token throughput per (prefill) GPU, tokens/s/GPU."},"request_throughput_rps":{"type":["number","null"],"minimum":0,"description":"Completed requests per second, req/s."}}};const pattern10 = new RegExp("^[A-Za-z0-9_.-]+$", "u");function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate43.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.rows === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.schema_version !== undefined){if("inferguard-results/v1" !== data.schema_version){const err2 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-results/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.producer !== undefined){let data1 = data.producer;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.name !== undefined){if(typeof data1.name !== "string"){const err3 = {instancePath:instancePath+"/producer/name",schemaPath:"#/properties/producer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.version !== undefined){if(typeof data1.version !== "string"){const err4 = {instancePath:instancePath+"/producer/version",schemaPath:"#/properties/producer/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/producer",schemaPath:"#/properties/producer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.rows !== undefined){let data4 = data.rows;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.model === undefined){const err6 = {instancePath:instancePath+"/rows/" + i0,schemaPath:"#/$defs/row/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data5.id !== undefined){let data6 = data5.id;if((typeof data6 !== "string") && (data6 !== null)){const err7 = {instancePath:instancePath+"/rows/" + i0+"/id",schemaPath:"#/$defs/row/properties/id/type",keyword:"type",params:{type: schema60.properties.id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(typeof data6 === "string"){if(func3(data6) < 1){const err8 = {instancePath:instancePath+"/rows/" + i0+"/id",schemaPath:"#/$defs/row/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data5.hardware !== undefined){let data7 = data5.hardware;if((typeof data7 !== "string") && (data7 !== null)){const err9 = {instancePath:instancePath+"/rows/" + i0+"/hardware",schemaPath:"#/$defs/row/properties/hardware/type",keyword:"type",params:{type: schema60.properties.hardware.type},message:"must be string,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(typeof data7 === "string"){if(func3(data7) < 1){const err10 = {instancePath:instancePath+"/rows/" + i0+"/hardware",schemaPath:"#/$defs/row/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data5.model !== undefined){let data8 = data5.model;if(typeof data8 === "string"){if(func3(data8) < 1){const err11 = {instancePath:instancePath+"/rows/" + i0+"/model",schemaPath:"#/$defs/row/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/rows/" + i0+"/model",schemaPath:"#/$defs/row/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.framework !== undefined){let data9 = data5.framework;if((typeof data9 !== "string") && (data9 !== null)){const err13 = {instancePath:instancePath+"/rows/" + i0+"/framework",schemaPath:"#/$defs/row/properties/framework/type",keyword:"type",params:{type: schema60.properties.framework.type},message:"must be string,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(typeof data9 === "string"){if(func3(data9) < 1){const err14 = {instancePath:instancePath+"/rows/" + i0+"/framework",schemaPath:"#/$defs/row/properties/framework/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data5.precision !== undefined){let data10 = data5.precision;if((typeof data10 !== "string") && (data10 !== null)){const err15 = {instancePath:instancePath+"/rows/" + i0+"/precision",schemaPath:"#/$defs/row/properties/precision/type",keyword:"type",params:{type: schema60.properties.precision.type},message:"must be string,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(typeof data10 === "string"){if(func3(data10) < 1){const err16 = {instancePath:instancePath+"/rows/" + i0+"/precision",schemaPath:"#/$defs/row/properties/precision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data5.scenario_type !== undefined){let data11 = data5.scenario_type;if((typeof data11 !== "string") && (data11 !== null)){const err17 = {instancePath:instancePath+"/rows/" + i0+"/scenario_type",schemaPath:"#/$defs/row/properties/scenario_type/type",keyword:"type",params:{type: schema60.properties.scenario_type.type},message:"must be string,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(typeof data11 === "string"){if(func3(data11) < 1){const err18 = {instancePath:instancePath+"/rows/" + i0+"/scenario_type",schemaPath:"#/$defs/row/properties/scenario_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data5.isl !== undefined){let data12 = data5.isl;if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (data12 !== null)){const err19 = {instancePath:instancePath+"/rows/" + i0+"/isl",schemaPath:"#/$defs/row/properties/isl/type",keyword:"type",params:{type: schema60.properties.isl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(typeof data12 == "number"){if(data12 < 0 || isNaN(data12)){const err20 = {instancePath:instancePath+"/rows/" + i0+"/isl",schemaPath:"#/$defs/row/properties/isl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data5.osl !== undefined){let data13 = data5.osl;if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){const err21 = {instancePath:instancePath+"/rows/" + i0+"/osl",schemaPath:"#/$defs/row/properties/osl/type",keyword:"type",params:{type: schema60.properties.osl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(typeof data13 == "number"){if(data13 < 0 || isNaN(data13)){const err22 = {instancePath:instancePath+"/rows/" + i0+"/osl",schemaPath:"#/$defs/row/properties/osl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data5.concurrency !== undefined){let data14 = data5.concurrency;if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (data14 !== null)){const err23 = {instancePath:instancePath+"/rows/" + i0+"/concurrency",schemaPath:"#/$defs/row/properties/concurrency/type",keyword:"type",params:{type: schema60.properties.concurrency.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(typeof data14 == "number"){if(data14 < 1 || isNaN(data14)){const err24 = {instancePath:instancePath+"/rows/" + i0+"/concurrency",schemaPath:"#/$defs/row/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}if(data5.request_rate !== undefined){let data15 = data5.request_rate;const _errs32 = errors;let valid6 = false;const _errs33 = errors;if(typeof data15 == "number"){if(data15 <= 0 || isNaN(data15)){const err25 = {instancePath:instancePath+"/rows/" + i0+"/request_rate",schemaPath:"#/$defs/row/properties/request_rate/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/rows/" + i0+"/request_rate",schemaPath:"#/$defs/row/properties/request_rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid0 = _errs33 === errors;valid6 = valid6 || _valid0;const _errs35 = errors;if("inf" !== data15){const err27 = {instancePath:instancePath+"/rows/" + i0+"/request_rate",schemaPath:"#/$defs/row/properties/request_rate/anyOf/1/const",keyword:"const",params:{allowedValue: "inf"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid0 = _errs35 === errors;valid6 = valid6 || _valid0;const _errs36 = errors;if(data15 !== null){const err28 = {instancePath:instancePath+"/rows/" + i0+"/request_rate",schemaPath:"#/$defs/row/properties/request_rate/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid0 = _errs36 === errors;valid6 = valid6 || _valid0;if(!valid6){const err29 = {instancePath:instancePath+"/rows/" + i0+"/request_rate",schemaPath:"#/$defs/row/properties/request_rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {errors = _errs32;if(vErrors !== null){if(_errs32){vErrors.length = _errs32;}else {vErrors = null;}}}}if(data5.gpus !== undefined){let data16 = data5.gpus;if((!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) && (data16 !== null)){const err30 = {instancePath:instancePath+"/rows/" + i0+"/gpus",schemaPath:"#/$defs/row/properties/gpus/type",keyword:"type",params:{type: schema60.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(typeof data16 == "number"){if(data16 < 1 || isNaN(data16)){const err31 = {instancePath:instancePath+"/rows/" + i0+"/gpus",schemaPath:"#/$defs/row/properties/gpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}if(data5.tp !== undefined){let data17 = data5.tp;if((!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))) && (data17 !== null)){const err32 = {instancePath:instancePath+"/rows/" + i0+"/tp",schemaPath:"#/$defs/row/properties/tp/type",keyword:"type",params:{type: schema60.properties.tp.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(typeof data17 == "number"){if(data17 < 1 || isNaN(data17)){const err33 = {instancePath:instancePath+"/rows/" + i0+"/tp",schemaPath:"#/$defs/row/properties/tp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data5.pp !== undefined){let data18 = data5.pp;if((!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))) && (data18 !== null)){const err34 = {instancePath:instancePath+"/rows/" + i0+"/pp",schemaPath:"#/$defs/row/properties/pp/type",keyword:"type",params:{type: schema60.properties.pp.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data18 == "number"){if(data18 < 1 || isNaN(data18)){const err35 = {instancePath:instancePath+"/rows/" + i0+"/pp",schemaPath:"#/$defs/row/properties/pp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data5.ep !== undefined){let data19 = data5.ep;if((!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))) && (data19 !== null)){const err36 = {instancePath:instancePath+"/rows/" + i0+"/ep",schemaPath:"#/$defs/row/properties/ep/type",keyword:"type",params:{type: schema60.properties.ep.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(typeof data19 == "number"){if(data19 < 1 || isNaN(data19)){const err37 = {instancePath:instancePath+"/rows/" + i0+"/ep",schemaPath:"#/$defs/row/properties/ep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}if(data5.labels !== undefined){let data20 = data5.labels;if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){const err38 = {instancePath:instancePath+"/rows/" + i0+"/labels",schemaPath:"#/$defs/row/properties/labels/type",keyword:"type",params:{type: schema60.properties.labels.type},message:"must be object,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key0 in data20){const _errs48 = errors;if(typeof key0 === "string"){if(!pattern10.test(key0)){const err39 = {instancePath:instancePath+"/rows/" + i0+"/labels",schemaPath:"#/$defs/row/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",propertyName:key0};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}var valid7 = _errs48 === errors;if(!valid7){const err40 = {instancePath:instancePath+"/rows/" + i0+"/labels",schemaPath:"#/$defs/row/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}for(const key1 in data20){let data21 = data20[key1];if(((typeof data21 !== "string") && (!(typeof data21 == "number"))) && (typeof data21 !== "boolean")){const err41 = {instancePath:instancePath+"/rows/" + i0+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/row/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema60.properties.labels.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}}if(data5.total_requests !== undefined){let data22 = data5.total_requests;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (data22 !== null)){const err42 = {instancePath:instancePath+"/rows/" + i0+"/total_requests",schemaPath:"#/$defs/row/properties/total_requests/type",keyword:"type",params:{type: schema60.properties.total_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err43 = {instancePath:instancePath+"/rows/" + i0+"/total_requests",schemaPath:"#/$defs/row/properties/total_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data5.successful_requests !== undefined){let data23 = data5.successful_requests;if((!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) && (data23 !== null)){const err44 = {instancePath:instancePath+"/rows/" + i0+"/successful_requests",schemaPath:"#/$defs/row/properties/successful_requests/type",keyword:"type",params:{type: schema60.properties.successful_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data23 == "number"){if(data23 < 0 || isNaN(data23)){const err45 = {instancePath:instancePath+"/rows/" + i0+"/successful_requests",schemaPath:"#/$defs/row/properties/successful_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data5.mean_ttft !== undefined){let data24 = data5.mean_ttft;if((!(typeof data24 == "number")) && (data24 !== null)){const err46 = {instancePath:instancePath+"/rows/" + i0+"/mean_ttft",schemaPath:"#/$defs/row/properties/mean_ttft/type",keyword:"type",params:{type: schema60.properties.mean_ttft.type},message:"must be number,null"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(typeof data24 == "number"){if(data24 < 0 || isNaN(data24)){const err47 = {instancePath:instancePath+"/rows/" + i0+"/mean_ttft",schemaPath:"#/$defs/row/properties/mean_ttft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data5.p50_ttft !== undefined){let data25 = data5.p50_ttft;if((!(typeof data25 == "number")) && (data25 !== null)){const err48 = {instancePath:instancePath+"/rows/" + i0+"/p50_ttft",schemaPath:"#/$defs/row/properties/p50_ttft/type",keyword:"type",params:{type: schema60.properties.p50_ttft.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data25 == "number"){if(data25 < 0 || isNaN(data25)){const err49 = {instancePath:instancePath+"/rows/" + i0+"/p50_ttft",schemaPath:"#/$defs/row/properties/p50_ttft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data5.p90_ttft !== undefined){let data26 = data5.p90_ttft;if((!(typeof data26 == "number")) && (data26 !== null)){const err50 = {instancePath:instancePath+"/rows/" + i0+"/p90_ttft",schemaPath:"#/$defs/row/properties/p90_ttft/type",keyword:"type",params:{type: schema60.properties.p90_ttft.type},message:"must be number,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(typeof data26 == "number"){if(data26 < 0 || isNaN(data26)){const err51 = {instancePath:instancePath+"/rows/" + i0+"/p90_ttft",schemaPath:"#/$defs/row/properties/p90_ttft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}if(data5.p95_ttft !== undefined){let data27 = data5.p95_ttft;if((!(typeof data27 == "number")) && (data27 !== null)){const err52 = {instancePath:instancePath+"/rows/" + i0+"/p95_ttft",schemaPath:"#/$defs/row/properties/p95_ttft/type",keyword:"type",params:{type: schema60.properties.p95_ttft.type},message:"must be number,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(typeof data27 == "number"){if(data27 < 0 || isNaN(data27)){const err53 = {instancePath:instancePath+"/rows/" + i0+"/p95_ttft",schemaPath:"#/$defs/row/properties/p95_ttft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}if(data5.p99_ttft !== undefined){let data28 = data5.p99_ttft;if((!(typeof data28 == "number")) && (data28 !== null)){const err54 = {instancePath:instancePath+"/rows/" + i0+"/p99_ttft",schemaPath:"#/$defs/row/properties/p99_ttft/type",keyword:"type",params:{type: schema60.properties.p99_ttft.type},message:"must be number,null"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(typeof data28 == "number"){if(data28 < 0 || isNaN(data28)){const err55 = {instancePath:instancePath+"/rows/" + i0+"/p99_ttft",schemaPath:"#/$defs/row/properties/p99_ttft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}if(data5.mean_tpot !== undefined){let data29 = data5.mean_tpot;if((!(typeof data29 == "number")) && (data29 !== null)){const err56 = {instancePath:instancePath+"/rows/" + i0+"/mean_tpot",schemaPath:"#/$defs/row/properties/mean_tpot/type",keyword:"type",params:{type: schema60.properties.mean_tpot.type},message:"must be number,null"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(typeof data29 == "number"){if(data29 < 0 || isNaN(data29)){const err57 = {instancePath:instancePath+"/rows/" + i0+"/mean_tpot",schemaPath:"#/$defs/row/properties/mean_tpot/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}if(data5.p50_tpot !== undefined){let data30 = data5.p50_tpot;if((!(typeof data30 == "number")) && (data30 !== null)){const err58 = {instancePath:instancePath+"/rows/" + i0+"/p50_tpot",schemaPath:"#/$defs/row/properties/p50_tpot/type",keyword:"type",params:{type: schema60.properties.p50_tpot.type},message:"must be number,null"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(typeof data30 == "number"){if(data30 < 0 || isNaN(data30)){const err59 = {instancePath:instancePath+"/rows/" + i0+"/p50_tpot",schemaPath:"#/$defs/row/properties/p50_tpot/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}if(data5.p90_tpot !== undefined){let data31 = data5.p90_tpot;if((!(typeof data31 == "number")) && (data31 !== null)){const err60 = {instancePath:instancePath+"/rows/" + i0+"/p90_tpot",schemaPath:"#/$defs/row/properties/p90_tpot/type",keyword:"type",params:{type: schema60.properties.p90_tpot.type},message:"must be number,null"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(typeof data31 == "number"){if(data31 < 0 || isNaN(data31)){const err61 = {instancePath:instancePath+"/rows/" + i0+"/p90_tpot",schemaPath:"#/$defs/row/properties/p90_tpot/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}if(data5.p95_tpot !== undefined){let data32 = data5.p95_tpot;if((!(typeof data32 == "number")) && (data32 !== null)){const err62 = {instancePath:instancePath+"/rows/" + i0+"/p95_tpot",schemaPath:"#/$defs/row/properties/p95_tpot/type",keyword:"type",params:{type: schema60.properties.p95_tpot.type},message:"must be number,null"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(typeof data32 == "number"){if(data32 < 0 || isNaN(data32)){const err63 = {instancePath:instancePath+"/rows/" + i0+"/p95_tpot",schemaPath:"#/$defs/row/properties/p95_tpot/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}if(data5.p99_tpot !== undefined){let data33 = data5.p99_tpot;if((!(typeof data33 == "number")) && (data33 !== null)){const err64 = {instancePath:instancePath+"/rows/" + i0+"/p99_tpot",schemaPath:"#/$defs/row/properties/p99_tpot/type",keyword:"type",params:{type: schema60.properties.p99_tpot.type},message:"must be number,null"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(typeof data33 == "number"){if(data33 < 0 || isNaN(data33)){const err65 = {instancePath:instancePath+"/rows/" + i0+"/p99_tpot",schemaPath:"#/$defs/row/properties/p99_tpot/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}if(data5.mean_itl !== undefined){let data34 = data5.mean_itl;if((!(typeof data34 == "number")) && (data34 !== null)){const err66 = {instancePath:instancePath+"/rows/" + i0+"/mean_itl",schemaPath:"#/$defs/row/properties/mean_itl/type",keyword:"type",params:{type: schema60.properties.mean_itl.type},message:"must be number,null"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(typeof data34 == "number"){if(data34 < 0 || isNaN(data34)){const err67 = {instancePath:instancePath+"/rows/" + i0+"/mean_itl",schemaPath:"#/$defs/row/properties/mean_itl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}if(data5.p50_itl !== undefined){let data35 = data5.p50_itl;if((!(typeof data35 == "number")) && (data35 !== null)){const err68 = {instancePath:instancePath+"/rows/" + i0+"/p50_itl",schemaPath:"#/$defs/row/properties/p50_itl/type",keyword:"type",params:{type: schema60.properties.p50_itl.type},message:"must be number,null"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){const err69 = {instancePath:instancePath+"/rows/" + i0+"/p50_itl",schemaPath:"#/$defs/row/properties/p50_itl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}if(data5.p90_itl !== undefined){let data36 = data5.p90_itl;if((!(typeof data36 == "number")) && (data36 !== null)){const err70 = {instancePath:instancePath+"/rows/" + i0+"/p90_itl",schemaPath:"#/$defs/row/properties/p90_itl/type",keyword:"type",params:{type: schema60.properties.p90_itl.type},message:"must be number,null"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(typeof data36 == "number"){if(data36 < 0 || isNaN(data36)){const err71 = {instancePath:instancePath+"/rows/" + i0+"/p90_itl",schemaPath:"#/$defs/row/properties/p90_itl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data5.p95_itl !== undefined){let data37 = data5.p95_itl;if((!(typeof data37 == "number")) && (data37 !== null)){const err72 = {instancePath:instancePath+"/rows/" + i0+"/p95_itl",schemaPath:"#/$defs/row/properties/p95_itl/type",keyword:"type",params:{type: schema60.properties.p95_itl.type},message:"must be number,null"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(typeof data37 == "number"){if(data37 < 0 || isNaN(data37)){const err73 = {instancePath:instancePath+"/rows/" + i0+"/p95_itl",schemaPath:"#/$defs/row/properties/p95_itl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}if(data5.p99_itl !== undefined){let data38 = data5.p99_itl;if((!(typeof data38 == "number")) && (data38 !== null)){const err74 = {instancePath:instancePath+"/rows/" + i0+"/p99_itl",schemaPath:"#/$defs/row/properties/p99_itl/type",keyword:"type",params:{type: schema60.properties.p99_itl.type},message:"must be number,null"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(typeof data38 == "number"){if(data38 < 0 || isNaN(data38)){const err75 = {instancePath:instancePath+"/rows/" + i0+"/p99_itl",schemaPath:"#/$defs/row/properties/p99_itl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}if(data5.mean_e2el !== undefined){let data39 = data5.mean_e2el;if((!(typeof data39 == "number")) && (data39 !== null)){const err76 = {instancePath:instancePath+"/rows/" + i0+"/mean_e2el",schemaPath:"#/$defs/row/properties/mean_e2el/type",keyword:"type",params:{type: schema60.properties.mean_e2el.type},message:"must be number,null"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(typeof data39 == "number"){if(data39 < 0 || isNaN(data39)){const err77 = {instancePath:instancePath+"/rows/" + i0+"/mean_e2el",schemaPath:"#/$defs/row/properties/mean_e2el/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}if(data5.p50_e2el !== undefined){let data40 = data5.p50_e2el;if((!(typeof data40 == "number")) && (data40 !== null)){const err78 = {instancePath:instancePath+"/rows/" + i0+"/p50_e2el",schemaPath:"#/$defs/row/properties/p50_e2el/type",keyword:"type",params:{type: schema60.properties.p50_e2el.type},message:"must be number,null"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(typeof data40 == "number"){if(data40 < 0 || isNaN(data40)){const err79 = {instancePath:instancePath+"/rows/" + i0+"/p50_e2el",schemaPath:"#/$defs/row/properties/p50_e2el/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}if(data5.p90_e2el !== undefined){let data41 = data5.p90_e2el;if((!(typeof data41 == "number")) && (data41 !== null)){const err80 = {instancePath:instancePath+"/rows/" + i0+"/p90_e2el",schemaPath:"#/$defs/row/properties/p90_e2el/type",keyword:"type",params:{type: schema60.properties.p90_e2el.type},message:"must be number,null"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(typeof data41 == "number"){if(data41 < 0 || isNaN(data41)){const err81 = {instancePath:instancePath+"/rows/" + i0+"/p90_e2el",schemaPath:"#/$defs/row/properties/p90_e2el/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}if(data5.p95_e2el !== undefined){let data42 = data5.p95_e2el;if((!(typeof data42 == "number")) && (data42 !== null)){const err82 = {instancePath:instancePath+"/rows/" + i0+"/p95_e2el",schemaPath:"#/$defs/row/properties/p95_e2el/type",keyword:"type",params:{type: schema60.properties.p95_e2el.type},message:"must be number,null"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(typeof data42 == "number"){if(data42 < 0 || isNaN(data42)){const err83 = {instancePath:instancePath+"/rows/" + i0+"/p95_e2el",schemaPath:"#/$defs/row/properties/p95_e2el/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}if(data5.p99_e2el !== undefined){let data43 = data5.p99_e2el;if((!(typeof data43 == "number")) && (data43 !== null)){const err84 = {instancePath:instancePath+"/rows/" + i0+"/p99_e2el",schemaPath:"#/$defs/row/properties/p99_e2el/type",keyword:"type",params:{type: schema60.properties.p99_e2el.type},message:"must be number,null"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(typeof data43 == "number"){if(data43 < 0 || isNaN(data43)){const err85 = {instancePath:instancePath+"/rows/" + i0+"/p99_e2el",schemaPath:"#/$defs/row/properties/p99_e2el/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}if(data5.total_tput_tps !== undefined){let data44 = data5.total_tput_tps;if((!(typeof data44 == "number")) && (data44 !== null)){const err86 = {instancePath:instancePath+"/rows/" + i0+"/total_tput_tps",schemaPath:"#/$defs/row/properties/total_tput_tps/type",keyword:"type",params:{type: schema60.properties.total_tput_tps.type},message:"must be number,null"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(typeof data44 == "number"){if(data44 < 0 || isNaN(data44)){const err87 = {instancePath:instancePath+"/rows/" + i0+"/total_tput_tps",schemaPath:"#/$defs/row/properties/total_tput_tps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}if(data5.output_tput_tps !== undefined){let data45 = data5.output_tput_tps;if((!(typeof data45 == "number")) && (data45 !== null)){const err88 = {instancePath:instancePath+"/rows/" + i0+"/output_tput_tps",schemaPath:"#/$defs/row/properties/output_tput_tps/type",keyword:"type",params:{type: schema60.properties.output_tput_tps.type},message:"must be number,null"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(typeof data45 == "number"){if(data45 < 0 || isNaN(data45)){const err89 = {instancePath:instancePath+"/rows/" + i0+"/output_tput_tps",schemaPath:"#/$defs/row/properties/output_tput_tps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}if(data5.input_tput_tps !== undefined){let data46 = data5.input_tput_tps;if((!(typeof data46 == "number")) && (data46 !== null)){const err90 = {instancePath:instancePath+"/rows/" + i0+"/input_tput_tps",schemaPath:"#/$defs/row/properties/input_tput_tps/type",keyword:"type",params:{type: schema60.properties.input_tput_tps.type},message:"must be number,null"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(typeof data46 == "number"){if(data46 < 0 || isNaN(data46)){const err91 = {instancePath:instancePath+"/rows/" + i0+"/input_tput_tps",schemaPath:"#/$defs/row/properties/input_tput_tps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}if(data5.tput_per_gpu !== undefined){let data47 = data5.tput_per_gpu;if((!(typeof data47 == "number")) && (data47 !== null)){const err92 = {instancePath:instancePath+"/rows/" + i0+"/tput_per_gpu",schemaPath:"#/$defs/row/properties/tput_per_gpu/type",keyword:"type",params:{type: schema60.properties.tput_per_gpu.type},message:"must be number,null"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if(typeof data47 == "number"){if(data47 < 0 || isNaN(data47)){const err93 = {instancePath:instancePath+"/rows/" + i0+"/tput_per_gpu",schemaPath:"#/$defs/row/properties/tput_per_gpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}if(data5.output_tput_per_gpu !== undefined){let data48 = data5.output_tput_per_gpu;if((!(typeof data48 == "number")) && (data48 !== null)){const err94 = {instancePath:instancePath+"/rows/" + i0+"/output_tput_per_gpu",schemaPath:"#/$defs/row/properties/output_tput_per_gpu/type",keyword:"type",params:{type: schema60.properties.output_tput_per_gpu.type},message:"must be number,null"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}if(typeof data48 == "number"){if(data48 < 0 || isNaN(data48)){const err95 = {instancePath:instancePath+"/rows/" + i0+"/output_tput_per_gpu",schemaPath:"#/$defs/row/properties/output_tput_per_gpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}if(data5.input_tput_per_gpu !== undefined){let data49 = data5.input_tput_per_gpu;if((!(typeof data49 == "number")) && (data49 !== null)){const err96 = {instancePath:instancePath+"/rows/" + i0+"/input_tput_per_gpu",schemaPath:"#/$defs/row/properties/input_tput_per_gpu/type",keyword:"type",params:{type: schema60.properties.input_tput_per_gpu.type},message:"must be number,null"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}if(typeof data49 == "number"){if(data49 < 0 || isNaN(data49)){const err97 = {instancePath:instancePath+"/rows/" + i0+"/input_tput_per_gpu",schemaPath:"#/$defs/row/properties/input_tput_per_gpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}if(data5.request_throughput_rps !== undefined){let data50 = data5.request_throughput_rps;if((!(typeof data50 == "number")) && (data50 !== null)){const err98 = {instancePath:instancePath+"/rows/" + i0+"/request_throughput_rps",schemaPath:"#/$defs/row/properties/request_throughput_rps/type",keyword:"type",params:{type: schema60.properties.request_throughput_rps.type},message:"must be number,null"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}if(typeof data50 == "number"){if(data50 < 0 || isNaN(data50)){const err99 = {instancePath:instancePath+"/rows/" + i0+"/request_throughput_rps",schemaPath:"#/$defs/row/properties/request_throughput_rps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}}}else {const err100 = {instancePath:instancePath+"/rows/" + i0,schemaPath:"#/$defs/row/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}else {const err101 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}else {const err102 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}validate43.errors = vErrors;return errors === 0;}validate43.evaluated = {"props":{"schema_version":true,"producer":true,"rows":true},"dynamicProps":false,"dynamicItems":false};exports.c9 = validate44;const schema61 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-timeline/v1","type":"object","required":["schema_version","observed_at","sequence","capabilities","disagg_status"],"properties":{"schema_version":{"const":"inferguard-timeline/v1"},"observed_at":{"type":"string","format":"date-time"},"sequence":{"type":"integer","minimum":0},"status":{"enum":["healthy","degraded","critical","unknown"]},"proof_level":{"enum":["live","post_run","unknown"]},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false},"disagg_status":{"type":"object","description":"Embedded disagg-status/v1 object.","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"}},"additionalProperties":true}},"additionalProperties":true};function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate44.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.observed_at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observed_at"},message:"must have required property '"+"observed_at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.sequence === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.capabilities === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.disagg_status === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disagg_status"},message:"must have required property '"+"disagg_status"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.schema_version !== undefined){if("inferguard-timeline/v1" !== data.schema_version){const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-timeline/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.observed_at !== undefined){let data1 = data.observed_at;if(typeof data1 === "string"){if(!(formats0.validate(data1))){const err6 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.sequence !== undefined){let data2 = data.sequence;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err8 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(typeof data2 == "number"){if(data2 < 0 || isNaN(data2)){const err9 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.status !== undefined){let data3 = data.status;if(!((((data3 === "healthy") || (data3 === "degraded")) || (data3 === "critical")) || (data3 === "unknown"))){const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema61.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.proof_level !== undefined){let data4 = data.proof_level;if(!(((data4 === "live") || (data4 === "post_run")) || (data4 === "unknown"))){const err11 = {instancePath:instancePath+"/proof_level",schemaPath:"#/properties/proof_level/enum",keyword:"enum",params:{allowedValues: schema61.properties.proof_level.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.capabilities !== undefined){let data5 = data.capabilities;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.diagnosis === undefined){const err12 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "diagnosis"},message:"must have required property '"+"diagnosis"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data5.actuation === undefined){const err13 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "actuation"},message:"must have required property '"+"actuation"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5.replay === undefined){const err14 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data5.recall === undefined){const err15 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "recall"},message:"must have required property '"+"recall"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key0 in data5){if(!((((key0 === "diagnosis") || (key0 === "actuation")) || (key0 === "replay")) || (key0 === "recall"))){const err16 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5.diagnosis !== undefined){let data6 = data5.diagnosis;if(!((data6 === "on") || (data6 === "off"))){const err17 = {instancePath:instancePath+"/capabilities/diagnosis",schemaPath:"#/properties/capabilities/properties/diagnosis/enum",keyword:"enum",params:{allowedValues: schema61.properties.capabilities.properties.diagnosis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data5.actuation !== undefined){if("off" !== data5.actuation){const err18 = {instancePath:instancePath+"/capabilities/actuation",schemaPath:"#/properties/capabilities/properties/actuation/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data5.replay !== undefined){if("off" !== data5.replay){const err19 = {instancePath:instancePath+"/capabilities/replay",schemaPath:"#/properties/capabilities/properties/replay/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5.recall !== undefined){if("off" !== data5.recall){const err20 = {instancePath:instancePath+"/capabilities/recall",schemaPath:"#/properties/capabilities/properties/recall/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.disagg_status !== undefined){let data10 = data.disagg_status;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.schema_version === undefined){const err22 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data10.prefill === undefined){const err23 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "prefill"},message:"must have required property '"+"prefill"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data10.decode === undefined){const err24 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "decode"},message:"must have required property '"+"decode"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data10.findings === undefined){const err25 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data10.schema_version !== undefined){if("disagg-status/v1" !== data10.schema_version){const err26 = {instancePath:instancePath+"/disagg_status/schema_version",schemaPath:"#/properties/disagg_status/properties/schema_version/const",keyword:"const",params:{allowedValue: "disagg-status/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate44.errors = vErrors;return errors === 0;}validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c10 = validate45;const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Time-to-First-Signal (TTFS) Telemetry Event","description":"Schema for tracking time-to-first-signal metrics across UI, CLI, and CI surfaces","type":"object","required":["schema_version","event_type","timestamp","tenant_id","job_id","surface","ttfs_ms"],"properties":{"schema_version":{"type":"string","pattern":"^v[0-9]+\\.[0-9]+$","description":"Schema version (e.g., v1.0)","examples":["v1.0"]},"event_type":{"type":"string","enum":["signal.start","signal.rendered","signal.timeout","signal.error","signal.cache_hit","signal.cold_start"],"description":"Type of TTFS event"},"timestamp":{"type":"string","format":"date-time","description":"ISO-8601 UTC timestamp when event occurred"},"tenant_id":{"type":"string","minLength":1,"description":"Tenant identifier for scoping"},"job_id":{"type":"string","format":"uuid","description":"Job identifier for the signal request"},"run_id":{"type":["string","null"],"format":"uuid","description":"Run identifier if job is part of a run"},"correlation_id":{"type":["string","null"],"description":"Correlation ID for distributed tracing"},"surface":{"type":"string","enum":["ui","cli","ci"],"description":"Surface where the signal request originated"},"ttfs_ms":{"type":"integer","minimum":0,"description":"Time-to-first-signal in milliseconds"},"cache_hit":{"type":"boolean","default":false,"description":"True if signal was served from cache"},"signal_source":{"type":["string","null"],"enum":["snapshot","cold_start","failure_index",null],"description":"Source of the signal data"},"kind":{"type":["string","null"],"enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable",null],"description":"Signal kind indicating current job state"},"phase":{"type":["string","null"],"enum":["resolve","fetch","restore","analyze","policy","report","unknown",null],"description":"Current execution phase of the job"},"network_state":{"type":["string","null"],"description":"Client network state (e.g., '4g', 'wifi', 'offline')"},"device":{"type":["string","null"],"description":"Client device type (e.g., 'desktop', 'mobile', 'cli')"},"release":{"type":["string","null"],"description":"Application release version"},"trace_id":{"type":["string","null"],"pattern":"^[a-f0-9]{32}$","description":"OpenTelemetry trace ID (32 hex characters)"},"span_id":{"type":["string","null"],"pattern":"^[a-f0-9]{16}$","description":"OpenTelemetry span ID (16 hex characters)"},"error_code":{"type":["string","null"],"description":"Error code if event_type is signal.error or signal.timeout"},"error_message":{"type":["string","null"],"description":"Human-readable error message"},"slo_target_ms":{"type":["integer","null"],"minimum":0,"description":"SLO target in milliseconds for this request"},"slo_breach":{"type":"boolean","default":false,"description":"True if this event represents an SLO breach"},"is_offline_mode":{"type":"boolean","default":false,"description":"True if event occurred in offline/air-gap mode"},"metadata":{"type":"object","additionalProperties":true,"description":"Additional context-specific metadata"}},"additionalProperties":false,"allOf":[{"if":{"properties":{"event_type":{"const":"signal.error"}},"required":["event_type"]},"then":{"required":["error_code"]}},{"if":{"properties":{"event_type":{"const":"signal.timeout"}},"required":["event_type"]},"then":{"required":["error_code"]}}],"examples":[{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:30:00.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","run_id":"660e8400-e29b-41d4-a716-446655440001","surface":"ui","ttfs_ms":850,"cache_hit":true,"signal_source":"snapshot","kind":"started","phase":"analyze","slo_target_ms":2000,"slo_breach":false,"is_offline_mode":false},{"schema_version":"v1.0","event_type":"signal.cache_hit","timestamp":"2025-12-14T10:30:01.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","surface":"cli","ttfs_ms":120,"cache_hit":true,"signal_source":"snapshot","kind":"phase","phase":"policy","device":"cli","release":"1.2.3"},{"schema_version":"v1.0","event_type":"signal.cold_start","timestamp":"2025-12-14T10:31:00.000Z","tenant_id":"tenant-456","job_id":"770e8400-e29b-41d4-a716-446655440002","surface":"ci","ttfs_ms":3200,"cache_hit":false,"signal_source":"cold_start","kind":"succeeded","phase":"report","slo_target_ms":5000,"slo_breach":false},{"schema_version":"v1.0","event_type":"signal.timeout","timestamp":"2025-12-14T10:32:00.000Z","tenant_id":"tenant-789","job_id":"880e8400-e29b-41d4-a716-446655440003","surface":"ui","ttfs_ms":5500,"cache_hit":false,"signal_source":"cold_start","kind":"unavailable","phase":"unknown","error_code":"TTFS_TIMEOUT_EXCEEDED","error_message":"Signal fetch exceeded 5s budget","slo_target_ms":5000,"slo_breach":true},{"schema_version":"v1.0","event_type":"signal.error","timestamp":"2025-12-14T10:33:00.000Z","tenant_id":"tenant-abc","job_id":"990e8400-e29b-41d4-a716-446655440004","surface":"ui","ttfs_ms":1200,"cache_hit":false,"error_code":"TTFS_JOB_NOT_FOUND","error_message":"Job not found or access denied","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"},{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:34:00.000Z","tenant_id":"tenant-airgap","job_id":"aa0e8400-e29b-41d4-a716-446655440005","surface":"ui","ttfs_ms":1800,"cache_hit":false,"signal_source":"failure_index","kind":"failed","phase":"analyze","is_offline_mode":true,"metadata":{"failure_signature_id":"sig-001","predicted_mttr_seconds":300,"likely_cause":"Registry rate limiting"}}],"$defs":{"signal_kind":{"type":"string","enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable"],"description":"Enumeration of signal kinds"},"signal_phase":{"type":"string","enum":["resolve","fetch","restore","analyze","policy","report","unknown"],"description":"Enumeration of execution phases"},"signal_surface":{"type":"string","enum":["ui","cli","ci"],"description":"Enumeration of request surfaces"},"signal_source_type":{"type":"string","enum":["snapshot","cold_start","failure_index"],"description":"Enumeration of signal data sources"}}};const pattern11 = new RegExp("^v[0-9]+\\.[0-9]+$", "u");const pattern12 = new RegExp("^[a-f0-9]{32}$", "u");const pattern13 = new RegExp("^[a-f0-9]{16}$", "u");const formats6 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate45.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.event_type === undefined) && (missing0 = "event_type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.event_type !== undefined){if("signal.error" !== data.event_type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.error_code === undefined){const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.event_type === undefined) && (missing1 = "event_type")){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {if(data.event_type !== undefined){if("signal.timeout" !== data.event_type){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.error_code === undefined){const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.event_type === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.timestamp === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.tenant_id === undefined){const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenant_id"},message:"must have required property '"+"tenant_id"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.job_id === undefined){const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.surface === undefined){const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "surface"},message:"must have required property '"+"surface"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.ttfs_ms === undefined){const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ttfs_ms"},message:"must have required property '"+"ttfs_ms"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key0 in data){if(!(func1.call(schema62.properties, key0))){const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.schema_version !== undefined){let data2 = data.schema_version;if(typeof data2 === "string"){if(!pattern11.test(data2)){const err16 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.event_type !== undefined){let data3 = data.event_type;if(typeof data3 !== "string"){const err18 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!((((((data3 === "signal.start") || (data3 === "signal.rendered")) || (data3 === "signal.timeout")) || (data3 === "signal.error")) || (data3 === "signal.cache_hit")) || (data3 === "signal.cold_start"))){const err19 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/enum",keyword:"enum",params:{allowedValues: schema62.properties.event_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.timestamp !== undefined){let data4 = data.timestamp;if(typeof data4 === "string"){if(!(formats0.validate(data4))){const err20 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.tenant_id !== undefined){let data5 = data.tenant_id;if(typeof data5 === "string"){if(func3(data5) < 1){const err22 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.job_id !== undefined){let data6 = data.job_id;if(typeof data6 === "string"){if(!(formats6.test(data6))){const err24 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.run_id !== undefined){let data7 = data.run_id;if((typeof data7 !== "string") && (data7 !== null)){const err26 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: schema62.properties.run_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data7 === "string"){if(!(formats6.test(data7))){const err27 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.correlation_id !== undefined){let data8 = data.correlation_id;if((typeof data8 !== "string") && (data8 !== null)){const err28 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: schema62.properties.correlation_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.surface !== undefined){let data9 = data.surface;if(typeof data9 !== "string"){const err29 = {instancePath:instancePath+"/surface",schemaPath:"#/properties/surface/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(!(((data9 === "ui") || (data9 === "cli")) || (data9 === "ci"))){const err30 = {instancePath:instancePath+"/surface",schemaPath:"#/properties/surface/enum",keyword:"enum",params:{allowedValues: schema62.properties.surface.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.ttfs_ms !== undefined){let data10 = data.ttfs_ms;if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){const err31 = {instancePath:instancePath+"/ttfs_ms",schemaPath:"#/properties/ttfs_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(typeof data10 == "number"){if(data10 < 0 || isNaN(data10)){const err32 = {instancePath:instancePath+"/ttfs_ms",schemaPath:"#/properties/ttfs_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data.cache_hit !== undefined){if(typeof data.cache_hit !== "boolean"){const err33 = {instancePath:instancePath+"/cache_hit",schemaPath:"#/properties/cache_hit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.signal_source !== undefined){let data12 = data.signal_source;if((typeof data12 !== "string") && (data12 !== null)){const err34 = {instancePath:instancePath+"/signal_source",schemaPath:"#/properties/signal_source/type",keyword:"type",params:{type: schema62.properties.signal_source.type},message:"must be string,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!((((data12 === "snapshot") || (data12 === "cold_start")) || (data12 === "failure_index")) || (data12 === null))){const err35 = {instancePath:instancePath+"/signal_source",schemaPath:"#/properties/signal_source/enum",keyword:"enum",params:{allowedValues: schema62.properties.signal_source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.kind !== undefined){let data13 = data.kind;if((typeof data13 !== "string") && (data13 !== null)){const err36 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: schema62.properties.kind.type},message:"must be string,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!(((((((((data13 === "queued") || (data13 === "started")) || (data13 === "phase")) || (data13 === "blocked")) || (data13 === "failed")) || (data13 === "succeeded")) || (data13 === "canceled")) || (data13 === "unavailable")) || (data13 === null))){const err37 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema62.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.phase !== undefined){let data14 = data.phase;if((typeof data14 !== "string") && (data14 !== null)){const err38 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: schema62.properties.phase.type},message:"must be string,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!((((((((data14 === "resolve") || (data14 === "fetch")) || (data14 === "restore")) || (data14 === "analyze")) || (data14 === "policy")) || (data14 === "report")) || (data14 === "unknown")) || (data14 === null))){const err39 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema62.properties.phase.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.network_state !== undefined){let data15 = data.network_state;if((typeof data15 !== "string") && (data15 !== null)){const err40 = {instancePath:instancePath+"/network_state",schemaPath:"#/properties/network_state/type",keyword:"type",params:{type: schema62.properties.network_state.type},message:"must be string,null"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.device !== undefined){let data16 = data.device;if((typeof data16 !== "string") && (data16 !== null)){const err41 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: schema62.properties.device.type},message:"must be string,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.release !== undefined){let data17 = data.release;if((typeof data17 !== "string") && (data17 !== null)){const err42 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/type",keyword:"type",params:{type: schema62.properties.release.type},message:"must be string,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.trace_id !== undefined){let data18 = data.trace_id;if((typeof data18 !== "string") && (data18 !== null)){const err43 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: schema62.properties.trace_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(typeof data18 === "string"){if(!pattern12.test(data18)){const err44 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{32}$"},message:"must match pattern \""+"^[a-f0-9]{32}$"+"\""};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data.span_id !== undefined){let data19 = data.span_id;if((typeof data19 !== "string") && (data19 !== null)){const err45 = {instancePath:instancePath+"/span_id",schemaPath:"#/properties/span_id/type",keyword:"type",params:{type: schema62.properties.span_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(typeof data19 === "string"){if(!pattern13.test(data19)){const err46 = {instancePath:instancePath+"/span_id",schemaPath:"#/properties/span_id/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{16}$"},message:"must match pattern \""+"^[a-f0-9]{16}$"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data.error_code !== undefined){let data20 = data.error_code;if((typeof data20 !== "string") && (data20 !== null)){const err47 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: schema62.properties.error_code.type},message:"must be string,null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.error_message !== undefined){let data21 = data.error_message;if((typeof data21 !== "string") && (data21 !== null)){const err48 = {instancePath:instancePath+"/error_message",schemaPath:"#/properties/error_message/type",keyword:"type",params:{type: schema62.properties.error_message.type},message:"must be string,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.slo_target_ms !== undefined){let data22 = data.slo_target_ms;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (data22 !== null)){const err49 = {instancePath:instancePath+"/slo_target_ms",schemaPath:"#/properties/slo_target_ms/type",keyword:"type",params:{type: schema62.properties.slo_target_ms.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err50 = {instancePath:instancePath+"/slo_target_ms",schemaPath:"#/properties/slo_target_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data.slo_breach !== undefined){if(typeof data.slo_breach !== "boolean"){const err51 = {instancePath:instancePath+"/slo_breach",schemaPath:"#/properties/slo_breach/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.is_offline_mode !== undefined){if(typeof data.is_offline_mode !== "boolean"){const err52 = {instancePath:instancePath+"/is_offline_mode",schemaPath:"#/properties/is_offline_mode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.metadata !== undefined){let data25 = data.metadata;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){}else {const err53 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}validate45.errors = vErrors;return errors === 0;}validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c11 = validate46;const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"path-trace/v1","type":"object","required":["schema_version","samples","engine_support","note","requested_sample_size"],"properties":{"schema_version":{"const":"path-trace/v1"},"samples":{"type":"array","maxItems":0},"engine_support":{"const":"aggregate_only"},"note":{"const":"Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals."},"requested_sample_size":{"type":"integer","minimum":0}},"additionalProperties":true};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate46.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.samples === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "samples"},message:"must have required property '"+"samples"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.engine_support === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "engine_support"},message:"must have required property '"+"engine_support"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.note === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.requested_sample_size === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_sample_size"},message:"must have required property '"+"requested_sample_size"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.schema_version !== undefined){if("path-trace/v1" !== data.schema_version){const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "path-trace/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.samples !== undefined){let data1 = data.samples;if(Array.isArray(data1)){if(data1.length > 0){const err6 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.engine_support !== undefined){if("aggregate_only" !== data.engine_support){const err8 = {instancePath:instancePath+"/engine_support",schemaPath:"#/properties/engine_support/const",keyword:"const",params:{allowedValue: "aggregate_only"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.note !== undefined){if("Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals." !== data.note){const err9 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/const",keyword:"const",params:{allowedValue: "Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals."},message:"must be equal to constant"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.requested_sample_size !== undefined){let data4 = data.requested_sample_size;if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){const err10 = {instancePath:instancePath+"/requested_sample_size",schemaPath:"#/properties/requested_sample_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err11 = {instancePath:instancePath+"/requested_sample_size",schemaPath:"#/properties/requested_sample_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate46.errors = vErrors;return errors === 0;}validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
  return {
    "disagg-event-record/v1": exports.c0,
    "disagg-status/v1": exports.c1,
    "inferguard-analyze/v1": exports.c2,
    "inferguard-config/v1": exports.c3,
    "inferguard-cost/v1": exports.c4,
    "inferguard-gates/v1": exports.c5,
    "inferguard-pr-context/v1": exports.c6,
    "inferguard-report-diff/v1": exports.c7,
    "inferguard-results/v1": exports.c8,
    "inferguard-timeline/v1": exports.c9,
    "inferguard-ttfs-event/v1": exports.c10,
    "path-trace/v1": exports.c11,
  };
}

;// CONCATENATED MODULE: ./src/schemas/validate.ts
/**
 * The one validator module: every JSON contract we read or write is checked here, against the
 * schema files in `schemas/` (JSON Schema 2020-12, ajv + ajv-formats). The validators are
 * precompiled by scripts/gen-validators.mjs (ajv standalone code, the same options:
 * `allErrors`, `strict: false`, ajv-formats) into ./compiled/validators.js, so a run neither
 * loads the ajv compiler nor compiles a schema. Each contract's schema is checked against the
 * hash the validator was generated from (once, on first use): a schema edited without
 * regenerating fails loudly instead of being validated against the old one.
 */
















/** A schema as its contract: a foreign `$id` dropped (as scripts/gen-validators.mjs does). */
function contract(schema) {
    const { $id: _id, ...rest } = schema;
    return rest;
}
/**
 * Every contract, by name (`schemas/<name>-v1.schema.json` is `<name>/v1`): the one static table.
 * test/schemas/compiled-validators.test.ts checks it lists every file of schemas/.
 */
const SCHEMAS = {
    'disagg-status/v1': disagg_status_v1_schema_namespaceObject,
    'path-trace/v1': path_trace_v1_schema_namespaceObject,
    'inferguard-timeline/v1': inferguard_timeline_v1_schema_namespaceObject,
    'inferguard-analyze/v1': inferguard_analyze_v1_schema_namespaceObject,
    'inferguard-cost/v1': inferguard_cost_v1_schema_namespaceObject,
    'disagg-event-record/v1': disagg_event_record_v1_schema_namespaceObject,
    'inferguard-report-diff/v1': contract(inferguard_report_diff_v1_schema_namespaceObject),
    'inferguard-gates/v1': contract(inferguard_gates_v1_schema_namespaceObject),
    'inferguard-config/v1': contract(inferguard_config_v1_schema_namespaceObject),
    'inferguard-ttfs-event/v1': contract(inferguard_ttfs_event_v1_schema_namespaceObject),
    'inferguard-pr-context/v1': contract(inferguard_pr_context_v1_schema_namespaceObject),
    'inferguard-results/v1': contract(inferguard_results_v1_schema_namespaceObject),
};
const extraSchemas = new Map();
/** Replaces or adds a contract's schema (tests only: a stale or unknown schema must fail loudly). */
function registerContract(name, schema) {
    extraSchemas.set(name, schema);
    checked.delete(name);
}
/** The contracts of the static table, sorted. */
function contractNames() {
    return Object.keys(SCHEMAS).sort();
}
// CommonJS modules: the default export arrives wrapped (or not) depending on the bundler/loader.
const validate_ucs2length = typeof ucs2length/* default */.A === 'function'
    ? ucs2length/* default */.A
    : ucs2length/* default.default */.A["default"];
const validate_formats = formats.fullFormats
    ? formats
    : formats["default"];
const RUNTIME = {
    'ajv/dist/runtime/ucs2length': { default: validate_ucs2length },
    'ajv-formats/dist/formats': validate_formats,
};
let precompiled = null;
/** Contracts whose schema was checked against the precompiled validator's hash. */
const checked = new Set();
/** The (precompiled) validator of a contract; exported for the tests. */
function validatorOf(name) {
    const schema = extraSchemas.get(name) ?? SCHEMAS[name];
    if (!schema)
        throw new Error(`unknown contract '${name}'`);
    if (!checked.has(name)) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(schema)).digest('hex');
        if (SCHEMA_HASHES[name] !== hash) {
            throw new Error(`the precompiled validator of '${name}' does not match its schema: run \`npm run gen:validators\``);
        }
        checked.add(name);
    }
    precompiled ??= createValidators((id) => {
        if (!(id in RUNTIME))
            throw new Error(`precompiled validators: unknown module '${id}'`);
        return RUNTIME[id];
    });
    const v = precompiled[name];
    if (!v)
        throw new Error(`no precompiled validator for '${name}': run \`npm run gen:validators\``);
    return v;
}
/** Validates `value` against the named contract; errors are "path: message" strings (max 20). */
function validateContract(name, value) {
    const v = validatorOf(name);
    if (v(value))
        return { ok: true };
    return { ok: false, errors: formatErrors(v.errors ?? []) };
}
function formatErrors(errors) {
    return errors.slice(0, 20).map((e) => {
        const where = e.instancePath === '' ? '(root)' : e.instancePath;
        const extra = e.keyword === 'enum' && Array.isArray(e.params.allowedValues)
            ? ` (${e.params.allowedValues.join(', ')})`
            : e.keyword === 'additionalProperties'
                ? ` '${e.params.additionalProperty}'`
                : '';
        return `${where}: ${e.message ?? e.keyword}${extra}`;
    });
}
/** Throws with a one-line message when `value` does not satisfy the contract. */
function assertContract(name, value, what) {
    const r = validateContract(name, value);
    if (!r.ok)
        throw new Error(`${what} does not satisfy ${name}: ${r.errors.slice(0, 3).join('; ')}`);
}


/***/ }),

/***/ 7354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ KEY_SCAN_MAX_BYTES),
/* harmony export */   JS: () => (/* binding */ describeParsed),
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   Ui: () => (/* binding */ describeHead),
/* harmony export */   VA: () => (/* binding */ parseJsonLenient),
/* harmony export */   bm: () => (/* binding */ describeWhole),
/* harmony export */   li: () => (/* binding */ WHOLE_READ_BYTES),
/* harmony export */   xV: () => (/* binding */ hasKeys),
/* harmony export */   xp: () => (/* binding */ TopKeyScanner),
/* harmony export */   yr: () => (/* binding */ hasAnyKey)
/* harmony export */ });
/**
 * Looks at a file for recognition (docs/ARCHITECTURE.md "Recognition"): the first bytes, what
 * kind of text they are, and the top-level keys of a JSON object (or of the first object of an
 * array or JSONL file). A file up to WHOLE_READ_BYTES is read whole (one parse, handed on to the
 * JSON read), so every top-level key is seen wherever it stands (SGLang's bench_serving writes a
 * 20-50 KB `server_info` before `duration` and `completed`); a larger file gets a streaming scan
 * of its first object's top-level keys (TopKeyScanner), at most KEY_SCAN_MAX_BYTES, never a parse.
 */
/** Bytes of `text` (and of the shape sniff): sniffs that match text look at the first 16 KiB. */
const HEAD_BYTES = 16 * 1024;
/**
 * Files up to this size are read whole for recognition: parsed once (the parse is kept for the
 * JSON read that follows) or, when they do not parse (JSONL, Python's NaN literals), scanned.
 */
const WHOLE_READ_BYTES = 4 * 1024 * 1024;
/** Bytes a streaming key scan of a larger file reads at most before it gives up on the object's end. */
const KEY_SCAN_MAX_BYTES = 256 * 1024 * 1024;
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });
/** Builds a FileHead from the first bytes of a file. */
function describeHead(bytes, truncated) {
    if (bytes.length === 0)
        return { text: '', truncated: false, shape: 'empty', keys: [] };
    if (bytes.subarray(0, 4096).indexOf(0) >= 0)
        return { text: '', truncated, shape: 'binary', keys: [] };
    let text = utf8Lenient.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (truncated && text.endsWith('\ufffd'))
        text = text.slice(0, -1);
    const t = text.trimStart();
    if (t === '')
        return { text, truncated, shape: 'empty', keys: [] };
    if (t[0] === '{') {
        // One object per line (JSONL) when the first line closes an object and another follows.
        const nl = t.indexOf('\n');
        const first = nl < 0 ? t : t.slice(0, nl);
        const rest = nl < 0 ? '' : t.slice(nl + 1).trimStart();
        const jsonl = rest.startsWith('{') && closesAt(first) === first.trimEnd().length;
        return { text, truncated, shape: jsonl ? 'jsonl' : 'json-object', keys: objectKeys(t, 0) };
    }
    if (t[0] === '[' && JSON_ARRAY_START.test(t)) {
        const open = t.indexOf('{');
        const before = open < 0 ? t : t.slice(1, open);
        const keys = open >= 0 && /^\s*$/.test(before) ? objectKeys(t, open) : [];
        return { text, truncated, shape: 'json-array', keys };
    }
    const firstLine = t.slice(0, Math.max(0, t.indexOf('\n'))) || t;
    if (looksLikeCsvHeader(firstLine))
        return { text, truncated, shape: 'csv', keys: [] };
    return { text, truncated, shape: 'text', keys: [] };
}
/**
 * A JSON array's start: `[` then a value (`[TensorRT-LLM]`, `[12/06/2025-10:00:00] [I]` and other
 * bracketed log prefixes are text).
 */
const JSON_ARRAY_START = /^\[\s*(?:$|[[{"\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*(?:$|[,\]])|(?:true|false|null)\s*(?:$|[,\]]))/;
/**
 * A CSV header line: comma-separated names, no JSON braces (MLPerf's `:::MLLOG {"key": …}` lines
 * have commas too, inside a JSON object).
 */
function looksLikeCsvHeader(line) {
    return /^[^,\n]+(,[^,\n]*)+\r?$/.test(line) && !line.includes('{') && !line.startsWith(':::');
}
/**
 * The FileHead of a whole file read for recognition that did not parse as one JSON document
 * (JSONL, Python's NaN literals, text, CSV): shape from the first bytes, keys from a scan of the
 * whole first object, `text` cut to the head.
 */
function describeWhole(bytes) {
    const h = describeHead(bytes, false);
    return h.text.length > HEAD_BYTES ? { ...h, text: cutToHead(h.text), truncated: true } : h;
}
function cutToHead(text) {
    if (text.length <= HEAD_BYTES)
        return text;
    const cut = text.slice(0, HEAD_BYTES);
    // Never end on the first half of a surrogate pair.
    const last = cut.charCodeAt(cut.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
/**
 * The FileHead of a whole file already parsed (`text`: its decoded text, BOM removed): the head
 * describeHead gives, its keys read off the parse instead of scanned (all top-level keys), `text`
 * cut to the head. Null when the parse cannot stand in for the scan: a root that is not an object
 * or array, or a digit-only key (JSON.parse moves those first, the scan keeps file order).
 */
function describeParsed(text, value) {
    if (value === null || typeof value !== 'object')
        return null;
    const truncated = text.length > HEAD_BYTES;
    const head = cutToHead(text);
    if (Array.isArray(value)) {
        const first = value[0];
        const keys = first !== null && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : [];
        return keys.some(isDigits) ? null : { text: head, truncated, shape: 'json-array', keys };
    }
    const keys = Object.keys(value);
    return keys.some(isDigits) ? null : { text: head, truncated, shape: 'json-object', keys };
}
/** A key longer than this is not collected by TopKeyScanner (no result format has one). */
const MAX_KEY_CHARS = 4096;
/**
 * Streaming scan of the top-level keys of the first JSON object in a text fed in chunks (a file
 * too large to read whole for recognition): `push` each decoded chunk until `done` (the object
 * closed). Keys in file order, as objectKeys gives them; nothing is parsed or kept but the keys.
 */
class TopKeyScanner {
    keys = [];
    /** True once the first object has closed. */
    done = false;
    depth = 0;
    inStr = false;
    esc = false;
    expectKey = false;
    collecting = false;
    buf = '';
    pending = null;
    push(chunk) {
        let start = 0;
        for (let i = 0; i < chunk.length && !this.done; i++) {
            const c = chunk.charCodeAt(i);
            if (this.inStr) {
                if (this.esc)
                    this.esc = false;
                else if (c === 92)
                    this.esc = true;
                else if (c === 34) {
                    this.inStr = false;
                    if (this.collecting) {
                        this.buf += chunk.slice(start, i);
                        this.collecting = false;
                        this.pending = this.buf.length <= MAX_KEY_CHARS ? this.buf : null;
                        this.buf = '';
                    }
                }
                continue;
            }
            if (this.pending !== null) {
                if (c === 58) {
                    const raw = this.pending;
                    this.keys.push(raw.includes('\\') ? safeUnescape(raw) : raw);
                    this.pending = null;
                    this.expectKey = false;
                    continue;
                }
                if (c === 32 || c === 9 || c === 10 || c === 13)
                    continue;
                this.pending = null;
            }
            if (c === 34) {
                this.inStr = true;
                if (this.depth === 1 && this.expectKey) {
                    this.collecting = true;
                    this.buf = '';
                    start = i + 1;
                }
            }
            else if (c === 123 || c === 91) {
                this.depth++;
                if (this.depth === 1)
                    this.expectKey = c === 123;
            }
            else if (c === 125 || c === 93) {
                this.depth--;
                if (this.depth <= 0)
                    this.done = true;
            }
            else if (c === 44 && this.depth === 1)
                this.expectKey = true;
            else if (this.depth === 0 && !(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff))
                this.done = true;
        }
        if (this.collecting && !this.done) {
            this.buf += chunk.slice(start);
            if (this.buf.length > MAX_KEY_CHARS)
                this.buf = this.buf.slice(0, MAX_KEY_CHARS + 1);
        }
    }
}
function isDigits(k) {
    const c = k.charCodeAt(0);
    return c >= 48 && c <= 57 && /^\d+$/.test(k);
}
/** Index just after the object that starts at 0 in `s` closes, or -1 when it does not close in `s`. */
function closesAt(s) {
    let depth = 0;
    let inStr = false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (inStr) {
            if (c === 92)
                i++;
            else if (c === 34)
                inStr = false;
        }
        else if (c === 34)
            inStr = true;
        else if (c === 123 || c === 91)
            depth++;
        else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
/** Keys at depth 1 of the object opening at `start`, as far as `text` goes. */
function objectKeys(text, start) {
    const keys = [];
    let depth = 0;
    let expectKey = false;
    for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            // a string: find its end
            let j = i + 1;
            while (j < text.length && text.charCodeAt(j) !== 34)
                j += text.charCodeAt(j) === 92 ? 2 : 1;
            if (j >= text.length)
                break;
            if (depth === 1 && expectKey) {
                let k = j + 1;
                while (k < text.length && /\s/.test(text[k]))
                    k++;
                if (text[k] === ':') {
                    const raw = text.slice(i + 1, j);
                    keys.push(raw.includes('\\') ? safeUnescape(raw) : raw);
                    expectKey = false;
                }
            }
            i = j;
        }
        else if (c === 123 || c === 91) {
            depth++;
            if (depth === 1)
                expectKey = true;
        }
        else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0)
                break;
        }
        else if (c === 44 && depth === 1)
            expectKey = true;
    }
    return keys;
}
function safeUnescape(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}
/** True when every key is among the head's keys. */
function hasKeys(head, ...keys) {
    return keys.every((k) => head.keys.includes(k));
}
/** True when at least one key is among the head's keys. */
function hasAnyKey(head, ...keys) {
    return keys.some((k) => head.keys.includes(k));
}
/**
 * JSON.parse that also takes the non-standard literals Python's json module writes
 * (`NaN`, `Infinity`, `-Infinity`; SGLang and lm-eval results carry them): outside strings they
 * become `null`, `"inf"`, `"-inf"` (toNumber reads neither as a number; request rates read "inf").
 */
function parseJsonLenient(text) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        if (!/NaN|Infinity/.test(text))
            throw e;
    }
    let out = '';
    let last = 0;
    let inStr = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inStr) {
            if (c === 92)
                i++;
            else if (c === 34)
                inStr = false;
            continue;
        }
        if (c === 34) {
            inStr = true;
            continue;
        }
        let lit = null;
        let rep = '';
        if (c === 78 && text.startsWith('NaN', i)) {
            lit = 'NaN';
            rep = 'null';
        }
        else if (c === 73 && text.startsWith('Infinity', i)) {
            lit = 'Infinity';
            rep = '"inf"';
        }
        else if (c === 45 && text.startsWith('-Infinity', i)) {
            lit = '-Infinity';
            rep = '"-inf"';
        }
        if (lit !== null) {
            out += text.slice(last, i) + rep;
            i += lit.length - 1;
            last = i + 1;
        }
    }
    return JSON.parse(out + text.slice(last));
}


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   LH: () => (/* binding */ unknownCounts),
/* harmony export */   YT: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.YT),
/* harmony export */   b_: () => (/* binding */ perContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
