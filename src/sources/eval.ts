/**
 * lm-evaluation-harness outputs as InferenceX uploads them (INPUTS.md §6).
 *
 * An eval set is a folder holding `meta_env.json` (identity) and lm-eval `results*.json` files,
 * recognised by CONTENT (`lm_eval_version`): srt-slurm raw `results_concurrency_*.json` files
 * are not eval files and stay unclaimed (INPUTS §12.6). Only the set's own folder is searched,
 * as InferenceX utils/collect_eval_results.py does.
 *
 * - Legacy set: the newest result file by mtime (tie: lexically last name); older retries are
 *   listed in the manifest as ignored.
 * - Batched set (`eval_concs` is a list): files end in `_conc<N>.json` (maybe `_conc<N>_<k>`);
 *   the newest per N, and only N in `completed_eval_concs`: one fragment per completed N. Files
 *   for other N are listed as ignored and never scored.
 * - Collector output `agg_eval_*.json` (a JSON array of rows with `task` and `score`): one
 *   fragment per row.
 *
 * Scores become scalar metrics `eval_<task>_<metric>[_<filter>]` plus the primary score
 * `eval_<task>_score` (InferenceX `extract_lm_metrics` / `build_row`) and an `eval` extras list.
 * Eval cells carry no request counts. `samples_*.jsonl` are listed, never parsed.
 */
import { isRecord, normalizeHardware, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, CellFragment, Finding, Identity, Metrics, Topology } from '../core/types.js';
import { unknownCounts, type AdapterResult, type FileEntry, type IngestContext, type SourceAdapter } from './types.js';

const CONC_SUFFIX = /_conc(\d+)(?:_\d+)?\.(json|jsonl)$/;
const COUNTS_BASIS = 'eval (no request counts)';

/** One task's scores as InferenceX's collector reports them. */
export interface EvalScore {
  task: string;
  score: number | null;
  score_name: string | null;
  score_se: number | null;
  n_effective: number | null;
  n_original: number | null;
  limit: number | null;
  file: string;
}

export const evalAdapter: SourceAdapter = {
  id: 'eval',
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [] };
    const byDir = new Map<string, FileEntry[]>();
    for (const f of ctx.files) {
      let list = byDir.get(f.dir);
      if (!list) byDir.set(f.dir, (list = []));
      list.push(f);
    }
    for (const f of ctx.files) {
      if (f.name === 'meta_env.json') await collectSet(ctx, f, byDir.get(f.dir) ?? [], result);
    }
    for (const f of ctx.files) {
      if (/^agg_eval_.*\.json$/.test(f.name)) await collectCollector(ctx, f, result);
    }
    return result;
  },
};

function manifestEntry(path: string, kind: string, extra: Record<string, unknown> = {}): ArtifactEntry {
  return { path, kind, cell_id: null, required: kind === 'eval_meta', present: true, ...extra };
}

/** Newest file by mtime; tie → lexically last path. */
function newest(files: FileEntry[]): FileEntry | null {
  let best: FileEntry | null = null;
  for (const f of files) {
    if (!best || f.mtimeMs > best.mtimeMs || (f.mtimeMs === best.mtimeMs && f.path > best.path)) best = f;
  }
  return best;
}

function intList(v: unknown): number[] | null {
  if (!Array.isArray(v)) return null;
  const out: number[] = [];
  for (const x of v) {
    const n = toInt(x);
    if (n !== null) out.push(n);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

async function collectSet(
  ctx: IngestContext,
  metaFile: FileEntry,
  dirFiles: FileEntry[],
  result: AdapterResult,
): Promise<void> {
  const dir = metaFile.dir;
  const metaRead = await ctx.readJson(metaFile.path);
  ctx.claim(metaFile.path);
  result.manifest.push(manifestEntry(metaFile.path, 'eval_meta'));
  if (!metaRead.ok || !isRecord(metaRead.value)) {
    result.findings.push({
      code: 'missing_required_artifact',
      severity: 'critical',
      message: `${metaRead.ok ? `${metaFile.path} is not a JSON object` : metaRead.message}, so the eval set in ${dir || '.'} has no identity and is not scored.`,
      cell_id: null,
      evidence: { file: metaFile.path, reason: metaRead.ok ? 'not_an_object' : metaRead.reason, format: 'eval' },
    });
    return;
  }
  const meta = metaRead.value;

  // Result files: every *.json of the folder (not meta_env.json) holding lm_eval_version.
  const results: { file: FileEntry; data: Record<string, unknown> }[] = [];
  const setFindings: Finding[] = [];
  for (const f of dirFiles) {
    if (!f.name.endsWith('.json') || f.name === 'meta_env.json' || /^agg_eval_/.test(f.name)) continue;
    const r = await ctx.readJson(f.path);
    if (r.ok) {
      if (isRecord(r.value) && 'lm_eval_version' in r.value) results.push({ file: f, data: r.value });
      continue;
    }
    // Unparseable: content cannot decide; inside an eval set a results*.json is an eval output.
    if (/^results.*\.json$/.test(f.name) && !/^results_concurrency_/.test(f.name)) {
      ctx.claim(f.path);
      result.manifest.push(manifestEntry(f.path, 'eval_results', { ignored: true, reason: 'unreadable' }));
      setFindings.push({
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `${r.message}; its eval scores are not used.`,
        cell_id: null,
        evidence: { file: f.path, reason: r.reason, format: 'eval' },
      });
    }
  }
  const sampleFiles = dirFiles.filter((f) => /^samples?.*\.jsonl$/.test(f.name));

  const batchConcs = intList(meta.eval_concs);
  const chosen: { file: FileEntry; data: Record<string, unknown>; conc: number | null }[] = [];
  const ignoredSampleConcs = new Set<number>();
  if (batchConcs === null) {
    const pick = newest(results.map((r) => r.file));
    for (const r of results) {
      ctx.claim(r.file.path);
      if (r.file === pick) {
        chosen.push({ ...r, conc: toInt(meta.conc) });
        result.manifest.push(manifestEntry(r.file.path, 'eval_results'));
      } else {
        result.manifest.push(
          manifestEntry(r.file.path, 'eval_results', {
            ignored: true,
            reason: `older result file; ${pick?.name ?? '?'} is newer`,
          }),
        );
      }
    }
  } else {
    const failed = intList(meta.failed_eval_concs) ?? [];
    const completed = intList(meta.completed_eval_concs) ?? batchConcs.filter((c) => !failed.includes(c));
    const perConc = new Map<number, { file: FileEntry; data: Record<string, unknown> }[]>();
    for (const r of results) {
      ctx.claim(r.file.path);
      const m = CONC_SUFFIX.exec(r.file.name);
      const conc = m ? Number(m[1]) : null;
      if (conc === null) {
        result.manifest.push(
          manifestEntry(r.file.path, 'eval_results', {
            ignored: true,
            reason: 'no _conc<N> suffix in a batched eval set',
          }),
        );
        continue;
      }
      let list = perConc.get(conc);
      if (!list) perConc.set(conc, (list = []));
      list.push(r);
    }
    for (const conc of [...perConc.keys()].sort((a, b) => a - b)) {
      const list = perConc.get(conc) ?? [];
      const pick = newest(list.map((r) => r.file));
      for (const r of list) {
        if (!completed.includes(conc)) {
          ignoredSampleConcs.add(conc);
          result.manifest.push(
            manifestEntry(r.file.path, 'eval_results', {
              ignored: true,
              reason: `concurrency ${conc} is not in completed_eval_concs${failed.includes(conc) ? ' (listed in failed_eval_concs)' : ''}`,
            }),
          );
        } else if (r.file !== pick) {
          result.manifest.push(
            manifestEntry(r.file.path, 'eval_results', {
              ignored: true,
              reason: `older result file; ${pick?.name ?? '?'} is newer`,
            }),
          );
        } else {
          chosen.push({ ...r, conc });
          result.manifest.push(manifestEntry(r.file.path, 'eval_results'));
        }
      }
    }
    for (const conc of completed) {
      if (!perConc.has(conc)) {
        setFindings.push({
          code: 'metrics_unavailable',
          severity: 'warning',
          message: `Eval set ${dir || '.'} lists concurrency ${conc} as completed, but holds no results file for it.`,
          cell_id: null,
          evidence: { file: metaFile.path, concurrency: conc, format: 'eval' },
        });
      }
    }
  }

  for (const s of sampleFiles) {
    ctx.claim(s.path);
    const m = CONC_SUFFIX.exec(s.name);
    const conc = m ? Number(m[1]) : null;
    const ignored = conc !== null && ignoredSampleConcs.has(conc);
    result.manifest.push(
      manifestEntry(
        s.path,
        'eval_samples',
        ignored ? { ignored: true, reason: `concurrency ${conc} is not in completed_eval_concs` } : {},
      ),
    );
  }

  const multinode = toBool(meta.is_multinode);
  const baseIdentity = evalIdentity(meta, multinode, null);
  const topology = buildTopology(meta, multinode === true);

  if (chosen.length === 0) {
    // No usable result: keep the problems visible without inventing a cell.
    result.findings.push(...setFindings);
    return;
  }
  chosen.sort((a, b) => (a.conc ?? -1) - (b.conc ?? -1) || (a.file.path < b.file.path ? -1 : 1));
  chosen.forEach((c, i) => {
    const { metrics, scores } = scoreResults(c.data, c.file.path);
    const samples = sampleFiles
      .filter((s) => {
        if (batchConcs === null) return true;
        const m = CONC_SUFFIX.exec(s.name);
        return m !== null && Number(m[1]) === c.conc;
      })
      .map((s) => s.path);
    const fragment: CellFragment = {
      source_format: 'eval',
      source_variant: batchConcs === null ? 'lm-eval' : 'lm-eval-batched',
      explicit_id: null,
      dir,
      identity: { ...baseIdentity, concurrency: c.conc },
      topology: { ...topology },
      artifacts: {
        eval_meta: metaFile.path,
        eval_results: c.file.path,
        ...(samples.length > 0 ? { eval_samples: samples.length === 1 ? (samples[0] as string) : samples } : {}),
      },
      counts: unknownCounts(COUNTS_BASIS),
      metrics,
      files: [metaFile.path, c.file.path].sort(),
      // Set-level problems (unreadable retries, a completed N without a file) go on the first cell.
      findings: i === 0 ? setFindings : [],
      extras: { eval: scores },
    };
    result.fragments.push(fragment);
  });
}

/** Identity from the InferenceX eval meta / collected row fields (`hw`, `model`, `framework`, …). */
function evalIdentity(v: Record<string, unknown>, multinode: boolean | null, concurrency: number | null): Identity {
  return {
    hardware: normalizeHardware(v.hw),
    model: toStr(v.model),
    framework: toStr(v.framework)?.toLowerCase() ?? null,
    precision: toStr(v.precision)?.toLowerCase() ?? null,
    scenario_type: null,
    is_multinode: multinode,
    recipe_name: null,
    isl: toInt(v.isl),
    osl: toInt(v.osl),
    concurrency,
  };
}

/** Identity topology from meta_env (single node or multi-node key names, ARCHITECTURE.md). */
function buildTopology(meta: Record<string, unknown>, multinode: boolean): Topology {
  const t: Topology = {};
  const ints = multinode
    ? [
        'prefill_tp',
        'prefill_pp',
        'prefill_dcp_size',
        'prefill_pcp_size',
        'prefill_ep',
        'prefill_num_workers',
        'decode_tp',
        'decode_pp',
        'decode_dcp_size',
        'decode_pcp_size',
        'decode_ep',
        'decode_num_workers',
        'num_prefill_gpu',
        'num_decode_gpu',
      ]
    : ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'];
  for (const k of ints) {
    const n = toInt(meta[k]);
    if (n !== null) t[k] = n;
  }
  const bools = multinode ? ['prefill_dp_attention', 'decode_dp_attention'] : ['dp_attention'];
  for (const k of bools) {
    const b = toBool(meta[k]);
    if (b !== null) t[k] = b;
  }
  const spec = toStr(meta.spec_decoding);
  if (spec !== null) t.spec_decoding = spec;
  const prefix = toStr(meta.infmax_model_prefix) ?? toStr(meta.model_prefix);
  if (prefix !== null) t.model_prefix = prefix;
  const fp = toStr(meta.recipe_fingerprint);
  if (fp !== null) t.recipe_fingerprint = fp;
  const gpus = deriveGpus(t, multinode);
  if (gpus !== null) t.gpus = gpus;
  const sorted: Topology = {};
  for (const k of Object.keys(t).sort()) sorted[k] = t[k] as Topology[string];
  return sorted;
}

function deriveGpus(t: Topology, multinode: boolean): number | null {
  const n = (k: string): number | null => (typeof t[k] === 'number' ? (t[k] as number) : null);
  if (multinode) {
    const np = n('num_prefill_gpu');
    const nd = n('num_decode_gpu');
    if (np !== null && nd !== null) return np + nd;
    const pw = n('prefill_num_workers');
    const ptp = n('prefill_tp');
    const dw = n('decode_num_workers');
    const dtp = n('decode_tp');
    if (pw !== null && ptp !== null && dw !== null && dtp !== null) return pw * ptp + dw * dtp;
    return null;
  }
  const tp = n('tp');
  if (tp === null) return null;
  return tp * (n('pp') ?? 1) * (n('pcp_size') ?? 1);
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
  if (filter === null || filter === 'none') return '';
  if (filter === 'strict-match') return 'strict';
  if (filter === 'flexible-extract') return 'flexible';
  return filter;
}

/**
 * Scalar metrics and primary scores of one lm-eval results object.
 * Primary score (InferenceX collect_eval_results.py `extract_lm_metrics` + `build_row`): the base
 * metric is `configs.<task>.metric_list[0].metric` (default exact_match); a filter whose name
 * holds `strict` gives the strict value, `flex`/`extract` the flexible one; with no filter list
 * the `,none` (or bare) value is accuracy for acc/accuracy, else strict. score = strict, else
 * flexible, else accuracy.
 */
export function scoreResults(data: Record<string, unknown>, file: string): { metrics: Metrics; scores: EvalScore[] } {
  const metrics: Metrics = {};
  const scores: EvalScore[] = [];
  const results = isRecord(data.results) ? data.results : {};
  const configs = isRecord(data.configs) ? data.configs : {};
  const nSamples = isRecord(data['n-samples']) ? data['n-samples'] : {};
  const config = isRecord(data.config) ? data.config : {};
  for (const task of Object.keys(results).sort()) {
    const tr = results[task];
    if (!isRecord(tr)) continue;
    const taskName = sanitizeMetricName(task);
    for (const key of Object.keys(tr).sort()) {
      if (key === 'alias') continue;
      const value = toNumber(tr[key]);
      if (value === null) continue;
      const comma = key.indexOf(',');
      const metric = comma < 0 ? key : key.slice(0, comma);
      const filter = comma < 0 ? null : key.slice(comma + 1);
      const word = filterWord(filter);
      // The stderr suffix goes last: eval_gsm8k_exact_match_strict_stderr.
      const stderr = metric.endsWith('_stderr');
      const base = stderr ? metric.slice(0, -'_stderr'.length) : metric;
      const name = sanitizeMetricName(`eval_${taskName}_${base}${word ? `_${word}` : ''}${stderr ? '_stderr' : ''}`);
      metrics[name] = value;
    }

    const tc = isRecord(configs[task]) ? configs[task] : {};
    const ml = Array.isArray(tc.metric_list) ? tc.metric_list : [];
    const first = ml[0];
    const baseMetric = isRecord(first) && typeof first.metric === 'string' ? first.metric : 'exact_match';
    const filters = Array.isArray(tc.filter_list) ? tc.filter_list : [];
    const get = (filterName: string | null): [number | null, number | null] => {
      const suffix = filterName ? `,${filterName}` : '';
      return [toNumber(tr[`${baseMetric}${suffix}`]), toNumber(tr[`${baseMetric}_stderr${suffix}`])];
    };
    let strict: [number | null, number | null] = [null, null];
    let flex: [number | null, number | null] = [null, null];
    let acc: [number | null, number | null] = [null, null];
    const isAcc = baseMetric === 'acc' || baseMetric === 'accuracy';
    if (filters.length === 0) {
      let v = get('none');
      if (v[0] === null) v = get(null);
      if (isAcc) acc = v;
      else strict = v;
    } else {
      for (const fc of filters) {
        if (!isRecord(fc) || typeof fc.name !== 'string') continue;
        const v = get(fc.name);
        const n = fc.name.toLowerCase();
        if (n.includes('strict')) strict = v;
        else if (n.includes('flex') || n.includes('extract')) flex = v;
        else if (isAcc) acc = v;
        else if (strict[0] === null) strict = v;
      }
    }
    let score: number | null = null;
    let scoreName: string | null = null;
    let scoreSe: number | null = null;
    if (strict[0] !== null) [score, scoreName, scoreSe] = [strict[0], 'em_strict', strict[1]];
    else if (flex[0] !== null) [score, scoreName, scoreSe] = [flex[0], 'em_flexible', flex[1]];
    else if (acc[0] !== null) [score, scoreName, scoreSe] = [acc[0], 'accuracy', acc[1]];
    if (score !== null) {
      metrics[`eval_${taskName}_score`] = score;
      if (scoreSe !== null) metrics[`eval_${taskName}_score_se`] = scoreSe;
    }
    const ns = isRecord(nSamples[task]) ? (nSamples[task] as Record<string, unknown>) : {};
    scores.push({
      task,
      score,
      score_name: scoreName,
      score_se: scoreSe,
      n_effective: toInt(ns.effective),
      n_original: toInt(ns.original),
      limit: toNumber(config.limit),
      file,
    });
  }
  return { metrics: sortMetrics(metrics), scores };
}

function sortMetrics(m: Metrics): Metrics {
  const out: Metrics = {};
  for (const k of Object.keys(m).sort()) out[k] = m[k] as Metrics[string];
  return out;
}

/** `agg_eval_*.json`: collector rows (hw upper-cased, dp_attention strings), one fragment per row. */
export async function collectCollector(ctx: IngestContext, file: FileEntry, result: AdapterResult): Promise<void> {
  const r = await ctx.readJson(file.path);
  if (!r.ok) {
    ctx.claim(file.path);
    result.manifest.push(manifestEntry(file.path, 'eval_collector', { ignored: true, reason: 'unreadable' }));
    result.findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `${r.message}; its eval rows are not used.`,
      cell_id: null,
      evidence: { file: file.path, reason: r.reason, format: 'eval' },
    });
    return;
  }
  const rows = r.value;
  if (!Array.isArray(rows) || !rows.some((x) => isRecord(x) && 'task' in x && 'score' in x)) return;
  ctx.claim(file.path);
  result.manifest.push(manifestEntry(file.path, 'eval_collector'));
  const bad: number[] = [];
  rows.forEach((row, index) => {
    const task = isRecord(row) ? toStr(row.task) : null;
    if (!isRecord(row) || task === null) {
      bad.push(index);
      return;
    }
    const multinode = toBool(row.is_multinode);
    const taskName = sanitizeMetricName(task);
    const metrics: Metrics = {};
    const put = (suffix: string, v: unknown): void => {
      const n = toNumber(v);
      if (n !== null) metrics[`eval_${taskName}_${suffix}`] = n;
    };
    put('score', row.score);
    put('score_se', row.score_se);
    put('em_strict', row.em_strict);
    put('em_strict_se', row.em_strict_se);
    put('em_flexible', row.em_flexible);
    put('em_flexible_se', row.em_flexible_se);
    const topology = buildTopology({ ...row, infmax_model_prefix: row.model_prefix }, multinode === true);
    const score: EvalScore & { source: string | null; row: number } = {
      task,
      score: toNumber(row.score),
      score_name: toStr(row.score_name),
      score_se: toNumber(row.score_se),
      n_effective: toInt(row.n_eff),
      n_original: null,
      limit: null,
      file: file.path,
      source: toStr(row.source),
      row: index,
    };
    result.fragments.push({
      source_format: 'eval',
      source_variant: 'inferencex-eval-collector',
      explicit_id: null,
      dir: file.dir,
      identity: evalIdentity(row, multinode, toInt(row.conc)),
      topology,
      artifacts: { eval_collector: file.path },
      counts: unknownCounts(COUNTS_BASIS),
      metrics: sortMetrics(metrics),
      files: [file.path],
      findings: [],
      extras: { eval: [score] },
    });
  });
  if (bad.length > 0) {
    result.findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `${file.path} has ${bad.length} row(s) without a task (first: row ${bad.slice(0, 5).join(', ')}); they are skipped.`,
      cell_id: null,
      evidence: { file: file.path, bad_rows: bad.length, first_rows: bad.slice(0, 5), format: 'eval' },
    });
  }
}
