/** mode analyze: the results folder analyzed in this run. */
import path from 'node:path';
import { readResultsDir } from '../io/analyze-dir.js';
import { thisRunContext, type HeadSource } from './head-context.js';

export const analyzeHead: HeadSource = async ({ inputs, ctx, outDir, resultsDir, config }) => {
  const report = await readResultsDir(
    {
      resultsDir,
      outputDir: outDir,
      strict: inputs.strict,
      gpuHourCost: inputs.gpuHourCost,
      currency: inputs.currency,
      priceTable: inputs.priceTable ? path.resolve(ctx.workspace, inputs.priceTable) : undefined,
      gpus: inputs.gpus,
      ...(inputs.hardware !== undefined ? { hardware: inputs.hardware } : {}),
      ...(inputs.labels !== undefined ? { labels: inputs.labels } : {}),
      ...(inputs.runner !== undefined ? { runner: inputs.runner } : {}),
      cwd: ctx.workspace,
    },
    config,
  );
  return { report, context: thisRunContext(ctx) };
};
