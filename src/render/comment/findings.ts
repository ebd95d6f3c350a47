/** Section `findings`: counts by severity and class, repeated findings grouped, every repeated one listed. */
import { FINDING_CLASSES, type FindingClass, findingClass } from '../../core/finding-classes.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../../core/types.js';
import { NB, cmp, details, plural, table } from './format.js';
import { metricLabel } from '../labels.js';
import { safeCode, safeText } from '../escape.js';
import type { Section } from './types.js';

const SEVERITY_ICON: Record<Severity, string> = { critical: '🛑', warning: '⚠️', info: 'ℹ️' };

/** Critical first: core's severity rank, reversed (an unknown severity last). */
function severityOrder(s: string): number {
  const rank = SEVERITY_RANK[s as Severity] as number | undefined;
  return rank === undefined ? 9 : 2 - rank;
}

const CLASS_NOTE: Record<FindingClass, string> = {
  validity: '**Validity**: can the run be trusted as a measurement? Critical ones fail the check.',
  behaviour:
    '**Behaviour** of the system under test: reported; they fail the check only when listed in `fail-on-findings`.',
  regression: '**Regression** against the baseline: they fail the check with `fail-on-regression`.',
};

interface FindingGroup {
  cls: FindingClass;
  severity: Severity;
  code: string;
  items: Finding[];
}

function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const m = new Map<string, FindingGroup>();
  for (const f of findings) {
    const cls = findingClass(f);
    const k = `${cls}\u0000${f.severity}\u0000${f.code}`;
    let g = m.get(k);
    if (!g) m.set(k, (g = { cls, severity: f.severity, code: f.code, items: [] }));
    g.items.push(f);
  }
  return [...m.values()].sort(
    (a, b) =>
      FINDING_CLASSES.indexOf(a.cls) - FINDING_CLASSES.indexOf(b.cls) ||
      severityOrder(a.severity) - severityOrder(b.severity) ||
      b.items.length - a.items.length ||
      cmp(a.code, b.code),
  );
}

/** A finding's message with its cell id replaced by the cell's label (ids are long). */
function messageOf(f: Finding, labels: Map<string, string>, max = 220): string {
  let m = String(f.message ?? '');
  const label = f.cell_id ? labels.get(f.cell_id) : undefined;
  if (f.cell_id && label && f.cell_id.length > 12) m = m.split(f.cell_id).join(`[${label}]`);
  // Raw metric keys read as their labels ("total_tput_tps changes" → "Throughput changes").
  m = m.replace(METRIC_KEY_RE, (k) => metricLabel(k));
  return safeText(m, max);
}

const METRIC_KEY_RE =
  /\b(?:total_tput_tps|input_tput_tps|output_tput_tps|tput_per_gpu|input_tput_per_gpu|output_tput_per_gpu|request_throughput_rps|(?:mean|p50|p90|p95|p99)_(?:ttft|tpot|itl|e2el|intvty)|server_gpu_cache_hit_rate|kv_cache_usage_p95|cost_per_million_(?:input|output)_tokens|cost_per_completed_(?:request|session))\b/g;

function range(vals: number[], fmt: (v: number) => string): string {
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  return fmt(lo) === fmt(hi) ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
}

/** What a group of findings has in common, in a few words. */
function groupDetail(g: FindingGroup, labels: Map<string, string>): string {
  const ev = (k: string): number[] =>
    g.items.map((f) => (f.evidence ?? {})[k]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const sr = ev('success_rate');
  if (sr.length === g.items.length) return `${range(sr, (v) => (v * 100).toFixed(1))}% of requests succeeded`;
  const ratio = ev('ratio');
  if (ratio.length === g.items.length) return `ratio ${range(ratio, (v) => v.toFixed(2))}×`;
  const msgs = new Set(g.items.map((f) => messageOf(f, labels, 160)));
  if (msgs.size === 1) return [...msgs][0] as string;
  return `e.g. ${messageOf(g.items[0] as Finding, labels, 160)}`;
}

function groupCells(g: FindingGroup, labels: Map<string, string>): string {
  const ids = [...new Set(g.items.map((f) => f.cell_id).filter((x): x is string => !!x))];
  const noCell = g.items.some((f) => !f.cell_id);
  if (ids.length === 0) return 'run';
  // Same family, several concurrencies: "h200 · fp8 · c16, c32".
  const byFamily = new Map<string, string[]>();
  for (const id of ids) {
    const label = labels.get(id) ?? safeCode(id, 40);
    const m = / · (c\d+)$|^(c\d+)$/.exec(label);
    const fam = m ? label.slice(0, label.length - (m[1] ?? m[2] ?? '').length).replace(/ · $/, '') : label;
    const conc = m ? (m[1] ?? m[2] ?? '') : '';
    const l = byFamily.get(fam) ?? [];
    if (conc) l.push(conc);
    byFamily.set(fam, l);
  }
  if (byFamily.size > 3) return `${ids.length} cells${noCell ? ', run' : ''}`;
  const named = [...byFamily.entries()].map(([fam, concs]) =>
    [fam, concs.length > 4 ? `${concs.length} cells` : concs.join(', ')].filter((x) => x !== '').join(' · '),
  );
  return `${named.join('; ')}${noCell ? '; run' : ''}`;
}

export function sectionFindings(
  findings: readonly Finding[],
  labels: Map<string, string>,
  maxGroups: number,
  maxList: number,
): string {
  const c = { critical: 0, warning: 0, info: 0 } as Record<Severity, number>;
  for (const f of findings) if (f.severity in c) c[f.severity]++;
  const byClass = new Map<FindingClass, number>();
  for (const f of findings) byClass.set(findingClass(f), (byClass.get(findingClass(f)) ?? 0) + 1);
  const classLine = FINDING_CLASSES.map((k) => `${k} ${byClass.get(k) ?? 0}`).join(' · ');
  const head = `### Findings\n\n🛑 ${c.critical} critical · ⚠️ ${c.warning} warning · ℹ️ ${c.info} info (${classLine})\n`;
  if (findings.length === 0) return `${head}\n_No findings._\n`;
  const groups = groupFindings(findings);
  const parts = [head];
  let shown = 0;
  for (const cls of FINDING_CLASSES) {
    const gs = groups.filter((g) => g.cls === cls);
    if (gs.length === 0) continue;
    const take = gs.slice(0, Math.max(0, maxGroups - shown));
    shown += take.length;
    if (take.length === 0) continue;
    const rows = take.map((g) => [
      `${SEVERITY_ICON[g.severity] ?? safeText(g.severity, 20)}${NB}${safeCode(g.code, 60)}${g.items.length > 1 ? `${NB}×${g.items.length}` : ''}`,
      groupCells(g, labels),
      g.items.length === 1 ? messageOf(g.items[0] as Finding, labels) : groupDetail(g, labels),
    ]);
    parts.push(`${CLASS_NOTE[cls]}\n\n${table([['Finding', 'Cells', 'Detail'], ...rows], ['l', 'l', 'l'])}`);
  }
  const hidden = groups.length - shown;
  if (hidden > 0) parts.push(`_${plural(hidden, 'more kind')} of finding are in report.json (artifact)._\n`);
  const repeated = groups.filter((g) => g.items.length > 1);
  if (repeated.length > 0) {
    const list: string[] = [];
    let n = 0;
    for (const g of repeated) {
      for (const f of g.items) {
        if (n >= maxList) break;
        n++;
        const label = f.cell_id ? (labels.get(f.cell_id) ?? '') : 'run';
        list.push(
          `- ${safeCode(f.code, 60)} · ${label}${f.cell_id ? ` · ${safeCode(f.cell_id, 160)}` : ''}: ${safeText(f.message, 300)}`,
        );
      }
    }
    const total = repeated.reduce((s, g) => s + g.items.length, 0);
    const more = total > n ? `\n\n_${total - n} more are in report.json (artifact)._` : '';
    parts.push(details(`Every repeated finding (${total})`, `${list.join('\n')}${more}`));
  }
  return parts.join('\n');
}

export const findingsSection: Section = {
  id: 'findings',
  render: (ctx, plan) => sectionFindings(ctx.findings, ctx.labels, plan.findingGroups, plan.findingList),
  droppable: false,
  dropNote: null,
};
