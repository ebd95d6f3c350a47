/**
 * The one glob matcher (src/core/glob.ts) for artifact-pattern and --timeline-glob: minimatch with
 * download-artifact's options, one case per pattern kind, the list semantics (negation), the list
 * splitting, and both callers (selectArtifacts, the ingest context's timeline test) going through it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { afterAll, describe, expect, it } from 'vitest';
import type { Artifact } from '@actions/artifact';
import { globMatcher, splitPatternList } from '../../src/core/glob.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import { selectArtifacts } from '../../src/io/github/artifacts.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';

const match = (patterns: string[], name: string): boolean => globMatcher(patterns)(name);

describe('globMatcher: artifact names, one case per pattern kind', () => {
  it.each([
    // literal and `.` (literal, not "any character")
    ['report', 'report', true],
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    // `*` and `?`
    ['bmk_*', 'bmk_dsr1_conc4', true],
    ['bmk_*', 'power_audit_x', false],
    ['shard-?', 'shard-1', true],
    ['shard-?', 'shard-10', false],
    // `{a,b}` alternatives and `{1..3}` ranges (matched nothing before minimatch)
    ['{bmk,eval}_*', 'bmk_x', true],
    ['{bmk,eval}_*', 'eval_x', true],
    ['{bmk,eval}_*', 'power_audit_x', false],
    ['shard-{1..3}', 'shard-2', true],
    ['shard-{1..3}', 'shard-4', false],
    // `[ab]`, `[a-z]` and `[!ab]` classes
    ['shard-[ab]', 'shard-b', true],
    ['shard-[ab]', 'shard-c', false],
    ['shard-[a-c]', 'shard-c', true],
    ['shard-[!ab]', 'shard-c', true],
    ['shard-[!ab]', 'shard-a', false],
    // `!x` alone: everything but x
    ['!bmk_*', 'eval_x', true],
    ['!bmk_*', 'bmk_x', false],
    // `**` in a name (no `/`): any characters
    ['bmk_**', 'bmk_x_y', true],
    ['**', 'anything', true],
    // a leading `.` is matched only literally (dot: false, as in download-artifact)
    ['*', '.hidden', false],
    ['.hidden', '.hidden', true],
    // `\` escapes; `#` is literal (nocomment)
    ['shard\\*', 'shard*', true],
    ['shard\\*', 'shard-1', false],
    ['#1', '#1', true],
  ])('%s ~ %s: %s', (pattern, name, expected) => {
    expect(match([pattern], name)).toBe(expected);
  });

  it('agrees with download-artifact (`new Minimatch(pattern).match(name)`) on artifact names', () => {
    const names = ['bmk_a', 'bmk_b_debug', 'eval_x', 'power_audit_1', 'shard-1', 'shard-10', '.hidden', 'a.b', 'axb'];
    const patterns = ['bmk_*', '{bmk,eval}_*', 'shard-[0-9]', '!bmk_*', 'bmk_**', '*', 'a.b', 'shard-{1..3}', '?xb'];
    for (const p of patterns)
      for (const n of names) expect([p, n, match([p], n)]).toEqual([p, n, new Minimatch(p).match(n)]);
  });
});

describe('globMatcher: a list of patterns', () => {
  it('keeps a name some plain pattern matches and no negated pattern excludes', () => {
    const list = ['bmk_*', 'eval_*', '!*_debug'];
    expect(match(list, 'bmk_a')).toBe(true);
    expect(match(list, 'eval_b')).toBe(true);
    expect(match(list, 'bmk_a_debug')).toBe(false);
    expect(match(list, 'power_audit_a')).toBe(false);
  });
  it('only negated patterns: everything they do not exclude', () => {
    expect(match(['!*_debug', '!tmp-*'], 'bmk_a')).toBe(true);
    expect(match(['!*_debug', '!tmp-*'], 'tmp-1')).toBe(false);
  });
  it('the order of the list does not matter', () => {
    const names = ['bmk_a', 'bmk_a_debug', 'eval_b', 'x'];
    const a = ['!*_debug', 'bmk_*', 'eval_*'];
    const b = ['eval_*', 'bmk_*', '!*_debug'];
    expect(names.map((n) => match(a, n))).toEqual(names.map((n) => match(b, n)));
  });
  it('an empty list matches nothing', () => {
    expect(match([], 'bmk_a')).toBe(false);
  });
});

describe('globMatcher: relative paths (--timeline-glob)', () => {
  it.each([
    ['**/inferguard_timeline.jsonl', 'a/b/inferguard_timeline.jsonl', true],
    ['**/inferguard_timeline.jsonl', 'inferguard_timeline.jsonl', true],
    // no `/`: the base name at any depth
    ['live_*.jsonl', 'x/y/live_01.jsonl', true],
    ['live_*.jsonl', 'x/y/live_01.json', false],
    ['t?.jsonl', 'a/t1.jsonl', true],
    // with `/`: anchored at the results folder, `*` stays within one folder
    ['rigs/*/timeline.jsonl', 'rigs/h200/timeline.jsonl', true],
    ['rigs/*/timeline.jsonl', 'rigs/h200/sub/timeline.jsonl', false],
    ['rigs/**/timeline.jsonl', 'rigs/h200/sub/timeline.jsonl', true],
    ['rigs/**/timeline.jsonl', 'rigs/timeline.jsonl', true],
    ['./rigs/*/timeline.jsonl', 'rigs/h200/timeline.jsonl', true],
    ['rigs/{h200,b200}/*.jsonl', 'rigs/b200/t.jsonl', true],
    ['rigs/{h200,b200}/*.jsonl', 'rigs/mi300/t.jsonl', false],
    ['rigs/[hb]200/*.jsonl', 'rigs/h200/t.jsonl', true],
    ['!**/old/**', 'rigs/old/t.jsonl', false],
    ['!**/old/**', 'rigs/new/t.jsonl', true],
  ])('%s ~ %s: %s', (pattern, p, expected) => {
    expect(match([pattern], p)).toBe(expected);
  });
});

describe('splitPatternList', () => {
  it.each([
    ['bmk_*, power_audit_*', ['bmk_*', 'power_audit_*']],
    ['bmk_*\npower_audit_*\r\n\n', ['bmk_*', 'power_audit_*']],
    ['{bmk,eval}_*, shard-[a,b]', ['{bmk,eval}_*', 'shard-[a,b]']],
    ['a\\,b, c', ['a\\,b', 'c']],
    ['bmk_*, bmk_*, ,', ['bmk_*']],
    ['', []],
    // an unclosed `{` does not swallow the next line
    ['x{a,\ny', ['x{a,', 'y']],
  ])('%j', (text, expected) => {
    expect(splitPatternList(text)).toEqual(expected);
  });
  it('an escaped comma matches a literal comma', () => {
    expect(match(splitPatternList('a\\,b'), 'a,b')).toBe(true);
  });
});

describe('both callers use it', () => {
  it('selectArtifacts: braces, classes and negation pick the newest of each selected name', () => {
    const list: Artifact[] = [
      { name: 'bmk_a', id: 3, size: 1 },
      { name: 'bmk_a', id: 7, size: 1 },
      { name: 'bmk_a_debug', id: 4, size: 1 },
      { name: 'eval_b', id: 5, size: 1 },
      { name: 'power_audit_a', id: 6, size: 1 },
    ];
    expect(selectArtifacts(list, splitPatternList('{bmk,eval}_*, !*_debug')).map((a) => [a.name, a.id])).toEqual([
      ['bmk_a', 7],
      ['eval_b', 5],
    ]);
  });

  const root = mkdtempSync(path.join(tmpdir(), 'ig-glob-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const rel of ['rigs/h200/live.jsonl', 'rigs/b200/live.jsonl', 'rigs/old/live.jsonl', 'other/live.jsonl']) {
    mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(root, rel), '{}\n');
  }
  it('--timeline-glob: the ingest context claims exactly the files the list selects', async () => {
    const scan = await scanResultsDir(root);
    const ctx = createIngestContext(root, scan.files, DEFAULT_THRESHOLDS, {
      timelineGlob: 'rigs/{h200,b200}/*.jsonl, !**/b200/**',
    });
    expect(
      scan.files
        .map((f) => f.path)
        .filter((p) => ctx.isTimelineFile(p))
        .sort(),
    ).toEqual(['rigs/h200/live.jsonl']);
  });
});
