/**
 * Key tables: a producer's own keys → our metric names and units, in one place per producer.
 * The mapper is pure: the first key of a row that is present with a number wins, times its scale.
 */
import { toNumber } from '../../core/parse.js';
import type { Metrics } from '../../core/types.js';

/** A producer key, or a key with the factor that brings its value to our unit (ms → s: 0.001). */
export type KeySource = string | { key: string; scale: number };

/** Our metric name → the producer keys it may come from, in order of preference. */
export type KeyTable = Readonly<Record<string, readonly KeySource[]>>;

export const MS: number = 0.001;

/** `{ key, scale: 0.001 }`: a producer key in milliseconds. */
export const ms = (key: string): KeySource => ({ key, scale: MS });

/** Applies a key table to one object. Absent or non-numeric values stay absent (never 0). */
export function mapKeys(obj: Record<string, unknown>, table: KeyTable): Metrics {
  const out: Metrics = {};
  for (const metric of Object.keys(table)) {
    for (const src of table[metric] as readonly KeySource[]) {
      const key = typeof src === 'string' ? src : src.key;
      const v = toNumber(obj[key]);
      if (v === null) continue;
      // ms → s as a division: 32.7 / 1000 is 0.0327 exactly, 32.7 * 0.001 is not.
      out[metric] = typeof src === 'string' ? v : src.scale === MS ? v / 1000 : v * src.scale;
      break;
    }
  }
  return out;
}

/** The producer keys a table reads (for tests and docs: "the producer's key table"). */
export function tableKeys(table: KeyTable): string[] {
  const keys = new Set<string>();
  for (const row of Object.values(table)) for (const s of row) keys.add(typeof s === 'string' ? s : s.key);
  return [...keys].sort();
}
