/**
 * Streamed lines of a text file with readline's line ends (`\n`, `\r\n`, a lone `\r`), read into
 * one reused buffer and decoded line by line: no chunk-sized strings, no StringDecoder, no
 * readline machinery. Same lines as `readline.createInterface({ crlfDelay: Infinity })` over a
 * UTF-8 stream (invalid bytes become U+FFFD the same way), with a leading BOM dropped.
 */
import { closeSync, readSync } from 'node:fs';
import { NotRegularFileError, openRegularSync } from './safe-open.js';
import type { LineRead } from '../sources/types.js';

const READ_BUFFER = 1 << 20;

/** A read failure: "read failed at line N (CODE)", N the line being read. */
export class LineReadError extends Error {}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'error';
}

/** The lines of `file`, numbered from 1. `readBuffer` (bytes) is the initial buffer; long lines grow it. */
export async function* readFileLines(file: string, readBuffer = READ_BUFFER): AsyncGenerator<LineRead> {
  let line = 0;
  let fd: number;
  try {
    fd = openRegularSync(file).fd;
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new LineReadError(e.message);
    throw new LineReadError(`read failed at line 1 (${errCode(e)})`);
  }
  try {
    let buf = Buffer.allocUnsafe(readBuffer);
    let len = 0;
    let eof = false;
    let first = true;
    /** A BOM alone is a line to readline (the BOM, stripped: an empty line). */
    let bom = false;
    for (;;) {
      if (!eof) {
        let r: number;
        try {
          r = readSync(fd, buf, len, buf.length - len, null);
        } catch (e) {
          throw new LineReadError(`read failed at line ${line + 1} (${errCode(e)})`);
        }
        if (r === 0) eof = true;
        len += r;
      }
      let pos = 0;
      if (first) {
        if (len < 3 && !eof) continue;
        first = false;
        if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          pos = 3;
          bom = true;
        }
      }
      let nextCr = -1;
      for (;;) {
        let nl = buf.indexOf(10, pos);
        if (nl >= len) nl = -1;
        if (nextCr < pos) {
          nextCr = buf.indexOf(13, pos);
          if (nextCr < 0 || nextCr >= len) nextCr = len;
        }
        let end: number;
        let next: number;
        if (nextCr < len && (nl < 0 || nextCr < nl)) {
          // A CR: with the LF after it one line end, alone a line end of its own.
          if (nextCr + 1 === len && !eof) break; // the LF may come with the next read
          end = nextCr;
          next = nextCr + 1 < len && buf[nextCr + 1] === 10 ? nextCr + 2 : nextCr + 1;
        } else if (nl >= 0) {
          end = nl;
          next = nl + 1;
        } else break;
        line++;
        yield { line, text: buf.toString('utf8', pos, end) };
        pos = next;
      }
      if (eof) {
        if (pos < len || (bom && line === 0)) {
          line++;
          yield { line, text: buf.toString('utf8', pos, len) };
        }
        return;
      }
      if (pos === 0 && len === buf.length) {
        // One line fills the buffer: grow it.
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      } else {
        buf.copyWithin(0, pos, len);
        len -= pos;
      }
    }
  } finally {
    closeSync(fd);
  }
}
