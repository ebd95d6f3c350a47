/**
 * Every relative link in README.md and docs/*.md (markdown links, images, reference definitions,
 * HTML href/src) points to a file or folder of this repository, and an anchor to a heading that
 * exists (GitHub's anchors). Links to other sites are not fetched.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchors, links, markdownDocs, ROOT, slug, type Link } from './markdown.js';

function problem(link: Link): string | null {
  const { file, target } = link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return null; // https:, mailto:, …
  const [rawPath = '', anchor] = target.split('#', 2);
  const relPath = decodeURIComponent(rawPath);
  const resolved = relPath === '' ? path.join(ROOT, file) : path.resolve(ROOT, path.dirname(file), relPath);
  const rel = path.relative(ROOT, resolved);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return `${target}: outside the repository`;
  if (!existsSync(resolved)) return `${target}: no such file or folder`;
  if (anchor !== undefined && anchor !== '') {
    if (statSync(resolved).isDirectory() || !resolved.endsWith('.md'))
      return `${target}: an anchor into a non-markdown file`;
    if (!anchors(rel).has(anchor)) return `${target}: no heading with the anchor #${anchor} in ${rel}`;
  }
  return null;
}

describe('relative links in README.md and docs/*.md resolve', () => {
  it.each(markdownDocs())('%s', (file) => {
    const broken = links(file)
      .map((l) => [l, problem(l)] as const)
      .filter(([, p]) => p !== null)
      .map(([l, p]) => `${l.file}:${l.line}: ${p}`);
    expect(broken).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('computes GitHub anchors', () => {
    expect(slug('Fork PRs: the two-workflow pattern')).toBe('fork-prs-the-two-workflow-pattern');
    expect(slug('Time to first signal (`ttfs.json`)')).toBe('time-to-first-signal-ttfsjson');
    expect(slug('Matrix shards: `mode: merge`')).toBe('matrix-shards-mode-merge');
  });
  it('reports a missing file, a missing anchor and a link leaving the repository', () => {
    const at = (target: string): string | null => problem({ file: 'docs/ACTION.md', line: 1, target });
    expect(at('workflows/benchmark-pr.yml')).toBeNull();
    expect(at('#the-sticky-comment')).toBeNull();
    expect(at('../README.md#inputs')).toBeNull();
    expect(at('NOPE.md')).toMatch(/no such file/);
    expect(at('#no-such-heading')).toMatch(/no heading with the anchor/);
    expect(at('../../elsewhere.md')).toMatch(/outside the repository/);
    expect(at('https://example.com/x#y')).toBeNull();
  });
  it('finds links outside code only', () => {
    const found = links('docs/ACTION.md').map((l) => l.target);
    expect(found).toContain('workflows/benchmark-pr.yml');
    expect(found.every((t) => !t.includes('${{'))).toBe(true);
  });
});
