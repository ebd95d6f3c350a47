import { describe, expect, it } from 'vitest';
import { compareSemver, parseSemver } from '../../../src/core/gates/index.js';

function cmp(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) throw new Error(`not semver: ${a} / ${b}`);
  return compareSemver(x, y);
}

describe('semver precedence (semver.org §11)', () => {
  // The chain from the spec's example, each strictly lower than the next.
  const chain = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
  ];
  it.each(chain.slice(0, -1).map((v, i) => [v, chain[i + 1]!]))('%s < %s', (a, b) => {
    expect(cmp(a, b)).toBe(-1);
    expect(cmp(b, a)).toBe(1);
  });

  it.each<[string, string, number]>([
    ['0.1.0', '0.1.0', 0],
    ['0.1.0', '0.1', 0],
    ['v1', '1.0.0', 0],
    ['1.0.0+build.1', '1.0.0+build.2', 0],
    ['0.9.0', '0.10.0', -1],
    ['1.2.3', '1.2.10', -1],
    ['2.0.0', '1.99.99', 1],
  ])('%s vs %s = %i', (a, b, c) => {
    expect(cmp(a, b)).toBe(c);
  });

  it.each(['', '1.x', 'a.b.c', '01.2.3', '1.2.3.4', '1.2.3-', '1.2.3-01', 'version 1'])('rejects %j', (v) => {
    expect(parseSemver(v)).toBeNull();
  });
});
