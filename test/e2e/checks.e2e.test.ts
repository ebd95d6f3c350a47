/**
 * End to end, the check run and the accept label (issue 24): the bundled action under Node 24
 * against the loopback GitHub (Checks API routes validated against @octokit/openapi like the
 * others). The `InferGuard` check run goes on the PR's head SHA (never the merge SHA, which the fake
 * does not know: a check there is a 422), its conclusion is the exit decision, title and summary
 * are the comment's headline and top, annotations come 50 per request. Where no check run can be
 * made (push, closed PR, no checks permission, 403, 422, a fork's token) the summary and comment
 * are still written and the log says why; in analyze mode "closed" is asked with one GET /pulls
 * just before the check run (the event payload's state is from when the run started). A PR
 * carrying the accept label passes a regression (neutral), never a validity failure; mode recheck
 * re-evaluates from the uploaded report.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { makeZip } from '../helpers/zip.js';
import { type FakeGitHub, REPO } from './harness/fake-github.js';
import { DIST, type ActionRun } from './harness/run-action.js';
import {
  act,
  FIXTURES,
  newFake,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  SHA,
  startWorld,
  stopWorld,
  workflowRunEvent,
  writeManyInvalidCells,
  type World,
} from './harness/scenario.js';

const WRITE = { 'github-token': 'ghs_write' };
const ACCEPT = 'inferguard-accept';
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

function prRun(f: FakeGitHub, id = 2001, headRepo: string = REPO.fullName) {
  return f.addRun({ id, headSha: SHA.head, headBranch: 'feature', event: 'pull_request', headRepo });
}

function checkCalls(f: FakeGitHub): string[] {
  return f.restCalls().filter((c) => c.includes('checks/'));
}

function warnings(r: ActionRun): string[] {
  return r.commands.filter((c) => c.startsWith('::warning'));
}

/** A baseline report.json whose latencies are half of valid/'s: the valid head then regresses. */
let fasterBase: Report;

const d = haveDist ? describe : describe.skip;

d('check run (dist/index.js on Node 24)', () => {
  beforeAll(async () => {
    const out = path.join(tmpdir(), `ig-checks-${process.pid}`);
    const analyzed = await analyzeResultsDir({ resultsDir: path.join(FIXTURES, 'valid'), outputDir: out, cwd: out });
    fasterBase = structuredClone(analyzed.report);
    for (const c of fasterBase.cells)
      for (const k of Object.keys(c.metrics))
        if (/ttft|tpot|itl|e2el/.test(k) && typeof c.metrics[k] === 'number') c.metrics[k] = c.metrics[k] / 2;
  });

  async function withFasterBase(ws: string): Promise<void> {
    await mkdir(path.join(ws, 'base'), { recursive: true });
    await writeFile(path.join(ws, 'base', 'report.json'), JSON.stringify(fasterBase));
  }

  it('a PR run: InferGuard on the PR head SHA (not the merge SHA), success, title and summary from the comment', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(checkCalls(f)).toEqual(['POST checks/create 201']);
    const [check] = f.checkRuns;
    expect(check).toMatchObject({ name: 'InferGuard', headSha: SHA.head, status: 'completed', conclusion: 'success' });
    expect(check?.headSha).not.toBe(SHA.merge);
    const comment = f.comments[0]?.body ?? '';
    const headline = /^## (.+)$/m.exec(comment)?.[1] ?? '';
    expect(check?.title).toBe(headline.replace(/\*\*|`/g, ''));
    expect(check?.title.startsWith('InferGuard: ')).toBe(true);
    // The summary is the comment's top: its headline facts, no sections, plus where the rest is.
    expect(check?.summary).toContain('**Validity:**');
    expect(check?.summary).not.toContain('### ');
    expect(check?.summary).toContain(`[PR comment](${r.outputs['comment-url']})`);
    expect(check?.detailsUrl).toBe('https://github.com/octo/repo/actions/runs/2001');
    expect(r.outputs['check-run-id']).toBe(String(check?.id));
    // Each request validated against checks/create in @octokit/openapi (afterEach: no violations).
    expect(f.requests.find((q) => q.operation === 'checks/create')?.body).toMatchObject({
      head_sha: SHA.head,
      status: 'completed',
      conclusion: 'success',
    });
  });

  it("a comment-key other than default names the check 'InferGuard (<key>)'", async () => {
    const f = await setup();
    await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none', 'comment-key': 'gpu-a' },
      results: 'valid',
    });
    expect(f.checkRuns.map((c) => c.name)).toEqual(['InferGuard (gpu-a)']);
  });

  it('an invalid run: failure, its 60 findings annotated 50 per request (create, then PATCH)', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none', comment: 'never' },
      prepare: (ws) => writeManyInvalidCells(ws, 60),
    });
    expect(r.exitCode).toBe(1);
    const [check] = f.checkRuns;
    expect(check?.conclusion).toBe('failure');
    const report = JSON.parse(await readFile(path.join(r.workspace, 'inferguard-out/report.json'), 'utf8')) as Report;
    const expected = Math.min(150, report.findings.length);
    expect(expected).toBeGreaterThan(50);
    expect(check?.annotations).toHaveLength(expected);
    expect(checkCalls(f)).toEqual([
      'POST checks/create 201',
      ...Array.from({ length: Math.ceil(expected / 50) - 1 }, () => 'PATCH checks/update 200'),
    ]);
    for (const q of f.requests.filter((x) => x.operation?.startsWith('checks/')))
      expect(((q.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length).toBeLessThanOrEqual(
        50,
      );
    expect(check?.annotations.some((a) => a.annotation_level === 'failure')).toBe(true);
    expect(String(check?.annotations[0]?.path)).toMatch(/^results\//);
  });

  it('a push: no check run, the log says why, summary and outputs written', async () => {
    const f = await setup();
    const run = f.addRun({ id: 1001, headSha: SHA.base, headBranch: 'main', event: 'push' });
    const r = await act(world, f, {
      run,
      event: 'push',
      payload: pushEvent(SHA.base),
      inputs: WRITE,
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(checkCalls(f)).toEqual([]);
    expect(r.stdout).toContain("check run not created: this run is not for a pull request (event 'push')");
    expect(r.summary).toContain('**Validity:**');
    expect(r.outputs['check-run-id']).toBe('');
  });

  it('a token without checks permission: 403 is one warning; summary and comment written', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { 'github-token': 'ghs_no_checks', baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(checkCalls(f)).toEqual(['POST checks/create 403']);
    expect(f.comments).toHaveLength(1);
    expect(r.summary).toContain('**Validity:**');
    const w = warnings(r).filter((x) => x.includes('check run'));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain("check run not created: the token cannot write checks (grant 'checks: write')");
  });

  it.each([
    [403, 'the token cannot write checks'],
    [422, 'GitHub refused it'],
  ])('the check-runs API answering %i: a warning saying so; summary and comment written', async (status, words) => {
    const f = await setup();
    f.fault({
      operation: 'checks/create',
      status,
      body: {
        message: `injected ${status}`,
        documentation_url: 'https://docs.github.com/rest',
        status: String(status),
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
    expect(checkCalls(f)).toEqual([`POST checks/create ${status} (injected)`]);
    expect(f.comments).toHaveLength(1);
    expect(r.summary).toContain('**Validity:**');
    expect(warnings(r).filter((x) => x.includes('check run not created'))).toEqual([expect.stringContaining(words)]);
  });

  it('a fork PR under check-run auto: no attempt with the read-only token, one warning naming the comment workflow', async () => {
    const f = await setup();
    const r = await act(world, f, {
      run: prRun(f, 2001, 'forker/repo'),
      event: 'pull_request',
      payload: pullRequestEvent('forker/repo'),
      inputs: { 'github-token': 'ghs_fork_readonly', baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode).toBe(0);
    expect(checkCalls(f)).toEqual([]);
    expect(warnings(r).filter((x) => x.includes('check run not created'))).toEqual([
      expect.stringContaining('workflow_run comment workflow creates the check run'),
    ]);
  });

  it('check-run: never makes none', async () => {
    const f = await setup();
    await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none', 'check-run': 'never' },
      results: 'valid',
    });
    expect(checkCalls(f)).toEqual([]);
  });

  /** A fork PR's run that uploaded its report, and the workflow_run that comments on it. */
  async function forkReport(f: FakeGitHub, report: Report) {
    const pr = f.addRun({
      id: 2001,
      headSha: SHA.head,
      headBranch: 'feature',
      event: 'pull_request',
      headRepo: 'forker/repo',
    });
    pr.conclusion = 'success';
    await f.addRawArtifact(pr, 'inferguard-report', makeZip([{ name: 'report.json', data: JSON.stringify(report) }]));
    const commenter = f.addRun({
      id: 3001,
      headSha: SHA.base,
      headBranch: 'main',
      event: 'workflow_run',
      workflowId: 88,
    });
    return { pr, commenter };
  }

  it("comment mode: the check run goes on the triggering PR's head SHA", async () => {
    const f = await setup();
    const { pr, commenter } = await forkReport(f, fasterBase);
    const r = await act(world, f, {
      run: commenter,
      event: 'workflow_run',
      payload: workflowRunEvent(pr, [PR_NUMBER]),
      inputs: { ...WRITE, mode: 'comment', baseline: 'none' },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.checkRuns.map((c) => [c.name, c.headSha, c.conclusion])).toEqual([['InferGuard', SHA.head, 'success']]);
    // Another run's report: no annotations from it.
    expect(f.checkRuns[0]?.annotations).toEqual([]);
  });

  it('comment mode, PR closed meanwhile: comment written, no check run, the log says why', async () => {
    const f = await setup();
    const pull = f.pulls.get(PR_NUMBER);
    if (pull) pull.state = 'closed';
    const { pr, commenter } = await forkReport(f, fasterBase);
    const r = await act(world, f, {
      run: commenter,
      event: 'workflow_run',
      payload: workflowRunEvent(pr, [PR_NUMBER]),
      inputs: { ...WRITE, mode: 'comment', baseline: 'none' },
    });
    expect(r.exitCode).toBe(0);
    expect(checkCalls(f)).toEqual([]);
    expect(f.comments).toHaveLength(1);
    expect(warnings(r)).toContainEqual(expect.stringContaining(`check run not created: PR #${PR_NUMBER} is closed`));
  });

  it('analyze mode, PR closed while the benchmark ran (the event said open): one GET /pulls, no check run, summary and comment written', async () => {
    const f = await setup();
    const pull = f.pulls.get(PR_NUMBER);
    if (pull) pull.state = 'closed';
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.restCalls().filter((c) => c.includes('pulls/'))).toEqual(['GET pulls/get 200']);
    expect(checkCalls(f)).toEqual([]);
    expect(f.comments).toHaveLength(1);
    expect(r.summary).toContain('**Validity:**');
    expect(r.outputs['check-run-id']).toBe('');
    expect(warnings(r)).toContainEqual(
      expect.stringContaining(
        `check run not created: PR #${PR_NUMBER} was closed while this run ran (GET /pulls/${PR_NUMBER} says closed)`,
      ),
    );
  });

  it('analyze mode, PR still open: exactly one GET /pulls before the check run; none when no check run would be made', async () => {
    const f = await setup();
    await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, baseline: 'none' },
      results: 'valid',
    });
    const calls = f.restCalls();
    expect(calls.filter((c) => c.includes('pulls/'))).toEqual(['GET pulls/get 200']);
    expect(calls.indexOf('GET pulls/get 200')).toBe(calls.indexOf('POST checks/create 201') - 1);
    const g = await newFake(world);
    try {
      await act(world, g, {
        run: prRun(g, 2002),
        event: 'pull_request',
        payload: pullRequestEvent(),
        inputs: { ...WRITE, baseline: 'none', 'check-run': 'never' },
        results: 'valid',
      });
      expect(g.restCalls().filter((c) => c.includes('pulls/') || c.includes('checks/'))).toEqual([]);
    } finally {
      await g.stop();
    }
    expect(g.violations).toEqual([]);
  });

  describe('accept label', () => {
    it('a regression fails the check without the label', async () => {
      const f = await setup();
      const r = await act(world, f, {
        run: prRun(f),
        event: 'pull_request',
        payload: pullRequestEvent(),
        inputs: { ...WRITE, baseline: 'base/report.json', 'fail-on-regression': 'true' },
        results: 'valid',
        prepare: withFasterBase,
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('REGRESSION');
      expect(f.checkRuns[0]?.conclusion).toBe('failure');
    });

    it('with the label on the PR (event payload): passes, neutral, comment and check say accepted by label and list it', async () => {
      const f = await setup();
      const r = await act(world, f, {
        run: prRun(f),
        event: 'pull_request',
        payload: pullRequestEvent(REPO.fullName, { labels: ['perf', ACCEPT] }),
        inputs: { ...WRITE, baseline: 'base/report.json', 'fail-on-regression': 'true' },
        results: 'valid',
        prepare: withFasterBase,
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.status).toBe('pass');
      const [check] = f.checkRuns;
      expect(check?.conclusion).toBe('neutral');
      const comment = f.comments[0]?.body ?? '';
      for (const text of [comment, check?.summary ?? '', r.summary]) {
        expect(text).toContain(`**Accepted by label** \`${ACCEPT}\``);
        expect(text).toContain('p99\\_ttft regressed \\(3 cell\\(s\\), +100.0%\\)');
      }
      expect(r.stdout).toContain(`carries '${ACCEPT}'`);
    });

    it('validity findings are never accepted by the label', async () => {
      const f = await setup();
      const r = await act(world, f, {
        run: prRun(f),
        event: 'pull_request',
        payload: pullRequestEvent(REPO.fullName, { labels: [ACCEPT] }),
        inputs: { ...WRITE, baseline: 'none' },
        results: 'invalid',
      });
      expect(r.exitCode).toBe(1);
      expect(f.checkRuns[0]?.conclusion).toBe('failure');
      expect(f.comments[0]?.body).toContain('nothing needed accepting');
    });

    it('comment mode reads the label from GET /pulls, not from the artifact', async () => {
      const f = await setup();
      const pull = f.pulls.get(PR_NUMBER);
      if (pull) pull.labels = [ACCEPT];
      const { pr, commenter } = await forkReport(f, fasterBase);
      // The comment workflow compares the fork's report with a base report that is faster still.
      const slower = structuredClone(fasterBase);
      for (const c of slower.cells)
        for (const k of Object.keys(c.metrics))
          if (/ttft|tpot|itl|e2el/.test(k) && typeof c.metrics[k] === 'number') c.metrics[k] = c.metrics[k] / 2;
      const r = await act(world, f, {
        run: commenter,
        event: 'workflow_run',
        payload: workflowRunEvent(pr, [PR_NUMBER]),
        inputs: { ...WRITE, mode: 'comment', baseline: 'base/report.json', 'fail-on-regression': 'true' },
        prepare: async (ws) => {
          await mkdir(path.join(ws, 'base'), { recursive: true });
          await writeFile(path.join(ws, 'base', 'report.json'), JSON.stringify(slower));
        },
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(f.restCalls()).toContain('GET pulls/get 200');
      expect(f.checkRuns[0]).toMatchObject({ headSha: SHA.head, conclusion: 'neutral' });
    });

    it('mode recheck: the label added later re-evaluates check and comment from the uploaded report', async () => {
      const f = await setup();
      // The PR's benchmark run: analyzes, fails on the regression, uploads its report.
      const bench = prRun(f);
      const first = await act(world, f, {
        run: bench,
        event: 'pull_request',
        payload: pullRequestEvent(),
        inputs: { ...WRITE, baseline: 'base/report.json', 'fail-on-regression': 'true' },
        results: 'valid',
        prepare: withFasterBase,
      });
      expect(first.exitCode).toBe(1);
      bench.conclusion = 'failure';
      expect(f.checkRuns.map((c) => c.conclusion)).toEqual(['failure']);
      // Someone adds the label: a pull_request_target labeled run rechecks, no benchmark.
      const pull = f.pulls.get(PR_NUMBER);
      if (pull) pull.labels = [ACCEPT];
      const recheck = f.addRun({
        id: 4001,
        headSha: SHA.base,
        headBranch: 'main',
        event: 'pull_request_target',
        workflowId: 99,
      });
      f.requests.length = 0;
      const r = await act(world, f, {
        run: recheck,
        event: 'pull_request_target',
        payload: pullRequestEvent(REPO.fullName, { labels: [ACCEPT], action: 'labeled', label: ACCEPT }),
        inputs: { ...WRITE, mode: 'recheck', baseline: 'base/report.json', 'fail-on-regression': 'true' },
        prepare: withFasterBase,
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(f.restCalls()).toEqual([
        'GET pulls/get 200',
        'GET actions/list-workflow-runs-for-repo 200',
        'GET actions/list-workflow-run-artifacts 200',
        'GET actions/list-workflow-run-artifacts 200',
        'GET actions/download-artifact 302',
        'GET issues/list-comments 200',
        'PATCH issues/update-comment 200',
        'POST checks/create 201',
      ]);
      expect(f.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([
        [SHA.head, 'failure'],
        [SHA.head, 'neutral'],
      ]);
      expect(f.comments).toHaveLength(1);
      expect(f.comments[0]?.body).toContain(`**Accepted by label** \`${ACCEPT}\``);
      expect(f.artifacts.filter((a) => a.runId === 4001).map((a) => a.name)).toEqual(['inferguard-report-recheck']);
    });
  });
});
