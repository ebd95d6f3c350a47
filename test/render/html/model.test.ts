/**
 * report.html's model and page text, without a browser: the JSON block is inert and lossless,
 * the CSP hashes are those of the inline scripts, the assets module is fresh, and the chart data
 * (points, frontiers, distributions, history with band and tier) is what the reports say.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/core/compare/index.js';
import { paretoFrontier } from '../../../src/core/compare/curves.js';
import { buildHtmlModel, renderModelHtml, renderReportHtml, REPORT_HTML_CSP } from '../../../src/render/html/page.js';
import { jsonForHtml } from '../../../src/render/html/json.js';
import { DIST_QUANTILES, POINT_FIELDS } from '../../../src/render/html/families.js';
import { makeCell, makeFinding, makeReport, sketchOf } from '../../helpers/reports.js';

const root = path.resolve(import.meta.dirname, '../../..');
const F = Object.fromEntries(POINT_FIELDS.map((f, i) => [f, i])) as Record<(typeof POINT_FIELDS)[number], number>;

/** A sweep c4/c8/c16 whose values scale with `k` (throughput) and `lat` (latencies). */
function sweep(k: number, lat: number, over: { generated_at?: string } = {}) {
  const cells = [4, 8, 16].map((c) =>
    makeCell({
      concurrency: c,
      metrics: {
        tput_per_gpu: 100 * c * k,
        p50_ttft: 0.1 * c * lat,
        p99_ttft: 0.2 * c * lat,
        p50_tpot: 0.01 * c * lat,
        p99_tpot: 0.02 * c * lat,
      },
    }),
  );
  return makeReport(cells, { generated_at: over.generated_at ?? '2025-01-01T00:00:00Z' });
}

describe('jsonForHtml', () => {
  it('leaves no character that can end or reinterpret a <script> element, and parses back to the value', () => {
    const v = { id: '</script><script>alert(1)</script>', m: '<!-- x -->&amp;', s: 'a\u2028b\u2029c', lone: '\ud800' };
    const t = jsonForHtml(v);
    expect(t).not.toMatch(/[<>&\u2028\u2029]/);
    expect(t).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(t)).toEqual(v);
  });

  it('is lossless for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const t = jsonForHtml(v);
        expect(/[<>&\u2028\u2029]/.test(t)).toBe(false);
        expect(JSON.parse(t)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the page', () => {
  const html = renderReportHtml({ head: sweep(1, 1), diff: null });

  it('allows exactly its two inline scripts by hash, and no network', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
    expect(scripts).toHaveLength(2);
    for (const s of scripts) {
      const h = createHash('sha256').update(s, 'utf8').digest('base64');
      expect(REPORT_HTML_CSP).toContain(`'sha256-${h}'`);
    }
    expect(REPORT_HTML_CSP).toContain("default-src 'none'");
    expect(REPORT_HTML_CSP).not.toContain('unsafe-eval');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_HTML_CSP}">`);
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
    expect(markup).not.toMatch(/\b(src|href)=/);
  });

  it('carries untrusted text only inside the escaped JSON block', () => {
    const evil = '</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>';
    const head = makeReport([makeCell({ cell_id: evil, model: evil })], {
      input_root: evil,
      findings: [makeFinding('ttft_cliff', 'critical', evil, evil)],
    });
    const page = renderReportHtml({ head, diff: null });
    const block = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page);
    expect(block).not.toBeNull();
    const outside = page.replace(block?.[0] ?? '', '');
    expect(outside).not.toContain('__pwned');
    expect(outside).not.toContain('<img src=x');
    expect(JSON.parse(block?.[1] ?? '').cells[0][0]).toBe(evil);
  });

  it('is deterministic', () => {
    expect(renderReportHtml({ head: sweep(1, 1), diff: null })).toBe(html);
  });

  it('the committed assets module is what scripts/gen-report-html.mjs makes', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-report-html.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('the model', () => {
  it('an analyze report: one family, points by load, interactivity = 1 / p50 TPOT, the frontier of compare', () => {
    const head = sweep(1, 1);
    const m = buildHtmlModel({ head, diff: null });
    expect(m.kind).toBe('analyze');
    expect(m.families).toHaveLength(1);
    const fam = m.families[0]!;
    expect(fam.load).toBe('concurrency');
    expect(fam.tput).toBe('per_gpu');
    expect(fam.tail).toBe('p99');
    // c4: 400 tok/s/GPU, p50 TPOT 0.04 s -> 25 tok/s/user, p99 TTFT 0.8 s -> 800 ms.
    expect(fam.head.map((r) => r[F.load])).toEqual([4, 8, 16]);
    expect(fam.head[0]![F.tput]).toBe(400);
    expect(fam.head[0]![F.iv]).toBe(25);
    expect(fam.head[0]![F.ttftTail]).toBe(800);
    expect(fam.head[0]![F.tpot50]).toBe(40);
    const pts = fam.head.map((r, i) => ({
      cell_id: String(i),
      concurrency: r[F.load] as number,
      interactivity: r[F.iv] as number,
      tput_per_gpu: r[F.tput] as number,
    }));
    expect(fam.fhead).toEqual(paretoFrontier(pts).map((p) => [p.interactivity, p.tput_per_gpu, p.concurrency]));
    // Here every point is on the frontier: interactivity falls as throughput rises.
    expect(fam.fhead).toHaveLength(3);
    expect(m.history).toEqual([]);
    expect(m.cells.map((c) => c[1])).toEqual([0, 0, 0]);
  });

  it('request-rate sweeps are one family with the rate as load', () => {
    const cells = [1, 2, 4].map((rate) =>
      makeCell({
        concurrency: null,
        cell_id: `r${rate}`,
        topology: { request_rate: rate },
        metrics: { tput_per_gpu: rate * 10 },
      }),
    );
    const m = buildHtmlModel({ head: makeReport(cells), diff: null });
    expect(m.families).toHaveLength(1);
    expect(m.families[0]!.load).toBe('request rate');
    expect(m.families[0]!.head.map((r) => r[F.load])).toEqual([1, 2, 4]);
  });

  it('distributions: 21 quantiles in ms from the cell sketch', () => {
    const values = Array.from({ length: 101 }, (_, i) => (i + 1) / 1000);
    const head = makeReport([makeCell({ samples: { ttft_s: sketchOf(values) } })]);
    const d = buildHtmlModel({ head, diff: null }).families[0]!.dist;
    expect(d).toHaveLength(1);
    expect(d[0]!.ttft).toHaveLength(DIST_QUANTILES);
    expect(d[0]!.ttft![0]).toBe(1);
    expect(d[0]!.ttft![10]).toBe(51);
    expect(d[0]!.ttft![20]).toBe(101);
    expect(d[0]!.tpot).toBeNull();
    expect(d[0]!.n).toBe(101);
  });

  it('findings and verdicts name cells by index (the page anchor), never by id in markup', () => {
    const base = sweep(1, 1);
    const head = sweep(0.7, 1);
    head.findings.push(makeFinding('ttft_cliff', 'warning', 'bmk_c8', 'a cliff'));
    const diff = compareReports(base, head);
    const m = buildHtmlModel({ head, diff, bases: [base] });
    expect(m.findings.find((f) => f.code === 'ttft_cliff')?.cell).toBe(1);
    // −30% on every cell: a regression, or suspicious (the compare's noise law decides which).
    const reg = m.verdicts.filter((v) => v.tier === 'REGRESSION' || v.tier === 'SUSPICIOUS');
    expect(reg.length).toBeGreaterThan(0);
    expect(new Set(reg.map((v) => v.cell))).toEqual(new Set([0, 1, 2]));
    expect(reg[0]!.text).toMatch(/−30\.0%/);
    // The base run is overlaid: one base point per head point.
    expect(m.families[0]!.base).toHaveLength(3);
    expect(m.families[0]!.base[0]![F.cell]).toBe(-1);
    // One base run: no history.
    expect(m.history).toEqual([]);
  });

  it('history: each key metric over three base runs (oldest first), the head point, band and tier', () => {
    const runs = [
      sweep(1.0, 1, { generated_at: '2025-01-03T00:00:00Z' }),
      sweep(1.01, 1, { generated_at: '2025-01-02T00:00:00Z' }),
      sweep(0.99, 1, { generated_at: '2025-01-01T00:00:00Z' }),
    ];
    const head = sweep(0.6, 1, { generated_at: '2025-01-04T00:00:00Z' });
    const diff = compareReports(runs, head);
    expect(diff.verdict.verdict).toBe('REGRESSION');
    const m = buildHtmlModel({ head, diff, bases: runs });
    const sweepTput = m.history.find((h) => h.label.startsWith('Tput/GPU') && h.cell === null);
    expect(sweepTput).toBeDefined();
    expect(sweepTput!.runs.map((r) => r.date)).toEqual([
      '2025-01-01T00:00:00Z',
      '2025-01-02T00:00:00Z',
      '2025-01-03T00:00:00Z',
    ]);
    expect(sweepTput!.tier).toBe('REGRESSION');
    expect(sweepTput!.centre).toBe(100);
    // The head sits at 0.6 of each cell's base centre (the geometric mean of 0.99, 1, 1.01 ≈ 1).
    expect(sweepTput!.head).toBeCloseTo(60, 0);
    const cell = m.history.find((h) => h.cell !== null && h.tier === 'REGRESSION' && h.unit === 'tok/s/GPU');
    expect(cell).toBeDefined();
    // The cell's throughput per run, oldest first: × 0.99 (Jan 1), × 1.01 (Jan 2), × 1.00 (Jan 3).
    const c = cell!.cell as number;
    const load = [4, 8, 16][c] as number;
    expect(cell!.runs.map((r) => r.value)).toEqual([99 * load, 101 * load, 100 * load]);
    expect(cell!.head).toBe(60 * load);
    expect(cell!.band).not.toBeNull();
    expect(cell!.band![0]).toBeLessThan(cell!.centre!);
    expect(cell!.band![1]).toBeGreaterThan(cell!.centre!);
  });

  it('history: commit SHAs from the caller label the runs (short, hex only); without them runs are numbered', () => {
    const runs = [
      sweep(1.0, 1, { generated_at: '2025-01-03T00:00:00Z' }),
      sweep(1.01, 1, { generated_at: '2025-01-02T00:00:00Z' }),
      sweep(0.99, 1, { generated_at: '2025-01-01T00:00:00Z' }),
    ];
    const head = sweep(0.6, 1, { generated_at: '2025-01-04T00:00:00Z' });
    const diff = compareReports(runs, head);
    const shas = { bases: ['c'.repeat(40), '<script>', 'A1B2C3D4E5'], head: 'f'.repeat(40) };
    const h = buildHtmlModel({ head, diff, bases: runs, shas }).history[0]!;
    // Oldest first: Jan 1 (third given), Jan 2 (second: not a SHA), Jan 3 (first).
    expect(h.runs.map((r) => [r.label, r.sha])).toEqual([
      ['a1b2c3d', 'a1b2c3d'],
      ['run 2', ''],
      ['ccccccc', 'ccccccc'],
    ]);
    expect(h.headSha).toBe('fffffff');
    const plain = buildHtmlModel({ head, diff, bases: runs }).history[0]!;
    expect(plain.runs.map((r) => r.label)).toEqual(['run 1', 'run 2', 'run 3']);
  });

  it('renders the crafted model through renderModelHtml without touching it', () => {
    const m = buildHtmlModel({ head: sweep(1, 1), diff: null });
    expect(renderModelHtml(m)).toContain(jsonForHtml(m));
  });
});
