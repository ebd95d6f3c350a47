/**
 * JSON for an inline `<script type="application/json">` block: JSON.stringify, then every
 * character that could end the element or change how the HTML parser reads it written as a
 * JSON escape. `<` (so no `</script>` and no `<!--`), `>` and `&` become \u003c, \u003e and \u0026;
 * U+2028 and U+2029 (line terminators to older JavaScript parsers) become \u2028 and \u2029.
 * The value is unchanged: JSON.parse of the text gives it back. Lone surrogates are already
 * escaped by JSON.stringify (well-formed stringify).
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c] as string);
}
