import { describe, expect, it } from 'vitest';
import type { Artifact, ArtifactClient } from '@actions/artifact';
import {
  artifactErrorStatus,
  downloadArtifacts,
  matchesPattern,
  selectArtifacts,
} from '../../../src/io/github/artifacts.js';

describe('matchesPattern', () => {
  it.each([
    ['bmk_dsr1_conc4', 'bmk_*', true],
    ['bmk_agentic_x', 'bmk_*', true],
    ['power_audit_x', 'bmk_*', false],
    ['shard-1', 'shard-?', true],
    ['shard-10', 'shard-?', false],
    ['a.b', 'a.b', true],
    ['axb', 'a.b', false], // "." is literal
    ['report', 'report', true],
  ])('%s ~ %s', (name, pattern, expected) => {
    expect(matchesPattern(name, pattern)).toBe(expected);
  });
});

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

describe('downloadArtifacts', () => {
  it('downloads each into its own folder with the expected digest, and fails on a mismatch', async () => {
    const calls: unknown[] = [];
    const client = {
      listArtifacts: async () => ({
        artifacts: [
          { name: 'bmk_a', id: 1, size: 1, digest: 'sha256:aa' },
          { name: 'bmk_b', id: 2, size: 1, digest: 'sha256:bb' },
        ],
      }),
      downloadArtifact: async (id: number, o: { path: string; expectedHash?: string }) => {
        calls.push([id, o.path.split('/').pop(), o.expectedHash]);
        return { downloadPath: o.path, digestMismatch: id === 2 };
      },
    } as unknown as ArtifactClient;
    await expect(downloadArtifacts(client, { patterns: ['bmk_*'], destDir: '/tmp/ig-art-test' })).rejects.toThrow(
      "artifact download of 'bmk_b' failed: digest mismatch (expected sha256:bb)",
    );
    expect(calls).toEqual([
      [1, 'bmk_a', 'sha256:aa'],
      [2, 'bmk_b', 'sha256:bb'],
    ]);
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
