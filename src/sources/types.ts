/**
 * The source-adapter seam. One adapter per input format, one file each, registered in
 * `src/sources/index.ts`. Adapters never touch `fs` directly: every read goes through the
 * IngestContext, which enforces the size cap, streams JSONL/CSV, and turns unreadable input into
 * findings that name the file (and line/row).
 */
import type { ArtifactEntry, CellFragment, Finding, TimelineData } from '../core/types.js';
import type { Thresholds } from '../core/thresholds.js';

export interface FileEntry {
  /** POSIX path relative to the results root. */
  path: string;
  /** Base name. */
  name: string;
  /** POSIX dir relative to the root ("" for the root). */
  dir: string;
  size: number;
  /** Modification time, epoch ms (used only to pick the newest eval result file). */
  mtimeMs: number;
}

export type JsonRead =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'too_large' | 'unreadable' | 'invalid_json' | 'empty' | 'not_utf8'; message: string };

export interface CsvRow {
  /** 1-based data row number (header is row 0); for messages: "file.csv row 12". */
  row: number;
  /** 1-based physical line number where the record starts. */
  line: number;
  record: Record<string, string>;
}

export interface CsvOptions {
  /** Columns that must be present in the header; missing ones make `csv()` throw CsvHeaderError. */
  requiredColumns?: readonly string[];
  /**
   * The columns the caller reads (a speed hint): records may then hold only these keys (and
   * still may hold more). Absent: every column.
   */
  columns?: readonly string[];
}

export class CsvHeaderError extends Error {
  constructor(
    readonly file: string,
    readonly missing: string[],
  ) {
    super(`${file}: missing required column(s) ${missing.join(', ')}`);
  }
}

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
  /** CSV records through csv-parse, streamed (BOM, CRLF, quoted fields handled). */
  csv(path: string, options?: CsvOptions): AsyncIterable<CsvRow>;
  /** Marks files as consumed by an adapter (the rest are listed in the manifest as "other"). */
  claim(...paths: string[]): void;
  isClaimed(path: string): boolean;
  /** True for files the timeline adapter should read (default: every inferguard_timeline.jsonl; --timeline-glob overrides). */
  isTimelineFile(path: string): boolean;
}

export interface AdapterResult {
  fragments: CellFragment[];
  /** Findings not tied to a fragment (cell_id null). */
  findings: Finding[];
  /** Manifest entries (present and expected-but-missing files); cell_id null, filled by the pipeline via `dir`. */
  manifest: ArtifactEntry[];
  /** Live timelines, attached by the pipeline to the cells whose fragments sit in `dir`. */
  timelines?: (TimelineData & { dir: string; findings: Finding[] })[];
  /** Cells a campaign manifest says must exist (checked by the pipeline after merging). */
  expectations?: ExpectedCell[];
}

export interface ExpectedCell {
  /** Manifest file that declared it. */
  file: string;
  /** Matches a cell id, or a cell whose fragment dir equals / starts with it. */
  cell_id: string | null;
  dir: string | null;
  /** A timeline file is declared expected for that cell. */
  timeline_expected: boolean;
}

export interface SourceAdapter {
  /** Adapter id, e.g. "inferencex-static". */
  readonly id: string;
  collect(ctx: IngestContext): Promise<AdapterResult>;
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
