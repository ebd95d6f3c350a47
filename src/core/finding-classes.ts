/**
 * Finding classes (README "CLI", docs/ACTION.md): they decide what fails a required check.
 * - validity: the run cannot be trusted as a measurement; fails the check by default when critical
 *   (`fail-on`, default critical).
 * - behaviour: what the system under test does; reported, fails only when listed in
 *   `fail-on-findings` (codes or classes).
 * - regression: needs a baseline; fails with `fail-on-regression`.
 * test/core/finding-classes.test.ts checks this table against the analyzer spec's "Finding classes"
 * (its copy in test/fixtures/spec/ANALYZER.md).
 */
import type { Finding, FindingCode } from './types.js';

export const FINDING_CLASSES = ['validity', 'behaviour', 'regression'] as const;
export type FindingClass = (typeof FINDING_CLASSES)[number];

/** The class of each code as the analyzer emits it within one run. */
export const FINDING_CLASS: Readonly<Record<FindingCode, FindingClass>> = {
  missing_required_artifact: 'validity',
  invalid_run_no_successful_requests: 'validity',
  partial_run: 'validity',
  metrics_unavailable: 'validity',
  ttft_cliff: 'behaviour',
  tpot_degradation: 'behaviour',
  throughput_plateau: 'behaviour',
  kv_pressure: 'behaviour',
  kv_offload_thrash: 'behaviour',
  prefix_cache_regression: 'behaviour',
  prefill_decode_imbalance: 'behaviour',
  kv_transfer_stall: 'behaviour',
  kv_transfer_errors_present: 'behaviour',
  endpoint_unreachable: 'behaviour',
  engine_unidentified: 'behaviour',
  eval_regression: 'regression',
};

/** Codes that are a regression when computed against the base cell (their evidence names it). */
const BASELINE_VARIANTS: ReadonlySet<string> = new Set(['tpot_degradation', 'prefix_cache_regression']);

/** True when a finding's evidence says it was computed against a baseline cell. */
function againstBaseline(f: Finding): boolean {
  const e = f.evidence ?? {};
  if (typeof e.base_cell_id === 'string' || typeof e.baseline_cell === 'string') return true;
  const cond = e.conditions;
  return Array.isArray(cond) && cond.includes('drop_vs_baseline');
}

/** The class of one finding: its code's class, or regression for a "vs the base cell" variant. */
export function findingClass(f: Pick<Finding, 'code' | 'evidence'>): FindingClass {
  if (BASELINE_VARIANTS.has(f.code) && againstBaseline(f as Finding)) return 'regression';
  return FINDING_CLASS[f.code] ?? 'behaviour';
}

export function isFindingClass(s: string): s is FindingClass {
  return (FINDING_CLASSES as readonly string[]).includes(s);
}
