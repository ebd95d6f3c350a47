/**
 * The shared builder of cell fragments (read → map → **build**): an adapter hands over what its
 * mapper read from the producer's keys; the builder fills what the path states (any segment:
 * `isl_1024_osl_1024`, `conc64`, `tp8`, `gpus_16`…) where the file is silent, keys request rate
 * into identity when concurrency is unknown, turns per-request latency columns into ladders and
 * sample sketches, fills the GPU count the topology implies, removes the latency zeros of a run
 * with no success, and returns a CellFragment with the conventions of docs/ARCHITECTURE.md. Pure.
 */
import { LATENCY_BASES, LATENCY_STATS, type LatencyBase, type LatencyStat } from '../../core/metrics.js';
import { sortKeys } from '../../core/sort-keys.js';
import { putPercentileAccuracy, type SampleStats } from '../../core/stats.js';
import type {
  CellArtifacts,
  CellFragment,
  CellSamples,
  Finding,
  Identity,
  Metrics,
  SourceFormat,
  TimelineData,
  Topology,
} from '../../core/types.js';
import { emptyIdentity } from '../../core/cells/identity.js';
import { gpusOf } from '../topology.js';
import { configLabel, pathFacts, repeatOfPath, sweepConfig, type PathFacts, type RepeatTag } from './path-facts.js';
import { environmentExtras, type EnvironmentInput } from './environment.js';

/**
 * Per-request latency columns (seconds, one value per successful request), as the producer's
 * per-request file gives them: the builder writes each column's ladder and `<base>_n` into the
 * metrics, its sketch into `samples.<base>_s`, and `percentiles_relative_error` when a ladder
 * comes from a sketch. Empty columns are skipped.
 */
export interface PerRequestInput {
  columns: Partial<Record<LatencyBase, SampleStats>>;
  /** Ladder statistics written from the columns (default: all of LATENCY_STATS). */
  stats?: readonly LatencyStat[];
  /**
   * The columns are the cell's only latency source: the file's own latency ladders and
   * interactivity are dropped before the columns' are written (an aggregate lacking p95).
   */
  replace?: boolean;
}

export interface FragmentInput {
  format: SourceFormat;
  /** The producer, e.g. "vllm-bench-serve" (the cell's `source_variant`); null when the file names no version. */
  variant: string | null;
  /** The file the cell was read from (relative POSIX path); path facts come from it. */
  file: string;
  dir: string;
  /** More files that fed the fragment. */
  otherFiles?: string[];
  explicitId?: string | null;
  identity: Partial<Identity>;
  topology?: Topology;
  /**
   * Request (and session) counts; `source` defaults to `file` when a request count is known
   * (a run whose counts come from another of its files names that one).
   */
  counts?: {
    total: number | null;
    successful: number | null;
    basis: string | null;
    sessions_total?: number | null;
    sessions_completed?: number | null;
    source?: string | null;
  };
  metrics: Metrics;
  /** Per-request latency columns: ladders over the file's own, and the cell's samples. */
  perRequest?: PerRequestInput;
  timeline?: TimelineData;
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
  /**
   * False when the files state the cell's whole configuration (InferenceX and AgentX aggregates,
   * native runs): nothing is read from the path (no lengths, load, parallelism, label, sweep or
   * repeat markers) and no `spec_decoding` is assumed. Default true.
   */
  readPath?: boolean;
}

/** Builds one fragment; the file's own values always win over what the path states. */
export function buildFragment(input: FragmentInput): CellFragment {
  const identity: Identity = { ...emptyIdentity(), ...dropUndefined(input.identity) };
  const topology: Topology = { ...(input.topology ?? {}) };
  const pathRate = input.readPath !== false ? applyPath(identity, topology, input) : null;
  if (input.readPath === false && (topology.gpus === undefined || topology.gpus === null)) {
    const gpus = gpusOf(topology, identity.is_multinode === true);
    if (gpus !== null) topology.gpus = gpus;
  }
  const rate = input.requestRate ?? pathRate;
  if (identity.concurrency === null && rate !== null && rate !== undefined) topology.request_rate = rate;

  const metrics: Metrics = { ...input.metrics };
  const samples = input.perRequest ? putPerRequest(metrics, input.perRequest) : {};
  const counts = input.counts;
  if (counts?.successful === 0) {
    // A run without one successful request writes 0.0 for every latency: not a measurement.
    for (const k of Object.keys(metrics)) if (isLatencyMetric(k)) delete metrics[k];
  }

  const files = [...new Set([input.file, ...(input.otherFiles ?? [])])].sort();
  const known = counts !== undefined && (counts.total !== null || counts.successful !== null);
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
      sessions_total: counts?.sessions_total ?? null,
      sessions_completed: counts?.sessions_completed ?? null,
      source: counts?.source !== undefined ? counts.source : known ? input.file : null,
      basis: counts?.basis ?? null,
    },
    metrics: sortKeys(metrics),
    files,
    findings: input.findings ?? [],
  };
  if (Object.keys(samples).length > 0) frag.samples = samples;
  if (input.timeline) frag.timeline = input.timeline;
  const extras = { ...(input.extras ?? {}), ...environmentExtras(input.environment) };
  if (Object.keys(extras).length > 0) frag.extras = sortKeys(extras);
  return frag;
}

/** What the path states, where the file is silent: lengths, load, parallelism, label, sweep, repeat. */
/** Fills what the path states where the file is silent; returns the path's request rate. */
function applyPath(identity: Identity, topology: Topology, input: FragmentInput): PathFacts['request_rate'] {
  const facts = pathFacts(input.file);
  identity.isl ??= facts.isl;
  identity.osl ??= facts.osl;
  identity.concurrency ??= facts.concurrency;
  identity.is_multinode ??= facts.num_prefill_gpu !== null ? true : null;
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
  return facts.request_rate;
}

/** Ladders, counts and sketches of the per-request columns (into `metrics`); the samples. */
function putPerRequest(metrics: Metrics, p: PerRequestInput): CellSamples {
  if (p.replace) for (const k of Object.keys(metrics)) if (isLatencyMetric(k)) delete metrics[k];
  const samples: CellSamples = {};
  const used: SampleStats[] = [];
  // In the adapter's order: the samples' keys keep the order its producer lists them in.
  for (const base of Object.keys(p.columns) as LatencyBase[]) {
    const col = p.columns[base];
    if (col === undefined || col.summary.n === 0) continue;
    used.push(col);
    for (const stat of p.stats ?? LATENCY_STATS) metrics[`${stat}_${base}`] = col.summary[stat];
    metrics[`${base}_n`] = col.summary.n;
    samples[`${base}_s`] = col.sketch;
  }
  putPercentileAccuracy(metrics, used);
  return samples;
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
