/**
 * The bad-input table of the analyzer-core issue, through the whole pipeline: every case gives a
 * finding that names the file (and line/row where there is one), or exit 3 with a clear one-line
 * message; never a crash, a silent skip or a half-written file. Each case is a copy of a real
 * fixture cell with one thing broken.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { validateContract } from '../../src/schemas/validate.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures/shared');
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STATIC_C4 = 'bmk_dsr1_8k1k_fp8_sglang_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc4_h200-cw_00';
const STATIC_C8 = 'bmk_dsr1_8k1k_fp8_sglang_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc8_h200-cw_01';
const AGENTX = 'agentic_dsv4_tp8_conc8_offloadcpu_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc8_h200-cw_00';

/** A results dir with one healthy static cell (so a report exists) plus the case's damage. */
function caseDir(name: string, damage: (root: string) => void): string {
  const root = path.join(tmp, name);
  mkdirSync(root, { recursive: true });
  cpSync(path.join(FIX, 'inferencex-static', STATIC_C4), path.join(root, STATIC_C4), { recursive: true });
  damage(root);
  return root;
}

function aggOf(dir: string): string {
  return readdirSync(dir).find((f) => f.startsWith('agg_')) as string;
}

function copyStatic8(root: string): string {
  const d = path.join(root, STATIC_C8);
  cpSync(path.join(FIX, 'inferencex-static', STATIC_C8), d, { recursive: true });
  return path.join(d, aggOf(d));
}

function copyAgentx(root: string): string {
  const d = path.join(root, AGENTX);
  cpSync(path.join(FIX, 'agentx-trace-replay', AGENTX), d, { recursive: true });
  return d;
}

const cases: [string, (root: string) => void, RegExp][] = [
  [
    'truncated JSON aggregate',
    (r) => writeFileSync(copyStatic8(r), '{\n  "hw": "h200",\n  "conc": 8,'),
    /agg_.*conc8.*not valid JSON \(truncated\)/,
  ],
  ['0-byte aggregate', (r) => writeFileSync(copyStatic8(r), ''), /agg_.*conc8.* is empty/],
  [
    'non-UTF-8 aggregate',
    (r) => writeFileSync(copyStatic8(r), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
    /not valid UTF-8/,
  ],
  [
    'NaN / Infinity literals',
    (r) => writeFileSync(copyStatic8(r), '{"hw": "h200", "conc": 8, "p99_ttft": NaN, "tput_per_gpu": Infinity}'),
    /not valid JSON at line 1/,
  ],
  [
    'a 300 MB aggregate (sparse)',
    (r) => {
      const f = copyStatic8(r);
      writeFileSync(f, '');
      truncateSync(f, 300 * 1024 * 1024);
    },
    /above the 268435456-byte JSON size cap/,
  ],
  [
    'CSV with missing columns',
    (r) =>
      writeFileSync(
        path.join(copyAgentx(r), 'trace_replay/detailed_results.csv'),
        'user_id,request_idx,trace_id\nUser-001,0,t\n',
      ),
    /detailed_results\.csv.*(missing|column)/i,
  ],
  [
    'a symlink loop',
    (r) => {
      mkdirSync(path.join(r, 'sub'));
      symlinkSync('..', path.join(r, 'sub', 'loop'));
    },
    /sub\/loop: symlink loop or repeated directory, skipped/,
  ],
];

/** Replaces a cell's aggregate with something that is not a readable regular file of the right shape. */
function replaceAgg(r: string, make: (file: string) => void): void {
  const f = copyStatic8(r);
  rmSync(f);
  make(f);
}

const outsideDir = path.join(tmp, 'outside-the-root');
mkdirSync(outsideDir, { recursive: true });
writeFileSync(path.join(outsideDir, 'secret.json'), '{"hw": "h200", "conc": 8, "secret": "root:x:0:0"}');

// Item 1 of the hardening issue: every class of "not a readable regular file of the right shape".
cases.push(
  [
    'aggregate replaced by a directory',
    (r) => replaceAgg(r, (f) => mkdirSync(f)),
    /agg_.*conc8.*\.json: is a directory, not the data file its name says/,
  ],
  [
    'aggregate replaced by a FIFO (never blocks)',
    (r) => replaceAgg(r, (f) => execFileSync('mkfifo', [f])),
    /agg_.*conc8.*\.json: is a FIFO \(named pipe\), not a regular file; not read/,
  ],
  [
    'aggregate replaced by a socket',
    (r) =>
      replaceAgg(r, (f) =>
        // Relative to its folder: socket paths are limited to 107 bytes.
        execFileSync(
          process.execPath,
          ['-e', `require('net').createServer().listen(${JSON.stringify(path.basename(f))}, () => process.exit(0))`],
          { cwd: path.dirname(f) },
        ),
      ),
    /agg_.*conc8.*\.json: is a socket, not a regular file; not read/,
  ],
  ...(process.getuid?.() === 0
    ? ([
        [
          'aggregate replaced by a character device (mknod, as root)',
          (r: string) => replaceAgg(r, (f) => execFileSync('mknod', [f, 'c', '1', '3'])),
          /agg_.*conc8.*\.json: is a character device, not a regular file; not read/,
        ],
      ] as typeof cases)
    : []),
  [
    'aggregate replaced by a symlink to a device',
    (r) => replaceAgg(r, (f) => symlinkSync('/dev/null', f)),
    /agg_.*conc8.*\.json: is a symlink whose target is outside the results folder; not followed/,
  ],
  [
    'aggregate replaced by a symlink leaving the results folder',
    (r) => replaceAgg(r, (f) => symlinkSync(path.join(outsideDir, 'secret.json'), f)),
    /agg_.*conc8.*\.json: is a symlink whose target is outside the results folder; not followed/,
  ],
  ['aggregate holding null', (r) => writeFileSync(copyStatic8(r), 'null'), /agg_.*conc8.*holds null at its root/],
  ['aggregate holding []', (r) => writeFileSync(copyStatic8(r), '[]'), /agg_.*conc8.*holds an empty array at its root/],
  [
    'aggregate holding a bare string',
    (r) => writeFileSync(copyStatic8(r), '"hello"'),
    /agg_.*conc8.*holds a string at its root/,
  ],
  [
    'aggregate nested 100,000 deep',
    (r) => writeFileSync(copyStatic8(r), `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    /agg_.*conc8.*nests arrays\/objects deeper than 64 levels/,
  ],
  [
    'aggregate with a number overflowing a double (1e999)',
    (r) => writeFileSync(copyStatic8(r), '{"hw": "h200", "conc": 8, "p99_ttft": 1e999}'),
    /agg_.*conc8.*holds a number too large for a double/,
  ],
);

describe('bad input gives a finding naming the file, and a valid report', () => {
  it.each(cases)('%s', async (name, damage, message) => {
    const root = caseDir(name.replace(/\W+/g, '-'), damage);
    const r = await analyzeResultsDir({
      resultsDir: root,
      outputDir: path.join(tmp, 'out', name.replace(/\W+/g, '-')),
      cwd: tmp,
    });
    expect(validateContract('inferguard-analyze/v1', r.report).ok).toBe(true);
    const messages = r.report.findings.map((f) => f.message);
    expect(
      messages.some((m) => message.test(m)),
      messages.join('\n'),
    ).toBe(true);
    // Nothing of a file outside the results folder is read into the report.
    expect(JSON.stringify(r.report)).not.toContain('root:x:0:0');
    // The healthy cell is still there: one bad file never sinks the run.
    expect(r.report.cells.some((c) => c.concurrency === 4)).toBe(true);
  });

  it('BOM and CRLF in CSVs are read like plain files (no finding)', async () => {
    const root = caseDir('bom-crlf', (r) => {
      const d = copyAgentx(r);
      const f = path.join(d, 'trace_replay/detailed_results.csv');
      const text = readFileSync(f, 'utf8');
      writeFileSync(f, `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`);
    });
    const r = await analyzeResultsDir({ resultsDir: root, outputDir: path.join(tmp, 'out', 'bom'), cwd: tmp });
    const cell = r.report.cells.find((c) => c.source_format === 'agentx-trace-replay')!;
    expect(cell.completion).toMatchObject({ num_requests_total: 303, num_requests_successful: 303 });
  });

  it('a directory named like a file is walked as a directory, not read as JSON', async () => {
    const root = caseDir('dir-like-file', (r) => mkdirSync(path.join(r, 'agg_fake.json')));
    const r = await analyzeResultsDir({ resultsDir: root, outputDir: path.join(tmp, 'out', 'dirlike'), cwd: tmp });
    expect(r.report.cells).toHaveLength(1);
  });
});

describe('no report: exit-3 errors are one clear line', () => {
  it.each([
    ['an empty folder', (d: string) => mkdirSync(d), /no supported benchmark artifacts found/],
    ['a file instead of a folder', (d: string) => writeFileSync(d, 'x'), /is not a directory/],
    [
      'only unrelated files',
      (d: string) => {
        mkdirSync(d);
        writeFileSync(path.join(d, 'notes.txt'), 'hello');
      },
      /no supported benchmark artifacts found/,
    ],
  ])('%s', async (name, make, message) => {
    const d = path.join(tmp, `none-${name.replace(/\W+/g, '-')}`);
    make(d);
    const err = await analyzeResultsDir({
      resultsDir: d,
      outputDir: path.join(tmp, 'never-written', name),
      cwd: tmp,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(NoReportError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message.includes('\n')).toBe(false);
    expect(() => readdirSync(path.join(tmp, 'never-written', name))).toThrow();
  });

  it('--strict with a missing required artifact writes no report', async () => {
    const root = caseDir('strict', (r) => writeFileSync(copyStatic8(r), ''));
    const out = path.join(tmp, 'out', 'strict');
    const err = await analyzeResultsDir({ resultsDir: root, outputDir: out, strict: true, cwd: tmp }).catch((e) => e);
    expect(err).toBeInstanceOf(NoReportError);
    expect((err as Error).message).toMatch(/--strict: 1 required artifact/);
    expect(() => readdirSync(out)).toThrow();
  });
});
