import { describe, expect, it } from 'vitest';
import { kvOffloadThrash } from '../../../src/core/findings/kv-offload-thrash.js';
import { kvPressure } from '../../../src/core/findings/kv-pressure.js';
import type { Metrics } from '../../../src/core/types.js';
import { makeCell, makeContext, makeSweep } from '../../helpers/cells.js';

/**
 * AgentX trace-replay fixture (H200 vllm tp8, offloading cpu), from the files: p99 TTFT and
 * output tok/s from the bmk_agentic aggregates; KV usage p95/max, preemptions and offload bytes
 * from metrics_server_metrics.csv (p95 by linear interpolation of kv_cache_usage_pct / 100; counters
 * last − first row).
 */
const AGENTX = [
  {
    conc: 8,
    metrics: {
      p99_ttft: 1.4967904471800237,
      output_tput_tps: 256.10954361981186,
      total_tput_tps: 40081.64613898834,
      kv_cache_usage_p95: 0.55386,
      kv_cache_usage_max: 0.5715,
      preemptions: 0,
      kv_offload_bytes_gpu_to_cpu: 44886747520,
      kv_offload_bytes_cpu_to_gpu: 46658455920,
    },
  },
  {
    conc: 16,
    metrics: {
      p99_ttft: 2.286987114014184,
      output_tput_tps: 418.8897885508333,
      total_tput_tps: 73361.95276451475,
      kv_cache_usage_p95: 0.83225,
      kv_cache_usage_max: 0.8689,
      preemptions: 0,
      kv_offload_bytes_gpu_to_cpu: 93543922608,
      kv_offload_bytes_cpu_to_gpu: 176233745312,
    },
  },
  {
    conc: 32,
    metrics: {
      p99_ttft: 3.5395692851859213,
      output_tput_tps: 617.8873490578004,
      total_tput_tps: 85566.85627106635,
      kv_cache_usage_p95: 0.96634,
      kv_cache_usage_max: 0.9862,
      preemptions: 14,
      kv_offload_bytes_gpu_to_cpu: 171423822112,
      kv_offload_bytes_cpu_to_gpu: 454463952896,
    },
  },
];
const agentx = () =>
  makeSweep(
    AGENTX,
    { scenario_type: 'agentic-coding', isl: null, osl: null, source_format: 'agentx-trace-replay' },
    'agentx',
  );

describe('kv_pressure', () => {
  it('fires on the AgentX c32 cell only (p95 96.6% ≥ 95% and 14 preemptions)', () => {
    const f = kvPressure.evaluate(makeContext(agentx()));
    expect(f).toHaveLength(1);
    expect(f[0]?.cell_id).toBe('agentx/conc32');
    expect(f[0]?.evidence.conditions).toEqual(['gpu_kv_usage_p95', 'preemptions']);
    expect(f[0]?.evidence.threshold).toBe(0.95);
  });

  it.each([
    { name: 'usage p95 0.95 fires', metrics: { kv_cache_usage_p95: 0.95 }, fires: ['gpu_kv_usage_p95'] },
    { name: 'usage p95 0.949 near-miss', metrics: { kv_cache_usage_p95: 0.949 }, fires: null },
    { name: 'one preemption fires', metrics: { preemptions: 1 }, fires: ['preemptions'] },
    { name: 'zero preemptions near-miss', metrics: { preemptions: 0 }, fires: null },
    { name: 'CPU usage 0.90 fires', metrics: { cpu_kv_cache_usage_p95: 0.9 }, fires: ['cpu_kv_usage_p95'] },
    { name: 'CPU usage 0.89 near-miss', metrics: { cpu_kv_cache_usage_p95: 0.89 }, fires: null },
    { name: 'max alone is not p95', metrics: { kv_cache_usage_max: 0.99 }, fires: null },
  ])('$name', ({ metrics, fires }) => {
    const f = kvPressure.evaluate(makeContext([makeCell({ metrics: metrics as unknown as Metrics })]));
    if (fires === null) expect(f).toEqual([]);
    else expect(f[0]?.evidence.conditions).toEqual(fires);
  });
});

describe('kv_offload_thrash', () => {
  it('does not fire on the AgentX fixture: offload and TTFT grow, but output tok/s still gains +64% and +48%', () => {
    expect(kvOffloadThrash.evaluate(makeContext(agentx()))).toEqual([]);
  });

  const thrash = (ttft2: number, out2: number, g2: number, c2: number) =>
    makeSweep([
      {
        conc: 8,
        metrics: {
          p99_ttft: 1,
          output_tput_tps: 500,
          kv_offload_bytes_gpu_to_cpu: 1e9,
          kv_offload_bytes_cpu_to_gpu: 1e9,
        },
      },
      {
        conc: 16,
        metrics: {
          p99_ttft: ttft2,
          output_tput_tps: out2,
          kv_offload_bytes_gpu_to_cpu: g2,
          kv_offload_bytes_cpu_to_gpu: c2,
        },
      },
    ]);

  it.each([
    // TTFT +20% (≥ 0.20), output +9% (< 10%), both directions grow: fires
    { name: 'fires', args: [1.2, 545, 2e9, 3e9], fires: true },
    { name: 'TTFT +19% near-miss', args: [1.19, 500, 2e9, 3e9], fires: false },
    { name: 'throughput +10% near-miss', args: [2, 550, 2e9, 3e9], fires: false },
    { name: 'CPU→GPU flat near-miss', args: [2, 500, 2e9, 1e9], fires: false },
  ])('$name', ({ args, fires }) => {
    const [t, o, g, c] = args as [number, number, number, number];
    const f = kvOffloadThrash.evaluate(makeContext(thrash(t, o, g, c)));
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) {
      expect(f[0]?.cell_id).toBe('sweep/conc16');
      expect(f[0]?.evidence.p99_ttft_worsening).toBeCloseTo(0.2, 9);
      expect(f[0]?.evidence.throughput_gain).toBeCloseTo(0.09, 9);
    }
  });

  it('needs bytes > 0 at the lower point', () => {
    const cells = thrash(2, 500, 2e9, 3e9);
    (cells[0] as { metrics: Record<string, number> }).metrics.kv_offload_bytes_cpu_to_gpu = 0;
    expect(kvOffloadThrash.evaluate(makeContext(cells))).toEqual([]);
  });
});
