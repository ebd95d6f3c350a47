import { atLeast, cellFiles, metricOf, r } from '../curve/curve.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * kv_pressure (warning), per cell, from its server metrics over the run: GPU KV cache usage p95
 * ≥ `kv_pressure_usage` (0.95), or preemptions grew during the run (the differenced counter is
 * > 0: the engine ran out of KV blocks and evicted running requests), or CPU KV usage p95 ≥
 * `kv_pressure_cpu_usage` (0.90). One finding per cell naming every condition met. Live
 * timeline snapshots are not used here (they describe the endpoints, not one cell's run).
 */
export const kvPressure: FindingRule = {
  code: 'kv_pressure',
  evaluate({ cells, thresholds: t }) {
    const out: Finding[] = [];
    for (const c of cells) {
      const usage = metricOf(c, 'kv_cache_usage_p95');
      const usageMax = metricOf(c, 'kv_cache_usage_max');
      const preempt = metricOf(c, 'preemptions');
      const cpu = metricOf(c, 'cpu_kv_cache_usage_p95');
      const reasons: string[] = [];
      const conditions: string[] = [];
      if (usage !== null && atLeast(usage, t.kv_pressure_usage)) {
        conditions.push('gpu_kv_usage_p95');
        reasons.push(
          `GPU KV cache usage p95 ${(usage * 100).toFixed(1)}% ≥ ${(t.kv_pressure_usage * 100).toFixed(0)}%`,
        );
      }
      if (preempt !== null && preempt > 0) {
        conditions.push('preemptions');
        reasons.push(`${preempt} preemption(s) during the run`);
      }
      if (cpu !== null && atLeast(cpu, t.kv_pressure_cpu_usage)) {
        conditions.push('cpu_kv_usage_p95');
        reasons.push(
          `CPU KV cache usage p95 ${(cpu * 100).toFixed(1)}% ≥ ${(t.kv_pressure_cpu_usage * 100).toFixed(0)}%`,
        );
      }
      if (conditions.length === 0) continue;
      out.push({
        code: 'kv_pressure',
        severity: 'warning',
        message: `Cell ${c.cell_id} is under KV cache pressure: ${reasons.join('; ')}${usageMax !== null ? ` (max usage ${(usageMax * 100).toFixed(1)}%)` : ''}.`,
        cell_id: c.cell_id,
        evidence: {
          conditions,
          kv_cache_usage_p95: usage === null ? null : r(usage),
          kv_cache_usage_max: usageMax === null ? null : r(usageMax),
          preemptions: preempt,
          cpu_kv_cache_usage_p95: cpu === null ? null : r(cpu),
          threshold_name: 'kv_pressure_usage',
          threshold: t.kv_pressure_usage,
          thresholds: {
            kv_pressure_usage: t.kv_pressure_usage,
            kv_pressure_cpu_usage: t.kv_pressure_cpu_usage,
            preemptions_above: 0,
          },
          files: cellFiles(c),
        },
      });
    }
    return out;
  },
};
