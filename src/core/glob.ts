/**
 * The one glob matcher for every name pattern the action and CLI take: `artifact-pattern` (artifact
 * names) and `--timeline-glob` (relative POSIX paths under the results folder). It is minimatch 10
 * with the options actions/download-artifact's `pattern` uses (its defaults: `new Minimatch(pattern)`),
 * so a pattern picks the same artifacts here as there:
 *
 * - `*` any characters but `/`, `?` one, `[ab]` / `[a-z]` / `[!ab]` a class, `{a,b}` and `{1..3}`
 *   alternatives, `**` any folders (including none), `\` escapes the next character;
 * - `*`, `?` and `[...]` do not match a leading `.` of a name (minimatch's `dot: false`);
 * - a leading `!` negates: in a list, a name is kept when some plain pattern matches it (or the list
 *   has none) and no negated pattern excludes it, so `!x` alone means "all but x", as in
 *   download-artifact, and `bmk_*, !bmk_*_debug` means "bmk_* except the debug ones".
 *
 * Two additions, both no-ops for artifact names (which never contain `/`): a pattern without `/`
 * matches the base name at any depth (`matchBase`), and a leading `./` is dropped. A leading `#` is a
 * literal character, not a comment that would match nothing (`nocomment`). Paths are always POSIX
 * (`platform: 'linux'`), whatever the runner's OS.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';

const OPTIONS: MinimatchOptions = { matchBase: true, nocomment: true, platform: 'linux' };

/**
 * A list of patterns as one text: separated by commas or newlines, blanks dropped, duplicates
 * dropped, in the given order. A comma inside `{...}` or `[...]`, or escaped as `\,`, stays part
 * of its pattern (`bmk_{a,b}` is one pattern).
 */
export function splitPatternList(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let braces = 0;
  let inClass = false;
  const push = (): void => {
    const p = cur.trim();
    if (p !== '' && !out.includes(p)) out.push(p);
    cur = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      cur += c + (text[++i] as string);
      continue;
    }
    if (c === '\n' || c === '\r') {
      push();
      braces = 0;
      inClass = false;
      continue;
    }
    if (c === ',' && braces === 0 && !inClass) {
      push();
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '{') braces++;
    else if (c === '}' && braces > 0) braces--;
    cur += c;
  }
  push();
  return out;
}

function compile(pattern: string): Minimatch {
  const neg = /^!+/.exec(pattern)?.[0] ?? '';
  const body = pattern.slice(neg.length).replace(/^(?:\.\/)+/, '');
  return new Minimatch(`${neg}${body}`, OPTIONS);
}

/**
 * A predicate over names (artifact names, or relative POSIX paths) for a list of patterns: true when
 * some plain pattern matches (or the list has only negated ones) and no negated pattern excludes
 * the name. An empty list matches nothing.
 */
export function globMatcher(patterns: readonly string[]): (name: string) => boolean {
  if (patterns.length === 0) return () => false;
  const compiled = patterns.map(compile);
  const plain = compiled.filter((m) => !m.negate);
  // A negated Minimatch's match() is already "not excluded".
  const negated = compiled.filter((m) => m.negate);
  return (name) => (plain.length === 0 || plain.some((m) => m.match(name))) && negated.every((m) => m.match(name));
}
