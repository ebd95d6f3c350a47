/**
 * Synthetic inputs for the benchmark, shaped like the shared fixtures (test/fixtures/shared/*):
 * same file names, folder layout, column order, quoting, line ends and JSON keys; only the
 * values are generated (seeded, so every run writes the same bytes).
 *
 * - AgentX v0.1 trace replay: `agentic_<RF>/trace_replay/detailed_results.csv` (22 columns,
 *   quoted list columns `token_timestamps` / `tokens_per_chunk`, LF), its
 *   `agentic_<RF>/metrics_server_metrics.csv` (25 columns, CRLF, cumulative counters), the
 *   `benchmark_command.txt` and the flat aggregate `bmk_agentic_<RF>/<RF>.json`.
 * - InferenceX static sweep: per cell `bmk_<RF>/agg_<RF>.json` plus `power_audit_<RF>/` with the
 *   raw `<RF>.json` (per-request `input_lens`/`output_lens`), the same `agg_<RF>.json` and
 *   `power_validation_<RF>.json` (the raw + agg twins the adapter joins).
 * - A native InferGuard bench run dir (`summary.json`, `run.json`, `config.json`, `requests.jsonl`,
 *   `metrics.jsonl`, `report.md`), optionally with an `inferguard_timeline.jsonl` beside it.
 */
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/core/compare/stats.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIX = path.join(REPO, 'test', 'fixtures', 'shared');

/** mulberry32 (the compare statistics' seeded PRNG): small, fast, seeded. */
export const rng = mulberry32;

/** Buffered line writer: joins lines into ~1 MB chunks and honours back-pressure. */
class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  private readonly stream;
  bytes = 0;
  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.stream = createWriteStream(file);
  }
  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await new Promise<void>((r) => this.stream.once('drain', () => r()));
  }
  async close(): Promise<number> {
    await this.flush();
    await new Promise<void>((r, j) => this.stream.end((e?: Error | null) => (e ? j(e) : r())));
    return this.bytes;
  }
}

function writeJson(file: string, value: unknown): number {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function fixtureJson(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIX, rel), 'utf8')) as Record<string, unknown>;
}

export interface Generated {
  /** Root folder to analyze. */
  root: string;
  /** Main data files (for the bare baseline), absolute paths. */
  dataFiles: { file: string; kind: 'csv' | 'jsonl' }[];
  bytes: number;
  rows: number;
}

// ---------------------------------------------------------------------------------------------
// AgentX v0.1 trace replay

const AGENTX_HEADER =
  'user_id,request_idx,trace_id,timestamp,request_type,input_tokens,output_tokens_expected,output_tokens_actual,cache_hit_blocks,cache_miss_blocks,ttft,ttlt,itl,delay_expected,delay_actual,success,error_message,request_start_time,prefill_complete_time,request_complete_time,token_timestamps,tokens_per_chunk';
const SERVER_HEADER =
  'timestamp_sec,relative_time_sec,kv_cache_usage_pct,cpu_kv_cache_usage_pct,num_requests_running,num_requests_waiting,prefix_cache_hits,prefix_cache_queries,cpu_prefix_cache_hits,cpu_prefix_cache_queries,prompt_tokens_total,generation_tokens_total,num_preemptions_total,request_success_total,kv_offload_bytes_gpu_to_cpu,kv_offload_bytes_cpu_to_gpu,kv_offload_time_gpu_to_cpu,kv_offload_time_cpu_to_gpu,prompt_tokens_local_compute,prompt_tokens_local_cache_hit,prompt_tokens_external_kv_transfer,prefill_kv_computed_tokens_sum,prefill_kv_computed_tokens_count,interval_cache_hit_rate_pct,interval_throughput_tok_per_sec';

const AGENTX_AGG_FIXTURE =
  'agentx-trace-replay/bmk_agentic_dsv4_tp8_conc16_offloadcpu_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc16_h200-cw_01/dsv4_tp8_conc16_offloadcpu_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc16_h200-cw_01.json';

/**
 * One AgentX v0.1 cell with `rows` request rows. Users = 64; each row's list columns hold 2–4
 * chunks (real rows hold one entry per streamed chunk; shorter lists keep the file near
 * ~250 bytes a row). About 0.2% of rows fail (`success=False`, `ttft=0.0`), as in the fixture.
 */
export async function generateAgentx(root: string, rows: number, seed = 1): Promise<Generated> {
  const users = 64;
  const rf = `dsv4_tp8_conc${users}_offloadcpu_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc${users}_h200-cw_01`;
  const x = path.join(root, `agentic_${rf}`);
  const rand = rng(seed);
  const t0 = 1779218100.801;
  const w = new ChunkWriter(path.join(x, 'trace_replay', 'detailed_results.csv'));
  await w.write(`${AGENTX_HEADER}\n`);
  const nextIdx = new Int32Array(users);
  const userClock = new Float64Array(users).fill(t0);
  let clock = t0;
  for (let i = 0; i < rows; i++) {
    const u = i % users;
    const idx = nextIdx[u] as number;
    nextIdx[u] = idx + 1;
    const start = (userClock[u] as number) + rand() * 2;
    const ok = rand() > 0.002;
    const inTok = 8000 + Math.floor(rand() * 120000);
    const outExp = 20 + Math.floor(rand() * 1500);
    const outAct = ok ? outExp : 0;
    const hit = Math.floor((inTok / 64) * rand());
    const miss = Math.floor(inTok / 64) - hit;
    const ttft = ok ? 0.2 + rand() * 2.5 : 0;
    const itl = 0.02 + rand() * 0.012;
    const ttlt = ok ? ttft + itl * outAct : 0;
    const prefill = start + ttft;
    const end = ok ? start + ttlt : start + 0.5;
    userClock[u] = end + rand() * 1.5;
    if (end > clock) clock = end;
    const chunks = 2 + (i % 3);
    const ts: string[] = [];
    const per: number[] = [];
    for (let c = 0; c < chunks; c++) {
      ts.push((prefill + ((end - prefill) * c) / (chunks - 1)).toFixed(6));
      per.push(c === 0 ? 1 : Math.max(1, Math.floor(outAct / (chunks - 1))));
    }
    const trace = `${(0x10000000 + Math.floor(rand() * 0xefffffff)).toString(16)}-${(0x1000 + u).toString(16)}-${(0x1000 + (idx % 0xefff)).toString(16)}`;
    await w.write(
      `User-${String(u).padStart(3, '0')},${idx},${trace},${end},streaming,${inTok},${outExp},${outAct},${hit},${miss},${ttft},${ttlt},${ok ? itl : 0},${rand() * 6},${rand() * 6},${ok ? 'True' : 'False'},,${start},${ok ? prefill : 0},${end},"[${ok ? ts.join(', ') : ''}]","[${ok ? per.join(', ') : ''}]"\n`,
    );
  }
  let bytes = await w.close();

  // Server metrics: one row a second over the run, CRLF, cumulative counters.
  const seconds = Math.max(2, Math.ceil(clock - t0) + 1);
  const serverRows = Math.min(seconds, Math.max(2, Math.ceil(rows / 10)));
  const step = (clock - t0) / (serverRows - 1);
  const s = new ChunkWriter(path.join(x, 'metrics_server_metrics.csv'));
  await s.write(`${SERVER_HEADER}\r\n`);
  let hits = 33600;
  let queries = 336000;
  let cpuHits = 0;
  let cpuQueries = 0;
  let prompt = 336000;
  let gen = 4800;
  let preempt = 0;
  let success = 16;
  let g2c = 0;
  let c2g = 0;
  let tg2c = 0;
  let tc2g = 0;
  for (let r = 0; r < serverRows; r++) {
    const ts = t0 + r * step;
    if (r > 0) {
      const q = Math.floor(rand() * 400000);
      queries += q;
      hits += Math.floor(q * (0.6 + rand() * 0.3));
      const cq = Math.floor(rand() * 50000);
      cpuQueries += cq;
      cpuHits += Math.floor(cq * rand());
      prompt += q;
      gen += Math.floor(rand() * 800);
      if (rand() < 0.01) preempt++;
      success += Math.floor(rand() * 12);
      g2c += Math.floor(rand() * 2e8);
      c2g += Math.floor(rand() * 3e8);
      tg2c += rand() * 0.01;
      tc2g += rand() * 0.02;
    }
    await s.write(
      `${ts.toFixed(3)},${(ts - t0).toFixed(3)},${(40 + rand() * 58).toFixed(2)},${(rand() * 30).toFixed(2)},${Math.floor(rand() * users)},${Math.floor(rand() * 4)},${hits},${queries},${cpuHits},${cpuQueries},${prompt},${gen},${preempt},${success},${g2c},${c2g},${tg2c.toFixed(6)},${tc2g.toFixed(6)},${prompt - hits},${hits},0,${prompt - hits},${success},${(rand() * 100).toFixed(2)},${(rand() * 80000).toFixed(2)}\r\n`,
    );
  }
  bytes += await s.close();
  writeFileSync(
    path.join(x, 'benchmark_command.txt'),
    `python3 utils/trace-replay/trace_replay_tester.py --api-endpoint http://0.0.0.0:8888 --model deepseek-ai/DeepSeek-V4-Pro --trace-source hf:semianalysisai/cc-traces-weka-042926 --num-users ${users} --max-concurrent-users ${users} --duration 480 --max-context 131072 --output-dir /workspace/results/trace_replay --seed 42\n`,
  );
  const agg = fixtureJson(AGENTX_AGG_FIXTURE);
  agg.conc = users;
  agg.num_requests_total = rows;
  agg.num_requests_successful = rows;
  bytes += writeJson(path.join(root, `bmk_agentic_${rf}`, `${rf}.json`), agg);
  return {
    root,
    dataFiles: [
      { file: path.join(x, 'trace_replay', 'detailed_results.csv'), kind: 'csv' },
      { file: path.join(x, 'metrics_server_metrics.csv'), kind: 'csv' },
    ],
    bytes,
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// InferenceX static sweep (raw + agg twins)

const STATIC_DIR = 'inferencex-static/power_audit_dsr1_8k1k_fp8_vllm_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc16_h200-cw_00_recipe-3f9c1e7a52b04d88';
const STATIC_RF = 'dsr1_8k1k_fp8_vllm_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc16_h200-cw_00_recipe-3f9c1e7a52b04d88';

const HARDWARE = ['h100', 'h200', 'b200', 'mi300x', 'mi355x'];
const FRAMEWORKS = ['vllm', 'sglang'];
const PRECISIONS = ['fp8', 'fp4'];
const SEQ = [
  [1024, 1024, '1k1k'],
  [8192, 1024, '8k1k'],
  [1024, 8192, '1k8k'],
  [4096, 1024, '4k1k'],
  [2048, 2048, '2k2k'],
] as const;
const TPS = [1, 2, 4, 8];
const CONCS = [4, 8, 16, 32, 64];

/**
 * `cells` static cells (5 hw × 2 frameworks × 2 precisions × 5 seq × 4 tp × 5 conc = 2,000
 * combinations, repeated with a run suffix beyond that). `perturb` scales latencies and
 * throughputs of some cells (the "head" of a compare).
 */
export async function generateStaticSweep(root: string, cells: number, opts: { seed?: number; perturb?: boolean } = {}): Promise<Generated> {
  const rand = rng(opts.seed ?? 7);
  const aggT = fixtureJson(`${STATIC_DIR}/agg_${STATIC_RF}.json`);
  const rawT = fixtureJson(`${STATIC_DIR}/${STATIC_RF}.json`);
  const pvT = fixtureJson(`${STATIC_DIR}/power_validation_${STATIC_RF}.json`);
  let bytes = 0;
  for (let i = 0; i < cells; i++) {
    let k = i;
    const conc = CONCS[k % CONCS.length] as number;
    k = Math.floor(k / CONCS.length);
    const tp = TPS[k % TPS.length] as number;
    k = Math.floor(k / TPS.length);
    const [isl, osl, seqName] = SEQ[k % SEQ.length] as (typeof SEQ)[number];
    k = Math.floor(k / SEQ.length);
    const precision = PRECISIONS[k % PRECISIONS.length] as string;
    k = Math.floor(k / PRECISIONS.length);
    const fw = FRAMEWORKS[k % FRAMEWORKS.length] as string;
    k = Math.floor(k / FRAMEWORKS.length);
    const hw = HARDWARE[k % HARDWARE.length] as string;
    const rep = Math.floor(k / HARDWARE.length);
    const rf = `dsr1_${seqName}_${precision}_${fw}_tp${tp}-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc${conc}_${hw}-cw_0${rep}`;
    const slow = opts.perturb && i % 7 === 0 ? 1.25 : 1;
    const load = conc / 64;
    const ttft = (0.3 + load * 2 + rand() * 0.2) * slow;
    const tpot = (0.02 + load * 0.04 + rand() * 0.005) * slow;
    const tputGpu = ((300 + 900 * Math.sqrt(load)) * (1 + rand() * 0.05)) / slow;
    const n = conc * 10;
    const agg: Record<string, unknown> = { ...aggT, hw, conc, framework: fw, precision, isl, osl, tp, image: `${fw}/${fw}-openai:v0.25.1` };
    delete agg.recipe_fingerprint;
    const scale = (prefix: string, base: number): void => {
      for (const key of Object.keys(aggT)) {
        if (key.endsWith(`_${prefix}`) && typeof aggT[key] === 'number') {
          const ref = aggT[`mean_${prefix}`] as number;
          agg[key] = ((aggT[key]) / ref) * base;
        }
      }
    };
    scale('ttft', ttft);
    scale('tpot', tpot);
    scale('itl', tpot);
    scale('e2el', ttft + tpot * osl);
    for (const key of Object.keys(aggT)) if (key.endsWith('_intvty')) agg[key] = 1 / ((agg[key.replace('intvty', 'tpot')] as number) ?? tpot);
    agg.tput_per_gpu = tputGpu;
    const raw: Record<string, unknown> = { ...rawT, max_concurrency: conc, num_prompts: n, completed: n, backend: fw };
    const inLens: number[] = [];
    const outLens: number[] = [];
    for (let j = 0; j < n; j++) {
      inLens.push(Math.floor(isl * (0.8 + rand() * 0.2)));
      outLens.push(Math.floor(osl * (0.8 + rand() * 0.2)));
    }
    raw.input_lens = inLens;
    raw.output_lens = outLens;
    const totIn = inLens.reduce((a, b) => a + b, 0);
    const totOut = outLens.reduce((a, b) => a + b, 0);
    raw.total_input_tokens = totIn;
    raw.total_output_tokens = totOut;
    // Throughputs agree with the aggregate (the two copies of one cell must merge).
    const duration = (totIn + totOut) / (tputGpu * tp);
    agg.output_tput_per_gpu = totOut / duration / tp;
    agg.input_tput_per_gpu = tputGpu - (agg.output_tput_per_gpu as number);
    raw.total_token_throughput = tputGpu * tp;
    raw.output_throughput = (agg.output_tput_per_gpu as number) * tp;
    raw.request_throughput = n / duration;
    raw.duration = duration;
    raw.benchmark_end_time_unix = (rawT.benchmark_start_time_unix as number) + duration;
    for (const key of Object.keys(rawT)) {
      const m = /^(mean|median|std|p90|p99|p99\.9)_(ttft|tpot|itl|e2el)_ms$/.exec(key);
      if (m) raw[key] = (agg[`${m[1] === 'median' ? 'median' : m[1]}_${m[2]}`] as number) * 1000;
    }
    const pv = { ...pvT, benchmark_result: `${rf}.json`, expected_gpu_count: tp };
    bytes += writeJson(path.join(root, `bmk_${rf}`, `agg_${rf}.json`), agg);
    bytes += writeJson(path.join(root, `power_audit_${rf}`, `agg_${rf}.json`), agg);
    bytes += writeJson(path.join(root, `power_audit_${rf}`, `${rf}.json`), raw);
    bytes += writeJson(path.join(root, `power_audit_${rf}`, `power_validation_${rf}.json`), pv);
  }
  return { root, dataFiles: [], bytes, rows: cells };
}

// ---------------------------------------------------------------------------------------------
// Native InferGuard bench run (+ timeline)

const NATIVE_DIR = 'inferguard-bench-native/replay-20260518T101500Z';
const TIMELINE_FILE =
  'inferguard-timeline/results/gmi-dsv4-20260518/rigs/gb200/multi_node/disagg-gb200-low-middle-curve/inferguard_timeline.jsonl';

function firstLineJson(rel: string): Record<string, unknown> {
  const text = readFileSync(path.join(FIX, rel), 'utf8');
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
}

/**
 * A native run dir with `metricsLines` lines in metrics.jsonl (the fixture's line shape, values
 * generated; the fixture's other files copied) and, when `timelineLines` > 0, an
 * `inferguard_timeline.jsonl` of that many wrapper lines beside it (the fixture's first line,
 * null members dropped, times and gauges advanced per line).
 */
export async function generateNative(root: string, metricsLines: number, timelineLines = 0, seed = 3): Promise<Generated> {
  const rand = rng(seed);
  const dir = path.join(root, 'replay-20260518T101500Z');
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const name of ['summary.json', 'run.json', 'config.json', 'requests.jsonl', 'report.md']) {
    const text = readFileSync(path.join(FIX, NATIVE_DIR, name));
    writeFileSync(path.join(dir, name), text);
    bytes += text.length;
  }
  const dataFiles: Generated['dataFiles'] = [];
  let rows = 0;
  if (metricsLines > 0) {
    const t = firstLineJson(`${NATIVE_DIR}/metrics.jsonl`);
    const meta = t.metadata as Record<string, unknown>;
    const w = new ChunkWriter(path.join(dir, 'metrics.jsonl'));
    let clock = 90210.25;
    for (let i = 0; i < metricsLines; i++) {
      const sess = Math.floor(i / 8);
      const ok = rand() > 0.003;
      const ttft = 0.2 + rand() * 2;
      const out = 64 + Math.floor(rand() * 960);
      const lat = ttft + out * (0.02 + rand() * 0.01);
      const start = clock;
      clock += rand() * 0.05;
      const row = {
        ...t,
        request_id: `req-${i}:seq-${i % 8}`,
        trace_id: `trace-${sess}`,
        session_id: `sess-${sess}`,
        turn_index: i % 8,
        success: ok,
        start_time: start,
        end_time: start + lat,
        latency_seconds: lat,
        ttft_seconds: ttft,
        input_tokens: 1000 + Math.floor(rand() * 30000),
        output_tokens: out,
        tokens_per_second: out / lat,
        error: ok ? null : 'TimeoutError',
        status_code: ok ? 200 : 504,
        first_sse_seconds: ttft * 0.97,
        first_content_token_seconds: ttft,
        engine_processing_time_ms: lat * 1000,
        metadata: { ...meta, sequence: i, scheduled_arrival_time: start, arrival_delay_seconds: rand() * 0.02 },
      };
      await w.write(`${JSON.stringify(row).replace(/,"/g, ', "').replace(/":/g, '": ')}\n`);
    }
    bytes += await w.close();
    dataFiles.push({ file: path.join(dir, 'metrics.jsonl'), kind: 'jsonl' });
    rows = metricsLines;
  } else {
    const text = readFileSync(path.join(FIX, NATIVE_DIR, 'metrics.jsonl'));
    writeFileSync(path.join(dir, 'metrics.jsonl'), text);
    bytes += text.length;
  }
  if (timelineLines > 0) {
    const line = dropNulls(firstLineJson(TIMELINE_FILE)) as Record<string, unknown>;
    const status = line.disagg_status as Record<string, Record<string, unknown>>;
    const w = new ChunkWriter(path.join(dir, 'inferguard_timeline.jsonl'));
    const t0 = Date.parse('2026-05-18T10:15:00Z') / 1000;
    for (let i = 0; i < timelineLines; i++) {
      const at = t0 + i * 0.5;
      const pre = { ...status.prefill, scraped_at: at, kv_cache_usage: rand(), requests_running: Math.floor(rand() * 16) };
      const dec = { ...status.decode, scraped_at: at + 0.05, kv_cache_usage: rand(), requests_running: Math.floor(rand() * 256) };
      const out = { ...line, observed_at: new Date(Math.round(at) * 1000).toISOString().replace('.000Z', 'Z'), sequence: i, disagg_status: { ...status, prefill: pre, decode: dec } };
      await w.write(`${JSON.stringify(out)}\n`);
    }
    bytes += await w.close();
    dataFiles.push({ file: path.join(dir, 'inferguard_timeline.jsonl'), kind: 'jsonl' });
    rows += timelineLines;
  }
  return { root, dataFiles, bytes, rows };
}

function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = dropNulls(x);
    return out;
  }
  return v;
}
