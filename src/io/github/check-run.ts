/**
 * A completed check run (Checks API): `POST /check-runs` with the conclusion, the output's title
 * and summary and the first 50 annotations, then `PATCH /check-runs/{id}` for each further batch of
 * 50 (GitHub appends annotations per update; a request carries at most 50).
 */
import { callApi } from './errors.js';
import type { GitHubApi } from './octokit.js';

/** Annotations GitHub takes per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** output.summary and output.text: at most 65,535 characters each (OpenAPI description). */
export const CHECK_TEXT_MAX = 65_535;
/** Longest title we send (GitHub shows one line). */
export const CHECK_TITLE_MAX = 200;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  /** Link shown as "View more details" (the workflow run). */
  detailsUrl?: string;
  annotations: readonly CheckAnnotation[];
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Requests made: 1 create + the updates. */
  requests: number;
  annotations: number;
}

function cap(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Creates the check run, completed, and appends the annotations past the first 50 in further batches. */
export async function createCheckRun(api: GitHubApi, r: CheckRunRequest): Promise<CheckRunResult> {
  const output = (batch: readonly CheckAnnotation[]) => ({
    title: cap(r.title, CHECK_TITLE_MAX),
    summary: cap(r.summary, CHECK_TEXT_MAX),
    ...(batch.length > 0 ? { annotations: batch } : {}),
  });
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < r.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(r.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const created = await callApi('checks/create', () =>
    api.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: r.owner,
      repo: r.repo,
      name: r.name,
      head_sha: r.headSha,
      status: 'completed',
      conclusion: r.conclusion,
      ...(r.detailsUrl ? { details_url: r.detailsUrl } : {}),
      output: output(batches[0] ?? []),
    }),
  );
  const run = created.data as { id: number; html_url?: string | null };
  for (const batch of batches.slice(1)) {
    await callApi('checks/update', () =>
      api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner: r.owner,
        repo: r.repo,
        check_run_id: run.id,
        output: output(batch),
      }),
    );
  }
  return {
    id: run.id,
    url: run.html_url ?? '',
    requests: Math.max(1, batches.length),
    annotations: r.annotations.length,
  };
}
