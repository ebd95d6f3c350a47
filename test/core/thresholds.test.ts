/**
 * The thresholds table (src/core/thresholds.ts) is the one definition: the config schema's
 * `thresholds` section must say exactly what the table says, key for key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, THRESHOLD_TABLE } from '../../src/core/thresholds.js';

const schema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../schemas/inferguard-config-v1.schema.json'), 'utf8'),
) as { properties: { thresholds: { properties: Record<string, unknown>; additionalProperties: boolean } } };
const section = schema.properties.thresholds;

describe('thresholds: one table', () => {
  it('the config schema names exactly the table rows, in the same order', () => {
    expect(Object.keys(section.properties)).toEqual(Object.keys(THRESHOLD_TABLE));
    expect(section.additionalProperties).toBe(false);
  });

  it.each(Object.entries(THRESHOLD_TABLE))('%s: schema constraint and default agree', (name, def) => {
    expect(section.properties[name]).toEqual(def.schema);
    expect(DEFAULT_THRESHOLDS[name as keyof typeof DEFAULT_THRESHOLDS]).toBe(def.default);
  });
});
