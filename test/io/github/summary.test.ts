import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/core/types.js';
import { emitAnnotations, fitSummary } from '../../../src/io/github/summary.js';

function finding(severity: Finding['severity'], i: number, file?: string): Finding {
  return { code: 'partial_run', severity, message: `m${i}`, cell_id: null, evidence: file ? { file } : {} };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Captures the workflow commands @actions/core prints. */
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

describe('emitAnnotations', () => {
  it('caps each level at 10, maps severities, prefixes files with the results path', () => {
    const lines = capture();
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('critical', i, `bmk_a/agg_${i}.json`)),
      ...Array.from({ length: 3 }, (_, i) => finding('warning', i)),
      finding('info', 0),
    ];
    const counts = emitAnnotations(findings, 'results/');
    // 12 critical → 10 errors + 2 omitted; 3 warnings; 1 notice; then one notice about the 2 left out.
    expect(counts).toEqual({ error: 10, warning: 3, notice: 1, omitted: 2 });
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(lines[0]).toBe('::error title=inferguard%3A partial_run,file=results/bmk_a/agg_0.json::m0');
    expect(lines.at(-1)).toBe('::notice::2 more finding(s) are not annotated; see the job summary and report.json.');
  });

  it('annotates a critical finding that does not fail the step as a warning', () => {
    const lines = capture();
    const cliff: Finding = { ...finding('critical', 1), code: 'ttft_cliff' };
    const counts = emitAnnotations([finding('critical', 0), cliff], '.', 10, (f) => f.code !== 'ttft_cliff');
    expect(counts).toEqual({ error: 1, warning: 1, notice: 0, omitted: 0 });
    expect(lines).toEqual([
      '::error title=inferguard%3A partial_run::m0',
      '::warning title=inferguard%3A ttft_cliff::m1',
    ]);
  });

  it('escapes untrusted messages so they cannot inject workflow commands', () => {
    const lines = capture();
    emitAnnotations([{ ...finding('warning', 0), message: 'x\n::set-output name=a::b' }], '.');
    // One line; the `::` of the forged command broken (src/render/escape.ts safeLog).
    expect(lines).toEqual(['::warning title=inferguard%3A partial_run::x :\u200b:set-output name=a:\u200b:b']);
  });
});

describe('fitSummary', () => {
  it('keeps small summaries and cuts large ones at a line with a note, within the byte budget', () => {
    expect(fitSummary('a\nb', 100)).toBe('a\nb');
    const big = Array.from({ length: 100 }, (_, i) => `line ${i} ${'é'.repeat(20)}`).join('\n');
    const out = fitSummary(big, 2000);
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(2000);
    expect(out).toMatch(
      /_Summary truncated to fit the 1 MiB job-summary limit; the full report is in the report artifact._\n$/,
    );
    expect(out.split('\n')[0]).toBe(`line 0 ${'é'.repeat(20)}`);
  });
});
