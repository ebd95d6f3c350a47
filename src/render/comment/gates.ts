/** Section `gates`: SLO gate results, the ones that did not pass first. */
import type { Report } from '../../core/types.js';
import { cmp, details, fin, nb, plural, table } from './format.js';
import { formatCount } from '../format.js';
import { gateResults } from '../status.js';
import { safeCode, safeText } from '../escape.js';
import type { Section } from './types.js';

interface GateRow {
  gate?: unknown;
  name?: unknown;
  outcome?: unknown;
  value?: unknown;
  cells?: unknown;
  severity?: unknown;
  message?: unknown;
}

export function sectionGates(head: Report, labels: Map<string, string>, maxRows: number): string | null {
  const results: GateRow[] | null = gateResults(head);
  if (results === null) return null;
  if (results.length === 0) return '### SLO gates\n\n_No gates configured._\n';
  const icon: Record<string, string> = {
    pass: '✅ pass',
    fail: '❌ fail',
    not_found: '❔ not found',
    conflict: '⚠️ conflict',
    error: '🛑 error',
  };
  const rank: Record<string, number> = { fail: 0, error: 1, conflict: 2, not_found: 3, pass: 4 };
  const sorted = [...results].sort(
    (a, b) =>
      (rank[String(a.outcome)] ?? 5) - (rank[String(b.outcome)] ?? 5) ||
      cmp(String(a.gate ?? ''), String(b.gate ?? '')),
  );
  const counts = new Map<string, number>();
  for (const r of results) counts.set(String(r.outcome), (counts.get(String(r.outcome)) ?? 0) + 1);
  const summary = ['fail', 'error', 'conflict', 'not_found', 'pass']
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${k.replace('_', ' ')}`)
    .join(' · ');
  const cellsOf = (r: GateRow): string => {
    const cells = Array.isArray(r.cells) ? (r.cells as unknown[]).map(String) : [];
    if (cells.length === 0) return '—';
    const shown = cells.slice(0, 2).map((c) => labels.get(c) ?? safeCode(c, 40));
    return `${shown.join(', ')}${cells.length > 2 ? ` +${cells.length - 2}` : ''}`;
  };
  const row = (r: GateRow): string[] => [
    typeof r.name === 'string' && r.name !== '' ? safeText(r.name, 60) : safeCode(r.gate ?? '?', 60),
    icon[String(r.outcome)] ?? safeText(r.outcome, 20),
    fin(r.value) ? nb(formatCount(r.value)) : typeof r.value === 'string' ? safeCode(r.value, 30) : '—',
    r.severity === 'warning' ? 'warning' : 'blocking',
    cellsOf(r),
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
