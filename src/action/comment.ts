/** The sticky PR comment, per the `comment` policy: posted or updated, or skipped with the reason logged. */
import type { ActionInputs } from '../inputs.js';
import { upsertComment } from '../io/github/comment.js';
import type { ActionContext } from '../io/github/context.js';
import { GitHubApiError, isPermissionError, toApiError } from '../io/github/errors.js';
import type { GitHubApi } from '../io/github/octokit.js';
import { log } from '../io/log.js';
import type { PipelineOutcome } from '../pipeline.js';
import { commentMarker } from '../render/comment.js';
import type { HeadContext } from './head-context.js';

/** Posts or updates the sticky comment; returns its URL or null. */
export async function postComment(
  inputs: ActionInputs,
  ctx: ActionContext,
  outcome: PipelineOutcome<HeadContext>,
  api: GitHubApi | null,
): Promise<string | null> {
  const head = outcome.context;
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
