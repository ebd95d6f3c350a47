export const id = 690;
export const ids = [690];
export const modules = {

/***/ 66155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  Eg: () => (/* reexport */ order/* compareFindings */.Eg),
  Ot: () => (/* reexport */ order/* countBySeverity */.Ot),
  jI: () => (/* binding */ toWireReport)
});

// UNUSED EXPORTS: buildFamilies

// EXTERNAL MODULE: ./src/core/identity.ts
var identity = __webpack_require__(54845);
;// CONCATENATED MODULE: ./src/core/completion.ts
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
var sort_keys = __webpack_require__(31936);
;// CONCATENATED MODULE: ./src/core/merge.ts
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
        const k = (0,identity/* identityKey */.US)(f.identity, f.topology);
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
            if (prev === undefined)
                out[k] = v;
            else if (Array.isArray(prev) && Array.isArray(v)) {
                const seen = new Set(prev.map((x) => JSON.stringify(x)));
                out[k] = [...prev, ...v.filter((x) => !seen.has(JSON.stringify(x)))];
            }
        }
    }
    return out;
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

// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(91896);
// EXTERNAL MODULE: ./src/core/tail.ts
var core_tail = __webpack_require__(89393);
;// CONCATENATED MODULE: ./src/core/curve.ts


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
    return (0,parse/* roundStable */.O6)(n);
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
    return ((0,core_tail/* tailStat */.Xh)(c, 'ttft') !== null ||
        (0,core_tail/* tailStat */.Xh)(c, 'tpot') !== null ||
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
    const points = usablePoints(family).filter((c) => (0,core_tail/* tailStat */.Xh)(c, 'ttft') !== null);
    if (points.length < cliffMinPoints(t))
        return [];
    const out = [];
    for (const [lo, hi] of steps(points)) {
        const tail = (0,core_tail/* commonTail */.en)(lo, hi, 'ttft');
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
        const tail = (0,core_tail/* commonTail */.en)(lo, hi, base);
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
    const points = usablePoints(family).filter((c) => (0,core_tail/* tailStat */.Xh)(c, 'tpot') !== null);
    const out = [];
    for (const [lo, hi] of steps(points)) {
        const tail = (0,core_tail/* commonTail */.en)(lo, hi, 'tpot');
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
        const tail = (0,core_tail/* tailStat */.Xh)(c, base);
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
            curve_rules_applied: usable.filter((c) => (0,core_tail/* tailStat */.Xh)(c, 'ttft') !== null).length >= cliffMinPoints(t),
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
            for (const s of detectTtftCliffs(fam, t)) {
                const gainPct = (s.tput.gain * 100).toFixed(1);
                const key = `${s.stat}_ttft`;
                out.push({
                    code: 'ttft_cliff',
                    severity: s.severity,
                    message: `${s.stat} TTFT rises ${s.ratio.toFixed(2)}× from ${s.ttftFromS.toFixed(2)} s at ${concLabel(s.lo)} to ${s.ttftToS.toFixed(2)} s at ${concLabel(s.hi)} while ${s.tput.metric} changes ${s.tput.gain >= 0 ? '+' : ''}${gainPct}% (cliff at ≥ ${t.ttft_cliff_ratio}× with < ${(t.ttft_cliff_max_tput_gain * 100).toFixed(0)}% throughput gain).`,
                    cell_id: s.hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...stepEvidence(s.lo, s.hi),
                        tail_stat: s.stat,
                        latency_metric: key,
                        [`${key}_from_s`]: r(s.ttftFromS),
                        [`${key}_to_s`]: r(s.ttftToS),
                        ratio: r(s.ratio),
                        throughput_metric: s.tput.metric,
                        throughput_from: r(s.tput.from),
                        throughput_to: r(s.tput.to),
                        throughput_gain: r(s.tput.gain),
                        threshold_name: 'ttft_cliff_ratio',
                        threshold: t.ttft_cliff_ratio,
                        thresholds: {
                            ttft_cliff_ratio: t.ttft_cliff_ratio,
                            ttft_cliff_max_tput_gain: t.ttft_cliff_max_tput_gain,
                            critical_ratio: 2 * t.ttft_cliff_ratio,
                            min_family_points: cliffMinPoints(t),
                        },
                        cells: [s.lo.cell_id, s.hi.cell_id],
                        files: [...new Set([...cellFiles(s.lo), ...cellFiles(s.hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/tpot-degradation.ts

/**
 * tpot_degradation (warning): tail TPOT (p99, else p95, else p90; named in message and evidence)
 * grows ≥ `tpot_degradation_ratio` (1.5) vs the previous point of the family (pairwise, so two
 * points suffice). Each token of every running request gets slower: decode is sharing the GPU
 * with more work than it keeps up with. The finding sits on the upper cell. (The baseline-cell
 * comparison is compare's job.)
 */
const tpotDegradation = {
    code: 'tpot_degradation',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const s of detectTpotDegradation(fam, t)) {
                const key = `${s.stat}_tpot`;
                out.push({
                    code: 'tpot_degradation',
                    severity: 'warning',
                    message: `${s.stat} TPOT grows ${s.ratio.toFixed(2)}× from ${(s.fromS * 1000).toFixed(1)} ms at ${concLabel(s.lo)} to ${(s.toS * 1000).toFixed(1)} ms at ${concLabel(s.hi)} (threshold ${t.tpot_degradation_ratio}×).`,
                    cell_id: s.hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...stepEvidence(s.lo, s.hi),
                        tail_stat: s.stat,
                        latency_metric: key,
                        [`${key}_from_s`]: r(s.fromS),
                        [`${key}_to_s`]: r(s.toS),
                        ratio: r(s.ratio),
                        threshold_name: 'tpot_degradation_ratio',
                        threshold: t.tpot_degradation_ratio,
                        cells: [s.lo.cell_id, s.hi.cell_id],
                        files: [...new Set([...cellFiles(s.lo), ...cellFiles(s.hi)])].sort(),
                    },
                });
            }
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
            for (const p of detectPlateaus(fam, t)) {
                const first = p.steps[0];
                const last = p.steps[p.steps.length - 1];
                const cells = [first.lo, ...p.steps.map((s) => s.hi)];
                const gains = p.steps.map((s) => pct(s.tput.gain)).join(', ');
                const worst = p.steps.reduce((a, b) => (b.latencyWorsening > a.latencyWorsening ? b : a));
                const stats = [...new Set(p.steps.map((s) => s.latencyMetric))].sort();
                out.push({
                    code: 'throughput_plateau',
                    severity: p.severity,
                    message: `Throughput plateaus from ${concLabel(first.lo)} to ${concLabel(last.hi)}: ${first.tput.metric} ${first.tput.from.toFixed(0)} → ${last.tput.to.toFixed(0)} (steps ${gains}, each within ±${(t.plateau_max_gain * 100).toFixed(0)}%) while ${worst.latencyStat} ${worst.latencyMetric.endsWith('_ttft') ? 'TTFT' : 'TPOT'} worsens up to ${(worst.latencyWorsening * 100).toFixed(0)}%.`,
                    cell_id: first.lo.cell_id,
                    evidence: {
                        family: fam.label,
                        from_concurrency: first.lo.concurrency,
                        to_concurrency: last.hi.concurrency,
                        flat_steps: p.steps.length,
                        latency_metrics: stats,
                        steps: p.steps.map((s) => ({
                            ...stepEvidence(s.lo, s.hi),
                            throughput_metric: s.tput.metric,
                            throughput_from: r(s.tput.from),
                            throughput_to: r(s.tput.to),
                            throughput_gain: r(s.tput.gain),
                            latency_metric: s.latencyMetric,
                            tail_stat: s.latencyStat,
                            latency_from_s: r(s.latencyFromS),
                            latency_to_s: r(s.latencyToS),
                            latency_worsening: r(s.latencyWorsening),
                        })),
                        threshold_name: 'plateau_max_gain',
                        threshold: t.plateau_max_gain,
                        thresholds: {
                            plateau_max_gain: t.plateau_max_gain,
                            plateau_min_latency_worsening: t.plateau_min_latency_worsening,
                            min_family_points: plateauMinPoints(t),
                            min_consecutive_steps: 2,
                        },
                        cells: cells.map((c) => c.cell_id),
                        files: [...new Set(cells.flatMap(cellFiles))].sort(),
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
            const usage = metricOf(c, 'kv_cache_usage_p95');
            const usageMax = metricOf(c, 'kv_cache_usage_max');
            const preempt = metricOf(c, 'preemptions');
            const cpu = metricOf(c, 'cpu_kv_cache_usage_p95');
            const reasons = [];
            const conditions = [];
            if (usage !== null && atLeast(usage, t.kv_pressure_usage)) {
                conditions.push('gpu_kv_usage_p95');
                reasons.push(`GPU KV cache usage p95 ${(usage * 100).toFixed(1)}% ≥ ${(t.kv_pressure_usage * 100).toFixed(0)}%`);
            }
            if (preempt !== null && preempt > 0) {
                conditions.push('preemptions');
                reasons.push(`${preempt} preemption(s) during the run`);
            }
            if (cpu !== null && atLeast(cpu, t.kv_pressure_cpu_usage)) {
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
                    kv_cache_usage_p95: usage === null ? null : r(usage),
                    kv_cache_usage_max: usageMax === null ? null : r(usageMax),
                    preemptions: preempt,
                    cpu_kv_cache_usage_p95: cpu === null ? null : r(cpu),
                    threshold_name: 'kv_pressure_usage',
                    threshold: t.kv_pressure_usage,
                    thresholds: {
                        kv_pressure_usage: t.kv_pressure_usage,
                        kv_pressure_cpu_usage: t.kv_pressure_cpu_usage,
                        preemptions_above: 0,
                    },
                    files: cellFiles(c),
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
            const points = usablePoints(fam).filter((c) => metricOf(c, G2C) !== null && metricOf(c, C2G) !== null);
            for (const [lo, hi] of steps(points)) {
                const g0 = metricOf(lo, G2C);
                const g1 = metricOf(hi, G2C);
                const c0 = metricOf(lo, C2G);
                const c1 = metricOf(hi, C2G);
                if (!(g0 > 0 && c0 > 0 && g1 > g0 && c1 > c0))
                    continue;
                const ttft = worsening(lo, hi, 'p99_ttft');
                if (ttft === null || !atLeast(ttft.change, t.kv_offload_thrash_min_ttft_worsening))
                    continue;
                const tput = throughputStep(lo, hi, TPUT_OUTPUT_FIRST);
                if (tput === null || !below(tput.gain, t.kv_offload_thrash_max_tput_gain))
                    continue;
                out.push({
                    code: 'kv_offload_thrash',
                    severity: 'warning',
                    message: `KV offload grows from ${concLabel(lo)} to ${concLabel(hi)} in both directions (GPU→CPU ${(g0 / 1e9).toFixed(1)} → ${(g1 / 1e9).toFixed(1)} GB, CPU→GPU ${(c0 / 1e9).toFixed(1)} → ${(c1 / 1e9).toFixed(1)} GB) while p99 TTFT worsens ${(ttft.change * 100).toFixed(0)}% and ${tput.metric} changes ${tput.gain >= 0 ? '+' : ''}${(tput.gain * 100).toFixed(1)}%.`,
                    cell_id: hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...stepEvidence(lo, hi),
                        kv_offload_bytes_gpu_to_cpu_from: g0,
                        kv_offload_bytes_gpu_to_cpu_to: g1,
                        kv_offload_bytes_cpu_to_gpu_from: c0,
                        kv_offload_bytes_cpu_to_gpu_to: c1,
                        p99_ttft_from_s: r(ttft.from),
                        p99_ttft_to_s: r(ttft.to),
                        p99_ttft_worsening: r(ttft.change),
                        throughput_metric: tput.metric,
                        throughput_gain: r(tput.gain),
                        threshold_name: 'kv_offload_thrash_min_ttft_worsening',
                        threshold: t.kv_offload_thrash_min_ttft_worsening,
                        thresholds: {
                            kv_offload_thrash_min_ttft_worsening: t.kv_offload_thrash_min_ttft_worsening,
                            kv_offload_thrash_max_tput_gain: t.kv_offload_thrash_max_tput_gain,
                        },
                        cells: [lo.cell_id, hi.cell_id],
                        files: [...new Set([...cellFiles(lo), ...cellFiles(hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/prefix-cache-regression.ts


const HIT = 'server_gpu_cache_hit_rate';
const THEO = 'theoretical_cache_hit_rate';
/**
 * prefix_cache_regression (warning), one finding per cell naming every condition met:
 * - the server GPU prefix-cache hit rate is below the theoretical rate (what the trace could hit
 *   with an unbounded cache) by more than `prefix_cache_gap` (0.10 absolute);
 * - it dropped ≥ `prefix_cache_drop` (0.10 absolute) vs the comparable lower-concurrency point
 *   (the previous point of the family with a hit rate);
 * - it dropped ≥ `prefix_cache_drop` vs the same cell in the baseline report, when one is given.
 */
const prefixCacheRegression = {
    code: 'prefix_cache_regression',
    evaluate({ cells, families, thresholds: t, baseline }) {
        const previous = new Map();
        for (const fam of families) {
            const pts = usablePoints(fam).filter((c) => metricOf(c, HIT) !== null);
            for (let i = 1; i < pts.length; i++) {
                const lo = pts[i - 1];
                const hi = pts[i];
                if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0))
                    previous.set(hi.cell_id, lo);
            }
        }
        const baselineOf = (0,identity/* baselineLookup */.ET)(baseline);
        const out = [];
        for (const c of cells) {
            const hit = metricOf(c, HIT);
            if (hit === null)
                continue;
            const conditions = [];
            const reasons = [];
            const evidence = { server_gpu_cache_hit_rate: r(hit) };
            const theo = metricOf(c, THEO);
            if (theo !== null) {
                evidence.theoretical_cache_hit_rate = r(theo);
                evidence.gap_to_theoretical = r(theo - hit);
                if (below(hit, theo - t.prefix_cache_gap)) {
                    conditions.push('below_theoretical');
                    reasons.push(`${(hit * 100).toFixed(1)}% vs a theoretical ${(theo * 100).toFixed(1)}% (gap ${((theo - hit) * 100).toFixed(1)} points > ${(t.prefix_cache_gap * 100).toFixed(0)})`);
                }
            }
            const prev = previous.get(c.cell_id);
            const cells = [c.cell_id];
            const files = new Set(cellFiles(c));
            if (prev) {
                const ph = metricOf(prev, HIT);
                evidence.lower_concurrency_cell = prev.cell_id;
                evidence.lower_concurrency_hit_rate = r(ph);
                evidence.drop_vs_lower_concurrency = r(ph - hit);
                if (atLeast(ph - hit, t.prefix_cache_drop)) {
                    conditions.push('drop_vs_lower_concurrency');
                    reasons.push(`down ${((ph - hit) * 100).toFixed(1)} points from ${(ph * 100).toFixed(1)}% at ${concLabel(prev)}`);
                    cells.unshift(prev.cell_id);
                    for (const f of cellFiles(prev))
                        files.add(f);
                }
            }
            const base = baselineOf(c);
            const bh = base ? metricOf(base, HIT) : null;
            if (base && bh !== null) {
                evidence.baseline_cell = base.cell_id;
                evidence.baseline_hit_rate = r(bh);
                evidence.drop_vs_baseline = r(bh - hit);
                if (atLeast(bh - hit, t.prefix_cache_drop)) {
                    conditions.push('drop_vs_baseline');
                    reasons.push(`down ${((bh - hit) * 100).toFixed(1)} points from ${(bh * 100).toFixed(1)}% in the baseline`);
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
};

// EXTERNAL MODULE: ./src/core/timeline-samples.ts
var timeline_samples = __webpack_require__(92402);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/timeline-block.ts
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
        return { file, home, owners: sorted, samples: home.timelineData?.samples ?? new timeline_samples/* TimelineSamples */.fh() };
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
        if (types/* SEVERITY_RANK */.f3[carried.severity] > types/* SEVERITY_RANK */.f3[severity])
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
        const v = samples.num(timeline_samples/* COL_LIVE_TTFT */.xj, i);
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
                ttft_s: (0,parse/* roundStable */.O6)(cliff.ttft_s),
                reference_ttft_s: (0,parse/* roundStable */.O6)(cliff.reference_ttft_s),
                ratio: (0,parse/* roundStable */.O6)(cliff.ratio),
                threshold_name: 'ttft_cliff_ratio',
                threshold: ratio,
            }
            : null,
        // Positive: the first live finding came that many seconds before the cliff.
        lead_time_s: cliff && firstFinding !== null ? (0,parse/* roundStable */.O6)(cliff.at - firstFinding) : null,
    };
}

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
        for (const g of timelineGroups(cells)) {
            const s = g.samples;
            const hits = new TimelineHits(s);
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
            out.push(timelineFinding(g, {
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
        for (const g of timelineGroups(cells)) {
            const s = g.samples;
            const hits = new TimelineHits(s);
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
            out.push(timelineFinding(g, {
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
        for (const g of timelineGroups(cells)) {
            const s = g.samples;
            const hits = new TimelineHits(s);
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
            out.push(timelineFinding(g, {
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
        for (const g of timelineGroups(cells)) {
            const s = g.samples;
            const { hits, roles } = roleHits(s, (i) => s.unreachableRoles(i));
            if (hits.count === 0)
                continue;
            // The first scrape error (role order) of the first sample with one, kept by the reader.
            const firstError = s.firstScrapeError;
            const roleList = (0,timeline_samples/* roleNames */.nc)(roles);
            out.push(timelineFinding(g, {
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
        for (const g of timelineGroups(cells)) {
            const s = g.samples;
            const { hits, roles } = roleHits(s, (i) => s.engineUnknownRoles(i));
            if (hits.count === 0)
                continue;
            const roleList = (0,timeline_samples/* roleNames */.nc)(roles);
            out.push(timelineFinding(g, {
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

;// CONCATENATED MODULE: ./src/core/findings/eval-regression.ts


const SCORE_RE = /^eval_(.+)_score$/;
/**
 * eval_regression (warning), only when a reference is given:
 * - a baseline report: the cell's primary eval score (`eval_<task>_score`) dropped vs the same
 *   cell of the baseline (matched by identity, else cell id) by more than its standard error
 *   (√(se_base² + se_head²) from `eval_<task>_score_se`, whichever are known) or by more than
 *   `eval_regression_min_drop` (0.01 absolute) when no standard error is known;
 * - a pass threshold for the task (config `eval_thresholds`, e.g. {"gsm8k": 0.9}): the score is
 *   below it. With both, a drop that stays at or above the pass threshold is still reported, and
 *   the evidence says whether the score passes.
 * One finding per cell and task.
 */
const evalRegression = {
    code: 'eval_regression',
    evaluate({ cells, baseline, thresholds: t, evalThresholds }) {
        const passBy = new Map();
        for (const [task, v] of Object.entries(evalThresholds ?? {}))
            passBy.set(task.toLowerCase().replace(/[^a-z0-9]+/g, '_'), v);
        if (!baseline && passBy.size === 0)
            return [];
        const baselineOf = (0,identity/* baselineLookup */.ET)(baseline);
        const out = [];
        for (const c of cells) {
            const base = baselineOf(c);
            for (const key of Object.keys(c.metrics).sort()) {
                const m = SCORE_RE.exec(key);
                if (!m)
                    continue;
                const task = m[1];
                const score = metricOf(c, key);
                if (score === null)
                    continue;
                const se = metricOf(c, `${key}_se`);
                const evidence = { task, metric: key, score: r(score), score_se: se };
                const reasons = [];
                const conditions = [];
                let thresholdName = 'eval_regression_min_drop';
                let threshold = t.eval_regression_min_drop;
                const bScore = base ? metricOf(base, key) : null;
                if (base && bScore !== null) {
                    const bSe = metricOf(base, `${key}_se`);
                    const known = [se, bSe].filter((x) => x !== null);
                    const allowed = known.length > 0 ? Math.sqrt(known.reduce((a, x) => a + x * x, 0)) : t.eval_regression_min_drop;
                    const drop = bScore - score;
                    Object.assign(evidence, {
                        baseline_cell: base.cell_id,
                        baseline_score: r(bScore),
                        baseline_score_se: bSe,
                        drop: r(drop),
                        allowed_drop: r(allowed),
                        allowed_drop_basis: known.length > 0 ? 'standard error of the difference' : 'eval_regression_min_drop',
                    });
                    if (drop > allowed) {
                        conditions.push('drop_vs_baseline');
                        reasons.push(`${score.toFixed(3)} vs ${bScore.toFixed(3)} in the baseline, a drop of ${drop.toFixed(3)} beyond ${known.length > 0 ? `the standard error ${allowed.toFixed(3)}` : `the ${t.eval_regression_min_drop} minimum`}`);
                    }
                }
                const pass = passBy.get(task.toLowerCase());
                if (pass !== undefined) {
                    evidence.pass_threshold = pass;
                    evidence.passes = score >= pass;
                    if (score < pass) {
                        conditions.push('below_pass_threshold');
                        reasons.push(`${score.toFixed(3)} below the pass threshold ${pass}`);
                        thresholdName = `eval_thresholds.${task}`;
                        threshold = pass;
                    }
                }
                if (conditions.length === 0)
                    continue;
                out.push({
                    code: 'eval_regression',
                    severity: 'warning',
                    message: `Cell ${c.cell_id} ${task} score regressed: ${reasons.join('; ')}.`,
                    cell_id: c.cell_id,
                    evidence: {
                        conditions,
                        ...evidence,
                        threshold_name: thresholdName,
                        threshold,
                        files: cellFiles(c),
                    },
                });
            }
        }
        return out;
    },
};

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
    evalRegression,
];

// EXTERNAL MODULE: ./src/core/price-table.ts
var price_table = __webpack_require__(93091);
;// CONCATENATED MODULE: ./src/core/cost.ts
/**
 * The inferguard-cost/v1 block, per cell and for the run (ANALYZER.md "Cost", INPUTS.md §10).
 * Pure: cells and cost inputs in, blocks and findings out.
 *
 * - Price per GPU-hour: `--gpu-hour-cost` for every cell, or the price table's rate for the cell's
 *   hardware. A hardware with no price gets a `metrics_unavailable` warning and null costs, never 0.
 * - GPUs: `--gpus`, else topology `gpus`, else `num_prefill_gpu + num_decode_gpu`, else
 *   prefill/decode workers × tp, else tp × pp (× dp when given).
 * - gpu_hours = duration_seconds × gpus / 3600; compute_cost = gpu_hours × price.
 * - Per completed unit: compute_cost / completed sessions (when sessions are known) and / completed
 *   requests; `completion_basis` is session-based when sessions are known.
 * - Per million tokens: compute_cost / (tokens / 1e6) when the run's duration and token totals are
 *   known; else from throughput: price × GPUs / 3600 / (absolute tok/s) × 1e6, where absolute
 *   output tok/s is `output_tput_tps`, else `output_tput_per_gpu` × decode GPUs in multi-node
 *   (× all GPUs when there are no decode GPUs) or × GPUs single-node (INPUTS.md §10).
 * - Run level: sums of GPU-hours, compute cost and completed units over the cells, and per-unit
 *   costs from those sums (over the cells where both are known), never an average of ratios.
 */



function topoInt(cell, key) {
    const v = (0,parse/* toInt */.RI)(cell.topology[key]);
    return v !== null && v >= 0 ? v : null;
}
/** GPUs serving a cell, from its topology (override not applied). */
function gpusFromTopology(cell) {
    const g = topoInt(cell, 'gpus');
    if (g !== null && g > 0)
        return { gpus: g, source: 'topology.gpus' };
    const p = topoInt(cell, 'num_prefill_gpu');
    const d = topoInt(cell, 'num_decode_gpu');
    if (p !== null && d !== null && p + d > 0)
        return { gpus: p + d, source: 'num_prefill_gpu + num_decode_gpu' };
    const pw = topoInt(cell, 'prefill_num_workers');
    const ptp = topoInt(cell, 'prefill_tp');
    const dw = topoInt(cell, 'decode_num_workers');
    const dtp = topoInt(cell, 'decode_tp');
    if (pw !== null && ptp !== null && dw !== null && dtp !== null && pw * ptp + dw * dtp > 0) {
        return { gpus: pw * ptp + dw * dtp, source: 'prefill/decode workers × tp' };
    }
    const tp = topoInt(cell, 'tp');
    if (tp !== null && tp > 0) {
        const pp = topoInt(cell, 'pp') ?? 1;
        const dp = topoInt(cell, 'dp') ?? 1;
        return { gpus: tp * Math.max(pp, 1) * Math.max(dp, 1), source: 'tp × pp × dp' };
    }
    return { gpus: null, source: null };
}
function isMultinode(cell) {
    return cell.is_multinode === true || topoInt(cell, 'num_decode_gpu') !== null;
}
/**
 * Absolute tokens/s of a cell by direction. `gpus` is the measured GPU count (topology, not the
 * price override): per-GPU throughput is per GPU of the measured setup.
 */
function absoluteTokensPerSec(cell, dir, gpus) {
    const abs = metricOf(cell, `${dir}_tput_tps`);
    if (abs !== null)
        return abs;
    const perGpu = metricOf(cell, dir === 'total' ? 'tput_per_gpu' : `${dir}_tput_per_gpu`);
    if (perGpu === null)
        return null;
    if (dir !== 'total' && isMultinode(cell)) {
        const pool = topoInt(cell, dir === 'output' ? 'num_decode_gpu' : 'num_prefill_gpu');
        if (pool !== null && pool > 0)
            return perGpu * pool;
    }
    return gpus === null ? null : perGpu * gpus;
}
/** Whether a cell measured serving performance at all (eval-only and timeline-only cells have no cost). */
function hasPerformanceData(cell) {
    return Object.keys(cell.metrics).some((k) => !k.startsWith('eval_') && cell.metrics[k] !== null);
}
function div(a, b) {
    return a === null || b === null || b <= 0 ? null : a / b;
}
function intOrNull(v) {
    return v !== null && Number.isInteger(v) && v >= 0 ? v : null;
}
function priceOf(cell, inputs) {
    if (inputs.gpuHourCost !== undefined && inputs.gpuHourCost !== null)
        return { rate: inputs.gpuHourCost, source: '--gpu-hour-cost', sku: null };
    if (inputs.priceTable) {
        const hit = (0,price_table/* lookupPrice */.QZ)(inputs.priceTable, cell.hardware);
        return hit
            ? { rate: hit.rate, source: `${inputs.priceTable.source}:${hit.key}`, sku: hit.sku }
            : { rate: null, source: inputs.priceTable.source, sku: null };
    }
    return { rate: null, source: 'none', sku: null };
}
function costDetail(cell, inputs) {
    const findings = [];
    const topo = gpusFromTopology(cell);
    const override = inputs.gpus ?? null;
    const gpus = override ?? topo.gpus;
    const measuredGpus = topo.gpus ?? override;
    const price = priceOf(cell, inputs);
    const duration = metricOf(cell, 'duration_seconds');
    const inputTokens = metricOf(cell, 'total_input_tokens');
    const outputTokens = metricOf(cell, 'total_output_tokens');
    const absIn = absoluteTokensPerSec(cell, 'input', measuredGpus);
    const absOut = absoluteTokensPerSec(cell, 'output', measuredGpus);
    const absTotal = absoluteTokensPerSec(cell, 'total', measuredGpus);
    if (price.rate === null && inputs.priceTable) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `The price table ${inputs.priceTable.source} has no price for hardware '${cell.hardware ?? 'unknown'}' of cell ${cell.cell_id}, so its cost is unknown.`,
            cell_id: cell.cell_id,
            evidence: {
                kind: 'cost_price_missing',
                hardware: cell.hardware,
                price_table: inputs.priceTable.source,
                priced_skus: Object.keys(inputs.priceTable.rates),
            },
        });
    }
    if (gpus === null) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `Cell ${cell.cell_id} has no GPU count in its topology and --gpus was not given, so its cost is unknown.`,
            cell_id: cell.cell_id,
            evidence: { kind: 'cost_gpus_unknown', topology_keys: Object.keys(cell.topology).sort() },
        });
    }
    if (duration === null && absOut === null && absIn === null && absTotal === null) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `Cell ${cell.cell_id} has neither a measured duration nor a throughput, so cost per unit cannot be computed.`,
            cell_id: cell.cell_id,
            evidence: {
                kind: 'cost_inputs_missing',
                needs: ['duration_seconds', 'output_tput_tps', 'output_tput_per_gpu', 'tput_per_gpu'],
            },
        });
    }
    const gpuHours = duration !== null && gpus !== null ? (duration * gpus) / 3600 : null;
    const computeCost = gpuHours !== null && price.rate !== null ? gpuHours * price.rate : null;
    const costPerSecond = price.rate !== null && gpus !== null ? (price.rate * gpus) / 3600 : null;
    const sessions = intOrNull((0,parse/* toNumber */.Ro)(cell.completion.sessions_completed));
    const requests = intOrNull((0,parse/* toNumber */.Ro)(cell.completion.num_requests_successful));
    const fromTokens = computeCost !== null;
    const perM = (tokens, abs) => {
        if (fromTokens)
            return div(computeCost, tokens === null ? null : tokens / 1e6);
        const perTok = div(costPerSecond, abs);
        return perTok === null ? null : perTok * 1e6;
    };
    const perMIn = perM(inputTokens, absIn);
    const perMOut = perM(outputTokens, absOut);
    const perMTotal = perM(inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null, absTotal);
    const block = {
        schema_version: 'inferguard-cost/v1',
        currency: inputs.currency,
        duration_seconds: duration,
        gpus,
        gpu_hours: gpuHours,
        gpu_hour_cost: price.rate,
        compute_cost: computeCost,
        completed_sessions: sessions,
        completed_requests: requests,
        completion_basis: sessions !== null ? 'session-based' : 'request-based',
        cost_per_completed_session: sessions !== null ? div(computeCost, sessions) : null,
        cost_per_completed_request: div(computeCost, requests),
        cost_per_million_input_tokens: perMIn,
        cost_per_million_output_tokens: perMOut,
        cost_per_million_total_tokens: perMTotal,
        per_token_basis: perMIn !== null || perMOut !== null || perMTotal !== null
            ? fromTokens
                ? 'duration and token totals'
                : 'throughput'
            : null,
        gpus_source: override !== null ? '--gpus' : topo.source,
        price_source: price.source,
        hardware_sku: price.sku,
    };
    return { detail: { cell, block, costPerSecond, absIn, absOut, inputTokens, outputTokens }, findings };
}
function sum(values) {
    const known = values.filter((v) => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}
/** Cost blocks of every cell with performance data, the run-level block, and the findings. */
function computeCosts(cells, inputs) {
    const details = [];
    const findings = [];
    const out = new Map();
    for (const c of [...cells].sort((a, b) => (a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0))) {
        if (!hasPerformanceData(c))
            continue;
        const { detail, findings: f } = costDetail(c, inputs);
        details.push(detail);
        findings.push(...f);
        out.set(c.cell_id, detail.block);
    }
    return { cells: out, run: details.length === 0 ? null : runBlock(details, inputs), findings };
}
function runBlock(details, inputs) {
    const costed = details.filter((d) => d.block.compute_cost !== null);
    const computeCost = sum(costed.map((d) => d.block.compute_cost));
    const ratio = (pick, scale = 1) => {
        const both = costed.filter((d) => pick(d) !== null);
        const c = sum(both.map((d) => d.block.compute_cost));
        const u = sum(both.map(pick));
        return div(c, u === null ? null : u / scale);
    };
    const sessionCells = costed.filter((d) => d.block.completed_sessions !== null);
    // Tokens: from totals where durations exist; otherwise per-second price over per-second tokens.
    const tokenRatio = (tokens, abs) => {
        const fromTotals = ratio(tokens, 1e6);
        if (fromTotals !== null)
            return [fromTotals, 'sums of compute cost and token totals'];
        const rated = details.filter((d) => d.costPerSecond !== null && abs(d) !== null);
        const perTok = div(sum(rated.map((d) => d.costPerSecond)), sum(rated.map(abs)));
        return perTok === null ? [null, null] : [perTok * 1e6, 'sums of price per second and tokens per second'];
    };
    const [perMIn, basisIn] = tokenRatio((d) => d.inputTokens, (d) => d.absIn);
    const [perMOut, basisOut] = tokenRatio((d) => d.outputTokens, (d) => d.absOut);
    const gpusSet = new Set(details.map((d) => d.block.gpus));
    const rates = new Set(details.map((d) => d.block.gpu_hour_cost).filter((r) => r !== null));
    const allSessions = costed.length > 0 && sessionCells.length === costed.length;
    return {
        schema_version: 'inferguard-cost/v1',
        currency: inputs.currency,
        duration_seconds: sum(costed.map((d) => d.block.duration_seconds)),
        gpus: gpusSet.size === 1 ? ([...gpusSet][0] ?? null) : null,
        gpu_hours: sum(details.map((d) => d.block.gpu_hours)),
        gpu_hour_cost: rates.size === 1 ? ([...rates][0] ?? null) : null,
        compute_cost: computeCost,
        completed_sessions: sum(details.map((d) => d.block.completed_sessions)),
        completed_requests: sum(details.map((d) => d.block.completed_requests)),
        completion_basis: allSessions ? 'session-based' : 'request-based',
        cost_per_completed_session: ratio((d) => d.block.completed_sessions),
        cost_per_completed_request: ratio((d) => d.block.completed_requests),
        cost_per_million_input_tokens: perMIn,
        cost_per_million_output_tokens: perMOut,
        per_token_basis: basisOut ?? basisIn,
        cells: details.length,
        cells_with_compute_cost: costed.length,
    };
}

// EXTERNAL MODULE: ./src/core/stats.ts
var stats = __webpack_require__(38796);
;// CONCATENATED MODULE: ./src/core/phase-metrics.ts
/**
 * Phase metrics per cell (seed 004 `PhaseMetrics`), from per-request sample sketches: for each
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
    const s = (0,stats/* summarizeSorted */.BX)(v);
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
        iqr: (0,stats/* percentileSorted */.vS)(v, 75) - (0,stats/* percentileSorted */.vS)(v, 25),
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

;// CONCATENATED MODULE: ./src/core/bottleneck.ts
/**
 * Descriptive bottleneck classification of a cell (seed 004 `BottleneckClassification`, without
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
function bottleneck_pct(sk, p) {
    if (!sk || sk.values.length === 0)
        return null;
    return (0,stats/* percentileSorted */.vS)(sk.values, p);
}
function isDisaggregated(cell) {
    const t = cell.topology;
    return (cell.timelineData !== undefined || t.disagg === true || t.disagg === 'true' || typeof t.num_decode_gpu === 'number');
}
/** Classification of a cell, or null when the cell has no per-request samples. */
function classifyBottleneck(cell) {
    const s = cell.samples;
    if (!s || (!s.ttft_s && !s.e2el_s))
        return null;
    const indicators = {};
    const scores = {};
    const evidence = [];
    let groups = 0;
    let applicable = 3;
    const ttft50 = bottleneck_pct(s.ttft_s, 50) ?? metricOf(cell, 'p50_ttft');
    const ttft99 = bottleneck_pct(s.ttft_s, 99) ?? metricOf(cell, 'p99_ttft');
    const e2el50 = bottleneck_pct(s.e2el_s, 50) ?? metricOf(cell, 'p50_e2el');
    if (ttft50 !== null && e2el50 !== null && e2el50 > 0) {
        groups++;
        const share = Math.min(1, ttft50 / e2el50);
        indicators.ttft_share_of_e2el = (0,parse/* roundStable */.O6)(share);
        scores['prefill-bound'] = clamp01((share - 0.3) / 0.4);
        scores['decode-bound'] = clamp01((1 - share - 0.3) / 0.4);
        evidence.push(`p50 TTFT ${ttft50.toFixed(3)} s is ${(share * 100).toFixed(1)}% of p50 end-to-end latency ${e2el50.toFixed(3)} s`);
    }
    if (ttft50 !== null && ttft99 !== null && ttft50 > 0) {
        groups++;
        const tail = ttft99 / ttft50;
        indicators.ttft_p99_over_p50 = (0,parse/* roundStable */.O6)(tail);
        scores['queue-bound'] = clamp01((tail - 2) / 3);
        evidence.push(`p99 TTFT is ${tail.toFixed(2)}× its median`);
    }
    const kv = metricOf(cell, 'kv_cache_usage_p95');
    const pre = metricOf(cell, 'preemptions');
    if (kv !== null || pre !== null) {
        groups++;
        let score = 0;
        if (kv !== null) {
            indicators.kv_cache_usage_p95 = (0,parse/* roundStable */.O6)(kv);
            score = clamp01((kv - 0.8) / 0.15);
            evidence.push(`GPU KV cache usage p95 ${(kv * 100).toFixed(1)}%`);
        }
        if (pre !== null) {
            indicators.preemptions = pre;
            if (pre > 0) {
                score = Math.max(score, 0.75);
                evidence.push(`${pre} preemption(s)`);
            }
        }
        scores['kv-bound'] = score;
    }
    if (isDisaggregated(cell)) {
        applicable++;
        if (cell.timelineData && cell.timelineData.samples.length > 0) {
            groups++;
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
            indicators.transfer_problem_sample_share = (0,parse/* roundStable */.O6)(frac);
            scores['transfer-bound'] = clamp01(frac * 2);
            if (frac > 0)
                evidence.push(`${(frac * 100).toFixed(0)}% of live samples show KV-transfer stalls or errors`);
        }
    }
    const ranked = BOTTLENECK_CATEGORIES.filter((c) => scores[c] !== undefined)
        .map((c, i) => ({ c, s: scores[c], i }))
        .sort((a, b) => b.s - a.s || a.i - b.i);
    const top = ranked[0];
    const primary = top && top.s >= PRIMARY_MIN ? top.c : 'unknown';
    const secondary = ranked.filter((x) => x.c !== primary && x.s >= SECONDARY_MIN).map((x) => x.c);
    const coverage = groups / applicable;
    const roundedScores = {};
    for (const c of BOTTLENECK_CATEGORIES)
        if (scores[c] !== undefined)
            roundedScores[c] = (0,parse/* roundStable */.O6)(scores[c]);
    return {
        primary,
        secondary,
        confidence: primary === 'unknown' || !top ? 0 : (0,parse/* roundStable */.O6)(top.s * coverage),
        indicators,
        scores: roundedScores,
        evidence,
    };
}

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
        const k = (0,identity/* familyKey */.Q5)(c, c.topology);
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
    const fragments = input.adapterResults.flatMap((r) => r.fragments);
    const merged = mergeFragments(fragments);
    const { cells, findings: idFindings } = assignIds(merged.cells);
    cells.sort((a, b) => (a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0));
    // Timelines attach to the cells whose fragments share their folder.
    const runFindings = [...idFindings, ...merged.findings, ...input.scanFindings];
    const timelineFiles = [];
    for (const r of input.adapterResults) {
        for (const t of r.timelines ?? []) {
            timelineFiles.push(t.file);
            let owners = cells.filter((c) => (c.fragment_dirs ?? []).includes(t.dir));
            if (owners.length === 0) {
                owners = cells.filter((c) => (c.fragment_dirs ?? []).some((d) => d.startsWith(`${t.dir}/`)));
            }
            if (owners.length === 0) {
                // A timeline with no benchmark cell next to it still gets a home, so its findings count.
                const cell = {
                    cell_id: t.dir || '.',
                    source_format: 'unknown',
                    ...(0,identity/* emptyIdentity */.gL)(),
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
                    fragment_dirs: [t.dir],
                };
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
    cells.sort((a, b) => (a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0));
    // Findings from adapters carry cell_id null; they belong to their cell now.
    for (const c of cells)
        for (const f of c.findings)
            f.cell_id = c.cell_id;
    // Seed 004 phase metrics, from per-request samples (descriptive scalars).
    for (const c of cells) {
        const phase = computePhaseMetrics(c);
        if (Object.keys(phase).length > 0)
            c.metrics = { ...c.metrics, ...phase };
    }
    const families = buildFamilies(cells);
    const expectations = input.adapterResults.flatMap((r) => r.expectations ?? []);
    const ctx = {
        cells,
        families,
        thresholds: input.thresholds,
        baseline: input.baseline ?? null,
        expectations,
        timelineFiles,
        costRequested: input.costRequested ?? input.cost !== undefined,
        evalThresholds: input.evalThresholds ?? {},
    };
    const byId = new Map(cells.map((c) => [c.cell_id, c]));
    for (const rule of FINDING_RULES) {
        for (const f of rule.evaluate(ctx)) {
            const cell = f.cell_id !== null ? byId.get(f.cell_id) : undefined;
            if (cell)
                cell.findings.push(f);
            else
                runFindings.push(f);
        }
    }
    runFindings.push(...input.adapterResults.flatMap((r) => r.findings));
    // A re-derived timeline finding replaces the copy the timeline carried (one per code per cell).
    for (const c of cells)
        c.findings = dropReplacedCarried(c.findings);
    let runCost;
    if (input.cost) {
        const cost = computeCosts(cells, input.cost);
        for (const c of cells) {
            const block = cost.cells.get(c.cell_id);
            if (block)
                c.cost = block;
        }
        for (const f of cost.findings) {
            const cell = f.cell_id !== null ? byId.get(f.cell_id) : undefined;
            if (cell)
                cell.findings.push(f);
            else
                runFindings.push(f);
        }
        if (cost.run)
            runCost = cost.run;
    }
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
            c.timeline = buildTimelineBlock(c, {
                thresholds: input.thresholds,
                curveTtftCliff: cliffTimelines.has(c.timelineData.file) || (fam !== undefined && cliffFamilies.has(fam)),
            });
        }
    }
    const allFindings = [...cells.flatMap((c) => c.findings), ...runFindings].sort(order/* compareFindings */.Eg);
    const manifest = buildManifest(input, cells);
    const summary = {
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
    return {
        schema_version: 'inferguard-analyze/v1',
        generated_at: input.generatedAt,
        input_root: input.inputRoot,
        analyzer: {
            inferguard_version: input.version,
            capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
        },
        run_summary: summary,
        cells,
        cross_run: buildCrossRun(families, input.thresholds),
        findings: allFindings,
        artifact_manifest: manifest,
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


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87239);
/**
 * The analyzer settings and their defaults, apart from the config-file parser (src/core/config.ts),
 * so a run without --config never loads the YAML parser.
 */

function defaultConfig() {
    return { thresholds: { ..._thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLDS */ .J }, compare: {}, cost: {}, gates: [], eval_thresholds: {} };
}


/***/ }),

/***/ 8642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ mergeFindings),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
/**
 * The one finding order and the one merge of head findings with baseline-rule findings.
 */

/** Finding order: severity desc, cell_id (run-level first), code, message. */
function compareFindings(a, b) {
    const s = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] - _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity];
    if (s !== 0)
        return s;
    const ca = a.cell_id ?? '';
    const cb = b.cell_id ?? '';
    if (ca !== cb)
        return ca < cb ? -1 : 1;
    if (a.code !== b.code)
        return a.code < b.code ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
/**
 * Head-report findings plus the baseline findings (compare.json) the head does not already carry:
 * a baseline finding is dropped when the head has one with the same code and cell_id (the head's
 * finding names every condition met). Sorted like compareFindings.
 */
function mergeFindings(headFindings, diffFindings) {
    const seen = new Set(headFindings.map((f) => `${f.code}\u0000${f.cell_id ?? ''}`));
    const extra = diffFindings.filter((f) => !seen.has(`${f.code}\u0000${f.cell_id ?? ''}`));
    return [...headFindings, ...extra].sort(compareFindings);
}
function countBySeverity(findings) {
    const out = { critical: 0, warning: 0, info: 0 };
    for (const f of findings)
        out[f.severity]++;
    return out;
}


/***/ }),

/***/ 54845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ baselineLookup),
/* harmony export */   Q5: () => (/* binding */ familyKey),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   gL: () => (/* binding */ emptyIdentity),
/* harmony export */   nD: () => (/* binding */ identityKeyObject)
/* harmony export */ });
/* unused harmony exports TOPOLOGY_KEY_FIELDS, topologyKey */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
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

/***/ 53010:
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

/***/ 91896:
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

/***/ 93091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ lookupPrice),
/* harmony export */   W6: () => (/* binding */ parsePriceTableText)
/* harmony export */ });
/* unused harmony exports KNOWN_SKUS, normalizeSkuText, skuOf, parsePriceTable */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91896);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/**
 * `--price-table FILE`: hardware → price per GPU-hour (INPUTS.md §10, the InferGuard cost-input
 * shapes). A JSON object with optional `currency` (default USD), optional `note`/`source_note`,
 * and rates keyed by SKU in `rates_usd_per_gpu_hour`, `rates`, `skus`, or at the top level
 * (`{"H200": 4.0}`). A rate is a number or `{usd_per_gpu_hour | usd_per_hour | per_gpu_hour_usd}`.
 *
 * Keys are case-insensitive: a key (and a cell's hardware) is upper-cased, `-` and spaces become
 * `_`, and the first of GB300, GB200, B300, B200, H200, H100 found in it is its SKU (so
 * `h200-dgxc`, `H200_SXM` and `cluster:h200` all price as H200). Keys naming none of these
 * (MI300X, MI355X, RTX6000…) match a hardware with the same normalised name. Pure: text in,
 * table out; an input with no usable rate is a UsageError.
 */


/** Checked in this order: GB300 before B300, GB200 before B200 (substring matches). */
const KNOWN_SKUS = ['GB300', 'GB200', 'B300', 'B200', 'H200', 'H100'];
const RATE_CONTAINERS = ['rates_usd_per_gpu_hour', 'rates', 'skus'];
const META_KEYS = new Set(['currency', 'note', 'source_note', 'schema_version', ...RATE_CONTAINERS]);
const RATE_FIELDS = ['usd_per_gpu_hour', 'usd_per_hour', 'per_gpu_hour_usd'];
/** Upper-cases, turns `-` and spaces into `_`. */
function normalizeSkuText(s) {
    return s
        .trim()
        .toUpperCase()
        .replace(/[-\s]+/g, '_');
}
/** The SKU a hardware name or table key stands for: a known SKU found in it, else its normalised text. */
function skuOf(name) {
    const n = normalizeSkuText(name);
    for (const k of KNOWN_SKUS)
        if (n.includes(k))
            return k;
    return n;
}
function rateOf(v) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v)) {
        for (const f of RATE_FIELDS) {
            const n = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v[f]);
            if (n !== null)
                return n;
        }
        return null;
    }
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v);
}
/**
 * Parses a price table object. `name` is used in messages. Throws UsageError when the value is
 * not an object, a rate is not a positive number, two keys give one SKU different prices, or no
 * usable rate is present.
 */
function parsePriceTable(value, name) {
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name} must be a JSON object mapping hardware to a price per GPU-hour`);
    const entries = [];
    for (const c of RATE_CONTAINERS) {
        const box = value[c];
        if (box === undefined)
            continue;
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(box))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: '${c}' must be an object of hardware → price per GPU-hour`);
        for (const k of Object.keys(box).sort())
            entries.push([k, box[k]]);
    }
    for (const k of Object.keys(value).sort()) {
        if (META_KEYS.has(k))
            continue;
        entries.push([k, value[k]]);
    }
    const rates = {};
    const keys = {};
    for (const [k, v] of entries) {
        const rate = rateOf(v);
        if (rate === null || rate <= 0) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: the price of '${k}' must be a positive number (or {"usd_per_gpu_hour": N}), got ${JSON.stringify(v)}`);
        }
        const sku = skuOf(k);
        if (sku === '')
            continue;
        const prev = rates[sku];
        if (prev !== undefined && prev !== rate) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: '${keys[sku]}' and '${k}' both price ${sku}, at ${prev} and ${rate}`);
        }
        rates[sku] = rate;
        keys[sku] ??= k;
    }
    if (Object.keys(rates).length === 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name} has no usable rate (expected e.g. {"H200": 4.0} or {"rates_usd_per_gpu_hour": {"H200": 4.0}})`);
    }
    const currency = value.currency === undefined ? 'USD' : value.currency;
    if (typeof currency !== 'string' || currency.trim() === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: 'currency' must be a non-empty string, got ${JSON.stringify(currency)}`);
    }
    const note = typeof value.note === 'string' ? value.note : typeof value.source_note === 'string' ? value.source_note : null;
    const sortedRates = {};
    const sortedKeys = {};
    for (const k of Object.keys(rates).sort()) {
        sortedRates[k] = rates[k];
        sortedKeys[k] = keys[k];
    }
    return { currency: currency.trim(), rates: sortedRates, keys: sortedKeys, note, source: name };
}
/** Parses price table text (JSON). A syntax error is a UsageError naming the file. */
function parsePriceTableText(text, name) {
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name} is not valid JSON (${e.message.split('\n')[0]})`);
    }
    return parsePriceTable(value, name);
}
/** Price per GPU-hour of a hardware name, with the SKU it matched; null when the table has none. */
function lookupPrice(table, hardware) {
    if (hardware === null || hardware.trim() === '')
        return null;
    const sku = skuOf(hardware);
    const rate = table.rates[sku];
    if (rate === undefined)
        return null;
    return { rate, sku, key: table.keys[sku] };
}


/***/ }),

/***/ 31936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ sortKeys)
/* harmony export */ });
/**
 * A copy of an object with its keys in sorted order (the order JSON.stringify writes them).
 * Built with Object.fromEntries: the same keys, values and order as assigning them one by one,
 * but V8 keeps such objects in fast mode, while 16+ keyed assignments turn an object into a
 * dictionary (slower to read, copy and stringify: every cell's metrics object is one).
 * A `__proto__` key keeps the assignment semantics (it sets the prototype, it is no own key).
 */
function sortKeys(o) {
    const keys = Object.keys(o).sort();
    if (keys.includes('__proto__')) {
        const out = {};
        for (const k of keys)
            out[k] = o[k];
        return out;
    }
    return Object.fromEntries(keys.map((k) => [k, o[k]]));
}


/***/ }),

/***/ 38796:
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

/***/ 89393:
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

/***/ 87239:
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

/***/ 92402:
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
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91896);
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

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ IDENTITY_FIELDS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   f2: () => (/* binding */ FINDING_CODES),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export SOURCE_FORMATS */
const SEVERITIES = ['info', 'warning', 'critical'];
/** The inferguard-analyze/v1 finding-code enum, spelled exactly as in the schema. */
const FINDING_CODES = [
    'missing_required_artifact',
    'invalid_run_no_successful_requests',
    'partial_run',
    'metrics_unavailable',
    'ttft_cliff',
    'tpot_degradation',
    'throughput_plateau',
    'kv_pressure',
    'kv_offload_thrash',
    'prefix_cache_regression',
    'prefill_decode_imbalance',
    'kv_transfer_stall',
    'kv_transfer_errors_present',
    'endpoint_unreachable',
    'engine_unidentified',
    'eval_regression',
];
const SOURCE_FORMATS = (/* unused pure expression or super */ null && ([
    'inferencex-static',
    'inferencex-srt-slurm',
    'agentx-trace-replay',
    'inferguard-bench-native',
    'eval',
    'mixed',
    'unknown',
]));
const IDENTITY_FIELDS = [
    'hardware',
    'model',
    'framework',
    'precision',
    'scenario_type',
    'is_multinode',
    'recipe_name',
    'isl',
    'osl',
    'concurrency',
];
/** Raised for bad configuration or usage: the CLI prints one line and exits 3. */
class UsageError extends Error {
    name = 'UsageError';
}
const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 };


/***/ }),

/***/ 94311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeOutputDir: () => (/* binding */ analyzeOutputDir),
  v: () => (/* binding */ displayRoot),
  readResultsDir: () => (/* binding */ readResultsDir)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/analyze.ts + 24 modules
var analyze = __webpack_require__(66155);
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

// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(53010);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(91896);
;// CONCATENATED MODULE: ./src/sources/types.ts
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
 * GPUs serving the cell: single node tp×pp×pcp_size (dcp_size does not multiply, InferenceX
 * docs/results-and-ingestion.md); multi-node num_prefill_gpu + num_decode_gpu, else workers×tp.
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

// EXTERNAL MODULE: ./src/core/sort-keys.ts
var sort_keys = __webpack_require__(31936);
;// CONCATENATED MODULE: ./src/sources/inferencex-common.ts
/**
 * Shared pieces of the two InferenceX fixed-length adapters (formats/INPUTS.md §1–§4, §9, §12):
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
const STATIC_RF = /^(?<exp>.+?)_(?<precision>[a-z0-9]+)_(?<framework>[a-z0-9][a-z0-9.-]*)_tp(?<tp>\d+)-pp(?<pp>\d+)-dcp(?<dcp>\d+)-pcp(?<pcp>\d+)-ep(?<ep>\d+)-dpa(?<dpa>true|false)_disagg-(?<disagg>true|false)_spec-(?<spec>[a-z0-9.-]+)_conc(?<conc>\d+)_(?<runner>.+?)(?:_recipe-(?<recipe>[0-9a-f]{16}))?$/i;
const WORKER = 'tp\\d+-pp\\d+-dcp\\d+-pcp\\d+-ep\\d+-dp(?:true|false)-nw\\d+';
const MULTI_RF = new RegExp(`^(?<exp>.+?)_(?<precision>[a-z0-9]+)_(?<framework>[a-z0-9][a-z0-9.-]*)_prefill-(?<prefill>${WORKER})_decode-(?<decode>${WORKER})_disagg-(?<disagg>true|false)_spec-(?<spec>[a-z0-9.-]+)_conc(?<concs>\\d+(?:x\\d+)*)_(?<runner>.+?)(?:_recipe-(?<recipe>[0-9a-f]{16}))?$`, 'i');
const WORKER_PARTS = /^tp(\d+)-pp(\d+)-dcp(\d+)-pcp(\d+)-ep(\d+)-dp(true|false)-nw(\d+)$/i;
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
                pp: Number(g.pp),
                dcp_size: Number(g.dcp),
                pcp_size: Number(g.pcp),
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
            topology[`${side}_pp`] = Number(w[2]);
            topology[`${side}_dcp_size`] = Number(w[3]);
            topology[`${side}_pcp_size`] = Number(w[4]);
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
/** Parses `<RF>_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]` (the stem, `agg_` removed). */
function parseSrtPointStem(stem, rfHint = null) {
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
    const li = parts.lastIndexOf('LOGS');
    if (li < 0 || li !== parts.length - 3)
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
// content checks (INPUTS.md §2)
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
const scanInferencex = perContext(scanUncached);
/** Owner of a file by its stem: srt-slurm point names end in `_conc<N>_gpus_<G>[…]`. */
function ownerByName(stem) {
    return POINT_SUFFIX.test(stem) ? 'srt' : 'static';
}
async function scanUncached(ctx) {
    const out = { aggregates: [], collected: [], raws: [], sidecars: [], unreadable: [], logs: [] };
    const paths = new Set(ctx.files.map((f) => f.path));
    for (const f of ctx.files) {
        const inLogs = f.path.startsWith('LOGS/') || f.path.includes('/LOGS/');
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
            if (parseLogsRawPath(f.path) === null)
                continue;
            owner = 'srt';
            logs = true;
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
 * form, INPUTS.md §3.2) → canonical stat, base and whether the value is in ms.
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
 * dropped (INPUTS.md §3.3); interactivity keeps mean/p50/p90/p99. Keys with `_ms` are converted to seconds; keys without are seconds.
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
const INTVTY_STATS = ['mean', 'p50', 'p90', 'p99'];
/** `<stat>_intvty = 1 / <stat>_tpot` (tok/s per user) for TPOT stats present and > 0 (the aggregate's own definition). */
function addIntvtyFromTpot(m) {
    for (const stat of INTVTY_STATS) {
        const t = m[`${stat}_tpot`];
        if (typeof t === 'number' && t > 0 && m[`${stat}_intvty`] === undefined)
            m[`${stat}_intvty`] = 1 / t;
    }
}
function isLatencyKey(k) {
    const us = k.indexOf('_');
    const base = k.slice(us + 1);
    return us > 0 && (metrics/* LATENCY_BASES */.yE.includes(base) || base === 'intvty');
}
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
const inferencex_common_numAt = (t, k) => (typeof t[k] === 'number' ? t[k] : null);

/**
 * The denominators of the three per-GPU throughputs (INPUTS.md §3.3, §4.2): single node all GPUs;
 * multi-node total → prefill+decode, output → decode GPUs (all when decode = 0), input → prefill GPUs.
 */
function perGpuDenominators(t, multinode) {
    const gpus = gpusOf(t, multinode);
    if (!multinode)
        return { total: gpus, output: gpus, input: gpus };
    const np = inferencex_common_numAt(t, 'num_prefill_gpu');
    const nd = inferencex_common_numAt(t, 'num_decode_gpu');
    return {
        total: gpus,
        output: nd !== null && nd > 0 ? nd : gpus,
        input: np !== null && np > 0 ? np : gpus,
    };
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
/** Joins an aggregate with its raw twin(s) and power sidecar into one fragment. */
function buildPointFragment(p) {
    const multinode = p.format === 'inferencex-srt-slurm';
    const agg = p.agg?.value ?? null;
    const raw = p.raws[0]?.value ?? null;
    const rf = p.fallback.rf;
    const point = p.fallback.point;
    const findings = [];
    // identity: the aggregate, else the raw plus the RF/file names (fallback only)
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
    // counts: raw completed / num_prompts, else the sidecar's completed (total unknown)
    const counts = unknownCounts();
    const window = (0,parse/* isRecord */.u4)(p.sidecar?.value.benchmark_window)
        ? p.sidecar?.value.benchmark_window
        : null;
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
    // metrics: the aggregate first (s), the raw fills gaps (ms → s)
    // latencyMetrics returns a fresh object: it is the metrics object (copying it into an empty one
    // gave the same keys in the same order, at ~40 property stores per file).
    const metrics = agg !== null ? latencyMetrics(agg) : {};
    if (agg !== null) {
        for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'input_tput_per_gpu']) {
            const v = (0,parse/* toNumber */.Ro)(agg[k]);
            if (v !== null)
                metrics[k] = v;
        }
        if ((0,parse/* toInt */.RI)(agg.power_valid) === 1 || agg.power_valid === true) {
            for (const k of POWER_METRICS) {
                const v = (0,parse/* toNumber */.Ro)(agg[k]);
                if (v !== null)
                    metrics[k] = v;
            }
        }
    }
    const noSuccess = counts.successful === 0;
    if (raw !== null) {
        if (!noSuccess) {
            const fromRaw = latencyMetrics(raw);
            addIntvtyFromTpot(fromRaw);
            for (const k of Object.keys(fromRaw))
                if (metrics[k] === undefined)
                    metrics[k] = fromRaw[k];
        }
        const total = (0,parse/* toNumber */.Ro)(raw.total_token_throughput);
        const output = (0,parse/* toNumber */.Ro)(raw.output_throughput);
        const input = (0,parse/* toNumber */.Ro)(raw.input_throughput) ?? (total !== null && output !== null ? total - output : null);
        const put = (k, v) => {
            if (v !== null)
                metrics[k] = v;
        };
        put('total_tput_tps', total);
        put('output_tput_tps', output);
        put('input_tput_tps', input);
        put('request_throughput_rps', (0,parse/* toNumber */.Ro)(raw.request_throughput));
        put('duration_seconds', (0,parse/* toNumber */.Ro)(raw.duration));
        put('total_input_tokens', (0,parse/* toNumber */.Ro)(raw.total_input_tokens));
        put('total_output_tokens', (0,parse/* toNumber */.Ro)(raw.total_output_tokens));
    }
    else if (window !== null) {
        const put = (k, v) => {
            if (v !== null)
                metrics[k] = v;
        };
        put('duration_seconds', (0,parse/* toNumber */.Ro)(window.reported_duration_s));
        put('total_input_tokens', (0,parse/* toNumber */.Ro)(window.total_input_tokens));
        put('total_output_tokens', (0,parse/* toNumber */.Ro)(window.total_output_tokens));
    }
    if (noSuccess) {
        // Every latency statistic of a run without a successful request is 0.0: not a measurement.
        for (const k of Object.keys(metrics))
            if (isLatencyKey(k))
                delete metrics[k];
    }
    const den = perGpuDenominators(topology, multinode);
    const pair = [
        ['total_tput_tps', 'tput_per_gpu', den.total],
        ['output_tput_tps', 'output_tput_per_gpu', den.output],
        ['input_tput_tps', 'input_tput_per_gpu', den.input],
    ];
    for (const [abs, perGpu, d] of pair) {
        if (d === null || d <= 0)
            continue;
        const a = metrics[abs];
        const g = metrics[perGpu];
        // per-GPU from the raw when the aggregate lacks it; absolute = per-GPU × its own denominator otherwise
        if (typeof a === 'number' && g === undefined)
            metrics[perGpu] = a / d;
        else if (typeof g === 'number' && a === undefined)
            metrics[abs] = g * d;
    }
    // artifacts, files, extras
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
    const frag = {
        source_format: p.format,
        explicit_id: explicitIdOf(agg),
        dir: p.dir,
        identity,
        topology: (0,sort_keys/* sortKeys */.d)(topology),
        artifacts: (0,sort_keys/* sortKeys */.d)(artifacts),
        counts,
        metrics: (0,sort_keys/* sortKeys */.d)(metrics),
        files: [...new Set(files)].sort(),
        findings,
    };
    if (Object.keys(extras).length > 0)
        frag.extras = (0,sort_keys/* sortKeys */.d)(extras);
    return frag;
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

;// CONCATENATED MODULE: ./src/sources/inferencex-static.ts
/**
 * InferenceX single-node fixed-length results (`inferencex-static`, formats/INPUTS.md §3).
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
    async collect(ctx) {
        const scan = await scanInferencex(ctx);
        const result = emptyResult();
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
        const keys = [...groups.keys()].sort();
        for (const key of keys) {
            const g = groups.get(key);
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
                continue;
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
 * InferenceX multi-node srt-slurm results (`inferencex-srt-slurm`, formats/INPUTS.md §4).
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
    async collect(ctx) {
        const scan = await scanInferencex(ctx);
        const result = emptyResult();
        const points = new Map();
        const point = (dir, stem) => {
            const key = `${dir}\u0000${stem}`;
            let p = points.get(key);
            if (!p) {
                p = { dir, stem, name: parseSrtPointStem(stem, folderRf(dir)), agg: null, raws: [], sidecar: null, bad: [] };
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
            return point(lp.base, rf !== null ? `${rf}${lp.suffix}` : inferencex_srt_slurm_stemOf(baseOf(path)));
        };
        for (const r of scan.raws)
            if (r.owner === 'srt' && r.logs)
                attachLogsCopy(r.file.path)?.raws.push(r);
        for (const u of badLogs)
            attachLogsCopy(u.file.path)?.bad.push(u);
        // Readable sources per point stem across folders (bmk_ vs power_audit_ copies).
        const readableByStem = new Map();
        for (const key of [...points.keys()].sort()) {
            const p = points.get(key);
            const src = p.agg?.file.path ?? p.raws[0]?.file.path;
            if (src !== undefined && !readableByStem.has(p.stem))
                readableByStem.set(p.stem, src);
        }
        // Logs: tarballs of `multinode_server_logs_<RF>/` go with every point of that RF; files under
        // `<base>/LOGS/` with the points of `<base>`.
        const rfOfPoint = (p) => p.name?.rf ?? folderRf(p.dir);
        const pointRfs = new Set([...points.values()].map(rfOfPoint).filter((x) => x !== null));
        const pointDirs = new Set([...points.values()].map((p) => p.dir));
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
        for (const key of [...points.keys()].sort()) {
            const p = points.get(key);
            p.raws.sort((a, b) => Number(a.logs) - Number(b.logs) || (a.file.path < b.file.path ? -1 : 1));
            for (const u of p.bad) {
                ctx.claim(u.file.path);
                result.manifest.push(manifestEntry(u.file.path, u.role, u.role !== 'power_validation', true));
                let other = null;
                if (u.role === 'aggregate')
                    other = p.raws[0]?.file.path ?? readableByStem.get(p.stem) ?? null;
                else if (u.role === 'raw_result')
                    other = p.raws[0]?.file.path ?? p.agg?.file.path ?? readableByStem.get(p.stem) ?? null;
                result.findings.push(unreadableFinding(u, other));
            }
            if (p.agg === null && p.raws.length === 0) {
                if (p.sidecar !== null) {
                    ctx.claim(p.sidecar.file.path);
                    result.manifest.push(manifestEntry(p.sidecar.file.path, 'power_validation', false, true));
                }
                continue;
            }
            const rfName = rfOfPoint(p);
            const rfInfo = rfName === null ? null : parseRf(rfName);
            const logs = logsFor(p);
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
            if (p.raws.length === 0 &&
                !p.bad.some((u) => u.role === 'raw_result') &&
                baseOf(p.dir).startsWith('power_audit_')) {
                result.manifest.push(manifestEntry(joinPath(p.dir, `${p.stem}.json`), 'raw_result', false, false));
            }
        }
        // Every log next to srt-slurm results is listed (claimed), attached or not.
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
/** `<base>` of a file under `<base>/LOGS/…`, else null. */
function logsBase(path) {
    if (path.startsWith('LOGS/'))
        return '';
    const i = path.indexOf('/LOGS/');
    return i < 0 ? null : path.slice(0, i);
}

// EXTERNAL MODULE: ./src/core/stats.ts
var stats = __webpack_require__(38796);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(54845);
;// CONCATENATED MODULE: ./src/sources/agentx-common.ts
/**
 * Shared pieces of the two AgentX adapters (formats/INPUTS.md §5): finding the AgentX aggregates
 * (`bmk_agentic_<RF>/<RF>.json`, no `agg_` prefix, `scenario_type == "agentic-coding"`), the
 * collected `agg_bmk.json` arrays that carry agentic rows, identity/topology from an aggregate,
 * latency ladders from per-request columns, and small path helpers.
 *
 * Canonical interactivity here is `<stat>_intvty = 1 / <stat>_tpot` (the static-aggregate
 * convention, INPUTS.md §3.3: `p99_intvty` is the slow tail), whatever the aggregate's own
 * `intvty` block says (v0.1 stores the per-request 1/itl distribution with the tails reversed).
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
/** Finds AgentX aggregates and agentic rows of collected arrays; memoised per context (both adapters use it). */
const scanAgentxJson = perContext(agentx_common_scanUncached);
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
            if (!read.ok || !Array.isArray(read.value))
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
        out.aggregates.push({ file: f, value: v, nested, rf, parent });
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
        concurrency: (0,parse/* toInt */.RI)(agg.conc),
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
    const offloading = agentx_common_lower(agg.offloading) ?? agentx_common_lower(agg.kv_offloading);
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
/** Adds `1 / <stat>_tpot` as `<stat>_intvty` for every tpot stat present and > 0. */
function addIntvty(m) {
    for (const stat of metrics/* LATENCY_STATS */.Ln) {
        const tpot = m[(0,metrics/* latencyKey */._I)(stat, 'tpot')];
        if (typeof tpot === 'number' && tpot > 0)
            m[`${stat}_intvty`] = 1 / tpot;
    }
}
/** Writes mean/p50/p90/p95/p99 of a summary under `<stat>_<base>`, plus `<base>_n`. */
function putLadder(m, base, s) {
    if (s.n === 0)
        return;
    m[(0,metrics/* latencyKey */._I)('mean', base)] = s.mean;
    m[(0,metrics/* latencyKey */._I)('p50', base)] = s.p50;
    m[(0,metrics/* latencyKey */._I)('p90', base)] = s.p90;
    m[(0,metrics/* latencyKey */._I)('p95', base)] = s.p95;
    m[(0,metrics/* latencyKey */._I)('p99', base)] = s.p99;
    m[`${base}_n`] = s.n;
}
/** Ladders and sketches of sorted per-request latency columns (seconds); tpot = itl. */
function latencyFromColumns(cols, metrics) {
    const samples = {};
    putLadder(metrics, 'ttft', cols.ttft.summary);
    putLadder(metrics, 'e2el', cols.e2el.summary);
    putLadder(metrics, 'itl', cols.itl.summary);
    putLadder(metrics, 'tpot', cols.itl.summary);
    if (cols.ttft.summary.n > 0)
        samples.ttft_s = cols.ttft.sketch;
    if (cols.e2el.summary.n > 0)
        samples.e2el_s = cols.e2el.sketch;
    if (cols.itl.summary.n > 0) {
        samples.itl_s = cols.itl.sketch;
        samples.tpot_s = { n: cols.itl.sketch.n, values: [...cols.itl.sketch.values] };
    }
    (0,stats/* putPercentileAccuracy */.y_)(metrics, [cols.ttft, cols.e2el, cols.itl]);
    return samples;
}
/** Per-GPU throughputs from absolute ones (null when the GPU count is unknown). */
function putPerGpu(m, gpus) {
    if (gpus === null || gpus <= 0)
        return;
    const div = (k, out) => {
        const v = m[k];
        if (typeof v === 'number')
            m[out] = v / gpus;
    };
    div('total_tput_tps', 'tput_per_gpu');
    div('input_tput_tps', 'input_tput_per_gpu');
    div('output_tput_tps', 'output_tput_per_gpu');
}
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
 * AgentX v0.1 trace replay (formats/INPUTS.md §5.1–5.5): source_format `agentx-trace-replay`,
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
/** Content check of a requests CSV header (INPUTS.md §2). */
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
        ttft: stats/* EMPTY_SAMPLE */.p6,
        e2el: stats/* EMPTY_SAMPLE */.p6,
        itl: stats/* EMPTY_SAMPLE */.p6,
        minStart: null,
        maxComplete: null,
        inputTokens: 0,
        outputTokens: 0,
        hitBlocks: null,
        missBlocks: null,
    };
}
/** Streams the requests CSV: counts, sessions and typed latency columns; no row objects kept. */
async function readRequestsCsv(ctx, path, header) {
    const missing = REQUESTS_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length > 0) {
        return { ...emptyRequests('header_error'), missing, message: `missing required column(s) ${missing.join(', ')}` };
    }
    const sessionCol = header.includes('user_id') ? 'user_id' : header.includes('trace_id') ? 'trace_id' : null;
    const hasIdx = header.includes('request_idx');
    const hasBlocks = header.includes('cache_hit_blocks') && header.includes('cache_miss_blocks');
    const ttft = new stats/* SampleColumn */.DZ();
    const e2el = new stats/* SampleColumn */.DZ();
    const itl = new stats/* SampleColumn */.DZ();
    const sessions = new Map();
    const r = emptyRequests('ok');
    let hit = 0;
    let miss = 0;
    const columns = [
        ...REQUESTS_REQUIRED_COLUMNS,
        'request_idx',
        'cache_hit_blocks',
        'cache_miss_blocks',
        ...(sessionCol !== null ? [sessionCol] : []),
    ];
    // Cursor column indexes, by name (a name not in `columns`, i.e. no session column, reads as absent).
    const at = (name) => (name === null ? -1 : columns.indexOf(name));
    const SUCCESS = at('success');
    const TTFT = at('ttft');
    const TTLT = at('ttlt');
    const ITL = at('itl');
    const START = at('request_start_time');
    const COMPLETE = at('request_complete_time');
    const INPUT = at('input_tokens');
    const OUTPUT = at('output_tokens_actual');
    const IDX = at('request_idx');
    const HIT = at('cache_hit_blocks');
    const MISS = at('cache_miss_blocks');
    const SESSION = at(sessionCol);
    try {
        await ctx.csvRows(path, { requiredColumns: REQUESTS_REQUIRED_COLUMNS, columns }, (cur) => {
            r.rows = cur.row;
            const ok = cur.bool(SUCCESS) === true;
            if (sessionCol !== null && hasIdx) {
                const key = cur.str(SESSION);
                const n = cur.num(IDX);
                const idx = n !== null && Number.isInteger(n) ? n : null;
                if (key !== null && idx !== null) {
                    const prev = sessions.get(key);
                    if (!prev)
                        sessions.set(key, { idx, ok });
                    else if (idx >= prev.idx) {
                        prev.idx = idx;
                        prev.ok = ok;
                    }
                }
            }
            if (!ok)
                return;
            r.successful++;
            const t = cur.num(TTFT);
            if (t !== null && t > 0)
                ttft.push(t);
            const e = cur.num(TTLT);
            if (e !== null && e > 0)
                e2el.push(e);
            const i = cur.num(ITL);
            if (i !== null && i > 0)
                itl.push(i);
            const start = cur.numBelow(START, r.minStart);
            if (start !== null && (r.minStart === null || start < r.minStart))
                r.minStart = start;
            const end = cur.numAbove(COMPLETE, r.maxComplete);
            if (end !== null && (r.maxComplete === null || end > r.maxComplete))
                r.maxComplete = end;
            r.inputTokens += cur.num(INPUT) ?? 0;
            r.outputTokens += cur.num(OUTPUT) ?? 0;
            if (hasBlocks) {
                hit += cur.num(HIT) ?? 0;
                miss += cur.num(MISS) ?? 0;
            }
        });
    }
    catch (e) {
        if (e instanceof CsvHeaderError) {
            return {
                ...emptyRequests('header_error'),
                missing: e.missing,
                message: `missing required column(s) ${e.missing.join(', ')}`,
            };
        }
        r.status = 'partial';
        r.errorRow = r.rows + 1;
        r.message = errorText(e, path);
    }
    if (sessionCol !== null && hasIdx && r.rows > 0) {
        r.sessionsTotal = sessions.size;
        let done = 0;
        for (const s of sessions.values())
            if (s.ok)
                done++;
        r.sessionsCompleted = done;
    }
    if (hasBlocks) {
        r.hitBlocks = hit;
        r.missBlocks = miss;
    }
    r.ttft = ttft.finish();
    r.e2el = e2el.finish();
    r.itl = itl.finish();
    return r;
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
    const kv = new stats/* NumberColumn */.oq();
    const hasCpu = header.includes('cpu_kv_cache_usage_pct');
    const cpu = new stats/* NumberColumn */.oq();
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
        if (e instanceof CsvHeaderError) {
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
        m.kv_cache_usage_p95 = (0,stats/* percentileSorted */.vS)(s.kvUsage, 95) / 100;
        m.kv_cache_usage_max = s.kvUsage[s.kvUsage.length - 1] / 100;
    }
    // 0.00 in every row means the metric does not exist (vLLM v1, SGLang): absent, not 0.
    m.cpu_kv_cache_usage_p95 =
        s.cpuKvUsage !== null && s.cpuKvUsage.length > 0 && !s.cpuKvAllZero
            ? (0,stats/* percentileSorted */.vS)(s.cpuKvUsage, 95) / 100
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
        put('mean', `mean_${base}`);
        put('p50', `median_${base}`);
        put('p90', `p90_${base}`);
        put('p95', `p95_${base}`);
        put('p99', `p99_${base}`);
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
    if (m.tput_per_gpu === undefined)
        putPerGpu(m, gpus);
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
    addIntvty(m);
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
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [] };
        const scan = await scanAgentxJson(ctx);
        const flat = scan.aggregates.filter((a) => !a.nested);
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
    return {
        source_format: 'agentx-trace-replay',
        source_variant: VARIANT_V01,
        explicit_id: explicitId(agg),
        dir,
        identity: agentx_common_identityFromAggregate(agg),
        topology,
        artifacts: { collected_aggregate: path },
        counts: aggregateCounts(agg, path, `row ${index} of a collected array`),
        metrics: cleanMetrics(metricsFromV01Aggregate(agg, gpus)),
        files: [path],
        findings: [],
        extras: { row_index: index },
    };
}
async function buildUnitFragment(ctx, unit, headers, result) {
    const findings = [];
    const files = [];
    const artifacts = {};
    const agg = unit.aggregate?.value ?? null;
    const aggPath = unit.aggregate?.file.path ?? null;
    const x = unit.x ?? (unit.rf !== null ? joinPath(unit.parent, `agentic_${unit.rf}`) : null);
    const expectedRequests = x !== null ? joinPath(x, `trace_replay/${REQUESTS_CSV}`) : null;
    const expectedServer = x !== null ? joinPath(x, SERVER_CSV) : null;
    if (aggPath !== null) {
        ctx.claim(aggPath);
        files.push(aggPath);
        artifacts.aggregate = aggPath;
        result.manifest.push(agentx_common_manifestEntry(aggPath, 'agentx_aggregate', true, true));
    }
    // Run metadata and the other files of the agentic_<RF> folder.
    let metadata = null;
    if (unit.x !== null) {
        const byPath = new Set(ctx.files.map((f) => f.path));
        for (const [rel, info] of Object.entries(AUX_FILES)) {
            const p = joinPath(unit.x, rel);
            if (!byPath.has(p) || ctx.isClaimed(p))
                continue;
            ctx.claim(p);
            result.manifest.push(agentx_common_manifestEntry(p, info.kind, false, true));
            const prev = artifacts[info.role];
            artifacts[info.role] =
                prev === undefined || prev === null ? p : [...(Array.isArray(prev) ? prev : [prev]), p].sort();
            if (rel === 'agentx_run_metadata.json') {
                const read = await ctx.readJson(p);
                if (read.ok && (0,parse/* isRecord */.u4)(read.value))
                    metadata = read.value;
                else if (!read.ok) {
                    findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${read.message}, so the AgentX run metadata was ignored.`, {
                        kind: 'unreadable_file',
                        file: p,
                        reason: read.reason,
                    }));
                }
            }
        }
    }
    // Requests CSV.
    let req = null;
    if (unit.requestsCsv) {
        const p = unit.requestsCsv.path;
        ctx.claim(p);
        files.push(p);
        artifacts.requests_csv = p;
        result.manifest.push(agentx_common_manifestEntry(p, 'agentx_requests_csv', true, true));
        const header = headers.get(p);
        if (header === undefined || header.every((c) => c === '')) {
            req = { ...emptyRequests('empty_file'), message: 'the file is empty' };
            findings.push(agentx_common_finding('missing_required_artifact', 'critical', `${p} is empty (no header), so the cell's requests cannot be counted from it.`, {
                kind: 'empty_file',
                file: p,
            }));
        }
        else {
            req = await readRequestsCsv(ctx, p, header);
            if (req.status === 'header_error') {
                findings.push(agentx_common_finding('missing_required_artifact', 'critical', `${p} lacks the required column(s) ${req.missing.join(', ')}, so the cell's requests cannot be counted from it.`, {
                    kind: 'missing_columns',
                    file: p,
                    missing_columns: req.missing,
                }));
            }
            else if (req.status === 'partial') {
                findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} does not parse at data row ${req.errorRow} (${req.message}); the ${req.rows} rows read before it are kept, so counts and latencies cover part of the run.`, {
                    kind: 'partial_file',
                    file: p,
                    row: req.errorRow,
                    rows_read: req.rows,
                    partial: true,
                    reason: req.message,
                }));
            }
            else if (req.rows === 0) {
                findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} has a header but no data rows, so no request finished in this cell.`, {
                    kind: 'no_data_rows',
                    file: p,
                    rows: 0,
                }));
            }
        }
    }
    else if (expectedRequests !== null) {
        result.manifest.push(agentx_common_manifestEntry(expectedRequests, 'agentx_requests_csv', true, false));
    }
    const reqUsable = req !== null && (req.status === 'ok' || req.status === 'partial');
    if (!reqUsable && agg === null) {
        // Nothing to build a cell from: the problems stay findings of the run.
        result.findings.push(...findings);
        if (unit.serverCsv) {
            // Leave the server CSV to the manifest as unrecognized? It is ours by name: list it.
            ctx.claim(unit.serverCsv.path);
            result.manifest.push(agentx_common_manifestEntry(unit.serverCsv.path, 'agentx_server_metrics_csv', false, true));
        }
        return null;
    }
    if (req === null && agg !== null) {
        findings.push(agentx_common_finding('missing_required_artifact', 'warning', `${expectedRequests ?? `trace_replay/${REQUESTS_CSV}`} was not found; the aggregate ${aggPath} still carries the request counts, so completion comes from it, but sessions and per-request samples are unknown.`, {
            kind: 'requests_csv_missing',
            expected: expectedRequests,
            aggregate: aggPath,
            severity_reason: 'aggregate carries the counts',
        }));
    }
    // Server CSV.
    let server = null;
    if (unit.serverCsv) {
        const p = unit.serverCsv.path;
        ctx.claim(p);
        files.push(p);
        artifacts.server_metrics_csv = p;
        result.manifest.push(agentx_common_manifestEntry(p, 'agentx_server_metrics_csv', false, true));
        const header = headers.get(p);
        if (header === undefined || header.every((c) => c === '')) {
            findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} is empty, so the cell has no server metrics.`, {
                kind: 'empty_file',
                file: p,
            }));
        }
        else {
            server = await readServerCsv(ctx, p, header);
            if (server.status === 'header_error') {
                findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} lacks the column(s) ${server.missing.join(', ')}, so the cell has no server metrics.`, {
                    kind: 'missing_columns',
                    file: p,
                    missing_columns: server.missing,
                }));
                server = null;
            }
            else if (server.status === 'partial') {
                findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} does not parse at data row ${server.errorRow} (${server.message}); the ${server.rows} rows read before it are kept, so server metrics cover part of the run.`, {
                    kind: 'partial_file',
                    file: p,
                    row: server.errorRow,
                    rows_read: server.rows,
                    partial: true,
                    reason: server.message,
                }));
            }
            else if (server.rows === 0) {
                findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} has a header but no data rows, so the cell has no server metrics.`, { kind: 'no_data_rows', file: p }));
                server = null;
            }
        }
    }
    else {
        const expected = expectedServer ?? SERVER_CSV;
        if (expectedServer !== null)
            result.manifest.push(agentx_common_manifestEntry(expectedServer, 'agentx_server_metrics_csv', false, false));
        findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${expected} was not found, so server cache hit rates, KV cache usage, offload bytes and preemptions are unavailable for this cell.`, { kind: 'server_metrics_missing', expected }));
    }
    if (agg === null) {
        const where = unit.rf !== null ? joinPath(unit.parent, `bmk_agentic_${unit.rf}/${unit.rf}.json`) : null;
        if (where !== null)
            result.manifest.push(agentx_common_manifestEntry(where, 'agentx_aggregate', false, false));
        findings.push(agentx_common_finding('metrics_unavailable', 'warning', `No AgentX aggregate was found for ${unit.x ?? '.'}${where !== null ? ` (expected ${where})` : ''}, so hardware, model, precision and topology of this cell are unknown.`, { kind: 'aggregate_missing', expected: where, dir: unit.x }));
    }
    // Identity and topology.
    const identity = agg !== null ? agentx_common_identityFromAggregate(agg) : (0,core_identity/* emptyIdentity */.gL)();
    if (agg === null && metadata !== null) {
        identity.concurrency = (0,parse/* toInt */.RI)(metadata.concurrency);
        identity.framework = (0,parse/* toStr */.N7)(metadata.engine)?.toLowerCase() ?? null;
        identity.scenario_type = (0,parse/* toStr */.N7)(metadata.workload_label) === 'agentic-coding' ? 'agentic-coding' : null;
    }
    const topology = agg !== null ? agentx_common_topologyFromAggregate(agg) : {};
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    // Metrics: aggregate first, then what we measured ourselves over it.
    const metrics = agg !== null ? metricsFromV01Aggregate(agg, gpus) : {};
    let samples;
    let counts;
    if (reqUsable && req !== null) {
        const p = unit.requestsCsv?.path ?? null;
        // Our own ladders replace the aggregate's (which lacks p95).
        for (const k of Object.keys(metrics))
            if (/_(ttft|tpot|itl|e2el|intvty)$/.test(k))
                delete metrics[k];
        samples = latencyFromColumns({ ttft: req.ttft, e2el: req.e2el, itl: req.itl }, metrics);
        if (req.minStart !== null && req.maxComplete !== null && req.maxComplete > req.minStart) {
            const dur = req.maxComplete - req.minStart;
            metrics.duration_seconds = dur;
            metrics.input_tput_tps = req.inputTokens / dur;
            metrics.output_tput_tps = req.outputTokens / dur;
            metrics.total_tput_tps = (req.inputTokens + req.outputTokens) / dur;
            metrics.request_throughput_rps = req.successful / dur;
            delete metrics.tput_per_gpu;
            delete metrics.input_tput_per_gpu;
            delete metrics.output_tput_per_gpu;
            putPerGpu(metrics, gpus);
        }
        if (req.successful > 0) {
            metrics.total_input_tokens = req.inputTokens;
            metrics.total_output_tokens = req.outputTokens;
        }
        if (req.hitBlocks !== null && req.missBlocks !== null && req.hitBlocks + req.missBlocks > 0) {
            metrics.theoretical_cache_hit_rate = req.hitBlocks / (req.hitBlocks + req.missBlocks);
        }
        counts = {
            total: req.rows,
            successful: req.successful,
            sessions_total: req.sessionsTotal,
            sessions_completed: req.sessionsCompleted,
            source: p,
            basis: req.status === 'partial'
                ? `detailed_results.csv data rows / rows with success true, read up to the parse error at data row ${req.errorRow}`
                : 'detailed_results.csv data rows / rows with success true',
        };
    }
    else {
        const why = req === null ? 'detailed_results.csv absent' : 'detailed_results.csv unusable';
        counts = agg !== null && aggPath !== null ? aggregateCounts(agg, aggPath, why) : unknownCounts();
    }
    if (server !== null)
        Object.assign(metrics, serverMetrics(server));
    if (gpus !== null)
        metrics.gpus = gpus;
    addIntvty(metrics);
    const dir = unit.x ?? unit.aggregate?.file.dir ?? '';
    const extras = {};
    if (req !== null && req.status === 'partial')
        extras.partial_inputs = [unit.requestsCsv?.path];
    if (server !== null && server.status === 'partial')
        extras.partial_inputs = [...(extras.partial_inputs ?? []), unit.serverCsv?.path];
    return {
        source_format: 'agentx-trace-replay',
        source_variant: VARIANT_V01,
        explicit_id: explicitId(agg),
        dir,
        identity,
        topology,
        artifacts,
        counts,
        metrics: cleanMetrics(metrics),
        files: files.sort(),
        findings,
        ...(samples && Object.keys(samples).length > 0 ? { samples } : {}),
        ...(Object.keys(extras).length > 0 ? { extras } : {}),
    };
}

;// CONCATENATED MODULE: ./src/sources/agentx-aiperf.ts
/**
 * Current AgentX (aiperf, nested "v3" aggregate; formats/INPUTS.md §5.7): source_format
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
 */






const PROFILE_JSONL = 'profile_export.jsonl';
const PROFILE_JSON = 'profile_export_aiperf.json';
const SERVER_EXPORT = 'server_metrics_export.json';
const ARTIFACTS_DIR = 'aiperf_artifacts';
/** How many bad line numbers a finding lists. */
const MAX_LISTED_LINES = 5;
// ---------------------------------------------------------------------------------------------
// aggregate
const num = (v) => (0,parse/* toNumber */.Ro)(v);
const rec = (v) => ((0,parse/* isRecord */.u4)(v) ? v : {});
/** A rate as a fraction: values in (1, 100] are percentages. */
const frac = (v) => {
    const n = (0,parse/* toNumber */.Ro)(v);
    return n === null ? null : n > 1 && n <= 100 ? n / 100 : n;
};
/** Completion counts of a nested aggregate (INPUTS.md §5.7). */
function countsFromV3Aggregate(agg, file) {
    const acc = rec(agg.request_accounting);
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
    const rm = rec(agg.request_metrics);
    const lat = rec(rm.latency);
    for (const base of ['ttft', 'e2el', 'itl', 'tpot']) {
        const b = rec(lat[base]);
        for (const stat of ['mean', 'p50', 'p90', 'p95']) {
            const v = num(b[stat]);
            if (v !== null)
                m[`${stat}_${base}`] = v;
        }
    }
    const tp = rec(rm.throughput);
    const put = (k, v) => {
        if (v !== null)
            m[k] = v;
    };
    put('input_tput_tps', num(rec(tp.input).tokens_per_second));
    put('output_tput_tps', num(rec(tp.output).tokens_per_second));
    put('total_tput_tps', num(rec(tp.total).tokens_per_second));
    const dur = num(tp.duration_seconds);
    put('duration_seconds', dur);
    const pg = rec(tp.per_gpu);
    put('tput_per_gpu', num(pg.total_tput_tps));
    put('output_tput_per_gpu', num(pg.output_tput_tps));
    put('input_tput_per_gpu', num(pg.input_tput_tps));
    if (m.tput_per_gpu === undefined)
        putPerGpu(m, gpus);
    const ok = (0,parse/* toInt */.RI)(rec(agg.request_accounting).records_profiled) ?? (0,parse/* toInt */.RI)(agg.num_requests_successful);
    if (ok !== null && dur !== null && dur > 0)
        m.request_throughput_rps = ok / dur;
    const qps = rec(rm.qps);
    for (const stat of ['mean', 'p50', 'p90', 'p95'])
        put(`${stat}_qps`, num(qps[stat]));
    put('theoretical_cache_hit_rate', frac(rec(rm.cache).theoretical_cache_hit_rate));
    const sm = rec(agg.server_metrics);
    if (sm.present === true) {
        const cache = rec(sm.cache);
        m.server_gpu_cache_hit_rate = frac(cache.gpu_cache_hit_rate);
        m.server_cpu_cache_hit_rate = frac(cache.cpu_cache_hit_rate) ?? frac(cache.external_cache_hit_rate);
        const off = rec(sm.kv_offload);
        const g2c = num(off.bytes_gpu_to_cpu);
        const c2g = num(off.bytes_cpu_to_gpu);
        const offload = (g2c ?? 0) > 0 || (c2g ?? 0) > 0;
        m.kv_offload_bytes_gpu_to_cpu = offload ? g2c : null;
        m.kv_offload_bytes_cpu_to_gpu = offload ? c2g : null;
        const kv = rec(sm.kv_cache);
        // One reported value per run (not a p95): kept under its own name.
        const gpuPct = num(kv.gpu_usage_pct);
        const cpuPct = num(kv.cpu_usage_pct);
        put('gpu_kv_cache_usage', gpuPct === null ? null : gpuPct / 100);
        put('cpu_kv_cache_usage', cpuPct === null ? null : cpuPct / 100);
        const tok = rec(sm.tokens);
        put('server_requests_completed', num(tok.requests_completed));
        put('server_prompt_tokens', num(tok.prompt_total));
        put('server_generation_tokens', num(tok.generation_total));
    }
    put('kv_cache_pool_tokens', num(agg.kv_cache_pool_tokens));
    if (gpus !== null)
        m.gpus = gpus;
    addIntvty(m);
    return m;
}
function metricValue(metrics, name) {
    const m = metrics[name];
    return (0,parse/* isRecord */.u4)(m) ? (0,parse/* toNumber */.Ro)(m.value) : (0,parse/* toNumber */.Ro)(m);
}
/** Streams profile_export.jsonl: warmup excluded, error records are failures, ms → s. */
async function readProfileJsonl(ctx, path) {
    const ttft = new stats/* SampleColumn */.DZ();
    const e2el = new stats/* SampleColumn */.DZ();
    const itl = new stats/* SampleColumn */.DZ();
    const r = {
        records: 0,
        warmup: 0,
        nonWarmup: 0,
        errors: 0,
        errorTypes: {},
        ttft: stats/* EMPTY_SAMPLE */.p6,
        e2el: stats/* EMPTY_SAMPLE */.p6,
        itl: stats/* EMPTY_SAMPLE */.p6,
        inputTokens: 0,
        outputTokens: 0,
        startNs: null,
        endNs: null,
        badLines: [],
        badCount: 0,
        readError: null,
        lastLine: 0,
    };
    try {
        for await (const { line, text } of ctx.lines(path)) {
            r.lastLine = line;
            if (text.trim() === '')
                continue;
            let v;
            try {
                v = JSON.parse(text);
            }
            catch {
                v = undefined;
            }
            if (!(0,parse/* isRecord */.u4)(v)) {
                r.badCount++;
                if (r.badLines.length < MAX_LISTED_LINES)
                    r.badLines.push(line);
                continue;
            }
            r.records++;
            const meta = rec(v.metadata);
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
            const metrics = rec(v.metrics);
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
        for (const agg of scan.aggregates.filter((a) => a.nested)) {
            const raw = findRawDir(raws, agg);
            if (raw)
                raw.used = true;
            const frag = await buildFragment(ctx, agg, raw, result);
            result.fragments.push(frag);
            cellKeys.add((0,core_identity/* identityKey */.US)(frag.identity, frag.topology));
        }
        for (const raw of raws) {
            if (raw.used)
                continue;
            result.fragments.push(await buildFragment(ctx, null, raw, result));
        }
        // Agentic aiperf rows of collected arrays.
        const arrays = new Set();
        for (const row of scan.rows) {
            if (!row.nested)
                continue;
            arrays.add(row.file.path);
            const frag = agentx_aiperf_rowFragment(row.file.path, row.file.dir, row.index, row.value);
            // Findings the per-cell fragment already carries are not repeated for its collected copy.
            if (cellKeys.has((0,core_identity/* identityKey */.US)(frag.identity, frag.topology)))
                frag.findings = [];
            result.fragments.push(frag);
        }
        for (const p of [...arrays].sort()) {
            ctx.claim(p);
            result.manifest.push(agentx_common_manifestEntry(p, 'collected_aggregate', false, true));
        }
        return result;
    },
};
function serverMissingFinding(agg, expected, aggPath) {
    const sm = rec(agg.server_metrics);
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
    return {
        source_format: 'agentx-trace-replay',
        source_variant: VARIANT_AIPERF,
        explicit_id: explicitId(agg),
        dir,
        identity: agentx_common_identityFromAggregate(agg),
        topology,
        artifacts: { collected_aggregate: path },
        counts: countsFromV3Aggregate(agg, path),
        metrics: cleanMetrics(metricsFromV3Aggregate(agg, gpus)),
        files: [path],
        findings: f ? [f] : [],
        extras: { row_index: index, latency_tail_stat: 'p95' },
    };
}
/** Expected raw folder of an aggregate when none was found. */
function expectedBase(agg) {
    const root = joinPath(agg.parent, `agentic_${agg.rf}`);
    const conc = (0,parse/* toInt */.RI)(agg.value.conc);
    return (0,parse/* toBool */.AF)(agg.value.is_multinode) === true && conc !== null ? `${root}/conc_${conc}` : root;
}
async function buildFragment(ctx, aggregate, raw, result) {
    const findings = [];
    const files = [];
    const artifacts = {};
    const agg = aggregate?.value ?? null;
    const aggPath = aggregate?.file.path ?? null;
    const base = raw?.base ?? (aggregate ? expectedBase(aggregate) : '');
    const artDir = joinPath(base, ARTIFACTS_DIR);
    const have = new Set(ctx.files.map((f) => f.path));
    if (aggregate && aggPath !== null) {
        ctx.claim(aggPath);
        files.push(aggPath);
        artifacts.aggregate = aggPath;
        result.manifest.push(agentx_common_manifestEntry(aggPath, 'agentx_aggregate', true, true));
    }
    // Raw files.
    let jsonl = null;
    let profileJson = null;
    const jsonlDir = raw ? raw.jsonl.dir : artDir;
    const serverPath = joinPath(jsonlDir, SERVER_EXPORT);
    if (raw) {
        const p = raw.jsonl.path;
        ctx.claim(p);
        files.push(p);
        artifacts.raw = p;
        result.manifest.push(agentx_common_manifestEntry(p, 'aiperf_profile_export_jsonl', true, true));
        jsonl = await readProfileJsonl(ctx, p);
        if (jsonl.badCount > 0) {
            findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} has ${jsonl.badCount} line(s) that are not JSON records (first at line ${jsonl.badLines[0]}); they were skipped and the other ${jsonl.records} records kept.`, {
                kind: 'bad_lines',
                file: p,
                line: jsonl.badLines[0],
                lines: jsonl.badLines,
                bad_line_count: jsonl.badCount,
                records_kept: jsonl.records,
            }));
        }
        if (jsonl.readError !== null) {
            findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${p} could not be read past line ${jsonl.lastLine} (${jsonl.readError}); the ${jsonl.records} records read before it are kept.`, {
                kind: 'partial_file',
                file: p,
                line: jsonl.lastLine + 1,
                partial: true,
                reason: jsonl.readError,
            }));
        }
        const pj = joinPath(raw.jsonl.dir, PROFILE_JSON);
        if (have.has(pj)) {
            ctx.claim(pj);
            files.push(pj);
            artifacts.profile_summary = pj;
            result.manifest.push(agentx_common_manifestEntry(pj, 'aiperf_profile_export_json', false, true));
            const read = await ctx.readJson(pj);
            if (read.ok && (0,parse/* isRecord */.u4)(read.value))
                profileJson = read.value;
            else if (!read.ok) {
                findings.push(agentx_common_finding('metrics_unavailable', 'warning', `${read.message}, so the aiperf summary was ignored.`, {
                    kind: 'unreadable_file',
                    file: pj,
                    reason: read.reason,
                }));
            }
        }
        if (have.has(serverPath)) {
            ctx.claim(serverPath);
            files.push(serverPath);
            artifacts.server_metrics = serverPath;
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
    }
    else if (aggregate) {
        const expected = joinPath(artDir, PROFILE_JSONL);
        result.manifest.push(agentx_common_manifestEntry(expected, 'aiperf_profile_export_jsonl', true, false));
        findings.push(agentx_common_finding('missing_required_artifact', 'warning', `${expected} was not found; the aggregate ${aggPath} still carries the request accounting, so completion comes from it, but p99 latencies and per-request samples are unavailable (p95 is the tail statistic).`, {
            kind: 'profile_jsonl_missing',
            expected,
            aggregate: aggPath,
            severity_reason: 'aggregate carries the counts',
        }));
    }
    if (agg !== null && aggPath !== null) {
        const f = serverMissingFinding(agg, serverPath, aggPath);
        if (f) {
            if (!have.has(serverPath))
                result.manifest.push(agentx_common_manifestEntry(serverPath, 'aiperf_server_metrics_export', false, false));
            findings.push(f);
        }
    }
    else if (raw) {
        const where = raw.rf !== null ? joinPath(raw.parent, `bmk_agentic_${raw.rf}`) : null;
        findings.push(agentx_common_finding('metrics_unavailable', 'warning', `No AgentX aggregate was found for ${raw.base || '.'}${where !== null ? ` (expected in ${where}/)` : ''}, so hardware, model, precision and topology of this cell are unknown.`, { kind: 'aggregate_missing', expected_dir: where, dir: raw.base }));
    }
    // Identity, topology.
    const identity = agg !== null ? agentx_common_identityFromAggregate(agg) : (0,core_identity/* emptyIdentity */.gL)();
    if (agg === null && raw?.conc != null)
        identity.concurrency = raw.conc;
    const topology = agg !== null ? agentx_common_topologyFromAggregate(agg) : {};
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    // Metrics.
    const metrics = agg !== null ? metricsFromV3Aggregate(agg, gpus) : {};
    let samples;
    if (jsonl !== null) {
        if (agg !== null) {
            // The aggregate's mean/p50/p90/p95 stay (identical in every copy of the cell); p99 and samples come from the jsonl.
            const scratch = {};
            samples = latencyFromColumns({ ttft: jsonl.ttft, e2el: jsonl.e2el, itl: jsonl.itl }, scratch);
            for (const [k, v] of Object.entries(scratch))
                if (k.startsWith('p99_') || k.endsWith('_n') || k === 'percentiles_relative_error')
                    metrics[k] = v;
        }
        else {
            samples = latencyFromColumns({ ttft: jsonl.ttft, e2el: jsonl.e2el, itl: jsonl.itl }, metrics);
            const ok = jsonl.nonWarmup - jsonl.errors;
            if (jsonl.startNs !== null && jsonl.endNs !== null && jsonl.endNs > jsonl.startNs) {
                const dur = (jsonl.endNs - jsonl.startNs) / 1e9;
                metrics.duration_seconds = dur;
                metrics.input_tput_tps = jsonl.inputTokens / dur;
                metrics.output_tput_tps = jsonl.outputTokens / dur;
                metrics.total_tput_tps = (jsonl.inputTokens + jsonl.outputTokens) / dur;
                metrics.request_throughput_rps = ok / dur;
            }
            const theo = rec(profileJson?.theoretical_prefix_cache_hit);
            const unit = (0,parse/* toStr */.N7)(theo.unit);
            const avg = (0,parse/* toNumber */.Ro)(theo.avg);
            if (avg !== null)
                metrics.theoretical_cache_hit_rate = unit === '%' ? avg / 100 : frac(avg);
        }
        if (jsonl.nonWarmup - jsonl.errors > 0) {
            metrics.total_input_tokens = jsonl.inputTokens;
            metrics.total_output_tokens = jsonl.outputTokens;
        }
        addIntvty(metrics);
    }
    // Counts.
    let counts;
    if (agg !== null && aggPath !== null && (0,parse/* isRecord */.u4)(agg.request_accounting)) {
        counts = countsFromV3Aggregate(agg, aggPath);
    }
    else if (jsonl !== null && raw) {
        counts = {
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
    else if (agg !== null && aggPath !== null) {
        counts = countsFromV3Aggregate(agg, aggPath);
    }
    else {
        counts = unknownCounts();
    }
    const extras = {
        latency_tail_stat: jsonl !== null && jsonl.ttft.summary.n > 0 ? 'p99' : 'p95',
    };
    if (jsonl !== null && jsonl.readError !== null && raw)
        extras.partial_inputs = [raw.jsonl.path];
    const dir = aggregate ? aggregate.file.dir : (raw?.base ?? '');
    return {
        source_format: 'agentx-trace-replay',
        source_variant: VARIANT_AIPERF,
        explicit_id: explicitId(agg),
        dir,
        identity,
        topology,
        artifacts,
        counts,
        metrics: cleanMetrics(metrics),
        files: files.sort(),
        findings,
        ...(samples && Object.keys(samples).length > 0 ? { samples } : {}),
        extras,
    };
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
 * One fragment per run dir. Counts come from `summary.request_counts`; per-request latency
 * percentiles are recomputed from `metrics.jsonl` (non-warmup successful rows) with the one
 * percentile definition of src/core/stats.ts, because the summary's own percentiles are
 * nearest-rank. Sessions: group rows by `session_id`, keep the highest `turn_index`, count it
 * if it succeeded (InferGuard `_completed_sessions`).
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
/** How many bad line numbers a finding lists. */
const inferguard_bench_native_MAX_LISTED_LINES = 5;
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
    const dir = summaryFile.dir;
    const manifest = [];
    const findings = [];
    const files = [];
    const artifacts = {};
    const present = new Set();
    for (const r of REQUIRED) {
        const p = joinPath(dir, r.name);
        if (byPath.has(p)) {
            ctx.claim(p);
            files.push(p);
            artifacts[r.role] = p;
            present.add(r.name);
            manifest.push(entry(p, r.kind, true, true));
        }
        else {
            manifest.push(entry(p, r.kind, true, false));
            findings.push({
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
            files.push(p);
            artifacts[o.role] = p;
            manifest.push(entry(p, o.kind, false, true));
        }
    }
    const unreadable = (p, message, reason) => {
        findings.push({
            code: 'missing_required_artifact',
            severity: 'critical',
            message: `${message}; it is required for a native bench run.`,
            cell_id: null,
            evidence: { file: p, reason, format: 'inferguard-bench-native' },
        });
    };
    // config.json: identity (framework, precision, hardware) and topology, all values strings.
    /** An optional JSON object of the run dir ({} when absent or unusable, with a finding for the latter). */
    const readObject = async (name) => {
        if (!present.has(name))
            return {};
        const p = joinPath(dir, name);
        const r = await ctx.readJson(p);
        if (!r.ok)
            unreadable(p, r.message, r.reason);
        else if (!(0,parse/* isRecord */.u4)(r.value))
            unreadable(p, `${p} is not a JSON object`, 'not_an_object');
        else
            return r.value;
        return {};
    };
    const config = await readObject('config.json');
    const run = await readObject('run.json');
    let scan = null;
    if (present.has('metrics.jsonl')) {
        const p = joinPath(dir, 'metrics.jsonl');
        scan = await scanMetrics(ctx, p);
        if (scan.readError !== null)
            unreadable(p, `${p} could not be read to the end (${scan.readError})`, 'unreadable');
        if (scan.badLines.length > 0) {
            const listed = scan.badLines.slice(0, inferguard_bench_native_MAX_LISTED_LINES);
            findings.push({
                code: 'metrics_unavailable',
                severity: 'warning',
                message: `${p} has ${scan.badLines.length} unparseable line(s) (first: line ${listed.join(', ')}); the other ${scan.rows} request row(s) are used.`,
                cell_id: null,
                evidence: {
                    file: p,
                    bad_lines: scan.badLines.length,
                    first_lines: listed,
                    first_error: scan.firstError,
                    rows_used: scan.rows,
                },
            });
        }
    }
    const topo = (0,parse/* isRecord */.u4)(config.topology) ? config.topology : {};
    const levels = concurrencyLevels(config, summary);
    const topology = buildTopology(topo);
    if (levels.length > 1)
        topology.concurrency_levels = levels;
    const model = (0,parse/* toStr */.N7)(summary.model) ?? (0,parse/* toStr */.N7)(config.model);
    const framework = (0,parse/* toStr */.N7)(topo.framework)?.toLowerCase() ?? null;
    const precision = (0,parse/* toStr */.N7)(topo.precision)?.toLowerCase() ?? null;
    const hardware = (0,parse/* normalizeHardware */.eG)((0,parse/* toStr */.N7)(topo.runner_type) ?? (0,parse/* toStr */.N7)(topo.hw));
    const counts = (0,parse/* isRecord */.u4)(summary.request_counts) ? summary.request_counts : {};
    const total = (0,parse/* toInt */.RI)(counts.total);
    const successful = (0,parse/* toInt */.RI)(counts.success);
    let sessionsTotal = null;
    let sessionsCompleted = null;
    if (scan && scan.sessions.size > 0) {
        sessionsTotal = scan.sessions.size;
        sessionsCompleted = [...scan.sessions.values()].filter((s) => s.success).length;
    }
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
    const samples = {};
    let latencySource = null;
    if (scan && (scan.ttft.length > 0 || scan.e2el.length > 0)) {
        latencySource = `${joinPath(dir, 'metrics.jsonl')} (non-warmup successful rows)`;
        const finished = [];
        for (const [base, col, key] of [
            ['ttft', scan.ttft, 'ttft_s'],
            ['e2el', scan.e2el, 'e2el_s'],
            ['tpot', scan.tpot, 'tpot_s'],
        ]) {
            if (col.length === 0)
                continue;
            const stats = col.finish();
            const s = stats.summary;
            finished.push(stats);
            metrics[`mean_${base}`] = s.mean;
            metrics[`p50_${base}`] = s.p50;
            metrics[`p90_${base}`] = s.p90;
            metrics[`p95_${base}`] = s.p95;
            metrics[`p99_${base}`] = s.p99;
            metrics[`${base}_n`] = s.n;
            samples[key] = stats.sketch;
        }
        (0,stats/* putPercentileAccuracy */.y_)(metrics, finished);
    }
    else {
        // No per-request data: fall back to the summary's (nearest-rank) percentiles.
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
        if (Object.keys(ttft).length > 0 || Object.keys(lat).length > 0)
            latencySource = `${summaryFile.path} (nearest-rank)`;
    }
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
    files.sort();
    const fragment = {
        source_format: 'inferguard-bench-native',
        source_variant: (0,parse/* toStr */.N7)(run.schema_version),
        explicit_id: (0,parse/* toStr */.N7)(summary.run_id),
        dir,
        identity: {
            hardware,
            model,
            framework,
            precision,
            scenario_type: null,
            is_multinode: (0,parse/* toBool */.AF)(topo.is_multinode),
            recipe_name: null,
            isl: null,
            osl: null,
            concurrency: levels.length === 1 ? levels[0] : null,
        },
        topology,
        artifacts,
        counts: {
            total,
            successful,
            sessions_total: sessionsTotal,
            sessions_completed: sessionsCompleted,
            source: total !== null || successful !== null ? summaryFile.path : null,
            basis: 'summary.json request_counts total / success (warmup excluded)',
        },
        metrics,
        files,
        findings,
        ...(Object.keys(samples).length > 0 ? { samples } : {}),
        extras,
    };
    return { fragment, manifest };
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
    const gpus = deriveGpus(out, multinode);
    if (gpus !== null)
        out.gpus = gpus;
    const sorted = {};
    for (const k of Object.keys(out).sort())
        sorted[k] = out[k];
    return sorted;
}
function inferguard_bench_native_num(t, k) {
    const v = t[k];
    return typeof v === 'number' ? v : null;
}
/** GPUs serving the run: single node tp × pp × pcp_size (absent pp/pcp = 1); multi-node prefill + decode. */
function deriveGpus(t, multinode) {
    if (multinode) {
        const np = inferguard_bench_native_num(t, 'num_prefill_gpu');
        const nd = inferguard_bench_native_num(t, 'num_decode_gpu');
        if (np !== null && nd !== null)
            return np + nd;
        const pw = inferguard_bench_native_num(t, 'prefill_num_workers');
        const ptp = inferguard_bench_native_num(t, 'prefill_tp');
        const dw = inferguard_bench_native_num(t, 'decode_num_workers');
        const dtp = inferguard_bench_native_num(t, 'decode_tp');
        if (pw !== null && ptp !== null && dw !== null && dtp !== null)
            return pw * ptp + dw * dtp;
        return null;
    }
    const tp = inferguard_bench_native_num(t, 'tp');
    if (tp === null)
        return null;
    return tp * (inferguard_bench_native_num(t, 'pp') ?? 1) * (inferguard_bench_native_num(t, 'pcp_size') ?? 1);
}
/** Streams metrics.jsonl once: latency samples, sessions, phase counts, time span, bad lines. */
async function scanMetrics(ctx, path) {
    const s = {
        ttft: new stats/* SampleColumn */.DZ(),
        e2el: new stats/* SampleColumn */.DZ(),
        tpot: new stats/* SampleColumn */.DZ(),
        sessions: new Map(),
        phases: { warmup: 0, measurement: 0 },
        minStart: null,
        maxEnd: null,
        rows: 0,
        badLines: [],
        firstError: null,
        readError: null,
    };
    try {
        for await (const { line, text } of ctx.lines(path)) {
            if (text.trim() === '')
                continue;
            let row;
            try {
                row = JSON.parse(text);
            }
            catch (e) {
                s.badLines.push(line);
                s.firstError ??= `line ${line}: ${e.message.split('\n')[0]}`;
                continue;
            }
            if (!(0,parse/* isRecord */.u4)(row)) {
                s.badLines.push(line);
                s.firstError ??= `line ${line}: not a JSON object`;
                continue;
            }
            s.rows++;
            const meta = (0,parse/* isRecord */.u4)(row.metadata) ? row.metadata : {};
            if (meta.phase === 'warmup') {
                s.phases.warmup++;
                continue;
            }
            s.phases.measurement++;
            const success = (0,parse/* toBool */.AF)(row.success) === true;
            const start = (0,parse/* toNumber */.Ro)(row.start_time);
            const end = (0,parse/* toNumber */.Ro)(row.end_time);
            if (start !== null && (s.minStart === null || start < s.minStart))
                s.minStart = start;
            if (end !== null && (s.maxEnd === null || end > s.maxEnd))
                s.maxEnd = end;
            const session = (0,parse/* toStr */.N7)(row.session_id);
            if (session !== null) {
                const turn = (0,parse/* toNumber */.Ro)(row.turn_index) ?? -1;
                const prev = s.sessions.get(session);
                // Highest turn wins; on a tie the later row (a retry) wins.
                if (!prev || turn >= prev.turn)
                    s.sessions.set(session, { turn, success });
            }
            if (!success)
                continue;
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
    }
    catch (e) {
        s.readError = e.message;
    }
    return s;
}

;// CONCATENATED MODULE: ./src/sources/eval.ts
/**
 * lm-evaluation-harness outputs as InferenceX uploads them (INPUTS.md §6).
 *
 * An eval set is a folder holding `meta_env.json` (identity) and lm-eval `results*.json` files,
 * recognised by CONTENT (`lm_eval_version`): srt-slurm raw `results_concurrency_*.json` files
 * are not eval files and stay unclaimed (INPUTS §12.6). Only the set's own folder is searched,
 * as InferenceX utils/collect_eval_results.py does.
 *
 * - Legacy set: the newest result file by mtime (tie: lexically last name); older retries are
 *   listed in the manifest as ignored.
 * - Batched set (`eval_concs` is a list): files end in `_conc<N>.json` (maybe `_conc<N>_<k>`);
 *   the newest per N, and only N in `completed_eval_concs`: one fragment per completed N. Files
 *   for other N are listed as ignored and never scored.
 * - Collector output `agg_eval_*.json` (a JSON array of rows with `task` and `score`): one
 *   fragment per row.
 *
 * Scores become scalar metrics `eval_<task>_<metric>[_<filter>]` plus the primary score
 * `eval_<task>_score` (InferenceX `extract_lm_metrics` / `build_row`) and an `eval` extras list.
 * Eval cells carry no request counts. `samples_*.jsonl` are listed, never parsed.
 */


const CONC_SUFFIX = /_conc(\d+)(?:_\d+)?\.(json|jsonl)$/;
const COUNTS_BASIS = 'eval (no request counts)';
const evalAdapter = {
    id: 'eval',
    async collect(ctx) {
        const result = { fragments: [], findings: [], manifest: [] };
        const byDir = new Map();
        for (const f of ctx.files) {
            let list = byDir.get(f.dir);
            if (!list)
                byDir.set(f.dir, (list = []));
            list.push(f);
        }
        for (const f of ctx.files) {
            if (f.name === 'meta_env.json')
                await collectSet(ctx, f, byDir.get(f.dir) ?? [], result);
        }
        for (const f of ctx.files) {
            if (/^agg_eval_.*\.json$/.test(f.name))
                await collectCollector(ctx, f, result);
        }
        return result;
    },
};
function eval_manifestEntry(path, kind, extra = {}) {
    return { path, kind, cell_id: null, required: kind === 'eval_meta', present: true, ...extra };
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
    // Result files: every *.json of the folder (not meta_env.json) holding lm_eval_version.
    const results = [];
    const setFindings = [];
    for (const f of dirFiles) {
        if (!f.name.endsWith('.json') || f.name === 'meta_env.json' || /^agg_eval_/.test(f.name))
            continue;
        const r = await ctx.readJson(f.path);
        if (r.ok) {
            if ((0,parse/* isRecord */.u4)(r.value) && 'lm_eval_version' in r.value)
                results.push({ file: f, data: r.value });
            continue;
        }
        // Unparseable: content cannot decide; inside an eval set a results*.json is an eval output.
        if (/^results.*\.json$/.test(f.name) && !/^results_concurrency_/.test(f.name)) {
            ctx.claim(f.path);
            result.manifest.push(eval_manifestEntry(f.path, 'eval_results', { ignored: true, reason: 'unreadable' }));
            setFindings.push({
                code: 'metrics_unavailable',
                severity: 'warning',
                message: `${r.message}; its eval scores are not used.`,
                cell_id: null,
                evidence: { file: f.path, reason: r.reason, format: 'eval' },
            });
        }
    }
    const sampleFiles = dirFiles.filter((f) => /^samples?.*\.jsonl$/.test(f.name));
    const batchConcs = intList(meta.eval_concs);
    const chosen = [];
    const ignoredSampleConcs = new Set();
    if (batchConcs === null) {
        const pick = newest(results.map((r) => r.file));
        for (const r of results) {
            ctx.claim(r.file.path);
            if (r.file === pick) {
                chosen.push({ ...r, conc: (0,parse/* toInt */.RI)(meta.conc) });
                result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results'));
            }
            else {
                result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', {
                    ignored: true,
                    reason: `older result file; ${pick?.name ?? '?'} is newer`,
                }));
            }
        }
    }
    else {
        const failed = intList(meta.failed_eval_concs) ?? [];
        const completed = intList(meta.completed_eval_concs) ?? batchConcs.filter((c) => !failed.includes(c));
        const perConc = new Map();
        for (const r of results) {
            ctx.claim(r.file.path);
            const m = CONC_SUFFIX.exec(r.file.name);
            const conc = m ? Number(m[1]) : null;
            if (conc === null) {
                result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', {
                    ignored: true,
                    reason: 'no _conc<N> suffix in a batched eval set',
                }));
                continue;
            }
            let list = perConc.get(conc);
            if (!list)
                perConc.set(conc, (list = []));
            list.push(r);
        }
        for (const conc of [...perConc.keys()].sort((a, b) => a - b)) {
            const list = perConc.get(conc) ?? [];
            const pick = newest(list.map((r) => r.file));
            for (const r of list) {
                if (!completed.includes(conc)) {
                    ignoredSampleConcs.add(conc);
                    result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', {
                        ignored: true,
                        reason: `concurrency ${conc} is not in completed_eval_concs${failed.includes(conc) ? ' (listed in failed_eval_concs)' : ''}`,
                    }));
                }
                else if (r.file !== pick) {
                    result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results', {
                        ignored: true,
                        reason: `older result file; ${pick?.name ?? '?'} is newer`,
                    }));
                }
                else {
                    chosen.push({ ...r, conc });
                    result.manifest.push(eval_manifestEntry(r.file.path, 'eval_results'));
                }
            }
        }
        for (const conc of completed) {
            if (!perConc.has(conc)) {
                setFindings.push({
                    code: 'metrics_unavailable',
                    severity: 'warning',
                    message: `Eval set ${dir || '.'} lists concurrency ${conc} as completed, but holds no results file for it.`,
                    cell_id: null,
                    evidence: { file: metaFile.path, concurrency: conc, format: 'eval' },
                });
            }
        }
    }
    for (const s of sampleFiles) {
        ctx.claim(s.path);
        const m = CONC_SUFFIX.exec(s.name);
        const conc = m ? Number(m[1]) : null;
        const ignored = conc !== null && ignoredSampleConcs.has(conc);
        result.manifest.push(eval_manifestEntry(s.path, 'eval_samples', ignored ? { ignored: true, reason: `concurrency ${conc} is not in completed_eval_concs` } : {}));
    }
    const multinode = (0,parse/* toBool */.AF)(meta.is_multinode);
    const baseIdentity = evalIdentity(meta, multinode, null);
    const topology = eval_buildTopology(meta, multinode === true);
    if (chosen.length === 0) {
        // No usable result: keep the problems visible without inventing a cell.
        result.findings.push(...setFindings);
        return;
    }
    chosen.sort((a, b) => (a.conc ?? -1) - (b.conc ?? -1) || (a.file.path < b.file.path ? -1 : 1));
    chosen.forEach((c, i) => {
        const { metrics, scores } = scoreResults(c.data, c.file.path);
        const samples = sampleFiles
            .filter((s) => {
            if (batchConcs === null)
                return true;
            const m = CONC_SUFFIX.exec(s.name);
            return m !== null && Number(m[1]) === c.conc;
        })
            .map((s) => s.path);
        const fragment = {
            source_format: 'eval',
            source_variant: batchConcs === null ? 'lm-eval' : 'lm-eval-batched',
            explicit_id: null,
            dir,
            identity: { ...baseIdentity, concurrency: c.conc },
            topology: { ...topology },
            artifacts: {
                eval_meta: metaFile.path,
                eval_results: c.file.path,
                ...(samples.length > 0 ? { eval_samples: samples.length === 1 ? samples[0] : samples } : {}),
            },
            counts: unknownCounts(COUNTS_BASIS),
            metrics,
            files: [metaFile.path, c.file.path].sort(),
            // Set-level problems (unreadable retries, a completed N without a file) go on the first cell.
            findings: i === 0 ? setFindings : [],
            extras: { eval: scores },
        };
        result.fragments.push(fragment);
    });
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
/** Identity topology from meta_env (single node or multi-node key names, ARCHITECTURE.md). */
function eval_buildTopology(meta, multinode) {
    const t = {};
    const ints = multinode
        ? [
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
        ]
        : ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'];
    for (const k of ints) {
        const n = (0,parse/* toInt */.RI)(meta[k]);
        if (n !== null)
            t[k] = n;
    }
    const bools = multinode ? ['prefill_dp_attention', 'decode_dp_attention'] : ['dp_attention'];
    for (const k of bools) {
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
    const gpus = eval_deriveGpus(t, multinode);
    if (gpus !== null)
        t.gpus = gpus;
    const sorted = {};
    for (const k of Object.keys(t).sort())
        sorted[k] = t[k];
    return sorted;
}
function eval_deriveGpus(t, multinode) {
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
/** Lower-case name limited to [a-z0-9_] (runs of other characters become one `_`). */
function sanitizeMetricName(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/_+/g, '_')
        .replace(/^_|_$/g, '');
}
function filterWord(filter) {
    if (filter === null || filter === 'none')
        return '';
    if (filter === 'strict-match')
        return 'strict';
    if (filter === 'flexible-extract')
        return 'flexible';
    return filter;
}
/**
 * Scalar metrics and primary scores of one lm-eval results object.
 * Primary score (InferenceX collect_eval_results.py `extract_lm_metrics` + `build_row`): the base
 * metric is `configs.<task>.metric_list[0].metric` (default exact_match); a filter whose name
 * holds `strict` gives the strict value, `flex`/`extract` the flexible one; with no filter list
 * the `,none` (or bare) value is accuracy for acc/accuracy, else strict. score = strict, else
 * flexible, else accuracy.
 */
function scoreResults(data, file) {
    const metrics = {};
    const scores = [];
    const results = (0,parse/* isRecord */.u4)(data.results) ? data.results : {};
    const configs = (0,parse/* isRecord */.u4)(data.configs) ? data.configs : {};
    const nSamples = (0,parse/* isRecord */.u4)(data['n-samples']) ? data['n-samples'] : {};
    const config = (0,parse/* isRecord */.u4)(data.config) ? data.config : {};
    for (const task of Object.keys(results).sort()) {
        const tr = results[task];
        if (!(0,parse/* isRecord */.u4)(tr))
            continue;
        const taskName = sanitizeMetricName(task);
        for (const key of Object.keys(tr).sort()) {
            if (key === 'alias')
                continue;
            const value = (0,parse/* toNumber */.Ro)(tr[key]);
            if (value === null)
                continue;
            const comma = key.indexOf(',');
            const metric = comma < 0 ? key : key.slice(0, comma);
            const filter = comma < 0 ? null : key.slice(comma + 1);
            const word = filterWord(filter);
            // The stderr suffix goes last: eval_gsm8k_exact_match_strict_stderr.
            const stderr = metric.endsWith('_stderr');
            const base = stderr ? metric.slice(0, -'_stderr'.length) : metric;
            const name = sanitizeMetricName(`eval_${taskName}_${base}${word ? `_${word}` : ''}${stderr ? '_stderr' : ''}`);
            metrics[name] = value;
        }
        const tc = (0,parse/* isRecord */.u4)(configs[task]) ? configs[task] : {};
        const ml = Array.isArray(tc.metric_list) ? tc.metric_list : [];
        const first = ml[0];
        const baseMetric = (0,parse/* isRecord */.u4)(first) && typeof first.metric === 'string' ? first.metric : 'exact_match';
        const filters = Array.isArray(tc.filter_list) ? tc.filter_list : [];
        const get = (filterName) => {
            const suffix = filterName ? `,${filterName}` : '';
            return [(0,parse/* toNumber */.Ro)(tr[`${baseMetric}${suffix}`]), (0,parse/* toNumber */.Ro)(tr[`${baseMetric}_stderr${suffix}`])];
        };
        let strict = [null, null];
        let flex = [null, null];
        let acc = [null, null];
        const isAcc = baseMetric === 'acc' || baseMetric === 'accuracy';
        if (filters.length === 0) {
            let v = get('none');
            if (v[0] === null)
                v = get(null);
            if (isAcc)
                acc = v;
            else
                strict = v;
        }
        else {
            for (const fc of filters) {
                if (!(0,parse/* isRecord */.u4)(fc) || typeof fc.name !== 'string')
                    continue;
                const v = get(fc.name);
                const n = fc.name.toLowerCase();
                if (n.includes('strict'))
                    strict = v;
                else if (n.includes('flex') || n.includes('extract'))
                    flex = v;
                else if (isAcc)
                    acc = v;
                else if (strict[0] === null)
                    strict = v;
            }
        }
        let score = null;
        let scoreName = null;
        let scoreSe = null;
        if (strict[0] !== null)
            [score, scoreName, scoreSe] = [strict[0], 'em_strict', strict[1]];
        else if (flex[0] !== null)
            [score, scoreName, scoreSe] = [flex[0], 'em_flexible', flex[1]];
        else if (acc[0] !== null)
            [score, scoreName, scoreSe] = [acc[0], 'accuracy', acc[1]];
        if (score !== null) {
            metrics[`eval_${taskName}_score`] = score;
            if (scoreSe !== null)
                metrics[`eval_${taskName}_score_se`] = scoreSe;
        }
        const ns = (0,parse/* isRecord */.u4)(nSamples[task]) ? nSamples[task] : {};
        scores.push({
            task,
            score,
            score_name: scoreName,
            score_se: scoreSe,
            n_effective: (0,parse/* toInt */.RI)(ns.effective),
            n_original: (0,parse/* toInt */.RI)(ns.original),
            limit: (0,parse/* toNumber */.Ro)(config.limit),
            file,
        });
    }
    return { metrics: sortMetrics(metrics), scores };
}
function sortMetrics(m) {
    const out = {};
    for (const k of Object.keys(m).sort())
        out[k] = m[k];
    return out;
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
        if (!(0,parse/* isRecord */.u4)(row) || task === null) {
            bad.push(index);
            return;
        }
        const multinode = (0,parse/* toBool */.AF)(row.is_multinode);
        const taskName = sanitizeMetricName(task);
        const metrics = {};
        const put = (suffix, v) => {
            const n = (0,parse/* toNumber */.Ro)(v);
            if (n !== null)
                metrics[`eval_${taskName}_${suffix}`] = n;
        };
        put('score', row.score);
        put('score_se', row.score_se);
        put('em_strict', row.em_strict);
        put('em_strict_se', row.em_strict_se);
        put('em_flexible', row.em_flexible);
        put('em_flexible_se', row.em_flexible_se);
        const topology = eval_buildTopology({ ...row, infmax_model_prefix: row.model_prefix }, multinode === true);
        const score = {
            task,
            score: (0,parse/* toNumber */.Ro)(row.score),
            score_name: (0,parse/* toStr */.N7)(row.score_name),
            score_se: (0,parse/* toNumber */.Ro)(row.score_se),
            n_effective: (0,parse/* toInt */.RI)(row.n_eff),
            n_original: null,
            limit: null,
            file: file.path,
            source: (0,parse/* toStr */.N7)(row.source),
            row: index,
        };
        result.fragments.push({
            source_format: 'eval',
            source_variant: 'inferencex-eval-collector',
            explicit_id: null,
            dir: file.dir,
            identity: evalIdentity(row, multinode, (0,parse/* toInt */.RI)(row.conc)),
            topology,
            artifacts: { eval_collector: file.path },
            counts: unknownCounts(COUNTS_BASIS),
            metrics: sortMetrics(metrics),
            files: [file.path],
            findings: [],
            extras: { eval: [score] },
        });
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

// EXTERNAL MODULE: ./src/core/timeline-samples.ts
var timeline_samples = __webpack_require__(92402);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 7 modules
var validate = __webpack_require__(37480);
;// CONCATENATED MODULE: ./src/sources/timeline.ts
/**
 * `inferguard_timeline.jsonl` live overlays (INPUTS.md §8), an optional enrichment.
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
        const v = (0,validate/* validateContract */.T7)(WRAPPER, value);
        if (!v.ok)
            return { line, error: `fails ${WRAPPER}: ${v.errors[0] ?? 'invalid'}` };
        const status = value.disagg_status;
        const inner = (0,validate/* validateContract */.T7)(RAW, status);
        if (!inner.ok)
            return { line, error: `disagg_status fails ${RAW}: ${inner.errors[0] ?? 'invalid'}` };
        const ms = Date.parse(value.observed_at);
        if (!Number.isFinite(ms))
            return { line, error: `observed_at '${String(value.observed_at)}' is not a time` };
        return { observed_at: ms / 1000, sequence: (0,parse/* toInt */.RI)(value.sequence), line, status };
    }
    if (value.schema_version === RAW) {
        const v = (0,validate/* validateContract */.T7)(RAW, value);
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
async function readTimeline(ctx, file, dir) {
    // Each parsed line is folded into compact columns and the carried-code summary, then dropped.
    const samples = new timeline_samples/* TimelineSamples */.fh();
    const carriedCodes = new CarriedCodes();
    const bad = [];
    let badCount = 0;
    let readError = null;
    let nonBlank = 0;
    try {
        for await (const { line, text } of ctx.lines(file)) {
            if (text.trim() === '')
                continue;
            nonBlank++;
            const r = parseTimelineLine(text, line);
            if ('error' in r) {
                // Only the first few bad lines are reported; the rest are counted.
                if (bad.length < timeline_MAX_LISTED_LINES)
                    bad.push(r);
                badCount++;
            }
            else {
                samples.push(r);
                carriedCodes.add(r);
            }
        }
    }
    catch (e) {
        readError = e.message;
    }
    samples.finish();
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
    const { carried, nonReport } = carriedCodes.result();
    for (const [code, a] of carried) {
        const span = a.samples === 1 ? `at ${iso(a.first_at)}` : `from ${iso(a.first_at)} to ${iso(a.last_at)}`;
        findings.push({
            code,
            severity: a.severity,
            message: `The live timeline ${file} carries ${code} in ${a.samples} of ${samples.length} samples, ${span} (max severity ${a.severity}).`,
            cell_id: null,
            evidence: {
                samples: a.samples,
                total_samples: samples.length,
                first_at: iso(a.first_at),
                last_at: iso(a.last_at),
                first_line: a.first_line,
                severity: a.severity,
                first_message: a.first_message,
                carried: true,
            },
        });
    }
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
 * InferGuard campaign `manifest.json` (formats/INPUTS.md §1.4): the cells a campaign promised.
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

;// CONCATENATED MODULE: ./src/sources/index.ts








const SOURCE_ADAPTERS = [
    inferencexStaticAdapter,
    inferencexSrtSlurmAdapter,
    agentxTraceReplayAdapter,
    agentxAiperfAdapter,
    nativeBenchAdapter,
    evalAdapter,
    timelineAdapter,
    campaignManifestAdapter,
];

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(83103);
// EXTERNAL MODULE: ./src/core/price-table.ts
var price_table = __webpack_require__(93091);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(56070);
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
            throw new CsvHeaderError(rel, missing);
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
                thrown = { error: e instanceof CsvHeaderError ? e : new VisitError(e) };
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
        if (e instanceof CsvHeaderError)
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
    const fd = (0,external_node_fs_.openSync)(file, 'r');
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
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (e) {
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
            if (entry.isDirectory()) {
                if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(external_node_path_default().resolve(abs)))
                    continue;
                await walk(abs, rel, external_node_path_default().join(real, name));
                continue;
            }
            let st;
            try {
                const l = (0,external_node_fs_.lstatSync)(abs);
                st = l.isSymbolicLink() ? (0,external_node_fs_.statSync)(abs) : l;
            }
            catch (e) {
                problems.push({ path: rel, message: `unreadable entry (${ingest_context_errCode(e)})` });
                continue;
            }
            if (st.isDirectory()) {
                if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(external_node_path_default().resolve(abs)))
                    continue;
                await walk(abs, rel, null);
            }
            else if (st.isFile()) {
                files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
            }
        }
    }
    await walk(root, '', null);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems };
}
async function isOurReport(file) {
    try {
        const head = (0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 200);
        return head.includes('"inferguard-analyze/v1"');
    }
    catch {
        return false;
    }
}
function ingest_context_errCode(e) {
    return e?.code ?? 'error';
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
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
            buf = (0,external_node_fs_.readFileSync)(abs(rel));
        }
        catch (e) {
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
        try {
            return { ok: true, value: JSON.parse(text) };
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
                const t = (0,external_node_fs_.readFileSync)(abs(rel), 'utf8');
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
    const cost = await loadCostInputs({ ...opts, cwd }, config);
    const outputDir = analyzeOutputDir(opts);
    const scan = await scanResultsDir(root, [outputDir]);
    const ctx = createIngestContext(root, scan.files, config.thresholds, { timelineGlob: opts.timelineGlob });
    const results = await collectAdapters(ctx);
    const scanFindings = scan.problems.map((p) => ({
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `${p.path}: ${p.message}.`,
        cell_id: null,
        evidence: { file: p.path, kind: 'scan_problem' },
    }));
    const claimed = new Set(scan.files.filter((f) => ctx.isClaimed(f.path)).map((f) => f.path));
    const report = (0,analyze/* buildReport */.FK)({
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
    });
    assertUsable(report, opts);
    return (0,analyze/* toWireReport */.jI)(report);
}
/** Where analyze writes: --output-dir, else `<results>/inferguard-out` (resolved against cwd). */
function analyzeOutputDir(opts) {
    return external_node_path_default().resolve(opts.cwd ?? process.cwd(), opts.outputDir ?? external_node_path_default().join(opts.resultsDir, DEFAULT_OUTPUT_DIR_NAME));
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
async function collectAdapters(ctx) {
    const results = [];
    for (const adapter of SOURCE_ADAPTERS) {
        try {
            results.push(await adapter.collect(ctx));
        }
        catch (e) {
            if (!(e instanceof IngestReadError || e instanceof CsvHeaderError))
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
function assertUsable(report, opts) {
    if (report.cells.length === 0) {
        throw new config_file/* NoReportError */.E(`no supported benchmark artifacts found under ${opts.resultsDir}`);
    }
    if (!opts.strict)
        return;
    const missing = report.findings.filter((f) => f.code === 'missing_required_artifact');
    if (missing.length > 0) {
        throw new config_file/* NoReportError */.E(`--strict: ${missing.length} required artifact(s) missing or unreadable; first: ${missing[0]?.message}`);
    }
}


/***/ }),

/***/ 83103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ NoReportError),
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
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
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 56554));
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

/***/ 69690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: OUTPUT_NAMES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 302 modules
var artifact = __webpack_require__(91252);
// EXTERNAL MODULE: ./src/core/analyze.ts + 24 modules
var analyze = __webpack_require__(66155);
;// CONCATENATED MODULE: ./schemas/inferguard-gates-v1.schema.json
const inferguard_gates_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-gates/v1","description":"The `gates` block of report.json: every SLO gate\'s outcome (docs/GATES.md). Results are in gate order; a gate with `[*]` gives one result per element.","type":"object","required":["schema_version","summary","results"],"properties":{"schema_version":{"const":"inferguard-gates/v1"},"summary":{"type":"object","required":["gates","total","passed","failed","not_found","conflict","error","blocking_failures"],"properties":{"gates":{"type":"integer","minimum":0,"description":"Number of gates evaluated."},"total":{"type":"integer","minimum":0,"description":"Number of results."},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"not_found":{"type":"integer","minimum":0},"conflict":{"type":"integer","minimum":0},"error":{"type":"integer","minimum":0},"blocking_failures":{"type":"integer","minimum":0,"description":"Results of severity error whose outcome is not pass."}},"additionalProperties":false},"results":{"type":"array","items":{"type":"object","required":["index","gate","severity","path","op","expected","outcome","value","cells","message"],"properties":{"index":{"type":"integer","minimum":1,"description":"1-based position of the gate in the evaluated list."},"gate":{"type":"string","minLength":1,"description":"The gate as written."},"name":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"path":{"type":"string","minLength":1,"description":"Concrete path of this result (a [*] replaced by the element\'s selector)."},"op":{"enum":["<=","<",">=",">","==","!=","semver<=","semver<","semver>=","semver>","semver==","semver!="]},"expected":{"type":["number","string","boolean"]},"outcome":{"enum":["pass","fail","not_found","conflict","error"]},"value":{"type":["number","string","boolean","null"],"description":"The resolved value; null when nothing scalar was resolved."},"cells":{"type":"array","items":{"type":"string"},"description":"Cell ids involved, sorted."},"message":{"type":"string","minLength":1},"matches":{"type":"array","items":{"type":"string"},"description":"conflict only: ids of the elements the predicate matched, sorted."}},"additionalProperties":false}}},"additionalProperties":false}');
// EXTERNAL MODULE: ./src/schemas/validate.ts + 7 modules
var validate = __webpack_require__(37480);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
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
 * (inferguard-gates/v1, registered here with the validator).
 */


(0,validate/* registerContract */.g)('inferguard-gates/v1', inferguard_gates_v1_schema_namespaceObject);







;// CONCATENATED MODULE: ./src/core/merge-reports.ts
/**
 * `mode: merge`: partial reports from matrix shards → one report. Every shard cell goes back
 * through the same pipeline as a fresh analysis (src/core/analyze.ts `buildReport`): copies of one
 * cell across shards merge (conflicting copies are kept apart with a finding, as in one results
 * dir), ids are re-assigned, and the cross-cell finding rules run again over the whole sweep, so
 * a family split across shards is judged as one. Pure: reports in, report out.
 *
 * Shard findings are carried over and deduplicated against the rules' fresh output (same code,
 * cell, severity and message = one finding). A cross-cell finding a shard raised on its partial
 * family is kept even when the merged family no longer shows it; shards that split a sweep by
 * family (the usual matrix: one model/engine/hardware per job) never hit that case.
 */


/** Keys of a wire cell that the pipeline rebuilds; everything else rides along as extras. */
const REBUILT_KEYS = new Set([
    'cell_id',
    'source_format',
    'source_variant',
    'source_formats',
    ...types/* IDENTITY_FIELDS */.DL,
    'topology',
    'artifacts',
    'completion',
    'metrics',
    'findings',
    'samples',
    'fragment_dirs',
    'timelineData',
]);
function artifactPaths(c) {
    const out = [];
    for (const v of Object.values(c.artifacts)) {
        if (typeof v === 'string')
            out.push(v);
        else if (Array.isArray(v))
            out.push(...v);
    }
    return [...new Set(out)].sort();
}
/** A written cell as a fragment, so the normal merge/id/rule pipeline can take it again. */
function cellToFragment(c) {
    const extras = {};
    for (const k of Object.keys(c).sort())
        if (!REBUILT_KEYS.has(k))
            extras[k] = c[k];
    const dirs = Array.isArray(c.fragment_dirs) ? c.fragment_dirs : [];
    return {
        source_format: c.source_format,
        ...(c.source_variant ? { source_variant: c.source_variant } : {}),
        explicit_id: c.cell_id,
        dir: dirs[0] ?? c.cell_id,
        identity: {
            hardware: c.hardware,
            model: c.model,
            framework: c.framework,
            precision: c.precision,
            scenario_type: c.scenario_type,
            is_multinode: c.is_multinode,
            recipe_name: c.recipe_name,
            isl: c.isl,
            osl: c.osl,
            concurrency: c.concurrency,
        },
        topology: { ...c.topology },
        artifacts: { ...c.artifacts },
        counts: {
            total: c.completion.num_requests_total,
            successful: c.completion.num_requests_successful,
            sessions_total: c.completion.sessions_total,
            sessions_completed: c.completion.sessions_completed,
            source: c.completion.counts_source,
            basis: c.completion.counts_basis,
        },
        metrics: { ...c.metrics },
        files: artifactPaths(c),
        findings: c.findings.map((f) => ({ ...f, cell_id: null, evidence: { ...f.evidence } })),
        ...(c.samples ? { samples: c.samples } : {}),
        ...(Object.keys(extras).length > 0 ? { extras } : {}),
    };
}
function findingKey(f) {
    return `${f.severity}\u0000${f.code}\u0000${f.cell_id ?? ''}\u0000${f.message}`;
}
function dedupe(findings) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        const k = findingKey(f);
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push(f);
    }
    return out.sort(analyze/* compareFindings */.Eg);
}
/**
 * Merges shard reports into one report (inferguard-analyze/v1 shape; the caller validates).
 * Shards are processed in `source` order, so the same shards give the same bytes in any order.
 */
function mergeReports(shards, problems, opts) {
    const ordered = [...shards].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    const adapterResults = ordered.map((s) => {
        const cellIds = new Set(s.report.cells.map((c) => c.cell_id));
        return {
            fragments: s.report.cells.map(cellToFragment),
            // Run-level findings only; cell findings travel with their fragment.
            findings: s.report.findings.filter((f) => f.cell_id === null || !cellIds.has(f.cell_id)).map((f) => ({ ...f })),
            manifest: s.report.artifact_manifest.map((m) => ({ ...m, cell_id: null })),
        };
    });
    const problemFindings = [...problems]
        .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
        .map((p) => ({
        code: 'missing_required_artifact',
        severity: 'critical',
        message: `Shard report ${p.source} cannot be merged: ${p.message}.`,
        cell_id: null,
        evidence: { file: p.source, kind: 'shard_report_unusable' },
    }));
    const report = (0,analyze/* buildReport */.FK)({
        adapterResults,
        files: [],
        claimed: new Set(),
        scanFindings: problemFindings,
        inputRoot: opts.inputRoot,
        generatedAt: opts.generatedAt,
        version: opts.version,
        thresholds: opts.thresholds,
        baseline: null,
        costRequested: false,
    });
    for (const c of report.cells)
        c.findings = dedupe(c.findings);
    report.findings = dedupe(report.findings);
    report.run_summary.findings_by_severity = (0,analyze/* countBySeverity */.Ot)(report.findings);
    report.merged_from = ordered.map((s) => s.source);
    return report;
}

;// CONCATENATED MODULE: ./src/core/ttfs.ts
/**
 * Time to first signal (seed 003): how long the action took from its start to the first signal a
 * person can see (the job summary, or the PR comment when that comes first). Pure: the caller
 * passes the clock readings, ids and the release; this module only builds the event object that
 * `schemas/inferguard-ttfs-event-v1.schema.json` describes (the seed schema, unchanged).
 */
const TTFS_CONTRACT = 'inferguard-ttfs-event/v1';
const TTFS_SCHEMA_VERSION = 'v1.0';
/** Error codes we emit (error_code is a free string in the schema). */
const TTFS_ERROR_CODES = {
    /** The first signal came, but later than the objective. Same spelling as the seed's example. */
    timeout: 'TTFS_TIMEOUT_EXCEEDED',
    /** The run failed before any signal was rendered. */
    failed: 'TTFS_RUN_FAILED',
};
/**
 * Builds one TTFS event. Rules:
 * - a signal rendered within `sloTargetMs` → `signal.rendered`, slo_breach false;
 * - rendered later than the objective → `signal.timeout` with error_code TTFS_TIMEOUT_EXCEEDED,
 *   slo_breach true (the seed's timeout example has the same shape);
 * - no signal because the run failed → `signal.error` with error_code TTFS_RUN_FAILED; slo_breach
 *   true when the failure itself came after the objective.
 * ttfs_ms is a non-negative integer (clock skew below zero is clamped to 0).
 */
function buildTtfsEvent(input) {
    const endMs = input.signalAtMs ?? input.nowMs;
    const ttfsMs = Math.max(0, Math.round(endMs - input.startedAtMs));
    const breach = ttfsMs > input.sloTargetMs;
    const base = {
        schema_version: TTFS_SCHEMA_VERSION,
        timestamp: new Date(input.nowMs).toISOString(),
        tenant_id: input.repository || 'unknown',
        job_id: input.jobId,
        run_id: input.runId,
        correlation_id: input.correlationId,
        surface: 'ci',
        ttfs_ms: ttfsMs,
        cache_hit: false,
        signal_source: 'cold_start',
        device: 'github-actions',
        release: input.release,
        slo_target_ms: input.sloTargetMs,
        slo_breach: breach,
        is_offline_mode: input.offline,
        metadata: { signal: input.signal, ...(input.metadata ?? {}) },
    };
    if (input.signalAtMs === null) {
        return {
            ...base,
            event_type: 'signal.error',
            kind: 'failed',
            phase: input.error?.phase ?? 'unknown',
            error_code: TTFS_ERROR_CODES.failed,
            error_message: input.error?.message ?? 'no signal was rendered',
        };
    }
    return {
        ...base,
        event_type: breach ? 'signal.timeout' : 'signal.rendered',
        kind: input.outcome,
        phase: 'report',
        ...(breach
            ? {
                error_code: TTFS_ERROR_CODES.timeout,
                error_message: `first signal after ${ttfsMs} ms, objective ${input.sloTargetMs} ms`,
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/core/findings/order.ts
var order = __webpack_require__(8642);
;// CONCATENATED MODULE: ./src/core/exit-policy.ts
/**
 * The one exit decision of the action, `inferguard analyze` and `inferguard compare`: a policy
 * (the user's fail-on settings) applied to the evidence of one run (its findings, gates block and
 * compare verdict) by a table of rules. Each rule says whether it fails the run, with which exit
 * code and one line of why. Exit codes (README "Exit codes"): 0 ok; 1 a finding at or above
 * fail-on (none critical), a blocking gate, or a REGRESSION under fail-on-regression; 2 a critical
 * finding (fail-on not `never`); 3 no report.
 */


const FAIL_ON_VALUES = ['never', 'info', 'warning', 'critical'];
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_CRITICAL = 2;
const EXIT_NO_REPORT = 3;
/** Findings per severity. */
const countFindings = order/* countBySeverity */.Ot;
/** Exit code for findings under a fail-on level: 0, 1 (none critical) or 2 (a critical one). */
function exitCodeFor(findings, failOn) {
    if (failOn === 'never')
        return EXIT_OK;
    const min = types/* SEVERITY_RANK */.f3[failOn];
    const hits = findings.filter((f) => types/* SEVERITY_RANK */.f3[f.severity] >= min);
    if (hits.length === 0)
        return EXIT_OK;
    return hits.some((f) => f.severity === 'critical') ? EXIT_CRITICAL : EXIT_FINDINGS;
}
const findingsRule = {
    name: 'findings',
    judge({ failOn }, { findings }) {
        const exitCode = exitCodeFor(findings, failOn);
        if (exitCode === EXIT_OK)
            return null;
        const c = countFindings(findings);
        const first = findings.find((f) => f.severity === 'critical') ?? findings[0];
        return {
            exitCode,
            message: `${c.critical} critical and ${c.warning} warning finding(s) reach fail-on '${failOn}'${first ? `; first: ${first.message}` : ''}`,
        };
    },
};
/** A gate of severity error that did not pass (fail, not found, conflict, error) fails the run. */
const gatesRule = {
    name: 'gates',
    judge(_policy, { gates }) {
        if (!gates || gates.summary.blocking_failures === 0)
            return null;
        const g = gates.summary;
        const first = gates.results.find((r) => r.severity === 'error' && r.outcome !== 'pass');
        return {
            exitCode: EXIT_FINDINGS,
            message: `${g.blocking_failures} gate result(s) did not pass (${g.failed} failed, ${g.not_found} not found, ${g.conflict} conflict, ${g.error} error)${first ? `; first: ${first.message}` : ''}`,
        };
    },
};
const regressionRule = {
    name: 'regression',
    judge({ failOnRegression }, { verdict }) {
        if (!failOnRegression || verdict !== 'REGRESSION')
            return null;
        return {
            exitCode: EXIT_FINDINGS,
            message: 'the comparison with the baseline found a REGRESSION (fail-on-regression)',
        };
    },
};
/** The policy's rules, in the order their reasons are reported. */
const EXIT_RULES = [findingsRule, gatesRule, regressionRule];
/** Applies every rule of EXIT_RULES; the exit code is the highest a rule gives. */
function decideExit(policy, evidence) {
    const reasons = [];
    for (const rule of EXIT_RULES) {
        const r = rule.judge(policy, evidence);
        if (r)
            reasons.push({ rule: rule.name, ...r });
    }
    const exitCode = Math.max(EXIT_OK, ...reasons.map((r) => r.exitCode));
    return { exitCode, failed: exitCode !== EXIT_OK, reasons, counts: countFindings(evidence.findings) };
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Every action input, read in one place. Names are spelled exactly as in action.yml (one const
 * map); `getInputs()` returns one typed `ActionInputs` or throws a UsageError naming the input,
 * what we got, and what we expected.
 */



/** Input names as spelled in action.yml. */
const INPUT_NAMES = {
    mode: 'mode',
    resultsPath: 'results-path',
    artifactPattern: 'artifact-pattern',
    artifactRunId: 'artifact-run-id',
    githubToken: 'github-token',
    baseline: 'baseline',
    baseBranch: 'base-branch',
    reportArtifact: 'report-artifact',
    comment: 'comment',
    commentKey: 'comment-key',
    commentAuthor: 'comment-author',
    failOn: 'fail-on',
    failOnRegression: 'fail-on-regression',
    strict: 'strict',
    gpuHourCost: 'gpu-hour-cost',
    currency: 'currency',
    priceTable: 'price-table',
    gpus: 'gpus',
    config: 'config',
    gates: 'gates',
    outputDir: 'output-dir',
    ttfsSloMs: 'ttfs-slo-ms',
};
const MODES = ['analyze', 'merge', 'comment'];
const COMMENT_POLICIES = ['auto', 'always', 'on-change', 'never'];
/** Characters GitHub refuses in artifact names (@actions/artifact path-and-artifact-name-validation). */
const BAD_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/;
function str(name) {
    return core.getInput(name);
}
function oneOf(name, values, fallback) {
    const v = str(name);
    if (v === '')
        return fallback;
    if (values.includes(v))
        return v;
    throw new types/* UsageError */.eb(`'${name}' must be one of ${values.join(', ')}, got '${v}'`);
}
function bool(name, fallback) {
    const v = str(name);
    if (v === '')
        return fallback;
    // YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them.
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new types/* UsageError */.eb(`'${name}' must be true or false, got '${v}'`);
}
function positiveNumber(name, { integer = false } = {}) {
    const v = str(name);
    if (v === '')
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
        throw new types/* UsageError */.eb(`'${name}' must be ${integer ? 'an integer' : 'a number'} greater than 0, got '${v}'`);
    }
    return n;
}
function runId(name, v) {
    if (!/^[1-9][0-9]{0,18}$/.test(v) || !Number.isSafeInteger(Number(v))) {
        throw new types/* UsageError */.eb(`'${name}' must be a workflow run id (a positive integer), got '${v}'`);
    }
    return Number(v);
}
function parseBaseline() {
    const v = str(INPUT_NAMES.baseline);
    if (v === '' || v === 'auto')
        return { kind: 'auto' };
    if (v === 'none')
        return { kind: 'none' };
    if (/^[0-9]+$/.test(v))
        return { kind: 'run', runId: runId(INPUT_NAMES.baseline, v) };
    if (v.endsWith('.json'))
        return { kind: 'path', path: v };
    throw new types/* UsageError */.eb(`'baseline' must be auto, none, a workflow run id or a path to a report.json, got '${v}'`);
}
/** Artifact name patterns: comma- or newline-separated, blanks dropped, sorted and deduplicated. */
function parsePatterns() {
    const raw = str(INPUT_NAMES.artifactPattern);
    return [
        ...new Set(raw
            .split(/[\n,]/)
            .map((p) => p.trim())
            .filter((p) => p !== '')),
    ].sort();
}
function parseCommentKey() {
    const v = str(INPUT_NAMES.commentKey);
    if (v === '')
        return 'default';
    if (!/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(v) || v.includes('--')) {
        throw new types/* UsageError */.eb(`'comment-key' must be 1-64 characters of a-z, 0-9 and single hyphens, got '${v}'`);
    }
    return v;
}
/** Reads and checks every input. Throws UsageError on the first bad one. */
function getInputs() {
    const mode = oneOf(INPUT_NAMES.mode, MODES, 'analyze');
    const reportArtifact = str(INPUT_NAMES.reportArtifact) || 'inferguard-report';
    if (BAD_ARTIFACT_NAME.test(reportArtifact)) {
        throw new types/* UsageError */.eb(`'report-artifact' must be a valid artifact name (no " : < > | * ? \\ / or newlines), got '${reportArtifact}'`);
    }
    const runIdText = str(INPUT_NAMES.artifactRunId);
    const gpuHourCost = positiveNumber(INPUT_NAMES.gpuHourCost);
    const priceTable = str(INPUT_NAMES.priceTable) || undefined;
    if (gpuHourCost !== undefined && priceTable !== undefined) {
        throw new types/* UsageError */.eb(`'gpu-hour-cost' and 'price-table' exclude each other, got both`);
    }
    const currency = str(INPUT_NAMES.currency) || undefined;
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
        throw new types/* UsageError */.eb(`'currency' must be a three-letter ISO 4217 code such as USD, got '${currency}'`);
    }
    const sloText = str(INPUT_NAMES.ttfsSloMs);
    const ttfsSloMs = sloText === '' ? DEFAULT_TTFS_SLO_MS : Number(sloText);
    if (!Number.isInteger(ttfsSloMs) || ttfsSloMs <= 0) {
        throw new types/* UsageError */.eb(`'ttfs-slo-ms' must be an integer number of milliseconds greater than 0, got '${sloText}'`);
    }
    const inputs = {
        mode,
        resultsPath: str(INPUT_NAMES.resultsPath) || DEFAULT_RESULTS_PATH,
        artifactPatterns: parsePatterns(),
        artifactRunId: runIdText === '' ? null : runId(INPUT_NAMES.artifactRunId, runIdText),
        githubToken: str(INPUT_NAMES.githubToken),
        baseline: parseBaseline(),
        baseBranch: str(INPUT_NAMES.baseBranch),
        reportArtifact,
        comment: oneOf(INPUT_NAMES.comment, COMMENT_POLICIES, 'auto'),
        commentKey: parseCommentKey(),
        commentAuthor: str(INPUT_NAMES.commentAuthor) || 'github-actions[bot]',
        failOn: oneOf(INPUT_NAMES.failOn, FAIL_ON_VALUES, 'critical'),
        failOnRegression: bool(INPUT_NAMES.failOnRegression, false),
        strict: bool(INPUT_NAMES.strict, false),
        gpuHourCost,
        currency,
        priceTable,
        gpus: positiveNumber(INPUT_NAMES.gpus, { integer: true }),
        config: str(INPUT_NAMES.config) || undefined,
        gates: core.getInput(INPUT_NAMES.gates, { trimWhitespace: false }),
        outputDir: str(INPUT_NAMES.outputDir) || DEFAULT_OUTPUT_DIR,
        ttfsSloMs,
    };
    if (mode === 'merge' && inputs.artifactPatterns.length === 0 && str(INPUT_NAMES.resultsPath) === '') {
        throw new types/* UsageError */.eb(`mode 'merge' needs 'artifact-pattern' (the shard report artifacts) or 'results-path' (a folder of shard reports), got neither`);
    }
    return inputs;
}
const DEFAULT_RESULTS_PATH = 'inferguard-results';
const DEFAULT_OUTPUT_DIR = 'inferguard-out';
/** Default TTFS objective: a first signal within one minute of the step starting. */
const DEFAULT_TTFS_SLO_MS = 60_000;

// EXTERNAL MODULE: ./src/io/analyze-dir.ts + 18 modules
var analyze_dir = __webpack_require__(94311);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(83103);
;// CONCATENATED MODULE: ./src/io/github/artifacts.ts
/**
 * Artifacts through the real @actions/artifact client: download this run's (or another run's)
 * benchmark artifacts by name pattern, one folder per artifact (INPUTS.md §1.3 layout), and
 * upload our one report artifact. Digest mismatches are errors; failures are one line.
 */


/** Thrown for artifact-service failures, already in one line. */
class ArtifactError extends Error {
    operation;
    status;
    name = 'ArtifactError';
    constructor(operation, detail, status = null) {
        super(`artifact ${operation} failed${status !== null ? ` (HTTP ${status})` : ''}: ${detail}`);
        this.operation = operation;
        this.status = status;
    }
}
/** The HTTP status inside @actions/artifact's messages ("Failed request: (409) ..."), or a `status` field. */
function artifactErrorStatus(e) {
    const s = e?.status;
    if (typeof s === 'number')
        return s;
    const m = /\((\d{3})\)|status(?: code)?:? (\d{3})|HTTP (\d{3})|response: (\d{3})/i.exec(e instanceof Error ? e.message : String(e));
    const v = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : NaN;
    return Number.isFinite(v) ? v : null;
}
function oneLine(e) {
    const msg = e instanceof Error ? e.message : String(e);
    return (msg.split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}
function toArtifactError(operation, e) {
    if (e instanceof ArtifactError)
        return e;
    return new ArtifactError(operation, oneLine(e), artifactErrorStatus(e));
}
/** Glob-style artifact name match: `*` any run of characters, `?` one character, else literal. */
function matchesPattern(name, pattern) {
    const re = new RegExp(`^${pattern
        .split('')
        .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`, 's');
    return re.test(name);
}
/** Newest artifact per name (highest id), among those matching any pattern, sorted by name. */
function selectArtifacts(all, patterns) {
    const byName = new Map();
    for (const a of all) {
        if (!patterns.some((p) => matchesPattern(a.name, p)))
            continue;
        const prev = byName.get(a.name);
        if (!prev || a.id > prev.id)
            byName.set(a.name, a);
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Artifact names become folder names; refuse anything that could leave the destination. */
function safeFolder(name) {
    if (name === '' || name === '.' || name === '..' || /[\\/]/.test(name))
        throw new ArtifactError('download', `refusing artifact name '${name}'`);
    return name;
}
/**
 * Downloads every artifact matching `patterns` into `destDir/<artifact name>/`. With `findBy`,
 * from another run (REST, token needs actions: read); else from the current run (artifact
 * service). Returns the downloaded artifacts sorted by name.
 */
async function downloadArtifacts(client, o) {
    const find = o.findBy ? { findBy: o.findBy } : {};
    let listed;
    try {
        listed = (await client.listArtifacts({ latest: true, ...find })).artifacts;
    }
    catch (e) {
        throw toArtifactError('list', e);
    }
    const picked = selectArtifacts(listed, o.patterns);
    const out = [];
    for (const a of picked) {
        out.push(await downloadOne(client, a, external_node_path_default().join(o.destDir, safeFolder(a.name)), o.findBy ?? null));
    }
    return out;
}
/** Downloads one artifact into `dir`, checking its digest when the listing gave one. */
async function downloadOne(client, a, dir, findBy) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    let res;
    try {
        res = await client.downloadArtifact(a.id, {
            path: dir,
            ...(a.digest ? { expectedHash: a.digest } : {}),
            ...(findBy ? { findBy } : {}),
        });
    }
    catch (e) {
        throw toArtifactError(`download of '${a.name}'`, e);
    }
    if (res.digestMismatch)
        throw new ArtifactError(`download of '${a.name}'`, `digest mismatch (expected ${a.digest ?? '?'})`);
    return { name: a.name, id: a.id, dir };
}
/** Uploads `files` (absolute paths under `rootDir`) as one artifact; returns its id. */
async function uploadArtifact(client, o) {
    try {
        const res = await client.uploadArtifact(o.name, [...o.files].sort(), o.rootDir, o.retentionDays ? { retentionDays: o.retentionDays } : {});
        return { id: res.id ?? null, size: res.size ?? null };
    }
    catch (e) {
        throw toArtifactError(`upload of '${o.name}'`, e);
    }
}

;// CONCATENATED MODULE: ./src/io/github/errors.ts
/**
 * GitHub failures as one line: the operation we attempted, the HTTP status and GitHub's message.
 */
/** An API call that failed, already described in one line. */
class GitHubApiError extends Error {
    operation;
    status;
    name = 'GitHubApiError';
    constructor(operation, status, detail) {
        super(`GitHub API ${operation} failed${status !== null ? ` (HTTP ${status})` : ''}: ${detail}`);
        this.operation = operation;
        this.status = status;
    }
}
/** HTTP status of an Octokit RequestError (or anything with a numeric `status`), else null. */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : null;
}
/** First line of GitHub's message, capped, without the docs URL noise. */
function detailOf(e) {
    const resp = e?.response?.data;
    const fromBody = resp && typeof resp === 'object' ? resp.message : undefined;
    const raw = typeof fromBody === 'string' && fromBody !== '' ? fromBody : e instanceof Error ? e.message : String(e);
    const line = raw.split(/\r?\n/)[0] ?? '';
    return (line.replace(/\s*-\s*https:\/\/docs\.github\.com\S*/g, '').trim() || 'unknown error').slice(0, 300);
}
/** Wraps any error from an API call into a one-line GitHubApiError naming `operation`. */
function toApiError(operation, e) {
    if (e instanceof GitHubApiError)
        return e;
    return new GitHubApiError(operation, statusOf(e), detailOf(e));
}
/** Runs `fn`; a failure becomes a one-line GitHubApiError naming `operation`. */
async function callApi(operation, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw toApiError(operation, e);
    }
}
/**
 * True when the token may not write here: a fork PR's read-only GITHUB_TOKEN gets 403
 * "Resource not accessible by integration"; some endpoints answer 404 instead of 403.
 */
function isPermissionError(e) {
    const s = e instanceof GitHubApiError ? e.status : statusOf(e);
    return s === 403 || s === 401;
}

;// CONCATENATED MODULE: ./src/io/github/baseline.ts
/**
 * Baseline lookup: the newest successful push run of the same workflow on the base branch that
 * still has our report artifact (one small page, no history walk), preferring the run for the
 * PR's base SHA when there is one; then its report.json, downloaded with the real artifact client
 * (findBy) and treated as untrusted: size-capped and schema-validated. "No baseline" is an
 * outcome with a reason, never an error.
 */





/** One page of recent runs is enough: we stop at the first one that has the artifact. */
const RUNS_PAGE_SIZE = 20;
/** A report.json larger than this is not a report we wrote; refuse it unread. */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
/** Finds the baseline run and its report artifact (REST only; no download). */
async function findBaselineRun(api, o) {
    const fullName = `${o.owner}/${o.repo}`;
    const res = await callApi('actions/list-workflow-runs', () => api.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner: o.owner,
        repo: o.repo,
        workflow_id: o.workflowId,
        branch: o.branch,
        event: 'push',
        status: 'success',
        exclude_pull_requests: true,
        per_page: RUNS_PAGE_SIZE,
    }));
    const runs = (res.data.workflow_runs ?? []).filter(
    // A fork's own `main` also has push runs on `main`: require the run to come from this repository.
    (r) => r.conclusion === 'success' &&
        r.head_branch === o.branch &&
        r.head_repository?.full_name === fullName &&
        r.id !== o.excludeRunId);
    if (runs.length === 0)
        return { found: false, reason: `no successful push run of this workflow on '${o.branch}'` };
    // Newest first as GitHub returns them; the preferred SHA's run moves to the front.
    const ordered = o.preferSha
        ? [...runs.filter((r) => r.head_sha === o.preferSha), ...runs.filter((r) => r.head_sha !== o.preferSha)]
        : runs;
    let expired = 0;
    for (const run of ordered) {
        const ar = await callApi('actions/list-workflow-run-artifacts', () => api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
            owner: o.owner,
            repo: o.repo,
            run_id: run.id,
            name: o.artifactName,
            per_page: 10,
        }));
        const items = (ar.data.artifacts ?? []).filter((a) => a.name === o.artifactName);
        const live = items.filter((a) => !a.expired).sort((a, b) => b.id - a.id);
        if (items.length > 0 && live.length === 0)
            expired++;
        const a = live[0];
        if (a)
            return {
                found: true,
                run: { runId: run.id, headSha: run.head_sha, artifactId: a.id, artifactName: a.name, digest: a.digest ?? null },
            };
    }
    return {
        found: false,
        reason: expired > 0
            ? `the '${o.artifactName}' artifact of the recent runs on '${o.branch}' has expired`
            : `no recent successful run on '${o.branch}' has a '${o.artifactName}' artifact`,
    };
}
/** Reads and validates an untrusted report.json (size cap, JSON, inferguard-analyze/v1). */
async function loadReportFile(file, label) {
    let size;
    try {
        size = (await (0,promises_.stat)(file)).size;
    }
    catch {
        return { ok: false, reason: `${label} has no report.json` };
    }
    if (size > MAX_REPORT_BYTES)
        return { ok: false, reason: `${label} report.json is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte cap` };
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        return { ok: false, reason: `${label} report.json is not valid JSON (${e.message.split('\n')[0]})` };
    }
    const v = (0,validate/* validateContract */.T7)('inferguard-analyze/v1', value);
    if (!v.ok)
        return {
            ok: false,
            reason: `${label} report.json does not satisfy inferguard-analyze/v1: ${v.errors.slice(0, 2).join('; ')}`,
        };
    return { ok: true, report: value };
}
/** Downloads the baseline run's report artifact into `dir` and loads its report.json. */
async function downloadBaselineReport(client, run, o) {
    try {
        await downloadOne(client, { id: run.artifactId, name: run.artifactName, size: 0, ...(run.digest ? { digest: run.digest } : {}) }, o.dir, o.findBy);
    }
    catch (e) {
        const err = toArtifactError(`download of baseline '${run.artifactName}' from run ${run.runId}`, e);
        const expired = err.status === 410 || /\b410\b|expired/i.test(err.message);
        return {
            ok: false,
            reason: expired ? `the baseline artifact of run ${run.runId} has expired (HTTP 410)` : err.message,
        };
    }
    return loadReportFile(external_node_path_default().join(o.dir, 'report.json'), `baseline run ${run.runId}`);
}

;// CONCATENATED MODULE: ./src/io/github/comment.ts
/**
 * The sticky PR comment: find ours (marker at the start of the body AND the expected bot author)
 * across all pages, update it, create one only when none exists. A human's comment that contains
 * the marker is never touched. The body arrives within budget (src/render/comment.ts).
 */

const PER_PAGE = 100;
/** Stop paging after this many pages (10,000 comments): a guard against a runaway Link chain. */
const MAX_PAGES = 100;
function hasNextPage(link) {
    return typeof link === 'string' && /<[^>]+>;\s*rel="next"/.test(link);
}
/** True when `c` is our comment: body starts with the marker and the author is our bot. */
function isOurComment(c, marker, author) {
    const body = c.body ?? '';
    if (!body.startsWith(marker))
        return false;
    const login = c.user?.login ?? '';
    if (login.toLowerCase() !== author.toLowerCase())
        return false;
    // A "[bot]" login must belong to a Bot account (a user cannot register such a login, but be strict).
    if (author.endsWith('[bot]') && c.user?.type !== undefined && c.user.type !== 'Bot')
        return false;
    return true;
}
/** Lists every page of the PR's comments and picks ours. */
async function findStickyComment(api, o) {
    const mine = [];
    let impostors = 0;
    let page = 1;
    for (; page <= MAX_PAGES; page++) {
        const res = await callApi('issues/list-comments', () => api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: o.owner,
            repo: o.repo,
            issue_number: o.issueNumber,
            per_page: PER_PAGE,
            page,
        }));
        const items = Array.isArray(res.data) ? res.data : [];
        for (const c of items) {
            if (isOurComment(c, o.marker, o.author))
                mine.push(c);
            else if ((c.body ?? '').includes(o.marker))
                impostors++;
        }
        if (!hasNextPage(res.headers.link) || items.length < PER_PAGE)
            break;
    }
    mine.sort((a, b) => a.id - b.id);
    return { ours: mine[0] ?? null, duplicates: mine.slice(1), impostors, pages: Math.min(page, MAX_PAGES) };
}
/**
 * Updates our comment or creates it. `createIfMissing: false` (comment: on-change with nothing to
 * say) only updates an existing one and returns null otherwise.
 */
async function upsertComment(api, o) {
    const found = await findStickyComment(api, o);
    if (found.ours) {
        const res = await callApi('issues/update-comment', () => api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: o.owner,
            repo: o.repo,
            comment_id: found.ours.id,
            body: o.body,
        }));
        const c = res.data;
        return {
            action: 'updated',
            id: c.id,
            url: c.html_url,
            duplicates: found.duplicates.length,
            impostors: found.impostors,
        };
    }
    if (o.createIfMissing === false)
        return null;
    const res = await callApi('issues/create-comment', () => api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: o.owner,
        repo: o.repo,
        issue_number: o.issueNumber,
        body: o.body,
    }));
    const c = res.data;
    return { action: 'created', id: c.id, url: c.html_url, duplicates: 0, impostors: found.impostors };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/io/github/context.ts
/**
 * The workflow context the action needs, read from the runner's environment and event file.
 * Read explicitly (not through @actions/github's `context`, which is frozen at import time), so
 * tests can pass an env object.
 */


function intOrNull(v) {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}
function strOrNull(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/** Reads the event JSON; a missing or unreadable file is an empty payload (local runs). */
function readEventPayload(file) {
    if (!file)
        return {};
    try {
        return obj(JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')));
    }
    catch {
        return {};
    }
}
function parsePullRequest(payload) {
    const pr = obj(payload.pull_request);
    const number = intOrNull(pr.number ?? payload.number);
    const head = obj(pr.head);
    const base = obj(pr.base);
    const headSha = strOrNull(head.sha);
    const baseRef = strOrNull(base.ref);
    if (number === null || headSha === null || baseRef === null)
        return null;
    return {
        number,
        headSha,
        headRepo: strOrNull(obj(head.repo).full_name),
        baseRef,
        baseSha: strOrNull(base.sha),
    };
}
function parseWorkflowRun(payload) {
    const run = obj(payload.workflow_run);
    const id = intOrNull(run.id);
    const headSha = strOrNull(run.head_sha);
    if (id === null || headSha === null)
        return null;
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        workflowId: intOrNull(run.workflow_id),
        event: strOrNull(run.event),
        conclusion: strOrNull(run.conclusion),
        headSha,
        headBranch: strOrNull(run.head_branch),
        headRepo: strOrNull(obj(run.head_repository).full_name),
        pullRequests: [...new Set(prs.map((p) => intOrNull(obj(p).number)).filter((n) => n !== null))].sort((a, b) => a - b),
    };
}
function readActionContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const runId = intOrNull(env.GITHUB_RUN_ID);
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const isPrEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
    return {
        repository,
        owner,
        repo,
        eventName,
        runId,
        runAttempt: intOrNull(env.GITHUB_RUN_ATTEMPT) ?? 1,
        job: env.GITHUB_JOB ?? '',
        sha: env.GITHUB_SHA ?? '',
        serverUrl,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || null,
        pullRequest: isPrEvent ? parsePullRequest(payload) : null,
        workflowRun: eventName === 'workflow_run' ? parseWorkflowRun(payload) : null,
        defaultBranch: strOrNull(obj(payload.repository).default_branch),
        hasArtifactRuntime: !!env.ACTIONS_RUNTIME_TOKEN && !!env.ACTIONS_RESULTS_URL,
        runUrl: repository && runId !== null ? `${serverUrl}/${repository}/actions/runs/${runId}` : null,
    };
}
/**
 * A stable UUID (RFC 4122 layout, version 5-style bits over SHA-256) for a name, so the TTFS
 * job/run ids are the same on every re-read of the same run and need no randomness.
 */
function nameToUuid(name) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(name).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/io/github/octokit.ts
/**
 * The one Octokit factory: @actions/github's client (GITHUB_API_URL, proxy-aware fetch) plus the
 * retry and throttling plugins. Everything else in src/io/github talks to GitHub through the
 * narrow `GitHubApi` interface below, so unit tests can pass a small fake.
 */




/** Secondary/primary rate limits: retry at most this many times (GitHub's guidance: back off, then give up). */
const MAX_RATE_LIMIT_RETRIES = 2;
/** Octokit with retry (5xx and 429, 3 times) and throttling (rate limits retried twice). */
function createOctokit(token, opts = {}) {
    return (0,github/* getOctokit */.Q)(token, {
        retry: { retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000 },
        throttle: {
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                core.warning(`GitHub API rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter} s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                core.warning(`GitHub API secondary rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter} s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The Octokit seen through the narrow interface. */
function asGitHubApi(octokit) {
    return octokit;
}

;// CONCATENATED MODULE: ./src/io/github/pull-request.ts
/**
 * workflow_run mode: the PR number from the triggering run's artifact is untrusted. Accept it
 * only after `GET /pulls/{n}` shows the PR's head SHA equal to the triggering run's head SHA, and
 * take the base branch from that API answer, never from the artifact.
 */

/** Confirms that PR `number` has head `headSha`. A mismatch is refused, with the reason. */
async function confirmPullRequest(api, o) {
    const res = await callApi('pulls/get', () => api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: o.owner,
        repo: o.repo,
        pull_number: o.number,
    }));
    const pr = res.data;
    if (pr.head?.sha !== o.headSha) {
        return {
            ok: false,
            reason: `PR #${o.number} head is ${String(pr.head?.sha).slice(0, 12)}, but the triggering run built ${o.headSha.slice(0, 12)}; not commenting`,
        };
    }
    return { ok: true, number: pr.number, baseRef: pr.base.ref, baseSha: pr.base.sha, headSha: pr.head.sha };
}
/** The run's workflow id (to find baseline runs of the same workflow). */
async function getWorkflowId(api, o) {
    const res = await callApi('actions/get-workflow-run', () => api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner: o.owner, repo: o.repo, run_id: o.runId }));
    return res.data.workflow_id;
}

;// CONCATENATED MODULE: ./schemas/inferguard-ttfs-event-v1.schema.json
const inferguard_ttfs_event_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://stella-ops.org/schemas/ttfs-event.schema.json","title":"Time-to-First-Signal (TTFS) Telemetry Event","description":"Schema for tracking time-to-first-signal metrics across UI, CLI, and CI surfaces","type":"object","required":["schema_version","event_type","timestamp","tenant_id","job_id","surface","ttfs_ms"],"properties":{"schema_version":{"type":"string","pattern":"^v[0-9]+\\\\.[0-9]+$","description":"Schema version (e.g., v1.0)","examples":["v1.0"]},"event_type":{"type":"string","enum":["signal.start","signal.rendered","signal.timeout","signal.error","signal.cache_hit","signal.cold_start"],"description":"Type of TTFS event"},"timestamp":{"type":"string","format":"date-time","description":"ISO-8601 UTC timestamp when event occurred"},"tenant_id":{"type":"string","minLength":1,"description":"Tenant identifier for scoping"},"job_id":{"type":"string","format":"uuid","description":"Job identifier for the signal request"},"run_id":{"type":["string","null"],"format":"uuid","description":"Run identifier if job is part of a run"},"correlation_id":{"type":["string","null"],"description":"Correlation ID for distributed tracing"},"surface":{"type":"string","enum":["ui","cli","ci"],"description":"Surface where the signal request originated"},"ttfs_ms":{"type":"integer","minimum":0,"description":"Time-to-first-signal in milliseconds"},"cache_hit":{"type":"boolean","default":false,"description":"True if signal was served from cache"},"signal_source":{"type":["string","null"],"enum":["snapshot","cold_start","failure_index",null],"description":"Source of the signal data"},"kind":{"type":["string","null"],"enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable",null],"description":"Signal kind indicating current job state"},"phase":{"type":["string","null"],"enum":["resolve","fetch","restore","analyze","policy","report","unknown",null],"description":"Current execution phase of the job"},"network_state":{"type":["string","null"],"description":"Client network state (e.g., \'4g\', \'wifi\', \'offline\')"},"device":{"type":["string","null"],"description":"Client device type (e.g., \'desktop\', \'mobile\', \'cli\')"},"release":{"type":["string","null"],"description":"Application release version"},"trace_id":{"type":["string","null"],"pattern":"^[a-f0-9]{32}$","description":"OpenTelemetry trace ID (32 hex characters)"},"span_id":{"type":["string","null"],"pattern":"^[a-f0-9]{16}$","description":"OpenTelemetry span ID (16 hex characters)"},"error_code":{"type":["string","null"],"description":"Error code if event_type is signal.error or signal.timeout"},"error_message":{"type":["string","null"],"description":"Human-readable error message"},"slo_target_ms":{"type":["integer","null"],"minimum":0,"description":"SLO target in milliseconds for this request"},"slo_breach":{"type":"boolean","default":false,"description":"True if this event represents an SLO breach"},"is_offline_mode":{"type":"boolean","default":false,"description":"True if event occurred in offline/air-gap mode"},"metadata":{"type":"object","additionalProperties":true,"description":"Additional context-specific metadata"}},"additionalProperties":false,"allOf":[{"if":{"properties":{"event_type":{"const":"signal.error"}},"required":["event_type"]},"then":{"required":["error_code"]}},{"if":{"properties":{"event_type":{"const":"signal.timeout"}},"required":["event_type"]},"then":{"required":["error_code"]}}],"examples":[{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:30:00.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","run_id":"660e8400-e29b-41d4-a716-446655440001","surface":"ui","ttfs_ms":850,"cache_hit":true,"signal_source":"snapshot","kind":"started","phase":"analyze","slo_target_ms":2000,"slo_breach":false,"is_offline_mode":false},{"schema_version":"v1.0","event_type":"signal.cache_hit","timestamp":"2025-12-14T10:30:01.000Z","tenant_id":"tenant-123","job_id":"550e8400-e29b-41d4-a716-446655440000","surface":"cli","ttfs_ms":120,"cache_hit":true,"signal_source":"snapshot","kind":"phase","phase":"policy","device":"cli","release":"1.2.3"},{"schema_version":"v1.0","event_type":"signal.cold_start","timestamp":"2025-12-14T10:31:00.000Z","tenant_id":"tenant-456","job_id":"770e8400-e29b-41d4-a716-446655440002","surface":"ci","ttfs_ms":3200,"cache_hit":false,"signal_source":"cold_start","kind":"succeeded","phase":"report","slo_target_ms":5000,"slo_breach":false},{"schema_version":"v1.0","event_type":"signal.timeout","timestamp":"2025-12-14T10:32:00.000Z","tenant_id":"tenant-789","job_id":"880e8400-e29b-41d4-a716-446655440003","surface":"ui","ttfs_ms":5500,"cache_hit":false,"signal_source":"cold_start","kind":"unavailable","phase":"unknown","error_code":"TTFS_TIMEOUT_EXCEEDED","error_message":"Signal fetch exceeded 5s budget","slo_target_ms":5000,"slo_breach":true},{"schema_version":"v1.0","event_type":"signal.error","timestamp":"2025-12-14T10:33:00.000Z","tenant_id":"tenant-abc","job_id":"990e8400-e29b-41d4-a716-446655440004","surface":"ui","ttfs_ms":1200,"cache_hit":false,"error_code":"TTFS_JOB_NOT_FOUND","error_message":"Job not found or access denied","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"},{"schema_version":"v1.0","event_type":"signal.rendered","timestamp":"2025-12-14T10:34:00.000Z","tenant_id":"tenant-airgap","job_id":"aa0e8400-e29b-41d4-a716-446655440005","surface":"ui","ttfs_ms":1800,"cache_hit":false,"signal_source":"failure_index","kind":"failed","phase":"analyze","is_offline_mode":true,"metadata":{"failure_signature_id":"sig-001","predicted_mttr_seconds":300,"likely_cause":"Registry rate limiting"}}],"$defs":{"signal_kind":{"type":"string","enum":["queued","started","phase","blocked","failed","succeeded","canceled","unavailable"],"description":"Enumeration of signal kinds"},"signal_phase":{"type":"string","enum":["resolve","fetch","restore","analyze","policy","report","unknown"],"description":"Enumeration of execution phases"},"signal_surface":{"type":"string","enum":["ui","cli","ci"],"description":"Enumeration of request surfaces"},"signal_source_type":{"type":"string","enum":["snapshot","cold_start","failure_index"],"description":"Enumeration of signal data sources"}}}');
;// CONCATENATED MODULE: ./schemas/inferguard-pr-context-v1.schema.json
const inferguard_pr_context_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-pr-context/v1","description":"What the pull_request run knew about its PR, uploaded next to report.json so a workflow_run job can find the PR. Untrusted on read: the PR number is used only after GET /pulls/{n} shows the same head SHA.","type":"object","required":["schema_version","repository","pr_number","head_sha","base_ref","run_id"],"additionalProperties":false,"properties":{"schema_version":{"const":"inferguard-pr-context/v1"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pr_number":{"type":"integer","minimum":1},"head_sha":{"type":"string","pattern":"^[0-9a-f]{40}$"},"base_ref":{"type":"string","minLength":1,"maxLength":255},"run_id":{"type":["integer","null"],"minimum":1}}}');
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
    (0,validate/* assertContract */.jj)(contract, value, external_node_path_default().basename(file));
    await writeFileAtomic(file, toJsonParts(value));
}

;// CONCATENATED MODULE: ./src/io/github/records.ts
/**
 * The small JSON records the action adds to its artifact next to report.json: the TTFS event
 * (seed 003 schema) and the PR context for the workflow_run comment job. Both are registered as
 * contracts here and validated on every write (and, for the PR context, on read: it is untrusted).
 */






const PR_CONTEXT_CONTRACT = 'inferguard-pr-context/v1';
const TTFS_FILE = 'ttfs.json';
const PR_CONTEXT_FILE = 'pr-context.json';
// Registered without the seed's foreign $id, so registering twice (tests) never clashes in ajv.
const { $id: _ttfsId, ...ttfsContract } = inferguard_ttfs_event_v1_schema_namespaceObject;
(0,validate/* registerContract */.g)(TTFS_CONTRACT, ttfsContract);
(0,validate/* registerContract */.g)(PR_CONTEXT_CONTRACT, inferguard_pr_context_v1_schema_namespaceObject);
async function writeTtfsEvent(file, event) {
    await writeJsonValidated(file, TTFS_CONTRACT, event);
}
async function writePrContext(file, ctx) {
    await writeJsonValidated(file, PR_CONTEXT_CONTRACT, ctx);
}
/** Reads an untrusted pr-context.json: null when absent, too large, not JSON or not valid. */
async function readPrContext(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return null;
    }
    if (text.length > 64 * 1024)
        return null;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null;
    }
    return (0,validate/* validateContract */.T7)(PR_CONTEXT_CONTRACT, value).ok ? value : null;
}

;// CONCATENATED MODULE: ./src/io/github/summary.ts
/**
 * Job summary, outputs and annotations: the three things written even when GitHub writes fail.
 */

/** GitHub shows at most 1 MiB per step summary; keep a margin for the truncation note. */
const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 4096;
/** Workflow-command annotations shown per step: 10 errors and 10 warnings (GITHUB.md §2.3). */
const ANNOTATIONS_PER_LEVEL = 10;
/** Cuts `md` to the summary budget at a line boundary, with a note. */
function fitSummary(md, budgetBytes = SUMMARY_BUDGET_BYTES) {
    if (Buffer.byteLength(md, 'utf8') <= budgetBytes)
        return md;
    const note = '\n\n_Summary truncated to fit the 1 MiB job-summary limit; the full report is in the report artifact._\n';
    let cut = Buffer.from(md, 'utf8')
        .subarray(0, budgetBytes - Buffer.byteLength(note))
        .toString('utf8');
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return `${cut}${note}`;
}
/** Appends `md` to the job summary (GITHUB_STEP_SUMMARY). */
async function writeJobSummary(md) {
    await core.summary.addRaw(fitSummary(md), true).write();
}
/** Sets outputs in name order, so the output file is the same for the same values. */
function setOutputs(outputs) {
    for (const name of Object.keys(outputs).sort())
        core.setOutput(name, outputs[name] ?? '');
}
function fileOf(f) {
    const e = f.evidence;
    if (typeof e.file === 'string' && e.file !== '')
        return e.file;
    if (Array.isArray(e.files) && typeof e.files[0] === 'string')
        return e.files[0];
    return undefined;
}
/**
 * Findings as annotations: critical → error, warning → warning, info → notice, at most
 * `perLevel` of each (in report order: the most severe and first cells first), then one notice
 * saying how many were left out. `fileRoot` is the results path relative to the workspace, so
 * the annotation points at the artifact file.
 */
function emitAnnotations(findings, fileRoot, perLevel = ANNOTATIONS_PER_LEVEL) {
    const counts = { error: 0, warning: 0, notice: 0, omitted: 0 };
    const root = fileRoot === '.' || fileRoot === '' ? '' : `${fileRoot.replace(/\/+$/, '')}/`;
    for (const f of findings) {
        const level = f.severity === 'critical' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
        if (counts[level] >= perLevel) {
            counts.omitted++;
            continue;
        }
        counts[level]++;
        const file = fileOf(f);
        const props = { title: `inferguard: ${f.code}`, ...(file ? { file: `${root}${file}` } : {}) };
        if (level === 'error')
            core.error(f.message, props);
        else if (level === 'warning')
            core.warning(f.message, props);
        else
            core.notice(f.message, props);
    }
    if (counts.omitted > 0)
        core.notice(`${counts.omitted} more finding(s) are not annotated; see the job summary and report.json.`);
    return counts;
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

;// CONCATENATED MODULE: ./src/io/outputs.ts
/**
 * Writing a pipeline outcome: report.json, report.md, compare.json and comment.md into the output
 * dir, each validated (JSON) and atomic. A write failure is one NoReportError naming the file.
 */





/** POSIX path of `p` relative to `cwd` for messages (the basename when outside it). */
function outputs_shownPath(p, cwd = process.cwd()) {
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
        throw new config_file/* NoReportError */.E(`cannot write ${what} to ${outputs_shownPath(file)}: ${code(e)}`);
    }
    return file;
}
/** Writes the selected documents into `outDir`; returns the absolute paths written. */
async function outputs_writeOutputs(outDir, docs, select, cwd = process.cwd()) {
    const written = await writeReportFiles(outDir, docs, select.report, cwd);
    const diff = docs.diff;
    const compareFile = external_node_path_default().join(outDir, 'compare.json');
    if (select.compare && diff)
        (0,validate/* assertContract */.jj)(REPORT_DIFF_SCHEMA_VERSION, diff, 'compare.json');
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

;// CONCATENATED MODULE: ./src/io/shard-reports.ts
/**
 * Merge mode's input: every shard report.json below the results dir, each validated; a shard that
 * does not load is a problem the merged report records (src/core/merge-reports.ts).
 */



/** Folders deeper than this below the results dir are not searched for shard reports. */
const MAX_SHARD_DEPTH = 8;
/** Every report.json below `dir` (relative POSIX paths, sorted), skipping the folder `skip`. */
async function findShardReports(dir, skip) {
    const out = [];
    async function walk(d, depth) {
        if (depth > MAX_SHARD_DEPTH || external_node_path_default().resolve(d) === skip)
            return;
        let entries;
        try {
            entries = await (0,promises_.readdir)(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const p = external_node_path_default().join(d, e.name);
            if (e.isDirectory())
                await walk(p, depth + 1);
            else if (e.isFile() && e.name === 'report.json')
                out.push(external_node_path_default().relative(dir, p).split((external_node_path_default()).sep).join('/'));
        }
    }
    await walk(dir, 0);
    return out.sort();
}
/** Loads every shard report below `dir` (our own output dir `skip` excluded). */
async function readShardReports(dir, skip) {
    const shards = [];
    const problems = [];
    for (const f of await findShardReports(dir, skip)) {
        const load = await loadReportFile(external_node_path_default().join(dir, f), f);
        if (load.ok)
            shards.push({ source: f, report: load.report });
        else
            problems.push({
                source: f,
                message: load.reason.startsWith(f) ? load.reason.slice(f.length).trimStart() : load.reason,
            });
    }
    return { shards, problems };
}

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
;// CONCATENATED MODULE: ./src/render/escape.ts
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

;// CONCATENATED MODULE: ./src/render/format.ts
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
function fin(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function formatScore(v) {
    return fin(v) ? v.toFixed(4) : '—';
}
function formatValue(unit, v, currency) {
    switch (unit) {
        case 's':
            return formatSeconds(v);
        case 'tok/s/GPU':
        case 'tok/s':
            return formatTokensPerSec(v);
        case 'fraction':
            return formatPct(v);
        case 'currency':
            return formatMoney(v, currency);
        case 'score':
            return formatScore(v);
        default:
            return formatCount(v);
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
            return safeText(o);
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
    return METRIC_LABEL[m] ?? safeText(m, 80);
}
function cellLabel(d) {
    return safeCode(d.head_cell_id ?? d.base_cell_id ?? '?', 60);
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
    return (0,order/* mergeFindings */.DF)(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
}
function comment_cmp(a, b) {
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
            .sort((a, b) => comment_cmp(a[0], b[0]))
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
        const note = run?.baselineNote ? ` (${safeText(run.baselineNote, 200)})` : '';
        return `**Regression verdict:** ➖ no baseline — this run was not compared with a base run${note}; the result above is the run's own validity only.`;
    }
    const v = diff.verdict;
    const icon = v.verdict === 'REGRESSION' ? '🔴' : v.verdict === 'IMPROVEMENT' ? '🟢' : v.verdict === 'NEUTRAL' ? '⚪' : '❔';
    const note = run?.baselineNote ? ` Baseline: ${safeText(run.baselineNote, 200)}.` : '';
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
        meta.push(safeCode(run.repository, 100));
    if (run?.sha)
        meta.push(safeCode(String(run.sha).slice(0, 12), 20));
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
        icon[f.severity] ?? safeText(f.severity),
        safeCode(f.code, 60),
        f.cell_id ? safeCode(f.cell_id, 60) : '—',
        safeText(f.message, 300),
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
        comment_cmp(String(a.gate ?? ''), String(b.gate ?? '')));
    const counts = new Map();
    for (const r of results)
        counts.set(String(r.outcome), (counts.get(String(r.outcome)) ?? 0) + 1);
    const summary = ['fail', 'error', 'conflict', 'not_found', 'pass']
        .filter((k) => counts.has(k))
        .map((k) => `${counts.get(k)} ${k.replace('_', ' ')}`)
        .join(' · ');
    const rows = sorted.slice(0, MAX_GATE_ROWS).map((r) => {
        const cells = Array.isArray(r.cells) ? r.cells : [];
        const shown = cells.slice(0, 3).map((c) => safeCode(c, 40));
        return [
            safeCode(r.gate ?? '?', 80),
            icon[String(r.outcome)] ?? safeText(r.outcome, 20),
            fin(r.value) ? formatCount(r.value) : '—',
            safeText(r.severity ?? '—', 20),
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
        comment_cmp(a.c.metric, b.c.metric));
    return rows;
}
function currencyOf(head) {
    const c = head.run_summary?.cost?.currency;
    return typeof c === 'string' ? safeText(c, 8) : 'USD';
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
        compute_cost: fin(cost?.compute_cost) ? cost.compute_cost : null,
        gpu_hours: fin(cost?.gpu_hours) ? cost.gpu_hours : null,
        cost_per_completed_request: fin(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
        cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens)
            ? cost.cost_per_million_output_tokens
            : null,
    };
    if (!h) {
        let total = 0;
        let ok = 0;
        let known = 0;
        for (const c of head.cells ?? []) {
            if (fin(c.completion?.num_requests_total) && fin(c.completion?.num_requests_successful)) {
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
        const sorted = [...(head.cells ?? [])].sort((a, b) => comment_cmp(a.cell_id, b.cell_id));
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
            const m = (k) => (fin(c.metrics?.[k]) ? c.metrics[k] : null);
            f.points.push({
                concurrency: c.concurrency,
                base: {},
                head: { tput_per_gpu: m('tput_per_gpu'), p99_ttft: m('p99_ttft') },
            });
        }
    }
    const chosen = [...families.entries()]
        .filter(([, f]) => f.points.length >= 2)
        .sort((a, b) => b[1].regressed - a[1].regressed || b[1].points.length - a[1].points.length || comment_cmp(a[0], b[0]))
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
        .map((c) => safeText(c.metric, 60));
    const what = changed.length > 0
        ? `: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` +${changed.length - 3}` : ''}`
        : '';
    const note = d.reasons.length > 0 ? ` — ${safeText(d.reasons.join('; '), 160)}` : what;
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
    const v = safeText(head.analyzer?.inferguard_version ?? '?', 40);
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
    const marker = commentMarker(input.suiteKey);
    const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
    return `${marker}\n${renderCommentSections(input, budget - marker.length - 1)}`;
}
/**
 * The comment's sections without the marker line, within `budget` characters (the comment's
 * budget less the marker line). The job summary (render/summary.ts) shows the same sections.
 */
function renderCommentSections(input, budget) {
    const { head, diff } = input;
    const findings = allFindings(head, diff);
    const currency = currencyOf(head);
    const top = headline(input, findings);
    const foot = footer(head);
    const build = (opts) => {
        const parts = [top, sectionFindings(findings, opts.findingRows)];
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
    const cells = [...(head.cells ?? [])].sort((a, b) => comment_cmp(a.cell_id, b.cell_id));
    if (cells.length === 0)
        return '_The report has no cells._\n';
    const max = 100;
    const rows = cells
        .slice(0, max)
        .map((c) => [
        safeCode(c.cell_id, 60),
        typeof c.concurrency === 'number' ? String(c.concurrency) : '—',
        safeText(c.completion?.status ?? 'unknown', 20),
        formatPct(c.completion?.success_rate),
        formatSeconds(c.metrics?.p99_ttft),
        formatSeconds(c.metrics?.p99_tpot),
        formatTokensPerSec(c.metrics?.tput_per_gpu),
    ]);
    const body = `${table([['Cell', 'Conc', 'Status', 'Success', 'p99 TTFT', 'p99 TPOT', 'Tput/GPU (tok/s)'], ...rows], ['l', 'r', 'l', 'r', 'r', 'r', 'r'])}${cells.length > max ? `\n_${cells.length - max} more cell(s) are in report.json (artifact)._\n` : ''}`;
    return details(`Cells (${Math.min(max, cells.length)} of ${cells.length})`, body);
}

// EXTERNAL MODULE: ./src/core/tail.ts
var core_tail = __webpack_require__(89393);
;// CONCATENATED MODULE: ./schemas/inferguard-report-diff-v1.schema.json
const inferguard_report_diff_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-report-diff/v1","description":"compare.json: a head inferguard-analyze/v1 report compared against a base one. Contract policy: schema_version first; within v1 field names and meanings are stable; fields may be added without a version change; consumers must ignore unknown fields. Ordering guarantees are in docs/COMPARE.md.","type":"object","required":["schema_version","base","head","settings","counts","verdict","cells","findings"],"properties":{"schema_version":{"const":"inferguard-report-diff/v1"},"base":{"$ref":"#/$defs/report_ref"},"head":{"$ref":"#/$defs/report_ref"},"settings":{"type":"object","required":["alpha","min_effect_size","method","bootstrap_iterations","seed","min_samples","noise_bands","eval_min_drop"],"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"min_effect_size":{"type":"number","minimum":0},"method":{"enum":["mann_whitney","bootstrap"]},"bootstrap_iterations":{"type":"integer","minimum":1},"seed":{"type":"integer"},"min_samples":{"type":"integer","minimum":1},"noise_bands":{"type":"object","additionalProperties":{"type":"number","minimum":0}},"eval_min_drop":{"type":"number","minimum":0}},"additionalProperties":true},"counts":{"type":"object","required":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data","total","tests"],"properties":{"regressed":{"type":"integer","minimum":0},"improved":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"incomparable":{"type":"integer","minimum":0},"insufficient_data":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"tests":{"type":"integer","minimum":0}},"additionalProperties":true},"verdict":{"$ref":"#/$defs/regression_verdict"},"cells":{"type":"array","items":{"$ref":"#/$defs/cell_diff"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"additionalProperties":true,"$defs":{"report_ref":{"type":"object","required":["generated_at","input_root","inferguard_version","run_status","total_cells","totals"],"properties":{"generated_at":{"type":"string"},"input_root":{"type":"string"},"inferguard_version":{"type":"string"},"run_status":{"type":"string"},"total_cells":{"type":"integer","minimum":0},"totals":{"type":"object","required":["requests_total","requests_successful","success_rate","sessions_completed","currency","compute_cost","gpu_hours","cost_per_completed_request","cost_per_million_output_tokens"],"properties":{"requests_total":{"type":["number","null"]},"requests_successful":{"type":["number","null"]},"success_rate":{"type":["number","null"]},"sessions_completed":{"type":["number","null"]},"currency":{"type":["string","null"]},"compute_cost":{"type":["number","null"]},"gpu_hours":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}},"additionalProperties":true},"identity":{"type":"object","required":["hardware","model","framework","precision","scenario_type","is_multinode","recipe_name","isl","osl","concurrency"],"properties":{"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]}},"additionalProperties":true},"metric_comparison":{"type":"object","required":["metric","kind","unit","direction","base","head","delta","relative_delta","method","outcome","p_value","q_value","interval","effect_size","threshold","n_base","n_head","confidence","note"],"properties":{"metric":{"type":"string","minLength":1},"kind":{"enum":["completion","throughput","latency","cost","eval"]},"unit":{"type":"string"},"direction":{"enum":["higher_is_better","lower_is_better","neutral"]},"base":{"type":["number","null"]},"head":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"method":{"enum":["mann_whitney_u","bootstrap_quantile","noise_band","eval_stderr","informational","none"]},"outcome":{"enum":["regressed","improved","unchanged","insufficient_data","incomparable","informational"]},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"q_value":{"type":["number","null"],"minimum":0,"maximum":1},"interval":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"effect_size":{"type":["number","null"]},"threshold":{"oneOf":[{"type":"null"},{"type":"object","required":["name","value","basis"],"properties":{"name":{"type":"string"},"value":{"type":"number"},"basis":{"enum":["relative","absolute"]}},"additionalProperties":true}]},"n_base":{"type":["integer","null"],"minimum":0},"n_head":{"type":["integer","null"],"minimum":0},"confidence":{"type":["number","null"],"minimum":0,"maximum":1},"note":{"type":"string"},"cell_id":{"type":"string","description":"Head cell id; present only in the overall verdict\'s comparisons."}},"additionalProperties":true},"regression_verdict":{"type":"object","description":"Seed 004 RegressionVerdict, plus INSUFFICIENT_DATA.","required":["verdict","confidence","regressions","improvements","comparisons","p_value","summary"],"properties":{"verdict":{"enum":["REGRESSION","IMPROVEMENT","NEUTRAL","INSUFFICIENT_DATA"]},"confidence":{"type":"number","minimum":0,"maximum":1},"regressions":{"type":"array","items":{"type":"string"}},"improvements":{"type":"array","items":{"type":"string"}},"comparisons":{"type":"array","items":{"$ref":"#/$defs/metric_comparison"}},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"summary":{"type":"string"}},"additionalProperties":true},"cell_diff":{"type":"object","required":["key","family","status","base_cell_id","head_cell_id","identity","reasons","verdict"],"properties":{"key":{"type":"string","description":"identityKey of the head cell (base cell when missing)."},"family":{"type":"string","description":"Identity key without concurrency."},"status":{"enum":["regressed","improved","unchanged","new","missing","incomparable","insufficient_data"]},"base_cell_id":{"type":["string","null"]},"head_cell_id":{"type":["string","null"]},"identity":{"$ref":"#/$defs/identity"},"reasons":{"type":"array","items":{"type":"string"}},"verdict":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/regression_verdict"}]}},"additionalProperties":true,"allOf":[{"if":{"properties":{"status":{"const":"new"}}},"then":{"properties":{"base_cell_id":{"type":"null"},"head_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"missing"}}},"then":{"properties":{"head_cell_id":{"type":"null"},"base_cell_id":{"type":"string"},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"incomparable"}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"reasons":{"minItems":1},"verdict":{"type":"null"}}}},{"if":{"properties":{"status":{"enum":["regressed","improved","unchanged","insufficient_data"]}}},"then":{"properties":{"base_cell_id":{"type":"string"},"head_cell_id":{"type":"string"},"verdict":{"$ref":"#/$defs/regression_verdict"}}}}]},"finding":{"type":"object","required":["code","severity","message","cell_id","evidence"],"properties":{"code":{"type":"string","minLength":1},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}}');
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(53010);
;// CONCATENATED MODULE: ./src/core/compare/catalogue.ts
/**
 * The metrics compare looks at, in their fixed output order (docs/COMPARE.md "Metrics").
 * Eval scores (`eval_<task>_score`) follow, sorted by name.
 */

function catalogue_finite(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function metric(name) {
    return (c) => catalogue_finite(c.metrics?.[name]);
}
function cost(field) {
    return (c) => catalogue_finite(c.cost?.[field]);
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
        get: (c) => catalogue_finite(c.completion?.success_rate),
    },
    {
        metric: 'completed_requests',
        kind: 'completion',
        unit: 'count',
        direction: 'neutral',
        band: null,
        get: (c) => catalogue_finite(c.completion?.num_requests_successful),
    },
    {
        metric: 'completed_sessions',
        kind: 'completion',
        unit: 'count',
        direction: 'neutral',
        band: null,
        get: (c) => catalogue_finite(c.completion?.sessions_completed),
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
var identity = __webpack_require__(54845);
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
function match_show(v) {
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
            out.push(`${k}: ${match_show(a[k])} → ${match_show(b[k])}`);
    }
    const ta = (a.topology ?? {});
    const tb = (b.topology ?? {});
    for (const k of [...new Set([...Object.keys(ta), ...Object.keys(tb)])].sort()) {
        if (JSON.stringify(ta[k] ?? null) !== JSON.stringify(tb[k] ?? null))
            out.push(`topology.${k}: ${match_show(ta[k])} → ${match_show(tb[k])}`);
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
var thresholds = __webpack_require__(87239);
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
var stats = __webpack_require__(38796);
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
    const tpot = (0,core_tail/* commonTail */.en)(base, head, 'tpot');
    const tb = tpot?.from ?? null;
    const th = tpot?.to ?? null;
    if (tpot !== null && tb !== null && th !== null && tb > 0 && th / tb >= ratio) {
        work.findings.push({
            code: 'tpot_degradation',
            severity: 'warning',
            message: `${tpot.stat} TPOT grew ${(th / tb).toFixed(2)}× vs the baseline cell (${tb.toFixed(4)} s → ${th.toFixed(4)} s; threshold ${ratio}×).`,
            cell_id: head.cell_id,
            evidence: {
                metric: tpot.key,
                tail_stat: tpot.stat,
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
function compare_fin(v) {
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
        const t = compare_fin(c.completion?.num_requests_total);
        const s = compare_fin(c.completion?.num_requests_successful);
        if (t !== null && s !== null) {
            total += t;
            ok += s;
            known++;
        }
        const sc = compare_fin(c.completion?.sessions_completed);
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
        compute_cost: compare_fin(cost?.compute_cost),
        gpu_hours: compare_fin(cost?.gpu_hours),
        cost_per_completed_request: compare_fin(cost?.cost_per_completed_request),
        cost_per_million_output_tokens: compare_fin(cost?.cost_per_million_output_tokens),
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
    findings.sort(order/* compareFindings */.Eg);
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
    return safeCode(v, 60);
}
function formatCells(cells) {
    if (cells.length === 0)
        return '—';
    const shown = cells.slice(0, 3).map((c) => safeCode(c, 60));
    return cells.length > 3 ? `${shown.join(', ')} +${cells.length - 3}` : shown.join(', ');
}
function row(r) {
    const label = r.name ? `${safeText(r.name, 80)}<br>${safeCode(r.path, 160)}` : safeCode(r.path, 160);
    return [
        ICONS[r.outcome],
        r.severity,
        label,
        `${safeCode(r.op, 12)} ${formatGateValue(r.expected)}`,
        formatGateValue(r.value),
        formatCells(r.cells),
        safeText(r.message, 300),
    ];
}
const HEADER = ['Outcome', 'Severity', 'Gate', 'Expected', 'Value', 'Cells', 'Message'];
const ALIGN = ['l', 'l', 'l', 'l', 'r', 'l', 'l'];
function gates_md_table(results, limit) {
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
        lines.push(gates_md_table(failing, limit), '');
    if (passing.length > 0) {
        lines.push(`<details><summary>${passing.length} passing check${passing.length === 1 ? '' : 's'}</summary>`, '', gates_md_table(passing, limit), '', '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

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
/**
 * A tail-latency column (ANALYZER.md "Tail statistic"): the header names the statistic every row
 * uses (`p95 TTFT`); when rows use different ones the header is `Tail TTFT` and each value names
 * its own (`1.20 s (p95)`). A column never shows another statistic than it says.
 */
function tailColumn(rows, label, tail) {
    const stats = new Set(rows.map(tail).flatMap((t) => (t === null ? [] : [t.stat])));
    if (stats.size <= 1) {
        const stat = [...stats][0] ?? 'p99';
        return { header: `${stat} ${label}`, value: (row) => formatSeconds(tail(row)?.value ?? null) };
    }
    return {
        header: `Tail ${label}`,
        value: (row) => {
            const t = tail(row);
            return t === null ? formatSeconds(null) : `${formatSeconds(t.value)} (${t.stat})`;
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
        .map((f) => [f.severity, f.code, f.cell_id ? safeCode(f.cell_id, 90) : '—', safeText(f.message, 400)]);
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
        lines.push(`- **Cost:** ${formatMoney(c.compute_cost, c.currency)} for ${formatCount(c.gpu_hours)} GPU-hours; ${formatMoney(c.cost_per_million_output_tokens, c.currency)} per million output tokens`);
    }
    if (s.missing_artifacts.length > 0)
        lines.push(`- **Missing required artifacts:** ${s.missing_artifacts.length}`);
    lines.push(`- **Input:** ${safeCode(r.input_root)} · analyzer ${safeText(r.analyzer.inferguard_version)}`);
    return `${lines.join('\n')}\n`;
}
function report_md_sectionFindings(r) {
    return `## Findings\n\n${findingsTable(r.findings)}`;
}
function sectionMatrix(r) {
    const ttft = tailColumn(r.cells, 'TTFT', (c) => (0,core_tail/* tailStat */.Xh)(c, 'ttft'));
    const tpot = tailColumn(r.cells, 'TPOT', (c) => (0,core_tail/* tailStat */.Xh)(c, 'tpot'));
    const rows = r.cells.map((c) => {
        const costPerM = c.cost?.cost_per_million_output_tokens;
        return [
            safeCode(c.cell_id, 90),
            c.source_format,
            safeText(c.hardware ?? '—'),
            c.concurrency === null ? '—' : String(c.concurrency),
            formatPct(c.completion.success_rate),
            ttft.value(c),
            tpot.value(c),
            formatTokensPerSec(num(c, 'tput_per_gpu')),
            costPerM === undefined ? '—' : formatMoney(costPerM, c.cost?.currency),
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
        out += `\n${(0,markdown_table/* markdownTable */.Q)([['Missing file', 'Kind', 'Cell'], ...missing.map((m) => [safeCode(m.path, 120), m.kind, m.cell_id ? safeCode(m.cell_id, 90) : '—'])])}\n`;
    }
    return out;
}
function report_md_sectionPerCell(r) {
    const parts = ['## Per-cell results\n'];
    for (const c of r.cells) {
        const comp = c.completion;
        const rows = [
            ['Identity', safeText([c.model, c.framework, c.precision, c.hardware].filter(Boolean).join(' · ') || '—')],
            [
                'Shape',
                `isl ${c.isl ?? '—'} / osl ${c.osl ?? '—'} · concurrency ${c.concurrency ?? '—'}${c.scenario_type ? ` · ${safeText(c.scenario_type)}` : ''}`,
            ],
            [
                'Completion',
                `${statusIcon(comp.status)}: ${comp.num_requests_successful ?? '?'} / ${comp.num_requests_total ?? '?'} requests${comp.success_rate !== null ? ` (${formatPct(comp.success_rate)})` : ''}${comp.sessions_total !== null ? `; sessions ${comp.sessions_completed ?? '?'} / ${comp.sessions_total}` : ''}`,
            ],
            ...['ttft', 'tpot', 'e2el'].map((base) => {
                const tail = (0,core_tail/* tailStat */.Xh)(c, base);
                return [
                    `${base.toUpperCase()} p50 / ${tail?.stat ?? 'p99'}`,
                    `${formatSeconds(num(c, `p50_${base}`))} / ${formatSeconds(tail?.value ?? null)}`,
                ];
            }),
            [
                'Throughput',
                `${formatTokensPerSec(num(c, 'tput_per_gpu'))} tok/s/GPU total · ${formatTokensPerSec(num(c, 'output_tput_tps'))} tok/s output`,
            ],
        ];
        const hit = num(c, 'server_gpu_cache_hit_rate');
        if (hit !== null)
            rows.push([
                'Prefix cache (GPU / theoretical)',
                `${formatPct(hit)} / ${formatPct(num(c, 'theoretical_cache_hit_rate'))}`,
            ]);
        const g2c = num(c, 'kv_offload_bytes_gpu_to_cpu');
        if (g2c !== null)
            rows.push([
                'KV offload G→C / C→G',
                `${formatBytes(g2c)} / ${formatBytes(num(c, 'kv_offload_bytes_cpu_to_gpu'))}`,
            ]);
        const kv = num(c, 'kv_cache_usage_p95');
        if (kv !== null)
            rows.push(['KV cache usage p95 / max', `${formatPct(kv)} / ${formatPct(num(c, 'kv_cache_usage_max'))}`]);
        const evalKeys = Object.keys(c.metrics)
            .filter((k) => k.startsWith('eval_') && !k.endsWith('_stderr'))
            .sort();
        for (const k of evalKeys)
            rows.push([safeText(k), formatCount(c.metrics[k])]);
        const b = c.bottleneck;
        if (b && typeof b.primary === 'string') {
            rows.push([
                'Bottleneck (descriptive)',
                `${safeText(b.primary)}${b.secondary && b.secondary.length > 0 ? ` (also ${safeText(b.secondary.join(', '))})` : ''} · confidence ${formatCount(b.confidence)}`,
            ]);
        }
        if (c.cost)
            rows.push([
                'Compute cost',
                `${formatMoney(c.cost.compute_cost, c.cost.currency)} (${formatCount(c.cost.gpu_hours)} GPU-h)`,
            ]);
        rows.push([
            'Findings',
            c.findings.length === 0 ? 'none' : c.findings.map((f) => `${f.severity} ${f.code}`).join(', '),
        ]);
        parts.push(`### ${safeCode(c.cell_id, 160)}\n\n<details><summary>${safeText(c.source_format)}${c.source_variant ? ` (${safeText(c.source_variant)})` : ''}</summary>\n\n${(0,markdown_table/* markdownTable */.Q)([['Field', 'Value'], ...rows])}\n\n</details>\n`);
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
            safeCode(c.cell_id, 90),
            String(t.sample_count ?? '—'),
            safeText(t.first_observed_at ?? '—'),
            safeText(t.last_observed_at ?? '—'),
            Object.entries(counts)
                .map(([k, v]) => `${k} ×${v}`)
                .join(', ') || 'none',
            safeText(t.first_critical_finding_at ?? '—'),
            typeof t.lead_time_s === 'number' ? `${formatCount(t.lead_time_s)} s` : '—',
        ];
    });
    return `## Live timeline\n\n${(0,markdown_table/* markdownTable */.Q)([['Cell', 'Samples', 'First', 'Last', 'Live findings (samples)', 'First critical', 'Lead to TTFT cliff'], ...rows])}\n`;
}
function report_md_sectionCost(r) {
    const cells = r.cells.filter((c) => c.cost);
    const run = r.run_summary.cost;
    if (cells.length === 0 && !run)
        return null;
    const cur = run?.currency ?? cells[0]?.cost?.currency ?? 'USD';
    const rows = cells.map((c) => {
        const k = c.cost;
        return [
            safeCode(c.cell_id, 90),
            formatCount(k.gpus),
            formatMoney(k.gpu_hour_cost, k.currency),
            formatSeconds(k.duration_seconds),
            formatCount(k.gpu_hours),
            formatMoney(k.compute_cost, k.currency),
            formatMoney(k.completion_basis === 'session-based' ? k.cost_per_completed_session : k.cost_per_completed_request, k.currency),
            formatMoney(k.cost_per_million_input_tokens, k.currency),
            formatMoney(k.cost_per_million_output_tokens, k.currency),
        ];
    });
    if (run) {
        rows.push([
            '**run (sums)**',
            formatCount(run.gpus),
            formatMoney(run.gpu_hour_cost, cur),
            formatSeconds(run.duration_seconds),
            formatCount(run.gpu_hours),
            formatMoney(run.compute_cost, cur),
            formatMoney(run.completion_basis === 'session-based' ? run.cost_per_completed_session : run.cost_per_completed_request, cur),
            formatMoney(run.cost_per_million_input_tokens, cur),
            formatMoney(run.cost_per_million_output_tokens, cur),
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
                String(p.concurrency ?? '—'),
                formatPct(p.success_rate),
                formatTokensPerSec(p.tput_per_gpu),
                ttft.value(p),
                tpot.value(p),
                safeText(f.findings
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
        parts.push(`### ${safeText(f.label || 'family')}\n\n${(0,markdown_table/* markdownTable */.Q)([header, ...rows], { align: ['r', 'r', 'r', 'r', 'r', 'l', ...(slo ? ['l'] : [])] })}\n`);
        const notes = [];
        if (f.curve_rules_applied === false)
            notes.push(`- Too few points for the curve rules (TTFT cliff, throughput plateau).`);
        if (f.knee)
            notes.push(`- **Knee:** c${f.knee.concurrency ?? '?'} (${safeText(f.knee.basis)}).`);
        else if (f.curve_rules_applied !== false)
            notes.push('- **Knee:** no TTFT cliff along the measured points.');
        if (f.goodput) {
            notes.push(f.goodput.max_compliant_concurrency === null
                ? '- **Goodput:** no measured point meets the configured SLOs.'
                : `- **Goodput:** highest SLO-compliant concurrency c${f.goodput.max_compliant_concurrency} at ${formatTokensPerSec(f.goodput.tput_per_gpu)} tok/s/GPU.`);
        }
        for (const x of f.findings)
            notes.push(`- ${x.severity} \`${x.code}\`: ${safeText(x.message, 400)}`);
        if (notes.length > 0)
            parts.push(`${notes.join('\n')}\n`);
    }
    return parts.join('\n');
}
function sectionNextMeasurements(r) {
    const items = crossRunFamilies(r).flatMap((f) => f.next_measurements.map((m) => ({ ...m, label: f.label })));
    if (items.length === 0)
        return null;
    const lines = items.map((m) => `- ${safeText(m.label)}: ${m.kind === 'new_point' ? `measure c${m.concurrency}` : `re-run c${m.concurrency}${m.cell_id ? ` (${safeCode(m.cell_id, 90)})` : ''}`}: ${safeText(m.reason, 400)}.`);
    return `## Next measurements\n\nPoints the evidence above asks for (descriptive; no configuration change is implied).\n\n${lines.join('\n')}\n`;
}
function sectionManifest(r) {
    const rows = r.artifact_manifest.map((a) => [
        a.present ? '✅' : '❌',
        safeCode(a.path, 200),
        safeText(a.kind),
        a.required ? 'yes' : 'no',
        a.cell_id ? safeCode(a.cell_id, 90) : '—',
    ]);
    return `## Artifact manifest\n\n<details><summary>${r.artifact_manifest.length} files</summary>\n\n${(0,markdown_table/* markdownTable */.Q)([['', 'Path', 'Kind', 'Required', 'Cell'], ...rows])}\n\n</details>\n`;
}
/** Sections in render order (curve analysis, next measurements and gates slot in at 70–85). */
const SECTIONS = [
    { order: 10, render: sectionSummary },
    { order: 20, render: report_md_sectionFindings },
    { order: 30, render: sectionMatrix },
    { order: 35, render: report_md_sectionCost },
    { order: 40, render: sectionCompleteness },
    { order: 50, render: report_md_sectionPerCell },
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
 * The job summary: the comment's sections (without the comment's marker line), then the full
 * report.md in a closed <details>. A pure function of the same input as the comment.
 */

function renderJobSummary(input, reportMarkdown) {
    const budget = (input.budgetChars ?? COMMENT_BUDGET_CHARS) - commentMarker(input.suiteKey).length - 1;
    const sections = renderCommentSections(input, budget);
    return `${sections}\n\n<details><summary>Full report</summary>\n\n${reportMarkdown}\n</details>\n`;
}

;// CONCATENATED MODULE: ./src/io/read-report.ts
/**
 * Reading a JSON document the user named on the command line (a report.json, a compare.json):
 * read, parsed and validated; any problem is one NoReportError naming the flag and the file.
 */




async function read_report_readContractFile(file, contract, flag) {
    let text;
    try {
        // One synchronous read, decoded at once: the promise API reads 512 KB at a time through the
        // thread pool and a stream decoder (~60 ms of a 24 MB compare.json); same text, same errors.
        text = readFileSync(file).toString('utf8');
    }
    catch (e) {
        throw new NoReportError(`${flag} ${shownPath(file)} cannot be read (${e.code ?? 'error'})`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new NoReportError(`${flag} ${shownPath(file)} is not JSON: ${e.message.split('\n')[0]}`);
    }
    const r = validateContract(contract, value);
    if (!r.ok)
        throw new NoReportError(`${flag} ${shownPath(file)} is not a valid ${contract} document: ${r.errors.slice(0, 2).join('; ')}`);
    return value;
}

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
    const gates = [...parseGates(config.gates), ...parseGateLines(gateLines, gateInput)];
    return { config, gates, policy, compare: compareOptionsFromConfig(config) };
}
/** Evaluates every applicable gate once, against the head report and the diff. */
function evaluateRunGates(settings, report, diff, compareStep) {
    const gates = compareStep ? settings.gates : settings.gates.filter((g) => !isDiffGate(g));
    if (gates.length === 0)
        return null;
    const block = evaluateGates(gates, { report, diff });
    (0,validate/* assertContract */.jj)('inferguard-gates/v1', block, 'gates block');
    return block;
}
/** Runs the pipeline: head, baseline, compare, gates, decision, renders. Writes nothing. */
async function runPipeline(settings, steps, render) {
    const head = await steps.head();
    const baseline = steps.baseline ? await steps.baseline(head) : { report: null, note: null };
    const diff = baseline.report ? compareReports(baseline.report, head, settings.compare) : null;
    const gates = evaluateRunGates(settings, head, diff, steps.baseline !== undefined);
    const report = gates ? Object.assign(head, { gates }) : head;
    if (diff && gates)
        Object.assign(diff, { gates });
    const findings = (0,order/* mergeFindings */.DF)(Array.isArray(report.findings) ? report.findings : [], diff?.findings ?? []);
    const verdict = diff ? diff.verdict.verdict : NO_BASELINE_VERDICT;
    const decision = decideExit(settings.policy, { findings, gates, verdict: diff ? verdict : null });
    const markdown = renderReportMarkdown(report);
    let comment = null;
    let summary = null;
    if (render) {
        const run = { ...render.run, ...(baseline.note !== null ? { baselineNote: baseline.note } : {}) };
        const input = { head: report, diff, suiteKey: render.suiteKey, ...(render.run || baseline.note ? { run } : {}) };
        comment = renderComment(input);
        if (render.summary)
            summary = renderJobSummary(input, markdown);
    }
    return { report, diff, baselineNote: baseline.note, gates, findings, verdict, decision, markdown, comment, summary };
}
/**
 * `inferguard analyze`: a results dir in; report.json / report.md (and, with a baseline,
 * compare.json and comment.md) written to the output dir; the outcome and its exit decision out.
 */
async function analyzeResultsDir(opts) {
    const { readResultsDir, analyzeOutputDir } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 94311));
    const config = opts.config ?? (await loadConfig(opts.configFile));
    const policy = opts.policy ?? { failOn: 'critical', failOnRegression: false };
    const settings = pipelineSettings(config, opts.gateLines ?? '', 'gates', policy);
    const baselineFile = opts.baselineFile;
    const steps = { head: () => readResultsDir(opts, config) };
    if (baselineFile !== undefined)
        steps.baseline = async () => ({
            report: await readContractFile(baselineFile, 'inferguard-analyze/v1', '--baseline'),
            note: null,
        });
    const outcome = await runPipeline(settings, steps, baselineFile !== undefined ? { suiteKey: 'default' } : null);
    const outputDir = analyzeOutputDir(opts);
    const written = await writeOutputs(outputDir, outcome, { report: opts.format ?? 'both', compare: true, comment: true }, opts.cwd ?? process.cwd());
    return { ...written, report: outcome.report, markdown: outcome.markdown, outputDir, outcome };
}
/** `inferguard compare`: two report.json files in; compare.json and comment.md written. */
async function compareReportFiles(opts) {
    const config = await loadConfig(opts.configFile);
    const settings = pipelineSettings(config, '', 'gates', opts.policy);
    const base = await readContractFile(opts.basePath, 'inferguard-analyze/v1', '--base');
    const steps = {
        head: () => readContractFile(opts.headPath, 'inferguard-analyze/v1', '--head'),
        baseline: async () => ({ report: base, note: null }),
    };
    const outcome = await runPipeline(settings, steps, { suiteKey: opts.suiteKey ?? 'default' });
    const outDir = opts.outputDir ?? path.dirname(opts.headPath);
    const written = await writeOutputs(outDir, outcome, { report: 'none', compare: true, comment: true });
    return {
        outcome,
        comparePath: written.comparePath ?? path.join(outDir, 'compare.json'),
        commentPath: written.commentPath ?? path.join(outDir, 'comment.md'),
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run.ts
/**
 * The action: a shell over the pipeline (src/pipeline.ts). Inputs → artifacts in → the pipeline
 * (head report by mode: analyze / merge / the triggering run's; baseline by the `baseline` input)
 * → outputs written → job summary (first signal) → annotations → sticky comment → TTFS event →
 * report artifact out → step outputs. Returns the outcome; src/main.ts alone calls
 * core.setFailed. GitHub write failures (fork PRs, 403, 409) become warnings and the summary,
 * outputs and artifact are still written.
 */


























const OUTPUT_NAMES = {
    reportPath: 'report-path',
    comparePath: 'compare-path',
    status: 'status',
    verdict: 'verdict',
    criticalCount: 'critical-count',
    warningCount: 'warning-count',
    commentUrl: 'comment-url',
    artifactId: 'artifact-id',
};
function defaultDeps() {
    return {
        env: process.env,
        startedAtMs: Date.now(),
        now: () => Date.now(),
        artifactClient: () => new artifact/* DefaultArtifactClient */.t9(),
        github: (token) => asGitHubApi(createOctokit(token)),
    };
}
/** POSIX path of `abs` relative to the workspace (never an absolute machine path). */
function run_rel(ctx, abs) {
    const r = external_node_path_default().relative(ctx.workspace, abs);
    if (r === '')
        return '.';
    if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
        return external_node_path_default().basename(abs);
    return r.split((external_node_path_default()).sep).join('/');
}
function run_oneLine(e) {
    return ((e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0] ?? '').trim();
}
/** Where scratch downloads go: RUNNER_TEMP when set, else under the output dir. */
function scratchDir(ctx, outDir, name) {
    return ctx.runnerTemp ? external_node_path_default().join(ctx.runnerTemp, 'inferguard', name) : external_node_path_default().join(outDir, '.tmp', name);
}
async function run(partial = {}) {
    const deps = { ...defaultDeps(), ...partial };
    const ctx = readActionContext(deps.env);
    let phase = 'resolve';
    let inputs = null;
    let outDir = null;
    try {
        inputs = getInputs();
        outDir = external_node_path_default().resolve(ctx.workspace, inputs.outputDir);
        return await runMode(inputs, ctx, outDir, deps, (p) => (phase = p));
    }
    catch (e) {
        // The run failed before a signal: record it as a TTFS error event (best effort), then rethrow.
        if (inputs && outDir) {
            const event = buildTtfsEvent({
                ...ttfsIds(ctx),
                startedAtMs: deps.startedAtMs,
                signalAtMs: null,
                nowMs: deps.now(),
                signal: null,
                sloTargetMs: inputs.ttfsSloMs,
                release: version/* INFERGUARD_VERSION */.Z,
                error: { message: run_oneLine(e).slice(0, 500), phase },
                offline: !inputs.githubToken,
                outcome: 'failed',
            });
            await writeTtfsEvent(external_node_path_default().join(outDir, TTFS_FILE), event).catch(() => undefined);
        }
        throw e;
    }
}
function ttfsIds(ctx) {
    const runKey = `${ctx.repository}/${ctx.runId ?? 'local'}`;
    return {
        repository: ctx.repository,
        jobId: nameToUuid(`${runKey}/${ctx.runAttempt}/${ctx.job}`),
        runId: ctx.runId !== null ? nameToUuid(runKey) : null,
        correlationId: ctx.runId !== null ? `${ctx.runId}/${ctx.runAttempt}/${ctx.job}` : null,
    };
}
function githubAccess(inputs, ctx, deps) {
    let client = null;
    return {
        api: inputs.githubToken ? deps.github(inputs.githubToken) : null,
        findByFor: (runId) => inputs.githubToken && ctx.owner
            ? { token: inputs.githubToken, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo }
            : null,
        artifacts: () => (client ??= deps.artifactClient()),
    };
}
async function runMode(inputs, ctx, outDir, deps, setPhase) {
    const gh = githubAccess(inputs, ctx, deps);
    // Config and gates are read before anything is downloaded or analyzed: a typo fails fast.
    const config = await (0,config_file/* loadConfig */.Z)(inputs.config ? external_node_path_default().resolve(ctx.workspace, inputs.config) : undefined);
    const settings = pipelineSettings(config, inputs.gates, INPUT_NAMES.gates, {
        failOn: inputs.failOn,
        failOnRegression: inputs.failOnRegression,
    });
    setPhase('fetch');
    const resultsDir = external_node_path_default().resolve(ctx.workspace, inputs.resultsPath);
    if (inputs.mode !== 'comment' && inputs.artifactPatterns.length > 0)
        await fetchResultArtifacts(inputs, ctx, gh, resultsDir);
    const held = {};
    const steps = {
        head: async () => {
            setPhase('analyze');
            held.head = await loadHead(inputs, ctx, outDir, resultsDir, config, gh);
            return held.head.report;
        },
        baseline: async () => {
            setPhase('policy');
            return answerBaseline(await resolveBaseline(inputs, ctx, outDir, held.head, gh));
        },
    };
    const run = {
        ...(ctx.repository ? { repository: ctx.repository } : {}),
        ...(ctx.sha ? { sha: ctx.sha } : {}),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    };
    const outcome = await runPipeline(settings, steps, { suiteKey: inputs.commentKey, run, summary: true });
    setPhase('report');
    const written = await outputs_writeOutputs(outDir, outcome, { report: 'both', compare: true, comment: true }, ctx.workspace);
    return publish(inputs, ctx, deps, gh, { outDir, resultsDir, head: held.head, outcome, written });
}
/** Job summary (the first signal), annotations, sticky comment, TTFS event, artifact, outputs. */
async function publish(inputs, ctx, deps, gh, p) {
    const { outcome, head } = p;
    let signalAtMs = null;
    try {
        await writeJobSummary(outcome.summary ?? '');
        signalAtMs = deps.now();
    }
    catch (e) {
        core.warning(`job summary not written: ${run_oneLine(e)}`);
    }
    // Annotations for this run's own findings (not for another run's untrusted report).
    if (inputs.mode !== 'comment')
        emitAnnotations(outcome.report.findings, run_rel(ctx, p.resultsDir));
    if (outcome.gates)
        for (const a of gateAnnotations(outcome.gates).slice(0, 10))
            core[a.level](a.message, { title: a.title });
    const commentUrl = (await postComment(inputs, ctx, head, outcome, gh.api)) ?? '';
    if (commentUrl && signalAtMs === null)
        signalAtMs = deps.now();
    await recordRun(inputs, ctx, deps, p, signalAtMs, gh.api === null);
    const artifactId = await uploadReport(inputs, ctx, p.outDir, p.written.comparePath, gh.artifacts);
    const { decision } = outcome;
    setOutputs({
        [OUTPUT_NAMES.reportPath]: run_rel(ctx, p.written.reportPath ?? external_node_path_default().join(p.outDir, 'report.json')),
        [OUTPUT_NAMES.comparePath]: p.written.comparePath ? run_rel(ctx, p.written.comparePath) : '',
        [OUTPUT_NAMES.status]: decision.failed ? 'fail' : 'pass',
        [OUTPUT_NAMES.verdict]: outcome.verdict,
        [OUTPUT_NAMES.criticalCount]: String(decision.counts.critical),
        [OUTPUT_NAMES.warningCount]: String(decision.counts.warning),
        [OUTPUT_NAMES.commentUrl]: commentUrl,
        [OUTPUT_NAMES.artifactId]: artifactId === null ? '' : String(artifactId),
    });
    return decision.failed
        ? { failed: true, message: decision.reasons.map((r) => r.message).join('; ') }
        : { failed: false, message: null };
}
/** The TTFS event and, for a pull request, the PR context the comment workflow reads. */
async function recordRun(inputs, ctx, deps, p, signalAtMs, offline) {
    const ttfs = buildTtfsEvent({
        ...ttfsIds(ctx),
        startedAtMs: deps.startedAtMs,
        signalAtMs,
        nowMs: signalAtMs ?? deps.now(),
        signal: signalAtMs === null ? null : 'summary',
        sloTargetMs: inputs.ttfsSloMs,
        release: version/* INFERGUARD_VERSION */.Z,
        error: signalAtMs === null
            ? { message: 'neither the job summary nor the comment could be written', phase: 'report' }
            : null,
        offline,
        outcome: p.outcome.decision.failed ? 'failed' : 'succeeded',
        metadata: { mode: inputs.mode, verdict: p.outcome.verdict },
    });
    await writeTtfsEvent(external_node_path_default().join(p.outDir, TTFS_FILE), ttfs);
    if (inputs.mode !== 'comment' && ctx.pullRequest && ctx.repository) {
        await writePrContext(external_node_path_default().join(p.outDir, PR_CONTEXT_FILE), {
            schema_version: 'inferguard-pr-context/v1',
            repository: ctx.repository,
            pr_number: ctx.pullRequest.number,
            head_sha: ctx.pullRequest.headSha,
            base_ref: ctx.pullRequest.baseRef,
            run_id: ctx.runId,
        });
    }
}
/** `artifact-pattern`: downloads the matching artifacts of this (or `artifact-run-id`'s) run. */
async function fetchResultArtifacts(inputs, ctx, gh, resultsDir) {
    let findBy = null;
    if (inputs.artifactRunId !== null) {
        findBy = gh.findByFor(inputs.artifactRunId);
        if (!findBy)
            throw new types/* UsageError */.eb(`'artifact-run-id' needs 'github-token' (with actions: read) and GITHUB_REPOSITORY, got no token`);
    }
    else if (!ctx.hasArtifactRuntime) {
        throw new types/* UsageError */.eb(`'artifact-pattern' needs the Actions artifact runtime (run the action as a workflow step), got none`);
    }
    const got = await downloadArtifacts(gh.artifacts(), {
        patterns: inputs.artifactPatterns,
        destDir: resultsDir,
        findBy,
    });
    core.info(`Downloaded ${got.length} artifact(s) matching ${inputs.artifactPatterns.join(', ')} into ${run_rel(ctx, resultsDir)}`);
    if (got.length === 0)
        throw new config_file/* NoReportError */.E(`no artifact matches '${inputs.artifactPatterns.join(', ')}'`);
}
/** The head report of the mode: analyze the results dir, merge shard reports, or read the triggering run's. */
async function loadHead(inputs, ctx, outDir, resultsDir, config, gh) {
    if (inputs.mode === 'comment')
        return commentHead(inputs, ctx, outDir, gh);
    const report = inputs.mode === 'merge'
        ? await mergeHead(ctx, outDir, resultsDir, config)
        : await analyzeHead(inputs, ctx, outDir, resultsDir, config);
    const pr = ctx.pullRequest;
    return {
        report,
        pr: pr ? { number: pr.number, baseRef: pr.baseRef, baseSha: pr.baseSha } : null,
        prRefusal: null,
        runId: ctx.runId,
        workflowId: null,
    };
}
async function analyzeHead(inputs, ctx, outDir, resultsDir, config) {
    return (0,analyze_dir.readResultsDir)({
        resultsDir,
        outputDir: outDir,
        strict: inputs.strict,
        gpuHourCost: inputs.gpuHourCost,
        currency: inputs.currency,
        priceTable: inputs.priceTable ? external_node_path_default().resolve(ctx.workspace, inputs.priceTable) : undefined,
        gpus: inputs.gpus,
        cwd: ctx.workspace,
    }, config);
}
async function mergeHead(ctx, outDir, resultsDir, config) {
    const { shards, problems } = await readShardReports(resultsDir, outDir);
    if (shards.length === 0) {
        throw new config_file/* NoReportError */.E(`no usable shard report.json under ${run_rel(ctx, resultsDir)}${problems[0] ? ` (${problems[0].source}: ${problems[0].message})` : ''}`);
    }
    const merged = (0,analyze/* toWireReport */.jI)(mergeReports(shards, problems, {
        generatedAt: new Date().toISOString(),
        version: version/* INFERGUARD_VERSION */.Z,
        thresholds: config.thresholds,
        inputRoot: (0,analyze_dir/* displayRoot */.v)(resultsDir, ctx.workspace),
    }));
    core.info(`Merged ${shards.length} shard report(s) into ${merged.cells.length} cell(s)`);
    return merged;
}
/** workflow_run: the triggering run's report (untrusted) and its PR, confirmed through the API. */
async function commentHead(inputs, ctx, outDir, gh) {
    const wr = ctx.workflowRun;
    if (!wr)
        throw new types/* UsageError */.eb(`mode 'comment' runs on a workflow_run event, got '${ctx.eventName || 'none'}'`);
    const findBy = gh.findByFor(wr.id);
    const api = gh.api;
    if (!api || !findBy)
        throw new types/* UsageError */.eb(`mode 'comment' needs 'github-token' (actions: read, pull-requests: write), got no token`);
    const dir = scratchDir(ctx, outDir, `run-${wr.id}`);
    let listed;
    try {
        listed = await gh.artifacts().getArtifact(inputs.reportArtifact, { findBy });
    }
    catch (e) {
        throw toArtifactError(`lookup of '${inputs.reportArtifact}' in run ${wr.id}`, e);
    }
    await downloadOne(gh.artifacts(), listed.artifact, dir, findBy);
    const load = await loadReportFile(external_node_path_default().join(dir, 'report.json'), `run ${wr.id}`);
    if (!load.ok)
        throw new config_file/* NoReportError */.E(load.reason);
    const fromArtifact = await readPrContext(external_node_path_default().join(dir, PR_CONTEXT_FILE));
    const candidate = wr.pullRequests[0] ?? (fromArtifact && fromArtifact.repository === ctx.repository ? fromArtifact.pr_number : null);
    let pr = null;
    let prRefusal = null;
    if (candidate === null)
        prRefusal = `run ${wr.id} is not linked to a pull request`;
    else {
        const check = await confirmPullRequest(api, {
            owner: ctx.owner,
            repo: ctx.repo,
            number: candidate,
            headSha: wr.headSha,
        });
        if (check.ok)
            pr = { number: check.number, baseRef: check.baseRef, baseSha: check.baseSha };
        else
            prRefusal = check.reason;
    }
    if (prRefusal)
        core.warning(prRefusal);
    return { report: load.report, pr, prRefusal, runId: wr.id, workflowId: wr.workflowId };
}
/** The comment's verdict-line note for a baseline result (also logged). */
function answerBaseline(b) {
    const note = b.ok ? (b.runId !== null ? `run ${b.runId}` : b.source) : b.reason;
    core.info(b.ok ? `baseline: ${note}` : `no baseline: ${note}`);
    return { report: b.ok ? b.report : null, note };
}
async function resolveBaseline(inputs, ctx, outDir, head, gh) {
    const { api, findByFor, artifacts } = gh;
    const spec = inputs.baseline;
    if (spec.kind === 'none')
        return { ok: false, reason: "'baseline' is none" };
    if (spec.kind === 'path') {
        const load = await loadReportFile(external_node_path_default().resolve(ctx.workspace, spec.path), spec.path);
        if (!load.ok)
            throw new types/* UsageError */.eb(`'baseline' ${load.reason}`);
        return { ...load, runId: null, source: spec.path };
    }
    const runDir = (id) => scratchDir(ctx, outDir, `baseline-${id}`);
    if (spec.kind === 'run') {
        const findBy = findByFor(spec.runId);
        if (!findBy)
            throw new types/* UsageError */.eb(`'baseline' ${spec.runId} needs 'github-token' (actions: read), got no token`);
        let listed;
        try {
            listed = await artifacts().getArtifact(inputs.reportArtifact, { findBy });
        }
        catch (e) {
            throw toArtifactError(`lookup of baseline '${inputs.reportArtifact}' in run ${spec.runId}`, e);
        }
        const load = await downloadBaselineReport(artifacts(), {
            runId: spec.runId,
            headSha: '',
            artifactId: listed.artifact.id,
            artifactName: listed.artifact.name,
            digest: listed.artifact.digest ?? null,
        }, { dir: runDir(spec.runId), findBy });
        if (!load.ok)
            throw new types/* UsageError */.eb(`'baseline' ${load.reason}`);
        return { ...load, runId: spec.runId, source: `run ${spec.runId}` };
    }
    // auto
    if (!api)
        return { ok: false, reason: 'no github-token, so no baseline lookup' };
    const branch = inputs.baseBranch || head.pr?.baseRef || ctx.defaultBranch;
    if (!branch)
        return { ok: false, reason: 'no base branch (not a pull request; set base-branch)' };
    try {
        let workflowId = head.workflowId;
        if (workflowId === null) {
            if (head.runId === null)
                return { ok: false, reason: 'GITHUB_RUN_ID is not set' };
            workflowId = await getWorkflowId(api, { owner: ctx.owner, repo: ctx.repo, runId: head.runId });
        }
        const found = await findBaselineRun(api, {
            owner: ctx.owner,
            repo: ctx.repo,
            workflowId,
            branch,
            artifactName: inputs.reportArtifact,
            preferSha: head.pr?.baseSha ?? null,
            excludeRunId: head.runId,
        });
        if (!found.found)
            return { ok: false, reason: found.reason };
        const findBy = findByFor(found.run.runId);
        const load = await downloadBaselineReport(artifacts(), found.run, { dir: runDir(found.run.runId), findBy });
        if (!load.ok) {
            core.warning(`baseline not used: ${load.reason}`);
            return { ok: false, reason: load.reason };
        }
        return { ...load, runId: found.run.runId, source: `run ${found.run.runId}` };
    }
    catch (e) {
        const err = e instanceof GitHubApiError ? e : toApiError('baseline lookup', e);
        core.warning(`baseline not used: ${err.message}`);
        return { ok: false, reason: err.message };
    }
}
/** Posts or updates the sticky comment per the `comment` policy; returns its URL or null. */
async function postComment(inputs, ctx, head, outcome, api) {
    if (inputs.comment === 'never' || outcome.comment === null)
        return null;
    if (!head.pr) {
        const why = head.prRefusal ?? 'this run is not for a pull request';
        if (inputs.comment === 'always')
            core.warning(`comment skipped: ${why}`);
        else
            core.info(`comment skipped: ${why}`);
        return null;
    }
    if (!api) {
        core.warning(`comment skipped: no github-token`);
        return null;
    }
    const counts = outcome.decision.counts;
    const body = outcome.comment;
    const worthSaying = counts.critical > 0 || counts.warning > 0 || outcome.verdict === 'REGRESSION' || outcome.verdict === 'IMPROVEMENT';
    try {
        const res = await upsertComment(api, {
            owner: ctx.owner,
            repo: ctx.repo,
            issueNumber: head.pr.number,
            marker: commentMarker(inputs.commentKey),
            author: inputs.commentAuthor,
            body,
            createIfMissing: inputs.comment !== 'on-change' || worthSaying,
        });
        if (!res) {
            core.info('comment skipped: nothing changed worth a new comment (comment: on-change)');
            return null;
        }
        if (res.impostors > 0)
            core.info(`ignored ${res.impostors} comment(s) carrying our marker but not written by ${inputs.commentAuthor}`);
        if (res.duplicates > 0)
            core.warning(`found ${res.duplicates + 1} comments of ours on PR #${head.pr.number}; updated the oldest`);
        core.info(`comment ${res.action}: ${res.url}`);
        return res.url;
    }
    catch (e) {
        const err = e instanceof GitHubApiError ? e : toApiError('comment upsert', e);
        if (isPermissionError(err))
            core.warning(`comment skipped: the token cannot write to this pull request (a fork PR's read-only token?): ${err.message}`);
        else
            core.warning(`comment skipped: ${err.message}`);
        return null;
    }
}
/** Uploads report.json, report.md, compare.json, comment.md, ttfs.json (and the PR context). */
async function uploadReport(inputs, ctx, outDir, comparePath, artifacts) {
    if (!ctx.hasArtifactRuntime) {
        core.info('report artifact not uploaded: no Actions artifact runtime (local run)');
        return null;
    }
    const names = ['report.json', 'report.md', 'comment.md', TTFS_FILE, ...(comparePath ? ['compare.json'] : [])];
    if (inputs.mode !== 'comment' && ctx.pullRequest)
        names.push(PR_CONTEXT_FILE);
    const files = [];
    for (const n of names.sort()) {
        const p = external_node_path_default().join(outDir, n);
        try {
            await (0,promises_.readFile)(p);
            files.push(p);
        }
        catch {
            // not written in this mode
        }
    }
    const name = inputs.mode === 'comment' ? `${inputs.reportArtifact}-comment` : inputs.reportArtifact;
    try {
        await (0,promises_.mkdir)(outDir, { recursive: true });
        const res = await uploadArtifact(artifacts(), { name, files, rootDir: outDir });
        core.info(`uploaded artifact '${name}' (id ${res.id ?? '?'})`);
        return res.id;
    }
    catch (e) {
        const err = toArtifactError(`upload of '${name}'`, e);
        if (err.status === 409)
            core.warning(`report artifact not uploaded: '${name}' already exists in this run (a re-run?): ${err.message}`);
        else
            core.warning(`report artifact not uploaded: ${err.message}`);
        return null;
    }
}


/***/ }),

/***/ 37480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* binding */ assertContract),
  g: () => (/* binding */ registerContract),
  T7: () => (/* binding */ validateContract)
});

// UNUSED EXPORTS: contractNames, validatorOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
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










const SCHEMAS = {
    'disagg-status/v1': disagg_status_v1_schema_namespaceObject,
    'path-trace/v1': path_trace_v1_schema_namespaceObject,
    'inferguard-timeline/v1': inferguard_timeline_v1_schema_namespaceObject,
    'inferguard-analyze/v1': inferguard_analyze_v1_schema_namespaceObject,
    'inferguard-cost/v1': inferguard_cost_v1_schema_namespaceObject,
    'disagg-event-record/v1': disagg_event_record_v1_schema_namespaceObject,
};
const extraSchemas = new Map();
/** Registers an additional contract (e.g. inferguard-report-diff/v1) by name. */
function registerContract(name, schema) {
    extraSchemas.set(name, schema);
    checked.delete(name);
}
function contractNames() {
    return [...Object.keys(SCHEMAS), ...extraSchemas.keys()].sort();
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
    const schema = SCHEMAS[name] ?? extraSchemas.get(name);
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


/***/ })

};
