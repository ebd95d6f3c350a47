/**
 * Per-line checks for the JSONL files an adapter streams (one object per line): a line that is not
 * JSON, not an object, or carries a field of the wrong type or a non-finite number is recorded with
 * its line number, in bounded memory (a count, the first few line numbers, the first reason).
 * Reasons name the line and the field, never the file's content.
 */
import { isRecord, toBool, toNumber } from '../../core/parse.js';
import { MAX_INPUT_JSON_DEPTH, jsonDepthExceeds } from '../../io/json-limits.js';
import type { IngestContext } from '../types.js';

/** How many bad line numbers a finding lists. */
export const MAX_LISTED_LINES = 5;

/** Bad lines of one file: how many, the first `MAX_LISTED_LINES` of them, the first reason. */
export class LineProblems {
  count = 0;
  readonly lines: number[] = [];
  firstError: string | null = null;

  add(line: number, reason: string): void {
    this.count++;
    if (this.lines.length < MAX_LISTED_LINES) this.lines.push(line);
    this.firstError ??= `line ${line}: ${reason}`;
  }
}

/**
 * One JSONL line as an object, or why it is not one (the reason quotes nothing of the line). A
 * line with bytes that are not UTF-8 (the line reader decodes them to U+FFFD) or nested deeper
 * than MAX_INPUT_JSON_DEPTH is not one either: a bad line, named, never read as data.
 */
export function parseObjectLine(text: string): { value: Record<string, unknown> } | { error: string } {
  if (text.includes('\uFFFD')) return { error: 'bytes that are not UTF-8' };
  if (jsonDepthExceeds(text, MAX_INPUT_JSON_DEPTH))
    return { error: `nested deeper than ${MAX_INPUT_JSON_DEPTH} levels` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!isRecord(value)) return { error: `${jsonType(value)}, not a JSON object` };
  return { value };
}

/** The JSON type of a value, for messages ("an array", "a string"): never the value itself. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

/** What a field must hold; numbers may arrive as numeric strings (INPUTS.md §9). */
export type FieldKind = 'number' | 'count' | 'string' | 'bool' | 'array' | 'object';

/**
 * Why `row[key]` is not of `kind`, or null when it is (an absent or null field is fine: optional
 * metrics are null). `count`: a finite integer ≥ 0.
 */
export function fieldProblem(row: Record<string, unknown>, key: string, kind: FieldKind): string | null {
  const v = row[key];
  if (v === undefined || v === null) return null;
  switch (kind) {
    case 'number':
    case 'count':
      return numberProblem(key, v, kind === 'count');
    case 'string':
      return typeof v === 'string' ? null : `${key} is ${jsonType(v)}, not a string`;
    case 'bool':
      return toBool(v) !== null ? null : `${key} is ${jsonType(v)}, not a boolean`;
    case 'array':
      return Array.isArray(v) ? null : `${key} is ${jsonType(v)}, not an array`;
    case 'object':
      return isRecord(v) ? null : `${key} is ${jsonType(v)}, not an object`;
  }
}

function numberProblem(key: string, v: unknown, count: boolean): string | null {
  const n = toNumber(v);
  if (n === null) {
    // JSON.parse reads an overflowing literal (1e999) as Infinity; a numeric string can overflow too.
    const t = typeof v === 'string' ? v.trim() : '';
    const overflow =
      typeof v === 'number' || (Math.abs(Number(t)) === Infinity && /^[+-]?[\d.]+(?:[eE][+-]?\d+)?$/.test(t));
    return overflow ? `${key} is not a finite number` : `${key} is ${jsonType(v)}, not a number`;
  }
  if (count && (!Number.isInteger(n) || n < 0)) return `${key} is not a whole number ≥ 0`;
  return null;
}

/** The first problem among `fields` of `row`, or null. */
export function firstFieldProblem(
  row: Record<string, unknown>,
  fields: readonly (readonly [string, FieldKind])[],
): string | null {
  for (const [key, kind] of fields) {
    const p = fieldProblem(row, key, kind);
    if (p !== null) return p;
  }
  return null;
}

/**
 * Streams a JSONL file and calls `visit` with each line that holds a JSON object; blank lines are
 * skipped, other lines go to `problems`. Resolves to the read error's message (the file could not
 * be read to the end; every line before it visited), or null.
 */
export async function forEachObjectLine(
  ctx: IngestContext,
  path: string,
  problems: LineProblems,
  visit: (row: Record<string, unknown>, line: number) => void,
): Promise<string | null> {
  try {
    for await (const { line, text } of ctx.lines(path)) {
      if (text.trim() === '') continue;
      const parsed = parseObjectLine(text);
      if ('error' in parsed) problems.add(line, parsed.error);
      else visit(parsed.value, line);
    }
  } catch (e) {
    return (e as Error).message;
  }
  return null;
}
