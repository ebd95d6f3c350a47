import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { absoluteTokensPerSec, computeCosts, gpusFromTopology, type CostInputs } from '../../src/core/cost/cost.js';
import { lookupPrice, parsePriceTable, parsePriceTableText, skuOf } from '../../src/core/cost/price-table.js';
import { UsageError } from '../../src/core/types.js';
import { validateContract } from '../../src/schemas/validate.js';
import { makeCell } from '../helpers/cells.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const costFile = (name: string) => readFileSync(path.resolve(here, '../fixtures/core/cost-inputs', name), 'utf8');
const H200_4: CostInputs = { currency: 'USD', gpuHourCost: 4.0 };

function expectValid(block: unknown): void {
  const v = validateContract('inferguard-cost/v1', block);
  expect(v).toEqual({ ok: true });
  for (const k of [
    'duration_seconds',
    'gpus',
    'gpu_hours',
    'gpu_hour_cost',
    'compute_cost',
    'completed_sessions',
    'completed_requests',
    'completion_basis',
    'cost_per_completed_session',
    'cost_per_completed_request',
    'cost_per_million_input_tokens',
    'cost_per_million_output_tokens',
  ]) {
    expect(block).toHaveProperty(k);
  }
}

describe('price tables (shared cost-inputs fixtures)', () => {
  it.each([
    ['h200_4usd.json', { H200: 4 }],
    ['gmi_h200_per_hour.json', { H200: 4 }],
    ['gmi_b200_per_hour.json', { B200: 7.5, H200: 4 }],
    ['gmi_gb200_per_hour.json', { GB200: 15, GB300: 18 }],
  ])('%s', (file, rates) => {
    const t = parsePriceTableText(costFile(file), file);
    expect(t.rates).toEqual(rates);
    expect(t.currency).toBe('USD');
  });

  it('maps hardware case-insensitively, by SKU substring, GB before B', () => {
    const t = parsePriceTable(
      { rates: { 'gb200-nvl72': 15, b200: { usd_per_gpu_hour: 7.5 }, 'H200 SXM': 4, mi300x: 3 } },
      't.json',
    );
    expect(lookupPrice(t, 'gb200')?.rate).toBe(15);
    expect(lookupPrice(t, 'b200-multinode')?.rate).toBe(7.5);
    expect(lookupPrice(t, 'h200-dgxc')?.rate).toBe(4);
    expect(lookupPrice(t, 'MI300X')?.rate).toBe(3);
    expect(lookupPrice(t, 'mi355x')).toBeNull();
    expect(lookupPrice(t, null)).toBeNull();
    expect(skuOf('cluster:h200-dgxc')).toBe('H200');
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['no usable rate', '{"currency": "USD", "note": "x"}', /no usable rate/],
    ['zero price', '{"H200": 0}', /positive number/],
    ['conflicting keys', '{"H200": 4, "h200-sxm": 5}', /both price H200/],
    ['an array', '[1]', /must be a JSON object/],
  ])('%s is a one-line UsageError', (_name, text, re) => {
    expect(() => parsePriceTableText(text, 'p.json')).toThrow(UsageError);
    expect(() => parsePriceTableText(text, 'p.json')).toThrow(re);
  });
});

describe('GPU counts and absolute throughput', () => {
  it.each([
    [{ gpus: 8, tp: 4 }, 8, 'topology.gpus'],
    [{ num_prefill_gpu: 8, num_decode_gpu: 32 }, 40, 'num_prefill_gpu + num_decode_gpu'],
    [{ prefill_num_workers: 1, prefill_tp: 8, decode_num_workers: 4, decode_tp: 8 }, 40, 'prefill/decode workers × tp'],
    [{ tp: 4, dp: 2 }, 8, 'tp × pp × dp'],
    [{}, null, null],
  ])('%j → %s', (topology, gpus, source) => {
    expect(gpusFromTopology(makeCell({ topology }))).toEqual({ gpus, source });
  });

  it('multi-node output per decode GPU × decode GPUs (253.385 × 32 = 8108.3 tok/s), not × all 40', () => {
    const c = makeCell({
      is_multinode: true,
      topology: { num_prefill_gpu: 8, num_decode_gpu: 32 },
      metrics: { output_tput_per_gpu: 253.3851980618275 },
    });
    expect(absoluteTokensPerSec(c, 'output', 40)).toBeCloseTo(8108.326337978, 6);
  });
});

describe('cell cost', () => {
  it('static H200 c4 without duration, 4.0 USD/GPU-h: per M output = 4 / 3600 / 20.0594 × 1e6 = 55.3909 USD', () => {
    const c = makeCell({ metrics: { output_tput_per_gpu: 20.05943901115587, tput_per_gpu: 176.00416044470944 } });
    const r = computeCosts([c], H200_4);
    const b = r.cells.get(c.cell_id)!;
    expectValid(b);
    expect(b.cost_per_million_output_tokens).toBeCloseTo(55.3909, 3);
    // total tokens from tput_per_gpu: 4 / (176.004 × 3600) × 1e6 = 6.3130
    expect(b.cost_per_million_total_tokens).toBeCloseTo(6.31298, 4);
    expect(b).toMatchObject({
      gpus: 8,
      gpu_hours: null,
      compute_cost: null,
      cost_per_completed_request: null,
      completion_basis: 'request-based',
      per_token_basis: 'throughput',
    });
    expect(r.findings).toEqual([]);
  });

  it('multi-node GB200 1p4d c256, 15 USD/GPU-h: 15 × 40 / 3600 / 8108.33 × 1e6 = 20.555 USD per M output', () => {
    const table = parsePriceTableText(costFile('gmi_gb200_per_hour.json'), 'gmi_gb200_per_hour.json');
    const c = makeCell({
      hardware: 'gb200',
      is_multinode: true,
      topology: { num_prefill_gpu: 8, num_decode_gpu: 32, gpus: 40 },
      metrics: { output_tput_per_gpu: 253.3851980618275 },
    });
    const b = computeCosts([c], { currency: 'USD', priceTable: table }).cells.get(c.cell_id)!;
    expectValid(b);
    expect(b.gpu_hour_cost).toBe(15);
    expect(b.cost_per_million_output_tokens).toBeCloseTo(20.5555, 3);
  });

  it('AgentX-like cell with duration and sessions: 501.64 s × 8 GPUs = 1.11475 GPU-h → 4.4590 USD; 16 sessions, 562 requests', () => {
    const c = makeCell({
      metrics: { duration_seconds: 501.6379146575928, total_input_tokens: 36_800_000, total_output_tokens: 210_000 },
      completion: {
        num_requests_total: 562,
        num_requests_successful: 562,
        status: 'complete',
        success_rate: 1,
        sessions_total: 16,
        sessions_completed: 16,
      },
    });
    const b = computeCosts([c], H200_4).cells.get(c.cell_id)!;
    expectValid(b);
    expect(b.gpu_hours).toBeCloseTo(1.114751, 5);
    expect(b.compute_cost).toBeCloseTo(4.459004, 5);
    expect(b.completion_basis).toBe('session-based');
    expect(b.cost_per_completed_session).toBeCloseTo(4.459004 / 16, 6);
    expect(b.cost_per_completed_request).toBeCloseTo(4.459004 / 562, 6);
    expect(b.cost_per_million_output_tokens).toBeCloseTo(4.459004 / 0.21, 4);
    expect(b.cost_per_million_input_tokens).toBeCloseTo(4.459004 / 36.8, 5);
  });

  it('--gpus fills a GPU count the topology lacks, never over a stated one', () => {
    const c = makeCell({ metrics: { duration_seconds: 3600, output_tput_per_gpu: 10 } });
    const b = computeCosts([c], { ...H200_4, gpus: 4 }).cells.get(c.cell_id)!;
    expect(b).toMatchObject({ gpus: 8, gpu_hours: 8, compute_cost: 32, gpus_source: 'topology.gpus' });
    const plain = makeCell({ topology: {}, metrics: { duration_seconds: 3600, output_tput_tps: 10 } });
    const p = computeCosts([plain], { ...H200_4, gpus: 4 }).cells.get(plain.cell_id)!;
    expect(p).toMatchObject({ gpus: 4, gpu_hours: 4, compute_cost: 16, gpus_source: '--gpus' });
  });

  it('a hardware with no price is a metrics_unavailable warning and null costs, never 0', () => {
    const table = parsePriceTableText(costFile('h200_4usd.json'), 'h200_4usd.json');
    const c = makeCell({ hardware: 'mi300x', metrics: { duration_seconds: 100, output_tput_per_gpu: 10 } });
    const r = computeCosts([c], { currency: 'USD', priceTable: table });
    const b = r.cells.get(c.cell_id)!;
    expectValid(b);
    expect(b).toMatchObject({
      gpu_hour_cost: null,
      compute_cost: null,
      cost_per_million_output_tokens: null,
      gpu_hours: (8 * 100) / 3600,
    });
    expect(r.findings.map((f) => [f.code, f.severity, f.evidence.kind])).toEqual([
      ['metrics_unavailable', 'warning', 'cost_price_missing'],
    ]);
  });

  it('no GPUs and no duration/throughput: two warnings', () => {
    const c = makeCell({ topology: {}, metrics: { p99_ttft: 1 } });
    const r = computeCosts([c], H200_4);
    expect(r.findings.map((f) => f.evidence.kind)).toEqual(['cost_gpus_unknown', 'cost_inputs_missing']);
  });

  it('eval-only cells get no cost block', () => {
    const r = computeCosts([makeCell({ metrics: { eval_gsm8k_score: 0.9 } })], H200_4);
    expect(r.cells.size).toBe(0);
    expect(r.run).toBeNull();
  });
});

describe('run-level cost from sums', () => {
  it('A: 3600 s × 8 GPUs × 4 = 32 USD for 100 requests; B: 1800 s → 16 USD for 300 → 48 / 400 = 0.12 per request (not the 0.187 mean of ratios)', () => {
    const a = makeCell({
      cell_id: 'a',
      metrics: { duration_seconds: 3600, total_output_tokens: 1_000_000 },
      completion: { num_requests_successful: 100, num_requests_total: 100 },
    });
    const b = makeCell({
      cell_id: 'b',
      concurrency: 8,
      metrics: { duration_seconds: 1800, total_output_tokens: 3_000_000 },
      completion: { num_requests_successful: 300, num_requests_total: 300 },
    });
    const run = computeCosts([b, a], H200_4).run!;
    expectValid(run);
    expect(run).toMatchObject({
      gpu_hours: 12,
      compute_cost: 48,
      completed_requests: 400,
      duration_seconds: 5400,
      gpus: 8,
      gpu_hour_cost: 4,
      completion_basis: 'request-based',
    });
    expect(run.cost_per_completed_request).toBeCloseTo(0.12, 12);
    // 48 USD / 4 M output tokens
    expect(run.cost_per_million_output_tokens).toBeCloseTo(12, 12);
    expect(run.cost_per_completed_session).toBeNull();
  });

  it('without durations, per-token cost comes from summed price/s over summed tok/s', () => {
    // a: 8 GPUs × 4 / 3600 = 0.008889 USD/s at 160 tok/s; b: same price at 320 tok/s → 0.017778 / 480 × 1e6 = 37.04
    const a = makeCell({ cell_id: 'a', metrics: { output_tput_per_gpu: 20 } });
    const b = makeCell({ cell_id: 'b', concurrency: 8, metrics: { output_tput_per_gpu: 40 } });
    const run = computeCosts([a, b], H200_4).run!;
    expectValid(run);
    expect(run.cost_per_million_output_tokens).toBeCloseTo(((2 * 8 * 4) / 3600 / 480) * 1e6, 9);
    expect(run.compute_cost).toBeNull();
  });
});
