/**
 * What the files don't say (src/core/cells/given.ts): --hardware, --gpus, --label fill every
 * fragment that lacks the field, never over what a file states; labels are identity; the config
 * `run` section is validated like every other section (unknown keys are errors).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyGivenFacts, parseLabels } from '../../src/core/cells/given.js';
import { identityKey } from '../../src/core/cells/identity.js';
import { parseConfigText } from '../../src/core/config.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { computeCosts } from '../../src/core/cost/cost.js';
import { UsageError } from '../../src/core/types.js';
import { givenFacts, readResultsDir } from '../../src/io/analyze-dir.js';
import { fragment } from '../helpers/fragments.js';
import { makeCell } from '../helpers/cells.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('applyGivenFacts', () => {
  it('fills hardware and gpus only where the fragment lacks them, and records what it filled', () => {
    const plain = fragment({ identity: { hardware: null }, topology: {} });
    const stated = fragment();
    applyGivenFacts([plain, stated], { hardware: 'H100', gpus: 4 });
    expect(plain.identity.hardware).toBe('h100');
    expect(plain.topology.gpus).toBe(4);
    expect(plain.extras?.given).toEqual({ gpus: 4, hardware: 'h100' });
    // what the file states wins: h200, 8 GPUs (tp 8)
    expect(stated.identity.hardware).toBe('h200');
    expect(stated.topology.gpus).toBe(8);
    expect(stated.extras).toBeUndefined();
  });

  it('does not fill gpus when the topology implies a count (tp, prefill + decode GPUs)', () => {
    const tp = fragment({ topology: { tp: 2 } });
    const disagg = fragment({ topology: { num_prefill_gpu: 8, num_decode_gpu: 8 } });
    applyGivenFacts([tp, disagg], { gpus: 1 });
    expect(tp.topology.gpus).toBeUndefined();
    expect(disagg.topology.gpus).toBeUndefined();
  });

  it('labels are identity: cells told apart only by a label key differently', () => {
    const a = fragment();
    const b = fragment();
    applyGivenFacts([a], { labels: { cluster: 'a', run: 'x' } });
    applyGivenFacts([b], { labels: { cluster: 'b', run: 'x' } });
    expect(a.topology.labels).toBe('cluster=a,run=x');
    expect(identityKey(a.identity, a.topology)).not.toBe(identityKey(b.identity, b.topology));
  });

  it('a label key the file states (an inferguard-results row, config_label k=v) is kept as the file says', () => {
    const row = fragment({ topology: { gpus: 8, config_label: 'cluster=file' } });
    applyGivenFacts([row], { labels: { cluster: 'flag', team: 'x' } });
    expect(row.topology.config_label).toBe('cluster=file');
    expect(row.topology.labels).toBe('team=x');
    expect(row.extras?.given).toEqual({ labels: { team: 'x' } });
  });
});

describe('runner (where the results ran)', () => {
  it('fills environment.runner where the file names neither a runner nor a host, never over one', () => {
    const plain = fragment();
    const named = fragment({ extras: { environment: { runner: 'h200-cw_00', cluster: 'cw' } } });
    const host = fragment({ extras: { environment: { host: 'dell300x-1' } } });
    const imageOnly = fragment({ extras: { environment: { image: 'vllm/vllm-openai:v0.11.0' } } });
    applyGivenFacts([plain, named, host, imageOnly], { runner: ' gpu-node-7 ' });
    expect(plain.extras?.environment).toEqual({ runner: 'gpu-node-7' });
    expect(plain.extras?.given).toEqual({ runner: 'gpu-node-7' });
    expect(named.extras).toEqual({ environment: { runner: 'h200-cw_00', cluster: 'cw' } });
    expect(host.extras).toEqual({ environment: { host: 'dell300x-1' } });
    expect(imageOnly.extras?.environment).toEqual({ image: 'vllm/vllm-openai:v0.11.0', runner: 'gpu-node-7' });
    // environment, never identity
    expect(identityKey(plain.identity, plain.topology)).toBe(identityKey(named.identity, named.topology));
  });

  it('comes from the config run section too, and a bad one is a UsageError naming it', () => {
    const cfg = parseConfigText('run:\n  runner: gpu-node-7\n', 'c.yml');
    expect(givenFacts({}, cfg)).toEqual({ runner: 'gpu-node-7' });
    expect(givenFacts({ runner: 'flag-node' }, cfg)).toEqual({ runner: 'flag-node' });
    expect(() => parseConfigText('run:\n  runner: ""\n', 'c.yml')).toThrow(UsageError);
  });
});

describe('parseLabels', () => {
  it('parses k=v pairs, trims, sorts nothing away', () => {
    expect(parseLabels(['a=1', ' b = two '], '--label')).toEqual({ a: '1', b: 'two' });
    expect(parseLabels([], '--label')).toBeUndefined();
    expect(parseLabels(['a=1', 'a=1'], '--label')).toEqual({ a: '1' });
  });
  it.each(['novalue', '=v', 'k=', 'k=a,b', 'k=a=b', 'sp ace=v'])('rejects %j with a one-line UsageError', (t) => {
    expect(() => parseLabels([t], '--label')).toThrow(UsageError);
  });
  it('rejects one key with two values', () => {
    expect(() => parseLabels(['a=1', 'a=2'], '--label')).toThrow(/gives 'a' twice/);
  });
});

describe('config run section', () => {
  it('reads hardware, gpus and labels (numbers as text)', () => {
    const c = parseConfigText('run:\n  hardware: h100\n  gpus: 8\n  labels:\n    cluster: a\n    batch: 16\n', 'c.yml');
    expect(c.run).toEqual({ hardware: 'h100', gpus: 8, labels: { cluster: 'a', batch: '16' } });
    expect(parseConfigText('{}', 'c.json').run).toEqual({});
  });
  it.each([
    ['run:\n  gpu: 8\n', /unknown key 'run.gpu'/],
    ['run:\n  gpus: 0\n', /run\.gpus/],
    ['run:\n  gpus: 2.5\n', /run\.gpus/],
    ['run:\n  hardware: ""\n', /run\.hardware/],
    ['run:\n  labels:\n    "a b": x\n', /run\.labels/],
    ['run:\n  labels:\n    a: "x,y"\n', /run\.labels/],
    ['run:\n  gpus: 8\ncost:\n  gpus: 4\n', /disagree/],
  ])('%j is a UsageError', (text, re) => {
    expect(() => parseConfigText(text, 'c.yml')).toThrow(re);
  });
  it('flags win over the config; cost.gpus is the older spelling of run.gpus', () => {
    const cfg = { ...defaultConfig(), run: { hardware: 'a100', labels: { x: '1', y: '2' } }, cost: { gpus: 2 } };
    expect(givenFacts({ hardware: 'h100', labels: { y: '3' } }, cfg)).toEqual({
      hardware: 'h100',
      gpus: 2,
      labels: { x: '1', y: '3' },
    });
    expect(givenFacts({}, defaultConfig())).toEqual({});
  });
});

describe('cost with --gpus', () => {
  it('--gpus prices cells whose topology names no GPU count, never over a stated one', () => {
    const stated = makeCell({ metrics: { duration_seconds: 3600, output_tput_per_gpu: 10 } });
    const b = computeCosts([stated], { currency: 'USD', gpuHourCost: 4, gpus: 4 }).cells.get(stated.cell_id)!;
    expect(b).toMatchObject({ gpus: 8, gpus_source: 'topology.gpus' });
    const plain = makeCell({ topology: {}, metrics: { duration_seconds: 3600, output_tput_tps: 10 } });
    const p = computeCosts([plain], { currency: 'USD', gpuHourCost: 4, gpus: 4 }).cells.get(plain.cell_id)!;
    expect(p).toMatchObject({ gpus: 4, gpu_hours: 4, compute_cost: 16, gpus_source: '--gpus' });
  });
});

describe('a plain vLLM result with --gpus 8 --hardware h100', () => {
  const dir = 'test/fixtures/real/vllm-bench-serve/inferencex-app-glm47-gaudi3';

  it('has no GPU count or hardware of its own', async () => {
    const r = await readResultsDir({ resultsDir: dir, cwd: ROOT, outputDir: '/nonexistent-ig-out' }, defaultConfig());
    expect(r.cells.length).toBeGreaterThan(0);
    for (const c of r.cells) {
      expect(c.hardware).toBeNull();
      expect(c.metrics.tput_per_gpu).toBeUndefined();
    }
  });

  it('gets per-GPU throughput, hardware, the label and a cost', async () => {
    const r = await readResultsDir(
      {
        resultsDir: dir,
        cwd: ROOT,
        outputDir: '/nonexistent-ig-out',
        gpus: 8,
        hardware: 'h100',
        labels: { cluster: 'a' },
        gpuHourCost: 2,
      },
      defaultConfig(),
    );
    expect(r.cells.length).toBeGreaterThan(0);
    for (const c of r.cells) {
      expect(c.hardware).toBe('h100');
      expect(c.topology).toMatchObject({ gpus: 8, labels: 'cluster=a' });
      expect(c.given).toEqual({ gpus: 8, hardware: 'h100', labels: { cluster: 'a' } });
      const total = c.metrics.total_tput_tps as number;
      expect(c.metrics.tput_per_gpu).toBeCloseTo(total / 8, 9);
      expect(c.metrics.output_tput_per_gpu).toBeCloseTo((c.metrics.output_tput_tps as number) / 8, 9);
      expect(c.cost).toMatchObject({ gpus: 8, gpus_source: '--gpus', gpu_hour_cost: 2 });
    }
  });

  it('--runner: every cell says where it ran (environment.runner), its identity unchanged', async () => {
    const plain = await readResultsDir(
      { resultsDir: dir, cwd: ROOT, outputDir: '/nonexistent-ig-out' },
      defaultConfig(),
    );
    const r = await readResultsDir(
      { resultsDir: dir, cwd: ROOT, outputDir: '/nonexistent-ig-out', runner: 'gpu-node-7' },
      defaultConfig(),
    );
    expect(r.cells.map((c) => c.cell_id)).toEqual(plain.cells.map((c) => c.cell_id));
    for (const c of r.cells) {
      expect(c.environment).toMatchObject({ runner: 'gpu-node-7' });
      expect(c.given).toEqual({ runner: 'gpu-node-7' });
    }
  });
});
