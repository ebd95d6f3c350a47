/**
 * Reading a report.json we did not write in this process (a baseline, a fork's or a shard's
 * report, `--base`/`--head` of `compare`): every check that keeps a crafted file from crashing a
 * later step or reaching a sink, before and after the one JSON.parse. Failing any check is an
 * outcome with a one-line reason (the caller makes it "no baseline" or a finding), never a throw.
 *
 * Order: regular file (non-blocking open) → byte cap (before reading) → strict UTF-8 →
 * JSON.parse (errors give line/column, never the file's content; V8's parser is iterative, so a
 * deep document cannot overflow it) → one iterative walk: nesting depth, numbers finite and within
 * ±1e100 (so statistics over them stay finite) → cell cap →
 * inferguard-analyze/v1 → the blocks renderers and merge rely on that the contract leaves open:
 * `gates` (inferguard-gates/v1), `cross_run` families, cell `samples` and `timeline` counts.
 *
 * Limits are documented in docs/ACTION.md (inputs `max-report-bytes`, `max-report-cells`,
 * `max-report-depth`) and docs/COMPARE.md.
 */
import { closeSync, readFileSync } from 'node:fs';
import '../core/gates/index.js';
import type { Report } from '../core/types.js';
import { validateContract } from '../schemas/validate.js';
import { jsonErrorPosition } from './ingest-context.js';
import { NotRegularFileError, openRegularSync } from './safe-open.js';

export interface ReportLimits {
  /** Bytes of report.json read at most; larger files are refused unread. */
  maxBytes: number;
  /** Cells a report may hold. */
  maxCells: number;
  /** Deepest array/object nesting (our reports nest ~10 deep). */
  maxDepth: number;
}

export const DEFAULT_REPORT_LIMITS: Readonly<ReportLimits> = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxCells: 10_000,
  maxDepth: 64,
});

/** Largest magnitude a number in an untrusted report may have: squares and sums of such stay finite. */
export const MAX_REPORT_NUMBER = 1e100;

export type ReportLoad = { ok: true; report: Report } | { ok: false; reason: string };

let configured: ReportLimits = { ...DEFAULT_REPORT_LIMITS };

/** Sets the limits used when a caller passes none (the action's inputs, once per run). */
export function configureReportLimits(limits: Partial<ReportLimits>): void {
  configured = { ...DEFAULT_REPORT_LIMITS, ...limits };
}

export function reportLimits(): ReportLimits {
  return { ...configured };
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Schema messages carry property names from the file: keep them short and plain. */
function plain(s: string): string {
  return s.replace(/[^\w/.:' ,()=<>-]/g, '?').slice(0, 160);
}

/** Reads and checks an untrusted report.json. `label` names it in reasons ("baseline run 12"). */
export function loadUntrustedReport(file: string, label: string, limits: ReportLimits = configured): ReportLoad {
  let buf: Buffer;
  try {
    const { fd, stats } = openRegularSync(file);
    try {
      if (stats.size > limits.maxBytes)
        return {
          ok: false,
          reason: `${label} report.json is ${stats.size} bytes, over the ${limits.maxBytes}-byte cap (max-report-bytes); not read`,
        };
      buf = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof NotRegularFileError) return { ok: false, reason: `${label} report.json ${e.message}` };
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason:
        code === 'ENOENT' ? `${label} has no report.json` : `${label} report.json cannot be read (${code ?? 'error'})`,
    };
  }
  let text: string;
  try {
    text = utf8Strict.decode(buf);
  } catch {
    return { ok: false, reason: `${label} report.json is not valid UTF-8` };
  }
  return parseUntrustedReport(text, label, limits);
}

/** The checks of loadUntrustedReport on text already read. */
export function parseUntrustedReport(text: string, label: string, limits: ReportLimits = configured): ReportLoad {
  if (text.length > limits.maxBytes)
    return { ok: false, reason: `${label} report.json is over the ${limits.maxBytes}-byte cap (max-report-bytes)` };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { line, column } = jsonErrorPosition(text, (e as Error).message);
    return {
      ok: false,
      reason: `${label} report.json is not valid JSON${line !== null ? ` (line ${line}, column ${column})` : ''}`,
    };
  }
  // One iterative walk (JSON.parse itself is iterative in V8, so a deep document parses; nothing
  // after this point recurses into a document that passed): nesting depth, then every number.
  const bad = walkProblem(value, limits.maxDepth);
  if (bad === 'deep')
    return {
      ok: false,
      reason: `${label} report.json nests deeper than ${limits.maxDepth} levels (max-report-depth)`,
    };
  if (bad !== null)
    return {
      ok: false,
      reason: `${label} report.json holds a number that is ${bad} (reports allow finite numbers within ±${MAX_REPORT_NUMBER})`,
    };
  const cells = (value as { cells?: unknown } | null)?.cells;
  if (Array.isArray(cells) && cells.length > limits.maxCells)
    return {
      ok: false,
      reason: `${label} report.json has ${cells.length} cells, over the ${limits.maxCells}-cell cap (max-report-cells)`,
    };
  const v = validateContract('inferguard-analyze/v1', value);
  if (!v.ok)
    return {
      ok: false,
      reason: `${label} report.json does not satisfy inferguard-analyze/v1: ${v.errors.slice(0, 2).map(plain).join('; ')}`,
    };
  const block = checkOpenBlocks(value as Report);
  if (block !== null) return { ok: false, reason: `${label} report.json: ${block}` };
  return { ok: true, report: value as Report };
}

/**
 * 'deep' when arrays/objects nest past `maxDepth`; "not finite ..." / "too large" for the first
 * offending number; else null. Iterative (an explicit stack of values and their depths).
 */
function walkProblem(root: unknown, maxDepth: number): string | null {
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const v = stack.pop();
    const d = depths.pop() as number;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return 'not finite (an overflowing literal such as 1e999)';
      if (v > MAX_REPORT_NUMBER || v < -MAX_REPORT_NUMBER) return 'too large';
    } else if (v !== null && typeof v === 'object') {
      if (d >= maxDepth) return 'deep';
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (typeof x === 'object' && x !== null) {
            stack.push(x);
            depths.push(d + 1);
          } else if (typeof x === 'number' && !(x <= MAX_REPORT_NUMBER && x >= -MAX_REPORT_NUMBER))
            return Number.isFinite(x) ? 'too large' : 'not finite (an overflowing literal such as 1e999)';
        }
      } else {
        for (const k in v) {
          const x = (v as Record<string, unknown>)[k];
          if (typeof x === 'object' && x !== null) {
            stack.push(x);
            depths.push(d + 1);
          } else if (typeof x === 'number' && !(x <= MAX_REPORT_NUMBER && x >= -MAX_REPORT_NUMBER))
            return Number.isFinite(x) ? 'too large' : 'not finite (an overflowing literal such as 1e999)';
        }
      }
    }
  }
  return null;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): boolean => typeof v === 'number';
const isNumOrNull = (v: unknown): boolean => v === null || v === undefined || typeof v === 'number';
const isStr = (v: unknown): boolean => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || v === undefined || typeof v === 'string';

/** The parts of a report the contract leaves open that renderers and merge read by shape. */
export function checkOpenBlocks(r: Report): string | null {
  if (r.gates !== undefined) {
    const g = validateContract('inferguard-gates/v1', r.gates);
    if (!g.ok) return `its gates block does not satisfy inferguard-gates/v1 (${plain(g.errors[0] ?? '')})`;
  }
  if (r.cross_run !== undefined) {
    const why = crossRunProblem(r.cross_run);
    if (why) return `its cross_run block is malformed (${why})`;
  }
  for (let i = 0; i < r.cells.length; i++) {
    const c = r.cells[i] as unknown as Record<string, unknown>;
    if (c.samples !== undefined) {
      const why = samplesProblem(c.samples);
      if (why) return `cell ${i + 1} has malformed samples (${why})`;
    }
    if (c.timeline !== undefined) {
      const t = c.timeline;
      if (!isObj(t)) return `cell ${i + 1} has a timeline that is not an object`;
      const counts = t.finding_counts_by_code;
      if (counts !== undefined && (!isObj(counts) || !Object.values(counts).every(isNum)))
        return `cell ${i + 1} has timeline finding counts that are not numbers`;
      if (!isNumOrNull(t.sample_count) || !isNumOrNull(t.lead_time_s))
        return `cell ${i + 1} has timeline counts that are not numbers`;
    }
  }
  return null;
}

function samplesProblem(s: unknown): string | null {
  if (!isObj(s)) return 'not an object';
  for (const [k, v] of Object.entries(s)) {
    if (!['ttft_s', 'tpot_s', 'itl_s', 'e2el_s'].includes(k)) return 'an unknown series';
    if (!isObj(v) || !Number.isInteger(v.n) || (v.n as number) < 0 || !Array.isArray(v.values))
      return 'a series without n and values';
    const vals = v.values as unknown[];
    for (let i = 0; i < vals.length; i++) {
      if (typeof vals[i] !== 'number') return 'a value that is not a number';
      if (i > 0 && (vals[i] as number) < (vals[i - 1] as number)) return 'values not sorted';
    }
  }
  return null;
}

/** Absent, or a number. */
const isNumOrAbsent = (v: unknown): boolean => v === undefined || typeof v === 'number';
/** Absent, or a string (text a fork may have written: shown escaped, compared, never trusted). */
const isStrOrAbsent = (v: unknown): boolean => v === undefined || typeof v === 'string';

/** A curve point's fields beyond the numbers every reader needs (core/types.ts CrossRunPoint). */
function curvePointExtrasProblem(p: Record<string, unknown>): string | null {
  for (const k of ['total_tput_tps', 'output_tput_tps'])
    if (!isNumOrNull(p[k])) return `a curve point's ${k} is not a number`;
  if (!isStrOrAbsent(p.completion_status)) return "a curve point's completion_status is not a string";
  for (const b of ['ttft', 'tpot']) {
    if (!isStrOrAbsent(p[`${b}_tail_stat`])) return `a curve point's ${b}_tail_stat is not a string`;
    if (!isNumOrAbsent(p[`${b}_tail_s`])) return `a curve point's ${b}_tail_s is not a number`;
  }
  return null;
}

function crossRunProblem(cr: unknown): string | null {
  if (!isObj(cr)) return 'not an object';
  if (!isNumOrAbsent(cr.min_family_points)) return 'min_family_points is not a number';
  if (cr.families === undefined) return null;
  if (!Array.isArray(cr.families)) return 'families is not an array';
  for (const f of cr.families) {
    if (!isObj(f)) return 'a family is not an object';
    if (!isStrOrNull(f.label) || !isStrOrNull(f.key)) return 'a family label is not a string';
    if (!isNum(f.points)) return 'a family without points';
    if (!isNumOrAbsent(f.usable_points)) return 'usable_points is not a number';
    if (f.curve_rules_applied !== undefined && typeof f.curve_rules_applied !== 'boolean')
      return 'curve_rules_applied is not a boolean';
    if (!Array.isArray(f.curve)) return 'a family without a curve';
    for (const p of f.curve) {
      if (!isObj(p)) return 'a curve point is not an object';
      for (const k of ['concurrency', 'success_rate', 'tput_per_gpu', 'p99_ttft_s', 'p99_tpot_s'])
        if (!isNumOrNull(p[k])) return `a curve point's ${k} is not a number`;
      if (!isStrOrNull(p.cell_id)) return "a curve point's cell_id is not a string";
      if (p.slo_compliant !== undefined && p.slo_compliant !== null && typeof p.slo_compliant !== 'boolean')
        return 'slo_compliant is not a boolean';
      const extra = curvePointExtrasProblem(p);
      if (extra) return extra;
    }
    if (!Array.isArray(f.findings)) return 'a family without findings';
    for (const x of f.findings)
      if (!isObj(x) || !isStr(x.code) || !isStr(x.severity) || !isStr(x.message) || !isStrOrNull(x.cell_id))
        return 'a family finding is malformed';
    if (f.knee !== undefined && f.knee !== null) {
      if (
        !isObj(f.knee) ||
        !isNumOrNull(f.knee.concurrency) ||
        !isStrOrNull(f.knee.basis) ||
        !isStrOrNull(f.knee.cell_id)
      )
        return 'a knee is malformed';
    }
    if (f.goodput !== undefined && f.goodput !== null) {
      const g = f.goodput;
      if (!isObj(g)) return 'goodput is not an object';
      for (const k of ['max_compliant_concurrency', 'tput_per_gpu', 'slo_ttft_p99_s', 'slo_tpot_p99_s'])
        if (!isNumOrNull(g[k])) return `goodput ${k} is not a number`;
      if (!isStrOrNull(g.cell_id)) return 'goodput cell_id is not a string';
      if (!isNumOrAbsent(g.compliant_points) || !isNumOrAbsent(g.points)) return 'goodput counts are not numbers';
    }
    {
      if (!Array.isArray(f.next_measurements)) return 'next_measurements is not an array';
      for (const m of f.next_measurements)
        if (!isObj(m) || !isNum(m.concurrency) || !isStr(m.kind) || !isStrOrNull(m.cell_id) || !isStr(m.reason))
          return 'a next measurement is malformed';
    }
  }
  return null;
}
