/**
 * The one section table (src/render/sections.ts) behind the PR comment and report.html: each id
 * once, the comment's SECTIONS and the page's model in its order, every page section with exactly
 * one page file that draws it, and the sections both renderers show in the same relative order.
 * The bytes the comment renders are held by its goldens (comment.test.ts); that the page draws
 * the model's sections in the model's order, by the Chromium tests (html/browser.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/compare/index.js';
import type { GatesBlock } from '../../src/core/gates/types.js';
import { SECTIONS } from '../../src/render/comment/sections.js';
import { buildHtmlModel } from '../../src/render/html/model.js';
import { SECTION_TABLE, type ReportKind } from '../../src/render/sections.js';
import { makeCell, makeReport } from '../helpers/reports.js';

const CLIENT = path.resolve(import.meta.dirname, '../../src/render/html/client');
const ids = SECTION_TABLE.map((e) => e.id);

function sweep(k: number) {
  return makeReport(
    [4, 8, 16].map((c) =>
      makeCell({ concurrency: c, metrics: { tput_per_gpu: 100 * c * k, p50_ttft: 0.1 * c, p50_tpot: 0.01 * c } }),
    ),
  );
}

const GATES: GatesBlock = {
  schema_version: 'inferguard-gates/v1',
  summary: { gates: 1, total: 1, passed: 1, failed: 0, not_found: 0, conflict: 0, error: 0, blocking_failures: 0 },
  results: [
    {
      index: 1,
      gate: 'run_summary.total_cells >= 1',
      severity: 'error',
      path: 'run_summary.total_cells',
      op: '>=',
      expected: 1,
      outcome: 'pass',
      value: 3,
      cells: [],
      message: 'run_summary.total_cells = 3, which satisfies >= 1.',
    },
  ],
};

/** The page's sections for an analyze or a compare, with or without a gates block and environments. */
function pageSections(kind: ReportKind, gates: boolean, env = gates): string[] {
  const head = sweep(1);
  if (gates) head.gates = GATES;
  if (env) for (const c of head.cells) c.environment = { cluster: 'cw', host: null, image: null, runner: 'h200-cw_01' };
  const base = sweep(1.2);
  const diff = kind === 'compare' ? compareReports([base], head) : null;
  return buildHtmlModel({ head, diff, bases: [base] }).sections;
}

/** Ids the page files register (`SECTIONS.<id> =` or `SECTIONS['<id>'] =`), with the file of each. */
function pageFiles(): { id: string; file: string }[] {
  const files = ['lib.js', 'report.js', ...readdirSync(path.join(CLIENT, 'sections')).map((f) => `sections/${f}`)];
  return files.flatMap((file) =>
    [
      ...readFileSync(path.join(CLIENT, file), 'utf8').matchAll(/^SECTIONS(?:\.([\w$]+)|\[['"]([^'"]+)['"]\])\s*=/gm),
    ].map((m) => ({ id: (m[1] ?? m[2]) as string, file })),
  );
}

describe('the section table', () => {
  it('names each section once, with at least one renderer and at least one context', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of SECTION_TABLE) {
      expect(e.comment !== null || e.html !== null, e.id).toBe(true);
      expect(e.contexts.length, e.id).toBeGreaterThan(0);
      if (e.comment) expect(e.comment.id, `the comment renderer of ${e.id}`).toBe(e.id);
    }
  });

  it("is the comment's order: SECTIONS lists the table's comment sections, each once", () => {
    const comment = SECTIONS.map((s) => s.id);
    expect(comment).toEqual(SECTION_TABLE.filter((e) => e.comment).map((e) => e.id));
    expect(new Set(comment).size).toBe(comment.length);
    expect(new Set(SECTIONS).size).toBe(SECTIONS.length);
  });

  it("is the page's order: the model lists the table's page sections of its kind", () => {
    for (const kind of ['analyze', 'compare'] as const) {
      const want = SECTION_TABLE.filter((e) => e.html && e.contexts.includes(kind)).map((e) => e.id);
      expect(pageSections(kind, true), kind).toEqual(want);
      // Without a gates block the page has no gates section, without environments no environment
      // section, and nothing else moves.
      expect(pageSections(kind, false, true), kind).toEqual(want.filter((id) => id !== 'gates'));
      expect(pageSections(kind, true, false), kind).toEqual(want.filter((id) => id !== 'environment'));
    }
    expect(pageSections('analyze', false)).toEqual([
      'headline',
      'findings',
      'pareto',
      'latency',
      'distributions',
      'cost',
      'cells',
    ]);
  });

  it('orders the sections both renderers show the same way in both', () => {
    const page = new Set(pageSections('compare', true));
    const comment = SECTIONS.map((s) => s.id as string);
    const shared = comment.filter((id) => page.has(id));
    expect(shared).toEqual(['headline', 'findings', 'gates', 'changes', 'suspicious', 'cost', 'cells']);
    expect([...page].filter((id) => shared.includes(id))).toEqual(shared);
  });

  it('has exactly one page file drawing each page section, and none for a section the page does not show', () => {
    const registered = pageFiles();
    const drawn = registered.map((r) => r.id);
    expect(new Set(drawn).size, JSON.stringify(registered)).toBe(drawn.length);
    expect([...drawn].sort()).toEqual(
      SECTION_TABLE.filter((e) => e.html)
        .map((e) => e.id)
        .sort(),
    );
    for (const r of registered) expect(r.file, r.id).toBe(`sections/${r.id}.js`);
  });
});
