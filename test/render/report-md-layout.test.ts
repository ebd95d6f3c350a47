import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { makeCell, makeReport } from '../helpers/reports.js';

/** The benchmark matrix's rows (header, delimiter, one per cell). */
function matrixRows(md: string): string[] {
  const section = md.slice(md.indexOf('## Benchmark matrix'));
  const start = section.indexOf('| Cell');
  return section
    .slice(start)
    .split('\n')
    .filter((l, i, all) => l.startsWith('|') && all.slice(0, i).every((x) => x.startsWith('|')));
}

describe('report.md table layout', () => {
  it('pads columns to one width in short tables and not in long ones (same cells either way)', () => {
    const few = matrixRows(renderReportMarkdown(makeReport([4, 8, 16].map((c) => makeCell({ concurrency: c })))));
    expect(new Set(few.map((l) => l.length)).size).toBe(1);
    const cells = Array.from({ length: 201 }, (_, i) => makeCell({ concurrency: i + 1 }));
    const many = matrixRows(renderReportMarkdown(makeReport(cells)));
    expect(many).toHaveLength(203);
    expect(new Set(many.map((l) => l.length)).size).toBeGreaterThan(1);
    expect(many[1]).toMatch(/^\| :?-{1,3}:? \|/);
    // the same cells as a padded table would hold
    const strip = (l: string) => l.split('|').map((c) => c.trim());
    expect(strip(many[2] as string)[2]).not.toBe('');
  });
});
