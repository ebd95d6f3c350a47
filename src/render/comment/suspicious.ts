/** Section `suspicious`: metrics outside their cell's usual range (🟡, shown, never failing). */
import type { ReportDiff } from '../../core/compare/types.js';
import { SUSPICIOUS_ICON, SUSPICIOUS_OPEN, suspiciousRows, suspiciousWhy } from './rows.js';
import { deltaText } from './delta.js';
import { details, formatValue, nb, plural, table } from './format.js';
import { envRowText } from './environment.js';
import { labelColumns } from './cells.js';
import { metricLabel } from '../labels.js';
import type { Section } from './types.js';

/**
 * Suspicious metrics (compare.json `suspicious: true`): outside the cell's usual range but inside
 * the heavy tail of run-to-run noise. Shown with 🟡, never as a failure; the first few open, the
 * rest up to `maxRows` in a <details>, the others counted.
 */
export function sectionSuspicious(diff: ReportDiff, currency: string, maxRows: number): string | null {
  const all = suspiciousRows(diff);
  if (all.length === 0 || maxRows <= 0) return null;
  const shown = all.slice(0, maxRows);
  const lc = labelColumns(shown.map((r) => r.cell));
  const env = shown.map((r) => envRowText(r.cell, diff, true));
  const withEnv = env.some((e) => e !== '');
  const header = [...lc.header, 'Metric', 'Head', 'Δ vs base', 'Why', ...(withEnv ? ['Ran on'] : [])];
  const align = [
    ...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')),
    'l',
    'r',
    'r',
    'l',
    ...(withEnv ? ['l'] : []),
  ] as ('l' | 'r')[];
  const rows = shown.map(({ c }, i) => [
    ...(lc.cols[i] ?? []),
    metricLabel(c.metric),
    nb(formatValue(c.unit, c.head, currency)),
    deltaText(c),
    suspiciousWhy(c),
    ...(withEnv ? [env[i] || '—'] : []),
  ]);
  const open = rows.slice(0, SUSPICIOUS_OPEN);
  const rest = rows.slice(SUSPICIOUS_OPEN);
  const what = `${plural(all.length, 'metric')} moved outside ${all.length === 1 ? 'its' : 'their'} cell's usual range but inside the heavy tail of run-to-run noise: not a verdict, never a failed check; re-run to confirm.`;
  let out = `### ${SUSPICIOUS_ICON} Suspicious: shown, not failing\n\n${what}\n`;
  if (lc.common) out += `\nAll rows: ${lc.common}.\n`;
  out += `\n${table([header, ...open], align)}`;
  if (rest.length > 0)
    out += `\n${details(`${plural(rest.length, 'more suspicious metric')}`, table([header, ...rest], align))}`;
  if (all.length > shown.length)
    out += `\n_${all.length - shown.length} more suspicious metric(s) are in compare.json (artifact)._\n`;
  return out;
}

export const suspiciousSection: Section = {
  id: 'suspicious',
  render: (ctx, plan) => (ctx.diff ? sectionSuspicious(ctx.diff, ctx.currency, plan.suspiciousRows) : null),
  droppable: true,
  dropNote: 'suspicious metrics',
  present: (ctx) => ctx.diff !== null && suspiciousRows(ctx.diff).length > 0,
};
