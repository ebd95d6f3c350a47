/** InferenceX multi-node srt-slurm results (`inferencex-srt-slurm`); the scan is shared with static. */
import { scanInferencex } from './inferencex-shared.js';
import type { SourceAdapter } from './types.js';

export const inferencexSrtSlurmAdapter: SourceAdapter = {
  id: 'inferencex-srt-slurm',
  async collect(ctx) {
    return (await scanInferencex(ctx)).multi;
  },
};
