/**
 * The run-to-run noise prior (docs/COMPARE.md "Noise per cell"): for each metric family and load
 * regime, how the run-to-run spread σ of ln(value) is distributed across cells, as a scaled
 * inverse-χ² law σ² ~ Scale-Inv-χ²(ν, s²). Its predictive for a one-run change
 * d = ln(head / base) is s·√2 · t_ν, a Student t with ν degrees of freedom: with ν ≈ 1 it is
 * about as heavy-tailed as a Cauchy law, which is what real repeated CI runs show.
 *
 * Sources (issue 22; data, not code: one home, this table):
 * - About 1,300 real A/A cell pairs from public CI history (the same configuration and engine
 *   image benchmarked in separate CI runs), pooled over deployments: median σ and p90 σ per
 *   family, and the 95th percentile of one-run |d|. ν and s are the unique pair that gives the
 *   median σ and the 95th percentile of |d| (fit: s = median σ · √(χ²_ν(½) / ν),
 *   |d|₉₅ = √2 · s · t_ν(0.975)); the p90 σ it then implies is within 5–20% of the measured one
 *   (throughput 3.2% vs 3.0%, p50 TTFT 11% vs 9.7%, p99 TTFT 18% vs 21%), so one law fits both.
 * - Load regime (p50 TTFT): a change of ≥ 8% in 39% of A/A pairs at concurrency ≤ 8 and in 20%
 *   at ≥ 128 gives s = 0.0353 (low) and 0.0152 (high) at the same ν; the tail (p99) scales alike.
 * - vLLM issue #53436 (identical fixed-seed runs): output tok/s CV 0.4% at concurrency 8–32 and
 *   7.5–19.7% at 1–4 with speculative decoding: throughput and decode noise at concurrency ≤ 8
 *   get 2× the pooled scale (a conservative reading: not every low-concurrency cell decodes
 *   speculatively).
 * - Families without a measured tail (p99 TPOT/ITL) take the p99/p50 ratio of E2EL (1.5×).
 *
 * `inferguard calibrate` fits the same law to a repository's own history and writes it as the
 * `compare.noise_prior` config section, which replaces these rows family by family.
 */

/** Metric families with their own noise law (medians and tails apart). */
export const NOISE_FAMILIES = ['throughput', 'ttft', 'ttft_tail', 'tpot', 'tpot_tail', 'e2el', 'e2el_tail'] as const;
export type NoiseFamily = (typeof NOISE_FAMILIES)[number];

export const LOAD_REGIMES = ['low', 'mid', 'high'] as const;
/** Concurrency ≤ 8: low; ≥ 128: high; in between, or a request-rate point: mid. */
export type LoadRegime = (typeof LOAD_REGIMES)[number];

/** σ² ~ Scale-Inv-χ²(nu, scale²): the spread of one cell's ln values between runs. */
export interface NoiseLaw {
  nu: number;
  scale: number;
  /** The largest run-to-run spread a cell of this family shows: the law is truncated there. */
  sigmaMax?: number;
  /** Share of runs that jump out of their cell's own history (another node or regime). */
  jump?: number;
  /** The share holds where every run names one node too (a share measured on a team's own runs). */
  jumpOnOneNode?: boolean;
}

export interface NoisePriorRow {
  nu: number;
  /** s per load regime. */
  scale: Record<LoadRegime, number>;
  /** σ_max: no cell's run-to-run spread exceeds it (the law is truncated there). */
  sigma_max?: number;
  /** Share of runs that jump out of their cell's own history: their change has this law, not the cell's spread. */
  jump_share?: number;
  /**
   * Whether the share holds where every run of a cell names one node too. The shipped share was
   * measured across nodes, and one node's nights stay within the shipped law (π̂ = 0 on SGLang's
   * repeats), so it does not; a share `calibrate` measured on a team's own runs (under its own,
   * tighter law) does.
   */
  jump_on_one_node?: boolean;
}

export type NoisePrior = Record<NoiseFamily, NoisePriorRow>;

const THROUGHPUT_S = 0.00241;
const TTFT_S = 0.01078;
const TTFT_TAIL_S = 0.01376;
const TPOT_S = 0.00239;
const E2EL_S = 0.00245;
const E2EL_TAIL_S = 0.00368;
/** Regime ratios of p50 TTFT (0.0353 / 0.01078 at ≤ 8, 0.0152 / 0.01078 at ≥ 128). */
const TTFT_LOW = 3.27;
const TTFT_HIGH = 1.41;
/** vLLM #53436: decode and throughput noise at concurrency ≤ 8 (speculative decoding). */
const DECODE_LOW = 2;

function row(nu: number, s: number, sigmaMax: number, low: number, high = 1, jump = 0): NoisePriorRow {
  return {
    nu,
    scale: { low: s * low, mid: s, high: s * high },
    sigma_max: sigmaMax,
    ...(jump > 0 ? { jump_share: jump } : {}),
  };
}

/**
 * σ_max, the truncation of the law: a t with ν < 1 has no mean, and beyond the data it would call
 * a tenfold change in one cell noise. The largest one-run changes the sources report bound it
 * (σ = |ln ratio| / √2): throughput −34% in identical runs (σ ≈ 0.29; decode metrics move with it
 * by Little's law, so TPOT/ITL and E2EL share it, tails 0.4), p99 TTFT 2.6 s vs 72 s (σ ≈ 2.3),
 * and p50 TTFT 1.59 s vs 9.12 s on consecutive nights of one configuration with the same engine
 * image and no commit between (InferenceX's published history, DeepSeek-R1 fp8 GB200
 * dynamo-sglang 8192/1024 at concurrency 512, 2025-12-12/13: σ ≈ 1.23; scripts/inferencex-history.ts).
 * Until that source, p50 TTFT had no reported extreme and took 3 × its p90 σ (0.34): real
 * identical runs exceed it, and the heavy bench's one-base-run A/A fell from 2% / 3% to 1% / 1%.
 */
const SIGMA_MAX = { throughput: 0.29, ttft: 1.23, ttft_tail: 2.3, decode: 0.29, decode_tail: 0.4 } as const;

/**
 * Jumps: the share of runs that land outside their cell's own history. With ≥ 3 base runs a
 * cell's spread is its own, but real runs of one configuration on different nights and nodes are
 * not all exchangeable: a night on another node or in another regime moves a cell far beyond what
 * its own base runs show. Fitted by maximum likelihood on InferenceX's published history (every
 * window of 3–5 consecutive nights of one cell with the same engine image, 739 windows, the
 * MI355X runner step excluded; scripts/inferencex-history.ts's data) to the mixture
 * (1 − π)·(the cell's own predictive) + π·(the pooled law), π kept where the likelihood ratio
 * rejects π = 0 at 5% (2.71, the boundary case): p50 TTFT π̂ 0.10 (LR 71), p99 TTFT 0.06 (28),
 * p99 TPOT/ITL 0.08 / 0.09 (55 / 78), p50 E2EL 0.11 (12); not rejected: throughput 0.02 (1.2),
 * p50 TPOT/ITL 0.03 (2.5 / 2.7), p99 E2EL 0.005 (0.1). SGLang's nightly repeats (one node,
 * test/fixtures/real-repeats) fit π = 0 in every family under this law: one node's nights
 * stay within it, so the shipped shares do not hold where every run names one node (`jump_on_one_node`).
 */
const JUMP = { ttft: 0.1, ttft_tail: 0.06, tpot_tail: 0.08, e2el: 0.11 } as const;

/** The shipped prior (sources above). */
export const DEFAULT_NOISE_PRIOR: Readonly<NoisePrior> = Object.freeze({
  throughput: row(0.798, THROUGHPUT_S, SIGMA_MAX.throughput, DECODE_LOW),
  ttft: row(0.878, TTFT_S, SIGMA_MAX.ttft, TTFT_LOW, TTFT_HIGH, JUMP.ttft),
  ttft_tail: row(0.791, TTFT_TAIL_S, SIGMA_MAX.ttft_tail, TTFT_LOW, TTFT_HIGH, JUMP.ttft_tail),
  tpot: row(1.032, TPOT_S, SIGMA_MAX.decode, DECODE_LOW),
  tpot_tail: row(0.826, TPOT_S * (E2EL_TAIL_S / E2EL_S), SIGMA_MAX.decode_tail, DECODE_LOW, 1, JUMP.tpot_tail),
  e2el: row(1.095, E2EL_S, SIGMA_MAX.decode, DECODE_LOW, 1, JUMP.e2el),
  e2el_tail: row(0.826, E2EL_TAIL_S, SIGMA_MAX.decode_tail, DECODE_LOW),
});

const SERIES = /^p(\d+)_(ttft|tpot|itl|e2el)$/;

/** The noise family of a run-level metric (cost follows throughput: it is GPU time per token). */
export function noiseFamily(metric: string, kind: string): NoiseFamily | null {
  const m = SERIES.exec(metric);
  if (m) {
    const series = m[2] === 'itl' ? 'tpot' : (m[2] as 'ttft' | 'tpot' | 'e2el');
    return Number(m[1]) >= 90 ? `${series}_tail` : series;
  }
  if (kind === 'throughput' || kind === 'cost') return 'throughput';
  return null;
}

export function isTailFamily(f: NoiseFamily): boolean {
  return f.endsWith('_tail');
}

export function loadRegime(concurrency: number | null | undefined): LoadRegime {
  if (typeof concurrency !== 'number' || !Number.isFinite(concurrency)) return 'mid';
  if (concurrency <= 8) return 'low';
  if (concurrency >= 128) return 'high';
  return 'mid';
}

/** The law of one family and regime. */
export function noiseLaw(prior: Readonly<NoisePrior>, family: NoiseFamily, regime: LoadRegime): NoiseLaw {
  const r = prior[family];
  const law: NoiseLaw = { nu: r.nu, scale: r.scale[regime] };
  if (r.sigma_max !== undefined) law.sigmaMax = r.sigma_max;
  if (r.jump_share !== undefined && r.jump_share > 0) law.jump = r.jump_share;
  if (r.jump_on_one_node === true) law.jumpOnOneNode = true;
  return law;
}
