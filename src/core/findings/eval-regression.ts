import { baselineLookup } from '../identity.js';
import { cellFiles, metricOf, r } from '../curve.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

const SCORE_RE = /^eval_(.+)_score$/;

/**
 * eval_regression (warning), only when a reference is given:
 * - a baseline report: the cell's primary eval score (`eval_<task>_score`) dropped vs the same
 *   cell of the baseline (matched by identity, else cell id) by more than its standard error
 *   (√(se_base² + se_head²) from `eval_<task>_score_se`, whichever are known) or by more than
 *   `eval_regression_min_drop` (0.01 absolute) when no standard error is known;
 * - a pass threshold for the task (config `eval_thresholds`, e.g. {"gsm8k": 0.9}): the score is
 *   below it. With both, a drop that stays at or above the pass threshold is still reported, and
 *   the evidence says whether the score passes.
 * One finding per cell and task.
 */
export const evalRegression: FindingRule = {
  code: 'eval_regression',
  evaluate({ cells, baseline, thresholds: t, evalThresholds }) {
    const passBy = new Map<string, number>();
    for (const [task, v] of Object.entries(evalThresholds ?? {}))
      passBy.set(task.toLowerCase().replace(/[^a-z0-9]+/g, '_'), v);
    if (!baseline && passBy.size === 0) return [];
    const baselineOf = baselineLookup(baseline);
    const out: Finding[] = [];
    for (const c of cells) {
      const base = baselineOf(c);
      for (const key of Object.keys(c.metrics).sort()) {
        const m = SCORE_RE.exec(key);
        if (!m) continue;
        const task = m[1] as string;
        const score = metricOf(c, key);
        if (score === null) continue;
        const se = metricOf(c, `${key}_se`);
        // lm-eval states the direction; a lower-is-better score (perplexity, MAE) carries `<key>_direction`.
        const lower = c.metrics[`${key}_direction`] === 'lower_is_better';
        const evidence: Record<string, unknown> = {
          task,
          metric: key,
          score: r(score),
          score_se: se,
          ...(lower ? { direction: 'lower_is_better' } : {}),
        };
        const reasons: string[] = [];
        const conditions: string[] = [];
        let thresholdName = 'eval_regression_min_drop';
        let threshold: number = t.eval_regression_min_drop;
        const bScore = base ? metricOf(base, key) : null;
        if (base && bScore !== null) {
          const bSe = metricOf(base, `${key}_se`);
          const known = [se, bSe].filter((x): x is number => x !== null);
          const allowed =
            known.length > 0 ? Math.sqrt(known.reduce((a, x) => a + x * x, 0)) : t.eval_regression_min_drop;
          const drop = lower ? score - bScore : bScore - score;
          Object.assign(evidence, {
            baseline_cell: base.cell_id,
            baseline_score: r(bScore),
            baseline_score_se: bSe,
            drop: r(drop),
            allowed_drop: r(allowed),
            allowed_drop_basis: known.length > 0 ? 'standard error of the difference' : 'eval_regression_min_drop',
          });
          if (drop > allowed) {
            conditions.push('drop_vs_baseline');
            reasons.push(
              `${score.toFixed(3)} vs ${bScore.toFixed(3)} in the baseline, a drop of ${drop.toFixed(3)} beyond ${known.length > 0 ? `the standard error ${allowed.toFixed(3)}` : `the ${t.eval_regression_min_drop} minimum`}`,
            );
          }
        }
        const pass = passBy.get(task.toLowerCase());
        if (pass !== undefined) {
          evidence.pass_threshold = pass;
          evidence.passes = lower ? score <= pass : score >= pass;
          if (!evidence.passes) {
            conditions.push('below_pass_threshold');
            reasons.push(`${score.toFixed(3)} ${lower ? 'above' : 'below'} the pass threshold ${pass}`);
            thresholdName = `eval_thresholds.${task}`;
            threshold = pass;
          }
        }
        if (conditions.length === 0) continue;
        out.push({
          code: 'eval_regression',
          severity: 'warning',
          message: `Cell ${c.cell_id} ${task} score regressed: ${reasons.join('; ')}.`,
          cell_id: c.cell_id,
          evidence: {
            conditions,
            ...evidence,
            threshold_name: thresholdName,
            threshold,
            files: cellFiles(c),
          },
        });
      }
    }
    return out;
  },
};
