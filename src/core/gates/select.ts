import type { Gate } from './types.js';

/** True for gates that address the compare diff (`diff.…`): they are evaluated by compare only. */
export function isDiffGate(g: Gate): boolean {
  const first = g.path[0];
  return first !== undefined && first.kind === 'key' && first.key === 'diff';
}
