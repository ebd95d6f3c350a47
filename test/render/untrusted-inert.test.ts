/**
 * One escaping path for a report we did not write (a fork's, read in comment mode): with the
 * payload in every leaf the contract lets through (strings, numbers, booleans: completion status
 * and counts, run_summary.partial_cells, severity counts) and payload-named keys in every open
 * object, the comment and the job summary rendered from it hold no live markup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config-defaults.js';
import type { Report } from '../../src/core/types.js';
import { analyzeResultsDir, pipelineSettings, runPipeline } from '../../src/pipeline.js';
import { commentMarker } from '../../src/render/comment.js';
import { expectInert, PAYLOAD, poisonEveryLeaf } from '../helpers/inert.js';

const FIXTURE = path.resolve(new URL('../fixtures/e2e/valid', import.meta.url).pathname);
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-inert-'));
let hostile: Report;

beforeAll(async () => {
  const analyzed = await analyzeResultsDir({ resultsDir: FIXTURE, outputDir: tmp, cwd: tmp });
  const p = poisonEveryLeaf(analyzed.report);
  hostile = p.report;
  expect(p.poisoned).toBeGreaterThan(100);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a fork report with markup in every field, of every type', () => {
  it('carries the payload where the contract lets it: completion status and counts, partial_cells', () => {
    const cell = hostile.cells[0] as unknown as { completion: Record<string, unknown> };
    expect(cell.completion.status).toBe(PAYLOAD);
    expect(cell.completion.num_requests_total).toBe(PAYLOAD);
    expect((hostile.run_summary as unknown as Record<string, unknown>).partial_cells).toBe(PAYLOAD);
  });

  it.each([
    ['without a baseline', false],
    ['against itself as baseline', true],
  ])('comment and job summary are inert (%s)', async (_w, withBase) => {
    const settings = pipelineSettings(defaultConfig(), '', 'gates', { failOn: 'critical', failOnRegression: true });
    const out = await runPipeline(
      settings,
      {
        head: async () => ({ report: structuredClone(hostile), context: null }),
        ...(withBase ? { baseline: async () => ({ report: structuredClone(hostile), note: null }) } : {}),
      },
      { suiteKey: 'default', summary: true },
    );
    const marker = commentMarker('default');
    expectInert(out.comment ?? '', marker);
    expectInert(out.summary ?? '', marker);
  });
});
