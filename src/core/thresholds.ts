/**
 * The one thresholds table: every named analyzer threshold with its default, the JSON-schema
 * constraint of its `--config` key and the reason. The `Thresholds` type and DEFAULT_THRESHOLDS
 * are derived from it; test/core/thresholds.test.ts checks that
 * schemas/inferguard-config-v1.schema.json's `thresholds` section says exactly this. A new
 * threshold is one row here plus the same row in the schema (the test names what is missing).
 */

interface ThresholdDef {
  default: number | null;
  /** The schema of the `--config` key `thresholds.<name>`. */
  schema: Readonly<Record<string, unknown>>;
  doc: string;
}

const fraction01 = { type: 'number', exclusiveMinimum: 0, maximum: 1 } as const;
const nonNegative = { type: 'number', minimum: 0 } as const;
const ratioAbove1 = { type: 'number', exclusiveMinimum: 1 } as const;
const positive = { type: 'number', exclusiveMinimum: 0 } as const;
const absoluteRate = { type: 'number', minimum: 0, maximum: 1 } as const;
const optionalSlo = { type: ['number', 'null'], exclusiveMinimum: 0 } as const;

export const THRESHOLD_TABLE = {
  partial_run_min_success: {
    default: 0.95,
    schema: fraction01,
    doc: 'partial_run fires below this success rate (InferGuard _finalize_cell uses 0.95).',
  },
  ttft_cliff_ratio: {
    default: 2.0,
    schema: ratioAbove1,
    doc: 'ttft_cliff: tail TTFT ratio between neighbouring concurrency points.',
  },
  ttft_cliff_max_tput_gain: {
    default: 0.1,
    schema: nonNegative,
    doc: 'ttft_cliff: throughput gain below which a TTFT jump is a cliff (fraction).',
  },
  tpot_degradation_ratio: {
    default: 1.5,
    schema: ratioAbove1,
    doc: 'tpot_degradation: tail TPOT ratio vs the previous point, and vs the baseline cell.',
  },
  plateau_max_gain: {
    default: 0.05,
    schema: nonNegative,
    doc: 'throughput_plateau: throughput gain below which a step is flat (fraction).',
  },
  plateau_min_latency_worsening: {
    default: 0.1,
    schema: nonNegative,
    doc: 'throughput_plateau: tail TTFT/TPOT worsening that makes a flat step a plateau (fraction).',
  },
  kv_pressure_usage: { default: 0.95, schema: fraction01, doc: 'kv_pressure: GPU KV usage p95 (fraction 0–1).' },
  kv_pressure_cpu_usage: { default: 0.9, schema: fraction01, doc: 'kv_pressure: CPU KV usage p95 (fraction 0–1).' },
  kv_offload_thrash_min_ttft_worsening: {
    default: 0.2,
    schema: nonNegative,
    doc: 'kv_offload_thrash: p99 TTFT worsening along the family (fraction).',
  },
  kv_offload_thrash_max_tput_gain: {
    default: 0.1,
    schema: nonNegative,
    doc: 'kv_offload_thrash: throughput gain below which the latency worsening is not load (fraction).',
  },
  prefix_cache_gap: {
    default: 0.1,
    schema: absoluteRate,
    doc: 'prefix_cache_regression: gap below the theoretical hit rate (absolute).',
  },
  prefix_cache_drop: {
    default: 0.1,
    schema: absoluteRate,
    doc: 'prefix_cache_regression: drop vs the lower-concurrency point and vs the baseline cell (absolute).',
  },
  kv_transfer_errors_critical: {
    default: 100,
    schema: { type: 'integer', minimum: 1 },
    doc: 'kv_transfer_errors_present becomes critical at this error total.',
  },
  kv_transfer_stall_min_samples: {
    default: 3,
    schema: { type: 'integer', minimum: 2 },
    doc: 'kv_transfer_stall: samples without transfer growth while requests run.',
  },
  imbalance_ratio_low: {
    default: 0.5,
    schema: positive,
    doc: 'prefill_decode_imbalance: lower edge of the running-request ratio band.',
  },
  imbalance_ratio_high: {
    default: 2.0,
    schema: positive,
    doc: 'prefill_decode_imbalance: upper edge of the running-request ratio band.',
  },
  imbalance_min_samples: {
    default: 3,
    schema: { type: 'integer', minimum: 1 },
    doc: 'prefill_decode_imbalance: samples outside the band before it fires.',
  },
  eval_regression_min_drop: {
    default: 0.01,
    schema: nonNegative,
    doc: 'eval_regression: absolute drop vs the baseline used when no standard error is known.',
  },
  max_json_bytes: {
    default: 256 * 1024 * 1024,
    schema: { type: 'integer', minimum: 1 },
    doc: 'JSON files above this size are refused with a finding (bytes; 256 MB).',
  },
  min_family_points: {
    default: 2,
    schema: { type: 'integer', minimum: 2 },
    doc: 'Minimum usable points in a family before curve rules may fire. A TTFT cliff needs one step (2 points), a plateau two steps (3 points) whatever this says; a larger value raises both.',
  },
  slo_ttft_p99_s: {
    default: null,
    schema: optionalSlo,
    doc: 'Optional TTFT SLO for the goodput view (seconds); null when not configured.',
  },
  slo_tpot_p99_s: {
    default: null,
    schema: optionalSlo,
    doc: 'Optional TPOT SLO for the goodput view (seconds); null when not configured.',
  },
} as const satisfies Record<string, ThresholdDef>;

export type ThresholdName = keyof typeof THRESHOLD_TABLE;

/** Named analyzer thresholds (one per THRESHOLD_TABLE row); nullable where the default is null. */
export type Thresholds = {
  [K in ThresholdName]: (typeof THRESHOLD_TABLE)[K]['default'] extends null ? number | null : number;
};

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze(
  Object.fromEntries(Object.entries(THRESHOLD_TABLE).map(([name, def]) => [name, def.default])) as Thresholds,
);
