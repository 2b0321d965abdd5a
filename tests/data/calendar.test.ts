import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/data/calendar.js';
import { parseIsoDate } from '../../src/data/dates.js';

const day = (iso: string): number => parseIsoDate(iso)!;

describe('WorkingCalendar GB-ENG 2022', () => {
  const calendar = WorkingCalendar.forRegion('GB-ENG', [], 2021, 2023);
  const between = (a: string, b: string): number => calendar.workingDaysBetween(day(a), day(b));

  // each case counted by hand on a 2022 calendar: (a, b] with weekends and bank holidays left out
  it.each([
    ['2022-03-07', '2022-03-14', 5, 'a plain week'],
    ['2022-04-14', '2022-04-19', 1, 'Good Friday 15 April, weekend, Easter Monday 18 April'],
    ['2022-04-14', '2022-04-20', 2, 'over Easter'],
    ['2022-04-29', '2022-05-04', 2, 'weekend and the early May bank holiday 2 May'],
    ['2022-05-27', '2022-06-06', 4, '30, 31 May, 1 June, 6 June; 2 and 3 June are holidays'],
    ['2022-08-26', '2022-08-30', 1, 'summer bank holiday 29 August'],
    ['2022-09-16', '2022-09-20', 1, 'the State Funeral 19 September'],
    ['2022-12-23', '2022-12-28', 1, '25-27 December (27th the substitute for Christmas Day)'],
    ['2022-12-30', '2023-01-03', 1, 'New Year substitute 2 January 2023'],
    ['2022-06-04', '2022-06-05', 0, 'Saturday to Sunday'],
    ['2022-06-10', '2022-06-10', 0, 'the same day'],
    ['2022-04-20', '2022-04-14', -2, 'backwards: minus the days in (b, a]'],
  ])('%s to %s is %i working days (%s)', (a, b, expected) => {
    expect(between(a, b)).toBe(expected);
  });

  it('knows which days are working days', () => {
    expect(calendar.isWorkingDay(day('2022-06-02'))).toBe(false);
    expect(calendar.isWorkingDay(day('2022-06-01'))).toBe(true);
    expect(calendar.isWorkingDay(day('2022-06-04'))).toBe(false);
    expect(calendar.isWorkingDay(day('2022-09-19'))).toBe(false);
  });

  it('lists the public holidays of 2022 and 2023 from date-holidays', () => {
    const dates = calendar.holidays().map((h) => h.date);
    for (const expected of ['2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27', '2023-05-08']) {
      expect(dates).toContain(expected);
    }
    expect(calendar.holidays().find((h) => h.date === '2022-09-19')?.name).toMatch(/Funeral/);
  });

  it('counts closure days as non-working', () => {
    const withClosure = WorkingCalendar.forRegion('GB-ENG', ['2022-12-28', 'not-a-date'], 2022, 2022);
    expect(withClosure.workingDaysBetween(day('2022-12-23'), day('2022-12-29'))).toBe(1);
    expect(calendar.workingDaysBetween(day('2022-12-23'), day('2022-12-29'))).toBe(2);
  });

  it('without bank holidays counts only weekends', () => {
    const plain = WorkingCalendar.forRegion('none', [], 2022, 2022);
    expect(plain.workingDaysBetween(day('2022-04-14'), day('2022-04-19'))).toBe(3);
    expect(plain.holidays()).toEqual([]);
  });

  it('past the covered years counts weekdays, continuing the count', () => {
    const short = WorkingCalendar.forRegion('none', [], 2022, 2022);
    // Fri 2022-12-30 to Tue 2023-01-03: 2 Jan and 3 Jan (no holidays outside the years)
    expect(short.workingDaysBetween(day('2022-12-30'), day('2023-01-03'))).toBe(2);
    // Wed 2021-12-29 to Mon 2022-01-03: 30, 31 Dec, 3 Jan
    expect(short.workingDaysBetween(day('2021-12-29'), day('2022-01-03'))).toBe(3);
    expect(short.workingDaysBetween(day('2021-01-01'), day('2021-01-15'))).toBe(10);
  });

  it('agrees with a day-by-day count over random spans', () => {
    const first = day('2021-01-01');
    for (let k = 0; k < 300; k++) {
      const a = first + Math.floor(Math.random() * 1000);
      const b = first + Math.floor(Math.random() * 1000);
      let expected = 0;
      for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (calendar.isWorkingDay(d)) expected++;
      expect(calendar.workingDaysBetween(a, b)).toBe(b < a ? -expected : expected);
    }
  });
});
