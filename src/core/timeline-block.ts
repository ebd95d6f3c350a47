/**
 * The `timeline` block of a cell (ANALYZER.md): sample count, first/last observation, finding
 * counts by code (live codes outside the analyze enum, like connector_mismatch, counted here and
 * never reported as findings), first finding, first critical finding, and the lead time from the
 * first live finding to a TTFT cliff seen in the live TTFT.
 *
 * Also the shared helpers of the five timeline rules (endpoint_unreachable, engine_unidentified,
 * kv_transfer_errors_present, kv_transfer_stall, prefill_decode_imbalance): grouping the cells
 * that share one timeline file, reading disagg-status/v1 snapshots, and building the ONE finding
 * per code per timeline, merged with the finding the timeline itself carried.
 */
import { isRecord, roundStable, toNumber } from './parse.js';
import type { Thresholds } from './thresholds.js';
import {
  SEVERITY_RANK,
  type Cell,
  type Finding,
  type FindingCode,
  type Severity,
  type TimelineSample,
} from './types.js';

function iso(epochS: number | null): string | null {
  return epochS === null ? null : new Date(Math.round(epochS * 1000)).toISOString();
}

export const SNAPSHOT_ROLES = ['prefill', 'decode', 'transfer'] as const;
export type SnapshotRole = (typeof SNAPSHOT_ROLES)[number];

/** The endpoint snapshots of one sample, by role (null roles skipped). */
export function snapshotsOf(sample: TimelineSample): { role: SnapshotRole; snap: Record<string, unknown> }[] {
  const out: { role: SnapshotRole; snap: Record<string, unknown> }[] = [];
  for (const role of SNAPSHOT_ROLES) {
    const s = sample.status[role];
    if (isRecord(s)) out.push({ role, snap: s });
  }
  return out;
}

/** `snap[field]` of a role as a finite number, else null (fields are present and null when unexposed). */
export function snapNumber(sample: TimelineSample, role: SnapshotRole, field: string): number | null {
  const s = sample.status[role];
  return isRecord(s) ? toNumber(s[field]) : null;
}

/** Live TTFT of a sample: the largest `ttft_avg_seconds` over its endpoints, null when none. */
export function liveTtftS(sample: TimelineSample): number | null {
  let best: number | null = null;
  for (const { snap } of snapshotsOf(sample)) {
    const v = toNumber(snap.ttft_avg_seconds);
    if (v !== null && (best === null || v > best)) best = v;
  }
  return best;
}

export interface TimelineGroup {
  file: string;
  /** The cell the timeline's findings live on: lowest concurrency, then cell id (as buildReport picks it). */
  home: Cell;
  owners: Cell[];
  samples: TimelineSample[];
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
      return { file, home, owners: sorted, samples: home.timelineData?.samples ?? [] };
    });
}

export interface DerivedTimeline {
  code: FindingCode;
  severity: Severity;
  /** Samples where the condition holds (time-sorted). */
  hits: TimelineSample[];
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
  const times = d.hits.map((s) => s.observed_at);
  let first = Math.min(...times);
  let last = Math.max(...times);
  let severity = d.severity;
  const ce = carried?.evidence ?? null;
  if (carried && ce) {
    const cf = epochOf(ce.first_at);
    const cl = epochOf(ce.last_at);
    if (cf !== null) first = Math.min(first, cf);
    if (cl !== null) last = Math.max(last, cl);
    if (SEVERITY_RANK[carried.severity] > SEVERITY_RANK[severity]) severity = carried.severity;
  }
  const n = d.hits.length;
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
      first_line: d.hits[0]?.line ?? null,
      lines: d.hits.slice(0, 5).map((s) => s.line),
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
export function detectLiveTtftCliff(samples: readonly TimelineSample[], ratio: number): LiveTtftCliff | null {
  let ref: number | null = null;
  for (const s of samples) {
    const v = liveTtftS(s);
    if (v === null) continue;
    if (ref === null) {
      if (v > 0) ref = v;
      continue;
    }
    if (v >= ratio * ref) return { at: s.observed_at, line: s.line, ttft_s: v, reference_ttft_s: ref, ratio: v / ref };
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
  const counts: Record<string, number> = {};
  let firstFinding: number | null = null;
  let firstCritical: number | null = null;
  for (const s of samples) {
    const findings = Array.isArray(s.status.findings) ? (s.status.findings as Record<string, unknown>[]) : [];
    for (const f of findings) {
      const code = typeof f.code === 'string' ? f.code : 'unknown';
      counts[code] = (counts[code] ?? 0) + 1;
      if (firstFinding === null || s.observed_at < firstFinding) firstFinding = s.observed_at;
      if (f.severity === 'critical' && (firstCritical === null || s.observed_at < firstCritical))
        firstCritical = s.observed_at;
    }
  }
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(counts).sort()) sorted[k] = counts[k] as number;
  const ratio = opts.thresholds?.ttft_cliff_ratio ?? 2;
  const cliff = detectLiveTtftCliff(samples, ratio);
  return {
    file: t.file,
    sample_count: samples.length,
    first_observed_at: iso(samples[0]?.observed_at ?? null),
    last_observed_at: iso(samples[samples.length - 1]?.observed_at ?? null),
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
