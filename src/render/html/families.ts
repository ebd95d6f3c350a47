/**
 * report.html's per-family data: cells sharing an identity except the load (concurrency or
 * request rate) form one curve. Per family: the head's and the preferred base run's points, each
 * side's Pareto frontier of throughput per GPU vs interactivity (compare's `paretoFrontier`,
 * src/core/compare/curves.ts), and the head cells' per-request distributions.
 *
 * A point is compare's curve point (curves.ts): throughput per GPU, interactivity = p50_intvty,
 * else 1 / p50 TPOT (tok/s/user). Unlike compare's curves, request-rate sweeps (no concurrency)
 * are drawn too, with the request rate as their load.
 */
import { paretoFrontier, type CurvePoint } from '../../core/compare/curves.js';
import { identityKeyObject } from '../../core/cells/identity.js';
import { tailOfSet } from '../../core/curve/tail.js';
import type { Cell, Report, SampleSketch } from '../../core/types.js';
import { cellThroughput, type ThroughputKind } from '../throughput.js';
import { round, text } from './values.js';

/** Columns of a point row; latencies in ms, throughput in tok/s(/GPU), cost per million output tokens. */
export const POINT_FIELDS = [
  'cell',
  'load',
  'iv',
  'tput',
  'ttft50',
  'ttftTail',
  'tpot50',
  'tpotTail',
  'cost',
  'success',
] as const;

export type PointRow = (number | null)[];

export interface DistributionModel {
  cell: number;
  load: number | null;
  /** Requests behind the sketch. */
  n: number;
  /** DIST_QUANTILES quantiles (ms), evenly spaced from min to max; null without samples. */
  ttft: number[] | null;
  tpot: number[] | null;
}

export interface FamilyModel {
  label: string;
  load: 'concurrency' | 'request rate';
  tput: ThroughputKind;
  /** The tail statistic of the family's tail columns (p99, else p95, else p90). */
  tail: string;
  head: PointRow[];
  base: PointRow[];
  /** Pareto frontier [interactivity, throughput, load] by interactivity. */
  fhead: [number, number, number | null][];
  fbase: [number, number, number | null][];
  dist: DistributionModel[];
}

/** Quantiles per distribution (0%, 5%, …, 100%). */
export const DIST_QUANTILES = 21;
/** Cells whose distributions are carried (the first ones in report order); the rest are noted. */
export const MAX_DIST_CELLS = 240;

/** Identity minus the load: cells of one curve. */
function curveKey(c: Cell): string {
  const o = identityKeyObject(c, c.topology ?? {});
  delete o.concurrency;
  const topo = { ...(o.topology as Record<string, unknown>) };
  delete topo.request_rate;
  o.topology = topo;
  return JSON.stringify(o);
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** "h200 · deepseek-ai/DeepSeek-R1 · vllm · fp8 · 8192/1024 · tp=8": every identity field the cell has. */
export function familyText(c: Cell): string {
  const o = identityKeyObject(c, c.topology ?? {});
  const topo = Object.entries(o.topology as Record<string, unknown>)
    .filter(([k]) => k !== 'request_rate')
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const parts = [
    c.hardware,
    c.model,
    c.framework,
    c.precision,
    c.isl !== null && c.osl !== null ? `${c.isl}/${c.osl}` : null,
    c.scenario_type,
    c.recipe_name,
    ...topo,
  ].filter((x): x is string => typeof x === 'string' && x !== '');
  return text(parts.join(' · ') || 'unknown configuration', 300);
}

function loadOf(c: Cell, kind: FamilyModel['load']): number | null {
  return kind === 'concurrency' ? finite(c.concurrency) : finite(c.topology?.request_rate);
}

function interactivity(c: Cell): number | null {
  const tpot = finite(c.metrics?.p50_tpot);
  return finite(c.metrics?.p50_intvty) ?? (tpot !== null && tpot > 0 ? 1 / tpot : null);
}

function ms(v: unknown): number | null {
  const x = finite(v);
  return x === null ? null : round(x * 1000);
}

function pointRow(c: Cell, cell: number, fam: FamilyModel): PointRow {
  const t = cellThroughput(c.metrics);
  const m = c.metrics ?? {};
  return [
    cell,
    round(loadOf(c, fam.load)),
    round(interactivity(c)),
    t !== null && t.kind === fam.tput ? round(t.value) : null,
    ms(m.p50_ttft),
    ms(m[`${fam.tail}_ttft`]),
    ms(m.p50_tpot),
    ms(m[`${fam.tail}_tpot`]),
    round(c.cost?.cost_per_million_output_tokens),
    round(c.completion?.success_rate),
  ];
}

/** The frontier of a side's rows (failed cells excluded, as in compare's curves). */
function frontier(rows: readonly PointRow[], cells: readonly Cell[]): FamilyModel['fhead'] {
  const pts: CurvePoint[] = [];
  rows.forEach((r, i) => {
    const iv = r[2] ?? null;
    const tput = r[3] ?? null;
    if (iv === null || tput === null || cells[i]?.completion?.status === 'failed') return;
    pts.push({ cell_id: String(i), concurrency: r[1] ?? 0, interactivity: iv, tput_per_gpu: tput });
  });
  return paretoFrontier(pts).map((p) => [p.interactivity, p.tput_per_gpu, rows[Number(p.cell_id)]?.[1] ?? null]);
}

/** DIST_QUANTILES quantiles (ms) of a sorted sketch: its order statistics at 0%, 5%, …, 100%. */
export function sketchQuantiles(s: SampleSketch | undefined): number[] | null {
  const v = s?.values;
  if (!Array.isArray(v) || v.length === 0) return null;
  const out: number[] = [];
  for (let i = 0; i < DIST_QUANTILES; i++) {
    const x = v[Math.round((i / (DIST_QUANTILES - 1)) * (v.length - 1))];
    out.push(round(typeof x === 'number' ? x * 1000 : NaN) ?? 0);
  }
  return out;
}

interface Group {
  model: FamilyModel;
  head: Cell[];
  headIdx: number[];
  base: Cell[];
}

function newGroup(c: Cell, members: readonly Cell[]): Group {
  const load = members.some((m) => finite(m.concurrency) !== null) ? 'concurrency' : 'request rate';
  const tput = members.map((m) => cellThroughput(m.metrics)).find((t) => t !== null)?.kind ?? 'per_gpu';
  const has = (key: string): boolean => members.some((m) => finite(m.metrics?.[key]) !== null);
  const tail = tailOfSet('ttft', has).stat;
  return {
    model: { label: familyText(c), load, tput, tail, head: [], base: [], fhead: [], fbase: [], dist: [] },
    head: [],
    headIdx: [],
    base: [],
  };
}

function groupCells(head: Report, base: Report | null): Map<string, Group> {
  const all = [...head.cells, ...(base?.cells ?? [])];
  // One key per cell (the identity key object is the costly part: ~4,000 cells in a compare).
  const keys = all.map(curveKey);
  const members = new Map<string, Cell[]>();
  all.forEach((c, i) => {
    const k = keys[i] as string;
    const l = members.get(k);
    if (l) l.push(c);
    else members.set(k, [c]);
  });
  const groups = new Map<string, Group>();
  all.forEach((c, i) => {
    const k = keys[i] as string;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = newGroup(c, members.get(k) ?? [c])));
    if (i < head.cells.length) {
      g.head.push(c);
      g.headIdx.push(i);
    } else g.base.push(c);
  });
  return groups;
}

function byLoad(rows: PointRow[]): PointRow[] {
  return rows.sort((a, b) => (a[1] ?? Infinity) - (b[1] ?? Infinity));
}

/** Families of the head report (report order), then those only the base has. */
export function buildFamilies(
  head: Report,
  base: Report | null,
): { families: FamilyModel[]; cellFamily: number[]; notes: string[] } {
  const families: FamilyModel[] = [];
  const cellFamily: number[] = [];
  let distCells = 0;
  let distSkipped = 0;
  for (const g of groupCells(head, base).values()) {
    const fam = g.model;
    const f = families.length;
    fam.head = byLoad(g.head.map((c, i) => pointRow(c, g.headIdx[i] as number, fam)));
    const baseRows = g.base.map((c) => pointRow(c, -1, fam));
    fam.fbase = frontier(baseRows, g.base);
    fam.base = byLoad(baseRows);
    fam.fhead = frontier(
      fam.head,
      fam.head.map((r) => head.cells[r[0] as number] as Cell),
    );
    g.headIdx.forEach((i) => (cellFamily[i] = f));
    for (const [j, c] of g.head.entries()) {
      const ttft = sketchQuantiles(c.samples?.ttft_s);
      const tpot = sketchQuantiles(c.samples?.tpot_s);
      if (ttft === null && tpot === null) continue;
      if (distCells >= MAX_DIST_CELLS) {
        distSkipped++;
        continue;
      }
      distCells++;
      const n = Math.max(c.samples?.ttft_s?.n ?? 0, c.samples?.tpot_s?.n ?? 0);
      fam.dist.push({ cell: g.headIdx[j] as number, load: round(loadOf(c, fam.load)), n, ttft, tpot });
    }
    fam.dist.sort((a, b) => (a.load ?? Infinity) - (b.load ?? Infinity));
    families.push(fam);
  }
  const notes =
    distSkipped > 0
      ? [
          `Per-request distributions are drawn for the first ${MAX_DIST_CELLS} cells with samples; ${distSkipped} more have them in report.json.`,
        ]
      : [];
  return { families, cellFamily, notes };
}
