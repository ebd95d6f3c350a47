/**
 * Current AgentX (aiperf, nested "v3" aggregate; docs/ARCHITECTURE.md "Producer notes"): source_format
 * `agentx-trace-replay`, source_variant `aiperf-v3`.
 *
 * One cell = the aggregate `bmk_agentic_<RF>/<RF>.json` (single node) or `<RF>_conc<N>.json`
 * (multi-node) joined with its raw `agentic_<RF>/[conc_<N>/]aiperf_artifacts/profile_export.jsonl`
 * (and `profile_export_aiperf.json`, `server_metrics_export.json` next to it).
 *
 * - Completion from request accounting: successful = `records_profiled`, total =
 *   `records_total − records_warmup_dropped` (warmup records are not failures); from the jsonl
 *   (non-warmup records; error records are failures) when the aggregate has no accounting.
 * - Latency: the aggregate's mean/p50/p90/p95 (s). The format has no p99: when the jsonl exists,
 *   p99 and the per-request sample sketches come from it (ms → s, successful profiling records);
 *   without it the tail statistic is p95 (`extras.latency_tail_stat`), and p99 stays absent.
 * - `server_metrics.present == false` → metrics_unavailable naming the missing
 *   `server_metrics_export.json`.
 *
 * Rows of collected `agg_*.json` arrays with `scenario_type == "agentic-coding"` and
 * `request_metrics` become aggregate-only fragments (files [the array], extras.row_index).
 * Every fragment is built by the shared builder (src/sources/lib/fragment.ts); per-GPU
 * throughput and interactivity the aggregate lacks are derived per cell (src/core/cells/derived.ts).
 */
import { parseObjectLine } from './lib/jsonl-lines.js';
import { imageOf } from './lib/environment.js';
import { buildFragment, type PerRequestInput } from './lib/fragment.js';
import { joinPath } from './paths.js';
import { collectExports } from './agentx-aiperf-export.js';
import { identityKey } from '../core/cells/identity.js';
import { isRecord, toBool, toInt, toNumber, toStr, recordOrEmpty } from '../core/parse.js';
import { EMPTY_SAMPLE, SampleColumn, type SampleStats } from '../core/stats.js';
import type { CellFragment, Finding, Metrics } from '../core/types.js';
import {
  emptyIdentity,
  errorText,
  explicitId,
  finding,
  identityFromAggregate,
  manifestEntry,
  scanAgentxJson,
  sniffAiperf,
  topologyFromAggregate,
  VARIANT_AIPERF,
  type AgentxAggregate,
} from './agentx-common.js';
import { unknownCounts, type AdapterResult, type FileEntry, type IngestContext, type SourceAdapter } from './types.js';

export const PROFILE_JSONL = 'profile_export.jsonl';
export const PROFILE_JSON = 'profile_export_aiperf.json';
export const SERVER_EXPORT = 'server_metrics_export.json';
const ARTIFACTS_DIR = 'aiperf_artifacts';

/** How many bad line numbers a finding lists. */
const MAX_LISTED_LINES = 5;

// ---------------------------------------------------------------------------------------------
// aggregate

const num = (v: unknown): number | null => toNumber(v);
const rec = recordOrEmpty;
/** A rate as a fraction: values in (1, 100] are percentages. */
const frac = (v: unknown): number | null => {
  const n = toNumber(v);
  return n === null ? null : n > 1 && n <= 100 ? n / 100 : n;
};

/** Completion counts of a nested aggregate (`request_accounting`; docs/ARCHITECTURE.md "Producer notes"). */
export function countsFromV3Aggregate(agg: Record<string, unknown>, file: string): CellFragment['counts'] {
  const acc = rec(agg.request_accounting);
  const total = toInt(acc.records_total);
  const warm = toInt(acc.records_warmup_dropped);
  const profiled = toInt(acc.records_profiled);
  if (total !== null && profiled !== null) {
    return {
      total: total - (warm ?? 0),
      successful: profiled,
      sessions_total: null,
      sessions_completed: null,
      source: file,
      basis: 'request_accounting: records_profiled / (records_total − records_warmup_dropped)',
    };
  }
  // num_requests_total includes warmup records: it is not the denominator.
  return {
    total: null,
    successful: toInt(agg.num_requests_successful),
    sessions_total: null,
    sessions_completed: null,
    source: file,
    basis: 'num_requests_successful only (no request_accounting; num_requests_total includes warmup)',
  };
}

/** What the nested aggregate says, under canonical names. */
export function metricsFromV3Aggregate(agg: Record<string, unknown>, gpus: number | null): Metrics {
  const m: Metrics = {};
  const rm = rec(agg.request_metrics);
  const lat = rec(rm.latency);
  for (const base of ['ttft', 'e2el', 'itl', 'tpot'] as const) {
    const b = rec(lat[base]);
    for (const stat of ['mean', 'p50', 'p90', 'p95'] as const) {
      const v = num(b[stat]);
      if (v !== null) m[`${stat}_${base}`] = v;
    }
  }
  const tp = rec(rm.throughput);
  const put = (k: string, v: number | null): void => {
    if (v !== null) m[k] = v;
  };
  put('input_tput_tps', num(rec(tp.input).tokens_per_second));
  put('output_tput_tps', num(rec(tp.output).tokens_per_second));
  put('total_tput_tps', num(rec(tp.total).tokens_per_second));
  const dur = num(tp.duration_seconds);
  put('duration_seconds', dur);
  const pg = rec(tp.per_gpu);
  put('tput_per_gpu', num(pg.total_tput_tps));
  put('output_tput_per_gpu', num(pg.output_tput_tps));
  put('input_tput_per_gpu', num(pg.input_tput_tps));
  const ok = toInt(rec(agg.request_accounting).records_profiled) ?? toInt(agg.num_requests_successful);
  if (ok !== null && dur !== null && dur > 0) m.request_throughput_rps = ok / dur;
  const qps = rec(rm.qps);
  for (const stat of ['mean', 'p50', 'p90', 'p95'] as const) put(`${stat}_qps`, num(qps[stat]));
  put('theoretical_cache_hit_rate', frac(rec(rm.cache).theoretical_cache_hit_rate));

  const sm = rec(agg.server_metrics);
  if (sm.present === true) {
    const cache = rec(sm.cache);
    m.server_gpu_cache_hit_rate = frac(cache.gpu_cache_hit_rate);
    m.server_cpu_cache_hit_rate = frac(cache.cpu_cache_hit_rate) ?? frac(cache.external_cache_hit_rate);
    const off = rec(sm.kv_offload);
    const g2c = num(off.bytes_gpu_to_cpu);
    const c2g = num(off.bytes_cpu_to_gpu);
    const offload = (g2c ?? 0) > 0 || (c2g ?? 0) > 0;
    m.kv_offload_bytes_gpu_to_cpu = offload ? g2c : null;
    m.kv_offload_bytes_cpu_to_gpu = offload ? c2g : null;
    const kv = rec(sm.kv_cache);
    // One reported value per run (not a p95): kept under its own name.
    const gpuPct = num(kv.gpu_usage_pct);
    const cpuPct = num(kv.cpu_usage_pct);
    put('gpu_kv_cache_usage', gpuPct === null ? null : gpuPct / 100);
    put('cpu_kv_cache_usage', cpuPct === null ? null : cpuPct / 100);
    const tok = rec(sm.tokens);
    put('server_requests_completed', num(tok.requests_completed));
    put('server_prompt_tokens', num(tok.prompt_total));
    put('server_generation_tokens', num(tok.generation_total));
  }
  put('kv_cache_pool_tokens', num(agg.kv_cache_pool_tokens));
  if (gpus !== null) m.gpus = gpus;
  return m;
}

/** Flat aiperf aggregate (AgentX v0.2/v0.3) keys → ours: `<stat>_<metric>` with mean/p75/p90/p95. */
const FLAT_SCALARS = [
  'input_tput_tps',
  'output_tput_tps',
  'total_tput_tps',
  'duration_seconds',
  'tput_per_gpu',
  'output_tput_per_gpu',
  'input_tput_per_gpu',
  'theoretical_cache_hit_rate',
  'server_gpu_cache_hit_rate',
  'server_cpu_cache_hit_rate',
] as const;

/** What a flat aiperf-generation aggregate says, under canonical names. */
export function metricsFromFlatAggregate(agg: Record<string, unknown>, gpus: number | null): Metrics {
  const m: Metrics = {};
  for (const base of ['ttft', 'e2el', 'itl', 'tpot'] as const) {
    for (const stat of ['mean', 'p90', 'p95'] as const) {
      const v = num(agg[`${stat}_${base}`]);
      if (v !== null) m[`${stat}_${base}`] = v;
    }
  }
  for (const k of FLAT_SCALARS) {
    const v = k.endsWith('_hit_rate') ? frac(agg[k]) : num(agg[k]);
    if (v !== null) m[k] = v;
  }
  const g2c = num(agg.kv_offload_bytes_gpu_to_cpu);
  const c2g = num(agg.kv_offload_bytes_cpu_to_gpu);
  if ((g2c ?? 0) > 0 || (c2g ?? 0) > 0) {
    m.kv_offload_bytes_gpu_to_cpu = g2c;
    m.kv_offload_bytes_cpu_to_gpu = c2g;
  }
  for (const stat of ['mean', 'p90', 'p95'] as const) {
    const v = num(agg[`${stat}_qps`]);
    if (v !== null) m[`${stat}_qps`] = v;
  }
  if (gpus !== null) m.gpus = gpus;
  return m;
}

// ---------------------------------------------------------------------------------------------
// raw jsonl

interface JsonlRead {
  records: number;
  warmup: number;
  nonWarmup: number;
  errors: number;
  errorTypes: Record<string, number>;
  ttft: SampleStats;
  e2el: SampleStats;
  itl: SampleStats;
  inputTokens: number;
  outputTokens: number;
  startNs: number | null;
  endNs: number | null;
  badLines: number[];
  badCount: number;
  /** Why the first bad line is bad (never its content). */
  firstBad: string | null;
  readError: string | null;
  lastLine: number;
}

function metricValue(metrics: Record<string, unknown>, name: string): number | null {
  const m = metrics[name];
  return isRecord(m) ? toNumber(m.value) : toNumber(m);
}

/** Streams profile_export.jsonl: warmup excluded, error records are failures, ms → s. */
async function readProfileJsonl(ctx: IngestContext, path: string): Promise<JsonlRead> {
  const ttft = new SampleColumn();
  const e2el = new SampleColumn();
  const itl = new SampleColumn();
  const r: JsonlRead = {
    records: 0,
    warmup: 0,
    nonWarmup: 0,
    errors: 0,
    errorTypes: {},
    ttft: EMPTY_SAMPLE,
    e2el: EMPTY_SAMPLE,
    itl: EMPTY_SAMPLE,
    inputTokens: 0,
    outputTokens: 0,
    startNs: null,
    endNs: null,
    badLines: [],
    badCount: 0,
    firstBad: null,
    readError: null,
    lastLine: 0,
  };
  try {
    for await (const { line, text } of ctx.lines(path)) {
      r.lastLine = line;
      if (text.trim() === '') continue;
      const parsed = parseObjectLine(text);
      if ('error' in parsed) {
        r.badCount++;
        r.firstBad ??= parsed.error;
        if (r.badLines.length < MAX_LISTED_LINES) r.badLines.push(line);
        continue;
      }
      const v = parsed.value;
      r.records++;
      const meta = rec(v.metadata);
      if (toStr(meta.benchmark_phase) === 'warmup') {
        r.warmup++;
        continue;
      }
      r.nonWarmup++;
      const err = v.error;
      if (err !== null && err !== undefined && err !== false) {
        r.errors++;
        const type = isRecord(err) ? (toStr(err.type) ?? 'error') : (toStr(err) ?? 'error');
        r.errorTypes[type] = (r.errorTypes[type] ?? 0) + 1;
        continue;
      }
      const metrics = rec(v.metrics);
      const t = metricValue(metrics, 'time_to_first_token');
      if (t !== null && t > 0) ttft.push(t / 1000);
      const e = metricValue(metrics, 'request_latency');
      if (e !== null && e > 0) e2el.push(e / 1000);
      const i = metricValue(metrics, 'inter_token_latency');
      if (i !== null && i > 0) itl.push(i / 1000);
      r.inputTokens += metricValue(metrics, 'input_sequence_length') ?? 0;
      r.outputTokens += metricValue(metrics, 'output_sequence_length') ?? 0;
      const s = toNumber(meta.request_start_ns);
      const en = toNumber(meta.request_end_ns);
      if (s !== null && (r.startNs === null || s < r.startNs)) r.startNs = s;
      if (en !== null && (r.endNs === null || en > r.endNs)) r.endNs = en;
    }
  } catch (e) {
    r.readError = errorText(e, path);
  }
  r.ttft = ttft.finish();
  r.e2el = e2el.finish();
  r.itl = itl.finish();
  return r;
}

// ---------------------------------------------------------------------------------------------
// units

interface RawDir {
  /** Folder holding `aiperf_artifacts/` (e.g. `agentic_<RF>/conc_4`). */
  base: string;
  jsonl: FileEntry;
  rf: string | null;
  parent: string;
  conc: number | null;
  used: boolean;
}

function rawDirOf(f: FileEntry): RawDir | null {
  const parts = f.path.split('/');
  const ai = parts.lastIndexOf(ARTIFACTS_DIR);
  if (ai < 0) return null;
  const baseParts = parts.slice(0, ai);
  let agentic = -1;
  for (let i = baseParts.length - 1; i >= 0; i--) {
    if ((baseParts[i] as string).startsWith('agentic_')) {
      agentic = i;
      break;
    }
  }
  let conc: number | null = null;
  for (const p of baseParts.slice(agentic + 1)) {
    const m = /^conc_(\d+)$/.exec(p);
    if (m) conc = Number(m[1]);
  }
  return {
    base: baseParts.join('/'),
    jsonl: f,
    rf: agentic >= 0 ? (baseParts[agentic] as string).slice('agentic_'.length) : null,
    parent: agentic >= 0 ? baseParts.slice(0, agentic).join('/') : '',
    conc,
    used: false,
  };
}

function findRawDir(raws: RawDir[], agg: AgentxAggregate): RawDir | null {
  const conc = toInt(agg.value.conc);
  const free = raws.filter((r) => !r.used);
  const sameRf = free.filter((r) => r.rf === agg.rf && r.parent === agg.parent);
  const byConc = sameRf.filter((r) => r.conc !== null && r.conc === conc);
  if (byConc.length > 0) return byConc[0] as RawDir;
  const noConc = sameRf.filter((r) => r.conc === null);
  if (noConc.length > 0) return noConc[0] as RawDir;
  // Flat download: aiperf_artifacts/ next to the aggregate.
  const flat = free.filter((r) => r.rf === null && r.base === agg.file.dir && (r.conc === null || r.conc === conc));
  return flat.length === 1 ? (flat[0] as RawDir) : null;
}

export const agentxAiperfAdapter: SourceAdapter = {
  id: 'agentx-aiperf',
  group: 'agentx',
  sniff: (file, env) => sniffAiperf(file, env.head),
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [] };
    const scan = await scanAgentxJson(ctx);
    const raws: RawDir[] = [];
    for (const f of ctx.files) {
      if (f.name !== PROFILE_JSONL || ctx.isClaimed(f.path)) continue;
      const r = rawDirOf(f);
      if (r) raws.push(r);
    }
    const cellKeys = new Set<string>();
    for (const agg of scan.aggregates.filter(
      (a) => a.generation === 'aiperf-nested' || a.generation === 'aiperf-flat',
    )) {
      const raw = findRawDir(raws, agg);
      if (raw) raw.used = true;
      const frag = await cellFragment(ctx, agg, raw, result);
      result.fragments.push(frag);
      cellKeys.add(identityKey(frag.identity, frag.topology));
    }
    for (const raw of raws) {
      if (raw.used) continue;
      result.fragments.push(await cellFragment(ctx, null, raw, result));
    }

    // Agentic aiperf rows of collected arrays.
    const arrays = new Set<string>();
    for (const row of scan.rows) {
      if (!row.nested) continue;
      arrays.add(row.file.path);
      const frag = rowFragment(row.file.path, row.file.dir, row.index, row.value);
      // Findings the per-cell fragment already carries are not repeated for its collected copy.
      if (cellKeys.has(identityKey(frag.identity, frag.topology))) frag.findings = [];
      result.fragments.push(frag);
    }
    for (const p of [...arrays].sort()) {
      ctx.claim(p);
      result.manifest.push(manifestEntry(p, 'collected_aggregate', false, true));
    }
    // Plain aiperf runs (aiperf's own artifacts/<run>/ folder): profile_export_aiperf.json / .csv.
    await collectExports(ctx, result);
    return result;
  },
};

function serverMissingFinding(agg: Record<string, unknown>, expected: string, aggPath: string): Finding | null {
  const sm = rec(agg.server_metrics);
  if (sm.present !== false) return null;
  return finding(
    'metrics_unavailable',
    'warning',
    `${expected} is missing (the aggregate reports server_metrics.present false), so server cache hit rates, KV cache usage and offload bytes are unavailable for this cell.`,
    {
      kind: 'server_metrics_missing',
      expected,
      aggregate: aggPath,
      warnings: Array.isArray(agg.warnings) ? agg.warnings.filter((w) => typeof w === 'string') : [],
    },
  );
}

function rowFragment(path: string, dir: string, index: number, agg: Record<string, unknown>): CellFragment {
  const topology = topologyFromAggregate(agg);
  const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
  const f = serverMissingFinding(agg, SERVER_EXPORT, path);
  return buildFragment({
    format: 'agentx-trace-replay',
    variant: VARIANT_AIPERF,
    file: path,
    dir,
    explicitId: explicitId(agg),
    identity: identityFromAggregate(agg),
    topology,
    artifacts: { collected_aggregate: path },
    counts: countsFromV3Aggregate(agg, path),
    metrics: metricsFromV3Aggregate(agg, gpus),
    findings: f ? [f] : [],
    extras: { row_index: index, latency_tail_stat: 'p95' },
    environment: imageOf(topology),
    readPath: false,
  });
}

/** Expected raw folder of an aggregate when none was found. */
function expectedBase(agg: AgentxAggregate): string {
  const root = joinPath(agg.parent, `agentic_${agg.rf}`);
  const conc = toInt(agg.value.conc);
  return toBool(agg.value.is_multinode) === true && conc !== null ? `${root}/conc_${conc}` : root;
}

/** What one cell collects while its files are read (shared by the helpers below). */
interface CellAcc {
  findings: Finding[];
  files: string[];
  artifacts: CellFragment['artifacts'];
}

function jsonlFindings(p: string, jsonl: JsonlRead): Finding[] {
  const out: Finding[] = [];
  if (jsonl.badCount > 0) {
    out.push(
      finding(
        'metrics_unavailable',
        'warning',
        `${p} has ${jsonl.badCount} line(s) that are not JSON records (first at line ${jsonl.badLines[0]}: ${jsonl.firstBad ?? 'not a record'}); they were skipped and the other ${jsonl.records} records kept.`,
        {
          kind: 'bad_lines',
          file: p,
          line: jsonl.badLines[0],
          lines: jsonl.badLines,
          bad_line_count: jsonl.badCount,
          records_kept: jsonl.records,
        },
      ),
    );
  }
  if (jsonl.records === 0 && jsonl.readError === null)
    out.push(
      finding(
        'metrics_unavailable',
        'warning',
        `${p} holds no request records${jsonl.badCount > 0 ? ' that could be read' : ' (empty)'}: the cell's per-request samples are missing, and its numbers come from aiperf's aggregates instead.`,
        { kind: 'empty_file', file: p, line: jsonl.lastLine, records_kept: 0 },
      ),
    );
  if (jsonl.readError !== null) {
    out.push(
      finding(
        'metrics_unavailable',
        'warning',
        `${p} could not be read past line ${jsonl.lastLine} (${jsonl.readError}); the ${jsonl.records} records read before it are kept.`,
        { kind: 'partial_file', file: p, line: jsonl.lastLine + 1, partial: true, reason: jsonl.readError },
      ),
    );
  }
  return out;
}

/** Reads the raw folder of a cell: the jsonl, aiperf's summary, the server export, the rest listed. */
async function readRawFiles(
  ctx: IngestContext,
  raw: RawDir,
  serverPath: string,
  acc: CellAcc,
  result: AdapterResult,
): Promise<{ jsonl: JsonlRead; profileJson: Record<string, unknown> | null }> {
  const have = new Set(ctx.files.map((f) => f.path));
  const p = raw.jsonl.path;
  ctx.claim(p);
  acc.files.push(p);
  acc.artifacts.raw = p;
  result.manifest.push(manifestEntry(p, 'aiperf_profile_export_jsonl', true, true));
  const jsonl = await readProfileJsonl(ctx, p);
  acc.findings.push(...jsonlFindings(p, jsonl));
  let profileJson: Record<string, unknown> | null = null;
  const pj = joinPath(raw.jsonl.dir, PROFILE_JSON);
  if (have.has(pj)) {
    ctx.claim(pj);
    acc.files.push(pj);
    acc.artifacts.profile_summary = pj;
    result.manifest.push(manifestEntry(pj, 'aiperf_profile_export_json', false, true));
    const read = await ctx.readJson(pj);
    if (read.ok && isRecord(read.value)) profileJson = read.value;
    else if (!read.ok) {
      acc.findings.push(
        finding('metrics_unavailable', 'warning', `${read.message}, so the aiperf summary was ignored.`, {
          kind: 'unreadable_file',
          file: pj,
          reason: read.reason,
        }),
      );
    }
  }
  if (have.has(serverPath)) {
    ctx.claim(serverPath);
    acc.files.push(serverPath);
    acc.artifacts.server_metrics = serverPath;
    result.manifest.push(manifestEntry(serverPath, 'aiperf_server_metrics_export', false, true));
  }
  // Everything else aiperf wrote next to them belongs to the cell too.
  const prefix = `${joinPath(raw.base, ARTIFACTS_DIR)}/`;
  for (const f of ctx.files) {
    if (!f.path.startsWith(prefix) || ctx.isClaimed(f.path)) continue;
    ctx.claim(f.path);
    result.manifest.push(manifestEntry(f.path, 'aiperf_aux', false, true));
  }
  return { jsonl, profileJson };
}

function missingJsonlFinding(expected: string, aggPath: string | null): Finding {
  return finding(
    'missing_required_artifact',
    'warning',
    `${expected} was not found; the aggregate ${aggPath} still carries the request accounting, so completion comes from it, but p99 latencies and per-request samples are unavailable (p95 is the tail statistic).`,
    { kind: 'profile_jsonl_missing', expected, aggregate: aggPath, severity_reason: 'aggregate carries the counts' },
  );
}

function aggregateMissingFinding(raw: RawDir): Finding {
  const where = raw.rf !== null ? joinPath(raw.parent, `bmk_agentic_${raw.rf}`) : null;
  return finding(
    'metrics_unavailable',
    'warning',
    `No AgentX aggregate was found for ${raw.base || '.'}${where !== null ? ` (expected in ${where}/)` : ''}, so hardware, model, precision and topology of this cell are unknown.`,
    { kind: 'aggregate_missing', expected_dir: where, dir: raw.base },
  );
}

/**
 * Throughput and token metrics the jsonl adds (all of them when there is no aggregate), and its
 * latency columns for the builder: with an aggregate, its mean/p50/p90/p95 stay (identical in
 * every copy of the cell) and only p99 comes from the jsonl; tpot = itl.
 */
function addJsonlMetrics(
  metrics: Metrics,
  jsonl: JsonlRead,
  withAggregate: boolean,
  profileJson: Record<string, unknown> | null,
): PerRequestInput {
  if (!withAggregate) {
    const ok = jsonl.nonWarmup - jsonl.errors;
    if (jsonl.startNs !== null && jsonl.endNs !== null && jsonl.endNs > jsonl.startNs) {
      const dur = (jsonl.endNs - jsonl.startNs) / 1e9;
      metrics.duration_seconds = dur;
      metrics.input_tput_tps = jsonl.inputTokens / dur;
      metrics.output_tput_tps = jsonl.outputTokens / dur;
      metrics.total_tput_tps = (jsonl.inputTokens + jsonl.outputTokens) / dur;
      metrics.request_throughput_rps = ok / dur;
    }
    const theo = rec(profileJson?.theoretical_prefix_cache_hit);
    const avg = toNumber(theo.avg);
    if (avg !== null) metrics.theoretical_cache_hit_rate = toStr(theo.unit) === '%' ? avg / 100 : frac(avg);
  }
  if (jsonl.nonWarmup - jsonl.errors > 0) {
    metrics.total_input_tokens = jsonl.inputTokens;
    metrics.total_output_tokens = jsonl.outputTokens;
  }
  return {
    columns: { ttft: jsonl.ttft, e2el: jsonl.e2el, itl: jsonl.itl, tpot: jsonl.itl },
    ...(withAggregate ? { stats: ['p99'] as const } : {}),
  };
}

/**
 * Completion: the nested aggregate's request accounting, else the jsonl (the flat generation's
 * num_requests_* skip error records), else what the aggregate says, else unknown.
 */
function cellCounts(
  agg: Record<string, unknown> | null,
  aggPath: string | null,
  jsonl: JsonlRead | null,
  raw: RawDir | null,
): CellFragment['counts'] {
  if (agg !== null && aggPath !== null && isRecord(agg.request_accounting)) return countsFromV3Aggregate(agg, aggPath);
  if (jsonl !== null && raw) {
    return {
      total: jsonl.nonWarmup,
      successful: jsonl.nonWarmup - jsonl.errors,
      sessions_total: null,
      sessions_completed: null,
      source: raw.jsonl.path,
      basis:
        jsonl.readError !== null
          ? 'profile_export.jsonl non-warmup records / those without error, read up to the read error'
          : 'profile_export.jsonl non-warmup records / those without error',
    };
  }
  if (agg !== null && aggPath !== null) return countsFromV3Aggregate(agg, aggPath);
  return unknownCounts();
}

async function cellFragment(
  ctx: IngestContext,
  aggregate: AgentxAggregate | null,
  raw: RawDir | null,
  result: AdapterResult,
): Promise<CellFragment> {
  const acc: CellAcc = { findings: [], files: [], artifacts: {} };
  const agg = aggregate?.value ?? null;
  const aggPath = aggregate?.file.path ?? null;
  const flat = aggregate?.generation === 'aiperf-flat';
  const artDir = joinPath(raw?.base ?? (aggregate ? expectedBase(aggregate) : ''), ARTIFACTS_DIR);
  const serverPath = joinPath(raw ? raw.jsonl.dir : artDir, SERVER_EXPORT);
  if (aggregate && aggPath !== null) {
    ctx.claim(aggPath);
    acc.files.push(aggPath);
    acc.artifacts.aggregate = aggPath;
    result.manifest.push(manifestEntry(aggPath, 'agentx_aggregate', true, true));
  }
  const rawRead = raw ? await readRawFiles(ctx, raw, serverPath, acc, result) : null;
  if (!raw && aggregate) {
    const expected = joinPath(artDir, PROFILE_JSONL);
    result.manifest.push(manifestEntry(expected, 'aiperf_profile_export_jsonl', true, false));
    acc.findings.push(missingJsonlFinding(expected, aggPath));
  }
  if (agg !== null && aggPath !== null) {
    // The flat generation has no server_metrics block to say whether the export was present.
    const f = flat ? null : serverMissingFinding(agg, serverPath, aggPath);
    if (f) {
      if (!ctx.files.some((x) => x.path === serverPath))
        result.manifest.push(manifestEntry(serverPath, 'aiperf_server_metrics_export', false, false));
      acc.findings.push(f);
    }
  } else if (raw) acc.findings.push(aggregateMissingFinding(raw));

  const identity = agg !== null ? identityFromAggregate(agg) : emptyIdentity();
  if (agg === null && raw?.conc != null) identity.concurrency = raw.conc;
  const topology = agg !== null ? topologyFromAggregate(agg) : {};
  const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
  const metrics: Metrics =
    agg === null ? {} : flat ? metricsFromFlatAggregate(agg, gpus) : metricsFromV3Aggregate(agg, gpus);
  const jsonl = rawRead?.jsonl ?? null;
  const perRequest = jsonl ? addJsonlMetrics(metrics, jsonl, agg !== null, rawRead?.profileJson ?? null) : undefined;
  const extras: Record<string, unknown> = {
    latency_tail_stat: jsonl !== null && jsonl.ttft.summary.n > 0 ? 'p99' : 'p95',
  };
  if (jsonl !== null && jsonl.readError !== null && raw) extras.partial_inputs = [raw.jsonl.path];
  const files = acc.files.sort();
  return buildFragment({
    format: 'agentx-trace-replay',
    variant: VARIANT_AIPERF,
    file: files[0] as string,
    otherFiles: files,
    dir: aggregate ? aggregate.file.dir : (raw?.base ?? ''),
    explicitId: explicitId(agg),
    identity,
    topology,
    artifacts: acc.artifacts,
    counts: cellCounts(agg, aggPath, jsonl, raw),
    metrics,
    ...(perRequest ? { perRequest } : {}),
    findings: acc.findings,
    extras,
    environment: imageOf(topology),
    readPath: false,
  });
}
