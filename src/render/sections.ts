/**
 * The section table of the PR comment and of report.html: every section once, in the order both
 * show them, the one place that order is decided. An entry names the contexts it applies to (an
 * analyze report, a compare against a baseline), the comment's renderer (comment/<file>.ts) and
 * whether report.html draws it (its page code is client/sections/<id>.js, drawn from the model
 * html/model.ts builds). A section whose content is the same in both (headline, findings, gates,
 * changes, suspicious, cost, cells) has one id; the rest belong to one renderer. Adding a section
 * is one file per renderer and one entry here (test/render/sections.test.ts holds both renderers
 * to this order).
 */
import { cellsSection } from './comment/per-cell.js';
import { changesSection } from './comment/largest-changes.js';
import { chartsSection } from './comment/charts.js';
import { costSection } from './comment/cost.js';
import { findingsSection } from './comment/findings.js';
import { footerSection } from './comment/footer.js';
import { gatesSection } from './comment/gates.js';
import { headlineSection } from './comment/headline.js';
import { idsSection } from './comment/cell-ids.js';
import { leftOutSection } from './comment/left-out.js';
import { suspiciousSection } from './comment/suspicious.js';
import type { Section } from './comment/types.js';
import { hasEnvironment } from './html/environment.js';
import type { HtmlReportInput } from './html/model.js';

/** Every section id of the comment and report.html. */
export type SectionId =
  | 'headline'
  | 'findings'
  | 'gates'
  | 'changes'
  | 'suspicious'
  | 'environment'
  | 'charts'
  | 'pareto'
  | 'latency'
  | 'distributions'
  | 'history'
  | 'cost'
  | 'left-out'
  | 'cells'
  | 'ids'
  | 'footer';

/** What a report shows: one run analyzed, or a compare against base runs. */
export type ReportKind = 'analyze' | 'compare';

/** report.html's half of an entry: drawn by client/sections/<id>.js. */
export interface HtmlSection {
  /** Whether the page has anything for it (default: yes, every report of its contexts). */
  present?(input: HtmlReportInput): boolean;
}

export interface SectionEntry {
  id: SectionId;
  /** The kinds of report the section applies to; neither renderer shows it in another. */
  contexts: readonly ReportKind[];
  /** The comment's renderer (its id is the entry's), or null: not in the comment. */
  comment: Section | null;
  /** report.html's, or null: not on the page. */
  html: HtmlSection | null;
}

const BOTH: readonly ReportKind[] = ['analyze', 'compare'];
const COMPARE: readonly ReportKind[] = ['compare'];
/** Drawn on every page of its contexts. */
const PAGE: HtmlSection = {};

/** Every section, in order: the comment and report.html both follow it. */
export const SECTION_TABLE: readonly SectionEntry[] = [
  { id: 'headline', contexts: BOTH, comment: headlineSection, html: PAGE },
  { id: 'findings', contexts: BOTH, comment: findingsSection, html: PAGE },
  { id: 'gates', contexts: BOTH, comment: gatesSection, html: { present: (input) => input.head.gates !== undefined } },
  { id: 'changes', contexts: COMPARE, comment: changesSection, html: PAGE },
  { id: 'suspicious', contexts: COMPARE, comment: suspiciousSection, html: PAGE },
  // The comment says where runs ran on the rows of its changes; the page lists every environment.
  {
    id: 'environment',
    contexts: BOTH,
    comment: null,
    html: { present: (input) => hasEnvironment(input.head, input.diff ? (input.bases ?? []) : []) },
  },
  // The comment's mermaid charts plot against concurrency; the page draws the field's charts.
  { id: 'charts', contexts: BOTH, comment: chartsSection, html: null },
  { id: 'pareto', contexts: BOTH, comment: null, html: PAGE },
  { id: 'latency', contexts: BOTH, comment: null, html: PAGE },
  { id: 'distributions', contexts: BOTH, comment: null, html: PAGE },
  { id: 'history', contexts: COMPARE, comment: null, html: PAGE },
  { id: 'cost', contexts: BOTH, comment: costSection, html: PAGE },
  { id: 'left-out', contexts: BOTH, comment: leftOutSection, html: null },
  { id: 'cells', contexts: BOTH, comment: cellsSection, html: PAGE },
  { id: 'ids', contexts: BOTH, comment: idsSection, html: null },
  { id: 'footer', contexts: BOTH, comment: footerSection, html: null },
];

/** The comment's entries, in table order. */
export function commentEntries(): { section: Section; contexts: readonly ReportKind[] }[] {
  return SECTION_TABLE.flatMap((e) => (e.comment ? [{ section: e.comment, contexts: e.contexts }] : []));
}

/** The ids of the sections report.html draws for `input`, in table order. */
export function htmlSectionIds(kind: ReportKind, input: HtmlReportInput): SectionId[] {
  return SECTION_TABLE.filter((e) => e.html && e.contexts.includes(kind) && (e.html.present?.(input) ?? true)).map(
    (e) => e.id,
  );
}
