/**
 * report.html as a person sees it: opened from disk in headless Chromium at 1280 px, light and
 * dark, every request other than the file itself refused and counted. An analyze report (the
 * AgentX trace-replay fixture, per-request samples and a GPU-hour price) and a compare report
 * against 3 base runs (real SGLang nightly runs of DeepSeek-V3 on MI300X, test/fixtures/
 * real-repeats). Screenshots go to test-output/report-html/. A crafted fork report (every string
 * a markup or script payload) renders with nothing executed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmdCompare } from '../../../src/cli-compare.js';
import { compareReports } from '../../../src/core/compare/index.js';
import type { Report } from '../../../src/core/types.js';
import { writeReportHtml } from '../../../src/io/report-html.js';
import { statusHeadline } from '../../../src/render/status.js';
import { analyzeResultsDir } from '../../../src/pipeline.js';
import { CHROMIUM } from '../../helpers/browser-render.js';
import { PAYLOAD, poison } from '../../helpers/inert.js';
import { launch, openReport, type PageVisit, type Scheme } from './page-browser.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'test-output/report-html');
const NIGHTS = path.join(ROOT, 'test/fixtures/real-repeats/sglang-ci/online_benchmark_log/mi30x/DeepSeek-V3-0324');
const SCHEMES: Scheme[] = ['light', 'dark'];
/** A payload that would run if it ever became markup or broke out of the JSON block. */
const SCRIPT_PAYLOAD =
  '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">x</a>\u2028<svg onload="window.__pwned=4">';

let tmp: string;
let browser: Browser;
const files: Record<'analyze' | 'compare' | 'crafted', string> = { analyze: '', compare: '', crafted: '' };

async function analyzeNight(i: number): Promise<string> {
  const night = readdirSync(NIGHTS).sort()[i] as string;
  const out = path.join(tmp, `night${i}`);
  await analyzeResultsDir({
    resultsDir: path.join(NIGHTS, night),
    outputDir: out,
    format: 'json',
    gpus: 8,
    gpuHourCost: 2,
    policy: { failOn: 'never', failOnRegression: false },
    cwd: ROOT,
  });
  return path.join(out, 'report.json');
}

async function craftedReport(): Promise<string> {
  const dir = path.join(tmp, 'crafted');
  const r = await analyzeResultsDir({
    resultsDir: path.join(ROOT, 'test/fixtures/shared/agentx-trace-replay'),
    outputDir: path.join(tmp, 'crafted-src'),
    format: 'json',
    gpuHourCost: 2,
    policy: { failOn: 'never', failOnRegression: false },
    cwd: ROOT,
  });
  const poisoned = poison(r.report).report;
  const head: Report = structuredClone(poisoned);
  head.cells.forEach((c, i) => {
    c.cell_id = `${SCRIPT_PAYLOAD}${i}`;
    c.model = SCRIPT_PAYLOAD;
    for (const f of c.findings) f.cell_id = c.cell_id;
  });
  head.findings = head.cells.flatMap((c) => c.findings.map((f) => ({ ...f, message: SCRIPT_PAYLOAD })));
  head.input_root = SCRIPT_PAYLOAD;
  // The page's gates and environment sections show a fork's gate results and environments too.
  for (const c of head.cells)
    c.environment = { cluster: SCRIPT_PAYLOAD, host: SCRIPT_PAYLOAD, image: SCRIPT_PAYLOAD, runner: SCRIPT_PAYLOAD };
  head.gates = {
    schema_version: 'inferguard-gates/v1',
    summary: { gates: 1, total: 1, passed: 0, failed: 1, not_found: 0, conflict: 0, error: 0, blocking_failures: 1 },
    results: [
      {
        index: 1,
        gate: SCRIPT_PAYLOAD,
        name: SCRIPT_PAYLOAD,
        severity: 'error',
        path: SCRIPT_PAYLOAD,
        op: '<=',
        expected: SCRIPT_PAYLOAD,
        outcome: 'fail',
        value: SCRIPT_PAYLOAD,
        cells: [head.cells[0]!.cell_id, SCRIPT_PAYLOAD],
        message: SCRIPT_PAYLOAD,
      },
    ],
  };
  const base = structuredClone(head);
  for (const c of base.cells) c.metrics.tput_per_gpu = (c.metrics.tput_per_gpu as number) * 1.5;
  const diff = compareReports([base, structuredClone(base)], head);
  return writeReportHtml(dir, { head, diff, bases: [base, structuredClone(base)] });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (.ci/run does)`);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ig-report-html-'));
  mkdirSync(OUT, { recursive: true });
  // analyze through the CLI: report.html is written next to report.md.
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      'analyze',
      'test/fixtures/shared/agentx-trace-replay',
      '--output-dir',
      path.join(tmp, 'analyze'),
      '--fail-on',
      'never',
      '--gpu-hour-cost',
      '2.5',
      // Three passing checks, and three failing ones of severity warning (the exit stays 0).
      '--gate',
      'cells[*].completion.success_rate >= 0.99',
      '--gate',
      'cells[*].metrics.p99_ttft <= 1.0 # warning: tight TTFT',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('report.html: ');
  files.analyze = path.join(tmp, 'analyze', 'report.html');
  // compare against 3 base runs (newest first), the 4th night as head.
  const reports = [];
  for (let i = 0; i < 4; i++) reports.push(await analyzeNight(i));
  const out = path.join(tmp, 'compare');
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    const argv = ['--base', reports[2]!, '--base', reports[1]!, '--base', reports[0]!, '--head', reports[3]!];
    await cmdCompare([...argv, '--output-dir', out, '--fail-on', 'never']);
  } finally {
    process.stdout.write = write;
  }
  files.compare = path.join(out, 'report.html');
  files.crafted = await craftedReport();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Figure {
  kind: string;
  caption: string;
  svgs: number;
  marks: number;
  tableRows: number;
}

const PROBE = readFileSync(path.join(import.meta.dirname, 'page-probe.js'), 'utf8');

/** Calls igProbe.<fn>(...args) in the page (test/render/html/page-probe.js). */
async function probe<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  await page.evaluate(PROBE);
  return (await page.evaluate(`igProbe.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`)) as T;
}

async function figures(page: Page): Promise<Figure[]> {
  return probe<Figure[]>(page, 'figures');
}

async function visit(name: keyof typeof files, scheme: Scheme): Promise<PageVisit> {
  const v = await openReport(browser, files[name], scheme);
  await v.page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`), fullPage: true });
  return v;
}

function clean(v: PageVisit): void {
  expect(v.requests).toEqual([]);
  expect(v.consoleErrors).toEqual([]);
  expect(v.pageErrors).toEqual([]);
}

describe('report.html of an analyze run', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: every chart drawn with its caption and data table; no request, no error`, async () => {
      const v = await visit('analyze', scheme);
      try {
        clean(v);
        const figs = await figures(v.page);
        expect(figs.map((f) => f.kind)).toEqual(['pareto', 'latency', 'distribution', 'cost']);
        expect(figs[0]!.caption).toBe('tok/s/GPU vs tok/s/user');
        expect(figs[1]!.caption).toBe('p50 and p99 TTFT (ms) and TPOT (ms) vs concurrency');
        expect(figs[2]!.caption).toMatch(/^per-request TTFT \(ms\) and TPOT \(ms\) distributions/);
        expect(figs[3]!.caption).toBe('cost per million output tokens (USD) vs concurrency');
        expect(figs.map((f) => f.svgs)).toEqual([1, 2, 2, 1]);
        for (const f of figs) expect(f.marks).toBeGreaterThan(3);
        // Data tables: 3 cells (c8, c16, c32); distributions 21 quantiles each.
        expect(figs.map((f) => f.tableRows)).toEqual([3, 3, 63, 3]);
        const bg = await probe<string>(v.page, 'background');
        expect(bg).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      } finally {
        await v.page.close();
      }
    });
  }

  it("draws the model's sections in the section table's order, the SLO gates among them", async () => {
    const v = await openReport(browser, files.analyze, 'light');
    try {
      const { drawn, model } = await probe<{ drawn: string[]; model: string[] }>(v.page, 'sections');
      expect(model).toEqual([
        'headline',
        'findings',
        'gates',
        'environment',
        'pareto',
        'latency',
        'distributions',
        'cost',
        'cells',
      ]);
      expect(drawn).toEqual(model);
      // The headline in the comment's status words (the comment's title for the same report).
      const head = JSON.parse(readFileSync(path.join(tmp, 'analyze', 'report.json'), 'utf8')) as Report;
      expect(await probe<string>(v.page, 'text', '#headline .status-word')).toBe(statusHeadline({ head, diff: null }));
      expect(await probe<string>(v.page, 'text', '#headline .facts')).toBe(
        'Validity: ✅ valid — a valid measurement: no validity finding' +
          'SLO gates: ⚠️ passed, with warnings — every blocking SLO gate check passed; a check of severity warning did not' +
          'Comparison: ➖ not compared — no base run to compare with',
      );
      const toc = await probe<string>(v.page, 'text', 'nav.toc');
      expect(toc).toBe(
        'FindingsSLO gatesEnvironmentThroughput per GPU vs interactivityLatency vs loadPer-request distributionsCost per million tokensCells',
      );
      expect(await probe<string>(v.page, 'text', '#gates > p')).toBe(
        'Passed with warnings. 6 checks from 2 gates: 3 passed, 3 failed, 0 not found, 0 conflict, 0 error.',
      );
      // The failing checks open, the passing ones folded; each names its cell by a link.
      const failing = await probe<string[][]>(v.page, 'rows', '#gates > .table-wrap');
      expect(failing).toHaveLength(3);
      for (const r of failing) {
        expect([r[0], r[1], r[3]]).toEqual(['fail', 'warning', '<= 1']);
        // The gate as written, then the concrete path of this result.
        expect(r[2]).toMatch(/^cells\[\*\]\.metrics\.p99_ttft <= 1\.0cells\[cell_id=agentic_.+\]\.metrics\.p99_ttft$/);
        expect(Number(r[4])).toBeGreaterThan(1);
      }
      expect(await probe<string>(v.page, 'text', '#gates details summary')).toBe('3 passing checks');
      expect(await probe<string | null>(v.page, 'attr', '#gates td a', 'href')).toMatch(/^#cell-\d+$/);
      // The three cells name their engine image (the AgentX files name no runner or host).
      expect(await probe<string[][]>(v.page, 'rows', '#environment')).toEqual([
        ['this run', 'image vllm/vllm-openai:deepseekv4-cu129', '3'],
      ]);
    } finally {
      await v.page.close();
    }
  });

  it('a finding links to the row of the cell it names', async () => {
    const v = await openReport(browser, files.analyze, 'light');
    try {
      const sel = '#findings a[href^="#cell-"]';
      const href = await probe<string | null>(v.page, 'attr', sel, 'href');
      const text = await probe<string | null>(v.page, 'text', sel);
      expect(href).toMatch(/^#cell-\d+$/);
      await v.page.click(sel);
      const row = await probe<unknown>(v.page, 'row', (href as string).slice(1));
      expect(row).toEqual({ text, hash: href });
    } finally {
      await v.page.close();
    }
  });
});

describe('report.html of a compare against 3 base runs', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: history over the base runs, latency with base overlaid; no request, no error`, async () => {
      const v = await visit('compare', scheme);
      try {
        clean(v);
        const figs = await figures(v.page);
        const history = figs.filter((f) => f.kind === 'history');
        expect(history.length).toBeGreaterThanOrEqual(3);
        for (const h of history) {
          expect(h.caption).toMatch(/^history: /);
          // 3 base runs + the head.
          expect(h.tableRows).toBe(4);
        }
        expect(figs.filter((f) => f.kind === 'latency').length).toBeGreaterThan(0);
        expect(figs.find((f) => f.kind === 'latency')!.caption).toBe('p50 and p99 TTFT (ms) vs concurrency');
        const meta = await probe<string>(v.page, 'text', '.meta');
        expect(meta).toContain('base runs: 3');
        const { drawn, model } = await probe<{ drawn: string[]; model: string[] }>(v.page, 'sections');
        expect(model).toEqual([
          'headline',
          'findings',
          'changes',
          'suspicious',
          'pareto',
          'latency',
          'distributions',
          'history',
          'cost',
          'cells',
        ]);
        expect(drawn).toEqual(model);
        const ticks = await probe<string[]>(v.page, 'ticks');
        expect(ticks.slice(0, 4)).toEqual(['run 1', 'run 2', 'run 3', 'head']);
      } finally {
        await v.page.close();
      }
    });
  }
});

describe('report.html of a crafted fork report', () => {
  it('runs nothing from the report: no script, no handler, no javascript: link, the text shown as text', async () => {
    const v = await visit('crafted', 'light');
    try {
      clean(v);
      const seen = await probe<{
        pwned: unknown;
        scripts: number;
        embeds: number;
        handlers: number;
        hrefs: string[];
        text: string;
      }>(v.page, 'seen');
      expect(seen.pwned).toBeNull();
      expect(seen.scripts).toBe(3);
      expect(seen.embeds).toBe(0);
      expect(seen.handlers).toBe(0);
      for (const h of seen.hrefs) expect(h).toMatch(/^#[a-z0-9-]+$/);
      expect(seen.text).toContain('<img src=x onerror="window.__pwned=2">');
      expect(seen.text).toContain(PAYLOAD.slice(0, 20));
      // The verdicts and the history still render around the crafted text.
      const figs = await figures(v.page);
      expect(figs.some((f) => f.kind === 'history')).toBe(true);
      // So do the gates and environment sections, the crafted strings in them as text.
      const { drawn } = await probe<{ drawn: string[] }>(v.page, 'sections');
      expect(drawn).toEqual(expect.arrayContaining(['gates', 'environment']));
      expect(await probe<string>(v.page, 'text', '#gates tbody')).toContain('<img src=x onerror="window.__pwned=2">');
      expect(await probe<string>(v.page, 'text', '#environment tbody')).toContain('<svg onload="window.__pwned=4">');
    } finally {
      await v.page.close();
    }
  });
});

/** Screenshots are for people: written once more under a stable name with the file sizes. */
afterAll(() => {
  writeFileSync(
    path.join(OUT, 'README.txt'),
    'Screenshots of report.html written by test/render/html/browser.test.ts.\n',
  );
});
