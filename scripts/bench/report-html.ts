/**
 * `npm run bench -- --only report_html_2000`: report.html of the 2,000-cell sweep (issue 26
 * targets: ≤ 2 MB, renders in < 2 s in headless Chromium). Analyzes a base and a perturbed head
 * sweep, compares them, and measures both report.html files (analyze's and compare's): bytes,
 * and the time from navigation to the page script's "rendered" mark, median of `runs` loads.
 * When the CLI measured writes no report.html (a dist/ built before it), the pages are rendered
 * from source from the same report.json / compare.json, and the result says so.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReportDiff } from '../../src/core/compare/types.js';
import type { Report } from '../../src/core/types.js';
import { writeReportHtml } from '../../src/io/report-html.js';
import { launch, openReport } from '../../test/render/html/page-browser.js';
import { generateStaticSweep } from './generate.js';
import { measureNode, median } from './measure.js';

export const REPORT_HTML_TARGETS = { max_mb: 2, render_s: 2 };

export interface ReportHtmlPage {
  mb: number;
  render_s: number;
  runs_s: number[];
}

export interface ReportHtmlResult {
  cells: number;
  source: 'cli' | 'rendered from source (the CLI measured writes no report.html)';
  analyze: ReportHtmlPage;
  compare: ReportHtmlPage;
  target: string;
}

async function renderTimes(file: string, runs: number): Promise<ReportHtmlPage> {
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const v = await openReport(browser, file, 'light');
      if (v.pageErrors.length > 0 || v.consoleErrors.length > 0 || v.requests.length > 0)
        throw new Error(`report.html: ${[...v.pageErrors, ...v.consoleErrors, ...v.requests].join('; ')}`);
      times.push(v.renderMs / 1000);
      await v.page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    mb: Math.round((statSync(file).size / 1048576) * 100) / 100,
    render_s: median(times),
    runs_s: times.map((t) => Math.round(t * 1000) / 1000),
  };
}

export async function reportHtmlScenario(opts: {
  work: string;
  cells: number;
  cli: string[];
  runs: number;
  log: (s: string) => void;
}): Promise<ReportHtmlResult | null> {
  const { work, cells, cli, runs, log } = opts;
  const base = await generateStaticSweep(path.join(work, 'html-base'), cells, { seed: 7 });
  const head = await generateStaticSweep(path.join(work, 'html-head'), cells, { seed: 7, perturb: true });
  const baseOut = path.join(work, 'html-base-out');
  const headOut = path.join(work, 'html-head-out');
  const cmpOut = path.join(work, 'html-compare-out');
  for (const [g, out] of [
    [base, baseOut],
    [head, headOut],
  ] as const) {
    const r = await measureNode([...cli, 'analyze', g.root, '--output-dir', out, '--fail-on', 'never'], { cwd: work });
    if (r.code !== 0) {
      log(`bench: report_html: analyze exited ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
      return null;
    }
  }
  const baseJson = path.join(baseOut, 'report.json');
  const headJson = path.join(headOut, 'report.json');
  await measureNode(
    [...cli, 'compare', '--base', baseJson, '--head', headJson, '--output-dir', cmpOut, '--fail-on', 'never'],
    { cwd: work },
  );
  let source: ReportHtmlResult['source'] = 'cli';
  if (!existsSync(path.join(headOut, 'report.html')) || !existsSync(path.join(cmpOut, 'report.html'))) {
    source = 'rendered from source (the CLI measured writes no report.html)';
    const read = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
    const b = read<Report>(baseJson);
    const h = read<Report>(headJson);
    await writeReportHtml(headOut, { head: h, diff: null });
    await writeReportHtml(cmpOut, { head: h, diff: read<ReportDiff>(path.join(cmpOut, 'compare.json')), bases: [b] });
  }
  const analyze = await renderTimes(path.join(headOut, 'report.html'), runs);
  const compare = await renderTimes(path.join(cmpOut, 'report.html'), runs);
  const ok =
    Math.max(analyze.mb, compare.mb) <= REPORT_HTML_TARGETS.max_mb &&
    Math.max(analyze.render_s, compare.render_s) < REPORT_HTML_TARGETS.render_s;
  log(`bench: report_html: analyze ${analyze.mb} MB ${analyze.render_s} s, compare ${compare.mb} MB ${compare.render_s} s`);
  return {
    cells,
    source,
    analyze,
    compare,
    target: `report.html ≤ ${REPORT_HTML_TARGETS.max_mb} MB and renders < ${REPORT_HTML_TARGETS.render_s} s: ${ok ? 'pass' : 'FAIL'}`,
  };
}
