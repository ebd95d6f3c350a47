/**
 * How values enter report.html's model: untrusted strings capped (they are shown as text, never
 * markup: client/report.js), numbers rounded to 5 significant digits (bytes are the budget).
 */

/** Longest untrusted string carried into the page (ids, labels, messages). */
export const MAX_TEXT = 400;

/** `s` as text for the page: a string, capped at `max` characters. */
export function text(s: unknown, max = MAX_TEXT): string {
  const t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A finite number rounded to 5 significant digits, else null. */
export function round(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  return v === 0 ? 0 : Number(v.toPrecision(5));
}
