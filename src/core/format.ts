/**
 * One number formatter per unit; the metric catalogue (src/core/metrics.ts) names each metric's.
 * NaN/Infinity and null print as "—" on purpose; no locale formatting, so the same input always
 * gives the same bytes.
 */

const DASH = '—';

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Seconds with 3 significant-ish decimals: 0.0123 s → "12.3 ms", 1.5 → "1.50 s". */
export function formatSeconds(v: unknown): string {
  if (!finite(v)) return DASH;
  if (Math.abs(v) < 1) return `${(v * 1000).toFixed(v * 1000 < 10 ? 2 : 1)} ms`;
  return `${v.toFixed(v < 100 ? 2 : 1)} s`;
}

export function formatTokensPerSec(v: unknown): string {
  if (!finite(v)) return DASH;
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

/** Fraction 0–1 as a percentage. */
export function formatPct(v: unknown, digits = 1): string {
  if (!finite(v)) return DASH;
  return `${(v * 100).toFixed(digits)}%`;
}

export function formatCount(v: unknown): string {
  if (!finite(v)) return DASH;
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

export function formatMoney(v: unknown, currency = 'USD'): string {
  if (!finite(v)) return DASH;
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 2 : 4;
  // The currency may come from a report we did not write: only letters and digits reach markdown.
  return `${v.toFixed(digits)} ${String(currency)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)}`;
}

/** Signed relative change: 0.123 → "+12.3%". */
export function formatDelta(v: unknown): string {
  if (!finite(v)) return DASH;
  const s = (v * 100).toFixed(1);
  return v > 0 ? `+${s}%` : `${s}%`;
}

export function formatBytes(v: unknown): string {
  if (!finite(v)) return DASH;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let x = v;
  let i = 0;
  while (Math.abs(x) >= 1000 && i < units.length - 1) {
    x /= 1000;
    i++;
  }
  return `${x.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/** An eval score (0–1 or a raw task score) with 4 decimals. */
export function formatScore(v: unknown): string {
  if (!finite(v)) return DASH;
  return v.toFixed(4);
}

/** A signed relative change: one decimal below 10%, whole percent above; U+2212 for minus ("+12%", "−3.4%", "0%"). */
export function formatSignedPct(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return DASH;
  const a = Math.abs(v) * 100;
  const s = a >= 10 ? a.toFixed(0) : a.toFixed(1);
  if (Number(s) === 0) return '0%';
  return v > 0 ? `+${s}%` : `−${s}%`;
}

/** A signed change of a fraction in percentage points, U+2212 for minus ("+1.5 pt", "0 pt"). */
export function formatSignedPoints(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return DASH;
  const s = (Math.abs(v) * 100).toFixed(1);
  if (Number(s) === 0) return '0 pt';
  return `${v > 0 ? '+' : '−'}${s} pt`;
}

/** A signed absolute change with `digits` decimals, U+2212 for minus (an eval score's "+0.0123"). */
export function formatSigned(v: number | null, digits: number): string {
  if (v === null || !Number.isFinite(v)) return DASH;
  const s = Math.abs(v).toFixed(digits);
  if (Number(s) === 0) return s;
  return `${v > 0 ? '+' : '−'}${s}`;
}

/** A p- or q-value: two significant digits, exponent form below 1e-4 ("0.031", "3.2e-6"). */
export function formatPValue(p: number | null): string {
  if (p === null) return DASH;
  if (p === 0) return '0';
  return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}
