/**
 * Named analyzer thresholds with their defaults (ANALYZER.md). Every one can be overridden by
 * name in the `--config` file; unknown names are an error.
 */
export interface Thresholds {
  /** partial_run fires below this success rate (InferGuard _finalize_cell uses 0.95). */
  partial_run_min_success: number;
  /** ttft_cliff: p99 TTFT ratio between neighbouring concurrency points. */
  ttft_cliff_ratio: number;
  /** ttft_cliff: total-throughput gain below which a TTFT jump is a cliff (fraction). */
  ttft_cliff_max_tput_gain: number;
  /** tpot_degradation: p99 TPOT ratio vs the previous point. */
  tpot_degradation_ratio: number;
  /** throughput_plateau: throughput gain below which a step is flat (fraction). */
  plateau_max_gain: number;
  /** throughput_plateau: p99 TTFT/TPOT worsening that makes a flat step a plateau (fraction). */
  plateau_min_latency_worsening: number;
  /** kv_pressure: GPU KV usage p95 (fraction 0–1). */
  kv_pressure_usage: number;
  /** kv_pressure: CPU KV usage p95 (fraction 0–1). */
  kv_pressure_cpu_usage: number;
  /** kv_offload_thrash: p99 TTFT worsening along the family (fraction). */
  kv_offload_thrash_min_ttft_worsening: number;
  /** kv_offload_thrash: throughput gain below which the latency worsening is not load (fraction). */
  kv_offload_thrash_max_tput_gain: number;
  /** prefix_cache_regression: gap below the theoretical hit rate (absolute). */
  prefix_cache_gap: number;
  /** prefix_cache_regression: drop vs the comparable lower-concurrency point (absolute). */
  prefix_cache_drop: number;
  /** kv_transfer_errors_present becomes critical at this error total. */
  kv_transfer_errors_critical: number;
  /** kv_transfer_stall: samples without transfer growth while requests run. */
  kv_transfer_stall_min_samples: number;
  /** prefill_decode_imbalance: running-request ratio band. */
  imbalance_ratio_low: number;
  imbalance_ratio_high: number;
  imbalance_min_samples: number;
  /** eval_regression: absolute drop used when no standard error is known. */
  eval_regression_min_drop: number;
  /** JSON files above this size are refused with a finding (bytes; 256 MB). */
  max_json_bytes: number;
  /**
   * Minimum usable points in a family before curve rules may fire. A TTFT cliff needs one step (2
   * points), a plateau two steps (3 points) whatever this says; a larger value raises both.
   */
  min_family_points: number;
  /** Optional SLOs for the goodput view (seconds); null when not configured. */
  slo_ttft_p99_s: number | null;
  slo_tpot_p99_s: number | null;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  partial_run_min_success: 0.95,
  ttft_cliff_ratio: 2.0,
  ttft_cliff_max_tput_gain: 0.1,
  tpot_degradation_ratio: 1.5,
  plateau_max_gain: 0.05,
  plateau_min_latency_worsening: 0.1,
  kv_pressure_usage: 0.95,
  kv_pressure_cpu_usage: 0.9,
  kv_offload_thrash_min_ttft_worsening: 0.2,
  kv_offload_thrash_max_tput_gain: 0.1,
  prefix_cache_gap: 0.1,
  prefix_cache_drop: 0.1,
  kv_transfer_errors_critical: 100,
  kv_transfer_stall_min_samples: 3,
  imbalance_ratio_low: 0.5,
  imbalance_ratio_high: 2.0,
  imbalance_min_samples: 3,
  eval_regression_min_drop: 0.01,
  max_json_bytes: 256 * 1024 * 1024,
  min_family_points: 2,
  slo_ttft_p99_s: null,
  slo_tpot_p99_s: null,
});
