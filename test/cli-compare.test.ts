import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cmdComment, cmdCompare } from '../src/cli-compare.js';
import { validateContract } from '../src/schemas/validate.js';
import { makeCell, makeFinding, makeReport } from './helpers/reports.js';

let dir: string;
let out: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ig-compare-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, value: unknown): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
}

describe('inferguard compare', () => {
  it('writes a valid compare.json and comment.md next to --head; exit 0 by default', async () => {
    const base = await put('base.json', makeReport([makeCell()]));
    const head = await put('head.json', makeReport([makeCell({ metrics: { tput_per_gpu: 300 } })]));
    const code = await cmdCompare(['--base', base, '--head', head]);
    expect(code).toBe(0);
    const diff = JSON.parse(await readFile(path.join(dir, 'compare.json'), 'utf8'));
    expect(validateContract('inferguard-report-diff/v1', diff)).toEqual({ ok: true });
    expect(diff.verdict.verdict).toBe('REGRESSION');
    const md = await readFile(path.join(dir, 'comment.md'), 'utf8');
    expect(md.startsWith('<!-- inferguard-bench:v1 key=default -->\n')).toBe(true);
    expect(out.join('')).toContain('REGRESSION');
  });

  it('--fail-on-regression gives exit 1; --fail-on warning over head findings gives 1; critical gives 2', async () => {
    const base = await put('base.json', makeReport([makeCell()]));
    const head = await put('head.json', makeReport([makeCell({ metrics: { tput_per_gpu: 300 } })]));
    expect(
      await cmdCompare(['--base', base, '--head', head, '--fail-on-regression', '--output-dir', path.join(dir, 'o1')]),
    ).toBe(1);
    const warn = await put(
      'warn.json',
      makeReport([makeCell()], { findings: [makeFinding('partial_run', 'warning', 'bmk_c8', 'x')] }),
    );
    expect(
      await cmdCompare(['--base', base, '--head', warn, '--fail-on', 'warning', '--output-dir', path.join(dir, 'o2')]),
    ).toBe(1);
    expect(await cmdCompare(['--base', base, '--head', warn, '--output-dir', path.join(dir, 'o3')])).toBe(0);
    const crit = await put(
      'crit.json',
      makeReport([makeCell()], { findings: [makeFinding('missing_required_artifact', 'critical', null, 'x')] }),
    );
    expect(await cmdCompare(['--base', base, '--head', crit, '--output-dir', path.join(dir, 'o4')])).toBe(2);
    expect(
      await cmdCompare(['--base', base, '--head', crit, '--fail-on', 'never', '--output-dir', path.join(dir, 'o5')]),
    ).toBe(0);
  });

  it('bad input is a one-line error naming the file (no compare.json written)', async () => {
    const base = await put('base.json', '{ not json');
    const head = await put('head.json', makeReport([makeCell()]));
    await expect(cmdCompare(['--base', base, '--head', head])).rejects.toThrow(
      /--base .*base\.json is not valid JSON \(line 1, column 3\)$/,
    );
    const wrong = await put('wrong.json', { schema_version: 'something-else' });
    await expect(cmdCompare(['--base', wrong, '--head', head])).rejects.toThrow(
      /does not satisfy inferguard-analyze\/v1/,
    );
    await expect(cmdCompare(['--head', head])).rejects.toThrow(/compare needs --base/);
    await expect(readFile(path.join(dir, 'compare.json'), 'utf8')).rejects.toThrow();
  });

  it('--config compare settings are applied', async () => {
    const base = await put('base.json', makeReport([makeCell()]));
    const head = await put('head.json', makeReport([makeCell({ metrics: { tput_per_gpu: 300 } })]));
    const cfg = await put('cfg.json', { compare: { noise_bands: { throughput: 0.8 } } });
    await cmdCompare(['--base', base, '--head', head, '--config', cfg]);
    const diff = JSON.parse(await readFile(path.join(dir, 'compare.json'), 'utf8'));
    expect(diff.verdict.verdict).toBe('NEUTRAL'); // −70% is inside a ±80% band
  });
});

describe('inferguard comment', () => {
  it('renders without a baseline, writes comment.md and prints it', async () => {
    const head = await put('head.json', makeReport([makeCell()]));
    expect(await cmdComment(['--head', head, '--suite-key', 'Nightly H200'])).toBe(0);
    const md = await readFile(path.join(dir, 'comment.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('<!-- inferguard-bench:v1 key=nightly-h200 -->');
    expect(md).toContain('**Regression verdict:** ➖ not compared: no base run to compare with');
    expect(out.join('')).toBe(md);
  });

  it('renders with --compare and rejects an invalid compare.json', async () => {
    const base = await put('base.json', makeReport([makeCell()]));
    const head = await put('head.json', makeReport([makeCell({ metrics: { tput_per_gpu: 3000 } })]));
    await cmdCompare(['--base', base, '--head', head, '--output-dir', path.join(dir, 'c')]);
    out = [];
    expect(
      await cmdComment([
        '--head',
        head,
        '--compare',
        path.join(dir, 'c', 'compare.json'),
        '--output-dir',
        path.join(dir, 'd'),
      ]),
    ).toBe(0);
    expect(out.join('')).toContain('## InferGuard: 🟢 Improvement\n');
    const bad = await put('bad-compare.json', { schema_version: 'inferguard-report-diff/v1' });
    await expect(cmdComment(['--head', head, '--compare', bad])).rejects.toThrow(
      /--compare .*not a valid inferguard-report-diff\/v1/,
    );
  });
});
