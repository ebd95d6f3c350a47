/**
 * InferenceX single-node fixed-length results (`inferencex-static`; layouts: docs/ARCHITECTURE.md "Producers and layouts").
 *
 * One fragment per `<folder, RF>`: `agg_<RF>.json` (seconds) joined with its raw twin `<RF>.json`
 * (one-line client result, ms) and `power_validation_<RF>.json` in the same folder. Counts come
 * from the raw (`completed` / `num_prompts`), else the sidecar's `completed` (total unknown);
 * metrics from the aggregate, the raw filling gaps; absolute throughputs from the raw. A folder
 * holding only the raw (the zero-success case: the transformer never wrote an aggregate) still
 * gives a fragment, its identity from the raw plus the RF (a fallback only).
 *
 * Rows of collected `agg_bmk.json` arrays that are single-node and not agentic become their own
 * fragments (extras.row_index); the pipeline merges them with the `bmk_` / `power_audit_` copies.
 */
import { joinPath } from './paths.js';
import type { CellFragment } from '../core/types.js';
import {
  buildPointFragment,
  folderRf,
  manifestEntry,
  parseRf,
  scanInferencex,
  sniffInferencex,
  sortResult,
  unreadableFinding,
  type IxJsonFile,
  type IxRaw,
  type IxScan,
  type IxUnreadable,
} from './inferencex-common.js';
import { emptyResult, type AdapterResult, type IngestContext, type SourceAdapter } from './types.js';

interface Group {
  dir: string;
  rf: string;
  agg: IxJsonFile | null;
  raws: IxRaw[];
  sidecar: IxJsonFile | null;
  bad: IxUnreadable[];
}

const stem = (name: string): string => name.replace(/\.json$/i, '');

export const inferencexStaticAdapter: SourceAdapter = {
  id: 'inferencex-static',
  group: 'inferencex',
  sniff(file, env) {
    const r = sniffInferencex(file, env);
    return r !== null && r.owner === 'static' ? r.verdict : null;
  },
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const scan = await scanInferencex(ctx);
    const result = emptyResult();
    const { groups, readableByRf } = groupCells(scan);
    for (const key of [...groups.keys()].sort()) emitGroup(ctx, scan, groups.get(key) as Group, readableByRf, result);

    // Collected arrays: our rows become fragments; the file is claimed whenever it is a collected
    // aggregate (AgentX rows are read by the AgentX adapters from the same memoised JSON).
    for (const c of scan.collected) {
      ctx.claim(c.file.path);
      result.manifest.push(manifestEntry(c.file.path, 'collected_aggregate', false, true));
      for (const row of c.rows) {
        if (row.owner !== 'static') continue;
        result.fragments.push(rowFragment('inferencex-static', c.file.path, c.file.dir, row.index, row.value));
      }
    }
    sortResult(result);
    return result;
  },
};

/** Groups by `<folder, RF>`, and the first readable source per RF across folders. */
function groupCells(scan: IxScan): { groups: Map<string, Group>; readableByRf: Map<string, string> } {
  const groups = new Map<string, Group>();
  const group = (dir: string, rf: string): Group => {
    const key = `${dir}\u0000${rf}`;
    let g = groups.get(key);
    if (!g) {
      g = { dir, rf, agg: null, raws: [], sidecar: null, bad: [] };
      groups.set(key, g);
    }
    return g;
  };

  for (const a of scan.aggregates) if (a.owner === 'static') group(a.file.dir, stem(a.file.name).slice(4)).agg = a;
  for (const r of scan.raws) if (r.owner === 'static') group(r.file.dir, stem(r.file.name)).raws.push(r);
  for (const s of scan.sidecars)
    if (s.owner === 'static') group(s.file.dir, stem(s.file.name).slice('power_validation_'.length)).sidecar = s;
  for (const u of scan.unreadable) {
    if (u.owner !== 'static') continue;
    const n = stem(u.file.name);
    const rf =
      u.role === 'aggregate' ? n.slice(4) : u.role === 'power_validation' ? n.slice('power_validation_'.length) : n;
    group(u.file.dir, rf).bad.push(u);
  }

  // Readable sources per RF across folders (a bmk_ copy stands in for a broken power_audit_ one).
  const readableByRf = new Map<string, string>();
  for (const g of [...groups.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))) {
    const src = g.agg?.file.path ?? g.raws[0]?.file.path;
    if (src !== undefined && !readableByRf.has(g.rf)) readableByRf.set(g.rf, src);
  }
  return { groups, readableByRf };
}

/** One group: unreadable files as findings, the fragment, its manifest entries. */
function emitGroup(
  ctx: IngestContext,
  scan: IxScan,
  g: Group,
  readableByRf: Map<string, string>,
  result: AdapterResult,
): void {
  for (const u of g.bad) {
    ctx.claim(u.file.path);
    result.manifest.push(manifestEntry(u.file.path, manifestKind(u.role), u.role !== 'power_validation', true));
    let other: string | null = null;
    if (u.role === 'aggregate') other = g.raws[0]?.file.path ?? readableByRf.get(g.rf) ?? null;
    else if (u.role === 'raw_result') other = g.agg?.file.path ?? readableByRf.get(g.rf) ?? null;
    if (u.role === 'aggregate' && other === null && parseRf(g.rf) === null) {
      // A broken agg_*.json whose name is not an RF (e.g. a collected agg_bmk.json): any readable
      // aggregate of ours means the cells it held may well be described elsewhere.
      other = scan.aggregates.find((a) => a.owner === 'static')?.file.path ?? null;
    }
    result.findings.push(unreadableFinding(u, other));
  }
  if (g.agg === null && g.raws.length === 0) {
    if (g.sidecar !== null) {
      ctx.claim(g.sidecar.file.path);
      result.manifest.push(manifestEntry(g.sidecar.file.path, 'power_validation', false, true));
    }
    return;
  }
  const frag = buildPointFragment({
    format: 'inferencex-static',
    dir: g.dir,
    agg: g.agg ? { path: g.agg.file.path, value: g.agg.value, role: 'aggregate' } : null,
    raws: g.raws.map((r) => ({ path: r.file.path, value: r.value })),
    sidecar: g.sidecar ? { path: g.sidecar.file.path, value: g.sidecar.value } : null,
    fallback: { rf: fallbackRf(g), point: null },
    logs: [],
  });
  result.fragments.push(frag);
  if (g.agg) {
    ctx.claim(g.agg.file.path);
    result.manifest.push(manifestEntry(g.agg.file.path, 'aggregate', true, true));
  }
  for (const r of g.raws) {
    ctx.claim(r.file.path);
    result.manifest.push(manifestEntry(r.file.path, 'raw_result', true, true));
  }
  if (g.sidecar) {
    ctx.claim(g.sidecar.file.path);
    result.manifest.push(manifestEntry(g.sidecar.file.path, 'power_validation', false, true));
  }
  // The power_audit_ artifact always carries the raw client result (the only completion source).
  if (
    g.raws.length === 0 &&
    !g.bad.some((u) => u.role === 'raw_result') &&
    g.dir.split('/').pop()?.startsWith('power_audit_')
  ) {
    result.manifest.push(manifestEntry(joinPath(g.dir, `${g.rf}.json`), 'raw_result', false, false));
  }
}

function manifestKind(role: IxUnreadable['role']): string {
  return role === 'aggregate' ? 'aggregate' : role === 'raw_result' ? 'raw_result' : 'power_validation';
}

function fallbackRf(g: Group): ReturnType<typeof parseRf> {
  const own = parseRf(g.rf);
  if (own !== null && !own.multinode) return own;
  const f = folderRf(g.dir);
  const fromFolder = f === null ? null : parseRf(f);
  return fromFolder !== null && !fromFolder.multinode ? fromFolder : null;
}

export function rowFragment(
  format: 'inferencex-static' | 'inferencex-srt-slurm',
  path: string,
  dir: string,
  index: number,
  value: Record<string, unknown>,
): CellFragment {
  return buildPointFragment({
    format,
    dir,
    agg: { path, value, role: 'collected_aggregate' },
    raws: [],
    sidecar: null,
    fallback: { rf: null, point: null },
    logs: [],
    extras: { row_index: index },
  });
}
