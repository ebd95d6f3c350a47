/**
 * The comment's suspicious tier, what a compare with few base runs could see, and a change of
 * environment between base and head (issue 22 items 3 and 5). Diffs come from compareReports on
 * made-up reports, which fills CellDiff.environment for matched pairs.
 */
import { describe, expect, it } from 'vitest';
import { environmentChange } from '../../src/core/compare/environment.js';
import { compareReports } from '../../src/core/compare/index.js';
import type { ReportDiff } from '../../src/core/compare/types.js';
import type { Cell, CellEnvironment, Report } from '../../src/core/types.js';
import { commentMarker, renderComment } from '../../src/render/comment.js';
import { renderJobSummary } from '../../src/render/summary.js';
import { expectInert, PAYLOAD } from '../helpers/inert.js';
import { makeCell, makeReport } from '../helpers/reports.js';

const CONCS = [1, 4, 16, 64];

/** One 4-point sweep; run `i` jitters every metric by ≤ 1%; `f(c)` scales metrics per concurrency. */
function sweep(
  i: number,
  f: (c: number) => Partial<Record<string, number>> = () => ({}),
  env?: (c: number) => CellEnvironment,
): Cell[] {
  const j = (c: number, k: number): number => 1 + 0.01 * Math.sin(i * 3.1 + c * 0.7 + k);
  return CONCS.map((c) => {
    const x = f(c);
    const m = (name: string, v: number, k: number): number => v * j(c, k) * (x[name] ?? 1);
    return makeCell({
      concurrency: c,
      ...(env ? { environment: env(c) } : {}),
      metrics: {
        tput_per_gpu: m('tput_per_gpu', 200 * Math.sqrt(c), 0),
        p50_ttft: m('p50_ttft', 0.2 + 0.01 * c, 1),
        p99_ttft: m('p99_ttft', 0.4 + 0.02 * c, 2),
        p50_tpot: m('p50_tpot', 0.02, 3),
        p99_tpot: m('p99_tpot', 0.03, 4),
      },
    });
  });
}

function runs(n: number): Report[] {
  return Array.from({ length: n }, (_, i) => makeReport(sweep(i), { generated_at: `2025-01-0${i + 1}T00:00:00Z` }));
}

function env(cluster: string, n: number, image = 'lmsysorg/sglang:v0.5.2'): CellEnvironment {
  return { cluster, host: null, image, runner: `h200-${cluster}_${String(n).padStart(2, '0')}` };
}

/** compare's own CellDiff.environment, checked against environmentChange over the matched cells. */
function withEnvironment(diff: ReportDiff, base: Report, head: Report): ReportDiff {
  const byId = (r: Report): Map<string, Cell> => new Map(r.cells.map((c) => [c.cell_id, c]));
  const b = byId(base);
  const h = byId(head);
  for (const d of diff.cells) {
    const bc = d.base_cell_id ? b.get(d.base_cell_id) : undefined;
    const hc = d.head_cell_id ? h.get(d.head_cell_id) : undefined;
    if (!bc || !hc || d.verdict === null) continue;
    expect(d.environment).toEqual(environmentChange([bc], [hc]) ?? undefined);
  }
  return diff;
}

const RUN = {
  repository: 'acme/serving',
  sha: '0123456789abcdef0123',
  runUrl: 'https://github.com/acme/serving/actions/runs/42',
};

describe('suspicious rows, the detectable line and the environment in the comment', () => {
  it('one base run, three lone changes (suspicious), most of the head on another cluster', async () => {
    const base = makeReport(
      sweep(0, undefined, (c) => env('cw', c)),
      { generated_at: '2025-01-01T00:00:00Z' },
    );
    const head = makeReport(
      sweep(
        1,
        (c) => (c === 16 ? { p50_ttft: 2 } : c === 64 ? { p99_ttft: 2 } : c === 4 ? { tput_per_gpu: 0.8 } : {}),
        // c1 stays where it ran; c4 and c16 move to cluster nb; c64 stays on its runner with a new image.
        (c) => (c === 1 ? env('cw', c) : c === 64 ? env('cw', c, 'lmsysorg/sglang:v0.5.3') : env('nb', c)),
      ),
    );
    const diff = withEnvironment(compareReports(base, head), base, head);
    expect(diff.cells.filter((d) => d.environment?.differs)).toHaveLength(3);
    expect(diff.verdict.base_runs).toBe(1);
    expect(diff.verdict.suspicious?.length).toBe(3);
    expect(diff.verdict.verdict).not.toBe('REGRESSION');
    const md = renderComment({
      head,
      diff,
      suiteKey: 'suspicious',
      run: RUN,
      check: { failed: false, reasons: [] },
    });
    const lines = md.split('\n');
    const verdict = lines.findIndex((l) => l.startsWith('- **Regression verdict:**'));
    expect(lines[verdict]).toContain('🟡 3 suspicious (shown, not failing).');
    // Under the verdict: what one base run could see, then the environment change, once.
    expect(lines[verdict + 1]).toMatch(
      /^ {2}- With one base run, changes smaller than these cannot be told from run-to-run noise in a single cell: Tput\/GPU\u00a0~\d+%, p50\u00a0TTFT\u00a0~[\d.]+(%|×), p99\u00a0TTFT\u00a0(~[\d.]+(%|×)|> 100×), p50\u00a0TPOT\u00a0~[\d.]+(%|×) \(a change across a family's load points is found sooner; add base runs with `baseline-history`\)\.$/,
    );
    expect(lines[verdict + 2]).toBe(
      '  - ⚠️ Base and head ran on different clusters: cw → nb (2 of 4 compared cells; 1 more with other changes); run-to-run noise across machines is larger than on one.',
    );
    // The section: after the largest changes, one row per suspicious metric, never red.
    const sec = md.slice(md.indexOf('### 🟡 Suspicious: shown, not failing'));
    expect(md.indexOf('### Largest changes vs base')).toBeLessThan(md.indexOf('### 🟡 Suspicious'));
    expect(sec).toMatch(
      /\| +16 \| p50 TTFT +\| .* \| +\+\d+%\u00a0🟡 \| outside this cell's usual range; re-run to confirm +\|/,
    );
    expect(sec).toMatch(/\| +4 \| Tput\/GPU +\| .* \| +−\d+%\u00a0🟡 \|/);
    expect(sec).toMatch(
      /\| +64 \| p99 TTFT +\|.*\| tail alone \(median and neighbours held\), outside this cell's usual range/,
    );
    // Rows name an environment change the headline does not already state.
    expect(sec).toMatch(/\| +64 \| p99 TTFT .*\| image lmsysorg\/sglang:v0\.5\.2 → lmsysorg\/sglang:v0\.5\.3 \|/);
    expect(sec).toMatch(/\| +16 \| p50 TTFT .*\| cluster as above +\|/);
    expect(md).not.toContain('🔴');
    expect(md).toContain('**Check:** ✅ passes.');
    // The per-cell table marks the suspicious value and names the environment change next to the verdict.
    expect(md).toMatch(/\| +16 \| .*\| ⚪ unchanged · 🟡 p50 TTFT +\|/);
    expect(md).toMatch(
      /\| +64 \| .*\| ⚪ unchanged · 🟡 p99 TTFT · ⚠️ image lmsysorg\/sglang:v0\.5\.2 → lmsysorg\/sglang:v0\.5\.3 +\|/,
    );
    await expect(md).toMatchFileSnapshot('golden/suspicious-one-base-run.md');
  });

  it('five base runs: an isolated p99 TTFT swing is suspicious, and no detectable line', () => {
    const head = makeReport(sweep(7, (c) => (c === 16 ? { p99_ttft: 1.3 } : {})));
    const diff = compareReports(runs(5), head);
    expect(diff.verdict.base_runs).toBe(5);
    expect(diff.verdict.suspicious).toEqual(['bmk_c16: p99_ttft']);
    const md = renderComment({ head, diff, suiteKey: 'history' });
    expect(md).toContain('🟡 1 suspicious (shown, not failing).');
    expect(md).toContain('1 metric moved outside its cell');
    expect(md).toMatch(/\| +16 \| p99 TTFT \| +[\d.]+\u00a0ms \| +\+\d+%\u00a0🟡 \| tail alone/);
    expect(md).not.toContain('cannot be told from run-to-run noise');
    expect(md).not.toContain('Base and head ran');
    expect(md).not.toContain('Ran on');
    // The job summary states the same facts.
    const summary = renderJobSummary({ head, diff, suiteKey: 'history' }, '# report');
    expect(summary).toContain('### 🟡 Suspicious: shown, not failing');
    expect(summary).toContain('🟡 1 suspicious (shown, not failing).');
  });

  it('two base runs: the line says so; a metric nothing could show reads "> 100×"', () => {
    const head = makeReport(sweep(7));
    const diff = compareReports(runs(2), head);
    expect(diff.verdict.base_runs).toBe(2);
    diff.verdict.detectable = [
      { metric: 'p99_tpot', change: 0.1 },
      { metric: 'p99_ttft', change: null },
      { metric: 'p50_itl', change: 0.042 },
      { metric: 'total_tput_tps', change: 0.5 },
      { metric: 'p50_ttft', change: 2.2 },
    ];
    const md = renderComment({ head, diff, suiteKey: 'two' });
    // Throughput as the drop it could see (1 − 1/1.5), latency as the rise; p99 TPOT is not named.
    expect(md).toContain(
      'With two base runs, changes smaller than these cannot be told from run-to-run noise in a single cell: Total\u00a0throughput\u00a0~33%, p50\u00a0TTFT\u00a0~3.2×, p99\u00a0TTFT\u00a0>\u00a0100×, p50\u00a0ITL\u00a0~4.2% (',
    );
    diff.verdict.base_runs = 3;
    expect(renderComment({ head, diff, suiteKey: 'two' })).not.toContain('cannot be told from run-to-run noise');
  });

  it('many suspicious metrics: five open, the rest to the cap in <details>, the others counted', () => {
    const base = makeReport(sweep(0));
    const head = makeReport(sweep(1));
    const diff = compareReports(base, head);
    // 4 cells × 5 metrics marked suspicious by hand (26 with extra copies): more than the cap of 20.
    const cells = diff.cells.filter((d) => d.verdict);
    for (const d of cells)
      for (const c of d.verdict?.comparisons ?? [])
        if (c.kind === 'latency' || c.kind === 'throughput') {
          c.suspicious = true;
          c.reason = 'beyond_usual_range';
        }
    const n = cells.flatMap((d) => d.verdict?.comparisons ?? []).filter((c) => c.suspicious).length;
    expect(n).toBeGreaterThan(5);
    const md = renderComment({ head, diff, suiteKey: 'many' });
    expect(md).toContain(`🟡 ${n} suspicious (shown, not failing).`);
    const sec = md.slice(md.indexOf('### 🟡 Suspicious'), md.indexOf('### Charts'));
    const rows = (s: string): number => s.split('\n').filter((l) => /^\| +\d+ \|/.test(l)).length;
    const open = sec.slice(0, sec.indexOf('<details>'));
    expect(rows(open)).toBe(5);
    expect(sec).toContain(`<summary>${Math.min(n, 20) - 5} more suspicious metrics</summary>`);
    if (n > 20) expect(sec).toContain(`_${n - 20} more suspicious metric(s) are in compare.json (artifact)._`);
    // The job summary's cap is larger: every one is listed.
    const summary = renderJobSummary({ head, diff, suiteKey: 'many' }, '');
    expect(summary).not.toContain('more suspicious metric(s) are in compare.json');
  });

  it('a tight budget drops the suspicious section last and says so; the headline still counts them', () => {
    const base = makeReport(sweep(0));
    const head = makeReport(sweep(1, (c) => (c === 16 ? { p50_ttft: 2 } : {})));
    const diff = compareReports(base, head);
    expect(diff.verdict.suspicious?.length).toBe(1);
    const at = (budgetChars: number): string => renderComment({ head, diff, suiteKey: 'tight', budgetChars });
    expect(at(60_000)).toContain('### 🟡 Suspicious');
    // The largest budget at which the section is left out: only the smallest plan drops it.
    let budget = 4000;
    while (budget > 1000 && at(budget).includes('### 🟡 Suspicious')) budget -= 20;
    const md = at(budget);
    expect(md.length).toBeLessThanOrEqual(budget);
    expect(md).not.toContain('### 🟡 Suspicious');
    expect(md).toContain('🟡 1 suspicious (shown, not failing).');
    expect(md).toMatch(
      /Left out to stay under GitHub's comment limit: charts, cost and completion, suspicious metrics;/,
    );
    expect(md).not.toContain('Comment truncated');
  });

  it('one cell of four on another runner: said in its row, not in the headline', () => {
    const base = makeReport(sweep(0, undefined, (c) => env('cw', c)));
    const head = makeReport(
      sweep(
        1,
        (c) => (c === 16 ? { p50_ttft: 2 } : {}),
        (c) => env('cw', c === 16 ? 99 : c),
      ),
    );
    const diff = withEnvironment(compareReports(base, head), base, head);
    expect(diff.cells.filter((d) => d.environment?.differs)).toHaveLength(1);
    const md = renderComment({ head, diff, suiteKey: 'one-runner' });
    expect(md).not.toContain('Base and head ran');
    expect(md).toMatch(/\| +16 \| p50 TTFT .*\| runner h200-cw\\_16 → h200-cw\\_99 +\|/);
    expect(md).toMatch(/\| +16 \| .*⚪ unchanged · 🟡 p50 TTFT · ⚠️ runner h200-cw\\_16 → h200-cw\\_99/);
  });

  it('five tight base runs and one head run off them: the row says a single run, re-run to confirm', () => {
    const bases = [0, 1, 2, 3, 4].map((i) => makeReport(sweep(i * 0.1)));
    const head = makeReport(sweep(0.7, (c) => (c === 16 ? { p50_ttft: 1.25 } : {})));
    const diff = compareReports(bases, head);
    const p50 = diff.cells
      .flatMap((d) => d.verdict?.comparisons ?? [])
      .find((m) => m.metric === 'p50_ttft' && m.suspicious);
    expect(p50?.noise?.jump_share).toBeGreaterThan(0);
    const md = renderComment({ head, diff, suiteKey: 'jump' });
    expect(md).toMatch(/\| +16 \| p50 TTFT +\| .* \| a single run beyond this cell's own runs; re-run to confirm +\|/);
    expect(md).not.toContain('🔴');
  });

  it('environment strings from producers render inert', () => {
    const base = makeReport(sweep(0, undefined, () => ({ cluster: PAYLOAD, host: null, image: null, runner: null })));
    const head = makeReport(
      sweep(
        1,
        (c) => (c === 16 ? { p50_ttft: 2 } : {}),
        () => ({ cluster: `x · runner ${PAYLOAD}`, host: PAYLOAD, image: null, runner: null }),
      ),
    );
    const diff = withEnvironment(compareReports(base, head), base, head);
    expect(diff.cells.every((d) => d.environment?.differs)).toBe(true);
    const marker = commentMarker('env');
    const md = renderComment({ head, diff, suiteKey: 'env' });
    expect(md).toContain('Base and head ran on different clusters');
    expectInert(md, marker);
    for (const line of md.split('\n')) if (line.includes(' | ')) expect(line.startsWith('|')).toBe(true);
  });
});
