/**
 * ISL / OSL of an aiperf export from its user configuration (issue 23): aiperf writes
 * `input_config.input.prompt.input_tokens.mean` / `output_tokens.mean` only when the user set
 * them (json_exporter.py `exclude_unset=True`; ai-dynamo/aiperf prompt_config.py). Expected
 * values written by hand from the real files: wellflat/k8s-dev's Jan-2026 export (`--isl 200
 * --osl 300`, test/fixtures/real/aiperf/wellflat-gpt-oss-20b-a100-c1-jan2026) and aiperf's own
 * examples/artifacts/run1 (`--osl 250` only, no ISL written).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportCounts,
  exportIdentity,
  exportMetrics,
  exportRecords,
  exportRequestRate,
} from '../../src/sources/agentx-aiperf-export.js';

const REAL = path.resolve(import.meta.dirname, '../fixtures/real/aiperf');
const load = (rel: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(REAL, rel), 'utf8')) as Record<string, unknown>;
const WELLFLAT = 'wellflat-gpt-oss-20b-a100-c1-jan2026/bench/aiperf/profile_export_aiperf.json';
const RUN1 = 'artifacts-run1-export-json/artifacts/run1/profile_export_aiperf.json';

describe('aiperf export: the Jan-2026 file (wellflat/k8s-dev)', () => {
  const v = load(WELLFLAT);

  it('identity: model, concurrency 1, ISL 200 / OSL 300 from input.prompt, no request rate', () => {
    expect(exportIdentity(v)).toMatchObject({ model: 'openai/gpt-oss-20b', concurrency: 1, isl: 200, osl: 300 });
    expect(exportRequestRate(v)).toBeNull();
  });

  it('counts and metrics from the top-level blocks (ms → s)', () => {
    const records = exportRecords(v);
    expect(records).not.toBeNull();
    const r = records as NonNullable<typeof records>;
    expect(exportCounts(r, 'f.json')).toMatchObject({ total: 100, successful: 100 });
    const m = exportMetrics(r);
    expect(m.p50_ttft).toBeCloseTo(0.082044076, 12);
    expect(m.p99_ttft).toBeCloseTo(0.09964934874, 12);
    expect(m.request_throughput_rps).toBe(0.19245648570156926);
    expect(m.output_tput_tps).toBe(54.55756456668085);
    expect(m.total_tput_tps).toBeCloseTo(19637 / 519.597973721 + 54.55756456668085, 9);
  });
});

describe('aiperf export: which configured lengths are the cell lengths', () => {
  const withInput = (input: Record<string, unknown>) => ({
    input_config: { endpoint: { model_names: ['m'] }, loadgen: { concurrency: 4 }, input },
  });
  const prompt = { input_tokens: { mean: 200, stddev: 30 }, output_tokens: { mean: 300 } };

  it('aiperf examples/artifacts/run1 sets only --osl 250: OSL 250, ISL unknown (the default is not written)', () => {
    expect(exportIdentity(load(RUN1))).toMatchObject({ concurrency: 100, isl: null, osl: 250 });
  });

  it('prompts from a file or a public dataset: the synthetic ISL mean is not the length', () => {
    expect(exportIdentity(withInput({ file: 'prompts.jsonl', prompt }))).toMatchObject({ isl: null, osl: 300 });
    expect(exportIdentity(withInput({ public_dataset: 'sharegpt', prompt }))).toMatchObject({ isl: null, osl: 300 });
  });

  it('a sequence distribution mixes ISL/OSL pairs: neither is a cell length', () => {
    const v = withInput({ prompt: { ...prompt, sequence_distribution: '128,64:50;512,256:50' } });
    expect(exportIdentity(v)).toMatchObject({ isl: null, osl: null });
  });

  it('a mean of 0 (no synthetic text) is not a length', () => {
    expect(exportIdentity(withInput({ prompt: { input_tokens: { mean: 0 } } }))).toMatchObject({ isl: null });
  });
});
