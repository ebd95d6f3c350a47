/** A comparison as text: its change (🔴/🟢/🟡), head value with change, and the evidence behind it. */
import type { MetricComparison } from '../../core/compare/types.js';
import { SUSPICIOUS_ICON, isSuspicious } from './rows.js';
import { formatValue, nb, plural } from './format.js';
import { formatPValue, formatSigned, formatSignedPct, formatSignedPoints } from '../format.js';

/** The change of one comparison, marked 🔴 worse / 🟢 better when decided. */
export function deltaText(c: MetricComparison): string {
  const text =
    c.kind === 'completion' && c.unit === 'fraction'
      ? formatSignedPoints(c.delta)
      : c.kind === 'eval'
        ? formatSigned(c.delta, 4)
        : formatSignedPct(c.relative_delta);
  const mark =
    c.outcome === 'regressed' ? ' 🔴' : c.outcome === 'improved' ? ' 🟢' : isSuspicious(c) ? ` ${SUSPICIOUS_ICON}` : '';
  return nb(`${text}${mark}`);
}

/** Head value and its change on one line ("3.40 s +30% 🔴"); just the value when unchanged. */
export function headAndDelta(c: MetricComparison | undefined, currency: string): string {
  if (!c) return '—';
  const v = formatValue(c.unit, c.head, currency);
  if (c.head === null) return c.base === null ? '—' : nb(`— (was ${formatValue(c.unit, c.base, currency)})`);
  if (c.outcome !== 'regressed' && c.outcome !== 'improved' && !isSuspicious(c)) return nb(v);
  return nb(`${v} ${deltaText(c)}`);
}

/** How many base runs a comparison rests on (compare.json `n_base_runs`), as the evidence says it. */
function runsText(c: MetricComparison): string {
  const n = c.n_base_runs;
  return typeof n === 'number' ? `, ${plural(n, 'base run')}` : '';
}

/** What decided a run-level verdict (compare's reason codes, docs/COMPARE.md "Decision rules"). */
const REASON_SHORT: Readonly<Record<string, string>> = {
  beyond_cell_noise: 'beyond cell noise',
  coherent_family: 'family-wide',
  coherent_sweep: 'sweep-wide',
};

export function methodText(c: MetricComparison): string {
  const m = methodCore(c);
  const why = c.outcome === 'regressed' || c.outcome === 'improved' ? REASON_SHORT[c.reason ?? ''] : undefined;
  return m === '—' ? m : `${m}${runsText(c)}${why ? `; ${why}` : ''}`;
}

function methodCore(c: MetricComparison): string {
  switch (c.method) {
    case 'run_interval':
      return `outside base-run interval q=${formatPValue(c.q_value)}, shift ${formatSignedPct(c.effect_size)}`;
    case 'mann_whitney_u':
      return `Mann-Whitney q=${formatPValue(c.q_value)}, shift ${formatSignedPct(c.effect_size)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
    case 'bootstrap_quantile':
      return `bootstrap q=${formatPValue(c.q_value)}, n=${c.n_base ?? '?'}/${c.n_head ?? '?'}`;
    case 'noise_band':
      return `beyond ±${c.threshold ? (c.threshold.basis === 'absolute' ? `${(c.threshold.value * 100).toFixed(1)} pt` : `${(c.threshold.value * 100).toFixed(0)}%`) : '?'} band`;
    case 'eval_stderr':
      return `beyond ${c.threshold?.name === 'eval stderr' ? 'stderr' : 'min drop'} ${c.threshold ? c.threshold.value.toFixed(4) : '?'}`;
    default:
      return '—';
  }
}
