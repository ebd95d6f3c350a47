import { describe, expect, it } from 'vitest';
import { formatPath, parseGate, parseGateLines, parseGates, type Gate } from '../../../src/core/gates/index.js';
import { UsageError } from '../../../src/core/types.js';

function brief(g: Gate) {
  return { path: formatPath(g.path), op: g.op, expected: g.expected, severity: g.severity };
}

describe('parseGate: valid gates', () => {
  // [text, canonical path, op, expected literal]
  it.each<[string, string, string, number | string | boolean]>([
    [
      'cells[hardware=h200,concurrency=64].metrics.p99_ttft <= 2.0',
      'cells[hardware=h200,concurrency=64].metrics.p99_ttft',
      '<=',
      2,
    ],
    [
      'cells[model=openai/gpt-oss-120b,concurrency=128].completion.success_rate >= 0.99',
      'cells[model=openai/gpt-oss-120b,concurrency=128].completion.success_rate',
      '>=',
      0.99,
    ],
    [
      'run_summary.cost.cost_per_million_output_tokens <= 1.20',
      'run_summary.cost.cost_per_million_output_tokens',
      '<=',
      1.2,
    ],
    [
      'diff.cells[concurrency=64].comparisons[metric=p99_ttft].relative_delta <= 0.10',
      'diff.cells[concurrency=64].comparisons[metric=p99_ttft].relative_delta',
      '<=',
      0.1,
    ],
    ['cells[*].completion.success_rate>=0.99', 'cells[*].completion.success_rate', '>=', 0.99],
    [
      '  cells[ hardware = h200 , concurrency = 64 ].metrics.p99_ttft   <   1e-1  ',
      'cells[hardware=h200,concurrency=64].metrics.p99_ttft',
      '<',
      0.1,
    ],
    [
      'cells[recipe_name="a,b]=c"].completion.status == complete',
      'cells[recipe_name="a,b]=c"].completion.status',
      '==',
      'complete',
    ],
    ['cells[cell_id=bmk_c8].is_multinode == false', 'cells[cell_id=bmk_c8].is_multinode', '==', false],
    ['cells[cell_id=bmk_c8].is_multinode != true', 'cells[cell_id=bmk_c8].is_multinode', '!=', true],
    ['analyzer.inferguard_version semver>= 0.1.0', 'analyzer.inferguard_version', 'semver>=', '0.1.0'],
    ['analyzer.inferguard_version semver<1', 'analyzer.inferguard_version', 'semver<', '1'],
    [
      'analyzer.inferguard_version semver== "v1.2.3-rc.1+build.5"',
      'analyzer.inferguard_version',
      'semver==',
      'v1.2.3-rc.1+build.5',
    ],
    ['cells[0].metrics.p99_ttft != -3', 'cells[0].metrics.p99_ttft', '!=', -3],
    ['cells[topology.tp=8].hardware == "true"', 'cells[topology.tp=8].hardware', '==', 'true'],
    ['cells[scenario_type=null].metrics."weird key" > .5', 'cells[scenario_type=null].metrics."weird key"', '>', 0.5],
    ['cells[cell_id="x\\"y"].metrics.p99_ttft <= 1', 'cells[cell_id="x\\"y"].metrics.p99_ttft', '<=', 1],
  ])('%s', (text, path, op, expected) => {
    const g = parseGate(text);
    expect(brief(g)).toEqual({ path, op, expected, severity: 'error' });
    expect(g.text).toBe(text.trim());
  });

  it('keeps predicate structure: dotted keys, quoting, several predicates', () => {
    const g = parseGate('cells[identity.tp=8,model="a/b",scenario_type=null].x == y');
    expect(g.path[1]).toEqual({
      kind: 'match',
      predicates: [
        { key: ['identity', 'tp'], value: '8', quoted: false },
        { key: ['model'], value: 'a/b', quoted: true },
        { key: ['scenario_type'], value: 'null', quoted: false },
      ],
    });
    expect(g.path[0]).toEqual({ kind: 'key', key: 'cells' });
    expect(g.path[2]).toEqual({ kind: 'key', key: 'x' });
  });
});

describe('parseGate: malformed gates (one line, exact column)', () => {
  // Columns are 1-based positions in the text, counted by hand (noted per case).
  it.each<[string, number | undefined, string]>([
    // 'cells[*].metrics' is 16 chars, then a space: 'x' is the 18th char.
    [
      'cells[*].metrics x 2',
      1,
      "gate 2, column 18: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'x'",
    ],
    ['', 0, "gate 1: empty gate; expected '<path> <op> <value>'"],
    ['   ', undefined, "gate: empty gate; expected '<path> <op> <value>'"],
    ['<= 2', 0, "gate 1, column 1: expected a path (e.g. cells[*].metrics.p99_ttft), got '<='"],
    // 'cells[hardware=h200 ' is 20 chars; '<=' starts at 21.
    [
      'cells[hardware=h200 <= 2',
      0,
      "gate 1, column 21: expected ',' or ']' after the predicate value (quote values containing ',', ']' or '='), got '<='",
    ],
    // the '[' is the 6th char.
    ['cells[hardware=h200', 0, "gate 1, column 6: unclosed '['"],
    // 'cells[hardware' is 14 chars; ']' is the 15th.
    ['cells[hardware] <= 2', 0, "gate 1, column 15: expected '=' after the predicate key 'hardware', got ']'"],
    ['cells[] <= 2', 0, "gate 1, column 7: expected a predicate key=value, '*' or an index in '[...]', got ']'"],
    // 'metrics.' is 8 chars; the second '.' is the 9th.
    ['metrics..p99 <= 1', 0, "gate 1, column 9: expected a key after '.', got '.p99'"],
    // 'run_summary.total_cells >= ' is 27 chars.
    ['run_summary.total_cells >= abc', 2, "gate 3, column 28: expected a number after '>=', got 'abc'"],
    ['a.b <= 1 2', 0, "gate 1, column 10: unexpected text after the value, got '2'"],
    // 'a semver>= ' is 11 chars.
    ['a semver>= 1.x', 0, "gate 1, column 12: expected a semantic version (e.g. 1.2.3) after 'semver>=', got '1.x'"],
    ['a semver>= true', 0, "gate 1, column 12: expected a semantic version (e.g. 1.2.3) after 'semver>=', got 'true'"],
    ['a == "open', 0, 'gate 1, column 6: unterminated string: no closing double quote'],
    ['a = 1', 0, "gate 1, column 3: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got '='"],
    [
      'a semver 1',
      0,
      "gate 1, column 3: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'semver'",
    ],
    [
      'a == null',
      0,
      'gate 1, column 6: \'null\' cannot be compared: a null value resolves to not_found; quote it ("null") to mean the string',
    ],
    [
      'a <= "1"',
      0,
      "gate 1, column 6: expected a number after '<=', got '\"1\"' (strings only compare with == and !=, versions with semver ops)",
    ],
    ['a <=', 0, "gate 1, column 5: expected a value after '<=', got the end of the gate"],
    ['a <= true', 0, "gate 1, column 6: expected a number after '<=', got 'true'"],
    // 'cells[model=a,b' is 15 chars; ']' is the 16th.
    ['cells[model=a,b] <= 1', 0, "gate 1, column 16: expected '=' after the predicate key 'b', got ']'"],
    [
      'cells[x=1]y <= 1',
      0,
      "gate 1, column 11: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'y'",
    ],
    ['cells[*x] <= 1', 0, "gate 1, column 8: expected ']' after '*', got 'x]'"],
    [
      'cells[a=] <= 1',
      0,
      "gate 1, column 9: expected a value after '=' (quote values containing ',', ']' or '='), got ']'",
    ],
    [
      'cells[a=b=c] <= 1',
      0,
      "gate 1, column 10: expected ',' or ']' after the predicate value (quote values containing ',', ']' or '='), got '=c]'",
    ],
  ])('%j', (text, index, message) => {
    let err: unknown;
    try {
      parseGate(text, index);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(message);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('parseGates (config list)', () => {
  it('takes strings and {gate, severity, name} objects in order', () => {
    const gates = parseGates([
      'a.b <= 1',
      { gate: 'c.d >= 2', severity: 'warning', name: 'throughput floor' },
      { gate: 'e == x', severity: 'error' },
    ]);
    expect(gates.map(brief)).toEqual([
      { path: 'a.b', op: '<=', expected: 1, severity: 'error' },
      { path: 'c.d', op: '>=', expected: 2, severity: 'warning' },
      { path: 'e', op: '==', expected: 'x', severity: 'error' },
    ]);
    expect(gates[1]?.name).toBe('throughput floor');
    expect(gates[0]?.name).toBeUndefined();
  });

  it.each<[unknown[], string]>([
    [
      ['a <= 1', 5],
      "gate 2: expected a string '<path> <op> <value>' or an object {gate, severity?, name?}, got number",
    ],
    [[null], "gate 1: expected a string '<path> <op> <value>' or an object {gate, severity?, name?}, got null"],
    [[{ gate: 'a <= 1', sev: 'warning' }], "gate 1: unknown key 'sev' (allowed: gate, severity, name)"],
    [[{ severity: 'warning' }], "gate 1: 'gate' must be a string '<path> <op> <value>'"],
    [[{ gate: 'a <= 1', severity: 'fatal' }], "gate 1: 'severity' must be 'error' or 'warning', got 'fatal'"],
    [[{ gate: 'a <= 1', name: '' }], "gate 1: 'name' must be a non-empty string"],
    [['a <= 1', { gate: 'a <= x' }], "gate 2, column 6: expected a number after '<=', got 'x'"],
  ])('rejects %j', (items, message) => {
    expect(() => parseGates(items)).toThrow(new UsageError(message));
  });
});

describe('parseGateLines (action input)', () => {
  it('skips blanks and comments, honours a trailing "# warning"', () => {
    const text = [
      '# SLOs',
      '',
      'a.b <= 1',
      '  c.d >= 2   # warning: flaky on h100',
      'e == "x # y"  # owner: perf team',
      '   # indented comment',
      '',
    ].join('\n');
    const gates = parseGateLines(text);
    expect(gates.map(brief)).toEqual([
      { path: 'a.b', op: '<=', expected: 1, severity: 'error' },
      { path: 'c.d', op: '>=', expected: 2, severity: 'warning' },
      { path: 'e', op: '==', expected: 'x # y', severity: 'error' },
    ]);
  });

  it('points at the line and the column within it', () => {
    // line 3 is '  cells[*].metrics x 2': 2 spaces + 16 chars + space; 'x' is the 20th char.
    expect(() => parseGateLines('a <= 1\r\n\r\n  cells[*].metrics x 2')).toThrow(
      new UsageError(
        "gates line 3, column 20: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'x'",
      ),
    );
  });

  it('returns nothing for an empty input', () => {
    expect(parseGateLines('')).toEqual([]);
    expect(parseGateLines('\n# only a comment\n')).toEqual([]);
  });
});
