/**
 * `inferguard-results/v1` (docs/RESULTS-FORMAT.md, schemas/inferguard-results-v1.schema.json):
 * the generic format for any harness we have no adapter for. One row per cell: identity fields
 * (hardware, model, framework, precision, isl, osl, concurrency or request_rate, gpus, tp/pp/ep,
 * labels) and metrics already in canonical units, named as src/core/metrics.ts names them.
 *
 * - JSON: `{"schema_version": "inferguard-results/v1", "rows": [...]}`, validated against the
 *   schema. A document that is not one (no `rows`, another `schema_version`) is a critical finding
 *   and gives no cell; an invalid row is a warning naming the file and the row (`rows[3]`), and the
 *   other rows are read.
 * - CSV: a header of the row field names with a `schema_version` column (every row
 *   `inferguard-results/v1`), one row per cell, `labels` as `k=v;k=v`. Each row is turned into the
 *   JSON row (numbers parsed, empty fields absent) and validated the same way (`row 4`: 1-based
 *   data row).
 *
 * Unknown fields are ignored (contract policy) and listed in one info finding per file, so a
 * misspelt metric is seen. Labels are part of the cell key (`topology.config_label`).
 */
import type { ErrorObject } from 'ajv';
import { LATENCY_BASES, LATENCY_STATS } from '../core/metrics.js';
import { isRecord, normalizeHardware, toInt, toNumber, toStr } from '../core/parse.js';
import { sortKeys } from '../core/sort-keys.js';
import type { CellFragment, Finding, Metrics, Topology } from '../core/types.js';
import { validatorOf } from '../schemas/validate.js';
import { buildFragment, fragmentFinding } from './lib/fragment.js';
import type { FileHead } from './lib/head.js';
import { routedTo } from './lib/recognize.js';
import { emptyResult, type AdapterResult, type FileEntry, type IngestContext, type SourceAdapter } from './types.js';

export const INFERGUARD_RESULTS_ID = 'inferguard-results';
export const RESULTS_SCHEMA_VERSION = 'inferguard-results/v1';
const CONTRACT = 'inferguard-results/v1';

/** The metric fields of a row (names of src/core/metrics.ts METRICS, canonical units). */
export const RESULT_METRIC_FIELDS: readonly string[] = [
  ...LATENCY_BASES.flatMap((b) => LATENCY_STATS.map((s) => `${s}_${b}`)),
  'total_tput_tps',
  'output_tput_tps',
  'input_tput_tps',
  'tput_per_gpu',
  'output_tput_per_gpu',
  'input_tput_per_gpu',
  'request_throughput_rps',
];

const STRING_FIELDS = ['id', 'hardware', 'model', 'framework', 'precision', 'scenario_type'] as const;
const INT_FIELDS = ['isl', 'osl', 'concurrency', 'gpus', 'tp', 'pp', 'ep', 'total_requests', 'successful_requests'];

/** Every field a row may carry (the CSV columns we read). */
export const RESULT_FIELDS: readonly string[] = [
  'schema_version',
  ...STRING_FIELDS,
  ...INT_FIELDS,
  'request_rate',
  'labels',
  ...RESULT_METRIC_FIELDS,
];
const KNOWN = new Set(RESULT_FIELDS);

// ---------------------------------------------------------------------------------------------
// recognition

/** Claims a JSON object whose `schema_version` is ours, or a CSV with a `schema_version` column holding it. */
export function sniffInferguardResults(
  file: FileEntry,
  head: () => FileHead,
): { claim: true; kind: string; why: string } | null {
  if (/\.json$/i.test(file.name)) {
    const h = head();
    if (h.shape !== 'json-object' || !h.keys.includes('schema_version')) return null;
    return /"schema_version"\s*:\s*"inferguard-results\/v1"/.test(h.text)
      ? { claim: true, kind: 'inferguard_results_json', why: 'schema_version inferguard-results/v1' }
      : null;
  }
  if (/\.csv$/i.test(file.name)) {
    const h = head();
    if (h.shape !== 'csv') return null;
    const [header, first] = h.text.split(/\r?\n/, 2);
    if (header === undefined || !splitHeader(header).includes('schema_version')) return null;
    return first !== undefined && first.includes(RESULTS_SCHEMA_VERSION)
      ? { claim: true, kind: 'inferguard_results_csv', why: 'schema_version column inferguard-results/v1' }
      : null;
  }
  return null;
}

/** Header names of a CSV header line (quotes removed; names hold no commas). */
function splitHeader(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

// ---------------------------------------------------------------------------------------------
// mapping

/** `k=v;k=v` (CSV) as an object; null when empty. A part without `=` keeps its text as key with value "". */
export function parseLabels(text: string | null): Record<string, string> | null {
  if (text === null) return null;
  const out: Record<string, string> = {};
  for (const part of text.split(';')) {
    const t = part.trim();
    if (t === '') continue;
    const eq = t.indexOf('=');
    if (eq < 0) out[t] = '';
    else out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim();
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** A CSV record as the JSON row it stands for: numbers parsed, empty fields absent, bad numbers kept as text (the schema rejects them). */
export function csvRecordToRow(get: (field: string) => string | undefined): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of RESULT_FIELDS) {
    if (field === 'schema_version') continue;
    const raw = get(field);
    const text = raw === undefined ? '' : raw.trim();
    if (text === '') continue;
    if (field === 'labels') row.labels = parseLabels(text);
    else if ((STRING_FIELDS as readonly string[]).includes(field)) row[field] = text;
    else if (field === 'request_rate' && text.toLowerCase() === 'inf') row[field] = 'inf';
    else row[field] = toNumber(text) ?? text;
  }
  return row;
}

/** The labels of a row as one stable `k=v,k=v` string (keys sorted); null when none. */
export function labelString(labels: unknown): string | null {
  if (!isRecord(labels)) return null;
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return null;
  return keys.map((k) => `${k}=${String(labels[k])}`).join(',');
}

/** A valid row → one cell fragment. */
export function resultRowFragment(file: FileEntry, row: Record<string, unknown>, where: string): CellFragment {
  const metrics: Metrics = {};
  for (const k of RESULT_METRIC_FIELDS) {
    const n = toNumber(row[k]);
    if (n !== null) metrics[k] = n;
  }
  const topology: Topology = {};
  for (const k of ['gpus', 'tp', 'pp', 'ep'] as const) {
    const n = toInt(row[k]);
    if (n !== null) topology[k] = n;
  }
  const total = toInt(row.total_requests);
  const successful = toInt(row.successful_requests);
  const rate = row.request_rate === 'inf' ? 'inf' : toNumber(row.request_rate);
  const frag = buildFragment({
    format: 'unknown',
    variant: INFERGUARD_RESULTS_ID,
    file: file.path,
    dir: file.dir,
    explicitId: toStr(row.id),
    identity: {
      hardware: normalizeHardware(row.hardware),
      model: toStr(row.model),
      framework: toStr(row.framework)?.toLowerCase() ?? null,
      precision: toStr(row.precision)?.toLowerCase() ?? null,
      scenario_type: toStr(row.scenario_type),
      isl: toInt(row.isl),
      osl: toInt(row.osl),
      concurrency: toInt(row.concurrency),
    },
    topology,
    ...(total !== null || successful !== null
      ? { counts: { total, successful, basis: 'successful_requests / total_requests' } }
      : {}),
    metrics,
    artifacts: { results: file.path },
    requestRate: rate,
    extras: { results_row: where },
  });
  const labels = labelString(row.labels);
  if (labels !== null) frag.topology = sortKeys({ ...frag.topology, config_label: labels });
  return frag;
}

// ---------------------------------------------------------------------------------------------
// validation

/** Schema errors of a document, by row index (null: the document itself). */
function errorsByRow(errors: readonly ErrorObject[]): Map<number | null, string[]> {
  const out = new Map<number | null, string[]>();
  for (const e of errors) {
    const m = /^\/rows\/(\d+)(\/.*)?$/.exec(e.instancePath);
    const key = m ? Number(m[1]) : null;
    const where = m ? (m[2] ?? '') || '(row)' : e.instancePath || '(root)';
    const msg = `${where.replace(/^\//, '')}: ${e.message ?? e.keyword}`;
    const list = out.get(key) ?? [];
    if (!list.includes(msg)) list.push(msg);
    out.set(key, list);
  }
  return out;
}

function badRowFinding(file: string, where: string, errors: string[]): Finding {
  return fragmentFinding(
    'metrics_unavailable',
    'warning',
    `${file} ${where} does not satisfy ${CONTRACT} (${errors.slice(0, 3).join('; ')}), so no cell was read from it.`,
    { kind: 'invalid_row', file, row: where, errors: errors.slice(0, 10), adapter: INFERGUARD_RESULTS_ID },
  );
}

function unreadableFinding(file: string, why: string): Finding {
  return fragmentFinding('missing_required_artifact', 'critical', `${why}, so no result was read from it.`, {
    kind: 'unreadable_result',
    file,
    adapter: INFERGUARD_RESULTS_ID,
  });
}

function unknownFieldsFinding(file: string, fields: string[]): Finding {
  return fragmentFinding(
    'metrics_unavailable',
    'info',
    `${file} has fields that ${CONTRACT} does not define (${fields.slice(0, 8).join(', ')}); they are ignored.`,
    { kind: 'unknown_fields', file, fields, adapter: INFERGUARD_RESULTS_ID },
  );
}

/** Validates a JSON document and maps its valid rows (pure: findings for the rest). */
export function mapResultsDocument(file: FileEntry, doc: unknown): { fragments: CellFragment[]; findings: Finding[] } {
  const fragments: CellFragment[] = [];
  const findings: Finding[] = [];
  const validate = validatorOf(CONTRACT);
  const errors = validate(doc) ? new Map<number | null, string[]>() : errorsByRow(validate.errors ?? []);
  const top = errors.get(null);
  if (top !== undefined || !isRecord(doc) || !Array.isArray(doc.rows)) {
    findings.push(
      unreadableFinding(
        file.path,
        `${file.path} is not an ${CONTRACT} document (${(top ?? ['rows: must be an array']).slice(0, 3).join('; ')})`,
      ),
    );
    return { fragments, findings };
  }
  const unknown = new Set<string>();
  doc.rows.forEach((row, i) => {
    const where = `rows[${i}]`;
    const bad = errors.get(i);
    if (bad !== undefined) {
      findings.push(badRowFinding(file.path, where, bad));
      return;
    }
    const r = row as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!KNOWN.has(k)) unknown.add(k);
    fragments.push(resultRowFragment(file, r, where));
  });
  if (unknown.size > 0) findings.push(unknownFieldsFinding(file.path, [...unknown].sort()));
  return { fragments, findings };
}

// ---------------------------------------------------------------------------------------------
// collect

async function collectJson(ctx: IngestContext, f: FileEntry, result: AdapterResult): Promise<void> {
  const read = await ctx.readJson(f.path);
  if (!read.ok) {
    result.findings.push(unreadableFinding(f.path, read.message));
    return;
  }
  const mapped = mapResultsDocument(f, read.value);
  result.fragments.push(...mapped.fragments);
  result.findings.push(...mapped.findings);
}

async function collectCsv(ctx: IngestContext, f: FileEntry, result: AdapterResult): Promise<void> {
  const validate = validatorOf(CONTRACT);
  const header = ctx.head?.(f.path).text.split(/\r?\n/, 1)[0];
  const unknown = header === undefined ? [] : splitHeader(header).filter((c) => c !== '' && !KNOWN.has(c));
  const fragments: CellFragment[] = [];
  const findings: Finding[] = [];
  try {
    await ctx.csvRows(f.path, { requiredColumns: ['schema_version', 'model'], columns: RESULT_FIELDS }, (cur) => {
      const where = `row ${cur.row}`;
      const version = cur.str(0);
      const row = csvRecordToRow((field) => cur.value(RESULT_FIELDS.indexOf(field)));
      if (version !== RESULTS_SCHEMA_VERSION) {
        findings.push(badRowFinding(f.path, where, [`schema_version: must be ${RESULTS_SCHEMA_VERSION}`]));
        return;
      }
      if (!validate({ schema_version: RESULTS_SCHEMA_VERSION, rows: [row] })) {
        const errs = errorsByRow(validate.errors ?? []);
        findings.push(badRowFinding(f.path, where, [...errs.values()].flat()));
        return;
      }
      fragments.push(resultRowFragment(f, row, where));
    });
  } catch (e) {
    // A missing required column or malformed CSV: the rows read before it are kept.
    findings.push(unreadableFinding(f.path, e instanceof Error ? e.message : String(e)));
  }
  result.fragments.push(...fragments);
  result.findings.push(...findings);
  if (unknown.length > 0) result.findings.push(unknownFieldsFinding(f.path, unknown.sort()));
}

async function collectInferguardResults(ctx: IngestContext): Promise<AdapterResult> {
  const result = emptyResult();
  for (const f of routedTo(ctx, INFERGUARD_RESULTS_ID)) {
    ctx.claim(f.path);
    const csv = ctx.recognition?.(f.path)?.kind === 'inferguard_results_csv';
    result.manifest.push({
      path: f.path,
      kind: csv ? 'inferguard_results_csv' : 'inferguard_results_json',
      cell_id: null,
      required: true,
      present: true,
    });
    if (csv) await collectCsv(ctx, f, result);
    else await collectJson(ctx, f, result);
  }
  return result;
}

export const inferguardResultsAdapter: SourceAdapter = {
  id: INFERGUARD_RESULTS_ID,
  sniff: (file, env) => sniffInferguardResults(file, env.head),
  collect: collectInferguardResults,
};
