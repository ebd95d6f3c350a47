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
import { markdownTable } from 'markdown-table';
import type { CellDiff, MetricComparison, ReportDiff } from '../core/compare/types.js';
import { findingClass, FINDING_CLASSES, type FindingClass } from '../core/finding-classes.js';
import { familyKey, topologyKey } from '../core/cells/identity.js';
import { TAIL_STATS, tailLabel, tailOfSet } from '../core/curve/tail.js';
import { metricInfo, type LatencyBase } from '../core/metrics.js';
import type { Cell, Finding, Identity, Report, Severity } from '../core/types.js';
import { renderChart, type ChartPoint } from './charts.js';
import { safeCode, safeText } from './escape.js';
import { formatCount, formatMoney, formatPct, formatScore, formatSeconds, formatTokensPerSec } from './format.js';
import { familyLabel, metricLabel, nameCells, topologyLabel, type CellRef } from './labels.js';
import {
  allFindings,
  blocking,
  cellStates,
  CHECK_WORDS,
  comparisonOf,
  factWord,
  gateResults,
  gatesOf,
  passNotes,
  requestTotals,
  statusHeadline,
  validityOf,
} from './status.js';
import { cellThroughput, throughputColumn } from './throughput.js';
import { reportLinkLine } from './report-link.js';

export const COMMENT_BUDGET_CHARS = 60_000;
/** The job summary may be up to 1 MiB per step; keep well under it (UTF-16 units ≤ bytes). */
export const SUMMARY_BUDGET_CHARS = 900_000;
const MARKER_PREFIX = 'inferguard-bench:v1';

/** Row caps of one rendering (the job summary uses larger ones). */
export interface Limits {
  findingGroups: number;
  findingList: number;
  changeRows: number;
  chartFamilies: number;
  gateRows: number;
  headOnlyCells: number;
  /** Suspicious metrics listed (the first SUSPICIOUS_OPEN open, the rest in <details>). */
  suspiciousRows: number;
}
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

export interface CommentRun {
  repository?: string;
  sha?: string;
  runUrl?: string;
  artifactUrl?: string;
  baselineNote?: string;
}

/** The step's exit decision, when the caller has made it: stated under the three facts. */
export interface CommentCheck {
  failed: boolean;
  /** One short phrase per reason (e.g. "1 critical validity finding"); shown escaped. */
  reasons: string[];
  /** What the check fails on, in words (core/exit-policy.ts policySummary). */
  policy?: string;
  /** Regressions the PR's accept label acknowledged (items unescaped; shown escaped). */
  accepted?: { label: string; items: string[] };
}

export interface CommentInput {
  head: Report;
  diff: ReportDiff | null;
  suiteKey: string;
  run?: CommentRun;
  check?: CommentCheck;
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

/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (docs/ACTION.md). */
export function commentMarker(suiteKey: string): string {
  return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers

/** No-break space: keeps a value, its unit and its change on one line. */
const NB = '\u00a0';

function fin(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function nb(s: string): string {
  return s.replace(/ /g, NB);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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

/** Signed relative change: one decimal below 10%, whole percent above; U+2212 for minus. */
function pct(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const a = Math.abs(v) * 100;
  const s = a >= 10 ? a.toFixed(0) : a.toFixed(1);
  if (Number(s) === 0) return '0%';
  return v > 0 ? `+${s}%` : `−${s}%`;
}

function points(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = (Math.abs(v) * 100).toFixed(1);
  if (Number(s) === 0) return '0 pt';
  return `${v > 0 ? '+' : '−'}${s} pt`;
}

function signed(v: number | null, digits: number): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = Math.abs(v).toFixed(digits);
  if (Number(s) === 0) return s;
  return `${v > 0 ? '+' : '−'}${s}`;
}

/** The change of one comparison, marked 🔴 worse / 🟢 better when decided. */
function deltaText(c: MetricComparison): string {
  const text =
    c.kind === 'completion' && c.unit === 'fraction'
      ? points(c.delta)
      : c.kind === 'eval'
        ? signed(c.delta, 4)
        : pct(c.relative_delta);
  const mark =
    c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : isSuspicious(c) ? ` ${SUSPICIOUS_ICON}` : '';
  return nb(`${text}${mark}`);
}

/** Head value and its change on one line ("3.40 s +30% 🔴"); just the value when unchanged. */
function headAndDelta(c: MetricComparison | undefined, currency: string): string {
  if (!c) return '—';
  const v = formatValue(c.unit, c.head, currency);
  if (c.head === null) return c.base === null ? '—' : nb(`— (was ${formatValue(c.unit, c.base, currency)})`);
  if (c.outcome !== 'regressed' && c.outcome !== 'improved' && !isSuspicious(c)) return nb(v);
  return nb(`${v} ${deltaText(c)}`);
}

function table(rows: string[][], align: ('l' | 'r' | 'c')[]): string {
  return `${markdownTable(rows, { align })}\n`;
}

function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
}

/** Only https URLs without spaces, quotes or brackets, from run metadata (never from reports). */
function safeUrl(u: string | undefined): string | null {
  if (typeof u !== 'string') return null;
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u)) return null;
  if (/[()<>\s"]/.test(u) || u.length > 500) return null;
  return u;
}

/** How many base runs a comparison rests on (compare.json `n_base_runs`), as the evidence says it. */
function runsText(c: MetricComparison): string {
  const n = c.n_base_runs;
  return typeof n === 'number' ? `, ${plural(n, 'base run')}` : '';
}

/** What decided a run-level verdict (compare's reason codes, docs/COMPARE.md "Decision rules"). */
const REASON_SHORT: Readonly<Record<string, string>> = {
  beyond_cell_noise: 'beyond cell noise',
  coherent_family: 'family-wide',
  coherent_sweep: 'sweep-wide',
};

function methodText(c: MetricComparison): string {
  const m = methodCore(c);
  const why = c.outcome === 'regressed' || c.outcome === 'improved' ? REASON_SHORT[c.reason ?? ''] : undefined;
  return m === '—' ? m : `${m}${runsText(c)}${why ? `; ${why}` : ''}`;
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

function currencyOf(head: Report): string {
  const c = head.run_summary?.cost?.currency;
  return typeof c === 'string' ? safeText(c, 8) : 'USD';
}

// ---------------------------------------------------------------------------------------------
// Cells: identity, topology and labels

function topologyOfKey(key: string): Record<string, unknown> {
  try {
    const o = JSON.parse(key) as { topology?: unknown };
    return o.topology && typeof o.topology === 'object' ? (o.topology as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function identityOf(c: Cell): Identity {
  return {
    hardware: c.hardware ?? null,
    model: c.model ?? null,
    framework: c.framework ?? null,
    precision: c.precision ?? null,
    scenario_type: c.scenario_type ?? null,
    is_multinode: c.is_multinode ?? null,
    recipe_name: c.recipe_name ?? null,
    isl: c.isl ?? null,
    osl: c.osl ?? null,
    concurrency: c.concurrency ?? null,
  };
}

function cellRefOf(c: Cell): CellRef {
  const id = identityOf(c);
  return { identity: id, topology: matchedTopology(c), id: c.cell_id };
}

/** The topology keys a cell is matched on (its family key's `topology`, without writing and re-parsing the key). */
function matchedTopology(c: Cell): Record<string, unknown> {
  try {
    return topologyKey(c.is_multinode ?? null, c.topology ?? {});
  } catch {
    return {};
  }
}

function familyKeySafe(c: Cell): string {
  try {
    return familyKey(identityOf(c), c.topology ?? {});
  } catch {
    return '{}';
  }
}

function diffRef(d: CellDiff): CellRef {
  return { identity: d.identity, topology: topologyOfKey(d.key), id: d.head_cell_id ?? d.base_cell_id ?? d.key };
}

/** Every cell the comment can name: head cells, then base-only cells of the diff. */
function cellIndex(head: Report, diff: ReportDiff | null): Map<string, CellRef> {
  const m = new Map<string, CellRef>();
  for (const c of head.cells ?? []) if (typeof c?.cell_id === 'string') m.set(c.cell_id, cellRefOf(c));
  for (const d of diff?.cells ?? []) {
    const r = diffRef(d);
    if (!m.has(r.id)) m.set(r.id, r);
  }
  return m;
}

/** "config · c64" labels for a set of cells, named against each other. */
function shortLabels(refs: readonly CellRef[]): Map<string, string> {
  const names = nameCells(refs);
  const out = new Map<string, string>();
  refs.forEach((r, i) => {
    const parts = [names.config[i] ?? ''];
    names.topologyKeys.forEach((k, j) => parts.push(`${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`));
    if (r.identity.concurrency !== null) parts.push(`c${r.identity.concurrency}`);
    out.set(r.id, parts.filter((p) => p !== '').join(' · ') || 'one cell');
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The suspicious tier, the environment of a pair, and what a compare could see

/** The mark of a suspicious change: shown, never a failure (never 🔴). */
const SUSPICIOUS_ICON = '🟡';
/** Suspicious rows shown open; the rest (up to the limit) in a <details>. */
const SUSPICIOUS_OPEN = 5;

/** Beyond the cell's usual range but inside the heavy tail of noise: shown, never a verdict. */
function isSuspicious(c: MetricComparison): boolean {
  return c.suspicious === true && c.outcome !== 'regressed' && c.outcome !== 'improved';
}

/** Why a metric is suspicious, from its reason code (compare.json `reason`; never from `note`). */
function suspiciousWhy(c: MetricComparison): string {
  return c.reason === 'isolated_tail'
    ? "tail alone (median and neighbours held), outside this cell's usual range; re-run to confirm"
    : "outside this cell's usual range; re-run to confirm";
}

/** Suspicious comparisons, largest |relative change| first, then cell order and metric. */
function suspiciousRows(diff: ReportDiff): ChangeRow[] {
  const rows: (ChangeRow & { order: number })[] = [];
  diff.cells.forEach((cell, order) => {
    for (const c of cell.verdict?.comparisons ?? []) if (isSuspicious(c)) rows.push({ cell, c, order });
  });
  const mag = (c: MetricComparison): number => Math.abs(c.relative_delta ?? c.delta ?? 0);
  rows.sort((a, b) => mag(b.c) - mag(a.c) || a.order - b.order || cmp(a.c.metric, b.c.metric));
  return rows;
}

/** Environment fields in the order environment.ts writes them (`cluster cw · runner h200-cw_00`). */
const ENV_FIELDS = ['cluster', 'runner', 'host', 'image'] as const;
const ENV_NOUN: Record<string, string> = {
  cluster: 'ran on different clusters',
  runner: 'ran on different runners',
  host: 'ran on different hosts',
  image: 'ran different engine images',
  environment: 'ran in different environments',
};

interface EnvFieldChange {
  field: string;
  base: string[];
  head: string[];
}

/** The values of each field in a side's environment descriptions (untrusted text, not yet escaped). */
function envValues(list: readonly unknown[]): Map<string, string[]> {
  const m = new Map<string, Set<string>>();
  for (const d of list) {
    if (typeof d !== 'string') continue;
    for (const part of d.split(' · ')) {
      const i = part.indexOf(' ');
      const k = i < 0 ? '' : part.slice(0, i);
      if (!(ENV_FIELDS as readonly string[]).includes(k)) continue;
      const set = m.get(k) ?? new Set<string>();
      set.add(part.slice(i + 1));
      m.set(k, set);
    }
  }
  return new Map([...m.entries()].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * What changed between the base and head environment of a pair, field by field (cluster, runner,
 * host, image); null unless compare.json says the environments differ.
 */
function envChange(d: CellDiff): EnvFieldChange[] | null {
  const e = d.environment;
  if (!e || e.differs !== true || !Array.isArray(e.base) || !Array.isArray(e.head)) return null;
  const b = envValues(e.base);
  const h = envValues(e.head);
  const out: EnvFieldChange[] = [];
  for (const f of ENV_FIELDS) {
    const bv = b.get(f) ?? [];
    const hv = h.get(f) ?? [];
    if (bv.length === hv.length && bv.every((x, i) => x === hv[i])) continue;
    out.push({ field: f, base: bv, head: hv });
  }
  if (out.length > 0) return out;
  // Descriptions that are not `field value` pairs: the whole descriptions.
  const str = (l: readonly unknown[]): string[] => l.filter((x): x is string => typeof x === 'string');
  return [{ field: 'environment', base: str(e.base), head: str(e.head) }];
}

function envSide(values: readonly string[], max: number): string {
  if (values.length === 0) return '?';
  const shown = values.slice(0, 2).map((v) => safeText(v, max));
  return `${shown.join('/')}${values.length > 2 ? ` +${values.length - 2}` : ''}`;
}

/** One field's change, escaped: "runner h200-cw\_00 → h200-nb\_1". */
function envFieldText(ch: EnvFieldChange, max = 40): string {
  return `${ch.field} ${envSide(ch.base, max)} → ${envSide(ch.head, max)}`;
}

/**
 * The first changed field of a pair, escaped, for a row ("cluster cw → nb (+ runner)"); '' when
 * none. A change the headline already states for most cells reads "cluster as above" in the
 * change tables (`asAbove`) and is left out of the per-cell verdicts.
 */
function envRowText(d: CellDiff, diff: ReportDiff, asAbove = false): string {
  const ch = envChange(d);
  if (!ch || ch.length === 0) return '';
  const first = ch[0] as EnvFieldChange;
  const common = envCommon(diff);
  if (common && envKey(first) === envKey(common.change)) return asAbove ? `${first.field} as above` : '';
  const more = ch.slice(1).map((c) => c.field);
  return `${envFieldText(first)}${more.length > 0 ? ` (+${NB}${more.join(', ')})` : ''}`;
}

function envKey(c: EnvFieldChange): string {
  return JSON.stringify([c.field, c.base, c.head]);
}

interface EnvCommon {
  /** The changed field most pairs share first, with every base and head value of those pairs. */
  change: EnvFieldChange;
  /** Pairs whose first change is that field; pairs that say where they ran; pairs changed otherwise. */
  n: number;
  known: number;
  others: number;
}

const ENV_COMMON = new WeakMap<ReportDiff, EnvCommon | null>();

/**
 * The change of environment shared by most matched pairs, when at least half of the pairs that say
 * where they ran changed it (null otherwise). Computed once per diff.
 */
function envCommon(diff: ReportDiff): EnvCommon | null {
  const hit = ENV_COMMON.get(diff);
  if (hit !== undefined) return hit;
  const known = diff.cells.filter((d) => d.verdict !== null && d.environment && typeof d.environment === 'object');
  const changes = known.map(envChange).filter((c): c is EnvFieldChange[] => c !== null && c.length > 0);
  let out: EnvCommon | null = null;
  if (changes.length > 0 && changes.length * 2 >= known.length) {
    const byField = new Map<string, { base: Set<string>; head: Set<string>; n: number }>();
    for (const c of changes) {
      const first = c[0] as EnvFieldChange;
      const t = byField.get(first.field) ?? { base: new Set<string>(), head: new Set<string>(), n: 0 };
      first.base.forEach((v) => t.base.add(v));
      first.head.forEach((v) => t.head.add(v));
      t.n++;
      byField.set(first.field, t);
    }
    const order = (f: string): number => (ENV_FIELDS as readonly string[]).indexOf(f);
    const [field, t] = [...byField.entries()].sort((a, b) => b[1].n - a[1].n || order(a[0]) - order(b[0]))[0] as [
      string,
      { base: Set<string>; head: Set<string>; n: number },
    ];
    out = {
      change: { field, base: [...t.base].sort(), head: [...t.head].sort() },
      n: t.n,
      known: known.length,
      others: changes.length - t.n,
    };
  }
  ENV_COMMON.set(diff, out);
  return out;
}

/** Headline line for a change of environment most cells share ("base and head ran on different runners: cw → nb"). */
function envHeadline(diff: ReportDiff): string | null {
  const c = envCommon(diff);
  if (!c) return null;
  const what = ENV_NOUN[c.change.field] ?? ENV_NOUN.environment;
  const values = `${envSide(c.change.base, 60)} → ${envSide(c.change.head, 60)}`;
  const cells = `${c.n} of ${plural(c.known, 'compared cell')}${c.others > 0 ? `; ${c.others} more with other changes` : ''}`;
  return `⚠️ Base and head ${what}: ${values} (${cells}); run-to-run noise across machines is larger than on one.`;
}

/** The metrics the "what this compare could see" line names, one per group, in this order. */
const DETECTABLE_GROUPS: readonly (readonly string[])[] = [
  ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps', 'output_tput_tps', 'request_throughput_rps'],
  ['p50_ttft', 'mean_ttft'],
  ['p99_ttft', 'p95_ttft', 'p90_ttft'],
  ['p50_tpot', 'p50_itl', 'mean_tpot', 'mean_itl'],
];

function countWord(n: number): string {
  return n === 1 ? 'one base run' : n === 2 ? 'two base runs' : plural(n, 'base run');
}

/**
 * The size of a detectable change in the metric's bad direction: a rise for latency ("~50%",
 * "~2.5×" from a doubling on), a drop for throughput ("~25%"); "> 100×" when none.
 */
function detectableText(change: number | null, direction: string | undefined): string {
  if (change === null || !Number.isFinite(change) || change < 0) return '> 100×';
  const size = (f: number): string => {
    const a = f * 100;
    return `${a >= 10 ? a.toFixed(0) : a.toFixed(1)}%`;
  };
  if (direction === 'higher_is_better') return `~${size(1 - 1 / (1 + change))}`;
  if (change >= 1) {
    const x = 1 + change;
    return `~${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
  }
  return `~${size(change)}`;
}

/**
 * Under the verdict, with fewer than 3 base runs: the smallest change per metric this compare
 * could tell from run-to-run noise in a single cell (compare.json `verdict.detectable`).
 */
function detectableLine(diff: ReportDiff): string | null {
  const v = diff.verdict;
  const runs = v.base_runs;
  if (typeof runs !== 'number' || runs >= 3 || runs < 1 || !Array.isArray(v.detectable)) return null;
  const by = new Map(
    v.detectable
      .filter((d) => d && typeof d.metric === 'string' && (d.change === null || typeof d.change === 'number'))
      .map((d) => [d.metric, d.change]),
  );
  if (by.size === 0) return null;
  const picked = DETECTABLE_GROUPS.map((g) => g.find((m) => by.has(m))).filter((m): m is string => m !== undefined);
  const metrics = picked.length > 0 ? picked : [...by.keys()].slice(0, 4);
  const parts = metrics.map((m) =>
    nb(`${metricLabel(m)} ${detectableText(by.get(m) ?? null, metricInfo(m)?.direction)}`),
  );
  return `With ${countWord(runs)}, changes smaller than these cannot be told from run-to-run noise in a single cell: ${parts.join(', ')} (a change across a family's load points is found sooner; add base runs with \`baseline-history\`).`;
}

// ---------------------------------------------------------------------------------------------
// Headline: the run status and the check's outcome (status.ts words), then three facts

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

// ---------------------------------------------------------------------------------------------
// Findings: by class, repeated ones grouped

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

// ---------------------------------------------------------------------------------------------
// Gates

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

// ---------------------------------------------------------------------------------------------
// Largest changes

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

/** Label columns (config, conc, varying topology) for the rows' cells, named against each other. */
function labelColumns(cells: readonly CellDiff[]): { header: string[]; cols: string[][]; common: string } {
  const names = nameCells(cells.map(diffRef));
  const withConfig = names.config.some((c) => c !== '');
  const header = [...(withConfig ? ['Config'] : []), 'Conc', ...names.topologyKeys.map((k) => topologyLabel(k))];
  const cols = cells.map((_, i) => [
    ...(withConfig ? [names.config[i] || '—'] : []),
    names.concurrency[i] ?? '—',
    ...(names.topology[i] ?? []),
  ]);
  return { header, cols, common: names.common };
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

// ---------------------------------------------------------------------------------------------
// Charts

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

// ---------------------------------------------------------------------------------------------
// Cost and completion

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

// ---------------------------------------------------------------------------------------------
// Per-cell comparison, one table per family

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

// ---------------------------------------------------------------------------------------------
// Rendering with a budget

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
