/**
 * Reading the --config file and the "no report" error, shared by analyze, compare and the action
 * without pulling in the source adapters.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfig, type AnalyzerConfig } from '../core/config-defaults.js';
import { UsageError } from '../core/types.js';

/** No report can be produced (exit 3). */
export class NoReportError extends Error {
  override name = 'NoReportError';
  /** Extra lines printed after the message (e.g. the files that were seen and why each was not used). */
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}

/** Loads and validates a config file; defaults when `file` is undefined. Problems are UsageErrors. */
export async function loadConfig(file: string | undefined): Promise<AnalyzerConfig> {
  if (!file) return defaultConfig();
  // Loaded on demand: the config parser pulls in the YAML parser, which a run without --config
  // (and `inferguard comment`) never needs.
  const { parseConfigText } = await import('../core/config.js');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `config file ${path.basename(file)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseConfigText(text, path.basename(file));
}
