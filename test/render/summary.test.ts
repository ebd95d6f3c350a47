/**
 * The job summary states the same facts as the comment (same headline, same sections, larger
 * caps), stays within GitHub's 1 MiB step-summary limit, and cuts report.md cleanly when needed.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/compare/index.js';
import type { Cell } from '../../src/core/types.js';
import { renderComment } from '../../src/render/comment.js';
import { renderJobSummary, SUMMARY_MAX_BYTES } from '../../src/render/summary.js';
import { makeCell, makeFinding, makeReport } from '../helpers/reports.js';

function cells(n: number, tput = 1): Cell[] {
  return Array.from({ length: n }, (_, i) =>
    makeCell({
      cell_id: `sweep/model-${String(Math.floor(i / 10)).padStart(3, '0')}/conc-${2 ** (i % 10)}`,
      model: `org/model-${String(Math.floor(i / 10)).padStart(3, '0')}`,
      concurrency: 2 ** (i % 10),
      metrics: { tput_per_gpu: 100 * (1 + (i % 10)) * (i % 7 === 0 ? tput : 1), p99_ttft: 0.5, p99_tpot: 0.03 },
    }),
  );
}

describe('job summary', () => {
  const base = makeReport(cells(600));
  const head = makeReport(cells(600, 0.8), {
    findings: Array.from({ length: 300 }, (_, i) =>
      makeFinding(
        'kv_pressure',
        'warning',
        `sweep/model-${String(i % 60).padStart(3, '0')}/conc-1`,
        `KV usage p95 ${90 + (i % 10)}% ≥ 95%.`,
      ),
    ),
  });
  const diff = compareReports(base, head);
  const input = {
    head,
    diff,
    suiteKey: 'big',
    check: { failed: false, reasons: [], policy: 'critical validity findings, blocking gates' },
  };

  it('has the comment headline, word for word, and more rows than the comment', () => {
    const comment = renderComment(input);
    const summary = renderJobSummary(input, '# report.md\n');
    const facts = (md: string) =>
      md.split('\n').filter((l) => /^- \*\*(Validity|SLO gates|Regression verdict|Check):\*\*/.test(l));
    expect(facts(comment)).toHaveLength(4);
    expect(facts(summary)).toEqual(facts(comment));
    expect(summary.startsWith('<!--')).toBe(false);
    const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('|')).length;
    expect(rows(summary)).toBeGreaterThan(rows(comment));
    expect(summary).toContain('<summary>Full report</summary>\n\n# report.md\n');
  });

  it('cuts a huge report.md at a line boundary, inside 1 MiB, with a note', () => {
    const huge = Array.from({ length: 40_000 }, (_, i) => `| row ${i} | ${'é'.repeat(40)} |`).join('\n');
    const summary = renderJobSummary(input, `<details>\n${huge}\n</details>\n`);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toContain('report.md is cut here to fit the job summary');
    expect((summary.match(/<details>/g) ?? []).length).toBe((summary.match(/<\/details>/g) ?? []).length);
    expect(summary.split('\n').every((l) => !l.startsWith('| row') || l.endsWith(' |'))).toBe(true);
  });
});
