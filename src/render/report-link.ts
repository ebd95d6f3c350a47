/**
 * One markdown line for the PR comment and the job summary that points at report.html in the
 * report artifact and says, statically, how the throughput-per-GPU vs interactivity frontier
 * moved (compare's curve verdicts, src/core/compare/curves.ts):
 *
 *   📊 [report.html](https://…/artifacts/123): charts, history and every cell · frontier moved in 1 of
 *   3 configurations: h200 · org/model-a · vllm · fp8 · 1024/1024: at ≥ 40 tok/s/user the best
 *   throughput per GPU fell 12% (c64 → c32)
 *
 * The link is built only from run metadata (an https URL, checked), never from a report; every
 * label from a report goes through safeText. Without a URL the line names the artifact in words.
 */
import type { CurveVerdict } from '../core/compare/curves.js';
import type { ReportDiff } from '../core/compare/types.js';
import { safeText } from './escape.js';

export interface ReportLinkInput {
  /** The report artifact's URL (https only; anything else is not linked). */
  artifactUrl?: string | null;
  /** The compare diff, for the frontier summary (null: no compare). */
  diff?: Pick<ReportDiff, 'curves'> | null;
  /** The artifact's name, shown when there is no URL (default "the report artifact"). */
  artifactName?: string;
}

/** An https URL without characters that could end a markdown link or start markup; else null. */
export function linkableUrl(u: string | null | undefined): string | null {
  if (typeof u !== 'string' || u.length > 500) return null;
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]*)?$/.test(u)) return null;
  return /[()<>\s"'[\]]/.test(u) ? null : u;
}

function size(c: CurveVerdict): number {
  const r = c.frontier_change?.relative_change;
  return r === null || r === undefined ? Infinity : Math.abs(r);
}

/** "frontier moved in 1 of 3 configurations: <label>: <change>" or "frontier unchanged in 3 …"; null without curves. */
export function frontierSummary(curves: readonly CurveVerdict[] | undefined): string | null {
  if (!curves || curves.length === 0) return null;
  const moved = curves.filter((c) => c.frontier_change !== null);
  const of = `${curves.length} configuration${curves.length === 1 ? '' : 's'}`;
  if (moved.length === 0) return `frontier unchanged in ${of}`;
  const top = [...moved].sort((a, b) => size(b) - size(a))[0] as CurveVerdict;
  const change = top.changes.find((t) => t.startsWith('at ≥')) ?? '';
  return `frontier moved in ${moved.length} of ${of}; largest: ${safeText(top.label, 120)}${change ? `: ${safeText(change, 200)}` : ''}`;
}

/** The one line (no trailing newline). */
export function reportLinkLine(input: ReportLinkInput): string {
  const url = linkableUrl(input.artifactUrl);
  const where = url
    ? `📊 [report.html](${url}): charts, history and every cell`
    : `📊 report.html (charts, history and every cell) is in ${safeText(input.artifactName ?? 'the report artifact', 100)}`;
  const frontier = frontierSummary(input.diff?.curves);
  return frontier ? `${where} · ${frontier}` : where;
}
