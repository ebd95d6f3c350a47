/**
 * Pull requests through the API. workflow_run mode: the PR number from the triggering run's
 * artifact is untrusted. Accept it only after `GET /pulls/{n}` shows the PR's head SHA equal to the
 * triggering run's head SHA, and take the base branch, state and labels from that API answer, never
 * from the artifact.
 */
import { labelNames } from './context.js';
import { callApi } from './errors.js';
import type { GitHubApi } from './octokit.js';

/** A pull request as the API states it now. */
export interface PullRequestState {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** `open` or `closed`. */
  state: string;
  /** Label names (sorted). */
  labels: string[];
}

export type PullRequestCheck = ({ ok: true } & PullRequestState) | { ok: false; reason: string };

interface PullItem {
  number: number;
  state: string;
  head: { sha: string };
  base: { ref: string; sha: string };
  labels?: unknown;
}

/** `GET /pulls/{n}`: the PR's head, base, state and labels now. */
export async function getPullRequest(
  api: GitHubApi,
  o: { owner: string; repo: string; number: number },
): Promise<PullRequestState> {
  const res = await callApi('pulls/get', () =>
    api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: o.owner,
      repo: o.repo,
      pull_number: o.number,
    }),
  );
  const pr = res.data as PullItem;
  return {
    number: pr.number,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headSha: pr.head?.sha,
    state: pr.state,
    labels: labelNames(pr.labels),
  };
}

/**
 * Whether PR `number` is closed now (one `GET /pulls/{n}`): for analyze and merge modes, whose PR
 * state is the event payload's and may have gone stale by the time the check run is made.
 */
export async function isClosedNow(
  api: GitHubApi,
  o: { owner: string; repo: string; number: number },
): Promise<boolean> {
  return (await getPullRequest(api, o)).state === 'closed';
}

/** Confirms that PR `number` has head `headSha`. A mismatch is refused, with the reason. */
export async function confirmPullRequest(
  api: GitHubApi,
  o: { owner: string; repo: string; number: number; headSha: string },
): Promise<PullRequestCheck> {
  const pr = await getPullRequest(api, o);
  if (pr.headSha !== o.headSha) {
    return {
      ok: false,
      reason: `PR #${o.number} head is ${String(pr.headSha).slice(0, 12)}, but the triggering run built ${o.headSha.slice(0, 12)}; not commenting`,
    };
  }
  return { ok: true, ...pr };
}

/** The run's workflow id (to find baseline runs of the same workflow). */
export async function getWorkflowId(
  api: GitHubApi,
  o: { owner: string; repo: string; runId: number },
): Promise<number> {
  const res = await callApi('actions/get-workflow-run', () =>
    api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner: o.owner, repo: o.repo, run_id: o.runId }),
  );
  return (res.data as { workflow_id: number }).workflow_id;
}
