/**
 * Evidence for the run-level decision of one metric of one cell (docs/COMPARE.md "Noise per
 * cell"): pure numbers, no outcome. decide.ts turns evidence into an outcome with one rule table.
 *
 * Model. Per cell and metric, a run's ln value is the cell's level plus run noise ε ~ N(0, σ²),
 * where σ is the cell's own run-to-run spread. σ differs widely between cells (heavy-tailed across
 * cells, per metric family and load regime; noise-prior.ts) and between deployments. Prior:
 * σ² ~ Scale-Inv-χ²(ν₀, (f·s₀)²), s₀ per family and regime, f the deployment factor of this
 * compare (below). The cell's own runs add their within-side sum of squares SS on df degrees of
 * freedom (K − 1 base, M − 1 head). Posterior: ν = ν₀ + df, s² = (ν₀·(f·s₀)² + SS) / ν, and the
 * change d = mean ln head − mean ln base has the predictive d / (s·√(1/K + 1/M)) ~ t_ν (the
 * conjugate normal–inverse-χ² result). One base run: the prior alone, a t with ν₀ ≈ 1 degrees
 * of freedom (Cauchy-like tails, as real repeated runs show); ≥ 3 base runs: the cell's own
 * spread dominates, shrunk toward the prior for its family and regime, never toward the sweep's
 * quietest cells.
 *
 * Deployment factor f: noise levels differ tenfold between deployments, so the prior's scale is
 * rescaled per metric by the compare's own changes: f = MAD(u) / MAD(t_ν₀), u = d / (s₀·√(1/K +
 * 1/M)) over the cells of the compare (the median absolute deviation around the median: a shift
 * of the whole sweep or real changes in fewer than half of the cells do not move it), clamped to
 * [1/3, 10] and 1 with fewer than 5 cells. With ≥ 3 cells that have their own repeated runs, f
 * comes from their spreads instead (v = own variance / s₀² ~ F(df, ν₀): f² = median v / median F).
 * That estimate may rest on 3 cells, and a median of 3 F ratios with ν₀ ≈ 1 is off by a factor of
 * about 2.4 at one sd, so it is not plugged in as measured: ln f is shrunk toward 0 (the prior's
 * own deployment) by its precision, under the prior ln f ~ N(0, ln(10)²/12) ("noise levels differ
 * tenfold between deployments": a log-uniform factor over a tenfold range), its variance the
 * asymptotic one of a sample median, π/(2n) · var ln F(df, ν₀) / 4 = π/(8n) · (ψ′(df/2) + ψ′(ν₀/2)).
 * On InferenceX's history (scripts/inferencex-history.ts), 3-cell sweeps with 3–5 base runs had
 * the plugged-in factor at its 1/3 clamp. The MAD path is not shrunk: it needs ≥ 5 cells, and
 * shrinking it traded A/A for power (a noisier-than-prior deployment read as quieter: the simple
 * bench's shared-node A/A with one base run rose from 5%/7% to 8%/10%).
 */
import type { Cell } from '../types.js';
import type { MetricDef } from './catalogue.js';
import {
  isTailFamily,
  noiseFamily,
  type LoadRegime,
  type NoiseFamily,
  type NoiseLaw,
  type NoisePrior,
} from './noise-prior.js';
import { loadRegime, noiseLaw } from './noise-prior.js';
import { fUpper, incompleteBeta, normalUpper, studentTQuantileUpper, studentTUpper } from './run-stats.js';
import { trigamma } from '../stats/index.js';
import { statOfSorted } from './stats.js';

/** ln values of one metric, one per run of the cell (base runs, head runs). */
export interface RunSeries {
  base: number[];
  head: number[];
  /** What a run's value is: the samples' geometric mean (`loc`) or the metric itself (`value`). */
  of: 'loc' | 'value';
}

export interface NoiseEvidence {
  /** σ_max / spread: where the law is truncated, in units of the predictive spread. */
  rho: number;
  family: NoiseFamily;
  regime: LoadRegime;
  tail: boolean;
  /** Mean ln head − mean ln base. */
  d: number;
  /** exp(d) − 1. */
  effect: number;
  k: number;
  m: number;
  /** The cell's own within-side degrees of freedom and sum of squares. */
  ownDf: number;
  /** The jump share the p values carry (noise-prior.ts JUMP): 0 unless one head run meets own base runs off one known node. */
  jump: number;
  /** Prior law after the deployment factor, or fitted to the compare's cells (moderate.ts). */
  prior: NoiseLaw;
  deploymentFactor: number;
  /** Posterior degrees of freedom and spread s (sd of one run's ln value). */
  nu: number;
  spread: number;
  /** Predictive scale of d: s·√(1/K + 1/M). */
  se: number;
  /** One-sided predictive p of a change at least this large, toward worse and toward better. */
  pWorse: number;
  pBetter: number;
  /** The same under the shipped pooled prior alone (f = 1, no own runs): "huge" means beyond it. */
  pPooled: number;
}

function logMeanOfSamples(c: Cell, def: MetricDef, minSamples: number): number | null {
  const s = def.sample ? c.samples?.[def.sample.key] : undefined;
  if (!s || !Array.isArray(s.values) || s.values.length === 0 || Math.max(s.n, s.values.length) < minSamples)
    return null;
  let sum = 0;
  for (const v of s.values) {
    if (!(typeof v === 'number' && v > 0 && Number.isFinite(v))) return null;
    sum += Math.log(v);
  }
  return sum / s.values.length;
}

function lnValue(c: Cell, def: MetricDef): number | null {
  let v = def.get(c);
  if (v === null && def.sample) {
    const s = c.samples?.[def.sample.key];
    if (s && Array.isArray(s.values) && s.values.length > 0) v = statOfSorted(s.values, def.sample.stat);
  }
  return v !== null && Number.isFinite(v) && v > 0 ? Math.log(v) : null;
}

/**
 * The run series of a metric: for a median (p50) with per-request samples in every run, ln of
 * each run's geometric mean (the series' location, less noisy than one percentile); otherwise ln
 * of the metric in each run. Null when a run lacks it.
 */
export function runSeries(
  def: MetricDef,
  base: readonly Cell[],
  head: readonly Cell[],
  minSamples: number,
): RunSeries | null {
  if (def.sample && def.sample.stat.kind === 'percentile' && def.sample.stat.p === 50) {
    const b = base.map((c) => logMeanOfSamples(c, def, minSamples));
    const h = head.map((c) => logMeanOfSamples(c, def, minSamples));
    if (b.every((x) => x !== null) && h.every((x) => x !== null)) return { base: b, head: h, of: 'loc' };
  }
  const b = base.map((c) => lnValue(c, def));
  const h = head.map((c) => lnValue(c, def));
  if (b.some((x) => x === null) || h.some((x) => x === null)) return null;
  return { base: b as number[], head: h as number[], of: 'value' };
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function sumSquares(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s;
}

/** The change of a series: mean ln head − mean ln base. */
export function seriesChange(s: RunSeries): number {
  return mean(s.head) - mean(s.base);
}

/** The series' own within-side spread: sum of squares and degrees of freedom. */
export function ownSpread(s: RunSeries): { ss: number; df: number } {
  return {
    ss: sumSquares(s.base) + sumSquares(s.head),
    df: Math.max(0, s.base.length - 1) + Math.max(0, s.head.length - 1),
  };
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  const m = n >> 1;
  return n % 2 === 1 ? (sorted[m] as number) : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2;
}

/** Points of the quadrature over the mixing variable (Simpson, even). */
const MIX_POINTS = 256;
/** Upper-tail p of the untruncated t above which it stands for the truncated predictive (the suspicious level of the smallest compares is at most 0.25). */
const MIX_FROM = 0.25;

/** Simpson weights over ln u (relative to the largest), √(u/ν) per point and the weights' sum. */
interface MixGrid {
  g: Float64Array;
  s: Float64Array;
  den: number;
}

const mixGrids = new Map<string, MixGrid>();

/** The quadrature grid of predictiveUpper for (ν, ρ), whose bounds `lo`, `hi` follow from them. */
function mixGrid(nu: number, rho: number, lo: number, hi: number): MixGrid {
  const key = `${nu}|${rho}`;
  const known = mixGrids.get(key);
  if (known) return known;
  const h = (hi - lo) / MIX_POINTS;
  // Weights in log space relative to the largest, so ν/2·ln u − u/2 cannot underflow.
  let peak = -Infinity;
  for (let i = 0; i <= MIX_POINTS; i++) {
    const w = lo + i * h;
    peak = Math.max(peak, (nu / 2) * w - Math.exp(w) / 2);
  }
  const g = new Float64Array(MIX_POINTS + 1);
  const s = new Float64Array(MIX_POINTS + 1);
  let den = 0;
  for (let i = 0; i <= MIX_POINTS; i++) {
    const w = lo + i * h;
    const u = Math.exp(w);
    const simpson = i === 0 || i === MIX_POINTS ? 1 : i % 2 === 1 ? 4 : 2;
    g[i] = simpson * Math.exp((nu / 2) * w - u / 2 - peak);
    s[i] = Math.sqrt(u / nu);
    den += g[i] as number;
  }
  const grid = { g, s, den };
  if (mixGrids.size >= 4096) mixGrids.clear(); // ρ comes from a spread: bounded, never a leak
  mixGrids.set(key, grid);
  return grid;
}

/**
 * P(D ≥ z) for D = (σ / s) · Z, Z standard normal, σ² ~ Scale-Inv-χ²(ν, s²) truncated at
 * σ ≤ ρ·s: the predictive of a standardised change under a truncated heavy-tailed law. Without a
 * truncation (ρ = ∞) it is Student's t with ν degrees of freedom. With u = ν s² / σ² ~ χ²_ν,
 * truncated at u ≥ ν / ρ², P = E[Φ̄(z √(u/ν))]; the expectation is a Simpson sum over ln u
 * (integrand ∝ u^{ν/2} e^{−u/2}, smooth in ln u), normalised by the same sum.
 */
export function predictiveUpper(z: number, nu: number, rho = Infinity): number {
  if (!Number.isFinite(rho)) return studentTUpper(z, nu);
  if (z < 0) return 1 - predictiveUpper(-z, nu, rho);
  if (z === 0) return 0.5;
  // Above MIX_FROM the t answers: truncating removes the largest spreads, so it only lowers p, and
  // by at most the mass it cuts (1–2% for the shipped rows); the quadrature runs in the tail,
  // where decisions are made. Conservative where it stands in.
  const t = studentTUpper(z, nu);
  if (t >= MIX_FROM) return t;
  let lo = Math.log(Math.max(1e-300, nu / (rho * rho)));
  let hi = Math.log(nu + 20 * Math.sqrt(2 * nu) + 80);
  if (nu >= 4) {
    // ln χ²_ν is nearly normal with sd √(2/ν): keep the grid on its body, or a narrow peak
    // falls between the points.
    const sd = Math.sqrt(2 / nu);
    hi = Math.min(hi, Math.log(nu) + 14 * sd);
    lo = Math.max(lo, Math.log(nu) - 14 * sd - 2 / nu);
  }
  if (!(hi > lo)) return normalUpper(z * Math.sqrt(Math.exp(hi) / nu));
  // The grid, its weights and their sum depend on (ν, ρ) only: computed once per pair (a compare
  // has a handful; predictiveUpper runs ~10^4 times a sweep). The same numbers in the same order.
  const { g, s: scale, den } = mixGrid(nu, rho, lo, hi);
  let num = 0;
  for (let i = 0; i <= MIX_POINTS; i++) num += (g[i] as number) * normalUpper(z * (scale[i] as number));
  return den > 0 ? Math.min(1, num / den) : studentTUpper(z, nu);
}

/** Fewer cells than this: no deployment factor (f = 1). */
export const DEPLOYMENT_MIN_CELLS = 5;
export const DEPLOYMENT_FACTOR_RANGE: readonly [number, number] = [1 / 3, 10];
/** Cells with own repeated runs needed for the deployment factor from their spreads. */
export const DEPLOYMENT_MIN_CELLS_OWN = 3;

/** One cell's input to the deployment factor of its metric. */
export interface ScaledChange {
  /** d / (s₀·√(1/K + 1/M)). */
  u: number;
  nu: number;
  /** The cell's own within-side variance over s₀² and its degrees of freedom (0: none). */
  v: number;
  df: number;
}

/** The median of F(d1, d2), by bisection on its upper tail. */
function fMedian(d1: number, d2: number): number {
  let lo = 0;
  let hi = 1;
  while (fUpper(hi, d1, d2) > 0.5 && hi < 1e12) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (fUpper(mid, d1, d2) > 0.5) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function clampFactor(f: number): number {
  const [lo, hi] = DEPLOYMENT_FACTOR_RANGE;
  return Number.isFinite(f) && f > 0 ? Math.min(hi, Math.max(lo, f)) : 1;
}

/** Prior variance of ln f between deployments: a log-uniform factor over a tenfold range (issue 22). */
export const DEPLOYMENT_LOG_VAR = Math.log(10) ** 2 / 12;

/** The factor from an estimate of ln f with sampling variance `v`: its posterior mean, clamped. */
export function shrunkFactor(logF: number, v: number): number {
  if (!Number.isFinite(logF)) return 1;
  const w = Number.isFinite(v) && v >= 0 ? DEPLOYMENT_LOG_VAR / (DEPLOYMENT_LOG_VAR + v) : 0;
  return clampFactor(Math.exp(w * logF));
}

/** The deployment factor of one metric over the compare's cells (see the module comment). */
export function deploymentFactor(changes: readonly ScaledChange[]): number {
  // Cells with repeated runs: their spreads, which a real change does not move. Under the prior,
  // v = (own variance) / s₀² ~ F(df, ν₀), so f² = median v / median F.
  const own = changes.filter((c) => c.df >= 1 && c.v > 0);
  if (own.length >= DEPLOYMENT_MIN_CELLS_OWN) {
    const v = Float64Array.from(own, (c) => c.v).sort();
    const df = median(Float64Array.from(own, (c) => c.df).sort());
    const nu = median(Float64Array.from(own, (c) => c.nu).sort());
    const logF = 0.5 * Math.log(median(v) / fMedian(df, nu));
    return shrunkFactor(logF, (Math.PI / (8 * own.length)) * (trigamma(df / 2) + trigamma(nu / 2)));
  }
  if (changes.length < DEPLOYMENT_MIN_CELLS) return 1;
  const u = Float64Array.from(changes, (c) => c.u).sort();
  const centre = median(u);
  const dev = Float64Array.from(changes, (c) => Math.abs(c.u - centre)).sort();
  const nus = Float64Array.from(changes, (c) => c.nu).sort();
  const ref = studentTQuantileUpper(0.25, median(nus));
  if (!(ref > 0)) return 1;
  return clampFactor(median(dev) / ref);
}

/** Where a cell's metric sits in the prior: its family, regime and law (before the deployment factor). */
export function priorOf(
  metric: string,
  kind: string,
  concurrency: number | null | undefined,
  prior: Readonly<NoisePrior>,
): { family: NoiseFamily; regime: LoadRegime; law: NoiseLaw } | null {
  const family = noiseFamily(metric, kind);
  if (!family) return null;
  const regime = loadRegime(concurrency);
  return { family, regime, law: noiseLaw(prior, family, regime) };
}

/** The evidence of one series given its prior and the deployment factor. */
export function noiseEvidence(
  s: RunSeries,
  where: { family: NoiseFamily; regime: LoadRegime; law: NoiseLaw },
  f: number,
  worseSign: number,
  fitted: NoiseLaw | null = null,
  extraVar = 0,
  jumpShare = 0,
): NoiseEvidence {
  const k = s.base.length;
  const m = s.head.length;
  const d = seriesChange(s);
  const ownDf = Math.max(0, k - 1) + Math.max(0, m - 1);
  const ss = sumSquares(s.base) + sumSquares(s.head);
  const nu0 = fitted ? fitted.nu : where.law.nu;
  const s0 = fitted ? fitted.scale : where.law.scale * f;
  const nu = nu0 + ownDf;
  const spread = Math.sqrt((nu0 * s0 * s0 + ss) / nu);
  const root = Math.sqrt(1 / k + 1 / m);
  // extraVar: a shared shift kept in the change (run-effects.ts), with the variance of its estimate.
  const se = Math.sqrt(spread * spread * root * root + extraVar);
  const rho = where.law.sigmaMax !== undefined && spread > 0 ? where.law.sigmaMax / spread : Infinity;
  const ownUp = se > 0 ? predictiveUpper(d / se, nu, rho) : d > 0 ? 0 : 1;
  const seP = where.law.scale * root;
  const rhoP = where.law.sigmaMax !== undefined ? where.law.sigmaMax / where.law.scale : Infinity;
  const pooledUp = seP > 0 ? predictiveUpper(Math.abs(d) / seP, where.law.nu, rhoP) : 0;
  // A jump (noise-prior.ts JUMP): with one head run measured against the cell's own base runs,
  // that run may have landed outside them (another node or regime) with the family's share; its
  // change is then a fresh draw of the pooled law, not of the cell's own spread. Two or more head
  // runs that agree are the confirmation a jump lacks (their spread is in the cell's own).
  const jump = m === 1 && k >= 2 ? jumpShare : 0;
  // The pooled law's upper tail at d: pooledUp's at |d|, mirrored (the predictive is symmetric).
  const jumpUp = jump > 0 ? (seP > 0 ? (d >= 0 ? pooledUp : 1 - pooledUp) : d > 0 ? 0 : 1) : 0;
  const tUp = (1 - jump) * ownUp + jump * jumpUp;
  const tDown = (1 - jump) * (se > 0 ? 1 - ownUp : d < 0 ? 0 : 1) + jump * (1 - jumpUp);
  return {
    rho,
    family: where.family,
    regime: where.regime,
    tail: isTailFamily(where.family),
    d,
    effect: Math.exp(d) - 1,
    k,
    m,
    ownDf,
    jump,
    prior: { nu: nu0, scale: s0 },
    deploymentFactor: f,
    nu,
    spread,
    se,
    pWorse: worseSign > 0 ? tUp : tDown,
    pBetter: worseSign > 0 ? tDown : tUp,
    pPooled: pooledUp,
  };
}

/**
 * P(at least k of n independent U(0,1) are ≤ p) = I_p(k, n − k + 1): the p-value of "the k-th
 * smallest of n cells' one-sided p-values is p" (an order-statistic test: exact for independent
 * valid p-values, and a few noisy cells cannot make a majority).
 */
export function binomialUpperTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return incompleteBeta(p, k, n - k + 1);
}
