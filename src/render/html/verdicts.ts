/**
 * report.html's verdict, finding and curve-change lists, each entry linked to the head cell it
 * names (an index into the model's cells: the page's `#cell-<index>` anchor, never the id).
 */
import { cellFamilyKey } from '../../core/compare/match.js';
import type { MetricComparison, ReportDiff } from '../../core/compare/types.js';
import { formatMetric, metricLabel } from '../../core/metrics.js';
import type { Finding, Report } from '../../core/types.js';
import { text } from './values.js';

export type Tier = 'REGRESSION' | 'IMPROVEMENT' | 'SUSPICIOUS';

export interface VerdictModel {
  tier: Tier;
  /** Metric label ("p99 TTFT"). */
  metric: string;
  /** Head cell index, or null for a cell the head lacks. */
  cell: number | null;
  /** "1.20 s → 1.45 s (+21%): note". */
  text: string;
}

export interface FindingModel {
  sev: Finding['severity'];
  code: string;
  msg: string;
  cell: number | null;
}

/** Findings carried into the page (most severe first); the rest are counted. */
export const MAX_FINDINGS = 500;
/** Verdict entries carried into the page. */
export const MAX_VERDICTS = 300;

function signedPct(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return '';
  return ` (${r >= 0 ? '+' : '−'}${Math.abs(r * 100).toFixed(1)}%)`;
}

/** "base → head (±x%): note" of one comparison. */
export function comparisonText(c: MetricComparison | undefined, currency?: string): string {
  if (!c) return '';
  const values = `${formatMetric(c.metric, c.base, currency)} → ${formatMetric(c.metric, c.head, currency)}${signedPct(c.relative_delta)}`;
  return text(c.note ? `${values}: ${c.note}` : values, 600);
}

/** The tier a comparison carries, or null (unchanged and not suspicious). */
export function tierOf(c: MetricComparison): Tier | null {
  if (c.outcome === 'regressed') return 'REGRESSION';
  if (c.outcome === 'improved') return 'IMPROVEMENT';
  return c.suspicious === true ? 'SUSPICIOUS' : null;
}

/** Every regressed, improved and suspicious metric of every cell, in the diff's cell order. */
export function buildVerdicts(diff: ReportDiff, index: ReadonlyMap<string, number>): VerdictModel[] {
  const out: VerdictModel[] = [];
  const order: Record<Tier, number> = { REGRESSION: 0, IMPROVEMENT: 1, SUSPICIOUS: 2 };
  for (const d of diff.cells) {
    if (!d.verdict) continue;
    const cell = d.head_cell_id !== null ? (index.get(d.head_cell_id) ?? null) : null;
    for (const c of d.verdict.comparisons) {
      const tier = tierOf(c);
      if (tier === null) continue;
      out.push({
        tier,
        metric: text(metricLabel(c.metric), 80),
        cell,
        text: comparisonText(c, diff.head.totals?.currency ?? undefined),
      });
    }
  }
  return out.sort((a, b) => order[a.tier] - order[b.tier]).slice(0, MAX_VERDICTS);
}

/** Findings with their cell's index; the first MAX_FINDINGS. */
export function buildFindings(
  all: readonly Finding[],
  index: ReadonlyMap<string, number>,
): { findings: FindingModel[]; omitted: number } {
  const findings = all.slice(0, MAX_FINDINGS).map((f) => ({
    sev: f.severity,
    code: text(f.code, 80),
    msg: text(f.message, 1000),
    cell: f.cell_id !== null && f.cell_id !== undefined ? (index.get(f.cell_id) ?? null) : null,
  }));
  return { findings, omitted: Math.max(0, all.length - MAX_FINDINGS) };
}

/** The curve changes of compare (knee, SLO concurrency, goodput, frontier) per family. */
export function buildFrontierChanges(
  diff: ReportDiff,
  head: Report,
  cellFamily: readonly number[],
): { family: number; text: string }[] {
  const famOf = new Map<string, number>();
  head.cells.forEach((c, i) => {
    const k = cellFamilyKey(c);
    if (!famOf.has(k) && cellFamily[i] !== undefined) famOf.set(k, cellFamily[i]);
  });
  return (diff.curves ?? [])
    .filter((c) => c.changes.length > 0 && famOf.has(c.family))
    .map((c) => ({ family: famOf.get(c.family) as number, text: text(c.changes.join('; '), 1000) }));
}
