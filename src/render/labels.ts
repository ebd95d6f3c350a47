/**
 * Names a reader understands, in one place: human metric labels, topology key labels, and cell
 * labels built from what distinguishes the cells of one table (family fields that differ, the
 * concurrency, and the topology keys that differ between families that would otherwise read the
 * same). Raw cell ids never go into these labels; they go into collapsed details.
 */
import { metricInfo } from '../core/metrics.js';
import type { Identity } from '../core/types.js';
import { safeText } from './escape.js';

// ---------------------------------------------------------------------------------------------
// Metrics

/**
 * The metric's human label from the metric catalogue (core/metrics.ts), escaped for markdown;
 * an unknown name reads with spaces for underscores.
 */
export function metricLabel(metric: string): string {
  const info = metricInfo(metric);
  return safeText(info ? info.label : metric.replace(/_/g, ' '), 60);
}

// ---------------------------------------------------------------------------------------------
// Topology

const TOPOLOGY_LABELS: Record<string, string> = {
  tp: 'TP',
  pp: 'PP',
  dcp_size: 'DCP',
  pcp_size: 'PCP',
  ep: 'EP',
  dp_attention: 'DP-attn',
  prefill_tp: 'P-TP',
  prefill_pp: 'P-PP',
  prefill_ep: 'P-EP',
  prefill_dp_attention: 'P-DP-attn',
  prefill_num_workers: 'P workers',
  decode_tp: 'D-TP',
  decode_pp: 'D-PP',
  decode_ep: 'D-EP',
  decode_dp_attention: 'D-DP-attn',
  decode_num_workers: 'D workers',
  spec_decoding: 'Spec',
  offloading: 'Offload',
};

export function topologyLabel(key: string): string {
  return TOPOLOGY_LABELS[key] ?? safeText(key.replace(/_/g, ' '), 24);
}

export function topologyValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  return safeText(String(v), 24);
}

// ---------------------------------------------------------------------------------------------
// Cells

/** What the comment knows of a cell: identity, the topology keys it is matched on, its id. */
export interface CellRef {
  identity: Identity;
  topology: Record<string, unknown>;
  id: string;
}

/** Token count as 8k (multiples of 1024) or the number. */
function tokens(n: number | null): string {
  if (n === null) return '?';
  return n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : String(n);
}

function shortModel(m: string | null): string {
  if (!m) return '?';
  const tail = m.split('/').pop() ?? m;
  return tail === '' ? m : tail;
}

type FamilyField = 'hardware' | 'model' | 'framework' | 'precision' | 'lengths' | 'scenario' | 'nodes' | 'recipe';

/** Family fields in reading order, each as a short text (null when unknown). */
function familyParts(id: Identity, fullModel: boolean): Record<FamilyField, string | null> {
  return {
    hardware: id.hardware,
    model: id.model === null ? null : fullModel ? id.model : shortModel(id.model),
    framework: id.framework,
    precision: id.precision,
    lengths: id.isl === null && id.osl === null ? null : `${tokens(id.isl)}/${tokens(id.osl)}`,
    scenario: id.scenario_type,
    nodes: id.is_multinode === true ? 'multi-node' : null,
    recipe: id.recipe_name,
  };
}

const FAMILY_FIELDS: FamilyField[] = [
  'hardware',
  'model',
  'framework',
  'precision',
  'lengths',
  'scenario',
  'nodes',
  'recipe',
];

/** The family label of one cell with every known field: "h200 · DeepSeek-R1 · vllm · fp8 · 8k/1k". */
export function familyLabel(id: Identity, fullModel = false): string {
  const p = familyParts(id, fullModel);
  return safeText(
    FAMILY_FIELDS.map((f) => p[f])
      .filter((x): x is string => x !== null && x !== '')
      .join(' · ') || 'unknown configuration',
    120,
  );
}

export interface CellNames {
  /** The family fields every row shares, as one line ("" when none), for above the table. */
  common: string;
  /** Per row: the fewest family fields that tell the rows' families apart ("" when one family). */
  config: string[];
  /** Topology keys shown as columns (they tell apart rows whose config reads the same). */
  topologyKeys: string[];
  /** Per row: the value of each topology column. */
  topology: string[][];
  /** Per row: the concurrency ("—" when unknown). */
  concurrency: string[];
}

/** True when two different models share a short name, so every row shows the full model id. */
function needsFullModel(cells: readonly CellRef[]): boolean {
  const modelTails = new Map<string, Set<string>>();
  for (const c of cells) {
    if (c.identity.model === null) continue;
    const t = shortModel(c.identity.model);
    let s = modelTails.get(t);
    if (!s) modelTails.set(t, (s = new Set()));
    s.add(c.identity.model);
  }
  return [...modelTails.values()].some((s) => s.size > 1);
}

/** The known fields of `fields`, in that order, joined with " · ". */
function joinFields(p: Record<FamilyField, string | null>, fields: readonly FamilyField[], maxChars: number): string {
  return safeText(
    fields
      .map((f) => p[f])
      .filter((x): x is string => x !== null && x !== '')
      .join(' · '),
    maxChars,
  );
}

/**
 * The fewest varying fields (in reading order) that tell the families of these rows apart:
 * a field is added only when it separates families that still read the same.
 */
function chooseConfigFields(
  cells: readonly CellRef[],
  parts: readonly Record<FamilyField, string | null>[],
  varying: readonly FamilyField[],
): FamilyField[] {
  const familyOf = cells.map((c) => {
    const full = familyParts(c.identity, true);
    return JSON.stringify([FAMILY_FIELDS.map((f) => full[f]), c.topology]);
  });
  const chosen: FamilyField[] = [];
  const collisions = (fields: FamilyField[]): number => {
    const seen = new Map<string, Set<string>>();
    parts.forEach((p, i) => {
      const k = fields.map((f) => p[f] ?? '').join('\u0000');
      const s = seen.get(k) ?? new Set<string>();
      s.add(familyOf[i] as string);
      seen.set(k, s);
    });
    let c = 0;
    for (const s of seen.values()) c += s.size - 1;
    return c;
  };
  let current = collisions(chosen);
  for (const f of varying) {
    if (current === 0) break;
    const next = collisions([...chosen, f]);
    if (next < current) {
      chosen.push(f);
      current = next;
    }
  }
  return FAMILY_FIELDS.filter((f) => chosen.includes(f));
}

/** Topology keys that tell apart rows that read the same so far (same config and concurrency). */
function separatingTopologyKeys(
  cells: readonly CellRef[],
  config: readonly string[],
  concurrency: readonly string[],
): string[] {
  const groups = new Map<string, number[]>();
  cells.forEach((_, i) => {
    const k = `${config[i]}\u0000${concurrency[i]}`;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const keys = new Set<string>();
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    const all = new Set<string>();
    for (const i of idx) for (const k of Object.keys(cells[i]?.topology ?? {})) all.add(k);
    for (const k of all) {
      const vals = new Set(idx.map((i) => JSON.stringify(cells[i]?.topology[k] ?? null)));
      if (vals.size > 1) keys.add(k);
    }
  }
  return [...keys].sort(topologyOrder);
}

/**
 * Cells that still read the same (same identity, e.g. two copies kept apart): numbered `#n` in
 * id order on their config; the ids themselves are listed in the collapsed details next to the table.
 */
function numberLookalikes(names: Omit<CellNames, 'common' | 'topologyKeys'>, cells: readonly CellRef[]): void {
  const { config, concurrency, topology } = names;
  const labelOf = (i: number): string => [config[i], concurrency[i], ...(topology[i] ?? [])].join('\u0000');
  const byLabel = new Map<string, string[]>();
  cells.forEach((c, i) => {
    const k = labelOf(i);
    const ids = byLabel.get(k) ?? [];
    if (!ids.includes(c.id)) ids.push(c.id);
    byLabel.set(k, ids);
  });
  cells.forEach((c, i) => {
    const ids = byLabel.get(labelOf(i)) ?? [];
    if (ids.length < 2) return;
    const nth = [...ids].sort().indexOf(c.id) + 1;
    config[i] = `${config[i] ? `${config[i]} ` : ''}#${nth}`;
  });
}

/**
 * Labels for the rows of one table: the family fields that differ between rows (short model
 * names unless two models would read the same), the concurrency, and as columns the topology
 * keys that differ between rows whose config and concurrency would otherwise read the same.
 */
export function nameCells(cells: readonly CellRef[]): CellNames {
  const fullModel = needsFullModel(cells);
  const parts = cells.map((c) => familyParts(c.identity, fullModel));
  const varying = FAMILY_FIELDS.filter((f) => new Set(parts.map((p) => p[f] ?? '')).size > 1);
  const first = parts[0];
  const common = first
    ? joinFields(
        first,
        FAMILY_FIELDS.filter((f) => !varying.includes(f)),
        160,
      )
    : '';
  const shown = chooseConfigFields(cells, parts, varying);
  const config = parts.map((p) => joinFields(p, shown, 100));
  const concurrency = cells.map((c) => (c.identity.concurrency === null ? '—' : String(c.identity.concurrency)));
  const topologyKeys = separatingTopologyKeys(cells, config, concurrency);
  const topology = cells.map((c) => topologyKeys.map((k) => topologyValue(c.topology[k])));
  numberLookalikes({ config, concurrency, topology }, cells);
  return { common, config, topologyKeys, topology, concurrency };
}

const TOPO_ORDER = Object.keys(TOPOLOGY_LABELS);
function topologyOrder(a: string, b: string): number {
  const ia = TOPO_ORDER.indexOf(a);
  const ib = TOPO_ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}
