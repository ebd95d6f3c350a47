/**
 * The metrics compare looks at, in their fixed output order (docs/COMPARE.md "Metrics").
 * Eval scores (`eval_<task>_score`) follow, sorted by name.
 */
import { METRICS, type Direction } from '../metrics.js';
import type { Cell, CellSamples } from '../types.js';
import type { SampleStat } from './stats.js';
import type { MetricKind } from './types.js';

export interface MetricDef {
  metric: string;
  kind: MetricKind;
  unit: string;
  direction: Direction;
  /** Noise-band key (`latency`, `throughput`, `cost`, `success_rate`); null = informational only. */
  band: string | null;
  get: (c: Cell) => number | null;
  /** Per-request samples behind the metric, when the cell has them. */
  sample?: { key: keyof CellSamples; stat: SampleStat };
  /**
   * Compared only when none of these metrics has values on both sides (whole-run tok/s when a
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

const LATENCY: { base: 'ttft' | 'tpot' | 'itl' | 'e2el'; key: keyof CellSamples }[] = [
  { base: 'ttft', key: 'ttft_s' },
  { base: 'tpot', key: 'tpot_s' },
  { base: 'itl', key: 'itl_s' },
  { base: 'e2el', key: 'e2el_s' },
];

function latencyDefs(): MetricDef[] {
  const out: MetricDef[] = [];
  for (const { base, key } of LATENCY) {
    for (const p of [50, 99]) {
      const name = `p${p}_${base}`;
      out.push({
        metric: name,
        kind: 'latency',
        unit: 's',
        direction: METRICS[name]?.direction ?? 'lower_is_better',
        band: 'latency',
        get: metric(name),
        sample: { key, stat: { kind: 'percentile', p } },
      });
    }
  }
  return out;
}

export const COMPARE_METRICS: readonly MetricDef[] = [
  {
    metric: 'success_rate',
    kind: 'completion',
    unit: 'fraction',
    direction: 'higher_is_better',
    band: 'success_rate',
    get: (c) => finite(c.completion?.success_rate),
  },
  {
    metric: 'completed_requests',
    kind: 'completion',
    unit: 'count',
    direction: 'neutral',
    band: null,
    get: (c) => finite(c.completion?.num_requests_successful),
  },
  {
    metric: 'completed_sessions',
    kind: 'completion',
    unit: 'count',
    direction: 'neutral',
    band: null,
    get: (c) => finite(c.completion?.sessions_completed),
  },
  {
    metric: 'tput_per_gpu',
    kind: 'throughput',
    unit: 'tok/s/GPU',
    direction: 'higher_is_better',
    band: 'throughput',
    get: metric('tput_per_gpu'),
  },
  {
    metric: 'output_tput_per_gpu',
    kind: 'throughput',
    unit: 'tok/s/GPU',
    direction: 'higher_is_better',
    band: 'throughput',
    get: metric('output_tput_per_gpu'),
  },
  {
    metric: 'total_tput_tps',
    kind: 'throughput',
    unit: 'tok/s',
    direction: 'higher_is_better',
    band: 'throughput',
    get: metric('total_tput_tps'),
    fallbackFor: ['tput_per_gpu', 'output_tput_per_gpu'],
  },
  {
    metric: 'output_tput_tps',
    kind: 'throughput',
    unit: 'tok/s',
    direction: 'higher_is_better',
    band: 'throughput',
    get: metric('output_tput_tps'),
    fallbackFor: ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps'],
  },
  ...latencyDefs(),
  {
    metric: 'compute_cost',
    kind: 'cost',
    unit: 'currency',
    direction: 'neutral',
    band: null,
    get: cost('compute_cost'),
  },
  {
    metric: 'cost_per_completed_request',
    kind: 'cost',
    unit: 'currency',
    direction: 'lower_is_better',
    band: 'cost',
    get: cost('cost_per_completed_request'),
  },
  {
    metric: 'cost_per_completed_session',
    kind: 'cost',
    unit: 'currency',
    direction: 'lower_is_better',
    band: 'cost',
    get: cost('cost_per_completed_session'),
  },
  {
    metric: 'cost_per_million_input_tokens',
    kind: 'cost',
    unit: 'currency',
    direction: 'lower_is_better',
    band: 'cost',
    get: cost('cost_per_million_input_tokens'),
  },
  {
    metric: 'cost_per_million_output_tokens',
    kind: 'cost',
    unit: 'currency',
    direction: 'lower_is_better',
    band: 'cost',
    get: cost('cost_per_million_output_tokens'),
  },
];

/** `eval_<task>_score` metric names present in either cell, sorted. */
export function evalScoreNames(a: Cell | null, b: Cell | null): string[] {
  const names = new Set<string>();
  for (const c of [a, b]) {
    if (!c) continue;
    for (const k of Object.keys(c.metrics ?? {})) if (k.startsWith('eval_') && /^eval_.+_score$/.test(k)) names.add(k);
  }
  return [...names].sort();
}
