/**
 * Section `headline`: the run status and the check's outcome (status.ts words), then three facts
 * (validity, SLO gates, regression verdict), curves, check, accept label, links.
 */
import {
  CHECK_WORDS,
  blocking,
  comparisonOf,
  factWord,
  gateResults,
  gatesOf,
  passNotes,
  statusHeadline,
  validityOf,
} from '../status.js';
import type { CommentInput, CommentRun } from './types.js';
import type { Finding, Report } from '../../core/types.js';
import type { ReportDiff } from '../../core/compare/types.js';
import { SUSPICIOUS_ICON, suspiciousRows } from './rows.js';
import { cmp, plural, safeUrl, thousands } from './format.js';
import { detectableLine } from './detectable.js';
import { envHeadline } from './environment.js';
import { findingClass } from '../../core/finding-classes.js';
import { reportLinkLine } from '../report-link.js';
import { safeCode, safeText } from '../escape.js';
import type { Section } from './types.js';
import type { CommentContext, RequestTotals } from './context.js';

function codeCounts(findings: readonly Finding[]): string {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .map(([c, n]) => `${safeCode(c, 60)}${n > 1 ? ` ×${n}` : ''}`)
    .join(', ');
}

function requestsText(r: RequestTotals): string {
  const cells = plural(r.cells, 'cell');
  if (r.known === 0) return `${cells}; request counts are not known`;
  const rate = r.total > 0 && r.ok < r.total ? ` (${((r.ok / r.total) * 100).toFixed(1)}%)` : '';
  const unknown = r.known < r.cells ? `; request counts unknown for ${plural(r.cells - r.known, 'cell')}` : '';
  return `${cells}; ${thousands(r.ok)} of ${thousands(r.total)} requests succeeded${rate}${unknown}`;
}

function validityFact(head: Report, findings: readonly Finding[], requests: RequestTotals): string {
  const status = validityOf(head, findings);
  const v = findings.filter((f) => findingClass(f) === 'validity');
  const req = requestsText(requests);
  const word = `**Validity:** ${factWord(status)}`;
  if (status === 'invalid') {
    const crit = v.filter((f) => f.severity === 'critical');
    const why =
      crit.length > 0
        ? `${plural(crit.length, 'critical validity finding')} (${codeCounts(crit)})`
        : 'no cell succeeded';
    return `${word}: ${why}. ${req}.`;
  }
  if (status === 'valid_with_warnings') {
    const warn = v.filter((f) => f.severity === 'warning');
    return `${word}: ${plural(warn.length, 'validity warning')} (${codeCounts(warn)}). ${req}.`;
  }
  return `${word}: ${req}.`;
}

function gatesFact(head: Report): string {
  const status = gatesOf(head);
  const word = `**SLO gates:** ${factWord(status)}`;
  const rs = gateResults(head) ?? [];
  const block = rs.filter(blocking).length;
  const warn = rs.filter((r) => r.outcome !== 'pass' && !blocking(r)).length;
  if (status === 'gates_none') return `${word}.`;
  if (status === 'gates_failed')
    return `${word}: ${block} of ${plural(rs.length, 'gate check')} did not pass${warn > 0 ? `, and ${warn} warning check(s)` : ''}.`;
  if (status === 'gates_warned')
    return `${word}: every blocking check passed; ${plural(warn, 'warning check')} did not.`;
  return `${word}: all ${plural(rs.length, 'gate check')} passed.`;
}

function verdictFact(diff: ReportDiff | null, run: CommentRun | undefined): string {
  if (!diff) {
    const note = run?.baselineNote ? ` (${safeText(run.baselineNote, 200)})` : '';
    return `**Regression verdict:** ${factWord('not_compared')}: no base run to compare with${note}.`;
  }
  const v = diff.verdict;
  const note = run?.baselineNote ? ` Baseline: ${safeText(run.baselineNote, 200)}.` : '';
  // Built from the counts, not from v.summary: compare.json may come from a file.
  const k = diff.counts;
  const compared = k.regressed + k.improved + k.unchanged;
  const rest = [
    k.new > 0 ? `${k.new} new` : '',
    k.missing > 0 ? `${k.missing} missing` : '',
    k.incomparable > 0 ? `${k.incomparable} incomparable` : '',
    k.insufficient_data > 0 ? `${k.insufficient_data} with insufficient data` : '',
  ].filter((s) => s !== '');
  const nSusp = suspiciousRows(diff).length;
  const susp = nSusp > 0 ? ` ${SUSPICIOUS_ICON} ${nSusp} suspicious (shown, not failing).` : '';
  const summary = `${compared} of ${plural(k.total, 'cell')} compared: ${k.regressed} regressed, ${k.improved} improved, ${k.unchanged} unchanged${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.${susp}`;
  const runs = typeof v.base_runs === 'number' ? v.base_runs : null;
  const rests =
    runs !== null
      ? ` Rests on ${plural(runs, 'base run')} (${v.basis === 'run_interval' ? "each cell's own runs, shrunk toward the noise prior" : "a verdict needs a change beyond one cell's heavy-tailed run-to-run noise, or one shared by a family's load points"}).`
      : '';
  const missing =
    k.missing > 0 ? ` Completion regression: ${plural(k.missing, 'cell')} of the base sweep missing from head.` : '';
  // Under the verdict: what this compare could see, and a change of environment shared by most cells.
  const under = [detectableLine(diff), envHeadline(diff)].filter((x): x is string => x !== null);
  return `**Regression verdict:** ${factWord(comparisonOf(diff))}: ${summary}${missing}${rests}${note}${under.map((u) => `\n  - ${u}`).join('')}`;
}

function checkFact(input: CommentInput): string | null {
  const { check } = input;
  if (!check) return null;
  const why = check.reasons.map((r) => safeText(r, 200)).join('; ');
  const policy = check.policy ? ` It fails on ${safeText(check.policy, 300)}.` : '';
  if (check.failed) return `**Check:** ${CHECK_WORDS.fails.icon} fails: ${why || 'see the step log'}.${policy}`;
  const notes = passNotes(input);
  return `**Check:** ${CHECK_WORDS.passes.icon} passes${notes ? `: ${notes}` : ''}.${policy}`;
}

/** Accepted by label: what the PR's accept label kept from failing the check, listed (escaped). */
function acceptedFact(input: CommentInput): string | null {
  const acc = input.check?.accepted;
  if (!acc) return null;
  const label = safeCode(acc.label, 60);
  if (acc.items.length === 0)
    return `**Accepted by label** ${label}: nothing needed accepting (validity findings never are).`;
  const shown = acc.items.slice(0, 10).map((x) => safeText(x, 200));
  const more = acc.items.length > 10 ? `; +${acc.items.length - 10} more in compare.json` : '';
  return `**Accepted by label** ${label}: ${plural(acc.items.length, 'regression')} accepted, not failing the check (validity findings never are): ${shown.join('; ')}${more}.`;
}

/** One line on curve-level changes (compare.json `curves`): at most 3 families, 4 changes each. */
function curveLine(diff: ReportDiff | null): string | null {
  const changed = (diff?.curves ?? []).filter((c) => Array.isArray(c.changes) && c.changes.length > 0);
  if (changed.length === 0) return null;
  const parts = changed.slice(0, 3).map(
    (c) =>
      `${safeText(c.label, 120)}: ${c.changes
        .slice(0, 4)
        .map((x) => safeText(x, 160))
        .join('; ')}${c.changes.length > 4 ? `; +${c.changes.length - 4} more` : ''}`,
  );
  const more =
    changed.length > 3
      ? ` (+${changed.length - 3} more famil${changed.length - 3 === 1 ? 'y' : 'ies'} in compare.json)`
      : '';
  return `**Curves vs base:** ${parts.join(' · ')}${more}`;
}

export function headline(ctx: CommentContext): string {
  const { input, findings } = ctx;
  const { head, diff, run } = input;
  const facts = [validityFact(head, findings, ctx.requests), gatesFact(head), verdictFact(diff, run)];
  const curves = curveLine(diff);
  if (curves) facts.push(curves);
  const c = checkFact(input);
  if (c) facts.push(c);
  const a = acceptedFact(input);
  if (a) facts.push(a);
  const lines = [`## InferGuard: ${statusHeadline(input)}`, '', ...facts.map((f) => `- ${f}`)];
  const meta: string[] = [];
  if (run?.repository) meta.push(safeCode(run.repository, 100));
  if (run?.sha) meta.push(safeCode(String(run.sha).slice(0, 12), 20));
  const runUrl = safeUrl(run?.runUrl);
  const artUrl = safeUrl(run?.artifactUrl);
  if (runUrl) meta.push(`[workflow run](${runUrl})`);
  if (meta.length > 0) lines.push('', meta.join(' · '));
  // In a workflow run, the report artifact carries report.html: link it, with the frontier's change.
  if (runUrl || artUrl) lines.push('', reportLinkLine({ artifactUrl: artUrl, diff: input.diff }));
  return `${lines.join('\n')}\n`;
}

export const headlineSection: Section = {
  id: 'headline',
  render: (ctx) => headline(ctx),
  droppable: false,
  dropNote: null,
};
