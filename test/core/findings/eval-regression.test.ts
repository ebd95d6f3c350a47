import { describe, expect, it } from 'vitest';
import { evalRegression } from '../../../src/core/findings/eval-regression.js';
import { DEFAULT_THRESHOLDS } from '../../../src/core/thresholds.js';
import { makeCell, makeContext } from '../../helpers/cells.js';

const evalCell = (score: number, se?: number) =>
  makeCell({
    source_format: 'eval',
    concurrency: 64,
    framework: 'sglang',
    metrics: { eval_gsm8k_score: score, ...(se === undefined ? {} : { eval_gsm8k_score_se: se }) },
  });

describe('eval_regression', () => {
  it('is silent without a baseline or pass threshold', () => {
    expect(evalRegression.evaluate(makeContext([evalCell(0.1)]))).toEqual([]);
  });

  it.each([
    // no stderr: 0.01 absolute. 0.98 → 0.965 drops 0.015 > 0.01
    { name: 'drop 0.015 without se fires', base: [0.98], head: [0.965], fires: true },
    { name: 'drop 0.005 without se near-miss', base: [0.98], head: [0.975], fires: false },
    // se 0.03 and 0.04 → √(0.0009 + 0.0016) = 0.05; drop 0.06 fires, 0.04 does not
    { name: 'drop 0.06 beyond se 0.05 fires', base: [0.98, 0.03], head: [0.92, 0.04], fires: true },
    { name: 'drop 0.04 within se 0.05 near-miss', base: [0.98, 0.03], head: [0.94, 0.04], fires: false },
  ])('vs baseline: $name', ({ base, head, fires }) => {
    const b = evalCell(base[0] as number, base[1]);
    const h = evalCell(head[0] as number, head[1]);
    const f = evalRegression.vsBaseline?.([{ base: b, head: h }], DEFAULT_THRESHOLDS) ?? [];
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) expect(f[0]?.evidence.threshold_name).toBe(base.length > 1 ? 'eval stderr' : 'eval_regression_min_drop');
  });

  it('allowed drop with both se is √(0.03² + 0.04²) = 0.05', () => {
    const pair = { base: evalCell(0.98, 0.03), head: evalCell(0.92, 0.04) };
    const f = evalRegression.vsBaseline?.([pair], DEFAULT_THRESHOLDS) ?? [];
    expect(f[0]?.evidence.threshold).toBeCloseTo(0.05, 12);
  });

  it('the analyze pass never compares with a baseline (compare runs vsBaseline once)', () => {
    expect(evalRegression.evaluate(makeContext([evalCell(0.5, 0.01)]))).toEqual([]);
  });

  it.each([
    { name: 'score 0.933 below pass 0.95 fires', score: 0.933, fires: true },
    { name: 'score 0.95 at pass 0.95 near-miss', score: 0.95, fires: false },
  ])('pass threshold: $name', ({ score, fires }) => {
    const f = evalRegression.evaluate(makeContext([evalCell(score)], { evalThresholds: { GSM8K: 0.95 } }));
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) {
      expect(f[0]?.evidence.threshold_name).toBe('eval_thresholds.gsm8k');
      expect(f[0]?.evidence.passes).toBe(false);
    }
  });
});
