/**
 * A small builder of inferguard-analyze/v1 reports for compare and comment tests (no source
 * adapters involved). Every default is a plain number chosen for easy hand arithmetic.
 */
import { sketchSorted } from '../../src/core/stats.js';
import type { Cell, CostBlock, Finding, Report, SampleSketch, Severity } from '../../src/core/types.js';

export type CellOver = Partial<Omit<Cell, 'completion'>> & { completion?: Partial<Cell['completion']> };

/** One complete single-node cell: h200 / vllm / fp8, 1024/1024, concurrency 8, tp 8 (8 GPUs). */
export function makeCell(over: CellOver = {}): Cell {
  const { completion, metrics, topology, ...rest } = over;
  const concurrency: number = typeof over.concurrency === 'number' ? over.concurrency : 8;
  return {
    cell_id: `bmk_c${concurrency}`,
    source_format: 'inferencex-static',
    hardware: 'h200',
    model: 'org/model-a',
    framework: 'vllm',
    precision: 'fp8',
    scenario_type: null,
    is_multinode: false,
    recipe_name: null,
    isl: 1024,
    osl: 1024,
    concurrency,
    topology: { tp: 8, pp: 1, ep: 1, dp_attention: false, spec_decoding: 'none', gpus: 8, ...(topology ?? {}) },
    artifacts: { aggregate: `bmk_c${concurrency}/agg.json` },
    completion: {
      num_requests_total: 100,
      num_requests_successful: 100,
      success_rate: 1,
      status: 'complete',
      counts_source: `bmk_c${concurrency}/agg.json`,
      counts_basis: 'completed / num_prompts',
      sessions_total: null,
      sessions_completed: null,
      ...(completion ?? {}),
    },
    metrics: { tput_per_gpu: 1000, p50_ttft: 0.5, p99_ttft: 1.0, p50_tpot: 0.02, p99_tpot: 0.04, ...(metrics ?? {}) },
    findings: [],
    ...rest,
  };
}

export function makeCost(over: Partial<CostBlock> = {}): CostBlock {
  return {
    schema_version: 'inferguard-cost/v1',
    currency: 'USD',
    duration_seconds: 600,
    gpus: 8,
    gpu_hours: 8 * (600 / 3600),
    gpu_hour_cost: 3,
    compute_cost: 4,
    completed_sessions: null,
    completed_requests: 100,
    completion_basis: 'request-based',
    cost_per_completed_session: null,
    cost_per_completed_request: 0.04,
    cost_per_million_input_tokens: 1,
    cost_per_million_output_tokens: 2,
    ...over,
  };
}

export function makeFinding(
  code: Finding['code'],
  severity: Severity,
  cellId: string | null,
  message: string,
  evidence: Record<string, unknown> = {},
): Finding {
  return { code, severity, message, cell_id: cellId, evidence };
}

/** A report around `cells`; run_summary counts follow the cells' completion status. */
export function makeReport(cells: Cell[], over: Partial<Report> = {}): Report {
  const findings = [...cells.flatMap((c) => c.findings), ...(over.findings ?? [])];
  const bySev: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  for (const f of findings) bySev[f.severity]++;
  const failed = cells.filter((c) => c.completion.status === 'failed').length;
  const complete = cells.filter((c) => c.completion.status === 'complete').length;
  const status =
    cells.length === 0
      ? 'unknown'
      : failed === cells.length
        ? 'failed'
        : complete === cells.length
          ? 'complete'
          : 'partial';
  const { run_summary, ...rest } = over;
  return {
    schema_version: 'inferguard-analyze/v1',
    generated_at: '2025-01-01T00:00:00Z',
    input_root: 'results',
    analyzer: {
      inferguard_version: '0.1.0',
      capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
    },
    run_summary: {
      status,
      total_cells: cells.length,
      successful_cells: complete,
      failed_cells: failed,
      missing_artifacts: [],
      findings_by_severity: bySev,
      ...(run_summary ?? {}),
    },
    cells,
    artifact_manifest: [],
    ...rest,
    findings,
  };
}

/** Standard normal deviate from a uniform PRNG (Box-Muller). */
export function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** n lognormal samples (median `median`, log-sd `sigma`), each multiplied by `scale`, as a sketch. */
export function lognormalSketch(
  random: () => number,
  n: number,
  median: number,
  sigma: number,
  scale = 1,
): SampleSketch {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = median * Math.exp(sigma * normal(random)) * scale;
  xs.sort();
  return sketchSorted(xs);
}

/** A sketch holding exactly `values` (sorted copy). */
export function sketchOf(values: number[]): SampleSketch {
  const xs = [...values].sort((a, b) => a - b);
  return { n: xs.length, values: xs };
}
