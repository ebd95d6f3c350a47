/**
 * The job summary: the comment's sections (without the comment's marker line) with larger row caps
 * and budget (a step summary may be up to 1 MiB; docs/ACTION.md), then the full report.md in a
 * closed <details>, cut at a line boundary when the whole would not fit. A pure function of the
 * same input as the comment, so the two state the same facts.
 */
import { renderCommentSections, SUMMARY_BUDGET_CHARS, SUMMARY_LIMITS, type CommentInput } from './comment.js';

const OPEN = '\n\n<details><summary>Full report</summary>\n\n';
const CLOSE = '\n</details>\n';
const CUT_NOTE = '\n\n_report.md is cut here to fit the job summary; the whole file is in the report artifact._\n';

/**
 * @param input the comment's input; `budgetChars` here is the summary's budget (default 900,000).
 * @param reportMarkdown report.md, appended in <details> (cut to what fits).
 */
export function renderJobSummary(input: CommentInput, reportMarkdown: string): string {
  let budget = input.budgetChars ?? SUMMARY_BUDGET_CHARS;
  // GitHub's limit is 1 MiB of UTF-8; the budget counts UTF-16 units. Shrink until the bytes fit.
  for (let i = 0; i < 4; i++) {
    const out = build(input, reportMarkdown, budget);
    const bytes = Buffer.byteLength(out, 'utf8');
    if (bytes <= SUMMARY_MAX_BYTES) return out;
    budget = Math.floor((budget * SUMMARY_MAX_BYTES * 0.95) / bytes);
  }
  return build(input, '', Math.floor(SUMMARY_MAX_BYTES / 4));
}

/** Bytes a step summary may have (1 MiB), less a margin. */
export const SUMMARY_MAX_BYTES = 1_000_000;

function build(input: CommentInput, reportMarkdown: string, budget: number): string {
  const sections = renderCommentSections(input, budget, SUMMARY_LIMITS);
  if (!reportMarkdown) return sections;
  const room = budget - sections.length - OPEN.length - CLOSE.length;
  if (reportMarkdown.length <= room) return `${sections}${OPEN}${reportMarkdown}${CLOSE}`;
  const cut = reportMarkdown.lastIndexOf('\n', room - CUT_NOTE.length);
  if (cut <= 0) return sections;
  // Never leave a table or <details> of report.md open at the cut: cut before the last open block.
  let body = reportMarkdown.slice(0, cut);
  const opens = (body.match(/<details>/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length;
  if (opens > 0) body = `${body}\n${'\n</details>'.repeat(opens)}`;
  return `${sections}${OPEN}${body}${CUT_NOTE}${CLOSE}`;
}
