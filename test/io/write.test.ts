/** Atomic, validated writes (src/io/write.ts). */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COMPACT_ABOVE_CELLS,
  toJsonParts,
  toJsonText,
  writeFileAtomic,
  writeJsonValidated,
} from '../../src/io/write.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates the folder, replaces the file and leaves no temp file', async () => {
    const file = path.join(tmp, 'a', 'b', 'out.md');
    await writeFileAtomic(file, 'one ✅\n');
    await writeFileAtomic(file, 'two ✅\n');
    expect(readFileSync(file, 'utf8')).toBe('two ✅\n');
    expect(readdirSync(path.dirname(file))).toEqual(['out.md']);
  });

  it('writes parts one after the other (the JSON text and its newline: toJsonText bytes)', async () => {
    const file = path.join(tmp, 'parts', 'report.json');
    const value = { a: [1, 'é→✅', { b: null }], c: 'x'.repeat(100_000) };
    await writeFileAtomic(file, toJsonParts(value));
    expect(readFileSync(file, 'utf8')).toBe(toJsonText(value));
    await writeFileAtomic(file, ['', 'one', '', ' two\n']);
    expect(readFileSync(file, 'utf8')).toBe('one two\n');
    expect(readdirSync(path.dirname(file))).toEqual(['report.json']);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(toJsonParts(v).join('')).toBe(toJsonText(v));
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('rejects (and cleans up) when the target cannot be written', async () => {
    const blocker = path.join(tmp, 'blocker');
    writeFileSync(blocker, 'x');
    // The error codes of the promise API: a file where the folder should be, a folder in the way.
    await expect(writeFileAtomic(path.join(blocker, 'out.md'), 'x')).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(writeFileAtomic(path.join(blocker, 'sub', 'out.md'), 'x')).rejects.toMatchObject({ code: 'ENOTDIR' });
    const dir = path.join(tmp, 'isdir');
    await writeFileAtomic(path.join(dir, 'keep.txt'), 'k');
    await expect(writeFileAtomic(dir, 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(writeFileAtomic(dir, ['x', '\n'])).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(writeFileAtomic(path.join(blocker, 'p.json'), ['x', '\n'])).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readdirSync(tmp).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('writeJsonValidated refuses an invalid document before writing a byte', async () => {
    const file = path.join(tmp, 'bad', 'report.json');
    await expect(writeJsonValidated(file, 'inferguard-analyze/v1', { schema_version: 'x' })).rejects.toThrow(
      /does not satisfy inferguard-analyze\/v1/,
    );
    expect(() => readFileSync(file)).toThrow();
    expect(toJsonText({ a: [1, { b: null }] })).toBe('{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}\n');
  });
});

describe('compact layout for large documents', () => {
  it('writes documents with more than COMPACT_ABOVE_CELLS cells on one line, equal as JSON values', () => {
    const cell = (i: number) => ({ cell_id: `c${i}`, metrics: { a: i, b: [i, null] } });
    const small = { schema_version: 'x', cells: Array.from({ length: COMPACT_ABOVE_CELLS }, (_, i) => cell(i)) };
    const large = { schema_version: 'x', cells: Array.from({ length: COMPACT_ABOVE_CELLS + 1 }, (_, i) => cell(i)) };
    expect(toJsonText(small)).toBe(`${JSON.stringify(small, null, 2)}\n`);
    const text = toJsonText(large);
    expect(text).toBe(`${JSON.stringify(large)}\n`);
    expect(text.split('\n')).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(large);
    expect(toJsonParts(large).join('')).toBe(text);
  });

  it('writes a large document in ASCII only (non-ASCII as \\u escapes), equal as JSON values', () => {
    const cells = Array.from({ length: COMPACT_ABOVE_CELLS + 1 }, (_, i) => ({
      cell_id: `c${i}`,
      note: i % 7 === 0 ? `q ≤ α · ±5% → ✅ é \u2028 ${'\ud800'}` : 'ascii',
      gone: undefined,
      list: [undefined, i],
    }));
    const large = { schema_version: 'x', skipped: undefined, cells, findings: [], tail: { a: '≥' } };
    const text = toJsonText(large);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(large)));
    // byte for byte JSON.stringify, but for the escapes
    const escaped = JSON.stringify(large).replace(
      /[^\x00-\x7f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    expect(text).toBe(`${escaped}\n`);
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue()),
        fc.array(fc.jsonValue(), { minLength: COMPACT_ABOVE_CELLS + 1, maxLength: COMPACT_ABOVE_CELLS + 3 }),
        (extra, many) => {
          const doc = { ...extra, cells: many };
          const t = toJsonText(doc);
          expect(/^[\x00-\x7f]*$/.test(t)).toBe(true);
          expect(JSON.parse(t)).toEqual(JSON.parse(JSON.stringify(doc)));
        },
      ),
      { numRuns: 40, seed: 5 },
    );
  });
});
