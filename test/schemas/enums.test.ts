/**
 * Every TypeScript enum of a contract equals its schema enum, value for value and in order: a code,
 * format or status added on one side only fails here, naming both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CELL_STATUSES,
  COMPARE_METHODS,
  COMPARISON_METHODS,
  COMPARISON_OUTCOMES,
  METRIC_KINDS,
  VERDICTS,
} from '../../src/core/compare/types.js';
import { COMPARISON_OPS, GATE_OUTCOMES, GATE_SEVERITIES } from '../../src/core/gates/types.js';
import { DIRECTIONS } from '../../src/core/metrics.js';
import { COMPLETION_STATUSES, FINDING_CODES, SEVERITIES, SOURCE_FORMATS } from '../../src/core/types.js';

const root = path.resolve(import.meta.dirname, '../..');

function enumAt(file: string, pointer: string): unknown {
  let node: unknown = JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'));
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[part];
  return (node as { enum?: unknown }).enum;
}

const ANALYZE = 'inferguard-analyze-v1.schema.json';
const DIFF = 'inferguard-report-diff-v1.schema.json';
const GATES = 'inferguard-gates-v1.schema.json';

describe('TypeScript enums equal schema enums', () => {
  it.each<[string, readonly string[], string, string]>([
    ['FINDING_CODES', FINDING_CODES, ANALYZE, '$defs/analyze_finding/properties/code'],
    ['SEVERITIES (finding)', SEVERITIES, ANALYZE, '$defs/analyze_finding/properties/severity'],
    ['SOURCE_FORMATS', SOURCE_FORMATS, ANALYZE, '$defs/analyze_cell/properties/source_format'],
    ['COMPLETION_STATUSES (run)', COMPLETION_STATUSES, ANALYZE, 'properties/run_summary/properties/status'],
    ['CELL_STATUSES', CELL_STATUSES, DIFF, '$defs/cell_diff/properties/status'],
    ['VERDICTS', VERDICTS, DIFF, '$defs/regression_verdict/properties/verdict'],
    ['COMPARISON_OUTCOMES', COMPARISON_OUTCOMES, DIFF, '$defs/metric_comparison/properties/outcome'],
    ['COMPARISON_METHODS', COMPARISON_METHODS, DIFF, '$defs/metric_comparison/properties/method'],
    ['METRIC_KINDS', METRIC_KINDS, DIFF, '$defs/metric_comparison/properties/kind'],
    ['DIRECTIONS', DIRECTIONS, DIFF, '$defs/metric_comparison/properties/direction'],
    ['COMPARE_METHODS (settings)', COMPARE_METHODS, DIFF, 'properties/settings/properties/method'],
    ['SEVERITIES (diff finding)', SEVERITIES, DIFF, '$defs/finding/properties/severity'],
    ['GATE_SEVERITIES', GATE_SEVERITIES, GATES, 'properties/results/items/properties/severity'],
    ['GATE_OUTCOMES', GATE_OUTCOMES, GATES, 'properties/results/items/properties/outcome'],
  ])('%s', (_name, values, file, pointer) => {
    expect([...values]).toEqual(enumAt(file, pointer));
  });

  it('COMPARISON_OPS are the plain half of the gates op enum', () => {
    const ops = enumAt(GATES, 'properties/results/items/properties/op') as string[];
    expect(ops.slice(0, COMPARISON_OPS.length)).toEqual([...COMPARISON_OPS]);
    expect(ops.slice(COMPARISON_OPS.length)).toEqual(COMPARISON_OPS.map((o) => `semver${o}`));
  });
});
