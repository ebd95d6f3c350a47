/**
 * The one sanitiser of untrusted text (model names, paths, labels, messages from artifacts and from
 * reports we did not write in this process), applied where text leaves us:
 *
 * - markdown sinks (comment, job summary, report.md): `safeText` for prose and table cells,
 *   `safeCode` for ids and paths: HTML escaped, table-safe (`|` and newlines), @mentions and #refs
 *   defanged, no link syntax and no autolinkable `www.` / `http(s):` text taken from inputs;
 * - log lines and annotations: `safeLog`: one line, workflow-command sequences (`::`) broken and
 *   `%0A` / `%0D` escaped, so untrusted text can never start or smuggle a workflow command.
 *
 * src/io/log.ts is the only module that calls core.info / warning / error / notice; it applies
 * `safeLog` to every message.
 *
 * Counts and statuses of a report we did not write go through `safeText` too: the contract leaves
 * `run_summary`, `completion` and the severity counts open, so a fork's report can put text where
 * a number is expected. The comment, the job summary (report.md included) and the check run's
 * output (its title and summary are the comment's top) all render through these functions;
 * test/render/untrusted-inert.test.ts and test/e2e/hostile.e2e.test.ts render a report with the
 * payload in every field and find no live markup.
 */

/** Drops C1 controls and bidi/invisible format characters that make text read differently (docs/ACTION.md). */
export function stripInvisible(s: string): string {
  return s.replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/** Escapes HTML-significant characters. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text safe for markdown prose and table cells: HTML escaped, pipes and backslashes escaped,
 * newlines flattened, markdown link/image/emphasis syntax and backticks neutralised,
 * `@user` and `#123` defanged with a zero-width joiner so GitHub does not notify or link.
 */
export function safeText(s: unknown, maxLen = 300): string {
  let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  // Most text (model names, numbers, units) has nothing any rule below would change: then it is
  // returned as is, without a dozen no-op passes over it.
  if (t.length <= maxLen && !TEXT_TOUCHED.test(t) && !TEXT_TOUCHED_WORDS.test(t)) return t;
  t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  t = stripInvisible(t);
  if (t.length > maxLen) t = `${t.slice(0, maxLen - 1)}…`;
  t = escapeHtml(t);
  t = t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  t = t.replace(/([[\]()*_`~!])/g, '\\$1');
  t = t.replace(/@(?=[A-Za-z0-9-])/g, '@\u200d');
  t = t.replace(/#(?=\d)/g, '#\u200d');
  t = t.replace(/(https?|ftp|javascript|data):/gi, '$1\u200d:');
  // GitHub also autolinks bare www. hosts (after any of `_*~(` too, so no word boundary) and GH-123.
  t = t.replace(/(www)\./gi, '$1\u200d.');
  t = t.replace(/\b(GH)-(?=\d)/gi, '$1\u200d-');
  return t;
}

/**
 * Every character some rule of safeText replaces or removes (controls, C1 controls, bidi and
 * invisible characters, HTML, markdown and mention/reference/link syntax), and the words it
 * defangs; a text matching neither (and not too long) is returned unchanged.
 */
const TEXT_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff&<>"\\|[\]()*_`~!@#:]/;
const TEXT_TOUCHED_WORDS = /www\.|\bGH-(?=\d)/i;
/** Every character some rule of safeCode replaces or removes. */
const CODE_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff`|]/;

/** Code-span text for ids and paths: backticks removed, length capped, table-safe. */
export function safeCode(s: unknown, maxLen = 200): string {
  let t = typeof s === 'string' ? s : String(s ?? '');
  if (t.length <= maxLen && !CODE_TOUCHED.test(t)) return `\`${t}\``;
  t = t
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/`/g, "'")
    .replace(/[\u0000-\u001f\u007f]/g, '');
  t = stripInvisible(t);
  if (t.length > maxLen) t = `${t.slice(0, maxLen - 1)}…`;
  return `\`${t.replace(/\|/g, '\\|')}\``;
}

/** Longest log line we print from untrusted text (GitHub cuts lines far longer; keeps logs readable). */
export const LOG_LINE_MAX = 2000;

/**
 * Text safe for one log line or an annotation: CR/LF/TAB flattened to spaces, other controls and
 * bidi characters dropped, every `::` (the workflow-command marker) broken with a zero-width space,
 * and `%0A` / `%0D` / `%25` written with an escaped `%`, so a line never starts or carries a workflow
 * command however the runner decodes it. Length capped.
 */
export function safeLog(s: unknown, maxLen = LOG_LINE_MAX): string {
  let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  if (t.length <= maxLen && !LOG_TOUCHED.test(t)) return t;
  t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  t = stripInvisible(t);
  if (t.length > maxLen) t = `${t.slice(0, maxLen - 1)}…`;
  t = t.replace(/%(?=(?:0[AaDd]|25))/g, '%25');
  while (t.includes('::')) t = t.replace(/::/g, ':\u200b:');
  return t;
}

const LOG_TOUCHED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|::|%(?:0[AaDd]|25)/;
