/**
 * Small hand-built cells and rule contexts for rule tests. Defaults describe one static H200
 * sweep point (DeepSeek-R1 fp8 vllm tp8, 8192/1024); override what a test needs.
 */
import { unknownCounts } from '../../src/sources/types.js';
import { buildFamilies } from '../../src/core/analyze.js';
import type { RuleContext } from '../../src/core/findings/types.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../src/core/thresholds.js';
import { TimelineSamples } from '../../src/core/timeline/timeline-samples.js';
import type {
  Cell,
  CellFragment,
  CellSamples,
  Completion,
  Finding,
  Identity,
  Metrics,
  Report,
  SourceFormat,
  TimelineData,
  TimelineSample,
  Topology,
} from '../../src/core/types.js';

export interface CellOverrides extends Partial<Identity> {
  cell_id?: string;
  source_format?: SourceFormat;
  topology?: Topology;
  artifacts?: Record<string, string | string[] | null>;
  findings?: Finding[];
  samples?: CellSamples;
  timelineData?: TimelineData;
  completion?: Partial<Completion>;
  metrics?: Metrics;
}

export function makeCell(over: CellOverrides = {}): Cell {
  const { completion, metrics, ...rest } = over;
  const conc = over.concurrency === undefined ? 4 : over.concurrency;
  return {
    cell_id: `sweep/conc${conc ?? 'x'}`,
    source_format: 'inferencex-static',
    hardware: 'h200',
    model: 'deepseek-ai/DeepSeek-R1-0528',
    framework: 'vllm',
    precision: 'fp8',
    scenario_type: null,
    is_multinode: false,
    recipe_name: null,
    isl: 8192,
    osl: 1024,
    concurrency: conc,
    topology: { tp: 8, pp: 1, ep: 1, dp_attention: false, spec_decoding: 'none', gpus: 8 },
    artifacts: { aggregate: `sweep/conc${conc ?? 'x'}/agg.json` },
    findings: [],
    ...rest,
    completion: {
      num_requests_total: null,
      num_requests_successful: null,
      success_rate: null,
      status: 'unknown',
      counts_source: null,
      counts_basis: null,
      sessions_total: null,
      sessions_completed: null,
      ...completion,
    },
    metrics: { ...(metrics ?? {}) },
  };
}

/** One family: a cell per point, ids `<prefix>/conc<N>`. */
export function makeSweep(
  points: { conc: number; metrics: Metrics; completion?: Partial<Completion> }[],
  base: CellOverrides = {},
  prefix = 'sweep',
): Cell[] {
  return points.map((p) =>
    makeCell({
      ...base,
      concurrency: p.conc,
      cell_id: `${prefix}/conc${p.conc}`,
      artifacts: { aggregate: `${prefix}/conc${p.conc}/agg.json` },
      metrics: p.metrics,
      ...(p.completion ? { completion: p.completion } : {}),
    }),
  );
}

export function makeContext(
  cells: Cell[],
  over: Omit<Partial<RuleContext>, 'thresholds'> & { thresholds?: Partial<Thresholds> } = {},
): RuleContext {
  const { thresholds, ...rest } = over;
  return {
    cells,
    families: buildFamilies(cells),
    thresholds: { ...DEFAULT_THRESHOLDS, ...(thresholds ?? {}) },
    expectations: [],
    timelineFiles: [],
    costRequested: false,
    ...rest,
  };
}

export function makeBaseline(cells: Cell[]): Report {
  return {
    schema_version: 'inferguard-analyze/v1',
    generated_at: '2026-01-01T00:00:00.000Z',
    input_root: 'base',
    analyzer: {
      inferguard_version: '0.0.0',
      capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
    },
    run_summary: {
      status: 'unknown',
      total_cells: cells.length,
      successful_cells: 0,
      failed_cells: 0,
      missing_artifacts: [],
      findings_by_severity: { info: 0, warning: 0, critical: 0 },
    },
    cells,
    findings: [],
    artifact_manifest: [],
  };
}

/** A disagg-status/v1 endpoint snapshot with every field the rules read (others omitted). */
export function snap(
  role: 'prefill' | 'decode' | 'transfer',
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    endpoint: { url: `http://${role}:8000`, role, engine: 'vllm', engine_version: '0.1', connector: 'nixl' },
    scraped_at: 0,
    requests_running: 0,
    ttft_avg_seconds: null,
    kv_transfer_sent_bytes_total: null,
    kv_transfer_recv_bytes_total: null,
    kv_transfer_errors_total: null,
    scrape_error: '',
    ...over,
  };
}

/** A timeline sample at `t` epoch seconds (line = index + 1). */
export function sample(
  i: number,
  t: number,
  status: {
    prefill?: Record<string, unknown> | null;
    decode?: Record<string, unknown> | null;
    transfer?: Record<string, unknown> | null;
    findings?: unknown[];
  },
): TimelineSample {
  return {
    observed_at: t,
    sequence: i,
    line: i + 1,
    status: {
      schema_version: 'disagg-status/v1',
      prefill: null,
      decode: null,
      transfer: null,
      findings: [],
      ...status,
    },
  };
}

/** A cell owning a timeline made of `samples`. */
export function timelineCell(
  samples: TimelineSample[],
  over: CellOverrides = {},
  file = 'camp/inferguard_timeline.jsonl',
): Cell {
  return makeCell({
    cell_id: 'camp',
    concurrency: 1,
    ...over,
    timelineData: { file, samples: TimelineSamples.from(samples) },
  });
}

/** A fragment as a static adapter would emit it (identity fields overridable one by one). */
export function makeFragment(
  over: Omit<Partial<CellFragment>, 'identity'> & { identity?: Partial<Identity> } = {},
): CellFragment {
  const { identity, ...rest } = over;
  return {
    source_format: 'inferencex-static',
    explicit_id: null,
    dir: 'bmk_x',
    topology: { tp: 8, pp: 1, ep: 1, dp_attention: false, spec_decoding: 'none', gpus: 8 },
    artifacts: { aggregate: 'bmk_x/agg_x.json' },
    counts: unknownCounts(),
    metrics: {},
    files: ['bmk_x/agg_x.json'],
    findings: [],
    ...rest,
    identity: {
      hardware: 'h200',
      model: 'deepseek-ai/DeepSeek-R1-0528',
      framework: 'vllm',
      precision: 'fp8',
      scenario_type: null,
      is_multinode: false,
      recipe_name: null,
      isl: 8192,
      osl: 1024,
      concurrency: 4,
      ...identity,
    },
  };
}
