export const id = 454;
export const ids = [454];
export const modules = {

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ familyKey),
/* harmony export */   Tk: () => (/* binding */ topologyKey),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   gL: () => (/* binding */ emptyIdentity),
/* harmony export */   nD: () => (/* binding */ identityKeyObject),
/* harmony export */   ub: () => (/* binding */ mergeKey),
/* harmony export */   v3: () => (/* binding */ deploymentKey)
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
/**
 * What a deployment is not: the load point and the workload (concurrency, isl/osl, a QPS sweep's
 * request rate, a bench's settings beyond the point). Everything else of the key (hardware,
 * model, engine, precision, parallelism, server settings, labels) is the deployment.
 */
const WORKLOAD_FIELDS = ['concurrency', 'isl', 'osl'];
const WORKLOAD_TOPOLOGY = ['request_rate', 'bench_config'];
/**
 * Identity minus load point and workload: cells sharing it run on one deployment (hardware ×
 * engine × configuration), whose noise level and node are theirs, not another deployment's
 * (compare's deployment factor, run effects and sweep test are per deployment).
 */
function deploymentKey(identity, topology) {
    const o = identityKeyObject(identity, topology);
    for (const f of WORKLOAD_FIELDS)
        delete o[f];
    const topo = { ...o.topology };
    for (const f of WORKLOAD_TOPOLOGY)
        delete topo[f];
    o.topology = topo;
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
/* harmony export */   sl: () => (/* binding */ cellKey),
/* harmony export */   ts: () => (/* binding */ cellDeploymentKey)
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
/** A key of a cell, memoised per cell object. */
function memoised(of) {
    const memo = new WeakMap();
    return (c) => {
        let k = memo.get(c);
        if (k === undefined) {
            k = of(c, c.topology ?? {});
            memo.set(c, k);
        }
        return k;
    };
}
/** identityKey of a cell (memoised per cell object). */
const cellKey = memoised(_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKey */ .US);
/** familyKey of a cell (memoised per cell object). */
const cellFamilyKey = memoised(_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .familyKey */ .Q5);
/** deploymentKey of a cell (memoised per cell object). */
const cellDeploymentKey = memoised(_cells_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentKey */ .v3);
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

/**
 * Cells per identity key, in run order (report order, then cell_id). With `ids`, each cell's run
 * of the sweep: `<report index>/<repeat>` (the repeat: how many cells of the same key came before
 * it in that report), so the runs of different cells that ran together share an id.
 */
function groupRuns(reports, ids) {
    const out = new Map();
    reports.forEach((r, ri) => {
        const cells = [...(Array.isArray(r.cells) ? r.cells : [])].sort((a, b) => a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0);
        const repeats = new Map();
        for (const c of cells) {
            const k = (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .cellKey */ .sl)(c);
            const list = out.get(k);
            if (list)
                list.push(c);
            else
                out.set(k, [c]);
            if (ids) {
                const rep = repeats.get(k) ?? 0;
                repeats.set(k, rep + 1);
                ids.set(c, `${ri}/${rep}`);
            }
        }
    });
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

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   WQ: () => (/* binding */ formatTokensPerSec),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   lA: () => (/* binding */ formatSignedPct),
/* harmony export */   t0: () => (/* binding */ formatSignedPoints),
/* harmony export */   td: () => (/* binding */ formatPValue),
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
/** A signed relative change: one decimal below 10%, whole percent above; U+2212 for minus ("+12%", "−3.4%", "0%"). */
function formatSignedPct(v) {
    if (v === null || !Number.isFinite(v))
        return DASH;
    const a = Math.abs(v) * 100;
    const s = a >= 10 ? a.toFixed(0) : a.toFixed(1);
    if (Number(s) === 0)
        return '0%';
    return v > 0 ? `+${s}%` : `−${s}%`;
}
/** A signed change of a fraction in percentage points, U+2212 for minus ("+1.5 pt", "0 pt"). */
function formatSignedPoints(v) {
    if (v === null || !Number.isFinite(v))
        return DASH;
    const s = (Math.abs(v) * 100).toFixed(1);
    if (Number(s) === 0)
        return '0 pt';
    return `${v > 0 ? '+' : '−'}${s} pt`;
}
/** A signed absolute change with `digits` decimals, U+2212 for minus (an eval score's "+0.0123"). */
function formatSigned(v, digits) {
    if (v === null || !Number.isFinite(v))
        return DASH;
    const s = Math.abs(v).toFixed(digits);
    if (Number(s) === 0)
        return s;
    return `${v > 0 ? '+' : '−'}${s}`;
}
/** A p- or q-value: two significant digits, exponent form below 1e-4 ("0.031", "3.2e-6"). */
function formatPValue(p) {
    if (p === null)
        return DASH;
    if (p === 0)
        return '0';
    return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}


/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   Ln: () => (/* binding */ LATENCY_STATS),
/* harmony export */   R: () => (/* binding */ metricInfo),
/* harmony export */   aV: () => (/* binding */ EVAL_SCORE_RE),
/* harmony export */   e4: () => (/* binding */ NOISE_BAND_DEFAULTS),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   j3: () => (/* binding */ evalScoreNames),
/* harmony export */   yE: () => (/* binding */ LATENCY_BASES)
/* harmony export */ });
/* unused harmony exports latencyKey, DIRECTIONS, UNIT_FORMATTERS */
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


/***/ })

};
