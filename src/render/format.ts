/** The number formatters live in core (src/core/format.ts) beside the metric catalogue. */
export {
  formatBytes,
  formatCount,
  formatDelta,
  formatMoney,
  formatPct,
  formatPValue,
  formatScore,
  formatSeconds,
  formatSigned,
  formatSignedPct,
  formatSignedPoints,
  formatTokensPerSec,
} from '../core/format.js';
