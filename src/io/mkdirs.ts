/**
 * `mkdir -p` that always ends: Node's `mkdir(..., { recursive: true })` never returns for some
 * paths (e.g. under /proc, where mkdir answers ENOENT for a parent that exists), which hung
 * `--output-dir /proc/...`. This walks the path once from the root: each missing component is
 * created with a plain mkdir; any error other than EEXIST is thrown at once.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function mkdirsSync(dir: string): void {
  const abs = path.resolve(dir);
  try {
    if (statSync(abs).isDirectory()) return;
  } catch {
    // missing: create below
  }
  const parts = abs.split(path.sep).filter((p) => p !== '');
  let cur = path.parse(abs).root;
  for (const part of parts) {
    cur = path.join(cur, part);
    try {
      mkdirSync(cur);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  if (!statSync(abs).isDirectory()) {
    // As Node's recursive mkdir reports it.
    const err = new Error(`EEXIST: file already exists, mkdir '${dir}'`) as NodeJS.ErrnoException;
    err.code = 'EEXIST';
    throw err;
  }
}

/** Promise form of mkdirsSync (the work is a few synchronous syscalls). */
export async function mkdirs(dir: string): Promise<void> {
  mkdirsSync(dir);
}
