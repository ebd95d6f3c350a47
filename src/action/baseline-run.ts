/** `baseline: <run id>`: that run's report artifact, or a UsageError saying why not. */
import { UsageError } from '../core/types.js';
import type { ActionInputs } from '../inputs.js';
import { toArtifactError } from '../io/github/artifacts.js';
import { downloadBaselineReport } from '../io/github/baseline.js';
import type { BaselineResult } from './baseline.js';
import type { GitHubAccess } from './deps.js';

export async function loadBaselineRun(
  inputs: ActionInputs,
  runId: number,
  dir: string,
  { findByFor, artifacts }: GitHubAccess,
): Promise<BaselineResult> {
  const findBy = findByFor(runId);
  if (!findBy) throw new UsageError(`'baseline' ${runId} needs 'github-token' (actions: read), got no token`);
  let listed;
  try {
    listed = await artifacts().getArtifact(inputs.reportArtifact, { findBy });
  } catch (e) {
    throw toArtifactError(`lookup of baseline '${inputs.reportArtifact}' in run ${runId}`, e);
  }
  const load = await downloadBaselineReport(
    artifacts(),
    {
      runId,
      headSha: '',
      artifactId: listed.artifact.id,
      artifactName: listed.artifact.name,
      digest: listed.artifact.digest ?? null,
    },
    { dir, findBy, limits: inputs.artifactLimits },
  );
  if (!load.ok) throw new UsageError(`'baseline' ${load.reason}`);
  return { ...load, runId, source: `run ${runId}` };
}
