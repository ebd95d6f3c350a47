/**
 * A base run of the history, cut down to what compare reads of it (issue 22 item 8: 30 base runs
 * of a 2,000-cell sweep in at most twice the memory of one).
 *
 * compare uses the FIRST base report (the preferred run) in full: its cells define the base
 * sweep, matching, the per-request tests on `samples`, curves and baseline findings. Every other
 * base report only adds runs of the same cells (src/core/compare/index.ts, runs.ts groupRuns,
 * evidence.ts runSeries, run-level.ts, verdicts.ts refOf/runTotals). Of those it reads:
 *
 * - per cell: the identity fields and `topology` (the identity key, match.ts cellKey), `cell_id`
 *   (run order), `metrics` and `cost` (each metric's run value), `completion` (request counts,
 *   success rate); `environment` is kept too (a few strings: where the run ran). Of `metrics`
 *   only the compared ones (catalogue.ts COMPARE_METRICS, and eval scores): compare reads no
 *   other metric of a history run (the rest, ~60% of a sweep cell's metrics, are shown from the
 *   preferred run only);
 * - per report: `generated_at`, `input_root`, `analyzer.inferguard_version`, `run_summary.status`
 *   and `.cost`, and the number of cells (`refOf`, the diff's `runs`).
 *
 * Everything else goes: the artifact manifest, findings, cross-run block, timelines, artifact
 * paths, format extras, and per-request `samples`. Samples only fed the run series of p50
 * metrics, as the samples' geometric mean, and only when every run of the cell has samples
 * (evidence.ts runSeries); without them in the history runs, every run of such a cell, the
 * preferred one included, is the p50 metric itself: the same series compare uses whenever one run
 * lacks samples. Samples of a stream are kept where the cell lacks a p50/p99 metric compare would
 * otherwise compute from them (lnValue's fallback), so no run loses a value it had.
 *
 * The slim report is a plain inferguard-analyze/v1-shaped object (required arrays present and
 * empty, one shared frozen array), built fresh so nothing of the parsed document stays reachable
 * through it, with the strings of its cells (ids, identity, topology, completion, cost,
 * environment) shared with equal ones of the other runs of the history: 30 runs of a sweep repeat
 * the same paths and labels 30 times. isSlimReport tells one apart.
 */
import { COMPARE_METRICS, type MetricDef } from '../core/compare/catalogue.js';
import { EVAL_SCORE_RE } from '../core/metrics.js';
import { IDENTITY_FIELDS, type Cell, type CellSamples, type Report } from '../core/types.js';

/** Cell fields a history run keeps (besides the identity fields). */
export const SLIM_CELL_FIELDS = [
  'cell_id',
  'source_format',
  ...IDENTITY_FIELDS,
  'topology',
  'completion',
  'metrics',
  'cost',
  'environment',
] as const;

/** Per sample stream, the compared metrics that fall back to it (catalogue.ts: p50 and p99). */
const SAMPLE_METRICS = new Map<keyof CellSamples, MetricDef[]>();
for (const def of COMPARE_METRICS) {
  if (!def.sample) continue;
  const list = SAMPLE_METRICS.get(def.sample.key);
  if (list) list.push(def);
  else SAMPLE_METRICS.set(def.sample.key, [def]);
}

/** Metrics compare reads of a history run. */
const COMPARED_METRICS = new Set(COMPARE_METRICS.map((d) => d.metric));

function comparedMetric(name: string): boolean {
  return COMPARED_METRICS.has(name) || EVAL_SCORE_RE.test(name);
}

const NONE: never[] = Object.freeze([]) as unknown as never[];
const EMPTY: Record<string, never> = Object.freeze({});
const slim = new WeakSet<Report>();

/** Whether `r` came out of slimReport. */
export function isSlimReport(r: Report): boolean {
  return slim.has(r);
}

/** The sample streams a slim cell still needs: those behind a p50/p99 metric the cell lacks. */
function neededSamples(c: Cell): CellSamples | undefined {
  const s = c.samples;
  if (!s || typeof s !== 'object') return undefined;
  let out: CellSamples | undefined;
  for (const [key, defs] of SAMPLE_METRICS) {
    const sketch = s[key];
    if (!sketch) continue;
    if (defs.every((d) => d.get(c) !== null)) continue;
    (out ??= {})[key] = sketch;
  }
  return out;
}

type Intern = <T>(v: T) => T;

/** A fresh copy of a flat block, its string values shared (`keep`: which keys stay). */
function block<T>(o: T, intern: Intern, keep?: (k: string) => boolean): T {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) if (!keep || keep(k)) out[k] = intern(v);
  return out as T;
}

function slimCell(c: Cell, strings: Map<string, string>): Cell {
  const intern: Intern = (v) => {
    if (typeof v !== 'string') return v;
    const known = strings.get(v);
    if (known !== undefined) return known as typeof v;
    strings.set(v, v);
    return v;
  };
  const out: Record<string, unknown> = {
    cell_id: intern(c.cell_id),
    source_format: intern(c.source_format),
  };
  for (const f of IDENTITY_FIELDS) out[f] = intern(c[f]);
  out.topology = c.topology === undefined ? EMPTY : block(c.topology, intern);
  out.artifacts = EMPTY;
  out.completion = block(c.completion, intern);
  out.metrics = block(c.metrics, intern, comparedMetric);
  if (c.cost !== undefined) out.cost = block(c.cost, intern);
  if (c.environment !== undefined) out.environment = block(c.environment, intern);
  out.findings = NONE;
  const samples = neededSamples(c);
  if (samples) out.samples = samples;
  return out as Cell;
}

/**
 * The history run `r` reduced to what compare reads of a base report after the first (see the
 * module comment). `strings` shares equal identity strings across the reports of one history.
 */
export function slimReport(r: Report, strings: Map<string, string> = new Map()): Report {
  if (slim.has(r)) return r;
  const rs = r.run_summary as Report['run_summary'] | undefined;
  const cells = Array.isArray(r.cells) ? r.cells.map((c) => slimCell(c, strings)) : [];
  const out = {
    schema_version: r.schema_version,
    generated_at: r.generated_at,
    input_root: r.input_root,
    analyzer: { inferguard_version: r.analyzer?.inferguard_version },
    run_summary: {
      status: rs?.status,
      total_cells: rs?.total_cells,
      ...(rs?.cost !== undefined ? { cost: rs.cost } : {}),
    },
    cells,
    findings: NONE,
    artifact_manifest: NONE,
  } as unknown as Report;
  slim.add(out);
  return out;
}
