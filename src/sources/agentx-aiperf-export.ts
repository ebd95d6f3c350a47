/**
 * Plain aiperf output (ai-dynamo/aiperf `aiperf profile`), in aiperf's own `artifacts/<run>/`
 * folder or anywhere else: `profile_export_aiperf.json`, else its CSV twin
 * `profile_export_aiperf.csv` (two sections: `Metric,avg,min,max,p1,…,p99,std` rows named
 * `Header (unit)`, then `Metric,Value` rows). `profile_export.jsonl` next to them is listed, not
 * parsed (the export already carries aiperf's own percentiles, p99 included).
 *
 * The JSON's two layouts (aiperf/exporters/json_exporter.py, aiperf/common/models/export_models.py):
 * - up to aiperf 0.1.x (before ai-dynamo/aiperf#343, 2025-10-10): per-metric blocks `{tag, unit,
 *   avg, p50, p90, p95, p99, …}` under `records`, plus `input_config`, `was_cancelled`, …;
 * - from #343 on (`JsonExportData`, "mimic the GenAI-Perf JSON output"): the same blocks
 *   `{unit, avg, p1…p99, min, max, std}` at the top level, keyed by metric tag, next to
 *   `input_config`; 0.11.0 adds `schema_version` and `aiperf_version` first. A top-level block is
 *   any object with a string `unit`.
 *
 * read → map: the producer's key table is AIPERF_LATENCY / AIPERF_SCALARS below; units come from
 * each block's `unit` (ms, sec, ns). Completion: successful = `request_count`, failed =
 * `error_request_count`. Identity: model = `input_config.endpoint.model_names[0]`, concurrency =
 * `input_config.loadgen.concurrency` (the CSV states neither; the folder's path facts may).
 */
import { isRecord, toInt, toNumber, toStr } from '../core/parse.js';
import type { CellFragment, Identity, Metrics } from '../core/types.js';
import { emptyIdentity } from '../core/cells/identity.js';
import { addIntvty, cleanMetrics, finding, manifestEntry } from './agentx-common.js';
import { joinPath } from './paths.js';
import type { AdapterResult, FileEntry, IngestContext } from './types.js';

export const EXPORT_JSON = 'profile_export_aiperf.json';
export const EXPORT_CSV = 'profile_export_aiperf.csv';

/** aiperf metric tags (and CSV headers) → our latency base. inter_token_latency is also TPOT. */
const AIPERF_LATENCY: Readonly<Record<string, readonly ('ttft' | 'e2el' | 'itl' | 'tpot')[]>> = {
  ttft: ['ttft'],
  time_to_first_token: ['ttft'],
  request_latency: ['e2el'],
  inter_token_latency: ['itl', 'tpot'],
};

/** aiperf scalar tags → our metric names (value = the block's `avg`). */
const AIPERF_SCALARS: Readonly<Record<string, string>> = {
  request_throughput: 'request_throughput_rps',
  output_token_throughput: 'output_tput_tps',
  benchmark_duration: 'duration_seconds',
  total_isl: 'total_input_tokens',
  total_osl: 'total_output_tokens',
};

/** CSV row names (before the unit in parentheses) → aiperf tags. */
const CSV_HEADERS: Readonly<Record<string, string>> = {
  'Time to First Token': 'ttft',
  'Request Latency': 'request_latency',
  'Inter Token Latency': 'inter_token_latency',
  'Request Throughput': 'request_throughput',
  'Output Token Throughput': 'output_token_throughput',
  'Benchmark Duration': 'benchmark_duration',
  'Total Input Sequence Length': 'total_isl',
  'Total Output Sequence Length': 'total_osl',
  'Request Count': 'request_count',
  'Error Request Count': 'error_request_count',
};

/** Our stat → aiperf's. */
const STATS: readonly [string, string][] = [
  ['mean', 'avg'],
  ['p50', 'p50'],
  ['p90', 'p90'],
  ['p95', 'p95'],
  ['p99', 'p99'],
];

export type AiperfRecords = Record<string, Record<string, unknown>>;

/** Seconds per unit of an aiperf block; null for a unit that is not a time. */
function secondsPer(unit: string | null): number | null {
  switch ((unit ?? '').toLowerCase()) {
    case 'ms':
      return 1e-3;
    case 'us':
      return 1e-6;
    case 'ns':
      return 1e-9;
    case 's':
    case 'sec':
    case 'seconds':
      return 1;
    default:
      return null;
  }
}

/**
 * The metric blocks of a profile_export_aiperf.json (under `records`, or at the top level in the
 * layout of aiperf#343 and later), or null when it is not one.
 */
export function exportRecords(v: unknown): AiperfRecords | null {
  if (!isRecord(v)) return null;
  const out: AiperfRecords = {};
  if (isRecord(v.records)) {
    for (const [tag, b] of Object.entries(v.records)) if (isRecord(b)) out[tag] = b;
  } else {
    for (const [tag, b] of Object.entries(v)) if (isRecord(b) && typeof b.unit === 'string') out[tag] = b;
  }
  return 'request_count' in out || 'ttft' in out || 'time_to_first_token' in out ? out : null;
}

/** profile_export_aiperf.csv → the same blocks as the JSON (tags from the row names). */
export function csvRecords(text: string): AiperfRecords | null {
  const out: AiperfRecords = {};
  let header: string[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      header = null;
      continue;
    }
    const cells = line.split(',');
    if (cells[0] === 'Metric') {
      header = cells;
      continue;
    }
    if (header === null) continue;
    const m = /^(.*?)(?:\s*\(([^)]*)\))?$/.exec(cells[0] as string);
    const tag = CSV_HEADERS[(m?.[1] ?? '').trim()];
    if (tag === undefined) continue;
    const block: Record<string, unknown> = { tag, unit: m?.[2] ?? null };
    header.forEach((h, i) => {
      if (i > 0) block[h === 'Value' ? 'avg' : h] = toNumber(cells[i]);
    });
    out[tag] = block;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Metrics of aiperf's export blocks, under our names and units. */
export function exportMetrics(records: AiperfRecords): Metrics {
  const m: Metrics = {};
  for (const [tag, bases] of Object.entries(AIPERF_LATENCY)) {
    const b = records[tag];
    const scale = b ? secondsPer(toStr(b.unit)) : null;
    if (!b || scale === null) continue;
    for (const base of bases) {
      for (const [ours, theirs] of STATS) {
        const v = toNumber(b[theirs]);
        if (v !== null && m[`${ours}_${base}`] === undefined) m[`${ours}_${base}`] = v * scale;
      }
    }
  }
  for (const [tag, name] of Object.entries(AIPERF_SCALARS)) {
    const v = toNumber(records[tag]?.avg);
    if (v !== null) m[name] = v;
  }
  const dur = typeof m.duration_seconds === 'number' ? m.duration_seconds : null;
  const isl = typeof m.total_input_tokens === 'number' ? m.total_input_tokens : null;
  if (dur !== null && dur > 0 && isl !== null) {
    m.input_tput_tps = isl / dur;
    if (typeof m.output_tput_tps === 'number') m.total_tput_tps = m.input_tput_tps + m.output_tput_tps;
  }
  addIntvty(m);
  return cleanMetrics(m);
}

/** Completion of an aiperf export: successful = request_count, failed = error_request_count. */
export function exportCounts(records: AiperfRecords, file: string): CellFragment['counts'] {
  const ok = toInt(records.request_count?.avg);
  const errors = toInt(records.error_request_count?.avg);
  return {
    total: ok === null ? null : ok + (errors ?? 0),
    successful: ok,
    sessions_total: null,
    sessions_completed: null,
    source: file,
    basis: 'aiperf request_count (successful) + error_request_count (failed)',
  };
}

/** Identity an aiperf export JSON states (the CSV states none). */
export function exportIdentity(v: unknown): Identity {
  const id = emptyIdentity();
  const cfg = isRecord(v) && isRecord(v.input_config) ? v.input_config : {};
  const endpoint = isRecord(cfg.endpoint) ? cfg.endpoint : {};
  const names = Array.isArray(endpoint.model_names) ? endpoint.model_names : [];
  id.model = toStr(names[0]);
  const loadgen = isRecord(cfg.loadgen) ? cfg.loadgen : {};
  id.concurrency = toInt(loadgen.concurrency);
  return id;
}

/** Request rate an aiperf export states (req/s), for identity when concurrency is unknown. */
export function exportRequestRate(v: unknown): number | null {
  const cfg = isRecord(v) && isRecord(v.input_config) ? v.input_config : {};
  return isRecord(cfg.loadgen) ? toNumber(cfg.loadgen.request_rate) : null;
}

// ---------------------------------------------------------------------------------------------
// collect

/** aiperf files of one run folder that belong to the cell (listed in the manifest). */
const RUN_FILES = /^(profile_export.*\.(json|jsonl|csv)|inputs\.json|server_metrics_export\..*|logs?)$/;

async function readExport(
  ctx: IngestContext,
  f: FileEntry,
): Promise<{ records: AiperfRecords; value: unknown } | { error: string } | null> {
  if (f.name === EXPORT_JSON) {
    const r = await ctx.readJson(f.path);
    if (!r.ok) return { error: r.message };
    const records = exportRecords(r.value);
    return records === null ? null : { records, value: r.value };
  }
  const text = await ctx.readText(f.path);
  if (text === null) return { error: `${f.path} could not be read` };
  const records = csvRecords(text);
  return records === null ? null : { records, value: null };
}

/**
 * Plain aiperf runs: every profile_export_aiperf.json (else .csv) not already part of an AgentX
 * cell becomes one fragment; the other aiperf files of its folder are listed with it.
 */
export async function collectExports(ctx: IngestContext, result: AdapterResult): Promise<void> {
  const have = new Set(ctx.files.map((f) => f.path));
  for (const f of ctx.files) {
    if ((f.name !== EXPORT_JSON && f.name !== EXPORT_CSV) || ctx.isClaimed(f.path)) continue;
    if (f.name === EXPORT_CSV && have.has(joinPath(f.dir, EXPORT_JSON))) continue;
    const read = await readExport(ctx, f);
    if (read === null) continue;
    ctx.claim(f.path);
    result.manifest.push(manifestEntry(f.path, 'aiperf_profile_export', true, true));
    const files = [f.path];
    for (const o of ctx.files) {
      if (o.dir !== f.dir || o.path === f.path || !RUN_FILES.test(o.name) || ctx.isClaimed(o.path)) continue;
      ctx.claim(o.path);
      files.push(o.path);
      result.manifest.push(manifestEntry(o.path, 'aiperf_aux', false, true));
    }
    if ('error' in read) {
      result.findings.push(
        finding('missing_required_artifact', 'critical', `${read.error}, so this aiperf run is not read.`, {
          kind: 'unreadable_file',
          file: f.path,
          format: 'aiperf',
        }),
      );
      continue;
    }
    result.fragments.push(exportFragment(f, read.records, read.value, files));
  }
}

function exportFragment(f: FileEntry, records: AiperfRecords, value: unknown, files: string[]): CellFragment {
  const identity = exportIdentity(value);
  const rate = exportRequestRate(value);
  return {
    source_format: 'unknown',
    source_variant: 'aiperf-export',
    explicit_id: null,
    dir: f.dir,
    identity,
    topology: {},
    artifacts: { profile_summary: f.path, ...(files.length > 1 ? { aiperf_files: files.slice(1).sort() } : {}) },
    counts: exportCounts(records, f.path),
    metrics: exportMetrics(records),
    files: files.sort(),
    findings: [],
    extras: {
      latency_tail_stat: 'p99',
      ...(identity.concurrency === null && rate !== null ? { request_rate: rate } : {}),
    },
  };
}
