/**
 * The `InferGuard` check run on the PR's head commit (never the merge commit): in analyze and
 * merge modes for the event's PR, in comment and recheck modes for the PR confirmed through the API.
 * Conclusion from the one exit decision; title = the comment's headline; summary = the top of the
 * comment (already escaped: src/render/escape.ts); annotations = this run's own findings (never a
 * report from another run). A check run that cannot be made is a line saying why (a warning, or an
 * info line for a push under `auto`); the summary, comment, artifact and outputs are written anyway.
 * In analyze and merge modes the PR's state is the event payload's, taken when the run started: just
 * before creating the check run, one `GET /pulls/{n}` asks whether the PR was closed meanwhile (comment
 * and recheck modes fetched the PR already).
 */
import { findingFails, type ExitDecision, type ExitPolicy } from '../core/exit-policy.js';
import type { Finding } from '../core/types.js';
import type { ActionInputs, Mode } from '../inputs.js';
import {
  createCheckRun,
  type CheckAnnotation,
  type CheckConclusion,
  type CheckRunResult,
} from '../io/github/check-run.js';
import type { ActionContext } from '../io/github/context.js';
import { GitHubApiError, isPermissionError, toApiError } from '../io/github/errors.js';
import type { GitHubApi } from '../io/github/octokit.js';
import { isClosedNow } from '../io/github/pull-request.js';
import { log } from '../io/log.js';
import type { PipelineOutcome } from '../pipeline.js';
import { safeLog } from '../render/escape.js';
import type { HeadContext } from './head-context.js';

/** Findings annotated on the check run at most (3 requests of 50); the rest are in the summary and report.json. */
export const MAX_CHECK_ANNOTATIONS = 150;

/** `InferGuard`, or `InferGuard (<comment-key>)` for a suite that is not the default one. */
export function checkRunName(commentKey: string): string {
  return commentKey === 'default' ? 'InferGuard' : `InferGuard (${commentKey})`;
}

/** The conclusion of the one exit decision: failure when it fails, neutral when it passed only by an acceptance, else success. */
export const CONCLUSION_RULES: readonly { conclusion: CheckConclusion; when: (d: ExitDecision) => boolean }[] = [
  { conclusion: 'failure', when: (d) => d.failed },
  { conclusion: 'neutral', when: (d) => (d.accepted?.length ?? 0) > 0 },
  { conclusion: 'success', when: () => true },
];

export function checkConclusion(d: ExitDecision): CheckConclusion {
  return (CONCLUSION_RULES.find((r) => r.when(d)) as (typeof CONCLUSION_RULES)[number]).conclusion;
}

/** The comment's `## ` headline as one plain line (our own words; markdown emphasis dropped). */
export function plainHeadline(comment: string): string {
  const line = /^## (.+)$/m.exec(comment)?.[1] ?? 'InferGuard';
  return line
    .replace(/\*\*|`/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .trim();
}

/** The comment's top: everything after the marker line up to its first section (`### ` or `<details>`). */
export function commentTop(comment: string): string {
  const lines = comment.split('\n');
  const start = lines[0]?.startsWith('<!--') ? 1 : 0;
  let end = lines.findIndex((l, i) => i > start && (l.startsWith('### ') || l.startsWith('<details')));
  if (end < 0) end = lines.length;
  return lines.slice(start, end).join('\n').trim();
}

function levelOf(f: Finding, policy: ExitPolicy): CheckAnnotation['annotation_level'] {
  if (f.severity === 'critical') return findingFails(policy, f) ? 'failure' : 'warning';
  return f.severity === 'warning' ? 'warning' : 'notice';
}

function fileOf(f: Finding): string | null {
  const e = (f.evidence ?? {}) as { file?: unknown; files?: unknown };
  if (typeof e.file === 'string' && e.file !== '') return e.file;
  if (Array.isArray(e.files) && typeof e.files[0] === 'string') return e.files[0];
  return null;
}

/** This run's findings as annotations (plain text, one line each), most severe first as the report orders them. */
export function checkAnnotations(
  findings: readonly Finding[],
  fileRoot: string,
  policy: ExitPolicy,
): CheckAnnotation[] {
  const root = fileRoot === '.' || fileRoot === '' ? '' : `${fileRoot.replace(/\/+$/, '')}/`;
  return findings.slice(0, MAX_CHECK_ANNOTATIONS).map((f) => {
    const file = fileOf(f);
    return {
      path: file ? `${root}${file}` : fileRoot || '.',
      start_line: 1,
      end_line: 1,
      annotation_level: levelOf(f, policy),
      message: safeLog(f.message, 4000),
      title: safeLog(`inferguard: ${f.code}`, 200),
    };
  });
}

/** Why no check run is made before asking the API, or null when one should be tried. */
function skipReason(inputs: ActionInputs, ctx: ActionContext, head: HeadContext, api: GitHubApi | null): string | null {
  if (!head.pr) return head.prRefusal ?? `this run is not for a pull request (event '${ctx.eventName || 'none'}')`;
  if (head.pr.state === 'closed') return `PR #${head.pr.number} is closed`;
  if (!api) return 'no github-token';
  const fork = !head.untrusted && ctx.pullRequest?.headRepo && ctx.pullRequest.headRepo !== ctx.repository;
  if (fork && inputs.checkRun === 'auto')
    return "a fork PR's token cannot write checks; the workflow_run comment workflow creates the check run";
  return null;
}

/** Modes whose PR state is the event payload's (stale by the time the check is made); comment and recheck read it from GET /pulls. */
export const STATE_FROM_EVENT: readonly Mode[] = ['analyze', 'merge'];

/**
 * In a mode of STATE_FROM_EVENT, the reason to skip when the PR was closed while this run ran (one
 * GET /pulls/{n}); null when it is open, or when the API cannot tell (then the check run is made as
 * the event said, with an info line).
 */
async function closedMeanwhile(
  inputs: ActionInputs,
  ctx: ActionContext,
  api: GitHubApi,
  pr: NonNullable<HeadContext['pr']>,
): Promise<string | null> {
  if (!STATE_FROM_EVENT.includes(inputs.mode)) return null;
  try {
    if (!(await isClosedNow(api, { owner: ctx.owner, repo: ctx.repo, number: pr.number }))) return null;
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('pulls/get', e);
    log.info(
      `could not tell whether PR #${pr.number} is still open (${safeLog(err.message, 300)}); creating the check run`,
    );
    return null;
  }
  return `PR #${pr.number} was closed while this run ran (GET /pulls/${pr.number} says closed)`;
}

export interface CheckRunInput {
  inputs: ActionInputs;
  ctx: ActionContext;
  api: GitHubApi | null;
  outcome: PipelineOutcome<HeadContext>;
  policy: ExitPolicy;
  /** The results folder relative to the workspace (annotation paths). */
  fileRoot: string;
  commentUrl: string | null;
}

/** Creates the check run per `check-run`; returns it, or null after one line saying why not. */
export async function publishCheckRun(c: CheckRunInput): Promise<CheckRunResult | null> {
  const { inputs, ctx, outcome, api } = c;
  if (inputs.checkRun === 'never') return null;
  const head = outcome.context;
  const say = (why: string, quiet = false): null => {
    const line = `check run not created: ${why}`;
    if (quiet && inputs.checkRun === 'auto') log.info(line);
    else log.warning(line);
    return null;
  };
  const skip = skipReason(inputs, ctx, head, api);
  if (skip) return say(skip, !head.pr);
  const pr = head.pr as NonNullable<HeadContext['pr']>;
  const closed = await closedMeanwhile(inputs, ctx, api as GitHubApi, pr);
  if (closed) return say(closed);
  const comment = outcome.comment ?? '';
  const more = [
    c.commentUrl ? `[PR comment](${c.commentUrl})` : '',
    ctx.runUrl ? `[workflow run](${ctx.runUrl}) (job summary, report artifact)` : '',
  ].filter((x) => x !== '');
  const summary = `${commentTop(comment)}${more.length > 0 ? `\n\nThe whole report: ${more.join(' · ')}.` : ''}`;
  try {
    const res = await createCheckRun(api as GitHubApi, {
      owner: ctx.owner,
      repo: ctx.repo,
      name: checkRunName(inputs.commentKey),
      headSha: pr.headSha,
      conclusion: checkConclusion(outcome.decision),
      title: plainHeadline(comment),
      summary,
      ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
      annotations: head.untrusted ? [] : checkAnnotations(outcome.report.findings, c.fileRoot, c.policy),
    });
    log.info(
      `check run '${checkRunName(inputs.commentKey)}' created on ${pr.headSha.slice(0, 12)} (${checkConclusion(outcome.decision)}, ${res.annotations} annotation(s) in ${res.requests} request(s))`,
    );
    return res;
  } catch (e) {
    const err = e instanceof GitHubApiError ? e : toApiError('checks/create', e);
    if (isPermissionError(err)) return say(`the token cannot write checks (grant 'checks: write'): ${err.message}`);
    if (err.status === 422) return say(`GitHub refused it: ${err.message}`);
    return say(err.message);
  }
}
