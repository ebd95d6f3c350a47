/**
 * `inferguard calibrate <report.json|folder>... [--output FILE]`: the run-to-run spread of A/A
 * runs or of the base-branch history, and the compare settings it recommends, written as a
 * config snippet (stdout, and FILE when given). Exit 0; 3 when the reports cannot be read or
 * fewer than two share a cell.
 */
import { parseCliArgs } from './cli-args.js';
import { calibrate, calibrationSnippet } from './core/compare/calibrate.js';
import { UsageError } from './core/types.js';
import { readBaseReports } from './io/base-reports.js';
import { NoReportError } from './io/config-file.js';
import { shownPath } from './io/outputs.js';
import { writeFileAtomic } from './io/write.js';
import { parseConfigText } from './core/config.js';

export async function cmdCalibrate(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, { output: { type: 'string' } }, true);
  if (positionals.length === 0) throw new UsageError('calibrate needs <report.json|folder>... (two runs or more)');
  const { reports, skipped } = await readBaseReports(positionals);
  const c = calibrate(reports);
  if (c.cells === 0 || c.kinds.length === 0)
    throw new NoReportError(
      `calibrate needs at least two reports that measured the same cell (got ${reports.length} report(s), no shared cell with numbers)`,
    );
  const text = calibrationSnippet(c);
  // The snippet must be a valid config: checked before it is written.
  parseConfigText(text, 'calibration snippet');
  const out = values.output as string | undefined;
  if (out) {
    try {
      await writeFileAtomic(out, text);
    } catch (e) {
      throw new NoReportError(`cannot write ${shownPath(out)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  for (const s of skipped) process.stderr.write(`inferguard calibrate: skipped ${s}\n`);
  process.stdout.write(text);
  return 0;
}
