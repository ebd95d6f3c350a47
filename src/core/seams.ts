/**
 * The seam between the source adapters (src/sources/) and the core: what the scan hands an adapter
 * (FileEntry) and what an adapter hands back (AdapterResult: fragments, findings, manifest rows,
 * timelines, campaign expectations). Defined in core so the core never imports sources; the
 * adapter interface itself (SourceAdapter, IngestContext) is in src/sources/types.ts.
 */
import type { ArtifactEntry, CellFragment, Finding, TimelineData } from './types.js';

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
