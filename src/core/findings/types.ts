import type { Thresholds } from '../thresholds.js';
import type { Cell, Finding, FindingCode } from '../types.js';
import type { ExpectedCell } from '../seams.js';

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
  /** Campaign-manifest expectations collected by the sources. */
  expectations: readonly ExpectedCell[];
  /** Timeline files that exist (relative paths), for "timeline declared expected" checks. */
  timelineFiles: readonly string[];
  /** True when cost inputs were given (rules may report what cost needs but lacks). */
  costRequested: boolean;
  /** Pass thresholds per eval task (config `eval_thresholds`), for eval_regression. */
  evalThresholds?: Readonly<Record<string, number>>;
}

/** A head cell and the baseline cell compare's matcher paired it with (src/core/compare/match.ts). */
export interface BaselinePair {
  base: Cell;
  head: Cell;
}

/**
 * A finding rule: a small pure function over cells, one file per code (named after it). A rule
 * that can use a baseline also has `vsBaseline`, which compare runs once over its matched pairs;
 * those findings go to compare.json (compare emits no finding of its own).
 */
export interface FindingRule {
  code: FindingCode;
  evaluate(ctx: RuleContext): Finding[];
  vsBaseline?(pairs: readonly BaselinePair[], thresholds: Thresholds): Finding[];
}
