/**
 * The one place that writes log lines and annotations. Every message goes through `safeLog`
 * (src/render/escape.ts): one line, no workflow command (`::`), `%0A`/`%0D` escaped. Messages
 * routinely carry text from inputs and from reports we did not write (reasons, names, paths), so
 * nothing calls core.info / warning / error / notice directly.
 */
import * as core from '@actions/core';
import { safeLog } from '../render/escape.js';

export type AnnotationProps = core.AnnotationProperties;

function props(p: AnnotationProps | undefined): AnnotationProps | undefined {
  if (!p) return undefined;
  const out: AnnotationProps = { ...p };
  if (p.title !== undefined) out.title = safeLog(p.title, 200);
  if (p.file !== undefined) out.file = safeLog(p.file, 500);
  return out;
}

export const log = {
  info(message: string): void {
    core.info(safeLog(message));
  },
  warning(message: string, p?: AnnotationProps): void {
    core.warning(safeLog(message), props(p));
  },
  error(message: string, p?: AnnotationProps): void {
    core.error(safeLog(message), props(p));
  },
  notice(message: string, p?: AnnotationProps): void {
    core.notice(safeLog(message), props(p));
  },
  debug(message: string): void {
    core.debug(safeLog(message, 20_000));
  },
  /** Fails the step (exit code 1) with one sanitised line. */
  setFailed(message: string): void {
    core.setFailed(safeLog(message));
  },
};
