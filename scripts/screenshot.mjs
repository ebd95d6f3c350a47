#!/usr/bin/env node
/**
 * `npm run screenshot`: the README's picture of the PR comment, docs/img/comment.png. Runs the
 * demo's comparison (scripts/demo.mjs, from src/ through tsx, into a temporary folder), renders
 * its comment.md as GitHub does (test/helpers/browser-render.ts: cmark-gfm, GitHub's CSS, mermaid,
 * headless Chromium at the 866 px comment column; collapsed <details> stay closed), and writes
 * the PNG with docs/img/comment.json next to it: the SHA-256 of the markdown it shows.
 * test/render/demo.test.ts fails when the demo's comment no longer has that hash (the picture is
 * stale: run this again). Needs Chromium and cmark-gfm (.ci/run installs them).
 *
 * Run with tsx (it imports the TypeScript render helper): `npx tsx scripts/screenshot.mjs`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownHash, ROOT, runDemo, SCREENSHOT } from './demo.mjs';
import { launchBrowser, screenshotMarkdown } from '../test/helpers/browser-render.ts';

const PNG = SCREENSHOT.png;
const RECORD = SCREENSHOT.record;
/** Taller comments are cut here (the top is what a reviewer reads first). */
const MAX_HEIGHT = 2400;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'inferguard-screenshot-'));
  try {
    const { comment } = runDemo({ out: tmp, cli: 'src' });
    const { browser, close } = await launchBrowser();
    try {
      const shot = await screenshotMarkdown(browser, comment, 'light', path.join(ROOT, PNG), MAX_HEIGHT);
      const problems = [
        ...shot.charts.filter((c) => c.error).map((c) => `chart ${c.index}: ${c.error}`),
        ...shot.requests.map((u) => `the page requested ${u}`),
        ...shot.pageErrors.map((e) => `page error: ${e}`),
      ];
      if (problems.length > 0) throw new Error(problems.join('; '));
      const record = {
        what: 'docs/img/comment.png shows the PR comment of `npm run demo` (examples/compare), rendered by test/helpers/browser-render.ts; regenerate with `npm run screenshot`',
        markdown_sha256: markdownHash(comment),
        theme: 'light',
        width_px: shot.width,
        height_px: shot.height,
        page_height_px: shot.pageHeight,
      };
      writeFileSync(path.join(ROOT, RECORD), `${JSON.stringify(record, null, 2)}\n`);
      process.stdout.write(
        `${PNG}: ${shot.width}×${shot.height} px (page ${shot.pageHeight} px, ${shot.charts.length} charts)\n${RECORD}: markdown sha256 ${record.markdown_sha256}\n`,
      );
    } finally {
      await close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`screenshot: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
