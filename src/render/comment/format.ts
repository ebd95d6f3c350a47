/**
 * The comment's text helpers: a value per unit, tables, <details>, run-metadata URLs. Numbers,
 * signed changes and p-values go through core's formatters (src/core/format.ts).
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

export function currencyOf(head: Report): string {
  const c = head.run_summary?.cost?.currency;
  return typeof c === 'string' ? safeText(c, 8) : 'USD';
}
