import { describe, expect, it } from 'vitest';
import {
  evaluateGates,
  gateAnnotations,
  gatesExitCode,
  parseGate,
  parseGates,
  type GateResult,
} from '../../../src/core/gates/index.js';
import { parseConfigText } from '../../../src/core/config.js';
import type { Cell, Report } from '../../../src/core/types.js';
import { validateContract } from '../../../src/schemas/validate.js';

function cell(id: string, over: Partial<Cell>): Cell {
  return {
    cell_id: id,
    source_format: 'inferencex-static',
    hardware: 'h200',
    model: 'openai/gpt-oss-120b',
    framework: 'vllm',
    precision: 'fp8',
    scenario_type: null,
    is_multinode: false,
    recipe_name: null,
    isl: 1024,
    osl: 1024,
    concurrency: 64,
    topology: { tp: 8 },
    artifacts: {},
    completion: {
      num_requests_total: 200,
      num_requests_successful: 200,
      success_rate: 1,
      status: 'complete',
      counts_source: null,
      counts_basis: null,
      sessions_total: null,
      sessions_completed: null,
    },
    metrics: {},
    findings: [],
    ...over,
  };
}

function completion(successRate: number): Cell['completion'] {
  return { ...cell('x', {}).completion, success_rate: successRate, status: successRate < 1 ? 'partial' : 'complete' };
}

/** Three cells: h200 at 64 and 128, b200 at 64 (tp 4). Values chosen to sit either side of the limits. */
const report: Report = {
  schema_version: 'inferguard-analyze/v1',
  generated_at: '2026-01-01T00:00:00.000Z',
  input_root: 'results',
  analyzer: {
    inferguard_version: '0.1.0',
    capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
  },
  run_summary: {
    status: 'partial',
    total_cells: 3,
    successful_cells: 2,
    failed_cells: 0,
    missing_artifacts: [],
    findings_by_severity: { info: 0, warning: 0, critical: 0 },
    cost: {
      schema_version: 'inferguard-cost/v1',
      currency: 'USD',
      duration_seconds: 600,
      gpus: 8,
      gpu_hours: 4,
      gpu_hour_cost: 3,
      compute_cost: 12,
      completed_sessions: null,
      completed_requests: 600,
      completion_basis: 'request-based',
      cost_per_completed_session: null,
      cost_per_completed_request: 0.02,
      cost_per_million_input_tokens: 0.5,
      cost_per_million_output_tokens: 1.05,
    },
  },
  cells: [
    cell('h200_c64', { metrics: { p99_ttft: 1.8, p99_tpot: null }, completion: completion(0.995) }),
    cell('h200_c128', { concurrency: 128, metrics: { p99_ttft: 2.6 }, completion: completion(0.97) }),
    cell('b200_c64', { hardware: 'b200', topology: { tp: 4 }, metrics: { p99_ttft: 1.1 }, completion: completion(1) }),
  ],
  findings: [],
  artifact_manifest: [],
};

/** A diff shaped like inferguard-report-diff/v1 (cells with identity and a verdict of comparisons). */
const diff = {
  schema_version: 'inferguard-report-diff/v1',
  cells: [
    {
      key: 'k-h200-64',
      status: 'regressed',
      base_cell_id: 'h200_c64',
      head_cell_id: 'h200_c64',
      identity: { hardware: 'h200', concurrency: 64 },
      verdict: {
        comparisons: [
          { metric: 'p99_ttft', relative_delta: 0.05 },
          { metric: 'p99_tpot', relative_delta: 0.2 },
        ],
      },
    },
    {
      key: 'k-b200-64',
      status: 'new',
      base_cell_id: null,
      head_cell_id: 'b200_c64',
      identity: { hardware: 'b200', concurrency: 64 },
      verdict: null,
    },
  ],
};

function one(text: string, withDiff = false): GateResult {
  const block = evaluateGates([parseGate(text)], withDiff ? { report, diff } : { report });
  expect(block.results).toHaveLength(1);
  return block.results[0]!;
}

describe('resolution and comparison (one gate, one result)', () => {
  // [gate, outcome, value, cells, message]; values read off the hand-built report above.
  it.each<[string, GateResult['outcome'], GateResult['value'], string[], string]>([
    [
      'cells[hardware=h200,concurrency=64].metrics.p99_ttft <= 2.0',
      'pass',
      1.8,
      ['h200_c64'],
      'cells[hardware=h200,concurrency=64].metrics.p99_ttft = 1.8, which satisfies <= 2.',
    ],
    [
      'cells[hardware=h200,concurrency=128].metrics.p99_ttft <= 2.0',
      'fail',
      2.6,
      ['h200_c128'],
      'cells[hardware=h200,concurrency=128].metrics.p99_ttft = 2.6, which does not satisfy <= 2.',
    ],
    [
      'cells[model=openai/gpt-oss-120b,concurrency=128].completion.success_rate >= 0.99',
      'fail',
      0.97,
      ['h200_c128'],
      'cells[model=openai/gpt-oss-120b,concurrency=128].completion.success_rate = 0.97, which does not satisfy >= 0.99.',
    ],
    // zero matches
    [
      'cells[hardware=mi300x].metrics.p99_ttft <= 2',
      'not_found',
      null,
      [],
      'none of the 3 elements of cells matches [hardware=mi300x].',
    ],
    // predicate numbers compare numerically: 64.0 matches 64
    [
      'cells[hardware=b200,concurrency=64.0].metrics.p99_ttft < 1.2',
      'pass',
      1.1,
      ['b200_c64'],
      'cells[hardware=b200,concurrency=64.0].metrics.p99_ttft = 1.1, which satisfies < 1.2.',
    ],
    // missing key
    [
      'cells[cell_id=h200_c64].metrics.p50_ttft <= 2',
      'not_found',
      null,
      ['h200_c64'],
      "key 'p50_ttft' not found in cells[cell_id=h200_c64].metrics (has: p99_tpot, p99_ttft).",
    ],
    [
      'run_summary.cost.cost_per_gpu <= 2',
      'not_found',
      null,
      [],
      "key 'cost_per_gpu' not found in run_summary.cost (has: completed_requests, completed_sessions, completion_basis, compute_cost, cost_per_completed_request, cost_per_completed_session, cost_per_million_input_tokens, cost_per_million_output_tokens, currency, duration_seconds, gpu_hour_cost, gpu_hours, … 2 more).",
    ],
    [
      'nonsense <= 2',
      'not_found',
      null,
      [],
      "key 'nonsense' not found in the report (has: analyzer, artifact_manifest, cells, findings, generated_at, input_root, run_summary, schema_version).",
    ],
    // null value
    [
      'cells[cell_id=h200_c64].metrics.p99_tpot <= 2',
      'not_found',
      null,
      ['h200_c64'],
      'cells[cell_id=h200_c64].metrics.p99_tpot: value is null (not measured), so <= 2 cannot be checked.',
    ],
    [
      'cells[cell_id=h200_c64].scenario_type.x == y',
      'not_found',
      null,
      ['h200_c64'],
      "cells[cell_id=h200_c64].scenario_type is null, so it has no 'x'.",
    ],
    // type mismatches
    [
      'cells[cell_id=h200_c64].completion.status <= 1',
      'error',
      'partial',
      ['h200_c64'],
      "cells[cell_id=h200_c64].completion.status is string 'partial', but '<= 1' compares numbers.",
    ],
    [
      'cells[cell_id=h200_c64].concurrency == "64"',
      'error',
      64,
      ['h200_c64'],
      "cells[cell_id=h200_c64].concurrency is number 64, but '== '64'' compares strings.",
    ],
    [
      'cells[cell_id=h200_c64].is_multinode == 1',
      'error',
      false,
      ['h200_c64'],
      "cells[cell_id=h200_c64].is_multinode is boolean false, but '== 1' compares numbers.",
    ],
    [
      'cells.metrics.p99_ttft <= 1',
      'error',
      null,
      [],
      "cells is a list; pick an element with [key=value] or [*] before '.metrics'.",
    ],
    ['run_summary[*].x <= 1', 'error', null, [], 'run_summary is an object, not a list, so [*] does not apply.'],
    [
      'cells[cell_id=h200_c64].metrics.p99_ttft.x <= 1',
      'error',
      null,
      ['h200_c64'],
      "cells[cell_id=h200_c64].metrics.p99_ttft is a number, not an object, so it has no 'x'.",
    ],
    [
      'cells[cell_id=h200_c64].metrics <= 1',
      'error',
      null,
      ['h200_c64'],
      'cells[cell_id=h200_c64].metrics is an object, not a single value; extend the path to one value.',
    ],
    // strings, booleans, null predicates, topology fallback, index
    [
      'cells[cell_id=h200_c64].completion.status == partial',
      'pass',
      'partial',
      ['h200_c64'],
      "cells[cell_id=h200_c64].completion.status = 'partial', which satisfies == 'partial'.",
    ],
    [
      'cells[cell_id=b200_c64].completion.status != complete',
      'fail',
      'complete',
      ['b200_c64'],
      "cells[cell_id=b200_c64].completion.status = 'complete', which does not satisfy != 'complete'.",
    ],
    [
      'cells[cell_id=b200_c64].is_multinode == false',
      'pass',
      false,
      ['b200_c64'],
      'cells[cell_id=b200_c64].is_multinode = false, which satisfies == false.',
    ],
    [
      'cells[tp=4].metrics.p99_ttft < 1.2',
      'pass',
      1.1,
      ['b200_c64'],
      'cells[tp=4].metrics.p99_ttft = 1.1, which satisfies < 1.2.',
    ],
    [
      'cells[topology.tp=4,scenario_type=null].hardware == b200',
      'pass',
      'b200',
      ['b200_c64'],
      "cells[topology.tp=4,scenario_type=null].hardware = 'b200', which satisfies == 'b200'.",
    ],
    [
      'cells[scenario_type="null"].hardware == b200',
      'not_found',
      null,
      [],
      'none of the 3 elements of cells matches [scenario_type="null"].',
    ],
    [
      'cells[1].cell_id == h200_c128',
      'pass',
      'h200_c128',
      ['h200_c128'],
      "cells[1].cell_id = 'h200_c128', which satisfies == 'h200_c128'.",
    ],
    ['cells[3].cell_id == x', 'not_found', null, [], 'cells has 3 elements, so there is no element 3.'],
    // run summary, versions
    [
      'run_summary.cost.cost_per_million_output_tokens <= 1.20',
      'pass',
      1.05,
      [],
      'run_summary.cost.cost_per_million_output_tokens = 1.05, which satisfies <= 1.2.',
    ],
    [
      'analyzer.inferguard_version semver>= 0.1.0',
      'pass',
      '0.1.0',
      [],
      "analyzer.inferguard_version = '0.1.0', which satisfies semver>= '0.1.0'.",
    ],
    // a release ranks above its pre-releases, so 0.1.0 < 0.1.0-rc.1 is false
    [
      'analyzer.inferguard_version semver< 0.1.0-rc.1',
      'fail',
      '0.1.0',
      [],
      "analyzer.inferguard_version = '0.1.0', which does not satisfy semver< '0.1.0-rc.1'.",
    ],
    // 0.1.0 vs 0.10.0: numeric, not string, comparison
    [
      'analyzer.inferguard_version semver< 0.10.0',
      'pass',
      '0.1.0',
      [],
      "analyzer.inferguard_version = '0.1.0', which satisfies semver< '0.10.0'.",
    ],
    ['input_root semver>= 1.0.0', 'error', 'results', [], "input_root is 'results', which is not a semantic version."],
    [
      'run_summary.total_cells semver>= 1.0.0',
      'error',
      3,
      [],
      "run_summary.total_cells is number 3, but 'semver>=' compares version strings.",
    ],
  ])('%s → %s', (text, outcome, value, cells, message) => {
    const r = one(text);
    expect({ outcome: r.outcome, value: r.value, cells: r.cells, message: r.message }).toEqual({
      outcome,
      value,
      cells,
      message,
    });
  });

  it('two or more matches is a conflict naming the matches', () => {
    const r = one('cells[concurrency=64].metrics.p99_ttft <= 2');
    expect(r.outcome).toBe('conflict');
    expect(r.value).toBeNull();
    expect(r.matches).toEqual(['b200_c64', 'h200_c64']);
    expect(r.cells).toEqual(['b200_c64', 'h200_c64']);
    expect(r.message).toBe(
      '2 elements of cells match [concurrency=64] (b200_c64, h200_c64); add a predicate so exactly one matches.',
    );
    // three matches: every cell is gpt-oss-120b
    expect(one('cells[model=openai/gpt-oss-120b].metrics.p99_ttft <= 2').matches).toEqual([
      'b200_c64',
      'h200_c128',
      'h200_c64',
    ]);
  });
});

describe('wildcards', () => {
  it('cells[*] gives one result per cell, each with its own outcome and concrete path', () => {
    const block = evaluateGates([parseGate('cells[*].completion.success_rate >= 0.99')], { report });
    // success rates 0.995, 0.97, 1 against >= 0.99
    expect(block.results.map((r) => [r.path, r.outcome, r.value, r.cells])).toEqual([
      ['cells[cell_id=h200_c64].completion.success_rate', 'pass', 0.995, ['h200_c64']],
      ['cells[cell_id=h200_c128].completion.success_rate', 'fail', 0.97, ['h200_c128']],
      ['cells[cell_id=b200_c64].completion.success_rate', 'pass', 1, ['b200_c64']],
    ]);
    expect(block.results.every((r) => r.index === 1 && r.gate === 'cells[*].completion.success_rate >= 0.99')).toBe(
      true,
    );
    expect(block.summary).toEqual({
      gates: 1,
      total: 3,
      passed: 2,
      failed: 1,
      not_found: 0,
      conflict: 0,
      error: 0,
      blocking_failures: 1,
    });
  });

  it('a wildcard over cells reports per-cell not_found (p99_tpot: null in one cell, absent in two)', () => {
    const block = evaluateGates([parseGate('cells[*].metrics.p99_tpot <= 0.05')], { report });
    expect(block.results.map((r) => r.outcome)).toEqual(['not_found', 'not_found', 'not_found']);
    expect(block.results[0]?.message).toContain('value is null');
    expect(block.results[1]?.message).toContain("key 'p99_tpot' not found");
  });

  it('a wildcard over an empty list is one not_found', () => {
    const block = evaluateGates([parseGate('findings[*].severity != critical')], { report });
    expect(block.results).toHaveLength(1);
    expect(block.results[0]).toMatchObject({
      outcome: 'not_found',
      message: 'findings is empty, so [*] selects nothing.',
      path: 'findings[*]',
    });
  });

  it('elements without a unique id are addressed by index', () => {
    const r: Report = {
      ...report,
      findings: [0, 1].map(() => ({
        code: 'partial_run',
        severity: 'warning',
        message: 'm',
        cell_id: null,
        evidence: {},
      })),
    };
    const block = evaluateGates([parseGate('findings[*].severity == warning')], { report: r });
    expect(block.results.map((x) => [x.path, x.outcome])).toEqual([
      ['findings[0].severity', 'pass'],
      ['findings[1].severity', 'pass'],
    ]);
  });
});

describe('diff paths (compare mode)', () => {
  it.each<[string, GateResult['outcome'], GateResult['value'], string[], string]>([
    [
      'diff.cells[hardware=h200,concurrency=64].verdict.comparisons[metric=p99_ttft].relative_delta <= 0.10',
      'pass',
      0.05,
      ['h200_c64'],
      'diff.cells[hardware=h200,concurrency=64].verdict.comparisons[metric=p99_ttft].relative_delta = 0.05, which satisfies <= 0.1.',
    ],
    [
      'diff.cells[key=k-h200-64].verdict.comparisons[metric=p99_tpot].relative_delta <= 0.10',
      'fail',
      0.2,
      ['h200_c64'],
      'diff.cells[key=k-h200-64].verdict.comparisons[metric=p99_tpot].relative_delta = 0.2, which does not satisfy <= 0.1.',
    ],
    [
      'diff.cells[hardware=b200].verdict.comparisons[metric=p99_ttft].relative_delta <= 0.1',
      'not_found',
      null,
      ['b200_c64'],
      "diff.cells[hardware=b200].verdict is null, so it has no 'comparisons'.",
    ],
    [
      'diff.cells[hardware=h200].comparisons[metric=p99_ttft].relative_delta <= 0.1',
      'not_found',
      null,
      ['h200_c64'],
      "key 'comparisons' not found in diff.cells[hardware=h200] (has: base_cell_id, head_cell_id, identity, key, status, verdict).",
    ],
  ])('%s → %s', (text, outcome, value, cells, message) => {
    const r = one(text, true);
    expect({ outcome: r.outcome, value: r.value, cells: r.cells, message: r.message }).toEqual({
      outcome,
      value,
      cells,
      message,
    });
  });

  it('a predicate matching two diff cells is a conflict naming their keys', () => {
    const r = one('diff.cells[concurrency=64].verdict.comparisons[metric=p99_ttft].relative_delta <= 0.10', true);
    expect(r).toMatchObject({
      outcome: 'conflict',
      matches: ['k-b200-64', 'k-h200-64'],
      cells: ['b200_c64', 'h200_c64'],
    });
  });

  it('diff paths without a diff document are not_found', () => {
    const r = one('diff.cells[concurrency=64].verdict.comparisons[metric=p99_ttft].relative_delta <= 0.10');
    expect(r.outcome).toBe('not_found');
    expect(r.message).toBe("there is no diff document: paths starting with 'diff' need compare mode (a baseline).");
    expect(r.path).toBe('diff.cells[concurrency=64].verdict.comparisons[metric=p99_ttft].relative_delta');
  });
});

describe('the block, exit code and annotations', () => {
  const gates = parseGates([
    'cells[hardware=h200,concurrency=64].metrics.p99_ttft <= 2.0', // pass
    { gate: 'cells[*].completion.success_rate >= 0.99', severity: 'warning', name: 'success floor' }, // pass, fail, pass
    'cells[concurrency=64].metrics.p99_ttft <= 2', // conflict
    'cells[hardware=mi300x].metrics.p99_ttft <= 2', // not_found
    'cells[cell_id=h200_c64].completion.status <= 1', // error
  ]);
  const block = evaluateGates(gates, { report });

  it('keeps gate order, counts every outcome and validates against inferguard-gates/v1', () => {
    expect(block.results.map((r) => [r.index, r.outcome, r.severity])).toEqual([
      [1, 'pass', 'error'],
      [2, 'pass', 'warning'],
      [2, 'fail', 'warning'],
      [2, 'pass', 'warning'],
      [3, 'conflict', 'error'],
      [4, 'not_found', 'error'],
      [5, 'error', 'error'],
    ]);
    // blocking: conflict + not_found + error of severity error; the warning fail does not block
    expect(block.summary).toEqual({
      gates: 5,
      total: 7,
      passed: 3,
      failed: 1,
      not_found: 1,
      conflict: 1,
      error: 1,
      blocking_failures: 3,
    });
    expect(block.results[1]?.name).toBe('success floor');
    expect(validateContract('inferguard-gates/v1', block)).toEqual({ ok: true });
    expect(validateContract('inferguard-gates/v1', { ...block, summary: { ...block.summary, extra: 1 } }).ok).toBe(
      false,
    );
    expect(validateContract('inferguard-gates/v1', JSON.parse(JSON.stringify(block)))).toEqual({ ok: true });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(evaluateGates(gates, { report }))).toBe(JSON.stringify(block));
  });

  it.each<[string, string[], 0 | 1]>([
    ['all pass', ['cells[cell_id=h200_c64].metrics.p99_ttft <= 2'], 0],
    ['error fail', ['cells[cell_id=h200_c128].metrics.p99_ttft <= 2'], 1],
    ['error not_found', ['cells[cell_id=nope].metrics.p99_ttft <= 2'], 1],
    ['error conflict', ['cells[concurrency=64].metrics.p99_ttft <= 2'], 1],
    ['error type mismatch', ['input_root <= 2'], 1],
    ['no gates', [], 0],
  ])('gatesExitCode: %s → %s', (_name, texts, code) => {
    expect(gatesExitCode(evaluateGates(parseGates(texts), { report }))).toBe(code);
  });

  it('warnings never fail the step', () => {
    const warn = parseGates(
      ['cells[cell_id=h200_c128].metrics.p99_ttft <= 2', 'cells[concurrency=64].x <= 1', 'nope <= 1'].map((gate) => ({
        gate,
        severity: 'warning',
      })),
    );
    const b = evaluateGates(warn, { report });
    expect(b.results.map((r) => r.outcome)).toEqual(['fail', 'conflict', 'not_found']);
    expect(b.summary.blocking_failures).toBe(0);
    expect(gatesExitCode(b)).toBe(0);
  });

  it('annotates every result that did not pass, at its severity', () => {
    expect(gateAnnotations(block).map((a) => [a.level, a.title])).toEqual([
      ['warning', 'Gate failed: success floor'],
      ['error', 'Gate conflict: cells[concurrency=64].metrics.p99_ttft <= 2'],
      ['error', 'Gate not found: cells[hardware=mi300x].metrics.p99_ttft <= 2'],
      ['error', 'Gate error: cells[cell_id=h200_c64].completion.status <= 1'],
    ]);
  });
});

describe('config file gates', () => {
  it('accepts strings and {gate, severity, name} items', () => {
    const cfg = parseConfigText(
      'gates:\n  - "a.b <= 1"\n  - gate: c.d >= 2\n    severity: warning\n    name: floor\n',
      'gates.yml',
    );
    expect(parseGates(cfg.gates).map((g) => [g.text, g.severity, g.name])).toEqual([
      ['a.b <= 1', 'error', undefined],
      ['c.d >= 2', 'warning', 'floor'],
    ]);
  });

  it.each<[string, string]>([
    ['gates:\n  - gate: a <= 1\n    sev: warning\n', "config gates.yml: unknown key 'gates.0.sev'"],
    ['gates:\n  - 5\n', "config gates.yml: key 'gates.0' must be string,object"],
    [
      'gates:\n  - gate: a <= 1\n    severity: fatal\n',
      "config gates.yml: key 'gates.0.severity' must be equal to one of the allowed values (error, warning)",
    ],
  ])('rejects %j', (text, message) => {
    expect(() => parseConfigText(text, 'gates.yml')).toThrow(message);
  });
});
