/**
 * Shared by the inert-rendering tests (unit and e2e): a payload of every markup trick, a function
 * that puts it into every free-form string of a report where the contracts still accept it, and
 * the checks that rendered markdown is inert.
 */
import { expect } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { parseUntrustedReport } from '../../src/io/untrusted-report.js';
import { validateContract } from '../../src/schemas/validate.js';
import '../../src/core/gates/index.js';

export const PAYLOAD =
  '<img src=x onerror=alert(1)>|x| @victim @org/team #123 GH-45 owner/repo#9 www.evil.example _www.evil2.example ' +
  'https://evil.example/p [link](https://e.example) ![i](https://e.example/i.png) \u202eRTL\u2066 <!-- hide --> ' +
  '</details> `code` ::error::pwn\n# Injected heading\r\n| a | b |';

type Path = (string | number)[];

function leaves(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (typeof v === 'string') out.push(at);
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...at, k], out);
  return out;
}

function setAt(root: unknown, p: Path, value: unknown): void {
  let o = root as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[p.at(-1) as string | number] = value;
}

function getAt(root: unknown, p: Path): unknown {
  let o = root as Record<string | number, unknown>;
  for (const k of p) o = o[k] as Record<string | number, unknown>;
  return o;
}

/** Every string leaf set to the payload where the report stays acceptable as untrusted input. */
export function poison(report: Report): { report: Report; poisoned: number } {
  const r = structuredClone(report);
  const paths = leaves(r).filter((p) => p[0] !== 'schema_version' && p.at(-1) !== 'schema_version');
  const original = new Map(paths.map((p) => [p.join('\u0000'), getAt(r, p)]));
  for (const p of paths) setAt(r, p, PAYLOAD);
  // Revert the leaves the contracts constrain (enums, formats, patterns), as reported by the validator.
  for (let round = 0; round < 200; round++) {
    const errs = [
      ...((validateContract('inferguard-analyze/v1', r) as { errors?: string[] }).errors ?? []),
      ...(r.gates
        ? ((validateContract('inferguard-gates/v1', r.gates) as { errors?: string[] }).errors ?? []).map(
            (e) => `/gates${e}`,
          )
        : []),
    ];
    if (errs.length === 0) break;
    let reverted = 0;
    for (const e of errs) {
      const where = e.slice(0, e.indexOf(': ')).split('/').slice(1);
      const key = paths.find((p) => p.map(String).join('/') === where.join('/'));
      if (key) {
        setAt(r, key, original.get(key.join('\u0000')));
        reverted++;
      }
    }
    if (reverted === 0) throw new Error(`cannot place the payload: ${errs.slice(0, 3).join('; ')}`);
  }
  const check = parseUntrustedReport(JSON.stringify(r), 'poisoned');
  if (!check.ok) throw new Error(check.reason);
  const poisoned = leaves(r).filter((p) => getAt(r, p) === PAYLOAD).length;
  return { report: r, poisoned };
}

/** Every leaf of any type (number, boolean, null, string) under `v`, with its path. */
function allLeaves(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) v.forEach((x, i) => allLeaves(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) allLeaves(x, [...at, k], out);
  else out.push(at);
  return out;
}

function pointerOf(p: Path): string {
  return p.map((k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/**
 * A harder fork report than poison(): the payload in every leaf the contract accepts it in, numbers
 * and booleans included (completion counts and status, run_summary.partial_cells, severity counts:
 * fields a renderer may print as a number without escaping), and a payload-named key with a null
 * value in every object the contract leaves open (labels, metrics, completion). The cross_run block
 * is kept as written: its structure is checked when the report is read.
 */
export function poisonEveryLeaf(report: Report): { report: Report; poisoned: number } {
  const r = structuredClone(report) as unknown as Record<string, unknown>;
  const open: Record<string, unknown>[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      open.push(v as Record<string, unknown>);
      Object.values(v).forEach(collect);
    }
  };
  for (const [k, v] of Object.entries(r)) if (k !== 'cross_run') collect(v);
  const paths = allLeaves(r).filter((p) => p[0] !== 'cross_run' && p.at(-1) !== 'schema_version');
  const original = new Map(paths.map((p) => [pointerOf(p), { p, v: getAt(r, p) }]));
  for (const p of paths) setAt(r, p, PAYLOAD);
  for (const o of open) o[PAYLOAD] = null;
  for (let round = 0; round < 400; round++) {
    const errs = (validateContract('inferguard-analyze/v1', r) as { errors?: string[] }).errors ?? [];
    if (errs.length === 0) break;
    let reverted = 0;
    for (const e of errs) {
      const where = e.startsWith('(root)') ? '' : e.slice(1, e.indexOf(': '));
      const leaf = original.get(where);
      if (leaf) {
        setAt(r, leaf.p, leaf.v);
        original.delete(where);
        reverted++;
        continue;
      }
      // An object that takes no extra key (the error names it), or the extra key itself.
      const at = where === '' ? [] : where.split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
      for (const p of [at, at.slice(0, -1)]) {
        const node = p.length === 0 ? r : (getAt(r, p) as Record<string, unknown> | undefined);
        if (node && typeof node === 'object' && PAYLOAD in node) {
          delete node[PAYLOAD];
          reverted++;
          break;
        }
      }
    }
    if (reverted === 0) throw new Error(`cannot place the payload everywhere: ${errs.slice(0, 3).join('; ')}`);
  }
  const check = parseUntrustedReport(JSON.stringify(r), 'poisoned');
  if (!check.ok) throw new Error(check.reason);
  const poisoned = allLeaves(r).filter((p) => getAt(r, p) === PAYLOAD).length;
  return { report: r as unknown as Report, poisoned };
}

/**
 * What GitHub renders as markdown: fenced blocks (mermaid charts) and code spans are shown
 * literally (no HTML, links, mentions or refs inside), so they are taken out before the checks.
 * Our code spans never hold a backtick (safeCode replaces them), so a span ends at the next one.
 */
export function renderedText(md: string): string {
  return md.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
}

export function expectInert(md: string, marker: string): void {
  const body = renderedText(md.startsWith(marker) ? md.slice(marker.length) : md);
  if (process.env.INERT_DEBUG) {
    const bad =
      /<img|<!--|@victim|#123|GH-45|repo#9|www\.evil|https?:\/\/(evil|e)\.example|\]\(https?:\/\/e\.example|[\u202a-\u202e\u2066-\u2069]|^\s*#+ Injected|^\s*\| a \| b \||(?<!\\)\|x(?<!\\)\|/im;
    for (const line of body.split('\n')) {
      const m = bad.exec(line);
      if (m)
        console.log('LEAK:', JSON.stringify(m[0]), JSON.stringify(line.slice(Math.max(0, m.index - 80), m.index + 80)));
    }
  }
  expect(body).not.toMatch(/<img|<!--/i);
  expect(body).not.toMatch(/@victim|@org\/team/);
  expect(body).not.toMatch(/#123|GH-45|repo#9/);
  expect(body).not.toMatch(/www\.evil/i);
  expect(body).not.toMatch(/https?:\/\/(evil|e)\.example/);
  expect(body).not.toMatch(/\]\(https?:\/\/e\.example/);
  expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(body).not.toMatch(/^\s*#+ Injected/m);
  expect(body).not.toMatch(/^\s*\| a \| b \|/m);
  expect(body).not.toMatch(/(?<!\\)\|x(?<!\\)\|/);
  // Not vacuous: the payload's words are there, neutralised.
  expect(body.match(/victim/g)?.length ?? 0).toBeGreaterThan(0);
}

/** Lines of `md` that a check of expectInert flags (for debugging a failure). */
export function leakingLines(md: string): string[] {
  const bad =
    /<img|<!--|@victim|#123|GH-45|repo#9|www\.evil|https?:\/\/(evil|e)\.example|\]\(https?:\/\/e\.example|[\u202a-\u202e\u2066-\u2069]|^\s*#+ Injected|^\s*\| a \| b \||(?<!\\)\|x(?<!\\)\|/im;
  return renderedText(md)
    .split('\n')
    .filter((l) => bad.test(l));
}
