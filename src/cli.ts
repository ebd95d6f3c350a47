#!/usr/bin/env node
/**
 * The `inferguard` CLI. Errors are one line on stderr (stack only with --debug or RUNNER_DEBUG=1);
 * exit codes per ANALYZER.md: 0 ok, 1 findings at/above --fail-on, 2 critical, 3 no report.
 */
import { parseCliArgs, parseFailOn } from './cli-args.js';
import { countFindings, EXIT_NO_REPORT, exitCodeFor } from './core/exit-code.js';
import { UsageError } from './core/types.js';
import { INFERGUARD_VERSION } from './version.js';

const USAGE = `inferguard ${INFERGUARD_VERSION}

Usage:
  inferguard analyze <results_dir> [--output-dir DIR] [--format json|md|both]
      [--fail-on never|info|warning|critical] [--strict | --best-effort]
      [--timeline-glob GLOB] [--json] [--config FILE]
      [--gpu-hour-cost N [--currency USD] | --price-table FILE] [--gpus N] [--gate 'PATH OP VALUE']...
  inferguard compare --base <report.json> --head <report.json> [--output-dir DIR] [--config FILE]
      [--fail-on LEVEL] [--fail-on-regression]
  inferguard comment --head <report.json> [--compare compare.json] [--suite-key KEY]
  inferguard --version | --help

Exit codes: 0 ok; 1 a finding at or above --fail-on (none critical); 2 a critical finding;
3 no report could be produced.`;

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

async function cmdAnalyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    argv,
    {
      'output-dir': { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      strict: { type: 'boolean' },
      'best-effort': { type: 'boolean' },
      'timeline-glob': { type: 'string' },
      json: { type: 'boolean' },
      config: { type: 'string' },
      'gpu-hour-cost': { type: 'string' },
      currency: { type: 'string' },
      'price-table': { type: 'string' },
      gpus: { type: 'string' },
      gate: { type: 'string', multiple: true },
      debug: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('analyze needs exactly one <results_dir>');
  const format = (values.format as string | undefined) ?? 'both';
  if (!['json', 'md', 'both'].includes(format))
    throw new UsageError(`--format must be json, md or both, got '${format}'`);
  if (values.strict && values['best-effort']) throw new UsageError('--strict and --best-effort exclude each other');
  if (values['gpu-hour-cost'] !== undefined && values['price-table'] !== undefined) {
    throw new UsageError('--gpu-hour-cost and --price-table exclude each other');
  }
  const failOn = parseFailOn(values['fail-on'], 'critical');
  const { analyzeResultsDir } = await import('./io/analyze-dir.js');
  const result = await analyzeResultsDir({
    resultsDir: positionals[0] as string,
    outputDir: values['output-dir'] as string | undefined,
    format: format as 'json' | 'md' | 'both',
    strict: values.strict === true,
    configFile: values.config as string | undefined,
    gpuHourCost: num('gpu-hour-cost', values['gpu-hour-cost']),
    currency: values.currency as string | undefined,
    priceTable: values['price-table'] as string | undefined,
    gpus: num('gpus', values.gpus, { integer: true }),
    timelineGlob: values['timeline-glob'] as string | undefined,
    gateLines: ((values.gate as string[] | undefined) ?? []).join('\n'),
  });
  const { gatesExitCode } = await import('./core/gates/index.js');
  const gatesBlock = result.report.gates as Parameters<typeof gatesExitCode>[0] | undefined;
  // A failing, not-found or conflicting gate (severity error) fails like a finding at --fail-on.
  const code = Math.max(exitCodeFor(result.report.findings, failOn), gatesBlock ? gatesExitCode(gatesBlock) : 0);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  } else {
    const s = result.report.run_summary;
    const c = countFindings(result.report.findings);
    const lines = [
      `inferguard: ${s.total_cells} cells, run ${s.status}; findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
    ];
    if (gatesBlock) {
      const g = gatesBlock.summary;
      lines.push(
        `gates: ${g.passed} passed, ${g.failed} failed, ${g.not_found} not found, ${g.conflict} conflict, ${g.error} error`,
      );
    }
    if (result.reportPath) lines.push(`report.json: ${rel(result.reportPath)}`);
    if (result.markdownPath) lines.push(`report.md:   ${rel(result.markdownPath)}`);
    lines.push(`exit code ${code} (--fail-on ${failOn})`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return code;
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

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT_NO_REPORT;
  },
);
