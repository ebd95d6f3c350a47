/**
 * Path resolution, strict (docs/GATES.md): a `[k=v,...]` selector must match
 * exactly one element (none → not_found, several → conflict naming them), a missing key or a null
 * on the way → not_found, a step that does not fit the value's type (a key on a list, a selector
 * on an object) → error. `[*]` forks: every element is resolved on its own.
 */
import type { PathStep, Predicate } from './types.js';

export type Resolution =
  | { kind: 'value'; value: unknown; path: string; cells: string[] }
  | { kind: 'not_found' | 'conflict' | 'error'; message: string; path: string; cells: string[]; matches?: string[] };

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function has(o: Obj, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** Where a single predicate key falls back to when an element has no such field. */
const PREDICATE_FALLBACKS = ['identity', 'topology'] as const;

/** The value a predicate key names in an element; undefined when absent. */
export function lookupPredicateField(el: unknown, key: readonly string[]): unknown {
  if (!isObj(el)) return undefined;
  if (key.length > 1) {
    let v: unknown = el;
    for (const k of key) {
      if (!isObj(v) || !has(v, k)) return undefined;
      v = v[k];
    }
    return v;
  }
  const k = key[0] ?? '';
  if (has(el, k)) return el[k];
  for (const fb of PREDICATE_FALLBACKS) {
    const sub = el[fb];
    if (isObj(sub) && has(sub, k)) return sub[k];
  }
  return undefined;
}

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** String/number equality of an element field and a predicate value (always text in the gate). */
export function predicateMatches(field: unknown, p: Predicate): boolean {
  if (field === undefined) return false;
  if (field === null) return !p.quoted && p.value === 'null';
  if (typeof field === 'string') return field === p.value;
  if (typeof field === 'number') return NUMBER_RE.test(p.value) ? Number(p.value) === field : false;
  if (typeof field === 'boolean') return String(field) === p.value;
  return false;
}

/** Quotes a selector value when it holds characters the bare form cannot. */
function selectorValue(v: string): string {
  return v === '' || /[\s,\]"=[]/.test(v) || v === 'null' ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : v;
}

function keyText(k: string): string {
  return /^[A-Za-z0-9_-]+$/.test(k) ? k : `"${k.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Canonical text of one step. */
export function formatStep(step: PathStep, first = false): string {
  switch (step.kind) {
    case 'key':
      return `${first ? '' : '.'}${keyText(step.key)}`;
    case 'wildcard':
      return '[*]';
    case 'index':
      return `[${step.index}]`;
    case 'match':
      return `[${step.predicates.map((p) => `${p.key.map(keyText).join('.')}=${p.quoted ? `"${p.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : p.value}`).join(',')}]`;
  }
}

export function formatPath(steps: readonly PathStep[]): string {
  return steps.map((s, i) => formatStep(s, i === 0)).join('');
}

/** Cell ids an element stands for: a report cell's `cell_id`, a diff cell's head/base ids. */
function cellIdsOf(el: unknown): string[] {
  if (!isObj(el)) return [];
  const out: string[] = [];
  for (const k of ['cell_id', 'head_cell_id', 'base_cell_id']) {
    const v = el[k];
    if (typeof v === 'string' && v !== '') out.push(v);
  }
  return out;
}

/** Fields that name an element, in order of preference. */
const ID_FIELDS = ['cell_id', 'key', 'head_cell_id', 'base_cell_id', 'id', 'name', 'metric', 'code'] as const;

/** A short id of an element for messages: its first id field, else `#<index>`. */
export function describeElement(el: unknown, index: number): string {
  if (isObj(el)) {
    for (const k of ID_FIELDS) {
      const v = el[k];
      if (typeof v === 'string' || typeof v === 'number') return String(v);
    }
  }
  return `#${index}`;
}

/** A selector that picks exactly this element: an id field unique in the list, else its index. */
function concreteSelector(list: readonly unknown[], index: number): string {
  const el = list[index];
  if (isObj(el)) {
    for (const k of ID_FIELDS) {
      const v = el[k];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const same = list.filter((o) => isObj(o) && o[k] === v).length;
      if (same === 1) return `[${k}=${selectorValue(String(v))}]`;
    }
  }
  return `[${index}]`;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function availableKeys(o: Obj): string {
  const keys = Object.keys(o).sort();
  if (keys.length === 0) return ' (it is empty)';
  const shown = keys.slice(0, 12).join(', ');
  return ` (has: ${shown}${keys.length > 12 ? `, … ${keys.length - 12} more` : ''})`;
}

/** A value reached so far: the path text that led to it and the cells on the way. */
interface Branch {
  value: unknown;
  path: string;
  cells: string[];
}

/** What one step gives: the branches to go on with (several after `[*]`), or where it stopped. */
type StepResult = Branch[] | Resolution;

function joinPath(path: string, step: string): string {
  return path === '' && step.startsWith('.') ? step.slice(1) : `${path}${step}`;
}

function describeHere(path: string): string {
  return path === '' ? 'the report' : path;
}

/** `.key` on the value: the field, or why there is none. */
function stepIntoKey(step: Extract<PathStep, { kind: 'key' }>, { value, path, cells }: Branch): StepResult {
  const here = describeHere(path);
  const next = joinPath(path, formatStep(step));
  if (value === null) {
    return { kind: 'not_found', message: `${here} is null, so it has no '${step.key}'.`, path: next, cells };
  }
  if (Array.isArray(value)) {
    return {
      kind: 'error',
      message: `${here} is a list; pick an element with [key=value] or [*] before '.${step.key}'.`,
      path: next,
      cells,
    };
  }
  if (!isObj(value)) {
    return {
      kind: 'error',
      message: `${here} is ${kindOf(value)}, not an object, so it has no '${step.key}'.`,
      path: next,
      cells,
    };
  }
  if (!has(value, step.key)) {
    return {
      kind: 'not_found',
      message: `key '${step.key}' not found in ${here}${availableKeys(value)}.`,
      path: next,
      cells,
    };
  }
  return [{ value: value[step.key], path: next, cells }];
}

/** `[k=v,...]` on a list: the one element matching every predicate, else not_found or a conflict naming the matches. */
function stepIntoMatch(
  step: Extract<PathStep, { kind: 'match' }>,
  list: readonly unknown[],
  { path, cells }: Branch,
): StepResult {
  const here = describeHere(path);
  const sel = formatStep(step);
  const hits: number[] = [];
  list.forEach((el, k) => {
    if (step.predicates.every((p) => predicateMatches(lookupPredicateField(el, p.key), p))) hits.push(k);
  });
  if (hits.length === 0) {
    return {
      kind: 'not_found',
      message: `none of the ${list.length} elements of ${here} matches ${sel}.`,
      path: path + sel,
      cells,
    };
  }
  if (hits.length > 1) {
    const matches = [...new Set(hits.map((k) => describeElement(list[k], k)))].sort();
    const involved = hits.reduce<string[]>((acc, k) => union(acc, cellIdsOf(list[k])), cells);
    const shown = matches.slice(0, 10).join(', ') + (matches.length > 10 ? `, … ${matches.length - 10} more` : '');
    return {
      kind: 'conflict',
      message: `${hits.length} elements of ${here} match ${sel} (${shown}); add a predicate so exactly one matches.`,
      path: path + sel,
      cells: involved,
      matches,
    };
  }
  const k = hits[0] ?? 0;
  return [{ value: list[k], path: path + sel, cells: union(cells, cellIdsOf(list[k])) }];
}

/** A list step (`[*]`, `[n]`, `[k=v]`): the value must be a list. */
function stepIntoList(step: Exclude<PathStep, { kind: 'key' }>, branch: Branch): StepResult {
  const { value, path, cells } = branch;
  const here = describeHere(path);
  const sel = formatStep(step);
  if (value === null) {
    return { kind: 'not_found', message: `${here} is null, so ${sel} selects nothing.`, path: path + sel, cells };
  }
  if (!Array.isArray(value)) {
    return {
      kind: 'error',
      message: `${here} is ${kindOf(value)}, not a list, so ${sel} does not apply.`,
      path: path + sel,
      cells,
    };
  }
  const list = value as unknown[];
  if (step.kind === 'wildcard') {
    if (list.length === 0)
      return { kind: 'not_found', message: `${here} is empty, so [*] selects nothing.`, path: path + sel, cells };
    return list.map((el, k) => ({
      value: el,
      path: path + concreteSelector(list, k),
      cells: union(cells, cellIdsOf(el)),
    }));
  }
  if (step.kind === 'index') {
    if (step.index >= list.length) {
      return {
        kind: 'not_found',
        message: `${here} has ${list.length} elements, so there is no element ${step.index}.`,
        path: path + sel,
        cells,
      };
    }
    const el = list[step.index];
    return [{ value: el, path: path + sel, cells: union(cells, cellIdsOf(el)) }];
  }
  return stepIntoMatch(step, list, branch);
}

/**
 * Resolves `steps` from `root`. `prefix` is the text of the path up to `root` ('' for the report,
 * 'diff' for the diff document). Returns one resolution, or one per element of each `[*]`, in
 * list order.
 */
export function resolvePath(steps: readonly PathStep[], root: unknown, prefix = ''): Resolution[] {
  const out: Resolution[] = [];
  const walk = (branch: Branch, i: number): void => {
    const step = steps[i];
    if (step === undefined) {
      out.push({ kind: 'value', value: branch.value, path: branch.path, cells: branch.cells });
      return;
    }
    const result = step.kind === 'key' ? stepIntoKey(step, branch) : stepIntoList(step, branch);
    if (Array.isArray(result)) for (const next of result) walk(next, i + 1);
    else out.push(result);
  };
  walk({ value: root, path: prefix, cells: [] }, 0);
  return out;
}
