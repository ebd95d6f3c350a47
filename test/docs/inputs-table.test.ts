/**
 * The inputs and outputs tables of README.md and docs/ACTION.md list exactly what action.yml
 * declares, in both directions, and each single-input row states action.yml's default (a row may
 * group several inputs, e.g. `max-artifact-bytes`, `max-artifact-entries`, `max-artifact-ratio`).
 */
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codeNames, read, sectionTable } from './markdown.js';

interface ActionYml {
  inputs: Record<string, { default?: unknown }>;
  outputs: Record<string, unknown>;
}
const action = parseYaml(read('action.yml')) as ActionYml;

const TABLES = [
  { file: 'README.md', inputs: '### Inputs', outputs: '### Outputs' },
  { file: 'docs/ACTION.md', inputs: '## Inputs', outputs: '## Outputs' },
];

function sorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

describe.each(TABLES)('$file', ({ file, inputs, outputs }) => {
  const md = read(file);
  const inputRows = sectionTable(md, inputs);

  it('lists every input of action.yml, and only those', () => {
    const listed = inputRows.flatMap((r) => codeNames(r[0] ?? ''));
    expect(sorted(listed)).toEqual(sorted(Object.keys(action.inputs)));
    expect(listed.length).toBe(new Set(listed).size); // none twice
  });

  it("gives action.yml's default for each single-input row", () => {
    const wrong: string[] = [];
    for (const [name, def = ''] of inputRows.map((r) => [codeNames(r[0] ?? ''), r[1] ?? ''] as const)) {
      if (name.length !== 1) continue;
      const d = action.inputs[name[0]!]?.default;
      const want = d === undefined || d === '' ? null : String(d);
      const ok = want === null ? def.startsWith('(empty') : def.includes(`\`${want}\``);
      if (!ok) wrong.push(`${name[0]}: table says ${def}, action.yml says ${want === null ? '(empty)' : want}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lists every output of action.yml, and only those', () => {
    const listed = sectionTable(md, outputs).flatMap((r) => codeNames(r[0] ?? ''));
    expect(sorted(listed)).toEqual(sorted(Object.keys(action.outputs)));
  });
});
