/**
 * The shared builder of cell fragments (read → map → **build**): an adapter hands over what its
 * mapper read from the producer's keys; the builder fills what the path states (any segment:
 * `isl_1024_osl_1024`, `conc64`, `tp8`, `gpus_16`…) where the file is silent, keys request rate
 * into identity when concurrency is unknown, removes the latency zeros of a run with no success,
 * and returns a CellFragment with the conventions of docs/ARCHITECTURE.md. Pure.
 */
import { LATENCY_BASES } from '../../core/metrics.js';
import { sortKeys } from '../../core/sort-keys.js';
import type {
  CellArtifacts,
  CellFragment,
  Finding,
  Identity,
  Metrics,
  SourceFormat,
  Topology,
} from '../../core/types.js';
import { emptyIdentity } from '../../core/cells/identity.js';
import { gpusOf } from '../topology.js';
import { configLabel, pathFacts, repeatOfPath, sweepConfig, type RepeatTag } from './path-facts.js';
import { environmentExtras, type EnvironmentInput } from './environment.js';

export interface FragmentInput {
  format: SourceFormat;
  /** The producer, e.g. "vllm-bench-serve" (the cell's `source_variant`). */
  variant: string;
  /** The file the cell was read from (relative POSIX path); path facts come from it. */
  file: string;
  dir: string;
  /** More files that fed the fragment. */
  otherFiles?: string[];
  explicitId?: string | null;
  identity: Partial<Identity>;
  topology?: Topology;
  counts?: { total: number | null; successful: number | null; basis: string };
  metrics: Metrics;
  artifacts: CellArtifacts;
  findings?: Finding[];
  extras?: Record<string, unknown>;
  /** Request rate of the run (req/s or "inf"), keyed into identity when concurrency is unknown. */
  requestRate?: number | string | null;
  /** Where the run ran (runner, host, image), as far as the file says: the cell's `environment`. */
  environment?: EnvironmentInput;
  /**
   * The producer names its result file itself (aiperf's `profile_export_aiperf.json`): the name
   * states no configuration, so no `config_label` is taken from the path.
   */
  fixedFileName?: boolean;
}

/** Builds one fragment; the file's own values always win over what the path states. */
export function buildFragment(input: FragmentInput): CellFragment {
  const facts = pathFacts(input.file);
  const identity: Identity = { ...emptyIdentity(), ...dropUndefined(input.identity) };
  identity.isl ??= facts.isl;
  identity.osl ??= facts.osl;
  identity.concurrency ??= facts.concurrency;
  identity.is_multinode ??= facts.num_prefill_gpu !== null ? true : null;

  const topology: Topology = { ...(input.topology ?? {}) };
  const fill = (k: string, v: number | null): void => {
    if (v !== null && (topology[k] === undefined || topology[k] === null)) topology[k] = v;
  };
  fill('tp', facts.tp);
  fill('ep', facts.ep);
  fill('pp', facts.pp);
  fill('num_prefill_gpu', facts.num_prefill_gpu);
  fill('num_decode_gpu', facts.num_decode_gpu);
  const gpus = gpusOf(topology, identity.is_multinode === true) ?? facts.gpus;
  fill('gpus', gpus);
  topology.spec_decoding ??= null;
  // The configuration the file name states beyond its point (a key field: `dep8` and `tep8` stay
  // apart); a rerun's marker (`_rerun`, `run=1`, `run2/`) is not configuration: it is `repeat`.
  const label = input.fixedFileName ? null : configLabel(input.file);
  if (label !== null) topology.config_label = label;
  const sweep = sweepConfig(input.file);
  if (sweep.server !== null) topology.server_config = sweep.server;
  if (sweep.bench !== null) topology.bench_config = sweep.bench;
  applyRepeat(topology, identity, input);
  const rate = input.requestRate ?? facts.request_rate;
  if (identity.concurrency === null && rate !== null && rate !== undefined) topology.request_rate = rate;

  const metrics: Metrics = { ...input.metrics };
  const counts = input.counts;
  if (counts?.successful === 0) {
    // A run without one successful request writes 0.0 for every latency: not a measurement.
    for (const k of Object.keys(metrics)) if (isLatencyMetric(k)) delete metrics[k];
  }

  const files = [...new Set([input.file, ...(input.otherFiles ?? [])])].sort();
  const frag: CellFragment = {
    source_format: input.format,
    source_variant: input.variant,
    explicit_id: input.explicitId ?? null,
    dir: input.dir,
    identity,
    topology: sortKeys(topology),
    artifacts: sortKeys(input.artifacts),
    counts: {
      total: counts?.total ?? null,
      successful: counts?.successful ?? null,
      sessions_total: null,
      sessions_completed: null,
      source: counts && (counts.total !== null || counts.successful !== null) ? input.file : null,
      basis: counts?.basis ?? null,
    },
    metrics: sortKeys(metrics),
    files,
    findings: input.findings ?? [],
  };
  const extras = { ...(input.extras ?? {}), ...environmentExtras(input.environment) };
  if (Object.keys(extras).length > 0) frag.extras = sortKeys(extras);
  return frag;
}

/**
 * `topology.repeat` (not a key field: src/core/cells/identity.ts `mergeKey`): the path's repeat
 * marker, joined with a repeat the adapter set (a later JSONL line). An identity-less rerun gets
 * the fallback identity its original gets (derived.ts: its folder, else its file), minus markers.
 */
function applyRepeat(topology: Topology, identity: Identity, input: FragmentInput): void {
  const marked = repeatOfPath(input.file);
  const own = topology.repeat;
  const ownTag: RepeatTag = typeof own === 'number' || typeof own === 'string' ? own : null;
  const tag = marked.repeat === null ? ownTag : ownTag === null ? marked.repeat : `${marked.repeat}/${ownTag}`;
  if (tag !== null) topology.repeat = tag;
  if (marked.repeat === null || input.explicitId) return;
  if (Object.values(identity).some((v) => v !== null && v !== undefined)) return;
  const fallback = marked.dir !== '' ? marked.dir : marked.path.replace(/\.[^./]+$/, '');
  if (fallback !== '') topology.fallback_identity = fallback;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** `<stat>_<ttft|tpot|itl|e2el|intvty>`. */
export function isLatencyMetric(k: string): boolean {
  const us = k.indexOf('_');
  const base = k.slice(us + 1);
  return us > 0 && ((LATENCY_BASES as readonly string[]).includes(base) || base === 'intvty');
}

/** A finding for a fragment (cell_id filled by the pipeline). */
export function fragmentFinding(
  code: Finding['code'],
  severity: Finding['severity'],
  message: string,
  evidence: Record<string, unknown>,
): Finding {
  return { code, severity, message, cell_id: null, evidence };
}
