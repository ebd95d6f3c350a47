/**
 * Polygamma functions (ψ, ψ′, ψ″ and the inverse of ψ′): the moments of ln χ² and ln F that the
 * empirical-Bayes noise law (compare/moderate.ts, limma's fitFDist) and the deployment factor's
 * precision (compare/evidence.ts) rest on. Checked against @stdlib in test/core/compare/noise.test.ts.
 */

/** ψ(x), digamma: recurrence up to x ≥ 12, then the asymptotic series (error < 1e-12). */
export function digamma(x: number): number {
  let r = 0;
  let y = x;
  while (y < 12) {
    r -= 1 / y;
    y += 1;
  }
  const f = 1 / (y * y);
  return r + Math.log(y) - 0.5 / y - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/** ψ′(x), trigamma: recurrence up to x ≥ 12, then the asymptotic series (error < 1e-12). */
export function trigamma(x: number): number {
  let r = 0;
  let y = x;
  while (y < 12) {
    r += 1 / (y * y);
    y += 1;
  }
  const f = 1 / (y * y);
  return r + 1 / y + f / 2 + (f / y) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}

/** ψ″(x), tetragamma: recurrence up to x ≥ 12, then the asymptotic series. */
export function tetragamma(x: number): number {
  let r = 0;
  let y = x;
  while (y < 12) {
    r -= 2 / (y * y * y);
    y += 1;
  }
  const f = 1 / (y * y);
  return r - f * (1 + 1 / y + f * (0.5 - f * (1 / 6 - f * (1 / 6 - f * (3 / 10 - (5 / 6) * f)))));
}

/** The y > 0 with ψ′(y) = x (limma's trigammaInverse: Newton's method, 50 steps at most). */
export function trigammaInverse(x: number): number {
  if (x > 1e7) return 1 / Math.sqrt(x);
  if (x < 1e-6) return 1 / x;
  let y = 0.5 + 1 / x;
  for (let i = 0; i < 50; i++) {
    const tri = trigamma(y);
    const dif = (tri * (1 - tri / x)) / tetragamma(y);
    y += dif;
    if (-dif / y < 1e-8) break;
  }
  return y;
}
