/**
 * The action, wired: inputs → artifacts in → analyze / merge / read the triggering run's report →
 * baseline → compare → comment body → job summary (first signal) → annotations → sticky comment →
 * TTFS event → report artifact out → outputs. Returns the outcome; src/main.ts alone calls
 * core.setFailed. GitHub write failures (fork PRs, 403, 409) become warnings and the summary,
 * outputs and artifact are still written.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from './io/log.js';
import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';
import { compareOptionsFromConfig, compareReports } from './core/compare/index.js';
import { evaluateGates, gateAnnotations, gatesExitCode, parseGateLines, parseGates } from './core/gates/index.js';
import { exitCodeFor, countFindings } from './core/exit-code.js';
import { mergeReports, type ShardProblem, type ShardReport } from './core/merge-reports.js';
import { buildTtfsEvent, type TtfsPhase } from './core/ttfs.js';
import { UsageError, type Report } from './core/types.js';
import type { AnalyzerConfig } from './core/config.js';
import { getInputs, INPUT_NAMES, type ActionInputs } from './inputs.js';
import { toWireReport } from './core/analyze.js';
import { analyzeResultsDir, displayRoot, loadConfig, NoReportError } from './io/analyze-dir.js';
import { downloadArtifacts, downloadOne, toArtifactError, uploadArtifact, type FindBy } from './io/github/artifacts.js';
import { downloadBaselineReport, findBaselineRun, loadReportFile, type ReportLoad } from './io/github/baseline.js';
import { fitCommentBody, upsertComment } from './io/github/comment.js';
import { nameToUuid, readActionContext, type ActionContext } from './io/github/context.js';
import { GitHubApiError, isPermissionError, toApiError } from './io/github/errors.js';
import { asGitHubApi, createOctokit, type GitHubApi } from './io/github/octokit.js';
import { confirmPullRequest, getWorkflowId } from './io/github/pull-request.js';
import { PR_CONTEXT_FILE, readPrContext, TTFS_FILE, writePrContext, writeTtfsEvent } from './io/github/records.js';
import { emitAnnotations, setOutputs, writeJobSummary } from './io/github/summary.js';
import { configureReportLimits } from './io/untrusted-report.js';
import { writeFileAtomic, writeJsonValidated } from './io/write.js';
import { validateContract } from './schemas/validate.js';
import { commentMarker, renderComment } from './render/comment.js';
import { renderReportMarkdown } from './render/report-md.js';
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

/** Verdict output when there was nothing to compare against. */
export const NO_BASELINE_VERDICT = 'NO_BASELINE';

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

type Diff = ReturnType<typeof compareReports>;

interface HeadReport {
  report: Report;
  /** Absolute path of the report.json the outputs point to. */
  reportPath: string;
  markdown: string;
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

async function runMode(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  deps: RunDeps,
  setPhase: (p: TtfsPhase) => void,
): Promise<RunOutcome> {
  const api = inputs.githubToken ? deps.github(inputs.githubToken) : null;
  const findByFor = (runId: number): FindBy | null =>
    inputs.githubToken && ctx.owner
      ? { token: inputs.githubToken, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo }
      : null;
  let client: ArtifactClient | null = null;
  const artifacts = (): ArtifactClient => (client ??= deps.artifactClient());
  // Config and gates are read before anything is downloaded or analyzed: a typo fails fast.
  const config = await loadConfig(inputs.config ? path.resolve(ctx.workspace, inputs.config) : undefined);
  const gates = [...parseGates(config.gates), ...parseGateLines(inputs.gates, INPUT_NAMES.gates)];

  // 1. Artifacts in (analyze / merge).
  setPhase('fetch');
  const resultsDir = path.resolve(ctx.workspace, inputs.resultsPath);
  if (inputs.mode !== 'comment' && inputs.artifactPatterns.length > 0) {
    let findBy: FindBy | null = null;
    if (inputs.artifactRunId !== null) {
      findBy = findByFor(inputs.artifactRunId);
      if (!findBy)
        throw new UsageError(
          `'artifact-run-id' needs 'github-token' (with actions: read) and GITHUB_REPOSITORY, got no token`,
        );
    } else if (!ctx.hasArtifactRuntime) {
      throw new UsageError(
        `'artifact-pattern' needs the Actions artifact runtime (run the action as a workflow step), got none`,
      );
    }
    const got = await downloadArtifacts(artifacts(), {
      patterns: inputs.artifactPatterns,
      destDir: resultsDir,
      findBy,
      concurrency: inputs.downloadConcurrency,
      limits: inputs.artifactLimits,
    });
    log.info(
      `Downloaded ${got.length} artifact(s) matching ${inputs.artifactPatterns.join(', ')} into ${rel(ctx, resultsDir)}`,
    );
    if (got.length === 0) throw new NoReportError(`no artifact matches '${inputs.artifactPatterns.join(', ')}'`);
  }

  // 2. The head report.
  setPhase('analyze');
  const head =
    inputs.mode === 'analyze'
      ? await analyzeHead(inputs, ctx, outDir, resultsDir, config)
      : inputs.mode === 'merge'
        ? await mergeHead(inputs, ctx, outDir, resultsDir, config)
        : await commentHead(inputs, ctx, outDir, api, artifacts, findByFor);

  // 3. Baseline and compare.
  setPhase('policy');
  let baseline = await resolveBaseline(inputs, ctx, outDir, head, api, artifacts, findByFor);
  let diff: Diff | null = null;
  let comparePath: string | null = null;
  if (baseline.ok) {
    diff = compareReports(baseline.report, head.report, compareOptionsFromConfig(config));
    // A baseline we did not write can still hold values whose comparison is not representable:
    // that is "no baseline" with the reason, never a failed step.
    const check = validateContract(diff.schema_version, diff);
    if (!check.ok) {
      const reason = `the comparison with ${baseline.runId !== null ? `run ${baseline.runId}` : baseline.source} does not satisfy ${diff.schema_version} (${check.errors[0] ?? 'invalid'}); baseline not used`;
      log.warning(reason);
      baseline = { ok: false, reason };
      diff = null;
    }
  }
  // Every gate (report and diff paths) is evaluated once the diff, if any, exists.
  const gatesBlock = gates.length > 0 ? evaluateGates(gates, { report: head.report, diff }) : null;
  if (gatesBlock) head.report.gates = gatesBlock;
  if (diff) {
    if (gatesBlock) (diff as Diff & { gates?: unknown }).gates = gatesBlock;
    comparePath = path.join(outDir, 'compare.json');
    await writeJsonValidated(comparePath, diff.schema_version, diff);
  }
  // Shown in the comment's verdict line (which already says whether there was a baseline).
  const baselineNote = baseline.ok
    ? baseline.runId !== null
      ? `run ${baseline.runId}`
      : baseline.source
    : baseline.reason;
  log.info(baseline.ok ? `baseline: ${baselineNote}` : `no baseline: ${baselineNote}`);

  // 4. Render; the job summary is the first signal.
  setPhase('report');
  const rawBody = renderComment({
    head: head.report,
    diff,
    suiteKey: inputs.commentKey,
    run: {
      ...(ctx.repository ? { repository: ctx.repository } : {}),
      ...(ctx.sha ? { sha: ctx.sha } : {}),
      ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
      baselineNote,
    },
  });
  const body = fitCommentBody(
    rawBody,
    `The comment was cut to fit GitHub's size limit. The full report is in the job summary${ctx.runUrl ? ` of [this run](${ctx.runUrl})` : ''} and in the \`${inputs.reportArtifact}\` artifact.`,
  );
  await writeFileAtomic(path.join(outDir, 'comment.md'), body);
  const summary = `${body.replace(/^<!--[^\n]*-->\n?/, '')}\n\n<details><summary>Full report</summary>\n\n${head.markdown}\n</details>\n`;
  let signalAtMs: number | null = null;
  try {
    await writeJobSummary(summary);
    signalAtMs = deps.now();
  } catch (e) {
    log.warning(`job summary not written: ${oneLine(e)}`);
  }

  // 5. Annotations for this run's own findings (not for another run's untrusted report).
  if (inputs.mode !== 'comment') emitAnnotations(head.report.findings, rel(ctx, resultsDir));
  if (gatesBlock) for (const a of gateAnnotations(gatesBlock).slice(0, 10)) log[a.level](a.message, { title: a.title });

  // 6. Gate.
  const verdict = diff ? diff.verdict.verdict : NO_BASELINE_VERDICT;
  const code = exitCodeFor(head.report.findings, inputs.failOn);
  const counts = countFindings(head.report.findings);
  const failures: string[] = [];
  if (code !== 0) {
    const first = head.report.findings.find((f) => f.severity === 'critical') ?? head.report.findings[0];
    failures.push(
      `${counts.critical} critical and ${counts.warning} warning finding(s) reach fail-on '${inputs.failOn}'${first ? `; first: ${first.message}` : ''}`,
    );
  }
  if (gatesBlock && gatesExitCode(gatesBlock) !== 0) {
    const g = gatesBlock.summary;
    const first = gatesBlock.results.find((r) => r.severity === 'error' && r.outcome !== 'pass');
    failures.push(
      `${g.blocking_failures} gate result(s) did not pass (${g.failed} failed, ${g.not_found} not found, ${g.conflict} conflict, ${g.error} error)${first ? `; first: ${first.message}` : ''}`,
    );
  }
  if (inputs.failOnRegression && verdict === 'REGRESSION')
    failures.push('the comparison with the baseline found a REGRESSION (fail-on-regression)');

  // 7. Sticky comment.
  let commentUrl = '';
  const commentResult = await postComment(inputs, ctx, head, body, diff, counts, api);
  if (commentResult) {
    commentUrl = commentResult;
    if (signalAtMs === null) signalAtMs = deps.now();
  }

  // 8. TTFS event, PR context, artifact out.
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
    offline: api === null,
    outcome: failures.length > 0 ? 'failed' : 'succeeded',
    metadata: { mode: inputs.mode, verdict },
  });
  await writeTtfsEvent(path.join(outDir, TTFS_FILE), ttfs);
  if (inputs.mode !== 'comment' && ctx.pullRequest && ctx.repository) {
    await writePrContext(path.join(outDir, PR_CONTEXT_FILE), {
      schema_version: 'inferguard-pr-context/v1',
      repository: ctx.repository,
      pr_number: ctx.pullRequest.number,
      head_sha: ctx.pullRequest.headSha,
      base_ref: ctx.pullRequest.baseRef,
      run_id: ctx.runId,
    });
  }
  const artifactId = await uploadReport(inputs, ctx, outDir, head, comparePath, artifacts);

  // 9. Outputs.
  setOutputs({
    [OUTPUT_NAMES.reportPath]: rel(ctx, head.reportPath),
    [OUTPUT_NAMES.comparePath]: comparePath ? rel(ctx, comparePath) : '',
    [OUTPUT_NAMES.status]: failures.length > 0 ? 'fail' : 'pass',
    [OUTPUT_NAMES.verdict]: verdict,
    [OUTPUT_NAMES.criticalCount]: String(counts.critical),
    [OUTPUT_NAMES.warningCount]: String(counts.warning),
    [OUTPUT_NAMES.commentUrl]: commentUrl,
    [OUTPUT_NAMES.artifactId]: artifactId === null ? '' : String(artifactId),
  });
  return failures.length > 0 ? { failed: true, message: failures.join('; ') } : { failed: false, message: null };
}

async function analyzeHead(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  resultsDir: string,
  config: AnalyzerConfig,
): Promise<HeadReport> {
  const res = await analyzeResultsDir({
    resultsDir,
    outputDir: outDir,
    format: 'both',
    strict: inputs.strict,
    config,
    gateLines: inputs.gates,
    gpuHourCost: inputs.gpuHourCost,
    currency: inputs.currency,
    priceTable: inputs.priceTable ? path.resolve(ctx.workspace, inputs.priceTable) : undefined,
    gpus: inputs.gpus,
    cwd: ctx.workspace,
  });
  return {
    report: res.report,
    reportPath: res.reportPath ?? path.join(outDir, 'report.json'),
    markdown: res.markdown,
    pr: ctx.pullRequest
      ? { number: ctx.pullRequest.number, baseRef: ctx.pullRequest.baseRef, baseSha: ctx.pullRequest.baseSha }
      : null,
    prRefusal: null,
    runId: ctx.runId,
    workflowId: null,
  };
}

/** Every report.json below `dir` (relative POSIX paths, sorted), skipping our own output dir. */
async function findShardReports(dir: string, skip: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string, depth: number): Promise<void> {
    if (depth > 8 || path.resolve(d) === skip) return;
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile() && e.name === 'report.json') out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  }
  await walk(dir, 0);
  return out.sort();
}

async function mergeHead(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  resultsDir: string,
  config: AnalyzerConfig,
): Promise<HeadReport> {
  const files = await findShardReports(resultsDir, outDir);
  const shards: ShardReport[] = [];
  const problems: ShardProblem[] = [];
  for (const f of files) {
    const load = await loadReportFile(path.join(resultsDir, f), f);
    if (load.ok) shards.push({ source: f, report: load.report });
    else
      problems.push({
        source: f,
        message: load.reason.replace(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*`), ''),
      });
  }
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
  const reportPath = path.join(outDir, 'report.json');
  await writeJsonValidated(reportPath, 'inferguard-analyze/v1', merged);
  const markdown = renderReportMarkdown(merged);
  await writeFileAtomic(path.join(outDir, 'report.md'), markdown);
  log.info(`Merged ${shards.length} shard report(s) into ${merged.cells.length} cell(s)`);
  return {
    report: merged,
    reportPath,
    markdown,
    pr: ctx.pullRequest
      ? { number: ctx.pullRequest.number, baseRef: ctx.pullRequest.baseRef, baseSha: ctx.pullRequest.baseSha }
      : null,
    prRefusal: null,
    runId: ctx.runId,
    workflowId: null,
  };
}

/** workflow_run: the triggering run's report (untrusted) and its PR, confirmed through the API. */
async function commentHead(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  api: GitHubApi | null,
  artifacts: () => ArtifactClient,
  findByFor: (runId: number) => FindBy | null,
): Promise<HeadReport> {
  const wr = ctx.workflowRun;
  if (!wr) throw new UsageError(`mode 'comment' runs on a workflow_run event, got '${ctx.eventName || 'none'}'`);
  const findBy = findByFor(wr.id);
  if (!api || !findBy)
    throw new UsageError(`mode 'comment' needs 'github-token' (actions: read, pull-requests: write), got no token`);
  const dir = scratchDir(ctx, outDir, `run-${wr.id}`);
  let listed;
  try {
    listed = await artifacts().getArtifact(inputs.reportArtifact, { findBy });
  } catch (e) {
    throw toArtifactError(`lookup of '${inputs.reportArtifact}' in run ${wr.id}`, e);
  }
  await downloadOne(artifacts(), listed.artifact, dir, findBy, inputs.artifactLimits);
  const load = await loadReportFile(path.join(dir, 'report.json'), `run ${wr.id}`);
  if (!load.ok) throw new NoReportError(load.reason);
  const markdown = renderReportMarkdown(load.report);
  // Keep a validated copy in our output dir: outputs never point into scratch space.
  const reportPath = path.join(outDir, 'report.json');
  await writeJsonValidated(reportPath, 'inferguard-analyze/v1', load.report);

  const fromArtifact = await readPrContext(path.join(dir, PR_CONTEXT_FILE));
  const candidate =
    wr.pullRequests[0] ?? (fromArtifact && fromArtifact.repository === ctx.repository ? fromArtifact.pr_number : null);
  let pr: HeadReport['pr'] = null;
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
  return { report: load.report, reportPath, markdown, pr, prRefusal, runId: wr.id, workflowId: wr.workflowId };
}

type BaselineResult = (ReportLoad & { ok: true; runId: number | null; source: string }) | { ok: false; reason: string };

async function resolveBaseline(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  head: HeadReport,
  api: GitHubApi | null,
  artifacts: () => ArtifactClient,
  findByFor: (runId: number) => FindBy | null,
): Promise<BaselineResult> {
  const spec = inputs.baseline;
  if (spec.kind === 'none') return { ok: false, reason: "'baseline' is none" };
  if (spec.kind === 'path') {
    const load = await loadReportFile(path.resolve(ctx.workspace, spec.path), spec.path);
    if (!load.ok) throw new UsageError(`'baseline' ${load.reason}`);
    return { ...load, runId: null, source: spec.path };
  }
  const runDir = (id: number): string => scratchDir(ctx, outDir, `baseline-${id}`);
  if (spec.kind === 'run') {
    const findBy = findByFor(spec.runId);
    if (!findBy) throw new UsageError(`'baseline' ${spec.runId} needs 'github-token' (actions: read), got no token`);
    let listed;
    try {
      listed = await artifacts().getArtifact(inputs.reportArtifact, { findBy });
    } catch (e) {
      throw toArtifactError(`lookup of baseline '${inputs.reportArtifact}' in run ${spec.runId}`, e);
    }
    const load = await downloadBaselineReport(
      artifacts(),
      {
        runId: spec.runId,
        headSha: '',
        artifactId: listed.artifact.id,
        artifactName: listed.artifact.name,
        digest: listed.artifact.digest ?? null,
      },
      { dir: runDir(spec.runId), findBy, limits: inputs.artifactLimits },
    );
    if (!load.ok) throw new UsageError(`'baseline' ${load.reason}`);
    return { ...load, runId: spec.runId, source: `run ${spec.runId}` };
  }
  // auto
  if (!api) return { ok: false, reason: 'no github-token, so no baseline lookup' };
  const branch = inputs.baseBranch || head.pr?.baseRef || ctx.defaultBranch;
  if (!branch) return { ok: false, reason: 'no base branch (not a pull request; set base-branch)' };
  try {
    let workflowId = head.workflowId;
    if (workflowId === null) {
      if (head.runId === null) return { ok: false, reason: 'GITHUB_RUN_ID is not set' };
      workflowId = await getWorkflowId(api, { owner: ctx.owner, repo: ctx.repo, runId: head.runId });
    }
    const found = await findBaselineRun(api, {
      owner: ctx.owner,
      repo: ctx.repo,
      workflowId,
      branch,
      artifactName: inputs.reportArtifact,
      preferSha: head.pr?.baseSha ?? null,
      excludeRunId: head.runId,
    });
    if (!found.found) return { ok: false, reason: found.reason };
    const findBy = findByFor(found.run.runId) as FindBy;
    const load = await downloadBaselineReport(artifacts(), found.run, {
      dir: runDir(found.run.runId),
      findBy,
      limits: inputs.artifactLimits,
    });
    if (!load.ok) {
      log.warning(`baseline not used: ${load.reason}`);
      return { ok: false, reason: load.reason };
    }
    return { ...load, runId: found.run.runId, source: `run ${found.run.runId}` };
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('baseline lookup', e);
    log.warning(`baseline not used: ${err.message}`);
    return { ok: false, reason: err.message };
  }
}

/** Posts or updates the sticky comment per the `comment` policy; returns its URL or null. */
async function postComment(
  inputs: ActionInputs,
  ctx: ActionContext,
  head: HeadReport,
  body: string,
  diff: Diff | null,
  counts: ReturnType<typeof countFindings>,
  api: GitHubApi | null,
): Promise<string | null> {
  if (inputs.comment === 'never') return null;
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
  const worthSaying =
    counts.critical > 0 ||
    counts.warning > 0 ||
    diff?.verdict.verdict === 'REGRESSION' ||
    diff?.verdict.verdict === 'IMPROVEMENT';
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
  head: HeadReport,
  comparePath: string | null,
  artifacts: () => ArtifactClient,
): Promise<number | null> {
  if (!ctx.hasArtifactRuntime) {
    log.info('report artifact not uploaded: no Actions artifact runtime (local run)');
    return null;
  }
  const names = ['report.json', 'report.md', 'comment.md', TTFS_FILE, ...(comparePath ? ['compare.json'] : [])];
  if (inputs.mode !== 'comment' && ctx.pullRequest) names.push(PR_CONTEXT_FILE);
  if (inputs.mode === 'comment') await writeFileAtomic(path.join(outDir, 'report.md'), head.markdown);
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
    await mkdir(outDir, { recursive: true });
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
