/**
 * Verdicts of a compare (docs/COMPARE.md): a cell's from its metric comparisons, the overall one
 * from the cells (a cell of the base sweep missing from head is a completion regression), one
 * CellDiff per matched, new, missing or incomparable pair, and the run totals of each side.
 */
import { IDENTITY_FIELDS, type Cell, type Identity, type Report } from '../types.js';
import { cellFamilyKey, cellKey, type CellPair } from './match.js';
import { environmentChange } from './environment.js';
import type { CellWork } from './metric-compare.js';
import { round } from './numbers.js';
import type {
  CellDiff,
  CellStatus,
  CompareSettings,
  MetricComparison,
  RegressionVerdict,
  ReportRef,
  RunTotals,
} from './types.js';

const DECIDING = new Set(['regressed', 'improved', 'unchanged']);

export function cellVerdict(comparisons: MetricComparison[]): RegressionVerdict {
  const v = cellVerdictOf(comparisons);
  v.suspicious = comparisons.filter((c) => c.suspicious === true).map((c) => c.metric);
  return v;
}

function cellVerdictOf(comparisons: MetricComparison[]): RegressionVerdict {
  const regressions = comparisons.filter((c) => c.outcome === 'regressed');
  const improvements = comparisons.filter((c) => c.outcome === 'improved');
  const bearing = comparisons.filter((c) => c.method !== 'informational' && c.outcome !== 'incomparable');
  const decided = bearing.filter((c) => DECIDING.has(c.outcome));
  const statQ = (cs: MetricComparison[]): number | null => {
    const qs = cs.map((c) => c.q_value).filter((q): q is number => q !== null);
    return qs.length > 0 ? Math.min(...qs) : null;
  };
  const maxConf = (cs: MetricComparison[]): number => Math.max(0, ...cs.map((c) => c.confidence ?? 0));
  const names = (cs: MetricComparison[]): string[] => cs.map((c) => c.metric);
  if (regressions.length > 0) {
    return {
      verdict: 'REGRESSION',
      confidence: maxConf(regressions),
      regressions: names(regressions),
      improvements: names(improvements),
      comparisons,
      p_value: statQ(regressions),
      summary: `${regressions.length} regressed (${names(regressions).join(', ')})${improvements.length > 0 ? `; ${improvements.length} improved (${names(improvements).join(', ')})` : ''}.`,
    };
  }
  if (improvements.length > 0) {
    return {
      verdict: 'IMPROVEMENT',
      confidence: maxConf(improvements),
      regressions: [],
      improvements: names(improvements),
      comparisons,
      p_value: statQ(improvements),
      summary: `${improvements.length} improved (${names(improvements).join(', ')}); nothing regressed.`,
    };
  }
  if (decided.length > 0) {
    return {
      verdict: 'NEUTRAL',
      confidence: round(decided.length / bearing.length, 6) as number,
      regressions: [],
      improvements: [],
      comparisons,
      p_value: null,
      summary: `No metric moved beyond its threshold (${decided.length} of ${bearing.length} compared).`,
    };
  }
  return {
    verdict: 'INSUFFICIENT_DATA',
    confidence: 0,
    regressions: [],
    improvements: [],
    comparisons,
    p_value: null,
    summary: 'No metric has values on both sides.',
  };
}

export function identityOf(c: Cell): Identity {
  const o: Record<string, unknown> = {};
  for (const f of IDENTITY_FIELDS) o[f] = c[f] ?? null;
  return o as unknown as Identity;
}

function fin(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Run-level totals: request counts summed over cells that know both counts; cost from run_summary.cost. */
export function runTotals(r: Report): RunTotals {
  let total = 0;
  let ok = 0;
  let known = 0;
  let sessions = 0;
  let sessionsKnown = 0;
  for (const c of Array.isArray(r.cells) ? r.cells : []) {
    const t = fin(c.completion?.num_requests_total);
    const s = fin(c.completion?.num_requests_successful);
    if (t !== null && s !== null) {
      total += t;
      ok += s;
      known++;
    }
    const sc = fin(c.completion?.sessions_completed);
    if (sc !== null) {
      sessions += sc;
      sessionsKnown++;
    }
  }
  const cost = r.run_summary?.cost;
  return {
    requests_total: known > 0 ? total : null,
    requests_successful: known > 0 ? ok : null,
    success_rate: known > 0 && total > 0 ? round(ok / total) : null,
    sessions_completed: sessionsKnown > 0 ? sessions : null,
    currency: typeof cost?.currency === 'string' ? cost.currency : null,
    compute_cost: fin(cost?.compute_cost),
    gpu_hours: fin(cost?.gpu_hours),
    cost_per_completed_request: fin(cost?.cost_per_completed_request),
    cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens),
  };
}

export function refOf(r: Report): ReportRef {
  return {
    generated_at: String(r.generated_at ?? ''),
    input_root: String(r.input_root ?? ''),
    inferguard_version: String(r.analyzer?.inferguard_version ?? ''),
    run_status: String(r.run_summary?.status ?? 'unknown'),
    total_cells: Array.isArray(r.cells) ? r.cells.length : 0,
    totals: runTotals(r),
  };
}

function cmpStr(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Cell order: family, concurrency (nulls first), key, head cell id, base cell id. */
export function compareCellDiffs(a: CellDiff, b: CellDiff): number {
  return (
    cmpStr(a.family, b.family) ||
    (a.identity.concurrency ?? -Infinity) - (b.identity.concurrency ?? -Infinity) ||
    cmpStr(a.key, b.key) ||
    cmpStr(a.head_cell_id, b.head_cell_id) ||
    cmpStr(a.base_cell_id, b.base_cell_id)
  );
}

export function overallVerdict(cells: CellDiff[], counts: Record<CellStatus, number>): RegressionVerdict {
  const regressions: string[] = [];
  const improvements: string[] = [];
  const suspicious: string[] = [];
  const comparisons: MetricComparison[] = [];
  const qs: number[] = [];
  const regConf: number[] = [];
  const impConf: number[] = [];
  const neutralConf: number[] = [];
  for (const c of cells) {
    const v = c.verdict;
    if (!v) continue;
    const id = c.head_cell_id ?? c.base_cell_id ?? '';
    for (const m of v.comparisons) {
      if (m.suspicious === true) suspicious.push(`${id}: ${m.metric}`);
      if (m.outcome !== 'regressed' && m.outcome !== 'improved') continue;
      (m.outcome === 'regressed' ? regressions : improvements).push(`${id}: ${m.metric}`);
      comparisons.push({ ...m, cell_id: id });
      if (m.outcome === 'regressed' && m.q_value !== null) qs.push(m.q_value);
    }
    if (v.verdict === 'REGRESSION') regConf.push(v.confidence);
    if (v.verdict === 'IMPROVEMENT') impConf.push(v.confidence);
    if (v.verdict === 'NEUTRAL') neutralConf.push(v.confidence);
  }
  const missing = cells.filter((c) => c.status === 'missing');
  for (const c of missing) {
    const id = c.base_cell_id ?? c.key;
    regressions.push(`${id}: missing from head`);
  }
  const compared = counts.regressed + counts.improved + counts.unchanged;
  const tail = `${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable, ${counts.insufficient_data} with insufficient data`;
  let summary = `${compared} cell(s) compared: ${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged; ${tail}.`;
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((c) => c.base_cell_id ?? c.key);
    summary = `Completion regression: ${missing.length} cell(s) of the base sweep missing from head (${shown.join(', ')}${missing.length > shown.length ? `, +${missing.length - shown.length} more` : ''}). ${summary}`;
  }
  let verdict: RegressionVerdict['verdict'];
  let confidence: number;
  const matched = compared + counts.insufficient_data;
  if (matched === 0 && (counts.missing > 0 || counts.incomparable > 0)) {
    // Nothing matched at all (a renamed framework or model, another client backend): the base
    // sweep did not go missing, the two sweeps are not comparable. Never a regression.
    return {
      verdict: 'INSUFFICIENT_DATA',
      confidence: 0,
      regressions: [],
      improvements: [],
      comparisons: [],
      p_value: null,
      summary: nothingComparable(cells, counts),
    };
  }
  if (counts.missing > 0) {
    verdict = 'REGRESSION';
    confidence = 1;
  } else if (counts.regressed > 0) {
    verdict = 'REGRESSION';
    confidence = Math.max(...regConf);
  } else if (counts.improved > 0) {
    verdict = 'IMPROVEMENT';
    confidence = Math.max(...impConf);
  } else if (counts.unchanged > 0) {
    verdict = 'NEUTRAL';
    confidence = round(neutralConf.reduce((s, x) => s + x, 0) / neutralConf.length, 6) as number;
  } else {
    verdict = 'INSUFFICIENT_DATA';
    confidence = 0;
  }
  return {
    verdict,
    confidence,
    regressions,
    improvements,
    comparisons,
    p_value: qs.length > 0 ? Math.min(...qs) : null,
    summary,
    suspicious,
  };
}

/** Why no cell matched: the counts, and the identity fields whose values differ between the sides. */
function nothingComparable(cells: readonly CellDiff[], counts: Record<CellStatus, number>): string {
  const side = (status: CellStatus): CellDiff[] => cells.filter((c) => c.status === status);
  const baseOnly = side('missing');
  const headOnly = side('new');
  const diffs: string[] = [];
  for (const f of IDENTITY_FIELDS) {
    const values = (list: CellDiff[]): string =>
      [...new Set(list.map((c) => String(c.identity[f] ?? '—')))].sort().join(', ');
    const b = values(baseOnly);
    const h = values(headOnly);
    if (baseOnly.length > 0 && headOnly.length > 0 && b !== h && f !== 'concurrency') diffs.push(`${f}: ${b} → ${h}`);
  }
  for (const r of new Set(side('incomparable').flatMap((c) => c.reasons))) if (!diffs.includes(r)) diffs.push(r);
  const why =
    diffs.length > 0
      ? ` They differ in ${diffs.slice(0, 6).join('; ')}${diffs.length > 6 ? `; +${diffs.length - 6} more` : ''}.`
      : '';
  return `Nothing comparable: no head cell matches a cell of the base (${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable), so nothing was checked for regressions.${why}`;
}

const STATUS_OF_VERDICT: Record<RegressionVerdict['verdict'], CellStatus> = {
  REGRESSION: 'regressed',
  IMPROVEMENT: 'improved',
  NEUTRAL: 'unchanged',
  INSUFFICIENT_DATA: 'insufficient_data',
};

/** The CellDiff of one pair; a matched pair's verdict from its decided comparisons (`w`). */
export function cellDiffOf(pair: CellPair, w: CellWork | undefined, settings: CompareSettings): CellDiff {
  const ref = (pair.head ?? pair.base) as Cell;
  const diff: CellDiff = {
    key: cellKey(ref),
    family: cellFamilyKey(ref),
    status: pair.kind === 'matched' ? 'unchanged' : pair.kind,
    base_cell_id: pair.base?.cell_id ?? null,
    head_cell_id: pair.head?.cell_id ?? null,
    identity: identityOf(ref),
    reasons: [...pair.reasons],
    verdict: null,
  };
  if (pair.kind === 'missing')
    diff.reasons.push('measured in the base, missing from head: a completion regression of the sweep');
  if (pair.kind !== 'matched' || !w) return diff;
  const env = environmentChange(w.runs.base, w.runs.head);
  if (env) diff.environment = env;
  const v = cellVerdict(w.comparisons);
  v.base_runs = w.runs.base.length;
  v.head_runs = w.runs.head.length;
  v.basis = w.runLevel ? 'run_interval' : w.runs.base.length >= 1 ? 'per_request' : 'none';
  if (w.runLevel || v.verdict !== 'INSUFFICIENT_DATA')
    v.summary = `${v.summary} (${v.base_runs} base run${v.base_runs === 1 ? '' : 's'}${w.runLevel ? ', own runs and noise prior' : ', noise prior'})`;
  diff.verdict = v;
  diff.status = STATUS_OF_VERDICT[v.verdict];
  if (diff.status === 'insufficient_data') {
    diff.reasons.push(
      w.comparisons.length === 0
        ? 'no compared metric is present in either cell'
        : w.comparisons.some((c) => c.reason === 'below_min_samples')
          ? `below min_samples (${settings.min_samples} requests per side)`
          : 'no compared metric has values on both sides',
    );
  }
  return diff;
}
