/**
 * The finding-rule registry: one line per rule. A new code = one file + one line here.
 */
import type { Thresholds } from '../thresholds.js';
import type { Finding } from '../types.js';
import type { BaselinePair, FindingRule } from './types.js';
import { missingRequiredArtifact } from './missing-required-artifact.js';
import { invalidRunNoSuccessfulRequests } from './invalid-run-no-successful-requests.js';
import { partialRun } from './partial-run.js';
import { metricsUnavailable } from './metrics-unavailable.js';
import { ttftCliff } from './ttft-cliff.js';
import { tpotDegradation } from './tpot-degradation.js';
import { throughputPlateau } from './throughput-plateau.js';
import { kvPressure } from './kv-pressure.js';
import { kvOffloadThrash } from './kv-offload-thrash.js';
import { prefixCacheRegression } from './prefix-cache-regression.js';
import { prefillDecodeImbalance } from './prefill-decode-imbalance.js';
import { kvTransferStall } from './kv-transfer-stall.js';
import { kvTransferErrorsPresent } from './kv-transfer-errors-present.js';
import { endpointUnreachable } from './endpoint-unreachable.js';
import { engineUnidentified } from './engine-unidentified.js';
import { evalRegression } from './eval-regression.js';

export const FINDING_RULES: readonly FindingRule[] = [
  missingRequiredArtifact,
  invalidRunNoSuccessfulRequests,
  partialRun,
  metricsUnavailable,
  ttftCliff,
  tpotDegradation,
  throughputPlateau,
  kvPressure,
  kvOffloadThrash,
  prefixCacheRegression,
  prefillDecodeImbalance,
  kvTransferStall,
  kvTransferErrorsPresent,
  endpointUnreachable,
  engineUnidentified,
  evalRegression,
];

/** Every rule's findings vs the baseline, over compare's matched (base, head) pairs. */
export function baselineFindings(pairs: readonly BaselinePair[], thresholds: Thresholds): Finding[] {
  return FINDING_RULES.flatMap((rule) => rule.vsBaseline?.(pairs, thresholds) ?? []);
}
