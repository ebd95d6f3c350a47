/**
 * report.html's headline status: the run status and its three facts (validity, SLO gates,
 * comparison) in the status words the PR comment's headline uses (src/render/status.ts, their one
 * home), each with what it means. The page has no check outcome: that is the workflow's decision.
 */
import type { ReportDiff } from '../../core/compare/types.js';
import type { Report } from '../../core/types.js';
import { allFindings, comparisonOf, gatesOf, runStatus, STATUS_WORDS, validityOf, type StatusWord } from '../status.js';

export interface StatusFact extends StatusWord {
  /** "Validity", "SLO gates", "Comparison". */
  label: string;
}

export interface HeadlineModel {
  status: StatusWord;
  facts: StatusFact[];
}

export function buildHeadline(head: Report, diff: ReportDiff | null): HeadlineModel {
  const facts: [string, keyof typeof STATUS_WORDS][] = [
    ['Validity', validityOf(head, allFindings(head, diff))],
    ['SLO gates', gatesOf(head)],
    ['Comparison', comparisonOf(diff)],
  ];
  return {
    status: { ...STATUS_WORDS[runStatus({ head, diff })] },
    facts: facts.map(([label, s]) => ({ label, ...STATUS_WORDS[s] })),
  };
}
