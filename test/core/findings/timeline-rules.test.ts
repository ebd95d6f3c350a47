import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/analyze.js';
import { endpointUnreachable } from '../../../src/core/findings/endpoint-unreachable.js';
import { engineUnidentified } from '../../../src/core/findings/engine-unidentified.js';
import { kvTransferErrorsPresent } from '../../../src/core/findings/kv-transfer-errors-present.js';
import { kvTransferStall } from '../../../src/core/findings/kv-transfer-stall.js';
import { prefillDecodeImbalance } from '../../../src/core/findings/prefill-decode-imbalance.js';
import { DEFAULT_THRESHOLDS } from '../../../src/core/thresholds.js';
import type { Finding, TimelineSample } from '../../../src/core/types.js';
import { createIngestContext, scanResultsDir } from '../../../src/io/ingest-context.js';
import { timelineAdapter } from '../../../src/sources/timeline.js';
import { makeContext, makeFragment, sample, snap, timelineCell } from '../../helpers/cells.js';

const T0 = 1_779_000_000;
const run = (rule: { evaluate: typeof endpointUnreachable.evaluate }, samples: TimelineSample[]) =>
  rule.evaluate(makeContext([timelineCell(samples)]));

/** prefill/decode running counts → samples 30 s apart. */
const running = (pairs: [number, number][]) =>
  pairs.map(([p, d], i) =>
    sample(i, T0 + 30 * i, {
      prefill: snap('prefill', { requests_running: p }),
      decode: snap('decode', { requests_running: d }),
    }),
  );

describe('prefill_decode_imbalance', () => {
  it.each([
    // ratios 0.4, 0.45, 3.0 are outside [0.5, 2.0]: 3 samples → fires
    {
      name: '3 samples outside fires',
      pairs: [
        [4, 10],
        [9, 20],
        [6, 2],
        [5, 5],
      ] as [number, number][],
      n: 3,
    },
    // ratio 0.5 and 2.0 are inside: only 2 outside → near-miss
    {
      name: 'boundaries inside, 2 outside near-miss',
      pairs: [
        [4, 10],
        [9, 20],
        [5, 10],
        [4, 2],
      ] as [number, number][],
      n: 0,
    },
    // decode idle with prefill running counts as outside; 0/0 says nothing
    {
      name: 'decode idle counts',
      pairs: [
        [1, 0],
        [2, 0],
        [0, 0],
        [3, 0],
      ] as [number, number][],
      n: 3,
    },
  ])('$name', ({ pairs, n }) => {
    const f = run(prefillDecodeImbalance, running(pairs));
    expect(f).toHaveLength(n > 0 ? 1 : 0);
    if (n > 0) expect(f[0]?.evidence.samples).toBe(n);
  });
});

const transfer = (rows: [number, number, number][]) =>
  rows.map(([run_, sent, recv], i) =>
    sample(i, T0 + 30 * i, {
      prefill: snap('prefill', { requests_running: run_, kv_transfer_sent_bytes_total: sent }),
      decode: snap('decode', { requests_running: 0, kv_transfer_recv_bytes_total: recv }),
    }),
  );

describe('kv_transfer_stall', () => {
  it.each([
    // counters flat across 3 samples while running → fires with 3 samples
    {
      name: '3 flat samples fire',
      rows: [
        [2, 10, 10],
        [2, 10, 10],
        [2, 10, 10],
        [2, 20, 20],
      ] as [number, number, number][],
      n: 3,
    },
    // only 2 flat samples → near-miss
    {
      name: '2 flat samples near-miss',
      rows: [
        [2, 10, 10],
        [2, 10, 10],
        [2, 20, 20],
        [2, 20, 20],
      ] as [number, number, number][],
      n: 0,
    },
    // flat but nothing running → nothing
    {
      name: 'idle near-miss',
      rows: [
        [0, 10, 10],
        [0, 10, 10],
        [0, 10, 10],
      ] as [number, number, number][],
      n: 0,
    },
    // a reset (decrease) breaks the window
    {
      name: 'reset breaks window',
      rows: [
        [2, 10, 10],
        [2, 10, 10],
        [2, 0, 0],
        [2, 0, 0],
      ] as [number, number, number][],
      n: 0,
    },
  ])('$name', ({ rows, n }) => {
    const f = run(kvTransferStall, transfer(rows));
    expect(f).toHaveLength(n > 0 ? 1 : 0);
    if (n > 0) expect(f[0]?.evidence.samples).toBe(n);
  });

  it('never fires without transfer counters (aggregated serving)', () => {
    const s = [0, 1, 2, 3].map((i) => sample(i, T0 + i, { prefill: snap('prefill', { requests_running: 5 }) }));
    expect(run(kvTransferStall, s)).toEqual([]);
  });
});

const errors = (values: (number | null)[]) =>
  values.map((e, i) => sample(i, T0 + 30 * i, { prefill: snap('prefill', { kv_transfer_errors_total: e }) }));

describe('kv_transfer_errors_present', () => {
  it.each([
    { name: 'growth 0→2→4 fires, warning', values: [0, 0, 2, 4], n: 2, severity: 'warning' },
    { name: 'reaching 100 is critical', values: [0, 50, 100], n: 2, severity: 'critical' },
    { name: 'constant 0 near-miss', values: [0, 0, 0], n: 0, severity: null },
    { name: 'null counters near-miss', values: [null, null], n: 0, severity: null },
  ])('$name', ({ values, n, severity }) => {
    const f = run(kvTransferErrorsPresent, errors(values));
    expect(f).toHaveLength(n > 0 ? 1 : 0);
    if (n > 0) {
      expect(f[0]?.evidence.samples).toBe(n);
      expect(f[0]?.severity).toBe(severity);
    }
  });
});

describe('endpoint_unreachable / engine_unidentified', () => {
  const s = [
    sample(0, T0, { prefill: snap('prefill'), decode: snap('decode') }),
    sample(1, T0 + 45, {
      prefill: snap('prefill'),
      decode: snap('decode', { scrape_error: 'unreachable: refused', endpoint: { engine: 'unknown' } }),
    }),
    sample(2, T0 + 90, { prefill: snap('prefill', { endpoint: { engine: 'unknown' } }), decode: snap('decode') }),
  ];
  it('a scrape error is endpoint_unreachable (critical), not engine_unidentified', () => {
    const u = run(endpointUnreachable, s);
    expect(u.map((f) => [f.severity, f.evidence.samples, f.evidence.roles])).toEqual([['critical', 1, ['decode']]]);
    const e = run(engineUnidentified, s);
    expect(e.map((f) => [f.severity, f.evidence.samples, f.evidence.roles])).toEqual([['warning', 1, ['prefill']]]);
  });
  it('near-miss: healthy snapshots give nothing', () => {
    expect(run(endpointUnreachable, [s[0] as TimelineSample])).toEqual([]);
    expect(run(engineUnidentified, [s[0] as TimelineSample])).toEqual([]);
  });
});

describe('merging with the carried finding', () => {
  it('keeps both sample counts and spans, the higher severity, on the home cell', () => {
    const cell = timelineCell(
      running([
        [1, 10],
        [1, 10],
        [1, 10],
      ]),
    );
    cell.findings.push({
      code: 'prefill_decode_imbalance',
      severity: 'warning',
      message: 'carried',
      cell_id: cell.cell_id,
      evidence: {
        samples: 5,
        first_at: new Date((T0 - 60) * 1000).toISOString(),
        last_at: new Date((T0 + 10) * 1000).toISOString(),
        carried: true,
      },
    });
    const [f] = prefillDecodeImbalance.evaluate(makeContext([cell]));
    expect(f?.evidence).toMatchObject({
      samples: 3,
      carried_samples: 5,
      replaces_carried: true,
      first_at: new Date((T0 - 60) * 1000).toISOString(),
      last_at: new Date((T0 + 60) * 1000).toISOString(),
    });
  });
});

// The shared inferguard-timeline fixture, through the timeline adapter and buildReport.
const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(here, '../../fixtures/core/timeline');

async function timelineReport() {
  const scan = await scanResultsDir(FIXTURE);
  const ctx = createIngestContext(FIXTURE, scan.files, DEFAULT_THRESHOLDS);
  const tl = await timelineAdapter.collect(ctx);
  const multi = {
    hardware: 'gb200',
    model: 'deepseek-ai/DeepSeek-V4-Pro',
    framework: 'dynamo-vllm',
    precision: 'fp4',
    is_multinode: true,
  };
  const topo = (workers: number) => ({
    prefill_tp: 8,
    prefill_num_workers: 1,
    decode_tp: 8,
    decode_num_workers: workers,
    num_prefill_gpu: 8,
    num_decode_gpu: 8 * workers,
    spec_decoding: 'none',
    gpus: 8 + 8 * workers,
  });
  const frags = [
    makeFragment({
      dir: 'low-middle-curve',
      identity: { ...multi, concurrency: 256 },
      topology: topo(4),
      metrics: { p99_ttft: 2.11, tput_per_gpu: 1824 },
      files: ['low-middle-curve/agg_c256.json'],
      artifacts: { aggregate: 'low-middle-curve/agg_c256.json' },
    }),
    makeFragment({
      dir: 'low-middle-curve',
      identity: { ...multi, concurrency: 512 },
      topology: topo(4),
      metrics: { p99_ttft: 3.54, tput_per_gpu: 2502 },
      files: ['low-middle-curve/agg_c512.json'],
      artifacts: { aggregate: 'low-middle-curve/agg_c512.json' },
    }),
    makeFragment({
      dir: 'low-latency',
      identity: { ...multi, concurrency: 1 },
      topology: topo(1),
      metrics: { p99_ttft: 0.39, tput_per_gpu: 66.9 },
      files: ['low-latency/agg_c1.json'],
      artifacts: { aggregate: 'low-latency/agg_c1.json' },
    }),
  ];
  return buildReport({
    adapterResults: [{ fragments: frags, findings: [], manifest: [] }, tl],
    files: scan.files,
    claimed: new Set(scan.files.map((f) => f.path)),
    scanFindings: [],
    inputRoot: 'timeline',
    generatedAt: '2026-05-18T00:00:00.000Z',
    version: 'test',
    thresholds: DEFAULT_THRESHOLDS,
  });
}

describe('timeline fixture (inferguard-timeline)', () => {
  it('yields exactly: imbalance (24 samples) and transfer errors (samples 19–23) on c256, endpoint_unreachable critical on c1 (id = its folder)', async () => {
    const r = await timelineReport();
    const rows = r.findings.map((f: Finding) => [f.cell_id, f.code, f.severity, f.evidence.samples]);
    expect(rows).toEqual([
      ['low-latency', 'endpoint_unreachable', 'critical', 1],
      ['low-middle-curve/conc256', 'kv_transfer_errors_present', 'warning', 5],
      ['low-middle-curve/conc256', 'prefill_decode_imbalance', 'warning', 24],
    ]);
    // Re-derived and merged: the carried copies are gone, their counts kept.
    for (const f of r.findings) {
      expect(f.evidence.derived).toBe(true);
      expect(f.evidence.carried_samples).toBe(f.evidence.samples);
    }
    const errs = r.findings.find((f) => f.code === 'kv_transfer_errors_present');
    // prefill kv_transfer_errors_total 0 … 0, 2, 4, 6, 8, 9 (sequences 19–23)
    expect(errs?.evidence).toMatchObject({
      errors_first: 0,
      errors_last: 9,
      errors_max: 9,
      first_at: '2026-05-18T19:09:00.000Z',
      last_at: '2026-05-18T19:11:00.000Z',
      cells: ['low-middle-curve/conc256', 'low-middle-curve/conc512'],
    });
  });

  it('timeline blocks: counts by code, no live TTFT cliff (live TTFT 1.03 → 1.63 s, 1.58× < 2×), so no lead time', async () => {
    const r = await timelineReport();
    const c = r.cells.find((x) => x.cell_id === 'low-middle-curve/conc512');
    expect(c?.timeline).toMatchObject({
      sample_count: 24,
      finding_counts_by_code: { kv_transfer_errors_present: 5, prefill_decode_imbalance: 24 },
      first_finding_at: '2026-05-18T18:59:30.000Z',
      first_critical_finding_at: null,
      live_ttft_cliff_at: null,
      lead_time_s: null,
      curve_ttft_cliff: false,
    });
  });
});
