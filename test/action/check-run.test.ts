/**
 * src/action/check-run.ts without dist/: the conclusion table, the title and summary taken from a
 * comment, annotations from findings, and when no check run is tried (each with the line that says
 * why), against a small fake GitHub API.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkAnnotations,
  checkConclusion,
  checkRunName,
  commentTop,
  plainHeadline,
  publishCheckRun,
  type CheckRunInput,
} from '../../src/action/check-run.js';
import type { HeadContext } from '../../src/action/head-context.js';
import type { ExitDecision } from '../../src/core/exit-policy.js';
import type { Finding } from '../../src/core/types.js';
import type { ActionInputs } from '../../src/inputs.js';
import type { ActionContext } from '../../src/io/github/context.js';
import type { PipelineOutcome } from '../../src/pipeline.js';
import { fakeApi, httpError, ok } from '../io/github/fake-api.js';

const COMMENT = [
  '<!-- inferguard-bench:v1 key=default -->',
  '## InferGuard: 🔴 Regression · check fails',
  '',
  '- **Validity:** ✅ valid: 3 cells.',
  '- **Check:** ❌ fails: a regression vs base \\(fail-on-regression\\).',
  '',
  '### Findings',
  'rest',
].join('\n');

function decision(o: Partial<ExitDecision> = {}): ExitDecision {
  return { exitCode: 0, failed: false, reasons: [], counts: { critical: 0, warning: 0, info: 0 }, accepted: [], ...o };
}

const finding = (severity: Finding['severity'], file?: string): Finding => ({
  code: 'partial_run',
  severity,
  message: 'm\n::error::x',
  cell_id: null,
  evidence: file ? { file } : {},
});

const PR: NonNullable<HeadContext['pr']> = {
  number: 7,
  baseRef: 'main',
  baseSha: 'b'.repeat(40),
  headSha: 'a'.repeat(40),
  state: 'open',
  labels: [],
};

const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const POST_CHECK = 'POST /repos/{owner}/{repo}/check-runs';

function input(
  o: {
    head?: Partial<HeadContext>;
    ctx?: Partial<ActionContext>;
    checkRun?: ActionInputs['checkRun'];
    mode?: ActionInputs['mode'];
    stateNow?: string;
  } = {},
) {
  const api = fakeApi({
    [POST_CHECK]: () => ok({ id: 9, html_url: 'h' }, {}, 201),
    [GET_PULL]: () =>
      ok({
        number: 7,
        state: o.stateNow ?? 'open',
        head: { sha: 'a'.repeat(40) },
        base: { ref: 'main', sha: 'b'.repeat(40) },
      }),
  });
  const c: CheckRunInput = {
    inputs: { checkRun: o.checkRun ?? 'auto', commentKey: 'default', mode: o.mode ?? 'analyze' } as ActionInputs,
    ctx: {
      owner: 'octo',
      repo: 'repo',
      repository: 'octo/repo',
      eventName: 'pull_request',
      runUrl: null,
      pullRequest: null,
      ...o.ctx,
    } as ActionContext,
    api,
    outcome: {
      comment: COMMENT,
      decision: decision({ failed: true, exitCode: 1 }),
      report: { findings: [finding('critical')] },
      context: { pr: PR, prRefusal: null, runId: 1, workflowId: null, untrusted: false, ...o.head },
    } as unknown as PipelineOutcome<HeadContext>,
    policy: { failOn: 'critical', failOnRegression: false },
    fileRoot: 'results',
    commentUrl: null,
  };
  return { c, api };
}

function capture(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((l) => l !== ''),
    );
    return true;
  });
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('check run parts', () => {
  it('conclusion: failure when the decision fails, neutral when only an acceptance passed it, else success', () => {
    expect(checkConclusion(decision({ failed: true, exitCode: 1 }))).toBe('failure');
    expect(checkConclusion(decision({ accepted: [{ what: 'verdict', code: null, message: 'x' }] }))).toBe('neutral');
    expect(checkConclusion(decision())).toBe('success');
  });

  it('name, title and summary from the comment', () => {
    expect(checkRunName('default')).toBe('InferGuard');
    expect(checkRunName('h200')).toBe('InferGuard (h200)');
    expect(plainHeadline(COMMENT)).toBe('InferGuard: 🔴 Regression · check fails');
    expect(commentTop(COMMENT)).toBe(
      '## InferGuard: 🔴 Regression · check fails\n\n- **Validity:** ✅ valid: 3 cells.\n- **Check:** ❌ fails: a regression vs base \\(fail-on-regression\\).',
    );
  });

  it('annotations: level by severity and policy, file under the results path, one plain line each', () => {
    const a = checkAnnotations([finding('critical', 'bmk/x.json'), finding('info')], 'results', {
      failOn: 'critical',
      failOnRegression: false,
    });
    expect(a.map((x) => [x.annotation_level, x.path])).toEqual([
      ['failure', 'results/bmk/x.json'],
      ['notice', 'results'],
    ]);
    expect(a[0]?.message).toBe('m :\u200b:error:\u200b:x');
  });
});

describe('publishCheckRun', () => {
  it('creates it on the PR head SHA with the conclusion of the decision', async () => {
    const { c, api } = input();
    capture();
    expect(await publishCheckRun(c)).toMatchObject({ id: 9, annotations: 1, requests: 1 });
    // analyze mode: one GET /pulls/{n} (is the PR still open?), then the check run.
    expect(api.calls.map((x) => x.route)).toEqual([GET_PULL, POST_CHECK]);
    expect(api.calls[0]?.params).toMatchObject({ owner: 'octo', repo: 'repo', pull_number: 7 });
    expect(api.calls[1]?.params).toMatchObject({ name: 'InferGuard', head_sha: 'a'.repeat(40), conclusion: 'failure' });
  });

  it.each(['analyze', 'merge'] as const)(
    '%s mode, PR closed while the run ran (event said open): one GET, no check run, a warning says why',
    async (mode) => {
      const { c, api } = input({ mode, stateNow: 'closed' });
      const lines = capture();
      expect(await publishCheckRun(c)).toBeNull();
      expect(api.calls.map((x) => x.route)).toEqual([GET_PULL]);
      expect(lines.filter((l) => l.startsWith('::warning'))).toEqual([
        '::warning::check run not created: PR #7 was closed while this run ran (GET /pulls/7 says closed)',
      ]);
    },
  );

  it.each(['comment', 'recheck'] as const)(
    '%s mode: the PR state came from GET /pulls already, so no second GET',
    async (mode) => {
      const { c, api } = input({ mode, head: { untrusted: true } });
      capture();
      expect(await publishCheckRun(c)).toMatchObject({ id: 9 });
      expect(api.calls.map((x) => x.route)).toEqual([POST_CHECK]);
    },
  );

  it('analyze mode, GET /pulls failing (403): the check run is made as the event said, an info line', async () => {
    const { c } = input();
    c.api = fakeApi({
      [GET_PULL]: () => {
        throw httpError(403, 'Resource not accessible by integration');
      },
      [POST_CHECK]: () => ok({ id: 9, html_url: 'h' }, {}, 201),
    });
    const lines = capture();
    expect(await publishCheckRun(c)).toMatchObject({ id: 9 });
    expect(lines.filter((l) => l.startsWith('::warning'))).toEqual([]);
    expect(lines.find((l) => l.includes('could not tell whether PR #7 is still open'))).toContain('HTTP 403');
  });

  it.each([
    [
      'no PR (a push), auto: an info line',
      { head: { pr: null }, ctx: { eventName: 'push' } },
      '::warning',
      "this run is not for a pull request (event 'push')",
      false,
    ],
    [
      'no PR, always: a warning',
      { head: { pr: null }, ctx: { eventName: 'push' }, checkRun: 'always' as const },
      '::warning',
      'not for a pull request',
      true,
    ],
    ['a closed PR', { head: { pr: { ...PR, state: 'closed' } } }, '::warning', 'PR #7 is closed', true],
    [
      'a fork PR under auto',
      { ctx: { pullRequest: { headRepo: 'forker/repo' } as ActionContext['pullRequest'] } },
      '::warning',
      "a fork PR's token cannot write checks",
      true,
    ],
  ])('%s: no request, the reason said', async (_w, o, prefix, words, warned) => {
    const { c, api } = input(o);
    const lines = capture();
    expect(await publishCheckRun(c)).toBeNull();
    expect(api.calls).toEqual([]);
    const line = lines.find((l) => l.includes(words)) ?? '';
    expect(line).toContain(`check run not created: `);
    expect(line.startsWith(prefix)).toBe(warned);
  });

  it('check-run: never makes no request and says nothing', async () => {
    const { c, api } = input({ checkRun: 'never' });
    const lines = capture();
    expect(await publishCheckRun(c)).toBeNull();
    expect(api.calls).toEqual([]);
    expect(lines).toEqual([]);
  });

  it.each([
    [403, "the token cannot write checks (grant 'checks: write')"],
    [422, 'GitHub refused it'],
    [500, 'GitHub API checks/create failed (HTTP 500)'],
  ])('the API answering %i: one warning', async (status, words) => {
    const { c } = input();
    c.api = fakeApi({
      'POST /repos/{owner}/{repo}/check-runs': () => {
        throw httpError(status, `nope ${status}`);
      },
    });
    const lines = capture();
    expect(await publishCheckRun(c)).toBeNull();
    const w = lines.filter((l) => l.startsWith('::warning'));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain(words);
  });
});
