/**
 * The base side of `inferguard compare`: `--base` given once or several times, each a report.json
 * or a folder of them (the base-branch history). Order: the files as given; within a folder,
 * newest `generated_at` first (then file name). The first report is the preferred base run.
 * A folder's JSON files that are not inferguard-analyze/v1 reports (a compare.json, say) are
 * skipped and listed; an unreadable or invalid report named directly is an error.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../core/types.js';
import { NoReportError } from './config-file.js';
import { shownPath } from './outputs.js';
import { readContractFile } from './read-report.js';

export interface BaseReports {
  reports: Report[];
  /** Files of a folder left out, with why (shown by the CLI). */
  skipped: string[];
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function readBaseReports(paths: readonly string[]): Promise<BaseReports> {
  const reports: Report[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    if (!isDir(p)) {
      reports.push(await readContractFile<Report>(p, 'inferguard-analyze/v1', '--base'));
      continue;
    }
    const files = readdirSync(p)
      .filter((f) => f.toLowerCase().endsWith('.json'))
      .sort();
    const found: { report: Report; file: string }[] = [];
    for (const f of files) {
      const file = path.join(p, f);
      try {
        found.push({ report: await readContractFile<Report>(file, 'inferguard-analyze/v1', '--base'), file });
      } catch (e) {
        skipped.push(`${shownPath(file)}: ${(e as Error).message.replace(/^--base \S+ /, '')}`);
      }
    }
    if (found.length === 0) throw new NoReportError(`--base ${shownPath(p)} holds no inferguard-analyze/v1 report`);
    found.sort((a, b) => {
      const ga = String(a.report.generated_at ?? '');
      const gb = String(b.report.generated_at ?? '');
      return ga !== gb ? (ga < gb ? 1 : -1) : a.file < b.file ? -1 : 1;
    });
    reports.push(...found.map((x) => x.report));
  }
  return { reports, skipped };
}
