/**
 * One in-memory "GitHub" on one loopback port: the REST routes the action uses (validated against
 * GitHub's OpenAPI description, both ways) and the Actions results service (Twirp over JSON,
 * bodies parsed with the protobuf classes shipped inside @actions/artifact itself). Blobs live in
 * Azurite behind SAS URLs. Every request is logged; every contract problem is recorded as a
 * violation (tests assert there are none). One-shot faults can be queued per operation.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Azurite } from './blob.js';
import { GitStore } from './git-store.js';
import { OpenApi } from './openapi.js';

export const OPERATIONS = [
  'actions/get-workflow-run',
  'actions/list-workflow-runs',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/get',
  'checks/create',
  'checks/update',
  'actions/list-workflow-runs-for-repo',
  'git/get-ref',
  'git/create-ref',
  'git/update-ref',
  'git/get-commit',
  'git/create-commit',
  'git/get-tree',
  'git/create-tree',
  'git/get-blob',
  'git/create-blob',
] as const;

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const REPO_ROOT = path.resolve(new URL('../../../', import.meta.url).pathname);

let openApiSingleton: OpenApi | null = null;
/** Parsing the 13 MB description costs ~0.3 s: once per test file. */
export function openApi(): OpenApi {
  openApiSingleton ??= new OpenApi(OPERATIONS);
  return openApiSingleton;
}

type Json = Record<string, unknown>;

export interface FakeRun {
  id: number;
  workflowId: number;
  workflowPath: string;
  name: string;
  event: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  headRepo: string;
  runBackendId: string;
  jobBackendId: string;
  runtimeToken: string;
  createdAt: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  size: number;
  digest: string | null;
  blob: string;
  expired: boolean;
  finalized: boolean;
  createdAt: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  createdAt: string;
}

export interface FakePull {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  baseSha: string;
  state?: 'open' | 'closed';
  labels?: string[];
}

export interface FakeCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  detailsUrl: string | null;
  annotations: Json[];
  /** Requests that wrote it: 1 create + updates. */
  writes: number;
}

export interface Fault {
  /** REST operation id or Twirp method name (e.g. "CreateArtifact"). */
  operation: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times?: number;
}

export interface LoggedRequest {
  kind: 'rest' | 'twirp';
  method: string;
  path: string;
  operation: string | null;
  auth: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  injected: boolean;
}

export const REPO = { owner: 'octo', repo: 'repo', fullName: 'octo/repo', id: 4242 };
export const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Perm = 'write' | 'read' | 'no-checks';

function hexId(n: number, len = 8): string {
  return createHash('sha256').update(String(n)).digest('hex').slice(0, len);
}

/** An unsigned JWT whose `scp` carries the run/job backend ids, as the artifact client decodes it. */
export function runtimeTokenFor(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:x Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}

export class FakeGitHub {
  readonly runs = new Map<number, FakeRun>();
  readonly artifacts: FakeArtifact[] = [];
  readonly comments: FakeComment[] = [];
  readonly pulls = new Map<number, FakePull>();
  readonly checkRuns: FakeCheckRun[] = [];
  /** The repository's git objects and refs (Git Data API routes, test/e2e/harness/git-store.ts). */
  readonly git = new GitStore(() => this.url, REPO.fullName);
  /** token → permission: write (everything), read (a fork PR's token), no-checks (no `checks: write`). */
  readonly tokens = new Map<string, Perm>([
    ['ghs_write', 'write'],
    ['ghs_fork_readonly', 'read'],
    ['ghs_no_checks', 'no-checks'],
  ]);
  readonly requests: LoggedRequest[] = [];
  readonly violations: string[] = [];
  private readonly faults: Fault[] = [];
  private nextId = 5000;
  private server: Server | null = null;
  url = '';
  private pb: Json | null = null;

  constructor(
    private readonly azurite: Azurite,
    readonly container: string,
  ) {}

  async start(): Promise<void> {
    await this.azurite.createContainer(this.container);
    this.pb = (await import(
      pathToFileURL(path.join(REPO_ROOT, 'node_modules/@actions/artifact/lib/generated/index.js')).href
    )) as Json;
    openApi();
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`fake crashed on ${req.method} ${req.url}: ${(e as Error).stack ?? String(e)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'fake crashed' }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  fault(f: Fault): void {
    this.faults.push({ times: 1, ...f });
  }

  newId(): number {
    return this.nextId++;
  }

  addRun(r: Partial<FakeRun> & { id: number; headSha: string }): FakeRun {
    const runBackendId = `${hexId(r.id)}-0000-4000-8000-${hexId(r.id, 12)}`;
    const jobBackendId = `${hexId(r.id + 1)}-0000-4000-8000-${hexId(r.id + 1, 12)}`;
    const run: FakeRun = {
      workflowId: 77,
      workflowPath: '.github/workflows/bench.yml',
      name: 'bench',
      event: 'pull_request',
      conclusion: null,
      headBranch: 'main',
      headRepo: REPO.fullName,
      runBackendId,
      jobBackendId,
      runtimeToken: runtimeTokenFor(runBackendId, jobBackendId),
      createdAt: `2026-11-01T00:${String(r.id % 60).padStart(2, '0')}:00Z`,
      ...r,
    };
    this.runs.set(run.id, run);
    return run;
  }

  /**
   * Puts a finalized artifact with exactly these zip bytes on `run` (crafted archives: corrupt,
   * zip bombs, symlink entries, hostile reports), listed with its real sha256 digest.
   */
  async addRawArtifact(run: FakeRun, name: string, zip: Buffer): Promise<FakeArtifact> {
    const id = this.newId();
    const blob = `${run.runBackendId}/${id}-${name}.zip`;
    await this.azurite.write(this.container, blob, zip);
    const a: FakeArtifact = {
      id,
      name,
      runId: run.id,
      size: zip.length,
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      blob,
      expired: false,
      finalized: true,
      createdAt: '2026-11-01T01:00:00Z',
    };
    this.artifacts.push(a);
    return a;
  }

  addPull(p: FakePull): void {
    this.pulls.set(p.number, p);
  }

  addComment(issue: number, body: string, user: FakeComment['user']): FakeComment {
    const c = { id: this.newId(), issue, body, user, createdAt: '2026-11-01T00:00:00Z' };
    this.comments.push(c);
    return c;
  }

  /** REST calls (not Twirp) as "METHOD operationId" strings, in order. */
  restCalls(): string[] {
    return this.requests
      .filter((r) => r.kind === 'rest')
      .map((r) => `${r.method} ${r.operation ?? r.path} ${r.status}${r.injected ? ' (injected)' : ''}`);
  }

  twirpCalls(): string[] {
    return this.requests
      .filter((r) => r.kind === 'twirp')
      .map((r) => `${r.operation} ${r.status}${r.injected ? ' (injected)' : ''}`);
  }

  private takeFault(operation: string): Fault | null {
    const f = this.faults.find((x) => x.operation === operation && (x.times ?? 1) > 0);
    if (!f) return null;
    f.times = (f.times ?? 1) - 1;
    return f;
  }

  /** Injected service latency: every REST and Twirp request waits this long first (benchmarks). */
  latencyMs = 0;

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const auth = req.headers.authorization ?? '';
    let body: unknown = undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const send = (entry: Omit<LoggedRequest, 'status' | 'injected'>, reply: Reply, injected = false) => {
      this.requests.push({ ...entry, status: reply.status, injected });
      const headers: Record<string, string> = { ...(reply.headers ?? {}) };
      if (reply.body !== undefined) headers['content-type'] ??= 'application/json; charset=utf-8';
      res.writeHead(reply.status, headers);
      res.end(reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    };

    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      const method = url.pathname.slice(TWIRP_PREFIX.length);
      const entry = {
        kind: 'twirp' as const,
        method: req.method ?? '',
        path: url.pathname,
        operation: method,
        auth: auth.split(' ')[0] ?? '',
        query: {},
        body,
      };
      const fault = this.takeFault(method);
      if (fault)
        return send(
          entry,
          { status: fault.status, body: fault.body ?? { code: 'internal', msg: 'injected' }, headers: fault.headers },
          true,
        );
      return send(entry, this.twirp(method, auth, body));
    }

    const m = openApi().match(req.method ?? '', url.pathname);
    const query = Object.fromEntries(url.searchParams.entries());
    const entry = {
      kind: 'rest' as const,
      method: req.method ?? '',
      path: url.pathname,
      operation: m?.op.operationId ?? null,
      auth: auth.split(' ')[0] ?? '',
      query,
      body,
    };
    if (!m) {
      this.violations.push(`unimplemented endpoint ${req.method} ${url.pathname}`);
      return send(entry, {
        status: 501,
        body: {
          message: 'Not implemented by the fake',
          documentation_url: 'https://docs.github.com/rest',
          status: '501',
        },
      });
    }
    const problems = [
      ...openApi().checkParameters(m.op, m.params, url.searchParams),
      ...openApi().checkBody(m.op, body),
    ];
    if (problems.length > 0) {
      this.violations.push(`${m.op.operationId} request: ${problems.join('; ')}`);
      return send(entry, {
        status: 422,
        body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', status: '422' },
      });
    }
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const perm = this.tokens.get(token);
    if (!perm)
      return send(entry, {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
      });
    const fault = this.takeFault(m.op.operationId);
    if (fault)
      return send(
        entry,
        {
          status: fault.status,
          body: fault.body ?? { message: 'injected', documentation_url: 'https://docs.github.com/rest' },
          headers: fault.headers,
        },
        true,
      );
    const reply = this.rest(m.op.operationId, m.params, url.searchParams, body as Json, perm);
    const isError = reply.status >= 400;
    const respProblems = openApi().checkResponse(m.op, reply.status, reply.body, isError);
    if (respProblems.length > 0) this.violations.push(`fake ${m.op.operationId} response: ${respProblems.join('; ')}`);
    send(entry, reply);
  }

  private error(status: number, message: string): Reply {
    return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
  }

  /** Commits the fake knows (runs' and pulls' heads and bases): a check run on another SHA is a 422. */
  private knownSha(sha: string): boolean {
    return (
      [...this.runs.values()].some((r) => r.headSha === sha) ||
      [...this.pulls.values()].some((p) => p.headSha === sha || p.baseSha === sha)
    );
  }

  private checkRunJson(c: FakeCheckRun): Json {
    const base = openApi().sample(openApi().component('check-run')) as Json;
    return {
      ...base,
      id: c.id,
      node_id: `CR_${c.id}`,
      head_sha: c.headSha,
      name: c.name,
      status: c.status,
      conclusion: c.conclusion,
      url: `${this.url}/repos/${REPO.fullName}/check-runs/${c.id}`,
      html_url: `https://github.com/${REPO.fullName}/runs/${c.id}`,
      details_url: c.detailsUrl,
      started_at: '2026-11-01T01:00:00Z',
      completed_at: c.status === 'completed' ? '2026-11-01T01:00:01Z' : null,
      output: {
        title: c.title,
        summary: c.summary,
        text: null,
        annotations_count: c.annotations.length,
        annotations_url: `${this.url}/repos/${REPO.fullName}/check-runs/${c.id}/annotations`,
      },
    };
  }

  private checks(op: string, p: Record<string, string>, body: Json, perm: Perm): Reply {
    if (perm !== 'write') return this.error(403, 'Resource not accessible by integration');
    const output = (body.output ?? {}) as Json;
    const annotations = (output.annotations as Json[] | undefined) ?? [];
    if (op === 'checks/create') {
      if (!this.knownSha(String(body.head_sha)))
        return this.error(422, `No commit found for SHA: ${String(body.head_sha)}`);
      const c: FakeCheckRun = {
        id: this.newId(),
        name: String(body.name),
        headSha: String(body.head_sha),
        status: String(body.status ?? 'queued'),
        conclusion: (body.conclusion as string | undefined) ?? null,
        title: String(output.title ?? ''),
        summary: String(output.summary ?? ''),
        detailsUrl: (body.details_url as string | undefined) ?? null,
        annotations: [...annotations],
        writes: 1,
      };
      this.checkRuns.push(c);
      return { status: 201, body: this.checkRunJson(c) };
    }
    const c = this.checkRuns.find((x) => x.id === Number(p.check_run_id));
    if (!c) return this.error(404, 'Not Found');
    if (output.title !== undefined) c.title = String(output.title);
    if (output.summary !== undefined) c.summary = String(output.summary);
    c.annotations.push(...annotations);
    c.writes++;
    return { status: 200, body: this.checkRunJson(c) };
  }

  private rest(op: string, p: Record<string, string>, q: URLSearchParams, body: Json, perm: Perm): Reply {
    if (p.owner !== REPO.owner || p.repo !== REPO.repo) return this.error(404, 'Not Found');
    const page = Number(q.get('page') ?? 1);
    const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
    switch (op) {
      case 'actions/get-workflow-run': {
        const run = this.runs.get(Number(p.run_id));
        return run ? { status: 200, body: this.runJson(run) } : this.error(404, 'Not Found');
      }
      case 'actions/list-workflow-runs': {
        const wf = p.workflow_id as string;
        let runs = [...this.runs.values()].filter(
          (r) => String(r.workflowId) === wf || r.workflowPath.endsWith(`/${wf}`),
        );
        const branch = q.get('branch');
        const event = q.get('event');
        const status = q.get('status');
        if (branch) runs = runs.filter((r) => r.headBranch === branch);
        if (event) runs = runs.filter((r) => r.event === event);
        if (status)
          runs = runs.filter((r) => r.conclusion === status || (status === 'completed' && r.conclusion !== null));
        runs.sort((a, b) => b.id - a.id);
        return {
          status: 200,
          body: {
            total_count: runs.length,
            workflow_runs: runs.slice((page - 1) * perPage, page * perPage).map((r) => this.runJson(r)),
          },
        };
      }
      case 'actions/list-workflow-run-artifacts': {
        const name = q.get('name');
        const list = this.artifacts
          .filter((a) => a.finalized && a.runId === Number(p.run_id) && (!name || a.name === name))
          .sort((a, b) => b.id - a.id);
        return {
          status: 200,
          body: {
            total_count: list.length,
            artifacts: list.slice((page - 1) * perPage, page * perPage).map((a) => this.artifactJson(a)),
          },
        };
      }
      case 'actions/download-artifact': {
        const a = this.artifacts.find((x) => x.id === Number(p.artifact_id) && x.finalized);
        if (!a) return this.error(404, 'Not Found');
        if (a.expired) return this.error(410, 'Artifact has expired');
        return { status: 302, headers: { location: this.azurite.sasUrl(this.container, a.blob, 'r', 60) } };
      }
      case 'issues/list-comments': {
        const n = Number(p.issue_number);
        if (!this.pulls.has(n)) return this.error(404, 'Not Found');
        const all = this.comments.filter((c) => c.issue === n).sort((a, b) => a.id - b.id);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (pg: number) =>
          `<${this.url}/repos/${REPO.fullName}/issues/${n}/comments?per_page=${perPage}&page=${pg}>`;
        const links = [
          ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
          ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
        ];
        return {
          status: 200,
          body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(c)),
          headers: links.length > 0 ? { link: links.join(', ') } : {},
        };
      }
      case 'issues/create-comment': {
        if (perm === 'read') return this.error(403, 'Resource not accessible by integration');
        const n = Number(p.issue_number);
        if (!this.pulls.has(n)) return this.error(404, 'Not Found');
        const text = String(body.body ?? '');
        if (text.length > 65536) return this.error(422, 'Body is too long (maximum is 65536 characters)');
        const c = this.addComment(n, text, BOT);
        return {
          status: 201,
          body: this.commentJson(c),
          headers: { location: `${this.url}/repos/${REPO.fullName}/issues/comments/${c.id}` },
        };
      }
      case 'issues/update-comment': {
        if (perm === 'read') return this.error(403, 'Resource not accessible by integration');
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c) return this.error(404, 'Not Found');
        const text = String(body.body ?? '');
        if (text.length > 65536) return this.error(422, 'Body is too long (maximum is 65536 characters)');
        c.body = text;
        return { status: 200, body: this.commentJson(c) };
      }
      case 'checks/create':
      case 'checks/update':
        return this.checks(op, p, body, perm);
      case 'actions/list-workflow-runs-for-repo': {
        const sha = q.get('head_sha');
        const status = q.get('status');
        let runs = [...this.runs.values()].filter((r) => !sha || r.headSha === sha);
        if (status)
          runs = runs.filter((r) => r.conclusion === status || (status === 'completed' && r.conclusion !== null));
        runs.sort((a, b) => b.id - a.id);
        return {
          status: 200,
          body: {
            total_count: runs.length,
            workflow_runs: runs.slice((page - 1) * perPage, page * perPage).map((r) => this.runJson(r)),
          },
        };
      }
      case 'pulls/get': {
        const pr = this.pulls.get(Number(p.pull_number));
        return pr ? { status: 200, body: this.pullJson(pr) } : this.error(404, 'Not Found');
      }
      default:
        return this.git.handle(op, p, q, body, perm !== 'read') ?? this.error(501, `no handler for ${op}`);
    }
  }

  private repoJson(fullName: string): Json {
    const [owner = 'x', name = 'x'] = fullName.split('/');
    const base = openApi().sample(openApi().component('minimal-repository')) as Json;
    return {
      ...base,
      id: fullName === REPO.fullName ? REPO.id : 9999,
      name,
      full_name: fullName,
      owner: { ...(base.owner as Json), login: owner },
      html_url: `https://github.com/${fullName}`,
      url: `https://api.github.com/repos/${fullName}`,
    };
  }

  private runJson(r: FakeRun): Json {
    const base = openApi().sample(openApi().component('workflow-run')) as Json;
    return {
      ...base,
      id: r.id,
      name: r.name,
      node_id: `WFR_${r.id}`,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.workflowPath,
      run_number: r.id,
      event: r.event,
      status: r.conclusion === null ? 'in_progress' : 'completed',
      conclusion: r.conclusion,
      workflow_id: r.workflowId,
      url: `${this.url}/repos/${REPO.fullName}/actions/runs/${r.id}`,
      html_url: `https://github.com/${REPO.fullName}/actions/runs/${r.id}`,
      pull_requests: [],
      created_at: r.createdAt,
      updated_at: r.createdAt,
      repository: this.repoJson(REPO.fullName),
      head_repository: this.repoJson(r.headRepo),
    };
  }

  private artifactJson(a: FakeArtifact): Json {
    const base = openApi().sample(openApi().component('artifact')) as Json;
    const run = this.runs.get(a.runId);
    return {
      ...base,
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: `${this.url}/repos/${REPO.fullName}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${REPO.fullName}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      expires_at: '2027-02-01T00:00:00Z',
      updated_at: a.createdAt,
      digest: a.digest,
      workflow_run: {
        id: a.runId,
        repository_id: REPO.id,
        head_repository_id: REPO.id,
        head_branch: run?.headBranch ?? 'main',
        head_sha: run?.headSha ?? '0'.repeat(40),
      },
    };
  }

  private commentJson(c: FakeComment): Json {
    const base = openApi().sample(openApi().component('issue-comment')) as Json;
    const user = openApi().sample(openApi().component('simple-user')) as Json;
    return {
      ...base,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${REPO.fullName}/issues/comments/${c.id}`,
      html_url: `https://github.com/${REPO.fullName}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${REPO.fullName}/issues/${c.issue}`,
      body: c.body,
      user: { ...user, login: c.user.login, type: c.user.type, id: c.user.type === 'Bot' ? 41898282 : 1 },
      created_at: c.createdAt,
      updated_at: c.createdAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private pullJson(p: FakePull): Json {
    const base = openApi().sample(openApi().responseSchema('pulls/get', 200)) as Json;
    const head = base.head as Json;
    const b = base.base as Json;
    return {
      ...base,
      number: p.number,
      state: p.state ?? 'open',
      labels: (p.labels ?? []).map((name, i) => ({
        id: 900 + i,
        node_id: `LA_${i}`,
        url: `https://api.github.com/repos/${REPO.fullName}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      html_url: `https://github.com/${REPO.fullName}/pull/${p.number}`,
      head: { ...head, sha: p.headSha, ref: p.headRef, label: `${p.headRepo.split('/')[0]}:${p.headRef}` },
      base: { ...b, sha: p.baseSha, ref: p.baseRef, label: `${REPO.owner}:${p.baseRef}` },
    };
  }

  // --- Twirp results service ---------------------------------------------------------------

  private twirpError(status: number, code: string, msg: string): Reply {
    return { status, body: { code, msg } };
  }

  private msg(name: string): { fromJson(v: unknown): unknown; toJson(m: unknown, o: unknown): unknown } {
    return (this.pb as Json)[name] as { fromJson(v: unknown): unknown; toJson(m: unknown, o: unknown): unknown };
  }

  private twirp(method: string, auth: string, body: unknown): Reply {
    const run = [...this.runs.values()].find((r) => auth === `Bearer ${r.runtimeToken}`);
    if (!run) return this.twirpError(401, 'unauthenticated', 'bad runtime token');
    let req: Json;
    try {
      req = this.msg(`${method}Request`).toJson(this.msg(`${method}Request`).fromJson(body), {
        useProtoFieldName: true,
      }) as Json;
    } catch (e) {
      this.violations.push(`twirp ${method} request: ${(e as Error).message}`);
      return this.twirpError(400, 'invalid_argument', (e as Error).message);
    }
    if (req.workflow_run_backend_id !== run.runBackendId || req.workflow_job_run_backend_id !== run.jobBackendId) {
      this.violations.push(`twirp ${method}: backend ids do not match the runtime token`);
      return this.twirpError(403, 'permission_denied', 'backend ids do not match the token');
    }
    const reply = (payload: Json): Reply => {
      const out = this.msg(`${method}Response`).toJson(this.msg(`${method}Response`).fromJson(payload), {
        useProtoFieldName: true,
      });
      return { status: 200, body: out };
    };
    const name = req.name as string | undefined;
    switch (method) {
      case 'CreateArtifact': {
        if (this.artifacts.some((a) => a.runId === run.id && a.name === name && a.finalized)) {
          return this.twirpError(
            409,
            'already_exists',
            `an artifact with this name already exists on the workflow run`,
          );
        }
        const id = this.newId();
        const blob = `${run.runBackendId}/${id}-${name}.zip`;
        this.artifacts.push({
          id,
          name: name as string,
          runId: run.id,
          size: 0,
          digest: null,
          blob,
          expired: false,
          finalized: false,
          createdAt: '2026-11-01T01:00:00Z',
        });
        return reply({ ok: true, signed_upload_url: this.azurite.sasUrl(this.container, blob, 'cw') });
      }
      case 'FinalizeArtifact': {
        const a = [...this.artifacts].reverse().find((x) => x.runId === run.id && x.name === name && !x.finalized);
        if (!a) return this.twirpError(404, 'not_found', 'no pending artifact');
        a.finalized = true;
        a.size = Number(req.size ?? 0);
        a.digest = typeof req.hash === 'string' ? req.hash : null;
        return reply({ ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        const list = this.artifacts
          .filter((a) => a.runId === run.id && a.finalized)
          .filter((a) => req.name_filter === undefined || a.name === req.name_filter)
          .filter((a) => req.id_filter === undefined || String(a.id) === String(req.id_filter));
        return reply({
          artifacts: list.map((a) => ({
            workflow_run_backend_id: run.runBackendId,
            workflow_job_run_backend_id: run.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt,
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = [...this.artifacts].reverse().find((x) => x.runId === run.id && x.name === name && x.finalized);
        if (!a) return this.twirpError(404, 'not_found', 'artifact not found');
        return reply({ signed_url: this.azurite.sasUrl(this.container, a.blob, 'r', 60) });
      }
      default:
        this.violations.push(`twirp method ${method} not implemented`);
        return this.twirpError(501, 'unimplemented', method);
    }
  }
}
