/**
 * The `timeline` block of a cell (ANALYZER.md): sample count, first/last observation, finding
 * counts by code (live codes outside the analyze enum, like connector_mismatch, counted here and
 * never reported as findings), first finding, first critical finding.
 */
import type { Cell } from './types.js';

function iso(epochS: number | null): string | null {
  return epochS === null ? null : new Date(Math.round(epochS * 1000)).toISOString();
}

export function buildTimelineBlock(cell: Cell): Record<string, unknown> {
  const t = cell.timelineData;
  if (!t) return {};
  const samples = t.samples;
  const counts: Record<string, number> = {};
  let firstFinding: number | null = null;
  let firstCritical: number | null = null;
  for (const s of samples) {
    const findings = Array.isArray(s.status.findings) ? (s.status.findings as Record<string, unknown>[]) : [];
    for (const f of findings) {
      const code = typeof f.code === 'string' ? f.code : 'unknown';
      counts[code] = (counts[code] ?? 0) + 1;
      if (firstFinding === null || s.observed_at < firstFinding) firstFinding = s.observed_at;
      if (f.severity === 'critical' && (firstCritical === null || s.observed_at < firstCritical)) firstCritical = s.observed_at;
    }
  }
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(counts).sort()) sorted[k] = counts[k] as number;
  return {
    file: t.file,
    sample_count: samples.length,
    first_observed_at: iso(samples[0]?.observed_at ?? null),
    last_observed_at: iso(samples[samples.length - 1]?.observed_at ?? null),
    finding_counts_by_code: sorted,
    first_finding_at: iso(firstFinding),
    first_critical_finding_at: iso(firstCritical),
  };
}
