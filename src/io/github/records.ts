/**
 * The small JSON records the action adds to its artifact next to report.json: the TTFS event
 * (schemas/inferguard-ttfs-event-v1.schema.json) and the PR context for the workflow_run comment job. Both are contracts of
 * src/schemas/validate.ts, validated on every write (and, for the PR context, on read: it is untrusted).
 */
import { readFile } from 'node:fs/promises';
import { TTFS_CONTRACT, type TtfsEvent } from '../../core/ttfs.js';
import { validateContract } from '../../schemas/validate.js';
import { writeJsonValidated } from '../write.js';

export const PR_CONTEXT_CONTRACT = 'inferguard-pr-context/v1';
export const TTFS_FILE = 'ttfs.json';
export const PR_CONTEXT_FILE = 'pr-context.json';

export interface PrContext {
  schema_version: 'inferguard-pr-context/v1';
  repository: string;
  pr_number: number;
  head_sha: string;
  base_ref: string;
  run_id: number | null;
}

export async function writeTtfsEvent(file: string, event: TtfsEvent): Promise<void> {
  await writeJsonValidated(file, TTFS_CONTRACT, event);
}

export async function writePrContext(file: string, ctx: PrContext): Promise<void> {
  await writeJsonValidated(file, PR_CONTEXT_CONTRACT, ctx);
}

/** Reads an untrusted pr-context.json: null when absent, too large, not JSON or not valid. */
export async function readPrContext(file: string): Promise<PrContext | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  if (text.length > 64 * 1024) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return validateContract(PR_CONTEXT_CONTRACT, value).ok ? (value as PrContext) : null;
}
