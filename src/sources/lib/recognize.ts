/**
 * Recognition by content (docs/ARCHITECTURE.md "Recognition"): every adapter with a `sniff`
 * looks at every file (name, path, first bytes); the first claim in registry order routes the file
 * to that adapter, exclusively; later claims and declines are kept as the reasons the other
 * adapters did not take it. Each adapter then runs on a view of the context that hides the files
 * routed to other groups, so a file is read as one format only.
 */
import type { FileEntry, IngestContext, Recognition, SniffEnv, SourceAdapter } from '../types.js';
import { describeHead } from './head.js';

export const groupOf = (a: SourceAdapter): string => a.group ?? a.id;

/** Runs every sniff over every file; the result is keyed by path (files nobody looked at are absent). */
export function recognizeFiles(ctx: IngestContext, adapters: readonly SourceAdapter[]): Map<string, Recognition> {
  const paths = new Set(ctx.files.map((f) => f.path));
  const emptyHead = describeHead(new Uint8Array(0), false);
  const out = new Map<string, Recognition>();
  for (const file of ctx.files) {
    const env: SniffEnv = {
      head: () => (ctx.head ? ctx.head(file.path) : emptyHead),
      has: (p) => paths.has(p),
    };
    let rec: Recognition | null = null;
    for (const a of adapters) {
      if (!a.sniff) continue;
      const v = a.sniff(file, env);
      if (v === null) continue;
      rec ??= { adapter: null, kind: null, why: null, shared: false, declined: [] };
      if (!v.claim) rec.declined.push({ adapter: a.id, why: v.why });
      else if (rec.adapter === null) {
        rec.adapter = a.id;
        rec.kind = v.kind;
        rec.why = v.why;
        rec.shared = v.shared === true;
      } else rec.declined.push({ adapter: a.id, why: `also matched (${v.why}), but ${rec.adapter} claimed it first` });
    }
    if (rec !== null) out.set(file.path, rec);
  }
  return out;
}

export interface AdapterViews {
  view(adapter: SourceAdapter): IngestContext;
  /** Group (adapter id for single adapters) that claimed each file through `ctx.claim`. */
  claimedBy: ReadonlyMap<string, string>;
}

/**
 * One context per adapter group: `files` without the files another group's sniff claimed
 * exclusively; `claim` records the group. Adapters of one group get the same object, so scans
 * memoised per context (`perContext`) are shared by the group.
 */
export function adapterViews(
  ctx: IngestContext,
  adapters: readonly SourceAdapter[],
  recognition: ReadonlyMap<string, Recognition>,
): AdapterViews {
  const groupOfAdapter = new Map(adapters.map((a) => [a.id, groupOf(a)]));
  const claimedBy = new Map<string, string>();
  const views = new Map<string, IngestContext>();
  const view = (adapter: SourceAdapter): IngestContext => {
    const group = groupOf(adapter);
    let v = views.get(group);
    if (v) return v;
    const files: FileEntry[] = ctx.files.filter((f) => {
      const r = recognition.get(f.path);
      if (!r || r.adapter === null || r.shared) return true;
      return groupOfAdapter.get(r.adapter) === group;
    });
    v = {
      files,
      thresholds: ctx.thresholds,
      readJson: (p) => ctx.readJson(p),
      readText: (p) => ctx.readText(p),
      lines: (p) => ctx.lines(p),
      csvRows: (p, o, visit) => ctx.csvRows(p, o, visit),
      claim: (...paths) => {
        ctx.claim(...paths);
        for (const p of paths) if (!claimedBy.has(p)) claimedBy.set(p, group);
      },
      isClaimed: (p) => ctx.isClaimed(p),
      isTimelineFile: (p) => ctx.isTimelineFile(p),
      ...(ctx.head ? { head: (p: string) => (ctx.head as NonNullable<IngestContext['head']>)(p) } : {}),
      recognition: (p) => recognition.get(p),
    };
    views.set(group, v);
    return v;
  };
  return { view, claimedBy };
}

/** The files the context routes to `adapterId` by recognition (for adapters that have a sniff). */
export function routedTo(ctx: IngestContext, adapterId: string): FileEntry[] {
  if (!ctx.recognition) return [];
  return ctx.files.filter((f) => ctx.recognition?.(f.path)?.adapter === adapterId);
}
