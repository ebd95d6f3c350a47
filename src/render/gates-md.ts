/**
 * The "SLO gates" markdown section, for report.md and the PR comment: a pure function of the
 * `gates` block (inferguard-gates/v1). Results that did not pass come first in an open table (gate
 * order); passing results are folded into <details>.
 */
import { markdownTable } from 'markdown-table';
import type { GateOutcome, GateResult, GatesBlock } from '../core/gates/types.js';
import { safeCode, safeText } from './escape.js';

const ICONS: Record<GateOutcome, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  not_found: '❔ not found',
  conflict: '⚠️ conflict',
  error: '💥 error',
};

/** A gate value or literal for a table cell: numbers to 6 significant digits, strings in code. */
function formatGateValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '—';
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  }
  if (typeof v === 'boolean') return String(v);
  return safeCode(v, 60);
}

function formatCells(cells: readonly string[]): string {
  if (cells.length === 0) return '—';
  const shown = cells.slice(0, 3).map((c) => safeCode(c, 60));
  return cells.length > 3 ? `${shown.join(', ')} +${cells.length - 3}` : shown.join(', ');
}

function row(r: GateResult): string[] {
  const label = r.name ? `${safeText(r.name, 80)}<br>${safeCode(r.path, 160)}` : safeCode(r.path, 160);
  return [
    ICONS[r.outcome],
    r.severity,
    label,
    `${safeCode(r.op, 12)} ${formatGateValue(r.expected)}`,
    formatGateValue(r.value),
    formatCells(r.cells),
    safeText(r.message, 300),
  ];
}

const HEADER = ['Outcome', 'Severity', 'Gate', 'Expected', 'Value', 'Cells', 'Message'];
const ALIGN = ['l', 'l', 'l', 'l', 'r', 'l', 'l'];

function table(results: readonly GateResult[], limit: number): string {
  let out = markdownTable([HEADER, ...results.slice(0, limit).map(row)], { align: ALIGN });
  if (results.length > limit) out += `\n\n_${results.length - limit} more results are in report.json._`;
  return out;
}

/**
 * Renders the gates block as a `## SLO gates` section (ends with a newline). `limit` caps the
 * rows of each table (the rest are counted and left to report.json).
 */
export function renderGatesMarkdown(block: GatesBlock, limit = 50): string {
  const s = block.summary;
  const lines = ['## SLO gates', ''];
  if (s.total === 0) return `${lines.join('\n')}\n_No gates configured._\n`;
  const failing = block.results.filter((r) => r.outcome !== 'pass');
  const passing = block.results.filter((r) => r.outcome === 'pass');
  const counts = `${s.passed} passed, ${s.failed} failed, ${s.not_found} not found, ${s.conflict} conflict, ${s.error} error`;
  const checks = `${s.total} check${s.total === 1 ? '' : 's'} from ${s.gates} gate${s.gates === 1 ? '' : 's'}`;
  if (s.blocking_failures > 0) {
    lines.push(
      `**❌ ${s.blocking_failures} blocking gate check${s.blocking_failures === 1 ? '' : 's'} did not pass** (${checks}: ${counts}).`,
    );
  } else if (failing.length > 0) {
    lines.push(`**⚠️ Gates passed with warnings** (${checks}: ${counts}).`);
  } else {
    lines.push(`**✅ All gates passed** (${checks}).`);
  }
  lines.push('');
  if (failing.length > 0) lines.push(table(failing, limit), '');
  if (passing.length > 0) {
    lines.push(
      `<details><summary>${passing.length} passing check${passing.length === 1 ? '' : 's'}</summary>`,
      '',
      table(passing, limit),
      '',
      '</details>',
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
