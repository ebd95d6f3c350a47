/**
 * One rule table decides a run-level metric (docs/COMPARE.md "Decision rules"), as EXIT_RULES
 * decides the exit code (core/exit-policy.ts): the rules are tried in order and the first that
 * answers wins. Each judges gathered evidence (evidence.ts, the family test, the per-request
 * stage) and returns an outcome and a reason code; words come from reasons.ts at the end.
 */
import type { NoiseEvidence } from './evidence.js';
import type { ReasonCode } from './reasons.js';

/** Evidence of one metric of one cell, gathered before any decision. */
export interface MetricCase {
  ev: NoiseEvidence;
  /** Direction of the change: +1 worse, −1 better, 0 none. */
  dir: number;
  /** One-sided predictive p in the direction of the change. */
  p: number;
  /** Per-request stage (one base run with samples): did the rank test / bootstrap / band see a change? */
  sampleStage: 'changed' | 'unchanged' | 'none';
  minEffect: { name: string; value: number };
  /**
   * Per-test levels (one-sided): the family-wise cell level of the gatekeeping procedure, the
   * suspicious level, and the huge-isolated-tail escape's own level.
   */
  levels: { cell: number; suspicious: number; escape: number };
  /**
   * The family test in this cell's direction, when this cell is among the load points carrying it
   * (`significant`: rejected at the family level; a tail's only behind its median's family test).
   */
  family: { significant: boolean; n: number; support: number; q: number } | null;
  /** The sweep test in this cell's direction, when this cell moves with the sweep. */
  sweep: { significant: boolean; n: number; support: number; q: number } | null;
  /** A regression someone acknowledged (settings.accept): reported, never a verdict. */
  accepted: boolean;
  /** A tail percentile whose median (same series, same cell) moved the same way: not isolated. */
  tailBacked: boolean;
  /**
   * Serial gatekeeping, for a tail: whether its primary family in this cell was rejected at the
   * cell level in the same direction. A tail is tested at the cell level only through an open
   * gate; a primary family's cell test always runs (the field is not read for it).
   */
  gate: boolean;
}

/** A tail so far out that even the shipped pooled law rejects it at the escape's own level. */
function hugeTail(m: MetricCase): boolean {
  return m.ev.tail && m.ev.pPooled <= m.levels.escape && m.p <= m.levels.cell;
}

export interface MetricDecision {
  outcome: 'regressed' | 'improved' | 'unchanged';
  reason: ReasonCode;
  suspicious: boolean;
}

interface MetricRule {
  id: ReasonCode;
  /** Returns the decision, or null to let the next rule answer. */
  judge: (m: MetricCase) => MetricDecision | null;
}

function changed(m: MetricCase, reason: ReasonCode): MetricDecision {
  return { outcome: m.dir > 0 ? 'regressed' : 'improved', reason, suspicious: false };
}

function unchanged(reason: ReasonCode, suspicious = false): MetricDecision {
  return { outcome: 'unchanged', reason, suspicious };
}

/** The rules, in the order docs/COMPARE.md gives them. */
export const METRIC_RULES: readonly MetricRule[] = [
  {
    // One base run with per-request samples: the runs must differ beyond sampling noise first.
    id: 'within_sampling_noise',
    judge: (m) => (m.sampleStage === 'unchanged' ? unchanged('within_sampling_noise') : null),
  },
  {
    id: 'below_min_effect',
    judge: (m) =>
      m.dir === 0 || Math.abs(m.ev.effect) < m.minEffect.value - 1e-9 ? unchanged('below_min_effect') : null,
  },
  {
    // A tail percentile that moved alone (its median did not, nor its family) is at most
    // suspicious, unless even the pooled prior cannot explain it at the escape's level. A
    // sweep-wide tail swing without its median is alone too: real nightly repeats show p99 TTFT and
    // p99 ITL moving together across a small sweep with the medians still (bench:verdicts, real).
    id: 'isolated_tail',
    judge: (m) =>
      m.ev.tail && !m.tailBacked && !m.family?.significant && !hugeTail(m)
        ? m.p <= m.levels.suspicious
          ? unchanged('isolated_tail', true)
          : unchanged('within_cell_noise')
        : null,
  },
  {
    // Serial gatekeeping: a tail is tested at the cell level only when its median family was
    // rejected in this cell (gate), or by the huge-tail escape's own share.
    id: 'beyond_cell_noise',
    judge: (m) =>
      (m.p <= m.levels.cell && (!m.ev.tail || m.gate)) || hugeTail(m) ? changed(m, 'beyond_cell_noise') : null,
  },
  {
    id: 'coherent_family',
    judge: (m) => (m.family?.significant ? changed(m, 'coherent_family') : null),
  },
  {
    id: 'coherent_sweep',
    judge: (m) => (m.sweep?.significant ? changed(m, 'coherent_sweep') : null),
  },
  {
    id: 'beyond_usual_range',
    judge: (m) => (m.p <= m.levels.suspicious ? unchanged('beyond_usual_range', true) : null),
  },
  { id: 'within_cell_noise', judge: () => unchanged('within_cell_noise') },
];

export function decideMetric(m: MetricCase): MetricDecision {
  for (const r of METRIC_RULES) {
    const d = r.judge(m);
    if (!d) continue;
    // An acknowledged regression (issue 22 item 9; the action's label sets settings.accept) is
    // shown with its reason, never a verdict.
    return d.outcome === 'regressed' && m.accepted
      ? { outcome: 'unchanged', reason: 'accepted', suspicious: false }
      : d;
  }
  return unchanged('within_cell_noise');
}
