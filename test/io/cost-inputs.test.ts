import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { UsageError } from '../../src/core/types.js';
import { loadCostInputs } from '../../src/io/cost-inputs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/core/cost-inputs');

describe('loadCostInputs', () => {
  it('none given → undefined', async () => {
    expect(await loadCostInputs({}, defaultConfig())).toBeUndefined();
  });

  it('--gpu-hour-cost with currency and --gpus', async () => {
    expect(await loadCostInputs({ gpuHourCost: 4, currency: 'EUR', gpus: 16 }, defaultConfig())).toEqual({
      currency: 'EUR',
      gpuHourCost: 4,
      priceTable: null,
      gpus: 16,
    });
  });

  it('--price-table reads both shapes', async () => {
    const flat = await loadCostInputs({ priceTable: 'h200_4usd.json', cwd: fixtures }, defaultConfig());
    expect(flat?.priceTable?.rates).toEqual({ H200: 4 });
    const nested = await loadCostInputs(
      { priceTable: path.join(fixtures, 'gmi_gb200_per_hour.json') },
      defaultConfig(),
    );
    expect(nested?.priceTable?.rates).toEqual({ GB200: 15, GB300: 18 });
    expect(nested?.currency).toBe('USD');
  });

  it('the config cost section applies when no flag is given; a flag wins', async () => {
    const cfg = { ...defaultConfig(), cost: { gpu_hour_cost: 3, currency: 'USD', gpus: 8 } };
    expect(await loadCostInputs({}, cfg)).toMatchObject({ gpuHourCost: 3, gpus: 8 });
    expect(await loadCostInputs({ priceTable: 'h200_4usd.json', cwd: fixtures }, cfg)).toMatchObject({
      gpuHourCost: null,
      gpus: 8,
    });
  });

  it.each([
    ['missing file', 'nope.json', /price table nope\.json cannot be read \(ENOENT\)/],
    ['bad JSON', 'bad.json', /price table bad\.json is not valid JSON/],
    ['no usable rate', 'empty.json', /has no usable rate/],
  ])('%s is a one-line UsageError', async (_n, file, re) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ig-price-'));
    writeFileSync(path.join(dir, 'bad.json'), '{"H200": ');
    writeFileSync(path.join(dir, 'empty.json'), '{"currency": "USD"}');
    const p = loadCostInputs({ priceTable: file, cwd: dir }, defaultConfig());
    await expect(p).rejects.toThrow(UsageError);
    await expect(loadCostInputs({ priceTable: file, cwd: dir }, defaultConfig())).rejects.toThrow(re);
  });

  it('a flat cost and a price table in the config exclude each other', async () => {
    const cfg = { ...defaultConfig(), cost: { gpu_hour_cost: 3, price_table: 'x.json' } };
    await expect(loadCostInputs({}, cfg)).rejects.toThrow(/exclude each other/);
  });
});
