import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Artifact, ArtifactClient } from '@actions/artifact';
import { artifactErrorStatus, downloadArtifacts, mapPool, selectArtifacts } from '../../../src/io/github/artifacts.js';
import { makeZip } from '../../helpers/zip.js';

// Pattern semantics (minimatch, as in actions/download-artifact): test/io/glob.test.ts.
describe('selectArtifacts', () => {
  it('keeps the newest id per name, sorted by name', () => {
    const list: Artifact[] = [
      { name: 'bmk_b', id: 5, size: 1 },
      { name: 'bmk_a', id: 3, size: 1 },
      { name: 'bmk_b', id: 9, size: 1 },
      { name: 'other', id: 10, size: 1 },
    ];
    expect(selectArtifacts(list, ['bmk_*']).map((a) => [a.name, a.id])).toEqual([
      ['bmk_a', 3],
      ['bmk_b', 9],
    ]);
  });
});

function zipClient(
  artifacts: Artifact[],
  o: { delayMs?: number; body?: (id: number) => Buffer; mismatch?: number[] } = {},
): { client: ArtifactClient; calls: unknown[]; maxInFlight: () => number } {
  const calls: unknown[] = [];
  let inFlight = 0;
  let max = 0;
  const client = {
    listArtifacts: async () => ({ artifacts }),
    // What @actions/artifact does with skipDecompress: the zip saved unextracted as one file.
    downloadArtifact: async (id: number, opts: { path: string; expectedHash?: string; skipDecompress?: boolean }) => {
      inFlight++;
      max = Math.max(max, inFlight);
      calls.push([id, opts.expectedHash, opts.skipDecompress]);
      await new Promise((r) => setTimeout(r, o.delayMs ?? 1));
      writeFileSync(
        path.join(opts.path, 'artifact'),
        o.body ? o.body(id) : makeZip([{ name: `cell${id}/agg.json`, data: `{"id":${id}}` }]),
      );
      inFlight--;
      return { downloadPath: opts.path, digestMismatch: o.mismatch?.includes(id) ?? false };
    },
  } as unknown as ArtifactClient;
  return { client, calls, maxInFlight: () => max };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-art-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('downloadArtifacts', () => {
  const list = (k: number): Artifact[] =>
    Array.from({ length: k }, (_, i) => ({
      name: `bmk_${String(i).padStart(3, '0')}`,
      id: i + 1,
      size: 1,
      digest: `sha256:${i}`,
    }));

  it('downloads each zip unextracted and extracts it into its own folder, with the expected digest', async () => {
    const { client, calls } = zipClient(list(2));
    const dest = path.join(tmp, 'two');
    const got = await downloadArtifacts(client, { patterns: ['bmk_*'], destDir: dest });
    expect(got.map((g) => [g.name, g.id])).toEqual([
      ['bmk_000', 1],
      ['bmk_001', 2],
    ]);
    expect(readFileSync(path.join(dest, 'bmk_001', 'cell2', 'agg.json'), 'utf8')).toBe('{"id":2}');
    // The two downloads run at once (each first makes its folder), so they may start in either
    // order: the results are in name order, the calls are compared as a set.
    expect([...calls].sort((a, b) => (a as number[])[0]! - (b as number[])[0]!)).toEqual([
      [1, 'sha256:0', true],
      [2, 'sha256:1', true],
    ]);
    // No scratch folder is left beside the artifacts.
    expect(readdirSync(dest).sort()).toEqual(['bmk_000', 'bmk_001']);
  });

  it('runs at most `concurrency` downloads at once (default 8), results in name order', async () => {
    const many = zipClient(list(40), { delayMs: 15 });
    const got = await downloadArtifacts(many.client, { patterns: ['bmk_*'], destDir: path.join(tmp, 'pool') });
    expect(many.maxInFlight()).toBe(8);
    expect(got.map((g) => g.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const serial = zipClient(list(5), { delayMs: 5 });
    await downloadArtifacts(serial.client, { patterns: ['bmk_*'], destDir: path.join(tmp, 'serial'), concurrency: 1 });
    expect(serial.maxInFlight()).toBe(1);
  });

  it('fails on a digest mismatch, naming the artifact', async () => {
    const { client } = zipClient(list(2), { mismatch: [2] });
    await expect(downloadArtifacts(client, { patterns: ['bmk_*'], destDir: path.join(tmp, 'mm') })).rejects.toThrow(
      "artifact download of 'bmk_001' failed: digest mismatch (expected sha256:1)",
    );
  });

  it('a corrupt archive fails at once with one line naming the artifact; nothing new starts after it', async () => {
    const { client, calls } = zipClient(list(30), {
      body: (id) => (id === 3 ? Buffer.from('garbage, not a zip') : makeZip([{ name: 'a.json', data: '{}' }])),
    });
    const t0 = Date.now();
    const err = await downloadArtifacts(client, {
      patterns: ['bmk_*'],
      destDir: path.join(tmp, 'corrupt'),
      concurrency: 2,
    }).catch((e: Error) => e);
    expect(String((err as Error).message)).toBe(
      "artifact download of 'bmk_002' failed: archive refused: not a zip archive (corrupt download?)",
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(calls.length).toBeLessThan(30);
  });

  it('refuses a symlink entry and a zip-slip entry, naming the artifact', async () => {
    const sym = zipClient(list(1), {
      body: () => makeZip([{ name: 'agg.json', data: '/etc/passwd', mode: 0o120777 }]),
    });
    await expect(
      downloadArtifacts(sym.client, { patterns: ['bmk_*'], destDir: path.join(tmp, 'sym') }),
    ).rejects.toThrow(/artifact download of 'bmk_000' failed: archive refused: entry 1 'agg.json' is a symbolic link/);
    const slip = zipClient(list(1), { body: () => makeZip([{ name: '../../evil.json', data: 'x' }]) });
    await expect(
      downloadArtifacts(slip.client, { patterns: ['bmk_*'], destDir: path.join(tmp, 'slip') }),
    ).rejects.toThrow(/artifact download of 'bmk_000' failed: archive refused: .*leaves the folder/);
    expect(existsSync(path.join(tmp, 'evil.json'))).toBe(false);
  });
});

describe('mapPool', () => {
  it('keeps input order and stops starting work after the first failure', async () => {
    const started: number[] = [];
    const err = await mapPool([1, 2, 3, 4, 5, 6], 2, async (x) => {
      started.push(x);
      await new Promise((r) => setTimeout(r, 5));
      if (x === 2) throw new Error('two');
      return x * 10;
    }).catch((e: Error) => e.message);
    expect(err).toBe('two');
    expect(started.length).toBeLessThan(6);
    expect(await mapPool([3, 1, 2], 8, async (x) => x * 2)).toEqual([6, 2, 4]);
  });
});

describe('artifactErrorStatus', () => {
  it('reads the status from @actions/artifact messages and RequestErrors', () => {
    expect(
      artifactErrorStatus(new Error('Received non-retryable error: Failed request: (409) Conflict: already exists')),
    ).toBe(409);
    expect(artifactErrorStatus(Object.assign(new Error('Gone'), { status: 410 }))).toBe(410);
    expect(artifactErrorStatus(new Error('socket hang up'))).toBeNull();
  });
});
