/**
 * What recognition adds to the artifact manifest (which adapter took each file, why the others
 * did not) and to the exit-3 message when nothing could be read (one line per file that looked
 * like benchmark output, capped).
 */
import type { ArtifactEntry, Finding } from '../../core/types.js';
import type { FileEntry, Recognition, SourceAdapter } from '../types.js';
import type { FileHead } from './head.js';
import { groupOf } from './recognize.js';

/** Most lines the exit-3 message lists. */
export const MAX_NOT_USED_LINES = 20;

const DATA_EXT = /\.(json|jsonl|csv|log|txt)$/i;

/**
 * Adds `adapter` (who took the file) to every present entry, `declined` (other adapters' reasons)
 * where any looked at it, and `not_used` (why nobody took it) to unrecognised files. In place.
 */
export function annotateManifest(
  manifest: ArtifactEntry[],
  recognition: ReadonlyMap<string, Recognition>,
  claimedBy: ReadonlyMap<string, string>,
  adapters: readonly SourceAdapter[],
): void {
  const groupOfId = new Map(adapters.map((a) => [a.id, groupOf(a)]));
  for (const m of manifest) {
    if (!m.present) continue;
    const rec = recognition.get(m.path);
    const group = claimedBy.get(m.path);
    if (group !== undefined) {
      // The sniff's adapter names the file better than its group (srt-slurm vs static).
      m.adapter = rec?.adapter && groupOfId.get(rec.adapter) === group ? rec.adapter : group;
      if (rec && rec.declined.length > 0) m.declined = rec.declined.map((d) => `${d.adapter}: ${d.why}`);
    } else if (rec) {
      m.not_used = reasons(rec);
    }
  }
}

function reasons(rec: Recognition): string[] {
  const out: string[] = [];
  if (rec.adapter !== null)
    out.push(`${rec.adapter}: recognised as ${rec.kind ?? 'input'} (${rec.why ?? ''}) but not used`);
  for (const d of rec.declined) out.push(`${d.adapter}: ${d.why}`);
  return out;
}

/**
 * One line per file that looked like benchmark output and was not used, for the exit-3 message:
 * files an adapter recognised or declined, files with a finding, and other data files (their first keys).
 */
export function notUsedLines(
  files: readonly FileEntry[],
  recognition: ReadonlyMap<string, Recognition>,
  claimed: ReadonlySet<string>,
  findings: readonly Finding[],
  head?: (path: string) => FileHead,
): string[] {
  const byFile = new Map<string, string>();
  for (const f of findings) {
    const file = f.evidence.file;
    if (typeof file === 'string' && !byFile.has(file)) byFile.set(file, f.message);
  }
  const lines: string[] = [];
  for (const f of files) {
    const finding = byFile.get(f.path);
    const rec = recognition.get(f.path);
    if (finding !== undefined) lines.push(`${f.path}: ${finding}`);
    else if (claimed.has(f.path)) continue;
    else if (rec) lines.push(`${f.path}: ${reasons(rec).join('; ')}`);
    else if (DATA_EXT.test(f.name)) {
      const h = head?.(f.path);
      const keys = h && h.keys.length > 0 ? ` (first keys: ${h.keys.slice(0, 6).join(', ')})` : '';
      const shape = h ? h.shape : 'file';
      if (h && (h.shape === 'empty' || h.shape === 'binary')) lines.push(`${f.path}: ${shape}, not read`);
      else lines.push(`${f.path}: ${shape} that no adapter recognises${keys}`);
    }
  }
  if (lines.length <= MAX_NOT_USED_LINES) return lines.map(oneLine);
  return [
    ...lines.slice(0, MAX_NOT_USED_LINES).map(oneLine),
    `… and ${lines.length - MAX_NOT_USED_LINES} more file(s)`,
  ];
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 297)}...` : t;
}
