/**
 * One status vocabulary (src/render/status.ts): the headline's one word follows HEADLINE_ORDER
 * (invalid, then SLO gates failed, then the comparison, then validity); the check's outcome and
 * why sit next to it; the comment, the job summary and report.md say the same word for the same
 * report. Real reports, real compareReports and real gates: nothing stubbed.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/compare/index.js';
import { evaluateGates } from '../../src/core/gates/evaluate.js';
import { parseGateLines } from '../../src/core/gates/parse.js';
import type { Cell, Report } from '../../src/core/types.js';
import { renderComment } from '../../src/render/comment.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import {
  CELL_STATE_WORDS,
  cellStates,
  CHECK_WORDS,
  passNotes,
  runStatus,
  STATUS_WORDS,
  statusHeadline,
  type RunStatus,
} from '../../src/render/status.js';
import { renderJobSummary } from '../../src/render/summary.js';
import { makeCell, makeFinding, makeReport, type CellOver } from '../helpers/reports.js';

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
      ...f(c),
    }),
  );
}

/** Every load point of the family 40% slower in TTFT and 25% lower in throughput: a regression with one base run. */
const slower = (c: number): CellOver => ({
  metrics: {
    tput_per_gpu: 150 * Math.sqrt(c),
    p50_ttft: (0.2 + 0.01 * c) * 1.4,
    p99_ttft: (0.4 + 0.02 * c) * 1.4,
    p50_tpot: 0.02,
    p99_tpot: 0.03,
  },
});
const faster = (c: number): CellOver => ({
  metrics: {
    tput_per_gpu: 260 * Math.sqrt(c),
    p50_ttft: (0.2 + 0.01 * c) * 0.7,
    p99_ttft: (0.4 + 0.02 * c) * 0.7,
    p50_tpot: 0.02,
    p99_tpot: 0.03,
  },
});
const failedAt64 = (c: number): CellOver =>
  c === 64
    ? {
        completion: { num_requests_successful: 0, success_rate: 0, status: 'failed' as const },
        metrics: { tput_per_gpu: null, p50_ttft: null, p99_ttft: null, p50_tpot: null, p99_tpot: null },
        findings: [makeFinding('invalid_run_no_successful_requests', 'critical', 'bmk_c64', '0 of 100 succeeded.')],
      }
    : {};

function withGate(r: Report, line: string): Report {
  r.gates = evaluateGates(parseGateLines(line), { report: r });
  return r;
}

const base = makeReport(sweep());

const CASES: { name: string; head: () => Report; compare: boolean; accept?: string[]; status: RunStatus }[] = [
  { name: 'valid, no baseline', head: () => makeReport(sweep()), compare: false, status: 'valid' },
  {
    name: 'a validity warning, no baseline',
    head: () => makeReport(sweep(), { findings: [makeFinding('partial_run', 'warning', 'bmk_c16', '98 of 100.')] }),
    compare: false,
    status: 'valid_with_warnings',
  },
  {
    name: 'no request counts (an eval), no baseline',
    head: () =>
      makeReport([
        makeCell({
          completion: { num_requests_total: null, num_requests_successful: null, success_rate: null },
        }),
      ]),
    compare: false,
    status: 'validity_unknown',
  },
  { name: 'no change', head: () => makeReport(sweep()), compare: true, status: 'no_change' },
  { name: 'regression', head: () => makeReport(sweep(slower)), compare: true, status: 'regression' },
  { name: 'improvement', head: () => makeReport(sweep(faster)), compare: true, status: 'improvement' },
  {
    name: 'nothing comparable',
    head: () => makeReport(sweep((c) => ({ cell_id: `b200_c${c}`, hardware: 'b200' }))),
    compare: true,
    status: 'inconclusive',
  },
  // Precedence: invalid before a regression, a failed gate before a regression.
  { name: 'invalid and a regression', head: () => makeReport(sweep(failedAt64)), compare: true, status: 'invalid' },
  {
    name: 'a blocking gate failed and a regression',
    head: () => withGate(makeReport(sweep(slower)), 'cells[concurrency=64].metrics.p99_ttft < 1'),
    compare: true,
    status: 'gates_failed',
  },
  {
    name: 'only a warning gate failed: the comparison decides',
    head: () => withGate(makeReport(sweep(slower)), 'cells[concurrency=64].metrics.p99_ttft < 1 # warning'),
    compare: true,
    status: 'regression',
  },
  {
    name: 'a regression acknowledged (compare.accept)',
    head: () => makeReport(sweep(slower)),
    compare: true,
    accept: ['*'],
    status: 'regression_accepted',
  },
];

describe('runStatus: one word by HEADLINE_ORDER', () => {
  it.each(CASES)('$name → $status', ({ head, compare, accept, status }) => {
    const h = head();
    const diff = compare ? compareReports(base, h, { accept }) : null;
    expect(runStatus({ head: h, diff })).toBe(status);
    const w = STATUS_WORDS[status as keyof typeof STATUS_WORDS];
    expect(statusHeadline({ head: h, diff })).toBe(`${w.icon} ${w.word}`);
    // The comment's title is the same line; with a decided check, its outcome follows.
    expect(renderComment({ head: h, diff, suiteKey: 's' })).toContain(`\n## InferGuard: ${w.icon} ${w.word}\n`);
    expect(renderComment({ head: h, diff, suiteKey: 's', check: { failed: true, reasons: ['x'] } })).toContain(
      `\n## InferGuard: ${w.icon} ${w.word} · ${CHECK_WORDS.fails.word}\n`,
    );
  });

  it('every run status is reached by a case', () => {
    const reached = new Set(CASES.map((c) => c.status));
    const all: RunStatus[] = [
      'valid',
      'valid_with_warnings',
      'invalid',
      'validity_unknown',
      'gates_failed',
      'regression',
      'regression_accepted',
      'improvement',
      'no_change',
      'inconclusive',
    ];
    expect([...reached].sort()).toEqual([...all].sort());
  });
});

describe('the check next to the word: passes or fails, and why', () => {
  const head = makeReport(sweep(slower), {
    findings: [makeFinding('ttft_cliff', 'critical', 'bmk_c64', 'p99 TTFT rises 7× from c16 to c64.')],
  });
  const diff = compareReports(base, head);

  it('a regression with a passing check says why it passes (and a critical behaviour finding too)', () => {
    const check = { failed: false, reasons: [], policy: 'critical validity findings, blocking gates' };
    expect(statusHeadline({ head, diff, check })).toBe('🔴 Regression · check passes');
    expect(passNotes({ head, diff, check })).toBe(
      'a regression fails it only with `fail-on-regression`; critical behaviour findings (`ttft_cliff`) fail it only when listed in `fail-on-findings`',
    );
    const md = renderComment({ head, diff, suiteKey: 's', check });
    expect(md).toContain('## InferGuard: 🔴 Regression · check passes\n');
    expect(md).toContain(
      '- **Check:** ✅ passes: a regression fails it only with `fail-on-regression`; critical behaviour findings (`ttft_cliff`) fail it only when listed in `fail-on-findings`. It fails on critical validity findings, blocking gates.',
    );
  });

  it("a regression the PR's accept label acknowledged: the note names the label", () => {
    const check = { failed: false, reasons: [], accepted: { label: 'perf-ok', items: [] } };
    expect(passNotes({ head, diff, check })).toMatch(/^the regression is accepted by the label `perf-ok`; /);
  });

  it('an acknowledged regression (compare.accept) says so in the headline, not "No change"', () => {
    const accepted = compareReports(base, head, { accept: ['*'] });
    expect(accepted.verdict.verdict).toBe('NEUTRAL');
    expect(runStatus({ head, diff: accepted })).toBe('regression_accepted');
    const check = { failed: false, reasons: [], accepted: { label: 'perf-ok', items: [] } };
    expect(statusHeadline({ head, diff: accepted, check })).toBe('☑️ Regression accepted · check passes');
    expect(passNotes({ head, diff: accepted, check })).toMatch(/^the regression is accepted by the label `perf-ok`/);
    expect(passNotes({ head, diff: accepted, check: { failed: false } })).toMatch(
      /^the regression is acknowledged \(`compare.accept`\)/,
    );
    // Without the acknowledgement the same pair is a regression.
    expect(runStatus({ head, diff })).toBe('regression');
  });

  it('a failing check states its reasons, and no pass notes', () => {
    const check = { failed: true, reasons: ['a regression vs base (fail-on-regression)'] };
    expect(statusHeadline({ head, diff, check })).toBe('🔴 Regression · check fails');
    expect(passNotes({ head, diff, check })).toBe('');
    expect(renderComment({ head, diff, suiteKey: 's', check })).toContain(
      '- **Check:** ❌ fails: a regression vs base \\(fail-on-regression\\).',
    );
  });

  it('an invalid run whose check passes (fail-on never) says so', () => {
    const bad = makeReport(sweep(failedAt64));
    expect(passNotes({ head: bad, diff: null, check: { failed: false } })).toBe(
      'its validity findings are below `fail-on`',
    );
  });

  it('a clean run: nothing to explain', () => {
    const ok = makeReport(sweep());
    expect(passNotes({ head: ok, diff: compareReports(base, ok), check: { failed: false } })).toBe('');
  });
});

describe('one vocabulary across the comment, the job summary and report.md', () => {
  it.each(CASES.filter((c) => !c.compare))('$name: report.md states the comment title word', ({ head }) => {
    const h = head();
    const headline = statusHeadline({ head: h, diff: null });
    const md = renderReportMarkdown(h);
    expect(md).toContain(`- **Status:** ${headline}\n`);
    expect(renderComment({ head: h, diff: null, suiteKey: 's' })).toContain(`## InferGuard: ${headline}\n`);
    expect(renderJobSummary({ head: h, diff: null, suiteKey: 's' }, md)).toContain(`## InferGuard: ${headline}\n`);
  });

  it("report.md's old status words are gone (no 'Run status: partial')", () => {
    const h = makeReport(
      sweep((c) =>
        c === 16 ? { completion: { num_requests_successful: 98, success_rate: 0.98, status: 'partial' as const } } : {},
      ),
    );
    // makeReport counts complete and failed cells; the analyzer also counts the partial ones.
    h.run_summary.partial_cells = 1;
    const md = renderReportMarkdown(h);
    expect(md).not.toMatch(/Run status/);
    expect(md).toContain(`- **Cells:** 4 (3 complete, 1 ${CELL_STATE_WORDS.partial.word})`);
    expect(md).toContain(`${CELL_STATE_WORDS.partial.icon} ${CELL_STATE_WORDS.partial.word}: 98 / 100 requests`);
  });

  it('cell counts from a report we did not write: only numbers are shown', () => {
    expect(cellStates({ total_cells: 3, successful_cells: 2, failed_cells: '<b>x</b>', partial_cells: 1 })).toBe(
      '3 (2 complete, 1 with failed requests)',
    );
    expect(cellStates({ total_cells: '<img src=x>' })).toBe('?');
  });
});
