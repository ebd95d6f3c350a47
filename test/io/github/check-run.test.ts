/**
 * createCheckRun: one POST with the first 50 annotations, then one PATCH per further 50 on the
 * created run; title and summary capped; a failure is one GitHubApiError naming the operation.
 */
import { describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../../src/io/github/errors.js';
import { CHECK_TEXT_MAX, createCheckRun, type CheckAnnotation } from '../../../src/io/github/check-run.js';
import { fakeApi, httpError, ok } from './fake-api.js';

const CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `results/f${i}.json`,
    start_line: 1,
    end_line: 1,
    annotation_level: 'warning' as const,
    message: `finding ${i}`,
  }));
}

const base = {
  owner: 'octo',
  repo: 'repo',
  name: 'InferGuard',
  headSha: 'a'.repeat(40),
  conclusion: 'failure' as const,
  title: 'InferGuard: Invalid · check fails',
  summary: 'top',
};

describe('createCheckRun', () => {
  it.each([
    [0, 0],
    [50, 0],
    [51, 1],
    [120, 2],
  ])('%i annotations: the create carries the first 50, then %i PATCH(es) of at most 50', async (n, patches) => {
    const api = fakeApi({
      [CREATE]: () => ok({ id: 77, html_url: 'https://github.com/octo/repo/runs/77' }, {}, 201),
      [UPDATE]: () => ok({ id: 77 }),
    });
    const res = await createCheckRun(api, { ...base, annotations: annotations(n) });
    expect(res).toEqual({ id: 77, url: 'https://github.com/octo/repo/runs/77', requests: 1 + patches, annotations: n });
    expect(api.calls.map((c) => c.route)).toEqual([CREATE, ...Array.from({ length: patches }, () => UPDATE)]);
    const sent = api.calls.flatMap((c) =>
      ((c.params.output as { annotations?: CheckAnnotation[] }).annotations ?? []).map((a) => a.message),
    );
    expect(sent).toEqual(annotations(n).map((a) => a.message));
    for (const c of api.calls.slice(1)) expect(c.params.check_run_id).toBe(77);
    expect(api.calls[0]?.params).toMatchObject({
      head_sha: 'a'.repeat(40),
      status: 'completed',
      conclusion: 'failure',
    });
  });

  it('caps the summary at 65,535 characters', async () => {
    const api = fakeApi({ [CREATE]: () => ok({ id: 1 }, {}, 201) });
    await createCheckRun(api, { ...base, summary: 'x'.repeat(70_000), annotations: [] });
    const sent = (api.calls[0]?.params.output as { summary: string }).summary;
    expect(sent.length).toBe(CHECK_TEXT_MAX);
  });

  it('a 403 is one GitHubApiError naming checks/create with the status', async () => {
    const api = fakeApi({
      [CREATE]: () => {
        throw httpError(403, 'Resource not accessible by integration');
      },
    });
    const err = await createCheckRun(api, { ...base, annotations: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(403);
    expect((err as Error).message).toBe(
      'GitHub API checks/create failed (HTTP 403): Resource not accessible by integration',
    );
  });
});
