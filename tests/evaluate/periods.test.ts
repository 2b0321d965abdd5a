import { describe, expect, it } from 'vitest';
import { findPeriodByLabel, periodsOf } from '../../src/evaluate/periods.js';
import { dayNumber } from '../../src/data/dates.js';

const peerSupport = { start: '2021-10-01', end: '2023-03-31', financial_year_start: '04-01' };

describe('periodsOf', () => {
  it('gives the quarters and years of the peer-support contract, each year after its quarters', () => {
    const plan = periodsOf(peerSupport);
    expect(plan.periods.map((p) => [p.label, p.kind, p.start, p.end, p.months])).toEqual([
      ['2021/22 Q3', 'quarter', '2021-10-01', '2021-12-31', 3],
      ['2021/22 Q4', 'quarter', '2022-01-01', '2022-03-31', 3],
      // the part year: October 2021 to March 2022 is six months of the contract
      ['2021/22', 'year', '2021-10-01', '2022-03-31', 6],
      ['2022/23 Q1', 'quarter', '2022-04-01', '2022-06-30', 3],
      ['2022/23 Q2', 'quarter', '2022-07-01', '2022-09-30', 3],
      ['2022/23 Q3', 'quarter', '2022-10-01', '2022-12-31', 3],
      ['2022/23 Q4', 'quarter', '2023-01-01', '2023-03-31', 3],
      ['2022/23', 'year', '2022-04-01', '2023-03-31', 12],
    ]);
    expect(plan.periods.map((p) => p.financialYear)).toEqual([
      '2021/22', '2021/22', '2021/22', '2022/23', '2022/23', '2022/23', '2022/23', '2022/23',
    ]);
  });

  it('pro-rates 35 a year to 8.75 a quarter, 17.5 for the part year and 35 for a full year', () => {
    const plan = periodsOf(peerSupport);
    const at = (label: string) => plan.proRated(35, findPeriodByLabel(plan, label));
    expect(at('2021/22 Q3')).toBe(8.75);
    expect(at('2021/22')).toBe(17.5);
    expect(at('2022/23')).toBe(35);
    expect(plan.proRated(2, findPeriodByLabel(plan, '2022/23 Q1'))).toBe(0.5);
  });

  it('finds the quarter of a day at both ends of each quarter, and -1 outside the contract', () => {
    const plan = periodsOf(peerSupport);
    const label = (y: number, m: number, d: number) => {
      const q = plan.quarterOf(dayNumber(y, m, d));
      return q < 0 ? null : plan.periods[q].label;
    };
    expect(label(2021, 9, 30)).toBeNull();
    expect(label(2021, 10, 1)).toBe('2021/22 Q3');
    expect(label(2021, 12, 31)).toBe('2021/22 Q3');
    expect(label(2022, 1, 1)).toBe('2021/22 Q4');
    expect(label(2022, 3, 31)).toBe('2021/22 Q4');
    expect(label(2022, 4, 1)).toBe('2022/23 Q1');
    expect(label(2023, 3, 31)).toBe('2022/23 Q4');
    expect(label(2023, 4, 1)).toBeNull();
  });

  it('clips a contract that starts and ends mid-quarter, pro-rating by the days inside', () => {
    const plan = periodsOf({ start: '2022-05-01', end: '2022-08-31' });
    expect(plan.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['2022/23 Q1', '2022-05-01', '2022-06-30'],
      ['2022/23 Q2', '2022-07-01', '2022-08-31'],
      ['2022/23', '2022-05-01', '2022-08-31'],
    ]);
    // Q1 is 91 days (April 30, May 31, June 30); 61 of them are in the contract: 3 × 61 / 91
    expect(plan.periods[0].months).toBeCloseTo((3 * 61) / 91, 9);
  });

  it('labels calendar-year contracts by the year alone', () => {
    const plan = periodsOf({ start: '2024-01-01', end: '2024-12-31', financial_year_start: '01-01' });
    expect(plan.periods.map((p) => p.label)).toEqual(['2024 Q1', '2024 Q2', '2024 Q3', '2024 Q4', '2024']);
  });

  it('starts contract year N on the anniversary of the contract start', () => {
    const plan = periodsOf({ start: '2023-07-01', end: '2028-06-30' });
    expect(plan.contractYearStart(1)).toBe(dayNumber(2023, 7, 1));
    expect(plan.contractYearStart(3)).toBe(dayNumber(2025, 7, 1));
  });

  it('finds periods by label, forgiving case and spacing', () => {
    const plan = periodsOf(peerSupport);
    expect(plan.periods[findPeriodByLabel(plan, ' 2022/23  q1 ')].label).toBe('2022/23 Q1');
    expect(findPeriodByLabel(plan, '2020/21')).toBe(-1);
  });

  it('refuses contract dates that are not real dates, saying what to correct', () => {
    expect(() => periodsOf({ start: '2021-02-30', end: '2022-03-31' })).toThrow(/YYYY-MM-DD/);
    expect(() => periodsOf({ start: '2023-01-01', end: '2022-03-31' })).toThrow(/ends .* before it starts/);
  });
});
