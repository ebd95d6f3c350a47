/**
 * SLO gates (docs/GATES.md): one-line constraints `<path> <op> <value>` on any value of a report
 * (or, in compare mode, of the report diff), and the `gates` block they produce. The block mirrors
 * schemas/inferguard-gates-v1.schema.json field for field.
 */

export const GATES_SCHEMA_VERSION = 'inferguard-gates/v1' as const;

/** Plain comparison operators. */
export const COMPARISON_OPS = ['<=', '<', '>=', '>', '==', '!='] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];
export type SemverOp = `semver${ComparisonOp}`;
export type GateOp = ComparisonOp | SemverOp;
export const GATE_OPS: readonly GateOp[] = [...COMPARISON_OPS, ...COMPARISON_OPS.map((o): SemverOp => `semver${o}`)];

export const GATE_SEVERITIES = ['error', 'warning'] as const;
export type GateSeverity = (typeof GATE_SEVERITIES)[number];

export const GATE_OUTCOMES = ['pass', 'fail', 'not_found', 'conflict', 'error'] as const;
export type GateOutcome = (typeof GATE_OUTCOMES)[number];

/** `key=value` inside a selector. `key` has one part, or several for a dotted key (`identity.tp`). */
export interface Predicate {
  key: string[];
  value: string;
  /** The value was written in double quotes (then `null` is the string "null"). */
  quoted: boolean;
}

/** One step of a path: `.key`, `[k=v,...]`, `[*]` or `[N]` (0-based position). */
export type PathStep =
  | { kind: 'key'; key: string }
  | { kind: 'wildcard' }
  | { kind: 'index'; index: number }
  | { kind: 'match'; predicates: Predicate[] };

export type GateLiteral = number | string | boolean;

/** A parsed gate. */
export interface Gate {
  /** The gate as written (trimmed). */
  text: string;
  name?: string;
  severity: GateSeverity;
  /** First step is always a key; a leading `diff` key addresses the diff document. */
  path: PathStep[];
  op: GateOp;
  expected: GateLiteral;
}

export interface GateResult {
  /** 1-based position of the gate in the evaluated list (a wildcard gate has several results). */
  index: number;
  gate: string;
  name?: string;
  severity: GateSeverity;
  /** The concrete path of this result (wildcards replaced by the element they stand for). */
  path: string;
  op: GateOp;
  expected: GateLiteral;
  outcome: GateOutcome;
  /** The resolved value, null when nothing (or no scalar) was resolved. */
  value: number | string | boolean | null;
  /** Cell ids involved (sorted). */
  cells: string[];
  /** One sentence. */
  message: string;
  /** conflict only: the ids of the elements the ambiguous predicate matched (sorted). */
  matches?: string[];
}

export interface GatesSummary {
  /** Number of gates evaluated. */
  gates: number;
  /** Number of results (a `[*]` gate gives one per element). */
  total: number;
  passed: number;
  failed: number;
  not_found: number;
  conflict: number;
  error: number;
  /** Results of severity `error` whose outcome is not `pass`: these fail the step. */
  blocking_failures: number;
}

export interface GatesBlock {
  schema_version: typeof GATES_SCHEMA_VERSION;
  summary: GatesSummary;
  results: GateResult[];
}
