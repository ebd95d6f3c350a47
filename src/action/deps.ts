/**
 * What one action run is given (the environment, the clock, the clients) and what it returns;
 * the GitHub clients of the run, made on first use. Tests pass their own deps.
 */
import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';
import type { ActionInputs } from '../inputs.js';
import type { FindBy } from '../io/github/artifacts.js';
import type { ActionContext } from '../io/github/context.js';
import { asGitHubApi, createOctokit, type GitHubApi } from '../io/github/octokit.js';

export interface RunDeps {
  env: Record<string, string | undefined>;
  /** Epoch ms when the action started (main.ts reads the clock first thing). */
  startedAtMs: number;
  now: () => number;
  artifactClient: () => ArtifactClient;
  github: (token: string) => GitHubApi;
}

export interface RunOutcome {
  failed: boolean;
  /** One line for core.setFailed when failed. */
  message: string | null;
}

export function defaultDeps(): RunDeps {
  return {
    env: process.env,
    startedAtMs: Date.now(),
    now: () => Date.now(),
    artifactClient: () => new DefaultArtifactClient(),
    github: (token) => asGitHubApi(createOctokit(token)),
  };
}

/** The GitHub clients of one run, made on first use. */
export interface GitHubAccess {
  /** REST client; null without a token (no API calls are made then). */
  api: GitHubApi | null;
  /** `findBy` for another run's artifacts; null without a token or repository. */
  findByFor(runId: number): FindBy | null;
  artifacts(): ArtifactClient;
}

export function githubAccess(inputs: ActionInputs, ctx: ActionContext, deps: RunDeps): GitHubAccess {
  let client: ArtifactClient | null = null;
  return {
    api: inputs.githubToken ? deps.github(inputs.githubToken) : null,
    findByFor: (runId) =>
      inputs.githubToken && ctx.owner
        ? { token: inputs.githubToken, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo }
        : null,
    artifacts: () => (client ??= deps.artifactClient()),
  };
}
