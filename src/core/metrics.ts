/**
 * The metric catalogue: for every canonical metric its unit, direction, label, kind, default
 * noise band and formatter. Findings, report.md, the comment (tables and charts), compare and the
 * gates read it, so one metric is named and formatted one way in a document. Units are fixed
 * here: latency in seconds, throughput in tokens/s (requests/s for `_rps`), rates as fractions
 * 0–1, bytes for offload counters. Direction lives on the metric, not on the source.
 */
import {
  formatBytes,
  formatCount,
  formatMoney,
  formatPct,
  formatScore,
  formatSeconds,
  formatTokensPerSec,
} from './format.js';

export const LATENCY_BASES = ['ttft', 'tpot', 'itl', 'e2el'] as const;
export const LATENCY_STATS = ['mean', 'p50', 'p90', 'p95', 'p99'] as const;
export type LatencyBase = (typeof LATENCY_BASES)[number];
export type LatencyStat = (typeof LATENCY_STATS)[number];

/** `${stat}_${base}`, e.g. `p99_ttft` (seconds). */
export function latencyKey(stat: LatencyStat, base: LatencyBase): string {
  return `${stat}_${base}`;
}

export const DIRECTIONS = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export type MetricUnit =
  's' | 'tok/s' | 'tok/s/GPU' | 'tok/s/user' | 'req/s' | 'fraction' | 'B' | 'count' | 'tokens' | 'currency' | 'score';

/** What a metric measures; compare's comparison kinds (schema enum) are the first five. */
export type MetricCategory = 'completion' | 'throughput' | 'latency' | 'cost' | 'eval' | 'cache' | 'kv' | 'run';

/** Noise-band names of compare (values in NOISE_BAND_DEFAULTS; the config may override them). */
export type NoiseBand = 'latency' | 'throughput' | 'cost' | 'success_rate';

/**
 * Default noise bands, used when only aggregates exist. Relative fractions of the base value,
 * except success_rate (absolute, in rate units: 0.01 = one percentage point): latency ±8%
 * (the run-noise floor: a +10% shift on aggregates must not sit on the band), throughput ±5%,
 * cost ±5%, success rate 1 point; with one base run compare's run-noise floor (8%) applies on top
 * (docs/COMPARE.md).
 */
export const NOISE_BAND_DEFAULTS: Readonly<Record<NoiseBand, number>> = Object.freeze({
  latency: 0.08,
  throughput: 0.05,
  cost: 0.05,
  success_rate: 0.01,
});

export interface MetricInfo {
  unit: MetricUnit;
  direction: Direction;
  /** Human label, e.g. "p99 TTFT". */
  label: string;
  /** One phrase for documentation and tooltips. */
  description: string;
  kind: MetricCategory;
  /** Compare's noise band; null = informational only (not decided by a band). */
  band: NoiseBand | null;
}

/** One formatter per unit; `currency` is used by money only. */
export const UNIT_FORMATTERS: Readonly<Record<MetricUnit, (v: unknown, currency?: string) => string>> = {
  s: formatSeconds,
  'tok/s': formatTokensPerSec,
  'tok/s/GPU': formatTokensPerSec,
  'tok/s/user': formatTokensPerSec,
  'req/s': formatTokensPerSec,
  fraction: (v) => formatPct(v),
  B: formatBytes,
  count: formatCount,
  tokens: formatCount,
  currency: (v, currency) => formatMoney(v, currency),
  score: formatScore,
};

type Entry = [
  unit: MetricUnit,
  direction: Direction,
  label: string,
  kind: MetricCategory,
  band: NoiseBand | null,
  description?: string,
];

function entries(table: Record<string, Entry>): Record<string, MetricInfo> {
  const out: Record<string, MetricInfo> = {};
  for (const [name, [unit, direction, label, kind, band, description]] of Object.entries(table))
    out[name] = { unit, direction, label, description: description ?? label, kind, band };
  return out;
}

function latencyEntries(): Record<string, MetricInfo> {
  const out: Record<string, MetricInfo> = {};
  for (const base of LATENCY_BASES)
    for (const stat of LATENCY_STATS) {
      const label = `${stat} ${base.toUpperCase()}`;
      out[latencyKey(stat, base)] = {
        unit: 's',
        direction: 'lower_is_better',
        label,
        description: label,
        kind: 'latency',
        band: 'latency',
      };
    }
  for (const stat of LATENCY_STATS) {
    out[`${stat}_intvty`] = {
      unit: 'tok/s/user',
      direction: 'higher_is_better',
      label: `${stat} interactivity`,
      description: `${stat} interactivity (1/TPOT)`,
      kind: 'throughput',
      band: null,
    };
  }
  return out;
}

/** Per-cell metrics (`cell.metrics`), completion and cost fields compare reads, by name. */
export const METRICS: Readonly<Record<string, MetricInfo>> = Object.freeze({
  ...entries({
    total_tput_tps: ['tok/s', 'higher_is_better', 'Total throughput', 'throughput', null, 'total token throughput'],
    input_tput_tps: ['tok/s', 'higher_is_better', 'Input throughput', 'throughput', null, 'input token throughput'],
    output_tput_tps: ['tok/s', 'higher_is_better', 'Output throughput', 'throughput', null, 'output token throughput'],
    tput_per_gpu: ['tok/s/GPU', 'higher_is_better', 'Tput/GPU', 'throughput', 'throughput', 'total throughput per GPU'],
    input_tput_per_gpu: [
      'tok/s/GPU',
      'higher_is_better',
      'Input tput/GPU',
      'throughput',
      null,
      'input throughput per prefill GPU',
    ],
    output_tput_per_gpu: [
      'tok/s/GPU',
      'higher_is_better',
      'Output tput/GPU',
      'throughput',
      'throughput',
      'output throughput per decode GPU',
    ],
    request_throughput_rps: ['req/s', 'higher_is_better', 'Request throughput', 'throughput', null],
  }),
  ...latencyEntries(),
  ...entries({
    theoretical_cache_hit_rate: ['fraction', 'neutral', 'Theoretical prefix hit rate', 'cache', null],
    server_gpu_cache_hit_rate: [
      'fraction',
      'higher_is_better',
      'GPU prefix-cache hit rate',
      'cache',
      null,
      'server GPU prefix-cache hit rate',
    ],
    server_cpu_cache_hit_rate: [
      'fraction',
      'higher_is_better',
      'CPU prefix-cache hit rate',
      'cache',
      null,
      'server CPU/offload prefix-cache hit rate',
    ],
    kv_offload_bytes_gpu_to_cpu: [
      'B',
      'neutral',
      'KV offload GPU→CPU',
      'kv',
      null,
      'KV bytes offloaded GPU→CPU over the run',
    ],
    kv_offload_bytes_cpu_to_gpu: [
      'B',
      'neutral',
      'KV load CPU→GPU',
      'kv',
      null,
      'KV bytes loaded CPU→GPU over the run',
    ],
    kv_cache_usage_p95: ['fraction', 'lower_is_better', 'GPU KV cache usage p95', 'kv', null],
    kv_cache_usage_max: ['fraction', 'lower_is_better', 'GPU KV cache usage max', 'kv', null],
    cpu_kv_cache_usage_p95: ['fraction', 'lower_is_better', 'CPU KV cache usage p95', 'kv', null],
    preemptions: ['count', 'lower_is_better', 'Preemptions', 'kv', null, 'preemptions over the run'],
    duration_seconds: ['s', 'neutral', 'Duration', 'run', null, 'measured duration'],
    total_input_tokens: ['tokens', 'neutral', 'Input tokens', 'run', null, 'input tokens of successful requests'],
    total_output_tokens: ['tokens', 'neutral', 'Output tokens', 'run', null, 'output tokens of successful requests'],
    gpus: ['count', 'neutral', 'GPUs', 'run', null, 'GPUs serving the cell'],
    // Completion (cell.completion) and cost (cell.cost) fields compare reads.
    success_rate: [
      'fraction',
      'higher_is_better',
      'Success',
      'completion',
      'success_rate',
      'successful / total requests',
    ],
    completed_requests: ['count', 'neutral', 'Completed requests', 'completion', null],
    completed_sessions: ['count', 'neutral', 'Completed sessions', 'completion', null],
    compute_cost: ['currency', 'neutral', 'Compute cost', 'cost', null],
    cost_per_completed_request: ['currency', 'lower_is_better', 'Cost per request', 'cost', 'cost'],
    cost_per_completed_session: ['currency', 'lower_is_better', 'Cost per session', 'cost', 'cost'],
    cost_per_million_input_tokens: ['currency', 'lower_is_better', 'Cost per 1M input tokens', 'cost', 'cost'],
    cost_per_million_output_tokens: ['currency', 'lower_is_better', 'Cost per 1M output tokens', 'cost', 'cost'],
  }),
});

/** Eval scores (`eval_<task>_score`): higher is better, 3 decimals, decided by the standard error. */
export const EVAL_SCORE_RE = /^eval_(.+)_score$/;

/** `eval_<task>_score` metric names present in any of the cells, sorted. */
export function evalScoreNames(
  ...cells: readonly ({ metrics?: Readonly<Record<string, unknown>> } | null)[]
): string[] {
  const names = new Set<string>();
  for (const c of cells) for (const k of Object.keys(c?.metrics ?? {})) if (EVAL_SCORE_RE.test(k)) names.add(k);
  return [...names].sort();
}

/** The catalogue entry of `name` (eval scores included), or null for an unknown metric. */
export function metricInfo(name: string): MetricInfo | null {
  const known = METRICS[name];
  if (known) return known;
  const m = EVAL_SCORE_RE.exec(name);
  if (m) {
    const label = `${m[1] as string} score`;
    return { unit: 'score', direction: 'higher_is_better', label, description: label, kind: 'eval', band: null };
  }
  return null;
}

/** The metric's human label (its name when unknown). */
export function metricLabel(name: string): string {
  return metricInfo(name)?.label ?? name;
}

/** Formats a value of `name` the one way it is shown everywhere (unknown metrics as counts). */
export function formatMetric(name: string, value: unknown, currency = 'USD'): string {
  const info = metricInfo(name);
  return UNIT_FORMATTERS[info?.unit ?? 'count'](value, currency);
}
