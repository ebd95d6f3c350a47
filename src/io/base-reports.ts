/**
 * The base side of `inferguard compare`: `--base` given once or several times, each a report.json
 * or a folder of them (the base-branch history). Order: the files as given; within a folder,
 * newest `generated_at` first (then file name). The first report is the preferred base run.
 * A folder's JSON files that are not inferguard-analyze/v1 reports (a compare.json, say) are
 * skipped and listed; an unreadable or invalid report named directly is an error.
 *
 * With `slim: true` (compare) only the preferred run is kept whole: every other report is cut
 * down to what compare reads of a history run (src/io/slim-report.ts) as soon as it is read,
 * before the next file is read, so a long history costs a fraction of a report per run. Within
 * the first folder the preferred run is known only once the folder is read: the newest so far is
 * kept whole and slimmed when a newer one turns up (at most two whole reports at a time).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../core/types.js';
import { NoReportError } from './config-file.js';
import { shownPath } from './outputs.js';
import { readContractFile } from './read-report.js';
import { slimReport } from './slim-report.js';

export interface BaseReports {
  reports: Report[];
  /** Files of a folder left out, with why (shown by the CLI). */
  skipped: string[];
}

export interface BaseReadOptions {
  /** Keep the first (preferred) report whole and slim every other one as it is read. */
  slim?: boolean;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

interface Found {
  report: Report;
  file: string;
}

/** Folder order: newest `generated_at` first, then file name. */
function newestFirst(a: Found, b: Found): number {
  const ga = String(a.report.generated_at ?? '');
  const gb = String(b.report.generated_at ?? '');
  return ga !== gb ? (ga < gb ? 1 : -1) : a.file < b.file ? -1 : 1;
}

export async function readBaseReports(paths: readonly string[], opts: BaseReadOptions = {}): Promise<BaseReports> {
  const reports: Report[] = [];
  const skipped: string[] = [];
  // Equal identity strings shared by the slim reports of this history.
  const strings = new Map<string, string>();
  const thin = (r: Report): Report => (opts.slim ? slimReport(r, strings) : r);
  for (const p of paths) {
    if (!isDir(p)) {
      const r = await readContractFile<Report>(p, 'inferguard-analyze/v1', '--base');
      reports.push(reports.length === 0 ? r : thin(r));
      continue;
    }
    const files = readdirSync(p)
      .filter((f) => f.toLowerCase().endsWith('.json'))
      .sort();
    // This folder holds the preferred run when nothing was read before it: its newest report.
    const holdsFirst = reports.length === 0;
    const found: Found[] = [];
    let best: Found | null = null;
    for (const f of files) {
      const file = path.join(p, f);
      let report: Report;
      try {
        report = await readContractFile<Report>(file, 'inferguard-analyze/v1', '--base');
      } catch (e) {
        skipped.push(`${shownPath(file)}: ${(e as Error).message.replace(/^--base \S+ /, '')}`);
        continue;
      }
      const x: Found = { report, file };
      if (!holdsFirst) x.report = thin(report);
      else if (best === null) best = x;
      else if (newestFirst(x, best) < 0) {
        best.report = thin(best.report);
        best = x;
      } else x.report = thin(report);
      found.push(x);
    }
    if (found.length === 0) throw new NoReportError(`--base ${shownPath(p)} holds no inferguard-analyze/v1 report`);
    found.sort(newestFirst);
    reports.push(...found.map((x) => x.report));
  }
  return { reports, skipped };
}
