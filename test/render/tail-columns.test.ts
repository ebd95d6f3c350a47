import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { makeCell, makeReport } from '../helpers/reports.js';

/** The benchmark matrix's header row. */
function matrixHeader(md: string): string {
  const section = md.slice(md.indexOf('## Benchmark matrix'));
  return section.split('\n').find((l) => l.startsWith('| Cell')) ?? '';
}

describe('report.md tail columns (ANALYZER.md: a column never shows another statistic than its header says)', () => {
  it('all cells with p99: the headers say p99', () => {
    const md = renderReportMarkdown(makeReport([makeCell({ concurrency: 4 }), makeCell({ concurrency: 8 })]));
    expect(matrixHeader(md)).toMatch(/\| +p99 TTFT +\| +p99 TPOT +\|/);
  });

  it('AgentX cells with p95 only: the headers say p95 and the p95 values are shown', () => {
    const p95 = { p99_ttft: null, p99_tpot: null, p95_ttft: 2.5, p95_tpot: 0.031 } as Record<string, number | null>;
    const md = renderReportMarkdown(makeReport([makeCell({ concurrency: 4, metrics: p95 })]));
    expect(matrixHeader(md)).toMatch(/\| +p95 TTFT +\| +p95 TPOT +\|/);
    expect(md).toContain('TTFT p50 / p95');
  });

  it('mixed statistics: a Tail header and every value names its own statistic', () => {
    const p95 = { p99_ttft: null, p99_tpot: null, p95_ttft: 2.5, p95_tpot: 0.031 } as Record<string, number | null>;
    const md = renderReportMarkdown(
      makeReport([makeCell({ concurrency: 4 }), makeCell({ concurrency: 8, metrics: p95 })]),
    );
    expect(matrixHeader(md)).toMatch(/\| +Tail TTFT +\| +Tail TPOT +\|/);
    expect(md).toMatch(/\(p95\)/);
    expect(md).toMatch(/\(p99\)/);
  });

  it('the TPOT column never shows the mean: a cell with only mean TPOT shows —', () => {
    const meanOnly = { p99_tpot: null, p50_tpot: null, mean_tpot: 0.0777 } as Record<string, number | null>;
    const md = renderReportMarkdown(makeReport([makeCell({ concurrency: 4, metrics: meanOnly })]));
    const matrix = md.slice(md.indexOf('## Benchmark matrix'), md.indexOf('## Artifact completeness'));
    expect(matrix).not.toContain('77.7');
    expect(matrix).not.toContain('0.0777');
  });
});
