export const id = 296;
export const ids = [296];
export const modules = {

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ REPORT_DIFF_SCHEMA_VERSION),
/* harmony export */   qc: () => (/* binding */ CELL_STATUSES)
/* harmony export */ });
/* unused harmony exports VERDICTS, COMPARISON_OUTCOMES, COMPARISON_METHODS, METRIC_KINDS, COMPARE_METHODS */
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
const METRIC_KINDS = (/* unused pure expression or super */ null && (['completion', 'throughput', 'latency', 'cost', 'eval']));
const COMPARE_METHODS = (/* unused pure expression or super */ null && (['mann_whitney', 'bootstrap']));


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
    return { thresholds: { ..._thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLDS */ .J }, compare: {}, cost: {}, gates: [], eval_thresholds: {} };
}


/***/ }),

/***/ 8648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ plateauMinPoints),
/* harmony export */   Bk: () => (/* binding */ detectPlateaus),
/* harmony export */   Ci: () => (/* binding */ steps),
/* harmony export */   Gz: () => (/* binding */ below),
/* harmony export */   Hr: () => (/* binding */ worsening),
/* harmony export */   IT: () => (/* binding */ cliffMinPoints),
/* harmony export */   Pe: () => (/* binding */ detectTpotDegradation),
/* harmony export */   SV: () => (/* binding */ usablePoints),
/* harmony export */   UZ: () => (/* binding */ cellFiles),
/* harmony export */   Y0: () => (/* binding */ buildCrossRun),
/* harmony export */   ZE: () => (/* binding */ throughputStep),
/* harmony export */   _v: () => (/* binding */ concLabel),
/* harmony export */   ak: () => (/* binding */ metricOf),
/* harmony export */   cc: () => (/* binding */ stepEvidence),
/* harmony export */   hq: () => (/* binding */ TPUT_OUTPUT_FIRST),
/* harmony export */   hr: () => (/* binding */ detectTtftCliffs),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   r: () => (/* binding */ r)
/* harmony export */ });
/* unused harmony exports THRESHOLD_EPS, hasCurveMetric, TPUT_TOTAL_FIRST, TPUT_PER_GPU_FIRST, stepKind, midConcurrency, sloCompliant, nextMeasurements */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9393);


/** A finite number metric of a cell, else null. */
function metricOf(cell, key) {
    const v = cell.metrics[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Every file path a cell names in its artifacts (sorted, unique). */
function cellFiles(cell) {
    const out = new Set();
    for (const v of Object.values(cell.artifacts)) {
        if (typeof v === 'string')
            out.add(v);
        else if (Array.isArray(v))
            for (const p of v)
                if (typeof p === 'string')
                    out.add(p);
    }
    return [...out].sort();
}
/** Rounded for evidence, so float noise never changes report bytes. */
function r(n) {
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(n);
}
/**
 * Threshold comparisons tolerate float noise (1e-9), so a value that is exactly at a threshold in
 * decimal (0.9 − 0.8 vs 0.10, 1.2 / 1.0 − 1 vs 0.20) compares as equal.
 */
const THRESHOLD_EPS = 1e-9;
/** `value ≥ threshold`, tolerant of float noise. */
function atLeast(value, threshold) {
    return value >= threshold - THRESHOLD_EPS;
}
/** `value < threshold`, tolerant of float noise (a value equal to it in decimal is not below). */
function below(value, threshold) {
    return value < threshold - THRESHOLD_EPS;
}
/** Cells of a family that measured something: not `failed` (zero successful requests). */
function usablePoints(family) {
    return family.cells.filter((c) => c.completion.status !== 'failed' && c.concurrency !== null);
}
/** Whether a cell has a point on a latency/throughput curve (eval-only cells have none). */
function hasCurveMetric(c) {
    return ((0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'ttft') !== null ||
        (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'tpot') !== null ||
        ['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'].some((k) => metricOf(c, k) !== null));
}
/** Points a TTFT cliff needs: one step (ANALYZER.md), or more when `min_family_points` asks for it. */
function cliffMinPoints(t) {
    return Math.max(2, t.min_family_points);
}
/** Points a plateau needs: two consecutive steps (three points), or more when configured. */
function plateauMinPoints(t) {
    return Math.max(3, t.min_family_points);
}
/** Throughput metric preference orders (first metric present on both points of a step wins). */
const TPUT_TOTAL_FIRST = ['total_tput_tps', 'tput_per_gpu', 'output_tput_tps'];
const TPUT_PER_GPU_FIRST = ['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'];
const TPUT_OUTPUT_FIRST = ['output_tput_tps', 'output_tput_per_gpu', 'total_tput_tps', 'tput_per_gpu'];
/** Throughput change of a step on the first metric of `order` present (and > 0 at `lo`) on both cells. */
function throughputStep(lo, hi, order) {
    for (const m of order) {
        const a = metricOf(lo, m);
        const b = metricOf(hi, m);
        if (a !== null && b !== null && a > 0)
            return { metric: m, from: a, to: b, gain: (b - a) / a };
    }
    return null;
}
/** Relative worsening of a lower-is-better metric over a step ((to − from) / from), null when absent. */
function worsening(lo, hi, key) {
    const a = metricOf(lo, key);
    const b = metricOf(hi, key);
    if (a === null || b === null || a <= 0)
        return null;
    return { from: a, to: b, change: (b - a) / a };
}
/** Consecutive pairs of points with increasing concurrency. */
function steps(points) {
    const out = [];
    for (let i = 1; i < points.length; i++) {
        const lo = points[i - 1];
        const hi = points[i];
        if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0))
            out.push([lo, hi]);
    }
    return out;
}
/**
 * TTFT cliffs of a family: steps where tail TTFT (p99, else p95, else p90, the same statistic on
 * both ends) grows ≥ `ttft_cliff_ratio` while throughput (total first) grows <
 * `ttft_cliff_max_tput_gain` (a throughput decline counts); critical at ≥ 2× the ratio. One step
 * (two usable points with tail TTFT) is enough; a step without throughput on both ends is not
 * judged (a TTFT jump that bought throughput is load, not a cliff).
 */
function detectTtftCliffs(family, t) {
    const points = usablePoints(family).filter((c) => (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'ttft') !== null);
    if (points.length < cliffMinPoints(t))
        return [];
    const out = [];
    for (const [lo, hi] of steps(points)) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .commonTail */ .en)(lo, hi, 'ttft');
        if (tail === null || tail.from <= 0)
            continue;
        const ratio = tail.to / tail.from;
        const tput = throughputStep(lo, hi, TPUT_TOTAL_FIRST);
        if (tput === null)
            continue;
        if (atLeast(ratio, t.ttft_cliff_ratio) && below(tput.gain, t.ttft_cliff_max_tput_gain)) {
            out.push({
                lo,
                hi,
                stat: tail.stat,
                ttftFromS: tail.from,
                ttftToS: tail.to,
                ratio,
                tput,
                severity: atLeast(ratio, 2 * t.ttft_cliff_ratio) ? 'critical' : 'warning',
            });
        }
    }
    return out;
}
/** Kind of a throughput step for the plateau rule: |gain| < max is flat, a fall by max or more a decline. */
function stepKind(gain, t) {
    if (below(Math.abs(gain), t.plateau_max_gain))
        return 'flat';
    return gain < 0 ? 'decline' : 'growth';
}
/** A flat step of a plateau: |throughput gain| < max while tail TTFT or TPOT worsens ≥ the minimum. */
function flatStep(lo, hi, t) {
    const tput = throughputStep(lo, hi, TPUT_PER_GPU_FIRST);
    if (tput === null || stepKind(tput.gain, t) !== 'flat')
        return null;
    let best = null;
    for (const base of ['ttft', 'tpot']) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .commonTail */ .en)(lo, hi, base);
        if (tail === null || tail.from <= 0)
            continue;
        const change = (tail.to - tail.from) / tail.from;
        if (!atLeast(change, t.plateau_min_latency_worsening))
            continue;
        if (best === null || change > best.latencyWorsening) {
            best = {
                lo,
                hi,
                tput,
                latencyMetric: tail.key,
                latencyStat: tail.stat,
                latencyFromS: tail.from,
                latencyToS: tail.to,
                latencyWorsening: change,
            };
        }
    }
    return best;
}
/**
 * Throughput plateaus of a family (ANALYZER.md): runs of at least 2 consecutive concurrency
 * steps (3 points) where throughput (per GPU first) changes by less than `plateau_max_gain` in
 * either direction while tail TTFT or tail TPOT worsens ≥ `plateau_min_latency_worsening`. A step
 * where throughput falls by `plateau_max_gain` or more is a decline and ends a run: a decline is
 * never a plateau. A single flat step is not a plateau either.
 */
function detectPlateaus(family, t) {
    const points = usablePoints(family).filter((c) => TPUT_PER_GPU_FIRST.some((m) => metricOf(c, m) !== null));
    if (points.length < plateauMinPoints(t))
        return [];
    const out = [];
    let run = [];
    const flush = () => {
        if (run.length >= 2)
            out.push({ steps: run, severity: 'warning' });
        run = [];
    };
    for (const [lo, hi] of steps(points)) {
        const f = flatStep(lo, hi, t);
        if (f === null)
            flush();
        else
            run.push(f);
    }
    flush();
    return out;
}
/**
 * TPOT degradation along a family: tail TPOT (p99, else p95, else p90, the same statistic on both
 * ends) grows ≥ `tpot_degradation_ratio` vs the previous point with tail TPOT. A pairwise rule
 * (like the baseline comparison it mirrors): two points suffice.
 */
function detectTpotDegradation(family, t) {
    const points = usablePoints(family).filter((c) => (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'tpot') !== null);
    const out = [];
    for (const [lo, hi] of steps(points)) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .commonTail */ .en)(lo, hi, 'tpot');
        if (tail === null || tail.from <= 0)
            continue;
        const ratio = tail.to / tail.from;
        if (atLeast(ratio, t.tpot_degradation_ratio))
            out.push({ lo, hi, stat: tail.stat, fromS: tail.from, toS: tail.to, ratio });
    }
    return out;
}
/** Evidence naming the two cells of a concurrency step, in the order every curve rule writes it. */
function stepEvidence(lo, hi) {
    return {
        from_cell: lo.cell_id,
        to_cell: hi.cell_id,
        from_concurrency: lo.concurrency,
        to_concurrency: hi.concurrency,
    };
}
/** `c<N>` label of a cell's concurrency. */
function concLabel(c) {
    return c.concurrency === null ? 'c?' : `c${c.concurrency}`;
}
/** Midpoint concurrency between two points, or null when they are adjacent integers. */
function midConcurrency(lo, hi) {
    const m = Math.round((lo + hi) / 2);
    return m > lo && m < hi ? m : null;
}
// ---------------------------------------------------------------------------------------------
// cross_run
const CURVE_CODES = [
    'ttft_cliff',
    'throughput_plateau',
    'tpot_degradation',
    'kv_pressure',
    'kv_offload_thrash',
    'prefix_cache_regression',
    'partial_run',
    'invalid_run_no_successful_requests',
];
function pointRow(c, t) {
    const row = {
        cell_id: c.cell_id,
        concurrency: c.concurrency,
        tput_per_gpu: metricOf(c, 'tput_per_gpu'),
        total_tput_tps: metricOf(c, 'total_tput_tps'),
        output_tput_tps: metricOf(c, 'output_tput_tps'),
        p99_ttft_s: metricOf(c, 'p99_ttft'),
        p99_tpot_s: metricOf(c, 'p99_tpot'),
        success_rate: c.completion.success_rate,
        completion_status: c.completion.status,
    };
    // Without p99 the curve rules used p95 (else p90): name it next to its value.
    for (const base of ['ttft', 'tpot']) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, base);
        if (tail !== null && tail.stat !== 'p99') {
            row[`${base}_tail_stat`] = tail.stat;
            row[`${base}_tail_s`] = tail.value;
        }
    }
    if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null)
        row.slo_compliant = sloCompliant(c, t);
    return row;
}
/**
 * SLO compliance of a point: every configured SLO is met (a missing metric for a configured SLO
 * means unknown, null), and the cell did not fail. Null when no SLO is configured.
 */
function sloCompliant(c, t) {
    if (t.slo_ttft_p99_s === null && t.slo_tpot_p99_s === null)
        return null;
    if (c.completion.status === 'failed')
        return false;
    const checks = [
        [t.slo_ttft_p99_s, metricOf(c, 'p99_ttft')],
        [t.slo_tpot_p99_s, metricOf(c, 'p99_tpot')],
    ];
    let unknown = false;
    for (const [slo, v] of checks) {
        if (slo === null)
            continue;
        if (v === null)
            unknown = true;
        else if (v > slo)
            return false;
    }
    return unknown ? null : true;
}
function sevRank(s) {
    return s === 'critical' ? 2 : s === 'warning' ? 1 : 0;
}
/**
 * The `cross_run` block: one entry per family (sorted by label, as `buildFamilies` sorts them),
 * with the curve, the findings along it, the knee, the goodput view and next measurements.
 * `cells` must already carry their findings.
 */
function buildCrossRun(families, t) {
    const out = families
        .filter((fam) => fam.cells.some(hasCurveMetric))
        .map((fam) => {
        const curve = fam.cells.map((c) => pointRow(c, t));
        const ids = new Set(fam.cells.map((c) => c.cell_id));
        const findings = fam.cells
            .flatMap((c) => c.findings)
            .filter((f) => f.cell_id !== null && ids.has(f.cell_id) && CURVE_CODES.includes(f.code))
            .map((f) => ({ code: f.code, severity: f.severity, cell_id: f.cell_id, message: f.message }))
            .sort((a, b) => sevRank(b.severity) - sevRank(a.severity) || cmp(a.cell_id ?? '', b.cell_id ?? '') || cmp(a.code, b.code));
        const cliffs = detectTtftCliffs(fam, t);
        const first = cliffs[0];
        const knee = first
            ? {
                concurrency: first.lo.concurrency,
                cell_id: first.lo.cell_id,
                basis: `highest concurrency before the first TTFT cliff (${concLabel(first.lo)}→${concLabel(first.hi)})`,
            }
            : null;
        const usable = usablePoints(fam);
        let goodput = null;
        if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) {
            const ok = usable.filter((c) => sloCompliant(c, t) === true);
            const best = ok[ok.length - 1] ?? null;
            goodput = {
                slo_ttft_p99_s: t.slo_ttft_p99_s,
                slo_tpot_p99_s: t.slo_tpot_p99_s,
                max_compliant_concurrency: best?.concurrency ?? null,
                cell_id: best?.cell_id ?? null,
                tput_per_gpu: best ? metricOf(best, 'tput_per_gpu') : null,
                compliant_points: ok.length,
                points: usable.length,
            };
        }
        return {
            key: fam.key,
            label: fam.label,
            points: fam.cells.length,
            usable_points: usable.length,
            curve_rules_applied: usable.filter((c) => (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'ttft') !== null).length >= cliffMinPoints(t),
            curve,
            findings,
            knee,
            ...(goodput ? { goodput } : {}),
            next_measurements: nextMeasurements(fam, t),
        };
    });
    return {
        min_family_points: t.min_family_points,
        families: out,
    };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Which points to measure next, from the evidence along one family: the midpoint of a TTFT
 * cliff, of the step where a plateau starts and of a TPOT degradation step; the SLO boundary;
 * a re-run of points below the partial-run line or failed; one more point when a family of
 * two or more measured points is too short for the curve rules. Deduplicated by (concurrency,
 * kind), sorted by concurrency.
 */
function nextMeasurements(fam, t) {
    const out = new Map();
    const add = (m) => {
        const k = `${m.kind}:${m.concurrency}`;
        const prev = out.get(k);
        if (prev)
            prev.reason = `${prev.reason}; ${m.reason}`;
        else
            out.set(k, m);
    };
    const between = (lo, hi, why) => {
        const mid = midConcurrency(lo.concurrency, hi.concurrency);
        if (mid !== null) {
            add({
                family: fam.label,
                concurrency: mid,
                kind: 'new_point',
                cell_id: null,
                reason: `${why} between ${concLabel(lo)} and ${concLabel(hi)}: c${mid} locates it`,
            });
        }
        else {
            add({
                family: fam.label,
                concurrency: hi.concurrency,
                kind: 're_run',
                cell_id: hi.cell_id,
                reason: `${why} between adjacent points ${concLabel(lo)} and ${concLabel(hi)}: a repeat of ${concLabel(hi)} confirms it`,
            });
        }
    };
    for (const c of detectTtftCliffs(fam, t))
        between(c.lo, c.hi, `${c.stat} TTFT rises ${c.ratio.toFixed(2)}×`);
    for (const p of detectPlateaus(fam, t)) {
        const s = p.steps[0];
        const before = usablePoints(fam)
            .filter((c) => (c.concurrency ?? 0) < (s.lo.concurrency ?? 0))
            .pop();
        if (before)
            between(before, s.lo, `throughput stops growing from ${concLabel(s.lo)}; the last gain is`);
    }
    for (const d of detectTpotDegradation(fam, t))
        between(d.lo, d.hi, `${d.stat} TPOT grows ${d.ratio.toFixed(2)}×`);
    if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) {
        const pts = usablePoints(fam);
        for (let i = 1; i < pts.length; i++) {
            const lo = pts[i - 1];
            const hi = pts[i];
            if (sloCompliant(lo, t) === true && sloCompliant(hi, t) === false)
                between(lo, hi, 'the SLO boundary lies');
        }
    }
    for (const c of fam.cells) {
        if (c.concurrency === null)
            continue;
        const st = c.completion.status;
        const rate = c.completion.success_rate;
        // Below the partial-run line (or failed): the point describes a run that lost requests.
        if (st === 'failed' || (st === 'partial' && rate !== null && rate < t.partial_run_min_success)) {
            add({
                family: fam.label,
                concurrency: c.concurrency,
                kind: 're_run',
                cell_id: c.cell_id,
                reason: `${concLabel(c)} completed ${c.completion.num_requests_successful ?? '?'} of ${c.completion.num_requests_total ?? '?'} requests, so its latency and throughput describe a ${st} run`,
            });
        }
    }
    // A sweep that was started (≥ 2 measured points) but is too short for the curve rules.
    const usable = usablePoints(fam).filter(hasCurveMetric);
    if (usable.length >= 2 && usable.length < plateauMinPoints(t)) {
        const last = usable[usable.length - 1];
        const next = last.concurrency * 2;
        add({
            family: fam.label,
            concurrency: next,
            kind: 'new_point',
            cell_id: null,
            reason: `the family has ${usable.length} usable point(s) and curve rules need ${plateauMinPoints(t)}; c${next} extends it`,
        });
    }
    return [...out.values()].sort((a, b) => a.concurrency - b.concurrency || cmp(a.kind, b.kind));
}


/***/ }),

/***/ 5042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ evalAllowance),
/* harmony export */   k: () => (/* binding */ evalRegression)
/* harmony export */ });
/* harmony import */ var _curve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8648);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3010);


function seOf(c, name) {
    const v = c.metrics[`${name}_se`];
    return typeof v === 'number' ? v : null;
}
/** The allowed drop of `name` between a base and a head cell (compare's eval_stderr method too). */
function evalAllowance(base, head, name, minDrop) {
    const baseSe = seOf(base, name);
    const headSe = seOf(head, name);
    const se = baseSe === null && headSe === null ? null : Math.sqrt((baseSe ?? 0) ** 2 + (headSe ?? 0) ** 2);
    return {
        se,
        baseSe,
        headSe,
        threshold: se ?? minDrop,
        thresholdName: se === null ? 'eval_regression_min_drop' : 'eval stderr',
    };
}
function dropVsBaseline(pair, name, minDrop) {
    const { base, head } = pair;
    const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
    const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
    if (b === null || h === null)
        return null;
    const a = evalAllowance(base, head, name, minDrop);
    const d = h - b;
    if (!(d < 0 && Math.abs(d) > a.threshold))
        return null;
    const beyond = a.se === null ? 'the minimum drop' : 'the standard error';
    return {
        code: 'eval_regression',
        severity: 'warning',
        message: `${name} dropped from ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(name, b)} to ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(name, h)} (${d.toFixed(4)}), beyond ${beyond} ${a.threshold.toFixed(4)}.`,
        cell_id: head.cell_id,
        evidence: {
            metric: name,
            base: b,
            head: h,
            delta: (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(d),
            threshold: (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(a.threshold),
            threshold_name: a.thresholdName,
            base_se: a.baseSe,
            head_se: a.headSe,
            base_cell_id: base.cell_id,
        },
    };
}
/**
 * eval_regression (warning):
 * - a pass threshold for the task (config `eval_thresholds`, e.g. {"gsm8k": 0.9}): the cell's
 *   primary eval score (`eval_<task>_score`) is below it; one finding per cell and task;
 * - vs the baseline: the score dropped vs the matched baseline cell by more than the standard
 *   error of the difference (√(se_base² + se_head²) from `eval_<task>_score_se`, whichever are
 *   known), or by more than `eval_regression_min_drop` when neither is known.
 */
const evalRegression = {
    code: 'eval_regression',
    evaluate({ cells, evalThresholds }) {
        const passBy = new Map();
        for (const [task, v] of Object.entries(evalThresholds ?? {}))
            passBy.set(task.toLowerCase().replace(/[^a-z0-9]+/g, '_'), v);
        if (passBy.size === 0)
            return [];
        const out = [];
        for (const c of cells) {
            for (const key of Object.keys(c.metrics).sort()) {
                const m = _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .EVAL_SCORE_RE */ .aV.exec(key);
                if (!m)
                    continue;
                const task = m[1];
                const score = (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, key);
                const pass = passBy.get(task.toLowerCase());
                if (score === null || pass === undefined || score >= pass)
                    continue;
                out.push({
                    code: 'eval_regression',
                    severity: 'warning',
                    message: `Cell ${c.cell_id} ${task} score regressed: ${score.toFixed(3)} below the pass threshold ${pass}.`,
                    cell_id: c.cell_id,
                    evidence: {
                        conditions: ['below_pass_threshold'],
                        task,
                        metric: key,
                        score: (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(score),
                        score_se: (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, `${key}_se`),
                        pass_threshold: pass,
                        passes: false,
                        threshold_name: `eval_thresholds.${task}`,
                        threshold: pass,
                        files: (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .cellFiles */ .UZ)(c),
                    },
                });
            }
        }
        return out;
    },
    vsBaseline(pairs, t) {
        const out = [];
        for (const pair of pairs)
            for (const name of (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .evalScoreNames */ .j3)(pair.base, pair.head)) {
                const f = dropVsBaseline(pair, name, t.eval_regression_min_drop);
                if (f)
                    out.push(f);
            }
        return out;
    },
};


/***/ }),

/***/ 3560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ FINDING_RULES),
  A: () => (/* binding */ baselineFindings)
});

;// CONCATENATED MODULE: ./src/core/findings/missing-required-artifact.ts
/**
 * Critical: something the run promised is absent. Adapters report required files missing inside
 * a cell folder; this rule checks the campaign `manifest.json` expectations: a listed cell that
 * produced no cell, and a timeline declared expected that is absent.
 */
const missingRequiredArtifact = {
    code: 'missing_required_artifact',
    evaluate({ cells, expectations, timelineFiles }) {
        const out = [];
        for (const e of expectations) {
            const matches = cells.filter((c) => {
                if (e.cell_id !== null && c.cell_id === e.cell_id)
                    return true;
                if (e.dir !== null) {
                    const dirs = c.fragment_dirs ?? [];
                    return dirs.some((d) => d === e.dir || d.startsWith(`${e.dir}/`));
                }
                return false;
            });
            const what = e.cell_id ?? e.dir ?? '?';
            if (matches.length === 0) {
                out.push({
                    code: 'missing_required_artifact',
                    severity: 'critical',
                    message: `The campaign manifest ${e.file} lists cell ${what}, but no results for it were found.`,
                    cell_id: e.cell_id,
                    evidence: { kind: 'expected_cell_absent', manifest: e.file, expected: what },
                });
                continue;
            }
            if (e.timeline_expected) {
                const dir = e.dir ?? '';
                const has = timelineFiles.some((t) => (dir === '' ? true : t.startsWith(`${dir}/`)));
                if (!has) {
                    out.push({
                        code: 'missing_required_artifact',
                        severity: 'critical',
                        message: `The campaign manifest ${e.file} declares a timeline for ${what}, but no inferguard_timeline.jsonl was found there.`,
                        cell_id: matches[0]?.cell_id ?? null,
                        evidence: {
                            kind: 'expected_timeline_absent',
                            manifest: e.file,
                            expected: `${dir ? `${dir}/` : ''}inferguard_timeline.jsonl`,
                        },
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/invalid-run-no-successful-requests.ts
/** Critical: the request total is known and not one request succeeded (ANALYZER.md). */
const invalidRunNoSuccessfulRequests = {
    code: 'invalid_run_no_successful_requests',
    evaluate({ cells }) {
        return cells
            .filter((c) => c.completion.num_requests_total !== null && c.completion.num_requests_successful === 0)
            .map((c) => ({
            code: 'invalid_run_no_successful_requests',
            severity: 'critical',
            message: `Cell ${c.cell_id} has 0 successful requests out of ${c.completion.num_requests_total}, so it measured nothing.`,
            cell_id: c.cell_id,
            evidence: {
                num_requests_total: c.completion.num_requests_total,
                num_requests_successful: 0,
                file: c.completion.counts_source,
                counts_basis: c.completion.counts_basis,
            },
        }));
    },
};

;// CONCATENATED MODULE: ./src/core/findings/partial-run.ts
/**
 * Warning: some requests failed. Fires when 0 < success rate < `partial_run_min_success`
 * (default 0.95, InferGuard's _finalize_cell line; InferenceX's client itself exits non-zero
 * above 5% failures, an exit code the job scripts lose).
 */
const partialRun = {
    code: 'partial_run',
    evaluate({ cells, thresholds }) {
        const min = thresholds.partial_run_min_success;
        return cells
            .filter((c) => {
            const r = c.completion.success_rate;
            return r !== null && r > 0 && r < min;
        })
            .map((c) => {
            const { num_requests_successful: ok, num_requests_total: total, success_rate: rate } = c.completion;
            return {
                code: 'partial_run',
                severity: 'warning',
                message: `Cell ${c.cell_id} completed ${ok} of ${total} requests (${((rate ?? 0) * 100).toFixed(1)}%), below the ${(min * 100).toFixed(0)}% line.`,
                cell_id: c.cell_id,
                evidence: {
                    num_requests_total: total,
                    num_requests_successful: ok,
                    success_rate: rate,
                    threshold_name: 'partial_run_min_success',
                    threshold: min,
                    file: c.completion.counts_source,
                },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/findings/metrics-unavailable.ts
/**
 * Warning: a value a section needs is missing or impossible. Adapters report unreadable files
 * themselves (they know the file and line); this rule covers what only the merged cell shows:
 * a success count above the total (an input error, never a success), and a cell that carries
 * no performance metric at all although it is not an eval-only cell.
 */
const metricsUnavailable = {
    code: 'metrics_unavailable',
    evaluate({ cells }) {
        const out = [];
        for (const c of cells) {
            const { num_requests_total: total, num_requests_successful: ok } = c.completion;
            if (total !== null && ok !== null && ok > total) {
                out.push({
                    code: 'metrics_unavailable',
                    severity: 'warning',
                    message: `Cell ${c.cell_id} reports ${ok} successful requests out of ${total}, an impossible rate of ${(ok / Math.max(total, 1)).toFixed(3)}, so its completion is unknown.`,
                    cell_id: c.cell_id,
                    evidence: {
                        kind: 'success_above_total',
                        num_requests_total: total,
                        num_requests_successful: ok,
                        file: c.completion.counts_source,
                    },
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/curve.ts
var curve = __webpack_require__(8648);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/core/findings/ttft-cliff.ts


/**
 * ttft_cliff (warning; critical at ≥ 2× the ratio): in a family sorted by concurrency, a step
 * where tail TTFT (p99, else p95, else p90; the statistic is named in message and evidence) grows
 * ≥ `ttft_cliff_ratio` (2.0) while total throughput grows < `ttft_cliff_max_tput_gain` (0.10; a
 * decline counts): more load bought queueing, not throughput. One step (2 points) is enough. The
 * finding sits on the upper cell of the step.
 */
const ttftCliff = {
    code: 'ttft_cliff',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const s of (0,curve/* detectTtftCliffs */.hr)(fam, t)) {
                const gainPct = (s.tput.gain * 100).toFixed(1);
                const key = `${s.stat}_ttft`;
                out.push({
                    code: 'ttft_cliff',
                    severity: s.severity,
                    message: `${s.stat} TTFT rises ${s.ratio.toFixed(2)}× from ${(0,metrics/* formatMetric */.gI)(`${s.stat}_ttft`, s.ttftFromS)} at ${(0,curve/* concLabel */._v)(s.lo)} to ${(0,metrics/* formatMetric */.gI)(`${s.stat}_ttft`, s.ttftToS)} at ${(0,curve/* concLabel */._v)(s.hi)} while ${s.tput.metric} changes ${s.tput.gain >= 0 ? '+' : ''}${gainPct}% (cliff at ≥ ${t.ttft_cliff_ratio}× with < ${(t.ttft_cliff_max_tput_gain * 100).toFixed(0)}% throughput gain).`,
                    cell_id: s.hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...(0,curve/* stepEvidence */.cc)(s.lo, s.hi),
                        tail_stat: s.stat,
                        latency_metric: key,
                        [`${key}_from_s`]: (0,curve.r)(s.ttftFromS),
                        [`${key}_to_s`]: (0,curve.r)(s.ttftToS),
                        ratio: (0,curve.r)(s.ratio),
                        throughput_metric: s.tput.metric,
                        throughput_from: (0,curve.r)(s.tput.from),
                        throughput_to: (0,curve.r)(s.tput.to),
                        throughput_gain: (0,curve.r)(s.tput.gain),
                        threshold_name: 'ttft_cliff_ratio',
                        threshold: t.ttft_cliff_ratio,
                        thresholds: {
                            ttft_cliff_ratio: t.ttft_cliff_ratio,
                            ttft_cliff_max_tput_gain: t.ttft_cliff_max_tput_gain,
                            critical_ratio: 2 * t.ttft_cliff_ratio,
                            min_family_points: (0,curve/* cliffMinPoints */.IT)(t),
                        },
                        cells: [s.lo.cell_id, s.hi.cell_id],
                        files: [...new Set([...(0,curve/* cellFiles */.UZ)(s.lo), ...(0,curve/* cellFiles */.UZ)(s.hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/tail.ts
var tail = __webpack_require__(9393);
;// CONCATENATED MODULE: ./src/core/findings/tpot-degradation.ts



/**
 * tpot_degradation (warning): tail TPOT (p99, else p95, else p90; named in message and evidence)
 * grows ≥ `tpot_degradation_ratio` (1.5) vs the previous point of the family (pairwise, so two
 * points suffice). Each token of every running request gets slower: decode is sharing the GPU
 * with more work than it keeps up with. The finding sits on the upper cell.
 *
 * vs the baseline: the tail TPOT the base and head cells share grew ≥ `tpot_degradation_ratio`
 * vs the matched baseline cell (one finding per pair, in compare.json).
 */
const tpotDegradation = {
    code: 'tpot_degradation',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const s of (0,curve/* detectTpotDegradation */.Pe)(fam, t)) {
                const key = `${s.stat}_tpot`;
                out.push({
                    code: 'tpot_degradation',
                    severity: 'warning',
                    message: `${s.stat} TPOT grows ${s.ratio.toFixed(2)}× from ${(0,metrics/* formatMetric */.gI)(`${s.stat}_tpot`, s.fromS)} at ${(0,curve/* concLabel */._v)(s.lo)} to ${(0,metrics/* formatMetric */.gI)(`${s.stat}_tpot`, s.toS)} at ${(0,curve/* concLabel */._v)(s.hi)} (threshold ${t.tpot_degradation_ratio}×).`,
                    cell_id: s.hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...(0,curve/* stepEvidence */.cc)(s.lo, s.hi),
                        tail_stat: s.stat,
                        latency_metric: key,
                        [`${key}_from_s`]: (0,curve.r)(s.fromS),
                        [`${key}_to_s`]: (0,curve.r)(s.toS),
                        ratio: (0,curve.r)(s.ratio),
                        threshold_name: 'tpot_degradation_ratio',
                        threshold: t.tpot_degradation_ratio,
                        cells: [s.lo.cell_id, s.hi.cell_id],
                        files: [...new Set([...(0,curve/* cellFiles */.UZ)(s.lo), ...(0,curve/* cellFiles */.UZ)(s.hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
    vsBaseline(pairs, t) {
        const ratio = t.tpot_degradation_ratio;
        const out = [];
        for (const { base, head } of pairs) {
            const tpot = (0,tail/* commonTail */.en)(base, head, 'tpot');
            if (tpot === null || !(tpot.from > 0) || tpot.to / tpot.from < ratio)
                continue;
            const { from: tb, to: th } = tpot;
            out.push({
                code: 'tpot_degradation',
                severity: 'warning',
                message: `${tpot.stat} TPOT grew ${(th / tb).toFixed(2)}× vs the baseline cell (${(0,metrics/* formatMetric */.gI)(tpot.key, tb)} → ${(0,metrics/* formatMetric */.gI)(tpot.key, th)}; threshold ${ratio}×).`,
                cell_id: head.cell_id,
                evidence: {
                    metric: tpot.key,
                    tail_stat: tpot.stat,
                    base: tb,
                    head: th,
                    ratio: Number((th / tb).toPrecision(6)),
                    threshold: ratio,
                    threshold_name: 'tpot_degradation_ratio',
                    base_cell_id: base.cell_id,
                },
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/throughput-plateau.ts

const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
/**
 * throughput_plateau (warning): at least 2 consecutive concurrency steps (3 points) where
 * throughput (per GPU first) changes by less than `plateau_max_gain` (0.05) in either direction
 * while tail TTFT or tail TPOT (p99, else p95, else p90) worsens ≥ `plateau_min_latency_worsening`
 * (0.10): more load, no more throughput, worse latency. A decline (throughput falls by the gain
 * limit or more) is never a plateau. One finding per run of flat steps, on the cell where the
 * plateau starts (the lower end of its first step).
 */
const throughputPlateau = {
    code: 'throughput_plateau',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const p of (0,curve/* detectPlateaus */.Bk)(fam, t)) {
                const first = p.steps[0];
                const last = p.steps[p.steps.length - 1];
                const cells = [first.lo, ...p.steps.map((s) => s.hi)];
                const gains = p.steps.map((s) => pct(s.tput.gain)).join(', ');
                const worst = p.steps.reduce((a, b) => (b.latencyWorsening > a.latencyWorsening ? b : a));
                const stats = [...new Set(p.steps.map((s) => s.latencyMetric))].sort();
                out.push({
                    code: 'throughput_plateau',
                    severity: p.severity,
                    message: `Throughput plateaus from ${(0,curve/* concLabel */._v)(first.lo)} to ${(0,curve/* concLabel */._v)(last.hi)}: ${first.tput.metric} ${first.tput.from.toFixed(0)} → ${last.tput.to.toFixed(0)} (steps ${gains}, each within ±${(t.plateau_max_gain * 100).toFixed(0)}%) while ${worst.latencyStat} ${worst.latencyMetric.endsWith('_ttft') ? 'TTFT' : 'TPOT'} worsens up to ${(worst.latencyWorsening * 100).toFixed(0)}%.`,
                    cell_id: first.lo.cell_id,
                    evidence: {
                        family: fam.label,
                        from_concurrency: first.lo.concurrency,
                        to_concurrency: last.hi.concurrency,
                        flat_steps: p.steps.length,
                        latency_metrics: stats,
                        steps: p.steps.map((s) => ({
                            ...(0,curve/* stepEvidence */.cc)(s.lo, s.hi),
                            throughput_metric: s.tput.metric,
                            throughput_from: (0,curve.r)(s.tput.from),
                            throughput_to: (0,curve.r)(s.tput.to),
                            throughput_gain: (0,curve.r)(s.tput.gain),
                            latency_metric: s.latencyMetric,
                            tail_stat: s.latencyStat,
                            latency_from_s: (0,curve.r)(s.latencyFromS),
                            latency_to_s: (0,curve.r)(s.latencyToS),
                            latency_worsening: (0,curve.r)(s.latencyWorsening),
                        })),
                        threshold_name: 'plateau_max_gain',
                        threshold: t.plateau_max_gain,
                        thresholds: {
                            plateau_max_gain: t.plateau_max_gain,
                            plateau_min_latency_worsening: t.plateau_min_latency_worsening,
                            min_family_points: (0,curve/* plateauMinPoints */.Af)(t),
                            min_consecutive_steps: 2,
                        },
                        cells: cells.map((c) => c.cell_id),
                        files: [...new Set(cells.flatMap(curve/* cellFiles */.UZ))].sort(),
                    },
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-pressure.ts

/**
 * kv_pressure (warning), per cell, from its server metrics over the run: GPU KV cache usage p95
 * ≥ `kv_pressure_usage` (0.95), or preemptions grew during the run (the differenced counter is
 * > 0: the engine ran out of KV blocks and evicted running requests), or CPU KV usage p95 ≥
 * `kv_pressure_cpu_usage` (0.90). One finding per cell naming every condition met. Live
 * timeline snapshots are not used here (they describe the endpoints, not one cell's run).
 */
const kvPressure = {
    code: 'kv_pressure',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const c of cells) {
            const usage = (0,curve/* metricOf */.ak)(c, 'kv_cache_usage_p95');
            const usageMax = (0,curve/* metricOf */.ak)(c, 'kv_cache_usage_max');
            const preempt = (0,curve/* metricOf */.ak)(c, 'preemptions');
            const cpu = (0,curve/* metricOf */.ak)(c, 'cpu_kv_cache_usage_p95');
            const reasons = [];
            const conditions = [];
            if (usage !== null && (0,curve/* atLeast */.jZ)(usage, t.kv_pressure_usage)) {
                conditions.push('gpu_kv_usage_p95');
                reasons.push(`GPU KV cache usage p95 ${(usage * 100).toFixed(1)}% ≥ ${(t.kv_pressure_usage * 100).toFixed(0)}%`);
            }
            if (preempt !== null && preempt > 0) {
                conditions.push('preemptions');
                reasons.push(`${preempt} preemption(s) during the run`);
            }
            if (cpu !== null && (0,curve/* atLeast */.jZ)(cpu, t.kv_pressure_cpu_usage)) {
                conditions.push('cpu_kv_usage_p95');
                reasons.push(`CPU KV cache usage p95 ${(cpu * 100).toFixed(1)}% ≥ ${(t.kv_pressure_cpu_usage * 100).toFixed(0)}%`);
            }
            if (conditions.length === 0)
                continue;
            out.push({
                code: 'kv_pressure',
                severity: 'warning',
                message: `Cell ${c.cell_id} is under KV cache pressure: ${reasons.join('; ')}${usageMax !== null ? ` (max usage ${(usageMax * 100).toFixed(1)}%)` : ''}.`,
                cell_id: c.cell_id,
                evidence: {
                    conditions,
                    kv_cache_usage_p95: usage === null ? null : (0,curve.r)(usage),
                    kv_cache_usage_max: usageMax === null ? null : (0,curve.r)(usageMax),
                    preemptions: preempt,
                    cpu_kv_cache_usage_p95: cpu === null ? null : (0,curve.r)(cpu),
                    threshold_name: 'kv_pressure_usage',
                    threshold: t.kv_pressure_usage,
                    thresholds: {
                        kv_pressure_usage: t.kv_pressure_usage,
                        kv_pressure_cpu_usage: t.kv_pressure_cpu_usage,
                        preemptions_above: 0,
                    },
                    files: (0,curve/* cellFiles */.UZ)(c),
                },
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-offload-thrash.ts

/**
 * kv_offload_thrash (warning): along a family (pairwise, neighbouring concurrency points), KV
 * bytes offloaded GPU→CPU and loaded CPU→GPU are both > 0 and both grow, p99 TTFT worsens ≥
 * `kv_offload_thrash_min_ttft_worsening` (0.20), AND throughput (output tokens first: resent
 * context inflates total tokens in agentic runs) grows < `kv_offload_thrash_max_tput_gain`
 * (0.10).
 *
 * Why the throughput condition: offload traffic and p99 TTFT both grow with concurrency in any
 * healthy offloading sweep, simply because more users hold more context (AgentX fixture c8→c16→c32:
 * offload 45→94→171 GB / 47→176→454 GB, p99 TTFT 1.50→2.29→3.54 s, yet latency is flat over
 * time inside every cell and output tok/s still grows +64% and +47%). Latency that buys
 * throughput is load. Thrashing is the case where the extra KV traffic stops buying work: the
 * same blocks move back and forth, latency worsens and throughput no longer grows (the classic
 * paging definition). ANALYZER.md's "while p99 TTFT worsens ≥ 0.20" is kept as is; "latency
 * degrades" (INPUTS.md §11) is read as "worsens without a throughput gain", the same test the
 * TTFT-cliff rule applies.
 */
const kvOffloadThrash = {
    code: 'kv_offload_thrash',
    evaluate({ families, thresholds: t }) {
        const out = [];
        const G2C = 'kv_offload_bytes_gpu_to_cpu';
        const C2G = 'kv_offload_bytes_cpu_to_gpu';
        for (const fam of families) {
            const points = (0,curve/* usablePoints */.SV)(fam).filter((c) => (0,curve/* metricOf */.ak)(c, G2C) !== null && (0,curve/* metricOf */.ak)(c, C2G) !== null);
            for (const [lo, hi] of (0,curve/* steps */.Ci)(points)) {
                const g0 = (0,curve/* metricOf */.ak)(lo, G2C);
                const g1 = (0,curve/* metricOf */.ak)(hi, G2C);
                const c0 = (0,curve/* metricOf */.ak)(lo, C2G);
                const c1 = (0,curve/* metricOf */.ak)(hi, C2G);
                if (!(g0 > 0 && c0 > 0 && g1 > g0 && c1 > c0))
                    continue;
                const ttft = (0,curve/* worsening */.Hr)(lo, hi, 'p99_ttft');
                if (ttft === null || !(0,curve/* atLeast */.jZ)(ttft.change, t.kv_offload_thrash_min_ttft_worsening))
                    continue;
                const tput = (0,curve/* throughputStep */.ZE)(lo, hi, curve/* TPUT_OUTPUT_FIRST */.hq);
                if (tput === null || !(0,curve/* below */.Gz)(tput.gain, t.kv_offload_thrash_max_tput_gain))
                    continue;
                out.push({
                    code: 'kv_offload_thrash',
                    severity: 'warning',
                    message: `KV offload grows from ${(0,curve/* concLabel */._v)(lo)} to ${(0,curve/* concLabel */._v)(hi)} in both directions (GPU→CPU ${(g0 / 1e9).toFixed(1)} → ${(g1 / 1e9).toFixed(1)} GB, CPU→GPU ${(c0 / 1e9).toFixed(1)} → ${(c1 / 1e9).toFixed(1)} GB) while p99 TTFT worsens ${(ttft.change * 100).toFixed(0)}% and ${tput.metric} changes ${tput.gain >= 0 ? '+' : ''}${(tput.gain * 100).toFixed(1)}%.`,
                    cell_id: hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...(0,curve/* stepEvidence */.cc)(lo, hi),
                        kv_offload_bytes_gpu_to_cpu_from: g0,
                        kv_offload_bytes_gpu_to_cpu_to: g1,
                        kv_offload_bytes_cpu_to_gpu_from: c0,
                        kv_offload_bytes_cpu_to_gpu_to: c1,
                        p99_ttft_from_s: (0,curve.r)(ttft.from),
                        p99_ttft_to_s: (0,curve.r)(ttft.to),
                        p99_ttft_worsening: (0,curve.r)(ttft.change),
                        throughput_metric: tput.metric,
                        throughput_gain: (0,curve.r)(tput.gain),
                        threshold_name: 'kv_offload_thrash_min_ttft_worsening',
                        threshold: t.kv_offload_thrash_min_ttft_worsening,
                        thresholds: {
                            kv_offload_thrash_min_ttft_worsening: t.kv_offload_thrash_min_ttft_worsening,
                            kv_offload_thrash_max_tput_gain: t.kv_offload_thrash_max_tput_gain,
                        },
                        cells: [lo.cell_id, hi.cell_id],
                        files: [...new Set([...(0,curve/* cellFiles */.UZ)(lo), ...(0,curve/* cellFiles */.UZ)(hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/core/findings/prefix-cache-regression.ts


const HIT = 'server_gpu_cache_hit_rate';
const THEO = 'theoretical_cache_hit_rate';
/**
 * prefix_cache_regression (warning), one finding per cell naming every condition met:
 * - the server GPU prefix-cache hit rate is below the theoretical rate (what the trace could hit
 *   with an unbounded cache) by more than `prefix_cache_gap` (0.10 absolute);
 * - it dropped ≥ `prefix_cache_drop` (0.10 absolute) vs the comparable lower-concurrency point
 *   (the previous point of the family with a hit rate);
 * vs the baseline: the hit rate dropped ≥ `prefix_cache_drop` vs the matched baseline cell (one
 * finding per pair, in compare.json).
 */
const prefixCacheRegression = {
    code: 'prefix_cache_regression',
    evaluate({ cells, families, thresholds: t }) {
        const previous = new Map();
        for (const fam of families) {
            const pts = (0,curve/* usablePoints */.SV)(fam).filter((c) => (0,curve/* metricOf */.ak)(c, HIT) !== null);
            for (let i = 1; i < pts.length; i++) {
                const lo = pts[i - 1];
                const hi = pts[i];
                if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0))
                    previous.set(hi.cell_id, lo);
            }
        }
        const out = [];
        for (const c of cells) {
            const hit = (0,curve/* metricOf */.ak)(c, HIT);
            if (hit === null)
                continue;
            const conditions = [];
            const reasons = [];
            const evidence = { server_gpu_cache_hit_rate: (0,curve.r)(hit) };
            const theo = (0,curve/* metricOf */.ak)(c, THEO);
            if (theo !== null) {
                evidence.theoretical_cache_hit_rate = (0,curve.r)(theo);
                evidence.gap_to_theoretical = (0,curve.r)(theo - hit);
                if ((0,curve/* below */.Gz)(hit, theo - t.prefix_cache_gap)) {
                    conditions.push('below_theoretical');
                    reasons.push(`${(hit * 100).toFixed(1)}% vs a theoretical ${(theo * 100).toFixed(1)}% (gap ${((theo - hit) * 100).toFixed(1)} points > ${(t.prefix_cache_gap * 100).toFixed(0)})`);
                }
            }
            const prev = previous.get(c.cell_id);
            const cells = [c.cell_id];
            const files = new Set((0,curve/* cellFiles */.UZ)(c));
            if (prev) {
                const ph = (0,curve/* metricOf */.ak)(prev, HIT);
                evidence.lower_concurrency_cell = prev.cell_id;
                evidence.lower_concurrency_hit_rate = (0,curve.r)(ph);
                evidence.drop_vs_lower_concurrency = (0,curve.r)(ph - hit);
                if ((0,curve/* atLeast */.jZ)(ph - hit, t.prefix_cache_drop)) {
                    conditions.push('drop_vs_lower_concurrency');
                    reasons.push(`down ${((ph - hit) * 100).toFixed(1)} points from ${(ph * 100).toFixed(1)}% at ${(0,curve/* concLabel */._v)(prev)}`);
                    cells.unshift(prev.cell_id);
                    for (const f of (0,curve/* cellFiles */.UZ)(prev))
                        files.add(f);
                }
            }
            if (conditions.length === 0)
                continue;
            out.push({
                code: 'prefix_cache_regression',
                severity: 'warning',
                message: `Cell ${c.cell_id} has a server GPU prefix-cache hit rate of ${(hit * 100).toFixed(1)}%: ${reasons.join('; ')}.`,
                cell_id: c.cell_id,
                evidence: {
                    conditions,
                    ...evidence,
                    threshold_name: conditions[0] === 'below_theoretical' ? 'prefix_cache_gap' : 'prefix_cache_drop',
                    threshold: conditions[0] === 'below_theoretical' ? t.prefix_cache_gap : t.prefix_cache_drop,
                    thresholds: { prefix_cache_gap: t.prefix_cache_gap, prefix_cache_drop: t.prefix_cache_drop },
                    cells,
                    files: [...files].sort(),
                },
            });
        }
        return out;
    },
    vsBaseline(pairs, t) {
        const drop = t.prefix_cache_drop;
        const out = [];
        for (const { base, head } of pairs) {
            const cb = (0,curve/* metricOf */.ak)(base, HIT);
            const ch = (0,curve/* metricOf */.ak)(head, HIT);
            if (cb === null || ch === null || !(cb - ch >= drop))
                continue;
            out.push({
                code: 'prefix_cache_regression',
                severity: 'warning',
                message: `Server GPU prefix-cache hit rate dropped from ${(0,format/* formatPct */.R8)(cb)} to ${(0,format/* formatPct */.R8)(ch)} vs the baseline cell (threshold ${(drop * 100).toFixed(1)} points).`,
                cell_id: head.cell_id,
                evidence: {
                    metric: HIT,
                    base: cb,
                    head: ch,
                    drop: Number((cb - ch).toPrecision(6)),
                    threshold: drop,
                    threshold_name: 'prefix_cache_drop',
                    base_cell_id: base.cell_id,
                },
            });
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/timeline-block.ts
var timeline_block = __webpack_require__(2320);
// EXTERNAL MODULE: ./src/core/timeline-samples.ts
var timeline_samples = __webpack_require__(2402);
;// CONCATENATED MODULE: ./src/core/findings/prefill-decode-imbalance.ts



/**
 * prefill_decode_imbalance (warning), re-derived from the live timeline: the ratio of running
 * requests prefill/decode lies outside [`imbalance_ratio_low`, `imbalance_ratio_high`] (0.5–2.0)
 * in ≥ `imbalance_min_samples` (3) samples. Samples where either count is missing, or both are 0,
 * say nothing; decode 0 with prefill running counts as outside. Disaggregated decode pools
 * normally hold most running requests (INPUTS.md §8), so this fires on healthy disagg runs too:
 * the finding reports the counts and the ratio range, once per timeline, merged with the carried one.
 */
const prefillDecodeImbalance = {
    code: 'prefill_decode_imbalance',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const hits = new timeline_block/* TimelineHits */.e(s);
            const ratios = [];
            let decodeIdle = 0;
            let judged = 0;
            for (let i = 0; i < s.length; i++) {
                const p = s.num(timeline_samples/* COL_PREFILL_RUNNING */.Gt, i);
                const d = s.num(timeline_samples/* COL_DECODE_RUNNING */.A5, i);
                if (p === null || d === null || (p === 0 && d === 0))
                    continue;
                judged++;
                if (d === 0) {
                    decodeIdle++;
                    hits.add(i);
                    continue;
                }
                const ratio = p / d;
                if (ratio < t.imbalance_ratio_low || ratio > t.imbalance_ratio_high) {
                    hits.add(i);
                    ratios.push(ratio);
                }
            }
            if (hits.count < t.imbalance_min_samples)
                continue;
            ratios.sort((a, b) => a - b);
            const lo = ratios[0] ?? null;
            const hi = ratios[ratios.length - 1] ?? null;
            const range = lo !== null && hi !== null ? `ratio ${lo.toFixed(3)}–${hi.toFixed(3)}` : 'decode idle';
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'prefill_decode_imbalance',
                severity: 'warning',
                hits,
                what: `running requests prefill/decode outside [${t.imbalance_ratio_low}, ${t.imbalance_ratio_high}] (${range}${decodeIdle > 0 && lo !== null ? `, decode idle in ${decodeIdle}` : ''})`,
                threshold_name: 'imbalance_min_samples',
                threshold: t.imbalance_min_samples,
                extra: {
                    judged_samples: judged,
                    ratio_min: lo === null ? null : (0,parse/* roundStable */.O6)(lo),
                    ratio_max: hi === null ? null : (0,parse/* roundStable */.O6)(hi),
                    decode_idle_samples: decodeIdle,
                    thresholds: {
                        imbalance_ratio_low: t.imbalance_ratio_low,
                        imbalance_ratio_high: t.imbalance_ratio_high,
                        imbalance_min_samples: t.imbalance_min_samples,
                    },
                },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-transfer-stall.ts


/** Every byte counter column (sent/recv per role). */
const COUNTER_COLS = timeline_samples/* SNAPSHOT_ROLES */.Te.flatMap((_, r) => timeline_samples/* KV_BYTE_COUNTERS */.bh.map((__, c) => (0,timeline_samples/* colCounter */.FD)(r, c)));
/** Row i exposes at least one byte counter. */
function hasCounter(s, i) {
    for (const col of COUNTER_COLS)
        if (s.num(col, i) !== null)
            return true;
    return false;
}
/** At least one counter is present in both rows, and every counter present in both is unchanged. */
function flatSince(s, prev, i) {
    let shared = 0;
    for (const col of COUNTER_COLS) {
        const a = s.num(col, i);
        const b = s.num(col, prev);
        if (a === null || b === null)
            continue;
        if (a !== b)
            return false;
        shared++;
    }
    return shared > 0;
}
/**
 * kv_transfer_stall (warning), re-derived from the live timeline: the KV-transfer byte counters
 * (sent/recv, every endpoint exposing them) stay unchanged across ≥ `kv_transfer_stall_min_samples`
 * (3) consecutive samples while requests are running. A window breaks on growth, a reset
 * (decrease), no running request, or no counter present in both samples: a run without transfer
 * counters (not disaggregated) never stalls. One finding per timeline, merged with the carried one.
 */
const kvTransferStall = {
    code: 'kv_transfer_stall',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const hits = new timeline_block/* TimelineHits */.e(s);
            // The current window: consecutive rows [start, end); windows are disjoint and in time order.
            let start = 0;
            let end = 0;
            let prevActive = false;
            let longest = 0;
            const close = () => {
                const len = end - start;
                if (len >= t.kv_transfer_stall_min_samples)
                    for (let i = start; i < end; i++)
                        hits.add(i);
                longest = Math.max(longest, len);
                start = end;
            };
            for (let i = 0; i < s.length; i++) {
                const active = s.running(i) && hasCounter(s, i);
                if (!active) {
                    close();
                    start = end = i + 1;
                    prevActive = false;
                    continue;
                }
                const flat = prevActive && flatSince(s, i - 1, i);
                if (flat)
                    end = i + 1;
                else {
                    close();
                    start = i;
                    end = i + 1;
                }
                prevActive = true;
            }
            close();
            if (hits.count === 0)
                continue;
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'kv_transfer_stall',
                severity: 'warning',
                hits,
                what: `KV-transfer byte counters flat while requests run (longest flat window ${longest} samples, threshold ${t.kv_transfer_stall_min_samples})`,
                threshold_name: 'kv_transfer_stall_min_samples',
                threshold: t.kv_transfer_stall_min_samples,
                extra: { longest_flat_window_samples: longest },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-transfer-errors-present.ts



/**
 * kv_transfer_errors_present (warning; critical when the error counter reaches
 * `kv_transfer_errors_critical`, 100), re-derived from the live timeline: the KV-transfer error
 * counter (`kv_transfer_errors_total`, summed over endpoints that expose it) grows between
 * samples. The first sample with a value counts when it is already > 0; a counter that goes down
 * was reset, and its new value is the growth. One finding per timeline, merged with the carried
 * one.
 */
const kvTransferErrorsPresent = {
    code: 'kv_transfer_errors_present',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const hits = new timeline_block/* TimelineHits */.e(s);
            let prev = null;
            let first = null;
            let last = null;
            let max = 0;
            let growth = 0;
            for (let i = 0; i < s.length; i++) {
                // Summed over the endpoints exposing the counter, null when none does.
                const total = s.num(timeline_samples/* COL_ERRORS_TOTAL */.CA, i);
                if (total === null)
                    continue;
                if (first === null)
                    first = total;
                last = total;
                max = Math.max(max, total);
                const inc = prev === null || total < prev ? total : total - prev;
                if (inc > 0) {
                    hits.add(i);
                    growth += inc;
                }
                prev = total;
            }
            if (hits.count === 0)
                continue;
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'kv_transfer_errors_present',
                severity: max >= t.kv_transfer_errors_critical ? 'critical' : 'warning',
                hits,
                what: `KV-transfer errors growing (counter ${first} → ${last}, max ${max}; critical at ${t.kv_transfer_errors_critical})`,
                threshold_name: 'kv_transfer_errors_critical',
                threshold: t.kv_transfer_errors_critical,
                extra: { errors_first: first, errors_last: last, errors_max: max, errors_growth: (0,parse/* roundStable */.O6)(growth) },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/endpoint-unreachable.ts


/**
 * endpoint_unreachable (critical), re-derived from the live timeline's disagg-status/v1
 * snapshots: a snapshot whose `scrape_error` is set (non-empty). One finding per timeline (on the
 * cell that owns it), merged with the carried one; never one per line.
 */
const endpointUnreachable = {
    code: 'endpoint_unreachable',
    evaluate({ cells }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const { hits, roles } = (0,timeline_block/* roleHits */.Tu)(s, (i) => s.unreachableRoles(i));
            if (hits.count === 0)
                continue;
            // The first scrape error (role order) of the first sample with one, kept by the reader.
            const firstError = s.firstScrapeError;
            const roleList = (0,timeline_samples/* roleNames */.nc)(roles);
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'endpoint_unreachable',
                severity: 'critical',
                hits,
                what: `the ${roleList.join(' and ')} endpoint unreachable (${firstError})`,
                threshold_name: null,
                threshold: null,
                extra: { roles: roleList, first_error: firstError },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/engine-unidentified.ts


/**
 * engine_unidentified (warning), re-derived from the live timeline: a snapshot whose endpoint
 * engine is `unknown` although it was scraped without error (an unreachable endpoint is
 * endpoint_unreachable, not this). One finding per timeline, merged with the carried one.
 */
const engineUnidentified = {
    code: 'engine_unidentified',
    evaluate({ cells }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const { hits, roles } = (0,timeline_block/* roleHits */.Tu)(s, (i) => s.engineUnknownRoles(i));
            if (hits.count === 0)
                continue;
            const roleList = (0,timeline_samples/* roleNames */.nc)(roles);
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'engine_unidentified',
                severity: 'warning',
                hits,
                what: `the ${roleList.join(' and ')} endpoint answering without an identifiable engine`,
                threshold_name: null,
                threshold: null,
                extra: { roles: roleList },
            }));
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/findings/eval-regression.ts
var eval_regression = __webpack_require__(5042);
;// CONCATENATED MODULE: ./src/core/findings/index.ts
















const FINDING_RULES = [
    missingRequiredArtifact,
    invalidRunNoSuccessfulRequests,
    partialRun,
    metricsUnavailable,
    ttftCliff,
    tpotDegradation,
    throughputPlateau,
    kvPressure,
    kvOffloadThrash,
    prefixCacheRegression,
    prefillDecodeImbalance,
    kvTransferStall,
    kvTransferErrorsPresent,
    endpointUnreachable,
    engineUnidentified,
    eval_regression/* evalRegression */.k,
];
/** Every rule's findings vs the baseline, over compare's matched (base, head) pairs. */
function baselineFindings(pairs, thresholds) {
    return FINDING_RULES.flatMap((rule) => rule.vsBaseline?.(pairs, thresholds) ?? []);
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
/** Where a single predicate key falls back to when an element has no such field (seed 002's Data → Context). */
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
/**
 * Resolves `steps` from `root`. `prefix` is the text of the path up to `root` ('' for the report,
 * 'diff' for the diff document). Returns one resolution, or one per element of each `[*]`, in
 * list order.
 */
function resolvePath(steps, root, prefix = '') {
    const out = [];
    const join = (path, step) => path === '' && step.startsWith('.') ? step.slice(1) : `${path}${step}`;
    const walk = (value, i, path, cells) => {
        const step = steps[i];
        if (step === undefined) {
            out.push({ kind: 'value', value, path, cells });
            return;
        }
        const here = path === '' ? 'the report' : path;
        if (step.kind === 'key') {
            const next = join(path, formatStep(step));
            if (value === null) {
                out.push({ kind: 'not_found', message: `${here} is null, so it has no '${step.key}'.`, path: next, cells });
            }
            else if (Array.isArray(value)) {
                out.push({
                    kind: 'error',
                    message: `${here} is a list; pick an element with [key=value] or [*] before '.${step.key}'.`,
                    path: next,
                    cells,
                });
            }
            else if (!isObj(value)) {
                out.push({
                    kind: 'error',
                    message: `${here} is ${kindOf(value)}, not an object, so it has no '${step.key}'.`,
                    path: next,
                    cells,
                });
            }
            else if (!has(value, step.key)) {
                out.push({
                    kind: 'not_found',
                    message: `key '${step.key}' not found in ${here}${availableKeys(value)}.`,
                    path: next,
                    cells,
                });
            }
            else {
                walk(value[step.key], i + 1, next, cells);
            }
            return;
        }
        const sel = formatStep(step);
        if (value === null) {
            out.push({ kind: 'not_found', message: `${here} is null, so ${sel} selects nothing.`, path: path + sel, cells });
            return;
        }
        if (!Array.isArray(value)) {
            out.push({
                kind: 'error',
                message: `${here} is ${kindOf(value)}, not a list, so ${sel} does not apply.`,
                path: path + sel,
                cells,
            });
            return;
        }
        const list = value;
        if (step.kind === 'wildcard') {
            if (list.length === 0)
                out.push({ kind: 'not_found', message: `${here} is empty, so [*] selects nothing.`, path: path + sel, cells });
            list.forEach((el, k) => walk(el, i + 1, path + concreteSelector(list, k), union(cells, cellIdsOf(el))));
            return;
        }
        if (step.kind === 'index') {
            if (step.index >= list.length) {
                out.push({
                    kind: 'not_found',
                    message: `${here} has ${list.length} elements, so there is no element ${step.index}.`,
                    path: path + sel,
                    cells,
                });
            }
            else {
                const el = list[step.index];
                walk(el, i + 1, path + sel, union(cells, cellIdsOf(el)));
            }
            return;
        }
        const hits = [];
        list.forEach((el, k) => {
            if (step.predicates.every((p) => predicateMatches(lookupPredicateField(el, p.key), p)))
                hits.push(k);
        });
        if (hits.length === 0) {
            out.push({
                kind: 'not_found',
                message: `none of the ${list.length} elements of ${here} matches ${sel}.`,
                path: path + sel,
                cells,
            });
        }
        else if (hits.length > 1) {
            const matches = [...new Set(hits.map((k) => describeElement(list[k], k)))].sort();
            const involved = hits.reduce((acc, k) => union(acc, cellIdsOf(list[k])), cells);
            const shown = matches.slice(0, 10).join(', ') + (matches.length > 10 ? `, … ${matches.length - 10} more` : '');
            out.push({
                kind: 'conflict',
                message: `${hits.length} elements of ${here} match ${sel} (${shown}); add a predicate so exactly one matches.`,
                path: path + sel,
                cells: involved,
                matches,
            });
        }
        else {
            const k = hits[0] ?? 0;
            walk(list[k], i + 1, path + sel, union(cells, cellIdsOf(list[k])));
        }
    };
    walk(root, 0, prefix, []);
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

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    // The configuration a generic result's file name states beyond its point (src/sources/lib/path-facts.ts).
    'config_label',
    // A later line of one appended results file (JSONL) that repeats an earlier line's configuration.
    'repeat',
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
 * except success_rate (absolute, in rate units: 0.01 = one percentage point): latency ±10%,
 * throughput ±5%, cost ±5%, success rate 1 point; run-to-run variation of aggregate benchmark
 * numbers on a quiet machine is usually a few percent (docs/COMPARE.md).
 */
const NOISE_BAND_DEFAULTS = Object.freeze({
    latency: 0.1,
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
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   oq: () => (/* binding */ NumberColumn),
/* harmony export */   p6: () => (/* binding */ EMPTY_SAMPLE),
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

/***/ 2320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ dropReplacedCarried),
/* harmony export */   Gh: () => (/* binding */ timelineGroups),
/* harmony export */   HN: () => (/* binding */ buildTimelineBlock),
/* harmony export */   PM: () => (/* binding */ timelineFinding),
/* harmony export */   Tu: () => (/* binding */ roleHits),
/* harmony export */   e: () => (/* binding */ TimelineHits)
/* harmony export */ });
/* unused harmony export detectLiveTtftCliff */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2402);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/**
 * The `timeline` block of a cell (ANALYZER.md): sample count, first/last observation, finding
 * counts by code (live codes outside the analyze enum, like connector_mismatch, counted here and
 * never reported as findings), first finding, first critical finding, and the lead time from the
 * first live finding to a TTFT cliff seen in the live TTFT.
 *
 * Also the shared helpers of the five timeline rules (endpoint_unreachable, engine_unidentified,
 * kv_transfer_errors_present, kv_transfer_stall, prefill_decode_imbalance): grouping the cells
 * that share one timeline file (its samples are the compact columns of timeline-samples.ts, filled
 * by the reader), collecting the hit samples, and building the ONE finding per code per timeline,
 * merged with the finding the timeline itself carried.
 */



function iso(epochS) {
    return epochS === null ? null : new Date(Math.round(epochS * 1000)).toISOString();
}
/** Cells grouped by the timeline file attached to them, sorted by file. */
function timelineGroups(cells) {
    const map = new Map();
    for (const c of cells) {
        if (!c.timelineData)
            continue;
        map.set(c.timelineData.file, [...(map.get(c.timelineData.file) ?? []), c]);
    }
    return [...map.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([file, owners]) => {
        const sorted = owners
            .slice()
            .sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
        const home = sorted[0];
        return { file, home, owners: sorted, samples: home.timelineData?.samples ?? new _timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .TimelineSamples */ .fh() };
    });
}
/**
 * The samples (rows) where a rule's condition holds, added in time order: what a timeline
 * finding reports of them (count, first/last time, first lines), without keeping the rows.
 */
class TimelineHits {
    samples;
    count = 0;
    minAt = Infinity;
    maxAt = -Infinity;
    /** Lines of the first 5 hits. */
    lines = [];
    constructor(samples) {
        this.samples = samples;
    }
    add(i) {
        this.count++;
        const at = this.samples.observedAtOf(i);
        if (at < this.minAt)
            this.minAt = at;
        if (at > this.maxAt)
            this.maxAt = at;
        if (this.lines.length < 5)
            this.lines.push(this.samples.lineOf(i));
    }
}
/**
 * Hits of a per-role condition: the rows where `rolesOf(i)` (a role bit mask, 0 = none) is set,
 * and the union of the roles seen.
 */
function roleHits(samples, rolesOf) {
    const hits = new TimelineHits(samples);
    let roles = 0;
    for (let i = 0; i < samples.length; i++) {
        const r = rolesOf(i);
        if (r === 0)
            continue;
        roles |= r;
        hits.add(i);
    }
    return { hits, roles };
}
function epochOf(isoText) {
    if (typeof isoText !== 'string')
        return null;
    const ms = Date.parse(isoText);
    return Number.isFinite(ms) ? ms / 1000 : null;
}
/**
 * One finding for a re-derived timeline code, merged with the finding the timeline carried for
 * the same code (evidence.carried true) on the group's home cell: severity is the higher of the
 * two, first/last time span both, both sample counts are kept. `evidence.replaces_carried` tells
 * the pipeline to drop the carried copy, so a cell never holds two findings of one code.
 */
function timelineFinding(group, d) {
    const carried = group.home.findings.find((f) => f.code === d.code && f.evidence.carried === true) ?? null;
    let first = d.hits.minAt;
    let last = d.hits.maxAt;
    let severity = d.severity;
    const ce = carried?.evidence ?? null;
    if (carried && ce) {
        const cf = epochOf(ce.first_at);
        const cl = epochOf(ce.last_at);
        if (cf !== null)
            first = Math.min(first, cf);
        if (cl !== null)
            last = Math.max(last, cl);
        if (_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[carried.severity] > _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[severity])
            severity = carried.severity;
    }
    const n = d.hits.count;
    const total = group.samples.length;
    const span = first === last ? `at ${iso(first)}` : `from ${iso(first)} to ${iso(last)}`;
    const carriedNote = carried && typeof ce?.samples === 'number' ? `; the timeline itself flagged ${ce.samples} sample(s)` : '';
    return {
        code: d.code,
        severity,
        message: `The live timeline ${group.file} shows ${d.what} in ${n} of ${total} samples, ${span}${carriedNote}.`,
        cell_id: group.home.cell_id,
        evidence: {
            file: group.file,
            samples: n,
            total_samples: total,
            first_at: iso(first),
            last_at: iso(last),
            first_line: d.hits.lines[0] ?? null,
            lines: d.hits.lines.slice(),
            derived: true,
            replaces_carried: carried !== null,
            carried_samples: ce && typeof ce.samples === 'number' ? ce.samples : null,
            carried_first_at: ce?.first_at ?? null,
            carried_last_at: ce?.last_at ?? null,
            carried_severity: carried?.severity ?? null,
            ...d.extra,
            threshold_name: d.threshold_name,
            threshold: d.threshold,
            ...(group.owners.length > 1 ? { cells: group.owners.map((o) => o.cell_id) } : {}),
        },
    };
}
/** Removes carried timeline findings a re-derived finding of the same code replaces (same cell). */
function dropReplacedCarried(findings) {
    const replaced = new Set(findings.filter((f) => f.evidence.replaces_carried === true).map((f) => f.code));
    if (replaced.size === 0)
        return findings;
    return findings.filter((f) => !(f.evidence.carried === true && replaced.has(f.code)));
}
/**
 * A TTFT cliff in the live data: the first sample whose live TTFT is ≥ `ratio` × the live TTFT
 * of the first sample that has one. Null when no sample crosses (or no live TTFT exists).
 */
function detectLiveTtftCliff(samples, ratio) {
    let ref = null;
    for (let i = 0; i < samples.length; i++) {
        const v = samples.num(_timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .COL_LIVE_TTFT */ .xj, i);
        if (v === null)
            continue;
        if (ref === null) {
            if (v > 0)
                ref = v;
            continue;
        }
        if (v >= ratio * ref)
            return { at: samples.observedAtOf(i), line: samples.lineOf(i), ttft_s: v, reference_ttft_s: ref, ratio: v / ref };
    }
    return null;
}
function buildTimelineBlock(cell, opts = {}) {
    const t = cell.timelineData;
    if (!t)
        return {};
    const samples = t.samples;
    // Counts and first times do not depend on order: the reader gathered them while streaming.
    const sorted = {};
    for (const k of [...samples.findingCounts.keys()].sort())
        sorted[k] = samples.findingCounts.get(k);
    const firstFinding = samples.firstFindingAt;
    const firstCritical = samples.firstCriticalAt;
    const ratio = opts.thresholds?.ttft_cliff_ratio ?? 2;
    const cliff = detectLiveTtftCliff(samples, ratio);
    return {
        file: t.file,
        sample_count: samples.length,
        first_observed_at: iso(samples.length > 0 ? samples.observedAtOf(0) : null),
        last_observed_at: iso(samples.length > 0 ? samples.observedAtOf(samples.length - 1) : null),
        finding_counts_by_code: sorted,
        first_finding_at: iso(firstFinding),
        first_critical_finding_at: iso(firstCritical),
        curve_ttft_cliff: opts.curveTtftCliff ?? false,
        live_ttft_cliff_at: cliff ? iso(cliff.at) : null,
        live_ttft_cliff: cliff
            ? {
                line: cliff.line,
                ttft_s: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.ttft_s),
                reference_ttft_s: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.reference_ttft_s),
                ratio: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.ratio),
                threshold_name: 'ttft_cliff_ratio',
                threshold: ratio,
            }
            : null,
        // Positive: the first live finding came that many seconds before the cliff.
        lead_time_s: cliff && firstFinding !== null ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.at - firstFinding) : null,
    };
}


/***/ }),

/***/ 2402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ COL_DECODE_RUNNING),
/* harmony export */   CA: () => (/* binding */ COL_ERRORS_TOTAL),
/* harmony export */   FD: () => (/* binding */ colCounter),
/* harmony export */   Gt: () => (/* binding */ COL_PREFILL_RUNNING),
/* harmony export */   Te: () => (/* binding */ SNAPSHOT_ROLES),
/* harmony export */   bh: () => (/* binding */ KV_BYTE_COUNTERS),
/* harmony export */   fh: () => (/* binding */ TimelineSamples),
/* harmony export */   nc: () => (/* binding */ roleNames),
/* harmony export */   xj: () => (/* binding */ COL_LIVE_TTFT)
/* harmony export */ });
/* unused harmony export COL_SEQUENCE */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/**
 * The samples of one live timeline, kept compact: one row per usable line, in typed-array
 * columns holding only what the timeline rules and the timeline block read, plus the few
 * aggregates that do not depend on sample order. The parsed disagg-status/v1 snapshot of a line
 * is dropped as soon as its row is pushed, so memory is a few dozen bytes per line instead of the
 * whole object graph.
 *
 * Rows are pushed in file order and put in time order (observed_at, then line) by `finish()`.
 * Per row:
 * - `observed_at`, `line`, `sequence` (null for raw disagg-status lines);
 * - live TTFT: the largest `ttft_avg_seconds` over the endpoint snapshots (cliff detection);
 * - `requests_running` of prefill and of decode (prefill_decode_imbalance);
 * - whether the running requests summed over all endpoints are > 0, and the KV-transfer byte
 *   counters sent/recv per role (kv_transfer_stall);
 * - `kv_transfer_errors_total` summed over the endpoints exposing it (kv_transfer_errors_present);
 * - per role: scrape_error set (endpoint_unreachable); engine `unknown` though scraped without
 *   error (engine_unidentified).
 * Columns are stored in fixed-size chunks (no doubling, no copy on growth); a chunk of a number
 * column is allocated on its first non-null value (NaN stands for null), so a field a timeline
 * never carries costs nothing.
 */

const SNAPSHOT_ROLES = ['prefill', 'decode', 'transfer'];
/** The KV-transfer byte counters kv_transfer_stall watches, per endpoint. */
const KV_BYTE_COUNTERS = ['kv_transfer_sent_bytes_total', 'kv_transfer_recv_bytes_total'];
/** Number columns, read with `TimelineSamples.num(COL_*, row)`. */
const COL_SEQUENCE = 0;
const COL_LIVE_TTFT = 1;
const COL_PREFILL_RUNNING = 2;
const COL_DECODE_RUNNING = 3;
const COL_ERRORS_TOTAL = 4;
/** Byte counter `c` (index in KV_BYTE_COUNTERS) of role `r` (index in SNAPSHOT_ROLES). */
const colCounter = (r, c) => 5 + r * KV_BYTE_COUNTERS.length + c;
const N_COLS = 5 + SNAPSHOT_ROLES.length * KV_BYTE_COUNTERS.length;
/** Flag bits of a row: bit r (role index) unreachable, bit 3 + r engine unknown, bit 6 running. */
const SHIFT_UNREACHABLE = 0;
const SHIFT_ENGINE_UNKNOWN = 3;
const FLAG_RUNNING = 1 << 6;
const ROLE_MASK = 0b111;
/** Rows per chunk (2^14: 128 KiB per Float64 chunk). */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;
/** A growable column of fixed-size typed-array chunks; a missing chunk reads as `fill`. */
class Chunked {
    make;
    fill;
    chunks = [];
    constructor(make, fill) {
        this.make = make;
        this.fill = fill;
    }
    get(i) {
        const c = this.chunks[i >>> CHUNK_BITS];
        return c === undefined ? this.fill : c[i & CHUNK_MASK];
    }
    set(i, v) {
        const k = i >>> CHUNK_BITS;
        let c = this.chunks[k];
        if (c === undefined) {
            c = this.make(CHUNK);
            if (this.fill !== 0)
                c.fill(this.fill);
            this.chunks[k] = c;
        }
        c[i & CHUNK_MASK] = v;
    }
    /** The column with row `order[i]` at row i. */
    permuted(order) {
        const out = new Chunked(this.make, this.fill);
        for (let i = 0; i < order.length; i++) {
            const v = this.get(order[i]);
            if (!Object.is(v, this.fill))
                out.set(i, v);
        }
        return out;
    }
}
const f64 = (n) => new Float64Array(n);
class TimelineSamples {
    length = 0;
    observedAt = new Chunked(f64, 0);
    lines = new Chunked((n) => new Uint32Array(n), 0);
    flags = new Chunked((n) => new Uint8Array(n), 0);
    /** Number columns (COL_*); NaN is null. */
    cols = Array.from({ length: N_COLS }, () => new Chunked(f64, NaN));
    /** Finding entries by code over all samples (a code repeated in one sample counts each time). */
    findingCounts = new Map();
    /** Earliest sample carrying any finding / a critical finding (epoch s). */
    firstFindingAt = null;
    firstCriticalAt = null;
    /** The first (in time order) scrape error of the first sample with one, trimmed. */
    firstScrapeError = null;
    sorted = true;
    lastAt = -Infinity;
    firstScrapeErrorAt = Infinity;
    /** Samples in time order (a test and tooling convenience). */
    static from(samples) {
        const t = new TimelineSamples();
        for (const s of samples)
            t.push(s);
        return t.finish();
    }
    /** Adds one parsed sample (pushed in file order); nothing of `s` is kept. */
    push(s) {
        const i = this.length++;
        const at = s.observed_at;
        this.observedAt.set(i, at);
        this.lines.set(i, s.line);
        if (at < this.lastAt)
            this.sorted = false;
        this.lastAt = at;
        if (s.sequence !== null)
            this.set(COL_SEQUENCE, i, s.sequence);
        const status = s.status;
        let flags = 0;
        let ttft = null;
        let running = 0;
        let errors = null;
        let firstError = null;
        for (let r = 0; r < SNAPSHOT_ROLES.length; r++) {
            const snap = status[SNAPSHOT_ROLES[r]];
            if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(snap))
                continue;
            const tt = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap.ttft_avg_seconds);
            if (tt !== null && (ttft === null || tt > ttft))
                ttft = tt;
            const run = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap.requests_running);
            running += run ?? 0;
            if (r === 0 && run !== null)
                this.set(COL_PREFILL_RUNNING, i, run);
            else if (r === 1 && run !== null)
                this.set(COL_DECODE_RUNNING, i, run);
            for (let c = 0; c < KV_BYTE_COUNTERS.length; c++) {
                const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap[KV_BYTE_COUNTERS[c]]);
                if (v !== null)
                    this.set(colCounter(r, c), i, v);
            }
            const e = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap.kv_transfer_errors_total);
            if (e !== null)
                errors = (errors ?? 0) + e;
            const err = typeof snap.scrape_error === 'string' ? snap.scrape_error.trim() : '';
            if (err !== '') {
                flags |= 1 << (SHIFT_UNREACHABLE + r);
                if (firstError === null)
                    firstError = err;
            }
            else {
                const ep = snap.endpoint;
                const engine = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(ep) ? ep.engine : null;
                if (typeof engine === 'string' && engine.toLowerCase() === 'unknown')
                    flags |= 1 << (SHIFT_ENGINE_UNKNOWN + r);
            }
        }
        if (running > 0)
            flags |= FLAG_RUNNING;
        if (flags !== 0)
            this.flags.set(i, flags);
        if (ttft !== null)
            this.set(COL_LIVE_TTFT, i, ttft);
        if (errors !== null)
            this.set(COL_ERRORS_TOTAL, i, errors);
        // Rows arrive in line order, so a strictly earlier time is the earlier sample.
        if (firstError !== null && at < this.firstScrapeErrorAt) {
            this.firstScrapeErrorAt = at;
            this.firstScrapeError = firstError;
        }
        const findings = Array.isArray(status.findings) ? status.findings : [];
        for (const f of findings) {
            const code = typeof f.code === 'string' ? f.code : 'unknown';
            this.findingCounts.set(code, (this.findingCounts.get(code) ?? 0) + 1);
            if (this.firstFindingAt === null || at < this.firstFindingAt)
                this.firstFindingAt = at;
            if (f.severity === 'critical' && (this.firstCriticalAt === null || at < this.firstCriticalAt))
                this.firstCriticalAt = at;
        }
    }
    /** Puts the rows in time order (then line order). */
    finish() {
        if (this.sorted)
            return this;
        const n = this.length;
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        const at = this.observedAt;
        const ln = this.lines;
        order.sort((a, b) => at.get(a) - at.get(b) || ln.get(a) - ln.get(b));
        this.observedAt = at.permuted(order);
        this.lines = ln.permuted(order);
        this.flags = this.flags.permuted(order);
        this.cols = this.cols.map((c) => c.permuted(order));
        this.sorted = true;
        return this;
    }
    /** Number column `col` (COL_*) at row `i`, null when absent. */
    num(col, i) {
        const v = this.cols[col].get(i);
        return Number.isNaN(v) ? null : v;
    }
    observedAtOf(i) {
        return this.observedAt.get(i);
    }
    lineOf(i) {
        return this.lines.get(i);
    }
    /** Roles (bit per SNAPSHOT_ROLES index) whose endpoint was unreachable at row i. */
    unreachableRoles(i) {
        return (this.flags.get(i) >> SHIFT_UNREACHABLE) & ROLE_MASK;
    }
    /** Roles whose endpoint answered without an identifiable engine at row i. */
    engineUnknownRoles(i) {
        return (this.flags.get(i) >> SHIFT_ENGINE_UNKNOWN) & ROLE_MASK;
    }
    /** Requests running summed over the endpoints of row i is > 0. */
    running(i) {
        return (this.flags.get(i) & FLAG_RUNNING) !== 0;
    }
    at(i) {
        if (i < 0 || i >= this.length)
            return undefined;
        return { observed_at: this.observedAtOf(i), sequence: this.num(COL_SEQUENCE, i), line: this.lineOf(i) };
    }
    rows() {
        const out = [];
        for (let i = 0; i < this.length; i++)
            out.push(this.at(i));
        return out;
    }
    set(col, i, v) {
        this.cols[col].set(i, v);
    }
}
/** Role names of a role bit set, sorted by name. */
function roleNames(bits) {
    return SNAPSHOT_ROLES.filter((_, r) => (bits & (1 << r)) !== 0)
        .slice()
        .sort();
}


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
// EXTERNAL MODULE: ./src/sources/lib/head.ts
var head = __webpack_require__(7354);
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
    const heads = new Map();
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
                    throw new errors/* IngestReadError */.Jm(rel, e.message);
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
        head(rel) {
            let h = heads.get(rel);
            if (!h) {
                h = readHead(abs(rel));
                heads.set(rel, h);
            }
            return h;
        },
        isTimelineFile(p) {
            return timelineRe ? timelineRe.test(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
        },
    };
}
/** The first HEAD_BYTES of a file (one read, never the whole file); an unreadable file reads as empty. */
function readHead(file) {
    let fd = null;
    try {
        fd = (0,safe_open/* openRegularSync */.w5)(file).fd;
        const buf = Buffer.alloc(head/* HEAD_BYTES */.Lq + 1);
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, head/* HEAD_BYTES */.Lq + 1, 0);
        return (0,head/* describeHead */.Ui)(buf.subarray(0, Math.min(n, head/* HEAD_BYTES */.Lq)), n > head/* HEAD_BYTES */.Lq);
    }
    catch {
        return (0,head/* describeHead */.Ui)(new Uint8Array(0), false);
    }
    finally {
        if (fd !== null)
            (0,external_node_fs_.closeSync)(fd);
    }
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

/***/ 8389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ shownPath),
  K: () => (/* binding */ writeOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/compare/types.ts
var types = __webpack_require__(8414);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 12 modules
var validate = __webpack_require__(1415);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
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
    assertContract(contract, value, path.basename(file));
    await writeFileAtomic(file, toJsonParts(value));
}

;// CONCATENATED MODULE: ./src/io/outputs.ts
/**
 * Writing a pipeline outcome: report.json, report.md, compare.json and comment.md into the output
 * dir, each validated (JSON) and atomic. A write failure is one NoReportError naming the file.
 */





/** POSIX path of `p` relative to `cwd` for messages (the basename when outside it). */
function shownPath(p, cwd = process.cwd()) {
    const r = external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, p));
    if (r === '')
        return '.';
    if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
        return external_node_path_default().basename(p);
    return r.split((external_node_path_default()).sep).join('/');
}
function code(e) {
    return e.code ?? e.message.split('\n')[0] ?? 'error';
}
async function writeReportFiles(outDir, docs, format, cwd) {
    const reportPath = format === 'json' || format === 'both' ? external_node_path_default().join(outDir, 'report.json') : null;
    const markdownPath = format === 'md' || format === 'both' ? external_node_path_default().join(outDir, 'report.md') : null;
    if (reportPath)
        (0,validate/* assertContract */.jj)('inferguard-analyze/v1', docs.report, 'report.json');
    try {
        if (reportPath)
            await writeFileAtomic(reportPath, toJsonParts(docs.report));
        if (markdownPath)
            await writeFileAtomic(markdownPath, docs.markdown);
    }
    catch (e) {
        throw new config_file/* NoReportError */.E(`cannot write the report to ${external_node_path_default().relative(cwd, outDir) || '.'}: ${code(e)}`);
    }
    return { reportPath, markdownPath };
}
async function writeOne(what, file, write) {
    try {
        await write();
    }
    catch (e) {
        throw new config_file/* NoReportError */.E(`cannot write ${what} to ${shownPath(file)}: ${code(e)}`);
    }
    return file;
}
/** Writes the selected documents into `outDir`; returns the absolute paths written. */
async function writeOutputs(outDir, docs, select, cwd = process.cwd()) {
    const written = await writeReportFiles(outDir, docs, select.report, cwd);
    const diff = docs.diff;
    const compareFile = external_node_path_default().join(outDir, 'compare.json');
    if (select.compare && diff)
        (0,validate/* assertContract */.jj)(types/* REPORT_DIFF_SCHEMA_VERSION */.ET, diff, 'compare.json');
    const comparePath = select.compare && diff
        ? await writeOne('compare.json', compareFile, () => writeFileAtomic(compareFile, toJsonParts(diff)))
        : null;
    const comment = docs.comment;
    const commentFile = external_node_path_default().join(outDir, 'comment.md');
    const commentPath = select.comment && comment !== null
        ? await writeOne('comment.md', commentFile, () => writeFileAtomic(commentFile, comment))
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
// EXTERNAL MODULE: ./src/schemas/validate.ts + 12 modules
var validate = __webpack_require__(1415);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
// EXTERNAL MODULE: ./src/io/outputs.ts + 1 modules
var outputs = __webpack_require__(8389);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 6 modules
var gates = __webpack_require__(6482);
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

/***/ 8296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeResultsDir: () => (/* binding */ analyzeResultsDir),
  N2: () => (/* binding */ compareReportFiles)
});

// UNUSED EXPORTS: NO_BASELINE_VERDICT, pipelineSettings, runPipeline

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/findings/index.ts + 15 modules
var core_findings = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/core/findings/eval-regression.ts
var eval_regression = __webpack_require__(5042);
// EXTERNAL MODULE: ./src/core/findings/order.ts
var order = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/core/thresholds.ts
var thresholds = __webpack_require__(7239);
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
/** A compared metric: unit, direction, kind and band from the catalogue (src/core/metrics.ts). */
function def(name, get, sample) {
    const info = metrics/* METRICS */.Cb[name];
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
    return LATENCY.flatMap(({ base, key }) => [50, 99].map((p) => def(`p${p}_${base}`, metric(`p${p}_${base}`), { key, stat: { kind: 'percentile', p } })));
}
const COMPARE_METRICS = [
    def('success_rate', (c) => finite(c.completion?.success_rate)),
    def('completed_requests', (c) => finite(c.completion?.num_requests_successful)),
    def('completed_sessions', (c) => finite(c.completion?.sessions_completed)),
    def('tput_per_gpu', metric('tput_per_gpu')),
    def('output_tput_per_gpu', metric('output_tput_per_gpu')),
    ...latencyDefs(),
    ...[
        'compute_cost',
        'cost_per_completed_request',
        'cost_per_completed_session',
        'cost_per_million_input_tokens',
        'cost_per_million_output_tokens',
    ].map((name) => def(name, cost(name))),
];


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

;// CONCATENATED MODULE: ./src/core/compare/options.ts


/** Noise bands used when only aggregates exist (the catalogue's defaults, src/core/metrics.ts). */
const DEFAULT_NOISE_BANDS = metrics/* NOISE_BAND_DEFAULTS */.e4;
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

// EXTERNAL MODULE: ./src/core/compare/types.ts
var compare_types = __webpack_require__(8414);
;// CONCATENATED MODULE: ./src/core/compare/index.ts
/**
 * compareReports: two inferguard-analyze/v1 reports in, one inferguard-report-diff/v1 document
 * out (pure, deterministic). Cells are matched by identity (match.ts); each matched pair gets
 * per-metric comparisons (catalogue.ts) decided by a rank test or bootstrap when per-request
 * samples exist on both sides, by noise bands when only aggregates exist, and by the eval
 * standard error for eval scores; p-values are adjusted with Benjamini-Hochberg across every
 * test of the compare. Statistics and ordering are documented in docs/COMPARE.md.
 */
















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
/** Unit and direction of an eval score, from the metric catalogue. */
function evalMetricInfo(name) {
    const info = (0,metrics/* metricInfo */.R)(name);
    return { kind: 'eval', unit: info?.unit ?? 'score', direction: info?.direction ?? 'higher_is_better' };
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
function compareMetrics(pair, settings, tests) {
    const base = pair.base;
    const head = pair.head;
    const work = { pair, comparisons: [], stats: [] };
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
    for (const name of (0,metrics/* evalScoreNames */.j3)(base, head)) {
        const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
        const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
        const c = baseComparison({ metric: name, ...evalMetricInfo(name) }, b, h);
        work.comparisons.push(c);
        if (b === null || h === null) {
            c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
            continue;
        }
        const allowance = (0,eval_regression/* evalAllowance */.R)(base, head, name, settings.eval_min_drop);
        const { se, threshold } = allowance;
        c.method = 'eval_stderr';
        c.threshold = { name: allowance.thresholdName, value: round(threshold), basis: 'absolute' };
        const d = h - b;
        if (Math.abs(d) > threshold) {
            c.outcome = d < 0 ? 'regressed' : 'improved';
            c.confidence = bandConfidence(Math.abs(d), threshold);
            c.note = `${d < 0 ? 'drop' : 'gain'} of ${Math.abs(d).toFixed(4)} beyond ${se === null ? 'the minimum drop' : 'the standard error'} ${threshold.toFixed(4)}`;
        }
        else {
            c.outcome = 'unchanged';
            c.note = `within ${se === null ? 'the minimum drop' : 'the standard error'}`;
        }
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
/**
 * Compares a head report against a base report.
 *
 * @param base the baseline report (inferguard-analyze/v1), e.g. from the target branch.
 * @param head the report of the change under test.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and the baseline findings of the rules (findings/). Reports without
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
            works.set(pair, compareMetrics(pair, settings, tests));
    const qs = benjaminiHochberg(tests.map((t) => t.p));
    tests.forEach((t, i) => {
        t.q = qs[i];
    });
    for (const w of works.values())
        for (const s of w.stats)
            finishStat(s, settings);
    const cells = [];
    // Baseline findings come from the rules (one home per code), over compare's matched pairs.
    const matched = pairs
        .filter((p) => p.kind === 'matched')
        .map((p) => ({ base: p.base, head: p.head }));
    const findings = (0,core_findings/* baselineFindings */.A)(matched, { ...thresholds/* DEFAULT_THRESHOLDS */.J, ...opts.thresholds });
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
        }
        cells.push(diff);
    }
    cells.sort(compareCellDiffs);
    findings.sort(order/* compareFindings */.Eg);
    const counts = Object.fromEntries(compare_types/* CELL_STATUSES */.qc.map((s) => [s, 0]));
    for (const c of cells)
        counts[c.status]++;
    return {
        schema_version: compare_types/* REPORT_DIFF_SCHEMA_VERSION */.ET,
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

// EXTERNAL MODULE: ./src/core/exit-policy.ts
var exit_policy = __webpack_require__(6834);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 6 modules
var core_gates = __webpack_require__(6482);
// EXTERNAL MODULE: ./src/render/comment.ts + 2 modules
var render_comment = __webpack_require__(3053);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/tail.ts
var core_tail = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/gates-md.ts
/**
 * The "SLO gates" markdown section, for report.md and the PR comment: a pure function of the
 * `gates` block (inferguard-gates/v1). Results that did not pass come first in an open table (gate
 * order); passing results are folded into <details>.
 */


const ICONS = {
    pass: '✅ pass',
    fail: '❌ fail',
    not_found: '❔ not found',
    conflict: '⚠️ conflict',
    error: '💥 error',
};
/** A gate value or literal for a table cell: numbers to 6 significant digits, strings in code. */
function formatGateValue(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return '—';
        return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
    }
    if (typeof v === 'boolean')
        return String(v);
    return (0,render_escape/* safeCode */.lI)(v, 60);
}
function formatCells(cells) {
    if (cells.length === 0)
        return '—';
    const shown = cells.slice(0, 3).map((c) => (0,render_escape/* safeCode */.lI)(c, 60));
    return cells.length > 3 ? `${shown.join(', ')} +${cells.length - 3}` : shown.join(', ');
}
function row(r) {
    const label = r.name ? `${(0,render_escape/* safeText */.Hk)(r.name, 80)}<br>${(0,render_escape/* safeCode */.lI)(r.path, 160)}` : (0,render_escape/* safeCode */.lI)(r.path, 160);
    return [
        ICONS[r.outcome],
        r.severity,
        label,
        `${(0,render_escape/* safeCode */.lI)(r.op, 12)} ${formatGateValue(r.expected)}`,
        formatGateValue(r.value),
        formatCells(r.cells),
        (0,render_escape/* safeText */.Hk)(r.message, 300),
    ];
}
const HEADER = ['Outcome', 'Severity', 'Gate', 'Expected', 'Value', 'Cells', 'Message'];
const ALIGN = ['l', 'l', 'l', 'l', 'r', 'l', 'l'];
function table(results, limit) {
    let out = (0,markdown_table/* markdownTable */.Q)([HEADER, ...results.slice(0, limit).map(row)], { align: ALIGN });
    if (results.length > limit)
        out += `\n\n_${results.length - limit} more results are in report.json._`;
    return out;
}
/**
 * Renders the gates block as a `## SLO gates` section (ends with a newline). `limit` caps the
 * rows of each table (the rest are counted and left to report.json).
 */
function renderGatesMarkdown(block, limit = 50) {
    const s = block.summary;
    const lines = ['## SLO gates', ''];
    if (s.total === 0)
        return `${lines.join('\n')}\n_No gates configured._\n`;
    const failing = block.results.filter((r) => r.outcome !== 'pass');
    const passing = block.results.filter((r) => r.outcome === 'pass');
    const counts = `${s.passed} passed, ${s.failed} failed, ${s.not_found} not found, ${s.conflict} conflict, ${s.error} error`;
    const checks = `${s.total} check${s.total === 1 ? '' : 's'} from ${s.gates} gate${s.gates === 1 ? '' : 's'}`;
    if (s.blocking_failures > 0) {
        lines.push(`**❌ ${s.blocking_failures} blocking gate check${s.blocking_failures === 1 ? '' : 's'} did not pass** (${checks}: ${counts}).`);
    }
    else if (failing.length > 0) {
        lines.push(`**⚠️ Gates passed with warnings** (${checks}: ${counts}).`);
    }
    else {
        lines.push(`**✅ All gates passed** (${checks}).`);
    }
    lines.push('');
    if (failing.length > 0)
        lines.push(table(failing, limit), '');
    if (passing.length > 0) {
        lines.push(`<details><summary>${passing.length} passing check${passing.length === 1 ? '' : 's'}</summary>`, '', table(passing, limit), '', '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/render/report-md.ts
/**
 * report.md: a pure function of the Report. Sections (ANALYZER.md "report.md"): executive
 * summary, benchmark matrix, artifact completeness, per-cell results, live timeline, curve
 * analysis, next measurements, artifact manifest. Descriptive only: never recommends
 * configuration changes.
 */





function num(c, key) {
    const v = c.metrics[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** A count from a report (numbers as numbers; anything else, from a report we did not write, neutralised). */
function cnt(v, missing = '—') {
    if (v === null || v === undefined)
        return missing;
    return typeof v === 'number' ? (0,format/* formatCount */.B4)(v) : (0,render_escape/* safeText */.Hk)(v, 40);
}
/**
 * A tail-latency column (ANALYZER.md "Tail statistic"): the header names the statistic every row
 * uses (`p95 TTFT`); when rows use different ones the header is `Tail TTFT` and each value names
 * its own (`1.20 s (p95)`). A column never shows another statistic than it says.
 */
function tailColumn(rows, label, tail) {
    const stats = new Set(rows.map(tail).flatMap((t) => (t === null ? [] : [t.stat])));
    if (stats.size <= 1) {
        const stat = [...stats][0] ?? 'p99';
        return { header: `${stat} ${label}`, value: (row) => (0,format/* formatSeconds */.Xo)(tail(row)?.value ?? null) };
    }
    return {
        header: `Tail ${label}`,
        value: (row) => {
            const t = tail(row);
            return t === null ? (0,format/* formatSeconds */.Xo)(null) : `${(0,format/* formatSeconds */.Xo)(t.value)} (${t.stat})`;
        },
    };
}
/** The tail a cross_run curve point was judged on: p99, else the named `<base>_tail_stat`. */
function pointTail(p, base) {
    const p99 = p[`p99_${base}_s`];
    if (typeof p99 === 'number' && Number.isFinite(p99))
        return { stat: 'p99', key: `p99_${base}`, value: p99 };
    const stat = p[`${base}_tail_stat`];
    const v = p[`${base}_tail_s`];
    if ((stat === 'p95' || stat === 'p90') && typeof v === 'number' && Number.isFinite(v))
        return { stat, key: `${stat}_${base}`, value: v };
    return null;
}
function statusIcon(status) {
    return status === 'complete'
        ? '✅ complete'
        : status === 'partial'
            ? '⚠️ partial'
            : status === 'failed'
                ? '❌ failed'
                : '❔ unknown';
}
function findingsTable(findings, limit = 200) {
    if (findings.length === 0)
        return '_No findings._\n';
    const rows = findings
        .slice(0, limit)
        .map((f) => [
        (0,render_escape/* safeText */.Hk)(f.severity),
        (0,render_escape/* safeText */.Hk)(f.code),
        f.cell_id ? (0,render_escape/* safeCode */.lI)(f.cell_id, 90) : '—',
        (0,render_escape/* safeText */.Hk)(f.message, 400),
    ]);
    let out = `${(0,markdown_table/* markdownTable */.Q)([['Severity', 'Code', 'Cell', 'Message'], ...rows], { align: ['l', 'l', 'l', 'l'] })}\n`;
    if (findings.length > limit)
        out += `\n_${findings.length - limit} more findings are in report.json._\n`;
    return out;
}
function sectionSummary(r) {
    const s = r.run_summary;
    const sev = s.findings_by_severity;
    const lines = [
        `# InferGuard analysis`,
        ``,
        `## Executive summary`,
        ``,
        `- **Run status:** ${statusIcon(s.status)}`,
        `- **Cells:** ${s.total_cells} (complete ${s.successful_cells}, partial ${String(s.partial_cells ?? 0)}, failed ${s.failed_cells}, unknown ${String(s.unknown_cells ?? 0)})`,
        `- **Findings:** ${sev.critical} critical, ${sev.warning} warning, ${sev.info} info`,
    ];
    if (s.cost) {
        const c = s.cost;
        lines.push(`- **Cost:** ${(0,format/* formatMoney */.up)(c.compute_cost, c.currency)} for ${(0,format/* formatCount */.B4)(c.gpu_hours)} GPU-hours; ${(0,format/* formatMoney */.up)(c.cost_per_million_output_tokens, c.currency)} per million output tokens`);
    }
    if (s.missing_artifacts.length > 0)
        lines.push(`- **Missing required artifacts:** ${s.missing_artifacts.length}`);
    lines.push(`- **Input:** ${(0,render_escape/* safeCode */.lI)(r.input_root)} · analyzer ${(0,render_escape/* safeText */.Hk)(r.analyzer.inferguard_version)}`);
    return `${lines.join('\n')}\n`;
}
function sectionFindings(r) {
    return `## Findings\n\n${findingsTable(r.findings)}`;
}
function sectionMatrix(r) {
    const ttft = tailColumn(r.cells, 'TTFT', (c) => (0,core_tail/* tailStat */.Xh)(c, 'ttft'));
    const tpot = tailColumn(r.cells, 'TPOT', (c) => (0,core_tail/* tailStat */.Xh)(c, 'tpot'));
    const rows = r.cells.map((c) => {
        const costPerM = c.cost?.cost_per_million_output_tokens;
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            c.source_format,
            (0,render_escape/* safeText */.Hk)(c.hardware ?? '—'),
            c.concurrency === null ? '—' : String(c.concurrency),
            (0,format/* formatPct */.R8)(c.completion.success_rate),
            ttft.value(c),
            tpot.value(c),
            (0,format/* formatTokensPerSec */.WQ)(num(c, 'tput_per_gpu')),
            costPerM === undefined ? '—' : (0,format/* formatMoney */.up)(costPerM, c.cost?.currency),
        ];
    });
    const table = (0,markdown_table/* markdownTable */.Q)([
        [
            'Cell',
            'Format',
            'Hardware',
            'Conc',
            'Success',
            ttft.header,
            tpot.header,
            'Tput/GPU (tok/s)',
            'Cost / M out tok',
        ],
        ...rows,
    ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'] });
    return `## Benchmark matrix\n\n${table}\n`;
}
function sectionCompleteness(r) {
    const required = r.artifact_manifest.filter((a) => a.required);
    const present = required.filter((a) => a.present).length;
    const missing = required.filter((a) => !a.present);
    let out = `## Artifact completeness\n\nRequired files present: ${present} of ${required.length}.\n`;
    if (missing.length > 0) {
        out += `\n${(0,markdown_table/* markdownTable */.Q)([['Missing file', 'Kind', 'Cell'], ...missing.map((m) => [(0,render_escape/* safeCode */.lI)(m.path, 120), (0,render_escape/* safeText */.Hk)(m.kind), m.cell_id ? (0,render_escape/* safeCode */.lI)(m.cell_id, 90) : '—'])])}\n`;
    }
    return out;
}
function sectionPerCell(r) {
    const parts = ['## Per-cell results\n'];
    for (const c of r.cells) {
        const comp = c.completion;
        const rows = [
            ['Identity', (0,render_escape/* safeText */.Hk)([c.model, c.framework, c.precision, c.hardware].filter(Boolean).join(' · ') || '—')],
            [
                'Shape',
                `isl ${cnt(c.isl)} / osl ${cnt(c.osl)} · concurrency ${cnt(c.concurrency)}${c.scenario_type ? ` · ${(0,render_escape/* safeText */.Hk)(c.scenario_type)}` : ''}`,
            ],
            [
                'Completion',
                `${statusIcon(comp.status)}: ${cnt(comp.num_requests_successful, '?')} / ${cnt(comp.num_requests_total, '?')} requests${comp.success_rate !== null ? ` (${(0,format/* formatPct */.R8)(comp.success_rate)})` : ''}${comp.sessions_total !== null ? `; sessions ${cnt(comp.sessions_completed, '?')} / ${cnt(comp.sessions_total)}` : ''}`,
            ],
            ...['ttft', 'tpot', 'e2el'].map((base) => {
                const tail = (0,core_tail/* tailStat */.Xh)(c, base);
                return [
                    `${base.toUpperCase()} p50 / ${tail?.stat ?? 'p99'}`,
                    `${(0,format/* formatSeconds */.Xo)(num(c, `p50_${base}`))} / ${(0,format/* formatSeconds */.Xo)(tail?.value ?? null)}`,
                ];
            }),
            [
                'Throughput',
                `${(0,format/* formatTokensPerSec */.WQ)(num(c, 'tput_per_gpu'))} tok/s/GPU total · ${(0,format/* formatTokensPerSec */.WQ)(num(c, 'output_tput_tps'))} tok/s output`,
            ],
        ];
        const hit = num(c, 'server_gpu_cache_hit_rate');
        if (hit !== null)
            rows.push([
                'Prefix cache (GPU / theoretical)',
                `${(0,format/* formatPct */.R8)(hit)} / ${(0,format/* formatPct */.R8)(num(c, 'theoretical_cache_hit_rate'))}`,
            ]);
        const g2c = num(c, 'kv_offload_bytes_gpu_to_cpu');
        if (g2c !== null)
            rows.push([
                'KV offload G→C / C→G',
                `${(0,format/* formatBytes */.z3)(g2c)} / ${(0,format/* formatBytes */.z3)(num(c, 'kv_offload_bytes_cpu_to_gpu'))}`,
            ]);
        const kv = num(c, 'kv_cache_usage_p95');
        if (kv !== null)
            rows.push(['KV cache usage p95 / max', `${(0,format/* formatPct */.R8)(kv)} / ${(0,format/* formatPct */.R8)(num(c, 'kv_cache_usage_max'))}`]);
        const evalKeys = Object.keys(c.metrics)
            .filter((k) => k.startsWith('eval_') && !k.endsWith('_stderr'))
            .sort();
        for (const k of evalKeys)
            rows.push([(0,render_escape/* safeText */.Hk)(k), (0,format/* formatCount */.B4)(c.metrics[k])]);
        const b = c.bottleneck;
        if (b && typeof b.primary === 'string') {
            rows.push([
                'Bottleneck (descriptive)',
                `${(0,render_escape/* safeText */.Hk)(b.primary)}${b.secondary && b.secondary.length > 0 ? ` (also ${(0,render_escape/* safeText */.Hk)(b.secondary.join(', '))})` : ''} · confidence ${(0,format/* formatCount */.B4)(b.confidence)}`,
            ]);
        }
        if (c.cost)
            rows.push([
                'Compute cost',
                `${(0,format/* formatMoney */.up)(c.cost.compute_cost, c.cost.currency)} (${(0,format/* formatCount */.B4)(c.cost.gpu_hours)} GPU-h)`,
            ]);
        rows.push([
            'Findings',
            c.findings.length === 0 ? 'none' : (0,render_escape/* safeText */.Hk)(c.findings.map((f) => `${f.severity} ${f.code}`).join(', '), 2000),
        ]);
        parts.push(`### ${(0,render_escape/* safeCode */.lI)(c.cell_id, 160)}\n\n<details><summary>${(0,render_escape/* safeText */.Hk)(c.source_format)}${c.source_variant ? ` (${(0,render_escape/* safeText */.Hk)(c.source_variant)})` : ''}</summary>\n\n${(0,markdown_table/* markdownTable */.Q)([['Field', 'Value'], ...rows])}\n\n</details>\n`);
    }
    return parts.join('\n');
}
function sectionTimeline(r) {
    const cells = r.cells.filter((c) => c.timeline && typeof c.timeline === 'object');
    if (cells.length === 0)
        return `## Live timeline\n\n_No inferguard_timeline.jsonl was found._\n`;
    const rows = cells.map((c) => {
        const t = c.timeline;
        const counts = t.finding_counts_by_code ?? {};
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            cnt(t.sample_count),
            (0,render_escape/* safeText */.Hk)(t.first_observed_at ?? '—'),
            (0,render_escape/* safeText */.Hk)(t.last_observed_at ?? '—'),
            (0,render_escape/* safeText */.Hk)(Object.entries(counts)
                .map(([k, v]) => `${k} ×${v}`)
                .join(', ') || 'none', 1000),
            (0,render_escape/* safeText */.Hk)(t.first_critical_finding_at ?? '—'),
            typeof t.lead_time_s === 'number' ? `${(0,format/* formatCount */.B4)(t.lead_time_s)} s` : '—',
        ];
    });
    return `## Live timeline\n\n${(0,markdown_table/* markdownTable */.Q)([['Cell', 'Samples', 'First', 'Last', 'Live findings (samples)', 'First critical', 'Lead to TTFT cliff'], ...rows])}\n`;
}
function sectionCost(r) {
    const cells = r.cells.filter((c) => c.cost);
    const run = r.run_summary.cost;
    if (cells.length === 0 && !run)
        return null;
    const cur = run?.currency ?? cells[0]?.cost?.currency ?? 'USD';
    const rows = cells.map((c) => {
        const k = c.cost;
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            (0,format/* formatCount */.B4)(k.gpus),
            (0,format/* formatMoney */.up)(k.gpu_hour_cost, k.currency),
            (0,format/* formatSeconds */.Xo)(k.duration_seconds),
            (0,format/* formatCount */.B4)(k.gpu_hours),
            (0,format/* formatMoney */.up)(k.compute_cost, k.currency),
            (0,format/* formatMoney */.up)(k.completion_basis === 'session-based' ? k.cost_per_completed_session : k.cost_per_completed_request, k.currency),
            (0,format/* formatMoney */.up)(k.cost_per_million_input_tokens, k.currency),
            (0,format/* formatMoney */.up)(k.cost_per_million_output_tokens, k.currency),
        ];
    });
    if (run) {
        rows.push([
            '**run (sums)**',
            (0,format/* formatCount */.B4)(run.gpus),
            (0,format/* formatMoney */.up)(run.gpu_hour_cost, cur),
            (0,format/* formatSeconds */.Xo)(run.duration_seconds),
            (0,format/* formatCount */.B4)(run.gpu_hours),
            (0,format/* formatMoney */.up)(run.compute_cost, cur),
            (0,format/* formatMoney */.up)(run.completion_basis === 'session-based' ? run.cost_per_completed_session : run.cost_per_completed_request, cur),
            (0,format/* formatMoney */.up)(run.cost_per_million_input_tokens, cur),
            (0,format/* formatMoney */.up)(run.cost_per_million_output_tokens, cur),
        ]);
    }
    const table = (0,markdown_table/* markdownTable */.Q)([
        [
            'Cell',
            'GPUs',
            'Price / GPU-h',
            'Duration',
            'GPU-hours',
            'Compute cost',
            'Per completed unit',
            'Per M input tok',
            'Per M output tok',
        ],
        ...rows,
    ], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] });
    return `## Cost\n\nThe run line is computed from sums over cells (GPU-hours, cost, completed units), not from an average of ratios. Without a measured duration, cost per million tokens comes from throughput.\n\n${table}\n`;
}
function crossRunFamilies(r) {
    const cr = r.cross_run;
    return Array.isArray(cr?.families) ? cr.families : [];
}
function sectionCurves(r) {
    const fams = crossRunFamilies(r).filter((f) => f.points >= 2);
    if (fams.length === 0)
        return null;
    const parts = ['## Curve analysis\n'];
    for (const f of fams) {
        const slo = f.curve.some((p) => 'slo_compliant' in p);
        const ttft = tailColumn(f.curve, 'TTFT', (p) => pointTail(p, 'ttft'));
        const tpot = tailColumn(f.curve, 'TPOT', (p) => pointTail(p, 'tpot'));
        const rows = f.curve.map((p) => {
            const row = [
                cnt(p.concurrency),
                (0,format/* formatPct */.R8)(p.success_rate),
                (0,format/* formatTokensPerSec */.WQ)(p.tput_per_gpu),
                ttft.value(p),
                tpot.value(p),
                (0,render_escape/* safeText */.Hk)(f.findings
                    .filter((x) => x.cell_id === p.cell_id)
                    .map((x) => `${x.severity} ${x.code}`)
                    .join(', ') || '—'),
            ];
            if (slo)
                row.push(p.slo_compliant === true ? 'yes' : p.slo_compliant === false ? 'no' : '—');
            return row;
        });
        const header = ['Conc', 'Success', 'Tput/GPU (tok/s)', ttft.header, tpot.header, 'Findings at this point'];
        if (slo)
            header.push('Meets SLO');
        parts.push(`### ${(0,render_escape/* safeText */.Hk)(f.label || 'family')}\n\n${(0,markdown_table/* markdownTable */.Q)([header, ...rows], { align: ['r', 'r', 'r', 'r', 'r', 'l', ...(slo ? ['l'] : [])] })}\n`);
        const notes = [];
        if (f.curve_rules_applied === false)
            notes.push(`- Too few points for the curve rules (TTFT cliff, throughput plateau).`);
        if (f.knee)
            notes.push(`- **Knee:** c${cnt(f.knee.concurrency, '?')} (${(0,render_escape/* safeText */.Hk)(f.knee.basis)}).`);
        else if (f.curve_rules_applied !== false)
            notes.push('- **Knee:** no TTFT cliff along the measured points.');
        if (f.goodput) {
            notes.push(f.goodput.max_compliant_concurrency === null
                ? '- **Goodput:** no measured point meets the configured SLOs.'
                : `- **Goodput:** highest SLO-compliant concurrency c${cnt(f.goodput.max_compliant_concurrency)} at ${(0,format/* formatTokensPerSec */.WQ)(f.goodput.tput_per_gpu)} tok/s/GPU.`);
        }
        for (const x of f.findings)
            notes.push(`- ${(0,render_escape/* safeText */.Hk)(x.severity)} ${(0,render_escape/* safeCode */.lI)(x.code, 60)}: ${(0,render_escape/* safeText */.Hk)(x.message, 400)}`);
        if (notes.length > 0)
            parts.push(`${notes.join('\n')}\n`);
    }
    return parts.join('\n');
}
function sectionNextMeasurements(r) {
    const items = crossRunFamilies(r).flatMap((f) => f.next_measurements.map((m) => ({ ...m, label: f.label })));
    if (items.length === 0)
        return null;
    const lines = items.map((m) => `- ${(0,render_escape/* safeText */.Hk)(m.label)}: ${m.kind === 'new_point' ? `measure c${cnt(m.concurrency)}` : `re-run c${cnt(m.concurrency)}${m.cell_id ? ` (${(0,render_escape/* safeCode */.lI)(m.cell_id, 90)})` : ''}`}: ${(0,render_escape/* safeText */.Hk)(m.reason, 400)}.`);
    return `## Next measurements\n\nPoints the evidence above asks for (descriptive; no configuration change is implied).\n\n${lines.join('\n')}\n`;
}
function sectionManifest(r) {
    const rows = r.artifact_manifest.map((a) => [
        a.present ? '✅' : '❌',
        (0,render_escape/* safeCode */.lI)(a.path, 200),
        (0,render_escape/* safeText */.Hk)(a.kind),
        a.required ? 'yes' : 'no',
        a.cell_id ? (0,render_escape/* safeCode */.lI)(a.cell_id, 90) : '—',
    ]);
    return `## Artifact manifest\n\n<details><summary>${r.artifact_manifest.length} files</summary>\n\n${(0,markdown_table/* markdownTable */.Q)([['', 'Path', 'Kind', 'Required', 'Cell'], ...rows])}\n\n</details>\n`;
}
/** Sections in render order (curve analysis, next measurements and gates slot in at 70–85). */
const SECTIONS = [
    { order: 10, render: sectionSummary },
    { order: 20, render: sectionFindings },
    { order: 30, render: sectionMatrix },
    { order: 35, render: sectionCost },
    { order: 40, render: sectionCompleteness },
    { order: 50, render: sectionPerCell },
    { order: 60, render: sectionTimeline },
    { order: 70, render: sectionCurves },
    { order: 80, render: sectionNextMeasurements },
    { order: 85, render: (r) => (r.gates ? renderGatesMarkdown(r.gates) : null) },
    { order: 90, render: sectionManifest },
];
function renderReportMarkdown(report) {
    const sections = [...SECTIONS].sort((a, b) => a.order - b.order);
    return `${sections
        .map((s) => s.render(report))
        .filter((s) => !!s)
        .join('\n')
        .trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./src/render/summary.ts
/**
 * The job summary: the comment's sections (without the comment's marker line) with larger row caps
 * and budget (a step summary may be up to 1 MiB; GITHUB.md §5.1), then the full report.md in a
 * closed <details>, cut at a line boundary when the whole would not fit. A pure function of the
 * same input as the comment, so the two state the same facts.
 */

const OPEN = '\n\n<details><summary>Full report</summary>\n\n';
const CLOSE = '\n</details>\n';
const CUT_NOTE = '\n\n_report.md is cut here to fit the job summary; the whole file is in the report artifact._\n';
/**
 * @param input the comment's input; `budgetChars` here is the summary's budget (default 900,000).
 * @param reportMarkdown report.md, appended in <details> (cut to what fits).
 */
function renderJobSummary(input, reportMarkdown) {
    let budget = input.budgetChars ?? render_comment/* SUMMARY_BUDGET_CHARS */.hF;
    // GitHub's limit is 1 MiB of UTF-8; the budget counts UTF-16 units. Shrink until the bytes fit.
    for (let i = 0; i < 4; i++) {
        const out = build(input, reportMarkdown, budget);
        const bytes = Buffer.byteLength(out, 'utf8');
        if (bytes <= SUMMARY_MAX_BYTES)
            return out;
        budget = Math.floor((budget * SUMMARY_MAX_BYTES * 0.95) / bytes);
    }
    return build(input, '', Math.floor(SUMMARY_MAX_BYTES / 4));
}
/** Bytes a step summary may have (1 MiB), less a margin. */
const SUMMARY_MAX_BYTES = 1_000_000;
function build(input, reportMarkdown, budget) {
    const sections = (0,render_comment/* renderCommentSections */.GF)(input, budget, render_comment/* SUMMARY_LIMITS */.QF);
    if (!reportMarkdown)
        return sections;
    const room = budget - sections.length - OPEN.length - CLOSE.length;
    if (reportMarkdown.length <= room)
        return `${sections}${OPEN}${reportMarkdown}${CLOSE}`;
    const cut = reportMarkdown.lastIndexOf('\n', room - CUT_NOTE.length);
    if (cut <= 0)
        return sections;
    // Never leave a table or <details> of report.md open at the cut: cut before the last open block.
    let body = reportMarkdown.slice(0, cut);
    const opens = (body.match(/<details>/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length;
    if (opens > 0)
        body = `${body}\n${'\n</details>'.repeat(opens)}`;
    return `${sections}${OPEN}${body}${CUT_NOTE}${CLOSE}`;
}

// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
// EXTERNAL MODULE: ./src/io/outputs.ts + 1 modules
var outputs = __webpack_require__(8389);
// EXTERNAL MODULE: ./src/io/read-report.ts + 1 modules
var read_report = __webpack_require__(9068);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 12 modules
var validate = __webpack_require__(1415);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The one pipeline of the action, `inferguard analyze` and `inferguard compare`:
 *
 *   settings (config + gates, parsed once, before any work)
 *   → head report (analyze a results dir, merge shard reports, or read a report.json)
 *   → baseline → compare → gates (evaluated once) → exit decision (src/core/exit-policy.ts)
 *   → rendered outputs (report.md, the comment within its budget, the job summary).
 *
 * The entry points (src/run.ts, src/cli.ts, src/cli-compare.ts) pass the I/O steps in, write what
 * they need (src/io/outputs.ts) and act on the outcome.
 */












/** Verdict shown (and output) when there was nothing to compare against. */
const NO_BASELINE_VERDICT = 'NO_BASELINE';
/**
 * Parses the gates once (the config's, then `gateLines`, one per line, named `gateInput` in
 * messages) and fixes the exit policy.
 */
function pipelineSettings(config, gateLines, gateInput, policy) {
    const gates = [...(0,core_gates/* parseGates */.MJ)(config.gates), ...(0,core_gates/* parseGateLines */.GB)(gateLines, gateInput)];
    return { config, gates, policy, compare: compareOptionsFromConfig(config) };
}
/** Evaluates every applicable gate once, against the head report and the diff. */
function evaluateRunGates(settings, report, diff, compareStep) {
    const gates = compareStep ? settings.gates : settings.gates.filter((g) => !(0,core_gates/* isDiffGate */.NS)(g));
    if (gates.length === 0)
        return null;
    const block = (0,core_gates/* evaluateGates */.ud)(gates, { report, diff });
    (0,validate/* assertContract */.jj)('inferguard-gates/v1', block, 'gates block');
    return block;
}
/** Runs the pipeline: head, baseline, compare, gates, decision, renders. Writes nothing. */
async function runPipeline(settings, steps, render) {
    const head = await steps.head();
    const baseline = steps.baseline ? await steps.baseline(head) : { report: null, note: null };
    let diff = baseline.report ? compareReports(baseline.report, head, settings.compare) : null;
    let baselineNote = baseline.note;
    if (diff) {
        // A baseline we did not write can hold values whose comparison is not representable (e.g.
        // standard errors near the double limit): that is "no baseline" with the reason, never a
        // failed step or an invalid compare.json.
        const check = (0,validate/* validateContract */.T7)(diff.schema_version, diff);
        if (!check.ok) {
            baselineNote = `the comparison with the baseline does not satisfy ${diff.schema_version} (${check.errors[0] ?? 'invalid'}); baseline not used`;
            diff = null;
        }
    }
    const gates = evaluateRunGates(settings, head, diff, steps.baseline !== undefined);
    const report = gates ? Object.assign(head, { gates }) : head;
    if (diff && gates)
        Object.assign(diff, { gates });
    const findings = (0,order/* mergeFindings */.DF)(Array.isArray(report.findings) ? report.findings : [], diff?.findings ?? []);
    const verdict = diff ? diff.verdict.verdict : NO_BASELINE_VERDICT;
    const decision = (0,exit_policy/* decideExit */.DP)(settings.policy, { findings, gates, verdict: diff ? verdict : null });
    const markdown = renderReportMarkdown(report);
    let comment = null;
    let summary = null;
    if (render) {
        const run = { ...render.run, ...(baselineNote !== null ? { baselineNote } : {}) };
        const input = {
            head: report,
            diff,
            suiteKey: render.suiteKey,
            ...(render.run || baselineNote ? { run } : {}),
            check: {
                failed: decision.failed,
                reasons: decision.reasons.map((r) => r.brief),
                policy: (0,exit_policy/* policySummary */.jZ)(settings.policy),
            },
        };
        comment = (0,render_comment/* renderComment */.wQ)(input);
        if (render.summary)
            summary = renderJobSummary(input, markdown);
    }
    return { report, diff, baselineNote, gates, findings, verdict, decision, markdown, comment, summary };
}
/**
 * `inferguard analyze`: a results dir in; report.json / report.md (and, with a baseline,
 * compare.json and comment.md) written to the output dir; the outcome and its exit decision out.
 */
async function analyzeResultsDir(opts) {
    const { readResultsDir, analyzeOutputDir } = await __webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 7232));
    const config = opts.config ?? (await (0,config_file/* loadConfig */.Z)(opts.configFile));
    const policy = opts.policy ?? { failOn: 'critical', failOnRegression: false };
    const settings = pipelineSettings(config, opts.gateLines ?? '', 'gates', policy);
    const baselineFile = opts.baselineFile;
    const steps = { head: () => readResultsDir(opts, config) };
    if (baselineFile !== undefined)
        steps.baseline = async () => ({
            report: await (0,read_report/* readContractFile */.J)(baselineFile, 'inferguard-analyze/v1', '--baseline'),
            note: null,
        });
    const outcome = await runPipeline(settings, steps, baselineFile !== undefined ? { suiteKey: 'default' } : null);
    const outputDir = analyzeOutputDir(opts);
    const written = await (0,outputs/* writeOutputs */.K)(outputDir, outcome, { report: opts.format ?? 'both', compare: true, comment: true }, opts.cwd ?? process.cwd());
    return { ...written, report: outcome.report, markdown: outcome.markdown, outputDir, outcome };
}
/** `inferguard compare`: two report.json files in; compare.json and comment.md written. */
async function compareReportFiles(opts) {
    const config = await (0,config_file/* loadConfig */.Z)(opts.configFile);
    const settings = pipelineSettings(config, '', 'gates', opts.policy);
    const base = await (0,read_report/* readContractFile */.J)(opts.basePath, 'inferguard-analyze/v1', '--base');
    const steps = {
        head: () => (0,read_report/* readContractFile */.J)(opts.headPath, 'inferguard-analyze/v1', '--head'),
        baseline: async () => ({ report: base, note: null }),
    };
    const outcome = await runPipeline(settings, steps, { suiteKey: opts.suiteKey ?? 'default' });
    const outDir = opts.outputDir ?? external_node_path_default().dirname(opts.headPath);
    const written = await (0,outputs/* writeOutputs */.K)(outDir, outcome, { report: 'none', compare: true, comment: true });
    return {
        outcome,
        comparePath: written.comparePath ?? external_node_path_default().join(outDir, 'compare.json'),
        commentPath: written.commentPath ?? external_node_path_default().join(outDir, 'comment.md'),
    };
}


/***/ }),

/***/ 3053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hF: () => (/* binding */ SUMMARY_BUDGET_CHARS),
  QF: () => (/* binding */ SUMMARY_LIMITS),
  wQ: () => (/* binding */ renderComment),
  GF: () => (/* binding */ renderCommentSections)
});

// UNUSED EXPORTS: COMMENT_BUDGET_CHARS, COMMENT_LIMITS, commentMarker, suiteSlug

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/findings/order.ts
var order = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/core/finding-classes.ts
var finding_classes = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/core/identity.ts
var identity = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/render/charts.ts
/**
 * Mermaid xychart-beta charts of one sweep family (one metric over concurrency): base as bars,
 * head as a line, in an explicit palette set by the init directive (each colour ≥ 3:1 against
 * GitHub's light and dark backgrounds), the key in the title, units scaled to the data, failed
 * points marked on the axis, and every number written in plain decimal notation (mermaid's grammar
 * has no exponents).
 */
/** Base (bars) and head (line) colours. Contrast: see test/render/charts.test.ts. */
const CHART_PALETTE = { base: '#7d8590', head: '#d55e00' };
/**
 * Backgrounds the charts sit on: GitHub's light and dark pages, and the plot background mermaid's
 * default and dark themes draw (white, #333333).
 */
const CHART_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117', mermaidDark: '#333333' };
const CHART_WIDTH = 760;
const CHART_HEIGHT = 300;
/** Plain decimal for mermaid: ≤ 4 significant digits, never an exponent, never -0. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    const a = Math.abs(v);
    if (a < 1e-9)
        return '0';
    const digits = a >= 1000 ? 0 : Math.min(12, Math.max(0, 3 - Math.floor(Math.log10(a))));
    let s = v.toFixed(digits);
    if (s.includes('.'))
        s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s === '-0' ? '0' : s;
}
/** A round upper bound for the y axis (1, 2, 2.5, 5 × 10^k) at or above `v`. */
function niceMax(v) {
    if (!Number.isFinite(v) || v <= 0)
        return 1;
    const p = 10 ** Math.floor(Math.log10(v));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        if (m * p >= v * 1.05)
            return m * p;
    return 10 * p;
}
function scaleFor(kind, max, unit) {
    if (kind === 'latency_s')
        return max * 1000 >= 10_000 ? { unit: 's', factor: 1 } : { unit: 'ms', factor: 1000 };
    if (max >= 100_000)
        return { unit: `k ${unit}`, factor: 1 / 1000 };
    return { unit, factor: 1 };
}
function label(s) {
    return s.replace(/["\\]/g, "'").replace(/[^\p{L}\p{N} ._/()%,:+-]/gu, ' ');
}
/**
 * One chart, or null when fewer than 2 points have a value. `title` is the metric name (short);
 * the key ("bars: base, line: head") and the unit are added to it.
 */
function renderChart(opts) {
    const pts = [...opts.points].sort((a, b) => a.concurrency - b.concurrency);
    const usable = pts.filter((p) => p.head !== null || (opts.withBase && p.base !== null) || p.headFailed);
    const valued = usable.filter((p) => p.head !== null || (opts.withBase && p.base !== null));
    if (valued.length < 2)
        return null;
    let max = 0;
    for (const p of usable) {
        if (p.head !== null)
            max = Math.max(max, p.head);
        if (opts.withBase && p.base !== null)
            max = Math.max(max, p.base);
    }
    const s = scaleFor(opts.kind, max, opts.unit);
    const top = niceMax(max * s.factor);
    const key = opts.withBase ? 'bars base, line head' : 'head run, no baseline';
    const failed = usable.some((p) => p.headFailed);
    const init = {
        xyChart: { width: CHART_WIDTH, height: CHART_HEIGHT, titleFontSize: 16 },
        themeVariables: {
            xyChart: {
                plotColorPalette: opts.withBase ? `${CHART_PALETTE.base}, ${CHART_PALETTE.head}` : CHART_PALETTE.head,
            },
        },
    };
    const x = usable.map((p) => `"${p.concurrency}${p.headFailed ? ' ✗' : ''}"`).join(', ');
    const v = (n) => chartNumber(n === null ? 0 : n * s.factor);
    const lines = [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        `  title "${label(`${opts.title} (${s.unit}), ${key}`)}"`,
        `  x-axis "${failed ? 'Concurrency (✗ failed, plotted at 0)' : 'Concurrency'}" [${x}]`,
        `  y-axis "${label(s.unit)}" 0 --> ${chartNumber(top)}`,
    ];
    if (opts.withBase)
        lines.push(`  bar [${usable.map((p) => v(p.base)).join(', ')}]`);
    lines.push(`  line [${usable.map((p) => v(p.headFailed ? null : p.head)).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
/** WCAG relative luminance of #rrggbb. */
function luminance(hex) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
    if (!m)
        throw new Error(`not a #rrggbb colour: ${hex}`);
    const ch = [m[1], m[2], m[3]].map((h) => {
        const c = parseInt(h, 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}
/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
    const la = luminance(a);
    const lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/render/labels.ts
/**
 * Names a reader understands, in one place: human metric labels, topology key labels, and cell
 * labels built from what distinguishes the cells of one table (family fields that differ, the
 * concurrency, and the topology keys that differ between families that would otherwise read the
 * same). Raw cell ids never go into these labels; they go into collapsed details.
 */


// ---------------------------------------------------------------------------------------------
// Metrics
/**
 * The metric's human label from the metric catalogue (core/metrics.ts), escaped for markdown;
 * an unknown name reads with spaces for underscores.
 */
function metricLabel(metric) {
    const info = (0,metrics/* metricInfo */.R)(metric);
    return (0,render_escape/* safeText */.Hk)(info ? info.label : metric.replace(/_/g, ' '), 60);
}
// ---------------------------------------------------------------------------------------------
// Topology
const TOPOLOGY_LABELS = {
    tp: 'TP',
    pp: 'PP',
    dcp_size: 'DCP',
    pcp_size: 'PCP',
    ep: 'EP',
    dp_attention: 'DP-attn',
    prefill_tp: 'P-TP',
    prefill_pp: 'P-PP',
    prefill_ep: 'P-EP',
    prefill_dp_attention: 'P-DP-attn',
    prefill_num_workers: 'P workers',
    decode_tp: 'D-TP',
    decode_pp: 'D-PP',
    decode_ep: 'D-EP',
    decode_dp_attention: 'D-DP-attn',
    decode_num_workers: 'D workers',
    spec_decoding: 'Spec',
    offloading: 'Offload',
};
function topologyLabel(key) {
    return TOPOLOGY_LABELS[key] ?? (0,render_escape/* safeText */.Hk)(key.replace(/_/g, ' '), 24);
}
function topologyValue(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    if (typeof v === 'number')
        return String(v);
    return (0,render_escape/* safeText */.Hk)(String(v), 24);
}
/** Token count as 8k (multiples of 1024) or the number. */
function tokens(n) {
    if (n === null)
        return '?';
    return n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : String(n);
}
function shortModel(m) {
    if (!m)
        return '?';
    const tail = m.split('/').pop() ?? m;
    return tail === '' ? m : tail;
}
/** Family fields in reading order, each as a short text (null when unknown). */
function familyParts(id, fullModel) {
    return {
        hardware: id.hardware,
        model: id.model === null ? null : fullModel ? id.model : shortModel(id.model),
        framework: id.framework,
        precision: id.precision,
        lengths: id.isl === null && id.osl === null ? null : `${tokens(id.isl)}/${tokens(id.osl)}`,
        scenario: id.scenario_type,
        nodes: id.is_multinode === true ? 'multi-node' : null,
        recipe: id.recipe_name,
    };
}
const FAMILY_FIELDS = [
    'hardware',
    'model',
    'framework',
    'precision',
    'lengths',
    'scenario',
    'nodes',
    'recipe',
];
/** The family label of one cell with every known field: "h200 · DeepSeek-R1 · vllm · fp8 · 8k/1k". */
function familyLabel(id, fullModel = false) {
    const p = familyParts(id, fullModel);
    return (0,render_escape/* safeText */.Hk)(FAMILY_FIELDS.map((f) => p[f])
        .filter((x) => x !== null && x !== '')
        .join(' · ') || 'unknown configuration', 120);
}
/**
 * Labels for the rows of one table: the family fields that differ between rows (short model
 * names unless two models would read the same), the concurrency, and as columns the topology
 * keys that differ between rows whose config and concurrency would otherwise read the same.
 */
function nameCells(cells) {
    const n = cells.length;
    const modelTails = new Map();
    for (const c of cells) {
        if (c.identity.model === null)
            continue;
        const t = shortModel(c.identity.model);
        let s = modelTails.get(t);
        if (!s)
            modelTails.set(t, (s = new Set()));
        s.add(c.identity.model);
    }
    const fullModel = [...modelTails.values()].some((s) => s.size > 1);
    const parts = cells.map((c) => familyParts(c.identity, fullModel));
    const varying = FAMILY_FIELDS.filter((f) => new Set(parts.map((p) => p[f] ?? '')).size > 1);
    const commonFields = FAMILY_FIELDS.filter((f) => !varying.includes(f));
    const first = parts[0];
    const common = n === 0 || !first
        ? ''
        : (0,render_escape/* safeText */.Hk)(commonFields
            .map((f) => first[f])
            .filter((x) => x !== null && x !== '')
            .join(' · '), 160);
    // The fewest varying fields (in reading order) that tell the families of these rows apart:
    // a field is added only when it separates families that still read the same.
    const familyOf = cells.map((c) => JSON.stringify([FAMILY_FIELDS.map((f) => familyParts(c.identity, true)[f]), c.topology]));
    const chosen = [];
    const collisions = (fields) => {
        const seen = new Map();
        parts.forEach((p, i) => {
            const k = fields.map((f) => p[f] ?? '').join('\u0000');
            const s = seen.get(k) ?? new Set();
            s.add(familyOf[i]);
            seen.set(k, s);
        });
        let c = 0;
        for (const s of seen.values())
            c += s.size - 1;
        return c;
    };
    let current = collisions(chosen);
    for (const f of varying) {
        if (current === 0)
            break;
        const next = collisions([...chosen, f]);
        if (next < current) {
            chosen.push(f);
            current = next;
        }
    }
    const shown = FAMILY_FIELDS.filter((f) => chosen.includes(f));
    const config = parts.map((p) => (0,render_escape/* safeText */.Hk)(shown
        .map((f) => p[f])
        .filter((x) => x !== null && x !== '')
        .join(' · '), 100));
    const concurrency = cells.map((c) => (c.identity.concurrency === null ? '—' : String(c.identity.concurrency)));
    // Topology keys that tell apart rows that read the same so far.
    const groups = new Map();
    cells.forEach((_, i) => {
        const k = `${config[i]}\u0000${concurrency[i]}`;
        const g = groups.get(k);
        if (g)
            g.push(i);
        else
            groups.set(k, [i]);
    });
    const keys = new Set();
    for (const idx of groups.values()) {
        if (idx.length < 2)
            continue;
        const all = new Set();
        for (const i of idx)
            for (const k of Object.keys(cells[i]?.topology ?? {}))
                all.add(k);
        for (const k of all) {
            const vals = new Set(idx.map((i) => JSON.stringify(cells[i]?.topology[k] ?? null)));
            if (vals.size > 1)
                keys.add(k);
        }
    }
    const topologyKeys = [...keys].sort(topologyOrder);
    const topology = cells.map((c) => topologyKeys.map((k) => topologyValue(c.topology[k])));
    // Cells that still read the same (same identity, e.g. two copies kept apart): number them in
    // id order; the ids themselves are listed in the collapsed details next to the table.
    const byLabel = new Map();
    cells.forEach((c, i) => {
        const k = [config[i], concurrency[i], ...(topology[i] ?? [])].join('\u0000');
        const ids = byLabel.get(k) ?? [];
        if (!ids.includes(c.id))
            ids.push(c.id);
        byLabel.set(k, ids);
    });
    cells.forEach((c, i) => {
        const ids = byLabel.get([config[i], concurrency[i], ...(topology[i] ?? [])].join('\u0000')) ?? [];
        if (ids.length < 2)
            return;
        const nth = [...ids].sort().indexOf(c.id) + 1;
        config[i] = `${config[i] ? `${config[i]} ` : ''}#${nth}`;
    });
    return { common, config, topologyKeys, topology, concurrency };
}
const TOPO_ORDER = Object.keys(TOPOLOGY_LABELS);
function topologyOrder(a, b) {
    const ia = TOPO_ORDER.indexOf(a);
    const ib = TOPO_ORDER.indexOf(b);
    if (ia !== ib)
        return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/render/comment.ts
/**
 * The PR comment (and, with a larger budget, the job summary): a pure function of the head report,
 * the compare result (or null when there is no baseline) and run metadata passed as data. Same
 * input, same bytes.
 *
 * Layout: hidden marker (suite key) · headline: validity, SLO gates and the regression verdict as
 * three separate facts (and the check's outcome when the caller passes it) · links from `run`
 * metadata only · findings by class, repeated ones grouped · gates · largest changes vs base ·
 * charts (changed families open, the rest collapsed) · cost and completion · per-cell comparison
 * per family in <details> · raw cell ids in <details> · footer.
 *
 * Made to be read in GitHub's 866 px comment column (test/render/browser-render.test.ts renders it
 * with cmark-gfm, GitHub's CSS and mermaid in Chromium): few columns, values on one line, cells
 * named by what distinguishes them (labels.ts), never by truncated ids.
 *
 * Untrusted text goes through safeText/safeCode (escape.ts); no link is ever built from report
 * content. The body stays within `budgetChars` (default 60,000, GITHUB.md §5.1) by shrinking the
 * per-cell tables first, then dropping charts, cost, gates and findings rows, always keeping the
 * headline, the findings summary and the largest changes.
 */








const COMMENT_BUDGET_CHARS = 60_000;
/** The job summary may be up to 1 MiB per step; keep well under it (UTF-16 units ≤ bytes). */
const SUMMARY_BUDGET_CHARS = 900_000;
const MARKER_PREFIX = 'inferguard-bench:v1';
const COMMENT_LIMITS = {
    findingGroups: 30,
    findingList: 100,
    changeRows: 20,
    chartFamilies: 3,
    gateRows: 30,
    headOnlyCells: 100,
};
const SUMMARY_LIMITS = {
    findingGroups: 200,
    findingList: 2000,
    changeRows: 200,
    chartFamilies: 12,
    gateRows: 500,
    headOnlyCells: 5000,
};
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
/** No-break space: keeps a value, its unit and its change on one line. */
const NB = '\u00a0';
function fin(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function nb(s) {
    return s.replace(/ /g, NB);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function thousands(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
            return (0,format/* formatScore */.y)(v);
        default:
            return (0,format/* formatCount */.B4)(v);
    }
}
/** Signed relative change: one decimal below 10%, whole percent above; U+2212 for minus. */
function pct(v) {
    if (v === null || !Number.isFinite(v))
        return '—';
    const a = Math.abs(v) * 100;
    const s = a >= 10 ? a.toFixed(0) : a.toFixed(1);
    if (Number(s) === 0)
        return '0%';
    return v > 0 ? `+${s}%` : `−${s}%`;
}
function points(v) {
    if (v === null || !Number.isFinite(v))
        return '—';
    const s = (Math.abs(v) * 100).toFixed(1);
    if (Number(s) === 0)
        return '0 pt';
    return `${v > 0 ? '+' : '−'}${s} pt`;
}
function signed(v, digits) {
    if (v === null || !Number.isFinite(v))
        return '—';
    const s = Math.abs(v).toFixed(digits);
    if (Number(s) === 0)
        return s;
    return `${v > 0 ? '+' : '−'}${s}`;
}
/** The change of one comparison, marked 🔴 worse / 🟢 better when decided. */
function deltaText(c) {
    const text = c.kind === 'completion' && c.unit === 'fraction'
        ? points(c.delta)
        : c.kind === 'eval'
            ? signed(c.delta, 4)
            : pct(c.relative_delta);
    const mark = c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : '';
    return nb(`${text}${mark}`);
}
/** Head value and its change on one line ("3.40 s +30% 🔴"); just the value when unchanged. */
function headAndDelta(c, currency) {
    if (!c)
        return '—';
    const v = formatValue(c.unit, c.head, currency);
    if (c.head === null)
        return c.base === null ? '—' : nb(`— (was ${formatValue(c.unit, c.base, currency)})`);
    if (c.outcome !== 'regressed' && c.outcome !== 'improved')
        return nb(v);
    return nb(`${v} ${deltaText(c)}`);
}
function table(rows, align) {
    return `${(0,markdown_table/* markdownTable */.Q)(rows, { align })}\n`;
}
function details(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
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
function currencyOf(head) {
    const c = head.run_summary?.cost?.currency;
    return typeof c === 'string' ? (0,render_escape/* safeText */.Hk)(c, 8) : 'USD';
}
// ---------------------------------------------------------------------------------------------
// Cells: identity, topology and labels
function topologyOfKey(key) {
    try {
        const o = JSON.parse(key);
        return o.topology && typeof o.topology === 'object' ? o.topology : {};
    }
    catch {
        return {};
    }
}
function identityOf(c) {
    return {
        hardware: c.hardware ?? null,
        model: c.model ?? null,
        framework: c.framework ?? null,
        precision: c.precision ?? null,
        scenario_type: c.scenario_type ?? null,
        is_multinode: c.is_multinode ?? null,
        recipe_name: c.recipe_name ?? null,
        isl: c.isl ?? null,
        osl: c.osl ?? null,
        concurrency: c.concurrency ?? null,
    };
}
function cellRefOf(c) {
    const id = identityOf(c);
    return { identity: id, topology: topologyOfKey(familyKeySafe(c)), id: c.cell_id };
}
function familyKeySafe(c) {
    try {
        return (0,identity/* familyKey */.Q5)(identityOf(c), c.topology ?? {});
    }
    catch {
        return '{}';
    }
}
function diffRef(d) {
    return { identity: d.identity, topology: topologyOfKey(d.key), id: d.head_cell_id ?? d.base_cell_id ?? d.key };
}
/** Every cell the comment can name: head cells, then base-only cells of the diff. */
function cellIndex(head, diff) {
    const m = new Map();
    for (const c of head.cells ?? [])
        if (typeof c?.cell_id === 'string')
            m.set(c.cell_id, cellRefOf(c));
    for (const d of diff?.cells ?? []) {
        const r = diffRef(d);
        if (!m.has(r.id))
            m.set(r.id, r);
    }
    return m;
}
/** "config · c64" labels for a set of cells, named against each other. */
function shortLabels(refs) {
    const names = nameCells(refs);
    const out = new Map();
    refs.forEach((r, i) => {
        const parts = [names.config[i] ?? ''];
        names.topologyKeys.forEach((k, j) => parts.push(`${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`));
        if (r.identity.concurrency !== null)
            parts.push(`c${r.identity.concurrency}`);
        out.set(r.id, parts.filter((p) => p !== '').join(' · ') || 'one cell');
    });
    return out;
}
// ---------------------------------------------------------------------------------------------
// Headline: three facts
function allFindings(head, diff) {
    return (0,order/* mergeFindings */.DF)(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
}
function codeCounts(findings) {
    const m = new Map();
    for (const f of findings)
        m.set(f.code, (m.get(f.code) ?? 0) + 1);
    return [...m.entries()]
        .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
        .map(([c, n]) => `${(0,render_escape/* safeCode */.lI)(c, 60)}${n > 1 ? ` ×${n}` : ''}`)
        .join(', ');
}
function requestTotals(head) {
    let ok = 0;
    let total = 0;
    let known = 0;
    const cells = head.cells ?? [];
    for (const c of cells) {
        const t = c.completion?.num_requests_total;
        const s = c.completion?.num_requests_successful;
        if (fin(t) && fin(s)) {
            total += t;
            ok += s;
            known++;
        }
    }
    return { ok, total, known, cells: cells.length };
}
function requestsText(head) {
    const r = requestTotals(head);
    const cells = plural(r.cells, 'cell');
    if (r.known === 0)
        return `${cells}; request counts are not known`;
    const rate = r.total > 0 && r.ok < r.total ? ` (${((r.ok / r.total) * 100).toFixed(1)}%)` : '';
    const unknown = r.known < r.cells ? `; request counts unknown for ${plural(r.cells - r.known, 'cell')}` : '';
    return `${cells}; ${thousands(r.ok)} of ${thousands(r.total)} requests succeeded${rate}${unknown}`;
}
function validityFact(head, findings) {
    const v = findings.filter((f) => (0,finding_classes/* findingClass */.sy)(f) === 'validity');
    const crit = v.filter((f) => f.severity === 'critical');
    const status = head.run_summary?.status;
    const req = requestsText(head);
    if (crit.length > 0 || status === 'failed') {
        const why = crit.length > 0
            ? `${plural(crit.length, 'critical validity finding')} (${codeCounts(crit)})`
            : 'no cell succeeded';
        return `**Validity:** ❌ not a valid measurement: ${why}. ${req}.`;
    }
    const warn = v.filter((f) => f.severity === 'warning');
    if (warn.length > 0)
        return `**Validity:** ⚠️ valid, with ${plural(warn.length, 'validity warning')} (${codeCounts(warn)}). ${req}.`;
    if (requestTotals(head).known === 0)
        return `**Validity:** ❔ unknown: ${req}.`;
    return `**Validity:** ✅ valid measurement. ${req}.`;
}
function gateResults(head) {
    const g = head.gates;
    if (!g || typeof g !== 'object' || !Array.isArray(g.results))
        return null;
    return g.results.filter((r) => !!r && typeof r === 'object');
}
/** A gate result that fails the step: not passed, with severity error. */
function blocking(r) {
    return r.outcome !== 'pass' && r.severity !== 'warning';
}
function gatesFact(head) {
    const rs = gateResults(head);
    if (rs === null || rs.length === 0)
        return '**SLO gates:** ➖ none configured.';
    const block = rs.filter(blocking).length;
    const warn = rs.filter((r) => r.outcome !== 'pass' && !blocking(r)).length;
    if (block > 0)
        return `**SLO gates:** ❌ ${block} of ${plural(rs.length, 'gate check')} did not pass${warn > 0 ? `, and ${warn} warning check(s)` : ''}.`;
    if (warn > 0)
        return `**SLO gates:** ⚠️ every blocking check passed; ${plural(warn, 'warning check')} did not.`;
    return `**SLO gates:** ✅ all ${plural(rs.length, 'gate check')} passed.`;
}
function verdictFact(diff, run) {
    if (!diff) {
        const note = run?.baselineNote ? ` (${(0,render_escape/* safeText */.Hk)(run.baselineNote, 200)})` : '';
        return `**Regression verdict:** ➖ no baseline: this run was not compared with a base run${note}.`;
    }
    const v = diff.verdict;
    const icon = v.verdict === 'REGRESSION' ? '🔴' : v.verdict === 'IMPROVEMENT' ? '🟢' : v.verdict === 'NEUTRAL' ? '⚪' : '❔';
    const note = run?.baselineNote ? ` Baseline: ${(0,render_escape/* safeText */.Hk)(run.baselineNote, 200)}.` : '';
    // Built from the counts, not from v.summary: compare.json may come from a file.
    const k = diff.counts;
    const compared = k.regressed + k.improved + k.unchanged;
    const rest = [
        k.new > 0 ? `${k.new} new` : '',
        k.missing > 0 ? `${k.missing} missing` : '',
        k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
        k.insufficient_data > 0 ? `${k.insufficient_data} with insufficient data` : '',
    ].filter((s) => s !== '');
    const summary = `${compared} of ${plural(k.total, 'cell')} compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.`;
    return `**Regression verdict:** ${icon} ${v.verdict}: ${summary}${note}`;
}
function checkFact(check) {
    if (!check)
        return null;
    const why = check.reasons.map((r) => (0,render_escape/* safeText */.Hk)(r, 200)).join('; ');
    const policy = check.policy ? ` It fails on ${(0,render_escape/* safeText */.Hk)(check.policy, 300)}.` : '';
    return check.failed
        ? `**Check:** ❌ fails: ${why || 'see the step log'}.${policy}`
        : `**Check:** ✅ passes.${policy}`;
}
function headline(input, findings) {
    const { head, diff, run } = input;
    const facts = [validityFact(head, findings), gatesFact(head), verdictFact(diff, run)];
    const c = checkFact(input.check);
    if (c)
        facts.push(c);
    const lines = ['## InferGuard benchmark report', '', ...facts.map((f) => `- ${f}`)];
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
// ---------------------------------------------------------------------------------------------
// Findings: by class, repeated ones grouped
const SEVERITY_ICON = { critical: '🛑', warning: '⚠️', info: 'ℹ️' };
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 };
const CLASS_NOTE = {
    validity: '**Validity**: can the run be trusted as a measurement? Critical ones fail the check.',
    behaviour: '**Behaviour** of the system under test: reported; they fail the check only when listed in `fail-on-findings`.',
    regression: '**Regression** against the baseline: they fail the check with `fail-on-regression`.',
};
function groupFindings(findings) {
    const m = new Map();
    for (const f of findings) {
        const cls = (0,finding_classes/* findingClass */.sy)(f);
        const k = `${cls}\u0000${f.severity}\u0000${f.code}`;
        let g = m.get(k);
        if (!g)
            m.set(k, (g = { cls, severity: f.severity, code: f.code, items: [] }));
        g.items.push(f);
    }
    return [...m.values()].sort((a, b) => finding_classes/* FINDING_CLASSES */.L1.indexOf(a.cls) - finding_classes/* FINDING_CLASSES */.L1.indexOf(b.cls) ||
        (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
        b.items.length - a.items.length ||
        cmp(a.code, b.code));
}
/** A finding's message with its cell id replaced by the cell's label (ids are long). */
function messageOf(f, labels, max = 220) {
    let m = String(f.message ?? '');
    const label = f.cell_id ? labels.get(f.cell_id) : undefined;
    if (f.cell_id && label && f.cell_id.length > 12)
        m = m.split(f.cell_id).join(`[${label}]`);
    // Raw metric keys read as their labels ("total_tput_tps changes" → "Throughput changes").
    m = m.replace(METRIC_KEY_RE, (k) => metricLabel(k));
    return (0,render_escape/* safeText */.Hk)(m, max);
}
const METRIC_KEY_RE = /\b(?:total_tput_tps|input_tput_tps|output_tput_tps|tput_per_gpu|input_tput_per_gpu|output_tput_per_gpu|request_throughput_rps|(?:mean|p50|p90|p95|p99)_(?:ttft|tpot|itl|e2el|intvty)|server_gpu_cache_hit_rate|kv_cache_usage_p95|cost_per_million_(?:input|output)_tokens|cost_per_completed_(?:request|session))\b/g;
function range(vals, fmt) {
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    return fmt(lo) === fmt(hi) ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
}
/** What a group of findings has in common, in a few words. */
function groupDetail(g, labels) {
    const ev = (k) => g.items.map((f) => (f.evidence ?? {})[k]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    const sr = ev('success_rate');
    if (sr.length === g.items.length)
        return `${range(sr, (v) => (v * 100).toFixed(1))}% of requests succeeded`;
    const ratio = ev('ratio');
    if (ratio.length === g.items.length)
        return `ratio ${range(ratio, (v) => v.toFixed(2))}×`;
    const msgs = new Set(g.items.map((f) => messageOf(f, labels, 160)));
    if (msgs.size === 1)
        return [...msgs][0];
    return `e.g. ${messageOf(g.items[0], labels, 160)}`;
}
function groupCells(g, labels) {
    const ids = [...new Set(g.items.map((f) => f.cell_id).filter((x) => !!x))];
    const noCell = g.items.some((f) => !f.cell_id);
    if (ids.length === 0)
        return 'run';
    // Same family, several concurrencies: "h200 · fp8 · c16, c32".
    const byFamily = new Map();
    for (const id of ids) {
        const label = labels.get(id) ?? (0,render_escape/* safeCode */.lI)(id, 40);
        const m = / · (c\d+)$|^(c\d+)$/.exec(label);
        const fam = m ? label.slice(0, label.length - (m[1] ?? m[2] ?? '').length).replace(/ · $/, '') : label;
        const conc = m ? (m[1] ?? m[2] ?? '') : '';
        const l = byFamily.get(fam) ?? [];
        if (conc)
            l.push(conc);
        byFamily.set(fam, l);
    }
    if (byFamily.size > 3)
        return `${ids.length} cells${noCell ? ', run' : ''}`;
    const named = [...byFamily.entries()].map(([fam, concs]) => [fam, concs.length > 4 ? `${concs.length} cells` : concs.join(', ')].filter((x) => x !== '').join(' · '));
    return `${named.join('; ')}${noCell ? '; run' : ''}`;
}
function sectionFindings(findings, labels, maxGroups, maxList) {
    const c = { critical: 0, warning: 0, info: 0 };
    for (const f of findings)
        if (f.severity in c)
            c[f.severity]++;
    const byClass = new Map();
    for (const f of findings)
        byClass.set((0,finding_classes/* findingClass */.sy)(f), (byClass.get((0,finding_classes/* findingClass */.sy)(f)) ?? 0) + 1);
    const classLine = finding_classes/* FINDING_CLASSES */.L1.map((k) => `${k} ${byClass.get(k) ?? 0}`).join(' · ');
    const head = `### Findings\n\n🛑 ${c.critical} critical · ⚠️ ${c.warning} warning · ℹ️ ${c.info} info (${classLine})\n`;
    if (findings.length === 0)
        return `${head}\n_No findings._\n`;
    const groups = groupFindings(findings);
    const parts = [head];
    let shown = 0;
    for (const cls of finding_classes/* FINDING_CLASSES */.L1) {
        const gs = groups.filter((g) => g.cls === cls);
        if (gs.length === 0)
            continue;
        const take = gs.slice(0, Math.max(0, maxGroups - shown));
        shown += take.length;
        if (take.length === 0)
            continue;
        const rows = take.map((g) => [
            `${SEVERITY_ICON[g.severity] ?? (0,render_escape/* safeText */.Hk)(g.severity, 20)}${NB}${(0,render_escape/* safeCode */.lI)(g.code, 60)}${g.items.length > 1 ? `${NB}×${g.items.length}` : ''}`,
            groupCells(g, labels),
            g.items.length === 1 ? messageOf(g.items[0], labels) : groupDetail(g, labels),
        ]);
        parts.push(`${CLASS_NOTE[cls]}\n\n${table([['Finding', 'Cells', 'Detail'], ...rows], ['l', 'l', 'l'])}`);
    }
    const hidden = groups.length - shown;
    if (hidden > 0)
        parts.push(`_${plural(hidden, 'more kind')} of finding are in report.json (artifact)._\n`);
    const repeated = groups.filter((g) => g.items.length > 1);
    if (repeated.length > 0) {
        const list = [];
        let n = 0;
        for (const g of repeated) {
            for (const f of g.items) {
                if (n >= maxList)
                    break;
                n++;
                const label = f.cell_id ? (labels.get(f.cell_id) ?? '') : 'run';
                list.push(`- ${(0,render_escape/* safeCode */.lI)(f.code, 60)} · ${label}${f.cell_id ? ` · ${(0,render_escape/* safeCode */.lI)(f.cell_id, 160)}` : ''}: ${(0,render_escape/* safeText */.Hk)(f.message, 300)}`);
            }
        }
        const total = repeated.reduce((s, g) => s + g.items.length, 0);
        const more = total > n ? `\n\n_${total - n} more are in report.json (artifact)._` : '';
        parts.push(details(`Every repeated finding (${total})`, `${list.join('\n')}${more}`));
    }
    return parts.join('\n');
}
function sectionGates(head, labels, maxRows) {
    const results = gateResults(head);
    if (results === null)
        return null;
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
    const cellsOf = (r) => {
        const cells = Array.isArray(r.cells) ? r.cells.map(String) : [];
        if (cells.length === 0)
            return '—';
        const shown = cells.slice(0, 2).map((c) => labels.get(c) ?? (0,render_escape/* safeCode */.lI)(c, 40));
        return `${shown.join(', ')}${cells.length > 2 ? ` +${cells.length - 2}` : ''}`;
    };
    const row = (r) => [
        typeof r.name === 'string' && r.name !== '' ? (0,render_escape/* safeText */.Hk)(r.name, 60) : (0,render_escape/* safeCode */.lI)(r.gate ?? '?', 60),
        icon[String(r.outcome)] ?? (0,render_escape/* safeText */.Hk)(r.outcome, 20),
        fin(r.value) ? nb((0,format/* formatCount */.B4)(r.value)) : typeof r.value === 'string' ? (0,render_escape/* safeCode */.lI)(r.value, 30) : '—',
        r.severity === 'warning' ? 'warning' : 'blocking',
        cellsOf(r),
    ];
    const header = ['Gate', 'Outcome', 'Value', 'Kind', 'Cells'];
    const align = ['l', 'l', 'r', 'l', 'l'];
    const notPassed = sorted.filter((r) => r.outcome !== 'pass');
    const passed = sorted.filter((r) => r.outcome === 'pass');
    const shownBad = notPassed.slice(0, maxRows);
    const shownGood = passed.slice(0, Math.max(0, maxRows - shownBad.length));
    let out = `### SLO gates\n\n${summary}\n`;
    if (shownBad.length > 0)
        out += `\n${table([header, ...shownBad.map(row)], align)}`;
    if (shownGood.length > 0)
        out += `\n${details(`${plural(passed.length, 'passing check')}`, table([header, ...shownGood.map(row)], align))}`;
    const left = results.length - shownBad.length - shownGood.length;
    if (left > 0)
        out += `\n_${left} more gate result(s) are in report.json._\n`;
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
/** Label columns (config, conc, varying topology) for the rows' cells, named against each other. */
function labelColumns(cells) {
    const names = nameCells(cells.map(diffRef));
    const withConfig = names.config.some((c) => c !== '');
    const header = [...(withConfig ? ['Config'] : []), 'Conc', ...names.topologyKeys.map((k) => topologyLabel(k))];
    const cols = cells.map((_, i) => [
        ...(withConfig ? [names.config[i] || '—'] : []),
        names.concurrency[i] ?? '—',
        ...(names.topology[i] ?? []),
    ]);
    return { header, cols, common: names.common };
}
function sectionChanges(diff, currency, maxRows) {
    const k = diff.counts;
    const countLine = [
        `${k.regressed} regressed`,
        `${k.improved} improved`,
        `${k.unchanged} unchanged`,
        k.new > 0 ? `${k.new} new` : '',
        k.missing > 0 ? `${k.missing} missing` : '',
        k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
        k.insufficient_data > 0 ? `${k.insufficient_data} insufficient data` : '',
    ]
        .filter((s) => s !== '')
        .join(' · ');
    const all = changes(diff);
    let out = `### Largest changes vs base\n\nCells: ${countLine}.\n`;
    if (all.length === 0)
        return `${out}\n_No metric moved beyond its threshold._\n`;
    const shown = all.slice(0, maxRows);
    const lc = labelColumns(shown.map((r) => r.cell));
    if (lc.common)
        out += `\nAll rows: ${lc.common}.\n`;
    const rows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        metricLabel(c.metric),
        nb(formatValue(c.unit, c.head, currency)),
        deltaText(c),
    ]);
    const header = [...lc.header, 'Metric', 'Head', 'Δ vs base'];
    const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'l', 'r', 'r'];
    out += `\n${table([header, ...rows], align)}`;
    if (all.length > shown.length)
        out += `\n_${all.length - shown.length} more changed metric(s) are in compare.json (artifact)._\n`;
    const detailRows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        metricLabel(c.metric),
        nb(`${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)}`),
        (0,render_escape/* safeText */.Hk)(methodText(c), 80),
    ]);
    out += `\n${details('Base values and evidence', table([[...lc.header, 'Metric', 'Base → head', 'Evidence'], ...detailRows], [...align.slice(0, lc.header.length), 'l', 'r', 'l']))}`;
    return out;
}
const CHART_METRICS = [
    { metric: 'p99_ttft', title: 'p99 TTFT', kind: 'latency_s', unit: 's' },
    { metric: 'tput_per_gpu', title: 'Throughput per GPU', kind: 'throughput', unit: 'tok/s/GPU' },
];
function chartFamilies(head, diff) {
    const families = new Map();
    const headCells = new Map((head.cells ?? []).map((c) => [c.cell_id, c]));
    const failed = (id) => {
        const c = id ? headCells.get(id) : undefined;
        return c?.completion?.status === 'failed';
    };
    if (diff) {
        for (const c of diff.cells) {
            if (c.identity.concurrency === null || c.status === 'incomparable')
                continue;
            let f = families.get(c.family);
            if (!f)
                families.set(c.family, (f = { key: c.family, label: familyLabel(c.identity), changed: 0, points: [] }));
            if (c.status === 'regressed' || c.status === 'improved')
                f.changed++;
            const get = (m, side) => {
                const x = c.verdict?.comparisons.find((y) => y.metric === m);
                return x && fin(x[side]) ? x[side] : null;
            };
            f.points.push({
                concurrency: c.identity.concurrency,
                failed: c.status === 'missing' ? false : failed(c.head_cell_id),
                base: Object.fromEntries(CHART_METRICS.map((m) => [m.metric, get(m.metric, 'base')])),
                head: Object.fromEntries(CHART_METRICS.map((m) => [m.metric, get(m.metric, 'head')])),
            });
        }
    }
    else {
        for (const c of [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id))) {
            if (typeof c.concurrency !== 'number')
                continue;
            const key = familyKeySafe(c);
            let f = families.get(key);
            if (!f)
                families.set(key, (f = { key, label: familyLabel(identityOf(c)), changed: 0, points: [] }));
            f.points.push({
                concurrency: c.concurrency,
                failed: c.completion?.status === 'failed',
                base: {},
                head: Object.fromEntries(CHART_METRICS.map((m) => [m.metric, fin(c.metrics?.[m.metric]) ? c.metrics[m.metric] : null])),
            });
        }
    }
    return [...families.values()]
        .filter((f) => new Set(f.points.map((p) => p.concurrency)).size >= 2)
        .sort((a, b) => b.changed - a.changed || b.points.length - a.points.length || cmp(a.key, b.key));
}
function familyCharts(f, withBase) {
    const out = [];
    for (const m of CHART_METRICS) {
        const pts = f.points.map((p) => ({
            concurrency: p.concurrency,
            base: p.base[m.metric] ?? null,
            head: p.head[m.metric] ?? null,
            headFailed: p.failed || (p.head[m.metric] === null && (p.base[m.metric] ?? null) !== null),
        }));
        const ch = renderChart({ title: m.title, kind: m.kind, unit: m.unit, points: pts, withBase });
        if (ch)
            out.push(ch);
    }
    return out;
}
function sectionCharts(head, diff, maxFamilies) {
    const fams = chartFamilies(head, diff);
    if (fams.length === 0)
        return null;
    const withBase = diff !== null;
    const open = withBase ? fams.filter((f) => f.changed > 0).slice(0, maxFamilies) : fams.slice(0, maxFamilies);
    const closed = fams.filter((f) => !open.includes(f)).slice(0, maxFamilies);
    const block = (f) => {
        const charts = familyCharts(f, withBase);
        return charts.length === 0 ? null : `**${f.label}**\n\n${charts.join('\n\n')}\n`;
    };
    const parts = [];
    const key = withBase
        ? 'Base run as grey bars, head run as an orange line; ✗ marks a point whose head cell failed or has no value.'
        : 'Head run only (no baseline); ✗ marks a failed point.';
    parts.push(`### Charts\n\n${key}\n`);
    const openBlocks = open.map(block).filter((b) => b !== null);
    parts.push(...openBlocks);
    const closedBlocks = closed.map(block).filter((b) => b !== null);
    if (closedBlocks.length > 0) {
        const what = withBase ? 'without a change' : 'more';
        parts.push(details(`Charts of ${plural(closedBlocks.length, `family`, 'families')} ${what}`, closedBlocks.join('\n')));
    }
    const left = fams.length - open.length - closed.length;
    if (left > 0)
        parts.push(`_${plural(left, 'more family', 'more families')} in the artifact._\n`);
    if (openBlocks.length === 0 && closedBlocks.length === 0)
        return null;
    return parts.join('\n');
}
// ---------------------------------------------------------------------------------------------
// Cost and completion
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
        }
        rows.push(diff
            ? [label, nb(formatValue(unit, bv, currency)), nb(formatValue(unit, hv, currency)), nb(delta)]
            : [label, nb(formatValue(unit, hv, currency))]);
    };
    const r = requestTotals(head);
    const headTotals = h ?? {
        requests_total: r.known > 0 ? r.total : null,
        requests_successful: r.known > 0 ? r.ok : null,
        success_rate: r.known > 0 && r.total > 0 ? r.ok / r.total : null,
        sessions_completed: null,
        compute_cost: fin(cost?.compute_cost) ? cost.compute_cost : null,
        gpu_hours: fin(cost?.gpu_hours) ? cost.gpu_hours : null,
        cost_per_completed_request: fin(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
        cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens)
            ? cost.cost_per_million_output_tokens
            : null,
    };
    add('Success rate', b?.success_rate, headTotals.success_rate, 'fraction');
    add('Successful requests', b?.requests_successful, headTotals.requests_successful, 'count');
    add('Sessions completed', b?.sessions_completed, headTotals.sessions_completed, 'count');
    add('Compute cost', b?.compute_cost, headTotals.compute_cost, 'currency');
    add('GPU-hours', b?.gpu_hours, headTotals.gpu_hours, 'count');
    add(metricLabel('cost_per_completed_request'), b?.cost_per_completed_request, headTotals.cost_per_completed_request, 'currency');
    add(metricLabel('cost_per_million_output_tokens'), b?.cost_per_million_output_tokens, headTotals.cost_per_million_output_tokens, 'currency');
    const hs = head.run_summary;
    const cellsLine = hs
        ? `Head cells: ${hs.total_cells} (complete ${hs.successful_cells}, failed ${hs.failed_cells}${fin(hs.partial_cells) ? `, partial ${hs.partial_cells}` : ''}).`
        : '';
    if (rows.length === 0)
        return `### Cost and completion\n\n${cellsLine}\n\n_No request counts or cost in the report${diff ? 's' : ''}._\n`;
    let costLine = '';
    if (diff) {
        const costRegressed = diff.cells.filter((c) => c.verdict?.comparisons.some((m) => m.kind === 'cost' && m.outcome === 'regressed')).length;
        const compRegressed = diff.cells.filter((c) => c.verdict?.comparisons.some((m) => m.kind === 'completion' && m.outcome === 'regressed')).length;
        costLine = `\nCells with a cost regression: ${costRegressed} · with a completion regression: ${compRegressed}.\n`;
    }
    const header = diff ? ['Run total', 'Base', 'Head', 'Δ'] : ['Run total', 'Head'];
    const align = diff ? ['l', 'r', 'r', 'r'] : ['l', 'r'];
    return `### Cost and completion\n\n${cellsLine}\n\n${table([header, ...rows], align)}${costLine}`;
}
// ---------------------------------------------------------------------------------------------
// Per-cell comparison, one table per family
const STATUS_TEXT = {
    regressed: '🔴 regressed',
    improved: '🟢 improved',
    unchanged: '⚪ unchanged',
    new: '🆕 new',
    missing: '➖ missing',
    incomparable: '🔀 incomparable',
    insufficient_data: '❔ insufficient data',
};
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
/** The verdict of one cell with only the metrics that changed ("🔴 TTFT, tput"). */
function cellVerdict(d) {
    const base = STATUS_TEXT[d.status] ?? (0,render_escape/* safeText */.Hk)(d.status, 30);
    if (d.reasons.length > 0)
        return `${base}: ${(0,render_escape/* safeText */.Hk)(d.reasons.join('; '), 120)}`;
    const order = (m) => {
        const i = TABLE_METRICS.indexOf(m);
        return i < 0 ? 99 : i;
    };
    const moved = (d.verdict?.comparisons ?? [])
        .filter((c) => c.outcome === d.status && (d.status === 'regressed' || d.status === 'improved'))
        .sort((a, b) => order(a.metric) - order(b.metric) || cmp(a.metric, b.metric));
    if (moved.length === 0)
        return base;
    const names = moved.map((c) => metricLabel(c.metric));
    const icon = d.status === 'regressed' ? '🔴' : '🟢';
    return `${icon} ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3}` : ''}`;
}
function familiesOf(diff) {
    const m = new Map();
    for (const d of diff.cells) {
        let f = m.get(d.family);
        if (!f)
            m.set(d.family, (f = { label: '', changed: 0, cells: [] }));
        f.cells.push(d);
        if (d.status !== 'unchanged')
            f.changed++;
    }
    const fams = [...m.values()];
    // Family headings: every family field, plus the topology keys that tell apart families that
    // would otherwise read the same (the concurrency is a column).
    const refs = fams.map((f) => {
        const r = diffRef(f.cells[0]);
        return { ...r, identity: { ...r.identity, concurrency: null } };
    });
    const names = nameCells(refs);
    const full = new Set(fams.map((f) => familyLabel(f.cells[0].identity))).size < fams.length;
    fams.forEach((f, i) => {
        const topo = names.topologyKeys.map((k, j) => `${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`);
        f.label = [familyLabel(f.cells[0].identity, full), ...topo].join(' · ');
        f.cells.sort((a, b) => (a.identity.concurrency ?? Infinity) - (b.identity.concurrency ?? Infinity) ||
            cmp(a.head_cell_id ?? a.base_cell_id ?? '', b.head_cell_id ?? b.base_cell_id ?? ''));
    });
    return fams.sort((a, b) => Math.min(...a.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) -
        Math.min(...b.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) ||
        b.changed - a.changed ||
        cmp(a.label, b.label));
}
function familyTable(f, currency) {
    // Within one family only the concurrency differs (and a #n for copies kept apart).
    const lc = labelColumns(f.cells);
    const header = [...lc.header, ...TABLE_METRICS.map((m) => metricLabel(m)), 'Verdict'];
    const rows = f.cells.map((d, i) => {
        const by = new Map((d.verdict?.comparisons ?? []).map((c) => [c.metric, c]));
        return [...(lc.cols[i] ?? []), ...TABLE_METRICS.map((m) => headAndDelta(by.get(m), currency)), cellVerdict(d)];
    });
    const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'r', 'r', 'r', 'r', 'l'];
    return `**${f.label}**\n\n${table([header, ...rows], align)}`;
}
/** Per-family tables in priority order (changes first), as many as fit in `maxChars`. */
function sectionPerCell(diff, currency, maxChars) {
    if (diff.cells.length === 0)
        return null;
    const fams = familiesOf(diff);
    const blocks = [];
    let size = 400;
    let cells = 0;
    for (const f of fams) {
        const t = familyTable(f, currency);
        if (size + t.length + 2 > maxChars)
            break;
        blocks.push(t);
        size += t.length + 2;
        cells += f.cells.length;
    }
    if (blocks.length === 0)
        return `_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`;
    const left = diff.cells.length - cells;
    const note = left > 0 ? `\n_${plural(left, 'more cell')} in compare.json (artifact)._\n` : '';
    return details(`Per-cell comparison (${cells} of ${plural(diff.cells.length, 'cell')}, ${plural(blocks.length, 'family', 'families')}; head value and change vs base)`, `${blocks.join('\n')}${note}`);
}
/** Raw cell ids for the labels above, collapsed (as many as fit). */
function sectionIds(refs, labels, maxChars) {
    if (refs.length === 0)
        return null;
    const lines = [];
    let size = 200;
    for (const r of [...refs].sort((a, b) => cmp(labels.get(a.id) ?? '', labels.get(b.id) ?? '') || cmp(a.id, b.id))) {
        const line = `- ${labels.get(r.id) ?? '?'}: ${(0,render_escape/* safeCode */.lI)(r.id, 240)}`;
        if (size + line.length + 1 > maxChars)
            break;
        lines.push(line);
        size += line.length + 1;
    }
    if (lines.length === 0)
        return null;
    const more = refs.length > lines.length ? `\n\n_${refs.length - lines.length} more in report.json (artifact)._` : '';
    return details(`Cell ids (${refs.length})`, `${lines.join('\n')}${more}`);
}
/** Without a baseline: a compact head-only table per family (capped), so the comment still shows the run. */
function headOnlyCells(head, max) {
    const cells = [...(head.cells ?? [])];
    if (cells.length === 0)
        return '_The report has no cells._\n';
    const byFam = new Map();
    for (const c of cells) {
        const k = familyKeySafe(c);
        const l = byFam.get(k) ?? [];
        l.push(c);
        byFam.set(k, l);
    }
    const blocks = [];
    let n = 0;
    for (const [, list] of [...byFam.entries()].sort((a, b) => cmp(familyLabel(identityOf(a[1][0])), familyLabel(identityOf(b[1][0]))))) {
        if (n >= max)
            break;
        const sorted = list.sort((a, b) => (a.concurrency ?? Infinity) - (b.concurrency ?? Infinity) || cmp(a.cell_id, b.cell_id));
        const take = sorted.slice(0, max - n);
        n += take.length;
        const names = nameCells(take.map(cellRefOf));
        const rows = take.map((c, i) => [
            names.concurrency[i] ?? '—',
            ...(names.topology[i] ?? []),
            (0,render_escape/* safeText */.Hk)(c.completion?.status ?? 'unknown', 20),
            nb((0,format/* formatPct */.R8)(c.completion?.success_rate)),
            nb((0,format/* formatSeconds */.Xo)(c.metrics?.p99_ttft)),
            nb((0,format/* formatSeconds */.Xo)(c.metrics?.p99_tpot)),
            nb((0,format/* formatTokensPerSec */.WQ)(c.metrics?.tput_per_gpu)),
        ]);
        const header = [
            'Conc',
            ...names.topologyKeys.map(topologyLabel),
            'Status',
            ...['success_rate', 'p99_ttft', 'p99_tpot', 'tput_per_gpu'].map((m) => metricLabel(m)),
        ];
        const withConfig = names.config.some((x) => x !== '');
        const first = take[0];
        blocks.push(`**${familyLabel(identityOf(first))}**\n\n${table([
            withConfig ? ['Config', ...header] : header,
            ...rows.map((r, i) => (withConfig ? [names.config[i] || '—', ...r] : r)),
        ], (withConfig ? ['Config', ...header] : header).map((h) => (h === 'Status' || h === 'Config' ? 'l' : 'r')))}`);
    }
    const more = cells.length > n ? `\n_${cells.length - n} more cell(s) are in report.json (artifact)._\n` : '';
    return details(`Cells (${n} of ${cells.length})`, `${blocks.join('\n')}${more}`);
}
function footer(head, diff) {
    const v = (0,render_escape/* safeText */.Hk)(head.analyzer?.inferguard_version ?? '?', 40);
    const files = diff ? 'report.json and compare.json' : 'report.json';
    return `<sub>inferguard ${v} · full data: ${files} in the run artifact.</sub>\n`;
}
/**
 * The comment's sections without the marker line, within `budget` characters, with the row caps
 * of `limits`. The comment and the job summary (render/summary.ts) are both this function.
 */
function renderCommentSections(input, budget, limits = COMMENT_LIMITS) {
    const { head, diff } = input;
    const findings = allFindings(head, diff);
    const currency = currencyOf(head);
    const top = headline(input, findings);
    const foot = footer(head, diff);
    const index = cellIndex(head, diff);
    const changeCells = diff
        ? changes(diff)
            .slice(0, limits.changeRows)
            .map((r) => r.cell.head_cell_id ?? r.cell.base_cell_id)
        : [];
    const findingCells = [
        ...new Set([...findings.map((f) => f.cell_id), ...changeCells].filter((x) => !!x && index.has(x))),
    ];
    const labels = shortLabels([...index.values()]);
    const named = findingCells.map((id) => index.get(id));
    const build = (p) => {
        const parts = [top, sectionFindings(findings, labels, p.findingGroups, p.findingList)];
        if (p.gates) {
            const g = sectionGates(head, labels, limits.gateRows);
            if (g)
                parts.push(g);
        }
        if (diff)
            parts.push(sectionChanges(diff, currency, p.changeRows));
        if (p.charts) {
            const ch = sectionCharts(head, diff, limits.chartFamilies);
            if (ch)
                parts.push(ch);
        }
        if (p.cost) {
            const c = sectionCost(head, diff, currency);
            if (c)
                parts.push(c);
        }
        const dropped = [];
        if (!p.gates && gateResults(head) !== null)
            dropped.push('gates');
        if (!p.charts)
            dropped.push('charts');
        if (!p.cost)
            dropped.push('cost and completion');
        if (dropped.length > 0)
            parts.push(`_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`);
        if (diff && p.perCell) {
            const used = parts.join('\n').length + foot.length + 2;
            const pc = sectionPerCell(diff, currency, Math.max(0, budget - used - 4000));
            if (pc)
                parts.push(pc);
        }
        else if (diff && diff.cells.length > 0) {
            parts.push(`_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`);
        }
        if (!diff)
            parts.push(p.perCell
                ? headOnlyCells(head, limits.headOnlyCells)
                : `_${head.cells?.length ?? 0} cell(s) are in report.json (artifact)._\n`);
        if (named.length > 0) {
            const used = parts.join('\n').length + foot.length + 2;
            const ids = sectionIds(named, labels, Math.min(20_000, Math.max(0, budget - used - 200)));
            if (ids)
                parts.push(ids);
        }
        parts.push(foot);
        return parts.join('\n');
    };
    const full = {
        findingGroups: limits.findingGroups,
        findingList: limits.findingList,
        changeRows: limits.changeRows,
        gates: true,
        cost: true,
        charts: true,
        perCell: true,
    };
    const plans = [
        full,
        { ...full, findingList: Math.min(full.findingList, 30) },
        { ...full, findingList: 0, charts: false },
        { ...full, findingGroups: 15, findingList: 0, gates: false, cost: false, charts: false },
        {
            ...full,
            findingGroups: 8,
            findingList: 0,
            changeRows: 10,
            gates: false,
            cost: false,
            charts: false,
            perCell: false,
        },
        {
            ...full,
            findingGroups: 3,
            findingList: 0,
            changeRows: 3,
            gates: false,
            cost: false,
            charts: false,
            perCell: false,
        },
    ];
    let md = '';
    for (const p of plans) {
        md = build(p);
        if (md.length <= budget)
            return md;
    }
    // Last resort: cut at a line boundary, keeping the headline.
    const cut = md.lastIndexOf('\n', budget - 200);
    return `${md.slice(0, Math.max(cut, 0))}\n\n_Comment truncated to stay under GitHub's limit; see the artifact._\n`;
}
/**
 * Renders the PR comment.
 *
 * @param input.head the head report (inferguard-analyze/v1).
 * @param input.diff compareReports(base, head) or null when there is no baseline (stated as such).
 * @param input.suiteKey suite key carried by the hidden marker (several suites per PR coexist).
 * @param input.run run metadata; links are built only from `runUrl`/`artifactUrl` (https only).
 * @param input.check the step's exit decision, stated in the headline when given.
 * @param input.budgetChars maximum length in UTF-16 code units (default 60,000).
 * @returns markdown whose first line is commentMarker(suiteKey).
 */
function renderComment(input) {
    const marker = commentMarker(input.suiteKey);
    const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
    return `${marker}\n${renderCommentSections(input, budget - marker.length - 1, COMMENT_LIMITS)}`;
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

/***/ 1415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* binding */ assertContract),
  T7: () => (/* binding */ validateContract)
});

// UNUSED EXPORTS: contractNames, registerContract, validatorOf

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
const inferguard_report_diff_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-report-diff/v1","description":"compare.json: a head inferguard-analyze/v1 report compared against a base one. Contract policy: schema_version first; within v1 field names and meanings are stable; fields may be added without a version change; consumers must ignore unknown fields. Ordering guarantees are in docs/COMPARE.md.","type":"object","required":["schema_version","base","head","settings","counts","verdict","cells","findings"],"properties":{"schema_version":{"const":"inferguard-report-diff/v1"},"base":{"$ref":"#/$defs/report_ref"},"head":{"$ref":"#/$defs/report_ref"},"settings":{"type":"object","required":["alpha","min_effect_size","method","bootstrap_iterations","seed","min_samples","noise_bands","eval_min_drop"],"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_effect_size":{"type":"number","minimum":0},"method":{"enum":["mann_whitney","bootstrap"]},"bootstrap_iterations":{"type":"integer","minimum":1},"seed":{"type":"integer"},"min_samples":{"type":"integer","minimum":1},"noise_bands":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"eval_min_drop":{"type":"number","minimum":0}},"additionalProperties":true},"counts":{"type":"object","required":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data","total","tests"],"properties":{"regressed":{"type":"integer","minimum":0},"improved":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"incomparable":{"type":"integer","minimum":0},"insufficient_data":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"tests":{"type":"integer","minimum":0}},"additionalProperties":true},"verdict":{"$ref":"#/$defs/regression_verdict"},"cells":{"type":"array","items":{"$ref":"#/$defs/cell_diff"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"additionalProperties":true,"$defs":{"report_ref":{"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true},"identity":{"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true},"metric_comparison":{"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict\'s comparisons."}},"additionalProperties":true},"regression_verdict":{"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"}},"additionalProperties":true},"cell_diff":{"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]},"finding":{"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}}');
;// CONCATENATED MODULE: ./schemas/inferguard-gates-v1.schema.json
const inferguard_gates_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-gates/v1","description":"The `gates` block of report.json: every SLO gate\'s outcome (docs/GATES.md). Results are in gate order; a gate with `[*]` gives one result per element.","type":"object","required":["schema_version","summary","results"],"properties":{"schema_version":{"const":"inferguard-gates/v1"},"summary":{"type":"object","required":["gates","total","passed","failed","not_found","conflict","error","blocking_failures"],"properties":{"gates":{"type":"integer","minimum":0,"description":"Number of gates evaluated."},"total":{"type":"integer","minimum":0,"description":"Number of results."},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"not_found":{"type":"integer","minimum":0},"conflict":{"type":"integer","minimum":0},"error":{"type":"integer","minimum":0},"blocking_failures":{"type":"integer","minimum":0,"description":"Results of severity error whose outcome is not pass."}},"additionalProperties":false},"results":{"type":"array","items":{"type":"object","required":["index","gate","severity","path","op","expected","outcome","value","cells","message"],"properties":{"index":{"type":"integer","minimum":1,"description":"1-based position of the gate in the evaluated list."},"gate":{"type":"string","minLength":1,"description":"The gate as written."},"name":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"path":{"type":"string","minLength":1,"description":"Concrete path of this result (a [*] replaced by the element\'s selector)."},"op":{"enum":["<=","<",">=",">","==","!=","semver<=","semver<","semver>=","semver>","semver==","semver!="]},"expected":{"type":["number","string","boolean"]},"outcome":{"enum":["pass","fail","not_found","conflict","error"]},"value":{"type":["number","string","boolean","null"],"description":"The resolved value; null when nothing scalar was resolved."},"cells":{"type":"array","items":{"type":"string"},"description":"Cell ids involved, sorted."},"message":{"type":"string","minLength":1},"matches":{"type":"array","items":{"type":"string"},"description":"conflict only: ids of the elements the predicate matched, sorted."}},"additionalProperties":false}}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/inferguard-config-v1.schema.json
const inferguard_config_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-config/v1","description":"The --config file of `inferguard analyze` / `inferguard compare` (JSON or YAML). Every key is optional; unknown keys are errors.","type":"object","properties":{"schema_version":{"const":"inferguard-config/v1"},"thresholds":{"type":"object","properties":{"partial_run_min_success":{"type":"number","exclusiveMinimum":0,"maximum":1},"ttft_cliff_ratio":{"type":"number","exclusiveMinimum":1},"ttft_cliff_max_tput_gain":{"type":"number","minimum":0},"tpot_degradation_ratio":{"type":"number","exclusiveMinimum":1},"plateau_max_gain":{"type":"number","minimum":0},"plateau_min_latency_worsening":{"type":"number","minimum":0},"kv_pressure_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_pressure_cpu_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_offload_thrash_min_ttft_worsening":{"type":"number","minimum":0},"kv_offload_thrash_max_tput_gain":{"type":"number","minimum":0},"prefix_cache_gap":{"type":"number","minimum":0,"maximum":1},"prefix_cache_drop":{"type":"number","minimum":0,"maximum":1},"kv_transfer_errors_critical":{"type":"integer","minimum":1},"kv_transfer_stall_min_samples":{"type":"integer","minimum":2},"imbalance_ratio_low":{"type":"number","exclusiveMinimum":0},"imbalance_ratio_high":{"type":"number","exclusiveMinimum":0},"imbalance_min_samples":{"type":"integer","minimum":1},"eval_regression_min_drop":{"type":"number","minimum":0},"max_json_bytes":{"type":"integer","minimum":1},"min_family_points":{"type":"integer","minimum":2},"slo_ttft_p99_s":{"type":["number","null"],"exclusiveMinimum":0},"slo_tpot_p99_s":{"type":["number","null"],"exclusiveMinimum":0}},"additionalProperties":false},"compare":{"description":"Compare settings (noise bands, statistics); see docs/COMPARE.md.","type":"object","properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"False discovery rate for Benjamini-Hochberg across all tests of one compare (default 0.05)."},"min_effect_size":{"type":"number","minimum":0,"description":"Minimum relative shift a significant test must also show (default 0.05)."},"method":{"enum":["mann_whitney","bootstrap"],"description":"Test when per-request samples exist on both sides (default mann_whitney)."},"bootstrap_iterations":{"type":"integer","minimum":100,"maximum":100000,"description":"Resamples per bootstrap test (default 1000)."},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the bootstrap PRNG (default 1)."},"min_samples":{"type":"integer","minimum":2,"description":"Samples per side below which noise bands are used instead of a test (default 20)."},"noise_bands":{"description":"Bands used when only aggregates exist, by kind or by metric name: relative fractions, except success_rate (absolute rate units, 0.01 = 1 point).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0},"success_rate":{"type":"number","minimum":0,"maximum":1}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}}},"additionalProperties":false},"cost":{"description":"Cost inputs, same meaning as the CLI flags.","type":"object","properties":{"gpu_hour_cost":{"type":"number","exclusiveMinimum":0},"currency":{"type":"string","minLength":1},"price_table":{"type":"string","minLength":1},"gpus":{"type":"integer","minimum":1}},"additionalProperties":false},"gates":{"description":"SLO gates, one `<path> <op> <value>` line each; see docs/GATES.md.","type":"array","items":{"type":["string","object"],"if":{"type":"object"},"then":{"required":["gate"],"properties":{"gate":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"name":{"type":"string","minLength":1}},"additionalProperties":false},"else":{"minLength":1}}},"eval_thresholds":{"description":"Pass thresholds per eval task (0-1), e.g. {\\"gsm8k\\": 0.9}.","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/inferguard-ttfs-event-v1.schema.json
const inferguard_ttfs_event_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://stella-ops.org/schemas/ttfs-event.schema.json","title":"Time-to-First-Signal (TTFS) Telemetry Event","description":"Schema for tracking time-to-first-signal metrics across UI, CLI, and CI surfaces","type":"object","required":["schema_version","event_type","timestamp","tenant_id","job_id","surface","ttfs_ms"],"properties":{"schema_version":{"type":"string","pattern":"^v[0-9]+\\\\.[0-9]+$","description":"Schema version (e.g., v1.0)","examples":["v1.0"]},"event_type":{"type":"string","enum":["signal.start","signal.rendered","signal.timeout","signal.error","signal.cache_hit","signal.cold_start"],"description":"Type of TTFS event"},"timestamp":{"type":"string","format":"date-time","description":"ISO-8601 UTC timestamp when event occurred"},"tenant_id":{"type":"string","minLength":1,"description":"Tenant identifier for scoping"},"job_id":{"type":"string","format":"uuid","description":"Job identifier for the signal request"},"run_id":{"type":["string","null"],"format":"uuid","description":"Run identifier if job is part of a run"},"correlation_id":{"type":["string","null"],"description":"Correlation ID for distributed tracing"},"surface":{"type":"string","enum":["ui","cli","ci"],"description":"Surface where the signal request originated"},"ttfs_ms":{"type":"integer","minimum":0,"description":"Time-to-first-signal in milliseconds"},"cache_hit":{"type":"boolean","default":false,"description":"True if signal was served from cache"},"signal_source":{"type":["string","null"],"enum":["snapshot","cold_start","failure_index",null],"description":"Source of the signal data"},"kind":{"type":["string","null"],"enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable",null],"description":"Signal kind indicating current job state"},"phase":{"type":["string","null"],"enum":["resolve","fetch","restore","analyze","policy","report","unknown",null],"description":"Current execution phase of the job"},"network_state":{"type":["string","null"],"description":"Client network state (e.g., \'4g\', \'wifi\', \'offline\')"},"device":{"type":["string","null"],"description":"Client device type (e.g., \'desktop\', \'mobile\', \'cli\')"},"release":{"type":["string","null"],"description":"Application release version"},"trace_id":{"type":["string","null"],"pattern":"^[a-f0-9]{32}$","description":"OpenTelemetry trace ID (32 hex characters)"},"span_id":{"type":["string","null"],"pattern":"^[a-f0-9]{16}$","description":"OpenTelemetry span ID (16 hex characters)"},"error_code":{"type":["string","null"],"description":"Error code if event_type is signal.error or signal.timeout"},"error_message":{"type":["string","null"],"description":"Human-readable error message"},"slo_target_ms":{"type":["integer","null"],"minimum":0,"description":"SLO target in milliseconds for this request"},"slo_breach":{"type":"boolean","default":false,"description":"True if this event represents an SLO breach"},"is_offline_mode":{"type":"boolean","default":false,"description":"True if event occurred in offline/air-gap mode"},"metadata":{"type":"object","additionalProperties":true,"description":"Additional context-specific metadata"}},"additionalProperties":false,"allOf":[{"if":{"properties":{"event_type":{"const":"signal.error"}},"required":["event_type"]},"then":{"required":["error_code"]}},{"if":{"properties":{"event_type":{"const":"signal.timeout"}},"required":["event_type"]},"then":{"required":["error_code"]}}],"examples":[{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:30:00.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","run_id":"660e8400-e29b-41d4-a716-446655440001","surface":"ui","ttfs_ms":850,"cache_hit":true,"signal_source":"snapshot","kind":"started","phase":"analyze","slo_target_ms":2000,"slo_breach":false,"is_offline_mode":false},{"schema_version":"v1.0","event_type":"signal.cache_hit","timestamp":"2025-12-14T10:30:01.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","surface":"cli","ttfs_ms":120,"cache_hit":true,"signal_source":"snapshot","kind":"phase","phase":"policy","device":"cli","release":"1.2.3"},{"schema_version":"v1.0","event_type":"signal.cold_start","timestamp":"2025-12-14T10:31:00.000Z","tenant_id":"tenant-456","job_id":"770e8400-e29b-41d4-a716-446655440002","surface":"ci","ttfs_ms":3200,"cache_hit":false,"signal_source":"cold_start","kind":"succeeded","phase":"report","slo_target_ms":5000,"slo_breach":false},{"schema_version":"v1.0","event_type":"signal.timeout","timestamp":"2025-12-14T10:32:00.000Z","tenant_id":"tenant-789","job_id":"880e8400-e29b-41d4-a716-446655440003","surface":"ui","ttfs_ms":5500,"cache_hit":false,"signal_source":"cold_start","kind":"unavailable","phase":"unknown","error_code":"TTFS_TIMEOUT_EXCEEDED","error_message":"Signal fetch exceeded 5s budget","slo_target_ms":5000,"slo_breach":true},{"schema_version":"v1.0","event_type":"signal.error","timestamp":"2025-12-14T10:33:00.000Z","tenant_id":"tenant-abc","job_id":"990e8400-e29b-41d4-a716-446655440004","surface":"ui","ttfs_ms":1200,"cache_hit":false,"error_code":"TTFS_JOB_NOT_FOUND","error_message":"Job not found or access denied","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"},{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:34:00.000Z","tenant_id":"tenant-airgap","job_id":"aa0e8400-e29b-41d4-a716-446655440005","surface":"ui","ttfs_ms":1800,"cache_hit":false,"signal_source":"failure_index","kind":"failed","phase":"analyze","is_offline_mode":true,"metadata":{"failure_signature_id":"sig-001","predicted_mttr_seconds":300,"likely_cause":"Registry rate limiting"}}],"$defs":{"signal_kind":{"type":"string","enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable"],"description":"Enumeration of signal kinds"},"signal_phase":{"type":"string","enum":["resolve","fetch","restore","analyze","policy","report","unknown"],"description":"Enumeration of execution phases"},"signal_surface":{"type":"string","enum":["ui","cli","ci"],"description":"Enumeration of request surfaces"},"signal_source_type":{"type":"string","enum":["snapshot","cold_start","failure_index"],"description":"Enumeration of signal data sources"}}}');
;// CONCATENATED MODULE: ./schemas/inferguard-pr-context-v1.schema.json
const inferguard_pr_context_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-pr-context/v1","description":"What the pull_request run knew about its PR, uploaded next to report.json so a workflow_run job can find the PR. Untrusted on read: the PR number is used only after GET /pulls/{n} shows the same head SHA.","type":"object","required":["schema_version","repository","pr_number","head_sha","base_ref","run_id"],"additionalProperties":false,"properties":{"schema_version":{"const":"inferguard-pr-context/v1"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pr_number":{"type":"integer","minimum":1},"head_sha":{"type":"string","pattern":"^[0-9a-f]{40}$"},"base_ref":{"type":"string","minLength":1,"maxLength":255},"run_id":{"type":["integer","null"],"minimum":1}}}');
;// CONCATENATED MODULE: ./src/schemas/compiled/validators.js
// @generated by scripts/gen-validators.mjs from schemas/*.json: do not edit, run `npm run gen:validators`.
// ajv 8.20.0 standalone code (MIT), options { allErrors: true, strict: false } + ajv-formats.
/* eslint-disable */

/** sha256 of each contract's schema JSON text (`$id` removed). */
const SCHEMA_HASHES = {
  "disagg-event-record/v1": '368427e81156e77182380ecfb214a22b0d8957eb176b367eb5dea8b518e6d875',
  "disagg-status/v1": 'b4e77243431d6c92e1361f990580a0f3bb9ff4a714b9c416a3655d3f9944e981',
  "inferguard-analyze/v1": '4fd983c631397201f95e35a83d876ca61e3c172095685f99d5a807f8e5e8d3b1',
  "inferguard-config/v1": '49d2b4e03765d2c4728d0d65cfe6ec6e5cf3cb41a980515f128ccfc5e9eb8765',
  "inferguard-cost/v1": '241dc53328cb9bc48b856d2d5086c1513a9e78122285b97ab0fd227435310847',
  "inferguard-gates/v1": 'ee6e19f8da460c06a510c2c3274e05b54ef015c266c7313d5bb44e6aaacc0b50',
  "inferguard-pr-context/v1": '60fdaaff33e0d05cf740f565d1efc8140c46a700b703d5d8eb70e59d09a79e2d',
  "inferguard-report-diff/v1": '8fa84bc424ac364ca75e9485d9c45198437215fe6f2ba024ffb5f9809b51e34a',
  "inferguard-timeline/v1": '82935a2a839abbe51a6fb784e9c799156e47999218dd38156594ed2b4874ace4',
  "inferguard-ttfs-event/v1": '85efc7e6f2e0069aa455f655645acfd7cf9c12d5cd87e06060c2bea5f7802ad8',
  "path-trace/v1": '06b8ef23052aed8369886e5d96247540aafbce1d9bec07ea7844ef50547d2794',
};

/** The validators by contract name; `require` resolves 'ajv-formats/dist/formats' and 'ajv/dist/runtime/ucs2length'. */
function createValidators(require) {
  const exports = {};
exports.c0 = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-event-record/v1","type":"object","required":["at","endpoints","code","severity","message"],"properties":{"at":{"type":"number","description":"Unix epoch seconds"},"endpoints":{"type":"array","items":{"type":"string"}},"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"}},"additionalProperties":true};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.endpoints === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.code === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.severity === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.message === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.at !== undefined){if(!(typeof data.at == "number")){const err5 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.endpoints !== undefined){let data1 = data.endpoints;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(typeof data1[i0] !== "string"){const err6 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.code !== undefined){let data3 = data.code;if(!((((((data3 === "connector_mismatch") || (data3 === "prefill_decode_imbalance")) || (data3 === "kv_transfer_errors_present")) || (data3 === "kv_transfer_stall")) || (data3 === "endpoint_unreachable")) || (data3 === "engine_unidentified"))){const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/enum",keyword:"enum",params:{allowedValues: schema31.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.severity !== undefined){let data4 = data.severity;if(!(((data4 === "info") || (data4 === "warning")) || (data4 === "critical"))){const err9 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.message !== undefined){if(typeof data.message !== "string"){const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c1 = validate21;const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-status/v1","type":"object","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"},"prefill":{"$ref":"#/$defs/snapshot"},"decode":{"$ref":"#/$defs/snapshot"},"transfer":{"anyOf":[{"$ref":"#/$defs/snapshot"},{"type":"null"}]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"endpoint":{"type":"object","required":["url","role","engine"],"properties":{"url":{"type":"string"},"role":{"enum":["prefill","decode","transfer"]},"engine":{"enum":["vllm","sglang","dynamo","llm-d","unknown"]},"engine_version":{"type":"string"},"connector":{"type":"string"}},"additionalProperties":true},"snapshot":{"type":"object","required":["endpoint","scraped_at"],"properties":{"endpoint":{"$ref":"#/$defs/endpoint"},"scraped_at":{"type":"number"},"kv_cache_usage":{"type":["number","null"]},"requests_running":{"type":["integer","null"]},"requests_waiting":{"type":["integer","null"]},"requests_swapped":{"type":["integer","null"]},"preemptions_total":{"type":["integer","null"]},"ttft_avg_seconds":{"type":["number","null"]},"tpot_avg_seconds":{"type":["number","null"]},"kv_transfer_sent_bytes_total":{"type":["integer","null"]},"kv_transfer_recv_bytes_total":{"type":["integer","null"]},"kv_transfer_errors_total":{"type":["integer","null"]},"prefill_queue_depth":{"type":["integer","null"]},"decode_queue_depth":{"type":["integer","null"]},"scrape_error":{"type":"string"},"raw_labels":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":true},"finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}};const schema35 = {"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true};const schema33 = {"type":"object","required":["endpoint","scraped_at"],"properties":{"endpoint":{"$ref":"#/$defs/endpoint"},"scraped_at":{"type":"number"},"kv_cache_usage":{"type":["number","null"]},"requests_running":{"type":["integer","null"]},"requests_waiting":{"type":["integer","null"]},"requests_swapped":{"type":["integer","null"]},"preemptions_total":{"type":["integer","null"]},"ttft_avg_seconds":{"type":["number","null"]},"tpot_avg_seconds":{"type":["number","null"]},"kv_transfer_sent_bytes_total":{"type":["integer","null"]},"kv_transfer_recv_bytes_total":{"type":["integer","null"]},"kv_transfer_errors_total":{"type":["integer","null"]},"prefill_queue_depth":{"type":["integer","null"]},"decode_queue_depth":{"type":["integer","null"]},"scrape_error":{"type":"string"},"raw_labels":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":true};const schema34 = {"type":"object","required":["url","role","engine"],"properties":{"url":{"type":"string"},"role":{"enum":["prefill","decode","transfer"]},"engine":{"enum":["vllm","sglang","dynamo","llm-d","unknown"]},"engine_version":{"type":"string"},"connector":{"type":"string"}},"additionalProperties":true};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.endpoint === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.scraped_at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scraped_at"},message:"must have required property '"+"scraped_at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.endpoint !== undefined){let data0 = data.endpoint;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.url === undefined){const err2 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.role === undefined){const err3 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.engine === undefined){const err4 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.url !== undefined){if(typeof data0.url !== "string"){const err5 = {instancePath:instancePath+"/endpoint/url",schemaPath:"#/$defs/endpoint/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.role !== undefined){let data2 = data0.role;if(!(((data2 === "prefill") || (data2 === "decode")) || (data2 === "transfer"))){const err6 = {instancePath:instancePath+"/endpoint/role",schemaPath:"#/$defs/endpoint/properties/role/enum",keyword:"enum",params:{allowedValues: schema34.properties.role.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.engine !== undefined){let data3 = data0.engine;if(!(((((data3 === "vllm") || (data3 === "sglang")) || (data3 === "dynamo")) || (data3 === "llm-d")) || (data3 === "unknown"))){const err7 = {instancePath:instancePath+"/endpoint/engine",schemaPath:"#/$defs/endpoint/properties/engine/enum",keyword:"enum",params:{allowedValues: schema34.properties.engine.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.engine_version !== undefined){if(typeof data0.engine_version !== "string"){const err8 = {instancePath:instancePath+"/endpoint/engine_version",schemaPath:"#/$defs/endpoint/properties/engine_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.connector !== undefined){if(typeof data0.connector !== "string"){const err9 = {instancePath:instancePath+"/endpoint/connector",schemaPath:"#/$defs/endpoint/properties/connector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/endpoint",schemaPath:"#/$defs/endpoint/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.scraped_at !== undefined){if(!(typeof data.scraped_at == "number")){const err11 = {instancePath:instancePath+"/scraped_at",schemaPath:"#/properties/scraped_at/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.kv_cache_usage !== undefined){let data7 = data.kv_cache_usage;if((!(typeof data7 == "number")) && (data7 !== null)){const err12 = {instancePath:instancePath+"/kv_cache_usage",schemaPath:"#/properties/kv_cache_usage/type",keyword:"type",params:{type: schema33.properties.kv_cache_usage.type},message:"must be number,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.requests_running !== undefined){let data8 = data.requests_running;if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){const err13 = {instancePath:instancePath+"/requests_running",schemaPath:"#/properties/requests_running/type",keyword:"type",params:{type: schema33.properties.requests_running.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.requests_waiting !== undefined){let data9 = data.requests_waiting;if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){const err14 = {instancePath:instancePath+"/requests_waiting",schemaPath:"#/properties/requests_waiting/type",keyword:"type",params:{type: schema33.properties.requests_waiting.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.requests_swapped !== undefined){let data10 = data.requests_swapped;if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){const err15 = {instancePath:instancePath+"/requests_swapped",schemaPath:"#/properties/requests_swapped/type",keyword:"type",params:{type: schema33.properties.requests_swapped.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.preemptions_total !== undefined){let data11 = data.preemptions_total;if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){const err16 = {instancePath:instancePath+"/preemptions_total",schemaPath:"#/properties/preemptions_total/type",keyword:"type",params:{type: schema33.properties.preemptions_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.ttft_avg_seconds !== undefined){let data12 = data.ttft_avg_seconds;if((!(typeof data12 == "number")) && (data12 !== null)){const err17 = {instancePath:instancePath+"/ttft_avg_seconds",schemaPath:"#/properties/ttft_avg_seconds/type",keyword:"type",params:{type: schema33.properties.ttft_avg_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.tpot_avg_seconds !== undefined){let data13 = data.tpot_avg_seconds;if((!(typeof data13 == "number")) && (data13 !== null)){const err18 = {instancePath:instancePath+"/tpot_avg_seconds",schemaPath:"#/properties/tpot_avg_seconds/type",keyword:"type",params:{type: schema33.properties.tpot_avg_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.kv_transfer_sent_bytes_total !== undefined){let data14 = data.kv_transfer_sent_bytes_total;if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (data14 !== null)){const err19 = {instancePath:instancePath+"/kv_transfer_sent_bytes_total",schemaPath:"#/properties/kv_transfer_sent_bytes_total/type",keyword:"type",params:{type: schema33.properties.kv_transfer_sent_bytes_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.kv_transfer_recv_bytes_total !== undefined){let data15 = data.kv_transfer_recv_bytes_total;if((!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) && (data15 !== null)){const err20 = {instancePath:instancePath+"/kv_transfer_recv_bytes_total",schemaPath:"#/properties/kv_transfer_recv_bytes_total/type",keyword:"type",params:{type: schema33.properties.kv_transfer_recv_bytes_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.kv_transfer_errors_total !== undefined){let data16 = data.kv_transfer_errors_total;if((!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) && (data16 !== null)){const err21 = {instancePath:instancePath+"/kv_transfer_errors_total",schemaPath:"#/properties/kv_transfer_errors_total/type",keyword:"type",params:{type: schema33.properties.kv_transfer_errors_total.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.prefill_queue_depth !== undefined){let data17 = data.prefill_queue_depth;if((!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))) && (data17 !== null)){const err22 = {instancePath:instancePath+"/prefill_queue_depth",schemaPath:"#/properties/prefill_queue_depth/type",keyword:"type",params:{type: schema33.properties.prefill_queue_depth.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.decode_queue_depth !== undefined){let data18 = data.decode_queue_depth;if((!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))) && (data18 !== null)){const err23 = {instancePath:instancePath+"/decode_queue_depth",schemaPath:"#/properties/decode_queue_depth/type",keyword:"type",params:{type: schema33.properties.decode_queue_depth.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.scrape_error !== undefined){if(typeof data.scrape_error !== "string"){const err24 = {instancePath:instancePath+"/scrape_error",schemaPath:"#/properties/scrape_error/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.raw_labels !== undefined){let data20 = data.raw_labels;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key0 in data20){if(typeof data20[key0] !== "string"){const err25 = {instancePath:instancePath+"/raw_labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/raw_labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/raw_labels",schemaPath:"#/properties/raw_labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.prefill === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefill"},message:"must have required property '"+"prefill"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.decode === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decode"},message:"must have required property '"+"decode"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.findings === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.schema_version !== undefined){if("disagg-status/v1" !== data.schema_version){const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "disagg-status/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.prefill !== undefined){if(!(validate22(data.prefill, {instancePath:instancePath+"/prefill",parentData:data,parentDataProperty:"prefill",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.decode !== undefined){if(!(validate22(data.decode, {instancePath:instancePath+"/decode",parentData:data,parentDataProperty:"decode",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.transfer !== undefined){let data3 = data.transfer;const _errs5 = errors;let valid1 = false;const _errs6 = errors;if(!(validate22(data3, {instancePath:instancePath+"/transfer",parentData:data,parentDataProperty:"transfer",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;const _errs7 = errors;if(data3 !== null){const err5 = {instancePath:instancePath+"/transfer",schemaPath:"#/properties/transfer/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs7 === errors;valid1 = valid1 || _valid0;if(!valid1){const err6 = {instancePath:instancePath+"/transfer",schemaPath:"#/properties/transfer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data.findings !== undefined){let data4 = data.findings;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.code === undefined){const err7 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data5.severity === undefined){const err8 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data5.message === undefined){const err9 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data5.evidence === undefined){const err10 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data5.code !== undefined){let data6 = data5.code;if(!((((((data6 === "connector_mismatch") || (data6 === "prefill_decode_imbalance")) || (data6 === "kv_transfer_errors_present")) || (data6 === "kv_transfer_stall")) || (data6 === "endpoint_unreachable")) || (data6 === "engine_unidentified"))){const err11 = {instancePath:instancePath+"/findings/" + i0+"/code",schemaPath:"#/$defs/finding/properties/code/enum",keyword:"enum",params:{allowedValues: schema35.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.severity !== undefined){let data7 = data5.severity;if(!(((data7 === "info") || (data7 === "warning")) || (data7 === "critical"))){const err12 = {instancePath:instancePath+"/findings/" + i0+"/severity",schemaPath:"#/$defs/finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema35.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.message !== undefined){if(typeof data5.message !== "string"){const err13 = {instancePath:instancePath+"/findings/" + i0+"/message",schemaPath:"#/$defs/finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data5.evidence !== undefined){let data9 = data5.evidence;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){}else {const err14 = {instancePath:instancePath+"/findings/" + i0+"/evidence",schemaPath:"#/$defs/finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":{"schema_version":true,"prefill":true,"decode":true,"transfer":true,"findings":true},"dynamicProps":false,"dynamicItems":false};exports.c2 = validate26;const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-analyze/v1","type":"object","required":["schema_version","generated_at","input_root","analyzer","run_summary","cells","findings","artifact_manifest"],"properties":{"schema_version":{"const":"inferguard-analyze/v1"},"generated_at":{"type":"string","format":"date-time"},"input_root":{"type":"string"},"analyzer":{"type":"object","required":["inferguard_version","capabilities"],"properties":{"inferguard_version":{"type":"string"},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false}},"additionalProperties":true},"run_summary":{"type":"object","required":["status","total_cells","successful_cells","failed_cells","missing_artifacts"],"properties":{"status":{"enum":["complete","partial","failed","unknown"]},"total_cells":{"type":"integer","minimum":0},"successful_cells":{"type":"integer","minimum":0},"failed_cells":{"type":"integer","minimum":0},"missing_artifacts":{"type":"array","items":{"type":"string"}},"cost":{"$ref":"#/$defs/cost_block"}},"additionalProperties":true},"cells":{"type":"array","items":{"$ref":"#/$defs/analyze_cell"}},"cross_run":{"type":"object","additionalProperties":true},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}},"artifact_manifest":{"type":"array","items":{"$ref":"#/$defs/artifact"}}},"$defs":{"analyze_cell":{"type":"object","required":["cell_id","source_format","artifacts","completion","metrics","findings"],"properties":{"cell_id":{"type":"string"},"source_format":{"enum":["inferencex-static","inferencex-srt-slurm","agentx-trace-replay","inferguard-bench-native","eval","mixed","unknown"]},"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]},"topology":{"type":"object","additionalProperties":true},"artifacts":{"type":"object","additionalProperties":{"type":["string","array","null"]}},"completion":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":{"type":["number","integer","string","boolean","null"]}},"timeline":{"type":"object","additionalProperties":true},"cost":{"$ref":"#/$defs/cost_block"},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}}},"additionalProperties":true},"cost_block":{"type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true},"analyze_finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"description":"Emitted today: missing_required_artifact, invalid_run_no_successful_requests, partial_run, metrics_unavailable. Reserved / planned: ttft_cliff, tpot_degradation, throughput_plateau, kv_pressure, kv_offload_thrash, prefix_cache_regression, prefill_decode_imbalance, kv_transfer_stall, kv_transfer_errors_present, endpoint_unreachable, engine_unidentified, eval_regression.","enum":["missing_required_artifact","invalid_run_no_successful_requests","partial_run","metrics_unavailable","ttft_cliff","tpot_degradation","throughput_plateau","kv_pressure","kv_offload_thrash","prefix_cache_regression","prefill_decode_imbalance","kv_transfer_stall","kv_transfer_errors_present","endpoint_unreachable","engine_unidentified","eval_regression"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true},"artifact":{"type":"object","required":["path","kind"],"properties":{"path":{"type":"string"},"kind":{"type":"string"},"cell_id":{"type":["string","null"]},"required":{"type":"boolean"},"present":{"type":"boolean"}},"additionalProperties":true}},"additionalProperties":true};const schema37 = {"type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true};const schema40 = {"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"description":"Emitted today: missing_required_artifact, invalid_run_no_successful_requests, partial_run, metrics_unavailable. Reserved / planned: ttft_cliff, tpot_degradation, throughput_plateau, kv_pressure, kv_offload_thrash, prefix_cache_regression, prefill_decode_imbalance, kv_transfer_stall, kv_transfer_errors_present, endpoint_unreachable, engine_unidentified, eval_regression.","enum":["missing_required_artifact","invalid_run_no_successful_requests","partial_run","metrics_unavailable","ttft_cliff","tpot_degradation","throughput_plateau","kv_pressure","kv_offload_thrash","prefix_cache_regression","prefill_decode_imbalance","kv_transfer_stall","kv_transfer_errors_present","endpoint_unreachable","engine_unidentified","eval_regression"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true};const schema42 = {"type":"object","required":["path","kind"],"properties":{"path":{"type":"string"},"kind":{"type":"string"},"cell_id":{"type":["string","null"]},"required":{"type":"boolean"},"present":{"type":"boolean"}},"additionalProperties":true};const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];const schema38 = {"type":"object","required":["cell_id","source_format","artifacts","completion","metrics","findings"],"properties":{"cell_id":{"type":"string"},"source_format":{"enum":["inferencex-static","inferencex-srt-slurm","agentx-trace-replay","inferguard-bench-native","eval","mixed","unknown"]},"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]},"topology":{"type":"object","additionalProperties":true},"artifacts":{"type":"object","additionalProperties":{"type":["string","array","null"]}},"completion":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":{"type":["number","integer","string","boolean","null"]}},"timeline":{"type":"object","additionalProperties":true},"cost":{"$ref":"#/$defs/cost_block"},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}}},"additionalProperties":true};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.cell_id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.source_format === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_format"},message:"must have required property '"+"source_format"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.artifacts === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.completion === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.metrics === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.findings === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.cell_id !== undefined){if(typeof data.cell_id !== "string"){const err6 = {instancePath:instancePath+"/cell_id",schemaPath:"#/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.source_format !== undefined){let data1 = data.source_format;if(!(((((((data1 === "inferencex-static") || (data1 === "inferencex-srt-slurm")) || (data1 === "agentx-trace-replay")) || (data1 === "inferguard-bench-native")) || (data1 === "eval")) || (data1 === "mixed")) || (data1 === "unknown"))){const err7 = {instancePath:instancePath+"/source_format",schemaPath:"#/properties/source_format/enum",keyword:"enum",params:{allowedValues: schema38.properties.source_format.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.hardware !== undefined){let data2 = data.hardware;if((typeof data2 !== "string") && (data2 !== null)){const err8 = {instancePath:instancePath+"/hardware",schemaPath:"#/properties/hardware/type",keyword:"type",params:{type: schema38.properties.hardware.type},message:"must be string,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.model !== undefined){let data3 = data.model;if((typeof data3 !== "string") && (data3 !== null)){const err9 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: schema38.properties.model.type},message:"must be string,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.framework !== undefined){let data4 = data.framework;if((typeof data4 !== "string") && (data4 !== null)){const err10 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/type",keyword:"type",params:{type: schema38.properties.framework.type},message:"must be string,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.precision !== undefined){let data5 = data.precision;if((typeof data5 !== "string") && (data5 !== null)){const err11 = {instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/type",keyword:"type",params:{type: schema38.properties.precision.type},message:"must be string,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.scenario_type !== undefined){let data6 = data.scenario_type;if((typeof data6 !== "string") && (data6 !== null)){const err12 = {instancePath:instancePath+"/scenario_type",schemaPath:"#/properties/scenario_type/type",keyword:"type",params:{type: schema38.properties.scenario_type.type},message:"must be string,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.is_multinode !== undefined){let data7 = data.is_multinode;if((typeof data7 !== "boolean") && (data7 !== null)){const err13 = {instancePath:instancePath+"/is_multinode",schemaPath:"#/properties/is_multinode/type",keyword:"type",params:{type: schema38.properties.is_multinode.type},message:"must be boolean,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.recipe_name !== undefined){let data8 = data.recipe_name;if((typeof data8 !== "string") && (data8 !== null)){const err14 = {instancePath:instancePath+"/recipe_name",schemaPath:"#/properties/recipe_name/type",keyword:"type",params:{type: schema38.properties.recipe_name.type},message:"must be string,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.isl !== undefined){let data9 = data.isl;if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){const err15 = {instancePath:instancePath+"/isl",schemaPath:"#/properties/isl/type",keyword:"type",params:{type: schema38.properties.isl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.osl !== undefined){let data10 = data.osl;if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){const err16 = {instancePath:instancePath+"/osl",schemaPath:"#/properties/osl/type",keyword:"type",params:{type: schema38.properties.osl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.concurrency !== undefined){let data11 = data.concurrency;if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){const err17 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: schema38.properties.concurrency.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.topology !== undefined){let data12 = data.topology;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){}else {const err18 = {instancePath:instancePath+"/topology",schemaPath:"#/properties/topology/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.artifacts !== undefined){let data13 = data.artifacts;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key0 in data13){let data14 = data13[key0];if(((typeof data14 !== "string") && (!(Array.isArray(data14)))) && (data14 !== null)){const err19 = {instancePath:instancePath+"/artifacts/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/artifacts/additionalProperties/type",keyword:"type",params:{type: schema38.properties.artifacts.additionalProperties.type},message:"must be string,array,null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.completion !== undefined){let data15 = data.completion;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){}else {const err21 = {instancePath:instancePath+"/completion",schemaPath:"#/properties/completion/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.metrics !== undefined){let data16 = data.metrics;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key1 in data16){let data17 = data16[key1];if((((!(typeof data17 == "number")) && (typeof data17 !== "string")) && (typeof data17 !== "boolean")) && (data17 !== null)){const err22 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema38.properties.metrics.additionalProperties.type},message:"must be number,integer,string,boolean,null"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.timeline !== undefined){let data18 = data.timeline;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){}else {const err24 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.cost !== undefined){let data19 = data.cost;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.schema_version === undefined){const err25 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data19.currency === undefined){const err26 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data19.gpu_hours === undefined){const err27 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data19.gpu_hour_cost === undefined){const err28 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hour_cost"},message:"must have required property '"+"gpu_hour_cost"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data19.compute_cost === undefined){const err29 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data19.schema_version !== undefined){if("inferguard-cost/v1" !== data19.schema_version){const err30 = {instancePath:instancePath+"/cost/schema_version",schemaPath:"#/$defs/cost_block/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-cost/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data19.currency !== undefined){if(typeof data19.currency !== "string"){const err31 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/$defs/cost_block/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19.duration_seconds !== undefined){let data22 = data19.duration_seconds;if((!(typeof data22 == "number")) && (data22 !== null)){const err32 = {instancePath:instancePath+"/cost/duration_seconds",schemaPath:"#/$defs/cost_block/properties/duration_seconds/type",keyword:"type",params:{type: schema37.properties.duration_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19.gpus !== undefined){let data23 = data19.gpus;if((!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) && (data23 !== null)){const err33 = {instancePath:instancePath+"/cost/gpus",schemaPath:"#/$defs/cost_block/properties/gpus/type",keyword:"type",params:{type: schema37.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data19.gpu_hours !== undefined){let data24 = data19.gpu_hours;if((!(typeof data24 == "number")) && (data24 !== null)){const err34 = {instancePath:instancePath+"/cost/gpu_hours",schemaPath:"#/$defs/cost_block/properties/gpu_hours/type",keyword:"type",params:{type: schema37.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data19.gpu_hour_cost !== undefined){let data25 = data19.gpu_hour_cost;if((!(typeof data25 == "number")) && (data25 !== null)){const err35 = {instancePath:instancePath+"/cost/gpu_hour_cost",schemaPath:"#/$defs/cost_block/properties/gpu_hour_cost/type",keyword:"type",params:{type: schema37.properties.gpu_hour_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data19.compute_cost !== undefined){let data26 = data19.compute_cost;if((!(typeof data26 == "number")) && (data26 !== null)){const err36 = {instancePath:instancePath+"/cost/compute_cost",schemaPath:"#/$defs/cost_block/properties/compute_cost/type",keyword:"type",params:{type: schema37.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data19.completed_sessions !== undefined){let data27 = data19.completed_sessions;if((!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) && (data27 !== null)){const err37 = {instancePath:instancePath+"/cost/completed_sessions",schemaPath:"#/$defs/cost_block/properties/completed_sessions/type",keyword:"type",params:{type: schema37.properties.completed_sessions.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data19.completed_requests !== undefined){let data28 = data19.completed_requests;if((!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) && (data28 !== null)){const err38 = {instancePath:instancePath+"/cost/completed_requests",schemaPath:"#/$defs/cost_block/properties/completed_requests/type",keyword:"type",params:{type: schema37.properties.completed_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data19.completion_basis !== undefined){let data29 = data19.completion_basis;if(!((data29 === "session-based") || (data29 === "request-based"))){const err39 = {instancePath:instancePath+"/cost/completion_basis",schemaPath:"#/$defs/cost_block/properties/completion_basis/enum",keyword:"enum",params:{allowedValues: schema37.properties.completion_basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data19.cost_per_completed_session !== undefined){let data30 = data19.cost_per_completed_session;if((!(typeof data30 == "number")) && (data30 !== null)){const err40 = {instancePath:instancePath+"/cost/cost_per_completed_session",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_session/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_session.type},message:"must be number,null"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data19.cost_per_completed_request !== undefined){let data31 = data19.cost_per_completed_request;if((!(typeof data31 == "number")) && (data31 !== null)){const err41 = {instancePath:instancePath+"/cost/cost_per_completed_request",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data19.cost_per_million_input_tokens !== undefined){let data32 = data19.cost_per_million_input_tokens;if((!(typeof data32 == "number")) && (data32 !== null)){const err42 = {instancePath:instancePath+"/cost/cost_per_million_input_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_input_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_input_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data19.cost_per_million_output_tokens !== undefined){let data33 = data19.cost_per_million_output_tokens;if((!(typeof data33 == "number")) && (data33 !== null)){const err43 = {instancePath:instancePath+"/cost/cost_per_million_output_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/cost",schemaPath:"#/$defs/cost_block/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.findings !== undefined){let data34 = data.findings;if(Array.isArray(data34)){const len0 = data34.length;for(let i0=0; i0<len0; i0++){let data35 = data34[i0];if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.code === undefined){const err45 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data35.severity === undefined){const err46 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data35.message === undefined){const err47 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data35.evidence === undefined){const err48 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data35.code !== undefined){let data36 = data35.code;if(!((((((((((((((((data36 === "missing_required_artifact") || (data36 === "invalid_run_no_successful_requests")) || (data36 === "partial_run")) || (data36 === "metrics_unavailable")) || (data36 === "ttft_cliff")) || (data36 === "tpot_degradation")) || (data36 === "throughput_plateau")) || (data36 === "kv_pressure")) || (data36 === "kv_offload_thrash")) || (data36 === "prefix_cache_regression")) || (data36 === "prefill_decode_imbalance")) || (data36 === "kv_transfer_stall")) || (data36 === "kv_transfer_errors_present")) || (data36 === "endpoint_unreachable")) || (data36 === "engine_unidentified")) || (data36 === "eval_regression"))){const err49 = {instancePath:instancePath+"/findings/" + i0+"/code",schemaPath:"#/$defs/analyze_finding/properties/code/enum",keyword:"enum",params:{allowedValues: schema40.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data35.severity !== undefined){let data37 = data35.severity;if(!(((data37 === "info") || (data37 === "warning")) || (data37 === "critical"))){const err50 = {instancePath:instancePath+"/findings/" + i0+"/severity",schemaPath:"#/$defs/analyze_finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema40.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data35.message !== undefined){if(typeof data35.message !== "string"){const err51 = {instancePath:instancePath+"/findings/" + i0+"/message",schemaPath:"#/$defs/analyze_finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data35.cell_id !== undefined){let data39 = data35.cell_id;if((typeof data39 !== "string") && (data39 !== null)){const err52 = {instancePath:instancePath+"/findings/" + i0+"/cell_id",schemaPath:"#/$defs/analyze_finding/properties/cell_id/type",keyword:"type",params:{type: schema40.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data35.evidence !== undefined){let data40 = data35.evidence;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){}else {const err53 = {instancePath:instancePath+"/findings/" + i0+"/evidence",schemaPath:"#/$defs/analyze_finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/findings/" + i0,schemaPath:"#/$defs/analyze_finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.generated_at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.input_root === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.analyzer === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "analyzer"},message:"must have required property '"+"analyzer"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.run_summary === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_summary"},message:"must have required property '"+"run_summary"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.cells === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.findings === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.artifact_manifest === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_manifest"},message:"must have required property '"+"artifact_manifest"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.schema_version !== undefined){if("inferguard-analyze/v1" !== data.schema_version){const err8 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-analyze/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.generated_at !== undefined){let data1 = data.generated_at;if(typeof data1 === "string"){if(!(formats0.validate(data1))){const err9 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.input_root !== undefined){if(typeof data.input_root !== "string"){const err11 = {instancePath:instancePath+"/input_root",schemaPath:"#/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.analyzer !== undefined){let data3 = data.analyzer;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.inferguard_version === undefined){const err12 = {instancePath:instancePath+"/analyzer",schemaPath:"#/properties/analyzer/required",keyword:"required",params:{missingProperty: "inferguard_version"},message:"must have required property '"+"inferguard_version"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data3.capabilities === undefined){const err13 = {instancePath:instancePath+"/analyzer",schemaPath:"#/properties/analyzer/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.inferguard_version !== undefined){if(typeof data3.inferguard_version !== "string"){const err14 = {instancePath:instancePath+"/analyzer/inferguard_version",schemaPath:"#/properties/analyzer/properties/inferguard_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data3.capabilities !== undefined){let data5 = data3.capabilities;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.diagnosis === undefined){const err15 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "diagnosis"},message:"must have required property '"+"diagnosis"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data5.actuation === undefined){const err16 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "actuation"},message:"must have required property '"+"actuation"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data5.replay === undefined){const err17 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data5.recall === undefined){const err18 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/required",keyword:"required",params:{missingProperty: "recall"},message:"must have required property '"+"recall"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key0 in data5){if(!((((key0 === "diagnosis") || (key0 === "actuation")) || (key0 === "replay")) || (key0 === "recall"))){const err19 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5.diagnosis !== undefined){let data6 = data5.diagnosis;if(!((data6 === "on") || (data6 === "off"))){const err20 = {instancePath:instancePath+"/analyzer/capabilities/diagnosis",schemaPath:"#/properties/analyzer/properties/capabilities/properties/diagnosis/enum",keyword:"enum",params:{allowedValues: schema36.properties.analyzer.properties.capabilities.properties.diagnosis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data5.actuation !== undefined){if("off" !== data5.actuation){const err21 = {instancePath:instancePath+"/analyzer/capabilities/actuation",schemaPath:"#/properties/analyzer/properties/capabilities/properties/actuation/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data5.replay !== undefined){if("off" !== data5.replay){const err22 = {instancePath:instancePath+"/analyzer/capabilities/replay",schemaPath:"#/properties/analyzer/properties/capabilities/properties/replay/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data5.recall !== undefined){if("off" !== data5.recall){const err23 = {instancePath:instancePath+"/analyzer/capabilities/recall",schemaPath:"#/properties/analyzer/properties/capabilities/properties/recall/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/analyzer/capabilities",schemaPath:"#/properties/analyzer/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/analyzer",schemaPath:"#/properties/analyzer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.run_summary !== undefined){let data10 = data.run_summary;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.status === undefined){const err26 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data10.total_cells === undefined){const err27 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data10.successful_cells === undefined){const err28 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "successful_cells"},message:"must have required property '"+"successful_cells"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data10.failed_cells === undefined){const err29 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "failed_cells"},message:"must have required property '"+"failed_cells"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data10.missing_artifacts === undefined){const err30 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/required",keyword:"required",params:{missingProperty: "missing_artifacts"},message:"must have required property '"+"missing_artifacts"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data10.status !== undefined){let data11 = data10.status;if(!((((data11 === "complete") || (data11 === "partial")) || (data11 === "failed")) || (data11 === "unknown"))){const err31 = {instancePath:instancePath+"/run_summary/status",schemaPath:"#/properties/run_summary/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.run_summary.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data10.total_cells !== undefined){let data12 = data10.total_cells;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){const err32 = {instancePath:instancePath+"/run_summary/total_cells",schemaPath:"#/properties/run_summary/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(typeof data12 == "number"){if(data12 < 0 || isNaN(data12)){const err33 = {instancePath:instancePath+"/run_summary/total_cells",schemaPath:"#/properties/run_summary/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data10.successful_cells !== undefined){let data13 = data10.successful_cells;if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){const err34 = {instancePath:instancePath+"/run_summary/successful_cells",schemaPath:"#/properties/run_summary/properties/successful_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data13 == "number"){if(data13 < 0 || isNaN(data13)){const err35 = {instancePath:instancePath+"/run_summary/successful_cells",schemaPath:"#/properties/run_summary/properties/successful_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data10.failed_cells !== undefined){let data14 = data10.failed_cells;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){const err36 = {instancePath:instancePath+"/run_summary/failed_cells",schemaPath:"#/properties/run_summary/properties/failed_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(typeof data14 == "number"){if(data14 < 0 || isNaN(data14)){const err37 = {instancePath:instancePath+"/run_summary/failed_cells",schemaPath:"#/properties/run_summary/properties/failed_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}if(data10.missing_artifacts !== undefined){let data15 = data10.missing_artifacts;if(Array.isArray(data15)){const len0 = data15.length;for(let i0=0; i0<len0; i0++){if(typeof data15[i0] !== "string"){const err38 = {instancePath:instancePath+"/run_summary/missing_artifacts/" + i0,schemaPath:"#/properties/run_summary/properties/missing_artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/run_summary/missing_artifacts",schemaPath:"#/properties/run_summary/properties/missing_artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data10.cost !== undefined){let data17 = data10.cost;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.schema_version === undefined){const err40 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data17.currency === undefined){const err41 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data17.gpu_hours === undefined){const err42 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data17.gpu_hour_cost === undefined){const err43 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "gpu_hour_cost"},message:"must have required property '"+"gpu_hour_cost"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data17.compute_cost === undefined){const err44 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data17.schema_version !== undefined){if("inferguard-cost/v1" !== data17.schema_version){const err45 = {instancePath:instancePath+"/run_summary/cost/schema_version",schemaPath:"#/$defs/cost_block/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-cost/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data17.currency !== undefined){if(typeof data17.currency !== "string"){const err46 = {instancePath:instancePath+"/run_summary/cost/currency",schemaPath:"#/$defs/cost_block/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data17.duration_seconds !== undefined){let data20 = data17.duration_seconds;if((!(typeof data20 == "number")) && (data20 !== null)){const err47 = {instancePath:instancePath+"/run_summary/cost/duration_seconds",schemaPath:"#/$defs/cost_block/properties/duration_seconds/type",keyword:"type",params:{type: schema37.properties.duration_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data17.gpus !== undefined){let data21 = data17.gpus;if((!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) && (data21 !== null)){const err48 = {instancePath:instancePath+"/run_summary/cost/gpus",schemaPath:"#/$defs/cost_block/properties/gpus/type",keyword:"type",params:{type: schema37.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.gpu_hours !== undefined){let data22 = data17.gpu_hours;if((!(typeof data22 == "number")) && (data22 !== null)){const err49 = {instancePath:instancePath+"/run_summary/cost/gpu_hours",schemaPath:"#/$defs/cost_block/properties/gpu_hours/type",keyword:"type",params:{type: schema37.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data17.gpu_hour_cost !== undefined){let data23 = data17.gpu_hour_cost;if((!(typeof data23 == "number")) && (data23 !== null)){const err50 = {instancePath:instancePath+"/run_summary/cost/gpu_hour_cost",schemaPath:"#/$defs/cost_block/properties/gpu_hour_cost/type",keyword:"type",params:{type: schema37.properties.gpu_hour_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.compute_cost !== undefined){let data24 = data17.compute_cost;if((!(typeof data24 == "number")) && (data24 !== null)){const err51 = {instancePath:instancePath+"/run_summary/cost/compute_cost",schemaPath:"#/$defs/cost_block/properties/compute_cost/type",keyword:"type",params:{type: schema37.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data17.completed_sessions !== undefined){let data25 = data17.completed_sessions;if((!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))) && (data25 !== null)){const err52 = {instancePath:instancePath+"/run_summary/cost/completed_sessions",schemaPath:"#/$defs/cost_block/properties/completed_sessions/type",keyword:"type",params:{type: schema37.properties.completed_sessions.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data17.completed_requests !== undefined){let data26 = data17.completed_requests;if((!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) && (data26 !== null)){const err53 = {instancePath:instancePath+"/run_summary/cost/completed_requests",schemaPath:"#/$defs/cost_block/properties/completed_requests/type",keyword:"type",params:{type: schema37.properties.completed_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data17.completion_basis !== undefined){let data27 = data17.completion_basis;if(!((data27 === "session-based") || (data27 === "request-based"))){const err54 = {instancePath:instancePath+"/run_summary/cost/completion_basis",schemaPath:"#/$defs/cost_block/properties/completion_basis/enum",keyword:"enum",params:{allowedValues: schema37.properties.completion_basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data17.cost_per_completed_session !== undefined){let data28 = data17.cost_per_completed_session;if((!(typeof data28 == "number")) && (data28 !== null)){const err55 = {instancePath:instancePath+"/run_summary/cost/cost_per_completed_session",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_session/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_session.type},message:"must be number,null"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data17.cost_per_completed_request !== undefined){let data29 = data17.cost_per_completed_request;if((!(typeof data29 == "number")) && (data29 !== null)){const err56 = {instancePath:instancePath+"/run_summary/cost/cost_per_completed_request",schemaPath:"#/$defs/cost_block/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema37.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data17.cost_per_million_input_tokens !== undefined){let data30 = data17.cost_per_million_input_tokens;if((!(typeof data30 == "number")) && (data30 !== null)){const err57 = {instancePath:instancePath+"/run_summary/cost/cost_per_million_input_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_input_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_input_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data17.cost_per_million_output_tokens !== undefined){let data31 = data17.cost_per_million_output_tokens;if((!(typeof data31 == "number")) && (data31 !== null)){const err58 = {instancePath:instancePath+"/run_summary/cost/cost_per_million_output_tokens",schemaPath:"#/$defs/cost_block/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema37.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/run_summary/cost",schemaPath:"#/$defs/cost_block/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/run_summary",schemaPath:"#/properties/run_summary/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.cells !== undefined){let data32 = data.cells;if(Array.isArray(data32)){const len1 = data32.length;for(let i1=0; i1<len1; i1++){if(!(validate27(data32[i1], {instancePath:instancePath+"/cells/" + i1,parentData:data32,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err61 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.cross_run !== undefined){let data34 = data.cross_run;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){}else {const err62 = {instancePath:instancePath+"/cross_run",schemaPath:"#/properties/cross_run/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.findings !== undefined){let data35 = data.findings;if(Array.isArray(data35)){const len2 = data35.length;for(let i2=0; i2<len2; i2++){let data36 = data35[i2];if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(data36.code === undefined){const err63 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data36.severity === undefined){const err64 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data36.message === undefined){const err65 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data36.evidence === undefined){const err66 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data36.code !== undefined){let data37 = data36.code;if(!((((((((((((((((data37 === "missing_required_artifact") || (data37 === "invalid_run_no_successful_requests")) || (data37 === "partial_run")) || (data37 === "metrics_unavailable")) || (data37 === "ttft_cliff")) || (data37 === "tpot_degradation")) || (data37 === "throughput_plateau")) || (data37 === "kv_pressure")) || (data37 === "kv_offload_thrash")) || (data37 === "prefix_cache_regression")) || (data37 === "prefill_decode_imbalance")) || (data37 === "kv_transfer_stall")) || (data37 === "kv_transfer_errors_present")) || (data37 === "endpoint_unreachable")) || (data37 === "engine_unidentified")) || (data37 === "eval_regression"))){const err67 = {instancePath:instancePath+"/findings/" + i2+"/code",schemaPath:"#/$defs/analyze_finding/properties/code/enum",keyword:"enum",params:{allowedValues: schema40.properties.code.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data36.severity !== undefined){let data38 = data36.severity;if(!(((data38 === "info") || (data38 === "warning")) || (data38 === "critical"))){const err68 = {instancePath:instancePath+"/findings/" + i2+"/severity",schemaPath:"#/$defs/analyze_finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema40.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data36.message !== undefined){if(typeof data36.message !== "string"){const err69 = {instancePath:instancePath+"/findings/" + i2+"/message",schemaPath:"#/$defs/analyze_finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data36.cell_id !== undefined){let data40 = data36.cell_id;if((typeof data40 !== "string") && (data40 !== null)){const err70 = {instancePath:instancePath+"/findings/" + i2+"/cell_id",schemaPath:"#/$defs/analyze_finding/properties/cell_id/type",keyword:"type",params:{type: schema40.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data36.evidence !== undefined){let data41 = data36.evidence;if(data41 && typeof data41 == "object" && !Array.isArray(data41)){}else {const err71 = {instancePath:instancePath+"/findings/" + i2+"/evidence",schemaPath:"#/$defs/analyze_finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/findings/" + i2,schemaPath:"#/$defs/analyze_finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.artifact_manifest !== undefined){let data42 = data.artifact_manifest;if(Array.isArray(data42)){const len3 = data42.length;for(let i3=0; i3<len3; i3++){let data43 = data42[i3];if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.path === undefined){const err74 = {instancePath:instancePath+"/artifact_manifest/" + i3,schemaPath:"#/$defs/artifact/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data43.kind === undefined){const err75 = {instancePath:instancePath+"/artifact_manifest/" + i3,schemaPath:"#/$defs/artifact/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data43.path !== undefined){if(typeof data43.path !== "string"){const err76 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/path",schemaPath:"#/$defs/artifact/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data43.kind !== undefined){if(typeof data43.kind !== "string"){const err77 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/kind",schemaPath:"#/$defs/artifact/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data43.cell_id !== undefined){let data46 = data43.cell_id;if((typeof data46 !== "string") && (data46 !== null)){const err78 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/cell_id",schemaPath:"#/$defs/artifact/properties/cell_id/type",keyword:"type",params:{type: schema42.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data43.required !== undefined){if(typeof data43.required !== "boolean"){const err79 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/required",schemaPath:"#/$defs/artifact/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data43.present !== undefined){if(typeof data43.present !== "boolean"){const err80 = {instancePath:instancePath+"/artifact_manifest/" + i3+"/present",schemaPath:"#/$defs/artifact/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/artifact_manifest/" + i3,schemaPath:"#/$defs/artifact/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/artifact_manifest",schemaPath:"#/properties/artifact_manifest/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c3 = validate29;const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-config/v1","description":"The --config file of `inferguard analyze` / `inferguard compare` (JSON or YAML). Every key is optional; unknown keys are errors.","type":"object","properties":{"schema_version":{"const":"inferguard-config/v1"},"thresholds":{"type":"object","properties":{"partial_run_min_success":{"type":"number","exclusiveMinimum":0,"maximum":1},"ttft_cliff_ratio":{"type":"number","exclusiveMinimum":1},"ttft_cliff_max_tput_gain":{"type":"number","minimum":0},"tpot_degradation_ratio":{"type":"number","exclusiveMinimum":1},"plateau_max_gain":{"type":"number","minimum":0},"plateau_min_latency_worsening":{"type":"number","minimum":0},"kv_pressure_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_pressure_cpu_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_offload_thrash_min_ttft_worsening":{"type":"number","minimum":0},"kv_offload_thrash_max_tput_gain":{"type":"number","minimum":0},"prefix_cache_gap":{"type":"number","minimum":0,"maximum":1},"prefix_cache_drop":{"type":"number","minimum":0,"maximum":1},"kv_transfer_errors_critical":{"type":"integer","minimum":1},"kv_transfer_stall_min_samples":{"type":"integer","minimum":2},"imbalance_ratio_low":{"type":"number","exclusiveMinimum":0},"imbalance_ratio_high":{"type":"number","exclusiveMinimum":0},"imbalance_min_samples":{"type":"integer","minimum":1},"eval_regression_min_drop":{"type":"number","minimum":0},"max_json_bytes":{"type":"integer","minimum":1},"min_family_points":{"type":"integer","minimum":2},"slo_ttft_p99_s":{"type":["number","null"],"exclusiveMinimum":0},"slo_tpot_p99_s":{"type":["number","null"],"exclusiveMinimum":0}},"additionalProperties":false},"compare":{"description":"Compare settings (noise bands, statistics); see docs/COMPARE.md.","type":"object","properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"False discovery rate for Benjamini-Hochberg across all tests of one compare (default 0.05)."},"min_effect_size":{"type":"number","minimum":0,"description":"Minimum relative shift a significant test must also show (default 0.05)."},"method":{"enum":["mann_whitney","bootstrap"],"description":"Test when per-request samples exist on both sides (default mann_whitney)."},"bootstrap_iterations":{"type":"integer","minimum":100,"maximum":100000,"description":"Resamples per bootstrap test (default 1000)."},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the bootstrap PRNG (default 1)."},"min_samples":{"type":"integer","minimum":2,"description":"Samples per side below which noise bands are used instead of a test (default 20)."},"noise_bands":{"description":"Bands used when only aggregates exist, by kind or by metric name: relative fractions, except success_rate (absolute rate units, 0.01 = 1 point).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0},"success_rate":{"type":"number","minimum":0,"maximum":1}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}}},"additionalProperties":false},"cost":{"description":"Cost inputs, same meaning as the CLI flags.","type":"object","properties":{"gpu_hour_cost":{"type":"number","exclusiveMinimum":0},"currency":{"type":"string","minLength":1},"price_table":{"type":"string","minLength":1},"gpus":{"type":"integer","minimum":1}},"additionalProperties":false},"gates":{"description":"SLO gates, one `<path> <op> <value>` line each; see docs/GATES.md.","type":"array","items":{"type":["string","object"],"if":{"type":"object"},"then":{"required":["gate"],"properties":{"gate":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"name":{"type":"string","minLength":1}},"additionalProperties":false},"else":{"minLength":1}}},"eval_thresholds":{"description":"Pass thresholds per eval task (0-1), e.g. {\"gsm8k\": 0.9}.","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}}},"additionalProperties":false};const func1 = Object.prototype.hasOwnProperty;const func2 = require("ajv/dist/runtime/ucs2length").default;const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "schema_version") || (key0 === "thresholds")) || (key0 === "compare")) || (key0 === "cost")) || (key0 === "gates")) || (key0 === "eval_thresholds"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.schema_version !== undefined){if("inferguard-config/v1" !== data.schema_version){const err1 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-config/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.thresholds !== undefined){let data1 = data.thresholds;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(func1.call(schema43.properties.thresholds.properties, key1))){const err2 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.partial_run_min_success !== undefined){let data2 = data1.partial_run_min_success;if(typeof data2 == "number"){if(data2 > 1 || isNaN(data2)){const err3 = {instancePath:instancePath+"/thresholds/partial_run_min_success",schemaPath:"#/properties/thresholds/properties/partial_run_min_success/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data2 <= 0 || isNaN(data2)){const err4 = {instancePath:instancePath+"/thresholds/partial_run_min_success",schemaPath:"#/properties/thresholds/properties/partial_run_min_success/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/thresholds/partial_run_min_success",schemaPath:"#/properties/thresholds/properties/partial_run_min_success/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.ttft_cliff_ratio !== undefined){let data3 = data1.ttft_cliff_ratio;if(typeof data3 == "number"){if(data3 <= 1 || isNaN(data3)){const err6 = {instancePath:instancePath+"/thresholds/ttft_cliff_ratio",schemaPath:"#/properties/thresholds/properties/ttft_cliff_ratio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/thresholds/ttft_cliff_ratio",schemaPath:"#/properties/thresholds/properties/ttft_cliff_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.ttft_cliff_max_tput_gain !== undefined){let data4 = data1.ttft_cliff_max_tput_gain;if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err8 = {instancePath:instancePath+"/thresholds/ttft_cliff_max_tput_gain",schemaPath:"#/properties/thresholds/properties/ttft_cliff_max_tput_gain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/thresholds/ttft_cliff_max_tput_gain",schemaPath:"#/properties/thresholds/properties/ttft_cliff_max_tput_gain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.tpot_degradation_ratio !== undefined){let data5 = data1.tpot_degradation_ratio;if(typeof data5 == "number"){if(data5 <= 1 || isNaN(data5)){const err10 = {instancePath:instancePath+"/thresholds/tpot_degradation_ratio",schemaPath:"#/properties/thresholds/properties/tpot_degradation_ratio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/thresholds/tpot_degradation_ratio",schemaPath:"#/properties/thresholds/properties/tpot_degradation_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.plateau_max_gain !== undefined){let data6 = data1.plateau_max_gain;if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err12 = {instancePath:instancePath+"/thresholds/plateau_max_gain",schemaPath:"#/properties/thresholds/properties/plateau_max_gain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/thresholds/plateau_max_gain",schemaPath:"#/properties/thresholds/properties/plateau_max_gain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.plateau_min_latency_worsening !== undefined){let data7 = data1.plateau_min_latency_worsening;if(typeof data7 == "number"){if(data7 < 0 || isNaN(data7)){const err14 = {instancePath:instancePath+"/thresholds/plateau_min_latency_worsening",schemaPath:"#/properties/thresholds/properties/plateau_min_latency_worsening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/thresholds/plateau_min_latency_worsening",schemaPath:"#/properties/thresholds/properties/plateau_min_latency_worsening/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.kv_pressure_usage !== undefined){let data8 = data1.kv_pressure_usage;if(typeof data8 == "number"){if(data8 > 1 || isNaN(data8)){const err16 = {instancePath:instancePath+"/thresholds/kv_pressure_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_usage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data8 <= 0 || isNaN(data8)){const err17 = {instancePath:instancePath+"/thresholds/kv_pressure_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_usage/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/thresholds/kv_pressure_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_usage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1.kv_pressure_cpu_usage !== undefined){let data9 = data1.kv_pressure_cpu_usage;if(typeof data9 == "number"){if(data9 > 1 || isNaN(data9)){const err19 = {instancePath:instancePath+"/thresholds/kv_pressure_cpu_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_cpu_usage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data9 <= 0 || isNaN(data9)){const err20 = {instancePath:instancePath+"/thresholds/kv_pressure_cpu_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_cpu_usage/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/thresholds/kv_pressure_cpu_usage",schemaPath:"#/properties/thresholds/properties/kv_pressure_cpu_usage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data1.kv_offload_thrash_min_ttft_worsening !== undefined){let data10 = data1.kv_offload_thrash_min_ttft_worsening;if(typeof data10 == "number"){if(data10 < 0 || isNaN(data10)){const err22 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_min_ttft_worsening",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_min_ttft_worsening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_min_ttft_worsening",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_min_ttft_worsening/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data1.kv_offload_thrash_max_tput_gain !== undefined){let data11 = data1.kv_offload_thrash_max_tput_gain;if(typeof data11 == "number"){if(data11 < 0 || isNaN(data11)){const err24 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_max_tput_gain",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_max_tput_gain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/thresholds/kv_offload_thrash_max_tput_gain",schemaPath:"#/properties/thresholds/properties/kv_offload_thrash_max_tput_gain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data1.prefix_cache_gap !== undefined){let data12 = data1.prefix_cache_gap;if(typeof data12 == "number"){if(data12 > 1 || isNaN(data12)){const err26 = {instancePath:instancePath+"/thresholds/prefix_cache_gap",schemaPath:"#/properties/thresholds/properties/prefix_cache_gap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data12 < 0 || isNaN(data12)){const err27 = {instancePath:instancePath+"/thresholds/prefix_cache_gap",schemaPath:"#/properties/thresholds/properties/prefix_cache_gap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/thresholds/prefix_cache_gap",schemaPath:"#/properties/thresholds/properties/prefix_cache_gap/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data1.prefix_cache_drop !== undefined){let data13 = data1.prefix_cache_drop;if(typeof data13 == "number"){if(data13 > 1 || isNaN(data13)){const err29 = {instancePath:instancePath+"/thresholds/prefix_cache_drop",schemaPath:"#/properties/thresholds/properties/prefix_cache_drop/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13 < 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/thresholds/prefix_cache_drop",schemaPath:"#/properties/thresholds/properties/prefix_cache_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/thresholds/prefix_cache_drop",schemaPath:"#/properties/thresholds/properties/prefix_cache_drop/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data1.kv_transfer_errors_critical !== undefined){let data14 = data1.kv_transfer_errors_critical;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){const err32 = {instancePath:instancePath+"/thresholds/kv_transfer_errors_critical",schemaPath:"#/properties/thresholds/properties/kv_transfer_errors_critical/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(typeof data14 == "number"){if(data14 < 1 || isNaN(data14)){const err33 = {instancePath:instancePath+"/thresholds/kv_transfer_errors_critical",schemaPath:"#/properties/thresholds/properties/kv_transfer_errors_critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data1.kv_transfer_stall_min_samples !== undefined){let data15 = data1.kv_transfer_stall_min_samples;if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){const err34 = {instancePath:instancePath+"/thresholds/kv_transfer_stall_min_samples",schemaPath:"#/properties/thresholds/properties/kv_transfer_stall_min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data15 == "number"){if(data15 < 2 || isNaN(data15)){const err35 = {instancePath:instancePath+"/thresholds/kv_transfer_stall_min_samples",schemaPath:"#/properties/thresholds/properties/kv_transfer_stall_min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data1.imbalance_ratio_low !== undefined){let data16 = data1.imbalance_ratio_low;if(typeof data16 == "number"){if(data16 <= 0 || isNaN(data16)){const err36 = {instancePath:instancePath+"/thresholds/imbalance_ratio_low",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_low/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/thresholds/imbalance_ratio_low",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data1.imbalance_ratio_high !== undefined){let data17 = data1.imbalance_ratio_high;if(typeof data17 == "number"){if(data17 <= 0 || isNaN(data17)){const err38 = {instancePath:instancePath+"/thresholds/imbalance_ratio_high",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_high/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/thresholds/imbalance_ratio_high",schemaPath:"#/properties/thresholds/properties/imbalance_ratio_high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data1.imbalance_min_samples !== undefined){let data18 = data1.imbalance_min_samples;if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){const err40 = {instancePath:instancePath+"/thresholds/imbalance_min_samples",schemaPath:"#/properties/thresholds/properties/imbalance_min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(typeof data18 == "number"){if(data18 < 1 || isNaN(data18)){const err41 = {instancePath:instancePath+"/thresholds/imbalance_min_samples",schemaPath:"#/properties/thresholds/properties/imbalance_min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}if(data1.eval_regression_min_drop !== undefined){let data19 = data1.eval_regression_min_drop;if(typeof data19 == "number"){if(data19 < 0 || isNaN(data19)){const err42 = {instancePath:instancePath+"/thresholds/eval_regression_min_drop",schemaPath:"#/properties/thresholds/properties/eval_regression_min_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/thresholds/eval_regression_min_drop",schemaPath:"#/properties/thresholds/properties/eval_regression_min_drop/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data1.max_json_bytes !== undefined){let data20 = data1.max_json_bytes;if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){const err44 = {instancePath:instancePath+"/thresholds/max_json_bytes",schemaPath:"#/properties/thresholds/properties/max_json_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data20 == "number"){if(data20 < 1 || isNaN(data20)){const err45 = {instancePath:instancePath+"/thresholds/max_json_bytes",schemaPath:"#/properties/thresholds/properties/max_json_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data1.min_family_points !== undefined){let data21 = data1.min_family_points;if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){const err46 = {instancePath:instancePath+"/thresholds/min_family_points",schemaPath:"#/properties/thresholds/properties/min_family_points/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(typeof data21 == "number"){if(data21 < 2 || isNaN(data21)){const err47 = {instancePath:instancePath+"/thresholds/min_family_points",schemaPath:"#/properties/thresholds/properties/min_family_points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data1.slo_ttft_p99_s !== undefined){let data22 = data1.slo_ttft_p99_s;if((!(typeof data22 == "number")) && (data22 !== null)){const err48 = {instancePath:instancePath+"/thresholds/slo_ttft_p99_s",schemaPath:"#/properties/thresholds/properties/slo_ttft_p99_s/type",keyword:"type",params:{type: schema43.properties.thresholds.properties.slo_ttft_p99_s.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data22 == "number"){if(data22 <= 0 || isNaN(data22)){const err49 = {instancePath:instancePath+"/thresholds/slo_ttft_p99_s",schemaPath:"#/properties/thresholds/properties/slo_ttft_p99_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data1.slo_tpot_p99_s !== undefined){let data23 = data1.slo_tpot_p99_s;if((!(typeof data23 == "number")) && (data23 !== null)){const err50 = {instancePath:instancePath+"/thresholds/slo_tpot_p99_s",schemaPath:"#/properties/thresholds/properties/slo_tpot_p99_s/type",keyword:"type",params:{type: schema43.properties.thresholds.properties.slo_tpot_p99_s.type},message:"must be number,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(typeof data23 == "number"){if(data23 <= 0 || isNaN(data23)){const err51 = {instancePath:instancePath+"/thresholds/slo_tpot_p99_s",schemaPath:"#/properties/thresholds/properties/slo_tpot_p99_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}}else {const err52 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.compare !== undefined){let data24 = data.compare;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key2 in data24){if(!(((((((key2 === "alpha") || (key2 === "min_effect_size")) || (key2 === "method")) || (key2 === "bootstrap_iterations")) || (key2 === "seed")) || (key2 === "min_samples")) || (key2 === "noise_bands"))){const err53 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data24.alpha !== undefined){let data25 = data24.alpha;if(typeof data25 == "number"){if(data25 >= 1 || isNaN(data25)){const err54 = {instancePath:instancePath+"/compare/alpha",schemaPath:"#/properties/compare/properties/alpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data25 <= 0 || isNaN(data25)){const err55 = {instancePath:instancePath+"/compare/alpha",schemaPath:"#/properties/compare/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/compare/alpha",schemaPath:"#/properties/compare/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data24.min_effect_size !== undefined){let data26 = data24.min_effect_size;if(typeof data26 == "number"){if(data26 < 0 || isNaN(data26)){const err57 = {instancePath:instancePath+"/compare/min_effect_size",schemaPath:"#/properties/compare/properties/min_effect_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/compare/min_effect_size",schemaPath:"#/properties/compare/properties/min_effect_size/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data24.method !== undefined){let data27 = data24.method;if(!((data27 === "mann_whitney") || (data27 === "bootstrap"))){const err59 = {instancePath:instancePath+"/compare/method",schemaPath:"#/properties/compare/properties/method/enum",keyword:"enum",params:{allowedValues: schema43.properties.compare.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data24.bootstrap_iterations !== undefined){let data28 = data24.bootstrap_iterations;if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){const err60 = {instancePath:instancePath+"/compare/bootstrap_iterations",schemaPath:"#/properties/compare/properties/bootstrap_iterations/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(typeof data28 == "number"){if(data28 > 100000 || isNaN(data28)){const err61 = {instancePath:instancePath+"/compare/bootstrap_iterations",schemaPath:"#/properties/compare/properties/bootstrap_iterations/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data28 < 100 || isNaN(data28)){const err62 = {instancePath:instancePath+"/compare/bootstrap_iterations",schemaPath:"#/properties/compare/properties/bootstrap_iterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}if(data24.seed !== undefined){let data29 = data24.seed;if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){const err63 = {instancePath:instancePath+"/compare/seed",schemaPath:"#/properties/compare/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(typeof data29 == "number"){if(data29 > 4294967295 || isNaN(data29)){const err64 = {instancePath:instancePath+"/compare/seed",schemaPath:"#/properties/compare/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data29 < 0 || isNaN(data29)){const err65 = {instancePath:instancePath+"/compare/seed",schemaPath:"#/properties/compare/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}if(data24.min_samples !== undefined){let data30 = data24.min_samples;if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){const err66 = {instancePath:instancePath+"/compare/min_samples",schemaPath:"#/properties/compare/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(typeof data30 == "number"){if(data30 < 2 || isNaN(data30)){const err67 = {instancePath:instancePath+"/compare/min_samples",schemaPath:"#/properties/compare/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}if(data24.noise_bands !== undefined){let data31 = data24.noise_bands;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){for(const key3 in data31){const _errs66 = errors;if(typeof key3 === "string"){if(!pattern4.test(key3)){const err68 = {instancePath:instancePath+"/compare/noise_bands",schemaPath:"#/properties/compare/properties/noise_bands/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key3};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}var valid3 = _errs66 === errors;if(!valid3){const err69 = {instancePath:instancePath+"/compare/noise_bands",schemaPath:"#/properties/compare/properties/noise_bands/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}for(const key4 in data31){if(!((((key4 === "latency") || (key4 === "throughput")) || (key4 === "cost")) || (key4 === "success_rate"))){let data32 = data31[key4];if(typeof data32 == "number"){if(data32 < 0 || isNaN(data32)){const err70 = {instancePath:instancePath+"/compare/noise_bands/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_bands/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/compare/noise_bands/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/noise_bands/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data31.latency !== undefined){let data33 = data31.latency;if(typeof data33 == "number"){if(data33 < 0 || isNaN(data33)){const err72 = {instancePath:instancePath+"/compare/noise_bands/latency",schemaPath:"#/properties/compare/properties/noise_bands/properties/latency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/compare/noise_bands/latency",schemaPath:"#/properties/compare/properties/noise_bands/properties/latency/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data31.throughput !== undefined){let data34 = data31.throughput;if(typeof data34 == "number"){if(data34 < 0 || isNaN(data34)){const err74 = {instancePath:instancePath+"/compare/noise_bands/throughput",schemaPath:"#/properties/compare/properties/noise_bands/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/compare/noise_bands/throughput",schemaPath:"#/properties/compare/properties/noise_bands/properties/throughput/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data31.cost !== undefined){let data35 = data31.cost;if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){const err76 = {instancePath:instancePath+"/compare/noise_bands/cost",schemaPath:"#/properties/compare/properties/noise_bands/properties/cost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/compare/noise_bands/cost",schemaPath:"#/properties/compare/properties/noise_bands/properties/cost/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data31.success_rate !== undefined){let data36 = data31.success_rate;if(typeof data36 == "number"){if(data36 > 1 || isNaN(data36)){const err78 = {instancePath:instancePath+"/compare/noise_bands/success_rate",schemaPath:"#/properties/compare/properties/noise_bands/properties/success_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data36 < 0 || isNaN(data36)){const err79 = {instancePath:instancePath+"/compare/noise_bands/success_rate",schemaPath:"#/properties/compare/properties/noise_bands/properties/success_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/compare/noise_bands/success_rate",schemaPath:"#/properties/compare/properties/noise_bands/properties/success_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/compare/noise_bands",schemaPath:"#/properties/compare/properties/noise_bands/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.cost !== undefined){let data37 = data.cost;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key5 in data37){if(!((((key5 === "gpu_hour_cost") || (key5 === "currency")) || (key5 === "price_table")) || (key5 === "gpus"))){const err83 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data37.gpu_hour_cost !== undefined){let data38 = data37.gpu_hour_cost;if(typeof data38 == "number"){if(data38 <= 0 || isNaN(data38)){const err84 = {instancePath:instancePath+"/cost/gpu_hour_cost",schemaPath:"#/properties/cost/properties/gpu_hour_cost/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/cost/gpu_hour_cost",schemaPath:"#/properties/cost/properties/gpu_hour_cost/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data37.currency !== undefined){let data39 = data37.currency;if(typeof data39 === "string"){if(func2(data39) < 1){const err86 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/properties/cost/properties/currency/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}else {const err87 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/properties/cost/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data37.price_table !== undefined){let data40 = data37.price_table;if(typeof data40 === "string"){if(func2(data40) < 1){const err88 = {instancePath:instancePath+"/cost/price_table",schemaPath:"#/properties/cost/properties/price_table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/cost/price_table",schemaPath:"#/properties/cost/properties/price_table/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data37.gpus !== undefined){let data41 = data37.gpus;if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){const err90 = {instancePath:instancePath+"/cost/gpus",schemaPath:"#/properties/cost/properties/gpus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(typeof data41 == "number"){if(data41 < 1 || isNaN(data41)){const err91 = {instancePath:instancePath+"/cost/gpus",schemaPath:"#/properties/cost/properties/gpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}}else {const err92 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data.gates !== undefined){let data42 = data.gates;if(Array.isArray(data42)){const len0 = data42.length;for(let i0=0; i0<len0; i0++){let data43 = data42[i0];if((typeof data43 !== "string") && (!(data43 && typeof data43 == "object" && !Array.isArray(data43)))){const err93 = {instancePath:instancePath+"/gates/" + i0,schemaPath:"#/properties/gates/items/type",keyword:"type",params:{type: schema43.properties.gates.items.type},message:"must be string,object"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}const _errs93 = errors;let valid9 = true;const _errs94 = errors;if(!(data43 && typeof data43 == "object" && !Array.isArray(data43))){const err94 = {};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}var _valid0 = _errs94 === errors;errors = _errs93;if(vErrors !== null){if(_errs93){vErrors.length = _errs93;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs96 = errors;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.gate === undefined){const err95 = {instancePath:instancePath+"/gates/" + i0,schemaPath:"#/properties/gates/items/then/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}for(const key6 in data43){if(!(((key6 === "gate") || (key6 === "severity")) || (key6 === "name"))){const err96 = {instancePath:instancePath+"/gates/" + i0,schemaPath:"#/properties/gates/items/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data43.gate !== undefined){let data44 = data43.gate;if(typeof data44 === "string"){if(func2(data44) < 1){const err97 = {instancePath:instancePath+"/gates/" + i0+"/gate",schemaPath:"#/properties/gates/items/then/properties/gate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}else {const err98 = {instancePath:instancePath+"/gates/" + i0+"/gate",schemaPath:"#/properties/gates/items/then/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data43.severity !== undefined){let data45 = data43.severity;if(!((data45 === "error") || (data45 === "warning"))){const err99 = {instancePath:instancePath+"/gates/" + i0+"/severity",schemaPath:"#/properties/gates/items/then/properties/severity/enum",keyword:"enum",params:{allowedValues: schema43.properties.gates.items.then.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data43.name !== undefined){let data46 = data43.name;if(typeof data46 === "string"){if(func2(data46) < 1){const err100 = {instancePath:instancePath+"/gates/" + i0+"/name",schemaPath:"#/properties/gates/items/then/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}else {const err101 = {instancePath:instancePath+"/gates/" + i0+"/name",schemaPath:"#/properties/gates/items/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}var _valid0 = _errs96 === errors;valid9 = _valid0;ifClause0 = "then";}else {const _errs103 = errors;if(typeof data43 === "string"){if(func2(data43) < 1){const err102 = {instancePath:instancePath+"/gates/" + i0,schemaPath:"#/properties/gates/items/else/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}var _valid0 = _errs103 === errors;valid9 = _valid0;ifClause0 = "else";}if(!valid9){const err103 = {instancePath:instancePath+"/gates/" + i0,schemaPath:"#/properties/gates/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}else {const err104 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data.eval_thresholds !== undefined){let data47 = data.eval_thresholds;if(data47 && typeof data47 == "object" && !Array.isArray(data47)){for(const key7 in data47){let data48 = data47[key7];if(typeof data48 == "number"){if(data48 > 1 || isNaN(data48)){const err105 = {instancePath:instancePath+"/eval_thresholds/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/eval_thresholds/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data48 < 0 || isNaN(data48)){const err106 = {instancePath:instancePath+"/eval_thresholds/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/eval_thresholds/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}else {const err107 = {instancePath:instancePath+"/eval_thresholds/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/eval_thresholds/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}}else {const err108 = {instancePath:instancePath+"/eval_thresholds",schemaPath:"#/properties/eval_thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}else {const err109 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c4 = validate30;const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-cost/v1","type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.currency === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.gpu_hours === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.gpu_hour_cost === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gpu_hour_cost"},message:"must have required property '"+"gpu_hour_cost"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.compute_cost === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.schema_version !== undefined){if("inferguard-cost/v1" !== data.schema_version){const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-cost/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err6 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.duration_seconds !== undefined){let data2 = data.duration_seconds;if((!(typeof data2 == "number")) && (data2 !== null)){const err7 = {instancePath:instancePath+"/duration_seconds",schemaPath:"#/properties/duration_seconds/type",keyword:"type",params:{type: schema44.properties.duration_seconds.type},message:"must be number,null"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.gpus !== undefined){let data3 = data.gpus;if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)){const err8 = {instancePath:instancePath+"/gpus",schemaPath:"#/properties/gpus/type",keyword:"type",params:{type: schema44.properties.gpus.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.gpu_hours !== undefined){let data4 = data.gpu_hours;if((!(typeof data4 == "number")) && (data4 !== null)){const err9 = {instancePath:instancePath+"/gpu_hours",schemaPath:"#/properties/gpu_hours/type",keyword:"type",params:{type: schema44.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.gpu_hour_cost !== undefined){let data5 = data.gpu_hour_cost;if((!(typeof data5 == "number")) && (data5 !== null)){const err10 = {instancePath:instancePath+"/gpu_hour_cost",schemaPath:"#/properties/gpu_hour_cost/type",keyword:"type",params:{type: schema44.properties.gpu_hour_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.compute_cost !== undefined){let data6 = data.compute_cost;if((!(typeof data6 == "number")) && (data6 !== null)){const err11 = {instancePath:instancePath+"/compute_cost",schemaPath:"#/properties/compute_cost/type",keyword:"type",params:{type: schema44.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.completed_sessions !== undefined){let data7 = data.completed_sessions;if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (data7 !== null)){const err12 = {instancePath:instancePath+"/completed_sessions",schemaPath:"#/properties/completed_sessions/type",keyword:"type",params:{type: schema44.properties.completed_sessions.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.completed_requests !== undefined){let data8 = data.completed_requests;if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){const err13 = {instancePath:instancePath+"/completed_requests",schemaPath:"#/properties/completed_requests/type",keyword:"type",params:{type: schema44.properties.completed_requests.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.completion_basis !== undefined){let data9 = data.completion_basis;if(!((data9 === "session-based") || (data9 === "request-based"))){const err14 = {instancePath:instancePath+"/completion_basis",schemaPath:"#/properties/completion_basis/enum",keyword:"enum",params:{allowedValues: schema44.properties.completion_basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.cost_per_completed_session !== undefined){let data10 = data.cost_per_completed_session;if((!(typeof data10 == "number")) && (data10 !== null)){const err15 = {instancePath:instancePath+"/cost_per_completed_session",schemaPath:"#/properties/cost_per_completed_session/type",keyword:"type",params:{type: schema44.properties.cost_per_completed_session.type},message:"must be number,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.cost_per_completed_request !== undefined){let data11 = data.cost_per_completed_request;if((!(typeof data11 == "number")) && (data11 !== null)){const err16 = {instancePath:instancePath+"/cost_per_completed_request",schemaPath:"#/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema44.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.cost_per_million_input_tokens !== undefined){let data12 = data.cost_per_million_input_tokens;if((!(typeof data12 == "number")) && (data12 !== null)){const err17 = {instancePath:instancePath+"/cost_per_million_input_tokens",schemaPath:"#/properties/cost_per_million_input_tokens/type",keyword:"type",params:{type: schema44.properties.cost_per_million_input_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.cost_per_million_output_tokens !== undefined){let data13 = data.cost_per_million_output_tokens;if((!(typeof data13 == "number")) && (data13 !== null)){const err18 = {instancePath:instancePath+"/cost_per_million_output_tokens",schemaPath:"#/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema44.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate30.errors = vErrors;return errors === 0;}validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c5 = validate31;const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-gates/v1","description":"The `gates` block of report.json: every SLO gate's outcome (docs/GATES.md). Results are in gate order; a gate with `[*]` gives one result per element.","type":"object","required":["schema_version","summary","results"],"properties":{"schema_version":{"const":"inferguard-gates/v1"},"summary":{"type":"object","required":["gates","total","passed","failed","not_found","conflict","error","blocking_failures"],"properties":{"gates":{"type":"integer","minimum":0,"description":"Number of gates evaluated."},"total":{"type":"integer","minimum":0,"description":"Number of results."},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"not_found":{"type":"integer","minimum":0},"conflict":{"type":"integer","minimum":0},"error":{"type":"integer","minimum":0},"blocking_failures":{"type":"integer","minimum":0,"description":"Results of severity error whose outcome is not pass."}},"additionalProperties":false},"results":{"type":"array","items":{"type":"object","required":["index","gate","severity","path","op","expected","outcome","value","cells","message"],"properties":{"index":{"type":"integer","minimum":1,"description":"1-based position of the gate in the evaluated list."},"gate":{"type":"string","minLength":1,"description":"The gate as written."},"name":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"path":{"type":"string","minLength":1,"description":"Concrete path of this result (a [*] replaced by the element's selector)."},"op":{"enum":["<=","<",">=",">","==","!=","semver<=","semver<","semver>=","semver>","semver==","semver!="]},"expected":{"type":["number","string","boolean"]},"outcome":{"enum":["pass","fail","not_found","conflict","error"]},"value":{"type":["number","string","boolean","null"],"description":"The resolved value; null when nothing scalar was resolved."},"cells":{"type":"array","items":{"type":"string"},"description":"Cell ids involved, sorted."},"message":{"type":"string","minLength":1},"matches":{"type":"array","items":{"type":"string"},"description":"conflict only: ids of the elements the predicate matched, sorted."}},"additionalProperties":false}}},"additionalProperties":false};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.summary === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.results === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "schema_version") || (key0 === "summary")) || (key0 === "results"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.schema_version !== undefined){if("inferguard-gates/v1" !== data.schema_version){const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-gates/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.summary !== undefined){let data1 = data.summary;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.gates === undefined){const err5 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1.total === undefined){const err6 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data1.passed === undefined){const err7 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data1.failed === undefined){const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "failed"},message:"must have required property '"+"failed"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data1.not_found === undefined){const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "not_found"},message:"must have required property '"+"not_found"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data1.conflict === undefined){const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "conflict"},message:"must have required property '"+"conflict"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data1.error === undefined){const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data1.blocking_failures === undefined){const err12 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "blocking_failures"},message:"must have required property '"+"blocking_failures"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key1 in data1){if(!((((((((key1 === "gates") || (key1 === "total")) || (key1 === "passed")) || (key1 === "failed")) || (key1 === "not_found")) || (key1 === "conflict")) || (key1 === "error")) || (key1 === "blocking_failures"))){const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.gates !== undefined){let data2 = data1.gates;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err14 = {instancePath:instancePath+"/summary/gates",schemaPath:"#/properties/summary/properties/gates/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(typeof data2 == "number"){if(data2 < 0 || isNaN(data2)){const err15 = {instancePath:instancePath+"/summary/gates",schemaPath:"#/properties/summary/properties/gates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data1.total !== undefined){let data3 = data1.total;if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){const err16 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data3 == "number"){if(data3 < 0 || isNaN(data3)){const err17 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data1.passed !== undefined){let data4 = data1.passed;if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){const err18 = {instancePath:instancePath+"/summary/passed",schemaPath:"#/properties/summary/properties/passed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err19 = {instancePath:instancePath+"/summary/passed",schemaPath:"#/properties/summary/properties/passed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data1.failed !== undefined){let data5 = data1.failed;if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){const err20 = {instancePath:instancePath+"/summary/failed",schemaPath:"#/properties/summary/properties/failed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data5 == "number"){if(data5 < 0 || isNaN(data5)){const err21 = {instancePath:instancePath+"/summary/failed",schemaPath:"#/properties/summary/properties/failed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data1.not_found !== undefined){let data6 = data1.not_found;if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){const err22 = {instancePath:instancePath+"/summary/not_found",schemaPath:"#/properties/summary/properties/not_found/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err23 = {instancePath:instancePath+"/summary/not_found",schemaPath:"#/properties/summary/properties/not_found/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data1.conflict !== undefined){let data7 = data1.conflict;if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){const err24 = {instancePath:instancePath+"/summary/conflict",schemaPath:"#/properties/summary/properties/conflict/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(typeof data7 == "number"){if(data7 < 0 || isNaN(data7)){const err25 = {instancePath:instancePath+"/summary/conflict",schemaPath:"#/properties/summary/properties/conflict/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data1.error !== undefined){let data8 = data1.error;if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){const err26 = {instancePath:instancePath+"/summary/error",schemaPath:"#/properties/summary/properties/error/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data8 == "number"){if(data8 < 0 || isNaN(data8)){const err27 = {instancePath:instancePath+"/summary/error",schemaPath:"#/properties/summary/properties/error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data1.blocking_failures !== undefined){let data9 = data1.blocking_failures;if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){const err28 = {instancePath:instancePath+"/summary/blocking_failures",schemaPath:"#/properties/summary/properties/blocking_failures/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(typeof data9 == "number"){if(data9 < 0 || isNaN(data9)){const err29 = {instancePath:instancePath+"/summary/blocking_failures",schemaPath:"#/properties/summary/properties/blocking_failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}}else {const err30 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.results !== undefined){let data10 = data.results;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.index === undefined){const err31 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data11.gate === undefined){const err32 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data11.severity === undefined){const err33 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data11.path === undefined){const err34 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data11.op === undefined){const err35 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data11.expected === undefined){const err36 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "expected"},message:"must have required property '"+"expected"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data11.outcome === undefined){const err37 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data11.value === undefined){const err38 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data11.cells === undefined){const err39 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data11.message === undefined){const err40 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}for(const key2 in data11){if(!(func1.call(schema45.properties.results.items.properties, key2))){const err41 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data11.index !== undefined){let data12 = data11.index;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){const err42 = {instancePath:instancePath+"/results/" + i0+"/index",schemaPath:"#/properties/results/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(typeof data12 == "number"){if(data12 < 1 || isNaN(data12)){const err43 = {instancePath:instancePath+"/results/" + i0+"/index",schemaPath:"#/properties/results/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data11.gate !== undefined){let data13 = data11.gate;if(typeof data13 === "string"){if(func2(data13) < 1){const err44 = {instancePath:instancePath+"/results/" + i0+"/gate",schemaPath:"#/properties/results/items/properties/gate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/results/" + i0+"/gate",schemaPath:"#/properties/results/items/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data11.name !== undefined){let data14 = data11.name;if(typeof data14 === "string"){if(func2(data14) < 1){const err46 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/properties/results/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/properties/results/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data11.severity !== undefined){let data15 = data11.severity;if(!((data15 === "error") || (data15 === "warning"))){const err48 = {instancePath:instancePath+"/results/" + i0+"/severity",schemaPath:"#/properties/results/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema45.properties.results.items.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data11.path !== undefined){let data16 = data11.path;if(typeof data16 === "string"){if(func2(data16) < 1){const err49 = {instancePath:instancePath+"/results/" + i0+"/path",schemaPath:"#/properties/results/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/results/" + i0+"/path",schemaPath:"#/properties/results/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data11.op !== undefined){let data17 = data11.op;if(!((((((((((((data17 === "<=") || (data17 === "<")) || (data17 === ">=")) || (data17 === ">")) || (data17 === "==")) || (data17 === "!=")) || (data17 === "semver<=")) || (data17 === "semver<")) || (data17 === "semver>=")) || (data17 === "semver>")) || (data17 === "semver==")) || (data17 === "semver!="))){const err51 = {instancePath:instancePath+"/results/" + i0+"/op",schemaPath:"#/properties/results/items/properties/op/enum",keyword:"enum",params:{allowedValues: schema45.properties.results.items.properties.op.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data11.expected !== undefined){let data18 = data11.expected;if(((!(typeof data18 == "number")) && (typeof data18 !== "string")) && (typeof data18 !== "boolean")){const err52 = {instancePath:instancePath+"/results/" + i0+"/expected",schemaPath:"#/properties/results/items/properties/expected/type",keyword:"type",params:{type: schema45.properties.results.items.properties.expected.type},message:"must be number,string,boolean"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data11.outcome !== undefined){let data19 = data11.outcome;if(!(((((data19 === "pass") || (data19 === "fail")) || (data19 === "not_found")) || (data19 === "conflict")) || (data19 === "error"))){const err53 = {instancePath:instancePath+"/results/" + i0+"/outcome",schemaPath:"#/properties/results/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema45.properties.results.items.properties.outcome.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data11.value !== undefined){let data20 = data11.value;if((((!(typeof data20 == "number")) && (typeof data20 !== "string")) && (typeof data20 !== "boolean")) && (data20 !== null)){const err54 = {instancePath:instancePath+"/results/" + i0+"/value",schemaPath:"#/properties/results/items/properties/value/type",keyword:"type",params:{type: schema45.properties.results.items.properties.value.type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data11.cells !== undefined){let data21 = data11.cells;if(Array.isArray(data21)){const len1 = data21.length;for(let i1=0; i1<len1; i1++){if(typeof data21[i1] !== "string"){const err55 = {instancePath:instancePath+"/results/" + i0+"/cells/" + i1,schemaPath:"#/properties/results/items/properties/cells/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/results/" + i0+"/cells",schemaPath:"#/properties/results/items/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data11.message !== undefined){let data23 = data11.message;if(typeof data23 === "string"){if(func2(data23) < 1){const err57 = {instancePath:instancePath+"/results/" + i0+"/message",schemaPath:"#/properties/results/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/results/" + i0+"/message",schemaPath:"#/properties/results/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data11.matches !== undefined){let data24 = data11.matches;if(Array.isArray(data24)){const len2 = data24.length;for(let i2=0; i2<len2; i2++){if(typeof data24[i2] !== "string"){const err59 = {instancePath:instancePath+"/results/" + i0+"/matches/" + i2,schemaPath:"#/properties/results/items/properties/matches/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/results/" + i0+"/matches",schemaPath:"#/properties/results/items/properties/matches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c6 = validate32;const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-pr-context/v1","description":"What the pull_request run knew about its PR, uploaded next to report.json so a workflow_run job can find the PR. Untrusted on read: the PR number is used only after GET /pulls/{n} shows the same head SHA.","type":"object","required":["schema_version","repository","pr_number","head_sha","base_ref","run_id"],"additionalProperties":false,"properties":{"schema_version":{"const":"inferguard-pr-context/v1"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pr_number":{"type":"integer","minimum":1},"head_sha":{"type":"string","pattern":"^[0-9a-f]{40}$"},"base_ref":{"type":"string","minLength":1,"maxLength":255},"run_id":{"type":["integer","null"],"minimum":1}}};const pattern5 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const pattern6 = new RegExp("^[0-9a-f]{40}$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.repository === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.pr_number === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pr_number"},message:"must have required property '"+"pr_number"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.head_sha === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head_sha"},message:"must have required property '"+"head_sha"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.base_ref === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_ref"},message:"must have required property '"+"base_ref"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.run_id === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!((((((key0 === "schema_version") || (key0 === "repository")) || (key0 === "pr_number")) || (key0 === "head_sha")) || (key0 === "base_ref")) || (key0 === "run_id"))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.schema_version !== undefined){if("inferguard-pr-context/v1" !== data.schema_version){const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-pr-context/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.repository !== undefined){let data1 = data.repository;if(typeof data1 === "string"){if(!pattern5.test(data1)){const err8 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.pr_number !== undefined){let data2 = data.pr_number;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err10 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(typeof data2 == "number"){if(data2 < 1 || isNaN(data2)){const err11 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.head_sha !== undefined){let data3 = data.head_sha;if(typeof data3 === "string"){if(!pattern6.test(data3)){const err12 = {instancePath:instancePath+"/head_sha",schemaPath:"#/properties/head_sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/head_sha",schemaPath:"#/properties/head_sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.base_ref !== undefined){let data4 = data.base_ref;if(typeof data4 === "string"){if(func2(data4) > 255){const err14 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func2(data4) < 1){const err15 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.run_id !== undefined){let data5 = data.run_id;if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){const err17 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: schema46.properties.run_id.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(typeof data5 == "number"){if(data5 < 1 || isNaN(data5)){const err18 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c7 = validate33;const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-report-diff/v1","description":"compare.json: a head inferguard-analyze/v1 report compared against a base one. Contract policy: schema_version first; within v1 field names and meanings are stable; fields may be added without a version change; consumers must ignore unknown fields. Ordering guarantees are in docs/COMPARE.md.","type":"object","required":["schema_version","base","head","settings","counts","verdict","cells","findings"],"properties":{"schema_version":{"const":"inferguard-report-diff/v1"},"base":{"$ref":"#/$defs/report_ref"},"head":{"$ref":"#/$defs/report_ref"},"settings":{"type":"object","required":["alpha","min_effect_size","method","bootstrap_iterations","seed","min_samples","noise_bands","eval_min_drop"],"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_effect_size":{"type":"number","minimum":0},"method":{"enum":["mann_whitney","bootstrap"]},"bootstrap_iterations":{"type":"integer","minimum":1},"seed":{"type":"integer"},"min_samples":{"type":"integer","minimum":1},"noise_bands":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"eval_min_drop":{"type":"number","minimum":0}},"additionalProperties":true},"counts":{"type":"object","required":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data","total","tests"],"properties":{"regressed":{"type":"integer","minimum":0},"improved":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"incomparable":{"type":"integer","minimum":0},"insufficient_data":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"tests":{"type":"integer","minimum":0}},"additionalProperties":true},"verdict":{"$ref":"#/$defs/regression_verdict"},"cells":{"type":"array","items":{"$ref":"#/$defs/cell_diff"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"additionalProperties":true,"$defs":{"report_ref":{"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true},"identity":{"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true},"metric_comparison":{"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict's comparisons."}},"additionalProperties":true},"regression_verdict":{"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"}},"additionalProperties":true},"cell_diff":{"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]},"finding":{"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}};const schema48 = {"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true};const schema54 = {"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true};const schema50 = {"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"}},"additionalProperties":true};const schema51 = {"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict's comparisons."}},"additionalProperties":true};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.verdict === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.confidence === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.regressions === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regressions"},message:"must have required property '"+"regressions"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.improvements === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "improvements"},message:"must have required property '"+"improvements"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.comparisons === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comparisons"},message:"must have required property '"+"comparisons"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.p_value === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "p_value"},message:"must have required property '"+"p_value"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.summary === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.verdict !== undefined){let data0 = data.verdict;if(!((((data0 === "REGRESSION") || (data0 === "IMPROVEMENT")) || (data0 === "NEUTRAL")) || (data0 === "INSUFFICIENT_DATA"))){const err7 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema50.properties.verdict.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.confidence !== undefined){let data1 = data.confidence;if(typeof data1 == "number"){if(data1 > 1 || isNaN(data1)){const err8 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data1 < 0 || isNaN(data1)){const err9 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.regressions !== undefined){let data2 = data.regressions;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err11 = {instancePath:instancePath+"/regressions/" + i0,schemaPath:"#/properties/regressions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/regressions",schemaPath:"#/properties/regressions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.improvements !== undefined){let data4 = data.improvements;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){if(typeof data4[i1] !== "string"){const err13 = {instancePath:instancePath+"/improvements/" + i1,schemaPath:"#/properties/improvements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/improvements",schemaPath:"#/properties/improvements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.comparisons !== undefined){let data6 = data.comparisons;if(Array.isArray(data6)){const len2 = data6.length;for(let i2=0; i2<len2; i2++){let data7 = data6[i2];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.metric === undefined){const err15 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data7.kind === undefined){const err16 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data7.unit === undefined){const err17 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data7.direction === undefined){const err18 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data7.base === undefined){const err19 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.head === undefined){const err20 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data7.delta === undefined){const err21 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.relative_delta === undefined){const err22 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "relative_delta"},message:"must have required property '"+"relative_delta"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.method === undefined){const err23 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.outcome === undefined){const err24 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data7.p_value === undefined){const err25 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "p_value"},message:"must have required property '"+"p_value"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data7.q_value === undefined){const err26 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "q_value"},message:"must have required property '"+"q_value"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data7.interval === undefined){const err27 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "interval"},message:"must have required property '"+"interval"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data7.effect_size === undefined){const err28 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "effect_size"},message:"must have required property '"+"effect_size"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.threshold === undefined){const err29 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data7.n_base === undefined){const err30 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "n_base"},message:"must have required property '"+"n_base"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data7.n_head === undefined){const err31 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "n_head"},message:"must have required property '"+"n_head"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data7.confidence === undefined){const err32 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data7.note === undefined){const err33 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data7.metric !== undefined){let data8 = data7.metric;if(typeof data8 === "string"){if(func2(data8) < 1){const err34 = {instancePath:instancePath+"/comparisons/" + i2+"/metric",schemaPath:"#/$defs/metric_comparison/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/comparisons/" + i2+"/metric",schemaPath:"#/$defs/metric_comparison/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.kind !== undefined){let data9 = data7.kind;if(!(((((data9 === "completion") || (data9 === "throughput")) || (data9 === "latency")) || (data9 === "cost")) || (data9 === "eval"))){const err36 = {instancePath:instancePath+"/comparisons/" + i2+"/kind",schemaPath:"#/$defs/metric_comparison/properties/kind/enum",keyword:"enum",params:{allowedValues: schema51.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data7.unit !== undefined){if(typeof data7.unit !== "string"){const err37 = {instancePath:instancePath+"/comparisons/" + i2+"/unit",schemaPath:"#/$defs/metric_comparison/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.direction !== undefined){let data11 = data7.direction;if(!(((data11 === "higher_is_better") || (data11 === "lower_is_better")) || (data11 === "neutral"))){const err38 = {instancePath:instancePath+"/comparisons/" + i2+"/direction",schemaPath:"#/$defs/metric_comparison/properties/direction/enum",keyword:"enum",params:{allowedValues: schema51.properties.direction.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data7.base !== undefined){let data12 = data7.base;if((!(typeof data12 == "number")) && (data12 !== null)){const err39 = {instancePath:instancePath+"/comparisons/" + i2+"/base",schemaPath:"#/$defs/metric_comparison/properties/base/type",keyword:"type",params:{type: schema51.properties.base.type},message:"must be number,null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data7.head !== undefined){let data13 = data7.head;if((!(typeof data13 == "number")) && (data13 !== null)){const err40 = {instancePath:instancePath+"/comparisons/" + i2+"/head",schemaPath:"#/$defs/metric_comparison/properties/head/type",keyword:"type",params:{type: schema51.properties.head.type},message:"must be number,null"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data7.delta !== undefined){let data14 = data7.delta;if((!(typeof data14 == "number")) && (data14 !== null)){const err41 = {instancePath:instancePath+"/comparisons/" + i2+"/delta",schemaPath:"#/$defs/metric_comparison/properties/delta/type",keyword:"type",params:{type: schema51.properties.delta.type},message:"must be number,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data7.relative_delta !== undefined){let data15 = data7.relative_delta;if((!(typeof data15 == "number")) && (data15 !== null)){const err42 = {instancePath:instancePath+"/comparisons/" + i2+"/relative_delta",schemaPath:"#/$defs/metric_comparison/properties/relative_delta/type",keyword:"type",params:{type: schema51.properties.relative_delta.type},message:"must be number,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data7.method !== undefined){let data16 = data7.method;if(!((((((data16 === "mann_whitney_u") || (data16 === "bootstrap_quantile")) || (data16 === "noise_band")) || (data16 === "eval_stderr")) || (data16 === "informational")) || (data16 === "none"))){const err43 = {instancePath:instancePath+"/comparisons/" + i2+"/method",schemaPath:"#/$defs/metric_comparison/properties/method/enum",keyword:"enum",params:{allowedValues: schema51.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data7.outcome !== undefined){let data17 = data7.outcome;if(!((((((data17 === "regressed") || (data17 === "improved")) || (data17 === "unchanged")) || (data17 === "insufficient_data")) || (data17 === "incomparable")) || (data17 === "informational"))){const err44 = {instancePath:instancePath+"/comparisons/" + i2+"/outcome",schemaPath:"#/$defs/metric_comparison/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema51.properties.outcome.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data7.p_value !== undefined){let data18 = data7.p_value;if((!(typeof data18 == "number")) && (data18 !== null)){const err45 = {instancePath:instancePath+"/comparisons/" + i2+"/p_value",schemaPath:"#/$defs/metric_comparison/properties/p_value/type",keyword:"type",params:{type: schema51.properties.p_value.type},message:"must be number,null"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(typeof data18 == "number"){if(data18 > 1 || isNaN(data18)){const err46 = {instancePath:instancePath+"/comparisons/" + i2+"/p_value",schemaPath:"#/$defs/metric_comparison/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data18 < 0 || isNaN(data18)){const err47 = {instancePath:instancePath+"/comparisons/" + i2+"/p_value",schemaPath:"#/$defs/metric_comparison/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data7.q_value !== undefined){let data19 = data7.q_value;if((!(typeof data19 == "number")) && (data19 !== null)){const err48 = {instancePath:instancePath+"/comparisons/" + i2+"/q_value",schemaPath:"#/$defs/metric_comparison/properties/q_value/type",keyword:"type",params:{type: schema51.properties.q_value.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data19 == "number"){if(data19 > 1 || isNaN(data19)){const err49 = {instancePath:instancePath+"/comparisons/" + i2+"/q_value",schemaPath:"#/$defs/metric_comparison/properties/q_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data19 < 0 || isNaN(data19)){const err50 = {instancePath:instancePath+"/comparisons/" + i2+"/q_value",schemaPath:"#/$defs/metric_comparison/properties/q_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data7.interval !== undefined){let data20 = data7.interval;const _errs40 = errors;let valid9 = false;let passing0 = null;const _errs41 = errors;if(data20 !== null){const err51 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}var _valid0 = _errs41 === errors;if(_valid0){valid9 = true;passing0 = 0;}const _errs43 = errors;if(Array.isArray(data20)){if(data20.length > 2){const err52 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data20.length < 2){const err53 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}const len3 = data20.length;for(let i3=0; i3<len3; i3++){if(!(typeof data20[i3] == "number")){const err54 = {instancePath:instancePath+"/comparisons/" + i2+"/interval/" + i3,schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid0 = _errs43 === errors;if(_valid0 && valid9){valid9 = false;passing0 = [passing0, 1];}else {if(_valid0){valid9 = true;passing0 = 1;}}if(!valid9){const err56 = {instancePath:instancePath+"/comparisons/" + i2+"/interval",schemaPath:"#/$defs/metric_comparison/properties/interval/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}else {errors = _errs40;if(vErrors !== null){if(_errs40){vErrors.length = _errs40;}else {vErrors = null;}}}}if(data7.effect_size !== undefined){let data22 = data7.effect_size;if((!(typeof data22 == "number")) && (data22 !== null)){const err57 = {instancePath:instancePath+"/comparisons/" + i2+"/effect_size",schemaPath:"#/$defs/metric_comparison/properties/effect_size/type",keyword:"type",params:{type: schema51.properties.effect_size.type},message:"must be number,null"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data7.threshold !== undefined){let data23 = data7.threshold;const _errs50 = errors;let valid12 = false;let passing1 = null;const _errs51 = errors;if(data23 !== null){const err58 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}var _valid1 = _errs51 === errors;if(_valid1){valid12 = true;passing1 = 0;}const _errs53 = errors;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.name === undefined){const err59 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data23.value === undefined){const err60 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data23.basis === undefined){const err61 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data23.name !== undefined){if(typeof data23.name !== "string"){const err62 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold/name",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data23.value !== undefined){if(!(typeof data23.value == "number")){const err63 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold/value",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data23.basis !== undefined){let data26 = data23.basis;if(!((data26 === "relative") || (data26 === "absolute"))){const err64 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold/basis",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/properties/basis/enum",keyword:"enum",params:{allowedValues: schema51.properties.threshold.oneOf[1].properties.basis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid1 = _errs53 === errors;if(_valid1 && valid12){valid12 = false;passing1 = [passing1, 1];}else {if(_valid1){valid12 = true;passing1 = 1;}}if(!valid12){const err66 = {instancePath:instancePath+"/comparisons/" + i2+"/threshold",schemaPath:"#/$defs/metric_comparison/properties/threshold/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {errors = _errs50;if(vErrors !== null){if(_errs50){vErrors.length = _errs50;}else {vErrors = null;}}}}if(data7.n_base !== undefined){let data27 = data7.n_base;if((!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) && (data27 !== null)){const err67 = {instancePath:instancePath+"/comparisons/" + i2+"/n_base",schemaPath:"#/$defs/metric_comparison/properties/n_base/type",keyword:"type",params:{type: schema51.properties.n_base.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(typeof data27 == "number"){if(data27 < 0 || isNaN(data27)){const err68 = {instancePath:instancePath+"/comparisons/" + i2+"/n_base",schemaPath:"#/$defs/metric_comparison/properties/n_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}if(data7.n_head !== undefined){let data28 = data7.n_head;if((!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) && (data28 !== null)){const err69 = {instancePath:instancePath+"/comparisons/" + i2+"/n_head",schemaPath:"#/$defs/metric_comparison/properties/n_head/type",keyword:"type",params:{type: schema51.properties.n_head.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(typeof data28 == "number"){if(data28 < 0 || isNaN(data28)){const err70 = {instancePath:instancePath+"/comparisons/" + i2+"/n_head",schemaPath:"#/$defs/metric_comparison/properties/n_head/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}if(data7.confidence !== undefined){let data29 = data7.confidence;if((!(typeof data29 == "number")) && (data29 !== null)){const err71 = {instancePath:instancePath+"/comparisons/" + i2+"/confidence",schemaPath:"#/$defs/metric_comparison/properties/confidence/type",keyword:"type",params:{type: schema51.properties.confidence.type},message:"must be number,null"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(typeof data29 == "number"){if(data29 > 1 || isNaN(data29)){const err72 = {instancePath:instancePath+"/comparisons/" + i2+"/confidence",schemaPath:"#/$defs/metric_comparison/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data29 < 0 || isNaN(data29)){const err73 = {instancePath:instancePath+"/comparisons/" + i2+"/confidence",schemaPath:"#/$defs/metric_comparison/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}if(data7.note !== undefined){if(typeof data7.note !== "string"){const err74 = {instancePath:instancePath+"/comparisons/" + i2+"/note",schemaPath:"#/$defs/metric_comparison/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data7.cell_id !== undefined){if(typeof data7.cell_id !== "string"){const err75 = {instancePath:instancePath+"/comparisons/" + i2+"/cell_id",schemaPath:"#/$defs/metric_comparison/properties/cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/comparisons/" + i2,schemaPath:"#/$defs/metric_comparison/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/comparisons",schemaPath:"#/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.p_value !== undefined){let data32 = data.p_value;if((!(typeof data32 == "number")) && (data32 !== null)){const err78 = {instancePath:instancePath+"/p_value",schemaPath:"#/properties/p_value/type",keyword:"type",params:{type: schema50.properties.p_value.type},message:"must be number,null"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(typeof data32 == "number"){if(data32 > 1 || isNaN(data32)){const err79 = {instancePath:instancePath+"/p_value",schemaPath:"#/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data32 < 0 || isNaN(data32)){const err80 = {instancePath:instancePath+"/p_value",schemaPath:"#/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}if(data.summary !== undefined){if(typeof data.summary !== "string"){const err81 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema52 = {"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]};const schema53 = {"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true};function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate36.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){if("new" !== data.status){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.base_cell_id !== undefined){if(data.base_cell_id !== null){const err1 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/0/then/properties/base_cell_id/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.head_cell_id !== undefined){if(typeof data.head_cell_id !== "string"){const err2 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/0/then/properties/head_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.verdict !== undefined){if(data.verdict !== null){const err3 = {instancePath:instancePath+"/verdict",schemaPath:"#/allOf/0/then/properties/verdict/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}var _valid0 = _errs5 === errors;valid1 = _valid0;if(valid1){var props0 = {};props0.base_cell_id = true;props0.head_cell_id = true;props0.verdict = true;props0.status = true;}}if(!valid1){const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const _errs13 = errors;let valid4 = true;const _errs14 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){if("missing" !== data.status){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}var _valid1 = _errs14 === errors;errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}if(_valid1){const _errs16 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.head_cell_id !== undefined){if(data.head_cell_id !== null){const err6 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/1/then/properties/head_cell_id/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.base_cell_id !== undefined){if(typeof data.base_cell_id !== "string"){const err7 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/1/then/properties/base_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.verdict !== undefined){if(data.verdict !== null){const err8 = {instancePath:instancePath+"/verdict",schemaPath:"#/allOf/1/then/properties/verdict/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}var _valid1 = _errs16 === errors;valid4 = _valid1;if(valid4){var props1 = {};props1.head_cell_id = true;props1.base_cell_id = true;props1.verdict = true;props1.status = true;}}if(!valid4){const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs24 = errors;let valid7 = true;const _errs25 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){if("incomparable" !== data.status){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}var _valid2 = _errs25 === errors;errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}if(_valid2){const _errs27 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.base_cell_id !== undefined){if(typeof data.base_cell_id !== "string"){const err11 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/2/then/properties/base_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.head_cell_id !== undefined){if(typeof data.head_cell_id !== "string"){const err12 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/2/then/properties/head_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.reasons !== undefined){let data11 = data.reasons;if(Array.isArray(data11)){if(data11.length < 1){const err13 = {instancePath:instancePath+"/reasons",schemaPath:"#/allOf/2/then/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.verdict !== undefined){if(data.verdict !== null){const err14 = {instancePath:instancePath+"/verdict",schemaPath:"#/allOf/2/then/properties/verdict/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}var _valid2 = _errs27 === errors;valid7 = _valid2;if(valid7){var props2 = {};props2.base_cell_id = true;props2.head_cell_id = true;props2.reasons = true;props2.verdict = true;props2.status = true;}}if(!valid7){const err15 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}const _errs36 = errors;let valid10 = true;const _errs37 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status !== undefined){let data13 = data.status;if(!((((data13 === "regressed") || (data13 === "improved")) || (data13 === "unchanged")) || (data13 === "insufficient_data"))){const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}var _valid3 = _errs37 === errors;errors = _errs36;if(vErrors !== null){if(_errs36){vErrors.length = _errs36;}else {vErrors = null;}}if(_valid3){const _errs39 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.base_cell_id !== undefined){if(typeof data.base_cell_id !== "string"){const err17 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/allOf/3/then/properties/base_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.head_cell_id !== undefined){if(typeof data.head_cell_id !== "string"){const err18 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/allOf/3/then/properties/head_cell_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.verdict !== undefined){if(!(validate34(data.verdict, {instancePath:instancePath+"/verdict",parentData:data,parentDataProperty:"verdict",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}}var _valid3 = _errs39 === errors;valid10 = _valid3;if(valid10){var props3 = {};props3.base_cell_id = true;props3.head_cell_id = true;props3.verdict = true;props3.status = true;}}if(!valid10){const err19 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(props0 !== true && props3 !== undefined){if(props3 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props3);}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.key === undefined){const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data.family === undefined){const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "family"},message:"must have required property '"+"family"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data.status === undefined){const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data.base_cell_id === undefined){const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_cell_id"},message:"must have required property '"+"base_cell_id"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data.head_cell_id === undefined){const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head_cell_id"},message:"must have required property '"+"head_cell_id"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data.identity === undefined){const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data.reasons === undefined){const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data.verdict === undefined){const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data.key !== undefined){if(typeof data.key !== "string"){const err28 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.family !== undefined){if(typeof data.family !== "string"){const err29 = {instancePath:instancePath+"/family",schemaPath:"#/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.status !== undefined){let data19 = data.status;if(!(((((((data19 === "regressed") || (data19 === "improved")) || (data19 === "unchanged")) || (data19 === "new")) || (data19 === "missing")) || (data19 === "incomparable")) || (data19 === "insufficient_data"))){const err30 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema52.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.base_cell_id !== undefined){let data20 = data.base_cell_id;if((typeof data20 !== "string") && (data20 !== null)){const err31 = {instancePath:instancePath+"/base_cell_id",schemaPath:"#/properties/base_cell_id/type",keyword:"type",params:{type: schema52.properties.base_cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.head_cell_id !== undefined){let data21 = data.head_cell_id;if((typeof data21 !== "string") && (data21 !== null)){const err32 = {instancePath:instancePath+"/head_cell_id",schemaPath:"#/properties/head_cell_id/type",keyword:"type",params:{type: schema52.properties.head_cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.identity !== undefined){let data22 = data.identity;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.hardware === undefined){const err33 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data22.model === undefined){const err34 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data22.framework === undefined){const err35 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "framework"},message:"must have required property '"+"framework"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data22.precision === undefined){const err36 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data22.scenario_type === undefined){const err37 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "scenario_type"},message:"must have required property '"+"scenario_type"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data22.is_multinode === undefined){const err38 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "is_multinode"},message:"must have required property '"+"is_multinode"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data22.recipe_name === undefined){const err39 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "recipe_name"},message:"must have required property '"+"recipe_name"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data22.isl === undefined){const err40 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "isl"},message:"must have required property '"+"isl"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data22.osl === undefined){const err41 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "osl"},message:"must have required property '"+"osl"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data22.concurrency === undefined){const err42 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data22.hardware !== undefined){let data23 = data22.hardware;if((typeof data23 !== "string") && (data23 !== null)){const err43 = {instancePath:instancePath+"/identity/hardware",schemaPath:"#/$defs/identity/properties/hardware/type",keyword:"type",params:{type: schema53.properties.hardware.type},message:"must be string,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data22.model !== undefined){let data24 = data22.model;if((typeof data24 !== "string") && (data24 !== null)){const err44 = {instancePath:instancePath+"/identity/model",schemaPath:"#/$defs/identity/properties/model/type",keyword:"type",params:{type: schema53.properties.model.type},message:"must be string,null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data22.framework !== undefined){let data25 = data22.framework;if((typeof data25 !== "string") && (data25 !== null)){const err45 = {instancePath:instancePath+"/identity/framework",schemaPath:"#/$defs/identity/properties/framework/type",keyword:"type",params:{type: schema53.properties.framework.type},message:"must be string,null"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data22.precision !== undefined){let data26 = data22.precision;if((typeof data26 !== "string") && (data26 !== null)){const err46 = {instancePath:instancePath+"/identity/precision",schemaPath:"#/$defs/identity/properties/precision/type",keyword:"type",params:{type: schema53.properties.precision.type},message:"must be string,null"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data22.scenario_type !== undefined){let data27 = data22.scenario_type;if((typeof data27 !== "string") && (data27 !== null)){const err47 = {instancePath:instancePath+"/identity/scenario_type",schemaPath:"#/$defs/identity/properties/scenario_type/type",keyword:"type",params:{type: schema53.properties.scenario_type.type},message:"must be string,null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data22.is_multinode !== undefined){let data28 = data22.is_multinode;if((typeof data28 !== "boolean") && (data28 !== null)){const err48 = {instancePath:instancePath+"/identity/is_multinode",schemaPath:"#/$defs/identity/properties/is_multinode/type",keyword:"type",params:{type: schema53.properties.is_multinode.type},message:"must be boolean,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data22.recipe_name !== undefined){let data29 = data22.recipe_name;if((typeof data29 !== "string") && (data29 !== null)){const err49 = {instancePath:instancePath+"/identity/recipe_name",schemaPath:"#/$defs/identity/properties/recipe_name/type",keyword:"type",params:{type: schema53.properties.recipe_name.type},message:"must be string,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data22.isl !== undefined){let data30 = data22.isl;if((!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) && (data30 !== null)){const err50 = {instancePath:instancePath+"/identity/isl",schemaPath:"#/$defs/identity/properties/isl/type",keyword:"type",params:{type: schema53.properties.isl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data22.osl !== undefined){let data31 = data22.osl;if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (data31 !== null)){const err51 = {instancePath:instancePath+"/identity/osl",schemaPath:"#/$defs/identity/properties/osl/type",keyword:"type",params:{type: schema53.properties.osl.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data22.concurrency !== undefined){let data32 = data22.concurrency;if((!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))) && (data32 !== null)){const err52 = {instancePath:instancePath+"/identity/concurrency",schemaPath:"#/$defs/identity/properties/concurrency/type",keyword:"type",params:{type: schema53.properties.concurrency.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/identity/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.reasons !== undefined){let data33 = data.reasons;if(Array.isArray(data33)){const len0 = data33.length;for(let i0=0; i0<len0; i0++){if(typeof data33[i0] !== "string"){const err54 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.verdict !== undefined){let data35 = data.verdict;const _errs84 = errors;let valid18 = false;let passing0 = null;const _errs85 = errors;if(data35 !== null){const err56 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var _valid4 = _errs85 === errors;if(_valid4){valid18 = true;passing0 = 0;}const _errs87 = errors;if(!(validate34(data35, {instancePath:instancePath+"/verdict",parentData:data,parentDataProperty:"verdict",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var _valid4 = _errs87 === errors;if(_valid4 && valid18){valid18 = false;passing0 = [passing0, 1];}else {if(_valid4){valid18 = true;passing0 = 1;}}if(!valid18){const err57 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}else {errors = _errs84;if(vErrors !== null){if(_errs84){vErrors.length = _errs84;}else {vErrors = null;}}}}}else {const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}validate36.errors = vErrors;return errors === 0;}validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate33.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.base === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.head === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.settings === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.counts === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.verdict === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.cells === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.findings === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.schema_version !== undefined){if("inferguard-report-diff/v1" !== data.schema_version){const err8 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-report-diff/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.base !== undefined){let data1 = data.base;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.generated_at === undefined){const err9 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data1.input_root === undefined){const err10 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data1.inferguard_version === undefined){const err11 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "inferguard_version"},message:"must have required property '"+"inferguard_version"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data1.run_status === undefined){const err12 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "run_status"},message:"must have required property '"+"run_status"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data1.total_cells === undefined){const err13 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data1.totals === undefined){const err14 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data1.generated_at !== undefined){if(typeof data1.generated_at !== "string"){const err15 = {instancePath:instancePath+"/base/generated_at",schemaPath:"#/$defs/report_ref/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.input_root !== undefined){if(typeof data1.input_root !== "string"){const err16 = {instancePath:instancePath+"/base/input_root",schemaPath:"#/$defs/report_ref/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data1.inferguard_version !== undefined){if(typeof data1.inferguard_version !== "string"){const err17 = {instancePath:instancePath+"/base/inferguard_version",schemaPath:"#/$defs/report_ref/properties/inferguard_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.run_status !== undefined){if(typeof data1.run_status !== "string"){const err18 = {instancePath:instancePath+"/base/run_status",schemaPath:"#/$defs/report_ref/properties/run_status/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1.total_cells !== undefined){let data6 = data1.total_cells;if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){const err19 = {instancePath:instancePath+"/base/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err20 = {instancePath:instancePath+"/base/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data1.totals !== undefined){let data7 = data1.totals;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.requests_total === undefined){const err21 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_total"},message:"must have required property '"+"requests_total"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.requests_successful === undefined){const err22 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_successful"},message:"must have required property '"+"requests_successful"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.success_rate === undefined){const err23 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "success_rate"},message:"must have required property '"+"success_rate"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.sessions_completed === undefined){const err24 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "sessions_completed"},message:"must have required property '"+"sessions_completed"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data7.currency === undefined){const err25 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data7.compute_cost === undefined){const err26 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data7.gpu_hours === undefined){const err27 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data7.cost_per_completed_request === undefined){const err28 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_completed_request"},message:"must have required property '"+"cost_per_completed_request"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.cost_per_million_output_tokens === undefined){const err29 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_million_output_tokens"},message:"must have required property '"+"cost_per_million_output_tokens"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data7.requests_total !== undefined){let data8 = data7.requests_total;if((!(typeof data8 == "number")) && (data8 !== null)){const err30 = {instancePath:instancePath+"/base/totals/requests_total",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_total/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_total.type},message:"must be number,null"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data7.requests_successful !== undefined){let data9 = data7.requests_successful;if((!(typeof data9 == "number")) && (data9 !== null)){const err31 = {instancePath:instancePath+"/base/totals/requests_successful",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_successful/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_successful.type},message:"must be number,null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data7.success_rate !== undefined){let data10 = data7.success_rate;if((!(typeof data10 == "number")) && (data10 !== null)){const err32 = {instancePath:instancePath+"/base/totals/success_rate",schemaPath:"#/$defs/report_ref/properties/totals/properties/success_rate/type",keyword:"type",params:{type: schema48.properties.totals.properties.success_rate.type},message:"must be number,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data7.sessions_completed !== undefined){let data11 = data7.sessions_completed;if((!(typeof data11 == "number")) && (data11 !== null)){const err33 = {instancePath:instancePath+"/base/totals/sessions_completed",schemaPath:"#/$defs/report_ref/properties/totals/properties/sessions_completed/type",keyword:"type",params:{type: schema48.properties.totals.properties.sessions_completed.type},message:"must be number,null"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data7.currency !== undefined){let data12 = data7.currency;if((typeof data12 !== "string") && (data12 !== null)){const err34 = {instancePath:instancePath+"/base/totals/currency",schemaPath:"#/$defs/report_ref/properties/totals/properties/currency/type",keyword:"type",params:{type: schema48.properties.totals.properties.currency.type},message:"must be string,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data7.compute_cost !== undefined){let data13 = data7.compute_cost;if((!(typeof data13 == "number")) && (data13 !== null)){const err35 = {instancePath:instancePath+"/base/totals/compute_cost",schemaPath:"#/$defs/report_ref/properties/totals/properties/compute_cost/type",keyword:"type",params:{type: schema48.properties.totals.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.gpu_hours !== undefined){let data14 = data7.gpu_hours;if((!(typeof data14 == "number")) && (data14 !== null)){const err36 = {instancePath:instancePath+"/base/totals/gpu_hours",schemaPath:"#/$defs/report_ref/properties/totals/properties/gpu_hours/type",keyword:"type",params:{type: schema48.properties.totals.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data7.cost_per_completed_request !== undefined){let data15 = data7.cost_per_completed_request;if((!(typeof data15 == "number")) && (data15 !== null)){const err37 = {instancePath:instancePath+"/base/totals/cost_per_completed_request",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.cost_per_million_output_tokens !== undefined){let data16 = data7.cost_per_million_output_tokens;if((!(typeof data16 == "number")) && (data16 !== null)){const err38 = {instancePath:instancePath+"/base/totals/cost_per_million_output_tokens",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/base/totals",schemaPath:"#/$defs/report_ref/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/report_ref/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.head !== undefined){let data17 = data.head;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.generated_at === undefined){const err41 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data17.input_root === undefined){const err42 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "input_root"},message:"must have required property '"+"input_root"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data17.inferguard_version === undefined){const err43 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "inferguard_version"},message:"must have required property '"+"inferguard_version"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data17.run_status === undefined){const err44 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "run_status"},message:"must have required property '"+"run_status"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data17.total_cells === undefined){const err45 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "total_cells"},message:"must have required property '"+"total_cells"+"'"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data17.totals === undefined){const err46 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data17.generated_at !== undefined){if(typeof data17.generated_at !== "string"){const err47 = {instancePath:instancePath+"/head/generated_at",schemaPath:"#/$defs/report_ref/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data17.input_root !== undefined){if(typeof data17.input_root !== "string"){const err48 = {instancePath:instancePath+"/head/input_root",schemaPath:"#/$defs/report_ref/properties/input_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.inferguard_version !== undefined){if(typeof data17.inferguard_version !== "string"){const err49 = {instancePath:instancePath+"/head/inferguard_version",schemaPath:"#/$defs/report_ref/properties/inferguard_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data17.run_status !== undefined){if(typeof data17.run_status !== "string"){const err50 = {instancePath:instancePath+"/head/run_status",schemaPath:"#/$defs/report_ref/properties/run_status/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.total_cells !== undefined){let data22 = data17.total_cells;if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){const err51 = {instancePath:instancePath+"/head/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err52 = {instancePath:instancePath+"/head/total_cells",schemaPath:"#/$defs/report_ref/properties/total_cells/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data17.totals !== undefined){let data23 = data17.totals;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.requests_total === undefined){const err53 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_total"},message:"must have required property '"+"requests_total"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data23.requests_successful === undefined){const err54 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "requests_successful"},message:"must have required property '"+"requests_successful"+"'"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data23.success_rate === undefined){const err55 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "success_rate"},message:"must have required property '"+"success_rate"+"'"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data23.sessions_completed === undefined){const err56 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "sessions_completed"},message:"must have required property '"+"sessions_completed"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data23.currency === undefined){const err57 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data23.compute_cost === undefined){const err58 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "compute_cost"},message:"must have required property '"+"compute_cost"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data23.gpu_hours === undefined){const err59 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "gpu_hours"},message:"must have required property '"+"gpu_hours"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data23.cost_per_completed_request === undefined){const err60 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_completed_request"},message:"must have required property '"+"cost_per_completed_request"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data23.cost_per_million_output_tokens === undefined){const err61 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/required",keyword:"required",params:{missingProperty: "cost_per_million_output_tokens"},message:"must have required property '"+"cost_per_million_output_tokens"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data23.requests_total !== undefined){let data24 = data23.requests_total;if((!(typeof data24 == "number")) && (data24 !== null)){const err62 = {instancePath:instancePath+"/head/totals/requests_total",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_total/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_total.type},message:"must be number,null"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data23.requests_successful !== undefined){let data25 = data23.requests_successful;if((!(typeof data25 == "number")) && (data25 !== null)){const err63 = {instancePath:instancePath+"/head/totals/requests_successful",schemaPath:"#/$defs/report_ref/properties/totals/properties/requests_successful/type",keyword:"type",params:{type: schema48.properties.totals.properties.requests_successful.type},message:"must be number,null"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data23.success_rate !== undefined){let data26 = data23.success_rate;if((!(typeof data26 == "number")) && (data26 !== null)){const err64 = {instancePath:instancePath+"/head/totals/success_rate",schemaPath:"#/$defs/report_ref/properties/totals/properties/success_rate/type",keyword:"type",params:{type: schema48.properties.totals.properties.success_rate.type},message:"must be number,null"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data23.sessions_completed !== undefined){let data27 = data23.sessions_completed;if((!(typeof data27 == "number")) && (data27 !== null)){const err65 = {instancePath:instancePath+"/head/totals/sessions_completed",schemaPath:"#/$defs/report_ref/properties/totals/properties/sessions_completed/type",keyword:"type",params:{type: schema48.properties.totals.properties.sessions_completed.type},message:"must be number,null"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data23.currency !== undefined){let data28 = data23.currency;if((typeof data28 !== "string") && (data28 !== null)){const err66 = {instancePath:instancePath+"/head/totals/currency",schemaPath:"#/$defs/report_ref/properties/totals/properties/currency/type",keyword:"type",params:{type: schema48.properties.totals.properties.currency.type},message:"must be string,null"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data23.compute_cost !== undefined){let data29 = data23.compute_cost;if((!(typeof data29 == "number")) && (data29 !== null)){const err67 = {instancePath:instancePath+"/head/totals/compute_cost",schemaPath:"#/$defs/report_ref/properties/totals/properties/compute_cost/type",keyword:"type",params:{type: schema48.properties.totals.properties.compute_cost.type},message:"must be number,null"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data23.gpu_hours !== undefined){let data30 = data23.gpu_hours;if((!(typeof data30 == "number")) && (data30 !== null)){const err68 = {instancePath:instancePath+"/head/totals/gpu_hours",schemaPath:"#/$defs/report_ref/properties/totals/properties/gpu_hours/type",keyword:"type",params:{type: schema48.properties.totals.properties.gpu_hours.type},message:"must be number,null"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data23.cost_per_completed_request !== undefined){let data31 = data23.cost_per_completed_request;if((!(typeof data31 == "number")) && (data31 !== null)){const err69 = {instancePath:instancePath+"/head/totals/cost_per_completed_request",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_completed_request/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_completed_request.type},message:"must be number,null"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data23.cost_per_million_output_tokens !== undefined){let data32 = data23.cost_per_million_output_tokens;if((!(typeof data32 == "number")) && (data32 !== null)){const err70 = {instancePath:instancePath+"/head/totals/cost_per_million_output_tokens",schemaPath:"#/$defs/report_ref/properties/totals/properties/cost_per_million_output_tokens/type",keyword:"type",params:{type: schema48.properties.totals.properties.cost_per_million_output_tokens.type},message:"must be number,null"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/head/totals",schemaPath:"#/$defs/report_ref/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/report_ref/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.settings !== undefined){let data33 = data.settings;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){if(data33.alpha === undefined){const err73 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "alpha"},message:"must have required property '"+"alpha"+"'"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data33.min_effect_size === undefined){const err74 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "min_effect_size"},message:"must have required property '"+"min_effect_size"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data33.method === undefined){const err75 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data33.bootstrap_iterations === undefined){const err76 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "bootstrap_iterations"},message:"must have required property '"+"bootstrap_iterations"+"'"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data33.seed === undefined){const err77 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data33.min_samples === undefined){const err78 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "min_samples"},message:"must have required property '"+"min_samples"+"'"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data33.noise_bands === undefined){const err79 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "noise_bands"},message:"must have required property '"+"noise_bands"+"'"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data33.eval_min_drop === undefined){const err80 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: "eval_min_drop"},message:"must have required property '"+"eval_min_drop"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data33.alpha !== undefined){let data34 = data33.alpha;if(typeof data34 == "number"){if(data34 >= 1 || isNaN(data34)){const err81 = {instancePath:instancePath+"/settings/alpha",schemaPath:"#/properties/settings/properties/alpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(data34 <= 0 || isNaN(data34)){const err82 = {instancePath:instancePath+"/settings/alpha",schemaPath:"#/properties/settings/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/settings/alpha",schemaPath:"#/properties/settings/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data33.min_effect_size !== undefined){let data35 = data33.min_effect_size;if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){const err84 = {instancePath:instancePath+"/settings/min_effect_size",schemaPath:"#/properties/settings/properties/min_effect_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/settings/min_effect_size",schemaPath:"#/properties/settings/properties/min_effect_size/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data33.method !== undefined){let data36 = data33.method;if(!((data36 === "mann_whitney") || (data36 === "bootstrap"))){const err86 = {instancePath:instancePath+"/settings/method",schemaPath:"#/properties/settings/properties/method/enum",keyword:"enum",params:{allowedValues: schema47.properties.settings.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data33.bootstrap_iterations !== undefined){let data37 = data33.bootstrap_iterations;if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){const err87 = {instancePath:instancePath+"/settings/bootstrap_iterations",schemaPath:"#/properties/settings/properties/bootstrap_iterations/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(typeof data37 == "number"){if(data37 < 1 || isNaN(data37)){const err88 = {instancePath:instancePath+"/settings/bootstrap_iterations",schemaPath:"#/properties/settings/properties/bootstrap_iterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}if(data33.seed !== undefined){let data38 = data33.seed;if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){const err89 = {instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data33.min_samples !== undefined){let data39 = data33.min_samples;if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){const err90 = {instancePath:instancePath+"/settings/min_samples",schemaPath:"#/properties/settings/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(typeof data39 == "number"){if(data39 < 1 || isNaN(data39)){const err91 = {instancePath:instancePath+"/settings/min_samples",schemaPath:"#/properties/settings/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}if(data33.noise_bands !== undefined){let data40 = data33.noise_bands;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key0 in data40){let data41 = data40[key0];if(typeof data41 == "number"){if(data41 < 0 || isNaN(data41)){const err92 = {instancePath:instancePath+"/settings/noise_bands/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_bands/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/settings/noise_bands/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/properties/noise_bands/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/settings/noise_bands",schemaPath:"#/properties/settings/properties/noise_bands/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data33.eval_min_drop !== undefined){let data42 = data33.eval_min_drop;if(typeof data42 == "number"){if(data42 < 0 || isNaN(data42)){const err95 = {instancePath:instancePath+"/settings/eval_min_drop",schemaPath:"#/properties/settings/properties/eval_min_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/settings/eval_min_drop",schemaPath:"#/properties/settings/properties/eval_min_drop/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data.counts !== undefined){let data43 = data.counts;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.regressed === undefined){const err98 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "regressed"},message:"must have required property '"+"regressed"+"'"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}if(data43.improved === undefined){const err99 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "improved"},message:"must have required property '"+"improved"+"'"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if(data43.unchanged === undefined){const err100 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "unchanged"},message:"must have required property '"+"unchanged"+"'"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(data43.new === undefined){const err101 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "new"},message:"must have required property '"+"new"+"'"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(data43.missing === undefined){const err102 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "missing"},message:"must have required property '"+"missing"+"'"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(data43.incomparable === undefined){const err103 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "incomparable"},message:"must have required property '"+"incomparable"+"'"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if(data43.insufficient_data === undefined){const err104 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "insufficient_data"},message:"must have required property '"+"insufficient_data"+"'"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if(data43.total === undefined){const err105 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data43.tests === undefined){const err106 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "tests"},message:"must have required property '"+"tests"+"'"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data43.regressed !== undefined){let data44 = data43.regressed;if(!((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44)))){const err107 = {instancePath:instancePath+"/counts/regressed",schemaPath:"#/properties/counts/properties/regressed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(typeof data44 == "number"){if(data44 < 0 || isNaN(data44)){const err108 = {instancePath:instancePath+"/counts/regressed",schemaPath:"#/properties/counts/properties/regressed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}if(data43.improved !== undefined){let data45 = data43.improved;if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){const err109 = {instancePath:instancePath+"/counts/improved",schemaPath:"#/properties/counts/properties/improved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}if(typeof data45 == "number"){if(data45 < 0 || isNaN(data45)){const err110 = {instancePath:instancePath+"/counts/improved",schemaPath:"#/properties/counts/properties/improved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}if(data43.unchanged !== undefined){let data46 = data43.unchanged;if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){const err111 = {instancePath:instancePath+"/counts/unchanged",schemaPath:"#/properties/counts/properties/unchanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(typeof data46 == "number"){if(data46 < 0 || isNaN(data46)){const err112 = {instancePath:instancePath+"/counts/unchanged",schemaPath:"#/properties/counts/properties/unchanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data43.new !== undefined){let data47 = data43.new;if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){const err113 = {instancePath:instancePath+"/counts/new",schemaPath:"#/properties/counts/properties/new/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(typeof data47 == "number"){if(data47 < 0 || isNaN(data47)){const err114 = {instancePath:instancePath+"/counts/new",schemaPath:"#/properties/counts/properties/new/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}if(data43.missing !== undefined){let data48 = data43.missing;if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){const err115 = {instancePath:instancePath+"/counts/missing",schemaPath:"#/properties/counts/properties/missing/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}if(typeof data48 == "number"){if(data48 < 0 || isNaN(data48)){const err116 = {instancePath:instancePath+"/counts/missing",schemaPath:"#/properties/counts/properties/missing/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}if(data43.incomparable !== undefined){let data49 = data43.incomparable;if(!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))){const err117 = {instancePath:instancePath+"/counts/incomparable",schemaPath:"#/properties/counts/properties/incomparable/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if(typeof data49 == "number"){if(data49 < 0 || isNaN(data49)){const err118 = {instancePath:instancePath+"/counts/incomparable",schemaPath:"#/properties/counts/properties/incomparable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}if(data43.insufficient_data !== undefined){let data50 = data43.insufficient_data;if(!((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50)))){const err119 = {instancePath:instancePath+"/counts/insufficient_data",schemaPath:"#/properties/counts/properties/insufficient_data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if(typeof data50 == "number"){if(data50 < 0 || isNaN(data50)){const err120 = {instancePath:instancePath+"/counts/insufficient_data",schemaPath:"#/properties/counts/properties/insufficient_data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}}if(data43.total !== undefined){let data51 = data43.total;if(!((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51)))){const err121 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}if(typeof data51 == "number"){if(data51 < 0 || isNaN(data51)){const err122 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}if(data43.tests !== undefined){let data52 = data43.tests;if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){const err123 = {instancePath:instancePath+"/counts/tests",schemaPath:"#/properties/counts/properties/tests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}if(typeof data52 == "number"){if(data52 < 0 || isNaN(data52)){const err124 = {instancePath:instancePath+"/counts/tests",schemaPath:"#/properties/counts/properties/tests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}}else {const err125 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data.verdict !== undefined){if(!(validate34(data.verdict, {instancePath:instancePath+"/verdict",parentData:data,parentDataProperty:"verdict",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.cells !== undefined){let data54 = data.cells;if(Array.isArray(data54)){const len0 = data54.length;for(let i0=0; i0<len0; i0++){if(!(validate36(data54[i0], {instancePath:instancePath+"/cells/" + i0,parentData:data54,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err126 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data.findings !== undefined){let data56 = data.findings;if(Array.isArray(data56)){const len1 = data56.length;for(let i1=0; i1<len1; i1++){let data57 = data56[i1];if(data57 && typeof data57 == "object" && !Array.isArray(data57)){if(data57.code === undefined){const err127 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}if(data57.severity === undefined){const err128 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}if(data57.message === undefined){const err129 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}if(data57.cell_id === undefined){const err130 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "cell_id"},message:"must have required property '"+"cell_id"+"'"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}if(data57.evidence === undefined){const err131 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/$defs/finding/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}if(data57.code !== undefined){let data58 = data57.code;if(typeof data58 === "string"){if(func2(data58) < 1){const err132 = {instancePath:instancePath+"/findings/" + i1+"/code",schemaPath:"#/$defs/finding/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}else {const err133 = {instancePath:instancePath+"/findings/" + i1+"/code",schemaPath:"#/$defs/finding/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data57.severity !== undefined){let data59 = data57.severity;if(!(((data59 === "info") || (data59 === "warning")) || (data59 === "critical"))){const err134 = {instancePath:instancePath+"/findings/" + i1+"/severity",schemaPath:"#/$defs/finding/properties/severity/enum",keyword:"enum",params:{allowedValues: schema54.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data57.message !== undefined){if(typeof data57.message !== "string"){const err135 = {instancePath:instancePath+"/findings/" + i1+"/message",schemaPath:"#/$defs/finding/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data57.cell_id !== undefined){let data61 = data57.cell_id;if((typeof data61 !== "string") && (data61 !== null)){const err136 = {instancePath:instancePath+"/findings/" + i1+"/cell_id",schemaPath:"#/$defs/finding/properties/cell_id/type",keyword:"type",params:{type: schema54.properties.cell_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data57.evidence !== undefined){let data62 = data57.evidence;if(data62 && typeof data62 == "object" && !Array.isArray(data62)){}else {const err137 = {instancePath:instancePath+"/findings/" + i1+"/evidence",schemaPath:"#/$defs/finding/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}}else {const err138 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/$defs/finding/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}}else {const err139 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}}else {const err140 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}validate33.errors = vErrors;return errors === 0;}validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c8 = validate40;const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-timeline/v1","type":"object","required":["schema_version","observed_at","sequence","capabilities","disagg_status"],"properties":{"schema_version":{"const":"inferguard-timeline/v1"},"observed_at":{"type":"string","format":"date-time"},"sequence":{"type":"integer","minimum":0},"status":{"enum":["healthy","degraded","critical","unknown"]},"proof_level":{"enum":["live","post_run","unknown"]},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false},"disagg_status":{"type":"object","description":"Embedded disagg-status/v1 object.","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"}},"additionalProperties":true}},"additionalProperties":true};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.observed_at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observed_at"},message:"must have required property '"+"observed_at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.sequence === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.capabilities === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.disagg_status === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disagg_status"},message:"must have required property '"+"disagg_status"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.schema_version !== undefined){if("inferguard-timeline/v1" !== data.schema_version){const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "inferguard-timeline/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.observed_at !== undefined){let data1 = data.observed_at;if(typeof data1 === "string"){if(!(formats0.validate(data1))){const err6 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.sequence !== undefined){let data2 = data.sequence;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err8 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(typeof data2 == "number"){if(data2 < 0 || isNaN(data2)){const err9 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.status !== undefined){let data3 = data.status;if(!((((data3 === "healthy") || (data3 === "degraded")) || (data3 === "critical")) || (data3 === "unknown"))){const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema55.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.proof_level !== undefined){let data4 = data.proof_level;if(!(((data4 === "live") || (data4 === "post_run")) || (data4 === "unknown"))){const err11 = {instancePath:instancePath+"/proof_level",schemaPath:"#/properties/proof_level/enum",keyword:"enum",params:{allowedValues: schema55.properties.proof_level.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.capabilities !== undefined){let data5 = data.capabilities;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.diagnosis === undefined){const err12 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "diagnosis"},message:"must have required property '"+"diagnosis"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data5.actuation === undefined){const err13 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "actuation"},message:"must have required property '"+"actuation"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5.replay === undefined){const err14 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data5.recall === undefined){const err15 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/required",keyword:"required",params:{missingProperty: "recall"},message:"must have required property '"+"recall"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key0 in data5){if(!((((key0 === "diagnosis") || (key0 === "actuation")) || (key0 === "replay")) || (key0 === "recall"))){const err16 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5.diagnosis !== undefined){let data6 = data5.diagnosis;if(!((data6 === "on") || (data6 === "off"))){const err17 = {instancePath:instancePath+"/capabilities/diagnosis",schemaPath:"#/properties/capabilities/properties/diagnosis/enum",keyword:"enum",params:{allowedValues: schema55.properties.capabilities.properties.diagnosis.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data5.actuation !== undefined){if("off" !== data5.actuation){const err18 = {instancePath:instancePath+"/capabilities/actuation",schemaPath:"#/properties/capabilities/properties/actuation/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data5.replay !== undefined){if("off" !== data5.replay){const err19 = {instancePath:instancePath+"/capabilities/replay",schemaPath:"#/properties/capabilities/properties/replay/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5.recall !== undefined){if("off" !== data5.recall){const err20 = {instancePath:instancePath+"/capabilities/recall",schemaPath:"#/properties/capabilities/properties/recall/const",keyword:"const",params:{allowedValue: "off"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.disagg_status !== undefined){let data10 = data.disagg_status;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.schema_version === undefined){const err22 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data10.prefill === undefined){const err23 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "prefill"},message:"must have required property '"+"prefill"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data10.decode === undefined){const err24 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "decode"},message:"must have required property '"+"decode"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data10.findings === undefined){const err25 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data10.schema_version !== undefined){if("disagg-status/v1" !== data10.schema_version){const err26 = {instancePath:instancePath+"/disagg_status/schema_version",schemaPath:"#/properties/disagg_status/properties/schema_version/const",keyword:"const",params:{allowedValue: "disagg-status/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/disagg_status",schemaPath:"#/properties/disagg_status/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c9 = validate41;const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Time-to-First-Signal (TTFS) Telemetry Event","description":"Schema for tracking time-to-first-signal metrics across UI, CLI, and CI surfaces","type":"object","required":["schema_version","event_type","timestamp","tenant_id","job_id","surface","ttfs_ms"],"properties":{"schema_version":{"type":"string","pattern":"^v[0-9]+\\.[0-9]+$","description":"Schema version (e.g., v1.0)","examples":["v1.0"]},"event_type":{"type":"string","enum":["signal.start","signal.rendered","signal.timeout","signal.error","signal.cache_hit","signal.cold_start"],"description":"Type of TTFS event"},"timestamp":{"type":"string","format":"date-time","description":"ISO-8601 UTC timestamp when event occurred"},"tenant_id":{"type":"string","minLength":1,"description":"Tenant identifier for scoping"},"job_id":{"type":"string","format":"uuid","description":"Job identifier for the signal request"},"run_id":{"type":["string","null"],"format":"uuid","description":"Run identifier if job is part of a run"},"correlation_id":{"type":["string","null"],"description":"Correlation ID for distributed tracing"},"surface":{"type":"string","enum":["ui","cli","ci"],"description":"Surface where the signal request originated"},"ttfs_ms":{"type":"integer","minimum":0,"description":"Time-to-first-signal in milliseconds"},"cache_hit":{"type":"boolean","default":false,"description":"True if signal was served from cache"},"signal_source":{"type":["string","null"],"enum":["snapshot","cold_start","failure_index",null],"description":"Source of the signal data"},"kind":{"type":["string","null"],"enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable",null],"description":"Signal kind indicating current job state"},"phase":{"type":["string","null"],"enum":["resolve","fetch","restore","analyze","policy","report","unknown",null],"description":"Current execution phase of the job"},"network_state":{"type":["string","null"],"description":"Client network state (e.g., '4g', 'wifi', 'offline')"},"device":{"type":["string","null"],"description":"Client device type (e.g., 'desktop', 'mobile', 'cli')"},"release":{"type":["string","null"],"description":"Application release version"},"trace_id":{"type":["string","null"],"pattern":"^[a-f0-9]{32}$","description":"OpenTelemetry trace ID (32 hex characters)"},"span_id":{"type":["string","null"],"pattern":"^[a-f0-9]{16}$","description":"OpenTelemetry span ID (16 hex characters)"},"error_code":{"type":["string","null"],"description":"Error code if event_type is signal.error or signal.timeout"},"error_message":{"type":["string","null"],"description":"Human-readable error message"},"slo_target_ms":{"type":["integer","null"],"minimum":0,"description":"SLO target in milliseconds for this request"},"slo_breach":{"type":"boolean","default":false,"description":"True if this event represents an SLO breach"},"is_offline_mode":{"type":"boolean","default":false,"description":"True if event occurred in offline/air-gap mode"},"metadata":{"type":"object","additionalProperties":true,"description":"Additional context-specific metadata"}},"additionalProperties":false,"allOf":[{"if":{"properties":{"event_type":{"const":"signal.error"}},"required":["event_type"]},"then":{"required":["error_code"]}},{"if":{"properties":{"event_type":{"const":"signal.timeout"}},"required":["event_type"]},"then":{"required":["error_code"]}}],"examples":[{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:30:00.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","run_id":"660e8400-e29b-41d4-a716-446655440001","surface":"ui","ttfs_ms":850,"cache_hit":true,"signal_source":"snapshot","kind":"started","phase":"analyze","slo_target_ms":2000,"slo_breach":false,"is_offline_mode":false},{"schema_version":"v1.0","event_type":"signal.cache_hit","timestamp":"2025-12-14T10:30:01.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","surface":"cli","ttfs_ms":120,"cache_hit":true,"signal_source":"snapshot","kind":"phase","phase":"policy","device":"cli","release":"1.2.3"},{"schema_version":"v1.0","event_type":"signal.cold_start","timestamp":"2025-12-14T10:31:00.000Z","tenant_id":"tenant-456","job_id":"770e8400-e29b-41d4-a716-446655440002","surface":"ci","ttfs_ms":3200,"cache_hit":false,"signal_source":"cold_start","kind":"succeeded","phase":"report","slo_target_ms":5000,"slo_breach":false},{"schema_version":"v1.0","event_type":"signal.timeout","timestamp":"2025-12-14T10:32:00.000Z","tenant_id":"tenant-789","job_id":"880e8400-e29b-41d4-a716-446655440003","surface":"ui","ttfs_ms":5500,"cache_hit":false,"signal_source":"cold_start","kind":"unavailable","phase":"unknown","error_code":"TTFS_TIMEOUT_EXCEEDED","error_message":"Signal fetch exceeded 5s budget","slo_target_ms":5000,"slo_breach":true},{"schema_version":"v1.0","event_type":"signal.error","timestamp":"2025-12-14T10:33:00.000Z","tenant_id":"tenant-abc","job_id":"990e8400-e29b-41d4-a716-446655440004","surface":"ui","ttfs_ms":1200,"cache_hit":false,"error_code":"TTFS_JOB_NOT_FOUND","error_message":"Job not found or access denied","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"},{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:34:00.000Z","tenant_id":"tenant-airgap","job_id":"aa0e8400-e29b-41d4-a716-446655440005","surface":"ui","ttfs_ms":1800,"cache_hit":false,"signal_source":"failure_index","kind":"failed","phase":"analyze","is_offline_mode":true,"metadata":{"failure_signature_id":"sig-001","predicted_mttr_seconds":300,"likely_cause":"Registry rate limiting"}}],"$defs":{"signal_kind":{"type":"string","enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable"],"description":"Enumeration of signal kinds"},"signal_phase":{"type":"string","enum":["resolve","fetch","restore","analyze","policy","report","unknown"],"description":"Enumeration of execution phases"},"signal_surface":{"type":"string","enum":["ui","cli","ci"],"description":"Enumeration of request surfaces"},"signal_source_type":{"type":"string","enum":["snapshot","cold_start","failure_index"],"description":"Enumeration of signal data sources"}}};const pattern7 = new RegExp("^v[0-9]+\\.[0-9]+$", "u");const pattern8 = new RegExp("^[a-f0-9]{32}$", "u");const pattern9 = new RegExp("^[a-f0-9]{16}$", "u");const formats6 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate41.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.event_type === undefined) && (missing0 = "event_type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.event_type !== undefined){if("signal.error" !== data.event_type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.error_code === undefined){const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.event_type === undefined) && (missing1 = "event_type")){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {if(data.event_type !== undefined){if("signal.timeout" !== data.event_type){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.error_code === undefined){const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.event_type === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.timestamp === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.tenant_id === undefined){const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenant_id"},message:"must have required property '"+"tenant_id"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.job_id === undefined){const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.surface === undefined){const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "surface"},message:"must have required property '"+"surface"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.ttfs_ms === undefined){const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ttfs_ms"},message:"must have required property '"+"ttfs_ms"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key0 in data){if(!(func1.call(schema56.properties, key0))){const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.schema_version !== undefined){let data2 = data.schema_version;if(typeof data2 === "string"){if(!pattern7.test(data2)){const err16 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.event_type !== undefined){let data3 = data.event_type;if(typeof data3 !== "string"){const err18 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!((((((data3 === "signal.start") || (data3 === "signal.rendered")) || (data3 === "signal.timeout")) || (data3 === "signal.error")) || (data3 === "signal.cache_hit")) || (data3 === "signal.cold_start"))){const err19 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/enum",keyword:"enum",params:{allowedValues: schema56.properties.event_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.timestamp !== undefined){let data4 = data.timestamp;if(typeof data4 === "string"){if(!(formats0.validate(data4))){const err20 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.tenant_id !== undefined){let data5 = data.tenant_id;if(typeof data5 === "string"){if(func2(data5) < 1){const err22 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.job_id !== undefined){let data6 = data.job_id;if(typeof data6 === "string"){if(!(formats6.test(data6))){const err24 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.run_id !== undefined){let data7 = data.run_id;if((typeof data7 !== "string") && (data7 !== null)){const err26 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: schema56.properties.run_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data7 === "string"){if(!(formats6.test(data7))){const err27 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.correlation_id !== undefined){let data8 = data.correlation_id;if((typeof data8 !== "string") && (data8 !== null)){const err28 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: schema56.properties.correlation_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.surface !== undefined){let data9 = data.surface;if(typeof data9 !== "string"){const err29 = {instancePath:instancePath+"/surface",schemaPath:"#/properties/surface/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(!(((data9 === "ui") || (data9 === "cli")) || (data9 === "ci"))){const err30 = {instancePath:instancePath+"/surface",schemaPath:"#/properties/surface/enum",keyword:"enum",params:{allowedValues: schema56.properties.surface.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.ttfs_ms !== undefined){let data10 = data.ttfs_ms;if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){const err31 = {instancePath:instancePath+"/ttfs_ms",schemaPath:"#/properties/ttfs_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(typeof data10 == "number"){if(data10 < 0 || isNaN(data10)){const err32 = {instancePath:instancePath+"/ttfs_ms",schemaPath:"#/properties/ttfs_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data.cache_hit !== undefined){if(typeof data.cache_hit !== "boolean"){const err33 = {instancePath:instancePath+"/cache_hit",schemaPath:"#/properties/cache_hit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.signal_source !== undefined){let data12 = data.signal_source;if((typeof data12 !== "string") && (data12 !== null)){const err34 = {instancePath:instancePath+"/signal_source",schemaPath:"#/properties/signal_source/type",keyword:"type",params:{type: schema56.properties.signal_source.type},message:"must be string,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!((((data12 === "snapshot") || (data12 === "cold_start")) || (data12 === "failure_index")) || (data12 === null))){const err35 = {instancePath:instancePath+"/signal_source",schemaPath:"#/properties/signal_source/enum",keyword:"enum",params:{allowedValues: schema56.properties.signal_source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.kind !== undefined){let data13 = data.kind;if((typeof data13 !== "string") && (data13 !== null)){const err36 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: schema56.properties.kind.type},message:"must be string,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!(((((((((data13 === "queued") || (data13 === "started")) || (data13 === "phase")) || (data13 === "blocked")) || (data13 === "failed")) || (data13 === "succeeded")) || (data13 === "canceled")) || (data13 === "unavailable")) || (data13 === null))){const err37 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema56.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.phase !== undefined){let data14 = data.phase;if((typeof data14 !== "string") && (data14 !== null)){const err38 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: schema56.properties.phase.type},message:"must be string,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!((((((((data14 === "resolve") || (data14 === "fetch")) || (data14 === "restore")) || (data14 === "analyze")) || (data14 === "policy")) || (data14 === "report")) || (data14 === "unknown")) || (data14 === null))){const err39 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema56.properties.phase.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.network_state !== undefined){let data15 = data.network_state;if((typeof data15 !== "string") && (data15 !== null)){const err40 = {instancePath:instancePath+"/network_state",schemaPath:"#/properties/network_state/type",keyword:"type",params:{type: schema56.properties.network_state.type},message:"must be string,null"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.device !== undefined){let data16 = data.device;if((typeof data16 !== "string") && (data16 !== null)){const err41 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: schema56.properties.device.type},message:"must be string,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.release !== undefined){let data17 = data.release;if((typeof data17 !== "string") && (data17 !== null)){const err42 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/type",keyword:"type",params:{type: schema56.properties.release.type},message:"must be string,null"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.trace_id !== undefined){let data18 = data.trace_id;if((typeof data18 !== "string") && (data18 !== null)){const err43 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: schema56.properties.trace_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(typeof data18 === "string"){if(!pattern8.test(data18)){const err44 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{32}$"},message:"must match pattern \""+"^[a-f0-9]{32}$"+"\""};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data.span_id !== undefined){let data19 = data.span_id;if((typeof data19 !== "string") && (data19 !== null)){const err45 = {instancePath:instancePath+"/span_id",schemaPath:"#/properties/span_id/type",keyword:"type",params:{type: schema56.properties.span_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(typeof data19 === "string"){if(!pattern9.test(data19)){const err46 = {instancePath:instancePath+"/span_id",schemaPath:"#/properties/span_id/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{16}$"},message:"must match pattern \""+"^[a-f0-9]{16}$"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data.error_code !== undefined){let data20 = data.error_code;if((typeof data20 !== "string") && (data20 !== null)){const err47 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: schema56.properties.error_code.type},message:"must be string,null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.error_message !== undefined){let data21 = data.error_message;if((typeof data21 !== "string") && (data21 !== null)){const err48 = {instancePath:instancePath+"/error_message",schemaPath:"#/properties/error_message/type",keyword:"type",params:{type: schema56.properties.error_message.type},message:"must be string,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.slo_target_ms !== undefined){let data22 = data.slo_target_ms;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (data22 !== null)){const err49 = {instancePath:instancePath+"/slo_target_ms",schemaPath:"#/properties/slo_target_ms/type",keyword:"type",params:{type: schema56.properties.slo_target_ms.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err50 = {instancePath:instancePath+"/slo_target_ms",schemaPath:"#/properties/slo_target_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data.slo_breach !== undefined){if(typeof data.slo_breach !== "boolean"){const err51 = {instancePath:instancePath+"/slo_breach",schemaPath:"#/properties/slo_breach/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.is_offline_mode !== undefined){if(typeof data.is_offline_mode !== "boolean"){const err52 = {instancePath:instancePath+"/is_offline_mode",schemaPath:"#/properties/is_offline_mode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.metadata !== undefined){let data25 = data.metadata;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){}else {const err53 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}validate41.errors = vErrors;return errors === 0;}validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports.c10 = validate42;const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"path-trace/v1","type":"object","required":["schema_version","samples","engine_support","note","requested_sample_size"],"properties":{"schema_version":{"const":"path-trace/v1"},"samples":{"type":"array","maxItems":0},"engine_support":{"const":"aggregate_only"},"note":{"const":"Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals."},"requested_sample_size":{"type":"integer","minimum":0}},"additionalProperties":true};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate42.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.samples === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "samples"},message:"must have required property '"+"samples"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.engine_support === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "engine_support"},message:"must have required property '"+"engine_support"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.note === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.requested_sample_size === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_sample_size"},message:"must have required property '"+"requested_sample_size"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.schema_version !== undefined){if("path-trace/v1" !== data.schema_version){const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "path-trace/v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.samples !== undefined){let data1 = data.samples;if(Array.isArray(data1)){if(data1.length > 0){const err6 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.engine_support !== undefined){if("aggregate_only" !== data.engine_support){const err8 = {instancePath:instancePath+"/engine_support",schemaPath:"#/properties/engine_support/const",keyword:"const",params:{allowedValue: "aggregate_only"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.note !== undefined){if("Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals." !== data.note){const err9 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/const",keyword:"const",params:{allowedValue: "Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals."},message:"must be equal to constant"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.requested_sample_size !== undefined){let data4 = data.requested_sample_size;if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){const err10 = {instancePath:instancePath+"/requested_sample_size",schemaPath:"#/properties/requested_sample_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err11 = {instancePath:instancePath+"/requested_sample_size",schemaPath:"#/properties/requested_sample_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate42.errors = vErrors;return errors === 0;}validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
  return {
    "disagg-event-record/v1": exports.c0,
    "disagg-status/v1": exports.c1,
    "inferguard-analyze/v1": exports.c2,
    "inferguard-config/v1": exports.c3,
    "inferguard-cost/v1": exports.c4,
    "inferguard-gates/v1": exports.c5,
    "inferguard-pr-context/v1": exports.c6,
    "inferguard-report-diff/v1": exports.c7,
    "inferguard-timeline/v1": exports.c8,
    "inferguard-ttfs-event/v1": exports.c9,
    "path-trace/v1": exports.c10,
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
const validate_ucs2length = (typeof ucs2length/* default */.A === 'function'
    ? ucs2length/* default */.A
    : ucs2length/* default.default */.A["default"]);
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
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   Ui: () => (/* binding */ describeHead),
/* harmony export */   VA: () => (/* binding */ parseJsonLenient),
/* harmony export */   xV: () => (/* binding */ hasKeys),
/* harmony export */   yr: () => (/* binding */ hasAnyKey)
/* harmony export */ });
/**
 * Cheap looks at a file for recognition (docs/ARCHITECTURE.md "Recognition"): the first bytes,
 * what kind of text they are, and the top-level keys a JSON object (or the first object of an
 * array or JSONL file) shows within them. Never a full parse: a 2 GB file costs one small read.
 */
/** Bytes read for recognition. A vLLM/SGLang result states its identifying keys in the first ~1 KB. */
const HEAD_BYTES = 16 * 1024;
/** Builds a FileHead from the first bytes of a file. */
function describeHead(bytes, truncated) {
    if (bytes.length === 0)
        return { text: '', truncated: false, shape: 'empty', keys: [] };
    let nul = 0;
    for (let i = 0; i < Math.min(bytes.length, 4096); i++)
        if (bytes[i] === 0)
            nul++;
    if (nul > 0)
        return { text: '', truncated, shape: 'binary', keys: [] };
    let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
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
    if (t[0] === '[') {
        const open = t.indexOf('{');
        const before = open < 0 ? t : t.slice(1, open);
        const keys = open >= 0 && /^\s*$/.test(before) ? objectKeys(t, open) : [];
        return { text, truncated, shape: 'json-array', keys };
    }
    const firstLine = t.slice(0, Math.max(0, t.indexOf('\n'))) || t;
    if (/^[^,\n]+(,[^,\n]*)+\r?$/.test(firstLine))
        return { text, truncated, shape: 'csv', keys: [] };
    return { text, truncated, shape: 'text', keys: [] };
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
