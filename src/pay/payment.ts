/**
 * Payment by results: what each area's quarterly payment comes to, given a check report.
 *
 * Pure: a merged spec and a CheckReport in, a PaymentReport out; nothing is read or printed here.
 * All amounts are whole pence; money.ts holds the one rounding rule. The reading of the payment
 * terms is the spec's own (`payment.reading`); docs/payment.md explains it with a worked quarter.
 */
import { civilFromDay, formatDay, parseIsoDate } from '../data/dates.js';
import { lastDayOfMonthAfter } from './calendar.js';
import { diagnostic, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import type { CheckReport, Period, Status, TargetResult } from '../evaluate/result.js';
import type { PaymentElement, ServiceSpec } from '../spec/types.generated.js';
import { allocate, divide, formatPounds, fractionOf, lessThan, penceTimes, poundsToPence, type Fraction } from './money.js';

/** How one target stood in one period, and what it earned (or, at year end, whether it counts as met). */
export interface PaymentPart {
  target: string;
  /** the period label the figures are for, "2022/23 Q1" or "2022/23" */
  period: string;
  /** as in the check report: a share (0.9512) or a count; null when there was no data */
  value: number | null;
  threshold: number | null;
  /** share or count, from the check report; how the value and threshold are printed */
  kind?: 'share' | 'count';
  /** 'missing' when the check report has no result for this target, period and area */
  status: Status | 'missing';
  earnedPence: number;
  /** no data (or no result) was treated as earned: a person should look at it */
  flagged: boolean;
  /** the reason in plain words: "4 sign-ups of a pro-rated 8.75: 45.71% of its share" */
  reason: string;
}

export interface ElementPayment {
  element: string;
  earnedBy: PaymentElement['earned_by'];
  sharePercent: number;
  /** this element's part of the amount at risk */
  amountPence: number;
  earnedPence: number;
  parts: PaymentPart[];
}

export interface QuarterPayment {
  area: string;
  period: string;
  financialYear: string;
  start: string;
  end: string;
  /** the area's annual funding for this quarter's months, before anything is at risk */
  basePence: number;
  atRiskPence: number;
  elements: ElementPayment[];
  /** what the elements did not earn, before the cap */
  shortfallPence: number;
  /** the shortfall, never more than the amount at risk (deduction_cap: at_risk) */
  deductionPence: number;
  deductionCapped: boolean;
  /** the year's deductions repaid with this payment (the payment after Q4 only) */
  repaymentPence: number;
  /** base − deduction + repayment */
  paidPence: number;
  /** YYYY-MM-DD: the last day of the month `paid_months_in_arrears` after the quarter ends */
  paidOn: string;
  /** sentences for a person to check: targets with no data that were paid, missing results */
  flags: string[];
}

export type ReconciliationStatus = 'repaid' | 'not_earned' | 'nothing_to_repay' | 'pending' | 'not_in_terms';

export interface YearPayment {
  area: string;
  financialYear: string;
  /** the quarters of this year in the report */
  quarters: string[];
  basePence: number;
  deductionsPence: number;
  reconciliation: {
    status: ReconciliationStatus;
    /** the year's figures for each target the reconciliation names */
    targets: PaymentPart[];
    repaymentPence: number;
    /** when the repayment is paid: with the payment after Q4 */
    paidOn?: string;
    reason: string;
  };
  /** everything paid for this year, the repayment included */
  paidPence: number;
}

export interface PaymentReport {
  spec: { id: string; version: string; title?: string };
  /** the spec's own reading of its payment terms */
  reading?: string;
  /** how servicespec applied them where the spec says nothing: dates and rounding */
  assumptions: string[];
  areas: string[];
  quarters: QuarterPayment[];
  years: YearPayment[];
  totals: { area: string; basePence: number; deductionsPence: number; repaidPence: number; paidPence: number }[];
  diagnostics: Diagnostic[];
}

export const PAYMENT_ASSUMPTIONS = {
  paidOn: (months: number) =>
    months === 0
      ? 'A quarter is paid on the last day of the quarter.'
      : `"Paid ${months === 1 ? 'a month' : `${months} months`} in arrears" is read as: a quarter's payment is made on the last day of the ${months === 1 ? 'month' : `${ordinal(months)} month`} after the quarter ends (2022/23 Q1, April to June 2022, is paid on 2022-07-31).`,
  rounding:
    'Amounts are whole pence, worked as exact fractions and rounded once to the nearest penny (halves up); where an amount is split (a year into quarters, the amount at risk into its elements, an element among its targets) the parts are rounded so they add up to the whole exactly.',
  base: "Each area's annual funding is paid in equal parts per month of the financial year inside the contract: £24,000 a year is £6,000 a quarter.",
  noDataAtYearEnd:
    "At year end a target with no data for the year counts as met when its payment element earns no-data shares (no_data: earned_and_flagged), and is flagged; otherwise it counts as not met.",
};

function ordinal(n: number): string {
  return n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}

export function computePayments(spec: ServiceSpec, report: CheckReport): PaymentReport {
  const terms = spec.payment;
  const funding = spec.funding?.per_area_per_year;
  if (!terms || !funding || Object.keys(funding).length === 0) {
    throw new UnusableInputError([
      diagnostic(
        'pay-no-terms',
        `The spec ${spec.id} has no ${!terms ? 'payment terms (payment:)' : 'funding per area per year (funding.per_area_per_year)'}, so there is nothing to pay; add them to the spec.`,
      ),
    ]);
  }
  const diagnostics: Diagnostic[] = [];
  const arrears = terms.paid_months_in_arrears ?? 1;
  const atRiskPercent = fractionOf((terms.at_risk_percent ?? 0) / 100);
  const elements = terms.elements ?? [];
  const elementAreaShares = elements.map((e) => e.share_percent);
  const fyStartMonth = Number((spec.contract?.financial_year_start ?? '04-01').slice(0, 2));
  const results = indexResults(report.results);
  const knownTargets = new Set(report.targets.map((t) => t.id));
  const kinds: TargetKinds = new Map(report.targets.map((t) => [t.id, t.kind]));
  for (const id of new Set([...elements.flatMap((e) => e.targets), ...(terms.year_end_reconciliation?.repay_deductions_when_all_met ?? [])])) {
    if (!knownTargets.has(id)) {
      diagnostics.push(
        diagnostic('pay-unknown-target', `The payment terms name the target ${id}, which the check report does not have; its share is treated as having no data. Correct the target id in the spec's payment terms.`, undefined, { severity: 'warning', targets: [id] }),
      );
    }
  }
  const quarterPeriods = report.periods.filter((p) => p.kind === 'quarter');
  const areas = Object.keys(funding);
  const quarters: QuarterPayment[] = [];
  for (const area of areas) {
    const annualPence = poundsToPence(funding[area]);
    for (const period of quarterPeriods) {
      const basePence = quarterBase(annualPence, period, fyStartMonth);
      const atRiskPence = penceTimes(basePence, atRiskPercent);
      const elementAmounts = allocate(atRiskPence, elementAreaShares, 100);
      const flags: string[] = [];
      const elementPayments = elements.map((element, i) =>
        payElement(element, elementAmounts[i], (target) => results.get(resultKey(target, period.label, area)) ?? results.get(resultKey(target, period.label, '')), period.label, flags, area, kinds),
      );
      const shortfallPence = elementPayments.reduce((sum, e) => sum + e.amountPence - e.earnedPence, 0);
      const capped = terms.deduction_cap === undefined || terms.deduction_cap === 'at_risk';
      const deductionPence = Math.max(0, capped ? Math.min(shortfallPence, atRiskPence) : shortfallPence);
      quarters.push({
        area,
        period: period.label,
        financialYear: period.financialYear,
        start: period.start,
        end: period.end,
        basePence,
        atRiskPence,
        elements: elementPayments,
        shortfallPence,
        deductionPence,
        deductionCapped: deductionPence < shortfallPence,
        repaymentPence: 0,
        paidPence: basePence - deductionPence,
        paidOn: paidOn(period.end, arrears),
        flags,
      });
    }
  }
  const years = reconcileYears(spec, report, quarters, results, areas, kinds);
  const totals = areas.map((area) => {
    const own = quarters.filter((q) => q.area === area);
    return {
      area,
      basePence: sum(own.map((q) => q.basePence)),
      deductionsPence: sum(own.map((q) => q.deductionPence)),
      repaidPence: sum(own.map((q) => q.repaymentPence)),
      paidPence: sum(own.map((q) => q.paidPence)),
    };
  });
  return {
    spec: report.spec,
    reading: terms.reading,
    assumptions: [PAYMENT_ASSUMPTIONS.base, PAYMENT_ASSUMPTIONS.paidOn(arrears), PAYMENT_ASSUMPTIONS.rounding, PAYMENT_ASSUMPTIONS.noDataAtYearEnd],
    areas,
    quarters,
    years,
    totals,
    diagnostics,
  };
}

function payElement(
  element: PaymentElement,
  amountPence: number,
  resultFor: (target: string) => TargetResult | undefined,
  periodLabel: string,
  flags: string[],
  area: string,
  kinds: TargetKinds,
): ElementPayment {
  const paysNoData = (element.no_data ?? 'earned_and_flagged') === 'earned_and_flagged';
  const base = { element: element.id, earnedBy: element.earned_by, sharePercent: element.share_percent, amountPence };
  if (element.earned_by === 'proportion_of_count_target') {
    const cap = fractionOf((element.cap_percent ?? 100) / 100);
    const targetAmounts = allocate(amountPence, element.targets.map(() => 1));
    const parts = element.targets.map((target, i): PaymentPart => {
      const result = resultFor(target);
      const judged = judge(result, target, periodLabel, kinds);
      if (!result || result.value === null || result.status === 'no_data' || result.status === 'monitored') {
        const earnedPence = paysNoData ? targetAmounts[i] : 0;
        flags.push(noDataFlag(target, periodLabel, area, result, paysNoData));
        return { ...judged, earnedPence, flagged: paysNoData, reason: paysNoData ? 'no data: earned in full and flagged' : 'no data: not earned' };
      }
      const count = result.value;
      const threshold = result.threshold ?? 0;
      const ratio = threshold > 0 ? divide(fractionOf(count), fractionOf(threshold)) : cap;
      const isCapped = lessThan(cap, ratio);
      const used = isCapped ? cap : ratio;
      const earnedPence = penceTimes(targetAmounts[i], used);
      const reason =
        threshold > 0
          ? `${formatCount(count)} against a pro-rated ${formatCount(threshold)}: ${percentText(used)} of ${formatPounds(targetAmounts[i])}${isCapped ? ` (capped at ${formatCount(element.cap_percent ?? 100)}%)` : ''}`
          : `no count was due this period: earned at the cap`;
      return { ...judged, earnedPence, flagged: false, reason };
    });
    return { ...base, earnedPence: sum(parts.map((p) => p.earnedPence)), parts };
  }
  // equal_shares_of_targets_met: the element's earnings depend on how many targets earned, never
  // on which, so two quarters with three targets missed always deduct the same.
  const judged = element.targets.map((target) => {
    const result = resultFor(target);
    const part = judge(result, target, periodLabel, kinds);
    const noData = !result || result.status === 'no_data' || result.status === 'monitored';
    if (noData) flags.push(noDataFlag(target, periodLabel, area, result, paysNoData));
    const earns = result?.status === 'met' || (noData && paysNoData);
    return { part, earns, noData };
  });
  const earningCount = judged.filter((j) => j.earns).length;
  const earnedPence = penceTimes(amountPence, { n: BigInt(earningCount), d: BigInt(element.targets.length) });
  const shares = allocate(earnedPence, judged.map((j) => (j.earns ? 1 : 0)));
  const shareText = `1/${element.targets.length} of ${formatPounds(amountPence)}`;
  const parts = judged.map(({ part, earns, noData }, i): PaymentPart => ({
    ...part,
    earnedPence: shares[i],
    flagged: noData && paysNoData,
    reason: noData
      ? paysNoData
        ? `no data: its share (${shareText}) is earned and flagged`
        : `no data: its share (${shareText}) is not earned`
      : earns
        ? `met: its share (${shareText}) is earned`
        : `not met: its share (${shareText}) is not earned`,
  }));
  return { ...base, earnedPence, parts };
}

type TargetKinds = ReadonlyMap<string, 'share' | 'count'>;

function judge(result: TargetResult | undefined, target: string, period: string, kinds: TargetKinds): Omit<PaymentPart, 'earnedPence' | 'flagged' | 'reason'> {
  return { target, period, kind: kinds.get(target), value: result?.value ?? null, threshold: result?.threshold ?? null, status: result ? result.status : 'missing' };
}

function noDataFlag(target: string, period: string, area: string, result: TargetResult | undefined, paid: boolean): string {
  const why = result ? 'had no data' : 'has no result in the check report';
  return `${target} ${why} for ${area} in ${period}: its share was ${paid ? 'paid' : 'not paid'}; check whether the data is complete.`;
}

function reconcileYears(spec: ServiceSpec, report: CheckReport, quarters: QuarterPayment[], results: Map<string, TargetResult>, areas: string[], kinds: TargetKinds): YearPayment[] {
  const terms = spec.payment!;
  const repayTargets = terms.year_end_reconciliation?.repay_deductions_when_all_met ?? [];
  const paysNoData = (target: string) => {
    const element = (terms.elements ?? []).find((e) => e.targets.includes(target));
    return (element?.no_data ?? 'earned_and_flagged') === 'earned_and_flagged';
  };
  const years: YearPayment[] = [];
  for (const area of areas) {
    for (const year of report.periods.filter((p) => p.kind === 'year')) {
      const own = quarters.filter((q) => q.area === area && q.financialYear === year.financialYear);
      if (own.length === 0) continue;
      const deductionsPence = sum(own.map((q) => q.deductionPence));
      const lastQuarter = own.find((q) => q.end === year.end);
      const missed: string[] = [];
      const targets = repayTargets.map((target): PaymentPart => {
        const result = results.get(resultKey(target, year.label, area)) ?? results.get(resultKey(target, year.label, ''));
        const part = judge(result, target, year.label, kinds);
        const noData = !result || result.status === 'no_data' || result.status === 'monitored';
        const counts = result?.status === 'met' || (noData && paysNoData(target));
        if (!counts) missed.push(target);
        return {
          ...part,
          earnedPence: 0,
          flagged: noData && counts,
          reason: noData ? (counts ? 'no data for the year: counted as met and flagged' : 'no data for the year: not met') : counts ? 'met for the year' : 'not met for the year',
        };
      });
      let status: ReconciliationStatus;
      let reason: string;
      if (repayTargets.length === 0) {
        status = 'not_in_terms';
        reason = 'The payment terms have no year-end reconciliation.';
      } else if (!lastQuarter) {
        status = 'pending';
        reason = `The last quarter of ${year.financialYear} is not in this report, so the year cannot be reconciled yet.`;
      } else if (missed.length > 0) {
        status = 'not_earned';
        reason = `Not every target was met on the year's figures (not met: ${missed.join(', ')}), so the year's deductions stand.`;
      } else if (deductionsPence === 0) {
        status = 'nothing_to_repay';
        reason = 'Every target was met on the year\'s figures and nothing was deducted in the year.';
      } else {
        status = 'repaid';
        reason = `Every target was met on the year's figures, so the year's deductions are repaid with the payment after ${lastQuarter.period}.`;
      }
      const repaymentPence = status === 'repaid' ? deductionsPence : 0;
      if (lastQuarter && repaymentPence > 0) {
        lastQuarter.repaymentPence = repaymentPence;
        lastQuarter.paidPence += repaymentPence;
      }
      years.push({
        area,
        financialYear: year.financialYear,
        quarters: own.map((q) => q.period),
        basePence: sum(own.map((q) => q.basePence)),
        deductionsPence,
        reconciliation: { status, targets, repaymentPence, paidOn: repaymentPence > 0 ? lastQuarter?.paidOn : undefined, reason },
        paidPence: sum(own.map((q) => q.paidPence)),
      });
    }
  }
  return years;
}

/**
 * The part of an annual amount that falls in this period: the financial year's months are paid
 * equally, rounded cumulatively from the start of the year so a year's quarters add up to it.
 */
function quarterBase(annualPence: number, period: Period, fyStartMonth: number): number {
  const startDay = parseIsoDate(period.start);
  if (startDay === undefined) throw new RangeError(`bad period start ${period.start}`);
  const monthsBefore = (civilFromDay(startDay).month - fyStartMonth + 12) % 12;
  return allocate(annualPence, [monthsBefore, period.months], 12)[1];
}

export function paidOn(periodEnd: string, monthsInArrears: number): string {
  const end = parseIsoDate(periodEnd);
  if (end === undefined) throw new RangeError(`bad period end ${periodEnd}`);
  return formatDay(lastDayOfMonthAfter(end, monthsInArrears));
}

function resultKey(target: string, period: string, area: string): string {
  return `${target}\u0000${period}\u0000${area}`;
}

function indexResults(results: readonly TargetResult[]): Map<string, TargetResult> {
  const index = new Map<string, TargetResult>();
  for (const r of results) index.set(resultKey(r.target, r.period.label, r.group.area ?? ''), r);
  return index;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function percentText(f: Fraction): string {
  const hundredths = penceTimes(10000, f);
  return `${(hundredths / 100).toFixed(2).replace(/\.00$/, '')}%`;
}


