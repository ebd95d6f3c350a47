/**
 * The cell gate of the run-level tests (docs/COMPARE.md "Verdicts whose unit is the run"). A cell
 * with ≥ min_base_runs base runs has several run statistics (TTFT, ITL, E2EL, throughput…) that a
 * run effect moves together. Before any of them is called changed, the cell as a whole must differ
 * from its base runs: a closed-testing style gate at level a = run_alpha / C (C tested cells), the
 * Bonferroni pair of
 *
 * - Hotelling's T² on the cell's standardized changes with the covariance of the base runs'
 *   deviations pooled over cells (powerful when one statistic moves against the others: a TTFT
 *   regression while ITL and throughput stay with the run effect), and
 * - the two-sided maximum of the statistics' t values at the level Hunter's bound gives for their
 *   correlation (powerful when they all move together: a uniformly slower kernel),
 *
 * each at a / 2. In an A/A compare a cell then gets any verdict with probability ≤ a, so the whole
 * compare with ≤ run_alpha, both directions together; a statistic that did not change is called
 * changed with probability ≤ a per direction however the others moved (its own one-sided test).
 */
import { familyTestLevel, fUpper } from './run-stats.js';
import type { RunStatistic } from './runs.js';

/** Deviations of a cell's runs from their side's mean (base; head when it has ≥ 2 runs). */
function deviations(s: RunStatistic): { devs: number[]; df: number } {
  const out: number[] = [];
  let df = 0;
  for (const side of [s.base, s.head]) {
    if (side.length < 2) continue;
    const m = side.reduce((a, x) => a + x, 0) / side.length;
    for (const x of side) out.push(x - m);
    df += side.length - 1;
  }
  return { devs: out, df };
}

/**
 * Covariance of the statistics `keys` pooled over the cells that have every one of them with the
 * same run counts: Σ_ij = Σ_cells Σ_runs dev_i · dev_j / ν, ν = Σ_cells (K − 1) (+ M − 1).
 */
export function pooledCovariance(
  cells: readonly (readonly RunStatistic[])[],
  keys: readonly string[],
): { cov: number[][]; df: number } {
  const m = keys.length;
  const cov = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  let df = 0;
  for (const cell of cells) {
    const byKey = new Map(cell.map((s) => [s.key, s]));
    const stats = keys.map((k) => byKey.get(k));
    if (stats.some((s) => !s)) continue;
    const first = stats[0] as RunStatistic;
    if (stats.some((s) => s?.base.length !== first.base.length || s?.head.length !== first.head.length)) continue;
    const dv = stats.map((s) => deviations(s as RunStatistic));
    const d0 = dv[0] as { devs: number[]; df: number };
    if (d0.df === 0) continue;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        const a = (dv[i] as { devs: number[] }).devs;
        const b = (dv[j] as { devs: number[] }).devs;
        let s = 0;
        for (let k = 0; k < a.length; k++) s += (a[k] as number) * (b[k] as number);
        (cov[i] as number[])[j] = ((cov[i] as number[])[j] as number) + s;
      }
    df += d0.df;
  }
  if (df > 0) for (const row of cov) for (let j = 0; j < m; j++) row[j] = (row[j] as number) / df;
  return { cov, df };
}

/**
 * Hotelling's T² test of z = 0 for z ~ N(0, R) with R estimated on `df` degrees of freedom:
 * T² = z′R⁻¹z, F = (ν − p + 1) / (ν·p) · T² on (p, ν − p + 1). Statistics that are linear in the
 * ones before them (a Cholesky pivot below 1e-9: tput_per_gpu and output_tput_per_gpu at fixed
 * ISL/OSL) are left out, so p is the rank. Null when the rank leaves no degrees of freedom.
 */
export function hotellingP(z: readonly number[], corr: readonly (readonly number[])[], df: number): number | null {
  const m = z.length;
  const L: number[][] = [];
  const kept: number[] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < kept.length; j++) {
      let s = (corr[i] as number[])[kept[j] as number] as number;
      for (let k = 0; k < j; k++) s -= (row[k] as number) * ((L[j] as number[])[k] as number);
      row.push(s / ((L[j] as number[])[j] as number));
    }
    let diag = (corr[i] as number[])[i] as number;
    for (const v of row) diag -= v * v;
    if (!(diag > 1e-9)) continue;
    row.push(Math.sqrt(diag));
    L.push(row);
    kept.push(i);
  }
  const p = kept.length;
  if (p === 0 || df - p + 1 < 1) return null;
  // Forward substitution L·w = z_kept; T² = |w|².
  let t2 = 0;
  const w: number[] = [];
  for (let i = 0; i < p; i++) {
    let s = z[kept[i] as number] as number;
    for (let k = 0; k < i; k++) s -= ((L[i] as number[])[k] as number) * (w[k] as number);
    const v = s / ((L[i] as number[])[i] as number);
    w.push(v);
    t2 += v * v;
  }
  const d2 = df - p + 1;
  return fUpper((d2 / (df * p)) * t2, p, d2);
}

/** A cell's gate inputs: its statistics, their changes d and standard-error factors √(1/K + 1/M). */
export interface GateCell {
  stats: readonly RunStatistic[];
  d: readonly number[];
  /** Two-sided p of each statistic's own t test. */
  pTwo: readonly number[];
}

/**
 * Gate p-value per cell, on the scale of a (the gate passes when it is ≤ a = alpha / C):
 * min(1, 2·min(p_Hotelling, p_max)), p_max = min pTwo · (a/2) / p*, p* the per-test two-sided level
 * Hunter's bound gives at a / 2. A cell with one statistic (after identical ones merge): its pTwo.
 */
export function cellGates(cells: readonly GateCell[], alpha: number): number[] {
  const c = cells.length;
  if (c === 0) return [];
  const level = alpha / c;
  const memo = new Map<string, { corr: number[][]; sd: number[]; df: number; pStar: number; rank: number }>();
  const all = cells.map((x) => x.stats);
  return cells.map((cell) => {
    const keys = cell.stats.map((s) => s.key);
    const sig = keys.join('\u0000');
    let info = memo.get(sig);
    if (!info) {
      const { cov, df } = pooledCovariance(all, keys);
      const sd = cov.map((row, i) => Math.sqrt(row[i] as number));
      const corr = cov.map((row, i) =>
        row.map((v, j) =>
          i === j
            ? 1
            : (sd[i] as number) > 0 && (sd[j] as number) > 0
              ? v / ((sd[i] as number) * (sd[j] as number))
              : 0,
        ),
      );
      const pStar = familyTestLevel(corr, level / 2, true);
      const rank = corr.filter((row, i) => !row.some((v, j) => j < i && Math.abs(v) > 1 - 1e-9)).length;
      info = { corr, sd, df, pStar, rank };
      memo.set(sig, info);
    }
    const minP = Math.min(...cell.pTwo);
    if (info.rank <= 1 || info.df < 2) return minP;
    const pMax = Math.min(1, (minP * (level / 2)) / info.pStar);
    const f = Math.sqrt(1 / (cell.stats[0]?.base.length ?? 1) + 1 / (cell.stats[0]?.head.length ?? 1));
    const z = cell.d.map((d, i) =>
      ((info as { sd: number[] }).sd[i] ?? 0) > 0 ? d / (((info as { sd: number[] }).sd[i] as number) * f) : 0,
    );
    const pH = hotellingP(z, info.corr, info.df);
    return Math.min(1, 2 * Math.min(pH ?? 1, pMax));
  });
}
