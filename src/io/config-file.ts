/**
 * Reading the --config file and the "no report" error, shared by analyze, compare and the action
 * without pulling in the source adapters.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfig, type AnalyzerConfig } from '../core/config-defaults.js';
import { UsageError } from '../core/types.js';
import { MAX_CONFIG_DEPTH, tooDeepAt } from './config-depth.js';

export { NoReportError } from '../errors.js';

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
  // Measured before parsing: the parsers recurse per level and a very deep file would otherwise
  // end in "Maximum call stack size exceeded".
  const deepAt = tooDeepAt(text);
  if (deepAt !== null)
    throw new UsageError(
      `config ${path.basename(file)}: nesting deeper than ${MAX_CONFIG_DEPTH} levels at line ${deepAt}`,
    );
  return parseConfigText(text, path.basename(file));
}
