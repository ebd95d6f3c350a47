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
import path from 'node:path';
import { parseCliArgs, parseFailOn, policyText } from './cli-args.js';
import { REPORT_DIFF_SCHEMA_VERSION, type ReportDiff } from './core/compare/types.js';
import { countFindings, parseFailOnFindings, type ExitPolicy } from './core/exit-policy.js';
import { UsageError, type Report } from './core/types.js';
import { shownPath, writeOutputs } from './io/outputs.js';
import { readContractFile } from './io/read-report.js';
import { compareReportFiles } from './pipeline.js';
import { renderComment } from './render/comment.js';

function required(values: Record<string, unknown>, name: string, cmd: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`${cmd} needs --${name} <file>`);
  return v;
}

export async function cmdCompare(argv: string[]): Promise<number> {
  const { values } = parseCliArgs(
    argv,
    {
      base: { type: 'string', multiple: true },
      head: { type: 'string' },
      'output-dir': { type: 'string' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      'fail-on-regression': { type: 'boolean' },
      'fail-on-findings': { type: 'string' },
      'suite-key': { type: 'string' },
    },
    false,
  );
  const failOnRegression = values['fail-on-regression'] === true;
  const policy: ExitPolicy = {
    failOn: parseFailOn(values['fail-on']),
    failOnRegression,
    failOnFindings: parseFailOnFindings(values['fail-on-findings'] as string | undefined, '--fail-on-findings'),
  };
  const bases = (values.base as string[] | undefined)?.filter((b) => b !== '') ?? [];
  if (bases.length === 0) throw new UsageError('compare needs --base <report.json|folder> (repeatable)');
  const {
    outcome,
    comparePath,
    commentPath,
    skipped,
    bases: baseReports,
  } = await compareReportFiles({
    basePath: bases,
    headPath: required(values, 'head', 'compare'),
    outputDir: values['output-dir'] as string | undefined,
    configFile: values.config as string | undefined,
    suiteKey: values['suite-key'] as string | undefined,
    policy,
  });
  const diff = outcome.diff as ReportDiff;
  const { writeReportHtml } = await import('./io/report-html.js');
  const htmlPath = await writeReportHtml(path.dirname(comparePath), { head: outcome.report, diff, bases: baseReports });
  const code = outcome.decision.exitCode;
  const c = countFindings(outcome.findings);
  const k = diff.counts;
  process.stdout.write(
    [
      `inferguard compare: ${diff.verdict.verdict}; ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged, ${k.new} new, ${k.missing} missing, ${k.incomparable} incomparable, ${k.insufficient_data} insufficient data`,
      `base runs: ${diff.runs?.base_reports ?? 1}${skipped.length > 0 ? ` (skipped: ${skipped.join('; ')})` : ''}`,
      `findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`,
      `compare.json: ${shownPath(comparePath)}`,
      `comment.md:   ${shownPath(commentPath)}`,
      `report.html:  ${shownPath(htmlPath)}`,
      `exit code ${code} (${policyText(policy)})${outcome.decision.reasons.length > 0 ? `: ${outcome.decision.reasons.map((r) => r.brief).join('; ')}` : ''}`,
      ...outcome.decision.reasons.map((r) => `  ${r.rule}: ${r.message}`),
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
  const head = await readContractFile<Report>(headPath, 'inferguard-analyze/v1', '--head');
  const comparePath = values.compare as string | undefined;
  const diff = comparePath
    ? await readContractFile<ReportDiff>(comparePath, REPORT_DIFF_SCHEMA_VERSION, '--compare')
    : null;
  const md = renderComment({ head, diff, suiteKey: (values['suite-key'] as string | undefined) ?? 'default' });
  const outDir = (values['output-dir'] as string | undefined) ?? path.dirname(headPath);
  const docs = { report: head, markdown: '', diff, comment: md };
  await writeOutputs(outDir, docs, { report: 'none', compare: false, comment: true });
  process.stdout.write(md);
  return 0;
}
