/** Section `left-out`: the note naming what a budget plan left out that had something to show. */
import { chartsSection } from './charts.js';
import { costSection } from './cost.js';
import { gatesSection } from './gates.js';
import { suspiciousSection } from './suspicious.js';
import type { Plan, Section } from './types.js';

/** The sections the note can name, in the order it names them (as the comment has always said it). */
const NAMED: readonly Section[] = [gatesSection, chartsSection, costSection, suspiciousSection];

/** Whether `plan` leaves `s` out. */
export function dropsSection(plan: Plan, s: Section): boolean {
  return s.droppable && plan.drop.includes(s.id);
}

export const leftOutSection: Section = {
  id: 'left-out',
  render: (ctx, plan) => {
    const dropped = NAMED.filter((s) => dropsSection(plan, s) && s.dropNote !== null)
      .filter((s) => s.present?.(ctx) ?? true)
      .map((s) => s.dropNote as string);
    return dropped.length > 0
      ? `_Left out to stay under GitHub's comment limit: ${dropped.join(', ')}; see the job summary and the artifact._\n`
      : null;
  },
  droppable: false,
  dropNote: null,
};
