/**
 * The one validator module: every JSON contract we read or write is checked here, against the
 * schema files in `schemas/` (JSON Schema 2020-12, ajv + ajv-formats). The validators are
 * precompiled by scripts/gen-validators.mjs (ajv standalone code, the same options:
 * `allErrors`, `strict: false`, ajv-formats) into ./compiled/validators.js, so a run neither
 * loads the ajv compiler nor compiles a schema. Each contract's schema is checked against the
 * hash the validator was generated from (once, on first use): a schema edited without
 * regenerating fails loudly instead of being validated against the old one.
 */
import { createHash } from 'node:crypto';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ucs2lengthImport from 'ajv/dist/runtime/ucs2length.js';
import * as formatsImport from 'ajv-formats/dist/formats.js';
import disaggStatus from '../../schemas/disagg-status-v1.schema.json' with { type: 'json' };
import pathTrace from '../../schemas/path-trace-v1.schema.json' with { type: 'json' };
import timeline from '../../schemas/inferguard-timeline-v1.schema.json' with { type: 'json' };
import analyze from '../../schemas/inferguard-analyze-v1.schema.json' with { type: 'json' };
import cost from '../../schemas/inferguard-cost-v1.schema.json' with { type: 'json' };
import eventRecord from '../../schemas/disagg-event-record-v1.schema.json' with { type: 'json' };
import reportDiff from '../../schemas/inferguard-report-diff-v1.schema.json' with { type: 'json' };
import gates from '../../schemas/inferguard-gates-v1.schema.json' with { type: 'json' };
import config from '../../schemas/inferguard-config-v1.schema.json' with { type: 'json' };
import ttfsEvent from '../../schemas/inferguard-ttfs-event-v1.schema.json' with { type: 'json' };
import prContext from '../../schemas/inferguard-pr-context-v1.schema.json' with { type: 'json' };
import results from '../../schemas/inferguard-results-v1.schema.json' with { type: 'json' };
import history from '../../schemas/inferguard-history-v1.schema.json' with { type: 'json' };
import { createValidators, SCHEMA_HASHES } from './compiled/validators.js';

/** A schema as its contract: a foreign `$id` dropped (as scripts/gen-validators.mjs does). */
function contract(schema: object): object {
  const { $id: _id, ...rest } = schema as { $id?: unknown };
  return rest;
}

/**
 * Every contract, by name (`schemas/<name>-v1.schema.json` is `<name>/v1`): the one static table.
 * test/schemas/compiled-validators.test.ts checks it lists every file of schemas/.
 */
const SCHEMAS = {
  'disagg-status/v1': disaggStatus,
  'path-trace/v1': pathTrace,
  'inferguard-timeline/v1': timeline,
  'inferguard-analyze/v1': analyze,
  'inferguard-cost/v1': cost,
  'disagg-event-record/v1': eventRecord,
  'inferguard-report-diff/v1': contract(reportDiff),
  'inferguard-gates/v1': contract(gates),
  'inferguard-config/v1': contract(config),
  'inferguard-ttfs-event/v1': contract(ttfsEvent),
  'inferguard-pr-context/v1': contract(prContext),
  'inferguard-results/v1': contract(results),
  'inferguard-history/v1': contract(history),
} as const satisfies Record<string, object>;

export type ContractName = keyof typeof SCHEMAS | (string & {});

const extraSchemas = new Map<string, object>();

/** Replaces or adds a contract's schema (tests only: a stale or unknown schema must fail loudly). */
export function registerContract(name: string, schema: object): void {
  extraSchemas.set(name, schema);
  checked.delete(name);
}

/** The contracts of the static table, sorted. */
export function contractNames(): string[] {
  return Object.keys(SCHEMAS).sort();
}

// CommonJS modules: the default export arrives wrapped (or not) depending on the bundler/loader.
const ucs2length =
  typeof ucs2lengthImport === 'function'
    ? ucs2lengthImport
    : (ucs2lengthImport as unknown as { default: unknown }).default;
const formats = (formatsImport as { fullFormats?: unknown }).fullFormats
  ? formatsImport
  : (formatsImport as unknown as { default: unknown }).default;
const RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/ucs2length': { default: ucs2length },
  'ajv-formats/dist/formats': formats,
};

let precompiled: Record<string, ValidateFunction> | null = null;
/** Contracts whose schema was checked against the precompiled validator's hash. */
const checked = new Set<string>();

/** The (precompiled) validator of a contract; exported for the tests. */
export function validatorOf(name: ContractName): ValidateFunction {
  const schema = extraSchemas.get(name) ?? (SCHEMAS as Record<string, object>)[name];
  if (!schema) throw new Error(`unknown contract '${name}'`);
  if (!checked.has(name)) {
    const hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
    if (SCHEMA_HASHES[name] !== hash) {
      throw new Error(
        `the precompiled validator of '${name}' does not match its schema: run \`npm run gen:validators\``,
      );
    }
    checked.add(name);
  }
  precompiled ??= createValidators((id) => {
    if (!(id in RUNTIME)) throw new Error(`precompiled validators: unknown module '${id}'`);
    return RUNTIME[id];
  });
  const v = precompiled[name];
  if (!v) throw new Error(`no precompiled validator for '${name}': run \`npm run gen:validators\``);
  return v;
}

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

/** Validates `value` against the named contract; errors are "path: message" strings (max 20). */
export function validateContract(name: ContractName, value: unknown): ValidationResult {
  const v = validatorOf(name);
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
