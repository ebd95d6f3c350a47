/**
 * The PR comment as GitHub shows it: every golden and a fresh comparison of examples/ against a
 * perturbed copy, parsed by cmark-gfm, styled by GitHub's markdown CSS at the 866 px comment
 * column, charts drawn by the real mermaid, in headless Chromium (light and dark). Asserts no
 * mermaid error, no table wider than the column, no two rows of one table with the same label
 * for different cells, no network request; screenshots go to test-output/render/.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/compare/index.js';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { CHART_BACKGROUNDS, contrast, renderChart } from '../../src/render/charts.js';
import { renderComment } from '../../src/render/comment.js';
import {
  COLUMN_PX,
  launchBrowser,
  renderInBrowser,
  type RenderedTable,
  type RenderResult,
  type Theme,
} from '../helpers/browser-render.js';
import { makeCell, makeReport } from '../helpers/reports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/render/golden');
const OUT = path.join(ROOT, 'test-output/render');
const THEMES: Theme[] = ['light', 'dark'];

/** Header names that identify a row (the rest are values); a table without any uses its first column. */
const KEY_HEADERS = new Set([
  'Cell',
  'Cells',
  'Conc',
  'Metric',
  'Code',
  'Gate',
  'Finding',
  'Family',
  'Config',
  'Severity',
]);

function labelColumns(t: RenderedTable): number[] {
  const idx = t.header.map((h, i) => (KEY_HEADERS.has(h) ? i : -1)).filter((i) => i >= 0);
  return idx.length > 0 ? idx : [0];
}

/** Rows of one table that read the same in their label columns. */
export function identicalLabels(t: RenderedTable): string[] {
  const cols = labelColumns(t);
  const seen = new Map<string, number>();
  for (const r of t.rows) {
    const label = cols.map((c) => r[c] ?? '').join(' · ');
    seen.set(label, (seen.get(label) ?? 0) + 1);
  }
  return [...seen.entries()].filter(([, n]) => n > 1).map(([l, n]) => `${t.section}: "${l}" ×${n}`);
}

/** Columns whose text may wrap (labels and prose); every other column holds values, on one line. */
const PROSE_HEADERS = new Set([
  'Config',
  'Cells',
  'Detail',
  'Gate',
  'Finding',
  'Verdict',
  'Evidence',
  'Metric',
  'Run total',
  'Why',
  'Ran on',
]);

/** Chart colours below 3:1 against the chart's own background or the page's. */
function lowContrast(r: RenderResult): string[] {
  const page = r.theme === 'light' ? CHART_BACKGROUNDS.light : CHART_BACKGROUNDS.dark;
  const out: string[] = [];
  for (const c of r.charts) {
    for (const { kind, colour } of c.colours) {
      if (!colour) continue;
      for (const bg of [c.background, page]) {
        if (!bg) continue;
        const ratio = contrast(hex6(colour), hex6(bg));
        if (ratio < 3) out.push(`chart ${c.index} ${kind} ${colour} on ${bg}: ${ratio.toFixed(2)}:1`);
      }
    }
  }
  return out;
}

function hex6(c: string): string {
  const m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c.trim());
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  if (c.trim().toLowerCase() === 'white') return '#ffffff';
  return c.trim();
}

function problems(r: RenderResult): Record<string, string[]> {
  return {
    mermaidErrors: r.charts.filter((c) => c.error !== null).map((c) => `chart ${c.index}: ${c.error}`),
    wideTables: r.tables
      .filter((t) => t.scrollWidth > COLUMN_PX + 0.5)
      .map((t) => `${t.section}: ${t.scrollWidth} px [${t.header.join(' | ')}]`),
    identicalLabels: r.tables.flatMap(identicalLabels),
    clippedTitles: r.charts.filter((c) => c.titleClipped).map((c) => `chart ${c.index}: ${c.title}`),
    lowContrast: lowContrast(r),
    wrappedValues: r.tables.flatMap((t) =>
      t.wrapped
        .filter((w) => !PROSE_HEADERS.has(t.header[w.col] ?? ''))
        .map((w) => `${t.section} [${t.header[w.col]}] row ${w.row + 1}: ${w.text}`),
    ),
    requests: r.requests,
    pageErrors: r.pageErrors,
  };
}

const NONE = {
  mermaidErrors: [],
  wideTables: [],
  identicalLabels: [],
  clippedTitles: [],
  lowContrast: [],
  wrappedValues: [],
  requests: [],
  pageErrors: [],
};

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function check(name: string, md: string): Promise<RenderResult[]> {
  const out: RenderResult[] = [];
  for (const theme of THEMES) {
    const r = await renderInBrowser(browser.browser, md, theme, path.join(OUT, name));
    writeFileSync(
      path.join(OUT, `${name}-${theme}.json`),
      `${JSON.stringify({ tables: r.tables, charts: r.charts }, null, 2)}\n`,
    );
    expect(problems(r), `${name} (${theme})`).toEqual(NONE);
    out.push(r);
  }
  return out;
}

const goldens = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('the PR comment rendered as GitHub does (cmark-gfm, GitHub CSS, mermaid, Chromium, 866 px)', () => {
  it('finds goldens to render', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(8);
  });

  it.each(goldens)(
    'golden %s',
    async (file) => {
      await check(`golden-${file.replace(/\.md$/, '')}`, readFileSync(path.join(GOLDEN, file), 'utf8'));
    },
    120_000,
  );

  it('charts with awkward numbers, failed points and no baseline parse and fit', async () => {
    const pts = [
      { concurrency: 1, base: 1e-7, head: 2.5e-7, headFailed: false },
      { concurrency: 2, base: 123456789, head: 0.000123, headFailed: false },
      { concurrency: 4, base: -3, head: null, headFailed: true },
      { concurrency: 8, base: 0, head: 42.4242424242, headFailed: false },
    ];
    const a = renderChart({ title: 'p99 TTFT', kind: 'latency_s', unit: 's', points: pts, withBase: true });
    const b = renderChart({
      title: 'Throughput per GPU',
      kind: 'throughput',
      unit: 'tok/s/GPU',
      points: pts,
      withBase: false,
    });
    const [light] = await check('awkward-charts', `## Charts\n\n${a}\n\n${b}\n`);
    expect(light?.charts).toHaveLength(2);
  }, 60_000);

  it('p95-only cells (AgentX aggregates) against a base: tables and the TTFT chart say p95', async () => {
    const sweep = (ttft: (c: number) => number) =>
      makeReport(
        [1, 4, 16, 64].map((c) =>
          makeCell({
            cell_id: `c${c}`,
            concurrency: c,
            source_format: 'agentx-aiperf',
            metrics: { p99_ttft: null, p99_tpot: null, p95_ttft: ttft(c), p95_tpot: 0.03 },
          }),
        ),
      );
    const base = sweep((c) => 0.2 * (1 + c / 16));
    const head = sweep((c) => 0.2 * (1 + c / 16) * (c === 64 ? 1.5 : 1));
    const md = renderComment({ head, diff: compareReports(base, head), suiteKey: 'p95' });
    const [light] = await check('p95-tail', md);
    const headers = (light?.tables ?? []).flatMap((t) => t.header);
    expect(headers).toContain('p95 TTFT');
    expect(headers).not.toContain('p99 TTFT');
    expect(light?.charts.some((c) => /p95 TTFT/.test(c.title ?? ''))).toBe(true);
  }, 60_000);

  it('a fresh comparison of examples/ against a perturbed copy', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'inferguard-render-'));
    try {
      const baseDir = path.join(tmp, 'base');
      const headDir = path.join(tmp, 'head');
      cpSync(path.join(ROOT, 'examples/results'), baseDir, { recursive: true });
      cpSync(path.join(ROOT, 'examples/results'), headDir, { recursive: true });
      perturb(headDir);
      const opts = { format: 'json' as const, cwd: tmp, now: new Date('2026-11-30T00:00:00Z') };
      const base = await analyzeResultsDir({ ...opts, resultsDir: baseDir, outputDir: path.join(tmp, 'out-base') });
      // The head analysed against the base report, as `inferguard analyze --baseline` and the action do.
      const head = await analyzeResultsDir({
        ...opts,
        resultsDir: headDir,
        outputDir: path.join(tmp, 'out-head'),
        baselineFile: path.join(tmp, 'out-base', 'report.json'),
      });
      const diff = head.outcome.diff;
      expect(diff?.verdict.verdict).toBe('REGRESSION');
      const md = head.outcome.comment ?? '';
      // The default policy: neither the regression nor the critical TTFT cliff (behaviour) fails
      // the check, and the headline says both words and why.
      expect(md).toContain('## InferGuard: 🔴 Regression · check passes\n');
      expect(md).toContain(
        '**Check:** ✅ passes: a regression fails it only with `fail-on-regression`; critical behaviour findings (`ttft_cliff`) fail it only when listed in `fail-on-findings`.',
      );
      writeFileSync(path.join(OUT, 'fresh-examples.md'), md);
      const [light] = await check('fresh-examples', md);
      expect(light?.tables.length).toBeGreaterThan(0);
      expect(light?.charts.length).toBeGreaterThan(0);
      // And with no baseline at all.
      const alone = renderComment({ head: base.report, diff: null, suiteKey: 'examples' });
      writeFileSync(path.join(OUT, 'fresh-examples-no-baseline.md'), alone);
      await check('fresh-examples-no-baseline', alone);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 180_000);
});

/**
 * The head side of the fresh comparison, consistent across the copies of each cell (aggregates
 * and raw results): in the DeepSeek-R1 family (every load point) TTFT grows 30% and throughput
 * drops 12% (the run takes longer); the other families are unchanged. With one base run a change
 * is a verdict when it is coherent across a family's load points (docs/COMPARE.md).
 */
function perturb(dir: string): void {
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.json')) continue;
    const file = path.join(e.parentPath, e.name);
    const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!j || typeof j !== 'object' || Array.isArray(j)) continue;
    const hit = path.relative(dir, file).includes('dsr1') && !path.relative(dir, file).includes('eval');
    const tput = hit ? 0.88 : 1;
    const ttft = hit ? 1.3 : 1;
    for (const [k, v] of Object.entries(j)) {
      if (typeof v !== 'number') continue;
      if (/_ttft(_ms)?$/.test(k)) j[k] = v * ttft;
      else if (/tput|throughput/.test(k)) j[k] = v * tput;
      else if (k === 'duration') j[k] = v / tput;
      else if (k === 'benchmark_end_time_unix' && typeof j.benchmark_start_time_unix === 'number')
        j[k] = j.benchmark_start_time_unix + (v - j.benchmark_start_time_unix) / tput;
    }
    writeFileSync(file, `${JSON.stringify(j, null, 2)}\n`);
  }
}
