/**
 * Matching base and head cells. Cells match when their identity key (src/core/cells/identity.ts:
 * identity fields + topology key) is equal. A pair whose GPU count differs, or an unmatched
 * base/head pair that shares hardware, model, framework, scenario, ISL/OSL and concurrency but
 * not the rest (precision, topology, recipe), is a changed configuration: `incomparable`, with
 * the reasons; never a regression of the old one.
 */
import { deploymentKey, familyKey, identityKey, identityKeyObject } from '../cells/identity.js';
import type { Cell } from '../types.js';

export interface CellPair {
  base: Cell | null;
  head: Cell | null;
  kind: 'matched' | 'incomparable' | 'new' | 'missing';
  reasons: string[];
}

/** Identity fields a configuration change may alter while the workload stays the same. */
const LOOSE_FIELDS = ['hardware', 'model', 'framework', 'scenario_type', 'isl', 'osl', 'concurrency'] as const;

// A compare reads its reports and never changes a cell: each cell's keys are computed once
// (matching, sorting, the per-metric seeds and the CellDiff all need them).
type KeyOf = (identity: Cell, topology: NonNullable<Cell['topology']>) => string;

/** A key of a cell, memoised per cell object. */
function memoised(of: KeyOf): (c: Cell) => string {
  const memo = new WeakMap<Cell, string>();
  return (c) => {
    let k = memo.get(c);
    if (k === undefined) {
      k = of(c, c.topology ?? {});
      memo.set(c, k);
    }
    return k;
  };
}

/** identityKey of a cell (memoised per cell object). */
export const cellKey = memoised(identityKey);

/** familyKey of a cell (memoised per cell object). */
export const cellFamilyKey = memoised(familyKey);

/** deploymentKey of a cell (memoised per cell object). */
export const cellDeploymentKey = memoised(deploymentKey);

function looseKey(c: Cell): string {
  const o = identityKeyObject(c, c.topology ?? {});
  return JSON.stringify(LOOSE_FIELDS.map((f) => o[f] ?? null));
}

function byId(a: Cell, b: Cell): number {
  return a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function gpusOf(c: Cell): number | null {
  const g = c.topology?.gpus;
  return typeof g === 'number' && Number.isFinite(g) ? g : null;
}

/** Human-readable differences between two cells' keys ("precision: fp8 → fp4", "topology.tp: 8 → 4"). */
export function configDifferences(base: Cell, head: Cell): string[] {
  const a = identityKeyObject(base, base.topology ?? {});
  const b = identityKeyObject(head, head.topology ?? {});
  const out: string[] = [];
  for (const k of Object.keys(a)) {
    if (k === 'topology') continue;
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k}: ${show(a[k])} → ${show(b[k])}`);
  }
  const ta = (a.topology ?? {}) as Record<string, unknown>;
  const tb = (b.topology ?? {}) as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(ta), ...Object.keys(tb)])].sort()) {
    if (JSON.stringify(ta[k] ?? null) !== JSON.stringify(tb[k] ?? null))
      out.push(`topology.${k}: ${show(ta[k])} → ${show(tb[k])}`);
  }
  const ga = gpusOf(base);
  const gb = gpusOf(head);
  if (ga !== null && gb !== null && ga !== gb) out.push(`topology.gpus: ${ga} → ${gb}`);
  return out;
}

function group(cells: readonly Cell[], key: (c: Cell) => string): Map<string, Cell[]> {
  const m = new Map<string, Cell[]>();
  for (const c of [...cells].sort(byId)) {
    const k = key(c);
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  }
  return m;
}

/**
 * Pairs the cells of two reports. Within one identity key (duplicates are possible when merge
 * kept conflicting copies apart), cells with the same cell_id pair first, then the rest in
 * cell_id order. Output order is not meaningful (compareReports sorts).
 */
export function matchCells(baseCells: readonly Cell[], headCells: readonly Cell[]): CellPair[] {
  const pairs: CellPair[] = [];
  const restBase: Cell[] = [];
  const restHead: Cell[] = [];
  const bKeys = group(baseCells, cellKey);
  const hKeys = group(headCells, cellKey);
  for (const k of [...new Set([...bKeys.keys(), ...hKeys.keys()])].sort()) {
    const bs = [...(bKeys.get(k) ?? [])];
    const hs = [...(hKeys.get(k) ?? [])];
    const matched: [Cell, Cell][] = [];
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i] as Cell;
      const j = bs.findIndex((b) => b.cell_id === h.cell_id);
      if (j >= 0) {
        matched.push([bs[j] as Cell, h]);
        bs.splice(j, 1);
        hs.splice(i, 1);
        i--;
      }
    }
    while (bs.length > 0 && hs.length > 0) matched.push([bs.shift() as Cell, hs.shift() as Cell]);
    restBase.push(...bs);
    restHead.push(...hs);
    for (const [b, h] of matched) {
      const gb = gpusOf(b);
      const gh = gpusOf(h);
      if (gb !== null && gh !== null && gb !== gh) {
        pairs.push({ base: b, head: h, kind: 'incomparable', reasons: [`topology.gpus: ${gb} → ${gh}`] });
      } else {
        pairs.push({ base: b, head: h, kind: 'matched', reasons: [] });
      }
    }
  }
  // Changed configurations: same workload point, different precision / topology / recipe.
  const lb = group(restBase, looseKey);
  const lh = group(restHead, looseKey);
  for (const k of [...new Set([...lb.keys(), ...lh.keys()])].sort()) {
    const bs = [...(lb.get(k) ?? [])].sort((x, y) =>
      cellKey(x) < cellKey(y) ? -1 : cellKey(x) > cellKey(y) ? 1 : byId(x, y),
    );
    const hs = [...(lh.get(k) ?? [])].sort((x, y) =>
      cellKey(x) < cellKey(y) ? -1 : cellKey(x) > cellKey(y) ? 1 : byId(x, y),
    );
    while (bs.length > 0 && hs.length > 0) {
      const b = bs.shift() as Cell;
      const h = hs.shift() as Cell;
      pairs.push({ base: b, head: h, kind: 'incomparable', reasons: configDifferences(b, h) });
    }
    for (const b of bs) pairs.push({ base: b, head: null, kind: 'missing', reasons: [] });
    for (const h of hs) pairs.push({ base: null, head: h, kind: 'new', reasons: [] });
  }
  return pairs;
}
