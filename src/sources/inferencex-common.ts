/**
 * Shared pieces of the two InferenceX fixed-length adapters (docs/ARCHITECTURE.md "Producers and layouts"):
 * one memoised scan of the results dir that finds aggregates (`agg_*.json` objects and collected
 * `agg_bmk.json` arrays), raw bench-client results (`<RF>.json`, `<RF>_<subdir>_conc<N>_gpus_<G>…
 * .json`, `LOGS/<subdir>/results_concurrency_<N>_gpus_<G>….json`), power sidecars
 * (`power_validation_*.json`) and srt-slurm logs; RESULT_FILENAME (RF) parsing; the metric
 * mapping (aggregate seconds, raw milliseconds, both key orders); and the fragment builder that
 * joins an aggregate with its raw twin(s) and sidecar.
 *
 * Identity always comes from the JSON (aggregate, then raw). The RF (and the file/folder names
 * around it) is a fallback only: it fills identity and topology for a cell that has no readable
 * aggregate (the zero-success case: raw file, no agg).
 */
import { baseOf, joinPath } from './paths.js';
import { isRecord, normalizeHardware, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import type { ArtifactEntry, CellFragment, Finding, Identity, MetricValue, Metrics, Topology } from '../core/types.js';
import { perContext, type FileEntry, type IngestContext, type SniffEnv, type SniffVerdict } from './types.js';
import { gpusOf, parallelismTopology } from './topology.js';
import { sortKeys } from '../core/sort-keys.js';
import { buildFragment, type FragmentInput } from './lib/fragment.js';

export type IxFormat = 'inferencex-static' | 'inferencex-srt-slurm';
/** Which adapter a file belongs to. */
export type IxOwner = 'static' | 'srt';

export const AGENTIC_SCENARIO = 'agentic-coding';

// ---------------------------------------------------------------------------------------------

const stemOf = (name: string): string => name.replace(/\.json$/i, '');

const ARTIFACT_PREFIXES = [
  'multinode_server_logs_',
  'eval_server_logs_',
  'server_logs_',
  'power_audit_',
  'gpu_metrics_',
  'bmk_',
];

/** The RF of an artifact folder (`bmk_<RF>`, `power_audit_<RF>`, `multinode_server_logs_<RF>`…), else null. */
export function folderRf(dir: string): string | null {
  const b = baseOf(dir);
  if (b.startsWith('bmk_agentic_')) return null;
  for (const p of ARTIFACT_PREFIXES) if (b.startsWith(p) && b.length > p.length) return b.slice(p.length);
  return null;
}

// ---------------------------------------------------------------------------------------------
// RESULT_FILENAME — a fallback only, never the source of identity when JSON has it

export interface RfInfo {
  multinode: boolean;
  exp: string;
  modelPrefix: string | null;
  isl: number | null;
  osl: number | null;
  precision: string;
  framework: string;
  /** Single-node: tp/pp/dcp_size/pcp_size/ep/dp_attention; multi-node: prefill_* / decode_*. */
  topology: Topology;
  disagg: boolean | null;
  spec: string;
  /** Single-node: the one concurrency; multi-node: the list. */
  concs: number[];
  runner: string;
  hardware: string | null;
  recipePrefix: string | null;
}

// The older grammar has no `-pp<P>-dcp<D>-pcp<C>` parts (`tp8-ep1-dpafalse`): they read as 1.
const STATIC_RF =
  /^(?<exp>.+?)_(?<precision>[a-z0-9]+)_(?<framework>[a-z0-9][a-z0-9.-]*)_tp(?<tp>\d+)(?:-pp(?<pp>\d+)-dcp(?<dcp>\d+)-pcp(?<pcp>\d+))?-ep(?<ep>\d+)-dpa(?<dpa>true|false)_disagg-(?<disagg>true|false)_spec-(?<spec>[a-z0-9.-]+)_conc(?<conc>\d+)_(?<runner>.+?)(?:_recipe-(?<recipe>[0-9a-f]{16}))?$/i;

const WORKER = 'tp\\d+(?:-pp\\d+-dcp\\d+-pcp\\d+)?-ep\\d+-dp(?:true|false)-nw\\d+';
const MULTI_RF = new RegExp(
  `^(?<exp>.+?)_(?<precision>[a-z0-9]+)_(?<framework>[a-z0-9][a-z0-9.-]*)_prefill-(?<prefill>${WORKER})_decode-(?<decode>${WORKER})_disagg-(?<disagg>true|false)_spec-(?<spec>[a-z0-9.-]+)_conc(?<concs>\\d+(?:x\\d+)*)_(?<runner>.+?)(?:_recipe-(?<recipe>[0-9a-f]{16}))?$`,
  'i',
);
const WORKER_PARTS = /^tp(\d+)(?:-pp(\d+)-dcp(\d+)-pcp(\d+))?-ep(\d+)-dp(true|false)-nw(\d+)$/i;

/** `h200-cw_01` → `h200`, `gb200-nv_1` → `gb200`: the SKU part of a concrete runner name. */
export function hardwareFromRunner(runner: string): string | null {
  const noIndex = runner.replace(/_\d+$/, '');
  return normalizeHardware(noIndex.split('-')[0]);
}

/** `<prefix>_<isl>k<osl>k` (1k = 1024 tokens). */
function parseExp(exp: string): { prefix: string | null; isl: number | null; osl: number | null } {
  const m = /^(.+)_(\d+)k(\d+)k$/i.exec(exp);
  if (!m) return { prefix: null, isl: null, osl: null };
  return { prefix: m[1] ?? null, isl: Number(m[2]) * 1024, osl: Number(m[3]) * 1024 };
}

/** The RfInfo fields both RF shapes spell the same way (named groups of STATIC_RF / MULTI_RF). */
function rfCommon(g: Record<string, string | undefined>): Omit<RfInfo, 'multinode' | 'topology' | 'concs'> {
  const e = parseExp(g.exp as string);
  return {
    exp: g.exp as string,
    modelPrefix: e.prefix,
    isl: e.isl,
    osl: e.osl,
    precision: (g.precision as string).toLowerCase(),
    framework: (g.framework as string).toLowerCase(),
    disagg: (g.disagg as string).toLowerCase() === 'true',
    spec: (g.spec as string).toLowerCase(),
    runner: g.runner as string,
    hardware: hardwareFromRunner(g.runner as string),
    recipePrefix: g.recipe ?? null,
  };
}

export function parseRf(rf: string): RfInfo | null {
  const s = STATIC_RF.exec(rf);
  if (s?.groups) {
    const g = s.groups;
    return {
      ...rfCommon(g),
      multinode: false,
      topology: {
        tp: Number(g.tp),
        pp: Number(g.pp ?? 1),
        dcp_size: Number(g.dcp ?? 1),
        pcp_size: Number(g.pcp ?? 1),
        ep: Number(g.ep),
        dp_attention: (g.dpa as string).toLowerCase() === 'true',
      },
      concs: [Number(g.conc)],
    };
  }
  const m = MULTI_RF.exec(rf);
  if (m?.groups) {
    const g = m.groups;
    const topology: Topology = {};
    for (const side of ['prefill', 'decode'] as const) {
      const w = WORKER_PARTS.exec(g[side] as string);
      if (!w) continue;
      topology[`${side}_tp`] = Number(w[1]);
      topology[`${side}_pp`] = Number(w[2] ?? 1);
      topology[`${side}_dcp_size`] = Number(w[3] ?? 1);
      topology[`${side}_pcp_size`] = Number(w[4] ?? 1);
      topology[`${side}_ep`] = Number(w[5]);
      topology[`${side}_dp_attention`] = (w[6] as string).toLowerCase() === 'true';
      topology[`${side}_num_workers`] = Number(w[7]);
    }
    return { ...rfCommon(g), multinode: true, topology, concs: (g.concs as string).split(/x/i).map(Number) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// srt-slurm point names

export interface SrtPointName {
  /** `<RF>_<subdir>` part before `_conc<N>`. */
  prefix: string;
  rf: string | null;
  subdir: string | null;
  conc: number;
  gpus: number;
  ctx: number | null;
  gen: number | null;
  isl: number | null;
  osl: number | null;
}

const POINT_SUFFIX = /^(?<prefix>.+)_conc(?<conc>\d+)_gpus_(?<gpus>\d+)(?:_ctx_(?<ctx>\d+)_gen_(?<gen>\d+))?$/;
const SUBDIR_TAIL = /^(?<rf>.+?)_(?<subdir>(?:[A-Za-z0-9.-]+_)?isl_\d+_osl_\d+)$/;
export const LOGS_RAW_NAME =
  /^results_concurrency_(?<conc>\d+)_gpus_(?<gpus>\d+)(?:_ctx_(?<ctx>\d+)_gen_(?<gen>\d+))?\.json$/;

function islOsl(subdir: string | null): { isl: number | null; osl: number | null } {
  const m = subdir === null ? null : /isl_(\d+)_osl_(\d+)/.exec(subdir);
  return m ? { isl: Number(m[1]), osl: Number(m[2]) } : { isl: null, osl: null };
}

/** `LOGS` (InferenceX's copy) or `logs` (srt-slurm's own output folder). */
export function isLogsSegment(seg: string): boolean {
  return seg === 'LOGS' || seg === 'logs';
}

/** True for a path under a `LOGS/` or `logs/` folder. */
export function inLogsFolder(path: string): boolean {
  const parts = path.split('/');
  parts.pop();
  return parts.some(isLogsSegment);
}

const BARE_RAW_STEM = /^results_concurrency_(?<conc>\d+)_gpus_(?<gpus>\d+)(?:_ctx_(?<ctx>\d+)_gen_(?<gen>\d+))?$/;

/**
 * Parses `<RF>_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]` (the stem, `agg_` removed), or a bare
 * `results_concurrency_<N>_gpus_<G>[…]` stem (lengths then come from the path, `subdirHint`).
 */
export function parseSrtPointStem(
  stem: string,
  rfHint: string | null = null,
  subdirHint: string | null = null,
): SrtPointName | null {
  const bare = BARE_RAW_STEM.exec(stem);
  if (bare?.groups) {
    const g = bare.groups;
    return {
      prefix: 'results',
      rf: rfHint,
      subdir: subdirHint,
      conc: Number(g.conc),
      gpus: Number(g.gpus),
      ctx: g.ctx === undefined ? null : Number(g.ctx),
      gen: g.gen === undefined ? null : Number(g.gen),
      ...islOsl(subdirHint),
    };
  }
  const m = POINT_SUFFIX.exec(stem);
  if (!m?.groups) return null;
  const g = m.groups;
  const prefix = g.prefix as string;
  let rf: string | null = null;
  let subdir: string | null = null;
  if (rfHint !== null && prefix.startsWith(`${rfHint}_`)) {
    rf = rfHint;
    subdir = prefix.slice(rfHint.length + 1);
  } else {
    const t = SUBDIR_TAIL.exec(prefix);
    if (t?.groups) {
      rf = t.groups.rf as string;
      subdir = t.groups.subdir as string;
    } else rf = prefix;
  }
  return {
    prefix,
    rf,
    subdir,
    conc: Number(g.conc),
    gpus: Number(g.gpus),
    ctx: g.ctx === undefined ? null : Number(g.ctx),
    gen: g.gen === undefined ? null : Number(g.gen),
    ...islOsl(subdir),
  };
}

/** Point suffix `_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]` of a LOGS raw file, and its parts. */
export function parseLogsRawPath(
  path: string,
): { base: string; subdir: string; suffix: string; name: SrtPointName } | null {
  const name = baseOf(path);
  const m = LOGS_RAW_NAME.exec(name);
  if (!m?.groups) return null;
  const parts = path.split('/');
  // InferenceX copies srt-slurm's `logs/` as `LOGS/`; srt-slurm's own output keeps `logs/`.
  const li = parts.length - 3;
  if (li < 0 || !isLogsSegment(parts[li] as string)) return null;
  const base = parts.slice(0, li).join('/');
  const subdir = parts[li + 1] as string;
  const g = m.groups;
  const tail = `conc${g.conc}_gpus_${g.gpus}${g.ctx !== undefined ? `_ctx_${g.ctx}_gen_${g.gen}` : ''}`;
  return {
    base,
    subdir,
    suffix: `_${subdir}_${tail}`,
    name: {
      prefix: subdir,
      rf: null,
      subdir,
      conc: Number(g.conc),
      gpus: Number(g.gpus),
      ctx: g.ctx === undefined ? null : Number(g.ctx),
      gen: g.gen === undefined ? null : Number(g.gen),
      ...islOsl(subdir),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// content checks (docs/ARCHITECTURE.md "Recognition by content")

export function isAgenticRow(v: Record<string, unknown>): boolean {
  return v.scenario_type === AGENTIC_SCENARIO;
}

/** An eval collector row (`task` + `score`) is never a benchmark aggregate. */
function isEvalRow(v: Record<string, unknown>): boolean {
  return 'task' in v && 'score' in v;
}

/** Which fixed-length adapter an aggregate object belongs to, or null (not an InferenceX fixed-length aggregate). */
export function aggregateOwner(v: unknown): IxOwner | null {
  if (!isRecord(v) || isAgenticRow(v) || isEvalRow(v)) return null;
  if (!('hw' in v) || !('conc' in v)) return null;
  if (toBool(v.is_multinode) === true || v.prefill_tp !== undefined) return 'srt';
  return 'static';
}

export function isRawResult(v: unknown): v is Record<string, unknown> {
  return (
    isRecord(v) &&
    !isAgenticRow(v) &&
    'completed' in v &&
    'num_prompts' in v &&
    'max_concurrency' in v &&
    'model_id' in v
  );
}

export function isPowerSidecar(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && 'schema_version' in v && ('benchmark_window' in v || 'power_valid' in v);
}

// ---------------------------------------------------------------------------------------------
// scan (memoised per context: both adapters use it)

export interface IxJsonFile {
  file: FileEntry;
  value: Record<string, unknown>;
  owner: IxOwner;
}

export interface IxRaw extends IxJsonFile {
  /** A `LOGS/<subdir>/results_concurrency_*.json` copy. */
  logs: boolean;
}

export interface IxCollected {
  file: FileEntry;
  rows: { index: number; value: Record<string, unknown>; owner: IxOwner | 'agentic' }[];
}

export type IxRole = 'aggregate' | 'raw_result' | 'power_validation';

export interface IxUnreadable {
  file: FileEntry;
  owner: IxOwner;
  role: IxRole;
  message: string;
}

export interface IxScan {
  aggregates: IxJsonFile[];
  collected: IxCollected[];
  raws: IxRaw[];
  sidecars: IxJsonFile[];
  unreadable: IxUnreadable[];
  /** `multinode_server_logs.tar.gz` and non-JSON files under a `LOGS/` folder (listed, never parsed). */
  logs: FileEntry[];
}

/** The shared InferenceX scan, memoised per context (static and srt-slurm adapters read their halves). */
export const scanInferencex = perContext(scanUncached);

/** Owner of a file by its stem: srt-slurm point names end in `_conc<N>_gpus_<G>[…]`. */
function ownerByName(stem: string): IxOwner {
  return POINT_SUFFIX.test(stem) ? 'srt' : 'static';
}

async function scanUncached(ctx: IngestContext): Promise<IxScan> {
  const out: IxScan = { aggregates: [], collected: [], raws: [], sidecars: [], unreadable: [], logs: [] };
  const paths = new Set(ctx.files.map((f) => f.path));
  for (const f of ctx.files) {
    const inLogs = inLogsFolder(f.path);
    if (f.name === 'multinode_server_logs.tar.gz') {
      out.logs.push(f);
      continue;
    }
    if (!/\.json$/i.test(f.name)) {
      if (inLogs) out.logs.push(f);
      continue;
    }
    if (f.path.includes('aiperf_artifacts/')) continue;
    // AgentX folders are the AgentX adapters' (their `<RF>.json` aggregates can look like an RF).
    if (f.dir.split('/').some((seg) => seg.startsWith('bmk_agentic_') || seg.startsWith('agentic_'))) continue;
    const stem = stemOf(f.name);

    if (f.name.startsWith('agg_')) {
      if (f.name.startsWith('agg_eval_')) continue;
      const read = await ctx.readJson(f.path);
      const owner = ownerByName(stem.slice(4));
      if (!read.ok) {
        out.unreadable.push({ file: f, owner, role: 'aggregate', message: read.message });
        continue;
      }
      const v = read.value;
      if (Array.isArray(v)) {
        const rows: IxCollected['rows'] = [];
        v.forEach((row, index) => {
          if (!isRecord(row)) return;
          if (isAgenticRow(row)) rows.push({ index, value: row, owner: 'agentic' });
          else {
            const o = aggregateOwner(row);
            if (o !== null) rows.push({ index, value: row, owner: o });
          }
        });
        if (rows.length > 0) out.collected.push({ file: f, rows });
        continue;
      }
      const o = aggregateOwner(v);
      if (o !== null) out.aggregates.push({ file: f, value: v as Record<string, unknown>, owner: o });
      continue;
    }

    if (f.name.startsWith('power_validation_')) {
      const read = await ctx.readJson(f.path);
      const owner = ownerByName(stem.slice('power_validation_'.length));
      if (!read.ok) {
        out.unreadable.push({ file: f, owner, role: 'power_validation', message: read.message });
        continue;
      }
      if (isPowerSidecar(read.value)) out.sidecars.push({ file: f, value: read.value, owner });
      continue;
    }

    // Raw bench-client results, by name first: srt LOGS copies, srt root twins, static <RF>.json.
    let owner: IxOwner | null = null;
    let logs = false;
    if (LOGS_RAW_NAME.test(f.name)) {
      // Under `<base>/LOGS|logs/<subdir>/`: a copy that joins its point; elsewhere a point of its own.
      owner = 'srt';
      logs = parseLogsRawPath(f.path) !== null;
    } else if (f.name.startsWith('results')) {
      continue; // lm-eval results*.json (eval adapter)
    } else if (parseSrtPointStem(stem) !== null) {
      owner = 'srt';
    } else if (paths.has(joinPath(f.dir, `agg_${f.name}`)) || parseRf(stem)?.multinode === false) {
      owner = 'static';
    }
    if (owner === null) continue;
    const read = await ctx.readJson(f.path);
    if (!read.ok) {
      out.unreadable.push({ file: f, owner, role: 'raw_result', message: read.message });
      continue;
    }
    if (isRawResult(read.value)) out.raws.push({ file: f, value: read.value, owner, logs });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// metric mapping

const STAT_NAMES: readonly (readonly [string, string])[] = [
  ['mean', 'mean'],
  ['median', 'p50'],
  ['p50', 'p50'],
  ['p90', 'p90'],
  ['p95', 'p95'],
  ['p99.9', 'p999'],
  ['p999', 'p999'],
  ['p99', 'p99'],
  ['std', 'std'],
];
const BASE_NAMES: Record<string, string> = {
  ttft: 'ttft',
  tpot: 'tpot',
  itl: 'itl',
  e2el: 'e2el',
  e2e_latency: 'e2el',
  e2e: 'e2el',
  intvty: 'intvty',
};

/**
 * `<stat>_<metric>[_ms]` or `<metric>_<stat>[_ms]` (InferenceX's own test fixture uses the second
 * form) → canonical stat, base and whether the value is in ms.
 */
export function parseStatKey(key: string): StatKey | null {
  let p = statKeyCache.get(key);
  if (p === undefined) {
    p = parseStatKeyUncached(key);
    // Memoised: every aggregate and raw file of a sweep repeats the same few dozen keys.
    if (statKeyCache.size < 10_000) statKeyCache.set(key, p);
  }
  return p;
}

type StatKey = Readonly<{ stat: string; base: string; ms: boolean }>;
const statKeyCache = new Map<string, StatKey | null>();

function parseStatKeyUncached(key: string): StatKey | null {
  let k = key;
  let ms = false;
  if (k.endsWith('_ms')) {
    k = k.slice(0, -3);
    ms = true;
  }
  for (const [name, stat] of STAT_NAMES) {
    if (k.startsWith(`${name}_`)) {
      const base = BASE_NAMES[k.slice(name.length + 1)];
      if (base !== undefined) return { stat, base, ms };
    }
    if (k.endsWith(`_${name}`)) {
      const base = BASE_NAMES[k.slice(0, -(name.length + 1))];
      if (base !== undefined) return { stat, base, ms };
    }
  }
  return null;
}

/**
 * Latency (s) and interactivity metrics of an aggregate or raw object under canonical names
 * (`p50_ttft`, `p999_ttft`, `mean_intvty`…). `std_intvty` (1 / std TPOT) means nothing and is
 * dropped; interactivity keeps mean/p50/p90/p99. Keys with `_ms` are converted to seconds; keys without are seconds.
 */
export function latencyMetrics(obj: Record<string, unknown>): Metrics {
  const m: Metrics = {};
  for (const key of Object.keys(obj)) {
    const k = latencyKey(key);
    if (k === null) continue;
    const v = toNumber(obj[key]);
    if (v === null) continue;
    m[k.name] = k.ms ? v / 1000 : v;
  }
  return m;
}

/**
 * The canonical metric name of a raw key (and whether its value is in ms), or null when it is no
 * latency key or one latencyMetrics drops. Memoised like parseStatKey: the cached name is one
 * string per metric, not a new one per file, so every metrics object gets the same keys.
 */
function latencyKey(key: string): { name: string; ms: boolean } | null {
  let k = latencyKeyCache.get(key);
  if (k === undefined) {
    const p = parseStatKey(key);
    // intvty: mean/p50/p90/p99 only (std is meaningless, p99.9 adds nothing to the slow tail p99)
    const dropped =
      p !== null && p.base === 'intvty' && (p.stat === 'std' || p.stat === 'p999' || p.stat === 'p95' || p.ms);
    k = p === null || dropped ? null : { name: `${p.stat}_${p.base}`, ms: p.ms };
    if (latencyKeyCache.size < 10_000) latencyKeyCache.set(key, k);
  }
  return k;
}
const latencyKeyCache = new Map<string, { name: string; ms: boolean } | null>();

const POWER_METRICS = [
  'avg_power_w',
  'avg_total_gpu_power_w',
  'total_gpu_energy_j',
  'joules_per_successful_query',
  'joules_per_input_token',
  'joules_per_output_token',
  'joules_per_total_token',
] as const;

// ---------------------------------------------------------------------------------------------
// identity, topology

const str = (v: unknown): string | null => toStr(v);
const lower = (v: unknown): string | null => toStr(v)?.toLowerCase() ?? null;

function nameOf(v: unknown): string | null {
  if (isRecord(v)) {
    const n = str(v.name);
    const ver = str(v.version);
    return n === null ? null : ver === null ? n : `${n} ${ver}`;
  }
  return str(v);
}

/** Explicit cell id of an artifact (`cell_id`, `recipe_name`, `name`), else null (real aggregates have none). */
export function explicitIdOf(v: Record<string, unknown> | null): string | null {
  if (v === null) return null;
  return str(v.cell_id) ?? str(v.recipe_name) ?? str(v.name);
}

function identityFromAggregate(agg: Record<string, unknown>, multinode: boolean): Identity {
  return {
    hardware: normalizeHardware(agg.hw),
    model: str(agg.model) ?? str(agg.model_id),
    framework: lower(agg.framework),
    precision: lower(agg.precision),
    scenario_type: str(agg.scenario_type),
    is_multinode: multinode,
    recipe_name: str(agg.recipe_name),
    isl: toInt(agg.isl),
    osl: toInt(agg.osl),
    concurrency: toInt(agg.conc),
  };
}

function topologyFromAggregate(agg: Record<string, unknown>, multinode: boolean): Topology {
  const t: Topology = parallelismTopology(agg, multinode);
  if (multinode) {
    for (const side of ['prefill', 'decode'] as const) {
      const hw = normalizeHardware(agg[`${side}_hw`]);
      if (hw !== null) t[`${side}_hw`] = hw;
    }
  }
  t.spec_decoding = lower(agg.spec_decoding);
  const label = str(agg.hw);
  if (label !== null) t.hw_label = label;
  const disagg = toBool(agg.disagg);
  if (disagg !== null) t.disagg = disagg;
  const image = str(agg.image);
  if (image !== null) t.image = image;
  const fp = str(agg.recipe_fingerprint);
  if (fp !== null) t.recipe_fingerprint = fp;
  const prefix = str(agg.infmax_model_prefix);
  if (prefix !== null) t.model_prefix = prefix;
  const router = nameOf(agg.router);
  if (router !== null) t.router = router;
  const p2p = str(agg.kv_p2p_transfer);
  if (p2p !== null) t.kv_p2p_transfer = p2p;
  return t;
}

function topologyFromRf(rf: RfInfo): Topology {
  const t: Topology = { ...rf.topology, spec_decoding: rf.spec };
  if (rf.disagg !== null) t.disagg = rf.disagg;
  if (rf.modelPrefix !== null) t.model_prefix = rf.modelPrefix;
  return t;
}

export { gpusOf };

export { sortKeys };

// ---------------------------------------------------------------------------------------------
// fragment builder

export interface PointFallback {
  /** RF of the cell (from the file or folder name), parsed; null when it does not parse. */
  rf: RfInfo | null;
  /** srt-slurm point name (conc, gpus, ctx, gen, isl/osl from the subdir). */
  point: SrtPointName | null;
}

export interface PointInput {
  format: IxFormat;
  dir: string;
  agg: { path: string; value: Record<string, unknown>; role: 'aggregate' | 'collected_aggregate' } | null;
  /** Readable raw twins; the first is the counts source. */
  raws: { path: string; value: Record<string, unknown> }[];
  sidecar: { path: string; value: Record<string, unknown> } | null;
  fallback: PointFallback;
  logs: string[];
  extras?: Record<string, unknown>;
}

export function finding(
  code: Finding['code'],
  severity: Finding['severity'],
  message: string,
  evidence: Record<string, unknown>,
): Finding {
  return { code, severity, message, cell_id: null, evidence };
}

export function manifestEntry(path: string, kind: string, required: boolean, present: boolean): ArtifactEntry {
  return { path, kind, cell_id: null, required, present };
}

function maxOf(v: unknown): number | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  let max = -Infinity;
  for (const x of v) {
    const n = toNumber(x);
    if (n !== null && n > max) max = n;
  }
  return max > 0 ? max : null;
}

/**
 * Joins an aggregate with its raw twin(s) and power sidecar into one fragment, built by the
 * shared builder (src/sources/lib/fragment.ts): the JSON states the whole configuration, so the
 * builder reads nothing from the path (the RF fallback is this file's own, above).
 */
export function buildPointFragment(p: PointInput): CellFragment {
  const multinode = p.format === 'inferencex-srt-slurm';
  const agg = p.agg?.value ?? null;
  const raw = p.raws[0]?.value ?? null;
  const findings: Finding[] = [];
  const { identity, topology } = pointIdentity(p, multinode);
  const window = isRecord(p.sidecar?.value.benchmark_window) ? p.sidecar?.value.benchmark_window : null;
  const counts = pointCounts(p, window, findings);
  const metrics = pointMetrics(agg, raw, window);
  // Per-GPU ↔ absolute throughputs and interactivity are derived once per merged cell (src/core/cells/derived.ts).
  const { artifacts, files } = pointArtifacts(p);
  const extras = pointExtras(p, agg, raw, metrics);
  return buildFragment({
    format: p.format,
    variant: null,
    file: files[0] as string,
    otherFiles: files,
    dir: p.dir,
    explicitId: explicitIdOf(agg),
    identity,
    topology,
    counts,
    metrics,
    artifacts,
    findings,
    extras,
    environment: { runner: p.fallback.rf?.runner ?? null, image: str(agg?.image) },
    readPath: false,
  });
}

/** Identity and topology: the aggregate, else the raw plus the RF/file names (fallback only). */
function pointIdentity(p: PointInput, multinode: boolean): { identity: Identity; topology: Topology } {
  const agg = p.agg?.value ?? null;
  const raw = p.raws[0]?.value ?? null;
  const rf = p.fallback.rf;
  const point = p.fallback.point;
  let identity: Identity;
  let topology: Topology;
  if (agg !== null) {
    identity = identityFromAggregate(agg, multinode);
    topology = topologyFromAggregate(agg, multinode);
  } else {
    identity = {
      hardware: rf?.hardware ?? null,
      model: str(raw?.model_id) ?? str(raw?.model),
      framework: rf?.framework ?? null,
      precision: rf?.precision ?? null,
      scenario_type: null,
      is_multinode: multinode,
      recipe_name: null,
      isl: point?.isl ?? rf?.isl ?? maxOf(raw?.input_lens),
      osl: point?.osl ?? rf?.osl ?? maxOf(raw?.output_lens),
      concurrency:
        toInt(raw?.max_concurrency) ?? point?.conc ?? (rf && rf.concs.length === 1 ? (rf.concs[0] ?? null) : null),
    };
    topology = rf !== null && rf.multinode === multinode ? topologyFromRf(rf) : { spec_decoding: null };
  }
  if (multinode && point !== null) {
    // `_ctx_<P>_gen_<D>`; with only `_gpus_<G>`: prefill = G, decode = 0 (benchmark-multinode-tmpl.yml).
    if (topology.num_prefill_gpu === undefined) topology.num_prefill_gpu = point.ctx ?? point.gpus;
    if (topology.num_decode_gpu === undefined) topology.num_decode_gpu = point.gen ?? 0;
  }
  const gpus = gpusOf(topology, multinode);
  if (gpus !== null) topology.gpus = gpus;
  return { identity, topology };
}

/** Counts: raw completed / num_prompts, else the sidecar's completed (total unknown). */
function pointCounts(
  p: PointInput,
  window: Record<string, unknown> | null,
  findings: Finding[],
): NonNullable<FragmentInput['counts']> {
  const raw = p.raws[0]?.value ?? null;
  const counts: NonNullable<FragmentInput['counts']> & { source: string | null } = {
    total: null,
    successful: null,
    source: null,
    basis: null,
  };
  if (raw !== null) {
    counts.total = toInt(raw.num_prompts);
    counts.successful = toInt(raw.completed);
    counts.source = p.raws[0]?.path ?? null;
    counts.basis = 'raw completed / num_prompts';
    for (const other of p.raws.slice(1)) {
      if (toInt(other.value.completed) !== counts.successful || toInt(other.value.num_prompts) !== counts.total) {
        findings.push(
          finding(
            'metrics_unavailable',
            'warning',
            `The raw copies ${counts.source} and ${other.path} disagree about the request counts (completed ${String(counts.successful)}/${String(counts.total)} vs ${String(toInt(other.value.completed))}/${String(toInt(other.value.num_prompts))}); the first is used.`,
            { kind: 'raw_copies_disagree', files: [counts.source, other.path] },
          ),
        );
      }
    }
  } else if (window !== null && toInt(window.completed) !== null) {
    counts.successful = toInt(window.completed);
    counts.source = p.sidecar?.path ?? null;
    counts.basis = 'power_validation benchmark_window.completed (no num_prompts: total unknown)';
  }
  if (counts.total !== null && counts.successful !== null && counts.successful > counts.total) {
    findings.push(
      finding(
        'metrics_unavailable',
        'warning',
        `${counts.source} reports more completed requests (${counts.successful}) than prompts (${counts.total}); the counts are kept as read but cannot be a success rate.`,
        {
          kind: 'success_rate_above_one',
          file: counts.source,
          completed: counts.successful,
          num_prompts: counts.total,
        },
      ),
    );
  }
  return counts;
}

/**
 * Metrics: the aggregate first (s), the raw fills gaps (ms → s), absolute throughputs from the
 * raw. A run without a success keeps no latency (the builder's rule: its 0.0 are not measurements).
 */
function pointMetrics(
  agg: Record<string, unknown> | null,
  raw: Record<string, unknown> | null,
  window: Record<string, unknown> | null,
): Metrics {
  // latencyMetrics returns a fresh object: it is the metrics object (copying it into an empty one
  // gave the same keys in the same order, at ~40 property stores per file).
  const metrics: Metrics = agg !== null ? latencyMetrics(agg) : {};
  const put = (k: string, v: number | null): void => {
    if (v !== null) metrics[k] = v;
  };
  if (agg !== null) {
    for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'input_tput_per_gpu']) put(k, toNumber(agg[k]));
    if (toInt(agg.power_valid) === 1 || agg.power_valid === true) {
      for (const k of POWER_METRICS) put(k, toNumber(agg[k]));
    }
  }
  if (raw !== null) {
    const fromRaw = latencyMetrics(raw);
    for (const k of Object.keys(fromRaw)) if (metrics[k] === undefined) metrics[k] = fromRaw[k] as MetricValue;
    const total = toNumber(raw.total_token_throughput);
    const output = toNumber(raw.output_throughput);
    const input = toNumber(raw.input_throughput) ?? (total !== null && output !== null ? total - output : null);
    put('total_tput_tps', total);
    put('output_tput_tps', output);
    put('input_tput_tps', input);
    put('request_throughput_rps', toNumber(raw.request_throughput));
    put('duration_seconds', toNumber(raw.duration));
    put('total_input_tokens', toNumber(raw.total_input_tokens));
    put('total_output_tokens', toNumber(raw.total_output_tokens));
  } else if (window !== null) {
    put('duration_seconds', toNumber(window.reported_duration_s));
    put('total_input_tokens', toNumber(window.total_input_tokens));
    put('total_output_tokens', toNumber(window.total_output_tokens));
  }
  return metrics;
}

/** Artifact roles and the files that fed the fragment. */
function pointArtifacts(p: PointInput): { artifacts: CellFragment['artifacts']; files: string[] } {
  const artifacts: CellFragment['artifacts'] = {};
  const files: string[] = [];
  if (p.agg !== null) {
    artifacts[p.agg.role] = p.agg.path;
    files.push(p.agg.path);
  }
  if (p.raws.length > 0) {
    const rp = p.raws.map((r) => r.path).sort();
    artifacts.raw = rp.length === 1 ? (rp[0] as string) : rp;
    files.push(...rp);
  }
  if (p.sidecar !== null) {
    artifacts.power_validation = p.sidecar.path;
    files.push(p.sidecar.path);
  }
  if (p.logs.length > 0) {
    const lp = [...p.logs].sort();
    artifacts.logs = lp.length === 1 ? (lp[0] as string) : lp;
  }
  return { artifacts, files };
}

/** Power validity (a metric), sidecar reasons and the raw's request rate (extras). */
function pointExtras(
  p: PointInput,
  agg: Record<string, unknown> | null,
  raw: Record<string, unknown> | null,
  metrics: Metrics,
): Record<string, unknown> {
  const extras: Record<string, unknown> = { ...(p.extras ?? {}) };
  const pv =
    agg !== null && agg.power_valid !== undefined
      ? toBool(agg.power_valid)
      : p.sidecar !== null
        ? toBool(p.sidecar.value.power_valid)
        : null;
  if (pv !== null) metrics.power_valid = pv;
  if (p.sidecar !== null && Array.isArray(p.sidecar.value.reasons)) {
    const reasons = p.sidecar.value.reasons.filter((r): r is string => typeof r === 'string');
    if (reasons.length > 0) extras.power_reasons = reasons;
  }
  if (raw !== null && raw.request_rate !== undefined) {
    const rr = toNumber(raw.request_rate) ?? toStr(raw.request_rate);
    if (rr !== null) extras.request_rate = rr;
  }
  return extras;
}

// ---------------------------------------------------------------------------------------------
// unreadable files

/**
 * A finding for an unreadable aggregate, raw or sidecar (the read message carries line/column):
 * `missing_required_artifact` (critical) when nothing else readable describes the cell,
 * `metrics_unavailable` (warning) otherwise or for the optional power sidecar.
 */
export function unreadableFinding(u: IxUnreadable, otherSource: string | null): Finding {
  const what = u.role === 'aggregate' ? 'aggregate' : u.role === 'raw_result' ? 'raw result' : 'power sidecar';
  // The read message names the file itself ("<file> is not valid JSON (truncated) at line L, column C").
  const detail = u.message.startsWith(u.file.path) ? u.message : `${u.file.path}: ${u.message}`;
  const evidence: Record<string, unknown> = {
    kind: 'unreadable_json',
    file: u.file.path,
    role: u.role,
    reason: u.message,
  };
  if (u.role === 'power_validation') {
    return finding(
      'metrics_unavailable',
      'warning',
      `The ${what} ${detail}; its power and completion fields are not used.`,
      evidence,
    );
  }
  if (otherSource !== null) {
    return finding('metrics_unavailable', 'warning', `The ${what} ${detail}; the cell is taken from ${otherSource}.`, {
      ...evidence,
      used_instead: otherSource,
    });
  }
  return finding(
    'missing_required_artifact',
    'critical',
    `The ${what} ${detail}, and no other file describes that cell.`,
    evidence,
  );
}

/** Sorts an adapter result's manifest (by path) and findings (by file, then message) in place. */
export function sortResult(r: { manifest: ArtifactEntry[]; findings: Finding[]; fragments: CellFragment[] }): void {
  r.manifest.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : Number(a.present) - Number(b.present)));
  const fk = (f: Finding): string => `${String(f.evidence.file ?? '')}\u0000${f.message}`;
  r.findings.sort((a, b) => (fk(a) < fk(b) ? -1 : fk(a) > fk(b) ? 1 : 0));
  const gk = (f: CellFragment): string =>
    `${f.dir}\u0000${f.files[0] ?? ''}\u0000${String(f.extras?.row_index ?? '').padStart(9, '0')}`;
  r.fragments.sort((a, b) => (gk(a) < gk(b) ? -1 : gk(a) > gk(b) ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// recognition (sniff): the same name rules as the scan, confirmed by the first keys

/**
 * Which InferenceX fixed-length adapter a file goes to, and why (recognition by name + first
 * keys; the scan confirms by full content). Null: not an InferenceX fixed-length file.
 */
export function sniffInferencex(file: FileEntry, env: SniffEnv): { owner: IxOwner; verdict: SniffVerdict } | null {
  if (!/\.json$/i.test(file.name)) return null;
  if (file.path.includes('aiperf_artifacts/')) return null;
  if (file.dir.split('/').some((seg) => seg.startsWith('bmk_agentic_') || seg.startsWith('agentic_'))) return null;
  const stem = stemOf(file.name);
  const claim = (owner: IxOwner, kind: string, why: string, shared = false) => ({
    owner,
    verdict: { claim: true as const, kind, why, ...(shared ? { shared } : {}) },
  });
  const decline = (owner: IxOwner, why: string) => ({ owner, verdict: { claim: false as const, why } });
  if (file.name.startsWith('agg_')) {
    if (file.name.startsWith('agg_eval_')) return null;
    const h = env.head();
    const owner = ownerByName(stem.slice(4));
    if (h.shape === 'json-array') {
      // Eval collector rows (`task` + `score`) are the eval adapters', whatever the name.
      if (h.keys.includes('task') && h.keys.includes('score')) return null;
      return claim('static', 'collected_aggregate', 'agg_*.json array', true);
    }
    if (h.shape !== 'json-object') return claim(owner, 'aggregate', 'agg_*.json (unreadable: reported)');
    if (h.keys.includes('scenario_type') && /"scenario_type"\s*:\s*"agentic-coding"/.test(h.text)) return null;
    if (!h.keys.includes('hw') || !h.keys.includes('conc')) return decline(owner, 'agg_*.json without hw and conc');
    const multi = /"is_multinode"\s*:\s*true/.test(h.text) || h.keys.includes('prefill_tp');
    return claim(multi ? 'srt' : 'static', 'aggregate', 'agg_*.json with hw, conc');
  }
  if (file.name.startsWith('power_validation_')) {
    return claim(ownerByName(stem.slice('power_validation_'.length)), 'power_validation', 'power_validation_*.json');
  }
  let owner: IxOwner | null = null;
  let why = '';
  if (LOGS_RAW_NAME.test(file.name)) {
    owner = 'srt';
    why = 'results_concurrency_<N>_gpus_<G>*.json';
  } else if (file.name.startsWith('results')) return null;
  else if (parseSrtPointStem(stem) !== null) {
    owner = 'srt';
    why = '<RF>_<subdir>_conc<N>_gpus_<G>*.json';
  } else if (env.has(joinPath(file.dir, `agg_${file.name}`))) {
    owner = 'static';
    why = 'raw twin of agg_<RF>.json';
  } else if (parseRf(stem)?.multinode === false) {
    owner = 'static';
    why = '<RF>.json';
  }
  if (owner === null) return null;
  const h = env.head();
  if (h.shape !== 'json-object') return claim(owner, 'raw_result', `${why} (unreadable: reported)`);
  if (!h.keys.includes('completed') || !h.keys.includes('num_prompts')) {
    return decline(owner, `named like a raw result (${why}) but no completed/num_prompts keys`);
  }
  return claim(owner, 'raw_result', `${why} with completed, num_prompts`);
}
