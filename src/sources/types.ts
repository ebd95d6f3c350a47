/**
 * The source-adapter seam. One adapter per input format, one file each, registered in
 * `src/sources/index.ts`. Adapters never touch `fs` directly: every read goes through the
 * IngestContext, which enforces the size cap, streams JSONL/CSV, and turns unreadable input into
 * findings that name the file (and line/row).
 */
import type { AdapterResult, FileEntry } from '../core/seams.js';
import type { CellFragment } from '../core/types.js';

export type { AdapterResult, ExpectedCell, FileEntry } from '../core/seams.js';
import type { Thresholds } from '../core/thresholds.js';
import type { FileHead } from './lib/head.js';

export type { FileHead } from './lib/head.js';

export type JsonRead =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** not_regular: a directory/FIFO/socket/device; wrong_root: null, a scalar or []; too_deep: nesting cap. */
      reason:
        | 'too_large'
        | 'unreadable'
        | 'invalid_json'
        | 'empty'
        | 'not_utf8'
        | 'not_regular'
        | 'wrong_root'
        | 'too_deep'
        | 'not_finite';
      message: string;
    };

/**
 * One CSV record, as `IngestContext.csvRows` hands it to its visitor: valid only during the call.
 * Column arguments are indexes into `CsvScanOptions.columns`; a column absent from the header or
 * from a short record reads as absent (undefined / null).
 */
export interface CsvCursor {
  /** 1-based data row number (header is row 0); for messages: "file.csv row 12". */
  readonly row: number;
  /** 1-based physical line number where the record ends. */
  readonly line: number;
  /** The field's value as csv-parse gives it (quotes removed); undefined when absent. */
  value(column: number): string | undefined;
  /** `toNumber()` of the value: a trimmed decimal literal, finite; else null. */
  num(column: number): number | null;
  /**
   * `num()` for a running minimum: may give null instead of a value that is not below `bound`
   * (null: no bound), skipping the exact parse of values that cannot win.
   */
  numBelow(column: number, bound: number | null): number | null;
  /** `num()` for a running maximum: may give null instead of a value that is not above `bound`. */
  numAbove(column: number, bound: number | null): number | null;
  /** `toStr()` of the value: trimmed, non-empty; else null. */
  str(column: number): string | null;
  /** `toBool()` of the value; null when unrecognised or absent. */
  bool(column: number): boolean | null;
}

export interface CsvScanOptions {
  /** Columns that must be present in the header; missing ones make `csvRows()` throw CsvHeaderError. */
  requiredColumns?: readonly string[];
  /** The columns the visitor reads, by header name; the cursor's column indexes point into this list. */
  columns: readonly string[];
}

export { CsvHeaderError } from '../errors.js';

export interface LineRead {
  line: number;
  text: string;
}

export interface IngestContext {
  /** Every input file under the root (report output folders excluded), sorted by path. */
  readonly files: readonly FileEntry[];
  readonly thresholds: Thresholds;
  /** JSON file read whole (refused above the size cap). Memoised per path. */
  readJson(path: string): Promise<JsonRead>;
  /** Text file read whole (refused above the size cap); null when unreadable. */
  readText(path: string): Promise<string | null>;
  /** Lines of a text file, streamed (CRLF and BOM handled). Throws IngestReadError on I/O errors. */
  lines(path: string): AsyncIterable<LineRead>;
  /**
   * Streams a CSV file (BOM, CRLF, quoted fields handled; records as csv-parse gives them) and
   * calls `visit` once per record with a cursor over the wanted columns. Resolves to the number of
   * records. Throws CsvHeaderError when a required column is missing, IngestReadError naming the
   * file and the row after the last good one on malformed input (every record before it visited).
   */
  csvRows(path: string, options: CsvScanOptions, visit: (cursor: CsvCursor) => void): Promise<number>;
  /** Marks files as consumed by an adapter (the rest are listed in the manifest as "other"). */
  claim(...paths: string[]): void;
  isClaimed(path: string): boolean;
  /** True for files the timeline adapter should read (default: every inferguard_timeline.jsonl; --timeline-glob overrides). */
  isTimelineFile(path: string): boolean;
  /** The first bytes of a file and the keys they show (memoised; src/sources/lib/head.ts). */
  head?(path: string): FileHead;
  /** How recognition routed a file (set on the per-adapter views the pipeline hands to `collect`). */
  recognition?(path: string): Recognition | undefined;
}

/**
 * An adapter's verdict on one file, from its name and first bytes only (no full parse):
 * `claim` routes the file to the adapter (exclusive unless `shared`: a collected array whose rows
 * several adapters read); `decline` says why a file that looked like a candidate is not one.
 * Null: not a candidate at all (nothing to say in the manifest).
 */
export type SniffVerdict = { claim: true; kind: string; why: string; shared?: boolean } | { claim: false; why: string };

export interface SniffEnv {
  /** The file's first bytes and keys (read on first use, memoised). */
  head(): FileHead;
  /** True when a file with this relative path exists under the root. */
  has(path: string): boolean;
}

/** Where recognition sent one file, and why the other adapters did not take it. */
export interface Recognition {
  /** Adapter whose sniff claimed the file; null when none did. */
  adapter: string | null;
  kind: string | null;
  why: string | null;
  shared: boolean;
  /** Adapters that looked at the file and declined it (or claimed it after another adapter did). */
  declined: { adapter: string; why: string }[];
}

export interface SourceAdapter {
  /** Adapter id, e.g. "inferencex-static". */
  readonly id: string;
  /**
   * Adapters that share one scan of the files (InferenceX static + srt-slurm, AgentX v0.1 +
   * aiperf) share a group: they see the files routed to any of them. Default: the id.
   */
  readonly group?: string;
  /**
   * Recognition by content: the adapter's verdict on a file from its name, path and first bytes.
   * Files claimed by another group's sniff are not in `ctx.files` when `collect` runs.
   */
  sniff?(file: FileEntry, env: SniffEnv): SniffVerdict | null;
  collect(ctx: IngestContext): Promise<AdapterResult>;
}

/** Counts of a cell whose requests nobody counted (never guessed: all null). */
export function unknownCounts(basis: string | null = null): CellFragment['counts'] {
  return { total: null, successful: null, sessions_total: null, sessions_completed: null, source: null, basis };
}

export function emptyResult(): AdapterResult {
  return { fragments: [], findings: [], manifest: [] };
}

/**
 * Memoises a per-run scan on the IngestContext, so the adapters that share one scan (InferenceX
 * static + srt-slurm, AgentX v0.1 + aiperf) read each file once.
 */
export function perContext<T>(scan: (ctx: IngestContext) => Promise<T>): (ctx: IngestContext) => Promise<T> {
  const memo = new WeakMap<IngestContext, Promise<T>>();
  return (ctx) => {
    let p = memo.get(ctx);
    if (!p) {
      p = scan(ctx);
      memo.set(ctx, p);
    }
    return p;
  };
}
