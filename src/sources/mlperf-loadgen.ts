/**
 * MLPerf Inference loadgen logs: `mlperf_log_summary.txt` (or a console log holding its text) and
 * `mlperf_log_detail.txt` (`:::MLLOG {json}` lines). One cell per performance run.
 *
 * Writer read: mlcommons/inference `loadgen/results.cc` `PerformanceSummary::LogSummary` and
 * `LogDetail`, `loadgen/test_settings_internal.cc` `LogSummary` (loadgen 6.0.17, master at
 * b66003e1, 2026-08; the same lines since v4.0 except `Time to Output Token` → `Time per Output
 * Token` in the min/max/mean TPOT labels). Printed values:
 * - `Scenario : Server|Offline|SingleStream|MultiStream` (older loadgen: `Single Stream`),
 *   `Mode : PerformanceOnly|AccuracyOnly`, `Result is : VALID|INVALID` with the constraint lines
 *   (`Min duration satisfied : NO`…) and `Recommendations:` ` * …` lines under it.
 * - Throughput: Server `Completed samples per second`, Offline `Samples per second`,
 *   SingleStream `QPS w/ loadgen overhead`; LLM runs `Completed tokens per second` / `Tokens per
 *   second` (output tokens).
 * - Latencies in NANOSECONDS (converted to seconds): `Mean latency (ns)`, `<p> percentile latency
 *   (ns)` (the query's end-to-end latency), `Mean First Token latency (ns)`, `<p> percentile first
 *   token latency (ns)` (TTFT), `Mean Time per|to Output Token (ns)`, `<p> percentile time to
 *   output token (ns)` (TPOT).
 * - `Test Parameters Used`: `target_qps`, `samples_per_query`.
 * Load point: Server → request rate = target_qps; Offline → request rate `inf` (one query with
 * every sample); SingleStream / MultiStream → concurrency 1. Model and system from the
 * submission layout `<system>/<benchmark>/<Scenario>/performance/run_<n>/` (mlcommons/inference
 * `tools/submission/submission_checker.py`: scenario folders `Offline`, `Server`, `SingleStream`,
 * `MultiStream` and, from v5.0, `Interactive`). An `Interactive` run is a loadgen Server run under
 * tighter TTFT/TPOT limits — its summary says `Scenario : Server` (loadgen has no Interactive
 * scenario, `loadgen/test_settings.h` TestScenario) — so the folder names the scenario: a
 * Server and an Interactive run of one benchmark are two cells, never one. INVALID → a finding
 * naming the file and the failed constraint lines: `partial_run` (validity class, warning: the
 * numbers are measured, the run broke a loadgen constraint) with `evidence.kind:
 * "mlperf_result_invalid"` and `evidence.failed_constraints`. Not a code of its own: the report contract's
 * finding `code` is a closed enum (../shared/seeds/000, schemas/), and a new value is not an
 * additive change for a consumer that validates it.
 *
 * Hardware and GPU count (src/sources/mlperf-system.ts): from the submission's
 * `<division>/<submitter>/systems/<system>.json` when the input has it (`accelerators_per_node` ×
 * `number_of_nodes`, the family of `accelerator_model_name`), else from the system folder name
 * where it states `<N>x<ACCEL>` / `<ACCEL…>x<N>` unambiguously; unknown stays null. The cell's
 * `mlperf_system_basis` extra names which one was used. A systems JSON a cell uses is claimed here
 * (manifest kind `mlperf_system_desc`, not required); one no run uses is left unclaimed.
 */
import { toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, Finding, Metrics } from '../core/types.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import type { FileHead } from './lib/head.js';
import { routedTo } from './lib/recognize.js';
import { parseSystemName, systemDescHardware, systemDescPath, type SystemHardware } from './mlperf-system.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext, type SniffVerdict } from './types.js';
import type { SourceAdapter } from './types.js';

export const MLPERF_ID = 'mlperf-loadgen';

const SUMMARY_BANNER = /^MLPerf Results Summary\s*$/m;
const SUMMARY_NAME = /^mlperf_log_summary\.txt$/i;
const DETAIL_NAME = /^mlperf_log_detail\.txt$/i;
const TEXT_NAME = /\.(txt|log|out)$/i;
/** A submission's system description: `…/systems/<system>.json` (submission_checker.py). */
const SYSTEM_DESC = /(?:^|\/)systems\/[^/]+\.json$/;

export function sniffMlperf(file: FileEntry, head: () => FileHead, has: (p: string) => boolean): SniffVerdict | null {
  if (SYSTEM_DESC.test(file.path)) {
    const keys = head().keys;
    return keys.includes('accelerators_per_node') && keys.includes('accelerator_model_name')
      ? { claim: true, kind: 'mlperf_system_desc', why: 'MLPerf system description (accelerators_per_node)' }
      : null;
  }
  if (DETAIL_NAME.test(file.name)) {
    if (!/:::MLLOG/.test(head().text))
      return { claim: false, why: 'named mlperf_log_detail.txt but no :::MLLOG lines' };
    const summary = file.dir === '' ? 'mlperf_log_summary.txt' : `${file.dir}/mlperf_log_summary.txt`;
    return has(summary)
      ? { claim: true, kind: 'mlperf_log_detail', why: ':::MLLOG lines, next to mlperf_log_summary.txt (read with it)' }
      : { claim: true, kind: 'mlperf_log_detail', why: ':::MLLOG lines, no summary beside it (read alone)' };
  }
  if (!TEXT_NAME.test(file.name)) return null;
  const h = head();
  if (!SUMMARY_BANNER.test(h.text)) {
    return SUMMARY_NAME.test(file.name)
      ? { claim: false, why: "named mlperf_log_summary.txt but no 'MLPerf Results Summary' banner in its first 16 KiB" }
      : null;
  }
  if (/^Mode\s*:\s*AccuracyOnly/m.test(h.text)) {
    return { claim: false, why: 'an AccuracyOnly loadgen run (no performance numbers)' };
  }
  return { claim: true, kind: 'mlperf_log_summary', why: "'MLPerf Results Summary' banner" };
}

/** One loadgen run as read, in summary labels (a detail log is translated to them). */
export interface LoadgenRun {
  fields: Map<string, string>;
  /** Constraint lines that failed (`Min duration satisfied : NO`) and the recommendations. */
  failed: string[];
}

/** `Label : value` lines of a summary (first occurrence wins). Pure. */
export function parseSummary(text: string): LoadgenRun {
  const fields = new Map<string, string>();
  const failed: string[] = [];
  let started = false;
  let inRecommendations = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (SUMMARY_BANNER.test(line)) {
      if (started) break; // a second summary in one console log: the first run only
      started = true;
      continue;
    }
    if (!started) continue;
    if (/^Recommendations:/.test(line.trim())) inRecommendations = true;
    else if (inRecommendations && /^\s*\*/.test(line)) failed.push(line.trim());
    else if (!/^\s/.test(line)) inRecommendations = false;
    if (/satisfied\s*:\s*NO\b/i.test(line)) failed.push(line.trim());
    const m = /^\s*([^:]+?)\s*:\s*(\S.*?)\s*$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined && !fields.has(m[1])) fields.set(m[1], m[2]);
  }
  return { fields, failed };
}

/** `:::MLLOG {json}` lines of a detail log, translated to summary labels. Pure. */
export function parseDetail(text: string): LoadgenRun {
  const kv = new Map<string, unknown>();
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':::MLLOG ');
    if (i < 0) continue;
    try {
      const o = JSON.parse(line.slice(i + 9)) as { key?: unknown; value?: unknown };
      if (typeof o.key === 'string' && !kv.has(o.key)) kv.set(o.key, o.value);
    } catch {
      // a cut line: skipped (the keys read are what the run says)
    }
  }
  const fields = new Map<string, string>();
  const put = (label: string, ...keys: string[]): void => {
    for (const k of keys) {
      const v = kv.get(k);
      if (v !== undefined && v !== null && typeof v !== 'object') {
        fields.set(label, String(v));
        return;
      }
    }
  };
  put('Scenario', 'effective_scenario', 'requested_scenario');
  put('Mode', 'effective_test_mode', 'requested_test_mode');
  put('Result is', 'result_validity');
  put('Completed samples per second', 'result_completed_samples_per_sec');
  put('Samples per second', 'result_samples_per_second');
  put('QPS w/ loadgen overhead', 'result_qps_with_loadgen_overhead');
  put('Completed tokens per second', 'result_completed_tokens_per_second', 'result_tokens_per_second');
  put('Mean latency (ns)', 'result_mean_latency_ns');
  put('Mean First Token latency (ns)', 'result_first_token_mean_latency_ns');
  put('Mean Time per Output Token (ns)', 'result_time_to_output_token_mean');
  put('target_qps', 'effective_target_qps');
  put('samples_per_query', 'effective_samples_per_query');
  for (const k of kv.keys()) {
    let m = /^result_(\d+(?:\.\d+)?)_percentile_latency_ns$/.exec(k);
    if (m) put(`${m[1]} percentile latency (ns)`, k);
    m = /^result_first_token_(\d+(?:\.\d+)?)_percentile_latency_ns$/.exec(k);
    if (m) put(`${m[1]} percentile first token latency (ns)`, k);
    m = /^result_time_per_output_token_(\d+(?:\.\d+)?)_percentile_ns$/.exec(k);
    if (m) put(`${m[1]} percentile time to output token (ns)`, k);
  }
  const failed: string[] = [];
  for (const [k, label] of [
    ['result_perf_constraints_met', 'Performance constraints satisfied'],
    ['result_min_duration_met', 'Min duration satisfied'],
    ['result_min_queries_met', 'Min queries satisfied'],
    ['early_stopping_met', 'Early stopping satisfied'],
  ] as const) {
    if (kv.get(k) === false) failed.push(`${label} : NO (${k} false)`);
  }
  const reason = toStr(kv.get('result_invalid_reason'));
  if (reason !== null) failed.push(reason);
  return { fields, failed };
}

const STAT_OF: Readonly<Record<string, string>> = { '50': 'p50', '90': 'p90', '95': 'p95', '99': 'p99' };
const NS = 1e9;

/** The run's metrics in our names and units (ns → s). Pure. */
export function loadgenMetrics(fields: ReadonlyMap<string, string>): Metrics {
  const m: Metrics = {};
  const num = (...labels: string[]): number | null => {
    for (const l of labels) {
      const v = toNumber(fields.get(l));
      if (v !== null) return v;
    }
    return null;
  };
  const set = (k: string, v: number | null, scale = 1): void => {
    if (v !== null) m[k] = scale === 1 ? v : v / scale;
  };
  set('request_throughput_rps', num('Completed samples per second', 'Samples per second', 'QPS w/ loadgen overhead'));
  set('output_tput_tps', num('Completed tokens per second', 'Tokens per second'));
  set('mean_e2el', num('Mean latency (ns)'), NS);
  set('mean_ttft', num('Mean First Token latency (ns)', 'Mean First Token Latency (ns)'), NS);
  set('mean_tpot', num('Mean Time per Output Token (ns)', 'Mean Time to Output Token (ns)'), NS);
  for (const [label, value] of fields) {
    const p = /^(\d+(?:\.\d+)?) percentile (latency|first token latency|time to output token) \(ns\)$/.exec(label);
    const stat = p?.[1] !== undefined ? STAT_OF[String(Number(p[1]))] : undefined;
    const v = toNumber(value);
    if (p === null || stat === undefined || v === null) continue;
    const base = p[2] === 'latency' ? 'e2el' : p[2] === 'first token latency' ? 'ttft' : 'tpot';
    m[`${stat}_${base}`] = v / NS;
  }
  return m;
}

/** `Server`, `Offline`, `SingleStream`, `MultiStream` (older `Single Stream` read as one word). */
function scenarioOf(fields: ReadonlyMap<string, string>): string | null {
  return toStr(fields.get('Scenario'))?.replace(/\s+/g, '') ?? null;
}

/** The submission layout's scenario folders (submission_checker.py), lower-cased, spaces removed. */
const LAYOUT_SCENARIOS: Readonly<Record<string, string>> = {
  server: 'Server',
  offline: 'Offline',
  singlestream: 'SingleStream',
  multistream: 'MultiStream',
  interactive: 'Interactive',
};

/**
 * Model, system and scenario folder from `<system>/<benchmark>/<Scenario>/…/<file>` when the path
 * has it: the scenario folder nearest the file (the loadgen scenario's own name first, so a model
 * folder that happens to be called like a scenario is not taken for one).
 */
function layoutOf(
  path: string,
  scenario: string | null,
): {
  model: string | null;
  system: string | null;
  /** Where the submission's description of `system` is (`<prefix>/systems/<system>.json`). */
  systemDesc: string | null;
  test: string | null;
  scenarioDir: string | null;
} {
  const segs = path.split('/');
  const norm = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
  const test = segs.find((s) => /^TEST\d+$/.test(s)) ?? null;
  let i = scenario === null ? -1 : segs.findIndex((s) => norm(s) === scenario.toLowerCase());
  if (i < 1) {
    for (let k = segs.length - 2; k >= 1; k--) {
      if (LAYOUT_SCENARIOS[norm(segs[k] as string)] !== undefined) {
        i = k;
        break;
      }
    }
  }
  if (i < 1) return { model: null, system: null, systemDesc: null, test, scenarioDir: null };
  return {
    model: segs[i - 1] ?? null,
    system: i >= 2 ? (segs[i - 2] ?? null) : null,
    systemDesc: i >= 2 ? systemDescPath(segs, i - 2) : null,
    test,
    scenarioDir: LAYOUT_SCENARIOS[norm(segs[i] as string)] ?? null,
  };
}

function invalidFinding(file: string, run: LoadgenRun): Finding {
  const lines = run.failed.length > 0 ? run.failed : ['no failed constraint line printed'];
  return fragmentFinding('partial_run', 'warning', `${file}: loadgen says Result is : INVALID (${lines.join('; ')}).`, {
    kind: 'mlperf_result_invalid',
    file,
    failed_constraints: lines,
    adapter: MLPERF_ID,
  });
}

/** What the cell's system is, and from where: the systems JSON per field, else the folder name. */
interface SystemFacts extends SystemHardware {
  basis: string | null;
}

/**
 * Hardware and GPU count of the system a run sits under: each field from its systems JSON where
 * that says it, else from the folder name (mlperf-system.ts); `basis` names what was used.
 */
function systemFacts(system: string | null, desc: { path: string; value: unknown } | null): SystemFacts {
  const fromDesc = desc === null ? { hardware: null, gpus: null } : systemDescHardware(desc.value);
  const fromName = system === null ? { hardware: null, gpus: null } : parseSystemName(system);
  const hardware = fromDesc.hardware ?? fromName.hardware;
  const gpus = fromDesc.gpus ?? fromName.gpus;
  const used = [
    ...(desc !== null && (fromDesc.hardware !== null || fromDesc.gpus !== null) ? [desc.path] : []),
    ...((fromDesc.hardware === null && fromName.hardware !== null) || (fromDesc.gpus === null && fromName.gpus !== null)
      ? ['system folder name']
      : []),
  ];
  return { hardware, gpus, basis: used.length > 0 ? used.join(' + ') : null };
}

function runCell(f: FileEntry, run: LoadgenRun, otherFiles: string[], descs: ReadonlyMap<string, unknown>) {
  const scenario = scenarioOf(run.fields);
  const layout = layoutOf(f.path, scenario);
  const descPath = layout.systemDesc !== null && descs.has(layout.systemDesc) ? layout.systemDesc : null;
  const sys = systemFacts(layout.system, descPath === null ? null : { path: descPath, value: descs.get(descPath) });
  // An Interactive submission is a loadgen Server run: the folder names it, the file does not.
  const named = layout.scenarioDir === 'Interactive' && scenario === 'Server' ? 'Interactive' : scenario;
  const validity = toStr(run.fields.get('Result is'))?.toUpperCase() ?? null;
  const targetQps = toNumber(run.fields.get('target_qps'));
  const stream = scenario === 'SingleStream' || scenario === 'MultiStream';
  return buildFragment({
    format: 'unknown',
    variant: MLPERF_ID,
    file: f.path,
    dir: f.dir,
    otherFiles: descPath === null ? otherFiles : [...otherFiles, descPath],
    identity: {
      model: layout.model,
      ...(sys.hardware !== null ? { hardware: sys.hardware } : {}),
      ...(stream ? { concurrency: 1 } : {}),
    },
    topology: {
      ...(named !== null ? { scenario: named } : {}),
      ...(layout.system !== null ? { system: layout.system } : {}),
      ...(sys.gpus !== null ? { gpus: sys.gpus } : {}),
      ...(layout.test !== null ? { compliance_test: layout.test } : {}),
      ...(toInt(run.fields.get('samples_per_query')) !== null && scenario === 'MultiStream'
        ? { samples_per_query: toInt(run.fields.get('samples_per_query')) as number }
        : {}),
    },
    metrics: loadgenMetrics(run.fields),
    requestRate: scenario === 'Server' ? targetQps : scenario === 'Offline' ? 'inf' : null,
    artifacts: { result: f.path },
    extras: {
      ...(validity !== null ? { mlperf_result: validity } : {}),
      ...(targetQps !== null ? { mlperf_target_qps: targetQps } : {}),
      ...(sys.basis !== null ? { mlperf_system_basis: sys.basis } : {}),
      ...(toStr(run.fields.get('SUT name')) !== null ? { mlperf_sut: toStr(run.fields.get('SUT name')) } : {}),
    },
    findings: validity === 'INVALID' ? [invalidFinding(f.path, run)] : [],
  });
}

function problem(file: string, why: string): Finding {
  return fragmentFinding('missing_required_artifact', 'critical', `${file} ${why}, so no result was read from it.`, {
    kind: 'mlperf_log',
    file,
    adapter: MLPERF_ID,
  });
}

export async function collectMlperf(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  const routed = routedTo(ctx, MLPERF_ID);
  const descs = new Map<string, unknown>();
  // Claimed (and listed) only when a run's cell uses it: a system description alone is no result,
  // and exit 3 then names it as recognised but not used.
  for (const f of routed.filter((r) => ctx.recognition?.(r.path)?.kind === 'mlperf_system_desc')) {
    const r = await ctx.readJson(f.path);
    if (r.ok) descs.set(f.path, r.value);
    else {
      result.findings.push(
        fragmentFinding(
          'metrics_unavailable',
          'warning',
          `${r.message}: this MLPerf system description is not used, so hardware and GPU count come from the system folder name where it states them.`,
          { kind: 'mlperf_system_desc_unreadable', file: f.path, adapter: MLPERF_ID },
        ),
      );
    }
  }
  const files = routed.filter((f) => !descs.has(f.path) && ctx.recognition?.(f.path)?.kind !== 'mlperf_system_desc');
  const summaries = new Set(files.filter((f) => !DETAIL_NAME.test(f.name)).map((f) => f.dir));
  for (const f of files) {
    ctx.claim(f.path);
    const detail = DETAIL_NAME.test(f.name);
    const entry: ArtifactEntry = {
      path: f.path,
      kind: detail ? 'mlperf_log_detail' : 'mlperf_log_summary',
      cell_id: null,
      required: !detail,
      present: true,
    };
    result.manifest.push(entry);
    // A detail log next to a summary is the same run: the summary's cell lists it.
    if (detail && summaries.has(f.dir)) continue;
    const text = await ctx.readText(f.path);
    if (text === null) {
      result.findings.push(problem(f.path, 'is unreadable (or above the size cap)'));
      continue;
    }
    const run = detail ? parseDetail(text) : parseSummary(text);
    const metrics = loadgenMetrics(run.fields);
    if (scenarioOf(run.fields) === null || Object.keys(metrics).length === 0) {
      const why =
        run.fields.size === 0
          ? 'has no loadgen result lines (cut off?)'
          : 'has no Scenario line or no throughput / latency line (truncated summary?)';
      result.findings.push(problem(f.path, why));
      continue;
    }
    if (/^AccuracyOnly$/i.test(run.fields.get('Mode') ?? '')) continue;
    const twin = detail ? [] : files.filter((o) => o.dir === f.dir && DETAIL_NAME.test(o.name)).map((o) => o.path);
    result.fragments.push(runCell(f, run, twin, descs));
  }
  const used = new Set(result.fragments.flatMap((fr) => fr.files));
  for (const p of [...descs.keys()].filter((d) => used.has(d)).sort()) {
    ctx.claim(p);
    result.manifest.push({ path: p, kind: 'mlperf_system_desc', cell_id: null, required: false, present: true });
  }
  return result;
}

export const mlperfLoadgenAdapter: SourceAdapter = {
  id: MLPERF_ID,
  sniff: (file, env) => sniffMlperf(file, env.head, env.has),
  collect: collectMlperf,
};
