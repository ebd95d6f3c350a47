/**
 * Runs the bundled action (`dist/index.js`) as GitHub's runner would: a Node 24 child process
 * with a fresh environment (nothing inherited but PATH and HOME), INPUT_* variables, an event
 * file, and empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / ... files. Returns the exit code, the
 * output streams, the parsed outputs and the summary.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(new URL('../../../', import.meta.url).pathname);
/** The bundle under test; INFERGUARD_E2E_DIST points at another build (e.g. a fresh one). */
export const DIST = process.env.INFERGUARD_E2E_DIST
  ? path.resolve(process.env.INFERGUARD_E2E_DIST)
  : path.join(REPO_ROOT, 'dist', 'index.js');

/** Node 24 from the `node` devDependency (npm package node@24); INFERGUARD_E2E_NODE overrides. */
export function node24(): string {
  const fromEnv = process.env.INFERGUARD_E2E_NODE;
  if (fromEnv) return fromEnv;
  const p = path.join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(p))
    throw new Error('node_modules/node/bin/node is missing: run npm ci (package.json allowScripts approves node@24)');
  return p;
}

export interface ActionRun {
  exitCode: number;
  /** Spawn to exit, ms. */
  elapsedMs: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** Lines of workflow commands, e.g. "::warning::..." (annotations). */
  commands: string[];
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  eventName: string;
  event: unknown;
  apiUrl: string;
  resultsUrl: string;
  tripwireUrl: string;
  runId: number;
  runtimeToken: string;
  sha: string;
  ref: string;
  baseRef?: string;
  headRef?: string;
  /** Files copied into the workspace before the run: relative path → absolute source dir. */
  workspaceSetup?: (workspace: string) => Promise<void>;
  extraEnv?: Record<string, string>;
  /** The child is killed (SIGKILL, exit code -9) if it has not exited by then; default 120 s. */
  timeoutMs?: number;
}

/** Parses the GITHUB_OUTPUT file format written by @actions/core (name<<delimiter / value / delimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string);
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  const root = await mkdtemp(path.join(tmpdir(), 'ig-e2e-'));
  const workspace = path.join(root, 'workspace');
  const temp = path.join(root, 'runner-temp');
  const files = path.join(root, 'files');
  await Promise.all([mkdir(workspace), mkdir(temp), mkdir(files)]);
  const f = (n: string) => path.join(files, n);
  for (const n of ['output', 'summary', 'env', 'path', 'state']) await writeFile(f(n), '');
  await writeFile(f('event.json'), JSON.stringify(o.event));
  if (o.workspaceSetup) await o.workspaceSetup(workspace);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: f('event.json'),
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    ...(o.baseRef ? { GITHUB_BASE_REF: o.baseRef } : {}),
    ...(o.headRef ? { GITHUB_HEAD_REF: o.headRef } : {}),
    GITHUB_RUN_ID: String(o.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_WORKFLOW: 'bench',
    GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/bench.yml@refs/heads/main',
    GITHUB_JOB: 'bench',
    GITHUB_ACTION: 'inferguard',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: f('output'),
    GITHUB_STEP_SUMMARY: f('summary'),
    GITHUB_ENV: f('env'),
    GITHUB_PATH: f('path'),
    GITHUB_STATE: f('state'),
    ACTIONS_RUNTIME_TOKEN: o.runtimeToken,
    ACTIONS_RESULTS_URL: `${o.resultsUrl}/`,
    HTTP_PROXY: o.tripwireUrl,
    HTTPS_PROXY: o.tripwireUrl,
    http_proxy: o.tripwireUrl,
    https_proxy: o.tripwireUrl,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    ...(o.extraEnv ?? {}),
  };
  // INPUT_<NAME>: upper case, spaces to "_", hyphens kept; set through the env object, never a shell.
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;

  const child = spawn(node24(), [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const t0 = Date.now();
  const killer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? -9 : -1))),
  );
  clearTimeout(killer);
  const elapsedMs = Date.now() - t0;
  return {
    exitCode,
    elapsedMs,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(f('output'), 'utf8')),
    summary: await readFile(f('summary'), 'utf8'),
    workspace,
    commands: stdout
      .split('\n')
      .filter((l) => l.startsWith('::') && !l.startsWith('::debug') && !l.startsWith('::add-mask')),
  };
}
