/**
 * vLLM's benchmark client: `--backend` names the client's request function, not the server
 * (issue 23 item 4). The OpenAI-compatible ones (`openai`, `openai-chat`, `vllm`, …) are the same
 * request against whatever server runs, so the same server measured with either matches; the
 * backend is kept as `topology.client_backend`.
 */
import { describe, expect, it } from 'vitest';
import { mapVllm } from '../../src/sources/vllm-bench-serve.js';

const result = (backend: string): Record<string, unknown> => ({
  backend,
  model_id: 'org/m',
  completed: 100,
  num_prompts: 100,
  max_concurrency: 8,
  duration: 10,
  mean_ttft_ms: 50,
});

describe('vLLM client backend', () => {
  it('openai, openai-chat and vllm are one framework (vllm); the backend is client_backend', () => {
    for (const b of ['openai', 'openai-chat', 'vllm']) {
      const m = mapVllm(result(b));
      expect(m?.identity.framework).toBe('vllm');
      expect(m?.topology).toMatchObject({ client_backend: b });
      expect(m?.topology).not.toHaveProperty('backend');
    }
  });

  it('a backend that names its server keeps it (tgi, sglang)', () => {
    expect(mapVllm(result('tgi'))?.identity.framework).toBe('tgi');
    expect(mapVllm(result('sglang'))?.identity.framework).toBe('sglang');
  });
});
