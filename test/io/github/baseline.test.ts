import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactClient } from '@actions/artifact';
import {
  downloadBaselineHistory,
  findBaselineRun,
  findBaselineRuns,
  loadReportFile,
} from '../../../src/io/github/baseline.js';
import { DEFAULT_EXTRACT_LIMITS } from '../../../src/io/zip-extract.js';
import { makeZip } from '../../helpers/zip.js';
import { fakeApi, ok } from './fake-api.js';

const RUNS = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';
const ARTS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts';

function run(id: number, sha: string, repo = 'octo/repo', branch = 'main') {
  return {
    id,
    head_sha: sha,
    head_branch: branch,
    event: 'push',
    conclusion: 'success',
    head_repository: { full_name: repo },
  };
}
function art(id: number, expired = false, name = 'inferguard-report') {
  return { id, name, expired, digest: `sha256:${'a'.repeat(64)}` };
}

const opts = { owner: 'octo', repo: 'repo', workflowId: 77, branch: 'main', artifactName: 'inferguard-report' };

describe('findBaselineRun', () => {
  it('asks for one page of successful push runs on the branch and takes the newest with the artifact', async () => {
    const api = fakeApi({
      [RUNS]: () => ok({ total_count: 3, workflow_runs: [run(30, 'c'), run(20, 'b'), run(10, 'a')] }),
      [ARTS]: (p) => ok({ total_count: 1, artifacts: p.run_id === 30 ? [] : [art(Number(p.run_id) * 10)] }),
    });
    const r = await findBaselineRun(api, opts);
    expect(r).toEqual({
      found: true,
      run: {
        runId: 20,
        headSha: 'b',
        artifactId: 200,
        artifactName: 'inferguard-report',
        digest: `sha256:${'a'.repeat(64)}`,
      },
    });
    expect(api.calls[0]?.params).toMatchObject({
      workflow_id: 77,
      branch: 'main',
      event: 'push',
      status: 'success',
      exclude_pull_requests: true,
    });
    // run 30 had no artifact, run 20 had one: two artifact lookups, run 10 never asked.
    expect(api.calls.slice(1).map((c) => c.params.run_id)).toEqual([30, 20]);
  });

  it('prefers the run for the PR base SHA', async () => {
    const api = fakeApi({
      [RUNS]: () => ok({ total_count: 2, workflow_runs: [run(30, 'c'), run(20, 'b')] }),
      [ARTS]: (p) => ok({ total_count: 1, artifacts: [art(Number(p.run_id))] }),
    });
    const r = await findBaselineRun(api, { ...opts, preferSha: 'b' });
    expect(r.found && r.run.runId).toBe(20);
  });

  it("ignores a fork's runs on a branch of the same name and the current run", async () => {
    const api = fakeApi({
      [RUNS]: () => ok({ total_count: 2, workflow_runs: [run(30, 'c', 'forker/repo'), run(25, 'x')] }),
      [ARTS]: () => ok({ total_count: 1, artifacts: [art(1)] }),
    });
    const r = await findBaselineRun(api, { ...opts, excludeRunId: 25 });
    expect(r).toEqual({ found: false, reason: "no successful push run of this workflow on 'main'" });
    expect(api.calls).toHaveLength(1);
  });

  it('says so when the artifacts have expired', async () => {
    const api = fakeApi({
      [RUNS]: () => ok({ total_count: 1, workflow_runs: [run(30, 'c')] }),
      [ARTS]: () => ok({ total_count: 1, artifacts: [art(1, true)] }),
    });
    expect(await findBaselineRun(api, opts)).toEqual({
      found: false,
      reason: "the 'inferguard-report' artifact of the recent runs on 'main' has expired",
    });
  });
});

describe('findBaselineRuns (baseline-history)', () => {
  // 60 runs newest first (ids 600, 590, …, 10) over three pages of 20; every 4th has an expired
  // artifact, every 7th none.
  const all = Array.from({ length: 60 }, (_, i) => run(600 - 10 * i, `s${600 - 10 * i}`));
  const artsFor = (id: number) => {
    const k = id / 10;
    if (k % 7 === 0) return [];
    return [art(id * 10, k % 4 === 0)];
  };
  const api = () =>
    fakeApi({
      [RUNS]: (p) => {
        const page = Number(p.page ?? 1);
        return ok({ total_count: all.length, workflow_runs: all.slice((page - 1) * 20, page * 20) });
      },
      [ARTS]: (p) => ok({ total_count: 1, artifacts: artsFor(Number(p.run_id)) }),
    });

  it('walks pages newest first until `limit` runs have the artifact; expired and missing are skipped and counted', async () => {
    const a = api();
    const h = await findBaselineRuns(a, { ...opts, limit: 30 });
    expect(h.runs).toHaveLength(30);
    expect(h.runs[0]?.runId).toBe(590);
    const ids = h.runs.map((r) => r.runId);
    expect([...ids].sort((x, y) => y - x)).toEqual(ids);
    for (const id of ids) expect((id / 10) % 4 === 0 || (id / 10) % 7 === 0).toBe(false);
    expect(h.expired).toBeGreaterThan(0);
    expect(h.missing).toBeGreaterThan(0);
    expect(h.reason).toBeNull();
    const pages = a.calls.filter((c) => c.route === RUNS).map((c) => c.params.page ?? 1);
    // 30 usable runs need 42 candidates: three pages, never a fourth.
    expect(pages).toEqual([1, 2, 3]);
    expect(a.calls[0]?.params).toMatchObject({ per_page: 20 });
  });

  it('stops at the limit (default 5 reads one page) and puts the merge-base run first', async () => {
    const a = api();
    const h = await findBaselineRuns(a, { ...opts, limit: 5, preferSha: 's470' });
    expect(h.runs.map((r) => r.runId)).toEqual([470, 590, 580, 570, 550]);
    expect(a.calls.filter((c) => c.route === RUNS)).toHaveLength(1);
  });

  it('caps the limit at 30', async () => {
    const h = await findBaselineRuns(api(), { ...opts, limit: 99 });
    expect(h.runs).toHaveLength(30);
  });
});

describe('loadReportFile', () => {
  it('refuses invalid JSON and contract violations with a reason, never throws', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ig-base-'));
    await writeFile(path.join(dir, 'bad.json'), '{nope');
    await writeFile(path.join(dir, 'wrong.json'), JSON.stringify({ schema_version: 'x' }));
    const bad = await loadReportFile(path.join(dir, 'bad.json'), 'baseline');
    const wrong = await loadReportFile(path.join(dir, 'wrong.json'), 'baseline');
    const missing = await loadReportFile(path.join(dir, 'none.json'), 'baseline');
    expect(bad.ok === false && bad.reason).toMatch(/^baseline report.json is not valid JSON/);
    expect(wrong.ok === false && wrong.reason).toMatch(/^baseline report.json does not satisfy inferguard-analyze\/v1/);
    expect(missing).toEqual({ ok: false, reason: 'baseline has no report.json' });
  });
});

describe('downloadBaselineHistory', () => {
  // What @actions/artifact does with skipDecompress: the run's zip saved unextracted as one file.
  const client = {
    downloadArtifact: async (_id: number, o: { path: string }) => {
      const files = Array.from({ length: 12 }, (_, i) => ({ name: `extra/f${i}.txt`, data: 'x' }));
      await writeFile(path.join(o.path, 'artifact'), makeZip([{ name: 'report.json', data: '{}' }, ...files]));
      return { downloadPath: o.path, digestMismatch: false };
    },
  } as unknown as ArtifactClient;
  const runs = [10, 20].map((runId) => ({ runId, headSha: 'a', artifactId: runId, artifactName: 'r', digest: null }));

  it('extracts every run within the configured limits, not the defaults', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ig-hist-'));
    const o = { dirFor: (id: number) => path.join(root, String(id)), findByFor: () => ({}) as never };
    const bounded = await downloadBaselineHistory(client, runs, {
      ...o,
      limits: { ...DEFAULT_EXTRACT_LIMITS, maxEntries: 5 },
    });
    expect(bounded.loaded).toEqual([]);
    expect(bounded.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/archive refused: .*5/),
      expect.stringMatching(/archive refused: .*5/),
    ]);
    // the same archives within the default limits: extracted, then refused for the report itself
    const open = await downloadBaselineHistory(client, runs, {
      dirFor: (id) => path.join(root, `d${id}`),
      findByFor: o.findByFor,
    });
    expect(open.skipped.map((s) => s.reason)).not.toContainEqual(expect.stringMatching(/archive refused/));
  });
});
