/**
 * The heavy-tailed noise model of `npm run bench:verdicts` (scripts/bench-verdicts-heavy.ts) is
 * checked, not assumed: simulated A/A pairs, measured as issue 22 measured its ~1,300 real pairs,
 * land within ±25% of the pooled quantiles.
 */
import { describe, expect, it } from 'vitest';
import {
  CONCURRENCY_TARGETS,
  HEAVY_TARGETS,
  NOISE_FAMILIES,
  drawPr,
  heavyRun,
  modelCheck,
  placeChange,
  rng,
} from '../scripts/bench-verdicts-heavy.js';

describe('heavy-tailed bench noise model', () => {
  const chk = modelCheck(1500, 2201);

  for (const f of NOISE_FAMILIES) {
    const t = HEAVY_TARGETS[f];
    for (const q of ['median', 'p90', 'p95change'] as const) {
      const want = t[q];
      if (want === undefined) continue;
      it(`${f} ${q}: within ±25% of ${want}`, () => {
        const got = chk.families[f][q];
        expect(got).toBeGreaterThanOrEqual(want * 0.75);
        expect(got).toBeLessThanOrEqual(want * 1.25);
      });
    }
  }

  it('TTFT and tail percentiles are noisier than decode metrics', () => {
    const fam = chk.families;
    expect(fam.p50_ttft.median).toBeGreaterThan(3 * fam.p50_tpot.median);
    expect(fam.p99_ttft.p90).toBeGreaterThan(fam.p50_ttft.p90);
    expect(fam.p99_e2el.p95change).toBeGreaterThan(2 * fam.p50_e2el.p95change);
  });

  it('low concurrency is noisier: p50 TTFT ≥ 8% moves at c ≤ 8 vs c ≥ 128 in the issue’s ratio (±25%)', () => {
    // The absolute shares (39% / 20%) cannot hold together with its pooled median 1.7% and
    // p90 9.7% (those allow about 20% of pooled pairs ≥ 8%); the ratio is what the model keeps.
    const want = CONCURRENCY_TARGETS.low / CONCURRENCY_TARGETS.high;
    const got = chk.ttftMoves8.low / chk.ttftMoves8.high;
    expect(got).toBeGreaterThanOrEqual(want * 0.75);
    expect(got).toBeLessThanOrEqual(want * 1.25);
  });

  it('deployments differ: the noisiest tenth of PRs is several times noisier than the quietest', () => {
    const random = rng(7);
    const med: number[] = [];
    for (let p = 0; p < 300; p++) {
      const pr = drawPr(random);
      const s = pr.cells.map((c) => c.sigma.tput).sort((a, b) => a - b);
      med.push(s[Math.floor(s.length / 2)] as number);
    }
    med.sort((a, b) => a - b);
    expect((med[270] as number) / (med[30] as number)).toBeGreaterThan(5);
  });

  it('a run is an InferenceX-layout report of 3 families × 6 concurrencies; a quiet placement is quiet', () => {
    const random = rng(3);
    const pr = drawPr(random);
    const r = heavyRun(random, pr);
    expect(r.cells).toHaveLength(18);
    expect(new Set(r.cells.map((c) => `${c.isl}/${c.osl}`)).size).toBe(3);
    expect(Object.keys(r.cells[0]?.metrics ?? {}).sort()).toEqual(
      [
        'output_tput_per_gpu',
        'p50_e2el',
        'p50_itl',
        'p50_tpot',
        'p50_ttft',
        'p99_e2el',
        'p99_itl',
        'p99_tpot',
        'p99_ttft',
        'tput_per_gpu',
      ].sort(),
    );
    expect(r.cells[0]?.samples).toBeUndefined();
    for (let k = 0; k < 20; k++) {
      const [i] = placeChange(random, pr, 'tput', 'quiet');
      const cell = pr.cells[i as number];
      const fam = pr.cells.filter((c) => c.family === cell?.family).map((c) => c.sigma.tput);
      fam.sort((a, b) => a - b);
      expect(cell?.mode).toBeNull();
      expect(cell?.sigma.tput).toBeLessThanOrEqual(((fam[2] as number) + (fam[3] as number)) / 2);
    }
  });
});
