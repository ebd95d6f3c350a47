/** The report artifact: report.json, report.md, report.html, compare.json, comment.md, ttfs.json (and the PR context). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import type { ActionInputs } from '../inputs.js';
import { toArtifactError, uploadArtifact } from '../io/github/artifacts.js';
import type { ActionContext } from '../io/github/context.js';
import { PR_CONTEXT_FILE, TTFS_FILE } from '../io/github/records.js';
import { log } from '../io/log.js';
import { mkdirs } from '../io/mkdirs.js';
import { REPORT_HTML_FILE } from '../io/report-html.js';

/** The artifact name this mode uploads under (comment mode must not collide with the analyzing run's). */
export function uploadName(inputs: ActionInputs): string {
  return inputs.mode === 'analyze' || inputs.mode === 'merge'
    ? inputs.reportArtifact
    : `${inputs.reportArtifact}-${inputs.mode}`;
}

/** Uploads what this run wrote; returns the artifact id, or null (with a warning) when it could not. */
export async function uploadReport(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  comparePath: string | null,
  artifacts: () => ArtifactClient,
): Promise<number | null> {
  if (!ctx.hasArtifactRuntime) {
    log.info('report artifact not uploaded: no Actions artifact runtime (local run)');
    return null;
  }
  const names = [
    'report.json',
    'report.md',
    REPORT_HTML_FILE,
    'comment.md',
    TTFS_FILE,
    ...(comparePath ? ['compare.json'] : []),
  ];
  if ((inputs.mode === 'analyze' || inputs.mode === 'merge') && ctx.pullRequest) names.push(PR_CONTEXT_FILE);
  const files: string[] = [];
  for (const n of names.sort()) {
    const p = path.join(outDir, n);
    try {
      await readFile(p);
      files.push(p);
    } catch {
      // not written in this mode
    }
  }
  const name = uploadName(inputs);
  try {
    await mkdirs(outDir);
    const res = await uploadArtifact(artifacts(), { name, files, rootDir: outDir });
    log.info(`uploaded artifact '${name}' (id ${res.id ?? '?'})`);
    return res.id;
  } catch (e) {
    const err = toArtifactError(`upload of '${name}'`, e);
    if (err.status === 409)
      log.warning(`report artifact not uploaded: '${name}' already exists in this run (a re-run?): ${err.message}`);
    else log.warning(`report artifact not uploaded: ${err.message}`);
    return null;
  }
}
