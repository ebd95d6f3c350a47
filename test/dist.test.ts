/**
 * dist/ is committed and must match the sources: rebuild into a temp dir and compare file by
 * file (the same check as .github/workflows/check-dist.yml, so `.ci/run` catches a stale dist).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'ig-dist-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function list(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((n) =>
      statSync(path.join(dir, n)).isDirectory() ? list(path.join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`],
    )
    .sort();
}

describe('dist/ is fresh', () => {
  it('a rebuild from src/ gives the committed bundles byte for byte', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
    const built = list(out);
    expect(list(path.join(root, 'dist'))).toEqual(built);
    const stale = built.filter(
      (f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(root, 'dist', f))),
    );
    expect(stale, 'run `npm run bundle` and commit dist/').toEqual([]);
  }, 180_000);

  it('the bundled CLI runs with plain node and no node_modules', () => {
    const text = execFileSync(process.execPath, [path.join(root, 'dist/cli/index.js'), '--version'], {
      cwd: tmpdir(),
    }).toString();
    expect(text.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
