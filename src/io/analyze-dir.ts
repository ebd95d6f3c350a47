/**
 * Reading a results dir: scan, every source adapter, then the pure core (src/core/analyze.ts)
 * into the head report. Gates, compare, rendering and writing are src/pipeline.ts's.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildReport, toWireReport } from '../core/analyze.js';
import type { GivenFacts } from '../core/cells/given.js';
import type { AnalyzerConfig } from '../core/config.js';
import type { Finding, Report } from '../core/types.js';
import { SOURCE_ADAPTERS } from '../sources/index.js';
import { CsvHeaderError, type AdapterResult, type IngestContext } from '../sources/types.js';
import { adapterViews, recognizeFiles } from '../sources/lib/recognize.js';
import { annotateManifest, notUsedLines } from '../sources/lib/manifest-notes.js';
import { INFERGUARD_VERSION } from '../version.js';
import { NoReportError } from './config-file.js';
import { loadCostInputs } from './cost-inputs.js';
import { createIngestContext, DEFAULT_OUTPUT_DIR_NAME, IngestReadError, scanResultsDir } from './ingest-context.js';

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
  /** Hardware of cells whose files name none (`--hardware`). */
  hardware?: string;
  /** Labels for every cell (`--label k=v`), part of its identity. */
  labels?: Record<string, string>;
  /** The node the results ran on where the files name none (`--runner`): environment, not identity. */
  runner?: string;
  /** Glob (relative to the root) naming timeline files; default: every inferguard_timeline.jsonl. */
  timelineGlob?: string;
  /** Extra gates, one `<path> <op> <value>` per line (the action's `gates` input, the CLI's --gate). */
  gateLines?: string;
  /** Baseline report.json to compare against (`inferguard analyze --baseline`). */
  baselineFile?: string;
  now?: Date;
  /** Folder the report's input_root is shown relative to (default: process.cwd()). */
  cwd?: string;
}

/** How the results root is named inside the report: never an absolute machine path. */
export function displayRoot(resultsDir: string, cwd: string): string {
  const abs = path.resolve(cwd, resultsDir);
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  return path.basename(abs);
}

/**
 * Reads a results dir into the head report (wire form, not yet gated or written): every source
 * adapter over the scanned files, then the pure core (src/core/analyze.ts). No cells, or a
 * missing required artifact under `strict`, is a NoReportError.
 */
export async function readResultsDir(opts: AnalyzeOptions, config: AnalyzerConfig): Promise<Report> {
  const cwd = opts.cwd ?? process.cwd();
  const root = path.resolve(cwd, opts.resultsDir);
  await assertDirectory(root, opts.resultsDir);
  const given = givenFacts(opts, config);
  const cost = await loadCostInputs(
    { ...opts, ...(given.gpus !== undefined ? { gpus: given.gpus } : {}), cwd },
    config,
  );
  const outputDir = analyzeOutputDir(opts);
  const scan = await scanResultsDir(root, [outputDir]);
  const ctx = createIngestContext(root, scan.files, config.thresholds, { timelineGlob: opts.timelineGlob });
  // Recognition by content first: each file is routed to at most one adapter group.
  const recognition = recognizeFiles(ctx, SOURCE_ADAPTERS);
  const views = adapterViews(ctx, SOURCE_ADAPTERS, recognition);
  const results = await collectAdapters(views.view);
  // Entries the scan could not use (FIFOs, sockets, devices, directories named like data files,
  // symlinks leaving the root): one finding each, naming the entry; critical when it has a data
  // file's name (it stands where a format's file would), info for a data-named folder that holds files.
  const scanFindings: Finding[] = scan.problems.map((p) => ({
    code: p.critical ? 'missing_required_artifact' : 'metrics_unavailable',
    severity: p.critical ? 'critical' : p.info ? 'info' : 'warning',
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
    costRequested: cost !== undefined,
    ...(cost ? { cost } : {}),
    evalThresholds: config.eval_thresholds,
    given,
  });
  assertUsable(report, opts, () => notUsedLines(scan.files, recognition, claimed, report.findings, ctx.head));
  annotateManifest(report.artifact_manifest, recognition, views.claimedBy, SOURCE_ADAPTERS);
  return toWireReport(report);
}

/** What the files don't say: the flags, else the config's `run` section (`cost.gpus` is its older spelling of gpus). */
export function givenFacts(
  opts: Pick<AnalyzeOptions, 'hardware' | 'gpus' | 'labels' | 'runner'>,
  config: AnalyzerConfig,
): GivenFacts {
  const run = config.run ?? {};
  const hardware = opts.hardware ?? run.hardware;
  const runner = opts.runner ?? run.runner;
  const gpus = opts.gpus ?? run.gpus ?? config.cost.gpus;
  const labels = { ...(run.labels ?? {}), ...(opts.labels ?? {}) };
  return {
    ...(hardware !== undefined ? { hardware } : {}),
    ...(gpus !== undefined ? { gpus } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    ...(runner !== undefined ? { runner } : {}),
  };
}

/** Where analyze writes: --output-dir, else `<results>/inferguard-out` (resolved against cwd). */
export function analyzeOutputDir(opts: Pick<AnalyzeOptions, 'cwd' | 'outputDir' | 'resultsDir'>): string {
  return path.resolve(opts.cwd ?? process.cwd(), opts.outputDir ?? path.join(opts.resultsDir, DEFAULT_OUTPUT_DIR_NAME));
}

async function assertDirectory(root: string, shown: string): Promise<void> {
  let st;
  try {
    st = await stat(root);
  } catch {
    throw new NoReportError(`results dir ${shown} does not exist`);
  }
  if (!st.isDirectory()) throw new NoReportError(`results dir ${shown} is not a directory`);
}

/** Runs every adapter; an unreadable file an adapter must have becomes a critical finding. */
async function collectAdapters(view: (a: (typeof SOURCE_ADAPTERS)[number]) => IngestContext): Promise<AdapterResult[]> {
  const results: AdapterResult[] = [];
  for (const adapter of SOURCE_ADAPTERS) {
    try {
      results.push(await adapter.collect(view(adapter)));
    } catch (e) {
      if (!(e instanceof IngestReadError || e instanceof CsvHeaderError)) throw e;
      results.push({
        fragments: [],
        manifest: [],
        findings: [
          {
            code: 'missing_required_artifact',
            severity: 'critical',
            message: `${e.message.split('\n')[0]}.`,
            cell_id: null,
            evidence: { file: e.file, adapter: adapter.id },
          },
        ],
      });
    }
  }
  return results;
}

/** No cells (exit 3, with one line per file that looked like benchmark output), or --strict with a missing artifact. */
function assertUsable(report: Report, opts: AnalyzeOptions, notUsed: () => string[]): void {
  if (report.cells.length === 0) {
    const lines = notUsed();
    throw new NoReportError(
      `no supported benchmark artifacts found under ${opts.resultsDir}${lines.length > 0 ? ': files that looked like benchmark output and why each was not used:' : ''}`,
      lines,
    );
  }
  if (!opts.strict) return;
  const missing = report.findings.filter((f) => f.code === 'missing_required_artifact');
  if (missing.length > 0) {
    throw new NoReportError(
      `--strict: ${missing.length} required artifact(s) missing or unreadable; first: ${missing[0]?.message}`,
    );
  }
}
