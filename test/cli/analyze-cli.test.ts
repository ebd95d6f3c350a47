/**
 * The bundled CLI as a user runs it (`node dist/cli/index.js …`): exit codes, one-line errors,
 * determinism, untouched inputs, gates. dist/ freshness is checked by test/dist.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContract } from '../../src/schemas/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const examples = path.join(root, 'examples/results');
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, RUNNER_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('inferguard analyze (bundled CLI)', () => {
  it('a found knee is behaviour: the cliff passes by default and fails with --fail-on-findings ttft_cliff', () => {
    const cliff = path.join(root, 'test/fixtures/e2e/cliff');
    const byDefault = run(['analyze', cliff, '--output-dir', path.join(tmp, 'k1')]);
    expect(byDefault.code, byDefault.stderr).toBe(0);
    expect(byDefault.stdout).toContain('findings: 1 critical, 0 warning, 0 info');
    expect(byDefault.stdout).toMatch(/exit code 0 \(--fail-on critical\)\n$/);
    const listed = run(['analyze', cliff, '--output-dir', path.join(tmp, 'k2'), '--fail-on-findings', 'ttft_cliff']);
    expect(listed.code).toBe(2);
    expect(listed.stdout).toContain(
      'exit code 2 (--fail-on critical, --fail-on-findings ttft_cliff): ttft_cliff listed in fail-on-findings',
    );
    // A class, and a severity floor the critical cliff reaches.
    expect(run(['analyze', cliff, '--output-dir', path.join(tmp, 'k3'), '--fail-on-findings', 'behaviour']).code).toBe(
      2,
    );
    expect(
      run([
        'analyze',
        cliff,
        '--output-dir',
        path.join(tmp, 'k4'),
        '--fail-on-findings',
        'kv_pressure,ttft_cliff:critical',
      ]).code,
    ).toBe(2);
    // Other codes listed: still passes. An unknown name is a usage error naming it.
    expect(
      run(['analyze', cliff, '--output-dir', path.join(tmp, 'k5'), '--fail-on-findings', 'kv_pressure']).code,
    ).toBe(0);
    const bad = run(['analyze', cliff, '--output-dir', path.join(tmp, 'k6'), '--fail-on-findings', 'ttft_clif']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/--fail-on-findings: 'ttft_clif' is not a finding code or class/);
  });

  it('an invalid run still fails by default (a critical validity finding), not with --fail-on never', () => {
    const invalid = path.join(root, 'test/fixtures/e2e/invalid');
    const r = run(['analyze', invalid, '--output-dir', path.join(tmp, 'i1')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /exit code 2 \(--fail-on critical\): 1 critical validity finding \(invalid_run_no_successful_requests\)/,
    );
    expect(run(['analyze', invalid, '--output-dir', path.join(tmp, 'i2'), '--fail-on', 'never']).code).toBe(0);
    // The example's only critical finding is a TTFT cliff: it passes by default.
    expect(run(['analyze', examples, '--output-dir', path.join(tmp, 'b')]).code).toBe(0);
  });

  it('same input, same bytes (except generated_at); no machine path; inputs untouched', () => {
    const before = treeHash(examples);
    const one = run(['analyze', examples, '--output-dir', path.join(tmp, 'd1'), '--fail-on', 'never']);
    const two = run(['analyze', examples, '--output-dir', path.join(tmp, 'd2'), '--fail-on', 'never']);
    expect([one.code, two.code]).toEqual([0, 0]);
    const strip = (f: string) => readFileSync(f, 'utf8').replace(/"generated_at": "[^"]+"/, '');
    expect(strip(path.join(tmp, 'd1/report.json'))).toBe(strip(path.join(tmp, 'd2/report.json')));
    expect(readFileSync(path.join(tmp, 'd1/report.md'), 'utf8')).toBe(
      readFileSync(path.join(tmp, 'd2/report.md'), 'utf8'),
    );
    const text = readFileSync(path.join(tmp, 'd1/report.json'), 'utf8');
    expect(text).not.toContain(root);
    expect(text).not.toContain(tmpdir());
    expect(validateContract('inferguard-analyze/v1', JSON.parse(text)).ok).toBe(true);
    expect(treeHash(examples)).toBe(before);
  });

  it.each([
    ['not a directory', ['analyze', path.join(root, 'package.json')], /is not a directory/],
    ['missing dir', ['analyze', path.join(tmp, 'nope')], /does not exist/],
    [
      'bad flag',
      ['analyze', examples, '--fail-on', 'sometimes'],
      /--fail-on must be one of never, info, warning, critical, got 'sometimes'/,
    ],
    ['unknown option', ['analyze', examples, '--frobnicate'], /Unknown option '--frobnicate'/],
    ['malformed gate', ['analyze', examples, '--gate', 'cells[concurrency=4].metrics.p99_ttft ~ 2'], /column/],
  ])('%s: exit 3 with one line and no stack', (_name, args, message) => {
    const r = run(args);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an empty folder is "no supported artifacts" (exit 3), an unknown config key names it', () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const r = run(['analyze', empty]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no supported benchmark artifacts/);
    const cfg = path.join(tmp, 'bad.yml');
    writeFileSync(cfg, 'thresholds:\n  ttft_cliff: 3\n');
    const c = run(['analyze', examples, '--config', cfg]);
    expect(c.code).toBe(3);
    expect(c.stderr).toMatch(/unknown key 'thresholds.ttft_cliff'/);
  });

  it('gates: examples/gates.yml shows every outcome in report.json, report.md and the comment; exit code follows them', () => {
    const out = path.join(tmp, 'gates');
    const r = run([
      'analyze',
      examples,
      '--output-dir',
      out,
      '--config',
      path.join(root, 'examples/gates.yml'),
      '--fail-on',
      'never',
    ]);
    // fail-on never silences findings, but failing / not-found / conflicting / erroring gates still fail.
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const outcomes = new Set(report.gates.results.map((x: { outcome: string }) => x.outcome));
    expect([...outcomes].sort()).toEqual(['conflict', 'error', 'fail', 'not_found', 'pass']);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('SLO gates');
    const comment = run(['comment', '--head', path.join(out, 'report.json'), '--output-dir', out]);
    expect(comment.code).toBe(0);
    expect(comment.stdout).toMatch(/SLO gates/);
    expect(comment.stdout).toMatch(/conflict/);
    // Only passing gates: exit 0.
    const ok = run([
      'analyze',
      examples,
      '--output-dir',
      path.join(tmp, 'gok'),
      '--fail-on',
      'never',
      '--gate',
      'cells[framework=vllm,concurrency=16].metrics.p99_ttft <= 2.0',
    ]);
    expect(ok.code).toBe(0);
  });

  it('compare of a report with itself is NEUTRAL and writes a valid compare.json', () => {
    const out = path.join(tmp, 'self');
    expect(run(['analyze', examples, '--output-dir', out, '--fail-on', 'never']).code).toBe(0);
    const c = run([
      'compare',
      '--base',
      path.join(out, 'report.json'),
      '--head',
      path.join(out, 'report.json'),
      '--output-dir',
      out,
      '--fail-on',
      'never',
      '--fail-on-regression',
    ]);
    expect(c.code).toBe(0);
    const diff = JSON.parse(readFileSync(path.join(out, 'compare.json'), 'utf8'));
    expect(diff.schema_version).toBe('inferguard-report-diff/v1');
    expect(diff.verdict.verdict).toBe('NEUTRAL');
    expect(readFileSync(path.join(out, 'comment.md'), 'utf8').startsWith('<!--')).toBe(true);
  });
});
