/** The number formatters live in core (src/core/format.ts) beside the metric catalogue. */
export {
  formatBytes,
  formatCount,
  formatDelta,
  formatMoney,
  formatPct,
  formatScore,
  formatSeconds,
  formatTokensPerSec,
} from '../core/format.js';
