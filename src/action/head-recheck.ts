/**
 * mode recheck (a pull_request_target `labeled` / `unlabeled` event, or any event with a PR): the
 * report the PR's benchmark run already uploaded (untrusted), re-evaluated with the PR's labels as
 * they are now (GET /pulls), so adding or removing the accept label updates the check run and the
 * comment without rerunning the benchmark.
 */
import { NoReportError } from '../io/config-file.js';
import { UsageError } from '../core/types.js';
import { findReportRunForCommit } from '../io/github/commit-runs.js';
import { getPullRequest } from '../io/github/pull-request.js';
import { log } from '../io/log.js';
import type { HeadSource } from './head-context.js';
import { scratchDir } from './paths.js';
import { readRunReport } from './run-report.js';

export const recheckHead: HeadSource = async ({ inputs, ctx, outDir, gh }) => {
  const event = ctx.pullRequest;
  if (!event)
    throw new UsageError(
      `mode 'recheck' runs on a pull_request or pull_request_target event (labeled, unlabeled), got '${ctx.eventName || 'none'}'`,
    );
  const api = gh.api;
  if (!api || !ctx.owner)
    throw new UsageError(
      `mode 'recheck' needs 'github-token' (actions: read, pull-requests: write, checks: write), got no token`,
    );
  const now = await getPullRequest(api, { owner: ctx.owner, repo: ctx.repo, number: event.number });
  const found = await findReportRunForCommit(api, {
    owner: ctx.owner,
    repo: ctx.repo,
    headSha: now.headSha,
    artifactName: inputs.reportArtifact,
    excludeRunId: ctx.runId,
  });
  if (!found.found) throw new NoReportError(found.reason);
  log.info(
    `recheck: PR #${now.number} at ${now.headSha.slice(0, 12)}, report of run ${found.runId}; labels: ${now.labels.join(', ') || 'none'}`,
  );
  const findBy = gh.findByFor(found.runId);
  if (!findBy) throw new UsageError(`mode 'recheck' needs 'github-token', got no token`);
  const { report } = await readRunReport(
    inputs,
    gh,
    findBy,
    found.runId,
    scratchDir(ctx, outDir, `run-${found.runId}`),
  );
  const { number, baseRef, baseSha, headSha, state, labels } = now;
  return {
    report,
    context: {
      pr: { number, baseRef, baseSha, headSha, state, labels },
      prRefusal: null,
      runId: found.runId,
      workflowId: found.workflowId,
      untrusted: true,
    },
  };
};
