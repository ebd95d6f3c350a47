/**
 * Exit codes (ANALYZER.md): 0 nothing at or above --fail-on; 1 a finding at or above --fail-on
 * but none critical; 2 a critical finding and --fail-on is not `never`; 3 no report.
 */
import { SEVERITY_RANK, type Finding, type Severity } from './types.js';

export const FAIL_ON_VALUES = ['never', 'info', 'warning', 'critical'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CRITICAL = 2;
export const EXIT_NO_REPORT = 3;

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Exit code for a written report's findings under a --fail-on policy. */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): number {
  if (failOn === 'never') return EXIT_OK;
  const min = SEVERITY_RANK[failOn];
  const hits = findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
  if (hits.length === 0) return EXIT_OK;
  return hits.some((f) => f.severity === 'critical') ? EXIT_CRITICAL : EXIT_FINDINGS;
}
