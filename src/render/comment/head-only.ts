/** Section `cells` without a baseline: a compact head-only table per family. */
import type { Cell, Report } from '../../core/types.js';
import { cellRefOf, familyKeySafe } from './cells.js';
import { identityOf } from '../../core/compare/verdicts.js';
import { cellThroughput, throughputColumn } from '../throughput.js';
import { cmp, details, fin, nb, table } from './format.js';
import { familyLabel, metricLabel, nameCells, topologyLabel } from '../labels.js';
import { formatPct, formatSeconds } from '../format.js';
import { safeText } from '../escape.js';
import { tailOfSet } from '../../core/curve/tail.js';

/** Without a baseline: a compact head-only table per family (capped), so the comment still shows the run. */
export function headOnlyCells(head: Report, max: number): string {
  const cells = [...(head.cells ?? [])];
  if (cells.length === 0) return '_The report has no cells._\n';
  const byFam = new Map<string, Cell[]>();
  for (const c of cells) {
    const k = familyKeySafe(c);
    const l = byFam.get(k) ?? [];
    l.push(c);
    byFam.set(k, l);
  }
  const blocks: string[] = [];
  let n = 0;
  for (const [, list] of [...byFam.entries()].sort((a, b) =>
    cmp(familyLabel(identityOf(a[1][0] as Cell)), familyLabel(identityOf(b[1][0] as Cell))),
  )) {
    if (n >= max) break;
    const sorted = list.sort(
      (a, b) => (a.concurrency ?? Infinity) - (b.concurrency ?? Infinity) || cmp(a.cell_id, b.cell_id),
    );
    const take = sorted.slice(0, max - n);
    n += take.length;
    const names = nameCells(take.map(cellRefOf));
    const carried = (k: string): boolean => take.some((c) => fin(c.metrics?.[k]));
    const ttft = tailOfSet('ttft', carried).key;
    const tpot = tailOfSet('tpot', carried).key;
    // Per-GPU throughput; the absolute tok/s where the GPU count is unknown (the header says which).
    const tput = throughputColumn(take, (c) => cellThroughput(c.metrics), {
      per_gpu: metricLabel('tput_per_gpu'),
      total: metricLabel('total_tput_tps'),
      output: metricLabel('output_tput_tps'),
      mixed: 'Throughput (tok/s)',
    });
    const rows = take.map((c, i) => [
      names.concurrency[i] ?? '—',
      ...(names.topology[i] ?? []),
      safeText(c.completion?.status ?? 'unknown', 20),
      nb(formatPct(c.completion?.success_rate)),
      nb(formatSeconds(c.metrics?.[ttft])),
      nb(formatSeconds(c.metrics?.[tpot])),
      nb(tput.value(c)),
    ]);
    const header = [
      'Conc',
      ...names.topologyKeys.map(topologyLabel),
      'Status',
      ...['success_rate', ttft, tpot].map((m) => metricLabel(m)),
      tput.header,
    ];
    const withConfig = names.config.some((x) => x !== '');
    const first = take[0] as Cell;
    blocks.push(
      `**${familyLabel(identityOf(first))}**\n\n${table(
        [
          withConfig ? ['Config', ...header] : header,
          ...rows.map((r, i) => (withConfig ? [names.config[i] || '—', ...r] : r)),
        ],
        (withConfig ? ['Config', ...header] : header).map((h) => (h === 'Status' || h === 'Config' ? 'l' : 'r')),
      )}`,
    );
  }
  const more = cells.length > n ? `\n_${cells.length - n} more cell(s) are in report.json (artifact)._\n` : '';
  return details(`Cells (${n} of ${cells.length})`, `${blocks.join('\n')}${more}`);
}
