import { describe, expect, it } from 'vitest';
import { computePayments, paidOn, type QuarterPayment } from '../../src/pay/payment.js';
import { UnusableInputError } from '../../src/diagnostics.js';
import { PERIODS, SEVEN, peerSupportSpec, reportWith } from './fixtures.js';

// Every case below is the real spec's terms: £24,000 a year per area, paid as £6,000 a quarter;
// 20% (£1,200 = 120,000p) at risk; £600 (60,000p) on sign-ups against the pro-rated 8.75 a quarter,
// capped at 100%; £600 shared equally among seven targets.

function quarterOf(payments: ReturnType<typeof computePayments>, area: string, period: string): QuarterPayment {
  const q = payments.quarters.find((x) => x.area === area && x.period === period);
  if (!q) throw new Error(`no ${area} ${period}`);
  return q;
}

describe('computePayments, quarters worked by hand', () => {
  it('pays £6,000 for a quarter with every target met, a month in arrears', () => {
    const q = quarterOf(computePayments(peerSupportSpec(), reportWith()), 'Dover', '2022/23 Q1');
    expect(q.basePence).toBe(600_000);
    expect(q.atRiskPence).toBe(120_000);
    expect(q.elements.map((e) => [e.element, e.amountPence, e.earnedPence])).toEqual([
      ['sign-ups', 60_000, 60_000],
      ['targets-met', 60_000, 60_000],
    ]);
    expect(q.deductionPence).toBe(0);
    expect(q.paidPence).toBe(600_000);
    // April to June 2022, paid on the last day of the month after: 31 July 2022
    expect(q.paidOn).toBe('2022-07-31');
  });

  it('earns the sign-ups half in proportion: 4 of 8.75 earns £274.29', () => {
    // 60,000p × 4 / 8.75 = 60,000 × 16/35 = 960,000/35 = 27,428.571…p, nearest penny 27,429p (£274.29).
    // Deduction 60,000 − 27,429 = 32,571p (£325.71); paid 600,000 − 32,571 = 567,429p (£5,674.29).
    const q = quarterOf(computePayments(peerSupportSpec(), reportWith({ 'Dover 2022/23 Q2': { signUps: 4 } })), 'Dover', '2022/23 Q2');
    const signUps = q.elements[0];
    expect(signUps.earnedPence).toBe(27_429);
    expect(signUps.parts[0]).toMatchObject({ target: 'sign-ups', value: 4, threshold: 8.75, status: 'not_met' });
    expect(signUps.parts[0].reason).toContain('45.71%');
    expect(q.deductionPence).toBe(32_571);
    expect(q.paidPence).toBe(567_429);
    // Folkestone met its sign-ups that quarter and is paid in full
    expect(quarterOf(computePayments(peerSupportSpec(), reportWith({ 'Dover 2022/23 Q2': { signUps: 4 } })), 'Folkestone', '2022/23 Q2').paidPence).toBe(600_000);
  });

  it('caps sign-ups above target at 100%: 20 of 8.75 earns £600, not more', () => {
    const q = quarterOf(computePayments(peerSupportSpec(), reportWith({ '* 2022/23 Q1': { signUps: 20 } })), 'Dover', '2022/23 Q1');
    expect(q.elements[0].earnedPence).toBe(60_000);
    expect(q.elements[0].parts[0].reason).toContain('capped at 100%');
    expect(q.paidPence).toBe(600_000);
  });

  it('deducts 3/7 of £600 when three targets are missed, whichever three', () => {
    // 4 of 7 met: 60,000 × 4/7 = 34,285.714…p → 34,286p earned; deduction 60,000 − 34,286 = 25,714p (£257.14).
    // Paid 600,000 − 25,714 = 574,286p (£5,742.86).
    const first = reportWith({ 'Dover 2022/23 Q3': { notMet: SEVEN.slice(0, 3) } });
    const last = reportWith({ 'Dover 2022/23 Q3': { notMet: SEVEN.slice(4) } });
    for (const report of [first, last]) {
      const q = quarterOf(computePayments(peerSupportSpec(), report), 'Dover', '2022/23 Q3');
      const element = q.elements[1];
      expect(element.earnedPence).toBe(34_286);
      expect(q.deductionPence).toBe(25_714);
      expect(q.paidPence).toBe(574_286);
      // the four met shares add up to what the element earned: 8,572 + 8,571 + 8,572 + 8,571
      expect(element.parts.filter((p) => p.status === 'met').map((p) => p.earnedPence)).toEqual([8_572, 8_571, 8_572, 8_571]);
      expect(element.parts.filter((p) => p.status === 'not_met').every((p) => p.earnedPence === 0 && p.reason.startsWith('not met'))).toBe(true);
    }
  });

  it('never deducts more than the amount at risk', () => {
    // Nothing earned at all: the shortfall is exactly the £1,200 at risk, deducted in full.
    const nothing = quarterOf(computePayments(peerSupportSpec(), reportWith({ 'Dover 2022/23 Q1': { signUps: 0, notMet: SEVEN } })), 'Dover', '2022/23 Q1');
    expect(nothing.deductionPence).toBe(120_000);
    expect(nothing.deductionCapped).toBe(false);
    expect(nothing.paidPence).toBe(480_000);
    // Terms whose elements govern 120% of the amount at risk (60% + 60%): the elements are
    // 72,000p each, the shortfall 144,000p would exceed the 120,000p at risk; the deduction is capped.
    const spec = peerSupportSpec();
    spec.payment!.elements = spec.payment!.elements!.map((e) => ({ ...e, share_percent: 60 }));
    const capped = quarterOf(computePayments(spec, reportWith({ 'Dover 2022/23 Q1': { signUps: 0, notMet: SEVEN } })), 'Dover', '2022/23 Q1');
    expect(capped.elements.map((e) => e.amountPence)).toEqual([72_000, 72_000]);
    expect(capped.shortfallPence).toBe(144_000);
    expect(capped.deductionPence).toBe(120_000);
    expect(capped.deductionCapped).toBe(true);
    expect(capped.paidPence).toBe(480_000);
  });

  it('pays and flags a target with no data', () => {
    const q = quarterOf(computePayments(peerSupportSpec(), reportWith({ 'Folkestone 2022/23 Q1': { noData: ['recommend-to-friends-family'] } })), 'Folkestone', '2022/23 Q1');
    expect(q.paidPence).toBe(600_000);
    const part = q.elements[1].parts.find((p) => p.target === 'recommend-to-friends-family')!;
    expect(part.flagged).toBe(true);
    expect(part.earnedPence).toBeGreaterThan(0);
    expect(q.flags.join(' ')).toMatch(/recommend-to-friends-family had no data for Folkestone in 2022\/23 Q1/);
    // with no_data: not_earned the same quarter loses that share: 60,000 × 6/7 = 51,428.57 → 51,429; deduction 8,571
    const strict = peerSupportSpec();
    strict.payment!.elements![1].no_data = 'not_earned';
    const q2 = quarterOf(computePayments(strict, reportWith({ 'Folkestone 2022/23 Q1': { noData: ['recommend-to-friends-family'] } })), 'Folkestone', '2022/23 Q1');
    expect(q2.deductionPence).toBe(8_571);
  });
});

describe('year-end reconciliation', () => {
  it('repays a missed quarter with the payment after Q4 when the year\'s figures meet every target', () => {
    // 2022/23 Q2 misses three targets (25,714p deducted); the year's figures meet all seven.
    const payments = computePayments(peerSupportSpec(), reportWith({ 'Dover 2022/23 Q2': { notMet: SEVEN.slice(0, 3) } }));
    const year = payments.years.find((y) => y.area === 'Dover' && y.financialYear === '2022/23')!;
    expect(year.deductionsPence).toBe(25_714);
    expect(year.reconciliation.status).toBe('repaid');
    expect(year.reconciliation.repaymentPence).toBe(25_714);
    expect(year.reconciliation.paidOn).toBe('2023-04-30');
    const q4 = quarterOf(payments, 'Dover', '2022/23 Q4');
    expect(q4.repaymentPence).toBe(25_714);
    expect(q4.paidPence).toBe(625_714);
    expect(year.paidPence).toBe(2_400_000);
  });

  it('keeps the deductions when a target is missed on the year\'s figures', () => {
    const payments = computePayments(
      peerSupportSpec(),
      reportWith({ 'Dover 2022/23 Q2': { notMet: SEVEN.slice(0, 3) }, 'Dover 2022/23': { notMet: ['mecc-advice'] } }),
    );
    const year = payments.years.find((y) => y.area === 'Dover' && y.financialYear === '2022/23')!;
    expect(year.reconciliation.status).toBe('not_earned');
    expect(year.reconciliation.reason).toContain('mecc-advice');
    expect(year.reconciliation.targets.find((t) => t.target === 'mecc-advice')!.status).toBe('not_met');
    expect(year.paidPence).toBe(2_400_000 - 25_714);
    expect(quarterOf(payments, 'Dover', '2022/23 Q4').paidPence).toBe(600_000);
  });

  it('pays the half year 2021/22 as two quarters and reconciles it after its Q4', () => {
    // 2021/22 runs October 2021 to March 2022: two quarters of £6,000, £12,000 for the year.
    // Q3 has 5 sign-ups of 8.75: 60,000 × 5/8.75 = 34,285.71 → 34,286p earned, 25,714p deducted.
    // The year's 14 sign-ups are below its 17.5, but sign-ups are not a reconciliation target;
    // the seven are met on the year's figures, so the 25,714p is repaid after Q4 (paid 30 April 2022).
    const payments = computePayments(peerSupportSpec(), reportWith({ 'Dover 2021/22 Q3': { signUps: 5 }, 'Dover 2021/22': { signUps: 14 } }));
    const dover = payments.quarters.filter((q) => q.area === 'Dover' && q.financialYear === '2021/22');
    expect(dover.map((q) => q.period)).toEqual(['2021/22 Q3', '2021/22 Q4']);
    expect(dover.map((q) => q.basePence)).toEqual([600_000, 600_000]);
    expect(dover.map((q) => q.deductionPence)).toEqual([25_714, 0]);
    expect(dover.map((q) => q.paidOn)).toEqual(['2022-01-31', '2022-04-30']);
    const year = payments.years.find((y) => y.area === 'Dover' && y.financialYear === '2021/22')!;
    expect(year.quarters).toEqual(['2021/22 Q3', '2021/22 Q4']);
    expect(year.basePence).toBe(1_200_000);
    expect(year.reconciliation.status).toBe('repaid');
    expect(year.paidPence).toBe(1_200_000);
    const totals = payments.totals.find((t) => t.area === 'Dover')!;
    expect(totals.basePence).toBe(3_600_000);
    expect(totals.paidPence).toBe(3_600_000);
  });

  it('waits for Q4 before reconciling a year', () => {
    const periods = PERIODS.filter((p) => p.label !== '2022/23 Q4');
    const payments = computePayments(peerSupportSpec(), reportWith({ 'Dover 2022/23 Q1': { notMet: ['two-swemwbs'] } }, periods));
    const year = payments.years.find((y) => y.area === 'Dover' && y.financialYear === '2022/23')!;
    expect(year.reconciliation.status).toBe('pending');
    expect(year.reconciliation.repaymentPence).toBe(0);
  });
});

describe('computePayments, money and terms', () => {
  it('splits an annual amount that does not divide by four so the quarters add up to the year', () => {
    // £10,000.03 = 1,000,003p: cumulative quarters round(250,000.75) = 250,001, round(500,001.5) = 500,002,
    // round(750,002.25) = 750,002, 1,000,003 → parts 250,001 + 250,001 + 250,000 + 250,001.
    const spec = peerSupportSpec();
    spec.funding!.per_area_per_year = { Dover: 10_000.03 };
    const payments = computePayments(spec, reportWith());
    const year = payments.quarters.filter((q) => q.financialYear === '2022/23').map((q) => q.basePence);
    expect(year).toEqual([250_001, 250_001, 250_000, 250_001]);
    expect(payments.areas).toEqual(['Dover']);
  });

  it('refuses a spec without payment terms as unusable input', () => {
    const spec = peerSupportSpec();
    delete spec.payment;
    expect(() => computePayments(spec, reportWith())).toThrow(UnusableInputError);
  });

  it('warns when the terms name a target the report does not have', () => {
    const spec = peerSupportSpec();
    spec.payment!.elements![1].targets = ['contact-attempt-2wd', 'no-such-target'];
    const payments = computePayments(spec, reportWith());
    expect(payments.diagnostics.map((d) => d.code)).toContain('pay-unknown-target');
    expect(quarterOf(payments, 'Dover', '2022/23 Q1').flags.join(' ')).toContain('no-such-target has no result');
  });

  it('dates payments in arrears across a year end and a leap February', () => {
    expect(paidOn('2023-12-31', 1)).toBe('2024-01-31');
    expect(paidOn('2023-12-31', 2)).toBe('2024-02-29');
    expect(paidOn('2022-09-30', 0)).toBe('2022-09-30');
  });
});
