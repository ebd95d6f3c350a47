/**
 * Writing a pipeline outcome: report.json, report.md, compare.json and comment.md into the output
 * dir, each validated (JSON) and atomic. A write failure is one NoReportError naming the file.
 */
import path from 'node:path';
import { REPORT_DIFF_SCHEMA_VERSION, type ReportDiff } from '../core/compare/types.js';
import type { Report } from '../core/types.js';
import { NoReportError } from './config-file.js';
import { assertContract } from '../schemas/validate.js';
import { toJsonParts, writeFileAtomic } from './write.js';

export interface OutputDocuments {
  report: Report;
  markdown: string;
  diff: ReportDiff | null;
  comment: string | null;
  /**
   * True when the pipeline already checked `diff` against its contract in this process (only its
   * gates block, checked on its own and left open by the diff schema, was attached after): it is
   * not validated a second time (~50 ms on a 2,000-cell compare.json).
   */
  diffValidated?: boolean;
}

/** Which documents an entry point writes: the report as json/md/both (or none), compare, comment. */
export interface OutputSelection {
  report: 'json' | 'md' | 'both' | 'none';
  compare: boolean;
  comment: boolean;
}

export interface WrittenPaths {
  reportPath: string | null;
  markdownPath: string | null;
  comparePath: string | null;
  commentPath: string | null;
}

/** POSIX path of `p` relative to `cwd` for messages (the basename when outside it). */
export function shownPath(p: string, cwd = process.cwd()): string {
  const r = path.relative(cwd, path.resolve(cwd, p));
  if (r === '') return '.';
  if (r.startsWith('..') || path.isAbsolute(r)) return path.basename(p);
  return r.split(path.sep).join('/');
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0] ?? 'error';
}

async function writeReportFiles(
  outDir: string,
  docs: OutputDocuments,
  format: OutputSelection['report'],
  cwd: string,
): Promise<Pick<WrittenPaths, 'reportPath' | 'markdownPath'>> {
  const reportPath = format === 'json' || format === 'both' ? path.join(outDir, 'report.json') : null;
  const markdownPath = format === 'md' || format === 'both' ? path.join(outDir, 'report.md') : null;
  if (reportPath) assertContract('inferguard-analyze/v1', docs.report, 'report.json');
  try {
    if (reportPath) await writeFileAtomic(reportPath, toJsonParts(docs.report));
    if (markdownPath) await writeFileAtomic(markdownPath, docs.markdown);
  } catch (e) {
    throw new NoReportError(`cannot write the report to ${path.relative(cwd, outDir) || '.'}: ${code(e)}`);
  }
  return { reportPath, markdownPath };
}

async function writeOne(what: string, file: string, write: () => Promise<void>): Promise<string> {
  try {
    await write();
  } catch (e) {
    throw new NoReportError(`cannot write ${what} to ${shownPath(file)}: ${code(e)}`);
  }
  return file;
}

/** Writes the selected documents into `outDir`; returns the absolute paths written. */
export async function writeOutputs(
  outDir: string,
  docs: OutputDocuments,
  select: OutputSelection,
  cwd = process.cwd(),
): Promise<WrittenPaths> {
  const written = await writeReportFiles(outDir, docs, select.report, cwd);
  const diff = docs.diff;
  const compareFile = path.join(outDir, 'compare.json');
  if (select.compare && diff && docs.diffValidated !== true)
    assertContract(REPORT_DIFF_SCHEMA_VERSION, diff, 'compare.json');
  const comparePath =
    select.compare && diff
      ? await writeOne('compare.json', compareFile, () => writeFileAtomic(compareFile, toJsonParts(diff)))
      : null;
  const comment = docs.comment;
  const commentFile = path.join(outDir, 'comment.md');
  const commentPath =
    select.comment && comment !== null
      ? await writeOne('comment.md', commentFile, () => writeFileAtomic(commentFile, comment))
      : null;
  return { ...written, comparePath, commentPath };
}
