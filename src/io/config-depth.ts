/**
 * Nesting depth of a config file, measured before it is parsed: the YAML and JSON parsers recurse
 * once per level, so a file nested a few thousand levels deep would end in "Maximum call stack size
 * exceeded". A config is a few levels deep; past MAX_CONFIG_DEPTH the file is refused with the line
 * where it gets too deep.
 *
 * The scan is one pass over the lines, iterative: block nesting from indentation (a stack of
 * indents, `- ` sequence entries each one more level), flow nesting from `[` and `{` outside quoted
 * strings and comments; block scalars (`|`, `>`) are skipped. It may count a level more than the
 * parser would (never fewer), which only matters far above any real config's depth.
 */

/** Deepest nesting a config file may have (a real one has fewer than ten levels). */
export const MAX_CONFIG_DEPTH = 64;

/** The first line (1-based) where the nesting exceeds `max`, or null. */
export function tooDeepAt(text: string, max = MAX_CONFIG_DEPTH): number | null {
  const lines = text.split(/\r?\n/);
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let blockScalarIndent: number | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (blockScalarIndent !== null) {
      if (body === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = null;
    }
    let i = indent;
    if (flow === 0 && quote === null) {
      if (body === '' || body.startsWith('#') || body === '---' || body === '...') continue;
      while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
      indents.push(indent);
      // Each `- ` at the start is a sequence entry: one level more, at its own column.
      while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
        i += 1;
        while (line[i] === ' ') i++;
        indents.push(i);
      }
      if (indents.length > max) return n + 1;
    }
    for (; i < line.length; i++) {
      const c = line[i];
      if (quote !== null) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (indents.length + flow > max) return n + 1;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (flow === 0 && quote === null && /(?:^|[:\-]\s+)[|>][0-9+-]*\s*(?:#.*)?$/.test(body)) blockScalarIndent = indent;
  }
  return null;
}
