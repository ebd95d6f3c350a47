/**
 * scanResultsDir takes a folder's real path from its parent (real path + name) for plain
 * sub-folders instead of calling realpathSync on each: the files and problems it reports must be
 * exactly those of the walk that resolved every folder (kept here as the reference), symlinks,
 * loops and folders reached through symlinks included.
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTPUT_DIR_NAME,
  DIR_AS_FILE,
  DIR_NAMED_LIKE_FILE,
  isInside,
  scanResultsDir,
  type ScanResult,
} from '../../src/io/ingest-context.js';
import { entryKind } from '../../src/io/safe-open.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * The walk before the change: realpathSync for every folder, lstat (+stat) for every entry; with
 * the results-folder boundary (a symlink resolving outside the root is reported, not followed) and
 * entries that are not regular files reported.
 */
function referenceScan(root: string, excludeDirs: string[] = []): ScanResult {
  const files: ScanResult['files'] = [];
  const problems: ScanResult['problems'] = [];
  const seenReal = new Set<string>();
  const excluded = new Set(excludeDirs.map((d) => path.resolve(d)));
  const code = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? 'error';
  const rootReal = realpathSync(root);
  function walk(absDir: string, relDir: string): void {
    let real: string;
    try {
      real = realpathSync(absDir);
    } catch (e) {
      problems.push({ path: relDir || '.', message: `unreadable directory (${code(e)})` });
      return;
    }
    if (seenReal.has(real)) {
      problems.push({ path: relDir || '.', message: 'symlink loop or repeated directory, skipped' });
      return;
    }
    seenReal.add(real);
    let names: string[];
    try {
      names = readdirSync(absDir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (e) {
      problems.push({ path: relDir || '.', message: `unreadable directory (${code(e)})` });
      return;
    }
    if (
      relDir !== '' &&
      names.includes('report.json') &&
      readFileSync(path.join(absDir, 'report.json'), 'utf8').slice(0, 200).includes('"inferguard-analyze/v1"')
    )
      return;
    for (const name of names) {
      const abs = path.join(absDir, name);
      const rel = relDir ? `${relDir}/${name}` : name;
      const dataName = /\.(?:json|jsonl|csv)$/i.test(name);
      let st;
      try {
        const l = lstatSync(abs);
        if (l.isSymbolicLink()) {
          let target: string;
          try {
            target = realpathSync(abs);
          } catch (e) {
            problems.push({ path: rel, message: `broken symlink (${code(e)}); not read`, critical: dataName });
            continue;
          }
          if (!isInside(rootReal, target)) {
            problems.push({
              path: rel,
              message: 'is a symlink whose target is outside the results folder; not followed',
              critical: dataName,
            });
            continue;
          }
        }
        st = l.isSymbolicLink() ? statSync(abs) : l;
      } catch (e) {
        problems.push({ path: rel, message: `unreadable entry (${code(e)})`, critical: dataName });
        continue;
      }
      if (st.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(path.resolve(abs))) continue;
        if (dataName) problems.push({ path: rel, message: DIR_AS_FILE, critical: true });
        walk(abs, rel);
      } else if (st.isFile()) {
        files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
      } else {
        problems.push({ path: rel, message: `is ${entryKind(st)}, not a regular file; not read`, critical: dataName });
      }
    }
  }
  walk(root, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

function put(rel: string, content = '{}'): void {
  const p = path.join(tmp, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
}

// Real tree
put('data/a/agg_1.json');
put('data/a/deep/er/x.json', '{"x": 1}');
put('data/b/y.json');
put('data/out/z.json');
put('data/inferguard_report/report.json', '{"schema_version": "inferguard-analyze/v1"}');
put('data/old/report.json', '{"schema_version": "inferguard-analyze/v1"}');
put('elsewhere/e/f.json');
// Symlinks: to a sibling (seen twice), to a folder outside, to an ancestor (loop), inside a
// folder reached through a symlink, a dangling one, a symlinked file, a symlinked root.
symlinkSync('b', path.join(tmp, 'data', 'a-link-to-b'));
symlinkSync(path.join(tmp, 'elsewhere'), path.join(tmp, 'data', 'outside'));
symlinkSync('../..', path.join(tmp, 'elsewhere', 'e', 'up'));
symlinkSync('..', path.join(tmp, 'data', 'a', 'deep', 'back'));
symlinkSync('nowhere', path.join(tmp, 'data', 'dangling'));
symlinkSync('b/y.json', path.join(tmp, 'data', 'y-link.json'));
symlinkSync('data', path.join(tmp, 'root-link'));

describe('scanResultsDir', () => {
  it.each([
    ['the real root', 'data', []],
    ['a symlinked root', 'root-link', []],
    ['the parent of both', '.', []],
    ['an excluded output folder', 'data', ['data/out']],
  ] as const)('%s: same files and problems as resolving every folder', async (_what, rel, exclude) => {
    const root = path.join(tmp, rel);
    const ex = exclude.map((d) => path.join(tmp, d));
    const got = await scanResultsDir(root, ex);
    expect(got).toEqual(referenceScan(root, ex));
    expect(got.files.length).toBeGreaterThan(3);
  });

  it('finds the loops and repeated folders', async () => {
    const got = await scanResultsDir(path.join(tmp, 'data'));
    expect(got.problems.map((p) => p.path).sort()).toEqual(['a/deep/back', 'b', 'dangling', 'outside']);
  });

  it('does not follow a symlink leaving the results folder, and names it', async () => {
    const got = await scanResultsDir(path.join(tmp, 'data'));
    expect(got.problems.find((p) => p.path === 'outside')?.message).toMatch(/outside the results folder; not followed/);
    expect(got.files.some((f) => f.path.startsWith('outside/'))).toBe(false);
    // From the parent folder the same target is inside the root, and followed.
    const parent = await scanResultsDir(tmp);
    expect(parent.files.some((f) => f.path === 'data/outside/e/f.json')).toBe(true);
  });
  it('reports an empty folder named like a data file as critical, one holding files (lm-eval --output_path x.json) as info', async () => {
    const root = path.join(tmp, 'data-named');
    mkdirSync(path.join(root, 'agg_c8.json'), { recursive: true });
    mkdirSync(path.join(root, 'results', 'tgpred.json', 'org__model'), { recursive: true });
    writeFileSync(path.join(root, 'results', 'tgpred.json', 'org__model', 'results_1.json'), '{}');
    const got = await scanResultsDir(root);
    expect([...got.problems].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'agg_c8.json', message: DIR_AS_FILE, critical: true },
      { path: 'results/tgpred.json', message: DIR_NAMED_LIKE_FILE, info: true },
    ]);
    expect(got.files.map((f) => f.path)).toEqual(['results/tgpred.json/org__model/results_1.json']);
  });
});
