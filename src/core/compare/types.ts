/**
 * The inferguard-report-diff/v1 contract (schemas/inferguard-report-diff-v1.schema.json), field
 * for field, and the compare options. Ordering guarantees are in docs/COMPARE.md.
 */
import type { Direction } from '../metrics.js';
import type { Thresholds } from '../thresholds.js';
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

/** One metric of one matched cell pair (seed 004 RegressionVerdict.comparisons[] item). */
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
  /** Head cell id; present only in the overall verdict's comparisons. */
  cell_id?: string;
}

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
}
