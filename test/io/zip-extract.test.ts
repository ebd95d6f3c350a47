/** The bounded extractor against crafted archives: every refusal fast, one line, nothing outside the folder. */
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_LIMITS, extractZip } from '../../src/io/zip-extract.js';
import { makeZip, zipBomb, type ZipEntrySpec } from '../helpers/zip.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

function zipFile(buf: Buffer): { file: string; dest: string } {
  n++;
  const file = path.join(tmp, `a${n}.zip`);
  writeFileSync(file, buf);
  return { file, dest: path.join(tmp, `out${n}`, 'inner') };
}

describe('extractZip', () => {
  it('extracts files and folders', async () => {
    const { file, dest } = zipFile(
      makeZip([
        { name: 'bmk_x/' },
        { name: 'bmk_x/agg.json', data: '{"a":1}' },
        { name: 'top.txt', data: 'hi', method: 'store' },
      ]),
    );
    expect(await extractZip(file, dest)).toEqual({ files: 2, bytes: 9 });
    expect(readFileSync(path.join(dest, 'bmk_x/agg.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(path.join(dest, 'top.txt'), 'utf8')).toBe('hi');
  });

  const refused: [string, ZipEntrySpec[] | Buffer, RegExp][] = [
    ['zip-slip with ..', [{ name: '../evil.json', data: 'x' }], /leaves the folder/],
    ['zip-slip deeper', [{ name: 'a/../../evil.json', data: 'x' }], /leaves the folder/],
    ['an absolute path', [{ name: '/tmp/evil.json', data: 'x' }], /leaves the folder/],
    ['a backslash path', [{ name: '..\\evil.json', data: 'x' }], /leaves the folder/],
    [
      'a symlink entry',
      [{ name: 'agg.json', data: '/etc/passwd', mode: 0o120777 }],
      /entry 1 'agg.json' is a symbolic link/,
    ],
    ['a FIFO entry', [{ name: 'p', mode: 0o010644 }], /special file/],
    ['a corrupt archive', Buffer.from('PK\x03\x04 this is not a zip at all, just bytes'), /not a readable zip archive/],
    [
      'a truncated archive',
      makeZip([{ name: 'a.json', data: 'x'.repeat(1000) }]).subarray(0, 60),
      /not a readable zip/,
    ],
    [
      'a lying declared size',
      [{ name: 'a.json', data: 'x'.repeat(100), declaredSize: 10 }],
      /corrupt zip archive at entry 1/,
    ],
  ];
  it.each(refused)('refuses %s', async (_what, spec, message) => {
    const { file, dest } = zipFile(Buffer.isBuffer(spec) ? spec : makeZip(spec));
    await expect(extractZip(file, dest)).rejects.toThrow(message);
    expect(existsSync(path.join(tmp, 'evil.json'))).toBe(false);
    expect(existsSync(path.join(path.dirname(dest), 'evil.json'))).toBe(false);
    if (existsSync(dest))
      for (const f of readdirSync(dest, { recursive: true }) as string[])
        expect(lstatSync(path.join(dest, f)).isSymbolicLink()).toBe(false);
  });

  it('refuses a zip bomb by ratio before writing (200 MiB of zeros)', async () => {
    const { file, dest } = zipFile(zipBomb(200));
    const t0 = Date.now();
    await expect(extractZip(file, dest)).rejects.toThrow(/expands \d+:1, over the 200:1 limit \(max-artifact-ratio\)/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(existsSync(path.join(dest, 'agg_bomb.json'))).toBe(false);
  });

  it('refuses archives over the byte and entry limits', async () => {
    const many = zipFile(makeZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.json`, data: '{}' }))));
    await expect(extractZip(many.file, many.dest, { ...DEFAULT_EXTRACT_LIMITS, maxEntries: 20 })).rejects.toThrow(
      '30 entries, over the 20-entry limit (max-artifact-entries)',
    );
    const big = zipFile(makeZip([{ name: 'a.csv', data: 'x'.repeat(5000) }]));
    await expect(extractZip(big.file, big.dest, { ...DEFAULT_EXTRACT_LIMITS, maxBytes: 4096 })).rejects.toThrow(
      /over 4096 bytes uncompressed at entry 1 'a.csv' \(max-artifact-bytes\)/,
    );
  });
});
