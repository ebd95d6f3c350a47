/**
 * The one finding order and the one merge of head findings with baseline-rule findings.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';

/** Finding order: severity desc, cell_id (run-level first), code, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const s = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (s !== 0) return s;
  const ca = a.cell_id ?? '';
  const cb = b.cell_id ?? '';
  if (ca !== cb) return ca < cb ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Head-report findings plus the baseline findings (compare.json) the head does not already carry:
 * a baseline finding is dropped when the head has one with the same code and cell_id (the head's
 * finding names every condition met). Sorted like compareFindings.
 */
export function mergeFindings(headFindings: readonly Finding[], diffFindings: readonly Finding[]): Finding[] {
  const seen = new Set(headFindings.map((f) => `${f.code}\u0000${f.cell_id ?? ''}`));
  const extra = diffFindings.filter((f) => !seen.has(`${f.code}\u0000${f.cell_id ?? ''}`));
  return [...headFindings, ...extra].sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
