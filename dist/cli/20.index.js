export const id = 20;
export const ids = [20];
export const modules = {

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


/***/ })

};
