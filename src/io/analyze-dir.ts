/**
 * `inferguard analyze` as a function: results dir in, validated report.json + report.md out.
 * The I/O shell around the pure core (src/core/analyze.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildReport, toWireReport } from '../core/analyze.js';
import type { AnalyzerConfig } from '../core/config.js';
import { loadConfig, NoReportError } from './config-file.js';

export { loadConfig, NoReportError };
import type { Finding, Report } from '../core/types.js';
import { loadCostInputs } from './cost-inputs.js';
import { evaluateGates, isDiffGate, parseGateLines, parseGates } from '../core/gates/index.js';
import { renderReportMarkdown } from '../render/report-md.js';
import { assertContract } from '../schemas/validate.js';
import { SOURCE_ADAPTERS } from '../sources/index.js';
import { CsvHeaderError, type AdapterResult } from '../sources/types.js';
import { INFERGUARD_VERSION } from '../version.js';
import { createIngestContext, DEFAULT_OUTPUT_DIR_NAME, IngestReadError, scanResultsDir } from './ingest-context.js';
import { toJsonParts, writeFileAtomic } from './write.js';

export interface AnalyzeOptions {
  resultsDir: string;
  outputDir?: string;
  format?: 'json' | 'md' | 'both';
  strict?: boolean;
  configFile?: string;
  /** Already-parsed config (takes precedence over configFile). */
  config?: AnalyzerConfig;
  gpuHourCost?: number;
  currency?: string;
  priceTable?: string;
  gpus?: number;
  /** Glob (relative to the root) naming timeline files; default: every inferguard_timeline.jsonl. */
  timelineGlob?: string;
  /** Extra gates, one `<path> <op> <value>` per line (the action's `gates` input, the CLI's --gate). */
  gateLines?: string;
  /** Baseline report for eval_regression and "vs baseline" rules. */
  baseline?: Report | null;
  now?: Date;
  /** Folder the report's input_root is shown relative to (default: process.cwd()). */
  cwd?: string;
}

export interface AnalyzeResult {
  report: Report;
  reportPath: string | null;
  markdownPath: string | null;
  markdown: string;
  outputDir: string;
}

export { loadCostInputs } from './cost-inputs.js';

/** How the results root is named inside the report: never an absolute machine path. */
export function displayRoot(resultsDir: string, cwd: string): string {
  const abs = path.resolve(cwd, resultsDir);
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  return path.basename(abs);
}

export async function analyzeResultsDir(opts: AnalyzeOptions): Promise<AnalyzeResult> {
  const cwd = opts.cwd ?? process.cwd();
  const root = path.resolve(cwd, opts.resultsDir);
  let st;
  try {
    st = await stat(root);
  } catch {
    throw new NoReportError(`results dir ${opts.resultsDir} does not exist`);
  }
  if (!st.isDirectory()) throw new NoReportError(`results dir ${opts.resultsDir} is not a directory`);

  const config = opts.config ?? (await loadConfig(opts.configFile));
  // Gates are parsed before any analysis, so a typo fails fast (one line, with the column).
  const gates = [...parseGates(config.gates), ...parseGateLines(opts.gateLines ?? '', 'gates')];
  const cost = await loadCostInputs({ ...opts, cwd }, config);
  const outputDir = path.resolve(cwd, opts.outputDir ?? path.join(opts.resultsDir, DEFAULT_OUTPUT_DIR_NAME));
  const scan = await scanResultsDir(root, [outputDir]);
  const ctx = createIngestContext(root, scan.files, config.thresholds, { timelineGlob: opts.timelineGlob });

  const results: AdapterResult[] = [];
  for (const adapter of SOURCE_ADAPTERS) {
    try {
      results.push(await adapter.collect(ctx));
    } catch (e) {
      if (e instanceof IngestReadError || e instanceof CsvHeaderError) {
        const file = e.file;
        results.push({
          fragments: [],
          manifest: [],
          findings: [
            {
              code: 'missing_required_artifact',
              severity: 'critical',
              message: `${e.message.split('\n')[0]}.`,
              cell_id: null,
              evidence: { file, adapter: adapter.id },
            },
          ],
        });
      } else throw e;
    }
  }

  // Entries the scan could not use (FIFOs, sockets, devices, directories named like data files,
  // symlinks leaving the root): one finding each, naming the entry; critical when it has a data
  // file's name (it stands where a format's file would).
  const scanFindings: Finding[] = scan.problems.map((p) => ({
    code: p.critical ? 'missing_required_artifact' : 'metrics_unavailable',
    severity: p.critical ? 'critical' : 'warning',
    message: `${p.path}: ${p.message}.`,
    cell_id: null,
    evidence: { file: p.path, kind: 'scan_problem' },
  }));
  const claimed = new Set(scan.files.filter((f) => ctx.isClaimed(f.path)).map((f) => f.path));
  const report = buildReport({
    adapterResults: results,
    files: scan.files,
    claimed,
    scanFindings,
    inputRoot: displayRoot(opts.resultsDir, cwd),
    generatedAt: (opts.now ?? new Date()).toISOString(),
    version: INFERGUARD_VERSION,
    thresholds: config.thresholds,
    baseline: opts.baseline ?? null,
    costRequested: cost !== undefined,
    ...(cost ? { cost } : {}),
    evalThresholds: config.eval_thresholds,
  });

  if (report.cells.length === 0) {
    throw new NoReportError(`no supported benchmark artifacts found under ${opts.resultsDir}`);
  }
  if (opts.strict) {
    const missing = report.findings.filter((f) => f.code === 'missing_required_artifact');
    if (missing.length > 0) {
      throw new NoReportError(
        `--strict: ${missing.length} required artifact(s) missing or unreadable; first: ${missing[0]?.message}`,
      );
    }
  }

  // Gates on the report itself; `diff.` gates wait for compare, which evaluates every gate again.
  const reportGates = gates.filter((g) => !isDiffGate(g));
  if (reportGates.length > 0) {
    const block = evaluateGates(reportGates, { report });
    assertContract('inferguard-gates/v1', block, 'gates block');
    report.gates = block;
  }
  const wire = toWireReport(report);
  assertContract('inferguard-analyze/v1', wire, 'report.json');
  const markdown = renderReportMarkdown(wire);
  const format = opts.format ?? 'both';
  let reportPath: string | null = null;
  let markdownPath: string | null = null;
  try {
    if (format !== 'md') {
      reportPath = path.join(outputDir, 'report.json');
      await writeFileAtomic(reportPath, toJsonParts(wire));
    }
    if (format !== 'json') {
      markdownPath = path.join(outputDir, 'report.md');
      await writeFileAtomic(markdownPath, markdown);
    }
  } catch (e) {
    throw new NoReportError(
      `cannot write the report to ${path.relative(cwd, outputDir) || '.'}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return { report: wire, reportPath, markdownPath, markdown, outputDir };
}
