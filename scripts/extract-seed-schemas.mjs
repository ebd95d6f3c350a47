// Extracts the JSON Schema blocks from the contracts seed text, in document order.
// Used by the seed-equality test; also handy when the seed changes:
//   node scripts/extract-seed-schemas.mjs test/fixtures/seed/000_contracts.txt
import { readFileSync } from 'node:fs';

/** Returns every top-level `{ ... }` block that parses as a JSON Schema with a title. */
export function extractSeedSchemas(text) {
  const out = [];
  let i = 0;
  while ((i = text.indexOf('{', i)) !== -1) {
    let depth = 0;
    let inStr = false;
    let j = i;
    for (; j < text.length; j++) {
      const ch = text[j];
      if (inStr) {
        if (ch === '\\') j++;
        else if (ch === '"') inStr = false;
      } else if (ch === '"') inStr = true;
      else if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (depth === 0) break;
      }
    }
    const block = text.slice(i, j + 1);
    try {
      const obj = JSON.parse(block);
      if (obj && typeof obj.title === 'string' && obj.$schema) out.push(obj);
      i = j + 1;
    } catch {
      i = i + 1;
    }
  }
  return out;
}

if (process.argv[2]) {
  for (const s of extractSeedSchemas(readFileSync(process.argv[2], 'utf8'))) console.log(s.title);
}
