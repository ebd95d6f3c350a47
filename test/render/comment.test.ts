import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/compare/index.js';
import { evaluateGates } from '../../src/core/gates/evaluate.js';
import { parseGateLines } from '../../src/core/gates/parse.js';
import type { Cell, Report } from '../../src/core/types.js';
import { commentMarker, renderComment, suiteSlug } from '../../src/render/comment.js';
import { makeCell, makeCost, makeFinding, makeReport, sketchOf, type CellOver } from '../helpers/reports.js';

const RUN = {
  repository: 'acme/serving',
  sha: '0123456789abcdef0123',
  runUrl: 'https://github.com/acme/serving/actions/runs/42',
  artifactUrl: 'https://github.com/acme/serving/actions/runs/42/artifacts/7',
};

/** A 4-point sweep of one configuration; `f(c)` tweaks the metrics per concurrency. */
function sweep(f: (c: number) => CellOver = () => ({}), concs = [1, 4, 16, 64]): Cell[] {
  return concs.map((c) =>
    makeCell({
      concurrency: c,
      metrics: {
        tput_per_gpu: 200 * Math.sqrt(c),
        p50_ttft: 0.2 + 0.01 * c,
        p99_ttft: 0.4 + 0.02 * c,
        p50_tpot: 0.02,
        p99_tpot: 0.03,
      },
      cost: makeCost({ cost_per_million_output_tokens: 10 / Math.sqrt(c) }),
      ...f(c),
    }),
  );
}

function withCost(r: Report): Report {
  r.run_summary.cost = makeCost({ compute_cost: 16, gpu_hours: 5.33, cost_per_million_output_tokens: 2.5 });
  return r;
}

describe('commentMarker', () => {
  it.each([
    ['default', '<!-- inferguard-bench:v1 key=default -->'],
    ['H200 / vLLM --> x', '<!-- inferguard-bench:v1 key=h200-vllm-x -->'],
    ['', '<!-- inferguard-bench:v1 key=default -->'],
    ['--a--b--', '<!-- inferguard-bench:v1 key=a-b -->'],
  ])('%j → %s', (key, want) => {
    expect(commentMarker(key)).toBe(want);
    expect(suiteSlug(key)).not.toMatch(/--|>/);
  });
});

describe('renderComment goldens', () => {
  it('clean run', async () => {
    const base = withCost(makeReport(sweep()));
    const head = withCost(
      makeReport(
        sweep((c) => ({
          metrics: {
            tput_per_gpu: 202 * Math.sqrt(c),
            p50_ttft: 0.2 + 0.01 * c,
            p99_ttft: 0.41 + 0.02 * c,
            p50_tpot: 0.02,
            p99_tpot: 0.03,
          },
        })),
      ),
    );
    const md = renderComment({ head, diff: compareReports(base, head), suiteKey: 'h200-vllm', run: RUN });
    expect(md.split('\n')[0]).toBe('<!-- inferguard-bench:v1 key=h200-vllm -->');
    expect(md).toContain('## InferGuard: ⚪ No change\n');
    expect(md).toContain('**Validity:** ✅ valid: ');
    expect(md).toContain('**Regression verdict:** ⚪ no change: ');
    await expect(md).toMatchFileSnapshot('golden/clean-run.md');
  });

  it('invalid run (no successful requests) with a baseline: validity and verdict are separate', async () => {
    const base = makeReport(sweep());
    const failed = sweep((c) =>
      c === 64
        ? {
            completion: { num_requests_successful: 0, success_rate: 0, status: 'failed' as const },
            metrics: { tput_per_gpu: null, p50_ttft: null, p99_ttft: null, p50_tpot: null, p99_tpot: null },
            findings: [
              makeFinding(
                'invalid_run_no_successful_requests',
                'critical',
                'bmk_c64',
                'bmk_c64: 0 of 100 requests succeeded.',
              ),
            ],
          }
        : {},
    );
    const head = makeReport(failed);
    const md = renderComment({ head, diff: compareReports(base, head), suiteKey: 'default', run: RUN });
    expect(md).toMatch(/❌ invalid: 1 critical validity finding \(`invalid_run_no_successful_requests`\)/);
    expect(md).toContain('**Regression verdict:** 🔴 regression'); // success rate 100% → 0% on bmk_c64
    // One word in the title: invalid comes before the regression.
    expect(md).toContain('## InferGuard: ❌ Invalid\n');
    await expect(md).toMatchFileSnapshot('golden/invalid-run.md');
  });

  it('no baseline: stated as an outcome', async () => {
    const head = withCost(makeReport(sweep()));
    const md = renderComment({
      head,
      diff: null,
      suiteKey: 'nightly',
      run: { baselineNote: 'no report.json on main for this suite yet' },
    });
    expect(md).toContain('**Regression verdict:** ➖ not compared: no base run to compare with');
    expect(md).toContain('no report.json on main for this suite yet');
    await expect(md).toMatchFileSnapshot('golden/no-baseline.md');
  });

  it('regression', async () => {
    // One base run: TTFT +30% (per-request samples) and throughput −12% at every load point from
    // c4 up — coherent across the family, so a verdict (a single cell's change would be suspicious).
    const ttft = Array.from({ length: 300 }, (_, i) => 0.3 + (i % 100) * 0.004 + Math.floor(i / 100) * 0.001);
    const samplesAt = (c: number, k: number): CellOver => ({
      samples: { ttft_s: sketchOf(ttft.map((x) => x * k * (1 + c / 64))) },
    });
    const base = withCost(
      makeReport(
        sweep((c) =>
          c === 16
            ? {
                samples: { ttft_s: sketchOf(ttft) },
                metrics: {
                  tput_per_gpu: 800,
                  p50_ttft: 0.5,
                  p99_ttft: 0.7,
                  p50_tpot: 0.02,
                  p99_tpot: 0.03,
                  eval_gsm8k_score: 0.92,
                  eval_gsm8k_score_se: 0.007,
                },
              }
            : c > 1
              ? samplesAt(c, 1)
              : {},
        ),
      ),
    );
    const head = withCost(
      makeReport(
        sweep((c) =>
          c === 16
            ? {
                samples: { ttft_s: sketchOf(ttft.map((x) => x * 1.3)) },
                metrics: {
                  tput_per_gpu: 700,
                  p50_ttft: 0.65,
                  p99_ttft: 0.91,
                  p50_tpot: 0.02,
                  p99_tpot: 0.031,
                  eval_gsm8k_score: 0.89,
                  eval_gsm8k_score_se: 0.008,
                },
              }
            : c > 1
              ? {
                  ...samplesAt(c, 1.3),
                  metrics: {
                    tput_per_gpu: 200 * Math.sqrt(c) * 0.88,
                    p50_ttft: (0.2 + 0.01 * c) * 1.3,
                    p99_ttft: (0.4 + 0.02 * c) * 1.3,
                    p50_tpot: 0.02,
                    p99_tpot: 0.03,
                  },
                  ...(c === 64 ? { cost: makeCost({ cost_per_million_output_tokens: 1.5 }) } : {}),
                }
              : {},
        ),
      ),
    );
    const diff = compareReports(base, head);
    const md = renderComment({ head, diff, suiteKey: 'default', run: RUN });
    expect(diff.verdict.verdict).toBe('REGRESSION');
    expect(md).toContain('## InferGuard: 🔴 Regression\n');
    expect(md).toContain('**Regression verdict:** 🔴 regression: ');
    expect(md).toContain('eval_regression');
    expect(md).toContain('Mann-Whitney');
    await expect(md).toMatchFileSnapshot('golden/regression.md');
  });

  it('improvement', async () => {
    const base = makeReport(sweep());
    const head = makeReport(
      sweep((c) => ({
        metrics: {
          tput_per_gpu: 240 * Math.sqrt(c),
          p50_ttft: 0.2,
          p99_ttft: 0.3 + 0.015 * c,
          p50_tpot: 0.02,
          p99_tpot: 0.03,
        },
      })),
    );
    const md = renderComment({ head, diff: compareReports(base, head), suiteKey: 'default', run: RUN });
    expect(md).toContain('## InferGuard: 🟢 Improvement\n');
    expect(md).toContain('**Regression verdict:** 🟢 improvement: ');
    expect(md).not.toContain('🔴');
    await expect(md).toMatchFileSnapshot('golden/improvement.md');
  });

  it('mixed sweep: regressions, improvements, new, missing, incomparable, gates', async () => {
    const a = sweep();
    const b = sweep((c) => ({ cell_id: `b200_c${c}`, hardware: 'b200', model: 'org/model-b' }), [2, 8, 32]);
    const base = makeReport([...a, ...b, makeCell({ cell_id: 'model_c_c8', model: 'org/model-c', concurrency: 8 })]);
    const headA = sweep(
      (c) =>
        c === 64
          ? { metrics: { tput_per_gpu: 1400, p50_ttft: 0.9, p99_ttft: 2.1, p50_tpot: 0.02, p99_tpot: 0.03 } }
          : c === 1
            ? { metrics: { tput_per_gpu: 260, p50_ttft: 0.2, p99_ttft: 0.3, p50_tpot: 0.02, p99_tpot: 0.03 } }
            : {},
      [1, 4, 16, 64, 128],
    );
    const headB = sweep(
      (c) => ({ cell_id: `b200_c${c}`, hardware: 'b200', model: 'org/model-b', precision: 'fp4' }),
      [2, 8, 32],
    );
    const head = makeReport([...headA, ...headB], {
      findings: [
        makeFinding(
          'ttft_cliff',
          'warning',
          'bmk_c64',
          'p99 TTFT grows 2.3× from concurrency 16 to 64 while throughput grows 4%.',
        ),
      ],
    });
    head.gates = evaluateGates(
      parseGateLines(
        [
          'cells[concurrency=64].metrics.p99_ttft < 2',
          'cells[*].metrics.tput_per_gpu > 100 # warning',
          'cells[concurrency=64].metrics.p99_itl < 0.1 # warning',
        ].join('\n'),
      ),
      { report: head },
    );
    const diff = compareReports(base, head);
    expect(diff.counts).toMatchObject({ new: 1, missing: 1, incomparable: 3 });
    const md = renderComment({ head, diff, suiteKey: 'sweep', run: RUN });
    expect(md).toContain('### SLO gates');
    expect(md).toContain('xychart-beta');
    await expect(md).toMatchFileSnapshot('golden/mixed-sweep.md');
  });

  it('oversize sweep: 2,000 cells stay under 60,000 characters and degrade gracefully', async () => {
    const concs = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];
    const mk = (shift: (m: number, c: number) => number, partial = false): Cell[] => {
      const out: Cell[] = [];
      for (let m = 0; m < 200; m++) {
        for (const c of concs) {
          out.push(
            makeCell({
              cell_id: `sweep/model-${String(m).padStart(3, '0')}/conc-${c}`,
              model: `org/model-${String(m).padStart(3, '0')}`,
              concurrency: c,
              ...(partial && m < 120 && c === 1
                ? { completion: { num_requests_successful: 94, success_rate: 0.94, status: 'partial' as const } }
                : {}),
              metrics: {
                tput_per_gpu: 100 * Math.log2(2 * c) * shift(m, c),
                p50_ttft: 0.1 * c,
                p99_ttft: 0.2 * c,
                p50_tpot: 0.02,
                p99_tpot: 0.03,
              },
            }),
          );
        }
      }
      return out;
    };
    const base = makeReport(mk(() => 1));
    // Every 7th model regresses throughput by 10-19% (m mod 10), every 11th improves 8%.
    const head = makeReport(
      mk((m, c) => (m % 7 === 0 ? 1 - (0.1 + (m % 10) / 100) : m % 11 === 0 && c > 8 ? 1.08 : 1), true),
      {
        findings: Array.from({ length: 120 }, (_, i) =>
          makeFinding(
            'partial_run',
            'warning',
            `sweep/model-${String(i).padStart(3, '0')}/conc-1`,
            `Only 94 of 100 requests succeeded (94.0% < 95.0%).`,
            { num_requests_total: 100, num_requests_successful: 94, success_rate: 0.94 },
          ),
        ),
      },
    );
    const diff = compareReports(base, head);
    expect(diff.cells).toHaveLength(2000);
    const md = renderComment({ head, diff, suiteKey: 'big', run: RUN });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(65_536 * 4);
    expect(md).toContain('**Regression verdict:** 🔴 regression');
    expect(md).toContain('### Findings');
    expect(md).toContain('### Largest changes vs base');
    // The largest change is a 19% drop (m = 119 is not a multiple of 7; m = 49 → 1 − 0.19).
    expect(md).toMatch(/\| model-049 +\| +\d+ \|.*−19%\u00a0🔴/);
    expect(md).toMatch(/more cells? in compare\.json \(artifact\)|per-cell row\(s\) are in compare\.json/);
    // 120 partial runs are one grouped row, with the list (capped) in details.
    expect(md).toMatch(/\| ⚠️\u00a0`partial_run`\u00a0×120 \| 120 cells \| 94\.0% of requests succeeded \|/);
    expect(md).toMatch(/<summary>Every repeated finding \(120\)<\/summary>/);
    await expect(md).toMatchFileSnapshot('golden/oversize-sweep.md');
  });

  it('hostile strings are neutralised', async () => {
    const evil =
      'evil<img src=x onerror=alert(1)>|x\n| fake | row |\n@octocat #123 [click](https://evil.example) <!-- --> </details> www.evil.example GH-7 \u202Eabc';
    const cell = makeCell({
      cell_id: 'bmk`|@admin\n#1',
      model: evil,
      concurrency: 4,
      findings: [makeFinding('metrics_unavailable', 'warning', 'bmk`|@admin\n#1', `file ${evil} is unreadable`)],
    });
    const base = makeReport([makeCell({ cell_id: 'bmk`|@admin\n#1', model: evil, concurrency: 4 })]);
    const head = makeReport([cell], { input_root: evil });
    const md = renderComment({
      head,
      diff: compareReports(base, head),
      suiteKey: 'x --> <script>',
      run: {
        repository: 'acme/x`y',
        sha: '@sha\n',
        runUrl: 'javascript:alert(1)',
        artifactUrl: 'https://ok.example/a b',
        baselineNote: '@team see #9 <b>x</b>',
      },
    });
    expect(md.split('\n')[0]).toBe('<!-- inferguard-bench:v1 key=x-script -->');
    expect(md).not.toMatch(/<img|<script|<b>|<!-- -->|<\/details> www/);
    // Outside code spans (which GitHub never links) no live mention or reference is left.
    const prose = md.replace(/`[^`\n]*`/g, '');
    expect(prose).not.toMatch(/@octocat|@team|@admin|#123|#9\b/);
    expect(md).toContain('@\u200doctocat');
    expect(md).not.toContain('](https://evil');
    expect(md).not.toContain('javascript:');
    expect(md).not.toContain('https://ok.example');
    expect(md).not.toContain('\u202E');
    // Only our own <details>/<summary> tags appear, balanced.
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
    // No table row is broken by an unescaped pipe or newline: every table line starts with '|'.
    for (const line of md.split('\n')) if (line.includes(' | ')) expect(line.startsWith('|')).toBe(true);
    await expect(md).toMatchFileSnapshot('golden/hostile-strings.md');
  });

  it('same input, same bytes', () => {
    const base = makeReport(sweep());
    const head = makeReport(sweep((c) => ({ metrics: { tput_per_gpu: 100 * c } })));
    const a = renderComment({ head, diff: compareReports(base, head), suiteKey: 'k', run: RUN });
    const b = renderComment({
      head: structuredClone(head),
      diff: compareReports(structuredClone(base), structuredClone(head)),
      suiteKey: 'k',
      run: { ...RUN },
    });
    expect(a).toBe(b);
  });
});
