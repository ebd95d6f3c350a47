/** Section `cells` with a baseline: the per-cell comparison, one table per family, in what budget is left. */
import type { CellDiff, ReportDiff } from '../../core/compare/types.js';
import type { LatencyBase } from '../../core/metrics.js';
import { SUSPICIOUS_ICON, isSuspicious } from './rows.js';
import { cmp, details, plural, table } from './format.js';
import { diffRef, labelColumns } from './cells.js';
import { envRowText } from './environment.js';
import { familyLabel, metricLabel, nameCells, topologyLabel } from '../labels.js';
import { headAndDelta } from './delta.js';
import { safeText } from '../escape.js';
import { tailOfSet } from '../../core/curve/tail.js';
import type { Section } from './types.js';
import { headOnlyCells } from './head-only.js';
import { roomLeft } from './room.js';

const STATUS_TEXT: Record<string, string> = {
  regressed: '🔴 regressed',
  improved: '🟢 improved',
  unchanged: '⚪ unchanged',
  new: '🆕 new',
  missing: '➖ missing',
  incomparable: '🔀 incomparable',
  insufficient_data: '❔ insufficient data',
};

const STATUS_ORDER: Record<string, number> = {
  regressed: 0,
  improved: 1,
  incomparable: 2,
  missing: 3,
  new: 4,
  insufficient_data: 5,
  unchanged: 6,
};

const TABLE_METRICS = ['p99_ttft', 'p99_tpot', 'tput_per_gpu', 'success_rate'] as const;

/** The verdict of one cell with only the metrics that changed ("🔴 TTFT, tput"). */
function cellVerdict(d: CellDiff, diff: ReportDiff): string {
  const env = envRowText(d, diff);
  const verdict = cellVerdictCore(d);
  return env === '' ? verdict : `${verdict} · ⚠️ ${env}`;
}

function cellVerdictCore(d: CellDiff): string {
  const base = STATUS_TEXT[d.status] ?? safeText(d.status, 30);
  if (d.reasons.length > 0) return `${base}: ${safeText(d.reasons.join('; '), 120)}`;
  const order = (m: string): number => {
    const i = (TABLE_METRICS as readonly string[]).indexOf(m.replace(/^p(95|90)_/, 'p99_'));
    return i < 0 ? 99 : i;
  };
  const moved = (d.verdict?.comparisons ?? [])
    .filter((c) => c.outcome === d.status && (d.status === 'regressed' || d.status === 'improved'))
    .sort((a, b) => order(a.metric) - order(b.metric) || cmp(a.metric, b.metric));
  const susp = (d.verdict?.comparisons ?? [])
    .filter(isSuspicious)
    .sort((a, b) => order(a.metric) - order(b.metric) || cmp(a.metric, b.metric))
    .map((c) => metricLabel(c.metric));
  const suspText =
    susp.length > 0
      ? ` · ${SUSPICIOUS_ICON} ${susp.slice(0, 2).join(', ')}${susp.length > 2 ? ` +${susp.length - 2}` : ''}`
      : '';
  if (moved.length === 0) return `${base}${suspText}`;
  const names = moved.map((c) => metricLabel(c.metric));
  const icon = d.status === 'regressed' ? '🔴' : '🟢';
  return `${icon} ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3}` : ''}${suspText}`;
}

interface FamilyRows {
  label: string;
  changed: number;
  cells: CellDiff[];
}

function familiesOf(diff: ReportDiff): FamilyRows[] {
  const m = new Map<string, FamilyRows>();
  for (const d of diff.cells) {
    let f = m.get(d.family);
    if (!f) m.set(d.family, (f = { label: '', changed: 0, cells: [] }));
    f.cells.push(d);
    if (d.status !== 'unchanged') f.changed++;
  }
  const fams = [...m.values()];
  // Family headings: every family field, plus the topology keys that tell apart families that
  // would otherwise read the same (the concurrency is a column).
  const refs = fams.map((f) => {
    const r = diffRef(f.cells[0] as CellDiff);
    return { ...r, identity: { ...r.identity, concurrency: null } };
  });
  const names = nameCells(refs);
  const full = new Set(fams.map((f) => familyLabel((f.cells[0] as CellDiff).identity))).size < fams.length;
  fams.forEach((f, i) => {
    const topo = names.topologyKeys.map((k, j) => `${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`);
    f.label = [familyLabel((f.cells[0] as CellDiff).identity, full), ...topo].join(' · ');
    f.cells.sort(
      (a, b) =>
        (a.identity.concurrency ?? Infinity) - (b.identity.concurrency ?? Infinity) ||
        cmp(a.head_cell_id ?? a.base_cell_id ?? '', b.head_cell_id ?? b.base_cell_id ?? ''),
    );
  });
  return fams.sort(
    (a, b) =>
      Math.min(...a.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) -
        Math.min(...b.cells.map((c) => STATUS_ORDER[c.status] ?? 9)) ||
      b.changed - a.changed ||
      cmp(a.label, b.label),
  );
}

function familyTable(f: FamilyRows, diff: ReportDiff, currency: string): string {
  // Within one family only the concurrency differs (and a #n for copies kept apart).
  const lc = labelColumns(f.cells);
  const compared = (k: string): boolean => f.cells.some((d) => d.verdict?.comparisons.some((c) => c.metric === k));
  // The p99 columns show the tail statistic the family's comparisons carry (p95 for AgentX aggregates).
  // Throughput per GPU, else the absolute tok/s the family's comparisons carry (no GPU count).
  const metrics = TABLE_METRICS.map((m) =>
    m.startsWith('p99_')
      ? tailOfSet(m.slice(4) as LatencyBase, compared).key
      : m === 'tput_per_gpu'
        ? (['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'].find(compared) ?? m)
        : m,
  );
  const header = [...lc.header, ...metrics.map((m) => metricLabel(m)), 'Verdict'];
  const rows = f.cells.map((d, i) => {
    const by = new Map((d.verdict?.comparisons ?? []).map((c) => [c.metric, c]));
    return [...(lc.cols[i] ?? []), ...metrics.map((m) => headAndDelta(by.get(m), currency)), cellVerdict(d, diff)];
  });
  const align = [...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')), 'r', 'r', 'r', 'r', 'l'] as ('l' | 'r')[];
  return `**${f.label}**\n\n${table([header, ...rows], align)}`;
}

/** Per-family tables in priority order (changes first), as many as fit in `maxChars`. */
export function sectionPerCell(diff: ReportDiff, currency: string, maxChars: number): string | null {
  if (diff.cells.length === 0) return null;
  const fams = familiesOf(diff);
  const blocks: string[] = [];
  let size = 400;
  let cells = 0;
  for (const f of fams) {
    const t = familyTable(f, diff, currency);
    if (size + t.length + 2 > maxChars) break;
    blocks.push(t);
    size += t.length + 2;
    cells += f.cells.length;
  }
  if (blocks.length === 0) return `_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`;
  const left = diff.cells.length - cells;
  const note = left > 0 ? `\n_${plural(left, 'more cell')} in compare.json (artifact)._\n` : '';
  return details(
    `Per-cell comparison (${cells} of ${plural(diff.cells.length, 'cell')}, ${plural(blocks.length, 'family', 'families')}; head value and change vs base)`,
    `${blocks.join('\n')}${note}`,
  );
}

/**
 * Section `cells`: with a baseline the per-cell comparison in the budget left, without one the
 * head-only tables; a plan that drops it leaves a pointer to the artifact instead.
 */
export const cellsSection: Section = {
  id: 'cells',
  render: (ctx, _plan, above) =>
    ctx.diff
      ? sectionPerCell(ctx.diff, ctx.currency, roomLeft(ctx, above, 4000))
      : headOnlyCells(ctx.head, ctx.limits.headOnlyCells),
  droppable: true,
  dropNote: null,
  stub: (ctx) =>
    ctx.diff
      ? ctx.diff.cells.length > 0
        ? `_${ctx.diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`
        : null
      : `_${ctx.head.cells?.length ?? 0} cell(s) are in report.json (artifact)._\n`,
};
