/**
 * The fake's Git Data API (refs, commits, trees, blobs) over an in-memory object store with
 * git's own object ids: blobs and trees hashed as git hashes them (`blob <n>\0…`, binary tree
 * entries sorted git's way), commits over their tree, parents and message. Nested trees are
 * built from slash paths as GitHub does for POST /git/trees (base_tree + entries, `sha: null`
 * deletes); refs move only by fast-forward unless forced (422 "Update is not a fast forward").
 * Replies are plain {status, body}; FakeGitHub validates them against @octokit/openapi.
 */
import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string };

function sha1(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

/** git's tree order: names compared as bytes, a tree's name with a trailing '/'. */
function treeOrder(a: TreeEntry, b: TreeEntry): number {
  const ka = a.type === 'tree' ? `${a.name}/` : a.name;
  const kb = b.type === 'tree' ? `${b.name}/` : b.name;
  return Buffer.compare(Buffer.from(ka), Buffer.from(kb));
}

export class GitStore {
  readonly objects = new Map<string, GitObject>();
  /** "refs/heads/x" → commit sha. */
  readonly refs = new Map<string, string>();
  private clock = 0;

  constructor(
    private readonly apiUrl: () => string,
    private readonly repo: string,
  ) {}

  putBlob(content: Buffer): string {
    const sha = sha1('blob', content);
    this.objects.set(sha, { type: 'blob', content });
    return sha;
  }

  private putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort(treeOrder);
    const body = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([Buffer.from(`${e.type === 'tree' ? '40000' : e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
      ),
    );
    const sha = sha1('tree', body);
    this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  private putCommit(tree: string, parents: string[], message: string): string {
    const body = Buffer.from(
      `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}author fake <fake@example.invalid> ${1_790_000_000 + this.clock} +0000\n\n${message}`,
    );
    this.clock++;
    const sha = sha1('commit', body);
    this.objects.set(sha, { type: 'commit', tree, parents, message });
    return sha;
  }

  /** Every blob of a tree by slash path. */
  flatten(treeSha: string, prefix = ''): Map<string, { mode: string; sha: string }> {
    const out = new Map<string, { mode: string; sha: string }>();
    const t = this.objects.get(treeSha);
    if (t?.type !== 'tree') return out;
    for (const e of t.entries) {
      const p = `${prefix}${e.name}`;
      if (e.type === 'tree') for (const [k, v] of this.flatten(e.sha, `${p}/`)) out.set(k, v);
      else out.set(p, { mode: e.mode, sha: e.sha });
    }
    return out;
  }

  /** Nested trees from a flat path map; the root tree's sha. */
  private build(flat: Map<string, { mode: string; sha: string }>): string {
    const here: TreeEntry[] = [];
    const sub = new Map<string, Map<string, { mode: string; sha: string }>>();
    for (const [p, v] of flat) {
      const i = p.indexOf('/');
      if (i < 0) here.push({ name: p, mode: v.mode, type: 'blob', sha: v.sha });
      else {
        const dir = p.slice(0, i);
        if (!sub.has(dir)) sub.set(dir, new Map());
        sub.get(dir)?.set(p.slice(i + 1), v);
      }
    }
    for (const [dir, m] of sub) here.push({ name: dir, mode: '040000', type: 'tree', sha: this.build(m) });
    return this.putTree(here);
  }

  /** The files of a branch (path → text); empty when it does not exist. */
  files(branch: string): Map<string, string> {
    const head = this.refs.get(`refs/heads/${branch}`);
    const out = new Map<string, string>();
    if (!head) return out;
    const c = this.objects.get(head);
    if (c?.type !== 'commit') return out;
    for (const [p, v] of this.flatten(c.tree)) {
      const b = this.objects.get(v.sha);
      if (b?.type === 'blob') out.set(p, b.content.toString('utf8'));
    }
    return out;
  }

  /** Commits a file onto a branch (created as an orphan when missing): seeds a scenario. */
  commitFile(branch: string, path: string, content: Buffer | string): string {
    const ref = `refs/heads/${branch}`;
    const head = this.refs.get(ref);
    const headCommit = head ? this.objects.get(head) : undefined;
    const flat = headCommit?.type === 'commit' ? this.flatten(headCommit.tree) : new Map();
    flat.set(path, { mode: '100644', sha: this.putBlob(Buffer.isBuffer(content) ? content : Buffer.from(content)) });
    const sha = this.putCommit(this.build(flat), head ? [head] : [], `seed ${path}`);
    this.refs.set(ref, sha);
    return sha;
  }

  /** Commits of a branch, newest first (first parents). */
  log(branch: string): { sha: string; parents: string[]; message: string }[] {
    const out: { sha: string; parents: string[]; message: string }[] = [];
    let cur = this.refs.get(`refs/heads/${branch}`);
    while (cur) {
      const c = this.objects.get(cur);
      if (c?.type !== 'commit') break;
      out.push({ sha: cur, parents: c.parents, message: c.message });
      cur = c.parents[0];
    }
    return out;
  }

  private isAncestor(ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const stack = [of];
    while (stack.length > 0) {
      const s = stack.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = this.objects.get(s);
      if (c?.type === 'commit') stack.push(...c.parents);
    }
    return false;
  }

  private err(status: number, message: string): Reply {
    return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
  }

  private url(kind: string, sha: string): string {
    return `${this.apiUrl()}/repos/${this.repo}/git/${kind}/${sha}`;
  }

  private refJson(ref: string, sha: string): Json {
    return {
      ref,
      node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
      url: `${this.apiUrl()}/repos/${this.repo}/git/${ref}`,
      object: { type: 'commit', sha, url: this.url('commits', sha) },
    };
  }

  private commitJson(sha: string): Json {
    const c = this.objects.get(sha) as Extract<GitObject, { type: 'commit' }>;
    const who = { name: 'github-actions[bot]', email: 'bot@example.invalid', date: '2026-11-01T00:00:00Z' };
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: this.url('commits', sha),
      html_url: `https://github.com/${this.repo}/commit/${sha}`,
      author: who,
      committer: who,
      message: c.message,
      tree: { sha: c.tree, url: this.url('trees', c.tree) },
      parents: c.parents.map((p) => ({
        sha: p,
        url: this.url('commits', p),
        html_url: `https://github.com/${this.repo}/commit/${p}`,
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  private treeJson(sha: string, recursive: boolean): Json {
    const rows: Json[] = [];
    const walk = (treeSha: string, prefix: string) => {
      const t = this.objects.get(treeSha);
      if (t?.type !== 'tree') return;
      for (const e of t.entries) {
        const blob = this.objects.get(e.sha);
        rows.push({
          path: `${prefix}${e.name}`,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          ...(blob?.type === 'blob' ? { size: blob.content.length } : {}),
          url: this.url(e.type === 'tree' ? 'trees' : 'blobs', e.sha),
        });
        if (recursive && e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`);
      }
    };
    walk(sha, '');
    return { sha, url: this.url('trees', sha), tree: rows, truncated: false };
  }

  /** One Git Data API operation; `write` is whether the token may write contents. */
  handle(op: string, p: Record<string, string>, q: URLSearchParams, body: Json, write: boolean): Reply | null {
    if (
      op.startsWith('git/') &&
      !['git/get-ref', 'git/get-commit', 'git/get-tree', 'git/get-blob'].includes(op) &&
      !write
    )
      return this.err(403, 'Resource not accessible by integration');
    switch (op) {
      case 'git/get-ref': {
        const ref = `refs/${p.ref}`;
        const sha = this.refs.get(ref);
        return sha ? { status: 200, body: this.refJson(ref, sha) } : this.err(404, 'Not Found');
      }
      case 'git/create-ref': {
        const ref = String(body.ref);
        const sha = String(body.sha);
        if (!/^refs\/[^/]+\/.+/.test(ref))
          return this.err(422, 'Reference name must start with refs/ and have two slashes');
        if (this.refs.has(ref)) return this.err(422, 'Reference already exists');
        if (this.objects.get(sha)?.type !== 'commit') return this.err(422, 'Object does not exist');
        this.refs.set(ref, sha);
        return {
          status: 201,
          body: this.refJson(ref, sha),
          headers: { location: `${this.apiUrl()}/repos/${this.repo}/git/${ref}` },
        };
      }
      case 'git/update-ref': {
        const ref = `refs/${p.ref}`;
        const cur = this.refs.get(ref);
        const sha = String(body.sha);
        if (!cur) return this.err(422, 'Reference does not exist');
        if (this.objects.get(sha)?.type !== 'commit') return this.err(422, 'Object does not exist');
        if (body.force !== true && !this.isAncestor(cur, sha)) return this.err(422, 'Update is not a fast forward');
        this.refs.set(ref, sha);
        return { status: 200, body: this.refJson(ref, sha) };
      }
      case 'git/get-commit': {
        const c = this.objects.get(p.commit_sha ?? '');
        return c?.type === 'commit'
          ? { status: 200, body: this.commitJson(p.commit_sha as string) }
          : this.err(404, 'Not Found');
      }
      case 'git/create-commit': {
        const tree = String(body.tree);
        const parents = ((body.parents as string[] | undefined) ?? []).map(String);
        if (this.objects.get(tree)?.type !== 'tree') return this.err(422, 'Tree SHA does not exist');
        if (parents.some((x) => this.objects.get(x)?.type !== 'commit'))
          return this.err(422, 'Parent SHA does not exist or is not a commit object');
        const sha = this.putCommit(tree, parents, String(body.message));
        return {
          status: 201,
          body: this.commitJson(sha),
          headers: { location: this.url('commits', sha) },
        };
      }
      case 'git/get-tree': {
        const t = this.objects.get(p.tree_sha ?? '');
        if (t?.type !== 'tree') return this.err(404, 'Not Found');
        return { status: 200, body: this.treeJson(p.tree_sha as string, q.has('recursive')) };
      }
      case 'git/create-tree': {
        const base = body.base_tree as string | undefined;
        let flat = new Map<string, { mode: string; sha: string }>();
        if (base !== undefined) {
          if (this.objects.get(base)?.type !== 'tree') return this.err(422, 'base_tree is not a valid tree oid');
          flat = this.flatten(base);
        }
        for (const e of (body.tree as Json[] | undefined) ?? []) {
          const path = String(e.path);
          if (e.sha === null) {
            flat.delete(path);
            continue;
          }
          if (e.type !== 'blob') return this.err(422, 'the fake writes blob entries only');
          let sha = e.sha as string | undefined;
          if (sha === undefined && typeof e.content === 'string') sha = this.putBlob(Buffer.from(e.content));
          if (!sha || this.objects.get(sha)?.type !== 'blob')
            return this.err(422, `tree.sha ${String(sha)} is not a valid blob`);
          flat.set(path, { mode: String(e.mode), sha });
        }
        const sha = this.build(flat);
        return {
          status: 201,
          body: this.treeJson(sha, false),
          headers: { location: this.url('trees', sha) },
        };
      }
      case 'git/get-blob': {
        const b = this.objects.get(p.file_sha ?? '');
        if (b?.type !== 'blob') return this.err(404, 'Not Found');
        return {
          status: 200,
          body: {
            sha: p.file_sha,
            node_id: `B_${String(p.file_sha).slice(0, 12)}`,
            url: this.url('blobs', p.file_sha as string),
            size: b.content.length,
            content: b.content.toString('base64').replace(/(.{60})/g, '$1\n'),
            encoding: 'base64',
          },
        };
      }
      case 'git/create-blob': {
        const enc = (body.encoding as string | undefined) ?? 'utf-8';
        if (enc !== 'utf-8' && enc !== 'base64') return this.err(422, `encoding ${enc} is not supported`);
        const content = Buffer.from(String(body.content), enc === 'base64' ? 'base64' : 'utf8');
        const sha = this.putBlob(content);
        return {
          status: 201,
          body: { url: this.url('blobs', sha), sha },
          headers: { location: this.url('blobs', sha) },
        };
      }
      default:
        return null;
    }
  }
}
