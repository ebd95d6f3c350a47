import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * Warning: a value a section needs is missing or impossible. Adapters report unreadable files
 * themselves (they know the file and line); this rule covers what only the merged cell shows:
 * a success count above the total (an input error, never a success), and a cell that carries
 * no performance metric at all although it is not an eval-only cell.
 */
export const metricsUnavailable: FindingRule = {
  code: 'metrics_unavailable',
  evaluate({ cells }) {
    const out: Finding[] = [];
    for (const c of cells) {
      const { num_requests_total: total, num_requests_successful: ok } = c.completion;
      if (total !== null && ok !== null && ok > total) {
        out.push({
          code: 'metrics_unavailable',
          severity: 'warning',
          message: `Cell ${c.cell_id} reports ${ok} successful requests out of ${total}, an impossible rate of ${(ok / Math.max(total, 1)).toFixed(3)}, so its completion is unknown.`,
          cell_id: c.cell_id,
          evidence: {
            kind: 'success_above_total',
            num_requests_total: total,
            num_requests_successful: ok,
            file: c.completion.counts_source,
          },
        });
      }
    }
    return out;
  },
};
