/**
 * Baseline lookup: the newest successful push runs of the same workflow on the base branch that
 * still have our report artifact — one (findBaselineRun) or up to `baseline-history` of them
 * (findBaselineRuns: paginated, newest first, the run for the PR's base SHA first when it is
 * among them; runs whose artifact expired or is missing are skipped and counted) — then each
 * report.json, downloaded with the real artifact client (findBy) and treated as untrusted:
 * size-capped and schema-validated. "No baseline" is an outcome with a reason, never an error.
 */
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import type { Report } from '../../core/types.js';
import { slimReport } from '../slim-report.js';
import { loadUntrustedReport, type ReportLoad } from '../untrusted-report.js';
import type { ExtractLimits } from '../zip-extract.js';
import { downloadOne, toArtifactError, type FindBy } from './artifacts.js';
import { callApi } from './errors.js';
import type { GitHubApi } from './octokit.js';

/** Runs per page of the history walk; we stop as soon as enough runs have the artifact. */
const RUNS_PAGE_SIZE = 20;
/** The walk never reads more than this many pages (100 runs). */
const MAX_RUN_PAGES = 5;
/** `baseline-history`: default and maximum number of base runs. */
export const DEFAULT_BASELINE_HISTORY = 5;
export const MAX_BASELINE_HISTORY = 30;

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
  const h = await findBaselineRuns(api, { ...o, limit: 1 });
  const first = h.runs[0];
  return first ? { found: true, run: first } : { found: false, reason: h.reason ?? 'no baseline run' };
}

export interface BaselineHistory {
  /** Preferred (merge-base) run first, then newest first; at most `limit`. */
  runs: BaselineRun[];
  /** Candidate runs skipped because their report artifact had expired. */
  expired: number;
  /** Candidate runs skipped because they have no report artifact. */
  missing: number;
  /** Why there is none (only when `runs` is empty). */
  reason: string | null;
}

/** One page of the workflow's successful push runs on the branch: every run listed, and those from this repository. */
async function listBranchRuns(
  api: GitHubApi,
  o: FindBaselineOptions,
  page: number,
): Promise<{ listed: number; runs: WorkflowRunItem[] }> {
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
      ...(page > 1 ? { page } : {}),
    }),
  );
  const all = (res.data as { workflow_runs?: WorkflowRunItem[] }).workflow_runs ?? [];
  const runs = all.filter(
    // A fork's own `main` also has push runs on `main`: require the run to come from this repository.
    (r) =>
      r.conclusion === 'success' &&
      r.head_branch === o.branch &&
      r.head_repository?.full_name === fullName &&
      r.id !== o.excludeRunId,
  );
  return { listed: all.length, runs };
}

/** The run's newest unexpired report artifact, else whether it had one that expired. */
async function runReportArtifact(
  api: GitHubApi,
  o: FindBaselineOptions,
  runId: number,
): Promise<{ artifact: ArtifactItem | null; expired: boolean }> {
  const ar = await callApi('actions/list-workflow-run-artifacts', () =>
    api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
      owner: o.owner,
      repo: o.repo,
      run_id: runId,
      name: o.artifactName,
      per_page: 10,
    }),
  );
  const items = ((ar.data as { artifacts?: ArtifactItem[] }).artifacts ?? []).filter((a) => a.name === o.artifactName);
  const live = items.filter((a) => !a.expired).sort((a, b) => b.id - a.id);
  return { artifact: live[0] ?? null, expired: items.length > 0 };
}

/**
 * Finds up to `limit` successful push runs of the workflow on the branch that still have the
 * report artifact (REST only; no download): pages of RUNS_PAGE_SIZE runs, newest first, at most
 * MAX_RUN_PAGES pages; the preferred SHA's run, when seen, goes first.
 */
export async function findBaselineRuns(
  api: GitHubApi,
  o: FindBaselineOptions & { limit: number },
): Promise<BaselineHistory> {
  const limit = Math.max(1, Math.min(MAX_BASELINE_HISTORY, Math.floor(o.limit)));
  const found: BaselineRun[] = [];
  let preferred: BaselineRun | null = null;
  let expired = 0;
  let missing = 0;
  let candidates = 0;
  // Within a page the preferred SHA's run is still looked for once enough runs are found; no
  // further page is read for it.
  const done = (): boolean => found.length + (preferred ? 1 : 0) >= limit && (!o.preferSha || preferred !== null);
  for (let page = 1; page <= MAX_RUN_PAGES && found.length + (preferred ? 1 : 0) < limit; page++) {
    const { listed, runs } = await listBranchRuns(api, o, page);
    // Newest first as GitHub returns them.
    for (const run of runs) {
      const isPreferred = !!o.preferSha && run.head_sha === o.preferSha && preferred === null;
      if (found.length + (preferred ? 1 : 0) >= limit && !isPreferred) continue;
      candidates++;
      const { artifact: a, expired: hadExpired } = await runReportArtifact(api, o, run.id);
      if (!a) {
        if (hadExpired) expired++;
        else missing++;
        continue;
      }
      const br: BaselineRun = {
        runId: run.id,
        headSha: run.head_sha,
        artifactId: a.id,
        artifactName: a.name,
        digest: a.digest ?? null,
      };
      if (isPreferred) preferred = br;
      else found.push(br);
      if (done()) break;
    }
    if (listed < RUNS_PAGE_SIZE) break;
  }
  const runs = (preferred ? [preferred, ...found] : found).slice(0, limit);
  let reason: string | null = null;
  if (runs.length === 0)
    reason =
      candidates === 0
        ? `no successful push run of this workflow on '${o.branch}'`
        : expired > 0
          ? `the '${o.artifactName}' artifact of the recent runs on '${o.branch}' has expired`
          : `no recent successful run on '${o.branch}' has a '${o.artifactName}' artifact`;
  return { runs, expired, missing, reason };
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
export interface HistoryLoad {
  /** Loaded reports, in the order of the runs (preferred first). */
  loaded: { run: BaselineRun; report: Report }[];
  /** Runs whose report could not be used, with why (expired download, invalid report, …). */
  skipped: { run: BaselineRun; reason: string }[];
}

/**
 * Downloads and validates every run's report (one folder per run, from `dirFor`); failures are
 * skipped and counted. The first loaded report (the preferred run) is kept whole; every later one
 * is cut down to what compare reads of a history run (src/io/slim-report.ts) as soon as it is
 * loaded, so a history of `MAX_BASELINE_HISTORY` runs never holds more than two whole reports.
 */
export async function downloadBaselineHistory(
  client: ArtifactClient,
  runs: readonly BaselineRun[],
  o: { dirFor: (runId: number) => string; findByFor: (runId: number) => FindBy; limits?: ExtractLimits },
): Promise<HistoryLoad> {
  const out: HistoryLoad = { loaded: [], skipped: [] };
  const strings = new Map<string, string>();
  for (const run of runs) {
    const load = await downloadBaselineReport(client, run, {
      dir: o.dirFor(run.runId),
      findBy: o.findByFor(run.runId),
      ...(o.limits ? { limits: o.limits } : {}),
    });
    if (load.ok)
      out.loaded.push({ run, report: out.loaded.length === 0 ? load.report : slimReport(load.report, strings) });
    else out.skipped.push({ run, reason: load.reason });
  }
  return out;
}
