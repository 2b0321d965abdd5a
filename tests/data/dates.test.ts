import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDay,
  dayNumber,
  excelSerialToDay,
  formatDay,
  parseAutoDate,
  parseExcelSerial,
  parseIsoDate,
  parseUkDate,
  weekdayOf,
} from '../../src/data/dates.js';

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 2)).toBe(1);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    // 2000-03-01: 30 years of 365 days + 7 leap days (72,76,80,84,88,92,96) + 31 + 29
    expect(dayNumber(2000, 3, 1)).toBe(30 * 365 + 7 + 31 + 29);
  });

  it('round-trips through civil dates and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (day) => {
        const { year, month, day: d } = civilFromDay(day);
        expect(dayNumber(year, month, d)).toBe(day);
        expect(Date.UTC(year, month - 1, d) / 86400000).toBe(day);
      }),
    );
  });

  it('knows the weekday', () => {
    expect(weekdayOf(dayNumber(2022, 4, 15))).toBe(5); // Good Friday 2022
    expect(weekdayOf(dayNumber(2022, 6, 5))).toBe(0);
  });

  it('formats as YYYY-MM-DD', () => {
    expect(formatDay(dayNumber(2022, 4, 3))).toBe('2022-04-03');
    expect(formatDay(dayNumber(2021, 12, 31))).toBe('2021-12-31');
  });
});

describe('parsing dates', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(parseIsoDate('2022-04-03')).toBe(dayNumber(2022, 4, 3));
    expect(parseIsoDate('2022-04-03T10:15:00Z')).toBe(dayNumber(2022, 4, 3));
    expect(parseIsoDate('2022-04-03 10:15')).toBe(dayNumber(2022, 4, 3));
    expect(parseIsoDate('2024-02-29')).toBe(dayNumber(2024, 2, 29));
  });

  it('refuses dates that do not exist or are not ISO', () => {
    for (const bad of ['2023-02-29', '2022-13-01', '2022-04-31', '2022-4-3', '2022/04/03', '2022-04-03x', '', 'soon']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('reads UK dates day first, never month first', () => {
    expect(parseUkDate('03/04/2022')).toBe(dayNumber(2022, 4, 3));
    expect(parseUkDate('3/4/2022')).toBe(dayNumber(2022, 4, 3));
    expect(parseUkDate('03-04-2022')).toBe(dayNumber(2022, 4, 3));
    expect(parseUkDate('03.04.2022')).toBe(dayNumber(2022, 4, 3));
    expect(parseUkDate('31/12/2022 00:00')).toBe(dayNumber(2022, 12, 31));
    // 12/31/2022 is US month-first: there is no month 31
    expect(parseUkDate('12/31/2022')).toBeUndefined();
    expect(parseUkDate('29/02/2023')).toBeUndefined();
    expect(parseUkDate('29/02/2024')).toBe(dayNumber(2024, 2, 29));
    expect(parseUkDate('03/04/22')).toBeUndefined();
    expect(parseUkDate('03/04-2022')).toBeUndefined();
    expect(parseUkDate('003/04/2022')).toBeUndefined();
  });

  it('reads Excel serial numbers in the 1900 system', () => {
    expect(excelSerialToDay(44652)).toBe(dayNumber(2022, 4, 1));
    expect(excelSerialToDay(44652.75)).toBe(dayNumber(2022, 4, 1));
    expect(excelSerialToDay(1)).toBe(dayNumber(1900, 1, 1));
    expect(excelSerialToDay(59)).toBe(dayNumber(1900, 2, 28));
    // 60 is Excel's 29 February 1900, which never was
    expect(excelSerialToDay(60)).toBeUndefined();
    expect(excelSerialToDay(61)).toBe(dayNumber(1900, 3, 1));
    expect(excelSerialToDay(0)).toBeUndefined();
    expect(parseExcelSerial('44652')).toBe(dayNumber(2022, 4, 1));
    expect(parseExcelSerial('4465x')).toBeUndefined();
  });

  it('auto reads ISO, UK and serials', () => {
    expect(parseAutoDate('2022-04-03')).toBe(dayNumber(2022, 4, 3));
    expect(parseAutoDate('03/04/2022')).toBe(dayNumber(2022, 4, 3));
    expect(parseAutoDate('44652')).toBe(dayNumber(2022, 4, 1));
    expect(parseAutoDate('April 3rd')).toBeUndefined();
  });
});

describe('ten-character ISO dates (the fast path)', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('agrees with Date.UTC for every real date from 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9999, 12, 31) }), (day) => {
        const { year, month, day: d } = civilFromDay(day);
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
        expect(parseIsoDate(text)).toBe(Date.UTC(year, month - 1, d) / 86400000);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses days that do not exist and characters that are not digits', () => {
    for (const bad of ['2022-02-29', '2100-02-29', '2023-04-31', '2022-13-01', '2022-00-10', '2022-01-00', '0999-01-01', '2022-0a-01', '2022-01-1 ', '2022/01/01', '20x2-01-01', '2022-01-3:', '2022-1/-01']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    expect(parseIsoDate('2000-02-29')).toBe(dayNumber(2000, 2, 29));
    expect(parseIsoDate('2024-02-29')).toBe(dayNumber(2024, 2, 29));
    expect(parseIsoDate('1899-12-31')).toBe(dayNumber(1899, 12, 31));
    expect(parseIsoDate('2201-01-01')).toBe(dayNumber(2201, 1, 1));
  });
});
