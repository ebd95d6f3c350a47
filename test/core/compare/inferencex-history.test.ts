/**
 * scripts/inferencex-history.ts: compare replayed on InferenceX's published CI history. The
 * history files are not committed (test/fixtures/real-history/inferencex-app/PROVENANCE.md says
 * why and how to place them): the tests on them run where they are present and are skipped,
 * saying so, where not. The rest checks the script's own rules on rows taken from the file.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_FILES,
  codeChanged,
  configOf,
  configKeys,
  dataDir,
  imageStatus,
  loadHistory,
  metricsOf,
  replay,
  runsOf,
  sweepOf,
  type HistoryRow,
  type ImageSpan,
  type MainCommit,
} from '../../../scripts/inferencex-history.js';

/** The MI355X fp8 row of 2025-12-12, conc 64, as in cac6246e/benchmarks-history.json (metrics trimmed to four). */
const ROW: HistoryRow = {
  hardware: 'mi355x',
  framework: 'sglang',
  model: 'dsr1',
  precision: 'fp8',
  spec_method: 'none',
  disagg: false,
  is_multinode: false,
  prefill_tp: 8,
  prefill_ep: 1,
  prefill_dp_attention: false,
  prefill_num_workers: 0,
  decode_tp: 8,
  decode_ep: 1,
  decode_dp_attention: false,
  decode_num_workers: 0,
  num_prefill_gpu: 8,
  num_decode_gpu: 8,
  isl: 1024,
  osl: 1024,
  conc: 64,
  metrics: { tput_per_gpu: 297.83986620942284, median_ttft: 0.15135083500354085, 'p99.9_itl': 0.2, std_intvty: 9 },
  date: '2025-12-12',
  run_url: 'https://github.com/SemiAnalysisAI/InferenceX/actions/runs/20151920609/attempts/2',
};

describe('inferencex-history: the script’s rules', () => {
  it('reads metrics as the InferenceX adapter does (median → p50, p99.9 → p999, std_intvty dropped)', () => {
    expect(metricsOf(ROW.metrics)).toEqual({
      tput_per_gpu: 297.83986620942284,
      p50_ttft: 0.15135083500354085,
      p999_itl: 0.2,
    });
  });

  it('maps a row to InferenceX config keys, spec first, MoRI SGLang spelled as the config does', () => {
    expect(configKeys(ROW)).toEqual(['dsr1-fp8-mi355x-sglang']);
    expect(configKeys({ ...ROW, framework: 'mori-sglang', spec_method: 'mtp' })).toEqual([
      'dsr1-fp8-mi355x-sglang-disagg-mtp',
      'dsr1-fp8-mi355x-sglang-disagg',
    ]);
  });

  it('calls a pair same image only when one image spans the whole window, in UTC', () => {
    const spans: ImageSpan[] = [
      { key: 'dsr1-fp8-mi355x-sglang', image: 'a', from: '2025-11-01T00:00:00Z', commit: 'x' },
      { key: 'dsr1-fp8-mi355x-sglang', image: 'b', from: '2025-12-16T00:01:23Z', commit: 'y' },
    ];
    expect(imageStatus(spans, ROW, '2025-12-12', '2025-12-15')).toEqual({ status: 'same', images: ['a'] });
    expect(imageStatus(spans, ROW, '2025-12-15', '2025-12-16')).toEqual({ status: 'changed', images: ['a', 'b'] });
    expect(imageStatus(spans, { ...ROW, hardware: 'h100' }, '2025-12-12', '2025-12-13').status).toBe('unknown');
  });

  it('finds a commit on main anywhere from the first base date’s start to the head date’s end', () => {
    const commits: MainCommit[] = [
      { commit: 'a', time: '2025-12-09T06:26:57Z', subject: 'fix bug in 1k1k sched (#320)' },
      { commit: 'b', time: '2025-12-15T15:18:56Z', subject: 'feat: performance changelog triggered runs' },
    ];
    expect(codeChanged(commits, '2025-12-10', '2025-12-14')).toBe(false);
    expect(codeChanged(commits, '2025-12-14', '2025-12-15')).toBe(true);
    expect(codeChanged(commits, '2025-12-09', '2025-12-10')).toBe(true);
    expect(codeChanged([], '2025-12-10', '2025-12-14')).toBeNull();
  });

  it('refuses two versions that disagree on a row, naming the file, the row and the other file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ixh-'));
    const [newest, older] = HISTORY_FILES;
    for (const f of HISTORY_FILES) mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    writeFileSync(path.join(dir, newest), JSON.stringify([ROW]));
    writeFileSync(path.join(dir, older), JSON.stringify([{ ...ROW, metrics: { ...ROW.metrics, tput_per_gpu: 1 } }]));
    expect(() => loadHistory(dir)).toThrow(
      `${older} row 0 (${sweepOf(ROW)} c64 2025-12-12) differs from the same row in ${newest}`,
    );
    writeFileSync(path.join(dir, older), '[{"date": 1}]');
    expect(() => loadHistory(dir)).toThrow(`${path.join(dir, older)}: row 0 has no date, conc or metrics`);
  });

  it('says where the files come from when they are missing', () => {
    expect(() => dataDir(path.join(tmpdir(), 'no-such-dir'))).toThrow(/PROVENANCE\.md/);
  });
});

const present = (() => {
  try {
    return dataDir();
  } catch {
    return null;
  }
})();

describe.skipIf(present === null)('inferencex-history on the published history (files present)', () => {
  const dir = present as string;

  it('merges the two versions into 1,588 rows of 319 config-sweeps; the hand-read MI355X step is there', () => {
    const rows = loadHistory(dir);
    expect(rows).toHaveLength(1588);
    const sweeps = runsOf(rows);
    expect(sweeps.size).toBe(319);
    const runs = sweeps.get(sweepOf(ROW)) ?? [];
    const at = (d: string): number | undefined =>
      runs.find((r) => r.date === d)?.cells.find((c) => c.concurrency === 64)?.metrics.tput_per_gpu;
    expect(at('2025-12-12')).toBeCloseTo(297.84, 2);
    expect(at('2025-12-13')).toBeCloseTo(508.31, 2);
  });

  it('finds the MI355X step of 2025-12-13 (same code, config and image on main: a change of the environment)', () => {
    // This engine configuration's rows only (every isl/osl of it: the "others" of an alarm).
    const rows = loadHistory(dir).filter((x) => configOf(x) === configOf(ROW));
    const r = replay(rows, [], [{ commit: 'a', time: '2025-12-09T06:26:57Z', subject: '' }]);
    const step = r.one.find((c) => c.sweep === sweepOf(ROW) && c.head === '2025-12-13');
    expect(step?.base).toEqual(['2025-12-12']);
    expect(step?.code_changed).toBe(false);
    expect(step?.verdict).toBe('IMPROVEMENT');
    const tput = r.alarms.one.find(
      (a) =>
        a.sweep === sweepOf(ROW) &&
        a.head === '2025-12-13' &&
        a.metric === 'tput_per_gpu' &&
        a.cell === '1024/1024 c64',
    );
    expect(tput?.relative).toBeCloseTo(508.31 / 297.84 - 1, 2);
    expect(tput?.reading).toBe('configuration moved');
  });
});
