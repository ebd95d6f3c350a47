/**
 * `inferguard compare --base` repeated or a folder (base history), `--fail-on-regression` on a
 * missing cell and on nothing matched, and `inferguard calibrate`.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cmdCalibrate } from '../../src/cli-calibrate.js';
import { cmdCompare } from '../../src/cli-compare.js';
import { parseConfigText } from '../../src/core/config.js';
import type { Report } from '../../src/core/types.js';
import { makeCell, makeReport } from '../helpers/reports.js';

let dir: string;
let out: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ig-history-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, value: unknown): Promise<string> {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
}

/** Run k of a 4-cell sweep: ±2% run-to-run jitter on every metric; every run on one runner (no jump). */
function run(k: number, scale = 1): Report {
  const j = [1, 1.02, 0.98, 1.01, 0.99][k % 5] as number;
  return makeReport(
    [1, 2, 4, 8].map((c, i) =>
      makeCell({
        concurrency: c,
        environment: { cluster: null, runner: 'gpu-runner-1', host: null, image: null },
        metrics: {
          tput_per_gpu: (1000 / j) * (1 + 0.003 * ((i + k) % 3)),
          p50_ttft: 0.5 * j * (i === 1 ? scale : 1),
          p99_ttft: 1 * j * (1 + 0.004 * ((i + 2 * k) % 3)) * (i === 1 ? scale : 1),
        },
      }),
    ),
    { generated_at: `2025-01-${String(k + 1).padStart(2, '0')}T00:00:00Z` },
  );
}

describe('compare --base history', () => {
  it('a folder of reports is the base history, newest first; other JSON files are skipped and listed', async () => {
    for (let k = 0; k < 5; k++) await put(`hist/r${k}.json`, run(k));
    await put('hist/compare.json', { schema_version: 'inferguard-report-diff/v1' });
    const head = await put('head.json', run(9, 1.2));
    const code = await cmdCompare(['--base', path.join(dir, 'hist'), '--head', head, '--fail-on-regression']);
    expect(code).toBe(1);
    const diff = JSON.parse(await readFile(path.join(dir, 'compare.json'), 'utf8'));
    expect(diff.runs.base_reports).toBe(5);
    expect(diff.runs.base[0].generated_at).toBe('2025-01-05T00:00:00Z');
    const c = diff.cells.find((x: { head_cell_id: string }) => x.head_cell_id === 'bmk_c2');
    expect(c.verdict.base_runs).toBe(5);
    expect(c.verdict.basis).toBe('run_interval');
    expect(out.join('')).toMatch(/base runs: 5 \(skipped: .*compare\.json/);
    const md = await readFile(path.join(dir, 'comment.md'), 'utf8');
    expect(md).toContain('Rests on 5 base runs');
  });

  it('--base repeated: each file one base run, the first preferred', async () => {
    const files = [];
    for (let k = 0; k < 3; k++) files.push('--base', await put(`b${k}.json`, run(k)));
    const head = await put('head.json', run(7));
    expect(await cmdCompare([...files, '--head', head])).toBe(0);
    const diff = JSON.parse(await readFile(path.join(dir, 'compare.json'), 'utf8'));
    expect(diff.runs.base_reports).toBe(3);
    expect(diff.verdict.verdict).toBe('NEUTRAL');
  });

  it('--fail-on-regression fails on a cell missing from head, naming it', async () => {
    const base = await put('base.json', run(0));
    const h = run(0);
    h.cells = h.cells.slice(0, 3);
    const head = await put('head.json', h);
    expect(await cmdCompare(['--base', base, '--head', head, '--fail-on-regression'])).toBe(1);
    expect(out.join('')).toMatch(/regression: .*Completion regression: 1 cell\(s\) .*missing from head \(bmk_c8\)/);
  });

  it('--fail-on-regression fails and says so when nothing could be matched', async () => {
    const base = await put('base.json', makeReport([makeCell({ model: 'org/a' })]));
    const head = await put('head.json', makeReport([makeCell({ model: 'org/b', hardware: 'b200' })]));
    expect(await cmdCompare(['--base', base, '--head', head])).toBe(0);
    out = [];
    // The base cell is missing from head (a completion regression) — and nothing matched.
    expect(await cmdCompare(['--base', base, '--head', head, '--fail-on-regression'])).toBe(1);
    const none = await put('none.json', makeReport([]));
    out = [];
    expect(await cmdCompare(['--base', none, '--head', head, '--fail-on-regression'])).toBe(1);
    expect(out.join('')).toMatch(/no head cell could be matched with a baseline cell/);
  });
});

describe('inferguard calibrate', () => {
  it('writes a valid config snippet with the observed spread and recommended floors', async () => {
    const files = [];
    for (let k = 0; k < 5; k++) files.push(await put(`r${k}.json`, run(k)));
    const snippet = path.join(dir, 'calibration.yaml');
    expect(await cmdCalibrate([...files, '--output', snippet])).toBe(0);
    const text = await readFile(snippet, 'utf8');
    const cfg = parseConfigText(text, 'calibration.yaml');
    const floors = (cfg.compare as { run_noise_floor: Record<string, number> }).run_noise_floor;
    // ±1.6% jitter → floor 2.8·√2·spread, at least the 5% minimum effect.
    expect(floors.latency).toBeGreaterThanOrEqual(0.05);
    expect(floors.latency).toBeLessThan(0.1);
    expect(text).toMatch(/# {3}p99_ttft: spread \d\.\d% over 4 cell\(s\) \(16 df\)/);
    expect(out.join('')).toBe(text);
  });

  it('needs two reports that share a cell', async () => {
    const one = await put('one.json', run(0));
    await expect(cmdCalibrate([one])).rejects.toThrow(/at least two reports/);
  });
});
