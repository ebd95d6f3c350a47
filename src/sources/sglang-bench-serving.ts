/**
 * SGLang `python -m sglang.bench_serving` results: JSONL, one result object appended per run
 * (`<backend>_<MMDD>_<num_prompts>_<isl>_<osl>.jsonl` or `--output-file`), `*_ms` keys, `e2e_latency`
 * instead of vLLM's `e2el`, the non-standard literals `Infinity` (request rate) and `NaN`; older
 * lines have no `num_prompts` (total then unknown, never guessed). Model and TP come from
 * `server_info` when the line carries it.
 *
 * `server_info` is the server's `GET /get_server_info` (python/sglang/srt/entrypoints/http_server.py:
 * `dataclasses.asdict(server_args)` plus the scheduler's info and `internal_states`), written into
 * each line since 2025. The settings it carries that change what is measured become identity
 * (issue 23 item 4): `tp_size`, `pp_size`, `ep_size` and `enable_dp_attention` (parallelism; a
 * degree of 1 and `false` are SGLang's defaults and key like an older line without them),
 * `speculative_algorithm` (`EAGLE`, `EAGLE3`, `NEXTN`, … → `spec_decoding`, lower-cased) and
 * `quantization` (`fp8`, `modelopt_fp4`, … → the cell's precision). A line without
 * `speculative_algorithm` but with the client's `accept_length` (bench_serving reads it from
 * `internal_states[0].avg_spec_accept_length`, present only under speculative decoding) is
 * `spec_decoding: on`. Settings SGLang derives from the GPU's memory when unset
 * (`chunked_prefill_size`, `max_running_requests`) are not identity: the same flags on another
 * node would key differently.
 */
import { isRecord, toInt, toNumber, toStr } from '../core/parse.js';
import { collectRecords, type MappedRecord } from './lib/collect-records.js';
import { environmentFromRecord } from './lib/environment.js';
import { hasAnyKey, type FileHead } from './lib/head.js';
import { mapKeys, ms, type KeyTable } from './lib/key-table.js';
import type { FileEntry, SniffVerdict, SourceAdapter } from './types.js';
import { completeThroughputs, looksLikeServeResult } from './vllm-bench-serve.js';

export const SGLANG_ID = 'sglang-bench-serving';

/** The SGLang result keys we read, our name on the left (all latencies in ms). */
export const SGLANG_KEYS: KeyTable = {
  mean_ttft: [ms('mean_ttft_ms')],
  p50_ttft: [ms('median_ttft_ms')],
  p90_ttft: [ms('p90_ttft_ms')],
  p95_ttft: [ms('p95_ttft_ms')],
  p99_ttft: [ms('p99_ttft_ms')],
  mean_tpot: [ms('mean_tpot_ms')],
  p50_tpot: [ms('median_tpot_ms')],
  p90_tpot: [ms('p90_tpot_ms')],
  p95_tpot: [ms('p95_tpot_ms')],
  p99_tpot: [ms('p99_tpot_ms')],
  mean_itl: [ms('mean_itl_ms')],
  p50_itl: [ms('median_itl_ms')],
  p90_itl: [ms('p90_itl_ms')],
  p95_itl: [ms('p95_itl_ms')],
  p99_itl: [ms('p99_itl_ms')],
  mean_e2el: [ms('mean_e2e_latency_ms')],
  p50_e2el: [ms('median_e2e_latency_ms')],
  p90_e2el: [ms('p90_e2e_latency_ms')],
  p95_e2el: [ms('p95_e2e_latency_ms')],
  p99_e2el: [ms('p99_e2e_latency_ms')],
  total_tput_tps: ['total_throughput', 'total_token_throughput'],
  output_tput_tps: ['output_throughput'],
  input_tput_tps: ['input_throughput'],
  request_throughput_rps: ['request_throughput'],
  duration_seconds: ['duration'],
  total_input_tokens: ['total_input_tokens'],
  total_output_tokens: ['total_output_tokens'],
};

const SGLANG_HINTS = ['total_output_tokens_retokenized', 'mean_e2e_latency_ms', 'median_e2e_latency_ms'];

export function sniffSglang(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (!/\.jsonl?$/i.test(file.name)) return null;
  const h = head();
  if (h.shape !== 'json-object' && h.shape !== 'jsonl') return null;
  if (!hasAnyKey(h, ...SGLANG_HINTS)) return null;
  if (h.keys.includes('completed') && h.keys.includes('duration')) {
    return {
      claim: true,
      kind: 'bench_serving_result',
      why: 'keys completed, duration, *_e2e_latency_ms / retokenized',
    };
  }
  if (looksLikeServeResult(h)) return { claim: true, kind: 'bench_serving_result', why: 'SGLang result keys' };
  return { claim: false, why: 'SGLang-style keys but no completed + duration' };
}

/** Pure mapper: one SGLang result line → fragment input. */
export function mapSglang(v: Record<string, unknown>): MappedRecord | null {
  const completed = toInt(v.completed);
  if (completed === null) return null;
  const metrics = mapKeys(v, SGLANG_KEYS);
  completeThroughputs(metrics);
  const info = isRecord(v.server_info) ? v.server_info : {};
  const random = (toStr(v.dataset_name) ?? '').startsWith('random');
  const tp = toInt(info.tp_size);
  const quantization = toStr(info.quantization)?.toLowerCase() ?? null;
  const total = toInt(v.num_prompts);
  const backend = toStr(v.backend)?.toLowerCase() ?? null;
  return {
    format: 'unknown',
    variant: SGLANG_ID,
    identity: {
      model: toStr(v.model_id) ?? toStr(info.model_path) ?? toStr(v.model),
      framework: backend?.startsWith('sglang') ? 'sglang' : backend,
      concurrency: toInt(v.max_concurrency),
      isl: random ? toInt(v.random_input_len) : null,
      osl: random ? toInt(v.random_output_len) : null,
      ...(quantization !== null ? { precision: quantization } : {}),
    },
    topology: {
      ...(backend !== null ? { backend } : {}),
      ...(tp !== null ? { tp } : {}),
      ...serverSettings(info, v),
      ...(toStr(v.dataset_name) !== null ? { dataset: toStr(v.dataset_name) as string } : {}),
    },
    counts: {
      total,
      successful: completed,
      basis: total === null ? 'completed (no num_prompts: total unknown)' : 'completed / num_prompts',
    },
    metrics,
    requestRate: toNumber(v.request_rate) ?? toStr(v.request_rate),
    environment: environmentFromRecord(v),
  };
}

/** Parallelism beyond TP and speculative decoding from `server_info` (defaults left out). */
function serverSettings(
  info: Record<string, unknown>,
  v: Record<string, unknown>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const pp = toInt(info.pp_size);
  const ep = toInt(info.ep_size);
  if (pp !== null && pp > 1) out.pp = pp;
  if (ep !== null && ep > 1) out.ep = ep;
  if (info.enable_dp_attention === true) out.dp_attention = true;
  const algorithm = toStr(info.speculative_algorithm);
  const accept = toNumber(v.accept_length);
  if (algorithm !== null && !/^none$/i.test(algorithm)) out.spec_decoding = algorithm.toLowerCase();
  else if (accept !== null && accept > 0) out.spec_decoding = 'on';
  return out;
}

export const sglangBenchServingAdapter: SourceAdapter = {
  id: SGLANG_ID,
  sniff: (file, env) => sniffSglang(file, env.head),
  collect: (ctx) =>
    collectRecords(ctx, {
      id: SGLANG_ID,
      kind: 'bench_serving_result',
      jsonl: (f) => /\.jsonl$/i.test(f.name) || ctx.head?.(f.path).shape === 'jsonl',
      map: (rec) => mapSglang(rec.value),
    }),
};
