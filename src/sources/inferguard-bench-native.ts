/**
 * InferGuard native bench run directories (`inferguard bench replay|kv-stress|...`, INPUTS.md §7).
 *
 * A run dir is recognised by a `summary.json` whose `schema_version` is exactly
 * `inferguard-bench-summary/v1` (any other summary.json is not ours and stays unclaimed). The
 * run needs five files: summary.json, metrics.jsonl, requests.jsonl, run.json, config.json; a
 * missing or unreadable one is `missing_required_artifact` (critical) on the cell.
 *
 * One fragment per run dir, built by the shared builder (src/sources/lib/fragment.ts; the files
 * state the whole configuration, so nothing is read from the path). How the files combine:
 * - `summary.json` (the aggregate) is the completion source (`request_counts`), and gives
 *   throughput, runtime and token totals. Its latency percentiles (nearest-rank) are used only
 *   when metrics.jsonl yields no latency at all.
 * - `metrics.jsonl` (one row per issued request) gives the per-request samples: TTFT, E2EL and
 *   TPOT = (latency − ttft) / (output_tokens − 1) of the non-warmup successful rows, handed to the
 *   builder as per-request columns (one percentile definition, src/core/stats.ts); sessions (group by `session_id`, keep the highest
 *   `turn_index`, count it if it succeeded: InferGuard `_completed_sessions`); the time span.
 * - `requests.jsonl` (one `RequestSpec` per line: what the bench planned to send; it holds no
 *   timings, so no latency sample) gives `extras.request_specs`: distinct specs, sessions,
 *   expected token sums, whether prompts were redacted, and the join with metrics.jsonl by spec id
 *   (a metrics `request_id` is `<spec id>:seq-<n>`): specs never issued, and metrics rows whose
 *   spec is not in requests.jsonl (a warning; the rows are still used). It never changes counts
 *   or latency.
 * Both JSONL files are streamed line by line (src/sources/inferguard-bench-native-lines.ts). Bad
 * lines (not JSON, not an object, a wrong-typed field, a non-finite number) give one
 * `metrics_unavailable` warning per file naming it, the count and the first line numbers; a line
 * that is not an object is not used, a wrong-typed field reads as missing and the rest of its
 * line is used.
 */
import { joinPath } from './paths.js';
import { normalizeHardware, isRecord, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, CellFragment, Finding, Metrics, Topology } from '../core/types.js';
import type { AdapterResult, FileEntry, IngestContext, SourceAdapter } from './types.js';
import { type MetricsScan, type RequestsScan, scanMetrics, scanRequests } from './inferguard-bench-native-lines.js';
import type { LineProblems } from './lib/jsonl-lines.js';
import { buildFragment, type FragmentInput } from './lib/fragment.js';
import { gpusOf } from './topology.js';

export const NATIVE_SUMMARY_SCHEMA = 'inferguard-bench-summary/v1';

/** Required files of a run dir, with their manifest kind and artifact role. */
const REQUIRED = [
  { name: 'summary.json', kind: 'native_summary', role: 'aggregate' },
  { name: 'metrics.jsonl', kind: 'native_metrics', role: 'raw' },
  { name: 'requests.jsonl', kind: 'native_requests', role: 'requests' },
  { name: 'run.json', kind: 'native_run', role: 'run' },
  { name: 'config.json', kind: 'native_config', role: 'config' },
] as const;

/** Optional files written by the bench (listed when present, never required). */
const OPTIONAL = [
  { name: 'report.md', kind: 'native_report_md', role: 'report_md' },
  { name: 'metrics_timeline.jsonl', kind: 'native_metrics_timeline', role: 'metrics_timeline' },
  { name: 'dcgm-correlated-v1.jsonl', kind: 'native_dcgm', role: 'dcgm' },
] as const;

export const nativeBenchAdapter: SourceAdapter = {
  id: 'inferguard-bench-native',
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [] };
    const byPath = new Map(ctx.files.map((f) => [f.path, f]));
    for (const file of ctx.files) {
      if (file.name !== 'summary.json') continue;
      const read = await ctx.readJson(file.path);
      if (!read.ok) {
        // Unreadable summary.json: ours only when the run dir around it looks like a native run.
        const siblings = ['metrics.jsonl', 'run.json', 'config.json'].filter((n) => byPath.has(joinPath(file.dir, n)));
        if (siblings.length >= 2) {
          ctx.claim(file.path);
          result.manifest.push(entry(file.path, 'native_summary', true, true));
          result.findings.push({
            code: 'missing_required_artifact',
            severity: 'critical',
            message: `${read.message}, so the native bench run in ${file.dir || '.'} cannot be analyzed.`,
            cell_id: null,
            evidence: { file: file.path, reason: read.reason, format: 'inferguard-bench-native' },
          });
        }
        continue;
      }
      const summary = read.value;
      if (!isRecord(summary) || summary.schema_version !== NATIVE_SUMMARY_SCHEMA) continue;
      const out = await collectRun(ctx, file, summary, byPath);
      result.fragments.push(out.fragment);
      result.manifest.push(...out.manifest);
    }
    return result;
  },
};

function entry(path: string, kind: string, required: boolean, present: boolean): ArtifactEntry {
  return { path, kind, cell_id: null, required, present };
}

/** The files of one run dir as claimed: paths, artifact roles, required names present, manifest rows. */
interface RunFiles {
  dir: string;
  files: string[];
  artifacts: Record<string, string>;
  present: Set<string>;
  manifest: ArtifactEntry[];
  findings: Finding[];
}

async function collectRun(
  ctx: IngestContext,
  summaryFile: FileEntry,
  summary: Record<string, unknown>,
  byPath: Map<string, FileEntry>,
): Promise<{ fragment: CellFragment; manifest: ArtifactEntry[] }> {
  const run = claimRunFiles(ctx, summaryFile.dir, byPath);
  // config.json: identity (framework, precision, hardware) and topology, all values strings.
  const config = await readRunObject(ctx, run, 'config.json');
  const runJson = await readRunObject(ctx, run, 'run.json');
  const { specs, scan } = await scanRunLines(ctx, run);
  const { identity, topology } = runIdentity(summary, config);
  const metrics = summaryMetrics(summary, topology);
  // Per-request latency when metrics.jsonl has any, else the summary's percentiles.
  const perRequest = scan !== null && (scan.ttft.length > 0 || scan.e2el.length > 0);
  const latencySource = perRequest
    ? `${joinPath(run.dir, 'metrics.jsonl')} (non-warmup successful rows)`
    : latencyFromSummary(metrics, summary, summaryFile.path);
  const extras = runExtras(summary, runJson, scan, latencySource);
  if (specs) extras.request_specs = requestSpecs(joinPath(run.dir, 'requests.jsonl'), specs, scan);
  const fragment = buildFragment({
    format: 'inferguard-bench-native',
    variant: toStr(runJson.schema_version),
    file: summaryFile.path,
    dir: run.dir,
    otherFiles: run.files,
    explicitId: toStr(summary.run_id),
    identity,
    topology,
    counts: runCounts(summary, scan),
    metrics,
    ...(perRequest
      ? { perRequest: { columns: { ttft: scan.ttft.finish(), e2el: scan.e2el.finish(), tpot: scan.tpot.finish() } } }
      : {}),
    artifacts: run.artifacts,
    findings: run.findings,
    extras,
    readPath: false,
  });
  return { fragment, manifest: run.manifest };
}

/** Step 1: claims the run dir's required and optional files; a missing required one is a finding. */
function claimRunFiles(ctx: IngestContext, dir: string, byPath: Map<string, FileEntry>): RunFiles {
  const run: RunFiles = { dir, files: [], artifacts: {}, present: new Set(), manifest: [], findings: [] };
  for (const r of REQUIRED) {
    const p = joinPath(dir, r.name);
    if (byPath.has(p)) {
      ctx.claim(p);
      run.files.push(p);
      run.artifacts[r.role] = p;
      run.present.add(r.name);
      run.manifest.push(entry(p, r.kind, true, true));
    } else {
      run.manifest.push(entry(p, r.kind, true, false));
      run.findings.push({
        code: 'missing_required_artifact',
        severity: 'critical',
        message: `Native bench run ${dir || '.'} has no ${r.name}, one of the five files the format requires.`,
        cell_id: null,
        evidence: { file: p, missing: r.name, format: 'inferguard-bench-native' },
      });
    }
  }
  for (const o of OPTIONAL) {
    const p = joinPath(dir, o.name);
    if (byPath.has(p)) {
      ctx.claim(p);
      run.files.push(p);
      run.artifacts[o.role] = p;
      run.manifest.push(entry(p, o.kind, false, true));
    }
  }
  return run;
}

/** A required file of the run that could not be used. */
function unreadable(p: string, message: string, reason: string): Finding {
  return {
    code: 'missing_required_artifact',
    severity: 'critical',
    message: `${message}; it is required for a native bench run.`,
    cell_id: null,
    evidence: { file: p, reason, format: 'inferguard-bench-native' },
  };
}

/** Step 2: a JSON object of the run dir ({} when absent or unusable, with a finding for the latter). */
async function readRunObject(ctx: IngestContext, run: RunFiles, name: string): Promise<Record<string, unknown>> {
  if (!run.present.has(name)) return {};
  const p = joinPath(run.dir, name);
  const r = await ctx.readJson(p);
  if (!r.ok) run.findings.push(unreadable(p, r.message, r.reason));
  else if (!isRecord(r.value)) run.findings.push(unreadable(p, `${p} is not a JSON object`, 'not_an_object'));
  else return r.value;
  return {};
}

/** Step 3: streams requests.jsonl, then metrics.jsonl joined to its specs; bad lines become findings. */
async function scanRunLines(
  ctx: IngestContext,
  run: RunFiles,
): Promise<{ specs: RequestsScan | null; scan: MetricsScan | null }> {
  const requestsPath = joinPath(run.dir, 'requests.jsonl');
  let specs: RequestsScan | null = null;
  if (run.present.has('requests.jsonl')) {
    specs = await scanRequests(ctx, requestsPath);
    if (specs.readError !== null)
      run.findings.push(
        unreadable(requestsPath, `${requestsPath} could not be read to the end (${specs.readError})`, 'unreadable'),
      );
    const bad = badLinesFinding(requestsPath, specs.problems, specs.specs, 'request spec');
    if (bad) run.findings.push(bad);
  }
  let scan: MetricsScan | null = null;
  if (run.present.has('metrics.jsonl')) {
    const p = joinPath(run.dir, 'metrics.jsonl');
    scan = await scanMetrics(ctx, p, specs?.ids ?? null);
    if (scan.readError !== null)
      run.findings.push(unreadable(p, `${p} could not be read to the end (${scan.readError})`, 'unreadable'));
    const bad = badLinesFinding(p, scan.problems, scan.rows, 'request');
    if (bad) run.findings.push(bad);
    if (scan.rows === 0 && scan.readError === null)
      run.findings.push({
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `${p} holds no request rows${scan.problems.count > 0 ? ' that could be read' : ' (empty)'}: the run's per-request samples are missing, and its numbers come from summary.json instead.`,
        cell_id: null,
        evidence: { file: p, kind: 'empty_file', rows_used: 0, bad_lines: scan.problems.count },
      });
    const orphans = withoutSpecFinding(p, requestsPath, scan);
    if (orphans) run.findings.push(orphans);
  }
  return { specs, scan };
}

/** Step 4: identity and topology from summary.json and config.json (`topology` values are strings). */
function runIdentity(
  summary: Record<string, unknown>,
  config: Record<string, unknown>,
): { identity: CellFragment['identity']; topology: Topology } {
  const topo = isRecord(config.topology) ? config.topology : {};
  const levels = concurrencyLevels(config, summary);
  const topology = buildTopology(topo);
  if (levels.length > 1) topology.concurrency_levels = levels;
  const identity = {
    hardware: normalizeHardware(toStr(topo.runner_type) ?? toStr(topo.hw)),
    model: toStr(summary.model) ?? toStr(config.model),
    framework: toStr(topo.framework)?.toLowerCase() ?? null,
    precision: toStr(topo.precision)?.toLowerCase() ?? null,
    scenario_type: null,
    is_multinode: toBool(topo.is_multinode),
    recipe_name: null,
    isl: null,
    osl: null,
    concurrency: levels.length === 1 ? (levels[0] as number) : null,
  };
  return { identity, topology };
}

/** Step 5: throughput, runtime, token totals and GPUs of the aggregate. */
function summaryMetrics(summary: Record<string, unknown>, topology: Topology): Metrics {
  const metrics: Metrics = {
    output_tput_tps: toNumber(summary.output_tokens_per_second_wall),
    request_throughput_rps: toNumber(summary.throughput_req_per_second),
    duration_seconds: toNumber(summary.runtime_seconds),
  };
  const tokens = isRecord(summary.tokens) ? summary.tokens : {};
  const inTok = toNumber(tokens.input_total);
  const outTok = toNumber(tokens.output_total);
  if (inTok !== null) metrics.total_input_tokens = inTok;
  if (outTok !== null) metrics.total_output_tokens = outTok;
  const gpus = topology.gpus;
  if (typeof gpus === 'number') metrics.gpus = gpus;
  return metrics;
}

/** Step 6: no per-request latency: the summary's (nearest-rank) percentiles; where they came from. */
function latencyFromSummary(metrics: Metrics, summary: Record<string, unknown>, summaryPath: string): string | null {
  const ttft = isRecord(summary.ttft_seconds) ? summary.ttft_seconds : {};
  const lat = isRecord(summary.latency_seconds) ? summary.latency_seconds : {};
  for (const stat of ['p50', 'p95', 'p99'] as const) {
    const t = toNumber(ttft[stat]);
    const l = toNumber(lat[stat]);
    if (t !== null) metrics[`${stat}_ttft`] = t;
    if (l !== null) metrics[`${stat}_e2el`] = l;
  }
  const any = Object.keys(ttft).length > 0 || Object.keys(lat).length > 0;
  return any ? `${summaryPath} (nearest-rank)` : null;
}

/** Step 7: request counts from summary.json, sessions from metrics.jsonl. */
function runCounts(summary: Record<string, unknown>, scan: MetricsScan | null): FragmentInput['counts'] {
  const counts = isRecord(summary.request_counts) ? summary.request_counts : {};
  const total = toInt(counts.total);
  const successful = toInt(counts.success);
  let sessionsTotal: number | null = null;
  let sessionsCompleted: number | null = null;
  if (scan && scan.sessions.size > 0) {
    sessionsTotal = scan.sessions.size;
    sessionsCompleted = [...scan.sessions.values()].filter((s) => s.success).length;
  }
  return {
    total,
    successful,
    sessions_total: sessionsTotal,
    sessions_completed: sessionsCompleted,
    basis: 'summary.json request_counts total / success (warmup excluded)',
  };
}

/** Step 8: the per-level curve, the run's own facts, phases and time span. */
function runExtras(
  summary: Record<string, unknown>,
  run: Record<string, unknown>,
  scan: MetricsScan | null,
  latencySource: string | null,
): Record<string, unknown> {
  const extras: Record<string, unknown> = {
    levels: levelCurve(summary.concurrency),
    native_run: {
      run_id: toStr(summary.run_id),
      command: toStr(summary.command),
      benchmark_mode: toStr(summary.benchmark_mode),
      kvcast_mode: toStr(summary.kvcast_mode),
      run_schema_version: toStr(run.schema_version),
      started_at: toStr(run.started_at),
      completed_at: toStr(run.completed_at),
      inferguard_version: toStr(run.inferguard_version),
    },
  };
  if (scan) {
    extras.phases = { measurement: scan.phases.measurement, warmup: scan.phases.warmup };
    extras.metrics_span_seconds = scan.minStart !== null && scan.maxEnd !== null ? scan.maxEnd - scan.minStart : null;
  }
  if (latencySource !== null) extras.latency_source = latencySource;
  return extras;
}

/** One warning for the bad lines of a per-request file (null when it has none). */
function badLinesFinding(file: string, problems: LineProblems, used: number, noun: string): Finding | null {
  if (problems.count === 0) return null;
  const listed = problems.lines.join(', ');
  const more = problems.count > problems.lines.length ? ', …' : '';
  return {
    code: 'metrics_unavailable',
    severity: 'warning',
    message:
      `${file} has ${problems.count} bad line(s) (line ${listed}${more}; first: ${problems.firstError}); ` +
      `${used} ${noun} row(s) are used, a wrong-typed field reads as missing.`,
    cell_id: null,
    evidence: {
      file,
      bad_lines: problems.count,
      first_lines: [...problems.lines],
      first_error: problems.firstError,
      rows_used: used,
    },
  };
}

/** A warning when metrics.jsonl rows name specs that requests.jsonl does not hold. */
function withoutSpecFinding(metricsFile: string, requestsFile: string, scan: MetricsScan): Finding | null {
  if (scan.withoutSpec === null || scan.withoutSpec === 0) return null;
  return {
    code: 'metrics_unavailable',
    severity: 'warning',
    message:
      `${scan.withoutSpec} row(s) of ${metricsFile} (first: line ${scan.firstWithoutSpec}) name a request spec ` +
      `that ${requestsFile} does not hold; the rows are still used.`,
    cell_id: null,
    evidence: {
      file: metricsFile,
      requests_file: requestsFile,
      rows_without_spec: scan.withoutSpec,
      first_line: scan.firstWithoutSpec,
    },
  };
}

/** `extras.request_specs`: what requests.jsonl planned, joined with what metrics.jsonl issued. */
function requestSpecs(file: string, specs: RequestsScan, scan: MetricsScan | null): Record<string, unknown> {
  let notIssued: number | null = null;
  if (specs.ids !== null && scan !== null) {
    notIssued = 0;
    for (const issued of specs.ids.values()) if (!issued) notIssued++;
  }
  return {
    file,
    specs: specs.specs,
    sessions: specs.sessions,
    duplicate_request_ids: specs.duplicateIds,
    expected_input_tokens: specs.expectedInput,
    expected_output_tokens: specs.expectedOutput,
    prompts_redacted: specs.promptsRedacted,
    specs_not_issued: notIssued,
    metrics_rows_without_spec: scan?.withoutSpec ?? null,
  };
}

/** Concurrency levels: config.concurrency_levels, else the levels of summary.concurrency[]. Sorted, unique. */
function concurrencyLevels(config: Record<string, unknown>, summary: Record<string, unknown>): number[] {
  let raw: unknown[] = [];
  if (Array.isArray(config.concurrency_levels)) raw = config.concurrency_levels;
  else if (Array.isArray(summary.concurrency))
    raw = summary.concurrency.map((l) => (isRecord(l) ? l.concurrency : null));
  const set = new Set<number>();
  for (const v of raw) {
    const n = toInt(v);
    if (n !== null) set.add(n);
  }
  return [...set].sort((a, b) => a - b);
}

/** summary.concurrency[] as a sorted curve of per-level results. */
function levelCurve(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  const out: Record<string, unknown>[] = [];
  for (const l of value) {
    if (!isRecord(l)) continue;
    const lat = isRecord(l.latency_seconds) ? l.latency_seconds : {};
    const ttft = isRecord(l.ttft_seconds) ? l.ttft_seconds : {};
    out.push({
      concurrency: toInt(l.concurrency),
      total: toInt(l.total),
      success: toInt(l.success),
      failed: toInt(l.failed),
      failed_rate: toNumber(l.failed_rate),
      runtime_seconds: toNumber(l.runtime_seconds),
      throughput_req_per_second: toNumber(l.throughput_req_per_second),
      latency_seconds: { p50: toNumber(lat.p50), p95: toNumber(lat.p95), p99: toNumber(lat.p99) },
      ttft_seconds: { p50: toNumber(ttft.p50), p95: toNumber(ttft.p95), p99: toNumber(ttft.p99) },
    });
  }
  return out.sort((a, b) => ((a.concurrency as number | null) ?? -1) - ((b.concurrency as number | null) ?? -1));
}

/** Topology keys of config.json (lower-cased launch env vars, values strings) → normalised names. */
const INT_KEYS: Record<string, string> = {
  tp: 'tp',
  pp: 'pp',
  dcp_size: 'dcp_size',
  pcp_size: 'pcp_size',
  ep: 'ep',
  ep_size: 'ep',
  prefill_tp: 'prefill_tp',
  prefill_pp: 'prefill_pp',
  prefill_ep: 'prefill_ep',
  prefill_num_workers: 'prefill_num_workers',
  decode_tp: 'decode_tp',
  decode_pp: 'decode_pp',
  decode_ep: 'decode_ep',
  decode_num_workers: 'decode_num_workers',
  num_prefill_gpu: 'num_prefill_gpu',
  num_decode_gpu: 'num_decode_gpu',
};
const BOOL_KEYS: Record<string, string> = {
  dp_attention: 'dp_attention',
  prefill_dp_attention: 'prefill_dp_attention',
  prefill_dp_attn: 'prefill_dp_attention',
  decode_dp_attention: 'decode_dp_attention',
  decode_dp_attn: 'decode_dp_attention',
};
const STRING_KEYS = ['spec_decoding', 'offloading', 'image', 'model_prefix'] as const;
/** Keys that feed identity, not topology. */
const IDENTITY_KEYS = new Set(['hw', 'runner_type', 'framework', 'precision', 'is_multinode']);

function buildTopology(topo: Record<string, unknown>): Topology {
  const out: Topology = {};
  const multinode = toBool(topo.is_multinode) === true;
  for (const [src, dst] of Object.entries(INT_KEYS)) {
    const n = toInt(topo[src]);
    if (n !== null && out[dst] === undefined) out[dst] = n;
  }
  for (const [src, dst] of Object.entries(BOOL_KEYS)) {
    const b = toBool(topo[src]);
    if (b !== null && out[dst] === undefined) out[dst] = b;
  }
  for (const k of STRING_KEYS) {
    const s = toStr(topo[k]);
    if (s !== null) out[k] = s;
  }
  // Anything else the launcher recorded is kept as written (descriptive only).
  for (const [k, v] of Object.entries(topo)) {
    if (k in INT_KEYS || k in BOOL_KEYS || IDENTITY_KEYS.has(k) || (STRING_KEYS as readonly string[]).includes(k))
      continue;
    const s = toStr(v);
    if (s !== null && out[k] === undefined) out[k] = s;
  }
  const gpus = gpusOf(out, multinode);
  if (gpus !== null) out.gpus = gpus;
  return out;
}
