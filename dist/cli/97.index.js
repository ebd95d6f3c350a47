export const id = 97;
export const ids = [97];
export const modules = {

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
