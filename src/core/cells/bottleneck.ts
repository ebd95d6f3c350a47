/**
 * Descriptive bottleneck classification of a cell (report.json `bottleneck`, without
 * its recommendations: we describe, we do not advise). Computed only for cells with per-request
 * samples. Categories and their 0–1 scores:
 *
 * - prefill-bound: TTFT is a large share of end-to-end latency (p50 TTFT / p50 E2EL): 0 at 30%,
 *   1 at 70%.
 * - decode-bound: the rest of the request (token generation) dominates: 0 when it is 30% of
 *   E2EL, 1 at 70%.
 * - queue-bound: the TTFT tail far above its median (p99 / p50 TTFT): requests wait before
 *   prefill; 0 at 2×, 1 at 5×.
 * - kv-bound: GPU KV usage p95 from 80% (0) to 95% (1); any preemption scores at least 0.75.
 * - transfer-bound (disaggregated cells): share of live samples flagged kv_transfer_stall or
 *   kv_transfer_errors_present, ×2, capped at 1.
 *
 * primary = highest score ≥ 0.5 (ties in the order above), else `unknown`; secondary = the other
 * categories scoring ≥ 0.3, highest first; confidence = primary score × the share of applicable
 * indicator groups that had data (0 for unknown).
 */
import { metricOf } from '../curve/curve.js';
import { roundStable } from '../parse.js';
import { percentileSorted } from '../stats.js';
import type { Cell, SampleSketch } from '../types.js';

export const BOTTLENECK_CATEGORIES = [
  'prefill-bound',
  'decode-bound',
  'queue-bound',
  'kv-bound',
  'transfer-bound',
] as const;
export type BottleneckCategory = (typeof BOTTLENECK_CATEGORIES)[number] | 'unknown';

export interface BottleneckClassification {
  primary: BottleneckCategory;
  secondary: BottleneckCategory[];
  confidence: number;
  indicators: Record<string, number>;
  scores: Record<string, number>;
  evidence: string[];
}

const PRIMARY_MIN = 0.5;
const SECONDARY_MIN = 0.3;

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function pct(sk: SampleSketch | undefined, p: number): number | null {
  if (!sk || sk.values.length === 0) return null;
  return percentileSorted(sk.values, p);
}

function isDisaggregated(cell: Cell): boolean {
  const t = cell.topology;
  return (
    cell.timelineData !== undefined || t.disagg === true || t.disagg === 'true' || typeof t.num_decode_gpu === 'number'
  );
}

/** What the indicator groups add up: indicator values, scores, evidence lines, groups with data. */
interface Scoring {
  indicators: Record<string, number>;
  scores: Record<string, number>;
  evidence: string[];
  groups: number;
}

/** TTFT's share of E2EL (prefill- and decode-bound) and the TTFT tail over its median (queue-bound). */
function scoreLatencyShape(cell: Cell, s: NonNullable<Cell['samples']>, out: Scoring): void {
  const ttft50 = pct(s.ttft_s, 50) ?? metricOf(cell, 'p50_ttft');
  const ttft99 = pct(s.ttft_s, 99) ?? metricOf(cell, 'p99_ttft');
  const e2el50 = pct(s.e2el_s, 50) ?? metricOf(cell, 'p50_e2el');
  if (ttft50 !== null && e2el50 !== null && e2el50 > 0) {
    out.groups++;
    const share = Math.min(1, ttft50 / e2el50);
    out.indicators.ttft_share_of_e2el = roundStable(share);
    out.scores['prefill-bound'] = clamp01((share - 0.3) / 0.4);
    out.scores['decode-bound'] = clamp01((1 - share - 0.3) / 0.4);
    out.evidence.push(
      `p50 TTFT ${ttft50.toFixed(3)} s is ${(share * 100).toFixed(1)}% of p50 end-to-end latency ${e2el50.toFixed(3)} s`,
    );
  }
  if (ttft50 !== null && ttft99 !== null && ttft50 > 0) {
    out.groups++;
    const tail = ttft99 / ttft50;
    out.indicators.ttft_p99_over_p50 = roundStable(tail);
    out.scores['queue-bound'] = clamp01((tail - 2) / 3);
    out.evidence.push(`p99 TTFT is ${tail.toFixed(2)}× its median`);
  }
}

/** KV usage p95 and preemptions (kv-bound). */
function scoreKvPressure(cell: Cell, out: Scoring): void {
  const kv = metricOf(cell, 'kv_cache_usage_p95');
  const pre = metricOf(cell, 'preemptions');
  if (kv === null && pre === null) return;
  out.groups++;
  let score = 0;
  if (kv !== null) {
    out.indicators.kv_cache_usage_p95 = roundStable(kv);
    score = clamp01((kv - 0.8) / 0.15);
    out.evidence.push(`GPU KV cache usage p95 ${(kv * 100).toFixed(1)}%`);
  }
  if (pre !== null) {
    out.indicators.preemptions = pre;
    if (pre > 0) {
      score = Math.max(score, 0.75);
      out.evidence.push(`${pre} preemption(s)`);
    }
  }
  out.scores['kv-bound'] = score;
}

/** Share of live samples with KV-transfer stalls or errors (transfer-bound; disaggregated cells with a timeline). */
function scoreKvTransfer(cell: Cell, out: Scoring): void {
  if (!cell.timelineData || cell.timelineData.samples.length === 0) return;
  out.groups++;
  let frac = 0;
  for (const f of cell.findings) {
    if (f.code !== 'kv_transfer_stall' && f.code !== 'kv_transfer_errors_present') continue;
    const n = typeof f.evidence.samples === 'number' ? f.evidence.samples : 0;
    const total =
      typeof f.evidence.total_samples === 'number' && f.evidence.total_samples > 0
        ? f.evidence.total_samples
        : cell.timelineData.samples.length;
    frac = Math.max(frac, n / total);
  }
  out.indicators.transfer_problem_sample_share = roundStable(frac);
  out.scores['transfer-bound'] = clamp01(frac * 2);
  if (frac > 0) out.evidence.push(`${(frac * 100).toFixed(0)}% of live samples show KV-transfer stalls or errors`);
}

/** Classification of a cell, or null when the cell has no per-request samples. */
export function classifyBottleneck(cell: Cell): BottleneckClassification | null {
  const s = cell.samples;
  if (!s || (!s.ttft_s && !s.e2el_s)) return null;
  const out: Scoring = { indicators: {}, scores: {}, evidence: [], groups: 0 };
  let applicable = 3;
  scoreLatencyShape(cell, s, out);
  scoreKvPressure(cell, out);
  if (isDisaggregated(cell)) {
    applicable++;
    scoreKvTransfer(cell, out);
  }
  const { scores } = out;

  const ranked = BOTTLENECK_CATEGORIES.filter((c) => scores[c] !== undefined)
    .map((c, i) => ({ c, s: scores[c] as number, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const top = ranked[0];
  const primary: BottleneckCategory = top && top.s >= PRIMARY_MIN ? top.c : 'unknown';
  const secondary = ranked.filter((x) => x.c !== primary && x.s >= SECONDARY_MIN).map((x) => x.c);
  const coverage = out.groups / applicable;
  const roundedScores: Record<string, number> = {};
  for (const c of BOTTLENECK_CATEGORIES) if (scores[c] !== undefined) roundedScores[c] = roundStable(scores[c]);
  return {
    primary,
    secondary,
    confidence: primary === 'unknown' || !top ? 0 : roundStable(top.s * coverage),
    indicators: out.indicators,
    scores: roundedScores,
    evidence: out.evidence,
  };
}
