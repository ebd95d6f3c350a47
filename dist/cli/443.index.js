export const id = 443;
export const ids = [443];
export const modules = {

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdComment: () => (/* binding */ cmdComment),
/* harmony export */   cmdCompare: () => (/* binding */ cmdCompare)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3835);
/* harmony import */ var _core_compare_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8414);
/* harmony import */ var _core_exit_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6834);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);
/* harmony import */ var _io_outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2186);
/* harmony import */ var _io_read_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9068);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4461);
/* harmony import */ var _render_comment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9165);
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









function required(values, name, cmd) {
    const v = values[name];
    if (typeof v !== 'string' || v === '')
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${cmd} needs --${name} <file>`);
    return v;
}
async function cmdCompare(argv) {
    const { values } = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCliArgs */ .hT)(argv, {
        base: { type: 'string', multiple: true },
        head: { type: 'string' },
        'output-dir': { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        'fail-on-regression': { type: 'boolean' },
        'fail-on-findings': { type: 'string' },
        'suite-key': { type: 'string' },
    }, false);
    const failOnRegression = values['fail-on-regression'] === true;
    const policy = {
        failOn: (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFailOn */ .XV)(values['fail-on']),
        failOnRegression,
        failOnFindings: (0,_core_exit_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFailOnFindings */ .jK)(values['fail-on-findings'], '--fail-on-findings'),
    };
    const bases = values.base?.filter((b) => b !== '') ?? [];
    if (bases.length === 0)
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('compare needs --base <report.json|folder> (repeatable)');
    const { outcome, comparePath, commentPath, skipped, bases: baseReports, } = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .compareReportFiles */ .N2)({
        basePath: bases,
        headPath: required(values, 'head', 'compare'),
        outputDir: values['output-dir'],
        configFile: values.config,
        suiteKey: values['suite-key'],
        policy,
    });
    const diff = outcome.diff;
    const { writeReportHtml } = await __webpack_require__.e(/* import() */ 968).then(__webpack_require__.bind(__webpack_require__, 8968));
    const htmlPath = await writeReportHtml(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(comparePath), { head: outcome.report, diff, bases: baseReports });
    const code = outcome.decision.exitCode;
    const c = (0,_core_exit_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .countFindings */ .Gt)(outcome.findings);
    const k = diff.counts;
    process.stdout.write([
        `inferguard compare: ${diff.verdict.verdict}; ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged, ${k.new} new, ${k.missing} missing, ${k.incomparable} incomparable, ${k.insufficient_data} insufficient data`,
        `base runs: ${diff.runs?.base_reports ?? 1}${skipped.length > 0 ? ` (skipped: ${skipped.join('; ')})` : ''}`,
        `findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
        `compare.json: ${(0,_io_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shownPath */ .p)(comparePath)}`,
        `comment.md:   ${(0,_io_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shownPath */ .p)(commentPath)}`,
        `report.html:  ${(0,_io_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shownPath */ .p)(htmlPath)}`,
        `exit code ${code} (${(0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .policyText */ .MJ)(policy)})${outcome.decision.reasons.length > 0 ? `: ${outcome.decision.reasons.map((r) => r.brief).join('; ')}` : ''}`,
        ...outcome.decision.reasons.map((r) => `  ${r.rule}: ${r.message}`),
    ].join('\n') + '\n');
    return code;
}
async function cmdComment(argv) {
    const { values } = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCliArgs */ .hT)(argv, {
        head: { type: 'string' },
        compare: { type: 'string' },
        'suite-key': { type: 'string' },
        'output-dir': { type: 'string' },
    }, false);
    const headPath = required(values, 'head', 'comment');
    const head = await (0,_io_read_report_js__WEBPACK_IMPORTED_MODULE_5__.readContractFile)(headPath, 'inferguard-analyze/v1', '--head');
    const comparePath = values.compare;
    const diff = comparePath
        ? await (0,_io_read_report_js__WEBPACK_IMPORTED_MODULE_5__.readContractFile)(comparePath, _core_compare_types_js__WEBPACK_IMPORTED_MODULE_8__/* .REPORT_DIFF_SCHEMA_VERSION */ .ET, '--compare')
        : null;
    const md = (0,_render_comment_js__WEBPACK_IMPORTED_MODULE_7__/* .renderComment */ .wQ)({ head, diff, suiteKey: values['suite-key'] ?? 'default' });
    const outDir = values['output-dir'] ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(headPath);
    const docs = { report: head, markdown: '', diff, comment: md };
    await (0,_io_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOutputs */ .K)(outDir, docs, { report: 'none', compare: false, comment: true });
    process.stdout.write(md);
    return 0;
}


/***/ })

};
