/**
 * The comment's sections and budget plans. The order of the sections is the shared section table's
 * (src/render/sections.ts, which report.html follows too); the budget plans name the sections they
 * leave out. Adding a section is one file and one entry in that table; changing one means opening
 * its file.
 */
import type { CommentContext } from './context.js';
import type { Limits, Plan, Section } from './types.js';
import { SUSPICIOUS_OPEN } from './rows.js';
import { dropsSection } from './left-out.js';
import { commentEntries } from '../sections.js';

/** The comment's entries of the shared table, with the contexts each applies to. */
const ENTRIES = commentEntries();

/** Every section of the comment, in the shared table's order. */
export const SECTIONS: readonly Section[] = ENTRIES.map((e) => e.section);

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

/**
 * The comment under one plan: each section of the report's kind (analyze, or compare when there is
 * a diff) in table order, a dropped one replaced by its stub.
 */
export function renderPlan(ctx: CommentContext, plan: Plan): string {
  const kind = ctx.diff ? 'compare' : 'analyze';
  const parts: string[] = [];
  for (const { section: s, contexts } of ENTRIES) {
    if (!contexts.includes(kind)) continue;
    const out = dropsSection(plan, s) ? (s.stub?.(ctx) ?? null) : s.render(ctx, plan, parts);
    if (out) parts.push(out);
  }
  return parts.join('\n');
}
