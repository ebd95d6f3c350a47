/** The per-cell memoised keys of compare equal identityKey / familyKey of the cell. */
import { describe, expect, it } from 'vitest';
import { cellFamilyKey, cellKey } from '../../../src/core/compare/match.js';
import { familyKey, identityKey } from '../../../src/core/cells/identity.js';
import { makeCell } from '../../helpers/reports.js';

describe('cellKey / cellFamilyKey', () => {
  it('equal identityKey / familyKey, on every call', () => {
    const cells = [
      makeCell(),
      makeCell({ concurrency: 64, precision: 'FP4', topology: { tp: 4, pp: 1, ep: 4, dp_attention: true, gpus: 4 } }),
      makeCell({ is_multinode: true, topology: { prefill_tp: 8, decode_tp: 16, spec_decoding: 'mtp' } }),
    ];
    for (const c of cells) {
      for (let i = 0; i < 2; i++) {
        expect(cellKey(c)).toBe(identityKey(c, c.topology ?? {}));
        expect(cellFamilyKey(c)).toBe(familyKey(c, c.topology ?? {}));
      }
    }
    expect(new Set(cells.map(cellKey)).size).toBe(cells.length);
  });
});
