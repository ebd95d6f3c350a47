import { cellFiles, metricOf, r } from '../curve/curve.js';
import { EVAL_SCORE_RE, evalScoreNames, formatMetric } from '../metrics.js';
import type { Cell, Finding } from '../types.js';
import type { BaselinePair, FindingRule } from './types.js';

/** How far an eval score may drop vs the baseline: the standard error of the difference, else a floor. */
export interface EvalAllowance {
  /** √(se_base² + se_head²) over the standard errors known; null when neither is. */
  se: number | null;
  baseSe: number | null;
  headSe: number | null;
  /** The drop beyond which the score regressed (se, else `eval_regression_min_drop`). */
  threshold: number;
  thresholdName: 'eval stderr' | 'eval_regression_min_drop';
}

function seOf(c: Cell, name: string): number | null {
  const v = c.metrics[`${name}_se`];
  return typeof v === 'number' ? v : null;
}

/** The allowed drop of `name` between a base and a head cell (compare's eval_stderr method too). */
export function evalAllowance(base: Cell, head: Cell, name: string, minDrop: number): EvalAllowance {
  const baseSe = seOf(base, name);
  const headSe = seOf(head, name);
  const se = baseSe === null && headSe === null ? null : Math.sqrt((baseSe ?? 0) ** 2 + (headSe ?? 0) ** 2);
  return {
    se,
    baseSe,
    headSe,
    threshold: se ?? minDrop,
    thresholdName: se === null ? 'eval_regression_min_drop' : 'eval stderr',
  };
}

/** Whether an eval score of a cell is lower-is-better (lm-eval's higher_is_better false). */
export function lowerIsBetter(c: Cell, name: string): boolean {
  return c.metrics[`${name}_direction`] === 'lower_is_better';
}

function dropVsBaseline(pair: BaselinePair, name: string, minDrop: number): Finding | null {
  const { base, head } = pair;
  const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
  const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
  if (b === null || h === null) return null;
  const a = evalAllowance(base, head, name, minDrop);
  // lm-eval states the direction; a lower-is-better score (perplexity, MAE) carries `<name>_direction`.
  const lower = lowerIsBetter(base, name) || lowerIsBetter(head, name);
  const d = lower ? b - h : h - b;
  if (!(d < 0 && Math.abs(d) > a.threshold)) return null;
  const beyond = a.se === null ? 'the minimum drop' : 'the standard error';
  return {
    code: 'eval_regression',
    severity: 'warning',
    message: `${name} ${lower ? 'rose' : 'dropped'} from ${formatMetric(name, b)} to ${formatMetric(name, h)} (${lower ? 'lower is better' : d.toFixed(4)}), beyond ${beyond} ${a.threshold.toFixed(4)}.`,
    cell_id: head.cell_id,
    evidence: {
      metric: name,
      base: b,
      head: h,
      delta: r(d),
      threshold: r(a.threshold),
      threshold_name: a.thresholdName,
      ...(lower ? { direction: 'lower_is_better' } : {}),
      base_se: a.baseSe,
      head_se: a.headSe,
      base_cell_id: base.cell_id,
    },
  };
}

/**
 * eval_regression (warning):
 * - a pass threshold for the task (config `eval_thresholds`, e.g. {"gsm8k": 0.9}): the cell's
 *   primary eval score (`eval_<task>_score`) is below it; one finding per cell and task;
 * - vs the baseline: the score dropped vs the matched baseline cell by more than the standard
 *   error of the difference (√(se_base² + se_head²) from `eval_<task>_score_se`, whichever are
 *   known), or by more than `eval_regression_min_drop` when neither is known.
 */
export const evalRegression: FindingRule = {
  code: 'eval_regression',
  evaluate({ cells, evalThresholds }) {
    const passBy = new Map<string, number>();
    for (const [task, v] of Object.entries(evalThresholds ?? {}))
      passBy.set(task.toLowerCase().replace(/[^a-z0-9]+/g, '_'), v);
    if (passBy.size === 0) return [];
    const out: Finding[] = [];
    for (const c of cells) {
      for (const key of Object.keys(c.metrics).sort()) {
        const m = EVAL_SCORE_RE.exec(key);
        if (!m) continue;
        const task = m[1] as string;
        const score = metricOf(c, key);
        const pass = passBy.get(task.toLowerCase());
        const lower = lowerIsBetter(c, key);
        if (score === null || pass === undefined || (lower ? score <= pass : score >= pass)) continue;
        out.push({
          code: 'eval_regression',
          severity: 'warning',
          message: `Cell ${c.cell_id} ${task} score regressed: ${score.toFixed(3)} ${lower ? 'above' : 'below'} the pass threshold ${pass}.`,
          cell_id: c.cell_id,
          evidence: {
            conditions: ['below_pass_threshold'],
            task,
            metric: key,
            score: r(score),
            score_se: metricOf(c, `${key}_se`),
            pass_threshold: pass,
            passes: false,
            threshold_name: `eval_thresholds.${task}`,
            threshold: pass,
            files: cellFiles(c),
          },
        });
      }
    }
    return out;
  },
  vsBaseline(pairs, t) {
    const out: Finding[] = [];
    for (const pair of pairs)
      for (const name of evalScoreNames(pair.base, pair.head)) {
        const f = dropVsBaseline(pair, name, t.eval_regression_min_drop);
        if (f) out.push(f);
      }
    return out;
  },
};
