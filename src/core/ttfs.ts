/**
 * Time to first signal (schemas/inferguard-ttfs-event-v1.schema.json): how long the action took from its start to the first signal a
 * person can see (the job summary, or the PR comment when that comes first). Pure: the caller
 * passes the clock readings, ids and the release; this module only builds the event object that
 * `schemas/inferguard-ttfs-event-v1.schema.json` describes (the seed schema, unchanged).
 */
export const TTFS_CONTRACT = 'inferguard-ttfs-event/v1';
export const TTFS_SCHEMA_VERSION = 'v1.0';

export type TtfsEventType = 'signal.rendered' | 'signal.timeout' | 'signal.error';
export type TtfsPhase = 'resolve' | 'fetch' | 'restore' | 'analyze' | 'policy' | 'report' | 'unknown';

/** Error codes we emit (error_code is a free string in the schema). */
export const TTFS_ERROR_CODES = {
  /** The first signal came, but later than the objective. Same spelling as the seed's example. */
  timeout: 'TTFS_TIMEOUT_EXCEEDED',
  /** The run failed before any signal was rendered. */
  failed: 'TTFS_RUN_FAILED',
} as const;

export interface TtfsEvent {
  schema_version: string;
  event_type: TtfsEventType;
  timestamp: string;
  tenant_id: string;
  job_id: string;
  run_id?: string | null;
  correlation_id?: string | null;
  surface: 'ci';
  ttfs_ms: number;
  cache_hit?: boolean;
  signal_source?: 'snapshot' | 'cold_start' | 'failure_index' | null;
  kind?: 'failed' | 'succeeded' | 'unavailable' | null;
  phase?: TtfsPhase | null;
  device?: string | null;
  release?: string | null;
  error_code?: string | null;
  error_message?: string | null;
  slo_target_ms?: number | null;
  slo_breach?: boolean;
  is_offline_mode?: boolean;
  metadata?: Record<string, unknown>;
}

export interface TtfsInput {
  /** Epoch ms when the action started. */
  startedAtMs: number;
  /** Epoch ms when the first signal was rendered, or null when none was. */
  signalAtMs: number | null;
  /** Epoch ms of the event itself (= signalAtMs, or the failure time). */
  nowMs: number;
  /** What the signal was: 'summary' or 'comment'. */
  signal: 'summary' | 'comment' | null;
  /** Objective in ms (input `ttfs-slo-ms`). */
  sloTargetMs: number;
  /** Owner/repo: the tenant. */
  repository: string;
  /** UUIDs (the caller derives them; see io/github/context.ts). */
  jobId: string;
  runId: string | null;
  /** Free-form correlation, e.g. "<run id>/<attempt>/<job>". */
  correlationId: string | null;
  release: string;
  /** Set when the run failed before a signal: one line. */
  error?: { message: string; phase: TtfsPhase } | null;
  /** True when no GitHub API or artifact service was used (no token). */
  offline: boolean;
  /** Run verdict at signal time: failed when the step is going to fail. */
  outcome: 'succeeded' | 'failed' | null;
  metadata?: Record<string, unknown>;
}

/**
 * Builds one TTFS event. Rules:
 * - a signal rendered within `sloTargetMs` → `signal.rendered`, slo_breach false;
 * - rendered later than the objective → `signal.timeout` with error_code TTFS_TIMEOUT_EXCEEDED,
 *   slo_breach true (the seed's timeout example has the same shape);
 * - no signal because the run failed → `signal.error` with error_code TTFS_RUN_FAILED; slo_breach
 *   true when the failure itself came after the objective.
 * ttfs_ms is a non-negative integer (clock skew below zero is clamped to 0).
 */
export function buildTtfsEvent(input: TtfsInput): TtfsEvent {
  const endMs = input.signalAtMs ?? input.nowMs;
  const ttfsMs = Math.max(0, Math.round(endMs - input.startedAtMs));
  const breach = ttfsMs > input.sloTargetMs;
  const base = {
    schema_version: TTFS_SCHEMA_VERSION,
    timestamp: new Date(input.nowMs).toISOString(),
    tenant_id: input.repository || 'unknown',
    job_id: input.jobId,
    run_id: input.runId,
    correlation_id: input.correlationId,
    surface: 'ci' as const,
    ttfs_ms: ttfsMs,
    cache_hit: false,
    signal_source: 'cold_start' as const,
    device: 'github-actions',
    release: input.release,
    slo_target_ms: input.sloTargetMs,
    slo_breach: breach,
    is_offline_mode: input.offline,
    metadata: { signal: input.signal, ...(input.metadata ?? {}) },
  };
  if (input.signalAtMs === null) {
    return {
      ...base,
      event_type: 'signal.error',
      kind: 'failed',
      phase: input.error?.phase ?? 'unknown',
      error_code: TTFS_ERROR_CODES.failed,
      error_message: input.error?.message ?? 'no signal was rendered',
    };
  }
  return {
    ...base,
    event_type: breach ? 'signal.timeout' : 'signal.rendered',
    kind: input.outcome,
    phase: 'report',
    ...(breach
      ? {
          error_code: TTFS_ERROR_CODES.timeout,
          error_message: `first signal after ${ttfsMs} ms, objective ${input.sloTargetMs} ms`,
        }
      : {}),
  };
}
