/** `artifact-pattern`: downloads the matching artifacts of this (or `artifact-run-id`'s) run into the results folder. */
import { UsageError } from '../core/types.js';
import type { ActionInputs } from '../inputs.js';
import { downloadArtifacts, type FindBy } from '../io/github/artifacts.js';
import type { ActionContext } from '../io/github/context.js';
import { NoReportError } from '../io/config-file.js';
import { log } from '../io/log.js';
import type { GitHubAccess } from './deps.js';
import { rel } from './paths.js';

export async function fetchResultArtifacts(
  inputs: ActionInputs,
  ctx: ActionContext,
  gh: GitHubAccess,
  resultsDir: string,
): Promise<void> {
  let findBy: FindBy | null = null;
  if (inputs.artifactRunId !== null) {
    findBy = gh.findByFor(inputs.artifactRunId);
    if (!findBy)
      throw new UsageError(
        `'artifact-run-id' needs 'github-token' (with actions: read) and GITHUB_REPOSITORY, got no token`,
      );
  } else if (!ctx.hasArtifactRuntime) {
    throw new UsageError(
      `'artifact-pattern' needs the Actions artifact runtime (run the action as a workflow step), got none`,
    );
  }
  const startedAt = Date.now();
  const got = await downloadArtifacts(gh.artifacts(), {
    patterns: inputs.artifactPatterns,
    destDir: resultsDir,
    findBy,
    concurrency: inputs.downloadConcurrency,
    limits: inputs.artifactLimits,
  });
  log.info(
    `Downloaded ${got.length} artifact(s) matching ${inputs.artifactPatterns.join(', ')} into ${rel(ctx, resultsDir)} in ${((Date.now() - startedAt) / 1000).toFixed(2)} s (${inputs.downloadConcurrency} at a time)`,
  );
  if (got.length === 0) throw new NoReportError(`no artifact matches '${inputs.artifactPatterns.join(', ')}'`);
}
