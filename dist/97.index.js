export const id = 97;
export const ids = [97];
export const modules = {

/***/ 30097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBaseReports: () => (/* binding */ readBaseReports)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95482);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2186);
/* harmony import */ var _read_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53665);
/* harmony import */ var _slim_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25394);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
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
    const thin = (r) => (opts.slim ? (0,_slim_report_js__WEBPACK_IMPORTED_MODULE_5__/* .slimReport */ .KX)(r, strings) : r);
    for (const p of paths) {
        if (!isDir(p)) {
            const r = await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .readContractFile */ .J)(p, 'inferguard-analyze/v1', '--base');
            reports.push(reports.length === 0 ? r : thin(r));
            continue;
        }
        const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(p)
            .filter((f) => f.toLowerCase().endsWith('.json'))
            .sort();
        // This folder holds the preferred run when nothing was read before it: its newest report.
        const holdsFirst = reports.length === 0;
        const found = [];
        let best = null;
        for (const f of files) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, f);
            let report;
            try {
                report = await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .readContractFile */ .J)(file, 'inferguard-analyze/v1', '--base');
            }
            catch (e) {
                skipped.push(`${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .p)(file)}: ${e.message.replace(/^--base \S+ /, '')}`);
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
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .NoReportError */ .E(`--base ${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .p)(p)} holds no inferguard-analyze/v1 report`);
        found.sort(newestFirst);
        reports.push(...found.map((x) => x.report));
    }
    return { reports, skipped };
}


/***/ })

};
