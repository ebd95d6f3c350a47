/**
 * A GFM table, byte for byte what `markdown-table` (3.x) writes for string cells with its default
 * options plus `align` and `alignDelimiters` (the only ones report.md uses), in one pass per row
 * and without its per-cell arrays. report.md of a 2,000-cell sweep is ~2,000 small tables and
 * an 8,000-row manifest (docs/PERFORMANCE.md). test/render/md-table.test.ts checks it against
 * markdown-table on generated tables.
 */

export interface MdTableOptions {
  /** Per column: 'l', 'r', 'c' (either case; the first character counts), anything else none. */
  align?: readonly (string | null | undefined)[];
  /** false: no column padding, one-dash delimiters (markdown-table's `alignDelimiters: false`). */
  alignDelimiters?: boolean;
}

const L = 108;
const R = 114;
const C = 99;

function alignment(value: string | null | undefined): number {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0;
  return code === 67 || code === C ? C : code === 76 || code === L ? L : code === 82 || code === R ? R : 0;
}

/** The delimiter row's cell of a column: `:-`, `-:`, `:-:` or `-` around `dashes` dashes. */
function delimiter(code: number, dashes: number): string {
  const d = '-'.repeat(dashes);
  return code === C ? `:${d}:` : code === L ? `:${d}` : code === R ? `${d}:` : d;
}

/** One padded row: each cell padded to `width` by its column's alignment. */
function paddedLine(
  row: readonly string[],
  columns: number,
  width: readonly number[],
  codes: readonly number[],
): string {
  let line = '';
  for (let i = 0; i < columns; i++) {
    const cell = row[i] || '';
    const space = (width[i] as number) - cell.length;
    const code = codes[i] as number;
    let before = '';
    let after = '';
    if (code === R) before = ' '.repeat(space);
    else if (code === C) {
      before = ' '.repeat(Math.ceil(space / 2));
      after = ' '.repeat(Math.floor(space / 2));
    } else after = ' '.repeat(space);
    line += `${i === 0 ? '|' : ''} ${before}${cell}${after} |`;
  }
  return line;
}

/** One unpadded row: an empty cell is written as `| |`, others as `| x |`. */
function plainLine(row: readonly string[], columns: number): string {
  let line = '';
  for (let i = 0; i < columns; i++) {
    const cell = row[i] || '';
    line += `${i === 0 ? '|' : ''}${cell === '' ? '' : ' '}${cell} |`;
  }
  return line;
}

export function mdTable(rows: readonly (readonly string[])[], options: MdTableOptions = {}): string {
  const padded = options.alignDelimiters !== false;
  let columns = 0;
  for (const row of rows) if (row.length > columns) columns = row.length;
  const codes: number[] = [];
  for (let i = 0; i < columns; i++) codes.push(alignment(options.align?.[i]));
  const lines: string[] = [];
  if (!padded) {
    const delim = codes.map((code) => delimiter(code, 1));
    rows.forEach((row, r) => {
      if (r === 1) lines.push(plainLine(delim, columns));
      lines.push(plainLine(row, columns));
    });
    if (rows.length < 2) lines.splice(1, 0, plainLine(delim, columns));
    return lines.join('\n');
  }
  // Column widths: the longest cell (UTF-16 length), at least the delimiter's (3 with both colons).
  const width: number[] = new Array<number>(columns).fill(0);
  for (const row of rows)
    for (let i = 0; i < row.length; i++) {
      const n = (row[i] ?? '').length;
      if (n > (width[i] as number)) width[i] = n;
    }
  const delim = codes.map((code, i) => {
    const colons = code === C ? 2 : code === L || code === R ? 1 : 0;
    const cell = delimiter(code, Math.max(1, (width[i] as number) - colons));
    if (cell.length > (width[i] as number)) width[i] = cell.length;
    return cell;
  });
  rows.forEach((row, r) => {
    if (r === 1) lines.push(paddedLine(delim, columns, width, codes));
    lines.push(paddedLine(row, columns, width, codes));
  });
  if (rows.length < 2) lines.splice(1, 0, paddedLine(delim, columns, width, codes));
  return lines.join('\n');
}
