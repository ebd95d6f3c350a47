/**
 * `npm run demo` (scripts/demo.mjs) on the real files of examples/compare/: every step ends with
 * the exit code it should, the comparison finds the one real change (the c=16 load point on a cold
 * prefix cache, values read by hand from the logs: examples/compare/PROVENANCE.md) and the comment
 * says it with the status words. And the README's picture of that comment is not stale: the
 * markdown it shows has the hash recorded in docs/img/comment.json (`npm run screenshot` renews
 * both). Runs the CLI from src/ (through tsx), as the screenshot script does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
// @ts-expect-error: plain .mjs script without types
import { markdownHash, ROOT, runDemo, SCREENSHOT } from '../../scripts/demo.mjs';

interface DemoRun {
  comment: string;
  steps: { argv: string[]; stdout: string }[];
}

describe('npm run demo: base vs head from examples/compare', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'inferguard-demo-'));
  let run: DemoRun;
  beforeAll(() => {
    run = runDemo({ out: tmp, cli: 'src' }) as DemoRun;
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const report = (side: string): Report =>
    JSON.parse(readFileSync(path.join(tmp, side, 'report.json'), 'utf8')) as Report;
  const cellAt = (r: Report, c: number) => r.cells.find((x) => x.concurrency === c);

  it('reads the logs as the files state them (hand-read: Median TTFT, output throughput at c=16)', () => {
    const base = cellAt(report('base'), 16);
    const head = cellAt(report('head'), 16);
    expect(base?.metrics.p50_ttft).toBeCloseTo(0.31052, 6);
    expect(head?.metrics.p50_ttft).toBeCloseTo(1.92574, 6);
    expect(base?.metrics.output_tput_tps).toBeCloseTo(612.81, 6);
    expect(head?.metrics.output_tput_tps).toBeCloseTo(552.05, 6);
    expect(report('head').cells).toHaveLength(5);
  });

  it('finds the one real change and says it with one verdict word and the check', () => {
    const compare = run.steps[2]?.stdout ?? '';
    expect(compare).toContain('inferguard compare: REGRESSION; 1 regressed, 0 improved, 4 unchanged');
    const md = run.comment;
    expect(md).toContain('\n## InferGuard: 🔴 Regression · check fails\n');
    expect(md).toContain('- **Check:** ❌ fails: ');
    // Values and their change on one line (no-break spaces).
    expect(md).toMatch(/\| +16 \| p50 TTFT +\| +1\.93\u00a0s \| +\+520%\u00a0🔴 \|/);
  });

  it("the README's picture shows this comment (else: npm run screenshot)", () => {
    const record = JSON.parse(readFileSync(path.join(ROOT, SCREENSHOT.record), 'utf8')) as {
      markdown_sha256: string;
      width_px: number;
      height_px: number;
    };
    expect(
      markdownHash(run.comment),
      `${SCREENSHOT.png} is stale: the demo's comment changed; run \`npm run screenshot\` and commit docs/img/`,
    ).toBe(record.markdown_sha256);
    // The PNG is the one the record describes (its IHDR: width and height, big-endian at 16 and 20).
    const png = readFileSync(path.join(ROOT, SCREENSHOT.png));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([record.width_px, record.height_px]);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`](${SCREENSHOT.png})`);
  });
});
