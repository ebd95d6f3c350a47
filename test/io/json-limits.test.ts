import { describe, expect, it } from 'vitest';
import { inspectParsed, jsonDepthExceeds, openersAtMost } from '../../src/io/json-limits.js';

/** A random JSON text nesting up to `maxDepth` levels, with numbers, strings holding brackets and empties. */
function randomJson(rand: () => number, maxDepth: number, depth = 0): string {
  const r = rand();
  if (depth >= maxDepth || r < 0.3) return r < 0.1 ? '"[{\\"x"' : r < 0.2 ? String(Math.floor(r * 1e6)) : 'null';
  const n = Math.floor(rand() * 4);
  const items = Array.from({ length: n }, () => randomJson(rand, maxDepth, depth + 1));
  return r < 0.65 ? `[${items.join(',')}]` : `{${items.map((v, i) => `"k${i}[": ${v}`).join(',')}}`;
}

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('inspectParsed', () => {
  it('finds the same depth verdict as the text scan, at every limit, on random documents', () => {
    const rand = rng(11);
    for (let i = 0; i < 300; i++) {
      const text = randomJson(rand, 12);
      const value: unknown = JSON.parse(text);
      for (const limit of [1, 2, 3, 5, 8, 64]) {
        expect(inspectParsed(value, limit).tooDeep, `${text} @${limit}`).toBe(jsonDepthExceeds(text, limit));
      }
    }
  });

  it('finds non-finite numbers at any depth, in arrays and objects, and the root itself', () => {
    expect(inspectParsed(JSON.parse('[1, [2, [3, {"a": 1e999}]]]'), 64)).toEqual({ tooDeep: false, nonFinite: true });
    expect(inspectParsed(JSON.parse('{"a": -1e999}'), 64).nonFinite).toBe(true);
    expect(inspectParsed(Infinity, 64).nonFinite).toBe(true);
    expect(inspectParsed(JSON.parse('{"a": [1.5e308, "1e999"]}'), 64).nonFinite).toBe(false);
  });
});

describe('openersAtMost', () => {
  it('counts [ and { bytes, strings included', () => {
    expect(openersAtMost(Buffer.from('[{"a": "[{"}]'), 4)).toBe(true);
    expect(openersAtMost(Buffer.from('[{"a": "[{"}]'), 3)).toBe(false);
    expect(openersAtMost(Buffer.from('1'), 0)).toBe(true);
  });
});
