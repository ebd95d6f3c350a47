/** The step's outputs, by name as in action.yml. */
import path from 'node:path';
import type { ActionContext } from '../io/github/context.js';
import { setOutputs } from '../io/github/summary.js';
import type { WrittenPaths } from '../io/outputs.js';
import type { PipelineOutcome } from '../pipeline.js';
import { rel } from './paths.js';

export const OUTPUT_NAMES = {
  reportPath: 'report-path',
  comparePath: 'compare-path',
  status: 'status',
  verdict: 'verdict',
  criticalCount: 'critical-count',
  warningCount: 'warning-count',
  commentUrl: 'comment-url',
  artifactId: 'artifact-id',
  checkRunId: 'check-run-id',
} as const;

export function writeStepOutputs(
  ctx: ActionContext,
  outDir: string,
  outcome: PipelineOutcome,
  written: WrittenPaths,
  published: { commentUrl: string; artifactId: number | null; checkRunId: number | null },
): void {
  const { commentUrl, artifactId, checkRunId } = published;
  const { decision } = outcome;
  setOutputs({
    [OUTPUT_NAMES.reportPath]: rel(ctx, written.reportPath ?? path.join(outDir, 'report.json')),
    [OUTPUT_NAMES.comparePath]: written.comparePath ? rel(ctx, written.comparePath) : '',
    [OUTPUT_NAMES.status]: decision.failed ? 'fail' : 'pass',
    [OUTPUT_NAMES.verdict]: outcome.verdict,
    [OUTPUT_NAMES.criticalCount]: String(decision.counts.critical),
    [OUTPUT_NAMES.warningCount]: String(decision.counts.warning),
    [OUTPUT_NAMES.commentUrl]: commentUrl,
    [OUTPUT_NAMES.artifactId]: artifactId === null ? '' : String(artifactId),
    [OUTPUT_NAMES.checkRunId]: checkRunId === null ? '' : String(checkRunId),
  });
}
