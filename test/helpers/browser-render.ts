/**
 * Renders a PR comment the way GitHub shows it, in a real browser: GitHub's markdown parser
 * (cmark-gfm, Debian package, with GitHub's extensions and `<pre lang>` code blocks), GitHub's
 * markdown CSS (npm `github-markdown-css`, light and dark), the real `mermaid` package for
 * ```mermaid blocks, and the system's headless Chromium driven by puppeteer-core (nothing is
 * downloaded; every request the page makes is refused and counted). The comment column is
 * 866 px wide. Returns what a reviewer would notice: mermaid errors, tables wider than the
 * column, table cells that wrap, and each table's header and rows as text; writes screenshots.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);

export const COLUMN_PX = 866;
export const CHROMIUM = process.env.INFERGUARD_CHROMIUM ?? '/usr/bin/chromium';
export const CMARK_GFM = process.env.INFERGUARD_CMARK_GFM ?? 'cmark-gfm';

export type Theme = 'light' | 'dark';

export interface RenderedTable {
  /** Heading text of the nearest h2/h3/h4 above the table, or the <summary> it sits under. */
  section: string;
  header: string[];
  rows: string[][];
  /** Width of the table's content (px); wider than COLUMN_PX means a horizontal scrollbar. */
  scrollWidth: number;
  /** For each row, the indexes of the cells whose text runs over more than one line. */
  wrapped: { row: number; col: number; text: string }[];
}

export interface RenderedChart {
  index: number;
  error: string | null;
  width: number;
  height: number;
  /** The chart's title as mermaid drew it, and whether it fits the chart's width. */
  title: string | null;
  titleClipped: boolean;
  /** Fill of the chart's background rectangle, and the colour of each plot (bars: fill, line: stroke). */
  background: string | null;
  colours: { kind: 'bar' | 'line'; colour: string | null }[];
}

export interface RenderResult {
  theme: Theme;
  html: string;
  tables: RenderedTable[];
  charts: RenderedChart[];
  /** Requests the page tried to make (all refused): must be empty. */
  requests: string[];
  pageErrors: string[];
  screenshots: string[];
}

/** Throws a message that says what to install when a tool is missing. */
export function requireTools(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium); .ci/run does this`,
    );
  }
  const r = spawnSync(CMARK_GFM, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(
      `${CMARK_GFM} not found: install Debian's cmark-gfm (apt-get install -y cmark-gfm); .ci/run does this`,
    );
  }
}

/** GitHub-flavoured HTML from markdown, by GitHub's own parser (raw HTML kept, as GitHub then sanitises). */
export function markdownToHtml(md: string): string {
  const args = ['--unsafe', '--github-pre-lang', '--validate-utf8'];
  for (const e of ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist']) args.push('--extension', e);
  const r = spawnSync(CMARK_GFM, args, { input: md, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`);
  return r.stdout;
}

function cssFor(theme: Theme): string {
  const file = theme === 'light' ? 'github-markdown-light.css' : 'github-markdown-dark.css';
  return readFileSync(require.resolve(`github-markdown-css/${file}`), 'utf8');
}

const MERMAID_JS = (): string => readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
/** The in-page half (plain browser script): renders the mermaid blocks and measures the tables. */
const PAGE_JS = path.join(import.meta.dirname, 'browser-page.js');

export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  requireTools();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'inferguard-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface OpenedPage {
  page: Page;
  html: string;
  requests: string[];
  pageErrors: string[];
  charts: RenderedChart[];
}

/**
 * `md` as GitHub shows it in `theme` at the 866 px column: GitHub's HTML, GitHub's CSS, the
 * mermaid blocks drawn; every request the page makes refused and counted. <details> stay as the
 * markdown has them (closed unless `open`). The caller closes the page.
 */
async function openRendered(browser: Browser, md: string, theme: Theme): Promise<OpenedPage> {
  const html = markdownToHtml(md);
  const bg = theme === 'light' ? '#ffffff' : '#0d1117';
  const doc = `<!doctype html><html><head><meta charset="utf-8"><style>${cssFor(theme)}</style>
<style>html,body{margin:0;background:${bg}} .markdown-body{box-sizing:border-box;width:${COLUMN_PX}px;padding:0;margin:16px}</style>
</head><body><article class="markdown-body">${html}</article></body></html>`;
  const page = await browser.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = req.url();
      if (u.startsWith('data:') || u === 'about:blank') void req.continue();
      else {
        requests.push(u);
        void req.abort();
      }
    });
    page.on('pageerror', (e) => pageErrors.push(String((e as Error).message ?? e)));
    await page.setViewport({ width: COLUMN_PX + 32, height: 900, deviceScaleFactor: 1 });
    await page.setContent(doc, { waitUntil: 'load' });
    await page.addScriptTag({ content: MERMAID_JS() });
    await page.addScriptTag({ path: PAGE_JS });
    const mermaidTheme = theme === 'light' ? 'default' : 'dark';
    const charts = (await page.evaluate(
      `inferguardPage.renderCharts(${JSON.stringify(mermaidTheme)})`,
    )) as RenderedChart[];
    return { page, html, requests, pageErrors, charts };
  } catch (e) {
    await page.close();
    throw e;
  }
}

/**
 * Renders `md` in `theme` at the 866 px column, opens every <details> (a reader expands them),
 * renders the mermaid blocks, measures, and writes screenshots `<shotPrefix>-<theme>-NN.png`
 * (page slices of at most 1600 px) when `shotPrefix` is given.
 */
export async function renderInBrowser(
  browser: Browser,
  md: string,
  theme: Theme,
  shotPrefix?: string,
): Promise<RenderResult> {
  const { page, html, requests, pageErrors, charts } = await openRendered(browser, md, theme);
  try {
    // A reader opens the collapsed blocks; measure them open.
    const tables = (await page.evaluate('inferguardPage.measureTables()')) as RenderedTable[];
    const screenshots: string[] = [];
    if (shotPrefix) {
      mkdirSync(path.dirname(shotPrefix), { recursive: true });
      const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
      const slice = 1600;
      const n = Math.min(12, Math.ceil(height / slice));
      for (let i = 0; i < n; i++) {
        const file = `${shotPrefix}-${theme}-${String(i + 1).padStart(2, '0')}.png`;
        await page.screenshot({
          path: file,
          clip: { x: 0, y: i * slice, width: COLUMN_PX + 32, height: Math.min(slice, height - i * slice) },
          captureBeyondViewport: true,
        });
        screenshots.push(file);
      }
    }
    return { theme, html, tables, charts, requests, pageErrors, screenshots };
  } finally {
    await page.close();
  }
}

export interface PageShot {
  /** Size of the PNG written (px). */
  width: number;
  height: number;
  /** Height of the whole rendered page (px); more than `height` means the picture is cut. */
  pageHeight: number;
  charts: RenderedChart[];
  requests: string[];
  pageErrors: string[];
}

/**
 * One PNG of `md` as a reader first sees it on the PR page (collapsed <details> stay closed), at
 * most `maxHeight` px tall, written to `file`: the README's picture (scripts/screenshot.mjs).
 */
export async function screenshotMarkdown(
  browser: Browser,
  md: string,
  theme: Theme,
  file: string,
  maxHeight = 3000,
): Promise<PageShot> {
  const { page, requests, pageErrors, charts } = await openRendered(browser, md, theme);
  try {
    const pageHeight = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    const height = Math.min(pageHeight, maxHeight);
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({
      path: file,
      clip: { x: 0, y: 0, width: COLUMN_PX + 32, height },
      captureBeyondViewport: true,
    });
    return { width: COLUMN_PX + 32, height, pageHeight, charts, requests, pageErrors };
  } finally {
    await page.close();
  }
}
