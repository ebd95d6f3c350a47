/**
 * The filesystem side of ingestion: walks the results root (skipping report output folders and
 * symlink loops), and gives adapters size-capped, streamed, finding-friendly reads.
 */
import {
  closeSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dirent,
} from 'node:fs';
import path from 'node:path';
import type { Thresholds } from '../core/thresholds.js';
import { CsvParseError, scanCsv } from './csv-read.js';
import { LineReadError, readFileLines } from './line-read.js';
import { type FileEntry, type IngestContext, type JsonRead, type LineRead } from '../sources/types.js';
import { describeHead, HEAD_BYTES, type FileHead } from '../sources/lib/head.js';

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
  const heads = new Map<string, FileHead>();
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
    async csvRows(rel, options, visit) {
      try {
        return await scanCsv(abs(rel), rel, options, visit);
      } catch (e) {
        if (e instanceof CsvParseError) throw new IngestReadError(rel, e.message);
        throw e;
      }
    },
    claim(...paths) {
      for (const p of paths) claimed.add(p);
    },
    isClaimed(p) {
      return claimed.has(p);
    },
    head(rel) {
      let h = heads.get(rel);
      if (!h) {
        h = readHead(abs(rel));
        heads.set(rel, h);
      }
      return h;
    },
    isTimelineFile(p) {
      return timelineRe ? timelineRe.test(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
    },
  };
}

/** The first HEAD_BYTES of a file (one read, never the whole file); an unreadable file reads as empty. */
function readHead(file: string): FileHead {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES + 1);
    const n = readSync(fd, buf, 0, HEAD_BYTES + 1, 0);
    return describeHead(buf.subarray(0, Math.min(n, HEAD_BYTES)), n > HEAD_BYTES);
  } catch {
    return describeHead(new Uint8Array(0), false);
  } finally {
    if (fd !== null) closeSync(fd);
  }
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
  try {
    yield* readFileLines(file);
  } catch (e) {
    if (e instanceof LineReadError) throw new IngestReadError(rel, e.message);
    throw e;
  }
}
