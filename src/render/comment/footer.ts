/** Section `footer`: version and where the full data is. */
import type { Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';
import { safeText } from '../escape.js';
import type { Section } from './types.js';

export function footer(head: Report, diff: ReportDiff | null): string {
  const v = safeText(head.analyzer?.inferguard_version ?? '?', 40);
  const files = diff ? 'report.json and compare.json' : 'report.json';
  return `<sub>inferguard ${v} · full data: ${files} in the run artifact.</sub>\n`;
}

export const footerSection: Section = {
  id: 'footer',
  render: (ctx) => footer(ctx.head, ctx.diff),
  droppable: false,
  dropNote: null,
};
