/**
 * Merge mode's input: every shard report.json below the results dir, each validated; a shard that
 * does not load is a problem the merged report records (src/core/cells/merge-reports.ts).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ShardProblem, ShardReport } from '../core/cells/merge-reports.js';
import { loadReportFile } from './github/baseline.js';

/** Folders deeper than this below the results dir are not searched for shard reports. */
const MAX_SHARD_DEPTH = 8;

/** Every report.json below `dir` (relative POSIX paths, sorted), skipping the folder `skip`. */
export async function findShardReports(dir: string, skip: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string, depth: number): Promise<void> {
    if (depth > MAX_SHARD_DEPTH || path.resolve(d) === skip) return;
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile() && e.name === 'report.json') out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  }
  await walk(dir, 0);
  return out.sort();
}

/** Loads every shard report below `dir` (our own output dir `skip` excluded). */
export async function readShardReports(
  dir: string,
  skip: string,
): Promise<{ shards: ShardReport[]; problems: ShardProblem[] }> {
  const shards: ShardReport[] = [];
  const problems: ShardProblem[] = [];
  for (const f of await findShardReports(dir, skip)) {
    const load = await loadReportFile(path.join(dir, f), f);
    if (load.ok) shards.push({ source: f, report: load.report });
    else
      problems.push({
        source: f,
        message: load.reason.startsWith(f) ? load.reason.slice(f.length).trimStart() : load.reason,
      });
  }
  return { shards, problems };
}
