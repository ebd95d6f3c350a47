export const id = 720;
export const ids = [720];
export const modules = {

/***/ 9720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeOutputDir: () => (/* binding */ analyzeOutputDir),
  readResultsDir: () => (/* binding */ readResultsDir)
});

// UNUSED EXPORTS: displayRoot, givenFacts

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cells/identity.ts
var cells_identity = __webpack_require__(4523);
;// CONCATENATED MODULE: ./src/core/cells/completion.ts
function computeCompletion(c) {
    let rate = null;
    let status = 'unknown';
    if (c.total !== null && c.successful !== null && c.total > 0 && c.successful >= 0) {
        rate = c.successful / c.total;
        if (rate > 1)
            status = 'unknown';
        else if (rate === 1)
            status = 'complete';
        else if (rate === 0)
            status = 'failed';
        else
            status = 'partial';
    }
    else if (c.total === 0 && c.successful === 0) {
        status = 'failed';
        rate = null;
    }
    return {
        num_requests_total: c.total,
        num_requests_successful: c.successful,
        success_rate: rate,
        status,
        counts_source: c.source,
        counts_basis: c.basis,
        sessions_total: c.sessions_total,
        sessions_completed: c.sessions_completed,
    };
}

// EXTERNAL MODULE: ./src/core/sort-keys.ts
var sort_keys = __webpack_require__(1936);
;// CONCATENATED MODULE: ./src/core/cells/merge.ts
/**
 * Fragments → cells. Copies of one cell (the same identity in several artifacts: `bmk_` and
 * `power_audit_` folders, rows of a collected `agg_bmk.json`, re-downloads) are merged, never
 * counted twice. Copies that disagree about a measured value are kept apart as separate cells,
 * with a warning finding naming both files.
 */



/** Relative tolerance under which two copies of a number are the same measurement. */
const SAME_VALUE_REL_TOL = 1e-6;
function sameValue(a, b) {
    if (a === null || b === null)
        return true;
    if (typeof a === 'number' && typeof b === 'number') {
        const scale = Math.max(Math.abs(a), Math.abs(b));
        return scale === 0 || Math.abs(a - b) <= SAME_VALUE_REL_TOL * scale;
    }
    return a === b;
}
/** First metric on which `m` disagrees with the group, or null. */
function conflictWith(g, f) {
    if (g.total !== null && f.counts.total !== null && g.total !== f.counts.total) {
        return { key: 'num_requests_total', a: g.total, b: f.counts.total };
    }
    if (g.successful !== null && f.counts.successful !== null && g.successful !== f.counts.successful) {
        return { key: 'num_requests_successful', a: g.successful, b: f.counts.successful };
    }
    for (const key of Object.keys(f.metrics).sort()) {
        const a = g.metrics[key];
        const b = f.metrics[key];
        if (a === undefined || b === undefined)
            continue;
        if (!sameValue(a, b))
            return { key, a, b };
    }
    return null;
}
/** The fragment names a runner, host or image that the group's fragments name differently. */
function otherEnvironment(g, f) {
    const mine = envOf(f);
    if (mine === null)
        return false;
    return g.fragments.some((o) => {
        const theirs = envOf(o);
        if (theirs === null)
            return false;
        return ['runner', 'host', 'image'].some((k) => {
            const a = mine[k];
            const b = theirs[k];
            return typeof a === 'string' && typeof b === 'string' && a !== b;
        });
    });
}
function envOf(f) {
    const e = f.extras?.environment;
    return e !== null && typeof e === 'object' ? e : null;
}
function addToGroup(g, f) {
    g.fragments.push(f);
    const metrics = f.metrics;
    for (const k of Object.keys(metrics)) {
        const v = metrics[k];
        if (v !== null && (g.metrics[k] === undefined || g.metrics[k] === null))
            g.metrics[k] = v;
        else if (g.metrics[k] === undefined)
            g.metrics[k] = v;
    }
    if (g.total === null)
        g.total = f.counts.total;
    if (g.successful === null)
        g.successful = f.counts.successful;
}
function fragmentOrder(a, b) {
    const ka = `${a.dir}\u0000${a.files[0] ?? ''}`;
    const kb = `${b.dir}\u0000${b.files[0] ?? ''}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** Groups fragments by identity and merges each group into one cell (or several on conflict). */
function mergeFragments(fragments) {
    const byKey = new Map();
    for (const f of fragments) {
        // Repeats of one configuration share the identity key but not the merge key (identity.ts).
        const k = (0,cells_identity/* mergeKey */.ub)(f.identity, f.topology);
        const list = byKey.get(k);
        if (list)
            list.push(f);
        else
            byKey.set(k, [f]);
    }
    const out = { cells: [], findings: [] };
    for (const key of [...byKey.keys()].sort()) {
        const list = (byKey.get(key) ?? []).slice().sort(fragmentOrder);
        const groups = [];
        for (const f of list) {
            let placed = false;
            let firstConflict = null;
            for (const g of groups) {
                // Runs on different machines are two runs (repeats), never copies of one (nor a conflict).
                if (otherEnvironment(g, f))
                    continue;
                const c = conflictWith(g, f);
                if (c === null) {
                    addToGroup(g, f);
                    placed = true;
                    break;
                }
                firstConflict ??= { group: g, c };
            }
            if (!placed) {
                const g = { fragments: [], metrics: {}, total: null, successful: null };
                addToGroup(g, f);
                groups.push(g);
                if (firstConflict) {
                    const fileA = firstConflict.group.fragments[0]?.files[0] ?? '';
                    const fileB = f.files[0] ?? '';
                    const conflict = firstConflict.c;
                    f.findings.push({
                        code: 'metrics_unavailable',
                        severity: 'warning',
                        message: `Two artifacts disagree about the same cell (${conflict.key}: ${String(conflict.a)} in ${fileA} vs ${String(conflict.b)} in ${fileB}), so they are kept as separate cells.`,
                        cell_id: null,
                        evidence: {
                            kind: 'conflicting_copies',
                            metric: conflict.key,
                            values: [conflict.a, conflict.b],
                            files: [fileA, fileB],
                            tolerance_name: 'same_value_relative_tolerance',
                            tolerance: SAME_VALUE_REL_TOL,
                        },
                    });
                }
            }
        }
        for (const g of groups)
            out.cells.push({ cell: buildCell(g), fragments: g.fragments });
    }
    return out;
}
function mergeArtifacts(fragments) {
    const roles = new Map();
    for (const f of fragments) {
        for (const [role, v] of Object.entries(f.artifacts)) {
            const set = roles.get(role) ?? new Set();
            roles.set(role, set);
            if (typeof v === 'string')
                set.add(v);
            else if (Array.isArray(v))
                for (const p of v)
                    set.add(p);
        }
    }
    const out = {};
    for (const role of [...roles.keys()].sort()) {
        const paths = [...(roles.get(role) ?? [])].sort();
        out[role] = paths.length === 0 ? null : paths.length === 1 ? paths[0] : paths;
    }
    return out;
}
function mergeTopology(fragments) {
    const out = {};
    for (const f of fragments) {
        for (const [k, v] of Object.entries(f.topology)) {
            if (v === null || v === undefined) {
                if (!(k in out))
                    out[k] = null;
            }
            else if (out[k] === undefined || out[k] === null)
                out[k] = v;
        }
    }
    return (0,sort_keys/* sortKeys */.d)(out);
}
function mergeExtras(fragments) {
    const out = {};
    for (const f of fragments) {
        for (const [k, v] of Object.entries(f.extras ?? {})) {
            const prev = out[k];
            if (k === 'environment')
                out[k] = mergeEnvironment(prev, v);
            else if (prev === undefined)
                out[k] = v;
            else if (Array.isArray(prev) && Array.isArray(v)) {
                const seen = new Set(prev.map((x) => JSON.stringify(x)));
                out[k] = [...prev, ...v.filter((x) => !seen.has(JSON.stringify(x)))];
            }
        }
    }
    return out;
}
/**
 * Copies of one cell say what they know of its environment (a `bmk_<RF>` folder names the
 * runner, a collected row does not): per field, the first non-null value.
 */
function mergeEnvironment(prev, next) {
    if (prev === undefined || prev === null || typeof prev !== 'object')
        return next;
    if (next === undefined || next === null || typeof next !== 'object')
        return prev;
    const a = prev;
    const b = next;
    // The keys of both, each once, in code-unit order. A plain loop: the spread of a Set of spreads
    // and the default sort cost ~17 µs a call here (35 ms over a 2,000-cell sweep's copies), this ~1.
    const keys = Object.keys(a);
    const own = keys.length;
    for (const k of Object.keys(b)) {
        let seen = false;
        for (let i = 0; i < own && !seen; i++)
            seen = keys[i] === k;
        if (!seen)
            keys.push(k);
    }
    keys.sort(byCodeUnits);
    const out = {};
    for (const k of keys)
        out[k] = a[k] ?? b[k] ?? null;
    return out;
}
function byCodeUnits(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
function buildCell(g) {
    const fragments = g.fragments;
    const first = fragments[0];
    const formats = [...new Set(fragments.map((f) => f.source_format))].sort();
    const sourceFormat = formats.length === 1 ? formats[0] : 'mixed';
    const variants = [...new Set(fragments.map((f) => f.source_variant).filter((v) => !!v))].sort();
    let countsFrag = fragments.find((f) => f.counts.total !== null && f.counts.successful !== null);
    countsFrag ??= fragments.find((f) => f.counts.total !== null || f.counts.successful !== null);
    const sessionsFrag = fragments.find((f) => f.counts.sessions_total !== null);
    const completion = computeCompletion({
        total: g.total,
        successful: g.successful,
        sessions_total: sessionsFrag?.counts.sessions_total ?? null,
        sessions_completed: sessionsFrag?.counts.sessions_completed ?? null,
        source: countsFrag?.counts.source ?? null,
        basis: countsFrag?.counts.basis ?? null,
    });
    const samples = {};
    for (const f of fragments) {
        for (const [k, v] of Object.entries(f.samples ?? {})) {
            if (v && !samples[k])
                samples[k] = v;
        }
    }
    const extras = mergeExtras(fragments);
    const cell = {
        cell_id: '',
        source_format: sourceFormat,
        ...(variants.length > 0 ? { source_variant: variants.join('+') } : {}),
        ...(formats.length > 1 ? { source_formats: formats } : {}),
        hardware: first.identity.hardware,
        model: first.identity.model,
        framework: first.identity.framework,
        precision: first.identity.precision,
        scenario_type: first.identity.scenario_type,
        is_multinode: first.identity.is_multinode,
        recipe_name: first.identity.recipe_name,
        isl: first.identity.isl,
        osl: first.identity.osl,
        concurrency: first.identity.concurrency,
        topology: mergeTopology(fragments),
        artifacts: mergeArtifacts(fragments),
        completion,
        metrics: (0,sort_keys/* sortKeys */.d)({ ...g.metrics }),
        findings: fragments.flatMap((f) => f.findings),
        ...(Object.keys(samples).length > 0 ? { samples } : {}),
        ...(0,sort_keys/* sortKeys */.d)(extras),
    };
    return cell;
}

// EXTERNAL MODULE: ./src/core/findings/order.ts
var order = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/core/findings/index.ts + 15 modules
var findings = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/timeline/timeline-block.ts
var timeline_block = __webpack_require__(6256);
// EXTERNAL MODULE: ./src/core/curve/curve.ts
var curve = __webpack_require__(6372);
// EXTERNAL MODULE: ./src/core/cost/cost.ts
var cost_cost = __webpack_require__(3804);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/stats/sample.ts
var sample = __webpack_require__(6525);
;// CONCATENATED MODULE: ./src/core/stats.ts
/**
 * Percentiles, summaries, sketches and SampleColumn now live in src/core/stats/sample.ts; this
 * module re-exports them under their old path so that importers need not change.
 */


;// CONCATENATED MODULE: ./src/core/cells/phase-metrics.ts
/**
 * Phase metrics per cell (report.json `phase_metrics`), from per-request sample sketches: for each
 * latency series (ttft, tpot, itl, e2el) and each phase, mean, std (population), p50, p90, p99,
 * min, max, IQR (p75 − p25) and coefficient of variation (std / mean × 100), as scalar metrics
 * `<phase>_<series>_<stat>_s` (`_cov_pct` for CoV, `_n` for the true sample count).
 *
 * Phases: `measurement` is `cell.samples`. A `warmup` phase exists only when the source marked
 * warmup requests and kept them apart (`cell.warmup_samples`, same shape); benchmark clients
 * in our formats drop warmup requests, so most cells have the measurement phase only.
 * Sketches hold at most SAMPLE_SKETCH_SIZE evenly spaced order statistics, so statistics of a
 * large cell are computed over the sketch (percentiles exactly as stats.ts defines them).
 * Descriptive only.
 */


const PHASE_SERIES = ['ttft', 'tpot', 'itl', 'e2el'];
/** Statistics of one sketch; null when it holds no value. */
function phaseStats(sketch) {
    const v = sketch.values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (v.length === 0)
        return null;
    const s = (0,sample/* summarizeSorted */.BX)(v);
    const mean = s.mean;
    const std = s.std;
    return {
        n: Math.max(sketch.n, v.length),
        mean,
        std,
        p50: s.p50,
        p90: s.p90,
        p99: s.p99,
        min: s.min,
        max: s.max,
        iqr: (0,sample/* percentileSorted */.vS)(v, 75) - (0,sample/* percentileSorted */.vS)(v, 25),
        cov_pct: mean === 0 ? null : (std / mean) * 100,
    };
}
function put(out, phase, samples) {
    if (!samples)
        return;
    for (const series of PHASE_SERIES) {
        const sk = samples[`${series}_s`];
        if (!sk)
            continue;
        const st = phaseStats(sk);
        if (!st)
            continue;
        const p = `${phase}_${series}`;
        out[`${p}_n`] = st.n;
        for (const k of ['mean', 'std', 'p50', 'p90', 'p99', 'min', 'max', 'iqr'])
            out[`${p}_${k}_s`] = (0,parse/* roundStable */.O6)(st[k]);
        out[`${p}_cov_pct`] = st.cov_pct === null ? null : (0,parse/* roundStable */.O6)(st.cov_pct);
    }
}
/** Phase metrics of a cell (empty when it has no samples). Keys sorted. */
function computePhaseMetrics(cell) {
    const out = {};
    put(out, 'warmup', isSamples(cell.warmup_samples) ? cell.warmup_samples : undefined);
    put(out, 'measurement', cell.samples);
    const sorted = {};
    for (const k of Object.keys(out).sort())
        sorted[k] = out[k];
    return sorted;
}
function isSamples(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/core/cells/bottleneck.ts
/**
 * Descriptive bottleneck classification of a cell (report.json `bottleneck`, without
 * its recommendations: we describe, we do not advise). Computed only for cells with per-request
 * samples. Categories and their 0–1 scores:
 *
 * - prefill-bound: TTFT is a large share of end-to-end latency (p50 TTFT / p50 E2EL): 0 at 30%,
 *   1 at 70%.
 * - decode-bound: the rest of the request (token generation) dominates: 0 when it is 30% of
 *   E2EL, 1 at 70%.
 * - queue-bound: the TTFT tail far above its median (p99 / p50 TTFT): requests wait before
 *   prefill; 0 at 2×, 1 at 5×.
 * - kv-bound: GPU KV usage p95 from 80% (0) to 95% (1); any preemption scores at least 0.75.
 * - transfer-bound (disaggregated cells): share of live samples flagged kv_transfer_stall or
 *   kv_transfer_errors_present, ×2, capped at 1.
 *
 * primary = highest score ≥ 0.5 (ties in the order above), else `unknown`; secondary = the other
 * categories scoring ≥ 0.3, highest first; confidence = primary score × the share of applicable
 * indicator groups that had data (0 for unknown).
 */



const BOTTLENECK_CATEGORIES = [
    'prefill-bound',
    'decode-bound',
    'queue-bound',
    'kv-bound',
    'transfer-bound',
];
const PRIMARY_MIN = 0.5;
const SECONDARY_MIN = 0.3;
function clamp01(x) {
    return Math.max(0, Math.min(1, x));
}
function pct(sk, p) {
    if (!sk || sk.values.length === 0)
        return null;
    return (0,sample/* percentileSorted */.vS)(sk.values, p);
}
function isDisaggregated(cell) {
    const t = cell.topology;
    return (cell.timelineData !== undefined || t.disagg === true || t.disagg === 'true' || typeof t.num_decode_gpu === 'number');
}
/** TTFT's share of E2EL (prefill- and decode-bound) and the TTFT tail over its median (queue-bound). */
function scoreLatencyShape(cell, s, out) {
    const ttft50 = pct(s.ttft_s, 50) ?? (0,curve/* metricOf */.ak)(cell, 'p50_ttft');
    const ttft99 = pct(s.ttft_s, 99) ?? (0,curve/* metricOf */.ak)(cell, 'p99_ttft');
    const e2el50 = pct(s.e2el_s, 50) ?? (0,curve/* metricOf */.ak)(cell, 'p50_e2el');
    if (ttft50 !== null && e2el50 !== null && e2el50 > 0) {
        out.groups++;
        const share = Math.min(1, ttft50 / e2el50);
        out.indicators.ttft_share_of_e2el = (0,parse/* roundStable */.O6)(share);
        out.scores['prefill-bound'] = clamp01((share - 0.3) / 0.4);
        out.scores['decode-bound'] = clamp01((1 - share - 0.3) / 0.4);
        out.evidence.push(`p50 TTFT ${ttft50.toFixed(3)} s is ${(share * 100).toFixed(1)}% of p50 end-to-end latency ${e2el50.toFixed(3)} s`);
    }
    if (ttft50 !== null && ttft99 !== null && ttft50 > 0) {
        out.groups++;
        const tail = ttft99 / ttft50;
        out.indicators.ttft_p99_over_p50 = (0,parse/* roundStable */.O6)(tail);
        out.scores['queue-bound'] = clamp01((tail - 2) / 3);
        out.evidence.push(`p99 TTFT is ${tail.toFixed(2)}× its median`);
    }
}
/** KV usage p95 and preemptions (kv-bound). */
function scoreKvPressure(cell, out) {
    const kv = (0,curve/* metricOf */.ak)(cell, 'kv_cache_usage_p95');
    const pre = (0,curve/* metricOf */.ak)(cell, 'preemptions');
    if (kv === null && pre === null)
        return;
    out.groups++;
    let score = 0;
    if (kv !== null) {
        out.indicators.kv_cache_usage_p95 = (0,parse/* roundStable */.O6)(kv);
        score = clamp01((kv - 0.8) / 0.15);
        out.evidence.push(`GPU KV cache usage p95 ${(kv * 100).toFixed(1)}%`);
    }
    if (pre !== null) {
        out.indicators.preemptions = pre;
        if (pre > 0) {
            score = Math.max(score, 0.75);
            out.evidence.push(`${pre} preemption(s)`);
        }
    }
    out.scores['kv-bound'] = score;
}
/** Share of live samples with KV-transfer stalls or errors (transfer-bound; disaggregated cells with a timeline). */
function scoreKvTransfer(cell, out) {
    if (!cell.timelineData || cell.timelineData.samples.length === 0)
        return;
    out.groups++;
    let frac = 0;
    for (const f of cell.findings) {
        if (f.code !== 'kv_transfer_stall' && f.code !== 'kv_transfer_errors_present')
            continue;
        const n = typeof f.evidence.samples === 'number' ? f.evidence.samples : 0;
        const total = typeof f.evidence.total_samples === 'number' && f.evidence.total_samples > 0
            ? f.evidence.total_samples
            : cell.timelineData.samples.length;
        frac = Math.max(frac, n / total);
    }
    out.indicators.transfer_problem_sample_share = (0,parse/* roundStable */.O6)(frac);
    out.scores['transfer-bound'] = clamp01(frac * 2);
    if (frac > 0)
        out.evidence.push(`${(frac * 100).toFixed(0)}% of live samples show KV-transfer stalls or errors`);
}
/** Classification of a cell, or null when the cell has no per-request samples. */
function classifyBottleneck(cell) {
    const s = cell.samples;
    if (!s || (!s.ttft_s && !s.e2el_s))
        return null;
    const out = { indicators: {}, scores: {}, evidence: [], groups: 0 };
    let applicable = 3;
    scoreLatencyShape(cell, s, out);
    scoreKvPressure(cell, out);
    if (isDisaggregated(cell)) {
        applicable++;
        scoreKvTransfer(cell, out);
    }
    const { scores } = out;
    const ranked = BOTTLENECK_CATEGORIES.filter((c) => scores[c] !== undefined)
        .map((c, i) => ({ c, s: scores[c], i }))
        .sort((a, b) => b.s - a.s || a.i - b.i);
    const top = ranked[0];
    const primary = top && top.s >= PRIMARY_MIN ? top.c : 'unknown';
    const secondary = ranked.filter((x) => x.c !== primary && x.s >= SECONDARY_MIN).map((x) => x.c);
    const coverage = out.groups / applicable;
    const roundedScores = {};
    for (const c of BOTTLENECK_CATEGORIES)
        if (scores[c] !== undefined)
            roundedScores[c] = (0,parse/* roundStable */.O6)(scores[c]);
    return {
        primary,
        secondary,
        confidence: primary === 'unknown' || !top ? 0 : (0,parse/* roundStable */.O6)(top.s * coverage),
        indicators: out.indicators,
        scores: roundedScores,
        evidence: out.evidence,
    };
}

// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/core/cells/derived.ts
/**
 * Steps of the pipeline around the merge that every source shares, so no adapter repeats them:
 * a fallback identity for fragments that have none (before the merge), and the derived metrics
 * (per-GPU throughput, interactivity) computed once per merged cell (after it). Pure.
 */



/**
 * A fragment with every identity field unknown and no explicit id gets
 * `topology.fallback_identity` = its folder (or its first file when it sits at the root), which is
 * part of the merge key: two identity-less results from different folders never merge or conflict.
 */
function applyFallbackIdentity(fragments) {
    for (const f of fragments) {
        if (f.explicit_id)
            continue;
        if (types/* IDENTITY_FIELDS */.DL.some((k) => f.identity[k] !== null && f.identity[k] !== undefined))
            continue;
        if (f.topology.fallback_identity !== undefined)
            continue;
        const id = f.dir !== '' ? f.dir : (f.files[0] ?? '').replace(/\.[^./]+$/, '');
        if (id !== '')
            f.topology = { ...f.topology, fallback_identity: id };
    }
}
const num = (m, k) => typeof m[k] === 'number' && Number.isFinite(m[k]) ? m[k] : null;
/**
 * Fills what a cell's own metrics imply and the source did not write: `tput_per_gpu`,
 * `output_tput_per_gpu`, `input_tput_per_gpu` from the absolute throughputs and the GPU count,
 * or the absolute ones from the per-GPU (aggregates carry only those) — multi-node: output per
 * decode GPU (all GPUs when decode = 0), input per prefill GPU — and
 * `<stat>_intvty` = 1 / `<stat>_tpot` (tok/s per user) for every ladder statistic (mean, p50,
 * p90, p95, p99). The only place these are derived: adapters hand over what their files say.
 * Never overwrites a value. In place.
 */
function deriveCellMetrics(cell) {
    const m = { ...cell.metrics };
    const before = Object.keys(m).length;
    const t = cell.topology;
    const gpus = num(t, 'gpus');
    if (gpus !== null && gpus > 0) {
        const multi = cell.is_multinode === true;
        const np = num(t, 'num_prefill_gpu');
        const nd = num(t, 'num_decode_gpu');
        const den = {
            total: gpus,
            output: multi && nd !== null && nd > 0 ? nd : gpus,
            input: multi && np !== null && np > 0 ? np : gpus,
        };
        const pairs = [
            ['total_tput_tps', 'tput_per_gpu', den.total],
            ['output_tput_tps', 'output_tput_per_gpu', den.output],
            ['input_tput_tps', 'input_tput_per_gpu', den.input],
        ];
        for (const [abs, perGpu, d] of pairs) {
            const a = num(m, abs);
            const g = num(m, perGpu);
            // per-GPU from the absolute (raw results); absolute = per-GPU × its own denominator (aggregates)
            if (a !== null && m[perGpu] === undefined)
                m[perGpu] = a / d;
            else if (g !== null && m[abs] === undefined)
                m[abs] = g * d;
        }
    }
    for (const stat of core_metrics/* LATENCY_STATS */.Ln) {
        const tpot = num(m, `${stat}_tpot`);
        if (tpot !== null && tpot > 0 && m[`${stat}_intvty`] === undefined)
            m[`${stat}_intvty`] = 1 / tpot;
    }
    if (Object.keys(m).length !== before)
        cell.metrics = (0,sort_keys/* sortKeys */.d)(m);
}

// EXTERNAL MODULE: ./src/core/cells/given.ts
var given = __webpack_require__(4844);
;// CONCATENATED MODULE: ./src/core/analyze.ts
/**
 * Pure assembly of a report: adapter output → merged cells → findings → Report. No I/O here;
 * src/io/analyze-dir.ts feeds it and writes the result.
 */













/** Short readable identity, used to disambiguate cell ids that share a folder. */
function shortIdentity(c) {
    const model = (c.model ?? 'model').split('/').pop() ?? 'model';
    const parts = [
        model,
        c.framework,
        c.precision,
        c.hardware,
        c.isl !== null && c.osl !== null ? `${c.isl}x${c.osl}` : null,
    ];
    if (c.concurrency !== null)
        parts.push(`conc${c.concurrency}`);
    return parts.filter((p) => !!p).join('_');
}
/**
 * Assigns cell ids: the explicit id of the artifact, else the folder of its first fragment
 * relative to the root. Cells sharing a folder (one multi-node `bmk_` folder per sweep) get
 * `/conc<N>`, then a readable identity; two cells still claiming one id keep both, suffixed
 * `~2`…, with a warning naming both files.
 */
function assignIds(merged) {
    const base = merged.map(({ fragments }) => {
        const explicit = fragments.map((f) => f.explicit_id).find((x) => !!x);
        return { explicit: explicit ?? null, dir: fragments[0].dir || '.' };
    });
    const byBase = new Map();
    base.forEach((b, i) => {
        const k = b.explicit ?? b.dir;
        byBase.set(k, [...(byBase.get(k) ?? []), i]);
    });
    const ids = new Array(merged.length);
    for (const [k, idx] of byBase) {
        if (idx.length === 1) {
            ids[idx[0]] = k;
            continue;
        }
        // An explicit id is a claim: two cells making it keep the id, suffixed below, with a warning.
        if (base[idx[0]]?.explicit) {
            for (const i of idx)
                ids[i] = k;
            continue;
        }
        const concs = idx.map((i) => merged[i]?.cell.concurrency ?? null);
        const uniqueConc = concs.every((c) => c !== null) && new Set(concs).size === concs.length;
        for (const i of idx) {
            const c = merged[i]?.cell;
            ids[i] = uniqueConc ? `${k}/conc${c.concurrency}` : `${k}/${shortIdentity(c)}`;
        }
    }
    const findings = [];
    const seen = new Map();
    const cells = merged.map(({ cell, fragments }, i) => {
        let id = ids[i];
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        if (n > 1) {
            const firstIdx = ids.indexOf(id);
            const other = merged[firstIdx]?.fragments[0]?.files[0] ?? '';
            const mine = fragments[0]?.files[0] ?? '';
            id = `${id}~${n}`;
            findings.push({
                code: 'metrics_unavailable',
                severity: 'warning',
                message: `Two artifacts claim cell id ${ids[i]} with different identity (${other} and ${mine}); the second is kept as ${id}.`,
                cell_id: id,
                evidence: { kind: 'duplicate_cell_id', cell_id: ids[i], files: [other, mine] },
            });
        }
        const dirs = [...new Set(fragments.map((f) => f.dir))].sort();
        return { ...cell, cell_id: id, fragment_dirs: dirs };
    });
    return { cells, findings };
}
function familyLabel(c) {
    const parts = [c.hardware, c.model, c.framework, c.precision];
    if (c.isl !== null || c.osl !== null)
        parts.push(`${c.isl ?? '?'}/${c.osl ?? '?'}`);
    if (c.scenario_type)
        parts.push(c.scenario_type);
    return parts.filter((p) => p !== null && p !== undefined).join(' · ');
}
function buildFamilies(cells) {
    const map = new Map();
    for (const c of cells) {
        if (c.concurrency === null)
            continue;
        const k = (0,cells_identity/* familyKey */.Q5)(c, c.topology);
        const list = map.get(k);
        if (list)
            list.push(c);
        else
            map.set(k, [c]);
    }
    return [...map.entries()]
        .map(([key, list]) => {
        const sorted = list
            .slice()
            .sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
        return { key, label: familyLabel(sorted[0]), cells: sorted };
    })
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : 1));
}
function runStatus(cells) {
    const known = cells.filter((c) => c.completion.status !== 'unknown');
    if (known.length === 0)
        return 'unknown';
    if (known.every((c) => c.completion.status === 'failed'))
        return 'failed';
    if (known.some((c) => c.completion.status !== 'complete'))
        return 'partial';
    return 'complete';
}
function buildReport(input) {
    const { cells, runFindings } = mergeIntoCells(input);
    const timelineFiles = attachTimelines(cells, input.adapterResults);
    cells.sort(byCellId);
    // Findings from adapters carry cell_id null; they belong to their cell now.
    for (const c of cells)
        for (const f of c.findings)
            f.cell_id = c.cell_id;
    // Phase metrics, from per-request samples (descriptive scalars).
    for (const c of cells) {
        const phase = computePhaseMetrics(c);
        if (Object.keys(phase).length > 0)
            c.metrics = { ...c.metrics, ...phase };
    }
    const families = buildFamilies(cells);
    const byId = new Map(cells.map((c) => [c.cell_id, c]));
    runFindingRules(input, { cells, families, timelineFiles }, byId, runFindings);
    runFindings.push(...input.adapterResults.flatMap((r) => r.findings));
    // A re-derived timeline finding replaces the copy the timeline carried (one per code per cell).
    for (const c of cells)
        c.findings = (0,timeline_block/* dropReplacedCarried */.AS)(c.findings);
    const runCost = input.cost ? applyCosts(cells, input.cost, byId, runFindings) : undefined;
    finishCells(cells, families, input.thresholds);
    const allFindings = [...cells.flatMap((c) => c.findings), ...runFindings].sort(order/* compareFindings */.Eg);
    const manifest = buildManifest(input, cells);
    return {
        schema_version: 'inferguard-analyze/v1',
        generated_at: input.generatedAt,
        input_root: input.inputRoot,
        analyzer: {
            inferguard_version: input.version,
            capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
        },
        run_summary: summarizeRun(cells, manifest, allFindings, runCost),
        cells,
        cross_run: (0,curve/* buildCrossRun */.Y0)(families, input.thresholds),
        findings: allFindings,
        artifact_manifest: manifest,
    };
}
function byCellId(a, b) {
    return a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0;
}
/** Fragments → merged cells with ids, sorted by id; the merge's and the scan's findings. */
function mergeIntoCells(input) {
    const fragments = input.adapterResults.flatMap((r) => r.fragments);
    applyFallbackIdentity(fragments);
    (0,given/* applyGivenFacts */.Xe)(fragments, input.given);
    const merged = mergeFragments(fragments);
    for (const m of merged.cells)
        deriveCellMetrics(m.cell);
    const { cells, findings: idFindings } = assignIds(merged.cells);
    cells.sort(byCellId);
    return { cells, runFindings: [...idFindings, ...merged.findings, ...input.scanFindings] };
}
/** A cell for a timeline with no benchmark cell next to it, so its findings still count. */
function timelineOnlyCell(dir) {
    return {
        cell_id: dir || '.',
        source_format: 'unknown',
        ...(0,cells_identity/* emptyIdentity */.gL)(),
        topology: {},
        artifacts: {},
        completion: {
            num_requests_total: null,
            num_requests_successful: null,
            success_rate: null,
            status: 'unknown',
            counts_source: null,
            counts_basis: null,
            sessions_total: null,
            sessions_completed: null,
        },
        metrics: {},
        findings: [],
        fragment_dirs: [dir],
    };
}
/**
 * Timelines attach to the cells whose fragments share their folder (else a folder below it, else a
 * cell of their own); the lowest-concurrency owner carries the timeline's findings. Returns every
 * timeline file, in adapter order.
 */
function attachTimelines(cells, adapterResults) {
    const timelineFiles = [];
    for (const r of adapterResults) {
        for (const t of r.timelines ?? []) {
            timelineFiles.push(t.file);
            let owners = cells.filter((c) => (c.fragment_dirs ?? []).includes(t.dir));
            if (owners.length === 0) {
                owners = cells.filter((c) => (c.fragment_dirs ?? []).some((d) => d.startsWith(`${t.dir}/`)));
            }
            if (owners.length === 0) {
                const cell = timelineOnlyCell(t.dir);
                cells.push(cell);
                owners = [cell];
            }
            owners.sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
            for (const o of owners) {
                o.timelineData = {
                    file: t.file,
                    samples: t.samples,
                    ...(t.non_report_codes ? { non_report_codes: t.non_report_codes } : {}),
                };
                o.artifacts = { ...o.artifacts, timeline: t.file };
            }
            const home = owners[0];
            for (const f of t.findings) {
                home.findings.push({
                    ...f,
                    evidence: {
                        ...f.evidence,
                        file: t.file,
                        ...(owners.length > 1 ? { cells: owners.map((o) => o.cell_id) } : {}),
                    },
                });
            }
        }
    }
    return timelineFiles;
}
/** A finding goes to the cell it names, else to the run. */
function fileFinding(f, byId, runFindings) {
    const cell = f.cell_id !== null ? byId.get(f.cell_id) : undefined;
    if (cell)
        cell.findings.push(f);
    else
        runFindings.push(f);
}
/** Every rule of FINDING_RULES once over the cells and families. */
function runFindingRules(input, data, byId, runFindings) {
    const ctx = {
        ...data,
        thresholds: input.thresholds,
        expectations: input.adapterResults.flatMap((r) => r.expectations ?? []),
        costRequested: input.costRequested ?? input.cost !== undefined,
        evalThresholds: input.evalThresholds ?? {},
    };
    for (const rule of findings/* FINDING_RULES */._)
        for (const f of rule.evaluate(ctx))
            fileFinding(f, byId, runFindings);
}
/** Cost blocks onto the cells, cost findings filed; the run's cost block out. */
function applyCosts(cells, costInputs, byId, runFindings) {
    const cost = (0,cost_cost/* computeCosts */.We)(cells, costInputs);
    for (const c of cells) {
        const block = cost.cells.get(c.cell_id);
        if (block)
            c.cost = block;
    }
    for (const f of cost.findings)
        fileFinding(f, byId, runFindings);
    return cost.run ?? undefined;
}
/**
 * Per cell, once all findings are in: findings sorted, the bottleneck class, the timeline block (which
 * needs to know whether the curve rules saw a TTFT cliff in the cell's family or timeline).
 */
function finishCells(cells, families, thresholds) {
    const familyOf = new Map();
    for (const fam of families)
        for (const c of fam.cells)
            familyOf.set(c.cell_id, fam.key);
    const cliffFamilies = new Set(cells.filter((c) => c.findings.some((f) => f.code === 'ttft_cliff')).map((c) => familyOf.get(c.cell_id)));
    const cliffTimelines = new Set(cells
        .filter((c) => c.timelineData && c.findings.some((f) => f.code === 'ttft_cliff'))
        .map((c) => c.timelineData?.file));
    for (const c of cells) {
        c.findings.sort(order/* compareFindings */.Eg);
        const bottleneck = classifyBottleneck(c);
        if (bottleneck)
            c.bottleneck = bottleneck;
        if (c.timelineData) {
            const fam = familyOf.get(c.cell_id);
            c.timeline = (0,timeline_block/* buildTimelineBlock */.HN)(c, {
                thresholds,
                curveTtftCliff: cliffTimelines.has(c.timelineData.file) || (fam !== undefined && cliffFamilies.has(fam)),
            });
        }
    }
}
function summarizeRun(cells, manifest, allFindings, runCost) {
    return {
        status: runStatus(cells),
        total_cells: cells.length,
        successful_cells: cells.filter((c) => c.completion.status === 'complete').length,
        failed_cells: cells.filter((c) => c.completion.status === 'failed').length,
        partial_cells: cells.filter((c) => c.completion.status === 'partial').length,
        unknown_cells: cells.filter((c) => c.completion.status === 'unknown').length,
        missing_artifacts: [...new Set(manifest.filter((m) => m.required && !m.present).map((m) => m.path))].sort(),
        findings_by_severity: (0,order/* countBySeverity */.Ot)(allFindings),
        ...(runCost ? { cost: runCost } : {}),
    };
}
function buildManifest(input, cells) {
    // File → cell id, via the fragments that read it.
    const fileCell = new Map();
    const dirCell = new Map();
    for (const c of cells) {
        for (const role of Object.values(c.artifacts)) {
            const paths = typeof role === 'string' ? [role] : Array.isArray(role) ? role : [];
            for (const p of paths)
                if (!fileCell.has(p))
                    fileCell.set(p, c.cell_id);
        }
        for (const d of c.fragment_dirs ?? [])
            if (!dirCell.has(d))
                dirCell.set(d, c.cell_id);
    }
    const entries = new Map();
    const listed = new Set();
    for (const r of input.adapterResults) {
        for (const m of r.manifest) {
            const dir = m.path.includes('/') ? m.path.slice(0, m.path.lastIndexOf('/')) : '';
            const cellId = m.cell_id ?? fileCell.get(m.path) ?? dirCell.get(dir) ?? null;
            const key = `${m.path}\u0000${m.present}`;
            const prev = entries.get(key);
            listed.add(m.path);
            if (!prev)
                entries.set(key, { ...m, cell_id: cellId });
            else if (m.required && !prev.required)
                entries.set(key, { ...prev, required: true });
        }
    }
    for (const f of input.files) {
        if (input.claimed.has(f.path))
            continue;
        if (listed.has(f.path))
            continue;
        entries.set(`${f.path}\u0000true`, {
            path: f.path,
            kind: 'unrecognized',
            cell_id: null,
            required: false,
            present: true,
        });
    }
    return [...entries.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : Number(a.present) - Number(b.present));
}
/** Removes in-memory-only fields (raw timeline samples) before the report is validated and written. */
function toWireReport(report) {
    return {
        ...report,
        cells: report.cells.map((c) => {
            const { timelineData: _t, ...rest } = c;
            return rest;
        }),
    };
}

;// CONCATENATED MODULE: ./src/sources/paths.ts
/** POSIX path helpers for the relative paths of IngestContext files (always `/`, "" = the root). */
function dirOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
function baseOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? p : p.slice(i + 1);
}
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}

// EXTERNAL MODULE: ./src/sources/types.ts
var sources_types = __webpack_require__(7991);
;// CONCATENATED MODULE: ./src/sources/topology.ts
/**
 * Topology shared by the InferenceX and AgentX aggregates (docs/ARCHITECTURE.md key names):
 * parallelism per worker kind, DP-attention as a boolean (aggregates write it as a string), and
 * the GPU count that serves the cell.
 */

const PARALLELISM = ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'];
/** Parallelism keys of an aggregate: top-level for single node, `prefill_*`/`decode_*` for multi-node. */
function parallelismTopology(agg, multinode) {
    const t = {};
    if (multinode) {
        for (const side of ['prefill', 'decode']) {
            for (const k of [...PARALLELISM, 'num_workers']) {
                const v = (0,parse/* toInt */.RI)(agg[`${side}_${k}`]);
                if (v !== null)
                    t[`${side}_${k}`] = v;
            }
            const dpa = (0,parse/* toBool */.AF)(agg[`${side}_dp_attention`]);
            if (dpa !== null)
                t[`${side}_dp_attention`] = dpa;
        }
        const np = (0,parse/* toInt */.RI)(agg.num_prefill_gpu);
        const nd = (0,parse/* toInt */.RI)(agg.num_decode_gpu);
        if (np !== null)
            t.num_prefill_gpu = np;
        if (nd !== null)
            t.num_decode_gpu = nd;
    }
    else {
        for (const k of PARALLELISM) {
            const v = (0,parse/* toInt */.RI)(agg[k]);
            if (v !== null)
                t[k] = v;
        }
        const dpa = (0,parse/* toBool */.AF)(agg.dp_attention);
        if (dpa !== null)
            t.dp_attention = dpa;
    }
    return t;
}
const numAt = (t, k) => (typeof t[k] === 'number' ? t[k] : null);
/**
 * GPUs serving the cell: single node tp×pp×pcp_size (dcp_size does not multiply, as
 * InferenceX counts them; docs/ARCHITECTURE.md "Fragment conventions"); multi-node num_prefill_gpu + num_decode_gpu, else workers×tp.
 */
function gpusOf(t, multinode) {
    if (multinode) {
        const np = numAt(t, 'num_prefill_gpu');
        const nd = numAt(t, 'num_decode_gpu');
        if (np !== null || nd !== null) {
            const g = (np ?? 0) + (nd ?? 0);
            if (g > 0)
                return g;
        }
        const pw = numAt(t, 'prefill_num_workers');
        const dw = numAt(t, 'decode_num_workers');
        if (pw === null && dw === null)
            return null;
        const g = (pw ?? 0) * (numAt(t, 'prefill_tp') ?? 0) + (dw ?? 0) * (numAt(t, 'decode_tp') ?? 0);
        return g > 0 ? g : null;
    }
    const tp = numAt(t, 'tp');
    if (tp === null || tp <= 0)
        return null;
    return tp * (numAt(t, 'pp') ?? 1) * (numAt(t, 'pcp_size') ?? 1);
}

;// CONCATENATED MODULE: ./src/sources/lib/path-facts.ts
/**
 * Facts a path states about its cell, from any segment (folders and the file stem):
 * `isl_1024_osl_1024`, `8k1k` (1k = 1024), `ctx_8_gen_8` (prefill/decode GPUs), `gpus_16`,
 * `conc64` / `concurrency_64` / `c64`, `tp8`, `ep8`, `pp2`, `qps_16` / `req_rate_inf` / `rr10`.
 * A fallback only: the file's own keys always win. Pure.
 */
// Tokens are separated by `_`, `-`, `.` or the segment's ends.
const B = '(?:^|[_.-])';
const E = '(?=$|[_.-])';
const RE = {
    islOsl: new RegExp(`${B}(?:isl|in|input)[_-]?(\\d+)[_-](?:osl|out|output)[_-]?(\\d+)${E}`, 'i'),
    kk: new RegExp(`${B}(\\d+)k(\\d+)k${E}`, 'i'),
    ctxGen: new RegExp(`${B}ctx[_-]?(\\d+)[_-]gen[_-]?(\\d+)${E}`, 'i'),
    gpus: new RegExp(`${B}gpus?[_-]?(\\d+)${E}`, 'i'),
    nGpus: new RegExp(`${B}(\\d+)[_-]?gpus?${E}`, 'i'),
    conc: new RegExp(`${B}(?:conc(?:urrency)?[_-]?|c)(\\d+)${E}`, 'i'),
    tp: new RegExp(`${B}tp[_-]?(\\d+)${E}`, 'i'),
    ep: new RegExp(`${B}ep[_-]?(\\d+)${E}`, 'i'),
    pp: new RegExp(`${B}pp[_-]?(\\d+)${E}`, 'i'),
    rate: new RegExp(`${B}(?:qps|rps|req[_-]?rate|request[_-]?rate|rr|rate)[_-]?(inf|\\d+(?:\\.\\d+)?)${E}`, 'i'),
};
function emptyPathFacts() {
    return {
        isl: null,
        osl: null,
        concurrency: null,
        gpus: null,
        num_prefill_gpu: null,
        num_decode_gpu: null,
        tp: null,
        ep: null,
        pp: null,
        request_rate: null,
    };
}
/** Facts of a relative POSIX path; the segment nearest the file wins when several state one fact. */
function pathFacts(path) {
    const out = emptyPathFacts();
    const segs = path.split('/').filter((s) => s !== '');
    const last = segs.length - 1;
    if (last >= 0)
        segs[last] = segs[last].replace(/\.(json|jsonl|csv|txt|log|out|md|markdown)$/i, '');
    for (let i = last; i >= 0; i--) {
        const s = segs[i];
        const num = (m, g = 1) => {
            const v = m?.[g];
            return v === undefined ? null : Number(v);
        };
        if (out.isl === null) {
            const m = RE.islOsl.exec(s);
            if (m) {
                out.isl = num(m, 1);
                out.osl = num(m, 2);
            }
            else {
                const k = RE.kk.exec(s);
                if (k) {
                    out.isl = num(k, 1) * 1024;
                    out.osl = num(k, 2) * 1024;
                }
            }
        }
        if (out.num_prefill_gpu === null) {
            const m = RE.ctxGen.exec(s);
            if (m) {
                out.num_prefill_gpu = num(m, 1);
                out.num_decode_gpu = num(m, 2);
            }
        }
        if (out.gpus === null) {
            out.gpus = num(RE.gpus.exec(s)) ?? num(RE.nGpus.exec(s));
        }
        if (out.concurrency === null)
            out.concurrency = num(RE.conc.exec(s));
        if (out.tp === null)
            out.tp = num(RE.tp.exec(s));
        if (out.ep === null)
            out.ep = num(RE.ep.exec(s));
        if (out.pp === null)
            out.pp = num(RE.pp.exec(s));
        if (out.request_rate === null) {
            const m = RE.rate.exec(s);
            if (m)
                out.request_rate = m[1].toLowerCase() === 'inf' ? 'inf' : Number(m[1]);
        }
    }
    return out;
}
const FACT_TOKENS = [
    RE.islOsl,
    RE.kk,
    RE.ctxGen,
    RE.gpus,
    RE.nGpus,
    RE.conc,
    RE.tp,
    RE.ep,
    RE.pp,
    RE.rate,
];
/**
 * The configuration a file name states beyond its facts: the stem without the point's own
 * numbers (lengths, concurrency, GPUs, request rate), dates and bare numbers, e.g.
 * `minimax_m25_vllm_dep8_isl1024_osl128_conc16` → `minimax_m25_vllm_dep8`. Points of one sweep
 * share it; two configurations whose files say nothing else apart (`dep8` vs `tep8`) do not.
 * Empty stem → the parent folder's label. Null when nothing is left.
 */
function configLabel(path) {
    const segs = path.split('/').filter((s) => s !== '');
    for (let i = segs.length - 1; i >= Math.max(0, segs.length - 2); i--) {
        const seg = segs[i].replace(/\.(json|jsonl|csv|txt|log|out|md|markdown|ya?ml)$/i, '');
        // A vllm bench sweep folder states its configuration as keys (sweepConfig), not as a label.
        if (isSweepSegment(seg))
            return null;
        // A rerun's name minus its repeat marker: `x_conc16_rerun2` labels like `x_conc16`.
        const label = labelOf(stripRepeat(seg).seg);
        if (label !== null)
            return label;
    }
    return null;
}
function labelOf(stem) {
    let s = `_${stem}_`;
    for (const re of FACT_TOKENS) {
        // Twice: adjacent tokens share their separator, so one pass skips every other one.
        const g = new RegExp(re.source, 'gi');
        s = s.replace(g, '_').replace(g, '_');
    }
    s = s.replace(/req[_-]?rate[_-]?inf/gi, '_');
    const tokens = s
        .split(/[_-]+/)
        .filter((t) => t !== '' && !/^\d+$/.test(t) && !/^\d{8}t?\d{0,6}$/i.test(t) && !/^(inf|infqps)$/i.test(t));
    return tokens.length > 0 ? tokens.join('_').toLowerCase() : null;
}
// Run numbers have at most 3 digits (`dry_run_20251023` is a date, not run 20251023).
// A whole segment: `run=0` (vllm bench sweep: vllm/benchmarks/sweep/serve.py `_get_comb_run_path`
// writes `<comb folder>/run={run_number}.json`), `run1`, `run_2`, `run-3` repetition folders.
const RUN_SEGMENT = /^run[=_-]?(\d{1,3})$/i;
// A whole segment or a suffix: `rerun`, `rerun2`, `retry`, `retry_3` (`x_conc16_rerun.json`,
// `results_retry3/`), and a `_run2` / `_run=2` suffix of a stem.
const RERUN_WHOLE = /^(rerun|retry)(?:[_-]?(\d+))?$/i;
const RERUN_SUFFIX = /[_-](rerun|retry)(?:[_-]?(\d+))?$/i;
const RUN_SUFFIX = /[_-]run[=_-]?(\d{1,3})$/i;
// A `_runN` token followed only by numbers (a timestamp the harness appends to every file):
// SGLang's nightly CI writes `sglang_serving_benchmark_concurrency_16_run1_20251023_021053.log`
// for run 1 of 3 back-to-back runs of one configuration.
const RUN_BEFORE_STAMP = /[_-]run[=_-]?(\d{1,3})(?=(?:[_-]\d+)+$)/i;
/** One segment (folder, or file stem) without its repeat marker ('' when it is only one). */
function stripRepeat(seg) {
    const run = RUN_SEGMENT.exec(seg);
    if (run)
        return { seg: '', repeat: Number(run[1]) };
    const whole = RERUN_WHOLE.exec(seg);
    if (whole)
        return { seg: '', repeat: rerunToken(whole) };
    const suffix = RERUN_SUFFIX.exec(seg);
    if (suffix)
        return { seg: seg.slice(0, suffix.index), repeat: rerunToken(suffix) };
    const runSuffix = RUN_SUFFIX.exec(seg);
    if (runSuffix)
        return { seg: seg.slice(0, runSuffix.index), repeat: Number(runSuffix[1]) };
    const stamped = RUN_BEFORE_STAMP.exec(seg);
    if (stamped)
        return {
            seg: seg.slice(0, stamped.index) + seg.slice(stamped.index + stamped[0].length),
            repeat: Number(stamped[1]),
        };
    return { seg, repeat: null };
}
function rerunToken(m) {
    return `${m[1].toLowerCase()}${m[2] !== undefined ? String(Number(m[2])) : ''}`;
}
/**
 * The repeat marker(s) of a relative POSIX path and the path without them, so a rerun
 * (`glm47_conc16_rerun.json`, `run2/result.json`, `SERVE--…/run=1.json`) keys like its original
 * while `repeat` keeps the runs apart. Markers nearest the root come first in a joined tag.
 */
function repeatOfPath(path) {
    const segs = path.split('/').filter((s) => s !== '');
    const tags = [];
    const out = [];
    segs.forEach((raw, i) => {
        const last = i === segs.length - 1;
        const ext = last ? (/\.(json|jsonl|csv|txt|log)$/i.exec(raw)?.[0] ?? '') : '';
        const r = stripRepeat(raw.slice(0, raw.length - ext.length));
        if (r.repeat !== null)
            tags.push(r.repeat);
        if (r.seg !== '' || last)
            out.push(`${r.seg}${ext}`);
    });
    const repeat = tags.length === 0 ? null : tags.length === 1 ? tags[0] : tags.join('/');
    return { repeat, dir: out.slice(0, -1).join('/'), path: out.join('/') };
}
// ---------------------------------------------------------------------------------------------
// vllm bench sweep: the combination folder states the configuration
/**
 * `vllm bench sweep serve` writes each combination to
 * `<output_dir>/<experiment>/SERVE--<serve params>-BENCH--<bench params>/run=<N>.json`
 * (vllm/benchmarks/sweep/serve.py `_get_comb_base_path`: `"-".join(["SERVE-", serve_comb.name,
 * "BENCH-", bench_comb.name])`, either part absent when its combination is empty; the name is
 * param_sweep.py `ParameterSweepItem.name`: `_benchmark_name`, else `k=v` pairs joined by `-`;
 * utils.py `sanitize_filename` turns `/` into `_`).
 */
function isSweepSegment(seg) {
    return /^(SERVE|BENCH)--/.test(seg);
}
/**
 * Bench parameters the result file itself states (identity: concurrency, request rate, lengths)
 * or that scale with the point (`num_prompts` is often 10× the concurrency): not configuration.
 */
const BENCH_POINT_PARAMS = new Set([
    'max_concurrency',
    'request_rate',
    'num_prompts',
    'random_input_len',
    'random_output_len',
    'input_len',
    'output_len',
    'sonnet_input_len',
    'sonnet_output_len',
    'sharegpt_output_len',
]);
/** The configuration a vllm bench sweep combination folder states (nearest the file), else nulls. */
function sweepConfig(path) {
    const segs = path.split('/').filter((s) => s !== '');
    for (let i = segs.length - 2; i >= 0; i--) {
        const seg = segs[i];
        if (!isSweepSegment(seg))
            continue;
        let serve = null;
        let bench = null;
        if (seg.startsWith('SERVE--')) {
            const rest = seg.slice('SERVE--'.length);
            const b = rest.indexOf('-BENCH--');
            serve = b >= 0 ? rest.slice(0, b) : rest;
            bench = b >= 0 ? rest.slice(b + '-BENCH--'.length) : null;
        }
        else
            bench = seg.slice('BENCH--'.length);
        return {
            server: serve === null ? null : paramsText(serve, null),
            bench: bench === null ? null : paramsText(bench, BENCH_POINT_PARAMS),
        };
    }
    return { server: null, bench: null };
}
/**
 * `k=v-k=v` → `k=v,k=v` sorted by key, minus `drop`. A `-`-token without `=` continues the
 * previous value (`model=meta-llama`); with no `=` at all the text is a `_benchmark_name`.
 */
function paramsText(text, drop) {
    if (text === '')
        return null;
    if (!text.includes('='))
        return text;
    const pairs = [];
    for (const tok of text.split('-')) {
        const eq = tok.indexOf('=');
        const prev = pairs[pairs.length - 1];
        if (eq > 0)
            pairs.push([tok.slice(0, eq), tok.slice(eq + 1)]);
        else if (prev)
            prev[1] = `${prev[1]}-${tok}`;
        else
            pairs.push([tok, '']);
    }
    const kept = pairs
        .filter(([k]) => drop === null || !drop.has(k.replace(/-/g, '_')))
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return kept.length === 0 ? null : kept.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join(',');
}

;// CONCATENATED MODULE: ./src/sources/lib/environment.ts
/**
 * Where a run ran, as far as its files say: the cell's `environment` (schemas/
 * inferguard-analyze-v1.schema.json). Never part of a cell's identity: runs of one configuration
 * land on different nodes and clusters, and compare says so next to the verdict
 * (src/core/compare/environment.ts). Pure.
 */

/**
 * The cluster an InferenceX runner names (configs/runners.yaml: `<hw>-<cluster>_<index>`):
 * `h200-cw_00` → `cw`, `gb200-nv_1` → `nv`, `mi355x-amds_02` → `amds`; null when the name has
 * no part after its hardware.
 */
function clusterOfRunner(runner) {
    if (!runner)
        return null;
    const dash = runner.indexOf('-');
    if (dash <= 0)
        return null;
    const rest = runner.slice(dash + 1).replace(/_\d+$/, '');
    return rest === '' ? null : rest;
}
/** The environment block (keys sorted, strings or null), or null when nothing is known. */
function environmentOf(e) {
    if (!e)
        return null;
    const clean = (v) => {
        const s = typeof v === 'string' ? v.trim() : '';
        return s === '' ? null : s;
    };
    const runner = clean(e.runner);
    const env = {
        cluster: clean(e.cluster) ?? clusterOfRunner(runner),
        host: clean(e.host),
        image: clean(e.image),
        runner,
    };
    return Object.values(env).some((v) => v !== null) ? env : null;
}
/** `{ environment }` for a fragment's extras, or nothing. */
function environmentExtras(e) {
    const env = environmentOf(e);
    return env === null ? {} : { environment: env };
}
/**
 * Environment keys a result file may carry (vLLM/SGLang `--metadata`, wrappers that add them):
 * `runner`/`runner_name`, `hostname`/`host_name`/`node`/`node_name`, `image`/`docker_image`/
 * `container_image`. `host` alone is not read: bench clients write the server address there.
 */
function environmentFromRecord(v) {
    const first = (...keys) => {
        for (const k of keys) {
            const s = (0,parse/* toStr */.N7)(v[k]);
            if (s !== null && s.trim() !== '')
                return s;
        }
        return null;
    };
    return {
        runner: first('runner', 'runner_name'),
        host: first('hostname', 'host_name', 'node', 'node_name'),
        image: first('image', 'docker_image', 'container_image'),
    };
}
/** The environment an aggregate's topology names: its `image` (AgentX aggregates). */
function imageOf(topology) {
    return { image: typeof topology.image === 'string' ? topology.image : null };
}

;// CONCATENATED MODULE: ./src/sources/lib/fragment.ts
/**
 * The shared builder of cell fragments (read → map → **build**): an adapter hands over what its
 * mapper read from the producer's keys; the builder fills what the path states (any segment:
 * `isl_1024_osl_1024`, `conc64`, `tp8`, `gpus_16`…) where the file is silent, keys request rate
 * into identity when concurrency is unknown, turns per-request latency columns into ladders and
 * sample sketches, fills the GPU count the topology implies, removes the latency zeros of a run
 * with no success, and returns a CellFragment with the conventions of docs/ARCHITECTURE.md. Pure.
 */







/** Builds one fragment; the file's own values always win over what the path states. */
function buildFragment(input) {
    const identity = { ...(0,cells_identity/* emptyIdentity */.gL)(), ...dropUndefined(input.identity) };
    const topology = { ...(input.topology ?? {}) };
    const pathRate = input.readPath !== false ? applyPath(identity, topology, input) : null;
    if (input.readPath === false && (topology.gpus === undefined || topology.gpus === null)) {
        const gpus = gpusOf(topology, identity.is_multinode === true);
        if (gpus !== null)
            topology.gpus = gpus;
    }
    const rate = input.requestRate ?? pathRate;
    if (identity.concurrency === null && rate !== null && rate !== undefined)
        topology.request_rate = rate;
    const metrics = { ...input.metrics };
    const samples = input.perRequest ? putPerRequest(metrics, input.perRequest) : {};
    const counts = input.counts;
    if (counts?.successful === 0) {
        // A run without one successful request writes 0.0 for every latency: not a measurement.
        for (const k of Object.keys(metrics))
            if (isLatencyMetric(k))
                delete metrics[k];
    }
    const files = [...new Set([input.file, ...(input.otherFiles ?? [])])].sort();
    const known = counts !== undefined && (counts.total !== null || counts.successful !== null);
    const frag = {
        source_format: input.format,
        source_variant: input.variant,
        explicit_id: input.explicitId ?? null,
        dir: input.dir,
        identity,
        topology: (0,sort_keys/* sortKeys */.d)(topology),
        artifacts: (0,sort_keys/* sortKeys */.d)(input.artifacts),
        counts: {
            total: counts?.total ?? null,
            successful: counts?.successful ?? null,
            sessions_total: counts?.sessions_total ?? null,
            sessions_completed: counts?.sessions_completed ?? null,
            source: counts?.source !== undefined ? counts.source : known ? input.file : null,
            basis: counts?.basis ?? null,
        },
        metrics: (0,sort_keys/* sortKeys */.d)(metrics),
        files,
        findings: input.findings ?? [],
    };
    if (Object.keys(samples).length > 0)
        frag.samples = samples;
    if (input.timeline)
        frag.timeline = input.timeline;
    const extras = { ...(input.extras ?? {}), ...environmentExtras(input.environment) };
    if (Object.keys(extras).length > 0)
        frag.extras = (0,sort_keys/* sortKeys */.d)(extras);
    return frag;
}
/** What the path states, where the file is silent: lengths, load, parallelism, label, sweep, repeat. */
/** Fills what the path states where the file is silent; returns the path's request rate. */
function applyPath(identity, topology, input) {
    const facts = pathFacts(input.file);
    identity.isl ??= facts.isl;
    identity.osl ??= facts.osl;
    identity.concurrency ??= facts.concurrency;
    identity.is_multinode ??= facts.num_prefill_gpu !== null ? true : null;
    const fill = (k, v) => {
        if (v !== null && (topology[k] === undefined || topology[k] === null))
            topology[k] = v;
    };
    fill('tp', facts.tp);
    fill('ep', facts.ep);
    fill('pp', facts.pp);
    fill('num_prefill_gpu', facts.num_prefill_gpu);
    fill('num_decode_gpu', facts.num_decode_gpu);
    const gpus = gpusOf(topology, identity.is_multinode === true) ?? facts.gpus;
    fill('gpus', gpus);
    topology.spec_decoding ??= null;
    // The configuration the file name states beyond its point (a key field: `dep8` and `tep8` stay
    // apart); a rerun's marker (`_rerun`, `run=1`, `run2/`) is not configuration: it is `repeat`.
    const label = input.fixedFileName ? null : configLabel(input.file);
    if (label !== null)
        topology.config_label = label;
    const sweep = sweepConfig(input.file);
    if (sweep.server !== null)
        topology.server_config = sweep.server;
    if (sweep.bench !== null)
        topology.bench_config = sweep.bench;
    applyRepeat(topology, identity, input);
    return facts.request_rate;
}
/** Ladders, counts and sketches of the per-request columns (into `metrics`); the samples. */
function putPerRequest(metrics, p) {
    if (p.replace)
        for (const k of Object.keys(metrics))
            if (isLatencyMetric(k))
                delete metrics[k];
    const samples = {};
    const used = [];
    // In the adapter's order: the samples' keys keep the order its producer lists them in.
    for (const base of Object.keys(p.columns)) {
        const col = p.columns[base];
        if (col === undefined || col.summary.n === 0)
            continue;
        used.push(col);
        for (const stat of p.stats ?? core_metrics/* LATENCY_STATS */.Ln)
            metrics[`${stat}_${base}`] = col.summary[stat];
        metrics[`${base}_n`] = col.summary.n;
        samples[`${base}_s`] = col.sketch;
    }
    (0,sample/* putPercentileAccuracy */.y_)(metrics, used);
    return samples;
}
/**
 * `topology.repeat` (not a key field: src/core/cells/identity.ts `mergeKey`): the path's repeat
 * marker, joined with a repeat the adapter set (a later JSONL line). An identity-less rerun gets
 * the fallback identity its original gets (derived.ts: its folder, else its file), minus markers.
 */
function applyRepeat(topology, identity, input) {
    const marked = repeatOfPath(input.file);
    const own = topology.repeat;
    const ownTag = typeof own === 'number' || typeof own === 'string' ? own : null;
    const tag = marked.repeat === null ? ownTag : ownTag === null ? marked.repeat : `${marked.repeat}/${ownTag}`;
    if (tag !== null)
        topology.repeat = tag;
    if (marked.repeat === null || input.explicitId)
        return;
    if (Object.values(identity).some((v) => v !== null && v !== undefined))
        return;
    const fallback = marked.dir !== '' ? marked.dir : marked.path.replace(/\.[^./]+$/, '');
    if (fallback !== '')
        topology.fallback_identity = fallback;
}
function dropUndefined(o) {
    const out = {};
    for (const [k, v] of Object.entries(o))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** `<stat>_<ttft|tpot|itl|e2el|intvty>`. */
function isLatencyMetric(k) {
    const us = k.indexOf('_');
    const base = k.slice(us + 1);
    return us > 0 && (core_metrics/* LATENCY_BASES */.yE.includes(base) || base === 'intvty');
}
/** A finding for a fragment (cell_id filled by the pipeline). */
function fragmentFinding(code, severity, message, evidence) {
    return { code, severity, message, cell_id: null, evidence };
}

;// CONCATENATED MODULE: ./src/sources/inferencex-common.ts
/**
 * Shared pieces of the two InferenceX fixed-length adapters (docs/ARCHITECTURE.md "Producers and layouts"):
 * one memoised scan of the results dir that finds aggregates (`agg_*.json` objects and collected
 * `agg_bmk.json` arrays), raw bench-client results (`<RF>.json`, `<RF>_<subdir>_conc<N>_gpus_<G>…
 * .json`, `LOGS/<subdir>/results_concurrency_<N>_gpus_<G>….json`), power sidecars
 * (`power_validation_*.json`) and srt-slurm logs; RESULT_FILENAME (RF) parsing; the metric
 * mapping (aggregate seconds, raw milliseconds, both key orders); and the fragment builder that
 * joins an aggregate with its raw twin(s) and sidecar.
 *
 * Identity always comes from the JSON (aggregate, then raw). The RF (and the file/folder names
 * around it) is a fallback only: it fills identity and topology for a cell that has no readable
 * aggregate (the zero-success case: raw file, no agg).
 */






const AGENTIC_SCENARIO = 'agentic-coding';
// ---------------------------------------------------------------------------------------------
const stemOf = (name) => name.replace(/\.json$/i, '');
const ARTIFACT_PREFIXES = [
    'multinode_server_logs_',
    'eval_server_logs_',
    'server_logs_',
    'power_audit_',
    'gpu_metrics_',
    'bmk_',
];
/** The RF of an artifact folder (`bmk_<RF>`, `power_audit_<RF>`, `multinode_server_logs_<RF>`…), else null. */
function folderRf(dir) {
    const b = baseOf(dir);
    if (b.startsWith('bmk_agentic_'))
        return null;
    for (const p of ARTIFACT_PREFIXES)
        if (b.startsWith(p) && b.length > p.length)
            return b.slice(p.length);
    return null;
}
// The older grammar has no `-pp<P>-dcp<D>-pcp<C>` parts (`tp8-ep1-dpafalse`): they read as 1.
const STATIC_RF = /^(?<exp>.+?)_(?<precision>[a-z0-9]+)_(?<framework>[a-z0-9][a-z0-9.-]*)_tp(?<tp>\d+)(?:-pp(?<pp>\d+)-dcp(?<dcp>\d+)-pcp(?<pcp>\d+))?-ep(?<ep>\d+)-dpa(?<dpa>true|false)_disagg-(?<disagg>true|false)_spec-(?<spec>[a-z0-9.-]+)_conc(?<conc>\d+)_(?<runner>.+?)(?:_recipe-(?<recipe>[0-9a-f]{16}))?$/i;
const WORKER = 'tp\\d+(?:-pp\\d+-dcp\\d+-pcp\\d+)?-ep\\d+-dp(?:true|false)-nw\\d+';
const MULTI_RF = new RegExp(`^(?<exp>.+?)_(?<precision>[a-z0-9]+)_(?<framework>[a-z0-9][a-z0-9.-]*)_prefill-(?<prefill>${WORKER})_decode-(?<decode>${WORKER})_disagg-(?<disagg>true|false)_spec-(?<spec>[a-z0-9.-]+)_conc(?<concs>\\d+(?:x\\d+)*)_(?<runner>.+?)(?:_recipe-(?<recipe>[0-9a-f]{16}))?$`, 'i');
const WORKER_PARTS = /^tp(\d+)(?:-pp(\d+)-dcp(\d+)-pcp(\d+))?-ep(\d+)-dp(true|false)-nw(\d+)$/i;
/** `h200-cw_01` → `h200`, `gb200-nv_1` → `gb200`: the SKU part of a concrete runner name. */
function hardwareFromRunner(runner) {
    const noIndex = runner.replace(/_\d+$/, '');
    return (0,parse/* normalizeHardware */.eG)(noIndex.split('-')[0]);
}
/** `<prefix>_<isl>k<osl>k` (1k = 1024 tokens). */
function parseExp(exp) {
    const m = /^(.+)_(\d+)k(\d+)k$/i.exec(exp);
    if (!m)
        return { prefix: null, isl: null, osl: null };
    return { prefix: m[1] ?? null, isl: Number(m[2]) * 1024, osl: Number(m[3]) * 1024 };
}
/** The RfInfo fields both RF shapes spell the same way (named groups of STATIC_RF / MULTI_RF). */
function rfCommon(g) {
    const e = parseExp(g.exp);
    return {
        exp: g.exp,
        modelPrefix: e.prefix,
        isl: e.isl,
        osl: e.osl,
        precision: g.precision.toLowerCase(),
        framework: g.framework.toLowerCase(),
        disagg: g.disagg.toLowerCase() === 'true',
        spec: g.spec.toLowerCase(),
        runner: g.runner,
        hardware: hardwareFromRunner(g.runner),
        recipePrefix: g.recipe ?? null,
    };
}
function parseRf(rf) {
    const s = STATIC_RF.exec(rf);
    if (s?.groups) {
        const g = s.groups;
        return {
            ...rfCommon(g),
            multinode: false,
            topology: {
                tp: Number(g.tp),
                pp: Number(g.pp ?? 1),
                dcp_size: Number(g.dcp ?? 1),
                pcp_size: Number(g.pcp ?? 1),
                ep: Number(g.ep),
                dp_attention: g.dpa.toLowerCase() === 'true',
            },
            concs: [Number(g.conc)],
        };
    }
    const m = MULTI_RF.exec(rf);
    if (m?.groups) {
        const g = m.groups;
        const topology = {};
        for (const side of ['prefill', 'decode']) {
            const w = WORKER_PARTS.exec(g[side]);
            if (!w)
                continue;
            topology[`${side}_tp`] = Number(w[1]);
            topology[`${side}_pp`] = Number(w[2] ?? 1);
            topology[`${side}_dcp_size`] = Number(w[3] ?? 1);
            topology[`${side}_pcp_size`] = Number(w[4] ?? 1);
            topology[`${side}_ep`] = Number(w[5]);
            topology[`${side}_dp_attention`] = w[6].toLowerCase() === 'true';
            topology[`${side}_num_workers`] = Number(w[7]);
        }
        return { ...rfCommon(g), multinode: true, topology, concs: g.concs.split(/x/i).map(Number) };
    }
    return null;
}
const POINT_SUFFIX = /^(?<prefix>.+)_conc(?<conc>\d+)_gpus_(?<gpus>\d+)(?:_ctx_(?<ctx>\d+)_gen_(?<gen>\d+))?$/;
const SUBDIR_TAIL = /^(?<rf>.+?)_(?<subdir>(?:[A-Za-z0-9.-]+_)?isl_\d+_osl_\d+)$/;
const LOGS_RAW_NAME = /^results_concurrency_(?<conc>\d+)_gpus_(?<gpus>\d+)(?:_ctx_(?<ctx>\d+)_gen_(?<gen>\d+))?\.json$/;
function islOsl(subdir) {
    const m = subdir === null ? null : /isl_(\d+)_osl_(\d+)/.exec(subdir);
    return m ? { isl: Number(m[1]), osl: Number(m[2]) } : { isl: null, osl: null };
}
/** `LOGS` (InferenceX's copy) or `logs` (srt-slurm's own output folder). */
function isLogsSegment(seg) {
    return seg === 'LOGS' || seg === 'logs';
}
/** True for a path under a `LOGS/` or `logs/` folder. */
function inLogsFolder(path) {
    const parts = path.split('/');
    parts.pop();
    return parts.some(isLogsSegment);
}
const BARE_RAW_STEM = /^results_concurrency_(?<conc>\d+)_gpus_(?<gpus>\d+)(?:_ctx_(?<ctx>\d+)_gen_(?<gen>\d+))?$/;
/**
 * Parses `<RF>_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]` (the stem, `agg_` removed), or a bare
 * `results_concurrency_<N>_gpus_<G>[…]` stem (lengths then come from the path, `subdirHint`).
 */
function parseSrtPointStem(stem, rfHint = null, subdirHint = null) {
    const bare = BARE_RAW_STEM.exec(stem);
    if (bare?.groups) {
        const g = bare.groups;
        return {
            prefix: 'results',
            rf: rfHint,
            subdir: subdirHint,
            conc: Number(g.conc),
            gpus: Number(g.gpus),
            ctx: g.ctx === undefined ? null : Number(g.ctx),
            gen: g.gen === undefined ? null : Number(g.gen),
            ...islOsl(subdirHint),
        };
    }
    const m = POINT_SUFFIX.exec(stem);
    if (!m?.groups)
        return null;
    const g = m.groups;
    const prefix = g.prefix;
    let rf = null;
    let subdir = null;
    if (rfHint !== null && prefix.startsWith(`${rfHint}_`)) {
        rf = rfHint;
        subdir = prefix.slice(rfHint.length + 1);
    }
    else {
        const t = SUBDIR_TAIL.exec(prefix);
        if (t?.groups) {
            rf = t.groups.rf;
            subdir = t.groups.subdir;
        }
        else
            rf = prefix;
    }
    return {
        prefix,
        rf,
        subdir,
        conc: Number(g.conc),
        gpus: Number(g.gpus),
        ctx: g.ctx === undefined ? null : Number(g.ctx),
        gen: g.gen === undefined ? null : Number(g.gen),
        ...islOsl(subdir),
    };
}
/** Point suffix `_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]` of a LOGS raw file, and its parts. */
function parseLogsRawPath(path) {
    const name = baseOf(path);
    const m = LOGS_RAW_NAME.exec(name);
    if (!m?.groups)
        return null;
    const parts = path.split('/');
    // InferenceX copies srt-slurm's `logs/` as `LOGS/`; srt-slurm's own output keeps `logs/`.
    const li = parts.length - 3;
    if (li < 0 || !isLogsSegment(parts[li]))
        return null;
    const base = parts.slice(0, li).join('/');
    const subdir = parts[li + 1];
    const g = m.groups;
    const tail = `conc${g.conc}_gpus_${g.gpus}${g.ctx !== undefined ? `_ctx_${g.ctx}_gen_${g.gen}` : ''}`;
    return {
        base,
        subdir,
        suffix: `_${subdir}_${tail}`,
        name: {
            prefix: subdir,
            rf: null,
            subdir,
            conc: Number(g.conc),
            gpus: Number(g.gpus),
            ctx: g.ctx === undefined ? null : Number(g.ctx),
            gen: g.gen === undefined ? null : Number(g.gen),
            ...islOsl(subdir),
        },
    };
}
// ---------------------------------------------------------------------------------------------
// content checks (docs/ARCHITECTURE.md "Recognition by content")
function isAgenticRow(v) {
    return v.scenario_type === AGENTIC_SCENARIO;
}
/** An eval collector row (`task` + `score`) is never a benchmark aggregate. */
function isEvalRow(v) {
    return 'task' in v && 'score' in v;
}
/** Which fixed-length adapter an aggregate object belongs to, or null (not an InferenceX fixed-length aggregate). */
function aggregateOwner(v) {
    if (!(0,parse/* isRecord */.u4)(v) || isAgenticRow(v) || isEvalRow(v))
        return null;
    if (!('hw' in v) || !('conc' in v))
        return null;
    if ((0,parse/* toBool */.AF)(v.is_multinode) === true || v.prefill_tp !== undefined)
        return 'srt';
    return 'static';
}
function isRawResult(v) {
    return ((0,parse/* isRecord */.u4)(v) &&
        !isAgenticRow(v) &&
        'completed' in v &&
        'num_prompts' in v &&
        'max_concurrency' in v &&
        'model_id' in v);
}
function isPowerSidecar(v) {
    return (0,parse/* isRecord */.u4)(v) && 'schema_version' in v && ('benchmark_window' in v || 'power_valid' in v);
}
/** The shared InferenceX scan, memoised per context (static and srt-slurm adapters read their halves). */
const scanInferencex = (0,sources_types/* perContext */.b_)(scanUncached);
/** Owner of a file by its stem: srt-slurm point names end in `_conc<N>_gpus_<G>[…]`. */
function ownerByName(stem) {
    return POINT_SUFFIX.test(stem) ? 'srt' : 'static';
}
async function scanUncached(ctx) {
    const out = { aggregates: [], collected: [], raws: [], sidecars: [], unreadable: [], logs: [] };
    const paths = new Set(ctx.files.map((f) => f.path));
    for (const f of ctx.files) {
        const inLogs = inLogsFolder(f.path);
        if (f.name === 'multinode_server_logs.tar.gz') {
            out.logs.push(f);
            continue;
        }
        if (!/\.json$/i.test(f.name)) {
            if (inLogs)
                out.logs.push(f);
            continue;
        }
        if (f.path.includes('aiperf_artifacts/'))
            continue;
        // AgentX folders are the AgentX adapters' (their `<RF>.json` aggregates can look like an RF).
        if (f.dir.split('/').some((seg) => seg.startsWith('bmk_agentic_') || seg.startsWith('agentic_')))
            continue;
        const stem = stemOf(f.name);
        if (f.name.startsWith('agg_')) {
            if (f.name.startsWith('agg_eval_'))
                continue;
            const read = await ctx.readJson(f.path);
            const owner = ownerByName(stem.slice(4));
            if (!read.ok) {
                out.unreadable.push({ file: f, owner, role: 'aggregate', message: read.message });
                continue;
            }
            const v = read.value;
            if (Array.isArray(v)) {
                const rows = [];
                v.forEach((row, index) => {
                    if (!(0,parse/* isRecord */.u4)(row))
                        return;
                    if (isAgenticRow(row))
                        rows.push({ index, value: row, owner: 'agentic' });
                    else {
                        const o = aggregateOwner(row);
                        if (o !== null)
                            rows.push({ index, value: row, owner: o });
                    }
                });
                if (rows.length > 0)
                    out.collected.push({ file: f, rows });
                continue;
            }
            const o = aggregateOwner(v);
            if (o !== null)
                out.aggregates.push({ file: f, value: v, owner: o });
            continue;
        }
        if (f.name.startsWith('power_validation_')) {
            const read = await ctx.readJson(f.path);
            const owner = ownerByName(stem.slice('power_validation_'.length));
            if (!read.ok) {
                out.unreadable.push({ file: f, owner, role: 'power_validation', message: read.message });
                continue;
            }
            if (isPowerSidecar(read.value))
                out.sidecars.push({ file: f, value: read.value, owner });
            continue;
        }
        // Raw bench-client results, by name first: srt LOGS copies, srt root twins, static <RF>.json.
        let owner = null;
        let logs = false;
        if (LOGS_RAW_NAME.test(f.name)) {
            // Under `<base>/LOGS|logs/<subdir>/`: a copy that joins its point; elsewhere a point of its own.
            owner = 'srt';
            logs = parseLogsRawPath(f.path) !== null;
        }
        else if (f.name.startsWith('results')) {
            continue; // lm-eval results*.json (eval adapter)
        }
        else if (parseSrtPointStem(stem) !== null) {
            owner = 'srt';
        }
        else if (paths.has(joinPath(f.dir, `agg_${f.name}`)) || parseRf(stem)?.multinode === false) {
            owner = 'static';
        }
        if (owner === null)
            continue;
        const read = await ctx.readJson(f.path);
        if (!read.ok) {
            out.unreadable.push({ file: f, owner, role: 'raw_result', message: read.message });
            continue;
        }
        if (isRawResult(read.value))
            out.raws.push({ file: f, value: read.value, owner, logs });
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// metric mapping
const STAT_NAMES = [
    ['mean', 'mean'],
    ['median', 'p50'],
    ['p50', 'p50'],
    ['p90', 'p90'],
    ['p95', 'p95'],
    ['p99.9', 'p999'],
    ['p999', 'p999'],
    ['p99', 'p99'],
    ['std', 'std'],
];
const BASE_NAMES = {
    ttft: 'ttft',
    tpot: 'tpot',
    itl: 'itl',
    e2el: 'e2el',
    e2e_latency: 'e2el',
    e2e: 'e2el',
    intvty: 'intvty',
};
/**
 * `<stat>_<metric>[_ms]` or `<metric>_<stat>[_ms]` (InferenceX's own test fixture uses the second
 * form) → canonical stat, base and whether the value is in ms.
 */
function parseStatKey(key) {
    let p = statKeyCache.get(key);
    if (p === undefined) {
        p = parseStatKeyUncached(key);
        // Memoised: every aggregate and raw file of a sweep repeats the same few dozen keys.
        if (statKeyCache.size < 10_000)
            statKeyCache.set(key, p);
    }
    return p;
}
const statKeyCache = new Map();
function parseStatKeyUncached(key) {
    let k = key;
    let ms = false;
    if (k.endsWith('_ms')) {
        k = k.slice(0, -3);
        ms = true;
    }
    for (const [name, stat] of STAT_NAMES) {
        if (k.startsWith(`${name}_`)) {
            const base = BASE_NAMES[k.slice(name.length + 1)];
            if (base !== undefined)
                return { stat, base, ms };
        }
        if (k.endsWith(`_${name}`)) {
            const base = BASE_NAMES[k.slice(0, -(name.length + 1))];
            if (base !== undefined)
                return { stat, base, ms };
        }
    }
    return null;
}
/**
 * Latency (s) and interactivity metrics of an aggregate or raw object under canonical names
 * (`p50_ttft`, `p999_ttft`, `mean_intvty`…). `std_intvty` (1 / std TPOT) means nothing and is
 * dropped; interactivity keeps mean/p50/p90/p99. Keys with `_ms` are converted to seconds; keys without are seconds.
 */
function latencyMetrics(obj) {
    const m = {};
    for (const key of Object.keys(obj)) {
        const k = latencyKey(key);
        if (k === null)
            continue;
        const v = (0,parse/* toNumber */.Ro)(obj[key]);
        if (v === null)
            continue;
        m[k.name] = k.ms ? v / 1000 : v;
    }
    return m;
}
/**
 * The canonical metric name of a raw key (and whether its value is in ms), or null when it is no
 * latency key or one latencyMetrics drops. Memoised like parseStatKey: the cached name is one
 * string per metric, not a new one per file, so every metrics object gets the same keys.
 */
function latencyKey(key) {
    let k = latencyKeyCache.get(key);
    if (k === undefined) {
        const p = parseStatKey(key);
        // intvty: mean/p50/p90/p99 only (std is meaningless, p99.9 adds nothing to the slow tail p99)
        const dropped = p !== null && p.base === 'intvty' && (p.stat === 'std' || p.stat === 'p999' || p.stat === 'p95' || p.ms);
        k = p === null || dropped ? null : { name: `${p.stat}_${p.base}`, ms: p.ms };
        if (latencyKeyCache.size < 10_000)
            latencyKeyCache.set(key, k);
    }
    return k;
}
const latencyKeyCache = new Map();
const POWER_METRICS = [
    'avg_power_w',
    'avg_total_gpu_power_w',
    'total_gpu_energy_j',
    'joules_per_successful_query',
    'joules_per_input_token',
    'joules_per_output_token',
    'joules_per_total_token',
];
// ---------------------------------------------------------------------------------------------
// identity, topology
const str = (v) => (0,parse/* toStr */.N7)(v);
const lower = (v) => (0,parse/* toStr */.N7)(v)?.toLowerCase() ?? null;
function nameOf(v) {
    if ((0,parse/* isRecord */.u4)(v)) {
        const n = str(v.name);
        const ver = str(v.version);
        return n === null ? null : ver === null ? n : `${n} ${ver}`;
    }
    return str(v);
}
/** Explicit cell id of an artifact (`cell_id`, `recipe_name`, `name`), else null (real aggregates have none). */
function explicitIdOf(v) {
    if (v === null)
        return null;
    return str(v.cell_id) ?? str(v.recipe_name) ?? str(v.name);
}
function identityFromAggregate(agg, multinode) {
    return {
        hardware: (0,parse/* normalizeHardware */.eG)(agg.hw),
        model: str(agg.model) ?? str(agg.model_id),
        framework: lower(agg.framework),
        precision: lower(agg.precision),
        scenario_type: str(agg.scenario_type),
        is_multinode: multinode,
        recipe_name: str(agg.recipe_name),
        isl: (0,parse/* toInt */.RI)(agg.isl),
        osl: (0,parse/* toInt */.RI)(agg.osl),
        concurrency: (0,parse/* toInt */.RI)(agg.conc),
    };
}
function topologyFromAggregate(agg, multinode) {
    const t = parallelismTopology(agg, multinode);
    if (multinode) {
        for (const side of ['prefill', 'decode']) {
            const hw = (0,parse/* normalizeHardware */.eG)(agg[`${side}_hw`]);
            if (hw !== null)
                t[`${side}_hw`] = hw;
        }
    }
    t.spec_decoding = lower(agg.spec_decoding);
    const label = str(agg.hw);
    if (label !== null)
        t.hw_label = label;
    const disagg = (0,parse/* toBool */.AF)(agg.disagg);
    if (disagg !== null)
        t.disagg = disagg;
    const image = str(agg.image);
    if (image !== null)
        t.image = image;
    const fp = str(agg.recipe_fingerprint);
    if (fp !== null)
        t.recipe_fingerprint = fp;
    const prefix = str(agg.infmax_model_prefix);
    if (prefix !== null)
        t.model_prefix = prefix;
    const router = nameOf(agg.router);
    if (router !== null)
        t.router = router;
    const p2p = str(agg.kv_p2p_transfer);
    if (p2p !== null)
        t.kv_p2p_transfer = p2p;
    return t;
}
function topologyFromRf(rf) {
    const t = { ...rf.topology, spec_decoding: rf.spec };
    if (rf.disagg !== null)
        t.disagg = rf.disagg;
    if (rf.modelPrefix !== null)
        t.model_prefix = rf.modelPrefix;
    return t;
}


function finding(code, severity, message, evidence) {
    return { code, severity, message, cell_id: null, evidence };
}
function manifestEntry(path, kind, required, present) {
    return { path, kind, cell_id: null, required, present };
}
function maxOf(v) {
    if (!Array.isArray(v) || v.length === 0)
        return null;
    let max = -Infinity;
    for (const x of v) {
        const n = (0,parse/* toNumber */.Ro)(x);
        if (n !== null && n > max)
            max = n;
    }
    return max > 0 ? max : null;
}
/**
 * Joins an aggregate with its raw twin(s) and power sidecar into one fragment, built by the
 * shared builder (src/sources/lib/fragment.ts): the JSON states the whole configuration, so the
 * builder reads nothing from the path (the RF fallback is this file's own, above).
 */
function buildPointFragment(p) {
    const multinode = p.format === 'inferencex-srt-slurm';
    const agg = p.agg?.value ?? null;
    const raw = p.raws[0]?.value ?? null;
    const findings = [];
    const { identity, topology } = pointIdentity(p, multinode);
    const window = (0,parse/* isRecord */.u4)(p.sidecar?.value.benchmark_window) ? p.sidecar?.value.benchmark_window : null;
    const counts = pointCounts(p, window, findings);
    const metrics = pointMetrics(agg, raw, window);
    // Per-GPU ↔ absolute throughputs and interactivity are derived once per merged cell (src/core/cells/derived.ts).
    const { artifacts, files } = pointArtifacts(p);
    const extras = pointExtras(p, agg, raw, metrics);
    return buildFragment({
        format: p.format,
        variant: null,
        file: files[0],
        otherFiles: files,
        dir: p.dir,
        explicitId: explicitIdOf(agg),
        identity,
        topology,
        counts,
        metrics,
        artifacts,
        findings,
        extras,
        environment: { runner: p.fallback.rf?.runner ?? null, image: str(agg?.image) },
        readPath: false,
    });
}
/** Identity and topology: the aggregate, else the raw plus the RF/file names (fallback only). */
function pointIdentity(p, multinode) {
    const agg = p.agg?.value ?? null;
    const raw = p.raws[0]?.value ?? null;
    const rf = p.fallback.rf;
    const point = p.fallback.point;
    let identity;
    let topology;
    if (agg !== null) {
        identity = identityFromAggregate(agg, multinode);
        topology = topologyFromAggregate(agg, multinode);
    }
    else {
        identity = {
            hardware: rf?.hardware ?? null,
            model: str(raw?.model_id) ?? str(raw?.model),
            framework: rf?.framework ?? null,
            precision: rf?.precision ?? null,
            scenario_type: null,
            is_multinode: multinode,
            recipe_name: null,
            isl: point?.isl ?? rf?.isl ?? maxOf(raw?.input_lens),
            osl: point?.osl ?? rf?.osl ?? maxOf(raw?.output_lens),
            concurrency: (0,parse/* toInt */.RI)(raw?.max_concurrency) ?? point?.conc ?? (rf && rf.concs.length === 1 ? (rf.concs[0] ?? null) : null),
        };
        topology = rf !== null && rf.multinode === multinode ? topologyFromRf(rf) : { spec_decoding: null };
    }
    if (multinode && point !== null) {
        // `_ctx_<P>_gen_<D>`; with only `_gpus_<G>`: prefill = G, decode = 0 (benchmark-multinode-tmpl.yml).
        if (topology.num_prefill_gpu === undefined)
            topology.num_prefill_gpu = point.ctx ?? point.gpus;
        if (topology.num_decode_gpu === undefined)
            topology.num_decode_gpu = point.gen ?? 0;
    }
    const gpus = gpusOf(topology, multinode);
    if (gpus !== null)
        topology.gpus = gpus;
    return { identity, topology };
}
/** Counts: raw completed / num_prompts, else the sidecar's completed (total unknown). */
function pointCounts(p, window, findings) {
    const raw = p.raws[0]?.value ?? null;
    const counts = {
        total: null,
        successful: null,
        source: null,
        basis: null,
    };
    if (raw !== null) {
        counts.total = (0,parse/* toInt */.RI)(raw.num_prompts);
        counts.successful = (0,parse/* toInt */.RI)(raw.completed);
        counts.source = p.raws[0]?.path ?? null;
        counts.basis = 'raw completed / num_prompts';
        for (const other of p.raws.slice(1)) {
            if ((0,parse/* toInt */.RI)(other.value.completed) !== counts.successful || (0,parse/* toInt */.RI)(other.value.num_prompts) !== counts.total) {
                findings.push(finding('metrics_unavailable', 'warning', `The raw copies ${counts.source} and ${other.path} disagree about the request counts (completed ${String(counts.successful)}/${String(counts.total)} vs ${String((0,parse/* toInt */.RI)(other.value.completed))}/${String((0,parse/* toInt */.RI)(other.value.num_prompts))}); the first is used.`, { kind: 'raw_copies_disagree', files: [counts.source, other.path] }));
            }
        }
    }
    else if (window !== null && (0,parse/* toInt */.RI)(window.completed) !== null) {
        counts.successful = (0,parse/* toInt */.RI)(window.completed);
        counts.source = p.sidecar?.path ?? null;
        counts.basis = 'power_validation benchmark_window.completed (no num_prompts: total unknown)';
    }
    if (counts.total !== null && counts.successful !== null && counts.successful > counts.total) {
        findings.push(finding('metrics_unavailable', 'warning', `${counts.source} reports more completed requests (${counts.successful}) than prompts (${counts.total}); the counts are kept as read but cannot be a success rate.`, {
            kind: 'success_rate_above_one',
            file: counts.source,
            completed: counts.successful,
            num_prompts: counts.total,
        }));
    }
    return counts;
}
/**
 * Metrics: the aggregate first (s), the raw fills gaps (ms → s), absolute throughputs from the
 * raw. A run without a success keeps no latency (the builder's rule: its 0.0 are not measurements).
 */
function pointMetrics(agg, raw, window) {
    // latencyMetrics returns a fresh object: it is the metrics object (copying it into an empty one
    // gave the same keys in the same order, at ~40 property stores per file).
    const metrics = agg !== null ? latencyMetrics(agg) : {};
    const put = (k, v) => {
        if (v !== null)
            metrics[k] = v;
    };
    if (agg !== null) {
        for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'input_tput_per_gpu'])
            put(k, (0,parse/* toNumber */.Ro)(agg[k]));
        if ((0,parse/* toInt */.RI)(agg.power_valid) === 1 || agg.power_valid === true) {
            for (const k of POWER_METRICS)
                put(k, (0,parse/* toNumber */.Ro)(agg[k]));
        }
    }
    if (raw !== null) {
        const fromRaw = latencyMetrics(raw);
        for (const k of Object.keys(fromRaw))
            if (metrics[k] === undefined)
                metrics[k] = fromRaw[k];
        const total = (0,parse/* toNumber */.Ro)(raw.total_token_throughput);
        const output = (0,parse/* toNumber */.Ro)(raw.output_throughput);
        const input = (0,parse/* toNumber */.Ro)(raw.input_throughput) ?? (total !== null && output !== null ? total - output : null);
        put('total_tput_tps', total);
        put('output_tput_tps', output);
        put('input_tput_tps', input);
        put('request_throughput_rps', (0,parse/* toNumber */.Ro)(raw.request_throughput));
        put('duration_seconds', (0,parse/* toNumber */.Ro)(raw.duration));
        put('total_input_tokens', (0,parse/* toNumber */.Ro)(raw.total_input_tokens));
        put('total_output_tokens', (0,parse/* toNumber */.Ro)(raw.total_output_tokens));
    }
    else if (window !== null) {
        put('duration_seconds', (0,parse/* toNumber */.Ro)(window.reported_duration_s));
        put('total_input_tokens', (0,parse/* toNumber */.Ro)(window.total_input_tokens));
        put('total_output_tokens', (0,parse/* toNumber */.Ro)(window.total_output_tokens));
    }
    return metrics;
}
/** Artifact roles and the files that fed the fragment. */
function pointArtifacts(p) {
    const artifacts = {};
    const files = [];
    if (p.agg !== null) {
        artifacts[p.agg.role] = p.agg.path;
        files.push(p.agg.path);
    }
    if (p.raws.length > 0) {
        const rp = p.raws.map((r) => r.path).sort();
        artifacts.raw = rp.length === 1 ? rp[0] : rp;
        files.push(...rp);
    }
    if (p.sidecar !== null) {
        artifacts.power_validation = p.sidecar.path;
        files.push(p.sidecar.path);
    }
    if (p.logs.length > 0) {
        const lp = [...p.logs].sort();
        artifacts.logs = lp.length === 1 ? lp[0] : lp;
    }
    return { artifacts, files };
}
/** Power validity (a metric), sidecar reasons and the raw's request rate (extras). */
function pointExtras(p, agg, raw, metrics) {
    const extras = { ...(p.extras ?? {}) };
    const pv = agg !== null && agg.power_valid !== undefined
        ? (0,parse/* toBool */.AF)(agg.power_valid)
        : p.sidecar !== null
            ? (0,parse/* toBool */.AF)(p.sidecar.value.power_valid)
            : null;
    if (pv !== null)
        metrics.power_valid = pv;
    if (p.sidecar !== null && Array.isArray(p.sidecar.value.reasons)) {
        const reasons = p.sidecar.value.reasons.filter((r) => typeof r === 'string');
        if (reasons.length > 0)
            extras.power_reasons = reasons;
    }
    if (raw !== null && raw.request_rate !== undefined) {
        const rr = (0,parse/* toNumber */.Ro)(raw.request_rate) ?? (0,parse/* toStr */.N7)(raw.request_rate);
        if (rr !== null)
            extras.request_rate = rr;
    }
    return extras;
}
// ---------------------------------------------------------------------------------------------
// unreadable files
/**
 * A finding for an unreadable aggregate, raw or sidecar (the read message carries line/column):
 * `missing_required_artifact` (critical) when nothing else readable describes the cell,
 * `metrics_unavailable` (warning) otherwise or for the optional power sidecar.
 */
function unreadableFinding(u, otherSource) {
    const what = u.role === 'aggregate' ? 'aggregate' : u.role === 'raw_result' ? 'raw result' : 'power sidecar';
    // The read message names the file itself ("<file> is not valid JSON (truncated) at line L, column C").
    const detail = u.message.startsWith(u.file.path) ? u.message : `${u.file.path}: ${u.message}`;
    const evidence = {
        kind: 'unreadable_json',
        file: u.file.path,
        role: u.role,
        reason: u.message,
    };
    if (u.role === 'power_validation') {
        return finding('metrics_unavailable', 'warning', `The ${what} ${detail}; its power and completion fields are not used.`, evidence);
    }
    if (otherSource !== null) {
        return finding('metrics_unavailable', 'warning', `The ${what} ${detail}; the cell is taken from ${otherSource}.`, {
            ...evidence,
            used_instead: otherSource,
        });
    }
    return finding('missing_required_artifact', 'critical', `The ${what} ${detail}, and no other file describes that cell.`, evidence);
}
/** Sorts an adapter result's manifest (by path) and findings (by file, then message) in place. */
function sortResult(r) {
    r.manifest.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : Number(a.present) - Number(b.present)));
    const fk = (f) => `${String(f.evidence.file ?? '')}\u0000${f.message}`;
    r.findings.sort((a, b) => (fk(a) < fk(b) ? -1 : fk(a) > fk(b) ? 1 : 0));
    const gk = (f) => `${f.dir}\u0000${f.files[0] ?? ''}\u0000${String(f.extras?.row_index ?? '').padStart(9, '0')}`;
    r.fragments.sort((a, b) => (gk(a) < gk(b) ? -1 : gk(a) > gk(b) ? 1 : 0));
}
// ---------------------------------------------------------------------------------------------
// recognition (sniff): the same name rules as the scan, confirmed by the first keys
/**
 * Which InferenceX fixed-length adapter a file goes to, and why (recognition by name + first
 * keys; the scan confirms by full content). Null: not an InferenceX fixed-length file.
 */
function sniffInferencex(file, env) {
    if (!/\.json$/i.test(file.name))
        return null;
    if (file.path.includes('aiperf_artifacts/'))
        return null;
    if (file.dir.split('/').some((seg) => seg.startsWith('bmk_agentic_') || seg.startsWith('agentic_')))
        return null;
    const stem = stemOf(file.name);
    const claim = (owner, kind, why, shared = false) => ({
        owner,
        verdict: { claim: true, kind, why, ...(shared ? { shared } : {}) },
    });
    const decline = (owner, why) => ({ owner, verdict: { claim: false, why } });
    if (file.name.startsWith('agg_')) {
        if (file.name.startsWith('agg_eval_'))
            return null;
        const h = env.head();
        const owner = ownerByName(stem.slice(4));
        if (h.shape === 'json-array') {
            // Eval collector rows (`task` + `score`) are the eval adapters', whatever the name.
            if (h.keys.includes('task') && h.keys.includes('score'))
                return null;
            return claim('static', 'collected_aggregate', 'agg_*.json array', true);
        }
        if (h.shape !== 'json-object')
            return claim(owner, 'aggregate', 'agg_*.json (unreadable: reported)');
        if (h.keys.includes('scenario_type') && /"scenario_type"\s*:\s*"agentic-coding"/.test(h.text))
            return null;
        if (!h.keys.includes('hw') || !h.keys.includes('conc'))
            return decline(owner, 'agg_*.json without hw and conc');
        const multi = /"is_multinode"\s*:\s*true/.test(h.text) || h.keys.includes('prefill_tp');
        return claim(multi ? 'srt' : 'static', 'aggregate', 'agg_*.json with hw, conc');
    }
    if (file.name.startsWith('power_validation_')) {
        return claim(ownerByName(stem.slice('power_validation_'.length)), 'power_validation', 'power_validation_*.json');
    }
    let owner = null;
    let why = '';
    if (LOGS_RAW_NAME.test(file.name)) {
        owner = 'srt';
        why = 'results_concurrency_<N>_gpus_<G>*.json';
    }
    else if (file.name.startsWith('results'))
        return null;
    else if (parseSrtPointStem(stem) !== null) {
        owner = 'srt';
        why = '<RF>_<subdir>_conc<N>_gpus_<G>*.json';
    }
    else if (env.has(joinPath(file.dir, `agg_${file.name}`))) {
        owner = 'static';
        why = 'raw twin of agg_<RF>.json';
    }
    else if (parseRf(stem)?.multinode === false) {
        owner = 'static';
        why = '<RF>.json';
    }
    if (owner === null)
        return null;
    const h = env.head();
    if (h.shape !== 'json-object')
        return claim(owner, 'raw_result', `${why} (unreadable: reported)`);
    if (!h.keys.includes('completed') || !h.keys.includes('num_prompts')) {
        return decline(owner, `named like a raw result (${why}) but no completed/num_prompts keys`);
    }
    return claim(owner, 'raw_result', `${why} with completed, num_prompts`);
}

;// CONCATENATED MODULE: ./src/sources/inferencex-static.ts
/**
 * InferenceX single-node fixed-length results (`inferencex-static`; layouts: docs/ARCHITECTURE.md "Producers and layouts").
 *
 * One fragment per `<folder, RF>`: `agg_<RF>.json` (seconds) joined with its raw twin `<RF>.json`
 * (one-line client result, ms) and `power_validation_<RF>.json` in the same folder. Counts come
 * from the raw (`completed` / `num_prompts`), else the sidecar's `completed` (total unknown);
 * metrics from the aggregate, the raw filling gaps; absolute throughputs from the raw. A folder
 * holding only the raw (the zero-success case: the transformer never wrote an aggregate) still
 * gives a fragment, its identity from the raw plus the RF (a fallback only).
 *
 * Rows of collected `agg_bmk.json` arrays that are single-node and not agentic become their own
 * fragments (extras.row_index); the pipeline merges them with the `bmk_` / `power_audit_` copies.
 */



const stem = (name) => name.replace(/\.json$/i, '');
const inferencexStaticAdapter = {
    id: 'inferencex-static',
    group: 'inferencex',
    sniff(file, env) {
        const r = sniffInferencex(file, env);
        return r !== null && r.owner === 'static' ? r.verdict : null;
    },
    async collect(ctx) {
        const scan = await scanInferencex(ctx);
        const result = (0,sources_types/* emptyResult */.$)();
        const { groups, readableByRf } = groupCells(scan);
        for (const key of [...groups.keys()].sort())
            emitGroup(ctx, scan, groups.get(key), readableByRf, result);
        // Collected arrays: our rows become fragments; the file is claimed whenever it is a collected
        // aggregate (AgentX rows are read by the AgentX adapters from the same memoised JSON).
        for (const c of scan.collected) {
            ctx.claim(c.file.path);
            result.manifest.push(manifestEntry(c.file.path, 'collected_aggregate', false, true));
            for (const row of c.rows) {
                if (row.owner !== 'static')
                    continue;
                result.fragments.push(rowFragment('inferencex-static', c.file.path, c.file.dir, row.index, row.value));
            }
        }
        sortResult(result);
        return result;
    },
};
/** Groups by `<folder, RF>`, and the first readable source per RF across folders. */
function groupCells(scan) {
    const groups = new Map();
    const group = (dir, rf) => {
        const key = `${dir}\u0000${rf}`;
        let g = groups.get(key);
        if (!g) {
            g = { dir, rf, agg: null, raws: [], sidecar: null, bad: [] };
            groups.set(key, g);
        }
        return g;
    };
    for (const a of scan.aggregates)
        if (a.owner === 'static')
            group(a.file.dir, stem(a.file.name).slice(4)).agg = a;
    for (const r of scan.raws)
        if (r.owner === 'static')
            group(r.file.dir, stem(r.file.name)).raws.push(r);
    for (const s of scan.sidecars)
        if (s.owner === 'static')
            group(s.file.dir, stem(s.file.name).slice('power_validation_'.length)).sidecar = s;
    for (const u of scan.unreadable) {
        if (u.owner !== 'static')
            continue;
        const n = stem(u.file.name);
        const rf = u.role === 'aggregate' ? n.slice(4) : u.role === 'power_validation' ? n.slice('power_validation_'.length) : n;
        group(u.file.dir, rf).bad.push(u);
    }
    // Readable sources per RF across folders (a bmk_ copy stands in for a broken power_audit_ one).
    const readableByRf = new Map();
    for (const g of [...groups.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))) {
        const src = g.agg?.file.path ?? g.raws[0]?.file.path;
        if (src !== undefined && !readableByRf.has(g.rf))
            readableByRf.set(g.rf, src);
    }
    return { groups, readableByRf };
}
/** One group: unreadable files as findings, the fragment, its manifest entries. */
function emitGroup(ctx, scan, g, readableByRf, result) {
    for (const u of g.bad) {
        ctx.claim(u.file.path);
        result.manifest.push(manifestEntry(u.file.path, manifestKind(u.role), u.role !== 'power_validation', true));
        let other = null;
        if (u.role === 'aggregate')
            other = g.raws[0]?.file.path ?? readableByRf.get(g.rf) ?? null;
        else if (u.role === 'raw_result')
            other = g.agg?.file.path ?? readableByRf.get(g.rf) ?? null;
        if (u.role === 'aggregate' && other === null && parseRf(g.rf) === null) {
            // A broken agg_*.json whose name is not an RF (e.g. a collected agg_bmk.json): any readable
            // aggregate of ours means the cells it held may well be described elsewhere.
            other = scan.aggregates.find((a) => a.owner === 'static')?.file.path ?? null;
        }
        result.findings.push(unreadableFinding(u, other));
    }
    if (g.agg === null && g.raws.length === 0) {
        if (g.sidecar !== null) {
            ctx.claim(g.sidecar.file.path);
            result.manifest.push(manifestEntry(g.sidecar.file.path, 'power_validation', false, true));
        }
        return;
    }
    const frag = buildPointFragment({
        format: 'inferencex-static',
        dir: g.dir,
        agg: g.agg ? { path: g.agg.file.path, value: g.agg.value, role: 'aggregate' } : null,
        raws: g.raws.map((r) => ({ path: r.file.path, value: r.value })),
        sidecar: g.sidecar ? { path: g.sidecar.file.path, value: g.sidecar.value } : null,
        fallback: { rf: fallbackRf(g), point: null },
        logs: [],
    });
    result.fragments.push(frag);
    if (g.agg) {
        ctx.claim(g.agg.file.path);
        result.manifest.push(manifestEntry(g.agg.file.path, 'aggregate', true, true));
    }
    for (const r of g.raws) {
        ctx.claim(r.file.path);
        result.manifest.push(manifestEntry(r.file.path, 'raw_result', true, true));
    }
    if (g.sidecar) {
        ctx.claim(g.sidecar.file.path);
        result.manifest.push(manifestEntry(g.sidecar.file.path, 'power_validation', false, true));
    }
    // The power_audit_ artifact always carries the raw client result (the only completion source).
    if (g.raws.length === 0 &&
        !g.bad.some((u) => u.role === 'raw_result') &&
        g.dir.split('/').pop()?.startsWith('power_audit_')) {
        result.manifest.push(manifestEntry(joinPath(g.dir, `${g.rf}.json`), 'raw_result', false, false));
    }
}
function manifestKind(role) {
    return role === 'aggregate' ? 'aggregate' : role === 'raw_result' ? 'raw_result' : 'power_validation';
}
function fallbackRf(g) {
    const own = parseRf(g.rf);
    if (own !== null && !own.multinode)
        return own;
    const f = folderRf(g.dir);
    const fromFolder = f === null ? null : parseRf(f);
    return fromFolder !== null && !fromFolder.multinode ? fromFolder : null;
}
function rowFragment(format, path, dir, index, value) {
    return buildPointFragment({
        format,
        dir,
        agg: { path, value, role: 'collected_aggregate' },
        raws: [],
        sidecar: null,
        fallback: { rf: null, point: null },
        logs: [],
        extras: { row_index: index },
    });
}

;// CONCATENATED MODULE: ./src/sources/inferencex-srt-slurm.ts
/**
 * InferenceX multi-node srt-slurm results (`inferencex-srt-slurm`; layouts: docs/ARCHITECTURE.md "Producers and layouts").
 *
 * One fragment per `<folder, point>`, a point being `<RF>_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]`:
 * `agg_<point>.json` joined with its raw twins — `<point>.json` at the `power_audit_<RF>` root and
 * the same file again as `LOGS/<subdir>/results_concurrency_<N>_gpus_<G>[…].json` (one cell, never
 * counted twice, never an eval cell) — and `power_validation_<point>.json`. Topology keeps the
 * prefill/decode fields and the GPU split; the three per-GPU throughputs keep their denominators
 * (total → P+D, output → decode GPUs or all when decode = 0, input → prefill GPUs).
 *
 * `multinode_server_logs.tar.gz` and other files under `LOGS/` are linked (artifacts role `logs`,
 * manifest kind `server_logs`), never parsed. Multi-node, non-agentic rows of collected
 * `agg_bmk.json` arrays become their own fragments (extras.row_index).
 */




const inferencex_srt_slurm_stemOf = (name) => name.replace(/\.json$/i, '');
const inferencexSrtSlurmAdapter = {
    id: 'inferencex-srt-slurm',
    group: 'inferencex',
    sniff(file, env) {
        const r = sniffInferencex(file, env);
        return r !== null && r.owner === 'srt' ? r.verdict : null;
    },
    async collect(ctx) {
        const scan = await scanInferencex(ctx);
        const result = (0,sources_types/* emptyResult */.$)();
        const points = groupPoints(scan);
        const readableByStem = readableSources(points);
        const logsFor = logsOfPoints(scan);
        for (const key of [...points.keys()].sort()) {
            const p = points.get(key);
            emitPoint(ctx, p, readableByStem.get(p.stem) ?? null, logsFor(p), result);
        }
        claimLogs(ctx, scan, points, result);
        for (const c of scan.collected) {
            ctx.claim(c.file.path);
            result.manifest.push(manifestEntry(c.file.path, 'collected_aggregate', false, true));
            for (const row of c.rows) {
                if (row.owner !== 'srt')
                    continue;
                result.fragments.push(rowFragment('inferencex-srt-slurm', c.file.path, c.file.dir, row.index, row.value));
            }
        }
        sortResult(result);
        return result;
    },
};
/** Points by `<folder, stem>`: aggregates, root raws, sidecars, unreadable files, then the LOGS copies. */
function groupPoints(scan) {
    const points = new Map();
    const point = (dir, stem) => {
        const key = `${dir}\u0000${stem}`;
        let p = points.get(key);
        if (!p) {
            p = {
                dir,
                stem,
                name: parseSrtPointStem(stem, folderRf(dir), baseOf(dir) || null),
                agg: null,
                raws: [],
                sidecar: null,
                bad: [],
            };
            points.set(key, p);
        }
        return p;
    };
    for (const a of scan.aggregates)
        if (a.owner === 'srt')
            point(a.file.dir, inferencex_srt_slurm_stemOf(a.file.name).slice(4)).agg = a;
    for (const r of scan.raws)
        if (r.owner === 'srt' && !r.logs)
            point(r.file.dir, inferencex_srt_slurm_stemOf(r.file.name)).raws.push(r);
    for (const s of scan.sidecars)
        if (s.owner === 'srt')
            point(s.file.dir, inferencex_srt_slurm_stemOf(s.file.name).slice('power_validation_'.length)).sidecar = s;
    const badLogs = [];
    for (const u of scan.unreadable) {
        if (u.owner !== 'srt')
            continue;
        if (u.role === 'raw_result' && parseLogsRawPath(u.file.path) !== null) {
            badLogs.push(u);
            continue;
        }
        const n = inferencex_srt_slurm_stemOf(u.file.name);
        const stem = u.role === 'aggregate' ? n.slice(4) : u.role === 'power_validation' ? n.slice('power_validation_'.length) : n;
        point(u.file.dir, stem).bad.push(u);
    }
    // LOGS copies join the point of their folder (`<base>/LOGS/<subdir>/results_concurrency_…`);
    // with no such point they form one of their own, named after the folder's RF.
    const attachLogsCopy = (path) => {
        const lp = parseLogsRawPath(path);
        if (lp === null)
            return null;
        const inBase = [...points.values()].filter((p) => p.dir === lp.base && p.stem.endsWith(lp.suffix));
        const rf = folderRf(lp.base);
        const pick = inBase.length === 1 ? inBase[0] : inBase.find((p) => rf !== null && p.stem === `${rf}${lp.suffix}`);
        if (pick)
            return pick;
        const own = point(lp.base, rf !== null ? `${rf}${lp.suffix}` : inferencex_srt_slurm_stemOf(baseOf(path)));
        // No twin: the copy's own path states the point (conc, GPUs, ctx/gen, lengths of its subdir).
        own.name = { ...lp.name, rf };
        return own;
    };
    for (const r of scan.raws)
        if (r.owner === 'srt' && r.logs)
            attachLogsCopy(r.file.path)?.raws.push(r);
    for (const u of badLogs)
        attachLogsCopy(u.file.path)?.bad.push(u);
    return points;
}
/** The first readable source per point stem across folders (bmk_ vs power_audit_ copies). */
function readableSources(points) {
    const readableByStem = new Map();
    for (const key of [...points.keys()].sort()) {
        const p = points.get(key);
        const src = p.agg?.file.path ?? p.raws[0]?.file.path;
        if (src !== undefined && !readableByStem.has(p.stem))
            readableByStem.set(p.stem, src);
    }
    return readableByStem;
}
const rfOfPoint = (p) => p.name?.rf ?? folderRf(p.dir);
/**
 * Logs of a point: tarballs of `multinode_server_logs_<RF>/` go with every point of that RF; files
 * under `<base>/LOGS/` with the points of `<base>`.
 */
function logsOfPoints(scan) {
    const logsFor = (p) => {
        const rf = rfOfPoint(p);
        const out = [];
        for (const f of scan.logs) {
            if (f.name === 'multinode_server_logs.tar.gz') {
                const frf = folderRf(f.dir);
                if ((frf !== null && frf === rf) || f.dir === p.dir)
                    out.push(f.path);
            }
            else if (logsBase(f.path) === p.dir)
                out.push(f.path);
        }
        return out;
    };
    return logsFor;
}
/** One point: unreadable files as findings, the fragment, its manifest entries. */
function emitPoint(ctx, p, readableElsewhere, logs, result) {
    p.raws.sort((a, b) => Number(a.logs) - Number(b.logs) || (a.file.path < b.file.path ? -1 : 1));
    for (const u of p.bad) {
        ctx.claim(u.file.path);
        result.manifest.push(manifestEntry(u.file.path, u.role, u.role !== 'power_validation', true));
        let other = null;
        if (u.role === 'aggregate')
            other = p.raws[0]?.file.path ?? readableElsewhere;
        else if (u.role === 'raw_result')
            other = p.raws[0]?.file.path ?? p.agg?.file.path ?? readableElsewhere;
        result.findings.push(unreadableFinding(u, other));
    }
    if (p.agg === null && p.raws.length === 0) {
        if (p.sidecar !== null) {
            ctx.claim(p.sidecar.file.path);
            result.manifest.push(manifestEntry(p.sidecar.file.path, 'power_validation', false, true));
        }
        return;
    }
    const rfName = rfOfPoint(p);
    const rfInfo = rfName === null ? null : parseRf(rfName);
    result.fragments.push(buildPointFragment({
        format: 'inferencex-srt-slurm',
        dir: p.dir,
        agg: p.agg ? { path: p.agg.file.path, value: p.agg.value, role: 'aggregate' } : null,
        raws: p.raws.map((r) => ({ path: r.file.path, value: r.value })),
        sidecar: p.sidecar ? { path: p.sidecar.file.path, value: p.sidecar.value } : null,
        fallback: { rf: rfInfo !== null && rfInfo.multinode ? rfInfo : null, point: p.name },
        logs,
    }));
    if (p.agg) {
        ctx.claim(p.agg.file.path);
        result.manifest.push(manifestEntry(p.agg.file.path, 'aggregate', true, true));
    }
    for (const r of p.raws) {
        ctx.claim(r.file.path);
        result.manifest.push(manifestEntry(r.file.path, 'raw_result', true, true));
    }
    if (p.sidecar) {
        ctx.claim(p.sidecar.file.path);
        result.manifest.push(manifestEntry(p.sidecar.file.path, 'power_validation', false, true));
    }
    if (p.raws.length === 0 && !p.bad.some((u) => u.role === 'raw_result') && baseOf(p.dir).startsWith('power_audit_')) {
        result.manifest.push(manifestEntry(joinPath(p.dir, `${p.stem}.json`), 'raw_result', false, false));
    }
}
/** Every log next to srt-slurm results is listed (claimed), attached or not. */
function claimLogs(ctx, scan, points, result) {
    const pointRfs = new Set([...points.values()].map(rfOfPoint).filter((x) => x !== null));
    const pointDirs = new Set([...points.values()].map((p) => p.dir));
    for (const f of scan.logs) {
        const mine = f.name === 'multinode_server_logs.tar.gz'
            ? (folderRf(f.dir) !== null && pointRfs.has(folderRf(f.dir))) ||
                pointDirs.has(f.dir) ||
                baseOf(f.dir).startsWith('multinode_server_logs_')
            : pointDirs.has(logsBase(f.path) ?? '\u0000');
        if (!mine)
            continue;
        ctx.claim(f.path);
        result.manifest.push(manifestEntry(f.path, 'server_logs', false, true));
    }
}
/** `<base>` of a file under `<base>/LOGS/…` (or srt-slurm's own `logs/`), else null. */
function logsBase(path) {
    for (const seg of ['LOGS', 'logs']) {
        if (path.startsWith(`${seg}/`))
            return '';
        const i = path.indexOf(`/${seg}/`);
        if (i >= 0)
            return path.slice(0, i);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/sources/agentx-common.ts
/**
 * Shared pieces of the two AgentX adapters (docs/ARCHITECTURE.md "Producer notes"): finding the AgentX aggregates
 * (`bmk_agentic_<RF>/<RF>.json`, no `agg_` prefix, `scenario_type == "agentic-coding"`), the
 * collected `agg_bmk.json` arrays that carry agentic rows, identity/topology from an aggregate,
 * and small path helpers. Both adapters hand their fragments to the shared builder
 * (src/sources/lib/fragment.ts): per-request columns become ladders and samples there.
 *
 * Interactivity is never read from an aggregate's own `intvty` block (v0.1 stores the
 * per-request 1/itl distribution with the tails reversed): the cell's `<stat>_intvty` is
 * 1 / `<stat>_tpot`, derived with the per-GPU throughputs in src/core/cells/derived.ts.
 */






const agentx_common_AGENTIC_SCENARIO = 'agentic-coding';
const VARIANT_V01 = 'agentx-v0.1';
const VARIANT_AIPERF = 'aiperf-v3';
/** JSON names that are never an AgentX aggregate (other formats' files, aiperf sidecars). */
const NOT_AGGREGATE_NAMES = new Set([
    'profile_export_aiperf.json',
    'server_metrics_export.json',
    'agentx_run_metadata.json',
    'meta_env.json',
    'summary.json',
    'config.json',
    'run.json',
    'inputs.json',
    'manifest.json',
    'report.json',
    'gpu_metrics_identity.json',
]);
/**
 * AgentX aggregates are a few KB. Outside a `bmk_agentic_*` folder we only open `*.json` files up
 * to this size to sniff their content, so large files of other formats are not read for nothing.
 */
const SNIFF_MAX_BYTES = 4 * 1024 * 1024;
function aggregateGeneration(v, name) {
    if ((0,parse/* isRecord */.u4)(v.request_metrics))
        return 'aiperf-nested';
    if (name.startsWith('agg_') || (v.users !== undefined && v.conc === undefined))
        return 'pre-v0.1';
    const keys = Object.keys(v);
    const aiperfStats = keys.some((k) => /^p(75|95)_(ttft|e2el|itl|tpot)$/.test(k));
    const v01Stats = keys.some((k) => /^(median|p99)_(ttft|e2el|itl|tpot)$/.test(k));
    return aiperfStats && !v01Stats ? 'aiperf-flat' : 'v0.1';
}
/** The generation an aggregate's first keys show (for recognition); null when it is not an AgentX aggregate. */
function headGeneration(file, head) {
    if (head.shape !== 'json-object' || !head.keys.includes('scenario_type'))
        return null;
    if (!/"scenario_type"\s*:\s*"agentic-coding"/.test(head.text))
        return null;
    const v = {};
    for (const k of head.keys)
        v[k] = k === 'request_metrics' ? {} : true;
    return aggregateGeneration(v, file.name);
}
/** Recognition of the AgentX v0.1 / pre-v0.1 files: requests and server CSVs, flat aggregates. */
function sniffAgentxV01(file, head) {
    if (file.name === 'detailed_results.csv') {
        const first = head().text.split(/\r?\n/, 1)[0] ?? '';
        return /(^|,)success(,|$)/.test(first) && /(^|,)ttft(,|$)/.test(first)
            ? { claim: true, kind: 'agentx_requests_csv', why: 'trace replay requests header' }
            : null;
    }
    if (file.name === 'metrics_server_metrics.csv') {
        return head().text.startsWith('timestamp_sec')
            ? { claim: true, kind: 'agentx_server_metrics_csv', why: 'header starts timestamp_sec' }
            : null;
    }
    if (!file.name.endsWith('.json'))
        return null;
    const g = headGeneration(file, head());
    return g === 'v0.1' || g === 'pre-v0.1'
        ? { claim: true, kind: 'agentx_aggregate', why: `scenario_type agentic-coding (${g} keys)` }
        : null;
}
/** Recognition of aiperf files: AgentX aiperf aggregates, aiperf_artifacts/ contents, plain aiperf exports. */
function sniffAiperf(file, head) {
    if (file.path.includes('aiperf_artifacts/'))
        return { claim: true, kind: 'aiperf_artifact', why: 'inside aiperf_artifacts/' };
    if (file.name === 'profile_export_aiperf.json') {
        // aiperf's JSON exporter: metric blocks under `records` until ai-dynamo/aiperf#343
        // (2025-10-10), at the top level from then on (0.11.0 adds `schema_version`).
        const keys = head().keys;
        if (keys.includes('records'))
            return { claim: true, kind: 'aiperf_profile_export', why: 'records blocks' };
        return ['request_count', 'time_to_first_token', 'request_latency'].some((k) => keys.includes(k))
            ? { claim: true, kind: 'aiperf_profile_export', why: 'top-level metric blocks' }
            : null;
    }
    if (file.name === 'profile_export_aiperf.csv')
        return head().text.startsWith('Metric,')
            ? { claim: true, kind: 'aiperf_profile_export', why: 'aiperf export CSV header' }
            : null;
    if (/_genai_perf\.json$/.test(file.name)) {
        // genai-perf's JSON exporter (perf_analyzer genai-perf export_data/json_exporter.py): metric
        // blocks at the top level, then input_config.
        const keys = head().keys;
        return ['request_latency', 'time_to_first_token', 'request_throughput'].some((k) => keys.includes(k))
            ? { claim: true, kind: 'genai_perf_profile_export', why: 'top-level metric blocks' }
            : null;
    }
    if (/_genai_perf\.csv$/.test(file.name))
        return head().text.startsWith('Metric,')
            ? { claim: true, kind: 'genai_perf_profile_export', why: 'genai-perf export CSV header' }
            : null;
    if (file.name === 'profile_export.jsonl') {
        const h = head();
        return h.keys.includes('metadata') && h.keys.includes('metrics')
            ? { claim: true, kind: 'aiperf_profile_export_jsonl', why: 'records with metadata, metrics' }
            : null;
    }
    if (!file.name.endsWith('.json'))
        return null;
    const g = headGeneration(file, head());
    return g === 'aiperf-flat' || g === 'aiperf-nested'
        ? { claim: true, kind: 'agentx_aggregate', why: `scenario_type agentic-coding (${g} keys)` }
        : null;
}
/** Finds AgentX aggregates and agentic rows of collected arrays; memoised per context (both adapters use it). */
const scanAgentxJson = (0,sources_types/* perContext */.b_)(agentx_common_scanUncached);
function isBmkAgenticDir(dir) {
    return baseOf(dir).startsWith('bmk_agentic_');
}
async function agentx_common_scanUncached(ctx) {
    const out = { aggregates: [], rows: [], unreadable: [] };
    for (const f of ctx.files) {
        if (!f.name.endsWith('.json'))
            continue;
        if (f.name.startsWith('agg_')) {
            if (f.name.startsWith('agg_eval_'))
                continue;
            const read = await ctx.readJson(f.path);
            if (!read.ok)
                continue;
            // A pre-v0.1 agentic aggregate is an object named agg_<RF>.json (no conc: the static adapter leaves it).
            if ((0,parse/* isRecord */.u4)(read.value) && read.value.scenario_type === agentx_common_AGENTIC_SCENARIO && read.value.conc === undefined) {
                const rf = isBmkAgenticDir(f.dir) ? baseOf(f.dir).slice('bmk_agentic_'.length) : f.name.slice(4, -5);
                const parent = isBmkAgenticDir(f.dir) ? dirOf(f.dir) : f.dir;
                out.aggregates.push({ file: f, value: read.value, nested: false, generation: 'pre-v0.1', rf, parent });
                continue;
            }
            if (!Array.isArray(read.value))
                continue;
            read.value.forEach((row, index) => {
                if ((0,parse/* isRecord */.u4)(row) && row.scenario_type === agentx_common_AGENTIC_SCENARIO) {
                    out.rows.push({ file: f, index, value: row, nested: (0,parse/* isRecord */.u4)(row.request_metrics) });
                }
            });
            continue;
        }
        const inBmk = isBmkAgenticDir(f.dir);
        if (!inBmk) {
            if (NOT_AGGREGATE_NAMES.has(f.name))
                continue;
            if (f.name.startsWith('power_validation_') || f.name.startsWith('results'))
                continue;
            if (f.path.includes('aiperf_artifacts/'))
                continue;
            if (f.size > SNIFF_MAX_BYTES)
                continue;
        }
        const read = await ctx.readJson(f.path);
        if (!read.ok) {
            if (inBmk)
                out.unreadable.push({ file: f, message: read.message, reason: read.reason });
            continue;
        }
        const v = read.value;
        if (!(0,parse/* isRecord */.u4)(v) || v.scenario_type !== agentx_common_AGENTIC_SCENARIO)
            continue;
        const nested = (0,parse/* isRecord */.u4)(v.request_metrics);
        const stem = f.name.slice(0, -'.json'.length);
        let rf;
        let parent;
        if (inBmk) {
            rf = baseOf(f.dir).slice('bmk_agentic_'.length);
            parent = dirOf(f.dir);
        }
        else {
            rf = (0,parse/* toBool */.AF)(v.is_multinode) === true ? stem.replace(/_conc\d+$/, '') : stem;
            parent = f.dir;
        }
        out.aggregates.push({ file: f, value: v, nested, generation: aggregateGeneration(v, f.name), rf, parent });
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// identity, topology
const agentx_common_str = (v) => (0,parse/* toStr */.N7)(v);
const agentx_common_lower = (v) => (0,parse/* toStr */.N7)(v)?.toLowerCase() ?? null;
function agentx_common_identityFromAggregate(agg) {
    return {
        hardware: (0,parse/* normalizeHardware */.eG)(agg.hw),
        model: agentx_common_str(agg.model) ?? agentx_common_str(agg.model_id),
        framework: agentx_common_lower(agg.framework),
        precision: agentx_common_lower(agg.precision),
        scenario_type: agentx_common_str(agg.scenario_type),
        is_multinode: (0,parse/* toBool */.AF)(agg.is_multinode),
        recipe_name: agentx_common_str(agg.recipe_name),
        isl: (0,parse/* toInt */.RI)(agg.isl),
        osl: (0,parse/* toInt */.RI)(agg.osl),
        // pre-v0.1 aggregates name the concurrency `users`.
        concurrency: (0,parse/* toInt */.RI)(agg.conc) ?? (0,parse/* toInt */.RI)(agg.users),
    };
}

/** Explicit cell id of an artifact (`cell_id`, `recipe_name`, `name`), else null. */
function explicitId(agg) {
    if (!agg)
        return null;
    return agentx_common_str(agg.cell_id) ?? agentx_common_str(agg.recipe_name) ?? agentx_common_str(agg.name);
}
function agentx_common_nameOf(v) {
    if ((0,parse/* isRecord */.u4)(v)) {
        const n = agentx_common_str(v.name);
        const ver = agentx_common_str(v.version);
        return n === null ? null : ver === null ? n : `${n} ${ver}`;
    }
    return agentx_common_str(v);
}
/** Topology with the conventional key names (docs/ARCHITECTURE.md), `gpus` derived when possible. */
function agentx_common_topologyFromAggregate(agg) {
    const multinode = (0,parse/* toBool */.AF)(agg.is_multinode) === true || agg.prefill_tp !== undefined;
    const t = parallelismTopology(agg, multinode);
    t.spec_decoding = agentx_common_lower(agg.spec_decoding);
    const offloading = agentx_common_lower(agg.offloading) ?? agentx_common_lower(agg.kv_offloading) ?? agentx_common_lower(agg.offload_mode);
    if (offloading !== null)
        t.offloading = offloading;
    const backend = agentx_common_nameOf(agg.kv_offload_backend);
    if (backend !== null)
        t.kv_offload_backend = backend;
    const dram = (0,parse/* toNumber */.Ro)(agg.allocated_cpu_dram_gb);
    if (dram !== null)
        t.allocated_cpu_dram_gb = dram;
    const disagg = (0,parse/* toBool */.AF)(agg.disagg);
    if (disagg !== null)
        t.disagg = disagg;
    const image = agentx_common_str(agg.image);
    if (image !== null)
        t.image = image;
    const fp = agentx_common_str(agg.recipe_fingerprint);
    if (fp !== null)
        t.recipe_fingerprint = fp;
    const prefix = agentx_common_str(agg.infmax_model_prefix);
    if (prefix !== null)
        t.model_prefix = prefix;
    const router = agentx_common_nameOf(agg.router);
    if (router !== null)
        t.router = router;
    const p2p = agentx_common_str(agg.kv_p2p_transfer);
    if (p2p !== null)
        t.kv_p2p_transfer = p2p;
    const gpus = gpusOf(t, multinode);
    if (gpus !== null)
        t.gpus = gpus;
    return (0,sort_keys/* sortKeys */.d)(t);
}


// ---------------------------------------------------------------------------------------------
// metrics
/** Drops undefined entries and sorts keys. */
function cleanMetrics(m) {
    const defined = {};
    for (const k of Object.keys(m))
        if (m[k] !== undefined)
            defined[k] = m[k];
    return (0,sort_keys/* sortKeys */.d)(defined);
}
// ---------------------------------------------------------------------------------------------
// findings, manifest
function agentx_common_manifestEntry(path, kind, required, present) {
    return { path, kind, cell_id: null, required, present };
}
function agentx_common_finding(code, severity, message, evidence) {
    return { code, severity, message, cell_id: null, evidence };
}
/** Short reason of a thrown read/parse error (messages are relative already); a leading `<file>: ` is dropped. */
function errorText(e, file) {
    let msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'error';
    if (file !== undefined && msg.startsWith(`${file}: `))
        msg = msg.slice(file.length + 2);
    return msg.slice(0, 300);
}

;// CONCATENATED MODULE: ./src/sources/agentx-trace-replay.ts
/**
 * AgentX v0.1 trace replay (docs/ARCHITECTURE.md "Producer notes"): source_format `agentx-trace-replay`,
 * source_variant `agentx-v0.1`.
 *
 * One cell = `X/trace_replay/detailed_results.csv` + `X/metrics_server_metrics.csv` (one level up)
 * + the flat aggregate `bmk_agentic_<RF>/<RF>.json`, joined into ONE fragment. X is
 * `agentic_<RF>`; the join key is RF (the `agentic_` / `bmk_agentic_` prefixes stripped) under the
 * same parent folder. With everything downloaded flat into one folder, the aggregate in X joins.
 *
 * - Completion and sessions come from the requests CSV (total = data rows, successful = rows with
 *   `success` true, case-insensitive; a session is a `user_id` (else `trace_id`), complete when
 *   its row with the highest `request_idx` succeeded). The aggregate's `total_requests_completed`
 *   (last server row, warmup included) is never used.
 * - Latencies from successful rows with a value > 0 (ttft, ttlt = e2el, itl = tpot), kept in
 *   typed columns, never row objects; the list columns (`token_timestamps`, `tokens_per_chunk`)
 *   are never parsed or kept.
 * - Server CSV: cumulative counters differenced last − first (reset-aware), gauges summarised.
 *   The aggregate's server values (last row as is, warmup included) are not used.
 * - The aggregate gives identity and topology, and fills what the CSVs cannot (qps stats), or
 *   everything it has when the requests CSV is absent or unusable.
 *
 * Rows of collected `agg_*.json` arrays with `scenario_type == "agentic-coding"` and no
 * `request_metrics` become aggregate-only fragments (the pipeline merges them with the cell).
 * Every fragment is built by the shared builder (src/sources/lib/fragment.ts); per-GPU
 * throughput and interactivity are derived per cell (src/core/cells/derived.ts).
 */







const REQUESTS_CSV = 'detailed_results.csv';
const SERVER_CSV = 'metrics_server_metrics.csv';
/** Columns the requests CSV must have for completion and latency. */
const REQUESTS_REQUIRED_COLUMNS = [
    'success',
    'ttft',
    'ttlt',
    'itl',
    'request_start_time',
    'request_complete_time',
    'input_tokens',
    'output_tokens_actual',
];
/** Columns the server CSV must have to be read at all (counters are optional one by one). */
const SERVER_REQUIRED_COLUMNS = ['timestamp_sec', 'kv_cache_usage_pct'];
const SERVER_COUNTERS = [
    'prefix_cache_hits',
    'prefix_cache_queries',
    'cpu_prefix_cache_hits',
    'cpu_prefix_cache_queries',
    'prompt_tokens_total',
    'generation_tokens_total',
    'num_preemptions_total',
    'request_success_total',
    'kv_offload_bytes_gpu_to_cpu',
    'kv_offload_bytes_cpu_to_gpu',
    'kv_offload_time_gpu_to_cpu',
    'kv_offload_time_cpu_to_gpu',
];
/** Other files of an `agentic_<RF>` v0.1 artifact (listed in the manifest, not analysed). */
const AUX_FILES = {
    'agentx_run_metadata.json': { kind: 'agentx_run_metadata', role: 'run_metadata' },
    'benchmark_command.txt': { kind: 'benchmark_command', role: 'benchmark_command' },
    'server.log': { kind: 'log', role: 'logs' },
    'benchmark.log': { kind: 'log', role: 'logs' },
    'config.yaml': { kind: 'agentx_config', role: 'config' },
    'vllm_command.txt': { kind: 'server_command', role: 'server_command' },
    'metrics_client_metrics.csv': { kind: 'agentx_client_metrics_csv', role: 'client_metrics_csv' },
    'workload_distribution_summary.txt': { kind: 'agentx_workload_summary', role: 'workload_summary' },
    'metrics_plots.png': { kind: 'plot', role: 'plots' },
    'metrics_workload.png': { kind: 'plot', role: 'plots' },
    'workload_distribution_plots.png': { kind: 'plot', role: 'plots' },
    'trace_replay/debug_trace.jsonl': { kind: 'agentx_debug_trace', role: 'debug_trace' },
};
/** First line of a text file, or null when empty/unreadable. */
async function firstLine(ctx, path) {
    try {
        for await (const { text } of ctx.lines(path))
            return text;
    }
    catch {
        return null;
    }
    return null;
}
function headerColumns(line) {
    return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}
/** Content check of a requests CSV header (docs/ARCHITECTURE.md "Recognition by content"). */
function looksLikeRequestsHeader(cols) {
    if (cols[0] === 'user_id' && cols[1] === 'request_idx' && cols[2] === 'trace_id')
        return true;
    return cols.includes('success') && cols.includes('request_start_time');
}
function emptyRequests(status) {
    return {
        status,
        missing: [],
        message: null,
        errorRow: null,
        rows: 0,
        successful: 0,
        sessionsTotal: null,
        sessionsCompleted: null,
        ttft: sample/* EMPTY_SAMPLE */.p6,
        e2el: sample/* EMPTY_SAMPLE */.p6,
        itl: sample/* EMPTY_SAMPLE */.p6,
        minStart: null,
        maxComplete: null,
        inputTokens: 0,
        outputTokens: 0,
        hitBlocks: null,
        missBlocks: null,
    };
}
function headerError(missing) {
    return { ...emptyRequests('header_error'), missing, message: `missing required column(s) ${missing.join(', ')}` };
}
/** The columns read from the requests CSV and each one's cursor index (-1: absent, i.e. no session column). */
function requestsColumns(sessionCol) {
    const columns = [
        ...REQUESTS_REQUIRED_COLUMNS,
        'request_idx',
        'cache_hit_blocks',
        'cache_miss_blocks',
        ...(sessionCol !== null ? [sessionCol] : []),
    ];
    const at = (name) => (name === null ? -1 : columns.indexOf(name));
    const ix = {
        SUCCESS: at('success'),
        TTFT: at('ttft'),
        TTLT: at('ttlt'),
        ITL: at('itl'),
        START: at('request_start_time'),
        COMPLETE: at('request_complete_time'),
        INPUT: at('input_tokens'),
        OUTPUT: at('output_tokens_actual'),
        IDX: at('request_idx'),
        HIT: at('cache_hit_blocks'),
        MISS: at('cache_miss_blocks'),
        SESSION: at(sessionCol),
    };
    return { columns, ix };
}
/** One row: its session's state; for a successful row its latencies, time span, tokens and cache blocks. */
function foldRequestRow(cur, ix, acc, flags) {
    const { r } = acc;
    r.rows = cur.row;
    const ok = cur.bool(ix.SUCCESS) === true;
    if (flags.sessions)
        trackSession(acc.sessions, cur.str(ix.SESSION), cur.num(ix.IDX), ok);
    if (!ok)
        return;
    r.successful++;
    const t = cur.num(ix.TTFT);
    if (t !== null && t > 0)
        acc.ttft.push(t);
    const e = cur.num(ix.TTLT);
    if (e !== null && e > 0)
        acc.e2el.push(e);
    const i = cur.num(ix.ITL);
    if (i !== null && i > 0)
        acc.itl.push(i);
    const start = cur.numBelow(ix.START, r.minStart);
    if (start !== null && (r.minStart === null || start < r.minStart))
        r.minStart = start;
    const end = cur.numAbove(ix.COMPLETE, r.maxComplete);
    if (end !== null && (r.maxComplete === null || end > r.maxComplete))
        r.maxComplete = end;
    r.inputTokens += cur.num(ix.INPUT) ?? 0;
    r.outputTokens += cur.num(ix.OUTPUT) ?? 0;
    if (flags.blocks) {
        acc.hit += cur.num(ix.HIT) ?? 0;
        acc.miss += cur.num(ix.MISS) ?? 0;
    }
}
/** Streams the requests CSV: counts, sessions and typed latency columns; no row objects kept. */
async function readRequestsCsv(ctx, path, header) {
    const missing = REQUESTS_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length > 0)
        return headerError(missing);
    const sessionCol = header.includes('user_id') ? 'user_id' : header.includes('trace_id') ? 'trace_id' : null;
    const flags = {
        sessions: sessionCol !== null && header.includes('request_idx'),
        blocks: header.includes('cache_hit_blocks') && header.includes('cache_miss_blocks'),
    };
    const acc = {
        r: emptyRequests('ok'),
        ttft: new sample/* SampleColumn */.DZ(),
        e2el: new sample/* SampleColumn */.DZ(),
        itl: new sample/* SampleColumn */.DZ(),
        sessions: new Map(),
        hit: 0,
        miss: 0,
    };
    const { r } = acc;
    const { columns, ix } = requestsColumns(sessionCol);
    try {
        await ctx.csvRows(path, { requiredColumns: REQUESTS_REQUIRED_COLUMNS, columns }, (cur) => foldRequestRow(cur, ix, acc, flags));
    }
    catch (e) {
        if (e instanceof sources_types/* CsvHeaderError */.YT)
            return headerError(e.missing);
        r.status = 'partial';
        r.errorRow = r.rows + 1;
        r.message = errorText(e, path);
    }
    if (flags.sessions && r.rows > 0) {
        r.sessionsTotal = acc.sessions.size;
        let done = 0;
        for (const x of acc.sessions.values())
            if (x.ok)
                done++;
        r.sessionsCompleted = done;
    }
    if (flags.blocks) {
        r.hitBlocks = acc.hit;
        r.missBlocks = acc.miss;
    }
    r.ttft = acc.ttft.finish();
    r.e2el = acc.e2el.finish();
    r.itl = acc.itl.finish();
    return r;
}
/** A session's state is its row with the highest request_idx (the last turn): complete when that row succeeded. */
function trackSession(sessions, key, n, ok) {
    const idx = n !== null && Number.isInteger(n) ? n : null;
    if (key === null || idx === null)
        return;
    const prev = sessions.get(key);
    if (!prev)
        sessions.set(key, { idx, ok });
    else if (idx >= prev.idx) {
        prev.idx = idx;
        prev.ok = ok;
    }
}
/** Reset-aware difference: a decrease is a restart, the post-reset value is added. */
function pushCounter(c, v) {
    if (c.prev === null) {
        c.first = v;
        c.prev = v;
        return;
    }
    if (v >= c.prev)
        c.delta += v - c.prev;
    else {
        c.delta += v;
        c.resets++;
    }
    c.prev = v;
}
async function readServerCsv(ctx, path, header) {
    const base = {
        status: 'ok',
        missing: [],
        message: null,
        errorRow: null,
        rows: 0,
        kvUsage: new Float64Array(0),
        cpuKvUsage: null,
        cpuKvAllZero: true,
        counters: {},
    };
    const missing = SERVER_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length > 0) {
        return { ...base, status: 'header_error', missing, message: `missing required column(s) ${missing.join(', ')}` };
    }
    const present = SERVER_COUNTERS.filter((c) => header.includes(c));
    for (const c of present)
        base.counters[c] = { first: null, prev: null, delta: 0, resets: 0 };
    const kv = new sample/* NumberColumn */.oq();
    const hasCpu = header.includes('cpu_kv_cache_usage_pct');
    const cpu = new sample/* NumberColumn */.oq();
    try {
        const columns = [...SERVER_REQUIRED_COLUMNS, 'cpu_kv_cache_usage_pct', ...present];
        const KV = columns.indexOf('kv_cache_usage_pct');
        const CPU_KV = columns.indexOf('cpu_kv_cache_usage_pct');
        const counters = present.map((name) => ({ at: columns.indexOf(name), state: base.counters[name] }));
        await ctx.csvRows(path, { requiredColumns: SERVER_REQUIRED_COLUMNS, columns }, (cur) => {
            base.rows = cur.row;
            const u = cur.num(KV);
            if (u !== null)
                kv.push(u);
            if (hasCpu) {
                const c = cur.num(CPU_KV);
                if (c !== null) {
                    cpu.push(c);
                    if (c !== 0)
                        base.cpuKvAllZero = false;
                }
            }
            for (const { at, state } of counters) {
                const v = cur.num(at);
                if (v !== null)
                    pushCounter(state, v);
            }
        });
    }
    catch (e) {
        if (e instanceof sources_types/* CsvHeaderError */.YT) {
            return {
                ...base,
                status: 'header_error',
                missing: e.missing,
                message: `missing required column(s) ${e.missing.join(', ')}`,
            };
        }
        base.status = 'partial';
        base.errorRow = base.rows + 1;
        base.message = errorText(e, path);
    }
    base.kvUsage = kv.sortInPlace();
    base.cpuKvUsage = hasCpu ? cpu.sortInPlace() : null;
    return base;
}
function serverMetrics(s) {
    const m = {};
    const d = (name) => {
        const c = s.counters[name];
        return c && c.first !== null ? c.delta : null;
    };
    const ratio = (num, den) => num !== null && den !== null && den > 0 ? num / den : null;
    if (s.kvUsage.length > 0) {
        m.kv_cache_usage_p95 = (0,sample/* percentileSorted */.vS)(s.kvUsage, 95) / 100;
        m.kv_cache_usage_max = s.kvUsage[s.kvUsage.length - 1] / 100;
    }
    // 0.00 in every row means the metric does not exist (vLLM v1, SGLang): absent, not 0.
    m.cpu_kv_cache_usage_p95 =
        s.cpuKvUsage !== null && s.cpuKvUsage.length > 0 && !s.cpuKvAllZero
            ? (0,sample/* percentileSorted */.vS)(s.cpuKvUsage, 95) / 100
            : null;
    m.server_gpu_cache_hit_rate = ratio(d('prefix_cache_hits'), d('prefix_cache_queries'));
    m.server_cpu_cache_hit_rate = ratio(d('cpu_prefix_cache_hits'), d('cpu_prefix_cache_queries'));
    const g2c = d('kv_offload_bytes_gpu_to_cpu');
    const c2g = d('kv_offload_bytes_cpu_to_gpu');
    // As the v0.1 aggregator: both byte counters flat means no offload tier, so null.
    const offload = (g2c ?? 0) > 0 || (c2g ?? 0) > 0;
    m.kv_offload_bytes_gpu_to_cpu = offload ? g2c : null;
    m.kv_offload_bytes_cpu_to_gpu = offload ? c2g : null;
    m.kv_offload_time_gpu_to_cpu_s = offload ? d('kv_offload_time_gpu_to_cpu') : null;
    m.kv_offload_time_cpu_to_gpu_s = offload ? d('kv_offload_time_cpu_to_gpu') : null;
    m.preemptions = d('num_preemptions_total');
    m.server_requests_completed = d('request_success_total');
    m.server_prompt_tokens = d('prompt_tokens_total');
    m.server_generation_tokens = d('generation_tokens_total');
    let resets = 0;
    for (const c of Object.values(s.counters))
        resets += c?.resets ?? 0;
    if (resets > 0)
        m.server_counter_resets = resets;
    return m;
}
// ---------------------------------------------------------------------------------------------
// aggregate
/** What the flat v0.1 aggregate says, under canonical names (server values excluded, see header). */
function metricsFromV01Aggregate(agg, gpus) {
    const m = {};
    const n = (k) => (0,parse/* toNumber */.Ro)(agg[k]);
    for (const base of ['ttft', 'e2el', 'itl', 'tpot']) {
        const put = (stat, key) => {
            const v = n(key);
            if (v !== null)
                m[`${stat}_${base}`] = v;
        };
        // pre-v0.1 names e2el `ttlt` and has no tpot (= itl, as in v0.1).
        const names = base === 'e2el' ? ['e2el', 'ttlt'] : base === 'tpot' ? ['tpot', 'itl'] : [base];
        for (const name of names) {
            if (m[`mean_${base}`] !== undefined || m[`p99_${base}`] !== undefined || m[`p95_${base}`] !== undefined)
                break;
            put('mean', `mean_${name}`);
            put('p50', `median_${name}`);
            put('p90', `p90_${name}`);
            put('p95', `p95_${name}`);
            put('p99', `p99_${name}`);
        }
    }
    for (const k of [
        'input_tput_tps',
        'output_tput_tps',
        'total_tput_tps',
        'duration_seconds',
        'theoretical_cache_hit_rate',
    ]) {
        const v = n(k);
        if (v !== null)
            m[k] = v;
    }
    for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'input_tput_per_gpu']) {
        const v = n(k);
        if (v !== null)
            m[k] = v;
    }
    const ok = (0,parse/* toInt */.RI)(agg.num_requests_successful);
    const dur = n('duration_seconds');
    if (ok !== null && dur !== null && dur > 0)
        m.request_throughput_rps = ok / dur;
    for (const [stat, key] of [
        ['mean', 'mean_qps'],
        ['p50', 'median_qps'],
        ['p90', 'p90_qps'],
        ['p99', 'p99_qps'],
    ]) {
        const v = n(key);
        if (v !== null)
            m[`${stat}_qps`] = v;
    }
    if (gpus !== null)
        m.gpus = gpus;
    return m;
}
function aggregateCounts(agg, file, why) {
    return {
        total: (0,parse/* toInt */.RI)(agg.num_requests_total),
        successful: (0,parse/* toInt */.RI)(agg.num_requests_successful),
        sessions_total: null,
        sessions_completed: null,
        source: file,
        basis: `aggregate num_requests_total / num_requests_successful (${why})`,
    };
}
function xKey(x) {
    const b = baseOf(x);
    const parent = dirOf(x);
    if (b.startsWith('agentic_')) {
        const rf = b.slice('agentic_'.length);
        return { key: `rf\u0000${parent}\u0000${rf}`, rf, parent };
    }
    return { key: `dir\u0000${x}`, rf: null, parent };
}
async function buildUnits(ctx, aggregates) {
    const units = new Map();
    const headers = new Map();
    const unitFor = (x) => {
        const { key, rf, parent } = xKey(x);
        let u = units.get(key);
        if (!u) {
            u = { x, rf, parent, requestsCsv: null, serverCsv: null, aggregate: null };
            units.set(key, u);
        }
        return u;
    };
    for (const f of ctx.files) {
        if (f.name === REQUESTS_CSV) {
            const inTraceReplay = baseOf(f.dir) === 'trace_replay';
            const line = await firstLine(ctx, f.path);
            const cols = line === null ? [] : headerColumns(line);
            if (line !== null)
                headers.set(f.path, cols);
            // By name for trace_replay/detailed_results.csv; by content elsewhere.
            if (!inTraceReplay && !looksLikeRequestsHeader(cols))
                continue;
            if (ctx.isClaimed(f.path))
                continue;
            const u = unitFor(inTraceReplay ? dirOf(f.dir) : f.dir);
            if (!u.requestsCsv)
                u.requestsCsv = f;
        }
        else if (f.name === SERVER_CSV) {
            const line = await firstLine(ctx, f.path);
            const cols = line === null ? [] : headerColumns(line);
            if (line !== null)
                headers.set(f.path, cols);
            if (line !== null && cols[0] !== 'timestamp_sec' && !cols.includes('kv_cache_usage_pct'))
                continue;
            if (ctx.isClaimed(f.path))
                continue;
            const u = unitFor(f.dir);
            if (!u.serverCsv)
                u.serverCsv = f;
        }
    }
    // A server CSV alone (no requests CSV) still forms a unit only with an aggregate.
    const out = [];
    for (const agg of aggregates) {
        const byRf = units.get(`rf\u0000${agg.parent}\u0000${agg.rf}`);
        const byDir = units.get(`dir\u0000${agg.file.dir}`);
        const u = byRf && !byRf.aggregate ? byRf : byDir && !byDir.aggregate ? byDir : null;
        if (u)
            u.aggregate = agg;
        else
            out.push({ x: null, rf: agg.rf, parent: agg.parent, requestsCsv: null, serverCsv: null, aggregate: agg });
    }
    for (const u of units.values()) {
        if (u.requestsCsv || u.aggregate)
            out.push(u);
    }
    out.sort((a, b) => {
        const ka = a.requestsCsv?.path ?? a.aggregate?.file.path ?? '';
        const kb = b.requestsCsv?.path ?? b.aggregate?.file.path ?? '';
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return { units: out, headers };
}
// ---------------------------------------------------------------------------------------------
// the adapter
const agentxTraceReplayAdapter = {
    id: 'agentx-trace-replay',
    group: 'agentx',
    sniff: (file, env) => sniffAgentxV01(file, env.head),
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [] };
        const scan = await scanAgentxJson(ctx);
        // v0.1 and pre-v0.1 aggregates; the flat aiperf generation belongs to the aiperf adapter.
        const flat = scan.aggregates.filter((a) => a.generation === 'v0.1' || a.generation === 'pre-v0.1');
        // Unreadable JSON in a bmk_agentic_* folder: the aggregate the format requires (reported here once for both variants).
        for (const u of scan.unreadable) {
            ctx.claim(u.file.path);
            result.manifest.push(agentx_common_manifestEntry(u.file.path, 'agentx_aggregate', true, true));
            result.findings.push(agentx_common_finding('missing_required_artifact', 'critical', `${u.message}, so the AgentX aggregate in ${u.file.dir} cannot be used.`, { kind: 'unreadable_aggregate', file: u.file.path, reason: u.reason, format: 'agentx-trace-replay' }));
        }
        const { units, headers } = await buildUnits(ctx, flat);
        for (const unit of units) {
            const frag = await buildUnitFragment(ctx, unit, headers, result);
            if (frag)
                result.fragments.push(frag);
        }
        // Agentic v0.1 rows of collected arrays.
        const arrays = new Set();
        for (const row of scan.rows) {
            if (row.nested)
                continue;
            arrays.add(row.file.path);
            result.fragments.push(agentx_trace_replay_rowFragment(row.file.path, row.file.dir, row.index, row.value));
        }
        for (const p of [...arrays].sort()) {
            ctx.claim(p);
            result.manifest.push(agentx_common_manifestEntry(p, 'collected_aggregate', false, true));
        }
        return result;
    },
};
function agentx_trace_replay_rowFragment(path, dir, index, agg) {
    const topology = agentx_common_topologyFromAggregate(agg);
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    return buildFragment({
        format: 'agentx-trace-replay',
        variant: VARIANT_V01,
        file: path,
        dir,
        explicitId: explicitId(agg),
        identity: agentx_common_identityFromAggregate(agg),
        topology,
        artifacts: { collected_aggregate: path },
        counts: aggregateCounts(agg, path, `row ${index} of a collected array`),
        metrics: metricsFromV01Aggregate(agg, gpus),
        extras: { row_index: index },
        environment: imageOf(topology),
        readPath: false,
    });
}
/** The other files of the agentic_<RF> folder, listed; agentx_run_metadata.json read when present. */
async function readAuxFiles(ctx, x, acc, result) {
    let metadata = null;
    const byPath = new Set(ctx.files.map((f) => f.path));
    for (const [rel, info] of Object.entries(AUX_FILES)) {
        const p = joinPath(x, rel);
        if (!byPath.has(p) || ctx.isClaimed(p))
            continue;
        ctx.claim(p);
        result.manifest.push(agentx_common_manifestEntry(p, info.kind, false, true));
        const prev = acc.artifacts[info.role];
        acc.artifacts[info.role] =
            prev === undefined || prev === null ? p : [...(Array.isArray(prev) ? prev : [prev]), p].sort();
        if (rel !== 'agentx_run_metadata.json')
            continue;
        const read = await ctx.readJson(p);
        if (read.ok && (0,parse/* isRecord */.u4)(read.value))
            metadata = read.value;
        else if (!read.ok) {
            acc.findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${read.message}, so the AgentX run metadata was ignored.`, {
                kind: 'unreadable_file',
                file: p,
                reason: read.reason,
            }));
        }
    }
    return metadata;
}
/** The finding a partial or empty CSV read gives (null when the read is complete and non-empty). */
function csvReadFinding(p, read, what, none) {
    if (read.status === 'partial') {
        return agentx_common_finding('metrics_unavailable', 'warning', `${p} does not parse at data row ${read.errorRow} (${read.message}); the ${read.rows} rows read before it are kept, so ${what} cover part of the run.`, { kind: 'partial_file', file: p, row: read.errorRow, rows_read: read.rows, partial: true, reason: read.message });
    }
    if (read.rows === 0) {
        return agentx_common_finding('metrics_unavailable', 'warning', `${p} has a header but no data rows, so ${none}.`, {
            kind: 'no_data_rows',
            file: p,
            rows: 0,
        });
    }
    return null;
}
/** Reads the requests CSV of a unit (findings for an empty, headerless, partial or row-less file). */
async function readUnitRequests(ctx, f, headers, acc, result) {
    const p = f.path;
    ctx.claim(p);
    acc.files.push(p);
    acc.artifacts.requests_csv = p;
    result.manifest.push(agentx_common_manifestEntry(p, 'agentx_requests_csv', true, true));
    const header = headers.get(p);
    if (header === undefined || header.every((c) => c === '')) {
        acc.findings.push(agentx_common_finding('missing_required_artifact', 'critical', `${p} is empty (no header), so the cell's requests cannot be counted from it.`, { kind: 'empty_file', file: p }));
        return { ...emptyRequests('empty_file'), message: 'the file is empty' };
    }
    const req = await readRequestsCsv(ctx, p, header);
    if (req.status === 'header_error') {
        acc.findings.push(agentx_common_finding('missing_required_artifact', 'critical', `${p} lacks the required column(s) ${req.missing.join(', ')}, so the cell's requests cannot be counted from it.`, { kind: 'missing_columns', file: p, missing_columns: req.missing }));
    }
    else {
        const f2 = csvReadFinding(p, req, 'counts and latencies', 'no request finished in this cell');
        if (f2)
            acc.findings.push(f2);
    }
    return req;
}
/** Reads the server CSV of a unit; null when it is unusable (the finding says why). */
async function readUnitServer(ctx, f, headers, acc, result) {
    const p = f.path;
    ctx.claim(p);
    acc.files.push(p);
    acc.artifacts.server_metrics_csv = p;
    result.manifest.push(agentx_common_manifestEntry(p, 'agentx_server_metrics_csv', false, true));
    const header = headers.get(p);
    if (header === undefined || header.every((c) => c === '')) {
        acc.findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} is empty, so the cell has no server metrics.`, {
            kind: 'empty_file',
            file: p,
        }));
        return null;
    }
    const server = await readServerCsv(ctx, p, header);
    if (server.status === 'header_error') {
        acc.findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} lacks the column(s) ${server.missing.join(', ')}, so the cell has no server metrics.`, { kind: 'missing_columns', file: p, missing_columns: server.missing }));
        return null;
    }
    const f2 = csvReadFinding(p, server, 'server metrics', 'the cell has no server metrics');
    if (f2) {
        if (server.status !== 'partial')
            delete f2.evidence.rows;
        acc.findings.push(f2);
    }
    return server.status !== 'partial' && server.rows === 0 ? null : server;
}
/**
 * Metrics and counts measured from the requests CSV, over the aggregate's: its latency columns
 * replace the aggregate's ladders (which lack p95); tpot = itl.
 */
function requestsMetrics(metrics, req, path) {
    if (req.minStart !== null && req.maxComplete !== null && req.maxComplete > req.minStart) {
        const dur = req.maxComplete - req.minStart;
        metrics.duration_seconds = dur;
        metrics.input_tput_tps = req.inputTokens / dur;
        metrics.output_tput_tps = req.outputTokens / dur;
        metrics.total_tput_tps = (req.inputTokens + req.outputTokens) / dur;
        metrics.request_throughput_rps = req.successful / dur;
        // The aggregate's per-GPU values belong to its own throughputs: derived again from these.
        delete metrics.tput_per_gpu;
        delete metrics.input_tput_per_gpu;
        delete metrics.output_tput_per_gpu;
    }
    if (req.successful > 0) {
        metrics.total_input_tokens = req.inputTokens;
        metrics.total_output_tokens = req.outputTokens;
    }
    if (req.hitBlocks !== null && req.missBlocks !== null && req.hitBlocks + req.missBlocks > 0) {
        metrics.theoretical_cache_hit_rate = req.hitBlocks / (req.hitBlocks + req.missBlocks);
    }
    const counts = {
        total: req.rows,
        successful: req.successful,
        sessions_total: req.sessionsTotal,
        sessions_completed: req.sessionsCompleted,
        source: path,
        basis: req.status === 'partial'
            ? `detailed_results.csv data rows / rows with success true, read up to the parse error at data row ${req.errorRow}`
            : 'detailed_results.csv data rows / rows with success true',
    };
    const perRequest = { columns: { ttft: req.ttft, e2el: req.e2el, itl: req.itl, tpot: req.itl }, replace: true };
    return { perRequest, counts };
}
/** The finding for a requests CSV the aggregate stands in for. */
function missingRequestsFinding(unit, x) {
    const aggPath = unit.aggregate?.file.path ?? null;
    const expectedRequests = x !== null ? joinPath(x, `trace_replay/${REQUESTS_CSV}`) : null;
    return agentx_common_finding('missing_required_artifact', 'warning', `${expectedRequests ?? `trace_replay/${REQUESTS_CSV}`} was not found; the aggregate ${aggPath} still carries the request counts, so completion comes from it, but sessions and per-request samples are unknown.`, {
        kind: 'requests_csv_missing',
        expected: expectedRequests,
        aggregate: aggPath,
        severity_reason: 'aggregate carries the counts',
    });
}
/** Findings for the other files a unit lacks: the server CSV, the aggregate. */
function missingFindings(unit, x, result) {
    const out = [];
    if (!unit.serverCsv) {
        const expectedServer = x !== null ? joinPath(x, SERVER_CSV) : null;
        const expected = expectedServer ?? SERVER_CSV;
        if (expectedServer !== null)
            result.manifest.push(agentx_common_manifestEntry(expectedServer, 'agentx_server_metrics_csv', false, false));
        out.push(agentx_common_finding('metrics_unavailable', 'warning', `${expected} was not found, so server cache hit rates, KV cache usage, offload bytes and preemptions are unavailable for this cell.`, { kind: 'server_metrics_missing', expected }));
    }
    if (!unit.aggregate) {
        const where = unit.rf !== null ? joinPath(unit.parent, `bmk_agentic_${unit.rf}/${unit.rf}.json`) : null;
        if (where !== null)
            result.manifest.push(agentx_common_manifestEntry(where, 'agentx_aggregate', false, false));
        out.push(agentx_common_finding('metrics_unavailable', 'warning', `No AgentX aggregate was found for ${unit.x ?? '.'}${where !== null ? ` (expected ${where})` : ''}, so hardware, model, precision and topology of this cell are unknown.`, { kind: 'aggregate_missing', expected: where, dir: unit.x }));
    }
    return out;
}
async function buildUnitFragment(ctx, unit, headers, result) {
    const acc = { findings: [], files: [], artifacts: {} };
    const agg = unit.aggregate?.value ?? null;
    const aggPath = unit.aggregate?.file.path ?? null;
    const x = unit.x ?? (unit.rf !== null ? joinPath(unit.parent, `agentic_${unit.rf}`) : null);
    if (aggPath !== null) {
        ctx.claim(aggPath);
        acc.files.push(aggPath);
        acc.artifacts.aggregate = aggPath;
        result.manifest.push(agentx_common_manifestEntry(aggPath, 'agentx_aggregate', true, true));
    }
    const metadata = unit.x !== null ? await readAuxFiles(ctx, unit.x, acc, result) : null;
    let req = null;
    if (unit.requestsCsv)
        req = await readUnitRequests(ctx, unit.requestsCsv, headers, acc, result);
    else if (x !== null)
        result.manifest.push(agentx_common_manifestEntry(joinPath(x, `trace_replay/${REQUESTS_CSV}`), 'agentx_requests_csv', true, false));
    const reqUsable = req !== null && (req.status === 'ok' || req.status === 'partial');
    if (!reqUsable && agg === null) {
        // Nothing to build a cell from: the problems stay findings of the run; the server CSV is ours by name.
        result.findings.push(...acc.findings);
        if (unit.serverCsv) {
            ctx.claim(unit.serverCsv.path);
            result.manifest.push(agentx_common_manifestEntry(unit.serverCsv.path, 'agentx_server_metrics_csv', false, true));
        }
        return null;
    }
    if (req === null && agg !== null)
        acc.findings.push(missingRequestsFinding(unit, x));
    const server = unit.serverCsv ? await readUnitServer(ctx, unit.serverCsv, headers, acc, result) : null;
    acc.findings.push(...missingFindings(unit, x, result));
    const identity = agg !== null ? agentx_common_identityFromAggregate(agg) : (0,cells_identity/* emptyIdentity */.gL)();
    if (agg === null && metadata !== null) {
        identity.concurrency = (0,parse/* toInt */.RI)(metadata.concurrency);
        identity.framework = (0,parse/* toStr */.N7)(metadata.engine)?.toLowerCase() ?? null;
        identity.scenario_type = (0,parse/* toStr */.N7)(metadata.workload_label) === 'agentic-coding' ? 'agentic-coding' : null;
    }
    const topology = agg !== null ? agentx_common_topologyFromAggregate(agg) : {};
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    // Metrics: aggregate first, then what we measured ourselves over it.
    const metrics = agg !== null ? metricsFromV01Aggregate(agg, gpus) : {};
    let perRequest;
    let counts;
    if (reqUsable && req !== null)
        ({ perRequest, counts } = requestsMetrics(metrics, req, unit.requestsCsv?.path ?? null));
    else {
        const why = req === null ? 'detailed_results.csv absent' : 'detailed_results.csv unusable';
        counts = agg !== null && aggPath !== null ? aggregateCounts(agg, aggPath, why) : (0,sources_types/* unknownCounts */.LH)();
    }
    if (server !== null)
        Object.assign(metrics, serverMetrics(server));
    if (gpus !== null)
        metrics.gpus = gpus;
    const partial = [
        ...(req !== null && req.status === 'partial' ? [unit.requestsCsv?.path] : []),
        ...(server !== null && server.status === 'partial' ? [unit.serverCsv?.path] : []),
    ];
    const files = acc.files.sort();
    return buildFragment({
        format: 'agentx-trace-replay',
        variant: VARIANT_V01,
        file: files[0],
        otherFiles: files,
        dir: unit.x ?? unit.aggregate?.file.dir ?? '',
        explicitId: explicitId(agg),
        identity,
        topology,
        artifacts: acc.artifacts,
        counts,
        metrics,
        ...(perRequest ? { perRequest } : {}),
        findings: acc.findings,
        ...(partial.length > 0 ? { extras: { partial_inputs: partial } } : {}),
        environment: imageOf(topology),
        readPath: false,
    });
}

// EXTERNAL MODULE: ./src/io/json-limits.ts
var json_limits = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/sources/lib/jsonl-lines.ts
/**
 * Per-line checks for the JSONL files an adapter streams (one object per line): a line that is not
 * JSON, not an object, or carries a field of the wrong type or a non-finite number is recorded with
 * its line number, in bounded memory (a count, the first few line numbers, the first reason).
 * Reasons name the line and the field, never the file's content.
 */


/** How many bad line numbers a finding lists. */
const MAX_LISTED_LINES = 5;
/** Bad lines of one file: how many, the first `MAX_LISTED_LINES` of them, the first reason. */
class LineProblems {
    count = 0;
    lines = [];
    firstError = null;
    add(line, reason) {
        this.count++;
        if (this.lines.length < MAX_LISTED_LINES)
            this.lines.push(line);
        this.firstError ??= `line ${line}: ${reason}`;
    }
}
/**
 * One JSONL line as an object, or why it is not one (the reason quotes nothing of the line). A
 * line with bytes that are not UTF-8 (the line reader decodes them to U+FFFD) or nested deeper
 * than MAX_INPUT_JSON_DEPTH is not one either: a bad line, named, never read as data.
 */
function parseObjectLine(text) {
    if (text.includes('\uFFFD'))
        return { error: 'bytes that are not UTF-8' };
    if ((0,json_limits/* jsonDepthExceeds */.LL)(text, json_limits/* MAX_INPUT_JSON_DEPTH */.Np))
        return { error: `nested deeper than ${json_limits/* MAX_INPUT_JSON_DEPTH */.Np} levels` };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { error: 'not valid JSON' };
    }
    if (!(0,parse/* isRecord */.u4)(value))
        return { error: `${jsonType(value)}, not a JSON object` };
    return { value };
}
/** The JSON type of a value, for messages ("an array", "a string"): never the value itself. */
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'number')
        return 'a number';
    if (typeof value === 'boolean')
        return 'a boolean';
    return typeof value;
}
/**
 * Why `row[key]` is not of `kind`, or null when it is (an absent or null field is fine: optional
 * metrics are null). `count`: a finite integer ≥ 0.
 */
function fieldProblem(row, key, kind) {
    const v = row[key];
    if (v === undefined || v === null)
        return null;
    switch (kind) {
        case 'number':
        case 'count':
            return numberProblem(key, v, kind === 'count');
        case 'string':
            return typeof v === 'string' ? null : `${key} is ${jsonType(v)}, not a string`;
        case 'bool':
            return (0,parse/* toBool */.AF)(v) !== null ? null : `${key} is ${jsonType(v)}, not a boolean`;
        case 'array':
            return Array.isArray(v) ? null : `${key} is ${jsonType(v)}, not an array`;
        case 'object':
            return (0,parse/* isRecord */.u4)(v) ? null : `${key} is ${jsonType(v)}, not an object`;
    }
}
function numberProblem(key, v, count) {
    const n = (0,parse/* toNumber */.Ro)(v);
    if (n === null) {
        // JSON.parse reads an overflowing literal (1e999) as Infinity; a numeric string can overflow too.
        const t = typeof v === 'string' ? v.trim() : '';
        const overflow = typeof v === 'number' || (Math.abs(Number(t)) === Infinity && /^[+-]?[\d.]+(?:[eE][+-]?\d+)?$/.test(t));
        return overflow ? `${key} is not a finite number` : `${key} is ${jsonType(v)}, not a number`;
    }
    if (count && (!Number.isInteger(n) || n < 0))
        return `${key} is not a whole number ≥ 0`;
    return null;
}
/** The first problem among `fields` of `row`, or null. */
function firstFieldProblem(row, fields) {
    for (const [key, kind] of fields) {
        const p = fieldProblem(row, key, kind);
        if (p !== null)
            return p;
    }
    return null;
}
/**
 * Streams a JSONL file and calls `visit` with each line that holds a JSON object; blank lines are
 * skipped, other lines go to `problems`. Resolves to the read error's message (the file could not
 * be read to the end; every line before it visited), or null.
 */
async function forEachObjectLine(ctx, path, problems, visit) {
    try {
        for await (const { line, text } of ctx.lines(path)) {
            if (text.trim() === '')
                continue;
            const parsed = parseObjectLine(text);
            if ('error' in parsed)
                problems.add(line, parsed.error);
            else
                visit(parsed.value, line);
        }
    }
    catch (e) {
        return e.message;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/sources/agentx-aiperf-export.ts
/**
 * Plain aiperf output (ai-dynamo/aiperf `aiperf profile`), in aiperf's own `artifacts/<run>/`
 * folder or anywhere else: `profile_export_aiperf.json`, else its CSV twin
 * `profile_export_aiperf.csv` (two sections: `Metric,avg,min,max,p1,…,p99,std` rows named
 * `Header (unit)`, then `Metric,Value` rows). `profile_export.jsonl` next to them is listed, not
 * parsed (the export already carries aiperf's own percentiles, p99 included).
 *
 * The JSON's two layouts (aiperf/exporters/json_exporter.py, aiperf/common/models/export_models.py):
 * - up to aiperf 0.1.x (before ai-dynamo/aiperf#343, 2025-10-10): per-metric blocks `{tag, unit,
 *   avg, p50, p90, p95, p99, …}` under `records`, plus `input_config`, `was_cancelled`, …;
 * - from #343 on (`JsonExportData`, "mimic the GenAI-Perf JSON output"): the same blocks
 *   `{unit, avg, p1…p99, min, max, std}` at the top level, keyed by metric tag, next to
 *   `input_config`; 0.11.0 adds `schema_version` and `aiperf_version` first. A top-level block is
 *   any object with a string `unit`.
 *
 * read → map: the producer's key table is AIPERF_LATENCY / AIPERF_SCALARS below; units come from
 * each block's `unit` (ms, sec, ns). Completion: successful = `request_count`, failed =
 * `error_request_count`. Identity: model = `input_config.endpoint.model_names[0]`, concurrency =
 * `input_config.loadgen.concurrency`; from aiperf 0.10 (configuration v2.0) model =
 * `models.items[0].name` and the load = the measured phase's `concurrency` or `rate` (the one
 * `phases` entry not `exclude_from_results`). ISL / OSL = `input_config.input.prompt.input_tokens.mean`
 * / `output_tokens.mean` where the user set them (`aiperfPromptLengths`). The CSV states neither;
 * the folder's path facts may.
 *
 * NVIDIA genai-perf (triton-inference-server/perf_analyzer `genai-perf`, aiperf's predecessor, the
 * same writer lineage) is read by the same code: `<prefix>_genai_perf.json` (default
 * `profile_export_genai_perf.json`, in `artifacts/<model>-<service>-<backend>-concurrency<N>/`;
 * export_data/json_exporter.py: the Statistics blocks `{unit, avg, p1…p99, min, max, std}` at the
 * top level, then `input_config`), else its CSV twin (csv_exporter.py: `Metric,avg,min,max,p99,…`
 * rows `Time To First Token (ms)`, then `Metric,Value` rows `Request Throughput (per sec)`,
 * values formatted `"1,146.31"`). Times are ms. `request_count` (newer releases) counts the
 * successful requests only: genai-perf exports no failure count, so the total is unknown. Identity:
 * `input_config.model[0]` and `concurrency` / `request_rate` (argparse releases, to 0.0.12), or
 * `model_names[0]` and `perf_analyzer.stimulus.{concurrency,request_rate}` (config releases); ISL /
 * OSL from the synthetic-input settings; else the folder name (`-concurrency<N>`,
 * `-request_rate<R>`).
 */





const EXPORT_JSON = 'profile_export_aiperf.json';
const EXPORT_CSV = 'profile_export_aiperf.csv';
/** genai-perf's export names: `<profile_export_file stem>_genai_perf.{json,csv}`. */
const GENAI_PERF_EXPORT = /_genai_perf\.(json|csv)$/;
/** Which writer a flat export file name belongs to, or null. */
function exportFamily(name) {
    if (name === EXPORT_JSON || name === EXPORT_CSV)
        return 'aiperf';
    return GENAI_PERF_EXPORT.test(name) ? 'genai-perf' : null;
}
/** aiperf metric tags (and CSV headers) → our latency base. inter_token_latency is also TPOT. */
const AIPERF_LATENCY = {
    ttft: ['ttft'],
    time_to_first_token: ['ttft'],
    request_latency: ['e2el'],
    inter_token_latency: ['itl', 'tpot'],
};
/** aiperf scalar tags → our metric names (value = the block's `avg`). */
const AIPERF_SCALARS = {
    request_throughput: 'request_throughput_rps',
    output_token_throughput: 'output_tput_tps',
    benchmark_duration: 'duration_seconds',
    total_isl: 'total_input_tokens',
    total_osl: 'total_output_tokens',
};
/**
 * CSV row names (before the unit in parentheses) → aiperf tags; compared case-insensitively
 * (aiperf writes `Time to First Token`, genai-perf `Time To First Token`).
 */
const CSV_HEADERS = {
    'Time to First Token': 'ttft',
    'Request Latency': 'request_latency',
    'Inter Token Latency': 'inter_token_latency',
    'Request Throughput': 'request_throughput',
    'Output Token Throughput': 'output_token_throughput',
    'Benchmark Duration': 'benchmark_duration',
    'Total Input Sequence Length': 'total_isl',
    'Total Output Sequence Length': 'total_osl',
    'Request Count': 'request_count',
    'Error Request Count': 'error_request_count',
};
const CSV_HEADERS_LC = new Map(Object.entries(CSV_HEADERS).map(([k, v]) => [k.toLowerCase(), v]));
/** One CSV line's fields (double-quoted fields may hold commas; `""` is a quote). */
function csvFields(line) {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                cur += ch;
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === ',') {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out;
}
/** A CSV number; genai-perf writes thousands separators (`"3,485.23"`). */
function csvNumber(cell) {
    return (0,parse/* toNumber */.Ro)(cell === undefined ? undefined : cell.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1'));
}
/** Our stat → aiperf's. */
const STATS = [
    ['mean', 'avg'],
    ['p50', 'p50'],
    ['p90', 'p90'],
    ['p95', 'p95'],
    ['p99', 'p99'],
];
/** Seconds per unit of an aiperf block; null for a unit that is not a time. */
function secondsPer(unit) {
    switch ((unit ?? '').toLowerCase()) {
        case 'ms':
            return 1e-3;
        case 'us':
            return 1e-6;
        case 'ns':
            return 1e-9;
        case 's':
        case 'sec':
        case 'seconds':
            return 1;
        default:
            return null;
    }
}
/**
 * The metric blocks of a profile_export_aiperf.json (under `records`, or at the top level in the
 * layout of aiperf#343 and later), or null when it is not one.
 */
function exportRecords(v) {
    if (!(0,parse/* isRecord */.u4)(v))
        return null;
    const out = {};
    if ((0,parse/* isRecord */.u4)(v.records)) {
        for (const [tag, b] of Object.entries(v.records))
            if ((0,parse/* isRecord */.u4)(b))
                out[tag] = b;
    }
    else {
        for (const [tag, b] of Object.entries(v))
            if ((0,parse/* isRecord */.u4)(b) && typeof b.unit === 'string')
                out[tag] = b;
    }
    return ['request_count', 'ttft', 'time_to_first_token', 'request_latency'].some((k) => k in out) ? out : null;
}
/** profile_export_aiperf.csv → the same blocks as the JSON (tags from the row names). */
function csvRecords(text) {
    const out = {};
    let header = null;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '') {
            header = null;
            continue;
        }
        const cells = csvFields(line);
        if (cells[0] === 'Metric') {
            header = cells;
            continue;
        }
        if (header === null)
            continue;
        const m = /^(.*?)(?:\s*\(([^)]*)\))?$/.exec(cells[0]);
        const tag = CSV_HEADERS_LC.get((m?.[1] ?? '').trim().toLowerCase());
        if (tag === undefined)
            continue;
        const block = { tag, unit: m?.[2] ?? null };
        header.forEach((h, i) => {
            if (i > 0)
                block[h === 'Value' ? 'avg' : h] = csvNumber(cells[i]);
        });
        out[tag] = block;
    }
    return Object.keys(out).length > 0 ? out : null;
}
/** Metrics of aiperf's export blocks, under our names and units. */
function exportMetrics(records) {
    const m = {};
    for (const [tag, bases] of Object.entries(AIPERF_LATENCY)) {
        const b = records[tag];
        const scale = b ? secondsPer((0,parse/* toStr */.N7)(b.unit)) : null;
        if (!b || scale === null)
            continue;
        for (const base of bases) {
            for (const [ours, theirs] of STATS) {
                const v = (0,parse/* toNumber */.Ro)(b[theirs]);
                if (v !== null && m[`${ours}_${base}`] === undefined)
                    m[`${ours}_${base}`] = v * scale;
            }
        }
    }
    for (const [tag, name] of Object.entries(AIPERF_SCALARS)) {
        const v = (0,parse/* toNumber */.Ro)(records[tag]?.avg);
        if (v !== null)
            m[name] = v;
    }
    const dur = typeof m.duration_seconds === 'number' ? m.duration_seconds : null;
    const isl = typeof m.total_input_tokens === 'number' ? m.total_input_tokens : null;
    if (dur !== null && dur > 0 && isl !== null) {
        m.input_tput_tps = isl / dur;
        if (typeof m.output_tput_tps === 'number')
            m.total_tput_tps = m.input_tput_tps + m.output_tput_tps;
    }
    // Interactivity (1 / TPOT) is derived once per merged cell (src/core/cells/derived.ts).
    return cleanMetrics(m);
}
/**
 * Completion of an aiperf export: successful = request_count, failed = error_request_count.
 * genai-perf's request_count counts successful requests and it exports no failures: total unknown.
 */
function exportCounts(records, file, family = 'aiperf') {
    const ok = (0,parse/* toInt */.RI)(records.request_count?.avg);
    const errors = (0,parse/* toInt */.RI)(records.error_request_count?.avg);
    if (family === 'genai-perf') {
        return {
            total: errors === null ? null : (ok ?? 0) + errors,
            successful: ok,
            sessions_total: null,
            sessions_completed: null,
            source: ok === null ? null : file,
            basis: 'genai-perf request_count (successful requests; failures are not exported)',
        };
    }
    return {
        total: ok === null ? null : ok + (errors ?? 0),
        successful: ok,
        sessions_total: null,
        sessions_completed: null,
        source: file,
        basis: 'aiperf request_count (successful) + error_request_count (failed)',
    };
}
const rec = parse/* recordOrEmpty */.ir;
const firstName = (v) => (Array.isArray(v) ? (0,parse/* toStr */.N7)(v[0]) : (0,parse/* toStr */.N7)(v));
/**
 * aiperf's configuration v2.0 (the `input_config` of aiperf 0.10 on; ai-dynamo/aiperf
 * src/aiperf/config/models.py `ModelsAdvanced`): `models: {strategy, items: [{name, …}]}`.
 */
function configV2Model(cfg) {
    const items = rec(cfg.models).items;
    return Array.isArray(items) ? (0,parse/* toStr */.N7)(rec(items[0]).name) : null;
}
/** PhaseType values of a rate-controlled phase (src/aiperf/config/phase_kinds.py `RatePhaseConfig`). */
const RATE_PHASES = new Set(['poisson', 'constant', 'gamma', 'user_centric']);
/**
 * The measured load of aiperf's configuration v2.0 `phases` (src/aiperf/config/phases.py,
 * phase_kinds.py): each `{name, type, requests, concurrency | rate, exclude_from_results}`; the
 * warmup phase is `exclude_from_results: true`. The one measured phase's `concurrency` (type
 * `concurrency`) or `rate` (req/s, a rate-controlled type); null when there is not exactly one.
 */
function measuredPhase(cfg) {
    if (!Array.isArray(cfg.phases))
        return null;
    const measured = cfg.phases.map(rec).filter((p) => p.exclude_from_results !== true);
    if (measured.length !== 1)
        return null;
    const p = measured[0];
    const type = (0,parse/* toStr */.N7)(p.type)?.toLowerCase() ?? '';
    if (type === 'concurrency')
        return { kind: 'concurrency', concurrency: (0,parse/* toInt */.RI)(p.concurrency) };
    if (RATE_PHASES.has(type))
        return { kind: 'rate', rate: (0,parse/* toNumber */.Ro)(p.rate) };
    return null;
}
/**
 * Identity an aiperf or genai-perf export JSON states (the CSV states none): aiperf
 * `endpoint.model_names` / `loadgen.concurrency` (to 0.9), `models.items[0].name` / the measured
 * phase's `concurrency` (configuration v2.0, 0.10 on); genai-perf `model` + `concurrency` (argparse
 * releases) or `model_names` + `perf_analyzer.stimulus.concurrency` (config releases), ISL / OSL
 * from its synthetic-input settings.
 */
function exportIdentity(v) {
    const id = (0,cells_identity/* emptyIdentity */.gL)();
    const cfg = rec(rec(v).input_config);
    const stimulus = rec(rec(cfg.perf_analyzer).stimulus);
    const input = rec(cfg.input);
    const phase = measuredPhase(cfg);
    id.model =
        firstName(rec(cfg.endpoint).model_names) ??
            configV2Model(cfg) ??
            firstName(cfg.model) ??
            firstName(cfg.model_names);
    id.concurrency =
        (0,parse/* toInt */.RI)(rec(cfg.loadgen).concurrency) ??
            (phase?.kind === 'concurrency' ? phase.concurrency : null) ??
            (0,parse/* toInt */.RI)(cfg.concurrency) ??
            (0,parse/* toInt */.RI)(stimulus.concurrency);
    const prompt = aiperfPromptLengths(input);
    id.isl = (0,parse/* toInt */.RI)(cfg.synthetic_input_tokens_mean) ?? (0,parse/* toInt */.RI)(rec(input.synthetic_tokens).mean) ?? prompt.isl;
    id.osl = (0,parse/* toInt */.RI)(cfg.output_tokens_mean) ?? (0,parse/* toInt */.RI)(rec(input.output_tokens).mean) ?? prompt.osl;
    return id;
}
/** A positive whole token count, else null (aiperf: a mean of 0 means "no synthetic text"). */
const positiveInt = (v) => {
    const n = (0,parse/* toInt */.RI)(v);
    return n !== null && n > 0 ? n : null;
};
/**
 * ISL / OSL aiperf's user configuration (to 0.9, the `input_config` of the Jan-2026 exports) states:
 * `input.prompt.input_tokens.mean` (`--isl` / `--synthetic-input-tokens-mean`) and
 * `input.prompt.output_tokens.mean` (`--osl` / `--output-tokens-mean`). Writer read:
 * ai-dynamo/aiperf at db4f6397 (2025-10-10) `aiperf/common/config/prompt_config.py`
 * (`PromptConfig.input_tokens: InputTokensConfig`, `.output_tokens: OutputTokensConfig`, both
 * `mean` ints) under `aiperf/common/config/input_config.py` `InputConfig.prompt`, unchanged at
 * 11574fed in the later `src/aiperf/common/config/prompt_config.py` layout; written by
 * `aiperf/exporters/json_exporter.py` with `model_dump_json(exclude_unset=True)`, so a mean is
 * present only when the user set it (aiperf's own default ISL, 550, is never written and stays
 * unknown here). Not the cell's lengths, so null: the input mean when prompts come from a dataset
 * (`input.file`, `input.public_dataset`: the synthetic mean is not used,
 * `aiperf/dataset/composer/synthetic.py`), and both when `input.prompt.sequence_distribution`
 * mixes several ISL/OSL pairs (`aiperf/dataset/composer/base.py`).
 */
function aiperfPromptLengths(input) {
    const prompt = rec(input.prompt);
    if (prompt.sequence_distribution !== undefined && prompt.sequence_distribution !== null) {
        return { isl: null, osl: null };
    }
    const dataset = (0,parse/* toStr */.N7)(input.file) !== null || (0,parse/* toStr */.N7)(input.public_dataset) !== null;
    return {
        isl: dataset ? null : positiveInt(rec(prompt.input_tokens).mean),
        osl: positiveInt(rec(prompt.output_tokens).mean),
    };
}
/** Request rate an aiperf / genai-perf export states (req/s), for identity when concurrency is unknown. */
function exportRequestRate(v) {
    const cfg = rec(rec(v).input_config);
    const phase = measuredPhase(cfg);
    return ((0,parse/* toNumber */.Ro)(rec(cfg.loadgen).request_rate) ??
        (phase?.kind === 'rate' ? phase.rate : null) ??
        (0,parse/* toNumber */.Ro)(cfg.request_rate) ??
        (0,parse/* toNumber */.Ro)(rec(rec(cfg.perf_analyzer).stimulus).request_rate));
}
// ---------------------------------------------------------------------------------------------
// collect
/** aiperf / genai-perf files of one run folder that belong to the cell (listed in the manifest). */
const RUN_FILES = /^(profile_export.*\.(json|jsonl|csv)|.*_genai_perf\.(json|csv)|inputs\.json|server_metrics_export\..*|logs?)$/;
async function readExport(ctx, f) {
    if (f.name.endsWith('.json')) {
        const r = await ctx.readJson(f.path);
        if (!r.ok)
            return { error: r.message };
        const records = exportRecords(r.value);
        return records === null ? null : { records, value: r.value };
    }
    const text = await ctx.readText(f.path);
    if (text === null)
        return { error: `${f.path} could not be read` };
    const records = csvRecords(text);
    return records === null ? null : { records, value: null };
}
/** The JSON twin of a CSV export (`x.csv` → `x.json`). */
const jsonTwin = (f) => joinPath(f.dir, f.name.replace(/\.csv$/, '.json'));
/**
 * Plain aiperf and genai-perf runs: every profile_export_aiperf.json / `*_genai_perf.json` (else
 * its .csv) not already part of an AgentX cell becomes one fragment; the other files of its
 * folder are listed with it. A genai-perf export that does not read as one is a finding.
 */
async function collectExports(ctx, result) {
    const have = new Set(ctx.files.map((f) => f.path));
    for (const f of ctx.files) {
        const family = exportFamily(f.name);
        if (family === null || ctx.isClaimed(f.path))
            continue;
        if (f.name.endsWith('.csv') && have.has(jsonTwin(f)))
            continue;
        const read = await readExport(ctx, f);
        if (read === null && family === 'aiperf')
            continue;
        ctx.claim(f.path);
        const kind = family === 'aiperf' ? 'aiperf_profile_export' : 'genai_perf_profile_export';
        result.manifest.push(agentx_common_manifestEntry(f.path, kind, true, true));
        const files = [f.path];
        for (const o of ctx.files) {
            if (o.dir !== f.dir || o.path === f.path || !RUN_FILES.test(o.name) || ctx.isClaimed(o.path))
                continue;
            ctx.claim(o.path);
            files.push(o.path);
            result.manifest.push(agentx_common_manifestEntry(o.path, family === 'aiperf' ? 'aiperf_aux' : 'genai_perf_aux', false, true));
        }
        if (read === null || 'error' in read) {
            const why = read === null ? `${f.path} holds no ${family} metric blocks` : read.error;
            result.findings.push(agentx_common_finding('missing_required_artifact', 'critical', `${why}, so this ${family} run is not read.`, {
                kind: 'unreadable_file',
                file: f.path,
                format: family,
            }));
            continue;
        }
        result.fragments.push(exportFragment(f, read.records, read.value, files, family));
    }
}
/**
 * One export's fragment, built by the shared builder (src/sources/lib/fragment.ts): the path's
 * facts fill what the export does not say (genai-perf's `<model>-<service>-<backend>-concurrency<N>`
 * / `-request_rate<R>` folder; aiperf's CSV states no load at all), and a request rate is the load
 * point (`topology.request_rate`) when the concurrency is unknown.
 */
function exportFragment(f, records, value, files, family) {
    const counts = exportCounts(records, f.path, family);
    return buildFragment({
        format: 'unknown',
        variant: family === 'aiperf' ? 'aiperf-export' : 'genai-perf-export',
        file: f.path,
        dir: f.dir,
        otherFiles: files.slice(1),
        identity: exportIdentity(value),
        counts: { total: counts.total, successful: counts.successful, basis: counts.basis ?? '' },
        metrics: exportMetrics(records),
        artifacts: {
            profile_summary: f.path,
            ...(files.length > 1
                ? { [family === 'aiperf' ? 'aiperf_files' : 'genai_perf_files']: files.slice(1).sort() }
                : {}),
        },
        requestRate: exportRequestRate(value),
        fixedFileName: true,
        extras: { latency_tail_stat: 'p99' },
    });
}

;// CONCATENATED MODULE: ./src/sources/agentx-aiperf.ts
/**
 * Current AgentX (aiperf, nested "v3" aggregate; docs/ARCHITECTURE.md "Producer notes"): source_format
 * `agentx-trace-replay`, source_variant `aiperf-v3`.
 *
 * One cell = the aggregate `bmk_agentic_<RF>/<RF>.json` (single node) or `<RF>_conc<N>.json`
 * (multi-node) joined with its raw `agentic_<RF>/[conc_<N>/]aiperf_artifacts/profile_export.jsonl`
 * (and `profile_export_aiperf.json`, `server_metrics_export.json` next to it).
 *
 * - Completion from request accounting: successful = `records_profiled`, total =
 *   `records_total − records_warmup_dropped` (warmup records are not failures); from the jsonl
 *   (non-warmup records; error records are failures) when the aggregate has no accounting.
 * - Latency: the aggregate's mean/p50/p90/p95 (s). The format has no p99: when the jsonl exists,
 *   p99 and the per-request sample sketches come from it (ms → s, successful profiling records);
 *   without it the tail statistic is p95 (`extras.latency_tail_stat`), and p99 stays absent.
 * - `server_metrics.present == false` → metrics_unavailable naming the missing
 *   `server_metrics_export.json`.
 *
 * Rows of collected `agg_*.json` arrays with `scenario_type == "agentic-coding"` and
 * `request_metrics` become aggregate-only fragments (files [the array], extras.row_index).
 * Every fragment is built by the shared builder (src/sources/lib/fragment.ts); per-GPU
 * throughput and interactivity the aggregate lacks are derived per cell (src/core/cells/derived.ts).
 */










const PROFILE_JSONL = 'profile_export.jsonl';
const PROFILE_JSON = 'profile_export_aiperf.json';
const SERVER_EXPORT = 'server_metrics_export.json';
const ARTIFACTS_DIR = 'aiperf_artifacts';
/** How many bad line numbers a finding lists. */
const agentx_aiperf_MAX_LISTED_LINES = 5;
// ---------------------------------------------------------------------------------------------
// aggregate
const agentx_aiperf_num = (v) => (0,parse/* toNumber */.Ro)(v);
const agentx_aiperf_rec = parse/* recordOrEmpty */.ir;
/** A rate as a fraction: values in (1, 100] are percentages. */
const frac = (v) => {
    const n = (0,parse/* toNumber */.Ro)(v);
    return n === null ? null : n > 1 && n <= 100 ? n / 100 : n;
};
/** Completion counts of a nested aggregate (`request_accounting`; docs/ARCHITECTURE.md "Producer notes"). */
function countsFromV3Aggregate(agg, file) {
    const acc = agentx_aiperf_rec(agg.request_accounting);
    const total = (0,parse/* toInt */.RI)(acc.records_total);
    const warm = (0,parse/* toInt */.RI)(acc.records_warmup_dropped);
    const profiled = (0,parse/* toInt */.RI)(acc.records_profiled);
    if (total !== null && profiled !== null) {
        return {
            total: total - (warm ?? 0),
            successful: profiled,
            sessions_total: null,
            sessions_completed: null,
            source: file,
            basis: 'request_accounting: records_profiled / (records_total − records_warmup_dropped)',
        };
    }
    // num_requests_total includes warmup records: it is not the denominator.
    return {
        total: null,
        successful: (0,parse/* toInt */.RI)(agg.num_requests_successful),
        sessions_total: null,
        sessions_completed: null,
        source: file,
        basis: 'num_requests_successful only (no request_accounting; num_requests_total includes warmup)',
    };
}
/** What the nested aggregate says, under canonical names. */
function metricsFromV3Aggregate(agg, gpus) {
    const m = {};
    const rm = agentx_aiperf_rec(agg.request_metrics);
    const lat = agentx_aiperf_rec(rm.latency);
    for (const base of ['ttft', 'e2el', 'itl', 'tpot']) {
        const b = agentx_aiperf_rec(lat[base]);
        for (const stat of ['mean', 'p50', 'p90', 'p95']) {
            const v = agentx_aiperf_num(b[stat]);
            if (v !== null)
                m[`${stat}_${base}`] = v;
        }
    }
    const tp = agentx_aiperf_rec(rm.throughput);
    const put = (k, v) => {
        if (v !== null)
            m[k] = v;
    };
    put('input_tput_tps', agentx_aiperf_num(agentx_aiperf_rec(tp.input).tokens_per_second));
    put('output_tput_tps', agentx_aiperf_num(agentx_aiperf_rec(tp.output).tokens_per_second));
    put('total_tput_tps', agentx_aiperf_num(agentx_aiperf_rec(tp.total).tokens_per_second));
    const dur = agentx_aiperf_num(tp.duration_seconds);
    put('duration_seconds', dur);
    const pg = agentx_aiperf_rec(tp.per_gpu);
    put('tput_per_gpu', agentx_aiperf_num(pg.total_tput_tps));
    put('output_tput_per_gpu', agentx_aiperf_num(pg.output_tput_tps));
    put('input_tput_per_gpu', agentx_aiperf_num(pg.input_tput_tps));
    const ok = (0,parse/* toInt */.RI)(agentx_aiperf_rec(agg.request_accounting).records_profiled) ?? (0,parse/* toInt */.RI)(agg.num_requests_successful);
    if (ok !== null && dur !== null && dur > 0)
        m.request_throughput_rps = ok / dur;
    const qps = agentx_aiperf_rec(rm.qps);
    for (const stat of ['mean', 'p50', 'p90', 'p95'])
        put(`${stat}_qps`, agentx_aiperf_num(qps[stat]));
    put('theoretical_cache_hit_rate', frac(agentx_aiperf_rec(rm.cache).theoretical_cache_hit_rate));
    const sm = agentx_aiperf_rec(agg.server_metrics);
    if (sm.present === true) {
        const cache = agentx_aiperf_rec(sm.cache);
        m.server_gpu_cache_hit_rate = frac(cache.gpu_cache_hit_rate);
        m.server_cpu_cache_hit_rate = frac(cache.cpu_cache_hit_rate) ?? frac(cache.external_cache_hit_rate);
        const off = agentx_aiperf_rec(sm.kv_offload);
        const g2c = agentx_aiperf_num(off.bytes_gpu_to_cpu);
        const c2g = agentx_aiperf_num(off.bytes_cpu_to_gpu);
        const offload = (g2c ?? 0) > 0 || (c2g ?? 0) > 0;
        m.kv_offload_bytes_gpu_to_cpu = offload ? g2c : null;
        m.kv_offload_bytes_cpu_to_gpu = offload ? c2g : null;
        const kv = agentx_aiperf_rec(sm.kv_cache);
        // One reported value per run (not a p95): kept under its own name.
        const gpuPct = agentx_aiperf_num(kv.gpu_usage_pct);
        const cpuPct = agentx_aiperf_num(kv.cpu_usage_pct);
        put('gpu_kv_cache_usage', gpuPct === null ? null : gpuPct / 100);
        put('cpu_kv_cache_usage', cpuPct === null ? null : cpuPct / 100);
        const tok = agentx_aiperf_rec(sm.tokens);
        put('server_requests_completed', agentx_aiperf_num(tok.requests_completed));
        put('server_prompt_tokens', agentx_aiperf_num(tok.prompt_total));
        put('server_generation_tokens', agentx_aiperf_num(tok.generation_total));
    }
    put('kv_cache_pool_tokens', agentx_aiperf_num(agg.kv_cache_pool_tokens));
    if (gpus !== null)
        m.gpus = gpus;
    return m;
}
/** Flat aiperf aggregate (AgentX v0.2/v0.3) keys → ours: `<stat>_<metric>` with mean/p75/p90/p95. */
const FLAT_SCALARS = [
    'input_tput_tps',
    'output_tput_tps',
    'total_tput_tps',
    'duration_seconds',
    'tput_per_gpu',
    'output_tput_per_gpu',
    'input_tput_per_gpu',
    'theoretical_cache_hit_rate',
    'server_gpu_cache_hit_rate',
    'server_cpu_cache_hit_rate',
];
/** What a flat aiperf-generation aggregate says, under canonical names. */
function metricsFromFlatAggregate(agg, gpus) {
    const m = {};
    for (const base of ['ttft', 'e2el', 'itl', 'tpot']) {
        for (const stat of ['mean', 'p90', 'p95']) {
            const v = agentx_aiperf_num(agg[`${stat}_${base}`]);
            if (v !== null)
                m[`${stat}_${base}`] = v;
        }
    }
    for (const k of FLAT_SCALARS) {
        const v = k.endsWith('_hit_rate') ? frac(agg[k]) : agentx_aiperf_num(agg[k]);
        if (v !== null)
            m[k] = v;
    }
    const g2c = agentx_aiperf_num(agg.kv_offload_bytes_gpu_to_cpu);
    const c2g = agentx_aiperf_num(agg.kv_offload_bytes_cpu_to_gpu);
    if ((g2c ?? 0) > 0 || (c2g ?? 0) > 0) {
        m.kv_offload_bytes_gpu_to_cpu = g2c;
        m.kv_offload_bytes_cpu_to_gpu = c2g;
    }
    for (const stat of ['mean', 'p90', 'p95']) {
        const v = agentx_aiperf_num(agg[`${stat}_qps`]);
        if (v !== null)
            m[`${stat}_qps`] = v;
    }
    if (gpus !== null)
        m.gpus = gpus;
    return m;
}
function metricValue(metrics, name) {
    const m = metrics[name];
    return (0,parse/* isRecord */.u4)(m) ? (0,parse/* toNumber */.Ro)(m.value) : (0,parse/* toNumber */.Ro)(m);
}
/** Streams profile_export.jsonl: warmup excluded, error records are failures, ms → s. */
async function readProfileJsonl(ctx, path) {
    const ttft = new sample/* SampleColumn */.DZ();
    const e2el = new sample/* SampleColumn */.DZ();
    const itl = new sample/* SampleColumn */.DZ();
    const r = {
        records: 0,
        warmup: 0,
        nonWarmup: 0,
        errors: 0,
        errorTypes: {},
        ttft: sample/* EMPTY_SAMPLE */.p6,
        e2el: sample/* EMPTY_SAMPLE */.p6,
        itl: sample/* EMPTY_SAMPLE */.p6,
        inputTokens: 0,
        outputTokens: 0,
        startNs: null,
        endNs: null,
        badLines: [],
        badCount: 0,
        firstBad: null,
        readError: null,
        lastLine: 0,
    };
    try {
        for await (const { line, text } of ctx.lines(path)) {
            r.lastLine = line;
            if (text.trim() === '')
                continue;
            const parsed = parseObjectLine(text);
            if ('error' in parsed) {
                r.badCount++;
                r.firstBad ??= parsed.error;
                if (r.badLines.length < agentx_aiperf_MAX_LISTED_LINES)
                    r.badLines.push(line);
                continue;
            }
            const v = parsed.value;
            r.records++;
            const meta = agentx_aiperf_rec(v.metadata);
            if ((0,parse/* toStr */.N7)(meta.benchmark_phase) === 'warmup') {
                r.warmup++;
                continue;
            }
            r.nonWarmup++;
            const err = v.error;
            if (err !== null && err !== undefined && err !== false) {
                r.errors++;
                const type = (0,parse/* isRecord */.u4)(err) ? ((0,parse/* toStr */.N7)(err.type) ?? 'error') : ((0,parse/* toStr */.N7)(err) ?? 'error');
                r.errorTypes[type] = (r.errorTypes[type] ?? 0) + 1;
                continue;
            }
            const metrics = agentx_aiperf_rec(v.metrics);
            const t = metricValue(metrics, 'time_to_first_token');
            if (t !== null && t > 0)
                ttft.push(t / 1000);
            const e = metricValue(metrics, 'request_latency');
            if (e !== null && e > 0)
                e2el.push(e / 1000);
            const i = metricValue(metrics, 'inter_token_latency');
            if (i !== null && i > 0)
                itl.push(i / 1000);
            r.inputTokens += metricValue(metrics, 'input_sequence_length') ?? 0;
            r.outputTokens += metricValue(metrics, 'output_sequence_length') ?? 0;
            const s = (0,parse/* toNumber */.Ro)(meta.request_start_ns);
            const en = (0,parse/* toNumber */.Ro)(meta.request_end_ns);
            if (s !== null && (r.startNs === null || s < r.startNs))
                r.startNs = s;
            if (en !== null && (r.endNs === null || en > r.endNs))
                r.endNs = en;
        }
    }
    catch (e) {
        r.readError = errorText(e, path);
    }
    r.ttft = ttft.finish();
    r.e2el = e2el.finish();
    r.itl = itl.finish();
    return r;
}
function rawDirOf(f) {
    const parts = f.path.split('/');
    const ai = parts.lastIndexOf(ARTIFACTS_DIR);
    if (ai < 0)
        return null;
    const baseParts = parts.slice(0, ai);
    let agentic = -1;
    for (let i = baseParts.length - 1; i >= 0; i--) {
        if (baseParts[i].startsWith('agentic_')) {
            agentic = i;
            break;
        }
    }
    let conc = null;
    for (const p of baseParts.slice(agentic + 1)) {
        const m = /^conc_(\d+)$/.exec(p);
        if (m)
            conc = Number(m[1]);
    }
    return {
        base: baseParts.join('/'),
        jsonl: f,
        rf: agentic >= 0 ? baseParts[agentic].slice('agentic_'.length) : null,
        parent: agentic >= 0 ? baseParts.slice(0, agentic).join('/') : '',
        conc,
        used: false,
    };
}
function findRawDir(raws, agg) {
    const conc = (0,parse/* toInt */.RI)(agg.value.conc);
    const free = raws.filter((r) => !r.used);
    const sameRf = free.filter((r) => r.rf === agg.rf && r.parent === agg.parent);
    const byConc = sameRf.filter((r) => r.conc !== null && r.conc === conc);
    if (byConc.length > 0)
        return byConc[0];
    const noConc = sameRf.filter((r) => r.conc === null);
    if (noConc.length > 0)
        return noConc[0];
    // Flat download: aiperf_artifacts/ next to the aggregate.
    const flat = free.filter((r) => r.rf === null && r.base === agg.file.dir && (r.conc === null || r.conc === conc));
    return flat.length === 1 ? flat[0] : null;
}
const agentxAiperfAdapter = {
    id: 'agentx-aiperf',
    group: 'agentx',
    sniff: (file, env) => sniffAiperf(file, env.head),
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [] };
        const scan = await scanAgentxJson(ctx);
        const raws = [];
        for (const f of ctx.files) {
            if (f.name !== PROFILE_JSONL || ctx.isClaimed(f.path))
                continue;
            const r = rawDirOf(f);
            if (r)
                raws.push(r);
        }
        const cellKeys = new Set();
        for (const agg of scan.aggregates.filter((a) => a.generation === 'aiperf-nested' || a.generation === 'aiperf-flat')) {
            const raw = findRawDir(raws, agg);
            if (raw)
                raw.used = true;
            const frag = await cellFragment(ctx, agg, raw, result);
            result.fragments.push(frag);
            cellKeys.add((0,cells_identity/* identityKey */.US)(frag.identity, frag.topology));
        }
        for (const raw of raws) {
            if (raw.used)
                continue;
            result.fragments.push(await cellFragment(ctx, null, raw, result));
        }
        // Agentic aiperf rows of collected arrays.
        const arrays = new Set();
        for (const row of scan.rows) {
            if (!row.nested)
                continue;
            arrays.add(row.file.path);
            const frag = agentx_aiperf_rowFragment(row.file.path, row.file.dir, row.index, row.value);
            // Findings the per-cell fragment already carries are not repeated for its collected copy.
            if (cellKeys.has((0,cells_identity/* identityKey */.US)(frag.identity, frag.topology)))
                frag.findings = [];
            result.fragments.push(frag);
        }
        for (const p of [...arrays].sort()) {
            ctx.claim(p);
            result.manifest.push(agentx_common_manifestEntry(p, 'collected_aggregate', false, true));
        }
        // Plain aiperf runs (aiperf's own artifacts/<run>/ folder): profile_export_aiperf.json / .csv.
        await collectExports(ctx, result);
        return result;
    },
};
function serverMissingFinding(agg, expected, aggPath) {
    const sm = agentx_aiperf_rec(agg.server_metrics);
    if (sm.present !== false)
        return null;
    return agentx_common_finding('metrics_unavailable', 'warning', `${expected} is missing (the aggregate reports server_metrics.present false), so server cache hit rates, KV cache usage and offload bytes are unavailable for this cell.`, {
        kind: 'server_metrics_missing',
        expected,
        aggregate: aggPath,
        warnings: Array.isArray(agg.warnings) ? agg.warnings.filter((w) => typeof w === 'string') : [],
    });
}
function agentx_aiperf_rowFragment(path, dir, index, agg) {
    const topology = agentx_common_topologyFromAggregate(agg);
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    const f = serverMissingFinding(agg, SERVER_EXPORT, path);
    return buildFragment({
        format: 'agentx-trace-replay',
        variant: VARIANT_AIPERF,
        file: path,
        dir,
        explicitId: explicitId(agg),
        identity: agentx_common_identityFromAggregate(agg),
        topology,
        artifacts: { collected_aggregate: path },
        counts: countsFromV3Aggregate(agg, path),
        metrics: metricsFromV3Aggregate(agg, gpus),
        findings: f ? [f] : [],
        extras: { row_index: index, latency_tail_stat: 'p95' },
        environment: imageOf(topology),
        readPath: false,
    });
}
/** Expected raw folder of an aggregate when none was found. */
function expectedBase(agg) {
    const root = joinPath(agg.parent, `agentic_${agg.rf}`);
    const conc = (0,parse/* toInt */.RI)(agg.value.conc);
    return (0,parse/* toBool */.AF)(agg.value.is_multinode) === true && conc !== null ? `${root}/conc_${conc}` : root;
}
function jsonlFindings(p, jsonl) {
    const out = [];
    if (jsonl.badCount > 0) {
        out.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} has ${jsonl.badCount} line(s) that are not JSON records (first at line ${jsonl.badLines[0]}: ${jsonl.firstBad ?? 'not a record'}); they were skipped and the other ${jsonl.records} records kept.`, {
            kind: 'bad_lines',
            file: p,
            line: jsonl.badLines[0],
            lines: jsonl.badLines,
            bad_line_count: jsonl.badCount,
            records_kept: jsonl.records,
        }));
    }
    if (jsonl.records === 0 && jsonl.readError === null)
        out.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} holds no request records${jsonl.badCount > 0 ? ' that could be read' : ' (empty)'}: the cell's per-request samples are missing, and its numbers come from aiperf's aggregates instead.`, { kind: 'empty_file', file: p, line: jsonl.lastLine, records_kept: 0 }));
    if (jsonl.readError !== null) {
        out.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} could not be read past line ${jsonl.lastLine} (${jsonl.readError}); the ${jsonl.records} records read before it are kept.`, { kind: 'partial_file', file: p, line: jsonl.lastLine + 1, partial: true, reason: jsonl.readError }));
    }
    return out;
}
/** Reads the raw folder of a cell: the jsonl, aiperf's summary, the server export, the rest listed. */
async function readRawFiles(ctx, raw, serverPath, acc, result) {
    const have = new Set(ctx.files.map((f) => f.path));
    const p = raw.jsonl.path;
    ctx.claim(p);
    acc.files.push(p);
    acc.artifacts.raw = p;
    result.manifest.push(agentx_common_manifestEntry(p, 'aiperf_profile_export_jsonl', true, true));
    const jsonl = await readProfileJsonl(ctx, p);
    acc.findings.push(...jsonlFindings(p, jsonl));
    let profileJson = null;
    const pj = joinPath(raw.jsonl.dir, PROFILE_JSON);
    if (have.has(pj)) {
        ctx.claim(pj);
        acc.files.push(pj);
        acc.artifacts.profile_summary = pj;
        result.manifest.push(agentx_common_manifestEntry(pj, 'aiperf_profile_export_json', false, true));
        const read = await ctx.readJson(pj);
        if (read.ok && (0,parse/* isRecord */.u4)(read.value))
            profileJson = read.value;
        else if (!read.ok) {
            acc.findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${read.message}, so the aiperf summary was ignored.`, {
                kind: 'unreadable_file',
                file: pj,
                reason: read.reason,
            }));
        }
    }
    if (have.has(serverPath)) {
        ctx.claim(serverPath);
        acc.files.push(serverPath);
        acc.artifacts.server_metrics = serverPath;
        result.manifest.push(agentx_common_manifestEntry(serverPath, 'aiperf_server_metrics_export', false, true));
    }
    // Everything else aiperf wrote next to them belongs to the cell too.
    const prefix = `${joinPath(raw.base, ARTIFACTS_DIR)}/`;
    for (const f of ctx.files) {
        if (!f.path.startsWith(prefix) || ctx.isClaimed(f.path))
            continue;
        ctx.claim(f.path);
        result.manifest.push(agentx_common_manifestEntry(f.path, 'aiperf_aux', false, true));
    }
    return { jsonl, profileJson };
}
function missingJsonlFinding(expected, aggPath) {
    return agentx_common_finding('missing_required_artifact', 'warning', `${expected} was not found; the aggregate ${aggPath} still carries the request accounting, so completion comes from it, but p99 latencies and per-request samples are unavailable (p95 is the tail statistic).`, { kind: 'profile_jsonl_missing', expected, aggregate: aggPath, severity_reason: 'aggregate carries the counts' });
}
function aggregateMissingFinding(raw) {
    const where = raw.rf !== null ? joinPath(raw.parent, `bmk_agentic_${raw.rf}`) : null;
    return agentx_common_finding('metrics_unavailable', 'warning', `No AgentX aggregate was found for ${raw.base || '.'}${where !== null ? ` (expected in ${where}/)` : ''}, so hardware, model, precision and topology of this cell are unknown.`, { kind: 'aggregate_missing', expected_dir: where, dir: raw.base });
}
/**
 * Throughput and token metrics the jsonl adds (all of them when there is no aggregate), and its
 * latency columns for the builder: with an aggregate, its mean/p50/p90/p95 stay (identical in
 * every copy of the cell) and only p99 comes from the jsonl; tpot = itl.
 */
function addJsonlMetrics(metrics, jsonl, withAggregate, profileJson) {
    if (!withAggregate) {
        const ok = jsonl.nonWarmup - jsonl.errors;
        if (jsonl.startNs !== null && jsonl.endNs !== null && jsonl.endNs > jsonl.startNs) {
            const dur = (jsonl.endNs - jsonl.startNs) / 1e9;
            metrics.duration_seconds = dur;
            metrics.input_tput_tps = jsonl.inputTokens / dur;
            metrics.output_tput_tps = jsonl.outputTokens / dur;
            metrics.total_tput_tps = (jsonl.inputTokens + jsonl.outputTokens) / dur;
            metrics.request_throughput_rps = ok / dur;
        }
        const theo = agentx_aiperf_rec(profileJson?.theoretical_prefix_cache_hit);
        const avg = (0,parse/* toNumber */.Ro)(theo.avg);
        if (avg !== null)
            metrics.theoretical_cache_hit_rate = (0,parse/* toStr */.N7)(theo.unit) === '%' ? avg / 100 : frac(avg);
    }
    if (jsonl.nonWarmup - jsonl.errors > 0) {
        metrics.total_input_tokens = jsonl.inputTokens;
        metrics.total_output_tokens = jsonl.outputTokens;
    }
    return {
        columns: { ttft: jsonl.ttft, e2el: jsonl.e2el, itl: jsonl.itl, tpot: jsonl.itl },
        ...(withAggregate ? { stats: ['p99'] } : {}),
    };
}
/**
 * Completion: the nested aggregate's request accounting, else the jsonl (the flat generation's
 * num_requests_* skip error records), else what the aggregate says, else unknown.
 */
function cellCounts(agg, aggPath, jsonl, raw) {
    if (agg !== null && aggPath !== null && (0,parse/* isRecord */.u4)(agg.request_accounting))
        return countsFromV3Aggregate(agg, aggPath);
    if (jsonl !== null && raw) {
        return {
            total: jsonl.nonWarmup,
            successful: jsonl.nonWarmup - jsonl.errors,
            sessions_total: null,
            sessions_completed: null,
            source: raw.jsonl.path,
            basis: jsonl.readError !== null
                ? 'profile_export.jsonl non-warmup records / those without error, read up to the read error'
                : 'profile_export.jsonl non-warmup records / those without error',
        };
    }
    if (agg !== null && aggPath !== null)
        return countsFromV3Aggregate(agg, aggPath);
    return (0,sources_types/* unknownCounts */.LH)();
}
async function cellFragment(ctx, aggregate, raw, result) {
    const acc = { findings: [], files: [], artifacts: {} };
    const agg = aggregate?.value ?? null;
    const aggPath = aggregate?.file.path ?? null;
    const flat = aggregate?.generation === 'aiperf-flat';
    const artDir = joinPath(raw?.base ?? (aggregate ? expectedBase(aggregate) : ''), ARTIFACTS_DIR);
    const serverPath = joinPath(raw ? raw.jsonl.dir : artDir, SERVER_EXPORT);
    if (aggregate && aggPath !== null) {
        ctx.claim(aggPath);
        acc.files.push(aggPath);
        acc.artifacts.aggregate = aggPath;
        result.manifest.push(agentx_common_manifestEntry(aggPath, 'agentx_aggregate', true, true));
    }
    const rawRead = raw ? await readRawFiles(ctx, raw, serverPath, acc, result) : null;
    if (!raw && aggregate) {
        const expected = joinPath(artDir, PROFILE_JSONL);
        result.manifest.push(agentx_common_manifestEntry(expected, 'aiperf_profile_export_jsonl', true, false));
        acc.findings.push(missingJsonlFinding(expected, aggPath));
    }
    if (agg !== null && aggPath !== null) {
        // The flat generation has no server_metrics block to say whether the export was present.
        const f = flat ? null : serverMissingFinding(agg, serverPath, aggPath);
        if (f) {
            if (!ctx.files.some((x) => x.path === serverPath))
                result.manifest.push(agentx_common_manifestEntry(serverPath, 'aiperf_server_metrics_export', false, false));
            acc.findings.push(f);
        }
    }
    else if (raw)
        acc.findings.push(aggregateMissingFinding(raw));
    const identity = agg !== null ? agentx_common_identityFromAggregate(agg) : (0,cells_identity/* emptyIdentity */.gL)();
    if (agg === null && raw?.conc != null)
        identity.concurrency = raw.conc;
    const topology = agg !== null ? agentx_common_topologyFromAggregate(agg) : {};
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    const metrics = agg === null ? {} : flat ? metricsFromFlatAggregate(agg, gpus) : metricsFromV3Aggregate(agg, gpus);
    const jsonl = rawRead?.jsonl ?? null;
    const perRequest = jsonl ? addJsonlMetrics(metrics, jsonl, agg !== null, rawRead?.profileJson ?? null) : undefined;
    const extras = {
        latency_tail_stat: jsonl !== null && jsonl.ttft.summary.n > 0 ? 'p99' : 'p95',
    };
    if (jsonl !== null && jsonl.readError !== null && raw)
        extras.partial_inputs = [raw.jsonl.path];
    const files = acc.files.sort();
    return buildFragment({
        format: 'agentx-trace-replay',
        variant: VARIANT_AIPERF,
        file: files[0],
        otherFiles: files,
        dir: aggregate ? aggregate.file.dir : (raw?.base ?? ''),
        explicitId: explicitId(agg),
        identity,
        topology,
        artifacts: acc.artifacts,
        counts: cellCounts(agg, aggPath, jsonl, raw),
        metrics,
        ...(perRequest ? { perRequest } : {}),
        findings: acc.findings,
        extras,
        environment: imageOf(topology),
        readPath: false,
    });
}

;// CONCATENATED MODULE: ./src/sources/inferguard-bench-native-lines.ts
/**
 * The two per-request files of a native bench run, streamed line by line in bounded memory
 * (INPUTS.md §7): `requests.jsonl` (one `RequestSpec` per line: what the bench planned to send)
 * and `metrics.jsonl` (one `RequestMetric` per issued request: what happened). A line that is not
 * a JSON object, or whose fields have the wrong type or a non-finite number, is recorded with its
 * line number (src/sources/lib/jsonl-lines.ts); the caller turns that into a finding.
 *
 * A metrics row names its spec: `request_id` is `<spec request_id>:seq-<n>`. The spec ids read
 * from requests.jsonl (up to MAX_SPEC_IDS of them) let the metrics scan count rows whose spec is
 * not in requests.jsonl and specs that were never issued.
 */



/** Spec ids kept for the metrics join; a larger requests.jsonl is still validated, not joined. */
const MAX_SPEC_IDS = 1_000_000;
/** What one `RequestSpec` line must hold (absent or null fields are fine, except `request_id`). */
const SPEC_FIELDS = [
    ['request_id', 'string'],
    ['trace_id', 'string'],
    ['session_id', 'string'],
    ['turn_index', 'count'],
    ['workload_class', 'string'],
    ['messages', 'array'],
    ['expected_input_tokens', 'count'],
    ['expected_output_tokens', 'count'],
    ['prefix_group', 'string'],
    ['tool_heavy', 'bool'],
    ['customer_id', 'string'],
    ['sla_tier', 'string'],
    ['metadata', 'object'],
];
/** The `RequestMetric` fields the analyzer reads. */
const METRIC_FIELDS = [
    ['request_id', 'string'],
    ['session_id', 'string'],
    ['turn_index', 'number'],
    ['success', 'bool'],
    ['start_time', 'number'],
    ['end_time', 'number'],
    ['latency_seconds', 'number'],
    ['ttft_seconds', 'number'],
    ['output_tokens', 'number'],
    ['metadata', 'object'],
];
/** Streams requests.jsonl once: spec count, sessions, expected tokens, spec ids, bad lines. */
async function scanRequests(ctx, path) {
    const s = {
        specs: 0,
        sessions: 0,
        expectedInput: null,
        expectedOutput: null,
        promptsRedacted: false,
        ids: new Map(),
        duplicateIds: 0,
        problems: new LineProblems(),
        readError: null,
    };
    const sessions = new Set();
    s.readError = await forEachObjectLine(ctx, path, s.problems, (row, line) => {
        const id = typeof row.request_id === 'string' ? row.request_id.trim() : '';
        const wrong = firstFieldProblem(row, SPEC_FIELDS);
        if (wrong !== null)
            s.problems.add(line, wrong);
        else if (id === '')
            s.problems.add(line, 'no request_id');
        if (id !== '')
            addSpec(s, sessions, row, id);
    });
    if (s.ids !== null)
        s.sessions = sessions.size;
    return s;
}
function addSpec(s, sessions, row, id) {
    if (s.ids !== null) {
        if (s.ids.has(id)) {
            s.duplicateIds++;
            return;
        }
        if (s.ids.size >= MAX_SPEC_IDS) {
            s.ids = null;
            s.sessions = null;
            sessions.clear();
        }
        else
            s.ids.set(id, false);
    }
    s.specs++;
    const session = typeof row.session_id === 'string' ? row.session_id.trim() : '';
    if (s.ids !== null && session !== '')
        sessions.add(session);
    const inTok = (0,parse/* toInt */.RI)(row.expected_input_tokens);
    const outTok = (0,parse/* toInt */.RI)(row.expected_output_tokens);
    if (inTok !== null && inTok >= 0)
        s.expectedInput = (s.expectedInput ?? 0) + inTok;
    if (outTok !== null && outTok >= 0)
        s.expectedOutput = (s.expectedOutput ?? 0) + outTok;
    if ((0,parse/* isRecord */.u4)(row.metadata) && row.metadata.prompts_redacted === true)
        s.promptsRedacted = true;
}
/** Streams metrics.jsonl once: latency samples, sessions, phase counts, time span, spec join, bad lines. */
async function scanMetrics(ctx, path, specIds) {
    const s = {
        ttft: new sample/* SampleColumn */.DZ(),
        e2el: new sample/* SampleColumn */.DZ(),
        tpot: new sample/* SampleColumn */.DZ(),
        sessions: new Map(),
        phases: { warmup: 0, measurement: 0 },
        minStart: null,
        maxEnd: null,
        rows: 0,
        withoutSpec: specIds ? 0 : null,
        firstWithoutSpec: null,
        problems: new LineProblems(),
        readError: null,
    };
    s.readError = await forEachObjectLine(ctx, path, s.problems, (row, line) => {
        const wrong = firstFieldProblem(row, METRIC_FIELDS);
        if (wrong !== null)
            s.problems.add(line, wrong);
        s.rows++;
        if (specIds)
            joinSpec(s, specIds, row, line);
        addMetricRow(s, row);
    });
    return s;
}
/** `<spec id>:seq-<n>` → the spec id (a request_id without the suffix is the spec id itself). */
function specIdOf(requestId) {
    const m = /:seq-\d+$/.exec(requestId);
    return m ? requestId.slice(0, m.index) : requestId;
}
function joinSpec(s, specIds, row, line) {
    const id = typeof row.request_id === 'string' ? specIdOf(row.request_id.trim()) : '';
    if (id !== '' && specIds.has(id)) {
        specIds.set(id, true);
        return;
    }
    s.withoutSpec = (s.withoutSpec ?? 0) + 1;
    s.firstWithoutSpec ??= line;
}
function addMetricRow(s, row) {
    const meta = (0,parse/* isRecord */.u4)(row.metadata) ? row.metadata : {};
    if (meta.phase === 'warmup') {
        s.phases.warmup++;
        return;
    }
    s.phases.measurement++;
    const success = (0,parse/* toBool */.AF)(row.success) === true;
    const start = (0,parse/* toNumber */.Ro)(row.start_time);
    const end = (0,parse/* toNumber */.Ro)(row.end_time);
    if (start !== null && (s.minStart === null || start < s.minStart))
        s.minStart = start;
    if (end !== null && (s.maxEnd === null || end > s.maxEnd))
        s.maxEnd = end;
    const session = typeof row.session_id === 'string' ? (0,parse/* toStr */.N7)(row.session_id) : null;
    if (session !== null) {
        const turn = (0,parse/* toNumber */.Ro)(row.turn_index) ?? -1;
        const prev = s.sessions.get(session);
        // Highest turn wins; on a tie the later row (a retry) wins.
        if (!prev || turn >= prev.turn)
            s.sessions.set(session, { turn, success });
    }
    if (!success)
        return;
    const ttft = (0,parse/* toNumber */.Ro)(row.ttft_seconds);
    const lat = (0,parse/* toNumber */.Ro)(row.latency_seconds);
    const out = (0,parse/* toNumber */.Ro)(row.output_tokens);
    if (ttft !== null)
        s.ttft.push(ttft);
    if (lat !== null)
        s.e2el.push(lat);
    if (ttft !== null && lat !== null && out !== null && out > 1)
        s.tpot.push((lat - ttft) / (out - 1));
}

;// CONCATENATED MODULE: ./src/sources/inferguard-bench-native.ts
/**
 * InferGuard native bench run directories (`inferguard bench replay|kv-stress|...`, INPUTS.md §7).
 *
 * A run dir is recognised by a `summary.json` whose `schema_version` is exactly
 * `inferguard-bench-summary/v1` (any other summary.json is not ours and stays unclaimed). The
 * run needs five files: summary.json, metrics.jsonl, requests.jsonl, run.json, config.json; a
 * missing or unreadable one is `missing_required_artifact` (critical) on the cell.
 *
 * One fragment per run dir, built by the shared builder (src/sources/lib/fragment.ts; the files
 * state the whole configuration, so nothing is read from the path). How the files combine:
 * - `summary.json` (the aggregate) is the completion source (`request_counts`), and gives
 *   throughput, runtime and token totals. Its latency percentiles (nearest-rank) are used only
 *   when metrics.jsonl yields no latency at all.
 * - `metrics.jsonl` (one row per issued request) gives the per-request samples: TTFT, E2EL and
 *   TPOT = (latency − ttft) / (output_tokens − 1) of the non-warmup successful rows, handed to the
 *   builder as per-request columns (one percentile definition, src/core/stats.ts); sessions (group by `session_id`, keep the highest
 *   `turn_index`, count it if it succeeded: InferGuard `_completed_sessions`); the time span.
 * - `requests.jsonl` (one `RequestSpec` per line: what the bench planned to send; it holds no
 *   timings, so no latency sample) gives `extras.request_specs`: distinct specs, sessions,
 *   expected token sums, whether prompts were redacted, and the join with metrics.jsonl by spec id
 *   (a metrics `request_id` is `<spec id>:seq-<n>`): specs never issued, and metrics rows whose
 *   spec is not in requests.jsonl (a warning; the rows are still used). It never changes counts
 *   or latency.
 * Both JSONL files are streamed line by line (src/sources/inferguard-bench-native-lines.ts). Bad
 * lines (not JSON, not an object, a wrong-typed field, a non-finite number) give one
 * `metrics_unavailable` warning per file naming it, the count and the first line numbers; a line
 * that is not an object is not used, a wrong-typed field reads as missing and the rest of its
 * line is used.
 */





const NATIVE_SUMMARY_SCHEMA = 'inferguard-bench-summary/v1';
/** Required files of a run dir, with their manifest kind and artifact role. */
const REQUIRED = [
    { name: 'summary.json', kind: 'native_summary', role: 'aggregate' },
    { name: 'metrics.jsonl', kind: 'native_metrics', role: 'raw' },
    { name: 'requests.jsonl', kind: 'native_requests', role: 'requests' },
    { name: 'run.json', kind: 'native_run', role: 'run' },
    { name: 'config.json', kind: 'native_config', role: 'config' },
];
/** Optional files written by the bench (listed when present, never required). */
const OPTIONAL = [
    { name: 'report.md', kind: 'native_report_md', role: 'report_md' },
    { name: 'metrics_timeline.jsonl', kind: 'native_metrics_timeline', role: 'metrics_timeline' },
    { name: 'dcgm-correlated-v1.jsonl', kind: 'native_dcgm', role: 'dcgm' },
];
const nativeBenchAdapter = {
    id: 'inferguard-bench-native',
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [] };
        const byPath = new Map(ctx.files.map((f) => [f.path, f]));
        for (const file of ctx.files) {
            if (file.name !== 'summary.json')
                continue;
            const read = await ctx.readJson(file.path);
            if (!read.ok) {
                // Unreadable summary.json: ours only when the run dir around it looks like a native run.
                const siblings = ['metrics.jsonl', 'run.json', 'config.json'].filter((n) => byPath.has(joinPath(file.dir, n)));
                if (siblings.length >= 2) {
                    ctx.claim(file.path);
                    result.manifest.push(entry(file.path, 'native_summary', true, true));
                    result.findings.push({
                        code: 'missing_required_artifact',
                        severity: 'critical',
                        message: `${read.message}, so the native bench run in ${file.dir || '.'} cannot be analyzed.`,
                        cell_id: null,
                        evidence: { file: file.path, reason: read.reason, format: 'inferguard-bench-native' },
                    });
                }
                continue;
            }
            const summary = read.value;
            if (!(0,parse/* isRecord */.u4)(summary) || summary.schema_version !== NATIVE_SUMMARY_SCHEMA)
                continue;
            const out = await collectRun(ctx, file, summary, byPath);
            result.fragments.push(out.fragment);
            result.manifest.push(...out.manifest);
        }
        return result;
    },
};
function entry(path, kind, required, present) {
    return { path, kind, cell_id: null, required, present };
}
async function collectRun(ctx, summaryFile, summary, byPath) {
    const run = claimRunFiles(ctx, summaryFile.dir, byPath);
    // config.json: identity (framework, precision, hardware) and topology, all values strings.
    const config = await readRunObject(ctx, run, 'config.json');
    const runJson = await readRunObject(ctx, run, 'run.json');
    const { specs, scan } = await scanRunLines(ctx, run);
    const { identity, topology } = runIdentity(summary, config);
    const metrics = summaryMetrics(summary, topology);
    // Per-request latency when metrics.jsonl has any, else the summary's percentiles.
    const perRequest = scan !== null && (scan.ttft.length > 0 || scan.e2el.length > 0);
    const latencySource = perRequest
        ? `${joinPath(run.dir, 'metrics.jsonl')} (non-warmup successful rows)`
        : latencyFromSummary(metrics, summary, summaryFile.path);
    const extras = runExtras(summary, runJson, scan, latencySource);
    if (specs)
        extras.request_specs = requestSpecs(joinPath(run.dir, 'requests.jsonl'), specs, scan);
    const fragment = buildFragment({
        format: 'inferguard-bench-native',
        variant: (0,parse/* toStr */.N7)(runJson.schema_version),
        file: summaryFile.path,
        dir: run.dir,
        otherFiles: run.files,
        explicitId: (0,parse/* toStr */.N7)(summary.run_id),
        identity,
        topology,
        counts: runCounts(summary, scan),
        metrics,
        ...(perRequest
            ? { perRequest: { columns: { ttft: scan.ttft.finish(), e2el: scan.e2el.finish(), tpot: scan.tpot.finish() } } }
            : {}),
        artifacts: run.artifacts,
        findings: run.findings,
        extras,
        readPath: false,
    });
    return { fragment, manifest: run.manifest };
}
/** Step 1: claims the run dir's required and optional files; a missing required one is a finding. */
function claimRunFiles(ctx, dir, byPath) {
    const run = { dir, files: [], artifacts: {}, present: new Set(), manifest: [], findings: [] };
    for (const r of REQUIRED) {
        const p = joinPath(dir, r.name);
        if (byPath.has(p)) {
            ctx.claim(p);
            run.files.push(p);
            run.artifacts[r.role] = p;
            run.present.add(r.name);
            run.manifest.push(entry(p, r.kind, true, true));
        }
        else {
            run.manifest.push(entry(p, r.kind, true, false));
            run.findings.push({
                code: 'missing_required_artifact',
                severity: 'critical',
                message: `Native bench run ${dir || '.'} has no ${r.name}, one of the five files the format requires.`,
                cell_id: null,
                evidence: { file: p, missing: r.name, format: 'inferguard-bench-native' },
            });
        }
    }
    for (const o of OPTIONAL) {
        const p = joinPath(dir, o.name);
        if (byPath.has(p)) {
            ctx.claim(p);
            run.files.push(p);
            run.artifacts[o.role] = p;
            run.manifest.push(entry(p, o.kind, false, true));
        }
    }
    return run;
}
/** A required file of the run that could not be used. */
function unreadable(p, message, reason) {
    return {
        code: 'missing_required_artifact',
        severity: 'critical',
        message: `${message}; it is required for a native bench run.`,
        cell_id: null,
        evidence: { file: p, reason, format: 'inferguard-bench-native' },
    };
}
/** Step 2: a JSON object of the run dir ({} when absent or unusable, with a finding for the latter). */
async function readRunObject(ctx, run, name) {
    if (!run.present.has(name))
        return {};
    const p = joinPath(run.dir, name);
    const r = await ctx.readJson(p);
    if (!r.ok)
        run.findings.push(unreadable(p, r.message, r.reason));
    else if (!(0,parse/* isRecord */.u4)(r.value))
        run.findings.push(unreadable(p, `${p} is not a JSON object`, 'not_an_object'));
    else
        return r.value;
    return {};
}
/** Step 3: streams requests.jsonl, then metrics.jsonl joined to its specs; bad lines become findings. */
async function scanRunLines(ctx, run) {
    const requestsPath = joinPath(run.dir, 'requests.jsonl');
    let specs = null;
    if (run.present.has('requests.jsonl')) {
        specs = await scanRequests(ctx, requestsPath);
        if (specs.readError !== null)
            run.findings.push(unreadable(requestsPath, `${requestsPath} could not be read to the end (${specs.readError})`, 'unreadable'));
        const bad = badLinesFinding(requestsPath, specs.problems, specs.specs, 'request spec');
        if (bad)
            run.findings.push(bad);
    }
    let scan = null;
    if (run.present.has('metrics.jsonl')) {
        const p = joinPath(run.dir, 'metrics.jsonl');
        scan = await scanMetrics(ctx, p, specs?.ids ?? null);
        if (scan.readError !== null)
            run.findings.push(unreadable(p, `${p} could not be read to the end (${scan.readError})`, 'unreadable'));
        const bad = badLinesFinding(p, scan.problems, scan.rows, 'request');
        if (bad)
            run.findings.push(bad);
        if (scan.rows === 0 && scan.readError === null)
            run.findings.push({
                code: 'metrics_unavailable',
                severity: 'warning',
                message: `${p} holds no request rows${scan.problems.count > 0 ? ' that could be read' : ' (empty)'}: the run's per-request samples are missing, and its numbers come from summary.json instead.`,
                cell_id: null,
                evidence: { file: p, kind: 'empty_file', rows_used: 0, bad_lines: scan.problems.count },
            });
        const orphans = withoutSpecFinding(p, requestsPath, scan);
        if (orphans)
            run.findings.push(orphans);
    }
    return { specs, scan };
}
/** Step 4: identity and topology from summary.json and config.json (`topology` values are strings). */
function runIdentity(summary, config) {
    const topo = (0,parse/* isRecord */.u4)(config.topology) ? config.topology : {};
    const levels = concurrencyLevels(config, summary);
    const topology = buildTopology(topo);
    if (levels.length > 1)
        topology.concurrency_levels = levels;
    const identity = {
        hardware: (0,parse/* normalizeHardware */.eG)((0,parse/* toStr */.N7)(topo.runner_type) ?? (0,parse/* toStr */.N7)(topo.hw)),
        model: (0,parse/* toStr */.N7)(summary.model) ?? (0,parse/* toStr */.N7)(config.model),
        framework: (0,parse/* toStr */.N7)(topo.framework)?.toLowerCase() ?? null,
        precision: (0,parse/* toStr */.N7)(topo.precision)?.toLowerCase() ?? null,
        scenario_type: null,
        is_multinode: (0,parse/* toBool */.AF)(topo.is_multinode),
        recipe_name: null,
        isl: null,
        osl: null,
        concurrency: levels.length === 1 ? levels[0] : null,
    };
    return { identity, topology };
}
/** Step 5: throughput, runtime, token totals and GPUs of the aggregate. */
function summaryMetrics(summary, topology) {
    const metrics = {
        output_tput_tps: (0,parse/* toNumber */.Ro)(summary.output_tokens_per_second_wall),
        request_throughput_rps: (0,parse/* toNumber */.Ro)(summary.throughput_req_per_second),
        duration_seconds: (0,parse/* toNumber */.Ro)(summary.runtime_seconds),
    };
    const tokens = (0,parse/* isRecord */.u4)(summary.tokens) ? summary.tokens : {};
    const inTok = (0,parse/* toNumber */.Ro)(tokens.input_total);
    const outTok = (0,parse/* toNumber */.Ro)(tokens.output_total);
    if (inTok !== null)
        metrics.total_input_tokens = inTok;
    if (outTok !== null)
        metrics.total_output_tokens = outTok;
    const gpus = topology.gpus;
    if (typeof gpus === 'number')
        metrics.gpus = gpus;
    return metrics;
}
/** Step 6: no per-request latency: the summary's (nearest-rank) percentiles; where they came from. */
function latencyFromSummary(metrics, summary, summaryPath) {
    const ttft = (0,parse/* isRecord */.u4)(summary.ttft_seconds) ? summary.ttft_seconds : {};
    const lat = (0,parse/* isRecord */.u4)(summary.latency_seconds) ? summary.latency_seconds : {};
    for (const stat of ['p50', 'p95', 'p99']) {
        const t = (0,parse/* toNumber */.Ro)(ttft[stat]);
        const l = (0,parse/* toNumber */.Ro)(lat[stat]);
        if (t !== null)
            metrics[`${stat}_ttft`] = t;
        if (l !== null)
            metrics[`${stat}_e2el`] = l;
    }
    const any = Object.keys(ttft).length > 0 || Object.keys(lat).length > 0;
    return any ? `${summaryPath} (nearest-rank)` : null;
}
/** Step 7: request counts from summary.json, sessions from metrics.jsonl. */
function runCounts(summary, scan) {
    const counts = (0,parse/* isRecord */.u4)(summary.request_counts) ? summary.request_counts : {};
    const total = (0,parse/* toInt */.RI)(counts.total);
    const successful = (0,parse/* toInt */.RI)(counts.success);
    let sessionsTotal = null;
    let sessionsCompleted = null;
    if (scan && scan.sessions.size > 0) {
        sessionsTotal = scan.sessions.size;
        sessionsCompleted = [...scan.sessions.values()].filter((s) => s.success).length;
    }
    return {
        total,
        successful,
        sessions_total: sessionsTotal,
        sessions_completed: sessionsCompleted,
        basis: 'summary.json request_counts total / success (warmup excluded)',
    };
}
/** Step 8: the per-level curve, the run's own facts, phases and time span. */
function runExtras(summary, run, scan, latencySource) {
    const extras = {
        levels: levelCurve(summary.concurrency),
        native_run: {
            run_id: (0,parse/* toStr */.N7)(summary.run_id),
            command: (0,parse/* toStr */.N7)(summary.command),
            benchmark_mode: (0,parse/* toStr */.N7)(summary.benchmark_mode),
            kvcast_mode: (0,parse/* toStr */.N7)(summary.kvcast_mode),
            run_schema_version: (0,parse/* toStr */.N7)(run.schema_version),
            started_at: (0,parse/* toStr */.N7)(run.started_at),
            completed_at: (0,parse/* toStr */.N7)(run.completed_at),
            inferguard_version: (0,parse/* toStr */.N7)(run.inferguard_version),
        },
    };
    if (scan) {
        extras.phases = { measurement: scan.phases.measurement, warmup: scan.phases.warmup };
        extras.metrics_span_seconds = scan.minStart !== null && scan.maxEnd !== null ? scan.maxEnd - scan.minStart : null;
    }
    if (latencySource !== null)
        extras.latency_source = latencySource;
    return extras;
}
/** One warning for the bad lines of a per-request file (null when it has none). */
function badLinesFinding(file, problems, used, noun) {
    if (problems.count === 0)
        return null;
    const listed = problems.lines.join(', ');
    const more = problems.count > problems.lines.length ? ', …' : '';
    return {
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `${file} has ${problems.count} bad line(s) (line ${listed}${more}; first: ${problems.firstError}); ` +
            `${used} ${noun} row(s) are used, a wrong-typed field reads as missing.`,
        cell_id: null,
        evidence: {
            file,
            bad_lines: problems.count,
            first_lines: [...problems.lines],
            first_error: problems.firstError,
            rows_used: used,
        },
    };
}
/** A warning when metrics.jsonl rows name specs that requests.jsonl does not hold. */
function withoutSpecFinding(metricsFile, requestsFile, scan) {
    if (scan.withoutSpec === null || scan.withoutSpec === 0)
        return null;
    return {
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `${scan.withoutSpec} row(s) of ${metricsFile} (first: line ${scan.firstWithoutSpec}) name a request spec ` +
            `that ${requestsFile} does not hold; the rows are still used.`,
        cell_id: null,
        evidence: {
            file: metricsFile,
            requests_file: requestsFile,
            rows_without_spec: scan.withoutSpec,
            first_line: scan.firstWithoutSpec,
        },
    };
}
/** `extras.request_specs`: what requests.jsonl planned, joined with what metrics.jsonl issued. */
function requestSpecs(file, specs, scan) {
    let notIssued = null;
    if (specs.ids !== null && scan !== null) {
        notIssued = 0;
        for (const issued of specs.ids.values())
            if (!issued)
                notIssued++;
    }
    return {
        file,
        specs: specs.specs,
        sessions: specs.sessions,
        duplicate_request_ids: specs.duplicateIds,
        expected_input_tokens: specs.expectedInput,
        expected_output_tokens: specs.expectedOutput,
        prompts_redacted: specs.promptsRedacted,
        specs_not_issued: notIssued,
        metrics_rows_without_spec: scan?.withoutSpec ?? null,
    };
}
/** Concurrency levels: config.concurrency_levels, else the levels of summary.concurrency[]. Sorted, unique. */
function concurrencyLevels(config, summary) {
    let raw = [];
    if (Array.isArray(config.concurrency_levels))
        raw = config.concurrency_levels;
    else if (Array.isArray(summary.concurrency))
        raw = summary.concurrency.map((l) => ((0,parse/* isRecord */.u4)(l) ? l.concurrency : null));
    const set = new Set();
    for (const v of raw) {
        const n = (0,parse/* toInt */.RI)(v);
        if (n !== null)
            set.add(n);
    }
    return [...set].sort((a, b) => a - b);
}
/** summary.concurrency[] as a sorted curve of per-level results. */
function levelCurve(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const l of value) {
        if (!(0,parse/* isRecord */.u4)(l))
            continue;
        const lat = (0,parse/* isRecord */.u4)(l.latency_seconds) ? l.latency_seconds : {};
        const ttft = (0,parse/* isRecord */.u4)(l.ttft_seconds) ? l.ttft_seconds : {};
        out.push({
            concurrency: (0,parse/* toInt */.RI)(l.concurrency),
            total: (0,parse/* toInt */.RI)(l.total),
            success: (0,parse/* toInt */.RI)(l.success),
            failed: (0,parse/* toInt */.RI)(l.failed),
            failed_rate: (0,parse/* toNumber */.Ro)(l.failed_rate),
            runtime_seconds: (0,parse/* toNumber */.Ro)(l.runtime_seconds),
            throughput_req_per_second: (0,parse/* toNumber */.Ro)(l.throughput_req_per_second),
            latency_seconds: { p50: (0,parse/* toNumber */.Ro)(lat.p50), p95: (0,parse/* toNumber */.Ro)(lat.p95), p99: (0,parse/* toNumber */.Ro)(lat.p99) },
            ttft_seconds: { p50: (0,parse/* toNumber */.Ro)(ttft.p50), p95: (0,parse/* toNumber */.Ro)(ttft.p95), p99: (0,parse/* toNumber */.Ro)(ttft.p99) },
        });
    }
    return out.sort((a, b) => (a.concurrency ?? -1) - (b.concurrency ?? -1));
}
/** Topology keys of config.json (lower-cased launch env vars, values strings) → normalised names. */
const INT_KEYS = {
    tp: 'tp',
    pp: 'pp',
    dcp_size: 'dcp_size',
    pcp_size: 'pcp_size',
    ep: 'ep',
    ep_size: 'ep',
    prefill_tp: 'prefill_tp',
    prefill_pp: 'prefill_pp',
    prefill_ep: 'prefill_ep',
    prefill_num_workers: 'prefill_num_workers',
    decode_tp: 'decode_tp',
    decode_pp: 'decode_pp',
    decode_ep: 'decode_ep',
    decode_num_workers: 'decode_num_workers',
    num_prefill_gpu: 'num_prefill_gpu',
    num_decode_gpu: 'num_decode_gpu',
};
const BOOL_KEYS = {
    dp_attention: 'dp_attention',
    prefill_dp_attention: 'prefill_dp_attention',
    prefill_dp_attn: 'prefill_dp_attention',
    decode_dp_attention: 'decode_dp_attention',
    decode_dp_attn: 'decode_dp_attention',
};
const STRING_KEYS = ['spec_decoding', 'offloading', 'image', 'model_prefix'];
/** Keys that feed identity, not topology. */
const IDENTITY_KEYS = new Set(['hw', 'runner_type', 'framework', 'precision', 'is_multinode']);
function buildTopology(topo) {
    const out = {};
    const multinode = (0,parse/* toBool */.AF)(topo.is_multinode) === true;
    for (const [src, dst] of Object.entries(INT_KEYS)) {
        const n = (0,parse/* toInt */.RI)(topo[src]);
        if (n !== null && out[dst] === undefined)
            out[dst] = n;
    }
    for (const [src, dst] of Object.entries(BOOL_KEYS)) {
        const b = (0,parse/* toBool */.AF)(topo[src]);
        if (b !== null && out[dst] === undefined)
            out[dst] = b;
    }
    for (const k of STRING_KEYS) {
        const s = (0,parse/* toStr */.N7)(topo[k]);
        if (s !== null)
            out[k] = s;
    }
    // Anything else the launcher recorded is kept as written (descriptive only).
    for (const [k, v] of Object.entries(topo)) {
        if (k in INT_KEYS || k in BOOL_KEYS || IDENTITY_KEYS.has(k) || STRING_KEYS.includes(k))
            continue;
        const s = (0,parse/* toStr */.N7)(v);
        if (s !== null && out[k] === undefined)
            out[k] = s;
    }
    const gpus = gpusOf(out, multinode);
    if (gpus !== null)
        out.gpus = gpus;
    return out;
}

;// CONCATENATED MODULE: ./src/sources/eval-scores.ts
/**
 * lm-evaluation-harness results, read → map: the pure mapper from an lm-eval results object (any
 * layout in use) to our metric names, the primary score per task, and the cell identity the file
 * itself states. The producer's own keys are all in this file.
 *
 * Layouts (docs/ARCHITECTURE.md "lm-eval"):
 * - 0.3: `results.<task>.<metric>` (`acc`, `acc_stderr`, `ppl`, `bleu`…), `versions`, `config`
 *   (`model`, `model_args`, `num_fewshot`, `limit`); no filters, no directions.
 * - 0.4.0–0.4.8: `results.<task>."<metric>,<filter>"` plus `alias`, `configs.<task>.metric_list`,
 *   `filter_list`, `n-samples`, `n-shot`, `higher_is_better`, `groups` (group aggregates, 0.4.0–0.4.2),
 *   `group_subtasks`, `model_name` (later 0.4.x), no `lm_eval_version` key in the earlier ones.
 * - 0.4.9+: the same plus `lm_eval_version`.
 * Python's `NaN`/`Infinity` (lm-eval writes them for undefined stderrs) read as missing values.
 *
 * Primary score per task: the task's first configured metric (`configs.<task>.metric_list[0]`),
 * else the first metric the results list; the strict filter first, else flexible/extract, else
 * `none`, else the first filter (the InferenceX collector rule for exact_match). Its name is the
 * real metric: `em_strict` / `em_flexible` for exact_match with a strict / flexible filter (the
 * InferenceX collector's names), `accuracy` for acc, else the metric itself (`bleu`, `mae`,
 * `eqbench`, `ppl`, `acc_norm`, with a non-`none` filter appended). Direction from
 * `higher_is_better` (per task and metric, or the metric_list entry); else a short table of
 * lower-is-better metrics (perplexities, error rates, MAE/MSE, TER/WER/CER).
 */


/** Keys whose presence next to `results` makes an object an lm-eval results file. */
const LM_EVAL_COMPANION_KEYS = [
    'versions',
    'configs',
    'config',
    'n-shot',
    'n-samples',
    'higher_is_better',
    'lm_eval_version',
    'group_subtasks',
    'groups',
];
/** Metrics where lower is better when the file states no direction (0.3 files never do). */
const LOWER_IS_BETTER = /(^|_)(perplexity|ppl|bits_per_byte|mae|mse|rmse|ter|wer|cer|brier_score|loss)$/;
/** Filter names → the word metric names carry (`none` carries none). */
const FILTER_WORDS = {
    none: '',
    'strict-match': 'strict',
    'flexible-extract': 'flexible',
};
/** Whether a parsed JSON value is an lm-eval results object (any layout), by content. */
function isLmEvalResults(v) {
    if (!(0,parse/* isRecord */.u4)(v) || !(0,parse/* isRecord */.u4)(v.results))
        return false;
    if (!LM_EVAL_COMPANION_KEYS.some((k) => k in v))
        return false;
    const tasks = Object.values(v.results);
    return tasks.length === 0 || tasks.some((t) => (0,parse/* isRecord */.u4)(t));
}
/** `0.3` (no configs/filters), `0.4` (configs, `<metric>,<filter>` keys), with the version when stated. */
function lmEvalLayout(v) {
    const version = (0,parse/* toStr */.N7)(v.lm_eval_version);
    const has04 = (0,parse/* isRecord */.u4)(v.configs) ||
        'n-samples' in v ||
        'higher_is_better' in v ||
        Object.values((0,parse/* isRecord */.u4)(v.results) ? v.results : {}).some((t) => (0,parse/* isRecord */.u4)(t) && Object.keys(t).some((k) => k.includes(',')));
    return { layout: has04 || version !== null ? '0.4' : '0.3', version };
}
/** Lower-case name limited to [a-z0-9_] (runs of other characters become one `_`). */
function sanitizeMetricName(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/_+/g, '_')
        .replace(/^_|_$/g, '');
}
function filterWord(filter) {
    if (filter === null)
        return '';
    return FILTER_WORDS[filter] ?? filter;
}
/** `<metric>[,<filter>]` split; the stderr suffix is part of the metric. */
function splitKey(key) {
    const comma = key.indexOf(',');
    return comma < 0 ? { metric: key, filter: null } : { metric: key.slice(0, comma), filter: key.slice(comma + 1) };
}
/** Every numeric value of one task as `eval_<task>_<metric>[_<filter>][_stderr]`. */
function taskMetrics(taskName, tr, out) {
    for (const key of Object.keys(tr).sort()) {
        if (key === 'alias' || key === 'samples')
            continue;
        const value = (0,parse/* toNumber */.Ro)(tr[key]);
        if (value === null)
            continue;
        const { metric, filter } = splitKey(key);
        const word = filterWord(filter);
        const stderr = metric.endsWith('_stderr');
        const base = stderr ? metric.slice(0, -'_stderr'.length) : metric;
        out[sanitizeMetricName(`eval_${taskName}_${base}${word ? `_${word}` : ''}${stderr ? '_stderr' : ''}`)] = value;
    }
}
/** Metric names a task's results list, in file order (no alias, no stderr). */
function listedMetrics(tr) {
    const out = [];
    for (const key of Object.keys(tr)) {
        if (key === 'alias' || key === 'samples')
            continue;
        const { metric } = splitKey(key);
        if (!metric.endsWith('_stderr') && !out.includes(metric))
            out.push(metric);
    }
    return out;
}
function filterRank(filter) {
    if (filter === null || filter === 'none')
        return 2;
    const f = filter.toLowerCase();
    if (f.includes('strict'))
        return 0;
    if (f.includes('flex') || f.includes('extract'))
        return 1;
    return 3;
}
/** The primary score of one task (module doc), or null when the task has no numeric metric. */
function primaryScore(tr, tc) {
    const ml = Array.isArray(tc.metric_list) ? tc.metric_list : [];
    const configured = ml.flatMap((m) => ((0,parse/* isRecord */.u4)(m) && typeof m.metric === 'string' ? [m.metric] : []));
    const listed = listedMetrics(tr);
    const order = [...configured.filter((m) => listed.includes(m)), ...listed];
    for (const metric of order) {
        const candidates = [];
        for (const key of Object.keys(tr)) {
            const s = splitKey(key);
            if (s.metric !== metric)
                continue;
            const value = (0,parse/* toNumber */.Ro)(tr[key]);
            if (value === null)
                continue;
            const seKey = s.filter === null ? `${metric}_stderr` : `${metric}_stderr,${s.filter}`;
            candidates.push({ metric, filter: s.filter, value, se: (0,parse/* toNumber */.Ro)(tr[seKey]) });
        }
        candidates.sort((a, b) => filterRank(a.filter) - filterRank(b.filter));
        if (candidates[0])
            return candidates[0];
    }
    return null;
}
/** Our name of a primary score (module doc). */
function scoreName(metric, filter) {
    const rank = filterRank(filter);
    if (metric === 'exact_match' && rank === 0)
        return 'em_strict';
    if (metric === 'exact_match' && rank === 1)
        return 'em_flexible';
    const word = rank === 2 ? '' : filterWord(filter);
    if ((metric === 'acc' || metric === 'accuracy') && word === '')
        return 'accuracy';
    return sanitizeMetricName(`${metric}${word ? `_${word}` : ''}`);
}
/** Direction of a task metric: the file's `higher_is_better`, the metric_list entry, else the table. */
function higherIsBetter(data, task, tc, metric) {
    const hib = (0,parse/* isRecord */.u4)(data.higher_is_better) ? data.higher_is_better : {};
    const perTask = (0,parse/* isRecord */.u4)(hib[task]) ? hib[task] : {};
    if (typeof perTask[metric] === 'boolean')
        return perTask[metric];
    const ml = Array.isArray(tc.metric_list) ? tc.metric_list : [];
    for (const m of ml) {
        if ((0,parse/* isRecord */.u4)(m) && m.metric === metric && typeof m.higher_is_better === 'boolean')
            return m.higher_is_better;
    }
    return !LOWER_IS_BETTER.test(metric.toLowerCase());
}
/** Task results of a file: `results`, plus `groups` entries (0.4.0–0.4.2) not already in it. */
function taskTable(data) {
    const out = {};
    for (const src of [data.results, data.groups]) {
        if (!(0,parse/* isRecord */.u4)(src))
            continue;
        for (const [task, tr] of Object.entries(src))
            if ((0,parse/* isRecord */.u4)(tr) && !(task in out))
                out[task] = tr;
    }
    return out;
}
/**
 * Scalar metrics and primary scores of one lm-eval results object: `eval_<task>_<metric>[_<filter>]`
 * for every value, `eval_<task>_score` / `_score_se` for the primary score, and
 * `eval_<task>_score_direction: "lower_is_better"` when lower is better (absent: higher is better).
 */
function scoreResults(data, file) {
    const metrics = {};
    const scores = [];
    const tasks = taskTable(data);
    const configs = (0,parse/* isRecord */.u4)(data.configs) ? data.configs : {};
    const nSamples = (0,parse/* isRecord */.u4)(data['n-samples']) ? data['n-samples'] : {};
    const config = (0,parse/* isRecord */.u4)(data.config) ? data.config : {};
    for (const task of Object.keys(tasks).sort()) {
        const tr = tasks[task];
        const taskName = sanitizeMetricName(task);
        taskMetrics(taskName, tr, metrics);
        const tc = (0,parse/* isRecord */.u4)(configs[task]) ? configs[task] : {};
        const p = primaryScore(tr, tc);
        const hib = p === null ? null : higherIsBetter(data, task, tc, p.metric);
        if (p !== null) {
            metrics[`eval_${taskName}_score`] = p.value;
            if (p.se !== null)
                metrics[`eval_${taskName}_score_se`] = p.se;
            if (hib === false)
                metrics[`eval_${taskName}_score_direction`] = 'lower_is_better';
        }
        const ns = (0,parse/* isRecord */.u4)(nSamples[task]) ? nSamples[task] : {};
        scores.push({
            task,
            score: p?.value ?? null,
            score_name: p === null ? null : scoreName(p.metric, p.filter),
            score_key: p === null ? null : p.filter === null ? p.metric : `${p.metric},${p.filter}`,
            score_se: p?.se ?? null,
            higher_is_better: hib,
            n_effective: (0,parse/* toInt */.RI)(ns.effective),
            n_original: (0,parse/* toInt */.RI)(ns.original),
            limit: (0,parse/* toNumber */.Ro)(config.limit),
            file,
        });
    }
    const sorted = {};
    for (const k of Object.keys(metrics).sort())
        sorted[k] = metrics[k];
    return { metrics: sorted, scores };
}
/** `k=v,k=v` model_args (string) or an object, as a map. */
function modelArgs(v) {
    if ((0,parse/* isRecord */.u4)(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            if (typeof x === 'string' || typeof x === 'number')
                out[k] = String(x);
        return out;
    }
    const out = {};
    for (const part of ((0,parse/* toStr */.N7)(v) ?? '').split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0)
            out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return out;
}
/** Model-args keys that name the model, in preference order. */
const MODEL_ARG_KEYS = ['pretrained', 'model', 'model_name', 'path', 'engine', 'repo_id'];
const DTYPES = {
    bfloat16: 'bf16',
    float16: 'fp16',
    half: 'fp16',
    float32: 'fp32',
    float: 'fp32',
    fp8: 'fp8',
    bf16: 'bf16',
    fp16: 'fp16',
};
/** The model an lm-eval file names: `model_name`, else model_args (`pretrained=`…), else `config.model`. */
function lmEvalModel(data) {
    const named = (0,parse/* toStr */.N7)(data.model_name);
    if (named !== null)
        return named;
    const args = modelArgs((0,parse/* isRecord */.u4)(data.config) ? data.config.model_args : undefined);
    for (const k of MODEL_ARG_KEYS) {
        const v = args[k];
        if (v)
            return v;
    }
    return null;
}
/**
 * Identity a standalone lm-eval file states (no meta_env.json): model (`model_name` / model_args),
 * framework = the lm-eval model backend (`config.model`: `hf`, `vllm`, `local-completions`…),
 * precision from model_args `dtype` (else `config.model_dtype`). The rest is unknown.
 */
function lmEvalIdentity(data) {
    const config = (0,parse/* isRecord */.u4)(data.config) ? data.config : {};
    const args = modelArgs(config.model_args);
    const dtype = (args.dtype ?? (0,parse/* toStr */.N7)(config.model_dtype) ?? '').toLowerCase().replace(/^torch\./, '');
    return {
        ...(0,cells_identity/* emptyIdentity */.gL)(),
        model: lmEvalModel(data),
        framework: (0,parse/* toStr */.N7)(config.model)?.toLowerCase() ?? null,
        precision: DTYPES[dtype] ?? null,
    };
}
/** lm-eval's output folder name for a model (`org__name`, model_name_sanitized) back to `org/name`. */
function modelFromSanitizedFolder(folder) {
    if (!/^[A-Za-z0-9._-]+__[A-Za-z0-9._-]+$/.test(folder))
        return null;
    return folder.replace('__', '/');
}

// EXTERNAL MODULE: ./src/sources/lib/head.ts
var lib_head = __webpack_require__(7354);
;// CONCATENATED MODULE: ./src/sources/eval.ts
/**
 * lm-evaluation-harness outputs (docs/ARCHITECTURE.md "Producer notes"), recognised by CONTENT, in every layout in
 * use (0.3, 0.4.0–0.4.8, 0.4.9+; src/sources/eval-scores.ts maps the producer's keys):
 *
 * - InferenceX eval set: a folder holding `meta_env.json` (identity) and lm-eval result files.
 *   Legacy set: the newest result file by mtime (tie: lexically last name); older retries are
 *   listed as ignored. Batched set (`eval_concs` is a list): files end in `_conc<N>.json`; the
 *   newest per N, and only N in `completed_eval_concs`: one fragment per completed N.
 * - Plain lm-eval output anywhere else (`<output_path>/<org>__<model>/results_<ts>.json`, or a
 *   0.3 file under any name): one fragment per result file, identity from the file
 *   (`model_name`, `config.model_args`, `config.model`); per folder and task the newest file wins
 *   (`date`, else the name), older files for the same tasks are listed as ignored. Fragments of
 *   one model merge into one cell (their tasks side by side).
 * - Collector output `agg_eval_*.json` (a JSON array of rows with `task` and `score`): one
 *   fragment per row.
 *
 * A result file that does not parse (truncated) still leaves its cell: identity from meta_env.json
 * or from the path (lm-eval's `<org>__<model>` folder), completion unknown, and the finding naming
 * file and line on that cell (`missing_required_artifact` when it was the cell's only result,
 * `metrics_unavailable` when a readable retry was used instead). srt-slurm raw
 * `results_concurrency_*.json` files are not eval files (INPUTS §12.6). Eval cells carry no
 * request counts. `samples_*.jsonl` are listed, never parsed.
 */







const CONC_SUFFIX = /_conc(\d+)(?:_\d+)?\.(json|jsonl)$/;
const COUNTS_BASIS = 'eval (no request counts)';
/** Names that hold other producers' JSON, never an lm-eval result. */
const NOT_RESULTS = /^(meta_env\.json|agg_eval_.*|results_concurrency_.*)$/;
/** lm-eval result files are KBs to a few MB; larger JSON outside an eval set is not sniffed. */
const eval_SNIFF_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Recognition from name and first bytes: meta_env.json, `agg_eval_*.json` collector arrays, and
 * lm-eval results by content (`results` plus a companion key, or a `results*.json` whose head is
 * lm-eval's: `{"results": {` with `alias` or `<metric>,<filter>` keys, also when truncated).
 */
function sniffEval(file, head) {
    if (!file.name.endsWith('.json'))
        return null;
    if (file.name === 'meta_env.json')
        return { claim: true, kind: 'eval_meta', why: 'InferenceX eval metadata' };
    const h = head();
    if (/^agg_eval_/.test(file.name))
        return h.shape === 'json-array' ? { claim: true, kind: 'eval_collector', why: 'agg_eval_*.json array' } : null;
    if (h.shape !== 'json-object' || h.keys[0] !== 'results')
        return null;
    if ((0,lib_head/* hasAnyKey */.yr)(h, ...LM_EVAL_COMPANION_KEYS))
        return { claim: true, kind: 'lm_eval_results', why: 'results next to lm-eval keys' };
    const lmHead = /"alias"\s*:|"[A-Za-z0-9_@.]+,(none|strict-match|flexible-extract)"\s*:/.test(h.text);
    if (lmHead && (h.truncated || /^results.*\.json$/.test(file.name)))
        return { claim: true, kind: 'lm_eval_results', why: 'lm-eval results head' };
    return null;
}
const evalAdapter = {
    id: 'eval',
    sniff: (file, env) => sniffEval(file, env.head),
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [] };
        const byDir = new Map();
        for (const f of ctx.files) {
            let list = byDir.get(f.dir);
            if (!list)
                byDir.set(f.dir, (list = []));
            list.push(f);
        }
        const setDirs = new Set(ctx.files.filter((f) => f.name === 'meta_env.json').map((f) => f.dir));
        for (const f of ctx.files) {
            if (f.name === 'meta_env.json')
                await collectSet(ctx, f, byDir.get(f.dir) ?? [], result);
        }
        for (const [dir, files] of [...byDir.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            if (!setDirs.has(dir))
                await collectStandalone(ctx, files, result);
        }
        for (const f of ctx.files) {
            if (/^agg_eval_.*\.json$/.test(f.name))
                await collectCollector(ctx, f, result);
        }
        return result;
    },
};
/** A result file whose head is lm-eval's (`{"results": {…`): what a truncated one still shows. */
const RESULTS_HEAD = /^\s*\{\s*"results"\s*:\s*\{/;
/**
 * Reads a JSON file as an lm-eval result: Python's NaN/Infinity accepted (lm-eval writes them);
 * `other` when it parses but is not lm-eval; `unreadable` when it does not parse and its head or
 * name says it is an lm-eval result.
 */
async function readEvalJson(ctx, f) {
    const r = await ctx.readJson(f.path);
    if (r.ok)
        return isLmEvalResults(r.value) ? { kind: 'results', data: r.value } : { kind: 'other' };
    const text = r.reason === 'invalid_json' ? await ctx.readText(f.path) : null;
    if (text !== null) {
        try {
            const v = (0,lib_head/* parseJsonLenient */.VA)(text);
            if (isLmEvalResults(v))
                return { kind: 'results', data: v };
            if (v !== undefined)
                return { kind: 'other' };
        }
        catch {
            // Not even lenient JSON: decided by head and name below.
        }
    }
    const looksLike = (text !== null && RESULTS_HEAD.test(text)) || /^results.*\.json$/.test(f.name);
    return looksLike ? { kind: 'unreadable', message: r.message, reason: r.reason, text } : { kind: 'other' };
}
function eval_manifestEntry(path, kind, extra = {}) {
    return { path, kind, cell_id: null, required: kind === 'eval_meta', present: true, ...extra };
}
function eval_unreadableFinding(path, read, only) {
    const line = /at line (\d+)/.exec(read.message);
    return {
        code: only ? 'missing_required_artifact' : 'metrics_unavailable',
        severity: only ? 'critical' : 'warning',
        message: only
            ? `${read.message}, so this eval cell has no scores.`
            : `${read.message}; its eval scores are not used.`,
        cell_id: null,
        evidence: {
            file: path,
            ...(line ? { line: Number(line[1]) } : {}),
            reason: read.reason,
            format: 'eval',
            required: only,
        },
    };
}
/** Newest file by mtime; tie → lexically last path. */
function newest(files) {
    let best = null;
    for (const f of files) {
        if (!best || f.mtimeMs > best.mtimeMs || (f.mtimeMs === best.mtimeMs && f.path > best.path))
            best = f;
    }
    return best;
}
function intList(v) {
    if (!Array.isArray(v))
        return null;
    const out = [];
    for (const x of v) {
        const n = (0,parse/* toInt */.RI)(x);
        if (n !== null)
            out.push(n);
    }
    return [...new Set(out)].sort((a, b) => a - b);
}
async function scanSetFiles(ctx, dirFiles) {
    const out = { results: [], unreadable: [] };
    for (const f of dirFiles) {
        if (!f.name.endsWith('.json') || NOT_RESULTS.test(f.name))
            continue;
        const r = await readEvalJson(ctx, f);
        if (r.kind === 'results')
            out.results.push({ file: f, data: r.data });
        else if (r.kind === 'unreadable')
            out.unreadable.push({ file: f, read: r });
    }
    return out;
}
/** Legacy set: the newest result; the others are listed as ignored. */
function chooseLegacy(ctx, meta, scan, result) {
    const pick = newest(scan.results.map((r) => r.file));
    const chosen = [];
    for (const r of scan.results) {
        ctx.claim(r.file.path);
        if (r.file === pick) {
            chosen.push({ ...r, conc: (0,parse/* toInt */.RI)(meta.conc) });
            result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results'));
        }
        else {
            const reason = `older result file; ${pick?.name ?? '?'} is newer`;
            result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', { ignored: true, reason }));
        }
    }
    return chosen;
}
/** Batched set: the newest file per completed N; files of other N are listed as ignored. */
function chooseBatched(ctx, meta, batchConcs, scan, result) {
    const failed = intList(meta.failed_eval_concs) ?? [];
    const completed = intList(meta.completed_eval_concs) ?? batchConcs.filter((c) => !failed.includes(c));
    const perConc = new Map();
    for (const r of scan.results) {
        ctx.claim(r.file.path);
        const m = CONC_SUFFIX.exec(r.file.name);
        if (!m) {
            const reason = 'no _conc<N> suffix in a batched eval set';
            result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', { ignored: true, reason }));
            continue;
        }
        const conc = Number(m[1]);
        perConc.set(conc, [...(perConc.get(conc) ?? []), r]);
    }
    const chosen = [];
    const ignoredConcs = new Set();
    for (const conc of [...perConc.keys()].sort((a, b) => a - b)) {
        const list = perConc.get(conc) ?? [];
        const pick = newest(list.map((r) => r.file));
        for (const r of list) {
            let reason = null;
            if (!completed.includes(conc)) {
                ignoredConcs.add(conc);
                reason = `concurrency ${conc} is not in completed_eval_concs${failed.includes(conc) ? ' (listed in failed_eval_concs)' : ''}`;
            }
            else if (r.file !== pick)
                reason = `older result file; ${pick?.name ?? '?'} is newer`;
            if (reason === null)
                chosen.push({ ...r, conc });
            result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', reason === null ? {} : { ignored: true, reason }));
        }
    }
    return { chosen, ignoredConcs, missing: completed.filter((c) => !perConc.has(c)) };
}
async function collectSet(ctx, metaFile, dirFiles, result) {
    const dir = metaFile.dir;
    const metaRead = await ctx.readJson(metaFile.path);
    ctx.claim(metaFile.path);
    result.manifest.push(eval_manifestEntry(metaFile.path, 'eval_meta'));
    if (!metaRead.ok || !(0,parse/* isRecord */.u4)(metaRead.value)) {
        result.findings.push({
            code: 'missing_required_artifact',
            severity: 'critical',
            message: `${metaRead.ok ? `${metaFile.path} is not a JSON object` : metaRead.message}, so the eval set in ${dir || '.'} has no identity and is not scored.`,
            cell_id: null,
            evidence: { file: metaFile.path, reason: metaRead.ok ? 'not_an_object' : metaRead.reason, format: 'eval' },
        });
        return;
    }
    const meta = metaRead.value;
    const scan = await scanSetFiles(ctx, dirFiles);
    const batchConcs = intList(meta.eval_concs);
    const setFindings = [];
    let chosen;
    let ignoredConcs = new Set();
    if (batchConcs === null)
        chosen = chooseLegacy(ctx, meta, scan, result);
    else {
        const b = chooseBatched(ctx, meta, batchConcs, scan, result);
        chosen = b.chosen;
        ignoredConcs = b.ignoredConcs;
        for (const conc of b.missing) {
            setFindings.push({
                code: 'metrics_unavailable',
                severity: 'warning',
                message: `Eval set ${dir || '.'} lists concurrency ${conc} as completed, but holds no results file for it.`,
                cell_id: null,
                evidence: { file: metaFile.path, concurrency: conc, format: 'eval' },
            });
        }
    }
    const only = chosen.length === 0;
    for (const u of scan.unreadable) {
        ctx.claim(u.file.path);
        result.manifest.push(eval_manifestEntry(u.file.path, 'eval_results', { ignored: true, reason: 'unreadable' }));
        setFindings.push(eval_unreadableFinding(u.file.path, u.read, only));
    }
    const samples = listSamples(ctx, dirFiles, ignoredConcs, result);
    const multinode = (0,parse/* toBool */.AF)(meta.is_multinode);
    const base = {
        identity: evalIdentity(meta, multinode, null),
        topology: eval_buildTopology(meta, multinode === true),
        metaFile,
        variant: batchConcs === null ? 'lm-eval' : 'lm-eval-batched',
    };
    if (only) {
        // No usable result: the cell still exists (identity from meta_env), unscored, with the finding.
        if (scan.unreadable.length === 0)
            result.findings.push(...setFindings);
        else
            result.fragments.push(setFragment(base, null, (0,parse/* toInt */.RI)(meta.conc), [], setFindings));
        return;
    }
    chosen.sort((a, b) => (a.conc ?? -1) - (b.conc ?? -1) || (a.file.path < b.file.path ? -1 : 1));
    chosen.forEach((c, i) => {
        const mine = samples.filter((s) => batchConcs === null || Number(CONC_SUFFIX.exec(baseOf(s))?.[1]) === c.conc);
        // Set-level problems (unreadable retries, a completed N without a file) go on the first cell.
        result.fragments.push(setFragment(base, c, c.conc, mine, i === 0 ? setFindings : []));
    });
}
function listSamples(ctx, dirFiles, ignoredConcs, result) {
    const out = [];
    for (const s of dirFiles.filter((f) => /^samples?.*\.jsonl$/.test(f.name))) {
        ctx.claim(s.path);
        const m = CONC_SUFFIX.exec(s.name);
        const conc = m ? Number(m[1]) : null;
        const ignored = conc !== null && ignoredConcs.has(conc);
        const extra = ignored ? { ignored: true, reason: `concurrency ${conc} is not in completed_eval_concs` } : {};
        result.manifest.push(eval_manifestEntry(s.path, 'eval_samples', extra));
        if (!ignored)
            out.push(s.path);
    }
    return out;
}
function setFragment(base, chosen, conc, samples, findings) {
    const scored = chosen === null ? { metrics: {}, scores: [] } : scoreResults(chosen.data, chosen.file.path);
    const files = [base.metaFile.path, ...(chosen ? [chosen.file.path] : [])].sort();
    return {
        source_format: 'eval',
        source_variant: base.variant,
        explicit_id: null,
        dir: base.metaFile.dir,
        identity: { ...base.identity, concurrency: conc },
        topology: { ...base.topology },
        artifacts: {
            eval_meta: base.metaFile.path,
            ...(chosen ? { eval_results: chosen.file.path } : {}),
            ...(samples.length > 0 ? { eval_samples: samples.length === 1 ? samples[0] : samples } : {}),
        },
        counts: (0,sources_types/* unknownCounts */.LH)(COUNTS_BASIS),
        metrics: scored.metrics,
        files,
        findings,
        extras: { eval: scored.scores, ...(chosen ? layoutExtras(chosen.data) : {}) },
    };
}
function layoutExtras(data) {
    const { layout, version } = lmEvalLayout(data);
    return { lm_eval_layout: layout, ...(version !== null ? { lm_eval_version: version } : {}) };
}
/**
 * The identity and topology an InferenceX `meta_env.json` states (its `conc` is the concurrency),
 * for an eval set whose scores another producer wrote (lighteval: src/sources/lighteval.ts).
 */
function evalSetIdentity(meta) {
    const multinode = (0,parse/* toBool */.AF)(meta.is_multinode);
    return {
        identity: evalIdentity(meta, multinode, (0,parse/* toInt */.RI)(meta.conc)),
        topology: eval_buildTopology(meta, multinode === true),
    };
}
/** Identity from the InferenceX eval meta / collected row fields (`hw`, `model`, `framework`, …). */
function evalIdentity(v, multinode, concurrency) {
    return {
        hardware: (0,parse/* normalizeHardware */.eG)(v.hw),
        model: (0,parse/* toStr */.N7)(v.model),
        framework: (0,parse/* toStr */.N7)(v.framework)?.toLowerCase() ?? null,
        precision: (0,parse/* toStr */.N7)(v.precision)?.toLowerCase() ?? null,
        scenario_type: null,
        is_multinode: multinode,
        recipe_name: null,
        isl: (0,parse/* toInt */.RI)(v.isl),
        osl: (0,parse/* toInt */.RI)(v.osl),
        concurrency,
    };
}
const SINGLE_INTS = ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'];
const MULTI_INTS = [
    'prefill_tp',
    'prefill_pp',
    'prefill_dcp_size',
    'prefill_pcp_size',
    'prefill_ep',
    'prefill_num_workers',
    'decode_tp',
    'decode_pp',
    'decode_dcp_size',
    'decode_pcp_size',
    'decode_ep',
    'decode_num_workers',
    'num_prefill_gpu',
    'num_decode_gpu',
];
/** Identity topology from meta_env (single node or multi-node key names, ARCHITECTURE.md). */
function eval_buildTopology(meta, multinode) {
    const t = {};
    for (const k of multinode ? MULTI_INTS : SINGLE_INTS) {
        const n = (0,parse/* toInt */.RI)(meta[k]);
        if (n !== null)
            t[k] = n;
    }
    for (const k of multinode ? ['prefill_dp_attention', 'decode_dp_attention'] : ['dp_attention']) {
        const b = (0,parse/* toBool */.AF)(meta[k]);
        if (b !== null)
            t[k] = b;
    }
    const spec = (0,parse/* toStr */.N7)(meta.spec_decoding);
    if (spec !== null)
        t.spec_decoding = spec;
    const prefix = (0,parse/* toStr */.N7)(meta.infmax_model_prefix) ?? (0,parse/* toStr */.N7)(meta.model_prefix);
    if (prefix !== null)
        t.model_prefix = prefix;
    const fp = (0,parse/* toStr */.N7)(meta.recipe_fingerprint);
    if (fp !== null)
        t.recipe_fingerprint = fp;
    const gpus = deriveGpus(t, multinode);
    if (gpus !== null)
        t.gpus = gpus;
    const sorted = {};
    for (const k of Object.keys(t).sort())
        sorted[k] = t[k];
    return sorted;
}
function deriveGpus(t, multinode) {
    const n = (k) => (typeof t[k] === 'number' ? t[k] : null);
    if (multinode) {
        const np = n('num_prefill_gpu');
        const nd = n('num_decode_gpu');
        if (np !== null && nd !== null)
            return np + nd;
        const pw = n('prefill_num_workers');
        const ptp = n('prefill_tp');
        const dw = n('decode_num_workers');
        const dtp = n('decode_tp');
        if (pw !== null && ptp !== null && dw !== null && dtp !== null)
            return pw * ptp + dw * dtp;
        return null;
    }
    const tp = n('tp');
    if (tp === null)
        return null;
    return tp * (n('pp') ?? 1) * (n('pcp_size') ?? 1);
}
// ---------------------------------------------------------------------------------------------
// plain lm-eval output (no meta_env.json)
/** Recency of a standalone result: lm-eval's `date` (epoch s), then the name (it holds the timestamp). */
function newerFirst(a, b) {
    const da = (0,parse/* toNumber */.Ro)(a.data.date) ?? -Infinity;
    const db = (0,parse/* toNumber */.Ro)(b.data.date) ?? -Infinity;
    if (da !== db)
        return db - da;
    return a.file.name < b.file.name ? 1 : a.file.name > b.file.name ? -1 : 0;
}
function tasksOf(data) {
    const out = new Set();
    for (const src of [data.results, data.groups])
        if ((0,parse/* isRecord */.u4)(src))
            for (const t of Object.keys(src))
                out.add(t);
    return [...out];
}
/** The results object limited to some tasks (so an older file only contributes tasks no newer one has). */
function onlyTasks(data, tasks) {
    const pick = (v) => (0,parse/* isRecord */.u4)(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => tasks.has(k))) : v;
    return { ...data, results: pick(data.results), ...((0,parse/* isRecord */.u4)(data.groups) ? { groups: pick(data.groups) } : {}) };
}
async function collectStandalone(ctx, files, result) {
    const found = [];
    for (const f of files) {
        if (!f.name.endsWith('.json') || NOT_RESULTS.test(f.name) || ctx.isClaimed(f.path))
            continue;
        if (f.size > eval_SNIFF_MAX_BYTES)
            continue;
        const r = await readEvalJson(ctx, f);
        if (r.kind === 'results')
            found.push({ file: f, data: r.data });
        else if (r.kind === 'unreadable') {
            ctx.claim(f.path);
            result.manifest.push(eval_manifestEntry(f.path, 'eval_results', { required: true, ignored: true, reason: 'unreadable' }));
            result.fragments.push(unreadableStandalone(f, r));
        }
    }
    const covered = new Set();
    const newer = [];
    for (const r of found.sort(newerFirst)) {
        ctx.claim(r.file.path);
        const fresh = tasksOf(r.data).filter((t) => !covered.has(t));
        if (fresh.length === 0 && tasksOf(r.data).length > 0) {
            const reason = `older result for the same tasks; ${newer[0] ?? '?'} is newer`;
            result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', { ignored: true, reason }));
            continue;
        }
        for (const t of fresh)
            covered.add(t);
        newer.push(r.file.name);
        result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', { required: true }));
        result.fragments.push(standaloneFragment(r.file, onlyTasks(r.data, new Set(fresh))));
    }
}
function standaloneFragment(file, data) {
    const { metrics, scores } = scoreResults(data, file.path);
    const identity = lmEvalIdentity(data);
    if (identity.model === null)
        identity.model = modelFromSanitizedFolder(baseOf(file.dir));
    return {
        source_format: 'eval',
        source_variant: 'lm-eval',
        explicit_id: null,
        dir: file.dir,
        identity,
        topology: {},
        artifacts: { eval_results: file.path },
        counts: (0,sources_types/* unknownCounts */.LH)(COUNTS_BASIS),
        metrics,
        files: [file.path],
        findings: [],
        extras: { eval: scores, ...layoutExtras(data) },
    };
}
/** What a truncated file still states about its model (its folder, or model_args / model_name before the cut). */
function modelOfTruncated(file, text) {
    const named = text === null ? null : /"model_name"\s*:\s*"([^"\\]+)"/.exec(text);
    if (named)
        return named[1];
    const args = text === null ? null : /"model_args"\s*:\s*"(?:[^"\\]*,)?pretrained=([^,"\\]+)/.exec(text);
    if (args)
        return args[1];
    return modelFromSanitizedFolder(baseOf(file.dir));
}
function unreadableStandalone(file, read) {
    const identity = { ...(0,cells_identity/* emptyIdentity */.gL)(), model: modelOfTruncated(file, read.text) };
    return {
        source_format: 'eval',
        source_variant: 'lm-eval',
        explicit_id: null,
        dir: file.dir,
        identity,
        topology: {},
        artifacts: { eval_results: file.path },
        counts: (0,sources_types/* unknownCounts */.LH)(COUNTS_BASIS),
        metrics: {},
        files: [file.path],
        findings: [eval_unreadableFinding(file.path, read, true)],
        extras: { eval: [], partial_inputs: [file.path] },
    };
}
// ---------------------------------------------------------------------------------------------
// InferenceX collector rows
/** The collector's row keys → our metric suffixes (`eval_<task>_<suffix>`). */
const COLLECTOR_KEYS = ['score', 'score_se', 'em_strict', 'em_strict_se', 'em_flexible', 'em_flexible_se'];
function collectorFragment(file, row, index, task) {
    const multinode = (0,parse/* toBool */.AF)(row.is_multinode);
    const taskName = sanitizeMetricName(task);
    const metrics = {};
    for (const k of [...COLLECTOR_KEYS].sort()) {
        const n = (0,parse/* toNumber */.Ro)(row[k]);
        if (n !== null)
            metrics[`eval_${taskName}_${k}`] = n;
    }
    const score = {
        task,
        score: (0,parse/* toNumber */.Ro)(row.score),
        score_name: (0,parse/* toStr */.N7)(row.score_name),
        score_key: null,
        score_se: (0,parse/* toNumber */.Ro)(row.score_se),
        higher_is_better: null,
        n_effective: (0,parse/* toInt */.RI)(row.n_eff),
        n_original: null,
        limit: null,
        file: file.path,
        source: (0,parse/* toStr */.N7)(row.source),
        row: index,
    };
    return {
        source_format: 'eval',
        source_variant: 'inferencex-eval-collector',
        explicit_id: null,
        dir: file.dir,
        identity: evalIdentity(row, multinode, (0,parse/* toInt */.RI)(row.conc)),
        topology: eval_buildTopology({ ...row, infmax_model_prefix: row.model_prefix }, multinode === true),
        artifacts: { eval_collector: file.path },
        counts: (0,sources_types/* unknownCounts */.LH)(COUNTS_BASIS),
        metrics,
        files: [file.path],
        findings: [],
        extras: { eval: [score] },
    };
}
/** `agg_eval_*.json`: collector rows (hw upper-cased, dp_attention strings), one fragment per row. */
async function collectCollector(ctx, file, result) {
    const r = await ctx.readJson(file.path);
    if (!r.ok) {
        ctx.claim(file.path);
        result.manifest.push(eval_manifestEntry(file.path, 'eval_collector', { ignored: true, reason: 'unreadable' }));
        result.findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `${r.message}; its eval rows are not used.`,
            cell_id: null,
            evidence: { file: file.path, reason: r.reason, format: 'eval' },
        });
        return;
    }
    const rows = r.value;
    if (!Array.isArray(rows) || !rows.some((x) => (0,parse/* isRecord */.u4)(x) && 'task' in x && 'score' in x))
        return;
    ctx.claim(file.path);
    result.manifest.push(eval_manifestEntry(file.path, 'eval_collector'));
    const bad = [];
    rows.forEach((row, index) => {
        const task = (0,parse/* isRecord */.u4)(row) ? (0,parse/* toStr */.N7)(row.task) : null;
        if (!(0,parse/* isRecord */.u4)(row) || task === null)
            bad.push(index);
        else
            result.fragments.push(collectorFragment(file, row, index, task));
    });
    if (bad.length > 0) {
        result.findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `${file.path} has ${bad.length} row(s) without a task (first: row ${bad.slice(0, 5).join(', ')}); they are skipped.`,
            cell_id: null,
            evidence: { file: file.path, bad_rows: bad.length, first_rows: bad.slice(0, 5), format: 'eval' },
        });
    }
}

;// CONCATENATED MODULE: ./src/sources/lib/recognize.ts

const groupOf = (a) => a.group ?? a.id;
/** Runs every sniff over every file; the result is keyed by path (files nobody looked at are absent). */
function recognizeFiles(ctx, adapters) {
    const paths = new Set(ctx.files.map((f) => f.path));
    const emptyHead = (0,lib_head/* describeHead */.Ui)(new Uint8Array(0), false);
    const out = new Map();
    for (const file of ctx.files) {
        const env = {
            head: () => (ctx.head ? ctx.head(file.path) : emptyHead),
            has: (p) => paths.has(p),
        };
        let rec = null;
        for (const a of adapters) {
            if (!a.sniff)
                continue;
            const v = a.sniff(file, env);
            if (v === null)
                continue;
            rec ??= { adapter: null, kind: null, why: null, shared: false, declined: [] };
            if (!v.claim)
                rec.declined.push({ adapter: a.id, why: v.why });
            else if (rec.adapter === null) {
                rec.adapter = a.id;
                rec.kind = v.kind;
                rec.why = v.why;
                rec.shared = v.shared === true;
            }
            else
                rec.declined.push({ adapter: a.id, why: `also matched (${v.why}), but ${rec.adapter} claimed it first` });
        }
        if (rec !== null)
            out.set(file.path, rec);
    }
    return out;
}
/**
 * One context per adapter group: `files` without the files another group's sniff claimed
 * exclusively; `claim` records the group. Adapters of one group get the same object, so scans
 * memoised per context (`perContext`) are shared by the group.
 */
function adapterViews(ctx, adapters, recognition) {
    const groupOfAdapter = new Map(adapters.map((a) => [a.id, groupOf(a)]));
    const claimedBy = new Map();
    const views = new Map();
    const view = (adapter) => {
        const group = groupOf(adapter);
        let v = views.get(group);
        if (v)
            return v;
        const files = ctx.files.filter((f) => {
            const r = recognition.get(f.path);
            if (!r || r.adapter === null || r.shared)
                return true;
            return groupOfAdapter.get(r.adapter) === group;
        });
        v = {
            files,
            thresholds: ctx.thresholds,
            readJson: (p) => ctx.readJson(p),
            readText: (p) => ctx.readText(p),
            lines: (p) => ctx.lines(p),
            csvRows: (p, o, visit) => ctx.csvRows(p, o, visit),
            claim: (...paths) => {
                ctx.claim(...paths);
                for (const p of paths)
                    if (!claimedBy.has(p))
                        claimedBy.set(p, group);
            },
            isClaimed: (p) => ctx.isClaimed(p),
            isTimelineFile: (p) => ctx.isTimelineFile(p),
            ...(ctx.head ? { head: (p) => ctx.head(p) } : {}),
            recognition: (p) => recognition.get(p),
        };
        views.set(group, v);
        return v;
    };
    return { view, claimedBy };
}
/** The files the context routes to `adapterId` by recognition (for adapters that have a sniff). */
function routedTo(ctx, adapterId) {
    if (!ctx.recognition)
        return [];
    return ctx.files.filter((f) => ctx.recognition?.(f.path)?.adapter === adapterId);
}

;// CONCATENATED MODULE: ./src/sources/lighteval.ts
/**
 * Hugging Face lighteval results (`<output_dir>/results/<model>/results_<date>.json`, written by
 * `EvaluationTracker.save_results`): `config_general` (model_name, max_samples, lighteval_sha,
 * model_config), `results.<task key>.<metric>` with `<metric>_stderr`, `versions`, `config_tasks`
 * (per task: `metrics` with `metric_name` and `higher_is_better`, `effective_num_docs`…),
 * `summary_tasks`, `summary_general`.
 *
 * Task keys: `<task>|<few-shot>` (lighteval 0.9+), `<suite>|<task>|<few-shot>[|<truncate>]`
 * (earlier, and the Open LLM Leaderboard's `harness|arc:challenge|25`). The task name is the last
 * non-numeric part (`mmlu:abstract_algebra` → `mmlu_abstract_algebra`); when two keys give the
 * same name (the same task at two few-shot counts) the few-shot count is appended
 * (`gsm8k_5shot`). `all` is lighteval's average over every task and metric: not a task, skipped.
 * `<group>:_average|<n>` entries (averages of subtasks) are kept, like lm-eval's groups.
 *
 * In an InferenceX eval set (`meta_env.json` beside the file; InferenceX itself runs lm-eval, but a
 * set scored with lighteval is read here, not as lm-eval) the set's identity and topology fill what
 * lighteval does not state; the model stays `config_general.model_name`.
 *
 * Metric names follow lm-eval's (src/sources/eval-scores.ts): `eval_<task>_<metric>` and
 * `_stderr` for every value, `eval_<task>_score` / `_score_se` for the primary score (the task's
 * first configured metric, else its first listed one), `_score_direction: "lower_is_better"` when
 * the task config says so. NaN stderrs (lighteval writes them on overflow) read as missing.
 */









const LIGHTEVAL_ID = 'lighteval';
const lighteval_COUNTS_BASIS = 'eval (no request counts)';
/** Whether a parsed value is a lighteval results object: `config_general` and `results` objects. */
function isLightevalResults(v) {
    return (0,parse/* isRecord */.u4)(v) && (0,parse/* isRecord */.u4)(v.config_general) && (0,parse/* isRecord */.u4)(v.results);
}
function sniffLighteval(file, head) {
    if (!/\.json$/i.test(file.name))
        return null;
    const h = head();
    if (h.shape !== 'json-object' || !h.keys.includes('config_general') || !h.keys.includes('results'))
        return null;
    return { claim: true, kind: 'lighteval_results', why: 'config_general next to results' };
}
/** A task key's name and few-shot count (module doc). */
function lightevalTask(key) {
    const parts = key.split('|');
    let idx = -1;
    for (let i = parts.length - 1; i >= 0; i--) {
        if (!/^\d+$/.test(parts[i].trim())) {
            idx = i;
            break;
        }
    }
    if (idx < 0)
        return { name: key, fewshot: null };
    const next = parts[idx + 1];
    return { name: parts[idx], fewshot: next !== undefined ? (0,parse/* toInt */.RI)(next) : null };
}
/** The configured metrics of a task (`config_tasks.<key>.metrics`: strings, or objects with `metric_name`). */
function configuredMetrics(tc) {
    const names = [];
    const hib = new Map();
    const list = Array.isArray(tc.metrics) ? tc.metrics : [];
    for (const m of list) {
        if (typeof m === 'string') {
            names.push(m);
            continue;
        }
        if (!(0,parse/* isRecord */.u4)(m))
            continue;
        const mn = m.metric_name;
        const own = typeof mn === 'string' ? [mn] : Array.isArray(mn) ? mn.filter((x) => typeof x === 'string') : [];
        names.push(...own);
        const h = m.higher_is_better;
        if (typeof h === 'boolean')
            for (const n of own)
                hib.set(n, h);
        else if ((0,parse/* isRecord */.u4)(h))
            for (const [n, b] of Object.entries(h))
                if (typeof b === 'boolean')
                    hib.set(n, b);
    }
    return { names, hib };
}
/** Per-task names (module doc): the task name, with the few-shot count when two keys share it. */
function taskNames(keys) {
    const base = new Map(keys.map((k) => [k, sanitizeMetricName(lightevalTask(k).name)]));
    const count = new Map();
    for (const n of base.values())
        count.set(n, (count.get(n) ?? 0) + 1);
    const out = new Map();
    for (const k of keys) {
        const n = base.get(k);
        const fs = lightevalTask(k).fewshot;
        out.set(k, (count.get(n) ?? 0) > 1 && fs !== null ? `${n}_${fs}shot` : n);
    }
    return out;
}
/** Metrics and primary scores of one lighteval results object. */
function scoreLighteval(data, file) {
    const results = (0,parse/* isRecord */.u4)(data.results) ? data.results : {};
    const configs = (0,parse/* isRecord */.u4)(data.config_tasks) ? data.config_tasks : {};
    const general = (0,parse/* isRecord */.u4)(data.config_general) ? data.config_general : {};
    const keys = Object.keys(results).filter((k) => k !== 'all' && (0,parse/* isRecord */.u4)(results[k]));
    const names = taskNames(keys);
    const metrics = {};
    const scores = [];
    for (const key of [...keys].sort()) {
        const tr = results[key];
        const task = names.get(key);
        const listed = [];
        for (const k of Object.keys(tr)) {
            const value = (0,parse/* toNumber */.Ro)(tr[k]);
            if (value === null)
                continue;
            metrics[sanitizeMetricName(`eval_${task}_${k}`)] = value;
            if (!k.endsWith('_stderr'))
                listed.push(k);
        }
        const tc = (0,parse/* isRecord */.u4)(configs[key]) ? configs[key] : {};
        const { names: configured, hib } = configuredMetrics(tc);
        const primary = [...configured.filter((m) => listed.includes(m)), ...listed][0] ?? null;
        const value = primary === null ? null : (0,parse/* toNumber */.Ro)(tr[primary]);
        const se = primary === null ? null : (0,parse/* toNumber */.Ro)(tr[`${primary}_stderr`]);
        const higher = primary === null ? null : (hib.get(primary) ?? true);
        if (value !== null) {
            metrics[`eval_${task}_score`] = value;
            if (se !== null)
                metrics[`eval_${task}_score_se`] = se;
            if (higher === false)
                metrics[`eval_${task}_score_direction`] = 'lower_is_better';
        }
        const eff = (0,parse/* toInt */.RI)(tc.effective_num_docs);
        const orig = (0,parse/* toInt */.RI)(tc.original_num_docs);
        scores.push({
            task: key,
            score: value,
            score_name: primary === null ? null : sanitizeMetricName(primary),
            score_key: primary,
            score_se: se,
            higher_is_better: higher,
            n_effective: eff !== null && eff >= 0 ? eff : null,
            n_original: orig !== null && orig >= 0 ? orig : null,
            limit: (0,parse/* toNumber */.Ro)(general.max_samples),
            file,
        });
    }
    const sorted = {};
    for (const k of Object.keys(metrics).sort())
        sorted[k] = metrics[k];
    return { metrics: sorted, scores };
}
const lighteval_DTYPES = {
    bfloat16: 'bf16',
    bf16: 'bf16',
    float16: 'fp16',
    fp16: 'fp16',
    half: 'fp16',
    float32: 'fp32',
    fp32: 'fp32',
};
/**
 * Identity a lighteval file states: model (`config_general.model_name`, else
 * `model_config.model_name`), precision from `model_config.dtype`. Framework and hardware unknown
 * (lighteval's backend is not the serving framework of a benchmark cell).
 */
function lightevalIdentity(data) {
    const general = (0,parse/* isRecord */.u4)(data.config_general) ? data.config_general : {};
    const mc = (0,parse/* isRecord */.u4)(general.model_config) ? general.model_config : {};
    const dtype = ((0,parse/* toStr */.N7)(mc.dtype) ?? '').toLowerCase().replace(/^torch\./, '');
    return {
        ...(0,cells_identity/* emptyIdentity */.gL)(),
        model: (0,parse/* toStr */.N7)(general.model_name) ?? (0,parse/* toStr */.N7)(mc.model_name),
        precision: lighteval_DTYPES[dtype] ?? null,
    };
}
/**
 * One lighteval cell. In an InferenceX eval set (a `meta_env.json` beside the file) the set's
 * identity and topology (hardware, framework, precision, tp/ep…, `conc`) fill what lighteval does
 * not say; the model stays lighteval's own (`config_general.model_name`).
 */
function lightevalFragment(file, data, meta) {
    const { metrics, scores } = scoreLighteval(data, file.path);
    const general = (0,parse/* isRecord */.u4)(data.config_general) ? data.config_general : {};
    const sha = (0,parse/* toStr */.N7)(general.lighteval_sha);
    const own = lightevalIdentity(data);
    const set = meta === null ? null : evalSetIdentity(meta.value);
    const identity = { ...own };
    if (set !== null) {
        const filled = identity;
        for (const [k, v] of Object.entries(set.identity))
            if (filled[k] === null && v !== null)
                filled[k] = v;
    }
    return buildFragment({
        format: 'eval',
        variant: LIGHTEVAL_ID,
        file: file.path,
        dir: file.dir,
        otherFiles: meta ? [meta.path] : [],
        identity,
        topology: set?.topology ?? {},
        counts: { total: null, successful: null, basis: lighteval_COUNTS_BASIS },
        metrics,
        artifacts: { eval_results: file.path, ...(meta ? { eval_meta: meta.path } : {}) },
        // `results_<timestamp>.json` is lighteval's own name: no configuration label in it.
        fixedFileName: true,
        extras: { eval: scores, ...(sha !== null && sha !== '?' ? { lighteval_sha: sha } : {}) },
    });
}
/**
 * The InferenceX eval set's `meta_env.json` beside a lighteval file (recognised as the eval
 * adapter's, which lists it), when there is one and it reads.
 */
async function setMeta(ctx, file) {
    const path = joinPath(file.dir, 'meta_env.json');
    if (ctx.recognition?.(path)?.adapter !== 'eval')
        return null;
    const read = await ctx.readJson(path);
    return read.ok && (0,parse/* isRecord */.u4)(read.value) ? { path, value: read.value } : null;
}
async function collectLighteval(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    for (const f of routedTo(ctx, LIGHTEVAL_ID)) {
        ctx.claim(f.path);
        let read = await ctx.readJson(f.path);
        if (!read.ok && read.reason === 'invalid_json') {
            // lighteval writes Python's NaN for an overflowing stderr.
            const text = await ctx.readText(f.path);
            try {
                const v = text === null ? undefined : (0,lib_head/* parseJsonLenient */.VA)(text);
                if (v !== undefined)
                    read = { ok: true, value: v };
            }
            catch {
                // stays unreadable
            }
        }
        const ok = read.ok && isLightevalResults(read.value);
        result.manifest.push({ path: f.path, kind: 'eval_results', cell_id: null, required: true, present: true });
        if (!ok) {
            const why = read.ok ? `${f.path} is not a lighteval results object` : read.message;
            result.findings.push(fragmentFinding('missing_required_artifact', 'critical', `${why}, so no eval score was read from it.`, {
                kind: 'unreadable_result',
                file: f.path,
                format: 'eval',
                adapter: LIGHTEVAL_ID,
            }));
            continue;
        }
        const meta = await setMeta(ctx, f);
        result.fragments.push(lightevalFragment(f, read.value, meta));
    }
    return result;
}
const lightevalAdapter = {
    id: LIGHTEVAL_ID,
    sniff: (file, env) => sniffLighteval(file, env.head),
    collect: collectLighteval,
};

// EXTERNAL MODULE: ./src/schemas/validate.ts + 14 modules
var schemas_validate = __webpack_require__(1098);
;// CONCATENATED MODULE: ./src/sources/inferguard-results.ts







const INFERGUARD_RESULTS_ID = 'inferguard-results';
const RESULTS_SCHEMA_VERSION = 'inferguard-results/v1';
const CONTRACT = 'inferguard-results/v1';
/** The metric fields of a row (names of src/core/metrics.ts METRICS, canonical units). */
const RESULT_METRIC_FIELDS = [
    ...core_metrics/* LATENCY_BASES */.yE.flatMap((b) => core_metrics/* LATENCY_STATS */.Ln.map((s) => `${s}_${b}`)),
    'total_tput_tps',
    'output_tput_tps',
    'input_tput_tps',
    'tput_per_gpu',
    'output_tput_per_gpu',
    'input_tput_per_gpu',
    'request_throughput_rps',
];
const STRING_FIELDS = ['id', 'hardware', 'model', 'framework', 'precision', 'scenario_type'];
const INT_FIELDS = ['isl', 'osl', 'concurrency', 'gpus', 'tp', 'pp', 'ep', 'total_requests', 'successful_requests'];
/** Every field a row may carry (the CSV columns we read). */
const RESULT_FIELDS = [
    'schema_version',
    ...STRING_FIELDS,
    ...INT_FIELDS,
    'request_rate',
    'labels',
    ...RESULT_METRIC_FIELDS,
];
const KNOWN = new Set(RESULT_FIELDS);
// ---------------------------------------------------------------------------------------------
// recognition
/** Claims a JSON object whose `schema_version` is ours, or a CSV with a `schema_version` column holding it. */
function sniffInferguardResults(file, head) {
    if (/\.json$/i.test(file.name)) {
        const h = head();
        if (h.shape !== 'json-object' || !h.keys.includes('schema_version'))
            return null;
        return /"schema_version"\s*:\s*"inferguard-results\/v1"/.test(h.text)
            ? { claim: true, kind: 'inferguard_results_json', why: 'schema_version inferguard-results/v1' }
            : null;
    }
    if (/\.csv$/i.test(file.name)) {
        const h = head();
        if (h.shape !== 'csv')
            return null;
        const [header, first] = h.text.split(/\r?\n/, 2);
        if (header === undefined || !splitHeader(header).includes('schema_version'))
            return null;
        return first !== undefined && first.includes(RESULTS_SCHEMA_VERSION)
            ? { claim: true, kind: 'inferguard_results_csv', why: 'schema_version column inferguard-results/v1' }
            : null;
    }
    return null;
}
/** Header names of a CSV header line (quotes removed; names hold no commas). */
function splitHeader(line) {
    return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}
// ---------------------------------------------------------------------------------------------
// mapping
/** `k=v;k=v` (CSV) as an object; null when empty. A part without `=` keeps its text as key with value "". */
function parseLabels(text) {
    if (text === null)
        return null;
    const out = {};
    for (const part of text.split(';')) {
        const t = part.trim();
        if (t === '')
            continue;
        const eq = t.indexOf('=');
        if (eq < 0)
            out[t] = '';
        else
            out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim();
    }
    return Object.keys(out).length > 0 ? out : null;
}
/** A CSV record as the JSON row it stands for: numbers parsed, empty fields absent, bad numbers kept as text (the schema rejects them). */
function csvRecordToRow(get) {
    const row = {};
    for (const field of RESULT_FIELDS) {
        if (field === 'schema_version')
            continue;
        const raw = get(field);
        const text = raw === undefined ? '' : raw.trim();
        if (text === '')
            continue;
        if (field === 'labels')
            row.labels = parseLabels(text);
        else if (STRING_FIELDS.includes(field))
            row[field] = text;
        else if (field === 'request_rate' && text.toLowerCase() === 'inf')
            row[field] = 'inf';
        else
            row[field] = (0,parse/* toNumber */.Ro)(text) ?? text;
    }
    return row;
}
/** The labels of a row as one stable `k=v,k=v` string (keys sorted); null when none. */
function labelString(labels) {
    if (!(0,parse/* isRecord */.u4)(labels))
        return null;
    const keys = Object.keys(labels).sort();
    if (keys.length === 0)
        return null;
    return keys.map((k) => `${k}=${String(labels[k])}`).join(',');
}
/** A valid row → one cell fragment. */
function resultRowFragment(file, row, where) {
    const metrics = {};
    for (const k of RESULT_METRIC_FIELDS) {
        const n = (0,parse/* toNumber */.Ro)(row[k]);
        if (n !== null)
            metrics[k] = n;
    }
    const topology = {};
    for (const k of ['gpus', 'tp', 'pp', 'ep']) {
        const n = (0,parse/* toInt */.RI)(row[k]);
        if (n !== null)
            topology[k] = n;
    }
    const total = (0,parse/* toInt */.RI)(row.total_requests);
    const successful = (0,parse/* toInt */.RI)(row.successful_requests);
    const rate = row.request_rate === 'inf' ? 'inf' : (0,parse/* toNumber */.Ro)(row.request_rate);
    const frag = buildFragment({
        format: 'unknown',
        variant: INFERGUARD_RESULTS_ID,
        file: file.path,
        dir: file.dir,
        explicitId: (0,parse/* toStr */.N7)(row.id),
        identity: {
            hardware: (0,parse/* normalizeHardware */.eG)(row.hardware),
            model: (0,parse/* toStr */.N7)(row.model),
            framework: (0,parse/* toStr */.N7)(row.framework)?.toLowerCase() ?? null,
            precision: (0,parse/* toStr */.N7)(row.precision)?.toLowerCase() ?? null,
            scenario_type: (0,parse/* toStr */.N7)(row.scenario_type),
            isl: (0,parse/* toInt */.RI)(row.isl),
            osl: (0,parse/* toInt */.RI)(row.osl),
            concurrency: (0,parse/* toInt */.RI)(row.concurrency),
        },
        topology,
        ...(total !== null || successful !== null
            ? { counts: { total, successful, basis: 'successful_requests / total_requests' } }
            : {}),
        metrics,
        artifacts: { results: file.path },
        requestRate: rate,
        extras: { results_row: where },
    });
    const labels = labelString(row.labels);
    if (labels !== null)
        frag.topology = (0,sort_keys/* sortKeys */.d)({ ...frag.topology, config_label: labels });
    return frag;
}
// ---------------------------------------------------------------------------------------------
// validation
/** Schema errors of a document, by row index (null: the document itself). */
function errorsByRow(errors) {
    const out = new Map();
    for (const e of errors) {
        const m = /^\/rows\/(\d+)(\/.*)?$/.exec(e.instancePath);
        const key = m ? Number(m[1]) : null;
        const where = m ? (m[2] ?? '') || '(row)' : e.instancePath || '(root)';
        const msg = `${where.replace(/^\//, '')}: ${e.message ?? e.keyword}`;
        const list = out.get(key) ?? [];
        if (!list.includes(msg))
            list.push(msg);
        out.set(key, list);
    }
    return out;
}
function badRowFinding(file, where, errors) {
    return fragmentFinding('metrics_unavailable', 'warning', `${file} ${where} does not satisfy ${CONTRACT} (${errors.slice(0, 3).join('; ')}), so no cell was read from it.`, { kind: 'invalid_row', file, row: where, errors: errors.slice(0, 10), adapter: INFERGUARD_RESULTS_ID });
}
function inferguard_results_unreadableFinding(file, why) {
    return fragmentFinding('missing_required_artifact', 'critical', `${why}, so no result was read from it.`, {
        kind: 'unreadable_result',
        file,
        adapter: INFERGUARD_RESULTS_ID,
    });
}
function unknownFieldsFinding(file, fields) {
    return fragmentFinding('metrics_unavailable', 'info', `${file} has fields that ${CONTRACT} does not define (${fields.slice(0, 8).join(', ')}); they are ignored.`, { kind: 'unknown_fields', file, fields, adapter: INFERGUARD_RESULTS_ID });
}
/** Validates a JSON document and maps its valid rows (pure: findings for the rest). */
function mapResultsDocument(file, doc) {
    const fragments = [];
    const findings = [];
    const validate = (0,schemas_validate/* validatorOf */.qA)(CONTRACT);
    const errors = validate(doc) ? new Map() : errorsByRow(validate.errors ?? []);
    const top = errors.get(null);
    if (top !== undefined || !(0,parse/* isRecord */.u4)(doc) || !Array.isArray(doc.rows)) {
        findings.push(inferguard_results_unreadableFinding(file.path, `${file.path} is not an ${CONTRACT} document (${(top ?? ['rows: must be an array']).slice(0, 3).join('; ')})`));
        return { fragments, findings };
    }
    const unknown = new Set();
    doc.rows.forEach((row, i) => {
        const where = `rows[${i}]`;
        const bad = errors.get(i);
        if (bad !== undefined) {
            findings.push(badRowFinding(file.path, where, bad));
            return;
        }
        const r = row;
        for (const k of Object.keys(r))
            if (!KNOWN.has(k))
                unknown.add(k);
        fragments.push(resultRowFragment(file, r, where));
    });
    if (unknown.size > 0)
        findings.push(unknownFieldsFinding(file.path, [...unknown].sort()));
    return { fragments, findings };
}
// ---------------------------------------------------------------------------------------------
// collect
async function collectJson(ctx, f, result) {
    const read = await ctx.readJson(f.path);
    if (!read.ok) {
        result.findings.push(inferguard_results_unreadableFinding(f.path, read.message));
        return;
    }
    const mapped = mapResultsDocument(f, read.value);
    result.fragments.push(...mapped.fragments);
    result.findings.push(...mapped.findings);
}
async function collectCsv(ctx, f, result) {
    const validate = (0,schemas_validate/* validatorOf */.qA)(CONTRACT);
    const header = ctx.head?.(f.path).text.split(/\r?\n/, 1)[0];
    const unknown = header === undefined ? [] : splitHeader(header).filter((c) => c !== '' && !KNOWN.has(c));
    const fragments = [];
    const findings = [];
    try {
        await ctx.csvRows(f.path, { requiredColumns: ['schema_version', 'model'], columns: RESULT_FIELDS }, (cur) => {
            const where = `row ${cur.row}`;
            const version = cur.str(0);
            const row = csvRecordToRow((field) => cur.value(RESULT_FIELDS.indexOf(field)));
            if (version !== RESULTS_SCHEMA_VERSION) {
                findings.push(badRowFinding(f.path, where, [`schema_version: must be ${RESULTS_SCHEMA_VERSION}`]));
                return;
            }
            if (!validate({ schema_version: RESULTS_SCHEMA_VERSION, rows: [row] })) {
                const errs = errorsByRow(validate.errors ?? []);
                findings.push(badRowFinding(f.path, where, [...errs.values()].flat()));
                return;
            }
            fragments.push(resultRowFragment(f, row, where));
        });
    }
    catch (e) {
        // A missing required column or malformed CSV: the rows read before it are kept.
        findings.push(inferguard_results_unreadableFinding(f.path, e instanceof Error ? e.message : String(e)));
    }
    result.fragments.push(...fragments);
    result.findings.push(...findings);
    if (unknown.length > 0)
        result.findings.push(unknownFieldsFinding(f.path, unknown.sort()));
}
async function collectInferguardResults(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    for (const f of routedTo(ctx, INFERGUARD_RESULTS_ID)) {
        ctx.claim(f.path);
        const csv = ctx.recognition?.(f.path)?.kind === 'inferguard_results_csv';
        result.manifest.push({
            path: f.path,
            kind: csv ? 'inferguard_results_csv' : 'inferguard_results_json',
            cell_id: null,
            required: true,
            present: true,
        });
        if (csv)
            await collectCsv(ctx, f, result);
        else
            await collectJson(ctx, f, result);
    }
    return result;
}
const inferguardResultsAdapter = {
    id: INFERGUARD_RESULTS_ID,
    sniff: (file, env) => sniffInferguardResults(file, env.head),
    collect: collectInferguardResults,
};

// EXTERNAL MODULE: ./src/core/timeline/timeline-samples.ts
var timeline_samples = __webpack_require__(7314);
;// CONCATENATED MODULE: ./src/sources/timeline.ts
/**
 * `inferguard_timeline.jsonl` live overlays (README "Supported inputs"), an optional enrichment.
 *
 * Each line is either an `inferguard-timeline/v1` wrapper (time = `observed_at`) or a raw
 * `disagg-status/v1` snapshot, which has no top-level time: its time is `prefill.scraped_at`
 * (epoch s; decode/transfer `scraped_at` when prefill is null). Every line is checked against its
 * JSON Schema; bad lines (not JSON, failing the schema, no time) become ONE `metrics_unavailable`
 * warning per file, and the rest of the file is used.
 *
 * The findings each snapshot carries are summarised once per code (never one per line), with
 * the max severity seen. Codes outside the analyze enum (`connector_mismatch`) are not findings:
 * they are counted in `non_report_codes`. The pipeline attaches the timeline to the cells whose
 * fragments share its folder.
 */




const TIMELINE_FILE_NAME = 'inferguard_timeline.jsonl';
const WRAPPER = 'inferguard-timeline/v1';
const RAW = 'disagg-status/v1';
/** How many bad line numbers a finding lists. */
const timeline_MAX_LISTED_LINES = 5;
const timelineAdapter = {
    id: 'timeline',
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [], timelines: [] };
        for (const f of ctx.files) {
            if (!ctx.isTimelineFile(f.path))
                continue;
            ctx.claim(f.path);
            result.manifest.push({ path: f.path, kind: 'timeline', cell_id: null, required: false, present: true });
            result.timelines?.push(await readTimeline(ctx, f.path, f.dir));
        }
        return result;
    },
};
/** Parses one line into a sample, or says why it is not one. */
function parseTimelineLine(text, line) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { line, error: `not JSON (${e.message.split('\n')[0]})` };
    }
    if (!(0,parse/* isRecord */.u4)(value))
        return { line, error: 'not a JSON object' };
    if (value.schema_version === WRAPPER) {
        const v = (0,schemas_validate/* validateContract */.T7)(WRAPPER, value);
        if (!v.ok)
            return { line, error: `fails ${WRAPPER}: ${v.errors[0] ?? 'invalid'}` };
        const status = value.disagg_status;
        const inner = (0,schemas_validate/* validateContract */.T7)(RAW, status);
        if (!inner.ok)
            return { line, error: `disagg_status fails ${RAW}: ${inner.errors[0] ?? 'invalid'}` };
        const ms = Date.parse(value.observed_at);
        if (!Number.isFinite(ms))
            return { line, error: `observed_at '${String(value.observed_at)}' is not a time` };
        return { observed_at: ms / 1000, sequence: (0,parse/* toInt */.RI)(value.sequence), line, status };
    }
    if (value.schema_version === RAW) {
        const v = (0,schemas_validate/* validateContract */.T7)(RAW, value);
        if (!v.ok)
            return { line, error: `fails ${RAW}: ${v.errors[0] ?? 'invalid'}` };
        // A raw snapshot has no top-level time; the scrape time of its first endpoint stands in.
        let at = null;
        for (const role of ['prefill', 'decode', 'transfer']) {
            const snap = value[role];
            if ((0,parse/* isRecord */.u4)(snap))
                at = (0,parse/* toNumber */.Ro)(snap.scraped_at);
            if (at !== null)
                break;
        }
        if (at === null)
            return { line, error: 'raw disagg-status/v1 line has no prefill.scraped_at (no time)' };
        return { observed_at: at, sequence: null, line, status: value };
    }
    return { line, error: `unknown schema_version ${JSON.stringify(value.schema_version ?? null)}` };
}
function iso(epochS) {
    return new Date(Math.round(epochS * 1000)).toISOString();
}
const REPORT_CODES = new Set(types/* FINDING_CODES */.f2);
async function scanTimelineLines(ctx, file) {
    // Each parsed line is folded into compact columns and the carried-code summary, then dropped.
    const read = {
        samples: new timeline_samples/* TimelineSamples */.fh(),
        carriedCodes: new CarriedCodes(),
        bad: [],
        badCount: 0,
        readError: null,
        nonBlank: 0,
    };
    try {
        for await (const { line, text } of ctx.lines(file)) {
            if (text.trim() === '')
                continue;
            read.nonBlank++;
            const r = parseTimelineLine(text, line);
            if ('error' in r) {
                // Only the first few bad lines are reported; the rest are counted.
                if (read.bad.length < timeline_MAX_LISTED_LINES)
                    read.bad.push(r);
                read.badCount++;
            }
            else {
                read.samples.push(r);
                read.carriedCodes.add(r);
            }
        }
    }
    catch (e) {
        read.readError = e.message;
    }
    read.samples.finish();
    return read;
}
/** Warnings about the file itself: unusable lines, a read that stopped early, no samples at all. */
function timelineFileFindings(file, read) {
    const { samples, bad, badCount, readError, nonBlank } = read;
    const findings = [];
    if (badCount > 0) {
        const first = bad[0];
        const listed = bad.map((b) => b.line);
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `${file} has ${badCount} unusable line(s) of ${nonBlank} (first: line ${listed.join(', ')}; line ${first.line} ${first.error}); the other ${samples.length} sample(s) are used.`,
            cell_id: null,
            evidence: {
                file,
                bad_lines: badCount,
                first_lines: listed,
                first_error: `line ${first.line}: ${first.error}`,
                samples_used: samples.length,
            },
        });
    }
    if (readError !== null) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `${file} could not be read to the end (${readError}); ${samples.length} sample(s) read before the error are used.`,
            cell_id: null,
            evidence: { file, error: readError, samples_used: samples.length },
        });
    }
    else if (nonBlank === 0) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `${file} is empty: the live timeline has no samples.`,
            cell_id: null,
            evidence: { file, samples_used: 0 },
        });
    }
    return findings;
}
/** One finding per report code the samples carry, with its span and max severity. */
function carriedFindings(file, carried, totalSamples) {
    const findings = [];
    for (const [code, a] of carried) {
        const span = a.samples === 1 ? `at ${iso(a.first_at)}` : `from ${iso(a.first_at)} to ${iso(a.last_at)}`;
        findings.push({
            code,
            severity: a.severity,
            message: `The live timeline ${file} carries ${code} in ${a.samples} of ${totalSamples} samples, ${span} (max severity ${a.severity}).`,
            cell_id: null,
            evidence: {
                samples: a.samples,
                total_samples: totalSamples,
                first_at: iso(a.first_at),
                last_at: iso(a.last_at),
                first_line: a.first_line,
                severity: a.severity,
                first_message: a.first_message,
                carried: true,
            },
        });
    }
    return findings;
}
async function readTimeline(ctx, file, dir) {
    const read = await scanTimelineLines(ctx, file);
    const { samples } = read;
    const { carried, nonReport } = read.carriedCodes.result();
    const findings = [...timelineFileFindings(file, read), ...carriedFindings(file, carried, samples.length)];
    const out = { file, dir, samples, findings };
    if (nonReport.size > 0) {
        const nr = {};
        for (const k of [...nonReport.keys()].sort())
            nr[k] = nonReport.get(k);
        out.non_report_codes = nr;
    }
    return out;
}
/**
 * Per code over samples: number of samples carrying it, first/last time, first line (the
 * earliest sample by time, then line), max severity. A code repeated inside one sample counts
 * that sample once. Samples may be added in any order: only min/max/sums are kept.
 */
class CarriedCodes {
    agg = new Map();
    nonReport = new Map();
    add(s) {
        const list = Array.isArray(s.status.findings) ? s.status.findings : [];
        const seen = list.length > 1 ? new Set() : null;
        for (const f of list) {
            if (!(0,parse/* isRecord */.u4)(f) || typeof f.code !== 'string')
                continue;
            if (seen) {
                if (seen.has(f.code))
                    continue;
                seen.add(f.code);
            }
            if (!REPORT_CODES.has(f.code)) {
                this.nonReport.set(f.code, (this.nonReport.get(f.code) ?? 0) + 1);
                continue;
            }
            const sev = types/* SEVERITIES */.oC.includes(f.severity)
                ? f.severity
                : 'warning';
            const prev = this.agg.get(f.code);
            if (!prev) {
                this.agg.set(f.code, {
                    samples: 1,
                    first_at: s.observed_at,
                    last_at: s.observed_at,
                    first_line: s.line,
                    severity: sev,
                    first_message: typeof f.message === 'string' ? f.message : null,
                });
            }
            else {
                prev.samples++;
                if (s.observed_at < prev.first_at || (s.observed_at === prev.first_at && s.line < prev.first_line)) {
                    prev.first_at = s.observed_at;
                    prev.first_line = s.line;
                    prev.first_message = typeof f.message === 'string' ? f.message : null;
                }
                if (s.observed_at > prev.last_at)
                    prev.last_at = s.observed_at;
                if (types/* SEVERITY_RANK */.f3[sev] > types/* SEVERITY_RANK */.f3[prev.severity])
                    prev.severity = sev;
            }
        }
    }
    result() {
        const carried = [...this.agg.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([code, a]) => [code, a]);
        return { carried, nonReport: this.nonReport };
    }
}
/** The carried-code summary of `samples` (see CarriedCodes). */
function summarizeCarried(samples) {
    const c = new CarriedCodes();
    for (const s of samples)
        c.add(s);
    return c.result();
}

;// CONCATENATED MODULE: ./src/sources/campaign-manifest.ts
/**
 * InferGuard campaign `manifest.json` (README "Supported inputs"): the cells a campaign promised.
 * Accepted shape (ours; InferGuard documents the layout but no file format):
 *
 *   { "schema_version": "inferguard-campaign-manifest/v1",
 *     "cells": [ { "cell_id": "...", "path": "rigs/gb200/multi_node/<recipe>", "timeline": true } ] }
 *
 * `path` is relative to the manifest's folder; `cell_id` matches an explicit cell id. A listed
 * cell that produced no results becomes missing_required_artifact (see findings/).
 */

const CAMPAIGN_MANIFEST_SCHEMA = 'inferguard-campaign-manifest/v1';
const campaignManifestAdapter = {
    id: 'campaign-manifest',
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [], expectations: [] };
        for (const f of ctx.files) {
            if (f.name !== 'manifest.json')
                continue;
            const read = await ctx.readJson(f.path);
            if (!read.ok)
                continue; // not ours to judge: may be any tool's manifest
            const v = read.value;
            if (!(0,parse/* isRecord */.u4)(v) || v.schema_version !== CAMPAIGN_MANIFEST_SCHEMA)
                continue;
            ctx.claim(f.path);
            result.manifest.push({ path: f.path, kind: 'campaign_manifest', cell_id: null, required: false, present: true });
            const cells = Array.isArray(v.cells) ? v.cells : [];
            cells.forEach((entry, i) => {
                if (!(0,parse/* isRecord */.u4)(entry)) {
                    result.findings.push({
                        code: 'metrics_unavailable',
                        severity: 'warning',
                        message: `${f.path} cells[${i}] is not an object, so it was ignored.`,
                        cell_id: null,
                        evidence: { file: f.path, index: i },
                    });
                    return;
                }
                const rel = (0,parse/* toStr */.N7)(entry.path);
                const expected = {
                    file: f.path,
                    cell_id: (0,parse/* toStr */.N7)(entry.cell_id),
                    dir: rel === null ? null : joinPosix(f.dir, rel),
                    timeline_expected: entry.timeline === true,
                };
                result.expectations?.push(expected);
            });
        }
        return result;
    },
};
function joinPosix(dir, rel) {
    const parts = (dir ? `${dir}/${rel}` : rel).split('/');
    const out = [];
    for (const p of parts) {
        if (p === '' || p === '.')
            continue;
        if (p === '..')
            out.pop();
        else
            out.push(p);
    }
    return out.join('/');
}

;// CONCATENATED MODULE: ./src/sources/inferencex-eval-collector.ts
/**
 * InferenceX's eval collector output (`utils/collect_eval_results.py`: a JSON array of rows with
 * `task`, `score`, `score_name`, hardware and topology) under any file name: the eval adapter
 * reads `agg_eval_*.json` by name; this adapter recognises the same rows by content when the file
 * was renamed (`eval_results.json`, `evals_<date>.json`…) and hands them to the same reader.
 */




const EVAL_COLLECTOR_ID = 'inferencex-eval-collector';
const inferencexEvalCollectorAdapter = {
    id: EVAL_COLLECTOR_ID,
    sniff(file, env) {
        if (!/\.json$/i.test(file.name) || /^agg_eval_/.test(file.name))
            return null;
        const h = env.head();
        if (h.shape !== 'json-array' || !(0,lib_head/* hasKeys */.xV)(h, 'task', 'score'))
            return null;
        return { claim: true, kind: 'eval_collector', why: 'array of rows with task, score' };
    },
    async collect(ctx) {
        const result = (0,sources_types/* emptyResult */.$)();
        for (const f of routedTo(ctx, EVAL_COLLECTOR_ID))
            await collectCollector(ctx, f, result);
        return result;
    },
};

;// CONCATENATED MODULE: ./src/sources/lib/key-table.ts
/**
 * Key tables: a producer's own keys → our metric names and units, in one place per producer.
 * The mapper is pure: the first key of a row that is present with a number wins, times its scale.
 */

const MS = 0.001;
/** `{ key, scale: 0.001 }`: a producer key in milliseconds. */
const ms = (key) => ({ key, scale: MS });
/** Applies a key table to one object. Absent or non-numeric values stay absent (never 0). */
function mapKeys(obj, table) {
    const out = {};
    for (const metric of Object.keys(table)) {
        for (const src of table[metric]) {
            const key = typeof src === 'string' ? src : src.key;
            const v = (0,parse/* toNumber */.Ro)(obj[key]);
            if (v === null)
                continue;
            // ms → s as a division: 32.7 / 1000 is 0.0327 exactly, 32.7 * 0.001 is not.
            out[metric] = typeof src === 'string' ? v : src.scale === MS ? v / 1000 : v * src.scale;
            break;
        }
    }
    return out;
}
/** The producer keys a table reads (for tests and docs: "the producer's key table"). */
function tableKeys(table) {
    const keys = new Set();
    for (const row of Object.values(table))
        for (const s of row)
            keys.add(typeof s === 'string' ? s : s.key);
    return [...keys].sort();
}

;// CONCATENATED MODULE: ./src/sources/llmperf.ts
/**
 * ray-project/llmperf `token_benchmark_ray.py` results: `<model>_<in>_<out>_summary.json` (one
 * object: `num_concurrent_requests`, `results_<metric>_s_{mean,quantiles_pNN,…}` in seconds,
 * `results_num_requests_started` / `results_num_completed_requests` (errors excluded)) and its
 * twin `<same>_individual_responses.json` (an array, one object per request: `ttft_s`,
 * `end_to_end_latency_s`, `inter_token_latency_s`, `error_code`). The summary is the cell; a
 * twin beside it is linked; an individual-responses file alone is summarised here (our percentile
 * definition, src/core/stats.ts). llmperf's `inter_token_latency_s` is the per-request mean gap
 * between output tokens: it is reported as ITL.
 *
 * Users run llmperf once per concurrency and keep the results their own way: the concurrency
 * comes from the summary's `num_concurrent_requests`, else the folder / file name
 * (`concurrency_8/…_summary.json`, `…_c8_summary.json`: src/sources/lib/path-facts.ts); a summary
 * renamed or stripped of `num_concurrent_requests` is still one when it has llmperf's
 * `results_*` keys. A wrapper object keyed by concurrency (`{"8": {summary}, "16": {summary}}`,
 * keys `8` / `c8` / `conc8` / `concurrency_8`) yields one cell per key (the summary's own
 * `num_concurrent_requests` wins over the key); a value that is not a summary is a finding.
 */








const LLMPERF_ID = 'llmperf';
function statRows(ours, theirs) {
    return {
        [`mean_${ours}`]: [`results_${theirs}_mean`],
        [`p50_${ours}`]: [`results_${theirs}_quantiles_p50`],
        [`p90_${ours}`]: [`results_${theirs}_quantiles_p90`],
        [`p95_${ours}`]: [`results_${theirs}_quantiles_p95`],
        [`p99_${ours}`]: [`results_${theirs}_quantiles_p99`],
    };
}
/** The llmperf summary keys we read (all seconds or tokens/s already), our name on the left. */
const LLMPERF_KEYS = {
    ...statRows('ttft', 'ttft_s'),
    ...statRows('itl', 'inter_token_latency_s'),
    ...statRows('e2el', 'end_to_end_latency_s'),
    output_tput_tps: ['results_mean_output_throughput_token_per_s'],
};
const SUMMARY_SUFFIX = '_summary.json';
/** A wrapper's key: the concurrency, bare or with a `c` / `conc` / `concurrency` prefix. */
const WRAPPER_KEY = /^(?:c|conc|concurrency)?[_-]?(\d+)$/i;
/** Keys that make an object an llmperf summary (with or without num_concurrent_requests). */
const SUMMARY_RESULT_KEYS = ['results_ttft_s_mean', 'results_end_to_end_latency_s_mean'];
const INDIVIDUAL_SUFFIX = '_individual_responses.json';
function sniffLlmperf(file, head) {
    if (!/\.json$/i.test(file.name))
        return null;
    const h = head();
    if (h.shape === 'json-object' &&
        h.keys.includes('num_concurrent_requests') &&
        (0,lib_head/* hasAnyKey */.yr)(h, 'results_ttft_s_mean', 'results_num_completed_requests', 'results_end_to_end_latency_s_mean')) {
        return { claim: true, kind: 'llmperf_summary', why: 'keys num_concurrent_requests, results_*' };
    }
    if (h.shape === 'json-object' &&
        h.keys.includes('results_num_completed_requests') &&
        (0,lib_head/* hasAnyKey */.yr)(h, ...SUMMARY_RESULT_KEYS)) {
        return { claim: true, kind: 'llmperf_summary', why: 'keys results_num_completed_requests, results_*_s_mean' };
    }
    if (h.shape === 'json-object' &&
        h.keys.length > 0 &&
        h.keys.every((k) => WRAPPER_KEY.test(k)) &&
        SUMMARY_RESULT_KEYS.some((k) => h.text.includes(`"${k}"`))) {
        return { claim: true, kind: 'llmperf_summary_wrapper', why: 'llmperf summaries keyed by concurrency' };
    }
    if (h.shape === 'json-array' && h.keys.includes('ttft_s') && h.keys.includes('end_to_end_latency_s')) {
        return { claim: true, kind: 'llmperf_individual_responses', why: 'array of {ttft_s, end_to_end_latency_s}' };
    }
    return null;
}
/** Pure mapper: an llmperf summary → identity, counts, metrics. */
function mapLlmperfSummary(v) {
    const metrics = mapKeys(v, LLMPERF_KEYS);
    const perMin = (0,parse/* toNumber */.Ro)(v.results_num_completed_requests_per_min);
    if (perMin !== null)
        metrics.request_throughput_rps = perMin / 60;
    return {
        identity: {
            model: (0,parse/* toStr */.N7)(v.model),
            concurrency: (0,parse/* toInt */.RI)(v.num_concurrent_requests),
            isl: (0,parse/* toInt */.RI)(v.mean_input_tokens),
            osl: (0,parse/* toInt */.RI)(v.mean_output_tokens),
        },
        counts: {
            total: (0,parse/* toInt */.RI)(v.results_num_requests_started),
            successful: (0,parse/* toInt */.RI)(v.results_num_completed_requests),
            basis: 'results_num_completed_requests / results_num_requests_started',
        },
        metrics,
    };
}
/** Pure mapper: llmperf individual responses → counts and our percentiles of their latencies. */
function mapLlmperfResponses(rows) {
    const ok = rows.filter((r) => (0,parse/* isRecord */.u4)(r) && (r.error_code === null || r.error_code === undefined));
    const metrics = {};
    for (const [ours, key] of [
        ['ttft', 'ttft_s'],
        ['itl', 'inter_token_latency_s'],
        ['e2el', 'end_to_end_latency_s'],
    ]) {
        const vals = ok.map((r) => (0,parse/* toNumber */.Ro)(r[key])).filter((x) => x !== null);
        const s = (0,sample/* summarizeSorted */.BX)((0,sample/* sortedCopy */.TZ)(vals));
        for (const stat of ['mean', 'p50', 'p90', 'p95', 'p99'])
            if (s[stat] !== null)
                metrics[`${stat}_${ours}`] = s[stat];
    }
    return { total: rows.length, successful: ok.length, metrics };
}
/** `<stem>_summary.json` ↔ `<stem>_individual_responses.json`; a renamed file has no twin. */
function twinPath(f, summary) {
    if (summary) {
        return f.name.endsWith(SUMMARY_SUFFIX)
            ? joinPath(f.dir, `${f.name.slice(0, -SUMMARY_SUFFIX.length)}${INDIVIDUAL_SUFFIX}`)
            : null;
    }
    return f.name.endsWith(INDIVIDUAL_SUFFIX)
        ? joinPath(f.dir, `${f.name.slice(0, -INDIVIDUAL_SUFFIX.length)}${SUMMARY_SUFFIX}`)
        : null;
}
/** The fragment of a summary (linked to its responses twin when present) or of a responses file on its own. */
function llmperfFragment(f, value, summary, twin) {
    if (summary) {
        const m = mapLlmperfSummary(value);
        return buildFragment({
            format: 'unknown',
            variant: LLMPERF_ID,
            file: f.path,
            dir: f.dir,
            ...(twin !== null ? { otherFiles: [twin] } : {}),
            identity: m.identity,
            counts: m.counts,
            metrics: m.metrics,
            artifacts: { summary: f.path, ...(twin !== null ? { requests: twin } : {}) },
        });
    }
    const m = mapLlmperfResponses(value);
    return buildFragment({
        format: 'unknown',
        variant: LLMPERF_ID,
        file: f.path,
        dir: f.dir,
        identity: {},
        counts: { total: m.total, successful: m.successful, basis: 'responses without error_code / all responses' },
        metrics: m.metrics,
        artifacts: { requests: f.path },
    });
}
async function collectLlmperf(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    const files = routedTo(ctx, LLMPERF_ID);
    const routed = new Set(files.map((f) => f.path));
    for (const f of files) {
        ctx.claim(f.path);
        const kind = ctx.recognition?.(f.path)?.kind;
        if (kind === 'llmperf_summary_wrapper') {
            await collectWrapper(ctx, f, result);
            continue;
        }
        const summary = kind === 'llmperf_summary';
        const twin = twinPath(f, summary);
        if (!summary && twin !== null && routed.has(twin)) {
            result.manifest.push({
                path: f.path,
                kind: 'llmperf_individual_responses',
                cell_id: null,
                required: false,
                present: true,
            });
            continue; // linked from its summary
        }
        const read = await ctx.readJson(f.path);
        if (!read.ok || (summary ? !(0,parse/* isRecord */.u4)(read.value) : !Array.isArray(read.value))) {
            const why = read.ok
                ? `${f.path} is not an llmperf ${summary ? 'summary object' : 'responses array'}`
                : read.message;
            result.findings.push(fragmentFinding('missing_required_artifact', 'critical', `${why}, so no result was read from it.`, {
                kind: 'unreadable_result',
                file: f.path,
                adapter: LLMPERF_ID,
            }));
            result.manifest.push({ path: f.path, kind: 'llmperf_result', cell_id: null, required: true, present: true });
            continue;
        }
        result.manifest.push({
            path: f.path,
            kind: summary ? 'llmperf_summary' : 'llmperf_individual_responses',
            cell_id: null,
            required: true,
            present: true,
        });
        const linkedTwin = summary && twin !== null && routed.has(twin) ? twin : null;
        result.fragments.push(llmperfFragment(f, read.value, summary, linkedTwin));
    }
    return result;
}
/** True when an object reads as an llmperf summary. */
function isSummary(v) {
    return (0,parse/* isRecord */.u4)(v) && SUMMARY_RESULT_KEYS.some((k) => k in v);
}
/** A wrapper `{ "<concurrency>": {summary}, … }`: one fragment per key. */
async function collectWrapper(ctx, f, result) {
    const read = await ctx.readJson(f.path);
    const entries = read.ok && (0,parse/* isRecord */.u4)(read.value) ? Object.entries(read.value) : [];
    const cells = entries.filter(([k, v]) => WRAPPER_KEY.test(k) && isSummary(v));
    result.manifest.push({
        path: f.path,
        kind: 'llmperf_summary_wrapper',
        cell_id: null,
        required: true,
        present: true,
    });
    if (cells.length === 0) {
        const why = read.ok ? `${f.path} holds no llmperf summary under a concurrency key` : read.message;
        result.findings.push(fragmentFinding('missing_required_artifact', 'critical', `${why}, so no result was read from it.`, {
            kind: 'unreadable_result',
            file: f.path,
            adapter: LLMPERF_ID,
        }));
        return;
    }
    const skipped = entries.filter(([k, v]) => !(WRAPPER_KEY.test(k) && isSummary(v))).map(([k]) => k);
    if (skipped.length > 0) {
        result.findings.push(fragmentFinding('metrics_unavailable', 'warning', `${f.path}: ${skipped.map((k) => JSON.stringify(k)).join(', ')} ${skipped.length === 1 ? 'is' : 'are'} not an llmperf summary keyed by concurrency, so ${skipped.length === 1 ? 'it was' : 'they were'} not read.`, { kind: 'unreadable_result', file: f.path, adapter: LLMPERF_ID, keys: skipped }));
    }
    for (const [key, value] of cells) {
        const m = mapLlmperfSummary(value);
        const fromKey = Number(WRAPPER_KEY.exec(key)?.[1]);
        result.fragments.push(buildFragment({
            format: 'unknown',
            variant: LLMPERF_ID,
            file: f.path,
            dir: f.dir,
            identity: { ...m.identity, concurrency: m.identity.concurrency ?? fromKey },
            counts: m.counts,
            metrics: m.metrics,
            artifacts: { summary: f.path },
            extras: { llmperf_wrapper_key: key },
        }));
    }
}
const llmperfAdapter = {
    id: LLMPERF_ID,
    sniff: (file, env) => sniffLlmperf(file, env.head),
    collect: collectLlmperf,
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sources/lib/json-records.ts
/**
 * Reader for result files that hold one JSON object, or one object per line (JSONL: SGLang
 * bench_serving, `vllm bench serve --append-result`), with Python's `NaN`/`Infinity` literals.
 * Bad input becomes a problem naming the file and line, never an exception.
 */


/** Reads a whole-file JSON object, or JSONL when `jsonl` (each non-blank line one object). */
async function readJsonRecords(ctx, path, jsonl) {
    const out = { records: [], problems: [] };
    if (!jsonl) {
        const r = await ctx.readJson(path);
        if (r.ok) {
            if ((0,parse/* isRecord */.u4)(r.value))
                out.records.push({ line: null, value: r.value });
            else
                out.problems.push({ line: null, message: `${path} is not a JSON object` });
            return out;
        }
        if (r.reason !== 'invalid_json') {
            out.problems.push({ line: null, message: r.message });
            return out;
        }
        const text = await ctx.readText(path);
        try {
            const v = text === null ? null : (0,lib_head/* parseJsonLenient */.VA)(text);
            if ((0,parse/* isRecord */.u4)(v))
                out.records.push({ line: null, value: v });
            else
                out.problems.push({ line: null, message: r.message });
        }
        catch {
            out.problems.push({ line: null, message: r.message });
        }
        return out;
    }
    try {
        for await (const { line, text } of ctx.lines(path)) {
            if (text.trim() === '')
                continue;
            try {
                const v = (0,lib_head/* parseJsonLenient */.VA)(text);
                if ((0,parse/* isRecord */.u4)(v))
                    out.records.push({ line, value: v });
                else
                    out.problems.push({ line, message: `${path} line ${line} is not a JSON object` });
            }
            catch {
                out.problems.push({ line, message: `${path} line ${line} is not valid JSON` });
            }
        }
    }
    catch (e) {
        out.problems.push({ line: null, message: e.message.split('\n')[0] ?? `${path} could not be read` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sources/guidellm.ts
/**
 * vllm-project/guidellm benchmark reports (`guidellm benchmark … --output-path benchmarks.json`
 * or `.yaml`), all three generations, read from the writer code at the versions users run:
 *
 * - 2025 report (v0.2.x–v0.3.x; src/guidellm/benchmark/output.py `GenerativeBenchmarksReport`,
 *   benchmark.py `GenerativeBenchmark`): `{benchmarks: [...]}` only, JSON (indent 4) or YAML
 *   (`yaml.dump`). Per benchmark: `args.strategy` (`type_`: synchronous | concurrent (`streams`) |
 *   throughput (`max_concurrency`) | constant / poisson (`rate`, req/s)), `worker.backend_model`,
 *   `worker.backend_target`, `worker.backend_type`, `request_totals` {successful, errored,
 *   incomplete, total}, `start_time` / `end_time` (s), `request_loader.data`
 *   ("prompt_tokens=256,output_tokens=128"), and `metrics.<name>.successful` distributions
 *   {mean, median, percentiles{p001…p99, p999 — no p50: the median is it}}.
 * - 0.4–0.6 report, `metadata.version` 1 (v0.5.4 src/guidellm/benchmark/schemas/generative/
 *   report.py, benchmark.py, metrics.py; base.py `BenchmarkConfig`; scheduler/strategies.py):
 *   `{metadata, args, benchmarks}`, `json.dumps` / `yaml.dump` of `model_dump()`. Run-wide
 *   `args.target`, `args.model`, `args.backend`, `args.data`; per benchmark `config.strategy`
 *   (same `type_`s, `streams`, `rate`), `config.backend` (the backend's info: `target`, `model`),
 *   `metrics.request_totals`, `scheduler_metrics.measure_start_time` / `measure_end_time`, and
 *   `metrics.<name>.successful` with `percentiles.p50`.
 * - 0.7+ report, `metadata.version` 2 (v0.7.3 / main src/guidellm/benchmark/schemas/report.py,
 *   benchmark.py, metrics.py, entrypoints.py `BenchmarkScenario`; backends/backend.py `info` =
 *   `BackendArgs.model_dump()`): `{metadata, config: {spec: {backend: {kind, target, model},
 *   data}}, benchmarks}`; benchmarks as in version 1.
 *
 * Units (all generations): `request_latency` seconds; `time_to_first_token_ms`,
 * `time_per_output_token_ms`, `inter_token_latency_ms` milliseconds; `output_tokens_per_second`,
 * `tokens_per_second`, `prompt_tokens_per_second` tok/s; `requests_per_second` req/s.
 *
 * One cell per benchmark (load point): synchronous is concurrency 1, concurrent its `streams`;
 * constant / poisson key by `topology.request_rate` (their `rate`); throughput is request rate
 * "inf". `topology.guidellm_strategy` keeps a constant and a poisson point of one rate apart.
 * Errored and incomplete requests are not successful.
 */








const GUIDELLM_ID = 'guidellm';
/** guidellm distribution → our latency base, with the factor to our unit. */
const LATENCIES = [
    ['ttft', 'time_to_first_token_ms', MS],
    ['tpot', 'time_per_output_token_ms', MS],
    ['itl', 'inter_token_latency_ms', MS],
    ['e2el', 'request_latency', 1],
];
/** guidellm rate distributions (their `successful.mean`) → our throughputs. */
const RATES = [
    ['output_tput_tps', 'output_tokens_per_second'],
    ['total_tput_tps', 'tokens_per_second'],
    ['input_tput_tps', 'prompt_tokens_per_second'],
    ['request_throughput_rps', 'requests_per_second'],
];
const MARKERS = /generative_benchmark|guidellm_version|time_to_first_token_ms|generative_requests_worker/;
function sniffGuidellm(file, head) {
    const yaml = /\.ya?ml$/i.test(file.name);
    if (!yaml && !/\.json$/i.test(file.name))
        return null;
    const h = head();
    if (!yaml && h.shape === 'json-object' && h.keys.includes('benchmarks') && MARKERS.test(h.text)) {
        return { claim: true, kind: 'guidellm_report', why: 'key benchmarks with guidellm markers' };
    }
    // yaml.dump sorts keys: `benchmarks:` is a top-level line; the markers may lie past the head.
    if (yaml && h.shape === 'text' && /^benchmarks:\s*$/m.test(h.text)) {
        if (MARKERS.test(h.text) || /^\s*(- )?(run_index|strategy_index|backend_target|streams):/m.test(h.text)) {
            return { claim: true, kind: 'guidellm_report', why: 'YAML with top-level benchmarks and guidellm keys' };
        }
    }
    return null;
}
const obj = parse/* recordOrEmpty */.ir;
/** `metrics.<name>.successful`; the stat (`mean`, `median`, `p90`…) as guidellm wrote it. */
function stat(metrics, name, s) {
    const ok = obj(obj(metrics[name]).successful);
    const pct = obj(ok.percentiles);
    if (s === 'p50')
        return (0,parse/* toNumber */.Ro)(pct.p50) ?? (0,parse/* toNumber */.Ro)(ok.median);
    if (s === 'mean')
        return (0,parse/* toNumber */.Ro)(ok.mean);
    return (0,parse/* toNumber */.Ro)(pct[s]);
}
/** Pure: one benchmark's metrics object → our metrics, canonical units. */
function mapGuidellmMetrics(metrics) {
    const out = {};
    for (const [ours, theirs, scale] of LATENCIES) {
        for (const s of ['mean', 'p50', 'p90', 'p95', 'p99']) {
            const v = stat(metrics, theirs, s);
            if (v !== null)
                out[`${s}_${ours}`] = scale === MS ? v / 1000 : v;
        }
    }
    for (const [ours, theirs] of RATES) {
        const v = stat(metrics, theirs, 'mean');
        if (v !== null)
            out[ours] = v;
    }
    return out;
}
/** The load point of a strategy: concurrency, or request rate (req/s, "inf" for throughput). */
function loadPoint(strategy) {
    const kind = (0,parse/* toStr */.N7)(strategy.type_)?.toLowerCase() ?? null;
    if (kind === 'synchronous')
        return { kind, concurrency: 1, rate: null };
    if (kind === 'concurrent')
        return { kind, concurrency: (0,parse/* toInt */.RI)(strategy.streams), rate: null };
    if (kind === 'throughput')
        return { kind, concurrency: null, rate: 'inf' };
    if (kind === 'constant' || kind === 'poisson')
        return { kind, concurrency: null, rate: (0,parse/* toNumber */.Ro)(strategy.rate) };
    return { kind, concurrency: null, rate: null };
}
/**
 * The synthetic data spec's lengths, wherever the generation keeps it: `prompt_tokens=256,
 * output_tokens=128` or the JSON form `{"prompt_tokens": 256, …}` (guidellm accepts both,
 * src/guidellm/dataset/synthetic.py `SyntheticDatasetConfig.parse_str` at v0.3.0), kept as a string
 * (so its quotes are escaped once more in the text searched here).
 */
function lengths(...sources) {
    const text = sources.map((s) => (s === undefined ? '' : JSON.stringify(s))).join(' ');
    const num = (re) => {
        const m = re.exec(text);
        return m ? Number(m[1]) : null;
    };
    return {
        isl: num(/prompt_tokens\\?["']?\s*[=:]\s*(\d+)/),
        osl: num(/output_tokens\\?["']?\s*[=:]\s*(\d+)/),
    };
}
/** Pure mapper: one benchmark of a report (any generation) → its load point. Null: not a benchmark. */
function mapGuidellmBenchmark(report, bench) {
    if (!(0,parse/* isRecord */.u4)(bench) || !(0,parse/* isRecord */.u4)(bench.metrics))
        return null;
    const metrics = bench.metrics;
    const config = obj(bench.config);
    const worker = obj(bench.worker); // 2025 report
    const args = obj(report.args); // version 1
    const spec = obj(obj(report.config).spec); // version 2
    const backendInfo = obj(config.backend);
    const specBackend = obj(spec.backend);
    const point = loadPoint(obj(config.strategy ?? obj(bench.args).strategy));
    const totals = obj(metrics.request_totals ?? bench.request_totals);
    const successful = (0,parse/* toInt */.RI)(totals.successful);
    const parts = [totals.successful, totals.errored, totals.incomplete].map(parse/* toInt */.RI);
    const total = (0,parse/* toInt */.RI)(totals.total) ?? (parts.every((x) => x !== null) ? parts.reduce((a, b) => a + b) : null);
    const m = mapGuidellmMetrics(metrics);
    const sched = obj(bench.scheduler_metrics);
    const start = (0,parse/* toNumber */.Ro)(sched.measure_start_time) ?? (0,parse/* toNumber */.Ro)(bench.start_time);
    const end = (0,parse/* toNumber */.Ro)(sched.measure_end_time) ?? (0,parse/* toNumber */.Ro)(bench.end_time);
    if (start !== null && end !== null && end > start)
        m.duration_seconds = end - start;
    const str = (...vs) => vs.map(parse/* toStr */.N7).find((v) => v !== null) ?? null;
    return {
        identity: {
            model: str(worker.backend_model, backendInfo.model, args.model, specBackend.model),
            concurrency: point.concurrency,
            ...lengths(obj(bench.request_loader).data, args.data, spec.data),
        },
        strategy: point.kind,
        rate: point.rate,
        counts: {
            total,
            successful,
            basis: 'request_totals: successful / total (errored and incomplete are not successful)',
        },
        metrics: m,
        target: str(worker.backend_target, backendInfo.target, args.target, specBackend.target),
        backend: str(worker.backend_type, backendInfo.kind, backendInfo.type_, args.backend, specBackend.kind),
    };
}
/** `synchronous`, `concurrent_16`, `constant_3.5`, `poisson_5`, `throughput`. */
function pointLabel(p) {
    const kind = p.strategy ?? 'benchmark';
    if (kind === 'concurrent' && p.identity.concurrency !== null)
        return `${kind}_${p.identity.concurrency}`;
    if ((kind === 'constant' || kind === 'poisson') && typeof p.rate === 'number')
        return `${kind}_${p.rate}`;
    return kind;
}
/** The report as a value: JSON (Python's NaN/Infinity accepted) or YAML. A string: why not. */
async function readReport(ctx, f) {
    if (/\.ya?ml$/i.test(f.name)) {
        const text = await ctx.readText(f.path);
        if (text === null)
            return `${f.path} could not be read`;
        try {
            const v = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
            return (0,parse/* isRecord */.u4)(v) ? v : `${f.path} is not a YAML mapping`;
        }
        catch (e) {
            return `${f.path} is not valid YAML (${e.message.split('\n')[0] ?? 'parse error'})`;
        }
    }
    const read = await readJsonRecords(ctx, f.path, false);
    const rec = read.records[0];
    return rec ? rec.value : (read.problems[0]?.message ?? `${f.path} is not a JSON object`);
}
function guidellm_unreadable(f, why) {
    return fragmentFinding('missing_required_artifact', 'critical', `${why}, so no guidellm result was read from it.`, {
        kind: 'unreadable_result',
        file: f.path,
        adapter: GUIDELLM_ID,
    });
}
async function collectGuidellm(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    for (const f of routedTo(ctx, GUIDELLM_ID)) {
        ctx.claim(f.path);
        result.manifest.push({ path: f.path, kind: 'guidellm_report', cell_id: null, required: true, present: true });
        const report = await readReport(ctx, f);
        if (typeof report === 'string') {
            result.findings.push(guidellm_unreadable(f, report));
            continue;
        }
        const benches = Array.isArray(report.benchmarks) ? report.benchmarks : null;
        if (benches === null || benches.length === 0) {
            result.findings.push(guidellm_unreadable(f, `${f.path} has no guidellm benchmarks list`));
            continue;
        }
        const skipped = [];
        const version = (0,parse/* toInt */.RI)(obj(report.metadata).version);
        const guidellmVersion = (0,parse/* toStr */.N7)(obj(report.metadata).guidellm_version);
        const stem = f.path.replace(/\.(json|ya?ml)$/i, '');
        const ids = new Set();
        benches.forEach((b, i) => {
            const p = mapGuidellmBenchmark(report, b);
            if (p === null) {
                skipped.push(i);
                return;
            }
            // A sweep's points share model and lengths: each keeps its own id, named by its load point.
            let id = `${stem}/${pointLabel(p)}`;
            if (ids.has(id))
                id = `${id}_${i}`;
            ids.add(id);
            result.fragments.push(buildFragment({
                format: 'unknown',
                variant: GUIDELLM_ID,
                file: f.path,
                dir: f.dir,
                explicitId: id,
                identity: p.identity,
                topology: {
                    ...(p.strategy !== null ? { guidellm_strategy: p.strategy } : {}),
                    ...(p.backend !== null ? { backend: p.backend } : {}),
                },
                counts: p.counts,
                metrics: p.metrics,
                requestRate: p.rate,
                artifacts: { result: f.path },
                extras: {
                    result_benchmark_index: i,
                    ...(p.target !== null ? { backend_target: p.target } : {}),
                    ...(version !== null ? { guidellm_report_version: version } : {}),
                    ...(guidellmVersion !== null ? { guidellm_version: guidellmVersion } : {}),
                },
            }));
        });
        if (skipped.length > 0) {
            const read = benches.length - skipped.length;
            const msg = `${f.path}: benchmark(s) ${skipped.join(', ')} have no metrics object`;
            result.findings.push(read > 0
                ? fragmentFinding('metrics_unavailable', 'warning', `${msg}; the other ${read} of ${baseOf(f.path)} are used.`, {
                    kind: 'unreadable_result',
                    file: f.path,
                    adapter: GUIDELLM_ID,
                })
                : guidellm_unreadable(f, msg));
        }
    }
    return result;
}
const guidellmAdapter = {
    id: GUIDELLM_ID,
    sniff: (file, env) => sniffGuidellm(file, env.head),
    collect: collectGuidellm,
};

;// CONCATENATED MODULE: ./src/sources/inference-perf.ts
/**
 * kubernetes-sigs/inference-perf lifecycle reports, read from the writer code
 * (inference_perf/reportgen/base.py `summarize_requests` / `ReportGenerator.generate_reports`,
 * tags v0.1.0 … v0.6.1 and main 7de5ef2, 2026-08):
 *
 * - `stage_<N>_lifecycle_metrics.json`: one file per load stage, the requests of stage N. Keys
 *   `load_summary` {count, schedule_delay, send_duration, requested_rate (req/s, the stage's
 *   configured rate), achieved_rate, concurrency (concurrent stages only, v0.4+)}, `successes`
 *   {count, latency {request_latency, normalized_time_per_output_token, time_per_output_token,
 *   time_to_first_token, inter_token_latency}, throughput {input_tokens_per_sec,
 *   output_tokens_per_sec, total_tokens_per_sec, requests_per_sec}, prompt_len, output_len},
 *   `failures` {count, request_latency}, and from v0.6 `benchmark_time_seconds`.
 * - `summary_lifecycle_metrics.json`: the same summary over all stages together (no rate).
 *
 * Units: every latency is seconds (time.perf_counter differences), throughputs tok/s and req/s.
 * Distributions are {mean, min, max, p10, p50, p90} in v0.1.x and {mean, min, max, median, pNN…}
 * (configurable percentiles, `median` for 50) from v0.2.0. `time_per_output_token` is the
 * per-request (last token − first token) / (tokens − 1), i.e. TPOT; `inter_token_latency` is the
 * distribution of every gap between tokens, i.e. ITL. v0.1.x stage files carry no rate.
 *
 * One cell per stage (the stage's requested rate is its load point; a concurrent stage keys by
 * its concurrency). The summary is a cell only when no stage file lies beside it (a one-stage run
 * with per-stage reports off); otherwise it is listed, not read (its requests are the stages').
 * `per_request_lifecycle_metrics.json` and `adapter_*_lifecycle_metrics.json` (a LoRA adapter's
 * share of the requests, not a load point) are declined with the reason.
 */




const INFERENCE_PERF_ID = 'inference-perf';
const inference_perf_obj = parse/* recordOrEmpty */.ir;
const STAGE_RE = /^stage_(\d+)_lifecycle_metrics\.json$/i;
const SUMMARY_RE = /^summary_lifecycle_metrics\.json$/i;
const TOP_KEYS = ['load_summary', 'successes', 'failures'];
/** inference-perf latency distribution → our latency base (all seconds). */
const inference_perf_LATENCIES = [
    ['ttft', 'time_to_first_token'],
    ['tpot', 'time_per_output_token'],
    ['itl', 'inter_token_latency'],
    ['e2el', 'request_latency'],
];
const inference_perf_RATES = [
    ['output_tput_tps', 'output_tokens_per_sec'],
    ['total_tput_tps', 'total_tokens_per_sec'],
    ['input_tput_tps', 'input_tokens_per_sec'],
    ['request_throughput_rps', 'requests_per_sec'],
];
function sniffInferencePerf(file, head) {
    if (!/\.json$/i.test(file.name))
        return null;
    if (/^per_request_lifecycle_metrics\.json$/i.test(file.name)) {
        return { claim: false, why: 'inference-perf per-request list: the stage reports beside it are the cells' };
    }
    if (/^adapter_.*_lifecycle_metrics\.json$/i.test(file.name)) {
        return { claim: false, why: 'inference-perf LoRA adapter share of the requests, not a load point' };
    }
    const named = STAGE_RE.test(file.name) || SUMMARY_RE.test(file.name);
    if (!named && !/lifecycle/i.test(file.name)) {
        // A renamed report: all three top-level keys say it is one.
        const h = head();
        if (h.shape === 'json-object' && TOP_KEYS.every((k) => h.keys.includes(k))) {
            return { claim: true, kind: 'inference_perf_report', why: 'keys load_summary, successes, failures' };
        }
        return null;
    }
    if (!named) {
        return { claim: false, why: `${file.name} is not a stage or summary lifecycle report (session or other rollup)` };
    }
    const h = head();
    if (h.shape === 'json-object' && TOP_KEYS.some((k) => h.keys.includes(k))) {
        return {
            claim: true,
            kind: SUMMARY_RE.test(file.name) ? 'inference_perf_summary' : 'inference_perf_stage',
            why: `${file.name} with inference-perf keys (load_summary/successes/failures)`,
        };
    }
    return { claim: false, why: `${file.name} has no load_summary/successes/failures object` };
}
/** One statistic of a distribution; `p50` is `median` from v0.2.0 on. */
function inference_perf_stat(dist, s) {
    if (s === 'p50')
        return (0,parse/* toNumber */.Ro)(dist.median) ?? (0,parse/* toNumber */.Ro)(dist.p50);
    return (0,parse/* toNumber */.Ro)(dist[s]);
}
/** Pure mapper: one lifecycle report (stage or summary) → its load point, canonical units. */
function mapInferencePerfReport(report) {
    const load = inference_perf_obj(report.load_summary);
    const ok = inference_perf_obj(report.successes);
    const latency = inference_perf_obj(ok.latency);
    const tput = inference_perf_obj(ok.throughput);
    const metrics = {};
    for (const [ours, theirs] of inference_perf_LATENCIES) {
        const dist = inference_perf_obj(latency[theirs]);
        for (const s of ['mean', 'p50', 'p90', 'p95', 'p99']) {
            const v = inference_perf_stat(dist, s);
            if (v !== null)
                metrics[`${s}_${ours}`] = v;
        }
    }
    for (const [ours, theirs] of inference_perf_RATES) {
        const v = (0,parse/* toNumber */.Ro)(tput[theirs]);
        if (v !== null)
            metrics[ours] = v;
    }
    const duration = (0,parse/* toNumber */.Ro)(report.benchmark_time_seconds);
    if (duration !== null && duration > 0)
        metrics.duration_seconds = duration;
    const successful = (0,parse/* toInt */.RI)(ok.count);
    const failed = (0,parse/* toInt */.RI)(inference_perf_obj(report.failures).count);
    const total = (0,parse/* toInt */.RI)(load.count) ?? (successful !== null && failed !== null ? successful + failed : null);
    return {
        identity: { concurrency: (0,parse/* toInt */.RI)(load.concurrency) },
        rate: (0,parse/* toNumber */.Ro)(load.requested_rate),
        counts: { total, successful, basis: 'successes.count / load_summary.count (failures are not successful)' },
        metrics,
        achievedRate: (0,parse/* toNumber */.Ro)(load.achieved_rate),
    };
}
function inference_perf_unreadable(f, why) {
    return fragmentFinding('missing_required_artifact', 'critical', `${why}, so no inference-perf result was read from it.`, { kind: 'unreadable_result', file: f.path, adapter: INFERENCE_PERF_ID });
}
async function collectInferencePerf(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    const files = routedTo(ctx, INFERENCE_PERF_ID);
    const stageDirs = new Set(files.filter((f) => STAGE_RE.test(f.name)).map((f) => f.dir));
    for (const f of files) {
        ctx.claim(f.path);
        const summary = SUMMARY_RE.test(f.name);
        const kind = summary
            ? 'inference_perf_summary'
            : STAGE_RE.test(f.name)
                ? 'inference_perf_stage'
                : 'inference_perf_report';
        if (summary && stageDirs.has(f.dir)) {
            // The stages beside it are the load points; the summary pools their requests.
            result.manifest.push({ path: f.path, kind, cell_id: null, required: false, present: true });
            continue;
        }
        result.manifest.push({ path: f.path, kind, cell_id: null, required: true, present: true });
        const read = await ctx.readJson(f.path);
        if (!read.ok || !(0,parse/* isRecord */.u4)(read.value)) {
            result.findings.push(inference_perf_unreadable(f, read.ok ? `${f.path} is not a JSON object` : read.message));
            continue;
        }
        if (!(0,parse/* isRecord */.u4)(read.value.successes) && !(0,parse/* isRecord */.u4)(read.value.load_summary)) {
            result.findings.push(inference_perf_unreadable(f, `${f.path} has neither load_summary nor successes`));
            continue;
        }
        const p = mapInferencePerfReport(read.value);
        const stage = STAGE_RE.exec(f.name)?.[1];
        const stageNo = stage !== undefined ? Number(stage) : null;
        result.fragments.push(buildFragment({
            format: 'unknown',
            variant: INFERENCE_PERF_ID,
            file: f.path,
            dir: f.dir,
            explicitId: f.path.replace(/\.json$/i, ''),
            identity: p.identity,
            topology: stageNo !== null ? { inference_perf_stage: stageNo } : {},
            counts: p.counts,
            metrics: p.metrics,
            // A concurrent stage's rate is set at run time from its concurrency: the concurrency keys it.
            requestRate: p.identity.concurrency === null ? p.rate : null,
            artifacts: { result: f.path },
            extras: {
                ...(p.achievedRate !== null ? { achieved_rate: p.achievedRate } : {}),
                ...(p.identity.concurrency !== null && p.rate !== null ? { requested_rate: p.rate } : {}),
            },
        }));
    }
    return result;
}
const inferencePerfAdapter = {
    id: INFERENCE_PERF_ID,
    sniff: (file, env) => sniffInferencePerf(file, env.head),
    collect: collectInferencePerf,
};

;// CONCATENATED MODULE: ./src/sources/trtllm-bench.ts
/**
 * NVIDIA TensorRT-LLM `trtllm-bench throughput|latency … --report_json report.json`, read from the
 * writer code: tensorrt_llm/bench/dataclasses/reporting.py `ReportUtility.get_statistics_dict`
 * (NVIDIA/TensorRT-LLM 0249976575050d2c624a5f285683c66de311a3b7; `statistics.py`
 * `PercentileStats`, `general.py` `DatasetMetadata`). The JSON is that dict:
 *
 * - `engine` {model, model_path, engine_dir, version, backend ("TRT" | "Pytorch"), dtype,
 *   kv_cache_dtype, quantization, max_input_length?, max_sequence_length?}
 * - `machine` {name, memory.total (GiB), clocks.mem} or null
 * - `world_info` {tp_size, pp_size, ep_size, world_size, max_batch_size, max_num_tokens,
 *   scheduling_policy, kv_cache_percentage, issue_rate (req/s)}
 * - `request_info` {num_requests, avg_num_concurrent_requests, avg_input_length, avg_output_length}
 * - `performance` {total_latency_ms, avg_request_latency_ms, request_throughput_req_s,
 *   system_output_throughput_tok_s, system_total_throughput_tok_s,
 *   output_throughput_per_user_tok_s, output_throughput_per_gpu_tok_s,
 *   request_latency_percentiles_ms {p50, p90?, p95, p99, minimum, maximum, average}}
 * - `streaming_metrics` (streaming runs only) {token_output_speed_tok_s, avg_ttft_ms, avg_tpot_ms,
 *   tpot_percentiles, ttft_percentiles (ms), gen_tps_percentiles (tok/s)}
 * - `decoding_stats` (speculative decoding), `dataset` {isl_stats, osl_stats, num_requests,
 *   avg_isl, avg_osl, max_isl, max_osl, …}
 *
 * Units: every `_ms` value and the percentile blocks of latencies are milliseconds (ns × 1e-6);
 * throughputs tok/s, req/s. trtllm-bench's per-request "TPOT" is (end − first token) / (output
 * tokens − 1): our TPOT. Latency percentiles are nearest-rank (`sorted[int(n·q)]`).
 *
 * One cell per report. trtllm-bench does not write its `--concurrency` into the report: the
 * concurrency comes from the path when it names one (`conc64`), the measured
 * `avg_num_concurrent_requests` is kept as an extra. A report with `world_info.max_batch_size` 1
 * is concurrency 1: the engine holds one request at a time (`trtllm-bench latency` sets
 * `max_batch_size = 1` itself, tensorrt_llm/bench/benchmark/low_latency.py at 000a01de). The report counts requests, not failures:
 * successful is unknown (null), never guessed.
 */





const TRTLLM_BENCH_ID = 'trtllm-bench';
const trtllm_bench_obj = parse/* recordOrEmpty */.ir;
const SECTION_KEYS = ['engine', 'world_info', 'request_info'];
function sniffTrtllmBench(file, head) {
    if (!/\.json$/i.test(file.name))
        return null;
    const h = head();
    if (h.shape !== 'json-object' || !h.keys.includes('performance'))
        return null;
    const sections = SECTION_KEYS.filter((k) => h.keys.includes(k));
    if (sections.length >= 2) {
        return { claim: true, kind: 'trtllm_bench_report', why: `keys performance, ${sections.join(', ')}` };
    }
    if (/request_throughput_req_s|system_output_throughput_tok_s/.test(h.text)) {
        return { claim: false, why: 'trtllm-bench performance keys without its engine/world_info/request_info sections' };
    }
    return null;
}
/** Percentile block (ms) → our stats in seconds; `average` is the mean. */
function percentiles(out, base, block) {
    const b = trtllm_bench_obj(block);
    const pairs = [
        ['mean', 'average'],
        ['p50', 'p50'],
        ['p90', 'p90'],
        ['p95', 'p95'],
        ['p99', 'p99'],
    ];
    for (const [ours, theirs] of pairs) {
        const v = (0,parse/* toNumber */.Ro)(b[theirs]);
        if (v !== null)
            out[`${ours}_${base}`] = v * MS;
    }
}
/** Pure mapper: a `--report_json` dict → identity, topology, counts, metrics (s, tok/s, req/s). */
function mapTrtllmBenchReport(r) {
    const engine = trtllm_bench_obj(r.engine);
    const world = trtllm_bench_obj(r.world_info);
    const req = trtllm_bench_obj(r.request_info);
    const perf = trtllm_bench_obj(r.performance);
    const stream = trtllm_bench_obj(r.streaming_metrics);
    const dataset = trtllm_bench_obj(r.dataset);
    const m = {};
    percentiles(m, 'e2el', perf.request_latency_percentiles_ms);
    m.mean_e2el ??= scaled(perf.avg_request_latency_ms);
    percentiles(m, 'ttft', stream.ttft_percentiles);
    m.mean_ttft ??= scaled(stream.avg_ttft_ms);
    percentiles(m, 'tpot', stream.tpot_percentiles ?? stream.itl_percentiles);
    m.mean_tpot ??= scaled(stream.avg_tpot_ms);
    const rates = [
        ['request_throughput_rps', perf.request_throughput_req_s],
        ['output_tput_tps', perf.system_output_throughput_tok_s],
        ['total_tput_tps', perf.system_total_throughput_tok_s],
        ['output_tput_per_gpu', perf.output_throughput_per_gpu_tok_s],
    ];
    for (const [ours, v] of rates) {
        const n = (0,parse/* toNumber */.Ro)(v);
        if (n !== null)
            m[ours] = n;
    }
    const total = scaled(perf.total_latency_ms);
    if (total !== null && total > 0)
        m.duration_seconds = total;
    for (const k of Object.keys(m))
        if (m[k] === null)
            delete m[k];
    const topology = {};
    const put = (k, v) => {
        const s = typeof v === 'number' ? v : (0,parse/* toStr */.N7)(v);
        if (s !== null && s !== undefined)
            topology[k] = s;
    };
    put('tp', (0,parse/* toInt */.RI)(world.tp_size));
    put('pp', (0,parse/* toInt */.RI)(world.pp_size));
    put('ep', (0,parse/* toInt */.RI)(world.ep_size));
    put('gpus', (0,parse/* toInt */.RI)(world.world_size));
    put('max_batch_size', (0,parse/* toInt */.RI)(world.max_batch_size));
    put('max_num_tokens', (0,parse/* toInt */.RI)(world.max_num_tokens));
    put('backend', engine.backend);
    put('dtype', engine.dtype);
    put('quantization', engine.quantization);
    put('kv_cache_dtype', engine.kv_cache_dtype);
    const extras = {};
    const keep = (k, v) => {
        if (v !== null && v !== undefined)
            extras[k] = v;
    };
    keep('avg_num_concurrent_requests', (0,parse/* toNumber */.Ro)(req.avg_num_concurrent_requests));
    keep('trtllm_version', (0,parse/* toStr */.N7)(engine.version));
    keep('issue_rate_req_s', (0,parse/* toNumber */.Ro)(world.issue_rate));
    keep('gpu_name', (0,parse/* toStr */.N7)(trtllm_bench_obj(r.machine).name));
    keep('streaming', (0,parse/* isRecord */.u4)(r.streaming_metrics));
    return {
        identity: {
            model: (0,parse/* toStr */.N7)(engine.model) ?? (0,parse/* toStr */.N7)(engine.model_path),
            isl: (0,parse/* toInt */.RI)(dataset.avg_isl),
            osl: (0,parse/* toInt */.RI)(dataset.avg_osl),
            // One request at a time at the engine: the load point is concurrency 1 (else the path's).
            ...((0,parse/* toInt */.RI)(world.max_batch_size) === 1 ? { concurrency: 1 } : {}),
        },
        topology,
        counts: {
            total: (0,parse/* toInt */.RI)(req.num_requests),
            successful: null,
            basis: 'request_info.num_requests; trtllm-bench reports no failure count',
        },
        metrics: m,
        extras,
    };
}
function scaled(v) {
    const n = (0,parse/* toNumber */.Ro)(v);
    return n === null ? null : n * MS;
}
function trtllm_bench_unreadable(f, why) {
    return fragmentFinding('missing_required_artifact', 'critical', `${why}, so no trtllm-bench result was read from it.`, {
        kind: 'unreadable_result',
        file: f.path,
        adapter: TRTLLM_BENCH_ID,
    });
}
async function collectTrtllmBench(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    for (const f of routedTo(ctx, TRTLLM_BENCH_ID)) {
        ctx.claim(f.path);
        result.manifest.push({ path: f.path, kind: 'trtllm_bench_report', cell_id: null, required: true, present: true });
        const read = await ctx.readJson(f.path);
        if (!read.ok || !(0,parse/* isRecord */.u4)(read.value)) {
            result.findings.push(trtllm_bench_unreadable(f, read.ok ? `${f.path} is not a JSON object` : read.message));
            continue;
        }
        if (!(0,parse/* isRecord */.u4)(read.value.performance)) {
            result.findings.push(trtllm_bench_unreadable(f, `${f.path} has no trtllm-bench performance section`));
            continue;
        }
        const p = mapTrtllmBenchReport(read.value);
        result.fragments.push(buildFragment({
            format: 'unknown',
            variant: TRTLLM_BENCH_ID,
            file: f.path,
            dir: f.dir,
            identity: p.identity,
            topology: p.topology,
            counts: p.counts,
            metrics: p.metrics,
            artifacts: { result: f.path },
            extras: p.extras,
        }));
    }
    return result;
}
const trtllmBenchAdapter = {
    id: TRTLLM_BENCH_ID,
    sniff: (file, env) => sniffTrtllmBench(file, env.head),
    collect: collectTrtllmBench,
};

;// CONCATENATED MODULE: ./src/sources/lib/collect-records.ts





async function collectRecords(ctx, spec) {
    const result = (0,sources_types/* emptyResult */.$)();
    const files = routedTo(ctx, spec.id);
    // Several results in one folder: each keeps its file name as cell id (a QPS sweep stays apart).
    const perDir = new Map();
    for (const f of files)
        perDir.set(f.dir, (perDir.get(f.dir) ?? 0) + 1);
    for (const f of files) {
        const read = await readJsonRecords(ctx, f.path, spec.jsonl(f));
        ctx.claim(f.path);
        let used = 0;
        const multi = read.records.length > 1;
        // Lines of one appended file are separate runs: a line repeating an earlier line's
        // configuration is its repeat 2, 3… (a key field), never a conflicting copy of it.
        const seen = new Map();
        for (const rec of read.records) {
            const mapped = spec.map(rec, f);
            if (mapped === null) {
                read.problems.push({ line: rec.line, message: `${where(f.path, rec.line)} has none of the result keys` });
                continue;
            }
            used++;
            if (multi) {
                const k = JSON.stringify([mapped.identity, mapped.topology ?? {}, mapped.requestRate ?? null]);
                const n = (seen.get(k) ?? 0) + 1;
                seen.set(k, n);
                if (n > 1)
                    mapped.topology = { ...(mapped.topology ?? {}), repeat: n };
            }
            const stem = f.path.replace(/\.(jsonl?|json)$/i, '');
            const ownId = (perDir.get(f.dir) ?? 0) > 1 || multi;
            result.fragments.push(buildFragment({
                ...mapped,
                file: f.path,
                dir: f.dir,
                explicitId: ownId ? (multi ? `${stem}/line${rec.line}` : stem) : null,
                artifacts: { result: f.path, ...(mapped.artifacts ?? {}) },
                extras: { ...(mapped.extras ?? {}), ...(rec.line !== null ? { result_line: rec.line } : {}) },
            }));
        }
        result.manifest.push(collect_records_entry(f.path, spec.kind, used > 0 || read.problems.length > 0));
        for (const p of read.problems)
            result.findings.push(problemFinding(f, p, used > 0, spec.id));
    }
    return result;
}
function where(path, line) {
    return line === null ? path : `${path} line ${line}`;
}
function collect_records_entry(path, kind, required) {
    return { path, kind, cell_id: null, required, present: true };
}
/** An unreadable file is a missing required artifact; a bad line beside good ones only a warning. */
function problemFinding(f, p, partlyRead, adapter) {
    const evidence = { kind: 'unreadable_result', file: f.path, line: p.line, adapter };
    if (partlyRead) {
        return fragmentFinding('metrics_unavailable', 'warning', `${p.message}; the other results of ${baseOf(f.path)} are used.`, evidence);
    }
    return fragmentFinding('missing_required_artifact', 'critical', `${p.message}, so no result was read from it.`, evidence);
}

;// CONCATENATED MODULE: ./src/sources/vllm-bench-serve.ts
/**
 * vLLM `benchmarks/benchmark_serving.py --save-result` / `vllm bench serve --save-result` JSON,
 * under any file name (also `--append-result` JSONL, one result per line). The most common file
 * of the field; InferenceX's raw `<RF>.json` is the same format (read by the InferenceX adapters
 * when its name ties it to an InferenceX cell).
 *
 * Recognised by content: a JSON object whose first keys include `completed` plus `num_prompts`
 * or `duration`, and a latency or throughput key. Identity from the file's own keys (`model_id`,
 * `backend`, `max_concurrency`, `request_rate`, metadata lengths), then from any path segment
 * (`isl_1024_osl_1024`, `conc64`, `tp8`, `gpus_16`, `8k1k`, `qps_16`). A QPS sweep
 * (`max_concurrency` null) keeps its points apart by request rate.
 *
 * vLLM's nightly/performance suites name each result `serving_<test>_qps_<rate>.json`
 * (`.buildkite/nightly-benchmarks/scripts/run-nightly-benchmarks.sh`, `run-vllm-nightly.sh`,
 * `run-performance-benchmarks.sh`: `--result-filename ${test_name}_qps_${qps}.json`). A file of
 * that name with the latency and throughput keys but no `completed`/`duration` is read too
 * (NIGHTLY_NAME): its request rate from the name (`qps_16`, `qps_inf`), the successful count
 * unknown unless the file states it.
 */






const VLLM_ID = 'vllm-bench-serve';
/** vLLM's stat prefixes → ours. */
const vllm_bench_serve_STATS = [
    ['mean', 'mean'],
    ['median', 'p50'],
    ['p50', 'p50'],
    ['p90', 'p90'],
    ['p95', 'p95'],
    ['p99', 'p99'],
];
const BASES = ['ttft', 'tpot', 'itl', 'e2el'];
function latencyRows() {
    const rows = {};
    for (const base of BASES) {
        for (const [theirs, ours] of vllm_bench_serve_STATS) {
            // `<stat>_<base>_ms` (milliseconds); experimental scripts write `<stat>_<base>` in seconds.
            (rows[`${ours}_${base}`] ??= []).push(ms(`${theirs}_${base}_ms`), `${theirs}_${base}`);
        }
    }
    return rows;
}
/** The vLLM result keys we read, our name on the left. */
const VLLM_KEYS = {
    ...latencyRows(),
    total_tput_tps: ['total_token_throughput'],
    output_tput_tps: ['output_throughput'],
    input_tput_tps: ['input_throughput'],
    request_throughput_rps: ['request_throughput'],
    duration_seconds: ['duration'],
    total_input_tokens: ['total_input_tokens'],
    total_output_tokens: ['total_output_tokens'],
};
const LATENCY_HINTS = ['mean_ttft_ms', 'median_ttft_ms', 'p99_ttft_ms', 'mean_ttft', 'median_ttft', 'p99_ttft'];
/** Shared by vLLM and SGLang sniffs: a bench-serve style result object. */
function looksLikeServeResult(head) {
    return (head.keys.includes('completed') &&
        (0,lib_head/* hasAnyKey */.yr)(head, 'num_prompts', 'duration') &&
        ((0,lib_head/* hasAnyKey */.yr)(head, ...LATENCY_HINTS) || (0,lib_head/* hasAnyKey */.yr)(head, 'request_throughput', 'output_throughput')));
}
/** vLLM's nightly/performance-suite result names: `serving_<test>_qps_<rate>.json`. */
const NIGHTLY_NAME = /^serving_.+_qps_(?:\d+(?:\.\d+)?|inf)\.json$/i;
/** A nightly-suite result without `completed`/`duration`: latency plus throughput keys. */
function looksLikeNightlyResult(file, head) {
    return (NIGHTLY_NAME.test(file.name) &&
        (0,lib_head/* hasAnyKey */.yr)(head, ...LATENCY_HINTS) &&
        (0,lib_head/* hasAnyKey */.yr)(head, 'request_throughput', 'output_throughput', 'total_token_throughput'));
}
function sniffVllm(file, head) {
    if (!/\.jsonl?$/i.test(file.name))
        return null;
    const h = head();
    if (h.shape !== 'json-object' && h.shape !== 'jsonl')
        return null;
    if (looksLikeServeResult(h)) {
        if (isSweepWarmup(file.path)) {
            return { claim: false, why: 'a vllm bench sweep warmup run (run_number -1), not a measurement' };
        }
        return { claim: true, kind: 'bench_serve_result', why: 'keys completed, num_prompts/duration, latency' };
    }
    if (h.shape === 'json-object' && looksLikeNightlyResult(file, h)) {
        return {
            claim: true,
            kind: 'bench_serve_result',
            why: 'vLLM nightly-suite result (serving_*_qps_*.json): latency and throughput keys, no completed/duration',
        };
    }
    if (h.keys.includes('completed') && (0,lib_head/* hasAnyKey */.yr)(h, ...LATENCY_HINTS, 'num_prompts', 'duration')) {
        return { claim: false, why: 'has some bench-serve keys but not completed + num_prompts/duration + a latency key' };
    }
    if (NIGHTLY_NAME.test(file.name) && (0,lib_head/* hasAnyKey */.yr)(h, ...LATENCY_HINTS)) {
        return { claim: false, why: 'named like a vLLM nightly-suite result but has no request/output throughput key' };
    }
    return null;
}
/**
 * `vllm bench sweep serve --warmup-num-prompts N` writes a warmup run next to the measured ones,
 * `<SERVE--…-BENCH--…>/warmup.json` with `run_number` -1 (vllm/benchmarks/sweep/serve.py
 * `run_comb`): a result file, but not a measurement of the cell.
 */
function isSweepWarmup(path) {
    const segs = path.split('/');
    return (segs.length >= 2 &&
        /^warmup\.json$/i.test(segs[segs.length - 1]) &&
        isSweepSegment(segs[segs.length - 2]));
}
/** Absolute throughputs the file leaves out, from the ones it has (input + output = total). */
function completeThroughputs(m) {
    const num = (k) => (typeof m[k] === 'number' ? m[k] : null);
    const [total, out, inp, dur] = [
        num('total_tput_tps'),
        num('output_tput_tps'),
        num('input_tput_tps'),
        num('duration_seconds'),
    ];
    const tokIn = num('total_input_tokens');
    if (inp === null && tokIn !== null && dur !== null && dur > 0)
        m.input_tput_tps = tokIn / dur;
    const inNow = num('input_tput_tps');
    if (total === null && out !== null && inNow !== null)
        m.total_tput_tps = inNow + out;
    else if (total !== null && out !== null && inNow === null)
        m.input_tput_tps = total - out;
}
/**
 * Pure mapper: one vLLM result object → fragment input. `nightly`: the file is named like a
 * nightly-suite result (NIGHTLY_NAME), so a result without `completed` is read, its successful
 * count unknown.
 */
/**
 * vLLM's benchmark client backends that call the OpenAI-compatible API of whatever server runs
 * (vllm/benchmarks/lib/endpoint_request_func.py: `vllm` and `openai` are the same completions
 * request): the client does not name the server, and vLLM's own is its default. Backends that
 * name a server (`tgi`, `sglang`, `tensorrt-llm`, `lmdeploy`, …) keep their name. The client's
 * backend itself is `topology.client_backend`, never the framework (issue 23 item 4: the same
 * server measured with `--backend openai` and `--backend vllm` must match).
 */
const OPENAI_COMPATIBLE = new Set([
    'openai',
    'openai-chat',
    'openai-audio',
    'openai-embeddings',
    'vllm',
    'vllm-chat',
    'vllm-pooling',
]);
function frameworkOfBackend(backend) {
    if (backend === null)
        return null;
    return OPENAI_COMPATIBLE.has(backend) ? 'vllm' : backend;
}
function mapVllm(v, nightly = false) {
    const completed = (0,parse/* toInt */.RI)(v.completed);
    if (completed === null && !nightly)
        return null;
    const metrics = mapKeys(v, VLLM_KEYS);
    if (completed === null && Object.keys(metrics).length === 0)
        return null;
    completeThroughputs(metrics);
    const failed = (0,parse/* toInt */.RI)(v.failed);
    const total = (0,parse/* toInt */.RI)(v.num_prompts) ?? (failed !== null && completed !== null ? completed + failed : null);
    const backend = (0,parse/* toStr */.N7)(v.backend)?.toLowerCase() ?? null;
    return {
        format: 'unknown',
        variant: VLLM_ID,
        identity: {
            model: (0,parse/* toStr */.N7)(v.model_id) ?? (0,parse/* toStr */.N7)(v.model),
            framework: frameworkOfBackend(backend),
            hardware: (0,parse/* toStr */.N7)(v.hw)?.toLowerCase() ?? (0,parse/* toStr */.N7)(v.hardware)?.toLowerCase() ?? null,
            concurrency: (0,parse/* toInt */.RI)(v.max_concurrency),
            isl: (0,parse/* toInt */.RI)(v.random_input_len) ?? (0,parse/* toInt */.RI)(v.input_len) ?? (0,parse/* toInt */.RI)(v.isl),
            osl: (0,parse/* toInt */.RI)(v.random_output_len) ?? (0,parse/* toInt */.RI)(v.output_len) ?? (0,parse/* toInt */.RI)(v.osl),
        },
        topology: {
            ...(backend !== null ? { client_backend: backend } : {}),
            ...tpOf(v),
            ...(specDecodingOf(v) !== null ? { spec_decoding: specDecodingOf(v) } : {}),
        },
        counts: {
            total,
            successful: completed,
            basis: completed === null
                ? 'nightly-suite result without completed: successful unknown'
                : total === null
                    ? 'completed (total unknown)'
                    : 'completed / num_prompts',
        },
        metrics,
        requestRate: (0,parse/* toNumber */.Ro)(v.request_rate) ?? (0,parse/* toStr */.N7)(v.request_rate),
        environment: environmentFromRecord(v),
    };
}
/**
 * Speculative decoding as the file shows it: vLLM's client adds `spec_decode_acceptance_rate`,
 * `spec_decode_acceptance_length`, `spec_decode_num_drafts`, `spec_decode_draft_tokens`, … to the
 * result only when the server's `/metrics` reported drafts during the run (vllm/benchmarks/serve.py
 * `SpecDecodeStats.to_result_dict`, vLLM 0.11 on). The method (EAGLE, MTP, n-gram) is not in the
 * file, so the value is `on`; no keys says nothing (older clients never wrote them): null.
 */
function specDecodingOf(v) {
    const drafts = (0,parse/* toNumber */.Ro)(v.spec_decode_num_drafts);
    const length = (0,parse/* toNumber */.Ro)(v.spec_decode_acceptance_length);
    return (drafts !== null && drafts > 0) || (length !== null && length > 0) ? 'on' : null;
}
function tpOf(v) {
    const tp = (0,parse/* toInt */.RI)(v.tensor_parallel_size) ?? (0,parse/* toInt */.RI)(v.tp);
    return tp !== null ? { tp } : {};
}
const vllmBenchServeAdapter = {
    id: VLLM_ID,
    sniff: (file, env) => sniffVllm(file, env.head),
    collect: (ctx) => collectRecords(ctx, {
        id: VLLM_ID,
        kind: 'bench_serve_result',
        jsonl: (f) => /\.jsonl$/i.test(f.name) || ctx.head?.(f.path).shape === 'jsonl',
        map: (rec, f) => mapVllm(rec.value, NIGHTLY_NAME.test(f.name)),
    }),
};

;// CONCATENATED MODULE: ./src/sources/sglang-bench-serving.ts
/**
 * SGLang `python -m sglang.bench_serving` results: JSONL, one result object appended per run
 * (`<backend>_<MMDD>_<num_prompts>_<isl>_<osl>.jsonl` or `--output-file`), `*_ms` keys, `e2e_latency`
 * instead of vLLM's `e2el`, the non-standard literals `Infinity` (request rate) and `NaN`; older
 * lines have no `num_prompts` (total then unknown, never guessed). Model and TP come from
 * `server_info` when the line carries it.
 *
 * `server_info` is the server's `GET /get_server_info` (python/sglang/srt/entrypoints/http_server.py:
 * `dataclasses.asdict(server_args)` plus the scheduler's info and `internal_states`), written into
 * each line since 2025. The settings it carries that change what is measured become identity
 * (issue 23 item 4): `tp_size`, `pp_size`, `ep_size` and `enable_dp_attention` (parallelism; a
 * degree of 1 and `false` are SGLang's defaults and key like an older line without them),
 * `speculative_algorithm` (`EAGLE`, `EAGLE3`, `NEXTN`, … → `spec_decoding`, lower-cased) and
 * `quantization` (`fp8`, `modelopt_fp4`, … → the cell's precision). A line without
 * `speculative_algorithm` but with the client's `accept_length` (bench_serving reads it from
 * `internal_states[0].avg_spec_accept_length`, present only under speculative decoding) is
 * `spec_decoding: on`. Settings SGLang derives from the GPU's memory when unset
 * (`chunked_prefill_size`, `max_running_requests`) are not identity: the same flags on another
 * node would key differently.
 */






const SGLANG_ID = 'sglang-bench-serving';
/** The SGLang result keys we read, our name on the left (all latencies in ms). */
const SGLANG_KEYS = {
    mean_ttft: [ms('mean_ttft_ms')],
    p50_ttft: [ms('median_ttft_ms')],
    p90_ttft: [ms('p90_ttft_ms')],
    p95_ttft: [ms('p95_ttft_ms')],
    p99_ttft: [ms('p99_ttft_ms')],
    mean_tpot: [ms('mean_tpot_ms')],
    p50_tpot: [ms('median_tpot_ms')],
    p90_tpot: [ms('p90_tpot_ms')],
    p95_tpot: [ms('p95_tpot_ms')],
    p99_tpot: [ms('p99_tpot_ms')],
    mean_itl: [ms('mean_itl_ms')],
    p50_itl: [ms('median_itl_ms')],
    p90_itl: [ms('p90_itl_ms')],
    p95_itl: [ms('p95_itl_ms')],
    p99_itl: [ms('p99_itl_ms')],
    mean_e2el: [ms('mean_e2e_latency_ms')],
    p50_e2el: [ms('median_e2e_latency_ms')],
    p90_e2el: [ms('p90_e2e_latency_ms')],
    p95_e2el: [ms('p95_e2e_latency_ms')],
    p99_e2el: [ms('p99_e2e_latency_ms')],
    total_tput_tps: ['total_throughput', 'total_token_throughput'],
    output_tput_tps: ['output_throughput'],
    input_tput_tps: ['input_throughput'],
    request_throughput_rps: ['request_throughput'],
    duration_seconds: ['duration'],
    total_input_tokens: ['total_input_tokens'],
    total_output_tokens: ['total_output_tokens'],
};
const SGLANG_HINTS = ['total_output_tokens_retokenized', 'mean_e2e_latency_ms', 'median_e2e_latency_ms'];
function sniffSglang(file, head) {
    if (!/\.jsonl?$/i.test(file.name))
        return null;
    const h = head();
    if (h.shape !== 'json-object' && h.shape !== 'jsonl')
        return null;
    if (!(0,lib_head/* hasAnyKey */.yr)(h, ...SGLANG_HINTS))
        return null;
    if (h.keys.includes('completed') && h.keys.includes('duration')) {
        return {
            claim: true,
            kind: 'bench_serving_result',
            why: 'keys completed, duration, *_e2e_latency_ms / retokenized',
        };
    }
    if (looksLikeServeResult(h))
        return { claim: true, kind: 'bench_serving_result', why: 'SGLang result keys' };
    return { claim: false, why: 'SGLang-style keys but no completed + duration' };
}
/** Pure mapper: one SGLang result line → fragment input. */
function mapSglang(v) {
    const completed = (0,parse/* toInt */.RI)(v.completed);
    if (completed === null)
        return null;
    const metrics = mapKeys(v, SGLANG_KEYS);
    completeThroughputs(metrics);
    const info = (0,parse/* isRecord */.u4)(v.server_info) ? v.server_info : {};
    const random = ((0,parse/* toStr */.N7)(v.dataset_name) ?? '').startsWith('random');
    const tp = (0,parse/* toInt */.RI)(info.tp_size);
    const quantization = (0,parse/* toStr */.N7)(info.quantization)?.toLowerCase() ?? null;
    const total = (0,parse/* toInt */.RI)(v.num_prompts);
    const backend = (0,parse/* toStr */.N7)(v.backend)?.toLowerCase() ?? null;
    return {
        format: 'unknown',
        variant: SGLANG_ID,
        identity: {
            model: (0,parse/* toStr */.N7)(v.model_id) ?? (0,parse/* toStr */.N7)(info.model_path) ?? (0,parse/* toStr */.N7)(v.model),
            framework: backend?.startsWith('sglang') ? 'sglang' : backend,
            concurrency: (0,parse/* toInt */.RI)(v.max_concurrency),
            isl: random ? (0,parse/* toInt */.RI)(v.random_input_len) : null,
            osl: random ? (0,parse/* toInt */.RI)(v.random_output_len) : null,
            ...(quantization !== null ? { precision: quantization } : {}),
        },
        topology: {
            ...(backend !== null ? { backend } : {}),
            ...(tp !== null ? { tp } : {}),
            ...serverSettings(info, v),
            ...((0,parse/* toStr */.N7)(v.dataset_name) !== null ? { dataset: (0,parse/* toStr */.N7)(v.dataset_name) } : {}),
        },
        counts: {
            total,
            successful: completed,
            basis: total === null ? 'completed (no num_prompts: total unknown)' : 'completed / num_prompts',
        },
        metrics,
        requestRate: (0,parse/* toNumber */.Ro)(v.request_rate) ?? (0,parse/* toStr */.N7)(v.request_rate),
        environment: environmentFromRecord(v),
    };
}
/** Parallelism beyond TP and speculative decoding from `server_info` (defaults left out). */
function serverSettings(info, v) {
    const out = {};
    const pp = (0,parse/* toInt */.RI)(info.pp_size);
    const ep = (0,parse/* toInt */.RI)(info.ep_size);
    if (pp !== null && pp > 1)
        out.pp = pp;
    if (ep !== null && ep > 1)
        out.ep = ep;
    if (info.enable_dp_attention === true)
        out.dp_attention = true;
    const algorithm = (0,parse/* toStr */.N7)(info.speculative_algorithm);
    const accept = (0,parse/* toNumber */.Ro)(v.accept_length);
    if (algorithm !== null && !/^none$/i.test(algorithm))
        out.spec_decoding = algorithm.toLowerCase();
    else if (accept !== null && accept > 0)
        out.spec_decoding = 'on';
    return out;
}
const sglangBenchServingAdapter = {
    id: SGLANG_ID,
    sniff: (file, env) => sniffSglang(file, env.head),
    collect: (ctx) => collectRecords(ctx, {
        id: SGLANG_ID,
        kind: 'bench_serving_result',
        jsonl: (f) => /\.jsonl$/i.test(f.name) || ctx.head?.(f.path).shape === 'jsonl',
        map: (rec) => mapSglang(rec.value),
    }),
};

;// CONCATENATED MODULE: ./src/sources/mlperf-system.ts
/**
 * Hardware and accelerator count of an MLPerf Inference submission system, for the loadgen cells
 * (src/sources/mlperf-loadgen.ts). Pure.
 *
 * Two sources, the first that says wins per field:
 * 1. The system description `<division>/<submitter>/systems/<system>.json`, next to the
 *    `<division>/<submitter>/results/<system>/…` tree (mlcommons/inference
 *    `tools/submission/submission_checker.py`: `SYSTEM_DESC_REQUIRED_FIELDS` holds
 *    `number_of_nodes`, `accelerators_per_node`, `accelerator_model_name`). Accelerators =
 *    `accelerators_per_node` × `number_of_nodes` (both positive whole numbers, else unknown; a CPU
 *    system writes `0` / `"N/A"`). E.g. v4.1 `DGX-H100_H100-SXM-80GBx16_TRT.json`: 8 per node ×
 *    2 nodes.
 * 2. The system folder name, which the rules leave free-form; read only where it states a count
 *    next to a known accelerator, in the two spellings the published results use (all 120
 *    `systems/*.json` of mlcommons/inference_results_v4.1 checked against their names):
 *    `<N>x<ACCEL>` (`8xMI300X_2xEPYC-9374F`, `Lenovo_8xH200_TRT`, `ESC4000A_E12_4XH100_TRT`) and
 *    `<ACCEL…>x<N>` at the end of a `_`/`-` token (`DGX-H100_H100-SXM-80GBx8_TRT`,
 *    `XE9680_MI300X_192GBx8`, `GH200-GraceHopper-Superchip_GH200-144GB_aarch64x1_TRT`,
 *    `X210c_L40SX2_TRT`, `tpu_v5e_x4_flax`, `MI325X_x8`). The count in a name is the system's
 *    total (`…x16` for 2 nodes × 8). Several readings that disagree, an accelerator without a
 *    count (`Orin_TRT`), or a count without a known accelerator (`2xEPYC`, `g4dn.4xlarge`):
 *    that field stays null. Never a guess.
 *
 * The accelerator name is reduced to its family by ACCELERATORS (decisions as data), then
 * `normalizeHardware` (`H100-SXM-80GB` → `h100`, `AMD Instinct MI300X-NPS1-SPX-192GB-750W` →
 * `mi300x`); an accelerator not in the table is unknown (null), its count is still a count.
 */

/** Accelerator families as MLPerf system names and `accelerator_model_name` spell them → our hardware name. */
const ACCELERATORS = [
    // NVIDIA datacenter (longer names first: GH200 before H200, A100 before A10, L40S before L40 before L4)
    { re: 'G[BH]\\d{3}', name: (m) => m },
    { re: '[BH]\\d{3}', name: (m) => m },
    { re: 'H20(?!\\d)', name: (m) => m },
    { re: 'A\\d{2,3}', name: (m) => m },
    { re: 'L40S|L40|L4(?!\\d)', name: (m) => m },
    { re: 'T4(?!\\d)', name: (m) => m },
    { re: 'V100', name: (m) => m },
    { re: 'RTX[ _-]?(?:PRO[ _-]?)?A?\\d{4}', name: (m) => m.replace(/[ _-]/g, '') },
    { re: 'Jetson[ _-]?(?:AGX[ _-]?)?(?:Orin|Thor)', name: (m) => `jetson-${/THOR$/i.test(m) ? 'thor' : 'orin'}` },
    // AMD Instinct, Intel Gaudi, Google TPU
    { re: 'MI\\d{3}[A-Z]?', name: (m) => m },
    { re: 'Gaudi ?\\d', name: (m) => m.replace(' ', '') },
    { re: 'TPU[ _-]?v\\d+[a-z]*', name: (m) => `tpu-${m.replace(/^TPU[ _-]?/i, '')}` },
];
const FAMILY = ACCELERATORS.map((a) => `(?:${a.re})`).join('|');
/** A family at a word start, not followed by a digit (`A100` is not `A10`). */
const FAMILY_AT = new RegExp(`(?<![A-Za-z0-9])(${FAMILY})(?!\\d)`, 'i');
/** `<N>x<ACCEL>`: the count before the accelerator, at a token start. */
const PREFIX_COUNT = new RegExp(`(?:^|[_-])(\\d+)x(${FAMILY})(?!\\d)`, 'gi');
/** `<ACCEL…>x<N>`: the accelerator starts a token, the count ends a later or the same token. */
const SUFFIX_COUNT = new RegExp(`(?<![A-Za-z0-9])(${FAMILY})(?!\\d)[A-Za-z0-9._-]*?x(\\d+)(?=$|[_-])`, 'gi');
/** Our hardware name of an accelerator family as written, or null when not a known family. */
function familyName(written) {
    for (const a of ACCELERATORS) {
        const m = new RegExp(`^(?:${a.re})$`, 'i').exec(written);
        if (m)
            return (0,parse/* normalizeHardware */.eG)(a.name(m[0].toUpperCase()));
    }
    return null;
}
/** The accelerator family an `accelerator_model_name` names (`NVIDIA H100-SXM-80GB` → `h100`), or null. */
function acceleratorFamily(modelName) {
    const s = (0,parse/* toStr */.N7)(modelName);
    const m = s === null ? null : FAMILY_AT.exec(s);
    return m?.[1] === undefined ? null : familyName(m[1]);
}
/** What a system folder name states (see the file comment); each field null unless unambiguous. */
function parseSystemName(name) {
    const found = [];
    for (const m of name.matchAll(PREFIX_COUNT))
        found.push({ hardware: familyName(m[2] ?? ''), count: Number(m[1]) });
    for (const m of name.matchAll(SUFFIX_COUNT))
        found.push({ hardware: familyName(m[1] ?? ''), count: Number(m[2]) });
    const counted = found.filter((f) => f.hardware !== null && f.count > 0);
    const hardware = new Set(counted.map((f) => f.hardware));
    const counts = new Set(counted.map((f) => f.count));
    if (hardware.size !== 1 || counts.size !== 1)
        return { hardware: null, gpus: null };
    return { hardware: [...hardware][0] ?? null, gpus: [...counts][0] ?? null };
}
const positive = (v) => {
    const n = (0,parse/* toInt */.RI)(v);
    return n !== null && n > 0 ? n : null;
};
/** What a `systems/<system>.json` states: the accelerator family and accelerators × nodes. */
function systemDescHardware(desc) {
    if (!(0,parse/* isRecord */.u4)(desc))
        return { hardware: null, gpus: null };
    const perNode = positive(desc.accelerators_per_node);
    const nodes = positive(desc.number_of_nodes);
    return {
        hardware: perNode === null ? null : acceleratorFamily(desc.accelerator_model_name),
        gpus: perNode !== null && nodes !== null ? perNode * nodes : null,
    };
}
/**
 * The system description beside a results tree: `<prefix>/results/<system>/…` →
 * `<prefix>/systems/<system>.json` (null when the path has no `results/<system>` pair).
 */
function systemDescPath(segments, systemIndex) {
    if (systemIndex < 1 || segments[systemIndex - 1] !== 'results')
        return null;
    return [...segments.slice(0, systemIndex - 1), 'systems', `${segments[systemIndex] ?? ''}.json`].join('/');
}

;// CONCATENATED MODULE: ./src/sources/mlperf-loadgen.ts
/**
 * MLPerf Inference loadgen logs: `mlperf_log_summary.txt` (or a console log holding its text) and
 * `mlperf_log_detail.txt` (`:::MLLOG {json}` lines). One cell per performance run.
 *
 * Writer read: mlcommons/inference `loadgen/results.cc` `PerformanceSummary::LogSummary` and
 * `LogDetail`, `loadgen/test_settings_internal.cc` `LogSummary` (loadgen 6.0.17, master at
 * b66003e1, 2026-08; the same lines since v4.0 except `Time to Output Token` → `Time per Output
 * Token` in the min/max/mean TPOT labels). Printed values:
 * - `Scenario : Server|Offline|SingleStream|MultiStream` (older loadgen: `Single Stream`),
 *   `Mode : PerformanceOnly|AccuracyOnly`, `Result is : VALID|INVALID` with the constraint lines
 *   (`Min duration satisfied : NO`…) and `Recommendations:` ` * …` lines under it.
 * - Throughput: Server `Completed samples per second`, Offline `Samples per second`,
 *   SingleStream `QPS w/ loadgen overhead`; LLM runs `Completed tokens per second` / `Tokens per
 *   second` (output tokens).
 * - Latencies in NANOSECONDS (converted to seconds): `Mean latency (ns)`, `<p> percentile latency
 *   (ns)` (the query's end-to-end latency), `Mean First Token latency (ns)`, `<p> percentile first
 *   token latency (ns)` (TTFT), `Mean Time per|to Output Token (ns)`, `<p> percentile time to
 *   output token (ns)` (TPOT).
 * - `Test Parameters Used`: `target_qps`, `samples_per_query`.
 * Load point: Server → request rate = target_qps; Offline → request rate `inf` (one query with
 * every sample); SingleStream / MultiStream → concurrency 1. Model and system from the
 * submission layout `<system>/<benchmark>/<Scenario>/performance/run_<n>/` (mlcommons/inference
 * `tools/submission/submission_checker.py`: scenario folders `Offline`, `Server`, `SingleStream`,
 * `MultiStream` and, from v5.0, `Interactive`). An `Interactive` run is a loadgen Server run under
 * tighter TTFT/TPOT limits — its summary says `Scenario : Server` (loadgen has no Interactive
 * scenario, `loadgen/test_settings.h` TestScenario) — so the folder names the scenario: a
 * Server and an Interactive run of one benchmark are two cells, never one. INVALID → a finding
 * naming the file and the failed constraint lines: `partial_run` (validity class, warning: the
 * numbers are measured, the run broke a loadgen constraint) with `evidence.kind:
 * "mlperf_result_invalid"` and `evidence.failed_constraints`. Not a code of its own: the report contract's
 * finding `code` is a closed enum (../shared/seeds/000, schemas/), and a new value is not an
 * additive change for a consumer that validates it.
 *
 * Hardware and GPU count (src/sources/mlperf-system.ts): from the submission's
 * `<division>/<submitter>/systems/<system>.json` when the input has it (`accelerators_per_node` ×
 * `number_of_nodes`, the family of `accelerator_model_name`), else from the system folder name
 * where it states `<N>x<ACCEL>` / `<ACCEL…>x<N>` unambiguously; unknown stays null. The cell's
 * `mlperf_system_basis` extra names which one was used. A systems JSON a cell uses is claimed here
 * (manifest kind `mlperf_system_desc`, not required); one no run uses is left unclaimed.
 */





const MLPERF_ID = 'mlperf-loadgen';
const SUMMARY_BANNER = /^MLPerf Results Summary\s*$/m;
const SUMMARY_NAME = /^mlperf_log_summary\.txt$/i;
const DETAIL_NAME = /^mlperf_log_detail\.txt$/i;
const TEXT_NAME = /\.(txt|log|out)$/i;
/** A submission's system description: `…/systems/<system>.json` (submission_checker.py). */
const SYSTEM_DESC = /(?:^|\/)systems\/[^/]+\.json$/;
function sniffMlperf(file, head, has) {
    if (SYSTEM_DESC.test(file.path)) {
        const keys = head().keys;
        return keys.includes('accelerators_per_node') && keys.includes('accelerator_model_name')
            ? { claim: true, kind: 'mlperf_system_desc', why: 'MLPerf system description (accelerators_per_node)' }
            : null;
    }
    if (DETAIL_NAME.test(file.name)) {
        if (!/:::MLLOG/.test(head().text))
            return { claim: false, why: 'named mlperf_log_detail.txt but no :::MLLOG lines' };
        const summary = file.dir === '' ? 'mlperf_log_summary.txt' : `${file.dir}/mlperf_log_summary.txt`;
        return has(summary)
            ? { claim: true, kind: 'mlperf_log_detail', why: ':::MLLOG lines, next to mlperf_log_summary.txt (read with it)' }
            : { claim: true, kind: 'mlperf_log_detail', why: ':::MLLOG lines, no summary beside it (read alone)' };
    }
    if (!TEXT_NAME.test(file.name))
        return null;
    const h = head();
    if (!SUMMARY_BANNER.test(h.text)) {
        return SUMMARY_NAME.test(file.name)
            ? { claim: false, why: "named mlperf_log_summary.txt but no 'MLPerf Results Summary' banner in its first 16 KiB" }
            : null;
    }
    if (/^Mode\s*:\s*AccuracyOnly/m.test(h.text)) {
        return { claim: false, why: 'an AccuracyOnly loadgen run (no performance numbers)' };
    }
    return { claim: true, kind: 'mlperf_log_summary', why: "'MLPerf Results Summary' banner" };
}
/** `Label : value` lines of a summary (first occurrence wins). Pure. */
function parseSummary(text) {
    const fields = new Map();
    const failed = [];
    let started = false;
    let inRecommendations = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (SUMMARY_BANNER.test(line)) {
            if (started)
                break; // a second summary in one console log: the first run only
            started = true;
            continue;
        }
        if (!started)
            continue;
        if (/^Recommendations:/.test(line.trim()))
            inRecommendations = true;
        else if (inRecommendations && /^\s*\*/.test(line))
            failed.push(line.trim());
        else if (!/^\s/.test(line))
            inRecommendations = false;
        if (/satisfied\s*:\s*NO\b/i.test(line))
            failed.push(line.trim());
        const m = /^\s*([^:]+?)\s*:\s*(\S.*?)\s*$/.exec(line);
        if (m?.[1] !== undefined && m[2] !== undefined && !fields.has(m[1]))
            fields.set(m[1], m[2]);
    }
    return { fields, failed };
}
/** `:::MLLOG {json}` lines of a detail log, translated to summary labels. Pure. */
function parseDetail(text) {
    const kv = new Map();
    for (const line of text.split(/\r?\n/)) {
        const i = line.indexOf(':::MLLOG ');
        if (i < 0)
            continue;
        try {
            const o = JSON.parse(line.slice(i + 9));
            if (typeof o.key === 'string' && !kv.has(o.key))
                kv.set(o.key, o.value);
        }
        catch {
            // a cut line: skipped (the keys read are what the run says)
        }
    }
    const fields = new Map();
    const put = (label, ...keys) => {
        for (const k of keys) {
            const v = kv.get(k);
            if (v !== undefined && v !== null && typeof v !== 'object') {
                fields.set(label, String(v));
                return;
            }
        }
    };
    put('Scenario', 'effective_scenario', 'requested_scenario');
    put('Mode', 'effective_test_mode', 'requested_test_mode');
    put('Result is', 'result_validity');
    put('Completed samples per second', 'result_completed_samples_per_sec');
    put('Samples per second', 'result_samples_per_second');
    put('QPS w/ loadgen overhead', 'result_qps_with_loadgen_overhead');
    put('Completed tokens per second', 'result_completed_tokens_per_second', 'result_tokens_per_second');
    put('Mean latency (ns)', 'result_mean_latency_ns');
    put('Mean First Token latency (ns)', 'result_first_token_mean_latency_ns');
    put('Mean Time per Output Token (ns)', 'result_time_to_output_token_mean');
    put('target_qps', 'effective_target_qps');
    put('samples_per_query', 'effective_samples_per_query');
    for (const k of kv.keys()) {
        let m = /^result_(\d+(?:\.\d+)?)_percentile_latency_ns$/.exec(k);
        if (m)
            put(`${m[1]} percentile latency (ns)`, k);
        m = /^result_first_token_(\d+(?:\.\d+)?)_percentile_latency_ns$/.exec(k);
        if (m)
            put(`${m[1]} percentile first token latency (ns)`, k);
        m = /^result_time_per_output_token_(\d+(?:\.\d+)?)_percentile_ns$/.exec(k);
        if (m)
            put(`${m[1]} percentile time to output token (ns)`, k);
    }
    const failed = [];
    for (const [k, label] of [
        ['result_perf_constraints_met', 'Performance constraints satisfied'],
        ['result_min_duration_met', 'Min duration satisfied'],
        ['result_min_queries_met', 'Min queries satisfied'],
        ['early_stopping_met', 'Early stopping satisfied'],
    ]) {
        if (kv.get(k) === false)
            failed.push(`${label} : NO (${k} false)`);
    }
    const reason = (0,parse/* toStr */.N7)(kv.get('result_invalid_reason'));
    if (reason !== null)
        failed.push(reason);
    return { fields, failed };
}
const STAT_OF = { '50': 'p50', '90': 'p90', '95': 'p95', '99': 'p99' };
const NS = 1e9;
/** The run's metrics in our names and units (ns → s). Pure. */
function loadgenMetrics(fields) {
    const m = {};
    const num = (...labels) => {
        for (const l of labels) {
            const v = (0,parse/* toNumber */.Ro)(fields.get(l));
            if (v !== null)
                return v;
        }
        return null;
    };
    const set = (k, v, scale = 1) => {
        if (v !== null)
            m[k] = scale === 1 ? v : v / scale;
    };
    set('request_throughput_rps', num('Completed samples per second', 'Samples per second', 'QPS w/ loadgen overhead'));
    set('output_tput_tps', num('Completed tokens per second', 'Tokens per second'));
    set('mean_e2el', num('Mean latency (ns)'), NS);
    set('mean_ttft', num('Mean First Token latency (ns)', 'Mean First Token Latency (ns)'), NS);
    set('mean_tpot', num('Mean Time per Output Token (ns)', 'Mean Time to Output Token (ns)'), NS);
    for (const [label, value] of fields) {
        const p = /^(\d+(?:\.\d+)?) percentile (latency|first token latency|time to output token) \(ns\)$/.exec(label);
        const stat = p?.[1] !== undefined ? STAT_OF[String(Number(p[1]))] : undefined;
        const v = (0,parse/* toNumber */.Ro)(value);
        if (p === null || stat === undefined || v === null)
            continue;
        const base = p[2] === 'latency' ? 'e2el' : p[2] === 'first token latency' ? 'ttft' : 'tpot';
        m[`${stat}_${base}`] = v / NS;
    }
    return m;
}
/** `Server`, `Offline`, `SingleStream`, `MultiStream` (older `Single Stream` read as one word). */
function scenarioOf(fields) {
    return (0,parse/* toStr */.N7)(fields.get('Scenario'))?.replace(/\s+/g, '') ?? null;
}
/** The submission layout's scenario folders (submission_checker.py), lower-cased, spaces removed. */
const LAYOUT_SCENARIOS = {
    server: 'Server',
    offline: 'Offline',
    singlestream: 'SingleStream',
    multistream: 'MultiStream',
    interactive: 'Interactive',
};
/**
 * Model, system and scenario folder from `<system>/<benchmark>/<Scenario>/…/<file>` when the path
 * has it: the scenario folder nearest the file (the loadgen scenario's own name first, so a model
 * folder that happens to be called like a scenario is not taken for one).
 */
function layoutOf(path, scenario) {
    const segs = path.split('/');
    const norm = (s) => s.replace(/\s+/g, '').toLowerCase();
    const test = segs.find((s) => /^TEST\d+$/.test(s)) ?? null;
    let i = scenario === null ? -1 : segs.findIndex((s) => norm(s) === scenario.toLowerCase());
    if (i < 1) {
        for (let k = segs.length - 2; k >= 1; k--) {
            if (LAYOUT_SCENARIOS[norm(segs[k])] !== undefined) {
                i = k;
                break;
            }
        }
    }
    if (i < 1)
        return { model: null, system: null, systemDesc: null, test, scenarioDir: null };
    return {
        model: segs[i - 1] ?? null,
        system: i >= 2 ? (segs[i - 2] ?? null) : null,
        systemDesc: i >= 2 ? systemDescPath(segs, i - 2) : null,
        test,
        scenarioDir: LAYOUT_SCENARIOS[norm(segs[i])] ?? null,
    };
}
function invalidFinding(file, run) {
    const lines = run.failed.length > 0 ? run.failed : ['no failed constraint line printed'];
    return fragmentFinding('partial_run', 'warning', `${file}: loadgen says Result is : INVALID (${lines.join('; ')}).`, {
        kind: 'mlperf_result_invalid',
        file,
        failed_constraints: lines,
        adapter: MLPERF_ID,
    });
}
/**
 * Hardware and GPU count of the system a run sits under: each field from its systems JSON where
 * that says it, else from the folder name (mlperf-system.ts); `basis` names what was used.
 */
function systemFacts(system, desc) {
    const fromDesc = desc === null ? { hardware: null, gpus: null } : systemDescHardware(desc.value);
    const fromName = system === null ? { hardware: null, gpus: null } : parseSystemName(system);
    const hardware = fromDesc.hardware ?? fromName.hardware;
    const gpus = fromDesc.gpus ?? fromName.gpus;
    const used = [
        ...(desc !== null && (fromDesc.hardware !== null || fromDesc.gpus !== null) ? [desc.path] : []),
        ...((fromDesc.hardware === null && fromName.hardware !== null) || (fromDesc.gpus === null && fromName.gpus !== null)
            ? ['system folder name']
            : []),
    ];
    return { hardware, gpus, basis: used.length > 0 ? used.join(' + ') : null };
}
function runCell(f, run, otherFiles, descs) {
    const scenario = scenarioOf(run.fields);
    const layout = layoutOf(f.path, scenario);
    const descPath = layout.systemDesc !== null && descs.has(layout.systemDesc) ? layout.systemDesc : null;
    const sys = systemFacts(layout.system, descPath === null ? null : { path: descPath, value: descs.get(descPath) });
    // An Interactive submission is a loadgen Server run: the folder names it, the file does not.
    const named = layout.scenarioDir === 'Interactive' && scenario === 'Server' ? 'Interactive' : scenario;
    const validity = (0,parse/* toStr */.N7)(run.fields.get('Result is'))?.toUpperCase() ?? null;
    const targetQps = (0,parse/* toNumber */.Ro)(run.fields.get('target_qps'));
    const stream = scenario === 'SingleStream' || scenario === 'MultiStream';
    return buildFragment({
        format: 'unknown',
        variant: MLPERF_ID,
        file: f.path,
        dir: f.dir,
        otherFiles: descPath === null ? otherFiles : [...otherFiles, descPath],
        identity: {
            model: layout.model,
            ...(sys.hardware !== null ? { hardware: sys.hardware } : {}),
            ...(stream ? { concurrency: 1 } : {}),
        },
        topology: {
            ...(named !== null ? { scenario: named } : {}),
            ...(layout.system !== null ? { system: layout.system } : {}),
            ...(sys.gpus !== null ? { gpus: sys.gpus } : {}),
            ...(layout.test !== null ? { compliance_test: layout.test } : {}),
            ...((0,parse/* toInt */.RI)(run.fields.get('samples_per_query')) !== null && scenario === 'MultiStream'
                ? { samples_per_query: (0,parse/* toInt */.RI)(run.fields.get('samples_per_query')) }
                : {}),
        },
        metrics: loadgenMetrics(run.fields),
        requestRate: scenario === 'Server' ? targetQps : scenario === 'Offline' ? 'inf' : null,
        artifacts: { result: f.path },
        extras: {
            ...(validity !== null ? { mlperf_result: validity } : {}),
            ...(targetQps !== null ? { mlperf_target_qps: targetQps } : {}),
            ...(sys.basis !== null ? { mlperf_system_basis: sys.basis } : {}),
            ...((0,parse/* toStr */.N7)(run.fields.get('SUT name')) !== null ? { mlperf_sut: (0,parse/* toStr */.N7)(run.fields.get('SUT name')) } : {}),
        },
        findings: validity === 'INVALID' ? [invalidFinding(f.path, run)] : [],
    });
}
function problem(file, why) {
    return fragmentFinding('missing_required_artifact', 'critical', `${file} ${why}, so no result was read from it.`, {
        kind: 'mlperf_log',
        file,
        adapter: MLPERF_ID,
    });
}
async function collectMlperf(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    const routed = routedTo(ctx, MLPERF_ID);
    const descs = new Map();
    // Claimed (and listed) only when a run's cell uses it: a system description alone is no result,
    // and exit 3 then names it as recognised but not used.
    for (const f of routed.filter((r) => ctx.recognition?.(r.path)?.kind === 'mlperf_system_desc')) {
        const r = await ctx.readJson(f.path);
        if (r.ok)
            descs.set(f.path, r.value);
        else {
            result.findings.push(fragmentFinding('metrics_unavailable', 'warning', `${r.message}: this MLPerf system description is not used, so hardware and GPU count come from the system folder name where it states them.`, { kind: 'mlperf_system_desc_unreadable', file: f.path, adapter: MLPERF_ID }));
        }
    }
    const files = routed.filter((f) => !descs.has(f.path) && ctx.recognition?.(f.path)?.kind !== 'mlperf_system_desc');
    const summaries = new Set(files.filter((f) => !DETAIL_NAME.test(f.name)).map((f) => f.dir));
    for (const f of files) {
        ctx.claim(f.path);
        const detail = DETAIL_NAME.test(f.name);
        const entry = {
            path: f.path,
            kind: detail ? 'mlperf_log_detail' : 'mlperf_log_summary',
            cell_id: null,
            required: !detail,
            present: true,
        };
        result.manifest.push(entry);
        // A detail log next to a summary is the same run: the summary's cell lists it.
        if (detail && summaries.has(f.dir))
            continue;
        const text = await ctx.readText(f.path);
        if (text === null) {
            result.findings.push(problem(f.path, 'is unreadable (or above the size cap)'));
            continue;
        }
        const run = detail ? parseDetail(text) : parseSummary(text);
        const metrics = loadgenMetrics(run.fields);
        if (scenarioOf(run.fields) === null || Object.keys(metrics).length === 0) {
            const why = run.fields.size === 0
                ? 'has no loadgen result lines (cut off?)'
                : 'has no Scenario line or no throughput / latency line (truncated summary?)';
            result.findings.push(problem(f.path, why));
            continue;
        }
        if (/^AccuracyOnly$/i.test(run.fields.get('Mode') ?? ''))
            continue;
        const twin = detail ? [] : files.filter((o) => o.dir === f.dir && DETAIL_NAME.test(o.name)).map((o) => o.path);
        result.fragments.push(runCell(f, run, twin, descs));
    }
    const used = new Set(result.fragments.flatMap((fr) => fr.files));
    for (const p of [...descs.keys()].filter((d) => used.has(d)).sort()) {
        ctx.claim(p);
        result.manifest.push({ path: p, kind: 'mlperf_system_desc', cell_id: null, required: false, present: true });
    }
    return result;
}
const mlperfLoadgenAdapter = {
    id: MLPERF_ID,
    sniff: (file, env) => sniffMlperf(file, env.head, env.has),
    collect: collectMlperf,
};

;// CONCATENATED MODULE: ./src/sources/console-results.ts
/**
 * Console result blocks of `vllm bench serve` / `benchmarks/benchmark_serving.py` and
 * `python -m sglang.bench_serving`, as people tee them into logs: a block opened by the banner
 * `============ Serving Benchmark Result ============` and closed by a rule of `=`, one
 * `Label:   value` line each (`{:<40} {:<10}` in both writers), `----Time to First Token----`
 * style section rules between. One cell per block; a log may hold several (one per load point).
 *
 * Writers read (labels and order):
 * - vLLM `vllm/benchmarks/serve.py` (`benchmark()`, vllm-project/vllm at def9ce85, the
 *   `vllm bench serve` CLI) and the older `benchmarks/benchmark_serving.py`: `Successful requests`,
 *   `Failed requests` (newer), `Maximum request concurrency` (only when set), `Request rate
 *   configured (RPS)` (only when not inf), `Benchmark duration (s)`, `Total input tokens`,
 *   `Total generated tokens`, `Request throughput (req/s)`, `Output token throughput (tok/s)`,
 *   `Total Token throughput (tok/s)`, then `Mean/Median/P<p> <TTFT|TPOT|ITL|E2EL> (ms)`.
 * - SGLang `python/sglang/bench_serving.py` (sgl-project/sglang at 50a61368, also the v0.5.3
 *   images of the real fixtures): `Backend`, `Traffic request rate` (`inf` when unset),
 *   `Max request concurrency` (`not set`), `Successful requests`, …, `Total token throughput
 *   (tok/s)`, `Concurrency` (the measured mean, not the load point), `Mean/Median/P<p> E2E Latency
 *   (ms)`, `Mean/Median/P<p> TTFT|TPOT|ITL (ms)`.
 *
 * Identity from the block (concurrency, else request rate; backend), what the log shows before
 * it — the last `Namespace(...)` line (the args both writers print: model, dataset, random lengths,
 * num_prompts), the command itself when it was pasted (`python benchmark_serving.py --model …
 * --request-rate 4 \`, `vllm bench serve …`, `python -m sglang.bench_serving …`: its `--flag value`
 * pairs, continuation lines included, argparse's prefixes such as `--random-input` expanded), and
 * the lines vLLM prints before its progress bar (`Traffic request rate: inf`, `Maximum request
 * concurrency: 32`) — and the path (src/sources/lib/path-facts.ts). A pasted command without
 * `--request-rate` ran at the clients' default, rate `inf` (both writers' argparse default): that is
 * the load point when neither the block nor the lines before it name one. A banner without its closing rule, or
 * a block without `Successful requests` or any metric, is a finding naming the file and line.
 *
 * Where people keep the blocks: tee'd logs (`.log`, `.txt`, `.out`), and markdown notes
 * (`.md`: a results page with one block per load point, often under a `# request rate: 4`
 * heading or in a ``` fence). A block may be quoted or commented as a whole (`> `, `# `): the
 * banner's prefix is taken off every line of its block. A markdown file is claimed only when a
 * block in it carries a number on its `Successful requests` line, so a README that shows the
 * block's layout with placeholders (`[TODO]`, `xxxx`) is declined, with the reason, not read.
 */





const CONSOLE_ID = 'console-results';
/** A quote or comment marker a pasted block may carry on each of its lines (`> `, `# `, `// `). */
const PREFIX = String.raw `[ \t]*(?:(?:>|#+|//)[ \t]?)*`;
const BANNER = new RegExp(String.raw `^${PREFIX}=+ ?Serving Benchmark Result ?=+\s*$`, 'm');
const BANNER_LINE = new RegExp(String.raw `^(${PREFIX})=+ ?Serving Benchmark Result ?=+\s*$`);
const CLOSE_RULE = /^=+\s*$/;
const LOG_NAME = /\.(log|txt|out|md|markdown)$/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;
/** A `Successful requests` line with a number: the block holds a result, not a layout example. */
const MEASURED = new RegExp(String.raw `^${PREFIX}Successful requests:\s+\d`, 'm');
/** A benchmark client's own invocation or args: its block may come after the 16 KiB head. */
const INVOCATION = /sglang\.bench_serving|benchmark_serving\.py|vllm bench serve|benchmark_args=Namespace|^Namespace\(backend=/m;
/** Our metric → the block labels it is read from (latencies in ms, converted to s). */
const LABELS = {
    duration_seconds: ['Benchmark duration (s)'],
    total_input_tokens: ['Total input tokens'],
    total_output_tokens: ['Total generated tokens'],
    request_throughput_rps: ['Request throughput (req/s)'],
    output_tput_tps: ['Output token throughput (tok/s)'],
    input_tput_tps: ['Input token throughput (tok/s)'],
    total_tput_tps: ['Total token throughput (tok/s)', 'Total Token throughput (tok/s)'],
};
const STAT = {
    mean: 'mean',
    median: 'p50',
    p50: 'p50',
    p90: 'p90',
    p95: 'p95',
    p99: 'p99',
};
const BASE = {
    ttft: 'ttft',
    tpot: 'tpot',
    itl: 'itl',
    e2el: 'e2el',
    'e2e latency': 'e2el',
};
const LATENCY_LABEL = /^(Mean|Median|P\d+(?:\.\d+)?) (TTFT|TPOT|ITL|E2EL|E2E Latency) \(ms\)$/i;
function sniffConsole(file, head) {
    if (!LOG_NAME.test(file.name))
        return null;
    const h = head();
    if (h.shape !== 'text' && h.shape !== 'csv')
        return null;
    if (BANNER.test(h.text)) {
        if (MARKDOWN_NAME.test(file.name) && !MEASURED.test(h.text)) {
            return {
                claim: false,
                why: "markdown with a 'Serving Benchmark Result' block but no number on a Successful requests line (a layout example, not a result)",
            };
        }
        return { claim: true, kind: 'console_result_log', why: "a 'Serving Benchmark Result' block in the first 16 KiB" };
    }
    if (MARKDOWN_NAME.test(file.name))
        return null;
    if (h.truncated && INVOCATION.test(h.text)) {
        return {
            claim: true,
            kind: 'console_result_log',
            why: 'a bench_serving / vllm bench serve console log (its result block after the first 16 KiB)',
        };
    }
    if (/MLPerf Results Summary|:::MLLOG/.test(h.text))
        return null;
    return {
        claim: false,
        why: "text without a 'Serving Benchmark Result' banner or a bench_serving / vllm bench serve invocation in its first 16 KiB",
    };
}
/** The result blocks of a log (CR of progress bars read as line breaks). Pure. */
function parseConsoleBlocks(text) {
    const blocks = [];
    let args = {};
    let cur = null;
    /** The quote / comment marker of the current block's banner, taken off each of its lines. */
    let prefix = '';
    let lineNo = 0;
    /** A pasted command being read (its continuation lines end with a backslash). */
    let command = null;
    // Line numbers count LF only (what an editor shows); CRs split progress-bar frames.
    for (const physical of text.split('\n')) {
        lineNo++;
        if (command !== null) {
            command += ` ${physical.trim()}`;
            if (!/\\\s*$/.test(physical)) {
                args = invocationArgs(command);
                command = null;
            }
            continue;
        }
        for (const raw of physical.split('\r')) {
            const whole = raw.trimEnd();
            const banner = BANNER_LINE.exec(whole);
            const line = cur !== null && prefix !== '' && whole.startsWith(prefix) ? whole.slice(prefix.length) : whole;
            if (banner !== null) {
                prefix = banner[1] ?? '';
                cur = { line: lineNo, closed: false, fields: new Map(), args };
                blocks.push(cur);
            }
            else if (cur !== null && CLOSE_RULE.test(line)) {
                cur.closed = true;
                cur = null;
            }
            else if (cur !== null) {
                const m = /^([^:]+):\s+(\S.*?)\s*$/.exec(line);
                if (m?.[1] !== undefined && m[2] !== undefined)
                    cur.fields.set(m[1].trim(), m[2]);
            }
            else if (/^(?:benchmark_args=)?Namespace\(/.test(line)) {
                args = { ...args, ...namespaceArgs(line) };
            }
            else if (COMMAND.test(line)) {
                if (/\\\s*$/.test(line))
                    command = line;
                else
                    args = invocationArgs(line);
            }
            else {
                const pre = PRE_BLOCK.exec(line);
                if (pre?.[1] !== undefined && pre[2] !== undefined) {
                    args = { ...args, [pre[1] === 'Traffic request rate' ? 'request_rate' : 'max_concurrency']: pre[2] };
                }
            }
        }
    }
    return blocks;
}
/** A benchmark client's command line as people paste it above the block. */
const COMMAND = /(?:benchmark_serving\.py|vllm\s+bench\s+serve|sglang\.bench_serving|bench_serving\.py)(?:\s|$)/;
/** What vLLM prints before its progress bar (vllm/benchmarks/serve.py `benchmark()`). */
const PRE_BLOCK = /^(?:[#>]\s?)*(Traffic request rate|Maximum request concurrency):\s+(\S+)\s*$/;
/** argparse accepts unambiguous prefixes; these are the ones seen in pasted commands. */
const FLAG_ALIASES = {
    random_input: 'random_input_len',
    random_output: 'random_output_len',
    num_prompt: 'num_prompts',
};
/**
 * `--flag value` / `--flag=value` pairs of a pasted command, flag names with `_` for `-` (the
 * Namespace keys), a flag without a value `true`. Marked `_command` so the load point knows the
 * command was seen (its absent `--request-rate` is the default, inf).
 */
function invocationArgs(command) {
    const out = { _command: 'true' };
    for (const m of command.matchAll(/(?:^|\s)--([A-Za-z][\w-]*)(?:(?:=|\s+)(?!-)("[^"]*"|'[^']*'|[^\s\\]+))?/g)) {
        const key = m[1].replace(/-/g, '_');
        const value = m[2]?.replace(/^'(.*)'$|^"(.*)"$/, '$1$2') ?? 'true';
        out[FLAG_ALIASES[key] ?? key] = value;
    }
    return out;
}
/** `key=value` pairs of a printed argparse Namespace (quotes removed). */
function namespaceArgs(line) {
    const out = {};
    for (const m of line.matchAll(/(?:\(|, )([a-z_]+)=('[^']*'|"[^"]*"|[^,)]*)/g)) {
        const [, k, v] = m;
        if (k !== undefined && v !== undefined)
            out[k] = v.replace(/^'(.*)'$|^"(.*)"$/, '$1$2');
    }
    return out;
}
/** The block's metrics in our names and units (latencies ms → s). */
function blockMetrics(fields) {
    const m = {};
    for (const [ours, labels] of Object.entries(LABELS)) {
        for (const l of labels) {
            const v = (0,parse/* toNumber */.Ro)(fields.get(l));
            if (v !== null) {
                m[ours] = v;
                break;
            }
        }
    }
    for (const [label, value] of fields) {
        const lm = LATENCY_LABEL.exec(label);
        const stat = STAT[lm?.[1]?.toLowerCase() ?? ''];
        const base = BASE[lm?.[2]?.toLowerCase() ?? ''];
        const v = (0,parse/* toNumber */.Ro)(value);
        if (stat !== undefined && base !== undefined && v !== null)
            m[`${stat}_${base}`] = v / 1000;
    }
    completeThroughputs(m);
    return m;
}
function blockFinding(f, b, why, usable) {
    const where = `${f.path} line ${b.line}`;
    const evidence = { kind: 'console_result_block', file: f.path, line: b.line, adapter: CONSOLE_ID };
    return usable
        ? fragmentFinding('metrics_unavailable', 'warning', `${where}: ${why}; the lines before the cut are used.`, evidence)
        : fragmentFinding('missing_required_artifact', 'critical', `${where}: ${why}, so no result was read from it.`, evidence);
}
function console_results_loadPoint(fields, args) {
    const concText = fields.get('Max request concurrency') ?? fields.get('Maximum request concurrency');
    const concurrency = (0,parse/* toInt */.RI)(concText) ?? (0,parse/* toInt */.RI)(args.max_concurrency);
    const rateText = fields.get('Traffic request rate') ?? fields.get('Request rate configured (RPS)');
    // vLLM prints the rate line only when it is not inf; SGLang prints `inf`.
    const rate = (0,parse/* toNumber */.Ro)(rateText) ??
        (0,parse/* toStr */.N7)(rateText)?.toLowerCase() ??
        (0,parse/* toNumber */.Ro)(args.request_rate) ??
        (0,parse/* toStr */.N7)(args.request_rate)?.toLowerCase() ??
        // a pasted command without --request-rate ran at argparse's default, inf
        (concurrency === null && args._command === 'true' ? 'inf' : null);
    return { concurrency, rate: rate === 'infinity' ? 'inf' : rate };
}
function blockCell(f, b, multi, ownId) {
    const successful = (0,parse/* toInt */.RI)(b.fields.get('Successful requests'));
    const metrics = blockMetrics(b.fields);
    const { concurrency, rate } = console_results_loadPoint(b.fields, b.args);
    const failed = (0,parse/* toInt */.RI)(b.fields.get('Failed requests'));
    const prompts = (0,parse/* toInt */.RI)(b.args.num_prompts);
    const total = failed !== null && successful !== null ? successful + failed : prompts;
    const backend = (0,parse/* toStr */.N7)(b.fields.get('Backend'))?.toLowerCase() ?? (0,parse/* toStr */.N7)(b.args.backend)?.toLowerCase() ?? null;
    // SGLang's block names its backend; vLLM's does not, and its client's backends (default `vllm`,
    // `openai`, …) call whatever OpenAI-compatible server runs: vLLM's own unless named otherwise.
    const framework = b.fields.has('Backend')
        ? backend?.startsWith('sglang')
            ? 'sglang'
            : backend
        : backend?.startsWith('sglang')
            ? 'sglang'
            : frameworkOfBackend(backend ?? 'vllm');
    const random = (b.args.dataset_name ?? '').startsWith('random');
    const stem = f.path.replace(LOG_NAME, '');
    return buildFragment({
        format: 'unknown',
        variant: CONSOLE_ID,
        file: f.path,
        dir: f.dir,
        explicitId: multi ? `${stem}/line${b.line}` : ownId ? stem : null,
        identity: {
            model: (0,parse/* toStr */.N7)(b.args.model) ?? (0,parse/* toStr */.N7)(b.args.served_model_name) ?? null,
            framework,
            concurrency,
            isl: random ? (0,parse/* toInt */.RI)(b.args.random_input_len) : null,
            osl: random ? (0,parse/* toInt */.RI)(b.args.random_output_len) : null,
        },
        topology: {
            ...(backend !== null ? { backend } : {}),
            ...(b.args.dataset_name ? { dataset: b.args.dataset_name } : {}),
        },
        counts: {
            total,
            successful,
            basis: failed !== null
                ? 'Successful requests + Failed requests'
                : prompts !== null
                    ? 'Successful requests / num_prompts'
                    : 'Successful requests (total unknown)',
        },
        metrics,
        requestRate: rate,
        artifacts: { result: f.path },
        extras: { result_line: b.line },
        findings: b.closed
            ? []
            : [blockFinding(f, b, 'the result block ends before its closing rule (truncated log)', true)],
    });
}
async function collectConsole(ctx) {
    const result = (0,sources_types/* emptyResult */.$)();
    const files = routedTo(ctx, CONSOLE_ID);
    const perDir = new Map();
    for (const f of files)
        perDir.set(f.dir, (perDir.get(f.dir) ?? 0) + 1);
    for (const f of files) {
        ctx.claim(f.path);
        const text = await ctx.readText(f.path);
        const blocks = text === null ? [] : parseConsoleBlocks(text);
        for (const b of blocks) {
            const hasMetric = Object.keys(blockMetrics(b.fields)).length > 0;
            if ((0,parse/* toInt */.RI)(b.fields.get('Successful requests')) === null || !hasMetric) {
                const why = b.closed
                    ? 'the result block has no Successful requests line or no metric'
                    : 'the result block is cut off before its first result lines (truncated log)';
                result.findings.push(blockFinding(f, b, why, false));
                continue;
            }
            result.fragments.push(blockCell(f, b, blocks.length > 1, (perDir.get(f.dir) ?? 0) > 1));
        }
        if (blocks.length === 0) {
            const why = text === null
                ? 'unreadable (or above the size cap)'
                : "has no 'Serving Benchmark Result' block (the run did not finish?)";
            result.findings.push(fragmentFinding('missing_required_artifact', 'critical', `${f.path} ${why}, so no result was read from it.`, {
                kind: 'console_result_block',
                file: f.path,
                line: null,
                adapter: CONSOLE_ID,
            }));
        }
        const entry = {
            path: f.path,
            kind: 'console_result_log',
            cell_id: null,
            required: true,
            present: true,
        };
        result.manifest.push(entry);
    }
    return result;
}
const consoleResultsAdapter = {
    id: CONSOLE_ID,
    sniff: (file, env) => sniffConsole(file, env.head),
    collect: collectConsole,
};

;// CONCATENATED MODULE: ./src/sources/index.ts



















const SOURCE_ADAPTERS = [
    inferencexStaticAdapter,
    inferencexSrtSlurmAdapter,
    agentxTraceReplayAdapter,
    agentxAiperfAdapter,
    nativeBenchAdapter,
    inferguardResultsAdapter,
    lightevalAdapter,
    evalAdapter,
    timelineAdapter,
    campaignManifestAdapter,
    sglangBenchServingAdapter,
    llmperfAdapter,
    guidellmAdapter,
    inferencePerfAdapter,
    trtllmBenchAdapter,
    inferencexEvalCollectorAdapter,
    vllmBenchServeAdapter,
    mlperfLoadgenAdapter,
    consoleResultsAdapter,
];

;// CONCATENATED MODULE: ./src/sources/lib/manifest-notes.ts

/** Most lines the exit-3 message lists. */
const MAX_NOT_USED_LINES = 20;
const DATA_EXT = /\.(json|jsonl|csv|log|txt)$/i;
/**
 * Adds `adapter` (who took the file) to every present entry, `declined` (other adapters' reasons)
 * where any looked at it, and `not_used` (why nobody took it) to unrecognised files. In place.
 */
function annotateManifest(manifest, recognition, claimedBy, adapters) {
    const groupOfId = new Map(adapters.map((a) => [a.id, groupOf(a)]));
    for (const m of manifest) {
        if (!m.present)
            continue;
        const rec = recognition.get(m.path);
        const group = claimedBy.get(m.path);
        if (group !== undefined) {
            // The sniff's adapter names the file better than its group (srt-slurm vs static).
            m.adapter = rec?.adapter && groupOfId.get(rec.adapter) === group ? rec.adapter : group;
            if (rec && rec.declined.length > 0)
                m.declined = rec.declined.map((d) => `${d.adapter}: ${d.why}`);
        }
        else if (rec) {
            m.not_used = reasons(rec);
        }
    }
}
function reasons(rec) {
    const out = [];
    if (rec.adapter !== null)
        out.push(`${rec.adapter}: recognised as ${rec.kind ?? 'input'} (${rec.why ?? ''}) but not used`);
    for (const d of rec.declined)
        out.push(`${d.adapter}: ${d.why}`);
    return out;
}
/**
 * One line per file that looked like benchmark output and was not used, for the exit-3 message:
 * files an adapter recognised or declined, files with a finding, and other data files (their first keys).
 */
function notUsedLines(files, recognition, claimed, findings, head) {
    const byFile = new Map();
    for (const f of findings) {
        const file = f.evidence.file;
        if (typeof file === 'string' && !byFile.has(file))
            byFile.set(file, f.message);
    }
    const lines = [];
    for (const f of files) {
        const finding = byFile.get(f.path);
        const rec = recognition.get(f.path);
        if (finding !== undefined)
            lines.push(`${f.path}: ${finding}`);
        else if (claimed.has(f.path))
            continue;
        else if (rec)
            lines.push(`${f.path}: ${reasons(rec).join('; ')}`);
        else if (DATA_EXT.test(f.name)) {
            const h = head?.(f.path);
            const keys = h && h.keys.length > 0 ? ` (first keys: ${h.keys.slice(0, 6).join(', ')})` : '';
            const shape = h ? h.shape : 'file';
            if (h && (h.shape === 'empty' || h.shape === 'binary'))
                lines.push(`${f.path}: ${shape}, not read`);
            else
                lines.push(`${f.path}: ${shape} that no adapter recognises${keys}`);
        }
    }
    if (lines.length <= MAX_NOT_USED_LINES)
        return lines.map(oneLine);
    return [
        ...lines.slice(0, MAX_NOT_USED_LINES).map(oneLine),
        `… and ${lines.length - MAX_NOT_USED_LINES} more file(s)`,
    ];
}
function oneLine(s) {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 300 ? `${t.slice(0, 297)}...` : t;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/io/config-file.ts + 1 modules
var config_file = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/core/cost/price-table.ts
var price_table = __webpack_require__(5237);
;// CONCATENATED MODULE: ./src/io/cost-inputs.ts
/**
 * Reads the cost inputs of `inferguard analyze` (the I/O half of cost: the price table file).
 * Kept apart from analyze-dir.ts so it loads without the source adapters.
 */




/**
 * Cost inputs from the CLI options, falling back to the config's `cost` section (a flag wins
 * over the config; a price flag replaces the config's price source entirely). A price table that
 * cannot be read or parsed, or both price sources at once, is a one-line UsageError. Undefined
 * when no price is given.
 */
async function loadCostInputs(opts, config) {
    const cwd = opts.cwd ?? process.cwd();
    const flagPrice = opts.gpuHourCost !== undefined || opts.priceTable !== undefined;
    const gpuHourCost = flagPrice ? opts.gpuHourCost : config.cost.gpu_hour_cost;
    const priceTable = flagPrice ? opts.priceTable : config.cost.price_table;
    if (gpuHourCost !== undefined && priceTable !== undefined) {
        throw new types/* UsageError */.eb('a flat GPU-hour cost and a price table exclude each other (check --gpu-hour-cost, --price-table and the config cost section)');
    }
    const gpus = opts.gpus ?? config.cost.gpus;
    if (gpus !== undefined && (!Number.isInteger(gpus) || gpus < 1))
        throw new types/* UsageError */.eb(`'--gpus' must be a positive integer, got '${gpus}'`);
    if (gpuHourCost === undefined && priceTable === undefined)
        return undefined;
    const currency = opts.currency ?? config.cost.currency;
    if (gpuHourCost !== undefined) {
        if (!Number.isFinite(gpuHourCost) || gpuHourCost <= 0)
            throw new types/* UsageError */.eb(`'--gpu-hour-cost' must be a positive number, got '${gpuHourCost}'`);
        return { currency: currency ?? 'USD', gpuHourCost, priceTable: null, gpus: gpus ?? null };
    }
    const file = priceTable;
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw new types/* UsageError */.eb(`price table ${file} cannot be read (${e.code ?? 'error'})`);
    }
    const table = (0,price_table/* parsePriceTableText */.W6)(text, external_node_path_default().basename(file));
    return { currency: currency ?? table.currency, gpuHourCost: null, priceTable: table, gpus: gpus ?? null };
}

// EXTERNAL MODULE: ./src/io/ingest-context.ts + 3 modules
var ingest_context = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/io/analyze-dir.ts
/**
 * Reading a results dir: scan, every source adapter, then the pure core (src/core/analyze.ts)
 * into the head report. Gates, compare, rendering and writing are src/pipeline.ts's.
 */











/** How the results root is named inside the report: never an absolute machine path. */
function displayRoot(resultsDir, cwd) {
    const abs = external_node_path_default().resolve(cwd, resultsDir);
    const rel = external_node_path_default().relative(cwd, abs);
    if (rel === '')
        return '.';
    if (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))
        return rel.split((external_node_path_default()).sep).join('/');
    return external_node_path_default().basename(abs);
}
/**
 * Reads a results dir into the head report (wire form, not yet gated or written): every source
 * adapter over the scanned files, then the pure core (src/core/analyze.ts). No cells, or a
 * missing required artifact under `strict`, is a NoReportError.
 */
async function readResultsDir(opts, config) {
    const cwd = opts.cwd ?? process.cwd();
    const root = external_node_path_default().resolve(cwd, opts.resultsDir);
    await assertDirectory(root, opts.resultsDir);
    const given = givenFacts(opts, config);
    const cost = await loadCostInputs({ ...opts, ...(given.gpus !== undefined ? { gpus: given.gpus } : {}), cwd }, config);
    const outputDir = analyzeOutputDir(opts);
    const scan = await (0,ingest_context/* scanResultsDir */.jf)(root, [outputDir]);
    const ctx = (0,ingest_context/* createIngestContext */.q_)(root, scan.files, config.thresholds, { timelineGlob: opts.timelineGlob });
    // Recognition by content first: each file is routed to at most one adapter group.
    const recognition = recognizeFiles(ctx, SOURCE_ADAPTERS);
    const views = adapterViews(ctx, SOURCE_ADAPTERS, recognition);
    const results = await collectAdapters(views.view);
    // Entries the scan could not use (FIFOs, sockets, devices, directories named like data files,
    // symlinks leaving the root): one finding each, naming the entry; critical when it has a data
    // file's name (it stands where a format's file would), info for a data-named folder that holds files.
    const scanFindings = scan.problems.map((p) => ({
        code: p.critical ? 'missing_required_artifact' : 'metrics_unavailable',
        severity: p.critical ? 'critical' : p.info ? 'info' : 'warning',
        message: `${p.path}: ${p.message}.`,
        cell_id: null,
        evidence: { file: p.path, kind: 'scan_problem' },
    }));
    const claimed = new Set(scan.files.filter((f) => ctx.isClaimed(f.path)).map((f) => f.path));
    const report = buildReport({
        adapterResults: results,
        files: scan.files,
        claimed,
        scanFindings,
        inputRoot: displayRoot(opts.resultsDir, cwd),
        generatedAt: (opts.now ?? new Date()).toISOString(),
        version: version/* INFERGUARD_VERSION */.Z,
        thresholds: config.thresholds,
        costRequested: cost !== undefined,
        ...(cost ? { cost } : {}),
        evalThresholds: config.eval_thresholds,
        given,
    });
    assertUsable(report, opts, () => notUsedLines(scan.files, recognition, claimed, report.findings, ctx.head));
    annotateManifest(report.artifact_manifest, recognition, views.claimedBy, SOURCE_ADAPTERS);
    return toWireReport(report);
}
/** What the files don't say: the flags, else the config's `run` section (`cost.gpus` is its older spelling of gpus). */
function givenFacts(opts, config) {
    const run = config.run ?? {};
    const hardware = opts.hardware ?? run.hardware;
    const runner = opts.runner ?? run.runner;
    const gpus = opts.gpus ?? run.gpus ?? config.cost.gpus;
    const labels = { ...(run.labels ?? {}), ...(opts.labels ?? {}) };
    return {
        ...(hardware !== undefined ? { hardware } : {}),
        ...(gpus !== undefined ? { gpus } : {}),
        ...(Object.keys(labels).length > 0 ? { labels } : {}),
        ...(runner !== undefined ? { runner } : {}),
    };
}
/** Where analyze writes: --output-dir, else `<results>/inferguard-out` (resolved against cwd). */
function analyzeOutputDir(opts) {
    return external_node_path_default().resolve(opts.cwd ?? process.cwd(), opts.outputDir ?? external_node_path_default().join(opts.resultsDir, ingest_context/* DEFAULT_OUTPUT_DIR_NAME */.WI));
}
async function assertDirectory(root, shown) {
    let st;
    try {
        st = await (0,promises_.stat)(root);
    }
    catch {
        throw new config_file/* NoReportError */.E(`results dir ${shown} does not exist`);
    }
    if (!st.isDirectory())
        throw new config_file/* NoReportError */.E(`results dir ${shown} is not a directory`);
}
/** Runs every adapter; an unreadable file an adapter must have becomes a critical finding. */
async function collectAdapters(view) {
    const results = [];
    for (const adapter of SOURCE_ADAPTERS) {
        try {
            results.push(await adapter.collect(view(adapter)));
        }
        catch (e) {
            if (!(e instanceof ingest_context/* IngestReadError */.Jm || e instanceof sources_types/* CsvHeaderError */.YT))
                throw e;
            results.push({
                fragments: [],
                manifest: [],
                findings: [
                    {
                        code: 'missing_required_artifact',
                        severity: 'critical',
                        message: `${e.message.split('\n')[0]}.`,
                        cell_id: null,
                        evidence: { file: e.file, adapter: adapter.id },
                    },
                ],
            });
        }
    }
    return results;
}
/** No cells (exit 3, with one line per file that looked like benchmark output), or --strict with a missing artifact. */
function assertUsable(report, opts, notUsed) {
    if (report.cells.length === 0) {
        const lines = notUsed();
        throw new config_file/* NoReportError */.E(`no supported benchmark artifacts found under ${opts.resultsDir}${lines.length > 0 ? ': files that looked like benchmark output and why each was not used:' : ''}`, lines);
    }
    if (!opts.strict)
        return;
    const missing = report.findings.filter((f) => f.code === 'missing_required_artifact');
    if (missing.length > 0) {
        throw new config_file/* NoReportError */.E(`--strict: ${missing.length} required artifact(s) missing or unreadable; first: ${missing[0]?.message}`);
    }
}


/***/ })

};
