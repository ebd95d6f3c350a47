/**
 * The PR comment (and, with a larger budget, the job summary): a pure function of the head report,
 * the compare result (or null when there is no baseline) and run metadata passed as data. Same
 * input, same bytes.
 *
 * Layout: hidden marker (suite key), then the sections of comment/sections.ts SECTIONS, in the
 * order of the section table report.html follows too (src/render/sections.ts): headline (validity, SLO gates and the regression verdict as three
 * separate facts, the check's outcome, links from `run` metadata only) · findings · gates · largest
 * changes vs base · suspicious metrics (🟡, shown, never failing) · charts · cost and completion ·
 * what was left out · per-cell comparison (or head-only cells) · cell ids · footer. One file per
 * section under comment/; what they share is built once in comment/context.ts.
 *
 * Made to be read in GitHub's 866 px comment column (test/render/browser-render.test.ts renders it
 * with cmark-gfm, GitHub's CSS and mermaid in Chromium): few columns, values on one line, cells
 * named by what distinguishes them (labels.ts), never by truncated ids.
 *
 * Untrusted text goes through safeText/safeCode (escape.ts); no link is ever built from report
 * content. The body stays within `budgetChars` (default 60,000, docs/ACTION.md): the budget plans
 * (comment/sections.ts budgetPlans) shrink the per-cell tables first, then drop charts, cost, gates
 * and findings rows by section id, always keeping the headline, the findings summary and the
 * largest changes.
 */
import type { CommentInput, Limits } from './comment/types.js';
import { commentContext } from './comment/context.js';
import { budgetPlans, renderPlan } from './comment/sections.js';

export type { CommentCheck, CommentInput, CommentRun, Limits } from './comment/types.js';

export const COMMENT_BUDGET_CHARS = 60_000;

/** The job summary may be up to 1 MiB per step; keep well under it (UTF-16 units ≤ bytes). */
export const SUMMARY_BUDGET_CHARS = 900_000;

const MARKER_PREFIX = 'inferguard-bench:v1';

export const COMMENT_LIMITS: Limits = {
  findingGroups: 30,
  findingList: 100,
  changeRows: 20,
  chartFamilies: 3,
  gateRows: 30,
  headOnlyCells: 100,
  suspiciousRows: 20,
};

export const SUMMARY_LIMITS: Limits = {
  findingGroups: 200,
  findingList: 2000,
  changeRows: 200,
  chartFamilies: 12,
  gateRows: 500,
  headOnlyCells: 5000,
  suspiciousRows: 200,
};

/** The suite key as a slug: [a-z0-9-], no `--`, no leading/trailing `-`, at most 64 chars. */
export function suiteSlug(suiteKey: string): string {
  const s = String(suiteKey ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return s === '' ? 'default' : s;
}

/** First line of the comment: `<!-- inferguard-bench:v1 key=<slug> -->` (docs/ACTION.md). */
export function commentMarker(suiteKey: string): string {
  return `<!-- ${MARKER_PREFIX} key=${suiteSlug(suiteKey)} -->`;
}

/**
 * The comment's sections without the marker line, within `budget` characters, with the row caps
 * of `limits`. The comment and the job summary (render/summary.ts) are both this function.
 */
export function renderCommentSections(input: CommentInput, budget: number, limits: Limits = COMMENT_LIMITS): string {
  const ctx = commentContext(input, budget, limits);
  let md = '';
  for (const p of budgetPlans(limits)) {
    md = renderPlan(ctx, p);
    if (md.length <= budget) return md;
  }
  // Last resort: cut at a line boundary, keeping the headline.
  const cut = md.lastIndexOf('\n', budget - 200);
  return `${md.slice(0, Math.max(cut, 0))}\n\n_Comment truncated to stay under GitHub's limit; see the artifact._\n`;
}

/**
 * Renders the PR comment.
 *
 * @param input.head the head report (inferguard-analyze/v1).
 * @param input.diff compareReports(base, head) or null when there is no baseline (stated as such).
 * @param input.suiteKey suite key carried by the hidden marker (several suites per PR coexist).
 * @param input.run run metadata; links are built only from `runUrl`/`artifactUrl` (https only).
 * @param input.check the step's exit decision, stated in the headline when given.
 * @param input.budgetChars maximum length in UTF-16 code units (default 60,000).
 * @returns markdown whose first line is commentMarker(suiteKey).
 */
export function renderComment(input: CommentInput): string {
  const marker = commentMarker(input.suiteKey);
  const budget = input.budgetChars ?? COMMENT_BUDGET_CHARS;
  return `${marker}\n${renderCommentSections(input, budget - marker.length - 1, COMMENT_LIMITS)}`;
}
