/**
 * End to end: the bundled action (dist/index.js) under Node 24 against loopback GitHub fakes
 * (REST checked against GitHub's OpenAPI description, the artifact results service checked with
 * @actions/artifact's own protobuf classes, blobs in Azurite) with a tripwire proxy. Each test
 * asserts the exact requests, the outputs, the summary and the exit code; after each test there
 * must be zero contract violations and zero tripwire hits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateContract } from '../../src/schemas/validate.js';
import { BOT, type FakeGitHub } from './harness/fake-github.js';
import { DIST, node24, type ActionRun } from './harness/run-action.js';
import {
  act,
  writeManyInvalidCells,
  newFake,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  SHA,
  startWorld,
  stopWorld,
  workflowRunEvent,
  type World,
} from './harness/scenario.js';

const MARKER = '<!-- inferguard-bench:v1 key=default -->';
const WRITE = { 'github-token': 'ghs_write' };
const READONLY = { 'github-token': 'ghs_fork_readonly' };

let world: World;
let fake: FakeGitHub | null = null;

const haveDist = existsSync(DIST);

beforeAll(async () => {
  if (haveDist) world = await startWorld();
}, 60_000);

afterAll(async () => {
  await stopWorld(world);
});

afterEach(async () => {
  if (!fake) return;
  const f = fake;
  fake = null;
  await f.stop();
  expect(f.violations, 'contract violations').toEqual([]);
  expect(world.tripwire.hits, 'requests that escaped loopback').toEqual([]);
});

async function setup(): Promise<FakeGitHub> {
  fake = await newFake(world);
  return fake;
}

/** The run's report as written to its workspace. */
async function readJson(run: ActionRun, rel: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(run.workspace, rel), 'utf8')) as Record<string, unknown>;
}

function prRun(f: FakeGitHub, id = 2001) {
  return f.addRun({ id, headSha: SHA.head, headBranch: 'feature', event: 'pull_request' });
}

/** A push run on main that analyses `valid` and leaves its report artifact (the baseline). */
async function seedBaseline(f: FakeGitHub): Promise<number> {
  const run = f.addRun({ id: 1001, headSha: SHA.base, headBranch: 'main', event: 'push' });
  const r = await act(world, f, {
    run,
    event: 'push',
    payload: pushEvent(SHA.base),
    inputs: { ...WRITE },
    results: 'valid',
  });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  run.conclusion = 'success';
  f.requests.length = 0;
  return run.id;
}

it('the bundle under test exists (build it with npm run bundle)', () => {
  expect(existsSync(DIST), `${DIST} is missing`).toBe(true);
});

const d = haveDist ? describe : describe.skip;

d('action e2e (dist/index.js on Node 24)', () => {
  it('runs on Node 24', () => {
    const r = spawnSync(node24(), ['-p', 'process.version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toMatch(/^v24\./);
  });

  it('analyze with no token and no artifact runtime: report, summary, outputs, no network', async () => {
    const f = await setup();
    const run = prRun(f);
    const r = await act(world, f, {
      run,
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { 'github-token': '' },
      results: 'valid',
      noRuntime: true,
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.requests).toEqual([]);
    expect(r.outputs).toEqual({
      'artifact-id': '',
      'check-run-id': '',
      'comment-url': '',
      'compare-path': '',
      'critical-count': '0',
      'report-path': 'inferguard-out/report.json',
      status: 'pass',
      verdict: 'NO_BASELINE',
      'warning-count': r.outputs['warning-count'],
    });
    const report = await readJson(r, 'inferguard-out/report.json');
    expect(validateContract('inferguard-analyze/v1', report)).toEqual({ ok: true });
    // valid/ holds three cells (c4, c8, c16 of one vLLM sweep).
    expect((report.cells as unknown[]).length).toBe(3);
    expect(r.summary).toContain('<summary>Full report</summary>');
    const ttfs = await readJson(r, 'inferguard-out/ttfs.json');
    expect(validateContract('inferguard-ttfs-event/v1', ttfs)).toEqual({ ok: true });
    expect(ttfs).toMatchObject({
      event_type: 'signal.rendered',
      surface: 'ci',
      is_offline_mode: true,
      tenant_id: 'octo/repo',
    });
  });

  it('first PR run: no baseline, comment created, artifact uploaded', async () => {
    const f = await setup();
    const run = prRun(f);
    const r = await act(world, f, {
      run,
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET actions/get-workflow-run 200',
      'GET actions/list-workflow-runs 200',
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    expect(f.twirpCalls()).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
    expect(f.comments).toHaveLength(1);
    const c = f.comments[0];
    expect(c?.body.startsWith(MARKER)).toBe(true);
    expect(r.outputs['comment-url']).toBe(`https://github.com/octo/repo/pull/${PR_NUMBER}#issuecomment-${c?.id}`);
    const art = f.artifacts.find((a) => a.name === 'inferguard-report');
    expect(r.outputs['artifact-id']).toBe(String(art?.id));
    expect(r.outputs.verdict).toBe('NO_BASELINE');
    expect(r.stdout).toContain("no baseline: no successful push run of this workflow on 'main'");
    expect(r.summary).toContain('**Regression verdict:**');
    expect(r.summary).toContain("no successful push run of this workflow on 'main'");
    expect(r.summary).toContain('<summary>Full report</summary>');
    // The uploaded zip holds our six files (names are stored uncompressed in the zip directory).
    const zip = (await world.azurite.read(f.container, art?.blob ?? '')).toString('latin1');
    for (const n of ['comment.md', 'pr-context.json', 'report.json', 'report.md', 'ttfs.json'])
      expect(zip).toContain(n);
    expect(zip).not.toContain('compare.json');
  });

  it('second run updates the same comment', async () => {
    const f = await setup();
    const first = await act(world, f, {
      run: prRun(f, 2001),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'valid',
    });
    const second = await act(world, f, {
      run: prRun(f, 2002),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'valid',
    });
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    expect(f.restCalls().filter((c) => c.includes('comment'))).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET issues/list-comments 200',
      'PATCH issues/update-comment 200',
    ]);
    expect(f.comments).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(second.summary).toContain('**Validity:**');
  });

  it('baseline found on main, downloaded from the other run and compared', async () => {
    const f = await setup();
    const baseRun = await seedBaseline(f);
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET actions/get-workflow-run 200',
      'GET actions/list-workflow-runs 200',
      'GET actions/list-workflow-run-artifacts 200',
      'GET actions/download-artifact 302',
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    const list = f.requests.find((q) => q.operation === 'actions/list-workflow-runs');
    expect(list?.query).toMatchObject({
      branch: 'main',
      event: 'push',
      status: 'success',
      exclude_pull_requests: 'true',
    });
    expect(f.requests.find((q) => q.operation === 'actions/list-workflow-run-artifacts')?.path).toBe(
      `/repos/octo/repo/actions/runs/${baseRun}/artifacts`,
    );
    expect(r.outputs['compare-path']).toBe('inferguard-out/compare.json');
    const diff = await readJson(r, 'inferguard-out/compare.json');
    expect(validateContract('inferguard-report-diff/v1', diff)).toEqual({ ok: true });
    // Same three cells on both sides: nothing can have regressed.
    expect(['NEUTRAL', 'INSUFFICIENT_DATA']).toContain(r.outputs.verdict);
    expect(r.outputs.verdict).toBe((diff.verdict as { verdict: string }).verdict);
    expect(r.stdout).toContain(`baseline: run ${baseRun}`);
    expect(r.summary).toContain(`**Regression verdict:**`);
    expect(r.summary).toContain(`Baseline: run ${baseRun}.`);
  });

  it('no baseline: main has a successful run without our artifact', async () => {
    const f = await setup();
    const main = f.addRun({ id: 1001, headSha: SHA.base, headBranch: 'main', event: 'push', conclusion: 'success' });
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(f.restCalls().slice(0, 3)).toEqual([
      'GET actions/get-workflow-run 200',
      'GET actions/list-workflow-runs 200',
      'GET actions/list-workflow-run-artifacts 200',
    ]);
    expect(f.requests.find((q) => q.operation === 'actions/list-workflow-run-artifacts')?.path).toContain(
      `/runs/${main.id}/`,
    );
    expect(r.outputs.verdict).toBe('NO_BASELINE');
    expect(r.stdout).toContain("no baseline: no recent successful run on 'main' has a 'inferguard-report' artifact");
    expect(r.summary).toContain("no recent successful run on 'main' has a 'inferguard-report' artifact");
  });

  it('an invalid run fails the step, with summary, annotation, outputs and comment still written', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'invalid',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('fail');
    expect(Number(r.outputs['critical-count'])).toBeGreaterThanOrEqual(1);
    expect(
      r.commands.some(
        (l) => l.startsWith('::error') && l.includes('title=inferguard%3A invalid_run_no_successful_requests'),
      ),
    ).toBe(true);
    expect(r.commands.at(-1)).toMatch(
      /^::error::\d+ critical and \d+ warning validity finding\(s\) reach fail-on 'critical'; first: /,
    );
    expect(r.summary).toContain('invalid_run_no_successful_requests');
    expect(r.summary).toContain('## InferGuard: ❌ Invalid · check fails');
    expect(r.summary).toContain('**Validity:** ❌ invalid: ');
    expect(r.summary).toMatch(/\*\*Check:\*\* ❌ fails: 1 critical validity finding \\\(invalid\\_run/);
    expect(f.restCalls()).toContain('POST issues/create-comment 201');
    expect(f.twirpCalls()).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
  });

  it('a sweep that finds its knee (a critical TTFT cliff only) passes the step by default', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'cliff',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.status).toBe('pass');
    expect(r.outputs['critical-count']).toBe('1');
    // The cliff does not fail the step, so its annotation is a warning, never an error.
    expect(r.commands.some((l) => l.startsWith('::warning') && l.includes('title=inferguard%3A ttft_cliff'))).toBe(
      true,
    );
    expect(r.commands.some((l) => l.startsWith('::error'))).toBe(false);
    const body = f.comments.at(-1)?.body ?? '';
    for (const text of [r.summary, body]) {
      expect(text).toContain('**Validity:** ✅ valid: ');
      // The critical cliff next to a passing check: the check line says why it does not fail.
      expect(text).toContain(
        '**Check:** ✅ passes: critical behaviour findings (`ttft_cliff`) fail it only when listed in `fail-on-findings`. It fails on critical validity findings, blocking gates.',
      );
      expect(text).toMatch(/🛑\u00a0`ttft_cliff`/);
    }
  });

  it('the same sweep fails the step with fail-on-findings: ttft_cliff', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, 'fail-on-findings': 'ttft_cliff' },
      results: 'cliff',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('fail');
    // Listed, it fails the step: now its annotation is an error.
    expect(r.commands.some((l) => l.startsWith('::error') && l.includes('title=inferguard%3A ttft_cliff'))).toBe(true);
    expect(r.commands.at(-1)).toMatch(
      /^::error::1 finding listed in fail-on-findings \(ttft_cliff\); first: p99 TTFT rises/,
    );
    expect(r.summary).toContain('**Check:** ❌ fails: ttft\\_cliff listed in fail-on-findings.');
    expect(f.restCalls()).toContain('POST issues/create-comment 201');
  });

  it('fork PR with a read-only token: comment refused (403) as a warning, everything else written', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent('forker/repo'),
      inputs: READONLY,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls().slice(-2)).toEqual(['GET issues/list-comments 200', 'POST issues/create-comment 403']);
    expect(r.commands).toContain(
      "::warning::comment skipped: the token cannot write to this pull request (a fork PR's read-only token?): GitHub API issues/create-comment failed (HTTP 403): Resource not accessible by integration",
    );
    expect(r.outputs['comment-url']).toBe('');
    expect(r.outputs['artifact-id']).not.toBe('');
    expect(r.summary).toContain('<summary>Full report</summary>');
    expect(f.comments).toHaveLength(0);
  });

  it('workflow_run comment mode: report from the fork run, PR confirmed by head SHA, comment posted', async () => {
    const f = await setup();
    const pr = f.addRun({
      id: 2001,
      headSha: SHA.head,
      headBranch: 'feature',
      event: 'pull_request',
      headRepo: 'forker/repo',
    });
    const a = await act(world, f, {
      run: pr,
      event: 'pull_request',
      payload: pullRequestEvent('forker/repo'),
      inputs: READONLY,
      results: 'valid',
    });
    expect(a.exitCode).toBe(0);
    pr.conclusion = 'success';
    f.requests.length = 0;
    const commenter = f.addRun({
      id: 3001,
      headSha: SHA.base,
      headBranch: 'main',
      event: 'workflow_run',
      workflowId: 88,
    });
    // Fork PRs: workflow_run.pull_requests is empty; the PR number comes from the artifact.
    const r = await act(world, f, {
      run: commenter,
      event: 'workflow_run',
      payload: workflowRunEvent(pr, []),
      inputs: { ...WRITE, mode: 'comment' },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET actions/list-workflow-run-artifacts 200',
      'GET actions/download-artifact 302',
      'GET pulls/get 200',
      'GET actions/list-workflow-runs 200',
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'POST checks/create 201',
    ]);
    expect(f.requests.find((q) => q.operation === 'actions/list-workflow-run-artifacts')).toMatchObject({
      path: '/repos/octo/repo/actions/runs/2001/artifacts',
      query: { name: 'inferguard-report' },
    });
    expect(f.requests.find((q) => q.operation === 'actions/list-workflow-runs')?.path).toBe(
      '/repos/octo/repo/actions/workflows/77/runs',
    );
    expect(f.comments).toHaveLength(1);
    expect(r.outputs['comment-url']).toContain(`/pull/${PR_NUMBER}#issuecomment-`);
    expect(f.twirpCalls()).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
    expect(f.artifacts.filter((x) => x.runId === 3001).map((x) => x.name)).toEqual(['inferguard-report-comment']);
  });

  it('workflow_run comment mode refuses a PR whose head moved (SHA mismatch): no comment', async () => {
    const f = await setup();
    const pr = f.addRun({
      id: 2001,
      headSha: SHA.head,
      headBranch: 'feature',
      event: 'pull_request',
      headRepo: 'forker/repo',
    });
    expect(
      (
        await act(world, f, {
          run: pr,
          event: 'pull_request',
          payload: pullRequestEvent('forker/repo'),
          inputs: READONLY,
          results: 'valid',
        })
      ).exitCode,
    ).toBe(0);
    pr.conclusion = 'success';
    f.requests.length = 0;
    f.addPull({
      number: PR_NUMBER,
      headSha: SHA.moved,
      headRef: 'feature',
      headRepo: 'forker/repo',
      baseRef: 'main',
      baseSha: SHA.base,
    });
    const commenter = f.addRun({
      id: 3001,
      headSha: SHA.base,
      headBranch: 'main',
      event: 'workflow_run',
      workflowId: 88,
    });
    const r = await act(world, f, {
      run: commenter,
      event: 'workflow_run',
      payload: workflowRunEvent(pr, [PR_NUMBER]),
      inputs: { ...WRITE, mode: 'comment' },
    });
    expect(r.exitCode).toBe(0);
    expect(f.restCalls().filter((c) => c.includes('comment'))).toEqual([]);
    expect(r.commands).toContain(
      `::warning::PR #${PR_NUMBER} head is ${SHA.moved.slice(0, 12)}, but the triggering run built ${SHA.head.slice(0, 12)}; not commenting`,
    );
    expect(f.comments).toHaveLength(0);
    expect(r.outputs['comment-url']).toBe('');
  });

  it('finds our comment on page 2 of 130 and updates it', async () => {
    const f = await setup();
    for (let i = 0; i < 130; i++) {
      if (i === 119) f.addComment(PR_NUMBER, `${MARKER}\nold`, BOT);
      else f.addComment(PR_NUMBER, `comment ${i}`, { login: 'octocat', type: 'User' });
    }
    const ours = f.comments[119];
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET issues/list-comments 200',
      'GET issues/list-comments 200',
      'PATCH issues/update-comment 200',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    expect(f.requests.filter((q) => q.operation === 'issues/list-comments').map((q) => q.query.page)).toEqual([
      '1',
      '2',
    ]);
    expect(f.requests.find((q) => q.operation === 'issues/update-comment')?.path).toBe(
      `/repos/octo/repo/issues/comments/${ours?.id}`,
    );
    expect(f.comments).toHaveLength(130);
  });

  it('ignores an impostor: a human comment carrying our marker is never updated', async () => {
    const f = await setup();
    const human = f.addComment(PR_NUMBER, `${MARKER}\nI copied the marker`, { login: 'octocat', type: 'User' });
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    expect(human.body).toBe(`${MARKER}\nI copied the marker`);
    expect(f.comments.filter((c) => c.user.type === 'Bot')).toHaveLength(1);
  });

  it('oversize body: cut under the limit with a note, no 422', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none', 'fail-on': 'never' },
      prepare: (ws) => writeManyInvalidCells(ws, 400),
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls().filter((c) => c.includes('comment'))).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
    ]);
    // The check run carries 150 of the findings as annotations: 50 with the create, 2 PATCHes of 50.
    expect(f.restCalls().filter((c) => c.includes('checks/'))).toEqual([
      'POST checks/create 201',
      'PATCH checks/update 200',
      'PATCH checks/update 200',
    ]);
    expect(f.checkRuns[0]?.annotations).toHaveLength(150);
    const report = await readJson(r, 'inferguard-out/report.json');
    const findings = report.findings as { message: string; code: string }[];
    const invalid = findings.filter((x) => x.code === 'invalid_run_no_successful_requests');
    // 400 invalid cells: their messages alone are longer than GitHub's 65,536-character limit.
    expect(invalid).toHaveLength(400);
    expect(invalid.reduce((n, x) => n + x.message.length, 0)).toBeGreaterThan(65_536);
    const body = f.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body.startsWith(MARKER)).toBe(true);
    // Grouped: one row for the 400, the list (capped) in details, the rest in the artifact.
    expect(body).toMatch(/`invalid_run_no_successful_requests`\u00a0×400 \| 400 cells \|/);
    expect(body).toMatch(/\d+ more are in report\.json \(artifact\)/);
    expect(r.summary).toContain('<summary>Full report</summary>');
  });

  it('a 502 on the comment list is retried once', async () => {
    const f = await setup();
    f.fault({ operation: 'issues/list-comments', status: 502, body: { message: 'Server Error' } });
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET issues/list-comments 502 (injected)',
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    expect(f.comments).toHaveLength(1);
  });

  it('a secondary rate limit on the comment POST is waited out (retry-after) and retried', async () => {
    const f = await setup();
    f.fault({
      operation: 'issues/create-comment',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(f.restCalls()).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 403 (injected)',
      'POST issues/create-comment 201',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    expect(r.commands.some((l) => l.startsWith('::warning::GitHub API secondary rate limit hit'))).toBe(true);
    expect(f.comments).toHaveLength(1);
  });

  it('an expired baseline artifact (410 on download) is a stated outcome, not an error', async () => {
    const f = await setup();
    await seedBaseline(f);
    f.fault({
      operation: 'actions/download-artifact',
      status: 410,
      body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest', status: '410' },
    });
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: WRITE,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls()).toContain('GET actions/download-artifact 410 (injected)');
    expect(r.outputs.verdict).toBe('NO_BASELINE');
    expect(r.commands).toContain(
      '::warning::baseline run 1001 not used: the baseline artifact of run 1001 has expired (HTTP 410)',
    );
    expect(f.restCalls()).toContain('POST issues/create-comment 201');
  });

  it('409 on CreateArtifact (a re-run): warning, no artifact id, comment still posted', async () => {
    const f = await setup();
    f.fault({
      operation: 'CreateArtifact',
      status: 409,
      body: { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' },
    });
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(f.twirpCalls()).toEqual(['CreateArtifact 409 (injected)']);
    expect(r.outputs['artifact-id']).toBe('');
    expect(
      r.commands.some((l) =>
        l.startsWith(
          "::warning::report artifact not uploaded: 'inferguard-report' already exists in this run (a re-run?)",
        ),
      ),
    ).toBe(true);
    expect(f.restCalls()).toContain('POST issues/create-comment 201');
  });

  it('merge mode: three shard reports from a matrix become one report and one comment', async () => {
    const f = await setup();
    const run = prRun(f, 4001);
    for (const s of ['s1', 's2', 's3']) {
      const r = await act(world, f, {
        run,
        event: 'pull_request',
        payload: pullRequestEvent(),
        inputs: { ...WRITE, baseline: 'none', comment: 'never', 'report-artifact': `report-shard-${s}` },
        results: `shards/${s}`,
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    }
    f.requests.length = 0;
    const r = await act(world, f, {
      run,
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: {
        ...WRITE,
        mode: 'merge',
        baseline: 'none',
        'artifact-pattern': 'report-shard-*',
        'results-path': 'shards',
      },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    // The three shard downloads run in the pool (download-concurrency 8), so their calls interleave.
    const twirp = f.twirpCalls();
    expect(twirp[0]).toBe('ListArtifacts 200');
    expect(twirp.slice(1, -2).sort()).toEqual(
      ['s1', 's2', 's3'].flatMap(() => ['GetSignedArtifactURL 200', 'ListArtifacts 200']).sort(),
    );
    expect(twirp.slice(-2)).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
    expect(f.restCalls()).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET pulls/get 200',
      'POST checks/create 201',
    ]);
    const report = await readJson(r, 'inferguard-out/report.json');
    expect(validateContract('inferguard-analyze/v1', report)).toEqual({ ok: true });
    // s1, s2, s3 hold c4, c8 and c16 of the same sweep: three cells, one family.
    expect((report.cells as unknown[]).length).toBe(3);
    expect(report.merged_from).toEqual([
      'report-shard-s1/report.json',
      'report-shard-s2/report.json',
      'report-shard-s3/report.json',
    ]);
    expect(f.comments).toHaveLength(1);
  });
});
