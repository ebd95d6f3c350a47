/**
 * Every workflow this repository runs or shows is linted (test/docs/workflow-lint.ts): the files in
 * .github/workflows/ and docs/workflows/ (the folders are globbed, so a new file is covered), the
 * whole workflows in README.md and docs/*.md, and the step snippets there (wrapped in a job). Each
 * linter is also shown a broken workflow, so a linter that silently stopped working fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkRules, format, lintWorkflow, ROOT } from './workflow-lint.js';

const WORKFLOW_DIRS = ['.github/workflows', 'docs/workflows'];

function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

function markdownFiles(): string[] {
  return [
    'README.md',
    ...readdirSync(path.join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
}

interface Snippet {
  where: string;
  text: string;
}

/** ```yaml blocks that are a whole workflow (`on` + `jobs`), or steps (a list of `uses`/`run` items). */
function markdownWorkflows(): Snippet[] {
  const out: Snippet[] = [];
  for (const file of markdownFiles()) {
    const md = readFileSync(path.join(ROOT, file), 'utf8');
    const re = /^( *)```ya?ml\n([\s\S]*?)^\1```/gm;
    for (let m = re.exec(md); m; m = re.exec(md)) {
      const indent = m[1]!.length;
      const body = m[2]!
        .split('\n')
        .map((l) => l.slice(indent))
        .join('\n');
      const line = md.slice(0, m.index).split('\n').length;
      let doc: unknown;
      try {
        doc = parseYaml(body);
      } catch {
        continue; // not YAML we can read as a workflow; the markdown renderer is not our linter
      }
      const where = `${file}:${line}`;
      if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'jobs' in doc && 'on' in doc) {
        out.push({ where, text: body });
      } else if (
        Array.isArray(doc) &&
        doc.length > 0 &&
        doc.every((s: unknown) => s && typeof s === 'object' && ('uses' in s || 'run' in s))
      ) {
        const wrapped = {
          name: 'snippet',
          on: { push: null },
          permissions: {},
          jobs: { snippet: { 'runs-on': 'ubuntu-latest', permissions: { contents: 'read' }, steps: doc } },
        };
        out.push({ where, text: stringify(wrapped) });
      }
    }
  }
  return out;
}

describe('workflow files', () => {
  const files = workflowFiles();
  it('the folders hold the workflows we know of (the glob works)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        'docs/workflows/benchmark-pr.yml',
        'docs/workflows/benchmark-comment.yml',
      ]),
    );
  });
  it.each(files)('%s lints clean', async (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(format(file, await lintWorkflow(text, file))).toEqual([]);
  });
});

describe('workflows shown in README.md and docs/*.md', () => {
  const snippets = markdownWorkflows();
  it('README shows a whole workflow and the docs show steps', () => {
    expect(snippets.some((s) => s.where.startsWith('README.md:'))).toBe(true);
    expect(snippets.some((s) => s.where.startsWith('docs/QUICKSTART.md:'))).toBe(true);
  });
  it.each(snippets.map((s) => [s.where, s] as const))('%s lints clean', async (where, s) => {
    expect(format(where, await lintWorkflow(s.text, `${where}.yml`))).toEqual([]);
  });
});

const GOOD = `name: good
on:
  pull_request:
permissions: {}
jobs:
  bench:
    if: \${{ github.event.pull_request.head.repo.full_name == github.repository }}
    runs-on: [self-hosted, gpu]
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v6
        with:
          persist-credentials: false
      - run: echo bench
`;

describe('each linter reports what it should (so a silent linter fails here)', () => {
  it('a good workflow is clean', async () => {
    expect(format('good.yml', await lintWorkflow(GOOD, 'good.yml'))).toEqual([]);
  });

  it('actionlint: an invalid permission value', async () => {
    const bad = GOOD.replace('contents: read', 'contents: reed');
    const problems = await lintWorkflow(bad, 'bad.yml');
    expect(problems.filter((p) => p.source === 'actionlint').map((p) => p.message)).toEqual([
      expect.stringContaining('"reed" is invalid for permission of scope "contents"'),
    ]);
  });

  it('actionlint: an expression over an undefined step', async () => {
    const bad = GOOD.replace('run: echo bench', 'run: echo ${{ steps.nope.outputs.x }}');
    const problems = await lintWorkflow(bad, 'bad.yml');
    expect(problems.filter((p) => p.source === 'actionlint').map((p) => p.message)).toEqual([
      expect.stringContaining('property "nope" is not defined'),
    ]);
  });

  it("GitHub's workflow parser: a key a step cannot have", async () => {
    const bad = GOOD.replace('      - run: echo bench', '      - run: echo bench\n        retries: 3');
    const problems = await lintWorkflow(bad, 'bad.yml');
    expect(problems.filter((p) => p.source === 'workflow-parser').map((p) => p.message)).toEqual([
      expect.stringContaining("Unexpected value 'retries'"),
    ]);
  });

  it('rule: a self-hosted job on pull_request without a fork guard', () => {
    const bad = GOOD.replace(/ {4}if: .*\n/, '');
    expect(checkRules(bad).map((p) => p.message)).toEqual([
      expect.stringContaining("job 'bench' runs on a self-hosted runner"),
    ]);
  });

  it("rule: a maintainer's label on this event is a fork guard too; a label merely present is not", () => {
    const labelled = GOOD.replace(
      / {4}if: .*\n/,
      "    if: ${{ github.event.action == 'labeled' && github.event.label.name == 'safe-to-benchmark' }}\n",
    );
    expect(checkRules(labelled)).toEqual([]);
    const present = GOOD.replace(
      / {4}if: .*\n/,
      "    if: ${{ contains(github.event.pull_request.labels.*.name, 'safe-to-benchmark') }}\n",
    );
    expect(checkRules(present).map((p) => p.message)).toEqual([expect.stringContaining('without a fork guard')]);
  });

  it('rule: a job without permissions', () => {
    const bad = GOOD.replace('    permissions:\n      contents: read\n', '');
    expect(checkRules(bad).map((p) => p.message)).toEqual([expect.stringContaining("job 'bench' has no permissions")]);
  });

  it('rule: a Node-20 major of a GitHub action', () => {
    const bad = GOOD.replace('actions/checkout@v6', 'actions/checkout@v4');
    expect(checkRules(bad).map((p) => p.message)).toEqual([
      'actions/checkout@v4 runs on Node 20: use actions/checkout@v5 or later',
    ]);
  });

  it('rule: event text interpolated into a script', () => {
    const bad = GOOD.replace('run: echo bench', 'run: echo "${{ github.event.pull_request.title }}"');
    expect(checkRules(bad).map((p) => p.message)).toEqual([expect.stringContaining('event text interpolated')]);
  });

  it('rule: a with: key this action does not have', () => {
    const bad = GOOD.replace(
      '      - run: echo bench\n',
      '      - uses: inferguard/inferguard-action@v1\n        with:\n          fail-on: critical\n          fail_on: critical\n',
    );
    expect(checkRules(bad).map((p) => p.message)).toEqual(["'fail_on' is not an input of action.yml"]);
  });
});
