/**
 * Job summary, outputs and annotations: the three things written even when GitHub writes fail.
 */
import * as core from '@actions/core';
import { log } from '../log.js';
import type { Finding } from '../../core/types.js';

/** GitHub shows at most 1 MiB per step summary; keep a margin for the truncation note. */
export const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 4096;
/** Workflow-command annotations shown per step: 10 errors and 10 warnings (docs/ACTION.md). */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Cuts `md` to the summary budget at a line boundary, with a note. */
export function fitSummary(md: string, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  if (Buffer.byteLength(md, 'utf8') <= budgetBytes) return md;
  const note =
    '\n\n_Summary truncated to fit the 1 MiB job-summary limit; the full report is in the report artifact._\n';
  let cut = Buffer.from(md, 'utf8')
    .subarray(0, budgetBytes - Buffer.byteLength(note))
    .toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return `${cut}${note}`;
}

/** Appends `md` to the job summary (GITHUB_STEP_SUMMARY). */
export async function writeJobSummary(md: string): Promise<void> {
  await core.summary.addRaw(fitSummary(md), true).write();
}

/** Sets outputs in name order, so the output file is the same for the same values. */
export function setOutputs(outputs: Record<string, string>): void {
  for (const name of Object.keys(outputs).sort()) core.setOutput(name, outputs[name] ?? '');
}

export interface AnnotationCounts {
  error: number;
  warning: number;
  notice: number;
  omitted: number;
}

function fileOf(f: Finding): string | undefined {
  const e = f.evidence as { file?: unknown; files?: unknown };
  if (typeof e.file === 'string' && e.file !== '') return e.file;
  if (Array.isArray(e.files) && typeof e.files[0] === 'string') return e.files[0];
  return undefined;
}

/**
 * Findings as annotations: critical → error (warning when `fails` says it does not fail the
 * step), warning → warning, info → notice, at most
 * `perLevel` of each (in report order: the most severe and first cells first), then one notice
 * saying how many were left out. `fileRoot` is the results path relative to the workspace, so
 * the annotation points at the artifact file.
 */
export function emitAnnotations(
  findings: readonly Finding[],
  fileRoot: string,
  perLevel = ANNOTATIONS_PER_LEVEL,
  fails: (f: Finding) => boolean = () => true,
): AnnotationCounts {
  const counts: AnnotationCounts = { error: 0, warning: 0, notice: 0, omitted: 0 };
  const root = fileRoot === '.' || fileRoot === '' ? '' : `${fileRoot.replace(/\/+$/, '')}/`;
  for (const f of findings) {
    // An error annotation only for a finding that fails the step; a critical one that does not
    // (a behaviour finding not listed in fail-on-findings) is a warning, so the two never disagree.
    const level =
      f.severity === 'critical' ? (fails(f) ? 'error' : 'warning') : f.severity === 'warning' ? 'warning' : 'notice';
    if (counts[level] >= perLevel) {
      counts.omitted++;
      continue;
    }
    counts[level]++;
    const file = fileOf(f);
    const props = { title: `inferguard: ${f.code}`, ...(file ? { file: `${root}${file}` } : {}) };
    if (level === 'error') log.error(f.message, props);
    else if (level === 'warning') log.warning(f.message, props);
    else log.notice(f.message, props);
  }
  if (counts.omitted > 0)
    log.notice(`${counts.omitted} more finding(s) are not annotated; see the job summary and report.json.`);
  return counts;
}
