/**
 * Cell identity. Two fragments describe the same cell when their identity fields and their
 * topology key agree exactly; compare (base vs head) matches cells the same way. `image` and
 * `recipe_fingerprint` describe a cell but are not part of the key: a change in them is what a
 * PR usually measures. Neither is the cell's `environment` (runner, host): runs of one
 * configuration land on different nodes.
 *
 * Repeated runs of one configuration (`topology.repeat`: a rerun's `_rerun`/`run=N`/`run2/` marker,
 * a later JSONL line repeating an earlier one) share the identity key, so compare pools them as
 * runs of one cell (compare/runs.ts `groupRuns`), and differ in the merge key (`mergeKey`), so the
 * merge keeps them as separate cells instead of merging them or calling them conflicting copies.
 */
import { IDENTITY_FIELDS, type Identity, type Topology } from '../types.js';

/**
 * Topology fields that change what is measured: the deployment (parallelism, workers, the GPUs
 * each side gets, mixed hardware), spec decoding, offloading, server settings.
 */
export const TOPOLOGY_KEY_FIELDS = [
  'tp',
  'pp',
  'dcp_size',
  'pcp_size',
  'ep',
  'dp_attention',
  'prefill_tp',
  'prefill_pp',
  'prefill_dcp_size',
  'prefill_pcp_size',
  'prefill_ep',
  'prefill_dp_attention',
  'prefill_num_workers',
  'prefill_hw',
  'decode_tp',
  'decode_pp',
  'decode_dcp_size',
  'decode_pcp_size',
  'decode_ep',
  'decode_dp_attention',
  'decode_num_workers',
  'decode_hw',
  // The GPUs of each side (InferenceX srt-slurm `_ctx_<P>_gen_<D>`): 8 + 48 and 8 + 32 decode
  // GPUs are two deployments even where the per-worker fields agree.
  'num_prefill_gpu',
  'num_decode_gpu',
  'spec_decoding',
  'offloading',
  // A vllm bench sweep's server settings (`SERVE--max_num_seqs=4-…`) and bench settings beyond
  // the point (src/sources/lib/path-facts.ts sweepConfig).
  'server_config',
  'bench_config',
  // Set only when concurrency is unknown: the points of a QPS sweep (vLLM's nightly suite).
  'request_rate',
  // The configuration a generic result's file name states beyond its point (src/sources/lib/path-facts.ts).
  'config_label',
  // Labels the user gives (`--label k=v`, src/core/cells/given.ts): identity, so cells told apart
  // only by a label stay apart and compare matches equal labels only.
  'labels',
  // Set only on fragments with no identity at all: their folder or file, so unrelated
  // identity-less results are never merged with (or compared against) each other.
  'fallback_identity',
] as const;

/** Single-node fields that multi-node artifacts never carry (and vice versa) are ignored per shape. */
const SINGLE_NODE_ONLY = new Set(['tp', 'pp', 'dcp_size', 'pcp_size', 'ep', 'dp_attention']);

/**
 * Parallelism degrees whose value 1 is the default: InferenceX's collectors drop them from their
 * rows (agg_eval_all.json has no pp/dcp_size/pcp_size), so 1 and absent key the same.
 */
const DEFAULT_ONE = new Set([
  'pp',
  'dcp_size',
  'pcp_size',
  'prefill_pp',
  'prefill_dcp_size',
  'prefill_pcp_size',
  'decode_pp',
  'decode_dcp_size',
  'decode_pcp_size',
]);

/**
 * The topology field that tells repeated runs of one configuration apart (a number or a rerun
 * token; src/sources/lib/path-facts.ts). Not in TOPOLOGY_KEY_FIELDS: repeats share a cell's key.
 */
export const REPEAT_FIELD = 'repeat';

function norm(v: unknown): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/**
 * The topology part of the key. Multi-node cells are keyed on their prefill/decode fields only
 * (their artifacts disagree about legacy top-level tp/ep), single-node cells on the top-level ones.
 */
export function topologyKey(isMultinode: boolean | null, topology: Topology): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of TOPOLOGY_KEY_FIELDS) {
    if (isMultinode === true && SINGLE_NODE_ONLY.has(f)) continue;
    if (isMultinode !== true && f.startsWith('prefill_')) continue;
    if (isMultinode !== true && f.startsWith('decode_')) continue;
    const v = norm(topology[f] ?? (isMultinode === true ? sideGpus(topology, f) : null));
    if (v === null || (v === 1 && DEFAULT_ONE.has(f))) continue;
    out[f] = v;
  }
  return out;
}

/**
 * A side's GPU count where the artifact leaves it out: workers × tp. InferenceX's eval collector
 * rows (agg_eval_all.json) carry the per-worker fields but no `num_prefill_gpu`/`num_decode_gpu`,
 * and must key like the aggregate they join; a stated count always wins (dp-attention/EP
 * deployments state counts the per-worker fields do not give).
 */
function sideGpus(topology: Topology, f: string): number | null {
  const side = f === 'num_prefill_gpu' ? 'prefill' : f === 'num_decode_gpu' ? 'decode' : null;
  if (side === null) return null;
  const w = topology[`${side}_num_workers`];
  const tp = topology[`${side}_tp`];
  return typeof w === 'number' && typeof tp === 'number' && Number.isFinite(w * tp) ? w * tp : null;
}

/** Canonical identity object (used for merging and for compare matching). */
export function identityKeyObject(identity: Identity, topology: Topology): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of IDENTITY_FIELDS) out[f] = norm(identity[f]);
  out.topology = topologyKey(identity.is_multinode, topology);
  return out;
}

/** Stable string key of a cell's identity. */
export function identityKey(identity: Identity, topology: Topology): string {
  return JSON.stringify(identityKeyObject(identity, topology));
}

/**
 * The merge key of a fragment: its identity key plus its repeat, so repeated runs of one
 * configuration stay separate cells (never merged, never "two artifacts disagree") while their
 * identity key, which compare matches and pools runs by, stays equal.
 */
export function mergeKey(identity: Identity, topology: Topology): string {
  const key = identityKey(identity, topology);
  const repeat = norm(topology[REPEAT_FIELD]);
  return repeat === null ? key : `${key}\u0000${JSON.stringify(repeat)}`;
}

/** Identity minus concurrency: cells sharing it form one sweep family (a curve). */
export function familyKey(identity: Identity, topology: Topology): string {
  const o = identityKeyObject(identity, topology);
  delete o.concurrency;
  return JSON.stringify(o);
}

/**
 * What a deployment is not: the load point and the workload (concurrency, isl/osl, a QPS sweep's
 * request rate, a bench's settings beyond the point). Everything else of the key (hardware,
 * model, engine, precision, parallelism, server settings, labels) is the deployment.
 */
const WORKLOAD_FIELDS = ['concurrency', 'isl', 'osl'] as const;
const WORKLOAD_TOPOLOGY = ['request_rate', 'bench_config'] as const;

/**
 * Identity minus load point and workload: cells sharing it run on one deployment (hardware ×
 * engine × configuration), whose noise level and node are theirs, not another deployment's
 * (compare's deployment factor, run effects and sweep test are per deployment).
 */
export function deploymentKey(identity: Identity, topology: Topology): string {
  const o = identityKeyObject(identity, topology);
  for (const f of WORKLOAD_FIELDS) delete o[f];
  const topo = { ...(o.topology as Record<string, unknown>) };
  for (const f of WORKLOAD_TOPOLOGY) delete topo[f];
  o.topology = topo;
  return JSON.stringify(o);
}

/** An identity with every field unknown. */
export function emptyIdentity(): Identity {
  return {
    hardware: null,
    model: null,
    framework: null,
    precision: null,
    scenario_type: null,
    is_multinode: null,
    recipe_name: null,
    isl: null,
    osl: null,
    concurrency: null,
  };
}
