/**
 * The job summary: the comment's sections (without the comment's marker line) with larger row caps
 * and budget (a step summary may be up to 1 MiB; GITHUB.md §5.1), then the full report.md in a
 * closed <details> when it fits. A pure function of the same input as the comment, so the two
 * state the same facts.
 */
import { renderCommentSections, SUMMARY_BUDGET_CHARS, SUMMARY_LIMITS, type CommentInput } from './comment.js';

/**
 * @param input the comment's input; `budgetChars` here is the summary's budget (default 900,000).
 * @param reportMarkdown report.md, appended in <details> when the whole stays within the budget.
 */
export function renderJobSummary(input: CommentInput, reportMarkdown: string): string {
  const budget = input.budgetChars ?? SUMMARY_BUDGET_CHARS;
  const full = `\n\n<details><summary>Full report</summary>\n\n${reportMarkdown}\n</details>\n`;
  const sections = renderCommentSections(input, budget - (reportMarkdown ? full.length : 0), SUMMARY_LIMITS);
  if (reportMarkdown && sections.length + full.length <= budget) return `${sections}${full}`;
  return sections.length <= budget ? sections : renderCommentSections(input, budget, SUMMARY_LIMITS);
}
