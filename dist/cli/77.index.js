export const id = 77;
export const ids = [77,97,489];
export const modules = {

/***/ 4077:
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
// EXTERNAL MODULE: ./src/core/compare/runs.ts + 1 modules
var runs = __webpack_require__(5207);
// EXTERNAL MODULE: ./src/core/compare/run-stats.ts
var run_stats = __webpack_require__(988);
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
function calibrate(reports) {
    const groups = [...(0,runs/* groupRuns */.KH)(reports).values()].filter((g) => g.length >= 2);
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
    return { reports: reports.length, cells: groups.length, metrics, kinds };
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
    lines.push('# Per metric (not written above unless noisier than its kind):');
    for (const m of c.metrics)
        lines.push(`#   ${m.metric}: spread ${pct(m.spread)} over ${m.cells} cell(s) (${m.df} df) → floor ${pct(m.floor)}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/io/base-reports.ts
var base_reports = __webpack_require__(97);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
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
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1415);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7239);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6104);
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
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`config ${name} does not parse: ${e.message.split('\n')[0]}`);
    }
    if (raw === null || raw === undefined)
        raw = {};
    const r = (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContract */ .T7)('inferguard-config/v1', raw);
    if (!r.ok) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`config ${name}: ${describeConfigError(r.errors[0] ?? 'invalid')}`);
    }
    const obj = raw;
    return {
        thresholds: { ..._thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_THRESHOLDS */ .J, ...(obj.thresholds ?? {}) },
        compare: obj.compare ?? {},
        cost: obj.cost ?? {},
        gates: obj.gates ?? [],
        eval_thresholds: obj.eval_thresholds ?? {},
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

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBaseReports: () => (/* binding */ readBaseReports)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3103);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2186);
/* harmony import */ var _read_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9068);
/**
 * The base side of `inferguard compare`: `--base` given once or several times, each a report.json
 * or a folder of them (the base-branch history). Order: the files as given; within a folder,
 * newest `generated_at` first (then file name). The first report is the preferred base run.
 * A folder's JSON files that are not inferguard-analyze/v1 reports (a compare.json, say) are
 * skipped and listed; an unreadable or invalid report named directly is an error.
 */





function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
async function readBaseReports(paths) {
    const reports = [];
    const skipped = [];
    for (const p of paths) {
        if (!isDir(p)) {
            reports.push(await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .readContractFile */ .J)(p, 'inferguard-analyze/v1', '--base'));
            continue;
        }
        const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(p)
            .filter((f) => f.toLowerCase().endsWith('.json'))
            .sort();
        const found = [];
        for (const f of files) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, f);
            try {
                found.push({ report: await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .readContractFile */ .J)(file, 'inferguard-analyze/v1', '--base'), file });
            }
            catch (e) {
                skipped.push(`${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .p)(file)}: ${e.message.replace(/^--base \S+ /, '')}`);
            }
        }
        if (found.length === 0)
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .NoReportError */ .E(`--base ${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .p)(p)} holds no inferguard-analyze/v1 report`);
        found.sort((a, b) => {
            const ga = String(a.report.generated_at ?? '');
            const gb = String(b.report.generated_at ?? '');
            return ga !== gb ? (ga < gb ? 1 : -1) : a.file < b.file ? -1 : 1;
        });
        reports.push(...found.map((x) => x.report));
    }
    return { reports, skipped };
}


/***/ })

};
