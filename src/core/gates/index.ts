/**
 * SLO gates (docs/GATES.md): parse `<path> <op> <value>` constraints, resolve them strictly against
 * the report (and the report diff), and produce the `gates` block of report.json
 * (inferguard-gates/v1, a contract of src/schemas/validate.ts).
 */

export { parseGate, parseGates, parseGateLines } from './parse.js';
export {
  evaluateGates,
  gatesExitCode,
  gateAnnotations,
  isBlocking,
  summarizeGateResults,
  GATE_OUTCOME_WORDS,
  type GateAnnotation,
} from './evaluate.js';
export {
  resolvePath,
  formatPath,
  predicateMatches,
  lookupPredicateField,
  describeElement,
  type Resolution,
} from './resolve.js';
export { parseSemver, compareSemver, type SemVer } from './semver.js';
export * from './types.js';
export { isDiffGate } from './select.js';
