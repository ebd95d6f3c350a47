/**
 * The precompiled validators (src/schemas/compiled/validators.js, scripts/gen-validators.mjs)
 * are fresh and decide exactly as ajv compiling the schema at run time with the options
 * validate.ts used before: same verdict, same error objects, on real documents and on random
 * mutations of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helper without types
import { generate, loadSchemas } from '../../scripts/gen-validators.mjs';
import { compareReports } from '../../src/core/compare/index.js';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { contractNames, registerContract, validateContract, validatorOf } from '../../src/schemas/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
const schemas = loadSchemas() as { name: string; schema: Record<string, unknown> }[];
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: Ajv2020,
) => Ajv2020;

function runtimeValidators(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return new Map(schemas.map(({ name, schema }) => [name, ajv.compile(schema)]));
}

function verdict(v: ValidateFunction, value: unknown): { ok: boolean; errors: unknown } {
  const ok = v(value);
  return { ok, errors: ok ? null : structuredClone(v.errors) };
}

/** Every path (array of keys) of a JSON document, the root included. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, x] of Object.entries(value)) pathsOf(x, [...at, k], out);
  return out;
}

function mutate(doc: unknown, at: (string | number)[], replacement: unknown, remove: boolean): unknown {
  if (at.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = at[at.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

async function realDocuments(): Promise<Record<string, unknown[]>> {
  const config = parseYaml(readFileSync(path.join(root, 'examples/gates.yml'), 'utf8')) as unknown;
  const { report } = await analyzeResultsDir({
    resultsDir: path.join(root, 'examples/results'),
    format: 'json',
    outputDir: path.join(root, 'node_modules/.cache/ig-compiled-validators-test'),
    gateLines: 'cells[*].metrics.p99_ttft <= 100',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const diff = compareReports(report, report);
  return {
    'inferguard-analyze/v1': [report],
    'inferguard-report-diff/v1': [diff],
    'inferguard-gates/v1': [report.gates],
    'inferguard-config/v1': [config],
  };
}

describe('precompiled validators', () => {
  it('src/schemas/compiled/validators.js is fresh (npm run gen:validators)', () => {
    const committed = readFileSync(path.join(root, 'src/schemas/compiled/validators.js'), 'utf8');
    expect(committed === generate()).toBe(true);
  });

  it('cover every schema in schemas/, and the static contract table lists each one', () => {
    for (const { name } of schemas) expect(typeof validatorOf(name), name).toBe('function');
    expect(contractNames()).toEqual(schemas.map((s) => s.name).sort());
  });

  it('refuse a schema that differs from the one they were generated from', () => {
    registerContract('inferguard-test-stale/v1', { type: 'object' });
    expect(() => validateContract('inferguard-test-stale/v1', {})).toThrow(/gen:validators/);
    const gates = schemas.find((s) => s.name === 'inferguard-gates/v1')?.schema as Record<string, unknown>;
    registerContract('inferguard-gates/v1', { ...gates, required: [] });
    expect(() => validateContract('inferguard-gates/v1', {})).toThrow(/does not match its schema/);
    registerContract('inferguard-gates/v1', gates);
    expect(validateContract('inferguard-gates/v1', {}).ok).toBe(false);
  });

  it('give the verdict and errors of runtime-compiled ajv on real documents and their mutations', async () => {
    const runtime = runtimeValidators();
    const docs = await realDocuments();
    for (const [name, list] of Object.entries(docs)) {
      for (const doc of list) {
        expect(doc, name).toBeDefined();
        const pre = validatorOf(name);
        const rt = runtime.get(name) as ValidateFunction;
        expect(verdict(pre, doc), name).toEqual({ ok: true, errors: null });
        const paths = pathsOf(doc);
        fc.assert(
          fc.property(
            fc.nat({ max: paths.length - 1 }),
            fc.oneof(
              fc.anything(),
              fc.constantFrom('', 'x', -1, 0, 1.5, null, true, [], {}, '2026-13-01T00:00:00Z', 'not-a-date'),
            ),
            fc.boolean(),
            (i, replacement, remove) => {
              const m = mutate(doc, paths[i] as (string | number)[], replacement, remove);
              expect(verdict(pre, m)).toEqual(verdict(rt, m));
            },
          ),
          { numRuns: 300, seed: 20260523 },
        );
      }
    }
  }, 60_000);

  it.each(schemas.map((s) => [s.name, s.schema] as const))(
    '%s: same verdict and errors as runtime-compiled ajv on random values',
    (name, schema) => {
      const runtime = runtimeValidators();
      const pre = validatorOf(name);
      const rt = runtime.get(name) as ValidateFunction;
      const props = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
      const value = fc.oneof(
        fc.constantFrom('2026-01-01T00:00:00Z', '00000000-0000-4000-8000-000000000000', 'inferguard-analyze/v1'),
        fc.anything(),
      );
      const objects =
        props.length > 0
          ? fc.dictionary(fc.constantFrom(...props), value, { maxKeys: props.length })
          : fc.dictionary(fc.string(), value);
      fc.assert(
        fc.property(fc.oneof(fc.anything(), objects), (v) => {
          expect(verdict(pre, v)).toEqual(verdict(rt, v));
        }),
        { numRuns: 300, seed: 20260523 },
      );
    },
  );
});
