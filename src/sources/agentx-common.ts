/**
 * Shared pieces of the two AgentX adapters (docs/ARCHITECTURE.md "Producer notes"): finding the AgentX aggregates
 * (`bmk_agentic_<RF>/<RF>.json`, no `agg_` prefix, `scenario_type == "agentic-coding"`), the
 * collected `agg_bmk.json` arrays that carry agentic rows, identity/topology from an aggregate,
 * and small path helpers. Both adapters hand their fragments to the shared builder
 * (src/sources/lib/fragment.ts): per-request columns become ladders and samples there.
 *
 * Interactivity is never read from an aggregate's own `intvty` block (v0.1 stores the
 * per-request 1/itl distribution with the tails reversed): the cell's `<stat>_intvty` is
 * 1 / `<stat>_tpot`, derived with the per-GPU throughputs in src/core/cells/derived.ts.
 */
import { baseOf, dirOf } from './paths.js';
import { sortKeys } from '../core/sort-keys.js';
import { isRecord, normalizeHardware, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, Finding, Identity, Metrics, Topology } from '../core/types.js';
import { perContext, type FileEntry, type IngestContext, type SniffVerdict } from './types.js';
import type { FileHead } from './lib/head.js';
import { gpusOf, parallelismTopology } from './topology.js';
import { emptyIdentity } from '../core/cells/identity.js';

export const AGENTIC_SCENARIO = 'agentic-coding';
export const VARIANT_V01 = 'agentx-v0.1';
export const VARIANT_AIPERF = 'aiperf-v3';

/** JSON names that are never an AgentX aggregate (other formats' files, aiperf sidecars). */
const NOT_AGGREGATE_NAMES = new Set([
  'profile_export_aiperf.json',
  'server_metrics_export.json',
  'agentx_run_metadata.json',
  'meta_env.json',
  'summary.json',
  'config.json',
  'run.json',
  'inputs.json',
  'manifest.json',
  'report.json',
  'gpu_metrics_identity.json',
]);

/**
 * AgentX aggregates are a few KB. Outside a `bmk_agentic_*` folder we only open `*.json` files up
 * to this size to sniff their content, so large files of other formats are not read for nothing.
 */
const SNIFF_MAX_BYTES = 4 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// aggregates

/**
 * Which producer generation wrote an AgentX aggregate (docs/ARCHITECTURE.md "Producer notes", by content):
 * - `pre-v0.1`: kv-cache-tester `agg_<RF>.json` (April 2026): `users` (= concurrency), `ttlt` (= e2el),
 *   `offload_mode`, mean/median/p90/p99/p99.9 stats;
 * - `v0.1`: flat `<RF>.json` from trace_replay CSVs: mean/median/p90/p99/p99.9 (+ `tpot`);
 * - `aiperf-flat`: flat `<RF>.json` from aiperf artifacts (May–June 2026, AgentX v0.2/v0.3):
 *   mean/p75/p90/p95/std, no median, no p99;
 * - `aiperf-nested`: nested "v3" `request_metrics` (July 2026 on).
 */
export type AgentxGeneration = 'pre-v0.1' | 'v0.1' | 'aiperf-flat' | 'aiperf-nested';

export function aggregateGeneration(v: Record<string, unknown>, name: string): AgentxGeneration {
  if (isRecord(v.request_metrics)) return 'aiperf-nested';
  if (name.startsWith('agg_') || (v.users !== undefined && v.conc === undefined)) return 'pre-v0.1';
  const keys = Object.keys(v);
  const aiperfStats = keys.some((k) => /^p(75|95)_(ttft|e2el|itl|tpot)$/.test(k));
  const v01Stats = keys.some((k) => /^(median|p99)_(ttft|e2el|itl|tpot)$/.test(k));
  return aiperfStats && !v01Stats ? 'aiperf-flat' : 'v0.1';
}

/** The generation an aggregate's first keys show (for recognition); null when it is not an AgentX aggregate. */
export function headGeneration(file: FileEntry, head: FileHead): AgentxGeneration | null {
  if (head.shape !== 'json-object' || !head.keys.includes('scenario_type')) return null;
  if (!/"scenario_type"\s*:\s*"agentic-coding"/.test(head.text)) return null;
  const v: Record<string, unknown> = {};
  for (const k of head.keys) v[k] = k === 'request_metrics' ? {} : true;
  return aggregateGeneration(v, file.name);
}

/** Recognition of the AgentX v0.1 / pre-v0.1 files: requests and server CSVs, flat aggregates. */
export function sniffAgentxV01(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (file.name === 'detailed_results.csv') {
    const first = head().text.split(/\r?\n/, 1)[0] ?? '';
    return /(^|,)success(,|$)/.test(first) && /(^|,)ttft(,|$)/.test(first)
      ? { claim: true, kind: 'agentx_requests_csv', why: 'trace replay requests header' }
      : null;
  }
  if (file.name === 'metrics_server_metrics.csv') {
    return head().text.startsWith('timestamp_sec')
      ? { claim: true, kind: 'agentx_server_metrics_csv', why: 'header starts timestamp_sec' }
      : null;
  }
  if (!file.name.endsWith('.json')) return null;
  const g = headGeneration(file, head());
  return g === 'v0.1' || g === 'pre-v0.1'
    ? { claim: true, kind: 'agentx_aggregate', why: `scenario_type agentic-coding (${g} keys)` }
    : null;
}

/** Recognition of aiperf files: AgentX aiperf aggregates, aiperf_artifacts/ contents, plain aiperf exports. */
export function sniffAiperf(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (file.path.includes('aiperf_artifacts/'))
    return { claim: true, kind: 'aiperf_artifact', why: 'inside aiperf_artifacts/' };
  if (file.name === 'profile_export_aiperf.json') {
    // aiperf's JSON exporter: metric blocks under `records` until ai-dynamo/aiperf#343
    // (2025-10-10), at the top level from then on (0.11.0 adds `schema_version`).
    const keys = head().keys;
    if (keys.includes('records')) return { claim: true, kind: 'aiperf_profile_export', why: 'records blocks' };
    return ['request_count', 'time_to_first_token', 'request_latency'].some((k) => keys.includes(k))
      ? { claim: true, kind: 'aiperf_profile_export', why: 'top-level metric blocks' }
      : null;
  }
  if (file.name === 'profile_export_aiperf.csv')
    return head().text.startsWith('Metric,')
      ? { claim: true, kind: 'aiperf_profile_export', why: 'aiperf export CSV header' }
      : null;
  if (/_genai_perf\.json$/.test(file.name)) {
    // genai-perf's JSON exporter (perf_analyzer genai-perf export_data/json_exporter.py): metric
    // blocks at the top level, then input_config.
    const keys = head().keys;
    return ['request_latency', 'time_to_first_token', 'request_throughput'].some((k) => keys.includes(k))
      ? { claim: true, kind: 'genai_perf_profile_export', why: 'top-level metric blocks' }
      : null;
  }
  if (/_genai_perf\.csv$/.test(file.name))
    return head().text.startsWith('Metric,')
      ? { claim: true, kind: 'genai_perf_profile_export', why: 'genai-perf export CSV header' }
      : null;
  if (file.name === 'profile_export.jsonl') {
    const h = head();
    return h.keys.includes('metadata') && h.keys.includes('metrics')
      ? { claim: true, kind: 'aiperf_profile_export_jsonl', why: 'records with metadata, metrics' }
      : null;
  }
  if (!file.name.endsWith('.json')) return null;
  const g = headGeneration(file, head());
  return g === 'aiperf-flat' || g === 'aiperf-nested'
    ? { claim: true, kind: 'agentx_aggregate', why: `scenario_type agentic-coding (${g} keys)` }
    : null;
}

export interface AgentxAggregate {
  file: FileEntry;
  value: Record<string, unknown>;
  /** `request_metrics` present: current aiperf nested format; else a flat one (see `generation`). */
  nested: boolean;
  generation: AgentxGeneration;
  /** RESULT_FILENAME: the `bmk_agentic_<RF>` folder name minus its prefix, else the file stem (minus `_conc<N>` for multi-node). */
  rf: string;
  /** Folder holding the `bmk_agentic_<RF>` folder (or the aggregate's folder when not in one). */
  parent: string;
}

export interface CollectedRow {
  file: FileEntry;
  index: number;
  value: Record<string, unknown>;
  nested: boolean;
}

export interface AgentxScan {
  aggregates: AgentxAggregate[];
  /** Collected arrays (`agg_*.json` JSON arrays) holding at least one agentic row. */
  rows: CollectedRow[];
  /** Unreadable JSON inside `bmk_agentic_*` folders (the aggregate the format requires). */
  unreadable: { file: FileEntry; message: string; reason: string }[];
}

/** Finds AgentX aggregates and agentic rows of collected arrays; memoised per context (both adapters use it). */
export const scanAgentxJson = perContext(scanUncached);

function isBmkAgenticDir(dir: string): boolean {
  return baseOf(dir).startsWith('bmk_agentic_');
}

async function scanUncached(ctx: IngestContext): Promise<AgentxScan> {
  const out: AgentxScan = { aggregates: [], rows: [], unreadable: [] };
  for (const f of ctx.files) {
    if (!f.name.endsWith('.json')) continue;
    if (f.name.startsWith('agg_')) {
      if (f.name.startsWith('agg_eval_')) continue;
      const read = await ctx.readJson(f.path);
      if (!read.ok) continue;
      // A pre-v0.1 agentic aggregate is an object named agg_<RF>.json (no conc: the static adapter leaves it).
      if (isRecord(read.value) && read.value.scenario_type === AGENTIC_SCENARIO && read.value.conc === undefined) {
        const rf = isBmkAgenticDir(f.dir) ? baseOf(f.dir).slice('bmk_agentic_'.length) : f.name.slice(4, -5);
        const parent = isBmkAgenticDir(f.dir) ? dirOf(f.dir) : f.dir;
        out.aggregates.push({ file: f, value: read.value, nested: false, generation: 'pre-v0.1', rf, parent });
        continue;
      }
      if (!Array.isArray(read.value)) continue;
      read.value.forEach((row, index) => {
        if (isRecord(row) && row.scenario_type === AGENTIC_SCENARIO) {
          out.rows.push({ file: f, index, value: row, nested: isRecord(row.request_metrics) });
        }
      });
      continue;
    }
    const inBmk = isBmkAgenticDir(f.dir);
    if (!inBmk) {
      if (NOT_AGGREGATE_NAMES.has(f.name)) continue;
      if (f.name.startsWith('power_validation_') || f.name.startsWith('results')) continue;
      if (f.path.includes('aiperf_artifacts/')) continue;
      if (f.size > SNIFF_MAX_BYTES) continue;
    }
    const read = await ctx.readJson(f.path);
    if (!read.ok) {
      if (inBmk) out.unreadable.push({ file: f, message: read.message, reason: read.reason });
      continue;
    }
    const v = read.value;
    if (!isRecord(v) || v.scenario_type !== AGENTIC_SCENARIO) continue;
    const nested = isRecord(v.request_metrics);
    const stem = f.name.slice(0, -'.json'.length);
    let rf: string;
    let parent: string;
    if (inBmk) {
      rf = baseOf(f.dir).slice('bmk_agentic_'.length);
      parent = dirOf(f.dir);
    } else {
      rf = toBool(v.is_multinode) === true ? stem.replace(/_conc\d+$/, '') : stem;
      parent = f.dir;
    }
    out.aggregates.push({ file: f, value: v, nested, generation: aggregateGeneration(v, f.name), rf, parent });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// identity, topology

const str = (v: unknown): string | null => toStr(v);
const lower = (v: unknown): string | null => toStr(v)?.toLowerCase() ?? null;

export function identityFromAggregate(agg: Record<string, unknown>): Identity {
  return {
    hardware: normalizeHardware(agg.hw),
    model: str(agg.model) ?? str(agg.model_id),
    framework: lower(agg.framework),
    precision: lower(agg.precision),
    scenario_type: str(agg.scenario_type),
    is_multinode: toBool(agg.is_multinode),
    recipe_name: str(agg.recipe_name),
    isl: toInt(agg.isl),
    osl: toInt(agg.osl),
    // pre-v0.1 aggregates name the concurrency `users`.
    concurrency: toInt(agg.conc) ?? toInt(agg.users),
  };
}

export { emptyIdentity };

/** Explicit cell id of an artifact (`cell_id`, `recipe_name`, `name`), else null. */
export function explicitId(agg: Record<string, unknown> | null): string | null {
  if (!agg) return null;
  return str(agg.cell_id) ?? str(agg.recipe_name) ?? str(agg.name);
}

function nameOf(v: unknown): string | null {
  if (isRecord(v)) {
    const n = str(v.name);
    const ver = str(v.version);
    return n === null ? null : ver === null ? n : `${n} ${ver}`;
  }
  return str(v);
}

/** Topology with the conventional key names (docs/ARCHITECTURE.md), `gpus` derived when possible. */
export function topologyFromAggregate(agg: Record<string, unknown>): Topology {
  const multinode = toBool(agg.is_multinode) === true || agg.prefill_tp !== undefined;
  const t: Topology = parallelismTopology(agg, multinode);
  t.spec_decoding = lower(agg.spec_decoding);
  const offloading = lower(agg.offloading) ?? lower(agg.kv_offloading) ?? lower(agg.offload_mode);
  if (offloading !== null) t.offloading = offloading;
  const backend = nameOf(agg.kv_offload_backend);
  if (backend !== null) t.kv_offload_backend = backend;
  const dram = toNumber(agg.allocated_cpu_dram_gb);
  if (dram !== null) t.allocated_cpu_dram_gb = dram;
  const disagg = toBool(agg.disagg);
  if (disagg !== null) t.disagg = disagg;
  const image = str(agg.image);
  if (image !== null) t.image = image;
  const fp = str(agg.recipe_fingerprint);
  if (fp !== null) t.recipe_fingerprint = fp;
  const prefix = str(agg.infmax_model_prefix);
  if (prefix !== null) t.model_prefix = prefix;
  const router = nameOf(agg.router);
  if (router !== null) t.router = router;
  const p2p = str(agg.kv_p2p_transfer);
  if (p2p !== null) t.kv_p2p_transfer = p2p;
  const gpus = gpusOf(t, multinode);
  if (gpus !== null) t.gpus = gpus;
  return sortKeys(t);
}

export { gpusOf };

export { sortKeys };

// ---------------------------------------------------------------------------------------------
// metrics

/** Drops undefined entries and sorts keys. */
export function cleanMetrics(m: Metrics): Metrics {
  const defined: Metrics = {};
  for (const k of Object.keys(m)) if (m[k] !== undefined) defined[k] = m[k];
  return sortKeys(defined);
}

// ---------------------------------------------------------------------------------------------
// findings, manifest

export function manifestEntry(path: string, kind: string, required: boolean, present: boolean): ArtifactEntry {
  return { path, kind, cell_id: null, required, present };
}

export function finding(
  code: Finding['code'],
  severity: Finding['severity'],
  message: string,
  evidence: Record<string, unknown>,
): Finding {
  return { code, severity, message, cell_id: null, evidence };
}

/** Short reason of a thrown read/parse error (messages are relative already); a leading `<file>: ` is dropped. */
export function errorText(e: unknown, file?: string): string {
  let msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'error';
  if (file !== undefined && msg.startsWith(`${file}: `)) msg = msg.slice(file.length + 2);
  return msg.slice(0, 300);
}
