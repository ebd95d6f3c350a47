/**
 * A copy of an object with its keys in sorted order (code-unit order, the order JSON.stringify
 * then writes them), built by assignment: a `__proto__` key sets the prototype, it is no own key.
 * An explicit comparator: the default sort converts every element with ToString first (this ran
 * ~2× slower over a 2,000-cell sweep's fragments and cells, docs/PERFORMANCE.md).
 */
export function sortKeys<T extends Record<string, unknown>>(o: T): T {
  const keys = Object.keys(o).sort(byCodeUnits);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = o[k];
  return out as T;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
