/**
 * report.html: one self-contained page (no network) with the report's charts and tables.
 *
 * The document holds no report text as markup: the report's data goes in as one JSON block
 * escaped for HTML (json.ts), and the page script writes every string as text (client/: lib.js,
 * sections/<id>.js, report.js).
 * A Content-Security-Policy meta tag allows nothing but the page's own two inline scripts (by
 * their sha256), inline styles and data: images; no request can leave the page.
 *
 * Charting library: Observable Plot (ISC) on d3 (ISC), inlined from their published minified
 * builds (assets.generated.ts, made by scripts/gen-report-html.mjs). Why this one, and not
 * Vega-Lite or Chart.js, is in docs/REPORT-HTML.md: about 490 KB for both, SVG output whose marks
 * a test can count in the DOM, no eval (a strict CSP holds), and it draws x–y scatter and lines
 * with log scales, which the field's charts need.
 */
import { APP_JS, LIBRARY_JS, LIBRARY_VERSIONS, SCRIPT_HASHES, STYLE_CSS } from './assets.generated.js';
import { jsonForHtml } from './json.js';
import { buildHtmlModel, type HtmlModel, type HtmlReportInput } from './model.js';

export type { HtmlReportInput, HtmlModel } from './model.js';
export { buildHtmlModel } from './model.js';

/** The page's Content-Security-Policy. */
export const REPORT_HTML_CSP = [
  "default-src 'none'",
  `script-src ${SCRIPT_HASHES.join(' ')}`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The page for a model (exported for tests that craft a model directly). */
export function renderModelHtml(model: HtmlModel): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="inferguard; d3 ${LIBRARY_VERSIONS.d3}, @observablehq/plot ${LIBRARY_VERSIONS['@observablehq/plot']}">
<title>inferguard report</title>
<style>${STYLE_CSS}</style>
</head>
<body>
<main id="report"><noscript><p>This report draws its charts and tables with JavaScript. report.md has the same results as text.</p></noscript></main>
<script type="application/json" id="report-data">${jsonForHtml(model)}</script>
<script>${LIBRARY_JS}</script>
<script>${APP_JS}</script>
</body>
</html>
`;
}

/** report.html of an analyze (diff null) or compare run. Pure and deterministic. */
export function renderReportHtml(input: HtmlReportInput): string {
  return renderModelHtml(buildHtmlModel(input));
}
