/**
 * InferenceX multi-node srt-slurm results (`inferencex-srt-slurm`; layouts: docs/ARCHITECTURE.md "Producers and layouts").
 *
 * One fragment per `<folder, point>`, a point being `<RF>_<subdir>_conc<N>_gpus_<G>[_ctx_<P>_gen_<D>]`:
 * `agg_<point>.json` joined with its raw twins — `<point>.json` at the `power_audit_<RF>` root and
 * the same file again as `LOGS/<subdir>/results_concurrency_<N>_gpus_<G>[…].json` (one cell, never
 * counted twice, never an eval cell) — and `power_validation_<point>.json`. Topology keeps the
 * prefill/decode fields and the GPU split; the three per-GPU throughputs keep their denominators
 * (total → P+D, output → decode GPUs or all when decode = 0, input → prefill GPUs).
 *
 * `multinode_server_logs.tar.gz` and other files under `LOGS/` are linked (artifacts role `logs`,
 * manifest kind `server_logs`), never parsed. Multi-node, non-agentic rows of collected
 * `agg_bmk.json` arrays become their own fragments (extras.row_index).
 */
import { baseOf, joinPath } from './paths.js';
import {
  buildPointFragment,
  folderRf,
  manifestEntry,
  parseLogsRawPath,
  parseRf,
  parseSrtPointStem,
  scanInferencex,
  sniffInferencex,
  sortResult,
  unreadableFinding,
  type IxJsonFile,
  type IxRaw,
  type IxScan,
  type IxUnreadable,
  type SrtPointName,
} from './inferencex-common.js';
import { rowFragment } from './inferencex-static.js';
import { emptyResult, type AdapterResult, type IngestContext, type SourceAdapter } from './types.js';

interface Point {
  dir: string;
  stem: string;
  name: SrtPointName | null;
  agg: IxJsonFile | null;
  /** Root raw twin first, then LOGS copies. */
  raws: IxRaw[];
  sidecar: IxJsonFile | null;
  bad: IxUnreadable[];
}

const stemOf = (name: string): string => name.replace(/\.json$/i, '');

export const inferencexSrtSlurmAdapter: SourceAdapter = {
  id: 'inferencex-srt-slurm',
  group: 'inferencex',
  sniff(file, env) {
    const r = sniffInferencex(file, env);
    return r !== null && r.owner === 'srt' ? r.verdict : null;
  },
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const scan = await scanInferencex(ctx);
    const result = emptyResult();
    const points = groupPoints(scan);
    const readableByStem = readableSources(points);
    const logsFor = logsOfPoints(scan);
    for (const key of [...points.keys()].sort()) {
      const p = points.get(key) as Point;
      emitPoint(ctx, p, readableByStem.get(p.stem) ?? null, logsFor(p), result);
    }
    claimLogs(ctx, scan, points, result);
    for (const c of scan.collected) {
      ctx.claim(c.file.path);
      result.manifest.push(manifestEntry(c.file.path, 'collected_aggregate', false, true));
      for (const row of c.rows) {
        if (row.owner !== 'srt') continue;
        result.fragments.push(rowFragment('inferencex-srt-slurm', c.file.path, c.file.dir, row.index, row.value));
      }
    }
    sortResult(result);
    return result;
  },
};

/** Points by `<folder, stem>`: aggregates, root raws, sidecars, unreadable files, then the LOGS copies. */
function groupPoints(scan: IxScan): Map<string, Point> {
  const points = new Map<string, Point>();
  const point = (dir: string, stem: string): Point => {
    const key = `${dir}\u0000${stem}`;
    let p = points.get(key);
    if (!p) {
      p = {
        dir,
        stem,
        name: parseSrtPointStem(stem, folderRf(dir), baseOf(dir) || null),
        agg: null,
        raws: [],
        sidecar: null,
        bad: [],
      };
      points.set(key, p);
    }
    return p;
  };

  for (const a of scan.aggregates) if (a.owner === 'srt') point(a.file.dir, stemOf(a.file.name).slice(4)).agg = a;
  for (const r of scan.raws) if (r.owner === 'srt' && !r.logs) point(r.file.dir, stemOf(r.file.name)).raws.push(r);
  for (const s of scan.sidecars)
    if (s.owner === 'srt') point(s.file.dir, stemOf(s.file.name).slice('power_validation_'.length)).sidecar = s;
  const badLogs: IxUnreadable[] = [];
  for (const u of scan.unreadable) {
    if (u.owner !== 'srt') continue;
    if (u.role === 'raw_result' && parseLogsRawPath(u.file.path) !== null) {
      badLogs.push(u);
      continue;
    }
    const n = stemOf(u.file.name);
    const stem =
      u.role === 'aggregate' ? n.slice(4) : u.role === 'power_validation' ? n.slice('power_validation_'.length) : n;
    point(u.file.dir, stem).bad.push(u);
  }

  // LOGS copies join the point of their folder (`<base>/LOGS/<subdir>/results_concurrency_…`);
  // with no such point they form one of their own, named after the folder's RF.
  const attachLogsCopy = (path: string): Point | null => {
    const lp = parseLogsRawPath(path);
    if (lp === null) return null;
    const inBase = [...points.values()].filter((p) => p.dir === lp.base && p.stem.endsWith(lp.suffix));
    const rf = folderRf(lp.base);
    const pick = inBase.length === 1 ? inBase[0] : inBase.find((p) => rf !== null && p.stem === `${rf}${lp.suffix}`);
    if (pick) return pick;
    const own = point(lp.base, rf !== null ? `${rf}${lp.suffix}` : stemOf(baseOf(path)));
    // No twin: the copy's own path states the point (conc, GPUs, ctx/gen, lengths of its subdir).
    own.name = { ...lp.name, rf };
    return own;
  };
  for (const r of scan.raws) if (r.owner === 'srt' && r.logs) attachLogsCopy(r.file.path)?.raws.push(r);
  for (const u of badLogs) attachLogsCopy(u.file.path)?.bad.push(u);
  return points;
}

/** The first readable source per point stem across folders (bmk_ vs power_audit_ copies). */
function readableSources(points: Map<string, Point>): Map<string, string> {
  const readableByStem = new Map<string, string>();
  for (const key of [...points.keys()].sort()) {
    const p = points.get(key) as Point;
    const src = p.agg?.file.path ?? p.raws[0]?.file.path;
    if (src !== undefined && !readableByStem.has(p.stem)) readableByStem.set(p.stem, src);
  }
  return readableByStem;
}

const rfOfPoint = (p: Point): string | null => p.name?.rf ?? folderRf(p.dir);

/**
 * Logs of a point: tarballs of `multinode_server_logs_<RF>/` go with every point of that RF; files
 * under `<base>/LOGS/` with the points of `<base>`.
 */
function logsOfPoints(scan: IxScan): (p: Point) => string[] {
  const logsFor = (p: Point): string[] => {
    const rf = rfOfPoint(p);
    const out: string[] = [];
    for (const f of scan.logs) {
      if (f.name === 'multinode_server_logs.tar.gz') {
        const frf = folderRf(f.dir);
        if ((frf !== null && frf === rf) || f.dir === p.dir) out.push(f.path);
      } else if (logsBase(f.path) === p.dir) out.push(f.path);
    }
    return out;
  };
  return logsFor;
}

/** One point: unreadable files as findings, the fragment, its manifest entries. */
function emitPoint(
  ctx: IngestContext,
  p: Point,
  readableElsewhere: string | null,
  logs: string[],
  result: AdapterResult,
): void {
  p.raws.sort((a, b) => Number(a.logs) - Number(b.logs) || (a.file.path < b.file.path ? -1 : 1));
  for (const u of p.bad) {
    ctx.claim(u.file.path);
    result.manifest.push(manifestEntry(u.file.path, u.role, u.role !== 'power_validation', true));
    let other: string | null = null;
    if (u.role === 'aggregate') other = p.raws[0]?.file.path ?? readableElsewhere;
    else if (u.role === 'raw_result') other = p.raws[0]?.file.path ?? p.agg?.file.path ?? readableElsewhere;
    result.findings.push(unreadableFinding(u, other));
  }
  if (p.agg === null && p.raws.length === 0) {
    if (p.sidecar !== null) {
      ctx.claim(p.sidecar.file.path);
      result.manifest.push(manifestEntry(p.sidecar.file.path, 'power_validation', false, true));
    }
    return;
  }
  const rfName = rfOfPoint(p);
  const rfInfo = rfName === null ? null : parseRf(rfName);

  result.fragments.push(
    buildPointFragment({
      format: 'inferencex-srt-slurm',
      dir: p.dir,
      agg: p.agg ? { path: p.agg.file.path, value: p.agg.value, role: 'aggregate' } : null,
      raws: p.raws.map((r) => ({ path: r.file.path, value: r.value })),
      sidecar: p.sidecar ? { path: p.sidecar.file.path, value: p.sidecar.value } : null,
      fallback: { rf: rfInfo !== null && rfInfo.multinode ? rfInfo : null, point: p.name },
      logs,
    }),
  );
  if (p.agg) {
    ctx.claim(p.agg.file.path);
    result.manifest.push(manifestEntry(p.agg.file.path, 'aggregate', true, true));
  }
  for (const r of p.raws) {
    ctx.claim(r.file.path);
    result.manifest.push(manifestEntry(r.file.path, 'raw_result', true, true));
  }
  if (p.sidecar) {
    ctx.claim(p.sidecar.file.path);
    result.manifest.push(manifestEntry(p.sidecar.file.path, 'power_validation', false, true));
  }
  if (p.raws.length === 0 && !p.bad.some((u) => u.role === 'raw_result') && baseOf(p.dir).startsWith('power_audit_')) {
    result.manifest.push(manifestEntry(joinPath(p.dir, `${p.stem}.json`), 'raw_result', false, false));
  }
}

/** Every log next to srt-slurm results is listed (claimed), attached or not. */
function claimLogs(ctx: IngestContext, scan: IxScan, points: Map<string, Point>, result: AdapterResult): void {
  const pointRfs = new Set([...points.values()].map(rfOfPoint).filter((x): x is string => x !== null));
  const pointDirs = new Set([...points.values()].map((p) => p.dir));
  for (const f of scan.logs) {
    const mine =
      f.name === 'multinode_server_logs.tar.gz'
        ? (folderRf(f.dir) !== null && pointRfs.has(folderRf(f.dir) as string)) ||
          pointDirs.has(f.dir) ||
          baseOf(f.dir).startsWith('multinode_server_logs_')
        : pointDirs.has(logsBase(f.path) ?? '\u0000');
    if (!mine) continue;
    ctx.claim(f.path);
    result.manifest.push(manifestEntry(f.path, 'server_logs', false, true));
  }
}

/** `<base>` of a file under `<base>/LOGS/…` (or srt-slurm's own `logs/`), else null. */
function logsBase(path: string): string | null {
  for (const seg of ['LOGS', 'logs']) {
    if (path.startsWith(`${seg}/`)) return '';
    const i = path.indexOf(`/${seg}/`);
    if (i >= 0) return path.slice(0, i);
  }
  return null;
}
