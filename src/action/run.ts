/**
 * The action: inputs → settings → artifacts in → the pipeline (src/pipeline.ts; the head report
 * by mode, src/action/head.ts; the baseline by the `baseline` input, src/action/baseline.ts) →
 * outputs written → published (src/action/publish.ts). Returns the outcome; src/main.ts alone
 * calls core.setFailed. A run that fails before any signal still leaves its TTFS event.
 */
import path from 'node:path';
import type { ExitPolicy } from '../core/exit-policy.js';
import type { TtfsPhase } from '../core/ttfs.js';
import { getInputs, INPUT_NAMES, type ActionInputs } from '../inputs.js';
import { loadConfig } from '../io/config-file.js';
import { readActionContext, type ActionContext } from '../io/github/context.js';
import { log } from '../io/log.js';
import { writeOutputs } from '../io/outputs.js';
import { writeReportHtml } from '../io/report-html.js';
import { configureReportLimits } from '../io/untrusted-report.js';
import { pipelineSettings, runPipeline } from '../pipeline.js';
import { answerBaseline, resolveBaseline } from './baseline.js';
import { defaultDeps, githubAccess, type RunDeps, type RunOutcome } from './deps.js';
import { fetchResultArtifacts } from './fetch.js';
import { HEAD_SOURCES } from './head.js';
import type { HeadContext, HeadEnv } from './head-context.js';
import type { Report } from '../core/types.js';
import { historySkipReason } from './history.js';
import { writeHistoryPages } from './history-pages.js';
import { oneLine, rel } from './paths.js';
import { publish } from './publish.js';
import { recordTtfs } from './ttfs.js';

export type { RunDeps, RunOutcome } from './deps.js';
export { OUTPUT_NAMES } from './outputs.js';

export async function run(partial: Partial<RunDeps> = {}): Promise<RunOutcome> {
  const deps = { ...defaultDeps(), ...partial };
  const ctx = readActionContext(deps.env);
  let phase: TtfsPhase = 'resolve';
  let inputs: ActionInputs | null = null;
  let outDir: string | null = null;
  try {
    inputs = getInputs();
    configureReportLimits(inputs.reportLimits);
    outDir = path.resolve(ctx.workspace, inputs.outputDir);
    return await runMode(inputs, ctx, outDir, deps, (p) => (phase = p));
  } catch (e) {
    // The run failed before a signal: record it as a TTFS error event (best effort), then rethrow.
    if (inputs && outDir)
      await recordTtfs(ctx, inputs, deps, outDir, {
        signal: null,
        error: { message: oneLine(e).slice(0, 500), phase },
        outcome: 'failed',
      }).catch(() => undefined);
    throw e;
  }
}

/** The exit policy the action's inputs ask for (fail-on, fail-on-regression, fail-on-findings). */
function exitPolicyOf(inputs: ActionInputs): ExitPolicy {
  return {
    failOn: inputs.failOn,
    failOnRegression: inputs.failOnRegression,
    failOnFindings: inputs.failOnFindings,
  };
}

/** The accept label when the head's PR carries it (logged), else null. */
function acceptLabelOn(inputs: ActionInputs, head: HeadContext): string | null {
  const label = inputs.acceptLabel;
  if (!label || !head.pr?.labels.includes(label)) return null;
  log.info(`PR #${head.pr.number} carries '${label}': regressions are accepted (validity findings never are)`);
  return label;
}

async function runMode(
  inputs: ActionInputs,
  ctx: ActionContext,
  outDir: string,
  deps: RunDeps,
  setPhase: (p: TtfsPhase) => void,
): Promise<RunOutcome> {
  const gh = githubAccess(inputs, ctx, deps);
  // Config and gates are read before anything is downloaded or analyzed: a typo fails fast.
  const config = await loadConfig(inputs.config ? path.resolve(ctx.workspace, inputs.config) : undefined);
  const settings = pipelineSettings(config, inputs.gates, INPUT_NAMES.gates, exitPolicyOf(inputs));
  setPhase('fetch');
  const resultsDir = path.resolve(ctx.workspace, inputs.resultsPath);
  if ((inputs.mode === 'analyze' || inputs.mode === 'merge') && inputs.artifactPatterns.length > 0)
    await fetchResultArtifacts(inputs, ctx, gh, resultsDir);

  const env: HeadEnv = { inputs, ctx, outDir, resultsDir, config, gh };
  const run = {
    ...(ctx.repository ? { repository: ctx.repository } : {}),
    ...(ctx.sha ? { sha: ctx.sha } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };
  let bases: readonly Report[] = [];
  let baseShas: readonly (string | null)[] = [];
  const outcome = await runPipeline<HeadContext>(
    settings,
    {
      head: () => {
        setPhase('analyze');
        return HEAD_SOURCES[inputs.mode](env);
      },
      baseline: async (head) => {
        setPhase('policy');
        const resolved = await resolveBaseline(env, head.context);
        baseShas = resolved.ok ? (resolved.shas ?? []) : [];
        const answer = answerBaseline(resolved);
        bases = answer.report === null ? [] : Array.isArray(answer.report) ? answer.report : [answer.report as Report];
        return answer;
      },
      acceptedBy: (head) => acceptLabelOn(inputs, head.context),
    },
    { suiteKey: inputs.commentKey, run, summary: true },
  );
  setPhase('report');
  const written = await writeOutputs(outDir, outcome, { report: 'both', compare: true, comment: true }, ctx.workspace);
  // The head's commit: the PR's head (never the merge commit), or the pushed commit.
  const headSha = ctx.pullRequest?.headSha ?? (ctx.eventName === 'push' ? ctx.sha : null);
  const shas = { bases: baseShas, head: headSha && /^[0-9a-f]{40}$/.test(headSha) ? headSha : null };
  const html = await writeReportHtml(outDir, { head: outcome.report, diff: outcome.diff, bases, shas }).catch(
    (e: unknown) => {
      log.warning(`report.html not written: ${oneLine(e)}`);
      return null;
    },
  );
  if (
    html !== null &&
    inputs.historyBranch &&
    historySkipReason(inputs, ctx, deps.env, {
      untrusted: outcome.context.untrusted,
      failed: outcome.decision.failed,
    }) === null
  )
    await writeHistoryPages(outDir, html).then(
      (f) => log.info(`durable history: pages written to ${rel(ctx, f)}`),
      (e: unknown) => log.warning(`durable history pages not written: ${oneLine(e)}`),
    );
  return publish(inputs, ctx, deps, gh, { settings, outDir, resultsDir, outcome, written });
}
