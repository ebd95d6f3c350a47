/**
 * The durable history branch through the Git Data API (refs, commits, trees, blobs): no
 * checkout, no clone. Appending one file is: read the branch head (a missing branch is created
 * as an orphan: a root commit, no parent), one blob, one tree on the head's tree (the new file
 * plus deletions of the files pruned past `keep`), one commit, then the ref moved without force
 * (fast-forward only); a 422 on that move (someone else moved it: not a fast-forward, or the
 * branch was created meanwhile) starts over once from the new head. Reading lists the suite's
 * files in the head's tree, newest names first, and fetches them as blobs until `limit` are
 * good (at most MAX_BAD_FETCHES more), each size-capped (by the tree's size, so an oversized
 * one is never fetched) and validated (src/io/github/history-file.ts); a bad file is skipped
 * with why. A branch that does not exist (404) or an empty repository (409) is "no history".
 */
import type { ReportLimits } from '../untrusted-report.js';
import { callApi, GitHubApiError, statusOf } from './errors.js';
import { historyDir, isHistoryFile, parseHistoryText, type HistoryEntry } from './history-file.js';
import type { GitHubApi } from './octokit.js';

export interface HistoryBranch {
  owner: string;
  repo: string;
  branch: string;
  suiteKey: string;
}

interface Head {
  commitSha: string;
  treeSha: string;
}

export interface TreeFile {
  path: string;
  sha: string;
  size: number | null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
/** Blobs fetched beyond `limit` when files turn out bad, before reading stops. */
const MAX_BAD_FETCHES = 10;

/** The branch's head commit and its tree; null when the branch (or any commit) does not exist. */
async function branchHead(api: GitHubApi, b: HistoryBranch): Promise<Head | null> {
  let commitSha: string;
  try {
    const ref = await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: b.owner,
      repo: b.repo,
      ref: `heads/${b.branch}`,
    });
    commitSha = String((ref.data as { object?: { sha?: unknown } }).object?.sha ?? '');
  } catch (e) {
    const s = statusOf(e);
    if (s === 404 || s === 409) return null;
    return callApi('git/get-ref', () => Promise.reject(e));
  }
  const commit = await callApi('git/get-commit', () =>
    api.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      owner: b.owner,
      repo: b.repo,
      commit_sha: commitSha,
    }),
  );
  const treeSha = String((commit.data as { tree?: { sha?: unknown } }).tree?.sha ?? '');
  return { commitSha, treeSha };
}

/** The suite's history files in the tree, sorted by name (oldest first). */
async function suiteFiles(api: GitHubApi, b: HistoryBranch, treeSha: string): Promise<TreeFile[]> {
  const res = await callApi('git/get-tree', () =>
    api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: b.owner,
      repo: b.repo,
      tree_sha: treeSha,
      recursive: '1',
    }),
  );
  const data = res.data as {
    tree?: { path?: unknown; type?: unknown; sha?: unknown; size?: unknown }[];
    truncated?: unknown;
  };
  // GitHub lists at most 100,000 entries (7 MB) of a recursive tree: a cut listing could hide
  // files from pruning, so it is an error (a warning upstream), never a silent partial view.
  if (data.truncated === true)
    throw new GitHubApiError(
      'git/get-tree',
      null,
      `the listing of '${b.branch}' is truncated by GitHub; prune the branch`,
    );
  const entries = data.tree ?? [];
  return entries
    .filter((e) => e.type === 'blob' && typeof e.path === 'string' && isHistoryFile(e.path, b.suiteKey))
    .map((e) => ({
      path: String(e.path),
      sha: String(e.sha),
      size: typeof e.size === 'number' ? e.size : null,
    }))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

export interface AppendResult {
  path: string;
  commitSha: string;
  /** Files deleted to keep `keep` per suite (oldest first). */
  pruned: string[];
  /** Whether the branch was created (orphan commit). */
  created: boolean;
}

/** One attempt: new blob, tree, commit on the current head, then the ref moved (or created). */
async function appendOnce(
  api: GitHubApi,
  b: HistoryBranch,
  o: { name: string; text: string; keep: number; message: string },
): Promise<AppendResult> {
  const head = await branchHead(api, b);
  const files = head ? await suiteFiles(api, b, head.treeSha) : [];
  const path = `${historyDir(b.suiteKey)}/${o.name}`;
  const names = [...new Set([...files.map((f) => f.path), path])].sort();
  const pruned = names.slice(0, Math.max(0, names.length - o.keep)).filter((p) => p !== path);
  const blob = await callApi('git/create-blob', () =>
    api.request('POST /repos/{owner}/{repo}/git/blobs', {
      owner: b.owner,
      repo: b.repo,
      content: Buffer.from(o.text, 'utf8').toString('base64'),
      encoding: 'base64',
    }),
  );
  const tree = await callApi('git/create-tree', () =>
    api.request('POST /repos/{owner}/{repo}/git/trees', {
      owner: b.owner,
      repo: b.repo,
      ...(head ? { base_tree: head.treeSha } : {}),
      tree: [
        { path, mode: '100644', type: 'blob', sha: String((blob.data as { sha: unknown }).sha) },
        ...pruned.map((p) => ({ path: p, mode: '100644', type: 'blob', sha: null })),
      ],
    }),
  );
  const commit = await callApi('git/create-commit', () =>
    api.request('POST /repos/{owner}/{repo}/git/commits', {
      owner: b.owner,
      repo: b.repo,
      message: o.message,
      tree: String((tree.data as { sha: unknown }).sha),
      parents: head ? [head.commitSha] : [],
    }),
  );
  const sha = String((commit.data as { sha: unknown }).sha);
  if (head)
    await callApi('git/update-ref', () =>
      api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner: b.owner,
        repo: b.repo,
        ref: `heads/${b.branch}`,
        sha,
        force: false,
      }),
    );
  else
    await callApi('git/create-ref', () =>
      api.request('POST /repos/{owner}/{repo}/git/refs', {
        owner: b.owner,
        repo: b.repo,
        ref: `refs/heads/${b.branch}`,
        sha,
      }),
    );
  return { path, commitSha: sha, pruned, created: head === null };
}

/**
 * Appends `text` as `history/<suite>/<name>` and prunes the suite to `keep` files; a 422 on the
 * ref (a concurrent writer) is retried once from the new head. Errors are GitHubApiErrors.
 */
export async function appendHistory(
  api: GitHubApi,
  b: HistoryBranch,
  o: { name: string; text: string; keep: number; message: string },
): Promise<AppendResult> {
  try {
    return await appendOnce(api, b, o);
  } catch (e) {
    const raced = e instanceof GitHubApiError && e.status === 422 && /git\/(update|create)-ref/.test(e.operation);
    if (!raced) throw e;
    return appendOnce(api, b, o);
  }
}

export interface HistoryRead {
  /** False when the branch does not exist (or the repository is empty). */
  branchExists: boolean;
  /** Newest first, at most `limit`. */
  entries: { path: string; entry: HistoryEntry }[];
  /** Files not used, with why (named by their path on the branch). */
  skipped: { path: string; reason: string }[];
}

/** The run id a history file's name carries (`…-<run id>-<sha12>.json`), else null. */
function runIdOfName(path: string): number | null {
  const m = /-(\d{1,19})-[0-9a-f]{12}\.json$/.exec(path);
  return m ? Number(m[1]) : null;
}

/**
 * Reads the suite's newest history files, skipping runs in `exclude` (already loaded from
 * their artifacts, or the current run), until `limit` entries are read.
 */
export async function readHistory(
  api: GitHubApi,
  b: HistoryBranch,
  o: { limit: number; exclude: ReadonlySet<number>; limits: ReportLimits },
): Promise<HistoryRead> {
  const head = await branchHead(api, b);
  const out: HistoryRead = { branchExists: head !== null, entries: [], skipped: [] };
  if (!head) return out;
  const files = (await suiteFiles(api, b, head.treeSha)).reverse();
  // Bad files cost a request each: at most this many blobs are fetched in all.
  let fetches = o.limit + MAX_BAD_FETCHES;
  for (const f of files) {
    if (out.entries.length >= o.limit || fetches === 0) break;
    const id = runIdOfName(f.path);
    if (id !== null && o.exclude.has(id)) continue;
    if (f.size !== null && f.size > o.limits.maxBytes) {
      out.skipped.push({
        path: f.path,
        reason: `${f.size} bytes, over the ${o.limits.maxBytes}-byte cap (max-report-bytes); not read`,
      });
      continue;
    }
    fetches--;
    const blob = await callApi('git/get-blob', () =>
      api.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner: b.owner, repo: b.repo, file_sha: f.sha }),
    );
    const text = blobText(blob.data);
    if (text === null) {
      out.skipped.push({ path: f.path, reason: 'not UTF-8 text' });
      continue;
    }
    const parsed = parseHistoryText(text, f.path, o.limits);
    if (!parsed.ok) out.skipped.push({ path: f.path, reason: parsed.reason.replace(`${f.path} `, '') });
    else if (o.exclude.has(parsed.entry.run_id)) continue;
    else out.entries.push({ path: f.path, entry: parsed.entry });
  }
  return out;
}

/** A blob's content as strict UTF-8 text (GitHub returns base64), else null. */
function blobText(data: unknown): string | null {
  const d = data as { content?: unknown; encoding?: unknown };
  if (typeof d.content !== 'string') return null;
  try {
    const buf = d.encoding === 'base64' ? Buffer.from(d.content, 'base64') : Buffer.from(d.content, 'utf8');
    const text = utf8Strict.decode(buf);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}
