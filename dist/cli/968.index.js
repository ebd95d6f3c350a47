export const id = 968;
export const ids = [968];
export const modules = {

/***/ 8968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportHtml: () => (/* binding */ writeReportHtml)
/* harmony export */ });
/* unused harmony export REPORT_HTML_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2186);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(328);
/**
 * Writes report.html (src/render/html/page.ts) into an output folder, atomically. The renderer
 * and its inlined charting library (~0.5 MB of source) are loaded only here, when a page is
 * written, so no other command pays for parsing them.
 */




const REPORT_HTML_FILE = 'report.html';
/** Renders and writes `<outDir>/report.html`; returns its path. A write failure is a NoReportError. */
async function writeReportHtml(outDir, input) {
    const { renderReportHtml } = await Promise.all(/* import() */[__webpack_require__.e(454), __webpack_require__.e(524), __webpack_require__.e(367)]).then(__webpack_require__.bind(__webpack_require__, 4748));
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, REPORT_HTML_FILE);
    const html = renderReportHtml(input);
    try {
        await (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(file, html);
    }
    catch (e) {
        const code = e.code ?? e.message.split('\n')[0] ?? 'error';
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .NoReportError */ .E(`cannot write report.html to ${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .shownPath */ .p)(file)}: ${code}`);
    }
    return file;
}


/***/ })

};
