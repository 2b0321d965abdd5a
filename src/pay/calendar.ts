/**
 * Month arithmetic on day numbers for payment dates, renewals and due dates. Day numbers and
 * their parsing live in data/dates.ts; this adds the "same day N months later" that contracts use.
 */
import { civilFromDay, dayNumber, daysInMonth } from '../data/dates.js';
import type { DayNumber } from '../data/table.js';

/** The same day of the month `months` later, clamped to the month's end (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return dayNumber(toYear, toMonth, Math.min(dayOfMonth, daysInMonth(toYear, toMonth)));
}

/** The last day of the month `months` after the month holding `day` (0: that month's last day). */
export function lastDayOfMonthAfter(day: DayNumber, months: number): DayNumber {
  const { year, month } = civilFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return dayNumber(toYear, toMonth, daysInMonth(toYear, toMonth));
}
