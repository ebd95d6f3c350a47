/**
 * Writes report.html (src/render/html/page.ts) into an output folder, atomically. The renderer
 * and its inlined charting library (~0.5 MB of source) are loaded only here, when a page is
 * written, so no other command pays for parsing them.
 */
import path from 'node:path';
import type { HtmlReportInput } from '../render/html/model.js';
import { NoReportError } from './config-file.js';
import { shownPath } from './outputs.js';
import { writeFileAtomic } from './write.js';

export const REPORT_HTML_FILE = 'report.html';

/** Renders and writes `<outDir>/report.html`; returns its path. A write failure is a NoReportError. */
export async function writeReportHtml(outDir: string, input: HtmlReportInput): Promise<string> {
  const { renderReportHtml } = await import('../render/html/page.js');
  const file = path.join(outDir, REPORT_HTML_FILE);
  const html = renderReportHtml(input);
  try {
    await writeFileAtomic(file, html);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0] ?? 'error';
    throw new NoReportError(`cannot write report.html to ${shownPath(file)}: ${code}`);
  }
  return file;
}
