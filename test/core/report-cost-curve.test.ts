import { describe, expect, it } from 'vitest';
import { buildReport, toWireReport } from '../../src/core/analyze.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { CellFragment } from '../../src/core/types.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { validateContract } from '../../src/schemas/validate.js';
import { makeFragment } from '../helpers/cells.js';
import { SWEEP_B } from './findings/sweep-b.js';

function sweepB(): CellFragment[] {
  return SWEEP_B.map((p) =>
    makeFragment({
      dir: `bmk_c${p.conc}`,
      identity: { concurrency: p.conc },
      metrics: { ...p.metrics, output_tput_per_gpu: (p.metrics.tput_per_gpu as number) / 9 },
      files: [`bmk_c${p.conc}/agg.json`],
      artifacts: { aggregate: `bmk_c${p.conc}/agg.json` },
      samples: {
        ttft_s: { n: 3, values: [0.5, 0.6, p.metrics.p99_ttft as number] },
        e2el_s: { n: 3, values: [20, 30, 40] },
      },
    }),
  );
}

function report(withCost: boolean) {
  return buildReport({
    adapterResults: [{ fragments: sweepB(), findings: [], manifest: [] }],
    files: [],
    claimed: new Set(),
    scanFindings: [],
    inputRoot: 'static',
    generatedAt: '2026-01-01T00:00:00.000Z',
    version: 'test',
    thresholds: DEFAULT_THRESHOLDS,
    ...(withCost ? { cost: { currency: 'USD', gpuHourCost: 4 } } : {}),
  });
}

describe('report with curve, cost, phase metrics and bottleneck', () => {
  it('sweep B findings: ttft_cliff c64, throughput_plateau from c16, tpot_degradation c32 and c64, nothing else', () => {
    const r = report(false);
    expect(r.findings.map((f) => [f.code, f.cell_id, f.severity]).sort()).toEqual([
      ['throughput_plateau', 'bmk_c16', 'warning'],
      ['tpot_degradation', 'bmk_c32', 'warning'],
      ['tpot_degradation', 'bmk_c64', 'warning'],
      ['ttft_cliff', 'bmk_c64', 'critical'],
    ]);
  });

  it('validates against inferguard-analyze/v1 with cost blocks on every cell and the run', () => {
    const wire = toWireReport(report(true));
    expect(validateContract('inferguard-analyze/v1', wire)).toEqual({ ok: true });
    for (const c of wire.cells) expect(validateContract('inferguard-cost/v1', c.cost)).toEqual({ ok: true });
    expect(validateContract('inferguard-cost/v1', wire.run_summary.cost)).toEqual({ ok: true });
    // No duration: no compute cost, per-M output from throughput: 4 / 3600 / (176.004 / 9) × 1e6 = 56.82 at c4
    const c4 = wire.cells.find((c) => c.concurrency === 4);
    expect(c4?.cost?.compute_cost).toBeNull();
    expect(c4?.cost?.cost_per_million_output_tokens).toBeCloseTo((4 / 3600 / (176.00416044470944 / 9)) * 1e6, 9);
    expect(c4?.metrics.measurement_ttft_n).toBe(3);
    expect((c4?.bottleneck as { primary: string }).primary).toBe('decode-bound');
  });

  it('report.md gains cost, curve analysis and next measurements (c48 for the c32→c64 cliff)', () => {
    const md = renderReportMarkdown(toWireReport(report(true)));
    expect(md).toMatch(/## Cost\n/);
    expect(md).toMatch(/## Curve analysis\n/);
    expect(md).toMatch(/\*\*Knee:\*\* c32/);
    expect(md).toMatch(/## Next measurements\n[\s\S]*measure c48: p99 TTFT rises 7\.10× between c32 and c64/);
    expect(md).not.toMatch(/you should|we recommend|consider (increasing|decreasing|changing)/i);
    expect(md.indexOf('## Cost')).toBeLessThan(md.indexOf('## Curve analysis'));
  });
});
