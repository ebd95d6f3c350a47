/**
 * InferenceX fixed-length results (formats/INPUTS.md §1–§4, §9): single-node (`inferencex-static`)
 * and multi-node srt-slurm (`inferencex-srt-slurm`) share one scan, because their files share
 * names and layouts:
 *
 * - `agg_<RF>.json` (latencies in s, no request counts) and the raw client result `<RF>.json`
 *   (latencies in ms, `completed` / `num_prompts`) in the same folder are twins: one fragment.
 * - A raw file with no aggregate is still a cell (the zero-success case: the transformer cannot
 *   write an aggregate when every request failed).
 * - srt-slurm raws appear twice in `power_audit_<RF>/`: at its root and again under
 *   `LOGS/<subdir>/results_concurrency_<N>_gpus_<G>[_ctx_<P>_gen_<D>].json`; the copy under LOGS
 *   is listed, never counted again, and never taken for an lm-eval file.
 * - `power_validation_<RF>.json` is a sidecar: a second source of `completed` (no total).
 * - `agg_*.json` holding a JSON array is a collector output (`results_bmk/agg_bmk.json`): each
 *   row is an aggregate. Rows duplicating `bmk_` copies are merged by the pipeline, not here.
 * - `multinode_server_logs.tar.gz` and other logs are linked as evidence, never parsed.
 *
 * The result file name (RF) is read only as a fallback for identity; the JSON fields win.
 */
import { isRecord, msToS, normalizeHardware, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, CellFragment, Finding, Identity, Metrics, Topology } from '../core/types.js';
import type { AdapterResult, FileEntry, IngestContext } from './types.js';

type Json = Record<string, unknown>;

export interface InferencexScan {
  single: AdapterResult;
  multi: AdapterResult;
}

const scans = new WeakMap<IngestContext, Promise<InferencexScan>>();

/** Runs the shared scan once per ingest context; both adapters read their half. */
export function scanInferencex(ctx: IngestContext): Promise<InferencexScan> {
  let p = scans.get(ctx);
  if (!p) {
    p = runScan(ctx);
    scans.set(ctx, p);
  }
  return p;
}

/** JSON names that belong to other formats or are not benchmark results. */
const FOREIGN_JSON = /^(summary|run|config|meta_env|manifest|agentx_run_metadata|profile_export_aiperf|server_metrics_export|gpu_metrics.*|report)\.json$/;

function isAggregate(v: unknown): v is Json {
  return isRecord(v) && 'hw' in v && 'conc' in v && v.scenario_type !== 'agentic-coding' && !('task' in v);
}

function isMultinodeAgg(v: Json): boolean {
  return v.is_multinode === true || 'prefill_tp' in v;
}

function isRaw(v: unknown): v is Json {
  return isRecord(v) && 'completed' in v && 'num_prompts' in v && 'max_concurrency' in v && 'model_id' in v;
}

function isPowerValidation(v: unknown): v is Json {
  return isRecord(v) && 'power_valid' in v && isRecord(v.benchmark_window);
}

const LATENCY_KEY =
  /^(?:(mean|median|std|p\d+(?:\.\d+)?)_(ttft|tpot|itl|e2el)|(ttft|tpot|itl|e2el)_(mean|median|std|p\d+(?:\.\d+)?))(_ms)?$/;

function statName(stat: string): string | null {
  if (stat === 'mean') return 'mean';
  if (stat === 'median' || stat === 'p50') return 'p50';
  if (stat === 'std') return 'std';
  if (stat === 'p99.9') return 'p999';
  if (/^p\d+$/.test(stat)) return stat;
  return null;
}

/**
 * Latency statistics of an aggregate (seconds) or a raw file (`_ms` keys → seconds). Accepts the
 * `<stat>_<metric>` and `<metric>_<stat>` spellings (INPUTS §3.2). Keys without `_ms` in a raw
 * file are seconds (experimental scripts).
 */
function latencyMetrics(obj: Json): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(obj)) {
    const m = LATENCY_KEY.exec(k);
    if (!m) continue;
    const stat = statName((m[1] ?? m[4]) as string);
    const base = (m[2] ?? m[3]) as string;
    if (stat === null) continue;
    const n = m[5] ? msToS(v) : toNumber(v);
    if (n !== null) out[`${stat}_${base}`] = n;
  }
  return out;
}

/** `<stat>_intvty` of an aggregate (1000 / raw tpot ms). `std_intvty` means nothing: never kept. */
function intvtyMetrics(obj: Json): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(obj)) {
    const m = /^(mean|median|p90|p99|p95)_intvty$/.exec(k);
    if (!m) continue;
    const n = toNumber(v);
    if (n !== null) out[`${statName(m[1] as string)}_intvty`] = n;
  }
  return out;
}

function routerText(v: unknown): string | null {
  if (!isRecord(v)) return toStr(v);
  const name = toStr(v.name);
  const version = toStr(v.version);
  return name ? (version ? `${name}@${version}` : name) : null;
}

function gpusOf(topology: Topology, multinode: boolean): number | null {
  if (multinode) {
    const p = topology.num_prefill_gpu;
    const d = topology.num_decode_gpu;
    if (typeof p === 'number' && typeof d === 'number') return p + d;
    const pw = topology.prefill_num_workers;
    const pt = topology.prefill_tp;
    const dw = topology.decode_num_workers;
    const dt = topology.decode_tp;
    if ([pw, pt, dw, dt].every((x) => typeof x === 'number')) {
      return (pw as number) * (pt as number) + (dw as number) * (dt as number);
    }
    return null;
  }
  const tp = topology.tp;
  if (typeof tp !== 'number') return null;
  const pp = typeof topology.pp === 'number' ? topology.pp : 1;
  const pcp = typeof topology.pcp_size === 'number' ? topology.pcp_size : 1;
  // dcp_size does not multiply the GPU count (InferenceX docs/results-and-ingestion.md).
  return tp * pp * pcp;
}

function identityFromAgg(a: Json, multinode: boolean): Identity {
  return {
    hardware: normalizeHardware(a.hw),
    model: toStr(a.model),
    framework: toStr(a.framework)?.toLowerCase() ?? null,
    precision: toStr(a.precision)?.toLowerCase() ?? null,
    scenario_type: toStr(a.scenario_type),
    is_multinode: multinode,
    recipe_name: toStr(a.recipe_name),
    isl: toInt(a.isl),
    osl: toInt(a.osl),
    concurrency: toInt(a.conc),
  };
}

const SINGLE_TOPOLOGY = ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'] as const;
const MULTI_TOPOLOGY = [
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

function topologyFromAgg(a: Json, multinode: boolean): Topology {
  const t: Topology = {};
  if (multinode) {
    for (const k of MULTI_TOPOLOGY) t[k] = toInt(a[k]);
    t.prefill_dp_attention = toBool(a.prefill_dp_attention);
    t.decode_dp_attention = toBool(a.decode_dp_attention);
    if (toStr(a.prefill_hw)) t.prefill_hw = toStr(a.prefill_hw);
    if (toStr(a.decode_hw)) t.decode_hw = toStr(a.decode_hw);
  } else {
    for (const k of SINGLE_TOPOLOGY) t[k] = toInt(a[k]);
    t.dp_attention = toBool(a.dp_attention);
  }
  t.spec_decoding = toStr(a.spec_decoding);
  t.disagg = toBool(a.disagg);
  t.image = toStr(a.image);
  t.model_prefix = toStr(a.infmax_model_prefix);
  t.recipe_fingerprint = toStr(a.recipe_fingerprint);
  t.hw_label = toStr(a.hw);
  const router = routerText(a.router);
  if (router) t.router = router;
  const kv = toStr(a.kv_p2p_transfer);
  if (kv) t.kv_p2p_transfer = kv;
  t.gpus = gpusOf(t, multinode);
  return t;
}

/** Parsed RF (fallback identity only). */
interface RfParts {
  modelPrefix: string | null;
  isl: number | null;
  osl: number | null;
  precision: string | null;
  framework: string | null;
  hardware: string | null;
  topology: Topology;
  multinode: boolean;
}

const SEQ = { '1k1k': [1024, 1024], '8k1k': [8192, 1024], '1k8k': [1024, 8192] } as Record<string, [number, number]>;

export function parseResultFilename(rf: string): RfParts | null {
  const single =
    /^(.+?)_([a-z0-9]+)_([a-z0-9.-]+)_tp(\d+)-pp(\d+)-dcp(\d+)-pcp(\d+)-ep(\d+)-dpa(true|false)_disagg-(true|false)_spec-([^_]+)_conc(\d+)_(.+?)(?:_recipe-[0-9a-f]{16})?$/.exec(rf);
  const multi =
    /^(.+?)_([a-z0-9]+)_([a-z0-9.-]+)_prefill-tp(\d+)-pp(\d+)-dcp\d+-pcp\d+-ep(\d+)-dp(true|false)-nw(\d+)_decode-tp(\d+)-pp(\d+)-dcp\d+-pcp\d+-ep(\d+)-dp(true|false)-nw(\d+)_disagg-(true|false)_spec-([^_]+)_conc[\dx]+_([^_]+_\d+)/.exec(rf);
  const m = single ?? multi;
  if (!m) return null;
  const exp = m[1] as string;
  const seq = /_(\d+k\d+k)$/.exec(exp)?.[1];
  const [isl, osl] = (seq && SEQ[seq]) || [null, null];
  const runner = single ? (m[13] as string) : (m[16] as string);
  const topology: Topology = {};
  if (single) {
    topology.tp = Number(m[4]);
    topology.pp = Number(m[5]);
    topology.dcp_size = Number(m[6]);
    topology.pcp_size = Number(m[7]);
    topology.ep = Number(m[8]);
    topology.dp_attention = m[9] === 'true';
    topology.disagg = m[10] === 'true';
    topology.spec_decoding = m[11] as string;
  } else {
    topology.prefill_tp = Number(m[4]);
    topology.prefill_pp = Number(m[5]);
    topology.prefill_ep = Number(m[6]);
    topology.prefill_dp_attention = m[7] === 'true';
    topology.prefill_num_workers = Number(m[8]);
    topology.decode_tp = Number(m[9]);
    topology.decode_pp = Number(m[10]);
    topology.decode_ep = Number(m[11]);
    topology.decode_dp_attention = m[12] === 'true';
    topology.decode_num_workers = Number(m[13]);
    topology.disagg = m[14] === 'true';
    topology.spec_decoding = m[15] as string;
  }
  return {
    modelPrefix: exp.replace(/_\d+k\d+k$/, ''),
    isl,
    osl,
    precision: m[2] as string,
    framework: m[3] as string,
    // runner.name such as h200-cw_01 or gb200-nv_1: the SKU label is its first dash-part.
    hardware: normalizeHardware(runner.split('-')[0]),
    topology,
    multinode: !single,
  };
}

/** Absolute numbers a raw client result carries (the aggregate drops them). */
function rawMetrics(raw: Json): Metrics {
  const out: Metrics = {};
  const completed = toInt(raw.completed);
  const total = toNumber(raw.total_token_throughput);
  const output = toNumber(raw.output_throughput);
  out.total_tput_tps = total;
  out.output_tput_tps = output;
  out.input_tput_tps = total !== null && output !== null ? total - output : null;
  out.request_throughput_rps = toNumber(raw.request_throughput);
  out.duration_seconds = toNumber(raw.duration);
  out.total_input_tokens = toInt(raw.total_input_tokens);
  out.total_output_tokens = toInt(raw.total_output_tokens);
  const rate = raw.request_rate;
  out.request_rate_rps = rate === 'inf' ? 'inf' : toNumber(rate);
  // Every latency statistic of a run with no successful request is 0.0: not a measurement.
  if (completed !== null && completed > 0) Object.assign(out, latencyMetrics(raw));
  return out;
}

function gpuSplit(t: Topology): { gpus: number | null; prefill: number | null; decode: number | null } {
  const gpus = typeof t.gpus === 'number' ? t.gpus : null;
  const prefill = typeof t.num_prefill_gpu === 'number' ? t.num_prefill_gpu : null;
  const decode = typeof t.num_decode_gpu === 'number' ? t.num_decode_gpu : null;
  return { gpus, prefill, decode };
}

/** Aggregate metrics, with absolute throughputs rebuilt from the per-GPU ones and their denominators. */
function aggMetrics(a: Json, t: Topology, multinode: boolean): Metrics {
  const out: Metrics = { ...latencyMetrics(a), ...intvtyMetrics(a) };
  const perGpu = toNumber(a.tput_per_gpu);
  const outPerGpu = toNumber(a.output_tput_per_gpu);
  const inPerGpu = toNumber(a.input_tput_per_gpu);
  out.tput_per_gpu = perGpu;
  out.output_tput_per_gpu = outPerGpu;
  out.input_tput_per_gpu = inPerGpu;
  const { gpus, prefill, decode } = gpuSplit(t);
  if (gpus !== null) {
    out.total_tput_tps = perGpu === null ? null : perGpu * gpus;
    if (multinode) {
      // output per decode GPU (all GPUs when decode = 0); input per prefill GPU (INPUTS §4.2).
      const outDen = decode !== null && decode > 0 ? decode : gpus;
      out.output_tput_tps = outPerGpu === null ? null : outPerGpu * outDen;
      out.input_tput_tps = inPerGpu === null || prefill === null ? null : inPerGpu * prefill;
    } else {
      out.output_tput_tps = outPerGpu === null ? null : outPerGpu * gpus;
      out.input_tput_tps = inPerGpu === null ? null : inPerGpu * gpus;
    }
  }
  const pv = toInt(a.power_valid);
  if (pv !== null) out.power_valid = pv === 1;
  for (const k of ['avg_power_w', 'total_gpu_energy_j', 'joules_per_output_token', 'joules_per_total_token']) {
    const n = toNumber(a[k]);
    if (n !== null) out[k] = n;
  }
  return out;
}

interface Group {
  dir: string;
  rf: string;
  agg?: { path: string; value: Json };
  raw?: { path: string; value: Json };
  pv?: { path: string; value: Json };
  rawCopies: string[];
  findings: Finding[];
}

function stem(name: string): string {
  return name.replace(/\.json$/, '');
}

/** Artifact folder prefixes → RF. */
function rfOfDir(dir: string): string {
  const last = dir.split('/').pop() ?? '';
  return last.replace(/^(bmk_|power_audit_|multinode_server_logs_|server_logs_)/, '');
}

function warn(file: string, message: string, extra: Record<string, unknown> = {}): Finding {
  return { code: 'metrics_unavailable', severity: 'warning', message, cell_id: null, evidence: { file, ...extra } };
}

async function runScan(ctx: IngestContext): Promise<InferencexScan> {
  const single: AdapterResult = { fragments: [], findings: [], manifest: [] };
  const multi: AdapterResult = { fragments: [], findings: [], manifest: [] };
  const groups = new Map<string, Group>();
  const group = (dir: string, rf: string): Group => {
    const k = `${dir}\u0000${rf}`;
    let g = groups.get(k);
    if (!g) {
      g = { dir, rf, rawCopies: [], findings: [] };
      groups.set(k, g);
    }
    return g;
  };
  const jsonFiles = ctx.files.filter((f) => f.name.endsWith('.json') && !FOREIGN_JSON.test(f.name));
  const aggNames = new Set(jsonFiles.filter((f) => f.name.startsWith('agg_')).map((f) => `${f.dir}/${f.name.slice(4)}`));
  const logsRaws: FileEntry[] = [];
  const manifestKind = new Map<string, { kind: string; required: boolean; multi: boolean | null }>();

  for (const f of jsonFiles) {
    if (ctx.isClaimed(f.path) && !f.name.startsWith('agg_')) continue;
    const inLogs = /(^|\/)LOGS\//.test(f.path);
    const inAudit = /(^|\/)power_audit_[^/]*\//.test(f.path);
    if (f.name.startsWith('agg_eval')) continue;
    if (f.name.startsWith('power_validation_')) {
      const r = await ctx.readJson(f.path);
      if (!r.ok) {
        single.findings.push(warn(f.path, `The power sidecar ${r.message}; its values are not used.`, { reason: r.reason }));
        ctx.claim(f.path);
        manifestKind.set(f.path, { kind: 'power_validation', required: false, multi: null });
        continue;
      }
      if (!isPowerValidation(r.value)) continue;
      const g = group(f.dir, stem(f.name).slice('power_validation_'.length));
      g.pv = { path: f.path, value: r.value };
      ctx.claim(f.path);
      manifestKind.set(f.path, { kind: 'power_validation', required: false, multi: null });
      continue;
    }
    const isAggName = f.name.startsWith('agg_');
    const isRawCandidate =
      !isAggName && (inAudit || inLogs || /^results_concurrency_/.test(f.name) || aggNames.has(`${f.dir}/${f.name}`));
    if (!isAggName && !isRawCandidate) continue;
    const r = await ctx.readJson(f.path);
    if (!r.ok) {
      if (isAggName || aggNames.has(`${f.dir}/${f.name}`) || /^results_concurrency_/.test(f.name)) {
        // A benchmark result we cannot read: attach to its twin's cell when there is one.
        const rf = isAggName ? stem(f.name).slice(4) : stem(f.name);
        const g = group(f.dir, rf);
        g.findings.push({
          code: 'missing_required_artifact',
          severity: 'critical',
          message: `The ${isAggName ? 'aggregate' : 'raw result'} ${r.message}, so this cell's ${isAggName ? 'metrics' : 'request counts'} are missing.`,
          cell_id: null,
          evidence: { file: f.path, reason: r.reason },
        });
        ctx.claim(f.path);
        manifestKind.set(f.path, { kind: isAggName ? 'aggregate' : 'raw_result', required: true, multi: null });
      }
      continue;
    }
    const v = r.value;
    if (isAggName && Array.isArray(v)) {
      // Collector output: one fragment per aggregate row of ours (agentic and eval rows are not).
      let mine = 0;
      v.forEach((row, i) => {
        if (!isAggregate(row)) return;
        mine++;
        const mn = isMultinodeAgg(row);
        const frag = buildFragment({ agg: { path: f.path, value: row }, dir: f.dir, rf: '', rawCopies: [], findings: [] }, mn);
        frag.extras = { ...(frag.extras ?? {}), row_index: i };
        frag.artifacts = { collected_aggregate: f.path };
        (mn ? multi : single).fragments.push(frag);
      });
      if (mine > 0) {
        ctx.claim(f.path);
        manifestKind.set(f.path, { kind: 'collected_aggregate', required: false, multi: null });
      }
      continue;
    }
    if (isAggName && isAggregate(v)) {
      const g = group(f.dir, stem(f.name).slice(4));
      g.agg = { path: f.path, value: v };
      ctx.claim(f.path);
      manifestKind.set(f.path, { kind: 'aggregate', required: true, multi: isMultinodeAgg(v) });
      continue;
    }
    if (!isAggName && isRaw(v)) {
      ctx.claim(f.path);
      if (inLogs) {
        logsRaws.push(f);
        continue;
      }
      const g = group(f.dir, stem(f.name));
      g.raw = { path: f.path, value: v };
      manifestKind.set(f.path, { kind: 'raw_result', required: true, multi: null });
    }
  }

  // srt-slurm raws under LOGS/: copies of the artifact-root raw, or the only copy of a point.
  for (const f of logsRaws) {
    const m = /^results_concurrency_(\d+)_gpus_(\d+)(?:_ctx_(\d+)_gen_(\d+))?\.json$/.exec(f.name);
    const idx = f.path.lastIndexOf('LOGS/');
    const artifactDir = idx > 0 ? f.path.slice(0, idx - 1) : '';
    const subdir = f.path.slice(idx + 5).split('/')[0] ?? '';
    const suffix = m ? `_${subdir}_conc${m[1]}_gpus_${m[2]}${m[3] ? `_ctx_${m[3]}_gen_${m[4]}` : ''}` : null;
    const twin = suffix ? [...groups.values()].find((g) => g.dir === artifactDir && g.rf.endsWith(suffix)) : undefined;
    manifestKind.set(f.path, { kind: 'raw_result_copy', required: false, multi: true });
    if (twin && twin.raw) {
      twin.rawCopies.push(f.path);
    } else if (twin) {
      const read = await ctx.readJson(f.path);
      if (read.ok && isRaw(read.value)) twin.raw = { path: f.path, value: read.value };
    } else {
      const read = await ctx.readJson(f.path);
      if (!read.ok || !isRaw(read.value)) continue;
      const rf = `${rfOfDir(artifactDir)}${suffix ?? ''}`;
      const g = group(artifactDir, rf);
      g.raw = { path: f.path, value: read.value };
    }
  }

  // Logs: linked as evidence to the cells of the same RF, never parsed.
  const logsByRf = new Map<string, string[]>();
  for (const f of ctx.files) {
    const isTar = f.name === 'multinode_server_logs.tar.gz';
    const inLogsDir = /(^|\/)LOGS\//.test(f.path) && !f.name.endsWith('.json');
    const isLog = /(^|\/)(server|benchmark)[^/]*\.log$/.test(f.path) && /(^|\/)(multinode_server_logs|server_logs|power_audit)_/.test(f.path);
    if (!isTar && !inLogsDir && !isLog) continue;
    if (ctx.isClaimed(f.path)) continue;
    ctx.claim(f.path);
    const top = f.path.split('/')[0] ?? '';
    const rf = rfOfDir(top);
    logsByRf.set(rf, [...(logsByRf.get(rf) ?? []), f.path]);
    manifestKind.set(f.path, { kind: 'server_logs', required: false, multi: null });
  }

  for (const g of [...groups.values()].sort((a, b) => (a.dir + a.rf < b.dir + b.rf ? -1 : 1))) {
    if (!g.agg && !g.raw) {
      // A sidecar or an unreadable file with nothing to attach to.
      const target = g.pv ? single : single;
      for (const f of g.findings) target.findings.push(f);
      if (g.pv && g.findings.length === 0) {
        target.findings.push(warn(g.pv.path, `The power sidecar ${g.pv.path} has no aggregate or raw result next to it, so no cell was built from it.`));
      }
      continue;
    }
    const mn = g.agg ? isMultinodeAgg(g.agg.value) : (parseResultFilename(g.rf)?.multinode ?? /_ctx_\d+_gen_\d+$|_gpus_\d+$/.test(g.rf));
    const frag = buildFragment(g, mn);
    const topRf = rfOfDir(g.dir.split('/')[0] ?? '');
    const logs = logsByRf.get(topRf);
    if (logs) frag.artifacts.logs = logs.length === 1 ? (logs[0] as string) : logs;
    (mn ? multi : single).fragments.push(frag);
    for (const p of frag.files) {
      const k = manifestKind.get(p);
      if (k) k.multi = mn;
    }
  }

  for (const [path, k] of [...manifestKind.entries()].sort()) {
    const entry: ArtifactEntry = { path, kind: k.kind, cell_id: null, required: k.required, present: true };
    (k.multi === true ? multi : single).manifest.push(entry);
  }
  return { single, multi };
}

function buildFragment(g: Group, multinode: boolean): CellFragment {
  const agg = g.agg?.value;
  const raw = g.raw?.value;
  const rfParts = parseResultFilename(g.rf) ?? parseResultFilename(rfOfDir(g.dir));
  let identity: Identity;
  let topology: Topology;
  if (agg) {
    identity = identityFromAgg(agg, multinode);
    topology = topologyFromAgg(agg, multinode);
  } else {
    // Raw only: the client result names the model and concurrency; the rest comes from the RF.
    identity = {
      hardware: rfParts?.hardware ?? null,
      model: toStr(raw?.model_id),
      framework: rfParts?.framework ?? null,
      precision: rfParts?.precision ?? null,
      scenario_type: null,
      is_multinode: multinode,
      recipe_name: null,
      isl: rfParts?.isl ?? null,
      osl: rfParts?.osl ?? null,
      concurrency: toInt(raw?.max_concurrency),
    };
    topology = { ...(rfParts?.topology ?? {}) };
    const gm = /_gpus_(\d+)(?:_ctx_(\d+)_gen_(\d+))?$/.exec(g.rf);
    if (gm) {
      if (gm[2]) {
        topology.num_prefill_gpu = Number(gm[2]);
        topology.num_decode_gpu = Number(gm[3]);
      } else {
        topology.num_prefill_gpu = Number(gm[1]);
        topology.num_decode_gpu = 0;
      }
    }
    topology.model_prefix = rfParts?.modelPrefix ?? null;
    topology.gpus = gpusOf(topology, multinode);
    topology.identity_source = 'result file name (no aggregate)';
  }

  const metrics: Metrics = agg ? aggMetrics(agg, topology, multinode) : {};
  if (raw) {
    const rm = rawMetrics(raw);
    for (const [k, v] of Object.entries(rm)) {
      // Raw absolute values are the measurement; aggregate-derived ones are rebuilt from them.
      if (v !== null && (metrics[k] === undefined || metrics[k] === null || k.endsWith('_tps') || k === 'request_throughput_rps')) {
        metrics[k] = v;
      } else if (metrics[k] === undefined) metrics[k] = v;
    }
    const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
    const total = toNumber(raw.total_token_throughput);
    if ((metrics.tput_per_gpu ?? null) === null && gpus && total !== null) metrics.tput_per_gpu = total / gpus;
  }
  if (!raw && g.pv) {
    const w = g.pv.value.benchmark_window as Json;
    const d = toNumber(w.reported_duration_s);
    if (d !== null && metrics.duration_seconds === undefined) metrics.duration_seconds = d;
    const ti = toInt(w.total_input_tokens);
    const to = toInt(w.total_output_tokens);
    if (ti !== null) metrics.total_input_tokens = ti;
    if (to !== null) metrics.total_output_tokens = to;
  }

  let counts: CellFragment['counts'] = {
    total: null,
    successful: null,
    sessions_total: null,
    sessions_completed: null,
    source: null,
    basis: null,
  };
  if (raw) {
    counts = { ...counts, total: toInt(raw.num_prompts), successful: toInt(raw.completed), source: g.raw?.path ?? null, basis: 'raw client result: completed / num_prompts' };
  } else if (g.pv) {
    const w = g.pv.value.benchmark_window as Json;
    const completed = toInt(w.completed);
    if (completed !== null) {
      counts = { ...counts, successful: completed, source: g.pv.path, basis: 'power sidecar benchmark_window.completed (no total)' };
    }
  }

  const artifacts: CellFragment['artifacts'] = {};
  const files: string[] = [];
  if (g.agg) {
    artifacts.aggregate = g.agg.path;
    files.push(g.agg.path);
  }
  if (g.raw) {
    artifacts.raw = g.raw.path;
    files.push(g.raw.path);
  }
  if (g.rawCopies.length > 0) artifacts.raw_copies = g.rawCopies.length === 1 ? (g.rawCopies[0] as string) : g.rawCopies;
  if (g.pv) {
    artifacts.power_validation = g.pv.path;
    files.push(g.pv.path);
  }
  return {
    source_format: multinode ? 'inferencex-srt-slurm' : 'inferencex-static',
    explicit_id: toStr(agg?.cell_id) ?? toStr(agg?.recipe_name) ?? toStr(agg?.name) ?? null,
    dir: g.dir,
    identity,
    topology,
    artifacts,
    counts,
    metrics,
    files,
    findings: g.findings,
  };
}
