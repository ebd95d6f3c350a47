/**
 * Action entry point: calls run() and is the one place that fails the step. The first log line
 * comes before the heavy modules (octokit, artifact client, analyzer) are loaded, so a user sees
 * the step start at once; action/run.js is a lazily loaded chunk of the bundle.
 */
import * as core from '@actions/core';
import { log } from './io/log.js';
import { INFERGUARD_VERSION } from './version.js';

const startedAtMs = Date.now();
core.info(`inferguard-action ${INFERGUARD_VERSION}`);

try {
  const { run } = await import('./action/run.js');
  const outcome = await run({ startedAtMs });
  if (outcome.failed) log.setFailed(outcome.message ?? 'inferguard failed');
} catch (e) {
  const message = ((e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0] ?? '').trim() || 'inferguard failed';
  if (e instanceof Error && e.stack) log.debug(e.stack);
  log.setFailed(message);
}
// Everything is written and awaited: end the process here, so nothing a library left behind (a
// stuck stream, a retry timer, a spinning setImmediate loop) can keep the step alive.
process.exit();
