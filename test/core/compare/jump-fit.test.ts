/**
 * The jump share fitted to a history (jump-fit.ts), on windows drawn from the model it assumes:
 * σ² ~ Scale-Inv-χ²(ν, s²) per cell, K normal base runs, and a next run that with probability π
 * is a draw of the pooled law instead of the cell's own spread. And `calibrate`, which fits it
 * where the runs do not all name one node.
 */
import { describe, expect, it } from 'vitest';
import { calibrate, calibrationSnippet } from '../../../src/core/compare/calibrate.js';
import { fitJumpShare, JUMP_MIN_WINDOWS, type JumpWindow } from '../../../src/core/compare/jump-fit.js';
import { parseConfigText } from '../../../src/core/config.js';
import { mulberry32 } from '../../../src/core/stats/index.js';
import type { Report } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
function chi2(r: () => number, nu: number): number {
  let s = 0;
  for (let i = 0; i < nu; i++) s += gauss(r) ** 2;
  return s;
}

/**
 * n windows of K base runs and one more, with jump share `pi`: a cell's σ is 2% · e^(0.3 z) (its
 * own level), a jump a draw of the pooled law t₁ at s = 2% (ν = 1: the heavy tail real jumps have).
 */
function windows(seed: number, n: number, pi: number, k = 4): JumpWindow[] {
  const r = mulberry32(seed);
  const nu = 1;
  const s = 0.02;
  return Array.from({ length: n }, () => {
    const sigma = s * Math.exp(0.3 * gauss(r));
    const base = Array.from({ length: k }, () => sigma * gauss(r));
    const mean = base.reduce((a, x) => a + x, 0) / k;
    const head =
      r() < pi ? mean + s * Math.sqrt(1 + 1 / k) * (gauss(r) / Math.sqrt(chi2(r, nu) / nu)) : sigma * gauss(r);
    return { base, head, nu, scale: s };
  });
}

describe('fitJumpShare', () => {
  it('no jumps: the share is 0 (π = 0 not rejected) in 19 of 20 seeded histories', () => {
    let kept = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const f = fitJumpShare(windows(seed, 400, 0));
      expect(f?.windows).toBe(400);
      if ((f?.share ?? 0) > 0) kept++;
    }
    expect(kept).toBeLessThanOrEqual(1);
  });

  it('a 15% jump share is found in ≥ 18 of 20 seeded histories, estimated 0.15 ± 0.03 on average', () => {
    const fits = Array.from({ length: 20 }, (_, i) => fitJumpShare(windows(i + 1, 400, 0.15)));
    expect(fits.filter((f) => (f?.share ?? 0) > 0).length).toBeGreaterThanOrEqual(18);
    const mean = fits.reduce((a, f) => a + (f?.estimate ?? 0), 0) / fits.length;
    expect(Math.abs(mean - 0.15)).toBeLessThan(0.03);
  });

  it(`needs ${JUMP_MIN_WINDOWS} windows of ≥ 2 base runs`, () => {
    expect(fitJumpShare(windows(1, JUMP_MIN_WINDOWS - 1, 0.2))).toBeNull();
    expect(fitJumpShare(windows(1, 100, 0.2, 1))).toBeNull();
  });
});

describe("calibrate fits the jump share on the history's own windows", () => {
  /** 12 nights of a 40-cell sweep; p50 TTFT jumps in 20% of the cells' nights (another node). */
  function history(host: string | null): Report[] {
    const r = mulberry32(11);
    const sigma = Array.from({ length: 40 }, () => 0.004 * Math.exp(0.5 * gauss(r)));
    return Array.from({ length: 12 }, (_, night) =>
      makeReport(
        sigma.map((sd, i) => {
          const jump = night > 0 && r() < 0.2 ? Math.exp(0.3 * gauss(r)) : 1;
          const cell = makeCell({
            cell_id: `c${i}`,
            concurrency: 16,
            isl: 1024 * (1 + (i % 4)),
            model: `org/m${Math.floor(i / 4)}`,
            metrics: {
              tput_per_gpu: 500 * Math.exp(sd * gauss(r)),
              p50_ttft: 0.2 * Math.exp(sd * gauss(r)) * jump,
            },
          });
          return host === null ? cell : { ...cell, environment: { cluster: null, runner: null, host, image: null } };
        }),
        { generated_at: `2025-02-${String(night + 1).padStart(2, '0')}T00:00:00Z` },
      ),
    );
  }

  it('runs that do not say where they ran: a share for TTFT, none for throughput; the snippet is a valid config', () => {
    const c = calibrate(history(null));
    const ttft = c.prior.find((p) => p.family === 'ttft');
    const tput = c.prior.find((p) => p.family === 'throughput');
    expect(ttft?.jump?.windows).toBeGreaterThan(300);
    expect(ttft?.row.jump_share).toBeGreaterThan(0.05);
    expect(tput?.row.jump_share).toBe(0);
    const text = calibrationSnippet(c);
    expect(text).toMatch(
      / {4}ttft: \{ nu: .*, jump_share: 0\.\d+, jump_on_one_node: true \} +# \d+ cells; jumps: π̂ 0\.\d+, LR \d+\.\d over \d+ windows/,
    );
    expect(() => parseConfigText(text, 'calibration.yaml')).not.toThrow();
  });

  it('every run on one known node: the windows count as well, and the share holds on one node', () => {
    const c = calibrate(history('gpu-node-1'));
    const ttft = c.prior.find((p) => p.family === 'ttft');
    expect(ttft?.jump?.windows).toBeGreaterThan(300);
    expect(ttft?.row.jump_share).toBeGreaterThan(0.05);
    expect(ttft?.row.jump_on_one_node).toBe(true);
    expect(calibrationSnippet(c)).toMatch(/ttft: \{ nu: .*, jump_share: 0\.\d+, jump_on_one_node: true \}/);
  });

  it('reports given newest first are put in time order before the windows are cut', () => {
    const h = history(null);
    const a = calibrate(h).prior.find((p) => p.family === 'ttft')?.jump;
    const b = calibrate([...h].reverse()).prior.find((p) => p.family === 'ttft')?.jump;
    expect(b).toEqual(a);
  });
});
