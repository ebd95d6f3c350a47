/**
 * The PR comment's tail statistic (docs/ARCHITECTURE.md "Tail statistic"): AgentX aggregates carry
 * p95 but no p99, so the cells table and the TTFT chart show p95 and say so, instead of "–" and
 * an empty chart; cells with p99 keep p99.
 */
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/render/comment.js';
import { formatSeconds } from '../../src/render/format.js';
import { makeCell, makeReport } from '../helpers/reports.js';

const P95 = { p99_ttft: null, p99_tpot: null, p95_ttft: 2.5, p95_tpot: 0.031 } as Record<string, number | null>;

function cellsTableHeader(md: string): string {
  return md.split('\n').find((l) => l.startsWith('| Conc')) ?? '';
}

describe('comment tail statistic', () => {
  it('p95-only cells: the cells table and the chart name p95 and show its values', () => {
    const md = renderComment({
      head: makeReport([
        makeCell({ cell_id: 'c4', concurrency: 4, metrics: P95 }),
        makeCell({ cell_id: 'c8', concurrency: 8, metrics: { ...P95, p95_ttft: 3.5 } }),
      ]),
      diff: null,
      suiteKey: 'default',
    });
    expect(cellsTableHeader(md)).toMatch(/p95 TTFT.*p95 TPOT/);
    expect(cellsTableHeader(md)).not.toMatch(/p99/);
    // Table cells keep a value and its unit together with a no-break space.
    const cell = (v: number): string => formatSeconds(v).replace(' ', '\u00a0');
    expect(md).toContain(` ${cell(2.5)} |`);
    expect(md).toContain(` ${cell(3.5)} |`);
    expect(md).toMatch(/title "p95 TTFT/);
    expect(md).not.toMatch(/title "p99 TTFT/);
  });

  it('cells with p99 keep p99 in the table and the chart', () => {
    const md = renderComment({
      head: makeReport([makeCell({ cell_id: 'c4', concurrency: 4 }), makeCell({ cell_id: 'c8', concurrency: 8 })]),
      diff: null,
      suiteKey: 'default',
    });
    expect(cellsTableHeader(md)).toMatch(/p99 TTFT.*p99 TPOT/);
    expect(md).toMatch(/title "p99 TTFT/);
  });
});
