/**
 * The count targets: an annual number pro-rated by months (35 a year is 8.75 a quarter and 17.5
 * for the October 2021 – March 2022 part year); met when the count reaches it; the shortfall is
 * what is missing.
 */
import { describe, expect, it } from 'vitest';
import { check, referral, resultOf } from './build.js';

const signedUp = (id: string, area: string, signUp: string) => referral(id, area, signUp, { sign_up_date: signUp });

describe('sign-ups: 35 a year per area', () => {
  const referrals = [
    ...Array.from({ length: 9 }, (_, i) => signedUp(`D3-${i}`, 'Dover', `2021-10-${String(4 + i).padStart(2, '0')}`)),
    ...Array.from({ length: 8 }, (_, i) => signedUp(`D4-${i}`, 'Dover', `2022-02-${String(1 + i).padStart(2, '0')}`)),
    referral('D-none', 'Dover', '2022-02-01'), // referred, never signed up: not counted
    // referred before the contract, signed up inside it: counts for sign-ups (dated by sign_up_date)
    referral('D-early', 'Dover', '2021-09-20', { sign_up_date: '2021-10-05' }),
  ];
  const report = check({ referrals });

  it('2021/22 Q3: 10 sign-ups against 8.75 is met, shortfall 0', () => {
    const r = resultOf(report, 'sign-ups', '2021/22 Q3', 'Dover');
    expect([r.value, r.threshold, r.status, r.shortfall]).toEqual([10, 8.75, 'met', 0]);
    expect(r.numerator).toBeUndefined();
    expect(r.denominator).toBeUndefined();
  });

  it('2021/22 Q4: 8 against 8.75 is not met, 0.75 short', () => {
    const r = resultOf(report, 'sign-ups', '2021/22 Q4', 'Dover');
    expect([r.value, r.threshold, r.status, r.shortfall]).toEqual([8, 8.75, 'not_met', 0.75]);
  });

  it('the part year 2021/22: 18 against 17.5 (35 × 6 / 12) is met', () => {
    const r = resultOf(report, 'sign-ups', '2021/22', 'Dover');
    expect([r.value, r.threshold, r.status, r.shortfall]).toEqual([18, 17.5, 'met', 0]);
  });

  it('an empty quarter and an area with no sign-ups count 0, not met, with the whole target short', () => {
    const q1 = resultOf(report, 'sign-ups', '2022/23 Q1', 'Dover');
    expect([q1.value, q1.threshold, q1.status, q1.shortfall]).toEqual([0, 8.75, 'not_met', 8.75]);
    const year = resultOf(report, 'sign-ups', '2022/23', 'Folkestone');
    expect([year.value, year.threshold, year.status, year.shortfall]).toEqual([0, 35, 'not_met', 35]);
  });

  it('reports the referral dated before the contract for the targets dated by referral date, not for sign-ups', () => {
    const outside = report.findings.filter((f) => f.code === 'data-outside-contract');
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatchObject({ dataset: 'referrals', row: 2 + 18, column: 'referral_date', value: '2021-09-20', severity: 'warning' });
    expect(outside[0].targets).toContain('contact-attempt-2wd');
    expect(outside[0].targets).not.toContain('sign-ups');
    expect(outside[0].message).toContain('D-early');
  });
});

describe('peer-leaders-trained: 8 a year; income generation and awareness events: 2 a year', () => {
  const report = check({
    peer_leaders: [
      { peer_leader_id: 'PL1', area: 'Dover', training_completed_date: '2022-04-20' },
      { peer_leader_id: 'PL2', area: 'Dover', training_completed_date: '2022-06-30' },
      { peer_leader_id: 'PL3', area: 'Dover', training_completed_date: '2022-07-01' },
      { peer_leader_id: 'PL4', area: 'Dover' }, // not yet trained: not counted
      { peer_leader_id: 'PL5', area: 'Folkestone', training_completed_date: '2021-11-11' },
    ],
    activities: [
      { activity_id: 'A1', area: 'Dover', activity_date: '2022-05-01', kind: 'income_generation' },
      { activity_id: 'A2', area: 'Dover', activity_date: '2022-05-02', kind: 'focus_group' },
      { activity_id: 'A3', area: 'Dover', activity_date: '2022-10-10', kind: 'awareness_event' },
      { activity_id: 'A4', area: 'Dover', activity_date: '2022-12-01', kind: 'awareness_event' },
      { activity_id: 'A5', area: 'Folkestone', activity_date: '2022-01-15', kind: 'income_generation' },
    ],
  });

  it('peer leaders: Q1 2 against 2 (8 × 3 / 12) met; Q2 1 against 2 not met; part year 1 against 4', () => {
    expect(resultOf(report, 'peer-leaders-trained', '2022/23 Q1', 'Dover')).toMatchObject({ value: 2, threshold: 2, status: 'met', shortfall: 0 });
    expect(resultOf(report, 'peer-leaders-trained', '2022/23 Q2', 'Dover')).toMatchObject({ value: 1, threshold: 2, status: 'not_met', shortfall: 1 });
    expect(resultOf(report, 'peer-leaders-trained', '2022/23', 'Dover')).toMatchObject({ value: 3, threshold: 8, status: 'not_met', shortfall: 5 });
    expect(resultOf(report, 'peer-leaders-trained', '2021/22', 'Folkestone')).toMatchObject({ value: 1, threshold: 4, shortfall: 3 });
  });

  it('income generation: one activity a quarter beats 0.5; a year of one is short of 2', () => {
    expect(resultOf(report, 'income-generation-activities', '2022/23 Q1', 'Dover')).toMatchObject({ value: 1, threshold: 0.5, status: 'met' });
    expect(resultOf(report, 'income-generation-activities', '2022/23', 'Dover')).toMatchObject({ value: 1, threshold: 2, status: 'not_met', shortfall: 1 });
    // the part year needs 1 (2 × 6 / 12)
    expect(resultOf(report, 'income-generation-activities', '2021/22', 'Folkestone')).toMatchObject({ value: 1, threshold: 1, status: 'met' });
  });

  it('awareness events: two in Q3 make the year', () => {
    expect(resultOf(report, 'awareness-events', '2022/23 Q3', 'Dover')).toMatchObject({ value: 2, threshold: 0.5, status: 'met' });
    expect(resultOf(report, 'awareness-events', '2022/23', 'Dover')).toMatchObject({ value: 2, threshold: 2, status: 'met', shortfall: 0 });
    expect(resultOf(report, 'awareness-events', '2022/23 Q1', 'Dover')).toMatchObject({ value: 0, status: 'not_met', shortfall: 0.5 });
  });
});
