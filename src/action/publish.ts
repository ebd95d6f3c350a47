/**
 * What a finished pipeline run publishes, in order: the job summary (the first signal),
 * annotations, the sticky comment, the check run, the TTFS event and PR context, the report
 * artifact, the durable history entry (a push run on the base branch with `history-branch`,
 * src/action/history.ts), the step outputs. GitHub write failures are warnings; the summary, outputs and artifact are still written.
 */
import path from 'node:path';
import { findingFails } from '../core/exit-policy.js';
import { gateAnnotations } from '../core/gates/index.js';
import type { ActionInputs } from '../inputs.js';
import type { ActionContext } from '../io/github/context.js';
import { PR_CONTEXT_FILE, writePrContext } from '../io/github/records.js';
import { emitAnnotations, writeJobSummary } from '../io/github/summary.js';
import { log } from '../io/log.js';
import type { WrittenPaths } from '../io/outputs.js';
import type { PipelineOutcome, PipelineSettings } from '../pipeline.js';
import { publishCheckRun } from './check-run.js';
import { postComment } from './comment.js';
import type { GitHubAccess, RunDeps, RunOutcome } from './deps.js';
import type { HeadContext } from './head-context.js';
import { recordHistory } from './history.js';
import { writeStepOutputs } from './outputs.js';
import { oneLine, rel } from './paths.js';
import { recordTtfs, type TtfsEnd } from './ttfs.js';
import { uploadReport } from './upload.js';

export interface Finished {
  settings: PipelineSettings;
  outDir: string;
  resultsDir: string;
  outcome: PipelineOutcome<HeadContext>;
  written: WrittenPaths;
}

export async function publish(
  inputs: ActionInputs,
  ctx: ActionContext,
  deps: RunDeps,
  gh: GitHubAccess,
  p: Finished,
): Promise<RunOutcome> {
  const { outcome } = p;
  let signal: TtfsEnd['signal'] = null;
  try {
    await writeJobSummary(outcome.summary ?? '');
    signal = { atMs: deps.now(), kind: 'summary' };
  } catch (e) {
    log.warning(`job summary not written: ${oneLine(e)}`);
  }
  // Annotations for this run's own findings (not for another run's untrusted report).
  if (!outcome.context.untrusted)
    emitAnnotations(outcome.report.findings, rel(ctx, p.resultsDir), undefined, (f) =>
      findingFails(p.settings.policy, f),
    );
  if (outcome.gates)
    for (const a of gateAnnotations(outcome.gates).slice(0, 10)) log[a.level](a.message, { title: a.title });

  const commentUrl = (await postComment(inputs, ctx, outcome, gh.api)) ?? '';
  if (commentUrl && signal === null) signal = { atMs: deps.now(), kind: 'comment' };
  const check = await publishCheckRun({
    inputs,
    ctx,
    api: gh.api,
    outcome,
    policy: p.settings.policy,
    fileRoot: rel(ctx, p.resultsDir),
    commentUrl: commentUrl || null,
  });
  await recordTtfs(ctx, inputs, deps, p.outDir, {
    signal,
    error:
      signal === null ? { message: 'neither the job summary nor the comment could be written', phase: 'report' } : null,
    outcome: outcome.decision.failed ? 'failed' : 'succeeded',
    metadata: { mode: inputs.mode, verdict: outcome.verdict },
  });
  await recordPrContext(ctx, outcome.context, p.outDir);
  const artifactId = await uploadReport(inputs, ctx, p.outDir, p.written.comparePath, gh.artifacts);
  await recordHistory(inputs, ctx, deps.env, gh.api, {
    report: outcome.report,
    untrusted: outcome.context.untrusted,
    failed: outcome.decision.failed,
    nowMs: deps.now(),
  });
  writeStepOutputs(ctx, p.outDir, outcome, p.written, { commentUrl, artifactId, checkRunId: check?.id ?? null });
  const { decision } = outcome;
  return decision.failed
    ? { failed: true, message: decision.reasons.map((r) => r.message).join('; ') }
    : { failed: false, message: null };
}

/** For a pull request analyzed in this run: the PR context the comment workflow reads. */
async function recordPrContext(ctx: ActionContext, head: HeadContext, outDir: string): Promise<void> {
  if (head.untrusted || !ctx.pullRequest || !ctx.repository) return;
  await writePrContext(path.join(outDir, PR_CONTEXT_FILE), {
    schema_version: 'inferguard-pr-context/v1',
    repository: ctx.repository,
    pr_number: ctx.pullRequest.number,
    head_sha: ctx.pullRequest.headSha,
    base_ref: ctx.pullRequest.baseRef,
    run_id: ctx.runId,
  });
}
