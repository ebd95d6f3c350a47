/**
 * The analyzer settings and their defaults, apart from the config-file parser (src/core/config.ts),
 * so a run without --config never loads the YAML parser.
 */
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';

export interface AnalyzerConfig {
  thresholds: Thresholds;
  compare: Record<string, unknown>;
  cost: { gpu_hour_cost?: number; currency?: string; price_table?: string; gpus?: number };
  gates: unknown[];
  eval_thresholds: Record<string, number>;
  /** What the files don't say (`--hardware`, `--gpus`, `--label`), src/core/cells/given.ts. */
  run: { hardware?: string; gpus?: number; labels?: Record<string, string>; runner?: string };
}

export function defaultConfig(): AnalyzerConfig {
  return { thresholds: { ...DEFAULT_THRESHOLDS }, compare: {}, cost: {}, gates: [], eval_thresholds: {}, run: {} };
}
