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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCliArgs, parseFailOn } from './cli-args.js';
import { loadConfig, NoReportError } from './io/config-file.js';
import {
  compareOptionsFromConfig,
  compareReports,
  mergeFindings,
  REPORT_DIFF_SCHEMA_VERSION,
  type ReportDiff,
} from './core/compare/index.js';
import { countFindings, EXIT_FINDINGS, exitCodeFor } from './core/exit-code.js';
import { evaluateGates, gatesExitCode, parseGates } from './core/gates/index.js';
import { UsageError, type Report } from './core/types.js';
import { loadUntrustedReport } from './io/untrusted-report.js';
import { writeFileAtomic, writeJsonValidated } from './io/write.js';
import { renderComment } from './render/comment.js';
import { validateContract } from './schemas/validate.js';

function shown(p: string): string {
  const r = path.relative(process.cwd(), path.resolve(p));
  if (r === '') return '.';
  if (r.startsWith('..') || path.isAbsolute(r)) return path.basename(p);
  return r.split(path.sep).join('/');
}

/** Reads and validates a JSON document; any problem is a one-line NoReportError naming the file. */
async function readContract<T>(file: string, contract: string, flag: string): Promise<T> {
  // Reports may come from anywhere (a fork, another run): the untrusted-report checks (size,
  // depth, finite numbers, cell cap, contract, open blocks), with a one-line refusal.
  if (contract === 'inferguard-analyze/v1') {
    const load = loadUntrustedReport(file, `${flag} ${shown(file)}:`);
    if (!load.ok) throw new NoReportError(load.reason.replace(/: report\.json/, ''));
    return load.report as T;
  }
  let text: string;
  try {
    // One synchronous read, decoded at once: the promise API reads 512 KB at a time through the
    // thread pool and a stream decoder (~60 ms of a 24 MB compare.json); same text, same errors.
    text = readFileSync(file).toString('utf8');
  } catch (e) {
    throw new NoReportError(`${flag} ${shown(file)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Never the engine's message: it quotes the file's first characters.
    throw new NoReportError(`${flag} ${shown(file)} is not JSON`);
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
  const { values } = parseCliArgs(
    argv,
    {
      base: { type: 'string' },
      head: { type: 'string' },
      'output-dir': { type: 'string' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      'fail-on-regression': { type: 'boolean' },
      'suite-key': { type: 'string' },
    },
    false,
  );
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
  const { values } = parseCliArgs(
    argv,
    {
      head: { type: 'string' },
      compare: { type: 'string' },
      'suite-key': { type: 'string' },
      'output-dir': { type: 'string' },
    },
    false,
  );
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
