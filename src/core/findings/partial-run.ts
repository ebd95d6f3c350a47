import type { FindingRule } from './types.js';

/**
 * Warning: some requests failed. Fires when 0 < success rate < `partial_run_min_success`
 * (default 0.95, InferGuard's _finalize_cell line; InferenceX's client itself exits non-zero
 * above 5% failures, an exit code the job scripts lose).
 */
export const partialRun: FindingRule = {
  code: 'partial_run',
  evaluate({ cells, thresholds }) {
    const min = thresholds.partial_run_min_success;
    return cells
      .filter((c) => {
        const r = c.completion.success_rate;
        return r !== null && r > 0 && r < min;
      })
      .map((c) => {
        const { num_requests_successful: ok, num_requests_total: total, success_rate: rate } = c.completion;
        return {
          code: 'partial_run' as const,
          severity: 'warning' as const,
          message: `Cell ${c.cell_id} completed ${ok} of ${total} requests (${((rate ?? 0) * 100).toFixed(1)}%), below the ${(min * 100).toFixed(0)}% line.`,
          cell_id: c.cell_id,
          evidence: {
            num_requests_total: total,
            num_requests_successful: ok,
            success_rate: rate,
            threshold_name: 'partial_run_min_success',
            threshold: min,
            file: c.completion.counts_source,
          },
        };
      });
  },
};
