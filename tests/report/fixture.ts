import type { CheckReport, Period, TargetResult } from '../../src/evaluate/result.js';

/** Periods of the peer-support contract: October 2021 to March 2023. */
export const periods: Period[] = [
  { label: '2021/22 Q3', kind: 'quarter', start: '2021-10-01', end: '2021-12-31', financialYear: '2021/22', months: 3 },
  { label: '2021/22 Q4', kind: 'quarter', start: '2022-01-01', end: '2022-03-31', financialYear: '2021/22', months: 3 },
  { label: '2021/22', kind: 'year', start: '2021-10-01', end: '2022-03-31', financialYear: '2021/22', months: 6 },
  { label: '2022/23 Q1', kind: 'quarter', start: '2022-04-01', end: '2022-06-30', financialYear: '2022/23', months: 3 },
  { label: '2022/23', kind: 'year', start: '2022-04-01', end: '2023-03-31', financialYear: '2022/23', months: 12 },
];

function at(label: string): TargetResult['period'] {
  const p = periods.find((x) => x.label === label)!;
  return { label: p.label, start: p.start, end: p.end, kind: p.kind };
}

function share(target: string, label: string, area: string, numerator: number, denominator: number, threshold: number, failingIds: string[] = []): TargetResult {
  const value = denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000;
  return {
    target,
    period: at(label),
    group: { area },
    numerator,
    denominator,
    value,
    threshold,
    status: value === null ? 'no_data' : value >= threshold ? 'met' : 'not_met',
    failing: { count: denominator - numerator, ids: failingIds },
  };
}

function count(target: string, label: string, area: string, n: number, months: number, perYear: number): TargetResult {
  const threshold = (perYear * months) / 12;
  return {
    target,
    period: at(label),
    group: { area },
    value: n,
    threshold,
    status: n >= threshold ? 'met' : 'not_met',
    failing: { count: 0, ids: [] },
    shortfall: Math.max(0, threshold - n),
  };
}

const many = Array.from({ length: 8 }, (_, i) => `R${String(100 + i).padStart(5, '0')}`);

export function handBuiltReport(): CheckReport {
  return {
    spec: { id: 'peer-support-dover-folkestone', version: '1.0.0', title: 'Peer Support, Dover and Folkestone Area' },
    targets: [
      { id: 'contact-attempt-2wd', title: 'Contact attempted within two working days', kind: 'share', description: 'At least 95% of referrals | first contact within 2 working days.' },
      { id: 'sign-ups', title: 'New sign-ups', kind: 'count', description: 'At least 35 a year of referrals that have a sign-up date.' },
      { id: 'recommend-to-friends-family', title: 'Would recommend to friends and family', kind: 'share', description: 'At least 95% of exit surveys answer very good or good.' },
    ],
    periods,
    results: [
      share('contact-attempt-2wd', '2021/22 Q3', 'Dover', 40, 42, 0.95, ['R00017', 'R00031']),
      share('contact-attempt-2wd', '2021/22 Q3', 'Folkestone', 30, 30, 0.95),
      share('contact-attempt-2wd', '2021/22 Q4', 'Dover', 38, 38, 0.95),
      share('contact-attempt-2wd', '2021/22 Q4', 'Folkestone', 28, 30, 0.95, ['R00201', 'R00222']),
      share('contact-attempt-2wd', '2021/22', 'Dover', 78, 80, 0.95, ['R00017', 'R00031']),
      share('contact-attempt-2wd', '2021/22', 'Folkestone', 58, 60, 0.95, ['R00201', 'R00222']),
      share('contact-attempt-2wd', '2022/23 Q1', 'Dover', 0, 0, 0.95),
      share('contact-attempt-2wd', '2022/23 Q1', 'Folkestone', 22, 30, 0.95, many),
      share('contact-attempt-2wd', '2022/23', 'Dover', 0, 0, 0.95),
      share('contact-attempt-2wd', '2022/23', 'Folkestone', 22, 30, 0.95, many),
      count('sign-ups', '2021/22 Q3', 'Dover', 12, 3, 35),
      count('sign-ups', '2021/22 Q3', 'Folkestone', 6, 3, 35),
      count('sign-ups', '2021/22 Q4', 'Dover', 1204, 3, 35),
      count('sign-ups', '2021/22 Q4', 'Folkestone', 12, 3, 35),
      count('sign-ups', '2021/22', 'Dover', 1216, 6, 35),
      count('sign-ups', '2021/22', 'Folkestone', 18, 6, 35),
      count('sign-ups', '2022/23 Q1', 'Dover', 9, 3, 35),
      count('sign-ups', '2022/23 Q1', 'Folkestone', 9, 3, 35),
      count('sign-ups', '2022/23', 'Dover', 9, 12, 35),
      count('sign-ups', '2022/23', 'Folkestone', 9, 12, 35),
      share('recommend-to-friends-family', '2021/22 Q3', 'Dover', 19, 20, 0.95, ['R00044']),
      share('recommend-to-friends-family', '2021/22 Q3', 'Folkestone', 10, 10, 0.95),
      share('recommend-to-friends-family', '2021/22', 'Dover', 19, 20, 0.95, ['R00044']),
      share('recommend-to-friends-family', '2021/22', 'Folkestone', 10, 10, 0.95),
    ],
    findings: [
      {
        code: 'data-bad-date',
        severity: 'error',
        message: 'The referral date "31/02/2022" is not a date; write it as dd/mm/yyyy.',
        dataset: 'referrals',
        file: 'referrals.csv',
        row: 14,
        column: 'referral_date',
        value: '31/02/2022',
        targets: ['contact-attempt-2wd', 'sign-ups'],
      },
      {
        code: 'data-not-in-enum',
        severity: 'error',
        message: 'The area "Deal | Walmer" is not one of Dover, Folkestone; correct it.',
        dataset: 'referrals',
        file: 'partner-export.xlsx',
        sheet: 'Referrals',
        row: 22,
        column: 'Locality',
        value: 'Deal | Walmer',
        targets: ['contact-attempt-2wd'],
      },
      {
        code: 'data-bad-date',
        severity: 'error',
        message: 'The contact date "2022-13-01" is not a date; correct it.',
        dataset: 'contacts',
        file: 'contacts.csv',
        row: 3,
        column: 'contact_date',
        value: '2022-13-01',
        targets: [],
      },
    ],
    rows: [
      { dataset: 'referrals', file: 'referrals.csv', read: 1204, counted: 1190, reported: 14, excluded: 2 },
      { dataset: 'contacts', file: 'contacts.csv', read: 3010, counted: 3009, reported: 1, excluded: 1 },
    ],
  };
}
