import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helper without types
import { extractSeedSchemas } from '../../scripts/extract-seed-schemas.mjs';
import { validateContract } from '../../src/schemas/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
const seedText = readFileSync(path.join(root, 'test/fixtures/seed/000_contracts.txt'), 'utf8');
const seedSchemas = extractSeedSchemas(seedText) as { title: string }[];

describe('schemas/ equal the contracts of seed 000', () => {
  it('the seed holds the six contracts', () => {
    expect(seedSchemas.map((s) => s.title)).toEqual([
      'disagg-status/v1',
      'path-trace/v1',
      'inferguard-timeline/v1',
      'inferguard-analyze/v1',
      'inferguard-cost/v1',
      'disagg-event-record/v1',
    ]);
  });

  it.each(seedSchemas.map((s) => [s.title, s] as const))('%s is byte-for-byte the seed schema', (title, seed) => {
    const file = path.join(root, 'schemas', `${title.replace('/', '-')}.schema.json`);
    const ours = JSON.parse(readFileSync(file, 'utf8'));
    expect(ours).toEqual(seed);
  });

  it('every schema file in schemas/ is valid JSON with a 2020-12 $schema and a title', () => {
    for (const name of readdirSync(path.join(root, 'schemas'))) {
      const s = JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8'));
      expect(s.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof s.title, name).toBe('string');
    }
  });
});

describe('validateContract', () => {
  const minimalReport = {
    schema_version: 'inferguard-analyze/v1',
    generated_at: '2026-01-01T00:00:00.000Z',
    input_root: '.',
    analyzer: {
      inferguard_version: '0',
      capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
    },
    run_summary: { status: 'unknown', total_cells: 0, successful_cells: 0, failed_cells: 0, missing_artifacts: [] },
    cells: [],
    findings: [],
    artifact_manifest: [],
  };

  it('accepts a minimal analyze report', () => {
    expect(validateContract('inferguard-analyze/v1', minimalReport)).toEqual({ ok: true });
  });

  it.each([
    [
      'a finding code outside the enum',
      { findings: [{ code: 'connector_mismatch', severity: 'warning', message: 'm', evidence: {} }] },
      '/findings/0/code',
    ],
    ['a bad generated_at date-time', { generated_at: 'yesterday' }, '/generated_at'],
    [
      'actuation on',
      {
        analyzer: {
          inferguard_version: '0',
          capabilities: { diagnosis: 'on', actuation: 'on', replay: 'off', recall: 'off' },
        },
      },
      '/analyzer/capabilities/actuation',
    ],
    [
      'a cost block without currency',
      {
        run_summary: {
          ...minimalReport.run_summary,
          cost: { schema_version: 'inferguard-cost/v1', gpu_hours: null, gpu_hour_cost: null, compute_cost: null },
        },
      },
      '/run_summary/cost',
    ],
  ])('rejects %s', (_name, patch, where) => {
    const r = validateContract('inferguard-analyze/v1', { ...minimalReport, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(where);
  });

  it('validates raw disagg-status lines and timeline wrappers', () => {
    const snap = { endpoint: { url: 'http://x', role: 'prefill', engine: 'vllm' }, scraped_at: 1 };
    const status = {
      schema_version: 'disagg-status/v1',
      prefill: snap,
      decode: { ...snap, endpoint: { ...snap.endpoint, role: 'decode' } },
      findings: [],
    };
    expect(validateContract('disagg-status/v1', status).ok).toBe(true);
    expect(validateContract('disagg-status/v1', { ...status, prefill: { scraped_at: 1 } }).ok).toBe(false);
    const wrapper = {
      schema_version: 'inferguard-timeline/v1',
      observed_at: '2026-05-18T10:00:00Z',
      sequence: 0,
      capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
      disagg_status: status,
    };
    expect(validateContract('inferguard-timeline/v1', wrapper).ok).toBe(true);
    expect(validateContract('inferguard-timeline/v1', { ...wrapper, sequence: -1 }).ok).toBe(false);
  });
});
