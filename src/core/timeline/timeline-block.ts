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
import { roundStable } from '../parse.js';
import type { Thresholds } from '../thresholds.js';
import { COL_LIVE_TTFT, TimelineSamples } from './timeline-samples.js';
import { SEVERITY_RANK, type Cell, type Finding, type FindingCode, type Severity } from '../types.js';

function iso(epochS: number | null): string | null {
  return epochS === null ? null : new Date(Math.round(epochS * 1000)).toISOString();
}

export interface TimelineGroup {
  file: string;
  /** The cell the timeline's findings live on: lowest concurrency, then cell id (as buildReport picks it). */
  home: Cell;
  owners: Cell[];
  samples: TimelineSamples;
}

/** Cells grouped by the timeline file attached to them, sorted by file. */
export function timelineGroups(cells: readonly Cell[]): TimelineGroup[] {
  const map = new Map<string, Cell[]>();
  for (const c of cells) {
    if (!c.timelineData) continue;
    map.set(c.timelineData.file, [...(map.get(c.timelineData.file) ?? []), c]);
  }
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, owners]) => {
      const sorted = owners
        .slice()
        .sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
      const home = sorted[0] as Cell;
      return { file, home, owners: sorted, samples: home.timelineData?.samples ?? new TimelineSamples() };
    });
}

/**
 * The samples (rows) where a rule's condition holds, added in time order: what a timeline
 * finding reports of them (count, first/last time, first lines), without keeping the rows.
 */
export class TimelineHits {
  count = 0;
  minAt = Infinity;
  maxAt = -Infinity;
  /** Lines of the first 5 hits. */
  readonly lines: number[] = [];

  constructor(private readonly samples: TimelineSamples) {}

  add(i: number): void {
    this.count++;
    const at = this.samples.observedAtOf(i);
    if (at < this.minAt) this.minAt = at;
    if (at > this.maxAt) this.maxAt = at;
    if (this.lines.length < 5) this.lines.push(this.samples.lineOf(i));
  }
}

/**
 * Hits of a per-role condition: the rows where `rolesOf(i)` (a role bit mask, 0 = none) is set,
 * and the union of the roles seen.
 */
export function roleHits(
  samples: TimelineSamples,
  rolesOf: (i: number) => number,
): { hits: TimelineHits; roles: number } {
  const hits = new TimelineHits(samples);
  let roles = 0;
  for (let i = 0; i < samples.length; i++) {
    const r = rolesOf(i);
    if (r === 0) continue;
    roles |= r;
    hits.add(i);
  }
  return { hits, roles };
}

export interface DerivedTimeline {
  code: FindingCode;
  severity: Severity;
  /** Samples where the condition holds (added in time order). */
  hits: TimelineHits;
  /** What the samples show, e.g. "a decode endpoint unreachable". */
  what: string;
  threshold_name: string | null;
  threshold: number | null;
  extra: Record<string, unknown>;
}

function epochOf(isoText: unknown): number | null {
  if (typeof isoText !== 'string') return null;
  const ms = Date.parse(isoText);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

/**
 * One finding for a re-derived timeline code, merged with the finding the timeline carried for
 * the same code (evidence.carried true) on the group's home cell: severity is the higher of the
 * two, first/last time span both, both sample counts are kept. `evidence.replaces_carried` tells
 * the pipeline to drop the carried copy, so a cell never holds two findings of one code.
 */
export function timelineFinding(group: TimelineGroup, d: DerivedTimeline): Finding {
  const carried = group.home.findings.find((f) => f.code === d.code && f.evidence.carried === true) ?? null;
  let first = d.hits.minAt;
  let last = d.hits.maxAt;
  let severity = d.severity;
  const ce = carried?.evidence ?? null;
  if (carried && ce) {
    const cf = epochOf(ce.first_at);
    const cl = epochOf(ce.last_at);
    if (cf !== null) first = Math.min(first, cf);
    if (cl !== null) last = Math.max(last, cl);
    if (SEVERITY_RANK[carried.severity] > SEVERITY_RANK[severity]) severity = carried.severity;
  }
  const n = d.hits.count;
  const total = group.samples.length;
  const span = first === last ? `at ${iso(first)}` : `from ${iso(first)} to ${iso(last)}`;
  const carriedNote =
    carried && typeof ce?.samples === 'number' ? `; the timeline itself flagged ${ce.samples} sample(s)` : '';
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
export function dropReplacedCarried(findings: Finding[]): Finding[] {
  const replaced = new Set(findings.filter((f) => f.evidence.replaces_carried === true).map((f) => f.code));
  if (replaced.size === 0) return findings;
  return findings.filter((f) => !(f.evidence.carried === true && replaced.has(f.code)));
}

export interface LiveTtftCliff {
  at: number;
  line: number;
  ttft_s: number;
  reference_ttft_s: number;
  ratio: number;
}

/**
 * A TTFT cliff in the live data: the first sample whose live TTFT is ≥ `ratio` × the live TTFT
 * of the first sample that has one. Null when no sample crosses (or no live TTFT exists).
 */
export function detectLiveTtftCliff(samples: TimelineSamples, ratio: number): LiveTtftCliff | null {
  let ref: number | null = null;
  for (let i = 0; i < samples.length; i++) {
    const v = samples.num(COL_LIVE_TTFT, i);
    if (v === null) continue;
    if (ref === null) {
      if (v > 0) ref = v;
      continue;
    }
    if (v >= ratio * ref)
      return { at: samples.observedAtOf(i), line: samples.lineOf(i), ttft_s: v, reference_ttft_s: ref, ratio: v / ref };
  }
  return null;
}

export interface TimelineBlockOptions {
  thresholds?: Pick<Thresholds, 'ttft_cliff_ratio'>;
  /** Cells sharing the timeline or the cell's family have a ttft_cliff finding on the curve. */
  curveTtftCliff?: boolean;
}

export function buildTimelineBlock(cell: Cell, opts: TimelineBlockOptions = {}): Record<string, unknown> {
  const t = cell.timelineData;
  if (!t) return {};
  const samples = t.samples;
  // Counts and first times do not depend on order: the reader gathered them while streaming.
  const sorted: Record<string, number> = {};
  for (const k of [...samples.findingCounts.keys()].sort()) sorted[k] = samples.findingCounts.get(k) as number;
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
          ttft_s: roundStable(cliff.ttft_s),
          reference_ttft_s: roundStable(cliff.reference_ttft_s),
          ratio: roundStable(cliff.ratio),
          threshold_name: 'ttft_cliff_ratio',
          threshold: ratio,
        }
      : null,
    // Positive: the first live finding came that many seconds before the cliff.
    lead_time_s: cliff && firstFinding !== null ? roundStable(cliff.at - firstFinding) : null,
  };
}
