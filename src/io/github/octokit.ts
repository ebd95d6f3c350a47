/**
 * The one Octokit factory: @actions/github's client (GITHUB_API_URL, proxy-aware fetch) plus the
 * retry and throttling plugins. Everything else in src/io/github talks to GitHub through the
 * narrow `GitHubApi` interface below, so unit tests can pass a small fake.
 */
import { log } from '../log.js';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface ApiResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
  url?: string;
}

/** What the action needs from Octokit: `request` with a route string ("GET /repos/{owner}/..."). */
export interface GitHubApi {
  request(route: string, params?: Record<string, unknown>): Promise<ApiResponse>;
}

export type Octokit = ReturnType<typeof getOctokit>;

/** Secondary/primary rate limits: retry at most this many times (GitHub's guidance: back off, then give up). */
const MAX_RATE_LIMIT_RETRIES = 2;

export interface OctokitOptions {
  /** Base of the retry backoff in ms (plugin default 1000; `(attempt+1)^2 x base`). */
  retryAfterBaseMs?: number;
}

/** Octokit with retry (5xx and 429, 3 times) and throttling (rate limits retried twice). */
export function createOctokit(token: string, opts: OctokitOptions = {}): Octokit {
  return getOctokit(
    token,
    {
      retry: { retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log.warning(`GitHub API rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log.warning(
            `GitHub API secondary rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter} s`,
          );
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The Octokit seen through the narrow interface. */
export function asGitHubApi(octokit: Octokit): GitHubApi {
  return octokit;
}
