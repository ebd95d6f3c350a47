/**
 * README's CLI block lists every flag each command accepts, and no flag a command does not: the
 * flags are read from the option tables the commands pass to parseCliArgs (src/cli.ts: analyze;
 * src/cli-compare.ts: compare and comment; src/cli-calibrate.ts: calibrate), as source text
 * (src/cli.ts runs the CLI when imported).
 */
import { describe, expect, it } from 'vitest';
import { read } from './markdown.js';

/** The option names of the first `{ ... }` option table after `from` in `src`. */
function optionTable(src: string, from: string): string[] {
  const start = src.indexOf(from);
  if (start < 0) throw new Error(`'${from}' not found`);
  const rest = src.slice(start);
  const names: string[] = [];
  for (const line of rest.split('\n').slice(1)) {
    const m = /^\s*(?:'([a-z-]+)'|([a-z]+)): \{ type: '(?:string|boolean)'/.exec(line);
    if (m) names.push((m[1] ?? m[2]) as string);
    else if (names.length > 0) break;
  }
  return names;
}

const cli = read('src/cli.ts');
const compare = read('src/cli-compare.ts');
const calibrate = read('src/cli-calibrate.ts');

/** Flags every command takes (src/cli.ts strips --debug before the command parses its own). */
const GLOBAL = ['debug'];

const COMMANDS: Record<string, string[]> = {
  analyze: optionTable(cli, 'const ANALYZE_FLAGS').filter((f) => !GLOBAL.includes(f)),
  compare: optionTable(compare, 'export async function cmdCompare'),
  comment: optionTable(compare, 'export async function cmdComment'),
  calibrate: ['output'],
};

/** README's CLI block, one entry per command: the flags its lines name. */
function readmeBlock(): { commands: Record<string, string[]>; all: string } {
  const md = read('README.md');
  const at = md.indexOf('## CLI');
  const open = md.indexOf('```', at);
  const block = md.slice(md.indexOf('\n', open) + 1, md.indexOf('```', open + 3));
  const commands: Record<string, string[]> = {};
  let current: string | null = null;
  for (const line of block.split('\n')) {
    const cmd = /^inferguard ([a-z]+)/.exec(line)?.[1];
    if (cmd) current = cmd;
    else if (!/^\s/.test(line)) current = null;
    if (current)
      commands[current] = [
        ...(commands[current] ?? []),
        ...[...line.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1] as string),
      ];
  }
  return { commands, all: block };
}

describe("README's CLI block", () => {
  const { commands, all } = readmeBlock();

  it('the option tables were found (the test reads real flags)', () => {
    expect(COMMANDS.analyze).toContain('baseline');
    expect(COMMANDS.compare).toContain('base');
    expect(COMMANDS.comment).toContain('head');
    expect(calibrate).toContain("{ output: { type: 'string' } }");
  });

  it.each(Object.keys(COMMANDS))('%s: every flag it accepts, and only those', (cmd) => {
    expect([...new Set(commands[cmd] ?? [])].sort()).toEqual([...(COMMANDS[cmd] ?? [])].sort());
  });

  it('names the commands of the command table, --version, --help and --debug', () => {
    const table = /export const COMMANDS[\s\S]*?\n\};/.exec(cli)?.[0] ?? '';
    const names = [...table.matchAll(/^\s+([a-z]+): async/gm)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(3);
    expect(Object.keys(commands).sort()).toEqual(names.sort());
    for (const f of ['--version', '--help', ...GLOBAL.map((g) => `--${g}`)]) expect(all).toContain(f);
  });
});
