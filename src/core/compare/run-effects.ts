/**
 * Run (node) effects shared by the cells of a run (docs/COMPARE.md "Run effects"): the two-way
 * decomposition of one metric's run values, ln value(cell, run) = cell level + run effect +
 * residual, so that a cell's test can work on residuals.
 *
 * Why. The runs of a sweep land on one node; a slower node moves every cell of that run alike
 * (the heavy bench's node effect; InferenceX names the node in the run folder). With ≥ 3 base
 * runs the cell test uses each cell's own spread between runs, which then CONTAINS the node's
 * spread, and the head's change of one cell contains the head node's shift: a quiet cell is
 * measured against the node's noise, not its own. This is the standard random-effects view of
 * benchmarking (Kalibera & Jones 2013, "Rigorous benchmarking in reasonable time": variance at
 * each level of a run hierarchy; a two-way layout of cells × runs), fitted robustly by Tukey's
 * median polish (Tukey 1977, Exploratory Data Analysis, ch. 11): the run effect is the median
 * over cells of each cell's deviation from its own level, so a few changed or bimodal cells do
 * not move it.
 *
 * What is estimated (per metric, only when enough cells share the runs):
 * - each base run's effect δ_r (median polish over the cells with ≥ 2 base runs; ≥ `minCells`
 *   cells per run, ≥ 3 base runs), normalised to mean 0 over the base runs;
 * - each head run's effect δ_h, the median over cells of the head value's deviation from the
 *   cell's level (robust to a minority of changed cells);
 * - the head's shift D = mean δ_h (relative to the base), its standard error s_δ·√(1/K + 1/M)
 *   from the base runs' effects (K − 1 degrees of freedom: the node law measured, not assumed);
 * - the median's own uncertainty (a median over C cells is not the node's effect): τ² per run
 *   from the MAD of its deviations. The effects' spread s_δ² is the node's plus τ², so only the
 *   node's share w = max(0, 1 − τ²/s_δ²) of each estimate is removed (the best linear predictor
 *   of a random effect, Henderson's BLUP, positive part): when nodes differ no more than the
 *   medians' error, nothing is removed, and a quiet cell is not made noisier by the others' noise.
 *   Base residuals carry what is left (their runs' errors); the head's error w²·τ_h² is added to
 *   each cell's change (its deviation also carries the cell's level error, which the base runs'
 *   deviations, each inside its own level, understate).
 */

/** One cell's ln values of one metric, with the run each value came from. */
export interface RunValues {
  base: readonly number[];
  head: readonly number[];
  baseIds: readonly string[];
  headIds: readonly string[];
}

export interface RunEffects {
  /** Per base run id: its estimated effect (mean 0 over the base runs). */
  base: Map<string, number>;
  /** Per head run id: its estimated effect on the same scale. */
  head: Map<string, number>;
  /**
   * The share of each estimate that is removed: σ_δ² / (σ_δ² + τ²), with τ² the medians' error
   * variance (from the MAD of each run's deviations over its cells) and σ_δ² = s_δ² − τ² the
   * node's own (0 when the estimates spread no more than their error: nothing is removed).
   */
  weight: number;
  /** The head's shift relative to the base: mean of the head runs' effects. */
  shift: number;
  /** Standard error of `shift` under "the shift is a node effect": s_δ·√(1/K + 1/M). */
  se: number;
  /** Degrees of freedom of s_δ: K − 1. */
  df: number;
  /**
   * Variance of the head's effect as an estimate (a median over C cells): mean over the head runs
   * of (1.2533 · 1.4826 · MAD / √C)², over M. A head value's deviation from its cell's level
   * carries that level's error too, which the base runs' deviations (each run inside its own
   * level) do not: the base residuals understate it, so a cell's change net of the shift adds it.
   */
  headVar: number;
  /** Base runs and cells behind the estimate. */
  runs: number;
  cells: number;
}

/** Base runs with an estimated effect needed for a decomposition (two would leave s_δ one df). */
export const RUN_EFFECT_MIN_RUNS = 3;
/** Median-polish sweeps (Tukey: two or three settle it). */
const POLISH_ITERATIONS = 4;

function median(xs: number[]): number {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * The run effects of one metric over its cells, or null when fewer than `minCells` cells share
 * each of ≥ 3 base runs and each head run (then nothing is decomposed: the cells keep their raw
 * runs, and the node's spread stays inside each cell's own).
 */
export function estimateRunEffects(cells: readonly RunValues[], minCells: number): RunEffects | null {
  const informative = cells.filter((c) => c.base.length >= 2 && new Set(c.baseIds).size === c.baseIds.length);
  if (informative.length < minCells) return null;
  const level = informative.map((c) => mean(c.base));
  const effect = new Map<string, number>();
  for (let it = 0; it < POLISH_ITERATIONS; it++) {
    const dev = new Map<string, number[]>();
    informative.forEach((c, i) =>
      c.base.forEach((y, j) => {
        const id = c.baseIds[j] as string;
        const l = dev.get(id);
        const v = y - (level[i] as number);
        if (l) l.push(v);
        else dev.set(id, [v]);
      }),
    );
    effect.clear();
    for (const [id, vs] of dev) if (vs.length >= minCells) effect.set(id, median(vs));
    informative.forEach((c, i) => {
      level[i] = mean(c.base.map((y, j) => y - (effect.get(c.baseIds[j] as string) ?? 0)));
    });
  }
  if (effect.size < RUN_EFFECT_MIN_RUNS) return null;
  // Each base run's median as an estimate: its variance from the MAD of the run's deviations.
  let tau2 = 0;
  {
    const dev = new Map<string, number[]>();
    informative.forEach((c, i) =>
      c.base.forEach((y, j) => {
        const id = c.baseIds[j] as string;
        if (!effect.has(id)) return;
        const v = y - (level[i] as number) - (effect.get(id) as number);
        const l = dev.get(id);
        if (l) l.push(v);
        else dev.set(id, [v]);
      }),
    );
    for (const vs of dev.values()) tau2 += medianVar(vs);
    tau2 /= dev.size;
  }
  const centre = mean([...effect.values()]);
  const base = new Map([...effect].map(([id, v]) => [id, v - centre]));
  // Every cell whose base runs all have an effect: its level net of them (cells with one base run
  // included), then each head run's effect, the median of the head's deviations from the levels.
  const dev = new Map<string, number[]>();
  for (const c of cells) {
    if (!c.baseIds.every((id) => base.has(id))) continue;
    const lvl = mean(c.base.map((y, j) => y - (base.get(c.baseIds[j] as string) as number)));
    c.head.forEach((y, j) => {
      const id = c.headIds[j] as string;
      const l = dev.get(id);
      if (l) l.push(y - lvl);
      else dev.set(id, [y - lvl]);
    });
  }
  const head = new Map<string, number>();
  let headVar = 0;
  for (const [id, vs] of dev) {
    if (vs.length < minCells) continue;
    head.set(id, median(vs));
    headVar += medianVar(vs);
  }
  if (head.size === 0) return null;
  const k = base.size;
  const m = head.size;
  const sd2 = [...base.values()].reduce((a, v) => a + v * v, 0) / (k - 1);
  // The spread of the estimated effects is the node's plus the medians' error (τ²): the node's
  // share of it is the weight of the best linear predictor of each run's effect (BLUP, positive part).
  const weight = sd2 > 0 ? Math.max(0, 1 - tau2 / sd2) : 0;
  return {
    base,
    head,
    weight,
    shift: mean([...head.values()]),
    se: Math.sqrt(sd2 * (1 / k + 1 / m)),
    df: k - 1,
    headVar: (weight * weight * headVar) / (m * m),
    runs: k,
    cells: informative.length,
  };
}

/** Sampling variance of the median of `vs`: (1.2533 · 1.4826 · MAD / √n)² (normal efficiency; robust to the tails). */
function medianVar(vs: readonly number[]): number {
  const at = median([...vs]);
  const mad = median(vs.map((v) => Math.abs(v - at)));
  return ((1.2533 * 1.4826 * mad) / Math.sqrt(vs.length)) ** 2;
}

/**
 * One cell's runs net of the run effects, or null when one of its runs has no estimate. Base
 * values lose their run's effect; head values lose their run's deviation from the head's shift,
 * and the shift itself unless `keepShift` (the sweep test found the shift beyond the node law:
 * then it is a change, not a node, and each cell keeps it).
 */
export function netOfRunEffects(
  c: RunValues,
  fx: RunEffects,
  keepShift: boolean,
): { base: number[]; head: number[] } | null {
  if (!c.baseIds.every((id) => fx.base.has(id)) || !c.headIds.every((id) => fx.head.has(id))) return null;
  const w = fx.weight;
  const back = keepShift ? fx.shift : 0;
  return {
    base: c.base.map((y, j) => y - w * (fx.base.get(c.baseIds[j] as string) as number)),
    head: c.head.map((y, j) => y - w * ((fx.head.get(c.headIds[j] as string) as number) - back)),
  };
}
