import {
  atLeast,
  below,
  cellFiles,
  concLabel,
  metricOf,
  r,
  steps,
  throughputStep,
  TPUT_OUTPUT_FIRST,
  usablePoints,
  stepEvidence,
  worsening,
} from '../curve/curve.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * kv_offload_thrash (warning): along a family (pairwise, neighbouring concurrency points), KV
 * bytes offloaded GPU→CPU and loaded CPU→GPU are both > 0 and both grow, p99 TTFT worsens ≥
 * `kv_offload_thrash_min_ttft_worsening` (0.20), AND throughput (output tokens first: resent
 * context inflates total tokens in agentic runs) grows < `kv_offload_thrash_max_tput_gain`
 * (0.10).
 *
 * Why the throughput condition: offload traffic and p99 TTFT both grow with concurrency in any
 * healthy offloading sweep, simply because more users hold more context (AgentX fixture c8→c16→c32:
 * offload 45→94→171 GB / 47→176→454 GB, p99 TTFT 1.50→2.29→3.54 s, yet latency is flat over
 * time inside every cell and output tok/s still grows +64% and +47%). Latency that buys
 * throughput is load. Thrashing is the case where the extra KV traffic stops buying work: the
 * same blocks move back and forth, latency worsens and throughput no longer grows (the classic
 * paging definition). The rule's "while p99 TTFT worsens ≥ 0.20" is kept as is; "latency
 * degrades" is read as "worsens without a throughput gain", the same test the
 * TTFT-cliff rule applies.
 */
export const kvOffloadThrash: FindingRule = {
  code: 'kv_offload_thrash',
  evaluate({ families, thresholds: t }) {
    const out: Finding[] = [];
    const G2C = 'kv_offload_bytes_gpu_to_cpu';
    const C2G = 'kv_offload_bytes_cpu_to_gpu';
    for (const fam of families) {
      const points = usablePoints(fam).filter((c) => metricOf(c, G2C) !== null && metricOf(c, C2G) !== null);
      for (const [lo, hi] of steps(points)) {
        const g0 = metricOf(lo, G2C) as number;
        const g1 = metricOf(hi, G2C) as number;
        const c0 = metricOf(lo, C2G) as number;
        const c1 = metricOf(hi, C2G) as number;
        if (!(g0 > 0 && c0 > 0 && g1 > g0 && c1 > c0)) continue;
        const ttft = worsening(lo, hi, 'p99_ttft');
        if (ttft === null || !atLeast(ttft.change, t.kv_offload_thrash_min_ttft_worsening)) continue;
        const tput = throughputStep(lo, hi, TPUT_OUTPUT_FIRST);
        if (tput === null || !below(tput.gain, t.kv_offload_thrash_max_tput_gain)) continue;
        out.push({
          code: 'kv_offload_thrash',
          severity: 'warning',
          message: `KV offload grows from ${concLabel(lo)} to ${concLabel(hi)} in both directions (GPU→CPU ${(g0 / 1e9).toFixed(1)} → ${(g1 / 1e9).toFixed(1)} GB, CPU→GPU ${(c0 / 1e9).toFixed(1)} → ${(c1 / 1e9).toFixed(1)} GB) while p99 TTFT worsens ${(ttft.change * 100).toFixed(0)}% and ${tput.metric} changes ${tput.gain >= 0 ? '+' : ''}${(tput.gain * 100).toFixed(1)}%.`,
          cell_id: hi.cell_id,
          evidence: {
            family: fam.label,
            ...stepEvidence(lo, hi),
            kv_offload_bytes_gpu_to_cpu_from: g0,
            kv_offload_bytes_gpu_to_cpu_to: g1,
            kv_offload_bytes_cpu_to_gpu_from: c0,
            kv_offload_bytes_cpu_to_gpu_to: c1,
            p99_ttft_from_s: r(ttft.from),
            p99_ttft_to_s: r(ttft.to),
            p99_ttft_worsening: r(ttft.change),
            throughput_metric: tput.metric,
            throughput_gain: r(tput.gain),
            threshold_name: 'kv_offload_thrash_min_ttft_worsening',
            threshold: t.kv_offload_thrash_min_ttft_worsening,
            thresholds: {
              kv_offload_thrash_min_ttft_worsening: t.kv_offload_thrash_min_ttft_worsening,
              kv_offload_thrash_max_tput_gain: t.kv_offload_thrash_max_tput_gain,
            },
            cells: [lo.cell_id, hi.cell_id],
            files: [...new Set([...cellFiles(lo), ...cellFiles(hi)])].sort(),
          },
        });
      }
    }
    return out;
  },
};
