/**
 * A copy of an object with its keys in sorted order (the order JSON.stringify writes them).
 * Built with Object.fromEntries: the same keys, values and order as assigning them one by one,
 * but V8 keeps such objects in fast mode, while 16+ keyed assignments turn an object into a
 * dictionary (slower to read, copy and stringify: every cell's metrics object is one).
 * A `__proto__` key keeps the assignment semantics (it sets the prototype, it is no own key).
 */
export function sortKeys<T extends Record<string, unknown>>(o: T): T {
  const keys = Object.keys(o).sort();
  if (keys.includes('__proto__')) {
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = o[k];
    return out as T;
  }
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as T;
}
