/**
 * inferguard-results/v1, the generic format (src/sources/inferguard-results.ts,
 * docs/RESULTS-FORMAT.md). Expected values are read by hand from the fixture files in
 * test/fixtures/sources/inferguard-results/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { validateContract } from '../../src/schemas/validate.js';
import {
  csvRecordToRow,
  labelString,
  mapResultsDocument,
  parseLabels,
  sniffInferguardResults,
} from '../../src/sources/inferguard-results.js';
import { describeHead } from '../../src/sources/lib/head.js';
import type { Cell, Finding } from '../../src/core/types.js';
import type { FileEntry } from '../../src/sources/types.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures/sources/inferguard-results');
const out = mkdtempSync(path.join(tmpdir(), 'ig-results-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function analyze(dir: string): Promise<{ cells: Cell[]; findings: Finding[] }> {
  const r = await analyzeResultsDir({
    resultsDir: dir,
    outputDir: path.join(out, path.basename(dir)),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: dir,
  });
  const findings = [...r.report.findings, ...r.report.cells.flatMap((c) => c.findings)];
  return { cells: r.report.cells, findings };
}

function entry(name: string): FileEntry {
  return { path: name, name, dir: '', size: 100, mtimeMs: 0 };
}

describe('inferguard-results/v1 JSON', () => {
  it('reads every valid row as a cell, in canonical units, and names the invalid row', async () => {
    const { cells, findings } = await analyze(path.join(FIX, 'json'));
    expect(cells).toHaveLength(2);
    const conc = cells.find((c) => c.concurrency === 16) as Cell;
    expect(conc.source_variant).toBe('inferguard-results');
    expect(conc.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(conc.hardware).toBe('h100');
    expect(conc.framework).toBe('vllm');
    expect(conc.precision).toBe('bf16');
    expect([conc.isl, conc.osl]).toEqual([1024, 256]);
    expect(conc.topology.tp).toBe(1);
    expect(conc.topology.gpus).toBe(1);
    expect(conc.completion.num_requests_total).toBe(200);
    expect(conc.completion.num_requests_successful).toBe(200);
    expect(conc.metrics.p99_ttft).toBe(0.141);
    expect(conc.metrics.mean_tpot).toBe(0.0121);
    expect(conc.metrics.p99_e2el).toBe(3.51);
    expect(conc.metrics.output_tput_tps).toBe(1210.5);
    expect(conc.metrics.tput_per_gpu).toBe(6052.5);

    const rate = cells.find((c) => c.concurrency === null) as Cell;
    expect(rate.topology.request_rate).toBe(4.5);
    expect(rate.topology.tp).toBe(2);
    expect(rate.topology.config_label).toBe('chunked_prefill=true,kv_cache_dtype=fp8');
    expect(rate.completion.num_requests_successful).toBe(97);
    expect(rate.metrics.p99_ttft).toBe(0.233);

    const bad = findings.find((f) => f.evidence.kind === 'invalid_row') as Finding;
    expect(bad.code).toBe('metrics_unavailable');
    expect(bad.evidence.row).toBe('rows[2]');
    expect(bad.message).toContain('my-harness.json rows[2]');
    expect(bad.evidence.errors).toEqual(
      expect.arrayContaining([expect.stringContaining('concurrency'), expect.stringContaining('p99_ttft')]),
    );
    const unknown = findings.find((f) => f.evidence.kind === 'unknown_fields') as Finding;
    expect(unknown.severity).toBe('info');
    expect(unknown.evidence.fields).toEqual(['gpu_temp_c']);
  });

  it('a document without rows is a critical finding, never a crash', async () => {
    // Alone in its folder it leaves no cell: the run ends with "no supported artifacts" (exit 3).
    await expect(analyze(path.join(FIX, 'not-a-document'))).rejects.toBeInstanceOf(NoReportError);
    const m = mapResultsDocument(entry('results.json'), { schema_version: 'inferguard-results/v1', cells: [] });
    expect(m.fragments).toHaveLength(0);
    expect(m.findings).toHaveLength(1);
    expect(m.findings[0]?.code).toBe('missing_required_artifact');
    expect(m.findings[0]?.severity).toBe('critical');
    expect(m.findings[0]?.message).toContain('results.json is not an inferguard-results/v1 document');
    expect(mapResultsDocument(entry('x.json'), 'text').findings[0]?.code).toBe('missing_required_artifact');
  });

  it('the schema accepts the documented example and rejects a wrong version', () => {
    const doc = {
      schema_version: 'inferguard-results/v1',
      rows: [{ model: 'm', concurrency: 4, request_rate: 'inf', p99_ttft: 0.1, labels: { a: 'b' } }],
    };
    expect(validateContract('inferguard-results/v1', doc)).toEqual({ ok: true });
    expect(validateContract('inferguard-results/v1', { ...doc, schema_version: 'inferguard-results/v2' }).ok).toBe(
      false,
    );
    expect(validateContract('inferguard-results/v1', { ...doc, rows: [{ concurrency: 1 }] }).ok).toBe(false);
  });
});

describe('inferguard-results/v1 CSV', () => {
  it('one cell per row; labels k=v;k=v; request_rate inf; a bad row is a finding naming its row', async () => {
    const { cells, findings } = await analyze(path.join(FIX, 'csv'));
    expect(cells).toHaveLength(3);
    const c1 = cells.find((c) => c.concurrency === 1) as Cell;
    expect(c1.hardware).toBe('mi300x');
    expect(c1.model).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(c1.framework).toBe('sglang');
    expect(c1.precision).toBe('fp8');
    expect([c1.isl, c1.osl]).toEqual([2048, 128]);
    expect(c1.topology.config_label).toBe('cuda_graph=on,scheduler=lpm');
    expect(c1.metrics.p50_ttft).toBe(0.031);
    expect(c1.metrics.p99_itl).toBe(0.0081);
    expect(c1.metrics.output_tput_per_gpu).toBe(118.4);
    const c64 = cells.find((c) => c.concurrency === 64) as Cell;
    expect(c64.completion.num_requests_total).toBe(500);
    expect(c64.completion.num_requests_successful).toBe(488);
    expect(c64.metrics.p99_ttft).toBe(1.93);
    const inf = cells.find((c) => c.concurrency === null) as Cell;
    expect(inf.topology.request_rate).toBe('inf');
    expect(inf.metrics.output_tput_tps).toBe(3310.5);

    const bad = findings.find((f) => f.evidence.kind === 'invalid_row') as Finding;
    expect(bad.evidence.row).toBe('row 4');
    expect(bad.message).toContain('sweep.csv row 4');
    expect(String(bad.evidence.errors)).toContain('concurrency');
    const unknown = findings.find((f) => f.evidence.kind === 'unknown_fields') as Finding;
    expect(unknown.evidence.fields).toEqual(['queue_depth']);
  });

  it('maps a record to the JSON row (empty fields absent, bad numbers kept for the schema to reject)', () => {
    const rec: Record<string, string> = {
      model: ' m ',
      concurrency: '8',
      p99_ttft: 'fast',
      request_rate: 'INF',
      isl: '',
    };
    expect(csvRecordToRow((f) => rec[f])).toEqual({
      model: 'm',
      concurrency: 8,
      p99_ttft: 'fast',
      request_rate: 'inf',
    });
    expect(parseLabels('a=1; b = x ;;')).toEqual({ a: '1', b: 'x' });
    expect(parseLabels('  ')).toBeNull();
    expect(labelString({ b: 2, a: 'x' })).toBe('a=x,b=2');
  });
});

describe('recognition', () => {
  it('claims our JSON and CSV by their schema_version, nothing else', () => {
    const head = (text: string) => () => describeHead(Buffer.from(text), false);
    expect(
      sniffInferguardResults(entry('r.json'), head('{"schema_version": "inferguard-results/v1", "rows": []}'))?.claim,
    ).toBe(true);
    expect(sniffInferguardResults(entry('r.json'), head('{"schema_version": "other/v1", "rows": []}'))).toBeNull();
    expect(
      sniffInferguardResults(entry('r.csv'), head('schema_version,model,p99_ttft\ninferguard-results/v1,m,0.1\n'))
        ?.kind,
    ).toBe('inferguard_results_csv');
    expect(sniffInferguardResults(entry('r.csv'), head('model,p99_ttft\nm,0.1\n'))).toBeNull();
  });
});
