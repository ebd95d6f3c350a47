/**
 * History runs slimmed as they are read (src/io/slim-report.ts, issue 22 item 8): every field
 * compare reads of a base report after the first is kept, the rest dropped; compare gives the same
 * result on slimmed history runs as on whole ones; the loaders (`--base` folders, the action's
 * baseline history) keep the preferred run whole and slim the others.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPARE_METRICS } from '../../src/core/compare/catalogue.js';
import { compareReports } from '../../src/core/compare/index.js';
import { cellKey } from '../../src/core/compare/match.js';
import { refOf, runTotals } from '../../src/core/compare/verdicts.js';
import { IDENTITY_FIELDS, type Cell, type Report } from '../../src/core/types.js';
import { readBaseReports } from '../../src/io/base-reports.js';
import { downloadBaselineHistory } from '../../src/io/github/baseline.js';
import { isSlimReport, slimReport } from '../../src/io/slim-report.js';
import { validateContract } from '../../src/schemas/validate.js';
import { makeCell, makeCost, makeFinding, makeReport, normal, sketchOf } from '../helpers/reports.js';
import { makeZip } from '../helpers/zip.js';
import { mulberry32 } from '../../src/core/compare/stats.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), 'ig-slim-'));
  dirs.push(d);
  return d;
}

/** A cell with everything a report can carry beside what compare reads. */
function richCell(concurrency: number, over: Partial<Cell> = {}): Cell {
  return makeCell({
    concurrency,
    cell_id: `bmk_c${concurrency}_run`,
    topology: { tp: 8, gpus: 8, repeat: 2, image: 'img:1' },
    completion: {
      num_requests_total: 120,
      num_requests_successful: 118,
      success_rate: 118 / 120,
      sessions_completed: 7,
    },
    metrics: { tput_per_gpu: 900 + concurrency, p50_ttft: 0.4, p99_ttft: 0.9, mean_ttft: 0.45, eval_gsm8k_score: 0.8 },
    cost: makeCost({ compute_cost: 5 + concurrency }),
    environment: { cluster: 'cw', host: null, image: 'img:1', runner: 'h200-cw_00' },
    samples: { ttft_s: sketchOf([0.3, 0.4, 0.5]), tpot_s: sketchOf([0.01, 0.02, 0.03]) },
    findings: [makeFinding('partial_run', 'warning', `bmk_c${concurrency}_run`, 'low')],
    power_reasons: ['telemetry_file_missing'],
    fragment_dirs: ['a', 'b'],
    ...over,
  });
}

function richReport(cells: Cell[], generatedAt = '2026-01-02T00:00:00Z'): Report {
  return makeReport(cells, {
    generated_at: generatedAt,
    input_root: 'results/run-7',
    run_summary: {
      status: 'partial',
      total_cells: cells.length,
      successful_cells: cells.length,
      failed_cells: 0,
      missing_artifacts: ['x.json'],
      cost: makeCost({ compute_cost: 42 }),
      findings_by_severity: { info: 0, warning: 1, critical: 0 },
    },
    cross_run: { families: [] },
    artifact_manifest: [{ path: 'a.json', kind: 'aggregate', cell_id: null, required: true, present: true }],
  });
}

describe('slimReport', () => {
  it('keeps every field compare reads of a history run, and drops the rest', () => {
    const full = richReport([richCell(8), richCell(16), richCell(32, { cost: undefined, environment: undefined })]);
    const before = structuredClone(full);
    const slim = slimReport(full);
    expect(full).toEqual(before); // the input is not changed
    expect(isSlimReport(slim)).toBe(true);
    expect(isSlimReport(full)).toBe(false);
    // Report level: refOf and runTotals (the diff's `base` / `runs`) read the same values.
    expect(slim.generated_at).toBe(full.generated_at);
    expect(slim.input_root).toBe(full.input_root);
    expect(slim.analyzer.inferguard_version).toBe(full.analyzer.inferguard_version);
    expect(slim.run_summary.status).toBe(full.run_summary.status);
    expect(slim.run_summary.cost).toEqual(full.run_summary.cost);
    expect(slim.cells.length).toBe(full.cells.length);
    expect(refOf(slim)).toEqual(refOf(full));
    expect(runTotals(slim)).toEqual(runTotals(full));
    // Cell level.
    full.cells.forEach((c, i) => {
      const s = slim.cells[i] as Cell;
      for (const f of IDENTITY_FIELDS) expect(s[f], f).toEqual(c[f]);
      expect(s.cell_id).toBe(c.cell_id);
      expect(s.concurrency).toBe(c.concurrency);
      expect(s.topology).toEqual(c.topology);
      // metrics: the compared ones (the catalogue's, eval scores); every catalogue value read alike.
      const { mean_ttft, ...compared } = c.metrics;
      expect(mean_ttft).toBe(0.45);
      expect(s.metrics).toEqual(compared);
      expect(s.metrics.eval_gsm8k_score).toBe(0.8);
      for (const def of COMPARE_METRICS) expect(def.get(s), def.metric).toBe(def.get(c));
      expect(s.completion).toEqual(c.completion);
      expect(s.cost).toEqual(c.cost);
      expect(s.environment).toEqual(c.environment);
      expect(cellKey(s)).toBe(cellKey(c));
      // Dropped: samples (every compared p50/p99 is a metric here), findings, artifacts, extras.
      expect(s.samples).toBeUndefined();
      expect(s.findings).toEqual([]);
      expect(s.artifacts).toEqual({});
      expect(s.power_reasons).toBeUndefined();
      expect(s.fragment_dirs).toBeUndefined();
    });
    expect(slim.findings).toEqual([]);
    expect(slim.artifact_manifest).toEqual([]);
    expect(slim.cross_run).toBeUndefined();
    // Slimming twice is slimming once.
    expect(slimReport(slim)).toBe(slim);
  });

  it('keeps a sample stream where the cell lacks a metric compare would compute from it', () => {
    const c = richCell(8);
    c.metrics = { tput_per_gpu: 900, p50_ttft: 0.4 }; // no p99_ttft, no tpot metrics
    const s = slimReport(richReport([c])).cells[0] as Cell;
    expect(s.samples).toEqual({ ttft_s: c.samples?.ttft_s, tpot_s: c.samples?.tpot_s });
    const d = richCell(8);
    delete d.metrics.p99_tpot; // ttft complete, p99 tpot missing
    expect(slimReport(richReport([d])).cells[0]?.samples).toEqual({ tpot_s: d.samples?.tpot_s });
  });

  it('shares equal strings across the reports of one history', () => {
    const strings = new Map<string, string>();
    const a = slimReport(richReport([richCell(8)]), strings);
    const b = slimReport(richReport([richCell(8)]), strings);
    expect(a.cells[0]?.cell_id).toBe(b.cells[0]?.cell_id);
    expect(a.cells[0]?.completion).toEqual(b.cells[0]?.completion);
    expect(a.cells[0]?.completion).not.toBe(b.cells[0]?.completion); // fresh objects, shared strings
    expect(strings.has(String(a.cells[0]?.completion.counts_source))).toBe(true);
  });
});

/** Base runs (3) and head runs (2) of a 12-cell sweep, aggregates only (no samples), seeded noise; one cell regressed. */
function sweep(): { base: Report[]; head: Report[] } {
  const random = mulberry32(22);
  const run = (i: number, side: 'base' | 'head'): Report => {
    const cells: Cell[] = [];
    for (const model of ['org/a', 'org/b'])
      for (const concurrency of [1, 4, 16, 64, 128, 256]) {
        const slow = side === 'head' && model === 'org/a' && concurrency === 16 ? 1.5 : 1;
        const f = () => Math.exp(0.02 * normal(random));
        cells.push(
          makeCell({
            model,
            concurrency,
            cell_id: `bmk_${model.slice(4)}_c${concurrency}`,
            metrics: {
              tput_per_gpu: (1000 / slow) * f(),
              p50_ttft: 0.5 * slow * f(),
              p99_ttft: 1.0 * slow * f(),
              p50_tpot: 0.02 * f(),
              p99_tpot: 0.04 * f(),
              p50_e2el: 20 * f(),
            },
            cost: makeCost({ cost_per_million_output_tokens: 2 * slow * f() }),
            findings: [makeFinding('partial_run', 'info', null, 'x')],
          }),
        );
      }
    return richReport(cells, `2026-01-${String(10 - i).padStart(2, '0')}T00:00:00Z`);
  };
  return { base: [0, 1, 2].map((i) => run(i, 'base')), head: [0, 1].map((i) => run(i, 'head')) };
}

describe('compare on slimmed history runs', () => {
  it('gives the same compare.json as the whole reports (aggregates only: p50 series on metric values)', () => {
    const { base, head } = sweep();
    const whole = compareReports(base, head);
    const slimmed = compareReports([...base.slice(0, 1), ...base.slice(1).map((r) => slimReport(r))], head);
    expect(validateContract(slimmed.schema_version, slimmed).ok).toBe(true);
    expect(slimmed.verdict).toEqual(whole.verdict);
    expect(slimmed.cells.map((c) => [c.key, c.status, c.verdict?.verdict])).toEqual(
      whole.cells.map((c) => [c.key, c.status, c.verdict?.verdict]),
    );
    expect(JSON.parse(JSON.stringify(slimmed))).toEqual(JSON.parse(JSON.stringify(whole)));
    // The fixture decides something at run level, with every base run.
    expect(whole.runs?.base_reports).toBe(3);
    expect(whole.verdict.verdict).toBe('REGRESSION');
  });
});

describe('loaders slim every base report after the preferred one', () => {
  it('--base folders: the newest report of the first folder whole, every other slimmed, the order unchanged', async () => {
    const { base } = sweep();
    const dir = await tempDir();
    const hist = path.join(dir, 'history');
    await mkdir(hist);
    // Names against age: the newest (base[0]) sorts in the middle, so the first file read is not the preferred run.
    const names = ['b.json', 'c.json', 'a.json'];
    for (const [i, r] of base.entries()) await writeFile(path.join(hist, names[i] as string), JSON.stringify(r));
    const extra = path.join(dir, 'extra.json');
    await writeFile(extra, JSON.stringify({ ...base[1], generated_at: '2027-01-01T00:00:00Z' }));

    const whole = await readBaseReports([hist, extra]);
    const slim = await readBaseReports([hist, extra], { slim: true });
    expect(slim.reports.map((r) => r.generated_at)).toEqual(whole.reports.map((r) => r.generated_at));
    expect(slim.reports.map(isSlimReport)).toEqual([false, true, true, true]);
    expect(slim.reports[0]).toEqual(whole.reports[0]);
    expect(slim.reports[0]?.generated_at).toBe(base[0]?.generated_at);
    const { head } = sweep();
    expect(JSON.parse(JSON.stringify(compareReports(slim.reports, head)))).toEqual(
      JSON.parse(JSON.stringify(compareReports(whole.reports, head))),
    );
    // A file first: it is the preferred run, the whole folder after it slimmed.
    const fileFirst = await readBaseReports([extra, hist], { slim: true });
    expect(fileFirst.reports.map(isSlimReport)).toEqual([false, true, true, true]);
    // Without `slim` (calibrate): every report whole.
    expect(whole.reports.some(isSlimReport)).toBe(false);
  });

  it("the action's baseline history: the first loaded run whole, the later ones slimmed", async () => {
    const { base } = sweep();
    const root = await tempDir();
    const client = {
      downloadArtifact: async (id: number, o: { path: string }) => {
        await writeFile(
          path.join(o.path, 'artifact'),
          makeZip([{ name: 'report.json', data: JSON.stringify(base[id - 1]) }]),
        );
        return { downloadPath: o.path, digestMismatch: false };
      },
    } as unknown as ArtifactClient;
    const runs = [1, 2, 3].map((runId) => ({
      runId,
      headSha: 'a',
      artifactId: runId,
      artifactName: 'r',
      digest: null,
    }));
    const h = await downloadBaselineHistory(client, runs, {
      dirFor: (id) => path.join(root, String(id)),
      findByFor: () => ({}) as never,
    });
    expect(h.skipped).toEqual([]);
    expect(h.loaded.map((l) => [l.run.runId, isSlimReport(l.report)])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
    expect(h.loaded[0]?.report).toEqual(base[0]);
    expect(h.loaded[2]?.report.generated_at).toBe(base[2]?.generated_at);
  });
});
