/**
 * report.html's history: each key metric over the base runs (oldest to newest), the head run
 * marked with the verdict tier its comparisons carry, and the noise band the verdict used.
 *
 * - Sweep charts, one per key metric (throughput, p50 and tail TTFT and TPOT): per run, the
 *   geometric mean over the matched cells of the cell's value over its base centre (100% = the
 *   centre compare used), so runs of a whole sweep read on one axis; band ±2σ with σ the median
 *   run-to-run spread of those comparisons.
 * - Cell charts, one per regressed, improved or suspicious metric (the first MAX_CELL_HISTORIES):
 *   the cell's value in each base run, its base centre and band (±2σ of the spread the verdict
 *   used, else the noise band it was decided on), the head value.
 *
 * Values per run are read from the base reports as compare reads them (the run's cells with the
 * cell's identity key, their geometric mean: src/core/compare/runs.ts).
 */
import { COMPARE_METRICS } from '../../core/compare/catalogue.js';
import { groupRuns } from '../../core/compare/runs.js';
import type { CellDiff, MetricComparison, ReportDiff } from '../../core/compare/types.js';
import { metricInfo, metricLabel } from '../../core/metrics.js';
import type { Cell, Report } from '../../core/types.js';
import { familyText } from './families.js';
import { round, text } from './values.js';
import { tierOf, type Tier } from './verdicts.js';

export interface HistoryRun {
  label: string;
  date: string;
  root: string;
  /** Short commit SHA, when the caller gave one ('' otherwise). */
  sha: string;
  value: number | null;
}

export interface HistoryModel {
  label: string;
  unit: string;
  /** What the chart covers: the sweep, or one cell's configuration and load. */
  scope: string;
  runs: HistoryRun[];
  head: number | null;
  headDate: string;
  headRoot: string;
  headSha: string;
  centre: number | null;
  band: [number, number] | null;
  bandNote: string;
  tier: Tier | null;
  cell: number | null;
  note: string;
}

export const MAX_CELL_HISTORIES = 12;
/** Spreads of a band (z): ±2σ. */
const BAND_Z = 2;

const KEY_METRICS: readonly (readonly string[])[] = [
  ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps', 'output_tput_tps'],
  ['p50_ttft'],
  ['p99_ttft', 'p95_ttft', 'p90_ttft'],
  ['p50_tpot'],
  ['p99_tpot', 'p95_tpot', 'p90_tpot'],
];

const TIER_RANK: Record<Tier, number> = { REGRESSION: 3, IMPROVEMENT: 2, SUSPICIOUS: 1 };

function getter(metric: string): (c: Cell) => number | null {
  const def = COMPARE_METRICS.find((d) => d.metric === metric);
  if (def) return def.get;
  return (c) => {
    const v = c.metrics?.[metric];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
}

/** Geometric mean of a metric over one run's cells of a key (compare's run centre). */
function centreOf(cells: readonly Cell[] | undefined, get: (c: Cell) => number | null): number | null {
  let s = 0;
  let n = 0;
  for (const c of cells ?? []) {
    const v = get(c);
    if (v === null || !(v > 0)) continue;
    s += Math.log(v);
    n++;
  }
  return n > 0 ? Math.exp(s / n) : null;
}

/** Display unit and factor of a metric (seconds → ms, fractions → %). */
function display(metric: string, currency: string | null): { unit: string; k: number } {
  const u = metricInfo(metric)?.unit ?? 'count';
  if (u === 's') return { unit: 'ms', k: 1000 };
  if (u === 'fraction') return { unit: '%', k: 100 };
  if (u === 'currency') return { unit: currency ?? 'currency', k: 1 };
  return { unit: u, k: 1 };
}

function spreadOf(c: MetricComparison): number | null {
  const s = c.noise?.spread ?? c.run_spread ?? null;
  return typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : null;
}

interface Runs {
  order: number[];
  byKey: Map<string, Cell[]>[];
  meta: { label: string; date: string; root: string; sha: string }[];
}

/** A commit SHA as shown: its first 7 hex digits, else '' (anything else is not a SHA). */
export function shortSha(s: unknown): string {
  return typeof s === 'string' && /^[0-9a-f]{7,64}$/i.test(s) ? s.slice(0, 7).toLowerCase() : '';
}

/** Base runs oldest first (by generated_at; the given order is newest first). */
function runsOf(bases: readonly Report[], shas: readonly (string | null)[]): Runs {
  const order = bases
    .map((_, i) => i)
    .sort((a, b) => String(bases[a]?.generated_at ?? '').localeCompare(String(bases[b]?.generated_at ?? '')) || b - a);
  return {
    order,
    byKey: bases.map((r) => groupRuns([r])),
    meta: order.map((i, k) => {
      const sha = shortSha(shas[i]);
      return {
        label: sha || `run ${k + 1}`,
        date: text(bases[i]?.generated_at, 64),
        root: text(bases[i]?.input_root, 200),
        sha,
      };
    }),
  };
}

function median(v: number[]): number | null {
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function bandOf(c: MetricComparison, centre: number): { band: [number, number] | null; note: string } {
  const s = spreadOf(c);
  if (s !== null)
    return {
      band: [centre * Math.exp(-BAND_Z * s), centre * Math.exp(BAND_Z * s)],
      note: `±${BAND_Z}σ run to run (σ ≈ ${(s * 100).toFixed(1)}%)`,
    };
  const t = c.threshold;
  if (t && t.basis === 'relative')
    return {
      band: [centre * (1 - t.value), centre * (1 + t.value)],
      note: `±${(t.value * 100).toFixed(1)}% (${t.name})`,
    };
  return { band: null, note: '' };
}

function cellHistory(d: CellDiff, c: MetricComparison, ctx: Ctx): HistoryModel {
  const get = getter(c.metric);
  const { unit, k } = display(c.metric, ctx.currency);
  const key = d.key;
  const runs = ctx.runs.order.map((i, j) => ({
    ...(ctx.runs.meta[j] as Runs['meta'][number]),
    value: round((centreOf(ctx.runs.byKey[i]?.get(key), get) ?? NaN) * k),
  }));
  const centre = c.base !== null ? c.base : null;
  const b = centre !== null ? bandOf(c, centre) : { band: null, note: '' };
  const headIdx = d.head_cell_id !== null ? (ctx.index.get(d.head_cell_id) ?? null) : null;
  const headCell = headIdx !== null ? ctx.head.cells[headIdx] : undefined;
  const load = headCell?.concurrency ?? null;
  return {
    label: text(metricLabel(c.metric), 80),
    unit,
    scope: text(`${headCell ? familyText(headCell) : d.family}${load !== null ? ` · c${load}` : ''}`, 400),
    runs,
    head: round((c.head ?? NaN) * k),
    headDate: ctx.headDate,
    headRoot: ctx.headRoot,
    headSha: ctx.headSha,
    centre: round((centre ?? NaN) * k),
    band: b.band ? [round(b.band[0] * k) ?? 0, round(b.band[1] * k) ?? 0] : null,
    bandNote: b.note,
    tier: tierOf(c),
    cell: headIdx,
    note: text(c.note, 300),
  };
}

interface Ctx {
  runs: Runs;
  head: Report;
  index: ReadonlyMap<string, number>;
  currency: string | null;
  headDate: string;
  headRoot: string;
  headSha: string;
}

/** The sweep chart of one metric: per run, the geometric mean of value / base centre over cells. */
function sweepHistory(metric: string, pairs: readonly [CellDiff, MetricComparison][], ctx: Ctx): HistoryModel {
  const get = getter(metric);
  const logs = ctx.runs.order.map(() => ({ s: 0, n: 0 }));
  let hs = 0;
  let hn = 0;
  const spreads: number[] = [];
  let tier: Tier | null = null;
  for (const [d, c] of pairs) {
    const b = c.base as number;
    ctx.runs.order.forEach((i, j) => {
      const v = centreOf(ctx.runs.byKey[i]?.get(d.key), get);
      if (v === null) return;
      (logs[j] as { s: number; n: number }).s += Math.log(v / b);
      (logs[j] as { s: number; n: number }).n++;
    });
    if (c.head !== null && c.head > 0) {
      hs += Math.log(c.head / b);
      hn++;
    }
    const s = spreadOf(c);
    if (s !== null) spreads.push(s);
    const t = tierOf(c);
    if (t !== null && (tier === null || TIER_RANK[t] > TIER_RANK[tier])) tier = t;
  }
  const sigma = median(spreads);
  return {
    label: `${text(metricLabel(metric), 80)}, sweep`,
    unit: '% of base centre',
    scope: `all ${pairs.length} matched cells with ${metricLabel(metric)}: geometric mean of each cell's value over its base centre`,
    runs: ctx.runs.order.map((_, j) => {
      const l = logs[j] as { s: number; n: number };
      return {
        ...(ctx.runs.meta[j] as Runs['meta'][number]),
        value: l.n > 0 ? round(100 * Math.exp(l.s / l.n)) : null,
      };
    }),
    head: hn > 0 ? round(100 * Math.exp(hs / hn)) : null,
    headDate: ctx.headDate,
    headRoot: ctx.headRoot,
    headSha: ctx.headSha,
    centre: 100,
    band:
      sigma !== null ? [round(100 * Math.exp(-BAND_Z * sigma)) ?? 0, round(100 * Math.exp(BAND_Z * sigma)) ?? 0] : null,
    bandNote: sigma !== null ? `±${BAND_Z}σ, σ = median run-to-run spread (${(sigma * 100).toFixed(1)}%)` : '',
    tier,
    cell: null,
    note: '',
  };
}

/** Comparisons of matched cells with both values, per metric. */
function pairsByMetric(diff: ReportDiff): Map<string, [CellDiff, MetricComparison][]> {
  const out = new Map<string, [CellDiff, MetricComparison][]>();
  for (const d of diff.cells) {
    for (const c of d.verdict?.comparisons ?? []) {
      if (c.base === null || c.head === null || !(c.base > 0)) continue;
      const l = out.get(c.metric);
      if (l) l.push([d, c]);
      else out.set(c.metric, [[d, c]]);
    }
  }
  return out;
}

/** History charts of a compare with at least two base runs (none otherwise). */
export function buildHistory(
  diff: ReportDiff,
  bases: readonly Report[],
  head: Report,
  index: ReadonlyMap<string, number>,
  shas: { bases?: readonly (string | null)[]; head?: string | null } = {},
): HistoryModel[] {
  if (bases.length < 2) return [];
  const ctx: Ctx = {
    runs: runsOf(bases, shas.bases ?? []),
    headSha: shortSha(shas.head),
    head,
    index,
    currency: diff.head.totals?.currency ?? null,
    headDate: text(head.generated_at, 64),
    headRoot: text(head.input_root, 200),
  };
  const byMetric = pairsByMetric(diff);
  const out: HistoryModel[] = [];
  for (const group of KEY_METRICS) {
    const m = group.find((x) => (byMetric.get(x)?.length ?? 0) > 0);
    if (m) out.push(sweepHistory(m, byMetric.get(m) as [CellDiff, MetricComparison][], ctx));
  }
  const flagged: [CellDiff, MetricComparison][] = [];
  for (const d of diff.cells)
    for (const c of d.verdict?.comparisons ?? []) if (tierOf(c) !== null) flagged.push([d, c]);
  flagged.sort((a, b) => TIER_RANK[tierOf(b[1]) as Tier] - TIER_RANK[tierOf(a[1]) as Tier]);
  for (const [d, c] of flagged.slice(0, MAX_CELL_HISTORIES)) out.push(cellHistory(d, c, ctx));
  return out;
}
