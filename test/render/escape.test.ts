/**
 * safeText / safeCode return untouched text early; the result must be exactly that of running
 * every rule (the previous implementation, kept here as the reference) on any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCode, safeLog, safeText, stripInvisible } from '../../src/render/escape.js';

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
  t = t.replace(/(www)\./gi, '$1\u200d.');
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

describe('no autolinkable text survives', () => {
  it('defangs www. after an underscore, asterisk, tilde or parenthesis (GFM extended autolinks)', () => {
    for (const pre of ['_', '*', '~', '(', ' ', '', 'x']) {
      const out = safeText(`${pre}www.evil.example/x`);
      expect(out).not.toMatch(/www\./i);
      expect(out).toContain('www\u200d.evil');
    }
    expect(safeText('seg/_www.evil.example')).not.toMatch(/www\./);
  });
  it('defangs http(s) links and e-mail autolinks', () => {
    const out = safeText('see https://evil.example and a@b.example');
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).not.toMatch(/a@b/);
  });
});

describe('safeLog', () => {
  it('never lets a workflow command start or hide in a log line', () => {
    const evil = 'no baseline: x\n::error::forged\r\n::set-output name=a::b %0A::warning::y %0d %25';
    const out = safeLog(evil);
    expect(out).not.toContain('\n');
    expect(out).not.toContain('\r');
    expect(out).not.toContain('::');
    expect(out).not.toMatch(/%0[AaDd]/);
    expect(out).toContain('forged');
  });
  it('keeps ordinary lines as they are', () => {
    expect(safeLog('Downloaded 3 artifact(s) matching bmk_* into results')).toBe(
      'Downloaded 3 artifact(s) matching bmk_* into results',
    );
  });
  it('holds for any input: no line break, no `::`, no %0A/%0D', () => {
    fc.assert(
      fc.property(value, (v) => {
        const out = safeLog(v);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toContain('::');
        expect(out).not.toMatch(/%0[AaDd]/);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
