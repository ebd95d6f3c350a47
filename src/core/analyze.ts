/**
 * Pure assembly of a report: adapter output → merged cells → findings → Report. No I/O here;
 * src/io/analyze-dir.ts feeds it and writes the result.
 */
import { emptyIdentity, familyKey } from './cells/identity.js';
import { mergeFragments } from './cells/merge.js';
import { compareFindings, countBySeverity } from './findings/order.js';
export { compareFindings, countBySeverity } from './findings/order.js';
import { FINDING_RULES } from './findings/index.js';
import type { Family, RuleContext } from './findings/types.js';
import type { Thresholds } from './thresholds.js';
import {
  type ArtifactEntry,
  type Cell,
  type CellFragment,
  type CompletionStatus,
  type Finding,
  type Report,
  type RunSummary,
} from './types.js';
import type { AdapterResult, ExpectedCell, FileEntry } from './seams.js';
import { buildTimelineBlock, dropReplacedCarried } from './timeline/timeline-block.js';
import { buildCrossRun } from './curve/curve.js';
import { computeCosts, type CostInputs } from './cost/cost.js';
import { computePhaseMetrics } from './cells/phase-metrics.js';
import { classifyBottleneck } from './cells/bottleneck.js';
import { applyFallbackIdentity, deriveCellMetrics } from './cells/derived.js';
import { applyGivenFacts, type GivenFacts } from './cells/given.js';

export interface BuildReportInput {
  adapterResults: readonly AdapterResult[];
  /** Files under the root (for the manifest of unrecognised files). */
  files: readonly FileEntry[];
  /** Files some adapter claimed. */
  claimed: ReadonlySet<string>;
  /** Findings from scanning the folder (symlink loops, unreadable entries). */
  scanFindings: readonly Finding[];
  inputRoot: string;
  generatedAt: string;
  version: string;
  thresholds: Thresholds;
  costRequested?: boolean;
  /** Price inputs; when given every cell with performance data and the run get a cost block. */
  cost?: CostInputs;
  /** Pass thresholds per eval task (config `eval_thresholds`). */
  evalThresholds?: Record<string, number>;
  /** What the files don't say (`--hardware`, `--gpus`, `--label`), filled where a fragment lacks it. */
  given?: GivenFacts;
}

/** Short readable identity, used to disambiguate cell ids that share a folder. */
function shortIdentity(c: Cell): string {
  const model = (c.model ?? 'model').split('/').pop() ?? 'model';
  const parts = [
    model,
    c.framework,
    c.precision,
    c.hardware,
    c.isl !== null && c.osl !== null ? `${c.isl}x${c.osl}` : null,
  ];
  if (c.concurrency !== null) parts.push(`conc${c.concurrency}`);
  return parts.filter((p): p is string => !!p).join('_');
}

/**
 * Assigns cell ids: the explicit id of the artifact, else the folder of its first fragment
 * relative to the root. Cells sharing a folder (one multi-node `bmk_` folder per sweep) get
 * `/conc<N>`, then a readable identity; two cells still claiming one id keep both, suffixed
 * `~2`…, with a warning naming both files.
 */
function assignIds(merged: ReturnType<typeof mergeFragments>['cells']): { cells: Cell[]; findings: Finding[] } {
  const base = merged.map(({ fragments }) => {
    const explicit = fragments.map((f) => f.explicit_id).find((x): x is string => !!x);
    return { explicit: explicit ?? null, dir: (fragments[0] as CellFragment).dir || '.' };
  });
  const byBase = new Map<string, number[]>();
  base.forEach((b, i) => {
    const k = b.explicit ?? b.dir;
    byBase.set(k, [...(byBase.get(k) ?? []), i]);
  });
  const ids: string[] = new Array<string>(merged.length);
  for (const [k, idx] of byBase) {
    if (idx.length === 1) {
      ids[idx[0] as number] = k;
      continue;
    }
    // An explicit id is a claim: two cells making it keep the id, suffixed below, with a warning.
    if (base[idx[0] as number]?.explicit) {
      for (const i of idx) ids[i] = k;
      continue;
    }
    const concs = idx.map((i) => merged[i]?.cell.concurrency ?? null);
    const uniqueConc = concs.every((c) => c !== null) && new Set(concs).size === concs.length;
    for (const i of idx) {
      const c = merged[i]?.cell as Cell;
      ids[i] = uniqueConc ? `${k}/conc${c.concurrency}` : `${k}/${shortIdentity(c)}`;
    }
  }
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const cells: Cell[] = merged.map(({ cell, fragments }, i) => {
    let id = ids[i] as string;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) {
      const firstIdx = ids.indexOf(id);
      const other = merged[firstIdx]?.fragments[0]?.files[0] ?? '';
      const mine = fragments[0]?.files[0] ?? '';
      id = `${id}~${n}`;
      findings.push({
        code: 'metrics_unavailable',
        severity: 'warning',
        message: `Two artifacts claim cell id ${ids[i]} with different identity (${other} and ${mine}); the second is kept as ${id}.`,
        cell_id: id,
        evidence: { kind: 'duplicate_cell_id', cell_id: ids[i], files: [other, mine] },
      });
    }
    const dirs = [...new Set(fragments.map((f) => f.dir))].sort();
    return { ...cell, cell_id: id, fragment_dirs: dirs };
  });
  return { cells, findings };
}

function familyLabel(c: Cell): string {
  const parts = [c.hardware, c.model, c.framework, c.precision];
  if (c.isl !== null || c.osl !== null) parts.push(`${c.isl ?? '?'}/${c.osl ?? '?'}`);
  if (c.scenario_type) parts.push(c.scenario_type);
  return parts.filter((p) => p !== null && p !== undefined).join(' · ');
}

export function buildFamilies(cells: readonly Cell[]): Family[] {
  const map = new Map<string, Cell[]>();
  for (const c of cells) {
    if (c.concurrency === null) continue;
    const k = familyKey(c, c.topology);
    const list = map.get(k);
    if (list) list.push(c);
    else map.set(k, [c]);
  }
  return [...map.entries()]
    .map(([key, list]) => {
      const sorted = list
        .slice()
        .sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
      return { key, label: familyLabel(sorted[0] as Cell), cells: sorted };
    })
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : 1));
}

function runStatus(cells: readonly Cell[]): CompletionStatus {
  const known = cells.filter((c) => c.completion.status !== 'unknown');
  if (known.length === 0) return 'unknown';
  if (known.every((c) => c.completion.status === 'failed')) return 'failed';
  if (known.some((c) => c.completion.status !== 'complete')) return 'partial';
  return 'complete';
}

export function buildReport(input: BuildReportInput): Report {
  const { cells, runFindings } = mergeIntoCells(input);
  const timelineFiles = attachTimelines(cells, input.adapterResults);
  cells.sort(byCellId);

  // Findings from adapters carry cell_id null; they belong to their cell now.
  for (const c of cells) for (const f of c.findings) f.cell_id = c.cell_id;

  // Phase metrics, from per-request samples (descriptive scalars).
  for (const c of cells) {
    const phase = computePhaseMetrics(c);
    if (Object.keys(phase).length > 0) c.metrics = { ...c.metrics, ...phase };
  }

  const families = buildFamilies(cells);
  const byId = new Map(cells.map((c) => [c.cell_id, c]));
  runFindingRules(input, { cells, families, timelineFiles }, byId, runFindings);
  runFindings.push(...input.adapterResults.flatMap((r) => r.findings));

  // A re-derived timeline finding replaces the copy the timeline carried (one per code per cell).
  for (const c of cells) c.findings = dropReplacedCarried(c.findings);

  const runCost = input.cost ? applyCosts(cells, input.cost, byId, runFindings) : undefined;
  finishCells(cells, families, input.thresholds);
  const allFindings = [...cells.flatMap((c) => c.findings), ...runFindings].sort(compareFindings);
  const manifest = buildManifest(input, cells);

  return {
    schema_version: 'inferguard-analyze/v1',
    generated_at: input.generatedAt,
    input_root: input.inputRoot,
    analyzer: {
      inferguard_version: input.version,
      capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
    },
    run_summary: summarizeRun(cells, manifest, allFindings, runCost),
    cells,
    cross_run: buildCrossRun(families, input.thresholds),
    findings: allFindings,
    artifact_manifest: manifest,
  };
}

function byCellId(a: Cell, b: Cell): number {
  return a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0;
}

/** Fragments → merged cells with ids, sorted by id; the merge's and the scan's findings. */
function mergeIntoCells(input: BuildReportInput): { cells: Cell[]; runFindings: Finding[] } {
  const fragments = input.adapterResults.flatMap((r) => r.fragments);
  applyFallbackIdentity(fragments);
  applyGivenFacts(fragments, input.given);
  const merged = mergeFragments(fragments);
  for (const m of merged.cells) deriveCellMetrics(m.cell);
  const { cells, findings: idFindings } = assignIds(merged.cells);
  cells.sort(byCellId);
  return { cells, runFindings: [...idFindings, ...merged.findings, ...input.scanFindings] };
}

/** A cell for a timeline with no benchmark cell next to it, so its findings still count. */
function timelineOnlyCell(dir: string): Cell {
  return {
    cell_id: dir || '.',
    source_format: 'unknown',
    ...emptyIdentity(),
    topology: {},
    artifacts: {},
    completion: {
      num_requests_total: null,
      num_requests_successful: null,
      success_rate: null,
      status: 'unknown',
      counts_source: null,
      counts_basis: null,
      sessions_total: null,
      sessions_completed: null,
    },
    metrics: {},
    findings: [],
    fragment_dirs: [dir],
  };
}

/**
 * Timelines attach to the cells whose fragments share their folder (else a folder below it, else a
 * cell of their own); the lowest-concurrency owner carries the timeline's findings. Returns every
 * timeline file, in adapter order.
 */
function attachTimelines(cells: Cell[], adapterResults: readonly AdapterResult[]): string[] {
  const timelineFiles: string[] = [];
  for (const r of adapterResults) {
    for (const t of r.timelines ?? []) {
      timelineFiles.push(t.file);
      let owners = cells.filter((c) => ((c.fragment_dirs as string[]) ?? []).includes(t.dir));
      if (owners.length === 0) {
        owners = cells.filter((c) => ((c.fragment_dirs as string[]) ?? []).some((d) => d.startsWith(`${t.dir}/`)));
      }
      if (owners.length === 0) {
        const cell = timelineOnlyCell(t.dir);
        cells.push(cell);
        owners = [cell];
      }
      owners.sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0) || (a.cell_id < b.cell_id ? -1 : 1));
      for (const o of owners) {
        o.timelineData = {
          file: t.file,
          samples: t.samples,
          ...(t.non_report_codes ? { non_report_codes: t.non_report_codes } : {}),
        };
        o.artifacts = { ...o.artifacts, timeline: t.file };
      }
      const home = owners[0] as Cell;
      for (const f of t.findings) {
        home.findings.push({
          ...f,
          evidence: {
            ...f.evidence,
            file: t.file,
            ...(owners.length > 1 ? { cells: owners.map((o) => o.cell_id) } : {}),
          },
        });
      }
    }
  }
  return timelineFiles;
}

/** A finding goes to the cell it names, else to the run. */
function fileFinding(f: Finding, byId: ReadonlyMap<string, Cell>, runFindings: Finding[]): void {
  const cell = f.cell_id !== null ? byId.get(f.cell_id) : undefined;
  if (cell) cell.findings.push(f);
  else runFindings.push(f);
}

/** Every rule of FINDING_RULES once over the cells and families. */
function runFindingRules(
  input: BuildReportInput,
  data: Pick<RuleContext, 'cells' | 'families' | 'timelineFiles'>,
  byId: ReadonlyMap<string, Cell>,
  runFindings: Finding[],
): void {
  const ctx: RuleContext = {
    ...data,
    thresholds: input.thresholds,
    expectations: input.adapterResults.flatMap((r): ExpectedCell[] => r.expectations ?? []),
    costRequested: input.costRequested ?? input.cost !== undefined,
    evalThresholds: input.evalThresholds ?? {},
  };
  for (const rule of FINDING_RULES) for (const f of rule.evaluate(ctx)) fileFinding(f, byId, runFindings);
}

/** Cost blocks onto the cells, cost findings filed; the run's cost block out. */
function applyCosts(
  cells: readonly Cell[],
  costInputs: CostInputs,
  byId: ReadonlyMap<string, Cell>,
  runFindings: Finding[],
): Report['run_summary']['cost'] {
  const cost = computeCosts(cells, costInputs);
  for (const c of cells) {
    const block = cost.cells.get(c.cell_id);
    if (block) c.cost = block;
  }
  for (const f of cost.findings) fileFinding(f, byId, runFindings);
  return cost.run ?? undefined;
}

/**
 * Per cell, once all findings are in: findings sorted, the bottleneck class, the timeline block (which
 * needs to know whether the curve rules saw a TTFT cliff in the cell's family or timeline).
 */
function finishCells(cells: readonly Cell[], families: readonly Family[], thresholds: Thresholds): void {
  const familyOf = new Map<string, string>();
  for (const fam of families) for (const c of fam.cells) familyOf.set(c.cell_id, fam.key);
  const cliffFamilies = new Set(
    cells.filter((c) => c.findings.some((f) => f.code === 'ttft_cliff')).map((c) => familyOf.get(c.cell_id)),
  );
  const cliffTimelines = new Set(
    cells
      .filter((c) => c.timelineData && c.findings.some((f) => f.code === 'ttft_cliff'))
      .map((c) => c.timelineData?.file),
  );
  for (const c of cells) {
    c.findings.sort(compareFindings);
    const bottleneck = classifyBottleneck(c);
    if (bottleneck) c.bottleneck = bottleneck;
    if (c.timelineData) {
      const fam = familyOf.get(c.cell_id);
      c.timeline = buildTimelineBlock(c, {
        thresholds,
        curveTtftCliff: cliffTimelines.has(c.timelineData.file) || (fam !== undefined && cliffFamilies.has(fam)),
      });
    }
  }
}

function summarizeRun(
  cells: readonly Cell[],
  manifest: readonly ArtifactEntry[],
  allFindings: readonly Finding[],
  runCost: Report['run_summary']['cost'],
): RunSummary {
  return {
    status: runStatus(cells),
    total_cells: cells.length,
    successful_cells: cells.filter((c) => c.completion.status === 'complete').length,
    failed_cells: cells.filter((c) => c.completion.status === 'failed').length,
    partial_cells: cells.filter((c) => c.completion.status === 'partial').length,
    unknown_cells: cells.filter((c) => c.completion.status === 'unknown').length,
    missing_artifacts: [...new Set(manifest.filter((m) => m.required && !m.present).map((m) => m.path))].sort(),
    findings_by_severity: countBySeverity(allFindings),
    ...(runCost ? { cost: runCost } : {}),
  };
}

function buildManifest(input: BuildReportInput, cells: Cell[]): ArtifactEntry[] {
  // File → cell id, via the fragments that read it.
  const fileCell = new Map<string, string>();
  const dirCell = new Map<string, string>();
  for (const c of cells) {
    for (const role of Object.values(c.artifacts)) {
      const paths = typeof role === 'string' ? [role] : Array.isArray(role) ? role : [];
      for (const p of paths) if (!fileCell.has(p)) fileCell.set(p, c.cell_id);
    }
    for (const d of (c.fragment_dirs as string[]) ?? []) if (!dirCell.has(d)) dirCell.set(d, c.cell_id);
  }
  const entries = new Map<string, ArtifactEntry>();
  const listed = new Set<string>();
  for (const r of input.adapterResults) {
    for (const m of r.manifest) {
      const dir = m.path.includes('/') ? m.path.slice(0, m.path.lastIndexOf('/')) : '';
      const cellId = m.cell_id ?? fileCell.get(m.path) ?? dirCell.get(dir) ?? null;
      const key = `${m.path}\u0000${m.present}`;
      const prev = entries.get(key);
      listed.add(m.path);
      if (!prev) entries.set(key, { ...m, cell_id: cellId });
      else if (m.required && !prev.required) entries.set(key, { ...prev, required: true });
    }
  }
  for (const f of input.files) {
    if (input.claimed.has(f.path)) continue;
    if (listed.has(f.path)) continue;
    entries.set(`${f.path}\u0000true`, {
      path: f.path,
      kind: 'unrecognized',
      cell_id: null,
      required: false,
      present: true,
    });
  }
  return [...entries.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : Number(a.present) - Number(b.present),
  );
}

/** Removes in-memory-only fields (raw timeline samples) before the report is validated and written. */
export function toWireReport(report: Report): Report {
  return {
    ...report,
    cells: report.cells.map((c) => {
      const { timelineData: _t, ...rest } = c;
      return rest;
    }),
  };
}
