/**
 * The old statistics modules are thin re-exports of src/core/stats/: the same functions (not
 * copies), under the same names, so importers of the old paths see no change.
 */
import { describe, expect, it } from 'vitest';
import * as runStats from '../../../src/core/compare/run-stats.js';
import * as compareStats from '../../../src/core/compare/stats.js';
import * as oldStats from '../../../src/core/stats.js';
import * as stats from '../../../src/core/stats/index.js';

describe('old statistics paths re-export src/core/stats/', () => {
  it.each([
    ['src/core/stats.ts', oldStats],
    ['src/core/compare/stats.ts', compareStats],
    ['src/core/compare/run-stats.ts', runStats],
  ])('%s: every export is the one in src/core/stats/', (_path, mod) => {
    const all = stats as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) expect(all[name], name).toBe(value);
  });

  it('keeps the exported names of each old module', () => {
    expect(Object.keys(runStats).sort()).toEqual([
      'bivariateNormalUpper',
      'fUpper',
      'familyTestLevel',
      'hunterUnionBound',
      'incompleteBeta',
      'normalUpper',
      'pooledSpread',
      'studentTQuantileUpper',
      'studentTUpper',
    ]);
    expect(Object.keys(compareStats).sort()).toEqual([
      'benjaminiHochberg',
      'bootstrapDifference',
      'erfc',
      'hash32',
      'mannWhitney',
      'mulberry32',
      'statOfSorted',
      'twoSidedNormalP',
    ]);
    expect(Object.keys(oldStats).sort()).toEqual([
      'EMPTY_SAMPLE',
      'EXACT_SAMPLE_LIMIT',
      'NumberColumn',
      'PERCENTILE_MIN_SAMPLES',
      'SAMPLE_SKETCH_SIZE',
      'SKETCH_RELATIVE_ACCURACY',
      'SampleColumn',
      'percentileSorted',
      'putPercentileAccuracy',
      'sketchSorted',
      'sortFloat64',
      'sortedCopy',
      'summarizeSorted',
    ]);
  });
});
