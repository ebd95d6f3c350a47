/**
 * The `pages` folder of the durable history: after a push run on the base branch with
 * `history-branch`, `<output-dir>/pages/index.html` is this run's report.html (the same renderer,
 * src/render/html/) over its base runs, which come from the artifacts and the durable history
 * (up to `baseline-history`), with their commit SHAs; a workflow deploys the folder with
 * actions/upload-pages-artifact and actions/deploy-pages. A page that cannot be rendered is a
 * warning, never a failed check.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { shownPath } from '../io/outputs.js';
import { writeFileAtomic } from '../io/write.js';

export const PAGES_DIR = 'pages';

/**
 * Writes `<outDir>/pages/index.html` as a copy of the run's report.html (rendered once, by
 * io/report-html.ts, from the same head, diff, base runs and SHAs); returns its path.
 */
export async function writeHistoryPages(outDir: string, reportHtml: string): Promise<string> {
  const file = path.join(outDir, PAGES_DIR, 'index.html');
  try {
    await writeFileAtomic(file, await readFile(reportHtml, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`cannot write ${shownPath(file)}: ${code}`);
  }
  return file;
}
