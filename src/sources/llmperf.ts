/**
 * ray-project/llmperf `token_benchmark_ray.py` results: `<model>_<in>_<out>_summary.json` (one
 * object: `num_concurrent_requests`, `results_<metric>_s_{mean,quantiles_pNN,…}` in seconds,
 * `results_num_requests_started` / `results_num_completed_requests` (errors excluded)) and its
 * twin `<same>_individual_responses.json` (an array, one object per request: `ttft_s`,
 * `end_to_end_latency_s`, `inter_token_latency_s`, `error_code`). The summary is the cell; a
 * twin beside it is linked; an individual-responses file alone is summarised here (our percentile
 * definition, src/core/stats.ts). llmperf's `inter_token_latency_s` is the per-request mean gap
 * between output tokens: it is reported as ITL.
 *
 * Users run llmperf once per concurrency and keep the results their own way: the concurrency
 * comes from the summary's `num_concurrent_requests`, else the folder / file name
 * (`concurrency_8/…_summary.json`, `…_c8_summary.json`: src/sources/lib/path-facts.ts); a summary
 * renamed or stripped of `num_concurrent_requests` is still one when it has llmperf's
 * `results_*` keys. A wrapper object keyed by concurrency (`{"8": {summary}, "16": {summary}}`,
 * keys `8` / `c8` / `conc8` / `concurrency_8`) yields one cell per key (the summary's own
 * `num_concurrent_requests` wins over the key); a value that is not a summary is a finding.
 */
import { isRecord, toInt, toNumber, toStr } from '../core/parse.js';
import type { CellFragment, Metrics } from '../core/types.js';
import { sortedCopy, summarizeSorted } from '../core/stats.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import { hasAnyKey, type FileHead } from './lib/head.js';
import { mapKeys, type KeyTable } from './lib/key-table.js';
import { routedTo } from './lib/recognize.js';
import { joinPath } from './paths.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext, type SourceAdapter } from './types.js';

export const LLMPERF_ID = 'llmperf';

function statRows(ours: string, theirs: string): Record<string, string[]> {
  return {
    [`mean_${ours}`]: [`results_${theirs}_mean`],
    [`p50_${ours}`]: [`results_${theirs}_quantiles_p50`],
    [`p90_${ours}`]: [`results_${theirs}_quantiles_p90`],
    [`p95_${ours}`]: [`results_${theirs}_quantiles_p95`],
    [`p99_${ours}`]: [`results_${theirs}_quantiles_p99`],
  };
}

/** The llmperf summary keys we read (all seconds or tokens/s already), our name on the left. */
export const LLMPERF_KEYS: KeyTable = {
  ...statRows('ttft', 'ttft_s'),
  ...statRows('itl', 'inter_token_latency_s'),
  ...statRows('e2el', 'end_to_end_latency_s'),
  output_tput_tps: ['results_mean_output_throughput_token_per_s'],
};

const SUMMARY_SUFFIX = '_summary.json';
/** A wrapper's key: the concurrency, bare or with a `c` / `conc` / `concurrency` prefix. */
const WRAPPER_KEY = /^(?:c|conc|concurrency)?[_-]?(\d+)$/i;
/** Keys that make an object an llmperf summary (with or without num_concurrent_requests). */
const SUMMARY_RESULT_KEYS = ['results_ttft_s_mean', 'results_end_to_end_latency_s_mean'] as const;
const INDIVIDUAL_SUFFIX = '_individual_responses.json';

export function sniffLlmperf(file: FileEntry, head: () => FileHead): { claim: true; kind: string; why: string } | null {
  if (!/\.json$/i.test(file.name)) return null;
  const h = head();
  if (
    h.shape === 'json-object' &&
    h.keys.includes('num_concurrent_requests') &&
    hasAnyKey(h, 'results_ttft_s_mean', 'results_num_completed_requests', 'results_end_to_end_latency_s_mean')
  ) {
    return { claim: true, kind: 'llmperf_summary', why: 'keys num_concurrent_requests, results_*' };
  }
  if (
    h.shape === 'json-object' &&
    h.keys.includes('results_num_completed_requests') &&
    hasAnyKey(h, ...SUMMARY_RESULT_KEYS)
  ) {
    return { claim: true, kind: 'llmperf_summary', why: 'keys results_num_completed_requests, results_*_s_mean' };
  }
  if (
    h.shape === 'json-object' &&
    h.keys.length > 0 &&
    h.keys.every((k) => WRAPPER_KEY.test(k)) &&
    SUMMARY_RESULT_KEYS.some((k) => h.text.includes(`"${k}"`))
  ) {
    return { claim: true, kind: 'llmperf_summary_wrapper', why: 'llmperf summaries keyed by concurrency' };
  }
  if (h.shape === 'json-array' && h.keys.includes('ttft_s') && h.keys.includes('end_to_end_latency_s')) {
    return { claim: true, kind: 'llmperf_individual_responses', why: 'array of {ttft_s, end_to_end_latency_s}' };
  }
  return null;
}

/** Pure mapper: an llmperf summary → identity, counts, metrics. */
export function mapLlmperfSummary(v: Record<string, unknown>): {
  identity: { model: string | null; concurrency: number | null; isl: number | null; osl: number | null };
  counts: { total: number | null; successful: number | null; basis: string };
  metrics: Metrics;
} {
  const metrics = mapKeys(v, LLMPERF_KEYS);
  const perMin = toNumber(v.results_num_completed_requests_per_min);
  if (perMin !== null) metrics.request_throughput_rps = perMin / 60;
  return {
    identity: {
      model: toStr(v.model),
      concurrency: toInt(v.num_concurrent_requests),
      isl: toInt(v.mean_input_tokens),
      osl: toInt(v.mean_output_tokens),
    },
    counts: {
      total: toInt(v.results_num_requests_started),
      successful: toInt(v.results_num_completed_requests),
      basis: 'results_num_completed_requests / results_num_requests_started',
    },
    metrics,
  };
}

/** Pure mapper: llmperf individual responses → counts and our percentiles of their latencies. */
export function mapLlmperfResponses(rows: readonly unknown[]): { total: number; successful: number; metrics: Metrics } {
  const ok = rows.filter((r) => isRecord(r) && (r.error_code === null || r.error_code === undefined));
  const metrics: Metrics = {};
  for (const [ours, key] of [
    ['ttft', 'ttft_s'],
    ['itl', 'inter_token_latency_s'],
    ['e2el', 'end_to_end_latency_s'],
  ] as const) {
    const vals = ok.map((r) => toNumber((r as Record<string, unknown>)[key])).filter((x): x is number => x !== null);
    const s = summarizeSorted(sortedCopy(vals));
    for (const stat of ['mean', 'p50', 'p90', 'p95', 'p99'] as const)
      if (s[stat] !== null) metrics[`${stat}_${ours}`] = s[stat];
  }
  return { total: rows.length, successful: ok.length, metrics };
}

/** `<stem>_summary.json` ↔ `<stem>_individual_responses.json`; a renamed file has no twin. */
function twinPath(f: FileEntry, summary: boolean): string | null {
  if (summary) {
    return f.name.endsWith(SUMMARY_SUFFIX)
      ? joinPath(f.dir, `${f.name.slice(0, -SUMMARY_SUFFIX.length)}${INDIVIDUAL_SUFFIX}`)
      : null;
  }
  return f.name.endsWith(INDIVIDUAL_SUFFIX)
    ? joinPath(f.dir, `${f.name.slice(0, -INDIVIDUAL_SUFFIX.length)}${SUMMARY_SUFFIX}`)
    : null;
}

/** The fragment of a summary (linked to its responses twin when present) or of a responses file on its own. */
function llmperfFragment(f: FileEntry, value: unknown, summary: boolean, twin: string | null): CellFragment {
  if (summary) {
    const m = mapLlmperfSummary(value as Record<string, unknown>);
    return buildFragment({
      format: 'unknown',
      variant: LLMPERF_ID,
      file: f.path,
      dir: f.dir,
      ...(twin !== null ? { otherFiles: [twin] } : {}),
      identity: m.identity,
      counts: m.counts,
      metrics: m.metrics,
      artifacts: { summary: f.path, ...(twin !== null ? { requests: twin } : {}) },
    });
  }
  const m = mapLlmperfResponses(value as unknown[]);
  return buildFragment({
    format: 'unknown',
    variant: LLMPERF_ID,
    file: f.path,
    dir: f.dir,
    identity: {},
    counts: { total: m.total, successful: m.successful, basis: 'responses without error_code / all responses' },
    metrics: m.metrics,
    artifacts: { requests: f.path },
  });
}

async function collectLlmperf(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  const files = routedTo(ctx, LLMPERF_ID);
  const routed = new Set(files.map((f) => f.path));
  for (const f of files) {
    ctx.claim(f.path);
    const kind = ctx.recognition?.(f.path)?.kind;
    if (kind === 'llmperf_summary_wrapper') {
      await collectWrapper(ctx, f, result);
      continue;
    }
    const summary = kind === 'llmperf_summary';
    const twin = twinPath(f, summary);
    if (!summary && twin !== null && routed.has(twin)) {
      result.manifest.push({
        path: f.path,
        kind: 'llmperf_individual_responses',
        cell_id: null,
        required: false,
        present: true,
      });
      continue; // linked from its summary
    }
    const read = await ctx.readJson(f.path);
    if (!read.ok || (summary ? !isRecord(read.value) : !Array.isArray(read.value))) {
      const why = read.ok
        ? `${f.path} is not an llmperf ${summary ? 'summary object' : 'responses array'}`
        : read.message;
      result.findings.push(
        fragmentFinding('missing_required_artifact', 'critical', `${why}, so no result was read from it.`, {
          kind: 'unreadable_result',
          file: f.path,
          adapter: LLMPERF_ID,
        }),
      );
      result.manifest.push({ path: f.path, kind: 'llmperf_result', cell_id: null, required: true, present: true });
      continue;
    }
    result.manifest.push({
      path: f.path,
      kind: summary ? 'llmperf_summary' : 'llmperf_individual_responses',
      cell_id: null,
      required: true,
      present: true,
    });
    const linkedTwin = summary && twin !== null && routed.has(twin) ? twin : null;
    result.fragments.push(llmperfFragment(f, read.value, summary, linkedTwin));
  }
  return result;
}

/** True when an object reads as an llmperf summary. */
function isSummary(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && SUMMARY_RESULT_KEYS.some((k) => k in v);
}

/** A wrapper `{ "<concurrency>": {summary}, … }`: one fragment per key. */
async function collectWrapper(ctx: IngestContext, f: FileEntry, result: AdapterResult): Promise<void> {
  const read = await ctx.readJson(f.path);
  const entries = read.ok && isRecord(read.value) ? Object.entries(read.value) : [];
  const cells = entries.filter(([k, v]) => WRAPPER_KEY.test(k) && isSummary(v));
  result.manifest.push({
    path: f.path,
    kind: 'llmperf_summary_wrapper',
    cell_id: null,
    required: true,
    present: true,
  });
  if (cells.length === 0) {
    const why = read.ok ? `${f.path} holds no llmperf summary under a concurrency key` : read.message;
    result.findings.push(
      fragmentFinding('missing_required_artifact', 'critical', `${why}, so no result was read from it.`, {
        kind: 'unreadable_result',
        file: f.path,
        adapter: LLMPERF_ID,
      }),
    );
    return;
  }
  const skipped = entries.filter(([k, v]) => !(WRAPPER_KEY.test(k) && isSummary(v))).map(([k]) => k);
  if (skipped.length > 0) {
    result.findings.push(
      fragmentFinding(
        'metrics_unavailable',
        'warning',
        `${f.path}: ${skipped.map((k) => JSON.stringify(k)).join(', ')} ${skipped.length === 1 ? 'is' : 'are'} not an llmperf summary keyed by concurrency, so ${skipped.length === 1 ? 'it was' : 'they were'} not read.`,
        { kind: 'unreadable_result', file: f.path, adapter: LLMPERF_ID, keys: skipped },
      ),
    );
  }
  for (const [key, value] of cells) {
    const m = mapLlmperfSummary(value as Record<string, unknown>);
    const fromKey = Number(WRAPPER_KEY.exec(key)?.[1]);
    result.fragments.push(
      buildFragment({
        format: 'unknown',
        variant: LLMPERF_ID,
        file: f.path,
        dir: f.dir,
        identity: { ...m.identity, concurrency: m.identity.concurrency ?? fromKey },
        counts: m.counts,
        metrics: m.metrics,
        artifacts: { summary: f.path },
        extras: { llmperf_wrapper_key: key },
      }),
    );
  }
}

export const llmperfAdapter: SourceAdapter = {
  id: LLMPERF_ID,
  sniff: (file, env) => sniffLlmperf(file, env.head),
  collect: collectLlmperf,
};
