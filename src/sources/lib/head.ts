/**
 * Cheap looks at a file for recognition (docs/ARCHITECTURE.md "Recognition"): the first bytes,
 * what kind of text they are, and the top-level keys a JSON object (or the first object of an
 * array or JSONL file) shows within them. Never a full parse: a 2 GB file costs one small read.
 */

export type HeadShape = 'json-object' | 'json-array' | 'jsonl' | 'csv' | 'text' | 'binary' | 'empty';

export interface FileHead {
  /** Up to HEAD_BYTES of the file, decoded as UTF-8 (BOM removed; a cut multi-byte char dropped). */
  text: string;
  /** True when the file is longer than the head. */
  truncated: boolean;
  shape: HeadShape;
  /**
   * Keys of the first JSON object (the object itself, an array's first element, a JSONL file's
   * first line) as far as the head shows them, in file order.
   */
  keys: readonly string[];
}

/** Bytes read for recognition. A vLLM/SGLang result states its identifying keys in the first ~1 KB. */
export const HEAD_BYTES = 16 * 1024;

const utf8Lenient = new TextDecoder('utf-8', { fatal: false });

/** Builds a FileHead from the first bytes of a file. */
export function describeHead(bytes: Uint8Array, truncated: boolean): FileHead {
  if (bytes.length === 0) return { text: '', truncated: false, shape: 'empty', keys: [] };
  if (bytes.subarray(0, 4096).indexOf(0) >= 0) return { text: '', truncated, shape: 'binary', keys: [] };
  let text = utf8Lenient.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (truncated && text.endsWith('\ufffd')) text = text.slice(0, -1);
  const t = text.trimStart();
  if (t === '') return { text, truncated, shape: 'empty', keys: [] };
  if (t[0] === '{') {
    // One object per line (JSONL) when the first line closes an object and another follows.
    const nl = t.indexOf('\n');
    const first = nl < 0 ? t : t.slice(0, nl);
    const rest = nl < 0 ? '' : t.slice(nl + 1).trimStart();
    const jsonl = rest.startsWith('{') && closesAt(first) === first.trimEnd().length;
    return { text, truncated, shape: jsonl ? 'jsonl' : 'json-object', keys: objectKeys(t, 0) };
  }
  if (t[0] === '[') {
    const open = t.indexOf('{');
    const before = open < 0 ? t : t.slice(1, open);
    const keys = open >= 0 && /^\s*$/.test(before) ? objectKeys(t, open) : [];
    return { text, truncated, shape: 'json-array', keys };
  }
  const firstLine = t.slice(0, Math.max(0, t.indexOf('\n'))) || t;
  if (/^[^,\n]+(,[^,\n]*)+\r?$/.test(firstLine)) return { text, truncated, shape: 'csv', keys: [] };
  return { text, truncated, shape: 'text', keys: [] };
}

/**
 * The FileHead of a whole file already parsed (`text`: its decoded text, BOM removed): the same
 * head describeHead gives, its keys read off the parse instead of scanned. Null when the parse
 * cannot stand in for the scan: a root that is not an object or array, or a digit-only key
 * (JSON.parse moves those first, the scan keeps file order).
 */
export function describeParsed(text: string, value: unknown): FileHead | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    const keys = first !== null && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : [];
    return keys.some(isDigits) ? null : { text, truncated: false, shape: 'json-array', keys };
  }
  const keys = Object.keys(value);
  return keys.some(isDigits) ? null : { text, truncated: false, shape: 'json-object', keys };
}

function isDigits(k: string): boolean {
  const c = k.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+$/.test(k);
}

/** Index just after the object that starts at 0 in `s` closes, or -1 when it does not close in `s`. */
function closesAt(s: string): number {
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inStr) {
      if (c === 92) i++;
      else if (c === 34) inStr = false;
    } else if (c === 34) inStr = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Keys at depth 1 of the object opening at `start`, as far as `text` goes. */
function objectKeys(text: string, start: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: find its end
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= text.length) break;
      if (depth === 1 && expectKey) {
        let k = j + 1;
        while (k < text.length && /\s/.test(text[k] as string)) k++;
        if (text[k] === ':') {
          const raw = text.slice(i + 1, j);
          keys.push(raw.includes('\\') ? safeUnescape(raw) : raw);
          expectKey = false;
        }
      }
      i = j;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) break;
    } else if (c === 44 && depth === 1) expectKey = true;
  }
  return keys;
}

function safeUnescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** True when every key is among the head's keys. */
export function hasKeys(head: FileHead, ...keys: string[]): boolean {
  return keys.every((k) => head.keys.includes(k));
}

/** True when at least one key is among the head's keys. */
export function hasAnyKey(head: FileHead, ...keys: string[]): boolean {
  return keys.some((k) => head.keys.includes(k));
}

/**
 * JSON.parse that also takes the non-standard literals Python's json module writes
 * (`NaN`, `Infinity`, `-Infinity`; SGLang and lm-eval results carry them): outside strings they
 * become `null`, `"inf"`, `"-inf"` (toNumber reads neither as a number; request rates read "inf").
 */
export function parseJsonLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (!/NaN|Infinity/.test(text)) throw e;
  }
  let out = '';
  let last = 0;
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inStr) {
      if (c === 92) i++;
      else if (c === 34) inStr = false;
      continue;
    }
    if (c === 34) {
      inStr = true;
      continue;
    }
    let lit: string | null = null;
    let rep = '';
    if (c === 78 && text.startsWith('NaN', i)) {
      lit = 'NaN';
      rep = 'null';
    } else if (c === 73 && text.startsWith('Infinity', i)) {
      lit = 'Infinity';
      rep = '"inf"';
    } else if (c === 45 && text.startsWith('-Infinity', i)) {
      lit = '-Infinity';
      rep = '"-inf"';
    }
    if (lit !== null) {
      out += text.slice(last, i) + rep;
      i += lit.length - 1;
      last = i + 1;
    }
  }
  return JSON.parse(out + text.slice(last));
}
