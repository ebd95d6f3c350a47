/**
 * Percentiles, summaries, sketches and SampleColumn now live in src/core/stats/sample.ts; this
 * module re-exports them under their old path so that importers need not change.
 */
export {
  EMPTY_SAMPLE,
  EXACT_SAMPLE_LIMIT,
  NumberColumn,
  PERCENTILE_MIN_SAMPLES,
  SAMPLE_SKETCH_SIZE,
  SKETCH_RELATIVE_ACCURACY,
  SampleColumn,
  percentileSorted,
  putPercentileAccuracy,
  sketchSorted,
  sortFloat64,
  sortedCopy,
  summarizeSorted,
} from './stats/sample.js';
export type { SampleStats, Summary } from './stats/sample.js';
