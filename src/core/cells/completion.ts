/**
 * Completion of one cell. A missing count is unknown, never "all succeeded"; a success count
 * above the total is an input error (status unknown, with a finding from the partial-run rule),
 * not a success.
 */
import type { Completion, CompletionStatus } from '../types.js';

export interface CountsInput {
  total: number | null;
  successful: number | null;
  sessions_total: number | null;
  sessions_completed: number | null;
  source: string | null;
  basis: string | null;
}

export function computeCompletion(c: CountsInput): Completion {
  let rate: number | null = null;
  let status: CompletionStatus = 'unknown';
  if (c.total !== null && c.successful !== null && c.total > 0 && c.successful >= 0) {
    rate = c.successful / c.total;
    if (rate > 1) status = 'unknown';
    else if (rate === 1) status = 'complete';
    else if (rate === 0) status = 'failed';
    else status = 'partial';
  } else if (c.total === 0 && c.successful === 0) {
    status = 'failed';
    rate = null;
  }
  return {
    num_requests_total: c.total,
    num_requests_successful: c.successful,
    success_rate: rate,
    status,
    counts_source: c.source,
    counts_basis: c.basis,
    sessions_total: c.sessions_total,
    sessions_completed: c.sessions_completed,
  };
}
