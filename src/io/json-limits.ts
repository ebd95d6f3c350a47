/**
 * Limits checked on JSON text before (and right after) it is parsed whole: nesting depth (a
 * document nested deeper than any format we read is refused before JSON.parse, so no later
 * recursive walk can overflow the stack) and finite numbers (JSON.parse turns `1e999` into
 * Infinity, which no contract allows). Messages never quote the file's content.
 */

/** Deepest nesting of arrays/objects an input JSON file may have (no format we read needs > 12). */
export const MAX_INPUT_JSON_DEPTH = 64;

/**
 * True when `text` nests arrays/objects deeper than `maxDepth` (strings skipped, escapes
 * honoured). A linear scan; stops at the first level past the limit.
 */
export function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string: find the closing quote not preceded by an odd run of backslashes.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return false;
}

/**
 * A text with at most this many `[`/`{` bytes is parsed before its depth is known: JSON.parse of
 * that many nested levels costs about a millisecond however they nest, and the walk after the
 * parse (inspectParsed) gives the exact depth. A text with more is depth-scanned first.
 */
export const PARSE_FIRST_MAX_OPENERS = 2048;

/** True when `buf` holds at most `max` `[` and `{` bytes (native byte search; stops past `max`). */
export function openersAtMost(buf: Uint8Array, max: number): boolean {
  let n = 0;
  for (const b of [0x5b, 0x7b]) {
    for (let i = buf.indexOf(b); i >= 0; i = buf.indexOf(b, i + 1)) if (++n > max) return false;
  }
  return true;
}

/** What one walk of a parsed document found. */
export interface ParsedLimits {
  /** Arrays/objects nest deeper than the limit (the root container is level 1, as in jsonDepthExceeds). */
  tooDeep: boolean;
  /** A non-finite number (JSON.parse reads `1e999` as Infinity). */
  nonFinite: boolean;
}

/**
 * One iterative walk of a parsed document: its nesting depth against `maxDepth` (stops at the
 * first level past it) and non-finite numbers. Only containers go on the stack.
 */
export function inspectParsed(value: unknown, maxDepth: number): ParsedLimits {
  const out: ParsedLimits = { tooDeep: false, nonFinite: false };
  if (typeof value === 'number') out.nonFinite = !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return out;
  const stack: object[] = [value];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const v = stack.pop() as Record<string, unknown> | unknown[];
    const d = depths.pop() as number;
    if (d > maxDepth) {
      out.tooDeep = true;
      return out;
    }
    const items: unknown[] = Array.isArray(v) ? v : Object.values(v);
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (typeof x === 'number') {
        if (!Number.isFinite(x)) out.nonFinite = true;
      } else if (x !== null && typeof x === 'object') {
        stack.push(x);
        depths.push(d + 1);
      }
    }
  }
  return out;
}

/** Kind of a JSON root, in words ("null", "a string", "an empty array", ...). */
export function rootKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : 'an array';
  if (typeof v === 'object') return 'an object';
  return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : `a ${typeof v}`;
}

/** Roots no input format accepts: null, a bare scalar, an empty array. */
export function isUnusableRoot(v: unknown): boolean {
  return v === null || typeof v !== 'object' || (Array.isArray(v) && v.length === 0);
}
