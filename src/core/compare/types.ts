/**
 * The inferguard-report-diff/v1 contract (schemas/inferguard-report-diff-v1.schema.json), field
 * for field, and the compare options. Ordering guarantees are in docs/COMPARE.md.
 */
import type { Direction } from '../metrics.js';
import type { Thresholds } from '../thresholds.js';
import type { CurveVerdict } from './curves.js';
import type { NoisePrior } from './noise-prior.js';
import type { Finding, Identity } from '../types.js';

export const REPORT_DIFF_SCHEMA_VERSION = 'inferguard-report-diff/v1' as const;

export const CELL_STATUSES = [
  'regressed',
  'improved',
  'unchanged',
  'new',
  'missing',
  'incomparable',
  'insufficient_data',
] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export const VERDICTS = ['REGRESSION', 'IMPROVEMENT', 'NEUTRAL', 'INSUFFICIENT_DATA'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const COMPARISON_OUTCOMES = [
  'regressed',
  'improved',
  'unchanged',
  'insufficient_data',
  'incomparable',
  'informational',
] as const;
export type ComparisonOutcome = (typeof COMPARISON_OUTCOMES)[number];

export const COMPARISON_METHODS = [
  'mann_whitney_u',
  'bootstrap_quantile',
  'noise_band',
  'eval_stderr',
  'run_interval',
  'informational',
  'none',
] as const;
export type ComparisonMethod = (typeof COMPARISON_METHODS)[number];

export const METRIC_KINDS = ['completion', 'throughput', 'latency', 'cost', 'eval'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const COMPARE_METHODS = ['mann_whitney', 'bootstrap'] as const;
export type CompareMethod = (typeof COMPARE_METHODS)[number];

export interface ComparisonThreshold {
  /** e.g. "noise_bands.latency", "min_effect_size", "eval stderr", "eval_regression_min_drop". */
  name: string;
  value: number;
  /** relative: a fraction of the base value; absolute: in the metric's unit. */
  basis: 'relative' | 'absolute';
}

/** One metric of one matched cell pair (schemas/inferguard-report-diff-v1.schema.json `metric_comparison`). */
export interface MetricComparison {
  metric: string;
  kind: MetricKind;
  unit: string;
  direction: Direction;
  base: number | null;
  head: number | null;
  /** head − base. */
  delta: number | null;
  /** (head − base) / |base|; null when base is 0 or missing. */
  relative_delta: number | null;
  method: ComparisonMethod;
  outcome: ComparisonOutcome;
  /** Raw p-value of the test (statistical methods only). */
  p_value: number | null;
  /** Benjamini-Hochberg adjusted p-value across every test of this compare. */
  q_value: number | null;
  /** Interval of `delta` (bootstrap percentile interval), else null. */
  interval: [number, number] | null;
  /** Effect size that gates a statistical verdict (relative median shift), else null. */
  effect_size: number | null;
  threshold: ComparisonThreshold | null;
  n_base: number | null;
  n_head: number | null;
  /** 0–1; see docs/COMPARE.md "Confidence". Null when the outcome is not a change. */
  confidence: number | null;
  /** One phrase on why (e.g. "within the noise band", "currency differs"). */
  note: string;
  /**
   * What the decision rests on: `run_interval` (≥ min_base_runs base runs: the cell's own runs
   * and the noise law), `per_request` (samples with fewer base runs, then the noise law),
   * `noise_band` (aggregates with fewer base runs: band and floor as the minimum effect, then the
   * noise law), `eval_stderr`, or `none`.
   */
  basis?: ComparisonBasis;
  /** Base runs and head runs the comparison rests on. */
  n_base_runs?: number;
  n_head_runs?: number;
  /** Pooled run-to-run spread (sd of ln values ≈ relative sd) behind a run_interval decision. */
  run_spread?: number | null;
  /** Head cell id; present only in the overall verdict's comparisons. */
  cell_id?: string;
  /** Why the run-level rule table decided as it did (decide.ts; words in `note`). */
  reason?: string;
  /**
   * Beyond this cell's usual range but inside the heavy tail of run-to-run noise: shown ("re-run
   * to confirm"), never a verdict, never fails the check. The outcome stays `unchanged`.
   */
  suspicious?: boolean;
  /** The noise behind a run-level decision (docs/COMPARE.md "Noise per cell"). */
  noise?: NoiseSummary;
}

export interface NoiseSummary {
  /** Prior family (throughput, ttft, ttft_tail, …) and load regime (low, mid, high). */
  family: string;
  regime: string;
  /** Predictive degrees of freedom and spread (sd of one run's ln value). */
  nu: number;
  spread: number;
  /** Degrees of freedom from the cell's own runs. */
  own_df: number;
  deployment_factor: number;
  /** One-sided predictive p in the direction of the change. */
  p: number;
  /**
   * With the runs' shared (node) effects estimated (run-effects.ts; ≥ 3 base runs, ≥ 3 cells):
   * the head's shift shared by every cell (relative), and whether it was removed from this
   * cell's change (a node's) or kept (beyond the node law: a change). The spread is then net of
   * the base runs' effects. Absent otherwise.
   */
  run_shift?: number;
  run_shift_removed?: boolean;
  /**
   * The share of single head runs that land outside their cell's own history (another node or
   * regime; noise-prior.ts JUMP), mixed into `p`: present when the change rests on one head run
   * against ≥ 2 base runs not all on one known node.
   */
  jump_share?: number;
}

export const COMPARISON_BASES = ['run_interval', 'per_request', 'noise_band', 'eval_stderr', 'none'] as const;
export type ComparisonBasis = (typeof COMPARISON_BASES)[number];

/** Seed 004's RegressionVerdict, plus INSUFFICIENT_DATA. */
export interface RegressionVerdict {
  verdict: Verdict;
  confidence: number;
  /** Metric names (per cell) or "<cell>: <metric>" (overall) that regressed. */
  regressions: string[];
  improvements: string[];
  comparisons: MetricComparison[];
  /** Smallest q-value among the deciding statistical comparisons, else null. */
  p_value: number | null;
  summary: string;
  /** Base runs the verdict rests on (per cell: that cell's; overall: the most any cell had). */
  base_runs?: number;
  /** Head runs (repetitions of the cell in the head artifact set). */
  head_runs?: number;
  /** How the deciding comparisons were decided (run_interval when ≥ min_base_runs base runs). */
  basis?: ComparisonBasis;
  /** Metrics (per cell) or "<cell>: <metric>" (overall) outside their usual range: shown, never failing. */
  suspicious?: string[];
  /**
   * Overall only: per metric, the smallest change the compare's median cell could show as a
   * verdict on its own (null: none below 100×). With one base run this is large: a coherent change
   * across a family is what it finds.
   */
  detectable?: { metric: string; change: number | null }[];
}

export interface CellDiff {
  /** identityKey of the head cell (base cell for `missing`). */
  key: string;
  /** familyKey: identity minus concurrency. */
  family: string;
  status: CellStatus;
  base_cell_id: string | null;
  head_cell_id: string | null;
  identity: Identity;
  /** Why a pair is incomparable or has insufficient data (identity fields first, then topology keys A–Z); empty otherwise. */
  reasons: string[];
  /** Null for new, missing and incomparable cells. */
  verdict: RegressionVerdict | null;
  /**
   * Where the pair's base and head runs ran (environment.ts `environmentChange`; runner, cluster,
   * host, image). Optional, evidence only: never decides an outcome. The comment says so next to
   * the cell's verdict when `differs`.
   */
  environment?: { base: string[]; head: string[]; differs: boolean };
}

export interface ReportRef {
  generated_at: string;
  input_root: string;
  inferguard_version: string;
  run_status: string;
  total_cells: number;
  /** Run-level completion and cost of the report (sums over its cells; null when unknown). */
  totals: RunTotals;
}

export interface RunTotals {
  requests_total: number | null;
  requests_successful: number | null;
  success_rate: number | null;
  sessions_completed: number | null;
  currency: string | null;
  compute_cost: number | null;
  gpu_hours: number | null;
  cost_per_completed_request: number | null;
  cost_per_million_output_tokens: number | null;
}

export interface CompareSettings {
  alpha: number;
  min_effect_size: number;
  method: CompareMethod;
  bootstrap_iterations: number;
  seed: number;
  min_samples: number;
  noise_bands: Record<string, number>;
  eval_min_drop: number;
  /** Family-wise level of the run-level verdicts (cell, family and sweep tests share it; docs/COMPARE.md). */
  run_alpha: number;
  /** Base runs from which a cell's own runs carry the decision (run_interval). */
  min_base_runs: number;
  /** With fewer base runs, a change must exceed this relative floor per kind or metric (keys sorted). */
  run_noise_floor: Record<string, number>;
  /** Family-wise level of the SUSPICIOUS tier (shown, never failing). */
  suspicious_alpha: number;
  /** The noise prior per family (ν, scale per load regime; noise-prior.ts). */
  noise_prior: NoisePrior;
  /**
   * Acknowledged regressions: `<metric>`, `<head cell id>: <metric>` or `*`; a matching regression
   * is reported with reason `accepted`, never a verdict (sorted).
   */
  accept: string[];
}

export interface ReportDiff {
  schema_version: typeof REPORT_DIFF_SCHEMA_VERSION;
  base: ReportRef;
  head: ReportRef;
  settings: CompareSettings;
  counts: Record<CellStatus, number> & { total: number; tests: number };
  verdict: RegressionVerdict;
  cells: CellDiff[];
  /** Findings that need a baseline (eval_regression, tpot_degradation / prefix_cache_regression vs base). */
  findings: Finding[];
  /** The base reports (runs, preferred first) and head reports the compare rests on. */
  runs?: RunsSummary;
  /** Curve-level verdicts per family measured on both sides (src/core/compare/curves.ts). */
  curves?: CurveVerdict[];
}

export interface RunsSummary {
  base_reports: number;
  head_reports: number;
  /** One entry per base report, in the order given (preferred / newest first). */
  base: { generated_at: string; input_root: string; run_status: string; total_cells: number }[];
}

export interface CompareOptions {
  /** FDR level for Benjamini-Hochberg (default 0.05). */
  alpha?: number;
  /** Minimum relative effect for a statistical verdict (default 0.05). */
  minEffectSize?: number;
  method?: CompareMethod;
  bootstrapIterations?: number;
  seed?: number;
  /** Minimum samples per side for a statistical test (default 20); below: noise bands. */
  minSamples?: number;
  /** Per kind (latency, throughput, cost, success_rate) or per metric name. */
  noiseBands?: Record<string, number>;
  /** eval_regression drop when no standard error is known (default 0.01). */
  evalMinDrop?: number;
  /** Thresholds of the baseline rules (defaults: src/core/thresholds.ts). */
  thresholds?: Partial<Thresholds>;
  /** Family-wise level of the run-level verdicts (default 0.06). */
  runAlpha?: number;
  /** Base runs from which a cell's own runs carry the decision (default 3). */
  minBaseRuns?: number;
  /** Run-noise floor per kind (latency, throughput, cost) or metric name. */
  runNoiseFloor?: Record<string, number>;
  /** Family-wise level of the SUSPICIOUS tier (default 0.5). */
  suspiciousAlpha?: number;
  /** Noise prior rows that replace the shipped ones, family by family (`inferguard calibrate`). */
  noisePrior?: Partial<NoisePrior>;
  /** Acknowledged regressions (`<metric>`, `<head cell id>: <metric>`, `*`). */
  accept?: readonly string[];
}
