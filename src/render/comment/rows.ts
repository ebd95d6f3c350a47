/** The changed and the suspicious comparisons of a diff, in the order the comment lists them. */
import type { CellDiff, MetricComparison, ReportDiff } from '../../core/compare/types.js';
import { cmp } from './format.js';

/** The mark of a suspicious change: shown, never a failure (never 🔴). */
export const SUSPICIOUS_ICON = '🟡';

/** Suspicious rows shown open; the rest (up to the limit) in a <details>. */
export const SUSPICIOUS_OPEN = 5;

/** Beyond the cell's usual range but inside the heavy tail of noise: shown, never a verdict. */
export function isSuspicious(c: MetricComparison): boolean {
  return c.suspicious === true && c.outcome !== 'regressed' && c.outcome !== 'improved';
}

/**
 * Why a metric is suspicious, from its reason code and whether a jump was allowed for (compare.json
 * `reason`, `noise.jump_share`; never from `note`).
 */
export function suspiciousWhy(c: MetricComparison): string {
  if (c.reason === 'isolated_tail')
    return "tail alone (median and neighbours held), outside this cell's usual range; re-run to confirm";
  if ((c.noise?.jump_share ?? 0) > 0) return "a single run beyond this cell's own runs; re-run to confirm";
  return "outside this cell's usual range; re-run to confirm";
}

/** Suspicious comparisons, largest |relative change| first, then cell order and metric. */
export function suspiciousRows(diff: ReportDiff): ChangeRow[] {
  const rows: (ChangeRow & { order: number })[] = [];
  diff.cells.forEach((cell, order) => {
    for (const c of cell.verdict?.comparisons ?? []) if (isSuspicious(c)) rows.push({ cell, c, order });
  });
  const mag = (c: MetricComparison): number => Math.abs(c.relative_delta ?? c.delta ?? 0);
  rows.sort((a, b) => mag(b.c) - mag(a.c) || a.order - b.order || cmp(a.c.metric, b.c.metric));
  return rows;
}

interface ChangeRow {
  cell: CellDiff;
  c: MetricComparison;
}

/** Regressed comparisons first, then improved; within each by |relative change| desc, then cell order. */
export function changes(diff: ReportDiff): ChangeRow[] {
  const rows: (ChangeRow & { order: number })[] = [];
  diff.cells.forEach((cell, order) => {
    for (const c of cell.verdict?.comparisons ?? []) {
      if (c.outcome === 'regressed' || c.outcome === 'improved') rows.push({ cell, c, order });
    }
  });
  const mag = (c: MetricComparison): number => Math.abs(c.relative_delta ?? c.delta ?? 0);
  rows.sort(
    (a, b) =>
      (a.c.outcome === 'regressed' ? 0 : 1) - (b.c.outcome === 'regressed' ? 0 : 1) ||
      mag(b.c) - mag(a.c) ||
      a.order - b.order ||
      cmp(a.c.metric, b.c.metric),
  );
  return rows;
}
