/** Paths and one-line messages as the action shows them: relative to the workspace, never absolute. */
import path from 'node:path';
import type { ActionContext } from '../io/github/context.js';

/** POSIX path of `abs` relative to the workspace (never an absolute machine path). */
export function rel(ctx: ActionContext, abs: string): string {
  const r = path.relative(ctx.workspace, abs);
  if (r === '') return '.';
  if (r.startsWith('..') || path.isAbsolute(r)) return path.basename(abs);
  return r.split(path.sep).join('/');
}

/** The first line of an error's message. */
export function oneLine(e: unknown): string {
  return ((e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0] ?? '').trim();
}

/** Where scratch downloads go: RUNNER_TEMP when set, else under the output dir. */
export function scratchDir(ctx: ActionContext, outDir: string, name: string): string {
  return ctx.runnerTemp ? path.join(ctx.runnerTemp, 'inferguard', name) : path.join(outDir, '.tmp', name);
}
