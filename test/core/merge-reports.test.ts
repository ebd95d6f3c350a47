import { describe, expect, it } from 'vitest';
import { buildReport, toWireReport } from '../../src/core/analyze.js';
import { mergeReports } from '../../src/core/cells/merge-reports.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { CellFragment, Identity, Report } from '../../src/core/types.js';
import { validateContract } from '../../src/schemas/validate.js';
import { fragment } from '../helpers/fragments.js';

function shard(fragments: CellFragment[], root: string): Report {
  return toWireReport(
    buildReport({
      adapterResults: [
        {
          fragments,
          findings: [],
          manifest: fragments.map((f) => ({
            path: f.files[0] as string,
            kind: 'aggregate',
            cell_id: null,
            required: true,
            present: true,
          })),
        },
      ],
      files: [],
      claimed: new Set(),
      scanFindings: [],
      inputRoot: root,
      generatedAt: '2026-11-01T00:00:00.000Z',
      version: '0.1.0',
      thresholds: DEFAULT_THRESHOLDS,
    }),
  );
}

function cellAt(conc: number, counts?: { total: number; successful: number }): CellFragment {
  const dir = `bmk_c${conc}`;
  return fragment({
    dir,
    // The helper merges a partial identity over its defaults (its declared type is stricter).
    identity: { concurrency: conc } as unknown as Identity,
    artifacts: { aggregate: `${dir}/agg.json` },
    files: [`${dir}/agg.json`],
    ...(counts
      ? {
          counts: {
            total: counts.total,
            successful: counts.successful,
            sessions_total: null,
            sessions_completed: null,
            source: `${dir}/raw.json`,
            basis: 'raw',
          },
        }
      : {}),
  });
}

const opts = {
  generatedAt: '2026-11-02T00:00:00.000Z',
  version: '0.1.0',
  thresholds: DEFAULT_THRESHOLDS,
  inputRoot: 'shards',
};

describe('mergeReports', () => {
  it('three shards with one cell each become one valid report with three cells', () => {
    const shards = [4, 8, 16].map((c, i) => ({
      source: `shard-${i}/report.json`,
      report: shard([cellAt(c)], `shard-${i}`),
    }));
    const merged = toWireReport(mergeReports(shards.slice().reverse(), [], opts));
    expect(validateContract('inferguard-analyze/v1', merged)).toEqual({ ok: true });
    expect(merged.cells.map((c) => c.cell_id)).toEqual(['bmk_c16', 'bmk_c4', 'bmk_c8']);
    expect(merged.run_summary.total_cells).toBe(3);
    expect(merged.merged_from).toEqual(['shard-0/report.json', 'shard-1/report.json', 'shard-2/report.json']);
    expect(merged.artifact_manifest.map((m) => [m.path, m.cell_id])).toEqual([
      ['bmk_c16/agg.json', 'bmk_c16'],
      ['bmk_c4/agg.json', 'bmk_c4'],
      ['bmk_c8/agg.json', 'bmk_c8'],
    ]);
  });

  it('re-runs the rules without duplicating a finding the shard already had', () => {
    // 0 of 40 requests succeeded: invalid_run_no_successful_requests (critical) in the shard and again on merge.
    const bad = shard([cellAt(4, { total: 40, successful: 0 })], 'a');
    expect(bad.findings.filter((f) => f.code === 'invalid_run_no_successful_requests')).toHaveLength(1);
    const merged = mergeReports(
      [
        { source: 'a/report.json', report: bad },
        { source: 'b/report.json', report: shard([cellAt(8)], 'b') },
      ],
      [],
      opts,
    );
    expect(
      merged.findings.filter((f) => f.code === 'invalid_run_no_successful_requests').map((f) => f.cell_id),
    ).toEqual(['bmk_c4']);
    expect(merged.run_summary.findings_by_severity.critical).toBe(
      merged.findings.filter((f) => f.severity === 'critical').length,
    );
  });

  it('the same cell in two shards is one cell; an unusable shard is a critical finding naming it', () => {
    const a = shard([cellAt(4)], 'a');
    const merged = mergeReports(
      [
        { source: 'a/report.json', report: a },
        { source: 'b/report.json', report: a },
      ],
      [{ source: 'c/report.json', message: 'not valid JSON' }],
      opts,
    );
    expect(merged.cells).toHaveLength(1);
    const f = merged.findings.find((x) => x.evidence.kind === 'shard_report_unusable');
    expect(f).toMatchObject({
      code: 'missing_required_artifact',
      severity: 'critical',
      message: 'Shard report c/report.json cannot be merged: not valid JSON.',
    });
  });
});
