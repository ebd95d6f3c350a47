/**
 * Baseline lookup: the newest successful push run of the same workflow on the base branch that
 * still has our report artifact (one small page, no history walk), preferring the run for the
 * PR's base SHA when there is one; then its report.json, downloaded with the real artifact client
 * (findBy) and treated as untrusted: size-capped and schema-validated. "No baseline" is an
 * outcome with a reason, never an error.
 */
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import { loadUntrustedReport, type ReportLoad } from '../untrusted-report.js';
import type { ExtractLimits } from '../zip-extract.js';
import { downloadOne, toArtifactError, type FindBy } from './artifacts.js';
import { callApi } from './errors.js';
import type { GitHubApi } from './octokit.js';

/** One page of recent runs is enough: we stop at the first one that has the artifact. */
const RUNS_PAGE_SIZE = 20;

export interface BaselineRun {
  runId: number;
  headSha: string;
  artifactId: number;
  artifactName: string;
  digest: string | null;
}

export type BaselineLookup = { found: true; run: BaselineRun } | { found: false; reason: string };

interface WorkflowRunItem {
  id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  conclusion: string | null;
  head_repository?: { full_name?: string } | null;
}

interface ArtifactItem {
  id: number;
  name: string;
  expired: boolean;
  digest?: string | null;
}

export interface FindBaselineOptions {
  owner: string;
  repo: string;
  /** Numeric workflow id or workflow file name. */
  workflowId: number | string;
  branch: string;
  artifactName: string;
  /** Prefer the run for this commit (the PR's base SHA) when it is among the candidates. */
  preferSha?: string | null;
  /** Never use this run (the current one). */
  excludeRunId?: number | null;
}

/** Finds the baseline run and its report artifact (REST only; no download). */
export async function findBaselineRun(api: GitHubApi, o: FindBaselineOptions): Promise<BaselineLookup> {
  const fullName = `${o.owner}/${o.repo}`;
  const res = await callApi('actions/list-workflow-runs', () =>
    api.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      owner: o.owner,
      repo: o.repo,
      workflow_id: o.workflowId,
      branch: o.branch,
      event: 'push',
      status: 'success',
      exclude_pull_requests: true,
      per_page: RUNS_PAGE_SIZE,
    }),
  );
  const runs = ((res.data as { workflow_runs?: WorkflowRunItem[] }).workflow_runs ?? []).filter(
    // A fork's own `main` also has push runs on `main`: require the run to come from this repository.
    (r) =>
      r.conclusion === 'success' &&
      r.head_branch === o.branch &&
      r.head_repository?.full_name === fullName &&
      r.id !== o.excludeRunId,
  );
  if (runs.length === 0) return { found: false, reason: `no successful push run of this workflow on '${o.branch}'` };
  // Newest first as GitHub returns them; the preferred SHA's run moves to the front.
  const ordered = o.preferSha
    ? [...runs.filter((r) => r.head_sha === o.preferSha), ...runs.filter((r) => r.head_sha !== o.preferSha)]
    : runs;
  let expired = 0;
  for (const run of ordered) {
    const ar = await callApi('actions/list-workflow-run-artifacts', () =>
      api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
        owner: o.owner,
        repo: o.repo,
        run_id: run.id,
        name: o.artifactName,
        per_page: 10,
      }),
    );
    const items = ((ar.data as { artifacts?: ArtifactItem[] }).artifacts ?? []).filter(
      (a) => a.name === o.artifactName,
    );
    const live = items.filter((a) => !a.expired).sort((a, b) => b.id - a.id);
    if (items.length > 0 && live.length === 0) expired++;
    const a = live[0];
    if (a)
      return {
        found: true,
        run: { runId: run.id, headSha: run.head_sha, artifactId: a.id, artifactName: a.name, digest: a.digest ?? null },
      };
  }
  return {
    found: false,
    reason:
      expired > 0
        ? `the '${o.artifactName}' artifact of the recent runs on '${o.branch}' has expired`
        : `no recent successful run on '${o.branch}' has a '${o.artifactName}' artifact`,
  };
}

export type { ReportLoad };

/**
 * Reads and checks an untrusted report.json (src/io/untrusted-report.ts: size, depth, finite
 * numbers, cell cap, inferguard-analyze/v1 and the open blocks), with the run's configured limits.
 */
export async function loadReportFile(file: string, label: string): Promise<ReportLoad> {
  return loadUntrustedReport(file, label);
}

/** Downloads the baseline run's report artifact into `dir` and loads its report.json. */
export async function downloadBaselineReport(
  client: ArtifactClient,
  run: BaselineRun,
  o: { dir: string; findBy: FindBy; limits?: ExtractLimits },
): Promise<ReportLoad> {
  try {
    await downloadOne(
      client,
      { id: run.artifactId, name: run.artifactName, size: 0, ...(run.digest ? { digest: run.digest } : {}) },
      o.dir,
      o.findBy,
      o.limits,
    );
  } catch (e) {
    const err = toArtifactError(`download of baseline '${run.artifactName}' from run ${run.runId}`, e);
    const expired = err.status === 410 || /\b410\b|expired/i.test(err.message);
    return {
      ok: false,
      reason: expired ? `the baseline artifact of run ${run.runId} has expired (HTTP 410)` : err.message,
    };
  }
  return loadReportFile(path.join(o.dir, 'report.json'), `baseline run ${run.runId}`);
}
