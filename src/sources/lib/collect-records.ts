/**
 * The collect step shared by adapters whose files each hold one result object or one per line
 * (vLLM bench serve, SGLang bench_serving, llmperf): read every file routed to the adapter,
 * hand each record to the producer's pure mapper, build fragments, list the files in the manifest,
 * and turn unreadable files or lines into findings that name the file and line.
 */
import type { ArtifactEntry, Finding } from '../../core/types.js';
import { baseOf } from '../paths.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext } from '../types.js';
import { buildFragment, fragmentFinding, type FragmentInput } from './fragment.js';
import { readJsonRecords, type JsonRecord } from './json-records.js';
import { routedTo } from './recognize.js';

/** What a mapper returns for one record: the fragment input without the file bookkeeping. */
export type MappedRecord = Omit<FragmentInput, 'file' | 'dir' | 'artifacts' | 'explicitId'> & {
  artifacts?: FragmentInput['artifacts'];
};

export interface RecordAdapterSpec {
  id: string;
  /** Manifest kind of the files, e.g. "bench_serve_result". */
  kind: string;
  /** JSONL (one object per line) rather than one object per file. */
  jsonl(file: FileEntry): boolean;
  /** The producer's mapper; null: the record is not one of ours (listed as a problem). */
  map(record: JsonRecord, file: FileEntry): MappedRecord | null;
}

export async function collectRecords(ctx: IngestContext, spec: RecordAdapterSpec): Promise<AdapterResult> {
  const result = emptyResult();
  const files = routedTo(ctx, spec.id);
  // Several results in one folder: each keeps its file name as cell id (a QPS sweep stays apart).
  const perDir = new Map<string, number>();
  for (const f of files) perDir.set(f.dir, (perDir.get(f.dir) ?? 0) + 1);
  for (const f of files) {
    const read = await readJsonRecords(ctx, f.path, spec.jsonl(f));
    ctx.claim(f.path);
    let used = 0;
    const multi = read.records.length > 1;
    // Lines of one appended file are separate runs: a line repeating an earlier line's
    // configuration is its repeat 2, 3… (a key field), never a conflicting copy of it.
    const seen = new Map<string, number>();
    for (const rec of read.records) {
      const mapped = spec.map(rec, f);
      if (mapped === null) {
        read.problems.push({ line: rec.line, message: `${where(f.path, rec.line)} has none of the result keys` });
        continue;
      }
      used++;
      if (multi) {
        const k = JSON.stringify([mapped.identity, mapped.topology ?? {}, mapped.requestRate ?? null]);
        const n = (seen.get(k) ?? 0) + 1;
        seen.set(k, n);
        if (n > 1) mapped.topology = { ...(mapped.topology ?? {}), repeat: n };
      }
      const stem = f.path.replace(/\.(jsonl?|json)$/i, '');
      const ownId = (perDir.get(f.dir) ?? 0) > 1 || multi;
      result.fragments.push(
        buildFragment({
          ...mapped,
          file: f.path,
          dir: f.dir,
          explicitId: ownId ? (multi ? `${stem}/line${rec.line}` : stem) : null,
          artifacts: { result: f.path, ...(mapped.artifacts ?? {}) },
          extras: { ...(mapped.extras ?? {}), ...(rec.line !== null ? { result_line: rec.line } : {}) },
        }),
      );
    }
    result.manifest.push(entry(f.path, spec.kind, used > 0 || read.problems.length > 0));
    for (const p of read.problems) result.findings.push(problemFinding(f, p, used > 0, spec.id));
  }
  return result;
}

function where(path: string, line: number | null): string {
  return line === null ? path : `${path} line ${line}`;
}

function entry(path: string, kind: string, required: boolean): ArtifactEntry {
  return { path, kind, cell_id: null, required, present: true };
}

/** An unreadable file is a missing required artifact; a bad line beside good ones only a warning. */
function problemFinding(
  f: FileEntry,
  p: { line: number | null; message: string },
  partlyRead: boolean,
  adapter: string,
): Finding {
  const evidence = { kind: 'unreadable_result', file: f.path, line: p.line, adapter };
  if (partlyRead) {
    return fragmentFinding(
      'metrics_unavailable',
      'warning',
      `${p.message}; the other results of ${baseOf(f.path)} are used.`,
      evidence,
    );
  }
  return fragmentFinding(
    'missing_required_artifact',
    'critical',
    `${p.message}, so no result was read from it.`,
    evidence,
  );
}
