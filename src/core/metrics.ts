/**
 * Canonical per-cell metric names (ANALYZER.md "Metrics"). Units are in the name or fixed here:
 * latency in seconds, throughput in tokens/s (or requests/s for `_rps`), rates as fractions 0–1,
 * bytes for offload counters. Direction lives on the metric, not on the source.
 */

export const LATENCY_BASES = ['ttft', 'tpot', 'itl', 'e2el'] as const;
export const LATENCY_STATS = ['mean', 'p50', 'p90', 'p95', 'p99'] as const;
export type LatencyBase = (typeof LATENCY_BASES)[number];

/** `${stat}_${base}`, e.g. `p99_ttft` (seconds). */
export function latencyKey(stat: (typeof LATENCY_STATS)[number], base: LatencyBase): string {
  return `${stat}_${base}`;
}

export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

export interface MetricInfo {
  unit: string;
  direction: Direction;
  description: string;
}

const latency: Record<string, MetricInfo> = {};
for (const base of LATENCY_BASES) {
  for (const stat of LATENCY_STATS) {
    latency[latencyKey(stat, base)] = {
      unit: 's',
      direction: 'lower_is_better',
      description: `${stat} ${base.toUpperCase()}`,
    };
  }
}
const intvty: Record<string, MetricInfo> = {};
for (const stat of LATENCY_STATS) {
  intvty[`${stat}_intvty`] = {
    unit: 'tok/s/user',
    direction: 'higher_is_better',
    description: `${stat} interactivity (1/TPOT)`,
  };
}

export const METRICS: Record<string, MetricInfo> = {
  total_tput_tps: { unit: 'tok/s', direction: 'higher_is_better', description: 'total token throughput' },
  input_tput_tps: { unit: 'tok/s', direction: 'higher_is_better', description: 'input token throughput' },
  output_tput_tps: { unit: 'tok/s', direction: 'higher_is_better', description: 'output token throughput' },
  tput_per_gpu: { unit: 'tok/s/GPU', direction: 'higher_is_better', description: 'total throughput per GPU' },
  input_tput_per_gpu: {
    unit: 'tok/s/GPU',
    direction: 'higher_is_better',
    description: 'input throughput per prefill GPU',
  },
  output_tput_per_gpu: {
    unit: 'tok/s/GPU',
    direction: 'higher_is_better',
    description: 'output throughput per decode GPU',
  },
  request_throughput_rps: { unit: 'req/s', direction: 'higher_is_better', description: 'request throughput' },
  ...latency,
  ...intvty,
  theoretical_cache_hit_rate: { unit: 'fraction', direction: 'neutral', description: 'theoretical prefix hit rate' },
  server_gpu_cache_hit_rate: {
    unit: 'fraction',
    direction: 'higher_is_better',
    description: 'server GPU prefix-cache hit rate',
  },
  server_cpu_cache_hit_rate: {
    unit: 'fraction',
    direction: 'higher_is_better',
    description: 'server CPU/offload prefix-cache hit rate',
  },
  kv_offload_bytes_gpu_to_cpu: {
    unit: 'B',
    direction: 'neutral',
    description: 'KV bytes offloaded GPU→CPU over the run',
  },
  kv_offload_bytes_cpu_to_gpu: { unit: 'B', direction: 'neutral', description: 'KV bytes loaded CPU→GPU over the run' },
  kv_cache_usage_p95: { unit: 'fraction', direction: 'lower_is_better', description: 'GPU KV cache usage p95' },
  kv_cache_usage_max: { unit: 'fraction', direction: 'lower_is_better', description: 'GPU KV cache usage max' },
  cpu_kv_cache_usage_p95: { unit: 'fraction', direction: 'lower_is_better', description: 'CPU KV cache usage p95' },
  preemptions: { unit: 'count', direction: 'lower_is_better', description: 'preemptions over the run' },
  duration_seconds: { unit: 's', direction: 'neutral', description: 'measured duration' },
  total_input_tokens: { unit: 'tokens', direction: 'neutral', description: 'input tokens of successful requests' },
  total_output_tokens: { unit: 'tokens', direction: 'neutral', description: 'output tokens of successful requests' },
  gpus: { unit: 'count', direction: 'neutral', description: 'GPUs serving the cell' },
};
