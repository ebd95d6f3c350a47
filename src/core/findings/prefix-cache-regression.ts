import { atLeast, below, cellFiles, concLabel, metricOf, r, usablePoints } from '../curve/curve.js';
import { formatPct } from '../format.js';
import type { Cell, Finding } from '../types.js';
import type { FindingRule } from './types.js';

const HIT = 'server_gpu_cache_hit_rate';
const THEO = 'theoretical_cache_hit_rate';

/**
 * prefix_cache_regression (warning), one finding per cell naming every condition met:
 * - the server GPU prefix-cache hit rate is below the theoretical rate (what the trace could hit
 *   with an unbounded cache) by more than `prefix_cache_gap` (0.10 absolute);
 * - it dropped ≥ `prefix_cache_drop` (0.10 absolute) vs the comparable lower-concurrency point
 *   (the previous point of the family with a hit rate);
 * vs the baseline: the hit rate dropped ≥ `prefix_cache_drop` vs the matched baseline cell (one
 * finding per pair, in compare.json).
 */
export const prefixCacheRegression: FindingRule = {
  code: 'prefix_cache_regression',
  evaluate({ cells, families, thresholds: t }) {
    const previous = new Map<string, Cell>();
    for (const fam of families) {
      const pts = usablePoints(fam).filter((c) => metricOf(c, HIT) !== null);
      for (let i = 1; i < pts.length; i++) {
        const lo = pts[i - 1] as Cell;
        const hi = pts[i] as Cell;
        if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0)) previous.set(hi.cell_id, lo);
      }
    }
    const out: Finding[] = [];
    for (const c of cells) {
      const hit = metricOf(c, HIT);
      if (hit === null) continue;
      const conditions: string[] = [];
      const reasons: string[] = [];
      const evidence: Record<string, unknown> = { server_gpu_cache_hit_rate: r(hit) };
      const theo = metricOf(c, THEO);
      if (theo !== null) {
        evidence.theoretical_cache_hit_rate = r(theo);
        evidence.gap_to_theoretical = r(theo - hit);
        if (below(hit, theo - t.prefix_cache_gap)) {
          conditions.push('below_theoretical');
          reasons.push(
            `${(hit * 100).toFixed(1)}% vs a theoretical ${(theo * 100).toFixed(1)}% (gap ${((theo - hit) * 100).toFixed(1)} points > ${(t.prefix_cache_gap * 100).toFixed(0)})`,
          );
        }
      }
      const prev = previous.get(c.cell_id);
      const cells: string[] = [c.cell_id];
      const files = new Set(cellFiles(c));
      if (prev) {
        const ph = metricOf(prev, HIT) as number;
        evidence.lower_concurrency_cell = prev.cell_id;
        evidence.lower_concurrency_hit_rate = r(ph);
        evidence.drop_vs_lower_concurrency = r(ph - hit);
        if (atLeast(ph - hit, t.prefix_cache_drop)) {
          conditions.push('drop_vs_lower_concurrency');
          reasons.push(
            `down ${((ph - hit) * 100).toFixed(1)} points from ${(ph * 100).toFixed(1)}% at ${concLabel(prev)}`,
          );
          cells.unshift(prev.cell_id);
          for (const f of cellFiles(prev)) files.add(f);
        }
      }
      if (conditions.length === 0) continue;
      out.push({
        code: 'prefix_cache_regression',
        severity: 'warning',
        message: `Cell ${c.cell_id} has a server GPU prefix-cache hit rate of ${(hit * 100).toFixed(1)}%: ${reasons.join('; ')}.`,
        cell_id: c.cell_id,
        evidence: {
          conditions,
          ...evidence,
          threshold_name: conditions[0] === 'below_theoretical' ? 'prefix_cache_gap' : 'prefix_cache_drop',
          threshold: conditions[0] === 'below_theoretical' ? t.prefix_cache_gap : t.prefix_cache_drop,
          thresholds: { prefix_cache_gap: t.prefix_cache_gap, prefix_cache_drop: t.prefix_cache_drop },
          cells,
          files: [...files].sort(),
        },
      });
    }
    return out;
  },
  vsBaseline(pairs, t) {
    const drop = t.prefix_cache_drop;
    const out: Finding[] = [];
    for (const { base, head } of pairs) {
      const cb = metricOf(base, HIT);
      const ch = metricOf(head, HIT);
      if (cb === null || ch === null || !(cb - ch >= drop)) continue;
      out.push({
        code: 'prefix_cache_regression',
        severity: 'warning',
        message: `Server GPU prefix-cache hit rate dropped from ${formatPct(cb)} to ${formatPct(ch)} vs the baseline cell (threshold ${(drop * 100).toFixed(1)} points).`,
        cell_id: head.cell_id,
        evidence: {
          metric: HIT,
          base: cb,
          head: ch,
          drop: Number((cb - ch).toPrecision(6)),
          threshold: drop,
          threshold_name: 'prefix_cache_drop',
          base_cell_id: base.cell_id,
        },
      });
    }
    return out;
  },
};
