/**
 * The metrics compare looks at, in their fixed output order (docs/COMPARE.md "Metrics").
 * Eval scores (`eval_<task>_score`) follow, sorted by name.
 */
import { TAIL_STATS } from '../curve/tail.js';
import { METRICS, type Direction, type NoiseBand } from '../metrics.js';
import type { Cell, CellSamples } from '../types.js';
import type { SampleStat } from './stats.js';
import type { MetricKind } from './types.js';

export interface MetricDef {
  metric: string;
  kind: MetricKind;
  unit: string;
  direction: Direction;
  /** Noise-band key (`latency`, `throughput`, `cost`, `success_rate`); null = informational only. */
  band: NoiseBand | null;
  get: (c: Cell) => number | null;
  /** Per-request samples behind the metric, when the cell has them. */
  sample?: { key: keyof CellSamples; stat: SampleStat };
  /**
   * Compared only when none of these metrics (listed earlier in COMPARE_METRICS) has values on both sides (whole-run tok/s when a
   * source writes no per-GPU throughput, e.g. the native bench's output_tput_tps).
   */
  fallbackFor?: readonly string[];
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function metric(name: string): (c: Cell) => number | null {
  return (c) => finite(c.metrics?.[name]);
}

function cost(field: string): (c: Cell) => number | null {
  return (c) => finite(c.cost?.[field]);
}

/** A compared metric: unit, direction, kind and band from the catalogue (src/core/metrics.ts). */
function def(name: string, get: (c: Cell) => number | null, sample?: MetricDef['sample']): MetricDef {
  const info = METRICS[name];
  if (!info) throw new Error(`compare metric '${name}' is not in the metric catalogue`);
  return {
    metric: name,
    kind: info.kind as MetricKind,
    unit: info.unit,
    direction: info.direction,
    band: info.band,
    get,
    ...(sample ? { sample } : {}),
  };
}

const LATENCY: { base: 'ttft' | 'tpot' | 'itl' | 'e2el'; key: keyof CellSamples }[] = [
  { base: 'ttft', key: 'ttft_s' },
  { base: 'tpot', key: 'tpot_s' },
  { base: 'itl', key: 'itl_s' },
  { base: 'e2el', key: 'e2el_s' },
];

function latencyDefs(): MetricDef[] {
  return LATENCY.flatMap(({ base, key }) => [
    ...[50, 99].map((p) => def(`p${p}_${base}`, metric(`p${p}_${base}`), { key, stat: { kind: 'percentile', p } })),
    // The tail statistic (core/curve/tail.ts: p99, else p95, else p90): a pair without p99
    // (AgentX aggregates carry p95, not p99) is compared on the next one, never beside a p99.
    ...TAIL_STATS.slice(1).map((stat, i) => ({
      ...def(`${stat}_${base}`, metric(`${stat}_${base}`)),
      fallbackFor: TAIL_STATS.slice(0, i + 1).map((s) => `${s}_${base}`),
    })),
  ]);
}

export const COMPARE_METRICS: readonly MetricDef[] = [
  def('success_rate', (c) => finite(c.completion?.success_rate)),
  def('completed_requests', (c) => finite(c.completion?.num_requests_successful)),
  def('completed_sessions', (c) => finite(c.completion?.sessions_completed)),
  def('tput_per_gpu', metric('tput_per_gpu')),
  def('output_tput_per_gpu', metric('output_tput_per_gpu')),
  // Whole-run tok/s only when the pair has no per-GPU throughput (the native bench writes
  // output_tput_tps only): never a second test of the same throughput.
  {
    ...def('total_tput_tps', metric('total_tput_tps')),
    band: 'throughput',
    fallbackFor: ['tput_per_gpu', 'output_tput_per_gpu'],
  },
  {
    ...def('output_tput_tps', metric('output_tput_tps')),
    band: 'throughput',
    fallbackFor: ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps'],
  },
  ...latencyDefs(),
  ...[
    'compute_cost',
    'cost_per_completed_request',
    'cost_per_completed_session',
    'cost_per_million_input_tokens',
    'cost_per_million_output_tokens',
  ].map((name) => def(name, cost(name))),
];

export { evalScoreNames } from '../metrics.js';
