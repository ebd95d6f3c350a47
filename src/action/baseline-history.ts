/**
 * `baseline: auto`: the base branch's recent runs of this workflow (merge base first), their
 * reports downloaded; a lookup failure is a warning and no baseline, never a failed step.
 */
import type { ActionInputs } from '../inputs.js';
import type { FindBy } from '../io/github/artifacts.js';
import {
  downloadBaselineHistory,
  findBaselineRuns,
  type BaselineHistory,
  type HistoryLoad,
} from '../io/github/baseline.js';
import type { ActionContext } from '../io/github/context.js';
import { GitHubApiError, toApiError } from '../io/github/errors.js';
import { getWorkflowId } from '../io/github/pull-request.js';
import { log } from '../io/log.js';
import type { BaselineResult } from './baseline.js';
import type { GitHubAccess } from './deps.js';
import type { HeadContext } from './head-context.js';

export async function findBaselineHistory(
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
