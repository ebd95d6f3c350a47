import type { Thresholds } from '../thresholds.js';
import type { Cell, Finding, FindingCode, Report } from '../types.js';
import type { ExpectedCell } from '../../sources/types.js';

/** Cells sharing identity except concurrency, ascending by concurrency (null concurrency excluded). */
export interface Family {
  key: string;
  /** Short human label, e.g. "h200 · deepseek-ai/DeepSeek-R1-0528 · vllm · fp8 · 8192/1024". */
  label: string;
  cells: Cell[];
}

export interface RuleContext {
  cells: readonly Cell[];
  families: readonly Family[];
  thresholds: Thresholds;
  /** Baseline report (compare / eval_regression), when one was given. */
  baseline: Report | null;
  /** Campaign-manifest expectations collected by the sources. */
  expectations: readonly ExpectedCell[];
  /** Timeline files that exist (relative paths), for "timeline declared expected" checks. */
  timelineFiles: readonly string[];
  /** True when cost inputs were given (rules may report what cost needs but lacks). */
  costRequested: boolean;
  /** Pass thresholds per eval task (config `eval_thresholds`), for eval_regression. */
  evalThresholds?: Readonly<Record<string, number>>;
}

/** A finding rule: a small pure function over cells, one file per code (named after it). */
export interface FindingRule {
  code: FindingCode;
  evaluate(ctx: RuleContext): Finding[];
}
