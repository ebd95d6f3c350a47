/**
 * The real-world corpus (issue 12, /work/wt/CORPUS.md): every folder
 * test/fixtures/real/<producer>/<case>/ holds files copied unmodified from a public repository,
 * a PROVENANCE.md, and an expected.json written by hand from the files' own values. A new folder
 * becomes a case by itself. Each case runs the whole analyzer (`inferguard analyze`, default
 * --fail-on critical) and checks what expected.json states.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { validateContract } from '../../src/schemas/validate.js';
import type { Cell, Report } from '../../src/core/types.js';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/real');
const out = mkdtempSync(path.join(tmpdir(), 'ig-real-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface ExpectedCell {
  identity?: Record<string, unknown>;
  topology?: Record<string, unknown>;
  counts?: { total?: number | null; successful?: number | null };
  metrics?: Record<string, number | null>;
  findings?: string[];
  source_variant?: string;
  /** Cost block fields (with `price_table`), same tolerance as metrics. */
  cost?: Record<string, number | null>;
}

interface Expected {
  description?: string;
  exit_code?: number;
  cell_count?: number;
  cells?: ExpectedCell[];
  findings?: string[];
  no_findings?: string[];
  tolerance?: number;
  /** For exit 3: substrings the message or its detail lines must contain. */
  message_contains?: string[];
  /** A `--price-table` to analyze with (SKU → price per GPU-hour). */
  price_table?: Record<string, number>;
}

const dirs = (p: string): string[] =>
  existsSync(p)
    ? readdirSync(p)
        .filter((n) => statSync(path.join(p, n)).isDirectory())
        .sort()
    : [];

const cases = dirs(ROOT).flatMap((producer) =>
  dirs(path.join(ROOT, producer))
    .filter((c) => existsSync(path.join(ROOT, producer, c, 'expected.json')))
    .map((c) => ({ producer, name: c, dir: path.join(ROOT, producer, c) })),
);

function close(actual: unknown, want: number | null, tol: number): boolean {
  if (want === null) return actual === null || actual === undefined;
  if (typeof actual !== 'number') return false;
  const scale = Math.max(Math.abs(want), 1e-12);
  return Math.abs(actual - want) / scale <= tol;
}

function subset(actual: Record<string, unknown> | undefined, want: Record<string, unknown> | undefined): boolean {
  if (!want) return true;
  return Object.entries(want).every(([k, v]) => JSON.stringify(actual?.[k] ?? null) === JSON.stringify(v));
}

function matches(c: Cell, w: ExpectedCell, tol: number): boolean {
  if (!subset(c, w.identity)) return false;
  if (!subset(c.topology, w.topology)) return false;
  if (w.source_variant !== undefined && c.source_variant !== w.source_variant) return false;
  if (w.counts?.total !== undefined && c.completion.num_requests_total !== w.counts.total) return false;
  if (w.counts?.successful !== undefined && c.completion.num_requests_successful !== w.counts.successful) return false;
  for (const [k, v] of Object.entries(w.metrics ?? {})) if (!close(c.metrics[k], v, tol)) return false;
  for (const [k, v] of Object.entries(w.cost ?? {})) if (!close(c.cost?.[k], v, tol)) return false;
  const codes = new Set(c.findings.map((f) => f.code));
  return (w.findings ?? []).every((code) => codes.has(code as Cell['findings'][number]['code']));
}

function describeCell(c: Cell): string {
  return JSON.stringify({
    id: c.cell_id,
    model: c.model,
    concurrency: c.concurrency,
    isl: c.isl,
    osl: c.osl,
    topology: c.topology,
    counts: [c.completion.num_requests_successful, c.completion.num_requests_total],
    findings: c.findings.map((f) => f.code),
  });
}

describe('real corpus', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const tc of cases) {
    it(`${tc.producer}/${tc.name}`, async () => {
      const expected = JSON.parse(readFileSync(path.join(tc.dir, 'expected.json'), 'utf8')) as Expected;
      expect(existsSync(path.join(tc.dir, 'PROVENANCE.md'))).toBe(true);
      const tol = expected.tolerance ?? 1e-6;
      let report: Report | null = null;
      let exitCode: number;
      let message = '';
      let priceTable: string | undefined;
      if (expected.price_table) {
        priceTable = path.join(out, `${tc.producer}-${tc.name}-prices.json`);
        writeFileSync(priceTable, JSON.stringify(expected.price_table));
      }
      try {
        const r = await analyzeResultsDir({
          ...(priceTable ? { priceTable } : {}),
          resultsDir: tc.dir,
          outputDir: path.join(out, tc.producer, tc.name),
          now: new Date('2026-01-01T00:00:00Z'),
          cwd: tc.dir,
        });
        report = r.report;
        expect(validateContract('inferguard-analyze/v1', r.report)).toEqual({ ok: true });
        exitCode = r.outcome.decision.exitCode;
      } catch (e) {
        if (!(e instanceof NoReportError)) throw e;
        exitCode = 3;
        message = [e.message, ...e.details].join('\n');
      }
      if (expected.exit_code !== undefined) expect(exitCode, message).toBe(expected.exit_code);
      for (const s of expected.message_contains ?? []) expect(message).toContain(s);
      if (report === null) return;
      if (expected.cell_count !== undefined) expect(report.cells.length).toBe(expected.cell_count);
      for (const w of expected.cells ?? []) {
        const hits = report.cells.filter((c) => matches(c, w, tol));
        expect(
          hits.length,
          `expected exactly one cell like ${JSON.stringify(w)}; cells: ${report.cells.map(describeCell).join('\n')}`,
        ).toBe(1);
      }
      const codes = new Set(report.findings.map((f) => f.code));
      for (const code of expected.findings ?? []) expect([...codes]).toContain(code);
      for (const code of expected.no_findings ?? []) expect([...codes]).not.toContain(code);
    });
  }
});
