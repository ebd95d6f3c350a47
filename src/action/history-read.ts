/**
 * Reading the durable history (`history-branch`) as base runs: the suite's newest files on the
 * branch, each validated; a bad file is a warning naming it, a missing branch is no history, and
 * an API failure (403, 404, 409, 422 …) is a warning, never a failed check.
 */
import type { Report } from '../core/types.js';
import type { ActionInputs } from '../inputs.js';
import type { ActionContext } from '../io/github/context.js';
import { GitHubApiError, toApiError } from '../io/github/errors.js';
import { readHistory } from '../io/github/history.js';
import type { GitHubApi } from '../io/github/octokit.js';
import { log } from '../io/log.js';

export interface DurableRun {
  runId: number;
  sha: string;
  path: string;
  report: Report;
}

export async function readDurableHistory(
  inputs: ActionInputs,
  ctx: ActionContext,
  api: GitHubApi,
  o: { limit: number; exclude: ReadonlySet<number> },
): Promise<{ runs: DurableRun[]; skipped: number }> {
  const branch = inputs.historyBranch;
  try {
    const read = await readHistory(
      api,
      { owner: ctx.owner, repo: ctx.repo, branch, suiteKey: inputs.commentKey },
      { limit: o.limit, exclude: o.exclude, limits: inputs.reportLimits },
    );
    if (!read.branchExists) {
      log.info(`durable history: branch '${branch}' does not exist yet, so no history from it`);
      return { runs: [], skipped: 0 };
    }
    for (const s of read.skipped) log.warning(`durable history file ${s.path} on '${branch}' skipped: ${s.reason}`);
    const runs = read.entries.map(({ path, entry }) => ({
      runId: entry.run_id,
      sha: entry.sha,
      path,
      report: entry.report,
    }));
    log.info(
      `durable history: ${runs.length} base run${runs.length === 1 ? '' : 's'} read from '${branch}'${runs.length > 0 ? ` (${runs.map((r) => r.path).join(', ')})` : ''}`,
    );
    return { runs, skipped: read.skipped.length };
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('durable history read', e);
    log.warning(`durable history not read from '${branch}': ${err.message}`);
    return { runs: [], skipped: 0 };
  }
}
