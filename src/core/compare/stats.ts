/**
 * Statistics for compare, now in src/core/stats/ (distributions.ts: erfc and the normal p-value;
 * tests.ts: Mann-Whitney and the bootstrap; multiplicity.ts: Benjamini-Hochberg; random.ts: the
 * seeded PRNG). This module re-exports them under their old path so that importers need not change.
 */
export { erfc, twoSidedNormalP } from '../stats/distributions.js';
export { benjaminiHochberg } from '../stats/multiplicity.js';
export { hash32, mulberry32 } from '../stats/random.js';
export { bootstrapDifference, mannWhitney, statOfSorted } from '../stats/tests.js';
export type { BootstrapResult, MannWhitneyResult, SampleStat } from '../stats/tests.js';
