/**
 * Artifacts through the real @actions/artifact client: download this run's (or another run's)
 * benchmark artifacts by name pattern, one folder per artifact (INPUTS.md §1.3 layout), and
 * upload our one report artifact. Digest mismatches are errors; failures are one line.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactClient, Artifact } from '@actions/artifact';

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

/** Glob-style artifact name match: `*` any run of characters, `?` one character, else literal. */
export function matchesPattern(name: string, pattern: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    's',
  );
  return re.test(name);
}

/** Newest artifact per name (highest id), among those matching any pattern, sorted by name. */
export function selectArtifacts(all: readonly Artifact[], patterns: readonly string[]): Artifact[] {
  const byName = new Map<string, Artifact>();
  for (const a of all) {
    if (!patterns.some((p) => matchesPattern(a.name, p))) continue;
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

/**
 * Downloads every artifact matching `patterns` into `destDir/<artifact name>/`. With `findBy`,
 * from another run (REST, token needs actions: read); else from the current run (artifact
 * service). Returns the downloaded artifacts sorted by name.
 */
export async function downloadArtifacts(
  client: ArtifactClient,
  o: { patterns: readonly string[]; destDir: string; findBy?: FindBy | null },
): Promise<DownloadedArtifact[]> {
  const find = o.findBy ? { findBy: o.findBy } : {};
  let listed: Artifact[];
  try {
    listed = (await client.listArtifacts({ latest: true, ...find })).artifacts;
  } catch (e) {
    throw toArtifactError('list', e);
  }
  const picked = selectArtifacts(listed, o.patterns);
  const out: DownloadedArtifact[] = [];
  for (const a of picked) {
    out.push(await downloadOne(client, a, path.join(o.destDir, safeFolder(a.name)), o.findBy ?? null));
  }
  return out;
}

/** Downloads one artifact into `dir`, checking its digest when the listing gave one. */
export async function downloadOne(
  client: ArtifactClient,
  a: Artifact,
  dir: string,
  findBy: FindBy | null,
): Promise<DownloadedArtifact> {
  await mkdir(dir, { recursive: true });
  let res;
  try {
    res = await client.downloadArtifact(a.id, {
      path: dir,
      ...(a.digest ? { expectedHash: a.digest } : {}),
      ...(findBy ? { findBy } : {}),
    });
  } catch (e) {
    throw toArtifactError(`download of '${a.name}'`, e);
  }
  if (res.digestMismatch)
    throw new ArtifactError(`download of '${a.name}'`, `digest mismatch (expected ${a.digest ?? '?'})`);
  return { name: a.name, id: a.id, dir };
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
