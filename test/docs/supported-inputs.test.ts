/**
 * Every adapter of the registry (src/sources/index.ts) is documented: by its id in README's
 * "Supported inputs" table and in docs/ARCHITECTURE.md's "Producers and layouts" table.
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_ADAPTERS } from '../../src/sources/index.js';
import { codeNames, read, sectionTable } from './markdown.js';

const ids = SOURCE_ADAPTERS.map((a) => a.id);

describe('adapters in the docs', () => {
  it('the registry has adapters', () => {
    expect(ids.length).toBeGreaterThan(10);
  });

  it.each([
    ['README.md', '## Supported inputs'],
    ['docs/ARCHITECTURE.md', '### Producers and layouts'],
  ])('%s %s names every adapter id', (file, heading) => {
    const named = new Set(sectionTable(read(file), heading).flatMap((r) => codeNames(r[0] ?? '')));
    expect(ids.filter((id) => !named.has(id))).toEqual([]);
  });
});
