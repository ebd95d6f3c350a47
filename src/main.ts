/**
 * Action entry point: calls run() and is the one place that fails the step.
 */
import * as core from '@actions/core';
import { run } from './run.js';

const startedAtMs = Date.now();

try {
  const outcome = await run({ startedAtMs });
  if (outcome.failed) core.setFailed(outcome.message ?? 'inferguard failed');
} catch (e) {
  const message = ((e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0] ?? '').trim() || 'inferguard failed';
  if (e instanceof Error && e.stack) core.debug(e.stack);
  core.setFailed(message);
}
