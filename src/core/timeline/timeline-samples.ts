/**
 * The samples of one live timeline, kept compact: one row per usable line, in typed-array
 * columns holding only what the timeline rules and the timeline block read, plus the few
 * aggregates that do not depend on sample order. The parsed disagg-status/v1 snapshot of a line
 * is dropped as soon as its row is pushed, so memory is a few dozen bytes per line instead of the
 * whole object graph.
 *
 * Rows are pushed in file order and put in time order (observed_at, then line) by `finish()`.
 * Per row:
 * - `observed_at`, `line`, `sequence` (null for raw disagg-status lines);
 * - live TTFT: the largest `ttft_avg_seconds` over the endpoint snapshots (cliff detection);
 * - `requests_running` of prefill and of decode (prefill_decode_imbalance);
 * - whether the running requests summed over all endpoints are > 0, and the KV-transfer byte
 *   counters sent/recv per role (kv_transfer_stall);
 * - `kv_transfer_errors_total` summed over the endpoints exposing it (kv_transfer_errors_present);
 * - per role: scrape_error set (endpoint_unreachable); engine `unknown` though scraped without
 *   error (engine_unidentified).
 * Columns are stored in fixed-size chunks (no doubling, no copy on growth); a chunk of a number
 * column is allocated on its first non-null value (NaN stands for null), so a field a timeline
 * never carries costs nothing.
 */
import { isRecord, toNumber } from '../parse.js';
import type { TimelineSample } from '../types.js';

export const SNAPSHOT_ROLES = ['prefill', 'decode', 'transfer'] as const;
export type SnapshotRole = (typeof SNAPSHOT_ROLES)[number];
/** The KV-transfer byte counters kv_transfer_stall watches, per endpoint. */
export const KV_BYTE_COUNTERS = ['kv_transfer_sent_bytes_total', 'kv_transfer_recv_bytes_total'] as const;

/** Number columns, read with `TimelineSamples.num(COL_*, row)`. */
export const COL_SEQUENCE = 0;
export const COL_LIVE_TTFT = 1;
export const COL_PREFILL_RUNNING = 2;
export const COL_DECODE_RUNNING = 3;
export const COL_ERRORS_TOTAL = 4;
/** Byte counter `c` (index in KV_BYTE_COUNTERS) of role `r` (index in SNAPSHOT_ROLES). */
export const colCounter = (r: number, c: number): number => 5 + r * KV_BYTE_COUNTERS.length + c;
const N_COLS = 5 + SNAPSHOT_ROLES.length * KV_BYTE_COUNTERS.length;

/** Flag bits of a row: bit r (role index) unreachable, bit 3 + r engine unknown, bit 6 running. */
const SHIFT_UNREACHABLE = 0;
const SHIFT_ENGINE_UNKNOWN = 3;
const FLAG_RUNNING = 1 << 6;
const ROLE_MASK = 0b111;

/** A row's time, line and sequence (what a sample looked like without its snapshot). */
export interface TimelineRow {
  observed_at: number;
  sequence: number | null;
  line: number;
}

/** Rows per chunk (2^14: 128 KiB per Float64 chunk). */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

type Typed = Float64Array | Uint32Array | Uint8Array;

/** A growable column of fixed-size typed-array chunks; a missing chunk reads as `fill`. */
class Chunked<T extends Typed> {
  private readonly chunks: (T | undefined)[] = [];

  constructor(
    private readonly make: (n: number) => T,
    private readonly fill: number,
  ) {}

  get(i: number): number {
    const c = this.chunks[i >>> CHUNK_BITS];
    return c === undefined ? this.fill : (c[i & CHUNK_MASK] as number);
  }

  set(i: number, v: number): void {
    const k = i >>> CHUNK_BITS;
    let c = this.chunks[k];
    if (c === undefined) {
      c = this.make(CHUNK);
      if (this.fill !== 0) c.fill(this.fill);
      this.chunks[k] = c;
    }
    c[i & CHUNK_MASK] = v;
  }

  /** The column with row `order[i]` at row i. */
  permuted(order: Uint32Array): Chunked<T> {
    const out = new Chunked(this.make, this.fill);
    for (let i = 0; i < order.length; i++) {
      const v = this.get(order[i] as number);
      if (!Object.is(v, this.fill)) out.set(i, v);
    }
    return out;
  }
}

const f64 = (n: number): Float64Array => new Float64Array(n);

export class TimelineSamples {
  length = 0;
  private observedAt = new Chunked(f64, 0);
  private lines = new Chunked((n) => new Uint32Array(n), 0);
  private flags = new Chunked((n) => new Uint8Array(n), 0);
  /** Number columns (COL_*); NaN is null. */
  private cols: Chunked<Float64Array>[] = Array.from({ length: N_COLS }, () => new Chunked(f64, NaN));

  /** Finding entries by code over all samples (a code repeated in one sample counts each time). */
  readonly findingCounts = new Map<string, number>();
  /** Earliest sample carrying any finding / a critical finding (epoch s). */
  firstFindingAt: number | null = null;
  firstCriticalAt: number | null = null;
  /** The first (in time order) scrape error of the first sample with one, trimmed. */
  firstScrapeError: string | null = null;

  private sorted = true;
  private lastAt = -Infinity;
  private firstScrapeErrorAt = Infinity;

  /** Samples in time order (a test and tooling convenience). */
  static from(samples: readonly TimelineSample[]): TimelineSamples {
    const t = new TimelineSamples();
    for (const s of samples) t.push(s);
    return t.finish();
  }

  /** Adds one parsed sample (pushed in file order); nothing of `s` is kept. */
  push(s: TimelineSample): void {
    const i = this.length++;
    const at = s.observed_at;
    this.observedAt.set(i, at);
    this.lines.set(i, s.line);
    if (at < this.lastAt) this.sorted = false;
    this.lastAt = at;
    if (s.sequence !== null) this.set(COL_SEQUENCE, i, s.sequence);

    const status = s.status;
    let flags = 0;
    let ttft: number | null = null;
    let running = 0;
    let errors: number | null = null;
    let firstError: string | null = null;
    for (let r = 0; r < SNAPSHOT_ROLES.length; r++) {
      const snap = status[SNAPSHOT_ROLES[r] as SnapshotRole];
      if (!isRecord(snap)) continue;
      const tt = toNumber(snap.ttft_avg_seconds);
      if (tt !== null && (ttft === null || tt > ttft)) ttft = tt;
      const run = toNumber(snap.requests_running);
      running += run ?? 0;
      if (r === 0 && run !== null) this.set(COL_PREFILL_RUNNING, i, run);
      else if (r === 1 && run !== null) this.set(COL_DECODE_RUNNING, i, run);
      for (let c = 0; c < KV_BYTE_COUNTERS.length; c++) {
        const v = toNumber(snap[KV_BYTE_COUNTERS[c] as string]);
        if (v !== null) this.set(colCounter(r, c), i, v);
      }
      const e = toNumber(snap.kv_transfer_errors_total);
      if (e !== null) errors = (errors ?? 0) + e;
      const err = typeof snap.scrape_error === 'string' ? snap.scrape_error.trim() : '';
      if (err !== '') {
        flags |= 1 << (SHIFT_UNREACHABLE + r);
        if (firstError === null) firstError = err;
      } else {
        const ep = snap.endpoint;
        const engine = isRecord(ep) ? ep.engine : null;
        if (typeof engine === 'string' && engine.toLowerCase() === 'unknown') flags |= 1 << (SHIFT_ENGINE_UNKNOWN + r);
      }
    }
    if (running > 0) flags |= FLAG_RUNNING;
    if (flags !== 0) this.flags.set(i, flags);
    if (ttft !== null) this.set(COL_LIVE_TTFT, i, ttft);
    if (errors !== null) this.set(COL_ERRORS_TOTAL, i, errors);
    // Rows arrive in line order, so a strictly earlier time is the earlier sample.
    if (firstError !== null && at < this.firstScrapeErrorAt) {
      this.firstScrapeErrorAt = at;
      this.firstScrapeError = firstError;
    }

    const findings = Array.isArray(status.findings) ? (status.findings as Record<string, unknown>[]) : [];
    for (const f of findings) {
      const code = typeof f.code === 'string' ? f.code : 'unknown';
      this.findingCounts.set(code, (this.findingCounts.get(code) ?? 0) + 1);
      if (this.firstFindingAt === null || at < this.firstFindingAt) this.firstFindingAt = at;
      if (f.severity === 'critical' && (this.firstCriticalAt === null || at < this.firstCriticalAt))
        this.firstCriticalAt = at;
    }
  }

  /** Puts the rows in time order (then line order). */
  finish(): this {
    if (this.sorted) return this;
    const n = this.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const at = this.observedAt;
    const ln = this.lines;
    order.sort((a, b) => at.get(a) - at.get(b) || ln.get(a) - ln.get(b));
    this.observedAt = at.permuted(order);
    this.lines = ln.permuted(order);
    this.flags = this.flags.permuted(order);
    this.cols = this.cols.map((c) => c.permuted(order));
    this.sorted = true;
    return this;
  }

  /** Number column `col` (COL_*) at row `i`, null when absent. */
  num(col: number, i: number): number | null {
    const v = (this.cols[col] as Chunked<Float64Array>).get(i);
    return Number.isNaN(v) ? null : v;
  }

  observedAtOf(i: number): number {
    return this.observedAt.get(i);
  }

  lineOf(i: number): number {
    return this.lines.get(i);
  }

  /** Roles (bit per SNAPSHOT_ROLES index) whose endpoint was unreachable at row i. */
  unreachableRoles(i: number): number {
    return (this.flags.get(i) >> SHIFT_UNREACHABLE) & ROLE_MASK;
  }

  /** Roles whose endpoint answered without an identifiable engine at row i. */
  engineUnknownRoles(i: number): number {
    return (this.flags.get(i) >> SHIFT_ENGINE_UNKNOWN) & ROLE_MASK;
  }

  /** Requests running summed over the endpoints of row i is > 0. */
  running(i: number): boolean {
    return (this.flags.get(i) & FLAG_RUNNING) !== 0;
  }

  at(i: number): TimelineRow | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return { observed_at: this.observedAtOf(i), sequence: this.num(COL_SEQUENCE, i), line: this.lineOf(i) };
  }

  rows(): TimelineRow[] {
    const out: TimelineRow[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i) as TimelineRow);
    return out;
  }

  private set(col: number, i: number, v: number): void {
    (this.cols[col] as Chunked<Float64Array>).set(i, v);
  }
}

/** Role names of a role bit set, sorted by name. */
export function roleNames(bits: number): string[] {
  return SNAPSHOT_ROLES.filter((_, r) => (bits & (1 << r)) !== 0)
    .slice()
    .sort();
}
