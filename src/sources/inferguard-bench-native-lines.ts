/**
 * The two per-request files of a native bench run, streamed line by line in bounded memory
 * (INPUTS.md §7): `requests.jsonl` (one `RequestSpec` per line: what the bench planned to send)
 * and `metrics.jsonl` (one `RequestMetric` per issued request: what happened). A line that is not
 * a JSON object, or whose fields have the wrong type or a non-finite number, is recorded with its
 * line number (src/sources/lib/jsonl-lines.ts); the caller turns that into a finding.
 *
 * A metrics row names its spec: `request_id` is `<spec request_id>:seq-<n>`. The spec ids read
 * from requests.jsonl (up to MAX_SPEC_IDS of them) let the metrics scan count rows whose spec is
 * not in requests.jsonl and specs that were never issued.
 */
import { isRecord, toBool, toInt, toNumber, toStr } from '../core/parse.js';
import { SampleColumn } from '../core/stats.js';
import { type FieldKind, firstFieldProblem, forEachObjectLine, LineProblems } from './lib/jsonl-lines.js';
import type { IngestContext } from './types.js';

/** Spec ids kept for the metrics join; a larger requests.jsonl is still validated, not joined. */
export const MAX_SPEC_IDS = 1_000_000;

/** What one `RequestSpec` line must hold (absent or null fields are fine, except `request_id`). */
const SPEC_FIELDS: readonly (readonly [string, FieldKind])[] = [
  ['request_id', 'string'],
  ['trace_id', 'string'],
  ['session_id', 'string'],
  ['turn_index', 'count'],
  ['workload_class', 'string'],
  ['messages', 'array'],
  ['expected_input_tokens', 'count'],
  ['expected_output_tokens', 'count'],
  ['prefix_group', 'string'],
  ['tool_heavy', 'bool'],
  ['customer_id', 'string'],
  ['sla_tier', 'string'],
  ['metadata', 'object'],
];

/** The `RequestMetric` fields the analyzer reads. */
const METRIC_FIELDS: readonly (readonly [string, FieldKind])[] = [
  ['request_id', 'string'],
  ['session_id', 'string'],
  ['turn_index', 'number'],
  ['success', 'bool'],
  ['start_time', 'number'],
  ['end_time', 'number'],
  ['latency_seconds', 'number'],
  ['ttft_seconds', 'number'],
  ['output_tokens', 'number'],
  ['metadata', 'object'],
];

export interface RequestsScan {
  /**
   * Specs used: lines holding a JSON object with a string `request_id`; a repeated id counts once
   * (and its tokens once) while the ids are kept (up to MAX_SPEC_IDS).
   */
  specs: number;
  /** Distinct `session_id`s of the specs; null past MAX_SPEC_IDS. */
  sessions: number | null;
  /** Sums of the specs' expected tokens; null when no spec states them. */
  expectedInput: number | null;
  expectedOutput: number | null;
  /** True when a spec's `metadata.prompts_redacted` is true. */
  promptsRedacted: boolean;
  /** Spec id → issued (seen in metrics.jsonl); null past MAX_SPEC_IDS (no join). */
  ids: Map<string, boolean> | null;
  /** Lines whose request_id repeats an earlier line's. */
  duplicateIds: number;
  problems: LineProblems;
  readError: string | null;
}

/** Streams requests.jsonl once: spec count, sessions, expected tokens, spec ids, bad lines. */
export async function scanRequests(ctx: IngestContext, path: string): Promise<RequestsScan> {
  const s: RequestsScan = {
    specs: 0,
    sessions: 0,
    expectedInput: null,
    expectedOutput: null,
    promptsRedacted: false,
    ids: new Map(),
    duplicateIds: 0,
    problems: new LineProblems(),
    readError: null,
  };
  const sessions = new Set<string>();
  s.readError = await forEachObjectLine(ctx, path, s.problems, (row, line) => {
    const id = typeof row.request_id === 'string' ? row.request_id.trim() : '';
    const wrong = firstFieldProblem(row, SPEC_FIELDS);
    if (wrong !== null) s.problems.add(line, wrong);
    else if (id === '') s.problems.add(line, 'no request_id');
    if (id !== '') addSpec(s, sessions, row, id);
  });
  if (s.ids !== null) s.sessions = sessions.size;
  return s;
}

function addSpec(s: RequestsScan, sessions: Set<string>, row: Record<string, unknown>, id: string): void {
  if (s.ids !== null) {
    if (s.ids.has(id)) {
      s.duplicateIds++;
      return;
    }
    if (s.ids.size >= MAX_SPEC_IDS) {
      s.ids = null;
      s.sessions = null;
      sessions.clear();
    } else s.ids.set(id, false);
  }
  s.specs++;
  const session = typeof row.session_id === 'string' ? row.session_id.trim() : '';
  if (s.ids !== null && session !== '') sessions.add(session);
  const inTok = toInt(row.expected_input_tokens);
  const outTok = toInt(row.expected_output_tokens);
  if (inTok !== null && inTok >= 0) s.expectedInput = (s.expectedInput ?? 0) + inTok;
  if (outTok !== null && outTok >= 0) s.expectedOutput = (s.expectedOutput ?? 0) + outTok;
  if (isRecord(row.metadata) && row.metadata.prompts_redacted === true) s.promptsRedacted = true;
}

export interface MetricsScan {
  ttft: SampleColumn;
  e2el: SampleColumn;
  tpot: SampleColumn;
  /** session_id -> [highest turn_index, success of that row]. */
  sessions: Map<string, { turn: number; success: boolean }>;
  phases: { warmup: number; measurement: number };
  minStart: number | null;
  maxEnd: number | null;
  /** Rows used (JSON objects); a row with a wrong-typed field is used with that field missing. */
  rows: number;
  /** Rows whose spec id is not in requests.jsonl (null: no join); the first such line. */
  withoutSpec: number | null;
  firstWithoutSpec: number | null;
  problems: LineProblems;
  readError: string | null;
}

/** Streams metrics.jsonl once: latency samples, sessions, phase counts, time span, spec join, bad lines. */
export async function scanMetrics(
  ctx: IngestContext,
  path: string,
  specIds: Map<string, boolean> | null,
): Promise<MetricsScan> {
  const s: MetricsScan = {
    ttft: new SampleColumn(),
    e2el: new SampleColumn(),
    tpot: new SampleColumn(),
    sessions: new Map(),
    phases: { warmup: 0, measurement: 0 },
    minStart: null,
    maxEnd: null,
    rows: 0,
    withoutSpec: specIds ? 0 : null,
    firstWithoutSpec: null,
    problems: new LineProblems(),
    readError: null,
  };
  s.readError = await forEachObjectLine(ctx, path, s.problems, (row, line) => {
    const wrong = firstFieldProblem(row, METRIC_FIELDS);
    if (wrong !== null) s.problems.add(line, wrong);
    s.rows++;
    if (specIds) joinSpec(s, specIds, row, line);
    addMetricRow(s, row);
  });
  return s;
}

/** `<spec id>:seq-<n>` → the spec id (a request_id without the suffix is the spec id itself). */
export function specIdOf(requestId: string): string {
  const m = /:seq-\d+$/.exec(requestId);
  return m ? requestId.slice(0, m.index) : requestId;
}

function joinSpec(s: MetricsScan, specIds: Map<string, boolean>, row: Record<string, unknown>, line: number): void {
  const id = typeof row.request_id === 'string' ? specIdOf(row.request_id.trim()) : '';
  if (id !== '' && specIds.has(id)) {
    specIds.set(id, true);
    return;
  }
  s.withoutSpec = (s.withoutSpec ?? 0) + 1;
  s.firstWithoutSpec ??= line;
}

function addMetricRow(s: MetricsScan, row: Record<string, unknown>): void {
  const meta = isRecord(row.metadata) ? row.metadata : {};
  if (meta.phase === 'warmup') {
    s.phases.warmup++;
    return;
  }
  s.phases.measurement++;
  const success = toBool(row.success) === true;
  const start = toNumber(row.start_time);
  const end = toNumber(row.end_time);
  if (start !== null && (s.minStart === null || start < s.minStart)) s.minStart = start;
  if (end !== null && (s.maxEnd === null || end > s.maxEnd)) s.maxEnd = end;
  const session = typeof row.session_id === 'string' ? toStr(row.session_id) : null;
  if (session !== null) {
    const turn = toNumber(row.turn_index) ?? -1;
    const prev = s.sessions.get(session);
    // Highest turn wins; on a tie the later row (a retry) wins.
    if (!prev || turn >= prev.turn) s.sessions.set(session, { turn, success });
  }
  if (!success) return;
  const ttft = toNumber(row.ttft_seconds);
  const lat = toNumber(row.latency_seconds);
  const out = toNumber(row.output_tokens);
  if (ttft !== null) s.ttft.push(ttft);
  if (lat !== null) s.e2el.push(lat);
  if (ttft !== null && lat !== null && out !== null && out > 1) s.tpot.push((lat - ttft) / (out - 1));
}
