/**
 * Environment change between base and head: the distinct environments (runner, cluster, host,
 * image; Cell.environment) each side's cells ran in. Runs of one configuration land on different
 * nodes and clusters (InferenceX `h200-cw_00` vs `h200-nb_1`), and the noise between them is
 * larger than within one node, so a verdict across a change of environment is said to be one.
 * Evidence only: this never decides an outcome. Pure.
 */
import type { Cell } from '../types.js';

export interface EnvironmentChange {
  /** Distinct environment descriptions of the base cells, sorted (`cluster cw · runner h200-cw_00`). */
  base: string[];
  /** The same for the head cells. */
  head: string[];
  /**
   * Both sides describe their environment and the sets differ (a side that says nothing is
   * unknown, not different).
   */
  differs: boolean;
}

/** Field order of a description: where it ran first, then the image. */
const FIELDS = ['cluster', 'runner', 'host', 'image'] as const;

/** One cell's environment as text (`cluster cw · runner h200-cw_00 · image …`), or null when unknown. */
export function environmentText(c: Cell): string | null {
  const env: unknown = c.environment;
  if (env === null || typeof env !== 'object') return null;
  const e = env as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of FIELDS) {
    const v = e[k];
    if (typeof v === 'string' && v !== '') parts.push(`${k} ${v}`);
  }
  return parts.length === 0 ? null : parts.join(' · ');
}

function distinct(cells: readonly Cell[]): string[] {
  const out = new Set<string>();
  for (const c of cells) {
    const t = environmentText(c);
    if (t !== null) out.add(t);
  }
  return [...out].sort();
}

/**
 * The distinct environments on each side, and whether they differ; null when neither side's
 * cells say where they ran.
 */
export function environmentChange(base: readonly Cell[], head: readonly Cell[]): EnvironmentChange | null {
  const b = distinct(base);
  const h = distinct(head);
  if (b.length === 0 && h.length === 0) return null;
  const differs = b.length > 0 && h.length > 0 && (b.length !== h.length || b.some((x, i) => x !== h[i]));
  return { base: b, head: h, differs };
}

/** Where a cell ran (cluster, runner, host; not the image), or null when it does not say. */
function nodeOf(c: Cell): string | null {
  const env: unknown = c.environment;
  if (env === null || typeof env !== 'object') return null;
  const e = env as Record<string, unknown>;
  const where = ['cluster', 'runner', 'host'].map((k) => (typeof e[k] === 'string' ? e[k] : ''));
  return where[1] === '' && where[2] === '' ? null : where.join('\u0000');
}

/**
 * Whether every run ran on one known node: each names its runner or host, and all agree. Runs that
 * do not say where they ran, or ran on different nodes, may differ by a node's jump (noise-prior.ts).
 */
export function oneNode(cells: readonly Cell[]): boolean {
  const first = cells.length > 0 ? nodeOf(cells[0] as Cell) : null;
  return first !== null && cells.every((c) => nodeOf(c) === first);
}
