/**
 * The one exit decision of the action, `inferguard analyze` and `inferguard compare`: a policy
 * (the user's fail-on settings) applied to the evidence of one run (its findings, gates block and
 * compare verdict) by a table of rules. Each rule says whether it fails the run, with which exit
 * code and one line of why. Exit codes (README "Exit codes"): 0 ok; 1 a finding at or above
 * fail-on (none critical), a blocking gate, or a REGRESSION under fail-on-regression; 2 a critical
 * finding (fail-on not `never`); 3 no report.
 */
import { countBySeverity } from './findings/order.js';
import type { GatesBlock } from './gates/types.js';
import { SEVERITY_RANK, type Finding, type Severity } from './types.js';

export const FAIL_ON_VALUES = ['never', 'info', 'warning', 'critical'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CRITICAL = 2;
export const EXIT_NO_REPORT = 3;

/** What the user asked to fail on (the action's inputs, the CLI's flags). */
export interface ExitPolicy {
  failOn: FailOn;
  failOnRegression: boolean;
}

/** What one run produced: every finding (head report and baseline rules), gates, verdict. */
export interface ExitEvidence {
  findings: readonly Finding[];
  /** This run's gates block (null when no gate was configured). */
  gates: GatesBlock | null;
  /** The compare verdict (REGRESSION, …), null without a baseline. */
  verdict: string | null;
}

export type ExitRuleName = 'findings' | 'gates' | 'regression';

export interface ExitReason {
  rule: ExitRuleName;
  exitCode: number;
  /** One line for the step's failure message and the CLI's stderr. */
  message: string;
}

export interface ExitDecision {
  exitCode: number;
  failed: boolean;
  /** Every rule that failed the run, in EXIT_RULES order. */
  reasons: ExitReason[];
  counts: Record<Severity, number>;
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

const findingsRule: ExitRule = {
  name: 'findings',
  judge({ failOn }, { findings }) {
    const exitCode = exitCodeFor(findings, failOn);
    if (exitCode === EXIT_OK) return null;
    const c = countFindings(findings);
    const first = findings.find((f) => f.severity === 'critical') ?? findings[0];
    return {
      exitCode,
      message: `${c.critical} critical and ${c.warning} warning finding(s) reach fail-on '${failOn}'${first ? `; first: ${first.message}` : ''}`,
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
    };
  },
};

const regressionRule: ExitRule = {
  name: 'regression',
  judge({ failOnRegression }, { verdict }) {
    if (!failOnRegression || verdict !== 'REGRESSION') return null;
    return {
      exitCode: EXIT_FINDINGS,
      message: 'the comparison with the baseline found a REGRESSION (fail-on-regression)',
    };
  },
};

/** The policy's rules, in the order their reasons are reported. */
export const EXIT_RULES: readonly ExitRule[] = [findingsRule, gatesRule, regressionRule];

/** Applies every rule of EXIT_RULES; the exit code is the highest a rule gives. */
export function decideExit(policy: ExitPolicy, evidence: ExitEvidence): ExitDecision {
  const reasons: ExitReason[] = [];
  for (const rule of EXIT_RULES) {
    const r = rule.judge(policy, evidence);
    if (r) reasons.push({ rule: rule.name, ...r });
  }
  const exitCode = Math.max(EXIT_OK, ...reasons.map((r) => r.exitCode));
  return { exitCode, failed: exitCode !== EXIT_OK, reasons, counts: countFindings(evidence.findings) };
}
