/**
 * report.html's environment data (src/render/html/environment.ts): each distinct description with
 * its cells, most cells first; the base side over every base run; compare's matched pairs that ran
 * in different environments counted from the diff.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/core/compare/index.js';
import type { CellEnvironment } from '../../../src/core/types.js';
import { buildEnvironment } from '../../../src/render/html/environment.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

function env(runner: string | null, image: string | null = null): CellEnvironment {
  return { cluster: runner ? runner.split('_')[0]!.split('-')[1]! : null, host: null, image, runner };
}

function run(runners: (string | null)[], k = 1) {
  return makeReport(
    runners.map((r, i) =>
      makeCell({
        concurrency: 2 ** (i + 2),
        metrics: { tput_per_gpu: 100 * k * (i + 1), p50_ttft: 0.1, p50_tpot: 0.01 },
        ...(r ? { environment: env(r) } : {}),
      }),
    ),
  );
}

describe('buildEnvironment', () => {
  it('is null when no cell says where it ran', () => {
    expect(buildEnvironment(run([null, null]), null, [])).toBeNull();
  });

  it('an analyze report: the head side only, most cells first', () => {
    const head = run(['h200-nb_0', 'h200-cw_01', 'h200-cw_01', null]);
    expect(buildEnvironment(head, null, [])).toEqual({
      head: [
        ['cluster cw · runner h200-cw_01', 2],
        ['cluster nb · runner h200-nb_0', 1],
      ],
      base: null,
      pairs: 0,
      differing: 0,
    });
  });

  it('a compare: the base side over every base run, and the matched cells whose environment changed', () => {
    const head = run(['h200-cw_01', 'h200-cw_01', 'h200-nb_0']);
    const b1 = run(['h200-cw_01', 'h200-cw_01', 'h200-cw_01'], 1.01);
    const b2 = run(['h200-cw_01', 'h200-cw_01', 'h200-cw_01'], 0.99);
    const diff = compareReports([b1, b2], head);
    const m = buildEnvironment(head, diff, [b1, b2]);
    expect(m?.base).toEqual([['cluster cw · runner h200-cw_01', 6]]);
    expect(m?.pairs).toBe(3);
    expect(m?.differing).toBe(1);
  });
});
