/**
 * The filesystem side of ingestion: walks the results root (skipping report output folders and
 * symlink loops), and gives adapters size-capped, streamed, finding-friendly reads.
 */
import { createReadStream, lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import type { Thresholds } from '../core/thresholds.js';
import {
  CsvHeaderError,
  type CsvOptions,
  type CsvRow,
  type FileEntry,
  type IngestContext,
  type JsonRead,
  type LineRead,
} from '../sources/types.js';

/** Folder names that hold our own output; never read back as input. */
export const DEFAULT_OUTPUT_DIR_NAME = 'inferguard_report';

export class IngestReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export interface ScanResult {
  files: FileEntry[];
  /** Problems met while walking (symlink loops, unreadable dirs), relative paths. */
  problems: { path: string; message: string }[];
}

/**
 * Lists every regular file under `root` (following symlinks once, detecting loops by real path),
 * skipping `inferguard_report/`, any folder holding a previous `report.json` of ours, and
 * `excludeDirs` (absolute paths, e.g. a custom --output-dir inside the root).
 */
export async function scanResultsDir(root: string, excludeDirs: string[] = []): Promise<ScanResult> {
  const files: FileEntry[] = [];
  const problems: ScanResult['problems'] = [];
  const seenReal = new Set<string>();
  const excluded = new Set(excludeDirs.map((d) => path.resolve(d)));

  /**
   * `knownReal`: the real path of `absDir` when the caller knows it (a plain directory entry, not
   * a symlink, of a folder whose real path is known is that real path + its name), else null.
   */
  async function walk(absDir: string, relDir: string, knownReal: string | null): Promise<void> {
    // Synchronous fs calls on purpose: a sweep is thousands of tiny files, and each awaited call
    // is a thread-pool round trip (a 2,000-cell sweep spent ~4 s idle in them); nothing else runs
    // while the analyzer scans and reads.
    let real: string;
    try {
      // realpathSync lstats every component of the path: ~4 lstats per folder of a sweep.
      real = knownReal ?? realpathSync(absDir);
    } catch (e) {
      problems.push({ path: relDir || '.', message: `unreadable directory (${errCode(e)})` });
      return;
    }
    if (seenReal.has(real)) {
      problems.push({ path: relDir || '.', message: 'symlink loop or repeated directory, skipped' });
      return;
    }
    seenReal.add(real);
    let entries: Dirent[];
    try {
      // With types: a plain sub-folder needs neither an lstat nor a realpath (files still get
      // their lstat, for size and mtime; symlinks and unknown types go the lstat/stat way).
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: relDir || '.', message: `unreadable directory (${errCode(e)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A folder that holds one of our previous reports is output, not input.
    if (
      relDir !== '' &&
      entries.some((e) => e.name === 'report.json') &&
      (await isOurReport(path.join(absDir, 'report.json')))
    ) {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const abs = path.join(absDir, name);
      const rel = relDir ? `${relDir}/${name}` : name;
      if (entry.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(path.resolve(abs))) continue;
        await walk(abs, rel, path.join(real, name));
        continue;
      }
      let st;
      try {
        const l = lstatSync(abs);
        st = l.isSymbolicLink() ? statSync(abs) : l;
      } catch (e) {
        problems.push({ path: rel, message: `unreadable entry (${errCode(e)})` });
        continue;
      }
      if (st.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || excluded.has(path.resolve(abs))) continue;
        await walk(abs, rel, null);
      } else if (st.isFile()) {
        files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  }

  await walk(root, '', null);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

async function isOurReport(file: string): Promise<boolean> {
  try {
    const head = readFileSync(file, 'utf8').slice(0, 200);
    return head.includes('"inferguard-analyze/v1"');
  } catch {
    return false;
  }
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'error';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Creates the IngestContext for a scanned root. */
/**
 * Glob → RegExp over relative POSIX paths: `**` any folders (including none), `*` any characters
 * but `/`, `?` one character but `/`. A pattern without `/` matches the base name anywhere.
 */
export function globToRegExp(glob: string): RegExp {
  const g = glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`;
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i] as string;
    if (c === '*' && g[i + 1] === '*') {
      const slash = g[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export const DEFAULT_TIMELINE_NAME = 'inferguard_timeline.jsonl';

export function createIngestContext(
  root: string,
  files: FileEntry[],
  thresholds: Thresholds,
  options: { timelineGlob?: string } = {},
): IngestContext {
  const timelineRe = options.timelineGlob ? globToRegExp(options.timelineGlob) : null;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const jsonCache = new Map<string, Promise<JsonRead>>();
  const claimed = new Set<string>();
  const abs = (rel: string): string => path.join(root, ...rel.split('/'));

  async function readJsonUncached(rel: string): Promise<JsonRead> {
    const entry = byPath.get(rel);
    const size = entry?.size ?? 0;
    if (size > thresholds.max_json_bytes) {
      return {
        ok: false,
        reason: 'too_large',
        message: `${rel} is ${size} bytes, above the ${thresholds.max_json_bytes}-byte JSON size cap (max_json_bytes)`,
      };
    }
    let buf: Buffer;
    try {
      buf = readFileSync(abs(rel));
    } catch (e) {
      return { ok: false, reason: 'unreadable', message: `${rel} could not be read (${errCode(e)})` };
    }
    let text: string;
    try {
      text = utf8Strict.decode(buf);
    } catch {
      return { ok: false, reason: 'not_utf8', message: `${rel} is not valid UTF-8` };
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return { ok: false, reason: 'empty', message: `${rel} is empty` };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (e) {
      const msg = (e as Error).message;
      const { line, column, offset } = jsonErrorPosition(text, msg);
      const where = line !== null ? ` at line ${line}, column ${column}` : '';
      const truncated =
        /Unexpected end|unterminated|end of JSON/i.test(msg) || (offset !== null && offset >= text.trimEnd().length);
      return {
        ok: false,
        reason: 'invalid_json',
        message: `${rel} is not valid JSON${truncated ? ' (truncated)' : ''}${where}`,
      };
    }
  }

  return {
    files,
    thresholds,
    readJson(rel) {
      let p = jsonCache.get(rel);
      if (!p) {
        p = readJsonUncached(rel);
        jsonCache.set(rel, p);
      }
      return p;
    },
    async readText(rel) {
      const entry = byPath.get(rel);
      if ((entry?.size ?? 0) > thresholds.max_json_bytes) return null;
      try {
        const t = readFileSync(abs(rel), 'utf8');
        return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
      } catch {
        return null;
      }
    },
    lines(rel) {
      return readLines(abs(rel), rel);
    },
    csv(rel, options) {
      return readCsv(abs(rel), rel, options);
    },
    claim(...paths) {
      for (const p of paths) claimed.add(p);
    },
    isClaimed(p) {
      return claimed.has(p);
    },
    isTimelineFile(p) {
      return timelineRe ? timelineRe.test(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
    },
  };
}

/**
 * Turns a JSON.parse message into line/column: "position N" when the engine gives it, else the
 * first occurrence of the unexpected token outside a string (Node 20 omits positions there).
 */
function jsonErrorPosition(
  text: string,
  msg: string,
): { line: number | null; column: number | null; offset: number | null } {
  const pos = /position (\d+)/.exec(msg);
  let offset: number | null = pos ? Number(pos[1]) : null;
  if (offset === null && /Unexpected end/i.test(msg)) offset = text.length;
  if (offset === null) {
    const tok = /Unexpected token '(.)'/.exec(msg)?.[1];
    if (tok !== undefined) offset = firstOutsideString(text, tok);
  }
  if (offset === null) return { line: null, column: null, offset: null };
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last, offset };
}

function firstOutsideString(text: string, ch: string): number | null {
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === ch) return i;
  }
  return null;
}

async function* readLines(file: string, rel: string): AsyncIterable<LineRead> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of rl) {
      line++;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      yield { line, text };
    }
  } catch (e) {
    throw new IngestReadError(rel, `read failed at line ${line + 1} (${errCode(e)})`);
  } finally {
    rl.close();
    stream.destroy();
  }
}

/** csv-parse options of every CSV read (the fast path below reproduces exactly their output). */
const CSV_PARSE_OPTIONS = {
  bom: true,
  columns: true,
  relax_column_count: true,
  skip_empty_lines: true,
  info: true,
  max_record_size: 64 * 1024 * 1024,
} as const;

async function* readCsv(file: string, rel: string, options?: CsvOptions): AsyncIterable<CsvRow> {
  let row = 0;
  let checked = false;
  const check = (has: (column: string) => boolean): void => {
    checked = true;
    const required = options?.requiredColumns ?? [];
    const missing = required.filter((c) => !has(c));
    if (missing.length > 0) throw new CsvHeaderError(rel, missing);
  };
  let stream: ReturnType<typeof createReadStream> | null = null;
  try {
    // Fast path: plain single-line records. It stops at anything unusual; csv-parse then
    // re-reads the file, skips the records already yielded and goes on, so records, line numbers
    // and error messages are csv-parse's own in every case.
    stream = createReadStream(file, { encoding: 'utf8', highWaterMark: FAST_CHUNK });
    const scan = new FastCsvScan();
    let wanted: (string | null)[] | null = null;
    const emitBatch = function* (batch: FastCsvBatch): Iterable<CsvRow> {
      if (batch.count === 0) return;
      const header = scan.header as string[];
      if (wanted === null)
        wanted = header.map((h) => (options?.columns === undefined || options.columns.includes(h) ? h : null));
      const { fb, text } = batch;
      for (let j = 0; j < batch.count; j++) {
        const at = batch.firstField[j] as number;
        const n = batch.fieldCount[j] as number;
        if (!checked) {
          check((c) => {
            const k = header.indexOf(c);
            return k >= 0 && k < n;
          });
        }
        const record: Record<string, string> = {};
        const m = n < wanted.length ? n : wanted.length;
        for (let k = 0; k < m; k++) {
          const name = wanted[k];
          if (name === null || name === undefined) continue;
          const i = fb[2 * (at + k)] as number;
          const e = fb[2 * (at + k) + 1] as number;
          record[name] = fieldValue(text, i, e);
        }
        row++;
        yield { row, line: batch.lines[j] as number, record };
      }
    };
    // Checked lines are handed out late: csv-parse (reading CSV_PARSE_CHUNK bytes at a time)
    // loses the records of the chunk it fails in and a few buffered before it, and a failing
    // last line can cost it the whole last chunk. The fallback must never have seen more records
    // than csv-parse gives, so a batch waits until the checked text lies two csv-parse chunks
    // past its end (or the whole file checked fine).
    const held: { batch: FastCsvBatch; region: number }[] = [];
    let bytes = 0;
    let ok = true;
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk);
      const batch = scan.chunk(chunk);
      if (batch === null) {
        ok = false;
        break;
      }
      held.push({ batch, region: Math.floor(bytes / CSV_PARSE_CHUNK) });
      const checkedTo = bytes - Buffer.byteLength(scan.rest);
      const safeBelow = Math.floor(checkedTo / CSV_PARSE_CHUNK) - 1;
      while (held.length > 0 && (held[0] as { region: number }).region < safeBelow) {
        for (const r of emitBatch((held.shift() as { batch: FastCsvBatch }).batch)) yield r;
      }
    }
    const tail = ok ? scan.end() : null;
    stream.destroy();
    stream = null;
    if (tail !== null) {
      for (const h of held) for (const r of emitBatch(h.batch)) yield r;
      for (const r of emitBatch(tail)) yield r;
      return;
    }

    stream = createReadStream(file, { highWaterMark: CSV_PARSE_CHUNK });
    const parser = stream.pipe(parseCsv(CSV_PARSE_OPTIONS));
    let skip = row;
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (!checked) check((c) => c in item.record);
      row++;
      yield { row, line: item.info.lines, record: item.record };
    }
    // Header-only or empty file: csv-parse yields nothing; treat as no rows (caller decides).
  } catch (e) {
    if (e instanceof CsvHeaderError) throw e;
    const msg = (e as Error).message.split('\n')[0] ?? 'parse error';
    throw new IngestReadError(rel, `CSV parse error after row ${row}: ${msg}`);
  } finally {
    stream?.destroy();
  }
}

/** Longest line the fast path takes on (csv-parse enforces max_record_size itself). */
const FAST_MAX_LINE = 1 << 20;
/** Read size of the csv-parse path. */
const CSV_PARSE_CHUNK = 1 << 20;
/**
 * Read size of the fast path: small enough that each decoded chunk is an ordinary young-generation
 * string (1 MB strings go to V8's large-object space and pile up until a full GC: peak RSS).
 */
const FAST_CHUNK = 1 << 16;

/** Value of a field text[i..e) (quotes and `""` escapes removed). */
function fieldValue(text: string, i: number, e: number): string {
  if (i < e && text.charCodeAt(i) === 34) {
    const raw = text.slice(i + 1, e - 1);
    return raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
  }
  return text.slice(i, e);
}

/** text.indexOf(ch, from), or text.length + 1 when absent. */
function indexOrPast(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length + 1 : i;
}

/** Checked lines of a chunk: field bounds `fb` (start, end pairs) per line. */
interface FastCsvBatch {
  text: string;
  fb: number[];
  firstField: number[];
  fieldCount: number[];
  lines: number[];
  count: number;
}

/**
 * Line scanner of the fast path: the records csv-parse would give with CSV_PARSE_OPTIONS, for
 * files whose records each sit on one line: `,` separated, `"` quoted fields closed on the same
 * line (`""` escapes), LF or CRLF line ends as set by the first line, BOM and empty lines skipped,
 * the first record the header, short/long records relaxed. `chunk()` checks every line of a chunk
 * and returns null at anything it does not handle (a quote inside an unquoted field or not
 * followed by `,`, a quoted line break, a stray CR or LF, a duplicate or `__proto__` column name,
 * a very long line).
 */
class FastCsvScan {
  header: string[] | null = null;
  private crlf: boolean | null = null;
  private lineNo = 0;
  /** The incomplete last line of the text seen so far. */
  rest = '';
  private first = true;
  /** Next CR / quote / comma at or after the current position in the current text (text.length + 1: none). */
  private nextCr = -1;
  private nextQuote = -1;
  private nextComma = -1;

  /** The complete lines of the text seen so far (the incomplete last line kept back), or null to stop. */
  chunk(chunk: string): FastCsvBatch | null {
    let text = this.rest + chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const batch: FastCsvBatch = { text, fb: [], firstField: [], fieldCount: [], lines: [], count: 0 };
    this.nextCr = -1;
    this.nextQuote = -1;
    this.nextComma = -1;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (!this.line(batch, start, nl, false)) return null;
      start = nl + 1;
    }
    this.rest = text.slice(start);
    if (this.rest.length > FAST_MAX_LINE) return null;
    return batch;
  }

  /** The last line (no line end), once the stream ended; null to stop. */
  end(): FastCsvBatch | null {
    const text = this.rest;
    const batch: FastCsvBatch = { text, fb: [], firstField: [], fieldCount: [], lines: [], count: 0 };
    this.nextCr = -1;
    this.nextQuote = -1;
    this.nextComma = -1;
    if (text !== '' && !this.line(batch, 0, text.length, true)) return null;
    return batch;
  }

  private line(batch: FastCsvBatch, a: number, nl: number, last: boolean): boolean {
    const text = batch.text;
    this.lineNo++;
    let b = nl;
    if (!last) {
      if (this.crlf === null) this.crlf = b > a && text.charCodeAt(b - 1) === 13;
      if (this.crlf) {
        if (b === a || text.charCodeAt(b - 1) !== 13) return false;
        b--;
      }
    }
    if (b - a > FAST_MAX_LINE) return false;
    // Next CR / quote / comma positions are remembered across lines: searching each line afresh would
    // scan to the end of the chunk for every line when the chunk has none.
    if (this.nextCr < a) this.nextCr = indexOrPast(text, '\r', a);
    if (this.nextCr < b) return false;
    if (b === a) return true; // empty line, skipped
    const fb = batch.fb;
    const at = fb.length >> 1;
    if (this.nextQuote < a) this.nextQuote = indexOrPast(text, '"', a);
    let q = this.nextQuote < b ? this.nextQuote : b;
    let i = a;
    for (;;) {
      let e: number;
      if (i === q && i < b) {
        // Quoted field: up to its closing quote, which must end the field.
        let j = i + 1;
        for (;;) {
          const c = text.indexOf('"', j);
          if (c < 0 || c >= b) return false;
          if (c + 1 < b && text.charCodeAt(c + 1) === 34) {
            j = c + 2;
            continue;
          }
          e = c + 1;
          break;
        }
        if (e < b && text.charCodeAt(e) !== 44) return false;
        this.nextQuote = indexOrPast(text, '"', e);
        q = this.nextQuote < b ? this.nextQuote : b;
      } else {
        if (this.nextComma < i) this.nextComma = indexOrPast(text, ',', i);
        e = this.nextComma < b ? this.nextComma : b;
        if (q < e) return false; // a quote inside an unquoted field
      }
      fb.push(i, e);
      if (e >= b) break;
      i = e + 1;
    }
    const n = (fb.length >> 1) - at;
    if (this.header === null) {
      const names: string[] = [];
      for (let k = 0; k < n; k++)
        names.push(fieldValue(text, fb[2 * (at + k)] as number, fb[2 * (at + k) + 1] as number));
      fb.length = 2 * at;
      if (new Set(names).size !== names.length || names.includes('__proto__')) return false;
      this.header = names;
      return true;
    }
    batch.firstField.push(at);
    batch.fieldCount.push(n);
    batch.lines.push(this.lineNo);
    batch.count++;
    return true;
  }
}
