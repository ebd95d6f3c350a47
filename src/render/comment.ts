/**
 * The PR comment (and, with a larger budget, the job summary): a pure function of the head report,
 * the compare result (or null when there is no baseline) and run metadata passed as data. Same
 * input, same bytes.
 *
 * Layout: hidden marker (suite key) · headline: validity, SLO gates and the regression verdict as
 * three separate facts (under the verdict: what a compare with < 3 base runs could see, and a
 * change of environment most cells share), and the check's outcome when the caller passes it ·
 * links from `run` metadata only · findings by class, repeated ones grouped · gates · largest
 * changes vs base · suspicious metrics (🟡, shown, never failing) · charts (changed families open,
 * the rest collapsed) · cost and completion · per-cell comparison per family in <details> · raw
 * cell ids in <details> · footer.
 *
 * Made to be read in GitHub's 866 px comment column (test/render/browser-render.test.ts renders it
 * with cmark-gfm, GitHub's CSS and mermaid in Chromium): few columns, values on one line, cells
 * named by what distinguishes them (labels.ts), never by truncated ids.
 *
 * Untrusted text goes through safeText/safeCode (escape.ts); no link is ever built from report
 * content. The body stays within `budgetChars` (default 60,000, docs/ACTION.md) by shrinking the
 * per-cell tables first, then dropping charts, cost, gates and findings rows, always keeping the
 * headline, the findings summary and the largest changes.
 */
import {
  CHECK_WORDS,
  allFindings,
  blocking,
  cellStates,
  comparisonOf,
  factWord,
  gateResults,
  gatesOf,
  passNotes,
  requestTotals,
  statusHeadline,
  validityOf,
} from './status.js';
import type { Cell, Finding, Report, Severity } from '../core/types.js';
import type { CellDiff, ReportDiff } from '../core/compare/types.js';
import { type CellRef, familyLabel, metricLabel, nameCells, topologyLabel } from './labels.js';
import { type ChartPoint, renderChart } from './charts.js';
import type { CommentInput, CommentRun, Limits } from './comment/types.js';
import { FINDING_CLASSES, type FindingClass, findingClass } from '../core/finding-classes.js';
import type { LatencyBase } from '../core/metrics.js';
import {
  NB,
  cmp,
  currencyOf,
  details,
  fin,
  formatValue,
  nb,
  pct,
  plural,
  points,
  safeUrl,
  table,
  thousands,
} from './comment/format.js';
import {
  SUSPICIOUS_ICON,
  SUSPICIOUS_OPEN,
  changes,
  isSuspicious,
  suspiciousRows,
  suspiciousWhy,
} from './comment/rows.js';
import { TAIL_STATS, tailLabel, tailOfSet } from '../core/curve/tail.js';
import {
  cellIndex,
  cellRefOf,
  diffRef,
  familyKeySafe,
  identityOf,
  labelColumns,
  shortLabels,
} from './comment/cells.js';
import { cellThroughput, throughputColumn } from './throughput.js';
import { deltaText, headAndDelta, methodText } from './comment/delta.js';
import { detectableLine } from './comment/detectable.js';
import { envHeadline, envRowText } from './comment/environment.js';
import { formatCount, formatPct, formatSeconds } from './format.js';
import { reportLinkLine } from './report-link.js';
import { safeCode, safeText } from './escape.js';

export type { CommentCheck, CommentInput, CommentRun, Limits } from './comment/types.js';

export const COMMENT_BUDGET_CHARS = 60_000;

/** The job summary may be up to 1 MiB per step; keep well under it (UTF-16 units ≤ bytes). */
export const SUMMARY_BUDGET_CHARS = 900_000;

const MARKER_PREFIX = 'inferguard-bench:v1';

export const COMMENT_LIMITS: Limits = {
  findingGroups: 30,
  findingList: 100,
  changeRows: 20,
  chartFamilies: 3,
  gateRows: 30,
  headOnlyCells: 100,
  suspiciousRows: 20,
};

export const SUMMARY_LIMITS: Limits = {
  findingGroups: 200,
  findingList: 2000,
  changeRows: 200,
  chartFamilies: 12,
  gateRows: 500,
  headOnlyCells: 5000,
  suspiciousRows: 200,
};

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

/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (docs/ACTION.md). */
export function commentMarker(suiteKey: string): string {
  return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}

function codeCounts(findings: readonly Finding[]): string {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .map(([c, n]) => `${safeCode(c, 60)}${n > 1 ? ` ×${n}` : ''}`)
    .join(', ');
}

function requestsText(head: Report): string {
  const r = requestTotals(head);
  const cells = plural(r.cells, 'cell');
  if (r.known === 0) return `${cells}; request counts are not known`;
  const rate = r.total > 0 && r.ok < r.total ? ` (${((r.ok / r.total) * 100).toFixed(1)}%)` : '';
  const unknown = r.known < r.cells ? `; request counts unknown for ${plural(r.cells - r.known, 'cell')}` : '';
  return `${cells}; ${thousands(r.ok)} of ${thousands(r.total)} requests succeeded${rate}${unknown}`;
}

function validityFact(head: Report, findings: readonly Finding[]): string {
  const status = validityOf(head, findings);
  const v = findings.filter((f) => findingClass(f) === 'validity');
  const req = requestsText(head);
  const word = `**Validity:** ${factWord(status)}`;
  if (status === 'invalid') {
    const crit = v.filter((f) => f.severity === 'critical');
    const why =
      crit.length > 0
        ? `${plural(crit.length, 'critical validity finding')} (${codeCounts(crit)})`
        : 'no cell succeeded';
    return `${word}: ${why}. ${req}.`;
  }
  if (status === 'valid_with_warnings') {
    const warn = v.filter((f) => f.severity === 'warning');
    return `${word}: ${plural(warn.length, 'validity warning')} (${codeCounts(warn)}). ${req}.`;
  }
  return `${word}: ${req}.`;
}

function gatesFact(head: Report): string {
  const status = gatesOf(head);
  const word = `**SLO gates:** ${factWord(status)}`;
  const rs = gateResults(head) ?? [];
  const block = rs.filter(blocking).length;
  const warn = rs.filter((r) => r.outcome !== 'pass' && !blocking(r)).length;
  if (status === 'gates_none') return `${word}.`;
  if (status === 'gates_failed')
    return `${word}: ${block} of ${plural(rs.length, 'gate check')} did not pass${warn > 0 ? `, and ${warn} warning check(s)` : ''}.`;
  if (status === 'gates_warned')
    return `${word}: every blocking check passed; ${plural(warn, 'warning check')} did not.`;
  return `${word}: all ${plural(rs.length, 'gate check')} passed.`;
}

function verdictFact(diff: ReportDiff | null, run: CommentRun | undefined): string {
  if (!diff) {
    const note = run?.baselineNote ? ` (${safeText(run.baselineNote, 200)})` : '';
    return `**Regression verdict:** ${factWord('not_compared')}: no base run to compare with${note}.`;
  }
  const v = diff.verdict;
  const note = run?.baselineNote ? ` Baseline: ${safeText(run.baselineNote, 200)}.` : '';
  // Built from the counts, not from v.summary: compare.json may come from a file.
  const k = diff.counts;
  const compared = k.regressed + k.improved + k.unchanged;
  const rest = [
    k.new > 0 ? `${k.new} new` : '',
    k.missing > 0 ? `${k.missing} missing` : '',
    k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
    k.insufficient_data > 0 ? `${k.insufficient_data} with insufficient data` : '',
  ].filter((s) => s !== '');
  const nSusp = suspiciousRows(diff).length;
  const susp = nSusp > 0 ? ` ${SUSPICIOUS_ICON} ${nSusp} suspicious (shown, not failing).` : '';
  const summary = `${compared} of ${plural(k.total, 'cell')} compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.${susp}`;
  const runs = typeof v.base_runs === 'number' ? v.base_runs : null;
  const rests =
    runs !== null
      ? ` Rests on ${plural(runs, 'base run')} (${v.basis === 'run_interval' ? "each cell's own runs, shrunk toward the noise prior" : "a verdict needs a change beyond one cell's heavy-tailed run-to-run noise, or one shared by a family's load points"}).`
      : '';
  const missing =
    k.missing > 0 ? ` Completion regression: ${plural(k.missing, 'cell')} of the base sweep missing from head.` : '';
  // Under the verdict: what this compare could see, and a change of environment shared by most cells.
  const under = [detectableLine(diff), envHeadline(diff)].filter((x): x is string => x !== null);
  return `**Regression verdict:** ${factWord(comparisonOf(diff))}: ${summary}${missing}${rests}${note}${under.map((u) => `\n  - ${u}`).join('')}`;
}

function checkFact(input: CommentInput): string | null {
  const { check } = input;
  if (!check) return null;
  const why = check.reasons.map((r) => safeText(r, 200)).join('; ');
  const policy = check.policy ? ` It fails on ${safeText(check.policy, 300)}.` : '';
  if (check.failed) return `**Check:** ${CHECK_WORDS.fails.icon} fails: ${why || 'see the step log'}.${policy}`;
  const notes = passNotes(input);
  return `**Check:** ${CHECK_WORDS.passes.icon} passes${notes ? `: ${notes}` : ''}.${policy}`;
}

/** Accepted by label: what the PR's accept label kept from failing the check, listed (escaped). */
function acceptedFact(input: CommentInput): string | null {
  const acc = input.check?.accepted;
  if (!acc) return null;
  const label = safeCode(acc.label, 60);
  if (acc.items.length === 0)
    return `**Accepted by label** ${label}: nothing needed accepting (validity findings never are).`;
  const shown = acc.items.slice(0, 10).map((x) => safeText(x, 200));
  const more = acc.items.length > 10 ? `; +${acc.items.length - 10} more in compare.json` : '';
  return `**Accepted by label** ${label}: ${plural(acc.items.length, 'regression')} accepted, not failing the check (validity findings never are): ${shown.join('; ')}${more}.`;
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
  const facts = [validityFact(head, findings), gatesFact(head), verdictFact(diff, run)];
  const curves = curveLine(diff);
  if (curves) facts.push(curves);
  const c = checkFact(input);
  if (c) facts.push(c);
  const a = acceptedFact(input);
  if (a) facts.push(a);
  const lines = [`## InferGuard: ${statusHeadline(input)}`, '', ...facts.map((f) => `- ${f}`)];
  const meta: string[] = [];
  if (run?.repository) meta.push(safeCode(run.repository, 100));
  if (run?.sha) meta.push(safeCode(String(run.sha).slice(0, 12), 20));
  const runUrl = safeUrl(run?.runUrl);
  const artUrl = safeUrl(run?.artifactUrl);
  if (runUrl) meta.push(`[workflow run](${runUrl})`);
  if (meta.length > 0) lines.push('', meta.join(' · '));
  // In a workflow run, the report artifact carries report.html: link it, with the frontier's change.
  if (runUrl || artUrl) lines.push('', reportLinkLine({ artifactUrl: artUrl, diff: input.diff }));
  return `${lines.join('\n')}\n`;
}

const SEVERITY_ICON: Record<Severity, string> = { critical: '🛑', warning: '⚠️', info: 'ℹ️' };

const SEVERITY_ORDER: Record<string, number> = { critical: 0, warning: 1, info: 2 };

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
      (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
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

function sectionFindings(
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

interface GateRow {
  gate?: unknown;
  name?: unknown;
  outcome?: unknown;
  value?: unknown;
  cells?: unknown;
  severity?: unknown;
  message?: unknown;
}

function sectionGates(head: Report, labels: Map<string, string>, maxRows: number): string | null {
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

function sectionChanges(diff: ReportDiff, currency: string, maxRows: number): string {
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

/**
 * Suspicious metrics (compare.json `suspicious: true`): outside the cell's usual range but inside
 * the heavy tail of run-to-run noise. Shown with 🟡, never as a failure; the first few open, the
 * rest up to `maxRows` in a <details>, the others counted.
 */
function sectionSuspicious(diff: ReportDiff, currency: string, maxRows: number): string | null {
  const all = suspiciousRows(diff);
  if (all.length === 0 || maxRows <= 0) return null;
  const shown = all.slice(0, maxRows);
  const lc = labelColumns(shown.map((r) => r.cell));
  const env = shown.map((r) => envRowText(r.cell, diff, true));
  const withEnv = env.some((e) => e !== '');
  const header = [...lc.header, 'Metric', 'Head', 'Δ vs base', 'Why', ...(withEnv ? ['Ran on'] : [])];
  const align = [
    ...lc.header.map((h) => (h === 'Config' ? 'l' : 'r')),
    'l',
    'r',
    'r',
    'l',
    ...(withEnv ? ['l'] : []),
  ] as ('l' | 'r')[];
  const rows = shown.map(({ c }, i) => [
    ...(lc.cols[i] ?? []),
    metricLabel(c.metric),
    nb(formatValue(c.unit, c.head, currency)),
    deltaText(c),
    suspiciousWhy(c),
    ...(withEnv ? [env[i] || '—'] : []),
  ]);
  const open = rows.slice(0, SUSPICIOUS_OPEN);
  const rest = rows.slice(SUSPICIOUS_OPEN);
  const what = `${plural(all.length, 'metric')} moved outside ${all.length === 1 ? 'its' : 'their'} cell's usual range but inside the heavy tail of run-to-run noise: not a verdict, never a failed check; re-run to confirm.`;
  let out = `### ${SUSPICIOUS_ICON} Suspicious: shown, not failing\n\n${what}\n`;
  if (lc.common) out += `\nAll rows: ${lc.common}.\n`;
  out += `\n${table([header, ...open], align)}`;
  if (rest.length > 0)
    out += `\n${details(`${plural(rest.length, 'more suspicious metric')}`, table([header, ...rest], align))}`;
  if (all.length > shown.length)
    out += `\n_${all.length - shown.length} more suspicious metric(s) are in compare.json (artifact)._\n`;
  return out;
}

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

function sectionCharts(head: Report, diff: ReportDiff | null, maxFamilies: number): string | null {
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
    }
    rows.push(
      diff
        ? [label, nb(formatValue(unit, bv, currency)), nb(formatValue(unit, hv, currency)), nb(delta)]
        : [label, nb(formatValue(unit, hv, currency))],
    );
  };
  const r = requestTotals(head);
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
function sectionPerCell(diff: ReportDiff, currency: string, maxChars: number): string | null {
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

/** Raw cell ids for the labels above, collapsed (as many as fit). */
function sectionIds(refs: readonly CellRef[], labels: Map<string, string>, maxChars: number): string | null {
  if (refs.length === 0) return null;
  const lines: string[] = [];
  let size = 200;
  for (const r of [...refs].sort((a, b) => cmp(labels.get(a.id) ?? '', labels.get(b.id) ?? '') || cmp(a.id, b.id))) {
    const line = `- ${labels.get(r.id) ?? '?'}: ${safeCode(r.id, 240)}`;
    if (size + line.length + 1 > maxChars) break;
    lines.push(line);
    size += line.length + 1;
  }
  if (lines.length === 0) return null;
  const more = refs.length > lines.length ? `\n\n_${refs.length - lines.length} more in report.json (artifact)._` : '';
  return details(`Cell ids (${refs.length})`, `${lines.join('\n')}${more}`);
}

/** Without a baseline: a compact head-only table per family (capped), so the comment still shows the run. */
function headOnlyCells(head: Report, max: number): string {
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

function footer(head: Report, diff: ReportDiff | null): string {
  const v = safeText(head.analyzer?.inferguard_version ?? '?', 40);
  const files = diff ? 'report.json and compare.json' : 'report.json';
  return `<sub>inferguard ${v} · full data: ${files} in the run artifact.</sub>\n`;
}

interface Plan {
  findingGroups: number;
  findingList: number;
  changeRows: number;
  suspiciousRows: number;
  gates: boolean;
  cost: boolean;
  charts: boolean;
  perCell: boolean;
}

/** What every plan renders from: computed once per comment. */
interface CommentContext {
  input: CommentInput;
  budget: number;
  limits: Limits;
  findings: Finding[];
  currency: string;
  top: string;
  foot: string;
  labels: Map<string, string>;
  /** Cells named by a finding or a shown change, for the ids section. */
  named: CellRef[];
}

function commentContext(input: CommentInput, budget: number, limits: Limits): CommentContext {
  const { head, diff } = input;
  const findings = allFindings(head, diff);
  const index = cellIndex(head, diff);
  const changeCells = diff
    ? [...changes(diff).slice(0, limits.changeRows), ...suspiciousRows(diff).slice(0, limits.suspiciousRows)].map(
        (r) => r.cell.head_cell_id ?? r.cell.base_cell_id,
      )
    : [];
  const findingCells = [
    ...new Set([...findings.map((f) => f.cell_id), ...changeCells].filter((x): x is string => !!x && index.has(x))),
  ];
  return {
    input,
    budget,
    limits,
    findings,
    currency: currencyOf(head),
    top: headline(input, findings),
    foot: footer(head, diff),
    labels: shortLabels([...index.values()]),
    named: findingCells.map((id) => index.get(id) as CellRef),
  };
}

/** Headline, findings, gates, changes, charts, cost (as the plan allows), and a note naming what was left out. */
function summarySections(ctx: CommentContext, p: Plan): string[] {
  const { head, diff } = ctx.input;
  const parts: string[] = [ctx.top, sectionFindings(ctx.findings, ctx.labels, p.findingGroups, p.findingList)];
  if (p.gates) {
    const g = sectionGates(head, ctx.labels, ctx.limits.gateRows);
    if (g) parts.push(g);
  }
  if (diff) parts.push(sectionChanges(diff, ctx.currency, p.changeRows));
  const susp = diff ? sectionSuspicious(diff, ctx.currency, p.suspiciousRows) : null;
  if (susp) parts.push(susp);
  if (p.charts) {
    const ch = sectionCharts(head, diff, ctx.limits.chartFamilies);
    if (ch) parts.push(ch);
  }
  if (p.cost) {
    const c = sectionCost(head, diff, ctx.currency);
    if (c) parts.push(c);
  }
  const dropped: string[] = [];
  if (!p.gates && gateResults(head) !== null) dropped.push('gates');
  if (!p.charts) dropped.push('charts');
  if (!p.cost) dropped.push('cost and completion');
  if (diff && p.suspiciousRows <= 0 && suspiciousRows(diff).length > 0) dropped.push('suspicious metrics');
  if (dropped.length > 0)
    parts.push(
      `_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`,
    );
  return parts;
}

/** The comment under one plan: the summary sections, then per-cell rows and ids in what budget is left, then the footer. */
function renderPlan(ctx: CommentContext, p: Plan): string {
  const { head, diff } = ctx.input;
  const { budget, foot } = ctx;
  const parts = summarySections(ctx, p);
  if (diff && p.perCell) {
    const used = parts.join('\n').length + foot.length + 2;
    const pc = sectionPerCell(diff, ctx.currency, Math.max(0, budget - used - 4000));
    if (pc) parts.push(pc);
  } else if (diff && diff.cells.length > 0) {
    parts.push(`_${diff.cells.length} per-cell row(s) are in compare.json (artifact)._\n`);
  }
  if (!diff)
    parts.push(
      p.perCell
        ? headOnlyCells(head, ctx.limits.headOnlyCells)
        : `_${head.cells?.length ?? 0} cell(s) are in report.json (artifact)._\n`,
    );
  if (ctx.named.length > 0) {
    const used = parts.join('\n').length + foot.length + 2;
    const ids = sectionIds(ctx.named, ctx.labels, Math.min(20_000, Math.max(0, budget - used - 200)));
    if (ids) parts.push(ids);
  }
  parts.push(foot);
  return parts.join('\n');
}

/** The plans tried in turn, each smaller than the one before: full, then fewer findings, charts, gates, cost, rows. */
function budgetPlans(limits: Limits): Plan[] {
  const full: Plan = {
    findingGroups: limits.findingGroups,
    findingList: limits.findingList,
    changeRows: limits.changeRows,
    suspiciousRows: limits.suspiciousRows,
    gates: true,
    cost: true,
    charts: true,
    perCell: true,
  };
  const bare = { findingList: 0, gates: false, cost: false, charts: false };
  return [
    full,
    { ...full, findingList: Math.min(full.findingList, 30) },
    { ...full, findingList: 0, charts: false },
    { ...full, ...bare, findingGroups: 15 },
    { ...full, ...bare, findingGroups: 8, changeRows: 10, suspiciousRows: SUSPICIOUS_OPEN, perCell: false },
    { ...full, ...bare, findingGroups: 3, changeRows: 3, suspiciousRows: 0, perCell: false },
  ];
}

/**
 * The comment's sections without the marker line, within `budget` characters, with the row caps
 * of `limits`. The comment and the job summary (render/summary.ts) are both this function.
 */
export function renderCommentSections(input: CommentInput, budget: number, limits: Limits = COMMENT_LIMITS): string {
  const ctx = commentContext(input, budget, limits);
  let md = '';
  for (const p of budgetPlans(limits)) {
    md = renderPlan(ctx, p);
    if (md.length <= budget) return md;
  }
  // Last resort: cut at a line boundary, keeping the headline.
  const cut = md.lastIndexOf('\n', budget - 200);
  return `${md.slice(0, Math.max(cut, 0))}\n\n_Comment truncated to stay under GitHub's limit; see the artifact._\n`;
}

/**
 * Renders the PR comment.
 *
 * @param input.head the head report (inferguard-analyze/v1).
 * @param input.diff compareReports(base, head) or null when there is no baseline (stated as such).
 * @param input.suiteKey suite key carried by the hidden marker (several suites per PR coexist).
 * @param input.run run metadata; links are built only from `runUrl`/`artifactUrl` (https only).
 * @param input.check the step's exit decision, stated in the headline when given.
 * @param input.budgetChars maximum length in UTF-16 code units (default 60,000).
 * @returns markdown whose first line is commentMarker(suiteKey).
 */
export function renderComment(input: CommentInput): string {
  const marker = commentMarker(input.suiteKey);
  const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
  return `${marker}\n${renderCommentSections(input, budget - marker.length - 1, COMMENT_LIMITS)}`;
}
