import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/analyze.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { CellFragment } from '../../src/core/types.js';
import type { AdapterResult } from '../../src/sources/types.js';
import { validateContract } from '../../src/schemas/validate.js';
import { toWireReport } from '../../src/core/analyze.js';
import { fragment } from '../helpers/fragments.js';

function report(fragments: CellFragment[], extra: Partial<AdapterResult> = {}) {
  return buildReport({
    adapterResults: [{ fragments, findings: [], manifest: [], ...extra }],
    files: [],
    claimed: new Set(),
    scanFindings: [],
    inputRoot: 'results',
    generatedAt: '2026-01-01T00:00:00.000Z',
    version: 'test',
    thresholds: { ...DEFAULT_THRESHOLDS },
  });
}

describe('merging copies of one cell', () => {
  it('bmk_ and power_audit_ copies become one cell with the raw counts', () => {
    const bmk = fragment({
      dir: 'bmk_rf',
      files: ['bmk_rf/agg_rf.json'],
      artifacts: { aggregate: 'bmk_rf/agg_rf.json' },
    });
    const audit = fragment({
      dir: 'power_audit_rf',
      files: ['power_audit_rf/agg_rf.json', 'power_audit_rf/rf.json'],
      artifacts: { aggregate: 'power_audit_rf/agg_rf.json', raw: 'power_audit_rf/rf.json' },
      counts: {
        total: 640,
        successful: 636,
        sessions_total: null,
        sessions_completed: null,
        source: 'power_audit_rf/rf.json',
        basis: 'raw',
      },
      metrics: { p99_ttft: 1.08, tput_per_gpu: 176, duration_seconds: 300 },
    });
    const r = report([audit, bmk]);
    expect(r.cells).toHaveLength(1);
    const c = r.cells[0]!;
    expect(c.cell_id).toBe('bmk_rf');
    expect(c.completion).toMatchObject({ num_requests_total: 640, num_requests_successful: 636, status: 'partial' });
    expect(c.completion.success_rate).toBeCloseTo(636 / 640, 12);
    expect(c.metrics.duration_seconds).toBe(300);
    expect(c.artifacts.aggregate).toEqual(['bmk_rf/agg_rf.json', 'power_audit_rf/agg_rf.json']);
    expect(validateContract('inferguard-analyze/v1', toWireReport(r)).ok).toBe(true);
  });

  it('two copies that disagree are kept apart with a warning naming both files', () => {
    const a = fragment({ dir: 'bmk_rf', files: ['bmk_rf/agg_rf.json'] });
    const b = fragment({
      dir: 'redownload',
      files: ['redownload/agg_rf.json'],
      metrics: { p99_ttft: 2.5, tput_per_gpu: 176 },
    });
    const r = report([a, b]);
    expect(r.cells).toHaveLength(2);
    const warn = r.findings.filter((f) => f.evidence.kind === 'conflicting_copies');
    expect(warn).toHaveLength(1);
    expect(warn[0]!.severity).toBe('warning');
    expect(warn[0]!.evidence.files).toEqual(['bmk_rf/agg_rf.json', 'redownload/agg_rf.json']);
    expect(warn[0]!.message).toContain('p99_ttft');
  });

  it('cells of different concurrency sharing a folder get /conc<N> ids', () => {
    const r = report([
      fragment({ dir: 'bmk_mn', identity: { concurrency: 512 } }),
      fragment({ dir: 'bmk_mn', identity: { concurrency: 256 } }),
    ]);
    expect(r.cells.map((c) => c.cell_id)).toEqual(['bmk_mn/conc256', 'bmk_mn/conc512']);
  });

  it('an explicit id claimed twice with different identity keeps both and warns', () => {
    const r = report([
      fragment({ explicit_id: 'run-1', dir: 'a', files: ['a/summary.json'], identity: { concurrency: 4 } }),
      fragment({
        explicit_id: 'run-1',
        dir: 'b',
        files: ['b/summary.json'],
        identity: { concurrency: null, model: 'other' },
      }),
    ]);
    const ids = r.cells.map((c) => c.cell_id).sort();
    expect(new Set(ids).size).toBe(2);
    expect(
      r.findings.some((f) => f.code === 'metrics_unavailable' && JSON.stringify(f.evidence).includes('b/summary.json')),
    ).toBe(true);
  });

  it('a different topology is a different cell, never merged', () => {
    const r = report([
      fragment({ dir: 'a' }),
      fragment({ dir: 'b', topology: { tp: 4, pp: 1, ep: 1, dp_attention: false, spec_decoding: 'none', gpus: 4 } }),
    ]);
    expect(r.cells).toHaveLength(2);
  });
});

describe('completion and the first four rules', () => {
  const counts = (total: number | null, successful: number | null) => ({
    total,
    successful,
    sessions_total: null,
    sessions_completed: null,
    source: 'x/raw.json',
    basis: 'raw',
  });

  it.each([
    ['all succeeded', 40, 40, 'complete', []],
    ['99.4% is above the 95% line', 640, 636, 'partial', []],
    ['below 95% is a partial run', 100, 90, 'partial', ['partial_run']],
    ['zero successes is an invalid run', 40, 0, 'failed', ['invalid_run_no_successful_requests']],
    ['unknown total is unknown, never success', null, 40, 'unknown', []],
    ['success above total is an input error', 10, 12, 'unknown', ['metrics_unavailable']],
  ] as const)('%s', (_name, total, ok, status, codes) => {
    const r = report([fragment({ counts: counts(total, ok) })]);
    expect(r.cells[0]!.completion.status).toBe(status);
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  it('findings are sorted severity desc, then cell, then code', () => {
    const r = report([
      fragment({ dir: 'a', identity: { concurrency: 1 }, counts: counts(100, 90) }),
      fragment({ dir: 'b', identity: { concurrency: 2 }, counts: counts(100, 0) }),
    ]);
    expect(r.findings.map((f) => [f.severity, f.cell_id, f.code])).toEqual([
      ['critical', 'b', 'invalid_run_no_successful_requests'],
      ['warning', 'a', 'partial_run'],
    ]);
    expect(r.run_summary).toMatchObject({ status: 'partial', total_cells: 2, failed_cells: 1 });
  });

  it('campaign manifest expectations: an absent cell is missing_required_artifact', () => {
    const r = report([fragment({ dir: 'rigs/h200/a' })], {
      expectations: [
        { file: 'manifest.json', cell_id: null, dir: 'rigs/h200/a', timeline_expected: false },
        { file: 'manifest.json', cell_id: null, dir: 'rigs/h200/b', timeline_expected: false },
        { file: 'manifest.json', cell_id: null, dir: 'rigs/h200/a', timeline_expected: true },
      ],
    });
    const missing = r.findings.filter((f) => f.code === 'missing_required_artifact');
    expect(missing.map((f) => f.evidence.kind).sort()).toEqual(['expected_cell_absent', 'expected_timeline_absent']);
    expect(missing.every((f) => f.severity === 'critical')).toBe(true);
  });
});
