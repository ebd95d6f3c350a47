/**
 * The error classes of the action and the CLI, in one place. How each one ends a run:
 * - UsageError: bad configuration (an input, a flag, the config file): one clear line, exit 3 in
 *   the CLI, a failed step in the action.
 * - NoReportError: no report can be produced (no supported artifacts, nothing written): exit 3.
 * - IngestReadError, CsvHeaderError: a results file that cannot be read; the pipeline turns them
 *   into findings naming the file (src/io/analyze-dir.ts), never a crash.
 * GitHub and artifact-service failures have their own classes beside their clients
 * (src/io/github/errors.ts, src/io/github/artifacts.ts): they become warnings.
 */

/** Bad configuration: the message names the input, what we got and what we expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}

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

/** A results file that cannot be read, named by its path relative to the results root. */
export class IngestReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A CSV file without a column its reader requires. */
export class CsvHeaderError extends Error {
  constructor(
    readonly file: string,
    readonly missing: string[],
  ) {
    super(`${file}: missing required column(s) ${missing.join(', ')}`);
  }
}
