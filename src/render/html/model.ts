/**
 * The data of report.html: one JSON document the page script (client/) draws from, section by
 * section in the order of `sections` (the section table, src/render/sections.ts).
 * Built here, in TypeScript, from the head report, the compare diff and the base reports, so
 * every chart's data is testable without a browser; the page only lays it out.
 *
 * Compact by design (report.html ≤ 2 MB for a 2,000-cell sweep, docs/REPORT-HTML.md): points are
 * rows of numbers in the order of `fields`, rounded to 5 significant digits, and per-request
 * distributions are 21 quantiles per cell.
 */
import type { ReportDiff } from '../../core/compare/types.js';
import { countBySeverity, mergeFindings } from '../../core/findings/order.js';
import type { Report } from '../../core/types.js';
import { buildFamilies, POINT_FIELDS, type FamilyModel } from './families.js';
import { buildEnvironment, type EnvironmentModel } from './environment.js';
import { buildGates, type GatesModel } from './gates.js';
import { buildHeadline, type HeadlineModel } from './headline.js';
import { buildHistory, type HistoryModel } from './history.js';
import { htmlSectionIds, type SectionId } from '../sections.js';
import { text } from './values.js';
import {
  buildFindings,
  buildFrontierChanges,
  buildVerdicts,
  type FindingModel,
  type VerdictModel,
} from './verdicts.js';

export interface HtmlReportInput {
  head: Report;
  /** The compare diff (null: an analyze report). */
  diff: ReportDiff | null;
  /** The base reports the diff rests on, preferred first (base overlay and history). */
  bases?: readonly Report[];
  /**
   * Commit SHAs of the base runs (aligned with `bases`) and of the head, when the caller knows
   * them (the action's base-branch history): shown on the history charts. Reports carry none.
   */
  shas?: { bases?: readonly (string | null)[]; head?: string | null };
}

export interface HtmlModel {
  v: 1;
  kind: 'analyze' | 'compare';
  meta: {
    generated_at: string;
    input_root: string;
    version: string;
    status: string;
    cells: number;
    base_runs: number;
    findings: Record<'critical' | 'warning' | 'info', number>;
    currency: string | null;
  };
  verdict: { verdict: string; summary: string } | null;
  /** The run status and its facts, in the comment headline's words (render/status.ts). */
  headline: HeadlineModel;
  /**
   * The sections the page draws, in the shared section table's order (src/render/sections.ts):
   * the page script draws each with client/sections/<id>.js.
   */
  sections: SectionId[];
  /** Names of the point row columns (families[].head / base rows). */
  fields: readonly string[];
  /** Head cells: [cell id, family index, compare status or null]; anchors are `#cell-<index>`. */
  cells: [string, number, string | null][];
  families: FamilyModel[];
  findings: FindingModel[];
  findingsOmitted: number;
  verdicts: VerdictModel[];
  /** SLO gate results (null: the report has no gates block). */
  gates: GatesModel | null;
  /** Where the runs ran (null: no cell says). */
  environment: EnvironmentModel | null;
  frontier: { family: number; text: string }[];
  history: HistoryModel[];
  notes: string[];
}

function currencyOf(r: Report): string | null {
  const c = r.run_summary?.cost?.currency ?? r.cells.find((c) => c.cost)?.cost?.currency;
  return typeof c === 'string' ? text(c, 12) : null;
}

/** The report model of report.html. Pure and deterministic. */
export function buildHtmlModel(input: HtmlReportInput): HtmlModel {
  const { head, diff } = input;
  const kind = diff ? 'compare' : 'analyze';
  const bases = diff ? (input.bases ?? []) : [];
  const statusOf = new Map<string, string>();
  for (const c of diff?.cells ?? []) if (c.head_cell_id !== null) statusOf.set(c.head_cell_id, c.status);
  const { families, cellFamily, notes } = buildFamilies(head, bases[0] ?? null);
  const cells: HtmlModel['cells'] = head.cells.map((c, i) => [
    text(c.cell_id),
    cellFamily[i] ?? -1,
    statusOf.get(c.cell_id) ?? null,
  ]);
  const index = new Map<string, number>();
  head.cells.forEach((c, i) => {
    if (!index.has(c.cell_id)) index.set(c.cell_id, i);
  });
  const all = mergeFindings(Array.isArray(head.findings) ? head.findings : [], diff?.findings ?? []);
  const { findings, omitted } = buildFindings(all, index);
  return {
    v: 1,
    kind,
    meta: {
      generated_at: text(head.generated_at, 64),
      input_root: text(head.input_root),
      version: text(head.analyzer?.inferguard_version, 64),
      status: text(head.run_summary?.status, 64),
      cells: head.cells.length,
      base_runs: diff ? (diff.runs?.base_reports ?? Math.max(1, bases.length)) : 0,
      findings: countBySeverity(all),
      currency: currencyOf(head),
    },
    verdict: diff ? { verdict: diff.verdict.verdict, summary: text(diff.verdict.summary, 1000) } : null,
    headline: buildHeadline(head, diff),
    sections: htmlSectionIds(kind, input),
    fields: POINT_FIELDS,
    cells,
    families,
    findings,
    findingsOmitted: omitted,
    verdicts: diff ? buildVerdicts(diff, index) : [],
    gates: buildGates(head.gates, index),
    environment: buildEnvironment(head, diff, bases),
    frontier: diff ? buildFrontierChanges(diff, head, cellFamily) : [],
    history: diff ? buildHistory(diff, bases, head, index, input.shas) : [],
    notes,
  };
}
