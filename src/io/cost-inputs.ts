/**
 * Reads the cost inputs of `inferguard analyze` (the I/O half of cost: the price table file).
 * Kept apart from analyze-dir.ts so it loads without the source adapters.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalyzerConfig } from '../core/config.js';
import type { CostInputs } from '../core/cost/cost.js';
import { parsePriceTableText } from '../core/cost/price-table.js';
import { UsageError } from '../core/types.js';

export interface CostOptions {
  gpuHourCost?: number;
  currency?: string;
  priceTable?: string;
  gpus?: number;
  /** Folder a relative price-table path is resolved against (default: process.cwd()). */
  cwd?: string;
}

/**
 * Cost inputs from the CLI options, falling back to the config's `cost` section (a flag wins
 * over the config; a price flag replaces the config's price source entirely). A price table that
 * cannot be read or parsed, or both price sources at once, is a one-line UsageError. Undefined
 * when no price is given.
 */
export async function loadCostInputs(opts: CostOptions, config: AnalyzerConfig): Promise<CostInputs | undefined> {
  const cwd = opts.cwd ?? process.cwd();
  const flagPrice = opts.gpuHourCost !== undefined || opts.priceTable !== undefined;
  const gpuHourCost = flagPrice ? opts.gpuHourCost : config.cost.gpu_hour_cost;
  const priceTable = flagPrice ? opts.priceTable : config.cost.price_table;
  if (gpuHourCost !== undefined && priceTable !== undefined) {
    throw new UsageError(
      'a flat GPU-hour cost and a price table exclude each other (check --gpu-hour-cost, --price-table and the config cost section)',
    );
  }
  const gpus = opts.gpus ?? config.cost.gpus;
  if (gpus !== undefined && (!Number.isInteger(gpus) || gpus < 1))
    throw new UsageError(`'--gpus' must be a positive integer, got '${gpus}'`);
  if (gpuHourCost === undefined && priceTable === undefined) return undefined;
  const currency = opts.currency ?? config.cost.currency;
  if (gpuHourCost !== undefined) {
    if (!Number.isFinite(gpuHourCost) || gpuHourCost <= 0)
      throw new UsageError(`'--gpu-hour-cost' must be a positive number, got '${gpuHourCost}'`);
    return { currency: currency ?? 'USD', gpuHourCost, priceTable: null, gpus: gpus ?? null };
  }
  const file = priceTable as string;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`price table ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const table = parsePriceTableText(text, path.basename(file));
  return { currency: currency ?? table.currency, gpuHourCost: null, priceTable: table, gpus: gpus ?? null };
}
