/** Section `gates`: SLO gate results, the ones that did not pass first. */
import type { GateOutcome, GateResult } from '../../core/gates/types.js';
import type { Report } from '../../core/types.js';
import { cmp, details, fin, nb, plural, table } from './format.js';
import { formatCount } from '../format.js';
import { gateResults } from '../status.js';
import { safeCode, safeText } from '../escape.js';
import type { Section } from './types.js';

const ICONS: Record<GateOutcome, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  not_found: '❔ not found',
  conflict: '⚠️ conflict',
  error: '🛑 error',
};

/** Outcomes in the order the table lists them (and the summary line counts them). */
const OUTCOME_ORDER: readonly GateOutcome[] = ['fail', 'error', 'conflict', 'not_found', 'pass'];

function gateValue(v: GateResult['value']): string {
  if (fin(v)) return nb(formatCount(v));
  return typeof v === 'string' ? safeCode(v, 30) : '—';
}

function gateCells(r: GateResult, labels: Map<string, string>): string {
  if (r.cells.length === 0) return '—';
  const shown = r.cells.slice(0, 2).map((c) => labels.get(c) ?? safeCode(c, 40));
  return `${shown.join(', ')}${r.cells.length > 2 ? ` +${r.cells.length - 2}` : ''}`;
}

export function sectionGates(head: Report, labels: Map<string, string>, maxRows: number): string | null {
  const results = gateResults(head);
  if (results === null) return null;
  if (results.length === 0) return '### SLO gates\n\n_No gates configured._\n';
  const sorted = [...results].sort(
    (a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) || cmp(a.gate, b.gate),
  );
  const counts = new Map<GateOutcome, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const summary = OUTCOME_ORDER.filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${k.replace('_', ' ')}`)
    .join(' · ');
  const row = (r: GateResult): string[] => [
    r.name ? safeText(r.name, 60) : safeCode(r.gate, 60),
    ICONS[r.outcome],
    gateValue(r.value),
    r.severity === 'warning' ? 'warning' : 'blocking',
    gateCells(r, labels),
  ];
  const header = ['Gate', 'Outcome', 'Value', 'Kind', 'Cells'];
  const align: ('l' | 'r')[] = ['l', 'l', 'r', 'l', 'l'];
  const notPassed = sorted.filter((r) => r.outcome !== 'pass');
  const passed = sorted.filter((r) => r.outcome === 'pass');
  const shownBad = notPassed.slice(0, maxRows);
  const shownGood = passed.slice(0, Math.max(0, maxRows - shownBad.length));
  let out = `### SLO gates\n\n${summary}\n`;
  if (shownBad.length > 0) out += `\n${table([header, ...shownBad.map(row)], align)}`;
  if (shownGood.length > 0)
    out += `\n${details(`${plural(passed.length, 'passing check')}`, table([header, ...shownGood.map(row)], align))}`;
  const left = results.length - shownBad.length - shownGood.length;
  if (left > 0) out += `\n_${left} more gate result(s) are in report.json._\n`;
  return out;
}

export const gatesSection: Section = {
  id: 'gates',
  render: (ctx) => sectionGates(ctx.head, ctx.labels, ctx.limits.gateRows),
  droppable: true,
  dropNote: 'gates',
  present: (ctx) => gateResults(ctx.head) !== null,
};
