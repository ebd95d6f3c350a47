/**
 * report.html's SLO gates: the summary counts and every result (the ones that did not pass first,
 * then gate order), each cell linked by its index into the model's cells. Strings are capped and
 * shown as text (values.ts); the numbers are the gates block's own.
 */
import type { GateOutcome, GatesBlock, GatesSummary } from '../../core/gates/types.js';
import { text } from './values.js';

export interface GateRowModel {
  outcome: GateOutcome;
  /** "error" (blocking) or "warning". */
  severity: string;
  /** The gate's name, else the gate as written. */
  gate: string;
  /** The concrete path of this result. */
  path: string;
  /** "<= 2" (the operator and the expected value). */
  expected: string;
  /** The resolved value as text ("—" when none). */
  value: string;
  /** Cells involved: an index into the model's cells, or the id when the head lacks it. */
  cells: (number | string)[];
  /** Cells involved beyond those named. */
  moreCells: number;
  message: string;
}

export interface GatesModel {
  summary: GatesSummary;
  rows: GateRowModel[];
  /** Results beyond MAX_GATE_ROWS, left to report.json. */
  omitted: number;
}

/** Gate results carried into the page. */
export const MAX_GATE_ROWS = 300;
/** Cells named per result. */
const MAX_GATE_CELLS = 5;

const ORDER: readonly GateOutcome[] = ['fail', 'error', 'conflict', 'not_found', 'pass'];

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '—';
  return text(v, 120);
}

/** The page's gates section data, or null when the report has no gates block. */
export function buildGates(block: GatesBlock | undefined, index: ReadonlyMap<string, number>): GatesModel | null {
  if (!block) return null;
  const sorted = block.results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => ORDER.indexOf(a.r.outcome) - ORDER.indexOf(b.r.outcome) || a.i - b.i)
    .map((x) => x.r);
  const rows = sorted.slice(0, MAX_GATE_ROWS).map((r): GateRowModel => ({
    outcome: r.outcome,
    severity: r.severity,
    gate: text(r.name ?? r.gate, 200),
    path: text(r.path, 200),
    expected: `${r.op} ${valueText(r.expected)}`,
    value: valueText(r.value),
    cells: r.cells.slice(0, MAX_GATE_CELLS).map((c) => index.get(c) ?? text(c, 200)),
    moreCells: Math.max(0, r.cells.length - MAX_GATE_CELLS),
    message: text(r.message, 600),
  }));
  return { summary: { ...block.summary }, rows, omitted: Math.max(0, sorted.length - MAX_GATE_ROWS) };
}
