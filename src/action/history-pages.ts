/**
 * The `pages` folder of the durable history: after a push run on the base branch with
 * `history-branch`, `<output-dir>/pages/index.html` is this run's report.html (the same renderer,
 * src/render/html/) over its base runs, which come from the artifacts and the durable history
 * (up to `baseline-history`), with their commit SHAs; a workflow deploys the folder with
 * actions/upload-pages-artifact and actions/deploy-pages. A page that cannot be rendered is a
 * warning, never a failed check.
 */
import path from 'node:path';
import type { HtmlReportInput } from '../render/html/model.js';
import { shownPath } from '../io/outputs.js';
import { writeFileAtomic } from '../io/write.js';

export const PAGES_DIR = 'pages';

/** Renders and writes `<outDir>/pages/index.html`; returns its path. */
export async function writeHistoryPages(outDir: string, input: HtmlReportInput): Promise<string> {
  const { renderReportHtml } = await import('../render/html/page.js');
  const file = path.join(outDir, PAGES_DIR, 'index.html');
  try {
    await writeFileAtomic(file, renderReportHtml(input));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`cannot write ${shownPath(file)}: ${code}`);
  }
  return file;
}
