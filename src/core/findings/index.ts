/**
 * The finding-rule registry: one line per rule. A new code = one file + one line here.
 */
import type { FindingRule } from './types.js';
import { missingRequiredArtifact } from './missing-required-artifact.js';
import { invalidRunNoSuccessfulRequests } from './invalid-run-no-successful-requests.js';
import { partialRun } from './partial-run.js';
import { metricsUnavailable } from './metrics-unavailable.js';

export const FINDING_RULES: readonly FindingRule[] = [
  missingRequiredArtifact,
  invalidRunNoSuccessfulRequests,
  partialRun,
  metricsUnavailable,
];
