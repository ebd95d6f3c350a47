#!/usr/bin/env node
/**
 * `npm run demo`: what the action does on a pull request, on real files. examples/compare/ holds a
 * base run and a head run of one SGLang sweep (examples/compare/PROVENANCE.md: in the head, the
 * c=16 load point ran on a cold prefix cache). The demo analyzes both, compares them with
 * `--fail-on-regression`, and prints the PR comment with its verdict (examples/out/comment.md).
 *
 * Runs the committed bundle dist/cli/index.js, so a clean clone needs only `npm ci`.
 * `--src` runs src/cli.ts through tsx instead (development, while dist/ is being rebuilt).
 * scripts/screenshot.mjs and test/render/demo.test.ts run the same steps (`demoSteps`).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the files don't say (SGLang's bench_serving log names no GPU): as the workflow's inputs would. */
const GIVEN = ['--hardware', 'mi300x', '--gpus', '8'];

/**
 * The demo's steps: CLI arguments (paths relative to the repository root), what each shows, and the
 * exit code it must end with. `out` is where the outputs go (relative to the root, or absolute).
 */
export function demoSteps(out) {
  const o = (p) => path.join(out, p);
  return [
    {
      what: 'Analyze the base run (the main branch)',
      argv: ['analyze', 'examples/compare/base', '--output-dir', o('base'), ...GIVEN],
      exit: 0,
    },
    {
      what: 'Analyze the head run (the pull request)',
      argv: ['analyze', 'examples/compare/head', '--output-dir', o('head'), ...GIVEN],
      exit: 0,
    },
    {
      what: 'Compare head with base; the check fails on a regression (--fail-on-regression)',
      argv: [
        'compare',
        '--base',
        o('base/report.json'),
        '--head',
        o('head/report.json'),
        '--output-dir',
        out,
        '--fail-on-regression',
      ],
      // 1: the check fails (a REGRESSION under --fail-on-regression); the comment says so.
      exit: 1,
    },
  ];
}

/** The picture of the demo's comment and its record (scripts/screenshot.mjs writes both). */
export const SCREENSHOT = { png: 'docs/img/comment.png', record: 'docs/img/comment.json' };

/** SHA-256 of the comment's markdown, as docs/img/comment.json records it. */
export function markdownHash(md) {
  return createHash('sha256').update(md, 'utf8').digest('hex');
}

/** The command that runs the CLI: the bundle, or the sources through tsx. */
function cliCommand(cli) {
  return cli === 'src'
    ? [process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts')]]
    : [process.execPath, [path.join(ROOT, 'dist/cli/index.js')]];
}

/**
 * Runs every step from the repository root; throws when a step ends with another exit code than
 * it should (naming the step and its stderr). Returns each step's output and the comment.
 */
export function runDemo({ out = 'examples/out', cli = 'dist', echo = false } = {}) {
  const [cmd, pre] = cliCommand(cli);
  const steps = [];
  for (const step of demoSteps(out)) {
    const r = spawnSync(cmd, [...pre, ...step.argv], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (echo) process.stdout.write(`\n# ${step.what}\n$ inferguard ${step.argv.join(' ')}\n${r.stdout}`);
    if (r.status !== step.exit) {
      throw new Error(
        `demo step '${step.argv[0]}' exited ${String(r.status)}, expected ${step.exit}: ${(r.stderr || r.stdout).trim().split('\n')[0]}`,
      );
    }
    steps.push({ ...step, stdout: r.stdout });
  }
  const commentPath = path.resolve(ROOT, out, 'comment.md');
  return { steps, commentPath, comment: readFileSync(commentPath, 'utf8') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cli = process.argv.includes('--src') ? 'src' : 'dist';
  try {
    const { commentPath, comment } = runDemo({ cli, echo: true });
    process.stdout.write(
      `\n(exit code 1 above: the check fails, as the comment says.)\n\n===== The PR comment: ${path.relative(ROOT, commentPath)} =====\n\n${comment}`,
    );
  } catch (e) {
    process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
