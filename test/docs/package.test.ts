/**
 * What a user's tooling checks before adopting the action: `engines` no lower than any runtime
 * dependency needs (from the installed dependencies' own package.json), the Marketplace's limit on
 * action.yml's description, the licence file package.json names, CHANGELOG.md in the Keep a
 * Changelog format, and the release-notes script the release workflow uses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { read, ROOT } from './markdown.js';

interface Lock {
  packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean }>;
}

/** Lowest Node version a range admits: ">=16 || 14 >=14.17" -> [14, 17, 0]. */
export function minNode(range: string): [number, number, number] {
  const alternatives = range.split('||').map((alt) => {
    const m = /(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?/.exec(alt);
    if (!m) return [0, 0, 0] as [number, number, number];
    const n = (s: string | undefined): number => (s === undefined || s === 'x' ? 0 : Number(s));
    return [n(m[1]), n(m[2]), n(m[3])] as [number, number, number];
  });
  return alternatives.sort(cmp)[0]!;
}

function cmp(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

describe('package.json engines', () => {
  it('reads the lowest version a range admits', () => {
    expect(minNode('>=22')).toEqual([22, 0, 0]);
    expect(minNode('>=16 || 14 >=14.17')).toEqual([14, 0, 0]);
    expect(minNode('^12.22.0 || ^14.17.0 || >=16.0.0')).toEqual([12, 22, 0]);
    expect(minNode('>= 20')).toEqual([20, 0, 0]);
  });

  it('is at least what every runtime dependency requires', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    const lock = JSON.parse(read('package-lock.json')) as Lock;
    const needs: { name: string; range: string; min: [number, number, number] }[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (key === '' || entry.dev || entry.devOptional) continue;
      let range: string | undefined;
      try {
        const installed = JSON.parse(readFileSync(path.join(ROOT, key, 'package.json'), 'utf8')) as {
          engines?: { node?: string };
        };
        range = installed.engines?.node;
      } catch {
        continue; // an optional dependency for another platform is not installed
      }
      if (range) needs.push({ name: key.replace(/^.*node_modules\//, ''), range, min: minNode(range) });
    }
    needs.sort((a, b) => cmp(b.min, a.min));
    const highest = needs[0]!;
    expect(needs.length).toBeGreaterThan(10);
    // The answer at the time of writing: content-type (via @actions/artifact -> @octokit/request) needs >=22.
    expect(
      cmp(minNode(pkg.engines.node), highest.min),
      `${highest.name} needs node ${highest.range}`,
    ).toBeGreaterThanOrEqual(0);
  });
});

describe('action.yml metadata for the Marketplace', () => {
  const action = parseYaml(read('action.yml')) as { name: string; description: string; branding?: object };
  it('has a description under 125 characters, a name and branding', () => {
    expect(action.description.trim().length).toBeGreaterThan(20);
    expect(action.description.trim().length).toBeLessThan(125);
    expect(action.name).toBeTruthy();
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });
});

describe('LICENSE', () => {
  it('is the Apache License 2.0 that package.json names', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string };
    expect(pkg.license).toBe('Apache-2.0');
    const text = read('LICENSE');
    expect(text).toContain('Apache License');
    expect(text).toContain('Version 2.0, January 2004');
    expect(text).toContain('END OF TERMS AND CONDITIONS');
  });
});

const TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

describe('CHANGELOG.md (Keep a Changelog)', () => {
  const lines = read('CHANGELOG.md').split('\n');
  it('opens with an Unreleased section; every version heading is [X.Y.Z] - YYYY-MM-DD', () => {
    const versions = lines.filter((l) => l.startsWith('## '));
    expect(versions[0]).toBe('## [Unreleased]');
    for (const v of versions.slice(1))
      expect(v).toMatch(/^## \[\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/);
  });
  it('groups entries under the six change types', () => {
    const bad = lines.filter((l) => l.startsWith('### ') && !TYPES.some((t) => l.startsWith(`### ${t}`)));
    expect(bad).toEqual([]);
  });
  /** Each version's `### ` headings and its bullets' first lines. */
  const sections = (() => {
    const out: { version: string; types: string[]; bullets: string[] }[] = [];
    for (const l of lines) {
      if (l.startsWith('## ')) out.push({ version: l, types: [], bullets: [] });
      else if (l.startsWith('### ')) out.at(-1)?.types.push(l.slice(4));
      else if (l.startsWith('- ')) out.at(-1)?.bullets.push(l);
    }
    return out;
  })();
  it('each version names a change type once, exactly as Keep a Changelog spells it', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(
        s.types.filter((t) => !TYPES.includes(t)),
        s.version,
      ).toEqual([]);
      expect(s.types.length, `${s.version}: ${s.types.join(', ')}`).toBe(new Set(s.types).size);
    }
  });
  it('no entry is there twice in a version', () => {
    for (const s of sections) expect(s.bullets.length, s.version).toBe(new Set(s.bullets).size);
  });
});

describe('scripts/release-notes.mjs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'inferguard-release-'));
  const changelog = path.join(dir, 'CHANGELOG.md');
  const pkg = path.join(dir, 'package.json');
  writeFileSync(
    changelog,
    [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '## [1.1.0] - 2027-01-10',
      '',
      '### Added',
      '',
      '- Quickstarts.',
      '',
      '## [1.0.0] - 2026-12-20',
      '',
      '### Added',
      '',
      '- First release.',
      '',
      '## [0.9.0] - 2026-11-01',
      '',
      '[1.1.0]: https://github.com/inferguard/inferguard-action/compare/v1.0.0...v1.1.0',
      '',
    ].join('\n'),
  );
  writeFileSync(pkg, JSON.stringify({ version: '1.1.0' }));
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/release-notes.mjs'), '--changelog', changelog, '--package', pkg, ...args],
      {
        encoding: 'utf8',
      },
    );

  it("prints one version's section", () => {
    expect(run('v1.1.0')).toMatchObject({ status: 0, stdout: '### Added\n\n- Quickstarts.\n' });
    expect(run('v1.0.0')).toMatchObject({ status: 0, stdout: '### Added\n\n- First release.\n' });
  });
  it('fails on a missing or empty section and on a tag that is not a version', () => {
    expect(run('v2.0.0')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("no '## [2.0.0] - YYYY-MM-DD' section"),
    });
    expect(run('v0.9.0')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('the section of 0.9.0 is empty'),
    });
    expect(run('1.1.0')).toMatchObject({ status: 1, stderr: expect.stringContaining('is not a version tag') });
  });
  it('checks the tag against package.json', () => {
    expect(run('--check-version', 'v1.1.0').status).toBe(0);
    expect(run('--check-version', 'v1.0.0')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('says version 1.1.0, the tag says 1.0.0'),
    });
  });
});
