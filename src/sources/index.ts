/**
 * The adapter registry: one line per input format. Order decides exclusive claims: recognition
 * (src/sources/lib/recognize.ts) runs every adapter's sniff over every file, and the first claim
 * in this order takes the file (the more specific formats come first: InferenceX's raw `<RF>.json`
 * before the generic vLLM result). Adapters confirm every file by content, so a file is never
 * read as two formats.
 */
import type { SourceAdapter } from './types.js';
import { inferencexStaticAdapter } from './inferencex-static.js';
import { inferencexSrtSlurmAdapter } from './inferencex-srt-slurm.js';
import { agentxTraceReplayAdapter } from './agentx-trace-replay.js';
import { agentxAiperfAdapter } from './agentx-aiperf.js';
import { nativeBenchAdapter } from './inferguard-bench-native.js';
import { evalAdapter } from './eval.js';
import { lightevalAdapter } from './lighteval.js';
import { inferguardResultsAdapter } from './inferguard-results.js';
import { timelineAdapter } from './timeline.js';
import { campaignManifestAdapter } from './campaign-manifest.js';
import { inferencexEvalCollectorAdapter } from './inferencex-eval-collector.js';
import { llmperfAdapter } from './llmperf.js';
import { guidellmAdapter } from './guidellm.js';
import { inferencePerfAdapter } from './inference-perf.js';
import { trtllmBenchAdapter } from './trtllm-bench.js';
import { sglangBenchServingAdapter } from './sglang-bench-serving.js';
import { vllmBenchServeAdapter } from './vllm-bench-serve.js';
import { mlperfLoadgenAdapter } from './mlperf-loadgen.js';
import { consoleResultsAdapter } from './console-results.js';

export const SOURCE_ADAPTERS: readonly SourceAdapter[] = [
  inferencexStaticAdapter,
  inferencexSrtSlurmAdapter,
  agentxTraceReplayAdapter,
  agentxAiperfAdapter,
  nativeBenchAdapter,
  inferguardResultsAdapter,
  lightevalAdapter,
  evalAdapter,
  timelineAdapter,
  campaignManifestAdapter,
  sglangBenchServingAdapter,
  llmperfAdapter,
  guidellmAdapter,
  inferencePerfAdapter,
  trtllmBenchAdapter,
  inferencexEvalCollectorAdapter,
  vllmBenchServeAdapter,
  mlperfLoadgenAdapter,
  consoleResultsAdapter,
];
