/** Section `charts`: mermaid charts per family (changed families open, the rest collapsed). */
import { type ChartPoint, renderChart } from '../charts.js';
import type { Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';
import { TAIL_STATS, tailLabel, tailOfSet } from '../../core/curve/tail.js';
import { cmp, details, fin, plural } from './format.js';
import { familyKeySafe } from './cells.js';
import { identityOf } from '../../core/compare/verdicts.js';
import { familyLabel } from '../labels.js';
import type { Section } from './types.js';

interface ChartFamily {
  key: string;
  label: string;
  changed: number;
  points: {
    concurrency: number;
    failed: boolean;
    base: Record<string, number | null>;
    head: Record<string, number | null>;
  }[];
}

/** Charted metrics; a `tail` entry charts the tail statistic its family carries. */
const CHART_METRICS = [
  { metric: 'p99_ttft', tail: 'ttft', title: 'p99 TTFT', kind: 'latency_s', unit: 's' },
  { metric: 'tput_per_gpu', tail: null, title: 'Throughput per GPU', kind: 'throughput', unit: 'tok/s/GPU' },
] as const;

/** Every metric a chart point records: each tail candidate of a tail entry. */
const CHART_KEYS = CHART_METRICS.flatMap((m) =>
  m.tail === null ? [m.metric as string] : TAIL_STATS.map((stat) => `${stat}_${m.tail}`),
);

function chartFamilies(head: Report, diff: ReportDiff | null): ChartFamily[] {
  const families = new Map<string, ChartFamily>();
  const headCells = new Map((head.cells ?? []).map((c) => [c.cell_id, c]));
  const failed = (id: string | null): boolean => {
    const c = id ? headCells.get(id) : undefined;
    return c?.completion?.status === 'failed';
  };
  if (diff) {
    for (const c of diff.cells) {
      if (c.identity.concurrency === null || c.status === 'incomparable') continue;
      let f = families.get(c.family);
      if (!f) families.set(c.family, (f = { key: c.family, label: familyLabel(c.identity), changed: 0, points: [] }));
      if (c.status === 'regressed' || c.status === 'improved') f.changed++;
      const get = (m: string, side: 'base' | 'head'): number | null => {
        const x = c.verdict?.comparisons.find((y) => y.metric === m);
        return x && fin(x[side]) ? x[side] : null;
      };
      f.points.push({
        concurrency: c.identity.concurrency,
        failed: c.status === 'missing' ? false : failed(c.head_cell_id),
        base: Object.fromEntries(CHART_KEYS.map((k) => [k, get(k, 'base')])),
        head: Object.fromEntries(CHART_KEYS.map((k) => [k, get(k, 'head')])),
      });
    }
  } else {
    for (const c of [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id))) {
      if (typeof c.concurrency !== 'number') continue;
      const key = familyKeySafe(c);
      let f = families.get(key);
      if (!f) families.set(key, (f = { key, label: familyLabel(identityOf(c)), changed: 0, points: [] }));
      f.points.push({
        concurrency: c.concurrency,
        failed: c.completion?.status === 'failed',
        base: {},
        head: Object.fromEntries(CHART_KEYS.map((k) => [k, fin(c.metrics?.[k]) ? c.metrics[k] : null])),
      });
    }
  }
  return [...families.values()]
    .filter((f) => new Set(f.points.map((p) => p.concurrency)).size >= 2)
    .sort((a, b) => b.changed - a.changed || b.points.length - a.points.length || cmp(a.key, b.key));
}

function familyCharts(f: ChartFamily, withBase: boolean): string[] {
  const out: string[] = [];
  for (const m of CHART_METRICS) {
    const tail =
      m.tail === null
        ? null
        : tailOfSet(m.tail, (k) => f.points.some((p) => (p.base[k] ?? null) !== null || (p.head[k] ?? null) !== null));
    const key = tail?.key ?? m.metric;
    const title = tail && m.tail !== null ? tailLabel(tail.stat, m.tail) : m.title;
    const pts: ChartPoint[] = f.points.map((p) => ({
      concurrency: p.concurrency,
      base: p.base[key] ?? null,
      head: p.head[key] ?? null,
      headFailed: p.failed || (p.head[key] === null && (p.base[key] ?? null) !== null),
    }));
    const ch = renderChart({ title, kind: m.kind, unit: m.unit, points: pts, withBase });
    if (ch) out.push(ch);
  }
  return out;
}

export function sectionCharts(head: Report, diff: ReportDiff | null, maxFamilies: number): string | null {
  const fams = chartFamilies(head, diff);
  if (fams.length === 0) return null;
  const withBase = diff !== null;
  const open = withBase ? fams.filter((f) => f.changed > 0).slice(0, maxFamilies) : fams.slice(0, maxFamilies);
  const closed = fams.filter((f) => !open.includes(f)).slice(0, maxFamilies);
  const block = (f: ChartFamily): string | null => {
    const charts = familyCharts(f, withBase);
    return charts.length === 0 ? null : `**${f.label}**\n\n${charts.join('\n\n')}\n`;
  };
  const parts: string[] = [];
  const key = withBase
    ? 'Base run as grey bars, head run as an orange line; ✗ marks a point whose head cell failed or has no value.'
    : 'Head run only (no baseline); ✗ marks a failed point.';
  parts.push(`### Charts\n\n${key}\n`);
  const openBlocks = open.map(block).filter((b): b is string => b !== null);
  parts.push(...openBlocks);
  const closedBlocks = closed.map(block).filter((b): b is string => b !== null);
  if (closedBlocks.length > 0) {
    const what = withBase ? 'without a change' : 'more';
    parts.push(
      details(`Charts of ${plural(closedBlocks.length, `family`, 'families')} ${what}`, closedBlocks.join('\n')),
    );
  }
  const left = fams.length - open.length - closed.length;
  if (left > 0) parts.push(`_${plural(left, 'more family', 'more families')} in the artifact._\n`);
  if (openBlocks.length === 0 && closedBlocks.length === 0) return null;
  return parts.join('\n');
}

export const chartsSection: Section = {
  id: 'charts',
  render: (ctx) => sectionCharts(ctx.head, ctx.diff, ctx.limits.chartFamilies),
  droppable: true,
  dropNote: 'charts',
};
