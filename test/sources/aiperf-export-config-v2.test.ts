/**
 * aiperf's configuration v2.0 `input_config` (aiperf 0.10 on; ai-dynamo/aiperf
 * src/aiperf/config/models.py `ModelsAdvanced`, phases.py / phase_kinds.py): the model is
 * `models.items[0].name`, the load is the one phase not `exclude_from_results` — `concurrency` for
 * a `concurrency` phase, `rate` (req/s) for a rate-controlled one. The real concurrency file is in
 * test/fixtures/real/aiperf/qwen36-nvfp4-5090-agent-c2; the phases below are written from the
 * writer's models (a poisson phase as `aiperf profile --request-rate 1.0 --arrival-pattern poisson`
 * writes it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { exportIdentity, exportRequestRate } from '../../src/sources/agentx-aiperf-export.js';

const warmup = { name: 'warmup', type: 'concurrency', exclude_from_results: true, requests: 16, concurrency: 2 };
const cfg = (phases: unknown[]) => ({
  input_config: { models: { items: [{ name: 'qwen3.6-nvfp4' }] }, phases },
});

describe('aiperf configuration v2.0 identity', () => {
  it('a concurrency phase: model from models.items, concurrency from the measured phase, no rate', () => {
    const v = cfg([warmup, { name: 'profiling', type: 'concurrency', requests: 96, concurrency: 2 }]);
    const id = exportIdentity(v);
    expect(id.model).toBe('qwen3.6-nvfp4');
    expect(id.concurrency).toBe(2);
    expect(exportRequestRate(v)).toBeNull();
  });

  it('a poisson phase: the request rate is the load point, the warmup concurrency is not used', () => {
    const v = cfg([warmup, { name: 'profiling', type: 'poisson', requests: 96, rate: 1.0 }]);
    expect(exportIdentity(v).concurrency).toBeNull();
    expect(exportRequestRate(v)).toBe(1.0);
  });

  it('two measured phases: neither is the load point', () => {
    const v = cfg([
      { name: 'a', type: 'concurrency', concurrency: 4 },
      { name: 'b', type: 'constant', rate: 2 },
    ]);
    expect(exportIdentity(v).concurrency).toBeNull();
    expect(exportRequestRate(v)).toBeNull();
  });

  it('the older layout (endpoint.model_names, loadgen.concurrency) still wins where present', () => {
    const v = { input_config: { endpoint: { model_names: ['m'] }, loadgen: { concurrency: 8 } } };
    expect(exportIdentity(v)).toMatchObject({ model: 'm', concurrency: 8 });
  });
});

describe('aiperf exports at two request rates (the real export, its measured phase made poisson)', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ig-aiperf-rate-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const REAL = path.resolve(
    import.meta.dirname,
    '../fixtures/real/aiperf/qwen36-nvfp4-5090-agent-c2/results/nvfp4/5090/agent/c2/profile_export_aiperf.json',
  );

  it('are two cells keyed by topology.request_rate, not one cell with two disagreeing files', async () => {
    const real = JSON.parse(readFileSync(REAL, 'utf8')) as { input_config: { phases: Record<string, unknown>[] } };
    for (const rate of [0.8, 1.0]) {
      const v = structuredClone(real);
      v.input_config.phases[1] = { name: 'profiling', type: 'poisson', requests: 96, rate };
      const dir = path.join(tmp, 'results', `r${rate}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'profile_export_aiperf.json'), JSON.stringify(v));
    }
    const { report } = await analyzeResultsDir({
      resultsDir: path.join(tmp, 'results'),
      outputDir: path.join(tmp, 'out'),
      now: new Date('2026-01-01T00:00:00Z'),
      cwd: tmp,
    });
    expect(report.cells.map((c) => [c.concurrency, c.topology.request_rate]).sort()).toEqual([
      [null, 0.8],
      [null, 1],
    ]);
    for (const c of report.cells) expect(c.findings.map((f) => f.code)).toEqual([]);
  });
});
