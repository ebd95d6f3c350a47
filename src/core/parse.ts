/**
 * Value coercion shared by every adapter. Numbers can arrive as strings, booleans as
 * `true`/`"true"`/`True`; a value that does not parse is missing (null), never 0.
 */

/** Finite number from a number or numeric string; null for anything else (NaN, "inf", "", null). */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Integer from a number or string holding an integral value; null otherwise. */
export function toInt(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && Number.isInteger(n) ? n : null;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'success', 'succeeded']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'failed', 'failure']);

/** Boolean from bool, 0/1 or the usual words (case-insensitive); null when unrecognised. */
export function toBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (TRUE_WORDS.has(t)) return true;
    if (FALSE_WORDS.has(t)) return false;
  }
  return null;
}

/** Non-empty trimmed string or null. */
export function toStr(value: unknown): string | null {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Milliseconds to seconds, keeping null. */
export function msToS(value: unknown): number | null {
  const n = toNumber(value);
  return n === null ? null : n / 1000;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or an empty one (reading optional nested blocks of a producer's file). */
export function recordOrEmpty(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * Normalises an InferenceX runner label to a hardware name: lower-case, leading `cluster:`
 * removed, and the `-multinode`, `-trt`, `-disagg` suffixes stripped (InferenceX
 * compare_results.py `extract_hardware`), so `cluster:h200-dgxc` stays `h200-dgxc` and
 * `b200-multinode` becomes `b200`.
 */
export function normalizeHardware(value: unknown): string | null {
  const s = toStr(value);
  if (s === null) return null;
  let h = s.toLowerCase().replace(/^cluster:/, '');
  for (;;) {
    const next = h.replace(/-(multinode|trt|disagg)$/, '');
    if (next === h) break;
    h = next;
  }
  return h;
}

/** Rounds to 12 significant digits so float noise never changes report bytes. */
export function roundStable(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(12));
}
