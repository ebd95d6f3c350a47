/**
 * Cell identity. Two fragments describe the same cell when their identity fields and their
 * topology key agree exactly; compare (base vs head) matches cells the same way. `image` and
 * `recipe_fingerprint` describe a cell but are not part of the key: a change in them is what a
 * PR usually measures.
 */
import { IDENTITY_FIELDS, type Identity, type Topology } from '../types.js';

/** Topology fields that change what is measured (parallelism, workers, spec decoding). */
export const TOPOLOGY_KEY_FIELDS = [
  'tp',
  'pp',
  'dcp_size',
  'pcp_size',
  'ep',
  'dp_attention',
  'prefill_tp',
  'prefill_pp',
  'prefill_ep',
  'prefill_dp_attention',
  'prefill_num_workers',
  'decode_tp',
  'decode_pp',
  'decode_ep',
  'decode_dp_attention',
  'decode_num_workers',
  'spec_decoding',
  'offloading',
  // Set only when concurrency is unknown: the points of a QPS sweep (vLLM's nightly suite).
  'request_rate',
  // The configuration a generic result's file name states beyond its point (src/sources/lib/path-facts.ts).
  'config_label',
  // A later line of one appended results file (JSONL) that repeats an earlier line's configuration.
  'repeat',
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
const DEFAULT_ONE = new Set(['pp', 'dcp_size', 'pcp_size', 'prefill_pp', 'decode_pp']);

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
    const v = norm(topology[f]);
    if (v === null || (v === 1 && DEFAULT_ONE.has(f))) continue;
    out[f] = v;
  }
  return out;
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

/** Identity minus concurrency: cells sharing it form one sweep family (a curve). */
export function familyKey(identity: Identity, topology: Topology): string {
  const o = identityKeyObject(identity, topology);
  delete o.concurrency;
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
