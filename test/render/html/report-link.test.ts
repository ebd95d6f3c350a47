/**
 * The comment's line about report.html: a link only from an https URL, the frontier summary from
 * compare's curve verdicts (a real compare of two sweeps), untrusted labels escaped, and the line
 * rendered by GitHub's markdown parser as exactly one link.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/core/compare/index.js';
import { frontierSummary, linkableUrl, reportLinkLine } from '../../../src/render/report-link.js';
import { markdownToHtml, CMARK_GFM } from '../../helpers/browser-render.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

function sweep(k: number, model = 'org/model-a') {
  return makeReport(
    [4, 8, 16, 32].map((c) =>
      makeCell({
        concurrency: c,
        model,
        metrics: { tput_per_gpu: 100 * c * k, p50_tpot: 0.01 * c, p99_tpot: 0.02 * c, p50_ttft: 0.1, p99_ttft: 0.2 },
      }),
    ),
  );
}

describe('reportLinkLine', () => {
  const url = 'https://github.com/o/r/actions/runs/1/artifacts/2';

  it('links the artifact and says the frontier fell, with the size of the largest move', () => {
    const diff = compareReports(sweep(1), sweep(0.8));
    const line = reportLinkLine({ artifactUrl: url, diff });
    expect(line).toBe(
      `📊 [report.html](${url}): charts, history and every cell · frontier moved in 1 of 1 configuration; largest: h200 · org/model-a · vllm · fp8 · 1024/1024: at ≥ 3.13 tok/s/user the best throughput per GPU fell 20% \\(c32 → c32\\)`,
    );
    expect(line).not.toContain('\n');
  });

  it('says unchanged when no family moved, and nothing about the frontier without a compare', () => {
    const diff = compareReports(sweep(1), sweep(1));
    expect(frontierSummary(diff.curves)).toBe('frontier unchanged in 1 configuration');
    expect(reportLinkLine({ artifactUrl: url, diff: null })).toBe(
      `📊 [report.html](${url}): charts, history and every cell`,
    );
  });

  it('links only https URLs that cannot break the markdown', () => {
    for (const bad of [
      'http://x.example/a',
      'javascript:alert(1)',
      'https://x.example/a)(b',
      'https://x.example/a b',
      'https://x.example/"',
    ])
      expect(linkableUrl(bad)).toBeNull();
    expect(reportLinkLine({ artifactUrl: 'javascript:alert(1)', artifactName: 'inferguard-report' })).toBe(
      '📊 report.html (charts, history and every cell) is in inferguard-report',
    );
  });

  it('escapes a crafted model name; GitHub renders exactly one link', () => {
    const evil = 'x](https://evil.example) <img src=x onerror=alert(1)> @org';
    const diff = compareReports(sweep(1, evil), sweep(0.5, evil));
    const line = reportLinkLine({ artifactUrl: url, diff });
    expect(spawnSync(CMARK_GFM, ['--version']).status).toBe(0);
    const html = markdownToHtml(line);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain(`href="${url}"`);
    expect(html).not.toContain('<img');
  });
});
