/**
 * report.html's environment section data: where the runs ran (runner, cluster, host, image;
 * core/compare/environment.ts describes a cell's), each distinct description with its number of
 * cells, for the head and (compare) the base runs, and how many of compare's matched pairs ran in
 * different environments. Evidence for reading the verdicts, never a verdict itself.
 */
import type { ReportDiff } from '../../core/compare/types.js';
import { environmentText } from '../../core/compare/environment.js';
import type { Cell, Report } from '../../core/types.js';
import { text } from './values.js';

/** A distinct environment description and the number of cells that ran in it. */
export type EnvironmentRow = [description: string, cells: number];

export interface EnvironmentModel {
  head: EnvironmentRow[];
  /** Over the cells of every base run; null on an analyze report. */
  base: EnvironmentRow[] | null;
  /** Compare's matched pairs, and those whose base and head environments differ. */
  pairs: number;
  differing: number;
}

/** Descriptions listed per side; the rest are counted in a last row. */
const MAX_ROWS = 50;

function rows(cells: readonly Cell[]): EnvironmentRow[] {
  const counts = new Map<string, number>();
  for (const c of cells) {
    const t = environmentText(c);
    if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const all = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shown: EnvironmentRow[] = all.slice(0, MAX_ROWS).map(([t, n]) => [text(t), n]);
  const rest = all.slice(MAX_ROWS).reduce((s, [, n]) => s + n, 0);
  if (rest > 0) shown.push([`${all.length - MAX_ROWS} more environments`, rest]);
  return shown;
}

/** Whether any cell of the head or the base runs says where it ran. */
export function hasEnvironment(head: Report, bases: readonly Report[]): boolean {
  return [head, ...bases].some((r) => r.cells.some((c) => environmentText(c) !== null));
}

/** The section's data, or null when no cell says where it ran. */
export function buildEnvironment(
  head: Report,
  diff: ReportDiff | null,
  bases: readonly Report[],
): EnvironmentModel | null {
  if (!hasEnvironment(head, diff ? bases : [])) return null;
  const paired = (diff?.cells ?? []).filter((c) => c.head_cell_id !== null && c.base_cell_id !== null);
  return {
    head: rows(head.cells),
    base: diff ? rows(bases.flatMap((b) => b.cells)) : null,
    pairs: paired.length,
    differing: paired.filter((c) => c.environment?.differs === true).length,
  };
}
