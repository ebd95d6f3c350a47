import { describe, expect, it } from 'vitest';
import { msToS, normalizeHardware, toBool, toInt, toNumber } from '../../src/core/parse.js';
import { NumberColumn, percentileSorted, sketchSorted, summarizeSorted } from '../../src/core/stats.js';

describe('coercion', () => {
  it.each([
    [1.5, 1.5],
    ['2.5', 2.5],
    [' 8 ', 8],
    ['1e3', 1000],
    ['NaN', null],
    ['Infinity', null],
    ['inf', null],
    ['', null],
    [Number.NaN, null],
    [null, null],
    ['12abc', null],
  ])('toNumber(%j) = %j', (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });

  it.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    [true, true],
    [0, false],
    ['yes', true],
    ['maybe', null],
    [null, null],
  ])('toBool(%j) = %j', (input, expected) => {
    expect(toBool(input)).toBe(expected);
  });

  it('toInt refuses fractions; msToS keeps null', () => {
    expect(toInt('8192')).toBe(8192);
    expect(toInt('8.5')).toBeNull();
    expect(msToS('1500')).toBe(1.5);
    expect(msToS(undefined)).toBeNull();
  });

  it.each([
    ['h200', 'h200'],
    ['cluster:h200-dgxc', 'h200-dgxc'],
    ['b200-multinode', 'b200'],
    ['MI355X-disagg', 'mi355x'],
    ['H200', 'h200'],
    ['', null],
  ])('normalizeHardware(%j) = %j', (input, expected) => {
    expect(normalizeHardware(input)).toBe(expected);
  });
});

describe('percentiles (linear interpolation between closest ranks)', () => {
  it('matches numpy linear on a small series', () => {
    // numpy.percentile([1,2,3,4,5,6,7,8,9,10], 99) = 9.91; 50 -> 5.5; 90 -> 9.1
    const xs = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentileSorted(xs, 99)).toBeCloseTo(9.91, 10);
    expect(percentileSorted(xs, 50)).toBeCloseTo(5.5, 10);
    expect(percentileSorted(xs, 90)).toBeCloseTo(9.1, 10);
  });

  it('handles empty and single-value series', () => {
    expect(percentileSorted([], 50)).toBeNull();
    expect(percentileSorted([3], 99)).toBe(3);
    expect(summarizeSorted([]).mean).toBeNull();
  });

  it('summarises with population std', () => {
    const s = summarizeSorted([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.mean).toBe(5);
    expect(s.std).toBe(2);
    expect(s.min).toBe(2);
    expect(s.max).toBe(9);
  });

  it('sketches keep n, the extremes and evenly spaced ranks', () => {
    const col = new NumberColumn(2);
    for (let i = 10_000; i >= 1; i--) col.push(i);
    const sorted = col.sorted();
    const sk = sketchSorted(sorted, 101);
    expect(sk.n).toBe(10_000);
    expect(sk.values).toHaveLength(101);
    expect(sk.values[0]).toBe(1);
    expect(sk.values[100]).toBe(10_000);
    expect(sk.values[50]).toBe(sorted[Math.round((50 * 9999) / 100)]);
    expect(sketchSorted([3, 1], 101)).toEqual({ n: 2, values: [3, 1] });
  });
});
