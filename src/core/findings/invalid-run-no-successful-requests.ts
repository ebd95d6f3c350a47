import type { FindingRule } from './types.js';

/** Critical: the request total is known and not one request succeeded. */
export const invalidRunNoSuccessfulRequests: FindingRule = {
  code: 'invalid_run_no_successful_requests',
  evaluate({ cells }) {
    return cells
      .filter((c) => c.completion.num_requests_total !== null && c.completion.num_requests_successful === 0)
      .map((c) => ({
        code: 'invalid_run_no_successful_requests' as const,
        severity: 'critical' as const,
        message: `Cell ${c.cell_id} has 0 successful requests out of ${c.completion.num_requests_total}, so it measured nothing.`,
        cell_id: c.cell_id,
        evidence: {
          num_requests_total: c.completion.num_requests_total,
          num_requests_successful: 0,
          file: c.completion.counts_source,
          counts_basis: c.completion.counts_basis,
        },
      }));
  },
};
