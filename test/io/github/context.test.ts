import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameToUuid, readActionContext } from '../../../src/io/github/context.js';

async function eventFile(payload: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ig-ctx-'));
  const f = path.join(dir, 'event.json');
  await writeFile(f, JSON.stringify(payload));
  return f;
}

const base = {
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_RUN_ID: '2001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'bench',
  GITHUB_WORKSPACE: '/w',
};

describe('readActionContext', () => {
  it('pull_request_target labeled: the PR state, its labels (sorted, deduplicated) and the event action', async () => {
    const ctx = readActionContext({
      ...base,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: await eventFile({
        action: 'labeled',
        label: { name: 'inferguard-accept' },
        pull_request: {
          number: 7,
          state: 'open',
          labels: [{ name: 'perf' }, { name: 'inferguard-accept' }, { name: 'perf' }, { color: 'no name' }],
          head: { sha: 'a'.repeat(40), repo: { full_name: 'octo/repo' } },
          base: { ref: 'main', sha: 'b'.repeat(40) },
        },
      }),
    });
    expect(ctx.eventAction).toBe('labeled');
    expect(ctx.pullRequest).toMatchObject({ number: 7, state: 'open', labels: ['inferguard-accept', 'perf'] });
  });

  it('pull_request: the PR comes from the payload, not from GITHUB_REF', async () => {
    const ctx = readActionContext({
      ...base,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_PATH: await eventFile({
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: 'a'.repeat(40), repo: { full_name: 'fork/repo' } },
          base: { ref: 'release', sha: 'b'.repeat(40) },
        },
        repository: { default_branch: 'main' },
      }),
    });
    expect(ctx.pullRequest).toEqual({
      number: 7,
      headSha: 'a'.repeat(40),
      headRepo: 'fork/repo',
      baseRef: 'release',
      baseSha: 'b'.repeat(40),
      state: null,
      labels: [],
    });
    expect(ctx.workflowRun).toBeNull();
    expect(ctx.runUrl).toBe('https://github.com/octo/repo/actions/runs/2001');
    expect(ctx.runAttempt).toBe(2);
    expect(ctx.defaultBranch).toBe('main');
    expect(ctx.hasArtifactRuntime).toBe(false);
  });

  it('workflow_run: the triggering run, with PR numbers deduplicated and sorted (empty for forks)', async () => {
    const ctx = readActionContext({
      ...base,
      GITHUB_EVENT_NAME: 'workflow_run',
      ACTIONS_RUNTIME_TOKEN: 't',
      ACTIONS_RESULTS_URL: 'http://x/',
      GITHUB_EVENT_PATH: await eventFile({
        workflow_run: {
          id: 55,
          workflow_id: 77,
          event: 'pull_request',
          conclusion: 'success',
          head_sha: 'c'.repeat(40),
          head_branch: 'f',
          head_repository: { full_name: 'fork/repo' },
          pull_requests: [{ number: 9 }, { number: 3 }, { number: 9 }],
        },
      }),
    });
    expect(ctx.workflowRun).toEqual({
      id: 55,
      workflowId: 77,
      event: 'pull_request',
      conclusion: 'success',
      headSha: 'c'.repeat(40),
      headBranch: 'f',
      headRepo: 'fork/repo',
      pullRequests: [3, 9],
    });
    expect(ctx.pullRequest).toBeNull();
    expect(ctx.hasArtifactRuntime).toBe(true);
  });

  it('a missing or broken event file is an empty payload (local runs)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ig-ctx-'));
    await writeFile(path.join(dir, 'e.json'), '{');
    const ctx = readActionContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(dir, 'e.json'),
      GITHUB_WORKSPACE: '/w',
    });
    expect(ctx.pullRequest).toBeNull();
    expect(ctx.repository).toBe('');
    expect(ctx.runUrl).toBeNull();
  });
});

describe('nameToUuid', () => {
  it('is stable, RFC 4122 shaped (version 5 nibble, variant 10xx) and name-sensitive', () => {
    const a = nameToUuid('octo/repo/2001/1/bench');
    expect(a).toBe(nameToUuid('octo/repo/2001/1/bench'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameToUuid('octo/repo/2001/2/bench')).not.toBe(a);
  });
});
