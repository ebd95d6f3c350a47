/**
 * `baseline: auto`: the base branch's recent runs of this workflow (merge base first), their
 * reports downloaded; with `history-branch`, runs the artifacts could not give (expired, missing)
 * are filled in from the durable history (src/action/history-read.ts), artifacts preferred. A
 * lookup failure is a warning and no baseline, never a failed step.
 */
import type { Report } from '../core/types.js';
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
import { slimReport } from '../io/slim-report.js';
import type { BaselineResult } from './baseline.js';
import type { GitHubAccess } from './deps.js';
import type { HeadContext } from './head-context.js';
import { readDurableHistory, type DurableRun } from './history-read.js';

type FromArtifacts = { ok: true; found: BaselineHistory; hist: HistoryLoad } | { ok: false; reason: string };

export async function findBaselineHistory(
  inputs: ActionInputs,
  ctx: ActionContext,
  head: HeadContext,
  gh: GitHubAccess,
  runDir: (runId: number) => string,
): Promise<BaselineResult> {
  if (!gh.api) return { ok: false, reason: 'no github-token, so no baseline lookup' };
  const branch = inputs.baseBranch || head.pr?.baseRef || ctx.defaultBranch;
  if (!branch) return { ok: false, reason: 'no base branch (not a pull request; set base-branch)' };
  const art = await fromArtifacts(inputs, ctx, head, gh, branch, runDir);
  const loaded = art.ok ? art.hist.loaded : [];
  let durable: DurableRun[] = [];
  let durableSkipped = 0;
  if (inputs.historyBranch && loaded.length < inputs.baselineHistory) {
    const exclude = new Set(loaded.map((l) => l.run.runId));
    if (head.runId !== null) exclude.add(head.runId);
    const read = await readDurableHistory(inputs, ctx, gh.api, {
      limit: inputs.baselineHistory - loaded.length,
      exclude,
    });
    durable = read.runs;
    durableSkipped = read.skipped;
  }
  if (durable.length === 0) return art.ok ? historyResult(art.found, art.hist, head.pr?.baseSha ?? null) : art;
  return mergedResult(inputs.historyBranch, art, durable, durableSkipped, head.pr?.baseSha ?? null);
}

/** The base runs' report artifacts (REST lookup, then the downloads); failures are reasons. */
async function fromArtifacts(
  inputs: ActionInputs,
  ctx: ActionContext,
  head: HeadContext,
  { api, findByFor, artifacts }: GitHubAccess,
  branch: string,
  runDir: (runId: number) => string,
): Promise<FromArtifacts> {
  if (!api) return { ok: false, reason: 'no github-token, so no baseline lookup' };
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
    return { ok: true, found, hist };
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
    shas: hist.loaded.map((l) => l.run.headSha || null),
  };
}

/**
 * Artifact runs first (as loaded: the preferred run first), then the durable history's runs,
 * newest first; with no artifact run, the history's run of the PR's merge base goes first.
 */
function mergedResult(
  branch: string,
  art: FromArtifacts,
  durable: DurableRun[],
  durableSkipped: number,
  baseSha: string | null,
): BaselineResult {
  const loaded = art.ok ? art.hist.loaded : [];
  const fromBranch = [...durable];
  if (loaded.length === 0 && baseSha) {
    const i = fromBranch.findIndex((d) => d.sha === baseSha);
    if (i > 0) fromBranch.unshift(...fromBranch.splice(i, 1));
  }
  const strings = new Map<string, string>();
  const runs: { runId: number; sha: string | null; report: Report }[] = [
    ...loaded.map((l) => ({ runId: l.run.runId, sha: l.run.headSha || null, report: l.report })),
    ...fromBranch.map((d, i) => ({
      runId: d.runId,
      sha: d.sha,
      report: loaded.length === 0 && i === 0 ? d.report : slimReport(d.report, strings),
    })),
  ];
  const first = runs[0] as { runId: number; sha: string | null; report: Report };
  const where = `the history branch '${branch}'`;
  const mergeBase = loaded.length === 0 && baseSha && fromBranch[0]?.sha === baseSha ? ' (merge base first)' : '';
  const parts =
    loaded.length === 0
      ? `${runs.length === 1 ? `run ${first.runId}` : `${runs.length} base runs${mergeBase}, newest run ${first.runId}`} from ${where}`
      : `${runs.length} base runs, newest run ${first.runId}: ${loaded.length} from artifacts, ${fromBranch.length} from ${where}`;
  const why = art.ok
    ? art.found.expired + art.found.missing > 0
      ? `; artifacts: ${art.found.expired} expired, ${art.found.missing} missing`
      : ''
    : `; artifacts: ${art.reason}`;
  const bad = durableSkipped > 0 ? `; ${durableSkipped} history file${durableSkipped === 1 ? '' : 's'} unusable` : '';
  return {
    ok: true,
    report: first.report,
    runId: first.runId,
    source: `${parts}${why}${bad}`,
    history: runs.map((r) => r.report),
    shas: runs.map((r) => r.sha),
  };
}
