/** mode comment (a workflow_run event): the triggering run's report (untrusted) and its PR, confirmed through the API. */
import { UsageError } from '../core/types.js';
import { confirmPullRequest } from '../io/github/pull-request.js';
import { log } from '../io/log.js';
import type { HeadContext, HeadSource } from './head-context.js';
import { scratchDir } from './paths.js';
import { readRunReport } from './run-report.js';

export const commentHead: HeadSource = async ({ inputs, ctx, outDir, gh }) => {
  const wr = ctx.workflowRun;
  if (!wr) throw new UsageError(`mode 'comment' runs on a workflow_run event, got '${ctx.eventName || 'none'}'`);
  const findBy = gh.findByFor(wr.id);
  const api = gh.api;
  if (!api || !findBy)
    throw new UsageError(`mode 'comment' needs 'github-token' (actions: read, pull-requests: write), got no token`);
  const { report, prContext } = await readRunReport(inputs, gh, findBy, wr.id, scratchDir(ctx, outDir, `run-${wr.id}`));
  const candidate =
    wr.pullRequests[0] ?? (prContext && prContext.repository === ctx.repository ? prContext.pr_number : null);
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
    if (check.ok) {
      const { number, baseRef, baseSha, headSha, state, labels } = check;
      pr = { number, baseRef, baseSha, headSha, state, labels };
    } else prRefusal = check.reason;
  }
  if (prRefusal) log.warning(prRefusal);
  return { report, context: { pr, prRefusal, runId: wr.id, workflowId: wr.workflowId, untrusted: true } };
};
