/**
 * Fragments → cells. Copies of one cell (the same identity in several artifacts: `bmk_` and
 * `power_audit_` folders, rows of a collected `agg_bmk.json`, re-downloads) are merged, never
 * counted twice. Copies that disagree about a measured value are kept apart as separate cells,
 * with a warning finding naming both files.
 */
import { mergeKey } from './identity.js';
import type {
  Cell,
  CellArtifacts,
  CellFragment,
  CellSamples,
  Finding,
  MetricValue,
  Metrics,
  SourceFormat,
  Topology,
} from '../types.js';
import { computeCompletion } from './completion.js';
import { sortKeys } from '../sort-keys.js';

/** Relative tolerance under which two copies of a number are the same measurement. */
const SAME_VALUE_REL_TOL = 1e-6;

interface Group {
  fragments: CellFragment[];
  metrics: Metrics;
  total: number | null;
  successful: number | null;
}

function sameValue(a: MetricValue, b: MetricValue): boolean {
  if (a === null || b === null) return true;
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return scale === 0 || Math.abs(a - b) <= SAME_VALUE_REL_TOL * scale;
  }
  return a === b;
}

/** First metric on which `m` disagrees with the group, or null. */
function conflictWith(g: Group, f: CellFragment): { key: string; a: MetricValue; b: MetricValue } | null {
  if (g.total !== null && f.counts.total !== null && g.total !== f.counts.total) {
    return { key: 'num_requests_total', a: g.total, b: f.counts.total };
  }
  if (g.successful !== null && f.counts.successful !== null && g.successful !== f.counts.successful) {
    return { key: 'num_requests_successful', a: g.successful, b: f.counts.successful };
  }
  for (const key of Object.keys(f.metrics).sort()) {
    const a = g.metrics[key];
    const b = f.metrics[key];
    if (a === undefined || b === undefined) continue;
    if (!sameValue(a, b)) return { key, a, b };
  }
  return null;
}

/** The fragment names a runner, host or image that the group's fragments name differently. */
function otherEnvironment(g: Group, f: CellFragment): boolean {
  const mine = envOf(f);
  if (mine === null) return false;
  return g.fragments.some((o) => {
    const theirs = envOf(o);
    if (theirs === null) return false;
    return ['runner', 'host', 'image'].some((k) => {
      const a = mine[k];
      const b = theirs[k];
      return typeof a === 'string' && typeof b === 'string' && a !== b;
    });
  });
}

function envOf(f: CellFragment): Record<string, unknown> | null {
  const e = f.extras?.environment;
  return e !== null && typeof e === 'object' ? (e as Record<string, unknown>) : null;
}

function addToGroup(g: Group, f: CellFragment): void {
  g.fragments.push(f);
  const metrics = f.metrics;
  for (const k of Object.keys(metrics)) {
    const v = metrics[k] as MetricValue;
    if (v !== null && (g.metrics[k] === undefined || g.metrics[k] === null)) g.metrics[k] = v;
    else if (g.metrics[k] === undefined) g.metrics[k] = v;
  }
  if (g.total === null) g.total = f.counts.total;
  if (g.successful === null) g.successful = f.counts.successful;
}

function fragmentOrder(a: CellFragment, b: CellFragment): number {
  const ka = `${a.dir}\u0000${a.files[0] ?? ''}`;
  const kb = `${b.dir}\u0000${b.files[0] ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export interface MergeResult {
  /** Merged cells, ids not yet assigned (cell_id = ''); `fragmentDirs` lists the folders. */
  cells: { cell: Cell; fragments: CellFragment[] }[];
  findings: Finding[];
}

/** Groups fragments by identity and merges each group into one cell (or several on conflict). */
export function mergeFragments(fragments: readonly CellFragment[]): MergeResult {
  const byKey = new Map<string, CellFragment[]>();
  for (const f of fragments) {
    // Repeats of one configuration share the identity key but not the merge key (identity.ts).
    const k = mergeKey(f.identity, f.topology);
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  const out: MergeResult = { cells: [], findings: [] };
  for (const key of [...byKey.keys()].sort()) {
    const list = (byKey.get(key) ?? []).slice().sort(fragmentOrder);
    const groups: Group[] = [];
    for (const f of list) {
      let placed = false;
      let firstConflict: { group: Group; c: { key: string; a: MetricValue; b: MetricValue } } | null = null;
      for (const g of groups) {
        // Runs on different machines are two runs (repeats), never copies of one (nor a conflict).
        if (otherEnvironment(g, f)) continue;
        const c = conflictWith(g, f);
        if (c === null) {
          addToGroup(g, f);
          placed = true;
          break;
        }
        firstConflict ??= { group: g, c };
      }
      if (!placed) {
        const g: Group = { fragments: [], metrics: {}, total: null, successful: null };
        addToGroup(g, f);
        groups.push(g);
        if (firstConflict) {
          const fileA = firstConflict.group.fragments[0]?.files[0] ?? '';
          const fileB = f.files[0] ?? '';
          const conflict = firstConflict.c;
          f.findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `Two artifacts disagree about the same cell (${conflict.key}: ${String(conflict.a)} in ${fileA} vs ${String(conflict.b)} in ${fileB}), so they are kept as separate cells.`,
            cell_id: null,
            evidence: {
              kind: 'conflicting_copies',
              metric: conflict.key,
              values: [conflict.a, conflict.b],
              files: [fileA, fileB],
              tolerance_name: 'same_value_relative_tolerance',
              tolerance: SAME_VALUE_REL_TOL,
            },
          });
        }
      }
    }
    for (const g of groups) out.cells.push({ cell: buildCell(g), fragments: g.fragments });
  }
  return out;
}

function mergeArtifacts(fragments: CellFragment[]): CellArtifacts {
  const roles = new Map<string, Set<string>>();
  for (const f of fragments) {
    for (const [role, v] of Object.entries(f.artifacts)) {
      const set = roles.get(role) ?? new Set<string>();
      roles.set(role, set);
      if (typeof v === 'string') set.add(v);
      else if (Array.isArray(v)) for (const p of v) set.add(p);
    }
  }
  const out: CellArtifacts = {};
  for (const role of [...roles.keys()].sort()) {
    const paths = [...(roles.get(role) ?? [])].sort();
    out[role] = paths.length === 0 ? null : paths.length === 1 ? (paths[0] as string) : paths;
  }
  return out;
}

function mergeTopology(fragments: CellFragment[]): Topology {
  const out: Topology = {};
  for (const f of fragments) {
    for (const [k, v] of Object.entries(f.topology)) {
      if (v === null || v === undefined) {
        if (!(k in out)) out[k] = null;
      } else if (out[k] === undefined || out[k] === null) out[k] = v;
    }
  }
  return sortKeys(out);
}

function mergeExtras(fragments: CellFragment[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fragments) {
    for (const [k, v] of Object.entries(f.extras ?? {})) {
      const prev = out[k];
      if (k === 'environment') out[k] = mergeEnvironment(prev, v);
      else if (prev === undefined) out[k] = v;
      else if (Array.isArray(prev) && Array.isArray(v)) {
        const seen = new Set(prev.map((x) => JSON.stringify(x)));
        out[k] = [...prev, ...v.filter((x) => !seen.has(JSON.stringify(x)))];
      }
    }
  }
  return out;
}

/**
 * Copies of one cell say what they know of its environment (a `bmk_<RF>` folder names the
 * runner, a collected row does not): per field, the first non-null value.
 */
export function mergeEnvironment(prev: unknown, next: unknown): unknown {
  if (prev === undefined || prev === null || typeof prev !== 'object') return next;
  if (next === undefined || next === null || typeof next !== 'object') return prev;
  const a = prev as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  // The keys of both, each once, in code-unit order. A plain loop: the spread of a Set of spreads
  // and the default sort cost ~17 µs a call here (35 ms over a 2,000-cell sweep's copies), this ~1.
  const keys = Object.keys(a);
  const own = keys.length;
  for (const k of Object.keys(b)) {
    let seen = false;
    for (let i = 0; i < own && !seen; i++) seen = keys[i] === k;
    if (!seen) keys.push(k);
  }
  keys.sort(byCodeUnits);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = a[k] ?? b[k] ?? null;
  return out;
}

function byCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function buildCell(g: Group): Cell {
  const fragments = g.fragments;
  const first = fragments[0] as CellFragment;
  const formats = [...new Set(fragments.map((f) => f.source_format))].sort();
  const sourceFormat: SourceFormat = formats.length === 1 ? (formats[0] as SourceFormat) : 'mixed';
  const variants = [...new Set(fragments.map((f) => f.source_variant).filter((v): v is string => !!v))].sort();
  let countsFrag = fragments.find((f) => f.counts.total !== null && f.counts.successful !== null);
  countsFrag ??= fragments.find((f) => f.counts.total !== null || f.counts.successful !== null);
  const sessionsFrag = fragments.find((f) => f.counts.sessions_total !== null);
  const completion = computeCompletion({
    total: g.total,
    successful: g.successful,
    sessions_total: sessionsFrag?.counts.sessions_total ?? null,
    sessions_completed: sessionsFrag?.counts.sessions_completed ?? null,
    source: countsFrag?.counts.source ?? null,
    basis: countsFrag?.counts.basis ?? null,
  });
  const samples: CellSamples = {};
  for (const f of fragments) {
    for (const [k, v] of Object.entries(f.samples ?? {}) as [keyof CellSamples, CellSamples[keyof CellSamples]][]) {
      if (v && !samples[k]) samples[k] = v;
    }
  }
  const extras = mergeExtras(fragments);
  const cell: Cell = {
    cell_id: '',
    source_format: sourceFormat,
    ...(variants.length > 0 ? { source_variant: variants.join('+') } : {}),
    ...(formats.length > 1 ? { source_formats: formats } : {}),
    hardware: first.identity.hardware,
    model: first.identity.model,
    framework: first.identity.framework,
    precision: first.identity.precision,
    scenario_type: first.identity.scenario_type,
    is_multinode: first.identity.is_multinode,
    recipe_name: first.identity.recipe_name,
    isl: first.identity.isl,
    osl: first.identity.osl,
    concurrency: first.identity.concurrency,
    topology: mergeTopology(fragments),
    artifacts: mergeArtifacts(fragments),
    completion,
    metrics: sortKeys({ ...g.metrics }),
    findings: fragments.flatMap((f) => f.findings),
    ...(Object.keys(samples).length > 0 ? { samples } : {}),
    ...sortKeys(extras),
  };
  return cell;
}
