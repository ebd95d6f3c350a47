/** mode merge: the shard report.json files of a matrix, merged into one report. */
import { toWireReport } from '../core/analyze.js';
import { mergeReports } from '../core/cells/merge-reports.js';
import { displayRoot } from '../io/analyze-dir.js';
import { NoReportError } from '../io/config-file.js';
import { log } from '../io/log.js';
import { readShardReports } from '../io/shard-reports.js';
import { INFERGUARD_VERSION } from '../version.js';
import { thisRunContext, type HeadSource } from './head-context.js';
import { rel } from './paths.js';

export const mergeHead: HeadSource = async ({ ctx, outDir, resultsDir, config }) => {
  const { shards, problems } = await readShardReports(resultsDir, outDir);
  if (shards.length === 0) {
    throw new NoReportError(
      `no usable shard report.json under ${rel(ctx, resultsDir)}${problems[0] ? ` (${problems[0].source}: ${problems[0].message})` : ''}`,
    );
  }
  const merged = toWireReport(
    mergeReports(shards, problems, {
      generatedAt: new Date().toISOString(),
      version: INFERGUARD_VERSION,
      thresholds: config.thresholds,
      inputRoot: displayRoot(resultsDir, ctx.workspace),
    }),
  );
  log.info(`Merged ${shards.length} shard report(s) into ${merged.cells.length} cell(s)`);
  return { report: merged, context: thisRunContext(ctx) };
};
