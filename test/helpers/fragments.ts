import { unknownCounts } from '../../src/sources/types.js';
import type { CellFragment, Identity } from '../../src/core/types.js';

const BASE_IDENTITY: Identity = {
  hardware: 'h200',
  model: 'deepseek-ai/DeepSeek-R1-0528',
  framework: 'vllm',
  precision: 'fp8',
  scenario_type: null,
  is_multinode: false,
  recipe_name: null,
  isl: 8192,
  osl: 1024,
  concurrency: 4,
};

/** A fragment as an InferenceX static adapter would emit it; override what the test needs. */
export function fragment(
  over: Partial<Omit<CellFragment, 'identity'>> & { identity?: Partial<Identity> } = {},
): CellFragment {
  const { identity, ...rest } = over;
  return {
    source_format: 'inferencex-static',
    explicit_id: null,
    dir: 'bmk_x',
    topology: { tp: 8, pp: 1, dcp_size: 1, pcp_size: 1, ep: 1, dp_attention: false, spec_decoding: 'none', gpus: 8 },
    artifacts: { aggregate: 'bmk_x/agg_x.json' },
    counts: unknownCounts(),
    metrics: { p99_ttft: 1.08, tput_per_gpu: 176 },
    files: ['bmk_x/agg_x.json'],
    findings: [],
    ...rest,
    identity: { ...BASE_IDENTITY, ...identity },
  };
}
