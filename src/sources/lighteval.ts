/**
 * Hugging Face lighteval results (`<output_dir>/results/<model>/results_<date>.json`, written by
 * `EvaluationTracker.save_results`): `config_general` (model_name, max_samples, lighteval_sha,
 * model_config), `results.<task key>.<metric>` with `<metric>_stderr`, `versions`, `config_tasks`
 * (per task: `metrics` with `metric_name` and `higher_is_better`, `effective_num_docs`…),
 * `summary_tasks`, `summary_general`.
 *
 * Task keys: `<task>|<few-shot>` (lighteval 0.9+), `<suite>|<task>|<few-shot>[|<truncate>]`
 * (earlier, and the Open LLM Leaderboard's `harness|arc:challenge|25`). The task name is the last
 * non-numeric part (`mmlu:abstract_algebra` → `mmlu_abstract_algebra`); when two keys give the
 * same name (the same task at two few-shot counts) the few-shot count is appended
 * (`gsm8k_5shot`). `all` is lighteval's average over every task and metric: not a task, skipped.
 * `<group>:_average|<n>` entries (averages of subtasks) are kept, like lm-eval's groups.
 *
 * In an InferenceX eval set (`meta_env.json` beside the file; InferenceX itself runs lm-eval, but a
 * set scored with lighteval is read here, not as lm-eval) the set's identity and topology fill what
 * lighteval does not state; the model stays `config_general.model_name`.
 *
 * Metric names follow lm-eval's (src/sources/eval-scores.ts): `eval_<task>_<metric>` and
 * `_stderr` for every value, `eval_<task>_score` / `_score_se` for the primary score (the task's
 * first configured metric, else its first listed one), `_score_direction: "lower_is_better"` when
 * the task config says so. NaN stderrs (lighteval writes them on overflow) read as missing.
 */
import { emptyIdentity } from '../core/cells/identity.js';
import { isRecord, toInt, toNumber, toStr } from '../core/parse.js';
import type { CellFragment, Identity, Metrics } from '../core/types.js';
import { sanitizeMetricName, type EvalScore } from './eval-scores.js';
import { evalSetIdentity } from './eval.js';
import { joinPath } from './paths.js';
import { parseJsonLenient, type FileHead } from './lib/head.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import { routedTo } from './lib/recognize.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext, type SourceAdapter } from './types.js';

export const LIGHTEVAL_ID = 'lighteval';
const COUNTS_BASIS = 'eval (no request counts)';

/** Whether a parsed value is a lighteval results object: `config_general` and `results` objects. */
export function isLightevalResults(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && isRecord(v.config_general) && isRecord(v.results);
}

export function sniffLighteval(
  file: FileEntry,
  head: () => FileHead,
): { claim: true; kind: string; why: string } | null {
  if (!/\.json$/i.test(file.name)) return null;
  const h = head();
  if (h.shape !== 'json-object' || !h.keys.includes('config_general') || !h.keys.includes('results')) return null;
  return { claim: true, kind: 'lighteval_results', why: 'config_general next to results' };
}

/** A task key's name and few-shot count (module doc). */
export function lightevalTask(key: string): { name: string; fewshot: number | null } {
  const parts = key.split('|');
  let idx = -1;
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test((parts[i] as string).trim())) {
      idx = i;
      break;
    }
  }
  if (idx < 0) return { name: key, fewshot: null };
  const next = parts[idx + 1];
  return { name: parts[idx] as string, fewshot: next !== undefined ? toInt(next) : null };
}

/** The configured metrics of a task (`config_tasks.<key>.metrics`: strings, or objects with `metric_name`). */
function configuredMetrics(tc: Record<string, unknown>): { names: string[]; hib: Map<string, boolean> } {
  const names: string[] = [];
  const hib = new Map<string, boolean>();
  const list = Array.isArray(tc.metrics) ? tc.metrics : [];
  for (const m of list) {
    if (typeof m === 'string') {
      names.push(m);
      continue;
    }
    if (!isRecord(m)) continue;
    const mn = m.metric_name;
    const own = typeof mn === 'string' ? [mn] : Array.isArray(mn) ? mn.filter((x) => typeof x === 'string') : [];
    names.push(...own);
    const h = m.higher_is_better;
    if (typeof h === 'boolean') for (const n of own) hib.set(n, h);
    else if (isRecord(h)) for (const [n, b] of Object.entries(h)) if (typeof b === 'boolean') hib.set(n, b);
  }
  return { names, hib };
}

/** Per-task names (module doc): the task name, with the few-shot count when two keys share it. */
function taskNames(keys: string[]): Map<string, string> {
  const base = new Map(keys.map((k) => [k, sanitizeMetricName(lightevalTask(k).name)]));
  const count = new Map<string, number>();
  for (const n of base.values()) count.set(n, (count.get(n) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const k of keys) {
    const n = base.get(k) as string;
    const fs = lightevalTask(k).fewshot;
    out.set(k, (count.get(n) ?? 0) > 1 && fs !== null ? `${n}_${fs}shot` : n);
  }
  return out;
}

/** Metrics and primary scores of one lighteval results object. */
export function scoreLighteval(data: Record<string, unknown>, file: string): { metrics: Metrics; scores: EvalScore[] } {
  const results = isRecord(data.results) ? data.results : {};
  const configs = isRecord(data.config_tasks) ? data.config_tasks : {};
  const general = isRecord(data.config_general) ? data.config_general : {};
  const keys = Object.keys(results).filter((k) => k !== 'all' && isRecord(results[k]));
  const names = taskNames(keys);
  const metrics: Metrics = {};
  const scores: EvalScore[] = [];
  for (const key of [...keys].sort()) {
    const tr = results[key] as Record<string, unknown>;
    const task = names.get(key) as string;
    const listed: string[] = [];
    for (const k of Object.keys(tr)) {
      const value = toNumber(tr[k]);
      if (value === null) continue;
      metrics[sanitizeMetricName(`eval_${task}_${k}`)] = value;
      if (!k.endsWith('_stderr')) listed.push(k);
    }
    const tc = isRecord(configs[key]) ? configs[key] : {};
    const { names: configured, hib } = configuredMetrics(tc);
    const primary = [...configured.filter((m) => listed.includes(m)), ...listed][0] ?? null;
    const value = primary === null ? null : toNumber(tr[primary]);
    const se = primary === null ? null : toNumber(tr[`${primary}_stderr`]);
    const higher = primary === null ? null : (hib.get(primary) ?? true);
    if (value !== null) {
      metrics[`eval_${task}_score`] = value;
      if (se !== null) metrics[`eval_${task}_score_se`] = se;
      if (higher === false) metrics[`eval_${task}_score_direction`] = 'lower_is_better';
    }
    const eff = toInt(tc.effective_num_docs);
    const orig = toInt(tc.original_num_docs);
    scores.push({
      task: key,
      score: value,
      score_name: primary === null ? null : sanitizeMetricName(primary),
      score_key: primary,
      score_se: se,
      higher_is_better: higher,
      n_effective: eff !== null && eff >= 0 ? eff : null,
      n_original: orig !== null && orig >= 0 ? orig : null,
      limit: toNumber(general.max_samples),
      file,
    });
  }
  const sorted: Metrics = {};
  for (const k of Object.keys(metrics).sort()) sorted[k] = metrics[k] as Metrics[string];
  return { metrics: sorted, scores };
}

const DTYPES: Readonly<Record<string, string>> = {
  bfloat16: 'bf16',
  bf16: 'bf16',
  float16: 'fp16',
  fp16: 'fp16',
  half: 'fp16',
  float32: 'fp32',
  fp32: 'fp32',
};

/**
 * Identity a lighteval file states: model (`config_general.model_name`, else
 * `model_config.model_name`), precision from `model_config.dtype`. Framework and hardware unknown
 * (lighteval's backend is not the serving framework of a benchmark cell).
 */
export function lightevalIdentity(data: Record<string, unknown>): Identity {
  const general = isRecord(data.config_general) ? data.config_general : {};
  const mc = isRecord(general.model_config) ? general.model_config : {};
  const dtype = (toStr(mc.dtype) ?? '').toLowerCase().replace(/^torch\./, '');
  return {
    ...emptyIdentity(),
    model: toStr(general.model_name) ?? toStr(mc.model_name),
    precision: DTYPES[dtype] ?? null,
  };
}

/**
 * One lighteval cell. In an InferenceX eval set (a `meta_env.json` beside the file) the set's
 * identity and topology (hardware, framework, precision, tp/ep…, `conc`) fill what lighteval does
 * not say; the model stays lighteval's own (`config_general.model_name`).
 */
function lightevalFragment(
  file: FileEntry,
  data: Record<string, unknown>,
  meta: { path: string; value: Record<string, unknown> } | null,
): CellFragment {
  const { metrics, scores } = scoreLighteval(data, file.path);
  const general = isRecord(data.config_general) ? data.config_general : {};
  const sha = toStr(general.lighteval_sha);
  const own = lightevalIdentity(data);
  const set = meta === null ? null : evalSetIdentity(meta.value);
  const identity: Identity = { ...own };
  if (set !== null) {
    const filled: Record<string, unknown> = identity as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(set.identity)) if (filled[k] === null && v !== null) filled[k] = v;
  }
  return buildFragment({
    format: 'eval',
    variant: LIGHTEVAL_ID,
    file: file.path,
    dir: file.dir,
    otherFiles: meta ? [meta.path] : [],
    identity,
    topology: set?.topology ?? {},
    counts: { total: null, successful: null, basis: COUNTS_BASIS },
    metrics,
    artifacts: { eval_results: file.path, ...(meta ? { eval_meta: meta.path } : {}) },
    // `results_<timestamp>.json` is lighteval's own name: no configuration label in it.
    fixedFileName: true,
    extras: { eval: scores, ...(sha !== null && sha !== '?' ? { lighteval_sha: sha } : {}) },
  });
}

/**
 * The InferenceX eval set's `meta_env.json` beside a lighteval file (recognised as the eval
 * adapter's, which lists it), when there is one and it reads.
 */
async function setMeta(
  ctx: IngestContext,
  file: FileEntry,
): Promise<{ path: string; value: Record<string, unknown> } | null> {
  const path = joinPath(file.dir, 'meta_env.json');
  if (ctx.recognition?.(path)?.adapter !== 'eval') return null;
  const read = await ctx.readJson(path);
  return read.ok && isRecord(read.value) ? { path, value: read.value } : null;
}

async function collectLighteval(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  for (const f of routedTo(ctx, LIGHTEVAL_ID)) {
    ctx.claim(f.path);
    let read = await ctx.readJson(f.path);
    if (!read.ok && read.reason === 'invalid_json') {
      // lighteval writes Python's NaN for an overflowing stderr.
      const text = await ctx.readText(f.path);
      try {
        const v: unknown = text === null ? undefined : parseJsonLenient(text);
        if (v !== undefined) read = { ok: true, value: v };
      } catch {
        // stays unreadable
      }
    }
    const ok = read.ok && isLightevalResults(read.value);
    result.manifest.push({ path: f.path, kind: 'eval_results', cell_id: null, required: true, present: true });
    if (!ok) {
      const why = read.ok ? `${f.path} is not a lighteval results object` : read.message;
      result.findings.push(
        fragmentFinding('missing_required_artifact', 'critical', `${why}, so no eval score was read from it.`, {
          kind: 'unreadable_result',
          file: f.path,
          format: 'eval',
          adapter: LIGHTEVAL_ID,
        }),
      );
      continue;
    }
    const meta = await setMeta(ctx, f);
    result.fragments.push(lightevalFragment(f, (read as { value: Record<string, unknown> }).value, meta));
  }
  return result;
}

export const lightevalAdapter: SourceAdapter = {
  id: LIGHTEVAL_ID,
  sniff: (file, env) => sniffLighteval(file, env.head),
  collect: collectLighteval,
};
