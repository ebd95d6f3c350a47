/**
 * The comment's section table (src/render/comment/sections.ts): one entry per section, in the
 * comment's order, and budget plans that only name droppable sections and only ever shrink. The
 * bytes each plan renders are held by the goldens (comment.test.ts, comment-suspicious.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMITS, SUMMARY_LIMITS } from '../../src/render/comment.js';
import { budgetPlans, SECTIONS } from '../../src/render/comment/sections.js';

describe('SECTIONS', () => {
  it('names each section once, headline first and footer last', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('headline');
    expect(ids.at(-1)).toBe('footer');
  });

  it('keeps the headline, findings and largest changes in every plan', () => {
    const kept = SECTIONS.filter((s) => !s.droppable).map((s) => s.id);
    expect(kept).toEqual(expect.arrayContaining(['headline', 'findings', 'changes', 'footer']));
  });
});

describe.each([
  ['comment', COMMENT_LIMITS],
  ['job summary', SUMMARY_LIMITS],
])('budgetPlans (%s limits)', (_name, limits) => {
  const plans = budgetPlans(limits);
  const droppable = new Set(SECTIONS.filter((s) => s.droppable).map((s) => s.id));

  it('starts from everything at the limits', () => {
    expect(plans[0]).toEqual({
      findingGroups: limits.findingGroups,
      findingList: limits.findingList,
      changeRows: limits.changeRows,
      suspiciousRows: limits.suspiciousRows,
      drop: [],
    });
  });

  it('drops only droppable sections, and never brings one back', () => {
    plans.forEach((p, i) => {
      for (const id of p.drop) expect(droppable.has(id), `${id} in plan ${i}`).toBe(true);
      const before = plans[i - 1];
      if (before) for (const id of before.drop) expect(p.drop, `plan ${i} keeps ${id} dropped`).toContain(id);
    });
    expect(plans.at(-1)?.drop).toEqual(expect.arrayContaining(['gates', 'charts', 'cost', 'cells', 'suspicious']));
  });

  it('never raises a row cap from one plan to the next', () => {
    for (let i = 1; i < plans.length; i++) {
      const [a, b] = [plans[i - 1], plans[i]];
      if (!a || !b) continue;
      expect(b.findingGroups).toBeLessThanOrEqual(a.findingGroups);
      expect(b.findingList).toBeLessThanOrEqual(a.findingList);
      expect(b.changeRows).toBeLessThanOrEqual(a.changeRows);
      expect(b.suspiciousRows).toBeLessThanOrEqual(a.suspiciousRows);
    }
  });
});
