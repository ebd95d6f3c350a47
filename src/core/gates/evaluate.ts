/**
 * Evaluating parsed gates against a report (and the report diff in compare mode) into the
 * `gates` block of report.json, plus the exit code and annotations that follow from it.
 */
import type { Report } from '../types.js';
import { compareSemver, parseSemver } from './semver.js';
import { formatPath, resolvePath, type Resolution } from './resolve.js';
import {
  GATES_SCHEMA_VERSION,
  type ComparisonOp,
  type Gate,
  type GateOutcome,
  type GateResult,
  type GatesBlock,
  type GatesSummary,
} from './types.js';

/** Shows a value in a message: numbers as written by JS, strings quoted. */
function show(v: unknown): string {
  return typeof v === 'string' ? `'${v.length > 80 ? `${v.slice(0, 79)}…` : v}'` : String(v);
}

function holds(c: number, op: ComparisonOp): boolean {
  switch (op) {
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
  }
}

type Verdict = { outcome: 'pass' | 'fail' | 'error'; detail?: string };

/** Compares a resolved scalar with the gate's literal; a type mismatch is an error, never a fail. */
function compare(actual: number | string | boolean, gate: Gate): Verdict {
  const { op, expected } = gate;
  if (op.startsWith('semver')) {
    const plain = op.slice('semver'.length) as ComparisonOp;
    if (typeof actual !== 'string')
      return { outcome: 'error', detail: `is ${typeof actual} ${show(actual)}, but '${op}' compares version strings` };
    const a = parseSemver(actual);
    const b = parseSemver(String(expected));
    if (a === null) return { outcome: 'error', detail: `is ${show(actual)}, which is not a semantic version` };
    if (b === null) return { outcome: 'error', detail: `expected value ${show(expected)} is not a semantic version` };
    return { outcome: holds(compareSemver(a, b), plain) ? 'pass' : 'fail' };
  }
  const plain = op as ComparisonOp;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number')
      return {
        outcome: 'error',
        detail: `is ${typeof actual} ${show(actual)}, but '${op} ${expected}' compares numbers`,
      };
    return { outcome: holds(Math.sign(actual - expected), plain) ? 'pass' : 'fail' };
  }
  if (typeof actual !== typeof expected) {
    return {
      outcome: 'error',
      detail: `is ${typeof actual} ${show(actual)}, but '${op} ${show(expected)}' compares ${typeof expected}s`,
    };
  }
  // == / != on strings and booleans (the parser allows nothing else here).
  return { outcome: (actual === expected) === (plain === '==') ? 'pass' : 'fail' };
}

function resultFrom(gate: Gate, index: number, r: Resolution): GateResult {
  const base = {
    index,
    gate: gate.text,
    ...(gate.name !== undefined ? { name: gate.name } : {}),
    severity: gate.severity,
    path: r.path,
    op: gate.op,
    expected: gate.expected,
    cells: [...r.cells].sort(),
  };
  const expectation = `${gate.op} ${show(gate.expected)}`;
  if (r.kind !== 'value') {
    return { ...base, outcome: r.kind, value: null, message: r.message, ...(r.matches ? { matches: r.matches } : {}) };
  }
  const v = r.value;
  if (v === null || v === undefined) {
    return {
      ...base,
      outcome: 'not_found',
      value: null,
      message: `${r.path}: value is null (not measured), so ${expectation} cannot be checked.`,
    };
  }
  if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') {
    const what = Array.isArray(v) ? 'a list' : 'an object';
    return {
      ...base,
      outcome: 'error',
      value: null,
      message: `${r.path} is ${what}, not a single value; extend the path to one value.`,
    };
  }
  if (typeof v === 'number' && !Number.isFinite(v)) {
    return { ...base, outcome: 'error', value: null, message: `${r.path} is not a finite number.` };
  }
  const verdict = compare(v, gate);
  const message =
    verdict.outcome === 'error'
      ? `${r.path} ${verdict.detail ?? 'cannot be compared'}.`
      : verdict.outcome === 'pass'
        ? `${r.path} = ${show(v)}, which satisfies ${expectation}.`
        : `${r.path} = ${show(v)}, which does not satisfy ${expectation}.`;
  return { ...base, outcome: verdict.outcome, value: v, message };
}

/** Counts of a results list. */
export function summarizeGateResults(results: readonly GateResult[], gates: number): GatesSummary {
  const count = (o: GateOutcome): number => results.filter((r) => r.outcome === o).length;
  return {
    gates,
    total: results.length,
    passed: count('pass'),
    failed: count('fail'),
    not_found: count('not_found'),
    conflict: count('conflict'),
    error: count('error'),
    blocking_failures: results.filter(isBlocking).length,
  };
}

/** A result that fails the step: severity error and any outcome but pass. */
export function isBlocking(r: GateResult): boolean {
  return r.severity === 'error' && r.outcome !== 'pass';
}

/**
 * Evaluates gates in order. Paths starting with `diff` resolve in `doc.diff` (the compare
 * document, treated generically as nested objects and lists); every other path in `doc.report`.
 * Each gate gives one result, or one per element for each `[*]` in its path. Never throws:
 * every problem is an outcome (not_found, conflict, error) with a one-sentence message.
 */
export function evaluateGates(gates: readonly Gate[], doc: { report: Report; diff?: unknown }): GatesBlock {
  const results: GateResult[] = [];
  gates.forEach((gate, i) => {
    const index = i + 1;
    let resolutions: Resolution[];
    const [head, ...rest] = gate.path;
    try {
      if (head?.kind === 'key' && head.key === 'diff') {
        resolutions =
          doc.diff === undefined || doc.diff === null
            ? [
                {
                  kind: 'not_found',
                  message: `there is no diff document: paths starting with 'diff' need compare mode (a baseline).`,
                  path: formatPath(gate.path),
                  cells: [],
                },
              ]
            : resolvePath(rest, doc.diff, 'diff');
      } else {
        resolutions = resolvePath(gate.path, doc.report);
      }
    } catch (e) {
      resolutions = [
        {
          kind: 'error',
          message: `resolving failed: ${(e as Error).message.split('\n')[0] ?? 'unknown error'}.`,
          path: formatPath(gate.path),
          cells: [],
        },
      ];
    }
    for (const r of resolutions) results.push(resultFrom(gate, index, r));
  });
  return { schema_version: GATES_SCHEMA_VERSION, summary: summarizeGateResults(results, gates.length), results };
}

/** 1 when any gate of severity error did not pass (fail, not_found, conflict, error); warnings never fail. */
export function gatesExitCode(block: GatesBlock): 0 | 1 {
  return block.results.some(isBlocking) ? 1 : 0;
}

export interface GateAnnotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

const OUTCOME_WORDS: Record<GateOutcome, string> = {
  pass: 'passed',
  fail: 'failed',
  not_found: 'not found',
  conflict: 'conflict',
  error: 'error',
};

/** One job annotation per result that did not pass, in result order (level = gate severity). */
export function gateAnnotations(block: GatesBlock): GateAnnotation[] {
  return block.results
    .filter((r) => r.outcome !== 'pass')
    .map((r) => ({
      level: r.severity,
      title: `Gate ${OUTCOME_WORDS[r.outcome]}: ${r.name ?? r.gate}`.slice(0, 200),
      message: r.message,
    }));
}

export { OUTCOME_WORDS as GATE_OUTCOME_WORDS };
