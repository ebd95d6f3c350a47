/** Curve-level verdicts: knee, SLO goodput, Pareto frontier, behaviour findings new / resolved. */
import { describe, expect, it } from 'vitest';
import { compareReports, paretoFrontier } from '../../../src/core/compare/index.js';
import type { Cell } from '../../../src/core/types.js';
import { renderComment } from '../../../src/render/comment.js';
import { validateContract } from '../../../src/schemas/validate.js';
import { makeCell, makeFinding, makeReport } from '../../helpers/reports.js';

const CONC = [1, 4, 16, 32, 64];

/** A family: p99 TTFT jumps 10× after `kneeAt`; throughput/GPU and 1/TPOT per point. */
function family(kneeAt: number, tput: number[], tpot: number[], findingAt: number | null = null): Cell[] {
  return CONC.map((c, i) => {
    const cell = makeCell({
      concurrency: c,
      metrics: {
        p99_ttft: c > kneeAt ? 5 : 0.5 + 0.01 * i,
        p50_ttft: c > kneeAt ? 2.5 : 0.25,
        tput_per_gpu: tput[i] as number,
        p50_tpot: tpot[i] as number,
        p99_tpot: (tpot[i] as number) * 2,
      },
    });
    if (findingAt === c)
      cell.findings = [makeFinding('kv_pressure', 'warning', cell.cell_id, 'KV cache usage p95 97%')];
    return cell;
  });
}

describe('paretoFrontier', () => {
  it('keeps the points no other point beats on both interactivity and throughput', () => {
    const f = paretoFrontier([
      { cell_id: 'a', concurrency: 1, interactivity: 100, tput_per_gpu: 10 },
      { cell_id: 'b', concurrency: 2, interactivity: 80, tput_per_gpu: 5 },
      { cell_id: 'c', concurrency: 4, interactivity: 50, tput_per_gpu: 30 },
      { cell_id: 'd', concurrency: 8, interactivity: 20, tput_per_gpu: 60 },
    ]);
    expect(f.map((p) => p.cell_id)).toEqual(['d', 'c', 'a']);
  });
});

describe('curve verdicts base vs head', () => {
  // A TTFT cliff needs a throughput gain below ttft_cliff_max_tput_gain: flat after the knee.
  const tput = [100, 300, 700, 1000, 1020];
  const tpot = [0.01, 0.0125, 0.02, 0.025, 0.04]; // 100, 80, 50, 40, 25 tok/s/user

  it('names the knee move, the frontier drop at an interactivity level, and new / resolved behaviour', () => {
    const base = makeReport(family(32, tput, tpot, 16));
    const head = makeReport(family(16, [100, 300, 700, 720, 1020], tpot, 64));
    const d = compareReports(base, head);
    expect(validateContract('inferguard-report-diff/v1', d).ok).toBe(true);
    const c = d.curves?.[0];
    expect(c).toBeTruthy();
    expect(c?.base.knee_concurrency).toBe(32);
    expect(c?.head.knee_concurrency).toBe(16);
    expect(c?.changes).toContain('knee c32 → c16');
    expect(c?.frontier_change?.at_interactivity).toBeCloseTo(40, 9);
    expect(c?.frontier_change?.relative_change).toBeCloseTo(-0.28, 9);
    expect(c?.changes).toContain('at ≥ 40.0 tok/s/user the best throughput per GPU fell 28% (c32 → c32)');
    expect(c?.new_findings.map((f) => `${f.code}@${f.concurrency}`)).toEqual(['kv_pressure@64']);
    expect(c?.resolved_findings.map((f) => `${f.code}@${f.concurrency}`)).toEqual(['kv_pressure@16']);
    const md = renderComment({ head, diff: d, suiteKey: 'x' });
    expect(md).toMatch(
      /\*\*Curves vs base:\*\* .*knee c32 → c16; at ≥ 40\.0 tok\/s\/user .*new in head: kv\\_pressure at c64/,
    );
  });

  it('with SLOs set: the highest compliant concurrency and its goodput per GPU', () => {
    const base = makeReport(family(32, tput, tpot));
    const head = makeReport(family(16, [100, 300, 700, 720, 1020], tpot));
    const d = compareReports(base, head, { thresholds: { slo_ttft_p99_s: 1 } });
    const c = d.curves?.[0];
    expect(c?.base.slo_max_concurrency).toBe(32);
    expect(c?.base.goodput_per_gpu).toBe(1000);
    expect(c?.head.slo_max_concurrency).toBe(16);
    expect(c?.changes).toContain('highest SLO-compliant concurrency c32 → c16');
    expect(c?.changes.some((x) => x.startsWith('goodput 1000 → 700 tok/s/GPU (−30%'))).toBe(true);
  });

  it('an unchanged sweep has no curve changes', () => {
    const d = compareReports(makeReport(family(32, tput, tpot)), makeReport(family(32, tput, tpot)));
    expect(d.curves?.[0]?.changes).toEqual([]);
  });

  it('1–3% of jitter in a point’s interactivity is not a frontier drop (the next point is not read as the answer)', () => {
    // Every point's TPOT 1–3% higher in head: each head point sits just below its base point's interactivity.
    const jittered = tpot.map((t, i) => t * (1.01 + 0.005 * i));
    const d = compareReports(makeReport(family(32, tput, tpot)), makeReport(family(32, tput, jittered)));
    expect(d.curves?.[0]?.frontier_change ?? null).toBeNull();
  });
});
