/**
 * The status words, defined once. The comment's headline and its facts, the job summary (the same
 * renderer), report.md and the check run's title say a run's status only with these words:
 *
 * - **run status** (the headline's one word): the most severe of validity, SLO gates and the
 *   comparison with the base run, by HEADLINE_ORDER;
 * - **validity**, **SLO gates**, **comparison**: one word each, for the facts under the headline;
 * - **check**: passes / fails, and why (`checkWhy`);
 * - **cell states**: how many cells are complete, have failed requests, failed, or are unknown.
 *
 * Pure functions of the head report, the compare result and the exit decision's outcome.
 */
import type { ReportDiff } from '../core/compare/types.js';
import { findingClass } from '../core/finding-classes.js';
import { mergeFindings } from '../core/findings/order.js';
import type { Finding, Report } from '../core/types.js';
import type { GateResult } from '../core/gates/types.js';
import { safeCode } from './escape.js';

export interface StatusWord {
  icon: string;
  /** The word as a headline shows it (capitalised); facts use it in lower case. */
  word: string;
  /** What it means, for the docs and tooltips. */
  means: string;
}

export type Validity = 'valid' | 'valid_with_warnings' | 'invalid' | 'validity_unknown';
export type GatesStatus = 'gates_none' | 'gates_passed' | 'gates_warned' | 'gates_failed';
export type Comparison =
  'regression' | 'regression_accepted' | 'improvement' | 'no_change' | 'inconclusive' | 'not_compared';
export type RunStatus = Validity | Comparison | 'gates_failed';

/** Every status word there is. */
export const STATUS_WORDS: Record<Validity | GatesStatus | Comparison, StatusWord> = {
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
export const CHECK_WORDS = {
  passes: { icon: '✅', word: 'check passes' },
  fails: { icon: '❌', word: 'check fails' },
} as const;

/** A cell's completion state (report.json `completion.status`, counted in `run_summary`). */
export const CELL_STATE_WORDS: Record<'complete' | 'partial' | 'failed' | 'unknown', { icon: string; word: string }> = {
  complete: { icon: '✅', word: 'complete' },
  partial: { icon: '⚠️', word: 'with failed requests' },
  failed: { icon: '❌', word: 'failed' },
  unknown: { icon: '❔', word: 'with unknown request counts' },
};

/** One cell's completion state as icon and word ("⚠️ with failed requests"). */
export function cellStateWord(status: unknown): string {
  const w = CELL_STATE_WORDS[status as keyof typeof CELL_STATE_WORDS] ?? CELL_STATE_WORDS.unknown;
  return `${w.icon} ${w.word}`;
}

/** report.json `run_summary` cell counts as words: "9 (6 complete, 2 with failed requests, 1 with unknown request counts)". */
export function cellStates(summary: {
  total_cells?: unknown;
  successful_cells?: unknown;
  partial_cells?: unknown;
  failed_cells?: unknown;
  unknown_cells?: unknown;
}): string {
  const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const counts: [number | null, string][] = [
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
const VERDICT_COMPARISON: Record<string, Comparison> = {
  REGRESSION: 'regression',
  IMPROVEMENT: 'improvement',
  NEUTRAL: 'no_change',
  INSUFFICIENT_DATA: 'inconclusive',
};

/** What the status is read from: the head report, the compare result, the check's outcome. */
export interface StatusInput {
  head: Report;
  diff: ReportDiff | null;
  /**
   * The exit decision (omitted when no check was decided, e.g. `inferguard comment`); `accepted`
   * when the PR's accept label acknowledged its regressions.
   */
  check?: { failed: boolean; accepted?: { label: string } | null };
}

export function allFindings(head: Report, diff: ReportDiff | null): Finding[] {
  return mergeFindings(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
}

/** Request counts over the cells: successful, total, cells that state both, all cells. */
export function requestTotals(head: Report): { ok: number; total: number; known: number; cells: number } {
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

export function validityOf(head: Report, findings: readonly Finding[]): Validity {
  const v = findings.filter((f) => findingClass(f) === 'validity');
  if (v.some((f) => f.severity === 'critical') || head.run_summary?.status === 'failed') return 'invalid';
  if (v.some((f) => f.severity === 'warning')) return 'valid_with_warnings';
  if (requestTotals(head).known === 0) return 'validity_unknown';
  return 'valid';
}

/**
 * The gate results of a report (null when it has no gates block). A report read from a file had
 * its gates block validated against inferguard-gates/v1 (io/untrusted-report.ts).
 */
export function gateResults(head: Report): readonly GateResult[] | null {
  return head.gates?.results ?? null;
}

/** A gate result that fails the step: not passed, with severity error. */
export function blocking(r: Pick<GateResult, 'outcome' | 'severity'>): boolean {
  return r.outcome !== 'pass' && r.severity !== 'warning';
}

export function gatesOf(head: Report): GatesStatus {
  const rs = gateResults(head);
  if (rs === null || rs.length === 0) return 'gates_none';
  if (rs.some(blocking)) return 'gates_failed';
  if (rs.some((r) => r.outcome !== 'pass')) return 'gates_warned';
  return 'gates_passed';
}

/** True when some comparison is a regression that was acknowledged (reason `accepted`, decide.ts). */
export function hasAccepted(diff: ReportDiff | null): boolean {
  const cells = Array.isArray(diff?.cells) ? diff.cells : [];
  return cells.some(
    (c) => Array.isArray(c?.verdict?.comparisons) && c.verdict.comparisons.some((m) => m?.reason === 'accepted'),
  );
}

export function comparisonOf(diff: ReportDiff | null): Comparison {
  if (!diff) return 'not_compared';
  const c = VERDICT_COMPARISON[String(diff.verdict?.verdict)] ?? 'inconclusive';
  // An acknowledged regression leaves the verdict NEUTRAL; the headline still says what it was.
  return c === 'no_change' && hasAccepted(diff) ? 'regression_accepted' : c;
}

interface Facts {
  validity: Validity;
  gates: GatesStatus;
  comparison: Comparison;
}

/** The headline's one word: the first rule that holds, most severe first. */
const HEADLINE_ORDER: readonly { status: (f: Facts) => RunStatus | null }[] = [
  { status: (f) => (f.validity === 'invalid' ? 'invalid' : null) },
  { status: (f) => (f.gates === 'gates_failed' ? 'gates_failed' : null) },
  { status: (f) => (f.comparison !== 'not_compared' ? f.comparison : null) },
  { status: (f) => f.validity },
];

function factsOf(input: StatusInput, findings: readonly Finding[]): Facts {
  return {
    validity: validityOf(input.head, findings),
    gates: gatesOf(input.head),
    comparison: comparisonOf(input.diff),
  };
}

/** The run's status: invalid, SLO gates failed, else the comparison, else the validity. */
export function runStatus(input: StatusInput): RunStatus {
  const facts = factsOf(input, allFindings(input.head, input.diff));
  for (const rule of HEADLINE_ORDER) {
    const s = rule.status(facts);
    if (s !== null) return s;
  }
  return facts.validity;
}

/**
 * The headline as one line of plain text: the run status and, when the check was decided, its
 * outcome: "🔴 Regression · check passes", "❌ Invalid · check fails", "✅ Valid". The comment's
 * title and the check run's title.
 */
export function statusHeadline(input: StatusInput): string {
  const s = STATUS_WORDS[runStatus(input)];
  const head = `${s.icon} ${s.word}`;
  if (!input.check) return head;
  const c = input.check.failed ? CHECK_WORDS.fails : CHECK_WORDS.passes;
  return `${head} · ${c.word}`;
}

/** A status word for a fact line: icon and the word in lower case. */
export function factWord(status: Validity | GatesStatus | Comparison): string {
  const s = STATUS_WORDS[status];
  return `${s.icon} ${s.word.toLowerCase()}`;
}

function codes(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.code))]
    .sort()
    .map((c) => safeCode(c, 60))
    .join(', ');
}

/**
 * Why a check that passes passes although the headline or the findings look bad: one phrase per
 * thing that is reported but does not fail it under the policy that passed it.
 */
const PASS_NOTES: readonly ((f: Facts, findings: readonly Finding[], input: StatusInput) => string | null)[] = [
  (f) => (f.validity === 'invalid' ? 'its validity findings are below `fail-on`' : null),
  (f, findings, input) => {
    if (f.comparison === 'regression_accepted') {
      const label = input.check?.accepted?.label;
      return label !== undefined
        ? `the regression is accepted by the label ${safeCode(label, 60)}`
        : 'the regression is acknowledged (`compare.accept`)';
    }
    if (f.comparison !== 'regression' && !findings.some((x) => findingClass(x) === 'regression')) return null;
    const label = input.check?.accepted?.label;
    return label !== undefined
      ? `the regression is accepted by the label ${safeCode(label, 60)}`
      : 'a regression fails it only with `fail-on-regression`';
  },
  (_f, findings) => {
    const crit = findings.filter((x) => findingClass(x) === 'behaviour' && x.severity === 'critical');
    if (crit.length === 0) return null;
    return `critical behaviour findings (${codes(crit)}) fail it only when listed in \`fail-on-findings\``;
  },
  (f) => (f.gates === 'gates_warned' ? 'a gate check of severity warning never fails it' : null),
];

/**
 * Markdown: why the check passes despite what the headline shows ("a regression fails it only
 * with `fail-on-regression`"), or "" when nothing needs saying or the check failed (its
 * reasons say why).
 */
export function passNotes(input: StatusInput): string {
  if (!input.check || input.check.failed) return '';
  const findings = allFindings(input.head, input.diff);
  const facts = factsOf(input, findings);
  return PASS_NOTES.map((n) => n(facts, findings, input))
    .filter((x): x is string => x !== null)
    .join('; ');
}
