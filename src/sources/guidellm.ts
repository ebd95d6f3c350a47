/**
 * vllm-project/guidellm benchmark reports (`guidellm benchmark … --output-path benchmarks.json`
 * or `.yaml`), all three generations, read from the writer code at the versions users run:
 *
 * - 2025 report (v0.2.x–v0.3.x; src/guidellm/benchmark/output.py `GenerativeBenchmarksReport`,
 *   benchmark.py `GenerativeBenchmark`): `{benchmarks: [...]}` only, JSON (indent 4) or YAML
 *   (`yaml.dump`). Per benchmark: `args.strategy` (`type_`: synchronous | concurrent (`streams`) |
 *   throughput (`max_concurrency`) | constant / poisson (`rate`, req/s)), `worker.backend_model`,
 *   `worker.backend_target`, `worker.backend_type`, `request_totals` {successful, errored,
 *   incomplete, total}, `start_time` / `end_time` (s), `request_loader.data`
 *   ("prompt_tokens=256,output_tokens=128"), and `metrics.<name>.successful` distributions
 *   {mean, median, percentiles{p001…p99, p999 — no p50: the median is it}}.
 * - 0.4–0.6 report, `metadata.version` 1 (v0.5.4 src/guidellm/benchmark/schemas/generative/
 *   report.py, benchmark.py, metrics.py; base.py `BenchmarkConfig`; scheduler/strategies.py):
 *   `{metadata, args, benchmarks}`, `json.dumps` / `yaml.dump` of `model_dump()`. Run-wide
 *   `args.target`, `args.model`, `args.backend`, `args.data`; per benchmark `config.strategy`
 *   (same `type_`s, `streams`, `rate`), `config.backend` (the backend's info: `target`, `model`),
 *   `metrics.request_totals`, `scheduler_metrics.measure_start_time` / `measure_end_time`, and
 *   `metrics.<name>.successful` with `percentiles.p50`.
 * - 0.7+ report, `metadata.version` 2 (v0.7.3 / main src/guidellm/benchmark/schemas/report.py,
 *   benchmark.py, metrics.py, entrypoints.py `BenchmarkScenario`; backends/backend.py `info` =
 *   `BackendArgs.model_dump()`): `{metadata, config: {spec: {backend: {kind, target, model},
 *   data}}, benchmarks}`; benchmarks as in version 1.
 *
 * Units (all generations): `request_latency` seconds; `time_to_first_token_ms`,
 * `time_per_output_token_ms`, `inter_token_latency_ms` milliseconds; `output_tokens_per_second`,
 * `tokens_per_second`, `prompt_tokens_per_second` tok/s; `requests_per_second` req/s.
 *
 * One cell per benchmark (load point): synchronous is concurrency 1, concurrent its `streams`;
 * constant / poisson key by `topology.request_rate` (their `rate`); throughput is request rate
 * "inf". `topology.guidellm_strategy` keeps a constant and a poisson point of one rate apart.
 * Errored and incomplete requests are not successful.
 */
import { parse as parseYaml } from 'yaml';
import { isRecord, toInt, toNumber, toStr, recordOrEmpty } from '../core/parse.js';
import type { Finding, Metrics } from '../core/types.js';
import { baseOf } from './paths.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import type { FileHead } from './lib/head.js';
import { readJsonRecords } from './lib/json-records.js';
import { MS } from './lib/key-table.js';
import { routedTo } from './lib/recognize.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext, type SourceAdapter } from './types.js';

export const GUIDELLM_ID = 'guidellm';

type Obj = Record<string, unknown>;

/** guidellm distribution → our latency base, with the factor to our unit. */
const LATENCIES: readonly (readonly [string, string, number])[] = [
  ['ttft', 'time_to_first_token_ms', MS],
  ['tpot', 'time_per_output_token_ms', MS],
  ['itl', 'inter_token_latency_ms', MS],
  ['e2el', 'request_latency', 1],
];

/** guidellm rate distributions (their `successful.mean`) → our throughputs. */
const RATES: readonly (readonly [string, string])[] = [
  ['output_tput_tps', 'output_tokens_per_second'],
  ['total_tput_tps', 'tokens_per_second'],
  ['input_tput_tps', 'prompt_tokens_per_second'],
  ['request_throughput_rps', 'requests_per_second'],
];

const MARKERS = /generative_benchmark|guidellm_version|time_to_first_token_ms|generative_requests_worker/;

export function sniffGuidellm(
  file: FileEntry,
  head: () => FileHead,
): { claim: true; kind: string; why: string } | null {
  const yaml = /\.ya?ml$/i.test(file.name);
  if (!yaml && !/\.json$/i.test(file.name)) return null;
  const h = head();
  if (!yaml && h.shape === 'json-object' && h.keys.includes('benchmarks') && MARKERS.test(h.text)) {
    return { claim: true, kind: 'guidellm_report', why: 'key benchmarks with guidellm markers' };
  }
  // yaml.dump sorts keys: `benchmarks:` is a top-level line; the markers may lie past the head.
  if (yaml && h.shape === 'text' && /^benchmarks:\s*$/m.test(h.text)) {
    if (MARKERS.test(h.text) || /^\s*(- )?(run_index|strategy_index|backend_target|streams):/m.test(h.text)) {
      return { claim: true, kind: 'guidellm_report', why: 'YAML with top-level benchmarks and guidellm keys' };
    }
  }
  return null;
}

const obj = recordOrEmpty;

/** `metrics.<name>.successful`; the stat (`mean`, `median`, `p90`…) as guidellm wrote it. */
function stat(metrics: Obj, name: string, s: string): number | null {
  const ok = obj(obj(metrics[name]).successful);
  const pct = obj(ok.percentiles);
  if (s === 'p50') return toNumber(pct.p50) ?? toNumber(ok.median);
  if (s === 'mean') return toNumber(ok.mean);
  return toNumber(pct[s]);
}

/** Pure: one benchmark's metrics object → our metrics, canonical units. */
export function mapGuidellmMetrics(metrics: Obj): Metrics {
  const out: Metrics = {};
  for (const [ours, theirs, scale] of LATENCIES) {
    for (const s of ['mean', 'p50', 'p90', 'p95', 'p99']) {
      const v = stat(metrics, theirs, s);
      if (v !== null) out[`${s}_${ours}`] = scale === MS ? v / 1000 : v;
    }
  }
  for (const [ours, theirs] of RATES) {
    const v = stat(metrics, theirs, 'mean');
    if (v !== null) out[ours] = v;
  }
  return out;
}

/** The load point of a strategy: concurrency, or request rate (req/s, "inf" for throughput). */
export function loadPoint(strategy: Obj): {
  kind: string | null;
  concurrency: number | null;
  rate: number | 'inf' | null;
} {
  const kind = toStr(strategy.type_)?.toLowerCase() ?? null;
  if (kind === 'synchronous') return { kind, concurrency: 1, rate: null };
  if (kind === 'concurrent') return { kind, concurrency: toInt(strategy.streams), rate: null };
  if (kind === 'throughput') return { kind, concurrency: null, rate: 'inf' };
  if (kind === 'constant' || kind === 'poisson') return { kind, concurrency: null, rate: toNumber(strategy.rate) };
  return { kind, concurrency: null, rate: null };
}

/**
 * The synthetic data spec's lengths, wherever the generation keeps it: `prompt_tokens=256,
 * output_tokens=128` or the JSON form `{"prompt_tokens": 256, …}` (guidellm accepts both,
 * src/guidellm/dataset/synthetic.py `SyntheticDatasetConfig.parse_str` at v0.3.0), kept as a string
 * (so its quotes are escaped once more in the text searched here).
 */
function lengths(...sources: unknown[]): { isl: number | null; osl: number | null } {
  const text = sources.map((s) => (s === undefined ? '' : JSON.stringify(s))).join(' ');
  const num = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    isl: num(/prompt_tokens\\?["']?\s*[=:]\s*(\d+)/),
    osl: num(/output_tokens\\?["']?\s*[=:]\s*(\d+)/),
  };
}

export interface GuidellmPoint {
  identity: { model: string | null; concurrency: number | null; isl: number | null; osl: number | null };
  strategy: string | null;
  rate: number | 'inf' | null;
  counts: { total: number | null; successful: number | null; basis: string };
  metrics: Metrics;
  target: string | null;
  backend: string | null;
}

/** Pure mapper: one benchmark of a report (any generation) → its load point. Null: not a benchmark. */
export function mapGuidellmBenchmark(report: Obj, bench: unknown): GuidellmPoint | null {
  if (!isRecord(bench) || !isRecord(bench.metrics)) return null;
  const metrics = bench.metrics;
  const config = obj(bench.config);
  const worker = obj(bench.worker); // 2025 report
  const args = obj(report.args); // version 1
  const spec = obj(obj(report.config).spec); // version 2
  const backendInfo = obj(config.backend);
  const specBackend = obj(spec.backend);
  const point = loadPoint(obj(config.strategy ?? obj(bench.args).strategy));
  const totals = obj(metrics.request_totals ?? bench.request_totals);
  const successful = toInt(totals.successful);
  const parts = [totals.successful, totals.errored, totals.incomplete].map(toInt);
  const total = toInt(totals.total) ?? (parts.every((x) => x !== null) ? parts.reduce((a, b) => a + b) : null);
  const m = mapGuidellmMetrics(metrics);
  const sched = obj(bench.scheduler_metrics);
  const start = toNumber(sched.measure_start_time) ?? toNumber(bench.start_time);
  const end = toNumber(sched.measure_end_time) ?? toNumber(bench.end_time);
  if (start !== null && end !== null && end > start) m.duration_seconds = end - start;
  const str = (...vs: unknown[]): string | null => vs.map(toStr).find((v) => v !== null) ?? null;
  return {
    identity: {
      model: str(worker.backend_model, backendInfo.model, args.model, specBackend.model),
      concurrency: point.concurrency,
      ...lengths(obj(bench.request_loader).data, args.data, spec.data),
    },
    strategy: point.kind,
    rate: point.rate,
    counts: {
      total,
      successful,
      basis: 'request_totals: successful / total (errored and incomplete are not successful)',
    },
    metrics: m,
    target: str(worker.backend_target, backendInfo.target, args.target, specBackend.target),
    backend: str(worker.backend_type, backendInfo.kind, backendInfo.type_, args.backend, specBackend.kind),
  };
}

/** `synchronous`, `concurrent_16`, `constant_3.5`, `poisson_5`, `throughput`. */
function pointLabel(p: GuidellmPoint): string {
  const kind = p.strategy ?? 'benchmark';
  if (kind === 'concurrent' && p.identity.concurrency !== null) return `${kind}_${p.identity.concurrency}`;
  if ((kind === 'constant' || kind === 'poisson') && typeof p.rate === 'number') return `${kind}_${p.rate}`;
  return kind;
}

/** The report as a value: JSON (Python's NaN/Infinity accepted) or YAML. A string: why not. */
async function readReport(ctx: IngestContext, f: FileEntry): Promise<Obj | string> {
  if (/\.ya?ml$/i.test(f.name)) {
    const text = await ctx.readText(f.path);
    if (text === null) return `${f.path} could not be read`;
    try {
      const v: unknown = parseYaml(text, { maxAliasCount: 100 });
      return isRecord(v) ? v : `${f.path} is not a YAML mapping`;
    } catch (e) {
      return `${f.path} is not valid YAML (${(e as Error).message.split('\n')[0] ?? 'parse error'})`;
    }
  }
  const read = await readJsonRecords(ctx, f.path, false);
  const rec = read.records[0];
  return rec ? rec.value : (read.problems[0]?.message ?? `${f.path} is not a JSON object`);
}

function unreadable(f: FileEntry, why: string): Finding {
  return fragmentFinding('missing_required_artifact', 'critical', `${why}, so no guidellm result was read from it.`, {
    kind: 'unreadable_result',
    file: f.path,
    adapter: GUIDELLM_ID,
  });
}

async function collectGuidellm(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  for (const f of routedTo(ctx, GUIDELLM_ID)) {
    ctx.claim(f.path);
    result.manifest.push({ path: f.path, kind: 'guidellm_report', cell_id: null, required: true, present: true });
    const report = await readReport(ctx, f);
    if (typeof report === 'string') {
      result.findings.push(unreadable(f, report));
      continue;
    }
    const benches = Array.isArray(report.benchmarks) ? report.benchmarks : null;
    if (benches === null || benches.length === 0) {
      result.findings.push(unreadable(f, `${f.path} has no guidellm benchmarks list`));
      continue;
    }
    const skipped: number[] = [];
    const version = toInt(obj(report.metadata).version);
    const guidellmVersion = toStr(obj(report.metadata).guidellm_version);
    const stem = f.path.replace(/\.(json|ya?ml)$/i, '');
    const ids = new Set<string>();
    benches.forEach((b, i) => {
      const p = mapGuidellmBenchmark(report, b);
      if (p === null) {
        skipped.push(i);
        return;
      }
      // A sweep's points share model and lengths: each keeps its own id, named by its load point.
      let id = `${stem}/${pointLabel(p)}`;
      if (ids.has(id)) id = `${id}_${i}`;
      ids.add(id);
      result.fragments.push(
        buildFragment({
          format: 'unknown',
          variant: GUIDELLM_ID,
          file: f.path,
          dir: f.dir,
          explicitId: id,
          identity: p.identity,
          topology: {
            ...(p.strategy !== null ? { guidellm_strategy: p.strategy } : {}),
            ...(p.backend !== null ? { backend: p.backend } : {}),
          },
          counts: p.counts,
          metrics: p.metrics,
          requestRate: p.rate,
          artifacts: { result: f.path },
          extras: {
            result_benchmark_index: i,
            ...(p.target !== null ? { backend_target: p.target } : {}),
            ...(version !== null ? { guidellm_report_version: version } : {}),
            ...(guidellmVersion !== null ? { guidellm_version: guidellmVersion } : {}),
          },
        }),
      );
    });
    if (skipped.length > 0) {
      const read = benches.length - skipped.length;
      const msg = `${f.path}: benchmark(s) ${skipped.join(', ')} have no metrics object`;
      result.findings.push(
        read > 0
          ? fragmentFinding(
              'metrics_unavailable',
              'warning',
              `${msg}; the other ${read} of ${baseOf(f.path)} are used.`,
              {
                kind: 'unreadable_result',
                file: f.path,
                adapter: GUIDELLM_ID,
              },
            )
          : unreadable(f, msg),
      );
    }
  }
  return result;
}

export const guidellmAdapter: SourceAdapter = {
  id: GUIDELLM_ID,
  sniff: (file, env) => sniffGuidellm(file, env.head),
  collect: collectGuidellm,
};
