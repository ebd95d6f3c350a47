/**
 * The tail statistic (docs/ARCHITECTURE.md "Tail statistic"): curve rules and compare use p99 when the
 * cell has it, else p95, else p90. AgentX aiperf aggregates carry p95 but no p99, so their tail
 * is p95. The statistic used is named in evidence, messages and column headers (`p95 TTFT`).
 */
import type { LatencyBase } from '../metrics.js';

export const TAIL_STATS = ['p99', 'p95', 'p90'] as const;
export type TailStat = (typeof TAIL_STATS)[number];

export interface Tail {
  stat: TailStat;
  /** Metric name, e.g. `p95_ttft`. */
  key: string;
  /** Seconds. */
  value: number;
}

export interface TailPair {
  stat: TailStat;
  key: string;
  from: number;
  to: number;
}

interface HasMetrics {
  readonly metrics: Readonly<Record<string, unknown>>;
}

function finite(m: Readonly<Record<string, unknown>>, key: string): number | null {
  const v = m[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The tail statistic of one cell for a latency base (`ttft`, `tpot`, …): p99, else p95, else p90; null when none. */
export function tailStat(cell: HasMetrics, base: LatencyBase): Tail | null {
  for (const stat of TAIL_STATS) {
    const key = `${stat}_${base}`;
    const value = finite(cell.metrics, key);
    if (value !== null) return { stat, key, value };
  }
  return null;
}

/**
 * The tail statistic of a set of cells or values for a latency base: the first of p99, p95, p90
 * that `has` (any member carries that key), so one column or chart shows one statistic; p99
 * when none does.
 */
export function tailOfSet(base: LatencyBase, has: (key: string) => boolean): { stat: TailStat; key: string } {
  for (const stat of TAIL_STATS) if (has(`${stat}_${base}`)) return { stat, key: `${stat}_${base}` };
  return { stat: 'p99', key: `p99_${base}` };
}

/**
 * The tail statistic two cells share (the first of p99, p95, p90 present on both), so a step or
 * a base/head comparison never compares a p99 with a p95. Null when they share none.
 */
export function commonTail(a: HasMetrics, b: HasMetrics, base: LatencyBase): TailPair | null {
  for (const stat of TAIL_STATS) {
    const key = `${stat}_${base}`;
    const from = finite(a.metrics, key);
    const to = finite(b.metrics, key);
    if (from !== null && to !== null) return { stat, key, from, to };
  }
  return null;
}

/** `p99 TTFT` style label of a tail key (`p95_ttft` → `p95 TTFT`). */
export function tailLabel(stat: TailStat, base: LatencyBase): string {
  return `${stat} ${base.toUpperCase()}`;
}

/**
 * One statistic for a column over many cells: the single tail stat every cell with a value uses,
 * or null when the cells use different ones (the column then names the stat per value).
 */
export function uniformTailStat(cells: readonly HasMetrics[], base: LatencyBase): TailStat | null | 'none' {
  let seen: TailStat | null = null;
  for (const c of cells) {
    const t = tailStat(c, base);
    if (t === null) continue;
    if (seen === null) seen = t.stat;
    else if (seen !== t.stat) return null;
  }
  return seen ?? 'none';
}
