/**
 * The layer boundaries of docs/ARCHITECTURE.md, checked through the repository's own eslint.config.js:
 * src/core and src/render import no io, no sources, no node:fs and no @actions/*. The snippets are
 * linted as if they sat at those paths; they are not files of the TypeScript project, so type-aware
 * parsing is off for them (tseslint's disableTypeChecked). Every other rule comes from the config.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BOUNDARY_RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function lint(code: string, file: string): Promise<ESLint.LintResult['messages']> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  if (!result) throw new Error(`no lint result for ${file}`);
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages;
}

const PURE_LAYERS = ['src/core/x.ts', 'src/render/x.ts'];

const FORBIDDEN: [string, string][] = [
  ['../io/…', "import { readResultsDir } from '../io/analyze-dir.js';\nexport const read = readResultsDir;\n"],
  ['../sources/…', "import { SOURCE_ADAPTERS } from '../sources/index.js';\nexport const all = SOURCE_ADAPTERS;\n"],
  ['node:fs', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
  ['node:fs/promises', "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n"],
  ['@actions/core', "import * as core from '@actions/core';\nexport const info = core.info;\n"],
];

const CLEAN =
  "import { toNumber } from './parse.js';\n\nexport function half(v: unknown): number | null {\n  const n = toNumber(v);\n  return n === null ? null : n / 2;\n}\n";

describe('core and render stay pure (eslint no-restricted-imports)', () => {
  describe.each(PURE_LAYERS)('%s', (file) => {
    it.each(FORBIDDEN)('importing %s is reported', async (_what, code) => {
      const messages = await lint(code, file);
      expect(messages.filter((m) => m.ruleId === BOUNDARY_RULE)).toHaveLength(1);
    });

    it('a snippet importing only core passes with no message', async () => {
      expect(await lint(CLEAN, file)).toEqual([]);
    });
  });

  it.each(FORBIDDEN)('src/io may import %s', async (_what, code) => {
    const messages = await lint(code, 'src/io/x.ts');
    expect(messages.filter((m) => m.ruleId === BOUNDARY_RULE)).toEqual([]);
  });
});

describe('small units (eslint max-lines-per-function, 80 lines of code)', () => {
  const body = (lines: number): string =>
    `export function grow(n: number): number {\n${'  n += 1;\n'.repeat(lines - 3)}  return n;\n}\n`;

  it('an 81-line function in src/ is reported; blank and comment lines do not count', async () => {
    expect((await lint(body(80), 'src/core/x.ts')).map((m) => m.ruleId)).toEqual([]);
    const padded = body(80).replace('  return n;', '\n  // a comment\n\n  return n;');
    expect((await lint(padded, 'src/core/x.ts')).map((m) => m.ruleId)).toEqual([]);
    expect((await lint(body(81), 'src/core/x.ts')).map((m) => m.ruleId)).toEqual(['max-lines-per-function']);
  });
});
