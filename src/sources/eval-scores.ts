/**
 * lm-evaluation-harness results, read → map: the pure mapper from an lm-eval results object (any
 * layout in use) to our metric names, the primary score per task, and the cell identity the file
 * itself states. The producer's own keys are all in this file.
 *
 * Layouts (docs/ARCHITECTURE.md "lm-eval"):
 * - 0.3: `results.<task>.<metric>` (`acc`, `acc_stderr`, `ppl`, `bleu`…), `versions`, `config`
 *   (`model`, `model_args`, `num_fewshot`, `limit`); no filters, no directions.
 * - 0.4.0–0.4.8: `results.<task>."<metric>,<filter>"` plus `alias`, `configs.<task>.metric_list`,
 *   `filter_list`, `n-samples`, `n-shot`, `higher_is_better`, `groups` (group aggregates, 0.4.0–0.4.2),
 *   `group_subtasks`, `model_name` (later 0.4.x), no `lm_eval_version` key in the earlier ones.
 * - 0.4.9+: the same plus `lm_eval_version`.
 * Python's `NaN`/`Infinity` (lm-eval writes them for undefined stderrs) read as missing values.
 *
 * Primary score per task: the task's first configured metric (`configs.<task>.metric_list[0]`),
 * else the first metric the results list; the strict filter first, else flexible/extract, else
 * `none`, else the first filter (the InferenceX collector rule for exact_match). Its name is the
 * real metric: `em_strict` / `em_flexible` for exact_match with a strict / flexible filter (the
 * InferenceX collector's names), `accuracy` for acc, else the metric itself (`bleu`, `mae`,
 * `eqbench`, `ppl`, `acc_norm`, with a non-`none` filter appended). Direction from
 * `higher_is_better` (per task and metric, or the metric_list entry); else a short table of
 * lower-is-better metrics (perplexities, error rates, MAE/MSE, TER/WER/CER).
 */
import { isRecord, toInt, toNumber, toStr } from '../core/parse.js';
import type { Identity, Metrics } from '../core/types.js';
import { emptyIdentity } from '../core/cells/identity.js';

/** One task's scores, as the report's `extras.eval` lists them. */
export interface EvalScore {
  task: string;
  score: number | null;
  score_name: string | null;
  /** The producer's own key of the primary score, e.g. `exact_match,strict-match` or `acc`. */
  score_key: string | null;
  score_se: number | null;
  higher_is_better: boolean | null;
  n_effective: number | null;
  n_original: number | null;
  limit: number | null;
  file: string;
}

/** Keys whose presence next to `results` makes an object an lm-eval results file. */
export const LM_EVAL_COMPANION_KEYS = [
  'versions',
  'configs',
  'config',
  'n-shot',
  'n-samples',
  'higher_is_better',
  'lm_eval_version',
  'group_subtasks',
  'groups',
] as const;

/** Metrics where lower is better when the file states no direction (0.3 files never do). */
const LOWER_IS_BETTER = /(^|_)(perplexity|ppl|bits_per_byte|mae|mse|rmse|ter|wer|cer|brier_score|loss)$/;

/** Filter names → the word metric names carry (`none` carries none). */
const FILTER_WORDS: Readonly<Record<string, string>> = {
  none: '',
  'strict-match': 'strict',
  'flexible-extract': 'flexible',
};

/** Whether a parsed JSON value is an lm-eval results object (any layout), by content. */
export function isLmEvalResults(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v) || !isRecord(v.results)) return false;
  if (!LM_EVAL_COMPANION_KEYS.some((k) => k in v)) return false;
  const tasks = Object.values(v.results);
  return tasks.length === 0 || tasks.some((t) => isRecord(t));
}

/** `0.3` (no configs/filters), `0.4` (configs, `<metric>,<filter>` keys), with the version when stated. */
export function lmEvalLayout(v: Record<string, unknown>): { layout: '0.3' | '0.4'; version: string | null } {
  const version = toStr(v.lm_eval_version);
  const has04 =
    isRecord(v.configs) ||
    'n-samples' in v ||
    'higher_is_better' in v ||
    Object.values(isRecord(v.results) ? v.results : {}).some(
      (t) => isRecord(t) && Object.keys(t).some((k) => k.includes(',')),
    );
  return { layout: has04 || version !== null ? '0.4' : '0.3', version };
}

/** Lower-case name limited to [a-z0-9_] (runs of other characters become one `_`). */
export function sanitizeMetricName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

function filterWord(filter: string | null): string {
  if (filter === null) return '';
  return FILTER_WORDS[filter] ?? filter;
}

/** `<metric>[,<filter>]` split; the stderr suffix is part of the metric. */
function splitKey(key: string): { metric: string; filter: string | null } {
  const comma = key.indexOf(',');
  return comma < 0 ? { metric: key, filter: null } : { metric: key.slice(0, comma), filter: key.slice(comma + 1) };
}

/** Every numeric value of one task as `eval_<task>_<metric>[_<filter>][_stderr]`. */
function taskMetrics(taskName: string, tr: Record<string, unknown>, out: Metrics): void {
  for (const key of Object.keys(tr).sort()) {
    if (key === 'alias' || key === 'samples') continue;
    const value = toNumber(tr[key]);
    if (value === null) continue;
    const { metric, filter } = splitKey(key);
    const word = filterWord(filter);
    const stderr = metric.endsWith('_stderr');
    const base = stderr ? metric.slice(0, -'_stderr'.length) : metric;
    out[sanitizeMetricName(`eval_${taskName}_${base}${word ? `_${word}` : ''}${stderr ? '_stderr' : ''}`)] = value;
  }
}

interface Primary {
  metric: string;
  filter: string | null;
  value: number;
  se: number | null;
}

/** Metric names a task's results list, in file order (no alias, no stderr). */
function listedMetrics(tr: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(tr)) {
    if (key === 'alias' || key === 'samples') continue;
    const { metric } = splitKey(key);
    if (!metric.endsWith('_stderr') && !out.includes(metric)) out.push(metric);
  }
  return out;
}

function filterRank(filter: string | null): number {
  if (filter === null || filter === 'none') return 2;
  const f = filter.toLowerCase();
  if (f.includes('strict')) return 0;
  if (f.includes('flex') || f.includes('extract')) return 1;
  return 3;
}

/** The primary score of one task (module doc), or null when the task has no numeric metric. */
function primaryScore(tr: Record<string, unknown>, tc: Record<string, unknown>): Primary | null {
  const ml = Array.isArray(tc.metric_list) ? tc.metric_list : [];
  const configured = ml.flatMap((m) => (isRecord(m) && typeof m.metric === 'string' ? [m.metric] : []));
  const listed = listedMetrics(tr);
  const order = [...configured.filter((m) => listed.includes(m)), ...listed];
  for (const metric of order) {
    const candidates: Primary[] = [];
    for (const key of Object.keys(tr)) {
      const s = splitKey(key);
      if (s.metric !== metric) continue;
      const value = toNumber(tr[key]);
      if (value === null) continue;
      const seKey = s.filter === null ? `${metric}_stderr` : `${metric}_stderr,${s.filter}`;
      candidates.push({ metric, filter: s.filter, value, se: toNumber(tr[seKey]) });
    }
    candidates.sort((a, b) => filterRank(a.filter) - filterRank(b.filter));
    if (candidates[0]) return candidates[0];
  }
  return null;
}

/** Our name of a primary score (module doc). */
export function scoreName(metric: string, filter: string | null): string {
  const rank = filterRank(filter);
  if (metric === 'exact_match' && rank === 0) return 'em_strict';
  if (metric === 'exact_match' && rank === 1) return 'em_flexible';
  const word = rank === 2 ? '' : filterWord(filter);
  if ((metric === 'acc' || metric === 'accuracy') && word === '') return 'accuracy';
  return sanitizeMetricName(`${metric}${word ? `_${word}` : ''}`);
}

/** Direction of a task metric: the file's `higher_is_better`, the metric_list entry, else the table. */
function higherIsBetter(
  data: Record<string, unknown>,
  task: string,
  tc: Record<string, unknown>,
  metric: string,
): boolean {
  const hib = isRecord(data.higher_is_better) ? data.higher_is_better : {};
  const perTask = isRecord(hib[task]) ? hib[task] : {};
  if (typeof perTask[metric] === 'boolean') return perTask[metric];
  const ml = Array.isArray(tc.metric_list) ? tc.metric_list : [];
  for (const m of ml) {
    if (isRecord(m) && m.metric === metric && typeof m.higher_is_better === 'boolean') return m.higher_is_better;
  }
  return !LOWER_IS_BETTER.test(metric.toLowerCase());
}

/** Task results of a file: `results`, plus `groups` entries (0.4.0–0.4.2) not already in it. */
function taskTable(data: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const src of [data.results, data.groups]) {
    if (!isRecord(src)) continue;
    for (const [task, tr] of Object.entries(src)) if (isRecord(tr) && !(task in out)) out[task] = tr;
  }
  return out;
}

/**
 * Scalar metrics and primary scores of one lm-eval results object: `eval_<task>_<metric>[_<filter>]`
 * for every value, `eval_<task>_score` / `_score_se` for the primary score, and
 * `eval_<task>_score_direction: "lower_is_better"` when lower is better (absent: higher is better).
 */
export function scoreResults(data: Record<string, unknown>, file: string): { metrics: Metrics; scores: EvalScore[] } {
  const metrics: Metrics = {};
  const scores: EvalScore[] = [];
  const tasks = taskTable(data);
  const configs = isRecord(data.configs) ? data.configs : {};
  const nSamples = isRecord(data['n-samples']) ? data['n-samples'] : {};
  const config = isRecord(data.config) ? data.config : {};
  for (const task of Object.keys(tasks).sort()) {
    const tr = tasks[task] as Record<string, unknown>;
    const taskName = sanitizeMetricName(task);
    taskMetrics(taskName, tr, metrics);
    const tc = isRecord(configs[task]) ? configs[task] : {};
    const p = primaryScore(tr, tc);
    const hib = p === null ? null : higherIsBetter(data, task, tc, p.metric);
    if (p !== null) {
      metrics[`eval_${taskName}_score`] = p.value;
      if (p.se !== null) metrics[`eval_${taskName}_score_se`] = p.se;
      if (hib === false) metrics[`eval_${taskName}_score_direction`] = 'lower_is_better';
    }
    const ns = isRecord(nSamples[task]) ? nSamples[task] : {};
    scores.push({
      task,
      score: p?.value ?? null,
      score_name: p === null ? null : scoreName(p.metric, p.filter),
      score_key: p === null ? null : p.filter === null ? p.metric : `${p.metric},${p.filter}`,
      score_se: p?.se ?? null,
      higher_is_better: hib,
      n_effective: toInt(ns.effective),
      n_original: toInt(ns.original),
      limit: toNumber(config.limit),
      file,
    });
  }
  const sorted: Metrics = {};
  for (const k of Object.keys(metrics).sort()) sorted[k] = metrics[k] as Metrics[string];
  return { metrics: sorted, scores };
}

/** `k=v,k=v` model_args (string) or an object, as a map. */
function modelArgs(v: unknown): Record<string, string> {
  if (isRecord(v)) {
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string' || typeof x === 'number') out[k] = String(x);
    return out;
  }
  const out: Record<string, string> = {};
  for (const part of (toStr(v) ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** Model-args keys that name the model, in preference order. */
const MODEL_ARG_KEYS = ['pretrained', 'model', 'model_name', 'path', 'engine', 'repo_id'] as const;

const DTYPES: Readonly<Record<string, string>> = {
  bfloat16: 'bf16',
  float16: 'fp16',
  half: 'fp16',
  float32: 'fp32',
  float: 'fp32',
  fp8: 'fp8',
  bf16: 'bf16',
  fp16: 'fp16',
};

/** The model an lm-eval file names: `model_name`, else model_args (`pretrained=`…), else `config.model`. */
export function lmEvalModel(data: Record<string, unknown>): string | null {
  const named = toStr(data.model_name);
  if (named !== null) return named;
  const args = modelArgs(isRecord(data.config) ? data.config.model_args : undefined);
  for (const k of MODEL_ARG_KEYS) {
    const v = args[k];
    if (v) return v;
  }
  return null;
}

/**
 * Identity a standalone lm-eval file states (no meta_env.json): model (`model_name` / model_args),
 * framework = the lm-eval model backend (`config.model`: `hf`, `vllm`, `local-completions`…),
 * precision from model_args `dtype` (else `config.model_dtype`). The rest is unknown.
 */
export function lmEvalIdentity(data: Record<string, unknown>): Identity {
  const config = isRecord(data.config) ? data.config : {};
  const args = modelArgs(config.model_args);
  const dtype = (args.dtype ?? toStr(config.model_dtype) ?? '').toLowerCase().replace(/^torch\./, '');
  return {
    ...emptyIdentity(),
    model: lmEvalModel(data),
    framework: toStr(config.model)?.toLowerCase() ?? null,
    precision: DTYPES[dtype] ?? null,
  };
}

/** lm-eval's output folder name for a model (`org__name`, model_name_sanitized) back to `org/name`. */
export function modelFromSanitizedFolder(folder: string): string | null {
  if (!/^[A-Za-z0-9._-]+__[A-Za-z0-9._-]+$/.test(folder)) return null;
  return folder.replace('__', '/');
}
