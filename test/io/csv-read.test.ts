/**
 * The columnar CSV reader against its references: `parseNumberBytes` against `toNumber()` on the
 * decoded text, and `scanCsv` (byte path + csv-parse hand-over) against csv-parse alone.
 */
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toBool, toNumber, toStr } from '../../src/core/parse.js';
import { CSV_PARSE_OPTIONS, CsvParseError, parseNumberBytes, scanCsv } from '../../src/io/csv-read.js';
import { CsvHeaderError } from '../../src/sources/types.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'ig-csv-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function parseText(s: string): number | null {
  const buf = Buffer.from(`,${s},`, 'utf8');
  return parseNumberBytes(buf, 1, buf.length - 1);
}

/** Same value, -0 and +0 told apart. */
function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Object.is(a, b);
}

describe('parseNumberBytes equals toNumber() on the text', () => {
  const doubles = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
    fc.double({ min: 1.7e9, max: 1.8e9, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n),
  );
  const formatted = fc
    .tuple(doubles, fc.integer({ min: 1, max: 21 }), fc.integer({ min: 0, max: 5 }))
    .map(([x, p, how]) =>
      how === 0
        ? String(x)
        : how === 1
          ? x.toPrecision(p)
          : how === 2
            ? x.toExponential(Math.min(p, 20) - 1)
            : how === 3
              ? x.toFixed(Math.min(p, 20))
              : how === 4
                ? String(x).replace('e+', 'E')
                : `${Math.trunc(x)}.`,
    );
  const pad = fc.constantFrom('', ' ', '\t', '  ', '\u00a0', ' \u00a0', '\u2003', '\ufeff', '\r', '\v');
  const junk = fc.constantFrom('', '', '', 'x', '_', '.', 'e', 'e+', '+', '-', '0x', 'é', '"', '1', '00', 'Infinity');

  it('on formatted doubles with spaces, signs and junk around them', () => {
    fc.assert(
      fc.property(
        pad,
        fc.constantFrom('', '+', '-', '--', '+-'),
        junk,
        formatted,
        junk,
        pad,
        (l, sign, j1, x, j2, r) => {
          const s = `${l}${sign}${j1}${x}${j2}${r}`;
          expect(same(parseText(s), toNumber(s)), JSON.stringify(s)).toBe(true);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('on arbitrary digit strings, long mantissas and exponents', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 30 });
    fc.assert(
      fc.property(
        digits,
        fc.constantFrom('', '.'),
        digits,
        fc.constantFrom('', 'e', 'E', 'e-', 'e+'),
        fc.string({ unit: fc.constantFrom('0', '1', '3', '9'), maxLength: 8 }),
        (a, dot, b, e, x) => {
          const s = `${a}${dot}${b}${e}${x}`;
          expect(same(parseText(s), toNumber(s)), JSON.stringify(s)).toBe(true);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('on any short string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: 'binary' }), (s) => {
        const noComma = s.replace(/,/g, '');
        expect(same(parseText(noComma), toNumber(noComma)), JSON.stringify(noComma)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['2.413459702739836', 2.413459702739836],
    ['0.019184583368300565', 0.019184583368300565],
    ['1779217205.0143785', 1779217205.0143785],
    ['-0', -0],
    ['-0.0e5', -0],
    ['1e400', null],
    ['1e-400', 0],
    ['9007199254740993', 9007199254740992],
    ['', null],
    ['  ', null],
    ['.5', 0.5],
    ['5.', 5],
    ['.', null],
    ['1e', null],
    ['0x10', null],
    ['1 \u00a0', 1],
  ])('%j → %s', (s, expected) => {
    expect(same(parseText(s), expected)).toBe(true);
    expect(same(toNumber(s), expected)).toBe(true);
  });
});

interface Seen {
  row: number;
  line: number;
  values: (string | undefined)[];
}

/** csv-parse alone: the records (by header column) and lines it yields, and the error if any. */
async function reference(file: string, names: string[]): Promise<{ records: Seen[]; error: boolean }> {
  const records: Seen[] = [];
  const stream = createReadStream(file, { highWaterMark: 64 });
  try {
    const parser = stream.pipe(parseCsv(CSV_PARSE_OPTIONS));
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      records.push({ row: records.length + 1, line: item.info.lines, values: names.map((n) => item.record[n]) });
    }
    return { records, error: false };
  } catch {
    return { records, error: true };
  } finally {
    stream.destroy();
  }
}

async function ours(
  file: string,
  names: string[],
  readBuffer: number,
): Promise<{ records: Seen[]; error: string | null }> {
  const records: Seen[] = [];
  try {
    await scanCsv(
      file,
      'x.csv',
      { columns: names },
      (cur) => {
        records.push({ row: cur.row, line: cur.line, values: names.map((_, k) => cur.value(k)) });
        names.forEach((_, k) => {
          const v = cur.value(k);
          // The typed accessors agree with the helpers on the field's value.
          expect(same(cur.num(k), v === undefined ? null : toNumber(v))).toBe(true);
          expect(cur.str(k)).toBe(toStr(v));
          const exact = cur.num(k);
          for (const bound of [null, 0, -0, 1, -1, 2.5, 7, 1e-314, exact, exact === null ? 0 : exact * (1 + 1e-15)]) {
            const below = cur.numBelow(k, bound);
            const above = cur.numAbove(k, bound);
            // Either the exact value, or null for a value that could not be a new minimum / maximum.
            if (below === null) expect(exact === null || bound === null || !(exact < bound)).toBe(true);
            else expect(same(below, exact)).toBe(true);
            if (above === null) expect(exact === null || bound === null || !(exact > bound)).toBe(true);
            else expect(same(above, exact)).toBe(true);
          }
          expect(cur.bool(k)).toBe(toBool(v));
        });
      },
      readBuffer,
    );
    return { records, error: null };
  } catch (e) {
    expect(e).toBeInstanceOf(CsvParseError);
    return { records, error: (e as Error).message };
  }
}

describe('scanCsv gives csv-parse’s records', () => {
  const field = fc.oneof(
    fc.constantFrom('', '1', '2.5', '-0', ' 7 ', 'True', 'False', 'User-001', 'é', '\u00a01', 'a b'),
    fc.double({ noNaN: true }).map(String),
    fc.double({ min: 1.7e9, max: 1.8e9, noNaN: true }).map(String),
    fc.constantFrom('"q"', '"a,b"', '"[1, 2, 3]"', '"say ""hi"""', '""', '"1.5"'),
    // Unusual: the byte path hands over to csv-parse (or csv-parse fails).
    fc.constantFrom('"multi\nline"', 'a"b', '"open', '"x"y', 'cr\rhere', '"cr\r\nin"'),
  );
  const csvText = fc
    .tuple(
      fc.boolean(),
      fc.constantFrom('\n', '\r\n'),
      fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 4 }),
      fc.array(fc.array(field, { minLength: 0, maxLength: 6 }), { maxLength: 12 }),
      fc.boolean(),
    )
    .map(([bom, eol, header, rows, finalEol]) => {
      const names = [...new Set(header)];
      const lines = [names.join(','), ...rows.map((r) => r.join(','))];
      return { names, text: `${bom ? '\ufeff' : ''}${lines.join(eol)}${finalEol ? eol : ''}` };
    });

  it('for generated files, at any read buffer size', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(csvText, fc.constantFrom(16, 64, 1 << 20), async ({ names, text }, readBuffer) => {
        const file = path.join(work, `p${n++}.csv`);
        writeFileSync(file, text);
        const want = [...names, 'absent'];
        const ref = await reference(file, want);
        const got = await ours(file, want, readBuffer);
        if (!ref.error) {
          expect(got.error).toBeNull();
          expect(got.records).toEqual(ref.records);
        } else {
          // A malformed record: every record before it is handed out, csv-parse's included.
          expect(got.error).toMatch(/^CSV parse error after row \d+: /);
          expect(got.records.slice(0, ref.records.length)).toEqual(ref.records);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('checks required columns on the first record and counts records', async () => {
    const file = path.join(work, 'req.csv');
    writeFileSync(file, 'a,b\n1,2\n3,4\n');
    const seen: number[] = [];
    await expect(
      scanCsv(file, 'req.csv', { requiredColumns: ['a', 'zz'], columns: ['a'] }, (c) => seen.push(c.row)),
    ).rejects.toThrowError(CsvHeaderError);
    expect(seen).toEqual([]);
    expect(
      await scanCsv(file, 'req.csv', { requiredColumns: ['a'], columns: ['b'] }, (c) => seen.push(c.num(0) ?? -1)),
    ).toBe(2);
    expect(seen).toEqual([2, 4]);
  });

  it('passes an exception of the visitor through unchanged', async () => {
    const file = path.join(work, 'visit.csv');
    writeFileSync(file, 'a\n1\n');
    const boom = new RangeError('boom');
    await expect(
      scanCsv(file, 'visit.csv', { columns: ['a'] }, () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });

  it('names the row after the last good one when a record is malformed', async () => {
    const dir = path.join(work, 'bad');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, `a,b\n${'1,2\n'.repeat(50)}3,"4\n`);
    const got = await ours(file, ['a', 'b'], 1 << 20);
    expect(got.records).toHaveLength(50);
    expect(got.error).toMatch(/^CSV parse error after row 50: /);
  });
});
