import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type DateHolidays from 'date-holidays';
import { WorkingCalendar, type BankHolidayRegion } from '../../src/data/calendar.js';
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR } from '../../src/data/bank-holidays.generated.js';
import { parseIsoDate } from '../../src/data/dates.js';

const Holidays = createRequire(import.meta.url)('date-holidays') as typeof DateHolidays;

const REGIONS = ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'] as const;

/** What calendar.ts kept before the table: date-holidays' public holidays of each year, in its order. */
function liveAnswer(region: Exclude<BankHolidayRegion, 'none'>, fromYear: number, toYear: number): { date: string; name: string }[] {
  const holidays = new Holidays('GB', region.slice(3));
  const found: { date: string; name: string }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      if (holiday.type === 'public') found.push({ date: holiday.date.slice(0, 10), name: holiday.name });
    }
  }
  return found;
}

it('loads and answers for a year in the table without importing date-holidays', async () => {
  vi.resetModules();
  vi.doMock('date-holidays', () => {
    throw new Error('date-holidays was imported; src/data/calendar.ts should read the generated table');
  });
  try {
    const fresh = await import('../../src/data/calendar.js');
    // 2022 in England, counted by hand: 1 Jan and its substitute 3 Jan, Good Friday, Easter Monday,
    // 2 May, 2 and 3 June, 29 August, 19 September, 25 December and 26, 27 December
    expect(fresh.WorkingCalendar.forRegion('GB-ENG', [], 2022, 2022).holidays()).toHaveLength(12);
  } finally {
    vi.doUnmock('date-holidays');
  }
});

it('the committed table is what scripts/gen-holidays.mjs makes from the installed date-holidays (run `npm run gen:holidays` when this fails)', async () => {
  const script = pathToFileURL(`${process.cwd()}/scripts/gen-holidays.mjs`).href;
  const { generate, OUT } = (await import(script)) as { generate: () => string; OUT: string };
  expect(await readFile(OUT, 'utf8')).toBe(generate());
});

describe('the generated table gives what date-holidays gives', () => {
  const years = [BANK_HOLIDAY_TABLE_FIRST_YEAR, 2012, 2020, 2022, 2023, 2027, BANK_HOLIDAY_TABLE_LAST_YEAR];
  it.each(REGIONS.flatMap((region) => years.map((year) => [region, year] as const)))('%s %i', (region, year) => {
    const holidays = WorkingCalendar.forRegion(region, [], year, year).holidays();
    expect(holidays.length).toBeGreaterThanOrEqual(8);
    expect(holidays).toEqual(liveAnswer(region, year, year));
  });

  it.each(REGIONS)('%s over several years at once, across the end of the table', (region) => {
    const from = BANK_HOLIDAY_TABLE_LAST_YEAR - 2;
    const to = BANK_HOLIDAY_TABLE_LAST_YEAR + 2;
    expect(WorkingCalendar.forRegion(region, [], from, to).holidays()).toEqual(liveAnswer(region, from, to));
  });
});

describe('years outside the table come from date-holidays itself', () => {
  const day = (iso: string): number => parseIsoDate(iso)!;

  // 2060: Christmas Day is a Saturday and Boxing Day a Sunday, so Monday 27 and Tuesday 28 are the substitutes
  it('2060 in England: Christmas and Boxing Day fall on a weekend, observed on 27 and 28 December', () => {
    const calendar = WorkingCalendar.forRegion('GB-ENG', [], 2060, 2060);
    const december = calendar.holidays().filter((h) => h.date.startsWith('2060-12'));
    expect(december.map((h) => h.date)).toEqual(['2060-12-25', '2060-12-26', '2060-12-27', '2060-12-28']);
    expect(december[2].name).toMatch(/Christmas/);
    expect(december[3].name).toMatch(/Boxing/);
    // Fri 24 Dec to Wed 29 Dec: only the 29th is a working day
    expect(calendar.workingDaysBetween(day('2060-12-24'), day('2060-12-29'))).toBe(1);
  });

  it('1990 in Scotland: 2 January is a holiday there, not in England', () => {
    expect(WorkingCalendar.forRegion('GB-SCT', [], 1990, 1990).isWorkingDay(day('1990-01-02'))).toBe(false);
    expect(WorkingCalendar.forRegion('GB-ENG', [], 1990, 1990).isWorkingDay(day('1990-01-02'))).toBe(true);
  });
});
