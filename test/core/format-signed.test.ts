import { describe, expect, it } from 'vitest';
import { formatPValue, formatSigned, formatSignedPct, formatSignedPoints } from '../../src/core/format.js';

// Expected strings written by hand from the rules in src/core/format.ts (U+2212 for minus).
describe('signed changes and p-values (core/format.ts, shown by the comment)', () => {
  it.each([
    [0.123, '+12%'],
    [-0.034, '−3.4%'],
    [0.0004, '0%'],
    [-1.5, '−150%'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('formatSignedPct(%s) = %s', (v, want) => expect(formatSignedPct(v)).toBe(want));

  it.each([
    [0.015, '+1.5 pt'],
    [-0.25, '−25.0 pt'],
    [-0.0004, '0 pt'],
    [null, '—'],
  ])('formatSignedPoints(%s) = %s', (v, want) => expect(formatSignedPoints(v)).toBe(want));

  it.each([
    [0.01234, 4, '+0.0123'],
    [-0.5, 2, '−0.50'],
    [-0.00001, 4, '0.0000'],
    [Number.POSITIVE_INFINITY, 4, '—'],
  ])('formatSigned(%s, %s) = %s', (v, d, want) => expect(formatSigned(v, d)).toBe(want));

  it.each([
    [0.0312, '0.031'],
    [3.2e-6, '3.2e-6'],
    [0, '0'],
    [null, '—'],
  ])('formatPValue(%s) = %s', (v, want) => expect(formatPValue(v)).toBe(want));
});
