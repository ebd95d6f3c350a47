/**
 * A matrix merged into one report (several deployments: a workflow's matrix jobs, one merge job).
 * Noise levels differ tenfold between deployments and each deployment runs on its own nodes, so
 * the deployment factor, the law fitted to the cells' own runs, the run effects, the sweep test
 * and the family tests' node reference are per deployment (run-level.ts `Item.unit`,
 * cells/identity.ts `deploymentKey`), never pooled across deployments whose noise differs.
 */
import { describe, expect, it } from 'vitest';
import { deploymentKey, familyKey } from '../../../src/core/cells/identity.js';
import { compareReports, type ReportDiff } from '../../../src/core/compare/index.js';
import type { Cell, Report } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

/** A small seeded generator (mulberry32) and a normal deviate: the test's noise is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const gauss = (r: () => number): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

const CONCS = [16, 32, 64];

/** A deployment: its hardware, its workloads (isl), and the run-to-run σ of ln value of every cell. */
interface Deployment {
  hardware: string;
  isls: number[];
  sigma: number;
}

/** One run of the matrix: every deployment's cells, each metric at its truth × exp(σ·ε). */
function run(r: () => number, deployments: readonly Deployment[]): Report {
  const cells: Cell[] = [];
  for (const d of deployments)
    for (const isl of d.isls)
      for (const c of CONCS) {
        const e = (): number => Math.exp(d.sigma * gauss(r));
        cells.push(
          makeCell({
            cell_id: `${d.hardware}_isl${isl}_c${c}`,
            hardware: d.hardware,
            isl,
            concurrency: c,
            metrics: {
              tput_per_gpu: (400 + 5 * c) * e(),
              p50_ttft: (0.1 + 0.001 * c) * (isl / 1024) * e(),
              p50_tpot: 0.02 * (1 + c / 64) * e(),
            },
          }),
        );
      }
  return makeReport(cells);
}

function verdicts(d: ReportDiff, hardware: string): string[] {
  return d.verdict.comparisons
    .filter((c) => (c.outcome === 'regressed' || c.outcome === 'improved') && (c.cell_id ?? '').startsWith(hardware))
    .map((c) => `${c.cell_id} ${c.metric} ${c.outcome} ${c.reason}`);
}

describe('deploymentKey', () => {
  const cell = (over: Parameters<typeof makeCell>[0]): Cell => makeCell(over);
  const key = (c: Cell): string => deploymentKey(c, c.topology ?? {});

  it('is the identity without load point and workload: concurrency, isl/osl, request rate and bench settings', () => {
    const a = cell({ concurrency: 4, isl: 1024, osl: 1024 });
    const b = cell({ concurrency: 64, isl: 8192, osl: 1024, topology: { request_rate: 2, bench_config: 'n=500' } });
    expect(key(a)).toBe(key(b));
    // and the family key (identity without concurrency) still tells the workloads apart
    expect(familyKey(a, a.topology ?? {})).not.toBe(familyKey(b, b.topology ?? {}));
  });

  it('tells deployments apart by hardware, model, engine, precision and parallelism', () => {
    const a = cell({ concurrency: 4 });
    for (const over of [
      { hardware: 'mi355x' },
      { model: 'org/other' },
      { framework: 'sglang' },
      { precision: 'fp4' },
      { topology: { tp: 4 } },
    ])
      expect(key(cell({ concurrency: 4, ...over }))).not.toBe(key(a));
  });
});

describe('a matrix of deployments whose noise differs tenfold, five base runs (A/A)', () => {
  // One noisy deployment (σ 6%: 6 cells) beside a quiet one (σ 0.3%: 12 cells). Pooled, the law
  // fitted to the 18 cells' own runs is the quiet majority's, and the noisy cells' ordinary head
  // runs stand out of it; per deployment each keeps its own.
  const matrix: Deployment[] = [
    { hardware: 'mi355x', isls: [1024, 8192], sigma: 0.06 },
    { hardware: 'h200', isls: [1024, 2048, 4096, 8192], sigma: 0.003 },
  ];

  it('the noisy deployment gives no verdict in any of 30 seeded A/A compares', () => {
    const flagged: string[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const r = rng(seed);
      const bases = Array.from({ length: 5 }, () => run(r, matrix));
      const d = compareReports(bases, run(r, matrix));
      flagged.push(...verdicts(d, 'mi355x').map((v) => `seed ${seed}: ${v}`));
    }
    expect(flagged).toEqual([]);
  });

  it('a −8% throughput in one cell of the quiet deployment is still a REGRESSION there', () => {
    const r = rng(99);
    const bases = Array.from({ length: 5 }, () => run(r, matrix));
    const head = run(r, matrix);
    const cell = head.cells.find((c) => c.cell_id === 'h200_isl2048_c32') as Cell;
    cell.metrics.tput_per_gpu = (cell.metrics.tput_per_gpu as number) * 0.92;
    const d = compareReports(bases, head);
    expect(verdicts(d, 'h200')).toContain('h200_isl2048_c32 tput_per_gpu regressed beyond_cell_noise');
    expect(verdicts(d, 'mi355x')).toEqual([]);
  });
});
