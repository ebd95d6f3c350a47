export const id = 973;
export const ids = [973];
export const modules = {

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
