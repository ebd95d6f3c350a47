/**
 * The shared fragment builder (src/sources/lib/fragment.ts) on the inputs the native, AgentX and
 * InferenceX adapters hand it: per-request columns, counts read from another file of the run,
 * sessions, and files that state their whole configuration (no path reading).
 */
import { describe, expect, it } from 'vitest';
import { SampleColumn } from '../../src/core/stats.js';
import { buildFragment, type FragmentInput } from '../../src/sources/lib/fragment.js';

function column(values: number[], exactLimit?: number) {
  const c = new SampleColumn(exactLimit);
  for (const v of values) c.push(v);
  return c.finish();
}

const base = (over: Partial<FragmentInput>): FragmentInput => ({
  format: 'inferguard-bench-native',
  variant: null,
  file: 'runs/tp8_conc64_isl_1024_osl_128/summary.json',
  dir: 'runs/tp8_conc64_isl_1024_osl_128',
  identity: {},
  metrics: {},
  artifacts: { aggregate: 'runs/tp8_conc64_isl_1024_osl_128/summary.json' },
  ...over,
});

describe('buildFragment: per-request columns', () => {
  it('writes every ladder statistic, the count and the sketch of each non-empty column', () => {
    // Ten TTFTs 0.1 … 1.0 s: mean 0.55; the one percentile definition of src/core/stats.ts.
    const ttft = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => x / 10));
    const frag = buildFragment(
      base({ metrics: { p50_ttft: 99 }, perRequest: { columns: { ttft, e2el: column([]) } } }),
    );
    expect(frag.metrics.mean_ttft).toBeCloseTo(0.55, 12);
    expect(frag.metrics.p50_ttft).toBe(ttft.summary.p50);
    expect(frag.metrics.p50_ttft).not.toBe(99);
    expect(frag.metrics.p99_ttft).toBe(ttft.summary.p99);
    expect(frag.metrics.ttft_n).toBe(10);
    expect(frag.samples).toEqual({ ttft_s: ttft.sketch });
    // The empty E2EL column writes nothing.
    expect(Object.keys(frag.metrics).some((k) => k.endsWith('_e2el') || k === 'e2el_n')).toBe(false);
    expect(frag.metrics.percentiles_relative_error).toBeUndefined();
  });

  it('writes only the asked statistics over the file ladders, and says when a ladder is a sketch', () => {
    const itl = column([0.01, 0.02, 0.03, 0.04, 0.05], 2);
    expect(itl.exact).toBe(false);
    const frag = buildFragment(
      base({ metrics: { p50_itl: 0.5, p99_itl: 0.9 }, perRequest: { columns: { itl }, stats: ['p99'] } }),
    );
    expect(frag.metrics.p50_itl).toBe(0.5);
    expect(frag.metrics.p99_itl).toBe(itl.summary.p99);
    expect(frag.metrics.itl_n).toBe(5);
    expect(typeof frag.metrics.percentiles_relative_error).toBe('number');
  });

  it('replace: the file latency ladders and interactivity go before the columns are written', () => {
    const frag = buildFragment(
      base({
        metrics: { p95_tpot: 0.2, mean_intvty: 5, total_tput_tps: 100 },
        perRequest: { columns: { ttft: column([0.3]) }, replace: true },
      }),
    );
    expect(frag.metrics).toEqual({
      mean_ttft: 0.3,
      p50_ttft: 0.3,
      p90_ttft: 0.3,
      p95_ttft: 0.3,
      p99_ttft: 0.3,
      total_tput_tps: 100,
      ttft_n: 1,
    });
  });
});

describe('buildFragment: counts and path', () => {
  it('counts name the file they came from and carry sessions', () => {
    const frag = buildFragment(
      base({
        counts: {
          total: 10,
          successful: 9,
          basis: 'b',
          sessions_total: 4,
          sessions_completed: 3,
          source: 'runs/x/raw.json',
        },
      }),
    );
    expect(frag.counts).toEqual({
      total: 10,
      successful: 9,
      sessions_total: 4,
      sessions_completed: 3,
      source: 'runs/x/raw.json',
      basis: 'b',
    });
    const own = buildFragment(base({ counts: { total: 10, successful: null, basis: null } }));
    expect(own.counts.source).toBe('runs/tp8_conc64_isl_1024_osl_128/summary.json');
    const none = buildFragment(base({ counts: { total: null, successful: null, basis: 'b' } }));
    expect(none.counts.source).toBeNull();
  });

  it('reads the path by default, and nothing from it with readPath false (GPUs from the topology)', () => {
    const read = buildFragment(base({}));
    expect([read.identity.isl, read.identity.osl, read.identity.concurrency]).toEqual([1024, 128, 64]);
    expect(read.topology).toMatchObject({ tp: 8, gpus: 8, spec_decoding: null });

    const whole = buildFragment(base({ readPath: false, topology: { tp: 4, pp: 2 } }));
    expect([whole.identity.isl, whole.identity.osl, whole.identity.concurrency]).toEqual([null, null, null]);
    expect(whole.topology).toEqual({ gpus: 8, pp: 2, tp: 4 });
  });

  it('a run without one success keeps no latency, whatever fed it', () => {
    const frag = buildFragment(
      base({
        metrics: { p50_e2el: 0, output_tput_tps: 0 },
        perRequest: { columns: { ttft: column([0]) } },
        counts: { total: 5, successful: 0, basis: null },
      }),
    );
    expect(frag.metrics).toEqual({ output_tput_tps: 0, ttft_n: 1 });
  });
});
