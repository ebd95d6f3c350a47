#!/usr/bin/env node
/**
 * The `inferguard` CLI. Errors are one line on stderr (stack only with --debug or RUNNER_DEBUG=1);
 * exit codes (README "CLI"): 0 ok, 1 findings at/above --fail-on, 2 critical, 3 no report.
 */
import { parseCliArgs, parseFailOn, parseGivenFlags, policyText } from './cli-args.js';
import { countFindings, EXIT_NO_REPORT, parseFailOnFindings, type ExitPolicy } from './core/exit-policy.js';
import type { AnalyzeOptions } from './io/analyze-dir.js';
import { UsageError, type Report } from './core/types.js';
import type { AnalyzeRunResult } from './pipeline.js';
import { INFERGUARD_VERSION } from './version.js';
import * as nodeModule from 'node:module';

const USAGE = `inferguard ${INFERGUARD_VERSION}

Usage:
  inferguard analyze <results_dir> [--output-dir DIR] [--format json|md|both]
      [--fail-on never|info|warning|critical] [--fail-on-findings CODES] [--strict | --best-effort]
      [--timeline-glob GLOB] [--json] [--config FILE]
      [--gpu-hour-cost N [--currency USD] | --price-table FILE] [--gpus N] [--hardware NAME]
      [--label KEY=VALUE]... [--runner NAME] [--gate 'PATH OP VALUE']... [--baseline <report.json> [--fail-on-regression]]
  inferguard compare --base <report.json|folder> [--base ...] --head <report.json> [--output-dir DIR]
      [--config FILE] [--fail-on LEVEL] [--fail-on-findings CODES] [--fail-on-regression] [--suite-key KEY]
  inferguard calibrate <report.json|folder>... [--output FILE]
  inferguard comment --head <report.json> [--compare compare.json] [--suite-key KEY] [--output-dir DIR]
  inferguard --version | --help

--fail-on applies to validity findings (the run cannot be trusted as a measurement); behaviour
findings (ttft_cliff, kv_pressure, ...) fail only when listed in --fail-on-findings (codes or
classes, comma-separated, each optionally :critical/:warning/:info); regression findings and a
REGRESSION verdict fail with --fail-on-regression; a blocking gate always fails.

--hardware, --gpus, --label and --runner say what the result files don't: each fills every cell
that lacks it, never over what a file states (--gpus gives per-GPU throughput and cost to plain
vLLM/SGLang results); a label is part of the cell's identity; --runner names the node the results
ran on (environment, not identity): compare allows no jump between runs that name one node.

Exit codes: 0 ok; 1 a failing finding (none critical), a blocking gate or a regression under
--fail-on-regression; 2 a failing critical finding; 3 no report could be produced.`;

export type CommandHandler = (argv: string[]) => Promise<number>;

function num(name: string, v: unknown, { integer = false, min = 0 } = {}): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (
    typeof v !== 'string' ||
    v.trim() === '' ||
    !Number.isFinite(n) ||
    n <= min ||
    (integer && !Number.isInteger(n))
  ) {
    throw new UsageError(
      `--${name} must be ${integer ? 'an integer' : 'a number'} greater than ${min}, got '${String(v)}'`,
    );
  }
  return n;
}

const ANALYZE_FLAGS = {
  'output-dir': { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-regression': { type: 'boolean' },
  'fail-on-findings': { type: 'string' },
  strict: { type: 'boolean' },
  'best-effort': { type: 'boolean' },
  'timeline-glob': { type: 'string' },
  json: { type: 'boolean' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'gpu-hour-cost': { type: 'string' },
  currency: { type: 'string' },
  'price-table': { type: 'string' },
  gpus: { type: 'string' },
  hardware: { type: 'string' },
  runner: { type: 'string' },
  label: { type: 'string', multiple: true },
  gate: { type: 'string', multiple: true },
  debug: { type: 'boolean' },
} as const;

/** The analyze flags as pipeline options (every flag checked before any work). */
function analyzeOptions(argv: string[]): AnalyzeOptions & { policy: ExitPolicy; json: boolean } {
  const { values, positionals } = parseCliArgs(argv, ANALYZE_FLAGS, true);
  if (positionals.length !== 1) throw new UsageError('analyze needs exactly one <results_dir>');
  const format = (values.format as string | undefined) ?? 'both';
  if (!['json', 'md', 'both'].includes(format))
    throw new UsageError(`--format must be json, md or both, got '${format}'`);
  if (values.strict && values['best-effort']) throw new UsageError('--strict and --best-effort exclude each other');
  if (values['gpu-hour-cost'] !== undefined && values['price-table'] !== undefined) {
    throw new UsageError('--gpu-hour-cost and --price-table exclude each other');
  }
  const failOn = parseFailOn(values['fail-on'], 'critical');
  return {
    resultsDir: positionals[0] as string,
    outputDir: values['output-dir'] as string | undefined,
    format: format as 'json' | 'md' | 'both',
    strict: values.strict === true,
    configFile: values.config as string | undefined,
    baselineFile: values.baseline as string | undefined,
    gpuHourCost: num('gpu-hour-cost', values['gpu-hour-cost']),
    currency: values.currency as string | undefined,
    priceTable: values['price-table'] as string | undefined,
    gpus: num('gpus', values.gpus, { integer: true }),
    ...parseGivenFlags(values.hardware, values.label, values.runner),
    timelineGlob: values['timeline-glob'] as string | undefined,
    gateLines: ((values.gate as string[] | undefined) ?? []).join('\n'),
    policy: {
      failOn,
      failOnRegression: values['fail-on-regression'] === true,
      failOnFindings: parseFailOnFindings(values['fail-on-findings'] as string | undefined, '--fail-on-findings'),
    },
    json: values.json === true,
  };
}

async function cmdAnalyze(argv: string[]): Promise<number> {
  const opts = analyzeOptions(argv);
  const { analyzeResultsDir } = await import('./pipeline.js');
  const result = await analyzeResultsDir(opts);
  const { outcome } = result;
  const code = outcome.decision.exitCode;
  const htmlPath = result.markdownPath ? await writeAnalyzeHtml(result, opts.baselineFile) : null;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    return code;
  }
  const s = result.report.run_summary;
  const c = countFindings(outcome.findings);
  // The status words of the comment and report.md (src/render/status.ts; loaded with the pipeline).
  const { statusHeadline } = await import('./render/status.js');
  const status = statusHeadline({
    head: result.report,
    diff: outcome.diff,
    check: { failed: outcome.decision.failed },
  });
  const lines = [
    `inferguard: ${status}; ${s.total_cells} cells; findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
  ];
  if (outcome.gates) {
    const g = outcome.gates.summary;
    lines.push(
      `gates: ${g.passed} passed, ${g.failed} failed, ${g.not_found} not found, ${g.conflict} conflict, ${g.error} error`,
    );
  }
  if (outcome.diff) lines.push(`compare: ${outcome.verdict}`);
  if (result.reportPath) lines.push(`report.json: ${rel(result.reportPath)}`);
  if (result.markdownPath) lines.push(`report.md:   ${rel(result.markdownPath)}`);
  if (htmlPath) lines.push(`report.html: ${rel(htmlPath)}`);
  if (result.comparePath) lines.push(`compare.json: ${rel(result.comparePath)}`);
  lines.push(
    `exit code ${code} (${policyText(opts.policy)})${outcome.decision.reasons.length > 0 ? `: ${outcome.decision.reasons.map((r) => r.brief).join('; ')}` : ''}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return code;
}

/** report.html next to report.md (with --baseline: the base run overlaid, the verdicts linked). */
async function writeAnalyzeHtml(result: AnalyzeRunResult, baselineFile: string | undefined): Promise<string> {
  const { writeReportHtml } = await import('./io/report-html.js');
  const diff = result.outcome.diff;
  const { readContractFile } = await import('./io/read-report.js');
  const bases =
    diff && baselineFile !== undefined
      ? [await readContractFile<Report>(baselineFile, 'inferguard-analyze/v1', '--baseline')]
      : [];
  return writeReportHtml(result.outputDir, { head: result.report, diff, bases });
}

function rel(p: string): string {
  const r = p.startsWith(process.cwd()) ? p.slice(process.cwd().length + 1) : p;
  return r || p;
}

/** Subcommands; compare/comment are added by src/cli-compare.ts when present. */
export const COMMANDS: Record<string, () => Promise<CommandHandler>> = {
  analyze: async () => cmdAnalyze,
  compare: async () => (await import('./cli-compare.js')).cmdCompare,
  comment: async () => (await import('./cli-compare.js')).cmdComment,
  calibrate: async () => (await import('./cli-calibrate.js')).cmdCalibrate,
};

export async function runCli(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug') || process.env.RUNNER_DEBUG === '1';
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return cmd === undefined ? EXIT_NO_REPORT : 0;
    }
    if (cmd === '--version' || cmd === '-v') {
      process.stdout.write(`${INFERGUARD_VERSION}\n`);
      return 0;
    }
    const load = COMMANDS[cmd];
    if (!load) throw new UsageError(`unknown command '${cmd}' (try: inferguard --help)`);
    const handler = await load();
    return await handler(rest.filter((a) => a !== '--debug'));
  } catch (e) {
    const err = e as Error;
    const kind = err.name === 'UsageError' || err.name === 'NoReportError' ? '' : 'internal error: ';
    process.stderr.write(`inferguard: ${kind}${(err.message ?? String(e)).split('\n')[0]}\n`);
    const details = (err as { details?: unknown }).details;
    if (Array.isArray(details)) for (const d of details) process.stderr.write(`  ${String(d).split('\n')[0]}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return EXIT_NO_REPORT;
  }
}

// Node's on-disk compile cache (Node >= 22.1; a no-op on Node 20): the command's bundle chunks,
// loaded after this line, are compiled once per machine instead of once per run (~60 ms of each
// `analyze`/`compare`/`comment` of a sweep, docs/PERFORMANCE.md). NODE_DISABLE_COMPILE_CACHE=1
// turns it off; a cache that cannot be written is ignored by Node.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT_NO_REPORT;
  },
);
