/**
 * The throughput a table shows for a cell: per-GPU (`tput_per_gpu`) when the GPU count is known,
 * else the absolute tok/s the file states (`total_tput_tps`, else `output_tput_tps`), never "—"
 * while a number is there. As with tail columns, the header names what every row shows; when rows
 * show different kinds the header is generic and each value names its own ("1,234 total").
 */
import { formatTokensPerSec } from './format.js';

export type ThroughputKind = 'per_gpu' | 'total' | 'output';

export interface CellThroughput {
  kind: ThroughputKind;
  /** The metric shown. */
  key: 'tput_per_gpu' | 'total_tput_tps' | 'output_tput_tps';
  value: number;
}

const ORDER: readonly [ThroughputKind, CellThroughput['key']][] = [
  ['per_gpu', 'tput_per_gpu'],
  ['total', 'total_tput_tps'],
  ['output', 'output_tput_tps'],
];

/** Per-GPU throughput, else the absolute total, else the absolute output tok/s; null when none. */
export function cellThroughput(metrics: Record<string, unknown> | undefined | null): CellThroughput | null {
  for (const [kind, key] of ORDER) {
    const v = metrics?.[key];
    if (typeof v === 'number' && Number.isFinite(v)) return { kind, key, value: v };
  }
  return null;
}

const SUFFIX: Record<ThroughputKind, string> = { per_gpu: '/GPU', total: ' total', output: ' output' };

export interface ThroughputColumn<T> {
  header: string;
  /** The metric every row shows (null when rows differ): a caller's label for the header. */
  key: CellThroughput['key'] | null;
  value(row: T): string;
}

/**
 * The column over `rows`: `headers[kind]` when every row with a throughput shows one kind (per-GPU
 * when none has any), else `headers.mixed` with each value naming its kind.
 */
export function throughputColumn<T>(
  rows: readonly T[],
  of: (row: T) => CellThroughput | null,
  headers: Record<ThroughputKind | 'mixed', string>,
): ThroughputColumn<T> {
  const kinds = new Set(rows.map(of).flatMap((t) => (t === null ? [] : [t.kind])));
  if (kinds.size <= 1) {
    const kind = [...kinds][0] ?? 'per_gpu';
    const key = ORDER.find(([k]) => k === kind)?.[1] ?? 'tput_per_gpu';
    return { header: headers[kind], key, value: (row) => formatTokensPerSec(of(row)?.value ?? null) };
  }
  return {
    header: headers.mixed,
    key: null,
    value: (row) => {
      const t = of(row);
      return t === null ? formatTokensPerSec(null) : `${formatTokensPerSec(t.value)}${SUFFIX[t.kind]}`;
    },
  };
}

/** The producer of a cell as a reader names it: the format, or the adapter (variant) when the format is `unknown`. */
export function producerName(c: { source_format?: unknown; source_variant?: unknown }): string {
  const format = typeof c.source_format === 'string' ? c.source_format : '';
  const variant = typeof c.source_variant === 'string' && c.source_variant !== '' ? c.source_variant : null;
  if (format !== '' && format !== 'unknown') return format;
  return variant ?? (format || 'unknown');
}
