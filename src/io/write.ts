/**
 * Atomic, validated writes: every JSON document is checked against its contract before a byte
 * is written, then written to a temp file in the same folder and renamed into place, so a
 * reader never sees a half-written file.
 */
import { mkdirsSync } from './mkdirs.js';
import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertContract, type ContractName } from '../schemas/validate.js';

/**
 * Writes `text` to `file` atomically (temp file + rename), creating the folder. Synchronous fs
 * calls on purpose: the promise API writes a large report in 512 KB thread-pool round trips
 * (a 24 MB compare.json took ~80 ms that way, ~45 ms in one call); nothing else runs meanwhile.
 */
export async function writeFileAtomic(file: string, text: string | readonly string[]): Promise<void> {
  mkdirsSync(path.dirname(file));
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    if (typeof text === 'string') writeFileSync(tmp, text, 'utf8');
    else {
      // Parts written one after the other: joining a 17 MB JSON text with its newline would copy
      // it into a new flat string first (~20 ms).
      const fd = openSync(tmp, 'w');
      try {
        for (const part of text) writeFileSync(fd, part, 'utf8');
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Serialises JSON deterministically, with a trailing newline: 2-space indent, or the compact
 * layout of a large document (compactJsonParts).
 */
export function toJsonText(value: unknown): string {
  return toJsonParts(value).join('');
}

/** toJsonText as parts for writeFileAtomic: the same bytes, never joined into one flat string. */
export function toJsonParts(value: unknown): string[] {
  if (isLarge(value)) return [...compactJsonParts(value), '\n'];
  return [JSON.stringify(value, null, 2), '\n'];
}

/**
 * Documents with more cells than this (report.json, compare.json of a large sweep) are written
 * compact: one line, no indentation, ASCII only. The same JSON value, deterministic (key order
 * as built), about a third smaller, and parsed, stringified and validated faster by every later
 * step; small documents stay pretty-printed (and in UTF-8) for people reading them.
 */
export const COMPACT_ABOVE_CELLS = 500;

function isLarge(value: unknown): value is Record<string, unknown> {
  const cells = (value as { cells?: unknown } | null)?.cells;
  return Array.isArray(cells) && cells.length > COMPACT_ABOVE_CELLS;
}

const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const escapeUnit = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Elements of a top-level array stringified together (one part each). */
const GROUP = 64;

/** `text` with its non-ASCII characters escaped (UTF-8 length = length iff ASCII: a native count, ~5x a regex test). */
function ascii(text: string): string {
  return Buffer.byteLength(text, 'utf8') === text.length ? text : text.replace(NON_ASCII_ALL, escapeUnit);
}

/**
 * A large document as compact JSON text parts: JSON.stringify(value) with every non-ASCII
 * character written as its `\uXXXX` escape (surrogate pairs as two), the same JSON value.
 * Why: one `≥` or `→` in a message makes V8 hold the whole 17 MB text, and every string built
 * from it, in two bytes per character; stringify, the UTF-8 write, the next step's read and its
 * JSON.parse each ran at about half speed (the 2,000-cell sweep, docs/PERFORMANCE.md). Each
 * top-level array is stringified GROUP elements at a time, so a non-ASCII character costs its
 * own group, not the document; an ASCII file also reads back as one-byte strings.
 */
export function compactJsonParts(value: Record<string, unknown>): string[] {
  const parts: string[] = [];
  let open = '{';
  for (const key of Object.keys(value)) {
    const v = value[key];
    const head = `${open}${JSON.stringify(key)}:`;
    if (Array.isArray(v) && v.length > 0) {
      parts.push(ascii(`${head}[`));
      // A slice keeps holes and undefined, which JSON.stringify writes as null, as for the whole.
      for (let i = 0; i < v.length; i += GROUP) {
        const group = JSON.stringify(v.slice(i, i + GROUP));
        parts.push(ascii(i > 0 ? `,${group.slice(1, -1)}` : group.slice(1, -1)));
      }
      parts.push(']');
    } else {
      const text = JSON.stringify(v) as string | undefined;
      if (text === undefined) continue; // a key JSON.stringify leaves out (undefined, a function)
      parts.push(ascii(`${head}${text}`));
    }
    open = ',';
  }
  parts.push(open === '{' ? '{}' : '}');
  return parts;
}

/** Validates `value` against `contract`, then writes it atomically as JSON. */
export async function writeJsonValidated(file: string, contract: ContractName, value: unknown): Promise<void> {
  assertContract(contract, value, path.basename(file));
  await writeFileAtomic(file, toJsonParts(value));
}
