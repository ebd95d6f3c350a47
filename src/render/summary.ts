/**
 * The job summary: the comment's sections (without the comment's marker line), then the full
 * report.md in a closed <details>. A pure function of the same input as the comment.
 */
import { COMMENT_BUDGET_CHARS, commentMarker, renderCommentSections, type CommentInput } from './comment.js';

export function renderJobSummary(input: CommentInput, reportMarkdown: string): string {
  const budget = (input.budgetChars ?? COMMENT_BUDGET_CHARS) - commentMarker(input.suiteKey).length - 1;
  const sections = renderCommentSections(input, budget);
  return `${sections}\n\n<details><summary>Full report</summary>\n\n${reportMarkdown}\n</details>\n`;
}
