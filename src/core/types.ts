/**
 * Core data types. Types written out as JSON mirror their schema in `schemas/` field for field
 * (see inferguard-analyze-v1.schema.json); extra fields live only where the contract allows
 * additional properties.
 */
import type { GatesBlock } from './gates/types.js';
import type { TimelineSamples } from './timeline/timeline-samples.js';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The inferguard-analyze/v1 finding-code enum, spelled exactly as in the schema. */
export const FINDING_CODES = [
  'missing_required_artifact',
  'invalid_run_no_successful_requests',
  'partial_run',
  'metrics_unavailable',
  'ttft_cliff',
  'tpot_degradation',
  'throughput_plateau',
  'kv_pressure',
  'kv_offload_thrash',
  'prefix_cache_regression',
  'prefill_decode_imbalance',
  'kv_transfer_stall',
  'kv_transfer_errors_present',
  'endpoint_unreachable',
  'engine_unidentified',
  'eval_regression',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const SOURCE_FORMATS = [
  'inferencex-static',
  'inferencex-srt-slurm',
  'agentx-trace-replay',
  'inferguard-bench-native',
  'eval',
  'mixed',
  'unknown',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One sentence with the numbers. */
  message: string;
  cell_id: string | null;
  /** The values, the threshold and its name, the files (relative POSIX paths). */
  evidence: Record<string, unknown>;
}

export type MetricValue = number | string | boolean | null;
export type Metrics = Record<string, MetricValue>;

export const COMPLETION_STATUSES = ['complete', 'partial', 'failed', 'unknown'] as const;
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

export interface Completion {
  num_requests_total: number | null;
  num_requests_successful: number | null;
  success_rate: number | null;
  status: CompletionStatus;
  /** Where the counts come from (relative file path), null when unknown. */
  counts_source: string | null;
  /** How the counts were derived, e.g. "raw completed / num_prompts". */
  counts_basis: string | null;
  sessions_total: number | null;
  sessions_completed: number | null;
}

/** Identity fields of a cell (docs/ARCHITECTURE.md). */
export interface Identity {
  hardware: string | null;
  model: string | null;
  framework: string | null;
  precision: string | null;
  scenario_type: string | null;
  is_multinode: boolean | null;
  recipe_name: string | null;
  isl: number | null;
  osl: number | null;
  concurrency: number | null;
}

export const IDENTITY_FIELDS = [
  'hardware',
  'model',
  'framework',
  'precision',
  'scenario_type',
  'is_multinode',
  'recipe_name',
  'isl',
  'osl',
  'concurrency',
] as const satisfies readonly (keyof Identity)[];

export type Topology = Record<string, string | number | boolean | null | number[] | string[]>;

/** Artifact role -> relative path(s). */
export type CellArtifacts = Record<string, string | string[] | null>;

/**
 * Per-request samples of one cell, kept as a deterministic quantile sketch: at most
 * SAMPLE_SKETCH_SIZE evenly spaced order statistics of the sorted values (all values when fewer),
 * plus the true sample count. Seconds for latencies.
 */
export interface SampleSketch {
  n: number;
  /** Sorted ascending. */
  values: number[];
}
export type CellSamples = Partial<Record<'ttft_s' | 'tpot_s' | 'itl_s' | 'e2el_s', SampleSketch>>;

/** One parsed timeline line; transient: the reader folds it into TimelineSamples and drops it. */
export interface TimelineSample {
  /** Epoch seconds. */
  observed_at: number;
  sequence: number | null;
  line: number;
  /** The embedded disagg-status/v1 object. */
  status: Record<string, unknown>;
}

/** A live timeline attached to a cell (before rules derive findings). */
export interface TimelineData {
  file: string;
  /** Compact, time-ordered columns of what the rules and the timeline block read. */
  samples: TimelineSamples;
  /** Counts of live codes that are not analyze findings (e.g. connector_mismatch). */
  non_report_codes?: Record<string, number>;
}

/**
 * What one adapter learned about one cell from one group of files. The pipeline merges fragments
 * with the same identity (copies of one cell across artifacts) into one Cell.
 */
export interface CellFragment {
  source_format: SourceFormat;
  /** e.g. "aiperf-v3" for current AgentX, "agentx-v0.1"; kept on the cell as `source_variant`. */
  source_variant?: string | null;
  /** Explicit id from the artifact (`cell_id`, `recipe_name`, `name`), else null. */
  explicit_id: string | null;
  /** Directory (POSIX, relative to the results root, "" for the root) the cell's main file sits in. */
  dir: string;
  identity: Identity;
  topology: Topology;
  artifacts: CellArtifacts;
  counts: {
    total: number | null;
    successful: number | null;
    sessions_total: number | null;
    sessions_completed: number | null;
    source: string | null;
    basis: string | null;
  };
  metrics: Metrics;
  /** Every file that fed this fragment (relative POSIX paths). */
  files: string[];
  /** Findings about this cell (cell_id is filled in once the id is known). */
  findings: Finding[];
  samples?: CellSamples;
  timeline?: TimelineData;
  /** Format-specific extra properties copied onto the cell (allowed by the contract). */
  extras?: Record<string, unknown>;
}

export interface CostBlock {
  schema_version: 'inferguard-cost/v1';
  currency: string;
  duration_seconds: number | null;
  gpus: number | null;
  gpu_hours: number | null;
  gpu_hour_cost: number | null;
  compute_cost: number | null;
  completed_sessions: number | null;
  completed_requests: number | null;
  completion_basis: 'session-based' | 'request-based';
  cost_per_completed_session: number | null;
  cost_per_completed_request: number | null;
  cost_per_million_input_tokens: number | null;
  cost_per_million_output_tokens: number | null;
  [extra: string]: unknown;
}

/**
 * Where a cell's run ran, as far as its files say (all strings or null, keys sorted). Describes
 * the cell, never part of its identity: compare reports a change of it (core/compare/environment.ts).
 */
export interface CellEnvironment {
  /** The runner's cluster or pool (InferenceX `h200-cw_00` → `cw`). */
  cluster: string | null;
  /** The machine's host name. */
  host: string | null;
  /** The engine's container image. */
  image: string | null;
  /** The concrete runner or node (InferenceX `h200-cw_00`). */
  runner: string | null;
}

export interface Cell extends Identity {
  cell_id: string;
  source_format: SourceFormat;
  source_variant?: string | null;
  topology: Topology;
  artifacts: CellArtifacts;
  completion: Completion;
  metrics: Metrics;
  timeline?: Record<string, unknown>;
  cost?: CostBlock;
  findings: Finding[];
  samples?: CellSamples;
  /** Where the run ran (runner, cluster, host, image); absent when the files do not say. */
  environment?: CellEnvironment;
  /** Raw timeline data; stripped before the report is written. */
  timelineData?: TimelineData;
  [extra: string]: unknown;
}

export interface ArtifactEntry {
  path: string;
  kind: string;
  cell_id: string | null;
  required: boolean;
  present: boolean;
  [extra: string]: unknown;
}

export interface RunSummary {
  status: CompletionStatus;
  total_cells: number;
  successful_cells: number;
  failed_cells: number;
  missing_artifacts: string[];
  cost?: CostBlock;
  findings_by_severity: Record<Severity, number>;
  [extra: string]: unknown;
}

/**
 * One load point of a `cross_run` family's curve, as core/curve/curve.ts writes it. Fields a
 * report read from a file may lack are optional: io/untrusted-report.ts checks the shape
 * (numbers or null, a string or null cell id) before any renderer reads it.
 */
export interface CrossRunPoint {
  cell_id?: string | null;
  concurrency?: number | null;
  tput_per_gpu?: number | null;
  total_tput_tps?: number | null;
  output_tput_tps?: number | null;
  p99_ttft_s?: number | null;
  p99_tpot_s?: number | null;
  success_rate?: number | null;
  /** The cell's completion status (a CompletionStatus as analyze writes it; any string read from a file). */
  completion_status?: string;
  /**
   * Without p99 the curve rules used p95 (else p90): the statistic and its value, in seconds.
   * Analyze writes 'p95' or 'p90'; a report read from a file is only checked to hold a string.
   */
  ttft_tail_stat?: string;
  ttft_tail_s?: number;
  tpot_tail_stat?: string;
  tpot_tail_s?: number;
  /** Present when an SLO is configured: every configured SLO met (null: unknown). */
  slo_compliant?: boolean | null;
  [extra: string]: unknown;
}

/** A curve finding of a `cross_run` family (the finding's code, severity, cell and message). */
export interface CrossRunFinding {
  code: string;
  severity: string;
  cell_id: string | null;
  message: string;
  [extra: string]: unknown;
}

/** One family of the `cross_run` block (core/curve/curve.ts buildCrossRun). */
export interface CrossRunFamily {
  key?: string | null;
  label?: string | null;
  points: number;
  usable_points?: number;
  curve_rules_applied?: boolean;
  curve: CrossRunPoint[];
  findings: CrossRunFinding[];
  /** The highest concurrency before the first TTFT cliff; null when there is no cliff. */
  knee?: {
    concurrency?: number | null;
    cell_id?: string | null;
    basis?: string | null;
    [extra: string]: unknown;
  } | null;
  /** Present when an SLO is configured: the best SLO-compliant point. */
  goodput?: {
    slo_ttft_p99_s?: number | null;
    slo_tpot_p99_s?: number | null;
    max_compliant_concurrency?: number | null;
    cell_id?: string | null;
    tput_per_gpu?: number | null;
    compliant_points?: number;
    points?: number;
    [extra: string]: unknown;
  } | null;
  next_measurements: {
    concurrency: number;
    kind: string;
    cell_id: string | null;
    reason: string;
  }[];
  [extra: string]: unknown;
}

/**
 * The report's `cross_run` block: the schema leaves it open (additional properties allowed);
 * this is what its producer writes (core/curve/curve.ts buildCrossRun) and what a report read
 * from a file was checked to hold (io/untrusted-report.ts checkOpenBlocks).
 */
export interface CrossRun {
  min_family_points?: number;
  families?: CrossRunFamily[];
  [extra: string]: unknown;
}

export interface Report {
  schema_version: 'inferguard-analyze/v1';
  generated_at: string;
  input_root: string;
  analyzer: {
    inferguard_version: string;
    capabilities: { diagnosis: 'on' | 'off'; actuation: 'off'; replay: 'off'; recall: 'off' };
    [extra: string]: unknown;
  };
  run_summary: RunSummary;
  cells: Cell[];
  cross_run?: CrossRun;
  findings: Finding[];
  artifact_manifest: ArtifactEntry[];
  /**
   * This run's SLO gate results (inferguard-gates/v1, core/gates/types.ts), attached by the
   * pipeline after the gates are evaluated; a report read from a file was validated against that
   * contract (io/untrusted-report.ts). Absent when no gate applied.
   */
  gates?: GatesBlock;
  [extra: string]: unknown;
}

/** Raised for bad configuration or usage: the CLI prints one line and exits 3. */
export { UsageError } from '../errors.js';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
