/**
 * Every action input, read in one place. Names are spelled exactly as in action.yml (one const
 * map); `getInputs()` returns one typed `ActionInputs` or throws a UsageError naming the input,
 * what we got, and what we expected.
 */
import * as core from '@actions/core';
import { parseLabels } from './core/cells/given.js';
import { FAIL_ON_VALUES, parseFailOnFindings, type FailOn, type FindingSelector } from './core/exit-policy.js';
import { splitPatternList } from './core/glob.js';
import { UsageError } from './core/types.js';
import { DEFAULT_DOWNLOAD_CONCURRENCY } from './io/github/artifacts.js';
import { DEFAULT_REPORT_LIMITS, type ReportLimits } from './io/untrusted-report.js';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './io/zip-extract.js';

/** Input names as spelled in action.yml. */
export const INPUT_NAMES = {
  mode: 'mode',
  resultsPath: 'results-path',
  artifactPattern: 'artifact-pattern',
  artifactRunId: 'artifact-run-id',
  githubToken: 'github-token',
  baseline: 'baseline',
  baseBranch: 'base-branch',
  baselineHistory: 'baseline-history',
  historyBranch: 'history-branch',
  historyKeep: 'history-keep',
  reportArtifact: 'report-artifact',
  comment: 'comment',
  commentKey: 'comment-key',
  commentAuthor: 'comment-author',
  checkRun: 'check-run',
  acceptLabel: 'accept-label',
  failOn: 'fail-on',
  failOnRegression: 'fail-on-regression',
  failOnFindings: 'fail-on-findings',
  strict: 'strict',
  gpuHourCost: 'gpu-hour-cost',
  currency: 'currency',
  priceTable: 'price-table',
  gpus: 'gpus',
  hardware: 'hardware',
  labels: 'labels',
  runner: 'runner',
  config: 'config',
  gates: 'gates',
  outputDir: 'output-dir',
  ttfsSloMs: 'ttfs-slo-ms',
  downloadConcurrency: 'download-concurrency',
  maxArtifactBytes: 'max-artifact-bytes',
  maxArtifactEntries: 'max-artifact-entries',
  maxArtifactRatio: 'max-artifact-ratio',
  maxReportBytes: 'max-report-bytes',
  maxReportCells: 'max-report-cells',
  maxReportDepth: 'max-report-depth',
} as const;

export type InputName = (typeof INPUT_NAMES)[keyof typeof INPUT_NAMES];

export const MODES = ['analyze', 'merge', 'comment', 'recheck'] as const;
export type Mode = (typeof MODES)[number];

export const COMMENT_POLICIES = ['auto', 'always', 'on-change', 'never'] as const;
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

/** `check-run`: auto = when the token can write checks (a warning once otherwise); always; never. */
export const CHECK_RUN_POLICIES = ['auto', 'always', 'never'] as const;
export type CheckRunPolicy = (typeof CHECK_RUN_POLICIES)[number];

/** Default `accept-label`: the PR label that acknowledges a regression. */
export const DEFAULT_ACCEPT_LABEL = 'inferguard-accept';

/** `baseline` input: `auto`, `none`, a workflow run id, or a path to a report.json. */
export type BaselineSpec =
  { kind: 'auto' } | { kind: 'none' } | { kind: 'run'; runId: number } | { kind: 'path'; path: string };

export interface ActionInputs {
  mode: Mode;
  /** Folder analysed (and, with artifact-pattern, where artifacts are downloaded). */
  resultsPath: string;
  /** Artifact name patterns (`*`, `?`), empty = download nothing. */
  artifactPatterns: string[];
  /** Download artifacts from this run instead of the current one. */
  artifactRunId: number | null;
  /** Empty when no token is available (no API calls are made then). */
  githubToken: string;
  baseline: BaselineSpec;
  /** With `baseline: auto`: how many base-branch runs to compare against (1–30, default 5). */
  baselineHistory: number;
  /** Empty = the PR's base branch (or the repository default branch). */
  baseBranch: string;
  /** Durable history (src/action/history.ts): the branch it lives on; empty = off. */
  historyBranch: string;
  /** Durable history: files kept per suite (oldest pruned first). */
  historyKeep: number;
  reportArtifact: string;
  comment: CommentPolicy;
  /** Suite key for the sticky marker: [a-z0-9-], no `--`. */
  commentKey: string;
  /** Login our own comment must be authored by. */
  commentAuthor: string;
  /** The `InferGuard` check run on the PR's head commit. */
  checkRun: CheckRunPolicy;
  /** PR label that acknowledges regressions (never validity findings); null = `none`, no label accepts. */
  acceptLabel: string | null;
  failOn: FailOn;
  failOnRegression: boolean;
  /** Finding codes or classes that fail the step when present (behaviour findings never fail otherwise). */
  failOnFindings: FindingSelector[];
  strict: boolean;
  gpuHourCost: number | undefined;
  currency: string | undefined;
  priceTable: string | undefined;
  gpus: number | undefined;
  /** Hardware of cells whose files name none. */
  hardware: string | undefined;
  /** Labels for every cell (`k=v` per line), part of its identity. */
  labels: Record<string, string> | undefined;
  /** The node the results ran on where their files name none (environment, not identity). */
  runner: string | undefined;
  config: string | undefined;
  /** SLO gates, one `<path> <op> <value>` per line (docs/GATES.md); parsed before any analysis. */
  gates: string;
  outputDir: string;
  ttfsSloMs: number;
  /** Artifact downloads in flight at once. */
  downloadConcurrency: number;
  /** Bounds of extracting one artifact zip. */
  artifactLimits: ExtractLimits;
  /** Bounds of reading a report.json we did not write (baseline, fork run, shard). */
  reportLimits: ReportLimits;
}

/** Characters GitHub refuses in artifact names (@actions/artifact path-and-artifact-name-validation). */
const BAD_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/;

function str(name: InputName): string {
  return core.getInput(name);
}

function oneOf<T extends string>(name: InputName, values: readonly T[], fallback: T): T {
  const v = str(name);
  if (v === '') return fallback;
  if ((values as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`'${name}' must be one of ${values.join(', ')}, got '${v}'`);
}

function bool(name: InputName, fallback: boolean): boolean {
  const v = str(name);
  if (v === '') return fallback;
  // YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`'${name}' must be true or false, got '${v}'`);
}

function positiveNumber(name: InputName, { integer = false } = {}): number | undefined {
  const v = str(name);
  if (v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`'${name}' must be ${integer ? 'an integer' : 'a number'} greater than 0, got '${v}'`);
  }
  return n;
}

/** An integer input within [min, max]; empty = the default. */
function intInRange(name: InputName, fallback: number, min: number, max: number): number {
  const v = str(name);
  if (v === '') return fallback;
  const n = Number(v);
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`'${name}' must be an integer from ${min} to ${max}, got '${v}'`);
  return n;
}

function runId(name: InputName, v: string): number {
  if (!/^[1-9][0-9]{0,18}$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`'${name}' must be a workflow run id (a positive integer), got '${v}'`);
  }
  return Number(v);
}

function parseBaseline(): BaselineSpec {
  const v = str(INPUT_NAMES.baseline);
  if (v === '' || v === 'auto') return { kind: 'auto' };
  if (v === 'none') return { kind: 'none' };
  if (/^[0-9]+$/.test(v)) return { kind: 'run', runId: runId(INPUT_NAMES.baseline, v) };
  if (v.endsWith('.json')) return { kind: 'path', path: v };
  throw new UsageError(`'baseline' must be auto, none, a workflow run id or a path to a report.json, got '${v}'`);
}

/**
 * Artifact name patterns (core/glob.ts): comma- or newline-separated (a comma inside `{a,b}` stays),
 * blanks dropped, sorted and deduplicated (a list's meaning does not depend on its order).
 */
function parsePatterns(): string[] {
  return splitPatternList(str(INPUT_NAMES.artifactPattern)).sort();
}

/** `accept-label`: a GitHub label name (1-50 characters, one line); `none` turns acceptance off. */
function parseAcceptLabel(): string | null {
  const v = str(INPUT_NAMES.acceptLabel);
  if (v === '') return DEFAULT_ACCEPT_LABEL;
  if (v === 'none') return null;
  if (v.length > 50 || /[\r\n\t]/.test(v) || /^\s|\s$/.test(v))
    throw new UsageError(`'accept-label' must be a label name of 1-50 characters on one line (or none), got '${v}'`);
  return v;
}

/**
 * `history-branch`: a branch name git accepts (check-ref-format, the common subset): letters,
 * digits, `.`, `_`, `-` and `/` between components; no `..`, no component starting with `.` or
 * ending in `.lock`, at most 100 characters. Empty = durable history off.
 */
function parseHistoryBranch(): string {
  const v = str(INPUT_NAMES.historyBranch);
  if (v === '') return '';
  const ok =
    v.length <= 100 &&
    /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(v) &&
    !v.includes('..') &&
    !v.split('/').some((c) => c.startsWith('.') || c.startsWith('-') || c.endsWith('.lock'));
  if (!ok)
    throw new UsageError(
      `'history-branch' must be a branch name (letters, digits, . _ - and /, no '..', at most 100 characters), got '${v}'`,
    );
  return v;
}

function parseCommentKey(): string {
  const v = str(INPUT_NAMES.commentKey);
  if (v === '') return 'default';
  if (!/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(v) || v.includes('--')) {
    throw new UsageError(`'comment-key' must be 1-64 characters of a-z, 0-9 and single hyphens, got '${v}'`);
  }
  return v;
}

/** What the action publishes on a PR: the comment, the check run, the accept label. */
function publishInputs(): Pick<ActionInputs, 'comment' | 'commentKey' | 'commentAuthor' | 'checkRun' | 'acceptLabel'> {
  return {
    comment: oneOf(INPUT_NAMES.comment, COMMENT_POLICIES, 'auto'),
    commentKey: parseCommentKey(),
    commentAuthor: str(INPUT_NAMES.commentAuthor) || 'github-actions[bot]',
    checkRun: oneOf(INPUT_NAMES.checkRun, CHECK_RUN_POLICIES, 'auto'),
    acceptLabel: parseAcceptLabel(),
  };
}

/** What the result files don't say (`gpus`, `hardware`, `labels`, `runner`), as analyze's given facts. */
function givenInputs(): Pick<ActionInputs, 'gpus' | 'hardware' | 'labels' | 'runner'> {
  const runner = str(INPUT_NAMES.runner) || undefined;
  if (runner !== undefined && /[\r\n]/.test(runner))
    throw new UsageError(`'${INPUT_NAMES.runner}' must be one node's name on one line, got '${runner}'`);
  return {
    gpus: positiveNumber(INPUT_NAMES.gpus, { integer: true }),
    hardware: str(INPUT_NAMES.hardware) || undefined,
    labels: parseLabels(
      str(INPUT_NAMES.labels)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== ''),
      `'${INPUT_NAMES.labels}'`,
    ),
    runner,
  };
}

/** Reads and checks every input. Throws UsageError on the first bad one. */
export function getInputs(): ActionInputs {
  const mode = oneOf(INPUT_NAMES.mode, MODES, 'analyze');
  const reportArtifact = str(INPUT_NAMES.reportArtifact) || 'inferguard-report';
  if (BAD_ARTIFACT_NAME.test(reportArtifact)) {
    throw new UsageError(
      `'report-artifact' must be a valid artifact name (no " : < > | * ? \\ / or newlines), got '${reportArtifact}'`,
    );
  }
  const runIdText = str(INPUT_NAMES.artifactRunId);
  const gpuHourCost = positiveNumber(INPUT_NAMES.gpuHourCost);
  const priceTable = str(INPUT_NAMES.priceTable) || undefined;
  if (gpuHourCost !== undefined && priceTable !== undefined) {
    throw new UsageError(`'gpu-hour-cost' and 'price-table' exclude each other, got both`);
  }
  const currency = str(INPUT_NAMES.currency) || undefined;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
    throw new UsageError(`'currency' must be a three-letter ISO 4217 code such as USD, got '${currency}'`);
  }
  const histText = str(INPUT_NAMES.baselineHistory);
  const baselineHistory = histText === '' ? 5 : Number(histText);
  if (!Number.isInteger(baselineHistory) || baselineHistory < 1 || baselineHistory > 30) {
    throw new UsageError(`'baseline-history' must be an integer from 1 to 30, got '${histText}'`);
  }
  const sloText = str(INPUT_NAMES.ttfsSloMs);
  const ttfsSloMs = sloText === '' ? DEFAULT_TTFS_SLO_MS : Number(sloText);
  if (!Number.isInteger(ttfsSloMs) || ttfsSloMs <= 0) {
    throw new UsageError(`'ttfs-slo-ms' must be an integer number of milliseconds greater than 0, got '${sloText}'`);
  }
  const inputs: ActionInputs = {
    mode,
    resultsPath: str(INPUT_NAMES.resultsPath) || DEFAULT_RESULTS_PATH,
    artifactPatterns: parsePatterns(),
    artifactRunId: runIdText === '' ? null : runId(INPUT_NAMES.artifactRunId, runIdText),
    githubToken: str(INPUT_NAMES.githubToken),
    baseline: parseBaseline(),
    baseBranch: str(INPUT_NAMES.baseBranch),
    baselineHistory,
    historyBranch: parseHistoryBranch(),
    historyKeep: intInRange(INPUT_NAMES.historyKeep, DEFAULT_HISTORY_KEEP, 1, 10_000),
    reportArtifact,
    ...publishInputs(),
    failOn: oneOf(INPUT_NAMES.failOn, FAIL_ON_VALUES, 'critical'),
    failOnRegression: bool(INPUT_NAMES.failOnRegression, false),
    failOnFindings: parseFailOnFindings(str(INPUT_NAMES.failOnFindings), `'${INPUT_NAMES.failOnFindings}'`),
    strict: bool(INPUT_NAMES.strict, false),
    gpuHourCost,
    currency,
    priceTable,
    ...givenInputs(),
    config: str(INPUT_NAMES.config) || undefined,
    gates: core.getInput(INPUT_NAMES.gates, { trimWhitespace: false }),
    outputDir: str(INPUT_NAMES.outputDir) || DEFAULT_OUTPUT_DIR,
    ttfsSloMs,
    downloadConcurrency: intInRange(INPUT_NAMES.downloadConcurrency, DEFAULT_DOWNLOAD_CONCURRENCY, 1, 64),
    artifactLimits: {
      maxBytes: intInRange(INPUT_NAMES.maxArtifactBytes, DEFAULT_EXTRACT_LIMITS.maxBytes, 1, 2 ** 45),
      maxEntries: intInRange(INPUT_NAMES.maxArtifactEntries, DEFAULT_EXTRACT_LIMITS.maxEntries, 1, 10_000_000),
      maxRatio: intInRange(INPUT_NAMES.maxArtifactRatio, DEFAULT_EXTRACT_LIMITS.maxRatio, 1, 100_000),
    },
    reportLimits: {
      maxBytes: intInRange(INPUT_NAMES.maxReportBytes, DEFAULT_REPORT_LIMITS.maxBytes, 1, 2 ** 31 - 1),
      maxCells: intInRange(INPUT_NAMES.maxReportCells, DEFAULT_REPORT_LIMITS.maxCells, 1, 10_000_000),
      maxDepth: intInRange(INPUT_NAMES.maxReportDepth, DEFAULT_REPORT_LIMITS.maxDepth, 8, 10_000),
    },
  };
  if (mode === 'merge' && inputs.artifactPatterns.length === 0 && str(INPUT_NAMES.resultsPath) === '') {
    throw new UsageError(
      `mode 'merge' needs 'artifact-pattern' (the shard report artifacts) or 'results-path' (a folder of shard reports), got neither`,
    );
  }
  return inputs;
}

export const DEFAULT_RESULTS_PATH = 'inferguard-results';
export const DEFAULT_OUTPUT_DIR = 'inferguard-out';
/** Default `history-keep`: files of the durable history kept per suite. */
export const DEFAULT_HISTORY_KEEP = 100;
/** Default TTFS objective: a first signal within one minute of the step starting. */
export const DEFAULT_TTFS_SLO_MS = 60_000;
