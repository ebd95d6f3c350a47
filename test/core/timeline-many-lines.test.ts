/**
 * Pins the timeline pipeline (reader → five timeline rules → timeline block) on long generated
 * timelines against a golden captured before the reader switched to compact columns: findings
 * (evidence, line numbers, order), bad-line findings and the cells' timeline blocks must stay
 * byte-identical. The generator is deterministic (seeded) and covers out-of-order lines, bad
 * lines, raw disagg-status lines, scrape errors, unknown engines, error-counter growth and
 * resets, flat transfer counters, a live TTFT cliff and carried codes (incl. connector_mismatch).
 */
import { mulberry32 } from '../../src/core/compare/stats.js';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, toWireReport } from '../../src/core/analyze.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { timelineAdapter } from '../../src/sources/timeline.js';
import { makeFragment } from '../helpers/cells.js';

const GOLDEN = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/core/timeline-many-lines.golden.json',
);

/** mulberry32 (the compare statistics' seeded PRNG). */
const prng = mulberry32;

interface Scenario {
  name: string;
  seed: number;
  lines: number;
  /** Probability a line is swapped with its predecessor (out of time order). */
  shuffle: number;
  bad: number;
  raw: number;
  unreachable: number;
  unknownEngine: number;
  transfer: boolean;
  cliffAt: number | null;
  /** Whole-second times shared by 3 lines each (ties broken by line). */
  coarse?: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'mixed',
    seed: 1,
    lines: 3000,
    shuffle: 0.05,
    bad: 0.01,
    raw: 0.1,
    unreachable: 0.01,
    unknownEngine: 0.01,
    transfer: true,
    cliffAt: 2200,
  },
  {
    name: 'clean-sorted',
    seed: 2,
    lines: 2500,
    shuffle: 0,
    bad: 0,
    raw: 0,
    unreachable: 0,
    unknownEngine: 0,
    transfer: false,
    cliffAt: null,
  },
  {
    name: 'noisy',
    seed: 3,
    lines: 2000,
    shuffle: 0.3,
    bad: 0.05,
    raw: 0.5,
    unreachable: 0.2,
    unknownEngine: 0.1,
    transfer: true,
    cliffAt: 100,
  },
  {
    name: 'coarse-times',
    seed: 4,
    lines: 1500,
    shuffle: 0.2,
    bad: 0.02,
    raw: 0,
    unreachable: 0.05,
    unknownEngine: 0.05,
    transfer: true,
    cliffAt: 700,
    coarse: true,
  },
];

const SEVERITIES = ['info', 'warning', 'critical'];
const CODES = [
  'connector_mismatch',
  'prefill_decode_imbalance',
  'kv_transfer_errors_present',
  'kv_transfer_stall',
  'endpoint_unreachable',
  'engine_unidentified',
];

function generate(sc: Scenario): string {
  const rnd = prng(sc.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const t0 = 1_779_000_000;
  let sent = 1_000_000;
  let errors = 0;
  const out: string[] = [];
  for (let i = 0; i < sc.lines; i++) {
    const t = sc.coarse ? t0 + Math.floor(i / 3) : t0 + i * 2 + (rnd() < 0.1 ? 0 : rnd());
    if (rnd() < sc.bad) {
      out.push(
        pick([
          '{not json',
          '[1, 2]',
          '{"schema_version": "something/v9"}',
          '{"schema_version": "disagg-status/v1", "prefill": null}',
          '',
          `{"schema_version":"inferguard-timeline/v1","observed_at":"yesterday","sequence":${i}}`,
        ]),
      );
      continue;
    }
    if (rnd() > 0.3) sent += Math.floor(rnd() * 4) * 1000;
    if (rnd() < 0.05) errors += Math.floor(rnd() * 30);
    if (rnd() < 0.01) errors = 0;
    const ttft = sc.cliffAt !== null && i >= sc.cliffAt ? 2.5 + rnd() : 1 + rnd() * 0.2;
    const snap = (role: string): Record<string, unknown> => ({
      endpoint: {
        url: `http://${role}:8000`,
        role,
        engine: rnd() < sc.unknownEngine ? 'unknown' : 'vllm',
        connector: 'nixl',
      },
      scraped_at: t + (role === 'decode' ? 0.05 : 0),
      requests_running: rnd() < 0.05 ? null : Math.floor(rnd() * (role === 'prefill' ? 12 : 30)),
      ttft_avg_seconds: role === 'decode' || rnd() < 0.1 ? null : ttft,
      ...(sc.transfer
        ? {
            [role === 'prefill' ? 'kv_transfer_sent_bytes_total' : 'kv_transfer_recv_bytes_total']:
              rnd() < 0.03 ? null : sent,
            kv_transfer_errors_total: rnd() < 0.05 ? null : errors + (role === 'decode' ? 1 : 0),
          }
        : {}),
      scrape_error: rnd() < sc.unreachable ? pick(['connection refused', '  timeout  ', '   ']) : '',
    });
    const findings: unknown[] = [];
    const nf = Math.floor(rnd() * 3);
    for (let k = 0; k < nf; k++) {
      const code = pick(CODES);
      findings.push({ code, severity: pick(SEVERITIES), message: `${code} at line ${i + 1}`, evidence: { k } });
    }
    const status = {
      schema_version: 'disagg-status/v1',
      prefill: rnd() < 0.02 ? null : snap('prefill'),
      decode: snap('decode'),
      ...(rnd() < 0.2 ? { transfer: rnd() < 0.5 ? null : snap('transfer') } : {}),
      findings,
    };
    if (rnd() < sc.raw && status.prefill !== null) out.push(JSON.stringify(status));
    else
      out.push(
        JSON.stringify({
          schema_version: 'inferguard-timeline/v1',
          observed_at: new Date(Math.round(t * 1000)).toISOString(),
          sequence: i,
          capabilities: { diagnosis: 'on', actuation: 'off', replay: 'off', recall: 'off' },
          disagg_status: status,
        }),
      );
    const n = out.length;
    if (n >= 2 && rnd() < sc.shuffle) [out[n - 1], out[n - 2]] = [out[n - 2] as string, out[n - 1] as string];
  }
  return `${out.join('\n')}\n`;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function analyzeScenario(sc: Scenario): Promise<unknown> {
  const root = mkdtempSync(path.join(tmpdir(), 'ig-tl-many-'));
  dirs.push(root);
  mkdirSync(path.join(root, 'run'));
  writeFileSync(path.join(root, 'run', 'inferguard_timeline.jsonl'), generate(sc));
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, DEFAULT_THRESHOLDS);
  const tl = await timelineAdapter.collect(ctx);
  const frag = (conc: number) =>
    makeFragment({
      dir: 'run',
      identity: { concurrency: conc, is_multinode: true },
      topology: { num_prefill_gpu: 8, num_decode_gpu: 8 },
      metrics: { p99_ttft: 1 + conc / 100 },
      files: [`run/agg_c${conc}.json`],
      artifacts: { aggregate: `run/agg_c${conc}.json` },
    });
  const r = toWireReport(
    buildReport({
      adapterResults: [{ fragments: [frag(64), frag(128)], findings: [], manifest: [] }, tl],
      files: scan.files,
      claimed: new Set(scan.files.map((f) => f.path)),
      scanFindings: [],
      inputRoot: 'many',
      generatedAt: '2026-05-18T00:00:00.000Z',
      version: 'test',
      thresholds: DEFAULT_THRESHOLDS,
    }),
  );
  return {
    cells: r.cells.map((c) => ({ cell_id: c.cell_id, timeline: c.timeline, findings: c.findings })),
    findings: r.findings,
  };
}

describe('long generated timelines give the same findings and blocks as the object-per-line reader', () => {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
  it.each(SCENARIOS)('$name', async (sc) => {
    const got = JSON.parse(JSON.stringify(await analyzeScenario(sc))) as unknown;
    if (process.env.IG_WRITE_GOLDEN === '1') {
      golden[sc.name] = got;
      writeFileSync(GOLDEN, `${JSON.stringify(golden, null, 2)}\n`);
    }
    expect(got).toEqual(golden[sc.name]);
  });
});
