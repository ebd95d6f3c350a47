export const id = 461;
export const ids = [461];
export const modules = {

/***/ 5042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ evalAllowance),
/* harmony export */   cv: () => (/* binding */ lowerIsBetter),
/* harmony export */   kS: () => (/* binding */ evalRegression)
/* harmony export */ });
/* harmony import */ var _curve_curve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6372);
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
/** Whether an eval score of a cell is lower-is-better (lm-eval's higher_is_better false). */
function lowerIsBetter(c, name) {
    return c.metrics[`${name}_direction`] === 'lower_is_better';
}
function dropVsBaseline(pair, name, minDrop) {
    const { base, head } = pair;
    const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
    const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
    if (b === null || h === null)
        return null;
    const a = evalAllowance(base, head, name, minDrop);
    // lm-eval states the direction; a lower-is-better score (perplexity, MAE) carries `<name>_direction`.
    const lower = lowerIsBetter(base, name) || lowerIsBetter(head, name);
    const d = lower ? b - h : h - b;
    if (!(d < 0 && Math.abs(d) > a.threshold))
        return null;
    const beyond = a.se === null ? 'the minimum drop' : 'the standard error';
    return {
        code: 'eval_regression',
        severity: 'warning',
        message: `${name} ${lower ? 'rose' : 'dropped'} from ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(name, b)} to ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(name, h)} (${lower ? 'lower is better' : d.toFixed(4)}), beyond ${beyond} ${a.threshold.toFixed(4)}.`,
        cell_id: head.cell_id,
        evidence: {
            metric: name,
            base: b,
            head: h,
            delta: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(d),
            threshold: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(a.threshold),
            threshold_name: a.thresholdName,
            ...(lower ? { direction: 'lower_is_better' } : {}),
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
                const score = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, key);
                const pass = passBy.get(task.toLowerCase());
                const lower = lowerIsBetter(c, key);
                if (score === null || pass === undefined || (lower ? score <= pass : score >= pass))
                    continue;
                out.push({
                    code: 'eval_regression',
                    severity: 'warning',
                    message: `Cell ${c.cell_id} ${task} score regressed: ${score.toFixed(3)} ${lower ? 'above' : 'below'} the pass threshold ${pass}.`,
                    cell_id: c.cell_id,
                    evidence: {
                        conditions: ['below_pass_threshold'],
                        task,
                        metric: key,
                        score: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(score),
                        score_se: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, `${key}_se`),
                        pass_threshold: pass,
                        passes: false,
                        threshold_name: `eval_thresholds.${task}`,
                        threshold: pass,
                        files: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .cellFiles */ .UZ)(c),
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
/** Critical: the request total is known and not one request succeeded. */
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

// EXTERNAL MODULE: ./src/core/curve/curve.ts
var curve = __webpack_require__(6372);
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

// EXTERNAL MODULE: ./src/core/curve/tail.ts
var tail = __webpack_require__(7101);
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
 * paging definition). The rule's "while p99 TTFT worsens ≥ 0.20" is kept as is; "latency
 * degrades" is read as "worsens without a throughput gain", the same test the
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
// EXTERNAL MODULE: ./src/core/timeline/timeline-block.ts
var timeline_block = __webpack_require__(6256);
// EXTERNAL MODULE: ./src/core/timeline/timeline-samples.ts
var timeline_samples = __webpack_require__(7314);
;// CONCATENATED MODULE: ./src/core/findings/prefill-decode-imbalance.ts



/**
 * prefill_decode_imbalance (warning), re-derived from the live timeline: the ratio of running
 * requests prefill/decode lies outside [`imbalance_ratio_low`, `imbalance_ratio_high`] (0.5–2.0)
 * in ≥ `imbalance_min_samples` (3) samples. Samples where either count is missing, or both are 0,
 * say nothing; decode 0 with prefill running counts as outside. Disaggregated decode pools
 * normally hold most running requests, so this fires on healthy disagg runs too:
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
    eval_regression/* evalRegression */.kS,
];
/** Every rule's findings vs the baseline, over compare's matched (base, head) pairs. */
function baselineFindings(pairs, thresholds) {
    return FINDING_RULES.flatMap((rule) => rule.vsBaseline?.(pairs, thresholds) ?? []);
}


/***/ }),

/***/ 6256:
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
/* harmony import */ var _timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7314);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/**
 * The `timeline` block of a cell: sample count, first/last observation, finding
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

/***/ 7314:
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

/***/ 4461:
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
// EXTERNAL MODULE: ./src/core/findings/index.ts + 15 modules
var core_findings = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/core/findings/order.ts
var order = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/core/thresholds.ts
var core_thresholds = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/core/compare/match.ts
var match = __webpack_require__(7374);
// EXTERNAL MODULE: ./src/core/compare/curves.ts
var compare_curves = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/core/compare/options.ts
var options = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/core/findings/eval-regression.ts
var eval_regression = __webpack_require__(5042);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/core/compare/catalogue.ts
var catalogue = __webpack_require__(86);
// EXTERNAL MODULE: ./src/core/stats/distributions.ts
var distributions = __webpack_require__(1292);
// EXTERNAL MODULE: ./src/core/stats/multiplicity.ts
var multiplicity = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/core/stats/random.ts
/**
 * Seeded randomness: a 32-bit string hash (per-test PRNG streams derived from a seed) and the
 * mulberry32 PRNG. Pure and deterministic: same seed, same stream.
 */
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

// EXTERNAL MODULE: ./src/core/stats/tests.ts
var tests = __webpack_require__(5814);
;// CONCATENATED MODULE: ./src/core/compare/stats.ts
/**
 * Statistics for compare, now in src/core/stats/ (distributions.ts: erfc and the normal p-value;
 * tests.ts: Mann-Whitney and the bootstrap; multiplicity.ts: Benjamini-Hochberg; random.ts: the
 * seeded PRNG). This module re-exports them under their old path so that importers need not change.
 */





// EXTERNAL MODULE: ./src/core/compare/numbers.ts
var numbers = __webpack_require__(5881);
;// CONCATENATED MODULE: ./src/core/compare/metric-compare.ts






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
        base: (0,numbers/* round */.LI)(b),
        head: (0,numbers/* round */.LI)(h),
        delta: b !== null && h !== null ? (0,numbers/* round */.LI)(h - b) : null,
        relative_delta: (0,numbers/* round */.LI)((0,numbers/* rel */.wH)(b, h)),
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
    return (0,numbers/* round */.LI)(Math.min(1, 0.5 + (0.5 * (excess - band)) / band), 6);
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
    const ws = (0,numbers/* worseSign */.CF)(c.direction);
    // Inclusive: a change equal to the band (within float noise, 1e-9) is beyond it.
    if (Math.abs(x) >= band - numbers/* BAND_EPS */.xv && ws !== 0) {
        c.outcome = Math.sign(x) === ws ? 'regressed' : 'improved';
        c.confidence = bandConfidence(Math.abs(x), band);
        c.note = absolute
            ? `${(x * 100).toFixed(1)} points, at or beyond the ±${(band * 100).toFixed(1)}-point band`
            : `${(0,numbers/* pctText */.Xg)(x)}, at or beyond the ±${(band * 100).toFixed(1)}% band`;
    }
    else {
        c.outcome = 'unchanged';
        c.note = 'within the noise band';
    }
}
function median(s) {
    return (0,tests/* statOfSorted */.JD)(s.values, { kind: 'percentile', p: 50 });
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
/** Requests behind a cell's latency and throughput numbers: the largest sample n, else the successful count. */
function requestCount(c) {
    let n = null;
    for (const s of Object.values(c.samples ?? {})) {
        const k = s && typeof s.n === 'number' ? Math.max(s.n, Array.isArray(s.values) ? s.values.length : 0) : null;
        if (k !== null && (n === null || k > n))
            n = k;
    }
    if (n !== null)
        return n;
    const ok = c.completion?.num_requests_successful;
    return typeof ok === 'number' && Number.isFinite(ok) ? ok : null;
}
function sameSketch(a, b) {
    if (!a || !b || a.n !== b.n || a.values.length !== b.values.length)
        return false;
    for (let i = 0; i < a.values.length; i++)
        if (a.values[i] !== b.values[i])
            return false;
    return true;
}
/**
 * AgentX writes TPOT = ITL from the same per-request values (samples and percentiles): in such a
 * cell pair TPOT is not a second metric. True when both cells carry TPOT identical to ITL.
 */
function tpotIsItl(c, metric) {
    const s = c.samples;
    if (s?.tpot_s && s.itl_s)
        return sameSketch(s.tpot_s, s.itl_s);
    const t = c.metrics?.[metric];
    const i = c.metrics?.[metric.replace(/_tpot$/, '_itl')];
    return typeof t === 'number' && typeof i === 'number' && t === i;
}
/** Every catalogue metric and eval score of a matched pair, compared (outcomes of tests pending BH). */
function compareMetrics(pair, settings, tests, runs) {
    const base = pair.base;
    const head = pair.head;
    const nb = requestCount(base);
    const nh = requestCount(head);
    const ctx = {
        base,
        head,
        settings,
        tests,
        work: { pair, comparisons: [], stats: [], defs: new Map(), runs, runLevel: false },
        key: (0,match/* cellKey */.sl)(head),
        nb,
        nh,
        fewRequests: (nb !== null && nb < settings.min_samples) || (nh !== null && nh < settings.min_samples),
        currencyDiffers: !!(base.cost && head.cost && base.cost.currency !== head.cost.currency),
        mwCache: new Map(),
        present: new Set(),
    };
    for (const def of catalogue/* COMPARE_METRICS */.W)
        compareCatalogueMetric(ctx, def);
    compareEvalScores(ctx);
    return ctx.work;
}
/** One catalogue metric: skipped, informational, incomparable, per-request test or noise band. */
function compareCatalogueMetric(ctx, def) {
    const { base, head, settings, work } = ctx;
    const bs = def.sample ? cleanSketch(base.samples?.[def.sample.key], settings.min_samples) : undefined;
    const hs = def.sample ? cleanSketch(head.samples?.[def.sample.key], settings.min_samples) : undefined;
    const statistical = !!def.sample && bs !== undefined && hs !== undefined;
    let b = def.get(base);
    let h = def.get(head);
    if (statistical && def.sample) {
        b ??= (0,tests/* statOfSorted */.JD)(bs.values, def.sample.stat);
        h ??= (0,tests/* statOfSorted */.JD)(hs.values, def.sample.stat);
    }
    if ((b !== null || bs !== undefined) && (h !== null || hs !== undefined))
        ctx.present.add(def.metric);
    if (b === null && h === null)
        return;
    if (def.fallbackFor && def.fallbackFor.some((m) => ctx.present.has(m)))
        return;
    const c = baseComparison(def, b, h);
    work.comparisons.push(c);
    work.defs.set(c, def);
    c.n_base_runs = work.runs.base.length;
    c.n_head_runs = work.runs.head.length;
    if (def.kind === 'cost' && ctx.currencyDiffers) {
        c.outcome = 'incomparable';
        c.reason = 'currency_differs';
        c.note = `currency differs (${String(base.cost?.currency)} vs ${String(head.cost?.currency)})`;
        return;
    }
    if (def.band === null) {
        c.method = 'informational';
        c.outcome = b === null || h === null ? 'insufficient_data' : 'informational';
        c.reason = b === null || h === null ? 'missing_on_one_side' : 'informational';
        c.note = b === null || h === null ? 'missing on one side' : 'informational: depends on run length';
        return;
    }
    if (b === null || h === null) {
        c.reason = 'missing_on_one_side';
        c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
        return;
    }
    if (def.metric.endsWith('_tpot') && tpotIsItl(base, def.metric) && tpotIsItl(head, def.metric)) {
        c.method = 'informational';
        c.outcome = 'informational';
        c.reason = 'tpot_is_itl';
        c.note = `same per-request values as ${def.metric.replace(/_tpot$/, '_itl')} (TPOT = ITL in this source): decided once, there`;
        return;
    }
    if (ctx.fewRequests && def.kind !== 'completion') {
        c.reason = 'below_min_samples';
        c.note = `below min_samples ${settings.min_samples} requests (base ${ctx.nb ?? '?'}, head ${ctx.nh ?? '?'}): too few to decide`;
        return;
    }
    if (statistical && def.sample) {
        decideSampled(ctx, c, def, def.sample, bs, hs);
        return;
    }
    const bandName = settings.noise_bands[def.metric] !== undefined ? def.metric : def.band;
    c.basis = 'noise_band';
    decideBand(c, settings.noise_bands[bandName] ?? 0, bandName, def.band === 'success_rate');
}
/** A metric with per-request samples on both sides: bootstrap of its statistic, or the series' rank test. */
function decideSampled(ctx, c, def, sample, sb, sh) {
    const { settings } = ctx;
    c.basis = 'per_request';
    c.n_base = Math.max(sb.n, sb.values.length);
    c.n_head = Math.max(sh.n, sh.values.length);
    c.threshold = { name: 'min_effect_size', value: settings.min_effect_size, basis: 'relative' };
    if (settings.method === 'bootstrap') {
        c.method = 'bootstrap_quantile';
        const rng = mulberry32((settings.seed ^ hash32(`${ctx.key}\u0000${def.metric}`)) >>> 0);
        const r = (0,tests/* bootstrapDifference */.ub)(sb, sh, sample.stat, settings.bootstrap_iterations, settings.alpha, rng);
        if (!r)
            return;
        const baseStat = (0,tests/* statOfSorted */.JD)(sb.values, sample.stat);
        const test = { p: r.p_value, q: 1 };
        ctx.tests.push(test);
        c.p_value = (0,numbers/* round */.LI)(r.p_value);
        c.interval = [(0,numbers/* round */.LI)(r.interval[0]), (0,numbers/* round */.LI)(r.interval[1])];
        const effect = baseStat !== 0 ? r.difference / Math.abs(baseStat) : null;
        c.effect_size = (0,numbers/* round */.LI)(effect);
        ctx.work.stats.push({
            comparison: c,
            test,
            testSign: Math.sign(r.difference),
            effect,
            intervalExcludesZero: r.interval[0] > 0 || r.interval[1] < 0,
            metricMustAgree: true,
        });
        return;
    }
    c.method = 'mann_whitney_u';
    const sk = sample.key;
    if (!ctx.mwCache.has(sk)) {
        const mw = (0,tests/* mannWhitney */.Pi)(sb, sh);
        if (mw) {
            const test = { p: mw.p_value, q: 1 };
            ctx.tests.push(test);
            ctx.mwCache.set(sk, { test, mw, effect: locationShift(sb, sh) });
        }
        else
            ctx.mwCache.set(sk, null);
    }
    const t = ctx.mwCache.get(sk);
    if (!t)
        return;
    c.p_value = (0,numbers/* round */.LI)(t.mw.p_value);
    c.effect_size = (0,numbers/* round */.LI)(t.effect);
    ctx.work.stats.push({
        comparison: c,
        test: t.test,
        testSign: Math.sign(t.mw.auc - 0.5),
        effect: t.effect,
        intervalExcludesZero: true,
        metricMustAgree: false,
    });
}
/** Eval scores: a drop beyond the standard error of the difference, else eval_regression_min_drop. */
function compareEvalScores(ctx) {
    const { base, head, settings, work } = ctx;
    for (const name of (0,catalogue/* evalScoreNames */.j)(base, head)) {
        const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
        const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
        const lower = (0,eval_regression/* lowerIsBetter */.cv)(base, name) || (0,eval_regression/* lowerIsBetter */.cv)(head, name);
        const info = evalMetricInfo(name);
        const c = baseComparison({ metric: name, ...info, ...(lower ? { direction: 'lower_is_better' } : {}) }, b, h);
        work.comparisons.push(c);
        c.basis = 'eval_stderr';
        c.n_base_runs = 1;
        c.n_head_runs = 1;
        if (b === null || h === null) {
            c.reason = 'missing_on_one_side';
            c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
            continue;
        }
        const allowance = (0,eval_regression/* evalAllowance */.Rn)(base, head, name, settings.eval_min_drop);
        const { se, threshold } = allowance;
        c.method = 'eval_stderr';
        c.threshold = { name: allowance.thresholdName, value: (0,numbers/* round */.LI)(threshold), basis: 'absolute' };
        const d = lower ? b - h : h - b;
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
}
function finishStat(s, settings) {
    const c = s.comparison;
    const q = s.test.q;
    c.q_value = (0,numbers/* round */.LI)(q);
    const ws = (0,numbers/* worseSign */.CF)(c.direction);
    const effectOk = s.effect !== null && Math.abs(s.effect) >= settings.min_effect_size;
    const effectSign = s.effect === null ? 0 : Math.sign(s.effect);
    const metricSign = c.delta === null ? 0 : Math.sign(c.delta);
    const what = c.method === 'mann_whitney_u' ? 'distribution shift' : 'shift';
    if (q > settings.alpha) {
        c.outcome = 'unchanged';
        c.note = `not significant (q ${(0,numbers/* formatP */.MA)(q)} > α ${settings.alpha})`;
    }
    else if (!effectOk) {
        c.outcome = 'unchanged';
        c.note = `significant (q ${(0,numbers/* formatP */.MA)(q)}) but ${what} ${s.effect === null ? 'unknown' : (0,numbers/* pctText */.Xg)(s.effect)} is below the minimum effect ${(settings.min_effect_size * 100).toFixed(1)}%`;
    }
    else if (effectSign !== s.testSign || (s.metricMustAgree && metricSign !== effectSign) || !s.intervalExcludesZero) {
        c.outcome = 'unchanged';
        c.note = `significant (q ${(0,numbers/* formatP */.MA)(q)}) but the metric moved against the ${what}`;
    }
    else {
        c.outcome = effectSign === ws ? 'regressed' : 'improved';
        c.confidence = (0,numbers/* round */.LI)(1 - q, 6);
        c.note = `q ${(0,numbers/* formatP */.MA)(q)} ≤ α ${settings.alpha}; ${what} ${(0,numbers/* pctText */.Xg)(s.effect)}`;
    }
}

// EXTERNAL MODULE: ./src/core/compare/environment.ts
var environment = __webpack_require__(434);
;// CONCATENATED MODULE: ./src/core/compare/decide.ts
/** A tail so far out that even the shipped pooled law rejects it at the escape's own level. */
function hugeTail(m) {
    return m.ev.tail && m.ev.pPooled <= m.levels.escape && m.p <= m.levels.cell;
}
function changed(m, reason) {
    return { outcome: m.dir > 0 ? 'regressed' : 'improved', reason, suspicious: false };
}
function unchanged(reason, suspicious = false) {
    return { outcome: 'unchanged', reason, suspicious };
}
/** The rules, in the order docs/COMPARE.md gives them. */
const METRIC_RULES = [
    {
        // One base run with per-request samples: the runs must differ beyond sampling noise first.
        id: 'within_sampling_noise',
        judge: (m) => (m.sampleStage === 'unchanged' ? unchanged('within_sampling_noise') : null),
    },
    {
        id: 'below_min_effect',
        judge: (m) => m.dir === 0 || Math.abs(m.ev.effect) < m.minEffect.value - 1e-9 ? unchanged('below_min_effect') : null,
    },
    {
        // A tail percentile that moved alone (its median did not, nor its family) is at most
        // suspicious, unless even the pooled prior cannot explain it at the escape's level. A
        // sweep-wide tail swing without its median is alone too: real nightly repeats show p99 TTFT and
        // p99 ITL moving together across a small sweep with the medians still (bench:verdicts, real).
        id: 'isolated_tail',
        judge: (m) => m.ev.tail && !m.tailBacked && !m.family?.significant && !hugeTail(m)
            ? m.p <= m.levels.suspicious
                ? unchanged('isolated_tail', true)
                : unchanged('within_cell_noise')
            : null,
    },
    {
        // Serial gatekeeping: a tail is tested at the cell level only when its median family was
        // rejected in this cell (gate), or by the huge-tail escape's own share.
        id: 'beyond_cell_noise',
        judge: (m) => (m.p <= m.levels.cell && (!m.ev.tail || m.gate)) || hugeTail(m) ? changed(m, 'beyond_cell_noise') : null,
    },
    {
        id: 'coherent_family',
        judge: (m) => (m.family?.significant ? changed(m, 'coherent_family') : null),
    },
    {
        id: 'coherent_sweep',
        judge: (m) => (m.sweep?.significant ? changed(m, 'coherent_sweep') : null),
    },
    {
        id: 'beyond_usual_range',
        judge: (m) => (m.p <= m.levels.suspicious ? unchanged('beyond_usual_range', true) : null),
    },
    { id: 'within_cell_noise', judge: () => unchanged('within_cell_noise') },
];
function decideMetric(m) {
    for (const r of METRIC_RULES) {
        const d = r.judge(m);
        if (!d)
            continue;
        // An acknowledged regression (issue 22 item 9; the action's label sets settings.accept) is
        // shown with its reason, never a verdict.
        return d.outcome === 'regressed' && m.accepted
            ? { outcome: 'unchanged', reason: 'accepted', suspicious: false }
            : d;
    }
    return unchanged('within_cell_noise');
}

// EXTERNAL MODULE: ./src/core/compare/moderate.ts
var moderate = __webpack_require__(3102);
;// CONCATENATED MODULE: ./src/core/compare/run-effects.ts
/**
 * Run (node) effects shared by the cells of a run (docs/COMPARE.md "Run effects"): the two-way
 * decomposition of one metric's run values, ln value(cell, run) = cell level + run effect +
 * residual, so that a cell's test can work on residuals.
 *
 * Why. The runs of a sweep land on one node; a slower node moves every cell of that run alike
 * (the heavy bench's node effect; InferenceX names the node in the run folder). With ≥ 3 base
 * runs the cell test uses each cell's own spread between runs, which then CONTAINS the node's
 * spread, and the head's change of one cell contains the head node's shift: a quiet cell is
 * measured against the node's noise, not its own. This is the standard random-effects view of
 * benchmarking (Kalibera & Jones 2013, "Rigorous benchmarking in reasonable time": variance at
 * each level of a run hierarchy; a two-way layout of cells × runs), fitted robustly by Tukey's
 * median polish (Tukey 1977, Exploratory Data Analysis, ch. 11): the run effect is the median
 * over cells of each cell's deviation from its own level, so a few changed or bimodal cells do
 * not move it.
 *
 * What is estimated (per metric, only when enough cells share the runs):
 * - each base run's effect δ_r (median polish over the cells with ≥ 2 base runs; ≥ `minCells`
 *   cells per run, ≥ 3 base runs), normalised to mean 0 over the base runs;
 * - each head run's effect δ_h, the median over cells of the head value's deviation from the
 *   cell's level (robust to a minority of changed cells);
 * - the head's shift D = mean δ_h (relative to the base), its standard error s_δ·√(1/K + 1/M)
 *   from the base runs' effects (K − 1 degrees of freedom: the node law measured, not assumed);
 * - the median's own uncertainty (a median over C cells is not the node's effect): τ² per run
 *   from the MAD of its deviations. The effects' spread s_δ² is the node's plus τ², so only the
 *   node's share w = max(0, 1 − τ²/s_δ²) of each estimate is removed (the best linear predictor
 *   of a random effect, Henderson's BLUP, positive part): when nodes differ no more than the
 *   medians' error, nothing is removed, and a quiet cell is not made noisier by the others' noise.
 *   Base residuals carry what is left (their runs' errors); the head's error w²·τ_h² is added to
 *   each cell's change (its deviation also carries the cell's level error, which the base runs'
 *   deviations, each inside its own level, understate).
 */
/** Base runs with an estimated effect needed for a decomposition (two would leave s_δ one df). */
const RUN_EFFECT_MIN_RUNS = 3;
/** Median-polish sweeps (Tukey: two or three settle it). */
const POLISH_ITERATIONS = 4;
function run_effects_median(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function mean(xs) {
    let s = 0;
    for (const x of xs)
        s += x;
    return s / xs.length;
}
/**
 * The run effects of one metric over its cells, or null when fewer than `minCells` cells share
 * each of ≥ 3 base runs and each head run (then nothing is decomposed: the cells keep their raw
 * runs, and the node's spread stays inside each cell's own).
 */
function estimateRunEffects(cells, minCells) {
    const informative = cells.filter((c) => c.base.length >= 2 && new Set(c.baseIds).size === c.baseIds.length);
    if (informative.length < minCells)
        return null;
    const level = informative.map((c) => mean(c.base));
    const effect = new Map();
    for (let it = 0; it < POLISH_ITERATIONS; it++) {
        const dev = new Map();
        informative.forEach((c, i) => c.base.forEach((y, j) => {
            const id = c.baseIds[j];
            const l = dev.get(id);
            const v = y - level[i];
            if (l)
                l.push(v);
            else
                dev.set(id, [v]);
        }));
        effect.clear();
        for (const [id, vs] of dev)
            if (vs.length >= minCells)
                effect.set(id, run_effects_median(vs));
        informative.forEach((c, i) => {
            level[i] = mean(c.base.map((y, j) => y - (effect.get(c.baseIds[j]) ?? 0)));
        });
    }
    if (effect.size < RUN_EFFECT_MIN_RUNS)
        return null;
    // Each base run's median as an estimate: its variance from the MAD of the run's deviations.
    let tau2 = 0;
    {
        const dev = new Map();
        informative.forEach((c, i) => c.base.forEach((y, j) => {
            const id = c.baseIds[j];
            if (!effect.has(id))
                return;
            const v = y - level[i] - effect.get(id);
            const l = dev.get(id);
            if (l)
                l.push(v);
            else
                dev.set(id, [v]);
        }));
        for (const vs of dev.values())
            tau2 += medianVar(vs);
        tau2 /= dev.size;
    }
    const centre = mean([...effect.values()]);
    const base = new Map([...effect].map(([id, v]) => [id, v - centre]));
    // Every cell whose base runs all have an effect: its level net of them (cells with one base run
    // included), then each head run's effect, the median of the head's deviations from the levels.
    const dev = new Map();
    for (const c of cells) {
        if (!c.baseIds.every((id) => base.has(id)))
            continue;
        const lvl = mean(c.base.map((y, j) => y - base.get(c.baseIds[j])));
        c.head.forEach((y, j) => {
            const id = c.headIds[j];
            const l = dev.get(id);
            if (l)
                l.push(y - lvl);
            else
                dev.set(id, [y - lvl]);
        });
    }
    const head = new Map();
    let headVar = 0;
    for (const [id, vs] of dev) {
        if (vs.length < minCells)
            continue;
        head.set(id, run_effects_median(vs));
        headVar += medianVar(vs);
    }
    if (head.size === 0)
        return null;
    const k = base.size;
    const m = head.size;
    const sd2 = [...base.values()].reduce((a, v) => a + v * v, 0) / (k - 1);
    // The spread of the estimated effects is the node's plus the medians' error (τ²): the node's
    // share of it is the weight of the best linear predictor of each run's effect (BLUP, positive part).
    const weight = sd2 > 0 ? Math.max(0, 1 - tau2 / sd2) : 0;
    return {
        base,
        head,
        weight,
        shift: mean([...head.values()]),
        se: Math.sqrt(sd2 * (1 / k + 1 / m)),
        df: k - 1,
        headVar: (weight * weight * headVar) / (m * m),
        runs: k,
        cells: informative.length,
    };
}
/** Sampling variance of the median of `vs`: (1.2533 · 1.4826 · MAD / √n)² (normal efficiency; robust to the tails). */
function medianVar(vs) {
    const at = run_effects_median([...vs]);
    const mad = run_effects_median(vs.map((v) => Math.abs(v - at)));
    return ((1.2533 * 1.4826 * mad) / Math.sqrt(vs.length)) ** 2;
}
/**
 * One cell's runs net of the run effects, or null when one of its runs has no estimate. Base
 * values lose their run's effect; head values lose their run's deviation from the head's shift,
 * and the shift itself unless `keepShift` (the sweep test found the shift beyond the node law:
 * then it is a change, not a node, and each cell keeps it).
 */
function netOfRunEffects(c, fx, keepShift) {
    if (!c.baseIds.every((id) => fx.base.has(id)) || !c.headIds.every((id) => fx.head.has(id)))
        return null;
    const w = fx.weight;
    const back = keepShift ? fx.shift : 0;
    return {
        base: c.base.map((y, j) => y - w * fx.base.get(c.baseIds[j])),
        head: c.head.map((y, j) => y - w * (fx.head.get(c.headIds[j]) - back)),
    };
}

// EXTERNAL MODULE: ./src/core/compare/noise-prior.ts
var noise_prior = __webpack_require__(7016);
// EXTERNAL MODULE: ./src/core/compare/run-stats.ts
var run_stats = __webpack_require__(988);
// EXTERNAL MODULE: ./src/core/stats/index.ts
var stats = __webpack_require__(683);
;// CONCATENATED MODULE: ./src/core/compare/evidence.ts





function logMeanOfSamples(c, def, minSamples) {
    const s = def.sample ? c.samples?.[def.sample.key] : undefined;
    if (!s || !Array.isArray(s.values) || s.values.length === 0 || Math.max(s.n, s.values.length) < minSamples)
        return null;
    let sum = 0;
    for (const v of s.values) {
        if (!(typeof v === 'number' && v > 0 && Number.isFinite(v)))
            return null;
        sum += Math.log(v);
    }
    return sum / s.values.length;
}
function lnValue(c, def) {
    let v = def.get(c);
    if (v === null && def.sample) {
        const s = c.samples?.[def.sample.key];
        if (s && Array.isArray(s.values) && s.values.length > 0)
            v = (0,tests/* statOfSorted */.JD)(s.values, def.sample.stat);
    }
    return v !== null && Number.isFinite(v) && v > 0 ? Math.log(v) : null;
}
/**
 * The run series of a metric: for a median (p50) with per-request samples in every run, ln of
 * each run's geometric mean (the series' location, less noisy than one percentile); otherwise ln
 * of the metric in each run. Null when a run lacks it.
 */
function runSeries(def, base, head, minSamples) {
    if (def.sample && def.sample.stat.kind === 'percentile' && def.sample.stat.p === 50) {
        const b = base.map((c) => logMeanOfSamples(c, def, minSamples));
        const h = head.map((c) => logMeanOfSamples(c, def, minSamples));
        if (b.every((x) => x !== null) && h.every((x) => x !== null))
            return { base: b, head: h, of: 'loc' };
    }
    const b = base.map((c) => lnValue(c, def));
    const h = head.map((c) => lnValue(c, def));
    if (b.some((x) => x === null) || h.some((x) => x === null))
        return null;
    return { base: b, head: h, of: 'value' };
}
function evidence_mean(xs) {
    let s = 0;
    for (const x of xs)
        s += x;
    return s / xs.length;
}
function sumSquares(xs) {
    if (xs.length < 2)
        return 0;
    const m = evidence_mean(xs);
    let s = 0;
    for (const x of xs)
        s += (x - m) ** 2;
    return s;
}
/** The change of a series: mean ln head − mean ln base. */
function seriesChange(s) {
    return evidence_mean(s.head) - evidence_mean(s.base);
}
/** The series' own within-side spread: sum of squares and degrees of freedom. */
function ownSpread(s) {
    return {
        ss: sumSquares(s.base) + sumSquares(s.head),
        df: Math.max(0, s.base.length - 1) + Math.max(0, s.head.length - 1),
    };
}
function evidence_median(sorted) {
    const n = sorted.length;
    const m = n >> 1;
    return n % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
/** Points of the quadrature over the mixing variable (Simpson, even). */
const MIX_POINTS = 256;
/** Upper-tail p of the untruncated t above which it stands for the truncated predictive (the suspicious level of the smallest compares is at most 0.25). */
const MIX_FROM = 0.25;
const mixGrids = new Map();
/** The quadrature grid of predictiveUpper for (ν, ρ), whose bounds `lo`, `hi` follow from them. */
function mixGrid(nu, rho, lo, hi) {
    const key = `${nu}|${rho}`;
    const known = mixGrids.get(key);
    if (known)
        return known;
    const h = (hi - lo) / MIX_POINTS;
    // Weights in log space relative to the largest, so ν/2·ln u − u/2 cannot underflow.
    let peak = -Infinity;
    for (let i = 0; i <= MIX_POINTS; i++) {
        const w = lo + i * h;
        peak = Math.max(peak, (nu / 2) * w - Math.exp(w) / 2);
    }
    const g = new Float64Array(MIX_POINTS + 1);
    const s = new Float64Array(MIX_POINTS + 1);
    let den = 0;
    for (let i = 0; i <= MIX_POINTS; i++) {
        const w = lo + i * h;
        const u = Math.exp(w);
        const simpson = i === 0 || i === MIX_POINTS ? 1 : i % 2 === 1 ? 4 : 2;
        g[i] = simpson * Math.exp((nu / 2) * w - u / 2 - peak);
        s[i] = Math.sqrt(u / nu);
        den += g[i];
    }
    const grid = { g, s, den };
    if (mixGrids.size >= 4096)
        mixGrids.clear(); // ρ comes from a spread: bounded, never a leak
    mixGrids.set(key, grid);
    return grid;
}
/**
 * P(D ≥ z) for D = (σ / s) · Z, Z standard normal, σ² ~ Scale-Inv-χ²(ν, s²) truncated at
 * σ ≤ ρ·s: the predictive of a standardised change under a truncated heavy-tailed law. Without a
 * truncation (ρ = ∞) it is Student's t with ν degrees of freedom. With u = ν s² / σ² ~ χ²_ν,
 * truncated at u ≥ ν / ρ², P = E[Φ̄(z √(u/ν))]; the expectation is a Simpson sum over ln u
 * (integrand ∝ u^{ν/2} e^{−u/2}, smooth in ln u), normalised by the same sum.
 */
function predictiveUpper(z, nu, rho = Infinity) {
    if (!Number.isFinite(rho))
        return (0,run_stats/* studentTUpper */.E7)(z, nu);
    if (z < 0)
        return 1 - predictiveUpper(-z, nu, rho);
    if (z === 0)
        return 0.5;
    // Above MIX_FROM the t answers: truncating removes the largest spreads, so it only lowers p, and
    // by at most the mass it cuts (1–2% for the shipped rows); the quadrature runs in the tail,
    // where decisions are made. Conservative where it stands in.
    const t = (0,run_stats/* studentTUpper */.E7)(z, nu);
    if (t >= MIX_FROM)
        return t;
    let lo = Math.log(Math.max(1e-300, nu / (rho * rho)));
    let hi = Math.log(nu + 20 * Math.sqrt(2 * nu) + 80);
    if (nu >= 4) {
        // ln χ²_ν is nearly normal with sd √(2/ν): keep the grid on its body, or a narrow peak
        // falls between the points.
        const sd = Math.sqrt(2 / nu);
        hi = Math.min(hi, Math.log(nu) + 14 * sd);
        lo = Math.max(lo, Math.log(nu) - 14 * sd - 2 / nu);
    }
    if (!(hi > lo))
        return (0,run_stats/* normalUpper */.su)(z * Math.sqrt(Math.exp(hi) / nu));
    // The grid, its weights and their sum depend on (ν, ρ) only: computed once per pair (a compare
    // has a handful; predictiveUpper runs ~10^4 times a sweep). The same numbers in the same order.
    const { g, s: scale, den } = mixGrid(nu, rho, lo, hi);
    let num = 0;
    for (let i = 0; i <= MIX_POINTS; i++)
        num += g[i] * (0,run_stats/* normalUpper */.su)(z * scale[i]);
    return den > 0 ? Math.min(1, num / den) : (0,run_stats/* studentTUpper */.E7)(z, nu);
}
/** Fewer cells than this: no deployment factor (f = 1). */
const DEPLOYMENT_MIN_CELLS = 5;
const DEPLOYMENT_FACTOR_RANGE = [1 / 3, 10];
/** Cells with own repeated runs needed for the deployment factor from their spreads. */
const DEPLOYMENT_MIN_CELLS_OWN = 3;
/** The median of F(d1, d2), by bisection on its upper tail. */
function fMedian(d1, d2) {
    let lo = 0;
    let hi = 1;
    while ((0,run_stats/* fUpper */.nc)(hi, d1, d2) > 0.5 && hi < 1e12)
        hi *= 2;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if ((0,run_stats/* fUpper */.nc)(mid, d1, d2) > 0.5)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
function clampFactor(f) {
    const [lo, hi] = DEPLOYMENT_FACTOR_RANGE;
    return Number.isFinite(f) && f > 0 ? Math.min(hi, Math.max(lo, f)) : 1;
}
/** Prior variance of ln f between deployments: a log-uniform factor over a tenfold range (issue 22). */
const DEPLOYMENT_LOG_VAR = Math.log(10) ** 2 / 12;
/** The factor from an estimate of ln f with sampling variance `v`: its posterior mean, clamped. */
function shrunkFactor(logF, v) {
    if (!Number.isFinite(logF))
        return 1;
    const w = Number.isFinite(v) && v >= 0 ? DEPLOYMENT_LOG_VAR / (DEPLOYMENT_LOG_VAR + v) : 0;
    return clampFactor(Math.exp(w * logF));
}
/** The deployment factor of one metric over the compare's cells (see the module comment). */
function deploymentFactor(changes) {
    // Cells with repeated runs: their spreads, which a real change does not move. Under the prior,
    // v = (own variance) / s₀² ~ F(df, ν₀), so f² = median v / median F.
    const own = changes.filter((c) => c.df >= 1 && c.v > 0);
    if (own.length >= DEPLOYMENT_MIN_CELLS_OWN) {
        const v = Float64Array.from(own, (c) => c.v).sort();
        const df = evidence_median(Float64Array.from(own, (c) => c.df).sort());
        const nu = evidence_median(Float64Array.from(own, (c) => c.nu).sort());
        const logF = 0.5 * Math.log(evidence_median(v) / fMedian(df, nu));
        return shrunkFactor(logF, (Math.PI / (8 * own.length)) * ((0,stats/* trigamma */.vW)(df / 2) + (0,stats/* trigamma */.vW)(nu / 2)));
    }
    if (changes.length < DEPLOYMENT_MIN_CELLS)
        return 1;
    const u = Float64Array.from(changes, (c) => c.u).sort();
    const centre = evidence_median(u);
    const dev = Float64Array.from(changes, (c) => Math.abs(c.u - centre)).sort();
    const nus = Float64Array.from(changes, (c) => c.nu).sort();
    const ref = (0,run_stats/* studentTQuantileUpper */.zU)(0.25, evidence_median(nus));
    if (!(ref > 0))
        return 1;
    return clampFactor(evidence_median(dev) / ref);
}
/** Where a cell's metric sits in the prior: its family, regime and law (before the deployment factor). */
function priorOf(metric, kind, concurrency, prior) {
    const family = (0,noise_prior/* noiseFamily */.x)(metric, kind);
    if (!family)
        return null;
    const regime = (0,noise_prior/* loadRegime */.oc)(concurrency);
    return { family, regime, law: (0,noise_prior/* noiseLaw */.HQ)(prior, family, regime) };
}
/** The evidence of one series given its prior and the deployment factor. */
function noiseEvidence(s, where, f, worseSign, fitted = null, extraVar = 0, jumpShare = 0) {
    const k = s.base.length;
    const m = s.head.length;
    const d = seriesChange(s);
    const ownDf = Math.max(0, k - 1) + Math.max(0, m - 1);
    const ss = sumSquares(s.base) + sumSquares(s.head);
    const nu0 = fitted ? fitted.nu : where.law.nu;
    const s0 = fitted ? fitted.scale : where.law.scale * f;
    const nu = nu0 + ownDf;
    const spread = Math.sqrt((nu0 * s0 * s0 + ss) / nu);
    const root = Math.sqrt(1 / k + 1 / m);
    // extraVar: a shared shift kept in the change (run-effects.ts), with the variance of its estimate.
    const se = Math.sqrt(spread * spread * root * root + extraVar);
    const rho = where.law.sigmaMax !== undefined && spread > 0 ? where.law.sigmaMax / spread : Infinity;
    const ownUp = se > 0 ? predictiveUpper(d / se, nu, rho) : d > 0 ? 0 : 1;
    const seP = where.law.scale * root;
    const rhoP = where.law.sigmaMax !== undefined ? where.law.sigmaMax / where.law.scale : Infinity;
    const pooledUp = seP > 0 ? predictiveUpper(Math.abs(d) / seP, where.law.nu, rhoP) : 0;
    // A jump (noise-prior.ts JUMP): with one head run measured against the cell's own base runs,
    // that run may have landed outside them (another node or regime) with the family's share; its
    // change is then a fresh draw of the pooled law, not of the cell's own spread. Two or more head
    // runs that agree are the confirmation a jump lacks (their spread is in the cell's own).
    const jump = m === 1 && k >= 2 ? jumpShare : 0;
    // The pooled law's upper tail at d: pooledUp's at |d|, mirrored (the predictive is symmetric).
    const jumpUp = jump > 0 ? (seP > 0 ? (d >= 0 ? pooledUp : 1 - pooledUp) : d > 0 ? 0 : 1) : 0;
    const tUp = (1 - jump) * ownUp + jump * jumpUp;
    const tDown = (1 - jump) * (se > 0 ? 1 - ownUp : d < 0 ? 0 : 1) + jump * (1 - jumpUp);
    return {
        rho,
        family: where.family,
        regime: where.regime,
        tail: (0,noise_prior/* isTailFamily */.Z5)(where.family),
        d,
        effect: Math.exp(d) - 1,
        k,
        m,
        ownDf,
        jump,
        prior: { nu: nu0, scale: s0 },
        deploymentFactor: f,
        nu,
        spread,
        se,
        pWorse: worseSign > 0 ? tUp : tDown,
        pBetter: worseSign > 0 ? tDown : tUp,
        pPooled: pooledUp,
    };
}
/**
 * P(at least k of n independent U(0,1) are ≤ p) = I_p(k, n − k + 1): the p-value of "the k-th
 * smallest of n cells' one-sided p-values is p" (an order-statistic test: exact for independent
 * valid p-values, and a few noisy cells cannot make a majority).
 */
function binomialUpperTail(n, k, p) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    return (0,run_stats/* incompleteBeta */.J7)(p, k, n - k + 1);
}

;// CONCATENATED MODULE: ./src/core/compare/reasons.ts
/**
 * Reason codes of run-level decisions (decide.ts) and their words: the only place a run-level
 * note is written. Nothing reads a note back; code reads `reason`. Comparisons held back before
 * any decision carry BLOCKED_REASONS (metric-compare.ts writes their notes with the facts).
 */
/** Why a comparison never reached a decision. */
const BLOCKED_REASONS = (/* unused pure expression or super */ null && ([
    'below_min_samples',
    'missing_on_one_side',
    'currency_differs',
    'informational',
    'tpot_is_itl',
]));

const REASON_CODES = (/* unused pure expression or super */ null && ([
    'within_sampling_noise',
    'below_min_effect',
    'within_cell_noise',
    'beyond_usual_range',
    'isolated_tail',
    'beyond_cell_noise',
    'coherent_family',
    'coherent_sweep',
    'accepted',
]));
function runs(f) {
    const b = `${f.baseRuns} base run${f.baseRuns === 1 ? '' : 's'}`;
    return f.headRuns > 1 ? `${b}, ${f.headRuns} head runs` : b;
}
function noise(f) {
    const source = f.ownDf > 0 ? `its own runs (${f.ownDf} df) shrunk toward the prior` : 'the noise prior';
    const jump = f.jump > 0 ? `; one head run off its own history in ${(f.jump * 100).toFixed(0)}% of real runs (another node)` : '';
    return `cell noise ${(f.spread * 100).toFixed(1)}% from ${source}, t with ${f.nu.toFixed(1)} df${jump}; ${runs(f)}`;
}
const WORDS = {
    within_sampling_noise: (f) => f.sampleNote ?? 'within the per-request sampling noise',
    below_min_effect: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)} is below the minimum effect ${(f.minEffect.value * 100).toFixed(1)}% (${f.minEffect.name})`,
    within_cell_noise: (f) => `within this cell's run-to-run noise: ${(0,numbers/* pctText */.Xg)(f.effect)}, p ${(0,numbers/* formatP */.MA)(f.p)} (${noise(f)})`,
    beyond_usual_range: (f) => `suspicious: ${(0,numbers/* pctText */.Xg)(f.effect)} is outside this cell's usual range (p ${(0,numbers/* formatP */.MA)(f.p)}) but inside the heavy tail of run-to-run noise (q ${(0,numbers/* formatP */.MA)(f.q)}); re-run to confirm (${noise(f)})`,
    isolated_tail: (f) => `suspicious: a tail percentile moved ${(0,numbers/* pctText */.Xg)(f.effect)} (p ${(0,numbers/* formatP */.MA)(f.p)}) while its median and the neighbouring load points did not; isolated tail swings are usually noise — re-run to confirm (${noise(f)})`,
    beyond_cell_noise: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)} is beyond this cell's run-to-run noise, q ${(0,numbers/* formatP */.MA)(f.q)} (${noise(f)})`,
    coherent_family: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)}, moving with ${f.family?.support ?? 0} of ${f.family?.n ?? 0} load points of its family beyond the rest of the sweep (family q ${(0,numbers/* formatP */.MA)(f.family?.q ?? 1)}; ${runs(f)})`,
    accepted: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)}: an acknowledged regression (compare.accept), reported, not a verdict`,
    coherent_sweep: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)}, moving with ${f.sweep?.support ?? 0} of ${f.sweep?.n ?? 0} cells of the sweep: a shift of the whole sweep beyond one cell's run-to-run noise (sweep q ${(0,numbers/* formatP */.MA)(f.sweep?.q ?? 1)}; ${runs(f)})`,
};
function reasonText(code, facts) {
    return WORDS[code](facts);
}

// EXTERNAL MODULE: ./src/core/compare/runs.ts
var compare_runs = __webpack_require__(5725);
;// CONCATENATED MODULE: ./src/core/compare/run-level.ts











/** Items grouped by a key, in their order. */
function groupBy(items, key) {
    const out = new Map();
    for (const it of items) {
        const k = key(it);
        const l = out.get(k);
        if (l)
            l.push(it);
        else
            out.set(k, [it]);
    }
    return out;
}
/** Whether the per-request stage (metric-compare.ts) gates this comparison. */
function sampleStage(c, k, settings) {
    if (k >= settings.min_base_runs)
        return 'none';
    if (c.method !== 'mann_whitney_u' && c.method !== 'bootstrap_quantile')
        return 'none';
    return c.outcome === 'regressed' || c.outcome === 'improved' ? 'changed' : 'unchanged';
}
/** The practical size a change must reach: min_effect_size; with few base runs also the band / run-noise floor. */
function minEffect(c, k, settings) {
    let best = { name: 'min_effect_size', value: settings.min_effect_size };
    if (k >= settings.min_base_runs)
        return best;
    const floorName = (0,compare_runs/* runNoiseFloorName */.Vk)(c, settings.run_noise_floor);
    const floor = settings.run_noise_floor[floorName];
    if (floor !== undefined && floor > best.value)
        best = { name: `run_noise_floor.${floorName}`, value: floor };
    if (c.method === 'noise_band' && c.threshold && c.threshold.basis === 'relative' && c.threshold.value > best.value)
        best = { name: c.threshold.name, value: c.threshold.value };
    return best;
}
function eligible(c, def) {
    if (!def || !(0,compare_runs/* runLevelDef */.vK)(def))
        return false;
    if (c.method === 'informational' || c.outcome === 'incomparable' || c.outcome === 'insufficient_data')
        return false;
    return c.base !== null && c.head !== null;
}
function gather(works, settings) {
    const items = [];
    for (const w of works) {
        const head = w.pair.head;
        const deployment = head ? (0,match/* cellDeploymentKey */.ts)(head) : '';
        // Whether every run of the cell ran on one known node: asked once per cell, and only when a
        // jump could apply (≥ 2 base runs and one head run: evidence.ts).
        let node;
        const onOneNode = () => (node ??= (0,environment/* oneNode */.LC)([...w.runs.base, ...w.runs.head]));
        for (const c of w.comparisons) {
            const def = w.defs.get(c);
            if (!eligible(c, def))
                continue;
            const series = runSeries(def, w.runs.base, w.runs.head, settings.min_samples);
            const where = priorOf(c.metric, c.kind, head?.concurrency ?? null, settings.noise_prior);
            if (!series || !where)
                continue;
            items.push({
                w,
                c,
                def,
                series,
                where,
                unit: `${c.metric}\u0000${deployment}`,
                jump: series.base.length >= 2 &&
                    series.head.length === 1 &&
                    (where.law.jump ?? 0) > 0 &&
                    (where.law.jumpOnOneNode === true || !onOneNode())
                    ? (where.law.jump ?? 0)
                    : 0,
            });
        }
    }
    return items;
}
/** Deployment factor per metric and deployment, then every item's evidence. */
function evidenceOf(items, prior) {
    const byUnit = groupBy(items, (it) => it.unit);
    for (const list of byUnit.values()) {
        const fitted = fittedLaw(list, prior);
        if (fitted) {
            for (const it of list)
                it.ev = noiseEvidence(it.series, it.where, 1, (0,numbers/* worseSign */.CF)(it.c.direction), fitted(it), it.extraVar ?? 0, it.jump);
            continue;
        }
        const f = deploymentFactor(list.map((it) => {
            const root = Math.sqrt(1 / it.series.base.length + 1 / it.series.head.length);
            const s0 = it.where.law.scale;
            const o = ownSpread(it.series);
            return {
                u: seriesChange(it.series) / (s0 * root),
                nu: it.where.law.nu,
                v: o.df > 0 ? o.ss / o.df / (s0 * s0) : 0,
                df: o.df,
            };
        }));
        for (const it of list)
            it.ev = noiseEvidence(it.series, it.where, f, (0,numbers/* worseSign */.CF)(it.c.direction), null, it.extraVar ?? 0, it.jump);
    }
}
/**
 * The two-way decomposition (run-effects.ts): per metric with ≥ SWEEP_MIN_CELLS cells sharing ≥ 3
 * base runs and the head's runs, each cell's runs net of the runs' shared (node) effects, and its
 * evidence again. The head's shift is removed as a node effect when the node law measured on the
 * base runs explains it (two-sided p > NODE_SHIFT_P under t with K − 1 df) and the sweep test is
 * not significant; otherwise it is a change and each cell keeps it, with its estimate's variance.
 * Either way the base runs lose their node effects, so a quiet cell's spread is its own.
 */
function removeRunEffects(items, prior, sweepRejected) {
    const byUnit = groupBy(items, (it) => it.unit);
    for (const [unit, list] of byUnit) {
        const aligned = list.filter((it) => it.w.runs.ids);
        if (aligned.length < SWEEP_MIN_CELLS)
            continue;
        const values = aligned.map((it) => ({
            base: it.series.base,
            head: it.series.head,
            baseIds: it.w.runs.ids.base,
            headIds: it.w.runs.ids.head,
        }));
        const fx = estimateRunEffects(values, SWEEP_MIN_CELLS);
        if (!fx)
            continue;
        const nodeP = fx.se > 0 ? 2 * (0,run_stats/* studentTUpper */.E7)(Math.abs(fx.shift) / fx.se, fx.df) : fx.shift === 0 ? 1 : 0;
        const keep = nodeP <= NODE_SHIFT_P || sweepRejected(unit, 1) || sweepRejected(unit, -1);
        let changed = false;
        aligned.forEach((it, i) => {
            const net = netOfRunEffects(values[i], fx, keep);
            if (!net)
                return;
            it.series = { ...it.series, base: net.base, head: net.head };
            // What the cell's change lost: the head's shift as the node's share of it, or nothing.
            it.runShift = { at: keep ? fx.shift : fx.weight * fx.shift, kept: keep };
            it.extraVar = keep ? fx.se * fx.se : fx.headVar;
            changed = true;
        });
        if (changed)
            evidenceOf(list, prior);
    }
}
/**
 * The law fitted to the cells' own repeated runs (moderate.ts), when enough cells have them: ν₀
 * at most a third of the cells behind the fit. The moment estimate of ν₀ is noisy: on the heavy
 * bench's sweeps (true ν₀ ≈ 1, 18 cells) it sometimes says the cells are alike (ν₀ at the cap),
 * and a full pool then lets one cell's ordinary swing stand out (A/A 7% → 5% with the cap).
 */
function fittedLaw(list, prior) {
    const v = [];
    const df = [];
    // Each variance in units of its load regime (the prior's regime ratio), so the fit sees the
    // spread between cells that the regime does not explain; each cell then gets its regime back.
    const ratio = (it) => it.where.law.scale / prior[it.where.family].scale.mid;
    for (const it of list) {
        const o = ownSpread(it.series);
        if (o.df < 1 || !(o.ss > 0))
            continue;
        v.push(o.ss / o.df / ratio(it) ** 2);
        df.push(o.df);
    }
    const fit = (0,moderate/* fitVarianceLaw */.tk)(v, df);
    if (!fit)
        return null;
    const nu = Math.min(fit.nu0, fit.cells / 3);
    return (it) => ({ nu, scale: fit.scale * ratio(it) });
}
/**
 * Degrees of freedom of the sweep test's law: the node effect a whole sweep shares. Its scale is
 * the median cell's; its tails are a t's with 4 degrees of freedom, not the Cauchy-like tails of
 * single cells, which come from cells of their own (a 2.6 s vs 72 s p99 TTFT), not from nodes.
 */
const SWEEP_NU = 4;
/**
 * Fewer cells than this: no run effects are removed. Three, as for the sweep test: the median of
 * three deviations ignores one changed cell, the BLUP weight removes only what the medians' error
 * does not explain, and a shared change is kept when the node law does not explain it or the
 * sweep test (also from 3 cells) sees it. Was 6; on InferenceX's history (1–3 concurrencies a
 * night) a night's node shift of TTFT then read as cell changes: strict A/A with 3–5 base runs
 * 10% → 6% REGRESSION (docs/COMPARE.md table 4).
 */
const SWEEP_MIN_CELLS = 3;
/**
 * Fewer cells than this: no sweep test. A small one-family sweep (a plain `vllm bench serve`
 * concurrency sweep of 3–5 points) has no node reference for a family test, so its shared shift
 * is the sweep test's question or nobody's: a uniform 25% throughput loss must not go unseen.
 * The median of ≥ 3 cells needs a majority of them to move.
 */
const SWEEP_TEST_MIN_CELLS = 3;
/**
 * Two-sided p of the head's shift under the node law measured on the base runs (run-effects.ts)
 * at or below which the shift is not taken for a node's: the cells then keep it.
 */
const NODE_SHIFT_P = 0.05;
function medianOf(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/**
 * Per metric and deployment (Item.unit), the sweep's median change tested as one cell would be
 * (as if every cell moved with one shared run effect: the runs of a deployment's sweep land on
 * its node): a shift of the deployment's whole sweep beyond what one cell's noise explains.
 */
function sweepTests(items) {
    const byUnit = groupBy(items, (it) => it.unit);
    const out = new Map();
    for (const [unit, list] of byUnit) {
        if (list.length < SWEEP_TEST_MIN_CELLS)
            continue;
        const evs = list.map((it) => (it.rawEv ?? it.ev));
        const m = medianOf(evs.map((e) => e.d));
        const se = medianOf(evs.map((e) => e.se));
        // A shared node effect is not the heavy tail of single cells (queueing collapses, bimodal
        // cells): a t with at least SWEEP_NU degrees of freedom at the median cell's scale.
        const nu = Math.max(SWEEP_NU, medianOf(evs.map((e) => e.nu)));
        const up = se > 0 ? (0,run_stats/* studentTUpper */.E7)(m / se, nu) : m > 0 ? 0 : 1;
        const down = se > 0 ? 1 - up : m < 0 ? 0 : 1;
        const ws = (0,numbers/* worseSign */.CF)(list[0].c.direction);
        const support = new Set(list.filter((it) => m !== 0 &&
            Math.sign((it.rawEv ?? it.ev).d) === Math.sign(m) &&
            Math.abs((it.rawEv ?? it.ev).d) >= Math.abs(m) / 2));
        const metric = list[0].c.metric;
        out.set(unit, {
            metric,
            group: unit.slice(metric.length + 1),
            n: list.length,
            tail: (0,noise_prior/* isTailFamily */.Z5)(list[0].where.family),
            median: m,
            worse: ws > 0 ? up : down,
            better: ws > 0 ? down : up,
            support,
        });
    }
    return out;
}
function located(xs) {
    const at = medianOf(xs);
    const mad = medianOf(xs.map((x) => Math.abs(x - at)));
    return { at, se: (1.2533 * 1.4826 * mad) / Math.sqrt(Math.max(1, xs.length)) };
}
/**
 * The shared (node) effect a family's changes are taken relative to, with its uncertainty (shared
 * by every cell of the family, so it joins each residual's spread). The median change of the
 * metric over all its cells, the family's own included: that pulls the shift toward the family by
 * at most its share of the cells, a margin the family test needs (with 5 base runs the cells'
 * predictive tails are alike across a family's load points, and measured against the other
 * families alone the heavy bench's A/A rose from 4% / 1% to 7% / 3%). A family of half the cells
 * or more would be measured against itself: then the OTHER families' median (≥ 3 cells), else none
 * (the changes are then net of the runs' estimated effects, run-effects.ts; without those there is
 * no family test, familyTests).
 */
function nodeShift(family, metric, all) {
    if (metric.length - family.length < 3)
        return { at: 0, se: 0 };
    if (family.length < 0.5 * metric.length)
        return all;
    const mine = new Set(family);
    return located(metric.filter((it) => !mine.has(it)).map((it) => it.ev.d));
}
/**
 * The order-statistic family test of each family × metric with ≥ 3 load points, on the cells'
 * changes relative to the other families' median change of the metric (a shared node effect
 * moves every cell of a run alike: it is not evidence of a family's change).
 */
function familyTests(items) {
    const byUnit = groupBy(items, (it) => it.unit);
    const medians = new Map([...byUnit].map(([k, l]) => [k, located(l.map((it) => it.ev.d))]));
    const groups = groupBy(items.filter((it) => it.w.pair.head), (it) => `${(0,match/* cellFamilyKey */.ie)(it.w.pair.head)}\u0000${it.c.metric}`);
    const out = new Map();
    for (const list of groups.values()) {
        if (list.length < 3)
            continue;
        const metric = list[0].c.metric;
        const unit = list[0].unit;
        // A node moves every cell of a run alike: a family test needs a reference for that shift, the
        // run effects (run-effects.ts) or ≥ 3 cells outside the family. Without one, a family that is
        // the sweep is the sweep test's question (its law is a node's); with one base run the family
        // test read a 3% node effect shared by a one-family sweep as a coherent change (simple bench,
        // shared run effect: A/A 13% / 13% with one base run, 21–23% with five before run effects).
        if ((byUnit.get(unit)?.length ?? 0) - list.length < 3 && !list.every((it) => it.runShift && !it.runShift.kept))
            continue;
        const shift = nodeShift(list, byUnit.get(unit) ?? [], medians.get(unit) ?? { at: 0, se: 0 });
        const ws = (0,numbers/* worseSign */.CF)(list[0].c.direction);
        const memo = new Map();
        const up = (it) => {
            let v = memo.get(it);
            if (v === undefined) {
                const e = it.ev;
                const r = (e.d - shift.at) * ws;
                const se = Math.sqrt(e.se * e.se + shift.se * shift.se);
                v = se > 0 ? predictiveUpper(r / se, e.nu, e.rho) : r > 0 ? 0 : 1;
                memo.set(it, v);
            }
            return v;
        };
        const pOf = (it, toward) => (toward > 0 ? up(it) : 1 - up(it));
        // The k-th smallest of n one-sided p-values, for every k from a majority to all of them:
        // P(U₍ₖ₎ ≤ p₍ₖ₎) = P(Bin(n, p₍ₖ₎) ≥ k); the smallest, times the number of k tried (Bonferroni).
        const side = (toward) => {
            const sorted = [...list].sort((a, b) => pOf(a, toward) - pOf(b, toward));
            const n = list.length;
            const k0 = Math.ceil(n / 2);
            let best = 1;
            let bestK = k0;
            for (let k = k0; k <= n; k++) {
                const pk = binomialUpperTail(n, k, pOf(sorted[k - 1], toward));
                if (pk < best) {
                    best = pk;
                    bestK = k;
                }
            }
            return { p: Math.min(1, best * (n - k0 + 1)), support: new Set(sorted.slice(0, bestK)) };
        };
        const head = list[0].w.pair.head;
        const t = {
            items: list,
            group: (0,match/* cellFamilyKey */.ie)(head),
            metric,
            tail: (0,noise_prior/* isTailFamily */.Z5)(list[0].where.family),
            worse: side(1),
            better: side(-1),
        };
        for (const it of list)
            out.set(it, t);
    }
    return out;
}
/** A tail percentile is backed when its median (same cell and series) moved the same way beyond its usual range. */
function tailBacked(it, byCell, level, coherent) {
    if (!it.ev)
        return false;
    const cell = byCell.get(it.w) ?? [];
    const name = medianOfTail(it.c.metric, (x) => cell.some((o) => o.c.metric === x));
    const med = name === null ? undefined : cell.find((o) => o.c.metric === name);
    if (!med?.ev)
        return false;
    const dir = Math.sign(it.ev.d) * (0,numbers/* worseSign */.CF)(it.c.direction);
    const p = dir > 0 ? med.ev.pWorse : med.ev.pBetter;
    // The median moved the same way: by its own evidence, or as part of a coherent family or sweep.
    return (p <= level || coherent(med)) && Math.sign(med.ev.d) === Math.sign(it.ev.d);
}
/** The direction of an item's change: +1 worse, −1 better, 0 none. */
function directionOf(it) {
    const ev = it.ev;
    const ws = (0,numbers/* worseSign */.CF)(it.c.direction);
    return ws === 0 || ev.d === 0 ? 0 : Math.sign(ev.d) === ws ? 1 : -1;
}
/** Whether `<cell>: <metric>` is acknowledged by an entry of settings.accept. */
function isAccepted(accept, cell, metric) {
    return accept.some((a) => a === '*' || a === metric || a === `${cell}: ${metric}`);
}
/** Noise families counted per cell (tput_per_gpu and output_tput_per_gpu; TPOT and ITL move as one): the primary ones (medians, throughput), or the tail ones. */
function countFamilies(items, tail) {
    const seen = new Map();
    for (const it of items) {
        if ((0,noise_prior/* isTailFamily */.Z5)(it.where.family) !== tail)
            continue;
        const set = seen.get(it.w) ?? new Set();
        set.add(it.where.family);
        seen.set(it.w, set);
    }
    let n = 0;
    for (const s of seen.values())
        n += s.size;
    return n;
}
/**
 * The gate of serial gatekeeping (docs/COMPARE.md "Levels: serial gatekeeping"): a tail family of a cell (TTFT tail,
 * TPOT/ITL tail, E2EL tail) is tested at the cell level only when its primary family in the same
 * cell (TTFT, TPOT/ITL, E2EL) was rejected there by its own cell test, in the same direction. The
 * rejected median passes its level on to its tail (Bretz et al. 2009: an edge of weight 1).
 */
function gateOpen(it, byCell, level) {
    if (!(0,noise_prior/* isTailFamily */.Z5)(it.where.family))
        return true;
    const primary = it.where.family.replace(/_tail$/, '');
    const dir = directionOf(it);
    if (dir === 0)
        return false;
    return (byCell.get(it.w) ?? []).some((o) => {
        if (o.where.family !== primary || !o.ev || directionOf(o) !== dir)
            return false;
        return (dir > 0 ? o.ev.pWorse : o.ev.pBetter) <= level;
    });
}
/**
 * The median a tail percentile's family or sweep test waits for: p50 of its series (TPOT and ITL
 * stand in for each other, as in their noise family), when the compare has it; else null.
 */
function medianOfTail(metric, has) {
    const m = /^p(\d+)_(ttft|tpot|itl|e2el)$/.exec(metric);
    if (!m || Number(m[1]) < 90)
        return null;
    const series = m[2];
    const order = series === 'tpot' ? ['tpot', 'itl'] : series === 'itl' ? ['itl', 'tpot'] : [series];
    for (const s of order)
        if (has(`p50_${s}`))
            return `p50_${s}`;
    return null;
}
/**
 * Serial gatekeeping at the family level (docs/COMPARE.md "Levels: serial gatekeeping"; the sweep
 * level passes every test as primary: plain Bonferroni), the cell level's graph: every primary test (throughput, cost, p50s) and every tail test without
 * a median to wait for starts with weight 1/count; a tail test whose median's test (same group) is
 * in the compare starts with 0 and gets its median's level, split over the tails behind it, when
 * that median was rejected in the same direction. `count` is the Bonferroni divisor; `rejected`
 * says whether a test is rejected in a direction at the share's level for that count.
 */
function gatekeep(tests) {
    const byKey = new Map();
    for (const t of tests)
        if (!t.tail)
            byKey.set(`${t.group}\u0000${t.metric}`, t);
    const parent = new Map();
    const children = new Map();
    for (const t of tests) {
        if (!t.tail)
            continue;
        const m = medianOfTail(t.metric, (x) => byKey.has(`${t.group}\u0000${x}`));
        const p = m === null ? undefined : byKey.get(`${t.group}\u0000${m}`);
        if (!p)
            continue;
        parent.set(t, p);
        children.set(p, (children.get(p) ?? 0) + 1);
    }
    const count = tests.filter((t) => !parent.has(t)).length;
    const rejected = (t, dir, level) => {
        if (dir === 0)
            return false;
        const p = parent.get(t);
        if (!p)
            return t.p(dir) <= level;
        return p.p(dir) <= level && t.p(dir) <= level / (children.get(p) ?? 1);
    };
    return { count, rejected };
}
/**
 * A level's gatekeeping over its tests (`t` each): the Bonferroni count, the level for it
 * (`levelFor`), and whether a test is rejected in a direction (a tail's behind its median).
 */
function gated(tests, levelFor) {
    const g = gatekeep(tests);
    const level = levelFor(g.count);
    const of = new Map(tests.map((x) => [x.t, x]));
    return {
        count: g.count,
        level,
        rejected: (t, dir) => {
            const x = of.get(t);
            return x !== undefined && g.rejected(x, dir, level);
        },
    };
}
/**
 * How run_alpha is shared between the kinds of run-level tests (each share split over the two
 * directions and Bonferroni over its tests): by the union bound an A/A compare gets any run-level
 * verdict with probability ≤ run_alpha when the noise law holds. The cell share is the serial
 * gatekeeping procedure's (primary families, each passing its level to its tail family when
 * rejected); `tailEscape` is the 'huge isolated tail' test's own share (a tail whose gate stayed
 * closed, judged by the pooled law alone), carved from what the cell tests had (0.6).
 */
const ALPHA_SHARE = { cell: 0.5, tailEscape: 0.1, family: 0.2, sweep: 0.2 };
/**
 * The sweep and family tests (after the run effects they inform). The family level is gatekept
 * (its share split over its primary tests, a tail's test behind its median's: gatekeep); the
 * sweep level is not (every sweep test counts).
 */
function coherence(items, settings, share) {
    const sweeps = sweepTests(items);
    // Serial gatekeeping at the family level too: a tail's family test waits for its median's.
    // The sweep share is NOT gatekept (every sweep test counts, a tail's with its own weight): on
    // the simple bench's shared 3% node effect with one base run (a one-family sweep, no family
    // test) the gatekept sweep level read the node as a change more often (A/A 5% / 7% → 7% / 8%)
    // and bought nothing (the heavy whole-sweep row 74% → 75%). A tail's sweep verdict already needs
    // it backed (decide.ts isolated_tail).
    const sweepGate = gated([...sweeps.values()].map((t) => ({
        group: t.group,
        metric: t.metric,
        tail: false,
        p: (d) => (d > 0 ? t.worse : t.better),
        t,
    })), (n) => share('sweep', n));
    const sweepCount = sweepGate.count;
    const levelSweep = sweepGate.level;
    const sweepRejected = (unit, dir) => {
        const t = sweeps.get(unit);
        return t !== undefined && sweepGate.rejected(t, dir);
    };
    removeRunEffects(items, settings.noise_prior, sweepRejected);
    const families = familyTests(items);
    const famGate = gated([...new Set(families.values())].map((t) => ({
        group: t.group,
        metric: t.metric,
        tail: t.tail,
        p: (d) => (d > 0 ? t.worse.p : t.better.p),
        t,
    })), (n) => share('family', n));
    const familyCount = famGate.count;
    const levelFamily = famGate.level;
    /** Whether a family test is rejected in a direction (+1 worse, −1 better), behind its gate for a tail. */
    const familyRejected = famGate.rejected;
    return { sweeps, families, sweepCount, familyCount, levelSweep, levelFamily, sweepRejected, familyRejected };
}
/** Decides every matched cell's run-level metrics. */
function decideRunLevel(works, settings) {
    const share = (kind, tests) => (settings.run_alpha * ALPHA_SHARE[kind]) / (2 * Math.max(1, tests));
    const items = gather(works, settings);
    evidenceOf(items, settings.noise_prior);
    for (const it of items)
        it.rawEv = it.ev;
    const { sweeps, families, sweepCount, familyCount, levelSweep, levelFamily, sweepRejected, familyRejected } = coherence(items, settings, share);
    // The cell tests are counted per cell and primary noise family (throughput, TTFT, TPOT/ITL,
    // E2EL): metrics of one family in one cell (tput_per_gpu and output_tput_per_gpu; TPOT and ITL)
    // move as one. A tail family is tested at its primary family's level only behind its gate
    // (gateOpen), so it takes no share of its own; the escape for huge isolated tails has its own.
    const primary = Math.max(1, countFamilies(items, false));
    const tails = countFamilies(items, true);
    const levelCell = share('cell', primary);
    const levelEscape = share('tailEscape', tails);
    // Suspicious is no verdict: its level stays per cell test of every family, tails included.
    const levelSuspicious = Math.max(levelCell, settings.suspicious_alpha / (2 * (primary + tails)));
    const byCell = groupBy(items, (it) => it.w);
    // An item carried by a significant family or sweep test in its own direction.
    const coherent = (o) => {
        const d = directionOf(o);
        if (d === 0)
            return false;
        const f = families.get(o);
        const fs = f ? (d > 0 ? f.worse : f.better) : null;
        if (f && fs && familyRejected(f, d) && fs.support.has(o))
            return true;
        const sw = sweeps.get(o.unit);
        return sw !== undefined && sweepRejected(o.unit, d) && sw.support.has(o);
    };
    for (const it of items) {
        const ev = it.ev;
        const dir = directionOf(it);
        const fam = families.get(it);
        const side = fam ? (dir > 0 ? fam.worse : fam.better) : null;
        const famQ = side ? Math.min(1, (side.p * settings.run_alpha) / levelFamily) : 1;
        const sw = sweeps.get(it.unit);
        const swP = sw ? (dir > 0 ? sw.worse : sw.better) : 1;
        const mc = {
            ev,
            dir,
            p: dir > 0 ? ev.pWorse : dir < 0 ? ev.pBetter : 1,
            sampleStage: sampleStage(it.c, ev.k, settings),
            minEffect: minEffect(it.c, ev.k, settings),
            levels: { cell: levelCell, suspicious: levelSuspicious, escape: levelEscape },
            family: fam && side && dir !== 0
                ? {
                    significant: familyRejected(fam, dir) && side.support.has(it),
                    n: fam.items.length,
                    support: side.support.size,
                    q: famQ,
                }
                : null,
            tailBacked: tailBacked(it, byCell, 0.05, coherent),
            gate: gateOpen(it, byCell, levelCell),
            accepted: isAccepted(settings.accept, it.w.pair.head?.cell_id ?? '', it.c.metric),
            sweep: sw && dir !== 0
                ? {
                    significant: sweepRejected(it.unit, dir) && sw.support.has(it),
                    n: sw.n,
                    support: sw.support.size,
                    q: Math.min(1, (swP * settings.run_alpha) / levelSweep),
                }
                : null,
        };
        apply(it, mc, settings);
    }
    return { tests: primary + tails + familyCount + sweepCount, detectable: detectable(items, levelCell) };
}
function apply(it, m, settings) {
    const c = it.c;
    const ev = m.ev;
    const decision = decideMetric(m);
    const sampleNote = m.sampleStage === 'unchanged' ? c.note : undefined;
    showCentres(c, it.def, it.w.runs);
    // Adjusted so that q ≤ run_alpha exactly when p is within the cell level.
    const q = Math.min(1, (m.p * settings.run_alpha) / m.levels.cell);
    const runLevel = ev.k >= settings.min_base_runs;
    if (runLevel)
        it.w.runLevel = true;
    c.outcome = decision.outcome;
    c.reason = decision.reason;
    if (decision.suspicious)
        c.suspicious = true;
    c.n_base_runs = ev.k;
    c.n_head_runs = ev.m;
    c.run_spread = (0,numbers/* round */.LI)(ev.spread, 6);
    c.noise = {
        family: ev.family,
        regime: ev.regime,
        nu: (0,numbers/* round */.LI)(ev.nu, 6),
        spread: (0,numbers/* round */.LI)(ev.spread, 6),
        own_df: ev.ownDf,
        deployment_factor: (0,numbers/* round */.LI)(ev.deploymentFactor, 6),
        p: (0,numbers/* round */.LI)(m.p, 6),
    };
    if (ev.jump > 0)
        c.noise.jump_share = ev.jump;
    if (it.runShift) {
        c.noise.run_shift = (0,numbers/* round */.LI)(Math.exp(it.runShift.at) - 1, 6);
        c.noise.run_shift_removed = !it.runShift.kept;
    }
    if (runLevel) {
        c.method = 'run_interval';
        c.basis = 'run_interval';
        c.p_value = (0,numbers/* round */.LI)(m.p);
        c.q_value = (0,numbers/* round */.LI)(q);
        c.effect_size = (0,numbers/* round */.LI)(ev.effect);
        // The untruncated t's quantile (memoised per ν; a little wider than the truncated law's).
        const tc = (0,run_stats/* studentTQuantileUpper */.zU)(m.levels.cell, ev.nu);
        c.interval =
            c.base !== null && Number.isFinite(tc) && tc < 1e3
                ? [
                    (0,numbers/* round */.LI)(c.base * (Math.exp(ev.d - tc * ev.se) - 1)),
                    (0,numbers/* round */.LI)(c.base * (Math.exp(ev.d + tc * ev.se) - 1)),
                ]
                : null;
    }
    if (decision.reason === 'below_min_effect' || decision.outcome !== 'unchanged' || c.threshold === null)
        c.threshold = { name: m.minEffect.name, value: m.minEffect.value, basis: 'relative' };
    c.confidence =
        decision.outcome === 'unchanged'
            ? null
            : (0,numbers/* round */.LI)(1 -
                (decision.reason === 'coherent_family'
                    ? (m.family?.q ?? 1)
                    : decision.reason === 'coherent_sweep'
                        ? (m.sweep?.q ?? 1)
                        : q), 6);
    if (decision.outcome !== 'unchanged' && !(c.confidence !== null && c.confidence > 0))
        c.confidence = 0.5;
    c.note = reasonText(decision.reason, {
        effect: ev.effect,
        p: m.p,
        q,
        baseRuns: ev.k,
        headRuns: ev.m,
        spread: ev.spread,
        nu: ev.nu,
        ownDf: ev.ownDf,
        jump: ev.jump,
        minEffect: m.minEffect,
        ...(m.family ? { family: { n: m.family.n, support: m.family.support, q: m.family.q } } : {}),
        ...(m.sweep ? { sweep: { n: m.sweep.n, support: m.sweep.support, q: m.sweep.q } } : {}),
        ...(sampleNote !== undefined ? { sampleNote } : {}),
    });
}
/**
 * Per metric, the smallest change the median cell of the compare could show as a verdict on its
 * own (its predictive t at the cell level): what "cannot be told from noise" means for this
 * compare. Null when it exceeds 100× (a t with ν ≈ 1 and one base run).
 */
function detectable(items, level) {
    const byMetric = groupBy(items, (it) => it.c.metric);
    return [...byMetric.entries()].map(([metric, list]) => {
        const sorted = [...list].sort((a, b) => a.ev.se - b.ev.se);
        const ev = sorted[(sorted.length - 1) >> 1].ev;
        const z = predictiveQuantile(level, ev.nu, ev.rho);
        const x = z * ev.se;
        const change = Number.isFinite(x) && x < Math.log(100) ? (0,numbers/* round */.LI)(Math.exp(x) - 1, 4) : null;
        return { metric, change };
    });
}
/** The z with predictiveUpper(z) = p (bisection on ln z; Infinity beyond 1e12). */
function predictiveQuantile(p, nu, rho) {
    if (predictiveUpper(1e12, nu, rho) > p)
        return Infinity;
    let lo = Math.log(1e-9);
    let hi = Math.log(1e12);
    for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (predictiveUpper(Math.exp(mid), nu, rho) > p)
            lo = mid;
        else
            hi = mid;
    }
    return Math.exp(hi);
}
/** Shows the run-level centres (geometric means over runs) as base / head when there are several runs. */
function showCentres(c, def, runs) {
    if (runs.base.length < 2 && runs.head.length < 2)
        return;
    const b = (0,compare_runs/* runCentre */.FU)(def, runs.base);
    const h = (0,compare_runs/* runCentre */.FU)(def, runs.head);
    if (b === null || h === null)
        return;
    c.base = (0,numbers/* round */.LI)(b);
    c.head = (0,numbers/* round */.LI)(h);
    c.delta = (0,numbers/* round */.LI)(h - b);
    c.relative_delta = (0,numbers/* round */.LI)((0,numbers/* rel */.wH)(b, h));
}

// EXTERNAL MODULE: ./src/core/compare/verdicts.ts
var verdicts = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/core/compare/types.ts
var types = __webpack_require__(8414);
;// CONCATENATED MODULE: ./src/core/compare/index.ts


















function toList(r) {
    return Array.isArray(r) ? r : [r];
}
/**
 * Compares a head report against a base report, or against the base-branch history.
 *
 * @param base the baseline report (inferguard-analyze/v1), or several: base runs, the preferred
 *   one (merge-base, else newest) first. Its cells define the baseline sweep; the other reports
 *   add runs of the same cells.
 * @param head the report of the change under test (or several reports of repeated head runs).
 *   Within any report, cells with the same identity key are repeated runs of that cell.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and the baseline findings of the rules (findings/). Reports without
 *   cells give an empty diff with verdict INSUFFICIENT_DATA. Never throws on odd metric values:
 *   non-finite numbers count as missing.
 */
function compareReports(base, head, opts = {}) {
    const settings = (0,options/* resolveSettings */.Mo)(opts);
    const baseList = toList(base);
    const headList = toList(head);
    const primary = baseList[0];
    const ids = { base: new Map(), head: new Map() };
    const headRuns = (0,compare_runs/* groupRuns */.KH)(headList, ids.head);
    const primaryReps = representatives((0,compare_runs/* groupRuns */.KH)(primary ? [primary] : []));
    const pairs = (0,match/* matchCells */.Zt)(primaryReps, representatives(headRuns));
    const { works, tests } = compareMatched(pairs, (0,compare_runs/* groupRuns */.KH)(baseList, ids.base), headRuns, settings, ids);
    const runLevel = decideRunLevel([...works.values()], settings);
    // Baseline findings come from the rules (one home per code), over compare's matched pairs.
    const matched = pairs
        .filter((p) => p.kind === 'matched')
        .map((p) => ({ base: p.base, head: p.head }));
    const thresholds = { ...core_thresholds/* DEFAULT_THRESHOLDS */.J, ...opts.thresholds };
    const findings = (0,core_findings/* baselineFindings */.A)(matched, thresholds).sort(order/* compareFindings */.Eg);
    // Curve changes are single-run numbers: with fewer than min_base_runs base runs they must also
    // reach the throughput run-noise floor.
    const curveEffect = baseList.length >= settings.min_base_runs
        ? settings.min_effect_size
        : Math.max(settings.min_effect_size, settings.run_noise_floor.throughput ?? 0);
    const curves = (0,compare_curves/* compareCurves */.q)(primaryReps, representatives(headRuns), thresholds, curveEffect);
    const cells = pairs.map((p) => (0,verdicts/* cellDiffOf */.Tg)(p, works.get(p), settings)).sort(verdicts/* compareCellDiffs */.kB);
    const counts = Object.fromEntries(types/* CELL_STATUSES */.qc.map((s) => [s, 0]));
    for (const c of cells)
        counts[c.status]++;
    return {
        schema_version: types/* REPORT_DIFF_SCHEMA_VERSION */.ET,
        base: (0,verdicts/* refOf */.H8)(primary ?? {}),
        head: (0,verdicts/* refOf */.H8)(headList[0] ?? {}),
        settings,
        counts: { ...counts, total: cells.length, tests: tests.length + runLevel.tests },
        verdict: { ...diffVerdict(cells, counts, baseList, headList), detectable: runLevel.detectable },
        cells,
        findings,
        curves,
        runs: runsOf(baseList, headList),
    };
}
/** The first run of every identity key (the cell that stands for the key in matching and curves). */
function representatives(g) {
    return [...g.values()].map((l) => l[0]);
}
/** Per-metric comparisons of every matched pair, the per-request tests' BH q over the whole compare. */
function compareMatched(pairs, baseRuns, headRuns, settings, ids) {
    const tests = [];
    const works = new Map();
    for (const pair of pairs) {
        if (pair.kind !== 'matched')
            continue;
        const key = (0,match/* cellKey */.sl)(pair.base);
        const base = baseRuns.get(key) ?? [pair.base];
        const head = headRuns.get(key) ?? [pair.head];
        const runs = { base, head };
        const baseIds = base.map((c) => ids.base.get(c));
        const headIds = head.map((c) => ids.head.get(c));
        if (baseIds.every((x) => x !== undefined) && headIds.every((x) => x !== undefined))
            runs.ids = { base: baseIds, head: headIds };
        works.set(pair, compareMetrics(pair, settings, tests, runs));
    }
    const qs = (0,multiplicity/* benjaminiHochberg */.Uh)(tests.map((t) => t.p));
    tests.forEach((t, i) => {
        t.q = qs[i];
    });
    for (const w of works.values())
        for (const s of w.stats)
            finishStat(s, settings);
    return { works, tests };
}
/** The overall verdict, with the runs it rests on. */
function diffVerdict(cells, counts, baseList, headList) {
    const verdict = (0,verdicts/* overallVerdict */.Bn)(cells, counts);
    verdict.base_runs = Math.max(baseList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.base_runs ?? 0));
    verdict.head_runs = Math.max(headList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.head_runs ?? 0));
    verdict.basis = cells.some((c) => c.verdict?.basis === 'run_interval') ? 'run_interval' : 'per_request';
    return verdict;
}
function runsOf(baseList, headList) {
    return {
        base_reports: baseList.length,
        head_reports: headList.length,
        base: baseList.map((r) => {
            const ref = (0,verdicts/* refOf */.H8)(r);
            return {
                generated_at: ref.generated_at,
                input_root: ref.input_root,
                run_status: ref.run_status,
                total_cells: ref.total_cells,
            };
        }),
    };
}

// EXTERNAL MODULE: ./src/core/exit-policy.ts
var exit_policy = __webpack_require__(6834);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 6 modules
var core_gates = __webpack_require__(6482);
// EXTERNAL MODULE: ./src/render/comment.ts + 2 modules
var render_comment = __webpack_require__(9165);
// EXTERNAL MODULE: ./src/core/curve/tail.ts
var curve_tail = __webpack_require__(7101);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
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

;// CONCATENATED MODULE: ./src/render/md-table.ts
/**
 * A GFM table, byte for byte what `markdown-table` (3.x) writes for string cells with its default
 * options plus `align` and `alignDelimiters` (the only ones report.md uses), in one pass per row
 * and without its per-cell arrays. report.md of a 2,000-cell sweep is ~2,000 small tables and
 * an 8,000-row manifest (docs/PERFORMANCE.md). test/render/md-table.test.ts checks it against
 * markdown-table on generated tables.
 */
const L = 108;
const R = 114;
const C = 99;
function alignment(value) {
    const code = typeof value === 'string' ? value.codePointAt(0) : 0;
    return code === 67 || code === C ? C : code === 76 || code === L ? L : code === 82 || code === R ? R : 0;
}
/** The delimiter row's cell of a column: `:-`, `-:`, `:-:` or `-` around `dashes` dashes. */
function delimiter(code, dashes) {
    const d = '-'.repeat(dashes);
    return code === C ? `:${d}:` : code === L ? `:${d}` : code === R ? `${d}:` : d;
}
/** One padded row: each cell padded to `width` by its column's alignment. */
function paddedLine(row, columns, width, codes) {
    let line = '';
    for (let i = 0; i < columns; i++) {
        const cell = row[i] || '';
        const space = width[i] - cell.length;
        const code = codes[i];
        let before = '';
        let after = '';
        if (code === R)
            before = ' '.repeat(space);
        else if (code === C) {
            before = ' '.repeat(Math.ceil(space / 2));
            after = ' '.repeat(Math.floor(space / 2));
        }
        else
            after = ' '.repeat(space);
        line += `${i === 0 ? '|' : ''} ${before}${cell}${after} |`;
    }
    return line;
}
/** One unpadded row: an empty cell is written as `| |`, others as `| x |`. */
function plainLine(row, columns) {
    let line = '';
    for (let i = 0; i < columns; i++) {
        const cell = row[i] || '';
        line += `${i === 0 ? '|' : ''}${cell === '' ? '' : ' '}${cell} |`;
    }
    return line;
}
function mdTable(rows, options = {}) {
    const padded = options.alignDelimiters !== false;
    let columns = 0;
    for (const row of rows)
        if (row.length > columns)
            columns = row.length;
    const codes = [];
    for (let i = 0; i < columns; i++)
        codes.push(alignment(options.align?.[i]));
    const lines = [];
    if (!padded) {
        const delim = codes.map((code) => delimiter(code, 1));
        rows.forEach((row, r) => {
            if (r === 1)
                lines.push(plainLine(delim, columns));
            lines.push(plainLine(row, columns));
        });
        if (rows.length < 2)
            lines.splice(1, 0, plainLine(delim, columns));
        return lines.join('\n');
    }
    // Column widths: the longest cell (UTF-16 length), at least the delimiter's (3 with both colons).
    const width = new Array(columns).fill(0);
    for (const row of rows)
        for (let i = 0; i < row.length; i++) {
            const n = (row[i] ?? '').length;
            if (n > width[i])
                width[i] = n;
        }
    const delim = codes.map((code, i) => {
        const colons = code === C ? 2 : code === L || code === R ? 1 : 0;
        const cell = delimiter(code, Math.max(1, width[i] - colons));
        if (cell.length > width[i])
            width[i] = cell.length;
        return cell;
    });
    rows.forEach((row, r) => {
        if (r === 1)
            lines.push(paddedLine(delim, columns, width, codes));
        lines.push(paddedLine(row, columns, width, codes));
    });
    if (rows.length < 2)
        lines.splice(1, 0, paddedLine(delim, columns, width, codes));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(6020);
// EXTERNAL MODULE: ./src/render/throughput.ts
var throughput = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/render/report-md.ts







/** Tables longer than this are written without column padding. */
const PAD_MAX_ROWS = 200;
/**
 * A table (markdown-table's bytes, src/render/md-table.ts), with its columns padded to one width
 * only up to PAD_MAX_ROWS rows: a 2,000-cell sweep's manifest (8,000 rows) padded every row to
 * its longest path. GitHub renders both alike.
 */
function markdownTable(rows, options = {}) {
    return mdTable(rows, rows.length > PAD_MAX_ROWS ? { ...options, alignDelimiters: false } : options);
}
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
 * A tail-latency column (docs/ARCHITECTURE.md "Tail statistic"): the header names the statistic every row
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
    const [p99, stat, v] = base === 'ttft' ? [p.p99_ttft_s, p.ttft_tail_stat, p.ttft_tail_s] : [p.p99_tpot_s, p.tpot_tail_stat, p.tpot_tail_s];
    if (typeof p99 === 'number' && Number.isFinite(p99))
        return { stat: 'p99', key: `p99_${base}`, value: p99 };
    if ((stat === 'p95' || stat === 'p90') && typeof v === 'number' && Number.isFinite(v))
        return { stat, key: `${stat}_${base}`, value: v };
    return null;
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
    let out = `${markdownTable([['Severity', 'Code', 'Cell', 'Message'], ...rows], { align: ['l', 'l', 'l', 'l'] })}\n`;
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
        `- **Status:** ${(0,render_status.statusHeadline)({ head: r, diff: null })}`,
        // Counts of a report we did not write may be any JSON (run_summary allows more keys): only numbers are shown.
        `- **Cells:** ${(0,render_status/* cellStates */.NP)(s)}`,
        `- **Findings:** ${(0,render_escape/* safeText */.Hk)(sev.critical)} critical, ${(0,render_escape/* safeText */.Hk)(sev.warning)} warning, ${(0,render_escape/* safeText */.Hk)(sev.info)} info`,
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
    const ttft = tailColumn(r.cells, 'TTFT', (c) => (0,curve_tail/* tailStat */.Xh)(c, 'ttft'));
    const tpot = tailColumn(r.cells, 'TPOT', (c) => (0,curve_tail/* tailStat */.Xh)(c, 'tpot'));
    // Per-GPU throughput; the absolute tok/s where the GPU count is unknown (the header says which).
    const tput = (0,throughput/* throughputColumn */.XX)(r.cells, (c) => (0,throughput/* cellThroughput */.pD)(c.metrics), {
        per_gpu: 'Tput/GPU (tok/s)',
        total: 'Total tput (tok/s)',
        output: 'Output tput (tok/s)',
        mixed: 'Tput (tok/s: /GPU, total or output)',
    });
    const rows = r.cells.map((c) => {
        const costPerM = c.cost?.cost_per_million_output_tokens;
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            (0,render_escape/* safeText */.Hk)((0,throughput/* producerName */.Yp)(c), 40),
            (0,render_escape/* safeText */.Hk)(c.hardware ?? '—'),
            c.concurrency === null ? '—' : String(c.concurrency),
            (0,format/* formatPct */.R8)(c.completion.success_rate),
            ttft.value(c),
            tpot.value(c),
            tput.value(c),
            costPerM === undefined ? '—' : (0,format/* formatMoney */.up)(costPerM, c.cost?.currency),
        ];
    });
    const table = markdownTable([
        ['Cell', 'Format', 'Hardware', 'Conc', 'Success', ttft.header, tpot.header, tput.header, 'Cost / M out tok'],
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
        out += `\n${markdownTable([['Missing file', 'Kind', 'Cell'], ...missing.map((m) => [(0,render_escape/* safeCode */.lI)(m.path, 120), (0,render_escape/* safeText */.Hk)(m.kind), m.cell_id ? (0,render_escape/* safeCode */.lI)(m.cell_id, 90) : '—'])])}\n`;
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
                `${(0,render_status/* cellStateWord */._R)(comp.status)}: ${cnt(comp.num_requests_successful, '?')} / ${cnt(comp.num_requests_total, '?')} requests${comp.success_rate !== null ? ` (${(0,format/* formatPct */.R8)(comp.success_rate)})` : ''}${comp.sessions_total !== null ? `; sessions ${cnt(comp.sessions_completed, '?')} / ${cnt(comp.sessions_total)}` : ''}`,
            ],
            ...['ttft', 'tpot', 'e2el'].map((base) => {
                const tail = (0,curve_tail/* tailStat */.Xh)(c, base);
                return [
                    `${base.toUpperCase()} p50 / ${tail?.stat ?? 'p99'}`,
                    `${(0,format/* formatSeconds */.Xo)(num(c, `p50_${base}`))} / ${(0,format/* formatSeconds */.Xo)(tail?.value ?? null)}`,
                ];
            }),
            ['Throughput', throughputLine(c)],
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
        parts.push(`### ${(0,render_escape/* safeCode */.lI)(c.cell_id, 160)}\n\n<details><summary>${(0,render_escape/* safeText */.Hk)((0,throughput/* producerName */.Yp)(c))}${c.source_variant && c.source_variant !== (0,throughput/* producerName */.Yp)(c) ? ` (${(0,render_escape/* safeText */.Hk)(c.source_variant)})` : ''}</summary>\n\n${markdownTable([['Field', 'Value'], ...rows])}\n\n</details>\n`);
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
    return `## Live timeline\n\n${markdownTable([['Cell', 'Samples', 'First', 'Last', 'Live findings (samples)', 'First critical', 'Lead to TTFT cliff'], ...rows])}\n`;
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
    const table = markdownTable([
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
/** The cross_run families (typed on Report; a report read from a file was checked, io/untrusted-report.ts). */
function crossRunFamilies(r) {
    return r.cross_run?.families ?? [];
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
        parts.push(`### ${(0,render_escape/* safeText */.Hk)(f.label || 'family')}\n\n${markdownTable([header, ...rows], { align: ['r', 'r', 'r', 'r', 'r', 'l', ...(slo ? ['l'] : [])] })}\n`);
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
    return `## Artifact manifest\n\n<details><summary>${r.artifact_manifest.length} files</summary>\n\n${markdownTable([['', 'Path', 'Kind', 'Required', 'Cell'], ...rows])}\n\n</details>\n`;
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
/**
 * The per-cell throughput line: per-GPU total tok/s, else per-GPU output tok/s (MLPerf reports
 * output tokens only), then the absolute output tok/s, else the absolute total.
 */
function throughputLine(c) {
    const perGpuOutput = num(c, 'tput_per_gpu') === null ? num(c, 'output_tput_per_gpu') : null;
    const perGpu = perGpuOutput !== null
        ? `${(0,format/* formatTokensPerSec */.WQ)(perGpuOutput)} tok/s/GPU output`
        : `${(0,format/* formatTokensPerSec */.WQ)(num(c, 'tput_per_gpu'))} tok/s/GPU total`;
    const output = num(c, 'output_tput_tps');
    const total = output === null ? num(c, 'total_tput_tps') : null;
    const absolute = total !== null ? `${(0,format/* formatTokensPerSec */.WQ)(total)} tok/s total` : `${(0,format/* formatTokensPerSec */.WQ)(output)} tok/s output`;
    return `${perGpu} · ${absolute}`;
}

;// CONCATENATED MODULE: ./src/render/summary.ts
/**
 * The job summary: the comment's sections (without the comment's marker line) with larger row caps
 * and budget (a step summary may be up to 1 MiB; docs/ACTION.md), then the full report.md in a
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

// EXTERNAL MODULE: ./src/io/config-file.ts + 1 modules
var config_file = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/io/read-report.ts + 1 modules
var read_report = __webpack_require__(9068);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 14 modules
var validate = __webpack_require__(1098);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The one pipeline of the action, `inferguard analyze` and `inferguard compare`:
 *
 *   settings (config + gates, parsed once, before any work)
 *   → head report (analyze a results dir, merge shard reports, or read a report.json)
 *   → baseline → compare → gates (evaluated once) → exit decision (src/core/exit-policy.ts)
 *   → rendered outputs (report.md, the comment within its budget, the job summary).
 *
 * The entry points (src/action/run.ts, src/cli.ts, src/cli-compare.ts) pass the I/O steps in, write
 * what they need (src/io/outputs.ts) and act on the outcome. The head step returns the report with
 * whatever the entry point knows about it (its context: the PR, the run); the baseline step and
 * the outcome carry that context on, so no entry point keeps a side object.
 */












/** Verdict shown (and output) when there was nothing to compare against. */
const NO_BASELINE_VERDICT = 'NO_BASELINE';
/**
 * Parses the gates once (the config's, then `gateLines`, one per line, named `gateInput` in
 * messages) and fixes the exit policy.
 */
function pipelineSettings(config, gateLines, gateInput, policy) {
    const gates = [...(0,core_gates/* parseGates */.MJ)(config.gates), ...(0,core_gates/* parseGateLines */.GB)(gateLines, gateInput)];
    return { config, gates, policy, compare: (0,options/* compareOptionsFromConfig */.oF)(config) };
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
/** Cells of the diff that were matched with a base cell (compared or with too little data). */
function matchedCells(diff) {
    const k = diff.counts;
    return k.regressed + k.improved + k.unchanged + k.insufficient_data;
}
/** The settings under an accept label: every metric regression accepted ('*'), regressions never fail. */
function accepting(settings) {
    return {
        compare: { ...settings.compare, accept: [...(settings.compare.accept ?? []), '*'] },
        policy: { ...settings.policy, acceptRegressions: true },
    };
}
/** Signed percent of a relative change. */
function pct(x) {
    return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
/**
 * One line per accepted thing: each metric whose regressions compare.accept took (reason
 * `accepted`; cells and range of change), the REGRESSION verdict, each regression finding.
 */
function acceptedItems(decision, diff) {
    const byMetric = new Map();
    for (const c of diff?.cells ?? [])
        for (const m of c.verdict?.comparisons ?? []) {
            if (m.reason !== 'accepted')
                continue;
            const e = byMetric.get(m.metric) ?? { cells: 0, deltas: [] };
            e.cells++;
            if (typeof m.relative_delta === 'number' && Number.isFinite(m.relative_delta))
                e.deltas.push(m.relative_delta);
            byMetric.set(m.metric, e);
        }
    const metrics = [...byMetric.entries()].map(([metric, { cells, deltas }]) => {
        const lo = Math.min(...deltas);
        const hi = Math.max(...deltas);
        const range = deltas.length === 0 ? '' : `, ${pct(lo)}${lo === hi ? '' : ` to ${pct(hi)}`}`;
        return `${metric} regressed (${cells} cell(s)${range})`;
    });
    const rest = decision.accepted.map((a) => 
    // Items are joined with '; ' and the list ends with '.': a message's own final period goes.
    a.what === 'verdict'
        ? `REGRESSION verdict: ${a.message.replace(/\.\s*$/, '')}`
        : `${a.code}: ${a.message.replace(/\.\s*$/, '')}`);
    return [...metrics, ...rest];
}
/** Runs the pipeline: head, baseline, compare, gates, decision, renders. Writes nothing. */
async function runPipeline(settings, steps, render) {
    const headStep = await steps.head();
    const head = headStep.report;
    const label = steps.acceptedBy ? steps.acceptedBy(headStep) : null;
    const { compare, policy } = label ? accepting(settings) : settings;
    const baseline = steps.baseline ? await steps.baseline(headStep) : { report: null, note: null };
    const base = Array.isArray(baseline.report) && baseline.report.length === 0 ? null : baseline.report;
    let diff = base ? compareReports(base, head, compare) : null;
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
    const decision = (0,exit_policy/* decideExit */.DP)(policy, {
        findings,
        gates,
        verdict: diff ? verdict : null,
        ...(diff ? { matched: matchedCells(diff), verdictSummary: diff.verdict.summary } : {}),
    });
    const accepted = label ? { label, items: acceptedItems(decision, diff) } : null;
    let markdown = null;
    const markdownOf = () => (markdown ??= renderReportMarkdown(report));
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
                ...(accepted ? { accepted } : {}),
            },
        };
        comment = (0,render_comment/* renderComment */.wQ)(input);
        if (render.summary)
            summary = renderJobSummary(input, markdownOf());
    }
    return {
        report,
        context: headStep.context,
        diff,
        baselineNote,
        gates,
        findings,
        verdict,
        decision,
        accepted,
        get markdown() {
            return markdownOf();
        },
        comment,
        summary,
        diffValidated: diff !== null,
    };
}
/**
 * `inferguard analyze`: a results dir in; report.json / report.md (and, with a baseline,
 * compare.json and comment.md) written to the output dir; the outcome and its exit decision out.
 */
async function analyzeResultsDir(opts) {
    const { readResultsDir, analyzeOutputDir } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 9720));
    const config = opts.config ?? (await (0,config_file/* loadConfig */.Z)(opts.configFile));
    const policy = opts.policy ?? { failOn: 'critical', failOnRegression: false };
    const settings = pipelineSettings(config, opts.gateLines ?? '', 'gates', policy);
    const baselineFile = opts.baselineFile;
    const steps = { head: async () => ({ report: await readResultsDir(opts, config), context: null }) };
    if (baselineFile !== undefined)
        steps.baseline = async () => ({
            report: await (0,read_report.readContractFile)(baselineFile, 'inferguard-analyze/v1', '--baseline'),
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
    const { readBaseReports } = await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.bind(__webpack_require__, 4973));
    // The history runs after the preferred one are slimmed as they are read (src/io/slim-report.ts).
    const bases = await readBaseReports(typeof opts.basePath === 'string' ? [opts.basePath] : opts.basePath, {
        slim: true,
    });
    const base = bases.reports.length === 1 ? bases.reports[0] : bases.reports;
    const steps = {
        head: async () => ({
            report: await (0,read_report.readContractFile)(opts.headPath, 'inferguard-analyze/v1', '--head'),
            context: null,
        }),
        baseline: async () => ({
            report: base,
            note: bases.reports.length > 1
                ? `${bases.reports.length} base runs${bases.skipped.length > 0 ? `, ${bases.skipped.length} file(s) skipped` : ''}`
                : null,
        }),
    };
    const outcome = await runPipeline(settings, steps, { suiteKey: opts.suiteKey ?? 'default' });
    const outDir = opts.outputDir ?? external_node_path_default().dirname(opts.headPath);
    const written = await (0,outputs/* writeOutputs */.K)(outDir, outcome, { report: 'none', compare: true, comment: true });
    return {
        outcome,
        comparePath: written.comparePath ?? external_node_path_default().join(outDir, 'compare.json'),
        commentPath: written.commentPath ?? external_node_path_default().join(outDir, 'comment.md'),
        skipped: bases.skipped,
        bases: bases.reports,
    };
}


/***/ }),

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hF: () => (/* binding */ SUMMARY_BUDGET_CHARS),
  QF: () => (/* binding */ SUMMARY_LIMITS),
  wQ: () => (/* binding */ renderComment),
  GF: () => (/* binding */ renderCommentSections)
});

// UNUSED EXPORTS: COMMENT_BUDGET_CHARS, COMMENT_LIMITS, commentMarker, suiteSlug

// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(6020);
// EXTERNAL MODULE: ./src/render/comment/cells.ts
var cells = __webpack_require__(703);
// EXTERNAL MODULE: ./src/render/comment/rows.ts
var rows = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/render/comment/format.ts
var format = __webpack_require__(4543);
;// CONCATENATED MODULE: ./src/render/comment/context.ts




function commentContext(input, budget, limits) {
    const { head, diff } = input;
    const findings = (0,render_status/* allFindings */.c4)(head, diff);
    const index = (0,cells/* cellIndex */.pt)(head, diff);
    const changeCells = diff
        ? [...(0,rows/* changes */.Ao)(diff).slice(0, limits.changeRows), ...(0,rows/* suspiciousRows */.Fb)(diff).slice(0, limits.suspiciousRows)].map((r) => r.cell.head_cell_id ?? r.cell.base_cell_id)
        : [];
    const findingCells = [
        ...new Set([...findings.map((f) => f.cell_id), ...changeCells].filter((x) => !!x && index.has(x))),
    ];
    return {
        input,
        head,
        diff,
        budget,
        limits,
        findings,
        currency: (0,format/* currencyOf */.Fr)(head),
        requests: (0,render_status/* requestTotals */.vZ)(head),
        index,
        labels: (0,cells/* shortLabels */.Ct)([...index.values()]),
        named: findingCells.map((id) => index.get(id)),
    };
}

// EXTERNAL MODULE: ./src/render/comment/left-out.ts
var left_out = __webpack_require__(5252);
// EXTERNAL MODULE: ./src/render/sections.ts + 10 modules
var sections = __webpack_require__(9942);
;// CONCATENATED MODULE: ./src/render/comment/sections.ts



/** The comment's entries of the shared table, with the contexts each applies to. */
const ENTRIES = (0,sections/* commentEntries */.CD)();
/** Every section of the comment, in the shared table's order. */
const SECTIONS = ENTRIES.map((e) => e.section);
/**
 * The plans tried in turn, each smaller than the one before: full, then fewer findings; then
 * without charts; without gates and cost; fewer rows and no per-cell tables; no suspicious rows.
 */
function budgetPlans(limits) {
    const full = {
        findingGroups: limits.findingGroups,
        findingList: limits.findingList,
        changeRows: limits.changeRows,
        suspiciousRows: limits.suspiciousRows,
        drop: [],
    };
    const bare = { findingList: 0, drop: ['gates', 'charts', 'cost'] };
    const plans = [
        full,
        { ...full, findingList: Math.min(full.findingList, 30) },
        { ...full, findingList: 0, drop: ['charts'] },
        { ...full, ...bare, findingGroups: 15 },
        {
            ...full,
            ...bare,
            findingGroups: 8,
            changeRows: 10,
            suspiciousRows: rows/* SUSPICIOUS_OPEN */.j0,
            drop: ['gates', 'charts', 'cost', 'cells'],
        },
        {
            ...full,
            ...bare,
            findingGroups: 3,
            changeRows: 3,
            suspiciousRows: 0,
            drop: ['gates', 'charts', 'cost', 'cells'],
        },
    ];
    // No suspicious rows is leaving the section out (and the note says so).
    return plans.map((p) => p.suspiciousRows <= 0 && !p.drop.includes('suspicious') ? { ...p, drop: [...p.drop, 'suspicious'] } : p);
}
/**
 * The comment under one plan: each section of the report's kind (analyze, or compare when there is
 * a diff) in table order, a dropped one replaced by its stub.
 */
function renderPlan(ctx, plan) {
    const kind = ctx.diff ? 'compare' : 'analyze';
    const parts = [];
    for (const { section: s, contexts } of ENTRIES) {
        if (!contexts.includes(kind))
            continue;
        const out = (0,left_out/* dropsSection */.M)(plan, s) ? (s.stub?.(ctx) ?? null) : s.render(ctx, plan, parts);
        if (out)
            parts.push(out);
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/render/comment.ts


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
    suspiciousRows: 20,
};
const SUMMARY_LIMITS = {
    findingGroups: 200,
    findingList: 2000,
    changeRows: 200,
    chartFamilies: 12,
    gateRows: 500,
    headOnlyCells: 5000,
    suspiciousRows: 200,
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
/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (docs/ACTION.md). */
function commentMarker(suiteKey) {
    return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}
/**
 * The comment's sections without the marker line, within `budget` characters, with the row caps
 * of `limits`. The comment and the job summary (render/summary.ts) are both this function.
 */
function renderCommentSections(input, budget, limits = COMMENT_LIMITS) {
    const ctx = commentContext(input, budget, limits);
    let md = '';
    for (const p of budgetPlans(limits)) {
        md = renderPlan(ctx, p);
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


/***/ })

};
