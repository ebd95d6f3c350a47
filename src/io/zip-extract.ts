/**
 * Bounded zip extraction (yauzl, pinned): an artifact zip is checked against limits before and
 * while it is written, so a crafted archive costs bounded time, disk and memory:
 *
 * - entry count (central directory, before anything is written),
 * - total uncompressed bytes (declared sizes before writing, and the bytes actually written),
 * - compression ratio per entry (uncompressed / compressed, for entries of 1 MiB or more),
 * - entry names: absolute paths, `..` segments and backslashes (zip-slip) are refused, and every
 *   target is checked to resolve inside the destination,
 * - entry types: only regular files and directories; a symlink (or any other special file) entry
 *   is refused, so nothing extracted can point outside the download folder,
 * - encrypted entries are refused; a corrupt archive is an error at once (no retry loop).
 *
 * Any refusal is an ExtractError with one line that names the entry by position, never by its
 * (untrusted) name unless it is printable and short.
 */
import { mkdirs } from './mkdirs.js';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export interface ExtractLimits {
  /** Total uncompressed bytes of one archive. */
  maxBytes: number;
  /** Entries (files and folders) of one archive. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of an entry of 1 MiB or more. */
  maxRatio: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
});

/** Entries smaller than this are not ratio-checked (tiny files compress arbitrarily well). */
const RATIO_MIN_BYTES = 1024 * 1024;

export class ExtractError extends Error {
  override name = 'ExtractError';
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** An entry name fit for a message: printable ASCII, short; else only its position. */
function shownName(name: string, index: number): string {
  return /^[\x20-\x7e]{1,120}$/.test(name) && !name.includes('::') ? `entry ${index} '${name}'` : `entry ${index}`;
}

function isInside(root: string, target: string): boolean {
  const r = path.relative(root, target);
  return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
}

/** First line of an error from yauzl or zlib, without the (untrusted) file name it may carry. */
function reasonOf(e: unknown): string {
  const m = ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim();
  if (/^(?:absolute path|invalid relative path|invalid characters in fileName)/.test(m))
    return 'an entry name leaves the folder (absolute path, .. or backslash)';
  return m.replace(/:\s.*$/, '').slice(0, 120) || 'unreadable archive';
}

async function openZip(zipFile: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(zipFile, {
      lazyEntries: true,
      autoClose: true,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (e) {
    throw new ExtractError(`not a readable zip archive (${reasonOf(e)})`);
  }
}

/** An entry's target inside `root` and whether it is a folder; refuses links, special files and zip-slip. */
function entryTarget(entry: yauzl.Entry, who: string, root: string): { target: string; isDir: boolean } {
  const name = entry.fileName;
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode === S_IFLNK) throw new ExtractError(`${who} is a symbolic link; symlink entries are refused`);
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR)
    throw new ExtractError(`${who} is a special file (mode ${mode.toString(8)}); only files and folders are extracted`);
  const target = path.resolve(root, name);
  if (!isInside(root, target)) throw new ExtractError(`${who} leaves the folder (zip-slip); refused`);
  return { target, isDir: name.endsWith('/') || mode === S_IFDIR };
}

/** Refuses an encrypted file entry, one that takes the declared total over the limit, or a bomb by ratio. */
function checkFileEntry(entry: yauzl.Entry, who: string, declared: number, limits: ExtractLimits): void {
  if (entry.isEncrypted()) throw new ExtractError(`${who} is encrypted; refused`);
  if (declared > limits.maxBytes)
    throw new ExtractError(`over ${limits.maxBytes} bytes uncompressed at ${who} (max-artifact-bytes); a zip bomb?`);
  if (
    entry.uncompressedSize >= RATIO_MIN_BYTES &&
    entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
  )
    throw new ExtractError(
      `${who} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1, over the ${limits.maxRatio}:1 limit (max-artifact-ratio); a zip bomb?`,
    );
}

/** Writes one file entry to `target`, adding the bytes really written to `total.written` (capped). */
async function writeFileEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  target: string,
  who: string,
  maxBytes: number,
  total: { written: number },
): Promise<void> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (e) {
    throw new ExtractError(`corrupt zip archive at ${who} (${reasonOf(e)})`);
  }
  // Counts the bytes really written: declared sizes are checked by yauzl, this is the backstop.
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      total.written += chunk.length;
      if (total.written > maxBytes) cb(new ExtractError(`over ${maxBytes} bytes uncompressed (max-artifact-bytes)`));
      else cb(null, chunk);
    },
  });
  try {
    await pipeline(stream, counter, createWriteStream(target));
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw new ExtractError(`corrupt zip archive at ${who} (${reasonOf(e)})`);
  }
}

/**
 * Extracts the zip at `zipFile` into `destDir` (created), within `limits`. Resolves to the number
 * of files and bytes written; rejects with ExtractError (the caller names the artifact).
 */
export async function extractZip(
  zipFile: string,
  destDir: string,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
): Promise<{ files: number; bytes: number }> {
  const root = path.resolve(destDir);
  await mkdirs(root);
  const zip = await openZip(zipFile);
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ExtractError(
        `${zip.entryCount} entries, over the ${limits.maxEntries}-entry limit (max-artifact-entries)`,
      );
    let files = 0;
    const total = { written: 0 };
    let declared = 0;
    let index = 0;
    const made = new Set<string>([root]);
    const ensureDir = async (d: string): Promise<void> => {
      if (made.has(d)) return;
      await mkdirs(d);
      made.add(d);
    };
    let entries: AsyncIterableIterator<yauzl.Entry>;
    try {
      entries = zip.eachEntry();
    } catch (e) {
      throw new ExtractError(`not a readable zip archive (${reasonOf(e)})`);
    }
    for (;;) {
      let next: IteratorResult<yauzl.Entry>;
      try {
        next = await entries.next();
      } catch (e) {
        throw new ExtractError(`corrupt zip archive at entry ${index + 1} (${reasonOf(e)})`);
      }
      if (next.done) break;
      const entry = next.value;
      index++;
      const who = shownName(entry.fileName, index);
      const { target, isDir } = entryTarget(entry, who, root);
      if (isDir) {
        await ensureDir(target);
        continue;
      }
      declared += entry.uncompressedSize;
      checkFileEntry(entry, who, declared, limits);
      await ensureDir(path.dirname(target));
      await writeFileEntry(zip, entry, target, who, limits.maxBytes, total);
      files++;
    }
    return { files, bytes: total.written };
  } finally {
    zip.close();
  }
}
