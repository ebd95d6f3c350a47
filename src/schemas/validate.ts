/**
 * The one validator module: every JSON contract we read or write is checked here, against the
 * schema files in `schemas/` (JSON Schema 2020-12, ajv + ajv-formats). Validators are compiled
 * lazily, once per contract, so a run only pays for the contracts it touches.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import disaggStatus from '../../schemas/disagg-status-v1.schema.json' with { type: 'json' };
import pathTrace from '../../schemas/path-trace-v1.schema.json' with { type: 'json' };
import timeline from '../../schemas/inferguard-timeline-v1.schema.json' with { type: 'json' };
import analyze from '../../schemas/inferguard-analyze-v1.schema.json' with { type: 'json' };
import cost from '../../schemas/inferguard-cost-v1.schema.json' with { type: 'json' };
import eventRecord from '../../schemas/disagg-event-record-v1.schema.json' with { type: 'json' };

const SCHEMAS = {
  'disagg-status/v1': disaggStatus,
  'path-trace/v1': pathTrace,
  'inferguard-timeline/v1': timeline,
  'inferguard-analyze/v1': analyze,
  'inferguard-cost/v1': cost,
  'disagg-event-record/v1': eventRecord,
} as const satisfies Record<string, object>;

export type ContractName = keyof typeof SCHEMAS | (string & {});

const extraSchemas = new Map<string, object>();

/** Registers an additional contract (e.g. inferguard-report-diff/v1) by name. */
export function registerContract(name: string, schema: object): void {
  extraSchemas.set(name, schema);
  compiled.delete(name);
}

export function contractNames(): string[] {
  return [...Object.keys(SCHEMAS), ...extraSchemas.keys()].sort();
}

// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers/loaders.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: Ajv2020,
) => Ajv2020;

let ajv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

function getValidator(name: ContractName): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  const schema = (SCHEMAS as Record<string, object>)[name] ?? extraSchemas.get(name);
  if (!schema) throw new Error(`unknown contract '${name}'`);
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
  }
  v = ajv.compile(schema);
  compiled.set(name, v);
  return v;
}

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

/** Validates `value` against the named contract; errors are "path: message" strings (max 20). */
export function validateContract(name: ContractName, value: unknown): ValidationResult {
  const v = getValidator(name);
  if (v(value)) return { ok: true };
  return { ok: false, errors: formatErrors(v.errors ?? []) };
}

function formatErrors(errors: ErrorObject[]): string[] {
  return errors.slice(0, 20).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    const extra =
      e.keyword === 'enum' && Array.isArray((e.params as { allowedValues?: unknown[] }).allowedValues)
        ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
        : e.keyword === 'additionalProperties'
          ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'`
          : '';
    return `${where}: ${e.message ?? e.keyword}${extra}`;
  });
}

/** Throws with a one-line message when `value` does not satisfy the contract. */
export function assertContract(name: ContractName, value: unknown, what: string): void {
  const r = validateContract(name, value);
  if (!r.ok) throw new Error(`${what} does not satisfy ${name}: ${r.errors.slice(0, 3).join('; ')}`);
}
