/**
 * End to end against crafted artifacts served by the loopback artifact service: a corrupt zip, a
 * zip bomb and a symlink entry each fail the step fast with one line naming the artifact, and the
 * process exits (the harness kills a child that outlives its timeout: exit code -9 would fail the
 * test); a fork's report with markup in every free-form field yields an inert job summary and
 * comment, and forges no workflow command in the log.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { commentMarker } from '../../src/render/comment.js';
import { expectInert, leakingLines, poisonEveryLeaf } from '../helpers/inert.js';
import { makeZip, zipBomb } from '../helpers/zip.js';
import type { FakeGitHub } from './harness/fake-github.js';
import { DIST } from './harness/run-action.js';
import {
  act,
  FIXTURES,
  newFake,
  PR_NUMBER,
  pullRequestEvent,
  SHA,
  startWorld,
  stopWorld,
  workflowRunEvent,
  type World,
} from './harness/scenario.js';

const WRITE = { 'github-token': 'ghs_write' };
let world: World;
let fake: FakeGitHub | null = null;
const haveDist = existsSync(DIST);
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-hostile-'));

beforeAll(async () => {
  if (haveDist) world = await startWorld();
}, 60_000);

afterAll(async () => {
  await stopWorld(world);
  rmSync(tmp, { recursive: true, force: true });
});

afterEach(async () => {
  if (!fake) return;
  const f = fake;
  fake = null;
  await f.stop();
  expect(f.violations, 'contract violations').toEqual([]);
  expect(world.tripwire.hits, 'requests that escaped loopback').toEqual([]);
});

const d = haveDist ? describe : describe.skip;

d('hostile artifacts (dist/index.js on Node 24)', () => {
  async function analyzeArtifacts(zips: Record<string, Buffer>) {
    fake = await newFake(world);
    const run = fake.addRun({ id: 2001, headSha: SHA.head, headBranch: 'feature', event: 'pull_request' });
    for (const [name, zip] of Object.entries(zips)) await fake.addRawArtifact(run, name, zip);
    return act(world, fake, {
      run,
      event: 'pull_request',
      payload: pullRequestEvent(),
      inputs: { ...WRITE, 'artifact-pattern': 'bmk_*', baseline: 'none' },
      timeoutMs: 60_000,
    });
  }

  const good = makeZip([{ name: 'agg_x.json', data: '{}' }]);

  it.each([
    [
      'a corrupt zip',
      Buffer.from('PK\x03\x04 not really a zip, truncated garbage'),
      "artifact download of 'bmk_evil' failed: archive refused: not a readable zip archive",
    ],
    [
      'a zip bomb (200 MiB of zeros)',
      zipBomb(200),
      "artifact download of 'bmk_evil' failed: archive refused: entry 1 'agg_bomb.json' expands",
    ],
    [
      'a symlink entry',
      makeZip([{ name: 'agg_x.json', data: '/etc/passwd', mode: 0o120777 }]),
      "artifact download of 'bmk_evil' failed: archive refused: entry 1 'agg_x.json' is a symbolic link",
    ],
  ])(
    '%s fails the step within 30 s with one line naming the artifact, and the process exits',
    async (_w, zip, line) => {
      const r = await analyzeArtifacts({ bmk_a: good, bmk_evil: zip, bmk_z: good });
      expect(r.exitCode, r.stdout + r.stderr).toBe(1);
      expect(r.elapsedMs).toBeLessThan(30_000);
      const errors = r.commands.filter((c) => c.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(line);
      // Nothing of the refused archive is left as input, no link anywhere in the results folder.
      const results = path.join(r.workspace, 'results');
      const all = existsSync(results) ? (readdirSync(results, { recursive: true }) as string[]) : [];
      expect(all.filter((p) => p.includes('agg_bomb') || p.startsWith('.inferguard-dl-'))).toEqual([]);
    },
  );

  it('a fork report with markup in every field it can carry: summary, comment and check run are inert, no forged command', async () => {
    fake = await newFake(world);
    const f = fake;
    const analyzed = await analyzeResultsDir({
      resultsDir: path.join(FIXTURES, 'valid'),
      outputDir: path.join(tmp, 'fork-out'),
      cwd: tmp,
    });
    // Every leaf the contract lets through, numbers included (completion status and counts,
    // run_summary.partial_cells), and payload-named keys in the open objects.
    const { report, poisoned } = poisonEveryLeaf(analyzed.report);
    expect(poisoned).toBeGreaterThan(100);
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
    const r = await act(world, f, {
      run: commenter,
      event: 'workflow_run',
      payload: workflowRunEvent(pr, [PR_NUMBER]),
      inputs: { ...WRITE, mode: 'comment' },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(f.comments).toHaveLength(1);
    const marker = commentMarker('default');
    expectInert(f.comments[0]?.body ?? '', marker);
    expectInert(r.summary, marker);
    // The third output: the check run on the PR's head (title = headline, summary = comment top).
    expect(f.checkRuns).toHaveLength(1);
    const check = f.checkRuns[0];
    expect(check?.headSha).toBe(SHA.head);
    // The summary is the comment's top, the same escaped text (the payload does not reach the top of
    // this report's comment, so it is checked line by line rather than for neutralised payload words).
    const top = (check?.summary ?? '').split('\n\nThe whole report:')[0] ?? '';
    expect(top.length).toBeGreaterThan(100);
    expect(f.comments[0]?.body).toContain(top);
    expect(leakingLines(check?.summary ?? '')).toEqual([]);
    expect(leakingLines(check?.title ?? '')).toEqual([]);
    expect(check?.annotations).toEqual([]);
    // Log lines: no workflow command from the report's text.
    expect(r.stdout).not.toMatch(/^::(?:error|warning|notice|set-output|add-mask)::pwn/m);
    for (const c of r.commands) expect(c).not.toMatch(/^::[a-z-]+[^:]*::.*::error::pwn/);
  });
});
