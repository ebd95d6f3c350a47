/**
 * `npm run bench:verdicts`: how often compare cries wolf, and how often it catches a real shift.
 *
 * A/A: base and head drawn from the same distributions (fixed seeds); the false-alarm rate is
 * flagged (cell, metric) comparisons / all verdict-bearing (cell, metric) comparisons.
 * Detection: the head's TTFT samples multiplied by 1.10 (so p99 TTFT moves +10%); the detection
 * rate is the share of trials whose p99_ttft comparison is `regressed`.
 *
 * Model (stated, so the numbers can be judged): per-request latencies lognormal, TTFT median
 * 0.5 s, TPOT 20 ms, ITL 20 ms, E2EL 20 s, log-sd SIGMA (0.2 unless a row says otherwise);
 * aggregate throughput/GPU with 1% run-to-run noise (normal), success rate 1.
 */
import { compareReports, type CompareOptions, type ReportDiff } from '../src/core/compare/index.js';
import { mulberry32 } from '../src/core/compare/stats.js';
import { percentileSorted } from '../src/core/stats.js';
import type { Cell, SampleSketch } from '../src/core/types.js';
import { lognormalSketch, makeCell, makeReport, normal } from '../test/helpers/reports.js';

export interface BenchSetup {
  cells: number;
  samples: number;
  sigma: number;
  /** Multiplier applied to the head's TTFT samples (1 = A/A). */
  ttftScale: number;
  trials: number;
  seed: number;
  /** Only TTFT samples per cell (one test per cell) instead of TTFT, TPOT, ITL and E2EL. */
  ttftOnly?: boolean;
  options?: CompareOptions;
}

const CONCURRENCIES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

/** p50/p99 metrics from the sketches, as an adapter computes them from per-request data. */
function latencyMetrics(samples: Record<string, SampleSketch>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, s] of Object.entries(samples)) {
    const base = key.replace(/_s$/, '');
    out[`p50_${base}`] = percentileSorted(s.values, 50) as number;
    out[`p99_${base}`] = percentileSorted(s.values, 99) as number;
  }
  return out;
}

function side(random: () => number, setup: BenchSetup, ttftScale: number): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < setup.cells; i++) {
    const concurrency = CONCURRENCIES[i % CONCURRENCIES.length] as number;
    const samples: Record<string, SampleSketch> = {
      ttft_s: lognormalSketch(random, setup.samples, 0.5, setup.sigma, ttftScale),
    };
    if (!setup.ttftOnly) {
      samples.tpot_s = lognormalSketch(random, setup.samples, 0.02, setup.sigma);
      samples.itl_s = lognormalSketch(random, setup.samples, 0.02, setup.sigma);
      samples.e2el_s = lognormalSketch(random, setup.samples, 20, setup.sigma);
    }
    out.push(
      makeCell({
        cell_id: `c${i}`,
        concurrency,
        model: `org/model-${Math.floor(i / CONCURRENCIES.length)}`,
        metrics: { tput_per_gpu: 1000 * (1 + 0.01 * normal(random)), ...latencyMetrics(samples) },
        samples,
      }),
    );
  }
  return out;
}

function diffOnce(random: () => number, setup: BenchSetup): ReportDiff {
  const base = makeReport(side(random, setup, 1));
  const head = makeReport(side(random, setup, setup.ttftScale));
  return compareReports(base, head, setup.options);
}

/** A/A false-alarm rate per cell-metric (max over metrics, and overall). */
export function falseAlarmRate(setup: BenchSetup): {
  overall: number;
  worstMetric: string;
  worst: number;
  perMetric: Record<string, number>;
} {
  const random = mulberry32(setup.seed);
  const flagged = new Map<string, number>();
  const total = new Map<string, number>();
  for (let t = 0; t < setup.trials; t++) {
    const d = diffOnce(random, { ...setup, ttftScale: 1 });
    for (const c of d.cells) {
      for (const m of c.verdict?.comparisons ?? []) {
        if (m.method === 'informational') continue;
        total.set(m.metric, (total.get(m.metric) ?? 0) + 1);
        if (m.outcome === 'regressed' || m.outcome === 'improved')
          flagged.set(m.metric, (flagged.get(m.metric) ?? 0) + 1);
      }
    }
  }
  const perMetric: Record<string, number> = {};
  let worst = 0;
  let worstMetric = '';
  let f = 0;
  let n = 0;
  for (const k of [...total.keys()].sort()) {
    const rate = (flagged.get(k) ?? 0) / (total.get(k) as number);
    perMetric[k] = rate;
    f += flagged.get(k) ?? 0;
    n += total.get(k) as number;
    if (rate > worst) [worst, worstMetric] = [rate, k];
  }
  return { overall: n > 0 ? f / n : 0, worstMetric, worst, perMetric };
}

/** Share of trials where a shifted cell's p99_ttft is `regressed` (every cell is shifted). */
export function detectionRate(setup: BenchSetup): number {
  const random = mulberry32(setup.seed);
  let hit = 0;
  let all = 0;
  for (let t = 0; t < setup.trials; t++) {
    const d = diffOnce(random, setup);
    for (const c of d.cells) {
      const m = c.verdict?.comparisons.find((x) => x.metric === 'p99_ttft');
      all++;
      if (m?.outcome === 'regressed') hit++;
    }
  }
  return all > 0 ? hit / all : 0;
}

function label(s: { cells: number; samples: number; sigma: number; trials: number; ttftOnly?: boolean }): string {
  const dists = s.ttftOnly ? 'TTFT only' : '4 latency series';
  return `${String(s.cells).padStart(3)} cell(s) × ${String(s.trials).padStart(4)} trials, n=${s.samples}/side, σ=${s.sigma}, ${dists}`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

function main(): void {
  const lines: string[] = ['inferguard compare: verdict statistics (fixed seeds)', ''];
  lines.push('A/A false-alarm rate per cell-metric (target ≤ 1%):');
  for (const s of [
    { cells: 1, samples: 200, sigma: 0.2, trials: 3000, ttftOnly: true },
    { cells: 1, samples: 200, sigma: 0.2, trials: 2000 },
    { cells: 10, samples: 200, sigma: 0.2, trials: 300 },
    { cells: 10, samples: 1000, sigma: 0.5, trials: 200 },
    { cells: 100, samples: 200, sigma: 0.2, trials: 30 },
  ]) {
    const r = falseAlarmRate({ ...s, ttftScale: 1, seed: 42 });
    lines.push(`  ${label(s)}: overall ${pct(r.overall)}, worst metric ${r.worstMetric || '-'} ${pct(r.worst)}`);
  }
  lines.push('', 'Detection of a +10% TTFT shift (p99 TTFT +10%) as p99_ttft regressed (target ≥ 95% at n ≥ 200):');
  for (const s of [
    { cells: 1, samples: 200, sigma: 0.15, trials: 1000 },
    { cells: 1, samples: 200, sigma: 0.2, trials: 1000, ttftOnly: true },
    { cells: 1, samples: 200, sigma: 0.2, trials: 1000 },
    { cells: 10, samples: 200, sigma: 0.2, trials: 100 },
    { cells: 1, samples: 400, sigma: 0.2, trials: 500 },
    { cells: 1, samples: 200, sigma: 0.3, trials: 500 },
    { cells: 1, samples: 1000, sigma: 0.3, trials: 300 },
    { cells: 1, samples: 200, sigma: 0.5, trials: 500 },
    { cells: 1, samples: 1000, sigma: 0.5, trials: 300 },
  ]) {
    const r = detectionRate({ ...s, ttftScale: 1.1, seed: 7 });
    lines.push(`  ${label(s)}: ${pct(r)}`);
  }
  lines.push(
    '',
    'Defaults: α (FDR) 0.01, min effect 5%. Rows with σ above 0.2 show the honest limit: a wider latency spread needs more samples.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && /bench-verdicts\.ts$/.test(process.argv[1])) main();
