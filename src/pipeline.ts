/**
 * The one pipeline of the action, `inferguard analyze` and `inferguard compare`:
 *
 *   settings (config + gates, parsed once, before any work)
 *   → head report (analyze a results dir, merge shard reports, or read a report.json)
 *   → baseline → compare → gates (evaluated once) → exit decision (src/core/exit-policy.ts)
 *   → rendered outputs (report.md, the comment within its budget, the job summary).
 *
 * The entry points (src/action/run.ts, src/cli.ts, src/cli-compare.ts) pass the I/O steps in, write
 * what they need (src/io/outputs.ts) and act on the outcome. The head step returns the report with
 * whatever the entry point knows about it (its context: the PR, the run); the baseline step and
 * the outcome carry that context on, so no entry point keeps a side object.
 */
import path from 'node:path';
import {
  compareOptionsFromConfig,
  compareReports,
  type CompareOptions,
  type ReportDiff,
} from './core/compare/index.js';
import type { AnalyzerConfig } from './core/config.js';
import { decideExit, policySummary, type ExitDecision, type ExitPolicy } from './core/exit-policy.js';
import { mergeFindings } from './core/findings/order.js';
import {
  evaluateGates,
  isDiffGate,
  parseGateLines,
  parseGates,
  type Gate,
  type GatesBlock,
} from './core/gates/index.js';
import type { Finding, Report } from './core/types.js';
import { renderComment, type CommentRun } from './render/comment.js';
import { renderReportMarkdown } from './render/report-md.js';
import { renderJobSummary } from './render/summary.js';
import type { AnalyzeOptions } from './io/analyze-dir.js';
import { loadConfig } from './io/config-file.js';
import { writeOutputs, type WrittenPaths } from './io/outputs.js';
import { readContractFile } from './io/read-report.js';
import { assertContract, validateContract } from './schemas/validate.js';

/** Verdict shown (and output) when there was nothing to compare against. */
export const NO_BASELINE_VERDICT = 'NO_BASELINE';

/** Everything decided before any work: a typo in a gate or the config fails fast. */
export interface PipelineSettings {
  config: AnalyzerConfig;
  gates: readonly Gate[];
  policy: ExitPolicy;
  compare: CompareOptions;
}

/**
 * Parses the gates once (the config's, then `gateLines`, one per line, named `gateInput` in
 * messages) and fixes the exit policy.
 */
export function pipelineSettings(
  config: AnalyzerConfig,
  gateLines: string,
  gateInput: string,
  policy: ExitPolicy,
): PipelineSettings {
  const gates = [...parseGates(config.gates), ...parseGateLines(gateLines, gateInput)];
  return { config, gates, policy, compare: compareOptionsFromConfig(config) };
}

/** The baseline step's answer: a report or none, and a note for the comment's verdict line. */
export interface BaselineAnswer {
  /** One base report, or the base-branch history (preferred / newest run first). */
  report: Report | readonly Report[] | null;
  /** Shown in the comment's verdict line ("run 123", a path, or why there is none). */
  note: string | null;
}

/** The head step's answer: the report and what the entry point knows about it. */
export interface HeadStep<C> {
  /** The head report (analyzed, merged or read), before this run's gates. */
  report: Report;
  /** The entry point's own facts about the report (the action: its PR and run); null for the CLI. */
  context: C;
}

/** The I/O a pipeline run needs, passed in by the entry point. */
export interface PipelineSteps<C = null> {
  head(): Promise<HeadStep<C>>;
  /**
   * The baseline. Absent: this entry point has no compare step, so `diff.` gates wait for
   * `inferguard compare` (present but answering no report: they fail as "no diff document").
   */
  baseline?: (head: HeadStep<C>) => Promise<BaselineAnswer>;
  /**
   * The label acknowledging regressions, when the head's PR carries it (the action's
   * `accept-label`), else null: compare.accept then takes every metric ('*') and the exit policy
   * accepts regressions (never validity findings); what was accepted is listed in the outcome.
   */
  acceptedBy?: (head: HeadStep<C>) => string | null;
}

/** What a label acknowledged: its name and one line per accepted regression (unescaped). */
export interface AcceptedByLabel {
  label: string;
  items: string[];
}

/** What to render besides report.md (null: no comment, no summary). */
export interface RenderRequest {
  suiteKey: string;
  run?: Omit<CommentRun, 'baselineNote'>;
  /** Render the job summary too (the action). */
  summary?: boolean;
}

export interface PipelineOutcome<C = unknown> {
  /** The head report with this run's gates block. */
  report: Report;
  /** The head step's context, as it returned it. */
  context: C;
  diff: ReportDiff | null;
  baselineNote: string | null;
  /** This run's gates block (null when no gate applies). */
  gates: GatesBlock | null;
  /** Head findings plus the baseline findings the head does not carry, in report order. */
  findings: Finding[];
  /** The compare verdict, or NO_BASELINE. */
  verdict: string;
  decision: ExitDecision;
  /** Regressions the PR's accept label acknowledged; null when no label accepts. */
  accepted: AcceptedByLabel | null;
  /** report.md of the head report, rendered on first read (`inferguard compare` never reads it). */
  readonly markdown: string;
  comment: string | null;
  summary: string | null;
  /** `diff` (when not null) passed its contract here, before its gates block was attached. */
  diffValidated: boolean;
}

/** Evaluates every applicable gate once, against the head report and the diff. */
function evaluateRunGates(settings: PipelineSettings, report: Report, diff: ReportDiff | null, compareStep: boolean) {
  const gates = compareStep ? settings.gates : settings.gates.filter((g) => !isDiffGate(g));
  if (gates.length === 0) return null;
  const block = evaluateGates(gates, { report, diff });
  assertContract('inferguard-gates/v1', block, 'gates block');
  return block;
}

/** Cells of the diff that were matched with a base cell (compared or with too little data). */
function matchedCells(diff: ReportDiff): number {
  const k = diff.counts;
  return k.regressed + k.improved + k.unchanged + k.insufficient_data;
}

/** The settings under an accept label: every metric regression accepted ('*'), regressions never fail. */
function accepting(settings: PipelineSettings): Pick<PipelineSettings, 'compare' | 'policy'> {
  return {
    compare: { ...settings.compare, accept: [...(settings.compare.accept ?? []), '*'] },
    policy: { ...settings.policy, acceptRegressions: true },
  };
}

/** Signed percent of a relative change. */
function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

/**
 * One line per accepted thing: each metric whose regressions compare.accept took (reason
 * `accepted`; cells and range of change), the REGRESSION verdict, each regression finding.
 */
function acceptedItems(decision: ExitDecision, diff: ReportDiff | null): string[] {
  const byMetric = new Map<string, { cells: number; deltas: number[] }>();
  for (const c of diff?.cells ?? [])
    for (const m of c.verdict?.comparisons ?? []) {
      if (m.reason !== 'accepted') continue;
      const e = byMetric.get(m.metric) ?? { cells: 0, deltas: [] };
      e.cells++;
      if (typeof m.relative_delta === 'number' && Number.isFinite(m.relative_delta)) e.deltas.push(m.relative_delta);
      byMetric.set(m.metric, e);
    }
  const metrics = [...byMetric.entries()].map(([metric, { cells, deltas }]) => {
    const lo = Math.min(...deltas);
    const hi = Math.max(...deltas);
    const range = deltas.length === 0 ? '' : `, ${pct(lo)}${lo === hi ? '' : ` to ${pct(hi)}`}`;
    return `${metric} regressed (${cells} cell(s)${range})`;
  });
  const rest = decision.accepted.map((a) =>
    // Items are joined with '; ' and the list ends with '.': a message's own final period goes.
    a.what === 'verdict'
      ? `REGRESSION verdict: ${a.message.replace(/\.\s*$/, '')}`
      : `${a.code}: ${a.message.replace(/\.\s*$/, '')}`,
  );
  return [...metrics, ...rest];
}

/** Runs the pipeline: head, baseline, compare, gates, decision, renders. Writes nothing. */
export async function runPipeline<C>(
  settings: PipelineSettings,
  steps: PipelineSteps<C>,
  render: RenderRequest | null,
): Promise<PipelineOutcome<C>> {
  const headStep = await steps.head();
  const head = headStep.report;
  const label = steps.acceptedBy ? steps.acceptedBy(headStep) : null;
  const { compare, policy } = label ? accepting(settings) : settings;
  const baseline = steps.baseline ? await steps.baseline(headStep) : { report: null, note: null };
  const base = Array.isArray(baseline.report) && baseline.report.length === 0 ? null : baseline.report;
  let diff = base ? compareReports(base, head, compare) : null;
  let baselineNote = baseline.note;
  if (diff) {
    // A baseline we did not write can hold values whose comparison is not representable (e.g.
    // standard errors near the double limit): that is "no baseline" with the reason, never a
    // failed step or an invalid compare.json.
    const check = validateContract(diff.schema_version, diff);
    if (!check.ok) {
      baselineNote = `the comparison with the baseline does not satisfy ${diff.schema_version} (${check.errors[0] ?? 'invalid'}); baseline not used`;
      diff = null;
    }
  }
  const gates = evaluateRunGates(settings, head, diff, steps.baseline !== undefined);
  const report: Report = gates ? Object.assign(head, { gates }) : head;
  if (diff && gates) Object.assign(diff, { gates });
  const findings = mergeFindings(Array.isArray(report.findings) ? report.findings : [], diff?.findings ?? []);
  const verdict = diff ? diff.verdict.verdict : NO_BASELINE_VERDICT;
  const decision = decideExit(policy, {
    findings,
    gates,
    verdict: diff ? verdict : null,
    ...(diff ? { matched: matchedCells(diff), verdictSummary: diff.verdict.summary } : {}),
  });
  const accepted = label ? { label, items: acceptedItems(decision, diff) } : null;
  let markdown: string | null = null;
  const markdownOf = (): string => (markdown ??= renderReportMarkdown(report));
  let comment: string | null = null;
  let summary: string | null = null;
  if (render) {
    const run: CommentRun = { ...render.run, ...(baselineNote !== null ? { baselineNote } : {}) };
    const input = {
      head: report,
      diff,
      suiteKey: render.suiteKey,
      ...(render.run || baselineNote ? { run } : {}),
      check: {
        failed: decision.failed,
        reasons: decision.reasons.map((r) => r.brief),
        policy: policySummary(settings.policy),
        ...(accepted ? { accepted } : {}),
      },
    };
    comment = renderComment(input);
    if (render.summary) summary = renderJobSummary(input, markdownOf());
  }
  return {
    report,
    context: headStep.context,
    diff,
    baselineNote,
    gates,
    findings,
    verdict,
    decision,
    accepted,
    get markdown(): string {
      return markdownOf();
    },
    comment,
    summary,
    diffValidated: diff !== null,
  };
}

export interface AnalyzeRunResult extends WrittenPaths {
  report: Report;
  markdown: string;
  outputDir: string;
  outcome: PipelineOutcome;
}

/**
 * `inferguard analyze`: a results dir in; report.json / report.md (and, with a baseline,
 * compare.json and comment.md) written to the output dir; the outcome and its exit decision out.
 */
export async function analyzeResultsDir(opts: AnalyzeOptions & { policy?: ExitPolicy }): Promise<AnalyzeRunResult> {
  const { readResultsDir, analyzeOutputDir } = await import('./io/analyze-dir.js');
  const config = opts.config ?? (await loadConfig(opts.configFile));
  const policy = opts.policy ?? { failOn: 'critical', failOnRegression: false };
  const settings = pipelineSettings(config, opts.gateLines ?? '', 'gates', policy);
  const baselineFile = opts.baselineFile;
  const steps: PipelineSteps = { head: async () => ({ report: await readResultsDir(opts, config), context: null }) };
  if (baselineFile !== undefined)
    steps.baseline = async () => ({
      report: await readContractFile<Report>(baselineFile, 'inferguard-analyze/v1', '--baseline'),
      note: null,
    });
  const outcome = await runPipeline(settings, steps, baselineFile !== undefined ? { suiteKey: 'default' } : null);
  const outputDir = analyzeOutputDir(opts);
  const written = await writeOutputs(
    outputDir,
    outcome,
    { report: opts.format ?? 'both', compare: true, comment: true },
    opts.cwd ?? process.cwd(),
  );
  return { ...written, report: outcome.report, markdown: outcome.markdown, outputDir, outcome };
}

export interface CompareRunOptions {
  /** A report.json or a folder of them; repeated: the base-branch history (preferred first). */
  basePath: string | readonly string[];
  headPath: string;
  /** Default: the folder of the head report. */
  outputDir?: string;
  configFile?: string;
  suiteKey?: string;
  policy: ExitPolicy;
}

/** `inferguard compare`: two report.json files in; compare.json and comment.md written. */
export async function compareReportFiles(opts: CompareRunOptions): Promise<{
  outcome: PipelineOutcome;
  comparePath: string;
  commentPath: string;
  skipped: string[];
  /** The base reports compared against, preferred first (report.html draws them). */
  bases: readonly Report[];
}> {
  const config = await loadConfig(opts.configFile);
  const settings = pipelineSettings(config, '', 'gates', opts.policy);
  const { readBaseReports } = await import('./io/base-reports.js');
  // The history runs after the preferred one are slimmed as they are read (src/io/slim-report.ts).
  const bases = await readBaseReports(typeof opts.basePath === 'string' ? [opts.basePath] : opts.basePath, {
    slim: true,
  });
  const base = bases.reports.length === 1 ? (bases.reports[0] as Report) : bases.reports;
  const steps: PipelineSteps = {
    head: async () => ({
      report: await readContractFile<Report>(opts.headPath, 'inferguard-analyze/v1', '--head'),
      context: null,
    }),
    baseline: async () => ({
      report: base,
      note:
        bases.reports.length > 1
          ? `${bases.reports.length} base runs${bases.skipped.length > 0 ? `, ${bases.skipped.length} file(s) skipped` : ''}`
          : null,
    }),
  };
  const outcome = await runPipeline(settings, steps, { suiteKey: opts.suiteKey ?? 'default' });
  const outDir = opts.outputDir ?? path.dirname(opts.headPath);
  const written = await writeOutputs(outDir, outcome, { report: 'none', compare: true, comment: true });
  return {
    outcome,
    comparePath: written.comparePath ?? path.join(outDir, 'compare.json'),
    commentPath: written.commentPath ?? path.join(outDir, 'comment.md'),
    skipped: bases.skipped,
    bases: bases.reports,
  };
}
