/** Section `changes`: the largest changes vs base, regressions first, with base values and evidence. */
import type { ReportDiff } from '../../core/compare/types.js';
import { changes } from './rows.js';
import { deltaText, methodText } from './delta.js';
import { details, formatValue, nb, table } from './format.js';
import { envRowText } from './environment.js';
import { labelColumns } from './cells.js';
import { metricLabel } from '../labels.js';
import { safeText } from '../escape.js';
import type { Section } from './types.js';

export function sectionChanges(diff: ReportDiff, currency: string, maxRows: number): string {
  const k = diff.counts;
  const countLine = [
    `${k.regressed} regressed`,
    `${k.improved} improved`,
    `${k.unchanged} unchanged`,
    k.new > 0 ? `${k.new} new` : '',
    k.missing > 0 ? `${k.missing} missing` : '',
    k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
    k.insufficient_data > 0 ? `${k.insufficient_data} insufficient data` : '',
  ]
    .filter((s) => s !== '')
    .join(' · ');
  const all = changes(diff);
  let out = `### Largest changes vs base\n\nCells: ${countLine}.\n`;
  if (all.length === 0) return `${out}\n_No metric moved beyond its threshold._\n`;
  const shown = all.slice(0, maxRows);
  const lc = labelColumns(shown.map((r) => r.cell));
  if (lc.common) out += `\nAll rows: ${lc.common}.\n`;
  const env = shown.map((r) => envRowText(r.cell, diff, true));
  const withEnv = env.some((e) => e !== '');
  const rows = shown.map(({ c }, i) => [
    ...(lc.cols[i] ?? []),
    metricLabel(c.metric),
    nb(formatValue(c.unit, c.head, currency)),
    deltaText(c),
    ...(withEnv ? [env[i] || '—'] : []),
  ]);
  const header = [...lc.header, 'Metric', 'Head', 'Δ vs base', ...(withEnv ? ['Ran on'] : [])];
  const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'l', 'r', 'r', ...(withEnv ? ['l'] : [])] as (
    'l' | 'r'
  )[];
  out += `\n${table([header, ...rows], align)}`;
  if (all.length > shown.length)
    out += `\n_${all.length - shown.length} more changed metric(s) are in compare.json (artifact)._\n`;
  const detailRows = shown.map(({ c }, i) => [
    ...(lc.cols[i] ?? []),
    metricLabel(c.metric),
    nb(`${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)}`),
    safeText(methodText(c), 80),
  ]);
  out += `\n${details(
    'Base values and evidence',
    table(
      [[...lc.header, 'Metric', 'Base → head', 'Evidence'], ...detailRows],
      [...align.slice(0, lc.header.length), 'l', 'r', 'l'],
    ),
  )}`;
  return out;
}

export const changesSection: Section = {
  id: 'changes',
  render: (ctx, plan) => (ctx.diff ? sectionChanges(ctx.diff, ctx.currency, plan.changeRows) : null),
  droppable: false,
  dropNote: null,
};
