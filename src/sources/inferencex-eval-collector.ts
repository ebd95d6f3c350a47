/**
 * InferenceX's eval collector output (`utils/collect_eval_results.py`: a JSON array of rows with
 * `task`, `score`, `score_name`, hardware and topology) under any file name: the eval adapter
 * reads `agg_eval_*.json` by name; this adapter recognises the same rows by content when the file
 * was renamed (`eval_results.json`, `evals_<date>.json`…) and hands them to the same reader.
 */
import { hasKeys } from './lib/head.js';
import { routedTo } from './lib/recognize.js';
import { collectCollector } from './eval.js';
import { emptyResult, type SourceAdapter } from './types.js';

export const EVAL_COLLECTOR_ID = 'inferencex-eval-collector';

export const inferencexEvalCollectorAdapter: SourceAdapter = {
  id: EVAL_COLLECTOR_ID,
  sniff(file, env) {
    if (!/\.json$/i.test(file.name) || /^agg_eval_/.test(file.name)) return null;
    const h = env.head();
    if (h.shape !== 'json-array' || !hasKeys(h, 'task', 'score')) return null;
    return { claim: true, kind: 'eval_collector', why: 'array of rows with task, score' };
  },
  async collect(ctx) {
    const result = emptyResult();
    for (const f of routedTo(ctx, EVAL_COLLECTOR_ID)) await collectCollector(ctx, f, result);
    return result;
  },
};
