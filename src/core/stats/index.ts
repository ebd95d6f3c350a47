/**
 * The statistics of the analyzer and of compare, in one place (docs/ARCHITECTURE.md):
 * distributions.ts (normal, Student t, F, erfc, ln Γ, incomplete beta), tests.ts (Mann-Whitney,
 * bootstrap), multiplicity.ts (Benjamini-Hochberg, Hunter's bound, family test level), sample.ts
 * (percentiles, summaries, sketches, SampleColumn, pooled spread), polygamma.ts (ψ, ψ′, ψ″, ψ′⁻¹)
 * and random.ts (seeded PRNG).
 */
export * from './distributions.js';
export * from './multiplicity.js';
export * from './polygamma.js';
export * from './random.js';
export * from './sample.js';
export * from './tests.js';
