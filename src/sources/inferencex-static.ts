/** InferenceX single-node fixed-length results (`inferencex-static`); the scan is shared with srt-slurm. */
import { scanInferencex } from './inferencex-shared.js';
import type { SourceAdapter } from './types.js';

export const inferencexStaticAdapter: SourceAdapter = {
  id: 'inferencex-static',
  async collect(ctx) {
    return (await scanInferencex(ctx)).single;
  },
};
