/**
 * The baseline of a run, by the `baseline` input: `none`, a report path, a workflow run id, or
 * `auto` (the base branch's recent runs, src/action/baseline-history.ts). Answers the pipeline's
 * baseline step with a report (or history) and the note the comment's verdict line shows.
 */
import path from 'node:path';
import { UsageError, type Report } from '../core/types.js';
import { loadReportFile, type ReportLoad } from '../io/github/baseline.js';
import { log } from '../io/log.js';
import type { BaselineAnswer } from '../pipeline.js';
import { findBaselineHistory } from './baseline-history.js';
import { loadBaselineRun } from './baseline-run.js';
import type { HeadContext, HeadEnv } from './head-context.js';
import { scratchDir } from './paths.js';

export type BaselineResult =
  | (ReportLoad & {
      ok: true;
      runId: number | null;
      source: string;
      history?: Report[];
      /** Commit SHAs of the base runs, aligned with `history` (or the one report), when known. */
      shas?: (string | null)[];
    })
  | { ok: false; reason: string };

/** The comment's verdict-line note for a baseline result (also logged). */
export function answerBaseline(b: BaselineResult): BaselineAnswer {
  // `source` says where the base came from: "run 12", a path, the history note (artifacts, the
  // durable history branch, what was skipped).
  const note = b.ok ? b.source : b.reason;
  log.info(b.ok ? `baseline: ${note}` : `no baseline: ${note}`);
  return { report: b.ok ? (b.history ?? b.report) : null, note };
}

export async function resolveBaseline(env: HeadEnv, head: HeadContext): Promise<BaselineResult> {
  const { inputs, ctx, outDir, gh } = env;
  const spec = inputs.baseline;
  if (spec.kind === 'none') return { ok: false, reason: "'baseline' is none" };
  if (spec.kind === 'path') {
    const load = await loadReportFile(path.resolve(ctx.workspace, spec.path), spec.path);
    if (!load.ok) throw new UsageError(`'baseline' ${load.reason}`);
    return { ...load, runId: null, source: spec.path };
  }
  const runDir = (id: number): string => scratchDir(ctx, outDir, `baseline-${id}`);
  if (spec.kind === 'run') return loadBaselineRun(inputs, spec.runId, runDir(spec.runId), gh);
  return findBaselineHistory(inputs, ctx, head, gh, runDir);
}
