/**
 * report.html's SLO gates data (src/render/html/gates.ts): the results that did not pass first,
 * then gate order; cells as indexes into the page's cells (a cell the head lacks by its id);
 * values as the gates block states them.
 */
import { describe, expect, it } from 'vitest';
import type { GateResult, GatesBlock } from '../../../src/core/gates/types.js';
import { buildGates, MAX_GATE_ROWS } from '../../../src/render/html/gates.js';

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

function block(results: GateResult[]): GatesBlock {
  const n = (o: GateResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return {
    schema_version: 'inferguard-gates/v1',
    summary: {
      gates: new Set(results.map((r) => r.index)).size,
      total: results.length,
      passed: n('pass'),
      failed: n('fail'),
      not_found: n('not_found'),
      conflict: n('conflict'),
      error: n('error'),
      blocking_failures: results.filter((r) => r.outcome !== 'pass' && r.severity === 'error').length,
    },
    results,
  };
}

describe('buildGates', () => {
  it('is null without a gates block', () => {
    expect(buildGates(undefined, new Map())).toBeNull();
  });

  it('lists fail, error, conflict, not found, then pass; gate order within each', () => {
    const b = block([
      result({ index: 1, path: 'p1' }),
      result({ index: 2, path: 'p2', outcome: 'not_found', value: null, cells: [] }),
      result({ index: 3, path: 'p3', outcome: 'fail', value: 3.25 }),
      result({ index: 4, path: 'p4', outcome: 'error', value: null }),
      result({ index: 5, path: 'p5', outcome: 'fail', severity: 'warning', value: 'x' }),
    ]);
    const g = buildGates(b, new Map([['a', 7]]));
    expect(g?.rows.map((r) => r.path)).toEqual(['p3', 'p5', 'p4', 'p2', 'p1']);
    expect(g?.rows[0]).toEqual({
      outcome: 'fail',
      severity: 'error',
      gate: 'cells[*].metrics.p99_ttft <= 2',
      path: 'p3',
      expected: '<= 2',
      value: '3.25',
      cells: [7],
      moreCells: 0,
      message: 'ok.',
    });
    expect(g?.rows.map((r) => r.value)).toEqual(['3.25', 'x', '—', '—', '1.5']);
    expect(g?.summary).toEqual(b.summary);
    expect(g?.omitted).toBe(0);
  });

  it('names a gate by its name, a cell the head lacks by its id, and counts cells and rows past the caps', () => {
    const cells = ['a', 'b', 'c', 'd', 'e', 'f', 'gone'];
    const many = Array.from({ length: MAX_GATE_ROWS + 2 }, (_, i) =>
      result({ index: i + 1, name: `gate ${i}`, cells: i === 0 ? cells : ['gone'] }),
    );
    const g = buildGates(block(many), new Map(cells.slice(0, 6).map((c, i) => [c, i])));
    expect(g?.rows).toHaveLength(MAX_GATE_ROWS);
    expect(g?.omitted).toBe(2);
    expect(g?.rows[0]?.gate).toBe('gate 0');
    expect(g?.rows[0]?.cells).toEqual([0, 1, 2, 3, 4]);
    expect(g?.rows[0]?.moreCells).toBe(2);
    expect(g?.rows[1]?.cells).toEqual(['gone']);
  });
});
