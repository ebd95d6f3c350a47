/**
 * The durable history branch over the Git Data API (src/io/github/history.ts), against the
 * loopback fake GitHub's git routes (test/e2e/harness/git-store.ts; every request and response
 * checked against @octokit/openapi) through the real Octokit: orphan creation, fast-forward
 * appends, pruning across many files, the retry when the branch appears meanwhile, reading
 * newest first with exclusions, and "no branch" / empty repository as no history.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../../src/io/github/errors.js';
import { appendHistory, readHistory, type HistoryBranch } from '../../../src/io/github/history.js';
import { asGitHubApi, type GitHubApi } from '../../../src/io/github/octokit.js';
import { DEFAULT_REPORT_LIMITS } from '../../../src/io/untrusted-report.js';
import type { Azurite } from '../../e2e/harness/blob.js';
import { FakeGitHub } from '../../e2e/harness/fake-github.js';

const B: HistoryBranch = { owner: 'octo', repo: 'repo', branch: 'inferguard-data', suiteKey: 'default' };
/** The git routes never touch blob storage: a container is all start() asks of it. */
const NO_BLOBS = { createContainer: async () => undefined } as unknown as Azurite;
let fake: FakeGitHub;
let api: GitHubApi;

beforeEach(async () => {
  fake = new FakeGitHub(NO_BLOBS, 'unused');
  await fake.start();
  api = asGitHubApi(getOctokit('ghs_write', { baseUrl: fake.url }));
});
afterEach(async () => {
  await fake.stop();
  expect(fake.violations, 'contract violations').toEqual([]);
});

const name = (i: number) =>
  `2026110${Math.floor(i / 10)}T0000${String(i % 10).padStart(2, '0')}Z-${1000 + i}-${'a'.repeat(12)}.json`;

function files(): string[] {
  return [...fake.git.files(B.branch).keys()].sort();
}

describe('appendHistory', () => {
  it('creates the branch as an orphan, then fast-forwards it, pruning the oldest past keep', async () => {
    const first = await appendHistory(api, B, { name: name(0), text: 'x0\n', keep: 3, message: 'm0' });
    expect(first).toMatchObject({ created: true, pruned: [], path: `history/default/${name(0)}` });
    expect(fake.git.log(B.branch)[0]?.parents).toEqual([]);
    for (let i = 1; i < 6; i++)
      await appendHistory(api, B, { name: name(i), text: `x${i}\n`, keep: 3, message: `m${i}` });
    expect(files()).toEqual([3, 4, 5].map((i) => `history/default/${name(i)}`));
    expect(fake.git.files(B.branch).get(`history/default/${name(5)}`)).toBe('x5\n');
    expect(fake.git.log(B.branch)).toHaveLength(6);
  });

  it('prunes a suite only: other suites and other files on the branch stay', async () => {
    fake.git.commitFile(B.branch, 'README.md', 'kept');
    fake.git.commitFile(B.branch, `history/other/${name(0)}`, 'other suite');
    for (let i = 0; i < 3; i++) await appendHistory(api, B, { name: name(i), text: `x${i}`, keep: 1, message: 'm' });
    expect(files()).toEqual(['README.md', `history/default/${name(2)}`, `history/other/${name(0)}`]);
  });

  it('the branch created by someone else meanwhile (422 on create-ref): retried once on top of it', async () => {
    fake.fault({ operation: 'git/create-ref', status: 422, body: { message: 'Reference already exists' } });
    const r = await appendHistory(api, B, { name: name(1), text: 'mine', keep: 10, message: 'm' }).catch(
      (e: unknown) => e,
    );
    // First attempt: no branch, create-ref answered 422 (injected); the retry reads the head again
    // and creates the branch.
    expect(r).toMatchObject({ created: true });
    expect(fake.restCalls().filter((c) => c.includes('create-ref'))).toEqual([
      'POST git/create-ref 422 (injected)',
      'POST git/create-ref 201',
    ]);
  });

  it('a second 422 is an error naming the operation; a 403 is not retried', async () => {
    await appendHistory(api, B, { name: name(0), text: 'a', keep: 10, message: 'm' });
    fake.fault({
      operation: 'git/update-ref',
      status: 422,
      times: 2,
      body: { message: 'Update is not a fast forward' },
    });
    const e = await appendHistory(api, B, { name: name(1), text: 'b', keep: 10, message: 'm' }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).message).toBe(
      'GitHub API git/update-ref failed (HTTP 422): Update is not a fast forward',
    );
    fake.requests.length = 0;
    const readOnly = asGitHubApi(getOctokit('ghs_fork_readonly', { baseUrl: fake.url }));
    const e2 = await appendHistory(readOnly, B, { name: name(2), text: 'c', keep: 10, message: 'm' }).catch(
      (x: unknown) => x,
    );
    expect((e2 as GitHubApiError).status).toBe(403);
    expect(fake.restCalls().filter((c) => c.startsWith('POST'))).toEqual(['POST git/create-blob 403']);
  });
});

describe('a truncated tree listing', () => {
  it('is an error naming the branch, for the write and the read', async () => {
    await appendHistory(api, B, { name: name(0), text: 'a', keep: 10, message: 'm' });
    const cut = { sha: 'x', tree: [], truncated: true };
    fake.fault({ operation: 'git/get-tree', status: 200, body: cut, times: 2 });
    const want =
      "GitHub API git/get-tree failed: the listing of 'inferguard-data' is truncated by GitHub; prune the branch";
    await expect(appendHistory(api, B, { name: name(1), text: 'b', keep: 10, message: 'm' })).rejects.toThrow(want);
    await expect(readHistory(api, B, { limit: 5, exclude: new Set(), limits: DEFAULT_REPORT_LIMITS })).rejects.toThrow(
      want,
    );
  });
});

describe('readHistory', () => {
  it('no branch: no history; an empty repository (409) too', async () => {
    const limits = DEFAULT_REPORT_LIMITS;
    expect(await readHistory(api, B, { limit: 5, exclude: new Set(), limits })).toEqual({
      branchExists: false,
      entries: [],
      skipped: [],
    });
    fake.fault({ operation: 'git/get-ref', status: 409, body: { message: 'Git Repository is empty.' } });
    expect((await readHistory(api, B, { limit: 5, exclude: new Set(), limits })).branchExists).toBe(false);
  });

  it('reads newest first up to limit, skipping excluded runs unread and bad files with why', async () => {
    for (let i = 0; i < 4; i++) fake.git.commitFile(B.branch, `history/default/${name(i)}`, 'not json');
    const r = await readHistory(api, B, {
      limit: 2,
      exclude: new Set([1003]),
      limits: DEFAULT_REPORT_LIMITS,
    });
    expect(r.entries).toEqual([]);
    // 1003 (excluded) is not fetched; 1002, 1001, 1000 are read and refused (limit counts good entries only).
    expect(r.skipped.map((s) => s.path)).toEqual([2, 1, 0].map((i) => `history/default/${name(i)}`));
    expect(r.skipped[0]?.reason).toBe('is not valid JSON');
    expect(fake.restCalls().filter((c) => c.startsWith('GET git/get-blob'))).toHaveLength(3);
  });
});
