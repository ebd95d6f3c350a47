export const id = 946;
export const ids = [946,973,489];
export const modules = {

/***/ 5946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdCalibrate: () => (/* binding */ cmdCalibrate)
});

// EXTERNAL MODULE: ./src/cli-args.ts + 1 modules
var cli_args = __webpack_require__(3835);
// EXTERNAL MODULE: ./src/core/compare/catalogue.ts
var catalogue = __webpack_require__(86);
// EXTERNAL MODULE: ./src/core/compare/options.ts
var options = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/core/compare/runs.ts
var runs = __webpack_require__(5725);
// EXTERNAL MODULE: ./src/core/compare/run-stats.ts
var run_stats = __webpack_require__(988);
// EXTERNAL MODULE: ./src/core/compare/moderate.ts
var moderate = __webpack_require__(3102);
// EXTERNAL MODULE: ./src/core/stats/index.ts
var stats = __webpack_require__(683);
;// CONCATENATED MODULE: ./src/core/compare/jump-fit.ts
/**
 * The jump share of a noise family fitted to a history (noise-prior.ts JUMP; docs/COMPARE.md
 * "Jumps"): how often a run lands outside its cell's own history. Each window is a cell's K ≥ 2
 * earlier runs and the run after them; under the mixture compare uses, that run's change
 * d = head − mean(base) has the density
 *   (1 − π) · t_ν′(d; s′·√(1 + 1/K)) + π · t_ν(d; s·√(1 + 1/K)),
 * the cell's own predictive (ν′ = ν + K − 1, s′² = (ν s² + SS) / ν′) and the family's pooled law
 * (ν, s: the law of the cell's load regime). π is the maximum-likelihood share; it is kept where
 * the likelihood ratio rejects π = 0 at 5% (2.71: the boundary case, half χ²₀ and half χ²₁, Self &
 * Liang 1987), else 0. The truncation at σ_max is left out (it only matters far beyond the data).
 * Pure numbers.
 */

/** Likelihood ratio beyond which π = 0 is rejected at 5% (π on the boundary of its range). */
const JUMP_LR_CRITICAL = 2.71;
/** Windows a fit needs (fewer: no fit, the shipped share stays). */
const JUMP_MIN_WINDOWS = 30;
/** π is looked for in [0, JUMP_MAX]: a "jump" in most runs would be the cell's own spread. */
const JUMP_MAX = 0.5;
/** The two densities of a window's change: the cell's own predictive and the pooled law. */
function densities(w) {
    const k = w.base.length;
    if (k < 2 || !(w.nu > 0) || !(w.scale > 0))
        return null;
    const mean = w.base.reduce((a, x) => a + x, 0) / k;
    const ss = w.base.reduce((a, x) => a + (x - mean) ** 2, 0);
    const d = w.head - mean;
    const root = Math.sqrt(1 + 1 / k);
    const nuOwn = w.nu + k - 1;
    const own = Math.sqrt((w.nu * w.scale * w.scale + ss) / nuOwn) * root;
    const pooled = w.scale * root;
    const a = (0,stats/* studentTPdf */.uB)(d / own, nuOwn) / own;
    const b = (0,stats/* studentTPdf */.uB)(d / pooled, w.nu) / pooled;
    return Number.isFinite(a) && Number.isFinite(b) && a + b > 0 ? [a, b] : null;
}
/** The jump share of these windows, or null with fewer than JUMP_MIN_WINDOWS usable ones. */
function fitJumpShare(windows) {
    const pairs = windows.map(densities).filter((p) => p !== null);
    if (pairs.length < JUMP_MIN_WINDOWS)
        return null;
    const ll = (pi) => pairs.reduce((s, [a, b]) => s + Math.log((1 - pi) * a + pi * b), 0);
    // ℓ(π) is concave (a sum of logs of functions linear in π): its derivative decreases, so its
    // root in [0, JUMP_MAX] (or the end it points to) is found by bisection.
    const slope = (pi) => pairs.reduce((s, [a, b]) => s + (b - a) / ((1 - pi) * a + pi * b), 0);
    let pi = 0;
    if (slope(0) > 0) {
        if (slope(JUMP_MAX) >= 0)
            pi = JUMP_MAX;
        else {
            let lo = 0;
            let hi = JUMP_MAX;
            for (let i = 0; i < 60; i++) {
                const mid = (lo + hi) / 2;
                if (slope(mid) > 0)
                    lo = mid;
                else
                    hi = mid;
            }
            pi = (lo + hi) / 2;
        }
    }
    const lr = Math.max(0, 2 * (ll(pi) - ll(0)));
    return { share: lr > JUMP_LR_CRITICAL ? pi : 0, estimate: pi, lr, windows: pairs.length };
}

// EXTERNAL MODULE: ./src/core/compare/noise-prior.ts
var noise_prior = __webpack_require__(7016);
;// CONCATENATED MODULE: ./src/core/compare/calibrate.ts
/**
 * `inferguard calibrate`: from A/A runs or a base-branch history (several reports of the same
 * sweep), the observed run-to-run spread per metric and the run-noise floor and noise band it
 * recommends (docs/COMPARE.md "Calibration"). Pure: reports in, a result and a YAML snippet out.
 *
 * Spread: per metric, the sd of ln(value) across the runs of each cell, pooled over cells
 * (Σ(k−1) degrees of freedom), so ≈ the relative run-to-run sd. A one-run comparison differs by
 * √2 × that; the floor recommended is Z_FLOOR · √2 · spread (Z_FLOOR = 2.8: about 0.25% of A/A
 * cell-metrics per side beyond it under normal noise), rounded up to 0.5%, and never below the
 * minimum effect size. Latency tail percentiles (p90 and above) also give the `latency_tail` floor
 * (what compare applies to an aggregate tail percentile with fewer than min_base_runs base runs).
 */







const Z_FLOOR = 2.8;
const TAIL = /^p(9\d|100)_/;
function recommend(spread) {
    const f = Z_FLOOR * Math.SQRT2 * spread;
    return Math.max(options/* DEFAULT_MIN_EFFECT_SIZE */.dw, Math.ceil(f * 200 - 1e-9) / 200);
}
/**
 * The reports oldest first: by `generated_at` when every report has one (a stable sort), else as
 * given. The jump windows need each cell's runs in time order.
 */
function chronological(reports) {
    const at = reports.map((r) => (typeof r.generated_at === 'string' ? Date.parse(r.generated_at) : NaN));
    if (at.some((t) => !Number.isFinite(t)))
        return [...reports];
    return reports
        .map((r, i) => ({ r, t: at[i], i }))
        .sort((a, b) => a.t - b.t || a.i - b.i)
        .map((x) => x.r);
}
function calibrate(reports) {
    const groups = [...(0,runs/* groupRuns */.KH)(chronological(reports)).values()].filter((g) => g.length >= 2);
    const metrics = [];
    const byKind = new Map();
    for (const def of catalogue/* COMPARE_METRICS */.W) {
        if (!(0,runs/* runLevelDef */.vK)(def))
            continue;
        const vals = [];
        for (const g of groups) {
            const xs = g
                .map((c) => def.get(c))
                .filter((v) => v !== null && v > 0)
                .map(Math.log);
            if (xs.length >= 2)
                vals.push(xs);
        }
        const p = (0,run_stats/* pooledSpread */.pc)(vals);
        if (!p)
            continue;
        metrics.push({
            metric: def.metric,
            kind: def.kind,
            spread: p.sd,
            df: p.df,
            cells: vals.length,
            floor: recommend(p.sd),
        });
        // Tail percentiles (p90 and above) also pool into `latency_tail`, the floor of aggregate tails.
        for (const kind of def.kind === 'latency' && TAIL.test(def.metric) ? [def.kind, 'latency_tail'] : [def.kind]) {
            const k = byKind.get(kind) ?? [];
            k.push(...vals);
            byKind.set(kind, k);
        }
    }
    const kinds = [];
    for (const [kind, vals] of [...byKind].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const p = (0,run_stats/* pooledSpread */.pc)(vals);
        if (p)
            kinds.push({ metric: kind, kind, spread: p.sd, df: p.df, cells: vals.length, floor: recommend(p.sd) });
    }
    return { prior: fitPrior(groups), reports: reports.length, cells: groups.length, metrics, kinds };
}
/**
 * The noise law of each family from the history (the same law compare's run level uses,
 * noise-prior.ts): per cell and metric of the family the variance of ln value over its runs;
 * ν and the scale fitted to them all (moderate.ts; with fewer than 8 cells the shipped ν and the
 * scale for it, from ≥ 3 cells), the scale of each load regime with ≥ 3 cells
 * rescaled by its median variance against the family's. σ_max stays the shipped one: a history
 * rarely shows the extremes. The jump share is fitted too (jump-fit.ts) when the history has
 * enough windows of ≥ 2 runs and the next one, and then holds on one node as well; else the
 * shipped share stays.
 */
function fitPrior(groups) {
    const byFamily = new Map();
    // One metric per family and cell (tput_per_gpu and output_tput_per_gpu, TPOT and ITL move as one).
    const seen = new Set();
    for (const def of catalogue/* COMPARE_METRICS */.W) {
        if (!(0,runs/* runLevelDef */.vK)(def))
            continue;
        const family = (0,noise_prior/* noiseFamily */.x)(def.metric, def.kind);
        if (!family)
            continue;
        for (const [gi, g] of groups.entries()) {
            if (seen.has(`${family}|${gi}`))
                continue;
            const ln = g.map((c) => {
                const v = def.get(c);
                return v !== null && v > 0 ? Math.log(v) : null;
            });
            const xs = ln.filter((x) => x !== null);
            if (xs.length < 2)
                continue;
            const m = xs.reduce((a, x) => a + x, 0) / xs.length;
            const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
            if (!(v > 0))
                continue;
            seen.add(`${family}|${gi}`);
            const f = byFamily.get(family) ?? { v: [], df: [], regime: [], runs: [] };
            f.v.push(v);
            f.df.push(xs.length - 1);
            f.regime.push((0,noise_prior/* loadRegime */.oc)(g[0].concurrency));
            f.runs.push(ln);
            byFamily.set(family, f);
        }
    }
    const out = [];
    const median = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const k = s.length >> 1;
        return s.length % 2 === 1 ? s[k] : (s[k - 1] + s[k]) / 2;
    };
    for (const family of noise_prior/* NOISE_FAMILIES */.MQ) {
        const f = byFamily.get(family);
        if (!f || f.v.length < 3)
            continue;
        // Enough cells: ν and the scale; fewer: the shipped ν, the scale from these runs.
        const full = (0,moderate/* fitVarianceLaw */.tk)(f.v, f.df);
        const nu = full?.nu0 ?? noise_prior/* DEFAULT_NOISE_PRIOR */.aM[family].nu;
        const s = full?.scale ?? (0,moderate/* fitScale */.aJ)(f.v, f.df, nu);
        if (s === null)
            continue;
        const fit = { nu0: nu, scale: s, cells: f.v.length };
        const all = median(f.v);
        const round = (x) => Number(x.toPrecision(3));
        const scale = Object.fromEntries(noise_prior/* LOAD_REGIMES */.we.map((r) => {
            const vs = f.v.filter((_, i) => f.regime[i] === r);
            return [r, round(vs.length >= 3 && all > 0 ? fit.scale * Math.sqrt(median(vs) / all) : fit.scale)];
        }));
        const jump = fitJumpShare(jumpWindows(f.runs, f.regime, fit.nu0, scale));
        const row = { nu: round(fit.nu0), scale };
        if (jump) {
            row.jump_share = round(jump.share);
            row.jump_on_one_node = true;
        }
        out.push({ family, row, cells: fit.cells, ...(jump ? { jump } : {}) });
    }
    return out;
}
/** Most earlier runs a jump window holds (as compare's history: the nearest few). */
const JUMP_WINDOW_MAX = 5;
/**
 * Every window of a cell's ≥ 2 consecutive runs (up to JUMP_WINDOW_MAX) and the run after them,
 * one node or not: the share is measured under the team's own law, whose scale comes from its
 * runs (often back to back); a night later, even on the same node, may leave it (SGLang's repeats:
 * π̂ 0.08–0.13 under their calibrated law, 0 under the shipped one).
 */
function jumpWindows(runs, regimes, nu, scale) {
    const out = [];
    runs.forEach((ln, ci) => {
        for (let i = 2; i < ln.length; i++) {
            const from = Math.max(0, i - JUMP_WINDOW_MAX);
            const base = ln.slice(from, i);
            const head = ln[i];
            if (head === null || head === undefined || base.some((x) => x === null))
                continue;
            out.push({ base: base, head, nu, scale: scale[regimes[ci]] });
        }
    });
    return out;
}
function pct(x) {
    return `${(x * 100).toFixed(1)}%`;
}
/**
 * The `compare` section the calibration recommends, as YAML for the --config file: the kind
 * floors and bands, plus a per-metric entry where a metric is clearly noisier (floor > 1.25× its
 * kind's).
 */
function calibrationSnippet(c) {
    const lines = [
        `# inferguard calibrate: ${c.reports} report(s), ${c.cells} cell(s) measured in ≥ 2 of them.`,
        `# Run-to-run spread = pooled sd of ln(value) per cell; floor = ${Z_FLOOR} × √2 × spread (rounded up to 0.5%).`,
        'compare:',
    ];
    const extra = c.metrics.filter((m) => {
        const k = c.kinds.find((x) => x.kind === m.kind);
        return k !== undefined && m.floor > 1.25 * k.floor;
    });
    for (const section of ['run_noise_floor', 'noise_bands']) {
        lines.push(`  ${section}:`);
        for (const k of c.kinds)
            if (section === 'run_noise_floor' || k.kind !== 'latency_tail')
                lines.push(`    ${k.kind}: ${k.floor}   # spread ${pct(k.spread)}, ${k.df} df`);
        for (const m of extra)
            lines.push(`    ${m.metric}: ${m.floor}   # spread ${pct(m.spread)}, ${m.df} df`);
    }
    if (c.prior.length > 0) {
        lines.push('  # The noise law per family (compare: run level), fitted to these runs; σ_max stays the shipped one, and the jump share where too few windows show it.');
        lines.push('  noise_prior:');
        for (const p of c.prior) {
            const jump = p.row.jump_share !== undefined
                ? `, jump_share: ${p.row.jump_share}${p.row.jump_on_one_node === true ? ', jump_on_one_node: true' : ''}`
                : '';
            const why = p.jump
                ? `; jumps: π̂ ${p.jump.estimate.toFixed(3)}, LR ${p.jump.lr.toFixed(1)} over ${p.jump.windows} windows${p.jump.share === 0 ? ' (not beyond 2.71: none)' : ''}`
                : '';
            lines.push(`    ${p.family}: { nu: ${p.row.nu}, scale: { low: ${p.row.scale.low}, mid: ${p.row.scale.mid}, high: ${p.row.scale.high} }${jump} }   # ${p.cells} cells${why}`);
        }
    }
    lines.push('# Per metric (not written above unless noisier than its kind):');
    for (const m of c.metrics)
        lines.push(`#   ${m.metric}: spread ${pct(m.spread)} over ${m.cells} cell(s) (${m.df} df) → floor ${pct(m.floor)}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/io/base-reports.ts + 1 modules
var base_reports = __webpack_require__(4973);
// EXTERNAL MODULE: ./src/io/config-file.ts + 1 modules
var config_file = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/io/write.ts + 1 modules
var write = __webpack_require__(328);
// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(4489);
;// CONCATENATED MODULE: ./src/cli-calibrate.ts
/**
 * `inferguard calibrate <report.json|folder>... [--output FILE]`: the run-to-run spread of A/A
 * runs or of the base-branch history, and the compare settings it recommends, written as a
 * config snippet (stdout, and FILE when given). Exit 0; 3 when the reports cannot be read or
 * fewer than two share a cell.
 */








async function cmdCalibrate(argv) {
    const { values, positionals } = (0,cli_args/* parseCliArgs */.hT)(argv, { output: { type: 'string' } }, true);
    if (positionals.length === 0)
        throw new types/* UsageError */.eb('calibrate needs <report.json|folder>... (two runs or more)');
    const { reports, skipped } = await (0,base_reports.readBaseReports)(positionals);
    const c = calibrate(reports);
    if (c.cells === 0 || c.kinds.length === 0)
        throw new config_file/* NoReportError */.E(`calibrate needs at least two reports that measured the same cell (got ${reports.length} report(s), no shared cell with numbers)`);
    const text = calibrationSnippet(c);
    // The snippet must be a valid config: checked before it is written.
    (0,config.parseConfigText)(text, 'calibration snippet');
    const out = values.output;
    if (out) {
        try {
            await (0,write/* writeFileAtomic */.Zf)(out, text);
        }
        catch (e) {
            throw new config_file/* NoReportError */.E(`cannot write ${(0,outputs/* shownPath */.p)(out)}: ${e.code ?? 'error'}`);
        }
    }
    for (const s of skipped)
        process.stderr.write(`inferguard calibrate: skipped ${s}\n`);
    process.stdout.write(text);
    return 0;
}


/***/ }),

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1098);
/* harmony import */ var _cells_given_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4844);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7239);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3054);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6104);
/**
 * The --config file: parsed (JSON or YAML text in, plain object out), validated against
 * schemas/inferguard-config-v1.schema.json, turned into typed settings. An unknown or ill-typed
 * key is a UsageError naming it.
 */






/** Parses config text (`name` is only used in messages; `.json` parses as JSON, else YAML). */
function parseConfigText(text, name) {
    let raw;
    try {
        raw = name.toLowerCase().endsWith('.json') ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`config ${name} does not parse: ${e.message.split('\n')[0]}`);
    }
    if (raw === null || raw === undefined)
        raw = {};
    const r = (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContract */ .T7)('inferguard-config/v1', raw);
    if (!r.ok) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`config ${name}: ${describeConfigError(r.errors[0] ?? 'invalid')}`);
    }
    const obj = raw;
    const run = obj.run ?? {};
    const labels = run.labels
        ? Object.fromEntries(Object.entries(run.labels).map(([k, v]) => [k, String(v)]))
        : undefined;
    const given = (0,_cells_given_js__WEBPACK_IMPORTED_MODULE_2__/* .checkGivenFacts */ .Bt)({
        ...(run.hardware !== undefined ? { hardware: run.hardware } : {}),
        ...(run.gpus !== undefined ? { gpus: run.gpus } : {}),
        ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
        ...(run.runner !== undefined ? { runner: run.runner } : {}),
    }, `config ${name}: run`);
    if (given.gpus !== undefined && obj.cost?.gpus !== undefined && obj.cost.gpus !== given.gpus)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`config ${name}: run.gpus (${given.gpus}) and cost.gpus (${obj.cost.gpus}) disagree`);
    return {
        thresholds: { ..._thresholds_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_THRESHOLDS */ .J, ...(obj.thresholds ?? {}) },
        compare: obj.compare ?? {},
        cost: obj.cost ?? {},
        gates: obj.gates ?? [],
        eval_thresholds: obj.eval_thresholds ?? {},
        run: given,
    };
}
function describeConfigError(err) {
    // "/thresholds: must NOT have additional properties 'ttft_cliff'" -> unknown key thresholds.ttft_cliff
    const m = /^(.*): must NOT have additional properties '(.+)'$/.exec(err);
    if (m) {
        const parent = m[1] === '(root)' ? '' : (m[1] ?? '').replace(/^\//, '').replace(/\//g, '.');
        return `unknown key '${parent ? `${parent}.` : ''}${m[2]}'`;
    }
    const t = /^\/(.+?): (.*)$/.exec(err);
    if (t)
        return `key '${(t[1] ?? '').replace(/\//g, '.')}' ${t[2]}`;
    return err;
}


/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBaseReports: () => (/* binding */ readBaseReports)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/config-file.ts + 1 modules
var config_file = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/io/read-report.ts + 1 modules
var read_report = __webpack_require__(9068);
// EXTERNAL MODULE: ./src/core/compare/catalogue.ts
var catalogue = __webpack_require__(86);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/io/slim-report.ts
/**
 * A base run of the history, cut down to what compare reads of it (issue 22 item 8: 30 base runs
 * of a 2,000-cell sweep in at most twice the memory of one).
 *
 * compare uses the FIRST base report (the preferred run) in full: its cells define the base
 * sweep, matching, the per-request tests on `samples`, curves and baseline findings. Every other
 * base report only adds runs of the same cells (src/core/compare/index.ts, runs.ts groupRuns,
 * evidence.ts runSeries, run-level.ts, verdicts.ts refOf/runTotals). Of those it reads:
 *
 * - per cell: the identity fields and `topology` (the identity key, match.ts cellKey), `cell_id`
 *   (run order), `metrics` and `cost` (each metric's run value), `completion` (request counts,
 *   success rate); `environment` is kept too (a few strings: where the run ran). Of `metrics`
 *   only the compared ones (catalogue.ts COMPARE_METRICS, and eval scores): compare reads no
 *   other metric of a history run (the rest, ~60% of a sweep cell's metrics, are shown from the
 *   preferred run only);
 * - per report: `generated_at`, `input_root`, `analyzer.inferguard_version`, `run_summary.status`
 *   and `.cost`, and the number of cells (`refOf`, the diff's `runs`).
 *
 * Everything else goes: the artifact manifest, findings, cross-run block, timelines, artifact
 * paths, format extras, and per-request `samples`. Samples only fed the run series of p50
 * metrics, as the samples' geometric mean, and only when every run of the cell has samples
 * (evidence.ts runSeries); without them in the history runs, every run of such a cell, the
 * preferred one included, is the p50 metric itself: the same series compare uses whenever one run
 * lacks samples. Samples of a stream are kept where the cell lacks a p50/p99 metric compare would
 * otherwise compute from them (lnValue's fallback), so no run loses a value it had.
 *
 * The slim report is a plain inferguard-analyze/v1-shaped object (required arrays present and
 * empty, one shared frozen array), built fresh so nothing of the parsed document stays reachable
 * through it, with the strings of its cells (ids, identity, topology, completion, cost,
 * environment) shared with equal ones of the other runs of the history: 30 runs of a sweep repeat
 * the same paths and labels 30 times. isSlimReport tells one apart.
 */



/** Cell fields a history run keeps (besides the identity fields). */
const SLIM_CELL_FIELDS = [
    'cell_id',
    'source_format',
    ...types/* IDENTITY_FIELDS */.DL,
    'topology',
    'completion',
    'metrics',
    'cost',
    'environment',
];
/** Per sample stream, the compared metrics that fall back to it (catalogue.ts: p50 and p99). */
const SAMPLE_METRICS = new Map();
for (const def of catalogue/* COMPARE_METRICS */.W) {
    if (!def.sample)
        continue;
    const list = SAMPLE_METRICS.get(def.sample.key);
    if (list)
        list.push(def);
    else
        SAMPLE_METRICS.set(def.sample.key, [def]);
}
/** Metrics compare reads of a history run. */
const COMPARED_METRICS = new Set(catalogue/* COMPARE_METRICS */.W.map((d) => d.metric));
function comparedMetric(name) {
    return COMPARED_METRICS.has(name) || metrics/* EVAL_SCORE_RE */.aV.test(name);
}
const NONE = Object.freeze([]);
const EMPTY = Object.freeze({});
const slim = new WeakSet();
/** Whether `r` came out of slimReport. */
function isSlimReport(r) {
    return slim.has(r);
}
/** The sample streams a slim cell still needs: those behind a p50/p99 metric the cell lacks. */
function neededSamples(c) {
    const s = c.samples;
    if (!s || typeof s !== 'object')
        return undefined;
    let out;
    for (const [key, defs] of SAMPLE_METRICS) {
        const sketch = s[key];
        if (!sketch)
            continue;
        if (defs.every((d) => d.get(c) !== null))
            continue;
        (out ??= {})[key] = sketch;
    }
    return out;
}
/** A fresh copy of a flat block, its string values shared (`keep`: which keys stay). */
function block(o, intern, keep) {
    if (o === null || typeof o !== 'object' || Array.isArray(o))
        return o;
    const out = {};
    for (const [k, v] of Object.entries(o))
        if (!keep || keep(k))
            out[k] = intern(v);
    return out;
}
function slimCell(c, strings) {
    const intern = (v) => {
        if (typeof v !== 'string')
            return v;
        const known = strings.get(v);
        if (known !== undefined)
            return known;
        strings.set(v, v);
        return v;
    };
    const out = {
        cell_id: intern(c.cell_id),
        source_format: intern(c.source_format),
    };
    for (const f of types/* IDENTITY_FIELDS */.DL)
        out[f] = intern(c[f]);
    out.topology = c.topology === undefined ? EMPTY : block(c.topology, intern);
    out.artifacts = EMPTY;
    out.completion = block(c.completion, intern);
    out.metrics = block(c.metrics, intern, comparedMetric);
    if (c.cost !== undefined)
        out.cost = block(c.cost, intern);
    if (c.environment !== undefined)
        out.environment = block(c.environment, intern);
    out.findings = NONE;
    const samples = neededSamples(c);
    if (samples)
        out.samples = samples;
    return out;
}
/**
 * The history run `r` reduced to what compare reads of a base report after the first (see the
 * module comment). `strings` shares equal identity strings across the reports of one history.
 */
function slimReport(r, strings = new Map()) {
    if (slim.has(r))
        return r;
    const rs = r.run_summary;
    const cells = Array.isArray(r.cells) ? r.cells.map((c) => slimCell(c, strings)) : [];
    const out = {
        schema_version: r.schema_version,
        generated_at: r.generated_at,
        input_root: r.input_root,
        analyzer: { inferguard_version: r.analyzer?.inferguard_version },
        run_summary: {
            status: rs?.status,
            total_cells: rs?.total_cells,
            ...(rs?.cost !== undefined ? { cost: rs.cost } : {}),
        },
        cells,
        findings: NONE,
        artifact_manifest: NONE,
    };
    slim.add(out);
    return out;
}

;// CONCATENATED MODULE: ./src/io/base-reports.ts
/**
 * The base side of `inferguard compare`: `--base` given once or several times, each a report.json
 * or a folder of them (the base-branch history). Order: the files as given; within a folder,
 * newest `generated_at` first (then file name). The first report is the preferred base run.
 * A folder's JSON files that are not inferguard-analyze/v1 reports (a compare.json, say) are
 * skipped and listed; an unreadable or invalid report named directly is an error.
 *
 * With `slim: true` (compare) only the preferred run is kept whole: every other report is cut
 * down to what compare reads of a history run (src/io/slim-report.ts) as soon as it is read,
 * before the next file is read, so a long history costs a fraction of a report per run. Within
 * the first folder the preferred run is known only once the folder is read: the newest so far is
 * kept whole and slimmed when a newer one turns up (at most two whole reports at a time).
 */






function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Folder order: newest `generated_at` first, then file name. */
function newestFirst(a, b) {
    const ga = String(a.report.generated_at ?? '');
    const gb = String(b.report.generated_at ?? '');
    return ga !== gb ? (ga < gb ? 1 : -1) : a.file < b.file ? -1 : 1;
}
async function readBaseReports(paths, opts = {}) {
    const reports = [];
    const skipped = [];
    // Equal identity strings shared by the slim reports of this history.
    const strings = new Map();
    const thin = (r) => (opts.slim ? slimReport(r, strings) : r);
    for (const p of paths) {
        if (!isDir(p)) {
            const r = await (0,read_report.readContractFile)(p, 'inferguard-analyze/v1', '--base');
            reports.push(reports.length === 0 ? r : thin(r));
            continue;
        }
        const files = (0,external_node_fs_.readdirSync)(p)
            .filter((f) => f.toLowerCase().endsWith('.json'))
            .sort();
        // This folder holds the preferred run when nothing was read before it: its newest report.
        const holdsFirst = reports.length === 0;
        const found = [];
        let best = null;
        for (const f of files) {
            const file = external_node_path_default().join(p, f);
            let report;
            try {
                report = await (0,read_report.readContractFile)(file, 'inferguard-analyze/v1', '--base');
            }
            catch (e) {
                skipped.push(`${(0,outputs/* shownPath */.p)(file)}: ${e.message.replace(/^--base \S+ /, '')}`);
                continue;
            }
            const x = { report, file };
            if (!holdsFirst)
                x.report = thin(report);
            else if (best === null)
                best = x;
            else if (newestFirst(x, best) < 0) {
                best.report = thin(best.report);
                best = x;
            }
            else
                x.report = thin(report);
            found.push(x);
        }
        if (found.length === 0)
            throw new config_file/* NoReportError */.E(`--base ${(0,outputs/* shownPath */.p)(p)} holds no inferguard-analyze/v1 report`);
        found.sort(newestFirst);
        reports.push(...found.map((x) => x.report));
    }
    return { reports, skipped };
}


/***/ })

};
