/**
 * Another run's report artifact (the triggering run in comment mode): looked up by name,
 * downloaded within the artifact limits, read as untrusted (size, depth, contract), with the PR
 * context that run recorded next to it.
 */
import path from 'node:path';
import { downloadOne, toArtifactError, type FindBy } from '../io/github/artifacts.js';
import { loadReportFile } from '../io/github/baseline.js';
import { PR_CONTEXT_FILE, readPrContext, type PrContext } from '../io/github/records.js';
import { NoReportError } from '../io/config-file.js';
import type { Report } from '../core/types.js';
import type { GitHubAccess } from './deps.js';
import type { ActionInputs } from '../inputs.js';

export interface RunReport {
  report: Report;
  /** The PR context the run wrote (untrusted: confirm it through the API before use). */
  prContext: PrContext | null;
}

/** Downloads run `runId`'s report artifact into `dir` and reads it. Throws when there is none. */
export async function readRunReport(
  inputs: ActionInputs,
  gh: GitHubAccess,
  findBy: FindBy,
  runId: number,
  dir: string,
): Promise<RunReport> {
  let listed;
  try {
    listed = await gh.artifacts().getArtifact(inputs.reportArtifact, { findBy });
  } catch (e) {
    throw toArtifactError(`lookup of '${inputs.reportArtifact}' in run ${runId}`, e);
  }
  await downloadOne(gh.artifacts(), listed.artifact, dir, findBy, inputs.artifactLimits);
  const load = await loadReportFile(path.join(dir, 'report.json'), `run ${runId}`);
  if (!load.ok) throw new NoReportError(load.reason);
  return { report: load.report, prContext: await readPrContext(path.join(dir, PR_CONTEXT_FILE)) };
}
