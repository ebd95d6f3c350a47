/**
 * recheck mode: the newest completed workflow run on a commit that still has the report artifact
 * (the PR's benchmark run), found through REST only: `GET /actions/runs?head_sha=` (one page, newest
 * first), then the runs' artifacts by name, until one has it.
 */
import { callApi } from './errors.js';
import type { GitHubApi } from './octokit.js';

/** Runs of one commit looked at (one page): re-runs and other workflows on the same commit. */
const RUNS_PER_COMMIT = 30;

interface RunItem {
  id: number;
  workflow_id: number;
  conclusion: string | null;
}

export type ReportRunLookup = { found: true; runId: number; workflowId: number } | { found: false; reason: string };

export async function findReportRunForCommit(
  api: GitHubApi,
  o: { owner: string; repo: string; headSha: string; artifactName: string; excludeRunId: number | null },
): Promise<ReportRunLookup> {
  const res = await callApi('actions/list-workflow-runs-for-repo', () =>
    api.request('GET /repos/{owner}/{repo}/actions/runs', {
      owner: o.owner,
      repo: o.repo,
      head_sha: o.headSha,
      status: 'completed',
      per_page: RUNS_PER_COMMIT,
    }),
  );
  const runs = ((res.data as { workflow_runs?: RunItem[] }).workflow_runs ?? [])
    .filter((r) => r.id !== o.excludeRunId)
    .sort((a, b) => b.id - a.id);
  for (const run of runs) {
    const ar = await callApi('actions/list-workflow-run-artifacts', () =>
      api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
        owner: o.owner,
        repo: o.repo,
        run_id: run.id,
        name: o.artifactName,
        per_page: 10,
      }),
    );
    const items = (ar.data as { artifacts?: { name: string; expired: boolean }[] }).artifacts ?? [];
    if (items.some((a) => a.name === o.artifactName && !a.expired))
      return { found: true, runId: run.id, workflowId: run.workflow_id };
  }
  return {
    found: false,
    reason: `no completed run on ${o.headSha.slice(0, 12)} has the '${o.artifactName}' artifact (${runs.length} run(s) looked at)`,
  };
}
