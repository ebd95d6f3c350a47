/**
 * kubernetes-sigs/inference-perf lifecycle reports, read from the writer code
 * (inference_perf/reportgen/base.py `summarize_requests` / `ReportGenerator.generate_reports`,
 * tags v0.1.0 … v0.6.1 and main 7de5ef2, 2026-08):
 *
 * - `stage_<N>_lifecycle_metrics.json`: one file per load stage, the requests of stage N. Keys
 *   `load_summary` {count, schedule_delay, send_duration, requested_rate (req/s, the stage's
 *   configured rate), achieved_rate, concurrency (concurrent stages only, v0.4+)}, `successes`
 *   {count, latency {request_latency, normalized_time_per_output_token, time_per_output_token,
 *   time_to_first_token, inter_token_latency}, throughput {input_tokens_per_sec,
 *   output_tokens_per_sec, total_tokens_per_sec, requests_per_sec}, prompt_len, output_len},
 *   `failures` {count, request_latency}, and from v0.6 `benchmark_time_seconds`.
 * - `summary_lifecycle_metrics.json`: the same summary over all stages together (no rate).
 *
 * Units: every latency is seconds (time.perf_counter differences), throughputs tok/s and req/s.
 * Distributions are {mean, min, max, p10, p50, p90} in v0.1.x and {mean, min, max, median, pNN…}
 * (configurable percentiles, `median` for 50) from v0.2.0. `time_per_output_token` is the
 * per-request (last token − first token) / (tokens − 1), i.e. TPOT; `inter_token_latency` is the
 * distribution of every gap between tokens, i.e. ITL. v0.1.x stage files carry no rate.
 *
 * One cell per stage (the stage's requested rate is its load point; a concurrent stage keys by
 * its concurrency). The summary is a cell only when no stage file lies beside it (a one-stage run
 * with per-stage reports off); otherwise it is listed, not read (its requests are the stages').
 * `per_request_lifecycle_metrics.json` and `adapter_*_lifecycle_metrics.json` (a LoRA adapter's
 * share of the requests, not a load point) are declined with the reason.
 */
import { isRecord, toInt, toNumber, recordOrEmpty } from '../core/parse.js';
import type { Finding, Metrics } from '../core/types.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import type { FileHead } from './lib/head.js';
import { routedTo } from './lib/recognize.js';
import {
  emptyResult,
  type AdapterResult,
  type FileEntry,
  type IngestContext,
  type SniffVerdict,
  type SourceAdapter,
} from './types.js';

export const INFERENCE_PERF_ID = 'inference-perf';

type Obj = Record<string, unknown>;
const obj = recordOrEmpty;

const STAGE_RE = /^stage_(\d+)_lifecycle_metrics\.json$/i;
const SUMMARY_RE = /^summary_lifecycle_metrics\.json$/i;
const TOP_KEYS = ['load_summary', 'successes', 'failures'];

/** inference-perf latency distribution → our latency base (all seconds). */
const LATENCIES: readonly (readonly [string, string])[] = [
  ['ttft', 'time_to_first_token'],
  ['tpot', 'time_per_output_token'],
  ['itl', 'inter_token_latency'],
  ['e2el', 'request_latency'],
];

const RATES: readonly (readonly [string, string])[] = [
  ['output_tput_tps', 'output_tokens_per_sec'],
  ['total_tput_tps', 'total_tokens_per_sec'],
  ['input_tput_tps', 'input_tokens_per_sec'],
  ['request_throughput_rps', 'requests_per_sec'],
];

export function sniffInferencePerf(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (!/\.json$/i.test(file.name)) return null;
  if (/^per_request_lifecycle_metrics\.json$/i.test(file.name)) {
    return { claim: false, why: 'inference-perf per-request list: the stage reports beside it are the cells' };
  }
  if (/^adapter_.*_lifecycle_metrics\.json$/i.test(file.name)) {
    return { claim: false, why: 'inference-perf LoRA adapter share of the requests, not a load point' };
  }
  const named = STAGE_RE.test(file.name) || SUMMARY_RE.test(file.name);
  if (!named && !/lifecycle/i.test(file.name)) {
    // A renamed report: all three top-level keys say it is one.
    const h = head();
    if (h.shape === 'json-object' && TOP_KEYS.every((k) => h.keys.includes(k))) {
      return { claim: true, kind: 'inference_perf_report', why: 'keys load_summary, successes, failures' };
    }
    return null;
  }
  if (!named) {
    return { claim: false, why: `${file.name} is not a stage or summary lifecycle report (session or other rollup)` };
  }
  const h = head();
  if (h.shape === 'json-object' && TOP_KEYS.some((k) => h.keys.includes(k))) {
    return {
      claim: true,
      kind: SUMMARY_RE.test(file.name) ? 'inference_perf_summary' : 'inference_perf_stage',
      why: `${file.name} with inference-perf keys (load_summary/successes/failures)`,
    };
  }
  return { claim: false, why: `${file.name} has no load_summary/successes/failures object` };
}

/** One statistic of a distribution; `p50` is `median` from v0.2.0 on. */
function stat(dist: Obj, s: string): number | null {
  if (s === 'p50') return toNumber(dist.median) ?? toNumber(dist.p50);
  return toNumber(dist[s]);
}

export interface InferencePerfPoint {
  identity: { concurrency: number | null };
  rate: number | null;
  counts: { total: number | null; successful: number | null; basis: string };
  metrics: Metrics;
  achievedRate: number | null;
}

/** Pure mapper: one lifecycle report (stage or summary) → its load point, canonical units. */
export function mapInferencePerfReport(report: Obj): InferencePerfPoint {
  const load = obj(report.load_summary);
  const ok = obj(report.successes);
  const latency = obj(ok.latency);
  const tput = obj(ok.throughput);
  const metrics: Metrics = {};
  for (const [ours, theirs] of LATENCIES) {
    const dist = obj(latency[theirs]);
    for (const s of ['mean', 'p50', 'p90', 'p95', 'p99']) {
      const v = stat(dist, s);
      if (v !== null) metrics[`${s}_${ours}`] = v;
    }
  }
  for (const [ours, theirs] of RATES) {
    const v = toNumber(tput[theirs]);
    if (v !== null) metrics[ours] = v;
  }
  const duration = toNumber(report.benchmark_time_seconds);
  if (duration !== null && duration > 0) metrics.duration_seconds = duration;
  const successful = toInt(ok.count);
  const failed = toInt(obj(report.failures).count);
  const total = toInt(load.count) ?? (successful !== null && failed !== null ? successful + failed : null);
  return {
    identity: { concurrency: toInt(load.concurrency) },
    rate: toNumber(load.requested_rate),
    counts: { total, successful, basis: 'successes.count / load_summary.count (failures are not successful)' },
    metrics,
    achievedRate: toNumber(load.achieved_rate),
  };
}

function unreadable(f: FileEntry, why: string): Finding {
  return fragmentFinding(
    'missing_required_artifact',
    'critical',
    `${why}, so no inference-perf result was read from it.`,
    { kind: 'unreadable_result', file: f.path, adapter: INFERENCE_PERF_ID },
  );
}

async function collectInferencePerf(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  const files = routedTo(ctx, INFERENCE_PERF_ID);
  const stageDirs = new Set(files.filter((f) => STAGE_RE.test(f.name)).map((f) => f.dir));
  for (const f of files) {
    ctx.claim(f.path);
    const summary = SUMMARY_RE.test(f.name);
    const kind = summary
      ? 'inference_perf_summary'
      : STAGE_RE.test(f.name)
        ? 'inference_perf_stage'
        : 'inference_perf_report';
    if (summary && stageDirs.has(f.dir)) {
      // The stages beside it are the load points; the summary pools their requests.
      result.manifest.push({ path: f.path, kind, cell_id: null, required: false, present: true });
      continue;
    }
    result.manifest.push({ path: f.path, kind, cell_id: null, required: true, present: true });
    const read = await ctx.readJson(f.path);
    if (!read.ok || !isRecord(read.value)) {
      result.findings.push(unreadable(f, read.ok ? `${f.path} is not a JSON object` : read.message));
      continue;
    }
    if (!isRecord(read.value.successes) && !isRecord(read.value.load_summary)) {
      result.findings.push(unreadable(f, `${f.path} has neither load_summary nor successes`));
      continue;
    }
    const p = mapInferencePerfReport(read.value);
    const stage = STAGE_RE.exec(f.name)?.[1];
    const stageNo = stage !== undefined ? Number(stage) : null;
    result.fragments.push(
      buildFragment({
        format: 'unknown',
        variant: INFERENCE_PERF_ID,
        file: f.path,
        dir: f.dir,
        explicitId: f.path.replace(/\.json$/i, ''),
        identity: p.identity,
        topology: stageNo !== null ? { inference_perf_stage: stageNo } : {},
        counts: p.counts,
        metrics: p.metrics,
        // A concurrent stage's rate is set at run time from its concurrency: the concurrency keys it.
        requestRate: p.identity.concurrency === null ? p.rate : null,
        artifacts: { result: f.path },
        extras: {
          ...(p.achievedRate !== null ? { achieved_rate: p.achievedRate } : {}),
          ...(p.identity.concurrency !== null && p.rate !== null ? { requested_rate: p.rate } : {}),
        },
      }),
    );
  }
  return result;
}

export const inferencePerfAdapter: SourceAdapter = {
  id: INFERENCE_PERF_ID,
  sniff: (file, env) => sniffInferencePerf(file, env.head),
  collect: collectInferencePerf,
};
