/**
 * The durable history file (src/io/github/history-file.ts) over a real analysis of the e2e
 * `valid` fixture: written valid and deterministic, read back to the same report compare gets
 * from a base run's artifact (the slim form), and every bad file refused with a reason.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/types.js';
import {
  historyEntry,
  historyFileName,
  historyText,
  isHistoryFile,
  parseHistoryText,
} from '../../../src/io/github/history-file.js';
import { slimReport } from '../../../src/io/slim-report.js';
import { DEFAULT_REPORT_LIMITS } from '../../../src/io/untrusted-report.js';
import { analyzeResultsDir } from '../../../src/pipeline.js';

const FIXTURE = path.resolve(new URL('../../fixtures/e2e/valid', import.meta.url).pathname);
const RUN = {
  suiteKey: 'default',
  runId: 1001,
  sha: 'b'.repeat(40),
  ref: 'main',
  recordedAt: '2026-11-01T12:34:56Z',
};
let report: Report;

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'ig-hist-'));
  report = (await analyzeResultsDir({ resultsDir: FIXTURE, outputDir: out, cwd: out })).report;
});

describe('history file', () => {
  it('names the file by time, run and commit, sorting oldest first', () => {
    expect(historyFileName(RUN)).toBe('20261101T123456Z-1001-bbbbbbbbbbbb.json');
    const later = historyFileName({ ...RUN, runId: 1002, recordedAt: '2026-11-02T00:00:00Z' });
    expect([later, historyFileName(RUN)].sort()).toEqual([historyFileName(RUN), later]);
    expect(isHistoryFile('history/default/x.json', 'default')).toBe(true);
    expect(isHistoryFile('history/default/sub/x.json', 'default')).toBe(false);
    expect(isHistoryFile('history/other/x.json', 'default')).toBe(false);
    expect(isHistoryFile('history/default/x.txt', 'default')).toBe(false);
    // Names reach the log: a newline or a workflow command in one is never read.
    expect(isHistoryFile('history/default/x\n::error::owned.json', 'default')).toBe(false);
    expect(isHistoryFile('history/default/a b.json', 'default')).toBe(false);
  });

  it('writes a valid, deterministic, smaller document and reads it back to the slim report', () => {
    const text = historyText(historyEntry(report, RUN), 'f.json');
    expect(historyText(historyEntry(report, RUN), 'f.json')).toBe(text);
    expect(text.length).toBeLessThan(JSON.stringify(report).length);
    const back = parseHistoryText(text, 'f.json', DEFAULT_REPORT_LIMITS);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.entry).toMatchObject({ schema_version: 'inferguard-history/v1', run_id: 1001, sha: RUN.sha });
    // What compare reads of a base run: the same cells as the slim report of the artifact.
    expect(JSON.parse(JSON.stringify(back.entry.report.cells))).toEqual(
      JSON.parse(JSON.stringify(slimReport(report).cells)),
    );
    expect(back.entry.report.run_summary.successful_cells).toBe(report.run_summary.successful_cells);
  });

  it('refuses bad files with a reason naming them', () => {
    const good = JSON.parse(historyText(historyEntry(report, RUN), 'f.json')) as Record<string, unknown>;
    const limits = { ...DEFAULT_REPORT_LIMITS };
    const cases: [string, string][] = [
      ['{"schema_version": ', 'h.json is not valid JSON'],
      [JSON.stringify({ ...good, schema_version: 'x/v1' }), 'h.json is not inferguard-history/v1'],
      [JSON.stringify({ ...good, sha: 'nope' }), 'h.json is not inferguard-history/v1'],
      [JSON.stringify({ ...good, report: { schema_version: 'inferguard-analyze/v1' } }), "h.json's report"],
      [JSON.stringify(good).replace(/"cells":\[/, '"cells":[1e400,'), "h.json's report"],
    ];
    for (const [text, reason] of cases) {
      const r = parseHistoryText(text, 'h.json', limits);
      expect(r.ok, text.slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.reason).toContain(reason);
    }
    const big = parseHistoryText(JSON.stringify(good), 'h.json', { ...limits, maxBytes: 100 });
    expect(big).toEqual({ ok: false, reason: 'h.json is over the 100-byte cap (max-report-bytes)' });
  });
});
