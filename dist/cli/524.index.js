export const id = 524;
export const ids = [524,20];
export const modules = {

/***/ 2367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ paretoFrontier),
/* harmony export */   q: () => (/* binding */ compareCurves)
/* harmony export */ });
/* harmony import */ var _curve_curve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6372);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7374);
/**
 * Curve-level verdicts (docs/COMPARE.md "Curves"), per family (cells sharing identity except
 * concurrency), base vs head: the knee (highest concurrency before the first TTFT cliff), the
 * highest SLO-compliant concurrency and its throughput per GPU (goodput, when SLOs are set), and
 * the Pareto frontier of throughput per GPU against interactivity (tokens/s per user):
 * "at ≥ 40 tok/s/user the best throughput per GPU fell 12% (c64 → c32)". Behaviour findings
 * along the curve (TTFT cliff, plateau, KV pressure, …) present in a head cell whose matched base
 * cell had none are `new`; ones the base had and the head lost are `resolved`.
 *
 * Pure: the base sweep's and the head's cells in, one CurveVerdict per family measured on both
 * sides out. The cells' own findings (from analyze) are the behaviour evidence; the knee uses
 * the same cliff detector as analyze (src/core/curve.ts).
 */


function familyOf(cells) {
    const out = new Map();
    for (const c of cells) {
        if (typeof c.concurrency !== 'number')
            continue;
        const k = (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .cellFamilyKey */ .ie)(c);
        const l = out.get(k) ?? [];
        l.push(c);
        out.set(k, l);
    }
    for (const l of out.values())
        l.sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
    return out;
}
function point(c) {
    const tput = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, 'tput_per_gpu') ?? (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, 'output_tput_per_gpu');
    const tpot = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, 'p50_tpot');
    const iv = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, 'p50_intvty') ?? (tpot !== null && tpot > 0 ? 1 / tpot : null);
    if (tput === null || iv === null || c.concurrency === null || c.completion?.status === 'failed')
        return null;
    return { cell_id: c.cell_id, concurrency: c.concurrency, interactivity: iv, tput_per_gpu: tput };
}
/** Non-dominated points: for each, no other point has both higher interactivity and higher throughput. */
function paretoFrontier(points) {
    const sorted = [...points].sort((a, b) => b.interactivity - a.interactivity || b.tput_per_gpu - a.tput_per_gpu);
    const out = [];
    let best = -Infinity;
    for (const p of sorted) {
        if (p.tput_per_gpu > best) {
            out.push(p);
            best = p.tput_per_gpu;
        }
    }
    return out.sort((a, b) => a.interactivity - b.interactivity);
}
/**
 * How far below a base point's interactivity a head point may sit and still count as at it: a
 * point's interactivity (1 / TPOT) moves run to run too, and without a tolerance 1% of jitter
 * drops the matching head point and reads the next one's throughput as a collapse.
 */
const FRONTIER_TOLERANCE = 0.05;
/** Best throughput per GPU among points with interactivity ≥ x (within FRONTIER_TOLERANCE). */
function bestAtLeast(points, x) {
    let best = null;
    for (const p of points)
        if (p.interactivity >= x * (1 - FRONTIER_TOLERANCE) && (!best || p.tput_per_gpu > best.tput_per_gpu))
            best = p;
    return best;
}
function side(fam, t) {
    const cliff = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .detectTtftCliffs */ .hr)(fam, t)[0];
    const usable = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .usablePoints */ .SV)(fam);
    const sloSet = t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null;
    const ok = sloSet ? usable.filter((c) => (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .sloCompliant */ .Su)(c, t) === true) : [];
    const best = ok[ok.length - 1] ?? null;
    const pts = fam.cells.map(point).filter((p) => p !== null);
    return {
        points: fam.cells.length,
        knee_concurrency: cliff ? cliff.lo.concurrency : null,
        knee_cell_id: cliff ? cliff.lo.cell_id : null,
        slo_max_concurrency: best?.concurrency ?? null,
        slo_cell_id: best?.cell_id ?? null,
        goodput_per_gpu: best ? ((0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(best, 'tput_per_gpu') ?? (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(best, 'output_tput_per_gpu')) : null,
        frontier: paretoFrontier(pts),
    };
}
function behaviour(cells) {
    const out = new Map();
    for (const c of cells)
        for (const f of c.findings ?? [])
            if (_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .CURVE_CODES */ .rt.includes(f.code))
                out.set(`${(0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .cellKey */ .sl)(c)}\u0000${f.code}`, {
                    code: f.code,
                    cell_id: c.cell_id,
                    concurrency: c.concurrency,
                    message: f.message,
                });
    return out;
}
function conc(c) {
    return c === null ? 'none' : `c${c}`;
}
function pct(x) {
    return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(0)}%`;
}
function num(x) {
    return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(3);
}
function label(c) {
    return [c.hardware, c.model, c.framework, c.precision, c.isl !== null && c.osl !== null ? `${c.isl}/${c.osl}` : null]
        .filter((x) => x !== null && x !== undefined && x !== '')
        .join(' · ');
}
/** The knee, SLO-compliant concurrency and goodput changes of one family. */
function shapeChanges(b, h, minEffect) {
    const changes = [];
    if (b.knee_concurrency !== h.knee_concurrency)
        changes.push(`knee ${conc(b.knee_concurrency)} → ${conc(h.knee_concurrency)}`);
    if (b.slo_max_concurrency !== h.slo_max_concurrency)
        changes.push(`highest SLO-compliant concurrency ${conc(b.slo_max_concurrency)} → ${conc(h.slo_max_concurrency)}`);
    if (b.goodput_per_gpu !== null && h.goodput_per_gpu !== null && b.goodput_per_gpu > 0) {
        const r = h.goodput_per_gpu / b.goodput_per_gpu - 1;
        if (Math.abs(r) >= minEffect)
            changes.push(`goodput ${num(b.goodput_per_gpu)} → ${num(h.goodput_per_gpu)} tok/s/GPU (${pct(r)}, ${conc(b.slo_max_concurrency)} → ${conc(h.slo_max_concurrency)})`);
    }
    return changes;
}
/** Frontier: at each base frontier point's interactivity, the best head throughput per GPU; the largest change. */
function frontierChange(b, h, minEffect) {
    let fc = null;
    for (const p of b.frontier) {
        const hb = bestAtLeast(h.frontier, p.interactivity);
        const rel = hb ? hb.tput_per_gpu / p.tput_per_gpu - 1 : null;
        const size = rel === null ? Infinity : Math.abs(rel);
        const prev = fc === null ? -1 : fc.relative_change === null ? Infinity : Math.abs(fc.relative_change);
        if (size >= minEffect && size > prev)
            fc = {
                at_interactivity: p.interactivity,
                base_tput_per_gpu: p.tput_per_gpu,
                head_tput_per_gpu: hb?.tput_per_gpu ?? null,
                relative_change: rel,
                base_concurrency: p.concurrency,
                head_concurrency: hb?.concurrency ?? null,
            };
    }
    return fc;
}
function frontierText(fc) {
    return fc.relative_change === null
        ? `at ≥ ${num(fc.at_interactivity)} tok/s/user no head point remains (base c${fc.base_concurrency}: ${num(fc.base_tput_per_gpu)} tok/s/GPU)`
        : `at ≥ ${num(fc.at_interactivity)} tok/s/user the best throughput per GPU ${fc.relative_change < 0 ? 'fell' : 'rose'} ${Math.abs(fc.relative_change * 100).toFixed(0)}% (c${fc.base_concurrency} → ${conc(fc.head_concurrency)})`;
}
/** Behaviour findings new in head and resolved since base, only at points measured on both sides. */
function behaviourChanges(bc, hc) {
    const bb = behaviour(bc);
    const hb = behaviour(hc);
    const baseKeys = new Set(bc.map(_match_js__WEBPACK_IMPORTED_MODULE_1__/* .cellKey */ .sl));
    const headKeys = new Set(hc.map(_match_js__WEBPACK_IMPORTED_MODULE_1__/* .cellKey */ .sl));
    const order = (a, x) => (a.concurrency ?? 0) - (x.concurrency ?? 0) || (a.code < x.code ? -1 : a.code > x.code ? 1 : 0);
    // A point the base never measured has no "before".
    const added = [...hb.entries()]
        .filter(([k]) => !bb.has(k) && baseKeys.has(k.split('\u0000')[0]))
        .map(([, f]) => f)
        .sort(order);
    const gone = [...bb.entries()]
        .filter(([k]) => !hb.has(k) && headKeys.has(k.split('\u0000')[0]))
        .map(([, f]) => f)
        .sort(order);
    return { added, gone };
}
/**
 * Curve verdicts for every family with ≥ 2 points on both sides.
 *
 * @param minEffect relative change of the best throughput per GPU (frontier) or goodput that counts.
 */
function compareCurves(baseCells, headCells, t, minEffect) {
    const bf = familyOf(baseCells);
    const hf = familyOf(headCells);
    const out = [];
    for (const key of [...bf.keys()].filter((k) => hf.has(k)).sort()) {
        const bc = bf.get(key);
        const hc = hf.get(key);
        if (bc.length < 2 || hc.length < 2)
            continue;
        const b = side({ key, label: label(bc[0]), cells: bc }, t);
        const h = side({ key, label: label(hc[0]), cells: hc }, t);
        const changes = shapeChanges(b, h, minEffect);
        const fc = frontierChange(b, h, minEffect);
        if (fc)
            changes.push(frontierText(fc));
        const { added, gone } = behaviourChanges(bc, hc);
        for (const f of added)
            changes.push(`new in head: ${f.code} at ${conc(f.concurrency)}`);
        for (const f of gone)
            changes.push(`resolved: ${f.code} at ${conc(f.concurrency)}`);
        out.push({
            family: key,
            label: label(hc[0]),
            base: b,
            head: h,
            frontier_change: fc,
            new_findings: added,
            resolved_findings: gone,
            changes,
        });
    }
    return out;
}


/***/ }),

/***/ 434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ environmentText),
/* harmony export */   LC: () => (/* binding */ oneNode),
/* harmony export */   yJ: () => (/* binding */ environmentChange)
/* harmony export */ });
/** Field order of a description: where it ran first, then the image. */
const FIELDS = ['cluster', 'runner', 'host', 'image'];
/** One cell's environment as text (`cluster cw · runner h200-cw_00 · image …`), or null when unknown. */
function environmentText(c) {
    const env = c.environment;
    if (env === null || typeof env !== 'object')
        return null;
    const e = env;
    const parts = [];
    for (const k of FIELDS) {
        const v = e[k];
        if (typeof v === 'string' && v !== '')
            parts.push(`${k} ${v}`);
    }
    return parts.length === 0 ? null : parts.join(' · ');
}
function distinct(cells) {
    const out = new Set();
    for (const c of cells) {
        const t = environmentText(c);
        if (t !== null)
            out.add(t);
    }
    return [...out].sort();
}
/**
 * The distinct environments on each side, and whether they differ; null when neither side's
 * cells say where they ran.
 */
function environmentChange(base, head) {
    const b = distinct(base);
    const h = distinct(head);
    if (b.length === 0 && h.length === 0)
        return null;
    const differs = b.length > 0 && h.length > 0 && (b.length !== h.length || b.some((x, i) => x !== h[i]));
    return { base: b, head: h, differs };
}
/** Where a cell ran (cluster, runner, host; not the image), or null when it does not say. */
function nodeOf(c) {
    const env = c.environment;
    if (env === null || typeof env !== 'object')
        return null;
    const e = env;
    const where = ['cluster', 'runner', 'host'].map((k) => (typeof e[k] === 'string' ? e[k] : ''));
    return where[1] === '' && where[2] === '' ? null : where.join('\u0000');
}
/**
 * Whether every run ran on one known node: each names its runner or host, and all agree. Runs that
 * do not say where they ran, or ran on different nodes, may differ by a node's jump (noise-prior.ts).
 */
function oneNode(cells) {
    const first = cells.length > 0 ? nodeOf(cells[0]) : null;
    return first !== null && cells.every((c) => nodeOf(c) === first);
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ worseSign),
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   MA: () => (/* binding */ formatP),
/* harmony export */   Xg: () => (/* binding */ pctText),
/* harmony export */   wH: () => (/* binding */ rel),
/* harmony export */   xv: () => (/* binding */ BAND_EPS)
/* harmony export */ });
/** Float tolerance of band and floor edges: 0.9 − 0.8 is at a 0.1 band. */
const BAND_EPS = 1e-9;
/** Relative change head vs base, null without a non-zero base. */
function rel(base, head) {
    if (base === null || head === null || base === 0)
        return null;
    return (head - base) / Math.abs(base);
}
/** +1 when a larger value is worse, −1 when a smaller one is, 0 for neutral metrics. */
function worseSign(direction) {
    return direction === 'lower_is_better' ? 1 : direction === 'higher_is_better' ? -1 : 0;
}
/** A reported value: `digits` significant digits; null for null and non-finite values. */
function round(v, digits = 12) {
    if (v === null || !Number.isFinite(v))
        return null;
    return Number(v.toPrecision(digits));
}
/** `+12.3%` / `-4.0%`. */
function pctText(x) {
    return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
/** A p- or q-value in a note: `0`, `3.1e-7`, `0.042`. */
function formatP(p) {
    if (p === 0)
        return '0';
    if (p < 1e-4)
        return p.toExponential(1);
    return p.toPrecision(2);
}


/***/ }),

/***/ 3445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ overallVerdict),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Tg: () => (/* binding */ cellDiffOf),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   kB: () => (/* binding */ compareCellDiffs)
/* harmony export */ });
/* unused harmony exports cellVerdict, runTotals */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7374);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(434);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5881);
/**
 * Verdicts of a compare (docs/COMPARE.md): a cell's from its metric comparisons, the overall one
 * from the cells (a cell of the base sweep missing from head is a completion regression), one
 * CellDiff per matched, new, missing or incomparable pair, and the run totals of each side.
 */




const DECIDING = new Set(['regressed', 'improved', 'unchanged']);
function cellVerdict(comparisons) {
    const v = cellVerdictOf(comparisons);
    v.suspicious = comparisons.filter((c) => c.suspicious === true).map((c) => c.metric);
    return v;
}
function cellVerdictOf(comparisons) {
    const regressions = comparisons.filter((c) => c.outcome === 'regressed');
    const improvements = comparisons.filter((c) => c.outcome === 'improved');
    const bearing = comparisons.filter((c) => c.method !== 'informational' && c.outcome !== 'incomparable');
    const decided = bearing.filter((c) => DECIDING.has(c.outcome));
    const statQ = (cs) => {
        const qs = cs.map((c) => c.q_value).filter((q) => q !== null);
        return qs.length > 0 ? Math.min(...qs) : null;
    };
    const maxConf = (cs) => Math.max(0, ...cs.map((c) => c.confidence ?? 0));
    const names = (cs) => cs.map((c) => c.metric);
    if (regressions.length > 0) {
        return {
            verdict: 'REGRESSION',
            confidence: maxConf(regressions),
            regressions: names(regressions),
            improvements: names(improvements),
            comparisons,
            p_value: statQ(regressions),
            summary: `${regressions.length} regressed (${names(regressions).join(', ')})${improvements.length > 0 ? `; ${improvements.length} improved (${names(improvements).join(', ')})` : ''}.`,
        };
    }
    if (improvements.length > 0) {
        return {
            verdict: 'IMPROVEMENT',
            confidence: maxConf(improvements),
            regressions: [],
            improvements: names(improvements),
            comparisons,
            p_value: statQ(improvements),
            summary: `${improvements.length} improved (${names(improvements).join(', ')}); nothing regressed.`,
        };
    }
    if (decided.length > 0) {
        return {
            verdict: 'NEUTRAL',
            confidence: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(decided.length / bearing.length, 6),
            regressions: [],
            improvements: [],
            comparisons,
            p_value: null,
            summary: `No metric moved beyond its threshold (${decided.length} of ${bearing.length} compared).`,
        };
    }
    return {
        verdict: 'INSUFFICIENT_DATA',
        confidence: 0,
        regressions: [],
        improvements: [],
        comparisons,
        p_value: null,
        summary: 'No metric has values on both sides.',
    };
}
function identityOf(c) {
    const o = {};
    for (const f of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .IDENTITY_FIELDS */ .DL)
        o[f] = c[f] ?? null;
    return o;
}
function fin(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Run-level totals: request counts summed over cells that know both counts; cost from run_summary.cost. */
function runTotals(r) {
    let total = 0;
    let ok = 0;
    let known = 0;
    let sessions = 0;
    let sessionsKnown = 0;
    for (const c of Array.isArray(r.cells) ? r.cells : []) {
        const t = fin(c.completion?.num_requests_total);
        const s = fin(c.completion?.num_requests_successful);
        if (t !== null && s !== null) {
            total += t;
            ok += s;
            known++;
        }
        const sc = fin(c.completion?.sessions_completed);
        if (sc !== null) {
            sessions += sc;
            sessionsKnown++;
        }
    }
    const cost = r.run_summary?.cost;
    return {
        requests_total: known > 0 ? total : null,
        requests_successful: known > 0 ? ok : null,
        success_rate: known > 0 && total > 0 ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(ok / total) : null,
        sessions_completed: sessionsKnown > 0 ? sessions : null,
        currency: typeof cost?.currency === 'string' ? cost.currency : null,
        compute_cost: fin(cost?.compute_cost),
        gpu_hours: fin(cost?.gpu_hours),
        cost_per_completed_request: fin(cost?.cost_per_completed_request),
        cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens),
    };
}
function refOf(r) {
    return {
        generated_at: String(r.generated_at ?? ''),
        input_root: String(r.input_root ?? ''),
        inferguard_version: String(r.analyzer?.inferguard_version ?? ''),
        run_status: String(r.run_summary?.status ?? 'unknown'),
        total_cells: Array.isArray(r.cells) ? r.cells.length : 0,
        totals: runTotals(r),
    };
}
function cmpStr(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return -1;
    if (b === null)
        return 1;
    return a < b ? -1 : 1;
}
/** Cell order: family, concurrency (nulls first), key, head cell id, base cell id. */
function compareCellDiffs(a, b) {
    return (cmpStr(a.family, b.family) ||
        (a.identity.concurrency ?? -Infinity) - (b.identity.concurrency ?? -Infinity) ||
        cmpStr(a.key, b.key) ||
        cmpStr(a.head_cell_id, b.head_cell_id) ||
        cmpStr(a.base_cell_id, b.base_cell_id));
}
function overallVerdict(cells, counts) {
    const regressions = [];
    const improvements = [];
    const suspicious = [];
    const comparisons = [];
    const qs = [];
    const regConf = [];
    const impConf = [];
    const neutralConf = [];
    for (const c of cells) {
        const v = c.verdict;
        if (!v)
            continue;
        const id = c.head_cell_id ?? c.base_cell_id ?? '';
        for (const m of v.comparisons) {
            if (m.suspicious === true)
                suspicious.push(`${id}: ${m.metric}`);
            if (m.outcome !== 'regressed' && m.outcome !== 'improved')
                continue;
            (m.outcome === 'regressed' ? regressions : improvements).push(`${id}: ${m.metric}`);
            comparisons.push({ ...m, cell_id: id });
            if (m.outcome === 'regressed' && m.q_value !== null)
                qs.push(m.q_value);
        }
        if (v.verdict === 'REGRESSION')
            regConf.push(v.confidence);
        if (v.verdict === 'IMPROVEMENT')
            impConf.push(v.confidence);
        if (v.verdict === 'NEUTRAL')
            neutralConf.push(v.confidence);
    }
    const missing = cells.filter((c) => c.status === 'missing');
    for (const c of missing) {
        const id = c.base_cell_id ?? c.key;
        regressions.push(`${id}: missing from head`);
    }
    const compared = counts.regressed + counts.improved + counts.unchanged;
    const tail = `${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable, ${counts.insufficient_data} with insufficient data`;
    let summary = `${compared} cell(s) compared: ${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged; ${tail}.`;
    if (missing.length > 0) {
        const shown = missing.slice(0, 5).map((c) => c.base_cell_id ?? c.key);
        summary = `Completion regression: ${missing.length} cell(s) of the base sweep missing from head (${shown.join(', ')}${missing.length > shown.length ? `, +${missing.length - shown.length} more` : ''}). ${summary}`;
    }
    let verdict;
    let confidence;
    const matched = compared + counts.insufficient_data;
    if (matched === 0 && (counts.missing > 0 || counts.incomparable > 0)) {
        // Nothing matched at all (a renamed framework or model, another client backend): the base
        // sweep did not go missing, the two sweeps are not comparable. Never a regression.
        return {
            verdict: 'INSUFFICIENT_DATA',
            confidence: 0,
            regressions: [],
            improvements: [],
            comparisons: [],
            p_value: null,
            summary: nothingComparable(cells, counts),
        };
    }
    if (counts.missing > 0) {
        verdict = 'REGRESSION';
        confidence = 1;
    }
    else if (counts.regressed > 0) {
        verdict = 'REGRESSION';
        confidence = Math.max(...regConf);
    }
    else if (counts.improved > 0) {
        verdict = 'IMPROVEMENT';
        confidence = Math.max(...impConf);
    }
    else if (counts.unchanged > 0) {
        verdict = 'NEUTRAL';
        confidence = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(neutralConf.reduce((s, x) => s + x, 0) / neutralConf.length, 6);
    }
    else {
        verdict = 'INSUFFICIENT_DATA';
        confidence = 0;
    }
    return {
        verdict,
        confidence,
        regressions,
        improvements,
        comparisons,
        p_value: qs.length > 0 ? Math.min(...qs) : null,
        summary,
        suspicious,
    };
}
/** Why no cell matched: the counts, and the identity fields whose values differ between the sides. */
function nothingComparable(cells, counts) {
    const side = (status) => cells.filter((c) => c.status === status);
    const baseOnly = side('missing');
    const headOnly = side('new');
    const diffs = [];
    for (const f of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .IDENTITY_FIELDS */ .DL) {
        const values = (list) => [...new Set(list.map((c) => String(c.identity[f] ?? '—')))].sort().join(', ');
        const b = values(baseOnly);
        const h = values(headOnly);
        if (baseOnly.length > 0 && headOnly.length > 0 && b !== h && f !== 'concurrency')
            diffs.push(`${f}: ${b} → ${h}`);
    }
    for (const r of new Set(side('incomparable').flatMap((c) => c.reasons)))
        if (!diffs.includes(r))
            diffs.push(r);
    const why = diffs.length > 0
        ? ` They differ in ${diffs.slice(0, 6).join('; ')}${diffs.length > 6 ? `; +${diffs.length - 6} more` : ''}.`
        : '';
    return `Nothing comparable: no head cell matches a cell of the base (${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable), so nothing was checked for regressions.${why}`;
}
const STATUS_OF_VERDICT = {
    REGRESSION: 'regressed',
    IMPROVEMENT: 'improved',
    NEUTRAL: 'unchanged',
    INSUFFICIENT_DATA: 'insufficient_data',
};
/** The CellDiff of one pair; a matched pair's verdict from its decided comparisons (`w`). */
function cellDiffOf(pair, w, settings) {
    const ref = (pair.head ?? pair.base);
    const diff = {
        key: (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .cellKey */ .sl)(ref),
        family: (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .cellFamilyKey */ .ie)(ref),
        status: pair.kind === 'matched' ? 'unchanged' : pair.kind,
        base_cell_id: pair.base?.cell_id ?? null,
        head_cell_id: pair.head?.cell_id ?? null,
        identity: identityOf(ref),
        reasons: [...pair.reasons],
        verdict: null,
    };
    if (pair.kind === 'missing')
        diff.reasons.push('measured in the base, missing from head: a completion regression of the sweep');
    if (pair.kind !== 'matched' || !w)
        return diff;
    const env = (0,_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentChange */ .yJ)(w.runs.base, w.runs.head);
    if (env)
        diff.environment = env;
    const v = cellVerdict(w.comparisons);
    v.base_runs = w.runs.base.length;
    v.head_runs = w.runs.head.length;
    v.basis = w.runLevel ? 'run_interval' : w.runs.base.length >= 1 ? 'per_request' : 'none';
    if (w.runLevel || v.verdict !== 'INSUFFICIENT_DATA')
        v.summary = `${v.summary} (${v.base_runs} base run${v.base_runs === 1 ? '' : 's'}${w.runLevel ? ', own runs and noise prior' : ', noise prior'})`;
    diff.verdict = v;
    diff.status = STATUS_OF_VERDICT[v.verdict];
    if (diff.status === 'insufficient_data') {
        diff.reasons.push(w.comparisons.length === 0
            ? 'no compared metric is present in either cell'
            : w.comparisons.some((c) => c.reason === 'below_min_samples')
                ? `below min_samples (${settings.min_samples} requests per side)`
                : 'no compared metric has values on both sides');
    }
    return diff;
}


/***/ }),

/***/ 703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ shortLabels),
/* harmony export */   OU: () => (/* binding */ labelColumns),
/* harmony export */   fo: () => (/* binding */ diffRef),
/* harmony export */   lL: () => (/* binding */ cellRefOf),
/* harmony export */   nN: () => (/* binding */ familyKeySafe),
/* harmony export */   pt: () => (/* binding */ cellIndex)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4529);
/* harmony import */ var _core_cells_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4523);
/* harmony import */ var _core_compare_verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3445);



function topologyOfKey(key) {
    try {
        const o = JSON.parse(key);
        return o.topology && typeof o.topology === 'object' ? o.topology : {};
    }
    catch {
        return {};
    }
}
function cellRefOf(c) {
    const id = (0,_core_compare_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(c);
    return { identity: id, topology: matchedTopology(c), id: c.cell_id };
}
/** The topology keys a cell is matched on (its family key's `topology`, without writing and re-parsing the key). */
function matchedTopology(c) {
    try {
        return (0,_core_cells_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .topologyKey */ .Tk)(c.is_multinode ?? null, c.topology ?? {});
    }
    catch {
        return {};
    }
}
function familyKeySafe(c) {
    try {
        return (0,_core_cells_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .familyKey */ .Q5)((0,_core_compare_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(c), c.topology ?? {});
    }
    catch {
        return '{}';
    }
}
function diffRef(d) {
    return { identity: d.identity, topology: topologyOfKey(d.key), id: d.head_cell_id ?? d.base_cell_id ?? d.key };
}
/** Every cell the comment can name: head cells, then base-only cells of the diff. */
function cellIndex(head, diff) {
    const m = new Map();
    for (const c of head.cells ?? [])
        if (typeof c?.cell_id === 'string')
            m.set(c.cell_id, cellRefOf(c));
    for (const d of diff?.cells ?? []) {
        const r = diffRef(d);
        if (!m.has(r.id))
            m.set(r.id, r);
    }
    return m;
}
/** "config · c64" labels for a set of cells, named against each other. */
function shortLabels(refs) {
    const names = (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .nameCells */ .t7)(refs);
    const out = new Map();
    refs.forEach((r, i) => {
        const parts = [names.config[i] ?? ''];
        names.topologyKeys.forEach((k, j) => parts.push(`${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .topologyLabel */ ._t)(k)} ${names.topology[i]?.[j] ?? '—'}`));
        if (r.identity.concurrency !== null)
            parts.push(`c${r.identity.concurrency}`);
        out.set(r.id, parts.filter((p) => p !== '').join(' · ') || 'one cell');
    });
    return out;
}
/** Label columns (config, conc, varying topology) for the rows' cells, named against each other. */
function labelColumns(cells) {
    const names = (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .nameCells */ .t7)(cells.map(diffRef));
    const withConfig = names.config.some((c) => c !== '');
    const header = [...(withConfig ? ['Config'] : []), 'Conc', ...names.topologyKeys.map((k) => (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .topologyLabel */ ._t)(k))];
    const cols = cells.map((_, i) => [
        ...(withConfig ? [names.config[i] || '—'] : []),
        names.concurrency[i] ?? '—',
        ...(names.topology[i] ?? []),
    ]);
    return { header, cols, common: names.common };
}


/***/ }),

/***/ 1796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ chartsSection)
});

// UNUSED EXPORTS: sectionCharts

;// CONCATENATED MODULE: ./src/render/charts.ts
/**
 * Mermaid xychart-beta charts of one sweep family (one metric over concurrency): base as bars,
 * head as a line, in an explicit palette set by the init directive (each colour ≥ 3:1 against
 * GitHub's light and dark backgrounds), the key in the title, units scaled to the data, failed
 * points marked on the axis, and every number written in plain decimal notation (mermaid's grammar
 * has no exponents).
 */
/** Base (bars) and head (line) colours. Contrast: see test/render/charts.test.ts. */
const CHART_PALETTE = { base: '#7d8590', head: '#d55e00' };
/**
 * Backgrounds the charts sit on: GitHub's light and dark pages, and the plot background mermaid's
 * default and dark themes draw (white, #333333).
 */
const CHART_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117', mermaidDark: '#333333' };
const CHART_WIDTH = 760;
const CHART_HEIGHT = 300;
/** Plain decimal for mermaid: ≤ 4 significant digits, never an exponent, never -0. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    const a = Math.abs(v);
    if (a < 1e-9)
        return '0';
    const digits = a >= 1000 ? 0 : Math.min(12, Math.max(0, 3 - Math.floor(Math.log10(a))));
    let s = v.toFixed(digits);
    if (s.includes('.'))
        s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s === '-0' ? '0' : s;
}
/** A round upper bound for the y axis (1, 2, 2.5, 5 × 10^k) at or above `v`. */
function niceMax(v) {
    if (!Number.isFinite(v) || v <= 0)
        return 1;
    const p = 10 ** Math.floor(Math.log10(v));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        if (m * p >= v * 1.05)
            return m * p;
    return 10 * p;
}
function scaleFor(kind, max, unit) {
    if (kind === 'latency_s')
        return max * 1000 >= 10_000 ? { unit: 's', factor: 1 } : { unit: 'ms', factor: 1000 };
    if (max >= 100_000)
        return { unit: `k ${unit}`, factor: 1 / 1000 };
    return { unit, factor: 1 };
}
function label(s) {
    return s.replace(/["\\]/g, "'").replace(/[^\p{L}\p{N} ._/()%,:+-]/gu, ' ');
}
/**
 * One chart, or null when fewer than 2 points have a value. `title` is the metric name (short);
 * the key ("bars: base, line: head") and the unit are added to it.
 */
function renderChart(opts) {
    const pts = [...opts.points].sort((a, b) => a.concurrency - b.concurrency);
    const usable = pts.filter((p) => p.head !== null || (opts.withBase && p.base !== null) || p.headFailed);
    const valued = usable.filter((p) => p.head !== null || (opts.withBase && p.base !== null));
    if (valued.length < 2)
        return null;
    let max = 0;
    for (const p of usable) {
        if (p.head !== null)
            max = Math.max(max, p.head);
        if (opts.withBase && p.base !== null)
            max = Math.max(max, p.base);
    }
    const s = scaleFor(opts.kind, max, opts.unit);
    const top = niceMax(max * s.factor);
    const key = opts.withBase ? 'bars base, line head' : 'head run, no baseline';
    const failed = usable.some((p) => p.headFailed);
    const init = {
        xyChart: { width: CHART_WIDTH, height: CHART_HEIGHT, titleFontSize: 16 },
        themeVariables: {
            xyChart: {
                plotColorPalette: opts.withBase ? `${CHART_PALETTE.base}, ${CHART_PALETTE.head}` : CHART_PALETTE.head,
            },
        },
    };
    const x = usable.map((p) => `"${p.concurrency}${p.headFailed ? ' ✗' : ''}"`).join(', ');
    const v = (n) => chartNumber(n === null ? 0 : n * s.factor);
    const lines = [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        `  title "${label(`${opts.title} (${s.unit}), ${key}`)}"`,
        `  x-axis "${failed ? 'Concurrency (✗ failed, plotted at 0)' : 'Concurrency'}" [${x}]`,
        `  y-axis "${label(s.unit)}" 0 --> ${chartNumber(top)}`,
    ];
    if (opts.withBase)
        lines.push(`  bar [${usable.map((p) => v(p.base)).join(', ')}]`);
    lines.push(`  line [${usable.map((p) => v(p.headFailed ? null : p.head)).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
/** WCAG relative luminance of #rrggbb. */
function luminance(hex) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
    if (!m)
        throw new Error(`not a #rrggbb colour: ${hex}`);
    const ch = [m[1], m[2], m[3]].map((h) => {
        const c = parseInt(h, 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}
/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
    const la = luminance(a);
    const lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// EXTERNAL MODULE: ./src/core/curve/tail.ts
var curve_tail = __webpack_require__(7101);
// EXTERNAL MODULE: ./src/render/comment/format.ts
var format = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/render/comment/cells.ts
var cells = __webpack_require__(703);
// EXTERNAL MODULE: ./src/core/compare/verdicts.ts
var verdicts = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/render/labels.ts
var labels = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/render/comment/charts.ts
/** Section `charts`: mermaid charts per family (changed families open, the rest collapsed). */






/** Charted metrics; a `tail` entry charts the tail statistic its family carries. */
const CHART_METRICS = [
    { metric: 'p99_ttft', tail: 'ttft', title: 'p99 TTFT', kind: 'latency_s', unit: 's' },
    { metric: 'tput_per_gpu', tail: null, title: 'Throughput per GPU', kind: 'throughput', unit: 'tok/s/GPU' },
];
/** Every metric a chart point records: each tail candidate of a tail entry. */
const CHART_KEYS = CHART_METRICS.flatMap((m) => m.tail === null ? [m.metric] : curve_tail/* TAIL_STATS */.fu.map((stat) => `${stat}_${m.tail}`));
function chartFamilies(head, diff) {
    const families = new Map();
    const headCells = new Map((head.cells ?? []).map((c) => [c.cell_id, c]));
    const failed = (id) => {
        const c = id ? headCells.get(id) : undefined;
        return c?.completion?.status === 'failed';
    };
    if (diff) {
        for (const c of diff.cells) {
            if (c.identity.concurrency === null || c.status === 'incomparable')
                continue;
            let f = families.get(c.family);
            if (!f)
                families.set(c.family, (f = { key: c.family, label: (0,labels/* familyLabel */.B8)(c.identity), changed: 0, points: [] }));
            if (c.status === 'regressed' || c.status === 'improved')
                f.changed++;
            const get = (m, side) => {
                const x = c.verdict?.comparisons.find((y) => y.metric === m);
                return x && (0,format/* fin */.UO)(x[side]) ? x[side] : null;
            };
            f.points.push({
                concurrency: c.identity.concurrency,
                failed: c.status === 'missing' ? false : failed(c.head_cell_id),
                base: Object.fromEntries(CHART_KEYS.map((k) => [k, get(k, 'base')])),
                head: Object.fromEntries(CHART_KEYS.map((k) => [k, get(k, 'head')])),
            });
        }
    }
    else {
        for (const c of [...(head.cells ?? [])].sort((a, b) => (0,format/* cmp */.r2)(a.cell_id, b.cell_id))) {
            if (typeof c.concurrency !== 'number')
                continue;
            const key = (0,cells/* familyKeySafe */.nN)(c);
            let f = families.get(key);
            if (!f)
                families.set(key, (f = { key, label: (0,labels/* familyLabel */.B8)((0,verdicts/* identityOf */.cu)(c)), changed: 0, points: [] }));
            f.points.push({
                concurrency: c.concurrency,
                failed: c.completion?.status === 'failed',
                base: {},
                head: Object.fromEntries(CHART_KEYS.map((k) => [k, (0,format/* fin */.UO)(c.metrics?.[k]) ? c.metrics[k] : null])),
            });
        }
    }
    return [...families.values()]
        .filter((f) => new Set(f.points.map((p) => p.concurrency)).size >= 2)
        .sort((a, b) => b.changed - a.changed || b.points.length - a.points.length || (0,format/* cmp */.r2)(a.key, b.key));
}
function familyCharts(f, withBase) {
    const out = [];
    for (const m of CHART_METRICS) {
        const tail = m.tail === null
            ? null
            : (0,curve_tail/* tailOfSet */.ap)(m.tail, (k) => f.points.some((p) => (p.base[k] ?? null) !== null || (p.head[k] ?? null) !== null));
        const key = tail?.key ?? m.metric;
        const title = tail && m.tail !== null ? (0,curve_tail/* tailLabel */.ZL)(tail.stat, m.tail) : m.title;
        const pts = f.points.map((p) => ({
            concurrency: p.concurrency,
            base: p.base[key] ?? null,
            head: p.head[key] ?? null,
            headFailed: p.failed || (p.head[key] === null && (p.base[key] ?? null) !== null),
        }));
        const ch = renderChart({ title, kind: m.kind, unit: m.unit, points: pts, withBase });
        if (ch)
            out.push(ch);
    }
    return out;
}
function sectionCharts(head, diff, maxFamilies) {
    const fams = chartFamilies(head, diff);
    if (fams.length === 0)
        return null;
    const withBase = diff !== null;
    const open = withBase ? fams.filter((f) => f.changed > 0).slice(0, maxFamilies) : fams.slice(0, maxFamilies);
    const closed = fams.filter((f) => !open.includes(f)).slice(0, maxFamilies);
    const block = (f) => {
        const charts = familyCharts(f, withBase);
        return charts.length === 0 ? null : `**${f.label}**\n\n${charts.join('\n\n')}\n`;
    };
    const parts = [];
    const key = withBase
        ? 'Base run as grey bars, head run as an orange line; ✗ marks a point whose head cell failed or has no value.'
        : 'Head run only (no baseline); ✗ marks a failed point.';
    parts.push(`### Charts\n\n${key}\n`);
    const openBlocks = open.map(block).filter((b) => b !== null);
    parts.push(...openBlocks);
    const closedBlocks = closed.map(block).filter((b) => b !== null);
    if (closedBlocks.length > 0) {
        const what = withBase ? 'without a change' : 'more';
        parts.push((0,format/* details */.zH)(`Charts of ${(0,format/* plural */.LS)(closedBlocks.length, `family`, 'families')} ${what}`, closedBlocks.join('\n')));
    }
    const left = fams.length - open.length - closed.length;
    if (left > 0)
        parts.push(`_${(0,format/* plural */.LS)(left, 'more family', 'more families')} in the artifact._\n`);
    if (openBlocks.length === 0 && closedBlocks.length === 0)
        return null;
    return parts.join('\n');
}
const chartsSection = {
    id: 'charts',
    render: (ctx) => sectionCharts(ctx.head, ctx.diff, ctx.limits.chartFamilies),
    droppable: true,
    dropNote: 'charts',
};


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ costSection)
/* harmony export */ });
/* unused harmony export sectionCost */
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6020);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4543);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6228);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4529);




function sectionCost(head, diff, currency, r) {
    const h = diff?.head.totals;
    const b = diff?.base.totals;
    const cost = head.run_summary?.cost;
    const rows = [];
    const add = (label, base, headV, unit) => {
        if ((base === null || base === undefined) && (headV === null || headV === undefined))
            return;
        const bv = base ?? null;
        const hv = headV ?? null;
        let delta = '—';
        if (diff && bv !== null && hv !== null) {
            if (unit === 'fraction')
                delta = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSignedPoints */ .t0)(hv - bv);
            else
                delta = bv !== 0 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSignedPct */ .lA)((hv - bv) / Math.abs(bv)) : '—';
        }
        rows.push(diff
            ? [label, (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.nb)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(unit, bv, currency)), (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.nb)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(unit, hv, currency)), (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.nb)(delta)]
            : [label, (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.nb)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(unit, hv, currency))]);
    };
    const headTotals = h ?? {
        requests_total: r.known > 0 ? r.total : null,
        requests_successful: r.known > 0 ? r.ok : null,
        success_rate: r.known > 0 && r.total > 0 ? r.ok / r.total : null,
        sessions_completed: null,
        compute_cost: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fin */ .UO)(cost?.compute_cost) ? cost.compute_cost : null,
        gpu_hours: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fin */ .UO)(cost?.gpu_hours) ? cost.gpu_hours : null,
        cost_per_completed_request: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fin */ .UO)(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
        cost_per_million_output_tokens: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fin */ .UO)(cost?.cost_per_million_output_tokens)
            ? cost.cost_per_million_output_tokens
            : null,
    };
    add('Success rate', b?.success_rate, headTotals.success_rate, 'fraction');
    add('Successful requests', b?.requests_successful, headTotals.requests_successful, 'count');
    add('Sessions completed', b?.sessions_completed, headTotals.sessions_completed, 'count');
    add('Compute cost', b?.compute_cost, headTotals.compute_cost, 'currency');
    add('GPU-hours', b?.gpu_hours, headTotals.gpu_hours, 'count');
    add((0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)('cost_per_completed_request'), b?.cost_per_completed_request, headTotals.cost_per_completed_request, 'currency');
    add((0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)('cost_per_million_output_tokens'), b?.cost_per_million_output_tokens, headTotals.cost_per_million_output_tokens, 'currency');
    const hs = head.run_summary;
    const cellsLine = hs ? `Head cells: ${(0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .cellStates */ .NP)(hs)}.` : '';
    if (rows.length === 0)
        return `### Cost and completion\n\n${cellsLine}\n\n_No request counts or cost in the report${diff ? 's' : ''}._\n`;
    let costLine = '';
    if (diff) {
        const costRegressed = diff.cells.filter((c) => c.verdict?.comparisons.some((m) => m.kind === 'cost' && m.outcome === 'regressed')).length;
        const compRegressed = diff.cells.filter((c) => c.verdict?.comparisons.some((m) => m.kind === 'completion' && m.outcome === 'regressed')).length;
        costLine = `\nCells with a cost regression: ${costRegressed} · with a completion regression: ${compRegressed}.\n`;
    }
    const header = diff ? ['Run total', 'Base', 'Head', 'Δ'] : ['Run total', 'Head'];
    const align = diff ? ['l', 'r', 'r', 'r'] : ['l', 'r'];
    return `### Cost and completion\n\n${cellsLine}\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)([header, ...rows], align)}${costLine}`;
}
const costSection = {
    id: 'cost',
    render: (ctx) => sectionCost(ctx.head, ctx.diff, ctx.currency, ctx.requests),
    droppable: true,
    dropNote: 'cost and completion',
};


/***/ }),

/***/ 772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _d: () => (/* binding */ headAndDelta),
/* harmony export */   mx: () => (/* binding */ deltaText),
/* harmony export */   pj: () => (/* binding */ methodText)
/* harmony export */ });
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3613);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4543);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);



/** The change of one comparison, marked 🔴 worse / 🟢 better when decided. */
function deltaText(c) {
    const text = c.kind === 'completion' && c.unit === 'fraction'
        ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPoints */ .t0)(c.delta)
        : c.kind === 'eval'
            ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(c.delta, 4)
            : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPct */ .lA)(c.relative_delta);
    const mark = c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isSuspicious */ .oK)(c) ? ` ${_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .SUSPICIOUS_ICON */ .EM}` : '';
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.nb)(`${text}${mark}`);
}
/** Head value and its change on one line ("3.40 s +30% 🔴"); just the value when unchanged. */
function headAndDelta(c, currency) {
    if (!c)
        return '—';
    const v = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.unit, c.head, currency);
    if (c.head === null)
        return c.base === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.nb)(`— (was ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.unit, c.base, currency)})`);
    if (c.outcome !== 'regressed' && c.outcome !== 'improved' && !(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isSuspicious */ .oK)(c))
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.nb)(v);
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.nb)(`${v} ${deltaText(c)}`);
}
/** How many base runs a comparison rests on (compare.json `n_base_runs`), as the evidence says it. */
function runsText(c) {
    const n = c.n_base_runs;
    return typeof n === 'number' ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'base run')}` : '';
}
/** What decided a run-level verdict (compare's reason codes, docs/COMPARE.md "Decision rules"). */
const REASON_SHORT = {
    beyond_cell_noise: 'beyond cell noise',
    coherent_family: 'family-wide',
    coherent_sweep: 'sweep-wide',
};
function methodText(c) {
    const m = methodCore(c);
    const why = c.outcome === 'regressed' || c.outcome === 'improved' ? REASON_SHORT[c.reason ?? ''] : undefined;
    return m === '—' ? m : `${m}${runsText(c)}${why ? `; ${why}` : ''}`;
}
function methodCore(c) {
    switch (c.method) {
        case 'run_interval':
            return `outside base-run interval q=${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(c.q_value)}, shift ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPct */ .lA)(c.effect_size)}`;
        case 'mann_whitney_u':
            return `Mann-Whitney q=${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(c.q_value)}, shift ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPct */ .lA)(c.effect_size)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
        case 'bootstrap_quantile':
            return `bootstrap q=${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(c.q_value)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
        case 'noise_band':
            return `beyond ±${c.threshold ? (c.threshold.basis === 'absolute' ? `${(c.threshold.value * 100).toFixed(1)} pt` : `${(c.threshold.value * 100).toFixed(0)}%`) : '?'} band`;
        case 'eval_stderr':
            return `beyond ${c.threshold?.name === 'eval stderr' ? 'stderr' : 'min drop'} ${c.threshold ? c.threshold.value.toFixed(4) : '?'}`;
        default:
            return '—';
    }
}


/***/ }),

/***/ 9335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ envRowText),
/* harmony export */   K: () => (/* binding */ envHeadline)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4543);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);


/** Environment fields in the order environment.ts writes them (`cluster cw · runner h200-cw_00`). */
const ENV_FIELDS = ['cluster', 'runner', 'host', 'image'];
const ENV_NOUN = {
    cluster: 'ran on different clusters',
    runner: 'ran on different runners',
    host: 'ran on different hosts',
    image: 'ran different engine images',
    environment: 'ran in different environments',
};
/** The values of each field in a side's environment descriptions (untrusted text, not yet escaped). */
function envValues(list) {
    const m = new Map();
    for (const d of list) {
        if (typeof d !== 'string')
            continue;
        for (const part of d.split(' · ')) {
            const i = part.indexOf(' ');
            const k = i < 0 ? '' : part.slice(0, i);
            if (!ENV_FIELDS.includes(k))
                continue;
            const set = m.get(k) ?? new Set();
            set.add(part.slice(i + 1));
            m.set(k, set);
        }
    }
    return new Map([...m.entries()].map(([k, v]) => [k, [...v].sort()]));
}
/**
 * What changed between the base and head environment of a pair, field by field (cluster, runner,
 * host, image); null unless compare.json says the environments differ.
 */
function envChange(d) {
    const e = d.environment;
    if (!e || e.differs !== true || !Array.isArray(e.base) || !Array.isArray(e.head))
        return null;
    const b = envValues(e.base);
    const h = envValues(e.head);
    const out = [];
    for (const f of ENV_FIELDS) {
        const bv = b.get(f) ?? [];
        const hv = h.get(f) ?? [];
        if (bv.length === hv.length && bv.every((x, i) => x === hv[i]))
            continue;
        out.push({ field: f, base: bv, head: hv });
    }
    if (out.length > 0)
        return out;
    // Descriptions that are not `field value` pairs: the whole descriptions.
    const str = (l) => l.filter((x) => typeof x === 'string');
    return [{ field: 'environment', base: str(e.base), head: str(e.head) }];
}
function envSide(values, max) {
    if (values.length === 0)
        return '?';
    const shown = values.slice(0, 2).map((v) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(v, max));
    return `${shown.join('/')}${values.length > 2 ? ` +${values.length - 2}` : ''}`;
}
/** One field's change, escaped: "runner h200-cw\_00 → h200-nb\_1". */
function envFieldText(ch, max = 40) {
    return `${ch.field} ${envSide(ch.base, max)} → ${envSide(ch.head, max)}`;
}
/**
 * The first changed field of a pair, escaped, for a row ("cluster cw → nb (+ runner)"); '' when
 * none. A change the headline already states for most cells reads "cluster as above" in the
 * change tables (`asAbove`) and is left out of the per-cell verdicts.
 */
function envRowText(d, diff, asAbove = false) {
    const ch = envChange(d);
    if (!ch || ch.length === 0)
        return '';
    const first = ch[0];
    const common = envCommon(diff);
    if (common && envKey(first) === envKey(common.change))
        return asAbove ? `${first.field} as above` : '';
    const more = ch.slice(1).map((c) => c.field);
    return `${envFieldText(first)}${more.length > 0 ? ` (+${_format_js__WEBPACK_IMPORTED_MODULE_1__.NB}${more.join(', ')})` : ''}`;
}
function envKey(c) {
    return JSON.stringify([c.field, c.base, c.head]);
}
const ENV_COMMON = new WeakMap();
/**
 * The change of environment shared by most matched pairs, when at least half of the pairs that say
 * where they ran changed it (null otherwise). Computed once per diff.
 */
function envCommon(diff) {
    const hit = ENV_COMMON.get(diff);
    if (hit !== undefined)
        return hit;
    const known = diff.cells.filter((d) => d.verdict !== null && d.environment && typeof d.environment === 'object');
    const changes = known.map(envChange).filter((c) => c !== null && c.length > 0);
    let out = null;
    if (changes.length > 0 && changes.length * 2 >= known.length) {
        const byField = new Map();
        for (const c of changes) {
            const first = c[0];
            const t = byField.get(first.field) ?? { base: new Set(), head: new Set(), n: 0 };
            first.base.forEach((v) => t.base.add(v));
            first.head.forEach((v) => t.head.add(v));
            t.n++;
            byField.set(first.field, t);
        }
        const order = (f) => ENV_FIELDS.indexOf(f);
        const [field, t] = [...byField.entries()].sort((a, b) => b[1].n - a[1].n || order(a[0]) - order(b[0]))[0];
        out = {
            change: { field, base: [...t.base].sort(), head: [...t.head].sort() },
            n: t.n,
            known: known.length,
            others: changes.length - t.n,
        };
    }
    ENV_COMMON.set(diff, out);
    return out;
}
/** Headline line for a change of environment most cells share ("base and head ran on different runners: cw → nb"). */
function envHeadline(diff) {
    const c = envCommon(diff);
    if (!c)
        return null;
    const what = ENV_NOUN[c.change.field] ?? ENV_NOUN.environment;
    const values = `${envSide(c.change.base, 60)} → ${envSide(c.change.head, 60)}`;
    const cells = `${c.n} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(c.known, 'compared cell')}${c.others > 0 ? `; ${c.others} more with other changes` : ''}`;
    return `⚠️ Base and head ${what}: ${values} (${cells}); run-to-run noise across machines is larger than on one.`;
}


/***/ }),

/***/ 4543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Fr: () => (/* binding */ currencyOf),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   NB: () => (/* binding */ NB),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   UO: () => (/* binding */ fin),
/* harmony export */   nb: () => (/* binding */ nb),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   r2: () => (/* binding */ cmp),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);



/** No-break space: keeps a value, its unit and its change on one line. */
const NB = '\u00a0';
function fin(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function nb(s) {
    return s.replace(/ /g, NB);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function thousands(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function formatValue(unit, v, currency) {
    switch (unit) {
        case 's':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(v);
        case 'tok/s/GPU':
        case 'tok/s':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ)(v);
        case 'fraction':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPct */ .R8)(v);
        case 'currency':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMoney */ .up)(v, currency);
        case 'score':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(v);
        default:
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(v);
    }
}
function table(rows, align) {
    return `${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(rows, { align })}\n`;
}
function details(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
}
/** Only https URLs without spaces, quotes or brackets, from run metadata (never from reports). */
function safeUrl(u) {
    if (typeof u !== 'string')
        return null;
    if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u))
        return null;
    if (/[()<>\s"]/.test(u) || u.length > 500)
        return null;
    return u;
}
function currencyOf(head) {
    const c = head.run_summary?.cost?.currency;
    return typeof c === 'string' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(c, 8) : 'USD';
}


/***/ }),

/***/ 5150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gatesSection)
/* harmony export */ });
/* unused harmony export sectionGates */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4543);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6228);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6020);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7789);




const ICONS = {
    pass: '✅ pass',
    fail: '❌ fail',
    not_found: '❔ not found',
    conflict: '⚠️ conflict',
    error: '🛑 error',
};
/** Outcomes in the order the table lists them (and the summary line counts them). */
const OUTCOME_ORDER = ['fail', 'error', 'conflict', 'not_found', 'pass'];
function gateValue(v) {
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fin */ .UO)(v))
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__.nb)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(v));
    return typeof v === 'string' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeCode */ .lI)(v, 30) : '—';
}
function gateCells(r, labels) {
    if (r.cells.length === 0)
        return '—';
    const shown = r.cells.slice(0, 2).map((c) => labels.get(c) ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeCode */ .lI)(c, 40));
    return `${shown.join(', ')}${r.cells.length > 2 ? ` +${r.cells.length - 2}` : ''}`;
}
function sectionGates(head, labels, maxRows) {
    const results = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .gateResults */ .gJ)(head);
    if (results === null)
        return null;
    if (results.length === 0)
        return '### SLO gates\n\n_No gates configured._\n';
    const sorted = [...results].sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) || (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cmp */ .r2)(a.gate, b.gate));
    const counts = new Map();
    for (const r of results)
        counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
    const summary = OUTCOME_ORDER.filter((k) => counts.has(k))
        .map((k) => `${counts.get(k)} ${k.replace('_', ' ')}`)
        .join(' · ');
    const row = (r) => [
        r.name ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(r.name, 60) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeCode */ .lI)(r.gate, 60),
        ICONS[r.outcome],
        gateValue(r.value),
        r.severity === 'warning' ? 'warning' : 'blocking',
        gateCells(r, labels),
    ];
    const header = ['Gate', 'Outcome', 'Value', 'Kind', 'Cells'];
    const align = ['l', 'l', 'r', 'l', 'l'];
    const notPassed = sorted.filter((r) => r.outcome !== 'pass');
    const passed = sorted.filter((r) => r.outcome === 'pass');
    const shownBad = notPassed.slice(0, maxRows);
    const shownGood = passed.slice(0, Math.max(0, maxRows - shownBad.length));
    let out = `### SLO gates\n\n${summary}\n`;
    if (shownBad.length > 0)
        out += `\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([header, ...shownBad.map(row)], align)}`;
    if (shownGood.length > 0)
        out += `\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(passed.length, 'passing check')}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([header, ...shownGood.map(row)], align))}`;
    const left = results.length - shownBad.length - shownGood.length;
    if (left > 0)
        out += `\n_${left} more gate result(s) are in report.json._\n`;
    return out;
}
const gatesSection = {
    id: 'gates',
    render: (ctx) => sectionGates(ctx.head, ctx.labels, ctx.limits.gateRows),
    droppable: true,
    dropNote: 'gates',
    present: (ctx) => (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .gateResults */ .gJ)(ctx.head) !== null,
};


/***/ }),

/***/ 5252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ dropsSection),
/* harmony export */   R: () => (/* binding */ leftOutSection)
/* harmony export */ });
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1796);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(605);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);
/* harmony import */ var _suspicious_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6471);
/** Section `left-out`: the note naming what a budget plan left out that had something to show. */




/** The sections the note can name, in the order it names them (as the comment has always said it). */
const NAMED = [_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gatesSection */ .A, _charts_js__WEBPACK_IMPORTED_MODULE_0__/* .chartsSection */ .$, _cost_js__WEBPACK_IMPORTED_MODULE_1__/* .costSection */ .p, _suspicious_js__WEBPACK_IMPORTED_MODULE_3__/* .suspiciousSection */ .F];
/** Whether `plan` leaves `s` out. */
function dropsSection(plan, s) {
    return s.droppable && plan.drop.includes(s.id);
}
const leftOutSection = {
    id: 'left-out',
    render: (ctx, plan) => {
        const dropped = NAMED.filter((s) => dropsSection(plan, s) && s.dropNote !== null)
            .filter((s) => s.present?.(ctx) ?? true)
            .map((s) => s.dropNote);
        return dropped.length > 0
            ? `_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`
            : null;
    },
    droppable: false,
    dropNote: null,
};


/***/ }),

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ changes),
/* harmony export */   EM: () => (/* binding */ SUSPICIOUS_ICON),
/* harmony export */   Fb: () => (/* binding */ suspiciousRows),
/* harmony export */   Un: () => (/* binding */ suspiciousWhy),
/* harmony export */   j0: () => (/* binding */ SUSPICIOUS_OPEN),
/* harmony export */   oK: () => (/* binding */ isSuspicious)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4543);

/** The mark of a suspicious change: shown, never a failure (never 🔴). */
const SUSPICIOUS_ICON = '🟡';
/** Suspicious rows shown open; the rest (up to the limit) in a <details>. */
const SUSPICIOUS_OPEN = 5;
/** Beyond the cell's usual range but inside the heavy tail of noise: shown, never a verdict. */
function isSuspicious(c) {
    return c.suspicious === true && c.outcome !== 'regressed' && c.outcome !== 'improved';
}
/**
 * Why a metric is suspicious, from its reason code and whether a jump was allowed for (compare.json
 * `reason`, `noise.jump_share`; never from `note`).
 */
function suspiciousWhy(c) {
    if (c.reason === 'isolated_tail')
        return "tail alone (median and neighbours held), outside this cell's usual range; re-run to confirm";
    if ((c.noise?.jump_share ?? 0) > 0)
        return "a single run beyond this cell's own runs; re-run to confirm";
    return "outside this cell's usual range; re-run to confirm";
}
/** Suspicious comparisons, largest |relative change| first, then cell order and metric. */
function suspiciousRows(diff) {
    const rows = [];
    diff.cells.forEach((cell, order) => {
        for (const c of cell.verdict?.comparisons ?? [])
            if (isSuspicious(c))
                rows.push({ cell, c, order });
    });
    const mag = (c) => Math.abs(c.relative_delta ?? c.delta ?? 0);
    rows.sort((a, b) => mag(b.c) - mag(a.c) || a.order - b.order || (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.c.metric, b.c.metric));
    return rows;
}
/** Regressed comparisons first, then improved; within each by |relative change| desc, then cell order. */
function changes(diff) {
    const rows = [];
    diff.cells.forEach((cell, order) => {
        for (const c of cell.verdict?.comparisons ?? []) {
            if (c.outcome === 'regressed' || c.outcome === 'improved')
                rows.push({ cell, c, order });
        }
    });
    const mag = (c) => Math.abs(c.relative_delta ?? c.delta ?? 0);
    rows.sort((a, b) => (a.c.outcome === 'regressed' ? 0 : 1) - (b.c.outcome === 'regressed' ? 0 : 1) ||
        mag(b.c) - mag(a.c) ||
        a.order - b.order ||
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.c.metric, b.c.metric));
    return rows;
}


/***/ }),

/***/ 6471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ suspiciousSection)
/* harmony export */ });
/* unused harmony export sectionSuspicious */
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3613);
/* harmony import */ var _delta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(772);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4543);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9335);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(703);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4529);






/**
 * Suspicious metrics (compare.json `suspicious: true`): outside the cell's usual range but inside
 * the heavy tail of run-to-run noise. Shown with 🟡, never as a failure; the first few open, the
 * rest up to `maxRows` in a <details>, the others counted.
 */
function sectionSuspicious(diff, currency, maxRows) {
    const all = (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .suspiciousRows */ .Fb)(diff);
    if (all.length === 0 || maxRows <= 0)
        return null;
    const shown = all.slice(0, maxRows);
    const lc = (0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .labelColumns */ .OU)(shown.map((r) => r.cell));
    const env = shown.map((r) => (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .envRowText */ .B)(r.cell, diff, true));
    const withEnv = env.some((e) => e !== '');
    const header = [...lc.header, 'Metric', 'Head', 'Δ vs base', 'Why', ...(withEnv ? ['Ran on'] : [])];
    const align = [
        ...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')),
        'l',
        'r',
        'r',
        'l',
        ...(withEnv ? ['l'] : []),
    ];
    const rows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(c.metric),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_5__.nb)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatValue */ .Fl)(c.unit, c.head, currency)),
        (0,_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .deltaText */ .mx)(c),
        (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .suspiciousWhy */ .Un)(c),
        ...(withEnv ? [env[i] || '—'] : []),
    ]);
    const open = rows.slice(0, _rows_js__WEBPACK_IMPORTED_MODULE_4__/* .SUSPICIOUS_OPEN */ .j0);
    const rest = rows.slice(_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .SUSPICIOUS_OPEN */ .j0);
    const what = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(all.length, 'metric')} moved outside ${all.length === 1 ? 'its' : 'their'} cell's usual range but inside the heavy tail of run-to-run noise: not a verdict, never a failed check; re-run to confirm.`;
    let out = `### ${_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .SUSPICIOUS_ICON */ .EM} Suspicious: shown, not failing\n\n${what}\n`;
    if (lc.common)
        out += `\nAll rows: ${lc.common}.\n`;
    out += `\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)([header, ...open], align)}`;
    if (rest.length > 0)
        out += `\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .details */ .zH)(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(rest.length, 'more suspicious metric')}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)([header, ...rest], align))}`;
    if (all.length > shown.length)
        out += `\n_${all.length - shown.length} more suspicious metric(s) are in compare.json (artifact)._\n`;
    return out;
}
const suspiciousSection = {
    id: 'suspicious',
    render: (ctx, plan) => (ctx.diff ? sectionSuspicious(ctx.diff, ctx.currency, plan.suspiciousRows) : null),
    droppable: true,
    dropNote: 'suspicious metrics',
    present: (ctx) => ctx.diff !== null && (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .suspiciousRows */ .Fb)(ctx.diff).length > 0,
};


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   lI: () => (/* binding */ safeCode)
/* harmony export */ });
/* unused harmony exports stripInvisible, escapeHtml, LOG_LINE_MAX, safeLog */
/**
 * The one sanitiser of untrusted text (model names, paths, labels, messages from artifacts and from
 * reports we did not write in this process), applied where text leaves us:
 *
 * - markdown sinks (comment, job summary, report.md): `safeText` for prose and table cells,
 *   `safeCode` for ids and paths: HTML escaped, table-safe (`|` and newlines), @mentions and #refs
 *   defanged, no link syntax and no autolinkable `www.` / `http(s):` text taken from inputs;
 * - log lines and annotations: `safeLog`: one line, workflow-command sequences (`::`) broken and
 *   `%0A` / `%0D` escaped, so untrusted text can never start or smuggle a workflow command.
 *
 * src/io/log.ts is the only module that calls core.info / warning / error / notice; it applies
 * `safeLog` to every message.
 *
 * Counts and statuses of a report we did not write go through `safeText` too: the contract leaves
 * `run_summary`, `completion` and the severity counts open, so a fork's report can put text where
 * a number is expected. The comment, the job summary (report.md included) and the check run's
 * output (its title and summary are the comment's top) all render through these functions;
 * test/render/untrusted-inert.test.ts and test/e2e/hostile.e2e.test.ts render a report with the
 * payload in every field and find no live markup.
 */
/** Drops C1 controls and bidi/invisible format characters that make text read differently (docs/ACTION.md). */
function stripInvisible(s) {
    return s.replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}
/** Escapes HTML-significant characters. */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Text safe for markdown prose and table cells: HTML escaped, pipes and backslashes escaped,
 * newlines flattened, markdown link/image/emphasis syntax and backticks neutralised,
 * `@user` and `#123` defanged with a zero-width joiner so GitHub does not notify or link.
 */
function safeText(s, maxLen = 300) {
    let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    // Most text (model names, numbers, units) has nothing any rule below would change: then it is
    // returned as is, without a dozen no-op passes over it.
    if (t.length <= maxLen && !TEXT_TOUCHED.test(t) && !TEXT_TOUCHED_WORDS.test(t))
        return t;
    t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    t = stripInvisible(t);
    if (t.length > maxLen)
        t = `${t.slice(0, maxLen - 1)}…`;
    t = escapeHtml(t);
    t = t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
    t = t.replace(/([[\]()*_`~!])/g, '\\$1');
    t = t.replace(/@(?=[A-Za-z0-9-])/g, '@\u200d');
    t = t.replace(/#(?=\d)/g, '#\u200d');
    t = t.replace(/(https?|ftp|javascript|data):/gi, '$1\u200d:');
    // GitHub also autolinks bare www. hosts (after any of `_*~(` too, so no word boundary) and GH-123.
    t = t.replace(/(www)\./gi, '$1\u200d.');
    t = t.replace(/\b(GH)-(?=\d)/gi, '$1\u200d-');
    return t;
}
/**
 * Every character some rule of safeText replaces or removes (controls, C1 controls, bidi and
 * invisible characters, HTML, markdown and mention/reference/link syntax), and the words it
 * defangs; a text matching neither (and not too long) is returned unchanged.
 */
const TEXT_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff&<>"\\|[\]()*_`~!@#:]/;
const TEXT_TOUCHED_WORDS = /www\.|\bGH-(?=\d)/i;
/** Every character some rule of safeCode replaces or removes. */
const CODE_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff`|]/;
/** Code-span text for ids and paths: backticks removed, length capped, table-safe. */
function safeCode(s, maxLen = 200) {
    let t = typeof s === 'string' ? s : String(s ?? '');
    if (t.length <= maxLen && !CODE_TOUCHED.test(t))
        return `\`${t}\``;
    t = t
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/`/g, "'")
        .replace(/[\u0000-\u001f\u007f]/g, '');
    t = stripInvisible(t);
    if (t.length > maxLen)
        t = `${t.slice(0, maxLen - 1)}…`;
    return `\`${t.replace(/\|/g, '\\|')}\``;
}
/** Longest log line we print from untrusted text (GitHub cuts lines far longer; keeps logs readable). */
const LOG_LINE_MAX = 2000;
/**
 * Text safe for one log line or an annotation: CR/LF/TAB flattened to spaces, other controls and
 * bidi characters dropped, every `::` (the workflow-command marker) broken with a zero-width space,
 * and `%0A` / `%0D` / `%25` written with an escaped `%`, so a line never starts or carries a workflow
 * command however the runner decodes it. Length capped.
 */
function safeLog(s, maxLen = LOG_LINE_MAX) {
    let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    if (t.length <= maxLen && !LOG_TOUCHED.test(t))
        return t;
    t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    t = stripInvisible(t);
    if (t.length > maxLen)
        t = `${t.slice(0, maxLen - 1)}…`;
    t = t.replace(/%(?=(?:0[AaDd]|25))/g, '%25');
    while (t.includes('::'))
        t = t.replace(/::/g, ':\u200b:');
    return t;
}
const LOG_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|::|%(?:0[AaDd]|25)/;


/***/ }),

/***/ 7269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ buildEnvironment),
/* harmony export */   s: () => (/* binding */ hasEnvironment)
/* harmony export */ });
/* harmony import */ var _core_compare_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(434);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5880);


/** Descriptions listed per side; the rest are counted in a last row. */
const MAX_ROWS = 50;
function rows(cells) {
    const counts = new Map();
    for (const c of cells) {
        const t = (0,_core_compare_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentText */ .HR)(c);
        if (t !== null)
            counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const all = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const shown = all.slice(0, MAX_ROWS).map(([t, n]) => [(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(t), n]);
    const rest = all.slice(MAX_ROWS).reduce((s, [, n]) => s + n, 0);
    if (rest > 0)
        shown.push([`${all.length - MAX_ROWS} more environments`, rest]);
    return shown;
}
/** Whether any cell of the head or the base runs says where it ran. */
function hasEnvironment(head, bases) {
    return [head, ...bases].some((r) => r.cells.some((c) => (0,_core_compare_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentText */ .HR)(c) !== null));
}
/** The section's data, or null when no cell says where it ran. */
function buildEnvironment(head, diff, bases) {
    if (!hasEnvironment(head, diff ? bases : []))
        return null;
    const paired = (diff?.cells ?? []).filter((c) => c.head_cell_id !== null && c.base_cell_id !== null);
    return {
        head: rows(head.cells),
        base: diff ? rows(bases.flatMap((b) => b.cells)) : null,
        pairs: paired.length,
        differing: paired.filter((c) => c.environment?.differs === true).length,
    };
}


/***/ }),

/***/ 5880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   Qq: () => (/* binding */ text)
/* harmony export */ });
/* unused harmony export MAX_TEXT */
/**
 * How values enter report.html's model: untrusted strings capped (they are shown as text, never
 * markup: client/report.js), numbers rounded to 5 significant digits (bytes are the budget).
 */
/** Longest untrusted string carried into the page (ids, labels, messages). */
const MAX_TEXT = 400;
/** `s` as text for the page: a string, capped at `max` characters. */
function text(s, max = MAX_TEXT) {
    const t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
/** A finite number rounded to 5 significant digits, else null. */
function round(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return null;
    return v === 0 ? 0 : Number(v.toPrecision(5));
}


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   B8: () => (/* binding */ familyLabel),
/* harmony export */   _t: () => (/* binding */ topologyLabel),
/* harmony export */   t7: () => (/* binding */ nameCells)
/* harmony export */ });
/* unused harmony export topologyValue */
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);
/**
 * Names a reader understands, in one place: human metric labels, topology key labels, and cell
 * labels built from what distinguishes the cells of one table (family fields that differ, the
 * concurrency, and the topology keys that differ between families that would otherwise read the
 * same). Raw cell ids never go into these labels; they go into collapsed details.
 */


// ---------------------------------------------------------------------------------------------
// Metrics
/**
 * The metric's human label from the metric catalogue (core/metrics.ts), escaped for markdown;
 * an unknown name reads with spaces for underscores.
 */
function metricLabel(metric) {
    const info = (0,_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricInfo */ .R)(metric);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(info ? info.label : metric.replace(/_/g, ' '), 60);
}
// ---------------------------------------------------------------------------------------------
// Topology
const TOPOLOGY_LABELS = {
    tp: 'TP',
    pp: 'PP',
    dcp_size: 'DCP',
    pcp_size: 'PCP',
    ep: 'EP',
    dp_attention: 'DP-attn',
    prefill_tp: 'P-TP',
    prefill_pp: 'P-PP',
    prefill_ep: 'P-EP',
    prefill_dp_attention: 'P-DP-attn',
    prefill_num_workers: 'P workers',
    decode_tp: 'D-TP',
    decode_pp: 'D-PP',
    decode_ep: 'D-EP',
    decode_dp_attention: 'D-DP-attn',
    decode_num_workers: 'D workers',
    spec_decoding: 'Spec',
    offloading: 'Offload',
};
function topologyLabel(key) {
    return TOPOLOGY_LABELS[key] ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(key.replace(/_/g, ' '), 24);
}
function topologyValue(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    if (typeof v === 'number')
        return String(v);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(String(v), 24);
}
/** Token count as 8k (multiples of 1024) or the number. */
function tokens(n) {
    if (n === null)
        return '?';
    return n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : String(n);
}
function shortModel(m) {
    if (!m)
        return '?';
    const tail = m.split('/').pop() ?? m;
    return tail === '' ? m : tail;
}
/** Family fields in reading order, each as a short text (null when unknown). */
function familyParts(id, fullModel) {
    return {
        hardware: id.hardware,
        model: id.model === null ? null : fullModel ? id.model : shortModel(id.model),
        framework: id.framework,
        precision: id.precision,
        lengths: id.isl === null && id.osl === null ? null : `${tokens(id.isl)}/${tokens(id.osl)}`,
        scenario: id.scenario_type,
        nodes: id.is_multinode === true ? 'multi-node' : null,
        recipe: id.recipe_name,
    };
}
const FAMILY_FIELDS = [
    'hardware',
    'model',
    'framework',
    'precision',
    'lengths',
    'scenario',
    'nodes',
    'recipe',
];
/** The family label of one cell with every known field: "h200 · DeepSeek-R1 · vllm · fp8 · 8k/1k". */
function familyLabel(id, fullModel = false) {
    const p = familyParts(id, fullModel);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(FAMILY_FIELDS.map((f) => p[f])
        .filter((x) => x !== null && x !== '')
        .join(' · ') || 'unknown configuration', 120);
}
/** True when two different models share a short name, so every row shows the full model id. */
function needsFullModel(cells) {
    const modelTails = new Map();
    for (const c of cells) {
        if (c.identity.model === null)
            continue;
        const t = shortModel(c.identity.model);
        let s = modelTails.get(t);
        if (!s)
            modelTails.set(t, (s = new Set()));
        s.add(c.identity.model);
    }
    return [...modelTails.values()].some((s) => s.size > 1);
}
/** The known fields of `fields`, in that order, joined with " · ". */
function joinFields(p, fields, maxChars) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(fields
        .map((f) => p[f])
        .filter((x) => x !== null && x !== '')
        .join(' · '), maxChars);
}
/**
 * The fewest varying fields (in reading order) that tell the families of these rows apart:
 * a field is added only when it separates families that still read the same.
 */
function chooseConfigFields(cells, parts, varying) {
    const familyOf = cells.map((c) => {
        const full = familyParts(c.identity, true);
        return JSON.stringify([FAMILY_FIELDS.map((f) => full[f]), c.topology]);
    });
    const chosen = [];
    const collisions = (fields) => {
        const seen = new Map();
        parts.forEach((p, i) => {
            const k = fields.map((f) => p[f] ?? '').join('\u0000');
            const s = seen.get(k) ?? new Set();
            s.add(familyOf[i]);
            seen.set(k, s);
        });
        let c = 0;
        for (const s of seen.values())
            c += s.size - 1;
        return c;
    };
    let current = collisions(chosen);
    for (const f of varying) {
        if (current === 0)
            break;
        const next = collisions([...chosen, f]);
        if (next < current) {
            chosen.push(f);
            current = next;
        }
    }
    return FAMILY_FIELDS.filter((f) => chosen.includes(f));
}
/** Topology keys that tell apart rows that read the same so far (same config and concurrency). */
function separatingTopologyKeys(cells, config, concurrency) {
    const groups = new Map();
    cells.forEach((_, i) => {
        const k = `${config[i]}\u0000${concurrency[i]}`;
        const g = groups.get(k);
        if (g)
            g.push(i);
        else
            groups.set(k, [i]);
    });
    const keys = new Set();
    for (const idx of groups.values()) {
        if (idx.length < 2)
            continue;
        const all = new Set();
        for (const i of idx)
            for (const k of Object.keys(cells[i]?.topology ?? {}))
                all.add(k);
        for (const k of all) {
            const vals = new Set(idx.map((i) => JSON.stringify(cells[i]?.topology[k] ?? null)));
            if (vals.size > 1)
                keys.add(k);
        }
    }
    return [...keys].sort(topologyOrder);
}
/**
 * Cells that still read the same (same identity, e.g. two copies kept apart): numbered `#n` in
 * id order on their config; the ids themselves are listed in the collapsed details next to the table.
 */
function numberLookalikes(names, cells) {
    const { config, concurrency, topology } = names;
    const labelOf = (i) => [config[i], concurrency[i], ...(topology[i] ?? [])].join('\u0000');
    const byLabel = new Map();
    cells.forEach((c, i) => {
        const k = labelOf(i);
        const ids = byLabel.get(k) ?? [];
        if (!ids.includes(c.id))
            ids.push(c.id);
        byLabel.set(k, ids);
    });
    cells.forEach((c, i) => {
        const ids = byLabel.get(labelOf(i)) ?? [];
        if (ids.length < 2)
            return;
        const nth = [...ids].sort().indexOf(c.id) + 1;
        config[i] = `${config[i] ? `${config[i]} ` : ''}#${nth}`;
    });
}
/**
 * Labels for the rows of one table: the family fields that differ between rows (short model
 * names unless two models would read the same), the concurrency, and as columns the topology
 * keys that differ between rows whose config and concurrency would otherwise read the same.
 */
function nameCells(cells) {
    const fullModel = needsFullModel(cells);
    const parts = cells.map((c) => familyParts(c.identity, fullModel));
    const varying = FAMILY_FIELDS.filter((f) => new Set(parts.map((p) => p[f] ?? '')).size > 1);
    const first = parts[0];
    const common = first
        ? joinFields(first, FAMILY_FIELDS.filter((f) => !varying.includes(f)), 160)
        : '';
    const shown = chooseConfigFields(cells, parts, varying);
    const config = parts.map((p) => joinFields(p, shown, 100));
    const concurrency = cells.map((c) => (c.identity.concurrency === null ? '—' : String(c.identity.concurrency)));
    const topologyKeys = separatingTopologyKeys(cells, config, concurrency);
    const topology = cells.map((c) => topologyKeys.map((k) => topologyValue(c.topology[k])));
    numberLookalikes({ config, concurrency, topology }, cells);
    return { common, config, topologyKeys, topology, concurrency };
}
const TOPO_ORDER = Object.keys(TOPOLOGY_LABELS);
function topologyOrder(a, b) {
    const ia = TOPO_ORDER.indexOf(a);
    const ib = TOPO_ORDER.indexOf(b);
    if (ia !== ib)
        return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CD: () => (/* binding */ commentEntries),
  VZ: () => (/* binding */ htmlSectionIds)
});

// UNUSED EXPORTS: SECTION_TABLE

// EXTERNAL MODULE: ./src/render/comment/rows.ts
var comment_rows = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/render/comment/format.ts
var format = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/render/comment/cells.ts
var comment_cells = __webpack_require__(703);
// EXTERNAL MODULE: ./src/render/comment/environment.ts
var environment = __webpack_require__(9335);
// EXTERNAL MODULE: ./src/render/labels.ts
var render_labels = __webpack_require__(4529);
// EXTERNAL MODULE: ./src/render/comment/delta.ts
var delta = __webpack_require__(772);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/core/curve/tail.ts
var tail = __webpack_require__(7101);
// EXTERNAL MODULE: ./src/core/compare/verdicts.ts
var verdicts = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/render/throughput.ts
var throughput = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/core/format.ts
var core_format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/render/comment/head-only.ts








/** Without a baseline: a compact head-only table per family (capped), so the comment still shows the run. */
function headOnlyCells(head, max) {
    const cells = [...(head.cells ?? [])];
    if (cells.length === 0)
        return '_The report has no cells._\n';
    const byFam = new Map();
    for (const c of cells) {
        const k = (0,comment_cells/* familyKeySafe */.nN)(c);
        const l = byFam.get(k) ?? [];
        l.push(c);
        byFam.set(k, l);
    }
    const blocks = [];
    let n = 0;
    for (const [, list] of [...byFam.entries()].sort((a, b) => (0,format/* cmp */.r2)((0,render_labels/* familyLabel */.B8)((0,verdicts/* identityOf */.cu)(a[1][0])), (0,render_labels/* familyLabel */.B8)((0,verdicts/* identityOf */.cu)(b[1][0]))))) {
        if (n >= max)
            break;
        const sorted = list.sort((a, b) => (a.concurrency ?? Infinity) - (b.concurrency ?? Infinity) || (0,format/* cmp */.r2)(a.cell_id, b.cell_id));
        const take = sorted.slice(0, max - n);
        n += take.length;
        const names = (0,render_labels/* nameCells */.t7)(take.map(comment_cells/* cellRefOf */.lL));
        const carried = (k) => take.some((c) => (0,format/* fin */.UO)(c.metrics?.[k]));
        const ttft = (0,tail/* tailOfSet */.ap)('ttft', carried).key;
        const tpot = (0,tail/* tailOfSet */.ap)('tpot', carried).key;
        // Per-GPU throughput; the absolute tok/s where the GPU count is unknown (the header says which).
        const tput = (0,throughput/* throughputColumn */.XX)(take, (c) => (0,throughput/* cellThroughput */.pD)(c.metrics), {
            per_gpu: (0,render_labels/* metricLabel */.B)('tput_per_gpu'),
            total: (0,render_labels/* metricLabel */.B)('total_tput_tps'),
            output: (0,render_labels/* metricLabel */.B)('output_tput_tps'),
            mixed: 'Throughput (tok/s)',
        });
        const rows = take.map((c, i) => [
            names.concurrency[i] ?? '—',
            ...(names.topology[i] ?? []),
            (0,render_escape/* safeText */.Hk)(c.completion?.status ?? 'unknown', 20),
            (0,format.nb)((0,core_format/* formatPct */.R8)(c.completion?.success_rate)),
            (0,format.nb)((0,core_format/* formatSeconds */.Xo)(c.metrics?.[ttft])),
            (0,format.nb)((0,core_format/* formatSeconds */.Xo)(c.metrics?.[tpot])),
            (0,format.nb)(tput.value(c)),
        ]);
        const header = [
            'Conc',
            ...names.topologyKeys.map(render_labels/* topologyLabel */._t),
            'Status',
            ...['success_rate', ttft, tpot].map((m) => (0,render_labels/* metricLabel */.B)(m)),
            tput.header,
        ];
        const withConfig = names.config.some((x) => x !== '');
        const first = take[0];
        blocks.push(`**${(0,render_labels/* familyLabel */.B8)((0,verdicts/* identityOf */.cu)(first))}**\n\n${(0,format/* table */.tp)([
            withConfig ? ['Config', ...header] : header,
            ...rows.map((r, i) => (withConfig ? [names.config[i] || '—', ...r] : r)),
        ], (withConfig ? ['Config', ...header] : header).map((h) => (h === 'Status' || h === 'Config' ? 'l' : 'r')))}`);
    }
    const more = cells.length > n ? `\n_${cells.length - n} more cell(s) are in report.json (artifact)._\n` : '';
    return (0,format/* details */.zH)(`Cells (${n} of ${cells.length})`, `${blocks.join('\n')}${more}`);
}

;// CONCATENATED MODULE: ./src/render/comment/footer.ts

function footer(head, diff) {
    const v = (0,render_escape/* safeText */.Hk)(head.analyzer?.inferguard_version ?? '?', 40);
    const files = diff ? 'report.json and compare.json' : 'report.json';
    return `<sub>inferguard ${v} · full data: ${files} in the run artifact.</sub>\n`;
}
const footerSection = {
    id: 'footer',
    render: (ctx) => footer(ctx.head, ctx.diff),
    droppable: false,
    dropNote: null,
};

;// CONCATENATED MODULE: ./src/render/comment/room.ts

/** Characters left after `above`, the footer and `reserve` (never below 0). */
function roomLeft(ctx, above, reserve) {
    const used = above.join('\n').length + footer(ctx.head, ctx.diff).length + 2;
    return Math.max(0, ctx.budget - used - reserve);
}

;// CONCATENATED MODULE: ./src/render/comment/per-cell.ts










const STATUS_TEXT = {
    regressed: '🔴 regressed',
    improved: '🟢 improved',
    unchanged: '⚪ unchanged',
    new: '🆕 new',
    missing: '➖ missing',
    incomparable: '🔀 incomparable',
    insufficient_data: '❔ insufficient data',
};
const STATUS_ORDER = {
    regressed: 0,
    improved: 1,
    incomparable: 2,
    missing: 3,
    new: 4,
    insufficient_data: 5,
    unchanged: 6,
};
const TABLE_METRICS = ['p99_ttft', 'p99_tpot', 'tput_per_gpu', 'success_rate'];
/** The verdict of one cell with only the metrics that changed ("🔴 TTFT, tput"). */
function cellVerdict(d, diff) {
    const env = (0,environment/* envRowText */.B)(d, diff);
    const verdict = cellVerdictCore(d);
    return env === '' ? verdict : `${verdict} · ⚠️ ${env}`;
}
function cellVerdictCore(d) {
    const base = STATUS_TEXT[d.status] ?? (0,render_escape/* safeText */.Hk)(d.status, 30);
    if (d.reasons.length > 0)
        return `${base}: ${(0,render_escape/* safeText */.Hk)(d.reasons.join('; '), 120)}`;
    const order = (m) => {
        const i = TABLE_METRICS.indexOf(m.replace(/^p(95|90)_/, 'p99_'));
        return i < 0 ? 99 : i;
    };
    const moved = (d.verdict?.comparisons ?? [])
        .filter((c) => c.outcome === d.status && (d.status === 'regressed' || d.status === 'improved'))
        .sort((a, b) => order(a.metric) - order(b.metric) || (0,format/* cmp */.r2)(a.metric, b.metric));
    const susp = (d.verdict?.comparisons ?? [])
        .filter(comment_rows/* isSuspicious */.oK)
        .sort((a, b) => order(a.metric) - order(b.metric) || (0,format/* cmp */.r2)(a.metric, b.metric))
        .map((c) => (0,render_labels/* metricLabel */.B)(c.metric));
    const suspText = susp.length > 0
        ? ` · ${comment_rows/* SUSPICIOUS_ICON */.EM} ${susp.slice(0, 2).join(', ')}${susp.length > 2 ? ` +${susp.length - 2}` : ''}`
        : '';
    if (moved.length === 0)
        return `${base}${suspText}`;
    const names = moved.map((c) => (0,render_labels/* metricLabel */.B)(c.metric));
    const icon = d.status === 'regressed' ? '🔴' : '🟢';
    return `${icon} ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3}` : ''}${suspText}`;
}
function familiesOf(diff) {
    const m = new Map();
    for (const d of diff.cells) {
        let f = m.get(d.family);
        if (!f)
            m.set(d.family, (f = { label: '', changed: 0, cells: [] }));
        f.cells.push(d);
        if (d.status !== 'unchanged')
            f.changed++;
    }
    const fams = [...m.values()];
    // Family headings: every family field, plus the topology keys that tell apart families that
    // would otherwise read the same (the concurrency is a column).
    const refs = fams.map((f) => {
        const r = (0,comment_cells/* diffRef */.fo)(f.cells[0]);
        return { ...r, identity: { ...r.identity, concurrency: null } };
    });
    const names = (0,render_labels/* nameCells */.t7)(refs);
    const full = new Set(fams.map((f) => (0,render_labels/* familyLabel */.B8)(f.cells[0].identity))).size < fams.length;
    fams.forEach((f, i) => {
        const topo = names.topologyKeys.map((k, j) => `${(0,render_labels/* topologyLabel */._t)(k)} ${names.topology[i]?.[j] ?? '—'}`);
        f.label = [(0,render_labels/* familyLabel */.B8)(f.cells[0].identity, full), ...topo].join(' · ');
        f.cells.sort((a, b) => (a.identity.concurrency ?? Infinity) - (b.identity.concurrency ?? Infinity) ||
            (0,format/* cmp */.r2)(a.head_cell_id ?? a.base_cell_id ?? '', b.head_cell_id ?? b.base_cell_id ?? ''));
    });
    return fams.sort((a, b) => Math.min(...a.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) -
        Math.min(...b.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) ||
        b.changed - a.changed ||
        (0,format/* cmp */.r2)(a.label, b.label));
}
function familyTable(f, diff, currency) {
    // Within one family only the concurrency differs (and a #n for copies kept apart).
    const lc = (0,comment_cells/* labelColumns */.OU)(f.cells);
    const compared = (k) => f.cells.some((d) => d.verdict?.comparisons.some((c) => c.metric === k));
    // The p99 columns show the tail statistic the family's comparisons carry (p95 for AgentX aggregates).
    // Throughput per GPU, else the absolute tok/s the family's comparisons carry (no GPU count).
    const metrics = TABLE_METRICS.map((m) => m.startsWith('p99_')
        ? (0,tail/* tailOfSet */.ap)(m.slice(4), compared).key
        : m === 'tput_per_gpu'
            ? (['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'].find(compared) ?? m)
            : m);
    const header = [...lc.header, ...metrics.map((m) => (0,render_labels/* metricLabel */.B)(m)), 'Verdict'];
    const rows = f.cells.map((d, i) => {
        const by = new Map((d.verdict?.comparisons ?? []).map((c) => [c.metric, c]));
        return [...(lc.cols[i] ?? []), ...metrics.map((m) => (0,delta/* headAndDelta */._d)(by.get(m), currency)), cellVerdict(d, diff)];
    });
    const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'r', 'r', 'r', 'r', 'l'];
    return `**${f.label}**\n\n${(0,format/* table */.tp)([header, ...rows], align)}`;
}
/** Per-family tables in priority order (changes first), as many as fit in `maxChars`. */
function sectionPerCell(diff, currency, maxChars) {
    if (diff.cells.length === 0)
        return null;
    const fams = familiesOf(diff);
    const blocks = [];
    let size = 400;
    let cells = 0;
    for (const f of fams) {
        const t = familyTable(f, diff, currency);
        if (size + t.length + 2 > maxChars)
            break;
        blocks.push(t);
        size += t.length + 2;
        cells += f.cells.length;
    }
    if (blocks.length === 0)
        return `_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`;
    const left = diff.cells.length - cells;
    const note = left > 0 ? `\n_${(0,format/* plural */.LS)(left, 'more cell')} in compare.json (artifact)._\n` : '';
    return (0,format/* details */.zH)(`Per-cell comparison (${cells} of ${(0,format/* plural */.LS)(diff.cells.length, 'cell')}, ${(0,format/* plural */.LS)(blocks.length, 'family', 'families')}; head value and change vs base)`, `${blocks.join('\n')}${note}`);
}
/**
 * Section `cells`: with a baseline the per-cell comparison in the budget left, without one the
 * head-only tables; a plan that drops it leaves a pointer to the artifact instead.
 */
const cellsSection = {
    id: 'cells',
    render: (ctx, _plan, above) => ctx.diff
        ? sectionPerCell(ctx.diff, ctx.currency, roomLeft(ctx, above, 4000))
        : headOnlyCells(ctx.head, ctx.limits.headOnlyCells),
    droppable: true,
    dropNote: null,
    stub: (ctx) => ctx.diff
        ? ctx.diff.cells.length > 0
            ? `_${ctx.diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`
            : null
        : `_${ctx.head.cells?.length ?? 0} cell(s) are in report.json (artifact)._\n`,
};

;// CONCATENATED MODULE: ./src/render/comment/largest-changes.ts







function sectionChanges(diff, currency, maxRows) {
    const k = diff.counts;
    const countLine = [
        `${k.regressed} regressed`,
        `${k.improved} improved`,
        `${k.unchanged} unchanged`,
        k.new > 0 ? `${k.new} new` : '',
        k.missing > 0 ? `${k.missing} missing` : '',
        k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
        k.insufficient_data > 0 ? `${k.insufficient_data} insufficient data` : '',
    ]
        .filter((s) => s !== '')
        .join(' · ');
    const all = (0,comment_rows/* changes */.Ao)(diff);
    let out = `### Largest changes vs base\n\nCells: ${countLine}.\n`;
    if (all.length === 0)
        return `${out}\n_No metric moved beyond its threshold._\n`;
    const shown = all.slice(0, maxRows);
    const lc = (0,comment_cells/* labelColumns */.OU)(shown.map((r) => r.cell));
    if (lc.common)
        out += `\nAll rows: ${lc.common}.\n`;
    const env = shown.map((r) => (0,environment/* envRowText */.B)(r.cell, diff, true));
    const withEnv = env.some((e) => e !== '');
    const rows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        (0,render_labels/* metricLabel */.B)(c.metric),
        (0,format.nb)((0,format/* formatValue */.Fl)(c.unit, c.head, currency)),
        (0,delta/* deltaText */.mx)(c),
        ...(withEnv ? [env[i] || '—'] : []),
    ]);
    const header = [...lc.header, 'Metric', 'Head', 'Δ vs base', ...(withEnv ? ['Ran on'] : [])];
    const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'l', 'r', 'r', ...(withEnv ? ['l'] : [])];
    out += `\n${(0,format/* table */.tp)([header, ...rows], align)}`;
    if (all.length > shown.length)
        out += `\n_${all.length - shown.length} more changed metric(s) are in compare.json (artifact)._\n`;
    const detailRows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        (0,render_labels/* metricLabel */.B)(c.metric),
        (0,format.nb)(`${(0,format/* formatValue */.Fl)(c.unit, c.base, currency)} → ${(0,format/* formatValue */.Fl)(c.unit, c.head, currency)}`),
        (0,render_escape/* safeText */.Hk)((0,delta/* methodText */.pj)(c), 80),
    ]);
    out += `\n${(0,format/* details */.zH)('Base values and evidence', (0,format/* table */.tp)([[...lc.header, 'Metric', 'Base → head', 'Evidence'], ...detailRows], [...align.slice(0, lc.header.length), 'l', 'r', 'l']))}`;
    return out;
}
const changesSection = {
    id: 'changes',
    render: (ctx, plan) => (ctx.diff ? sectionChanges(ctx.diff, ctx.currency, plan.changeRows) : null),
    droppable: false,
    dropNote: null,
};

// EXTERNAL MODULE: ./src/render/comment/charts.ts + 1 modules
var charts = __webpack_require__(1796);
// EXTERNAL MODULE: ./src/render/comment/cost.ts
var cost = __webpack_require__(605);
// EXTERNAL MODULE: ./src/core/finding-classes.ts
var finding_classes = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/render/comment/findings.ts
/** Section `findings`: counts by severity and class, repeated findings grouped, every repeated one listed. */





const SEVERITY_ICON = { critical: '🛑', warning: '⚠️', info: 'ℹ️' };
/** Critical first: core's severity rank, reversed (an unknown severity last). */
function severityOrder(s) {
    const rank = types/* SEVERITY_RANK */.f3[s];
    return rank === undefined ? 9 : 2 - rank;
}
const CLASS_NOTE = {
    validity: '**Validity**: can the run be trusted as a measurement? Critical ones fail the check.',
    behaviour: '**Behaviour** of the system under test: reported; they fail the check only when listed in `fail-on-findings`.',
    regression: '**Regression** against the baseline: they fail the check with `fail-on-regression`.',
};
function groupFindings(findings) {
    const m = new Map();
    for (const f of findings) {
        const cls = (0,finding_classes/* findingClass */.sy)(f);
        const k = `${cls}\u0000${f.severity}\u0000${f.code}`;
        let g = m.get(k);
        if (!g)
            m.set(k, (g = { cls, severity: f.severity, code: f.code, items: [] }));
        g.items.push(f);
    }
    return [...m.values()].sort((a, b) => finding_classes/* FINDING_CLASSES */.L1.indexOf(a.cls) - finding_classes/* FINDING_CLASSES */.L1.indexOf(b.cls) ||
        severityOrder(a.severity) - severityOrder(b.severity) ||
        b.items.length - a.items.length ||
        (0,format/* cmp */.r2)(a.code, b.code));
}
/** A finding's message with its cell id replaced by the cell's label (ids are long). */
function messageOf(f, labels, max = 220) {
    let m = String(f.message ?? '');
    const label = f.cell_id ? labels.get(f.cell_id) : undefined;
    if (f.cell_id && label && f.cell_id.length > 12)
        m = m.split(f.cell_id).join(`[${label}]`);
    // Raw metric keys read as their labels ("total_tput_tps changes" → "Throughput changes").
    m = m.replace(METRIC_KEY_RE, (k) => (0,render_labels/* metricLabel */.B)(k));
    return (0,render_escape/* safeText */.Hk)(m, max);
}
const METRIC_KEY_RE = /\b(?:total_tput_tps|input_tput_tps|output_tput_tps|tput_per_gpu|input_tput_per_gpu|output_tput_per_gpu|request_throughput_rps|(?:mean|p50|p90|p95|p99)_(?:ttft|tpot|itl|e2el|intvty)|server_gpu_cache_hit_rate|kv_cache_usage_p95|cost_per_million_(?:input|output)_tokens|cost_per_completed_(?:request|session))\b/g;
function range(vals, fmt) {
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    return fmt(lo) === fmt(hi) ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
}
/** What a group of findings has in common, in a few words. */
function groupDetail(g, labels) {
    const ev = (k) => g.items.map((f) => (f.evidence ?? {})[k]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    const sr = ev('success_rate');
    if (sr.length === g.items.length)
        return `${range(sr, (v) => (v * 100).toFixed(1))}% of requests succeeded`;
    const ratio = ev('ratio');
    if (ratio.length === g.items.length)
        return `ratio ${range(ratio, (v) => v.toFixed(2))}×`;
    const msgs = new Set(g.items.map((f) => messageOf(f, labels, 160)));
    if (msgs.size === 1)
        return [...msgs][0];
    return `e.g. ${messageOf(g.items[0], labels, 160)}`;
}
function groupCells(g, labels) {
    const ids = [...new Set(g.items.map((f) => f.cell_id).filter((x) => !!x))];
    const noCell = g.items.some((f) => !f.cell_id);
    if (ids.length === 0)
        return 'run';
    // Same family, several concurrencies: "h200 · fp8 · c16, c32".
    const byFamily = new Map();
    for (const id of ids) {
        const label = labels.get(id) ?? (0,render_escape/* safeCode */.lI)(id, 40);
        const m = / · (c\d+)$|^(c\d+)$/.exec(label);
        const fam = m ? label.slice(0, label.length - (m[1] ?? m[2] ?? '').length).replace(/ · $/, '') : label;
        const conc = m ? (m[1] ?? m[2] ?? '') : '';
        const l = byFamily.get(fam) ?? [];
        if (conc)
            l.push(conc);
        byFamily.set(fam, l);
    }
    if (byFamily.size > 3)
        return `${ids.length} cells${noCell ? ', run' : ''}`;
    const named = [...byFamily.entries()].map(([fam, concs]) => [fam, concs.length > 4 ? `${concs.length} cells` : concs.join(', ')].filter((x) => x !== '').join(' · '));
    return `${named.join('; ')}${noCell ? '; run' : ''}`;
}
function sectionFindings(findings, labels, maxGroups, maxList) {
    const c = { critical: 0, warning: 0, info: 0 };
    for (const f of findings)
        if (f.severity in c)
            c[f.severity]++;
    const byClass = new Map();
    for (const f of findings)
        byClass.set((0,finding_classes/* findingClass */.sy)(f), (byClass.get((0,finding_classes/* findingClass */.sy)(f)) ?? 0) + 1);
    const classLine = finding_classes/* FINDING_CLASSES */.L1.map((k) => `${k} ${byClass.get(k) ?? 0}`).join(' · ');
    const head = `### Findings\n\n🛑 ${c.critical} critical · ⚠️ ${c.warning} warning · ℹ️ ${c.info} info (${classLine})\n`;
    if (findings.length === 0)
        return `${head}\n_No findings._\n`;
    const groups = groupFindings(findings);
    const parts = [head];
    let shown = 0;
    for (const cls of finding_classes/* FINDING_CLASSES */.L1) {
        const gs = groups.filter((g) => g.cls === cls);
        if (gs.length === 0)
            continue;
        const take = gs.slice(0, Math.max(0, maxGroups - shown));
        shown += take.length;
        if (take.length === 0)
            continue;
        const rows = take.map((g) => [
            `${SEVERITY_ICON[g.severity] ?? (0,render_escape/* safeText */.Hk)(g.severity, 20)}${format.NB}${(0,render_escape/* safeCode */.lI)(g.code, 60)}${g.items.length > 1 ? `${format.NB}×${g.items.length}` : ''}`,
            groupCells(g, labels),
            g.items.length === 1 ? messageOf(g.items[0], labels) : groupDetail(g, labels),
        ]);
        parts.push(`${CLASS_NOTE[cls]}\n\n${(0,format/* table */.tp)([['Finding', 'Cells', 'Detail'], ...rows], ['l', 'l', 'l'])}`);
    }
    const hidden = groups.length - shown;
    if (hidden > 0)
        parts.push(`_${(0,format/* plural */.LS)(hidden, 'more kind')} of finding are in report.json (artifact)._\n`);
    const repeated = groups.filter((g) => g.items.length > 1);
    if (repeated.length > 0) {
        const list = [];
        let n = 0;
        for (const g of repeated) {
            for (const f of g.items) {
                if (n >= maxList)
                    break;
                n++;
                const label = f.cell_id ? (labels.get(f.cell_id) ?? '') : 'run';
                list.push(`- ${(0,render_escape/* safeCode */.lI)(f.code, 60)} · ${label}${f.cell_id ? ` · ${(0,render_escape/* safeCode */.lI)(f.cell_id, 160)}` : ''}: ${(0,render_escape/* safeText */.Hk)(f.message, 300)}`);
            }
        }
        const total = repeated.reduce((s, g) => s + g.items.length, 0);
        const more = total > n ? `\n\n_${total - n} more are in report.json (artifact)._` : '';
        parts.push((0,format/* details */.zH)(`Every repeated finding (${total})`, `${list.join('\n')}${more}`));
    }
    return parts.join('\n');
}
const findingsSection = {
    id: 'findings',
    render: (ctx, plan) => sectionFindings(ctx.findings, ctx.labels, plan.findingGroups, plan.findingList),
    droppable: false,
    dropNote: null,
};

// EXTERNAL MODULE: ./src/render/comment/gates.ts
var gates = __webpack_require__(5150);
// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(6020);
// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/render/comment/detectable.ts



/** The metrics the "what this compare could see" line names, one per group, in this order. */
const DETECTABLE_GROUPS = [
    ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps', 'output_tput_tps', 'request_throughput_rps'],
    ['p50_ttft', 'mean_ttft'],
    ['p99_ttft', 'p95_ttft', 'p90_ttft'],
    ['p50_tpot', 'p50_itl', 'mean_tpot', 'mean_itl'],
];
function countWord(n) {
    return n === 1 ? 'one base run' : n === 2 ? 'two base runs' : (0,format/* plural */.LS)(n, 'base run');
}
/**
 * The size of a detectable change in the metric's bad direction: a rise for latency ("~50%",
 * "~2.5×" from a doubling on), a drop for throughput ("~25%"); "> 100×" when none.
 */
function detectableText(change, direction) {
    if (change === null || !Number.isFinite(change) || change < 0)
        return '> 100×';
    const size = (f) => {
        const a = f * 100;
        return `${a >= 10 ? a.toFixed(0) : a.toFixed(1)}%`;
    };
    if (direction === 'higher_is_better')
        return `~${size(1 - 1 / (1 + change))}`;
    if (change >= 1) {
        const x = 1 + change;
        return `~${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
    }
    return `~${size(change)}`;
}
/**
 * Under the verdict, with fewer than 3 base runs: the smallest change per metric this compare
 * could tell from run-to-run noise in a single cell (compare.json `verdict.detectable`).
 */
function detectableLine(diff) {
    const v = diff.verdict;
    const runs = v.base_runs;
    if (typeof runs !== 'number' || runs >= 3 || runs < 1 || !Array.isArray(v.detectable))
        return null;
    const by = new Map(v.detectable
        .filter((d) => d && typeof d.metric === 'string' && (d.change === null || typeof d.change === 'number'))
        .map((d) => [d.metric, d.change]));
    if (by.size === 0)
        return null;
    const picked = DETECTABLE_GROUPS.map((g) => g.find((m) => by.has(m))).filter((m) => m !== undefined);
    const metrics = picked.length > 0 ? picked : [...by.keys()].slice(0, 4);
    const parts = metrics.map((m) => (0,format.nb)(`${(0,render_labels/* metricLabel */.B)(m)} ${detectableText(by.get(m) ?? null, (0,core_metrics/* metricInfo */.R)(m)?.direction)}`));
    return `With ${countWord(runs)}, changes smaller than these cannot be told from run-to-run noise in a single cell: ${parts.join(', ')} (a change across a family's load points is found sooner; add base runs with \`baseline-history\`).`;
}

;// CONCATENATED MODULE: ./src/render/report-link.ts

/** An https URL without characters that could end a markdown link or start markup; else null. */
function linkableUrl(u) {
    if (typeof u !== 'string' || u.length > 500)
        return null;
    if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u))
        return null;
    return /[()<>\s"'[\]]/.test(u) ? null : u;
}
function size(c) {
    const r = c.frontier_change?.relative_change;
    return r === null || r === undefined ? Infinity : Math.abs(r);
}
/** "frontier moved in 1 of 3 configurations: <label>: <change>" or "frontier unchanged in 3 …"; null without curves. */
function frontierSummary(curves) {
    if (!curves || curves.length === 0)
        return null;
    const moved = curves.filter((c) => c.frontier_change !== null);
    const of = `${curves.length} configuration${curves.length === 1 ? '' : 's'}`;
    if (moved.length === 0)
        return `frontier unchanged in ${of}`;
    const top = [...moved].sort((a, b) => size(b) - size(a))[0];
    const change = top.changes.find((t) => t.startsWith('at ≥')) ?? '';
    return `frontier moved in ${moved.length} of ${of}; largest: ${(0,render_escape/* safeText */.Hk)(top.label, 120)}${change ? `: ${(0,render_escape/* safeText */.Hk)(change, 200)}` : ''}`;
}
/** The one line (no trailing newline). */
function reportLinkLine(input) {
    const url = linkableUrl(input.artifactUrl);
    const where = url
        ? `📊 [report.html](${url}): charts, history and every cell`
        : `📊 report.html (charts, history and every cell) is in ${(0,render_escape/* safeText */.Hk)(input.artifactName ?? 'the report artifact', 100)}`;
    const frontier = frontierSummary(input.diff?.curves);
    return frontier ? `${where} · ${frontier}` : where;
}

;// CONCATENATED MODULE: ./src/render/comment/headline.ts
/**
 * Section `headline`: the run status and the check's outcome (status.ts words), then three facts
 * (validity, SLO gates, regression verdict), curves, check, accept label, links.
 */








function codeCounts(findings) {
    const m = new Map();
    for (const f of findings)
        m.set(f.code, (m.get(f.code) ?? 0) + 1);
    return [...m.entries()]
        .sort((a, b) => b[1] - a[1] || (0,format/* cmp */.r2)(a[0], b[0]))
        .map(([c, n]) => `${(0,render_escape/* safeCode */.lI)(c, 60)}${n > 1 ? ` ×${n}` : ''}`)
        .join(', ');
}
function requestsText(r) {
    const cells = (0,format/* plural */.LS)(r.cells, 'cell');
    if (r.known === 0)
        return `${cells}; request counts are not known`;
    const rate = r.total > 0 && r.ok < r.total ? ` (${((r.ok / r.total) * 100).toFixed(1)}%)` : '';
    const unknown = r.known < r.cells ? `; request counts unknown for ${(0,format/* plural */.LS)(r.cells - r.known, 'cell')}` : '';
    return `${cells}; ${(0,format/* thousands */.oh)(r.ok)} of ${(0,format/* thousands */.oh)(r.total)} requests succeeded${rate}${unknown}`;
}
function validityFact(head, findings, requests) {
    const status = (0,render_status/* validityOf */.Gv)(head, findings);
    const v = findings.filter((f) => (0,finding_classes/* findingClass */.sy)(f) === 'validity');
    const req = requestsText(requests);
    const word = `**Validity:** ${(0,render_status/* factWord */.NR)(status)}`;
    if (status === 'invalid') {
        const crit = v.filter((f) => f.severity === 'critical');
        const why = crit.length > 0
            ? `${(0,format/* plural */.LS)(crit.length, 'critical validity finding')} (${codeCounts(crit)})`
            : 'no cell succeeded';
        return `${word}: ${why}. ${req}.`;
    }
    if (status === 'valid_with_warnings') {
        const warn = v.filter((f) => f.severity === 'warning');
        return `${word}: ${(0,format/* plural */.LS)(warn.length, 'validity warning')} (${codeCounts(warn)}). ${req}.`;
    }
    return `${word}: ${req}.`;
}
function gatesFact(head) {
    const status = (0,render_status/* gatesOf */.og)(head);
    const word = `**SLO gates:** ${(0,render_status/* factWord */.NR)(status)}`;
    const rs = (0,render_status/* gateResults */.gJ)(head) ?? [];
    const block = rs.filter(render_status/* blocking */.ub).length;
    const warn = rs.filter((r) => r.outcome !== 'pass' && !(0,render_status/* blocking */.ub)(r)).length;
    if (status === 'gates_none')
        return `${word}.`;
    if (status === 'gates_failed')
        return `${word}: ${block} of ${(0,format/* plural */.LS)(rs.length, 'gate check')} did not pass${warn > 0 ? `, and ${warn} warning check(s)` : ''}.`;
    if (status === 'gates_warned')
        return `${word}: every blocking check passed; ${(0,format/* plural */.LS)(warn, 'warning check')} did not.`;
    return `${word}: all ${(0,format/* plural */.LS)(rs.length, 'gate check')} passed.`;
}
function verdictFact(diff, run) {
    if (!diff) {
        const note = run?.baselineNote ? ` (${(0,render_escape/* safeText */.Hk)(run.baselineNote, 200)})` : '';
        return `**Regression verdict:** ${(0,render_status/* factWord */.NR)('not_compared')}: no base run to compare with${note}.`;
    }
    const v = diff.verdict;
    const note = run?.baselineNote ? ` Baseline: ${(0,render_escape/* safeText */.Hk)(run.baselineNote, 200)}.` : '';
    // Built from the counts, not from v.summary: compare.json may come from a file.
    const k = diff.counts;
    const compared = k.regressed + k.improved + k.unchanged;
    const rest = [
        k.new > 0 ? `${k.new} new` : '',
        k.missing > 0 ? `${k.missing} missing` : '',
        k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
        k.insufficient_data > 0 ? `${k.insufficient_data} with insufficient data` : '',
    ].filter((s) => s !== '');
    const nSusp = (0,comment_rows/* suspiciousRows */.Fb)(diff).length;
    const susp = nSusp > 0 ? ` ${comment_rows/* SUSPICIOUS_ICON */.EM} ${nSusp} suspicious (shown, not failing).` : '';
    const summary = `${compared} of ${(0,format/* plural */.LS)(k.total, 'cell')} compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.${susp}`;
    const runs = typeof v.base_runs === 'number' ? v.base_runs : null;
    const rests = runs !== null
        ? ` Rests on ${(0,format/* plural */.LS)(runs, 'base run')} (${v.basis === 'run_interval' ? "each cell's own runs, shrunk toward the noise prior" : "a verdict needs a change beyond one cell's heavy-tailed run-to-run noise, or one shared by a family's load points"}).`
        : '';
    const missing = k.missing > 0 ? ` Completion regression: ${(0,format/* plural */.LS)(k.missing, 'cell')} of the base sweep missing from head.` : '';
    // Under the verdict: what this compare could see, and a change of environment shared by most cells.
    const under = [detectableLine(diff), (0,environment/* envHeadline */.K)(diff)].filter((x) => x !== null);
    return `**Regression verdict:** ${(0,render_status/* factWord */.NR)((0,render_status/* comparisonOf */.jb)(diff))}: ${summary}${missing}${rests}${note}${under.map((u) => `\n  - ${u}`).join('')}`;
}
function checkFact(input) {
    const { check } = input;
    if (!check)
        return null;
    const why = check.reasons.map((r) => (0,render_escape/* safeText */.Hk)(r, 200)).join('; ');
    const policy = check.policy ? ` It fails on ${(0,render_escape/* safeText */.Hk)(check.policy, 300)}.` : '';
    if (check.failed)
        return `**Check:** ${render_status/* CHECK_WORDS */.DP.fails.icon} fails: ${why || 'see the step log'}.${policy}`;
    const notes = (0,render_status/* passNotes */.Rw)(input);
    return `**Check:** ${render_status/* CHECK_WORDS */.DP.passes.icon} passes${notes ? `: ${notes}` : ''}.${policy}`;
}
/** Accepted by label: what the PR's accept label kept from failing the check, listed (escaped). */
function acceptedFact(input) {
    const acc = input.check?.accepted;
    if (!acc)
        return null;
    const label = (0,render_escape/* safeCode */.lI)(acc.label, 60);
    if (acc.items.length === 0)
        return `**Accepted by label** ${label}: nothing needed accepting (validity findings never are).`;
    const shown = acc.items.slice(0, 10).map((x) => (0,render_escape/* safeText */.Hk)(x, 200));
    const more = acc.items.length > 10 ? `; +${acc.items.length - 10} more in compare.json` : '';
    return `**Accepted by label** ${label}: ${(0,format/* plural */.LS)(acc.items.length, 'regression')} accepted, not failing the check (validity findings never are): ${shown.join('; ')}${more}.`;
}
/** One line on curve-level changes (compare.json `curves`): at most 3 families, 4 changes each. */
function curveLine(diff) {
    const changed = (diff?.curves ?? []).filter((c) => Array.isArray(c.changes) && c.changes.length > 0);
    if (changed.length === 0)
        return null;
    const parts = changed.slice(0, 3).map((c) => `${(0,render_escape/* safeText */.Hk)(c.label, 120)}: ${c.changes
        .slice(0, 4)
        .map((x) => (0,render_escape/* safeText */.Hk)(x, 160))
        .join('; ')}${c.changes.length > 4 ? `; +${c.changes.length - 4} more` : ''}`);
    const more = changed.length > 3
        ? ` (+${changed.length - 3} more famil${changed.length - 3 === 1 ? 'y' : 'ies'} in compare.json)`
        : '';
    return `**Curves vs base:** ${parts.join(' · ')}${more}`;
}
function headline(ctx) {
    const { input, findings } = ctx;
    const { head, diff, run } = input;
    const facts = [validityFact(head, findings, ctx.requests), gatesFact(head), verdictFact(diff, run)];
    const curves = curveLine(diff);
    if (curves)
        facts.push(curves);
    const c = checkFact(input);
    if (c)
        facts.push(c);
    const a = acceptedFact(input);
    if (a)
        facts.push(a);
    const lines = [`## InferGuard: ${(0,render_status.statusHeadline)(input)}`, '', ...facts.map((f) => `- ${f}`)];
    const meta = [];
    if (run?.repository)
        meta.push((0,render_escape/* safeCode */.lI)(run.repository, 100));
    if (run?.sha)
        meta.push((0,render_escape/* safeCode */.lI)(String(run.sha).slice(0, 12), 20));
    const runUrl = (0,format/* safeUrl */.Pl)(run?.runUrl);
    const artUrl = (0,format/* safeUrl */.Pl)(run?.artifactUrl);
    if (runUrl)
        meta.push(`[workflow run](${runUrl})`);
    if (meta.length > 0)
        lines.push('', meta.join(' · '));
    // In a workflow run, the report artifact carries report.html: link it, with the frontier's change.
    if (runUrl || artUrl)
        lines.push('', reportLinkLine({ artifactUrl: artUrl, diff: input.diff }));
    return `${lines.join('\n')}\n`;
}
const headlineSection = {
    id: 'headline',
    render: (ctx) => headline(ctx),
    droppable: false,
    dropNote: null,
};

;// CONCATENATED MODULE: ./src/render/comment/cell-ids.ts



/** Raw cell ids for the labels above, collapsed (as many as fit). */
function sectionIds(refs, labels, maxChars) {
    if (refs.length === 0)
        return null;
    const lines = [];
    let size = 200;
    for (const r of [...refs].sort((a, b) => (0,format/* cmp */.r2)(labels.get(a.id) ?? '', labels.get(b.id) ?? '') || (0,format/* cmp */.r2)(a.id, b.id))) {
        const line = `- ${labels.get(r.id) ?? '?'}: ${(0,render_escape/* safeCode */.lI)(r.id, 240)}`;
        if (size + line.length + 1 > maxChars)
            break;
        lines.push(line);
        size += line.length + 1;
    }
    if (lines.length === 0)
        return null;
    const more = refs.length > lines.length ? `\n\n_${refs.length - lines.length} more in report.json (artifact)._` : '';
    return (0,format/* details */.zH)(`Cell ids (${refs.length})`, `${lines.join('\n')}${more}`);
}
const idsSection = {
    id: 'ids',
    render: (ctx, _plan, above) => ctx.named.length > 0 ? sectionIds(ctx.named, ctx.labels, Math.min(20_000, roomLeft(ctx, above, 200))) : null,
    droppable: false,
    dropNote: null,
};

// EXTERNAL MODULE: ./src/render/comment/left-out.ts
var left_out = __webpack_require__(5252);
// EXTERNAL MODULE: ./src/render/comment/suspicious.ts
var suspicious = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/render/html/environment.ts
var html_environment = __webpack_require__(7269);
;// CONCATENATED MODULE: ./src/render/sections.ts
/**
 * The section table of the PR comment and of report.html: every section once, in the order both
 * show them, the one place that order is decided. An entry names the contexts it applies to (an
 * analyze report, a compare against a baseline), the comment's renderer (comment/<file>.ts) and
 * whether report.html draws it (its page code is client/sections/<id>.js, drawn from the model
 * html/model.ts builds). A section whose content is the same in both (headline, findings, gates,
 * changes, suspicious, cost, cells) has one id; the rest belong to one renderer. Adding a section
 * is one file per renderer and one entry here (test/render/sections.test.ts holds both renderers
 * to this order).
 */












const BOTH = ['analyze', 'compare'];
const COMPARE = ['compare'];
/** Drawn on every page of its contexts. */
const PAGE = {};
/** Every section, in order: the comment and report.html both follow it. */
const SECTION_TABLE = [
    { id: 'headline', contexts: BOTH, comment: headlineSection, html: PAGE },
    { id: 'findings', contexts: BOTH, comment: findingsSection, html: PAGE },
    { id: 'gates', contexts: BOTH, comment: gates/* gatesSection */.A, html: { present: (input) => input.head.gates !== undefined } },
    { id: 'changes', contexts: COMPARE, comment: changesSection, html: PAGE },
    { id: 'suspicious', contexts: COMPARE, comment: suspicious/* suspiciousSection */.F, html: PAGE },
    // The comment says where runs ran on the rows of its changes; the page lists every environment.
    {
        id: 'environment',
        contexts: BOTH,
        comment: null,
        html: { present: (input) => (0,html_environment/* hasEnvironment */.s)(input.head, input.diff ? (input.bases ?? []) : []) },
    },
    // The comment's mermaid charts plot against concurrency; the page draws the field's charts.
    { id: 'charts', contexts: BOTH, comment: charts/* chartsSection */.$, html: null },
    { id: 'pareto', contexts: BOTH, comment: null, html: PAGE },
    { id: 'latency', contexts: BOTH, comment: null, html: PAGE },
    { id: 'distributions', contexts: BOTH, comment: null, html: PAGE },
    { id: 'history', contexts: COMPARE, comment: null, html: PAGE },
    { id: 'cost', contexts: BOTH, comment: cost/* costSection */.p, html: PAGE },
    { id: 'left-out', contexts: BOTH, comment: left_out/* leftOutSection */.R, html: null },
    { id: 'cells', contexts: BOTH, comment: cellsSection, html: PAGE },
    { id: 'ids', contexts: BOTH, comment: idsSection, html: null },
    { id: 'footer', contexts: BOTH, comment: footerSection, html: null },
];
/** The comment's entries, in table order. */
function commentEntries() {
    return SECTION_TABLE.flatMap((e) => (e.comment ? [{ section: e.comment, contexts: e.contexts }] : []));
}
/** The ids of the sections report.html draws for `input`, in table order. */
function htmlSectionIds(kind, input) {
    return SECTION_TABLE.filter((e) => e.html && e.contexts.includes(kind) && (e.html.present?.(input) ?? true)).map((e) => e.id);
}


/***/ }),

/***/ 6020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ CHECK_WORDS),
/* harmony export */   Gv: () => (/* binding */ validityOf),
/* harmony export */   NP: () => (/* binding */ cellStates),
/* harmony export */   NR: () => (/* binding */ factWord),
/* harmony export */   Rw: () => (/* binding */ passNotes),
/* harmony export */   _R: () => (/* binding */ cellStateWord),
/* harmony export */   c4: () => (/* binding */ allFindings),
/* harmony export */   em: () => (/* binding */ runStatus),
/* harmony export */   gJ: () => (/* binding */ gateResults),
/* harmony export */   jb: () => (/* binding */ comparisonOf),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   og: () => (/* binding */ gatesOf),
/* harmony export */   statusHeadline: () => (/* binding */ statusHeadline),
/* harmony export */   ub: () => (/* binding */ blocking),
/* harmony export */   vZ: () => (/* binding */ requestTotals)
/* harmony export */ });
/* unused harmony exports CELL_STATE_WORDS, hasAccepted */
/* harmony import */ var _core_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1023);
/* harmony import */ var _core_findings_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8642);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);



/** Every status word there is. */
const STATUS_WORDS = {
    valid: { icon: '✅', word: 'Valid', means: 'a valid measurement: no validity finding' },
    valid_with_warnings: {
        icon: '⚠️',
        word: 'Valid, with warnings',
        means: 'a valid measurement with validity warnings (e.g. some requests failed)',
    },
    invalid: {
        icon: '❌',
        word: 'Invalid',
        means: 'not a valid measurement: a critical validity finding, or no cell succeeded',
    },
    validity_unknown: { icon: '❔', word: 'Validity unknown', means: 'the result files state no request counts' },
    gates_none: { icon: '➖', word: 'None configured', means: 'no SLO gate was configured' },
    gates_passed: { icon: '✅', word: 'Passed', means: 'every SLO gate check passed' },
    gates_warned: {
        icon: '⚠️',
        word: 'Passed, with warnings',
        means: 'every blocking SLO gate check passed; a check of severity warning did not',
    },
    gates_failed: { icon: '❌', word: 'SLO gates failed', means: 'a blocking SLO gate check did not pass' },
    regression: { icon: '🔴', word: 'Regression', means: 'worse than the base run, beyond run-to-run noise' },
    regression_accepted: {
        icon: '☑️',
        word: 'Regression accepted',
        means: 'worse than the base run beyond noise, acknowledged (accept label or compare.accept): reported, not failing',
    },
    improvement: { icon: '🟢', word: 'Improvement', means: 'better than the base run, beyond run-to-run noise' },
    no_change: { icon: '⚪', word: 'No change', means: 'compared with the base run: no change beyond noise' },
    inconclusive: {
        icon: '❔',
        word: 'Inconclusive',
        means: 'compared with the base run, but too little data or nothing comparable',
    },
    not_compared: { icon: '➖', word: 'Not compared', means: 'no base run to compare with' },
};
/** The check's outcome words. */
const CHECK_WORDS = {
    passes: { icon: '✅', word: 'check passes' },
    fails: { icon: '❌', word: 'check fails' },
};
/** A cell's completion state (report.json `completion.status`, counted in `run_summary`). */
const CELL_STATE_WORDS = {
    complete: { icon: '✅', word: 'complete' },
    partial: { icon: '⚠️', word: 'with failed requests' },
    failed: { icon: '❌', word: 'failed' },
    unknown: { icon: '❔', word: 'with unknown request counts' },
};
/** One cell's completion state as icon and word ("⚠️ with failed requests"). */
function cellStateWord(status) {
    const w = CELL_STATE_WORDS[status] ?? CELL_STATE_WORDS.unknown;
    return `${w.icon} ${w.word}`;
}
/** report.json `run_summary` cell counts as words: "9 (6 complete, 2 with failed requests, 1 with unknown request counts)". */
function cellStates(summary) {
    const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    const counts = [
        [n(summary.successful_cells), CELL_STATE_WORDS.complete.word],
        [n(summary.partial_cells), CELL_STATE_WORDS.partial.word],
        [n(summary.failed_cells), CELL_STATE_WORDS.failed.word],
        [n(summary.unknown_cells), CELL_STATE_WORDS.unknown.word],
    ];
    const parts = counts.filter(([c]) => c !== null && c > 0).map(([c, w]) => `${String(c)} ${w}`);
    const total = n(summary.total_cells);
    return `${total === null ? '?' : String(total)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
/** The compare verdict (compare.json `verdict.verdict`) as a comparison word. */
const VERDICT_COMPARISON = {
    REGRESSION: 'regression',
    IMPROVEMENT: 'improvement',
    NEUTRAL: 'no_change',
    INSUFFICIENT_DATA: 'inconclusive',
};
function allFindings(head, diff) {
    return (0,_core_findings_order_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeFindings */ .DF)(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
}
/** Request counts over the cells: successful, total, cells that state both, all cells. */
function requestTotals(head) {
    let ok = 0;
    let total = 0;
    let known = 0;
    const cells = head.cells ?? [];
    for (const c of cells) {
        const t = c.completion?.num_requests_total;
        const s = c.completion?.num_requests_successful;
        if (typeof t === 'number' && Number.isFinite(t) && typeof s === 'number' && Number.isFinite(s)) {
            total += t;
            ok += s;
            known++;
        }
    }
    return { ok, total, known, cells: cells.length };
}
function validityOf(head, findings) {
    const v = findings.filter((f) => (0,_core_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(f) === 'validity');
    if (v.some((f) => f.severity === 'critical') || head.run_summary?.status === 'failed')
        return 'invalid';
    if (v.some((f) => f.severity === 'warning'))
        return 'valid_with_warnings';
    if (requestTotals(head).known === 0)
        return 'validity_unknown';
    return 'valid';
}
/**
 * The gate results of a report (null when it has no gates block). A report read from a file had
 * its gates block validated against inferguard-gates/v1 (io/untrusted-report.ts).
 */
function gateResults(head) {
    return head.gates?.results ?? null;
}
/** A gate result that fails the step: not passed, with severity error. */
function blocking(r) {
    return r.outcome !== 'pass' && r.severity !== 'warning';
}
function gatesOf(head) {
    const rs = gateResults(head);
    if (rs === null || rs.length === 0)
        return 'gates_none';
    if (rs.some(blocking))
        return 'gates_failed';
    if (rs.some((r) => r.outcome !== 'pass'))
        return 'gates_warned';
    return 'gates_passed';
}
/** True when some comparison is a regression that was acknowledged (reason `accepted`, decide.ts). */
function hasAccepted(diff) {
    const cells = Array.isArray(diff?.cells) ? diff.cells : [];
    return cells.some((c) => Array.isArray(c?.verdict?.comparisons) && c.verdict.comparisons.some((m) => m?.reason === 'accepted'));
}
function comparisonOf(diff) {
    if (!diff)
        return 'not_compared';
    const c = VERDICT_COMPARISON[String(diff.verdict?.verdict)] ?? 'inconclusive';
    // An acknowledged regression leaves the verdict NEUTRAL; the headline still says what it was.
    return c === 'no_change' && hasAccepted(diff) ? 'regression_accepted' : c;
}
/** The headline's one word: the first rule that holds, most severe first. */
const HEADLINE_ORDER = [
    { status: (f) => (f.validity === 'invalid' ? 'invalid' : null) },
    { status: (f) => (f.gates === 'gates_failed' ? 'gates_failed' : null) },
    { status: (f) => (f.comparison !== 'not_compared' ? f.comparison : null) },
    { status: (f) => f.validity },
];
function factsOf(input, findings) {
    return {
        validity: validityOf(input.head, findings),
        gates: gatesOf(input.head),
        comparison: comparisonOf(input.diff),
    };
}
/** The run's status: invalid, SLO gates failed, else the comparison, else the validity. */
function runStatus(input) {
    const facts = factsOf(input, allFindings(input.head, input.diff));
    for (const rule of HEADLINE_ORDER) {
        const s = rule.status(facts);
        if (s !== null)
            return s;
    }
    return facts.validity;
}
/**
 * The headline as one line of plain text: the run status and, when the check was decided, its
 * outcome: "🔴 Regression · check passes", "❌ Invalid · check fails", "✅ Valid". The comment's
 * title and the check run's title.
 */
function statusHeadline(input) {
    const s = STATUS_WORDS[runStatus(input)];
    const head = `${s.icon} ${s.word}`;
    if (!input.check)
        return head;
    const c = input.check.failed ? CHECK_WORDS.fails : CHECK_WORDS.passes;
    return `${head} · ${c.word}`;
}
/** A status word for a fact line: icon and the word in lower case. */
function factWord(status) {
    const s = STATUS_WORDS[status];
    return `${s.icon} ${s.word.toLowerCase()}`;
}
function codes(findings) {
    return [...new Set(findings.map((f) => f.code))]
        .sort()
        .map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeCode */ .lI)(c, 60))
        .join(', ');
}
/**
 * Why a check that passes passes although the headline or the findings look bad: one phrase per
 * thing that is reported but does not fail it under the policy that passed it.
 */
const PASS_NOTES = [
    (f) => (f.validity === 'invalid' ? 'its validity findings are below `fail-on`' : null),
    (f, findings, input) => {
        if (f.comparison === 'regression_accepted') {
            const label = input.check?.accepted?.label;
            return label !== undefined
                ? `the regression is accepted by the label ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeCode */ .lI)(label, 60)}`
                : 'the regression is acknowledged (`compare.accept`)';
        }
        if (f.comparison !== 'regression' && !findings.some((x) => (0,_core_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(x) === 'regression'))
            return null;
        const label = input.check?.accepted?.label;
        return label !== undefined
            ? `the regression is accepted by the label ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeCode */ .lI)(label, 60)}`
            : 'a regression fails it only with `fail-on-regression`';
    },
    (_f, findings) => {
        const crit = findings.filter((x) => (0,_core_finding_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .findingClass */ .sy)(x) === 'behaviour' && x.severity === 'critical');
        if (crit.length === 0)
            return null;
        return `critical behaviour findings (${codes(crit)}) fail it only when listed in \`fail-on-findings\``;
    },
    (f) => (f.gates === 'gates_warned' ? 'a gate check of severity warning never fails it' : null),
];
/**
 * Markdown: why the check passes despite what the headline shows ("a regression fails it only
 * with `fail-on-regression`"), or "" when nothing needs saying or the check failed (its
 * reasons say why).
 */
function passNotes(input) {
    if (!input.check || input.check.failed)
        return '';
    const findings = allFindings(input.head, input.diff);
    const facts = factsOf(input, findings);
    return PASS_NOTES.map((n) => n(facts, findings, input))
        .filter((x) => x !== null)
        .join('; ');
}


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ throughputColumn),
/* harmony export */   Yp: () => (/* binding */ producerName),
/* harmony export */   pD: () => (/* binding */ cellThroughput)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/**
 * The throughput a table shows for a cell: per-GPU (`tput_per_gpu`) when the GPU count is known,
 * else the absolute tok/s the file states (`total_tput_tps`, else `output_tput_tps`), never "—"
 * while a number is there. As with tail columns, the header names what every row shows; when rows
 * show different kinds the header is generic and each value names its own ("1,234 total").
 */

const ORDER = [
    ['per_gpu', 'tput_per_gpu'],
    ['total', 'total_tput_tps'],
    ['output', 'output_tput_tps'],
];
/** Per-GPU throughput, else the absolute total, else the absolute output tok/s; null when none. */
function cellThroughput(metrics) {
    for (const [kind, key] of ORDER) {
        const v = metrics?.[key];
        if (typeof v === 'number' && Number.isFinite(v))
            return { kind, key, value: v };
    }
    return null;
}
const SUFFIX = { per_gpu: '/GPU', total: ' total', output: ' output' };
/**
 * The column over `rows`: `headers[kind]` when every row with a throughput shows one kind (per-GPU
 * when none has any), else `headers.mixed` with each value naming its kind.
 */
function throughputColumn(rows, of, headers) {
    const kinds = new Set(rows.map(of).flatMap((t) => (t === null ? [] : [t.kind])));
    if (kinds.size <= 1) {
        const kind = [...kinds][0] ?? 'per_gpu';
        const key = ORDER.find(([k]) => k === kind)?.[1] ?? 'tput_per_gpu';
        return { header: headers[kind], key, value: (row) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ)(of(row)?.value ?? null) };
    }
    return {
        header: headers.mixed,
        key: null,
        value: (row) => {
            const t = of(row);
            return t === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ)(null) : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokensPerSec */ .WQ)(t.value)}${SUFFIX[t.kind]}`;
        },
    };
}
/** The producer of a cell as a reader names it: the format, or the adapter (variant) when the format is `unknown`. */
function producerName(c) {
    const format = typeof c.source_format === 'string' ? c.source_format : '';
    const variant = typeof c.source_variant === 'string' && c.source_variant !== '' ? c.source_variant : null;
    if (format !== '' && format !== 'unknown')
        return format;
    return variant ?? (format || 'unknown');
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
