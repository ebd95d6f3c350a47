/** What a head source is given, and what the action knows about the head report it returns. */
import type { AnalyzerConfig } from '../core/config.js';
import type { ActionInputs } from '../inputs.js';
import type { ActionContext } from '../io/github/context.js';
import type { HeadStep } from '../pipeline.js';
import type { GitHubAccess } from './deps.js';

/** The PR a head report is about (confirmed through the API in comment mode). */
export interface HeadPullRequest {
  number: number;
  baseRef: string;
  baseSha: string | null;
  /** The PR's head commit: where the check run goes (never the merge commit). */
  headSha: string;
  /** `open` / `closed` (event payload, or the API in comment and recheck modes); null when unknown. */
  state: string | null;
  /** Label names (event payload, or the API in comment and recheck modes). */
  labels: string[];
}

/** What this run knows about its head report. */
export interface HeadContext {
  /** PR this report is about (confirmed in comment mode). */
  pr: HeadPullRequest | null;
  /** A note to show instead of a comment when the PR could not be confirmed. */
  prRefusal: string | null;
  /** Run whose report this is (baseline lookups skip it). */
  runId: number | null;
  /** Workflow of that run, when known without an API call. */
  workflowId: number | null;
  /** The report came from another run's artifact (a fork's, possibly): its text is untrusted. */
  untrusted: boolean;
}

/** Everything a head source may use. */
export interface HeadEnv {
  inputs: ActionInputs;
  ctx: ActionContext;
  outDir: string;
  resultsDir: string;
  config: AnalyzerConfig;
  gh: GitHubAccess;
}

/** One way of getting the head report: one per mode. */
export type HeadSource = (env: HeadEnv) => Promise<HeadStep<HeadContext>>;

/** The context of a report analyzed or merged in this run: the event's PR, this run. */
export function thisRunContext(ctx: ActionContext): HeadContext {
  const pr = ctx.pullRequest;
  return {
    pr: pr
      ? {
          number: pr.number,
          baseRef: pr.baseRef,
          baseSha: pr.baseSha,
          headSha: pr.headSha,
          state: pr.state,
          labels: pr.labels,
        }
      : null,
    prRefusal: null,
    runId: ctx.runId,
    workflowId: null,
    untrusted: false,
  };
}
