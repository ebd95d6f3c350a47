import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEnvironment } from '../../../src/core/cells/merge.js';

/** The definition: every key of either once, in code-unit order; the first non-null value. */
function reference(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) out[k] = a[k] ?? b[k] ?? null;
  return out;
}

const key = fc.oneof(
  fc.constantFrom('runner', 'host', 'image', 'cluster', 'gpu', 'B', 'a', 'é', '10', '9'),
  fc.string(),
);
const value = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 6 }), fc.integer());
const env = fc.dictionary(key, value, { maxKeys: 8 });

describe('mergeEnvironment (copies of one cell: what each knows of where it ran)', () => {
  it('keeps each field once, in code-unit order, with the first non-null value', () => {
    expect(
      mergeEnvironment({ runner: 'b200-cw_00', host: null, image: 'img' }, { host: 'h1', cluster: 'cw', runner: 'x' }),
    ).toEqual({ cluster: 'cw', host: 'h1', image: 'img', runner: 'b200-cw_00' });
    expect(Object.keys(mergeEnvironment({ b: 1, a: null }, { c: null, B: 2 }) as object)).toEqual(['B', 'a', 'b', 'c']);
  });

  it('equals the definition on generated objects (values, key order)', () => {
    fc.assert(
      fc.property(env, env, (a, b) => {
        const got = mergeEnvironment(a, b) as Record<string, unknown>;
        const want = reference(a, b);
        expect(Object.keys(got)).toEqual(Object.keys(want));
        expect(got).toStrictEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the other side when one is missing or not an object', () => {
    expect(mergeEnvironment(undefined, { a: 1 })).toEqual({ a: 1 });
    expect(mergeEnvironment({ a: 1 }, null)).toEqual({ a: 1 });
    expect(mergeEnvironment('x', { a: 1 })).toEqual({ a: 1 });
  });
});
