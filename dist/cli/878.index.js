export const id = 878;
export const ids = [878,20];
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

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tg: () => (/* binding */ cellDiffOf),
  kB: () => (/* binding */ compareCellDiffs),
  cu: () => (/* binding */ identityOf),
  Bn: () => (/* binding */ overallVerdict),
  H8: () => (/* binding */ refOf)
});

// UNUSED EXPORTS: cellVerdict, runTotals

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/compare/match.ts
var match = __webpack_require__(7374);
;// CONCATENATED MODULE: ./src/core/compare/environment.ts
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

// EXTERNAL MODULE: ./src/core/compare/numbers.ts
var numbers = __webpack_require__(5881);
;// CONCATENATED MODULE: ./src/core/compare/verdicts.ts
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
            confidence: (0,numbers/* round */.LI)(decided.length / bearing.length, 6),
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
    for (const f of types/* IDENTITY_FIELDS */.DL)
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
        success_rate: known > 0 && total > 0 ? (0,numbers/* round */.LI)(ok / total) : null,
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
        confidence = (0,numbers/* round */.LI)(neutralConf.reduce((s, x) => s + x, 0) / neutralConf.length, 6);
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
    for (const f of types/* IDENTITY_FIELDS */.DL) {
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
        key: (0,match/* cellKey */.sl)(ref),
        family: (0,match/* cellFamilyKey */.ie)(ref),
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
    const env = environmentChange(w.runs.base, w.runs.head);
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

/***/ 5042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ evalAllowance),
/* harmony export */   cv: () => (/* binding */ lowerIsBetter),
/* harmony export */   kS: () => (/* binding */ evalRegression)
/* harmony export */ });
/* harmony import */ var _curve_curve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6372);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3010);


function seOf(c, name) {
    const v = c.metrics[`${name}_se`];
    return typeof v === 'number' ? v : null;
}
/** The allowed drop of `name` between a base and a head cell (compare's eval_stderr method too). */
function evalAllowance(base, head, name, minDrop) {
    const baseSe = seOf(base, name);
    const headSe = seOf(head, name);
    const se = baseSe === null && headSe === null ? null : Math.sqrt((baseSe ?? 0) ** 2 + (headSe ?? 0) ** 2);
    return {
        se,
        baseSe,
        headSe,
        threshold: se ?? minDrop,
        thresholdName: se === null ? 'eval_regression_min_drop' : 'eval stderr',
    };
}
/** Whether an eval score of a cell is lower-is-better (lm-eval's higher_is_better false). */
function lowerIsBetter(c, name) {
    return c.metrics[`${name}_direction`] === 'lower_is_better';
}
function dropVsBaseline(pair, name, minDrop) {
    const { base, head } = pair;
    const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
    const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
    if (b === null || h === null)
        return null;
    const a = evalAllowance(base, head, name, minDrop);
    // lm-eval states the direction; a lower-is-better score (perplexity, MAE) carries `<name>_direction`.
    const lower = lowerIsBetter(base, name) || lowerIsBetter(head, name);
    const d = lower ? b - h : h - b;
    if (!(d < 0 && Math.abs(d) > a.threshold))
        return null;
    const beyond = a.se === null ? 'the minimum drop' : 'the standard error';
    return {
        code: 'eval_regression',
        severity: 'warning',
        message: `${name} ${lower ? 'rose' : 'dropped'} from ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(name, b)} to ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(name, h)} (${lower ? 'lower is better' : d.toFixed(4)}), beyond ${beyond} ${a.threshold.toFixed(4)}.`,
        cell_id: head.cell_id,
        evidence: {
            metric: name,
            base: b,
            head: h,
            delta: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(d),
            threshold: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(a.threshold),
            threshold_name: a.thresholdName,
            ...(lower ? { direction: 'lower_is_better' } : {}),
            base_se: a.baseSe,
            head_se: a.headSe,
            base_cell_id: base.cell_id,
        },
    };
}
/**
 * eval_regression (warning):
 * - a pass threshold for the task (config `eval_thresholds`, e.g. {"gsm8k": 0.9}): the cell's
 *   primary eval score (`eval_<task>_score`) is below it; one finding per cell and task;
 * - vs the baseline: the score dropped vs the matched baseline cell by more than the standard
 *   error of the difference (√(se_base² + se_head²) from `eval_<task>_score_se`, whichever are
 *   known), or by more than `eval_regression_min_drop` when neither is known.
 */
const evalRegression = {
    code: 'eval_regression',
    evaluate({ cells, evalThresholds }) {
        const passBy = new Map();
        for (const [task, v] of Object.entries(evalThresholds ?? {}))
            passBy.set(task.toLowerCase().replace(/[^a-z0-9]+/g, '_'), v);
        if (passBy.size === 0)
            return [];
        const out = [];
        for (const c of cells) {
            for (const key of Object.keys(c.metrics).sort()) {
                const m = _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .EVAL_SCORE_RE */ .aV.exec(key);
                if (!m)
                    continue;
                const task = m[1];
                const score = (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, key);
                const pass = passBy.get(task.toLowerCase());
                const lower = lowerIsBetter(c, key);
                if (score === null || pass === undefined || (lower ? score <= pass : score >= pass))
                    continue;
                out.push({
                    code: 'eval_regression',
                    severity: 'warning',
                    message: `Cell ${c.cell_id} ${task} score regressed: ${score.toFixed(3)} ${lower ? 'above' : 'below'} the pass threshold ${pass}.`,
                    cell_id: c.cell_id,
                    evidence: {
                        conditions: ['below_pass_threshold'],
                        task,
                        metric: key,
                        score: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__.r)(score),
                        score_se: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .metricOf */ .ak)(c, `${key}_se`),
                        pass_threshold: pass,
                        passes: false,
                        threshold_name: `eval_thresholds.${task}`,
                        threshold: pass,
                        files: (0,_curve_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .cellFiles */ .UZ)(c),
                    },
                });
            }
        }
        return out;
    },
    vsBaseline(pairs, t) {
        const out = [];
        for (const pair of pairs)
            for (const name of (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .evalScoreNames */ .j3)(pair.base, pair.head)) {
                const f = dropVsBaseline(pair, name, t.eval_regression_min_drop);
                if (f)
                    out.push(f);
            }
        return out;
    },
};


/***/ }),

/***/ 3560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ FINDING_RULES),
  A: () => (/* binding */ baselineFindings)
});

;// CONCATENATED MODULE: ./src/core/findings/missing-required-artifact.ts
/**
 * Critical: something the run promised is absent. Adapters report required files missing inside
 * a cell folder; this rule checks the campaign `manifest.json` expectations: a listed cell that
 * produced no cell, and a timeline declared expected that is absent.
 */
const missingRequiredArtifact = {
    code: 'missing_required_artifact',
    evaluate({ cells, expectations, timelineFiles }) {
        const out = [];
        for (const e of expectations) {
            const matches = cells.filter((c) => {
                if (e.cell_id !== null && c.cell_id === e.cell_id)
                    return true;
                if (e.dir !== null) {
                    const dirs = c.fragment_dirs ?? [];
                    return dirs.some((d) => d === e.dir || d.startsWith(`${e.dir}/`));
                }
                return false;
            });
            const what = e.cell_id ?? e.dir ?? '?';
            if (matches.length === 0) {
                out.push({
                    code: 'missing_required_artifact',
                    severity: 'critical',
                    message: `The campaign manifest ${e.file} lists cell ${what}, but no results for it were found.`,
                    cell_id: e.cell_id,
                    evidence: { kind: 'expected_cell_absent', manifest: e.file, expected: what },
                });
                continue;
            }
            if (e.timeline_expected) {
                const dir = e.dir ?? '';
                const has = timelineFiles.some((t) => (dir === '' ? true : t.startsWith(`${dir}/`)));
                if (!has) {
                    out.push({
                        code: 'missing_required_artifact',
                        severity: 'critical',
                        message: `The campaign manifest ${e.file} declares a timeline for ${what}, but no inferguard_timeline.jsonl was found there.`,
                        cell_id: matches[0]?.cell_id ?? null,
                        evidence: {
                            kind: 'expected_timeline_absent',
                            manifest: e.file,
                            expected: `${dir ? `${dir}/` : ''}inferguard_timeline.jsonl`,
                        },
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/invalid-run-no-successful-requests.ts
/** Critical: the request total is known and not one request succeeded. */
const invalidRunNoSuccessfulRequests = {
    code: 'invalid_run_no_successful_requests',
    evaluate({ cells }) {
        return cells
            .filter((c) => c.completion.num_requests_total !== null && c.completion.num_requests_successful === 0)
            .map((c) => ({
            code: 'invalid_run_no_successful_requests',
            severity: 'critical',
            message: `Cell ${c.cell_id} has 0 successful requests out of ${c.completion.num_requests_total}, so it measured nothing.`,
            cell_id: c.cell_id,
            evidence: {
                num_requests_total: c.completion.num_requests_total,
                num_requests_successful: 0,
                file: c.completion.counts_source,
                counts_basis: c.completion.counts_basis,
            },
        }));
    },
};

;// CONCATENATED MODULE: ./src/core/findings/partial-run.ts
/**
 * Warning: some requests failed. Fires when 0 < success rate < `partial_run_min_success`
 * (default 0.95, InferGuard's _finalize_cell line; InferenceX's client itself exits non-zero
 * above 5% failures, an exit code the job scripts lose).
 */
const partialRun = {
    code: 'partial_run',
    evaluate({ cells, thresholds }) {
        const min = thresholds.partial_run_min_success;
        return cells
            .filter((c) => {
            const r = c.completion.success_rate;
            return r !== null && r > 0 && r < min;
        })
            .map((c) => {
            const { num_requests_successful: ok, num_requests_total: total, success_rate: rate } = c.completion;
            return {
                code: 'partial_run',
                severity: 'warning',
                message: `Cell ${c.cell_id} completed ${ok} of ${total} requests (${((rate ?? 0) * 100).toFixed(1)}%), below the ${(min * 100).toFixed(0)}% line.`,
                cell_id: c.cell_id,
                evidence: {
                    num_requests_total: total,
                    num_requests_successful: ok,
                    success_rate: rate,
                    threshold_name: 'partial_run_min_success',
                    threshold: min,
                    file: c.completion.counts_source,
                },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/findings/metrics-unavailable.ts
/**
 * Warning: a value a section needs is missing or impossible. Adapters report unreadable files
 * themselves (they know the file and line); this rule covers what only the merged cell shows:
 * a success count above the total (an input error, never a success), and a cell that carries
 * no performance metric at all although it is not an eval-only cell.
 */
const metricsUnavailable = {
    code: 'metrics_unavailable',
    evaluate({ cells }) {
        const out = [];
        for (const c of cells) {
            const { num_requests_total: total, num_requests_successful: ok } = c.completion;
            if (total !== null && ok !== null && ok > total) {
                out.push({
                    code: 'metrics_unavailable',
                    severity: 'warning',
                    message: `Cell ${c.cell_id} reports ${ok} successful requests out of ${total}, an impossible rate of ${(ok / Math.max(total, 1)).toFixed(3)}, so its completion is unknown.`,
                    cell_id: c.cell_id,
                    evidence: {
                        kind: 'success_above_total',
                        num_requests_total: total,
                        num_requests_successful: ok,
                        file: c.completion.counts_source,
                    },
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/curve/curve.ts
var curve = __webpack_require__(6372);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/core/findings/ttft-cliff.ts


/**
 * ttft_cliff (warning; critical at ≥ 2× the ratio): in a family sorted by concurrency, a step
 * where tail TTFT (p99, else p95, else p90; the statistic is named in message and evidence) grows
 * ≥ `ttft_cliff_ratio` (2.0) while total throughput grows < `ttft_cliff_max_tput_gain` (0.10; a
 * decline counts): more load bought queueing, not throughput. One step (2 points) is enough. The
 * finding sits on the upper cell of the step.
 */
const ttftCliff = {
    code: 'ttft_cliff',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const s of (0,curve/* detectTtftCliffs */.hr)(fam, t)) {
                const gainPct = (s.tput.gain * 100).toFixed(1);
                const key = `${s.stat}_ttft`;
                out.push({
                    code: 'ttft_cliff',
                    severity: s.severity,
                    message: `${s.stat} TTFT rises ${s.ratio.toFixed(2)}× from ${(0,metrics/* formatMetric */.gI)(`${s.stat}_ttft`, s.ttftFromS)} at ${(0,curve/* concLabel */._v)(s.lo)} to ${(0,metrics/* formatMetric */.gI)(`${s.stat}_ttft`, s.ttftToS)} at ${(0,curve/* concLabel */._v)(s.hi)} while ${s.tput.metric} changes ${s.tput.gain >= 0 ? '+' : ''}${gainPct}% (cliff at ≥ ${t.ttft_cliff_ratio}× with < ${(t.ttft_cliff_max_tput_gain * 100).toFixed(0)}% throughput gain).`,
                    cell_id: s.hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...(0,curve/* stepEvidence */.cc)(s.lo, s.hi),
                        tail_stat: s.stat,
                        latency_metric: key,
                        [`${key}_from_s`]: (0,curve.r)(s.ttftFromS),
                        [`${key}_to_s`]: (0,curve.r)(s.ttftToS),
                        ratio: (0,curve.r)(s.ratio),
                        throughput_metric: s.tput.metric,
                        throughput_from: (0,curve.r)(s.tput.from),
                        throughput_to: (0,curve.r)(s.tput.to),
                        throughput_gain: (0,curve.r)(s.tput.gain),
                        threshold_name: 'ttft_cliff_ratio',
                        threshold: t.ttft_cliff_ratio,
                        thresholds: {
                            ttft_cliff_ratio: t.ttft_cliff_ratio,
                            ttft_cliff_max_tput_gain: t.ttft_cliff_max_tput_gain,
                            critical_ratio: 2 * t.ttft_cliff_ratio,
                            min_family_points: (0,curve/* cliffMinPoints */.IT)(t),
                        },
                        cells: [s.lo.cell_id, s.hi.cell_id],
                        files: [...new Set([...(0,curve/* cellFiles */.UZ)(s.lo), ...(0,curve/* cellFiles */.UZ)(s.hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/curve/tail.ts
var tail = __webpack_require__(7101);
;// CONCATENATED MODULE: ./src/core/findings/tpot-degradation.ts



/**
 * tpot_degradation (warning): tail TPOT (p99, else p95, else p90; named in message and evidence)
 * grows ≥ `tpot_degradation_ratio` (1.5) vs the previous point of the family (pairwise, so two
 * points suffice). Each token of every running request gets slower: decode is sharing the GPU
 * with more work than it keeps up with. The finding sits on the upper cell.
 *
 * vs the baseline: the tail TPOT the base and head cells share grew ≥ `tpot_degradation_ratio`
 * vs the matched baseline cell (one finding per pair, in compare.json).
 */
const tpotDegradation = {
    code: 'tpot_degradation',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const s of (0,curve/* detectTpotDegradation */.Pe)(fam, t)) {
                const key = `${s.stat}_tpot`;
                out.push({
                    code: 'tpot_degradation',
                    severity: 'warning',
                    message: `${s.stat} TPOT grows ${s.ratio.toFixed(2)}× from ${(0,metrics/* formatMetric */.gI)(`${s.stat}_tpot`, s.fromS)} at ${(0,curve/* concLabel */._v)(s.lo)} to ${(0,metrics/* formatMetric */.gI)(`${s.stat}_tpot`, s.toS)} at ${(0,curve/* concLabel */._v)(s.hi)} (threshold ${t.tpot_degradation_ratio}×).`,
                    cell_id: s.hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...(0,curve/* stepEvidence */.cc)(s.lo, s.hi),
                        tail_stat: s.stat,
                        latency_metric: key,
                        [`${key}_from_s`]: (0,curve.r)(s.fromS),
                        [`${key}_to_s`]: (0,curve.r)(s.toS),
                        ratio: (0,curve.r)(s.ratio),
                        threshold_name: 'tpot_degradation_ratio',
                        threshold: t.tpot_degradation_ratio,
                        cells: [s.lo.cell_id, s.hi.cell_id],
                        files: [...new Set([...(0,curve/* cellFiles */.UZ)(s.lo), ...(0,curve/* cellFiles */.UZ)(s.hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
    vsBaseline(pairs, t) {
        const ratio = t.tpot_degradation_ratio;
        const out = [];
        for (const { base, head } of pairs) {
            const tpot = (0,tail/* commonTail */.en)(base, head, 'tpot');
            if (tpot === null || !(tpot.from > 0) || tpot.to / tpot.from < ratio)
                continue;
            const { from: tb, to: th } = tpot;
            out.push({
                code: 'tpot_degradation',
                severity: 'warning',
                message: `${tpot.stat} TPOT grew ${(th / tb).toFixed(2)}× vs the baseline cell (${(0,metrics/* formatMetric */.gI)(tpot.key, tb)} → ${(0,metrics/* formatMetric */.gI)(tpot.key, th)}; threshold ${ratio}×).`,
                cell_id: head.cell_id,
                evidence: {
                    metric: tpot.key,
                    tail_stat: tpot.stat,
                    base: tb,
                    head: th,
                    ratio: Number((th / tb).toPrecision(6)),
                    threshold: ratio,
                    threshold_name: 'tpot_degradation_ratio',
                    base_cell_id: base.cell_id,
                },
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/throughput-plateau.ts

const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
/**
 * throughput_plateau (warning): at least 2 consecutive concurrency steps (3 points) where
 * throughput (per GPU first) changes by less than `plateau_max_gain` (0.05) in either direction
 * while tail TTFT or tail TPOT (p99, else p95, else p90) worsens ≥ `plateau_min_latency_worsening`
 * (0.10): more load, no more throughput, worse latency. A decline (throughput falls by the gain
 * limit or more) is never a plateau. One finding per run of flat steps, on the cell where the
 * plateau starts (the lower end of its first step).
 */
const throughputPlateau = {
    code: 'throughput_plateau',
    evaluate({ families, thresholds: t }) {
        const out = [];
        for (const fam of families) {
            for (const p of (0,curve/* detectPlateaus */.Bk)(fam, t)) {
                const first = p.steps[0];
                const last = p.steps[p.steps.length - 1];
                const cells = [first.lo, ...p.steps.map((s) => s.hi)];
                const gains = p.steps.map((s) => pct(s.tput.gain)).join(', ');
                const worst = p.steps.reduce((a, b) => (b.latencyWorsening > a.latencyWorsening ? b : a));
                const stats = [...new Set(p.steps.map((s) => s.latencyMetric))].sort();
                out.push({
                    code: 'throughput_plateau',
                    severity: p.severity,
                    message: `Throughput plateaus from ${(0,curve/* concLabel */._v)(first.lo)} to ${(0,curve/* concLabel */._v)(last.hi)}: ${first.tput.metric} ${first.tput.from.toFixed(0)} → ${last.tput.to.toFixed(0)} (steps ${gains}, each within ±${(t.plateau_max_gain * 100).toFixed(0)}%) while ${worst.latencyStat} ${worst.latencyMetric.endsWith('_ttft') ? 'TTFT' : 'TPOT'} worsens up to ${(worst.latencyWorsening * 100).toFixed(0)}%.`,
                    cell_id: first.lo.cell_id,
                    evidence: {
                        family: fam.label,
                        from_concurrency: first.lo.concurrency,
                        to_concurrency: last.hi.concurrency,
                        flat_steps: p.steps.length,
                        latency_metrics: stats,
                        steps: p.steps.map((s) => ({
                            ...(0,curve/* stepEvidence */.cc)(s.lo, s.hi),
                            throughput_metric: s.tput.metric,
                            throughput_from: (0,curve.r)(s.tput.from),
                            throughput_to: (0,curve.r)(s.tput.to),
                            throughput_gain: (0,curve.r)(s.tput.gain),
                            latency_metric: s.latencyMetric,
                            tail_stat: s.latencyStat,
                            latency_from_s: (0,curve.r)(s.latencyFromS),
                            latency_to_s: (0,curve.r)(s.latencyToS),
                            latency_worsening: (0,curve.r)(s.latencyWorsening),
                        })),
                        threshold_name: 'plateau_max_gain',
                        threshold: t.plateau_max_gain,
                        thresholds: {
                            plateau_max_gain: t.plateau_max_gain,
                            plateau_min_latency_worsening: t.plateau_min_latency_worsening,
                            min_family_points: (0,curve/* plateauMinPoints */.Af)(t),
                            min_consecutive_steps: 2,
                        },
                        cells: cells.map((c) => c.cell_id),
                        files: [...new Set(cells.flatMap(curve/* cellFiles */.UZ))].sort(),
                    },
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-pressure.ts

/**
 * kv_pressure (warning), per cell, from its server metrics over the run: GPU KV cache usage p95
 * ≥ `kv_pressure_usage` (0.95), or preemptions grew during the run (the differenced counter is
 * > 0: the engine ran out of KV blocks and evicted running requests), or CPU KV usage p95 ≥
 * `kv_pressure_cpu_usage` (0.90). One finding per cell naming every condition met. Live
 * timeline snapshots are not used here (they describe the endpoints, not one cell's run).
 */
const kvPressure = {
    code: 'kv_pressure',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const c of cells) {
            const usage = (0,curve/* metricOf */.ak)(c, 'kv_cache_usage_p95');
            const usageMax = (0,curve/* metricOf */.ak)(c, 'kv_cache_usage_max');
            const preempt = (0,curve/* metricOf */.ak)(c, 'preemptions');
            const cpu = (0,curve/* metricOf */.ak)(c, 'cpu_kv_cache_usage_p95');
            const reasons = [];
            const conditions = [];
            if (usage !== null && (0,curve/* atLeast */.jZ)(usage, t.kv_pressure_usage)) {
                conditions.push('gpu_kv_usage_p95');
                reasons.push(`GPU KV cache usage p95 ${(usage * 100).toFixed(1)}% ≥ ${(t.kv_pressure_usage * 100).toFixed(0)}%`);
            }
            if (preempt !== null && preempt > 0) {
                conditions.push('preemptions');
                reasons.push(`${preempt} preemption(s) during the run`);
            }
            if (cpu !== null && (0,curve/* atLeast */.jZ)(cpu, t.kv_pressure_cpu_usage)) {
                conditions.push('cpu_kv_usage_p95');
                reasons.push(`CPU KV cache usage p95 ${(cpu * 100).toFixed(1)}% ≥ ${(t.kv_pressure_cpu_usage * 100).toFixed(0)}%`);
            }
            if (conditions.length === 0)
                continue;
            out.push({
                code: 'kv_pressure',
                severity: 'warning',
                message: `Cell ${c.cell_id} is under KV cache pressure: ${reasons.join('; ')}${usageMax !== null ? ` (max usage ${(usageMax * 100).toFixed(1)}%)` : ''}.`,
                cell_id: c.cell_id,
                evidence: {
                    conditions,
                    kv_cache_usage_p95: usage === null ? null : (0,curve.r)(usage),
                    kv_cache_usage_max: usageMax === null ? null : (0,curve.r)(usageMax),
                    preemptions: preempt,
                    cpu_kv_cache_usage_p95: cpu === null ? null : (0,curve.r)(cpu),
                    threshold_name: 'kv_pressure_usage',
                    threshold: t.kv_pressure_usage,
                    thresholds: {
                        kv_pressure_usage: t.kv_pressure_usage,
                        kv_pressure_cpu_usage: t.kv_pressure_cpu_usage,
                        preemptions_above: 0,
                    },
                    files: (0,curve/* cellFiles */.UZ)(c),
                },
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-offload-thrash.ts

/**
 * kv_offload_thrash (warning): along a family (pairwise, neighbouring concurrency points), KV
 * bytes offloaded GPU→CPU and loaded CPU→GPU are both > 0 and both grow, p99 TTFT worsens ≥
 * `kv_offload_thrash_min_ttft_worsening` (0.20), AND throughput (output tokens first: resent
 * context inflates total tokens in agentic runs) grows < `kv_offload_thrash_max_tput_gain`
 * (0.10).
 *
 * Why the throughput condition: offload traffic and p99 TTFT both grow with concurrency in any
 * healthy offloading sweep, simply because more users hold more context (AgentX fixture c8→c16→c32:
 * offload 45→94→171 GB / 47→176→454 GB, p99 TTFT 1.50→2.29→3.54 s, yet latency is flat over
 * time inside every cell and output tok/s still grows +64% and +47%). Latency that buys
 * throughput is load. Thrashing is the case where the extra KV traffic stops buying work: the
 * same blocks move back and forth, latency worsens and throughput no longer grows (the classic
 * paging definition). The rule's "while p99 TTFT worsens ≥ 0.20" is kept as is; "latency
 * degrades" is read as "worsens without a throughput gain", the same test the
 * TTFT-cliff rule applies.
 */
const kvOffloadThrash = {
    code: 'kv_offload_thrash',
    evaluate({ families, thresholds: t }) {
        const out = [];
        const G2C = 'kv_offload_bytes_gpu_to_cpu';
        const C2G = 'kv_offload_bytes_cpu_to_gpu';
        for (const fam of families) {
            const points = (0,curve/* usablePoints */.SV)(fam).filter((c) => (0,curve/* metricOf */.ak)(c, G2C) !== null && (0,curve/* metricOf */.ak)(c, C2G) !== null);
            for (const [lo, hi] of (0,curve/* steps */.Ci)(points)) {
                const g0 = (0,curve/* metricOf */.ak)(lo, G2C);
                const g1 = (0,curve/* metricOf */.ak)(hi, G2C);
                const c0 = (0,curve/* metricOf */.ak)(lo, C2G);
                const c1 = (0,curve/* metricOf */.ak)(hi, C2G);
                if (!(g0 > 0 && c0 > 0 && g1 > g0 && c1 > c0))
                    continue;
                const ttft = (0,curve/* worsening */.Hr)(lo, hi, 'p99_ttft');
                if (ttft === null || !(0,curve/* atLeast */.jZ)(ttft.change, t.kv_offload_thrash_min_ttft_worsening))
                    continue;
                const tput = (0,curve/* throughputStep */.ZE)(lo, hi, curve/* TPUT_OUTPUT_FIRST */.hq);
                if (tput === null || !(0,curve/* below */.Gz)(tput.gain, t.kv_offload_thrash_max_tput_gain))
                    continue;
                out.push({
                    code: 'kv_offload_thrash',
                    severity: 'warning',
                    message: `KV offload grows from ${(0,curve/* concLabel */._v)(lo)} to ${(0,curve/* concLabel */._v)(hi)} in both directions (GPU→CPU ${(g0 / 1e9).toFixed(1)} → ${(g1 / 1e9).toFixed(1)} GB, CPU→GPU ${(c0 / 1e9).toFixed(1)} → ${(c1 / 1e9).toFixed(1)} GB) while p99 TTFT worsens ${(ttft.change * 100).toFixed(0)}% and ${tput.metric} changes ${tput.gain >= 0 ? '+' : ''}${(tput.gain * 100).toFixed(1)}%.`,
                    cell_id: hi.cell_id,
                    evidence: {
                        family: fam.label,
                        ...(0,curve/* stepEvidence */.cc)(lo, hi),
                        kv_offload_bytes_gpu_to_cpu_from: g0,
                        kv_offload_bytes_gpu_to_cpu_to: g1,
                        kv_offload_bytes_cpu_to_gpu_from: c0,
                        kv_offload_bytes_cpu_to_gpu_to: c1,
                        p99_ttft_from_s: (0,curve.r)(ttft.from),
                        p99_ttft_to_s: (0,curve.r)(ttft.to),
                        p99_ttft_worsening: (0,curve.r)(ttft.change),
                        throughput_metric: tput.metric,
                        throughput_gain: (0,curve.r)(tput.gain),
                        threshold_name: 'kv_offload_thrash_min_ttft_worsening',
                        threshold: t.kv_offload_thrash_min_ttft_worsening,
                        thresholds: {
                            kv_offload_thrash_min_ttft_worsening: t.kv_offload_thrash_min_ttft_worsening,
                            kv_offload_thrash_max_tput_gain: t.kv_offload_thrash_max_tput_gain,
                        },
                        cells: [lo.cell_id, hi.cell_id],
                        files: [...new Set([...(0,curve/* cellFiles */.UZ)(lo), ...(0,curve/* cellFiles */.UZ)(hi)])].sort(),
                    },
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/core/findings/prefix-cache-regression.ts


const HIT = 'server_gpu_cache_hit_rate';
const THEO = 'theoretical_cache_hit_rate';
/**
 * prefix_cache_regression (warning), one finding per cell naming every condition met:
 * - the server GPU prefix-cache hit rate is below the theoretical rate (what the trace could hit
 *   with an unbounded cache) by more than `prefix_cache_gap` (0.10 absolute);
 * - it dropped ≥ `prefix_cache_drop` (0.10 absolute) vs the comparable lower-concurrency point
 *   (the previous point of the family with a hit rate);
 * vs the baseline: the hit rate dropped ≥ `prefix_cache_drop` vs the matched baseline cell (one
 * finding per pair, in compare.json).
 */
const prefixCacheRegression = {
    code: 'prefix_cache_regression',
    evaluate({ cells, families, thresholds: t }) {
        const previous = new Map();
        for (const fam of families) {
            const pts = (0,curve/* usablePoints */.SV)(fam).filter((c) => (0,curve/* metricOf */.ak)(c, HIT) !== null);
            for (let i = 1; i < pts.length; i++) {
                const lo = pts[i - 1];
                const hi = pts[i];
                if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0))
                    previous.set(hi.cell_id, lo);
            }
        }
        const out = [];
        for (const c of cells) {
            const hit = (0,curve/* metricOf */.ak)(c, HIT);
            if (hit === null)
                continue;
            const conditions = [];
            const reasons = [];
            const evidence = { server_gpu_cache_hit_rate: (0,curve.r)(hit) };
            const theo = (0,curve/* metricOf */.ak)(c, THEO);
            if (theo !== null) {
                evidence.theoretical_cache_hit_rate = (0,curve.r)(theo);
                evidence.gap_to_theoretical = (0,curve.r)(theo - hit);
                if ((0,curve/* below */.Gz)(hit, theo - t.prefix_cache_gap)) {
                    conditions.push('below_theoretical');
                    reasons.push(`${(hit * 100).toFixed(1)}% vs a theoretical ${(theo * 100).toFixed(1)}% (gap ${((theo - hit) * 100).toFixed(1)} points > ${(t.prefix_cache_gap * 100).toFixed(0)})`);
                }
            }
            const prev = previous.get(c.cell_id);
            const cells = [c.cell_id];
            const files = new Set((0,curve/* cellFiles */.UZ)(c));
            if (prev) {
                const ph = (0,curve/* metricOf */.ak)(prev, HIT);
                evidence.lower_concurrency_cell = prev.cell_id;
                evidence.lower_concurrency_hit_rate = (0,curve.r)(ph);
                evidence.drop_vs_lower_concurrency = (0,curve.r)(ph - hit);
                if ((0,curve/* atLeast */.jZ)(ph - hit, t.prefix_cache_drop)) {
                    conditions.push('drop_vs_lower_concurrency');
                    reasons.push(`down ${((ph - hit) * 100).toFixed(1)} points from ${(ph * 100).toFixed(1)}% at ${(0,curve/* concLabel */._v)(prev)}`);
                    cells.unshift(prev.cell_id);
                    for (const f of (0,curve/* cellFiles */.UZ)(prev))
                        files.add(f);
                }
            }
            if (conditions.length === 0)
                continue;
            out.push({
                code: 'prefix_cache_regression',
                severity: 'warning',
                message: `Cell ${c.cell_id} has a server GPU prefix-cache hit rate of ${(hit * 100).toFixed(1)}%: ${reasons.join('; ')}.`,
                cell_id: c.cell_id,
                evidence: {
                    conditions,
                    ...evidence,
                    threshold_name: conditions[0] === 'below_theoretical' ? 'prefix_cache_gap' : 'prefix_cache_drop',
                    threshold: conditions[0] === 'below_theoretical' ? t.prefix_cache_gap : t.prefix_cache_drop,
                    thresholds: { prefix_cache_gap: t.prefix_cache_gap, prefix_cache_drop: t.prefix_cache_drop },
                    cells,
                    files: [...files].sort(),
                },
            });
        }
        return out;
    },
    vsBaseline(pairs, t) {
        const drop = t.prefix_cache_drop;
        const out = [];
        for (const { base, head } of pairs) {
            const cb = (0,curve/* metricOf */.ak)(base, HIT);
            const ch = (0,curve/* metricOf */.ak)(head, HIT);
            if (cb === null || ch === null || !(cb - ch >= drop))
                continue;
            out.push({
                code: 'prefix_cache_regression',
                severity: 'warning',
                message: `Server GPU prefix-cache hit rate dropped from ${(0,format/* formatPct */.R8)(cb)} to ${(0,format/* formatPct */.R8)(ch)} vs the baseline cell (threshold ${(drop * 100).toFixed(1)} points).`,
                cell_id: head.cell_id,
                evidence: {
                    metric: HIT,
                    base: cb,
                    head: ch,
                    drop: Number((cb - ch).toPrecision(6)),
                    threshold: drop,
                    threshold_name: 'prefix_cache_drop',
                    base_cell_id: base.cell_id,
                },
            });
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/timeline/timeline-block.ts
var timeline_block = __webpack_require__(6256);
// EXTERNAL MODULE: ./src/core/timeline/timeline-samples.ts
var timeline_samples = __webpack_require__(7314);
;// CONCATENATED MODULE: ./src/core/findings/prefill-decode-imbalance.ts



/**
 * prefill_decode_imbalance (warning), re-derived from the live timeline: the ratio of running
 * requests prefill/decode lies outside [`imbalance_ratio_low`, `imbalance_ratio_high`] (0.5–2.0)
 * in ≥ `imbalance_min_samples` (3) samples. Samples where either count is missing, or both are 0,
 * say nothing; decode 0 with prefill running counts as outside. Disaggregated decode pools
 * normally hold most running requests, so this fires on healthy disagg runs too:
 * the finding reports the counts and the ratio range, once per timeline, merged with the carried one.
 */
const prefillDecodeImbalance = {
    code: 'prefill_decode_imbalance',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const hits = new timeline_block/* TimelineHits */.e(s);
            const ratios = [];
            let decodeIdle = 0;
            let judged = 0;
            for (let i = 0; i < s.length; i++) {
                const p = s.num(timeline_samples/* COL_PREFILL_RUNNING */.Gt, i);
                const d = s.num(timeline_samples/* COL_DECODE_RUNNING */.A5, i);
                if (p === null || d === null || (p === 0 && d === 0))
                    continue;
                judged++;
                if (d === 0) {
                    decodeIdle++;
                    hits.add(i);
                    continue;
                }
                const ratio = p / d;
                if (ratio < t.imbalance_ratio_low || ratio > t.imbalance_ratio_high) {
                    hits.add(i);
                    ratios.push(ratio);
                }
            }
            if (hits.count < t.imbalance_min_samples)
                continue;
            ratios.sort((a, b) => a - b);
            const lo = ratios[0] ?? null;
            const hi = ratios[ratios.length - 1] ?? null;
            const range = lo !== null && hi !== null ? `ratio ${lo.toFixed(3)}–${hi.toFixed(3)}` : 'decode idle';
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'prefill_decode_imbalance',
                severity: 'warning',
                hits,
                what: `running requests prefill/decode outside [${t.imbalance_ratio_low}, ${t.imbalance_ratio_high}] (${range}${decodeIdle > 0 && lo !== null ? `, decode idle in ${decodeIdle}` : ''})`,
                threshold_name: 'imbalance_min_samples',
                threshold: t.imbalance_min_samples,
                extra: {
                    judged_samples: judged,
                    ratio_min: lo === null ? null : (0,parse/* roundStable */.O6)(lo),
                    ratio_max: hi === null ? null : (0,parse/* roundStable */.O6)(hi),
                    decode_idle_samples: decodeIdle,
                    thresholds: {
                        imbalance_ratio_low: t.imbalance_ratio_low,
                        imbalance_ratio_high: t.imbalance_ratio_high,
                        imbalance_min_samples: t.imbalance_min_samples,
                    },
                },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-transfer-stall.ts


/** Every byte counter column (sent/recv per role). */
const COUNTER_COLS = timeline_samples/* SNAPSHOT_ROLES */.Te.flatMap((_, r) => timeline_samples/* KV_BYTE_COUNTERS */.bh.map((__, c) => (0,timeline_samples/* colCounter */.FD)(r, c)));
/** Row i exposes at least one byte counter. */
function hasCounter(s, i) {
    for (const col of COUNTER_COLS)
        if (s.num(col, i) !== null)
            return true;
    return false;
}
/** At least one counter is present in both rows, and every counter present in both is unchanged. */
function flatSince(s, prev, i) {
    let shared = 0;
    for (const col of COUNTER_COLS) {
        const a = s.num(col, i);
        const b = s.num(col, prev);
        if (a === null || b === null)
            continue;
        if (a !== b)
            return false;
        shared++;
    }
    return shared > 0;
}
/**
 * kv_transfer_stall (warning), re-derived from the live timeline: the KV-transfer byte counters
 * (sent/recv, every endpoint exposing them) stay unchanged across ≥ `kv_transfer_stall_min_samples`
 * (3) consecutive samples while requests are running. A window breaks on growth, a reset
 * (decrease), no running request, or no counter present in both samples: a run without transfer
 * counters (not disaggregated) never stalls. One finding per timeline, merged with the carried one.
 */
const kvTransferStall = {
    code: 'kv_transfer_stall',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const hits = new timeline_block/* TimelineHits */.e(s);
            // The current window: consecutive rows [start, end); windows are disjoint and in time order.
            let start = 0;
            let end = 0;
            let prevActive = false;
            let longest = 0;
            const close = () => {
                const len = end - start;
                if (len >= t.kv_transfer_stall_min_samples)
                    for (let i = start; i < end; i++)
                        hits.add(i);
                longest = Math.max(longest, len);
                start = end;
            };
            for (let i = 0; i < s.length; i++) {
                const active = s.running(i) && hasCounter(s, i);
                if (!active) {
                    close();
                    start = end = i + 1;
                    prevActive = false;
                    continue;
                }
                const flat = prevActive && flatSince(s, i - 1, i);
                if (flat)
                    end = i + 1;
                else {
                    close();
                    start = i;
                    end = i + 1;
                }
                prevActive = true;
            }
            close();
            if (hits.count === 0)
                continue;
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'kv_transfer_stall',
                severity: 'warning',
                hits,
                what: `KV-transfer byte counters flat while requests run (longest flat window ${longest} samples, threshold ${t.kv_transfer_stall_min_samples})`,
                threshold_name: 'kv_transfer_stall_min_samples',
                threshold: t.kv_transfer_stall_min_samples,
                extra: { longest_flat_window_samples: longest },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/kv-transfer-errors-present.ts



/**
 * kv_transfer_errors_present (warning; critical when the error counter reaches
 * `kv_transfer_errors_critical`, 100), re-derived from the live timeline: the KV-transfer error
 * counter (`kv_transfer_errors_total`, summed over endpoints that expose it) grows between
 * samples. The first sample with a value counts when it is already > 0; a counter that goes down
 * was reset, and its new value is the growth. One finding per timeline, merged with the carried
 * one.
 */
const kvTransferErrorsPresent = {
    code: 'kv_transfer_errors_present',
    evaluate({ cells, thresholds: t }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const hits = new timeline_block/* TimelineHits */.e(s);
            let prev = null;
            let first = null;
            let last = null;
            let max = 0;
            let growth = 0;
            for (let i = 0; i < s.length; i++) {
                // Summed over the endpoints exposing the counter, null when none does.
                const total = s.num(timeline_samples/* COL_ERRORS_TOTAL */.CA, i);
                if (total === null)
                    continue;
                if (first === null)
                    first = total;
                last = total;
                max = Math.max(max, total);
                const inc = prev === null || total < prev ? total : total - prev;
                if (inc > 0) {
                    hits.add(i);
                    growth += inc;
                }
                prev = total;
            }
            if (hits.count === 0)
                continue;
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'kv_transfer_errors_present',
                severity: max >= t.kv_transfer_errors_critical ? 'critical' : 'warning',
                hits,
                what: `KV-transfer errors growing (counter ${first} → ${last}, max ${max}; critical at ${t.kv_transfer_errors_critical})`,
                threshold_name: 'kv_transfer_errors_critical',
                threshold: t.kv_transfer_errors_critical,
                extra: { errors_first: first, errors_last: last, errors_max: max, errors_growth: (0,parse/* roundStable */.O6)(growth) },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/endpoint-unreachable.ts


/**
 * endpoint_unreachable (critical), re-derived from the live timeline's disagg-status/v1
 * snapshots: a snapshot whose `scrape_error` is set (non-empty). One finding per timeline (on the
 * cell that owns it), merged with the carried one; never one per line.
 */
const endpointUnreachable = {
    code: 'endpoint_unreachable',
    evaluate({ cells }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const { hits, roles } = (0,timeline_block/* roleHits */.Tu)(s, (i) => s.unreachableRoles(i));
            if (hits.count === 0)
                continue;
            // The first scrape error (role order) of the first sample with one, kept by the reader.
            const firstError = s.firstScrapeError;
            const roleList = (0,timeline_samples/* roleNames */.nc)(roles);
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'endpoint_unreachable',
                severity: 'critical',
                hits,
                what: `the ${roleList.join(' and ')} endpoint unreachable (${firstError})`,
                threshold_name: null,
                threshold: null,
                extra: { roles: roleList, first_error: firstError },
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/findings/engine-unidentified.ts


/**
 * engine_unidentified (warning), re-derived from the live timeline: a snapshot whose endpoint
 * engine is `unknown` although it was scraped without error (an unreachable endpoint is
 * endpoint_unreachable, not this). One finding per timeline, merged with the carried one.
 */
const engineUnidentified = {
    code: 'engine_unidentified',
    evaluate({ cells }) {
        const out = [];
        for (const g of (0,timeline_block/* timelineGroups */.Gh)(cells)) {
            const s = g.samples;
            const { hits, roles } = (0,timeline_block/* roleHits */.Tu)(s, (i) => s.engineUnknownRoles(i));
            if (hits.count === 0)
                continue;
            const roleList = (0,timeline_samples/* roleNames */.nc)(roles);
            out.push((0,timeline_block/* timelineFinding */.PM)(g, {
                code: 'engine_unidentified',
                severity: 'warning',
                hits,
                what: `the ${roleList.join(' and ')} endpoint answering without an identifiable engine`,
                threshold_name: null,
                threshold: null,
                extra: { roles: roleList },
            }));
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/findings/eval-regression.ts
var eval_regression = __webpack_require__(5042);
;// CONCATENATED MODULE: ./src/core/findings/index.ts
















const FINDING_RULES = [
    missingRequiredArtifact,
    invalidRunNoSuccessfulRequests,
    partialRun,
    metricsUnavailable,
    ttftCliff,
    tpotDegradation,
    throughputPlateau,
    kvPressure,
    kvOffloadThrash,
    prefixCacheRegression,
    prefillDecodeImbalance,
    kvTransferStall,
    kvTransferErrorsPresent,
    endpointUnreachable,
    engineUnidentified,
    eval_regression/* evalRegression */.kS,
];
/** Every rule's findings vs the baseline, over compare's matched (base, head) pairs. */
function baselineFindings(pairs, thresholds) {
    return FINDING_RULES.flatMap((rule) => rule.vsBaseline?.(pairs, thresholds) ?? []);
}


/***/ }),

/***/ 6256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ dropReplacedCarried),
/* harmony export */   Gh: () => (/* binding */ timelineGroups),
/* harmony export */   HN: () => (/* binding */ buildTimelineBlock),
/* harmony export */   PM: () => (/* binding */ timelineFinding),
/* harmony export */   Tu: () => (/* binding */ roleHits),
/* harmony export */   e: () => (/* binding */ TimelineHits)
/* harmony export */ });
/* unused harmony export detectLiveTtftCliff */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7314);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/**
 * The `timeline` block of a cell: sample count, first/last observation, finding
 * counts by code (live codes outside the analyze enum, like connector_mismatch, counted here and
 * never reported as findings), first finding, first critical finding, and the lead time from the
 * first live finding to a TTFT cliff seen in the live TTFT.
 *
 * Also the shared helpers of the five timeline rules (endpoint_unreachable, engine_unidentified,
 * kv_transfer_errors_present, kv_transfer_stall, prefill_decode_imbalance): grouping the cells
 * that share one timeline file (its samples are the compact columns of timeline-samples.ts, filled
 * by the reader), collecting the hit samples, and building the ONE finding per code per timeline,
 * merged with the finding the timeline itself carried.
 */



function iso(epochS) {
    return epochS === null ? null : new Date(Math.round(epochS * 1000)).toISOString();
}
/** Cells grouped by the timeline file attached to them, sorted by file. */
function timelineGroups(cells) {
    const map = new Map();
    for (const c of cells) {
        if (!c.timelineData)
            continue;
        map.set(c.timelineData.file, [...(map.get(c.timelineData.file) ?? []), c]);
    }
    return [...map.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([file, owners]) => {
        const sorted = owners
            .slice()
            .sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
        const home = sorted[0];
        return { file, home, owners: sorted, samples: home.timelineData?.samples ?? new _timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .TimelineSamples */ .fh() };
    });
}
/**
 * The samples (rows) where a rule's condition holds, added in time order: what a timeline
 * finding reports of them (count, first/last time, first lines), without keeping the rows.
 */
class TimelineHits {
    samples;
    count = 0;
    minAt = Infinity;
    maxAt = -Infinity;
    /** Lines of the first 5 hits. */
    lines = [];
    constructor(samples) {
        this.samples = samples;
    }
    add(i) {
        this.count++;
        const at = this.samples.observedAtOf(i);
        if (at < this.minAt)
            this.minAt = at;
        if (at > this.maxAt)
            this.maxAt = at;
        if (this.lines.length < 5)
            this.lines.push(this.samples.lineOf(i));
    }
}
/**
 * Hits of a per-role condition: the rows where `rolesOf(i)` (a role bit mask, 0 = none) is set,
 * and the union of the roles seen.
 */
function roleHits(samples, rolesOf) {
    const hits = new TimelineHits(samples);
    let roles = 0;
    for (let i = 0; i < samples.length; i++) {
        const r = rolesOf(i);
        if (r === 0)
            continue;
        roles |= r;
        hits.add(i);
    }
    return { hits, roles };
}
function epochOf(isoText) {
    if (typeof isoText !== 'string')
        return null;
    const ms = Date.parse(isoText);
    return Number.isFinite(ms) ? ms / 1000 : null;
}
/**
 * One finding for a re-derived timeline code, merged with the finding the timeline carried for
 * the same code (evidence.carried true) on the group's home cell: severity is the higher of the
 * two, first/last time span both, both sample counts are kept. `evidence.replaces_carried` tells
 * the pipeline to drop the carried copy, so a cell never holds two findings of one code.
 */
function timelineFinding(group, d) {
    const carried = group.home.findings.find((f) => f.code === d.code && f.evidence.carried === true) ?? null;
    let first = d.hits.minAt;
    let last = d.hits.maxAt;
    let severity = d.severity;
    const ce = carried?.evidence ?? null;
    if (carried && ce) {
        const cf = epochOf(ce.first_at);
        const cl = epochOf(ce.last_at);
        if (cf !== null)
            first = Math.min(first, cf);
        if (cl !== null)
            last = Math.max(last, cl);
        if (_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[carried.severity] > _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[severity])
            severity = carried.severity;
    }
    const n = d.hits.count;
    const total = group.samples.length;
    const span = first === last ? `at ${iso(first)}` : `from ${iso(first)} to ${iso(last)}`;
    const carriedNote = carried && typeof ce?.samples === 'number' ? `; the timeline itself flagged ${ce.samples} sample(s)` : '';
    return {
        code: d.code,
        severity,
        message: `The live timeline ${group.file} shows ${d.what} in ${n} of ${total} samples, ${span}${carriedNote}.`,
        cell_id: group.home.cell_id,
        evidence: {
            file: group.file,
            samples: n,
            total_samples: total,
            first_at: iso(first),
            last_at: iso(last),
            first_line: d.hits.lines[0] ?? null,
            lines: d.hits.lines.slice(),
            derived: true,
            replaces_carried: carried !== null,
            carried_samples: ce && typeof ce.samples === 'number' ? ce.samples : null,
            carried_first_at: ce?.first_at ?? null,
            carried_last_at: ce?.last_at ?? null,
            carried_severity: carried?.severity ?? null,
            ...d.extra,
            threshold_name: d.threshold_name,
            threshold: d.threshold,
            ...(group.owners.length > 1 ? { cells: group.owners.map((o) => o.cell_id) } : {}),
        },
    };
}
/** Removes carried timeline findings a re-derived finding of the same code replaces (same cell). */
function dropReplacedCarried(findings) {
    const replaced = new Set(findings.filter((f) => f.evidence.replaces_carried === true).map((f) => f.code));
    if (replaced.size === 0)
        return findings;
    return findings.filter((f) => !(f.evidence.carried === true && replaced.has(f.code)));
}
/**
 * A TTFT cliff in the live data: the first sample whose live TTFT is ≥ `ratio` × the live TTFT
 * of the first sample that has one. Null when no sample crosses (or no live TTFT exists).
 */
function detectLiveTtftCliff(samples, ratio) {
    let ref = null;
    for (let i = 0; i < samples.length; i++) {
        const v = samples.num(_timeline_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .COL_LIVE_TTFT */ .xj, i);
        if (v === null)
            continue;
        if (ref === null) {
            if (v > 0)
                ref = v;
            continue;
        }
        if (v >= ratio * ref)
            return { at: samples.observedAtOf(i), line: samples.lineOf(i), ttft_s: v, reference_ttft_s: ref, ratio: v / ref };
    }
    return null;
}
function buildTimelineBlock(cell, opts = {}) {
    const t = cell.timelineData;
    if (!t)
        return {};
    const samples = t.samples;
    // Counts and first times do not depend on order: the reader gathered them while streaming.
    const sorted = {};
    for (const k of [...samples.findingCounts.keys()].sort())
        sorted[k] = samples.findingCounts.get(k);
    const firstFinding = samples.firstFindingAt;
    const firstCritical = samples.firstCriticalAt;
    const ratio = opts.thresholds?.ttft_cliff_ratio ?? 2;
    const cliff = detectLiveTtftCliff(samples, ratio);
    return {
        file: t.file,
        sample_count: samples.length,
        first_observed_at: iso(samples.length > 0 ? samples.observedAtOf(0) : null),
        last_observed_at: iso(samples.length > 0 ? samples.observedAtOf(samples.length - 1) : null),
        finding_counts_by_code: sorted,
        first_finding_at: iso(firstFinding),
        first_critical_finding_at: iso(firstCritical),
        curve_ttft_cliff: opts.curveTtftCliff ?? false,
        live_ttft_cliff_at: cliff ? iso(cliff.at) : null,
        live_ttft_cliff: cliff
            ? {
                line: cliff.line,
                ttft_s: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.ttft_s),
                reference_ttft_s: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.reference_ttft_s),
                ratio: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.ratio),
                threshold_name: 'ttft_cliff_ratio',
                threshold: ratio,
            }
            : null,
        // Positive: the first live finding came that many seconds before the cliff.
        lead_time_s: cliff && firstFinding !== null ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .roundStable */ .O6)(cliff.at - firstFinding) : null,
    };
}


/***/ }),

/***/ 7314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ COL_DECODE_RUNNING),
/* harmony export */   CA: () => (/* binding */ COL_ERRORS_TOTAL),
/* harmony export */   FD: () => (/* binding */ colCounter),
/* harmony export */   Gt: () => (/* binding */ COL_PREFILL_RUNNING),
/* harmony export */   Te: () => (/* binding */ SNAPSHOT_ROLES),
/* harmony export */   bh: () => (/* binding */ KV_BYTE_COUNTERS),
/* harmony export */   fh: () => (/* binding */ TimelineSamples),
/* harmony export */   nc: () => (/* binding */ roleNames),
/* harmony export */   xj: () => (/* binding */ COL_LIVE_TTFT)
/* harmony export */ });
/* unused harmony export COL_SEQUENCE */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/**
 * The samples of one live timeline, kept compact: one row per usable line, in typed-array
 * columns holding only what the timeline rules and the timeline block read, plus the few
 * aggregates that do not depend on sample order. The parsed disagg-status/v1 snapshot of a line
 * is dropped as soon as its row is pushed, so memory is a few dozen bytes per line instead of the
 * whole object graph.
 *
 * Rows are pushed in file order and put in time order (observed_at, then line) by `finish()`.
 * Per row:
 * - `observed_at`, `line`, `sequence` (null for raw disagg-status lines);
 * - live TTFT: the largest `ttft_avg_seconds` over the endpoint snapshots (cliff detection);
 * - `requests_running` of prefill and of decode (prefill_decode_imbalance);
 * - whether the running requests summed over all endpoints are > 0, and the KV-transfer byte
 *   counters sent/recv per role (kv_transfer_stall);
 * - `kv_transfer_errors_total` summed over the endpoints exposing it (kv_transfer_errors_present);
 * - per role: scrape_error set (endpoint_unreachable); engine `unknown` though scraped without
 *   error (engine_unidentified).
 * Columns are stored in fixed-size chunks (no doubling, no copy on growth); a chunk of a number
 * column is allocated on its first non-null value (NaN stands for null), so a field a timeline
 * never carries costs nothing.
 */

const SNAPSHOT_ROLES = ['prefill', 'decode', 'transfer'];
/** The KV-transfer byte counters kv_transfer_stall watches, per endpoint. */
const KV_BYTE_COUNTERS = ['kv_transfer_sent_bytes_total', 'kv_transfer_recv_bytes_total'];
/** Number columns, read with `TimelineSamples.num(COL_*, row)`. */
const COL_SEQUENCE = 0;
const COL_LIVE_TTFT = 1;
const COL_PREFILL_RUNNING = 2;
const COL_DECODE_RUNNING = 3;
const COL_ERRORS_TOTAL = 4;
/** Byte counter `c` (index in KV_BYTE_COUNTERS) of role `r` (index in SNAPSHOT_ROLES). */
const colCounter = (r, c) => 5 + r * KV_BYTE_COUNTERS.length + c;
const N_COLS = 5 + SNAPSHOT_ROLES.length * KV_BYTE_COUNTERS.length;
/** Flag bits of a row: bit r (role index) unreachable, bit 3 + r engine unknown, bit 6 running. */
const SHIFT_UNREACHABLE = 0;
const SHIFT_ENGINE_UNKNOWN = 3;
const FLAG_RUNNING = 1 << 6;
const ROLE_MASK = 0b111;
/** Rows per chunk (2^14: 128 KiB per Float64 chunk). */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;
/** A growable column of fixed-size typed-array chunks; a missing chunk reads as `fill`. */
class Chunked {
    make;
    fill;
    chunks = [];
    constructor(make, fill) {
        this.make = make;
        this.fill = fill;
    }
    get(i) {
        const c = this.chunks[i >>> CHUNK_BITS];
        return c === undefined ? this.fill : c[i & CHUNK_MASK];
    }
    set(i, v) {
        const k = i >>> CHUNK_BITS;
        let c = this.chunks[k];
        if (c === undefined) {
            c = this.make(CHUNK);
            if (this.fill !== 0)
                c.fill(this.fill);
            this.chunks[k] = c;
        }
        c[i & CHUNK_MASK] = v;
    }
    /** The column with row `order[i]` at row i. */
    permuted(order) {
        const out = new Chunked(this.make, this.fill);
        for (let i = 0; i < order.length; i++) {
            const v = this.get(order[i]);
            if (!Object.is(v, this.fill))
                out.set(i, v);
        }
        return out;
    }
}
const f64 = (n) => new Float64Array(n);
class TimelineSamples {
    length = 0;
    observedAt = new Chunked(f64, 0);
    lines = new Chunked((n) => new Uint32Array(n), 0);
    flags = new Chunked((n) => new Uint8Array(n), 0);
    /** Number columns (COL_*); NaN is null. */
    cols = Array.from({ length: N_COLS }, () => new Chunked(f64, NaN));
    /** Finding entries by code over all samples (a code repeated in one sample counts each time). */
    findingCounts = new Map();
    /** Earliest sample carrying any finding / a critical finding (epoch s). */
    firstFindingAt = null;
    firstCriticalAt = null;
    /** The first (in time order) scrape error of the first sample with one, trimmed. */
    firstScrapeError = null;
    sorted = true;
    lastAt = -Infinity;
    firstScrapeErrorAt = Infinity;
    /** Samples in time order (a test and tooling convenience). */
    static from(samples) {
        const t = new TimelineSamples();
        for (const s of samples)
            t.push(s);
        return t.finish();
    }
    /** Adds one parsed sample (pushed in file order); nothing of `s` is kept. */
    push(s) {
        const i = this.length++;
        const at = s.observed_at;
        this.observedAt.set(i, at);
        this.lines.set(i, s.line);
        if (at < this.lastAt)
            this.sorted = false;
        this.lastAt = at;
        if (s.sequence !== null)
            this.set(COL_SEQUENCE, i, s.sequence);
        const status = s.status;
        let flags = 0;
        let ttft = null;
        let running = 0;
        let errors = null;
        let firstError = null;
        for (let r = 0; r < SNAPSHOT_ROLES.length; r++) {
            const snap = status[SNAPSHOT_ROLES[r]];
            if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(snap))
                continue;
            const tt = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap.ttft_avg_seconds);
            if (tt !== null && (ttft === null || tt > ttft))
                ttft = tt;
            const run = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap.requests_running);
            running += run ?? 0;
            if (r === 0 && run !== null)
                this.set(COL_PREFILL_RUNNING, i, run);
            else if (r === 1 && run !== null)
                this.set(COL_DECODE_RUNNING, i, run);
            for (let c = 0; c < KV_BYTE_COUNTERS.length; c++) {
                const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap[KV_BYTE_COUNTERS[c]]);
                if (v !== null)
                    this.set(colCounter(r, c), i, v);
            }
            const e = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(snap.kv_transfer_errors_total);
            if (e !== null)
                errors = (errors ?? 0) + e;
            const err = typeof snap.scrape_error === 'string' ? snap.scrape_error.trim() : '';
            if (err !== '') {
                flags |= 1 << (SHIFT_UNREACHABLE + r);
                if (firstError === null)
                    firstError = err;
            }
            else {
                const ep = snap.endpoint;
                const engine = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(ep) ? ep.engine : null;
                if (typeof engine === 'string' && engine.toLowerCase() === 'unknown')
                    flags |= 1 << (SHIFT_ENGINE_UNKNOWN + r);
            }
        }
        if (running > 0)
            flags |= FLAG_RUNNING;
        if (flags !== 0)
            this.flags.set(i, flags);
        if (ttft !== null)
            this.set(COL_LIVE_TTFT, i, ttft);
        if (errors !== null)
            this.set(COL_ERRORS_TOTAL, i, errors);
        // Rows arrive in line order, so a strictly earlier time is the earlier sample.
        if (firstError !== null && at < this.firstScrapeErrorAt) {
            this.firstScrapeErrorAt = at;
            this.firstScrapeError = firstError;
        }
        const findings = Array.isArray(status.findings) ? status.findings : [];
        for (const f of findings) {
            const code = typeof f.code === 'string' ? f.code : 'unknown';
            this.findingCounts.set(code, (this.findingCounts.get(code) ?? 0) + 1);
            if (this.firstFindingAt === null || at < this.firstFindingAt)
                this.firstFindingAt = at;
            if (f.severity === 'critical' && (this.firstCriticalAt === null || at < this.firstCriticalAt))
                this.firstCriticalAt = at;
        }
    }
    /** Puts the rows in time order (then line order). */
    finish() {
        if (this.sorted)
            return this;
        const n = this.length;
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        const at = this.observedAt;
        const ln = this.lines;
        order.sort((a, b) => at.get(a) - at.get(b) || ln.get(a) - ln.get(b));
        this.observedAt = at.permuted(order);
        this.lines = ln.permuted(order);
        this.flags = this.flags.permuted(order);
        this.cols = this.cols.map((c) => c.permuted(order));
        this.sorted = true;
        return this;
    }
    /** Number column `col` (COL_*) at row `i`, null when absent. */
    num(col, i) {
        const v = this.cols[col].get(i);
        return Number.isNaN(v) ? null : v;
    }
    observedAtOf(i) {
        return this.observedAt.get(i);
    }
    lineOf(i) {
        return this.lines.get(i);
    }
    /** Roles (bit per SNAPSHOT_ROLES index) whose endpoint was unreachable at row i. */
    unreachableRoles(i) {
        return (this.flags.get(i) >> SHIFT_UNREACHABLE) & ROLE_MASK;
    }
    /** Roles whose endpoint answered without an identifiable engine at row i. */
    engineUnknownRoles(i) {
        return (this.flags.get(i) >> SHIFT_ENGINE_UNKNOWN) & ROLE_MASK;
    }
    /** Requests running summed over the endpoints of row i is > 0. */
    running(i) {
        return (this.flags.get(i) & FLAG_RUNNING) !== 0;
    }
    at(i) {
        if (i < 0 || i >= this.length)
            return undefined;
        return { observed_at: this.observedAtOf(i), sequence: this.num(COL_SEQUENCE, i), line: this.lineOf(i) };
    }
    rows() {
        const out = [];
        for (let i = 0; i < this.length; i++)
            out.push(this.at(i));
        return out;
    }
    set(col, i, v) {
        this.cols[col].set(i, v);
    }
}
/** Role names of a role bit set, sorted by name. */
function roleNames(bits) {
    return SNAPSHOT_ROLES.filter((_, r) => (bits & (1 << r)) !== 0)
        .slice()
        .sort();
}


/***/ }),

/***/ 8878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeResultsDir: () => (/* binding */ analyzeResultsDir),
  N2: () => (/* binding */ compareReportFiles)
});

// UNUSED EXPORTS: NO_BASELINE_VERDICT, pipelineSettings, runPipeline

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/findings/index.ts + 15 modules
var core_findings = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/core/findings/order.ts
var order = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/core/thresholds.ts
var core_thresholds = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/core/compare/match.ts
var match = __webpack_require__(7374);
// EXTERNAL MODULE: ./src/core/compare/curves.ts
var compare_curves = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/core/compare/options.ts
var options = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/core/findings/eval-regression.ts
var eval_regression = __webpack_require__(5042);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/core/compare/catalogue.ts
var catalogue = __webpack_require__(86);
// EXTERNAL MODULE: ./src/core/stats/distributions.ts
var distributions = __webpack_require__(1292);
// EXTERNAL MODULE: ./src/core/stats/multiplicity.ts
var multiplicity = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/core/stats/random.ts
/**
 * Seeded randomness: a 32-bit string hash (per-test PRNG streams derived from a seed) and the
 * mulberry32 PRNG. Pure and deterministic: same seed, same stream.
 */
/** 32-bit FNV-1a hash of a string (for deriving per-test PRNG streams from a seed). */
function hash32(s) {
    let h = 0x811c9dc5;
    for (let k = 0; k < s.length; k++) {
        h ^= s.charCodeAt(k);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
function mulberry32(seed) {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// EXTERNAL MODULE: ./src/core/stats/sample.ts
var sample = __webpack_require__(6525);
;// CONCATENATED MODULE: ./src/core/stats/tests.ts


/**
 * Mann-Whitney U test, two-sided, normal approximation with tie correction and continuity
 * correction (as R `wilcox.test(exact = FALSE, correct = TRUE)` and SciPy
 * `mannwhitneyu(method="asymptotic")`):
 *
 *   U_h = R_h − m_h(m_h+1)/2 (R_h = rank sum of head, mid-ranks for ties)
 *   σ²  = n_b·n_h·(N+1)/12 · (1 − Σ(t³−t)/(M³−M)),  N = n_b + n_h, M = sketch sizes summed
 *   z   = (|U − n_b·n_h/2| − ½)⁺ · sign / σ,  p = 2·(1 − Φ(|z|))
 *
 * When a sketch holds fewer values than the true n, U is estimated as AUC·n_b·n_h (the AUC of
 * the sketches approximates the sample AUC to about 1/1000) and σ uses the true n; the tie
 * factor is a fraction of the sketch, which a sketch preserves. With all samples present this is
 * exactly the textbook formula. Returns null when a side is empty or holds NaN.
 */
function mannWhitney(base, head) {
    const a = base.values;
    const b = head.values;
    const ma = a.length;
    const mb = b.length;
    if (ma === 0 || mb === 0)
        return null;
    const nb = Math.max(base.n, ma);
    const nh = Math.max(head.n, mb);
    // Merge the two sorted arrays, assigning mid-ranks to tie groups.
    let i = 0;
    let j = 0;
    let rank = 0;
    let rHead = 0;
    let tieSum = 0;
    while (i < ma || j < mb) {
        const va = i < ma ? a[i] : Infinity;
        const vb = j < mb ? b[j] : Infinity;
        const v = Math.min(va, vb);
        let ca = 0;
        let cb = 0;
        while (i < ma && a[i] === v) {
            ca++;
            i++;
        }
        while (j < mb && b[j] === v) {
            cb++;
            j++;
        }
        const t = ca + cb;
        // NaN (or an unsorted array) matches nothing: stop rather than loop forever; callers pass
        // cleaned, sorted sketches, so this only guards against misuse.
        if (t === 0)
            return null;
        const mid = rank + (t + 1) / 2;
        rHead += cb * mid;
        if (t > 1)
            tieSum += t * t * t - t;
        rank += t;
    }
    const uSketch = rHead - (mb * (mb + 1)) / 2;
    const auc = uSketch / (ma * mb);
    const approximate = nb !== ma || nh !== mb;
    const u = approximate ? auc * nb * nh : uSketch;
    const M = ma + mb;
    const N = nb + nh;
    const tieFactor = M > 1 ? 1 - tieSum / (M * M * M - M) : 0;
    const variance = ((nb * nh * (N + 1)) / 12) * tieFactor;
    if (!(variance > 0))
        return { u, auc, z: 0, p_value: 1, n_base: nb, n_head: nh, approximate };
    const d = u - (nb * nh) / 2;
    const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
    return { u, auc, z, p_value: (0,distributions/* twoSidedNormalP */.px)(z), n_base: nb, n_head: nh, approximate };
}
function statOfSorted(sorted, stat) {
    const n = sorted.length;
    if (n === 0)
        return null;
    if (stat.kind === 'percentile')
        return (0,sample/* percentileSorted */.vS)(sorted, stat.p);
    let s = 0;
    for (let k = 0; k < n; k++)
        s += sorted[k];
    return s / n;
}
/**
 * Percentile bootstrap of stat(head) − stat(base) (Efron & Tibshirani, An Introduction to the
 * Bootstrap, 1993, ch. 13 and §16.4 for the test): each iteration resamples every side with
 * replacement (as many draws as the sketch holds; a compressed sketch therefore gives a wider,
 * conservative interval), recomputes the statistic, and records the difference.
 */
function bootstrapDifference(base, head, stat, iterations, alpha, random) {
    const a = base.values;
    const b = head.values;
    if (a.length === 0 || b.length === 0)
        return null;
    const d0 = statOfSorted(b, stat) - statOfSorted(a, stat);
    const diffs = new Float64Array(iterations);
    const bufA = new Float64Array(a.length);
    const bufB = new Float64Array(b.length);
    const draw = (src, buf) => {
        for (let k = 0; k < buf.length; k++)
            buf[k] = src[Math.floor(random() * src.length)];
        buf.sort();
        return statOfSorted(buf, stat);
    };
    let le = 0;
    let ge = 0;
    for (let it = 0; it < iterations; it++) {
        const d = draw(b, bufB) - draw(a, bufA);
        diffs[it] = d;
        if (d <= 0)
            le++;
        if (d >= 0)
            ge++;
    }
    diffs.sort();
    const lo = (0,sample/* percentileSorted */.vS)(diffs, (100 * alpha) / 2);
    const hi = (0,sample/* percentileSorted */.vS)(diffs, 100 * (1 - alpha / 2));
    const p = Math.min(1, (2 * (Math.min(le, ge) + 1)) / (iterations + 1));
    return { difference: d0, interval: [lo, hi], p_value: p, iterations };
}

;// CONCATENATED MODULE: ./src/core/compare/stats.ts
/**
 * Statistics for compare, now in src/core/stats/ (distributions.ts: erfc and the normal p-value;
 * tests.ts: Mann-Whitney and the bootstrap; multiplicity.ts: Benjamini-Hochberg; random.ts: the
 * seeded PRNG). This module re-exports them under their old path so that importers need not change.
 */





// EXTERNAL MODULE: ./src/core/compare/numbers.ts
var numbers = __webpack_require__(5881);
;// CONCATENATED MODULE: ./src/core/compare/metric-compare.ts






/**
 * A sketch fit for testing: finite values, sorted ascending (a report from another tool may
 * break either), at least `min` samples. Returns a cleaned copy only when needed.
 */
function cleanSketch(s, min) {
    if (!s || !Array.isArray(s.values) || s.values.length === 0)
        return undefined;
    let ok = true;
    for (let i = 0; i < s.values.length; i++) {
        const v = s.values[i];
        if (typeof v !== 'number' || !Number.isFinite(v) || (i > 0 && v < s.values[i - 1])) {
            ok = false;
            break;
        }
    }
    const values = ok
        ? s.values
        : s.values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((x, y) => x - y);
    const n = ok && typeof s.n === 'number' && Number.isInteger(s.n) && s.n >= values.length ? s.n : values.length;
    if (values.length === 0 || n < min)
        return undefined;
    return ok ? s : { n, values };
}
/** Unit and direction of an eval score, from the metric catalogue. */
function evalMetricInfo(name) {
    const info = (0,metrics/* metricInfo */.R)(name);
    return { kind: 'eval', unit: info?.unit ?? 'score', direction: info?.direction ?? 'higher_is_better' };
}
function baseComparison(def, b, h) {
    return {
        metric: def.metric,
        kind: def.kind,
        unit: def.unit,
        direction: def.direction,
        base: (0,numbers/* round */.LI)(b),
        head: (0,numbers/* round */.LI)(h),
        delta: b !== null && h !== null ? (0,numbers/* round */.LI)(h - b) : null,
        relative_delta: (0,numbers/* round */.LI)((0,numbers/* rel */.wH)(b, h)),
        method: 'none',
        outcome: 'insufficient_data',
        p_value: null,
        q_value: null,
        interval: null,
        effect_size: null,
        threshold: null,
        n_base: null,
        n_head: null,
        confidence: null,
        note: '',
    };
}
function bandConfidence(excess, band) {
    // Heuristic (docs/COMPARE.md): 0.5 at the band edge, 1 at twice the band.
    if (band <= 0)
        return 1;
    return (0,numbers/* round */.LI)(Math.min(1, 0.5 + (0.5 * (excess - band)) / band), 6);
}
/** Noise-band decision on aggregates. */
function decideBand(c, band, bandName, absolute) {
    c.method = 'noise_band';
    c.threshold = { name: `noise_bands.${bandName}`, value: band, basis: absolute ? 'absolute' : 'relative' };
    const x = absolute ? c.delta : c.relative_delta;
    if (x === null) {
        if (c.base === 0 && c.head === 0) {
            c.outcome = 'unchanged';
            c.note = 'zero on both sides';
        }
        else {
            c.outcome = 'insufficient_data';
            c.note = 'base is zero: no relative change';
        }
        return;
    }
    const ws = (0,numbers/* worseSign */.CF)(c.direction);
    // Inclusive: a change equal to the band (within float noise, 1e-9) is beyond it.
    if (Math.abs(x) >= band - numbers/* BAND_EPS */.xv && ws !== 0) {
        c.outcome = Math.sign(x) === ws ? 'regressed' : 'improved';
        c.confidence = bandConfidence(Math.abs(x), band);
        c.note = absolute
            ? `${(x * 100).toFixed(1)} points, at or beyond the ±${(band * 100).toFixed(1)}-point band`
            : `${(0,numbers/* pctText */.Xg)(x)}, at or beyond the ±${(band * 100).toFixed(1)}% band`;
    }
    else {
        c.outcome = 'unchanged';
        c.note = 'within the noise band';
    }
}
function median(s) {
    return statOfSorted(s.values, { kind: 'percentile', p: 50 });
}
/**
 * Relative location shift of head vs base, the effect size that gates a rank-test verdict:
 * the geometric-mean ratio exp(mean ln head − mean ln base) − 1 when every value is positive
 * (latencies are multiplicative; the log-mean is about 1.6× as efficient as the median for
 * log-normal data and insensitive to a few outliers), else the median ratio − 1.
 */
function locationShift(base, head) {
    const logMean = (xs) => {
        let s = 0;
        for (const x of xs) {
            if (!(x > 0))
                return null;
            s += Math.log(x);
        }
        return s / xs.length;
    };
    const lb = logMean(base.values);
    const lh = logMean(head.values);
    if (lb !== null && lh !== null)
        return Math.exp(lh - lb) - 1;
    const mb = median(base);
    return mb !== 0 ? (median(head) - mb) / Math.abs(mb) : null;
}
/** Requests behind a cell's latency and throughput numbers: the largest sample n, else the successful count. */
function requestCount(c) {
    let n = null;
    for (const s of Object.values(c.samples ?? {})) {
        const k = s && typeof s.n === 'number' ? Math.max(s.n, Array.isArray(s.values) ? s.values.length : 0) : null;
        if (k !== null && (n === null || k > n))
            n = k;
    }
    if (n !== null)
        return n;
    const ok = c.completion?.num_requests_successful;
    return typeof ok === 'number' && Number.isFinite(ok) ? ok : null;
}
function sameSketch(a, b) {
    if (!a || !b || a.n !== b.n || a.values.length !== b.values.length)
        return false;
    for (let i = 0; i < a.values.length; i++)
        if (a.values[i] !== b.values[i])
            return false;
    return true;
}
/**
 * AgentX writes TPOT = ITL from the same per-request values (samples and percentiles): in such a
 * cell pair TPOT is not a second metric. True when both cells carry TPOT identical to ITL.
 */
function tpotIsItl(c, metric) {
    const s = c.samples;
    if (s?.tpot_s && s.itl_s)
        return sameSketch(s.tpot_s, s.itl_s);
    const t = c.metrics?.[metric];
    const i = c.metrics?.[metric.replace(/_tpot$/, '_itl')];
    return typeof t === 'number' && typeof i === 'number' && t === i;
}
/** Every catalogue metric and eval score of a matched pair, compared (outcomes of tests pending BH). */
function compareMetrics(pair, settings, tests, runs) {
    const base = pair.base;
    const head = pair.head;
    const nb = requestCount(base);
    const nh = requestCount(head);
    const ctx = {
        base,
        head,
        settings,
        tests,
        work: { pair, comparisons: [], stats: [], defs: new Map(), runs, runLevel: false },
        key: (0,match/* cellKey */.sl)(head),
        nb,
        nh,
        fewRequests: (nb !== null && nb < settings.min_samples) || (nh !== null && nh < settings.min_samples),
        currencyDiffers: !!(base.cost && head.cost && base.cost.currency !== head.cost.currency),
        mwCache: new Map(),
        present: new Set(),
    };
    for (const def of catalogue/* COMPARE_METRICS */.W)
        compareCatalogueMetric(ctx, def);
    compareEvalScores(ctx);
    return ctx.work;
}
/** One catalogue metric: skipped, informational, incomparable, per-request test or noise band. */
function compareCatalogueMetric(ctx, def) {
    const { base, head, settings, work } = ctx;
    const bs = def.sample ? cleanSketch(base.samples?.[def.sample.key], settings.min_samples) : undefined;
    const hs = def.sample ? cleanSketch(head.samples?.[def.sample.key], settings.min_samples) : undefined;
    const statistical = !!def.sample && bs !== undefined && hs !== undefined;
    let b = def.get(base);
    let h = def.get(head);
    if (statistical && def.sample) {
        b ??= statOfSorted(bs.values, def.sample.stat);
        h ??= statOfSorted(hs.values, def.sample.stat);
    }
    if ((b !== null || bs !== undefined) && (h !== null || hs !== undefined))
        ctx.present.add(def.metric);
    if (b === null && h === null)
        return;
    if (def.fallbackFor && def.fallbackFor.some((m) => ctx.present.has(m)))
        return;
    const c = baseComparison(def, b, h);
    work.comparisons.push(c);
    work.defs.set(c, def);
    c.n_base_runs = work.runs.base.length;
    c.n_head_runs = work.runs.head.length;
    if (def.kind === 'cost' && ctx.currencyDiffers) {
        c.outcome = 'incomparable';
        c.reason = 'currency_differs';
        c.note = `currency differs (${String(base.cost?.currency)} vs ${String(head.cost?.currency)})`;
        return;
    }
    if (def.band === null) {
        c.method = 'informational';
        c.outcome = b === null || h === null ? 'insufficient_data' : 'informational';
        c.reason = b === null || h === null ? 'missing_on_one_side' : 'informational';
        c.note = b === null || h === null ? 'missing on one side' : 'informational: depends on run length';
        return;
    }
    if (b === null || h === null) {
        c.reason = 'missing_on_one_side';
        c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
        return;
    }
    if (def.metric.endsWith('_tpot') && tpotIsItl(base, def.metric) && tpotIsItl(head, def.metric)) {
        c.method = 'informational';
        c.outcome = 'informational';
        c.reason = 'tpot_is_itl';
        c.note = `same per-request values as ${def.metric.replace(/_tpot$/, '_itl')} (TPOT = ITL in this source): decided once, there`;
        return;
    }
    if (ctx.fewRequests && def.kind !== 'completion') {
        c.reason = 'below_min_samples';
        c.note = `below min_samples ${settings.min_samples} requests (base ${ctx.nb ?? '?'}, head ${ctx.nh ?? '?'}): too few to decide`;
        return;
    }
    if (statistical && def.sample) {
        decideSampled(ctx, c, def, def.sample, bs, hs);
        return;
    }
    const bandName = settings.noise_bands[def.metric] !== undefined ? def.metric : def.band;
    c.basis = 'noise_band';
    decideBand(c, settings.noise_bands[bandName] ?? 0, bandName, def.band === 'success_rate');
}
/** A metric with per-request samples on both sides: bootstrap of its statistic, or the series' rank test. */
function decideSampled(ctx, c, def, sample, sb, sh) {
    const { settings } = ctx;
    c.basis = 'per_request';
    c.n_base = Math.max(sb.n, sb.values.length);
    c.n_head = Math.max(sh.n, sh.values.length);
    c.threshold = { name: 'min_effect_size', value: settings.min_effect_size, basis: 'relative' };
    if (settings.method === 'bootstrap') {
        c.method = 'bootstrap_quantile';
        const rng = mulberry32((settings.seed ^ hash32(`${ctx.key}\u0000${def.metric}`)) >>> 0);
        const r = bootstrapDifference(sb, sh, sample.stat, settings.bootstrap_iterations, settings.alpha, rng);
        if (!r)
            return;
        const baseStat = statOfSorted(sb.values, sample.stat);
        const test = { p: r.p_value, q: 1 };
        ctx.tests.push(test);
        c.p_value = (0,numbers/* round */.LI)(r.p_value);
        c.interval = [(0,numbers/* round */.LI)(r.interval[0]), (0,numbers/* round */.LI)(r.interval[1])];
        const effect = baseStat !== 0 ? r.difference / Math.abs(baseStat) : null;
        c.effect_size = (0,numbers/* round */.LI)(effect);
        ctx.work.stats.push({
            comparison: c,
            test,
            testSign: Math.sign(r.difference),
            effect,
            intervalExcludesZero: r.interval[0] > 0 || r.interval[1] < 0,
            metricMustAgree: true,
        });
        return;
    }
    c.method = 'mann_whitney_u';
    const sk = sample.key;
    if (!ctx.mwCache.has(sk)) {
        const mw = mannWhitney(sb, sh);
        if (mw) {
            const test = { p: mw.p_value, q: 1 };
            ctx.tests.push(test);
            ctx.mwCache.set(sk, { test, mw, effect: locationShift(sb, sh) });
        }
        else
            ctx.mwCache.set(sk, null);
    }
    const t = ctx.mwCache.get(sk);
    if (!t)
        return;
    c.p_value = (0,numbers/* round */.LI)(t.mw.p_value);
    c.effect_size = (0,numbers/* round */.LI)(t.effect);
    ctx.work.stats.push({
        comparison: c,
        test: t.test,
        testSign: Math.sign(t.mw.auc - 0.5),
        effect: t.effect,
        intervalExcludesZero: true,
        metricMustAgree: false,
    });
}
/** Eval scores: a drop beyond the standard error of the difference, else eval_regression_min_drop. */
function compareEvalScores(ctx) {
    const { base, head, settings, work } = ctx;
    for (const name of (0,catalogue/* evalScoreNames */.j)(base, head)) {
        const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
        const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
        const lower = (0,eval_regression/* lowerIsBetter */.cv)(base, name) || (0,eval_regression/* lowerIsBetter */.cv)(head, name);
        const info = evalMetricInfo(name);
        const c = baseComparison({ metric: name, ...info, ...(lower ? { direction: 'lower_is_better' } : {}) }, b, h);
        work.comparisons.push(c);
        c.basis = 'eval_stderr';
        c.n_base_runs = 1;
        c.n_head_runs = 1;
        if (b === null || h === null) {
            c.reason = 'missing_on_one_side';
            c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
            continue;
        }
        const allowance = (0,eval_regression/* evalAllowance */.Rn)(base, head, name, settings.eval_min_drop);
        const { se, threshold } = allowance;
        c.method = 'eval_stderr';
        c.threshold = { name: allowance.thresholdName, value: (0,numbers/* round */.LI)(threshold), basis: 'absolute' };
        const d = lower ? b - h : h - b;
        if (Math.abs(d) > threshold) {
            c.outcome = d < 0 ? 'regressed' : 'improved';
            c.confidence = bandConfidence(Math.abs(d), threshold);
            c.note = `${d < 0 ? 'drop' : 'gain'} of ${Math.abs(d).toFixed(4)} beyond ${se === null ? 'the minimum drop' : 'the standard error'} ${threshold.toFixed(4)}`;
        }
        else {
            c.outcome = 'unchanged';
            c.note = `within ${se === null ? 'the minimum drop' : 'the standard error'}`;
        }
    }
}
function finishStat(s, settings) {
    const c = s.comparison;
    const q = s.test.q;
    c.q_value = (0,numbers/* round */.LI)(q);
    const ws = (0,numbers/* worseSign */.CF)(c.direction);
    const effectOk = s.effect !== null && Math.abs(s.effect) >= settings.min_effect_size;
    const effectSign = s.effect === null ? 0 : Math.sign(s.effect);
    const metricSign = c.delta === null ? 0 : Math.sign(c.delta);
    const what = c.method === 'mann_whitney_u' ? 'distribution shift' : 'shift';
    if (q > settings.alpha) {
        c.outcome = 'unchanged';
        c.note = `not significant (q ${(0,numbers/* formatP */.MA)(q)} > α ${settings.alpha})`;
    }
    else if (!effectOk) {
        c.outcome = 'unchanged';
        c.note = `significant (q ${(0,numbers/* formatP */.MA)(q)}) but ${what} ${s.effect === null ? 'unknown' : (0,numbers/* pctText */.Xg)(s.effect)} is below the minimum effect ${(settings.min_effect_size * 100).toFixed(1)}%`;
    }
    else if (effectSign !== s.testSign || (s.metricMustAgree && metricSign !== effectSign) || !s.intervalExcludesZero) {
        c.outcome = 'unchanged';
        c.note = `significant (q ${(0,numbers/* formatP */.MA)(q)}) but the metric moved against the ${what}`;
    }
    else {
        c.outcome = effectSign === ws ? 'regressed' : 'improved';
        c.confidence = (0,numbers/* round */.LI)(1 - q, 6);
        c.note = `q ${(0,numbers/* formatP */.MA)(q)} ≤ α ${settings.alpha}; ${what} ${(0,numbers/* pctText */.Xg)(s.effect)}`;
    }
}

;// CONCATENATED MODULE: ./src/core/compare/decide.ts
/** A tail so far out that even the shipped pooled law rejects it at the escape's own level. */
function hugeTail(m) {
    return m.ev.tail && m.ev.pPooled <= m.levels.escape && m.p <= m.levels.cell;
}
function changed(m, reason) {
    return { outcome: m.dir > 0 ? 'regressed' : 'improved', reason, suspicious: false };
}
function unchanged(reason, suspicious = false) {
    return { outcome: 'unchanged', reason, suspicious };
}
/** The rules, in the order docs/COMPARE.md gives them. */
const METRIC_RULES = [
    {
        // One base run with per-request samples: the runs must differ beyond sampling noise first.
        id: 'within_sampling_noise',
        judge: (m) => (m.sampleStage === 'unchanged' ? unchanged('within_sampling_noise') : null),
    },
    {
        id: 'below_min_effect',
        judge: (m) => m.dir === 0 || Math.abs(m.ev.effect) < m.minEffect.value - 1e-9 ? unchanged('below_min_effect') : null,
    },
    {
        // A tail percentile that moved alone (its median did not, nor its family) is at most
        // suspicious, unless even the pooled prior cannot explain it at the escape's level. A
        // sweep-wide tail swing without its median is alone too: real nightly repeats show p99 TTFT and
        // p99 ITL moving together across a small sweep with the medians still (bench:verdicts, real).
        id: 'isolated_tail',
        judge: (m) => m.ev.tail && !m.tailBacked && !m.family?.significant && !hugeTail(m)
            ? m.p <= m.levels.suspicious
                ? unchanged('isolated_tail', true)
                : unchanged('within_cell_noise')
            : null,
    },
    {
        // Serial gatekeeping: a tail is tested at the cell level only when its median family was
        // rejected in this cell (gate), or by the huge-tail escape's own share.
        id: 'beyond_cell_noise',
        judge: (m) => (m.p <= m.levels.cell && (!m.ev.tail || m.gate)) || hugeTail(m) ? changed(m, 'beyond_cell_noise') : null,
    },
    {
        id: 'coherent_family',
        judge: (m) => (m.family?.significant ? changed(m, 'coherent_family') : null),
    },
    {
        id: 'coherent_sweep',
        judge: (m) => (m.sweep?.significant ? changed(m, 'coherent_sweep') : null),
    },
    {
        id: 'beyond_usual_range',
        judge: (m) => (m.p <= m.levels.suspicious ? unchanged('beyond_usual_range', true) : null),
    },
    { id: 'within_cell_noise', judge: () => unchanged('within_cell_noise') },
];
function decideMetric(m) {
    for (const r of METRIC_RULES) {
        const d = r.judge(m);
        if (!d)
            continue;
        // An acknowledged regression (issue 22 item 9; the action's label sets settings.accept) is
        // shown with its reason, never a verdict.
        return d.outcome === 'regressed' && m.accepted
            ? { outcome: 'unchanged', reason: 'accepted', suspicious: false }
            : d;
    }
    return unchanged('within_cell_noise');
}

// EXTERNAL MODULE: ./src/core/compare/moderate.ts
var moderate = __webpack_require__(3102);
;// CONCATENATED MODULE: ./src/core/compare/run-effects.ts
/**
 * Run (node) effects shared by the cells of a run (docs/COMPARE.md "Run effects"): the two-way
 * decomposition of one metric's run values, ln value(cell, run) = cell level + run effect +
 * residual, so that a cell's test can work on residuals.
 *
 * Why. The runs of a sweep land on one node; a slower node moves every cell of that run alike
 * (the heavy bench's node effect; InferenceX names the node in the run folder). With ≥ 3 base
 * runs the cell test uses each cell's own spread between runs, which then CONTAINS the node's
 * spread, and the head's change of one cell contains the head node's shift: a quiet cell is
 * measured against the node's noise, not its own. This is the standard random-effects view of
 * benchmarking (Kalibera & Jones 2013, "Rigorous benchmarking in reasonable time": variance at
 * each level of a run hierarchy; a two-way layout of cells × runs), fitted robustly by Tukey's
 * median polish (Tukey 1977, Exploratory Data Analysis, ch. 11): the run effect is the median
 * over cells of each cell's deviation from its own level, so a few changed or bimodal cells do
 * not move it.
 *
 * What is estimated (per metric, only when enough cells share the runs):
 * - each base run's effect δ_r (median polish over the cells with ≥ 2 base runs; ≥ `minCells`
 *   cells per run, ≥ 3 base runs), normalised to mean 0 over the base runs;
 * - each head run's effect δ_h, the median over cells of the head value's deviation from the
 *   cell's level (robust to a minority of changed cells);
 * - the head's shift D = mean δ_h (relative to the base), its standard error s_δ·√(1/K + 1/M)
 *   from the base runs' effects (K − 1 degrees of freedom: the node law measured, not assumed);
 * - the median's own uncertainty (a median over C cells is not the node's effect): τ² per run
 *   from the MAD of its deviations. The effects' spread s_δ² is the node's plus τ², so only the
 *   node's share w = max(0, 1 − τ²/s_δ²) of each estimate is removed (the best linear predictor
 *   of a random effect, Henderson's BLUP, positive part): when nodes differ no more than the
 *   medians' error, nothing is removed, and a quiet cell is not made noisier by the others' noise.
 *   Base residuals carry what is left (their runs' errors); the head's error w²·τ_h² is added to
 *   each cell's change (its deviation also carries the cell's level error, which the base runs'
 *   deviations, each inside its own level, understate).
 */
/** Base runs with an estimated effect needed for a decomposition (two would leave s_δ one df). */
const RUN_EFFECT_MIN_RUNS = 3;
/** Median-polish sweeps (Tukey: two or three settle it). */
const POLISH_ITERATIONS = 4;
function run_effects_median(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function mean(xs) {
    let s = 0;
    for (const x of xs)
        s += x;
    return s / xs.length;
}
/**
 * The run effects of one metric over its cells, or null when fewer than `minCells` cells share
 * each of ≥ 3 base runs and each head run (then nothing is decomposed: the cells keep their raw
 * runs, and the node's spread stays inside each cell's own).
 */
function estimateRunEffects(cells, minCells) {
    const informative = cells.filter((c) => c.base.length >= 2 && new Set(c.baseIds).size === c.baseIds.length);
    if (informative.length < minCells)
        return null;
    const level = informative.map((c) => mean(c.base));
    const effect = new Map();
    for (let it = 0; it < POLISH_ITERATIONS; it++) {
        const dev = new Map();
        informative.forEach((c, i) => c.base.forEach((y, j) => {
            const id = c.baseIds[j];
            const l = dev.get(id);
            const v = y - level[i];
            if (l)
                l.push(v);
            else
                dev.set(id, [v]);
        }));
        effect.clear();
        for (const [id, vs] of dev)
            if (vs.length >= minCells)
                effect.set(id, run_effects_median(vs));
        informative.forEach((c, i) => {
            level[i] = mean(c.base.map((y, j) => y - (effect.get(c.baseIds[j]) ?? 0)));
        });
    }
    if (effect.size < RUN_EFFECT_MIN_RUNS)
        return null;
    // Each base run's median as an estimate: its variance from the MAD of the run's deviations.
    let tau2 = 0;
    {
        const dev = new Map();
        informative.forEach((c, i) => c.base.forEach((y, j) => {
            const id = c.baseIds[j];
            if (!effect.has(id))
                return;
            const v = y - level[i] - effect.get(id);
            const l = dev.get(id);
            if (l)
                l.push(v);
            else
                dev.set(id, [v]);
        }));
        for (const vs of dev.values())
            tau2 += medianVar(vs);
        tau2 /= dev.size;
    }
    const centre = mean([...effect.values()]);
    const base = new Map([...effect].map(([id, v]) => [id, v - centre]));
    // Every cell whose base runs all have an effect: its level net of them (cells with one base run
    // included), then each head run's effect, the median of the head's deviations from the levels.
    const dev = new Map();
    for (const c of cells) {
        if (!c.baseIds.every((id) => base.has(id)))
            continue;
        const lvl = mean(c.base.map((y, j) => y - base.get(c.baseIds[j])));
        c.head.forEach((y, j) => {
            const id = c.headIds[j];
            const l = dev.get(id);
            if (l)
                l.push(y - lvl);
            else
                dev.set(id, [y - lvl]);
        });
    }
    const head = new Map();
    let headVar = 0;
    for (const [id, vs] of dev) {
        if (vs.length < minCells)
            continue;
        head.set(id, run_effects_median(vs));
        headVar += medianVar(vs);
    }
    if (head.size === 0)
        return null;
    const k = base.size;
    const m = head.size;
    const sd2 = [...base.values()].reduce((a, v) => a + v * v, 0) / (k - 1);
    // The spread of the estimated effects is the node's plus the medians' error (τ²): the node's
    // share of it is the weight of the best linear predictor of each run's effect (BLUP, positive part).
    const weight = sd2 > 0 ? Math.max(0, 1 - tau2 / sd2) : 0;
    return {
        base,
        head,
        weight,
        shift: mean([...head.values()]),
        se: Math.sqrt(sd2 * (1 / k + 1 / m)),
        df: k - 1,
        headVar: (weight * weight * headVar) / (m * m),
        runs: k,
        cells: informative.length,
    };
}
/** Sampling variance of the median of `vs`: (1.2533 · 1.4826 · MAD / √n)² (normal efficiency; robust to the tails). */
function medianVar(vs) {
    const at = run_effects_median([...vs]);
    const mad = run_effects_median(vs.map((v) => Math.abs(v - at)));
    return ((1.2533 * 1.4826 * mad) / Math.sqrt(vs.length)) ** 2;
}
/**
 * One cell's runs net of the run effects, or null when one of its runs has no estimate. Base
 * values lose their run's effect; head values lose their run's deviation from the head's shift,
 * and the shift itself unless `keepShift` (the sweep test found the shift beyond the node law:
 * then it is a change, not a node, and each cell keeps it).
 */
function netOfRunEffects(c, fx, keepShift) {
    if (!c.baseIds.every((id) => fx.base.has(id)) || !c.headIds.every((id) => fx.head.has(id)))
        return null;
    const w = fx.weight;
    const back = keepShift ? fx.shift : 0;
    return {
        base: c.base.map((y, j) => y - w * fx.base.get(c.baseIds[j])),
        head: c.head.map((y, j) => y - w * (fx.head.get(c.headIds[j]) - back)),
    };
}

// EXTERNAL MODULE: ./src/core/compare/noise-prior.ts
var noise_prior = __webpack_require__(7016);
// EXTERNAL MODULE: ./src/core/compare/run-stats.ts
var run_stats = __webpack_require__(988);
;// CONCATENATED MODULE: ./src/core/compare/evidence.ts




function logMeanOfSamples(c, def, minSamples) {
    const s = def.sample ? c.samples?.[def.sample.key] : undefined;
    if (!s || !Array.isArray(s.values) || s.values.length === 0 || Math.max(s.n, s.values.length) < minSamples)
        return null;
    let sum = 0;
    for (const v of s.values) {
        if (!(typeof v === 'number' && v > 0 && Number.isFinite(v)))
            return null;
        sum += Math.log(v);
    }
    return sum / s.values.length;
}
function lnValue(c, def) {
    let v = def.get(c);
    if (v === null && def.sample) {
        const s = c.samples?.[def.sample.key];
        if (s && Array.isArray(s.values) && s.values.length > 0)
            v = statOfSorted(s.values, def.sample.stat);
    }
    return v !== null && Number.isFinite(v) && v > 0 ? Math.log(v) : null;
}
/**
 * The run series of a metric: for a median (p50) with per-request samples in every run, ln of
 * each run's geometric mean (the series' location, less noisy than one percentile); otherwise ln
 * of the metric in each run. Null when a run lacks it.
 */
function runSeries(def, base, head, minSamples) {
    if (def.sample && def.sample.stat.kind === 'percentile' && def.sample.stat.p === 50) {
        const b = base.map((c) => logMeanOfSamples(c, def, minSamples));
        const h = head.map((c) => logMeanOfSamples(c, def, minSamples));
        if (b.every((x) => x !== null) && h.every((x) => x !== null))
            return { base: b, head: h, of: 'loc' };
    }
    const b = base.map((c) => lnValue(c, def));
    const h = head.map((c) => lnValue(c, def));
    if (b.some((x) => x === null) || h.some((x) => x === null))
        return null;
    return { base: b, head: h, of: 'value' };
}
function evidence_mean(xs) {
    let s = 0;
    for (const x of xs)
        s += x;
    return s / xs.length;
}
function sumSquares(xs) {
    if (xs.length < 2)
        return 0;
    const m = evidence_mean(xs);
    let s = 0;
    for (const x of xs)
        s += (x - m) ** 2;
    return s;
}
/** The change of a series: mean ln head − mean ln base. */
function seriesChange(s) {
    return evidence_mean(s.head) - evidence_mean(s.base);
}
/** The series' own within-side spread: sum of squares and degrees of freedom. */
function ownSpread(s) {
    return {
        ss: sumSquares(s.base) + sumSquares(s.head),
        df: Math.max(0, s.base.length - 1) + Math.max(0, s.head.length - 1),
    };
}
function evidence_median(sorted) {
    const n = sorted.length;
    const m = n >> 1;
    return n % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
/** Points of the quadrature over the mixing variable (Simpson, even). */
const MIX_POINTS = 256;
/** Upper-tail p of the untruncated t above which it stands for the truncated predictive (the suspicious level of the smallest compares is at most 0.25). */
const MIX_FROM = 0.25;
/**
 * P(D ≥ z) for D = (σ / s) · Z, Z standard normal, σ² ~ Scale-Inv-χ²(ν, s²) truncated at
 * σ ≤ ρ·s: the predictive of a standardised change under a truncated heavy-tailed law. Without a
 * truncation (ρ = ∞) it is Student's t with ν degrees of freedom. With u = ν s² / σ² ~ χ²_ν,
 * truncated at u ≥ ν / ρ², P = E[Φ̄(z √(u/ν))]; the expectation is a Simpson sum over ln u
 * (integrand ∝ u^{ν/2} e^{−u/2}, smooth in ln u), normalised by the same sum.
 */
function predictiveUpper(z, nu, rho = Infinity) {
    if (!Number.isFinite(rho))
        return (0,run_stats/* studentTUpper */.E7)(z, nu);
    if (z < 0)
        return 1 - predictiveUpper(-z, nu, rho);
    if (z === 0)
        return 0.5;
    // Above MIX_FROM the t answers: truncating removes the largest spreads, so it only lowers p, and
    // by at most the mass it cuts (1–2% for the shipped rows); the quadrature runs in the tail,
    // where decisions are made. Conservative where it stands in.
    const t = (0,run_stats/* studentTUpper */.E7)(z, nu);
    if (t >= MIX_FROM)
        return t;
    let lo = Math.log(Math.max(1e-300, nu / (rho * rho)));
    let hi = Math.log(nu + 20 * Math.sqrt(2 * nu) + 80);
    if (nu >= 4) {
        // ln χ²_ν is nearly normal with sd √(2/ν): keep the grid on its body, or a narrow peak
        // falls between the points.
        const sd = Math.sqrt(2 / nu);
        hi = Math.min(hi, Math.log(nu) + 14 * sd);
        lo = Math.max(lo, Math.log(nu) - 14 * sd - 2 / nu);
    }
    if (!(hi > lo))
        return (0,run_stats/* normalUpper */.su)(z * Math.sqrt(Math.exp(hi) / nu));
    const h = (hi - lo) / MIX_POINTS;
    let num = 0;
    let den = 0;
    // Weights in log space relative to the largest, so ν/2·ln u − u/2 cannot underflow.
    let peak = -Infinity;
    for (let i = 0; i <= MIX_POINTS; i++) {
        const w = lo + i * h;
        peak = Math.max(peak, (nu / 2) * w - Math.exp(w) / 2);
    }
    for (let i = 0; i <= MIX_POINTS; i++) {
        const w = lo + i * h;
        const u = Math.exp(w);
        const simpson = i === 0 || i === MIX_POINTS ? 1 : i % 2 === 1 ? 4 : 2;
        const g = simpson * Math.exp((nu / 2) * w - u / 2 - peak);
        num += g * (0,run_stats/* normalUpper */.su)(z * Math.sqrt(u / nu));
        den += g;
    }
    return den > 0 ? Math.min(1, num / den) : (0,run_stats/* studentTUpper */.E7)(z, nu);
}
/** Fewer cells than this: no deployment factor (f = 1). */
const DEPLOYMENT_MIN_CELLS = 5;
const DEPLOYMENT_FACTOR_RANGE = [1 / 3, 10];
/** Cells with own repeated runs needed for the deployment factor from their spreads. */
const DEPLOYMENT_MIN_CELLS_OWN = 3;
/** The median of F(d1, d2), by bisection on its upper tail. */
function fMedian(d1, d2) {
    let lo = 0;
    let hi = 1;
    while ((0,run_stats/* fUpper */.nc)(hi, d1, d2) > 0.5 && hi < 1e12)
        hi *= 2;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if ((0,run_stats/* fUpper */.nc)(mid, d1, d2) > 0.5)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
function clampFactor(f) {
    const [lo, hi] = DEPLOYMENT_FACTOR_RANGE;
    return Number.isFinite(f) && f > 0 ? Math.min(hi, Math.max(lo, f)) : 1;
}
/** The deployment factor of one metric over the compare's cells (see the module comment). */
function deploymentFactor(changes) {
    // Cells with repeated runs: their spreads, which a real change does not move. Under the prior,
    // v = (own variance) / s₀² ~ F(df, ν₀), so f² = median v / median F.
    const own = changes.filter((c) => c.df >= 1 && c.v > 0);
    if (own.length >= DEPLOYMENT_MIN_CELLS_OWN) {
        const v = Float64Array.from(own, (c) => c.v).sort();
        const df = Float64Array.from(own, (c) => c.df).sort();
        const nus = Float64Array.from(own, (c) => c.nu).sort();
        return clampFactor(Math.sqrt(evidence_median(v) / fMedian(evidence_median(df), evidence_median(nus))));
    }
    if (changes.length < DEPLOYMENT_MIN_CELLS)
        return 1;
    const u = Float64Array.from(changes, (c) => c.u).sort();
    const centre = evidence_median(u);
    const dev = Float64Array.from(changes, (c) => Math.abs(c.u - centre)).sort();
    const nus = Float64Array.from(changes, (c) => c.nu).sort();
    const ref = (0,run_stats/* studentTQuantileUpper */.zU)(0.25, evidence_median(nus));
    if (!(ref > 0))
        return 1;
    return clampFactor(evidence_median(dev) / ref);
}
/** Where a cell's metric sits in the prior: its family, regime and law (before the deployment factor). */
function priorOf(metric, kind, concurrency, prior) {
    const family = (0,noise_prior/* noiseFamily */.x)(metric, kind);
    if (!family)
        return null;
    const regime = (0,noise_prior/* loadRegime */.oc)(concurrency);
    return { family, regime, law: (0,noise_prior/* noiseLaw */.HQ)(prior, family, regime) };
}
/** The evidence of one series given its prior and the deployment factor. */
function noiseEvidence(s, where, f, worseSign, fitted = null, extraVar = 0) {
    const k = s.base.length;
    const m = s.head.length;
    const d = seriesChange(s);
    const ownDf = Math.max(0, k - 1) + Math.max(0, m - 1);
    const ss = sumSquares(s.base) + sumSquares(s.head);
    const nu0 = fitted ? fitted.nu : where.law.nu;
    const s0 = fitted ? fitted.scale : where.law.scale * f;
    const nu = nu0 + ownDf;
    const spread = Math.sqrt((nu0 * s0 * s0 + ss) / nu);
    const root = Math.sqrt(1 / k + 1 / m);
    // extraVar: a shared shift kept in the change (run-effects.ts), with the variance of its estimate.
    const se = Math.sqrt(spread * spread * root * root + extraVar);
    const rho = where.law.sigmaMax !== undefined && spread > 0 ? where.law.sigmaMax / spread : Infinity;
    const tUp = se > 0 ? predictiveUpper(d / se, nu, rho) : d > 0 ? 0 : 1;
    const tDown = se > 0 ? 1 - tUp : d < 0 ? 0 : 1;
    const seP = where.law.scale * root;
    const rhoP = where.law.sigmaMax !== undefined ? where.law.sigmaMax / where.law.scale : Infinity;
    const pooledUp = seP > 0 ? predictiveUpper(Math.abs(d) / seP, where.law.nu, rhoP) : 0;
    return {
        rho,
        family: where.family,
        regime: where.regime,
        tail: (0,noise_prior/* isTailFamily */.Z5)(where.family),
        d,
        effect: Math.exp(d) - 1,
        k,
        m,
        ownDf,
        prior: { nu: nu0, scale: s0 },
        deploymentFactor: f,
        nu,
        spread,
        se,
        pWorse: worseSign > 0 ? tUp : tDown,
        pBetter: worseSign > 0 ? tDown : tUp,
        pPooled: pooledUp,
    };
}
/**
 * P(at least k of n independent U(0,1) are ≤ p) = I_p(k, n − k + 1): the p-value of "the k-th
 * smallest of n cells' one-sided p-values is p" (an order-statistic test: exact for independent
 * valid p-values, and a few noisy cells cannot make a majority).
 */
function binomialUpperTail(n, k, p) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    return (0,run_stats/* incompleteBeta */.J7)(p, k, n - k + 1);
}

;// CONCATENATED MODULE: ./src/core/compare/reasons.ts
/**
 * Reason codes of run-level decisions (decide.ts) and their words: the only place a run-level
 * note is written. Nothing reads a note back; code reads `reason`. Comparisons held back before
 * any decision carry BLOCKED_REASONS (metric-compare.ts writes their notes with the facts).
 */
/** Why a comparison never reached a decision. */
const BLOCKED_REASONS = (/* unused pure expression or super */ null && ([
    'below_min_samples',
    'missing_on_one_side',
    'currency_differs',
    'informational',
    'tpot_is_itl',
]));

const REASON_CODES = (/* unused pure expression or super */ null && ([
    'within_sampling_noise',
    'below_min_effect',
    'within_cell_noise',
    'beyond_usual_range',
    'isolated_tail',
    'beyond_cell_noise',
    'coherent_family',
    'coherent_sweep',
    'accepted',
]));
function runs(f) {
    const b = `${f.baseRuns} base run${f.baseRuns === 1 ? '' : 's'}`;
    return f.headRuns > 1 ? `${b}, ${f.headRuns} head runs` : b;
}
function noise(f) {
    const source = f.ownDf > 0 ? `its own runs (${f.ownDf} df) shrunk toward the prior` : 'the noise prior';
    return `cell noise ${(f.spread * 100).toFixed(1)}% from ${source}, t with ${f.nu.toFixed(1)} df; ${runs(f)}`;
}
const WORDS = {
    within_sampling_noise: (f) => f.sampleNote ?? 'within the per-request sampling noise',
    below_min_effect: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)} is below the minimum effect ${(f.minEffect.value * 100).toFixed(1)}% (${f.minEffect.name})`,
    within_cell_noise: (f) => `within this cell's run-to-run noise: ${(0,numbers/* pctText */.Xg)(f.effect)}, p ${(0,numbers/* formatP */.MA)(f.p)} (${noise(f)})`,
    beyond_usual_range: (f) => `suspicious: ${(0,numbers/* pctText */.Xg)(f.effect)} is outside this cell's usual range (p ${(0,numbers/* formatP */.MA)(f.p)}) but inside the heavy tail of run-to-run noise (q ${(0,numbers/* formatP */.MA)(f.q)}); re-run to confirm (${noise(f)})`,
    isolated_tail: (f) => `suspicious: a tail percentile moved ${(0,numbers/* pctText */.Xg)(f.effect)} (p ${(0,numbers/* formatP */.MA)(f.p)}) while its median and the neighbouring load points did not; isolated tail swings are usually noise — re-run to confirm (${noise(f)})`,
    beyond_cell_noise: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)} is beyond this cell's run-to-run noise, q ${(0,numbers/* formatP */.MA)(f.q)} (${noise(f)})`,
    coherent_family: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)}, moving with ${f.family?.support ?? 0} of ${f.family?.n ?? 0} load points of its family beyond the rest of the sweep (family q ${(0,numbers/* formatP */.MA)(f.family?.q ?? 1)}; ${runs(f)})`,
    accepted: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)}: an acknowledged regression (compare.accept), reported, not a verdict`,
    coherent_sweep: (f) => `${(0,numbers/* pctText */.Xg)(f.effect)}, moving with ${f.sweep?.support ?? 0} of ${f.sweep?.n ?? 0} cells of the sweep: a shift of the whole sweep beyond one cell's run-to-run noise (sweep q ${(0,numbers/* formatP */.MA)(f.sweep?.q ?? 1)}; ${runs(f)})`,
};
function reasonText(code, facts) {
    return WORDS[code](facts);
}

// EXTERNAL MODULE: ./src/core/compare/runs.ts
var compare_runs = __webpack_require__(5725);
;// CONCATENATED MODULE: ./src/core/compare/run-level.ts










/** Items grouped by a key, in their order. */
function groupBy(items, key) {
    const out = new Map();
    for (const it of items) {
        const k = key(it);
        const l = out.get(k);
        if (l)
            l.push(it);
        else
            out.set(k, [it]);
    }
    return out;
}
/** Whether the per-request stage (metric-compare.ts) gates this comparison. */
function sampleStage(c, k, settings) {
    if (k >= settings.min_base_runs)
        return 'none';
    if (c.method !== 'mann_whitney_u' && c.method !== 'bootstrap_quantile')
        return 'none';
    return c.outcome === 'regressed' || c.outcome === 'improved' ? 'changed' : 'unchanged';
}
/** The practical size a change must reach: min_effect_size; with few base runs also the band / run-noise floor. */
function minEffect(c, k, settings) {
    let best = { name: 'min_effect_size', value: settings.min_effect_size };
    if (k >= settings.min_base_runs)
        return best;
    const floorName = (0,compare_runs/* runNoiseFloorName */.Vk)(c, settings.run_noise_floor);
    const floor = settings.run_noise_floor[floorName];
    if (floor !== undefined && floor > best.value)
        best = { name: `run_noise_floor.${floorName}`, value: floor };
    if (c.method === 'noise_band' && c.threshold && c.threshold.basis === 'relative' && c.threshold.value > best.value)
        best = { name: c.threshold.name, value: c.threshold.value };
    return best;
}
function eligible(c, def) {
    if (!def || !(0,compare_runs/* runLevelDef */.vK)(def))
        return false;
    if (c.method === 'informational' || c.outcome === 'incomparable' || c.outcome === 'insufficient_data')
        return false;
    return c.base !== null && c.head !== null;
}
function gather(works, settings) {
    const items = [];
    for (const w of works) {
        const head = w.pair.head;
        for (const c of w.comparisons) {
            const def = w.defs.get(c);
            if (!eligible(c, def))
                continue;
            const series = runSeries(def, w.runs.base, w.runs.head, settings.min_samples);
            const where = priorOf(c.metric, c.kind, head?.concurrency ?? null, settings.noise_prior);
            if (!series || !where)
                continue;
            items.push({ w, c, def, series, where });
        }
    }
    return items;
}
/** Deployment factor per metric, then every item's evidence. */
function evidenceOf(items, prior) {
    const byMetric = groupBy(items, (it) => it.c.metric);
    for (const list of byMetric.values()) {
        const fitted = fittedLaw(list, prior);
        if (fitted) {
            for (const it of list)
                it.ev = noiseEvidence(it.series, it.where, 1, (0,numbers/* worseSign */.CF)(it.c.direction), fitted(it), it.extraVar ?? 0);
            continue;
        }
        const f = deploymentFactor(list.map((it) => {
            const root = Math.sqrt(1 / it.series.base.length + 1 / it.series.head.length);
            const s0 = it.where.law.scale;
            const o = ownSpread(it.series);
            return {
                u: seriesChange(it.series) / (s0 * root),
                nu: it.where.law.nu,
                v: o.df > 0 ? o.ss / o.df / (s0 * s0) : 0,
                df: o.df,
            };
        }));
        for (const it of list)
            it.ev = noiseEvidence(it.series, it.where, f, (0,numbers/* worseSign */.CF)(it.c.direction), null, it.extraVar ?? 0);
    }
}
/**
 * The two-way decomposition (run-effects.ts): per metric with ≥ SWEEP_MIN_CELLS cells sharing ≥ 3
 * base runs and the head's runs, each cell's runs net of the runs' shared (node) effects, and its
 * evidence again. The head's shift is removed as a node effect when the node law measured on the
 * base runs explains it (two-sided p > NODE_SHIFT_P under t with K − 1 df) and the sweep test is
 * not significant; otherwise it is a change and each cell keeps it, with its estimate's variance.
 * Either way the base runs lose their node effects, so a quiet cell's spread is its own.
 */
function removeRunEffects(items, prior, sweepRejected) {
    const byMetric = groupBy(items, (it) => it.c.metric);
    for (const [metric, list] of byMetric) {
        const aligned = list.filter((it) => it.w.runs.ids);
        if (aligned.length < SWEEP_MIN_CELLS)
            continue;
        const values = aligned.map((it) => ({
            base: it.series.base,
            head: it.series.head,
            baseIds: it.w.runs.ids.base,
            headIds: it.w.runs.ids.head,
        }));
        const fx = estimateRunEffects(values, SWEEP_MIN_CELLS);
        if (!fx)
            continue;
        const nodeP = fx.se > 0 ? 2 * (0,run_stats/* studentTUpper */.E7)(Math.abs(fx.shift) / fx.se, fx.df) : fx.shift === 0 ? 1 : 0;
        const keep = nodeP <= NODE_SHIFT_P || sweepRejected(metric, 1) || sweepRejected(metric, -1);
        let changed = false;
        aligned.forEach((it, i) => {
            const net = netOfRunEffects(values[i], fx, keep);
            if (!net)
                return;
            it.series = { ...it.series, base: net.base, head: net.head };
            // What the cell's change lost: the head's shift as the node's share of it, or nothing.
            it.runShift = { at: keep ? fx.shift : fx.weight * fx.shift, kept: keep };
            it.extraVar = keep ? fx.se * fx.se : fx.headVar;
            changed = true;
        });
        if (changed)
            evidenceOf(list, prior);
    }
}
/**
 * The law fitted to the cells' own repeated runs (moderate.ts), when enough cells have them: ν₀
 * at most a third of the cells behind the fit. The moment estimate of ν₀ is noisy: on the heavy
 * bench's sweeps (true ν₀ ≈ 1, 18 cells) it sometimes says the cells are alike (ν₀ at the cap),
 * and a full pool then lets one cell's ordinary swing stand out (A/A 7% → 5% with the cap).
 */
function fittedLaw(list, prior) {
    const v = [];
    const df = [];
    // Each variance in units of its load regime (the prior's regime ratio), so the fit sees the
    // spread between cells that the regime does not explain; each cell then gets its regime back.
    const ratio = (it) => it.where.law.scale / prior[it.where.family].scale.mid;
    for (const it of list) {
        const o = ownSpread(it.series);
        if (o.df < 1 || !(o.ss > 0))
            continue;
        v.push(o.ss / o.df / ratio(it) ** 2);
        df.push(o.df);
    }
    const fit = (0,moderate/* fitVarianceLaw */.tk)(v, df);
    if (!fit)
        return null;
    const nu = Math.min(fit.nu0, fit.cells / 3);
    return (it) => ({ nu, scale: fit.scale * ratio(it) });
}
/**
 * Degrees of freedom of the sweep test's law: the node effect a whole sweep shares. Its scale is
 * the median cell's; its tails are a t's with 4 degrees of freedom, not the Cauchy-like tails of
 * single cells, which come from cells of their own (a 2.6 s vs 72 s p99 TTFT), not from nodes.
 */
const SWEEP_NU = 4;
/** Fewer cells than this: no run effects are removed (their medians would be too noisy). */
const SWEEP_MIN_CELLS = 6;
/**
 * Fewer cells than this: no sweep test. A small one-family sweep (a plain `vllm bench serve`
 * concurrency sweep of 3–5 points) has no node reference for a family test, so its shared shift
 * is the sweep test's question or nobody's: a uniform 25% throughput loss must not go unseen.
 * The median of ≥ 3 cells needs a majority of them to move.
 */
const SWEEP_TEST_MIN_CELLS = 3;
/**
 * Two-sided p of the head's shift under the node law measured on the base runs (run-effects.ts)
 * at or below which the shift is not taken for a node's: the cells then keep it.
 */
const NODE_SHIFT_P = 0.05;
function medianOf(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/**
 * Per metric, the sweep's median change tested as one cell would be (as if every cell moved
 * with one shared run effect: the runs of a sweep land on one node): a shift of the whole sweep
 * beyond what one cell's noise explains.
 */
function sweepTests(items) {
    const byMetric = groupBy(items, (it) => it.c.metric);
    const out = new Map();
    for (const [metric, list] of byMetric) {
        if (list.length < SWEEP_TEST_MIN_CELLS)
            continue;
        const evs = list.map((it) => (it.rawEv ?? it.ev));
        const m = medianOf(evs.map((e) => e.d));
        const se = medianOf(evs.map((e) => e.se));
        // A shared node effect is not the heavy tail of single cells (queueing collapses, bimodal
        // cells): a t with at least SWEEP_NU degrees of freedom at the median cell's scale.
        const nu = Math.max(SWEEP_NU, medianOf(evs.map((e) => e.nu)));
        const up = se > 0 ? (0,run_stats/* studentTUpper */.E7)(m / se, nu) : m > 0 ? 0 : 1;
        const down = se > 0 ? 1 - up : m < 0 ? 0 : 1;
        const ws = (0,numbers/* worseSign */.CF)(list[0].c.direction);
        const support = new Set(list.filter((it) => m !== 0 &&
            Math.sign((it.rawEv ?? it.ev).d) === Math.sign(m) &&
            Math.abs((it.rawEv ?? it.ev).d) >= Math.abs(m) / 2));
        out.set(metric, {
            n: list.length,
            tail: (0,noise_prior/* isTailFamily */.Z5)(list[0].where.family),
            median: m,
            worse: ws > 0 ? up : down,
            better: ws > 0 ? down : up,
            support,
        });
    }
    return out;
}
function located(xs) {
    const at = medianOf(xs);
    const mad = medianOf(xs.map((x) => Math.abs(x - at)));
    return { at, se: (1.2533 * 1.4826 * mad) / Math.sqrt(Math.max(1, xs.length)) };
}
/**
 * The shared (node) effect a family's changes are taken relative to, with its uncertainty (shared
 * by every cell of the family, so it joins each residual's spread). The median change of the
 * metric over all its cells, the family's own included: that pulls the shift toward the family by
 * at most its share of the cells, a margin the family test needs (with 5 base runs the cells'
 * predictive tails are alike across a family's load points, and measured against the other
 * families alone the heavy bench's A/A rose from 4% / 1% to 7% / 3%). A family of half the cells
 * or more would be measured against itself: then the OTHER families' median (≥ 3 cells), else none
 * (the changes are then net of the runs' estimated effects, run-effects.ts; without those there is
 * no family test, familyTests).
 */
function nodeShift(family, metric, all) {
    if (metric.length - family.length < 3)
        return { at: 0, se: 0 };
    if (family.length < 0.5 * metric.length)
        return all;
    const mine = new Set(family);
    return located(metric.filter((it) => !mine.has(it)).map((it) => it.ev.d));
}
/**
 * The order-statistic family test of each family × metric with ≥ 3 load points, on the cells'
 * changes relative to the other families' median change of the metric (a shared node effect
 * moves every cell of a run alike: it is not evidence of a family's change).
 */
function familyTests(items) {
    const byMetric = groupBy(items, (it) => it.c.metric);
    const medians = new Map([...byMetric].map(([k, l]) => [k, located(l.map((it) => it.ev.d))]));
    const groups = groupBy(items.filter((it) => it.w.pair.head), (it) => `${(0,match/* cellFamilyKey */.ie)(it.w.pair.head)}\u0000${it.c.metric}`);
    const out = new Map();
    for (const list of groups.values()) {
        if (list.length < 3)
            continue;
        const metric = list[0].c.metric;
        // A node moves every cell of a run alike: a family test needs a reference for that shift, the
        // run effects (run-effects.ts) or ≥ 3 cells outside the family. Without one, a family that is
        // the sweep is the sweep test's question (its law is a node's); with one base run the family
        // test read a 3% node effect shared by a one-family sweep as a coherent change (simple bench,
        // shared run effect: A/A 13% / 13% with one base run, 21–23% with five before run effects).
        if ((byMetric.get(metric)?.length ?? 0) - list.length < 3 && !list.every((it) => it.runShift && !it.runShift.kept))
            continue;
        const shift = nodeShift(list, byMetric.get(metric) ?? [], medians.get(metric) ?? { at: 0, se: 0 });
        const ws = (0,numbers/* worseSign */.CF)(list[0].c.direction);
        const memo = new Map();
        const up = (it) => {
            let v = memo.get(it);
            if (v === undefined) {
                const e = it.ev;
                const r = (e.d - shift.at) * ws;
                const se = Math.sqrt(e.se * e.se + shift.se * shift.se);
                v = se > 0 ? predictiveUpper(r / se, e.nu, e.rho) : r > 0 ? 0 : 1;
                memo.set(it, v);
            }
            return v;
        };
        const pOf = (it, toward) => (toward > 0 ? up(it) : 1 - up(it));
        // The k-th smallest of n one-sided p-values, for every k from a majority to all of them:
        // P(U₍ₖ₎ ≤ p₍ₖ₎) = P(Bin(n, p₍ₖ₎) ≥ k); the smallest, times the number of k tried (Bonferroni).
        const side = (toward) => {
            const sorted = [...list].sort((a, b) => pOf(a, toward) - pOf(b, toward));
            const n = list.length;
            const k0 = Math.ceil(n / 2);
            let best = 1;
            let bestK = k0;
            for (let k = k0; k <= n; k++) {
                const pk = binomialUpperTail(n, k, pOf(sorted[k - 1], toward));
                if (pk < best) {
                    best = pk;
                    bestK = k;
                }
            }
            return { p: Math.min(1, best * (n - k0 + 1)), support: new Set(sorted.slice(0, bestK)) };
        };
        const head = list[0].w.pair.head;
        const t = {
            items: list,
            group: (0,match/* cellFamilyKey */.ie)(head),
            metric,
            tail: (0,noise_prior/* isTailFamily */.Z5)(list[0].where.family),
            worse: side(1),
            better: side(-1),
        };
        for (const it of list)
            out.set(it, t);
    }
    return out;
}
/** A tail percentile is backed when its median (same cell and series) moved the same way beyond its usual range. */
function tailBacked(it, byCell, level, coherent) {
    if (!it.ev)
        return false;
    const cell = byCell.get(it.w) ?? [];
    const name = medianOfTail(it.c.metric, (x) => cell.some((o) => o.c.metric === x));
    const med = name === null ? undefined : cell.find((o) => o.c.metric === name);
    if (!med?.ev)
        return false;
    const dir = Math.sign(it.ev.d) * (0,numbers/* worseSign */.CF)(it.c.direction);
    const p = dir > 0 ? med.ev.pWorse : med.ev.pBetter;
    // The median moved the same way: by its own evidence, or as part of a coherent family or sweep.
    return (p <= level || coherent(med)) && Math.sign(med.ev.d) === Math.sign(it.ev.d);
}
/** The direction of an item's change: +1 worse, −1 better, 0 none. */
function directionOf(it) {
    const ev = it.ev;
    const ws = (0,numbers/* worseSign */.CF)(it.c.direction);
    return ws === 0 || ev.d === 0 ? 0 : Math.sign(ev.d) === ws ? 1 : -1;
}
/** Whether `<cell>: <metric>` is acknowledged by an entry of settings.accept. */
function isAccepted(accept, cell, metric) {
    return accept.some((a) => a === '*' || a === metric || a === `${cell}: ${metric}`);
}
/** Noise families counted per cell (tput_per_gpu and output_tput_per_gpu; TPOT and ITL move as one): the primary ones (medians, throughput), or the tail ones. */
function countFamilies(items, tail) {
    const seen = new Map();
    for (const it of items) {
        if ((0,noise_prior/* isTailFamily */.Z5)(it.where.family) !== tail)
            continue;
        const set = seen.get(it.w) ?? new Set();
        set.add(it.where.family);
        seen.set(it.w, set);
    }
    let n = 0;
    for (const s of seen.values())
        n += s.size;
    return n;
}
/**
 * The gate of serial gatekeeping (docs/COMPARE.md "Levels: serial gatekeeping"): a tail family of a cell (TTFT tail,
 * TPOT/ITL tail, E2EL tail) is tested at the cell level only when its primary family in the same
 * cell (TTFT, TPOT/ITL, E2EL) was rejected there by its own cell test, in the same direction. The
 * rejected median passes its level on to its tail (Bretz et al. 2009: an edge of weight 1).
 */
function gateOpen(it, byCell, level) {
    if (!(0,noise_prior/* isTailFamily */.Z5)(it.where.family))
        return true;
    const primary = it.where.family.replace(/_tail$/, '');
    const dir = directionOf(it);
    if (dir === 0)
        return false;
    return (byCell.get(it.w) ?? []).some((o) => {
        if (o.where.family !== primary || !o.ev || directionOf(o) !== dir)
            return false;
        return (dir > 0 ? o.ev.pWorse : o.ev.pBetter) <= level;
    });
}
/**
 * The median a tail percentile's family or sweep test waits for: p50 of its series (TPOT and ITL
 * stand in for each other, as in their noise family), when the compare has it; else null.
 */
function medianOfTail(metric, has) {
    const m = /^p(\d+)_(ttft|tpot|itl|e2el)$/.exec(metric);
    if (!m || Number(m[1]) < 90)
        return null;
    const series = m[2];
    const order = series === 'tpot' ? ['tpot', 'itl'] : series === 'itl' ? ['itl', 'tpot'] : [series];
    for (const s of order)
        if (has(`p50_${s}`))
            return `p50_${s}`;
    return null;
}
/**
 * Serial gatekeeping at the family level (docs/COMPARE.md "Levels: serial gatekeeping"; the sweep
 * level passes every test as primary: plain Bonferroni), the cell level's graph: every primary test (throughput, cost, p50s) and every tail test without
 * a median to wait for starts with weight 1/count; a tail test whose median's test (same group) is
 * in the compare starts with 0 and gets its median's level, split over the tails behind it, when
 * that median was rejected in the same direction. `count` is the Bonferroni divisor; `rejected`
 * says whether a test is rejected in a direction at the share's level for that count.
 */
function gatekeep(tests) {
    const byKey = new Map();
    for (const t of tests)
        if (!t.tail)
            byKey.set(`${t.group}\u0000${t.metric}`, t);
    const parent = new Map();
    const children = new Map();
    for (const t of tests) {
        if (!t.tail)
            continue;
        const m = medianOfTail(t.metric, (x) => byKey.has(`${t.group}\u0000${x}`));
        const p = m === null ? undefined : byKey.get(`${t.group}\u0000${m}`);
        if (!p)
            continue;
        parent.set(t, p);
        children.set(p, (children.get(p) ?? 0) + 1);
    }
    const count = tests.filter((t) => !parent.has(t)).length;
    const rejected = (t, dir, level) => {
        if (dir === 0)
            return false;
        const p = parent.get(t);
        if (!p)
            return t.p(dir) <= level;
        return p.p(dir) <= level && t.p(dir) <= level / (children.get(p) ?? 1);
    };
    return { count, rejected };
}
/**
 * A level's gatekeeping over its tests (`t` each): the Bonferroni count, the level for it
 * (`levelFor`), and whether a test is rejected in a direction (a tail's behind its median).
 */
function gated(tests, levelFor) {
    const g = gatekeep(tests);
    const level = levelFor(g.count);
    const of = new Map(tests.map((x) => [x.t, x]));
    return {
        count: g.count,
        level,
        rejected: (t, dir) => {
            const x = of.get(t);
            return x !== undefined && g.rejected(x, dir, level);
        },
    };
}
/**
 * How run_alpha is shared between the kinds of run-level tests (each share split over the two
 * directions and Bonferroni over its tests): by the union bound an A/A compare gets any run-level
 * verdict with probability ≤ run_alpha when the noise law holds. The cell share is the serial
 * gatekeeping procedure's (primary families, each passing its level to its tail family when
 * rejected); `tailEscape` is the 'huge isolated tail' test's own share (a tail whose gate stayed
 * closed, judged by the pooled law alone), carved from what the cell tests had (0.6).
 */
const ALPHA_SHARE = { cell: 0.5, tailEscape: 0.1, family: 0.2, sweep: 0.2 };
/**
 * The sweep and family tests (after the run effects they inform). The family level is gatekept
 * (its share split over its primary tests, a tail's test behind its median's: gatekeep); the
 * sweep level is not (every sweep test counts).
 */
function coherence(items, settings, share) {
    const sweeps = sweepTests(items);
    // Serial gatekeeping at the family level too: a tail's family test waits for its median's.
    // The sweep share is NOT gatekept (every sweep test counts, a tail's with its own weight): on
    // the simple bench's shared 3% node effect with one base run (a one-family sweep, no family
    // test) the gatekept sweep level read the node as a change more often (A/A 5% / 7% → 7% / 8%)
    // and bought nothing (the heavy whole-sweep row 74% → 75%). A tail's sweep verdict already needs
    // it backed (decide.ts isolated_tail).
    const sweepGate = gated([...sweeps].map(([metric, t]) => ({
        group: '',
        metric,
        tail: false,
        p: (d) => (d > 0 ? t.worse : t.better),
        t,
    })), (n) => share('sweep', n));
    const sweepCount = sweepGate.count;
    const levelSweep = sweepGate.level;
    const sweepRejected = (metric, dir) => {
        const t = sweeps.get(metric);
        return t !== undefined && sweepGate.rejected(t, dir);
    };
    removeRunEffects(items, settings.noise_prior, sweepRejected);
    const families = familyTests(items);
    const famGate = gated([...new Set(families.values())].map((t) => ({
        group: t.group,
        metric: t.metric,
        tail: t.tail,
        p: (d) => (d > 0 ? t.worse.p : t.better.p),
        t,
    })), (n) => share('family', n));
    const familyCount = famGate.count;
    const levelFamily = famGate.level;
    /** Whether a family test is rejected in a direction (+1 worse, −1 better), behind its gate for a tail. */
    const familyRejected = famGate.rejected;
    return { sweeps, families, sweepCount, familyCount, levelSweep, levelFamily, sweepRejected, familyRejected };
}
/** Decides every matched cell's run-level metrics. */
function decideRunLevel(works, settings) {
    const share = (kind, tests) => (settings.run_alpha * ALPHA_SHARE[kind]) / (2 * Math.max(1, tests));
    const items = gather(works, settings);
    evidenceOf(items, settings.noise_prior);
    for (const it of items)
        it.rawEv = it.ev;
    const { sweeps, families, sweepCount, familyCount, levelSweep, levelFamily, sweepRejected, familyRejected } = coherence(items, settings, share);
    // The cell tests are counted per cell and primary noise family (throughput, TTFT, TPOT/ITL,
    // E2EL): metrics of one family in one cell (tput_per_gpu and output_tput_per_gpu; TPOT and ITL)
    // move as one. A tail family is tested at its primary family's level only behind its gate
    // (gateOpen), so it takes no share of its own; the escape for huge isolated tails has its own.
    const primary = Math.max(1, countFamilies(items, false));
    const tails = countFamilies(items, true);
    const levelCell = share('cell', primary);
    const levelEscape = share('tailEscape', tails);
    // Suspicious is no verdict: its level stays per cell test of every family, tails included.
    const levelSuspicious = Math.max(levelCell, settings.suspicious_alpha / (2 * (primary + tails)));
    const byCell = groupBy(items, (it) => it.w);
    // An item carried by a significant family or sweep test in its own direction.
    const coherent = (o) => {
        const d = directionOf(o);
        if (d === 0)
            return false;
        const f = families.get(o);
        const fs = f ? (d > 0 ? f.worse : f.better) : null;
        if (f && fs && familyRejected(f, d) && fs.support.has(o))
            return true;
        const sw = sweeps.get(o.c.metric);
        return sw !== undefined && sweepRejected(o.c.metric, d) && sw.support.has(o);
    };
    for (const it of items) {
        const ev = it.ev;
        const dir = directionOf(it);
        const fam = families.get(it);
        const side = fam ? (dir > 0 ? fam.worse : fam.better) : null;
        const famQ = side ? Math.min(1, (side.p * settings.run_alpha) / levelFamily) : 1;
        const sw = sweeps.get(it.c.metric);
        const swP = sw ? (dir > 0 ? sw.worse : sw.better) : 1;
        const mc = {
            ev,
            dir,
            p: dir > 0 ? ev.pWorse : dir < 0 ? ev.pBetter : 1,
            sampleStage: sampleStage(it.c, ev.k, settings),
            minEffect: minEffect(it.c, ev.k, settings),
            levels: { cell: levelCell, suspicious: levelSuspicious, escape: levelEscape },
            family: fam && side && dir !== 0
                ? {
                    significant: familyRejected(fam, dir) && side.support.has(it),
                    n: fam.items.length,
                    support: side.support.size,
                    q: famQ,
                }
                : null,
            tailBacked: tailBacked(it, byCell, 0.05, coherent),
            gate: gateOpen(it, byCell, levelCell),
            accepted: isAccepted(settings.accept, it.w.pair.head?.cell_id ?? '', it.c.metric),
            sweep: sw && dir !== 0
                ? {
                    significant: sweepRejected(it.c.metric, dir) && sw.support.has(it),
                    n: sw.n,
                    support: sw.support.size,
                    q: Math.min(1, (swP * settings.run_alpha) / levelSweep),
                }
                : null,
        };
        apply(it, mc, settings);
    }
    return { tests: primary + tails + familyCount + sweepCount, detectable: detectable(items, levelCell) };
}
function apply(it, m, settings) {
    const c = it.c;
    const ev = m.ev;
    const decision = decideMetric(m);
    const sampleNote = m.sampleStage === 'unchanged' ? c.note : undefined;
    showCentres(c, it.def, it.w.runs);
    // Adjusted so that q ≤ run_alpha exactly when p is within the cell level.
    const q = Math.min(1, (m.p * settings.run_alpha) / m.levels.cell);
    const runLevel = ev.k >= settings.min_base_runs;
    if (runLevel)
        it.w.runLevel = true;
    c.outcome = decision.outcome;
    c.reason = decision.reason;
    if (decision.suspicious)
        c.suspicious = true;
    c.n_base_runs = ev.k;
    c.n_head_runs = ev.m;
    c.run_spread = (0,numbers/* round */.LI)(ev.spread, 6);
    c.noise = {
        family: ev.family,
        regime: ev.regime,
        nu: (0,numbers/* round */.LI)(ev.nu, 6),
        spread: (0,numbers/* round */.LI)(ev.spread, 6),
        own_df: ev.ownDf,
        deployment_factor: (0,numbers/* round */.LI)(ev.deploymentFactor, 6),
        p: (0,numbers/* round */.LI)(m.p, 6),
    };
    if (it.runShift) {
        c.noise.run_shift = (0,numbers/* round */.LI)(Math.exp(it.runShift.at) - 1, 6);
        c.noise.run_shift_removed = !it.runShift.kept;
    }
    if (runLevel) {
        c.method = 'run_interval';
        c.basis = 'run_interval';
        c.p_value = (0,numbers/* round */.LI)(m.p);
        c.q_value = (0,numbers/* round */.LI)(q);
        c.effect_size = (0,numbers/* round */.LI)(ev.effect);
        // The untruncated t's quantile (memoised per ν; a little wider than the truncated law's).
        const tc = (0,run_stats/* studentTQuantileUpper */.zU)(m.levels.cell, ev.nu);
        c.interval =
            c.base !== null && Number.isFinite(tc) && tc < 1e3
                ? [
                    (0,numbers/* round */.LI)(c.base * (Math.exp(ev.d - tc * ev.se) - 1)),
                    (0,numbers/* round */.LI)(c.base * (Math.exp(ev.d + tc * ev.se) - 1)),
                ]
                : null;
    }
    if (decision.reason === 'below_min_effect' || decision.outcome !== 'unchanged' || c.threshold === null)
        c.threshold = { name: m.minEffect.name, value: m.minEffect.value, basis: 'relative' };
    c.confidence =
        decision.outcome === 'unchanged'
            ? null
            : (0,numbers/* round */.LI)(1 -
                (decision.reason === 'coherent_family'
                    ? (m.family?.q ?? 1)
                    : decision.reason === 'coherent_sweep'
                        ? (m.sweep?.q ?? 1)
                        : q), 6);
    if (decision.outcome !== 'unchanged' && !(c.confidence !== null && c.confidence > 0))
        c.confidence = 0.5;
    c.note = reasonText(decision.reason, {
        effect: ev.effect,
        p: m.p,
        q,
        baseRuns: ev.k,
        headRuns: ev.m,
        spread: ev.spread,
        nu: ev.nu,
        ownDf: ev.ownDf,
        minEffect: m.minEffect,
        ...(m.family ? { family: { n: m.family.n, support: m.family.support, q: m.family.q } } : {}),
        ...(m.sweep ? { sweep: { n: m.sweep.n, support: m.sweep.support, q: m.sweep.q } } : {}),
        ...(sampleNote !== undefined ? { sampleNote } : {}),
    });
}
/**
 * Per metric, the smallest change the median cell of the compare could show as a verdict on its
 * own (its predictive t at the cell level): what "cannot be told from noise" means for this
 * compare. Null when it exceeds 100× (a t with ν ≈ 1 and one base run).
 */
function detectable(items, level) {
    const byMetric = groupBy(items, (it) => it.c.metric);
    return [...byMetric.entries()].map(([metric, list]) => {
        const sorted = [...list].sort((a, b) => a.ev.se - b.ev.se);
        const ev = sorted[(sorted.length - 1) >> 1].ev;
        const z = predictiveQuantile(level, ev.nu, ev.rho);
        const x = z * ev.se;
        const change = Number.isFinite(x) && x < Math.log(100) ? (0,numbers/* round */.LI)(Math.exp(x) - 1, 4) : null;
        return { metric, change };
    });
}
/** The z with predictiveUpper(z) = p (bisection on ln z; Infinity beyond 1e12). */
function predictiveQuantile(p, nu, rho) {
    if (predictiveUpper(1e12, nu, rho) > p)
        return Infinity;
    let lo = Math.log(1e-9);
    let hi = Math.log(1e12);
    for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (predictiveUpper(Math.exp(mid), nu, rho) > p)
            lo = mid;
        else
            hi = mid;
    }
    return Math.exp(hi);
}
/** Shows the run-level centres (geometric means over runs) as base / head when there are several runs. */
function showCentres(c, def, runs) {
    if (runs.base.length < 2 && runs.head.length < 2)
        return;
    const b = (0,compare_runs/* runCentre */.FU)(def, runs.base);
    const h = (0,compare_runs/* runCentre */.FU)(def, runs.head);
    if (b === null || h === null)
        return;
    c.base = (0,numbers/* round */.LI)(b);
    c.head = (0,numbers/* round */.LI)(h);
    c.delta = (0,numbers/* round */.LI)(h - b);
    c.relative_delta = (0,numbers/* round */.LI)((0,numbers/* rel */.wH)(b, h));
}

// EXTERNAL MODULE: ./src/core/compare/verdicts.ts + 1 modules
var verdicts = __webpack_require__(7086);
// EXTERNAL MODULE: ./src/core/compare/types.ts
var types = __webpack_require__(8414);
;// CONCATENATED MODULE: ./src/core/compare/index.ts


















function toList(r) {
    return Array.isArray(r) ? r : [r];
}
/**
 * Compares a head report against a base report, or against the base-branch history.
 *
 * @param base the baseline report (inferguard-analyze/v1), or several: base runs, the preferred
 *   one (merge-base, else newest) first. Its cells define the baseline sweep; the other reports
 *   add runs of the same cells.
 * @param head the report of the change under test (or several reports of repeated head runs).
 *   Within any report, cells with the same identity key are repeated runs of that cell.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and the baseline findings of the rules (findings/). Reports without
 *   cells give an empty diff with verdict INSUFFICIENT_DATA. Never throws on odd metric values:
 *   non-finite numbers count as missing.
 */
function compareReports(base, head, opts = {}) {
    const settings = (0,options/* resolveSettings */.Mo)(opts);
    const baseList = toList(base);
    const headList = toList(head);
    const primary = baseList[0];
    const ids = { base: new Map(), head: new Map() };
    const headRuns = (0,compare_runs/* groupRuns */.KH)(headList, ids.head);
    const primaryReps = representatives((0,compare_runs/* groupRuns */.KH)(primary ? [primary] : []));
    const pairs = (0,match/* matchCells */.Zt)(primaryReps, representatives(headRuns));
    const { works, tests } = compareMatched(pairs, (0,compare_runs/* groupRuns */.KH)(baseList, ids.base), headRuns, settings, ids);
    const runLevel = decideRunLevel([...works.values()], settings);
    // Baseline findings come from the rules (one home per code), over compare's matched pairs.
    const matched = pairs
        .filter((p) => p.kind === 'matched')
        .map((p) => ({ base: p.base, head: p.head }));
    const thresholds = { ...core_thresholds/* DEFAULT_THRESHOLDS */.J, ...opts.thresholds };
    const findings = (0,core_findings/* baselineFindings */.A)(matched, thresholds).sort(order/* compareFindings */.Eg);
    // Curve changes are single-run numbers: with fewer than min_base_runs base runs they must also
    // reach the throughput run-noise floor.
    const curveEffect = baseList.length >= settings.min_base_runs
        ? settings.min_effect_size
        : Math.max(settings.min_effect_size, settings.run_noise_floor.throughput ?? 0);
    const curves = (0,compare_curves/* compareCurves */.q)(primaryReps, representatives(headRuns), thresholds, curveEffect);
    const cells = pairs.map((p) => (0,verdicts/* cellDiffOf */.Tg)(p, works.get(p), settings)).sort(verdicts/* compareCellDiffs */.kB);
    const counts = Object.fromEntries(types/* CELL_STATUSES */.qc.map((s) => [s, 0]));
    for (const c of cells)
        counts[c.status]++;
    return {
        schema_version: types/* REPORT_DIFF_SCHEMA_VERSION */.ET,
        base: (0,verdicts/* refOf */.H8)(primary ?? {}),
        head: (0,verdicts/* refOf */.H8)(headList[0] ?? {}),
        settings,
        counts: { ...counts, total: cells.length, tests: tests.length + runLevel.tests },
        verdict: { ...diffVerdict(cells, counts, baseList, headList), detectable: runLevel.detectable },
        cells,
        findings,
        curves,
        runs: runsOf(baseList, headList),
    };
}
/** The first run of every identity key (the cell that stands for the key in matching and curves). */
function representatives(g) {
    return [...g.values()].map((l) => l[0]);
}
/** Per-metric comparisons of every matched pair, the per-request tests' BH q over the whole compare. */
function compareMatched(pairs, baseRuns, headRuns, settings, ids) {
    const tests = [];
    const works = new Map();
    for (const pair of pairs) {
        if (pair.kind !== 'matched')
            continue;
        const key = (0,match/* cellKey */.sl)(pair.base);
        const base = baseRuns.get(key) ?? [pair.base];
        const head = headRuns.get(key) ?? [pair.head];
        const runs = { base, head };
        const baseIds = base.map((c) => ids.base.get(c));
        const headIds = head.map((c) => ids.head.get(c));
        if (baseIds.every((x) => x !== undefined) && headIds.every((x) => x !== undefined))
            runs.ids = { base: baseIds, head: headIds };
        works.set(pair, compareMetrics(pair, settings, tests, runs));
    }
    const qs = (0,multiplicity/* benjaminiHochberg */.Uh)(tests.map((t) => t.p));
    tests.forEach((t, i) => {
        t.q = qs[i];
    });
    for (const w of works.values())
        for (const s of w.stats)
            finishStat(s, settings);
    return { works, tests };
}
/** The overall verdict, with the runs it rests on. */
function diffVerdict(cells, counts, baseList, headList) {
    const verdict = (0,verdicts/* overallVerdict */.Bn)(cells, counts);
    verdict.base_runs = Math.max(baseList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.base_runs ?? 0));
    verdict.head_runs = Math.max(headList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.head_runs ?? 0));
    verdict.basis = cells.some((c) => c.verdict?.basis === 'run_interval') ? 'run_interval' : 'per_request';
    return verdict;
}
function runsOf(baseList, headList) {
    return {
        base_reports: baseList.length,
        head_reports: headList.length,
        base: baseList.map((r) => {
            const ref = (0,verdicts/* refOf */.H8)(r);
            return {
                generated_at: ref.generated_at,
                input_root: ref.input_root,
                run_status: ref.run_status,
                total_cells: ref.total_cells,
            };
        }),
    };
}

// EXTERNAL MODULE: ./src/core/exit-policy.ts
var exit_policy = __webpack_require__(6834);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 6 modules
var core_gates = __webpack_require__(6482);
// EXTERNAL MODULE: ./src/render/comment.ts + 23 modules
var render_comment = __webpack_require__(9259);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/curve/tail.ts
var curve_tail = __webpack_require__(7101);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/gates-md.ts
/**
 * The "SLO gates" markdown section, for report.md and the PR comment: a pure function of the
 * `gates` block (inferguard-gates/v1). Results that did not pass come first in an open table (gate
 * order); passing results are folded into <details>.
 */


const ICONS = {
    pass: '✅ pass',
    fail: '❌ fail',
    not_found: '❔ not found',
    conflict: '⚠️ conflict',
    error: '💥 error',
};
/** A gate value or literal for a table cell: numbers to 6 significant digits, strings in code. */
function formatGateValue(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return '—';
        return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
    }
    if (typeof v === 'boolean')
        return String(v);
    return (0,render_escape/* safeCode */.lI)(v, 60);
}
function formatCells(cells) {
    if (cells.length === 0)
        return '—';
    const shown = cells.slice(0, 3).map((c) => (0,render_escape/* safeCode */.lI)(c, 60));
    return cells.length > 3 ? `${shown.join(', ')} +${cells.length - 3}` : shown.join(', ');
}
function row(r) {
    const label = r.name ? `${(0,render_escape/* safeText */.Hk)(r.name, 80)}<br>${(0,render_escape/* safeCode */.lI)(r.path, 160)}` : (0,render_escape/* safeCode */.lI)(r.path, 160);
    return [
        ICONS[r.outcome],
        r.severity,
        label,
        `${(0,render_escape/* safeCode */.lI)(r.op, 12)} ${formatGateValue(r.expected)}`,
        formatGateValue(r.value),
        formatCells(r.cells),
        (0,render_escape/* safeText */.Hk)(r.message, 300),
    ];
}
const HEADER = ['Outcome', 'Severity', 'Gate', 'Expected', 'Value', 'Cells', 'Message'];
const ALIGN = ['l', 'l', 'l', 'l', 'r', 'l', 'l'];
function table(results, limit) {
    let out = (0,markdown_table/* markdownTable */.Q)([HEADER, ...results.slice(0, limit).map(row)], { align: ALIGN });
    if (results.length > limit)
        out += `\n\n_${results.length - limit} more results are in report.json._`;
    return out;
}
/**
 * Renders the gates block as a `## SLO gates` section (ends with a newline). `limit` caps the
 * rows of each table (the rest are counted and left to report.json).
 */
function renderGatesMarkdown(block, limit = 50) {
    const s = block.summary;
    const lines = ['## SLO gates', ''];
    if (s.total === 0)
        return `${lines.join('\n')}\n_No gates configured._\n`;
    const failing = block.results.filter((r) => r.outcome !== 'pass');
    const passing = block.results.filter((r) => r.outcome === 'pass');
    const counts = `${s.passed} passed, ${s.failed} failed, ${s.not_found} not found, ${s.conflict} conflict, ${s.error} error`;
    const checks = `${s.total} check${s.total === 1 ? '' : 's'} from ${s.gates} gate${s.gates === 1 ? '' : 's'}`;
    if (s.blocking_failures > 0) {
        lines.push(`**❌ ${s.blocking_failures} blocking gate check${s.blocking_failures === 1 ? '' : 's'} did not pass** (${checks}: ${counts}).`);
    }
    else if (failing.length > 0) {
        lines.push(`**⚠️ Gates passed with warnings** (${checks}: ${counts}).`);
    }
    else {
        lines.push(`**✅ All gates passed** (${checks}).`);
    }
    lines.push('');
    if (failing.length > 0)
        lines.push(table(failing, limit), '');
    if (passing.length > 0) {
        lines.push(`<details><summary>${passing.length} passing check${passing.length === 1 ? '' : 's'}</summary>`, '', table(passing, limit), '', '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(6020);
// EXTERNAL MODULE: ./src/render/throughput.ts
var throughput = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/render/report-md.ts
/**
 * report.md: a pure function of the Report. Sections (docs/ARCHITECTURE.md): executive
 * summary, benchmark matrix, artifact completeness, per-cell results, live timeline, curve
 * analysis, next measurements, artifact manifest. Descriptive only: never recommends
 * configuration changes.
 */







/** Tables longer than this are written without column padding. */
const PAD_MAX_ROWS = 200;
/**
 * markdown-table, with its columns padded to one width only up to PAD_MAX_ROWS rows: a 2,000-cell
 * sweep's manifest (8,000 rows) padded every row to its longest path. GitHub renders both alike.
 */
function markdownTable(rows, options = {}) {
    return (0,markdown_table/* markdownTable */.Q)(rows, rows.length > PAD_MAX_ROWS ? { ...options, alignDelimiters: false } : options);
}
function num(c, key) {
    const v = c.metrics[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** A count from a report (numbers as numbers; anything else, from a report we did not write, neutralised). */
function cnt(v, missing = '—') {
    if (v === null || v === undefined)
        return missing;
    return typeof v === 'number' ? (0,format/* formatCount */.B4)(v) : (0,render_escape/* safeText */.Hk)(v, 40);
}
/**
 * A tail-latency column (docs/ARCHITECTURE.md "Tail statistic"): the header names the statistic every row
 * uses (`p95 TTFT`); when rows use different ones the header is `Tail TTFT` and each value names
 * its own (`1.20 s (p95)`). A column never shows another statistic than it says.
 */
function tailColumn(rows, label, tail) {
    const stats = new Set(rows.map(tail).flatMap((t) => (t === null ? [] : [t.stat])));
    if (stats.size <= 1) {
        const stat = [...stats][0] ?? 'p99';
        return { header: `${stat} ${label}`, value: (row) => (0,format/* formatSeconds */.Xo)(tail(row)?.value ?? null) };
    }
    return {
        header: `Tail ${label}`,
        value: (row) => {
            const t = tail(row);
            return t === null ? (0,format/* formatSeconds */.Xo)(null) : `${(0,format/* formatSeconds */.Xo)(t.value)} (${t.stat})`;
        },
    };
}
/** The tail a cross_run curve point was judged on: p99, else the named `<base>_tail_stat`. */
function pointTail(p, base) {
    const p99 = p[`p99_${base}_s`];
    if (typeof p99 === 'number' && Number.isFinite(p99))
        return { stat: 'p99', key: `p99_${base}`, value: p99 };
    const stat = p[`${base}_tail_stat`];
    const v = p[`${base}_tail_s`];
    if ((stat === 'p95' || stat === 'p90') && typeof v === 'number' && Number.isFinite(v))
        return { stat, key: `${stat}_${base}`, value: v };
    return null;
}
function findingsTable(findings, limit = 200) {
    if (findings.length === 0)
        return '_No findings._\n';
    const rows = findings
        .slice(0, limit)
        .map((f) => [
        (0,render_escape/* safeText */.Hk)(f.severity),
        (0,render_escape/* safeText */.Hk)(f.code),
        f.cell_id ? (0,render_escape/* safeCode */.lI)(f.cell_id, 90) : '—',
        (0,render_escape/* safeText */.Hk)(f.message, 400),
    ]);
    let out = `${markdownTable([['Severity', 'Code', 'Cell', 'Message'], ...rows], { align: ['l', 'l', 'l', 'l'] })}\n`;
    if (findings.length > limit)
        out += `\n_${findings.length - limit} more findings are in report.json._\n`;
    return out;
}
function sectionSummary(r) {
    const s = r.run_summary;
    const sev = s.findings_by_severity;
    const lines = [
        `# InferGuard analysis`,
        ``,
        `## Executive summary`,
        ``,
        `- **Status:** ${(0,render_status.statusHeadline)({ head: r, diff: null })}`,
        // Counts of a report we did not write may be any JSON (run_summary allows more keys): only numbers are shown.
        `- **Cells:** ${(0,render_status/* cellStates */.NP)(s)}`,
        `- **Findings:** ${(0,render_escape/* safeText */.Hk)(sev.critical)} critical, ${(0,render_escape/* safeText */.Hk)(sev.warning)} warning, ${(0,render_escape/* safeText */.Hk)(sev.info)} info`,
    ];
    if (s.cost) {
        const c = s.cost;
        lines.push(`- **Cost:** ${(0,format/* formatMoney */.up)(c.compute_cost, c.currency)} for ${(0,format/* formatCount */.B4)(c.gpu_hours)} GPU-hours; ${(0,format/* formatMoney */.up)(c.cost_per_million_output_tokens, c.currency)} per million output tokens`);
    }
    if (s.missing_artifacts.length > 0)
        lines.push(`- **Missing required artifacts:** ${s.missing_artifacts.length}`);
    lines.push(`- **Input:** ${(0,render_escape/* safeCode */.lI)(r.input_root)} · analyzer ${(0,render_escape/* safeText */.Hk)(r.analyzer.inferguard_version)}`);
    return `${lines.join('\n')}\n`;
}
function sectionFindings(r) {
    return `## Findings\n\n${findingsTable(r.findings)}`;
}
function sectionMatrix(r) {
    const ttft = tailColumn(r.cells, 'TTFT', (c) => (0,curve_tail/* tailStat */.Xh)(c, 'ttft'));
    const tpot = tailColumn(r.cells, 'TPOT', (c) => (0,curve_tail/* tailStat */.Xh)(c, 'tpot'));
    // Per-GPU throughput; the absolute tok/s where the GPU count is unknown (the header says which).
    const tput = (0,throughput/* throughputColumn */.XX)(r.cells, (c) => (0,throughput/* cellThroughput */.pD)(c.metrics), {
        per_gpu: 'Tput/GPU (tok/s)',
        total: 'Total tput (tok/s)',
        output: 'Output tput (tok/s)',
        mixed: 'Tput (tok/s: /GPU, total or output)',
    });
    const rows = r.cells.map((c) => {
        const costPerM = c.cost?.cost_per_million_output_tokens;
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            (0,render_escape/* safeText */.Hk)((0,throughput/* producerName */.Yp)(c), 40),
            (0,render_escape/* safeText */.Hk)(c.hardware ?? '—'),
            c.concurrency === null ? '—' : String(c.concurrency),
            (0,format/* formatPct */.R8)(c.completion.success_rate),
            ttft.value(c),
            tpot.value(c),
            tput.value(c),
            costPerM === undefined ? '—' : (0,format/* formatMoney */.up)(costPerM, c.cost?.currency),
        ];
    });
    const table = markdownTable([
        ['Cell', 'Format', 'Hardware', 'Conc', 'Success', ttft.header, tpot.header, tput.header, 'Cost / M out tok'],
        ...rows,
    ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'] });
    return `## Benchmark matrix\n\n${table}\n`;
}
function sectionCompleteness(r) {
    const required = r.artifact_manifest.filter((a) => a.required);
    const present = required.filter((a) => a.present).length;
    const missing = required.filter((a) => !a.present);
    let out = `## Artifact completeness\n\nRequired files present: ${present} of ${required.length}.\n`;
    if (missing.length > 0) {
        out += `\n${markdownTable([['Missing file', 'Kind', 'Cell'], ...missing.map((m) => [(0,render_escape/* safeCode */.lI)(m.path, 120), (0,render_escape/* safeText */.Hk)(m.kind), m.cell_id ? (0,render_escape/* safeCode */.lI)(m.cell_id, 90) : '—'])])}\n`;
    }
    return out;
}
function sectionPerCell(r) {
    const parts = ['## Per-cell results\n'];
    for (const c of r.cells) {
        const comp = c.completion;
        const rows = [
            ['Identity', (0,render_escape/* safeText */.Hk)([c.model, c.framework, c.precision, c.hardware].filter(Boolean).join(' · ') || '—')],
            [
                'Shape',
                `isl ${cnt(c.isl)} / osl ${cnt(c.osl)} · concurrency ${cnt(c.concurrency)}${c.scenario_type ? ` · ${(0,render_escape/* safeText */.Hk)(c.scenario_type)}` : ''}`,
            ],
            [
                'Completion',
                `${(0,render_status/* cellStateWord */._R)(comp.status)}: ${cnt(comp.num_requests_successful, '?')} / ${cnt(comp.num_requests_total, '?')} requests${comp.success_rate !== null ? ` (${(0,format/* formatPct */.R8)(comp.success_rate)})` : ''}${comp.sessions_total !== null ? `; sessions ${cnt(comp.sessions_completed, '?')} / ${cnt(comp.sessions_total)}` : ''}`,
            ],
            ...['ttft', 'tpot', 'e2el'].map((base) => {
                const tail = (0,curve_tail/* tailStat */.Xh)(c, base);
                return [
                    `${base.toUpperCase()} p50 / ${tail?.stat ?? 'p99'}`,
                    `${(0,format/* formatSeconds */.Xo)(num(c, `p50_${base}`))} / ${(0,format/* formatSeconds */.Xo)(tail?.value ?? null)}`,
                ];
            }),
            [
                'Throughput',
                `${(0,format/* formatTokensPerSec */.WQ)(num(c, 'tput_per_gpu'))} tok/s/GPU total · ${(0,format/* formatTokensPerSec */.WQ)(num(c, 'output_tput_tps'))} tok/s output`,
            ],
        ];
        const hit = num(c, 'server_gpu_cache_hit_rate');
        if (hit !== null)
            rows.push([
                'Prefix cache (GPU / theoretical)',
                `${(0,format/* formatPct */.R8)(hit)} / ${(0,format/* formatPct */.R8)(num(c, 'theoretical_cache_hit_rate'))}`,
            ]);
        const g2c = num(c, 'kv_offload_bytes_gpu_to_cpu');
        if (g2c !== null)
            rows.push([
                'KV offload G→C / C→G',
                `${(0,format/* formatBytes */.z3)(g2c)} / ${(0,format/* formatBytes */.z3)(num(c, 'kv_offload_bytes_cpu_to_gpu'))}`,
            ]);
        const kv = num(c, 'kv_cache_usage_p95');
        if (kv !== null)
            rows.push(['KV cache usage p95 / max', `${(0,format/* formatPct */.R8)(kv)} / ${(0,format/* formatPct */.R8)(num(c, 'kv_cache_usage_max'))}`]);
        const evalKeys = Object.keys(c.metrics)
            .filter((k) => k.startsWith('eval_') && !k.endsWith('_stderr'))
            .sort();
        for (const k of evalKeys)
            rows.push([(0,render_escape/* safeText */.Hk)(k), (0,format/* formatCount */.B4)(c.metrics[k])]);
        const b = c.bottleneck;
        if (b && typeof b.primary === 'string') {
            rows.push([
                'Bottleneck (descriptive)',
                `${(0,render_escape/* safeText */.Hk)(b.primary)}${b.secondary && b.secondary.length > 0 ? ` (also ${(0,render_escape/* safeText */.Hk)(b.secondary.join(', '))})` : ''} · confidence ${(0,format/* formatCount */.B4)(b.confidence)}`,
            ]);
        }
        if (c.cost)
            rows.push([
                'Compute cost',
                `${(0,format/* formatMoney */.up)(c.cost.compute_cost, c.cost.currency)} (${(0,format/* formatCount */.B4)(c.cost.gpu_hours)} GPU-h)`,
            ]);
        rows.push([
            'Findings',
            c.findings.length === 0 ? 'none' : (0,render_escape/* safeText */.Hk)(c.findings.map((f) => `${f.severity} ${f.code}`).join(', '), 2000),
        ]);
        parts.push(`### ${(0,render_escape/* safeCode */.lI)(c.cell_id, 160)}\n\n<details><summary>${(0,render_escape/* safeText */.Hk)((0,throughput/* producerName */.Yp)(c))}${c.source_variant && c.source_variant !== (0,throughput/* producerName */.Yp)(c) ? ` (${(0,render_escape/* safeText */.Hk)(c.source_variant)})` : ''}</summary>\n\n${markdownTable([['Field', 'Value'], ...rows])}\n\n</details>\n`);
    }
    return parts.join('\n');
}
function sectionTimeline(r) {
    const cells = r.cells.filter((c) => c.timeline && typeof c.timeline === 'object');
    if (cells.length === 0)
        return `## Live timeline\n\n_No inferguard_timeline.jsonl was found._\n`;
    const rows = cells.map((c) => {
        const t = c.timeline;
        const counts = t.finding_counts_by_code ?? {};
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            cnt(t.sample_count),
            (0,render_escape/* safeText */.Hk)(t.first_observed_at ?? '—'),
            (0,render_escape/* safeText */.Hk)(t.last_observed_at ?? '—'),
            (0,render_escape/* safeText */.Hk)(Object.entries(counts)
                .map(([k, v]) => `${k} ×${v}`)
                .join(', ') || 'none', 1000),
            (0,render_escape/* safeText */.Hk)(t.first_critical_finding_at ?? '—'),
            typeof t.lead_time_s === 'number' ? `${(0,format/* formatCount */.B4)(t.lead_time_s)} s` : '—',
        ];
    });
    return `## Live timeline\n\n${markdownTable([['Cell', 'Samples', 'First', 'Last', 'Live findings (samples)', 'First critical', 'Lead to TTFT cliff'], ...rows])}\n`;
}
function sectionCost(r) {
    const cells = r.cells.filter((c) => c.cost);
    const run = r.run_summary.cost;
    if (cells.length === 0 && !run)
        return null;
    const cur = run?.currency ?? cells[0]?.cost?.currency ?? 'USD';
    const rows = cells.map((c) => {
        const k = c.cost;
        return [
            (0,render_escape/* safeCode */.lI)(c.cell_id, 90),
            (0,format/* formatCount */.B4)(k.gpus),
            (0,format/* formatMoney */.up)(k.gpu_hour_cost, k.currency),
            (0,format/* formatSeconds */.Xo)(k.duration_seconds),
            (0,format/* formatCount */.B4)(k.gpu_hours),
            (0,format/* formatMoney */.up)(k.compute_cost, k.currency),
            (0,format/* formatMoney */.up)(k.completion_basis === 'session-based' ? k.cost_per_completed_session : k.cost_per_completed_request, k.currency),
            (0,format/* formatMoney */.up)(k.cost_per_million_input_tokens, k.currency),
            (0,format/* formatMoney */.up)(k.cost_per_million_output_tokens, k.currency),
        ];
    });
    if (run) {
        rows.push([
            '**run (sums)**',
            (0,format/* formatCount */.B4)(run.gpus),
            (0,format/* formatMoney */.up)(run.gpu_hour_cost, cur),
            (0,format/* formatSeconds */.Xo)(run.duration_seconds),
            (0,format/* formatCount */.B4)(run.gpu_hours),
            (0,format/* formatMoney */.up)(run.compute_cost, cur),
            (0,format/* formatMoney */.up)(run.completion_basis === 'session-based' ? run.cost_per_completed_session : run.cost_per_completed_request, cur),
            (0,format/* formatMoney */.up)(run.cost_per_million_input_tokens, cur),
            (0,format/* formatMoney */.up)(run.cost_per_million_output_tokens, cur),
        ]);
    }
    const table = markdownTable([
        [
            'Cell',
            'GPUs',
            'Price / GPU-h',
            'Duration',
            'GPU-hours',
            'Compute cost',
            'Per completed unit',
            'Per M input tok',
            'Per M output tok',
        ],
        ...rows,
    ], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] });
    return `## Cost\n\nThe run line is computed from sums over cells (GPU-hours, cost, completed units), not from an average of ratios. Without a measured duration, cost per million tokens comes from throughput.\n\n${table}\n`;
}
function crossRunFamilies(r) {
    const cr = r.cross_run;
    return Array.isArray(cr?.families) ? cr.families : [];
}
function sectionCurves(r) {
    const fams = crossRunFamilies(r).filter((f) => f.points >= 2);
    if (fams.length === 0)
        return null;
    const parts = ['## Curve analysis\n'];
    for (const f of fams) {
        const slo = f.curve.some((p) => 'slo_compliant' in p);
        const ttft = tailColumn(f.curve, 'TTFT', (p) => pointTail(p, 'ttft'));
        const tpot = tailColumn(f.curve, 'TPOT', (p) => pointTail(p, 'tpot'));
        const rows = f.curve.map((p) => {
            const row = [
                cnt(p.concurrency),
                (0,format/* formatPct */.R8)(p.success_rate),
                (0,format/* formatTokensPerSec */.WQ)(p.tput_per_gpu),
                ttft.value(p),
                tpot.value(p),
                (0,render_escape/* safeText */.Hk)(f.findings
                    .filter((x) => x.cell_id === p.cell_id)
                    .map((x) => `${x.severity} ${x.code}`)
                    .join(', ') || '—'),
            ];
            if (slo)
                row.push(p.slo_compliant === true ? 'yes' : p.slo_compliant === false ? 'no' : '—');
            return row;
        });
        const header = ['Conc', 'Success', 'Tput/GPU (tok/s)', ttft.header, tpot.header, 'Findings at this point'];
        if (slo)
            header.push('Meets SLO');
        parts.push(`### ${(0,render_escape/* safeText */.Hk)(f.label || 'family')}\n\n${markdownTable([header, ...rows], { align: ['r', 'r', 'r', 'r', 'r', 'l', ...(slo ? ['l'] : [])] })}\n`);
        const notes = [];
        if (f.curve_rules_applied === false)
            notes.push(`- Too few points for the curve rules (TTFT cliff, throughput plateau).`);
        if (f.knee)
            notes.push(`- **Knee:** c${cnt(f.knee.concurrency, '?')} (${(0,render_escape/* safeText */.Hk)(f.knee.basis)}).`);
        else if (f.curve_rules_applied !== false)
            notes.push('- **Knee:** no TTFT cliff along the measured points.');
        if (f.goodput) {
            notes.push(f.goodput.max_compliant_concurrency === null
                ? '- **Goodput:** no measured point meets the configured SLOs.'
                : `- **Goodput:** highest SLO-compliant concurrency c${cnt(f.goodput.max_compliant_concurrency)} at ${(0,format/* formatTokensPerSec */.WQ)(f.goodput.tput_per_gpu)} tok/s/GPU.`);
        }
        for (const x of f.findings)
            notes.push(`- ${(0,render_escape/* safeText */.Hk)(x.severity)} ${(0,render_escape/* safeCode */.lI)(x.code, 60)}: ${(0,render_escape/* safeText */.Hk)(x.message, 400)}`);
        if (notes.length > 0)
            parts.push(`${notes.join('\n')}\n`);
    }
    return parts.join('\n');
}
function sectionNextMeasurements(r) {
    const items = crossRunFamilies(r).flatMap((f) => f.next_measurements.map((m) => ({ ...m, label: f.label })));
    if (items.length === 0)
        return null;
    const lines = items.map((m) => `- ${(0,render_escape/* safeText */.Hk)(m.label)}: ${m.kind === 'new_point' ? `measure c${cnt(m.concurrency)}` : `re-run c${cnt(m.concurrency)}${m.cell_id ? ` (${(0,render_escape/* safeCode */.lI)(m.cell_id, 90)})` : ''}`}: ${(0,render_escape/* safeText */.Hk)(m.reason, 400)}.`);
    return `## Next measurements\n\nPoints the evidence above asks for (descriptive; no configuration change is implied).\n\n${lines.join('\n')}\n`;
}
function sectionManifest(r) {
    const rows = r.artifact_manifest.map((a) => [
        a.present ? '✅' : '❌',
        (0,render_escape/* safeCode */.lI)(a.path, 200),
        (0,render_escape/* safeText */.Hk)(a.kind),
        a.required ? 'yes' : 'no',
        a.cell_id ? (0,render_escape/* safeCode */.lI)(a.cell_id, 90) : '—',
    ]);
    return `## Artifact manifest\n\n<details><summary>${r.artifact_manifest.length} files</summary>\n\n${markdownTable([['', 'Path', 'Kind', 'Required', 'Cell'], ...rows])}\n\n</details>\n`;
}
/** Sections in render order (curve analysis, next measurements and gates slot in at 70–85). */
const SECTIONS = [
    { order: 10, render: sectionSummary },
    { order: 20, render: sectionFindings },
    { order: 30, render: sectionMatrix },
    { order: 35, render: sectionCost },
    { order: 40, render: sectionCompleteness },
    { order: 50, render: sectionPerCell },
    { order: 60, render: sectionTimeline },
    { order: 70, render: sectionCurves },
    { order: 80, render: sectionNextMeasurements },
    { order: 85, render: (r) => (r.gates ? renderGatesMarkdown(r.gates) : null) },
    { order: 90, render: sectionManifest },
];
function renderReportMarkdown(report) {
    const sections = [...SECTIONS].sort((a, b) => a.order - b.order);
    return `${sections
        .map((s) => s.render(report))
        .filter((s) => !!s)
        .join('\n')
        .trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./src/render/summary.ts
/**
 * The job summary: the comment's sections (without the comment's marker line) with larger row caps
 * and budget (a step summary may be up to 1 MiB; docs/ACTION.md), then the full report.md in a
 * closed <details>, cut at a line boundary when the whole would not fit. A pure function of the
 * same input as the comment, so the two state the same facts.
 */

const OPEN = '\n\n<details><summary>Full report</summary>\n\n';
const CLOSE = '\n</details>\n';
const CUT_NOTE = '\n\n_report.md is cut here to fit the job summary; the whole file is in the report artifact._\n';
/**
 * @param input the comment's input; `budgetChars` here is the summary's budget (default 900,000).
 * @param reportMarkdown report.md, appended in <details> (cut to what fits).
 */
function renderJobSummary(input, reportMarkdown) {
    let budget = input.budgetChars ?? render_comment/* SUMMARY_BUDGET_CHARS */.hF;
    // GitHub's limit is 1 MiB of UTF-8; the budget counts UTF-16 units. Shrink until the bytes fit.
    for (let i = 0; i < 4; i++) {
        const out = build(input, reportMarkdown, budget);
        const bytes = Buffer.byteLength(out, 'utf8');
        if (bytes <= SUMMARY_MAX_BYTES)
            return out;
        budget = Math.floor((budget * SUMMARY_MAX_BYTES * 0.95) / bytes);
    }
    return build(input, '', Math.floor(SUMMARY_MAX_BYTES / 4));
}
/** Bytes a step summary may have (1 MiB), less a margin. */
const SUMMARY_MAX_BYTES = 1_000_000;
function build(input, reportMarkdown, budget) {
    const sections = (0,render_comment/* renderCommentSections */.GF)(input, budget, render_comment/* SUMMARY_LIMITS */.QF);
    if (!reportMarkdown)
        return sections;
    const room = budget - sections.length - OPEN.length - CLOSE.length;
    if (reportMarkdown.length <= room)
        return `${sections}${OPEN}${reportMarkdown}${CLOSE}`;
    const cut = reportMarkdown.lastIndexOf('\n', room - CUT_NOTE.length);
    if (cut <= 0)
        return sections;
    // Never leave a table or <details> of report.md open at the cut: cut before the last open block.
    let body = reportMarkdown.slice(0, cut);
    const opens = (body.match(/<details>/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length;
    if (opens > 0)
        body = `${body}\n${'\n</details>'.repeat(opens)}`;
    return `${sections}${OPEN}${body}${CUT_NOTE}${CLOSE}`;
}

// EXTERNAL MODULE: ./src/io/config-file.ts + 1 modules
var config_file = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/io/read-report.ts + 1 modules
var read_report = __webpack_require__(9068);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 14 modules
var validate = __webpack_require__(1098);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The one pipeline of the action, `inferguard analyze` and `inferguard compare`:
 *
 *   settings (config + gates, parsed once, before any work)
 *   → head report (analyze a results dir, merge shard reports, or read a report.json)
 *   → baseline → compare → gates (evaluated once) → exit decision (src/core/exit-policy.ts)
 *   → rendered outputs (report.md, the comment within its budget, the job summary).
 *
 * The entry points (src/action/run.ts, src/cli.ts, src/cli-compare.ts) pass the I/O steps in, write
 * what they need (src/io/outputs.ts) and act on the outcome. The head step returns the report with
 * whatever the entry point knows about it (its context: the PR, the run); the baseline step and
 * the outcome carry that context on, so no entry point keeps a side object.
 */












/** Verdict shown (and output) when there was nothing to compare against. */
const NO_BASELINE_VERDICT = 'NO_BASELINE';
/**
 * Parses the gates once (the config's, then `gateLines`, one per line, named `gateInput` in
 * messages) and fixes the exit policy.
 */
function pipelineSettings(config, gateLines, gateInput, policy) {
    const gates = [...(0,core_gates/* parseGates */.MJ)(config.gates), ...(0,core_gates/* parseGateLines */.GB)(gateLines, gateInput)];
    return { config, gates, policy, compare: (0,options/* compareOptionsFromConfig */.oF)(config) };
}
/** Evaluates every applicable gate once, against the head report and the diff. */
function evaluateRunGates(settings, report, diff, compareStep) {
    const gates = compareStep ? settings.gates : settings.gates.filter((g) => !(0,core_gates/* isDiffGate */.NS)(g));
    if (gates.length === 0)
        return null;
    const block = (0,core_gates/* evaluateGates */.ud)(gates, { report, diff });
    (0,validate/* assertContract */.jj)('inferguard-gates/v1', block, 'gates block');
    return block;
}
/** Cells of the diff that were matched with a base cell (compared or with too little data). */
function matchedCells(diff) {
    const k = diff.counts;
    return k.regressed + k.improved + k.unchanged + k.insufficient_data;
}
/** The settings under an accept label: every metric regression accepted ('*'), regressions never fail. */
function accepting(settings) {
    return {
        compare: { ...settings.compare, accept: [...(settings.compare.accept ?? []), '*'] },
        policy: { ...settings.policy, acceptRegressions: true },
    };
}
/** Signed percent of a relative change. */
function pct(x) {
    return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
/**
 * One line per accepted thing: each metric whose regressions compare.accept took (reason
 * `accepted`; cells and range of change), the REGRESSION verdict, each regression finding.
 */
function acceptedItems(decision, diff) {
    const byMetric = new Map();
    for (const c of diff?.cells ?? [])
        for (const m of c.verdict?.comparisons ?? []) {
            if (m.reason !== 'accepted')
                continue;
            const e = byMetric.get(m.metric) ?? { cells: 0, deltas: [] };
            e.cells++;
            if (typeof m.relative_delta === 'number' && Number.isFinite(m.relative_delta))
                e.deltas.push(m.relative_delta);
            byMetric.set(m.metric, e);
        }
    const metrics = [...byMetric.entries()].map(([metric, { cells, deltas }]) => {
        const lo = Math.min(...deltas);
        const hi = Math.max(...deltas);
        const range = deltas.length === 0 ? '' : `, ${pct(lo)}${lo === hi ? '' : ` to ${pct(hi)}`}`;
        return `${metric} regressed (${cells} cell(s)${range})`;
    });
    const rest = decision.accepted.map((a) => 
    // Items are joined with '; ' and the list ends with '.': a message's own final period goes.
    a.what === 'verdict'
        ? `REGRESSION verdict: ${a.message.replace(/\.\s*$/, '')}`
        : `${a.code}: ${a.message.replace(/\.\s*$/, '')}`);
    return [...metrics, ...rest];
}
/** Runs the pipeline: head, baseline, compare, gates, decision, renders. Writes nothing. */
async function runPipeline(settings, steps, render) {
    const headStep = await steps.head();
    const head = headStep.report;
    const label = steps.acceptedBy ? steps.acceptedBy(headStep) : null;
    const { compare, policy } = label ? accepting(settings) : settings;
    const baseline = steps.baseline ? await steps.baseline(headStep) : { report: null, note: null };
    const base = Array.isArray(baseline.report) && baseline.report.length === 0 ? null : baseline.report;
    let diff = base ? compareReports(base, head, compare) : null;
    let baselineNote = baseline.note;
    if (diff) {
        // A baseline we did not write can hold values whose comparison is not representable (e.g.
        // standard errors near the double limit): that is "no baseline" with the reason, never a
        // failed step or an invalid compare.json.
        const check = (0,validate/* validateContract */.T7)(diff.schema_version, diff);
        if (!check.ok) {
            baselineNote = `the comparison with the baseline does not satisfy ${diff.schema_version} (${check.errors[0] ?? 'invalid'}); baseline not used`;
            diff = null;
        }
    }
    const gates = evaluateRunGates(settings, head, diff, steps.baseline !== undefined);
    const report = gates ? Object.assign(head, { gates }) : head;
    if (diff && gates)
        Object.assign(diff, { gates });
    const findings = (0,order/* mergeFindings */.DF)(Array.isArray(report.findings) ? report.findings : [], diff?.findings ?? []);
    const verdict = diff ? diff.verdict.verdict : NO_BASELINE_VERDICT;
    const decision = (0,exit_policy/* decideExit */.DP)(policy, {
        findings,
        gates,
        verdict: diff ? verdict : null,
        ...(diff ? { matched: matchedCells(diff), verdictSummary: diff.verdict.summary } : {}),
    });
    const accepted = label ? { label, items: acceptedItems(decision, diff) } : null;
    let markdown = null;
    const markdownOf = () => (markdown ??= renderReportMarkdown(report));
    let comment = null;
    let summary = null;
    if (render) {
        const run = { ...render.run, ...(baselineNote !== null ? { baselineNote } : {}) };
        const input = {
            head: report,
            diff,
            suiteKey: render.suiteKey,
            ...(render.run || baselineNote ? { run } : {}),
            check: {
                failed: decision.failed,
                reasons: decision.reasons.map((r) => r.brief),
                policy: (0,exit_policy/* policySummary */.jZ)(settings.policy),
                ...(accepted ? { accepted } : {}),
            },
        };
        comment = (0,render_comment/* renderComment */.wQ)(input);
        if (render.summary)
            summary = renderJobSummary(input, markdownOf());
    }
    return {
        report,
        context: headStep.context,
        diff,
        baselineNote,
        gates,
        findings,
        verdict,
        decision,
        accepted,
        get markdown() {
            return markdownOf();
        },
        comment,
        summary,
        diffValidated: diff !== null,
    };
}
/**
 * `inferguard analyze`: a results dir in; report.json / report.md (and, with a baseline,
 * compare.json and comment.md) written to the output dir; the outcome and its exit decision out.
 */
async function analyzeResultsDir(opts) {
    const { readResultsDir, analyzeOutputDir } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 2722));
    const config = opts.config ?? (await (0,config_file/* loadConfig */.Z)(opts.configFile));
    const policy = opts.policy ?? { failOn: 'critical', failOnRegression: false };
    const settings = pipelineSettings(config, opts.gateLines ?? '', 'gates', policy);
    const baselineFile = opts.baselineFile;
    const steps = { head: async () => ({ report: await readResultsDir(opts, config), context: null }) };
    if (baselineFile !== undefined)
        steps.baseline = async () => ({
            report: await (0,read_report.readContractFile)(baselineFile, 'inferguard-analyze/v1', '--baseline'),
            note: null,
        });
    const outcome = await runPipeline(settings, steps, baselineFile !== undefined ? { suiteKey: 'default' } : null);
    const outputDir = analyzeOutputDir(opts);
    const written = await (0,outputs/* writeOutputs */.K)(outputDir, outcome, { report: opts.format ?? 'both', compare: true, comment: true }, opts.cwd ?? process.cwd());
    return { ...written, report: outcome.report, markdown: outcome.markdown, outputDir, outcome };
}
/** `inferguard compare`: two report.json files in; compare.json and comment.md written. */
async function compareReportFiles(opts) {
    const config = await (0,config_file/* loadConfig */.Z)(opts.configFile);
    const settings = pipelineSettings(config, '', 'gates', opts.policy);
    const { readBaseReports } = await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.bind(__webpack_require__, 4973));
    // The history runs after the preferred one are slimmed as they are read (src/io/slim-report.ts).
    const bases = await readBaseReports(typeof opts.basePath === 'string' ? [opts.basePath] : opts.basePath, {
        slim: true,
    });
    const base = bases.reports.length === 1 ? bases.reports[0] : bases.reports;
    const steps = {
        head: async () => ({
            report: await (0,read_report.readContractFile)(opts.headPath, 'inferguard-analyze/v1', '--head'),
            context: null,
        }),
        baseline: async () => ({
            report: base,
            note: bases.reports.length > 1
                ? `${bases.reports.length} base runs${bases.skipped.length > 0 ? `, ${bases.skipped.length} file(s) skipped` : ''}`
                : null,
        }),
    };
    const outcome = await runPipeline(settings, steps, { suiteKey: opts.suiteKey ?? 'default' });
    const outDir = opts.outputDir ?? external_node_path_default().dirname(opts.headPath);
    const written = await (0,outputs/* writeOutputs */.K)(outDir, outcome, { report: 'none', compare: true, comment: true });
    return {
        outcome,
        comparePath: written.comparePath ?? external_node_path_default().join(outDir, 'compare.json'),
        commentPath: written.commentPath ?? external_node_path_default().join(outDir, 'comment.md'),
        skipped: bases.skipped,
        bases: bases.reports,
    };
}


/***/ }),

/***/ 9259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hF: () => (/* binding */ SUMMARY_BUDGET_CHARS),
  QF: () => (/* binding */ SUMMARY_LIMITS),
  wQ: () => (/* binding */ renderComment),
  GF: () => (/* binding */ renderCommentSections)
});

// UNUSED EXPORTS: COMMENT_BUDGET_CHARS, COMMENT_LIMITS, commentMarker, suiteSlug

// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(6020);
// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/labels.ts
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
    const info = (0,core_metrics/* metricInfo */.R)(metric);
    return (0,render_escape/* safeText */.Hk)(info ? info.label : metric.replace(/_/g, ' '), 60);
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
    return TOPOLOGY_LABELS[key] ?? (0,render_escape/* safeText */.Hk)(key.replace(/_/g, ' '), 24);
}
function topologyValue(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    if (typeof v === 'number')
        return String(v);
    return (0,render_escape/* safeText */.Hk)(String(v), 24);
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
    return (0,render_escape/* safeText */.Hk)(FAMILY_FIELDS.map((f) => p[f])
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
    return (0,render_escape/* safeText */.Hk)(fields
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

// EXTERNAL MODULE: ./src/core/cells/identity.ts
var identity = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/core/compare/verdicts.ts + 1 modules
var verdicts = __webpack_require__(7086);
;// CONCATENATED MODULE: ./src/render/comment/cells.ts



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
    const id = (0,verdicts/* identityOf */.cu)(c);
    return { identity: id, topology: matchedTopology(c), id: c.cell_id };
}
/** The topology keys a cell is matched on (its family key's `topology`, without writing and re-parsing the key). */
function matchedTopology(c) {
    try {
        return (0,identity/* topologyKey */.Tk)(c.is_multinode ?? null, c.topology ?? {});
    }
    catch {
        return {};
    }
}
function familyKeySafe(c) {
    try {
        return (0,identity/* familyKey */.Q5)((0,verdicts/* identityOf */.cu)(c), c.topology ?? {});
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
    const names = nameCells(refs);
    const out = new Map();
    refs.forEach((r, i) => {
        const parts = [names.config[i] ?? ''];
        names.topologyKeys.forEach((k, j) => parts.push(`${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`));
        if (r.identity.concurrency !== null)
            parts.push(`c${r.identity.concurrency}`);
        out.set(r.id, parts.filter((p) => p !== '').join(' · ') || 'one cell');
    });
    return out;
}
/** Label columns (config, conc, varying topology) for the rows' cells, named against each other. */
function labelColumns(cells) {
    const names = nameCells(cells.map(diffRef));
    const withConfig = names.config.some((c) => c !== '');
    const header = [...(withConfig ? ['Config'] : []), 'Conc', ...names.topologyKeys.map((k) => topologyLabel(k))];
    const cols = cells.map((_, i) => [
        ...(withConfig ? [names.config[i] || '—'] : []),
        names.concurrency[i] ?? '—',
        ...(names.topology[i] ?? []),
    ]);
    return { header, cols, common: names.common };
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
;// CONCATENATED MODULE: ./src/render/comment/format.ts



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
            return (0,format/* formatSeconds */.Xo)(v);
        case 'tok/s/GPU':
        case 'tok/s':
            return (0,format/* formatTokensPerSec */.WQ)(v);
        case 'fraction':
            return (0,format/* formatPct */.R8)(v);
        case 'currency':
            return (0,format/* formatMoney */.up)(v, currency);
        case 'score':
            return (0,format/* formatScore */.y)(v);
        default:
            return (0,format/* formatCount */.B4)(v);
    }
}
function table(rows, align) {
    return `${(0,markdown_table/* markdownTable */.Q)(rows, { align })}\n`;
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
    return typeof c === 'string' ? (0,render_escape/* safeText */.Hk)(c, 8) : 'USD';
}

;// CONCATENATED MODULE: ./src/render/comment/rows.ts

/** The mark of a suspicious change: shown, never a failure (never 🔴). */
const SUSPICIOUS_ICON = '🟡';
/** Suspicious rows shown open; the rest (up to the limit) in a <details>. */
const SUSPICIOUS_OPEN = 5;
/** Beyond the cell's usual range but inside the heavy tail of noise: shown, never a verdict. */
function isSuspicious(c) {
    return c.suspicious === true && c.outcome !== 'regressed' && c.outcome !== 'improved';
}
/** Why a metric is suspicious, from its reason code (compare.json `reason`; never from `note`). */
function suspiciousWhy(c) {
    return c.reason === 'isolated_tail'
        ? "tail alone (median and neighbours held), outside this cell's usual range; re-run to confirm"
        : "outside this cell's usual range; re-run to confirm";
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
    rows.sort((a, b) => mag(b.c) - mag(a.c) || a.order - b.order || cmp(a.c.metric, b.c.metric));
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
        cmp(a.c.metric, b.c.metric));
    return rows;
}

;// CONCATENATED MODULE: ./src/render/comment/context.ts




function commentContext(input, budget, limits) {
    const { head, diff } = input;
    const findings = (0,render_status/* allFindings */.c4)(head, diff);
    const index = cellIndex(head, diff);
    const changeCells = diff
        ? [...changes(diff).slice(0, limits.changeRows), ...suspiciousRows(diff).slice(0, limits.suspiciousRows)].map((r) => r.cell.head_cell_id ?? r.cell.base_cell_id)
        : [];
    const findingCells = [
        ...new Set([...findings.map((f) => f.cell_id), ...changeCells].filter((x) => !!x && index.has(x))),
    ];
    return {
        input,
        head,
        diff,
        budget,
        limits,
        findings,
        currency: currencyOf(head),
        requests: (0,render_status/* requestTotals */.vZ)(head),
        index,
        labels: shortLabels([...index.values()]),
        named: findingCells.map((id) => index.get(id)),
    };
}

;// CONCATENATED MODULE: ./src/render/comment/environment.ts


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
    const shown = values.slice(0, 2).map((v) => (0,render_escape/* safeText */.Hk)(v, max));
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
    return `${envFieldText(first)}${more.length > 0 ? ` (+${NB}${more.join(', ')})` : ''}`;
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
    const cells = `${c.n} of ${plural(c.known, 'compared cell')}${c.others > 0 ? `; ${c.others} more with other changes` : ''}`;
    return `⚠️ Base and head ${what}: ${values} (${cells}); run-to-run noise across machines is larger than on one.`;
}

;// CONCATENATED MODULE: ./src/render/comment/delta.ts



/** The change of one comparison, marked 🔴 worse / 🟢 better when decided. */
function deltaText(c) {
    const text = c.kind === 'completion' && c.unit === 'fraction'
        ? (0,format/* formatSignedPoints */.t0)(c.delta)
        : c.kind === 'eval'
            ? (0,format/* formatSigned */.Gp)(c.delta, 4)
            : (0,format/* formatSignedPct */.lA)(c.relative_delta);
    const mark = c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : isSuspicious(c) ? ` ${SUSPICIOUS_ICON}` : '';
    return nb(`${text}${mark}`);
}
/** Head value and its change on one line ("3.40 s +30% 🔴"); just the value when unchanged. */
function headAndDelta(c, currency) {
    if (!c)
        return '—';
    const v = formatValue(c.unit, c.head, currency);
    if (c.head === null)
        return c.base === null ? '—' : nb(`— (was ${formatValue(c.unit, c.base, currency)})`);
    if (c.outcome !== 'regressed' && c.outcome !== 'improved' && !isSuspicious(c))
        return nb(v);
    return nb(`${v} ${deltaText(c)}`);
}
/** How many base runs a comparison rests on (compare.json `n_base_runs`), as the evidence says it. */
function runsText(c) {
    const n = c.n_base_runs;
    return typeof n === 'number' ? `, ${plural(n, 'base run')}` : '';
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
            return `outside base-run interval q=${(0,format/* formatPValue */.td)(c.q_value)}, shift ${(0,format/* formatSignedPct */.lA)(c.effect_size)}`;
        case 'mann_whitney_u':
            return `Mann-Whitney q=${(0,format/* formatPValue */.td)(c.q_value)}, shift ${(0,format/* formatSignedPct */.lA)(c.effect_size)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
        case 'bootstrap_quantile':
            return `bootstrap q=${(0,format/* formatPValue */.td)(c.q_value)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
        case 'noise_band':
            return `beyond ±${c.threshold ? (c.threshold.basis === 'absolute' ? `${(c.threshold.value * 100).toFixed(1)} pt` : `${(c.threshold.value * 100).toFixed(0)}%`) : '?'} band`;
        case 'eval_stderr':
            return `beyond ${c.threshold?.name === 'eval stderr' ? 'stderr' : 'min drop'} ${c.threshold ? c.threshold.value.toFixed(4) : '?'}`;
        default:
            return '—';
    }
}

// EXTERNAL MODULE: ./src/core/curve/tail.ts
var curve_tail = __webpack_require__(7101);
// EXTERNAL MODULE: ./src/render/throughput.ts
var throughput = __webpack_require__(2736);
;// CONCATENATED MODULE: ./src/render/comment/head-only.ts








/** Without a baseline: a compact head-only table per family (capped), so the comment still shows the run. */
function headOnlyCells(head, max) {
    const cells = [...(head.cells ?? [])];
    if (cells.length === 0)
        return '_The report has no cells._\n';
    const byFam = new Map();
    for (const c of cells) {
        const k = familyKeySafe(c);
        const l = byFam.get(k) ?? [];
        l.push(c);
        byFam.set(k, l);
    }
    const blocks = [];
    let n = 0;
    for (const [, list] of [...byFam.entries()].sort((a, b) => cmp(familyLabel((0,verdicts/* identityOf */.cu)(a[1][0])), familyLabel((0,verdicts/* identityOf */.cu)(b[1][0]))))) {
        if (n >= max)
            break;
        const sorted = list.sort((a, b) => (a.concurrency ?? Infinity) - (b.concurrency ?? Infinity) || cmp(a.cell_id, b.cell_id));
        const take = sorted.slice(0, max - n);
        n += take.length;
        const names = nameCells(take.map(cellRefOf));
        const carried = (k) => take.some((c) => fin(c.metrics?.[k]));
        const ttft = (0,curve_tail/* tailOfSet */.ap)('ttft', carried).key;
        const tpot = (0,curve_tail/* tailOfSet */.ap)('tpot', carried).key;
        // Per-GPU throughput; the absolute tok/s where the GPU count is unknown (the header says which).
        const tput = (0,throughput/* throughputColumn */.XX)(take, (c) => (0,throughput/* cellThroughput */.pD)(c.metrics), {
            per_gpu: metricLabel('tput_per_gpu'),
            total: metricLabel('total_tput_tps'),
            output: metricLabel('output_tput_tps'),
            mixed: 'Throughput (tok/s)',
        });
        const rows = take.map((c, i) => [
            names.concurrency[i] ?? '—',
            ...(names.topology[i] ?? []),
            (0,render_escape/* safeText */.Hk)(c.completion?.status ?? 'unknown', 20),
            nb((0,format/* formatPct */.R8)(c.completion?.success_rate)),
            nb((0,format/* formatSeconds */.Xo)(c.metrics?.[ttft])),
            nb((0,format/* formatSeconds */.Xo)(c.metrics?.[tpot])),
            nb(tput.value(c)),
        ]);
        const header = [
            'Conc',
            ...names.topologyKeys.map(topologyLabel),
            'Status',
            ...['success_rate', ttft, tpot].map((m) => metricLabel(m)),
            tput.header,
        ];
        const withConfig = names.config.some((x) => x !== '');
        const first = take[0];
        blocks.push(`**${familyLabel((0,verdicts/* identityOf */.cu)(first))}**\n\n${table([
            withConfig ? ['Config', ...header] : header,
            ...rows.map((r, i) => (withConfig ? [names.config[i] || '—', ...r] : r)),
        ], (withConfig ? ['Config', ...header] : header).map((h) => (h === 'Status' || h === 'Config' ? 'l' : 'r')))}`);
    }
    const more = cells.length > n ? `\n_${cells.length - n} more cell(s) are in report.json (artifact)._\n` : '';
    return details(`Cells (${n} of ${cells.length})`, `${blocks.join('\n')}${more}`);
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
    const env = envRowText(d, diff);
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
        .sort((a, b) => order(a.metric) - order(b.metric) || cmp(a.metric, b.metric));
    const susp = (d.verdict?.comparisons ?? [])
        .filter(isSuspicious)
        .sort((a, b) => order(a.metric) - order(b.metric) || cmp(a.metric, b.metric))
        .map((c) => metricLabel(c.metric));
    const suspText = susp.length > 0
        ? ` · ${SUSPICIOUS_ICON} ${susp.slice(0, 2).join(', ')}${susp.length > 2 ? ` +${susp.length - 2}` : ''}`
        : '';
    if (moved.length === 0)
        return `${base}${suspText}`;
    const names = moved.map((c) => metricLabel(c.metric));
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
        const r = diffRef(f.cells[0]);
        return { ...r, identity: { ...r.identity, concurrency: null } };
    });
    const names = nameCells(refs);
    const full = new Set(fams.map((f) => familyLabel(f.cells[0].identity))).size < fams.length;
    fams.forEach((f, i) => {
        const topo = names.topologyKeys.map((k, j) => `${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`);
        f.label = [familyLabel(f.cells[0].identity, full), ...topo].join(' · ');
        f.cells.sort((a, b) => (a.identity.concurrency ?? Infinity) - (b.identity.concurrency ?? Infinity) ||
            cmp(a.head_cell_id ?? a.base_cell_id ?? '', b.head_cell_id ?? b.base_cell_id ?? ''));
    });
    return fams.sort((a, b) => Math.min(...a.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) -
        Math.min(...b.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) ||
        b.changed - a.changed ||
        cmp(a.label, b.label));
}
function familyTable(f, diff, currency) {
    // Within one family only the concurrency differs (and a #n for copies kept apart).
    const lc = labelColumns(f.cells);
    const compared = (k) => f.cells.some((d) => d.verdict?.comparisons.some((c) => c.metric === k));
    // The p99 columns show the tail statistic the family's comparisons carry (p95 for AgentX aggregates).
    // Throughput per GPU, else the absolute tok/s the family's comparisons carry (no GPU count).
    const metrics = TABLE_METRICS.map((m) => m.startsWith('p99_')
        ? (0,curve_tail/* tailOfSet */.ap)(m.slice(4), compared).key
        : m === 'tput_per_gpu'
            ? (['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'].find(compared) ?? m)
            : m);
    const header = [...lc.header, ...metrics.map((m) => metricLabel(m)), 'Verdict'];
    const rows = f.cells.map((d, i) => {
        const by = new Map((d.verdict?.comparisons ?? []).map((c) => [c.metric, c]));
        return [...(lc.cols[i] ?? []), ...metrics.map((m) => headAndDelta(by.get(m), currency)), cellVerdict(d, diff)];
    });
    const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'r', 'r', 'r', 'r', 'l'];
    return `**${f.label}**\n\n${table([header, ...rows], align)}`;
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
    const note = left > 0 ? `\n_${plural(left, 'more cell')} in compare.json (artifact)._\n` : '';
    return details(`Per-cell comparison (${cells} of ${plural(diff.cells.length, 'cell')}, ${plural(blocks.length, 'family', 'families')}; head value and change vs base)`, `${blocks.join('\n')}${note}`);
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
    const all = changes(diff);
    let out = `### Largest changes vs base\n\nCells: ${countLine}.\n`;
    if (all.length === 0)
        return `${out}\n_No metric moved beyond its threshold._\n`;
    const shown = all.slice(0, maxRows);
    const lc = labelColumns(shown.map((r) => r.cell));
    if (lc.common)
        out += `\nAll rows: ${lc.common}.\n`;
    const env = shown.map((r) => envRowText(r.cell, diff, true));
    const withEnv = env.some((e) => e !== '');
    const rows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        metricLabel(c.metric),
        nb(formatValue(c.unit, c.head, currency)),
        deltaText(c),
        ...(withEnv ? [env[i] || '—'] : []),
    ]);
    const header = [...lc.header, 'Metric', 'Head', 'Δ vs base', ...(withEnv ? ['Ran on'] : [])];
    const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'l', 'r', 'r', ...(withEnv ? ['l'] : [])];
    out += `\n${table([header, ...rows], align)}`;
    if (all.length > shown.length)
        out += `\n_${all.length - shown.length} more changed metric(s) are in compare.json (artifact)._\n`;
    const detailRows = shown.map(({ c }, i) => [
        ...(lc.cols[i] ?? []),
        metricLabel(c.metric),
        nb(`${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)}`),
        (0,render_escape/* safeText */.Hk)(methodText(c), 80),
    ]);
    out += `\n${details('Base values and evidence', table([[...lc.header, 'Metric', 'Base → head', 'Evidence'], ...detailRows], [...align.slice(0, lc.header.length), 'l', 'r', 'l']))}`;
    return out;
}
const changesSection = {
    id: 'changes',
    render: (ctx, plan) => (ctx.diff ? sectionChanges(ctx.diff, ctx.currency, plan.changeRows) : null),
    droppable: false,
    dropNote: null,
};

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
                families.set(c.family, (f = { key: c.family, label: familyLabel(c.identity), changed: 0, points: [] }));
            if (c.status === 'regressed' || c.status === 'improved')
                f.changed++;
            const get = (m, side) => {
                const x = c.verdict?.comparisons.find((y) => y.metric === m);
                return x && fin(x[side]) ? x[side] : null;
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
        for (const c of [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id))) {
            if (typeof c.concurrency !== 'number')
                continue;
            const key = familyKeySafe(c);
            let f = families.get(key);
            if (!f)
                families.set(key, (f = { key, label: familyLabel((0,verdicts/* identityOf */.cu)(c)), changed: 0, points: [] }));
            f.points.push({
                concurrency: c.concurrency,
                failed: c.completion?.status === 'failed',
                base: {},
                head: Object.fromEntries(CHART_KEYS.map((k) => [k, fin(c.metrics?.[k]) ? c.metrics[k] : null])),
            });
        }
    }
    return [...families.values()]
        .filter((f) => new Set(f.points.map((p) => p.concurrency)).size >= 2)
        .sort((a, b) => b.changed - a.changed || b.points.length - a.points.length || cmp(a.key, b.key));
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
        parts.push(details(`Charts of ${plural(closedBlocks.length, `family`, 'families')} ${what}`, closedBlocks.join('\n')));
    }
    const left = fams.length - open.length - closed.length;
    if (left > 0)
        parts.push(`_${plural(left, 'more family', 'more families')} in the artifact._\n`);
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

;// CONCATENATED MODULE: ./src/render/comment/cost.ts




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
                delta = (0,format/* formatSignedPoints */.t0)(hv - bv);
            else
                delta = bv !== 0 ? (0,format/* formatSignedPct */.lA)((hv - bv) / Math.abs(bv)) : '—';
        }
        rows.push(diff
            ? [label, nb(formatValue(unit, bv, currency)), nb(formatValue(unit, hv, currency)), nb(delta)]
            : [label, nb(formatValue(unit, hv, currency))]);
    };
    const headTotals = h ?? {
        requests_total: r.known > 0 ? r.total : null,
        requests_successful: r.known > 0 ? r.ok : null,
        success_rate: r.known > 0 && r.total > 0 ? r.ok / r.total : null,
        sessions_completed: null,
        compute_cost: fin(cost?.compute_cost) ? cost.compute_cost : null,
        gpu_hours: fin(cost?.gpu_hours) ? cost.gpu_hours : null,
        cost_per_completed_request: fin(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
        cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens)
            ? cost.cost_per_million_output_tokens
            : null,
    };
    add('Success rate', b?.success_rate, headTotals.success_rate, 'fraction');
    add('Successful requests', b?.requests_successful, headTotals.requests_successful, 'count');
    add('Sessions completed', b?.sessions_completed, headTotals.sessions_completed, 'count');
    add('Compute cost', b?.compute_cost, headTotals.compute_cost, 'currency');
    add('GPU-hours', b?.gpu_hours, headTotals.gpu_hours, 'count');
    add(metricLabel('cost_per_completed_request'), b?.cost_per_completed_request, headTotals.cost_per_completed_request, 'currency');
    add(metricLabel('cost_per_million_output_tokens'), b?.cost_per_million_output_tokens, headTotals.cost_per_million_output_tokens, 'currency');
    const hs = head.run_summary;
    const cellsLine = hs ? `Head cells: ${(0,render_status/* cellStates */.NP)(hs)}.` : '';
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
    return `### Cost and completion\n\n${cellsLine}\n\n${table([header, ...rows], align)}${costLine}`;
}
const costSection = {
    id: 'cost',
    render: (ctx) => sectionCost(ctx.head, ctx.diff, ctx.currency, ctx.requests),
    droppable: true,
    dropNote: 'cost and completion',
};

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
        cmp(a.code, b.code));
}
/** A finding's message with its cell id replaced by the cell's label (ids are long). */
function messageOf(f, labels, max = 220) {
    let m = String(f.message ?? '');
    const label = f.cell_id ? labels.get(f.cell_id) : undefined;
    if (f.cell_id && label && f.cell_id.length > 12)
        m = m.split(f.cell_id).join(`[${label}]`);
    // Raw metric keys read as their labels ("total_tput_tps changes" → "Throughput changes").
    m = m.replace(METRIC_KEY_RE, (k) => metricLabel(k));
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
            `${SEVERITY_ICON[g.severity] ?? (0,render_escape/* safeText */.Hk)(g.severity, 20)}${NB}${(0,render_escape/* safeCode */.lI)(g.code, 60)}${g.items.length > 1 ? `${NB}×${g.items.length}` : ''}`,
            groupCells(g, labels),
            g.items.length === 1 ? messageOf(g.items[0], labels) : groupDetail(g, labels),
        ]);
        parts.push(`${CLASS_NOTE[cls]}\n\n${table([['Finding', 'Cells', 'Detail'], ...rows], ['l', 'l', 'l'])}`);
    }
    const hidden = groups.length - shown;
    if (hidden > 0)
        parts.push(`_${plural(hidden, 'more kind')} of finding are in report.json (artifact)._\n`);
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
        parts.push(details(`Every repeated finding (${total})`, `${list.join('\n')}${more}`));
    }
    return parts.join('\n');
}
const findingsSection = {
    id: 'findings',
    render: (ctx, plan) => sectionFindings(ctx.findings, ctx.labels, plan.findingGroups, plan.findingList),
    droppable: false,
    dropNote: null,
};

;// CONCATENATED MODULE: ./src/render/comment/gates.ts




function sectionGates(head, labels, maxRows) {
    const results = (0,render_status/* gateResults */.gJ)(head);
    if (results === null)
        return null;
    if (results.length === 0)
        return '### SLO gates\n\n_No gates configured._\n';
    const icon = {
        pass: '✅ pass',
        fail: '❌ fail',
        not_found: '❔ not found',
        conflict: '⚠️ conflict',
        error: '🛑 error',
    };
    const rank = { fail: 0, error: 1, conflict: 2, not_found: 3, pass: 4 };
    const sorted = [...results].sort((a, b) => (rank[String(a.outcome)] ?? 5) - (rank[String(b.outcome)] ?? 5) ||
        cmp(String(a.gate ?? ''), String(b.gate ?? '')));
    const counts = new Map();
    for (const r of results)
        counts.set(String(r.outcome), (counts.get(String(r.outcome)) ?? 0) + 1);
    const summary = ['fail', 'error', 'conflict', 'not_found', 'pass']
        .filter((k) => counts.has(k))
        .map((k) => `${counts.get(k)} ${k.replace('_', ' ')}`)
        .join(' · ');
    const cellsOf = (r) => {
        const cells = Array.isArray(r.cells) ? r.cells.map(String) : [];
        if (cells.length === 0)
            return '—';
        const shown = cells.slice(0, 2).map((c) => labels.get(c) ?? (0,render_escape/* safeCode */.lI)(c, 40));
        return `${shown.join(', ')}${cells.length > 2 ? ` +${cells.length - 2}` : ''}`;
    };
    const row = (r) => [
        typeof r.name === 'string' && r.name !== '' ? (0,render_escape/* safeText */.Hk)(r.name, 60) : (0,render_escape/* safeCode */.lI)(r.gate ?? '?', 60),
        icon[String(r.outcome)] ?? (0,render_escape/* safeText */.Hk)(r.outcome, 20),
        fin(r.value) ? nb((0,format/* formatCount */.B4)(r.value)) : typeof r.value === 'string' ? (0,render_escape/* safeCode */.lI)(r.value, 30) : '—',
        r.severity === 'warning' ? 'warning' : 'blocking',
        cellsOf(r),
    ];
    const header = ['Gate', 'Outcome', 'Value', 'Kind', 'Cells'];
    const align = ['l', 'l', 'r', 'l', 'l'];
    const notPassed = sorted.filter((r) => r.outcome !== 'pass');
    const passed = sorted.filter((r) => r.outcome === 'pass');
    const shownBad = notPassed.slice(0, maxRows);
    const shownGood = passed.slice(0, Math.max(0, maxRows - shownBad.length));
    let out = `### SLO gates\n\n${summary}\n`;
    if (shownBad.length > 0)
        out += `\n${table([header, ...shownBad.map(row)], align)}`;
    if (shownGood.length > 0)
        out += `\n${details(`${plural(passed.length, 'passing check')}`, table([header, ...shownGood.map(row)], align))}`;
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
    present: (ctx) => (0,render_status/* gateResults */.gJ)(ctx.head) !== null,
};

;// CONCATENATED MODULE: ./src/render/comment/detectable.ts



/** The metrics the "what this compare could see" line names, one per group, in this order. */
const DETECTABLE_GROUPS = [
    ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps', 'output_tput_tps', 'request_throughput_rps'],
    ['p50_ttft', 'mean_ttft'],
    ['p99_ttft', 'p95_ttft', 'p90_ttft'],
    ['p50_tpot', 'p50_itl', 'mean_tpot', 'mean_itl'],
];
function countWord(n) {
    return n === 1 ? 'one base run' : n === 2 ? 'two base runs' : plural(n, 'base run');
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
    const parts = metrics.map((m) => nb(`${metricLabel(m)} ${detectableText(by.get(m) ?? null, (0,core_metrics/* metricInfo */.R)(m)?.direction)}`));
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
        .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
        .map(([c, n]) => `${(0,render_escape/* safeCode */.lI)(c, 60)}${n > 1 ? ` ×${n}` : ''}`)
        .join(', ');
}
function requestsText(r) {
    const cells = plural(r.cells, 'cell');
    if (r.known === 0)
        return `${cells}; request counts are not known`;
    const rate = r.total > 0 && r.ok < r.total ? ` (${((r.ok / r.total) * 100).toFixed(1)}%)` : '';
    const unknown = r.known < r.cells ? `; request counts unknown for ${plural(r.cells - r.known, 'cell')}` : '';
    return `${cells}; ${thousands(r.ok)} of ${thousands(r.total)} requests succeeded${rate}${unknown}`;
}
function validityFact(head, findings, requests) {
    const status = (0,render_status/* validityOf */.Gv)(head, findings);
    const v = findings.filter((f) => (0,finding_classes/* findingClass */.sy)(f) === 'validity');
    const req = requestsText(requests);
    const word = `**Validity:** ${(0,render_status/* factWord */.NR)(status)}`;
    if (status === 'invalid') {
        const crit = v.filter((f) => f.severity === 'critical');
        const why = crit.length > 0
            ? `${plural(crit.length, 'critical validity finding')} (${codeCounts(crit)})`
            : 'no cell succeeded';
        return `${word}: ${why}. ${req}.`;
    }
    if (status === 'valid_with_warnings') {
        const warn = v.filter((f) => f.severity === 'warning');
        return `${word}: ${plural(warn.length, 'validity warning')} (${codeCounts(warn)}). ${req}.`;
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
        return `${word}: ${block} of ${plural(rs.length, 'gate check')} did not pass${warn > 0 ? `, and ${warn} warning check(s)` : ''}.`;
    if (status === 'gates_warned')
        return `${word}: every blocking check passed; ${plural(warn, 'warning check')} did not.`;
    return `${word}: all ${plural(rs.length, 'gate check')} passed.`;
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
    const nSusp = suspiciousRows(diff).length;
    const susp = nSusp > 0 ? ` ${SUSPICIOUS_ICON} ${nSusp} suspicious (shown, not failing).` : '';
    const summary = `${compared} of ${plural(k.total, 'cell')} compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.${susp}`;
    const runs = typeof v.base_runs === 'number' ? v.base_runs : null;
    const rests = runs !== null
        ? ` Rests on ${plural(runs, 'base run')} (${v.basis === 'run_interval' ? "each cell's own runs, shrunk toward the noise prior" : "a verdict needs a change beyond one cell's heavy-tailed run-to-run noise, or one shared by a family's load points"}).`
        : '';
    const missing = k.missing > 0 ? ` Completion regression: ${plural(k.missing, 'cell')} of the base sweep missing from head.` : '';
    // Under the verdict: what this compare could see, and a change of environment shared by most cells.
    const under = [detectableLine(diff), envHeadline(diff)].filter((x) => x !== null);
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
    return `**Accepted by label** ${label}: ${plural(acc.items.length, 'regression')} accepted, not failing the check (validity findings never are): ${shown.join('; ')}${more}.`;
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
    const runUrl = safeUrl(run?.runUrl);
    const artUrl = safeUrl(run?.artifactUrl);
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
    for (const r of [...refs].sort((a, b) => cmp(labels.get(a.id) ?? '', labels.get(b.id) ?? '') || cmp(a.id, b.id))) {
        const line = `- ${labels.get(r.id) ?? '?'}: ${(0,render_escape/* safeCode */.lI)(r.id, 240)}`;
        if (size + line.length + 1 > maxChars)
            break;
        lines.push(line);
        size += line.length + 1;
    }
    if (lines.length === 0)
        return null;
    const more = refs.length > lines.length ? `\n\n_${refs.length - lines.length} more in report.json (artifact)._` : '';
    return details(`Cell ids (${refs.length})`, `${lines.join('\n')}${more}`);
}
const idsSection = {
    id: 'ids',
    render: (ctx, _plan, above) => ctx.named.length > 0 ? sectionIds(ctx.named, ctx.labels, Math.min(20_000, roomLeft(ctx, above, 200))) : null,
    droppable: false,
    dropNote: null,
};

;// CONCATENATED MODULE: ./src/render/comment/suspicious.ts






/**
 * Suspicious metrics (compare.json `suspicious: true`): outside the cell's usual range but inside
 * the heavy tail of run-to-run noise. Shown with 🟡, never as a failure; the first few open, the
 * rest up to `maxRows` in a <details>, the others counted.
 */
function sectionSuspicious(diff, currency, maxRows) {
    const all = suspiciousRows(diff);
    if (all.length === 0 || maxRows <= 0)
        return null;
    const shown = all.slice(0, maxRows);
    const lc = labelColumns(shown.map((r) => r.cell));
    const env = shown.map((r) => envRowText(r.cell, diff, true));
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
        metricLabel(c.metric),
        nb(formatValue(c.unit, c.head, currency)),
        deltaText(c),
        suspiciousWhy(c),
        ...(withEnv ? [env[i] || '—'] : []),
    ]);
    const open = rows.slice(0, SUSPICIOUS_OPEN);
    const rest = rows.slice(SUSPICIOUS_OPEN);
    const what = `${plural(all.length, 'metric')} moved outside ${all.length === 1 ? 'its' : 'their'} cell's usual range but inside the heavy tail of run-to-run noise: not a verdict, never a failed check; re-run to confirm.`;
    let out = `### ${SUSPICIOUS_ICON} Suspicious: shown, not failing\n\n${what}\n`;
    if (lc.common)
        out += `\nAll rows: ${lc.common}.\n`;
    out += `\n${table([header, ...open], align)}`;
    if (rest.length > 0)
        out += `\n${details(`${plural(rest.length, 'more suspicious metric')}`, table([header, ...rest], align))}`;
    if (all.length > shown.length)
        out += `\n_${all.length - shown.length} more suspicious metric(s) are in compare.json (artifact)._\n`;
    return out;
}
const suspiciousSection = {
    id: 'suspicious',
    render: (ctx, plan) => (ctx.diff ? sectionSuspicious(ctx.diff, ctx.currency, plan.suspiciousRows) : null),
    droppable: true,
    dropNote: 'suspicious metrics',
    present: (ctx) => ctx.diff !== null && suspiciousRows(ctx.diff).length > 0,
};

;// CONCATENATED MODULE: ./src/render/comment/sections.ts











/** The order of the names in the "left out" note (kept as the comment has always said it). */
const LEFT_OUT_ORDER = ['gates', 'charts', 'cost', 'suspicious'];
/** The note naming what a plan left out that had something to show. */
const leftOutSection = {
    id: 'left-out',
    render: (ctx, plan) => {
        const dropped = LEFT_OUT_ORDER.map((id) => SECTIONS.find((s) => s.id === id))
            .filter((s) => s !== undefined && dropsSection(plan, s) && s.dropNote !== null)
            .filter((s) => s.present?.(ctx) ?? true)
            .map((s) => s.dropNote);
        return dropped.length > 0
            ? `_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`
            : null;
    },
    droppable: false,
    dropNote: null,
};
/** Every section of the comment, in order: the one place that order is decided. */
const SECTIONS = [
    headlineSection,
    findingsSection,
    gatesSection,
    changesSection,
    suspiciousSection,
    chartsSection,
    costSection,
    leftOutSection,
    cellsSection,
    idsSection,
    footerSection,
];
function dropsSection(plan, s) {
    return s.droppable && plan.drop.includes(s.id);
}
/**
 * The plans tried in turn, each smaller than the one before: full, then fewer findings; then
 * without charts; without gates and cost; fewer rows and no per-cell tables; no suspicious rows.
 */
function budgetPlans(limits) {
    const full = {
        findingGroups: limits.findingGroups,
        findingList: limits.findingList,
        changeRows: limits.changeRows,
        suspiciousRows: limits.suspiciousRows,
        drop: [],
    };
    const bare = { findingList: 0, drop: ['gates', 'charts', 'cost'] };
    const plans = [
        full,
        { ...full, findingList: Math.min(full.findingList, 30) },
        { ...full, findingList: 0, drop: ['charts'] },
        { ...full, ...bare, findingGroups: 15 },
        {
            ...full,
            ...bare,
            findingGroups: 8,
            changeRows: 10,
            suspiciousRows: SUSPICIOUS_OPEN,
            drop: ['gates', 'charts', 'cost', 'cells'],
        },
        {
            ...full,
            ...bare,
            findingGroups: 3,
            changeRows: 3,
            suspiciousRows: 0,
            drop: ['gates', 'charts', 'cost', 'cells'],
        },
    ];
    // No suspicious rows is leaving the section out (and the note says so).
    return plans.map((p) => p.suspiciousRows <= 0 && !p.drop.includes('suspicious') ? { ...p, drop: [...p.drop, 'suspicious'] } : p);
}
/** The comment under one plan: each section in table order, a dropped one replaced by its stub. */
function renderPlan(ctx, plan) {
    const parts = [];
    for (const s of SECTIONS) {
        const out = dropsSection(plan, s) ? (s.stub?.(ctx) ?? null) : s.render(ctx, plan, parts);
        if (out)
            parts.push(out);
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/render/comment.ts


const COMMENT_BUDGET_CHARS = 60_000;
/** The job summary may be up to 1 MiB per step; keep well under it (UTF-16 units ≤ bytes). */
const SUMMARY_BUDGET_CHARS = 900_000;
const MARKER_PREFIX = 'inferguard-bench:v1';
const COMMENT_LIMITS = {
    findingGroups: 30,
    findingList: 100,
    changeRows: 20,
    chartFamilies: 3,
    gateRows: 30,
    headOnlyCells: 100,
    suspiciousRows: 20,
};
const SUMMARY_LIMITS = {
    findingGroups: 200,
    findingList: 2000,
    changeRows: 200,
    chartFamilies: 12,
    gateRows: 500,
    headOnlyCells: 5000,
    suspiciousRows: 200,
};
/** The suite key as a slug: [a-z0-9-], no `--`, no leading/trailing `-`, at most 64 chars. */
function suiteSlug(suiteKey) {
    const s = String(suiteKey ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64)
        .replace(/-+$/g, '');
    return s === '' ? 'default' : s;
}
/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (docs/ACTION.md). */
function commentMarker(suiteKey) {
    return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}
/**
 * The comment's sections without the marker line, within `budget` characters, with the row caps
 * of `limits`. The comment and the job summary (render/summary.ts) are both this function.
 */
function renderCommentSections(input, budget, limits = COMMENT_LIMITS) {
    const ctx = commentContext(input, budget, limits);
    let md = '';
    for (const p of budgetPlans(limits)) {
        md = renderPlan(ctx, p);
        if (md.length <= budget)
            return md;
    }
    // Last resort: cut at a line boundary, keeping the headline.
    const cut = md.lastIndexOf('\n', budget - 200);
    return `${md.slice(0, Math.max(cut, 0))}\n\n_Comment truncated to stay under GitHub's limit; see the artifact._\n`;
}
/**
 * Renders the PR comment.
 *
 * @param input.head the head report (inferguard-analyze/v1).
 * @param input.diff compareReports(base, head) or null when there is no baseline (stated as such).
 * @param input.suiteKey suite key carried by the hidden marker (several suites per PR coexist).
 * @param input.run run metadata; links are built only from `runUrl`/`artifactUrl` (https only).
 * @param input.check the step's exit decision, stated in the headline when given.
 * @param input.budgetChars maximum length in UTF-16 code units (default 60,000).
 * @returns markdown whose first line is commentMarker(suiteKey).
 */
function renderComment(input) {
    const marker = commentMarker(input.suiteKey);
    const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
    return `${marker}\n${renderCommentSections(input, budget - marker.length - 1, COMMENT_LIMITS)}`;
}


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
/* harmony export */   gJ: () => (/* binding */ gateResults),
/* harmony export */   jb: () => (/* binding */ comparisonOf),
/* harmony export */   og: () => (/* binding */ gatesOf),
/* harmony export */   statusHeadline: () => (/* binding */ statusHeadline),
/* harmony export */   ub: () => (/* binding */ blocking),
/* harmony export */   vZ: () => (/* binding */ requestTotals)
/* harmony export */ });
/* unused harmony exports STATUS_WORDS, CELL_STATE_WORDS, hasAccepted, runStatus */
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
/** The gate results of a report (null when it has no gates block); read defensively (a report may come from a file). */
function gateResults(head) {
    const g = head.gates;
    if (!g || typeof g !== 'object' || !Array.isArray(g.results))
        return null;
    return g.results.filter((r) => !!r && typeof r === 'object');
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
