/**
 * compareReports: two inferguard-analyze/v1 reports in (or base and head histories), one
 * inferguard-report-diff/v1 document out (pure, deterministic). The steps, each in its module:
 * cells matched by identity (match.ts); per-metric comparisons of each matched pair
 * (metric-compare.ts: rank test or bootstrap on per-request samples, noise bands on aggregates,
 * eval standard errors), Benjamini-Hochberg across every per-request test of the compare; the
 * run level (run-level.ts: each cell's run-to-run noise from the noise law and its own runs,
 * coherence across load points and the sweep, one rule table in decide.ts); cell and overall verdicts (verdicts.ts); curves (curves.ts); baseline
 * findings from the rules (findings/). Statistics and ordering are documented in docs/COMPARE.md.
 */
import type { Cell, Report } from '../types.js';
import { baselineFindings } from '../findings/index.js';
import { compareFindings } from '../findings/order.js';
import { DEFAULT_THRESHOLDS } from '../thresholds.js';
import { cellKey, matchCells, type CellPair } from './match.js';
import { compareCurves } from './curves.js';
import { resolveSettings } from './options.js';
import { compareMetrics, finishStat, type CellRuns, type CellWork, type PendingTest } from './metric-compare.js';
import { decideRunLevel } from './run-level.js';
import { groupRuns } from './runs.js';
import { benjaminiHochberg } from './stats.js';
import { cellDiffOf, compareCellDiffs, overallVerdict, refOf } from './verdicts.js';
import {
  CELL_STATUSES,
  REPORT_DIFF_SCHEMA_VERSION,
  type CellDiff,
  type CellStatus,
  type CompareOptions,
  type CompareSettings,
  type ReportDiff,
} from './types.js';

export * from './types.js';
export { compareCurves, paretoFrontier, type CurveVerdict, type CurvePoint, type CurveSide } from './curves.js';
export { compareFindings, mergeFindings } from '../findings/order.js';
export { matchCells, configDifferences } from './match.js';
export { resolveSettings, compareOptionsFromConfig, DEFAULT_NOISE_BANDS } from './options.js';
export {
  mannWhitney,
  benjaminiHochberg,
  bootstrapDifference,
  erfc,
  twoSidedNormalP,
  mulberry32,
  hash32,
} from './stats.js';

function toList(r: Report | readonly Report[]): readonly Report[] {
  return Array.isArray(r) ? (r as readonly Report[]) : [r as Report];
}

/**
 * Compares a head report against a base report, or against the base-branch history.
 *
 * @param base the baseline report (inferguard-analyze/v1), or several: base runs, the preferred
 *   one (merge-base, else newest) first. Its cells define the baseline sweep; the other reports
 *   add runs of the same cells.
 * @param head the report of the change under test (or several reports of repeated head runs).
 *   Within any report, cells with the same identity key are repeated runs of that cell.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and the baseline findings of the rules (findings/). Reports without
 *   cells give an empty diff with verdict INSUFFICIENT_DATA. Never throws on odd metric values:
 *   non-finite numbers count as missing.
 */
export function compareReports(
  base: Report | readonly Report[],
  head: Report | readonly Report[],
  opts: CompareOptions = {},
): ReportDiff {
  const settings = resolveSettings(opts);
  const baseList = toList(base);
  const headList = toList(head);
  const primary = baseList[0];
  const ids = { base: new Map<Cell, string>(), head: new Map<Cell, string>() };
  const headRuns = groupRuns(headList, ids.head);
  const primaryReps = representatives(groupRuns(primary ? [primary] : []));
  const pairs = matchCells(primaryReps, representatives(headRuns));
  const { works, tests } = compareMatched(pairs, groupRuns(baseList, ids.base), headRuns, settings, ids);
  const runLevel = decideRunLevel([...works.values()], settings);

  // Baseline findings come from the rules (one home per code), over compare's matched pairs.
  const matched = pairs
    .filter((p) => p.kind === 'matched')
    .map((p) => ({ base: p.base as Cell, head: p.head as Cell }));
  const thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const findings = baselineFindings(matched, thresholds).sort(compareFindings);
  // Curve changes are single-run numbers: with fewer than min_base_runs base runs they must also
  // reach the throughput run-noise floor.
  const curveEffect =
    baseList.length >= settings.min_base_runs
      ? settings.min_effect_size
      : Math.max(settings.min_effect_size, settings.run_noise_floor.throughput ?? 0);
  const curves = compareCurves(primaryReps, representatives(headRuns), thresholds, curveEffect);
  const cells = pairs.map((p) => cellDiffOf(p, works.get(p), settings)).sort(compareCellDiffs);
  const counts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  for (const c of cells) counts[c.status]++;
  return {
    schema_version: REPORT_DIFF_SCHEMA_VERSION,
    base: refOf(primary ?? ({} as Report)),
    head: refOf(headList[0] ?? ({} as Report)),
    settings,
    counts: { ...counts, total: cells.length, tests: tests.length + runLevel.tests },
    verdict: { ...diffVerdict(cells, counts, baseList, headList), detectable: runLevel.detectable },
    cells,
    findings,
    curves,
    runs: runsOf(baseList, headList),
  };
}

/** The first run of every identity key (the cell that stands for the key in matching and curves). */
function representatives(g: Map<string, Cell[]>): Cell[] {
  return [...g.values()].map((l) => l[0] as Cell);
}

/** Per-metric comparisons of every matched pair, the per-request tests' BH q over the whole compare. */
function compareMatched(
  pairs: readonly CellPair[],
  baseRuns: Map<string, Cell[]>,
  headRuns: Map<string, Cell[]>,
  settings: CompareSettings,
  ids: { base: Map<Cell, string>; head: Map<Cell, string> },
): { works: Map<CellPair, CellWork>; tests: PendingTest[] } {
  const tests: PendingTest[] = [];
  const works = new Map<CellPair, CellWork>();
  for (const pair of pairs) {
    if (pair.kind !== 'matched') continue;
    const key = cellKey(pair.base as Cell);
    const base = baseRuns.get(key) ?? [pair.base as Cell];
    const head = headRuns.get(key) ?? [pair.head as Cell];
    const runs: CellRuns = { base, head };
    const baseIds = base.map((c) => ids.base.get(c));
    const headIds = head.map((c) => ids.head.get(c));
    if (baseIds.every((x) => x !== undefined) && headIds.every((x) => x !== undefined))
      runs.ids = { base: baseIds, head: headIds };
    works.set(pair, compareMetrics(pair, settings, tests, runs));
  }
  const qs = benjaminiHochberg(tests.map((t) => t.p));
  tests.forEach((t, i) => {
    t.q = qs[i] as number;
  });
  for (const w of works.values()) for (const s of w.stats) finishStat(s, settings);
  return { works, tests };
}

/** The overall verdict, with the runs it rests on. */
function diffVerdict(
  cells: CellDiff[],
  counts: Record<CellStatus, number>,
  baseList: readonly Report[],
  headList: readonly Report[],
): ReportDiff['verdict'] {
  const verdict = overallVerdict(cells, counts);
  verdict.base_runs = Math.max(baseList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.base_runs ?? 0));
  verdict.head_runs = Math.max(headList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.head_runs ?? 0));
  verdict.basis = cells.some((c) => c.verdict?.basis === 'run_interval') ? 'run_interval' : 'per_request';
  return verdict;
}

function runsOf(baseList: readonly Report[], headList: readonly Report[]): ReportDiff['runs'] {
  return {
    base_reports: baseList.length,
    head_reports: headList.length,
    base: baseList.map((r) => {
      const ref = refOf(r);
      return {
        generated_at: ref.generated_at,
        input_root: ref.input_root,
        run_status: ref.run_status,
        total_cells: ref.total_cells,
      };
    }),
  };
}
