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
import { findingClass, FINDING_CLASSES, isFindingClass, type FindingClass } from './finding-classes.js';
import { countBySeverity } from './findings/order.js';
import type { GatesBlock } from './gates/types.js';
import { FINDING_CODES, SEVERITIES, SEVERITY_RANK, UsageError, type Finding, type Severity } from './types.js';

export const FAIL_ON_VALUES = ['never', 'info', 'warning', 'critical'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CRITICAL = 2;
export const EXIT_NO_REPORT = 3;

/** One entry of `fail-on-findings`: a finding code or class, from a minimum severity. */
export interface FindingSelector {
  /** A finding code (`ttft_cliff`) or a class (`behaviour`). */
  name: string;
  /** Lowest severity that fails (`ttft_cliff:critical`); every severity when absent. */
  minSeverity: Severity | null;
}

/** What the user asked to fail on (the action's inputs, the CLI's flags). */
export interface ExitPolicy {
  /** Validity findings at or above this severity fail. */
  failOn: FailOn;
  /** A REGRESSION verdict and regression-class findings fail. */
  failOnRegression: boolean;
  /** Findings (typically behaviour) that fail when present; none by default. */
  failOnFindings?: readonly FindingSelector[];
  /**
   * Regressions acknowledged (the action's `accept-label` on the PR): a REGRESSION verdict and
   * regression-class findings (also when listed in fail-on-findings) do not fail; the decision lists
   * them as accepted. Validity findings, blocking gates and "nothing could be compared" are never
   * accepted.
   */
  acceptRegressions?: boolean;
}

/**
 * Parses `fail-on-findings` (action input, `--fail-on-findings`): codes or classes separated by
 * commas, spaces or newlines, each optionally `:critical`, `:warning` or `:info` (lowest severity
 * that fails). Empty or `none`: nothing listed. An unknown name is a usage error naming it.
 */
export function parseFailOnFindings(text: string | undefined, label = 'fail-on-findings'): FindingSelector[] {
  const items = String(text ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 1 && items[0]?.toLowerCase() === 'none') return [];
  const out: FindingSelector[] = [];
  for (const item of items) {
    const [rawName, sev, extra] = item.split(':');
    const name = (rawName ?? '').toLowerCase();
    if (extra !== undefined || !((FINDING_CODES as readonly string[]).includes(name) || isFindingClass(name)))
      throw new UsageError(
        `${label}: '${item}' is not a finding code or class (classes: ${FINDING_CLASSES.join(', ')}; codes: ${FINDING_CODES.join(', ')})`,
      );
    if (sev !== undefined && !(SEVERITIES as readonly string[]).includes(sev.toLowerCase()))
      throw new UsageError(`${label}: '${item}': the severity after ':' must be one of ${SEVERITIES.join(', ')}`);
    out.push({ name, minSeverity: sev === undefined ? null : (sev.toLowerCase() as Severity) });
  }
  return out;
}

/** `fail-on-findings` written back as text (for logs and messages). */
export function formatFailOnFindings(list: readonly FindingSelector[] | undefined): string {
  return (list ?? []).map((s) => (s.minSeverity ? `${s.name}:${s.minSeverity}` : s.name)).join(', ');
}

/** What the policy fails on, in words, for the comment's headline. */
export function policySummary(p: ExitPolicy): string {
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

function selects(sel: FindingSelector, f: Finding, cls: FindingClass): boolean {
  if (sel.name !== f.code && sel.name !== cls) return false;
  return sel.minSeverity === null || SEVERITY_RANK[f.severity] >= SEVERITY_RANK[sel.minSeverity];
}

/**
 * True when this finding alone makes the run fail under `policy` (the findings, listed and
 * regression rules below, applied to one finding): the action annotates such a finding as an
 * error, and a critical finding that does not fail (a behaviour finding not listed) as a warning.
 */
export function findingFails(policy: ExitPolicy, f: Finding): boolean {
  const cls = findingClass(f);
  if (cls === 'validity' && exitCodeFor([f], policy.failOn) !== EXIT_OK) return true;
  if (cls === 'regression' && policy.acceptRegressions) return false;
  if (cls === 'regression' && policy.failOnRegression) return true;
  return (policy.failOnFindings ?? []).some((s) => selects(s, f, cls));
}

/** What one run produced: every finding (head report and baseline rules), gates, verdict. */
export interface ExitEvidence {
  findings: readonly Finding[];
  /** This run's gates block (null when no gate was configured). */
  gates: GatesBlock | null;
  /** The compare verdict (REGRESSION, …), null without a baseline. */
  verdict: string | null;
  /** Head cells matched with a base cell (with a baseline): 0 means nothing could be checked. */
  matched?: number;
  /** The verdict's one-line summary (names a completion regression: cells missing from head). */
  verdictSummary?: string;
}

export type ExitRuleName = 'findings' | 'listed' | 'gates' | 'regression';

export interface ExitReason {
  rule: ExitRuleName;
  exitCode: number;
  /** One line for the step's failure message and the CLI's stderr. */
  message: string;
  /** A few words for the comment's headline ("1 critical validity finding"). */
  brief: string;
}

/** A regression that would count against the run but was acknowledged (ExitPolicy.acceptRegressions). */
export interface ExitAccepted {
  /** The compare verdict, or one regression finding. */
  what: 'verdict' | 'finding';
  /** The finding's code (null for the verdict). */
  code: string | null;
  /** The verdict's summary or the finding's message (untrusted text: escape where shown). */
  message: string;
}

export interface ExitDecision {
  exitCode: number;
  failed: boolean;
  /** Every rule that failed the run, in EXIT_RULES order. */
  reasons: ExitReason[];
  counts: Record<Severity, number>;
  /** What acceptRegressions kept from counting (empty without it). */
  accepted: ExitAccepted[];
}

/** A rule of the policy: a failing reason, or null when the rule does not fail the run. */
export interface ExitRule {
  name: ExitRuleName;
  judge(policy: ExitPolicy, evidence: ExitEvidence): Omit<ExitReason, 'rule'> | null;
}

/** Findings per severity. */
export const countFindings: (findings: readonly Finding[]) => Record<Severity, number> = countBySeverity;

/** Exit code for findings under a fail-on level: 0, 1 (none critical) or 2 (a critical one). */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): number {
  if (failOn === 'never') return EXIT_OK;
  const min = SEVERITY_RANK[failOn];
  const hits = findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
  if (hits.length === 0) return EXIT_OK;
  return hits.some((f) => f.severity === 'critical') ? EXIT_CRITICAL : EXIT_FINDINGS;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

function codeList(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.code))].sort().join(', ');
}

/** Validity findings at or above fail-on fail the run (default: critical ones). */
const findingsRule: ExitRule = {
  name: 'findings',
  judge({ failOn }, { findings }) {
    const validity = findings.filter((f) => findingClass(f) === 'validity');
    const exitCode = exitCodeFor(validity, failOn);
    if (exitCode === EXIT_OK) return null;
    const hits = validity.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn as Severity]);
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
const listedRule: ExitRule = {
  name: 'listed',
  judge({ failOnFindings, acceptRegressions }, { findings }) {
    if (!failOnFindings || failOnFindings.length === 0) return null;
    const hits = findings.filter((f) => {
      const cls = findingClass(f);
      if (acceptRegressions && cls === 'regression') return false;
      return failOnFindings.some((s) => selects(s, f, cls));
    });
    if (hits.length === 0) return null;
    const first = hits.find((f) => f.severity === 'critical') ?? hits[0];
    return {
      exitCode: hits.some((f) => f.severity === 'critical') ? EXIT_CRITICAL : EXIT_FINDINGS,
      message: `${plural(hits.length, 'finding')} listed in fail-on-findings (${codeList(hits)})${first ? `; first: ${first.message}` : ''}`,
      brief: `${codeList(hits)} listed in fail-on-findings`,
    };
  },
};

/** A gate of severity error that did not pass (fail, not found, conflict, error) fails the run. */
const gatesRule: ExitRule = {
  name: 'gates',
  judge(_policy, { gates }) {
    if (!gates || gates.summary.blocking_failures === 0) return null;
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
const regressionRule: ExitRule = {
  name: 'regression',
  judge({ failOnRegression, acceptRegressions }, { verdict, findings, matched, verdictSummary }) {
    if (!failOnRegression) return null;
    const regressions = findings.filter((f) => findingClass(f) === 'regression');
    if (verdict !== null && verdict !== 'REGRESSION' && matched === 0 && regressions.length === 0)
      return {
        exitCode: EXIT_FINDINGS,
        message:
          'no head cell could be matched with a baseline cell, so nothing was checked for regressions (fail-on-regression)',
        brief: 'no cell could be compared with the baseline (fail-on-regression)',
      };
    if (acceptRegressions || (verdict !== 'REGRESSION' && regressions.length === 0)) return null;
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
export const EXIT_RULES: readonly ExitRule[] = [findingsRule, listedRule, gatesRule, regressionRule];

/** Applies every rule of EXIT_RULES; the exit code is the highest a rule gives. */
export function decideExit(policy: ExitPolicy, evidence: ExitEvidence): ExitDecision {
  const reasons: ExitReason[] = [];
  for (const rule of EXIT_RULES) {
    const r = rule.judge(policy, evidence);
    if (r) reasons.push({ rule: rule.name, ...r });
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
function acceptedOf({ verdict, verdictSummary, findings }: ExitEvidence): ExitAccepted[] {
  return [
    ...(verdict === 'REGRESSION'
      ? [{ what: 'verdict' as const, code: null, message: verdictSummary ?? 'a regression vs base' }]
      : []),
    ...findings
      .filter((f) => findingClass(f) === 'regression')
      .map((f) => ({ what: 'finding' as const, code: f.code, message: f.message })),
  ];
}
