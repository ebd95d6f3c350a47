/**
 * The adapter registry: one line per input format. Order matters only for claiming files;
 * adapters confirm every file by content, so a file is never read as two formats.
 */
import type { SourceAdapter } from './types.js';
import { inferencexStaticAdapter } from './inferencex-static.js';
import { inferencexSrtSlurmAdapter } from './inferencex-srt-slurm.js';
import { agentxTraceReplayAdapter } from './agentx-trace-replay.js';
import { agentxAiperfAdapter } from './agentx-aiperf.js';
import { nativeBenchAdapter } from './inferguard-bench-native.js';
import { evalAdapter } from './eval.js';
import { timelineAdapter } from './timeline.js';
import { campaignManifestAdapter } from './campaign-manifest.js';

export const SOURCE_ADAPTERS: readonly SourceAdapter[] = [
  inferencexStaticAdapter,
  inferencexSrtSlurmAdapter,
  agentxTraceReplayAdapter,
  agentxAiperfAdapter,
  nativeBenchAdapter,
  evalAdapter,
  timelineAdapter,
  campaignManifestAdapter,
];
