/**
 * The "Accepted by label" line as a person sees it: a PR comment for a regressed run whose PR
 * carries the accept label, parsed by cmark-gfm and shown by headless Chromium at the comment
 * column (light and dark; screenshots in test-output/render/accepted-label-*). The line sits in the
 * headline's list right under the Check line, names the label as code, lists what was accepted,
 * and holds no link, mention or raw HTML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config-defaults.js';
import type { Report } from '../../src/core/types.js';
import { analyzeResultsDir, pipelineSettings, runPipeline } from '../../src/pipeline.js';
import { launchBrowser, markdownToHtml, renderInBrowser, requireTools, type Theme } from '../helpers/browser-render.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-output/render');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ig-accepted-'));
let comment = '';

beforeAll(async () => {
  const a = await analyzeResultsDir({
    resultsDir: path.join(ROOT, 'test/fixtures/e2e/valid'),
    outputDir: tmp,
    cwd: tmp,
  });
  // The base run was twice as fast: every latency of the head regressed.
  const base: Report = structuredClone(a.report);
  for (const c of base.cells)
    for (const k of Object.keys(c.metrics))
      if (/ttft|tpot|itl|e2el/.test(k) && typeof c.metrics[k] === 'number') c.metrics[k] = c.metrics[k] / 2;
  const settings = pipelineSettings(defaultConfig(), '', 'gates', { failOn: 'critical', failOnRegression: true });
  const out = await runPipeline(
    settings,
    {
      head: async () => ({ report: structuredClone(a.report), context: null }),
      baseline: async () => ({ report: base, note: 'run 1001' }),
      acceptedBy: () => 'inferguard-accept',
    },
    { suiteKey: 'default' },
  );
  expect(out.decision.failed).toBe(false);
  comment = out.comment ?? '';
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('accepted by label, rendered', () => {
  it('cmark-gfm: one list item under the Check line, the label as code, no link or HTML from the items', () => {
    requireTools();
    const html = markdownToHtml(comment);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? '');
    const i = items.findIndex((x) => x.startsWith('<strong>Accepted by label</strong>'));
    expect(i).toBeGreaterThan(0);
    expect(items[i - 1]).toMatch(/^<strong>Check:<\/strong>/);
    const item = items[i] ?? '';
    expect(item).toContain('<code>inferguard-accept</code>');
    expect(item).toContain('p99_ttft regressed (3 cell(s), +100.0%)');
    expect(item).toContain('tpot_degradation: p99 TPOT grew 2.00×');
    expect(item).not.toContain('.;');
    expect(item).not.toMatch(/<a |<img|<script/);
  });

  it.each<Theme>(['light', 'dark'])(
    'Chromium (%s): shown, no request, no page error',
    async (theme) => {
      requireTools();
      const { browser, close } = await launchBrowser();
      try {
        const r = await renderInBrowser(browser, comment, theme, path.join(OUT, 'accepted-label'));
        expect(r.requests).toEqual([]);
        expect(r.pageErrors).toEqual([]);
        expect(r.html).toContain('Accepted by label');
        expect(r.screenshots.length).toBeGreaterThan(0);
      } finally {
        await close();
      }
    },
    60_000,
  );
});
