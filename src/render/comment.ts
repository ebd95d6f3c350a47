/**
 * The PR comment: a pure function of the head report, the compare result (or null when there is
 * no baseline) and run metadata passed as data. Same input, same bytes.
 *
 * Layout: hidden marker (suite key) · headline (run validity, then the regression verdict,
 * separately) · links from `run` metadata only · findings by severity · gates (when the report has
 * them) · largest changes · cost and completion · charts (mermaid xychart-beta, capped) ·
 * per-cell comparison in <details> · footer. Untrusted text goes through safeText/safeCode; no
 * link is ever built from report content. The body stays within `budgetChars` (default 60,000,
 * GITHUB.md §5.1) by shrinking the per-cell table first, then dropping charts, cost, gates and
 * findings rows, always keeping the headline, the findings summary and the largest changes.
 */
import { markdownTable } from 'markdown-table';
import { mergeFindings } from '../core/findings/order.js';
import type { CellDiff, MetricComparison, ReportDiff } from '../core/compare/types.js';
import type { Finding, Report, Severity } from '../core/types.js';
import { safeCode, safeText } from './escape.js';
import { formatCount, formatMoney, formatPct, formatScore, formatSeconds, formatTokensPerSec } from './format.js';

export const COMMENT_BUDGET_CHARS = 60_000;
const MARKER_PREFIX = 'inferguard-bench:v1';
const MAX_FINDING_ROWS = 50;
const MAX_CHANGE_ROWS = 25;
const MAX_CHART_FAMILIES = 3;
const MAX_GATE_ROWS = 30;

export interface CommentRun {
  repository?: string;
  sha?: string;
  runUrl?: string;
  artifactUrl?: string;
  baselineNote?: string;
}

export interface CommentInput {
  head: Report;
  diff: ReportDiff | null;
  suiteKey: string;
  run?: CommentRun;
  budgetChars?: number;
}

/** The suite key as a slug: [a-z0-9-], no `--`, no leading/trailing `-`, at most 64 chars. */
export function suiteSlug(suiteKey: string): string {
  const s = String(suiteKey ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return s === '' ? 'default' : s;
}

/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (GITHUB.md §5.2). */
export function commentMarker(suiteKey: string): string {
  return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers

function fin(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function formatValue(unit: string, v: unknown, currency: string): string {
  switch (unit) {
    case 's':
      return formatSeconds(v);
    case 'tok/s/GPU':
    case 'tok/s':
      return formatTokensPerSec(v);
    case 'fraction':
      return formatPct(v);
    case 'currency':
      return formatMoney(v, currency);
    case 'score':
      return formatScore(v);
    default:
      return formatCount(v);
  }
}

/** Signed percentage with one decimal; "—" when unknown. Uses the minus sign U+2212. */
function pct(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = (Math.abs(v) * 100).toFixed(1);
  return v > 0 ? `+${s}%` : v < 0 ? `−${s}%` : '0.0%';
}

/** Δ with an arrow for the direction of change, marked 🔴 worse / 🟢 better when decided. */
function deltaCell(c: MetricComparison): string {
  const d = c.kind === 'completion' && c.unit === 'fraction' ? c.delta : c.relative_delta;
  const text =
    c.kind === 'completion' && c.unit === 'fraction'
      ? points(c.delta)
      : c.kind === 'eval'
        ? signed(c.delta, 4)
        : pct(c.relative_delta);
  if (d === null || d === 0) return text;
  const arrow = d > 0 ? '↑' : '↓';
  const mark = c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : '';
  return `${text} ${arrow}${mark}`;
}

function points(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = (Math.abs(v) * 100).toFixed(1);
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${s} pt`;
}

function signed(v: number | null, digits: number): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}`;
}

function outcomeText(o: string): string {
  switch (o) {
    case 'regressed':
      return '🔴 regressed';
    case 'improved':
      return '🟢 improved';
    case 'unchanged':
      return '⚪ unchanged';
    case 'new':
      return '🆕 new';
    case 'missing':
      return '➖ missing';
    case 'incomparable':
      return '🔀 incomparable';
    case 'insufficient_data':
      return '❔ insufficient data';
    default:
      return safeText(o);
  }
}

const METRIC_LABEL: Record<string, string> = {
  success_rate: 'Success rate',
  completed_requests: 'Completed requests',
  completed_sessions: 'Completed sessions',
  tput_per_gpu: 'Throughput/GPU (tok/s)',
  output_tput_per_gpu: 'Output tput/GPU (tok/s)',
  p50_ttft: 'p50 TTFT',
  p99_ttft: 'p99 TTFT',
  p50_tpot: 'p50 TPOT',
  p99_tpot: 'p99 TPOT',
  p50_itl: 'p50 ITL',
  p99_itl: 'p99 ITL',
  p50_e2el: 'p50 E2EL',
  p99_e2el: 'p99 E2EL',
  compute_cost: 'Compute cost',
  cost_per_completed_request: 'Cost / completed request',
  cost_per_completed_session: 'Cost / completed session',
  cost_per_million_input_tokens: 'Cost / M input tokens',
  cost_per_million_output_tokens: 'Cost / M output tokens',
};

function metricLabel(m: string): string {
  return METRIC_LABEL[m] ?? safeText(m, 80);
}

function cellLabel(d: CellDiff): string {
  return safeCode(d.head_cell_id ?? d.base_cell_id ?? '?', 60);
}

function table(rows: string[][], align: ('l' | 'r' | 'c')[]): string {
  return `${markdownTable(rows, { align })}\n`;
}

function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n</details>\n`;
}

/** Only https URLs without spaces, quotes or brackets, from run metadata (never from reports). */
function safeUrl(u: string | undefined): string | null {
  if (typeof u !== 'string') return null;
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u)) return null;
  if (/[()<>\s"]/.test(u) || u.length > 500) return null;
  return u;
}

// ---------------------------------------------------------------------------------------------
// Sections

function allFindings(head: Report, diff: ReportDiff | null): Finding[] {
  return mergeFindings(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countBy(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in out) out[f.severity]++;
  return out;
}

function validityLine(head: Report, findings: readonly Finding[]): string {
  const s = head.run_summary;
  const crit = findings.filter((f) => f.severity === 'critical');
  const cells = `${s?.total_cells ?? head.cells?.length ?? 0} cell(s)`;
  if (s?.status === 'failed' || crit.length > 0) {
    const codes = new Map<string, number>();
    for (const f of crit) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    const list = [...codes.entries()]
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([c, n]) => `${c} ×${n}`)
      .join(', ');
    return `**Run validity:** ❌ invalid — ${cells}, run ${s?.status ?? 'unknown'}${crit.length > 0 ? `; ${crit.length} critical finding(s): ${list}` : ''}`;
  }
  if (s?.status === 'partial') {
    return `**Run validity:** ⚠️ partial — ${cells}, ${s.successful_cells} complete, ${s.failed_cells} failed; some requests did not succeed`;
  }
  if (s?.status === 'complete') return `**Run validity:** ✅ valid — ${cells}, all requests succeeded`;
  return `**Run validity:** ❔ unknown — ${cells}; request counts are not known`;
}

function verdictLine(diff: ReportDiff | null, run: CommentRun | undefined): string {
  if (!diff) {
    const note = run?.baselineNote ? ` (${safeText(run.baselineNote, 200)})` : '';
    return `**Regression verdict:** ➖ no baseline — this run was not compared with a base run${note}; the result above is the run's own validity only.`;
  }
  const v = diff.verdict;
  const icon =
    v.verdict === 'REGRESSION' ? '🔴' : v.verdict === 'IMPROVEMENT' ? '🟢' : v.verdict === 'NEUTRAL' ? '⚪' : '❔';
  const note = run?.baselineNote ? ` Baseline: ${safeText(run.baselineNote, 200)}.` : '';
  // Built from the counts, not from v.summary: compare.json may come from a file.
  const k = diff.counts;
  const compared = k.regressed + k.improved + k.unchanged;
  const summary = `${compared} of ${k.total} cell(s) compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${
    k.total > compared
      ? `; ${k.new} new, ${k.missing} missing, ${k.incomparable} incomparable, ${k.insufficient_data} with insufficient data`
      : ''
  }.`;
  const runs = typeof v.base_runs === 'number' ? v.base_runs : null;
  const rests =
    runs !== null
      ? ` Rests on ${runs} base run${runs === 1 ? '' : 's'} (${v.basis === 'run_interval' ? "the base runs' prediction interval" : 'one-run comparison gated by the run-noise floor'}).`
      : '';
  const missing =
    k.missing > 0 ? ` Completion regression: ${k.missing} cell(s) of the base sweep missing from head.` : '';
  return `**Regression verdict:** ${icon} ${v.verdict} — ${summary}${missing}${rests}${note}`;
}

/** One line on curve-level changes (compare.json `curves`): at most 3 families, 4 changes each. */
function curveLine(diff: ReportDiff | null): string | null {
  const changed = (diff?.curves ?? []).filter((c) => Array.isArray(c.changes) && c.changes.length > 0);
  if (changed.length === 0) return null;
  const parts = changed.slice(0, 3).map(
    (c) =>
      `${safeText(c.label, 120)}: ${c.changes
        .slice(0, 4)
        .map((x) => safeText(x, 160))
        .join('; ')}${c.changes.length > 4 ? `; +${c.changes.length - 4} more` : ''}`,
  );
  const more =
    changed.length > 3
      ? ` (+${changed.length - 3} more famil${changed.length - 3 === 1 ? 'y' : 'ies'} in compare.json)`
      : '';
  return `**Curves vs base:** ${parts.join(' · ')}${more}`;
}

function headline(input: CommentInput, findings: readonly Finding[]): string {
  const { head, diff, run } = input;
  const lines = [`## InferGuard benchmark report`, '', validityLine(head, findings), '', verdictLine(diff, run)];
  const curves = curveLine(diff);
  if (curves) lines.push('', curves);
  const meta: string[] = [];
  if (run?.repository) meta.push(safeCode(run.repository, 100));
  if (run?.sha) meta.push(safeCode(String(run.sha).slice(0, 12), 20));
  const runUrl = safeUrl(run?.runUrl);
  const artUrl = safeUrl(run?.artifactUrl);
  if (runUrl) meta.push(`[workflow run](${runUrl})`);
  if (artUrl) meta.push(`[report artifact](${artUrl})`);
  if (meta.length > 0) lines.push('', meta.join(' · '));
  return `${lines.join('\n')}\n`;
}

function sectionFindings(findings: readonly Finding[], maxRows: number): string {
  const c = countBy(findings);
  const head = `### Findings\n\n${c.critical} critical · ${c.warning} warning · ${c.info} info\n`;
  if (findings.length === 0) return `${head}\n_No findings._\n`;
  const icon: Record<Severity, string> = { critical: '🛑 critical', warning: '⚠️ warning', info: 'ℹ️ info' };
  const rows = findings
    .slice(0, maxRows)
    .map((f) => [
      icon[f.severity] ?? safeText(f.severity),
      safeCode(f.code, 60),
      f.cell_id ? safeCode(f.cell_id, 60) : '—',
      safeText(f.message, 300),
    ]);
  let out = `${head}\n${table([['Severity', 'Code', 'Cell', 'Message'], ...rows], ['l', 'l', 'l', 'l'])}`;
  if (findings.length > rows.length)
    out += `\n_${findings.length - rows.length} more finding(s) are in report.json / compare.json (artifact)._\n`;
  return out;
}

interface GateRow {
  gate: unknown;
  outcome: unknown;
  value: unknown;
  cells: unknown;
  severity: unknown;
}

function sectionGates(head: Report): string | null {
  const g = head.gates as { results?: unknown } | undefined;
  if (!g || typeof g !== 'object' || !Array.isArray(g.results)) return null;
  const results = (g.results as unknown[]).filter((r): r is GateRow => !!r && typeof r === 'object');
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
  const rows = sorted.slice(0, MAX_GATE_ROWS).map((r) => {
    const cells = Array.isArray(r.cells) ? r.cells : [];
    const shown = cells.slice(0, 3).map((c) => safeCode(c, 40));
    return [
      safeCode(r.gate ?? '?', 80),
      icon[String(r.outcome)] ?? safeText(r.outcome, 20),
      fin(r.value) ? formatCount(r.value) : '—',
      safeText(r.severity ?? '—', 20),
      cells.length === 0 ? '—' : `${shown.join(', ')}${cells.length > 3 ? ` +${cells.length - 3}` : ''}`,
    ];
  });
  let out = `### SLO gates\n\n${summary}\n\n${table([['Gate', 'Outcome', 'Value', 'Severity', 'Cells'], ...rows], ['l', 'l', 'r', 'l', 'l'])}`;
  if (results.length > rows.length)
    out += `\n_${results.length - rows.length} more gate result(s) are in report.json._\n`;
  return out;
}

interface ChangeRow {
  cell: CellDiff;
  c: MetricComparison;
}

/** Regressed comparisons first, then improved; within each by |relative change| desc, then cell order. */
function changes(diff: ReportDiff): ChangeRow[] {
  const rows: (ChangeRow & { order: number })[] = [];
  diff.cells.forEach((cell, order) => {
    for (const c of cell.verdict?.comparisons ?? []) {
      if (c.outcome === 'regressed' || c.outcome === 'improved') rows.push({ cell, c, order });
    }
  });
  const mag = (c: MetricComparison): number => Math.abs(c.relative_delta ?? c.delta ?? 0);
  rows.sort(
    (a, b) =>
      (a.c.outcome === 'regressed' ? 0 : 1) - (b.c.outcome === 'regressed' ? 0 : 1) ||
      mag(b.c) - mag(a.c) ||
      a.order - b.order ||
      cmp(a.c.metric, b.c.metric),
  );
  return rows;
}

function currencyOf(head: Report): string {
  const c = head.run_summary?.cost?.currency;
  return typeof c === 'string' ? safeText(c, 8) : 'USD';
}

function sectionChanges(diff: ReportDiff, currency: string, maxRows: number): string {
  const k = diff.counts;
  const countLine = `${k.regressed} regressed · ${k.improved} improved · ${k.unchanged} unchanged · ${k.new} new · ${k.missing} missing · ${k.incomparable} incomparable · ${k.insufficient_data} insufficient data`;
  const all = changes(diff);
  let out = `### Largest changes vs base\n\n${countLine}\n`;
  if (all.length === 0) return `${out}\n_No metric moved beyond its threshold._\n`;
  const rows = all
    .slice(0, maxRows)
    .map(({ cell, c }) => [
      cellLabel(cell),
      metricLabel(c.metric),
      `${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)}`,
      deltaCell(c),
      outcomeText(c.outcome),
      methodText(c),
    ]);
  out += `\n${table([['Cell', 'Metric', 'Base → Head', 'Δ', 'Verdict', 'Evidence'], ...rows], ['l', 'l', 'r', 'r', 'l', 'l'])}`;
  if (all.length > rows.length)
    out += `\n_${all.length - rows.length} more changed metric(s) are in compare.json (artifact)._\n`;
  return out;
}

/** How many base runs a comparison rests on (compare.json `n_base_runs`), as the evidence says it. */
function runsText(c: MetricComparison): string {
  const n = c.n_base_runs;
  return typeof n === 'number' ? `, ${n} base run${n === 1 ? '' : 's'}` : '';
}

function methodText(c: MetricComparison): string {
  const m = methodCore(c);
  return m === '—' ? m : `${m}${runsText(c)}`;
}

function methodCore(c: MetricComparison): string {
  switch (c.method) {
    case 'run_interval':
      return `outside base-run interval q=${fmtP(c.q_value)}, shift ${pct(c.effect_size)}`;
    case 'mann_whitney_u':
      return `Mann-Whitney q=${fmtP(c.q_value)}, shift ${pct(c.effect_size)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
    case 'bootstrap_quantile':
      return `bootstrap q=${fmtP(c.q_value)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
    case 'noise_band':
      return `beyond ±${c.threshold ? (c.threshold.basis === 'absolute' ? `${(c.threshold.value * 100).toFixed(1)} pt` : `${(c.threshold.value * 100).toFixed(0)}%`) : '?'} band`;
    case 'eval_stderr':
      return `beyond ${c.threshold?.name === 'eval stderr' ? 'stderr' : 'min drop'} ${c.threshold ? c.threshold.value.toFixed(4) : '?'}`;
    default:
      return '—';
  }
}

function fmtP(p: number | null): string {
  if (p === null) return '—';
  if (p === 0) return '0';
  return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}

function sectionCost(head: Report, diff: ReportDiff | null, currency: string): string | null {
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
      if (unit === 'fraction') delta = points(hv - bv);
      else delta = bv !== 0 ? pct((hv - bv) / Math.abs(bv)) : '—';
      const d = hv - bv;
      if (d !== 0 && delta !== '—') delta += d > 0 ? ' ↑' : ' ↓';
    }
    rows.push(
      diff
        ? [label, formatValue(unit, bv, currency), formatValue(unit, hv, currency), delta]
        : [label, formatValue(unit, hv, currency)],
    );
  };
  const hs = head.run_summary;
  const headTotals = h ?? {
    requests_total: null,
    requests_successful: null,
    success_rate: null,
    sessions_completed: null,
    compute_cost: fin(cost?.compute_cost) ? cost.compute_cost : null,
    gpu_hours: fin(cost?.gpu_hours) ? cost.gpu_hours : null,
    cost_per_completed_request: fin(cost?.cost_per_completed_request) ? cost.cost_per_completed_request : null,
    cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens)
      ? cost.cost_per_million_output_tokens
      : null,
  };
  if (!h) {
    let total = 0;
    let ok = 0;
    let known = 0;
    for (const c of head.cells ?? []) {
      if (fin(c.completion?.num_requests_total) && fin(c.completion?.num_requests_successful)) {
        total += c.completion.num_requests_total;
        ok += c.completion.num_requests_successful;
        known++;
      }
    }
    if (known > 0) {
      headTotals.requests_total = total;
      headTotals.requests_successful = ok;
      headTotals.success_rate = total > 0 ? ok / total : null;
    }
  }
  add('Success rate', b?.success_rate, headTotals.success_rate, 'fraction');
  add('Successful requests', b?.requests_successful, headTotals.requests_successful, 'count');
  add('Sessions completed', b?.sessions_completed, headTotals.sessions_completed, 'count');
  add('Compute cost', b?.compute_cost, headTotals.compute_cost, 'currency');
  add('GPU-hours', b?.gpu_hours, headTotals.gpu_hours, 'count');
  add('Cost / completed request', b?.cost_per_completed_request, headTotals.cost_per_completed_request, 'currency');
  add(
    'Cost / M output tokens',
    b?.cost_per_million_output_tokens,
    headTotals.cost_per_million_output_tokens,
    'currency',
  );
  const cellsLine = hs
    ? `Head cells: ${hs.total_cells} (complete ${hs.successful_cells}, failed ${hs.failed_cells}${fin(hs.partial_cells) ? `, partial ${hs.partial_cells}` : ''}).`
    : '';
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
  const header = diff ? ['', 'Base', 'Head', 'Δ'] : ['', 'Head'];
  const align: ('l' | 'r')[] = diff ? ['l', 'r', 'r', 'r'] : ['l', 'r'];
  return `### Cost and completion\n\n${cellsLine}\n\n${table([header, ...rows], align)}${costLine}`;
}

/** Mermaid-safe label: letters, digits, space and . _ / - only. */
function chartLabel(s: string): string {
  return s.replace(/[^A-Za-z0-9 ._/-]+/g, '_').slice(0, 60);
}

function chartNumber(v: number): string {
  return Number(v.toPrecision(4)).toString();
}

interface FamilyPoint {
  concurrency: number;
  base: Record<string, number | null>;
  head: Record<string, number | null>;
}

function sectionCharts(head: Report, diff: ReportDiff | null): string | null {
  // Families: from the diff (base vs head) or the head report alone.
  const families = new Map<string, { label: string; points: FamilyPoint[]; regressed: number }>();
  const label = (id: {
    hardware: string | null;
    model: string | null;
    framework: string | null;
    precision: string | null;
    isl: number | null;
    osl: number | null;
  }): string =>
    chartLabel(
      `${id.hardware ?? '?'} ${id.model ?? '?'} ${id.framework ?? '?'} ${id.precision ?? '?'} ${id.isl ?? '?'}/${id.osl ?? '?'}`,
    );
  if (diff) {
    for (const c of diff.cells) {
      if (
        c.status === 'new' ||
        c.status === 'missing' ||
        c.status === 'incomparable' ||
        c.identity.concurrency === null
      )
        continue;
      let f = families.get(c.family);
      if (!f) families.set(c.family, (f = { label: label(c.identity), points: [], regressed: 0 }));
      if (c.status === 'regressed') f.regressed++;
      const get = (m: string, side: 'base' | 'head'): number | null => {
        const x = c.verdict?.comparisons.find((y) => y.metric === m);
        return x ? x[side] : null;
      };
      f.points.push({
        concurrency: c.identity.concurrency,
        base: { tput_per_gpu: get('tput_per_gpu', 'base'), p99_ttft: get('p99_ttft', 'base') },
        head: { tput_per_gpu: get('tput_per_gpu', 'head'), p99_ttft: get('p99_ttft', 'head') },
      });
    }
  } else {
    const sorted = [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id));
    for (const c of sorted) {
      if (typeof c.concurrency !== 'number') continue;
      const key = JSON.stringify([
        c.hardware,
        c.model,
        c.framework,
        c.precision,
        c.scenario_type,
        c.isl,
        c.osl,
        c.recipe_name,
        c.topology ?? {},
      ]);
      let f = families.get(key);
      if (!f) families.set(key, (f = { label: label(c), points: [], regressed: 0 }));
      const m = (k: string): number | null => (fin(c.metrics?.[k]) ? (c.metrics[k] as number) : null);
      f.points.push({
        concurrency: c.concurrency,
        base: {},
        head: { tput_per_gpu: m('tput_per_gpu'), p99_ttft: m('p99_ttft') },
      });
    }
  }
  const chosen = [...families.entries()]
    .filter(([, f]) => f.points.length >= 2)
    .sort((a, b) => b[1].regressed - a[1].regressed || b[1].points.length - a[1].points.length || cmp(a[0], b[0]))
    .slice(0, MAX_CHART_FAMILIES);
  if (chosen.length === 0) return null;
  const charts: string[] = [];
  for (const [, f] of chosen) {
    const pts = [...f.points].sort((a, b) => a.concurrency - b.concurrency);
    for (const [metric, title, unit, scale] of [
      ['tput_per_gpu', 'Throughput per GPU', 'tok/s/GPU', 1],
      ['p99_ttft', 'p99 TTFT', 'ms', 1000],
    ] as const) {
      const usable = pts.filter(
        (p) =>
          p.head[metric] !== null &&
          p.head[metric] !== undefined &&
          (!diff || (p.base[metric] !== null && p.base[metric] !== undefined)),
      );
      if (usable.length < 2) continue;
      const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${title} - ${f.label}"`,
        `  x-axis "Concurrency" [${usable.map((p) => `"${p.concurrency}"`).join(', ')}]`,
        `  y-axis "${unit}"`,
      ];
      if (diff) lines.push(`  line [${usable.map((p) => chartNumber((p.base[metric] as number) * scale)).join(', ')}]`);
      lines.push(`  line [${usable.map((p) => chartNumber((p.head[metric] as number) * scale)).join(', ')}]`);
      lines.push('```');
      charts.push(lines.join('\n'));
    }
  }
  if (charts.length === 0) return null;
  const legend = diff ? 'First line: base, second line: head.' : 'Head run only (no baseline).';
  const more =
    families.size > chosen.length
      ? ` ${families.size - chosen.length} more famil${families.size - chosen.length === 1 ? 'y is' : 'ies are'} in the artifact.`
      : '';
  return `### Charts\n\n${legend}${more}\n\n${charts.join('\n\n')}\n`;
}

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

function perCellRow(d: CellDiff, currency: string): string[] {
  const byMetric = new Map((d.verdict?.comparisons ?? []).map((c) => [c.metric, c]));
  const cols = TABLE_METRICS.map((m) => {
    const c = byMetric.get(m);
    if (!c) return '—';
    return `${formatValue(c.unit, c.base, currency)} → ${formatValue(c.unit, c.head, currency)} (${deltaCell(c)})`;
  });
  const changed = (d.verdict?.comparisons ?? [])
    .filter((c) => c.outcome === d.status)
    .map((c) => safeText(c.metric, 60));
  const what =
    changed.length > 0
      ? `: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` +${changed.length - 3}` : ''}`
      : '';
  const note = d.reasons.length > 0 ? ` — ${safeText(d.reasons.join('; '), 160)}` : what;
  return [
    cellLabel(d),
    d.identity.concurrency === null ? '—' : String(d.identity.concurrency),
    ...cols,
    `${outcomeText(d.status)}${note}`,
  ];
}

function perCellHeader(): string[] {
  return ['Cell', 'Conc', 'p99 TTFT', 'p99 TPOT', 'Tput/GPU (tok/s)', 'Success', 'Verdict'];
}

/** Per-cell rows in priority order (changes first), at most what fits in `maxChars`. */
function sectionPerCell(
  diff: ReportDiff,
  currency: string,
  maxChars: number,
): { text: string; shown: number; total: number } | null {
  if (diff.cells.length === 0) return null;
  const ordered = diff.cells
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (STATUS_ORDER[a.c.status] ?? 9) - (STATUS_ORDER[b.c.status] ?? 9) || a.i - b.i);
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'l'];
  const wrap = (rows: string[][], left: number): string => {
    const note = left > 0 ? `\n_${left} more row(s) are in compare.json (artifact)._\n` : '';
    return details(
      `Per-cell comparison (${rows.length} of ${diff.cells.length} cells)`,
      `${table([perCellHeader(), ...rows], align)}${note}`,
    );
  };
  const rows: string[][] = [];
  let size = wrap([], diff.cells.length).length + 200;
  for (const { c } of ordered) {
    const row = perCellRow(c, currency);
    const rowLen = row.reduce((s, x) => s + x.length + 3, 2) + 60; // markdown-table pads columns; keep slack
    if (size + rowLen > maxChars) break;
    rows.push(row);
    size += rowLen;
  }
  if (rows.length === 0)
    return {
      text: `_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`,
      shown: 0,
      total: diff.cells.length,
    };
  return { text: wrap(rows, diff.cells.length - rows.length), shown: rows.length, total: diff.cells.length };
}

function footer(head: Report): string {
  const v = safeText(head.analyzer?.inferguard_version ?? '?', 40);
  return `<sub>inferguard ${v} · full data: report.json and compare.json in the run artifact.</sub>\n`;
}

/**
 * Renders the PR comment.
 *
 * @param input.head the head report (inferguard-analyze/v1).
 * @param input.diff compareReports(base, head) or null when there is no baseline (stated as such).
 * @param input.suiteKey suite key carried by the hidden marker (several suites per PR coexist).
 * @param input.run run metadata; links are built only from `runUrl`/`artifactUrl` (https only).
 * @param input.budgetChars maximum length in UTF-16 code units (default 60,000).
 * @returns markdown whose first line is commentMarker(suiteKey).
 */
export function renderComment(input: CommentInput): string {
  const marker = commentMarker(input.suiteKey);
  const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
  return `${marker}\n${renderCommentSections(input, budget - marker.length - 1)}`;
}

/**
 * The comment's sections without the marker line, within `budget` characters (the comment's
 * budget less the marker line). The job summary (render/summary.ts) shows the same sections.
 */
export function renderCommentSections(input: CommentInput, budget: number): string {
  const { head, diff } = input;
  const findings = allFindings(head, diff);
  const currency = currencyOf(head);
  const top = headline(input, findings);
  const foot = footer(head);

  const build = (opts: {
    findingRows: number;
    changeRows: number;
    gates: boolean;
    cost: boolean;
    charts: boolean;
    perCell: boolean;
  }): string => {
    const parts: string[] = [top, sectionFindings(findings, opts.findingRows)];
    if (opts.gates) {
      const g = sectionGates(head);
      if (g) parts.push(g);
    }
    if (diff) parts.push(sectionChanges(diff, currency, opts.changeRows));
    if (opts.cost) {
      const c = sectionCost(head, diff, currency);
      if (c) parts.push(c);
    }
    if (opts.charts) {
      const ch = sectionCharts(head, diff);
      if (ch) parts.push(ch);
    }
    const dropped: string[] = [];
    if (!opts.gates && head.gates) dropped.push('gates');
    if (!opts.cost) dropped.push('cost and completion');
    if (!opts.charts) dropped.push('charts');
    if (dropped.length > 0)
      parts.push(
        `_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`,
      );
    if (diff && opts.perCell) {
      const used = parts.join('\n').length + foot.length + 2;
      const pc = sectionPerCell(diff, currency, budget - used);
      if (pc) parts.push(pc.text);
    } else if (diff && diff.cells.length > 0) {
      parts.push(`_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`);
    }
    if (!diff)
      parts.push(
        opts.perCell ? headOnlyCells(head) : `_${head.cells?.length ?? 0} cell(s) are in report.json (artifact)._\n`,
      );
    parts.push(foot);
    return parts.join('\n');
  };

  const plans = [
    {
      findingRows: MAX_FINDING_ROWS,
      changeRows: MAX_CHANGE_ROWS,
      gates: true,
      cost: true,
      charts: true,
      perCell: true,
    },
    {
      findingRows: MAX_FINDING_ROWS,
      changeRows: MAX_CHANGE_ROWS,
      gates: true,
      cost: true,
      charts: false,
      perCell: true,
    },
    { findingRows: 25, changeRows: MAX_CHANGE_ROWS, gates: false, cost: false, charts: false, perCell: true },
    { findingRows: 10, changeRows: 10, gates: false, cost: false, charts: false, perCell: false },
    { findingRows: 3, changeRows: 3, gates: false, cost: false, charts: false, perCell: false },
  ];
  let md = '';
  for (const p of plans) {
    md = build(p);
    if (md.length <= budget) return md;
  }
  // Last resort: cut at a line boundary, keeping the marker and headline.
  const cut = md.lastIndexOf('\n', budget - 200);
  return `${md.slice(0, Math.max(cut, 0))}\n\n_Comment truncated to stay under GitHub's limit; see the artifact._\n`;
}

/** Without a baseline: a compact head-only cell table (capped), so the comment still shows the run. */
function headOnlyCells(head: Report): string {
  const cells = [...(head.cells ?? [])].sort((a, b) => cmp(a.cell_id, b.cell_id));
  if (cells.length === 0) return '_The report has no cells._\n';
  const max = 100;
  const rows = cells
    .slice(0, max)
    .map((c) => [
      safeCode(c.cell_id, 60),
      typeof c.concurrency === 'number' ? String(c.concurrency) : '—',
      safeText(c.completion?.status ?? 'unknown', 20),
      formatPct(c.completion?.success_rate),
      formatSeconds(c.metrics?.p99_ttft),
      formatSeconds(c.metrics?.p99_tpot),
      formatTokensPerSec(c.metrics?.tput_per_gpu),
    ]);
  const body = `${table([['Cell', 'Conc', 'Status', 'Success', 'p99 TTFT', 'p99 TPOT', 'Tput/GPU (tok/s)'], ...rows], ['l', 'r', 'l', 'r', 'r', 'r', 'r'])}${
    cells.length > max ? `\n_${cells.length - max} more cell(s) are in report.json (artifact)._\n` : ''
  }`;
  return details(`Cells (${Math.min(max, cells.length)} of ${cells.length})`, body);
}
