/** environmentChange (src/core/compare/environment.ts): distinct environments per side. */
import { describe, expect, it } from 'vitest';
import { environmentChange, environmentText } from '../../../src/core/compare/environment.js';
import type { Cell, CellEnvironment } from '../../../src/core/types.js';

function cell(env?: Partial<CellEnvironment> | null): Cell {
  const c = { cell_id: 'c', topology: {}, metrics: {}, findings: [] } as unknown as Cell;
  if (env !== undefined) {
    (c as Record<string, unknown>).environment =
      env === null ? null : { cluster: null, host: null, image: null, runner: null, ...env };
  }
  return c;
}

const cw = { runner: 'h200-cw_00', cluster: 'cw' };
const nb = { runner: 'h200-nb_1', cluster: 'nb' };

describe('environmentChange', () => {
  it('is null when neither side says where it ran', () => {
    expect(environmentChange([], [])).toBeNull();
    expect(environmentChange([cell(), cell(null)], [cell({})])).toBeNull();
  });

  it('describes each side once, sorted, fields in a fixed order', () => {
    expect(environmentText(cell({ ...cw, image: 'img:1', host: 'n7' }))).toBe(
      'cluster cw · runner h200-cw_00 · host n7 · image img:1',
    );
    const ch = environmentChange([cell(nb), cell(cw), cell(cw)], [cell(cw)]);
    expect(ch).toEqual({
      base: ['cluster cw · runner h200-cw_00', 'cluster nb · runner h200-nb_1'],
      head: ['cluster cw · runner h200-cw_00'],
      differs: true,
    });
  });

  it('differs only when both sides are known and the sets differ', () => {
    expect(environmentChange([cell(cw)], [cell(cw), cell()])?.differs).toBe(false);
    expect(environmentChange([cell(cw)], [cell(nb)])?.differs).toBe(true);
    expect(environmentChange([cell(cw)], [cell()])).toEqual({
      base: ['cluster cw · runner h200-cw_00'],
      head: [],
      differs: false,
    });
    expect(environmentChange([cell({ image: 'a' })], [cell({ image: 'b' })])?.differs).toBe(true);
  });

  it('ignores an environment that is not an object (an untrusted report)', () => {
    const odd = cell();
    (odd as Record<string, unknown>).environment = 'h200-cw_00';
    expect(environmentChange([odd], [])).toBeNull();
  });
});

describe('compare carries the environment of a matched pair', () => {
  it('cell_diff.environment names both sides and says they differ', async () => {
    const { compareReports } = await import('../../../src/core/compare/index.js');
    const { makeCell, makeReport } = await import('../../helpers/reports.js');
    const env = (cluster: string) => ({ cluster, host: null, image: null, runner: null });
    const d = compareReports(
      makeReport([makeCell({ environment: env('cw') })]),
      makeReport([makeCell({ environment: env('nb') })]),
    );
    expect(d.cells[0]?.environment).toEqual({ base: ['cluster cw'], head: ['cluster nb'], differs: true });
    const same = compareReports(makeReport([makeCell()]), makeReport([makeCell()]));
    expect(same.cells[0]?.environment).toBeUndefined();
  });
});
