import fc from 'fast-check';
import { markdownTable } from 'markdown-table';
import { describe, expect, it } from 'vitest';
import { mdTable } from '../../src/render/md-table.js';

/** Cells as report.md writes them, plus what can break a width: empty, wide, astral, pipes. */
const cell = fc.oneof(
  fc.constantFrom('', '—', '✅', '❌', 'yes', '`a\\|b`', '😀x', ' ', 'é'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
const align = fc.option(
  fc.array(fc.option(fc.constantFrom('l', 'r', 'c', 'L', 'R', 'C', 'x', '', 'left')), { maxLength: 7 }),
  {
    nil: undefined,
  },
);

describe('mdTable (markdown-table, byte for byte)', () => {
  it('equals markdown-table on generated tables, padded and not', () => {
    fc.assert(
      fc.property(rows, align, fc.boolean(), (t, a, padded) => {
        const options = { ...(a ? { align: a } : {}), ...(padded ? {} : { alignDelimiters: false }) };
        expect(mdTable(t, options)).toBe(markdownTable(t, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals it on the shapes report.md writes', () => {
    const header = ['', 'Path', 'Kind', 'Required', 'Cell'];
    const body = Array.from({ length: 300 }, (_, i) => [i % 3 ? '✅' : '❌', `d${i}/f.json`, 'raw_result', 'yes', '—']);
    for (const options of [{}, { alignDelimiters: false }, { align: ['l', 'r', 'c', 'r', 'l'] }]) {
      expect(mdTable([header, ...body], options)).toBe(markdownTable([header, ...body], options));
      expect(mdTable([header], options)).toBe(markdownTable([header], options));
      expect(mdTable([], options)).toBe(markdownTable([], options));
    }
    // a hand-written case, so a shared mistake of both cannot pass unseen
    expect(
      mdTable(
        [
          ['a', 'bb'],
          ['ccc', ''],
        ],
        { align: ['r', 'c'] },
      ),
    ).toBe('|   a |  bb |\n| --: | :-: |\n| ccc |     |');
    expect(
      mdTable(
        [
          ['a', 'bb'],
          ['ccc', ''],
        ],
        { alignDelimiters: false },
      ),
    ).toBe('| a | bb |\n| - | - |\n| ccc | |');
  });
});
