/** mkdirs ends where Node's recursive mkdir spins (a path under /proc): an error, at once. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirsSync } from '../../src/io/mkdirs.js';
import { writeFileAtomic } from '../../src/io/write.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-mkdirs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('mkdirsSync', () => {
  it('creates missing folders and accepts existing ones', () => {
    mkdirsSync(path.join(tmp, 'a/b/c'));
    mkdirsSync(path.join(tmp, 'a/b/c'));
    expect(existsSync(path.join(tmp, 'a/b/c'))).toBe(true);
  });

  it('fails at once under /proc (Node recursive mkdir never returns there) and on a file', async () => {
    expect(() => mkdirsSync('/proc/self/inferguard-out/x')).toThrow(/ENOENT|EACCES|EPERM/);
    await expect(writeFileAtomic('/proc/self/inferguard-out/report.json', '{}')).rejects.toThrow();
    writeFileSync(path.join(tmp, 'file'), 'x');
    expect(() => mkdirsSync(path.join(tmp, 'file', 'sub'))).toThrow(/ENOTDIR/);
  });
});
