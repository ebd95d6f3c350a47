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

/** Serialises JSON deterministically (2-space indent, trailing newline). */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, indentFor(value))}\n`;
}

/** toJsonText as two parts (the JSON, the newline) for writeFileAtomic: the same bytes, no join. */
export function toJsonParts(value: unknown): [string, string] {
  return [`${JSON.stringify(value, null, indentFor(value))}`, '\n'];
}

/**
 * Documents with more cells than this (report.json, compare.json of a large sweep) are written
 * compact: one line, no indentation. The same JSON value, deterministic (key order as built),
 * about a third smaller, and parsed, stringified and validated faster by every later step; small
 * documents stay pretty-printed for people reading them.
 */
export const COMPACT_ABOVE_CELLS = 500;

function indentFor(value: unknown): number | undefined {
  const cells = (value as { cells?: unknown } | null)?.cells;
  return Array.isArray(cells) && cells.length > COMPACT_ABOVE_CELLS ? undefined : 2;
}

/** Validates `value` against `contract`, then writes it atomically as JSON. */
export async function writeJsonValidated(file: string, contract: ContractName, value: unknown): Promise<void> {
  assertContract(contract, value, path.basename(file));
  await writeFileAtomic(file, toJsonParts(value));
}
