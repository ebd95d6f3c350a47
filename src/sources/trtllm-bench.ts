/**
 * NVIDIA TensorRT-LLM `trtllm-bench throughput|latency … --report_json report.json`, read from the
 * writer code: tensorrt_llm/bench/dataclasses/reporting.py `ReportUtility.get_statistics_dict`
 * (NVIDIA/TensorRT-LLM 0249976575050d2c624a5f285683c66de311a3b7; `statistics.py`
 * `PercentileStats`, `general.py` `DatasetMetadata`). The JSON is that dict:
 *
 * - `engine` {model, model_path, engine_dir, version, backend ("TRT" | "Pytorch"), dtype,
 *   kv_cache_dtype, quantization, max_input_length?, max_sequence_length?}
 * - `machine` {name, memory.total (GiB), clocks.mem} or null
 * - `world_info` {tp_size, pp_size, ep_size, world_size, max_batch_size, max_num_tokens,
 *   scheduling_policy, kv_cache_percentage, issue_rate (req/s)}
 * - `request_info` {num_requests, avg_num_concurrent_requests, avg_input_length, avg_output_length}
 * - `performance` {total_latency_ms, avg_request_latency_ms, request_throughput_req_s,
 *   system_output_throughput_tok_s, system_total_throughput_tok_s,
 *   output_throughput_per_user_tok_s, output_throughput_per_gpu_tok_s,
 *   request_latency_percentiles_ms {p50, p90?, p95, p99, minimum, maximum, average}}
 * - `streaming_metrics` (streaming runs only) {token_output_speed_tok_s, avg_ttft_ms, avg_tpot_ms,
 *   tpot_percentiles, ttft_percentiles (ms), gen_tps_percentiles (tok/s)}
 * - `decoding_stats` (speculative decoding), `dataset` {isl_stats, osl_stats, num_requests,
 *   avg_isl, avg_osl, max_isl, max_osl, …}
 *
 * Units: every `_ms` value and the percentile blocks of latencies are milliseconds (ns × 1e-6);
 * throughputs tok/s, req/s. trtllm-bench's per-request "TPOT" is (end − first token) / (output
 * tokens − 1): our TPOT. Latency percentiles are nearest-rank (`sorted[int(n·q)]`).
 *
 * One cell per report. trtllm-bench does not write its `--concurrency` into the report: the
 * concurrency comes from the path when it names one (`conc64`), the measured
 * `avg_num_concurrent_requests` is kept as an extra. A report with `world_info.max_batch_size` 1
 * is concurrency 1: the engine holds one request at a time (`trtllm-bench latency` sets
 * `max_batch_size = 1` itself, tensorrt_llm/bench/benchmark/low_latency.py at 000a01de). The report counts requests, not failures:
 * successful is unknown (null), never guessed.
 */
import { isRecord, toInt, toNumber, toStr, recordOrEmpty } from '../core/parse.js';
import type { Finding, Metrics } from '../core/types.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import type { FileHead } from './lib/head.js';
import { MS } from './lib/key-table.js';
import { routedTo } from './lib/recognize.js';
import {
  emptyResult,
  type AdapterResult,
  type FileEntry,
  type IngestContext,
  type SniffVerdict,
  type SourceAdapter,
} from './types.js';

export const TRTLLM_BENCH_ID = 'trtllm-bench';

type Obj = Record<string, unknown>;
const obj = recordOrEmpty;

const SECTION_KEYS = ['engine', 'world_info', 'request_info'];

export function sniffTrtllmBench(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (!/\.json$/i.test(file.name)) return null;
  const h = head();
  if (h.shape !== 'json-object' || !h.keys.includes('performance')) return null;
  const sections = SECTION_KEYS.filter((k) => h.keys.includes(k));
  if (sections.length >= 2) {
    return { claim: true, kind: 'trtllm_bench_report', why: `keys performance, ${sections.join(', ')}` };
  }
  if (/request_throughput_req_s|system_output_throughput_tok_s/.test(h.text)) {
    return { claim: false, why: 'trtllm-bench performance keys without its engine/world_info/request_info sections' };
  }
  return null;
}

/** Percentile block (ms) → our stats in seconds; `average` is the mean. */
function percentiles(out: Metrics, base: string, block: unknown): void {
  const b = obj(block);
  const pairs: readonly (readonly [string, string])[] = [
    ['mean', 'average'],
    ['p50', 'p50'],
    ['p90', 'p90'],
    ['p95', 'p95'],
    ['p99', 'p99'],
  ];
  for (const [ours, theirs] of pairs) {
    const v = toNumber(b[theirs]);
    if (v !== null) out[`${ours}_${base}`] = v * MS;
  }
}

export interface TrtllmBenchPoint {
  identity: { model: string | null; isl: number | null; osl: number | null; concurrency?: number };
  topology: Record<string, string | number>;
  counts: { total: number | null; successful: number | null; basis: string };
  metrics: Metrics;
  extras: Record<string, unknown>;
}

/** Pure mapper: a `--report_json` dict → identity, topology, counts, metrics (s, tok/s, req/s). */
export function mapTrtllmBenchReport(r: Obj): TrtllmBenchPoint {
  const engine = obj(r.engine);
  const world = obj(r.world_info);
  const req = obj(r.request_info);
  const perf = obj(r.performance);
  const stream = obj(r.streaming_metrics);
  const dataset = obj(r.dataset);
  const m: Metrics = {};
  percentiles(m, 'e2el', perf.request_latency_percentiles_ms);
  m.mean_e2el ??= scaled(perf.avg_request_latency_ms);
  percentiles(m, 'ttft', stream.ttft_percentiles);
  m.mean_ttft ??= scaled(stream.avg_ttft_ms);
  percentiles(m, 'tpot', stream.tpot_percentiles ?? stream.itl_percentiles);
  m.mean_tpot ??= scaled(stream.avg_tpot_ms);
  const rates: readonly (readonly [string, unknown])[] = [
    ['request_throughput_rps', perf.request_throughput_req_s],
    ['output_tput_tps', perf.system_output_throughput_tok_s],
    ['total_tput_tps', perf.system_total_throughput_tok_s],
    ['output_tput_per_gpu', perf.output_throughput_per_gpu_tok_s],
  ];
  for (const [ours, v] of rates) {
    const n = toNumber(v);
    if (n !== null) m[ours] = n;
  }
  const total = scaled(perf.total_latency_ms);
  if (total !== null && total > 0) m.duration_seconds = total;
  for (const k of Object.keys(m)) if (m[k] === null) delete m[k];

  const topology: Record<string, string | number> = {};
  const put = (k: string, v: unknown): void => {
    const s = typeof v === 'number' ? v : toStr(v);
    if (s !== null && s !== undefined) topology[k] = s;
  };
  put('tp', toInt(world.tp_size));
  put('pp', toInt(world.pp_size));
  put('ep', toInt(world.ep_size));
  put('gpus', toInt(world.world_size));
  put('max_batch_size', toInt(world.max_batch_size));
  put('max_num_tokens', toInt(world.max_num_tokens));
  put('backend', engine.backend);
  put('dtype', engine.dtype);
  put('quantization', engine.quantization);
  put('kv_cache_dtype', engine.kv_cache_dtype);

  const extras: Record<string, unknown> = {};
  const keep = (k: string, v: unknown): void => {
    if (v !== null && v !== undefined) extras[k] = v;
  };
  keep('avg_num_concurrent_requests', toNumber(req.avg_num_concurrent_requests));
  keep('trtllm_version', toStr(engine.version));
  keep('issue_rate_req_s', toNumber(world.issue_rate));
  keep('gpu_name', toStr(obj(r.machine).name));
  keep('streaming', isRecord(r.streaming_metrics));

  return {
    identity: {
      model: toStr(engine.model) ?? toStr(engine.model_path),
      isl: toInt(dataset.avg_isl),
      osl: toInt(dataset.avg_osl),
      // One request at a time at the engine: the load point is concurrency 1 (else the path's).
      ...(toInt(world.max_batch_size) === 1 ? { concurrency: 1 } : {}),
    },
    topology,
    counts: {
      total: toInt(req.num_requests),
      successful: null,
      basis: 'request_info.num_requests; trtllm-bench reports no failure count',
    },
    metrics: m,
    extras,
  };
}

function scaled(v: unknown): number | null {
  const n = toNumber(v);
  return n === null ? null : n * MS;
}

function unreadable(f: FileEntry, why: string): Finding {
  return fragmentFinding(
    'missing_required_artifact',
    'critical',
    `${why}, so no trtllm-bench result was read from it.`,
    {
      kind: 'unreadable_result',
      file: f.path,
      adapter: TRTLLM_BENCH_ID,
    },
  );
}

async function collectTrtllmBench(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  for (const f of routedTo(ctx, TRTLLM_BENCH_ID)) {
    ctx.claim(f.path);
    result.manifest.push({ path: f.path, kind: 'trtllm_bench_report', cell_id: null, required: true, present: true });
    const read = await ctx.readJson(f.path);
    if (!read.ok || !isRecord(read.value)) {
      result.findings.push(unreadable(f, read.ok ? `${f.path} is not a JSON object` : read.message));
      continue;
    }
    if (!isRecord(read.value.performance)) {
      result.findings.push(unreadable(f, `${f.path} has no trtllm-bench performance section`));
      continue;
    }
    const p = mapTrtllmBenchReport(read.value);
    result.fragments.push(
      buildFragment({
        format: 'unknown',
        variant: TRTLLM_BENCH_ID,
        file: f.path,
        dir: f.dir,
        identity: p.identity,
        topology: p.topology,
        counts: p.counts,
        metrics: p.metrics,
        artifacts: { result: f.path },
        extras: p.extras,
      }),
    );
  }
  return result;
}

export const trtllmBenchAdapter: SourceAdapter = {
  id: TRTLLM_BENCH_ID,
  sniff: (file, env) => sniffTrtllmBench(file, env.head),
  collect: collectTrtllmBench,
};
