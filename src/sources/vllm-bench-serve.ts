/**
 * vLLM `benchmarks/benchmark_serving.py --save-result` / `vllm bench serve --save-result` JSON,
 * under any file name (also `--append-result` JSONL, one result per line). The most common file
 * of the field; InferenceX's raw `<RF>.json` is the same format (read by the InferenceX adapters
 * when its name ties it to an InferenceX cell).
 *
 * Recognised by content: a JSON object whose first keys include `completed` plus `num_prompts`
 * or `duration`, and a latency or throughput key. Identity from the file's own keys (`model_id`,
 * `backend`, `max_concurrency`, `request_rate`, metadata lengths), then from any path segment
 * (`isl_1024_osl_1024`, `conc64`, `tp8`, `gpus_16`, `8k1k`, `qps_16`). A QPS sweep
 * (`max_concurrency` null) keeps its points apart by request rate.
 *
 * vLLM's nightly/performance suites name each result `serving_<test>_qps_<rate>.json`
 * (`.buildkite/nightly-benchmarks/scripts/run-nightly-benchmarks.sh`, `run-vllm-nightly.sh`,
 * `run-performance-benchmarks.sh`: `--result-filename ${test_name}_qps_${qps}.json`). A file of
 * that name with the latency and throughput keys but no `completed`/`duration` is read too
 * (NIGHTLY_NAME): its request rate from the name (`qps_16`, `qps_inf`), the successful count
 * unknown unless the file states it.
 */
import { toInt, toNumber, toStr } from '../core/parse.js';
import type { Metrics } from '../core/types.js';
import { collectRecords, type MappedRecord } from './lib/collect-records.js';
import { hasAnyKey, type FileHead } from './lib/head.js';
import { mapKeys, ms, type KeyTable } from './lib/key-table.js';
import { environmentFromRecord } from './lib/environment.js';
import { isSweepSegment } from './lib/path-facts.js';
import type { FileEntry, SniffVerdict, SourceAdapter } from './types.js';

export const VLLM_ID = 'vllm-bench-serve';

/** vLLM's stat prefixes → ours. */
const STATS: readonly (readonly [string, string])[] = [
  ['mean', 'mean'],
  ['median', 'p50'],
  ['p50', 'p50'],
  ['p90', 'p90'],
  ['p95', 'p95'],
  ['p99', 'p99'],
];
const BASES = ['ttft', 'tpot', 'itl', 'e2el'] as const;

function latencyRows(): Record<string, ReturnType<typeof ms>[]> {
  const rows: Record<string, ReturnType<typeof ms>[]> = {};
  for (const base of BASES) {
    for (const [theirs, ours] of STATS) {
      // `<stat>_<base>_ms` (milliseconds); experimental scripts write `<stat>_<base>` in seconds.
      (rows[`${ours}_${base}`] ??= []).push(ms(`${theirs}_${base}_ms`), `${theirs}_${base}`);
    }
  }
  return rows;
}

/** The vLLM result keys we read, our name on the left. */
export const VLLM_KEYS: KeyTable = {
  ...latencyRows(),
  total_tput_tps: ['total_token_throughput'],
  output_tput_tps: ['output_throughput'],
  input_tput_tps: ['input_throughput'],
  request_throughput_rps: ['request_throughput'],
  duration_seconds: ['duration'],
  total_input_tokens: ['total_input_tokens'],
  total_output_tokens: ['total_output_tokens'],
};

const LATENCY_HINTS = ['mean_ttft_ms', 'median_ttft_ms', 'p99_ttft_ms', 'mean_ttft', 'median_ttft', 'p99_ttft'];

/** Shared by vLLM and SGLang sniffs: a bench-serve style result object. */
export function looksLikeServeResult(head: FileHead): boolean {
  return (
    head.keys.includes('completed') &&
    hasAnyKey(head, 'num_prompts', 'duration') &&
    (hasAnyKey(head, ...LATENCY_HINTS) || hasAnyKey(head, 'request_throughput', 'output_throughput'))
  );
}

/** vLLM's nightly/performance-suite result names: `serving_<test>_qps_<rate>.json`. */
export const NIGHTLY_NAME = /^serving_.+_qps_(?:\d+(?:\.\d+)?|inf)\.json$/i;

/** A nightly-suite result without `completed`/`duration`: latency plus throughput keys. */
function looksLikeNightlyResult(file: FileEntry, head: FileHead): boolean {
  return (
    NIGHTLY_NAME.test(file.name) &&
    hasAnyKey(head, ...LATENCY_HINTS) &&
    hasAnyKey(head, 'request_throughput', 'output_throughput', 'total_token_throughput')
  );
}

export function sniffVllm(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (!/\.jsonl?$/i.test(file.name)) return null;
  const h = head();
  if (h.shape !== 'json-object' && h.shape !== 'jsonl') return null;
  if (looksLikeServeResult(h)) {
    if (isSweepWarmup(file.path)) {
      return { claim: false, why: 'a vllm bench sweep warmup run (run_number -1), not a measurement' };
    }
    return { claim: true, kind: 'bench_serve_result', why: 'keys completed, num_prompts/duration, latency' };
  }
  if (h.shape === 'json-object' && looksLikeNightlyResult(file, h)) {
    return {
      claim: true,
      kind: 'bench_serve_result',
      why: 'vLLM nightly-suite result (serving_*_qps_*.json): latency and throughput keys, no completed/duration',
    };
  }
  if (h.keys.includes('completed') && hasAnyKey(h, ...LATENCY_HINTS, 'num_prompts', 'duration')) {
    return { claim: false, why: 'has some bench-serve keys but not completed + num_prompts/duration + a latency key' };
  }
  if (NIGHTLY_NAME.test(file.name) && hasAnyKey(h, ...LATENCY_HINTS)) {
    return { claim: false, why: 'named like a vLLM nightly-suite result but has no request/output throughput key' };
  }
  return null;
}

/**
 * `vllm bench sweep serve --warmup-num-prompts N` writes a warmup run next to the measured ones,
 * `<SERVE--…-BENCH--…>/warmup.json` with `run_number` -1 (vllm/benchmarks/sweep/serve.py
 * `run_comb`): a result file, but not a measurement of the cell.
 */
function isSweepWarmup(path: string): boolean {
  const segs = path.split('/');
  return (
    segs.length >= 2 &&
    /^warmup\.json$/i.test(segs[segs.length - 1] as string) &&
    isSweepSegment(segs[segs.length - 2] as string)
  );
}

/** Absolute throughputs the file leaves out, from the ones it has (input + output = total). */
export function completeThroughputs(m: Metrics): void {
  const num = (k: string): number | null => (typeof m[k] === 'number' ? m[k] : null);
  const [total, out, inp, dur] = [
    num('total_tput_tps'),
    num('output_tput_tps'),
    num('input_tput_tps'),
    num('duration_seconds'),
  ];
  const tokIn = num('total_input_tokens');
  if (inp === null && tokIn !== null && dur !== null && dur > 0) m.input_tput_tps = tokIn / dur;
  const inNow = num('input_tput_tps');
  if (total === null && out !== null && inNow !== null) m.total_tput_tps = inNow + out;
  else if (total !== null && out !== null && inNow === null) m.input_tput_tps = total - out;
}

/**
 * Pure mapper: one vLLM result object → fragment input. `nightly`: the file is named like a
 * nightly-suite result (NIGHTLY_NAME), so a result without `completed` is read, its successful
 * count unknown.
 */
/**
 * vLLM's benchmark client backends that call the OpenAI-compatible API of whatever server runs
 * (vllm/benchmarks/lib/endpoint_request_func.py: `vllm` and `openai` are the same completions
 * request): the client does not name the server, and vLLM's own is its default. Backends that
 * name a server (`tgi`, `sglang`, `tensorrt-llm`, `lmdeploy`, …) keep their name. The client's
 * backend itself is `topology.client_backend`, never the framework (issue 23 item 4: the same
 * server measured with `--backend openai` and `--backend vllm` must match).
 */
const OPENAI_COMPATIBLE = new Set([
  'openai',
  'openai-chat',
  'openai-audio',
  'openai-embeddings',
  'vllm',
  'vllm-chat',
  'vllm-pooling',
]);

export function frameworkOfBackend(backend: string | null): string | null {
  if (backend === null) return null;
  return OPENAI_COMPATIBLE.has(backend) ? 'vllm' : backend;
}

export function mapVllm(v: Record<string, unknown>, nightly = false): MappedRecord | null {
  const completed = toInt(v.completed);
  if (completed === null && !nightly) return null;
  const metrics = mapKeys(v, VLLM_KEYS);
  if (completed === null && Object.keys(metrics).length === 0) return null;
  completeThroughputs(metrics);
  const failed = toInt(v.failed);
  const total = toInt(v.num_prompts) ?? (failed !== null && completed !== null ? completed + failed : null);
  const backend = toStr(v.backend)?.toLowerCase() ?? null;
  return {
    format: 'unknown',
    variant: VLLM_ID,
    identity: {
      model: toStr(v.model_id) ?? toStr(v.model),
      framework: frameworkOfBackend(backend),
      hardware: toStr(v.hw)?.toLowerCase() ?? toStr(v.hardware)?.toLowerCase() ?? null,
      concurrency: toInt(v.max_concurrency),
      isl: toInt(v.random_input_len) ?? toInt(v.input_len) ?? toInt(v.isl),
      osl: toInt(v.random_output_len) ?? toInt(v.output_len) ?? toInt(v.osl),
    },
    topology: {
      ...(backend !== null ? { client_backend: backend } : {}),
      ...tpOf(v),
      ...(specDecodingOf(v) !== null ? { spec_decoding: specDecodingOf(v) as string } : {}),
    },
    counts: {
      total,
      successful: completed,
      basis:
        completed === null
          ? 'nightly-suite result without completed: successful unknown'
          : total === null
            ? 'completed (total unknown)'
            : 'completed / num_prompts',
    },
    metrics,
    requestRate: toNumber(v.request_rate) ?? toStr(v.request_rate),
    environment: environmentFromRecord(v),
  };
}

/**
 * Speculative decoding as the file shows it: vLLM's client adds `spec_decode_acceptance_rate`,
 * `spec_decode_acceptance_length`, `spec_decode_num_drafts`, `spec_decode_draft_tokens`, … to the
 * result only when the server's `/metrics` reported drafts during the run (vllm/benchmarks/serve.py
 * `SpecDecodeStats.to_result_dict`, vLLM 0.11 on). The method (EAGLE, MTP, n-gram) is not in the
 * file, so the value is `on`; no keys says nothing (older clients never wrote them): null.
 */
export function specDecodingOf(v: Record<string, unknown>): string | null {
  const drafts = toNumber(v.spec_decode_num_drafts);
  const length = toNumber(v.spec_decode_acceptance_length);
  return (drafts !== null && drafts > 0) || (length !== null && length > 0) ? 'on' : null;
}

function tpOf(v: Record<string, unknown>): Record<string, number> {
  const tp = toInt(v.tensor_parallel_size) ?? toInt(v.tp);
  return tp !== null ? { tp } : {};
}

export const vllmBenchServeAdapter: SourceAdapter = {
  id: VLLM_ID,
  sniff: (file, env) => sniffVllm(file, env.head),
  collect: (ctx) =>
    collectRecords(ctx, {
      id: VLLM_ID,
      kind: 'bench_serve_result',
      jsonl: (f) => /\.jsonl$/i.test(f.name) || ctx.head?.(f.path).shape === 'jsonl',
      map: (rec, f) => mapVllm(rec.value, NIGHTLY_NAME.test(f.name)),
    }),
};
