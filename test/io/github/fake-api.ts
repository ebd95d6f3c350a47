/**
 * A small in-memory GitHub for unit tests of src/io/github: routes by the Octokit route string,
 * records every call, and answers from handler functions. Not a contract check (the e2e harness
 * does that against the OpenAPI description).
 */
import type { ApiResponse, GitHubApi } from '../../../src/io/github/octokit.js';

export interface Call {
  route: string;
  params: Record<string, unknown>;
}

export type Handler = (params: Record<string, unknown>) => ApiResponse | Promise<ApiResponse>;

/** An Octokit-like RequestError. */
export function httpError(
  status: number,
  message: string,
): Error & { status: number; response: { data: { message: string } } } {
  return Object.assign(new Error(message), { status, response: { data: { message } } });
}

export function fakeApi(handlers: Record<string, Handler>): GitHubApi & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    async request(route: string, params: Record<string, unknown> = {}) {
      calls.push({ route, params });
      const h = handlers[route];
      if (!h) throw httpError(501, `no handler for ${route}`);
      return h(params);
    },
  };
}

export function ok<T>(data: T, headers: Record<string, string> = {}, status = 200): ApiResponse<T> {
  return { status, data, headers };
}
