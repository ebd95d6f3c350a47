import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { Finding } from '../../src/core/types.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import {
  COL_DECODE_RUNNING,
  COL_ERRORS_TOTAL,
  COL_LIVE_TTFT,
  COL_PREFILL_RUNNING,
} from '../../src/core/timeline/timeline-samples.js';
import { parseTimelineLine, summarizeCarried, timelineAdapter } from '../../src/sources/timeline.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sources/inferguard-timeline');

async function run(caseName: string) {
  const root = path.join(FIXTURES, caseName);
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, { ...DEFAULT_THRESHOLDS });
  const result = await timelineAdapter.collect(ctx);
  const claimed = scan.files.filter((f) => ctx.isClaimed(f.path)).map((f) => f.path);
  const timelines = result.timelines ?? [];
  expect(timelines).toHaveLength(1);
  return { result, claimed, t: timelines[0] as NonNullable<typeof result.timelines>[number] };
}

const byCode = (fs: Finding[], code: string): Finding | undefined => fs.find((f) => f.code === code);

describe('timelineAdapter', () => {
  it('low-middle-curve: 24 wrapper lines 30 s apart; imbalance in all 24, transfer errors in samples 19–23, no critical', async () => {
    const { result, claimed, t } = await run('low-middle-curve');
    const file = 'disagg-gb200-low-middle-curve/inferguard_timeline.jsonl';
    expect(claimed).toEqual([file]);
    expect(result.manifest).toEqual([{ path: file, kind: 'timeline', cell_id: null, required: false, present: true }]);
    expect(result.fragments).toEqual([]);
    expect(t.file).toBe(file);
    expect(t.dir).toBe('disagg-gb200-low-middle-curve');
    expect(t.samples).toHaveLength(24);
    // 2026-05-18T18:59:30Z = 1779130770 s; 30 s apart; sequence 0..23.
    expect(t.samples.at(0)).toMatchObject({ observed_at: 1779130770, sequence: 0, line: 1 });
    expect(t.samples.at(23)).toMatchObject({ observed_at: 1779130770 + 23 * 30, sequence: 23, line: 24 });
    // The embedded disagg-status/v1 snapshot of line 1 was read: prefill TTFT 1.03 s, running 8 / 247.
    expect(t.samples.num(COL_LIVE_TTFT, 0)).toBe(1.0317251404777865);
    expect([t.samples.num(COL_PREFILL_RUNNING, 0), t.samples.num(COL_DECODE_RUNNING, 0)]).toEqual([8, 247]);
    expect(t.samples.num(COL_ERRORS_TOTAL, 0)).toBe(0);
    expect(t.findings.map((f) => f.code)).toEqual(['kv_transfer_errors_present', 'prefill_decode_imbalance']);
    const imb = byCode(t.findings, 'prefill_decode_imbalance');
    expect(imb?.severity).toBe('warning');
    expect(imb?.evidence).toMatchObject({
      samples: 24,
      first_at: '2026-05-18T18:59:30.000Z',
      last_at: '2026-05-18T19:11:00.000Z',
      first_line: 1,
      severity: 'warning',
      carried: true,
    });
    expect(imb?.message).toContain('24 of 24');
    const kv = byCode(t.findings, 'kv_transfer_errors_present');
    // Sequences 19..23 = lines 20..24, 19:09:00 to 19:11:00.
    expect(kv?.evidence).toMatchObject({
      samples: 5,
      first_at: '2026-05-18T19:09:00.000Z',
      last_at: '2026-05-18T19:11:00.000Z',
      first_line: 20,
    });
    expect(t.findings.some((f) => f.severity === 'critical')).toBe(false);
    expect(t.non_report_codes).toBeUndefined();
  });

  it('low-latency: 3 raw disagg-status lines timed by prefill.scraped_at; the 3rd is endpoint_unreachable critical', async () => {
    const { t } = await run('low-latency');
    expect(t.samples.rows().map((s) => s.observed_at)).toEqual([
      1779141980.3234148, 1779142025.1081393, 1779142070.1673923,
    ]);
    expect(t.samples.rows().every((s) => s.sequence === null)).toBe(true);
    expect(t.findings).toHaveLength(1);
    const f = t.findings[0] as Finding;
    expect(f).toMatchObject({ code: 'endpoint_unreachable', severity: 'critical', cell_id: null });
    expect(f.evidence).toMatchObject({
      samples: 1,
      first_line: 3,
      first_at: '2026-05-18T22:07:50.167Z',
      last_at: '2026-05-18T22:07:50.167Z',
      carried: true,
    });
  });

  it('bad lines: one metrics_unavailable per file with count, line numbers and first error; the rest is used', async () => {
    const { t } = await run('bad-lines');
    // Lines: 1 wrapper seq 1 (19:00:00), 2 cut-off JSON, 3 wrapper with actuation "on" (schema-invalid),
    // 4 blank, 5 wrapper seq 0 (18:59:30, + connector_mismatch), 6 raw line (22:07:50, endpoint_unreachable).
    expect(t.samples.rows().map((s) => s.line)).toEqual([5, 1, 6]); // sorted by time, not by line
    const bad = t.findings.filter((f) => f.code === 'metrics_unavailable');
    expect(bad).toHaveLength(1);
    expect(bad[0]?.severity).toBe('warning');
    expect(bad[0]?.evidence).toMatchObject({
      file: 'recipe-x/inferguard_timeline.jsonl',
      bad_lines: 2,
      first_lines: [2, 3],
      samples_used: 3,
    });
    expect(String(bad[0]?.evidence.first_error)).toMatch(/^line 2: not JSON/);
    expect(bad[0]?.message).toContain('recipe-x/inferguard_timeline.jsonl');
    expect(bad[0]?.message).toContain('2 unusable line(s)');
    const imb = byCode(t.findings, 'prefill_decode_imbalance');
    expect(imb?.evidence).toMatchObject({
      samples: 2,
      first_line: 5,
      first_at: '2026-05-18T18:59:30.000Z',
      last_at: '2026-05-18T19:00:00.000Z',
    });
    expect(byCode(t.findings, 'endpoint_unreachable')?.severity).toBe('critical');
    // connector_mismatch is not an analyze code: counted, never a finding.
    expect(t.findings.some((f) => (f.code as string) === 'connector_mismatch')).toBe(false);
    expect(t.non_report_codes).toEqual({ connector_mismatch: 1 });
  });

  it('parseTimelineLine: schema failures are named', () => {
    const r = parseTimelineLine('{"schema_version": "disagg-status/v1", "prefill": null}', 7);
    expect('error' in r && r.error).toMatch(/fails disagg-status\/v1/);
    const u = parseTimelineLine('{"schema_version": "something/v9"}', 2);
    expect('error' in u && u.error).toContain('unknown schema_version');
  });

  it('summarizeCarried: max severity per code, one count per sample, first/last time', () => {
    const f = (code: string, severity: string) => ({ code, severity, message: `${code} ${severity}`, evidence: {} });
    const samples = [
      {
        observed_at: 10,
        sequence: 0,
        line: 1,
        status: { findings: [f('kv_transfer_errors_present', 'warning'), f('kv_transfer_errors_present', 'warning')] },
      },
      { observed_at: 20, sequence: 1, line: 2, status: { findings: [f('kv_transfer_errors_present', 'critical')] } },
      {
        observed_at: 30,
        sequence: 2,
        line: 3,
        status: { findings: [f('kv_transfer_errors_present', 'warning'), f('connector_mismatch', 'warning')] },
      },
    ];
    const { carried, nonReport } = summarizeCarried(samples);
    expect(carried).toHaveLength(1);
    const [code, agg] = carried[0] as (typeof carried)[number];
    expect(code).toBe('kv_transfer_errors_present');
    // 3 samples (the duplicate inside sample 1 counts once); critical seen in sample 2 wins.
    expect(agg).toMatchObject({
      samples: 3,
      first_at: 10,
      last_at: 30,
      first_line: 1,
      severity: 'critical',
      first_message: 'kv_transfer_errors_present warning',
    });
    expect([...nonReport]).toEqual([['connector_mismatch', 1]]);
  });
});
