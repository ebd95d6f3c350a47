/**
 * End to end, the durable history (`history-branch`): the bundled action under Node 24 against
 * the loopback GitHub, whose Git Data API routes (refs, commits, trees, blobs; git's own object
 * ids) are validated against @octokit/openapi like the others. A push run on the base branch
 * appends one inferguard-history/v1 file (the branch created as an orphan when missing) and prunes
 * to `history-keep`; a pull request run whose base artifacts expired reads the history as its
 * baseline and says so; a corrupt or oversized file is skipped with a warning naming it; a 403
 * (no contents: write) or a failing read is a warning, never a failed check; a pull request run
 * never writes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub, FakeRun } from './harness/fake-github.js';
import { DIST, type ActionRun } from './harness/run-action.js';
import {
  act,
  newFake,
  pullRequestEvent,
  pushEvent,
  SHA,
  startWorld,
  stopWorld,
  type World,
} from './harness/scenario.js';

const BRANCH = 'inferguard-data';
const HIST = { 'github-token': 'ghs_write', 'history-branch': BRANCH };
const DIR = 'history/default';
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

function gitCalls(f: FakeGitHub): string[] {
  return f.restCalls().filter((c) => c.includes(' git/'));
}

function warnings(r: ActionRun): string[] {
  return r.commands.filter((c) => c.startsWith('::warning'));
}

function historyFiles(f: FakeGitHub): string[] {
  return [...f.git.files(BRANCH).keys()].filter((p) => p.startsWith(`${DIR}/`)).sort();
}

/** A successful push run on main analysing `valid`, with `inputs`; the git calls it made. */
async function pushRun(
  f: FakeGitHub,
  id: number,
  sha: string,
  inputs: Record<string, string> = HIST,
): Promise<{ run: FakeRun; r: ActionRun; calls: string[] }> {
  const run = f.addRun({ id, headSha: sha, headBranch: 'main', event: 'push' });
  const r = await act(world, f, { run, event: 'push', payload: pushEvent(sha), inputs, results: 'valid' });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  run.conclusion = 'success';
  const calls = gitCalls(f);
  f.requests.length = 0;
  return { run, r, calls };
}

function prRun(f: FakeGitHub, id = 2001): FakeRun {
  return f.addRun({ id, headSha: SHA.head, headBranch: 'feature', event: 'pull_request' });
}

/** Every report artifact of the base runs expired (the 90 days have passed). */
function expireArtifacts(f: FakeGitHub): void {
  for (const a of f.artifacts) if (a.runId < 2000) a.expired = true;
}

const d = haveDist ? describe : describe.skip;

d('durable history (dist/index.js on Node 24)', () => {
  it('push runs on main: the first creates the branch (orphan), later ones fast-forward it and prune to history-keep', async () => {
    const f = await setup();
    const first = await pushRun(f, 1001, SHA.base, { ...HIST, 'history-keep': '2' });
    // The push's own baseline lookup reads the branch first (none yet), then the write.
    expect(first.calls).toEqual([
      'GET git/get-ref 404',
      'GET git/get-ref 404',
      'POST git/create-blob 201',
      'POST git/create-tree 201',
      'POST git/create-commit 201',
      'POST git/create-ref 201',
    ]);
    expect(f.git.log(BRANCH)).toHaveLength(1);
    expect(f.git.log(BRANCH)[0]?.parents).toEqual([]);
    const [file1] = historyFiles(f);
    expect(file1).toMatch(new RegExp(`^${DIR}/\\d{8}T\\d{6}Z-1001-${SHA.base.slice(0, 12)}\\.json$`));
    expect(first.r.stdout).toContain(`durable history: wrote ${file1} to '${BRANCH}' (branch created)`);

    // The file: the envelope and the slim report, deterministic JSON, no machine path.
    const text = f.git.files(BRANCH).get(file1 as string) as string;
    const entry = JSON.parse(text) as Record<string, unknown>;
    expect(text).toBe(`${JSON.stringify(entry)}\n`);
    expect(entry).toMatchObject({
      schema_version: 'inferguard-history/v1',
      suite_key: 'default',
      run_id: 1001,
      sha: SHA.base,
      ref: 'main',
    });
    const report = entry.report as { schema_version: string; cells: { metrics: object }[]; findings: unknown[] };
    expect(report.schema_version).toBe('inferguard-analyze/v1');
    const full = JSON.parse(await readFile(path.join(first.r.workspace, 'inferguard-out/report.json'), 'utf8')) as {
      cells: unknown[];
    };
    expect(report.cells).toHaveLength(full.cells.length);
    expect(report.findings).toEqual([]);
    expect(text).not.toContain(first.r.workspace);
    expect(text).not.toContain('/tmp/');
    expect(Buffer.byteLength(text)).toBeLessThan(Buffer.byteLength(JSON.stringify(full)));

    const second = await pushRun(f, 1002, SHA.main1, { ...HIST, 'history-keep': '2' });
    expect(second.calls).toEqual([
      // baseline: run 1001 came from its artifact, so no blob is read
      'GET git/get-ref 200',
      'GET git/get-commit 200',
      'GET git/get-tree 200',
      'GET git/get-ref 200',
      'GET git/get-commit 200',
      'GET git/get-tree 200',
      'POST git/create-blob 201',
      'POST git/create-tree 201',
      'POST git/create-commit 201',
      'PATCH git/update-ref 200',
    ]);
    expect(historyFiles(f)).toHaveLength(2);
    const third = await pushRun(f, 1003, SHA.moved, { ...HIST, 'history-keep': '2' });
    const files = historyFiles(f);
    expect(files).toHaveLength(2);
    expect(files.some((p) => p.includes('-1001-'))).toBe(false);
    expect(files.map((p) => /-(\d+)-[0-9a-f]{12}\.json$/.exec(p)?.[1])).toEqual(['1002', '1003']);
    expect(third.r.stdout).toContain('pruned 1 (history-keep 2)');
    // The pages folder: report.html's renderer over this run and its base runs, for deploy-pages.
    const page = await readFile(path.join(third.r.workspace, 'inferguard-out/pages/index.html'), 'utf8');
    expect(page).toContain('<script type="application/json" id="report-data">');
    expect(page).toContain('"base_runs":2');
    // The base runs' commits (1001, 1002), 7 digits, on the history charts.
    expect(page).toContain(`"${SHA.base.slice(0, 7)}"`);
    expect(page).toContain(`"${SHA.main1.slice(0, 7)}"`);
    expect(third.r.stdout).toContain('durable history: pages written to inferguard-out/pages/index.html');
    // Three commits, each on the previous one (fast-forwards).
    const log = f.git.log(BRANCH);
    expect(log).toHaveLength(3);
    expect(log[0]?.parents).toEqual([log[1]?.sha]);
    expect(log[1]?.parents).toEqual([log[2]?.sha]);
    expect(log[0]?.message).toBe(`inferguard history: default run 1003 (${SHA.moved.slice(0, 12)})`);
  });

  it('a concurrent writer (422 not a fast forward on the ref) is retried once from the new head', async () => {
    const f = await setup();
    await pushRun(f, 1001, SHA.base);
    f.fault({
      operation: 'git/update-ref',
      status: 422,
      body: { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest' },
    });
    const { calls, r } = await pushRun(f, 1002, SHA.main1);
    expect(calls.filter((c) => c.startsWith('PATCH'))).toEqual([
      'PATCH git/update-ref 422 (injected)',
      'PATCH git/update-ref 200',
    ]);
    // One read for the baseline, two heads for the write (before and after the 422).
    expect(calls.filter((c) => c === 'GET git/get-ref 200')).toHaveLength(3);
    expect(historyFiles(f)).toHaveLength(2);
    expect(warnings(r).filter((w) => w.includes('durable history'))).toEqual([]);
  });

  it('a pull request run whose base artifacts expired takes its baseline from the history branch, and writes nothing', async () => {
    const f = await setup();
    await pushRun(f, 1001, SHA.base);
    await pushRun(f, 1002, SHA.main1);
    expireArtifacts(f);
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: HIST,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).not.toBe('NO_BASELINE');
    const calls = gitCalls(f);
    expect(calls.filter((c) => !c.startsWith('GET'))).toEqual([]);
    expect(calls.filter((c) => c.startsWith('GET git/get-blob'))).toHaveLength(2);
    expect(r.stdout).toMatch(
      new RegExp(
        `durable history: 2 base runs read from '${BRANCH}' \\(${DIR}/\\S+-1002-\\S+\\.json, ${DIR}/\\S+-1001-`,
      ),
    );
    // Run 1001 is the PR's merge base (SHA.base): it goes first, as with artifacts.
    const note = `2 base runs (merge base first), newest run 1001 from the history branch '${BRANCH}'; artifacts: the 'inferguard-report' artifact of the recent runs on 'main' has expired`;
    expect(r.stdout).toContain(`baseline: ${note}`);
    expect(f.comments[0]?.body).toContain(`from the history branch '${BRANCH}'`);
    expect(existsSync(path.join(r.workspace, 'inferguard-out/pages'))).toBe(false);
  });

  it('with artifacts for some runs, artifacts come first and the history fills in the rest', async () => {
    const f = await setup();
    await pushRun(f, 1001, SHA.base);
    await pushRun(f, 1002, SHA.main1);
    for (const a of f.artifacts) if (a.runId === 1001) a.expired = true;
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: HIST,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `baseline: 2 base runs, newest run 1002: 1 from artifacts, 1 from the history branch '${BRANCH}'; artifacts: 1 expired, 0 missing`,
    );
    // Run 1002 came from its artifact: only 1001's file is fetched.
    expect(gitCalls(f).filter((c) => c.startsWith('GET git/get-blob'))).toHaveLength(1);
  });

  it('a corrupt and an oversized history file are skipped with a warning naming each; the good one is the baseline', async () => {
    const f = await setup();
    await pushRun(f, 1001, SHA.base);
    expireArtifacts(f);
    const corrupt = `${DIR}/20991231T000000Z-1998-${'f'.repeat(12)}.json`;
    const big = `${DIR}/20991231T000001Z-1999-${'e'.repeat(12)}.json`;
    f.git.commitFile(BRANCH, corrupt, '{"schema_version": "inferguard-history/v1", "report": ');
    f.git.commitFile(BRANCH, big, `{${' '.repeat(300_000)}}`);
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...HIST, 'max-report-bytes': '200000' },
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const w = warnings(r).filter((x) => x.includes('durable history'));
    expect(w).toEqual([
      `::warning::durable history file ${big} on '${BRANCH}' skipped: 300002 bytes, over the 200000-byte cap (max-report-bytes); not read`,
      `::warning::durable history file ${corrupt} on '${BRANCH}' skipped: is not valid JSON`,
    ]);
    // The oversized blob is never fetched: 2 blob reads (the corrupt one and the good one).
    expect(gitCalls(f).filter((c) => c.startsWith('GET git/get-blob'))).toHaveLength(2);
    expect(r.stdout).toContain(`baseline: run 1001 from the history branch '${BRANCH}'`);
    expect(r.stdout).toContain('2 history files unusable');
    expect(r.outputs.verdict).not.toBe('NO_BASELINE');
  });

  it('no history branch yet: no history, said once; a read failure (403) is a warning, never a failed check', async () => {
    const f = await setup();
    const base = f.addRun({ id: 1001, headSha: SHA.base, headBranch: 'main', event: 'push', conclusion: 'success' });
    expect(base.id).toBe(1001);
    const r = await act(world, f, {
      run: prRun(f),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: HIST,
      results: 'valid',
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`durable history: branch '${BRANCH}' does not exist yet, so no history from it`);
    expect(r.outputs.verdict).toBe('NO_BASELINE');
    f.requests.length = 0;
    f.fault({ operation: 'git/get-ref', status: 403 });
    const r2 = await act(world, f, {
      run: prRun(f, 2002),
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: HIST,
      results: 'valid',
    });
    expect(r2.exitCode, r2.stdout + r2.stderr).toBe(0);
    expect(gitCalls(f)).toEqual(['GET git/get-ref 403 (injected)']);
    expect(warnings(r2)).toContain(
      `::warning::durable history not read from '${BRANCH}': GitHub API git/get-ref failed (HTTP 403): injected`,
    );
  });

  it('a token without contents: write (403 on the blob) is one warning saying so; the run passes', async () => {
    const f = await setup();
    const { calls, r } = await pushRun(f, 1001, SHA.base, { ...HIST, 'github-token': 'ghs_fork_readonly' });
    expect(calls, r.stdout).toEqual(['GET git/get-ref 404', 'GET git/get-ref 404', 'POST git/create-blob 403']);
    expect(warnings(r).filter((x) => x.includes('durable history'))).toEqual([
      `::warning::durable history not written to '${BRANCH}': GitHub API git/create-blob failed (HTTP 403): Resource not accessible by integration (the job needs permissions: contents: write)`,
    ]);
    expect(f.git.refs.size).toBe(0);
    expect(r.summary).toContain('**Validity:**');
  });

  it('off by default; a push to another branch or a failing push run never writes', async () => {
    const f = await setup();
    const { calls } = await pushRun(f, 1001, SHA.base, { 'github-token': 'ghs_write' });
    expect(calls).toEqual([]);
    // The push is to main; the base branch is release.
    const other = await pushRun(f, 1002, SHA.main1, { ...HIST, 'base-branch': 'release' });
    expect(other.calls.filter((c) => !c.startsWith('GET'))).toEqual([]);
    expect(other.r.stdout).toContain(
      `durable history: not written to '${BRANCH}': the push is not to the base branch 'release'`,
    );
    expect(f.git.refs.size).toBe(0);
    // A push run that fails its check (invalid results) is no base run: not written either.
    const bad = f.addRun({ id: 1003, headSha: SHA.moved, headBranch: 'main', event: 'push' });
    const r = await act(world, f, {
      run: bad,
      event: 'push',
      payload: pushEvent(SHA.moved),
      inputs: HIST,
      results: 'invalid',
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `durable history: not written to '${BRANCH}': this run fails its check, so it is no base run`,
    );
    expect(f.git.refs.size).toBe(0);
  });
});
