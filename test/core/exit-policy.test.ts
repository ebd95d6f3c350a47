/**
 * Finding classes on the one exit decision (core/exit-policy.ts): validity findings answer to
 * fail-on, behaviour findings only to fail-on-findings, regression findings and the verdict to
 * fail-on-regression; blocking gates always fail.
 */
import { describe, expect, it } from 'vitest';
import {
  decideExit,
  findingFails,
  formatFailOnFindings,
  parseFailOnFindings,
  policySummary,
  type ExitPolicy,
} from '../../src/core/exit-policy.js';
import type { Finding, Severity } from '../../src/core/types.js';

function f(code: Finding['code'], severity: Severity, evidence: Record<string, unknown> = {}): Finding {
  return { code, severity, message: `${code} ${severity}`, cell_id: 'c1', evidence };
}

const DEFAULT: ExitPolicy = { failOn: 'critical', failOnRegression: false };
const none = { gates: null, verdict: null };

describe('findingFails agrees with decideExit one finding at a time', () => {
  const policies: ExitPolicy[] = [
    DEFAULT,
    { failOn: 'never', failOnRegression: false },
    { failOn: 'warning', failOnRegression: true },
    { ...DEFAULT, failOnFindings: parseFailOnFindings('behaviour:critical') },
    { ...DEFAULT, failOnFindings: parseFailOnFindings('ttft_cliff') },
  ];
  const findings = [
    f('invalid_run_no_successful_requests', 'critical'),
    f('partial_run', 'warning'),
    f('ttft_cliff', 'critical'),
    f('ttft_cliff', 'warning'),
    f('kv_pressure', 'critical'),
    f('eval_regression', 'critical'),
  ];
  it.each(policies.map((p) => [JSON.stringify(p), p] as const))('%s', (_name, policy) => {
    for (const finding of findings)
      expect(findingFails(policy, finding), finding.message).toBe(
        decideExit(policy, { ...none, findings: [finding] }).failed,
      );
  });
});

describe('exit decision by finding class', () => {
  it('a sweep whose only critical finding is a TTFT cliff passes by default', () => {
    const d = decideExit(DEFAULT, { ...none, findings: [f('ttft_cliff', 'critical')] });
    expect(d).toMatchObject({ exitCode: 0, failed: false, reasons: [] });
    expect(d.counts.critical).toBe(1);
  });

  it('and fails with fail-on-findings: ttft_cliff (exit 2: the listed finding is critical)', () => {
    const d = decideExit(
      { ...DEFAULT, failOnFindings: parseFailOnFindings('ttft_cliff') },
      { ...none, findings: [f('ttft_cliff', 'critical')] },
    );
    expect(d.exitCode).toBe(2);
    expect(d.reasons.map((r) => [r.rule, r.brief])).toEqual([['listed', 'ttft_cliff listed in fail-on-findings']]);
  });

  it('an invalid run still fails by default; fail-on never lets it pass', () => {
    const findings = [f('invalid_run_no_successful_requests', 'critical'), f('ttft_cliff', 'warning')];
    const d = decideExit(DEFAULT, { ...none, findings });
    expect(d.exitCode).toBe(2);
    expect(d.reasons.map((r) => r.brief)).toEqual(['1 critical validity finding (invalid_run_no_successful_requests)']);
    expect(decideExit({ ...DEFAULT, failOn: 'never' }, { ...none, findings }).exitCode).toBe(0);
  });

  it('fail-on applies to validity findings only', () => {
    const findings = [f('partial_run', 'warning'), f('kv_pressure', 'warning'), f('throughput_plateau', 'warning')];
    const d = decideExit({ ...DEFAULT, failOn: 'warning' }, { ...none, findings });
    expect(d.exitCode).toBe(1);
    expect(d.reasons.map((r) => r.brief)).toEqual(['1 warning validity finding (partial_run)']);
    expect(decideExit({ ...DEFAULT, failOn: 'warning' }, { ...none, findings: findings.slice(1) }).exitCode).toBe(0);
  });

  it.each<[string, string, Finding[], number]>([
    ['a class', 'behaviour', [f('kv_pressure', 'warning')], 1],
    ['a severity floor not reached', 'kv_pressure:critical', [f('kv_pressure', 'warning')], 0],
    ['a severity floor reached', 'behaviour:warning', [f('kv_pressure', 'warning'), f('ttft_cliff', 'critical')], 2],
    ['another code', 'kv_pressure', [f('ttft_cliff', 'critical')], 0],
    ['a validity code at warning', 'partial_run', [f('partial_run', 'warning')], 1],
    ['none', 'none', [f('ttft_cliff', 'critical')], 0],
  ])('fail-on-findings with %s (%s)', (_name, list, findings, code) => {
    expect(decideExit({ ...DEFAULT, failOnFindings: parseFailOnFindings(list) }, { ...none, findings }).exitCode).toBe(
      code,
    );
  });

  it('regression findings and the verdict fail only with fail-on-regression', () => {
    const findings = [f('eval_regression', 'warning'), f('tpot_degradation', 'warning', { base_cell_id: 'b' })];
    expect(decideExit(DEFAULT, { ...none, findings }).exitCode).toBe(0);
    const d = decideExit({ ...DEFAULT, failOnRegression: true }, { ...none, findings });
    expect(d.exitCode).toBe(1);
    expect(d.reasons[0]?.message).toBe(
      '2 regression findings (eval_regression, tpot_degradation) (fail-on-regression)',
    );
    const v = decideExit({ ...DEFAULT, failOnRegression: true }, { gates: null, verdict: 'REGRESSION', findings: [] });
    expect(v.reasons.map((r) => r.brief)).toEqual(['a regression vs base (fail-on-regression)']);
    // A within-run TPOT degradation is behaviour: fail-on-regression leaves it alone.
    expect(
      decideExit({ ...DEFAULT, failOnRegression: true }, { ...none, findings: [f('tpot_degradation', 'warning')] })
        .exitCode,
    ).toBe(0);
  });

  it('parses and prints fail-on-findings; unknown names are usage errors naming them', () => {
    const list = parseFailOnFindings(' ttft_cliff,\nKV_PRESSURE:Critical  behaviour ');
    expect(formatFailOnFindings(list)).toBe('ttft_cliff, kv_pressure:critical, behaviour');
    expect(parseFailOnFindings('')).toEqual([]);
    expect(() => parseFailOnFindings('cliff')).toThrow(/'cliff' is not a finding code or class/);
    expect(() => parseFailOnFindings('ttft_cliff:bad')).toThrow(
      /severity after ':' must be one of info, warning, critical/,
    );
    expect(() => parseFailOnFindings('ttft_cliff:critical:x')).toThrow(/not a finding code or class/);
    expect(policySummary({ failOn: 'critical', failOnRegression: true, failOnFindings: list })).toBe(
      'critical validity findings, blocking gates, ttft_cliff, kv_pressure:critical, behaviour (fail-on-findings), regressions (fail-on-regression)',
    );
  });
});
