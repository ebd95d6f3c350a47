/**
 * The finding-class table (src/core/finding-classes.ts) against ANALYZER.md "Finding classes":
 * every v1 code has exactly the class the spec lists it under. The spec is read from the copy in
 * test/fixtures/spec/ (and, when the shared spec folder sits beside the repository, that copy must
 * equal it, so a spec change is noticed).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CLASS, FINDING_CLASSES, findingClass } from '../../src/core/finding-classes.js';
import { FINDING_CODES, type Finding } from '../../src/core/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COPY = path.join(ROOT, 'test/fixtures/spec/ANALYZER.md');
const SHARED = path.resolve(ROOT, '../shared/spec/ANALYZER.md');

/** Class → codes as listed in the spec's "Finding classes" bullets (first bullet line of each). */
function specClasses(md: string): Record<string, string[]> {
  const start = md.indexOf('Finding classes');
  expect(start).toBeGreaterThan(0);
  const section = md.slice(start, md.indexOf('\n\n', md.indexOf('- regression:', start)));
  const out: Record<string, string[]> = {};
  for (const m of section.matchAll(/^- (validity|behaviour|regression):([\s\S]*?)(?=^- |$(?![\s\S]))/gm)) {
    const body = m[2] as string;
    // The codes of a class are the snake_case words of the bullet (prose words have no underscore).
    out[m[1] as string] = [...new Set([...body.matchAll(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)].map((x) => x[0]))];
  }
  return out;
}

describe('finding classes', () => {
  const md = readFileSync(COPY, 'utf8');

  it('the committed spec copy is the shared spec (when the shared folder is there)', () => {
    if (existsSync(SHARED)) expect(md).toBe(readFileSync(SHARED, 'utf8'));
    else expect(md).toContain('Finding classes');
  });

  it('every v1 code has the class the spec lists it under', () => {
    const spec = specClasses(md);
    expect(Object.keys(spec).sort()).toEqual([...FINDING_CLASSES].sort());
    const known = new Set<string>(FINDING_CODES);
    const validity = (spec.validity ?? []).filter((c) => known.has(c));
    const behaviour = (spec.behaviour ?? []).filter((c) => known.has(c));
    const regression = (spec.regression ?? []).filter((c) => known.has(c));
    for (const c of validity) expect(FINDING_CLASS[c as keyof typeof FINDING_CLASS], c).toBe('validity');
    for (const c of behaviour) expect(FINDING_CLASS[c as keyof typeof FINDING_CLASS], c).toBe('behaviour');
    // Every code appears in the spec's validity or behaviour list, or only in regression.
    const listed = new Set([...validity, ...behaviour, ...regression]);
    expect([...FINDING_CODES].filter((c) => !listed.has(c))).toEqual([]);
    for (const c of regression.filter((c) => !validity.includes(c) && !behaviour.includes(c)))
      expect(FINDING_CLASS[c as keyof typeof FINDING_CLASS], c).toBe('regression');
    // The spec's "when computed against the base cell" codes are behaviour within a run.
    expect(regression.filter((c) => behaviour.includes(c)).sort()).toEqual([
      'prefix_cache_regression',
      'tpot_degradation',
    ]);
  });

  const f = (code: Finding['code'], evidence: Record<string, unknown> = {}): Finding => ({
    code,
    severity: 'warning',
    message: 'm',
    cell_id: 'c',
    evidence,
  });

  it('a "vs the base cell" variant is a regression; the within-run one is behaviour', () => {
    expect(findingClass(f('tpot_degradation', { ratio: 1.7 }))).toBe('behaviour');
    expect(findingClass(f('tpot_degradation', { base_cell_id: 'b' }))).toBe('regression');
    expect(findingClass(f('prefix_cache_regression', { conditions: ['gap_vs_theoretical'] }))).toBe('behaviour');
    expect(findingClass(f('prefix_cache_regression', { conditions: ['drop_vs_baseline'], baseline_cell: 'b' }))).toBe(
      'regression',
    );
    expect(findingClass(f('eval_regression'))).toBe('regression');
    expect(findingClass(f('ttft_cliff', { base_cell_id: 'b' }))).toBe('behaviour');
    expect(findingClass(f('partial_run'))).toBe('validity');
  });
});
