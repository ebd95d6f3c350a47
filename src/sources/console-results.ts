/**
 * Console result blocks of `vllm bench serve` / `benchmarks/benchmark_serving.py` and
 * `python -m sglang.bench_serving`, as people tee them into logs: a block opened by the banner
 * `============ Serving Benchmark Result ============` and closed by a rule of `=`, one
 * `Label:   value` line each (`{:<40} {:<10}` in both writers), `----Time to First Token----`
 * style section rules between. One cell per block; a log may hold several (one per load point).
 *
 * Writers read (labels and order):
 * - vLLM `vllm/benchmarks/serve.py` (`benchmark()`, vllm-project/vllm at def9ce85, the
 *   `vllm bench serve` CLI) and the older `benchmarks/benchmark_serving.py`: `Successful requests`,
 *   `Failed requests` (newer), `Maximum request concurrency` (only when set), `Request rate
 *   configured (RPS)` (only when not inf), `Benchmark duration (s)`, `Total input tokens`,
 *   `Total generated tokens`, `Request throughput (req/s)`, `Output token throughput (tok/s)`,
 *   `Total Token throughput (tok/s)`, then `Mean/Median/P<p> <TTFT|TPOT|ITL|E2EL> (ms)`.
 * - SGLang `python/sglang/bench_serving.py` (sgl-project/sglang at 50a61368, also the v0.5.3
 *   images of the real fixtures): `Backend`, `Traffic request rate` (`inf` when unset),
 *   `Max request concurrency` (`not set`), `Successful requests`, …, `Total token throughput
 *   (tok/s)`, `Concurrency` (the measured mean, not the load point), `Mean/Median/P<p> E2E Latency
 *   (ms)`, `Mean/Median/P<p> TTFT|TPOT|ITL (ms)`.
 *
 * Identity from the block (concurrency, else request rate; backend), what the log shows before
 * it — the last `Namespace(...)` line (the args both writers print: model, dataset, random lengths,
 * num_prompts), the command itself when it was pasted (`python benchmark_serving.py --model …
 * --request-rate 4 \`, `vllm bench serve …`, `python -m sglang.bench_serving …`: its `--flag value`
 * pairs, continuation lines included, argparse's prefixes such as `--random-input` expanded), and
 * the lines vLLM prints before its progress bar (`Traffic request rate: inf`, `Maximum request
 * concurrency: 32`) — and the path (src/sources/lib/path-facts.ts). A pasted command without
 * `--request-rate` ran at the clients' default, rate `inf` (both writers' argparse default): that is
 * the load point when neither the block nor the lines before it name one. A banner without its closing rule, or
 * a block without `Successful requests` or any metric, is a finding naming the file and line.
 *
 * Where people keep the blocks: tee'd logs (`.log`, `.txt`, `.out`), and markdown notes
 * (`.md`: a results page with one block per load point, often under a `# request rate: 4`
 * heading or in a ``` fence). A block may be quoted or commented as a whole (`> `, `# `): the
 * banner's prefix is taken off every line of its block. A markdown file is claimed only when a
 * block in it carries a number on its `Successful requests` line, so a README that shows the
 * block's layout with placeholders (`[TODO]`, `xxxx`) is declined, with the reason, not read.
 */
import { toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, Finding, Metrics } from '../core/types.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import type { FileHead } from './lib/head.js';
import { routedTo } from './lib/recognize.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext, type SniffVerdict } from './types.js';
import type { SourceAdapter } from './types.js';
import { completeThroughputs, frameworkOfBackend } from './vllm-bench-serve.js';

export const CONSOLE_ID = 'console-results';

/** A quote or comment marker a pasted block may carry on each of its lines (`> `, `# `, `// `). */
const PREFIX = String.raw`[ \t]*(?:(?:>|#+|//)[ \t]?)*`;
const BANNER = new RegExp(String.raw`^${PREFIX}=+ ?Serving Benchmark Result ?=+\s*$`, 'm');
const BANNER_LINE = new RegExp(String.raw`^(${PREFIX})=+ ?Serving Benchmark Result ?=+\s*$`);
const CLOSE_RULE = /^=+\s*$/;
const LOG_NAME = /\.(log|txt|out|md|markdown)$/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;
/** A `Successful requests` line with a number: the block holds a result, not a layout example. */
const MEASURED = new RegExp(String.raw`^${PREFIX}Successful requests:\s+\d`, 'm');
/** A benchmark client's own invocation or args: its block may come after the 16 KiB head. */
const INVOCATION =
  /sglang\.bench_serving|benchmark_serving\.py|vllm bench serve|benchmark_args=Namespace|^Namespace\(backend=/m;

/** Our metric → the block labels it is read from (latencies in ms, converted to s). */
const LABELS: Readonly<Record<string, readonly string[]>> = {
  duration_seconds: ['Benchmark duration (s)'],
  total_input_tokens: ['Total input tokens'],
  total_output_tokens: ['Total generated tokens'],
  request_throughput_rps: ['Request throughput (req/s)'],
  output_tput_tps: ['Output token throughput (tok/s)'],
  input_tput_tps: ['Input token throughput (tok/s)'],
  total_tput_tps: ['Total token throughput (tok/s)', 'Total Token throughput (tok/s)'],
};
const STAT: Readonly<Record<string, string>> = {
  mean: 'mean',
  median: 'p50',
  p50: 'p50',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
};
const BASE: Readonly<Record<string, string>> = {
  ttft: 'ttft',
  tpot: 'tpot',
  itl: 'itl',
  e2el: 'e2el',
  'e2e latency': 'e2el',
};
const LATENCY_LABEL = /^(Mean|Median|P\d+(?:\.\d+)?) (TTFT|TPOT|ITL|E2EL|E2E Latency) \(ms\)$/i;

export function sniffConsole(file: FileEntry, head: () => FileHead): SniffVerdict | null {
  if (!LOG_NAME.test(file.name)) return null;
  const h = head();
  if (h.shape !== 'text' && h.shape !== 'csv') return null;
  if (BANNER.test(h.text)) {
    if (MARKDOWN_NAME.test(file.name) && !MEASURED.test(h.text)) {
      return {
        claim: false,
        why: "markdown with a 'Serving Benchmark Result' block but no number on a Successful requests line (a layout example, not a result)",
      };
    }
    return { claim: true, kind: 'console_result_log', why: "a 'Serving Benchmark Result' block in the first 16 KiB" };
  }
  if (MARKDOWN_NAME.test(file.name)) return null;
  if (h.truncated && INVOCATION.test(h.text)) {
    return {
      claim: true,
      kind: 'console_result_log',
      why: 'a bench_serving / vllm bench serve console log (its result block after the first 16 KiB)',
    };
  }
  if (/MLPerf Results Summary|:::MLLOG/.test(h.text)) return null;
  return {
    claim: false,
    why: "text without a 'Serving Benchmark Result' banner or a bench_serving / vllm bench serve invocation in its first 16 KiB",
  };
}

/** One result block as read: its `Label: value` lines, where it starts, and whether it closed. */
export interface ConsoleBlock {
  line: number;
  closed: boolean;
  fields: Map<string, string>;
  /** The last `Namespace(...)` args printed before the block. */
  args: Record<string, string>;
}

/** The result blocks of a log (CR of progress bars read as line breaks). Pure. */
export function parseConsoleBlocks(text: string): ConsoleBlock[] {
  const blocks: ConsoleBlock[] = [];
  let args: Record<string, string> = {};
  let cur: ConsoleBlock | null = null;
  /** The quote / comment marker of the current block's banner, taken off each of its lines. */
  let prefix = '';
  let lineNo = 0;
  /** A pasted command being read (its continuation lines end with a backslash). */
  let command: string | null = null;
  // Line numbers count LF only (what an editor shows); CRs split progress-bar frames.
  for (const physical of text.split('\n')) {
    lineNo++;
    if (command !== null) {
      command += ` ${physical.trim()}`;
      if (!/\\\s*$/.test(physical)) {
        args = invocationArgs(command);
        command = null;
      }
      continue;
    }
    for (const raw of physical.split('\r')) {
      const whole = raw.trimEnd();
      const banner = BANNER_LINE.exec(whole);
      const line = cur !== null && prefix !== '' && whole.startsWith(prefix) ? whole.slice(prefix.length) : whole;
      if (banner !== null) {
        prefix = banner[1] ?? '';
        cur = { line: lineNo, closed: false, fields: new Map(), args };
        blocks.push(cur);
      } else if (cur !== null && CLOSE_RULE.test(line)) {
        cur.closed = true;
        cur = null;
      } else if (cur !== null) {
        const m = /^([^:]+):\s+(\S.*?)\s*$/.exec(line);
        if (m?.[1] !== undefined && m[2] !== undefined) cur.fields.set(m[1].trim(), m[2]);
      } else if (/^(?:benchmark_args=)?Namespace\(/.test(line)) {
        args = { ...args, ...namespaceArgs(line) };
      } else if (COMMAND.test(line)) {
        if (/\\\s*$/.test(line)) command = line;
        else args = invocationArgs(line);
      } else {
        const pre = PRE_BLOCK.exec(line);
        if (pre?.[1] !== undefined && pre[2] !== undefined) {
          args = { ...args, [pre[1] === 'Traffic request rate' ? 'request_rate' : 'max_concurrency']: pre[2] };
        }
      }
    }
  }
  return blocks;
}

/** A benchmark client's command line as people paste it above the block. */
const COMMAND = /(?:benchmark_serving\.py|vllm\s+bench\s+serve|sglang\.bench_serving|bench_serving\.py)(?:\s|$)/;
/** What vLLM prints before its progress bar (vllm/benchmarks/serve.py `benchmark()`). */
const PRE_BLOCK = /^(?:[#>]\s?)*(Traffic request rate|Maximum request concurrency):\s+(\S+)\s*$/;
/** argparse accepts unambiguous prefixes; these are the ones seen in pasted commands. */
const FLAG_ALIASES: Readonly<Record<string, string>> = {
  random_input: 'random_input_len',
  random_output: 'random_output_len',
  num_prompt: 'num_prompts',
};

/**
 * `--flag value` / `--flag=value` pairs of a pasted command, flag names with `_` for `-` (the
 * Namespace keys), a flag without a value `true`. Marked `_command` so the load point knows the
 * command was seen (its absent `--request-rate` is the default, inf).
 */
export function invocationArgs(command: string): Record<string, string> {
  const out: Record<string, string> = { _command: 'true' };
  for (const m of command.matchAll(/(?:^|\s)--([A-Za-z][\w-]*)(?:(?:=|\s+)(?!-)("[^"]*"|'[^']*'|[^\s\\]+))?/g)) {
    const key = (m[1] as string).replace(/-/g, '_');
    const value = m[2]?.replace(/^'(.*)'$|^"(.*)"$/, '$1$2') ?? 'true';
    out[FLAG_ALIASES[key] ?? key] = value;
  }
  return out;
}

/** `key=value` pairs of a printed argparse Namespace (quotes removed). */
function namespaceArgs(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of line.matchAll(/(?:\(|, )([a-z_]+)=('[^']*'|"[^"]*"|[^,)]*)/g)) {
    const [, k, v] = m;
    if (k !== undefined && v !== undefined) out[k] = v.replace(/^'(.*)'$|^"(.*)"$/, '$1$2');
  }
  return out;
}

/** The block's metrics in our names and units (latencies ms → s). */
export function blockMetrics(fields: ReadonlyMap<string, string>): Metrics {
  const m: Metrics = {};
  for (const [ours, labels] of Object.entries(LABELS)) {
    for (const l of labels) {
      const v = toNumber(fields.get(l));
      if (v !== null) {
        m[ours] = v;
        break;
      }
    }
  }
  for (const [label, value] of fields) {
    const lm = LATENCY_LABEL.exec(label);
    const stat = STAT[lm?.[1]?.toLowerCase() ?? ''];
    const base = BASE[lm?.[2]?.toLowerCase() ?? ''];
    const v = toNumber(value);
    if (stat !== undefined && base !== undefined && v !== null) m[`${stat}_${base}`] = v / 1000;
  }
  completeThroughputs(m);
  return m;
}

function blockFinding(f: FileEntry, b: ConsoleBlock, why: string, usable: boolean): Finding {
  const where = `${f.path} line ${b.line}`;
  const evidence = { kind: 'console_result_block', file: f.path, line: b.line, adapter: CONSOLE_ID };
  return usable
    ? fragmentFinding(
        'metrics_unavailable',
        'warning',
        `${where}: ${why}; the lines before the cut are used.`,
        evidence,
      )
    : fragmentFinding(
        'missing_required_artifact',
        'critical',
        `${where}: ${why}, so no result was read from it.`,
        evidence,
      );
}

function loadPoint(fields: ReadonlyMap<string, string>, args: Record<string, string>) {
  const concText = fields.get('Max request concurrency') ?? fields.get('Maximum request concurrency');
  const concurrency = toInt(concText) ?? toInt(args.max_concurrency);
  const rateText = fields.get('Traffic request rate') ?? fields.get('Request rate configured (RPS)');
  // vLLM prints the rate line only when it is not inf; SGLang prints `inf`.
  const rate =
    toNumber(rateText) ??
    toStr(rateText)?.toLowerCase() ??
    toNumber(args.request_rate) ??
    toStr(args.request_rate)?.toLowerCase() ??
    // a pasted command without --request-rate ran at argparse's default, inf
    (concurrency === null && args._command === 'true' ? 'inf' : null);
  return { concurrency, rate: rate === 'infinity' ? 'inf' : rate };
}

function blockCell(f: FileEntry, b: ConsoleBlock, multi: boolean, ownId: boolean) {
  const successful = toInt(b.fields.get('Successful requests'));
  const metrics = blockMetrics(b.fields);
  const { concurrency, rate } = loadPoint(b.fields, b.args);
  const failed = toInt(b.fields.get('Failed requests'));
  const prompts = toInt(b.args.num_prompts);
  const total = failed !== null && successful !== null ? successful + failed : prompts;
  const backend = toStr(b.fields.get('Backend'))?.toLowerCase() ?? toStr(b.args.backend)?.toLowerCase() ?? null;
  // SGLang's block names its backend; vLLM's does not, and its client's backends (default `vllm`,
  // `openai`, …) call whatever OpenAI-compatible server runs: vLLM's own unless named otherwise.
  const framework = b.fields.has('Backend')
    ? backend?.startsWith('sglang')
      ? 'sglang'
      : backend
    : backend?.startsWith('sglang')
      ? 'sglang'
      : frameworkOfBackend(backend ?? 'vllm');
  const random = (b.args.dataset_name ?? '').startsWith('random');
  const stem = f.path.replace(LOG_NAME, '');
  return buildFragment({
    format: 'unknown',
    variant: CONSOLE_ID,
    file: f.path,
    dir: f.dir,
    explicitId: multi ? `${stem}/line${b.line}` : ownId ? stem : null,
    identity: {
      model: toStr(b.args.model) ?? toStr(b.args.served_model_name) ?? null,
      framework,
      concurrency,
      isl: random ? toInt(b.args.random_input_len) : null,
      osl: random ? toInt(b.args.random_output_len) : null,
    },
    topology: {
      ...(backend !== null ? { backend } : {}),
      ...(b.args.dataset_name ? { dataset: b.args.dataset_name } : {}),
    },
    counts: {
      total,
      successful,
      basis:
        failed !== null
          ? 'Successful requests + Failed requests'
          : prompts !== null
            ? 'Successful requests / num_prompts'
            : 'Successful requests (total unknown)',
    },
    metrics,
    requestRate: rate,
    artifacts: { result: f.path },
    extras: { result_line: b.line },
    findings: b.closed
      ? []
      : [blockFinding(f, b, 'the result block ends before its closing rule (truncated log)', true)],
  });
}

export async function collectConsole(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  const files = routedTo(ctx, CONSOLE_ID);
  const perDir = new Map<string, number>();
  for (const f of files) perDir.set(f.dir, (perDir.get(f.dir) ?? 0) + 1);
  for (const f of files) {
    ctx.claim(f.path);
    const text = await ctx.readText(f.path);
    const blocks = text === null ? [] : parseConsoleBlocks(text);
    for (const b of blocks) {
      const hasMetric = Object.keys(blockMetrics(b.fields)).length > 0;
      if (toInt(b.fields.get('Successful requests')) === null || !hasMetric) {
        const why = b.closed
          ? 'the result block has no Successful requests line or no metric'
          : 'the result block is cut off before its first result lines (truncated log)';
        result.findings.push(blockFinding(f, b, why, false));
        continue;
      }
      result.fragments.push(blockCell(f, b, blocks.length > 1, (perDir.get(f.dir) ?? 0) > 1));
    }
    if (blocks.length === 0) {
      const why =
        text === null
          ? 'unreadable (or above the size cap)'
          : "has no 'Serving Benchmark Result' block (the run did not finish?)";
      result.findings.push(
        fragmentFinding('missing_required_artifact', 'critical', `${f.path} ${why}, so no result was read from it.`, {
          kind: 'console_result_block',
          file: f.path,
          line: null,
          adapter: CONSOLE_ID,
        }),
      );
    }
    const entry: ArtifactEntry = {
      path: f.path,
      kind: 'console_result_log',
      cell_id: null,
      required: true,
      present: true,
    };
    result.manifest.push(entry);
  }
  return result;
}

export const consoleResultsAdapter: SourceAdapter = {
  id: CONSOLE_ID,
  sniff: (file, env) => sniffConsole(file, env.head),
  collect: collectConsole,
};
