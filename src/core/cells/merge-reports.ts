/**
 * `mode: merge`: partial reports from matrix shards → one report. Every shard cell goes back
 * through the same pipeline as a fresh analysis (src/core/analyze.ts `buildReport`): copies of one
 * cell across shards merge (conflicting copies are kept apart with a finding, as in one results
 * dir), ids are re-assigned, and the cross-cell finding rules run again over the whole sweep, so
 * a family split across shards is judged as one. Pure: reports in, report out.
 *
 * Shard findings are carried over and deduplicated against the rules' fresh output (same code,
 * cell, severity and message = one finding). A cross-cell finding a shard raised on its partial
 * family is kept even when the merged family no longer shows it; shards that split a sweep by
 * family (the usual matrix: one model/engine/hardware per job) never hit that case.
 */
import { buildReport, countBySeverity, compareFindings } from '../analyze.js';
import type { Thresholds } from '../thresholds.js';
import {
  IDENTITY_FIELDS,
  type ArtifactEntry,
  type Cell,
  type CellFragment,
  type Finding,
  type Report,
} from '../types.js';
import type { AdapterResult } from '../seams.js';

export interface ShardReport {
  /** Where the shard came from (artifact folder / file), relative POSIX; used in findings. */
  source: string;
  report: Report;
}

/** A shard that could not be used (unreadable, invalid): becomes a critical finding naming it. */
export interface ShardProblem {
  source: string;
  message: string;
}

export interface MergeReportsOptions {
  generatedAt: string;
  version: string;
  thresholds: Thresholds;
  /** How the merged input is named in the report (e.g. the shards folder). */
  inputRoot: string;
}

/** Keys of a wire cell that the pipeline rebuilds; everything else rides along as extras. */
const REBUILT_KEYS = new Set<string>([
  'cell_id',
  'source_format',
  'source_variant',
  'source_formats',
  ...IDENTITY_FIELDS,
  'topology',
  'artifacts',
  'completion',
  'metrics',
  'findings',
  'samples',
  'fragment_dirs',
  'timelineData',
]);

function artifactPaths(c: Cell): string[] {
  const out: string[] = [];
  for (const v of Object.values(c.artifacts)) {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) out.push(...v);
  }
  return [...new Set(out)].sort();
}

/** A written cell as a fragment, so the normal merge/id/rule pipeline can take it again. */
export function cellToFragment(c: Cell): CellFragment {
  const extras: Record<string, unknown> = {};
  for (const k of Object.keys(c).sort()) if (!REBUILT_KEYS.has(k)) extras[k] = c[k];
  const dirs = Array.isArray(c.fragment_dirs) ? (c.fragment_dirs as string[]) : [];
  return {
    source_format: c.source_format,
    ...(c.source_variant ? { source_variant: c.source_variant } : {}),
    explicit_id: c.cell_id,
    dir: dirs[0] ?? c.cell_id,
    identity: {
      hardware: c.hardware,
      model: c.model,
      framework: c.framework,
      precision: c.precision,
      scenario_type: c.scenario_type,
      is_multinode: c.is_multinode,
      recipe_name: c.recipe_name,
      isl: c.isl,
      osl: c.osl,
      concurrency: c.concurrency,
    },
    topology: { ...c.topology },
    artifacts: { ...c.artifacts },
    counts: {
      total: c.completion.num_requests_total,
      successful: c.completion.num_requests_successful,
      sessions_total: c.completion.sessions_total,
      sessions_completed: c.completion.sessions_completed,
      source: c.completion.counts_source,
      basis: c.completion.counts_basis,
    },
    metrics: { ...c.metrics },
    files: artifactPaths(c),
    findings: c.findings.map((f) => ({ ...f, cell_id: null, evidence: { ...f.evidence } })),
    ...(c.samples ? { samples: c.samples } : {}),
    ...(Object.keys(extras).length > 0 ? { extras } : {}),
  };
}

function findingKey(f: Finding): string {
  return `${f.severity}\u0000${f.code}\u0000${f.cell_id ?? ''}\u0000${f.message}`;
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = findingKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out.sort(compareFindings);
}

/**
 * Merges shard reports into one report (inferguard-analyze/v1 shape; the caller validates).
 * Shards are processed in `source` order, so the same shards give the same bytes in any order.
 */
export function mergeReports(
  shards: readonly ShardReport[],
  problems: readonly ShardProblem[],
  opts: MergeReportsOptions,
): Report {
  const ordered = [...shards].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const adapterResults: AdapterResult[] = ordered.map((s) => {
    const cellIds = new Set(s.report.cells.map((c) => c.cell_id));
    return {
      fragments: s.report.cells.map(cellToFragment),
      // Run-level findings only; cell findings travel with their fragment.
      findings: s.report.findings.filter((f) => f.cell_id === null || !cellIds.has(f.cell_id)).map((f) => ({ ...f })),
      manifest: s.report.artifact_manifest.map((m: ArtifactEntry) => ({ ...m, cell_id: null })),
    };
  });
  const problemFindings: Finding[] = [...problems]
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
    .map((p) => ({
      code: 'missing_required_artifact',
      severity: 'critical',
      message: `Shard report ${p.source} cannot be merged: ${p.message}.`,
      cell_id: null,
      evidence: { file: p.source, kind: 'shard_report_unusable' },
    }));
  const report = buildReport({
    adapterResults,
    files: [],
    claimed: new Set(),
    scanFindings: problemFindings,
    inputRoot: opts.inputRoot,
    generatedAt: opts.generatedAt,
    version: opts.version,
    thresholds: opts.thresholds,
    costRequested: false,
  });
  for (const c of report.cells) c.findings = dedupe(c.findings);
  report.findings = dedupe(report.findings);
  report.run_summary.findings_by_severity = countBySeverity(report.findings);
  report.merged_from = ordered.map((s) => s.source);
  return report;
}
