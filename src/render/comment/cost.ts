/** Section `cost`: run totals (success, requests, cost, GPU-hours) vs base. */
import type { Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';
import { cellStates } from '../status.js';
import type { RequestTotals } from './context.js';
import { fin, formatValue, nb, table } from './format.js';
import { formatSignedPct, formatSignedPoints } from '../format.js';
import { metricLabel } from '../labels.js';
import type { Section } from './types.js';

export function sectionCost(head: Report, diff: ReportDiff | null, currency: string, r: RequestTotals): string | null {
  const h = diff?.head.totals;
  const b = diff?.base.totals;
  const cost = head.run_summary?.cost;
  const rows: string[][] = [];
  const add = (
    label: string,
    base: number | null | undefined,
    headV: number | null | undefined,
    unit: string,
  ): void => {
    if ((base === null || base === undefined) && (headV === null || headV === undefined)) return;
    const bv = base ?? null;
    const hv = headV ?? null;
    let delta = '—';
    if (diff && bv !== null && hv !== null) {
      if (unit === 'fraction') delta = formatSignedPoints(hv - bv);
      else delta = bv !== 0 ? formatSignedPct((hv - bv) / Math.abs(bv)) : '—';
    }
    rows.push(
      diff
        ? [label, nb(formatValue(unit, bv, currency)), nb(formatValue(unit, hv, currency)), nb(delta)]
        : [label, nb(formatValue(unit, hv, currency))],
    );
  };
  const headTotals = h ?? {
    requests_total: r.known > 0 ? r.total : null,
    requests_successful: r.known > 0 ? r.ok : null,
    success_rate: r.known > 0 && r.total > 0 ? r.ok / r.total : null,
    sessions_completed: null,
    compute_cost: fin(cost?.compute_cost) ? cost.compute_cost : null,
    gpu_hours: fin(cost?.gpu_hours) ? cost.gpu_hours : null,
    cost_per_completed_request: fin(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
    cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens)
      ? cost.cost_per_million_output_tokens
      : null,
  };
  add('Success rate', b?.success_rate, headTotals.success_rate, 'fraction');
  add('Successful requests', b?.requests_successful, headTotals.requests_successful, 'count');
  add('Sessions completed', b?.sessions_completed, headTotals.sessions_completed, 'count');
  add('Compute cost', b?.compute_cost, headTotals.compute_cost, 'currency');
  add('GPU-hours', b?.gpu_hours, headTotals.gpu_hours, 'count');
  add(
    metricLabel('cost_per_completed_request'),
    b?.cost_per_completed_request,
    headTotals.cost_per_completed_request,
    'currency',
  );
  add(
    metricLabel('cost_per_million_output_tokens'),
    b?.cost_per_million_output_tokens,
    headTotals.cost_per_million_output_tokens,
    'currency',
  );
  const hs = head.run_summary;
  const cellsLine = hs ? `Head cells: ${cellStates(hs)}.` : '';
  if (rows.length === 0)
    return `### Cost and completion\n\n${cellsLine}\n\n_No request counts or cost in the report${diff ? 's' : ''}._\n`;
  let costLine = '';
  if (diff) {
    const costRegressed = diff.cells.filter((c) =>
      c.verdict?.comparisons.some((m) => m.kind === 'cost' && m.outcome === 'regressed'),
    ).length;
    const compRegressed = diff.cells.filter((c) =>
      c.verdict?.comparisons.some((m) => m.kind === 'completion' && m.outcome === 'regressed'),
    ).length;
    costLine = `\nCells with a cost regression: ${costRegressed} · with a completion regression: ${compRegressed}.\n`;
  }
  const header = diff ? ['Run total', 'Base', 'Head', 'Δ'] : ['Run total', 'Head'];
  const align: ('l' | 'r')[] = diff ? ['l', 'r', 'r', 'r'] : ['l', 'r'];
  return `### Cost and completion\n\n${cellsLine}\n\n${table([header, ...rows], align)}${costLine}`;
}

export const costSection: Section = {
  id: 'cost',
  render: (ctx) => sectionCost(ctx.head, ctx.diff, ctx.currency, ctx.requests),
  droppable: true,
  dropNote: 'cost and completion',
};
