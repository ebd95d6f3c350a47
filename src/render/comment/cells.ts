/** Cells in the comment: identity, matched topology, the cell index and labels named against each other. */
import type { Cell, Report } from '../../core/types.js';
import type { CellDiff, ReportDiff } from '../../core/compare/types.js';
import { type CellRef, nameCells, topologyLabel } from '../labels.js';
import { familyKey, topologyKey } from '../../core/cells/identity.js';
import { identityOf } from '../../core/compare/verdicts.js';

function topologyOfKey(key: string): Record<string, unknown> {
  try {
    const o = JSON.parse(key) as { topology?: unknown };
    return o.topology && typeof o.topology === 'object' ? (o.topology as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function cellRefOf(c: Cell): CellRef {
  const id = identityOf(c);
  return { identity: id, topology: matchedTopology(c), id: c.cell_id };
}

/** The topology keys a cell is matched on (its family key's `topology`, without writing and re-parsing the key). */
function matchedTopology(c: Cell): Record<string, unknown> {
  try {
    return topologyKey(c.is_multinode ?? null, c.topology ?? {});
  } catch {
    return {};
  }
}

export function familyKeySafe(c: Cell): string {
  try {
    return familyKey(identityOf(c), c.topology ?? {});
  } catch {
    return '{}';
  }
}

export function diffRef(d: CellDiff): CellRef {
  return { identity: d.identity, topology: topologyOfKey(d.key), id: d.head_cell_id ?? d.base_cell_id ?? d.key };
}

/** Every cell the comment can name: head cells, then base-only cells of the diff. */
export function cellIndex(head: Report, diff: ReportDiff | null): Map<string, CellRef> {
  const m = new Map<string, CellRef>();
  for (const c of head.cells ?? []) if (typeof c?.cell_id === 'string') m.set(c.cell_id, cellRefOf(c));
  for (const d of diff?.cells ?? []) {
    const r = diffRef(d);
    if (!m.has(r.id)) m.set(r.id, r);
  }
  return m;
}

/** "config · c64" labels for a set of cells, named against each other. */
export function shortLabels(refs: readonly CellRef[]): Map<string, string> {
  const names = nameCells(refs);
  const out = new Map<string, string>();
  refs.forEach((r, i) => {
    const parts = [names.config[i] ?? ''];
    names.topologyKeys.forEach((k, j) => parts.push(`${topologyLabel(k)} ${names.topology[i]?.[j] ?? '—'}`));
    if (r.identity.concurrency !== null) parts.push(`c${r.identity.concurrency}`);
    out.set(r.id, parts.filter((p) => p !== '').join(' · ') || 'one cell');
  });
  return out;
}

/** Label columns (config, conc, varying topology) for the rows' cells, named against each other. */
export function labelColumns(cells: readonly CellDiff[]): { header: string[]; cols: string[][]; common: string } {
  const names = nameCells(cells.map(diffRef));
  const withConfig = names.config.some((c) => c !== '');
  const header = [...(withConfig ? ['Config'] : []), 'Conc', ...names.topologyKeys.map((k) => topologyLabel(k))];
  const cols = cells.map((_, i) => [
    ...(withConfig ? [names.config[i] || '—'] : []),
    names.concurrency[i] ?? '—',
    ...(names.topology[i] ?? []),
  ]);
  return { header, cols, common: names.common };
}
