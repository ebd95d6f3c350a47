/**
 * Run-level statistics for compare (docs/COMPARE.md "Verdicts whose unit is the run"), now in
 * src/core/stats/ (distributions.ts: Student t, normal and F; multiplicity.ts: the bivariate
 * normal tail, Hunter's bound and the family test level; sample.ts: the pooled spread). This module
 * re-exports them under their old path so that importers need not change.
 */
export { fUpper, incompleteBeta, normalUpper, studentTQuantileUpper, studentTUpper } from '../stats/distributions.js';
export { bivariateNormalUpper, familyTestLevel, hunterUnionBound } from '../stats/multiplicity.js';
export { pooledSpread } from '../stats/sample.js';
