/**
 * GitHub's REST description (@octokit/openapi `generated/api.github.com.json`, read from disk,
 * never through the package index) turned into: a route table for the operations the fake
 * implements, Ajv validators for their parameters, request bodies and responses, and a sampler
 * that builds a minimal schema-valid object (required properties only) for the fake's factories.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

const require = createRequire(import.meta.url);
const SPEC_FILE = path.join(
  path.dirname(require.resolve('@octokit/openapi/package.json')),
  'generated',
  'api.github.com.json',
);
const SPEC_ID = 'https://api.github.com/openapi.json';

type Json = Record<string, unknown>;

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  regex: RegExp;
  pathParams: string[];
  parameters: Json[];
  requestSchema: Json | null;
  responses: Record<string, Json | null>;
}

const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  a: Ajv,
) => Ajv;

function rewriteRefs<T>(v: T): T {
  return JSON.parse(JSON.stringify(v).replace(/"\$ref":"#\//g, `"$ref":"${SPEC_ID}#/`)) as T;
}

export class OpenApi {
  readonly spec: Json;
  readonly ajv: Ajv;
  readonly operations: Operation[] = [];
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(operationIds: readonly string[]) {
    this.spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Json;
    this.ajv = new Ajv({
      strict: false,
      validateSchema: false,
      discriminator: true,
      allErrors: true,
      coerceTypes: false,
    });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: SPEC_ID, components: this.spec.components }, SPEC_ID);
    const wanted = new Set(operationIds);
    for (const [template, item] of Object.entries(this.spec.paths as Record<string, Json>)) {
      for (const [method, op] of Object.entries(item)) {
        const o = op as Json;
        if (typeof o !== 'object' || !wanted.has(o.operationId as string)) continue;
        const pathParams: string[] = [];
        const regex = new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
            pathParams.push(name);
            return '([^/]+)';
          })}$`,
        );
        const parameters = ((o.parameters as Json[] | undefined) ?? []).map((p) => this.deref(p));
        const rb = o.requestBody as Json | undefined;
        const requestSchema = rb
          ? ((((this.deref(rb).content as Json)['application/json'] as Json | undefined)?.schema as Json | undefined) ??
            null)
          : null;
        const responses: Record<string, Json | null> = {};
        for (const [status, r] of Object.entries(o.responses as Record<string, Json>)) {
          const resp = this.deref(r);
          const content = resp.content as Json | undefined;
          responses[status] = content
            ? (((content['application/json'] as Json | undefined)?.schema as Json | undefined) ?? null)
            : null;
        }
        this.operations.push({
          operationId: o.operationId as string,
          method: method.toUpperCase(),
          template,
          regex,
          pathParams,
          parameters,
          requestSchema,
          responses,
        });
      }
    }
    const missing = [...wanted].filter((id) => !this.operations.some((o) => o.operationId === id));
    if (missing.length > 0) throw new Error(`operations not in the OpenAPI description: ${missing.join(', ')}`);
  }

  /** Follows a local $ref ("#/components/...") one level or more. */
  deref(v: Json): Json {
    let cur = v;
    for (let i = 0; i < 10 && typeof cur.$ref === 'string'; i++) {
      const parts = cur.$ref.replace(/^#\//, '').split('/');
      let node: unknown = this.spec;
      for (const p of parts) node = (node as Json)[p];
      cur = node as Json;
    }
    return cur;
  }

  match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | null {
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      op.pathParams.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] as string)));
      return { op, params };
    }
    return null;
  }

  validator(key: string, schema: Json): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      v = this.ajv.compile(rewriteRefs(schema));
      this.cache.set(key, v);
    }
    return v;
  }

  /** Problems with the path and query parameters (values are strings on the wire; coerced per schema). */
  checkParameters(op: Operation, pathParams: Record<string, string>, query: URLSearchParams): string[] {
    const problems: string[] = [];
    const known = new Set<string>();
    for (const p of op.parameters) {
      const name = p.name as string;
      known.add(name);
      const where = p.in as string;
      const raw = where === 'path' ? pathParams[name] : where === 'query' ? (query.get(name) ?? undefined) : undefined;
      if (raw === undefined) {
        if (p.required) problems.push(`${where} parameter '${name}' is required`);
        continue;
      }
      const schema = (p.schema as Json) ?? {};
      const t = (this.deref(schema).type as string | undefined) ?? 'string';
      const value =
        t === 'integer' || t === 'number'
          ? /^-?\d+(\.\d+)?$/.test(raw)
            ? Number(raw)
            : raw
          : t === 'boolean'
            ? raw === 'true'
              ? true
              : raw === 'false'
                ? false
                : raw
            : raw;
      const v = this.validator(`${op.operationId}:param:${name}`, schema);
      if (!v(value))
        problems.push(`${where} parameter '${name}'=${JSON.stringify(raw)}: ${this.ajv.errorsText(v.errors)}`);
    }
    for (const k of query.keys()) if (!known.has(k)) problems.push(`unknown query parameter '${k}'`);
    return problems;
  }

  checkBody(op: Operation, body: unknown): string[] {
    if (!op.requestSchema) return body === undefined ? [] : ['operation takes no body'];
    const v = this.validator(`${op.operationId}:body`, op.requestSchema);
    return v(body) ? [] : [`request body: ${this.ajv.errorsText(v.errors)}`];
  }

  /** Problems with a response; an undocumented status is a problem unless `allowUndocumented`. */
  checkResponse(op: Operation, status: number, body: unknown, allowUndocumented = false): string[] {
    const key = String(status);
    if (!(key in op.responses))
      return allowUndocumented ? [] : [`status ${status} is not documented for ${op.operationId}`];
    const schema = op.responses[key];
    if (!schema) return [];
    const v = this.validator(`${op.operationId}:resp:${key}`, schema);
    return v(body) ? [] : [`response ${status}: ${this.ajv.errorsText(v.errors)}`];
  }

  /** The response schema of an operation and status (for the sampler). */
  responseSchema(operationId: string, status: number): Json {
    const op = this.operations.find((o) => o.operationId === operationId);
    const s = op?.responses[String(status)];
    if (!s) throw new Error(`no ${status} schema for ${operationId}`);
    return s;
  }

  /** A component schema by name, e.g. "issue-comment". */
  component(name: string): Json {
    return ((this.spec.components as Json).schemas as Json)[name] as Json;
  }

  /**
   * A minimal instance of `schema`: required properties only, first enum value, nulls where
   * allowed, fixed strings per format. Deterministic.
   */
  sample(schema: Json, depth = 0): unknown {
    const s = this.deref(schema);
    if (depth > 40) return null;
    if (s.nullable === true && depth > 0) return null;
    if (Array.isArray(s.enum)) return s.enum[0];
    if (Array.isArray(s.allOf)) {
      const parts = (s.allOf as Json[]).map((p) => this.sample(p, depth + 1));
      return Object.assign({}, ...parts.filter((p) => p && typeof p === 'object'));
    }
    if (Array.isArray(s.oneOf)) return this.sample((s.oneOf as Json[])[0] as Json, depth + 1);
    if (Array.isArray(s.anyOf)) return this.sample((s.anyOf as Json[])[0] as Json, depth + 1);
    const t = Array.isArray(s.type) ? (s.type as string[]).find((x) => x !== 'null') : (s.type as string | undefined);
    switch (t) {
      case 'object': {
        const out: Json = {};
        const props = (s.properties as Record<string, Json> | undefined) ?? {};
        for (const r of (s.required as string[] | undefined) ?? [])
          out[r] = props[r] ? this.sample(props[r], depth + 1) : null;
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 1;
      case 'boolean':
        return false;
      case 'string':
        switch (s.format) {
          case 'date-time':
            return '2026-11-01T00:00:00Z';
          case 'uri':
          case 'url':
            return 'https://example.invalid/x';
          case 'email':
            return 'octo@example.invalid';
          case 'uri-template':
            return 'https://example.invalid/{x}';
          default:
            return 'x';
        }
      default:
        if (s.properties) return this.sample({ ...s, type: 'object' }, depth);
        return null;
    }
  }
}
