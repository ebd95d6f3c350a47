/**
 * aiperf's configuration v2.0 `input_config` (aiperf 0.10 on; ai-dynamo/aiperf
 * src/aiperf/config/models.py `ModelsAdvanced`, phases.py / phase_kinds.py): the model is
 * `models.items[0].name`, the load is the one phase not `exclude_from_results` — `concurrency` for
 * a `concurrency` phase, `rate` (req/s) for a rate-controlled one. The real concurrency file is in
 * test/fixtures/real/aiperf/qwen36-nvfp4-5090-agent-c2; the phases below are written from the
 * writer's models (a poisson phase as `aiperf profile --request-rate 1.0 --arrival-pattern poisson`
 * writes it).
 */
import { describe, expect, it } from 'vitest';
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
