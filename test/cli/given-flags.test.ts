/** `--hardware`, `--label k=v` (repeatable) and `--runner` as the analyze command parses them (src/cli-args.ts). */
import { describe, expect, it } from 'vitest';
import { parseCliArgs, parseGivenFlags } from '../../src/cli-args.js';
import { UsageError } from '../../src/core/types.js';

const FLAGS = {
  hardware: { type: 'string' },
  label: { type: 'string', multiple: true },
  gpus: { type: 'string' },
  runner: { type: 'string' },
} as const;

function parse(argv: string[]) {
  const { values } = parseCliArgs(argv, FLAGS, true);
  return parseGivenFlags(values.hardware, values.label, values.runner);
}

describe('--hardware and --label', () => {
  it('reads a hardware name and repeated labels', () => {
    expect(parse(['dir', '--hardware', ' h100 ', '--label', 'cluster=a', '--label', 'team=infra'])).toEqual({
      hardware: 'h100',
      labels: { cluster: 'a', team: 'infra' },
    });
    expect(parse(['dir', '--label=run=x'])).toEqual({ labels: { run: 'x' } });
    expect(parse(['dir'])).toEqual({});
    expect(parse(['dir', '--runner', ' gpu-node-7 '])).toEqual({ runner: 'gpu-node-7' });
  });
  it.each([
    [['--hardware', ''], /--hardware must be a non-empty name/],
    [['--label', 'cluster'], /--label must be key=value/],
    [['--label', 'k=a,b'], /--label must be key=value/],
    [['--label', 'k=1', '--label', 'k=2'], /--label gives 'k' twice/],
    [['--hardware'], /argument missing|hardware/],
    [['--runner', ' '], /--runner must be a non-empty name/],
  ])('%j is a one-line UsageError', (args, re) => {
    expect(() => parse(['dir', ...args])).toThrow(UsageError);
    expect(() => parse(['dir', ...args])).toThrow(re);
  });
});
