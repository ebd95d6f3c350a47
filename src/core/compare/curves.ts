/**
 * Curve-level verdicts (docs/COMPARE.md "Curves"), per family (cells sharing identity except
 * concurrency), base vs head: the knee (highest concurrency before the first TTFT cliff), the
 * highest SLO-compliant concurrency and its throughput per GPU (goodput, when SLOs are set), and
 * the Pareto frontier of throughput per GPU against interactivity (tokens/s per user):
 * "at ≥ 40 tok/s/user the best throughput per GPU fell 12% (c64 → c32)". Behaviour findings
 * along the curve (TTFT cliff, plateau, KV pressure, …) present in a head cell whose matched base
 * cell had none are `new`; ones the base had and the head lost are `resolved`.
 *
 * Pure: the base sweep's and the head's cells in, one CurveVerdict per family measured on both
 * sides out. The cells' own findings (from analyze) are the behaviour evidence; the knee uses
 * the same cliff detector as analyze (src/core/curve.ts).
 */
import { CURVE_CODES, detectTtftCliffs, metricOf, sloCompliant, usablePoints } from '../curve/curve.js';
import type { Family } from '../findings/types.js';
import type { Thresholds } from '../thresholds.js';
import type { Cell } from '../types.js';
import { cellFamilyKey, cellKey } from './match.js';

export interface CurvePoint {
  cell_id: string;
  concurrency: number;
  /** Tokens/s per user: p50_intvty, else 1 / p50_tpot. */
  interactivity: number;
  tput_per_gpu: number;
}

export interface CurveSide {
  points: number;
  knee_concurrency: number | null;
  knee_cell_id: string | null;
  /** Null when no SLO (slo_ttft_p99_s / slo_tpot_p99_s) is configured. */
  slo_max_concurrency: number | null;
  slo_cell_id: string | null;
  /** Throughput per GPU at the highest SLO-compliant concurrency. */
  goodput_per_gpu: number | null;
  /** Non-dominated points (higher interactivity and higher throughput per GPU), by interactivity. */
  frontier: CurvePoint[];
}

export interface FrontierChange {
  /** The interactivity level (tok/s/user) where the best throughput per GPU moved most. */
  at_interactivity: number;
  base_tput_per_gpu: number;
  head_tput_per_gpu: number | null;
  relative_change: number | null;
  base_concurrency: number;
  head_concurrency: number | null;
}

export interface CurveFinding {
  code: string;
  cell_id: string;
  concurrency: number | null;
  message: string;
}

export interface CurveVerdict {
  family: string;
  label: string;
  base: CurveSide;
  head: CurveSide;
  /** The largest frontier change beyond `min_effect_size` (null when none). */
  frontier_change: FrontierChange | null;
  new_findings: CurveFinding[];
  resolved_findings: CurveFinding[];
  /** One line per change, for the comment: knee, SLO concurrency, goodput, frontier. */
  changes: string[];
}

function familyOf(cells: readonly Cell[]): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const c of cells) {
    if (typeof c.concurrency !== 'number') continue;
    const k = cellFamilyKey(c);
    const l = out.get(k) ?? [];
    l.push(c);
    out.set(k, l);
  }
  for (const l of out.values())
    l.sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
  return out;
}

function point(c: Cell): CurvePoint | null {
  const tput = metricOf(c, 'tput_per_gpu') ?? metricOf(c, 'output_tput_per_gpu');
  const tpot = metricOf(c, 'p50_tpot');
  const iv = metricOf(c, 'p50_intvty') ?? (tpot !== null && tpot > 0 ? 1 / tpot : null);
  if (tput === null || iv === null || c.concurrency === null || c.completion?.status === 'failed') return null;
  return { cell_id: c.cell_id, concurrency: c.concurrency, interactivity: iv, tput_per_gpu: tput };
}

/** Non-dominated points: for each, no other point has both higher interactivity and higher throughput. */
export function paretoFrontier(points: readonly CurvePoint[]): CurvePoint[] {
  const sorted = [...points].sort((a, b) => b.interactivity - a.interactivity || b.tput_per_gpu - a.tput_per_gpu);
  const out: CurvePoint[] = [];
  let best = -Infinity;
  for (const p of sorted) {
    if (p.tput_per_gpu > best) {
      out.push(p);
      best = p.tput_per_gpu;
    }
  }
  return out.sort((a, b) => a.interactivity - b.interactivity);
}

/**
 * How far below a base point's interactivity a head point may sit and still count as at it: a
 * point's interactivity (1 / TPOT) moves run to run too, and without a tolerance 1% of jitter
 * drops the matching head point and reads the next one's throughput as a collapse.
 */
const FRONTIER_TOLERANCE = 0.05;

/** Best throughput per GPU among points with interactivity ≥ x (within FRONTIER_TOLERANCE). */
function bestAtLeast(points: readonly CurvePoint[], x: number): CurvePoint | null {
  let best: CurvePoint | null = null;
  for (const p of points)
    if (p.interactivity >= x * (1 - FRONTIER_TOLERANCE) && (!best || p.tput_per_gpu > best.tput_per_gpu)) best = p;
  return best;
}

function side(fam: Family, t: Thresholds): CurveSide {
  const cliff = detectTtftCliffs(fam, t)[0];
  const usable = usablePoints(fam);
  const sloSet = t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null;
  const ok = sloSet ? usable.filter((c) => sloCompliant(c, t) === true) : [];
  const best = ok[ok.length - 1] ?? null;
  const pts = fam.cells.map(point).filter((p): p is CurvePoint => p !== null);
  return {
    points: fam.cells.length,
    knee_concurrency: cliff ? cliff.lo.concurrency : null,
    knee_cell_id: cliff ? cliff.lo.cell_id : null,
    slo_max_concurrency: best?.concurrency ?? null,
    slo_cell_id: best?.cell_id ?? null,
    goodput_per_gpu: best ? (metricOf(best, 'tput_per_gpu') ?? metricOf(best, 'output_tput_per_gpu')) : null,
    frontier: paretoFrontier(pts),
  };
}

function behaviour(cells: readonly Cell[]): Map<string, CurveFinding> {
  const out = new Map<string, CurveFinding>();
  for (const c of cells)
    for (const f of c.findings ?? [])
      if ((CURVE_CODES as readonly string[]).includes(f.code))
        out.set(`${cellKey(c)}\u0000${f.code}`, {
          code: f.code,
          cell_id: c.cell_id,
          concurrency: c.concurrency,
          message: f.message,
        });
  return out;
}

function conc(c: number | null): string {
  return c === null ? 'none' : `c${c}`;
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(0)}%`;
}

function num(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(3);
}

function label(c: Cell): string {
  return [c.hardware, c.model, c.framework, c.precision, c.isl !== null && c.osl !== null ? `${c.isl}/${c.osl}` : null]
    .filter((x) => x !== null && x !== undefined && x !== '')
    .join(' · ');
}

/** The knee, SLO-compliant concurrency and goodput changes of one family. */
function shapeChanges(b: CurveSide, h: CurveSide, minEffect: number): string[] {
  const changes: string[] = [];
  if (b.knee_concurrency !== h.knee_concurrency)
    changes.push(`knee ${conc(b.knee_concurrency)} → ${conc(h.knee_concurrency)}`);
  if (b.slo_max_concurrency !== h.slo_max_concurrency)
    changes.push(`highest SLO-compliant concurrency ${conc(b.slo_max_concurrency)} → ${conc(h.slo_max_concurrency)}`);
  if (b.goodput_per_gpu !== null && h.goodput_per_gpu !== null && b.goodput_per_gpu > 0) {
    const r = h.goodput_per_gpu / b.goodput_per_gpu - 1;
    if (Math.abs(r) >= minEffect)
      changes.push(
        `goodput ${num(b.goodput_per_gpu)} → ${num(h.goodput_per_gpu)} tok/s/GPU (${pct(r)}, ${conc(b.slo_max_concurrency)} → ${conc(h.slo_max_concurrency)})`,
      );
  }
  return changes;
}

/** Frontier: at each base frontier point's interactivity, the best head throughput per GPU; the largest change. */
function frontierChange(b: CurveSide, h: CurveSide, minEffect: number): FrontierChange | null {
  let fc: FrontierChange | null = null;
  for (const p of b.frontier) {
    const hb = bestAtLeast(h.frontier, p.interactivity);
    const rel = hb ? hb.tput_per_gpu / p.tput_per_gpu - 1 : null;
    const size = rel === null ? Infinity : Math.abs(rel);
    const prev = fc === null ? -1 : fc.relative_change === null ? Infinity : Math.abs(fc.relative_change);
    if (size >= minEffect && size > prev)
      fc = {
        at_interactivity: p.interactivity,
        base_tput_per_gpu: p.tput_per_gpu,
        head_tput_per_gpu: hb?.tput_per_gpu ?? null,
        relative_change: rel,
        base_concurrency: p.concurrency,
        head_concurrency: hb?.concurrency ?? null,
      };
  }
  return fc;
}

function frontierText(fc: FrontierChange): string {
  return fc.relative_change === null
    ? `at ≥ ${num(fc.at_interactivity)} tok/s/user no head point remains (base c${fc.base_concurrency}: ${num(fc.base_tput_per_gpu)} tok/s/GPU)`
    : `at ≥ ${num(fc.at_interactivity)} tok/s/user the best throughput per GPU ${fc.relative_change < 0 ? 'fell' : 'rose'} ${Math.abs(fc.relative_change * 100).toFixed(0)}% (c${fc.base_concurrency} → ${conc(fc.head_concurrency)})`;
}

/** Behaviour findings new in head and resolved since base, only at points measured on both sides. */
function behaviourChanges(bc: readonly Cell[], hc: readonly Cell[]): { added: CurveFinding[]; gone: CurveFinding[] } {
  const bb = behaviour(bc);
  const hb = behaviour(hc);
  const baseKeys = new Set(bc.map(cellKey));
  const headKeys = new Set(hc.map(cellKey));
  const order = (a: CurveFinding, x: CurveFinding): number =>
    (a.concurrency ?? 0) - (x.concurrency ?? 0) || (a.code < x.code ? -1 : a.code > x.code ? 1 : 0);
  // A point the base never measured has no "before".
  const added = [...hb.entries()]
    .filter(([k]) => !bb.has(k) && baseKeys.has(k.split('\u0000')[0] as string))
    .map(([, f]) => f)
    .sort(order);
  const gone = [...bb.entries()]
    .filter(([k]) => !hb.has(k) && headKeys.has(k.split('\u0000')[0] as string))
    .map(([, f]) => f)
    .sort(order);
  return { added, gone };
}

/**
 * Curve verdicts for every family with ≥ 2 points on both sides.
 *
 * @param minEffect relative change of the best throughput per GPU (frontier) or goodput that counts.
 */
export function compareCurves(
  baseCells: readonly Cell[],
  headCells: readonly Cell[],
  t: Thresholds,
  minEffect: number,
): CurveVerdict[] {
  const bf = familyOf(baseCells);
  const hf = familyOf(headCells);
  const out: CurveVerdict[] = [];
  for (const key of [...bf.keys()].filter((k) => hf.has(k)).sort()) {
    const bc = bf.get(key) as Cell[];
    const hc = hf.get(key) as Cell[];
    if (bc.length < 2 || hc.length < 2) continue;
    const b = side({ key, label: label(bc[0] as Cell), cells: bc }, t);
    const h = side({ key, label: label(hc[0] as Cell), cells: hc }, t);
    const changes = shapeChanges(b, h, minEffect);
    const fc = frontierChange(b, h, minEffect);
    if (fc) changes.push(frontierText(fc));
    const { added, gone } = behaviourChanges(bc, hc);
    for (const f of added) changes.push(`new in head: ${f.code} at ${conc(f.concurrency)}`);
    for (const f of gone) changes.push(`resolved: ${f.code} at ${conc(f.concurrency)}`);
    out.push({
      family: key,
      label: label(hc[0] as Cell),
      base: b,
      head: h,
      frontier_change: fc,
      new_findings: added,
      resolved_findings: gone,
      changes,
    });
  }
  return out;
}
