/**
 * Calendar dates as day numbers (whole days since 1970-01-01, UTC), parsed from the ways partners
 * write them without building Date objects: this runs once per date cell, millions of times.
 */
import type { DayNumber } from './table.js';

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a proleptic Gregorian date (month 1–12); the caller has checked it is a real date. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  // days from civil (H. Hinnant), exact for every year
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dayNum: DayNumber): CivilDate {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOf(dayNum: DayNumber): number {
  return civilFromDay(dayNum).year;
}

/** 1–12 */
export function monthOf(dayNum: DayNumber): number {
  return civilFromDay(dayNum).month;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNum: DayNumber): number {
  return (((dayNum + 4) % 7) + 7) % 7;
}

/** Day of the year, 1-based. */
export function dayOfYear(year: number, month: number, day: number): number {
  return DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 && isLeapYear(year) ? 1 : 0);
}

export function formatDay(dayNum: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNum);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function validDay(year: number, month: number, day: number): DayNumber | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1000) return undefined;
  return dayNumber(year, month, day);
}

/** A run of `count` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A time of day may follow a date ("2022-04-01T09:30:00", "01/04/2022 09:30"): spreadsheets and
 * case systems add one. The time is dropped; anything else after the date makes it invalid.
 */
function onlyTimeFollows(s: string, at: number): boolean {
  if (at === s.length) return true;
  const c = s.charCodeAt(at);
  return (c === 84 /* T */ || c === 32) && at + 1 < s.length && digits(s, at + 1, 1) >= 0;
}

/** Day number of 1 January of each year from FIRST_TABLED_YEAR, so the common dates need no division. */
const FIRST_TABLED_YEAR = 1900;
const YEAR_STARTS = (() => {
  const starts = new Int32Array(301);
  for (let i = 0; i < starts.length; i++) starts[i] = dayNumber(FIRST_TABLED_YEAR + i, 1, 1);
  return starts;
})();

/**
 * Exactly YYYY-MM-DD, read with one pass over the ten characters: the shape nearly every cell of
 * an export has, so it is tried before the general parsers.
 */
function parseTenCharacterIso(s: string): DayNumber | undefined {
  const y1 = s.charCodeAt(0) - 48;
  const y2 = s.charCodeAt(1) - 48;
  const y3 = s.charCodeAt(2) - 48;
  const y4 = s.charCodeAt(3) - 48;
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  // a character that is not a digit is negative here, or above 9; >>> 0 makes negatives huge
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9 || m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return undefined;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || year < 1000) return undefined;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month])) return undefined;
  const tabled = year - FIRST_TABLED_YEAR;
  if (tabled < 0 || tabled >= YEAR_STARTS.length) return dayNumber(year, month, day);
  return YEAR_STARTS[tabled] + DAYS_BEFORE_MONTH[month - 1] + (month > 2 && leap ? 1 : 0) + day - 1;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD (optionally followed by a time), or undefined when it is not a real date. */
export function parseIsoDate(s: string): DayNumber | undefined {
  if (s.length === 10) return s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 ? parseTenCharacterIso(s) : undefined;
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !onlyTimeFollows(s, 10)) return undefined;
  return validDay(year, month, day);
}

/**
 * Day first, as UK spreadsheets write dates: dd/mm/yyyy or d/m/yyyy, with '/', '-' or '.'.
 * Never read month first: 03/04/2022 is 3 April 2022.
 */
export function parseUkDate(s: string): DayNumber | undefined {
  let i = 0;
  let day = 0;
  let month = 0;
  let year = 0;
  let part = 0;
  let partLength = 0;
  let separator = -1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const value = c - 48;
      if (part === 0) day = day * 10 + value;
      else if (part === 1) month = month * 10 + value;
      else year = year * 10 + value;
      partLength++;
      continue;
    }
    if (part < 2 && (c === 47 || c === 45 || c === 46)) {
      if (partLength < 1 || partLength > 2) return undefined;
      if (separator === -1) separator = c;
      else if (c !== separator) return undefined;
      part++;
      partLength = 0;
      continue;
    }
    break;
  }
  if (part !== 2 || partLength !== 4 || !onlyTimeFollows(s, i)) return undefined;
  return validDay(year, month, day);
}

/** 1899-12-30: Excel's day 0 once its fictitious 29 February 1900 is allowed for. */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);

/**
 * An Excel 1900-system serial number as a day. Serials from 61 (1 March 1900) on count the
 * 29 February 1900 that Excel wrongly believes in, hence the epoch of 30 December 1899; below 60
 * the epoch is a day later; 60 itself is that day that never was.
 * A fraction is a time of day and is dropped.
 */
export function excelSerialToDay(serial: number): DayNumber | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  return whole < 60 ? EXCEL_EPOCH + whole + 1 : EXCEL_EPOCH + whole;
}

/** Excel serial written as text ("44652" or "44652.5"), or undefined. */
export function parseExcelSerial(s: string): DayNumber | undefined {
  if (s.length === 0 || s.length > 12) return undefined;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) return undefined;
  }
  if (dots > 1) return undefined;
  return excelSerialToDay(Number(s));
}

export type DateFormat = 'iso' | 'dd/mm/yyyy' | 'excel-serial' | 'auto';

/** Picks the parser once per column, so the per-cell cost is one call. */
export function dateParserFor(format: DateFormat): (s: string) => DayNumber | undefined {
  switch (format) {
    case 'iso':
      return parseIsoDate;
    case 'dd/mm/yyyy':
      return parseUkDate;
    case 'excel-serial':
      return parseExcelSerial;
    case 'auto':
      return parseAutoDate;
  }
}

/** ISO, or UK day-first, or an Excel serial: the three a partner's export may hold. Never US month-first. */
export function parseAutoDate(s: string): DayNumber | undefined {
  if (s.length >= 10 && s.charCodeAt(4) === 45) return parseIsoDate(s);
  const uk = parseUkDate(s);
  if (uk !== undefined) return uk;
  return parseExcelSerial(s);
}

export const DATE_FORMAT_WORDS: Record<DateFormat, string> = {
  iso: 'YYYY-MM-DD, such as 2022-04-03',
  'dd/mm/yyyy': 'day/month/year, such as 03/04/2022 for 3 April 2022',
  'excel-serial': 'an Excel date number, such as 44652 for 1 April 2022',
  auto: 'YYYY-MM-DD or day/month/year (such as 03/04/2022 for 3 April 2022)',
};
