import { describe, expect, it } from 'vitest';
import {
  fftPositive,
  fftPositiveShare,
  prisma7AtRisk,
  prisma7Score,
  swemwbsComplete,
  swemwbsItemPoints,
  swemwbsMetric,
  swemwbsRaw,
  swemwbsRawOfTotal,
} from '../../src/data/instruments.js';

describe('SWEMWBS', () => {
  it('is complete only with seven answers from 1 to 5', () => {
    expect(swemwbsComplete([1, 2, 3, 4, 5, 1, 2])).toBe(true);
    expect(swemwbsComplete([1, 2, 3, 4, 5, 1, null])).toBe(false);
    expect(swemwbsComplete([1, 2, 3, 4, 5, 1, 6])).toBe(false);
    expect(swemwbsComplete([1, 2, 3, 4, 5, 1, 0])).toBe(false);
    expect(swemwbsComplete([1, 2, 3, 4, 5, 1, 2.5])).toBe(false);
    expect(swemwbsComplete([1, 2, 3, 4, 5, 1])).toBe(false);
  });

  it('sums the raw score', () => {
    expect(swemwbsRaw([1, 2, 3, 4, 5, 1, 2])).toBe(18);
    expect(swemwbsRaw([5, 5, 5, 5, 5, 5, 5])).toBe(35);
    expect(swemwbsRaw([3, 3, null, 3, 3, 3, 3])).toBeNull();
  });

  it('converts by the Warwick table', () => {
    expect(swemwbsMetric(7)).toBe(7.0);
    expect(swemwbsMetric(8)).toBe(9.51);
    expect(swemwbsMetric(18)).toBe(17.43);
    expect(swemwbsMetric(21)).toBe(19.25);
    expect(swemwbsMetric(28)).toBe(25.03);
    expect(swemwbsMetric(34)).toBe(32.55);
    expect(swemwbsMetric(35)).toBe(35.0);
    expect(swemwbsMetric(6)).toBeNull();
    expect(swemwbsMetric(36)).toBeNull();
    expect(swemwbsMetric(null)).toBeNull();
  });

  it('scores from whole-number totals: any item not answered puts the total beyond a complete scale', () => {
    expect([1, 3, 5].map(swemwbsItemPoints)).toEqual([1, 3, 5]);
    for (const notAnswered of [0, 6, 2.5, -1, null, undefined, Number.NaN]) expect(swemwbsRawOfTotal(swemwbsItemPoints(notAnswered) + 6)).toBeNull();
    const total = (items: (number | null)[]) => items.reduce<number>((sum, item) => sum + swemwbsItemPoints(item), 0);
    expect(swemwbsRawOfTotal(total([1, 2, 3, 4, 5, 1, 2]))).toBe(18);
    expect(swemwbsRawOfTotal(total([5, 5, 5, 5, 5, 5, 5]))).toBe(35);
    expect(swemwbsRawOfTotal(total([1, 1, 1, 1, 1, 1, 1]))).toBe(7);
    // six answers of 1 and one missing must not pass for a total of 7 to 35
    expect(swemwbsRawOfTotal(total([1, 1, 1, 1, 1, 1, null]))).toBeNull();
    expect(swemwbsRawOfTotal(total([5, 5, 5, 5, 5, 5, null]))).toBeNull();
  });

  it('treats a missing item of a short or sparse list as not answered', () => {
    expect(swemwbsRaw([3, 3, 3, 3, 3, 3, undefined])).toBeNull();
    expect(swemwbsComplete(new Array<number>(7))).toBe(false);
  });

  it('rises with the raw score', () => {
    for (let raw = 8; raw <= 35; raw++) expect(swemwbsMetric(raw)!).toBeGreaterThan(swemwbsMetric(raw - 1)!);
  });
});

describe('Friends and Family Test', () => {
  it('counts the top two answers of either scale as positive', () => {
    for (const yes of ['very_good', 'good', 'extremely_likely', 'likely']) expect(fftPositive(yes)).toBe(true);
    for (const no of ['neither', 'poor', 'very_poor', 'dont_know', 'neither_likely_nor_unlikely', 'unlikely', 'extremely_unlikely']) {
      expect(fftPositive(no)).toBe(false);
    }
  });

  it("divides by all answers, don't know included", () => {
    // 3 positive of 5 answers
    expect(fftPositiveShare(['very_good', 'likely', 'good', 'dont_know', 'poor'])).toBeCloseTo(0.6, 10);
    expect(fftPositiveShare([])).toBeNull();
  });
});

describe('PRISMA-7', () => {
  it('scores yes to 1–5 and 7, and no to 6', () => {
    expect(prisma7Score(['no', 'no', 'no', 'no', 'no', 'yes', 'no'])).toBe(0);
    expect(prisma7Score(['no', 'no', 'no', 'no', 'no', 'no', 'no'])).toBe(1);
    expect(prisma7Score(['yes', 'yes', 'yes', 'yes', 'yes', 'no', 'yes'])).toBe(7);
    expect(prisma7Score([true, false, true, false, false, true, false])).toBe(2);
    expect(prisma7Score(['yes', 'no', 'no', 'no', 'no', 'no', 'yes'])).toBe(3);
    expect(prisma7Score(['yes', 'no', null, 'no', 'no', 'no', 'yes'])).toBeNull();
  });

  it('flags frailty risk from 3', () => {
    expect(prisma7AtRisk(2)).toBe(false);
    expect(prisma7AtRisk(3)).toBe(true);
    expect(prisma7AtRisk(null)).toBe(false);
  });
});
