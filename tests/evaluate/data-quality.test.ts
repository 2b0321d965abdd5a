/**
 * What evaluation does with data problems: a failed data check excludes the row and says which
 * targets it touches, loader findings are carried with their targets, --period keeps one period,
 * and every row is accounted for (read = counted + reported).
 */
import { describe, expect, it } from 'vitest';
import { check, contact, peerSupportSpec, referral, resultOf } from './build.js';
import type { Diagnostic } from '../../src/diagnostics.js';

describe('a contact dated before its referral', () => {
  const report = check({
    referrals: [referral('X1', 'Dover', '2022-05-10')], // Tuesday
    contacts: [
      contact('X1', '2022-05-09'), // the day before: fails the check contact-before-referral
      contact('X1', '2022-05-16'), // Monday: {11, 12, 13, 16} → 4 WD
    ],
  });

  it('is excluded, so the first contact is 16 May and the referral fails the 2-day target', () => {
    // were the bad contact seen, working_days would be −1 and the referral would wrongly meet it
    const r = resultOf(report, 'contact-attempt-2wd', '2022/23 Q1', 'Dover');
    expect([r.numerator, r.denominator]).toEqual([0, 1]);
  });

  it('is a data-check-failed error at its row, with the check message, its values and the targets it touches', () => {
    const finding = report.findings.find((f) => f.code === 'data-check-failed');
    expect(finding).toMatchObject({ severity: 'error', dataset: 'contacts', file: 'contacts.csv', row: 2, column: 'contact_date', value: '2022-05-09' });
    expect(finding!.message).toMatch(/^The contact is dated before its referral; correct the contact date or the referral date\. This row is left out/);
    expect(finding!.targets).toEqual(expect.arrayContaining(['contact-attempt-2wd', 'contact-made-5wd']));
    expect(finding!.targets).not.toContain('sign-ups');
  });

  it('counts the excluded row as reported: read = counted + reported', () => {
    const contacts = report.rows.find((r) => r.dataset === 'contacts')!;
    expect(contacts).toMatchObject({ read: 2, counted: 1, reported: 1, excluded: 1 });
    for (const r of report.rows) expect(r.read).toBe(r.counted + r.reported);
  });
});

describe('findings from the data loader', () => {
  it('name the targets that read the field, and mark their rows as reported', () => {
    const dataFindings: Diagnostic[] = [
      {
        code: 'data-bad-date',
        severity: 'error',
        message: '31/02/2022 is not a real date.',
        at: { kind: 'data', file: 'referrals.csv', dataset: 'referrals', record: 1, column: 'sign_up_date', field: 'sign_up_date' },
        value: '31/02/2022',
      },
    ];
    const report = check(
      { referrals: [referral('F1', 'Dover', '2022-05-10'), referral('F2', 'Dover', '2022-05-10', { sign_up_date: '!31/02/2022' })] },
      { dataFindings },
    );
    const finding = report.findings.find((f) => f.code === 'data-bad-date')!;
    expect(finding).toMatchObject({ row: 3, column: 'sign_up_date', value: '31/02/2022' });
    expect([...finding.targets].sort()).toEqual(['mecc-advice', 'referrals-recorded', 'sign-ups', 'support-plan-and-first-swemwbs']);
    expect(report.rows.find((r) => r.dataset === 'referrals')).toMatchObject({ read: 2, counted: 1, reported: 1 });
  });
});

describe('--period', () => {
  const rows = { referrals: [referral('P1', 'Dover', '2022-05-10'), referral('P2', 'Dover', '2022-08-10')] };

  it('keeps only the named quarter, for every target and area', () => {
    const report = check(rows, { periodLabel: '2022/23 Q1' });
    expect(new Set(report.results.map((r) => r.period.label))).toEqual(new Set(['2022/23 Q1']));
    expect(report.periods.map((p) => p.label)).toEqual(['2022/23 Q1']);
    // 14 targets × 2 areas
    expect(report.results).toHaveLength(28);
    expect(resultOf(report, 'contact-attempt-2wd', '2022/23 Q1', 'Dover').denominator).toBe(1);
  });

  it('a year label gives the year figures', () => {
    const report = check(rows, { periodLabel: '2022/23' });
    expect(resultOf(report, 'contact-attempt-2wd', '2022/23', 'Dover').denominator).toBe(2);
  });

  it('an unknown period is refused with the labels that exist', () => {
    expect(() => check(rows, { periodLabel: '2024/25 Q1' })).toThrow(/There is no period "2024\/25 Q1".*2021\/22 Q3/);
  });
});

describe('the report', () => {
  const report = check({ referrals: [referral('R1', 'Dover', '2022-05-10')] });

  it('lists every target with its kind, and every period × area for each', () => {
    expect(report.targets).toHaveLength(14);
    expect(report.targets.find((t) => t.id === 'sign-ups')).toMatchObject({ title: 'New sign-ups', kind: 'count' });
    expect(report.targets.find((t) => t.id === 'mecc-advice')?.kind).toBe('share');
    // 6 quarters and years × 2 areas × 14 targets
    expect(report.results).toHaveLength(8 * 2 * 14);
    expect(report.spec).toEqual({ id: 'peer-support-dover-folkestone', version: '1.0.0', title: 'Peer Support, Dover and Folkestone Area' });
  });
});

describe('many findings of one kind', () => {
  it('lists the first 200 and counts the rest in one line, while every row is still accounted for', () => {
    const referrals = Array.from({ length: 250 }, (_, i) => referral(`Y${i}`, 'Dover', '2022-05-10', { age_at_referral: '16' }));
    const report = check({ referrals });
    const ineligible = report.findings.filter((f) => f.code === 'data-ineligible');
    expect(ineligible).toHaveLength(201);
    expect(ineligible[200].message).toMatch(/^50 more rows of the referrals dataset have the same problem \(data-ineligible\)/);
    expect(ineligible[200].row).toBeUndefined();
    expect(report.rows.find((r) => r.dataset === 'referrals')).toMatchObject({ read: 250, counted: 0, reported: 250 });
    // still counted in the targets
    expect(resultOf(report, 'contact-attempt-2wd', '2022/23 Q1', 'Dover').denominator).toBe(250);
  });
});

describe('grouping by a field that is not a choice list', () => {
  it('gives one result per value seen, in the order first seen', () => {
    const spec = peerSupportSpec();
    spec.targets = [{ id: 'per-client', title: 'Per client', rule: 'count of referrals dated by referral_date for each client_id' }];
    const referrals = ['C3', 'C1', 'C3', 'C2', 'C4', 'C5', 'C1'].map((c, i) => referral(`G${i}`, 'Dover', '2022-05-10', { client_id: c }));
    const report = check({ referrals }, {}, spec);
    const q1 = report.results.filter((r) => r.period.label === '2022/23 Q1');
    expect(q1.map((r) => [r.group.client_id, r.value, r.status])).toEqual([
      ['C3', 2, 'monitored'],
      ['C1', 2, 'monitored'],
      ['C2', 1, 'monitored'],
      ['C4', 1, 'monitored'],
      ['C5', 1, 'monitored'],
    ]);
    const year = report.results.filter((r) => r.period.label === '2022/23');
    expect(year.map((r) => r.value)).toEqual([2, 2, 1, 1, 1]);
  });
});

describe('a blank required field', () => {
  const report = check({
    referrals: [
      referral('B1', 'Dover', '2022-05-10', { age_at_referral: '' }), // age not recorded
      referral('B2', 'Dover', '2022-05-10', { age_at_referral: '16' }), // recorded, and under 17
      referral('B3', 'Dover', '2022-05-10', { contactable: '' }), // contactable not recorded
    ],
  });

  it('makes eligibility unknowable, not failed: only the 16-year-old is reported as ineligible', () => {
    const ineligible = report.findings.filter((f) => f.code === 'data-ineligible');
    // (the blank itself is the loader's data-missing-required finding, tested in tests/data)
    expect(ineligible.map((f) => f.row)).toEqual([3]);
  });

  it('makes the population filter unknown for that record, so it is left out and counted as unknown', () => {
    // service-within-7wd is over referrals "where contactable and ready_to_engage": B1 and B2 are
    // in it (both true), B3's contactable is blank, so whether it belongs is unknowable.
    const r = resultOf(report, 'service-within-7wd', '2022/23 Q1', 'Dover');
    expect(r.denominator).toBe(2);
    expect(r.unknown).toEqual({ count: 1, ids: ['B3'] });
  });
});
