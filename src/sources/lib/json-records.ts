/**
 * Reader for result files that hold one JSON object, or one object per line (JSONL: SGLang
 * bench_serving, `vllm bench serve --append-result`), with Python's `NaN`/`Infinity` literals.
 * Bad input becomes a problem naming the file and line, never an exception.
 */
import { isRecord } from '../../core/parse.js';
import type { IngestContext } from '../types.js';
import { parseJsonLenient } from './head.js';

export interface JsonRecord {
  /** 1-based line of a JSONL record; null for a whole-file object. */
  line: number | null;
  value: Record<string, unknown>;
}

export interface JsonRecordsRead {
  records: JsonRecord[];
  /** Lines or files that did not parse: message names file and line. */
  problems: { line: number | null; message: string }[];
}

/** Reads a whole-file JSON object, or JSONL when `jsonl` (each non-blank line one object). */
export async function readJsonRecords(ctx: IngestContext, path: string, jsonl: boolean): Promise<JsonRecordsRead> {
  const out: JsonRecordsRead = { records: [], problems: [] };
  if (!jsonl) {
    const r = await ctx.readJson(path);
    if (r.ok) {
      if (isRecord(r.value)) out.records.push({ line: null, value: r.value });
      else out.problems.push({ line: null, message: `${path} is not a JSON object` });
      return out;
    }
    if (r.reason !== 'invalid_json') {
      out.problems.push({ line: null, message: r.message });
      return out;
    }
    const text = await ctx.readText(path);
    try {
      const v = text === null ? null : parseJsonLenient(text);
      if (isRecord(v)) out.records.push({ line: null, value: v });
      else out.problems.push({ line: null, message: r.message });
    } catch {
      out.problems.push({ line: null, message: r.message });
    }
    return out;
  }
  try {
    for await (const { line, text } of ctx.lines(path)) {
      if (text.trim() === '') continue;
      try {
        const v = parseJsonLenient(text);
        if (isRecord(v)) out.records.push({ line, value: v });
        else out.problems.push({ line, message: `${path} line ${line} is not a JSON object` });
      } catch {
        out.problems.push({ line, message: `${path} line ${line} is not valid JSON` });
      }
    }
  } catch (e) {
    out.problems.push({ line: null, message: (e as Error).message.split('\n')[0] ?? `${path} could not be read` });
  }
  return out;
}
