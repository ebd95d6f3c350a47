export const id = 554;
export const ids = [554];
export const modules = {

/***/ 6554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigText: () => (/* binding */ parseConfigText)
});

// UNUSED EXPORTS: defaultConfig

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schemas/inferguard-config-v1.schema.json
const inferguard_config_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-config/v1","description":"The --config file of `inferguard analyze` / `inferguard compare` (JSON or YAML). Every key is optional; unknown keys are errors.","type":"object","properties":{"schema_version":{"const":"inferguard-config/v1"},"thresholds":{"type":"object","properties":{"partial_run_min_success":{"type":"number","exclusiveMinimum":0,"maximum":1},"ttft_cliff_ratio":{"type":"number","exclusiveMinimum":1},"ttft_cliff_max_tput_gain":{"type":"number","minimum":0},"tpot_degradation_ratio":{"type":"number","exclusiveMinimum":1},"plateau_max_gain":{"type":"number","minimum":0},"plateau_min_latency_worsening":{"type":"number","minimum":0},"kv_pressure_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_pressure_cpu_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_offload_thrash_min_ttft_worsening":{"type":"number","minimum":0},"kv_offload_thrash_max_tput_gain":{"type":"number","minimum":0},"prefix_cache_gap":{"type":"number","minimum":0,"maximum":1},"prefix_cache_drop":{"type":"number","minimum":0,"maximum":1},"kv_transfer_errors_critical":{"type":"integer","minimum":1},"kv_transfer_stall_min_samples":{"type":"integer","minimum":2},"imbalance_ratio_low":{"type":"number","exclusiveMinimum":0},"imbalance_ratio_high":{"type":"number","exclusiveMinimum":0},"imbalance_min_samples":{"type":"integer","minimum":1},"eval_regression_min_drop":{"type":"number","minimum":0},"max_json_bytes":{"type":"integer","minimum":1},"min_family_points":{"type":"integer","minimum":2},"slo_ttft_p99_s":{"type":["number","null"],"exclusiveMinimum":0},"slo_tpot_p99_s":{"type":["number","null"],"exclusiveMinimum":0}},"additionalProperties":false},"compare":{"description":"Compare settings (noise bands, statistics); see docs/COMPARE.md.","type":"object","properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"False discovery rate for Benjamini-Hochberg across all tests of one compare (default 0.05)."},"min_effect_size":{"type":"number","minimum":0,"description":"Minimum relative shift a significant test must also show (default 0.05)."},"method":{"enum":["mann_whitney","bootstrap"],"description":"Test when per-request samples exist on both sides (default mann_whitney)."},"bootstrap_iterations":{"type":"integer","minimum":100,"maximum":100000,"description":"Resamples per bootstrap test (default 1000)."},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the bootstrap PRNG (default 1)."},"min_samples":{"type":"integer","minimum":2,"description":"Samples per side below which noise bands are used instead of a test (default 20)."},"noise_bands":{"description":"Bands used when only aggregates exist, by kind or by metric name: relative fractions, except success_rate (absolute rate units, 0.01 = 1 point).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0},"success_rate":{"type":"number","minimum":0,"maximum":1}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}},"run_alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"FDR of the run-level tests (one-sided per direction, Benjamini-Hochberg over the effective number of tests; default 0.05)."},"min_base_runs":{"type":"integer","minimum":2,"maximum":30,"description":"Base runs from which a cell is decided by the base runs\' prediction interval (default 3)."},"run_noise_floor":{"description":"With fewer base runs, a change must reach this relative floor to be a verdict; by kind (latency, throughput, cost) or metric name (defaults 0.08).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}}},"additionalProperties":false},"cost":{"description":"Cost inputs, same meaning as the CLI flags.","type":"object","properties":{"gpu_hour_cost":{"type":"number","exclusiveMinimum":0},"currency":{"type":"string","minLength":1},"price_table":{"type":"string","minLength":1},"gpus":{"type":"integer","minimum":1}},"additionalProperties":false},"gates":{"description":"SLO gates, one `<path> <op> <value>` line each; see docs/GATES.md.","type":"array","items":{"type":["string","object"],"if":{"type":"object"},"then":{"required":["gate"],"properties":{"gate":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"name":{"type":"string","minLength":1}},"additionalProperties":false},"else":{"minLength":1}}},"eval_thresholds":{"description":"Pass thresholds per eval task (0-1), e.g. {\\"gsm8k\\": 0.9}.","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}}},"additionalProperties":false}');
// EXTERNAL MODULE: ./src/schemas/validate.ts + 7 modules
var validate = __webpack_require__(7480);
// EXTERNAL MODULE: ./src/core/thresholds.ts
var thresholds = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(6104);
;// CONCATENATED MODULE: ./src/core/config.ts
/**
 * The --config file: parsed (JSON or YAML text in, plain object out), validated against
 * schemas/inferguard-config-v1.schema.json, turned into typed settings. An unknown or ill-typed
 * key is a UsageError naming it.
 */






(0,validate/* registerContract */.g)('inferguard-config/v1', inferguard_config_v1_schema_namespaceObject);
/** Parses config text (`name` is only used in messages; `.json` parses as JSON, else YAML). */
function parseConfigText(text, name) {
    let raw;
    try {
        raw = name.toLowerCase().endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new types/* UsageError */.eb(`config ${name} does not parse: ${e.message.split('\n')[0]}`);
    }
    if (raw === null || raw === undefined)
        raw = {};
    const r = (0,validate/* validateContract */.T7)('inferguard-config/v1', raw);
    if (!r.ok) {
        throw new types/* UsageError */.eb(`config ${name}: ${describeConfigError(r.errors[0] ?? 'invalid')}`);
    }
    const obj = raw;
    return {
        thresholds: { ...thresholds/* DEFAULT_THRESHOLDS */.J, ...(obj.thresholds ?? {}) },
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
        const parent = (m[1] === '(root)' ? '' : (m[1] ?? '').replace(/^\//, '').replace(/\//g, '.'));
        return `unknown key '${parent ? `${parent}.` : ''}${m[2]}'`;
    }
    const t = /^\/(.+?): (.*)$/.exec(err);
    if (t)
        return `key '${(t[1] ?? '').replace(/\//g, '.')}' ${t[2]}`;
    return err;
}


/***/ })

};
