/** Argument parsing shared by the CLI commands: one-line UsageErrors, never a stack trace. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FAIL_ON_VALUES, formatFailOnFindings, type ExitPolicy, type FailOn } from './core/exit-policy.js';
import { parseLabels } from './core/cells/given.js';
import { UsageError } from './core/types.js';

export function parseCliArgs(
  argv: string[],
  options: ParseArgsConfig['options'],
  allowPositionals: boolean,
): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(
      (e as Error).message.replace(/\. To specify a positional.*$/, '').split('\n')[0] ?? 'bad arguments',
    );
  }
}

export function parseFailOn(v: unknown, fallback: FailOn = 'critical'): FailOn {
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn;
  throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got '${String(v)}'`);
}

/** The policy as the flags that set it, for the CLI's last line ("--fail-on critical, ..."). */
export function policyText(p: ExitPolicy): string {
  const listed = formatFailOnFindings(p.failOnFindings);
  return [
    `--fail-on ${p.failOn}`,
    ...(listed ? [`--fail-on-findings ${listed}`] : []),
    ...(p.failOnRegression ? ['--fail-on-regression'] : []),
  ].join(', ');
}

/** `--hardware NAME`, `--label k=v` (repeatable) and `--runner NAME` as analyze options; a bad one is a one-line UsageError. */
export function parseGivenFlags(
  hardware: unknown,
  label: unknown,
  runner?: unknown,
): { hardware?: string; labels?: Record<string, string>; runner?: string } {
  const name = (flag: string, v: unknown): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '' || /[\r\n]/.test(v))
      throw new UsageError(`${flag} must be a non-empty name, got '${String(v)}'`);
    return v.trim();
  };
  const hw = name('--hardware', hardware);
  const node = name('--runner', runner);
  const labels = parseLabels(Array.isArray(label) ? (label as string[]) : [], '--label');
  return {
    ...(hw !== undefined ? { hardware: hw } : {}),
    ...(labels ? { labels } : {}),
    ...(node !== undefined ? { runner: node } : {}),
  };
}
