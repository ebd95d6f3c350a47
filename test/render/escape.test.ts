/**
 * safeText / safeCode return untouched text early; the result must be exactly that of running
 * every rule (the previous implementation, kept here as the reference) on any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCode, safeText, stripInvisible } from '../../src/render/escape.js';

function escapeHtmlRef(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeTextRef(s: unknown, maxLen = 300): string {
  let t = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  t = t.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  t = stripInvisible(t);
  if (t.length > maxLen) t = `${t.slice(0, maxLen - 1)}…`;
  t = escapeHtmlRef(t);
  t = t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  t = t.replace(/([[\]()*_`~!])/g, '\\$1');
  t = t.replace(/@(?=[A-Za-z0-9-])/g, '@\u200d');
  t = t.replace(/#(?=\d)/g, '#\u200d');
  t = t.replace(/(https?|ftp|javascript|data):/gi, '$1\u200d:');
  t = t.replace(/\b(www)\./gi, '$1\u200d.');
  t = t.replace(/\b(GH)-(?=\d)/gi, '$1\u200d-');
  return t;
}

function safeCodeRef(s: unknown, maxLen = 200): string {
  let t = typeof s === 'string' ? s : String(s ?? '');
  t = t
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/`/g, "'")
    .replace(/[\u0000-\u001f\u007f]/g, '');
  t = stripInvisible(t);
  if (t.length > maxLen) t = `${t.slice(0, maxLen - 1)}…`;
  return `\`${t.replace(/\|/g, '\\|')}\``;
}

// Plain text with every character and word some rule looks at mixed in.
const special = fc.constantFrom(
  ...'\r\n\t\u0000\u001f\u007f\u0080\u009f\u00a0\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff&<>"\'\\|[]()*_`~!@#:.-/ '.split(
    '',
  ),
  'www.',
  'WWW.',
  'xwww.',
  'GH-1',
  'gh-12',
  'GH-x',
  'http:',
  'HTTPS:',
  'ftp:',
  'javascript:',
  'data:',
  '@user',
  '#123',
  '·',
  '→',
  '✅',
  '\ud83d',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), special), { maxLength: 30 }).map((a) => a.join('')),
);
const value = fc.oneof(text, fc.constant(null), fc.constant(undefined), fc.double(), fc.integer(), fc.boolean());

describe('safeText / safeCode', () => {
  it('equal the all-rules reference on any input and length cap', () => {
    fc.assert(
      fc.property(value, fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), (v, max) => {
        expect(safeText(v, max)).toBe(safeTextRef(v, max));
        expect(safeCode(v, max)).toBe(safeCodeRef(v, max));
      }),
      { numRuns: 20_000, seed: 42 },
    );
  });

  it('keep ordinary text as it is', () => {
    expect(safeText('deepseek-ai/DeepSeek-R1-0528 · 1.5 s')).toBe('deepseek-ai/DeepSeek-R1-0528 · 1.5 s');
    expect(safeCode('bmk_dsr1/conc16')).toBe('`bmk_dsr1/conc16`');
    expect(safeText('a|b [x](y) @me #1 www.x GH-2 http://z')).toBe(
      safeTextRef('a|b [x](y) @me #1 www.x GH-2 http://z'),
    );
  });
});
