/**
 * Working days for the rules' `working_days(a, b)`: weekends, the region's public (bank) holidays
 * from date-holidays, and the service's own closure days do not count.
 *
 * A prefix sum over every day of the covered years makes each question two array reads, so a rule
 * evaluated for millions of referrals never loops over days.
 *
 * date-holidays (with moment and moment-timezone) takes ~100 ms to import, so its answers for the
 * years contracts run in are generated ahead of time (scripts/gen-holidays.mjs) and the library is
 * loaded only when a year outside that table is asked for.
 */
import { createRequire } from 'node:module';
import type DateHolidays from 'date-holidays';
import type { DayNumber } from './table.js';
import { dayNumber, formatDay, parseIsoDate, weekdayOf } from './dates.js';
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR, PUBLIC_HOLIDAY_LINES } from './bank-holidays.generated.js';

export type BankHolidayRegion = 'GB-ENG' | 'GB-WLS' | 'GB-SCT' | 'GB-NIR' | 'none';

export interface Holiday {
  date: string;
  name: string;
}

export interface CalendarParts {
  firstDay: DayNumber;
  lastDay: DayNumber;
  /** 1 for each day of firstDay..lastDay that is not a working day */
  closed: Uint8Array;
  holidays: Holiday[];
}

export class WorkingCalendar {
  /**
   * workingBefore[i] = number of working days in [firstDay, firstDay + i). One entry more than the
   * days covered, so a count over (a, b] is workingBefore[b + 1 - first] - workingBefore[a + 1 - first].
   */
  private readonly workingBefore: Int32Array;

  private constructor(
    private readonly firstDay: DayNumber,
    private readonly lastDay: DayNumber,
    private readonly closed: Uint8Array,
    private readonly holidayList: Holiday[],
  ) {
    const days = lastDay - firstDay + 1;
    this.workingBefore = new Int32Array(days + 1);
    for (let i = 0; i < days; i++) this.workingBefore[i + 1] = this.workingBefore[i] + (closed[i] ? 0 : 1);
  }

  /**
   * The calendar of `region` for whole years fromYear..toYear, with extra closure days (YYYY-MM-DD;
   * ones outside the years or not real dates are ignored: the spec and mapping validators report them).
   */
  static forRegion(region: BankHolidayRegion, closures: string[], fromYear: number, toYear: number): WorkingCalendar {
    const firstDay = dayNumber(fromYear, 1, 1);
    const lastDay = dayNumber(toYear, 12, 31);
    const closed = new Uint8Array(lastDay - firstDay + 1);
    for (let day = firstDay; day <= lastDay; day++) {
      const weekday = weekdayOf(day);
      if (weekday === 0 || weekday === 6) closed[day - firstDay] = 1;
    }
    const holidayList: Holiday[] = [];
    if (region !== 'none') {
      for (let year = fromYear; year <= toYear; year++) {
        for (const holiday of publicHolidaysOf(region, year)) {
          const day = parseIsoDate(holiday.date);
          if (day === undefined || day < firstDay || day > lastDay) continue;
          closed[day - firstDay] = 1;
          holidayList.push({ date: formatDay(day), name: holiday.name });
        }
      }
    }
    for (const closure of closures) {
      const day = parseIsoDate(closure);
      if (day === undefined || day < firstDay || day > lastDay) continue;
      closed[day - firstDay] = 1;
    }
    return new WorkingCalendar(firstDay, lastDay, closed, holidayList);
  }

  /** The calendar as plain data, to build the same one on another thread (fromParts). */
  parts(): CalendarParts {
    return { firstDay: this.firstDay, lastDay: this.lastDay, closed: this.closed, holidays: this.holidayList };
  }

  static fromParts(parts: CalendarParts): WorkingCalendar {
    return new WorkingCalendar(parts.firstDay, parts.lastDay, parts.closed, parts.holidays);
  }

  /** Days outside the covered years are judged by weekday alone. */
  isWorkingDay(day: DayNumber): boolean {
    if (day < this.firstDay || day > this.lastDay) {
      const weekday = weekdayOf(day);
      return weekday !== 0 && weekday !== 6;
    }
    return this.closed[day - this.firstDay] === 0;
  }

  /** Working days d with a < d <= b; when b < a, minus the working days in (b, a]. */
  workingDaysBetween(a: DayNumber, b: DayNumber): number {
    if (b < a) return -this.workingDaysBetween(b, a);
    return this.workingUpTo(b) - this.workingUpTo(a);
  }

  /** Working days in [firstDay, day], extended past either end by weekdays alone. */
  private workingUpTo(day: DayNumber): number {
    if (day < this.firstDay) return -weekdaysBetween(day, this.firstDay - 1);
    if (day > this.lastDay) return this.workingBefore[this.workingBefore.length - 1] + weekdaysBetween(this.lastDay, day);
    return this.workingBefore[day - this.firstDay + 1];
  }

  holidays(): Holiday[] {
    return this.holidayList.map((h) => ({ ...h }));
  }
}

type GbRegion = Exclude<BankHolidayRegion, 'none'>;

/** The public holidays of one year as date-holidays lists them (dates YYYY-MM-DD, its order and names). */
function publicHolidaysOf(region: GbRegion, year: number): readonly Holiday[] {
  if (year >= BANK_HOLIDAY_TABLE_FIRST_YEAR && year <= BANK_HOLIDAY_TABLE_LAST_YEAR) return tabledHolidays(region).get(year) ?? [];
  return liveHolidays(region)
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
}

const tableByRegion = new Map<GbRegion, Map<number, Holiday[]>>();

/** The region's generated table by year, read once. */
function tabledHolidays(region: GbRegion): Map<number, Holiday[]> {
  let byYear = tableByRegion.get(region);
  if (byYear) return byYear;
  byYear = new Map();
  for (const line of PUBLIC_HOLIDAY_LINES[region].split('\n')) {
    if (line === '') continue;
    const year = Number(line.slice(0, 4));
    const holiday = { date: line.slice(0, 10), name: line.slice(11) };
    const ofYear = byYear.get(year);
    if (ofYear) ofYear.push(holiday);
    else byYear.set(year, [holiday]);
  }
  tableByRegion.set(region, byYear);
  return byYear;
}

const liveByRegion = new Map<GbRegion, DateHolidays>();

/**
 * date-holidays for the region. Loaded through require (its CommonJS build), not a top-level
 * import, so that only a run asking about a year outside the table pays for loading it.
 */
function liveHolidays(region: GbRegion): DateHolidays {
  let holidays = liveByRegion.get(region);
  if (holidays) return holidays;
  const Holidays = createRequire(import.meta.url)('date-holidays') as typeof DateHolidays;
  holidays = new Holidays('GB', region.slice(3));
  liveByRegion.set(region, holidays);
  return holidays;
}

/** Weekdays d with a < d <= b (b >= a), in constant time. */
function weekdaysBetween(a: DayNumber, b: DayNumber): number {
  const days = b - a;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let d = a + weeks * 7 + 1; d <= b; d++) {
    const weekday = weekdayOf(d);
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
