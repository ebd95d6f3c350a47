/**
 * The comment's section table: every section once, in the order the comment shows them, and the
 * budget plans that name the sections they leave out. Adding a section is one file and one entry
 * here; changing one means opening its file.
 */
import type { CommentContext } from './context.js';
import type { Limits, Plan, Section, SectionId } from './types.js';
import { SUSPICIOUS_OPEN } from './rows.js';
import { cellsSection } from './per-cell.js';
import { changesSection } from './largest-changes.js';
import { chartsSection } from './charts.js';
import { costSection } from './cost.js';
import { findingsSection } from './findings.js';
import { footerSection } from './footer.js';
import { gatesSection } from './gates.js';
import { headlineSection } from './headline.js';
import { idsSection } from './cell-ids.js';
import { suspiciousSection } from './suspicious.js';

/** The order of the names in the "left out" note (kept as the comment has always said it). */
const LEFT_OUT_ORDER: readonly SectionId[] = ['gates', 'charts', 'cost', 'suspicious'];

/** The note naming what a plan left out that had something to show. */
const leftOutSection: Section = {
  id: 'left-out',
  render: (ctx, plan) => {
    const dropped = LEFT_OUT_ORDER.map((id) => SECTIONS.find((s) => s.id === id))
      .filter((s): s is Section => s !== undefined && dropsSection(plan, s) && s.dropNote !== null)
      .filter((s) => s.present?.(ctx) ?? true)
      .map((s) => s.dropNote as string);
    return dropped.length > 0
      ? `_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`
      : null;
  },
  droppable: false,
  dropNote: null,
};

/** Every section of the comment, in order: the one place that order is decided. */
export const SECTIONS: readonly Section[] = [
  headlineSection,
  findingsSection,
  gatesSection,
  changesSection,
  suspiciousSection,
  chartsSection,
  costSection,
  leftOutSection,
  cellsSection,
  idsSection,
  footerSection,
];

function dropsSection(plan: Plan, s: Section): boolean {
  return s.droppable && plan.drop.includes(s.id);
}

/**
 * The plans tried in turn, each smaller than the one before: full, then fewer findings; then
 * without charts; without gates and cost; fewer rows and no per-cell tables; no suspicious rows.
 */
export function budgetPlans(limits: Limits): Plan[] {
  const full: Plan = {
    findingGroups: limits.findingGroups,
    findingList: limits.findingList,
    changeRows: limits.changeRows,
    suspiciousRows: limits.suspiciousRows,
    drop: [],
  };
  const bare: Partial<Plan> = { findingList: 0, drop: ['gates', 'charts', 'cost'] };
  const plans: Plan[] = [
    full,
    { ...full, findingList: Math.min(full.findingList, 30) },
    { ...full, findingList: 0, drop: ['charts'] },
    { ...full, ...bare, findingGroups: 15 },
    {
      ...full,
      ...bare,
      findingGroups: 8,
      changeRows: 10,
      suspiciousRows: SUSPICIOUS_OPEN,
      drop: ['gates', 'charts', 'cost', 'cells'],
    },
    {
      ...full,
      ...bare,
      findingGroups: 3,
      changeRows: 3,
      suspiciousRows: 0,
      drop: ['gates', 'charts', 'cost', 'cells'],
    },
  ];
  // No suspicious rows is leaving the section out (and the note says so).
  return plans.map((p) =>
    p.suspiciousRows <= 0 && !p.drop.includes('suspicious') ? { ...p, drop: [...p.drop, 'suspicious'] } : p,
  );
}

/** The comment under one plan: each section in table order, a dropped one replaced by its stub. */
export function renderPlan(ctx: CommentContext, plan: Plan): string {
  const parts: string[] = [];
  for (const s of SECTIONS) {
    const out = dropsSection(plan, s) ? (s.stub?.(ctx) ?? null) : s.render(ctx, plan, parts);
    if (out) parts.push(out);
  }
  return parts.join('\n');
}
