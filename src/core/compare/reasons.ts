/**
 * Reason codes of run-level decisions (decide.ts) and their words: the only place a run-level
 * note is written. Nothing reads a note back; code reads `reason`. Comparisons held back before
 * any decision carry BLOCKED_REASONS (metric-compare.ts writes their notes with the facts).
 */

/** Why a comparison never reached a decision. */
export const BLOCKED_REASONS = [
  'below_min_samples',
  'missing_on_one_side',
  'currency_differs',
  'informational',
  'tpot_is_itl',
] as const;
export type BlockedReason = (typeof BLOCKED_REASONS)[number];
import { formatP, pctText } from './numbers.js';

export const REASON_CODES = [
  'within_sampling_noise',
  'below_min_effect',
  'within_cell_noise',
  'beyond_usual_range',
  'isolated_tail',
  'beyond_cell_noise',
  'coherent_family',
  'coherent_sweep',
  'accepted',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** What a note may say about the decision. */
export interface ReasonFacts {
  effect: number;
  p: number;
  q: number;
  baseRuns: number;
  headRuns: number;
  spread: number;
  nu: number;
  ownDf: number;
  /** The share of single head runs that jump out of their cell's history, when it applied (else 0). */
  jump: number;
  minEffect: { name: string; value: number };
  family?: { n: number; support: number; q: number };
  sweep?: { n: number; support: number; q: number };
  /** The note of the per-request test that held the metric back. */
  sampleNote?: string;
}

function runs(f: ReasonFacts): string {
  const b = `${f.baseRuns} base run${f.baseRuns === 1 ? '' : 's'}`;
  return f.headRuns > 1 ? `${b}, ${f.headRuns} head runs` : b;
}

function noise(f: ReasonFacts): string {
  const source = f.ownDf > 0 ? `its own runs (${f.ownDf} df) shrunk toward the prior` : 'the noise prior';
  const jump =
    f.jump > 0 ? `; one head run off its own history in ${(f.jump * 100).toFixed(0)}% of real runs (another node)` : '';
  return `cell noise ${(f.spread * 100).toFixed(1)}% from ${source}, t with ${f.nu.toFixed(1)} df${jump}; ${runs(f)}`;
}

const WORDS: Record<ReasonCode, (f: ReasonFacts) => string> = {
  within_sampling_noise: (f) => f.sampleNote ?? 'within the per-request sampling noise',
  below_min_effect: (f) =>
    `${pctText(f.effect)} is below the minimum effect ${(f.minEffect.value * 100).toFixed(1)}% (${f.minEffect.name})`,
  within_cell_noise: (f) =>
    `within this cell's run-to-run noise: ${pctText(f.effect)}, p ${formatP(f.p)} (${noise(f)})`,
  beyond_usual_range: (f) =>
    `suspicious: ${pctText(f.effect)} is outside this cell's usual range (p ${formatP(f.p)}) but inside the heavy tail of run-to-run noise (q ${formatP(f.q)}); re-run to confirm (${noise(f)})`,
  isolated_tail: (f) =>
    `suspicious: a tail percentile moved ${pctText(f.effect)} (p ${formatP(f.p)}) while its median and the neighbouring load points did not; isolated tail swings are usually noise — re-run to confirm (${noise(f)})`,
  beyond_cell_noise: (f) =>
    `${pctText(f.effect)} is beyond this cell's run-to-run noise, q ${formatP(f.q)} (${noise(f)})`,
  coherent_family: (f) =>
    `${pctText(f.effect)}, moving with ${f.family?.support ?? 0} of ${f.family?.n ?? 0} load points of its family beyond the rest of the sweep (family q ${formatP(f.family?.q ?? 1)}; ${runs(f)})`,
  accepted: (f) => `${pctText(f.effect)}: an acknowledged regression (compare.accept), reported, not a verdict`,
  coherent_sweep: (f) =>
    `${pctText(f.effect)}, moving with ${f.sweep?.support ?? 0} of ${f.sweep?.n ?? 0} cells of the sweep: a shift of the whole sweep beyond one cell's run-to-run noise (sweep q ${formatP(f.sweep?.q ?? 1)}; ${runs(f)})`,
};

export function reasonText(code: ReasonCode, facts: ReasonFacts): string {
  return WORDS[code](facts);
}
