/**
 * ExitPolicy.acceptRegressions (the action's accept label): a REGRESSION verdict and regression
 * findings, also when listed in fail-on-findings, do not fail and are listed as accepted; validity
 * findings, blocking gates and "nothing could be compared" still fail.
 */
import { describe, expect, it } from 'vitest';
import { decideExit, findingFails, type ExitPolicy } from '../../src/core/exit-policy.js';
import type { Finding } from '../../src/core/types.js';

function f(code: string, severity: Finding['severity'], message = `${code} happened`): Finding {
  return { code, severity, message, cell_id: null, evidence: {} } as unknown as Finding;
}

const POLICY: ExitPolicy = {
  failOn: 'critical',
  failOnRegression: true,
  failOnFindings: [{ name: 'eval_regression', minSeverity: null }],
};
const regression = f('eval_regression', 'warning', 'accuracy dropped 3 points');

describe('acceptRegressions', () => {
  it('without it, the verdict and the regression finding fail the run', () => {
    const d = decideExit(POLICY, { findings: [regression], gates: null, verdict: 'REGRESSION', matched: 3 });
    expect(d.failed).toBe(true);
    expect(d.reasons.map((r) => r.rule)).toEqual(['listed', 'regression']);
    expect(d.accepted).toEqual([]);
  });

  it('with it, they pass and are listed as accepted', () => {
    const d = decideExit(
      { ...POLICY, acceptRegressions: true },
      { findings: [regression], gates: null, verdict: 'REGRESSION', matched: 3, verdictSummary: '3 regressed' },
    );
    expect(d.failed).toBe(false);
    expect(d.reasons).toEqual([]);
    expect(d.accepted).toEqual([
      { what: 'verdict', code: null, message: '3 regressed' },
      { what: 'finding', code: 'eval_regression', message: 'accuracy dropped 3 points' },
    ]);
    expect(findingFails({ ...POLICY, acceptRegressions: true }, regression)).toBe(false);
  });

  it('never accepts a validity finding or "nothing could be compared"', () => {
    const invalid = f('invalid_run_no_successful_requests', 'critical');
    const d = decideExit(
      { ...POLICY, acceptRegressions: true },
      { findings: [invalid], gates: null, verdict: 'INSUFFICIENT_DATA', matched: 0 },
    );
    expect(d.failed).toBe(true);
    expect(d.reasons.map((r) => r.rule)).toEqual(['findings', 'regression']);
    expect(d.accepted).toEqual([]);
  });
});
