export const id = 489;
export const ids = [489];
export const modules = {

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


/***/ })

};
