/** sortKeys equals assigning the sorted keys one by one (integer-like keys first, as any object). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortKeys } from '../../src/core/sort-keys.js';

function reference<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out as T;
}

const key = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', '0', '1', '10', '2', '-1', '01', 'p99_ttft', 'mean_tpot'),
);

describe('sortKeys', () => {
  it('gives the keys, values, key order and JSON of the one-by-one copy', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.anything()), (o) => {
        const got = sortKeys(o);
        const want = reference(o);
        expect(Object.keys(got)).toEqual(Object.keys(want));
        expect(JSON.stringify(got)).toBe(JSON.stringify(want));
        expect(Object.getPrototypeOf(got)).toBe(Object.getPrototypeOf(want));
        for (const k of Object.keys(want)) expect(got[k]).toBe(want[k]);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('a __proto__ key keeps the assignment semantics', () => {
    const o = JSON.parse('{"b": 1, "__proto__": {"x": 1}, "a": 2}') as Record<string, unknown>;
    const got = sortKeys(o);
    expect(Object.keys(got)).toEqual(['a', 'b']);
    expect(JSON.stringify(got)).toBe(JSON.stringify(reference(o)));
  });
});
