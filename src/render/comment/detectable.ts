/** Under the verdict, with fewer than 3 base runs: the smallest change this compare could see. */
import type { ReportDiff } from '../../core/compare/types.js';
import { metricInfo } from '../../core/metrics.js';
import { metricLabel } from '../labels.js';
import { nb, plural } from './format.js';

/** The metrics the "what this compare could see" line names, one per group, in this order. */
const DETECTABLE_GROUPS: readonly (readonly string[])[] = [
  ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps', 'output_tput_tps', 'request_throughput_rps'],
  ['p50_ttft', 'mean_ttft'],
  ['p99_ttft', 'p95_ttft', 'p90_ttft'],
  ['p50_tpot', 'p50_itl', 'mean_tpot', 'mean_itl'],
];

function countWord(n: number): string {
  return n === 1 ? 'one base run' : n === 2 ? 'two base runs' : plural(n, 'base run');
}

/**
 * The size of a detectable change in the metric's bad direction: a rise for latency ("~50%",
 * "~2.5×" from a doubling on), a drop for throughput ("~25%"); "> 100×" when none.
 */
function detectableText(change: number | null, direction: string | undefined): string {
  if (change === null || !Number.isFinite(change) || change < 0) return '> 100×';
  const size = (f: number): string => {
    const a = f * 100;
    return `${a >= 10 ? a.toFixed(0) : a.toFixed(1)}%`;
  };
  if (direction === 'higher_is_better') return `~${size(1 - 1 / (1 + change))}`;
  if (change >= 1) {
    const x = 1 + change;
    return `~${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
  }
  return `~${size(change)}`;
}

/**
 * Under the verdict, with fewer than 3 base runs: the smallest change per metric this compare
 * could tell from run-to-run noise in a single cell (compare.json `verdict.detectable`).
 */
export function detectableLine(diff: ReportDiff): string | null {
  const v = diff.verdict;
  const runs = v.base_runs;
  if (typeof runs !== 'number' || runs >= 3 || runs < 1 || !Array.isArray(v.detectable)) return null;
  const by = new Map(
    v.detectable
      .filter((d) => d && typeof d.metric === 'string' && (d.change === null || typeof d.change === 'number'))
      .map((d) => [d.metric, d.change]),
  );
  if (by.size === 0) return null;
  const picked = DETECTABLE_GROUPS.map((g) => g.find((m) => by.has(m))).filter((m): m is string => m !== undefined);
  const metrics = picked.length > 0 ? picked : [...by.keys()].slice(0, 4);
  const parts = metrics.map((m) =>
    nb(`${metricLabel(m)} ${detectableText(by.get(m) ?? null, metricInfo(m)?.direction)}`),
  );
  return `With ${countWord(runs)}, changes smaller than these cannot be told from run-to-run noise in a single cell: ${parts.join(', ')} (a change across a family's load points is found sooner; add base runs with \`baseline-history\`).`;
}
