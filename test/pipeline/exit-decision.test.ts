/**
 * One exit decision: the bundled action (dist/index.js), `inferguard analyze --baseline` and
 * `inferguard compare` (dist/cli/index.js) on the same head results and the same baseline, under
 * several policies, fail or pass alike, with the same exit code and the same reasons.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideExit, formatFailOnFindings, parseFailOnFindings, type ExitPolicy } from '../../src/core/exit-policy.js';
import { mergeFindings } from '../../src/core/findings/order.js';
import type { ReportDiff } from '../../src/core/compare/types.js';
import type { Report } from '../../src/core/types.js';
import { DIST, runAction } from '../e2e/harness/run-action.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const examples = path.join(root, 'examples/results');
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-exit-'));
const basePath = path.join(tmp, 'base.json');
const configPath = path.join(tmp, 'gates.yml');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cliRun(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function policyFlags(p: ExitPolicy): string[] {
  const listed = formatFailOnFindings(p.failOnFindings);
  return [
    '--fail-on',
    p.failOn,
    ...(p.failOnRegression ? ['--fail-on-regression'] : []),
    ...(listed ? ['--fail-on-findings', listed] : []),
  ];
}

beforeAll(() => {
  // The baseline: the example analysed, with every cell's throughput per GPU 30% higher, so
  // the head regresses against it.
  const out = path.join(tmp, 'base-out');
  const r = cliRun(['analyze', examples, '--output-dir', out, '--fail-on', 'never']);
  expect(r.code, r.stderr).toBe(0);
  const base = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
  for (const c of base.cells)
    if (typeof c.metrics.tput_per_gpu === 'number') c.metrics.tput_per_gpu = c.metrics.tput_per_gpu * 1.3;
  writeFileSync(basePath, JSON.stringify(base));
  writeFileSync(configPath, 'gates:\n  - run_summary.total_cells >= 1\n');
});

const haveDist = existsSync(DIST) && existsSync(cli);
const d = haveDist ? describe : describe.skip;

d('the action, analyze and compare take one exit decision', () => {
  it.each<[string, ExitPolicy, number]>([
    [
      'fail-on-findings ttft_cliff: the example has a critical TTFT cliff',
      { failOn: 'critical', failOnRegression: false, failOnFindings: parseFailOnFindings('ttft_cliff') },
      2,
    ],
    [
      'the default: the critical TTFT cliff is behaviour, reported, not failing',
      { failOn: 'critical', failOnRegression: false },
      0,
    ],
    ['fail-on never, fail-on-regression: the regression alone fails', { failOn: 'never', failOnRegression: true }, 1],
    ['fail-on never: findings and the regression do not fail the run', { failOn: 'never', failOnRegression: false }, 0],
  ])(
    '%s',
    async (_name, policy, expectedCode) => {
      const dir = mkdtempSync(path.join(tmp, 'case-'));
      const analyzed = cliRun([
        'analyze',
        examples,
        '--output-dir',
        path.join(dir, 'analyze'),
        '--baseline',
        basePath,
        '--config',
        configPath,
        ...policyFlags(policy),
      ]);
      const headPath = path.join(dir, 'analyze', 'report.json');
      const compared = cliRun([
        'compare',
        '--base',
        basePath,
        '--head',
        headPath,
        '--output-dir',
        path.join(dir, 'compare'),
        '--config',
        configPath,
        ...policyFlags(policy),
      ]);
      const action = await runAction({
        inputs: {
          'results-path': 'results',
          baseline: basePath,
          'github-token': '',
          config: configPath,
          'fail-on': policy.failOn,
          'fail-on-regression': String(policy.failOnRegression),
          'fail-on-findings': formatFailOnFindings(policy.failOnFindings),
          'output-dir': 'out',
        },
        eventName: 'push',
        event: {},
        apiUrl: 'http://127.0.0.1:9',
        resultsUrl: 'http://127.0.0.1:9',
        tripwireUrl: 'http://127.0.0.1:9',
        runId: 1,
        runtimeToken: '',
        sha: 'a'.repeat(40),
        ref: 'refs/heads/main',
        extraEnv: { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' },
        workspaceSetup: async (ws) => cpSync(examples, path.join(ws, 'results'), { recursive: true }),
      });

      // The same decision, recomputed from what the action wrote.
      const head = JSON.parse(readFileSync(path.join(action.workspace, 'out/report.json'), 'utf8')) as Report;
      const diff = JSON.parse(readFileSync(path.join(action.workspace, 'out/compare.json'), 'utf8')) as ReportDiff;
      const decision = decideExit(policy, {
        findings: mergeFindings(head.findings, diff.findings),
        gates: head.gates ?? null,
        verdict: diff.verdict.verdict,
      });
      expect(head.gates, 'the gate is evaluated once, into report.json').toBeDefined();
      expect(decision.exitCode).toBe(expectedCode);
      expect(analyzed.code, analyzed.stderr).toBe(expectedCode);
      expect(compared.code, compared.stderr).toBe(expectedCode);
      expect(action.outputs.status).toBe(expectedCode === 0 ? 'pass' : 'fail');
      expect(action.exitCode, action.stderr).toBe(expectedCode === 0 ? 0 : 1);
      expect(action.outputs.verdict).toBe('REGRESSION');
      for (const r of decision.reasons) expect(action.stdout).toContain(r.message.slice(0, 60));
    },
    60_000,
  );
});
