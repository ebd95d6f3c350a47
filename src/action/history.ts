/**
 * Writing the durable history (`history-branch`, off when empty): after a push run on the base
 * branch in mode analyze or merge, one compact summary of this run's report (the slim report,
 * src/io/github/history-file.ts) is appended to `history/<comment-key>/` on that branch and the
 * suite pruned to `history-keep` files (src/io/github/history.ts, Git Data API). Pull request
 * runs (a fork's included) never write. Every failure is a warning: the job needs
 * `contents: write` for this, and a 403 says so.
 */
import type { Report } from '../core/types.js';
import type { ActionInputs } from '../inputs.js';
import type { ActionContext } from '../io/github/context.js';
import { GitHubApiError, toApiError } from '../io/github/errors.js';
import { historyEntry, historyFileName, historyText } from '../io/github/history-file.js';
import { appendHistory } from '../io/github/history.js';
import type { GitHubApi } from '../io/github/octokit.js';
import { log } from '../io/log.js';
import { oneLine } from './paths.js';

/** Why this run does not write the history, or null when it does. */
export function historySkipReason(
  inputs: ActionInputs,
  ctx: ActionContext,
  env: Record<string, string | undefined>,
  run: { untrusted: boolean; failed: boolean },
): string | null {
  if (inputs.mode !== 'analyze' && inputs.mode !== 'merge') return `mode ${inputs.mode} never writes it`;
  if (ctx.eventName !== 'push')
    return `only a push run on the base branch writes it (this is ${ctx.eventName || 'no event'})`;
  const base = inputs.baseBranch || ctx.defaultBranch;
  if (!base) return 'no base branch known (set base-branch)';
  if (env.GITHUB_REF !== `refs/heads/${base}`) return `the push is not to the base branch '${base}'`;
  if (run.untrusted) return 'the report is not this run’s own';
  // As with artifacts, where only successful push runs are base runs.
  if (run.failed) return 'this run fails its check, so it is no base run';
  if (ctx.runId === null) return 'GITHUB_RUN_ID is not set';
  if (!/^[0-9a-f]{40}$/.test(ctx.sha)) return 'GITHUB_SHA is not a commit SHA';
  return null;
}

/** ISO 8601 UTC of the report's generation, else of `nowMs`. */
function recordedAt(report: Report, nowMs: number): string {
  const t = Date.parse(String(report.generated_at ?? ''));
  return new Date(Number.isNaN(t) ? nowMs : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function recordHistory(
  inputs: ActionInputs,
  ctx: ActionContext,
  env: Record<string, string | undefined>,
  api: GitHubApi | null,
  o: { report: Report; untrusted: boolean; failed: boolean; nowMs: number },
): Promise<string | null> {
  const branch = inputs.historyBranch;
  if (!branch) return null;
  const skip = historySkipReason(inputs, ctx, env, o);
  if (skip !== null) {
    log.info(`durable history: not written to '${branch}': ${skip}`);
    return null;
  }
  if (!api) {
    log.warning(`durable history not written to '${branch}': no github-token (the job needs contents: write)`);
    return null;
  }
  const base = inputs.baseBranch || (ctx.defaultBranch as string);
  const run = {
    suiteKey: inputs.commentKey,
    runId: ctx.runId as number,
    sha: ctx.sha,
    ref: base,
    recordedAt: recordedAt(o.report, o.nowMs),
  };
  const name = historyFileName(run);
  let text: string;
  try {
    text = historyText(historyEntry(o.report, run), name);
  } catch (e) {
    log.warning(`durable history not written to '${branch}': ${oneLine(e)}`);
    return null;
  }
  if (Buffer.byteLength(text, 'utf8') > inputs.reportLimits.maxBytes) {
    log.warning(
      `durable history not written to '${branch}': ${name} would be ${Buffer.byteLength(text, 'utf8')} bytes, over the ${inputs.reportLimits.maxBytes}-byte cap (max-report-bytes) every reader applies`,
    );
    return null;
  }
  try {
    const res = await appendHistory(
      api,
      { owner: ctx.owner, repo: ctx.repo, branch, suiteKey: inputs.commentKey },
      {
        name,
        text,
        keep: inputs.historyKeep,
        message: `inferguard history: ${inputs.commentKey} run ${run.runId} (${run.sha.slice(0, 12)})`,
      },
    );
    log.info(
      `durable history: wrote ${res.path} to '${branch}'${res.created ? ' (branch created)' : ''}${res.pruned.length > 0 ? `, pruned ${res.pruned.length} (history-keep ${inputs.historyKeep})` : ''}`,
    );
    return res.path;
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('durable history write', e);
    const hint = err.status === 403 || err.status === 404 ? ' (the job needs permissions: contents: write)' : '';
    log.warning(`durable history not written to '${branch}': ${err.message}${hint}`);
    return null;
  }
}
