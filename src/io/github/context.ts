/**
 * The workflow context the action needs, read from the runner's environment and event file.
 * Read explicitly (not through @actions/github's `context`, which is frozen at import time), so
 * tests can pass an env object.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface PullRequestRef {
  number: number;
  headSha: string;
  headRepo: string | null;
  baseRef: string;
  baseSha: string | null;
  /** `open` or `closed` at event time, when the payload says. */
  state: string | null;
  /** Label names on the PR at event time (sorted). */
  labels: string[];
}

export interface WorkflowRunRef {
  id: number;
  workflowId: number | null;
  event: string | null;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  headRepo: string | null;
  /** PR numbers listed on the run (empty for fork PRs). */
  pullRequests: number[];
}

export interface ActionContext {
  /** "owner/repo", empty when unknown (local run). */
  repository: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The event payload's `action` (`labeled`, `synchronize`, `completed` ...), when present. */
  eventAction: string | null;
  runId: number | null;
  runAttempt: number;
  job: string;
  sha: string;
  serverUrl: string;
  workspace: string;
  runnerTemp: string | null;
  /** The PR this run is for (pull_request / pull_request_target events). */
  pullRequest: PullRequestRef | null;
  /** The triggering run (workflow_run events). */
  workflowRun: WorkflowRunRef | null;
  /** Default branch from the event's repository object, when present. */
  defaultBranch: string | null;
  /** True when the artifact service is reachable (runtime token and results URL present). */
  hasArtifactRuntime: boolean;
  /** Link to this run, when repository and run id are known. */
  runUrl: string | null;
}

type Env = Record<string, string | undefined>;

function intOrNull(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

function strOrNull(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Reads the event JSON; a missing or unreadable file is an empty payload (local runs). */
export function readEventPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return obj(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {};
  }
}

export function parsePullRequest(payload: Record<string, unknown>): PullRequestRef | null {
  const pr = obj(payload.pull_request);
  const number = intOrNull(pr.number ?? payload.number);
  const head = obj(pr.head);
  const base = obj(pr.base);
  const headSha = strOrNull(head.sha);
  const baseRef = strOrNull(base.ref);
  if (number === null || headSha === null || baseRef === null) return null;
  return {
    number,
    headSha,
    headRepo: strOrNull(obj(head.repo).full_name),
    baseRef,
    baseSha: strOrNull(base.sha),
    state: strOrNull(pr.state),
    labels: labelNames(pr.labels),
  };
}

/** Names of a `labels` array (event payload or REST pull request), sorted and deduplicated. */
export function labelNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [];
  return [...new Set(list.map((l) => strOrNull(obj(l).name)).filter((n): n is string => n !== null))].sort();
}

export function parseWorkflowRun(payload: Record<string, unknown>): WorkflowRunRef | null {
  const run = obj(payload.workflow_run);
  const id = intOrNull(run.id);
  const headSha = strOrNull(run.head_sha);
  if (id === null || headSha === null) return null;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id,
    workflowId: intOrNull(run.workflow_id),
    event: strOrNull(run.event),
    conclusion: strOrNull(run.conclusion),
    headSha,
    headBranch: strOrNull(run.head_branch),
    headRepo: strOrNull(obj(run.head_repository).full_name),
    pullRequests: [...new Set(prs.map((p) => intOrNull(obj(p).number)).filter((n): n is number => n !== null))].sort(
      (a, b) => a - b,
    ),
  };
}

export function readActionContext(env: Env = process.env): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const runId = intOrNull(env.GITHUB_RUN_ID);
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const isPrEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
  return {
    repository,
    owner,
    repo,
    eventName,
    eventAction: strOrNull(payload.action),
    runId,
    runAttempt: intOrNull(env.GITHUB_RUN_ATTEMPT) ?? 1,
    job: env.GITHUB_JOB ?? '',
    sha: env.GITHUB_SHA ?? '',
    serverUrl,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || null,
    pullRequest: isPrEvent ? parsePullRequest(payload) : null,
    workflowRun: eventName === 'workflow_run' ? parseWorkflowRun(payload) : null,
    defaultBranch: strOrNull(obj(payload.repository).default_branch),
    hasArtifactRuntime: !!env.ACTIONS_RUNTIME_TOKEN && !!env.ACTIONS_RESULTS_URL,
    runUrl: repository && runId !== null ? `${serverUrl}/${repository}/actions/runs/${runId}` : null,
  };
}

/**
 * A stable UUID (RFC 4122 layout, version 5-style bits over SHA-256) for a name, so the TTFS
 * job/run ids are the same on every re-read of the same run and need no randomness.
 */
export function nameToUuid(name: string): string {
  const h = createHash('sha256').update(name).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
