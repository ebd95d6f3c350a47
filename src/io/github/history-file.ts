/**
 * One file of the durable history (the `history-branch` input, src/action/history.ts): an
 * inferguard-history/v1 document naming the base-branch run (suite key, run id, commit, ref,
 * when) around its report cut down to what the verdicts and charts read of a base run
 * (src/io/slim-report.ts). Written deterministically (key order as built, compact JSON) after
 * validating both the envelope and the report; read
 * back as untrusted: size-capped, parsed, the envelope validated, the report checked like any
 * report we did not write (src/io/untrusted-report.ts).
 */
import type { Report } from '../../core/types.js';
import { assertContract, validateContract } from '../../schemas/validate.js';
import { slimReport } from '../slim-report.js';
import { parseUntrustedReport, type ReportLimits } from '../untrusted-report.js';

export const HISTORY_CONTRACT = 'inferguard-history/v1';
/** Files live under `history/<suite key>/` on the history branch. */
export const HISTORY_ROOT = 'history';

export interface HistoryEntry {
  schema_version: typeof HISTORY_CONTRACT;
  suite_key: string;
  run_id: number;
  sha: string;
  ref: string;
  recorded_at: string;
  report: Report;
}

export interface HistoryRun {
  suiteKey: string;
  runId: number;
  sha: string;
  ref: string;
  /** ISO 8601 UTC; the file name's date. */
  recordedAt: string;
}

/** The folder of a suite on the history branch. */
export function historyDir(suiteKey: string): string {
  return `${HISTORY_ROOT}/${suiteKey}`;
}

/**
 * `<yyyymmddThhmmssZ>-<run id>-<sha12>.json`: the name sorts by time (then run id), so the
 * newest files are the last names, and it says which run and commit it holds.
 */
export function historyFileName(run: HistoryRun): string {
  const d = new Date(run.recordedAt);
  const stamp = Number.isNaN(d.getTime())
    ? '00000000T000000Z'
    : d
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '');
  return `${stamp}-${run.runId}-${run.sha.slice(0, 12)}.json`;
}

/**
 * Whether a tree path is a history file of the suite (what pruning and reading consider). Names
 * are plain (letters, digits, `.`, `_`, `-`): anyone who can push to the branch picks them, and
 * they reach the log, so a name with a newline or a `::` workflow command is never considered.
 */
export function isHistoryFile(path: string, suiteKey: string): boolean {
  const dir = `${historyDir(suiteKey)}/`;
  return path.startsWith(dir) && /^[A-Za-z0-9_.-]{1,200}\.json$/.test(path.slice(dir.length));
}

/**
 * The report a history file holds: the slim report (src/io/slim-report.ts: what compare reads
 * of a base run) with the few run-level fields inferguard-analyze/v1 requires and the slim form
 * leaves out (the analyzer's capabilities, the run summary's counts), so the file is a valid
 * report on its own.
 */
export function historyReport(report: Report): Report {
  const slim = slimReport(report);
  const rs = report.run_summary;
  return {
    ...slim,
    analyzer: { ...report.analyzer },
    run_summary: {
      status: rs.status,
      total_cells: rs.total_cells,
      successful_cells: rs.successful_cells,
      failed_cells: rs.failed_cells,
      missing_artifacts: rs.missing_artifacts,
      ...(rs.cost !== undefined ? { cost: rs.cost } : {}),
    },
  } as Report;
}

/** The entry for this run's report (historyReport). */
export function historyEntry(report: Report, run: HistoryRun): HistoryEntry {
  return {
    schema_version: HISTORY_CONTRACT,
    suite_key: run.suiteKey,
    run_id: run.runId,
    sha: run.sha,
    ref: run.ref,
    recorded_at: run.recordedAt,
    report: historyReport(report),
  };
}

/**
 * The file's text, compact JSON (one line: the branch holds up to `history-keep` of them; a
 * 2,000-cell sweep's file is 3.2 MB, 26% of its report.json, 0.39 MB as git stores it), deterministic (key order as built):
 * both contracts checked first (a failure throws naming the file).
 */
export function historyText(entry: HistoryEntry, name: string): string {
  assertContract(HISTORY_CONTRACT, entry, name);
  assertContract('inferguard-analyze/v1', entry.report, `${name} report`);
  return `${JSON.stringify(entry)}\n`;
}

export type HistoryParse = { ok: true; entry: HistoryEntry } | { ok: false; reason: string };

/** Reads a history file we did not write in this run: `label` names it in every reason. */
export function parseHistoryText(text: string, label: string, limits: ReportLimits): HistoryParse {
  if (text.length > limits.maxBytes)
    return { ok: false, reason: `${label} is over the ${limits.maxBytes}-byte cap (max-report-bytes)` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${label} is not valid JSON` };
  }
  const v = validateContract(HISTORY_CONTRACT, value);
  if (!v.ok) return { ok: false, reason: `${label} is not ${HISTORY_CONTRACT}: ${v.errors.slice(0, 3).join('; ')}` };
  const raw = value as HistoryEntry;
  const load = parseUntrustedReport(JSON.stringify(raw.report), label, limits);
  if (!load.ok) return { ok: false, reason: load.reason.replace(`${label} report.json`, `${label}'s report`) };
  return { ok: true, entry: { ...raw, report: load.report } };
}
