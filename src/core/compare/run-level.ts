/**
 * The run-level half of compareReports (docs/COMPARE.md "Noise per cell"): for every matched
 * cell's latency, throughput and cost metrics, gather the evidence (evidence.ts: the cell's run
 * series, its noise prior and deployment factor, its own runs' spread; the family test across
 * the load points of its family; whether a tail percentile is backed by its median), then let
 * one rule table decide (decide.ts) and write the words (reasons.ts).
 *
 * Levels (docs/COMPARE.md "Levels: serial gatekeeping"). run_alpha is shared between the cell
 * tests (0.5), the huge-isolated-tail escape (0.1), the family tests (0.2) and the sweep tests
 * (0.2), each share split over the two directions and Bonferroni over its tests. The cell share
 * is a serial gatekeeping procedure (Dmitrienko & Tamhane 2007; Bretz et al. 2009): it is split
 * over the cells' primary noise families only (throughput, TTFT, TPOT/ITL, E2EL), and a tail
 * family is tested at its median family's level only when that family was rejected in the same
 * cell and direction (gateOpen). The family share is gatekept alike (gatekeep): split over the
 * primary family tests only (throughput, cost, p50s; a tail with no median in the compare counts
 * as one), a tail percentile's family test tested only when its median's family test was
 * rejected in the same direction. The sweep share is not (coherence). By the union bound an A/A compare gets any verdict, either
 * direction, with probability ≤ run_alpha when the noise law holds. Suspicious:
 * p ≤ suspicious_alpha / (2T), T the cell tests of every family (never a verdict).
 */
import type { Cell } from '../types.js';
import { cellDeploymentKey, cellFamilyKey } from './match.js';
import { oneNode } from './environment.js';
import type { MetricDef } from './catalogue.js';
import type { CellRuns, CellWork } from './metric-compare.js';
import { decideMetric, type MetricCase } from './decide.js';
import { fitVarianceLaw } from './moderate.js';
import { estimateRunEffects, netOfRunEffects, type RunValues } from './run-effects.js';
import {
  binomialUpperTail,
  deploymentFactor,
  noiseEvidence,
  ownSpread,
  predictiveUpper,
  priorOf,
  runSeries,
  seriesChange,
  type NoiseEvidence,
  type RunSeries,
} from './evidence.js';
import { isTailFamily, type LoadRegime, type NoiseFamily, type NoiseLaw, type NoisePrior } from './noise-prior.js';
import { rel, round, worseSign } from './numbers.js';
import { reasonText } from './reasons.js';
import { runCentre, runLevelDef, runNoiseFloorName } from './runs.js';
import { studentTQuantileUpper, studentTUpper } from './run-stats.js';
import type { CompareSettings, MetricComparison } from './types.js';

/** One run-level metric of one cell, while the compare gathers evidence. */
interface Item {
  w: CellWork;
  c: MetricComparison;
  def: MetricDef;
  series: RunSeries;
  where: { family: NoiseFamily; regime: LoadRegime; law: NoiseLaw };
  /**
   * Its metric on its deployment (metric and cells/identity.ts deploymentKey): the unit of the
   * deployment factor, the run effects, the sweep test and the family tests' node reference.
   * Noise levels differ tenfold between deployments, and each deployment's runs are its own jobs
   * on its own nodes: a report merged from a matrix of deployments is one unit per deployment.
   */
  unit: string;
  /**
   * The share of runs that jump out of their cell's own history (noise-prior.ts), 0 when every
   * run of the cell ran on one known node (environment.ts oneNode).
   */
  jump: number;
  /** The evidence the cell, family and tail rules use: net of the run effects when they are known. */
  ev?: NoiseEvidence;
  /** The evidence of the raw runs (the sweep test's: a shared shift is its question). */
  rawEv?: NoiseEvidence;
  /** The head's shared shift (run-effects.ts), removed from this cell's change unless kept. */
  runShift?: { at: number; kept: boolean };
  /** Variance added to the change's predictive (run-effects.ts): a kept shift's, else the head median's error. */
  extraVar?: number;
}

/** Items grouped by a key, in their order. */
function groupBy<K>(items: readonly Item[], key: (it: Item) => K): Map<K, Item[]> {
  const out = new Map<K, Item[]>();
  for (const it of items) {
    const k = key(it);
    const l = out.get(k);
    if (l) l.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** A family test: the load points of one family and one metric. */
interface FamilyTest {
  items: Item[];
  /** The family's key (identity without concurrency), its metric, and whether that is a tail percentile. */
  group: string;
  metric: string;
  tail: boolean;
  /** Per direction (+1 worse, −1 better): p of the order-statistic test, and the cells carrying it. */
  worse: { p: number; support: Set<Item> };
  better: { p: number; support: Set<Item> };
}

export interface RunLevelResult {
  /** Run-level cell tests and family tests (counted in `counts.tests`). */
  tests: number;
  /** Per metric: the smallest change a typical cell could show as a verdict (one-run regime). */
  detectable: { metric: string; change: number | null }[];
}

/** Whether the per-request stage (metric-compare.ts) gates this comparison. */
function sampleStage(c: MetricComparison, k: number, settings: CompareSettings): MetricCase['sampleStage'] {
  if (k >= settings.min_base_runs) return 'none';
  if (c.method !== 'mann_whitney_u' && c.method !== 'bootstrap_quantile') return 'none';
  return c.outcome === 'regressed' || c.outcome === 'improved' ? 'changed' : 'unchanged';
}

/** The practical size a change must reach: min_effect_size; with few base runs also the band / run-noise floor. */
function minEffect(c: MetricComparison, k: number, settings: CompareSettings): { name: string; value: number } {
  let best = { name: 'min_effect_size', value: settings.min_effect_size };
  if (k >= settings.min_base_runs) return best;
  const floorName = runNoiseFloorName(c, settings.run_noise_floor);
  const floor = settings.run_noise_floor[floorName];
  if (floor !== undefined && floor > best.value) best = { name: `run_noise_floor.${floorName}`, value: floor };
  if (c.method === 'noise_band' && c.threshold && c.threshold.basis === 'relative' && c.threshold.value > best.value)
    best = { name: c.threshold.name, value: c.threshold.value };
  return best;
}

function eligible(c: MetricComparison, def: MetricDef | undefined): def is MetricDef {
  if (!def || !runLevelDef(def)) return false;
  if (c.method === 'informational' || c.outcome === 'incomparable' || c.outcome === 'insufficient_data') return false;
  return c.base !== null && c.head !== null;
}

function gather(works: Iterable<CellWork>, settings: CompareSettings): Item[] {
  const items: Item[] = [];
  for (const w of works) {
    const head = w.pair.head;
    const deployment = head ? cellDeploymentKey(head) : '';
    // Whether every run of the cell ran on one known node: asked once per cell, and only when a
    // jump could apply (≥ 2 base runs and one head run: evidence.ts).
    let node: boolean | undefined;
    const onOneNode = (): boolean => (node ??= oneNode([...w.runs.base, ...w.runs.head]));
    for (const c of w.comparisons) {
      const def = w.defs.get(c);
      if (!eligible(c, def)) continue;
      const series = runSeries(def, w.runs.base, w.runs.head, settings.min_samples);
      const where = priorOf(c.metric, c.kind, head?.concurrency ?? null, settings.noise_prior);
      if (!series || !where) continue;
      items.push({
        w,
        c,
        def,
        series,
        where,
        unit: `${c.metric}\u0000${deployment}`,
        jump:
          series.base.length >= 2 &&
          series.head.length === 1 &&
          (where.law.jump ?? 0) > 0 &&
          (where.law.jumpOnOneNode === true || !onOneNode())
            ? (where.law.jump ?? 0)
            : 0,
      });
    }
  }
  return items;
}

/** Deployment factor per metric and deployment, then every item's evidence. */
function evidenceOf(items: readonly Item[], prior: Readonly<NoisePrior>): void {
  const byUnit = groupBy(items, (it) => it.unit);
  for (const list of byUnit.values()) {
    const fitted = fittedLaw(list, prior);
    if (fitted) {
      for (const it of list)
        it.ev = noiseEvidence(it.series, it.where, 1, worseSign(it.c.direction), fitted(it), it.extraVar ?? 0, it.jump);
      continue;
    }
    const f = deploymentFactor(
      list.map((it) => {
        const root = Math.sqrt(1 / it.series.base.length + 1 / it.series.head.length);
        const s0 = it.where.law.scale;
        const o = ownSpread(it.series);
        return {
          u: seriesChange(it.series) / (s0 * root),
          nu: it.where.law.nu,
          v: o.df > 0 ? o.ss / o.df / (s0 * s0) : 0,
          df: o.df,
        };
      }),
    );
    for (const it of list)
      it.ev = noiseEvidence(it.series, it.where, f, worseSign(it.c.direction), null, it.extraVar ?? 0, it.jump);
  }
}

/**
 * The two-way decomposition (run-effects.ts): per metric with ≥ SWEEP_MIN_CELLS cells sharing ≥ 3
 * base runs and the head's runs, each cell's runs net of the runs' shared (node) effects, and its
 * evidence again. The head's shift is removed as a node effect when the node law measured on the
 * base runs explains it (two-sided p > NODE_SHIFT_P under t with K − 1 df) and the sweep test is
 * not significant; otherwise it is a change and each cell keeps it, with its estimate's variance.
 * Either way the base runs lose their node effects, so a quiet cell's spread is its own.
 */
function removeRunEffects(
  items: readonly Item[],
  prior: Readonly<NoisePrior>,
  sweepRejected: (unit: string, dir: number) => boolean,
): void {
  const byUnit = groupBy(items, (it) => it.unit);
  for (const [unit, list] of byUnit) {
    const aligned = list.filter((it) => it.w.runs.ids);
    if (aligned.length < SWEEP_MIN_CELLS) continue;
    const values = aligned.map((it) => ({
      base: it.series.base,
      head: it.series.head,
      baseIds: (it.w.runs.ids as { base: string[] }).base,
      headIds: (it.w.runs.ids as { head: string[] }).head,
    }));
    const fx = estimateRunEffects(values, SWEEP_MIN_CELLS);
    if (!fx) continue;
    const nodeP = fx.se > 0 ? 2 * studentTUpper(Math.abs(fx.shift) / fx.se, fx.df) : fx.shift === 0 ? 1 : 0;
    const keep = nodeP <= NODE_SHIFT_P || sweepRejected(unit, 1) || sweepRejected(unit, -1);
    let changed = false;
    aligned.forEach((it, i) => {
      const net = netOfRunEffects(values[i] as RunValues, fx, keep);
      if (!net) return;
      it.series = { ...it.series, base: net.base, head: net.head };
      // What the cell's change lost: the head's shift as the node's share of it, or nothing.
      it.runShift = { at: keep ? fx.shift : fx.weight * fx.shift, kept: keep };
      it.extraVar = keep ? fx.se * fx.se : fx.headVar;
      changed = true;
    });
    if (changed) evidenceOf(list, prior);
  }
}

/**
 * The law fitted to the cells' own repeated runs (moderate.ts), when enough cells have them: ν₀
 * at most a third of the cells behind the fit. The moment estimate of ν₀ is noisy: on the heavy
 * bench's sweeps (true ν₀ ≈ 1, 18 cells) it sometimes says the cells are alike (ν₀ at the cap),
 * and a full pool then lets one cell's ordinary swing stand out (A/A 7% → 5% with the cap).
 */
function fittedLaw(list: readonly Item[], prior: Readonly<NoisePrior>): ((it: Item) => NoiseLaw) | null {
  const v: number[] = [];
  const df: number[] = [];
  // Each variance in units of its load regime (the prior's regime ratio), so the fit sees the
  // spread between cells that the regime does not explain; each cell then gets its regime back.
  const ratio = (it: Item): number => it.where.law.scale / prior[it.where.family].scale.mid;
  for (const it of list) {
    const o = ownSpread(it.series);
    if (o.df < 1 || !(o.ss > 0)) continue;
    v.push(o.ss / o.df / ratio(it) ** 2);
    df.push(o.df);
  }
  const fit = fitVarianceLaw(v, df);
  if (!fit) return null;
  const nu = Math.min(fit.nu0, fit.cells / 3);
  return (it) => ({ nu, scale: fit.scale * ratio(it) });
}

/** The sweep-wide move of one metric: the median change over every cell that has it. */
interface SweepTest {
  /** Its metric (the test is of one metric on one deployment: Item.unit). */
  metric: string;
  /** The deployment's key (gatekeeping's group). */
  group: string;
  n: number;
  /** Whether the metric is a tail percentile (the sweep level does not gatekeep: coherence). */
  tail: boolean;
  median: number;
  /** One-sided p of the median under the median cell's predictive, toward worse and toward better. */
  worse: number;
  better: number;
  /** Cells moving with the sweep (same sign, at least half its size). */
  support: Set<Item>;
}

/**
 * Degrees of freedom of the sweep test's law: the node effect a whole sweep shares. Its scale is
 * the median cell's; its tails are a t's with 4 degrees of freedom, not the Cauchy-like tails of
 * single cells, which come from cells of their own (a 2.6 s vs 72 s p99 TTFT), not from nodes.
 */
const SWEEP_NU = 4;

/**
 * Fewer cells than this: no run effects are removed. Three, as for the sweep test: the median of
 * three deviations ignores one changed cell, the BLUP weight removes only what the medians' error
 * does not explain, and a shared change is kept when the node law does not explain it or the
 * sweep test (also from 3 cells) sees it. Was 6; on InferenceX's history (1–3 concurrencies a
 * night) a night's node shift of TTFT then read as cell changes: strict A/A with 3–5 base runs
 * 10% → 6% REGRESSION (docs/COMPARE.md table 4).
 */
const SWEEP_MIN_CELLS = 3;

/**
 * Fewer cells than this: no sweep test. A small one-family sweep (a plain `vllm bench serve`
 * concurrency sweep of 3–5 points) has no node reference for a family test, so its shared shift
 * is the sweep test's question or nobody's: a uniform 25% throughput loss must not go unseen.
 * The median of ≥ 3 cells needs a majority of them to move.
 */
const SWEEP_TEST_MIN_CELLS = 3;

/**
 * Two-sided p of the head's shift under the node law measured on the base runs (run-effects.ts)
 * at or below which the shift is not taken for a node's: the cells then keep it.
 */
const NODE_SHIFT_P = 0.05;

function medianOf(xs: readonly number[]): number {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Per metric and deployment (Item.unit), the sweep's median change tested as one cell would be
 * (as if every cell moved with one shared run effect: the runs of a deployment's sweep land on
 * its node): a shift of the deployment's whole sweep beyond what one cell's noise explains.
 */
function sweepTests(items: readonly Item[]): Map<string, SweepTest> {
  const byUnit = groupBy(items, (it) => it.unit);
  const out = new Map<string, SweepTest>();
  for (const [unit, list] of byUnit) {
    if (list.length < SWEEP_TEST_MIN_CELLS) continue;
    const evs = list.map((it) => (it.rawEv ?? it.ev) as NoiseEvidence);
    const m = medianOf(evs.map((e) => e.d));
    const se = medianOf(evs.map((e) => e.se));
    // A shared node effect is not the heavy tail of single cells (queueing collapses, bimodal
    // cells): a t with at least SWEEP_NU degrees of freedom at the median cell's scale.
    const nu = Math.max(SWEEP_NU, medianOf(evs.map((e) => e.nu)));
    const up = se > 0 ? studentTUpper(m / se, nu) : m > 0 ? 0 : 1;
    const down = se > 0 ? 1 - up : m < 0 ? 0 : 1;
    const ws = worseSign((list[0] as Item).c.direction);
    const support = new Set(
      list.filter(
        (it) =>
          m !== 0 &&
          Math.sign(((it.rawEv ?? it.ev) as NoiseEvidence).d) === Math.sign(m) &&
          Math.abs(((it.rawEv ?? it.ev) as NoiseEvidence).d) >= Math.abs(m) / 2,
      ),
    );
    const metric = (list[0] as Item).c.metric;
    out.set(unit, {
      metric,
      group: unit.slice(metric.length + 1),
      n: list.length,
      tail: isTailFamily((list[0] as Item).where.family),
      median: m,
      worse: ws > 0 ? up : down,
      better: ws > 0 ? down : up,
      support,
    });
  }
  return out;
}

/** A median and its standard error (1.2533 · 1.4826 · MAD / √n: robust to the heavy tails). */
interface Located {
  at: number;
  se: number;
}

function located(xs: readonly number[]): Located {
  const at = medianOf(xs);
  const mad = medianOf(xs.map((x) => Math.abs(x - at)));
  return { at, se: (1.2533 * 1.4826 * mad) / Math.sqrt(Math.max(1, xs.length)) };
}

/**
 * The shared (node) effect a family's changes are taken relative to, with its uncertainty (shared
 * by every cell of the family, so it joins each residual's spread). The median change of the
 * metric over all its cells, the family's own included: that pulls the shift toward the family by
 * at most its share of the cells, a margin the family test needs (with 5 base runs the cells'
 * predictive tails are alike across a family's load points, and measured against the other
 * families alone the heavy bench's A/A rose from 4% / 1% to 7% / 3%). A family of half the cells
 * or more would be measured against itself: then the OTHER families' median (≥ 3 cells), else none
 * (the changes are then net of the runs' estimated effects, run-effects.ts; without those there is
 * no family test, familyTests).
 */
function nodeShift(family: readonly Item[], metric: readonly Item[], all: Located): Located {
  if (metric.length - family.length < 3) return { at: 0, se: 0 };
  if (family.length < 0.5 * metric.length) return all;
  const mine = new Set(family);
  return located(metric.filter((it) => !mine.has(it)).map((it) => (it.ev as NoiseEvidence).d));
}

/**
 * The order-statistic family test of each family × metric with ≥ 3 load points, on the cells'
 * changes relative to the other families' median change of the metric (a shared node effect
 * moves every cell of a run alike: it is not evidence of a family's change).
 */
function familyTests(items: readonly Item[]): Map<Item, FamilyTest> {
  const byUnit = groupBy(items, (it) => it.unit);
  const medians = new Map([...byUnit].map(([k, l]) => [k, located(l.map((it) => (it.ev as NoiseEvidence).d))]));
  const groups = groupBy(
    items.filter((it) => it.w.pair.head),
    (it) => `${cellFamilyKey(it.w.pair.head as Cell)}\u0000${it.c.metric}`,
  );
  const out = new Map<Item, FamilyTest>();
  for (const list of groups.values()) {
    if (list.length < 3) continue;
    const metric = (list[0] as Item).c.metric;
    const unit = (list[0] as Item).unit;
    // A node moves every cell of a run alike: a family test needs a reference for that shift, the
    // run effects (run-effects.ts) or ≥ 3 cells outside the family. Without one, a family that is
    // the sweep is the sweep test's question (its law is a node's); with one base run the family
    // test read a 3% node effect shared by a one-family sweep as a coherent change (simple bench,
    // shared run effect: A/A 13% / 13% with one base run, 21–23% with five before run effects).
    if ((byUnit.get(unit)?.length ?? 0) - list.length < 3 && !list.every((it) => it.runShift && !it.runShift.kept))
      continue;
    const shift = nodeShift(list, byUnit.get(unit) ?? [], medians.get(unit) ?? { at: 0, se: 0 });
    const ws = worseSign((list[0] as Item).c.direction);
    const memo = new Map<Item, number>();
    const up = (it: Item): number => {
      let v = memo.get(it);
      if (v === undefined) {
        const e = it.ev as NoiseEvidence;
        const r = (e.d - shift.at) * ws;
        const se = Math.sqrt(e.se * e.se + shift.se * shift.se);
        v = se > 0 ? predictiveUpper(r / se, e.nu, e.rho) : r > 0 ? 0 : 1;
        memo.set(it, v);
      }
      return v;
    };
    const pOf = (it: Item, toward: number): number => (toward > 0 ? up(it) : 1 - up(it));
    // The k-th smallest of n one-sided p-values, for every k from a majority to all of them:
    // P(U₍ₖ₎ ≤ p₍ₖ₎) = P(Bin(n, p₍ₖ₎) ≥ k); the smallest, times the number of k tried (Bonferroni).
    const side = (toward: number): { p: number; support: Set<Item> } => {
      const sorted = [...list].sort((a, b) => pOf(a, toward) - pOf(b, toward));
      const n = list.length;
      const k0 = Math.ceil(n / 2);
      let best = 1;
      let bestK = k0;
      for (let k = k0; k <= n; k++) {
        const pk = binomialUpperTail(n, k, pOf(sorted[k - 1] as Item, toward));
        if (pk < best) {
          best = pk;
          bestK = k;
        }
      }
      return { p: Math.min(1, best * (n - k0 + 1)), support: new Set(sorted.slice(0, bestK)) };
    };
    const head = (list[0] as Item).w.pair.head as Cell;
    const t: FamilyTest = {
      items: list,
      group: cellFamilyKey(head),
      metric,
      tail: isTailFamily((list[0] as Item).where.family),
      worse: side(1),
      better: side(-1),
    };
    for (const it of list) out.set(it, t);
  }
  return out;
}

/** A tail percentile is backed when its median (same cell and series) moved the same way beyond its usual range. */
function tailBacked(it: Item, byCell: Map<CellWork, Item[]>, level: number, coherent: (o: Item) => boolean): boolean {
  if (!it.ev) return false;
  const cell = byCell.get(it.w) ?? [];
  const name = medianOfTail(it.c.metric, (x) => cell.some((o) => o.c.metric === x));
  const med = name === null ? undefined : cell.find((o) => o.c.metric === name);
  if (!med?.ev) return false;
  const dir = Math.sign(it.ev.d) * worseSign(it.c.direction);
  const p = dir > 0 ? med.ev.pWorse : med.ev.pBetter;
  // The median moved the same way: by its own evidence, or as part of a coherent family or sweep.
  return (p <= level || coherent(med)) && Math.sign(med.ev.d) === Math.sign(it.ev.d);
}

/** The direction of an item's change: +1 worse, −1 better, 0 none. */
function directionOf(it: Item): number {
  const ev = it.ev as NoiseEvidence;
  const ws = worseSign(it.c.direction);
  return ws === 0 || ev.d === 0 ? 0 : Math.sign(ev.d) === ws ? 1 : -1;
}

/** Whether `<cell>: <metric>` is acknowledged by an entry of settings.accept. */
function isAccepted(accept: readonly string[], cell: string, metric: string): boolean {
  return accept.some((a) => a === '*' || a === metric || a === `${cell}: ${metric}`);
}

/** Noise families counted per cell (tput_per_gpu and output_tput_per_gpu; TPOT and ITL move as one): the primary ones (medians, throughput), or the tail ones. */
function countFamilies(items: readonly Item[], tail: boolean): number {
  const seen = new Map<CellWork, Set<NoiseFamily>>();
  for (const it of items) {
    if (isTailFamily(it.where.family) !== tail) continue;
    const set = seen.get(it.w) ?? new Set<NoiseFamily>();
    set.add(it.where.family);
    seen.set(it.w, set);
  }
  let n = 0;
  for (const s of seen.values()) n += s.size;
  return n;
}

/**
 * The gate of serial gatekeeping (docs/COMPARE.md "Levels: serial gatekeeping"): a tail family of a cell (TTFT tail,
 * TPOT/ITL tail, E2EL tail) is tested at the cell level only when its primary family in the same
 * cell (TTFT, TPOT/ITL, E2EL) was rejected there by its own cell test, in the same direction. The
 * rejected median passes its level on to its tail (Bretz et al. 2009: an edge of weight 1).
 */
function gateOpen(it: Item, byCell: Map<CellWork, Item[]>, level: number): boolean {
  if (!isTailFamily(it.where.family)) return true;
  const primary = it.where.family.replace(/_tail$/, '');
  const dir = directionOf(it);
  if (dir === 0) return false;
  return (byCell.get(it.w) ?? []).some((o) => {
    if (o.where.family !== primary || !o.ev || directionOf(o) !== dir) return false;
    return (dir > 0 ? o.ev.pWorse : o.ev.pBetter) <= level;
  });
}

/**
 * The median a tail percentile's family or sweep test waits for: p50 of its series (TPOT and ITL
 * stand in for each other, as in their noise family), when the compare has it; else null.
 */
export function medianOfTail(metric: string, has: (metric: string) => boolean): string | null {
  const m = /^p(\d+)_(ttft|tpot|itl|e2el)$/.exec(metric);
  if (!m || Number(m[1]) < 90) return null;
  const series = m[2] as string;
  const order = series === 'tpot' ? ['tpot', 'itl'] : series === 'itl' ? ['itl', 'tpot'] : [series];
  for (const s of order) if (has(`p50_${s}`)) return `p50_${s}`;
  return null;
}

/** A test of the family or sweep level, as serial gatekeeping sees it. */
interface GateTest {
  /** Tests of one group gate each other (a family's key; '' for the sweep). */
  group: string;
  metric: string;
  tail: boolean;
  /** One-sided p toward worse (+1) or better (−1). */
  p: (dir: number) => number;
}

/**
 * Serial gatekeeping at the family level (docs/COMPARE.md "Levels: serial gatekeeping"; the sweep
 * level passes every test as primary: plain Bonferroni), the cell level's graph: every primary test (throughput, cost, p50s) and every tail test without
 * a median to wait for starts with weight 1/count; a tail test whose median's test (same group) is
 * in the compare starts with 0 and gets its median's level, split over the tails behind it, when
 * that median was rejected in the same direction. `count` is the Bonferroni divisor; `rejected`
 * says whether a test is rejected in a direction at the share's level for that count.
 */
export function gatekeep<T extends GateTest>(
  tests: readonly T[],
): { count: number; rejected: (t: T, dir: number, level: number) => boolean } {
  const byKey = new Map<string, T>();
  for (const t of tests) if (!t.tail) byKey.set(`${t.group}\u0000${t.metric}`, t);
  const parent = new Map<T, T>();
  const children = new Map<T, number>();
  for (const t of tests) {
    if (!t.tail) continue;
    const m = medianOfTail(t.metric, (x) => byKey.has(`${t.group}\u0000${x}`));
    const p = m === null ? undefined : byKey.get(`${t.group}\u0000${m}`);
    if (!p) continue;
    parent.set(t, p);
    children.set(p, (children.get(p) ?? 0) + 1);
  }
  const count = tests.filter((t) => !parent.has(t)).length;
  const rejected = (t: T, dir: number, level: number): boolean => {
    if (dir === 0) return false;
    const p = parent.get(t);
    if (!p) return t.p(dir) <= level;
    return p.p(dir) <= level && t.p(dir) <= level / (children.get(p) ?? 1);
  };
  return { count, rejected };
}

/**
 * A level's gatekeeping over its tests (`t` each): the Bonferroni count, the level for it
 * (`levelFor`), and whether a test is rejected in a direction (a tail's behind its median).
 */
function gated<X>(
  tests: readonly (GateTest & { t: X })[],
  levelFor: (count: number) => number,
): { count: number; level: number; rejected: (t: X, dir: number) => boolean } {
  const g = gatekeep(tests);
  const level = levelFor(g.count);
  const of = new Map(tests.map((x) => [x.t, x]));
  return {
    count: g.count,
    level,
    rejected: (t, dir) => {
      const x = of.get(t);
      return x !== undefined && g.rejected(x, dir, level);
    },
  };
}

/**
 * How run_alpha is shared between the kinds of run-level tests (each share split over the two
 * directions and Bonferroni over its tests): by the union bound an A/A compare gets any run-level
 * verdict with probability ≤ run_alpha when the noise law holds. The cell share is the serial
 * gatekeeping procedure's (primary families, each passing its level to its tail family when
 * rejected); `tailEscape` is the 'huge isolated tail' test's own share (a tail whose gate stayed
 * closed, judged by the pooled law alone), carved from what the cell tests had (0.6).
 */
const ALPHA_SHARE = { cell: 0.5, tailEscape: 0.1, family: 0.2, sweep: 0.2 } as const;

/**
 * The sweep and family tests (after the run effects they inform). The family level is gatekept
 * (its share split over its primary tests, a tail's test behind its median's: gatekeep); the
 * sweep level is not (every sweep test counts).
 */
function coherence(items: Item[], settings: CompareSettings, share: (kind: 'family' | 'sweep', n: number) => number) {
  const sweeps = sweepTests(items);
  // Serial gatekeeping at the family level too: a tail's family test waits for its median's.
  // The sweep share is NOT gatekept (every sweep test counts, a tail's with its own weight): on
  // the simple bench's shared 3% node effect with one base run (a one-family sweep, no family
  // test) the gatekept sweep level read the node as a change more often (A/A 5% / 7% → 7% / 8%)
  // and bought nothing (the heavy whole-sweep row 74% → 75%). A tail's sweep verdict already needs
  // it backed (decide.ts isolated_tail).
  const sweepGate = gated(
    [...sweeps.values()].map((t) => ({
      group: t.group,
      metric: t.metric,
      tail: false,
      p: (d: number) => (d > 0 ? t.worse : t.better),
      t,
    })),
    (n) => share('sweep', n),
  );
  const sweepCount = sweepGate.count;
  const levelSweep = sweepGate.level;
  const sweepRejected = (unit: string, dir: number): boolean => {
    const t = sweeps.get(unit);
    return t !== undefined && sweepGate.rejected(t, dir);
  };
  removeRunEffects(items, settings.noise_prior, sweepRejected);
  const families = familyTests(items);
  const famGate = gated(
    [...new Set(families.values())].map((t) => ({
      group: t.group,
      metric: t.metric,
      tail: t.tail,
      p: (d: number) => (d > 0 ? t.worse.p : t.better.p),
      t,
    })),
    (n) => share('family', n),
  );
  const familyCount = famGate.count;
  const levelFamily = famGate.level;
  /** Whether a family test is rejected in a direction (+1 worse, −1 better), behind its gate for a tail. */
  const familyRejected = famGate.rejected;
  return { sweeps, families, sweepCount, familyCount, levelSweep, levelFamily, sweepRejected, familyRejected };
}

/** Decides every matched cell's run-level metrics. */
export function decideRunLevel(works: readonly CellWork[], settings: CompareSettings): RunLevelResult {
  const share = (kind: keyof typeof ALPHA_SHARE, tests: number): number =>
    (settings.run_alpha * ALPHA_SHARE[kind]) / (2 * Math.max(1, tests));
  const items = gather(works, settings);
  evidenceOf(items, settings.noise_prior);
  for (const it of items) it.rawEv = it.ev;
  const { sweeps, families, sweepCount, familyCount, levelSweep, levelFamily, sweepRejected, familyRejected } =
    coherence(items, settings, share);
  // The cell tests are counted per cell and primary noise family (throughput, TTFT, TPOT/ITL,
  // E2EL): metrics of one family in one cell (tput_per_gpu and output_tput_per_gpu; TPOT and ITL)
  // move as one. A tail family is tested at its primary family's level only behind its gate
  // (gateOpen), so it takes no share of its own; the escape for huge isolated tails has its own.
  const primary = Math.max(1, countFamilies(items, false));
  const tails = countFamilies(items, true);
  const levelCell = share('cell', primary);
  const levelEscape = share('tailEscape', tails);
  // Suspicious is no verdict: its level stays per cell test of every family, tails included.
  const levelSuspicious = Math.max(levelCell, settings.suspicious_alpha / (2 * (primary + tails)));
  const byCell = groupBy(items, (it) => it.w);
  // An item carried by a significant family or sweep test in its own direction.
  const coherent = (o: Item): boolean => {
    const d = directionOf(o);
    if (d === 0) return false;
    const f = families.get(o);
    const fs = f ? (d > 0 ? f.worse : f.better) : null;
    if (f && fs && familyRejected(f, d) && fs.support.has(o)) return true;
    const sw = sweeps.get(o.unit);
    return sw !== undefined && sweepRejected(o.unit, d) && sw.support.has(o);
  };
  for (const it of items) {
    const ev = it.ev as NoiseEvidence;
    const dir = directionOf(it);
    const fam = families.get(it);
    const side = fam ? (dir > 0 ? fam.worse : fam.better) : null;
    const famQ = side ? Math.min(1, (side.p * settings.run_alpha) / levelFamily) : 1;
    const sw = sweeps.get(it.unit);
    const swP = sw ? (dir > 0 ? sw.worse : sw.better) : 1;
    const mc: MetricCase = {
      ev,
      dir,
      p: dir > 0 ? ev.pWorse : dir < 0 ? ev.pBetter : 1,
      sampleStage: sampleStage(it.c, ev.k, settings),
      minEffect: minEffect(it.c, ev.k, settings),
      levels: { cell: levelCell, suspicious: levelSuspicious, escape: levelEscape },
      family:
        fam && side && dir !== 0
          ? {
              significant: familyRejected(fam, dir) && side.support.has(it),
              n: fam.items.length,
              support: side.support.size,
              q: famQ,
            }
          : null,
      tailBacked: tailBacked(it, byCell, 0.05, coherent),
      gate: gateOpen(it, byCell, levelCell),
      accepted: isAccepted(settings.accept, it.w.pair.head?.cell_id ?? '', it.c.metric),
      sweep:
        sw && dir !== 0
          ? {
              significant: sweepRejected(it.unit, dir) && sw.support.has(it),
              n: sw.n,
              support: sw.support.size,
              q: Math.min(1, (swP * settings.run_alpha) / levelSweep),
            }
          : null,
    };
    apply(it, mc, settings);
  }
  return { tests: primary + tails + familyCount + sweepCount, detectable: detectable(items, levelCell) };
}

function apply(it: Item, m: MetricCase, settings: CompareSettings): void {
  const c = it.c;
  const ev = m.ev;
  const decision = decideMetric(m);
  const sampleNote = m.sampleStage === 'unchanged' ? c.note : undefined;
  showCentres(c, it.def, it.w.runs);
  // Adjusted so that q ≤ run_alpha exactly when p is within the cell level.
  const q = Math.min(1, (m.p * settings.run_alpha) / m.levels.cell);
  const runLevel = ev.k >= settings.min_base_runs;
  if (runLevel) it.w.runLevel = true;
  c.outcome = decision.outcome;
  c.reason = decision.reason;
  if (decision.suspicious) c.suspicious = true;
  c.n_base_runs = ev.k;
  c.n_head_runs = ev.m;
  c.run_spread = round(ev.spread, 6);
  c.noise = {
    family: ev.family,
    regime: ev.regime,
    nu: round(ev.nu, 6) as number,
    spread: round(ev.spread, 6) as number,
    own_df: ev.ownDf,
    deployment_factor: round(ev.deploymentFactor, 6) as number,
    p: round(m.p, 6) as number,
  };
  if (ev.jump > 0) c.noise.jump_share = ev.jump;
  if (it.runShift) {
    c.noise.run_shift = round(Math.exp(it.runShift.at) - 1, 6) as number;
    c.noise.run_shift_removed = !it.runShift.kept;
  }
  if (runLevel) {
    c.method = 'run_interval';
    c.basis = 'run_interval';
    c.p_value = round(m.p);
    c.q_value = round(q);
    c.effect_size = round(ev.effect);
    // The untruncated t's quantile (memoised per ν; a little wider than the truncated law's).
    const tc = studentTQuantileUpper(m.levels.cell, ev.nu);
    c.interval =
      c.base !== null && Number.isFinite(tc) && tc < 1e3
        ? [
            round(c.base * (Math.exp(ev.d - tc * ev.se) - 1)) as number,
            round(c.base * (Math.exp(ev.d + tc * ev.se) - 1)) as number,
          ]
        : null;
  }
  if (decision.reason === 'below_min_effect' || decision.outcome !== 'unchanged' || c.threshold === null)
    c.threshold = { name: m.minEffect.name, value: m.minEffect.value, basis: 'relative' };
  c.confidence =
    decision.outcome === 'unchanged'
      ? null
      : round(
          1 -
            (decision.reason === 'coherent_family'
              ? (m.family?.q ?? 1)
              : decision.reason === 'coherent_sweep'
                ? (m.sweep?.q ?? 1)
                : q),
          6,
        );
  if (decision.outcome !== 'unchanged' && !(c.confidence !== null && c.confidence > 0)) c.confidence = 0.5;
  c.note = reasonText(decision.reason, {
    effect: ev.effect,
    p: m.p,
    q,
    baseRuns: ev.k,
    headRuns: ev.m,
    spread: ev.spread,
    nu: ev.nu,
    ownDf: ev.ownDf,
    jump: ev.jump,
    minEffect: m.minEffect,
    ...(m.family ? { family: { n: m.family.n, support: m.family.support, q: m.family.q } } : {}),
    ...(m.sweep ? { sweep: { n: m.sweep.n, support: m.sweep.support, q: m.sweep.q } } : {}),
    ...(sampleNote !== undefined ? { sampleNote } : {}),
  });
}

/**
 * Per metric, the smallest change the median cell of the compare could show as a verdict on its
 * own (its predictive t at the cell level): what "cannot be told from noise" means for this
 * compare. Null when it exceeds 100× (a t with ν ≈ 1 and one base run).
 */
function detectable(items: readonly Item[], level: number): { metric: string; change: number | null }[] {
  const byMetric = groupBy(items, (it) => it.c.metric);
  return [...byMetric.entries()].map(([metric, list]) => {
    const sorted = [...list].sort((a, b) => (a.ev as NoiseEvidence).se - (b.ev as NoiseEvidence).se);
    const ev = (sorted[(sorted.length - 1) >> 1] as Item).ev as NoiseEvidence;
    const z = predictiveQuantile(level, ev.nu, ev.rho);
    const x = z * ev.se;
    const change = Number.isFinite(x) && x < Math.log(100) ? (round(Math.exp(x) - 1, 4) as number) : null;
    return { metric, change };
  });
}

/** The z with predictiveUpper(z) = p (bisection on ln z; Infinity beyond 1e12). */
function predictiveQuantile(p: number, nu: number, rho: number): number {
  if (predictiveUpper(1e12, nu, rho) > p) return Infinity;
  let lo = Math.log(1e-9);
  let hi = Math.log(1e12);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (predictiveUpper(Math.exp(mid), nu, rho) > p) lo = mid;
    else hi = mid;
  }
  return Math.exp(hi);
}

/** Shows the run-level centres (geometric means over runs) as base / head when there are several runs. */
function showCentres(c: MetricComparison, def: MetricDef, runs: CellRuns): void {
  if (runs.base.length < 2 && runs.head.length < 2) return;
  const b = runCentre(def, runs.base);
  const h = runCentre(def, runs.head);
  if (b === null || h === null) return;
  c.base = round(b);
  c.head = round(h);
  c.delta = round(h - b);
  c.relative_delta = round(rel(b, h));
}
