/** What every budget plan renders from, built once per comment: findings, labels, currency, totals, cell index. */
import type { CellRef } from '../labels.js';
import type { CommentInput, Limits } from './types.js';
import type { Finding, Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';
import { allFindings, requestTotals } from '../status.js';
import { cellIndex, shortLabels } from './cells.js';
import { changes, suspiciousRows } from './rows.js';
import { currencyOf } from './format.js';

export type RequestTotals = ReturnType<typeof requestTotals>;

/** What every plan renders from: computed once per comment. */
export interface CommentContext {
  input: CommentInput;
  head: Report;
  diff: ReportDiff | null;
  /** The comment's length limit, in UTF-16 code units (without the marker line). */
  budget: number;
  limits: Limits;
  /** The head report's findings and the diff's, in the order status.ts gives them. */
  findings: Finding[];
  currency: string;
  /** The head run's request totals (status.ts), for the validity fact and the cost table. */
  requests: RequestTotals;
  /** Every cell the comment can name: head cells, then base-only cells of the diff. */
  index: Map<string, CellRef>;
  /** Short labels ("config · c64") for every cell of the index, named against each other. */
  labels: Map<string, string>;
  /** Cells named by a finding or a shown change, for the ids section. */
  named: CellRef[];
}

export function commentContext(input: CommentInput, budget: number, limits: Limits): CommentContext {
  const { head, diff } = input;
  const findings = allFindings(head, diff);
  const index = cellIndex(head, diff);
  const changeCells = diff
    ? [...changes(diff).slice(0, limits.changeRows), ...suspiciousRows(diff).slice(0, limits.suspiciousRows)].map(
        (r) => r.cell.head_cell_id ?? r.cell.base_cell_id,
      )
    : [];
  const findingCells = [
    ...new Set([...findings.map((f) => f.cell_id), ...changeCells].filter((x): x is string => !!x && index.has(x))),
  ];
  return {
    input,
    head,
    diff,
    budget,
    limits,
    findings,
    currency: currencyOf(head),
    requests: requestTotals(head),
    index,
    labels: shortLabels([...index.values()]),
    named: findingCells.map((id) => index.get(id) as CellRef),
  };
}
