/** The budget left for a section that fills it (cells, ids): what the sections above and the footer leave. */
import type { CommentContext } from './context.js';
import { footer } from './footer.js';

/** Characters left after `above`, the footer and `reserve` (never below 0). */
export function roomLeft(ctx: CommentContext, above: readonly string[], reserve: number): number {
  const used = above.join('\n').length + footer(ctx.head, ctx.diff).length + 2;
  return Math.max(0, ctx.budget - used - reserve);
}
