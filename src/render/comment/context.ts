/** What every budget plan renders from, built once per comment: findings, labels, currency, totals, cell index. */
import type { CellRef } from '../labels.js';
import type { CommentInput, Limits } from './types.js';
import type { Finding } from '../../core/types.js';
import { allFindings } from '../status.js';
import { cellIndex, shortLabels } from './cells.js';
import { changes, suspiciousRows } from './rows.js';
import { currencyOf } from './format.js';
import { footer } from './footer.js';
import { headline } from './headline.js';

/** What every plan renders from: computed once per comment. */
export interface CommentContext {
  input: CommentInput;
  budget: number;
  limits: Limits;
  findings: Finding[];
  currency: string;
  top: string;
  foot: string;
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
    budget,
    limits,
    findings,
    currency: currencyOf(head),
    top: headline(input, findings),
    foot: footer(head, diff),
    labels: shortLabels([...index.values()]),
    named: findingCells.map((id) => index.get(id) as CellRef),
  };
}
