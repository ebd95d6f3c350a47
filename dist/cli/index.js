#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hT: () => (/* binding */ parseCliArgs),
  XV: () => (/* binding */ parseFailOn),
  WO: () => (/* binding */ parseGivenFlags),
  MJ: () => (/* binding */ policyText)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/core/exit-policy.ts
var exit_policy = __nccwpck_require__(6834);
// EXTERNAL MODULE: ./src/core/cells/given.ts
var given = __nccwpck_require__(4844);
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
/** `--hardware NAME`, `--label k=v` (repeatable) and `--runner NAME` as analyze options; a bad one is a one-line UsageError. */
function parseGivenFlags(hardware, label, runner) {
    const name = (flag, v) => {
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string' || v.trim() === '' || /[\r\n]/.test(v))
            throw new types/* UsageError */.eb(`${flag} must be a non-empty name, got '${String(v)}'`);
        return v.trim();
    };
    const hw = name('--hardware', hardware);
    const node = name('--runner', runner);
    const labels = (0,given/* parseLabels */.Xy)(Array.isArray(label) ? label : [], '--label');
    return {
        ...(hw !== undefined ? { hardware: hw } : {}),
        ...(labels ? { labels } : {}),
        ...(node !== undefined ? { runner: node } : {}),
    };
}


/***/ }),

/***/ 4844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ checkGivenFacts),
/* harmony export */   Xe: () => (/* binding */ applyGivenFacts),
/* harmony export */   Xy: () => (/* binding */ parseLabels)
/* harmony export */ });
/* unused harmony exports parseLabelPair, labelText */
/* harmony import */ var _cost_cost_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3804);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1896);
/* harmony import */ var _sort_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1936);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3054);
/**
 * What the files don't say, told by the user: `--hardware`, `--gpus`, `--label k=v`, `--runner`
 * (CLI flags, config `run` section, action inputs `hardware`, `gpus`, `labels`, `runner`). Applied
 * to every fragment that lacks the field, never over what a file states:
 *
 * - `hardware` fills `identity.hardware` (normalised as the adapters normalise it);
 * - `gpus` fills `topology.gpus` when the topology names no GPU count at all (no `gpus`, no
 *   prefill/decode GPUs or workers × tp, no tp), so per-GPU throughput (derived.ts) and cost work
 *   for plain vLLM/SGLang results;
 * - `labels` fill `topology.labels` (`k=v,k=v`, keys sorted), a topology key field: a label is
 *   identity, so two analyses told apart only by a label (`--label cluster=a` / `cluster=b`) never
 *   merge into one cell, and compare matches only cells with the same labels. A key the file
 *   already states (an `inferguard-results/v1` row's `labels`, kept in `config_label`) is left as
 *   the file says;
 * - `runner` fills the cell's `environment.runner` where the file names neither a runner nor a
 *   host: where it ran, never its identity. compare then knows which runs share one node, and
 *   allows no jump between them (docs/COMPARE.md "Jumps").
 *
 * What was filled is recorded on the fragment (`extras.given`, the cell's `given`), so a reader of
 * report.json sees which values came from the user, not from the files. Pure, in place.
 */




/** A label key: letters, digits and `_ . - /`; a value: any text without `,`, `=` or a line break. */
const LABEL_KEY = /^[A-Za-z0-9_./-]+$/;
const LABEL_VALUE = /^[^,=\r\n]+$/;
/** One `k=v` (a flag, an input line) → [k, v]; `what` names the source in the UsageError. */
function parseLabelPair(text, what) {
    const eq = text.indexOf('=');
    const key = eq < 0 ? '' : text.slice(0, eq).trim();
    const value = eq < 0 ? '' : text.slice(eq + 1).trim();
    if (!LABEL_KEY.test(key) || !LABEL_VALUE.test(value)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} must be key=value (key of letters, digits, _ . - /; value without , = or line breaks), got '${text}'`);
    }
    return [key, value];
}
/** Several `k=v` → one object; one key given twice with two values is a UsageError. */
function parseLabels(pairs, what) {
    const out = {};
    for (const p of pairs) {
        const [k, v] = parseLabelPair(p, what);
        if (out[k] !== undefined && out[k] !== v)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} gives '${k}' twice ('${out[k]}', '${v}')`);
        out[k] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** Checks given facts (from the config, where the schema already typed them) the way the flags are checked. */
function checkGivenFacts(g, what) {
    if (g.hardware !== undefined && (g.hardware.trim() === '' || /[\r\n]/.test(g.hardware)))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} hardware must be a non-empty name on one line, got '${g.hardware}'`);
    if (g.gpus !== undefined && (!Number.isInteger(g.gpus) || g.gpus < 1))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} gpus must be a positive integer, got '${g.gpus}'`);
    if (g.labels !== undefined)
        for (const [k, v] of Object.entries(g.labels))
            parseLabelPair(`${k}=${v}`, `${what} label`);
    if (g.runner !== undefined && (g.runner.trim() === '' || /[\r\n]/.test(g.runner)))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} runner must be a non-empty name on one line, got '${g.runner}'`);
    return g;
}
/** `k=v,k=v` (keys sorted) of a label object. */
function labelText(labels) {
    return Object.keys(labels)
        .sort()
        .map((k) => `${k}=${labels[k]}`)
        .join(',');
}
/** The `k=v` pairs a topology string states (`labels`, or a `config_label` written as pairs); {} otherwise. */
function statedPairs(v) {
    if (typeof v !== 'string' || v === '')
        return {};
    const parts = v.split(',');
    if (!parts.every((p) => p.includes('=')))
        return {};
    return Object.fromEntries(parts.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
}
/** Fills what each fragment lacks from `given`; records what was filled in `extras.given`. */
function applyGivenFacts(fragments, given) {
    if (!given)
        return;
    const hardware = given.hardware !== undefined ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeHardware */ .eG)(given.hardware) : null;
    for (const f of fragments) {
        const filled = {};
        if (hardware !== null && (f.identity.hardware === null || f.identity.hardware === undefined)) {
            f.identity = { ...f.identity, hardware };
            filled.hardware = hardware;
        }
        const topology = { ...f.topology };
        if (given.gpus !== undefined && (0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .gpusFromTopology */ .Hi)({ topology }).gpus === null) {
            topology.gpus = given.gpus;
            filled.gpus = given.gpus;
        }
        if (given.labels) {
            const own = statedPairs(topology.labels);
            const stated = { ...statedPairs(topology.config_label), ...own };
            const added = Object.fromEntries(Object.entries(given.labels).filter(([k]) => stated[k] === undefined));
            if (Object.keys(added).length > 0) {
                topology.labels = labelText({ ...own, ...added });
                filled.labels = (0,_sort_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .sortKeys */ .d)(added);
            }
        }
        const env = f.extras?.environment;
        const where = env !== null && typeof env === 'object' ? env : {};
        const named = (k) => typeof where[k] === 'string' && where[k] !== '';
        const environment = given.runner !== undefined && !named('runner') && !named('host')
            ? (0,_sort_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .sortKeys */ .d)({ ...where, runner: given.runner.trim() })
            : null;
        if (environment)
            filled.runner = given.runner?.trim();
        if (Object.keys(filled).length === 0)
            continue;
        f.topology = (0,_sort_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .sortKeys */ .d)(topology);
        f.extras = (0,_sort_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .sortKeys */ .d)({
            ...(f.extras ?? {}),
            ...(environment ? { environment } : {}),
            given: (0,_sort_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .sortKeys */ .d)(filled),
        });
    }
}


/***/ }),

/***/ 3804:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ gpusFromTopology),
/* harmony export */   We: () => (/* binding */ computeCosts)
/* harmony export */ });
/* unused harmony exports absoluteTokensPerSec, hasPerformanceData */
/* harmony import */ var _curve_curve_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6372);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1896);
/* harmony import */ var _price_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5237);
/**
 * The inferguard-cost/v1 block, per cell and for the run (docs/ARCHITECTURE.md "Cost").
 * Pure: cells and cost inputs in, blocks and findings out.
 *
 * - Price per GPU-hour: `--gpu-hour-cost` for every cell, or the price table's rate for the cell's
 *   hardware. A hardware with no price gets a `metrics_unavailable` warning and null costs, never 0.
 * - GPUs: topology `gpus`, else `num_prefill_gpu + num_decode_gpu`, else prefill/decode workers ×
 *   tp, else tp × pp (× dp when given), else `--gpus` (which fills, never overrides, what the files
 *   state: src/core/cells/given.ts).
 * - gpu_hours = duration_seconds × gpus / 3600; compute_cost = gpu_hours × price.
 * - Per completed unit: compute_cost / completed sessions (when sessions are known) and / completed
 *   requests; `completion_basis` is session-based when sessions are known.
 * - Per million tokens: compute_cost / (tokens / 1e6) when the run's duration and token totals are
 *   known; else from throughput: price × GPUs / 3600 / (absolute tok/s) × 1e6, where absolute
 *   output tok/s is `output_tput_tps`, else `output_tput_per_gpu` × decode GPUs in multi-node
 *   (× all GPUs when there are no decode GPUs) or × GPUs single-node.
 * - Run level: sums of GPU-hours, compute cost and completed units over the cells, and per-unit
 *   costs from those sums (over the cells where both are known), never an average of ratios.
 */



function topoInt(cell, key) {
    const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .toInt */ .RI)(cell.topology[key]);
    return v !== null && v >= 0 ? v : null;
}
/** GPUs serving a cell, from its topology (override not applied). */
function gpusFromTopology(cell) {
    const g = topoInt(cell, 'gpus');
    if (g !== null && g > 0)
        return { gpus: g, source: 'topology.gpus' };
    const p = topoInt(cell, 'num_prefill_gpu');
    const d = topoInt(cell, 'num_decode_gpu');
    if (p !== null && d !== null && p + d > 0)
        return { gpus: p + d, source: 'num_prefill_gpu + num_decode_gpu' };
    const pw = topoInt(cell, 'prefill_num_workers');
    const ptp = topoInt(cell, 'prefill_tp');
    const dw = topoInt(cell, 'decode_num_workers');
    const dtp = topoInt(cell, 'decode_tp');
    if (pw !== null && ptp !== null && dw !== null && dtp !== null && pw * ptp + dw * dtp > 0) {
        return { gpus: pw * ptp + dw * dtp, source: 'prefill/decode workers × tp' };
    }
    const tp = topoInt(cell, 'tp');
    if (tp !== null && tp > 0) {
        const pp = topoInt(cell, 'pp') ?? 1;
        const dp = topoInt(cell, 'dp') ?? 1;
        return { gpus: tp * Math.max(pp, 1) * Math.max(dp, 1), source: 'tp × pp × dp' };
    }
    return { gpus: null, source: null };
}
function isMultinode(cell) {
    return cell.is_multinode === true || topoInt(cell, 'num_decode_gpu') !== null;
}
/**
 * Absolute tokens/s of a cell by direction. `gpus` is the measured GPU count (topology, not the
 * price override): per-GPU throughput is per GPU of the measured setup.
 */
function absoluteTokensPerSec(cell, dir, gpus) {
    const abs = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(cell, `${dir}_tput_tps`);
    if (abs !== null)
        return abs;
    const perGpu = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(cell, dir === 'total' ? 'tput_per_gpu' : `${dir}_tput_per_gpu`);
    if (perGpu === null)
        return null;
    if (dir !== 'total' && isMultinode(cell)) {
        const pool = topoInt(cell, dir === 'output' ? 'num_decode_gpu' : 'num_prefill_gpu');
        if (pool !== null && pool > 0)
            return perGpu * pool;
    }
    return gpus === null ? null : perGpu * gpus;
}
/** Whether a cell measured serving performance at all (eval-only and timeline-only cells have no cost). */
function hasPerformanceData(cell) {
    return Object.keys(cell.metrics).some((k) => !k.startsWith('eval_') && cell.metrics[k] !== null);
}
function div(a, b) {
    return a === null || b === null || b <= 0 ? null : a / b;
}
function intOrNull(v) {
    return v !== null && Number.isInteger(v) && v >= 0 ? v : null;
}
function priceOf(cell, inputs) {
    if (inputs.gpuHourCost !== undefined && inputs.gpuHourCost !== null)
        return { rate: inputs.gpuHourCost, source: '--gpu-hour-cost', sku: null };
    if (inputs.priceTable) {
        const hit = (0,_price_table_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupPrice */ .QZ)(inputs.priceTable, cell.hardware);
        return hit
            ? { rate: hit.rate, source: `${inputs.priceTable.source}:${hit.key}`, sku: hit.sku }
            : { rate: null, source: inputs.priceTable.source, sku: null };
    }
    return { rate: null, source: 'none', sku: null };
}
/**
 * Warnings for what a cell's cost lacks: no price for its hardware in the price table, no GPU
 * count, neither a duration nor a throughput.
 */
function missingCostInputs(cell, inputs, known) {
    const findings = [];
    if (!known.priceKnown && inputs.priceTable) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `The price table ${inputs.priceTable.source} has no price for hardware '${cell.hardware ?? 'unknown'}' of cell ${cell.cell_id}, so its cost is unknown.`,
            cell_id: cell.cell_id,
            evidence: {
                kind: 'cost_price_missing',
                hardware: cell.hardware,
                price_table: inputs.priceTable.source,
                priced_skus: Object.keys(inputs.priceTable.rates),
            },
        });
    }
    if (!known.gpusKnown) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `Cell ${cell.cell_id} has no GPU count in its topology and --gpus was not given, so its cost is unknown.`,
            cell_id: cell.cell_id,
            evidence: { kind: 'cost_gpus_unknown', topology_keys: Object.keys(cell.topology).sort() },
        });
    }
    if (!known.timeKnown) {
        findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `Cell ${cell.cell_id} has neither a measured duration nor a throughput, so cost per unit cannot be computed.`,
            cell_id: cell.cell_id,
            evidence: {
                kind: 'cost_inputs_missing',
                needs: ['duration_seconds', 'output_tput_tps', 'output_tput_per_gpu', 'tput_per_gpu'],
            },
        });
    }
    return findings;
}
function costDetail(cell, inputs) {
    const topo = gpusFromTopology(cell);
    const given = inputs.gpus ?? null;
    const gpus = topo.gpus ?? given;
    const measuredGpus = gpus;
    // The count came from --gpus when the topology had none, or when --gpus filled it (cell.given).
    const fromFlag = (topo.gpus === null && given !== null) || cell.given?.gpus !== undefined;
    const price = priceOf(cell, inputs);
    const duration = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(cell, 'duration_seconds');
    const inputTokens = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(cell, 'total_input_tokens');
    const outputTokens = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(cell, 'total_output_tokens');
    const absIn = absoluteTokensPerSec(cell, 'input', measuredGpus);
    const absOut = absoluteTokensPerSec(cell, 'output', measuredGpus);
    const absTotal = absoluteTokensPerSec(cell, 'total', measuredGpus);
    const findings = missingCostInputs(cell, inputs, {
        priceKnown: price.rate !== null,
        gpusKnown: gpus !== null,
        timeKnown: duration !== null || absOut !== null || absIn !== null || absTotal !== null,
    });
    const gpuHours = duration !== null && gpus !== null ? (duration * gpus) / 3600 : null;
    const computeCost = gpuHours !== null && price.rate !== null ? gpuHours * price.rate : null;
    const costPerSecond = price.rate !== null && gpus !== null ? (price.rate * gpus) / 3600 : null;
    const sessions = intOrNull((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .toNumber */ .Ro)(cell.completion.sessions_completed));
    const requests = intOrNull((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .toNumber */ .Ro)(cell.completion.num_requests_successful));
    const fromTokens = computeCost !== null;
    const perM = (tokens, abs) => {
        if (fromTokens)
            return div(computeCost, tokens === null ? null : tokens / 1e6);
        const perTok = div(costPerSecond, abs);
        return perTok === null ? null : perTok * 1e6;
    };
    const perMIn = perM(inputTokens, absIn);
    const perMOut = perM(outputTokens, absOut);
    const perMTotal = perM(inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null, absTotal);
    const block = {
        schema_version: 'inferguard-cost/v1',
        currency: inputs.currency,
        duration_seconds: duration,
        gpus,
        gpu_hours: gpuHours,
        gpu_hour_cost: price.rate,
        compute_cost: computeCost,
        completed_sessions: sessions,
        completed_requests: requests,
        completion_basis: sessions !== null ? 'session-based' : 'request-based',
        cost_per_completed_session: sessions !== null ? div(computeCost, sessions) : null,
        cost_per_completed_request: div(computeCost, requests),
        cost_per_million_input_tokens: perMIn,
        cost_per_million_output_tokens: perMOut,
        cost_per_million_total_tokens: perMTotal,
        per_token_basis: perMIn !== null || perMOut !== null || perMTotal !== null
            ? fromTokens
                ? 'duration and token totals'
                : 'throughput'
            : null,
        gpus_source: fromFlag ? '--gpus' : topo.source,
        price_source: price.source,
        hardware_sku: price.sku,
    };
    return { detail: { cell, block, costPerSecond, absIn, absOut, inputTokens, outputTokens }, findings };
}
function sum(values) {
    const known = values.filter((v) => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}
/** Cost blocks of every cell with performance data, the run-level block, and the findings. */
function computeCosts(cells, inputs) {
    const details = [];
    const findings = [];
    const out = new Map();
    for (const c of [...cells].sort((a, b) => (a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0))) {
        if (!hasPerformanceData(c))
            continue;
        const { detail, findings: f } = costDetail(c, inputs);
        details.push(detail);
        findings.push(...f);
        out.set(c.cell_id, detail.block);
    }
    return { cells: out, run: details.length === 0 ? null : runBlock(details, inputs), findings };
}
function runBlock(details, inputs) {
    const costed = details.filter((d) => d.block.compute_cost !== null);
    const computeCost = sum(costed.map((d) => d.block.compute_cost));
    const ratio = (pick, scale = 1) => {
        const both = costed.filter((d) => pick(d) !== null);
        const c = sum(both.map((d) => d.block.compute_cost));
        const u = sum(both.map(pick));
        return div(c, u === null ? null : u / scale);
    };
    const sessionCells = costed.filter((d) => d.block.completed_sessions !== null);
    // Tokens: from totals where durations exist; otherwise per-second price over per-second tokens.
    const tokenRatio = (tokens, abs) => {
        const fromTotals = ratio(tokens, 1e6);
        if (fromTotals !== null)
            return [fromTotals, 'sums of compute cost and token totals'];
        const rated = details.filter((d) => d.costPerSecond !== null && abs(d) !== null);
        const perTok = div(sum(rated.map((d) => d.costPerSecond)), sum(rated.map(abs)));
        return perTok === null ? [null, null] : [perTok * 1e6, 'sums of price per second and tokens per second'];
    };
    const [perMIn, basisIn] = tokenRatio((d) => d.inputTokens, (d) => d.absIn);
    const [perMOut, basisOut] = tokenRatio((d) => d.outputTokens, (d) => d.absOut);
    const gpusSet = new Set(details.map((d) => d.block.gpus));
    const rates = new Set(details.map((d) => d.block.gpu_hour_cost).filter((r) => r !== null));
    const allSessions = costed.length > 0 && sessionCells.length === costed.length;
    return {
        schema_version: 'inferguard-cost/v1',
        currency: inputs.currency,
        duration_seconds: sum(costed.map((d) => d.block.duration_seconds)),
        gpus: gpusSet.size === 1 ? ([...gpusSet][0] ?? null) : null,
        gpu_hours: sum(details.map((d) => d.block.gpu_hours)),
        gpu_hour_cost: rates.size === 1 ? ([...rates][0] ?? null) : null,
        compute_cost: computeCost,
        completed_sessions: sum(details.map((d) => d.block.completed_sessions)),
        completed_requests: sum(details.map((d) => d.block.completed_requests)),
        completion_basis: allSessions ? 'session-based' : 'request-based',
        cost_per_completed_session: ratio((d) => d.block.completed_sessions),
        cost_per_completed_request: ratio((d) => d.block.completed_requests),
        cost_per_million_input_tokens: perMIn,
        cost_per_million_output_tokens: perMOut,
        per_token_basis: basisOut ?? basisIn,
        cells: details.length,
        cells_with_compute_cost: costed.length,
    };
}


/***/ }),

/***/ 5237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ lookupPrice),
/* harmony export */   W6: () => (/* binding */ parsePriceTableText)
/* harmony export */ });
/* unused harmony exports KNOWN_SKUS, normalizeSkuText, skuOf, parsePriceTable */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1896);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3054);
/**
 * `--price-table FILE`: hardware → price per GPU-hour (the InferGuard cost-input
 * shapes). A JSON object with optional `currency` (default USD), optional `note`/`source_note`,
 * and rates keyed by SKU in `rates_usd_per_gpu_hour`, `rates`, `skus`, or at the top level
 * (`{"H200": 4.0}`). A rate is a number or `{usd_per_gpu_hour | usd_per_hour | per_gpu_hour_usd}`.
 *
 * Keys are case-insensitive: a key (and a cell's hardware) is upper-cased, `-` and spaces become
 * `_`, and the first of GB300, GB200, B300, B200, H200, H100 found in it is its SKU (so
 * `h200-dgxc`, `H200_SXM` and `cluster:h200` all price as H200; MI300X, MI325X, MI350X, MI355X
 * likewise, so `mi355x-amds` prices as MI355X). Keys naming none of these (RTX6000…) match a
 * hardware with the same normalised name. Pure: text in,
 * table out; an input with no usable rate is a UsageError.
 */


/**
 * Checked in this order: GB300 before B300, GB200 before B200 (substring matches). AMD pools
 * (`mi355x-amds`, `mi300x-amd`) price as their SKU like NVIDIA labels do.
 */
const KNOWN_SKUS = [
    'GB300',
    'GB200',
    'B300',
    'B200',
    'H200',
    'H100',
    'MI355X',
    'MI350X',
    'MI325X',
    'MI300X',
];
const RATE_CONTAINERS = ['rates_usd_per_gpu_hour', 'rates', 'skus'];
const META_KEYS = new Set(['currency', 'note', 'source_note', 'schema_version', ...RATE_CONTAINERS]);
const RATE_FIELDS = ['usd_per_gpu_hour', 'usd_per_hour', 'per_gpu_hour_usd'];
/** Upper-cases, turns `-` and spaces into `_`. */
function normalizeSkuText(s) {
    return s
        .trim()
        .toUpperCase()
        .replace(/[-\s]+/g, '_');
}
/** The SKU a hardware name or table key stands for: a known SKU found in it, else its normalised text. */
function skuOf(name) {
    const n = normalizeSkuText(name);
    for (const k of KNOWN_SKUS)
        if (n.includes(k))
            return k;
    return n;
}
function rateOf(v) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v)) {
        for (const f of RATE_FIELDS) {
            const n = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v[f]);
            if (n !== null)
                return n;
        }
        return null;
    }
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v);
}
/**
 * Parses a price table object. `name` is used in messages. Throws UsageError when the value is
 * not an object, a rate is not a positive number, two keys give one SKU different prices, or no
 * usable rate is present.
 */
function parsePriceTable(value, name) {
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name} must be a JSON object mapping hardware to a price per GPU-hour`);
    const entries = [];
    for (const c of RATE_CONTAINERS) {
        const box = value[c];
        if (box === undefined)
            continue;
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(box))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: '${c}' must be an object of hardware → price per GPU-hour`);
        for (const k of Object.keys(box).sort())
            entries.push([k, box[k]]);
    }
    for (const k of Object.keys(value).sort()) {
        if (META_KEYS.has(k))
            continue;
        entries.push([k, value[k]]);
    }
    const rates = {};
    const keys = {};
    for (const [k, v] of entries) {
        const rate = rateOf(v);
        if (rate === null || rate <= 0) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: the price of '${k}' must be a positive number (or {"usd_per_gpu_hour": N}), got ${JSON.stringify(v)}`);
        }
        const sku = skuOf(k);
        if (sku === '')
            continue;
        const prev = rates[sku];
        if (prev !== undefined && prev !== rate) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: '${keys[sku]}' and '${k}' both price ${sku}, at ${prev} and ${rate}`);
        }
        rates[sku] = rate;
        keys[sku] ??= k;
    }
    if (Object.keys(rates).length === 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name} has no usable rate (expected e.g. {"H200": 4.0} or {"rates_usd_per_gpu_hour": {"H200": 4.0}})`);
    }
    const currency = value.currency === undefined ? 'USD' : value.currency;
    if (typeof currency !== 'string' || currency.trim() === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name}: 'currency' must be a non-empty string, got ${JSON.stringify(currency)}`);
    }
    const note = typeof value.note === 'string' ? value.note : typeof value.source_note === 'string' ? value.source_note : null;
    const sortedRates = {};
    const sortedKeys = {};
    for (const k of Object.keys(rates).sort()) {
        sortedRates[k] = rates[k];
        sortedKeys[k] = keys[k];
    }
    return { currency: currency.trim(), rates: sortedRates, keys: sortedKeys, note, source: name };
}
/** Parses price table text (JSON). A syntax error is a UsageError naming the file. */
function parsePriceTableText(text, name) {
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`price table ${name} is not valid JSON (${e.message.split('\n')[0]})`);
    }
    return parsePriceTable(value, name);
}
/** Price per GPU-hour of a hardware name, with the SKU it matched; null when the table has none. */
function lookupPrice(table, hardware) {
    if (hardware === null || hardware.trim() === '')
        return null;
    const sku = skuOf(hardware);
    const rate = table.rates[sku];
    if (rate === undefined)
        return null;
    return { rate, sku, key: table.keys[sku] };
}


/***/ }),

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ plateauMinPoints),
/* harmony export */   Bk: () => (/* binding */ detectPlateaus),
/* harmony export */   Ci: () => (/* binding */ steps),
/* harmony export */   Gz: () => (/* binding */ below),
/* harmony export */   Hr: () => (/* binding */ worsening),
/* harmony export */   IT: () => (/* binding */ cliffMinPoints),
/* harmony export */   Pe: () => (/* binding */ detectTpotDegradation),
/* harmony export */   SV: () => (/* binding */ usablePoints),
/* harmony export */   Su: () => (/* binding */ sloCompliant),
/* harmony export */   UZ: () => (/* binding */ cellFiles),
/* harmony export */   Y0: () => (/* binding */ buildCrossRun),
/* harmony export */   ZE: () => (/* binding */ throughputStep),
/* harmony export */   _v: () => (/* binding */ concLabel),
/* harmony export */   ak: () => (/* binding */ metricOf),
/* harmony export */   cc: () => (/* binding */ stepEvidence),
/* harmony export */   hq: () => (/* binding */ TPUT_OUTPUT_FIRST),
/* harmony export */   hr: () => (/* binding */ detectTtftCliffs),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   r: () => (/* binding */ r),
/* harmony export */   rt: () => (/* binding */ CURVE_CODES)
/* harmony export */ });
/* unused harmony exports THRESHOLD_EPS, hasCurveMetric, TPUT_TOTAL_FIRST, TPUT_PER_GPU_FIRST, stepKind, midConcurrency, nextMeasurements */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1896);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7101);


/** A finite number metric of a cell, else null. */
function metricOf(cell, key) {
    const v = cell.metrics[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Every file path a cell names in its artifacts (sorted, unique). */
function cellFiles(cell) {
    const out = new Set();
    for (const v of Object.values(cell.artifacts)) {
        if (typeof v === 'string')
            out.add(v);
        else if (Array.isArray(v))
            for (const p of v)
                if (typeof p === 'string')
                    out.add(p);
    }
    return [...out].sort();
}
/** Rounded for evidence, so float noise never changes report bytes. */
function r(n) {
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(n);
}
/**
 * Threshold comparisons tolerate float noise (1e-9), so a value that is exactly at a threshold in
 * decimal (0.9 − 0.8 vs 0.10, 1.2 / 1.0 − 1 vs 0.20) compares as equal.
 */
const THRESHOLD_EPS = 1e-9;
/** `value ≥ threshold`, tolerant of float noise. */
function atLeast(value, threshold) {
    return value >= threshold - THRESHOLD_EPS;
}
/** `value < threshold`, tolerant of float noise (a value equal to it in decimal is not below). */
function below(value, threshold) {
    return value < threshold - THRESHOLD_EPS;
}
/** Cells of a family that measured something: not `failed` (zero successful requests). */
function usablePoints(family) {
    return family.cells.filter((c) => c.completion.status !== 'failed' && c.concurrency !== null);
}
/** Whether a cell has a point on a latency/throughput curve (eval-only cells have none). */
function hasCurveMetric(c) {
    return ((0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'ttft') !== null ||
        (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'tpot') !== null ||
        ['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'].some((k) => metricOf(c, k) !== null));
}
/** Points a TTFT cliff needs: one step, or more when `min_family_points` asks for it. */
function cliffMinPoints(t) {
    return Math.max(2, t.min_family_points);
}
/** Points a plateau needs: two consecutive steps (three points), or more when configured. */
function plateauMinPoints(t) {
    return Math.max(3, t.min_family_points);
}
/** Throughput metric preference orders (first metric present on both points of a step wins). */
const TPUT_TOTAL_FIRST = ['total_tput_tps', 'tput_per_gpu', 'output_tput_tps'];
const TPUT_PER_GPU_FIRST = ['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'];
const TPUT_OUTPUT_FIRST = ['output_tput_tps', 'output_tput_per_gpu', 'total_tput_tps', 'tput_per_gpu'];
/** Throughput change of a step on the first metric of `order` present (and > 0 at `lo`) on both cells. */
function throughputStep(lo, hi, order) {
    for (const m of order) {
        const a = metricOf(lo, m);
        const b = metricOf(hi, m);
        if (a !== null && b !== null && a > 0)
            return { metric: m, from: a, to: b, gain: (b - a) / a };
    }
    return null;
}
/** Relative worsening of a lower-is-better metric over a step ((to − from) / from), null when absent. */
function worsening(lo, hi, key) {
    const a = metricOf(lo, key);
    const b = metricOf(hi, key);
    if (a === null || b === null || a <= 0)
        return null;
    return { from: a, to: b, change: (b - a) / a };
}
/** Consecutive pairs of points with increasing concurrency. */
function steps(points) {
    const out = [];
    for (let i = 1; i < points.length; i++) {
        const lo = points[i - 1];
        const hi = points[i];
        if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0))
            out.push([lo, hi]);
    }
    return out;
}
/**
 * TTFT cliffs of a family: steps where tail TTFT (p99, else p95, else p90, the same statistic on
 * both ends) grows ≥ `ttft_cliff_ratio` while throughput (total first) grows <
 * `ttft_cliff_max_tput_gain` (a throughput decline counts); critical at ≥ 2× the ratio. One step
 * (two usable points with tail TTFT) is enough; a step without throughput on both ends is not
 * judged (a TTFT jump that bought throughput is load, not a cliff).
 */
function detectTtftCliffs(family, t) {
    const points = usablePoints(family).filter((c) => (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'ttft') !== null);
    if (points.length < cliffMinPoints(t))
        return [];
    const out = [];
    for (const [lo, hi] of steps(points)) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .commonTail */ .en)(lo, hi, 'ttft');
        if (tail === null || tail.from <= 0)
            continue;
        const ratio = tail.to / tail.from;
        const tput = throughputStep(lo, hi, TPUT_TOTAL_FIRST);
        if (tput === null)
            continue;
        if (atLeast(ratio, t.ttft_cliff_ratio) && below(tput.gain, t.ttft_cliff_max_tput_gain)) {
            out.push({
                lo,
                hi,
                stat: tail.stat,
                ttftFromS: tail.from,
                ttftToS: tail.to,
                ratio,
                tput,
                severity: atLeast(ratio, 2 * t.ttft_cliff_ratio) ? 'critical' : 'warning',
            });
        }
    }
    return out;
}
/** Kind of a throughput step for the plateau rule: |gain| < max is flat, a fall by max or more a decline. */
function stepKind(gain, t) {
    if (below(Math.abs(gain), t.plateau_max_gain))
        return 'flat';
    return gain < 0 ? 'decline' : 'growth';
}
/** A flat step of a plateau: |throughput gain| < max while tail TTFT or TPOT worsens ≥ the minimum. */
function flatStep(lo, hi, t) {
    const tput = throughputStep(lo, hi, TPUT_PER_GPU_FIRST);
    if (tput === null || stepKind(tput.gain, t) !== 'flat')
        return null;
    let best = null;
    for (const base of ['ttft', 'tpot']) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .commonTail */ .en)(lo, hi, base);
        if (tail === null || tail.from <= 0)
            continue;
        const change = (tail.to - tail.from) / tail.from;
        if (!atLeast(change, t.plateau_min_latency_worsening))
            continue;
        if (best === null || change > best.latencyWorsening) {
            best = {
                lo,
                hi,
                tput,
                latencyMetric: tail.key,
                latencyStat: tail.stat,
                latencyFromS: tail.from,
                latencyToS: tail.to,
                latencyWorsening: change,
            };
        }
    }
    return best;
}
/**
 * Throughput plateaus of a family: runs of at least 2 consecutive concurrency
 * steps (3 points) where throughput (per GPU first) changes by less than `plateau_max_gain` in
 * either direction while tail TTFT or tail TPOT worsens ≥ `plateau_min_latency_worsening`. A step
 * where throughput falls by `plateau_max_gain` or more is a decline and ends a run: a decline is
 * never a plateau. A single flat step is not a plateau either.
 */
function detectPlateaus(family, t) {
    const points = usablePoints(family).filter((c) => TPUT_PER_GPU_FIRST.some((m) => metricOf(c, m) !== null));
    if (points.length < plateauMinPoints(t))
        return [];
    const out = [];
    let run = [];
    const flush = () => {
        if (run.length >= 2)
            out.push({ steps: run, severity: 'warning' });
        run = [];
    };
    for (const [lo, hi] of steps(points)) {
        const f = flatStep(lo, hi, t);
        if (f === null)
            flush();
        else
            run.push(f);
    }
    flush();
    return out;
}
/**
 * TPOT degradation along a family: tail TPOT (p99, else p95, else p90, the same statistic on both
 * ends) grows ≥ `tpot_degradation_ratio` vs the previous point with tail TPOT. A pairwise rule
 * (like the baseline comparison it mirrors): two points suffice.
 */
function detectTpotDegradation(family, t) {
    const points = usablePoints(family).filter((c) => (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'tpot') !== null);
    const out = [];
    for (const [lo, hi] of steps(points)) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .commonTail */ .en)(lo, hi, 'tpot');
        if (tail === null || tail.from <= 0)
            continue;
        const ratio = tail.to / tail.from;
        if (atLeast(ratio, t.tpot_degradation_ratio))
            out.push({ lo, hi, stat: tail.stat, fromS: tail.from, toS: tail.to, ratio });
    }
    return out;
}
/** Evidence naming the two cells of a concurrency step, in the order every curve rule writes it. */
function stepEvidence(lo, hi) {
    return {
        from_cell: lo.cell_id,
        to_cell: hi.cell_id,
        from_concurrency: lo.concurrency,
        to_concurrency: hi.concurrency,
    };
}
/** `c<N>` label of a cell's concurrency. */
function concLabel(c) {
    return c.concurrency === null ? 'c?' : `c${c.concurrency}`;
}
/** Midpoint concurrency between two points, or null when they are adjacent integers. */
function midConcurrency(lo, hi) {
    const m = Math.round((lo + hi) / 2);
    return m > lo && m < hi ? m : null;
}
// ---------------------------------------------------------------------------------------------
// cross_run
const CURVE_CODES = [
    'ttft_cliff',
    'throughput_plateau',
    'tpot_degradation',
    'kv_pressure',
    'kv_offload_thrash',
    'prefix_cache_regression',
    'partial_run',
    'invalid_run_no_successful_requests',
];
function pointRow(c, t) {
    const row = {
        cell_id: c.cell_id,
        concurrency: c.concurrency,
        tput_per_gpu: metricOf(c, 'tput_per_gpu'),
        total_tput_tps: metricOf(c, 'total_tput_tps'),
        output_tput_tps: metricOf(c, 'output_tput_tps'),
        p99_ttft_s: metricOf(c, 'p99_ttft'),
        p99_tpot_s: metricOf(c, 'p99_tpot'),
        success_rate: c.completion.success_rate,
        completion_status: c.completion.status,
    };
    // Without p99 the curve rules used p95 (else p90): name it next to its value.
    for (const base of ['ttft', 'tpot']) {
        const tail = (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, base);
        if (tail !== null && tail.stat !== 'p99') {
            row[`${base}_tail_stat`] = tail.stat;
            row[`${base}_tail_s`] = tail.value;
        }
    }
    if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null)
        row.slo_compliant = sloCompliant(c, t);
    return row;
}
/**
 * SLO compliance of a point: every configured SLO is met (a missing metric for a configured SLO
 * means unknown, null), and the cell did not fail. Null when no SLO is configured.
 */
function sloCompliant(c, t) {
    if (t.slo_ttft_p99_s === null && t.slo_tpot_p99_s === null)
        return null;
    if (c.completion.status === 'failed')
        return false;
    const checks = [
        [t.slo_ttft_p99_s, metricOf(c, 'p99_ttft')],
        [t.slo_tpot_p99_s, metricOf(c, 'p99_tpot')],
    ];
    let unknown = false;
    for (const [slo, v] of checks) {
        if (slo === null)
            continue;
        if (v === null)
            unknown = true;
        else if (v > slo)
            return false;
    }
    return unknown ? null : true;
}
function sevRank(s) {
    return s === 'critical' ? 2 : s === 'warning' ? 1 : 0;
}
/**
 * The `cross_run` block: one entry per family (sorted by label, as `buildFamilies` sorts them),
 * with the curve, the findings along it, the knee, the goodput view and next measurements.
 * `cells` must already carry their findings.
 */
function buildCrossRun(families, t) {
    const out = families
        .filter((fam) => fam.cells.some(hasCurveMetric))
        .map((fam) => {
        const curve = fam.cells.map((c) => pointRow(c, t));
        const ids = new Set(fam.cells.map((c) => c.cell_id));
        const findings = fam.cells
            .flatMap((c) => c.findings)
            .filter((f) => f.cell_id !== null && ids.has(f.cell_id) && CURVE_CODES.includes(f.code))
            .map((f) => ({ code: f.code, severity: f.severity, cell_id: f.cell_id, message: f.message }))
            .sort((a, b) => sevRank(b.severity) - sevRank(a.severity) || cmp(a.cell_id ?? '', b.cell_id ?? '') || cmp(a.code, b.code));
        const cliffs = detectTtftCliffs(fam, t);
        const first = cliffs[0];
        const knee = first
            ? {
                concurrency: first.lo.concurrency,
                cell_id: first.lo.cell_id,
                basis: `highest concurrency before the first TTFT cliff (${concLabel(first.lo)}→${concLabel(first.hi)})`,
            }
            : null;
        const usable = usablePoints(fam);
        let goodput = null;
        if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) {
            const ok = usable.filter((c) => sloCompliant(c, t) === true);
            const best = ok[ok.length - 1] ?? null;
            goodput = {
                slo_ttft_p99_s: t.slo_ttft_p99_s,
                slo_tpot_p99_s: t.slo_tpot_p99_s,
                max_compliant_concurrency: best?.concurrency ?? null,
                cell_id: best?.cell_id ?? null,
                tput_per_gpu: best ? metricOf(best, 'tput_per_gpu') : null,
                compliant_points: ok.length,
                points: usable.length,
            };
        }
        return {
            key: fam.key,
            label: fam.label,
            points: fam.cells.length,
            usable_points: usable.length,
            curve_rules_applied: usable.filter((c) => (0,_tail_js__WEBPACK_IMPORTED_MODULE_1__/* .tailStat */ .Xh)(c, 'ttft') !== null).length >= cliffMinPoints(t),
            curve,
            findings,
            knee,
            ...(goodput ? { goodput } : {}),
            next_measurements: nextMeasurements(fam, t),
        };
    });
    return {
        min_family_points: t.min_family_points,
        families: out,
    };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Which points to measure next, from the evidence along one family: the midpoint of a TTFT
 * cliff, of the step where a plateau starts and of a TPOT degradation step; the SLO boundary;
 * a re-run of points below the partial-run line or failed; one more point when a family of
 * two or more measured points is too short for the curve rules. Deduplicated by (concurrency,
 * kind), sorted by concurrency.
 */
function nextMeasurements(fam, t) {
    const out = new Map();
    const add = (m) => {
        const k = `${m.kind}:${m.concurrency}`;
        const prev = out.get(k);
        if (prev)
            prev.reason = `${prev.reason}; ${m.reason}`;
        else
            out.set(k, m);
    };
    const between = (lo, hi, why) => {
        const mid = midConcurrency(lo.concurrency, hi.concurrency);
        if (mid !== null) {
            add({
                family: fam.label,
                concurrency: mid,
                kind: 'new_point',
                cell_id: null,
                reason: `${why} between ${concLabel(lo)} and ${concLabel(hi)}: c${mid} locates it`,
            });
        }
        else {
            add({
                family: fam.label,
                concurrency: hi.concurrency,
                kind: 're_run',
                cell_id: hi.cell_id,
                reason: `${why} between adjacent points ${concLabel(lo)} and ${concLabel(hi)}: a repeat of ${concLabel(hi)} confirms it`,
            });
        }
    };
    for (const c of detectTtftCliffs(fam, t))
        between(c.lo, c.hi, `${c.stat} TTFT rises ${c.ratio.toFixed(2)}×`);
    for (const p of detectPlateaus(fam, t)) {
        const s = p.steps[0];
        const before = usablePoints(fam)
            .filter((c) => (c.concurrency ?? 0) < (s.lo.concurrency ?? 0))
            .pop();
        if (before)
            between(before, s.lo, `throughput stops growing from ${concLabel(s.lo)}; the last gain is`);
    }
    for (const d of detectTpotDegradation(fam, t))
        between(d.lo, d.hi, `${d.stat} TPOT grows ${d.ratio.toFixed(2)}×`);
    if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) {
        const pts = usablePoints(fam);
        for (let i = 1; i < pts.length; i++) {
            const lo = pts[i - 1];
            const hi = pts[i];
            if (sloCompliant(lo, t) === true && sloCompliant(hi, t) === false)
                between(lo, hi, 'the SLO boundary lies');
        }
    }
    for (const c of fam.cells) {
        if (c.concurrency === null)
            continue;
        const st = c.completion.status;
        const rate = c.completion.success_rate;
        // Below the partial-run line (or failed): the point describes a run that lost requests.
        if (st === 'failed' || (st === 'partial' && rate !== null && rate < t.partial_run_min_success)) {
            add({
                family: fam.label,
                concurrency: c.concurrency,
                kind: 're_run',
                cell_id: c.cell_id,
                reason: `${concLabel(c)} completed ${c.completion.num_requests_successful ?? '?'} of ${c.completion.num_requests_total ?? '?'} requests, so its latency and throughput describe a ${st} run`,
            });
        }
    }
    // A sweep that was started (≥ 2 measured points) but is too short for the curve rules.
    const usable = usablePoints(fam).filter(hasCurveMetric);
    if (usable.length >= 2 && usable.length < plateauMinPoints(t)) {
        const last = usable[usable.length - 1];
        const next = last.concurrency * 2;
        add({
            family: fam.label,
            concurrency: next,
            kind: 'new_point',
            cell_id: null,
            reason: `the family has ${usable.length} usable point(s) and curve rules need ${plateauMinPoints(t)}; c${next} extends it`,
        });
    }
    return [...out.values()].sort((a, b) => a.concurrency - b.concurrency || cmp(a.kind, b.kind));
}


/***/ }),

/***/ 7101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ tailStat),
/* harmony export */   ZL: () => (/* binding */ tailLabel),
/* harmony export */   ap: () => (/* binding */ tailOfSet),
/* harmony export */   en: () => (/* binding */ commonTail),
/* harmony export */   fu: () => (/* binding */ TAIL_STATS)
/* harmony export */ });
/* unused harmony export uniformTailStat */
const TAIL_STATS = ['p99', 'p95', 'p90'];
function finite(m, key) {
    const v = m[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** The tail statistic of one cell for a latency base (`ttft`, `tpot`, …): p99, else p95, else p90; null when none. */
function tailStat(cell, base) {
    for (const stat of TAIL_STATS) {
        const key = `${stat}_${base}`;
        const value = finite(cell.metrics, key);
        if (value !== null)
            return { stat, key, value };
    }
    return null;
}
/**
 * The tail statistic of a set of cells or values for a latency base: the first of p99, p95, p90
 * that `has` (any member carries that key), so one column or chart shows one statistic; p99
 * when none does.
 */
function tailOfSet(base, has) {
    for (const stat of TAIL_STATS)
        if (has(`${stat}_${base}`))
            return { stat, key: `${stat}_${base}` };
    return { stat: 'p99', key: `p99_${base}` };
}
/**
 * The tail statistic two cells share (the first of p99, p95, p90 present on both), so a step or
 * a base/head comparison never compares a p99 with a p95. Null when they share none.
 */
function commonTail(a, b, base) {
    for (const stat of TAIL_STATS) {
        const key = `${stat}_${base}`;
        const from = finite(a.metrics, key);
        const to = finite(b.metrics, key);
        if (from !== null && to !== null)
            return { stat, key, from, to };
    }
    return null;
}
/** `p99 TTFT` style label of a tail key (`p95_ttft` → `p95 TTFT`). */
function tailLabel(stat, base) {
    return `${stat} ${base.toUpperCase()}`;
}
/**
 * One statistic for a column over many cells: the single tail stat every cell with a value uses,
 * or null when the cells use different ones (the column then names the stat per value).
 */
function uniformTailStat(cells, base) {
    let seen = null;
    for (const c of cells) {
        const t = tailStat(c, base);
        if (t === null)
            continue;
        if (seen === null)
            seen = t.stat;
        else if (seen !== t.stat)
            return null;
    }
    return seen ?? 'none';
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
    if (cls === 'regression' && policy.acceptRegressions)
        return false;
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
    judge({ failOnFindings, acceptRegressions }, { findings }) {
        if (!failOnFindings || failOnFindings.length === 0)
            return null;
        const hits = findings.filter((f) => {
            const cls = (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f);
            if (acceptRegressions && cls === 'regression')
                return false;
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
    judge({ failOnRegression, acceptRegressions }, { verdict, findings, matched, verdictSummary }) {
        if (!failOnRegression)
            return null;
        const regressions = findings.filter((f) => (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f) === 'regression');
        if (verdict !== null && verdict !== 'REGRESSION' && matched === 0 && regressions.length === 0)
            return {
                exitCode: EXIT_FINDINGS,
                message: 'no head cell could be matched with a baseline cell, so nothing was checked for regressions (fail-on-regression)',
                brief: 'no cell could be compared with the baseline (fail-on-regression)',
            };
        if (acceptRegressions || (verdict !== 'REGRESSION' && regressions.length === 0))
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
            brief: `${verdict === 'REGRESSION' ? 'a regression vs base' : plural(regressions.length, 'regression finding')} (fail-on-regression)`,
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
    return {
        exitCode,
        failed: exitCode !== EXIT_OK,
        reasons,
        counts: countFindings(evidence.findings),
        accepted: policy.acceptRegressions ? acceptedOf(evidence) : [],
    };
}
/** The REGRESSION verdict and the regression findings, as acknowledged (never a validity finding). */
function acceptedOf({ verdict, verdictSummary, findings }) {
    return [
        ...(verdict === 'REGRESSION'
            ? [{ what: 'verdict', code: null, message: verdictSummary ?? 'a regression vs base' }]
            : []),
        ...findings
            .filter((f) => (0,_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f) === 'regression')
            .map((f) => ({ what: 'finding', code: f.code, message: f.message })),
    ];
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

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ toBool),
/* harmony export */   N7: () => (/* binding */ toStr),
/* harmony export */   O6: () => (/* binding */ roundStable),
/* harmony export */   RI: () => (/* binding */ toInt),
/* harmony export */   Ro: () => (/* binding */ toNumber),
/* harmony export */   eG: () => (/* binding */ normalizeHardware),
/* harmony export */   ir: () => (/* binding */ recordOrEmpty),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export msToS */
/**
 * Value coercion shared by every adapter. Numbers can arrive as strings, booleans as
 * `true`/`"true"`/`True`; a value that does not parse is missing (null), never 0.
 */
/** Finite number from a number or numeric string; null for anything else (NaN, "inf", "", null). */
function toNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string') {
        const t = value.trim();
        if (t === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
            return null;
        const n = Number(t);
        return Number.isFinite(n) ? n : null;
    }
    return null;
}
/** Integer from a number or string holding an integral value; null otherwise. */
function toInt(value) {
    const n = toNumber(value);
    return n !== null && Number.isInteger(n) ? n : null;
}
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'success', 'succeeded']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'failed', 'failure']);
/** Boolean from bool, 0/1 or the usual words (case-insensitive); null when unrecognised. */
function toBool(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value === 1 ? true : value === 0 ? false : null;
    if (typeof value === 'string') {
        const t = value.trim().toLowerCase();
        if (TRUE_WORDS.has(t))
            return true;
        if (FALSE_WORDS.has(t))
            return false;
    }
    return null;
}
/** Non-empty trimmed string or null. */
function toStr(value) {
    if (typeof value === 'string') {
        const t = value.trim();
        return t === '' ? null : t;
    }
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return null;
}
/** Milliseconds to seconds, keeping null. */
function msToS(value) {
    const n = toNumber(value);
    return n === null ? null : n / 1000;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value as an object, or an empty one (reading optional nested blocks of a producer's file). */
function recordOrEmpty(value) {
    return isRecord(value) ? value : {};
}
/**
 * Normalises an InferenceX runner label to a hardware name: lower-case, leading `cluster:`
 * removed, and the `-multinode`, `-trt`, `-disagg` suffixes stripped (InferenceX
 * compare_results.py `extract_hardware`), so `cluster:h200-dgxc` stays `h200-dgxc` and
 * `b200-multinode` becomes `b200`.
 */
function normalizeHardware(value) {
    const s = toStr(value);
    if (s === null)
        return null;
    let h = s.toLowerCase().replace(/^cluster:/, '');
    for (;;) {
        const next = h.replace(/-(multinode|trt|disagg)$/, '');
        if (next === h)
            break;
        h = next;
    }
    return h;
}
/** Rounds to 12 significant digits so float noise never changes report bytes. */
function roundStable(n) {
    if (!Number.isFinite(n) || n === 0)
        return n;
    return Number(n.toPrecision(12));
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ sortKeys)
/* harmony export */ });
/**
 * A copy of an object with its keys in sorted order (code-unit order, the order JSON.stringify
 * then writes them), built by assignment: a `__proto__` key sets the prototype, it is no own key.
 * An explicit comparator: the default sort converts every element with ToString first (this ran
 * ~2× slower over a 2,000-cell sweep's fragments and cells, docs/PERFORMANCE.md).
 */
function sortKeys(o) {
    const keys = Object.keys(o).sort(byCodeUnits);
    const out = {};
    for (const k of keys)
        out[k] = o[k];
    return out;
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
      [--gpu-hour-cost N [--currency USD] | --price-table FILE] [--gpus N] [--hardware NAME]
      [--label KEY=VALUE]... [--runner NAME] [--gate 'PATH OP VALUE']... [--baseline <report.json> [--fail-on-regression]]
  inferguard compare --base <report.json|folder> [--base ...] --head <report.json> [--output-dir DIR]
      [--config FILE] [--fail-on LEVEL] [--fail-on-findings CODES] [--fail-on-regression] [--suite-key KEY]
  inferguard calibrate <report.json|folder>... [--output FILE]
  inferguard comment --head <report.json> [--compare compare.json] [--suite-key KEY] [--output-dir DIR]
  inferguard --version | --help

--fail-on applies to validity findings (the run cannot be trusted as a measurement); behaviour
findings (ttft_cliff, kv_pressure, ...) fail only when listed in --fail-on-findings (codes or
classes, comma-separated, each optionally :critical/:warning/:info); regression findings and a
REGRESSION verdict fail with --fail-on-regression; a blocking gate always fails.

--hardware, --gpus, --label and --runner say what the result files don't: each fills every cell
that lacks it, never over what a file states (--gpus gives per-GPU throughput and cost to plain
vLLM/SGLang results); a label is part of the cell's identity; --runner names the node the results
ran on (environment, not identity): compare allows no jump between runs that name one node.

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
    hardware: { type: 'string' },
    runner: { type: 'string' },
    label: { type: 'string', multiple: true },
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
        ...(0,cli_args/* parseGivenFlags */.WO)(values.hardware, values.label, values.runner),
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
    const { analyzeResultsDir } = await Promise.all(/* import() */[__nccwpck_require__.e(982), __nccwpck_require__.e(186), __nccwpck_require__.e(68), __nccwpck_require__.e(454), __nccwpck_require__.e(524), __nccwpck_require__.e(645), __nccwpck_require__.e(461)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4461));
    const result = await analyzeResultsDir(opts);
    const { outcome } = result;
    const code = outcome.decision.exitCode;
    const htmlPath = result.markdownPath ? await writeAnalyzeHtml(result, opts.baselineFile) : null;
    if (opts.json) {
        process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
        return code;
    }
    const s = result.report.run_summary;
    const c = (0,exit_policy/* countFindings */.Gt)(outcome.findings);
    // The status words of the comment and report.md (src/render/status.ts; loaded with the pipeline).
    const { statusHeadline } = await __nccwpck_require__.e(/* import() */ 20).then(__nccwpck_require__.bind(__nccwpck_require__, 6020));
    const status = statusHeadline({
        head: result.report,
        diff: outcome.diff,
        check: { failed: outcome.decision.failed },
    });
    const lines = [
        `inferguard: ${status}; ${s.total_cells} cells; findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
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
    if (htmlPath)
        lines.push(`report.html: ${rel(htmlPath)}`);
    if (result.comparePath)
        lines.push(`compare.json: ${rel(result.comparePath)}`);
    lines.push(`exit code ${code} (${(0,cli_args/* policyText */.MJ)(opts.policy)})${outcome.decision.reasons.length > 0 ? `: ${outcome.decision.reasons.map((r) => r.brief).join('; ')}` : ''}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return code;
}
/** report.html next to report.md (with --baseline: the base run overlaid, the verdicts linked). */
async function writeAnalyzeHtml(result, baselineFile) {
    const { writeReportHtml } = await Promise.all(/* import() */[__nccwpck_require__.e(186), __nccwpck_require__.e(939)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8968));
    const diff = result.outcome.diff;
    const { readContractFile } = await Promise.all(/* import() */[__nccwpck_require__.e(982), __nccwpck_require__.e(186), __nccwpck_require__.e(68)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9068));
    const bases = diff && baselineFile !== undefined
        ? [await readContractFile(baselineFile, 'inferguard-analyze/v1', '--baseline')]
        : [];
    return writeReportHtml(result.outputDir, { head: result.report, diff, bases });
}
function rel(p) {
    const r = p.startsWith(process.cwd()) ? p.slice(process.cwd().length + 1) : p;
    return r || p;
}
/** Subcommands; compare/comment are added by src/cli-compare.ts when present. */
const COMMANDS = {
    analyze: async () => cmdAnalyze,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(982), __nccwpck_require__.e(186), __nccwpck_require__.e(68), __nccwpck_require__.e(454), __nccwpck_require__.e(524), __nccwpck_require__.e(645), __nccwpck_require__.e(461), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4443))).cmdCompare,
    comment: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(982), __nccwpck_require__.e(186), __nccwpck_require__.e(68), __nccwpck_require__.e(454), __nccwpck_require__.e(524), __nccwpck_require__.e(645), __nccwpck_require__.e(461), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4443))).cmdComment,
    calibrate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(982), __nccwpck_require__.e(815), __nccwpck_require__.e(186), __nccwpck_require__.e(68), __nccwpck_require__.e(454), __nccwpck_require__.e(645), __nccwpck_require__.e(946)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5946))).cmdCalibrate,
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
