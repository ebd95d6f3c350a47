/**
 * GitHub failures as one line: the operation we attempted, the HTTP status and GitHub's message.
 */

/** An API call that failed, already described in one line. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  constructor(
    readonly operation: string,
    readonly status: number | null,
    detail: string,
  ) {
    super(`GitHub API ${operation} failed${status !== null ? ` (HTTP ${status})` : ''}: ${detail}`);
  }
}

/** HTTP status of an Octokit RequestError (or anything with a numeric `status`), else null. */
export function statusOf(e: unknown): number | null {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : null;
}

/** First line of GitHub's message, capped, without the docs URL noise. */
function detailOf(e: unknown): string {
  const resp = (e as { response?: { data?: unknown } } | null)?.response?.data;
  const fromBody = resp && typeof resp === 'object' ? (resp as { message?: unknown }).message : undefined;
  const raw = typeof fromBody === 'string' && fromBody !== '' ? fromBody : e instanceof Error ? e.message : String(e);
  const line = raw.split(/\r?\n/)[0] ?? '';
  return (line.replace(/\s*-\s*https:\/\/docs\.github\.com\S*/g, '').trim() || 'unknown error').slice(0, 300);
}

/** Wraps any error from an API call into a one-line GitHubApiError naming `operation`. */
export function toApiError(operation: string, e: unknown): GitHubApiError {
  if (e instanceof GitHubApiError) return e;
  return new GitHubApiError(operation, statusOf(e), detailOf(e));
}

/** Runs `fn`; a failure becomes a one-line GitHubApiError naming `operation`. */
export async function callApi<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toApiError(operation, e);
  }
}

/**
 * True when the token may not write here: a fork PR's read-only GITHUB_TOKEN gets 403
 * "Resource not accessible by integration"; some endpoints answer 404 instead of 403.
 */
export function isPermissionError(e: unknown): boolean {
  const s = e instanceof GitHubApiError ? e.status : statusOf(e);
  return s === 403 || s === 401;
}
