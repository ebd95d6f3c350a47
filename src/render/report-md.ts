/**
 * report.md: a pure function of the Report. Sections (docs/ARCHITECTURE.md): executive
 * summary, benchmark matrix, artifact completeness, per-cell results, live timeline, curve
 * analysis, next measurements, artifact manifest. Descriptive only: never recommends
 * configuration changes.
 */
import type { Cell, CrossRunFamily, CrossRunPoint, Finding, Report } from '../core/types.js';
import { tailStat, type Tail } from '../core/curve/tail.js';
import { safeCode, safeText } from './escape.js';
import { renderGatesMarkdown } from './gates-md.js';
import { mdTable, type MdTableOptions } from './md-table.js';
import { cellStates, cellStateWord, statusHeadline } from './status.js';
import { cellThroughput, producerName, throughputColumn } from './throughput.js';
import { formatBytes, formatCount, formatMoney, formatPct, formatSeconds, formatTokensPerSec } from './format.js';

/** Tables longer than this are written without column padding. */
const PAD_MAX_ROWS = 200;

/**
 * A table (markdown-table's bytes, src/render/md-table.ts), with its columns padded to one width
 * only up to PAD_MAX_ROWS rows: a 2,000-cell sweep's manifest (8,000 rows) padded every row to
 * its longest path. GitHub renders both alike.
 */
function markdownTable(rows: readonly (readonly string[])[], options: MdTableOptions = {}): string {
  return mdTable(rows, rows.length > PAD_MAX_ROWS ? { ...options, alignDelimiters: false } : options);
}

/** A section renderer; null when the section has nothing to say. */
export type ReportSection = (report: Report) => string | null;

function num(c: Cell, key: string): number | null {
  const v = c.metrics[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A count from a report (numbers as numbers; anything else, from a report we did not write, neutralised). */
function cnt(v: unknown, missing = '—'): string {
  if (v === null || v === undefined) return missing;
  return typeof v === 'number' ? formatCount(v) : safeText(v, 40);
}

interface TailColumn<T> {
  header: string;
  value(row: T): string;
}

/**
 * A tail-latency column (docs/ARCHITECTURE.md "Tail statistic"): the header names the statistic every row
 * uses (`p95 TTFT`); when rows use different ones the header is `Tail TTFT` and each value names
 * its own (`1.20 s (p95)`). A column never shows another statistic than it says.
 */
function tailColumn<T>(rows: readonly T[], label: string, tail: (row: T) => Tail | null): TailColumn<T> {
  const stats = new Set(rows.map(tail).flatMap((t) => (t === null ? [] : [t.stat])));
  if (stats.size <= 1) {
    const stat = [...stats][0] ?? 'p99';
    return { header: `${stat} ${label}`, value: (row) => formatSeconds(tail(row)?.value ?? null) };
  }
  return {
    header: `Tail ${label}`,
    value: (row) => {
      const t = tail(row);
      return t === null ? formatSeconds(null) : `${formatSeconds(t.value)} (${t.stat})`;
    },
  };
}

/** The tail a cross_run curve point was judged on: p99, else the named `<base>_tail_stat`. */
function pointTail(p: CrossRunPoint, base: 'ttft' | 'tpot'): Tail | null {
  const [p99, stat, v] =
    base === 'ttft' ? [p.p99_ttft_s, p.ttft_tail_stat, p.ttft_tail_s] : [p.p99_tpot_s, p.tpot_tail_stat, p.tpot_tail_s];
  if (typeof p99 === 'number' && Number.isFinite(p99)) return { stat: 'p99', key: `p99_${base}`, value: p99 };
  if ((stat === 'p95' || stat === 'p90') && typeof v === 'number' && Number.isFinite(v))
    return { stat, key: `${stat}_${base}`, value: v };
  return null;
}

function findingsTable(findings: readonly Finding[], limit = 200): string {
  if (findings.length === 0) return '_No findings._\n';
  const rows = findings
    .slice(0, limit)
    .map((f) => [
      safeText(f.severity),
      safeText(f.code),
      f.cell_id ? safeCode(f.cell_id, 90) : '—',
      safeText(f.message, 400),
    ]);
  let out = `${markdownTable([['Severity', 'Code', 'Cell', 'Message'], ...rows], { align: ['l', 'l', 'l', 'l'] })}\n`;
  if (findings.length > limit) out += `\n_${findings.length - limit} more findings are in report.json._\n`;
  return out;
}

function sectionSummary(r: Report): string {
  const s = r.run_summary;
  const sev = s.findings_by_severity;
  const lines = [
    `# InferGuard analysis`,
    ``,
    `## Executive summary`,
    ``,
    `- **Status:** ${statusHeadline({ head: r, diff: null })}`,
    // Counts of a report we did not write may be any JSON (run_summary allows more keys): only numbers are shown.
    `- **Cells:** ${cellStates(s)}`,
    `- **Findings:** ${safeText(sev.critical)} critical, ${safeText(sev.warning)} warning, ${safeText(sev.info)} info`,
  ];
  if (s.cost) {
    const c = s.cost;
    lines.push(
      `- **Cost:** ${formatMoney(c.compute_cost, c.currency)} for ${formatCount(c.gpu_hours)} GPU-hours; ${formatMoney(c.cost_per_million_output_tokens, c.currency)} per million output tokens`,
    );
  }
  if (s.missing_artifacts.length > 0) lines.push(`- **Missing required artifacts:** ${s.missing_artifacts.length}`);
  lines.push(`- **Input:** ${safeCode(r.input_root)} · analyzer ${safeText(r.analyzer.inferguard_version)}`);
  return `${lines.join('\n')}\n`;
}

function sectionFindings(r: Report): string {
  return `## Findings\n\n${findingsTable(r.findings)}`;
}

function sectionMatrix(r: Report): string {
  const ttft = tailColumn(r.cells, 'TTFT', (c) => tailStat(c, 'ttft'));
  const tpot = tailColumn(r.cells, 'TPOT', (c) => tailStat(c, 'tpot'));
  // Per-GPU throughput; the absolute tok/s where the GPU count is unknown (the header says which).
  const tput = throughputColumn(r.cells, (c) => cellThroughput(c.metrics), {
    per_gpu: 'Tput/GPU (tok/s)',
    total: 'Total tput (tok/s)',
    output: 'Output tput (tok/s)',
    mixed: 'Tput (tok/s: /GPU, total or output)',
  });
  const rows = r.cells.map((c) => {
    const costPerM = c.cost?.cost_per_million_output_tokens;
    return [
      safeCode(c.cell_id, 90),
      safeText(producerName(c), 40),
      safeText(c.hardware ?? '—'),
      c.concurrency === null ? '—' : String(c.concurrency),
      formatPct(c.completion.success_rate),
      ttft.value(c),
      tpot.value(c),
      tput.value(c),
      costPerM === undefined ? '—' : formatMoney(costPerM, c.cost?.currency),
    ];
  });
  const table = markdownTable(
    [
      ['Cell', 'Format', 'Hardware', 'Conc', 'Success', ttft.header, tpot.header, tput.header, 'Cost / M out tok'],
      ...rows,
    ],
    { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
  return `## Benchmark matrix\n\n${table}\n`;
}

function sectionCompleteness(r: Report): string {
  const required = r.artifact_manifest.filter((a) => a.required);
  const present = required.filter((a) => a.present).length;
  const missing = required.filter((a) => !a.present);
  let out = `## Artifact completeness\n\nRequired files present: ${present} of ${required.length}.\n`;
  if (missing.length > 0) {
    out += `\n${markdownTable([['Missing file', 'Kind', 'Cell'], ...missing.map((m) => [safeCode(m.path, 120), safeText(m.kind), m.cell_id ? safeCode(m.cell_id, 90) : '—'])])}\n`;
  }
  return out;
}

function sectionPerCell(r: Report): string {
  const parts = ['## Per-cell results\n'];
  for (const c of r.cells) {
    const comp = c.completion;
    const rows: string[][] = [
      ['Identity', safeText([c.model, c.framework, c.precision, c.hardware].filter(Boolean).join(' · ') || '—')],
      [
        'Shape',
        `isl ${cnt(c.isl)} / osl ${cnt(c.osl)} · concurrency ${cnt(c.concurrency)}${c.scenario_type ? ` · ${safeText(c.scenario_type)}` : ''}`,
      ],
      [
        'Completion',
        `${cellStateWord(comp.status)}: ${cnt(comp.num_requests_successful, '?')} / ${cnt(comp.num_requests_total, '?')} requests${comp.success_rate !== null ? ` (${formatPct(comp.success_rate)})` : ''}${comp.sessions_total !== null ? `; sessions ${cnt(comp.sessions_completed, '?')} / ${cnt(comp.sessions_total)}` : ''}`,
      ],
      ...(['ttft', 'tpot', 'e2el'] as const).map((base) => {
        const tail = tailStat(c, base);
        return [
          `${base.toUpperCase()} p50 / ${tail?.stat ?? 'p99'}`,
          `${formatSeconds(num(c, `p50_${base}`))} / ${formatSeconds(tail?.value ?? null)}`,
        ];
      }),
      ['Throughput', throughputLine(c)],
    ];
    const hit = num(c, 'server_gpu_cache_hit_rate');
    if (hit !== null)
      rows.push([
        'Prefix cache (GPU / theoretical)',
        `${formatPct(hit)} / ${formatPct(num(c, 'theoretical_cache_hit_rate'))}`,
      ]);
    const g2c = num(c, 'kv_offload_bytes_gpu_to_cpu');
    if (g2c !== null)
      rows.push([
        'KV offload G→C / C→G',
        `${formatBytes(g2c)} / ${formatBytes(num(c, 'kv_offload_bytes_cpu_to_gpu'))}`,
      ]);
    const kv = num(c, 'kv_cache_usage_p95');
    if (kv !== null)
      rows.push(['KV cache usage p95 / max', `${formatPct(kv)} / ${formatPct(num(c, 'kv_cache_usage_max'))}`]);
    const evalKeys = Object.keys(c.metrics)
      .filter((k) => k.startsWith('eval_') && !k.endsWith('_stderr'))
      .sort();
    for (const k of evalKeys) rows.push([safeText(k), formatCount(c.metrics[k])]);
    const b = c.bottleneck as { primary?: string; secondary?: string[]; confidence?: number } | undefined;
    if (b && typeof b.primary === 'string') {
      rows.push([
        'Bottleneck (descriptive)',
        `${safeText(b.primary)}${b.secondary && b.secondary.length > 0 ? ` (also ${safeText(b.secondary.join(', '))})` : ''} · confidence ${formatCount(b.confidence)}`,
      ]);
    }
    if (c.cost)
      rows.push([
        'Compute cost',
        `${formatMoney(c.cost.compute_cost, c.cost.currency)} (${formatCount(c.cost.gpu_hours)} GPU-h)`,
      ]);
    rows.push([
      'Findings',
      c.findings.length === 0 ? 'none' : safeText(c.findings.map((f) => `${f.severity} ${f.code}`).join(', '), 2000),
    ]);
    parts.push(
      `### ${safeCode(c.cell_id, 160)}\n\n<details><summary>${safeText(producerName(c))}${c.source_variant && c.source_variant !== producerName(c) ? ` (${safeText(c.source_variant)})` : ''}</summary>\n\n${markdownTable([['Field', 'Value'], ...rows])}\n\n</details>\n`,
    );
  }
  return parts.join('\n');
}

function sectionTimeline(r: Report): string {
  const cells = r.cells.filter((c) => c.timeline && typeof c.timeline === 'object');
  if (cells.length === 0) return `## Live timeline\n\n_No inferguard_timeline.jsonl was found._\n`;
  const rows = cells.map((c) => {
    const t = c.timeline as Record<string, unknown>;
    const counts = (t.finding_counts_by_code as Record<string, number>) ?? {};
    return [
      safeCode(c.cell_id, 90),
      cnt(t.sample_count),
      safeText(t.first_observed_at ?? '—'),
      safeText(t.last_observed_at ?? '—'),
      safeText(
        Object.entries(counts)
          .map(([k, v]) => `${k} ×${v}`)
          .join(', ') || 'none',
        1000,
      ),
      safeText(t.first_critical_finding_at ?? '—'),
      typeof t.lead_time_s === 'number' ? `${formatCount(t.lead_time_s)} s` : '—',
    ];
  });
  return `## Live timeline\n\n${markdownTable([['Cell', 'Samples', 'First', 'Last', 'Live findings (samples)', 'First critical', 'Lead to TTFT cliff'], ...rows])}\n`;
}

function sectionCost(r: Report): string | null {
  const cells = r.cells.filter((c) => c.cost);
  const run = r.run_summary.cost;
  if (cells.length === 0 && !run) return null;
  const cur = run?.currency ?? cells[0]?.cost?.currency ?? 'USD';
  const rows = cells.map((c) => {
    const k = c.cost as NonNullable<Cell['cost']>;
    return [
      safeCode(c.cell_id, 90),
      formatCount(k.gpus),
      formatMoney(k.gpu_hour_cost, k.currency),
      formatSeconds(k.duration_seconds),
      formatCount(k.gpu_hours),
      formatMoney(k.compute_cost, k.currency),
      formatMoney(
        k.completion_basis === 'session-based' ? k.cost_per_completed_session : k.cost_per_completed_request,
        k.currency,
      ),
      formatMoney(k.cost_per_million_input_tokens, k.currency),
      formatMoney(k.cost_per_million_output_tokens, k.currency),
    ];
  });
  if (run) {
    rows.push([
      '**run (sums)**',
      formatCount(run.gpus),
      formatMoney(run.gpu_hour_cost, cur),
      formatSeconds(run.duration_seconds),
      formatCount(run.gpu_hours),
      formatMoney(run.compute_cost, cur),
      formatMoney(
        run.completion_basis === 'session-based' ? run.cost_per_completed_session : run.cost_per_completed_request,
        cur,
      ),
      formatMoney(run.cost_per_million_input_tokens, cur),
      formatMoney(run.cost_per_million_output_tokens, cur),
    ]);
  }
  const table = markdownTable(
    [
      [
        'Cell',
        'GPUs',
        'Price / GPU-h',
        'Duration',
        'GPU-hours',
        'Compute cost',
        'Per completed unit',
        'Per M input tok',
        'Per M output tok',
      ],
      ...rows,
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
  return `## Cost\n\nThe run line is computed from sums over cells (GPU-hours, cost, completed units), not from an average of ratios. Without a measured duration, cost per million tokens comes from throughput.\n\n${table}\n`;
}

/** The cross_run families (typed on Report; a report read from a file was checked, io/untrusted-report.ts). */
function crossRunFamilies(r: Report): readonly CrossRunFamily[] {
  return r.cross_run?.families ?? [];
}

function sectionCurves(r: Report): string | null {
  const fams = crossRunFamilies(r).filter((f) => f.points >= 2);
  if (fams.length === 0) return null;
  const parts = ['## Curve analysis\n'];
  for (const f of fams) {
    const slo = f.curve.some((p) => 'slo_compliant' in p);
    const ttft = tailColumn(f.curve, 'TTFT', (p) => pointTail(p, 'ttft'));
    const tpot = tailColumn(f.curve, 'TPOT', (p) => pointTail(p, 'tpot'));
    const rows = f.curve.map((p) => {
      const row = [
        cnt(p.concurrency),
        formatPct(p.success_rate),
        formatTokensPerSec(p.tput_per_gpu),
        ttft.value(p),
        tpot.value(p),
        safeText(
          f.findings
            .filter((x) => x.cell_id === p.cell_id)
            .map((x) => `${x.severity} ${x.code}`)
            .join(', ') || '—',
        ),
      ];
      if (slo) row.push(p.slo_compliant === true ? 'yes' : p.slo_compliant === false ? 'no' : '—');
      return row;
    });
    const header = ['Conc', 'Success', 'Tput/GPU (tok/s)', ttft.header, tpot.header, 'Findings at this point'];
    if (slo) header.push('Meets SLO');
    parts.push(
      `### ${safeText(f.label || 'family')}\n\n${markdownTable([header, ...rows], { align: ['r', 'r', 'r', 'r', 'r', 'l', ...(slo ? ['l' as const] : [])] })}\n`,
    );
    const notes: string[] = [];
    if (f.curve_rules_applied === false)
      notes.push(`- Too few points for the curve rules (TTFT cliff, throughput plateau).`);
    if (f.knee) notes.push(`- **Knee:** c${cnt(f.knee.concurrency, '?')} (${safeText(f.knee.basis)}).`);
    else if (f.curve_rules_applied !== false) notes.push('- **Knee:** no TTFT cliff along the measured points.');
    if (f.goodput) {
      notes.push(
        f.goodput.max_compliant_concurrency === null
          ? '- **Goodput:** no measured point meets the configured SLOs.'
          : `- **Goodput:** highest SLO-compliant concurrency c${cnt(f.goodput.max_compliant_concurrency)} at ${formatTokensPerSec(f.goodput.tput_per_gpu)} tok/s/GPU.`,
      );
    }
    for (const x of f.findings)
      notes.push(`- ${safeText(x.severity)} ${safeCode(x.code, 60)}: ${safeText(x.message, 400)}`);
    if (notes.length > 0) parts.push(`${notes.join('\n')}\n`);
  }
  return parts.join('\n');
}

function sectionNextMeasurements(r: Report): string | null {
  const items = crossRunFamilies(r).flatMap((f) => f.next_measurements.map((m) => ({ ...m, label: f.label })));
  if (items.length === 0) return null;
  const lines = items.map(
    (m) =>
      `- ${safeText(m.label)}: ${m.kind === 'new_point' ? `measure c${cnt(m.concurrency)}` : `re-run c${cnt(m.concurrency)}${m.cell_id ? ` (${safeCode(m.cell_id, 90)})` : ''}`}: ${safeText(m.reason, 400)}.`,
  );
  return `## Next measurements\n\nPoints the evidence above asks for (descriptive; no configuration change is implied).\n\n${lines.join('\n')}\n`;
}

function sectionManifest(r: Report): string {
  const rows = r.artifact_manifest.map((a) => [
    a.present ? '✅' : '❌',
    safeCode(a.path, 200),
    safeText(a.kind),
    a.required ? 'yes' : 'no',
    a.cell_id ? safeCode(a.cell_id, 90) : '—',
  ]);
  return `## Artifact manifest\n\n<details><summary>${r.artifact_manifest.length} files</summary>\n\n${markdownTable([['', 'Path', 'Kind', 'Required', 'Cell'], ...rows])}\n\n</details>\n`;
}

/** Sections in render order (curve analysis, next measurements and gates slot in at 70–85). */
const SECTIONS: { order: number; render: ReportSection }[] = [
  { order: 10, render: sectionSummary },
  { order: 20, render: sectionFindings },
  { order: 30, render: sectionMatrix },
  { order: 35, render: sectionCost },
  { order: 40, render: sectionCompleteness },
  { order: 50, render: sectionPerCell },
  { order: 60, render: sectionTimeline },
  { order: 70, render: sectionCurves },
  { order: 80, render: sectionNextMeasurements },
  { order: 85, render: (r) => (r.gates ? renderGatesMarkdown(r.gates) : null) },
  { order: 90, render: sectionManifest },
];

export function renderReportMarkdown(report: Report): string {
  const sections = [...SECTIONS].sort((a, b) => a.order - b.order);
  return `${sections
    .map((s) => s.render(report))
    .filter((s): s is string => !!s)
    .join('\n')
    .trimEnd()}\n`;
}

/**
 * The per-cell throughput line: per-GPU total tok/s, else per-GPU output tok/s (MLPerf reports
 * output tokens only), then the absolute output tok/s, else the absolute total.
 */
function throughputLine(c: Cell): string {
  const perGpuOutput = num(c, 'tput_per_gpu') === null ? num(c, 'output_tput_per_gpu') : null;
  const perGpu =
    perGpuOutput !== null
      ? `${formatTokensPerSec(perGpuOutput)} tok/s/GPU output`
      : `${formatTokensPerSec(num(c, 'tput_per_gpu'))} tok/s/GPU total`;
  const output = num(c, 'output_tput_tps');
  const total = output === null ? num(c, 'total_tput_tps') : null;
  const absolute =
    total !== null ? `${formatTokensPerSec(total)} tok/s total` : `${formatTokensPerSec(output)} tok/s output`;
  return `${perGpu} · ${absolute}`;
}
