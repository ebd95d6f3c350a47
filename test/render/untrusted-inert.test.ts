/**
 * A fork's (or shard's, or baseline's) report whose every free-form string carries markup: the
 * comment and the job summary rendered from it are inert. No live HTML, link, image, autolink,
 * @mention, #ref, bidi override, injected heading or table-breaking pipe survives, while the text
 * itself is still shown (the test is not vacuous). Strings are replaced wherever the contract and
 * the untrusted-report checks still accept the report, i.e. exactly where a crafted report can put
 * them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/compare/index.js';
import { evaluateGates, parseGateLines } from '../../src/core/gates/index.js';
import type { Report } from '../../src/core/types.js';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { commentMarker, renderComment } from '../../src/render/comment.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { expectInert, PAYLOAD, poison } from '../helpers/inert.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures/shared');
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-inert-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('an untrusted report with markup in every free-form field renders inert', async () => {
  const gates = parseGateLines('cells[*].metrics.p99_ttft <= 100\nrun_summary.total_cells >= 1', 'gates');
  const reports: Report[] = [];
  for (const name of ['inferencex-static', 'inferguard-timeline', 'agentx-trace-replay']) {
    const res = await analyzeResultsDir({
      resultsDir: path.join(FIX, name),
      outputDir: path.join(tmp, name),
      gpuHourCost: 3,
      cwd: FIX,
    });
    const r = structuredClone(res.report);
    r.gates = evaluateGates(gates, { report: r });
    reports.push(r);
  }

  it.each([0, 1, 2])('report %i: comment, report.md and summary', (i) => {
    const { report, poisoned } = poison(reports[i] as Report);
    expect(poisoned).toBeGreaterThan(20);
    const base = poison(reports[i] as Report).report;
    const diff = compareReports(base, report);
    const marker = commentMarker('default');
    const comment = renderComment({ head: report, diff, suiteKey: 'default', run: { baselineNote: PAYLOAD } });
    expectInert(comment, marker);
    const md = renderReportMarkdown(report);
    expectInert(md, '');
    expectInert(`${comment}\n\n<details><summary>Full report</summary>\n\n${md}\n</details>\n`, marker);
  });
});
