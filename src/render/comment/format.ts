/**
 * The comment's text helpers: value per unit, signed changes (U+2212 for minus), tables,
 * <details>, run-metadata URLs. Numbers go through core's formatters (src/core/format.ts).
 */
import type { Report } from '../../core/types.js';
import { formatCount, formatMoney, formatPct, formatScore, formatSeconds, formatTokensPerSec } from '../format.js';
import { markdownTable } from 'markdown-table';
import { safeText } from '../escape.js';

/** No-break space: keeps a value, its unit and its change on one line. */
export const NB = '\u00a0';

export function fin(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function nb(s: string): string {
  return s.replace(/ /g, NB);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatValue(unit: string, v: unknown, currency: string): string {
  switch (unit) {
    case 's':
      return formatSeconds(v);
    case 'tok/s/GPU':
    case 'tok/s':
      return formatTokensPerSec(v);
    case 'fraction':
      return formatPct(v);
    case 'currency':
      return formatMoney(v, currency);
    case 'score':
      return formatScore(v);
    default:
      return formatCount(v);
  }
}

/** Signed relative change: one decimal below 10%, whole percent above; U+2212 for minus. */
export function pct(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const a = Math.abs(v) * 100;
  const s = a >= 10 ? a.toFixed(0) : a.toFixed(1);
  if (Number(s) === 0) return '0%';
  return v > 0 ? `+${s}%` : `−${s}%`;
}

export function points(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = (Math.abs(v) * 100).toFixed(1);
  if (Number(s) === 0) return '0 pt';
  return `${v > 0 ? '+' : '−'}${s} pt`;
}

export function signed(v: number | null, digits: number): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = Math.abs(v).toFixed(digits);
  if (Number(s) === 0) return s;
  return `${v > 0 ? '+' : '−'}${s}`;
}

export function table(rows: string[][], align: ('l' | 'r' | 'c')[]): string {
  return `${markdownTable(rows, { align })}\n`;
}

export function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
}

/** Only https URLs without spaces, quotes or brackets, from run metadata (never from reports). */
export function safeUrl(u: string | undefined): string | null {
  if (typeof u !== 'string') return null;
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u)) return null;
  if (/[()<>\s"]/.test(u) || u.length > 500) return null;
  return u;
}

export function fmtP(p: number | null): string {
  if (p === null) return '—';
  if (p === 0) return '0';
  return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}

export function currencyOf(head: Report): string {
  const c = head.run_summary?.cost?.currency;
  return typeof c === 'string' ? safeText(c, 8) : 'USD';
}
