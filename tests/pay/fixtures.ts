/**
 * Hand-built check reports for the peer-support contract (October 2021 to March 2023), so payment
 * can be worked out by hand against figures we choose. The payment terms are the real spec's.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CheckReport, Period, Status, TargetResult } from '../../src/evaluate/result.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

export const SPEC_FILE = new URL('../../specs/peer-support-dover-folkestone.yaml', import.meta.url);

export function peerSupportSpec(): ServiceSpec {
  return parse(readFileSync(SPEC_FILE, 'utf8')) as ServiceSpec;
}

export const SEVEN = [
  'contact-attempt-2wd',
  'contact-made-5wd',
  'mecc-advice',
  'support-plan-and-first-swemwbs',
  'two-swemwbs',
  'wellbeing-maintained-or-improved',
  'recommend-to-friends-family',
];

const quarter = (label: string, financialYear: string, start: string, end: string): Period => ({ label, kind: 'quarter', start, end, financialYear, months: 3 });

export const PERIODS: Period[] = [
  quarter('2021/22 Q3', '2021/22', '2021-10-01', '2021-12-31'),
  quarter('2021/22 Q4', '2021/22', '2022-01-01', '2022-03-31'),
  { label: '2021/22', kind: 'year', start: '2021-10-01', end: '2022-03-31', financialYear: '2021/22', months: 6 },
  quarter('2022/23 Q1', '2022/23', '2022-04-01', '2022-06-30'),
  quarter('2022/23 Q2', '2022/23', '2022-07-01', '2022-09-30'),
  quarter('2022/23 Q3', '2022/23', '2022-10-01', '2022-12-31'),
  quarter('2022/23 Q4', '2022/23', '2023-01-01', '2023-03-31'),
  { label: '2022/23', kind: 'year', start: '2022-04-01', end: '2023-03-31', financialYear: '2022/23', months: 12 },
];

/** What to put in the report for one period and area: sign-ups, and targets that are not met. */
export interface Outcome {
  signUps?: number;
  notMet?: string[];
  noData?: string[];
}

/**
 * Results for every paying target, period and area: everything met with sign-ups at target unless
 * `outcomes["Dover 2022/23 Q1"]` (or `"* 2022/23 Q1"` for both areas) says otherwise.
 */
export function reportWith(outcomes: Record<string, Outcome> = {}, periods: Period[] = PERIODS): CheckReport {
  const results: TargetResult[] = [];
  for (const period of periods) {
    for (const area of ['Dover', 'Folkestone']) {
      const outcome = outcomes[`${area} ${period.label}`] ?? outcomes[`* ${period.label}`] ?? {};
      const threshold = (35 * period.months) / 12;
      const signUps = outcome.signUps ?? Math.ceil(threshold);
      results.push({
        target: 'sign-ups',
        period: { label: period.label, kind: period.kind, start: period.start, end: period.end },
        group: { area },
        value: signUps,
        threshold,
        status: signUps >= threshold ? 'met' : 'not_met',
        failing: { count: 0, ids: [] },
        shortfall: Math.max(0, threshold - signUps),
      });
      for (const target of SEVEN) {
        const status: Status = outcome.noData?.includes(target) ? 'no_data' : outcome.notMet?.includes(target) ? 'not_met' : 'met';
        results.push({
          target,
          period: { label: period.label, kind: period.kind, start: period.start, end: period.end },
          group: { area },
          numerator: status === 'no_data' ? 0 : status === 'met' ? 19 : 15,
          denominator: status === 'no_data' ? 0 : 20,
          value: status === 'no_data' ? null : status === 'met' ? 0.95 : 0.75,
          threshold: 0.95,
          status,
          failing: { count: status === 'not_met' ? 5 : status === 'met' ? 1 : 0, ids: [] },
        });
      }
    }
  }
  return {
    spec: { id: 'peer-support-dover-folkestone', version: '1.0.0' },
    targets: ['sign-ups', ...SEVEN].map((id) => ({ id, title: id, kind: id === 'sign-ups' ? 'count' : 'share', description: id })),
    periods,
    results,
    findings: [],
    rows: [],
  };
}
