/**
 * Numbers and their text as compare writes them (one home for the whole compare: metric-compare,
 * run-level, runs, verdicts): rounding of reported values, relative change, the direction sign,
 * percentages and p-values in notes.
 */
import type { MetricComparison } from './types.js';

/** Float tolerance of band and floor edges: 0.9 − 0.8 is at a 0.1 band. */
export const BAND_EPS = 1e-9;

/** Relative change head vs base, null without a non-zero base. */
export function rel(base: number | null, head: number | null): number | null {
  if (base === null || head === null || base === 0) return null;
  return (head - base) / Math.abs(base);
}

/** +1 when a larger value is worse, −1 when a smaller one is, 0 for neutral metrics. */
export function worseSign(direction: MetricComparison['direction']): number {
  return direction === 'lower_is_better' ? 1 : direction === 'higher_is_better' ? -1 : 0;
}

/** A reported value: `digits` significant digits; null for null and non-finite values. */
export function round(v: number | null, digits = 12): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(digits));
}

/** `+12.3%` / `-4.0%`. */
export function pctText(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

/** A p- or q-value in a note: `0`, `3.1e-7`, `0.042`. */
export function formatP(p: number): string {
  if (p === 0) return '0';
  if (p < 1e-4) return p.toExponential(1);
  return p.toPrecision(2);
}
