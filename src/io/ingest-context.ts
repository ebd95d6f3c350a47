/**
 * The filesystem side of ingestion: walks the results root (skipping report output folders and
 * symlink loops), and gives adapters size-capped, streamed, finding-friendly reads.
 */
import {
  closeSync,
  lstatSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { globMatcher, splitPatternList } from '../core/glob.js';
import type { Thresholds } from '../core/thresholds.js';
import { CsvParseError, scanCsv } from './csv-read.js';
import { LineReadError, readFileLines } from './line-read.js';
import { type FileEntry, type IngestContext, type JsonRead, type LineRead } from '../sources/types.js';
import {
  inspectParsed,
  isUnusableRoot,
  jsonDepthExceeds,
  MAX_INPUT_JSON_DEPTH,
  openersAtMost,
  PARSE_FIRST_MAX_OPENERS,
  rootKind,
} from './json-limits.js';
import { entryKind, NotRegularFileError, openRegularSync } from './safe-open.js';
import {
  describeHead,
  describeParsed,
  describeWhole,
  HEAD_BYTES,
  KEY_SCAN_MAX_BYTES,
  TopKeyScanner,
  WHOLE_READ_BYTES,
  type FileHead,
} from '../sources/lib/head.js';

/** Folder names that hold our own output; never read back as input. */
export const DEFAULT_OUTPUT_DIR_NAME = 'inferguard_report';

export { IngestReadError } from '../errors.js';
import { IngestReadError } from '../errors.js';

export interface ScanResult {
  files: FileEntry[];
  /**
   * Problems met while walking, relative paths: symlink loops, unreadable dirs, entries that are
   * not regular files (FIFO, socket, device; a directory carrying a data file's name), symlinks
   * leaving the root. `critical` when the entry has a data file's name (.json, .jsonl, .csv), so
   * it stands where a format's file would.
   */
  problems: { path: string; message: string; critical?: boolean; info?: boolean }[];
}

/** Names of the files formats read: an entry with such a name that is not a regular file is reported critical. */
const DATA_FILE_NAME = /\.(?:json|jsonl|csv)$/i;

/** A directory where a format's data file would be: reported (its contents are still walked). */
export const DIR_AS_FILE = 'is a directory, not the data file its name says';
/** A directory with a data file's name that holds files: reported as info, its files are read. */
export const DIR_NAMED_LIKE_FILE = 'is a directory named like a data file; the files inside it are read';

/** True when `target` (a real path) is `root` or inside it. */
export function isInside(root: string, target: string): boolean {
  const r = path.relative(root, target);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

/** State of one results-folder walk. */
interface Walk {
  files: FileEntry[];
  problems: ScanResult['problems'];
  /** Real paths of the folders walked (loop detection). */
  seenReal: Set<string>;
  excluded: Set<string>;
  /** The boundary: a symlink whose target resolves outside it is never followed. */
  rootReal: string;
}

/**
 * Lists every regular file under `root` (following symlinks once, detecting loops by real path),
 * skipping `inferguard_report/`, any folder holding a previous `report.json` of ours, and
 * `excludeDirs` (absolute paths, e.g. a custom --output-dir inside the root).
 */
export async function scanResultsDir(root: string, excludeDirs: string[] = []): Promise<ScanResult> {
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    rootReal = path.resolve(root);
  }
  const w: Walk = {
    files: [],
    problems: [],
    seenReal: new Set(),
    excluded: new Set(excludeDirs.map((d) => path.resolve(d))),
    rootReal,
  };
  await walkDir(w, root, '', null);
  w.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: w.files, problems: w.problems };
}

/**
 * A directory carrying a data file's name (`x.json/`) is walked like any folder. It is critical
 * when it holds no file: then it stands where a format's file would. One that holds files is a
 * producer's output folder (lm-eval's `--output_path x.json` makes one) and only an info finding.
 */
async function walkDataNamedDir(
  w: Walk,
  abs: string,
  rel: string,
  real: string | null,
  dataName: boolean,
): Promise<void> {
  const before = w.files.length;
  await walkDir(w, abs, rel, real);
  if (!dataName) return;
  if (w.files.length === before) w.problems.push({ path: rel, message: DIR_AS_FILE, critical: true });
  else w.problems.push({ path: rel, message: DIR_NAMED_LIKE_FILE, info: true });
}

/**
 * Walks one folder. `knownReal`: the real path of `absDir` when the caller knows it (a plain
 * directory entry, not a symlink, of a folder whose real path is known is that real path + its
 * name), else null.
 */
async function walkDir(w: Walk, absDir: string, relDir: string, knownReal: string | null): Promise<void> {
  // Synchronous fs calls on purpose: a sweep is thousands of tiny files, and each awaited call
  // is a thread-pool round trip (a 2,000-cell sweep spent ~4 s idle in them); nothing else runs
  // while the analyzer scans and reads.
  let real: string;
  try {
    // realpathSync lstats every component of the path: ~4 lstats per folder of a sweep.
    real = knownReal ?? realpathSync(absDir);
  } catch (e) {
    w.problems.push({ path: relDir || '.', message: `unreadable directory (${errCode(e)})` });
    return;
  }
  if (w.seenReal.has(real)) {
    w.problems.push({ path: relDir || '.', message: 'symlink loop or repeated directory, skipped' });
    return;
  }
  w.seenReal.add(real);
  let entries: Dirent[];
  try {
    // With types: a plain sub-folder needs neither an lstat nor a realpath (files still get
    // their lstat, for size and mtime; symlinks and unknown types go the lstat/stat way).
    entries = readdirSync(absDir, { withFileTypes: true });
  } catch (e) {
    w.problems.push({ path: relDir || '.', message: `unreadable directory (${errCode(e)})` });
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
  for (const entry of entries) await visitEntry(w, entry, absDir, relDir, real);
}

/** One folder entry: a sub-folder is walked, a regular file listed, anything else a problem. */
async function visitEntry(w: Walk, entry: Dirent, absDir: string, relDir: string, real: string): Promise<void> {
  const name = entry.name;
  const abs = path.join(absDir, name);
  const rel = relDir ? `${relDir}/${name}` : name;
  const dataName = DATA_FILE_NAME.test(name);
  if (entry.isDirectory()) {
    if (name === DEFAULT_OUTPUT_DIR_NAME || w.excluded.has(path.resolve(abs))) return;
    await walkDataNamedDir(w, abs, rel, path.join(real, name), dataName);
    return;
  }
  const st = entryStats(w, abs, rel, dataName);
  if (st === null) return;
  if (st.isDirectory()) {
    if (name === DEFAULT_OUTPUT_DIR_NAME || w.excluded.has(path.resolve(abs))) return;
    await walkDataNamedDir(w, abs, rel, null, dataName);
  } else if (st.isFile()) {
    w.files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
  } else {
    w.problems.push({ path: rel, message: `is ${entryKind(st)}, not a regular file; not read`, critical: dataName });
  }
}

/** The entry's stats (a symlink's target's, when it stays inside the root); null with a problem otherwise. */
function entryStats(w: Walk, abs: string, rel: string, dataName: boolean): Stats | null {
  try {
    const l = lstatSync(abs);
    if (!l.isSymbolicLink()) return l;
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (e) {
      w.problems.push({ path: rel, message: `broken symlink (${errCode(e)}); not read`, critical: dataName });
      return null;
    }
    if (!isInside(w.rootReal, target)) {
      w.problems.push({
        path: rel,
        message: 'is a symlink whose target is outside the results folder; not followed',
        critical: dataName,
      });
      return null;
    }
    return statSync(abs);
  } catch (e) {
    w.problems.push({ path: rel, message: `unreadable entry (${errCode(e)})`, critical: dataName });
    return null;
  }
}

async function isOurReport(file: string): Promise<boolean> {
  try {
    const { fd } = openRegularSync(file);
    try {
      const buf = Buffer.alloc(200);
      const n = readSync(fd, buf, 0, 200, 0);
      return buf.subarray(0, n).toString('utf8').includes('"inferguard-analyze/v1"');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'error';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

class TooLargeError extends Error {
  constructor(readonly size: number) {
    super(`${size} bytes`);
  }
}

/** Reads a regular file whole through a non-blocking open (a FIFO never blocks), up to `cap` bytes. */
function readRegular(file: string, cap: number): Buffer {
  const { fd, stats } = openRegularSync(file);
  try {
    if (stats.size > cap) throw new TooLargeError(stats.size);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

export const DEFAULT_TIMELINE_NAME = 'inferguard_timeline.jsonl';

type JsonFailure = Extract<JsonRead, { ok: false }>;

function tooLarge(rel: string, size: number, cap: number): JsonFailure {
  return {
    ok: false,
    reason: 'too_large',
    message: `${rel} is ${size} bytes, above the ${cap}-byte JSON size cap (max_json_bytes)`,
  };
}

/** Step 1 of a JSON read: the bytes, through a non-blocking open and the size cap (`size`: the scan's). */
function readJsonBytes(file: string, rel: string, size: number, cap: number): Buffer | JsonFailure {
  if (size > cap) return tooLarge(rel, size, cap);
  try {
    return readRegular(file, cap);
  } catch (e) {
    if (e instanceof NotRegularFileError)
      return { ok: false, reason: 'not_regular', message: `${rel} ${e.message}; not read` };
    if (e instanceof TooLargeError) return tooLarge(rel, e.size, cap);
    return { ok: false, reason: 'unreadable', message: `${rel} could not be read (${errCode(e)})` };
  }
}

/** Step 2: strict UTF-8 (BOM dropped), then step 3. */
function parseJsonBytes(buf: Uint8Array, rel: string, maxDepth: number): JsonRead {
  const text = decodeJson(buf, rel);
  return typeof text === 'string' ? parseJsonText(text, buf, rel, maxDepth) : text;
}

function decodeJson(buf: Uint8Array, rel: string): string | JsonFailure {
  let text: string;
  try {
    text = utf8Strict.decode(buf);
  } catch {
    return { ok: false, reason: 'not_utf8', message: `${rel} is not valid UTF-8` };
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Step 3, on the decoded text (`buf`: its bytes): the nesting limit, the parse, then checkParsed. */
function parseJsonText(text: string, buf: Uint8Array, rel: string, maxDepth: number): JsonRead {
  if (text.trim() === '') return { ok: false, reason: 'empty', message: `${rel} is empty` };
  // Few openers: parse first, the walk after gives the depth. Many: refuse a deep text before parsing.
  const parseFirst = openersAtMost(buf, PARSE_FIRST_MAX_OPENERS);
  if (!parseFirst && jsonDepthExceeds(text, maxDepth)) return tooDeep(rel, maxDepth);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // A text both too deep and invalid is refused for its depth, as when scanned first.
    if (parseFirst && jsonDepthExceeds(text, maxDepth)) return tooDeep(rel, maxDepth);
    return invalidJson(rel, text, (e as Error).message);
  }
  return checkParsed(value, rel, maxDepth);
}

/** Step 4, on the parsed document: the nesting limit, the root's kind, finite numbers. */
function checkParsed(value: unknown, rel: string, maxDepth: number): JsonRead {
  const limits = inspectParsed(value, maxDepth);
  if (limits.tooDeep) return tooDeep(rel, maxDepth);
  if (isUnusableRoot(value))
    return {
      ok: false,
      reason: 'wrong_root',
      message: `${rel} holds ${rootKind(value)} at its root, not the JSON object or array its format needs`,
    };
  // Overflowing literals (1e999) parse to Infinity.
  if (limits.nonFinite)
    return {
      ok: false,
      reason: 'not_finite',
      message: `${rel} holds a number too large for a double (it would read as Infinity)`,
    };
  return { ok: true, value };
}

function tooDeep(rel: string, maxDepth: number): JsonFailure {
  return {
    ok: false,
    reason: 'too_deep',
    message: `${rel} nests arrays/objects deeper than ${maxDepth} levels (the input nesting limit); not read`,
  };
}

/** A parse failure: where (line, column) and whether the text was cut short; never its content. */
function invalidJson(rel: string, text: string, msg: string): JsonFailure {
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

/**
 * Bytes of small files kept between recognition's head read and the JSON read (at most this
 * much at once; past it a file is simply read again).
 */
const KEEP_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A small file read whole by `head()`: its JSON read, done there (the same steps as readJson's),
 * kept for the readJson that follows; `length` its bytes.
 */
interface KeptFile {
  length: number;
  read: JsonRead;
}

/** What the JSON reads of one ingestion share. */
interface JsonState {
  root: string;
  byPath: Map<string, FileEntry>;
  cap: number;
  maxDepth: number;
  kept: { files: Map<string, KeptFile>; bytes: number };
}

function absPath(root: string, rel: string): string {
  return path.join(root, ...rel.split('/'));
}

/** One JSON read: from what `head()` kept when it can, else from disk. */
function readJsonUncached(st: JsonState, rel: string): JsonRead {
  const size = st.byPath.get(rel)?.size ?? 0;
  const whole = st.kept.files.get(rel);
  if (whole === undefined) {
    const bytes = readJsonBytes(absPath(st.root, rel), rel, size, st.cap);
    return 'reason' in bytes ? bytes : parseJsonBytes(bytes, rel, st.maxDepth);
  }
  st.kept.files.delete(rel);
  st.kept.bytes -= whole.length;
  if (size > st.cap || whole.length > st.cap) return tooLarge(rel, size > st.cap ? size : whole.length, st.cap);
  return whole.read;
}

/**
 * `head()`: one read per file, memoised. A file up to WHOLE_READ_BYTES (and the JSON cap) is read
 * whole and its JSON read kept for the readJson that follows.
 */
function headReader(st: JsonState, jsonCache: Map<string, unknown>): (rel: string) => FileHead {
  const heads = new Map<string, FileHead>();
  const wholeMax = Math.max(HEAD_BYTES, Math.min(WHOLE_READ_BYTES, st.cap));
  return (rel) => {
    let h = heads.get(rel);
    if (!h) {
      const read = readHead(absPath(st.root, rel), rel, st.maxDepth, wholeMax);
      h = read.head;
      heads.set(rel, h);
      const kept = read.kept;
      if (kept && !jsonCache.has(rel) && st.kept.bytes + kept.length <= KEEP_MAX_BYTES) {
        st.kept.files.set(rel, kept);
        st.kept.bytes += kept.length;
      }
    }
    return h;
  };
}

/** Creates the IngestContext for a scanned root. */
export function createIngestContext(
  root: string,
  files: FileEntry[],
  thresholds: Thresholds,
  options: { timelineGlob?: string; maxJsonDepth?: number } = {},
): IngestContext {
  // --timeline-glob: a pattern list for the one glob matcher (core/glob.ts), over relative POSIX paths.
  const isTimeline = options.timelineGlob ? globMatcher(splitPatternList(options.timelineGlob)) : null;
  const st: JsonState = {
    root,
    byPath: new Map(files.map((f) => [f.path, f])),
    cap: thresholds.max_json_bytes,
    maxDepth: options.maxJsonDepth ?? MAX_INPUT_JSON_DEPTH,
    kept: { files: new Map(), bytes: 0 },
  };
  const jsonCache = new Map<string, Promise<JsonRead>>();
  const claimed = new Set<string>();
  const abs = (rel: string): string => absPath(root, rel);
  return {
    files,
    thresholds,
    readJson(rel) {
      let p = jsonCache.get(rel);
      if (!p) {
        p = new Promise<JsonRead>((resolve) => resolve(readJsonUncached(st, rel)));
        jsonCache.set(rel, p);
      }
      return p;
    },
    async readText(rel) {
      if ((st.byPath.get(rel)?.size ?? 0) > st.cap) return null;
      try {
        const t = readRegular(abs(rel), st.cap).toString('utf8');
        return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
      } catch {
        return null;
      }
    },
    lines: (rel) => readLines(abs(rel), rel),
    async csvRows(rel, csvOptions, visit) {
      try {
        return await scanCsv(abs(rel), rel, csvOptions, visit);
      } catch (e) {
        if (e instanceof CsvParseError) throw new IngestReadError(rel, e.message);
        throw e;
      }
    },
    claim(...paths) {
      for (const p of paths) claimed.add(p);
    },
    isClaimed: (p) => claimed.has(p),
    head: headReader(st, jsonCache),
    isTimelineFile(p) {
      return isTimeline ? isTimeline(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
    },
  };
}

/** One buffer for every head read: the analyzer reads files one at a time, synchronously. */
let headBuffer: Buffer | null = null;
/** One buffer for the chunks of streaming key scans. */
let scanBuffer: Buffer | null = null;
const SCAN_CHUNK_BYTES = 1024 * 1024;

/** Reads up to `buf.length` bytes from offset 0 (several reads when the OS returns fewer). */
function readFully(fd: number, buf: Buffer): number {
  let n = 0;
  while (n < buf.length) {
    const got = readSync(fd, buf, n, buf.length - n, n);
    if (got === 0) break;
    n += got;
  }
  return n;
}

/** True when the first byte that is not whitespace (or a BOM) opens a JSON object or array. */
function opensJson(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length && i < 64; i++) {
    const c = bytes[i] as number;
    if (c === 123 || c === 91) return true;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xef || c === 0xbb || c === 0xbf) continue;
    return false;
  }
  return false;
}

/**
 * The recognition read of one file; an unreadable file reads as empty.
 * - Up to HEAD_BYTES (as fstat says): one read; its JSON read is done at once and kept, so the
 *   readJson that usually follows recognition needs no second open or parse.
 * - Up to `wholeMax` (WHOLE_READ_BYTES, or the JSON cap when lower): read whole; a JSON text is
 *   parsed once (keys from the parse, the read kept as above); one that does not parse (JSONL,
 *   Python's NaN literals) has its first object's keys scanned.
 * - Larger: the first HEAD_BYTES, and for a JSON object a streaming scan of its top-level keys
 *   (at most KEY_SCAN_MAX_BYTES; a JSONL head already holds its first line's object whole).
 */
function readHead(
  file: string,
  rel: string,
  maxDepth: number,
  wholeMax: number,
): { head: FileHead; kept: KeptFile | null } {
  let fd: number | null = null;
  try {
    const opened = openRegularSync(file);
    fd = opened.fd;
    const size = opened.stats.size;
    headBuffer ??= Buffer.allocUnsafe(HEAD_BYTES + 1);
    const n = readSync(fd, headBuffer, 0, HEAD_BYTES + 1, 0);
    const bytes = headBuffer.subarray(0, Math.min(n, HEAD_BYTES));
    if (n <= HEAD_BYTES && size === n) {
      const text = decodeJson(bytes, rel);
      const read = typeof text === 'string' ? parseJsonText(text, bytes, rel, maxDepth) : text;
      const parsedHead = read.ok && typeof text === 'string' ? describeParsed(text, read.value) : null;
      return { head: parsedHead ?? describeHead(bytes, false), kept: { length: n, read } };
    }
    if (n <= HEAD_BYTES || !opensJson(bytes)) return { head: describeHead(bytes, n > HEAD_BYTES), kept: null };
    if (size <= wholeMax) {
      const whole = Buffer.allocUnsafe(size + 1);
      const got = readFully(fd, whole);
      if (got !== size) return { head: describeHead(bytes, true), kept: null };
      const all = whole.subarray(0, got);
      const text = decodeJson(all, rel);
      const read = typeof text === 'string' ? parseJsonText(text, all, rel, maxDepth) : text;
      const parsedHead = read.ok && typeof text === 'string' ? describeParsed(text, read.value) : null;
      // A failed read is not kept: a JSONL file is read by lines, not by readJson.
      return { head: parsedHead ?? describeWhole(all), kept: read.ok ? { length: got, read } : null };
    }
    return { head: scanKeys(fd, describeHead(bytes, true)), kept: null };
  } catch {
    return { head: describeHead(new Uint8Array(0), false), kept: null };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A large JSON object's head with all its top-level keys, read by a streaming scan. */
function scanKeys(fd: number, head: FileHead): FileHead {
  // A JSONL head has its first line's object closed (describeHead checks), so all its keys.
  if (head.shape !== 'json-object') return head;
  const scanner = new TopKeyScanner();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  scanBuffer ??= Buffer.allocUnsafe(SCAN_CHUNK_BYTES);
  let offset = 0;
  while (!scanner.done && offset < KEY_SCAN_MAX_BYTES) {
    const got = readSync(fd, scanBuffer, 0, SCAN_CHUNK_BYTES, offset);
    if (got === 0) break;
    offset += got;
    scanner.push(decoder.decode(scanBuffer.subarray(0, got), { stream: true }));
  }
  return scanner.keys.length >= head.keys.length ? { ...head, keys: scanner.keys } : head;
}

/**
 * Turns a JSON.parse message into line/column: "position N" when the engine gives it, else the
 * first occurrence of the unexpected token outside a string (Node 20 omits positions there).
 */
export function jsonErrorPosition(
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
  try {
    yield* readFileLines(file);
  } catch (e) {
    if (e instanceof LineReadError) throw new IngestReadError(rel, e.message);
    throw e;
  }
}
