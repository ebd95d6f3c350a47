/** The comment's inputs, row caps and the section model's types (inputs re-exported by src/render/comment.ts). */
import type { Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';
import type { CommentContext } from './context.js';
import type { SectionId } from '../sections.js';

/** Row caps of one rendering (the job summary uses larger ones). */
export interface Limits {
  findingGroups: number;
  findingList: number;
  changeRows: number;
  chartFamilies: number;
  gateRows: number;
  headOnlyCells: number;
  /** Suspicious metrics listed (the first SUSPICIOUS_OPEN open, the rest in <details>). */
  suspiciousRows: number;
}

export interface CommentRun {
  repository?: string;
  sha?: string;
  runUrl?: string;
  artifactUrl?: string;
  baselineNote?: string;
}

/** The step's exit decision, when the caller has made it: stated under the three facts. */
export interface CommentCheck {
  failed: boolean;
  /** One short phrase per reason (e.g. "1 critical validity finding"); shown escaped. */
  reasons: string[];
  /** What the check fails on, in words (core/exit-policy.ts policySummary). */
  policy?: string;
  /** Regressions the PR's accept label acknowledged (items unescaped; shown escaped). */
  accepted?: { label: string; items: string[] };
}

export interface CommentInput {
  head: Report;
  diff: ReportDiff | null;
  suiteKey: string;
  run?: CommentRun;
  check?: CommentCheck;
  budgetChars?: number;
}

/** Section ids: the shared table's (src/render/sections.ts), which sets the comment's order. */
export type { SectionId };

/** One budget plan: row caps, and the sections it leaves out (sections.ts budgetPlans). */
export interface Plan {
  findingGroups: number;
  findingList: number;
  changeRows: number;
  suspiciousRows: number;
  /** Droppable sections this plan leaves out. */
  drop: readonly SectionId[];
}

/** One entry of the section table. */
export interface Section {
  id: SectionId;
  /**
   * The section's markdown under `plan`, or null when it has nothing to show. `above` holds the
   * sections rendered before it: the ones that fill the budget left (cells, ids) measure it.
   */
  render(ctx: CommentContext, plan: Plan, above: readonly string[]): string | null;
  /** Whether a budget plan may leave it out. */
  droppable: boolean;
  /** Its name in the "left out" note when a plan drops it; null when it is not named there. */
  dropNote: string | null;
  /** Whether a dropped section had anything to show (named in the note only then); default yes. */
  present?(ctx: CommentContext): boolean;
  /** What stands in its place when a plan drops it (a pointer to the artifact), if anything. */
  stub?(ctx: CommentContext): string | null;
}
