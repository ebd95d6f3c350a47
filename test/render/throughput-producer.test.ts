/**
 * The matrix (report.md) and the comment's head-only table show the absolute tok/s where per-GPU
 * throughput is unknown (the header says which), and name the producer (the adapter) where the
 * format is `unknown`.
 */
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/render/comment.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { cellThroughput, producerName } from '../../src/render/throughput.js';
import { makeCell, makeReport } from '../helpers/reports.js';

function matrix(md: string): string[][] {
  const section = md.slice(md.indexOf('## Benchmark matrix'), md.indexOf('## Artifact completeness'));
  return section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

/** A plain vLLM result: no GPU count, so no per-GPU throughput; format unknown. */
function vllmCell(concurrency: number) {
  const c = makeCell({
    cell_id: `glm47_conc${concurrency}`,
    concurrency,
    source_format: 'unknown',
    source_variant: 'vllm-bench-serve',
    hardware: null,
    topology: { tp: undefined as unknown as number, gpus: undefined as unknown as number },
    metrics: { total_tput_tps: 1234.5 * concurrency, output_tput_tps: 600, p99_ttft: 1, p99_tpot: 0.04 },
  });
  delete c.metrics.tput_per_gpu;
  return c;
}

describe('throughput column', () => {
  it('all per-GPU: the header and values are unchanged', () => {
    const rows = matrix(renderReportMarkdown(makeReport([makeCell({ concurrency: 8 })])));
    expect(rows[0]).toContain('Tput/GPU (tok/s)');
    expect(rows[2]?.[rows[0]!.indexOf('Tput/GPU (tok/s)')]).toBe('1000');
  });

  it('no per-GPU: the absolute total tok/s under a header that says so, never —', () => {
    const rows = matrix(renderReportMarkdown(makeReport([vllmCell(4), vllmCell(8)])));
    const col = rows[0]!.indexOf('Total tput (tok/s)');
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(2).map((r) => r[col])).toEqual(['4938', '9876']);
    expect(rows[0]).not.toContain('Tput/GPU (tok/s)');
  });

  it('output tok/s when that is all there is', () => {
    const c = makeCell({ topology: {}, metrics: { output_tput_tps: 321 } });
    delete c.metrics.tput_per_gpu;
    const rows = matrix(renderReportMarkdown(makeReport([c])));
    const col = rows[0]!.indexOf('Output tput (tok/s)');
    expect(rows[2]?.[col]).toBe('321');
  });

  it('mixed: a generic header and each value naming its kind', () => {
    const rows = matrix(renderReportMarkdown(makeReport([makeCell({ concurrency: 2 }), vllmCell(4)])));
    const col = rows[0]!.findIndex((h) => h.startsWith('Tput (tok/s'));
    expect(col).toBeGreaterThan(0);
    expect(
      rows
        .slice(2)
        .map((r) => r[col])
        .sort(),
    ).toEqual(['1000/GPU', '4938 total']);
  });

  it('the comment without a baseline shows the absolute throughput too', () => {
    const md = renderComment({ head: makeReport([vllmCell(4), vllmCell(8)]), diff: null, suiteKey: 'default' });
    expect(md).toContain('Total throughput');
    expect(md).toContain('4938');
    expect(md).not.toContain('Tput/GPU');
  });

  it('cellThroughput prefers per-GPU, then total, then output', () => {
    expect(cellThroughput({ tput_per_gpu: 1, total_tput_tps: 2 })).toMatchObject({ kind: 'per_gpu', value: 1 });
    expect(cellThroughput({ total_tput_tps: 2, output_tput_tps: 3 })).toMatchObject({ kind: 'total', value: 2 });
    expect(cellThroughput({ output_tput_tps: 3 })).toMatchObject({ kind: 'output', value: 3 });
    expect(cellThroughput({})).toBeNull();
  });
});

describe('producer', () => {
  it('names the adapter where the format is unknown, the format otherwise', () => {
    const md = renderReportMarkdown(makeReport([vllmCell(4), makeCell({ concurrency: 8 })]));
    const rows = matrix(md);
    const col = rows[0]!.indexOf('Format');
    expect(
      rows
        .slice(2)
        .map((r) => r[col])
        .sort(),
    ).toEqual(['inferencex-static', 'vllm-bench-serve']);
    expect(md).not.toMatch(/\| unknown \|/);
    expect(md).toContain('<summary>vllm-bench-serve</summary>');
    expect(producerName({ source_format: 'unknown', source_variant: null })).toBe('unknown');
    expect(producerName({ source_format: 'mixed', source_variant: 'a+b' })).toBe('mixed');
  });
});

describe("a cell's throughput line (report.md per-cell block)", () => {
  const line = (metrics: Record<string, number>): string => {
    const c = makeCell({ topology: {}, metrics });
    for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'total_tput_tps', 'output_tput_tps'])
      if (!(k in metrics)) delete (c.metrics as Record<string, unknown>)[k];
    const md = renderReportMarkdown(makeReport([c]));
    const row = md.split('\n').find((l) => /^\| Throughput +\|/.test(l)) ?? '';
    return row.replace(/ {2,}/g, ' ');
  };

  it('per-GPU total and absolute output, as before', () => {
    expect(line({ tput_per_gpu: 1000, output_tput_tps: 4000 })).toBe(
      '| Throughput | 1000 tok/s/GPU total · 4000 tok/s output |',
    );
  });

  it('MLPerf (output tokens only): per-GPU output tok/s, never a "—" beside a number it has', () => {
    expect(line({ output_tput_per_gpu: 2628.5, output_tput_tps: 21028 })).toBe(
      '| Throughput | 2629 tok/s/GPU output · 21028 tok/s output |',
    );
  });

  it('no output tok/s: the absolute total', () => {
    expect(line({ total_tput_tps: 9830 })).toBe('| Throughput | — tok/s/GPU total · 9830 tok/s total |');
  });
});
