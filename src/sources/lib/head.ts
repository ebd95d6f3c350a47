/**
 * Looks at a file for recognition (docs/ARCHITECTURE.md "Recognition"): the first bytes, what
 * kind of text they are, and the top-level keys of a JSON object (or of the first object of an
 * array or JSONL file). A file up to WHOLE_READ_BYTES is read whole (one parse, handed on to the
 * JSON read), so every top-level key is seen wherever it stands (SGLang's bench_serving writes a
 * 20-50 KB `server_info` before `duration` and `completed`); a larger file gets a streaming scan
 * of its first object's top-level keys (TopKeyScanner), at most KEY_SCAN_MAX_BYTES, never a parse.
 */

export type HeadShape = 'json-object' | 'json-array' | 'jsonl' | 'csv' | 'text' | 'binary' | 'empty';

export interface FileHead {
  /** Up to HEAD_BYTES of the file, decoded as UTF-8 (BOM removed; a cut multi-byte char dropped). */
  text: string;
  /** True when the file is longer than the head (`text`). */
  truncated: boolean;
  shape: HeadShape;
  /**
   * Top-level keys of the first JSON object (the object itself, an array's first element, a JSONL
   * file's first line), in file order: all of them for a file read whole or scanned to the
   * object's end, else as far as the head shows them.
   */
  keys: readonly string[];
}

/** Bytes of `text` (and of the shape sniff): sniffs that match text look at the first 16 KiB. */
export const HEAD_BYTES = 16 * 1024;

/**
 * Files up to this size are read whole for recognition: parsed once (the parse is kept for the
 * JSON read that follows) or, when they do not parse (JSONL, Python's NaN literals), scanned.
 */
export const WHOLE_READ_BYTES = 4 * 1024 * 1024;

/** Bytes a streaming key scan of a larger file reads at most before it gives up on the object's end. */
export const KEY_SCAN_MAX_BYTES = 256 * 1024 * 1024;

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
  if (t[0] === '[' && JSON_ARRAY_START.test(t)) {
    const open = t.indexOf('{');
    const before = open < 0 ? t : t.slice(1, open);
    const keys = open >= 0 && /^\s*$/.test(before) ? objectKeys(t, open) : [];
    return { text, truncated, shape: 'json-array', keys };
  }
  const firstLine = t.slice(0, Math.max(0, t.indexOf('\n'))) || t;
  if (looksLikeCsvHeader(firstLine)) return { text, truncated, shape: 'csv', keys: [] };
  return { text, truncated, shape: 'text', keys: [] };
}

/**
 * A JSON array's start: `[` then a value (`[TensorRT-LLM]`, `[12/06/2025-10:00:00] [I]` and other
 * bracketed log prefixes are text).
 */
const JSON_ARRAY_START =
  /^\[\s*(?:$|[[{"\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*(?:$|[,\]])|(?:true|false|null)\s*(?:$|[,\]]))/;

/**
 * A CSV header line: comma-separated names, no JSON braces (MLPerf's `:::MLLOG {"key": …}` lines
 * have commas too, inside a JSON object).
 */
function looksLikeCsvHeader(line: string): boolean {
  return /^[^,\n]+(,[^,\n]*)+\r?$/.test(line) && !line.includes('{') && !line.startsWith(':::');
}

/**
 * The FileHead of a whole file read for recognition that did not parse as one JSON document
 * (JSONL, Python's NaN literals, text, CSV): shape from the first bytes, keys from a scan of the
 * whole first object, `text` cut to the head.
 */
export function describeWhole(bytes: Uint8Array): FileHead {
  const h = describeHead(bytes, false);
  return h.text.length > HEAD_BYTES ? { ...h, text: cutToHead(h.text), truncated: true } : h;
}

function cutToHead(text: string): string {
  if (text.length <= HEAD_BYTES) return text;
  const cut = text.slice(0, HEAD_BYTES);
  // Never end on the first half of a surrogate pair.
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * The FileHead of a whole file already parsed (`text`: its decoded text, BOM removed): the head
 * describeHead gives, its keys read off the parse instead of scanned (all top-level keys), `text`
 * cut to the head. Null when the parse cannot stand in for the scan: a root that is not an object
 * or array, or a digit-only key (JSON.parse moves those first, the scan keeps file order).
 */
export function describeParsed(text: string, value: unknown): FileHead | null {
  if (value === null || typeof value !== 'object') return null;
  const truncated = text.length > HEAD_BYTES;
  const head = cutToHead(text);
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    const keys = first !== null && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : [];
    return keys.some(isDigits) ? null : { text: head, truncated, shape: 'json-array', keys };
  }
  const keys = Object.keys(value);
  return keys.some(isDigits) ? null : { text: head, truncated, shape: 'json-object', keys };
}

/** A key longer than this is not collected by TopKeyScanner (no result format has one). */
const MAX_KEY_CHARS = 4096;

/**
 * Streaming scan of the top-level keys of the first JSON object in a text fed in chunks (a file
 * too large to read whole for recognition): `push` each decoded chunk until `done` (the object
 * closed). Keys in file order, as objectKeys gives them; nothing is parsed or kept but the keys.
 */
export class TopKeyScanner {
  readonly keys: string[] = [];
  /** True once the first object has closed. */
  done = false;
  private depth = 0;
  private inStr = false;
  private esc = false;
  private expectKey = false;
  private collecting = false;
  private buf = '';
  private pending: string | null = null;

  push(chunk: string): void {
    let start = 0;
    for (let i = 0; i < chunk.length && !this.done; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inStr) {
        if (this.esc) this.esc = false;
        else if (c === 92) this.esc = true;
        else if (c === 34) {
          this.inStr = false;
          if (this.collecting) {
            this.buf += chunk.slice(start, i);
            this.collecting = false;
            this.pending = this.buf.length <= MAX_KEY_CHARS ? this.buf : null;
            this.buf = '';
          }
        }
        continue;
      }
      if (this.pending !== null) {
        if (c === 58) {
          const raw = this.pending;
          this.keys.push(raw.includes('\\') ? safeUnescape(raw) : raw);
          this.pending = null;
          this.expectKey = false;
          continue;
        }
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        this.pending = null;
      }
      if (c === 34) {
        this.inStr = true;
        if (this.depth === 1 && this.expectKey) {
          this.collecting = true;
          this.buf = '';
          start = i + 1;
        }
      } else if (c === 123 || c === 91) {
        this.depth++;
        if (this.depth === 1) this.expectKey = c === 123;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth <= 0) this.done = true;
      } else if (c === 44 && this.depth === 1) this.expectKey = true;
      else if (this.depth === 0 && !(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff)) this.done = true;
    }
    if (this.collecting && !this.done) {
      this.buf += chunk.slice(start);
      if (this.buf.length > MAX_KEY_CHARS) this.buf = this.buf.slice(0, MAX_KEY_CHARS + 1);
    }
  }
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
