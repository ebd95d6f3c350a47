/**
 * Atomic, validated writes: every JSON document is checked against its contract before a byte
 * is written, then written to a temp file in the same folder and renamed into place, so a
 * reader never sees a half-written file.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertContract, type ContractName } from '../schemas/validate.js';

/** Writes `text` to `file` atomically (temp file + rename), creating the folder. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Serialises JSON deterministically (2-space indent, trailing newline). */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Validates `value` against `contract`, then writes it atomically as JSON. */
export async function writeJsonValidated(file: string, contract: ContractName, value: unknown): Promise<void> {
  assertContract(contract, value, path.basename(file));
  await writeFileAtomic(file, toJsonText(value));
}
