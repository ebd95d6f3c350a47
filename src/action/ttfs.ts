/**
 * The TTFS event (schemas/inferguard-ttfs-event-v1.schema.json), built in one place for both ends
 * of a run: a run that reached a signal (the job summary or the comment) and a run that failed
 * before one.
 */
import path from 'node:path';
import { buildTtfsEvent, type TtfsPhase } from '../core/ttfs.js';
import type { ActionInputs } from '../inputs.js';
import { nameToUuid, type ActionContext } from '../io/github/context.js';
import { TTFS_FILE, writeTtfsEvent } from '../io/github/records.js';
import { INFERGUARD_VERSION } from '../version.js';
import type { RunDeps } from './deps.js';

/** How the run ended, as far as the TTFS record is concerned. */
export interface TtfsEnd {
  /** When the first signal was written, and which; null when none was. */
  signal: { atMs: number; kind: 'summary' | 'comment' } | null;
  /** Why there was no signal (one line and the phase), or null. */
  error: { message: string; phase: TtfsPhase } | null;
  outcome: 'failed' | 'succeeded';
  metadata?: Record<string, unknown>;
}

/** The stable ids of this job and run (UUIDs derived from the repository, run, attempt and job). */
function ttfsIds(ctx: ActionContext): {
  repository: string;
  jobId: string;
  runId: string | null;
  correlationId: string | null;
} {
  const runKey = `${ctx.repository}/${ctx.runId ?? 'local'}`;
  return {
    repository: ctx.repository,
    jobId: nameToUuid(`${runKey}/${ctx.runAttempt}/${ctx.job}`),
    runId: ctx.runId !== null ? nameToUuid(runKey) : null,
    correlationId: ctx.runId !== null ? `${ctx.runId}/${ctx.runAttempt}/${ctx.job}` : null,
  };
}

/** Builds the run's TTFS event and writes it to `<outDir>/ttfs.json` (schema-validated). */
export async function recordTtfs(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: RunDeps,
  outDir: string,
  end: TtfsEnd,
): Promise<void> {
  const event = buildTtfsEvent({
    ...ttfsIds(ctx),
    startedAtMs: deps.startedAtMs,
    signalAtMs: end.signal?.atMs ?? null,
    nowMs: end.signal?.atMs ?? deps.now(),
    signal: end.signal?.kind ?? null,
    sloTargetMs: inputs.ttfsSloMs,
    release: INFERGUARD_VERSION,
    error: end.error,
    offline: !inputs.githubToken,
    outcome: end.outcome,
    ...(end.metadata ? { metadata: end.metadata } : {}),
  });
  await writeTtfsEvent(path.join(outDir, TTFS_FILE), event);
}
