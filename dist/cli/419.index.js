export const id = 419;
export const ids = [419];
export const modules = {

/***/ 419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdComment: () => (/* binding */ cmdComment),
  cmdCompare: () => (/* binding */ cmdCompare)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cli-args.ts + 1 modules
var cli_args = __webpack_require__(3835);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
;// CONCATENATED MODULE: ./schemas/inferguard-report-diff-v1.schema.json
const inferguard_report_diff_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-report-diff/v1","description":"compare.json: a head inferguard-analyze/v1 report compared against a base one. Contract policy: schema_version first; within v1 field names and meanings are stable; fields may be added without a version change; consumers must ignore unknown fields. Ordering guarantees are in docs/COMPARE.md.","type":"object","required":["schema_version","base","head","settings","counts","verdict","cells","findings"],"properties":{"schema_version":{"const":"inferguard-report-diff/v1"},"base":{"$ref":"#/$defs/report_ref"},"head":{"$ref":"#/$defs/report_ref"},"settings":{"type":"object","required":["alpha","min_effect_size","method","bootstrap_iterations","seed","min_samples","noise_bands","eval_min_drop"],"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_effect_size":{"type":"number","minimum":0},"method":{"enum":["mann_whitney","bootstrap"]},"bootstrap_iterations":{"type":"integer","minimum":1},"seed":{"type":"integer"},"min_samples":{"type":"integer","minimum":1},"noise_bands":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"eval_min_drop":{"type":"number","minimum":0}},"additionalProperties":true},"counts":{"type":"object","required":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data","total","tests"],"properties":{"regressed":{"type":"integer","minimum":0},"improved":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"incomparable":{"type":"integer","minimum":0},"insufficient_data":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"tests":{"type":"integer","minimum":0}},"additionalProperties":true},"verdict":{"$ref":"#/$defs/regression_verdict"},"cells":{"type":"array","items":{"$ref":"#/$defs/cell_diff"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"additionalProperties":true,"$defs":{"report_ref":{"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true},"identity":{"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true},"metric_comparison":{"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict\'s comparisons."}},"additionalProperties":true},"regression_verdict":{"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"}},"additionalProperties":true},"cell_diff":{"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]},"finding":{"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}}');
// EXTERNAL MODULE: ./src/schemas/validate.ts + 7 modules
var validate = __webpack_require__(7480);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/core/compare/catalogue.ts
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
const LATENCY = [
    { base: 'ttft', key: 'ttft_s' },
    { base: 'tpot', key: 'tpot_s' },
    { base: 'itl', key: 'itl_s' },
    { base: 'e2el', key: 'e2el_s' },
];
function latencyDefs() {
    const out = [];
    for (const { base, key } of LATENCY) {
        for (const p of [50, 99]) {
            const name = `p${p}_${base}`;
            out.push({
                metric: name,
                kind: 'latency',
                unit: 's',
                direction: metrics/* METRICS */.Cb[name]?.direction ?? 'lower_is_better',
                band: 'latency',
                get: metric(name),
                sample: { key, stat: { kind: 'percentile', p } },
            });
        }
    }
    return out;
}
const COMPARE_METRICS = [
    {
        metric: 'success_rate',
        kind: 'completion',
        unit: 'fraction',
        direction: 'higher_is_better',
        band: 'success_rate',
        get: (c) => finite(c.completion?.success_rate),
    },
    {
        metric: 'completed_requests',
        kind: 'completion',
        unit: 'count',
        direction: 'neutral',
        band: null,
        get: (c) => finite(c.completion?.num_requests_successful),
    },
    {
        metric: 'completed_sessions',
        kind: 'completion',
        unit: 'count',
        direction: 'neutral',
        band: null,
        get: (c) => finite(c.completion?.sessions_completed),
    },
    {
        metric: 'tput_per_gpu',
        kind: 'throughput',
        unit: 'tok/s/GPU',
        direction: 'higher_is_better',
        band: 'throughput',
        get: metric('tput_per_gpu'),
    },
    {
        metric: 'output_tput_per_gpu',
        kind: 'throughput',
        unit: 'tok/s/GPU',
        direction: 'higher_is_better',
        band: 'throughput',
        get: metric('output_tput_per_gpu'),
    },
    ...latencyDefs(),
    {
        metric: 'compute_cost',
        kind: 'cost',
        unit: 'currency',
        direction: 'neutral',
        band: null,
        get: cost('compute_cost'),
    },
    {
        metric: 'cost_per_completed_request',
        kind: 'cost',
        unit: 'currency',
        direction: 'lower_is_better',
        band: 'cost',
        get: cost('cost_per_completed_request'),
    },
    {
        metric: 'cost_per_completed_session',
        kind: 'cost',
        unit: 'currency',
        direction: 'lower_is_better',
        band: 'cost',
        get: cost('cost_per_completed_session'),
    },
    {
        metric: 'cost_per_million_input_tokens',
        kind: 'cost',
        unit: 'currency',
        direction: 'lower_is_better',
        band: 'cost',
        get: cost('cost_per_million_input_tokens'),
    },
    {
        metric: 'cost_per_million_output_tokens',
        kind: 'cost',
        unit: 'currency',
        direction: 'lower_is_better',
        band: 'cost',
        get: cost('cost_per_million_output_tokens'),
    },
];
/** `eval_<task>_score` metric names present in either cell, sorted. */
function evalScoreNames(a, b) {
    const names = new Set();
    for (const c of [a, b]) {
        if (!c)
            continue;
        for (const k of Object.keys(c.metrics ?? {}))
            if (k.startsWith('eval_') && /^eval_.+_score$/.test(k))
                names.add(k);
    }
    return [...names].sort();
}

// EXTERNAL MODULE: ./src/core/identity.ts
var identity = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/core/compare/match.ts
/**
 * Matching base and head cells. Cells match when their identity key (src/core/identity.ts:
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
        k = (0,identity/* identityKey */.US)(c, c.topology ?? {});
        keyMemo.set(c, k);
    }
    return k;
}
/** familyKey of a cell (memoised per cell object). */
function cellFamilyKey(c) {
    let k = familyMemo.get(c);
    if (k === undefined) {
        k = (0,identity/* familyKey */.Q5)(c, c.topology ?? {});
        familyMemo.set(c, k);
    }
    return k;
}
function looseKey(c) {
    const o = (0,identity/* identityKeyObject */.nD)(c, c.topology ?? {});
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
    const a = (0,identity/* identityKeyObject */.nD)(base, base.topology ?? {});
    const b = (0,identity/* identityKeyObject */.nD)(head, head.topology ?? {});
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

// EXTERNAL MODULE: ./src/core/thresholds.ts
var thresholds = __webpack_require__(7239);
;// CONCATENATED MODULE: ./src/core/compare/options.ts

/**
 * Noise bands used when only aggregates exist. Relative fractions of the base value, except
 * success_rate (absolute, in rate units: 0.01 = one percentage point). Defaults from the issue:
 * latency +10%, throughput −5%, cost +5%, success rate −1 point; run-to-run variation of
 * aggregate benchmark numbers on a quiet machine is usually a few percent.
 */
const DEFAULT_NOISE_BANDS = Object.freeze({
    latency: 0.1,
    throughput: 0.05,
    cost: 0.05,
    success_rate: 0.01,
});
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
    return {
        alpha: opts.alpha ?? DEFAULT_ALPHA,
        min_effect_size: opts.minEffectSize ?? DEFAULT_MIN_EFFECT_SIZE,
        method: opts.method ?? 'mann_whitney',
        bootstrap_iterations: opts.bootstrapIterations ?? DEFAULT_BOOTSTRAP_ITERATIONS,
        seed: opts.seed ?? DEFAULT_SEED,
        min_samples: opts.minSamples ?? DEFAULT_MIN_SAMPLES,
        noise_bands: sorted,
        eval_min_drop: opts.evalMinDrop ?? thresholds/* DEFAULT_THRESHOLDS */.J.eval_regression_min_drop,
    };
}
/** The `compare` config section (already schema-validated) plus thresholds → CompareOptions. */
function compareOptionsFromConfig(config) {
    const c = config.compare;
    const out = {
        evalMinDrop: config.thresholds.eval_regression_min_drop,
        tpotDegradationRatio: config.thresholds.tpot_degradation_ratio,
        prefixCacheDrop: config.thresholds.prefix_cache_drop,
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
    return out;
}

// EXTERNAL MODULE: ./src/core/stats.ts
var stats = __webpack_require__(8796);
;// CONCATENATED MODULE: ./src/core/compare/stats.ts
/**
 * Statistics for compare: the Mann-Whitney U test (tie-corrected normal approximation), a
 * percentile bootstrap of a quantile difference, Benjamini-Hochberg adjustment, and a seeded
 * PRNG. Pure and deterministic: same input and seed, same numbers.
 *
 * Inputs are SampleSketches (src/core/stats.ts): sorted order statistics of the real samples,
 * all of them when n ≤ 1001, else 1001 evenly spaced ones plus the true n. See docs/COMPARE.md.
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
/**
 * Mann-Whitney U test, two-sided, normal approximation with tie correction and continuity
 * correction (as R `wilcox.test(exact = FALSE, correct = TRUE)` and SciPy
 * `mannwhitneyu(method="asymptotic")`):
 *
 *   U_h = R_h − m_h(m_h+1)/2 (R_h = rank sum of head, mid-ranks for ties)
 *   σ²  = n_b·n_h·(N+1)/12 · (1 − Σ(t³−t)/(M³−M)),  N = n_b + n_h, M = sketch sizes summed
 *   z   = (|U − n_b·n_h/2| − ½)⁺ · sign / σ,  p = 2·(1 − Φ(|z|))
 *
 * When a sketch holds fewer values than the true n, U is estimated as AUC·n_b·n_h (the AUC of
 * the sketches approximates the sample AUC to about 1/1000) and σ uses the true n; the tie
 * factor is a fraction of the sketch, which a sketch preserves. With all samples present this is
 * exactly the textbook formula. Returns null when a side is empty or holds NaN.
 */
function mannWhitney(base, head) {
    const a = base.values;
    const b = head.values;
    const ma = a.length;
    const mb = b.length;
    if (ma === 0 || mb === 0)
        return null;
    const nb = Math.max(base.n, ma);
    const nh = Math.max(head.n, mb);
    // Merge the two sorted arrays, assigning mid-ranks to tie groups.
    let i = 0;
    let j = 0;
    let rank = 0;
    let rHead = 0;
    let tieSum = 0;
    while (i < ma || j < mb) {
        const va = i < ma ? a[i] : Infinity;
        const vb = j < mb ? b[j] : Infinity;
        const v = Math.min(va, vb);
        let ca = 0;
        let cb = 0;
        while (i < ma && a[i] === v) {
            ca++;
            i++;
        }
        while (j < mb && b[j] === v) {
            cb++;
            j++;
        }
        const t = ca + cb;
        // NaN (or an unsorted array) matches nothing: stop rather than loop forever; callers pass
        // cleaned, sorted sketches, so this only guards against misuse.
        if (t === 0)
            return null;
        const mid = rank + (t + 1) / 2;
        rHead += cb * mid;
        if (t > 1)
            tieSum += t * t * t - t;
        rank += t;
    }
    const uSketch = rHead - (mb * (mb + 1)) / 2;
    const auc = uSketch / (ma * mb);
    const approximate = nb !== ma || nh !== mb;
    const u = approximate ? auc * nb * nh : uSketch;
    const M = ma + mb;
    const N = nb + nh;
    const tieFactor = M > 1 ? 1 - tieSum / (M * M * M - M) : 0;
    const variance = ((nb * nh * (N + 1)) / 12) * tieFactor;
    if (!(variance > 0))
        return { u, auc, z: 0, p_value: 1, n_base: nb, n_head: nh, approximate };
    const d = u - (nb * nh) / 2;
    const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
    return { u, auc, z, p_value: twoSidedNormalP(z), n_base: nb, n_head: nh, approximate };
}
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
/** 32-bit FNV-1a hash of a string (for deriving per-test PRNG streams from a seed). */
function hash32(s) {
    let h = 0x811c9dc5;
    for (let k = 0; k < s.length; k++) {
        h ^= s.charCodeAt(k);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
function mulberry32(seed) {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function statOfSorted(sorted, stat) {
    const n = sorted.length;
    if (n === 0)
        return null;
    if (stat.kind === 'percentile')
        return (0,stats/* percentileSorted */.vS)(sorted, stat.p);
    let s = 0;
    for (let k = 0; k < n; k++)
        s += sorted[k];
    return s / n;
}
/**
 * Percentile bootstrap of stat(head) − stat(base) (Efron & Tibshirani, An Introduction to the
 * Bootstrap, 1993, ch. 13 and §16.4 for the test): each iteration resamples every side with
 * replacement (as many draws as the sketch holds; a compressed sketch therefore gives a wider,
 * conservative interval), recomputes the statistic, and records the difference.
 */
function bootstrapDifference(base, head, stat, iterations, alpha, random) {
    const a = base.values;
    const b = head.values;
    if (a.length === 0 || b.length === 0)
        return null;
    const d0 = statOfSorted(b, stat) - statOfSorted(a, stat);
    const diffs = new Float64Array(iterations);
    const bufA = new Float64Array(a.length);
    const bufB = new Float64Array(b.length);
    const draw = (src, buf) => {
        for (let k = 0; k < buf.length; k++)
            buf[k] = src[Math.floor(random() * src.length)];
        buf.sort();
        return statOfSorted(buf, stat);
    };
    let le = 0;
    let ge = 0;
    for (let it = 0; it < iterations; it++) {
        const d = draw(b, bufB) - draw(a, bufA);
        diffs[it] = d;
        if (d <= 0)
            le++;
        if (d >= 0)
            ge++;
    }
    diffs.sort();
    const lo = (0,stats/* percentileSorted */.vS)(diffs, (100 * alpha) / 2);
    const hi = (0,stats/* percentileSorted */.vS)(diffs, 100 * (1 - alpha / 2));
    const p = Math.min(1, (2 * (Math.min(le, ge) + 1)) / (iterations + 1));
    return { difference: d0, interval: [lo, hi], p_value: p, iterations };
}

;// CONCATENATED MODULE: ./src/core/compare/types.ts
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
    'informational',
    'none',
]));

;// CONCATENATED MODULE: ./src/core/compare/index.ts
/**
 * compareReports: two inferguard-analyze/v1 reports in, one inferguard-report-diff/v1 document
 * out (pure, deterministic). Cells are matched by identity (match.ts); each matched pair gets
 * per-metric comparisons (catalogue.ts) decided by a rank test or bootstrap when per-request
 * samples exist on both sides, by noise bands when only aggregates exist, and by the eval
 * standard error for eval scores; p-values are adjusted with Benjamini-Hochberg across every
 * test of the compare. Statistics and ordering are documented in docs/COMPARE.md.
 */












(0,validate/* registerContract */.g)(REPORT_DIFF_SCHEMA_VERSION, inferguard_report_diff_v1_schema_namespaceObject);
const DEFAULT_TPOT_DEGRADATION_RATIO = 1.5;
const DEFAULT_PREFIX_CACHE_DROP = 0.1;
function rel(base, head) {
    if (base === null || head === null || base === 0)
        return null;
    return (head - base) / Math.abs(base);
}
function worseSign(direction) {
    return direction === 'lower_is_better' ? 1 : direction === 'higher_is_better' ? -1 : 0;
}
function round(v, digits = 12) {
    if (v === null || !Number.isFinite(v))
        return null;
    return Number(v.toPrecision(digits));
}
/**
 * A sketch fit for testing: finite values, sorted ascending (a report from another tool may
 * break either), at least `min` samples. Returns a cleaned copy only when needed.
 */
function cleanSketch(s, min) {
    if (!s || !Array.isArray(s.values) || s.values.length === 0)
        return undefined;
    let ok = true;
    for (let i = 0; i < s.values.length; i++) {
        const v = s.values[i];
        if (typeof v !== 'number' || !Number.isFinite(v) || (i > 0 && v < s.values[i - 1])) {
            ok = false;
            break;
        }
    }
    const values = ok
        ? s.values
        : s.values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((x, y) => x - y);
    const n = ok && typeof s.n === 'number' && Number.isInteger(s.n) && s.n >= values.length ? s.n : values.length;
    if (values.length === 0 || n < min)
        return undefined;
    return ok ? s : { n, values };
}
function baseComparison(def, b, h) {
    return {
        metric: def.metric,
        kind: def.kind,
        unit: def.unit,
        direction: def.direction,
        base: round(b),
        head: round(h),
        delta: b !== null && h !== null ? round(h - b) : null,
        relative_delta: round(rel(b, h)),
        method: 'none',
        outcome: 'insufficient_data',
        p_value: null,
        q_value: null,
        interval: null,
        effect_size: null,
        threshold: null,
        n_base: null,
        n_head: null,
        confidence: null,
        note: '',
    };
}
function bandConfidence(excess, band) {
    // Heuristic (docs/COMPARE.md): 0.5 at the band edge, 1 at twice the band.
    if (band <= 0)
        return 1;
    return round(Math.min(1, 0.5 + (0.5 * (excess - band)) / band), 6);
}
function pctText(x) {
    return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
/** Noise-band decision on aggregates. */
function decideBand(c, band, bandName, absolute) {
    c.method = 'noise_band';
    c.threshold = { name: `noise_bands.${bandName}`, value: band, basis: absolute ? 'absolute' : 'relative' };
    const x = absolute ? c.delta : c.relative_delta;
    if (x === null) {
        if (c.base === 0 && c.head === 0) {
            c.outcome = 'unchanged';
            c.note = 'zero on both sides';
        }
        else {
            c.outcome = 'insufficient_data';
            c.note = 'base is zero: no relative change';
        }
        return;
    }
    const ws = worseSign(c.direction);
    if (Math.abs(x) > band && ws !== 0) {
        c.outcome = Math.sign(x) === ws ? 'regressed' : 'improved';
        c.confidence = bandConfidence(Math.abs(x), band);
        c.note = absolute
            ? `${(x * 100).toFixed(1)} points, beyond the ±${(band * 100).toFixed(1)}-point band`
            : `${pctText(x)}, beyond the ±${(band * 100).toFixed(1)}% band`;
    }
    else {
        c.outcome = 'unchanged';
        c.note = 'within the noise band';
    }
}
function median(s) {
    return statOfSorted(s.values, { kind: 'percentile', p: 50 });
}
/**
 * Relative location shift of head vs base, the effect size that gates a rank-test verdict:
 * the geometric-mean ratio exp(mean ln head − mean ln base) − 1 when every value is positive
 * (latencies are multiplicative; the log-mean is about 1.6× as efficient as the median for
 * log-normal data and insensitive to a few outliers), else the median ratio − 1.
 */
function locationShift(base, head) {
    const logMean = (xs) => {
        let s = 0;
        for (const x of xs) {
            if (!(x > 0))
                return null;
            s += Math.log(x);
        }
        return s / xs.length;
    };
    const lb = logMean(base.values);
    const lh = logMean(head.values);
    if (lb !== null && lh !== null)
        return Math.exp(lh - lb) - 1;
    const mb = median(base);
    return mb !== 0 ? (median(head) - mb) / Math.abs(mb) : null;
}
function compareMetrics(pair, settings, tests, opts) {
    const base = pair.base;
    const head = pair.head;
    const work = { pair, comparisons: [], stats: [], findings: [] };
    const key = cellKey(head);
    const mwCache = new Map();
    const currencyDiffers = !!(base.cost && head.cost && base.cost.currency !== head.cost.currency);
    for (const def of COMPARE_METRICS) {
        const bs = def.sample ? cleanSketch(base.samples?.[def.sample.key], settings.min_samples) : undefined;
        const hs = def.sample ? cleanSketch(head.samples?.[def.sample.key], settings.min_samples) : undefined;
        const statistical = !!def.sample && bs !== undefined && hs !== undefined;
        let b = def.get(base);
        let h = def.get(head);
        if (statistical && def.sample) {
            b ??= statOfSorted(bs.values, def.sample.stat);
            h ??= statOfSorted(hs.values, def.sample.stat);
        }
        if (b === null && h === null)
            continue;
        const c = baseComparison(def, b, h);
        work.comparisons.push(c);
        if (def.kind === 'cost' && currencyDiffers) {
            c.outcome = 'incomparable';
            c.note = `currency differs (${String(base.cost?.currency)} vs ${String(head.cost?.currency)})`;
            continue;
        }
        if (def.band === null) {
            c.method = 'informational';
            c.outcome = b === null || h === null ? 'insufficient_data' : 'informational';
            c.note = b === null || h === null ? 'missing on one side' : 'informational: depends on run length';
            continue;
        }
        if (b === null || h === null) {
            c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
            continue;
        }
        if (statistical && def.sample) {
            const sb = bs;
            const sh = hs;
            c.n_base = Math.max(sb.n, sb.values.length);
            c.n_head = Math.max(sh.n, sh.values.length);
            c.threshold = { name: 'min_effect_size', value: settings.min_effect_size, basis: 'relative' };
            if (settings.method === 'bootstrap') {
                c.method = 'bootstrap_quantile';
                const rng = mulberry32((settings.seed ^ hash32(`${key}\u0000${def.metric}`)) >>> 0);
                const r = bootstrapDifference(sb, sh, def.sample.stat, settings.bootstrap_iterations, settings.alpha, rng);
                if (!r)
                    continue;
                const baseStat = statOfSorted(sb.values, def.sample.stat);
                const test = { p: r.p_value, q: 1 };
                tests.push(test);
                c.p_value = round(r.p_value);
                c.interval = [round(r.interval[0]), round(r.interval[1])];
                const effect = baseStat !== 0 ? r.difference / Math.abs(baseStat) : null;
                c.effect_size = round(effect);
                work.stats.push({
                    comparison: c,
                    test,
                    testSign: Math.sign(r.difference),
                    effect,
                    intervalExcludesZero: r.interval[0] > 0 || r.interval[1] < 0,
                    metricMustAgree: true,
                });
            }
            else {
                c.method = 'mann_whitney_u';
                const sk = def.sample.key;
                if (!mwCache.has(sk)) {
                    const mw = mannWhitney(sb, sh);
                    if (mw) {
                        const test = { p: mw.p_value, q: 1 };
                        tests.push(test);
                        mwCache.set(sk, { test, mw, effect: locationShift(sb, sh) });
                    }
                    else
                        mwCache.set(sk, null);
                }
                const t = mwCache.get(sk);
                if (!t)
                    continue;
                c.p_value = round(t.mw.p_value);
                c.effect_size = round(t.effect);
                work.stats.push({
                    comparison: c,
                    test: t.test,
                    testSign: Math.sign(t.mw.auc - 0.5),
                    effect: t.effect,
                    intervalExcludesZero: true,
                    metricMustAgree: false,
                });
            }
            continue;
        }
        const bandName = settings.noise_bands[def.metric] !== undefined ? def.metric : def.band;
        decideBand(c, settings.noise_bands[bandName] ?? 0, bandName, def.band === 'success_rate');
    }
    // Eval scores: a drop beyond the standard error of the difference, else eval_regression_min_drop.
    for (const name of evalScoreNames(base, head)) {
        const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
        const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
        const c = baseComparison({ metric: name, kind: 'eval', unit: 'score', direction: 'higher_is_better' }, b, h);
        work.comparisons.push(c);
        if (b === null || h === null) {
            c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
            continue;
        }
        const seB = typeof base.metrics[`${name}_se`] === 'number' ? base.metrics[`${name}_se`] : null;
        const seH = typeof head.metrics[`${name}_se`] === 'number' ? head.metrics[`${name}_se`] : null;
        const se = seB === null && seH === null ? null : Math.sqrt((seB ?? 0) ** 2 + (seH ?? 0) ** 2);
        const threshold = se ?? settings.eval_min_drop;
        c.method = 'eval_stderr';
        c.threshold = {
            name: se === null ? 'eval_regression_min_drop' : 'eval stderr',
            value: round(threshold),
            basis: 'absolute',
        };
        const d = h - b;
        if (Math.abs(d) > threshold) {
            c.outcome = d < 0 ? 'regressed' : 'improved';
            c.confidence = bandConfidence(Math.abs(d), threshold);
            c.note = `${d < 0 ? 'drop' : 'gain'} of ${Math.abs(d).toFixed(4)} beyond ${se === null ? 'the minimum drop' : 'the standard error'} ${threshold.toFixed(4)}`;
            if (d < 0) {
                work.findings.push({
                    code: 'eval_regression',
                    severity: 'warning',
                    message: `${name} dropped from ${b.toFixed(4)} to ${h.toFixed(4)} (${d.toFixed(4)}), beyond ${se === null ? 'the minimum drop' : 'the standard error'} ${threshold.toFixed(4)}.`,
                    cell_id: head.cell_id,
                    evidence: {
                        metric: name,
                        base: b,
                        head: h,
                        delta: round(d),
                        threshold: round(threshold),
                        threshold_name: se === null ? 'eval_regression_min_drop' : 'eval stderr',
                        base_se: seB,
                        head_se: seH,
                        base_cell_id: base.cell_id,
                    },
                });
            }
        }
        else {
            c.outcome = 'unchanged';
            c.note = `within ${se === null ? 'the minimum drop' : 'the standard error'}`;
        }
    }
    // "vs the baseline cell" variants of two analyze rules (ANALYZER.md).
    const ratio = opts.tpotDegradationRatio ?? DEFAULT_TPOT_DEGRADATION_RATIO;
    const tb = typeof base.metrics.p99_tpot === 'number' ? base.metrics.p99_tpot : null;
    const th = typeof head.metrics.p99_tpot === 'number' ? head.metrics.p99_tpot : null;
    if (tb !== null && th !== null && tb > 0 && th / tb >= ratio) {
        work.findings.push({
            code: 'tpot_degradation',
            severity: 'warning',
            message: `p99 TPOT grew ${(th / tb).toFixed(2)}× vs the baseline cell (${tb.toFixed(4)} s → ${th.toFixed(4)} s; threshold ${ratio}×).`,
            cell_id: head.cell_id,
            evidence: {
                metric: 'p99_tpot',
                base: tb,
                head: th,
                ratio: round(th / tb, 6),
                threshold: ratio,
                threshold_name: 'tpot_degradation_ratio',
                base_cell_id: base.cell_id,
            },
        });
    }
    const drop = opts.prefixCacheDrop ?? DEFAULT_PREFIX_CACHE_DROP;
    const cb = typeof base.metrics.server_gpu_cache_hit_rate === 'number' ? base.metrics.server_gpu_cache_hit_rate : null;
    const ch = typeof head.metrics.server_gpu_cache_hit_rate === 'number' ? head.metrics.server_gpu_cache_hit_rate : null;
    if (cb !== null && ch !== null && cb - ch >= drop) {
        work.findings.push({
            code: 'prefix_cache_regression',
            severity: 'warning',
            message: `Server GPU prefix-cache hit rate dropped from ${(cb * 100).toFixed(1)}% to ${(ch * 100).toFixed(1)}% vs the baseline cell (threshold ${(drop * 100).toFixed(1)} points).`,
            cell_id: head.cell_id,
            evidence: {
                metric: 'server_gpu_cache_hit_rate',
                base: cb,
                head: ch,
                drop: round(cb - ch, 6),
                threshold: drop,
                threshold_name: 'prefix_cache_drop',
                base_cell_id: base.cell_id,
            },
        });
    }
    return work;
}
function finishStat(s, settings) {
    const c = s.comparison;
    const q = s.test.q;
    c.q_value = round(q);
    const ws = worseSign(c.direction);
    const effectOk = s.effect !== null && Math.abs(s.effect) >= settings.min_effect_size;
    const effectSign = s.effect === null ? 0 : Math.sign(s.effect);
    const metricSign = c.delta === null ? 0 : Math.sign(c.delta);
    const what = c.method === 'mann_whitney_u' ? 'distribution shift' : 'shift';
    if (q > settings.alpha) {
        c.outcome = 'unchanged';
        c.note = `not significant (q ${formatP(q)} > α ${settings.alpha})`;
    }
    else if (!effectOk) {
        c.outcome = 'unchanged';
        c.note = `significant (q ${formatP(q)}) but ${what} ${s.effect === null ? 'unknown' : pctText(s.effect)} is below the minimum effect ${(settings.min_effect_size * 100).toFixed(1)}%`;
    }
    else if (effectSign !== s.testSign || (s.metricMustAgree && metricSign !== effectSign) || !s.intervalExcludesZero) {
        c.outcome = 'unchanged';
        c.note = `significant (q ${formatP(q)}) but the metric moved against the ${what}`;
    }
    else {
        c.outcome = effectSign === ws ? 'regressed' : 'improved';
        c.confidence = round(1 - q, 6);
        c.note = `q ${formatP(q)} ≤ α ${settings.alpha}; ${what} ${pctText(s.effect)}`;
    }
}
function formatP(p) {
    if (p === 0)
        return '0';
    if (p < 1e-4)
        return p.toExponential(1);
    return p.toPrecision(2);
}
const DECIDING = new Set(['regressed', 'improved', 'unchanged']);
function cellVerdict(comparisons) {
    const regressions = comparisons.filter((c) => c.outcome === 'regressed');
    const improvements = comparisons.filter((c) => c.outcome === 'improved');
    const bearing = comparisons.filter((c) => c.method !== 'informational' && c.outcome !== 'incomparable');
    const decided = bearing.filter((c) => DECIDING.has(c.outcome));
    const statQ = (cs) => {
        const qs = cs.map((c) => c.q_value).filter((q) => q !== null);
        return qs.length > 0 ? Math.min(...qs) : null;
    };
    const maxConf = (cs) => Math.max(0, ...cs.map((c) => c.confidence ?? 0));
    const names = (cs) => cs.map((c) => c.metric);
    if (regressions.length > 0) {
        return {
            verdict: 'REGRESSION',
            confidence: maxConf(regressions),
            regressions: names(regressions),
            improvements: names(improvements),
            comparisons,
            p_value: statQ(regressions),
            summary: `${regressions.length} regressed (${names(regressions).join(', ')})${improvements.length > 0 ? `; ${improvements.length} improved (${names(improvements).join(', ')})` : ''}.`,
        };
    }
    if (improvements.length > 0) {
        return {
            verdict: 'IMPROVEMENT',
            confidence: maxConf(improvements),
            regressions: [],
            improvements: names(improvements),
            comparisons,
            p_value: statQ(improvements),
            summary: `${improvements.length} improved (${names(improvements).join(', ')}); nothing regressed.`,
        };
    }
    if (decided.length > 0) {
        return {
            verdict: 'NEUTRAL',
            confidence: round(decided.length / bearing.length, 6),
            regressions: [],
            improvements: [],
            comparisons,
            p_value: null,
            summary: `No metric moved beyond its threshold (${decided.length} of ${bearing.length} compared).`,
        };
    }
    return {
        verdict: 'INSUFFICIENT_DATA',
        confidence: 0,
        regressions: [],
        improvements: [],
        comparisons,
        p_value: null,
        summary: 'No metric has values on both sides.',
    };
}
function identityOf(c) {
    const o = {};
    for (const f of types/* IDENTITY_FIELDS */.DL)
        o[f] = c[f] ?? null;
    return o;
}
function fin(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Run-level totals: request counts summed over cells that know both counts; cost from run_summary.cost. */
function runTotals(r) {
    let total = 0;
    let ok = 0;
    let known = 0;
    let sessions = 0;
    let sessionsKnown = 0;
    for (const c of Array.isArray(r.cells) ? r.cells : []) {
        const t = fin(c.completion?.num_requests_total);
        const s = fin(c.completion?.num_requests_successful);
        if (t !== null && s !== null) {
            total += t;
            ok += s;
            known++;
        }
        const sc = fin(c.completion?.sessions_completed);
        if (sc !== null) {
            sessions += sc;
            sessionsKnown++;
        }
    }
    const cost = r.run_summary?.cost;
    return {
        requests_total: known > 0 ? total : null,
        requests_successful: known > 0 ? ok : null,
        success_rate: known > 0 && total > 0 ? round(ok / total) : null,
        sessions_completed: sessionsKnown > 0 ? sessions : null,
        currency: typeof cost?.currency === 'string' ? cost.currency : null,
        compute_cost: fin(cost?.compute_cost),
        gpu_hours: fin(cost?.gpu_hours),
        cost_per_completed_request: fin(cost?.cost_per_completed_request),
        cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens),
    };
}
function refOf(r) {
    return {
        generated_at: String(r.generated_at ?? ''),
        input_root: String(r.input_root ?? ''),
        inferguard_version: String(r.analyzer?.inferguard_version ?? ''),
        run_status: String(r.run_summary?.status ?? 'unknown'),
        total_cells: Array.isArray(r.cells) ? r.cells.length : 0,
        totals: runTotals(r),
    };
}
function cmpStr(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return -1;
    if (b === null)
        return 1;
    return a < b ? -1 : 1;
}
/** Cell order: family, concurrency (nulls first), key, head cell id, base cell id. */
function compareCellDiffs(a, b) {
    return (cmpStr(a.family, b.family) ||
        (a.identity.concurrency ?? -Infinity) - (b.identity.concurrency ?? -Infinity) ||
        cmpStr(a.key, b.key) ||
        cmpStr(a.head_cell_id, b.head_cell_id) ||
        cmpStr(a.base_cell_id, b.base_cell_id));
}
/** Finding order (as in analyze): severity desc, cell_id, code, message. */
function compareFindings(a, b) {
    return (types/* SEVERITY_RANK */.f3[b.severity] - types/* SEVERITY_RANK */.f3[a.severity] ||
        cmpStr(a.cell_id, b.cell_id) ||
        cmpStr(a.code, b.code) ||
        cmpStr(a.message, b.message));
}
/**
 * Head-report findings plus the compare findings the head does not already carry (an analyze run
 * given the same baseline may have emitted eval_regression etc. itself): a compare finding is
 * dropped when the head has one with the same code and cell_id. Sorted like compareFindings.
 */
function mergeFindings(headFindings, diffFindings) {
    const seen = new Set(headFindings.map((f) => `${f.code}\u0000${f.cell_id ?? ''}`));
    const extra = diffFindings.filter((f) => !seen.has(`${f.code}\u0000${f.cell_id ?? ''}`));
    return [...headFindings, ...extra].sort(compareFindings);
}
/**
 * Compares a head report against a base report.
 *
 * @param base the baseline report (inferguard-analyze/v1), e.g. from the target branch.
 * @param head the report of the change under test.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and baseline-dependent findings. Reports without
 *   cells give an empty diff with verdict INSUFFICIENT_DATA. Never throws on odd metric values:
 *   non-finite numbers count as missing.
 */
function compareReports(base, head, opts = {}) {
    const settings = resolveSettings(opts);
    const pairs = matchCells(Array.isArray(base.cells) ? base.cells : [], Array.isArray(head.cells) ? head.cells : []);
    const tests = [];
    const works = new Map();
    for (const pair of pairs)
        if (pair.kind === 'matched')
            works.set(pair, compareMetrics(pair, settings, tests, opts));
    const qs = benjaminiHochberg(tests.map((t) => t.p));
    tests.forEach((t, i) => {
        t.q = qs[i];
    });
    for (const w of works.values())
        for (const s of w.stats)
            finishStat(s, settings);
    const cells = [];
    const findings = [];
    for (const pair of pairs) {
        const ref = (pair.head ?? pair.base);
        const diff = {
            key: cellKey(ref),
            family: cellFamilyKey(ref),
            status: pair.kind === 'matched' ? 'unchanged' : pair.kind,
            base_cell_id: pair.base?.cell_id ?? null,
            head_cell_id: pair.head?.cell_id ?? null,
            identity: identityOf(ref),
            reasons: [...pair.reasons],
            verdict: null,
        };
        if (pair.kind === 'matched') {
            const w = works.get(pair);
            const v = cellVerdict(w.comparisons);
            diff.verdict = v;
            diff.status =
                v.verdict === 'REGRESSION'
                    ? 'regressed'
                    : v.verdict === 'IMPROVEMENT'
                        ? 'improved'
                        : v.verdict === 'NEUTRAL'
                            ? 'unchanged'
                            : 'insufficient_data';
            if (diff.status === 'insufficient_data') {
                diff.reasons.push(w.comparisons.length === 0
                    ? 'no compared metric is present in either cell'
                    : 'no compared metric has values on both sides');
            }
            findings.push(...w.findings);
        }
        cells.push(diff);
    }
    cells.sort(compareCellDiffs);
    findings.sort(compareFindings);
    const counts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0]));
    for (const c of cells)
        counts[c.status]++;
    return {
        schema_version: REPORT_DIFF_SCHEMA_VERSION,
        base: refOf(base),
        head: refOf(head),
        settings,
        counts: { ...counts, total: cells.length, tests: tests.length },
        verdict: overallVerdict(cells, counts),
        cells,
        findings,
    };
}
function overallVerdict(cells, counts) {
    const regressions = [];
    const improvements = [];
    const comparisons = [];
    const qs = [];
    const regConf = [];
    const impConf = [];
    const neutralConf = [];
    for (const c of cells) {
        const v = c.verdict;
        if (!v)
            continue;
        const id = c.head_cell_id ?? c.base_cell_id ?? '';
        for (const m of v.comparisons) {
            if (m.outcome !== 'regressed' && m.outcome !== 'improved')
                continue;
            (m.outcome === 'regressed' ? regressions : improvements).push(`${id}: ${m.metric}`);
            comparisons.push({ ...m, cell_id: id });
            if (m.outcome === 'regressed' && m.q_value !== null)
                qs.push(m.q_value);
        }
        if (v.verdict === 'REGRESSION')
            regConf.push(v.confidence);
        if (v.verdict === 'IMPROVEMENT')
            impConf.push(v.confidence);
        if (v.verdict === 'NEUTRAL')
            neutralConf.push(v.confidence);
    }
    const compared = counts.regressed + counts.improved + counts.unchanged;
    const tail = `${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable, ${counts.insufficient_data} with insufficient data`;
    const summary = `${compared} cell(s) compared: ${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged; ${tail}.`;
    let verdict;
    let confidence;
    if (counts.regressed > 0) {
        verdict = 'REGRESSION';
        confidence = Math.max(...regConf);
    }
    else if (counts.improved > 0) {
        verdict = 'IMPROVEMENT';
        confidence = Math.max(...impConf);
    }
    else if (counts.unchanged > 0) {
        verdict = 'NEUTRAL';
        confidence = round(neutralConf.reduce((s, x) => s + x, 0) / neutralConf.length, 6);
    }
    else {
        verdict = 'INSUFFICIENT_DATA';
        confidence = 0;
    }
    return {
        verdict,
        confidence,
        regressions,
        improvements,
        comparisons,
        p_value: qs.length > 0 ? Math.min(...qs) : null,
        summary,
    };
}

// EXTERNAL MODULE: ./src/core/exit-code.ts
var exit_code = __webpack_require__(9);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 7 modules
var core_gates = __webpack_require__(587);
// EXTERNAL MODULE: ./src/io/ingest-context.ts + 2 modules
var ingest_context = __webpack_require__(8058);
// EXTERNAL MODULE: ./src/io/json-limits.ts
var json_limits = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/io/safe-open.ts
var safe_open = __webpack_require__(176);
;// CONCATENATED MODULE: ./src/io/untrusted-report.ts
/**
 * Reading a report.json we did not write in this process (a baseline, a fork's or a shard's
 * report, `--base`/`--head` of `compare`): every check that keeps a crafted file from crashing a
 * later step or reaching a sink, before and after the one JSON.parse. Failing any check is an
 * outcome with a one-line reason (the caller makes it "no baseline" or a finding), never a throw.
 *
 * Order: regular file (non-blocking open) → byte cap → strict UTF-8 → nesting depth (a linear
 * scan, before parsing) → JSON.parse (errors give line/column, never the file's content) →
 * numbers finite and within ±1e100 (so statistics over them stay finite) → cell cap →
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
    if ((0,json_limits/* jsonDepthExceeds */.LL)(text, limits.maxDepth))
        return {
            ok: false,
            reason: `${label} report.json nests deeper than ${limits.maxDepth} levels (max-report-depth); not parsed`,
        };
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
    const bad = firstBadNumber(value);
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
/** "not finite" / "too large" for the first offending number, else null (iterative walk). */
function firstBadNumber(root) {
    const stack = [root];
    while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v === 'number') {
            if (!Number.isFinite(v))
                return 'not finite (an overflowing literal such as 1e999)';
            if (Math.abs(v) > MAX_REPORT_NUMBER)
                return 'too large';
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

// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/comment.ts
/**
 * The PR comment: a pure function of the head report, the compare result (or null when there is
 * no baseline) and run metadata passed as data. Same input, same bytes.
 *
 * Layout: hidden marker (suite key) · headline (run validity, then the regression verdict,
 * separately) · links from `run` metadata only · findings by severity · gates (when the report has
 * them) · largest changes · cost and completion · charts (mermaid xychart-beta, capped) ·
 * per-cell comparison in <details> · footer. Untrusted text goes through safeText/safeCode; no
 * link is ever built from report content. The body stays within `budgetChars` (default 60,000,
 * GITHUB.md §5.1) by shrinking the per-cell table first, then dropping charts, cost, gates and
 * findings rows, always keeping the headline, the findings summary and the largest changes.
 */




const COMMENT_BUDGET_CHARS = 60_000;
const MARKER_PREFIX = 'inferguard-bench:v1';
const MAX_FINDING_ROWS = 50;
const MAX_CHANGE_ROWS = 25;
const MAX_CHART_FAMILIES = 3;
const MAX_GATE_ROWS = 30;
/** The suite key as a slug: [a-z0-9-], no `--`, no leading/trailing `-`, at most 64 chars. */
function suiteSlug(suiteKey) {
    const s = String(suiteKey ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64)
        .replace(/-+$/g, '');
    return s === '' ? 'default' : s;
}
/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (GITHUB.md §5.2). */
function commentMarker(suiteKey) {
    return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}
// ---------------------------------------------------------------------------------------------
// Formatting helpers
function comment_fin(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function formatScore(v) {
    return comment_fin(v) ? v.toFixed(4) : '—';
}
function formatValue(unit, v, currency) {
    switch (unit) {
        case 's':
            return (0,format/* formatSeconds */.Xo)(v);
        case 'tok/s/GPU':
        case 'tok/s':
            return (0,format/* formatTokensPerSec */.WQ)(v);
        case 'fraction':
            return (0,format/* formatPct */.R8)(v);
        case 'currency':
            return (0,format/* formatMoney */.up)(v, currency);
        case 'score':
            return formatScore(v);
        default:
            return (0,format/* formatCount */.B4)(v);
    }
}
/** Signed percentage with one decimal; "—" when unknown. Uses the minus sign U+2212. */
function pct(v) {
    if (v === null || !Number.isFinite(v))
        return '—';
    const s = (Math.abs(v) * 100).toFixed(1);
    return v > 0 ? `+${s}%` : v < 0 ? `−${s}%` : '0.0%';
}
/** Δ with an arrow for the direction of change, marked 🔴 worse / 🟢 better when decided. */
function deltaCell(c) {
    const d = c.kind === 'completion' && c.unit === 'fraction' ? c.delta : c.relative_delta;
    const text = c.kind === 'completion' && c.unit === 'fraction'
        ? points(c.delta)
        : c.kind === 'eval'
            ? signed(c.delta, 4)
            : pct(c.relative_delta);
    if (d === null || d === 0)
        return text;
    const arrow = d > 0 ? '↑' : '↓';
    const mark = c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : '';
    return `${text} ${arrow}${mark}`;
}
function points(v) {
    if (v === null || !Number.isFinite(v))
        return '—';
    const s = (Math.abs(v) * 100).toFixed(1);
    return `${v > 0 ? '+' : v < 0 ? '−' : ''}${s} pt`;
}
function signed(v, digits) {
    if (v === null || !Number.isFinite(v))
        return '—';
    return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}`;
}
function outcomeText(o) {
    switch (o) {
        case 'regressed':
            return '🔴 regressed';
        case 'improved':
            return '🟢 improved';
        case 'unchanged':
            return '⚪ unchanged';
        case 'new':
            return '🆕 new';
        case 'missing':
            return '➖ missing';
        case 'incomparable':
            return '🔀 incomparable';
        case 'insufficient_data':
            return '❔ insufficient data';
        default:
            return (0,render_escape/* safeText */.Hk)(o);
    }
}
const METRIC_LABEL = {
    success_rate: 'Success rate',
    completed_requests: 'Completed requests',
    completed_sessions: 'Completed sessions',
    tput_per_gpu: 'Throughput/GPU (tok/s)',
    output_tput_per_gpu: 'Output tput/GPU (tok/s)',
    p50_ttft: 'p50 TTFT',
    p99_ttft: 'p99 TTFT',
    p50_tpot: 'p50 TPOT',
    p99_tpot: 'p99 TPOT',
    p50_itl: 'p50 ITL',
    p99_itl: 'p99 ITL',
    p50_e2el: 'p50 E2EL',
    p99_e2el: 'p99 E2EL',
    compute_cost: 'Compute cost',
    cost_per_completed_request: 'Cost / completed request',
    cost_per_completed_session: 'Cost / completed session',
    cost_per_million_input_tokens: 'Cost / M input tokens',
    cost_per_million_output_tokens: 'Cost / M output tokens',
};
function metricLabel(m) {
    return METRIC_LABEL[m] ?? (0,render_escape/* safeText */.Hk)(m, 80);
}
function cellLabel(d) {
    return (0,render_escape/* safeCode */.lI)(d.head_cell_id ?? d.base_cell_id ?? '?', 60);
}
function table(rows, align) {
    return `${(0,markdown_table/* markdownTable */.Q)(rows, { align })}\n`;
}
function details(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n</details>\n`;
}
/** Only https URLs without spaces, quotes or brackets, from run metadata (never from reports). */
function safeUrl(u) {
    if (typeof u !== 'string')
        return null;
    if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u))
        return null;
    if (/[()<>\s"]/.test(u) || u.length > 500)
        return null;
    return u;
}
// ---------------------------------------------------------------------------------------------
// Sections
function allFindings(head, diff) {
    return mergeFindings(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function countBy(findings) {
    const out = { critical: 0, warning: 0, info: 0 };
    for (const f of findings)
        if (f.severity in out)
            out[f.severity]++;
    return out;
}
function validityLine(head, findings) {
    const s = head.run_summary;
    const crit = findings.filter((f) => f.severity === 'critical');
    const cells = `${s?.total_cells ?? head.cells?.length ?? 0} cell(s)`;
    if (s?.status === 'failed' || crit.length > 0) {
        const codes = new Map();
        for (const f of crit)
            codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
        const list = [...codes.entries()]
            .sort((a, b) => cmp(a[0], b[0]))
            .map(([c, n]) => `${c} ×${n}`)
            .join(', ');
        return `**Run validity:** ❌ invalid — ${cells}, run ${s?.status ?? 'unknown'}${crit.length > 0 ? `; ${crit.length} critical finding(s): ${list}` : ''}`;
    }
    if (s?.status === 'partial') {
        return `**Run validity:** ⚠️ partial — ${cells}, ${s.successful_cells} complete, ${s.failed_cells} failed; some requests did not succeed`;
    }
    if (s?.status === 'complete')
        return `**Run validity:** ✅ valid — ${cells}, all requests succeeded`;
    return `**Run validity:** ❔ unknown — ${cells}; request counts are not known`;
}
function verdictLine(diff, run) {
    if (!diff) {
        const note = run?.baselineNote ? ` (${(0,render_escape/* safeText */.Hk)(run.baselineNote, 200)})` : '';
        return `**Regression verdict:** ➖ no baseline — this run was not compared with a base run${note}; the result above is the run's own validity only.`;
    }
    const v = diff.verdict;
    const icon = v.verdict === 'REGRESSION' ? '🔴' : v.verdict === 'IMPROVEMENT' ? '🟢' : v.verdict === 'NEUTRAL' ? '⚪' : '❔';
    const note = run?.baselineNote ? ` Baseline: ${(0,render_escape/* safeText */.Hk)(run.baselineNote, 200)}.` : '';
    // Built from the counts, not from v.summary: compare.json may come from a file.
    const k = diff.counts;
    const compared = k.regressed + k.improved + k.unchanged;
    const summary = `${compared} of ${k.total} cell(s) compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${k.total > compared
        ? `; ${k.new} new, ${k.missing} missing, ${k.incomparable} incomparable, ${k.insufficient_data} with insufficient data`
        : ''}.`;
    return `**Regression verdict:** ${icon} ${v.verdict} — ${summary}${note}`;
}
function headline(input, findings) {
    const { head, diff, run } = input;
    const lines = [`## InferGuard benchmark report`, '', validityLine(head, findings), '', verdictLine(diff, run)];
    const meta = [];
    if (run?.repository)
        meta.push((0,render_escape/* safeCode */.lI)(run.repository, 100));
    if (run?.sha)
        meta.push((0,render_escape/* safeCode */.lI)(String(run.sha).slice(0, 12), 20));
    const runUrl = safeUrl(run?.runUrl);
    const artUrl = safeUrl(run?.artifactUrl);
    if (runUrl)
        meta.push(`[workflow run](${runUrl})`);
    if (artUrl)
        meta.push(`[report artifact](${artUrl})`);
    if (meta.length > 0)
        lines.push('', meta.join(' · '));
    return `${lines.join('\n')}\n`;
}
function sectionFindings(findings, maxRows) {
    const c = countBy(findings);
    const head = `### Findings\n\n${c.critical} critical · ${c.warning} warning · ${c.info} info\n`;
    if (findings.length === 0)
        return `${head}\n_No findings._\n`;
    const icon = { critical: '🛑 critical', warning: '⚠️ warning', info: 'ℹ️ info' };
    const rows = findings
        .slice(0, maxRows)
        .map((f) => [
        icon[f.severity] ?? (0,render_escape/* safeText */.Hk)(f.severity),
        (0,render_escape/* safeCode */.lI)(f.code, 60),
        f.cell_id ? (0,render_escape/* safeCode */.lI)(f.cell_id, 60) : '—',
        (0,render_escape/* safeText */.Hk)(f.message, 300),
    ]);
    let out = `${head}\n${table([['Severity', 'Code', 'Cell', 'Message'], ...rows], ['l', 'l', 'l', 'l'])}`;
    if (findings.length > rows.length)
        out += `\n_${findings.length - rows.length} more finding(s) are in report.json / compare.json (artifact)._\n`;
    return out;
}
function sectionGates(head) {
    const g = head.gates;
    if (!g || typeof g !== 'object' || !Array.isArray(g.results))
        return null;
    const results = g.results.filter((r) => !!r && typeof r === 'object');
    if (results.length === 0)
        return '### SLO gates\n\n_No gates configured._\n';
    const icon = {
        pass: '✅ pass',
        fail: '❌ fail',
        not_found: '❔ not found',
        conflict: '⚠️ conflict',
        error: '🛑 error',
    };
    const rank = { fail: 0, error: 1, conflict: 2, not_found: 3, pass: 4 };
    const sorted = [...results].sort((a, b) => (rank[String(a.outcome)] ?? 5) - (rank[String(b.outcome)] ?? 5) ||
        cmp(String(a.gate ?? ''), String(b.gate ?? '')));
    const counts = new Map();
    for (const r of results)
        counts.set(String(r.outcome), (counts.get(String(r.outcome)) ?? 0) + 1);
    const summary = ['fail', 'error', 'conflict', 'not_found', 'pass']
        .filter((k) => counts.has(k))
        .map((k) => `${counts.get(k)} ${k.replace('_', ' ')}`)
        .join(' · ');
    const rows = sorted.slice(0, MAX_GATE_ROWS).map((r) => {
        const cells = Array.isArray(r.cells) ? r.cells : [];
        const shown = cells.slice(0, 3).map((c) => (0,render_escape/* safeCode */.lI)(c, 40));
        return [
            (0,render_escape/* safeCode */.lI)(r.gate ?? '?', 80),
            icon[String(r.outcome)] ?? (0,render_escape/* safeText */.Hk)(r.outcome, 20),
            comment_fin(r.value) ? (0,format/* formatCount */.B4)(r.value) : '—',
            (0,render_escape/* safeText */.Hk)(r.severity ?? '—', 20),
            cells.length === 0 ? '—' : `${shown.join(', ')}${cells.length > 3 ? ` +${cells.length - 3}` : ''}`,
        ];
    });
    let out = `### SLO gates\n\n${summary}\n\n${table([['Gate', 'Outcome', 'Value', 'Severity', 'Cells'], ...rows], ['l', 'l', 'r', 'l', 'l'])}`;
    if (results.length > rows.length)
        out += `\n_${results.length - rows.length} more gate result(s) are in report.json._\n`;
    return out;
}
/** Regressed comparisons first, then improved; within each by |relative change| desc, then cell order. */
function changes(diff) {
    const rows = [];
    diff.cells.forEach((cell, order) => {
        for (const c of cell.verdict?.comparisons ?? []) {
            if (c.outcome === 'regressed' || c.outcome === 'improved')
                rows.push({ cell, c, order });
        }
    });
    const mag = (c) => Math.abs(c.relative_delta ?? c.delta ?? 0);
    rows.sort((a, b) => (a.c.outcome === 'regressed' ? 0 : 1) - (b.c.outcome === 'regressed' ? 0 : 1) ||
        mag(b.c) - mag(a.c) ||
        a.order - b.order ||
        cmp(a.c.metric, b.c.metric));
    return rows;
}
function currencyOf(head) {
    const c = head.run_summary?.cost?.currency;
    return typeof c === 'string' ? (0,render_escape/* safeText */.Hk)(c, 8) : 'USD';
}
function sectionChanges(diff, currency, maxRows) {
    const k = diff.counts;
    const countLine = `${k.regressed} regressed · ${k.improved} improved · ${k.unchanged} unchanged · ${k.new} new · ${k.missing} missing · ${k.incomparable} incomparable · ${k.insufficient_data} insufficient data`;
    const all = changes(diff);
    let out = `### Largest changes vs base\n\n${countLine}\n`;
    if (all.length === 0)
        return `${out}\n_No metric moved beyond its threshold._\n`;
    const rows = all
        .slice(0, maxRows)
        .map(({ cell, c }) => [
        cellLabel(cell),
        metricLabel(c.metric),
        `${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)}`,
        deltaCell(c),
        outcomeText(c.outcome),
        methodText(c),
    ]);
    out += `\n${table([['Cell', 'Metric', 'Base → Head', 'Δ', 'Verdict', 'Evidence'], ...rows], ['l', 'l', 'r', 'r', 'l', 'l'])}`;
    if (all.length > rows.length)
        out += `\n_${all.length - rows.length} more changed metric(s) are in compare.json (artifact)._\n`;
    return out;
}
function methodText(c) {
    switch (c.method) {
        case 'mann_whitney_u':
            return `Mann-Whitney q=${fmtP(c.q_value)}, shift ${pct(c.effect_size)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
        case 'bootstrap_quantile':
            return `bootstrap q=${fmtP(c.q_value)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
        case 'noise_band':
            return `beyond ±${c.threshold ? (c.threshold.basis === 'absolute' ? `${(c.threshold.value * 100).toFixed(1)} pt` : `${(c.threshold.value * 100).toFixed(0)}%`) : '?'} band`;
        case 'eval_stderr':
            return `beyond ${c.threshold?.name === 'eval stderr' ? 'stderr' : 'min drop'} ${c.threshold ? c.threshold.value.toFixed(4) : '?'}`;
        default:
            return '—';
    }
}
function fmtP(p) {
    if (p === null)
        return '—';
    if (p === 0)
        return '0';
    return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}
function sectionCost(head, diff, currency) {
    const h = diff?.head.totals;
    const b = diff?.base.totals;
    const cost = head.run_summary?.cost;
    const rows = [];
    const add = (label, base, headV, unit) => {
        if ((base === null || base === undefined) && (headV === null || headV === undefined))
            return;
        const bv = base ?? null;
        const hv = headV ?? null;
        let delta = '—';
        if (diff && bv !== null && hv !== null) {
            if (unit === 'fraction')
                delta = points(hv - bv);
            else
                delta = bv !== 0 ? pct((hv - bv) / Math.abs(bv)) : '—';
            const d = hv - bv;
            if (d !== 0 && delta !== '—')
                delta += d > 0 ? ' ↑' : ' ↓';
        }
        rows.push(diff
            ? [label, formatValue(unit, bv, currency), formatValue(unit, hv, currency), delta]
            : [label, formatValue(unit, hv, currency)]);
    };
    const hs = head.run_summary;
    const headTotals = h ?? {
        requests_total: null,
        requests_successful: null,
        success_rate: null,
        sessions_completed: null,
        compute_cost: comment_fin(cost?.compute_cost) ? cost.compute_cost : null,
        gpu_hours: comment_fin(cost?.gpu_hours) ? cost.gpu_hours : null,
        cost_per_completed_request: comment_fin(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
        cost_per_million_output_tokens: comment_fin(cost?.cost_per_million_output_tokens)
            ? cost.cost_per_million_output_tokens
            : null,
    };
    if (!h) {
        let total = 0;
        let ok = 0;
        let known = 0;
        for (const c of head.cells ?? []) {
            if (comment_fin(c.completion?.num_requests_total) && comment_fin(c.completion?.num_requests_successful)) {
                total += c.completion.num_requests_total;
                ok += c.completion.num_requests_successful;
                known++;
            }
        }
        if (known > 0) {
            headTotals.requests_total = total;
            headTotals.requests_successful = ok;
            headTotals.success_rate = total > 0 ? ok / total : null;
        }
    }
    add('Success rate', b?.success_rate, headTotals.success_rate, 'fraction');
    add('Successful requests', b?.requests_successful, headTotals.requests_successful, 'count');
    add('Sessions completed', b?.sessions_completed, headTotals.sessions_completed, 'count');
    add('Compute cost', b?.compute_cost, headTotals.compute_cost, 'currency');
    add('GPU-hours', b?.gpu_hours, headTotals.gpu_hours, 'count');
    add('Cost / completed request', b?.cost_per_completed_request, headTotals.cost_per_completed_request, 'currency');
    add('Cost / M output tokens', b?.cost_per_million_output_tokens, headTotals.cost_per_million_output_tokens, 'currency');
    const cellsLine = hs
        ? `Head cells: ${hs.total_cells} (complete ${hs.successful_cells}, failed ${hs.failed_cells}${comment_fin(hs.partial_cells) ? `, partial ${hs.partial_cells}` : ''}).`
        : '';
    if (rows.length === 0)
        return `### Cost and completion\n\n${cellsLine}\n\n_No request counts or cost in the report${diff ? 's' : ''}._\n`;
    let costLine = '';
    if (diff) {
        const costRegressed = diff.cells.filter((c) => c.verdict?.comparisons.some((m) => m.kind === 'cost' && m.outcome === 'regressed')).length;
        const compRegressed = diff.cells.filter((c) => c.verdict?.comparisons.some((m) => m.kind === 'completion' && m.outcome === 'regressed')).length;
        costLine = `\nCells with a cost regression: ${costRegressed} · with a completion regression: ${compRegressed}.\n`;
    }
    const header = diff ? ['', 'Base', 'Head', 'Δ'] : ['', 'Head'];
    const align = diff ? ['l', 'r', 'r', 'r'] : ['l', 'r'];
    return `### Cost and completion\n\n${cellsLine}\n\n${table([header, ...rows], align)}${costLine}`;
}
/** Mermaid-safe label: letters, digits, space and . _ / - only. */
function chartLabel(s) {
    return s.replace(/[^A-Za-z0-9 ._/-]+/g, '_').slice(0, 60);
}
function chartNumber(v) {
    return Number(v.toPrecision(4)).toString();
}
function sectionCharts(head, diff) {
    // Families: from the diff (base vs head) or the head report alone.
    const families = new Map();
    const label = (id) => chartLabel(`${id.hardware ?? '?'} ${id.model ?? '?'} ${id.framework ?? '?'} ${id.precision ?? '?'} ${id.isl ?? '?'}/${id.osl ?? '?'}`);
    if (diff) {
        for (const c of diff.cells) {
            if (c.status === 'new' ||
                c.status === 'missing' ||
                c.status === 'incomparable' ||
                c.identity.concurrency === null)
                continue;
            let f = families.get(c.family);
            if (!f)
                families.set(c.family, (f = { label: label(c.identity), points: [], regressed: 0 }));
            if (c.status === 'regressed')
                f.regressed++;
            const get = (m, side) => {
                const x = c.verdict?.comparisons.find((y) => y.metric === m);
                return x ? x[side] : null;
            };
            f.points.push({
                concurrency: c.identity.concurrency,
                base: { tput_per_gpu: get('tput_per_gpu', 'base'), p99_ttft: get('p99_ttft', 'base') },
                head: { tput_per_gpu: get('tput_per_gpu', 'head'), p99_ttft: get('p99_ttft', 'head') },
            });
        }
    }
    else {
        const sorted = [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id));
        for (const c of sorted) {
            if (typeof c.concurrency !== 'number')
                continue;
            const key = JSON.stringify([
                c.hardware,
                c.model,
                c.framework,
                c.precision,
                c.scenario_type,
                c.isl,
                c.osl,
                c.recipe_name,
                c.topology ?? {},
            ]);
            let f = families.get(key);
            if (!f)
                families.set(key, (f = { label: label(c), points: [], regressed: 0 }));
            const m = (k) => (comment_fin(c.metrics?.[k]) ? c.metrics[k] : null);
            f.points.push({
                concurrency: c.concurrency,
                base: {},
                head: { tput_per_gpu: m('tput_per_gpu'), p99_ttft: m('p99_ttft') },
            });
        }
    }
    const chosen = [...families.entries()]
        .filter(([, f]) => f.points.length >= 2)
        .sort((a, b) => b[1].regressed - a[1].regressed || b[1].points.length - a[1].points.length || cmp(a[0], b[0]))
        .slice(0, MAX_CHART_FAMILIES);
    if (chosen.length === 0)
        return null;
    const charts = [];
    for (const [, f] of chosen) {
        const pts = [...f.points].sort((a, b) => a.concurrency - b.concurrency);
        for (const [metric, title, unit, scale] of [
            ['tput_per_gpu', 'Throughput per GPU', 'tok/s/GPU', 1],
            ['p99_ttft', 'p99 TTFT', 'ms', 1000],
        ]) {
            const usable = pts.filter((p) => p.head[metric] !== null &&
                p.head[metric] !== undefined &&
                (!diff || (p.base[metric] !== null && p.base[metric] !== undefined)));
            if (usable.length < 2)
                continue;
            const lines = [
                '```mermaid',
                'xychart-beta',
                `  title "${title} - ${f.label}"`,
                `  x-axis "Concurrency" [${usable.map((p) => `"${p.concurrency}"`).join(', ')}]`,
                `  y-axis "${unit}"`,
            ];
            if (diff)
                lines.push(`  line [${usable.map((p) => chartNumber(p.base[metric] * scale)).join(', ')}]`);
            lines.push(`  line [${usable.map((p) => chartNumber(p.head[metric] * scale)).join(', ')}]`);
            lines.push('```');
            charts.push(lines.join('\n'));
        }
    }
    if (charts.length === 0)
        return null;
    const legend = diff ? 'First line: base, second line: head.' : 'Head run only (no baseline).';
    const more = families.size > chosen.length
        ? ` ${families.size - chosen.length} more famil${families.size - chosen.length === 1 ? 'y is' : 'ies are'} in the artifact.`
        : '';
    return `### Charts\n\n${legend}${more}\n\n${charts.join('\n\n')}\n`;
}
const STATUS_ORDER = {
    regressed: 0,
    improved: 1,
    incomparable: 2,
    missing: 3,
    new: 4,
    insufficient_data: 5,
    unchanged: 6,
};
const TABLE_METRICS = ['p99_ttft', 'p99_tpot', 'tput_per_gpu', 'success_rate'];
function perCellRow(d, currency) {
    const byMetric = new Map((d.verdict?.comparisons ?? []).map((c) => [c.metric, c]));
    const cols = TABLE_METRICS.map((m) => {
        const c = byMetric.get(m);
        if (!c)
            return '—';
        return `${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)} (${deltaCell(c)})`;
    });
    const changed = (d.verdict?.comparisons ?? [])
        .filter((c) => c.outcome === d.status)
        .map((c) => (0,render_escape/* safeText */.Hk)(c.metric, 60));
    const what = changed.length > 0
        ? `: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` +${changed.length - 3}` : ''}`
        : '';
    const note = d.reasons.length > 0 ? ` — ${(0,render_escape/* safeText */.Hk)(d.reasons.join('; '), 160)}` : what;
    return [
        cellLabel(d),
        d.identity.concurrency === null ? '—' : String(d.identity.concurrency),
        ...cols,
        `${outcomeText(d.status)}${note}`,
    ];
}
function perCellHeader() {
    return ['Cell', 'Conc', 'p99 TTFT', 'p99 TPOT', 'Tput/GPU (tok/s)', 'Success', 'Verdict'];
}
/** Per-cell rows in priority order (changes first), at most what fits in `maxChars`. */
function sectionPerCell(diff, currency, maxChars) {
    if (diff.cells.length === 0)
        return null;
    const ordered = diff.cells
        .map((c, i) => ({ c, i }))
        .sort((a, b) => (STATUS_ORDER[a.c.status] ?? 9) - (STATUS_ORDER[b.c.status] ?? 9) || a.i - b.i);
    const align = ['l', 'r', 'r', 'r', 'r', 'r', 'l'];
    const wrap = (rows, left) => {
        const note = left > 0 ? `\n_${left} more row(s) are in compare.json (artifact)._\n` : '';
        return details(`Per-cell comparison (${rows.length} of ${diff.cells.length} cells)`, `${table([perCellHeader(), ...rows], align)}${note}`);
    };
    const rows = [];
    let size = wrap([], diff.cells.length).length + 200;
    for (const { c } of ordered) {
        const row = perCellRow(c, currency);
        const rowLen = row.reduce((s, x) => s + x.length + 3, 2) + 60; // markdown-table pads columns; keep slack
        if (size + rowLen > maxChars)
            break;
        rows.push(row);
        size += rowLen;
    }
    if (rows.length === 0)
        return {
            text: `_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`,
            shown: 0,
            total: diff.cells.length,
        };
    return { text: wrap(rows, diff.cells.length - rows.length), shown: rows.length, total: diff.cells.length };
}
function footer(head) {
    const v = (0,render_escape/* safeText */.Hk)(head.analyzer?.inferguard_version ?? '?', 40);
    return `<sub>inferguard ${v} · full data: report.json and compare.json in the run artifact.</sub>\n`;
}
/**
 * Renders the PR comment.
 *
 * @param input.head the head report (inferguard-analyze/v1).
 * @param input.diff compareReports(base, head) or null when there is no baseline (stated as such).
 * @param input.suiteKey suite key carried by the hidden marker (several suites per PR coexist).
 * @param input.run run metadata; links are built only from `runUrl`/`artifactUrl` (https only).
 * @param input.budgetChars maximum length in UTF-16 code units (default 60,000).
 * @returns markdown whose first line is commentMarker(suiteKey).
 */
function renderComment(input) {
    const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
    const { head, diff } = input;
    const findings = allFindings(head, diff);
    const currency = currencyOf(head);
    const marker = commentMarker(input.suiteKey);
    const top = headline(input, findings);
    const foot = footer(head);
    const build = (opts) => {
        const parts = [marker, top, sectionFindings(findings, opts.findingRows)];
        if (opts.gates) {
            const g = sectionGates(head);
            if (g)
                parts.push(g);
        }
        if (diff)
            parts.push(sectionChanges(diff, currency, opts.changeRows));
        if (opts.cost) {
            const c = sectionCost(head, diff, currency);
            if (c)
                parts.push(c);
        }
        if (opts.charts) {
            const ch = sectionCharts(head, diff);
            if (ch)
                parts.push(ch);
        }
        const dropped = [];
        if (!opts.gates && head.gates)
            dropped.push('gates');
        if (!opts.cost)
            dropped.push('cost and completion');
        if (!opts.charts)
            dropped.push('charts');
        if (dropped.length > 0)
            parts.push(`_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`);
        if (diff && opts.perCell) {
            const used = parts.join('\n').length + foot.length + 2;
            const pc = sectionPerCell(diff, currency, budget - used);
            if (pc)
                parts.push(pc.text);
        }
        else if (diff && diff.cells.length > 0) {
            parts.push(`_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`);
        }
        if (!diff)
            parts.push(opts.perCell ? headOnlyCells(head) : `_${head.cells?.length ?? 0} cell(s) are in report.json (artifact)._\n`);
        parts.push(foot);
        return parts.join('\n');
    };
    const plans = [
        {
            findingRows: MAX_FINDING_ROWS,
            changeRows: MAX_CHANGE_ROWS,
            gates: true,
            cost: true,
            charts: true,
            perCell: true,
        },
        {
            findingRows: MAX_FINDING_ROWS,
            changeRows: MAX_CHANGE_ROWS,
            gates: true,
            cost: true,
            charts: false,
            perCell: true,
        },
        { findingRows: 25, changeRows: MAX_CHANGE_ROWS, gates: false, cost: false, charts: false, perCell: true },
        { findingRows: 10, changeRows: 10, gates: false, cost: false, charts: false, perCell: false },
        { findingRows: 3, changeRows: 3, gates: false, cost: false, charts: false, perCell: false },
    ];
    let md = '';
    for (const p of plans) {
        md = build(p);
        if (md.length <= budget)
            return md;
    }
    // Last resort: cut at a line boundary, keeping the marker and headline.
    const cut = md.lastIndexOf('\n', budget - 200);
    return `${md.slice(0, Math.max(cut, 0))}\n\n_Comment truncated to stay under GitHub's limit; see the artifact._\n`;
}
/** Without a baseline: a compact head-only cell table (capped), so the comment still shows the run. */
function headOnlyCells(head) {
    const cells = [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id));
    if (cells.length === 0)
        return '_The report has no cells._\n';
    const max = 100;
    const rows = cells
        .slice(0, max)
        .map((c) => [
        (0,render_escape/* safeCode */.lI)(c.cell_id, 60),
        typeof c.concurrency === 'number' ? String(c.concurrency) : '—',
        (0,render_escape/* safeText */.Hk)(c.completion?.status ?? 'unknown', 20),
        (0,format/* formatPct */.R8)(c.completion?.success_rate),
        (0,format/* formatSeconds */.Xo)(c.metrics?.p99_ttft),
        (0,format/* formatSeconds */.Xo)(c.metrics?.p99_tpot),
        (0,format/* formatTokensPerSec */.WQ)(c.metrics?.tput_per_gpu),
    ]);
    const body = `${table([['Cell', 'Conc', 'Status', 'Success', 'p99 TTFT', 'p99 TPOT', 'Tput/GPU (tok/s)'], ...rows], ['l', 'r', 'l', 'r', 'r', 'r', 'r'])}${cells.length > max ? `\n_${cells.length - max} more cell(s) are in report.json (artifact)._\n` : ''}`;
    return details(`Cells (${Math.min(max, cells.length)} of ${cells.length})`, body);
}

;// CONCATENATED MODULE: ./src/cli-compare.ts
/**
 * `inferguard compare` and `inferguard comment`.
 *
 * compare: two report.json files in; compare.json (validated against inferguard-report-diff/v1)
 * and comment.md out, in --output-dir (default: the folder of --head). Exit codes as analyze:
 * 0 ok; 1 a finding (head report + compare findings) at or above --fail-on, none critical, or a
 * REGRESSION verdict with --fail-on-regression; 2 a critical finding (unless --fail-on never);
 * 3 nothing could be written.
 *
 * comment: renders comment.md from a report.json and an optional compare.json, writes it and
 * prints it to stdout.
 */












function shown(p) {
    const r = external_node_path_default().relative(process.cwd(), external_node_path_default().resolve(p));
    if (r === '')
        return '.';
    if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
        return external_node_path_default().basename(p);
    return r.split((external_node_path_default()).sep).join('/');
}
/** Reads and validates a JSON document; any problem is a one-line NoReportError naming the file. */
async function readContract(file, contract, flag) {
    // Reports may come from anywhere (a fork, another run): the untrusted-report checks (size,
    // depth, finite numbers, cell cap, contract, open blocks), with a one-line refusal.
    if (contract === 'inferguard-analyze/v1') {
        const load = loadUntrustedReport(file, `${flag} ${shown(file)}:`);
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
        throw new config_file/* NoReportError */.E(`${flag} ${shown(file)} cannot be read (${e.code ?? 'error'})`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // Never the engine's message: it quotes the file's first characters.
        throw new config_file/* NoReportError */.E(`${flag} ${shown(file)} is not JSON`);
    }
    const r = (0,validate/* validateContract */.T7)(contract, value);
    if (!r.ok)
        throw new config_file/* NoReportError */.E(`${flag} ${shown(file)} is not a valid ${contract} document: ${r.errors.slice(0, 2).join('; ')}`);
    return value;
}
function required(values, name, cmd) {
    const v = values[name];
    if (typeof v !== 'string' || v === '')
        throw new types/* UsageError */.eb(`${cmd} needs --${name} <file>`);
    return v;
}
async function writeOrFail(what, fn, file) {
    try {
        await fn();
    }
    catch (e) {
        throw new config_file/* NoReportError */.E(`cannot write ${what} to ${shown(file)}: ${e.code ?? e.message.split('\n')[0]}`);
    }
}
async function cmdCompare(argv) {
    const { values } = (0,cli_args/* parseCliArgs */.h)(argv, {
        base: { type: 'string' },
        head: { type: 'string' },
        'output-dir': { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        'fail-on-regression': { type: 'boolean' },
        'suite-key': { type: 'string' },
    }, false);
    const basePath = required(values, 'base', 'compare');
    const headPath = required(values, 'head', 'compare');
    const failOn = (0,cli_args/* parseFailOn */.X)(values['fail-on']);
    const config = await (0,config_file/* loadConfig */.Z)(values.config);
    const base = await readContract(basePath, 'inferguard-analyze/v1', '--base');
    const head = await readContract(headPath, 'inferguard-analyze/v1', '--head');
    // Every configured gate (report and diff paths) is evaluated against head + diff.
    const gates = (0,core_gates/* parseGates */.MJ)(config.gates);
    const diff = compareReports(base, head, compareOptionsFromConfig(config));
    const gatesBlock = gates.length > 0 ? (0,core_gates/* evaluateGates */.ud)(gates, { report: head, diff }) : null;
    if (gatesBlock)
        diff.gates = gatesBlock;
    const headForComment = gatesBlock ? { ...head, gates: gatesBlock } : head;
    const outDir = values['output-dir'] ?? external_node_path_default().dirname(headPath);
    const compareFile = external_node_path_default().join(outDir, 'compare.json');
    const commentFile = external_node_path_default().join(outDir, 'comment.md');
    await writeOrFail('compare.json', () => (0,write/* writeJsonValidated */.Cm)(compareFile, REPORT_DIFF_SCHEMA_VERSION, diff), compareFile);
    const md = renderComment({
        head: headForComment,
        diff,
        suiteKey: values['suite-key'] ?? 'default',
    });
    await writeOrFail('comment.md', () => (0,write/* writeFileAtomic */.Zf)(commentFile, md), commentFile);
    const findings = mergeFindings(head.findings, diff.findings);
    let code = (0,exit_code/* exitCodeFor */.Rr)(findings, failOn);
    const regression = diff.verdict.verdict === 'REGRESSION';
    if (values['fail-on-regression'] === true && regression)
        code = Math.max(code, exit_code/* EXIT_FINDINGS */.cB);
    if (gatesBlock)
        code = Math.max(code, (0,core_gates.gatesExitCode)(gatesBlock));
    const c = (0,exit_code/* countFindings */.Gt)(findings);
    const k = diff.counts;
    process.stdout.write([
        `inferguard compare: ${diff.verdict.verdict}; ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged, ${k.new} new, ${k.missing} missing, ${k.incomparable} incomparable, ${k.insufficient_data} insufficient data`,
        `findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
        `compare.json: ${shown(compareFile)}`,
        `comment.md:   ${shown(commentFile)}`,
        `exit code ${code} (--fail-on ${failOn}${values['fail-on-regression'] === true ? ', --fail-on-regression' : ''})`,
    ].join('\n') + '\n');
    return code;
}
async function cmdComment(argv) {
    const { values } = (0,cli_args/* parseCliArgs */.h)(argv, {
        head: { type: 'string' },
        compare: { type: 'string' },
        'suite-key': { type: 'string' },
        'output-dir': { type: 'string' },
    }, false);
    const headPath = required(values, 'head', 'comment');
    const head = await readContract(headPath, 'inferguard-analyze/v1', '--head');
    const comparePath = values.compare;
    const diff = comparePath
        ? await readContract(comparePath, REPORT_DIFF_SCHEMA_VERSION, '--compare')
        : null;
    const md = renderComment({ head, diff, suiteKey: values['suite-key'] ?? 'default' });
    const outDir = values['output-dir'] ?? external_node_path_default().dirname(headPath);
    const commentFile = external_node_path_default().join(outDir, 'comment.md');
    await writeOrFail('comment.md', () => (0,write/* writeFileAtomic */.Zf)(commentFile, md), commentFile);
    process.stdout.write(md);
    return 0;
}


/***/ })

};
