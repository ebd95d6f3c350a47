// The bare baseline of the benchmark: the least work any analyzer must do over the same bytes.
// Streams each file, splits lines (CRLF-aware) and fields (quote-aware for CSV), parses every
// unquoted CSV field as a number and every JSONL line with JSON.parse, and nothing else.
// Plain JavaScript so it starts as fast as node itself: `node scripts/bench/bare.mjs FILE...`.
import { createReadStream } from 'node:fs';

let checksum = 0;
let lines = 0;

function csvLine(line) {
  // Quote-aware field scan; unquoted fields go through Number().
  const n = line.length;
  let i = 0;
  while (i <= n) {
    if (line.charCodeAt(i) === 34) {
      // Quoted field: skip to the closing quote ("" is an escaped quote).
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        if (line.charCodeAt(q + 1) === 34) i = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
      const c = line.indexOf(',', i);
      i = c < 0 ? n + 1 : c + 1;
    } else {
      let c = line.indexOf(',', i);
      if (c < 0) c = n;
      const v = +line.slice(i, c);
      if (v === v) checksum += v;
      i = c + 1;
    }
  }
}

function jsonLine(line) {
  const v = JSON.parse(line);
  for (const k in v) {
    const x = v[k];
    if (typeof x === 'number') checksum += x;
  }
}

async function run(file) {
  const perLine = file.endsWith('.csv') ? csvLine : jsonLine;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let rest = '';
  let first = true;
  for await (const chunk of stream) {
    const text = rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const line = text.slice(start, end);
      start = nl + 1;
      if (first) {
        first = false; // the CSV header / first line is data for JSONL
        if (perLine === csvLine) continue;
      }
      if (line.length > 0) perLine(line);
      lines++;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) {
    perLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    lines++;
  }
}

for (const f of process.argv.slice(2)) await run(f);
process.stdout.write(`bare: ${lines} lines, checksum ${checksum}\n`);
