/**
 * Scenario helpers shared by the e2e test files: the loopback world (Azurite once per file, a
 * fresh fake GitHub per test, the tripwire) and event payloads consistent with the env
 * (GITHUB.md §2.2 table).
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startAzurite, type Azurite } from './blob.js';
import { FakeGitHub, REPO, type FakeRun } from './fake-github.js';
import { REPO_ROOT, runAction, type ActionRun } from './run-action.js';
import { startTripwire, type Tripwire } from './tripwire.js';

export const FIXTURES = process.env.INFERGUARD_E2E_FIXTURES
  ? path.resolve(process.env.INFERGUARD_E2E_FIXTURES)
  : path.join(REPO_ROOT, 'test', 'fixtures', 'e2e');

export const SHA = {
  base: 'b'.repeat(40),
  head: 'a'.repeat(40),
  moved: 'c'.repeat(40),
  main1: 'd'.repeat(40),
  /** GITHUB_SHA of a pull_request run: the test merge commit (never where the check run goes). */
  merge: 'e'.repeat(40),
};

export const PR_NUMBER = 7;

export interface World {
  azurite: Azurite;
  tripwire: Tripwire;
  containers: number;
}

export async function startWorld(): Promise<World> {
  const [azurite, tripwire] = await Promise.all([startAzurite(), startTripwire()]);
  return { azurite, tripwire, containers: 0 };
}

export async function stopWorld(w: World | undefined): Promise<void> {
  if (!w) return;
  await Promise.all([w.azurite.stop(), w.tripwire.stop()]);
}

export async function newFake(w: World): Promise<FakeGitHub> {
  const fake = new FakeGitHub(w.azurite, `e2e-${process.pid}-${++w.containers}`);
  await fake.start();
  fake.addPull({
    number: PR_NUMBER,
    headSha: SHA.head,
    headRef: 'feature',
    headRepo: REPO.fullName,
    baseRef: 'main',
    baseSha: SHA.base,
  });
  return fake;
}

function repositoryPayload(): Record<string, unknown> {
  return {
    id: REPO.id,
    name: REPO.repo,
    full_name: REPO.fullName,
    default_branch: 'main',
    owner: { login: REPO.owner },
  };
}

export function pullRequestEvent(
  headRepo = REPO.fullName,
  o: { labels?: string[]; action?: string; label?: string } = {},
): Record<string, unknown> {
  return {
    action: o.action ?? 'synchronize',
    number: PR_NUMBER,
    ...(o.label ? { label: { name: o.label } } : {}),
    pull_request: {
      number: PR_NUMBER,
      state: 'open',
      labels: (o.labels ?? []).map((name) => ({ name })),
      head: { sha: SHA.head, ref: 'feature', repo: { full_name: headRepo } },
      base: { sha: SHA.base, ref: 'main', repo: { full_name: REPO.fullName } },
    },
    repository: repositoryPayload(),
  };
}

export function pushEvent(sha: string): Record<string, unknown> {
  return { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, repository: repositoryPayload() };
}

export function workflowRunEvent(run: FakeRun, pullRequests: number[] = []): Record<string, unknown> {
  return {
    action: 'completed',
    workflow_run: {
      id: run.id,
      workflow_id: run.workflowId,
      event: run.event,
      conclusion: run.conclusion,
      head_sha: run.headSha,
      head_branch: run.headBranch,
      head_repository: { full_name: run.headRepo },
      pull_requests: pullRequests.map((n) => ({ number: n })),
    },
    repository: repositoryPayload(),
  };
}

export interface Step {
  run: FakeRun;
  event: 'pull_request' | 'pull_request_target' | 'push' | 'workflow_run';
  payload: Record<string, unknown>;
  inputs: Record<string, string>;
  /** Fixture folder copied to <workspace>/results, e.g. "valid". */
  results?: string;
  noRuntime?: boolean;
  /** Extra workspace preparation (after the fixture copy). */
  prepare?: (workspace: string) => Promise<void>;
  timeoutMs?: number;
}

/** Runs the bundled action once for `step` against `fake`. */
export function act(w: World, fake: FakeGitHub, step: Step): Promise<ActionRun> {
  const isPr = step.event === 'pull_request';
  const isPrTarget = step.event === 'pull_request_target';
  return runAction({
    inputs: { 'results-path': 'results', ...step.inputs },
    eventName: step.event,
    event: step.payload,
    apiUrl: fake.url,
    resultsUrl: fake.url,
    tripwireUrl: w.tripwire.url,
    runId: step.run.id,
    runtimeToken: step.noRuntime ? '' : step.run.runtimeToken,
    sha: isPr ? SHA.merge : step.run.headSha,
    ref: isPr ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/main',
    ...(isPr || isPrTarget ? { baseRef: 'main', headRef: 'feature' } : {}),
    workspaceSetup: async (ws) => {
      if (step.results) await cp(path.join(FIXTURES, step.results), path.join(ws, 'results'), { recursive: true });
      if (step.prepare) await step.prepare(ws);
    },
    extraEnv: step.noRuntime ? { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' } : {},
    ...(step.timeoutMs ? { timeoutMs: step.timeoutMs } : {}),
  });
}

/**
 * Writes `n` invalid cells (the `invalid/` c4 cell with distinct concurrencies 1001..1000+n) into
 * <workspace>/results: n critical findings, enough text to push a comment past GitHub's limit.
 */
export async function writeManyInvalidCells(ws: string, n: number): Promise<void> {
  const src = path.join(FIXTURES, 'invalid');
  const [folder] = await readdir(src);
  if (!folder) throw new Error('invalid/ fixture is empty');
  const files = await readdir(path.join(src, folder));
  const texts = await Promise.all(
    files.map(async (f) => [f, await readFile(path.join(src, folder, f), 'utf8')] as const),
  );
  for (let i = 1; i <= n; i++) {
    const conc = 1000 + i;
    const dir = path.join(ws, 'results', folder.replace('_conc4_', `_conc${conc}_`));
    await mkdir(dir, { recursive: true });
    for (const [f, text] of texts) {
      const out = text
        .replace(/"conc": 4\b/g, `"conc": ${conc}`)
        .replace(/"max_concurrency": 4\b/g, `"max_concurrency": ${conc}`)
        .replace(/_conc4_/g, `_conc${conc}_`);
      await writeFile(path.join(dir, f.replace('_conc4_', `_conc${conc}_`)), out);
    }
  }
}
