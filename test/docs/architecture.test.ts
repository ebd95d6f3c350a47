/**
 * docs/ARCHITECTURE.md against the tree: every repository path it names exists (a glob such as
 * `src/sources/agentx-*.ts` matches a file), and every folder and source file under src/ is named
 * in it (by folder name, file name or stem), except the one-file-per-code folders it describes by
 * rule: src/sources/ (one adapter per format: README "Supported inputs" and its own table),
 * src/core/findings/ (one rule per finding code) and the generated validators.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, read } from './markdown.js';

const DOC = 'docs/ARCHITECTURE.md';
const md = read(DOC);

/** Folders whose files the document describes by a rule, not one by one. */
const BY_RULE = ['src/sources', 'src/core/findings', 'src/schemas/compiled'];

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(path.join(ROOT, rel)).isDirectory() ? [`${rel}/`, ...walk(rel)] : [rel];
  });
}

/** `src/…`, `test/…`, `scripts/…`, `schemas/…`, `docs/…` paths in prose and inline code. */
function namedPaths(text: string): string[] {
  const prose = text.replace(/^```[\s\S]*?^```/gm, '');
  const found = [...prose.matchAll(/(?<![\w/.-])((?:src|test|scripts|schemas|docs|examples)\/[\w./*-]*[\w*/])/g)];
  return [...new Set(found.map((m) => m[1] as string))].filter((p) => !p.includes('<'));
}

function exists(p: string): boolean {
  if (!p.includes('*')) return existsSync(path.join(ROOT, p));
  const dir = p.slice(0, p.lastIndexOf('/'));
  const re = new RegExp(
    `^${p
      .slice(p.lastIndexOf('/') + 1)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );
  return existsSync(path.join(ROOT, dir)) && readdirSync(path.join(ROOT, dir)).some((f) => re.test(f));
}

describe(DOC, () => {
  it('every path it names exists', () => {
    const paths = namedPaths(md);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });

  it('names every folder and source file under src/ (except the by-rule folders)', () => {
    const words = new Set(md.match(/[\w.-]+/g) ?? []);
    const unnamed = walk('src')
      .filter((p) => !BY_RULE.some((d) => p.startsWith(`${d}/`)))
      .filter((p) => {
        const base = path.basename(p);
        const stem = base.replace(/\.[^.]+$/, '');
        return !words.has(base) && !words.has(stem);
      });
    expect(unnamed).toEqual([]);
  });
});
