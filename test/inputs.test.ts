import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_OUTPUT_DIR,
  DEFAULT_RESULTS_PATH,
  DEFAULT_TTFS_SLO_MS,
  getInputs,
  INPUT_NAMES,
} from '../src/inputs.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept (as @actions/core reads them). */
function setInputs(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) vi.stubEnv(`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getInputs', () => {
  it('applies the documented defaults when nothing is set', () => {
    for (const name of Object.values(INPUT_NAMES)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, '');
    const i = getInputs();
    expect(i).toEqual({
      mode: 'analyze',
      resultsPath: DEFAULT_RESULTS_PATH,
      artifactPatterns: [],
      artifactRunId: null,
      githubToken: '',
      baseline: { kind: 'auto' },
      baseBranch: '',
      baselineHistory: 5,
      historyBranch: '',
      historyKeep: 100,
      reportArtifact: 'inferguard-report',
      comment: 'auto',
      commentKey: 'default',
      commentAuthor: 'github-actions[bot]',
      checkRun: 'auto',
      acceptLabel: 'inferguard-accept',
      failOn: 'critical',
      failOnRegression: false,
      failOnFindings: [],
      strict: false,
      gpuHourCost: undefined,
      currency: undefined,
      priceTable: undefined,
      gpus: undefined,
      hardware: undefined,
      labels: undefined,
      config: undefined,
      gates: '',
      outputDir: DEFAULT_OUTPUT_DIR,
      ttfsSloMs: DEFAULT_TTFS_SLO_MS,
      downloadConcurrency: 8,
      artifactLimits: { maxBytes: 2 * 1024 ** 3, maxEntries: 10_000, maxRatio: 200 },
      reportLimits: { maxBytes: 64 * 1024 ** 2, maxCells: 10_000, maxDepth: 64 },
    });
  });

  it('reads the download and untrusted-input limits, refusing out-of-range values', () => {
    setInputs({
      'download-concurrency': '3',
      'max-artifact-bytes': '1000',
      'max-artifact-entries': '5',
      'max-artifact-ratio': '50',
      'max-report-bytes': '2048',
      'max-report-cells': '7',
      'max-report-depth': '20',
    });
    const i = getInputs();
    expect(i.downloadConcurrency).toBe(3);
    expect(i.artifactLimits).toEqual({ maxBytes: 1000, maxEntries: 5, maxRatio: 50 });
    expect(i.reportLimits).toEqual({ maxBytes: 2048, maxCells: 7, maxDepth: 20 });
    for (const [name, bad] of [
      ['download-concurrency', '0'],
      ['download-concurrency', '65'],
      ['max-artifact-bytes', '1.5'],
      ['max-report-depth', '3'],
      ['max-report-cells', '-1'],
    ] as const) {
      vi.unstubAllEnvs();
      setInputs({ [name]: bad });
      expect(() => getInputs()).toThrow(new RegExp(`'${name}' must be an integer from \\d+ to \\d+, got '${bad}'`));
    }
  });

  it('reads every input', () => {
    setInputs({
      mode: 'merge',
      'results-path': 'shards',
      'artifact-pattern': 'report-shard-*, bmk_*\nbmk_*',
      'artifact-run-id': '123456',
      'github-token': 'ghs_x',
      baseline: '987',
      'base-branch': 'release',
      'report-artifact': 'bench-report',
      comment: 'on-change',
      'comment-key': 'h200-sweep',
      'comment-author': 'my-app[bot]',
      'fail-on': 'warning',
      'fail-on-regression': 'true',
      'fail-on-findings': 'ttft_cliff, kv_pressure:critical\nbehaviour:warning',
      strict: 'True',
      'gpu-hour-cost': '2.5',
      currency: 'EUR',
      gpus: '8',
      config: 'inferguard.yml',
      'output-dir': 'out',
      'ttfs-slo-ms': '30000',
    });
    const i = getInputs();
    expect(i.mode).toBe('merge');
    expect(i.artifactPatterns).toEqual(['bmk_*', 'report-shard-*']); // deduplicated and sorted
    expect(i.artifactRunId).toBe(123456);
    expect(i.baseline).toEqual({ kind: 'run', runId: 987 });
    expect(i.comment).toBe('on-change');
    expect(i.commentKey).toBe('h200-sweep');
    expect(i.failOn).toBe('warning');
    expect(i.failOnRegression).toBe(true);
    expect(i.failOnFindings).toEqual([
      { name: 'ttft_cliff', minSeverity: null },
      { name: 'kv_pressure', minSeverity: 'critical' },
      { name: 'behaviour', minSeverity: 'warning' },
    ]);
    expect(i.strict).toBe(true);
    expect(i.gpuHourCost).toBe(2.5);
    expect(i.currency).toBe('EUR');
    expect(i.gpus).toBe(8);
    expect(i.ttfsSloMs).toBe(30000);
  });

  it.each([
    ['auto', { kind: 'auto' }],
    ['none', { kind: 'none' }],
    ['42', { kind: 'run', runId: 42 }],
    ['base/report.json', { kind: 'path', path: 'base/report.json' }],
  ])('baseline %s', (v, expected) => {
    setInputs({ baseline: v });
    expect(getInputs().baseline).toEqual(expected);
  });

  it.each([
    ['mode', 'analyse', `'mode' must be one of analyze, merge, comment, recheck, got 'analyse'`],
    ['fail-on', 'error', `'fail-on' must be one of never, info, warning, critical, got 'error'`],
    ['comment', 'yes', `'comment' must be one of auto, always, on-change, never, got 'yes'`],
    ['comment-key', 'Bad Key', `'comment-key' must be 1-64 characters of a-z, 0-9 and single hyphens, got 'Bad Key'`],
    ['comment-key', 'a--b', `'comment-key' must be 1-64 characters of a-z, 0-9 and single hyphens, got 'a--b'`],
    ['comment-key', 'x-->', `'comment-key' must be 1-64 characters of a-z, 0-9 and single hyphens, got 'x-->'`],
    ['fail-on-regression', 'yes', `'fail-on-regression' must be true or false, got 'yes'`],
    ['fail-on-findings', 'ttft_clif', `'fail-on-findings': 'ttft_clif' is not a finding code or class`],
    [
      'fail-on-findings',
      'ttft_cliff:fatal',
      `'fail-on-findings': 'ttft_cliff:fatal': the severity after ':' must be one of`,
    ],
    ['gpu-hour-cost', 'abc', `'gpu-hour-cost' must be a number greater than 0, got 'abc'`],
    ['gpu-hour-cost', '-1', `'gpu-hour-cost' must be a number greater than 0, got '-1'`],
    ['gpus', '1.5', `'gpus' must be an integer greater than 0, got '1.5'`],
    ['labels', 'cluster', `'labels' must be key=value`],
    ['labels', 'a=1\na=2', `'labels' gives 'a' twice`],
    ['artifact-run-id', '12a', `'artifact-run-id' must be a workflow run id (a positive integer), got '12a'`],
    ['baseline', 'main', `'baseline' must be auto, none, a workflow run id or a path to a report.json, got 'main'`],
    [
      'report-artifact',
      'a/b',
      `'report-artifact' must be a valid artifact name (no " : < > | * ? \\ / or newlines), got 'a/b'`,
    ],
    ['currency', 'usd', `'currency' must be a three-letter ISO 4217 code such as USD, got 'usd'`],
    ['ttfs-slo-ms', '0', `'ttfs-slo-ms' must be an integer number of milliseconds greater than 0, got '0'`],
    ['baseline-history', '31', `'baseline-history' must be an integer from 1 to 30, got '31'`],
    ['baseline-history', '0', `'baseline-history' must be an integer from 1 to 30, got '0'`],
    ['baseline-history', '2.5', `'baseline-history' must be an integer from 1 to 30, got '2.5'`],
  ])('rejects %s=%s with a one-line message', (name, value, message) => {
    setInputs({ [name]: value });
    expect(() => getInputs()).toThrow(message);
  });

  it('reads hardware, gpus and newline-separated labels', () => {
    setInputs({ hardware: 'h100', gpus: '8', labels: 'cluster=a\n\n  team = infra \n' });
    expect(getInputs()).toMatchObject({ hardware: 'h100', gpus: 8, labels: { cluster: 'a', team: 'infra' } });
  });

  it('rejects gpu-hour-cost together with price-table', () => {
    setInputs({ 'gpu-hour-cost': '2', 'price-table': 'prices.json' });
    expect(() => getInputs()).toThrow(`'gpu-hour-cost' and 'price-table' exclude each other`);
  });

  it('merge mode needs a pattern or a results path', () => {
    setInputs({ mode: 'merge' });
    expect(() => getInputs()).toThrow(/mode 'merge' needs 'artifact-pattern'/);
  });

  it('reads check-run and accept-label, and mode recheck', () => {
    setInputs({ mode: 'recheck', 'check-run': 'never', 'accept-label': 'perf: accepted' });
    expect(getInputs()).toMatchObject({ mode: 'recheck', checkRun: 'never', acceptLabel: 'perf: accepted' });
    setInputs({ 'accept-label': 'none', 'check-run': 'always' });
    expect(getInputs()).toMatchObject({ checkRun: 'always', acceptLabel: null });
  });

  it.each([
    ['check-run', 'sometimes', "'check-run' must be one of auto, always, never, got 'sometimes'"],
    ['accept-label', 'x'.repeat(51), "'accept-label' must be a label name of 1-50 characters on one line (or none)"],
    ['mode', 'relabel', "'mode' must be one of analyze, merge, comment, recheck, got 'relabel'"],
  ])('refuses %s %s naming the input', (name, value, message) => {
    setInputs({ [name]: value });
    expect(() => getInputs()).toThrow(message);
  });

  it('reads history-branch and history-keep; refuses a bad branch name or count', () => {
    setInputs({ 'history-branch': 'inferguard-data/bench', 'history-keep': '7' });
    expect(getInputs()).toMatchObject({ historyBranch: 'inferguard-data/bench', historyKeep: 7 });
    for (const bad of ['a..b', '.hidden', 'x.lock', 'a b', '-x', 'refs/ /x']) {
      setInputs({ 'history-branch': bad });
      expect(() => getInputs(), bad).toThrow(`'history-branch' must be a branch name`);
    }
    setInputs({ 'history-branch': '', 'history-keep': '0' });
    expect(() => getInputs()).toThrow("'history-keep' must be an integer from 1 to 10000, got '0'");
  });

  it('the input map and action.yml name the same inputs', () => {
    const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT_NAMES).sort());
  });
});
