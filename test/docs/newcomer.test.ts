/**
 * The README's two newcomer commands are what the repository runs: the demo is an npm script, the
 * test command is `.ci/run`, which installs and then runs `npm test`, and GitHub CI runs it too.
 */
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { read } from './markdown.js';

function twoCommands(): string[] {
  const md = read('README.md');
  const m = /^## Two commands\n[\s\S]*?```bash\n([\s\S]*?)```/m.exec(md);
  if (!m) throw new Error("README has no '## Two commands' bash block");
  return m[1]!
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

describe('README "Two commands"', () => {
  it('are the demo and .ci/run', () => {
    expect(twoCommands()).toEqual(['npm ci && npm run demo', 'bash .ci/run']);
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts['demo']).toBeTruthy();
  });

  it('.ci/run installs (npm ci) and then runs npm test, last', () => {
    const lines = read('.ci/run')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    const ci = lines.findIndex((l) => l.startsWith('npm ci'));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(lines.at(-1)).toBe('npm test');
  });

  it('GitHub CI runs .ci/run', () => {
    const wf = parseYaml(read('.github/workflows/ci.yml')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run));
    expect(runs).toContain('bash .ci/run');
  });
});
