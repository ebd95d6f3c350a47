import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { CsvHeaderError } from '../../src/sources/types.js';

const root = mkdtempSync(path.join(tmpdir(), 'ig-ingest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer): void {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
}

put('ok.json', '{"a": 1}');
put('bom.json', '\uFEFF{"a": 2}');
put('truncated.json', '{\n  "hw": "h200",\n  "conc": 4,\n  "p99_ttft": 1.0');
put('empty.json', '');
put('nan.json', '{"x": NaN}');
put('latin1.json', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
put('big.json', '');
truncateSync(path.join(root, 'big.json'), 300 * 1024 * 1024); // sparse: no disk used
mkdirSync(path.join(root, 'agg_dir_named_like_a_file.json'));
put('agg_dir_named_like_a_file.json/inner.txt', 'x');
mkdirSync(path.join(root, 'loop'));
symlinkSync('..', path.join(root, 'loop', 'back'));
put('inferguard_report/report.json', '{"schema_version": "inferguard-analyze/v1"}');
put('old_output/report.json', '{"schema_version": "inferguard-analyze/v1"}');
put('old_output/agg_x.json', '{}');
put('t.csv', '\uFEFFa,b,c\r\n1,"[1, 2, 3]",True\r\n4,"x",False\r\n');
put('lines.jsonl', '\uFEFF{"a":1}\r\n{"a":2}\n');

describe('scanResultsDir', async () => {
  const scan = await scanResultsDir(root);
  const paths = scan.files.map((f) => f.path);

  it('skips our own output folders and folders holding a previous report', () => {
    expect(paths.some((p) => p.startsWith('inferguard_report/'))).toBe(false);
    expect(paths.some((p) => p.startsWith('old_output/'))).toBe(false);
  });

  it('walks a directory named like a file as a directory', () => {
    expect(paths).toContain('agg_dir_named_like_a_file.json/inner.txt');
    expect(paths).not.toContain('agg_dir_named_like_a_file.json');
  });

  it('reports a symlink loop instead of looping', () => {
    expect(scan.problems.map((p) => p.path)).toContain('loop/back');
    expect(scan.problems.find((p) => p.path === 'loop/back')?.message).toMatch(/symlink loop/);
  });

  it('lists files sorted', () => {
    expect(paths).toEqual([...paths].sort());
  });
});

describe('IngestContext reads', async () => {
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, { ...DEFAULT_THRESHOLDS });

  it.each([
    ['ok.json', true, null],
    ['bom.json', true, null],
    ['truncated.json', false, /truncated.json is not valid JSON \(truncated\) at line 4/],
    ['empty.json', false, /empty.json is empty/],
    ['nan.json', false, /nan.json is not valid JSON at line 1/],
    ['latin1.json', false, /latin1.json is not valid UTF-8/],
    ['big.json', false, /big.json is 314572800 bytes, above the 268435456-byte JSON size cap \(max_json_bytes\)/],
  ])('readJson(%s)', async (file, ok, message) => {
    const r = await ctx.readJson(file);
    expect(r.ok).toBe(ok);
    if (!r.ok && message) expect(r.message).toMatch(message);
  });

  it('streams CSV with BOM, CRLF and quoted list fields', async () => {
    const rows: unknown[] = [];
    const n = await ctx.csvRows('t.csv', { requiredColumns: ['a', 'c'], columns: ['a', 'b', 'c', 'zz'] }, (cur) =>
      rows.push({
        row: cur.row,
        values: [0, 1, 2, 3].map((k) => cur.value(k)),
        a: cur.num(0),
        b: cur.num(1),
        c: cur.bool(2),
        zz: cur.str(3),
      }),
    );
    expect(n).toBe(2);
    expect(rows).toEqual([
      { row: 1, values: ['1', '[1, 2, 3]', 'True', undefined], a: 1, b: null, c: true, zz: null },
      { row: 2, values: ['4', 'x', 'False', undefined], a: 4, b: null, c: false, zz: null },
    ]);
  });

  it('a CSV missing required columns throws a CsvHeaderError naming them', async () => {
    const visited: number[] = [];
    await expect(
      ctx.csvRows('t.csv', { requiredColumns: ['a', 'ttft', 'success'], columns: ['a'] }, (cur) =>
        visited.push(cur.row),
      ),
    ).rejects.toThrowError(CsvHeaderError);
    expect(visited).toEqual([]);
  });

  it('streams lines with BOM and CRLF stripped, numbered from 1', async () => {
    const out = [];
    for await (const l of ctx.lines('lines.jsonl')) out.push(l);
    expect(out).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"a":2}' },
    ]);
  });
});

// --timeline-glob semantics (the one glob matcher): test/io/glob.test.ts.

describe('JSON limits on both read paths (parsed first, or depth-scanned first)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
  // Many openers (> PARSE_FIRST_MAX_OPENERS) take the depth scan before the parse; few, the walk after.
  const wide = (inner: string): string => `{"pad": [${Array(3000).fill('[]').join(',')}], "x": ${inner}}`;
  const files: [string, string, string | null][] = [
    ['deep-small.json', deep(100), 'too_deep'],
    ['deep-100k.json', deep(100_000), 'too_deep'],
    ['deep-and-cut.json', '['.repeat(200), 'too_deep'],
    ['at-limit.json', deep(64), null],
    ['one-past.json', `{"a": ${deep(64)}}`, 'too_deep'],
    ['wide-ok.json', wide(deep(10)), null],
    ['wide-deep.json', wide(deep(70)), 'too_deep'],
    ['inf-nested.json', '{"a": [1, {"b": [2, 1e999]}]}', 'not_finite'],
    ['neg-inf.json', '[-1e400]', 'not_finite'],
    ['wide-inf.json', wide('1e999'), 'not_finite'],
    ['big-exponent-finite.json', '{"a": 1e-400, "b": 1.5e300}', null],
    ['string-looks-infinite.json', '{"a": "1e999"}', null],
    ['cut.json', '{"a": [1, 2', 'invalid_json'],
    ['null.json', 'null', 'wrong_root'],
  ];
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);

  it.each([false, true])('every file gets the same verdict (head read first: %s)', async (withHead) => {
    const scan = await scanResultsDir(dir);
    const ctx = createIngestContext(dir, scan.files, { ...DEFAULT_THRESHOLDS });
    for (const [name, , reason] of files) {
      if (withHead) ctx.head?.(name);
      const r = await ctx.readJson(name);
      expect(r.ok ? null : r.reason, name).toBe(reason);
      if (!r.ok) expect(r.message).toContain(name);
    }
  });

  it('a file read by head() is not read again, and changes after it do not leak into the JSON read', async () => {
    const scan = await scanResultsDir(dir);
    const ctx = createIngestContext(dir, scan.files, { ...DEFAULT_THRESHOLDS });
    writeFileSync(path.join(dir, 'kept.json'), '{"v": 1}');
    const scan2 = await scanResultsDir(dir);
    const ctx2 = createIngestContext(dir, scan2.files, { ...DEFAULT_THRESHOLDS });
    expect(ctx2.head?.('kept.json').keys).toEqual(['v']);
    rmSync(path.join(dir, 'kept.json'));
    // The bytes of the head read serve the JSON read: the file is gone, the value is the one seen.
    expect(await ctx2.readJson('kept.json')).toEqual({ ok: true, value: { v: 1 } });
    expect(scan.files.length).toBe(files.length);
    expect(ctx.files.length).toBe(files.length);
  });

  it('the size cap still applies to bytes kept from a head read', async () => {
    writeFileSync(path.join(dir, 'capped.json'), '{"v": 12345}');
    const scan = await scanResultsDir(dir);
    const ctx = createIngestContext(dir, scan.files, { ...DEFAULT_THRESHOLDS, max_json_bytes: 5 });
    ctx.head?.('capped.json');
    const r = await ctx.readJson('capped.json');
    expect(r.ok ? null : r.reason).toBe('too_large');
    rmSync(path.join(dir, 'capped.json'));
  });
});
