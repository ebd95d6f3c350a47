/**
 * lm-evaluation-harness outputs (docs/ARCHITECTURE.md "Producer notes"), recognised by CONTENT, in every layout in
 * use (0.3, 0.4.0–0.4.8, 0.4.9+; src/sources/eval-scores.ts maps the producer's keys):
 *
 * - InferenceX eval set: a folder holding `meta_env.json` (identity) and lm-eval result files.
 *   Legacy set: the newest result file by mtime (tie: lexically last name); older retries are
 *   listed as ignored. Batched set (`eval_concs` is a list): files end in `_conc<N>.json`; the
 *   newest per N, and only N in `completed_eval_concs`: one fragment per completed N.
 * - Plain lm-eval output anywhere else (`<output_path>/<org>__<model>/results_<ts>.json`, or a
 *   0.3 file under any name): one fragment per result file, identity from the file
 *   (`model_name`, `config.model_args`, `config.model`); per folder and task the newest file wins
 *   (`date`, else the name), older files for the same tasks are listed as ignored. Fragments of
 *   one model merge into one cell (their tasks side by side).
 * - Collector output `agg_eval_*.json` (a JSON array of rows with `task` and `score`): one
 *   fragment per row.
 *
 * A result file that does not parse (truncated) still leaves its cell: identity from meta_env.json
 * or from the path (lm-eval's `<org>__<model>` folder), completion unknown, and the finding naming
 * file and line on that cell (`missing_required_artifact` when it was the cell's only result,
 * `metrics_unavailable` when a readable retry was used instead). srt-slurm raw
 * `results_concurrency_*.json` files are not eval files (INPUTS §12.6). Eval cells carry no
 * request counts. `samples_*.jsonl` are listed, never parsed.
 */
import { baseOf } from './paths.js';
import { emptyIdentity } from '../core/cells/identity.js';
import { isRecord, normalizeHardware, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, CellFragment, Finding, Identity, Metrics, Topology } from '../core/types.js';
import {
  LM_EVAL_COMPANION_KEYS,
  isLmEvalResults,
  lmEvalIdentity,
  lmEvalLayout,
  modelFromSanitizedFolder,
  sanitizeMetricName,
  scoreResults,
  type EvalScore,
} from './eval-scores.js';
import { hasAnyKey, parseJsonLenient, type FileHead } from './lib/head.js';
import {
  unknownCounts,
  type AdapterResult,
  type FileEntry,
  type IngestContext,
  type SourceAdapter,
  type SniffVerdict,
} from './types.js';

export { sanitizeMetricName, scoreResults, type EvalScore };

const CONC_SUFFIX = /_conc(\d+)(?:_\d+)?\.(json|jsonl)$/;
const COUNTS_BASIS = 'eval (no request counts)';
/** Names that hold other producers' JSON, never an lm-eval result. */
const NOT_RESULTS = /^(meta_env\.json|agg_eval_.*|results_concurrency_.*)$/;
/** lm-eval result files are KBs to a few MB; larger JSON outside an eval set is not sniffed. */
const SNIFF_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Recognition from name and first bytes: meta_env.json, `agg_eval_*.json` collector arrays, and
 * lm-eval results by content (`results` plus a companion key, or a `results*.json` whose head is
 * lm-eval's: `{"results": {` with `alias` or `<metric>,<filter>` keys, also when truncated).
 */
export function sniffEval(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (!file.name.endsWith('.json')) return null;
  if (file.name === 'meta_env.json') return { claim: true, kind: 'eval_meta', why: 'InferenceX eval metadata' };
  const h = head();
  if (/^agg_eval_/.test(file.name))
    return h.shape === 'json-array' ? { claim: true, kind: 'eval_collector', why: 'agg_eval_*.json array' } : null;
  if (h.shape !== 'json-object' || h.keys[0] !== 'results') return null;
  if (hasAnyKey(h, ...LM_EVAL_COMPANION_KEYS))
    return { claim: true, kind: 'lm_eval_results', why: 'results next to lm-eval keys' };
  const lmHead = /"alias"\s*:|"[A-Za-z0-9_@.]+,(none|strict-match|flexible-extract)"\s*:/.test(h.text);
  if (lmHead && (h.truncated || /^results.*\.json$/.test(file.name)))
    return { claim: true, kind: 'lm_eval_results', why: 'lm-eval results head' };
  return null;
}

export const evalAdapter: SourceAdapter = {
  id: 'eval',
  sniff: (file, env) => sniffEval(file, env.head),
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [] };
    const byDir = new Map<string, FileEntry[]>();
    for (const f of ctx.files) {
      let list = byDir.get(f.dir);
      if (!list) byDir.set(f.dir, (list = []));
      list.push(f);
    }
    const setDirs = new Set(ctx.files.filter((f) => f.name === 'meta_env.json').map((f) => f.dir));
    for (const f of ctx.files) {
      if (f.name === 'meta_env.json') await collectSet(ctx, f, byDir.get(f.dir) ?? [], result);
    }
    for (const [dir, files] of [...byDir.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!setDirs.has(dir)) await collectStandalone(ctx, files, result);
    }
    for (const f of ctx.files) {
      if (/^agg_eval_.*\.json$/.test(f.name)) await collectCollector(ctx, f, result);
    }
    return result;
  },
};

// ---------------------------------------------------------------------------------------------
// reading

type EvalRead =
  | { kind: 'results'; data: Record<string, unknown> }
  | { kind: 'other' }
  | { kind: 'unreadable'; message: string; reason: string; text: string | null };

/** A result file whose head is lm-eval's (`{"results": {…`): what a truncated one still shows. */
const RESULTS_HEAD = /^\s*\{\s*"results"\s*:\s*\{/;

/**
 * Reads a JSON file as an lm-eval result: Python's NaN/Infinity accepted (lm-eval writes them);
 * `other` when it parses but is not lm-eval; `unreadable` when it does not parse and its head or
 * name says it is an lm-eval result.
 */
async function readEvalJson(ctx: IngestContext, f: FileEntry): Promise<EvalRead> {
  const r = await ctx.readJson(f.path);
  if (r.ok) return isLmEvalResults(r.value) ? { kind: 'results', data: r.value } : { kind: 'other' };
  const text = r.reason === 'invalid_json' ? await ctx.readText(f.path) : null;
  if (text !== null) {
    try {
      const v = parseJsonLenient(text);
      if (isLmEvalResults(v)) return { kind: 'results', data: v };
      if (v !== undefined) return { kind: 'other' };
    } catch {
      // Not even lenient JSON: decided by head and name below.
    }
  }
  const looksLike = (text !== null && RESULTS_HEAD.test(text)) || /^results.*\.json$/.test(f.name);
  return looksLike ? { kind: 'unreadable', message: r.message, reason: r.reason, text } : { kind: 'other' };
}

function manifestEntry(path: string, kind: string, extra: Record<string, unknown> = {}): ArtifactEntry {
  return { path, kind, cell_id: null, required: kind === 'eval_meta', present: true, ...extra };
}

function unreadableFinding(path: string, read: { message: string; reason: string }, only: boolean): Finding {
  const line = /at line (\d+)/.exec(read.message);
  return {
    code: only ? 'missing_required_artifact' : 'metrics_unavailable',
    severity: only ? 'critical' : 'warning',
    message: only
      ? `${read.message}, so this eval cell has no scores.`
      : `${read.message}; its eval scores are not used.`,
    cell_id: null,
    evidence: {
      file: path,
      ...(line ? { line: Number(line[1]) } : {}),
      reason: read.reason,
      format: 'eval',
      required: only,
    },
  };
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

// ---------------------------------------------------------------------------------------------
// InferenceX eval sets (meta_env.json)

interface SetFile {
  file: FileEntry;
  data: Record<string, unknown>;
}

interface SetScan {
  results: SetFile[];
  unreadable: { file: FileEntry; read: { message: string; reason: string } }[];
}

async function scanSetFiles(ctx: IngestContext, dirFiles: FileEntry[]): Promise<SetScan> {
  const out: SetScan = { results: [], unreadable: [] };
  for (const f of dirFiles) {
    if (!f.name.endsWith('.json') || NOT_RESULTS.test(f.name)) continue;
    const r = await readEvalJson(ctx, f);
    if (r.kind === 'results') out.results.push({ file: f, data: r.data });
    else if (r.kind === 'unreadable') out.unreadable.push({ file: f, read: r });
  }
  return out;
}

interface Chosen extends SetFile {
  conc: number | null;
}

/** Legacy set: the newest result; the others are listed as ignored. */
function chooseLegacy(
  ctx: IngestContext,
  meta: Record<string, unknown>,
  scan: SetScan,
  result: AdapterResult,
): Chosen[] {
  const pick = newest(scan.results.map((r) => r.file));
  const chosen: Chosen[] = [];
  for (const r of scan.results) {
    ctx.claim(r.file.path);
    if (r.file === pick) {
      chosen.push({ ...r, conc: toInt(meta.conc) });
      result.manifest.push(manifestEntry(r.file.path, 'eval_results'));
    } else {
      const reason = `older result file; ${pick?.name ?? '?'} is newer`;
      result.manifest.push(manifestEntry(r.file.path, 'eval_results', { ignored: true, reason }));
    }
  }
  return chosen;
}

/** Batched set: the newest file per completed N; files of other N are listed as ignored. */
function chooseBatched(
  ctx: IngestContext,
  meta: Record<string, unknown>,
  batchConcs: number[],
  scan: SetScan,
  result: AdapterResult,
): { chosen: Chosen[]; ignoredConcs: Set<number>; missing: number[] } {
  const failed = intList(meta.failed_eval_concs) ?? [];
  const completed = intList(meta.completed_eval_concs) ?? batchConcs.filter((c) => !failed.includes(c));
  const perConc = new Map<number, SetFile[]>();
  for (const r of scan.results) {
    ctx.claim(r.file.path);
    const m = CONC_SUFFIX.exec(r.file.name);
    if (!m) {
      const reason = 'no _conc<N> suffix in a batched eval set';
      result.manifest.push(manifestEntry(r.file.path, 'eval_results', { ignored: true, reason }));
      continue;
    }
    const conc = Number(m[1]);
    perConc.set(conc, [...(perConc.get(conc) ?? []), r]);
  }
  const chosen: Chosen[] = [];
  const ignoredConcs = new Set<number>();
  for (const conc of [...perConc.keys()].sort((a, b) => a - b)) {
    const list = perConc.get(conc) ?? [];
    const pick = newest(list.map((r) => r.file));
    for (const r of list) {
      let reason: string | null = null;
      if (!completed.includes(conc)) {
        ignoredConcs.add(conc);
        reason = `concurrency ${conc} is not in completed_eval_concs${failed.includes(conc) ? ' (listed in failed_eval_concs)' : ''}`;
      } else if (r.file !== pick) reason = `older result file; ${pick?.name ?? '?'} is newer`;
      if (reason === null) chosen.push({ ...r, conc });
      result.manifest.push(
        manifestEntry(r.file.path, 'eval_results', reason === null ? {} : { ignored: true, reason }),
      );
    }
  }
  return { chosen, ignoredConcs, missing: completed.filter((c) => !perConc.has(c)) };
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
  const scan = await scanSetFiles(ctx, dirFiles);
  const batchConcs = intList(meta.eval_concs);
  const setFindings: Finding[] = [];
  let chosen: Chosen[];
  let ignoredConcs = new Set<number>();
  if (batchConcs === null) chosen = chooseLegacy(ctx, meta, scan, result);
  else {
    const b = chooseBatched(ctx, meta, batchConcs, scan, result);
    chosen = b.chosen;
    ignoredConcs = b.ignoredConcs;
    for (const conc of b.missing) {
      setFindings.push({
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `Eval set ${dir || '.'} lists concurrency ${conc} as completed, but holds no results file for it.`,
        cell_id: null,
        evidence: { file: metaFile.path, concurrency: conc, format: 'eval' },
      });
    }
  }
  const only = chosen.length === 0;
  for (const u of scan.unreadable) {
    ctx.claim(u.file.path);
    result.manifest.push(manifestEntry(u.file.path, 'eval_results', { ignored: true, reason: 'unreadable' }));
    setFindings.push(unreadableFinding(u.file.path, u.read, only));
  }
  const samples = listSamples(ctx, dirFiles, ignoredConcs, result);
  const multinode = toBool(meta.is_multinode);
  const base = {
    identity: evalIdentity(meta, multinode, null),
    topology: buildTopology(meta, multinode === true),
    metaFile,
    variant: batchConcs === null ? 'lm-eval' : 'lm-eval-batched',
  };
  if (only) {
    // No usable result: the cell still exists (identity from meta_env), unscored, with the finding.
    if (scan.unreadable.length === 0) result.findings.push(...setFindings);
    else result.fragments.push(setFragment(base, null, toInt(meta.conc), [], setFindings));
    return;
  }
  chosen.sort((a, b) => (a.conc ?? -1) - (b.conc ?? -1) || (a.file.path < b.file.path ? -1 : 1));
  chosen.forEach((c, i) => {
    const mine = samples.filter((s) => batchConcs === null || Number(CONC_SUFFIX.exec(baseOf(s))?.[1]) === c.conc);
    // Set-level problems (unreadable retries, a completed N without a file) go on the first cell.
    result.fragments.push(setFragment(base, c, c.conc, mine, i === 0 ? setFindings : []));
  });
}

function listSamples(
  ctx: IngestContext,
  dirFiles: FileEntry[],
  ignoredConcs: Set<number>,
  result: AdapterResult,
): string[] {
  const out: string[] = [];
  for (const s of dirFiles.filter((f) => /^samples?.*\.jsonl$/.test(f.name))) {
    ctx.claim(s.path);
    const m = CONC_SUFFIX.exec(s.name);
    const conc = m ? Number(m[1]) : null;
    const ignored = conc !== null && ignoredConcs.has(conc);
    const extra = ignored ? { ignored: true, reason: `concurrency ${conc} is not in completed_eval_concs` } : {};
    result.manifest.push(manifestEntry(s.path, 'eval_samples', extra));
    if (!ignored) out.push(s.path);
  }
  return out;
}

function setFragment(
  base: { identity: Identity; topology: Topology; metaFile: FileEntry; variant: string },
  chosen: Chosen | null,
  conc: number | null,
  samples: string[],
  findings: Finding[],
): CellFragment {
  const scored = chosen === null ? { metrics: {}, scores: [] } : scoreResults(chosen.data, chosen.file.path);
  const files = [base.metaFile.path, ...(chosen ? [chosen.file.path] : [])].sort();
  return {
    source_format: 'eval',
    source_variant: base.variant,
    explicit_id: null,
    dir: base.metaFile.dir,
    identity: { ...base.identity, concurrency: conc },
    topology: { ...base.topology },
    artifacts: {
      eval_meta: base.metaFile.path,
      ...(chosen ? { eval_results: chosen.file.path } : {}),
      ...(samples.length > 0 ? { eval_samples: samples.length === 1 ? (samples[0] as string) : samples } : {}),
    },
    counts: unknownCounts(COUNTS_BASIS),
    metrics: scored.metrics,
    files,
    findings,
    extras: { eval: scored.scores, ...(chosen ? layoutExtras(chosen.data) : {}) },
  };
}

function layoutExtras(data: Record<string, unknown>): Record<string, unknown> {
  const { layout, version } = lmEvalLayout(data);
  return { lm_eval_layout: layout, ...(version !== null ? { lm_eval_version: version } : {}) };
}

/**
 * The identity and topology an InferenceX `meta_env.json` states (its `conc` is the concurrency),
 * for an eval set whose scores another producer wrote (lighteval: src/sources/lighteval.ts).
 */
export function evalSetIdentity(meta: Record<string, unknown>): { identity: Identity; topology: Topology } {
  const multinode = toBool(meta.is_multinode);
  return {
    identity: evalIdentity(meta, multinode, toInt(meta.conc)),
    topology: buildTopology(meta, multinode === true),
  };
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

const SINGLE_INTS = ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'] as const;
const MULTI_INTS = [
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
] as const;

/** Identity topology from meta_env (single node or multi-node key names, ARCHITECTURE.md). */
function buildTopology(meta: Record<string, unknown>, multinode: boolean): Topology {
  const t: Topology = {};
  for (const k of multinode ? MULTI_INTS : SINGLE_INTS) {
    const n = toInt(meta[k]);
    if (n !== null) t[k] = n;
  }
  for (const k of multinode ? ['prefill_dp_attention', 'decode_dp_attention'] : ['dp_attention']) {
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
  const n = (k: string): number | null => (typeof t[k] === 'number' ? t[k] : null);
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

// ---------------------------------------------------------------------------------------------
// plain lm-eval output (no meta_env.json)

/** Recency of a standalone result: lm-eval's `date` (epoch s), then the name (it holds the timestamp). */
function newerFirst(a: SetFile, b: SetFile): number {
  const da = toNumber(a.data.date) ?? -Infinity;
  const db = toNumber(b.data.date) ?? -Infinity;
  if (da !== db) return db - da;
  return a.file.name < b.file.name ? 1 : a.file.name > b.file.name ? -1 : 0;
}

function tasksOf(data: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const src of [data.results, data.groups]) if (isRecord(src)) for (const t of Object.keys(src)) out.add(t);
  return [...out];
}

/** The results object limited to some tasks (so an older file only contributes tasks no newer one has). */
function onlyTasks(data: Record<string, unknown>, tasks: Set<string>): Record<string, unknown> {
  const pick = (v: unknown): unknown =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => tasks.has(k))) : v;
  return { ...data, results: pick(data.results), ...(isRecord(data.groups) ? { groups: pick(data.groups) } : {}) };
}

async function collectStandalone(ctx: IngestContext, files: FileEntry[], result: AdapterResult): Promise<void> {
  const found: SetFile[] = [];
  for (const f of files) {
    if (!f.name.endsWith('.json') || NOT_RESULTS.test(f.name) || ctx.isClaimed(f.path)) continue;
    if (f.size > SNIFF_MAX_BYTES) continue;
    const r = await readEvalJson(ctx, f);
    if (r.kind === 'results') found.push({ file: f, data: r.data });
    else if (r.kind === 'unreadable') {
      ctx.claim(f.path);
      result.manifest.push(
        manifestEntry(f.path, 'eval_results', { required: true, ignored: true, reason: 'unreadable' }),
      );
      result.fragments.push(unreadableStandalone(f, r));
    }
  }
  const covered = new Set<string>();
  const newer: string[] = [];
  for (const r of found.sort(newerFirst)) {
    ctx.claim(r.file.path);
    const fresh = tasksOf(r.data).filter((t) => !covered.has(t));
    if (fresh.length === 0 && tasksOf(r.data).length > 0) {
      const reason = `older result for the same tasks; ${newer[0] ?? '?'} is newer`;
      result.manifest.push(manifestEntry(r.file.path, 'eval_results', { ignored: true, reason }));
      continue;
    }
    for (const t of fresh) covered.add(t);
    newer.push(r.file.name);
    result.manifest.push(manifestEntry(r.file.path, 'eval_results', { required: true }));
    result.fragments.push(standaloneFragment(r.file, onlyTasks(r.data, new Set(fresh))));
  }
}

function standaloneFragment(file: FileEntry, data: Record<string, unknown>): CellFragment {
  const { metrics, scores } = scoreResults(data, file.path);
  const identity = lmEvalIdentity(data);
  if (identity.model === null) identity.model = modelFromSanitizedFolder(baseOf(file.dir));
  return {
    source_format: 'eval',
    source_variant: 'lm-eval',
    explicit_id: null,
    dir: file.dir,
    identity,
    topology: {},
    artifacts: { eval_results: file.path },
    counts: unknownCounts(COUNTS_BASIS),
    metrics,
    files: [file.path],
    findings: [],
    extras: { eval: scores, ...layoutExtras(data) },
  };
}

/** What a truncated file still states about its model (its folder, or model_args / model_name before the cut). */
function modelOfTruncated(file: FileEntry, text: string | null): string | null {
  const named = text === null ? null : /"model_name"\s*:\s*"([^"\\]+)"/.exec(text);
  if (named) return named[1] as string;
  const args = text === null ? null : /"model_args"\s*:\s*"(?:[^"\\]*,)?pretrained=([^,"\\]+)/.exec(text);
  if (args) return args[1] as string;
  return modelFromSanitizedFolder(baseOf(file.dir));
}

function unreadableStandalone(
  file: FileEntry,
  read: { message: string; reason: string; text: string | null },
): CellFragment {
  const identity: Identity = { ...emptyIdentity(), model: modelOfTruncated(file, read.text) };
  return {
    source_format: 'eval',
    source_variant: 'lm-eval',
    explicit_id: null,
    dir: file.dir,
    identity,
    topology: {},
    artifacts: { eval_results: file.path },
    counts: unknownCounts(COUNTS_BASIS),
    metrics: {},
    files: [file.path],
    findings: [unreadableFinding(file.path, read, true)],
    extras: { eval: [], partial_inputs: [file.path] },
  };
}

// ---------------------------------------------------------------------------------------------
// InferenceX collector rows

/** The collector's row keys → our metric suffixes (`eval_<task>_<suffix>`). */
const COLLECTOR_KEYS = ['score', 'score_se', 'em_strict', 'em_strict_se', 'em_flexible', 'em_flexible_se'] as const;

function collectorFragment(file: FileEntry, row: Record<string, unknown>, index: number, task: string): CellFragment {
  const multinode = toBool(row.is_multinode);
  const taskName = sanitizeMetricName(task);
  const metrics: Metrics = {};
  for (const k of [...COLLECTOR_KEYS].sort()) {
    const n = toNumber(row[k]);
    if (n !== null) metrics[`eval_${taskName}_${k}`] = n;
  }
  const score: EvalScore & { source: string | null; row: number } = {
    task,
    score: toNumber(row.score),
    score_name: toStr(row.score_name),
    score_key: null,
    score_se: toNumber(row.score_se),
    higher_is_better: null,
    n_effective: toInt(row.n_eff),
    n_original: null,
    limit: null,
    file: file.path,
    source: toStr(row.source),
    row: index,
  };
  return {
    source_format: 'eval',
    source_variant: 'inferencex-eval-collector',
    explicit_id: null,
    dir: file.dir,
    identity: evalIdentity(row, multinode, toInt(row.conc)),
    topology: buildTopology({ ...row, infmax_model_prefix: row.model_prefix }, multinode === true),
    artifacts: { eval_collector: file.path },
    counts: unknownCounts(COUNTS_BASIS),
    metrics,
    files: [file.path],
    findings: [],
    extras: { eval: [score] },
  };
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
    if (!isRecord(row) || task === null) bad.push(index);
    else result.fragments.push(collectorFragment(file, row, index, task));
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
