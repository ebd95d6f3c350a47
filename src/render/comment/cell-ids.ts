/** Section `ids`: raw cell ids for the labels above, collapsed. */
import type { CellRef } from '../labels.js';
import { cmp, details } from './format.js';
import { safeCode } from '../escape.js';
import type { Section } from './types.js';
import { roomLeft } from './room.js';

/** Raw cell ids for the labels above, collapsed (as many as fit). */
export function sectionIds(refs: readonly CellRef[], labels: Map<string, string>, maxChars: number): string | null {
  if (refs.length === 0) return null;
  const lines: string[] = [];
  let size = 200;
  for (const r of [...refs].sort((a, b) => cmp(labels.get(a.id) ?? '', labels.get(b.id) ?? '') || cmp(a.id, b.id))) {
    const line = `- ${labels.get(r.id) ?? '?'}: ${safeCode(r.id, 240)}`;
    if (size + line.length + 1 > maxChars) break;
    lines.push(line);
    size += line.length + 1;
  }
  if (lines.length === 0) return null;
  const more = refs.length > lines.length ? `\n\n_${refs.length - lines.length} more in report.json (artifact)._` : '';
  return details(`Cell ids (${refs.length})`, `${lines.join('\n')}${more}`);
}

export const idsSection: Section = {
  id: 'ids',
  render: (ctx, _plan, above) =>
    ctx.named.length > 0 ? sectionIds(ctx.named, ctx.labels, Math.min(20_000, roomLeft(ctx, above, 200))) : null,
  droppable: false,
  dropNote: null,
};
