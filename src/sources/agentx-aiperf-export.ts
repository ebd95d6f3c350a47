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
 * `input_config.loadgen.concurrency`; from aiperf 0.10 (configuration v2.0) model =
 * `models.items[0].name` and the load = the measured phase's `concurrency` or `rate` (the one
 * `phases` entry not `exclude_from_results`). ISL / OSL = `input_config.input.prompt.input_tokens.mean`
 * / `output_tokens.mean` where the user set them (`aiperfPromptLengths`). The CSV states neither;
 * the folder's path facts may.
 *
 * NVIDIA genai-perf (triton-inference-server/perf_analyzer `genai-perf`, aiperf's predecessor, the
 * same writer lineage) is read by the same code: `<prefix>_genai_perf.json` (default
 * `profile_export_genai_perf.json`, in `artifacts/<model>-<service>-<backend>-concurrency<N>/`;
 * export_data/json_exporter.py: the Statistics blocks `{unit, avg, p1…p99, min, max, std}` at the
 * top level, then `input_config`), else its CSV twin (csv_exporter.py: `Metric,avg,min,max,p99,…`
 * rows `Time To First Token (ms)`, then `Metric,Value` rows `Request Throughput (per sec)`,
 * values formatted `"1,146.31"`). Times are ms. `request_count` (newer releases) counts the
 * successful requests only: genai-perf exports no failure count, so the total is unknown. Identity:
 * `input_config.model[0]` and `concurrency` / `request_rate` (argparse releases, to 0.0.12), or
 * `model_names[0]` and `perf_analyzer.stimulus.{concurrency,request_rate}` (config releases); ISL /
 * OSL from the synthetic-input settings; else the folder name (`-concurrency<N>`,
 * `-request_rate<R>`).
 */
import { isRecord, toInt, toNumber, toStr, recordOrEmpty } from '../core/parse.js';
import type { CellFragment, Identity, Metrics } from '../core/types.js';
import { emptyIdentity } from '../core/cells/identity.js';
import { cleanMetrics, finding, manifestEntry } from './agentx-common.js';
import { buildFragment } from './lib/fragment.js';
import { joinPath } from './paths.js';
import type { AdapterResult, FileEntry, IngestContext } from './types.js';

export const EXPORT_JSON = 'profile_export_aiperf.json';
export const EXPORT_CSV = 'profile_export_aiperf.csv';
/** genai-perf's export names: `<profile_export_file stem>_genai_perf.{json,csv}`. */
export const GENAI_PERF_EXPORT = /_genai_perf\.(json|csv)$/;

/** Which writer a flat export file name belongs to, or null. */
export function exportFamily(name: string): 'aiperf' | 'genai-perf' | null {
  if (name === EXPORT_JSON || name === EXPORT_CSV) return 'aiperf';
  return GENAI_PERF_EXPORT.test(name) ? 'genai-perf' : null;
}

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

/**
 * CSV row names (before the unit in parentheses) → aiperf tags; compared case-insensitively
 * (aiperf writes `Time to First Token`, genai-perf `Time To First Token`).
 */
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
const CSV_HEADERS_LC: ReadonlyMap<string, string> = new Map(
  Object.entries(CSV_HEADERS).map(([k, v]) => [k.toLowerCase(), v]),
);

/** One CSV line's fields (double-quoted fields may hold commas; `""` is a quote). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A CSV number; genai-perf writes thousands separators (`"3,485.23"`). */
function csvNumber(cell: string | undefined): number | null {
  return toNumber(cell === undefined ? undefined : cell.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1'));
}

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
  return ['request_count', 'ttft', 'time_to_first_token', 'request_latency'].some((k) => k in out) ? out : null;
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
    const cells = csvFields(line);
    if (cells[0] === 'Metric') {
      header = cells;
      continue;
    }
    if (header === null) continue;
    const m = /^(.*?)(?:\s*\(([^)]*)\))?$/.exec(cells[0] as string);
    const tag = CSV_HEADERS_LC.get((m?.[1] ?? '').trim().toLowerCase());
    if (tag === undefined) continue;
    const block: Record<string, unknown> = { tag, unit: m?.[2] ?? null };
    header.forEach((h, i) => {
      if (i > 0) block[h === 'Value' ? 'avg' : h] = csvNumber(cells[i]);
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
  // Interactivity (1 / TPOT) is derived once per merged cell (src/core/cells/derived.ts).
  return cleanMetrics(m);
}

/**
 * Completion of an aiperf export: successful = request_count, failed = error_request_count.
 * genai-perf's request_count counts successful requests and it exports no failures: total unknown.
 */
export function exportCounts(
  records: AiperfRecords,
  file: string,
  family: 'aiperf' | 'genai-perf' = 'aiperf',
): CellFragment['counts'] {
  const ok = toInt(records.request_count?.avg);
  const errors = toInt(records.error_request_count?.avg);
  if (family === 'genai-perf') {
    return {
      total: errors === null ? null : (ok ?? 0) + errors,
      successful: ok,
      sessions_total: null,
      sessions_completed: null,
      source: ok === null ? null : file,
      basis: 'genai-perf request_count (successful requests; failures are not exported)',
    };
  }
  return {
    total: ok === null ? null : ok + (errors ?? 0),
    successful: ok,
    sessions_total: null,
    sessions_completed: null,
    source: file,
    basis: 'aiperf request_count (successful) + error_request_count (failed)',
  };
}

const rec = recordOrEmpty;
const firstName = (v: unknown): string | null => (Array.isArray(v) ? toStr(v[0]) : toStr(v));

/**
 * aiperf's configuration v2.0 (the `input_config` of aiperf 0.10 on; ai-dynamo/aiperf
 * src/aiperf/config/models.py `ModelsAdvanced`): `models: {strategy, items: [{name, …}]}`.
 */
function configV2Model(cfg: Record<string, unknown>): string | null {
  const items = rec(cfg.models).items;
  return Array.isArray(items) ? toStr(rec(items[0]).name) : null;
}

/** PhaseType values of a rate-controlled phase (src/aiperf/config/phase_kinds.py `RatePhaseConfig`). */
const RATE_PHASES = new Set(['poisson', 'constant', 'gamma', 'user_centric']);

/**
 * The measured load of aiperf's configuration v2.0 `phases` (src/aiperf/config/phases.py,
 * phase_kinds.py): each `{name, type, requests, concurrency | rate, exclude_from_results}`; the
 * warmup phase is `exclude_from_results: true`. The one measured phase's `concurrency` (type
 * `concurrency`) or `rate` (req/s, a rate-controlled type); null when there is not exactly one.
 */
function measuredPhase(
  cfg: Record<string, unknown>,
): { kind: 'concurrency'; concurrency: number | null } | { kind: 'rate'; rate: number | null } | null {
  if (!Array.isArray(cfg.phases)) return null;
  const measured = cfg.phases.map(rec).filter((p) => p.exclude_from_results !== true);
  if (measured.length !== 1) return null;
  const p = measured[0] as Record<string, unknown>;
  const type = toStr(p.type)?.toLowerCase() ?? '';
  if (type === 'concurrency') return { kind: 'concurrency', concurrency: toInt(p.concurrency) };
  if (RATE_PHASES.has(type)) return { kind: 'rate', rate: toNumber(p.rate) };
  return null;
}

/**
 * Identity an aiperf or genai-perf export JSON states (the CSV states none): aiperf
 * `endpoint.model_names` / `loadgen.concurrency` (to 0.9), `models.items[0].name` / the measured
 * phase's `concurrency` (configuration v2.0, 0.10 on); genai-perf `model` + `concurrency` (argparse
 * releases) or `model_names` + `perf_analyzer.stimulus.concurrency` (config releases), ISL / OSL
 * from its synthetic-input settings.
 */
export function exportIdentity(v: unknown): Identity {
  const id = emptyIdentity();
  const cfg = rec(rec(v).input_config);
  const stimulus = rec(rec(cfg.perf_analyzer).stimulus);
  const input = rec(cfg.input);
  const phase = measuredPhase(cfg);
  id.model =
    firstName(rec(cfg.endpoint).model_names) ??
    configV2Model(cfg) ??
    firstName(cfg.model) ??
    firstName(cfg.model_names);
  id.concurrency =
    toInt(rec(cfg.loadgen).concurrency) ??
    (phase?.kind === 'concurrency' ? phase.concurrency : null) ??
    toInt(cfg.concurrency) ??
    toInt(stimulus.concurrency);
  const prompt = aiperfPromptLengths(input);
  id.isl = toInt(cfg.synthetic_input_tokens_mean) ?? toInt(rec(input.synthetic_tokens).mean) ?? prompt.isl;
  id.osl = toInt(cfg.output_tokens_mean) ?? toInt(rec(input.output_tokens).mean) ?? prompt.osl;
  return id;
}

/** A positive whole token count, else null (aiperf: a mean of 0 means "no synthetic text"). */
const positiveInt = (v: unknown): number | null => {
  const n = toInt(v);
  return n !== null && n > 0 ? n : null;
};

/**
 * ISL / OSL aiperf's user configuration (to 0.9, the `input_config` of the Jan-2026 exports) states:
 * `input.prompt.input_tokens.mean` (`--isl` / `--synthetic-input-tokens-mean`) and
 * `input.prompt.output_tokens.mean` (`--osl` / `--output-tokens-mean`). Writer read:
 * ai-dynamo/aiperf at db4f6397 (2025-10-10) `aiperf/common/config/prompt_config.py`
 * (`PromptConfig.input_tokens: InputTokensConfig`, `.output_tokens: OutputTokensConfig`, both
 * `mean` ints) under `aiperf/common/config/input_config.py` `InputConfig.prompt`, unchanged at
 * 11574fed in the later `src/aiperf/common/config/prompt_config.py` layout; written by
 * `aiperf/exporters/json_exporter.py` with `model_dump_json(exclude_unset=True)`, so a mean is
 * present only when the user set it (aiperf's own default ISL, 550, is never written and stays
 * unknown here). Not the cell's lengths, so null: the input mean when prompts come from a dataset
 * (`input.file`, `input.public_dataset`: the synthetic mean is not used,
 * `aiperf/dataset/composer/synthetic.py`), and both when `input.prompt.sequence_distribution`
 * mixes several ISL/OSL pairs (`aiperf/dataset/composer/base.py`).
 */
function aiperfPromptLengths(input: Record<string, unknown>): { isl: number | null; osl: number | null } {
  const prompt = rec(input.prompt);
  if (prompt.sequence_distribution !== undefined && prompt.sequence_distribution !== null) {
    return { isl: null, osl: null };
  }
  const dataset = toStr(input.file) !== null || toStr(input.public_dataset) !== null;
  return {
    isl: dataset ? null : positiveInt(rec(prompt.input_tokens).mean),
    osl: positiveInt(rec(prompt.output_tokens).mean),
  };
}

/** Request rate an aiperf / genai-perf export states (req/s), for identity when concurrency is unknown. */
export function exportRequestRate(v: unknown): number | null {
  const cfg = rec(rec(v).input_config);
  const phase = measuredPhase(cfg);
  return (
    toNumber(rec(cfg.loadgen).request_rate) ??
    (phase?.kind === 'rate' ? phase.rate : null) ??
    toNumber(cfg.request_rate) ??
    toNumber(rec(rec(cfg.perf_analyzer).stimulus).request_rate)
  );
}

// ---------------------------------------------------------------------------------------------
// collect

/** aiperf / genai-perf files of one run folder that belong to the cell (listed in the manifest). */
const RUN_FILES =
  /^(profile_export.*\.(json|jsonl|csv)|.*_genai_perf\.(json|csv)|inputs\.json|server_metrics_export\..*|logs?)$/;

type Family = 'aiperf' | 'genai-perf';

async function readExport(
  ctx: IngestContext,
  f: FileEntry,
): Promise<{ records: AiperfRecords; value: unknown } | { error: string } | null> {
  if (f.name.endsWith('.json')) {
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

/** The JSON twin of a CSV export (`x.csv` → `x.json`). */
const jsonTwin = (f: FileEntry): string => joinPath(f.dir, f.name.replace(/\.csv$/, '.json'));

/**
 * Plain aiperf and genai-perf runs: every profile_export_aiperf.json / `*_genai_perf.json` (else
 * its .csv) not already part of an AgentX cell becomes one fragment; the other files of its
 * folder are listed with it. A genai-perf export that does not read as one is a finding.
 */
export async function collectExports(ctx: IngestContext, result: AdapterResult): Promise<void> {
  const have = new Set(ctx.files.map((f) => f.path));
  for (const f of ctx.files) {
    const family = exportFamily(f.name);
    if (family === null || ctx.isClaimed(f.path)) continue;
    if (f.name.endsWith('.csv') && have.has(jsonTwin(f))) continue;
    const read = await readExport(ctx, f);
    if (read === null && family === 'aiperf') continue;
    ctx.claim(f.path);
    const kind = family === 'aiperf' ? 'aiperf_profile_export' : 'genai_perf_profile_export';
    result.manifest.push(manifestEntry(f.path, kind, true, true));
    const files = [f.path];
    for (const o of ctx.files) {
      if (o.dir !== f.dir || o.path === f.path || !RUN_FILES.test(o.name) || ctx.isClaimed(o.path)) continue;
      ctx.claim(o.path);
      files.push(o.path);
      result.manifest.push(manifestEntry(o.path, family === 'aiperf' ? 'aiperf_aux' : 'genai_perf_aux', false, true));
    }
    if (read === null || 'error' in read) {
      const why = read === null ? `${f.path} holds no ${family} metric blocks` : read.error;
      result.findings.push(
        finding('missing_required_artifact', 'critical', `${why}, so this ${family} run is not read.`, {
          kind: 'unreadable_file',
          file: f.path,
          format: family,
        }),
      );
      continue;
    }
    result.fragments.push(exportFragment(f, read.records, read.value, files, family));
  }
}

/**
 * One export's fragment, built by the shared builder (src/sources/lib/fragment.ts): the path's
 * facts fill what the export does not say (genai-perf's `<model>-<service>-<backend>-concurrency<N>`
 * / `-request_rate<R>` folder; aiperf's CSV states no load at all), and a request rate is the load
 * point (`topology.request_rate`) when the concurrency is unknown.
 */
function exportFragment(
  f: FileEntry,
  records: AiperfRecords,
  value: unknown,
  files: string[],
  family: Family,
): CellFragment {
  const counts = exportCounts(records, f.path, family);
  return buildFragment({
    format: 'unknown',
    variant: family === 'aiperf' ? 'aiperf-export' : 'genai-perf-export',
    file: f.path,
    dir: f.dir,
    otherFiles: files.slice(1),
    identity: exportIdentity(value),
    counts: { total: counts.total, successful: counts.successful, basis: counts.basis ?? '' },
    metrics: exportMetrics(records),
    artifacts: {
      profile_summary: f.path,
      ...(files.length > 1
        ? { [family === 'aiperf' ? 'aiperf_files' : 'genai_perf_files']: files.slice(1).sort() }
        : {}),
    },
    requestRate: exportRequestRate(value),
    fixedFileName: true,
    extras: { latency_tail_stat: 'p99' },
  });
}
