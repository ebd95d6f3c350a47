#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hT: () => (/* binding */ parseCliArgs),
  XV: () => (/* binding */ parseFailOn),
  MJ: () => (/* binding */ policyText)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/core/exit-policy.ts
var exit_policy = __nccwpck_require__(6834);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
;// CONCATENATED MODULE: ./src/cli-args.ts
/** Argument parsing shared by the CLI commands: one-line UsageErrors, never a stack trace. */



function parseCliArgs(argv, options, allowPositionals) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (e) {
        throw new types/* UsageError */.eb(e.message.replace(/\. To specify a positional.*$/, '').split('\n')[0] ?? 'bad arguments');
    }
}
function parseFailOn(v, fallback = 'critical') {
    if (v === undefined)
        return fallback;
    if (typeof v === 'string' && exit_policy/* FAIL_ON_VALUES */.Qm.includes(v))
        return v;
    throw new types/* UsageError */.eb(`--fail-on must be one of ${exit_policy/* FAIL_ON_VALUES */.Qm.join(', ')}, got '${String(v)}'`);
}
/** The policy as the flags that set it, for the CLI's last line ("--fail-on critical, ..."). */
function policyText(p) {
    const listed = (0,exit_policy/* formatFailOnFindings */.LH)(p.failOnFindings);
    return [
        `--fail-on ${p.failOn}`,
        ...(listed ? [`--fail-on-findings ${listed}`] : []),
        ...(p.failOnRegression ? ['--fail-on-regression'] : []),
    ].join(', ');
}


/***/ }),

/***/ 6834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ decideExit),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   LH: () => (/* binding */ formatFailOnFindings),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   Sy: () => (/* binding */ EXIT_NO_REPORT),
/* harmony export */   jK: () => (/* binding */ parseFailOnFindings),
/* harmony export */   jZ: () => (/* binding */ policySummary)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_FINDINGS, EXIT_CRITICAL, findingFails, exitCodeFor, EXIT_RULES */
/* harmony import */ var _finding_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1023);
/* harmony import */ var _findings_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8642);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3054);
/**
 * The one exit decision of the action, `inferguard analyze` and `inferguard compare`: a policy
 * (the user's fail-on settings) applied to the evidence of one run (its findings, gates block and
 * compare verdict) by a table of rules. Each rule says whether it fails the run, with which exit
 * code and one line of why.
 *
 * Finding classes (core/finding-classes.ts; README "CLI") decide which rule a finding answers to:
 * validity findings fail at or above `fail-on` (default critical); behaviour findings fail only
 * when their code or class is listed in `fail-on-findings`; regression findings and a REGRESSION
 * verdict fail with `fail-on-regression`. Blocking gates always fail.
 *
 * Exit codes (README "Exit codes"): 0 ok; 1 a failing finding (none critical), a blocking gate, or
 * a regression under fail-on-regression; 2 a failing critical finding; 3 no report.
 */



const FAIL_ON_VALUES = ['never', 'info', 'warning', 'critical'];
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_CRITICAL = 2;
const EXIT_NO_REPORT = 3;
/**
 * Parses `fail-on-findings` (action input, `--fail-on-findings`): codes or classes separated by
 * commas, spaces or newlines, each optionally `:critical`, `:warning` or `:info` (lowest severity
 * that fails). Empty or `none`: nothing listed. An unknown name is a usage error naming it.
 */
function parseFailOnFindings(text, label = 'fail-on-findings') {
    const items = String(text ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    if (items.length === 1 && items[0]?.toLowerCase() === 'none')
        return [];
    const out = [];
    for (const item of items) {
        const [rawName, sev, extra] = item.split(':');
        const name = (rawName ?? '').toLowerCase();
        if (extra !== undefined || !(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDING_CODES */ .f2.includes(name) || (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isFindingClass */ .yN)(name)))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label}: '${item}' is not a finding code or class (classes: ${_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_CLASSES */ .L1.join(', ')}; codes: ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDING_CODES */ .f2.join(', ')})`);
        if (sev !== undefined && !_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.includes(sev.toLowerCase()))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label}: '${item}': the severity after ':' must be one of ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.join(', ')}`);
        out.push({ name, minSeverity: sev === undefined ? null : sev.toLowerCase() });
    }
    return out;
}
/** `fail-on-findings` written back as text (for logs and messages). */
function formatFailOnFindings(list) {
    return (list ?? []).map((s) => (s.minSeverity ? `${s.name}:${s.minSeverity}` : s.name)).join(', ');
}
/** What the policy fails on, in words, for the comment's headline. */
function policySummary(p) {
    const parts = [
        p.failOn === 'never' ? '' : `${p.failOn === 'critical' ? 'critical' : `${p.failOn}-or-worse`} validity findings`,
        'blocking gates',
        p.failOnFindings && p.failOnFindings.length > 0
            ? `${formatFailOnFindings(p.failOnFindings)} (fail-on-findings)`
            : '',
        p.failOnRegression ? 'regressions (fail-on-regression)' : '',
    ].filter((x) => x !== '');
    return parts.join(', ');
}
function selects(sel, f, cls) {
    if (sel.name !== f.code && sel.name !== cls)
        return false;
    return sel.minSeverity === null || _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[f.severity] >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[sel.minSeverity];
}
/**
 * True when this finding alone makes the run fail under `policy` (the findings, listed and
 * regression rules below, applied to one finding): the action annotates such a finding as an
 * error, and a critical finding that does not fail (a behaviour finding not listed) as a warning.
 */
function findingFails(policy, f) {
    const cls = findingClass(f);
    if (cls === 'validity' && exitCodeFor([f], policy.failOn) !== EXIT_OK)
        return true;
    if (cls === 'regression' && policy.failOnRegression)
        return true;
    return (policy.failOnFindings ?? []).some((s) => selects(s, f, cls));
}
/** Findings per severity. */
const countFindings = _findings_order_js__WEBPACK_IMPORTED_MODULE_1__/* .countBySeverity */ .Ot;
/** Exit code for findings under a fail-on level: 0, 1 (none critical) or 2 (a critical one). */
function exitCodeFor(findings, failOn) {
    if (failOn === 'never')
        return EXIT_OK;
    const min = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[failOn];
    const hits = findings.filter((f) => _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[f.severity] >= min);
    if (hits.length === 0)
        return EXIT_OK;
    return hits.some((f) => f.severity === 'critical') ? EXIT_CRITICAL : EXIT_FINDINGS;
}
function plural(n, one) {
    return `${n} ${one}${n === 1 ? '' : 's'}`;
}
function codeList(findings) {
    return [...new Set(findings.map((f) => f.code))].sort().join(', ');
}
/** Validity findings at or above fail-on fail the run (default: critical ones). */
const findingsRule = {
    name: 'findings',
    judge({ failOn }, { findings }) {
        const validity = findings.filter((f) => (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f) === 'validity');
        const exitCode = exitCodeFor(validity, failOn);
        if (exitCode === EXIT_OK)
            return null;
        const hits = validity.filter((f) => _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[f.severity] >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[failOn]);
        const c = countFindings(hits);
        const first = hits.find((f) => f.severity === 'critical') ?? hits[0];
        const worst = c.critical > 0 ? 'critical' : c.warning > 0 ? 'warning' : 'info';
        return {
            exitCode,
            message: `${c.critical} critical and ${c.warning} warning validity finding(s) reach fail-on '${failOn}'${first ? `; first: ${first.message}` : ''}`,
            brief: `${plural(hits.length, `${worst === 'info' ? '' : `${worst} `}validity finding`)} (${codeList(hits)})`,
        };
    },
};
/** Findings whose code or class is listed in fail-on-findings fail the run. */
const listedRule = {
    name: 'listed',
    judge({ failOnFindings }, { findings }) {
        if (!failOnFindings || failOnFindings.length === 0)
            return null;
        const hits = findings.filter((f) => {
            const cls = (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f);
            return failOnFindings.some((s) => selects(s, f, cls));
        });
        if (hits.length === 0)
            return null;
        const first = hits.find((f) => f.severity === 'critical') ?? hits[0];
        return {
            exitCode: hits.some((f) => f.severity === 'critical') ? EXIT_CRITICAL : EXIT_FINDINGS,
            message: `${plural(hits.length, 'finding')} listed in fail-on-findings (${codeList(hits)})${first ? `; first: ${first.message}` : ''}`,
            brief: `${codeList(hits)} listed in fail-on-findings`,
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
            brief: `${plural(g.blocking_failures, 'blocking gate check')} did not pass`,
        };
    },
};
/** With fail-on-regression: a REGRESSION verdict, or a regression-class finding, fails the run. */
const regressionRule = {
    name: 'regression',
    judge({ failOnRegression }, { verdict, findings, matched, verdictSummary }) {
        if (!failOnRegression)
            return null;
        const regressions = findings.filter((f) => (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f) === 'regression');
        if (verdict !== null && verdict !== 'REGRESSION' && matched === 0 && regressions.length === 0)
            return {
                exitCode: EXIT_FINDINGS,
                message: 'no head cell could be matched with a baseline cell, so nothing was checked for regressions (fail-on-regression)',
                brief: 'no cell could be compared with the baseline (fail-on-regression)',
            };
        if (verdict !== 'REGRESSION' && regressions.length === 0)
            return null;
        const what = [
            verdict === 'REGRESSION' ? 'the comparison with the baseline found a REGRESSION' : '',
            regressions.length > 0 ? `${plural(regressions.length, 'regression finding')} (${codeList(regressions)})` : '',
        ]
            .filter((x) => x !== '')
            .join(' and ');
        return {
            exitCode: EXIT_FINDINGS,
            message: `${what} (fail-on-regression)${verdict === 'REGRESSION' && verdictSummary ? `: ${verdictSummary}` : ''}`,
            brief: `${verdict === 'REGRESSION' ? 'REGRESSION vs base' : plural(regressions.length, 'regression finding')} (fail-on-regression)`,
        };
    },
};
/** The policy's rules, in the order their reasons are reported. */
const EXIT_RULES = [findingsRule, listedRule, gatesRule, regressionRule];
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


/***/ }),

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ FINDING_CLASSES),
/* harmony export */   sy: () => (/* binding */ findingClass),
/* harmony export */   yN: () => (/* binding */ isFindingClass)
/* harmony export */ });
/* unused harmony export FINDING_CLASS */
const FINDING_CLASSES = ['validity', 'behaviour', 'regression'];
/** The class of each code as the analyzer emits it within one run. */
const FINDING_CLASS = {
    missing_required_artifact: 'validity',
    invalid_run_no_successful_requests: 'validity',
    partial_run: 'validity',
    metrics_unavailable: 'validity',
    ttft_cliff: 'behaviour',
    tpot_degradation: 'behaviour',
    throughput_plateau: 'behaviour',
    kv_pressure: 'behaviour',
    kv_offload_thrash: 'behaviour',
    prefix_cache_regression: 'behaviour',
    prefill_decode_imbalance: 'behaviour',
    kv_transfer_stall: 'behaviour',
    kv_transfer_errors_present: 'behaviour',
    endpoint_unreachable: 'behaviour',
    engine_unidentified: 'behaviour',
    eval_regression: 'regression',
};
/** Codes that are a regression when computed against the base cell (their evidence names it). */
const BASELINE_VARIANTS = new Set(['tpot_degradation', 'prefix_cache_regression']);
/** True when a finding's evidence says it was computed against a baseline cell. */
function againstBaseline(f) {
    const e = f.evidence ?? {};
    if (typeof e.base_cell_id === 'string' || typeof e.baseline_cell === 'string')
        return true;
    const cond = e.conditions;
    return Array.isArray(cond) && cond.includes('drop_vs_baseline');
}
/** The class of one finding: its code's class, or regression for a "vs the base cell" variant. */
function findingClass(f) {
    if (BASELINE_VARIANTS.has(f.code) && againstBaseline(f))
        return 'regression';
    return FINDING_CLASS[f.code] ?? 'behaviour';
}
function isFindingClass(s) {
    return FINDING_CLASSES.includes(s);
}


/***/ }),

/***/ 8642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ mergeFindings),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3054);
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

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ IDENTITY_FIELDS),
/* harmony export */   eb: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.eb),
/* harmony export */   f2: () => (/* binding */ FINDING_CODES),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports SOURCE_FORMATS, COMPLETION_STATUSES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
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
const COMPLETION_STATUSES = (/* unused pure expression or super */ null && (['complete', 'partial', 'failed', 'unknown']));
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

const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 };


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ NoReportError),
/* harmony export */   Jm: () => (/* binding */ IngestReadError),
/* harmony export */   YT: () => (/* binding */ CsvHeaderError),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * The error classes of the action and the CLI, in one place. How each one ends a run:
 * - UsageError: bad configuration (an input, a flag, the config file): one clear line, exit 3 in
 *   the CLI, a failed step in the action.
 * - NoReportError: no report can be produced (no supported artifacts, nothing written): exit 3.
 * - IngestReadError, CsvHeaderError: a results file that cannot be read; the pipeline turns them
 *   into findings naming the file (src/io/analyze-dir.ts), never a crash.
 * GitHub and artifact-service failures have their own classes beside their clients
 * (src/io/github/errors.ts, src/io/github/artifacts.ts): they become warnings.
 */
/** Bad configuration: the message names the input, what we got and what we expected. */
class UsageError extends Error {
    name = 'UsageError';
}
/** No report can be produced (exit 3). */
class NoReportError extends Error {
    name = 'NoReportError';
    /** Extra lines printed after the message (e.g. the files that were seen and why each was not used). */
    details;
    constructor(message, details = []) {
        super(message);
        this.details = details;
    }
}
/** A results file that cannot be read, named by its path relative to the results root. */
class IngestReadError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
    }
}
/** A CSV file without a column its reader requires. */
class CsvHeaderError extends Error {
    file;
    missing;
    constructor(file, missing) {
        super(`${file}: missing required column(s) ${missing.join(', ')}`);
        this.file = file;
        this.missing = missing;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ INFERGUARD_VERSION)
/* harmony export */ });
/** Analyzer version, written into every report (kept equal to package.json by a test). */
const INFERGUARD_VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ COMMANDS),
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/cli-args.ts + 1 modules
var cli_args = __nccwpck_require__(3835);
// EXTERNAL MODULE: ./src/core/exit-policy.ts
var exit_policy = __nccwpck_require__(6834);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The `inferguard` CLI. Errors are one line on stderr (stack only with --debug or RUNNER_DEBUG=1);
 * exit codes (README "CLI"): 0 ok, 1 findings at/above --fail-on, 2 critical, 3 no report.
 */





const USAGE = `inferguard ${version/* INFERGUARD_VERSION */.Z}

Usage:
  inferguard analyze <results_dir> [--output-dir DIR] [--format json|md|both]
      [--fail-on never|info|warning|critical] [--fail-on-findings CODES] [--strict | --best-effort]
      [--timeline-glob GLOB] [--json] [--config FILE]
      [--gpu-hour-cost N [--currency USD] | --price-table FILE] [--gpus N] [--gate 'PATH OP VALUE']...
      [--baseline <report.json> [--fail-on-regression]]
  inferguard compare --base <report.json|folder> [--base ...] --head <report.json> [--output-dir DIR]
      [--config FILE] [--fail-on LEVEL] [--fail-on-findings CODES] [--fail-on-regression]
  inferguard calibrate <report.json|folder>... [--output FILE]
  inferguard comment --head <report.json> [--compare compare.json] [--suite-key KEY]
  inferguard --version | --help

--fail-on applies to validity findings (the run cannot be trusted as a measurement); behaviour
findings (ttft_cliff, kv_pressure, ...) fail only when listed in --fail-on-findings (codes or
classes, comma-separated, each optionally :critical/:warning/:info); regression findings and a
REGRESSION verdict fail with --fail-on-regression; a blocking gate always fails.

Exit codes: 0 ok; 1 a failing finding (none critical), a blocking gate or a regression under
--fail-on-regression; 2 a failing critical finding; 3 no report could be produced.`;
function num(name, v, { integer = false, min = 0 } = {}) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (typeof v !== 'string' ||
        v.trim() === '' ||
        !Number.isFinite(n) ||
        n <= min ||
        (integer && !Number.isInteger(n))) {
        throw new types/* UsageError */.eb(`--${name} must be ${integer ? 'an integer' : 'a number'} greater than ${min}, got '${String(v)}'`);
    }
    return n;
}
const ANALYZE_FLAGS = {
    'output-dir': { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    'fail-on-regression': { type: 'boolean' },
    'fail-on-findings': { type: 'string' },
    strict: { type: 'boolean' },
    'best-effort': { type: 'boolean' },
    'timeline-glob': { type: 'string' },
    json: { type: 'boolean' },
    config: { type: 'string' },
    baseline: { type: 'string' },
    'gpu-hour-cost': { type: 'string' },
    currency: { type: 'string' },
    'price-table': { type: 'string' },
    gpus: { type: 'string' },
    gate: { type: 'string', multiple: true },
    debug: { type: 'boolean' },
};
/** The analyze flags as pipeline options (every flag checked before any work). */
function analyzeOptions(argv) {
    const { values, positionals } = (0,cli_args/* parseCliArgs */.hT)(argv, ANALYZE_FLAGS, true);
    if (positionals.length !== 1)
        throw new types/* UsageError */.eb('analyze needs exactly one <results_dir>');
    const format = values.format ?? 'both';
    if (!['json', 'md', 'both'].includes(format))
        throw new types/* UsageError */.eb(`--format must be json, md or both, got '${format}'`);
    if (values.strict && values['best-effort'])
        throw new types/* UsageError */.eb('--strict and --best-effort exclude each other');
    if (values['gpu-hour-cost'] !== undefined && values['price-table'] !== undefined) {
        throw new types/* UsageError */.eb('--gpu-hour-cost and --price-table exclude each other');
    }
    const failOn = (0,cli_args/* parseFailOn */.XV)(values['fail-on'], 'critical');
    return {
        resultsDir: positionals[0],
        outputDir: values['output-dir'],
        format: format,
        strict: values.strict === true,
        configFile: values.config,
        baselineFile: values.baseline,
        gpuHourCost: num('gpu-hour-cost', values['gpu-hour-cost']),
        currency: values.currency,
        priceTable: values['price-table'],
        gpus: num('gpus', values.gpus, { integer: true }),
        timelineGlob: values['timeline-glob'],
        gateLines: (values.gate ?? []).join('\n'),
        policy: {
            failOn,
            failOnRegression: values['fail-on-regression'] === true,
            failOnFindings: (0,exit_policy/* parseFailOnFindings */.jK)(values['fail-on-findings'], '--fail-on-findings'),
        },
        json: values.json === true,
    };
}
async function cmdAnalyze(argv) {
    const opts = analyzeOptions(argv);
    const { analyzeResultsDir } = await Promise.all(/* import() */[__nccwpck_require__.e(665), __nccwpck_require__.e(757), __nccwpck_require__.e(887)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4887));
    const result = await analyzeResultsDir(opts);
    const { outcome } = result;
    const code = outcome.decision.exitCode;
    if (opts.json) {
        process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
        return code;
    }
    const s = result.report.run_summary;
    const c = (0,exit_policy/* countFindings */.Gt)(outcome.findings);
    const lines = [
        `inferguard: ${s.total_cells} cells, run ${s.status}; findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
    ];
    if (outcome.gates) {
        const g = outcome.gates.summary;
        lines.push(`gates: ${g.passed} passed, ${g.failed} failed, ${g.not_found} not found, ${g.conflict} conflict, ${g.error} error`);
    }
    if (outcome.diff)
        lines.push(`compare: ${outcome.verdict}`);
    if (result.reportPath)
        lines.push(`report.json: ${rel(result.reportPath)}`);
    if (result.markdownPath)
        lines.push(`report.md:   ${rel(result.markdownPath)}`);
    if (result.comparePath)
        lines.push(`compare.json: ${rel(result.comparePath)}`);
    lines.push(`exit code ${code} (${(0,cli_args/* policyText */.MJ)(opts.policy)})${outcome.decision.reasons.length > 0 ? `: ${outcome.decision.reasons.map((r) => r.brief).join('; ')}` : ''}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return code;
}
function rel(p) {
    const r = p.startsWith(process.cwd()) ? p.slice(process.cwd().length + 1) : p;
    return r || p;
}
/** Subcommands; compare/comment are added by src/cli-compare.ts when present. */
const COMMANDS = {
    analyze: async () => cmdAnalyze,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(665), __nccwpck_require__.e(757), __nccwpck_require__.e(887), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4443))).cmdCompare,
    comment: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(665), __nccwpck_require__.e(757), __nccwpck_require__.e(887), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4443))).cmdComment,
    calibrate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(665), __nccwpck_require__.e(757), __nccwpck_require__.e(77)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4077))).cmdCalibrate,
};
async function runCli(argv) {
    const debug = argv.includes('--debug') || process.env.RUNNER_DEBUG === '1';
    try {
        const [cmd, ...rest] = argv;
        if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return cmd === undefined ? exit_policy/* EXIT_NO_REPORT */.Sy : 0;
        }
        if (cmd === '--version' || cmd === '-v') {
            process.stdout.write(`${version/* INFERGUARD_VERSION */.Z}\n`);
            return 0;
        }
        const load = COMMANDS[cmd];
        if (!load)
            throw new types/* UsageError */.eb(`unknown command '${cmd}' (try: inferguard --help)`);
        const handler = await load();
        return await handler(rest.filter((a) => a !== '--debug'));
    }
    catch (e) {
        const err = e;
        const kind = err.name === 'UsageError' || err.name === 'NoReportError' ? '' : 'internal error: ';
        process.stderr.write(`inferguard: ${kind}${(err.message ?? String(e)).split('\n')[0]}\n`);
        const details = err.details;
        if (Array.isArray(details))
            for (const d of details)
                process.stderr.write(`  ${String(d).split('\n')[0]}\n`);
        if (debug && err.stack)
            process.stderr.write(`${err.stack}\n`);
        return exit_policy/* EXIT_NO_REPORT */.Sy;
    }
}
// Node's on-disk compile cache (Node >= 22.1; a no-op on Node 20): the command's bundle chunks,
// loaded after this line, are compiled once per machine instead of once per run (~60 ms of each
// `analyze`/`compare`/`comment` of a sweep, docs/PERFORMANCE.md). NODE_DISABLE_COMPILE_CACHE=1
// turns it off; a cache that cannot be written is ignored by Node.
external_node_module_namespaceObject.enableCompileCache?.();
runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, () => {
    process.exitCode = exit_policy/* EXIT_NO_REPORT */.Sy;
});

var __webpack_exports__COMMANDS = __webpack_exports__.L;
var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__COMMANDS as COMMANDS, __webpack_exports__runCli as runCli };
