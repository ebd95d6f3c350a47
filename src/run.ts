/**
 * The action: a shell over the pipeline (src/pipeline.ts). Inputs → artifacts in → the pipeline
 * (head report by mode: analyze / merge / the triggering run's; baseline by the `baseline` input)
 * → outputs written → job summary (first signal) → annotations → sticky comment → TTFS event →
 * report artifact out → step outputs. Returns the outcome; src/main.ts alone calls
 * core.setFailed. GitHub write failures (fork PRs, 403, 409) become warnings and the summary,
 * outputs and artifact are still written.
 */
import { findingFails, type ExitPolicy } from './core/exit-policy.js';
import { mkdirs } from './io/mkdirs.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from './io/log.js';
import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';
import { toWireReport } from './core/analyze.js';
import type { AnalyzerConfig } from './core/config.js';
import { gateAnnotations } from './core/gates/index.js';
import { mergeReports } from './core/cells/merge-reports.js';
import { buildTtfsEvent, type TtfsPhase } from './core/ttfs.js';
import { UsageError, type Report } from './core/types.js';
import { getInputs, INPUT_NAMES, type ActionInputs } from './inputs.js';
import { displayRoot, readResultsDir } from './io/analyze-dir.js';
import { loadConfig, NoReportError } from './io/config-file.js';
import { downloadArtifacts, downloadOne, toArtifactError, uploadArtifact, type FindBy } from './io/github/artifacts.js';
import {
  downloadBaselineHistory,
  downloadBaselineReport,
  findBaselineRuns,
  loadReportFile,
  type BaselineHistory,
  type HistoryLoad,
  type ReportLoad,
} from './io/github/baseline.js';
import { upsertComment } from './io/github/comment.js';
import { nameToUuid, readActionContext, type ActionContext } from './io/github/context.js';
import { GitHubApiError, isPermissionError, toApiError } from './io/github/errors.js';
import { asGitHubApi, createOctokit, type GitHubApi } from './io/github/octokit.js';
import { confirmPullRequest, getWorkflowId } from './io/github/pull-request.js';
import { PR_CONTEXT_FILE, readPrContext, TTFS_FILE, writePrContext, writeTtfsEvent } from './io/github/records.js';
import { emitAnnotations, setOutputs, writeJobSummary } from './io/github/summary.js';
import { writeOutputs, type WrittenPaths } from './io/outputs.js';
import { readShardReports } from './io/shard-reports.js';
import { commentMarker } from './render/comment.js';
import {
  pipelineSettings,
  runPipeline,
  type BaselineAnswer,
  type PipelineOutcome,
  type PipelineSteps,
} from './pipeline.js';
import { configureReportLimits } from './io/untrusted-report.js';
import { INFERGUARD_VERSION } from './version.js';

export const OUTPUT_NAMES = {
  reportPath: 'report-path',
  comparePath: 'compare-path',
  status: 'status',
  verdict: 'verdict',
  criticalCount: 'critical-count',
  warningCount: 'warning-count',
  commentUrl: 'comment-url',
  artifactId: 'artifact-id',
} as const;

export interface RunDeps {
  env: Record<string, string | undefined>;
  /** Epoch ms when the action started (main.ts reads the clock first thing). */
  startedAtMs: number;
  now: () => number;
  artifactClient: () => ArtifactClient;
  github: (token: string) => GitHubApi;
}

export interface RunOutcome {
  failed: boolean;
  /** One line for core.setFailed when failed. */
  message: string | null;
}

/** The head report and what this run knows about it. */
interface HeadContext {
  report: Report;
  /** PR this report is about (confirmed in comment mode). */
  pr: { number: number; baseRef: string; baseSha: string | null } | null;
  /** A note to show instead of a comment when the PR could not be confirmed. */
  prRefusal: string | null;
  /** Run whose report this is (baseline lookups skip it). */
  runId: number | null;
  /** Workflow of that run, when known without an API call. */
  workflowId: number | null;
}

function defaultDeps(): RunDeps {
  return {
    env: process.env,
    startedAtMs: Date.now(),
    now: () => Date.now(),
    artifactClient: () => new DefaultArtifactClient(),
    github: (token) => asGitHubApi(createOctokit(token)),
  };
}

/** POSIX path of `abs` relative to the workspace (never an absolute machine path). */
function rel(ctx: ActionContext, abs: string): string {
  const r = path.relative(ctx.workspace, abs);
  if (r === '') return '.';
  if (r.startsWith('..') || path.isAbsolute(r)) return path.basename(abs);
  return r.split(path.sep).join('/');
}

function oneLine(e: unknown): string {
  return ((e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0] ?? '').trim();
}

/** Where scratch downloads go: RUNNER_TEMP when set, else under the output dir. */
function scratchDir(ctx: ActionContext, outDir: string, name: string): string {
  return ctx.runnerTemp ? path.join(ctx.runnerTemp, 'inferguard', name) : path.join(outDir, '.tmp', name);
}

export async function run(partial: Partial<RunDeps> = {}): Promise<RunOutcome> {
  const deps = { ...defaultDeps(), ...partial };
  const ctx = readActionContext(deps.env);
  let phase: TtfsPhase = 'resolve';
  let inputs: ActionInputs | null = null;
  let outDir: string | null = null;
  try {
    inputs = getInputs();
    configureReportLimits(inputs.reportLimits);
    outDir = path.resolve(ctx.workspace, inputs.outputDir);
    return await runMode(inputs, ctx, outDir, deps, (p) => (phase = p));
  } catch (e) {
    // The run failed before a signal: record it as a TTFS error event (best effort), then rethrow.
    if (inputs && outDir) {
      const event = buildTtfsEvent({
        ...ttfsIds(ctx),
        startedAtMs: deps.startedAtMs,
        signalAtMs: null,
        nowMs: deps.now(),
        signal: null,
        sloTargetMs: inputs.ttfsSloMs,
        release: INFERGUARD_VERSION,
        error: { message: oneLine(e).slice(0, 500), phase },
        offline: !inputs.githubToken,
        outcome: 'failed',
      });
      await writeTtfsEvent(path.join(outDir, TTFS_FILE), event).catch(() => undefined);
    }
    throw e;
  }
}

function ttfsIds(ctx: ActionContext): {
  repository: string;
  jobId: string;
  runId: string | null;
  correlationId: string | null;
} {
  const runKey = `${ctx.repository}/${ctx.runId ?? 'local'}`;
  return {
    repository: ctx.repository,
    jobId: nameToUuid(`${runKey}/${ctx.runAttempt}/${ctx.job}`),
    runId: ctx.runId !== null ? nameToUuid(runKey) : null,
    correlationId: ctx.runId !== null ? `${ctx.runId}/${ctx.runAttempt}/${ctx.job}` : null,
  };
}

/** The GitHub clients of one run, made on first use. */
interface GitHubAccess {
  api: GitHubApi | null;
  findByFor(runId: number): FindBy | null;
  artifacts(): ArtifactClient;
}

function githubAccess(inputs: ActionInputs, ctx: ActionContext, deps: RunDeps): GitHubAccess {
  let client: ArtifactClient | null = null;
  return {
    api: inputs.githubToken ? deps.github(inputs.githubToken) : null,
    findByFor: (runId) =>
      inputs.githubToken && ctx.owner
        ? { token: inputs.githubToken, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo }
        : null,
    artifacts: () => (client ??= deps.artifactClient()),
  };
}

async function runMode(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  deps: RunDeps,
  setPhase: (p: TtfsPhase) => void,
): Promise<RunOutcome> {
  const gh = githubAccess(inputs, ctx, deps);
  // Config and gates are read before anything is downloaded or analyzed: a typo fails fast.
  const config = await loadConfig(inputs.config ? path.resolve(ctx.workspace, inputs.config) : undefined);
  const settings = pipelineSettings(config, inputs.gates, INPUT_NAMES.gates, exitPolicyOf(inputs));
  setPhase('fetch');
  const resultsDir = path.resolve(ctx.workspace, inputs.resultsPath);
  if (inputs.mode !== 'comment' && inputs.artifactPatterns.length > 0)
    await fetchResultArtifacts(inputs, ctx, gh, resultsDir);

  const held: { head?: HeadContext } = {};
  const steps: PipelineSteps = {
    head: async () => {
      setPhase('analyze');
      held.head = await loadHead(inputs, ctx, outDir, resultsDir, config, gh);
      return held.head.report;
    },
    baseline: async () => {
      setPhase('policy');
      return answerBaseline(await resolveBaseline(inputs, ctx, outDir, held.head as HeadContext, gh));
    },
  };
  const run = {
    ...(ctx.repository ? { repository: ctx.repository } : {}),
    ...(ctx.sha ? { sha: ctx.sha } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };
  const outcome = await runPipeline(settings, steps, { suiteKey: inputs.commentKey, run, summary: true });
  setPhase('report');
  const written = await writeOutputs(outDir, outcome, { report: 'both', compare: true, comment: true }, ctx.workspace);
  return publish(inputs, ctx, deps, gh, { outDir, resultsDir, head: held.head as HeadContext, outcome, written });
}

/** The exit policy the action's inputs ask for (fail-on, fail-on-regression, fail-on-findings). */
function exitPolicyOf(inputs: ActionInputs): ExitPolicy {
  return {
    failOn: inputs.failOn,
    failOnRegression: inputs.failOnRegression,
    failOnFindings: inputs.failOnFindings,
  };
}

interface Published {
  outDir: string;
  resultsDir: string;
  head: HeadContext;
  outcome: PipelineOutcome;
  written: WrittenPaths;
}

/** Job summary (the first signal), annotations, sticky comment, TTFS event, artifact, outputs. */
async function publish(
  inputs: ActionInputs,
  ctx: ActionContext,
  deps: RunDeps,
  gh: GitHubAccess,
  p: Published,
): Promise<RunOutcome> {
  const { outcome, head } = p;
  let signalAtMs: number | null = null;
  try {
    await writeJobSummary(outcome.summary ?? '');
    signalAtMs = deps.now();
  } catch (e) {
    log.warning(`job summary not written: ${oneLine(e)}`);
  }
  // Annotations for this run's own findings (not for another run's untrusted report).
  if (inputs.mode !== 'comment') {
    const policy = exitPolicyOf(inputs);
    emitAnnotations(outcome.report.findings, rel(ctx, p.resultsDir), undefined, (f) => findingFails(policy, f));
  }
  if (outcome.gates)
    for (const a of gateAnnotations(outcome.gates).slice(0, 10)) log[a.level](a.message, { title: a.title });

  const commentUrl = (await postComment(inputs, ctx, head, outcome, gh.api)) ?? '';
  if (commentUrl && signalAtMs === null) signalAtMs = deps.now();
  await recordRun(inputs, ctx, deps, p, signalAtMs, gh.api === null);
  const artifactId = await uploadReport(inputs, ctx, p.outDir, p.written.comparePath, gh.artifacts);
  const { decision } = outcome;
  setOutputs({
    [OUTPUT_NAMES.reportPath]: rel(ctx, p.written.reportPath ?? path.join(p.outDir, 'report.json')),
    [OUTPUT_NAMES.comparePath]: p.written.comparePath ? rel(ctx, p.written.comparePath) : '',
    [OUTPUT_NAMES.status]: decision.failed ? 'fail' : 'pass',
    [OUTPUT_NAMES.verdict]: outcome.verdict,
    [OUTPUT_NAMES.criticalCount]: String(decision.counts.critical),
    [OUTPUT_NAMES.warningCount]: String(decision.counts.warning),
    [OUTPUT_NAMES.commentUrl]: commentUrl,
    [OUTPUT_NAMES.artifactId]: artifactId === null ? '' : String(artifactId),
  });
  return decision.failed
    ? { failed: true, message: decision.reasons.map((r) => r.message).join('; ') }
    : { failed: false, message: null };
}

/** The TTFS event and, for a pull request, the PR context the comment workflow reads. */
async function recordRun(
  inputs: ActionInputs,
  ctx: ActionContext,
  deps: RunDeps,
  p: Published,
  signalAtMs: number | null,
  offline: boolean,
): Promise<void> {
  const ttfs = buildTtfsEvent({
    ...ttfsIds(ctx),
    startedAtMs: deps.startedAtMs,
    signalAtMs,
    nowMs: signalAtMs ?? deps.now(),
    signal: signalAtMs === null ? null : 'summary',
    sloTargetMs: inputs.ttfsSloMs,
    release: INFERGUARD_VERSION,
    error:
      signalAtMs === null
        ? { message: 'neither the job summary nor the comment could be written', phase: 'report' }
        : null,
    offline,
    outcome: p.outcome.decision.failed ? 'failed' : 'succeeded',
    metadata: { mode: inputs.mode, verdict: p.outcome.verdict },
  });
  await writeTtfsEvent(path.join(p.outDir, TTFS_FILE), ttfs);
  if (inputs.mode !== 'comment' && ctx.pullRequest && ctx.repository) {
    await writePrContext(path.join(p.outDir, PR_CONTEXT_FILE), {
      schema_version: 'inferguard-pr-context/v1',
      repository: ctx.repository,
      pr_number: ctx.pullRequest.number,
      head_sha: ctx.pullRequest.headSha,
      base_ref: ctx.pullRequest.baseRef,
      run_id: ctx.runId,
    });
  }
}

/** `artifact-pattern`: downloads the matching artifacts of this (or `artifact-run-id`'s) run. */
async function fetchResultArtifacts(
  inputs: ActionInputs,
  ctx: ActionContext,
  gh: GitHubAccess,
  resultsDir: string,
): Promise<void> {
  let findBy: FindBy | null = null;
  if (inputs.artifactRunId !== null) {
    findBy = gh.findByFor(inputs.artifactRunId);
    if (!findBy)
      throw new UsageError(
        `'artifact-run-id' needs 'github-token' (with actions: read) and GITHUB_REPOSITORY, got no token`,
      );
  } else if (!ctx.hasArtifactRuntime) {
    throw new UsageError(
      `'artifact-pattern' needs the Actions artifact runtime (run the action as a workflow step), got none`,
    );
  }
  const startedAt = Date.now();
  const got = await downloadArtifacts(gh.artifacts(), {
    patterns: inputs.artifactPatterns,
    destDir: resultsDir,
    findBy,
    concurrency: inputs.downloadConcurrency,
    limits: inputs.artifactLimits,
  });
  log.info(
    `Downloaded ${got.length} artifact(s) matching ${inputs.artifactPatterns.join(', ')} into ${rel(ctx, resultsDir)} in ${((Date.now() - startedAt) / 1000).toFixed(2)} s (${inputs.downloadConcurrency} at a time)`,
  );
  if (got.length === 0) throw new NoReportError(`no artifact matches '${inputs.artifactPatterns.join(', ')}'`);
}

/** The head report of the mode: analyze the results dir, merge shard reports, or read the triggering run's. */
async function loadHead(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  resultsDir: string,
  config: AnalyzerConfig,
  gh: GitHubAccess,
): Promise<HeadContext> {
  if (inputs.mode === 'comment') return commentHead(inputs, ctx, outDir, gh);
  const report =
    inputs.mode === 'merge'
      ? await mergeHead(ctx, outDir, resultsDir, config)
      : await analyzeHead(inputs, ctx, outDir, resultsDir, config);
  const pr = ctx.pullRequest;
  return {
    report,
    pr: pr ? { number: pr.number, baseRef: pr.baseRef, baseSha: pr.baseSha } : null,
    prRefusal: null,
    runId: ctx.runId,
    workflowId: null,
  };
}

async function analyzeHead(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  resultsDir: string,
  config: AnalyzerConfig,
): Promise<Report> {
  return readResultsDir(
    {
      resultsDir,
      outputDir: outDir,
      strict: inputs.strict,
      gpuHourCost: inputs.gpuHourCost,
      currency: inputs.currency,
      priceTable: inputs.priceTable ? path.resolve(ctx.workspace, inputs.priceTable) : undefined,
      gpus: inputs.gpus,
      ...(inputs.hardware !== undefined ? { hardware: inputs.hardware } : {}),
      ...(inputs.labels !== undefined ? { labels: inputs.labels } : {}),
      cwd: ctx.workspace,
    },
    config,
  );
}

async function mergeHead(
  ctx: ActionContext,
  outDir: string,
  resultsDir: string,
  config: AnalyzerConfig,
): Promise<Report> {
  const { shards, problems } = await readShardReports(resultsDir, outDir);
  if (shards.length === 0) {
    throw new NoReportError(
      `no usable shard report.json under ${rel(ctx, resultsDir)}${problems[0] ? ` (${problems[0].source}: ${problems[0].message})` : ''}`,
    );
  }
  const merged = toWireReport(
    mergeReports(shards, problems, {
      generatedAt: new Date().toISOString(),
      version: INFERGUARD_VERSION,
      thresholds: config.thresholds,
      inputRoot: displayRoot(resultsDir, ctx.workspace),
    }),
  );
  log.info(`Merged ${shards.length} shard report(s) into ${merged.cells.length} cell(s)`);
  return merged;
}

/** workflow_run: the triggering run's report (untrusted) and its PR, confirmed through the API. */
async function commentHead(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  gh: GitHubAccess,
): Promise<HeadContext> {
  const wr = ctx.workflowRun;
  if (!wr) throw new UsageError(`mode 'comment' runs on a workflow_run event, got '${ctx.eventName || 'none'}'`);
  const findBy = gh.findByFor(wr.id);
  const api = gh.api;
  if (!api || !findBy)
    throw new UsageError(`mode 'comment' needs 'github-token' (actions: read, pull-requests: write), got no token`);
  const dir = scratchDir(ctx, outDir, `run-${wr.id}`);
  let listed;
  try {
    listed = await gh.artifacts().getArtifact(inputs.reportArtifact, { findBy });
  } catch (e) {
    throw toArtifactError(`lookup of '${inputs.reportArtifact}' in run ${wr.id}`, e);
  }
  await downloadOne(gh.artifacts(), listed.artifact, dir, findBy, inputs.artifactLimits);
  const load = await loadReportFile(path.join(dir, 'report.json'), `run ${wr.id}`);
  if (!load.ok) throw new NoReportError(load.reason);
  const fromArtifact = await readPrContext(path.join(dir, PR_CONTEXT_FILE));
  const candidate =
    wr.pullRequests[0] ?? (fromArtifact && fromArtifact.repository === ctx.repository ? fromArtifact.pr_number : null);
  let pr: HeadContext['pr'] = null;
  let prRefusal: string | null = null;
  if (candidate === null) prRefusal = `run ${wr.id} is not linked to a pull request`;
  else {
    const check = await confirmPullRequest(api, {
      owner: ctx.owner,
      repo: ctx.repo,
      number: candidate,
      headSha: wr.headSha,
    });
    if (check.ok) pr = { number: check.number, baseRef: check.baseRef, baseSha: check.baseSha };
    else prRefusal = check.reason;
  }
  if (prRefusal) log.warning(prRefusal);
  return { report: load.report, pr, prRefusal, runId: wr.id, workflowId: wr.workflowId };
}

type BaselineResult =
  (ReportLoad & { ok: true; runId: number | null; source: string; history?: Report[] }) | { ok: false; reason: string };

/** The comment's verdict-line note for a baseline result (also logged). */
function answerBaseline(b: BaselineResult): BaselineAnswer {
  const note = b.ok ? (b.history ? b.source : b.runId !== null ? `run ${b.runId}` : b.source) : b.reason;
  log.info(b.ok ? `baseline: ${note}` : `no baseline: ${note}`);
  return { report: b.ok ? (b.history ?? b.report) : null, note };
}

async function resolveBaseline(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  head: HeadContext,
  gh: GitHubAccess,
): Promise<BaselineResult> {
  const spec = inputs.baseline;
  if (spec.kind === 'none') return { ok: false, reason: "'baseline' is none" };
  if (spec.kind === 'path') {
    const load = await loadReportFile(path.resolve(ctx.workspace, spec.path), spec.path);
    if (!load.ok) throw new UsageError(`'baseline' ${load.reason}`);
    return { ...load, runId: null, source: spec.path };
  }
  const runDir = (id: number): string => scratchDir(ctx, outDir, `baseline-${id}`);
  if (spec.kind === 'run') return loadBaselineRun(inputs, spec.runId, runDir(spec.runId), gh);
  return findBaselineHistory(inputs, ctx, head, gh, runDir);
}

/** `baseline: <run id>`: that run's report artifact, or a UsageError saying why not. */
async function loadBaselineRun(
  inputs: ActionInputs,
  runId: number,
  dir: string,
  { findByFor, artifacts }: GitHubAccess,
): Promise<BaselineResult> {
  const findBy = findByFor(runId);
  if (!findBy) throw new UsageError(`'baseline' ${runId} needs 'github-token' (actions: read), got no token`);
  let listed;
  try {
    listed = await artifacts().getArtifact(inputs.reportArtifact, { findBy });
  } catch (e) {
    throw toArtifactError(`lookup of baseline '${inputs.reportArtifact}' in run ${runId}`, e);
  }
  const load = await downloadBaselineReport(
    artifacts(),
    {
      runId,
      headSha: '',
      artifactId: listed.artifact.id,
      artifactName: listed.artifact.name,
      digest: listed.artifact.digest ?? null,
    },
    { dir, findBy, limits: inputs.artifactLimits },
  );
  if (!load.ok) throw new UsageError(`'baseline' ${load.reason}`);
  return { ...load, runId, source: `run ${runId}` };
}

/**
 * `baseline: auto`: the base branch's recent runs of this workflow (merge base first), their
 * reports downloaded; a lookup failure is a warning and no baseline, never a failed step.
 */
async function findBaselineHistory(
  inputs: ActionInputs,
  ctx: ActionContext,
  head: HeadContext,
  { api, findByFor, artifacts }: GitHubAccess,
  runDir: (runId: number) => string,
): Promise<BaselineResult> {
  if (!api) return { ok: false, reason: 'no github-token, so no baseline lookup' };
  const branch = inputs.baseBranch || head.pr?.baseRef || ctx.defaultBranch;
  if (!branch) return { ok: false, reason: 'no base branch (not a pull request; set base-branch)' };
  try {
    let workflowId = head.workflowId;
    if (workflowId === null) {
      if (head.runId === null) return { ok: false, reason: 'GITHUB_RUN_ID is not set' };
      workflowId = await getWorkflowId(api, { owner: ctx.owner, repo: ctx.repo, runId: head.runId });
    }
    const found = await findBaselineRuns(api, {
      owner: ctx.owner,
      repo: ctx.repo,
      workflowId,
      branch,
      artifactName: inputs.reportArtifact,
      preferSha: head.pr?.baseSha ?? null,
      excludeRunId: head.runId,
      limit: inputs.baselineHistory,
    });
    if (found.runs.length === 0) return { ok: false, reason: found.reason ?? 'no baseline run' };
    const hist = await downloadBaselineHistory(artifacts(), found.runs, {
      dirFor: runDir,
      findByFor: (id) => findByFor(id) as FindBy,
      limits: inputs.artifactLimits,
    });
    for (const sk of hist.skipped) log.warning(`baseline run ${sk.run.runId} not used: ${sk.reason}`);
    return historyResult(found, hist, head.pr?.baseSha ?? null);
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('baseline lookup', e);
    log.warning(`baseline not used: ${err.message}`);
    return { ok: false, reason: err.message };
  }
}

/** The newest loaded base report, the history when there is more than one, and a note counting what was skipped. */
function historyResult(found: BaselineHistory, hist: HistoryLoad, baseSha: string | null): BaselineResult {
  const first = hist.loaded[0];
  if (!first) {
    const reason = hist.skipped[0]?.reason ?? 'no baseline report could be loaded';
    return { ok: false, reason };
  }
  const skipped = found.expired + found.missing + hist.skipped.length;
  const preferred = baseSha && first.run.headSha === baseSha ? ' (merge base first)' : '';
  const source =
    hist.loaded.length === 1
      ? `run ${first.run.runId}`
      : `${hist.loaded.length} base runs${preferred}, newest run ${first.run.runId}`;
  const note = `${source}${skipped > 0 ? `; ${skipped} skipped (${found.expired} expired, ${found.missing} without the artifact, ${hist.skipped.length} unusable)` : ''}`;
  return {
    ok: true,
    report: first.report,
    runId: first.run.runId,
    source: note,
    ...(hist.loaded.length > 1 || skipped > 0 ? { history: hist.loaded.map((l) => l.report) } : {}),
  };
}

/** Posts or updates the sticky comment per the `comment` policy; returns its URL or null. */
async function postComment(
  inputs: ActionInputs,
  ctx: ActionContext,
  head: HeadContext,
  outcome: PipelineOutcome,
  api: GitHubApi | null,
): Promise<string | null> {
  if (inputs.comment === 'never' || outcome.comment === null) return null;
  if (!head.pr) {
    const why = head.prRefusal ?? 'this run is not for a pull request';
    if (inputs.comment === 'always') log.warning(`comment skipped: ${why}`);
    else log.info(`comment skipped: ${why}`);
    return null;
  }
  if (!api) {
    log.warning(`comment skipped: no github-token`);
    return null;
  }
  const counts = outcome.decision.counts;
  const body = outcome.comment;
  const worthSaying =
    counts.critical > 0 || counts.warning > 0 || outcome.verdict === 'REGRESSION' || outcome.verdict === 'IMPROVEMENT';
  try {
    const res = await upsertComment(api, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: head.pr.number,
      marker: commentMarker(inputs.commentKey),
      author: inputs.commentAuthor,
      body,
      createIfMissing: inputs.comment !== 'on-change' || worthSaying,
    });
    if (!res) {
      log.info('comment skipped: nothing changed worth a new comment (comment: on-change)');
      return null;
    }
    if (res.impostors > 0)
      log.info(`ignored ${res.impostors} comment(s) carrying our marker but not written by ${inputs.commentAuthor}`);
    if (res.duplicates > 0)
      log.warning(`found ${res.duplicates + 1} comments of ours on PR #${head.pr.number}; updated the oldest`);
    log.info(`comment ${res.action}: ${res.url}`);
    return res.url;
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('comment upsert', e);
    if (isPermissionError(err))
      log.warning(
        `comment skipped: the token cannot write to this pull request (a fork PR's read-only token?): ${err.message}`,
      );
    else log.warning(`comment skipped: ${err.message}`);
    return null;
  }
}

/** Uploads report.json, report.md, compare.json, comment.md, ttfs.json (and the PR context). */
async function uploadReport(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  comparePath: string | null,
  artifacts: () => ArtifactClient,
): Promise<number | null> {
  if (!ctx.hasArtifactRuntime) {
    log.info('report artifact not uploaded: no Actions artifact runtime (local run)');
    return null;
  }
  const names = ['report.json', 'report.md', 'comment.md', TTFS_FILE, ...(comparePath ? ['compare.json'] : [])];
  if (inputs.mode !== 'comment' && ctx.pullRequest) names.push(PR_CONTEXT_FILE);
  const files: string[] = [];
  for (const n of names.sort()) {
    const p = path.join(outDir, n);
    try {
      await readFile(p);
      files.push(p);
    } catch {
      // not written in this mode
    }
  }
  const name = inputs.mode === 'comment' ? `${inputs.reportArtifact}-comment` : inputs.reportArtifact;
  try {
    await mkdirs(outDir);
    const res = await uploadArtifact(artifacts(), { name, files, rootDir: outDir });
    log.info(`uploaded artifact '${name}' (id ${res.id ?? '?'})`);
    return res.id;
  } catch (e) {
    const err = toArtifactError(`upload of '${name}'`, e);
    if (err.status === 409)
      log.warning(`report artifact not uploaded: '${name}' already exists in this run (a re-run?): ${err.message}`);
    else log.warning(`report artifact not uploaded: ${err.message}`);
    return null;
  }
}
