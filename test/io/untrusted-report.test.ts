/**
 * Untrusted report.json (baseline, fork, shard, compare --base/--head): every crafted input of the
 * hostile campaign is a stated refusal with one line, never a throw, never content quoted; every
 * report our analyzer writes passes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { DEFAULT_REPORT_LIMITS, loadUntrustedReport, parseUntrustedReport } from '../../src/io/untrusted-report.js';
import { makeCell, makeReport } from '../helpers/reports.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-untrusted-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const good = (): Record<string, unknown> => makeReport([makeCell()]);
const text = (v: unknown): string => JSON.stringify(v);

describe('parseUntrustedReport refuses crafted reports with a one-line reason', () => {
  const cases: [string, string, RegExp][] = [
    ['1e999 (Infinity)', text(good()).replace('"tput_per_gpu":1000', '"tput_per_gpu":1e999'), /not finite/],
    [
      '1.7e308 in a baseline metric',
      text(good()).replace('"tput_per_gpu":1000', '"tput_per_gpu":1.7e308'),
      /too large/,
    ],
    [
      'evidence nested 100,000 deep',
      text({ ...good(), findings: [] }).replace(
        '"findings":[]',
        `"findings":[${'['.repeat(100_000)}${']'.repeat(100_000)}]`,
      ),
      /nests deeper than 64 levels/,
    ],
    ['gates: {}', text({ ...good(), gates: {} }), /gates block does not satisfy inferguard-gates\/v1/],
    [
      'malformed cross_run',
      text({ ...good(), cross_run: { families: [{ label: 'x', points: 3, curve: 'no' }] } }),
      /cross_run block is malformed/,
    ],
    [
      'a cross_run tail statistic that is not a string',
      text({
        ...good(),
        cross_run: {
          families: [
            {
              label: 'x',
              points: 1,
              curve: [{ cell_id: 'a', ttft_tail_stat: 95, ttft_tail_s: 1 }],
              findings: [],
              next_measurements: [],
            },
          ],
        },
      }),
      /cross_run block is malformed \(a curve point's ttft_tail_stat is not a string\)/,
    ],
    [
      'cross_run families not an array',
      text({ ...good(), cross_run: { families: {} } }),
      /cross_run block is malformed/,
    ],
    [
      'garbage samples in a shard',
      text({ ...good(), cells: [{ ...makeCell(), samples: { ttft_s: { n: 'x', values: 'y' } } }] }),
      /cell 1 has malformed samples/,
    ],
    [
      'timeline counts that are markup',
      text({ ...good(), cells: [{ ...makeCell(), timeline: { finding_counts_by_code: { x: '<img>' } } }] }),
      /timeline finding counts/,
    ],
    ['not JSON', '{ "schema_version": ', /is not valid JSON \(line 1, column \d+\)$/],
    ['wrong contract', text({ schema_version: 'x' }), /does not satisfy inferguard-analyze\/v1/],
  ];
  it.each(cases)('%s', (_name, t, reason) => {
    const r = parseUntrustedReport(t, 'baseline run 7');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(reason);
    expect(r.reason).toMatch(/^baseline run 7 /);
    expect(r.reason).not.toMatch(/[\r\n]/);
  });

  it('never quotes the file content in a parse error (a file linking to /etc/passwd)', () => {
    const r = parseUntrustedReport('root:x:0:0:root:/root:/bin/bash\n', 'run 3');
    expect(r).toEqual({ ok: false, reason: 'run 3 report.json is not valid JSON (line 1, column 1)' });
  });

  it('keeps schema messages plain (no markup or workflow commands from property names)', () => {
    const r = parseUntrustedReport(text({ ...good(), run_summary: { '::error::x<b>': 1 } }), 'run 3');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toMatch(/::|<b>/);
  });

  it('caps cells before the contract is checked', () => {
    const many = { ...good(), cells: Array.from({ length: 3 }, (_, i) => makeCell({ concurrency: i + 1 })) };
    const r = parseUntrustedReport(text(many), 'x', { ...DEFAULT_REPORT_LIMITS, maxCells: 2 });
    expect(r).toEqual({ ok: false, reason: 'x report.json has 3 cells, over the 2-cell cap (max-report-cells)' });
  });

  it('accepts a plain report', () => {
    expect(parseUntrustedReport(text(good()), 'x').ok).toBe(true);
  });
});

describe('loadUntrustedReport', () => {
  it('refuses a FIFO at once (non-blocking open) and an over-cap file unread', () => {
    const fifo = path.join(tmp, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(loadUntrustedReport(fifo, 'run 1')).toEqual({
      ok: false,
      reason: 'run 1 report.json is a FIFO (named pipe), not a regular file',
    });
    const big = path.join(tmp, 'big.json');
    writeFileSync(big, text(good()));
    const r = loadUntrustedReport(big, 'run 1', { ...DEFAULT_REPORT_LIMITS, maxBytes: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/over the 100-byte cap \(max-report-bytes\); not read/);
    expect(loadUntrustedReport(path.join(tmp, 'none.json'), 'run 1')).toEqual({
      ok: false,
      reason: 'run 1 has no report.json',
    });
  });

  it.each(['inferencex-static', 'agentx-trace-replay', 'inferguard-timeline', 'eval'])(
    'accepts what our analyzer writes (%s fixtures)',
    async (name) => {
      const FIX = path.resolve(import.meta.dirname, '../fixtures/shared');
      const out = path.join(tmp, `out-${name}`);
      const res = await analyzeResultsDir({ resultsDir: path.join(FIX, name), outputDir: out, cwd: FIX });
      const r = loadUntrustedReport(res.reportPath as string, name);
      expect(r.ok ? 'ok' : r.reason).toBe('ok');
    },
  );
});
