/**
 * Small readers of this repository's markdown for the docs tests: the documents, a section's
 * table, the links outside code, and GitHub's heading anchors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** README.md and every docs/*.md, as repository-relative paths. */
export function markdownDocs(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

export function read(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** The text with fenced code blocks blanked out (same line numbers). */
export function withoutFences(md: string): string {
  return md.replace(/^( *)(```|~~~)[\s\S]*?^\1\2[^\n]*$/gm, blank);
}

/** The text with fenced code blocks and inline code blanked out (same line numbers). */
export function withoutCode(md: string): string {
  return withoutFences(md).replace(/`[^`\n]*`/g, blank);
}

/** The rows of the first table under the heading `heading` (e.g. '## Inputs'), cells trimmed. */
export function sectionTable(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`no heading '${heading}'`);
  const level = heading.indexOf(' ');
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    const h = /^(#+) /.exec(line);
    if (h && h[1]!.length <= level) break;
    if (line.startsWith('|')) {
      inTable = true;
      rows.push(
        line
          .replace(/^\|/, '')
          .replace(/\|\s*$/, '')
          .split(/(?<!\\)\|/)
          .map((c) => c.trim()),
      );
    } else if (inTable) break;
  }
  if (rows.length < 2) throw new Error(`no table under '${heading}'`);
  return rows.slice(2); // header and the --- row
}

/** Names in backticks at the start of a cell: "`a`, `b`" -> [a, b]. */
export function codeNames(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

export interface Link {
  file: string;
  line: number;
  target: string;
}

/** Markdown links and images, reference definitions and HTML src/href attributes, outside code. */
export function links(file: string): Link[] {
  const md = withoutCode(read(file));
  const out: Link[] = [];
  const at = (index: number): number => md.slice(0, index).split('\n').length;
  for (const m of md.matchAll(/!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    out.push({ file, line: at(m.index), target: m[1]! });
  }
  for (const m of md.matchAll(/^\s*\[[^\]\n]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) {
    out.push({ file, line: at(m.index), target: m[1]! });
  }
  for (const m of md.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)) {
    out.push({ file, line: at(m.index), target: m[1]! });
  }
  return out;
}

/** GitHub's anchor of a heading text: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, (c) => (c === '_' ? '_' : ''))
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor of a markdown file, duplicates numbered as GitHub does (-1, -2, …). */
export function anchors(file: string): Set<string> {
  const md = withoutFences(read(file));
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of md.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of md.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}
