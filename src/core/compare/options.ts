/**
 * Compare settings: defaults, and the `compare` section of the --config file mapped onto
 * CompareOptions (the section's shape is in schemas/inferguard-config-v1.schema.json).
 */
import type { AnalyzerConfig } from '../config.js';
import { NOISE_BAND_DEFAULTS } from '../metrics.js';
import { DEFAULT_THRESHOLDS } from '../thresholds.js';
import type { CompareOptions, CompareSettings } from './types.js';
import { DEFAULT_NOISE_PRIOR, NOISE_FAMILIES, type NoisePrior } from './noise-prior.js';

/** Noise bands used when only aggregates exist (the catalogue's defaults, src/core/metrics.ts). */
export const DEFAULT_NOISE_BANDS: Readonly<Record<string, number>> = NOISE_BAND_DEFAULTS;

/**
 * Run-noise floor (relative) per kind: with fewer than `min_base_runs` base runs, a change is a
 * verdict only beyond it. 2.8 × √2 × the run-to-run spread: 2% for a run effect of 2% (8%), and
 * 3.1% for an aggregate p99 (`latency_tail`, p90+ percentiles decided by the band: the run effect
 * plus the 2.3% sampling sd of a p99 over 1,000 requests; 12%), measured with `npm run
 * bench:verdicts` (docs/COMPARE.md); re-calibrate with `inferguard calibrate`.
 */
export const DEFAULT_RUN_NOISE_FLOOR: Readonly<Record<string, number>> = Object.freeze({
  latency: 0.08,
  latency_tail: 0.12,
  throughput: 0.08,
  cost: 0.08,
});
/**
 * Family-wise level of the run-level verdicts (both directions; run-gate.ts): 0.06 from `npm run
 * bench:verdicts` and 300 more seeded PRs per row — at 0.05 A/A stays ≤ 2.7% per direction but
 * +10% / +15% TTFT power sits at 91–92%; at 0.06 the worst A/A row is 3.0% and power 93%; at 0.08
 * power is 94–98% and the worst A/A row 3.7% (docs/COMPARE.md).
 */
export const DEFAULT_RUN_ALPHA = 0.06;
/** Base runs from which a cell's own runs carry the decision (run_interval; min_effect_size alone as the minimum). */
export const DEFAULT_MIN_BASE_RUNS = 3;
/** Family-wise level of the SUSPICIOUS tier: shown ("re-run to confirm"), never failing. */
export const DEFAULT_SUSPICIOUS_ALPHA = 0.5;

/** FDR level for Benjamini-Hochberg across every test of one compare. */
export const DEFAULT_ALPHA = 0.01;
/**
 * Minimum relative shift (of the median, for the rank test; of the statistic, for the bootstrap)
 * a significant test must also show: with thousands of samples a rank test finds 1% shifts that
 * nobody should act on.
 */
export const DEFAULT_MIN_EFFECT_SIZE = 0.05;
export const DEFAULT_BOOTSTRAP_ITERATIONS = 1000;
export const DEFAULT_SEED = 1;
/** Below this many samples on a side, the normal approximation of U is poor: use noise bands. */
export const DEFAULT_MIN_SAMPLES = 20;

/**
 * The shipped prior with the given rows put in, family by family (a row without σ_max or a jump
 * share keeps the shipped one: `calibrate` fits ν and s only).
 */
function noisePriorOf(over: Partial<NoisePrior> | undefined): NoisePrior {
  const out: NoisePrior = { ...DEFAULT_NOISE_PRIOR };
  for (const f of NOISE_FAMILIES) {
    const row = over?.[f];
    if (!row) continue;
    const sigmaMax = row.sigma_max ?? DEFAULT_NOISE_PRIOR[f].sigma_max;
    const jump = row.jump_share ?? DEFAULT_NOISE_PRIOR[f].jump_share;
    out[f] = {
      nu: row.nu,
      scale: { ...row.scale },
      ...(sigmaMax !== undefined ? { sigma_max: sigmaMax } : {}),
      ...(jump !== undefined ? { jump_share: jump } : {}),
      ...(row.jump_share !== undefined && row.jump_on_one_node === true ? { jump_on_one_node: true } : {}),
    };
  }
  return out;
}

export function resolveSettings(opts: CompareOptions = {}): CompareSettings {
  const bands: Record<string, number> = { ...DEFAULT_NOISE_BANDS };
  for (const k of Object.keys(opts.noiseBands ?? {}).sort()) {
    const v = opts.noiseBands?.[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) bands[k] = v;
  }
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(bands).sort()) sorted[k] = bands[k] as number;
  const floors: Record<string, number> = { ...DEFAULT_RUN_NOISE_FLOOR };
  for (const k of Object.keys(opts.runNoiseFloor ?? {})) {
    const v = opts.runNoiseFloor?.[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) floors[k] = v;
  }
  const floorsSorted: Record<string, number> = {};
  for (const k of Object.keys(floors).sort()) floorsSorted[k] = floors[k] as number;
  return {
    alpha: opts.alpha ?? DEFAULT_ALPHA,
    min_effect_size: opts.minEffectSize ?? DEFAULT_MIN_EFFECT_SIZE,
    method: opts.method ?? 'mann_whitney',
    bootstrap_iterations: opts.bootstrapIterations ?? DEFAULT_BOOTSTRAP_ITERATIONS,
    seed: opts.seed ?? DEFAULT_SEED,
    min_samples: opts.minSamples ?? DEFAULT_MIN_SAMPLES,
    noise_bands: sorted,
    eval_min_drop: opts.evalMinDrop ?? DEFAULT_THRESHOLDS.eval_regression_min_drop,
    run_alpha: opts.runAlpha ?? DEFAULT_RUN_ALPHA,
    min_base_runs: opts.minBaseRuns ?? DEFAULT_MIN_BASE_RUNS,
    run_noise_floor: floorsSorted,
    suspicious_alpha: opts.suspiciousAlpha ?? DEFAULT_SUSPICIOUS_ALPHA,
    noise_prior: noisePriorOf(opts.noisePrior),
    accept: [...new Set(opts.accept ?? [])].sort(),
  };
}

/** The `compare` config section (already schema-validated) plus thresholds → CompareOptions. */
export function compareOptionsFromConfig(config: AnalyzerConfig): CompareOptions {
  const c = config.compare as {
    alpha?: number;
    min_effect_size?: number;
    method?: 'mann_whitney' | 'bootstrap';
    bootstrap_iterations?: number;
    seed?: number;
    min_samples?: number;
    noise_bands?: Record<string, number>;
    run_alpha?: number;
    min_base_runs?: number;
    run_noise_floor?: Record<string, number>;
    suspicious_alpha?: number;
    noise_prior?: Partial<NoisePrior>;
    accept?: string[];
  };
  const out: CompareOptions = {
    evalMinDrop: config.thresholds.eval_regression_min_drop,
    thresholds: config.thresholds,
  };
  if (c.alpha !== undefined) out.alpha = c.alpha;
  if (c.min_effect_size !== undefined) out.minEffectSize = c.min_effect_size;
  if (c.method !== undefined) out.method = c.method;
  if (c.bootstrap_iterations !== undefined) out.bootstrapIterations = c.bootstrap_iterations;
  if (c.seed !== undefined) out.seed = c.seed;
  if (c.min_samples !== undefined) out.minSamples = c.min_samples;
  if (c.noise_bands !== undefined) out.noiseBands = c.noise_bands;
  if (c.run_alpha !== undefined) out.runAlpha = c.run_alpha;
  if (c.min_base_runs !== undefined) out.minBaseRuns = c.min_base_runs;
  if (c.run_noise_floor !== undefined) out.runNoiseFloor = c.run_noise_floor;
  if (c.suspicious_alpha !== undefined) out.suspiciousAlpha = c.suspicious_alpha;
  if (c.noise_prior !== undefined) out.noisePrior = c.noise_prior;
  if (c.accept !== undefined) out.accept = c.accept;
  return out;
}
