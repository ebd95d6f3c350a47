/**
 * SGLang bench_serving lines carrying `server_info` (issue 23 item 4): the server settings the
 * line states become identity — parallelism beyond TP, speculative decoding, quantization — and
 * the defaults key like an older line without them. The line is the built versions fixture
 * (test/fixtures/sources/versions/PROVENANCE.md: SGLang's result-dict key order, ServerArgs
 * field names); each case changes only the server_info fields SGLang's ServerArgs names
 * (`python/sglang/srt/server_args.py`: `pp_size`, `ep_size`, `enable_dp_attention`,
 * `speculative_algorithm`, `quantization`) and the client's `accept_length`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapSglang } from '../../src/sources/sglang-bench-serving.js';

const FILE = path.resolve(
  import.meta.dirname,
  '../fixtures/sources/versions/sglang-server-info/sglang_1206_200_1024_256.jsonl',
);
const line = (): Record<string, unknown> =>
  JSON.parse((readFileSync(FILE, 'utf8').split('\n')[0] as string).replace('Infinity', '"inf"')) as Record<
    string,
    unknown
  >;
const withInfo = (patch: Record<string, unknown>, top: Record<string, unknown> = {}): Record<string, unknown> => {
  const v = line();
  return { ...v, ...top, server_info: { ...(v.server_info as Record<string, unknown>), ...patch } };
};

describe('SGLang server_info settings as identity', () => {
  it('defaults (tp 1, pp 1, ep 1, dp attention off, no speculative algorithm, no quantization) add nothing', () => {
    const m = mapSglang(line())!;
    expect(m.topology).toEqual({ backend: 'sglang', tp: 1, dataset: 'random' });
    expect(m.identity.precision).toBeUndefined();
  });

  it('EAGLE with fp8 on 8 GPUs of expert parallelism and DP attention: each is a key field', () => {
    const m = mapSglang(
      withInfo({
        tp_size: 8,
        ep_size: 8,
        pp_size: 1,
        enable_dp_attention: true,
        speculative_algorithm: 'EAGLE',
        quantization: 'fp8',
      }),
    )!;
    expect(m.topology).toMatchObject({ tp: 8, ep: 8, dp_attention: true, spec_decoding: 'eagle' });
    expect(m.topology).not.toHaveProperty('pp');
    expect(m.identity.precision).toBe('fp8');
  });

  it('pipeline parallelism 2 keys pp; speculative decoding seen only through accept_length is on', () => {
    const m = mapSglang(withInfo({ pp_size: 2 }, { accept_length: 2.71 }))!;
    expect(m.topology).toMatchObject({ pp: 2, spec_decoding: 'on' });
  });

  it('accept_length null (SGLang writes it when no speculative state) is not speculative decoding', () => {
    const m = mapSglang(withInfo({}, { accept_length: null }))!;
    expect(m.topology).not.toHaveProperty('spec_decoding');
  });
});
