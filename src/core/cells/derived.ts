/**
 * Steps of the pipeline around the merge that every source shares, so no adapter repeats them:
 * a fallback identity for fragments that have none (before the merge), and the derived metrics
 * (per-GPU throughput, interactivity) computed once per merged cell (after it). Pure.
 */
import { sortKeys } from '../sort-keys.js';
import { LATENCY_STATS } from '../metrics.js';
import { IDENTITY_FIELDS, type Cell, type CellFragment, type Metrics, type Topology } from '../types.js';

/**
 * A fragment with every identity field unknown and no explicit id gets
 * `topology.fallback_identity` = its folder (or its first file when it sits at the root), which is
 * part of the merge key: two identity-less results from different folders never merge or conflict.
 */
export function applyFallbackIdentity(fragments: readonly CellFragment[]): void {
  for (const f of fragments) {
    if (f.explicit_id) continue;
    if (IDENTITY_FIELDS.some((k) => f.identity[k] !== null && f.identity[k] !== undefined)) continue;
    if (f.topology.fallback_identity !== undefined) continue;
    const id = f.dir !== '' ? f.dir : (f.files[0] ?? '').replace(/\.[^./]+$/, '');
    if (id !== '') f.topology = { ...f.topology, fallback_identity: id };
  }
}

const num = (m: Metrics | Topology, k: string): number | null =>
  typeof m[k] === 'number' && Number.isFinite(m[k]) ? m[k] : null;

/**
 * Fills what a cell's own metrics imply and the source did not write: `tput_per_gpu`,
 * `output_tput_per_gpu`, `input_tput_per_gpu` from the absolute throughputs and the GPU count,
 * or the absolute ones from the per-GPU (aggregates carry only those) — multi-node: output per
 * decode GPU (all GPUs when decode = 0), input per prefill GPU — and
 * `<stat>_intvty` = 1 / `<stat>_tpot` (tok/s per user) for every ladder statistic (mean, p50,
 * p90, p95, p99). The only place these are derived: adapters hand over what their files say.
 * Never overwrites a value. In place.
 */
export function deriveCellMetrics(cell: Cell): void {
  const m: Metrics = { ...cell.metrics };
  const before = Object.keys(m).length;
  const t = cell.topology;
  const gpus = num(t, 'gpus');
  if (gpus !== null && gpus > 0) {
    const multi = cell.is_multinode === true;
    const np = num(t, 'num_prefill_gpu');
    const nd = num(t, 'num_decode_gpu');
    const den = {
      total: gpus,
      output: multi && nd !== null && nd > 0 ? nd : gpus,
      input: multi && np !== null && np > 0 ? np : gpus,
    };
    const pairs = [
      ['total_tput_tps', 'tput_per_gpu', den.total],
      ['output_tput_tps', 'output_tput_per_gpu', den.output],
      ['input_tput_tps', 'input_tput_per_gpu', den.input],
    ] as const;
    for (const [abs, perGpu, d] of pairs) {
      const a = num(m, abs);
      const g = num(m, perGpu);
      // per-GPU from the absolute (raw results); absolute = per-GPU × its own denominator (aggregates)
      if (a !== null && m[perGpu] === undefined) m[perGpu] = a / d;
      else if (g !== null && m[abs] === undefined) m[abs] = g * d;
    }
  }
  for (const stat of LATENCY_STATS) {
    const tpot = num(m, `${stat}_tpot`);
    if (tpot !== null && tpot > 0 && m[`${stat}_intvty`] === undefined) m[`${stat}_intvty`] = 1 / tpot;
  }
  if (Object.keys(m).length !== before) cell.metrics = sortKeys(m);
}
