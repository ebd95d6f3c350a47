/**
 * AgentX v0.1 trace replay (docs/ARCHITECTURE.md "Producer notes"): source_format `agentx-trace-replay`,
 * source_variant `agentx-v0.1`.
 *
 * One cell = `X/trace_replay/detailed_results.csv` + `X/metrics_server_metrics.csv` (one level up)
 * + the flat aggregate `bmk_agentic_<RF>/<RF>.json`, joined into ONE fragment. X is
 * `agentic_<RF>`; the join key is RF (the `agentic_` / `bmk_agentic_` prefixes stripped) under the
 * same parent folder. With everything downloaded flat into one folder, the aggregate in X joins.
 *
 * - Completion and sessions come from the requests CSV (total = data rows, successful = rows with
 *   `success` true, case-insensitive; a session is a `user_id` (else `trace_id`), complete when
 *   its row with the highest `request_idx` succeeded). The aggregate's `total_requests_completed`
 *   (last server row, warmup included) is never used.
 * - Latencies from successful rows with a value > 0 (ttft, ttlt = e2el, itl = tpot), kept in
 *   typed columns, never row objects; the list columns (`token_timestamps`, `tokens_per_chunk`)
 *   are never parsed or kept.
 * - Server CSV: cumulative counters differenced last − first (reset-aware), gauges summarised.
 *   The aggregate's server values (last row as is, warmup included) are not used.
 * - The aggregate gives identity and topology, and fills what the CSVs cannot (qps stats), or
 *   everything it has when the requests CSV is absent or unusable.
 *
 * Rows of collected `agg_*.json` arrays with `scenario_type == "agentic-coding"` and no
 * `request_metrics` become aggregate-only fragments (the pipeline merges them with the cell).
 * Every fragment is built by the shared builder (src/sources/lib/fragment.ts); per-GPU
 * throughput and interactivity are derived per cell (src/core/cells/derived.ts).
 */
import { imageOf } from './lib/environment.js';
import { buildFragment, type PerRequestInput } from './lib/fragment.js';
import { baseOf, dirOf, joinPath } from './paths.js';
import { isRecord, toInt, toNumber, toStr } from '../core/parse.js';
import { EMPTY_SAMPLE, NumberColumn, percentileSorted, SampleColumn, type SampleStats } from '../core/stats.js';
import type { CellFragment, Finding, Metrics } from '../core/types.js';
import {
  emptyIdentity,
  errorText,
  explicitId,
  finding,
  identityFromAggregate,
  manifestEntry,
  scanAgentxJson,
  sniffAgentxV01,
  topologyFromAggregate,
  VARIANT_V01,
  type AgentxAggregate,
} from './agentx-common.js';
import {
  CsvHeaderError,
  unknownCounts,
  type AdapterResult,
  type CsvCursor,
  type FileEntry,
  type IngestContext,
  type SourceAdapter,
} from './types.js';

export const REQUESTS_CSV = 'detailed_results.csv';
export const SERVER_CSV = 'metrics_server_metrics.csv';

/** Columns the requests CSV must have for completion and latency. */
export const REQUESTS_REQUIRED_COLUMNS = [
  'success',
  'ttft',
  'ttlt',
  'itl',
  'request_start_time',
  'request_complete_time',
  'input_tokens',
  'output_tokens_actual',
] as const;

/** Columns the server CSV must have to be read at all (counters are optional one by one). */
export const SERVER_REQUIRED_COLUMNS = ['timestamp_sec', 'kv_cache_usage_pct'] as const;

const SERVER_COUNTERS = [
  'prefix_cache_hits',
  'prefix_cache_queries',
  'cpu_prefix_cache_hits',
  'cpu_prefix_cache_queries',
  'prompt_tokens_total',
  'generation_tokens_total',
  'num_preemptions_total',
  'request_success_total',
  'kv_offload_bytes_gpu_to_cpu',
  'kv_offload_bytes_cpu_to_gpu',
  'kv_offload_time_gpu_to_cpu',
  'kv_offload_time_cpu_to_gpu',
] as const;
type ServerCounter = (typeof SERVER_COUNTERS)[number];

/** Other files of an `agentic_<RF>` v0.1 artifact (listed in the manifest, not analysed). */
const AUX_FILES: Record<string, { kind: string; role: string }> = {
  'agentx_run_metadata.json': { kind: 'agentx_run_metadata', role: 'run_metadata' },
  'benchmark_command.txt': { kind: 'benchmark_command', role: 'benchmark_command' },
  'server.log': { kind: 'log', role: 'logs' },
  'benchmark.log': { kind: 'log', role: 'logs' },
  'config.yaml': { kind: 'agentx_config', role: 'config' },
  'vllm_command.txt': { kind: 'server_command', role: 'server_command' },
  'metrics_client_metrics.csv': { kind: 'agentx_client_metrics_csv', role: 'client_metrics_csv' },
  'workload_distribution_summary.txt': { kind: 'agentx_workload_summary', role: 'workload_summary' },
  'metrics_plots.png': { kind: 'plot', role: 'plots' },
  'metrics_workload.png': { kind: 'plot', role: 'plots' },
  'workload_distribution_plots.png': { kind: 'plot', role: 'plots' },
  'trace_replay/debug_trace.jsonl': { kind: 'agentx_debug_trace', role: 'debug_trace' },
};

// ---------------------------------------------------------------------------------------------
// requests CSV

interface RequestsRead {
  status: 'ok' | 'partial' | 'header_error' | 'empty_file' | 'unreadable';
  missing: string[];
  message: string | null;
  /** Data row after the last good one (where parsing stopped), for partial reads. */
  errorRow: number | null;
  rows: number;
  successful: number;
  sessionsTotal: number | null;
  sessionsCompleted: number | null;
  ttft: SampleStats;
  e2el: SampleStats;
  itl: SampleStats;
  minStart: number | null;
  maxComplete: number | null;
  inputTokens: number;
  outputTokens: number;
  hitBlocks: number | null;
  missBlocks: number | null;
}

/** First line of a text file, or null when empty/unreadable. */
async function firstLine(ctx: IngestContext, path: string): Promise<string | null> {
  try {
    for await (const { text } of ctx.lines(path)) return text;
  } catch {
    return null;
  }
  return null;
}

function headerColumns(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** Content check of a requests CSV header (docs/ARCHITECTURE.md "Recognition by content"). */
function looksLikeRequestsHeader(cols: string[]): boolean {
  if (cols[0] === 'user_id' && cols[1] === 'request_idx' && cols[2] === 'trace_id') return true;
  return cols.includes('success') && cols.includes('request_start_time');
}

function emptyRequests(status: RequestsRead['status']): RequestsRead {
  return {
    status,
    missing: [],
    message: null,
    errorRow: null,
    rows: 0,
    successful: 0,
    sessionsTotal: null,
    sessionsCompleted: null,
    ttft: EMPTY_SAMPLE,
    e2el: EMPTY_SAMPLE,
    itl: EMPTY_SAMPLE,
    minStart: null,
    maxComplete: null,
    inputTokens: 0,
    outputTokens: 0,
    hitBlocks: null,
    missBlocks: null,
  };
}

function headerError(missing: string[]): RequestsRead {
  return { ...emptyRequests('header_error'), missing, message: `missing required column(s) ${missing.join(', ')}` };
}

type RequestsIndex = Record<
  'SUCCESS' | 'TTFT' | 'TTLT' | 'ITL' | 'START' | 'COMPLETE' | 'INPUT' | 'OUTPUT' | 'IDX' | 'HIT' | 'MISS' | 'SESSION',
  number
>;

/** The columns read from the requests CSV and each one's cursor index (-1: absent, i.e. no session column). */
function requestsColumns(sessionCol: string | null): { columns: string[]; ix: RequestsIndex } {
  const columns = [
    ...REQUESTS_REQUIRED_COLUMNS,
    'request_idx',
    'cache_hit_blocks',
    'cache_miss_blocks',
    ...(sessionCol !== null ? [sessionCol] : []),
  ];
  const at = (name: string | null): number => (name === null ? -1 : columns.indexOf(name));
  const ix = {
    SUCCESS: at('success'),
    TTFT: at('ttft'),
    TTLT: at('ttlt'),
    ITL: at('itl'),
    START: at('request_start_time'),
    COMPLETE: at('request_complete_time'),
    INPUT: at('input_tokens'),
    OUTPUT: at('output_tokens_actual'),
    IDX: at('request_idx'),
    HIT: at('cache_hit_blocks'),
    MISS: at('cache_miss_blocks'),
    SESSION: at(sessionCol),
  };
  return { columns, ix };
}

/** What the row visits add up, before the sample columns are finished. */
interface RequestsFold {
  r: RequestsRead;
  ttft: SampleColumn;
  e2el: SampleColumn;
  itl: SampleColumn;
  sessions: Map<string, { idx: number; ok: boolean }>;
  hit: number;
  miss: number;
}

/** One row: its session's state; for a successful row its latencies, time span, tokens and cache blocks. */
function foldRequestRow(
  cur: CsvCursor,
  ix: RequestsIndex,
  acc: RequestsFold,
  flags: { sessions: boolean; blocks: boolean },
): void {
  const { r } = acc;
  r.rows = cur.row;
  const ok = cur.bool(ix.SUCCESS) === true;
  if (flags.sessions) trackSession(acc.sessions, cur.str(ix.SESSION), cur.num(ix.IDX), ok);
  if (!ok) return;
  r.successful++;
  const t = cur.num(ix.TTFT);
  if (t !== null && t > 0) acc.ttft.push(t);
  const e = cur.num(ix.TTLT);
  if (e !== null && e > 0) acc.e2el.push(e);
  const i = cur.num(ix.ITL);
  if (i !== null && i > 0) acc.itl.push(i);
  const start = cur.numBelow(ix.START, r.minStart);
  if (start !== null && (r.minStart === null || start < r.minStart)) r.minStart = start;
  const end = cur.numAbove(ix.COMPLETE, r.maxComplete);
  if (end !== null && (r.maxComplete === null || end > r.maxComplete)) r.maxComplete = end;
  r.inputTokens += cur.num(ix.INPUT) ?? 0;
  r.outputTokens += cur.num(ix.OUTPUT) ?? 0;
  if (flags.blocks) {
    acc.hit += cur.num(ix.HIT) ?? 0;
    acc.miss += cur.num(ix.MISS) ?? 0;
  }
}

/** Streams the requests CSV: counts, sessions and typed latency columns; no row objects kept. */
async function readRequestsCsv(ctx: IngestContext, path: string, header: string[]): Promise<RequestsRead> {
  const missing = REQUESTS_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return headerError(missing);
  const sessionCol = header.includes('user_id') ? 'user_id' : header.includes('trace_id') ? 'trace_id' : null;
  const flags = {
    sessions: sessionCol !== null && header.includes('request_idx'),
    blocks: header.includes('cache_hit_blocks') && header.includes('cache_miss_blocks'),
  };
  const acc: RequestsFold = {
    r: emptyRequests('ok'),
    ttft: new SampleColumn(),
    e2el: new SampleColumn(),
    itl: new SampleColumn(),
    sessions: new Map(),
    hit: 0,
    miss: 0,
  };
  const { r } = acc;
  const { columns, ix } = requestsColumns(sessionCol);
  try {
    await ctx.csvRows(path, { requiredColumns: REQUESTS_REQUIRED_COLUMNS, columns }, (cur) =>
      foldRequestRow(cur, ix, acc, flags),
    );
  } catch (e) {
    if (e instanceof CsvHeaderError) return headerError(e.missing);
    r.status = 'partial';
    r.errorRow = r.rows + 1;
    r.message = errorText(e, path);
  }
  if (flags.sessions && r.rows > 0) {
    r.sessionsTotal = acc.sessions.size;
    let done = 0;
    for (const x of acc.sessions.values()) if (x.ok) done++;
    r.sessionsCompleted = done;
  }
  if (flags.blocks) {
    r.hitBlocks = acc.hit;
    r.missBlocks = acc.miss;
  }
  r.ttft = acc.ttft.finish();
  r.e2el = acc.e2el.finish();
  r.itl = acc.itl.finish();
  return r;
}

/** A session's state is its row with the highest request_idx (the last turn): complete when that row succeeded. */
function trackSession(
  sessions: Map<string, { idx: number; ok: boolean }>,
  key: string | null,
  n: number | null,
  ok: boolean,
): void {
  const idx = n !== null && Number.isInteger(n) ? n : null;
  if (key === null || idx === null) return;
  const prev = sessions.get(key);
  if (!prev) sessions.set(key, { idx, ok });
  else if (idx >= prev.idx) {
    prev.idx = idx;
    prev.ok = ok;
  }
}

// ---------------------------------------------------------------------------------------------
// server CSV

interface CounterState {
  first: number | null;
  prev: number | null;
  delta: number;
  resets: number;
}

interface ServerRead {
  status: 'ok' | 'partial' | 'header_error' | 'empty_file';
  missing: string[];
  message: string | null;
  errorRow: number | null;
  rows: number;
  kvUsage: Float64Array;
  /** null when the column is absent. */
  cpuKvUsage: Float64Array | null;
  cpuKvAllZero: boolean;
  counters: Partial<Record<ServerCounter, CounterState>>;
}

/** Reset-aware difference: a decrease is a restart, the post-reset value is added. */
function pushCounter(c: CounterState, v: number): void {
  if (c.prev === null) {
    c.first = v;
    c.prev = v;
    return;
  }
  if (v >= c.prev) c.delta += v - c.prev;
  else {
    c.delta += v;
    c.resets++;
  }
  c.prev = v;
}

async function readServerCsv(ctx: IngestContext, path: string, header: string[]): Promise<ServerRead> {
  const base: ServerRead = {
    status: 'ok',
    missing: [],
    message: null,
    errorRow: null,
    rows: 0,
    kvUsage: new Float64Array(0),
    cpuKvUsage: null,
    cpuKvAllZero: true,
    counters: {},
  };
  const missing = SERVER_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { ...base, status: 'header_error', missing, message: `missing required column(s) ${missing.join(', ')}` };
  }
  const present = SERVER_COUNTERS.filter((c) => header.includes(c));
  for (const c of present) base.counters[c] = { first: null, prev: null, delta: 0, resets: 0 };
  const kv = new NumberColumn();
  const hasCpu = header.includes('cpu_kv_cache_usage_pct');
  const cpu = new NumberColumn();
  try {
    const columns = [...SERVER_REQUIRED_COLUMNS, 'cpu_kv_cache_usage_pct', ...present];
    const KV = columns.indexOf('kv_cache_usage_pct');
    const CPU_KV = columns.indexOf('cpu_kv_cache_usage_pct');
    const counters = present.map((name) => ({ at: columns.indexOf(name), state: base.counters[name] as CounterState }));
    await ctx.csvRows(path, { requiredColumns: SERVER_REQUIRED_COLUMNS, columns }, (cur) => {
      base.rows = cur.row;
      const u = cur.num(KV);
      if (u !== null) kv.push(u);
      if (hasCpu) {
        const c = cur.num(CPU_KV);
        if (c !== null) {
          cpu.push(c);
          if (c !== 0) base.cpuKvAllZero = false;
        }
      }
      for (const { at, state } of counters) {
        const v = cur.num(at);
        if (v !== null) pushCounter(state, v);
      }
    });
  } catch (e) {
    if (e instanceof CsvHeaderError) {
      return {
        ...base,
        status: 'header_error',
        missing: e.missing,
        message: `missing required column(s) ${e.missing.join(', ')}`,
      };
    }
    base.status = 'partial';
    base.errorRow = base.rows + 1;
    base.message = errorText(e, path);
  }
  base.kvUsage = kv.sortInPlace();
  base.cpuKvUsage = hasCpu ? cpu.sortInPlace() : null;
  return base;
}

function serverMetrics(s: ServerRead): Metrics {
  const m: Metrics = {};
  const d = (name: ServerCounter): number | null => {
    const c = s.counters[name];
    return c && c.first !== null ? c.delta : null;
  };
  const ratio = (num: number | null, den: number | null): number | null =>
    num !== null && den !== null && den > 0 ? num / den : null;
  if (s.kvUsage.length > 0) {
    m.kv_cache_usage_p95 = (percentileSorted(s.kvUsage, 95) as number) / 100;
    m.kv_cache_usage_max = (s.kvUsage[s.kvUsage.length - 1] as number) / 100;
  }
  // 0.00 in every row means the metric does not exist (vLLM v1, SGLang): absent, not 0.
  m.cpu_kv_cache_usage_p95 =
    s.cpuKvUsage !== null && s.cpuKvUsage.length > 0 && !s.cpuKvAllZero
      ? (percentileSorted(s.cpuKvUsage, 95) as number) / 100
      : null;
  m.server_gpu_cache_hit_rate = ratio(d('prefix_cache_hits'), d('prefix_cache_queries'));
  m.server_cpu_cache_hit_rate = ratio(d('cpu_prefix_cache_hits'), d('cpu_prefix_cache_queries'));
  const g2c = d('kv_offload_bytes_gpu_to_cpu');
  const c2g = d('kv_offload_bytes_cpu_to_gpu');
  // As the v0.1 aggregator: both byte counters flat means no offload tier, so null.
  const offload = (g2c ?? 0) > 0 || (c2g ?? 0) > 0;
  m.kv_offload_bytes_gpu_to_cpu = offload ? g2c : null;
  m.kv_offload_bytes_cpu_to_gpu = offload ? c2g : null;
  m.kv_offload_time_gpu_to_cpu_s = offload ? d('kv_offload_time_gpu_to_cpu') : null;
  m.kv_offload_time_cpu_to_gpu_s = offload ? d('kv_offload_time_cpu_to_gpu') : null;
  m.preemptions = d('num_preemptions_total');
  m.server_requests_completed = d('request_success_total');
  m.server_prompt_tokens = d('prompt_tokens_total');
  m.server_generation_tokens = d('generation_tokens_total');
  let resets = 0;
  for (const c of Object.values(s.counters)) resets += c?.resets ?? 0;
  if (resets > 0) m.server_counter_resets = resets;
  return m;
}

// ---------------------------------------------------------------------------------------------
// aggregate

/** What the flat v0.1 aggregate says, under canonical names (server values excluded, see header). */
export function metricsFromV01Aggregate(agg: Record<string, unknown>, gpus: number | null): Metrics {
  const m: Metrics = {};
  const n = (k: string): number | null => toNumber(agg[k]);
  for (const base of ['ttft', 'e2el', 'itl', 'tpot'] as const) {
    const put = (stat: string, key: string): void => {
      const v = n(key);
      if (v !== null) m[`${stat}_${base}`] = v;
    };
    // pre-v0.1 names e2el `ttlt` and has no tpot (= itl, as in v0.1).
    const names = base === 'e2el' ? ['e2el', 'ttlt'] : base === 'tpot' ? ['tpot', 'itl'] : [base];
    for (const name of names) {
      if (m[`mean_${base}`] !== undefined || m[`p99_${base}`] !== undefined || m[`p95_${base}`] !== undefined) break;
      put('mean', `mean_${name}`);
      put('p50', `median_${name}`);
      put('p90', `p90_${name}`);
      put('p95', `p95_${name}`);
      put('p99', `p99_${name}`);
    }
  }
  for (const k of [
    'input_tput_tps',
    'output_tput_tps',
    'total_tput_tps',
    'duration_seconds',
    'theoretical_cache_hit_rate',
  ]) {
    const v = n(k);
    if (v !== null) m[k] = v;
  }
  for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'input_tput_per_gpu']) {
    const v = n(k);
    if (v !== null) m[k] = v;
  }
  const ok = toInt(agg.num_requests_successful);
  const dur = n('duration_seconds');
  if (ok !== null && dur !== null && dur > 0) m.request_throughput_rps = ok / dur;
  for (const [stat, key] of [
    ['mean', 'mean_qps'],
    ['p50', 'median_qps'],
    ['p90', 'p90_qps'],
    ['p99', 'p99_qps'],
  ] as const) {
    const v = n(key);
    if (v !== null) m[`${stat}_qps`] = v;
  }
  if (gpus !== null) m.gpus = gpus;
  return m;
}

function aggregateCounts(agg: Record<string, unknown>, file: string, why: string): CellFragment['counts'] {
  return {
    total: toInt(agg.num_requests_total),
    successful: toInt(agg.num_requests_successful),
    sessions_total: null,
    sessions_completed: null,
    source: file,
    basis: `aggregate num_requests_total / num_requests_successful (${why})`,
  };
}

// ---------------------------------------------------------------------------------------------
// units

interface Unit {
  /** The `agentic_<RF>` folder (or the folder holding `trace_replay/`), null for an aggregate alone. */
  x: string | null;
  rf: string | null;
  parent: string;
  requestsCsv: FileEntry | null;
  serverCsv: FileEntry | null;
  aggregate: AgentxAggregate | null;
}

function xKey(x: string): { key: string; rf: string | null; parent: string } {
  const b = baseOf(x);
  const parent = dirOf(x);
  if (b.startsWith('agentic_')) {
    const rf = b.slice('agentic_'.length);
    return { key: `rf\u0000${parent}\u0000${rf}`, rf, parent };
  }
  return { key: `dir\u0000${x}`, rf: null, parent };
}

async function buildUnits(
  ctx: IngestContext,
  aggregates: AgentxAggregate[],
): Promise<{ units: Unit[]; headers: Map<string, string[]> }> {
  const units = new Map<string, Unit>();
  const headers = new Map<string, string[]>();
  const unitFor = (x: string): Unit => {
    const { key, rf, parent } = xKey(x);
    let u = units.get(key);
    if (!u) {
      u = { x, rf, parent, requestsCsv: null, serverCsv: null, aggregate: null };
      units.set(key, u);
    }
    return u;
  };
  for (const f of ctx.files) {
    if (f.name === REQUESTS_CSV) {
      const inTraceReplay = baseOf(f.dir) === 'trace_replay';
      const line = await firstLine(ctx, f.path);
      const cols = line === null ? [] : headerColumns(line);
      if (line !== null) headers.set(f.path, cols);
      // By name for trace_replay/detailed_results.csv; by content elsewhere.
      if (!inTraceReplay && !looksLikeRequestsHeader(cols)) continue;
      if (ctx.isClaimed(f.path)) continue;
      const u = unitFor(inTraceReplay ? dirOf(f.dir) : f.dir);
      if (!u.requestsCsv) u.requestsCsv = f;
    } else if (f.name === SERVER_CSV) {
      const line = await firstLine(ctx, f.path);
      const cols = line === null ? [] : headerColumns(line);
      if (line !== null) headers.set(f.path, cols);
      if (line !== null && cols[0] !== 'timestamp_sec' && !cols.includes('kv_cache_usage_pct')) continue;
      if (ctx.isClaimed(f.path)) continue;
      const u = unitFor(f.dir);
      if (!u.serverCsv) u.serverCsv = f;
    }
  }
  // A server CSV alone (no requests CSV) still forms a unit only with an aggregate.
  const out: Unit[] = [];
  for (const agg of aggregates) {
    const byRf = units.get(`rf\u0000${agg.parent}\u0000${agg.rf}`);
    const byDir = units.get(`dir\u0000${agg.file.dir}`);
    const u = byRf && !byRf.aggregate ? byRf : byDir && !byDir.aggregate ? byDir : null;
    if (u) u.aggregate = agg;
    else out.push({ x: null, rf: agg.rf, parent: agg.parent, requestsCsv: null, serverCsv: null, aggregate: agg });
  }
  for (const u of units.values()) {
    if (u.requestsCsv || u.aggregate) out.push(u);
  }
  out.sort((a, b) => {
    const ka = a.requestsCsv?.path ?? a.aggregate?.file.path ?? '';
    const kb = b.requestsCsv?.path ?? b.aggregate?.file.path ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return { units: out, headers };
}

// ---------------------------------------------------------------------------------------------
// the adapter

export const agentxTraceReplayAdapter: SourceAdapter = {
  id: 'agentx-trace-replay',
  group: 'agentx',
  sniff: (file, env) => sniffAgentxV01(file, env.head),
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [] };
    const scan = await scanAgentxJson(ctx);
    // v0.1 and pre-v0.1 aggregates; the flat aiperf generation belongs to the aiperf adapter.
    const flat = scan.aggregates.filter((a) => a.generation === 'v0.1' || a.generation === 'pre-v0.1');

    // Unreadable JSON in a bmk_agentic_* folder: the aggregate the format requires (reported here once for both variants).
    for (const u of scan.unreadable) {
      ctx.claim(u.file.path);
      result.manifest.push(manifestEntry(u.file.path, 'agentx_aggregate', true, true));
      result.findings.push(
        finding(
          'missing_required_artifact',
          'critical',
          `${u.message}, so the AgentX aggregate in ${u.file.dir} cannot be used.`,
          { kind: 'unreadable_aggregate', file: u.file.path, reason: u.reason, format: 'agentx-trace-replay' },
        ),
      );
    }

    const { units, headers } = await buildUnits(ctx, flat);
    for (const unit of units) {
      const frag = await buildUnitFragment(ctx, unit, headers, result);
      if (frag) result.fragments.push(frag);
    }

    // Agentic v0.1 rows of collected arrays.
    const arrays = new Set<string>();
    for (const row of scan.rows) {
      if (row.nested) continue;
      arrays.add(row.file.path);
      result.fragments.push(rowFragment(row.file.path, row.file.dir, row.index, row.value));
    }
    for (const p of [...arrays].sort()) {
      ctx.claim(p);
      result.manifest.push(manifestEntry(p, 'collected_aggregate', false, true));
    }
    return result;
  },
};

function rowFragment(path: string, dir: string, index: number, agg: Record<string, unknown>): CellFragment {
  const topology = topologyFromAggregate(agg);
  const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
  return buildFragment({
    format: 'agentx-trace-replay',
    variant: VARIANT_V01,
    file: path,
    dir,
    explicitId: explicitId(agg),
    identity: identityFromAggregate(agg),
    topology,
    artifacts: { collected_aggregate: path },
    counts: aggregateCounts(agg, path, `row ${index} of a collected array`),
    metrics: metricsFromV01Aggregate(agg, gpus),
    extras: { row_index: index },
    environment: imageOf(topology),
    readPath: false,
  });
}

/** What one cell collects while its files are read (shared by the readers below). */
interface UnitAcc {
  findings: Finding[];
  files: string[];
  artifacts: CellFragment['artifacts'];
}

/** The other files of the agentic_<RF> folder, listed; agentx_run_metadata.json read when present. */
async function readAuxFiles(
  ctx: IngestContext,
  x: string,
  acc: UnitAcc,
  result: AdapterResult,
): Promise<Record<string, unknown> | null> {
  let metadata: Record<string, unknown> | null = null;
  const byPath = new Set(ctx.files.map((f) => f.path));
  for (const [rel, info] of Object.entries(AUX_FILES)) {
    const p = joinPath(x, rel);
    if (!byPath.has(p) || ctx.isClaimed(p)) continue;
    ctx.claim(p);
    result.manifest.push(manifestEntry(p, info.kind, false, true));
    const prev = acc.artifacts[info.role];
    acc.artifacts[info.role] =
      prev === undefined || prev === null ? p : [...(Array.isArray(prev) ? prev : [prev]), p].sort();
    if (rel !== 'agentx_run_metadata.json') continue;
    const read = await ctx.readJson(p);
    if (read.ok && isRecord(read.value)) metadata = read.value;
    else if (!read.ok) {
      acc.findings.push(
        finding('metrics_unavailable', 'warning', `${read.message}, so the AgentX run metadata was ignored.`, {
          kind: 'unreadable_file',
          file: p,
          reason: read.reason,
        }),
      );
    }
  }
  return metadata;
}

/** The finding a partial or empty CSV read gives (null when the read is complete and non-empty). */
function csvReadFinding(
  p: string,
  read: { status: string; rows: number; errorRow: number | null; message: string | null },
  what: string,
  none: string,
): Finding | null {
  if (read.status === 'partial') {
    return finding(
      'metrics_unavailable',
      'warning',
      `${p} does not parse at data row ${read.errorRow} (${read.message}); the ${read.rows} rows read before it are kept, so ${what} cover part of the run.`,
      { kind: 'partial_file', file: p, row: read.errorRow, rows_read: read.rows, partial: true, reason: read.message },
    );
  }
  if (read.rows === 0) {
    return finding('metrics_unavailable', 'warning', `${p} has a header but no data rows, so ${none}.`, {
      kind: 'no_data_rows',
      file: p,
      rows: 0,
    });
  }
  return null;
}

/** Reads the requests CSV of a unit (findings for an empty, headerless, partial or row-less file). */
async function readUnitRequests(
  ctx: IngestContext,
  f: FileEntry,
  headers: Map<string, string[]>,
  acc: UnitAcc,
  result: AdapterResult,
): Promise<RequestsRead> {
  const p = f.path;
  ctx.claim(p);
  acc.files.push(p);
  acc.artifacts.requests_csv = p;
  result.manifest.push(manifestEntry(p, 'agentx_requests_csv', true, true));
  const header = headers.get(p);
  if (header === undefined || header.every((c) => c === '')) {
    acc.findings.push(
      finding(
        'missing_required_artifact',
        'critical',
        `${p} is empty (no header), so the cell's requests cannot be counted from it.`,
        { kind: 'empty_file', file: p },
      ),
    );
    return { ...emptyRequests('empty_file'), message: 'the file is empty' };
  }
  const req = await readRequestsCsv(ctx, p, header);
  if (req.status === 'header_error') {
    acc.findings.push(
      finding(
        'missing_required_artifact',
        'critical',
        `${p} lacks the required column(s) ${req.missing.join(', ')}, so the cell's requests cannot be counted from it.`,
        { kind: 'missing_columns', file: p, missing_columns: req.missing },
      ),
    );
  } else {
    const f2 = csvReadFinding(p, req, 'counts and latencies', 'no request finished in this cell');
    if (f2) acc.findings.push(f2);
  }
  return req;
}

/** Reads the server CSV of a unit; null when it is unusable (the finding says why). */
async function readUnitServer(
  ctx: IngestContext,
  f: FileEntry,
  headers: Map<string, string[]>,
  acc: UnitAcc,
  result: AdapterResult,
): Promise<ServerRead | null> {
  const p = f.path;
  ctx.claim(p);
  acc.files.push(p);
  acc.artifacts.server_metrics_csv = p;
  result.manifest.push(manifestEntry(p, 'agentx_server_metrics_csv', false, true));
  const header = headers.get(p);
  if (header === undefined || header.every((c) => c === '')) {
    acc.findings.push(
      finding('metrics_unavailable', 'warning', `${p} is empty, so the cell has no server metrics.`, {
        kind: 'empty_file',
        file: p,
      }),
    );
    return null;
  }
  const server = await readServerCsv(ctx, p, header);
  if (server.status === 'header_error') {
    acc.findings.push(
      finding(
        'metrics_unavailable',
        'warning',
        `${p} lacks the column(s) ${server.missing.join(', ')}, so the cell has no server metrics.`,
        { kind: 'missing_columns', file: p, missing_columns: server.missing },
      ),
    );
    return null;
  }
  const f2 = csvReadFinding(p, server, 'server metrics', 'the cell has no server metrics');
  if (f2) {
    if (server.status !== 'partial') delete f2.evidence.rows;
    acc.findings.push(f2);
  }
  return server.status !== 'partial' && server.rows === 0 ? null : server;
}

/**
 * Metrics and counts measured from the requests CSV, over the aggregate's: its latency columns
 * replace the aggregate's ladders (which lack p95); tpot = itl.
 */
function requestsMetrics(
  metrics: Metrics,
  req: RequestsRead,
  path: string | null,
): { perRequest: PerRequestInput; counts: CellFragment['counts'] } {
  if (req.minStart !== null && req.maxComplete !== null && req.maxComplete > req.minStart) {
    const dur = req.maxComplete - req.minStart;
    metrics.duration_seconds = dur;
    metrics.input_tput_tps = req.inputTokens / dur;
    metrics.output_tput_tps = req.outputTokens / dur;
    metrics.total_tput_tps = (req.inputTokens + req.outputTokens) / dur;
    metrics.request_throughput_rps = req.successful / dur;
    // The aggregate's per-GPU values belong to its own throughputs: derived again from these.
    delete metrics.tput_per_gpu;
    delete metrics.input_tput_per_gpu;
    delete metrics.output_tput_per_gpu;
  }
  if (req.successful > 0) {
    metrics.total_input_tokens = req.inputTokens;
    metrics.total_output_tokens = req.outputTokens;
  }
  if (req.hitBlocks !== null && req.missBlocks !== null && req.hitBlocks + req.missBlocks > 0) {
    metrics.theoretical_cache_hit_rate = req.hitBlocks / (req.hitBlocks + req.missBlocks);
  }
  const counts: CellFragment['counts'] = {
    total: req.rows,
    successful: req.successful,
    sessions_total: req.sessionsTotal,
    sessions_completed: req.sessionsCompleted,
    source: path,
    basis:
      req.status === 'partial'
        ? `detailed_results.csv data rows / rows with success true, read up to the parse error at data row ${req.errorRow}`
        : 'detailed_results.csv data rows / rows with success true',
  };
  const perRequest = { columns: { ttft: req.ttft, e2el: req.e2el, itl: req.itl, tpot: req.itl }, replace: true };
  return { perRequest, counts };
}

/** The finding for a requests CSV the aggregate stands in for. */
function missingRequestsFinding(unit: Unit, x: string | null): Finding {
  const aggPath = unit.aggregate?.file.path ?? null;
  const expectedRequests = x !== null ? joinPath(x, `trace_replay/${REQUESTS_CSV}`) : null;
  return finding(
    'missing_required_artifact',
    'warning',
    `${expectedRequests ?? `trace_replay/${REQUESTS_CSV}`} was not found; the aggregate ${aggPath} still carries the request counts, so completion comes from it, but sessions and per-request samples are unknown.`,
    {
      kind: 'requests_csv_missing',
      expected: expectedRequests,
      aggregate: aggPath,
      severity_reason: 'aggregate carries the counts',
    },
  );
}

/** Findings for the other files a unit lacks: the server CSV, the aggregate. */
function missingFindings(unit: Unit, x: string | null, result: AdapterResult): Finding[] {
  const out: Finding[] = [];
  if (!unit.serverCsv) {
    const expectedServer = x !== null ? joinPath(x, SERVER_CSV) : null;
    const expected = expectedServer ?? SERVER_CSV;
    if (expectedServer !== null)
      result.manifest.push(manifestEntry(expectedServer, 'agentx_server_metrics_csv', false, false));
    out.push(
      finding(
        'metrics_unavailable',
        'warning',
        `${expected} was not found, so server cache hit rates, KV cache usage, offload bytes and preemptions are unavailable for this cell.`,
        { kind: 'server_metrics_missing', expected },
      ),
    );
  }
  if (!unit.aggregate) {
    const where = unit.rf !== null ? joinPath(unit.parent, `bmk_agentic_${unit.rf}/${unit.rf}.json`) : null;
    if (where !== null) result.manifest.push(manifestEntry(where, 'agentx_aggregate', false, false));
    out.push(
      finding(
        'metrics_unavailable',
        'warning',
        `No AgentX aggregate was found for ${unit.x ?? '.'}${where !== null ? ` (expected ${where})` : ''}, so hardware, model, precision and topology of this cell are unknown.`,
        { kind: 'aggregate_missing', expected: where, dir: unit.x },
      ),
    );
  }
  return out;
}

async function buildUnitFragment(
  ctx: IngestContext,
  unit: Unit,
  headers: Map<string, string[]>,
  result: AdapterResult,
): Promise<CellFragment | null> {
  const acc: UnitAcc = { findings: [], files: [], artifacts: {} };
  const agg = unit.aggregate?.value ?? null;
  const aggPath = unit.aggregate?.file.path ?? null;
  const x = unit.x ?? (unit.rf !== null ? joinPath(unit.parent, `agentic_${unit.rf}`) : null);
  if (aggPath !== null) {
    ctx.claim(aggPath);
    acc.files.push(aggPath);
    acc.artifacts.aggregate = aggPath;
    result.manifest.push(manifestEntry(aggPath, 'agentx_aggregate', true, true));
  }
  const metadata = unit.x !== null ? await readAuxFiles(ctx, unit.x, acc, result) : null;
  let req: RequestsRead | null = null;
  if (unit.requestsCsv) req = await readUnitRequests(ctx, unit.requestsCsv, headers, acc, result);
  else if (x !== null)
    result.manifest.push(
      manifestEntry(joinPath(x, `trace_replay/${REQUESTS_CSV}`), 'agentx_requests_csv', true, false),
    );
  const reqUsable = req !== null && (req.status === 'ok' || req.status === 'partial');
  if (!reqUsable && agg === null) {
    // Nothing to build a cell from: the problems stay findings of the run; the server CSV is ours by name.
    result.findings.push(...acc.findings);
    if (unit.serverCsv) {
      ctx.claim(unit.serverCsv.path);
      result.manifest.push(manifestEntry(unit.serverCsv.path, 'agentx_server_metrics_csv', false, true));
    }
    return null;
  }
  if (req === null && agg !== null) acc.findings.push(missingRequestsFinding(unit, x));
  const server = unit.serverCsv ? await readUnitServer(ctx, unit.serverCsv, headers, acc, result) : null;
  acc.findings.push(...missingFindings(unit, x, result));

  const identity = agg !== null ? identityFromAggregate(agg) : emptyIdentity();
  if (agg === null && metadata !== null) {
    identity.concurrency = toInt(metadata.concurrency);
    identity.framework = toStr(metadata.engine)?.toLowerCase() ?? null;
    identity.scenario_type = toStr(metadata.workload_label) === 'agentic-coding' ? 'agentic-coding' : null;
  }
  const topology = agg !== null ? topologyFromAggregate(agg) : {};
  const gpus = typeof topology.gpus === 'number' ? topology.gpus : null;
  // Metrics: aggregate first, then what we measured ourselves over it.
  const metrics: Metrics = agg !== null ? metricsFromV01Aggregate(agg, gpus) : {};
  let perRequest: PerRequestInput | undefined;
  let counts: CellFragment['counts'];
  if (reqUsable && req !== null)
    ({ perRequest, counts } = requestsMetrics(metrics, req, unit.requestsCsv?.path ?? null));
  else {
    const why = req === null ? 'detailed_results.csv absent' : 'detailed_results.csv unusable';
    counts = agg !== null && aggPath !== null ? aggregateCounts(agg, aggPath, why) : unknownCounts();
  }
  if (server !== null) Object.assign(metrics, serverMetrics(server));
  if (gpus !== null) metrics.gpus = gpus;
  const partial = [
    ...(req !== null && req.status === 'partial' ? [unit.requestsCsv?.path] : []),
    ...(server !== null && server.status === 'partial' ? [unit.serverCsv?.path] : []),
  ];
  const files = acc.files.sort();
  return buildFragment({
    format: 'agentx-trace-replay',
    variant: VARIANT_V01,
    file: files[0] as string,
    otherFiles: files,
    dir: unit.x ?? unit.aggregate?.file.dir ?? '',
    explicitId: explicitId(agg),
    identity,
    topology,
    artifacts: acc.artifacts,
    counts,
    metrics,
    ...(perRequest ? { perRequest } : {}),
    findings: acc.findings,
    ...(partial.length > 0 ? { extras: { partial_inputs: partial } } : {}),
    environment: imageOf(topology),
    readPath: false,
  });
}
