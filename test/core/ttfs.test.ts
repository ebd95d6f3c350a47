import { describe, expect, it } from 'vitest';
import { buildTtfsEvent, TTFS_CONTRACT, type TtfsInput } from '../../src/core/ttfs.js';
import { validateContract } from '../../src/schemas/validate.js';

const base: TtfsInput = {
  startedAtMs: Date.UTC(2026, 10, 1, 12, 0, 0),
  signalAtMs: Date.UTC(2026, 10, 1, 12, 0, 4, 250),
  nowMs: Date.UTC(2026, 10, 1, 12, 0, 4, 250),
  signal: 'summary',
  sloTargetMs: 60_000,
  repository: 'octo/repo',
  jobId: '3f1c0e9a-1b2c-5d3e-8f40-123456789abc',
  runId: '7a1c0e9a-1b2c-5d3e-8f40-123456789abc',
  correlationId: '1/1/bench',
  release: '0.1.0',
  offline: false,
  outcome: 'succeeded',
};

describe('buildTtfsEvent', () => {
  it('a signal within the objective is signal.rendered, 4250 ms (12:00:04.250 - 12:00:00)', () => {
    const e = buildTtfsEvent(base);
    expect(e).toMatchObject({
      event_type: 'signal.rendered',
      ttfs_ms: 4250,
      surface: 'ci',
      schema_version: 'v1.0',
      slo_target_ms: 60000,
      slo_breach: false,
      tenant_id: 'octo/repo',
      kind: 'succeeded',
    });
    expect(e.error_code).toBeUndefined();
    expect(validateContract(TTFS_CONTRACT, e)).toEqual({ ok: true });
  });

  it('a signal after the objective is signal.timeout with an error code and a breach', () => {
    const e = buildTtfsEvent({ ...base, sloTargetMs: 4000 });
    expect(e).toMatchObject({
      event_type: 'signal.timeout',
      error_code: 'TTFS_TIMEOUT_EXCEEDED',
      slo_breach: true,
      ttfs_ms: 4250,
    });
    expect(validateContract(TTFS_CONTRACT, e)).toEqual({ ok: true });
  });

  it('no signal is signal.error with the failing phase', () => {
    const e = buildTtfsEvent({
      ...base,
      signalAtMs: null,
      signal: null,
      nowMs: base.startedAtMs + 900,
      error: { message: 'results dir x does not exist', phase: 'analyze' },
      outcome: 'failed',
    });
    expect(e).toMatchObject({
      event_type: 'signal.error',
      error_code: 'TTFS_RUN_FAILED',
      phase: 'analyze',
      ttfs_ms: 900,
      slo_breach: false,
      kind: 'failed',
    });
    expect(validateContract(TTFS_CONTRACT, e)).toEqual({ ok: true });
  });

  it('clamps clock skew to 0 and the schema rejects a missing error_code on errors', () => {
    expect(buildTtfsEvent({ ...base, signalAtMs: base.startedAtMs - 5 }).ttfs_ms).toBe(0);
    const bad = { ...buildTtfsEvent({ ...base, signalAtMs: null, error: { message: 'x', phase: 'fetch' } }) };
    delete bad.error_code;
    expect(validateContract(TTFS_CONTRACT, bad).ok).toBe(false);
  });
});

describe('the TTFS schema is seed 003, unchanged', () => {
  it('equals the JSON Schema block of the seed text (page furniture lines "|" dropped)', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/seed/003_ttfs_event.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '|' && l.trim() !== '')
      .join('\n');
    const seed = JSON.parse(text.slice(text.indexOf('{'))) as unknown;
    const ours = JSON.parse(
      readFileSync(new URL('../../schemas/inferguard-ttfs-event-v1.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(ours).toEqual(seed);
  });

  it('every example in the seed validates against the registered contract', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/inferguard-ttfs-event-v1.schema.json', import.meta.url), 'utf8'),
    ) as { examples: unknown[] };
    expect(schema.examples).toHaveLength(6);
    for (const ex of schema.examples) expect(validateContract(TTFS_CONTRACT, ex)).toEqual({ ok: true });
  });
});
