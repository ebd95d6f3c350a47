/**
 * Columnar CSV reading: the caller names the columns it wants and gets a cursor per record whose
 * accessors parse a field straight from the read buffer. No record objects, no per-field strings
 * for numbers, one reused buffer: a 1M-row file allocates next to nothing on the JS heap, so the
 * young generation never grows and peak RSS stays flat in the file size.
 *
 * Two paths, one result. The byte path reads plain files (each record on one line, `"` quoting
 * closed on that line, LF or CRLF as set by the first line); at anything else it stops, and
 * csv-parse re-reads the file, skips the records already handed out and goes on. Records, line
 * numbers and values are therefore csv-parse's own (with CSV_PARSE_OPTIONS) in every case; only
 * the speed differs. When csv-parse then fails on a malformed record, the records before it have
 * all been handed out, and the error names the row after the last good one.
 */
import { closeSync, createReadStream, readSync } from 'node:fs';
import { openRegularSync } from './safe-open.js';
import { parse as parseCsv } from 'csv-parse';
import { toBool, toNumber, toStr } from '../core/parse.js';
import { CsvHeaderError, type CsvCursor, type CsvScanOptions } from '../sources/types.js';

/** csv-parse options of every CSV read (the byte path reproduces exactly their output). */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  columns: true,
  relax_column_count: true,
  skip_empty_lines: true,
  info: true,
  max_record_size: 64 * 1024 * 1024,
} as const;

/** Read buffer of the byte path; a longer line hands over to csv-parse. */
const READ_BUFFER = 1 << 20;
/** Read size of the csv-parse path. */
const CSV_PARSE_CHUNK = 1 << 20;

/** Malformed CSV or a failed read: "CSV parse error after row N: …". */
export class CsvParseError extends Error {}

/** Carries an exception of the caller's `visit` through our error handling unchanged. */
class VisitError {
  constructor(readonly error: unknown) {}
}

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const TWO_53 = 9007199254740992;

/**
 * `buf.toString('latin1', a, b)` without the argument and encoding checks: Node's Buffer has had
 * `latin1Slice` since 6.4 (it is what toString calls); the plain route stays as a fallback.
 */
const latin1: (buf: Buffer, a: number, b: number) => string =
  typeof (Buffer.prototype as unknown as { latin1Slice?: unknown }).latin1Slice === 'function'
    ? (buf, a, b) => (buf as unknown as { latin1Slice(a: number, b: number): string }).latin1Slice(a, b)
    : (buf, a, b) => buf.toString('latin1', a, b);

/** JS `String.prototype.trim` whitespace among ASCII bytes (TAB, LF, VT, FF, CR, SPACE). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `toNumber()` of the bytes buf[a..b) (a trimmed decimal literal, finite, else null), computed
 * without a string where the result is certain: ASCII only, at most 2^53 as integer mantissa and
 * a decimal exponent within ±22, where one IEEE multiplication or division by an exact power of
 * ten is correctly rounded (Clinger's fast path), so the result equals `Number()`'s. Anything else
 * goes through the string. `approximate`: a 17-digit mantissa (≥ 2^53) is not sent to the string
 * but rounded on the way, within 1e-15 relative of the exact value (for comparisons, see numBelow).
 */
export function parseNumberBytes(buf: Buffer, a: number, b: number, approximate = false): number | null {
  while (a < b && isSpace(buf[a] as number)) a++;
  while (b > a && isSpace(buf[b - 1] as number)) b--;
  if (a === b) return null;
  let i = a;
  let c = buf[i] as number;
  const neg = c === 45;
  if (neg || c === 43) i++;
  let m = 0;
  let digits = 0;
  let significant = 0;
  let frac = 0;
  let dot = false;
  /** Past what the fast path rounds exactly: Number() decides, once the grammar is checked. */
  let long = false;
  for (; i < b; i++) {
    c = buf[i] as number;
    if (c >= 48 && c <= 57) {
      digits++;
      if (dot) frac++;
      if (m !== 0 || c !== 48) {
        if (++significant > 17) long = true;
        else m = m * 10 + (c - 48);
      }
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (digits === 0) return notAsciiDecimal(buf, a, b);
  let exp = 0;
  if (i < b) {
    if (c !== 101 && c !== 69) return notAsciiDecimal(buf, a, b);
    i++;
    let eneg = false;
    if (i < b && (buf[i] === 45 || buf[i] === 43)) {
      eneg = buf[i] === 45;
      i++;
    }
    const e0 = i;
    for (; i < b; i++) {
      c = buf[i] as number;
      if (c < 48 || c > 57) return notAsciiDecimal(buf, a, b);
      if (i - e0 >= 6) long = true;
      else exp = exp * 10 + (c - 48);
    }
    if (i === e0) return notAsciiDecimal(buf, a, b);
    if (eneg) exp = -exp;
  }
  if (m === 0 && !long) return neg ? -0 : 0;
  if (long || (m >= TWO_53 && !approximate)) return exactNumber(buf, a, b);
  const e10 = exp - frac;
  let v: number;
  if (e10 === 0) v = m;
  else if (e10 > 0 && e10 <= 22) v = m * (POW10[e10] as number);
  else if (e10 < 0 && e10 >= -22) v = m / (POW10[-e10] as number);
  else return exactNumber(buf, a, b);
  return neg ? -v : v;
}

/**
 * Not an ASCII decimal literal: null, unless the field holds non-ASCII bytes; then it is decoded
 * and `toNumber()` decides (its trim knows the Unicode spaces, e.g. a trailing NBSP).
 */
function notAsciiDecimal(buf: Buffer, a: number, b: number): number | null {
  for (let i = a; i < b; i++) if ((buf[i] as number) >= 128) return toNumber(buf.toString('utf8', a, b));
  return null;
}

/** A trimmed ASCII decimal literal the fast path cannot round exactly: `Number()` on its text. */
function exactNumber(buf: Buffer, a: number, b: number): number | null {
  const n = +latin1(buf, a, b);
  return n - n === 0 ? n : null;
}

/** Byte-path cursor: field bounds of the current record in the read buffer. */
class ByteCursor implements CsvCursor {
  row = 0;
  line = 0;
  buf: Buffer = Buffer.alloc(0);
  /** Start and end of each field of the current record, quotes included. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  count = 0;
  /** Header index of each wanted column (-1: absent). */
  constructor(readonly index: Int32Array) {}

  /** The record's field index of wanted column `c`; -1 when absent (not wanted, not in the header, short record). */
  private field(c: number): number {
    const k = this.index[c] ?? -1;
    return k < this.count ? k : -1;
  }
  num(c: number): number | null {
    const k = this.field(c);
    if (k < 0) return null;
    let a = this.starts[k] as number;
    let b = this.ends[k] as number;
    if (a < b && this.buf[a] === 34) {
      a++;
      b--;
      const q = this.buf.indexOf(34, a);
      if (q >= 0 && q < b) return null; // the value holds a quote: never a number
    }
    return parseNumberBytes(this.buf, a, b);
  }
  numBelow(c: number, bound: number | null): number | null {
    return bound === null || this.approxAtLeast(c, bound, 1) ? this.num(c) : null;
  }
  numAbove(c: number, bound: number | null): number | null {
    return bound === null || this.approxAtLeast(c, bound, -1) ? this.num(c) : null;
  }
  /**
   * False only when the field is certainly not below (sign 1) / above (sign -1) `bound`: its
   * approximate value lies beyond it by far more than the approximation's error.
   */
  private approxAtLeast(c: number, bound: number, sign: 1 | -1): boolean {
    const k = this.field(c);
    if (k < 0) return false;
    const a = this.starts[k] as number;
    const b = this.ends[k] as number;
    if (a < b && this.buf[a] === 34) return true;
    const v = parseNumberBytes(this.buf, a, b, true);
    if (v === null) return false;
    return sign * (v - bound) <= 1e-13 * Math.abs(v);
  }
  value(c: number): string | undefined {
    const k = this.field(c);
    return k < 0 ? undefined : fieldValue(this.buf, this.starts[k] as number, this.ends[k] as number);
  }
  str(c: number): string | null {
    const k = this.field(c);
    if (k < 0) return null;
    return this.interned(this.starts[k] as number, this.ends[k] as number) ?? toStr(this.value(c));
  }
  /** Short ASCII values already decoded, by a hash of their bytes (ids repeat on every row). */
  private internTable = new Map<number, string>();
  /**
   * The value of buf[a..b) when it is 1–64 plain ASCII bytes with no space at either end (so
   * `toStr` would return it as is), decoded once per distinct value; else null.
   */
  private interned(a: number, b: number): string | null {
    const buf = this.buf;
    if (b - a === 0 || b - a > 64 || isSpace(buf[a] as number) || isSpace(buf[b - 1] as number)) return null;
    let h = 0x811c9dc5;
    for (let i = a; i < b; i++) {
      const x = buf[i] as number;
      if (x >= 128 || x === 34) return null;
      h = Math.imul(h ^ x, 0x01000193);
    }
    const hit = this.internTable.get(h);
    if (hit !== undefined && hit.length === b - a) {
      let i = 0;
      while (i < hit.length && hit.charCodeAt(i) === buf[a + i]) i++;
      if (i === hit.length) return hit;
    }
    const v = latin1(buf, a, b);
    if (this.internTable.size >= 4096) this.internTable.clear();
    this.internTable.set(h, v);
    return v;
  }
  bool(c: number): boolean | null {
    const k = this.field(c);
    if (k < 0) return null;
    const a = this.starts[k] as number;
    const n = (this.ends[k] as number) - a;
    const buf = this.buf;
    // Python's True / False, the spelling every producer we read writes.
    if (n === 4 && buf[a] === 84 && buf[a + 1] === 114 && buf[a + 2] === 117 && buf[a + 3] === 101) return true;
    if (n === 5 && buf[a] === 70 && buf[a + 1] === 97 && buf[a + 2] === 108 && buf[a + 3] === 115 && buf[a + 4] === 101)
      return false;
    return toBool(this.value(c));
  }
}

/** Cursor over a csv-parse record (the fallback path). */
class RecordCursor implements CsvCursor {
  row = 0;
  line = 0;
  record: Record<string, string> = {};
  constructor(readonly columns: readonly string[]) {}
  value(c: number): string | undefined {
    const name = this.columns[c];
    return name === undefined ? undefined : this.record[name];
  }
  num(c: number): number | null {
    const v = this.value(c);
    return v === undefined ? null : toNumber(v);
  }
  numBelow(c: number): number | null {
    return this.num(c);
  }
  numAbove(c: number): number | null {
    return this.num(c);
  }
  str(c: number): string | null {
    return toStr(this.value(c));
  }
  bool(c: number): boolean | null {
    return toBool(this.value(c));
  }
}

/** Value of the field buf[a..b) as csv-parse gives it (quotes and `""` escapes removed). */
function fieldValue(buf: Buffer, a: number, b: number): string {
  if (a < b && buf[a] === 34) {
    const raw = buf.toString('utf8', a + 1, b - 1);
    return raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
  }
  return buf.toString('utf8', a, b);
}

/**
 * Reads a CSV file: checks the required columns on the first record (CsvHeaderError), then calls
 * `visit` for every record with a cursor over the wanted `columns` (indexes into that list).
 * `readBuffer` (bytes; tests make it small) bounds the longest line the byte path takes on.
 * Returns the number of records. Throws CsvParseError with "CSV parse error after row N: …" on malformed
 * input or a read failure, after every record before it was visited.
 */
export async function scanCsv(
  file: string,
  rel: string,
  options: CsvScanOptions,
  visit: (cursor: CsvCursor) => void,
  readBuffer = READ_BUFFER,
): Promise<number> {
  let row = 0;
  let checked = false;
  const check = (has: (column: string) => boolean): void => {
    checked = true;
    const missing = (options.requiredColumns ?? []).filter((c) => !has(c));
    if (missing.length > 0) throw new CsvHeaderError(rel, missing);
  };
  try {
    const done = readBytes(file, options.columns, readBuffer, (cursor, header) => {
      if (!checked) {
        check((c) => {
          const k = header.indexOf(c);
          return k >= 0 && k < cursor.count;
        });
      }
      cursor.row = ++row;
      try {
        visit(cursor);
      } catch (e) {
        throw new VisitError(e);
      }
    });
    if (done) return row;

    // Records are taken as csv-parse makes them (on_record, nothing queued in the stream), so a
    // malformed record cannot cost the records parsed before it in the same chunk.
    const cursor = new RecordCursor(options.columns);
    let skip = row;
    let thrown: { error: unknown } | null = null;
    const onRecord = (item: { record: Record<string, string>; info: { lines: number } }): null => {
      if (thrown !== null) return null;
      if (skip > 0) {
        skip--;
        return null;
      }
      try {
        if (!checked) check((c) => c in item.record);
        cursor.record = item.record;
        cursor.line = item.info.lines;
        cursor.row = ++row;
        visit(cursor);
      } catch (e) {
        thrown = { error: e instanceof CsvHeaderError ? e : new VisitError(e) };
        stream.destroy();
      }
      return null;
    };
    const stream = createReadStream(file, { highWaterMark: CSV_PARSE_CHUNK });
    try {
      const parser = stream.pipe(parseCsv({ ...CSV_PARSE_OPTIONS, on_record: onRecord }));
      try {
        for await (const _ of parser) void _;
      } catch (e) {
        if (thrown === null) throw e;
      }
      if (thrown !== null) throw (thrown as { error: unknown }).error;
    } finally {
      stream.destroy();
    }
    // Header-only or empty file: no records (the caller decides what that means).
    return row;
  } catch (e) {
    if (e instanceof CsvHeaderError) throw e;
    if (e instanceof VisitError) throw e.error;
    const msg = (e as Error).message.split('\n')[0] ?? 'parse error';
    throw new CsvParseError(`CSV parse error after row ${row}: ${msg}`);
  }
}

/**
 * End of the field starting at `i` on a line ending at `b` (a quoted field: after its closing quote,
 * which must end the field); -1 at a quote the byte path does not handle.
 */
function fieldEnd(buf: Buffer, i: number, b: number): number {
  if (i < b && buf[i] === 34) {
    let j = i + 1;
    for (;;) {
      const q = buf.indexOf(34, j);
      if (q < 0 || q >= b) return -1;
      if (q + 1 < b && buf[q + 1] === 34) {
        j = q + 2;
        continue;
      }
      return q + 1 < b && buf[q + 1] !== 44 ? -1 : q + 1;
    }
  }
  let e = i;
  for (;;) {
    if (e >= b) return e;
    const c = buf[e];
    if (c === 44) return e;
    if (c === 34) return -1; // a quote inside an unquoted field
    e++;
  }
}

/** The fields of the line [a, b) into the cursor (starts, ends, count); false at an unhandled quote. */
function splitRecord(buf: Buffer, a: number, b: number, cursor: ByteCursor): boolean {
  let n = 0;
  let i = a;
  for (;;) {
    const e = fieldEnd(buf, i, b);
    if (e < 0) return false;
    if (n === cursor.starts.length) {
      const s = new Int32Array(n * 2);
      s.set(cursor.starts);
      cursor.starts = s;
      const t = new Int32Array(n * 2);
      t.set(cursor.ends);
      cursor.ends = t;
    }
    cursor.starts[n] = i;
    cursor.ends[n] = e;
    n++;
    if (e >= b) break;
    i = e + 1;
  }
  cursor.count = n;
  return true;
}

/** The header names of the cursor's record, wanted columns indexed; null on a duplicate or `__proto__` name. */
function readHeader(buf: Buffer, cursor: ByteCursor, columns: readonly string[]): string[] | null {
  const names: string[] = [];
  for (let k = 0; k < cursor.count; k++)
    names.push(fieldValue(buf, cursor.starts[k] as number, cursor.ends[k] as number));
  if (new Set(names).size !== names.length || names.includes('__proto__')) return null;
  for (let c = 0; c < columns.length; c++) cursor.index[c] = names.indexOf(columns[c] as string);
  return names;
}

/**
 * The byte path: true when the whole file was read, false when it stopped at something it does
 * not handle (every record before that was visited, none after). Mirrors csv-parse with
 * CSV_PARSE_OPTIONS: BOM skipped, empty lines skipped, the first record the header, short and
 * long records relaxed. Stops at a quote inside an unquoted field or a closing quote not followed
 * by `,`, a quote left open at the line end, a CR other than the CRLF line end (or any CR when the
 * first line ends in LF), a duplicate or `__proto__` header name, a line longer than the buffer.
 */
function readBytes(
  file: string,
  columns: readonly string[],
  readBuffer: number,
  onRecord: (cursor: ByteCursor, header: string[]) => void,
): boolean {
  const fd = openRegularSync(file).fd;
  try {
    const buf = Buffer.allocUnsafe(readBuffer);
    let len = 0;
    let eof = false;
    let first = true;
    let lineNo = 0;
    let crlf: boolean | null = null;
    let header: string[] | null = null;
    const cursor = new ByteCursor(new Int32Array(columns.length).fill(-1));
    /** Next CR at or after the current line start (len: none in the buffer). */
    let nextCr = -1;

    const line = (a: number, nl: number, last: boolean): boolean => {
      lineNo++;
      let b = nl;
      if (!last) {
        if (crlf === null) crlf = b > a && buf[b - 1] === 13;
        if (crlf) {
          if (b === a || buf[b - 1] !== 13) return false;
          b--;
        }
      }
      if (nextCr < a) {
        nextCr = buf.indexOf(13, a);
        if (nextCr < 0 || nextCr >= len) nextCr = len;
      }
      if (nextCr < b) return false;
      if (b === a) return true; // empty line, skipped
      if (!splitRecord(buf, a, b, cursor)) return false;
      cursor.line = lineNo;
      if (header === null) {
        header = readHeader(buf, cursor, columns);
        return header !== null;
      }
      onRecord(cursor, header);
      return true;
    };

    for (;;) {
      if (!eof) {
        const r = readSync(fd, buf, len, buf.length - len, null);
        if (r === 0) eof = true;
        len += r;
      }
      cursor.buf = buf;
      let pos = 0;
      if (first && (len >= 3 || eof)) {
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && len >= 3) pos = 3;
      } else if (first) continue; // fewer than 3 bytes so far: read on
      nextCr = -1;
      for (;;) {
        const nl = buf.indexOf(10, pos);
        if (nl < 0 || nl >= len) break;
        if (!line(pos, nl, false)) return false;
        pos = nl + 1;
      }
      if (eof) {
        if (pos < len && !line(pos, len, true)) return false;
        return true;
      }
      if (pos === 0 && len === buf.length) return false; // a line longer than the buffer
      buf.copyWithin(0, pos, len);
      len -= pos;
    }
  } finally {
    closeSync(fd);
  }
}
