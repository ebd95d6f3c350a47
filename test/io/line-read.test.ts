/** The buffer line reader against readline (crlfDelay: Infinity) over a UTF-8 stream. */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { LineReadError, readFileLines } from '../../src/io/line-read.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'ig-line-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the reader did before: readline over a utf8 stream, BOM stripped from line 1. */
async function reference(file: string, highWaterMark: number): Promise<string[]> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const raw of rl) out.push(out.length === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  return out;
}

async function ours(file: string, readBuffer: number): Promise<string[]> {
  const out: string[] = [];
  for await (const { line, text } of readFileLines(file, readBuffer)) {
    expect(line).toBe(out.length + 1);
    out.push(text);
  }
  return out;
}

describe('readFileLines', () => {
  const piece = fc.oneof(
    fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\n\n', '{"a":1}', 'é→', '', ' ', 'x'.repeat(40)),
    fc.string({ maxLength: 20 }),
    fc.uint8Array({ maxLength: 6 }).map((b) => Buffer.from(b).toString('latin1')),
  );
  it('gives readline’s lines for any bytes, at any buffer size', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(piece, { maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom(3, 7, 16, 1 << 20),
        async (bom, pieces, rawBytes, readBuffer) => {
          const file = path.join(work, `l${n++}.txt`);
          // Pieces as UTF-8, or as raw bytes (invalid UTF-8 included).
          const body = rawBytes ? Buffer.from(pieces.join(''), 'latin1') : Buffer.from(pieces.join(''), 'utf8');
          writeFileSync(file, Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), body]));
          expect(await ours(file, readBuffer)).toEqual(await reference(file, 1 << 20));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles lines far longer than the buffer and stops cleanly when the consumer stops', async () => {
    const file = path.join(work, 'long.txt');
    const long = 'y'.repeat(100_000);
    writeFileSync(file, `a\r\n${long}\rb\n`);
    expect(await ours(file, 64)).toEqual(['a', long, 'b']);
    for await (const { text } of readFileLines(file, 64)) {
      expect(text).toBe('a');
      break;
    }
  });

  it('opens without blocking: a FIFO is refused at once, not waited on', async () => {
    const fifo = path.join(work, 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    await expect(ours(fifo, 64)).rejects.toThrowError(new LineReadError('is a FIFO (named pipe), not a regular file'));
  });

  it('names the line it failed on', async () => {
    await expect(ours(work, 64)).rejects.toThrowError(new LineReadError('is a directory, not a regular file'));
    await expect(ours(path.join(work, 'missing.txt'), 64)).rejects.toThrowError(/read failed at line 1 \(ENOENT\)/);
  });
});
