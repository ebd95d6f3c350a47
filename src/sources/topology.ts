/**
 * Topology shared by the InferenceX and AgentX aggregates (docs/ARCHITECTURE.md key names):
 * parallelism per worker kind, DP-attention as a boolean (aggregates write it as a string), and
 * the GPU count that serves the cell.
 */
import { toBool, toInt } from '../core/parse.js';
import type { Topology } from '../core/types.js';

const PARALLELISM = ['tp', 'pp', 'dcp_size', 'pcp_size', 'ep'] as const;

/** Parallelism keys of an aggregate: top-level for single node, `prefill_*`/`decode_*` for multi-node. */
export function parallelismTopology(agg: Record<string, unknown>, multinode: boolean): Topology {
  const t: Topology = {};
  if (multinode) {
    for (const side of ['prefill', 'decode'] as const) {
      for (const k of [...PARALLELISM, 'num_workers']) {
        const v = toInt(agg[`${side}_${k}`]);
        if (v !== null) t[`${side}_${k}`] = v;
      }
      const dpa = toBool(agg[`${side}_dp_attention`]);
      if (dpa !== null) t[`${side}_dp_attention`] = dpa;
    }
    const np = toInt(agg.num_prefill_gpu);
    const nd = toInt(agg.num_decode_gpu);
    if (np !== null) t.num_prefill_gpu = np;
    if (nd !== null) t.num_decode_gpu = nd;
  } else {
    for (const k of PARALLELISM) {
      const v = toInt(agg[k]);
      if (v !== null) t[k] = v;
    }
    const dpa = toBool(agg.dp_attention);
    if (dpa !== null) t.dp_attention = dpa;
  }
  return t;
}

const numAt = (t: Topology, k: string): number | null => (typeof t[k] === 'number' ? t[k] : null);

/**
 * GPUs serving the cell: single node tp×pp×pcp_size (dcp_size does not multiply, as
 * InferenceX counts them; docs/ARCHITECTURE.md "Fragment conventions"); multi-node num_prefill_gpu + num_decode_gpu, else workers×tp.
 */
export function gpusOf(t: Topology, multinode: boolean): number | null {
  if (multinode) {
    const np = numAt(t, 'num_prefill_gpu');
    const nd = numAt(t, 'num_decode_gpu');
    if (np !== null || nd !== null) {
      const g = (np ?? 0) + (nd ?? 0);
      if (g > 0) return g;
    }
    const pw = numAt(t, 'prefill_num_workers');
    const dw = numAt(t, 'decode_num_workers');
    if (pw === null && dw === null) return null;
    const g = (pw ?? 0) * (numAt(t, 'prefill_tp') ?? 0) + (dw ?? 0) * (numAt(t, 'decode_tp') ?? 0);
    return g > 0 ? g : null;
  }
  const tp = numAt(t, 'tp');
  if (tp === null || tp <= 0) return null;
  return tp * (numAt(t, 'pp') ?? 1) * (numAt(t, 'pcp_size') ?? 1);
}
