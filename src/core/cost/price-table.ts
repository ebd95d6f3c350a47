/**
 * `--price-table FILE`: hardware → price per GPU-hour (the InferGuard cost-input
 * shapes). A JSON object with optional `currency` (default USD), optional `note`/`source_note`,
 * and rates keyed by SKU in `rates_usd_per_gpu_hour`, `rates`, `skus`, or at the top level
 * (`{"H200": 4.0}`). A rate is a number or `{usd_per_gpu_hour | usd_per_hour | per_gpu_hour_usd}`.
 *
 * Keys are case-insensitive: a key (and a cell's hardware) is upper-cased, `-` and spaces become
 * `_`, and the first of GB300, GB200, B300, B200, H200, H100 found in it is its SKU (so
 * `h200-dgxc`, `H200_SXM` and `cluster:h200` all price as H200; MI300X, MI325X, MI350X, MI355X
 * likewise, so `mi355x-amds` prices as MI355X). Keys naming none of these (RTX6000…) match a
 * hardware with the same normalised name. Pure: text in,
 * table out; an input with no usable rate is a UsageError.
 */
import { isRecord, toNumber } from '../parse.js';
import { UsageError } from '../types.js';

/**
 * Checked in this order: GB300 before B300, GB200 before B200 (substring matches). AMD pools
 * (`mi355x-amds`, `mi300x-amd`) price as their SKU like NVIDIA labels do.
 */
export const KNOWN_SKUS = [
  'GB300',
  'GB200',
  'B300',
  'B200',
  'H200',
  'H100',
  'MI355X',
  'MI350X',
  'MI325X',
  'MI300X',
] as const;

const RATE_CONTAINERS = ['rates_usd_per_gpu_hour', 'rates', 'skus'] as const;
const META_KEYS = new Set(['currency', 'note', 'source_note', 'schema_version', ...RATE_CONTAINERS]);
const RATE_FIELDS = ['usd_per_gpu_hour', 'usd_per_hour', 'per_gpu_hour_usd'] as const;

export interface PriceTable {
  currency: string;
  /** Normalised SKU → price per GPU-hour. */
  rates: Record<string, number>;
  /** Normalised SKU → the key as written in the file. */
  keys: Record<string, string>;
  note: string | null;
  /** Where the table came from (file name), for evidence. */
  source: string;
}

/** Upper-cases, turns `-` and spaces into `_`. */
export function normalizeSkuText(s: string): string {
  return s
    .trim()
    .toUpperCase()
    .replace(/[-\s]+/g, '_');
}

/** The SKU a hardware name or table key stands for: a known SKU found in it, else its normalised text. */
export function skuOf(name: string): string {
  const n = normalizeSkuText(name);
  for (const k of KNOWN_SKUS) if (n.includes(k)) return k;
  return n;
}

function rateOf(v: unknown): number | null {
  if (isRecord(v)) {
    for (const f of RATE_FIELDS) {
      const n = toNumber(v[f]);
      if (n !== null) return n;
    }
    return null;
  }
  return toNumber(v);
}

/**
 * Parses a price table object. `name` is used in messages. Throws UsageError when the value is
 * not an object, a rate is not a positive number, two keys give one SKU different prices, or no
 * usable rate is present.
 */
export function parsePriceTable(value: unknown, name: string): PriceTable {
  if (!isRecord(value))
    throw new UsageError(`price table ${name} must be a JSON object mapping hardware to a price per GPU-hour`);
  const entries: [string, unknown][] = [];
  for (const c of RATE_CONTAINERS) {
    const box = value[c];
    if (box === undefined) continue;
    if (!isRecord(box))
      throw new UsageError(`price table ${name}: '${c}' must be an object of hardware → price per GPU-hour`);
    for (const k of Object.keys(box).sort()) entries.push([k, box[k]]);
  }
  for (const k of Object.keys(value).sort()) {
    if (META_KEYS.has(k)) continue;
    entries.push([k, value[k]]);
  }
  const rates: Record<string, number> = {};
  const keys: Record<string, string> = {};
  for (const [k, v] of entries) {
    const rate = rateOf(v);
    if (rate === null || rate <= 0) {
      throw new UsageError(
        `price table ${name}: the price of '${k}' must be a positive number (or {"usd_per_gpu_hour": N}), got ${JSON.stringify(v)}`,
      );
    }
    const sku = skuOf(k);
    if (sku === '') continue;
    const prev = rates[sku];
    if (prev !== undefined && prev !== rate) {
      throw new UsageError(`price table ${name}: '${keys[sku]}' and '${k}' both price ${sku}, at ${prev} and ${rate}`);
    }
    rates[sku] = rate;
    keys[sku] ??= k;
  }
  if (Object.keys(rates).length === 0) {
    throw new UsageError(
      `price table ${name} has no usable rate (expected e.g. {"H200": 4.0} or {"rates_usd_per_gpu_hour": {"H200": 4.0}})`,
    );
  }
  const currency = value.currency === undefined ? 'USD' : value.currency;
  if (typeof currency !== 'string' || currency.trim() === '') {
    throw new UsageError(`price table ${name}: 'currency' must be a non-empty string, got ${JSON.stringify(currency)}`);
  }
  const note =
    typeof value.note === 'string' ? value.note : typeof value.source_note === 'string' ? value.source_note : null;
  const sortedRates: Record<string, number> = {};
  const sortedKeys: Record<string, string> = {};
  for (const k of Object.keys(rates).sort()) {
    sortedRates[k] = rates[k] as number;
    sortedKeys[k] = keys[k] as string;
  }
  return { currency: currency.trim(), rates: sortedRates, keys: sortedKeys, note, source: name };
}

/** Parses price table text (JSON). A syntax error is a UsageError naming the file. */
export function parsePriceTableText(text: string, name: string): PriceTable {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`price table ${name} is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  return parsePriceTable(value, name);
}

/** Price per GPU-hour of a hardware name, with the SKU it matched; null when the table has none. */
export function lookupPrice(
  table: PriceTable,
  hardware: string | null,
): { rate: number; sku: string; key: string } | null {
  if (hardware === null || hardware.trim() === '') return null;
  const sku = skuOf(hardware);
  const rate = table.rates[sku];
  if (rate === undefined) return null;
  return { rate, sku, key: table.keys[sku] as string };
}
