/**
 * The periods a contract is judged in: financial quarters and financial years that overlap the
 * contract, clipped to it. Targets are judged per quarter and per year; an annual count target is
 * pro-rated by the months of the contract inside the period (8.75 a quarter for 35 a year, 17.5
 * for the October–March part year).
 */

import { diagnostic, UnusableInputError } from '../diagnostics.js';
import type { DayNumber } from '../data/table.js';
import { civilFromDay, dayNumber, formatDay, parseIsoDate } from '../data/dates.js';
import type { Period } from './result.js';

/** A day from a year and a month that may run past December (month 13 is January of the next year). */
function dayOf(year: number, month: number, day: number): DayNumber {
  const monthIndex = month - 1;
  return dayNumber(year + Math.floor(monthIndex / 12), (((monthIndex % 12) + 12) % 12) + 1, day);
}

export interface ContractTerms {
  start: string;
  end: string;
  /** MM-DD; 04-01 (April) when not given, as for every English council and NHS body */
  financial_year_start?: string;
}

export interface PeriodPlan {
  /** Report order: each financial year's quarters, then that year. */
  periods: Period[];
  /** first and last day (inclusive) of each period, by index into `periods` */
  startDay: Int32Array;
  endDay: Int32Array;
  /** for each period: its financial year's index in `periods` (a year points at itself) */
  yearOf: Int32Array;
  /** indexes into `periods` of the quarters, in time order */
  quarters: number[];
  /** indexes into `periods` of the years, in time order */
  years: number[];
  contractStart: DayNumber;
  contractEnd: DayNumber;
  /** index into `periods` of the quarter holding `day`, or -1 when the day is outside the contract; O(1) */
  quarterOf(day: DayNumber): number;
  /** first day of contract year `n` (1-based): the contract start moved on n − 1 years */
  contractYearStart(n: number): DayNumber;
  /** an annual count pro-rated to the period: perYear × months / 12 */
  proRated(perYear: number, period: number): number;
}

function financialYearLabel(startYear: number, startsOnFirstOfJanuary: boolean): string {
  if (startsOnFirstOfJanuary) return String(startYear);
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Rounds away the last-bit noise of day fractions so that 3 × 92 / 92 is exactly 3. */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function periodsOf(contract: ContractTerms): PeriodPlan {
  const contractStart = parseIsoDate(contract.start);
  const contractEnd = parseIsoDate(contract.end);
  if (contractStart === undefined || contractEnd === undefined) {
    throw new UnusableInputError([
      diagnostic(
        'config-contract-dates',
        `The contract start and end must be dates written YYYY-MM-DD (found "${contract.start}" and "${contract.end}"); correct the contract section of the spec.`,
      ),
    ]);
  }
  const start = civilFromDay(contractStart);
  if (contractEnd < contractStart) {
    throw new UnusableInputError([
      diagnostic(
        'config-contract-dates',
        `The contract ends (${contract.end}) before it starts (${contract.start}); correct the contract section of the spec.`,
      ),
    ]);
  }
  const fyMatch = /^(\d{2})-(\d{2})$/.exec(contract.financial_year_start ?? '04-01');
  const fyMonth = fyMatch ? Number(fyMatch[1]) : 4;
  const fyDay = fyMatch ? Number(fyMatch[2]) : 1;
  const calendarYears = fyMonth === 1 && fyDay === 1;

  // The financial year holding the contract start begins in this calendar year.
  let fyYear = start.year;
  if (contractStart < dayOf(fyYear, fyMonth, fyDay)) fyYear -= 1;

  const periods: Period[] = [];
  const startDay: number[] = [];
  const endDay: number[] = [];
  const yearOf: number[] = [];
  const quarters: number[] = [];
  const years: number[] = [];

  for (; dayOf(fyYear, fyMonth, fyDay) <= contractEnd; fyYear++) {
    const fyLabel = financialYearLabel(fyYear, calendarYears);
    const firstIndex = periods.length;
    let yearMonths = 0;
    let yearStart = Infinity;
    let yearEnd = -Infinity;
    for (let q = 0; q < 4; q++) {
      const fullStart = dayOf(fyYear, fyMonth + 3 * q, fyDay);
      const fullEnd = dayOf(fyYear, fyMonth + 3 * q + 3, fyDay) - 1;
      const clippedStart = Math.max(fullStart, contractStart);
      const clippedEnd = Math.min(fullEnd, contractEnd);
      if (clippedStart > clippedEnd) continue;
      const months = tidy((3 * (clippedEnd - clippedStart + 1)) / (fullEnd - fullStart + 1));
      yearMonths += months;
      yearStart = Math.min(yearStart, clippedStart);
      yearEnd = Math.max(yearEnd, clippedEnd);
      quarters.push(periods.length);
      startDay.push(clippedStart);
      endDay.push(clippedEnd);
      yearOf.push(-1);
      periods.push({
        label: `${fyLabel} Q${q + 1}`,
        kind: 'quarter',
        start: formatDay(clippedStart),
        end: formatDay(clippedEnd),
        financialYear: fyLabel,
        months,
      });
    }
    const yearIndex = periods.length;
    for (let i = firstIndex; i < yearIndex; i++) yearOf[i] = yearIndex;
    years.push(yearIndex);
    startDay.push(yearStart);
    endDay.push(yearEnd);
    yearOf.push(yearIndex);
    periods.push({
      label: fyLabel,
      kind: 'year',
      start: formatDay(yearStart),
      end: formatDay(yearEnd),
      financialYear: fyLabel,
      months: tidy(yearMonths),
    });
  }

  // One slot per contract day makes finding a record's quarter a single array read.
  const quarterOfDay = new Int32Array(contractEnd - contractStart + 1);
  for (const q of quarters) quarterOfDay.fill(q, startDay[q] - contractStart, endDay[q] - contractStart + 1);

  const startDays = Int32Array.from(startDay);
  const endDays = Int32Array.from(endDay);
  return {
    periods,
    startDay: startDays,
    endDay: endDays,
    yearOf: Int32Array.from(yearOf),
    quarters,
    years,
    contractStart,
    contractEnd,
    quarterOf(day: DayNumber): number {
      if (day < contractStart || day > contractEnd) return -1;
      return quarterOfDay[day - contractStart];
    },
    contractYearStart(n: number): DayNumber {
      return dayOf(start.year + n - 1, start.month, start.day);
    },
    proRated(perYear: number, period: number): number {
      return tidy((perYear * periods[period].months) / 12);
    },
  };
}

/** The index of the period with this label ("2022/23 Q1" or "2022/23"), or -1. */
export function findPeriodByLabel(plan: PeriodPlan, label: string): number {
  const wanted = label.trim().replace(/\s+/g, ' ').toLowerCase();
  return plan.periods.findIndex((p) => p.label.toLowerCase() === wanted);
}
