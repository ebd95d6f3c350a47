/**
 * The benchmark harness in its small mode (seconds, tiny inputs), so it cannot rot: every
 * scenario runs end to end and the results file has the expected shape. No time is asserted.
 * The CLI runs from dist/ when it is built, else from source through tsx.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { usageOf } from '../scripts/bench/measure.js';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'ig-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Results {
  mode: string;
  scenarios: {
    scenario: string;
    ours_wall_s: number | null;
    bare_wall_s: number | null;
    throughput_vs_bare: number | null;
    note: string | null;
  }[];
  sweep: { steps: Record<string, { status: string; wall_s: number | null; cpu_s: number | null }> } | null;
  cold_start: { ms: number | null } | null;
  artifacts: { concurrency: number; artifacts: number; download_s: number | null; exit_code: number }[] | null;
  compare_big: { cells: number; exit_code: number | null; rss_mb: number | null } | null;
  targets: { target: string; result: string }[];
}

describe('npm run bench -- --small', () => {
  it('generates, measures every scenario against the bare baseline, prints the table and writes results', () => {
    const file = path.join(out, 'results.json');
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts/bench.ts'), '--small', '--out', file],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      },
    );
    const r = JSON.parse(readFileSync(file, 'utf8')) as Results;
    expect(r.mode).toBe('small');
    expect(r.scenarios.map((s) => s.scenario)).toEqual(['agentx_1m', 'agentx_4m', 'timeline_100k', 'native_1m']);
    for (const s of r.scenarios) {
      // Each analyze produced a report (no note) and the bare baseline ran over the same files.
      expect(s.note, s.scenario).toBeNull();
      expect(s.ours_wall_s, s.scenario).toBeGreaterThan(0);
      expect(s.bare_wall_s, s.scenario).toBeGreaterThan(0);
      expect(s.throughput_vs_bare, s.scenario).toBeGreaterThan(0);
    }
    expect(Object.keys(r.sweep?.steps ?? {})).toEqual(['analyze', 'compare', 'comment']);
    expect(r.sweep?.steps.analyze?.status).toBe('measured');
    // CPU time next to wall time (user + system of the child): positive, and a number for each step measured.
    for (const step of ['analyze', 'compare', 'comment']) expect(r.sweep?.steps[step]?.cpu_s, step).toBeGreaterThan(0);
    expect(stdout).toContain('| 2,000-cell sweep step | wall s | CPU s | peak RSS MB | status |');
    expect(r.cold_start?.ms).toBeGreaterThan(0);
    // Small mode never judges the targets.
    // The action on artifacts from the loopback artifact service, serial and pooled: every artifact downloaded.
    expect(r.artifacts?.map((a) => [a.concurrency, a.artifacts, a.exit_code])).toEqual([
      [1, 6, 0],
      [8, 6, 0],
    ]);
    expect(r.artifacts?.every((a) => (a.download_s ?? 0) > 0)).toBe(true);
    expect(r.compare_big).toMatchObject({ cells: 200, exit_code: 0 });
    expect(r.targets).toHaveLength(8);
    expect(r.targets.every((t) => t.result === 'n/a')).toBe(true);
    expect(stdout).toContain('| agentx_1m |');
    expect(stdout).toContain('throughput vs bare');
    // No machine path leaks into the table or the file.
    expect(stdout).not.toContain(root);
    expect(readFileSync(file, 'utf8')).not.toContain(tmpdir() + path.sep + 'ig-bench-');
  }, 120_000);

  it("reads peak RSS and CPU time from GNU time's file and from the preload's", () => {
    expect(usageOf('123904 1.52 0.31\n')).toEqual({ rss_mb: 121, cpu_ms: 1830 });
    // GNU time writes the child's non-zero exit above its format line.
    expect(usageOf('Command exited with non-zero status 1\n2048 0.25 0.00\n')).toEqual({ rss_mb: 2, cpu_ms: 250 });
    // The preload's microsecond counts divided to seconds.
    expect(usageOf(`4096 ${1234567 / 1e6} ${89000 / 1e6}`)?.cpu_ms).toBeCloseTo(1323.567, 6);
    expect(usageOf('')).toBeNull();
    expect(usageOf('Command terminated by signal 9')).toBeNull();
  });
});
