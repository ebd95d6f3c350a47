/**
 * `inferguard compare` and `inferguard comment`.
 *
 * compare: two report.json files in; compare.json (validated against inferguard-report-diff/v1)
 * and comment.md out, in --output-dir (default: the folder of --head). Exit codes as analyze:
 * 0 ok; 1 a finding (head report + compare findings) at or above --fail-on, none critical, or a
 * REGRESSION verdict with --fail-on-regression; 2 a critical finding (unless --fail-on never);
 * 3 nothing could be written.
 *
 * comment: renders comment.md from a report.json and an optional compare.json, writes it and
 * prints it to stdout.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  compareOptionsFromConfig,
  compareReports,
  mergeFindings,
  REPORT_DIFF_SCHEMA_VERSION,
  type ReportDiff,
} from './core/compare/index.js';
import { countFindings, EXIT_FINDINGS, exitCodeFor, FAIL_ON_VALUES, type FailOn } from './core/exit-code.js';
import { defaultConfig, parseConfigText, type AnalyzerConfig } from './core/config.js';
import { evaluateGates, gatesExitCode, parseGates } from './core/gates/index.js';
import { UsageError, type Report } from './core/types.js';
import { writeFileAtomic, writeJsonValidated } from './io/write.js';
import { renderComment } from './render/comment.js';
import { validateContract } from './schemas/validate.js';

/**
 * Nothing could be produced (exit 3). Same name as io/analyze-dir's class, so the CLI prints it
 * without the "internal error" prefix; kept separate so compare does not load the source adapters.
 */
export class NoReportError extends Error {
  override name = 'NoReportError';
}

async function loadConfig(file: string | undefined): Promise<AnalyzerConfig> {
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`config file ${shown(file)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfigText(text, path.basename(file));
}

function parse(argv: string[], options: ParseArgsConfig['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

function parseFailOn(v: unknown): FailOn {
  if (v === undefined) return 'critical';
  if (typeof v === 'string' && (FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn;
  throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got '${String(v)}'`);
}

function shown(p: string): string {
  const r = path.relative(process.cwd(), path.resolve(p));
  if (r === '') return '.';
  if (r.startsWith('..') || path.isAbsolute(r)) return path.basename(p);
  return r.split(path.sep).join('/');
}

/** Reads and validates a JSON document; any problem is a one-line NoReportError naming the file. */
async function readContract<T>(file: string, contract: string, flag: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new NoReportError(`${flag} ${shown(file)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new NoReportError(`${flag} ${shown(file)} is not JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = validateContract(contract, value);
  if (!r.ok)
    throw new NoReportError(
      `${flag} ${shown(file)} is not a valid ${contract} document: ${r.errors.slice(0, 2).join('; ')}`,
    );
  return value as T;
}

function required(values: Record<string, unknown>, name: string, cmd: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`${cmd} needs --${name} <file>`);
  return v;
}

async function writeOrFail(what: string, fn: () => Promise<void>, file: string): Promise<void> {
  try {
    await fn();
  } catch (e) {
    throw new NoReportError(
      `cannot write ${what} to ${shown(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0]}`,
    );
  }
}

export async function cmdCompare(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    base: { type: 'string' },
    head: { type: 'string' },
    'output-dir': { type: 'string' },
    config: { type: 'string' },
    'fail-on': { type: 'string' },
    'fail-on-regression': { type: 'boolean' },
    'suite-key': { type: 'string' },
  });
  const basePath = required(values, 'base', 'compare');
  const headPath = required(values, 'head', 'compare');
  const failOn = parseFailOn(values['fail-on']);
  const config = await loadConfig(values.config as string | undefined);
  const base = await readContract<Report>(basePath, 'inferguard-analyze/v1', '--base');
  const head = await readContract<Report>(headPath, 'inferguard-analyze/v1', '--head');
  // Every configured gate (report and diff paths) is evaluated against head + diff.
  const gates = parseGates(config.gates);
  const diff = compareReports(base, head, compareOptionsFromConfig(config));
  const gatesBlock = gates.length > 0 ? evaluateGates(gates, { report: head, diff }) : null;
  if (gatesBlock) (diff as ReportDiff & { gates?: unknown }).gates = gatesBlock;
  const headForComment: Report = gatesBlock ? { ...head, gates: gatesBlock } : head;
  const outDir = (values['output-dir'] as string | undefined) ?? path.dirname(headPath);
  const compareFile = path.join(outDir, 'compare.json');
  const commentFile = path.join(outDir, 'comment.md');
  await writeOrFail(
    'compare.json',
    () => writeJsonValidated(compareFile, REPORT_DIFF_SCHEMA_VERSION, diff),
    compareFile,
  );
  const md = renderComment({
    head: headForComment,
    diff,
    suiteKey: (values['suite-key'] as string | undefined) ?? 'default',
  });
  await writeOrFail('comment.md', () => writeFileAtomic(commentFile, md), commentFile);

  const findings = mergeFindings(head.findings, diff.findings);
  let code = exitCodeFor(findings, failOn);
  const regression = diff.verdict.verdict === 'REGRESSION';
  if (values['fail-on-regression'] === true && regression) code = Math.max(code, EXIT_FINDINGS);
  if (gatesBlock) code = Math.max(code, gatesExitCode(gatesBlock));
  const c = countFindings(findings);
  const k = diff.counts;
  process.stdout.write(
    [
      `inferguard compare: ${diff.verdict.verdict}; ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged, ${k.new} new, ${k.missing} missing, ${k.incomparable} incomparable, ${k.insufficient_data} insufficient data`,
      `findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
      `compare.json: ${shown(compareFile)}`,
      `comment.md:   ${shown(commentFile)}`,
      `exit code ${code} (--fail-on ${failOn}${values['fail-on-regression'] === true ? ', --fail-on-regression' : ''})`,
    ].join('\n') + '\n',
  );
  return code;
}

export async function cmdComment(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    head: { type: 'string' },
    compare: { type: 'string' },
    'suite-key': { type: 'string' },
    'output-dir': { type: 'string' },
  });
  const headPath = required(values, 'head', 'comment');
  const head = await readContract<Report>(headPath, 'inferguard-analyze/v1', '--head');
  const comparePath = values.compare as string | undefined;
  const diff = comparePath
    ? await readContract<ReportDiff>(comparePath, REPORT_DIFF_SCHEMA_VERSION, '--compare')
    : null;
  const md = renderComment({ head, diff, suiteKey: (values['suite-key'] as string | undefined) ?? 'default' });
  const outDir = (values['output-dir'] as string | undefined) ?? path.dirname(headPath);
  const commentFile = path.join(outDir, 'comment.md');
  await writeOrFail('comment.md', () => writeFileAtomic(commentFile, md), commentFile);
  process.stdout.write(md);
  return 0;
}
