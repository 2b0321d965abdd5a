/**
 * Lots 4 and 5: eligibility by age, complex needs or frailty (PRISMA-7 with question 6 scoring
 * for "no"), the preventative shift judged only from contract year 3 and only when MORE than 50%,
 * and personal outcomes measured on the tool the provider sets in its project file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/evaluate/result.js';
import { loadSpec } from '../../src/spec/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { check, resultOf } from './build.js';

let spec: ServiceSpec;
beforeAll(async () => {
  spec = (await loadSpec('specs/lot-4-universal-wellbeing-dgs.yaml')).spec;
});

const person = (id: string, referral: string, extra: Record<string, string> = {}) => ({
  individual_id: id,
  area: 'Dartford',
  referral_date: referral,
  age: '70',
  complex_needs: 'false',
  ...extra,
});
const prisma = (answers: string) =>
  Object.fromEntries([...answers].map((a, i) => [`prisma7_q${i + 1}`, a === 'y' ? 'yes' : 'no']));
const tools = Object.fromEntries(
  ['find_information_and_advice', 'access_social_activities', 'feel_listened_to', 'feel_less_lonely', 'live_safely_and_independently', 'carry_out_everyday_activities'].map(
    (o) => [`${o}_tool`, 'ONS4'],
  ),
);

describe('preventative-shift: more than 50% at levels 1 and 2, from contract year 3 (April 2023)', () => {
  let report: CheckReport;
  beforeAll(() => {
    report = check(
      {
        individuals: [
          person('I1', '2022-05-01', { support_level: 'level_3' }), // year 2: not counted
          person('I2', '2023-05-01', { support_level: 'level_1' }),
          person('I3', '2023-05-02', { support_level: 'level_3' }), // Q1 2023/24: 1 of 2 = 50%, not MORE than 50%
          person('I4', '2023-08-01', { support_level: 'level_2' }),
          person('I5', '2023-08-02', { support_level: 'level_2' }),
          person('I6', '2023-08-03', { support_level: 'level_3' }), // Q2: 2 of 3
          person('I7', '2023-08-04'), // no level recorded: not in the population
        ],
      },
      { parameters: tools },
      spec,
    );
  });

  it('periods before contract year 3 are not judged', () => {
    const labels = new Set(report.results.filter((r) => r.target === 'preventative-shift').map((r) => r.period.label));
    expect(labels.has('2022/23 Q1')).toBe(false);
    expect(labels.has('2022/23')).toBe(false);
    expect(labels.has('2023/24 Q1')).toBe(true);
  });

  it('exactly 50% is not more than 50%; 2 of 3 is; the year is 3 of 5', () => {
    expect(resultOf(report, 'preventative-shift', '2023/24 Q1', 'Dartford')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, status: 'not_met' });
    expect(resultOf(report, 'preventative-shift', '2023/24 Q2', 'Dartford')).toMatchObject({ numerator: 2, denominator: 3, status: 'met' });
    expect(resultOf(report, 'preventative-shift', '2023/24', 'Dartford')).toMatchObject({ numerator: 3, denominator: 5, value: 0.6, status: 'met' });
  });
});

describe('eligibility: 55 and over, or complex needs, or frailty', () => {
  it('warns about each ineligible individual and still counts them', () => {
    const report = check(
      {
        individuals: [
          person('E1', '2022-05-01', { age: '60' }), // 55 or over
          person('E2', '2022-05-01', { age: '40', complex_needs: 'true' }), // complex needs
          // PRISMA-7: yes to 1, 3 and no to 6 (which scores) → 3: frail
          person('E3', '2022-05-01', { age: '40', ...prisma('ynynnnn') }),
          // yes to 1 and 3, yes to 6 (which does not score) → 2: not frail
          person('E4', '2022-05-01', { age: '40', ...prisma('ynynnyn') }),
          person('E5', '2022-05-01', { age: '40', clinical_frailty_scale: '5' }), // Clinical Frailty Scale 5: frail
          person('E6', '2022-05-01', { age: '40', clinical_frailty_scale: '4' }), // not frail, not eligible
        ],
      },
      { parameters: tools },
      spec,
    );
    const ineligible = report.findings.filter((f) => f.code === 'data-ineligible');
    expect(ineligible.map((f) => f.message.match(/Record (\w+)/)?.[1])).toEqual(['E4', 'E6']);
    // still counted: the monitored share of eligible individuals is 4 of 6
    expect(resultOf(report, 'eligible-individuals', '2022/23 Q1', 'Dartford')).toMatchObject({ numerator: 4, denominator: 6, status: 'monitored', threshold: null });
  });
});

describe('personal outcomes on the tool the provider chose', () => {
  it('counts only reviews on the configured tool, in the direction the tool scores', () => {
    const review = (id: string, tool: string, higher: string, first: string, last: string) => ({
      individual_id: id,
      outcome: 'feel_less_lonely',
      tool,
      higher_is_better: higher,
      first_review_date: '2022-05-01',
      first_score: first,
      last_review_date: '2022-08-01',
      last_score: last,
    });
    const report = check(
      {
        individuals: [person('P1', '2022-04-20'), person('P2', '2022-04-20'), person('P3', '2022-04-20'), person('P4', '2022-04-20')],
        outcome_reviews: [
          review('P1', 'UCLA3', 'false', '7', '5'), // loneliness falls: improved
          review('P2', 'UCLA3', 'false', '5', '6'), // loneliness rises: worse
          review('P3', 'ONS4', 'true', '5', '8'), // another tool: not counted for this provider
          review('P4', 'UCLA3', 'false', '6', '6'), // maintained
        ],
      },
      { parameters: { ...tools, feel_less_lonely_tool: 'UCLA3' } },
      spec,
    );
    const results = report.results.filter((r) => r.target === 'feel-less-lonely' && r.denominator);
    const total = results.filter((r) => r.period.kind === 'quarter').reduce((n, r) => n + r.denominator!, 0);
    const met = results.filter((r) => r.period.kind === 'quarter').reduce((n, r) => n + r.numerator!, 0);
    expect([met, total]).toEqual([2, 3]);
    expect(results.every((r) => r.status === 'monitored')).toBe(true);
  });
});
