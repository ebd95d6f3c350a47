/** The comment's inputs and row caps (re-exported by src/render/comment.ts, the public entry). */
import type { Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';

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
