import { describe, expect, it } from 'vitest';
import type { GateResult, GatesBlock } from '../../src/core/gates/index.js';
import { summarizeGateResults } from '../../src/core/gates/index.js';
import { renderGatesMarkdown } from '../../src/render/gates-md.js';

function result(over: Partial<GateResult>): GateResult {
  return {
    index: 1,
    gate: 'cells[*].metrics.p99_ttft <= 2',
    severity: 'error',
    path: 'cells[cell_id=a].metrics.p99_ttft',
    op: '<=',
    expected: 2,
    outcome: 'pass',
    value: 1.5,
    cells: ['a'],
    message: 'ok.',
    ...over,
  };
}

function block(results: GateResult[], gates = 1): GatesBlock {
  return { schema_version: 'inferguard-gates/v1', summary: summarizeGateResults(results, gates), results };
}

/** Table rows (lines starting with "| " that are not the header or the alignment row). */
function rows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Outcome') && !l.startsWith('| :'));
}

describe('renderGatesMarkdown', () => {
  it('says when no gates are configured', () => {
    expect(renderGatesMarkdown(block([], 0))).toBe('## SLO gates\n\n_No gates configured._\n');
  });

  it('all passing: one line and the passing checks folded away', () => {
    const md = renderGatesMarkdown(
      block([result({}), result({ path: 'cells[cell_id=b].metrics.p99_ttft', cells: ['b'] })]),
    );
    expect(md.split('\n')[2]).toBe('**✅ All gates passed** (2 checks from 1 gate).');
    expect(md).toContain('<details><summary>2 passing checks</summary>');
    expect(rows(md)).toHaveLength(2);
    expect(md.endsWith('</details>\n')).toBe(true);
  });

  it('lists results that did not pass first, in gate order, then the passing ones', () => {
    const md = renderGatesMarkdown(
      block(
        [
          result({ index: 1, outcome: 'pass', path: 'p1' }),
          result({
            index: 2,
            outcome: 'fail',
            path: 'p2',
            value: 2.6000000001,
            message: 'p2 = 2.6, which does not satisfy <= 2.',
          }),
          result({
            index: 3,
            outcome: 'conflict',
            path: 'p3',
            value: null,
            cells: ['a', 'b', 'c', 'd'],
            matches: ['a', 'b', 'c', 'd'],
          }),
          result({ index: 4, outcome: 'not_found', path: 'p4', value: null, cells: [] }),
          result({ index: 5, outcome: 'error', path: 'p5', value: 'partial', severity: 'warning' }),
        ],
        5,
      ),
    );
    // blocking: fail, conflict, not_found (severity error); the warning error does not block
    expect(md.split('\n')[2]).toBe(
      '**❌ 3 blocking gate checks did not pass** (5 checks from 5 gates: 1 passed, 1 failed, 1 not found, 1 conflict, 1 error).',
    );
    const r = rows(md);
    expect(r.map((l) => /`(p\d)`/.exec(l)?.[1])).toEqual(['p2', 'p3', 'p4', 'p5', 'p1']);
    // value to 6 significant digits; strings in code; null as a dash; at most 3 cells then "+N"
    expect(r[0]).toMatch(/\|\s+2\.6 \|/);
    expect(r[1]).toContain('`a`, `b`, `c` +1');
    expect(r[1]).toMatch(/\|\s+— \|/);
    expect(r[3]).toContain('`partial`');
    expect(r[3]).toContain('💥 error');
    expect(r[3]).toContain('warning');
    expect(md.indexOf('❔ not found')).toBeLessThan(md.indexOf('<details>'));
    expect(md.indexOf('✅ pass')).toBeGreaterThan(md.indexOf('<details>'));
  });

  it('warnings only: passes with warnings', () => {
    const md = renderGatesMarkdown(block([result({ outcome: 'fail', severity: 'warning' })]));
    expect(md.split('\n')[2]).toBe(
      '**⚠️ Gates passed with warnings** (1 check from 1 gate: 0 passed, 1 failed, 0 not found, 0 conflict, 0 error).',
    );
    expect(md).not.toContain('<details>');
  });

  it('shows the gate name above its path, and neutralises untrusted text', () => {
    const md = renderGatesMarkdown(
      block([
        result({
          outcome: 'fail',
          name: 'TTFT @perf',
          path: 'cells[cell_id="x|y"].v',
          cells: ['x|y'],
          message: 'see #12 | <b>bold</b>',
        }),
      ]),
    );
    const row = rows(md)[0] ?? '';
    expect(row).toContain('TTFT @\u200dperf<br>`cells[cell_id="x\\|y"].v`');
    expect(row).toContain('`x\\|y`');
    expect(row).toContain('see #\u200d12 \\| &lt;b&gt;bold&lt;/b&gt;');
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7); // 7 columns: no unescaped pipe leaked
  });

  it('caps each table at the limit and says how many are left', () => {
    const many = Array.from({ length: 7 }, (_, i) => result({ outcome: 'fail', path: `p${i}` }));
    const md = renderGatesMarkdown(block(many), 5);
    expect(rows(md)).toHaveLength(5);
    expect(md).toContain('_2 more results are in report.json._');
  });
});
