/**
 * Artifacts through the real @actions/artifact client: download this run's (or another run's)
 * benchmark artifacts by name pattern, one folder per artifact, and
 * upload our one report artifact. Digest mismatches are errors; failures are one line.
 *
 * Downloads run in a bounded pool (`download-concurrency`, default 8). Each artifact is fetched
 * as its zip, unextracted (`skipDecompress`: the client's own unzip-stream extraction has no
 * bounds and spins forever on some corrupt archives), then extracted by src/io/zip-extract.ts
 * within the entry, byte and ratio limits, refusing zip-slip and symlink entries. A corrupt or
 * refused archive fails at once with one line naming the artifact.
 */
import { globMatcher } from '../../core/glob.js';
import { mkdirs } from '../mkdirs.js';
import { readdir, lstat, mkdtemp, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactClient, Artifact } from '@actions/artifact';
import { DEFAULT_EXTRACT_LIMITS, ExtractError, extractZip, type ExtractLimits } from '../zip-extract.js';

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

/** Thrown for artifact-service failures, already in one line. */
export class ArtifactError extends Error {
  override name = 'ArtifactError';
  constructor(
    readonly operation: string,
    detail: string,
    readonly status: number | null = null,
  ) {
    super(`artifact ${operation} failed${status !== null ? ` (HTTP ${status})` : ''}: ${detail}`);
  }
}

/** The HTTP status inside @actions/artifact's messages ("Failed request: (409) ..."), or a `status` field. */
export function artifactErrorStatus(e: unknown): number | null {
  const s = (e as { status?: unknown } | null)?.status;
  if (typeof s === 'number') return s;
  const m = /\((\d{3})\)|status(?: code)?:? (\d{3})|HTTP (\d{3})|response: (\d{3})/i.exec(
    e instanceof Error ? e.message : String(e),
  );
  const v = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : NaN;
  return Number.isFinite(v) ? v : null;
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}

export function toArtifactError(operation: string, e: unknown): ArtifactError {
  if (e instanceof ArtifactError) return e;
  return new ArtifactError(operation, oneLine(e), artifactErrorStatus(e));
}

/**
 * Newest artifact per name (highest id), among those the pattern list selects (core/glob.ts:
 * minimatch as in actions/download-artifact, `!x` excludes), sorted by name.
 */
export function selectArtifacts(all: readonly Artifact[], patterns: readonly string[]): Artifact[] {
  const selected = globMatcher(patterns);
  const byName = new Map<string, Artifact>();
  for (const a of all) {
    if (!selected(a.name)) continue;
    const prev = byName.get(a.name);
    if (!prev || a.id > prev.id) byName.set(a.name, a);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export interface DownloadedArtifact {
  name: string;
  id: number;
  /** Absolute folder the artifact was extracted into. */
  dir: string;
}

/** Artifact names become folder names; refuse anything that could leave the destination. */
function safeFolder(name: string): string {
  if (name === '' || name === '.' || name === '..' || /[\\/]/.test(name))
    throw new ArtifactError('download', `refusing artifact name '${name}'`);
  return name;
}

/** Default size of the download pool (input `download-concurrency`). */
export const DEFAULT_DOWNLOAD_CONCURRENCY = 8;

export interface DownloadOptions {
  /** Another run's artifacts (REST; token needs actions: read); null = the current run. */
  findBy?: FindBy | null;
  /** Extraction limits per artifact. */
  limits?: ExtractLimits;
}

/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight; results in input order.
 * On the first failure no new call starts; the calls in flight are awaited, then it rethrows.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (failed === null && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i] as T, i);
      } catch (e) {
        failed ??= { error: e };
      }
    }
  };
  const n = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  if (failed !== null) throw (failed as { error: unknown }).error;
  return out;
}

/**
 * Downloads every artifact matching `patterns` into `destDir/<artifact name>/`, `concurrency` at a
 * time. With `findBy`, from another run (REST, token needs actions: read); else from the current
 * run (artifact service). Returns the downloaded artifacts sorted by name.
 */
export async function downloadArtifacts(
  client: ArtifactClient,
  o: {
    patterns: readonly string[];
    destDir: string;
    findBy?: FindBy | null;
    concurrency?: number;
    limits?: ExtractLimits;
  },
): Promise<DownloadedArtifact[]> {
  const find = o.findBy ? { findBy: o.findBy } : {};
  let listed: Artifact[];
  try {
    listed = (await client.listArtifacts({ latest: true, ...find })).artifacts;
  } catch (e) {
    throw toArtifactError('list', e);
  }
  const picked = selectArtifacts(listed, o.patterns);
  for (const a of picked) safeFolder(a.name);
  return mapPool(picked, o.concurrency ?? DEFAULT_DOWNLOAD_CONCURRENCY, (a) =>
    downloadArtifactTo(client, a, path.join(o.destDir, safeFolder(a.name)), {
      findBy: o.findBy ?? null,
      ...(o.limits ? { limits: o.limits } : {}),
    }),
  );
}

/** Downloads one artifact into `dir` (kept for callers of the old signature). */
export async function downloadOne(
  client: ArtifactClient,
  a: Artifact,
  dir: string,
  findBy: FindBy | null,
  limits?: ExtractLimits,
): Promise<DownloadedArtifact> {
  return downloadArtifactTo(client, a, dir, { findBy, ...(limits ? { limits } : {}) });
}

const ZIP_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

async function startsLikeZip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.some((m) => m.equals(buf));
  } finally {
    await fh.close();
  }
}

/**
 * "Download artifact X to a folder, bounded": fetches the artifact's zip unextracted into a
 * scratch folder, checks its digest (when the listing gave one), and extracts it into `dir`
 * within `limits` (zip-slip, symlink and special entries refused). A file the service serves
 * without a zip archive around it (uploaded with `archive: false`) is placed in `dir` as is.
 * Throws ArtifactError, one line naming the artifact.
 */
export async function downloadArtifactTo(
  client: ArtifactClient,
  a: Artifact,
  dir: string,
  o: DownloadOptions = {},
): Promise<DownloadedArtifact> {
  const op = `download of '${a.name}'`;
  // Scratch beside the destination (same file system, so the raw-file case is a rename); removed
  // before anything reads the destination's parent.
  await mkdirs(path.dirname(path.resolve(dir)));
  const scratch = await mkdtemp(path.join(path.dirname(path.resolve(dir)), '.inferguard-dl-'));
  try {
    let res;
    try {
      res = await client.downloadArtifact(a.id, {
        path: scratch,
        skipDecompress: true,
        ...(a.digest ? { expectedHash: a.digest } : {}),
        ...(o.findBy ? { findBy: o.findBy } : {}),
      });
    } catch (e) {
      throw toArtifactError(op, e);
    }
    if (res.digestMismatch) throw new ArtifactError(op, `digest mismatch (expected ${a.digest ?? '?'})`);
    const got = await readdir(scratch);
    const name = got[0];
    if (got.length !== 1 || name === undefined) throw new ArtifactError(op, `the service sent ${got.length} files`);
    const file = path.join(scratch, name);
    if (!(await lstat(file)).isFile()) throw new ArtifactError(op, 'the download is not a regular file');
    await mkdirs(dir);
    if (await startsLikeZip(file)) {
      try {
        await extractZip(file, dir, o.limits ?? DEFAULT_EXTRACT_LIMITS);
      } catch (e) {
        if (e instanceof ExtractError) throw new ArtifactError(op, `archive refused: ${e.message}`);
        throw toArtifactError(op, e);
      }
    } else if (name === 'artifact' || /\.zip$/i.test(name)) {
      // Served as a zip (no file name of its own) but not one: a corrupt archive.
      throw new ArtifactError(op, 'archive refused: not a zip archive (corrupt download?)');
    } else {
      await rename(file, path.join(dir, safeFolder(name)));
    }
    return { name: a.name, id: a.id, dir };
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Uploads `files` (absolute paths under `rootDir`) as one artifact; returns its id. */
export async function uploadArtifact(
  client: ArtifactClient,
  o: { name: string; files: string[]; rootDir: string; retentionDays?: number },
): Promise<{ id: number | null; size: number | null }> {
  try {
    const res = await client.uploadArtifact(
      o.name,
      [...o.files].sort(),
      o.rootDir,
      o.retentionDays ? { retentionDays: o.retentionDays } : {},
    );
    return { id: res.id ?? null, size: res.size ?? null };
  } catch (e) {
    throw toArtifactError(`upload of '${o.name}'`, e);
  }
}
