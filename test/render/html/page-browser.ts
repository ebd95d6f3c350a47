/**
 * Opens a report.html in headless Chromium as a person would (file:// URL, 1280 px wide, light or
 * dark scheme) with every request other than the page itself refused and counted; collects console
 * errors, page errors and CSP violations; writes a full-page screenshot. Used by the report.html
 * tests and by scripts/bench.ts (render time).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM } from '../../helpers/browser-render.js';

export type Scheme = 'light' | 'dark';

export interface PageVisit {
  /** Requests the page tried beyond its own file (all refused). */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** ms from navigation start until the page script marked the document rendered. */
  renderMs: number;
  page: Page;
}

export function haveChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--allow-file-access-from-files'],
  });
}

/** Opens `file` in a new page; the caller closes `visit.page`. */
export async function openReport(browser: Browser, file: string, scheme: Scheme, width = 1280): Promise<PageVisit> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url() === url) void req.continue();
    else {
      requests.push(req.url());
      void req.abort();
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String((e as Error).message ?? e)));
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-rendered="true"]', { timeout: 20_000 });
  const renderMs = Date.now() - t0;
  return { requests, consoleErrors, pageErrors, renderMs, page };
}
