/**
 * contact-attempt-2wd and contact-made-5wd, worked by hand around the bank holidays of 2022.
 * Working days are counted in (referral_date, contact_date]: the referral day is day 0; weekends,
 * England bank holidays do not count.
 *   Easter: Good Friday 15 April, Easter Monday 18 April.
 *   Spring bank holiday Thursday 2 June, Platinum Jubilee Friday 3 June.
 *   State Funeral Monday 19 September.
 *   Christmas: 25 December is a Sunday, so Boxing Day Monday 26 and Christmas Day (substitute) Tuesday 27.
 *   New Year: 1 January 2023 is a Sunday, so Monday 2 January is the holiday.
 */
import { describe, expect, it } from 'vitest';
import { check, contact, referral, resultOf } from './build.js';

describe('contact-attempt-2wd: first contact of any outcome within 2 working days', () => {
  const referrals = [
    referral('R01', 'Dover', '2022-04-14'), // Thu before Easter; contact Tue 19: (14,19] = {19} → 1 WD, meets
    referral('R02', 'Dover', '2022-04-13'), // Wed; contact Wed 20: {14, 19, 20} → 3 WD, fails
    referral('R03', 'Dover', '2022-04-13'), // Wed; contact Tue 19: {14, 19} → 2 WD, meets
    referral('R04', 'Dover', '2022-06-01'), // Wed before the Jubilee; contact Tue 7: {6, 7} → 2 WD, meets
    referral('R05', 'Dover', '2022-06-01'), // contact Wed 8: {6, 7, 8} → 3 WD, fails
    referral('R06', 'Dover', '2022-06-01'), // never contacted: no first contact, fails
    referral('R07', 'Dover', '2022-06-01'), // contacts Wed 8 and Mon 6 (listed out of order): first is 6 → 1 WD, meets
    referral('R08', 'Dover', '2022-09-16'), // Fri before the State Funeral; contact Wed 21: {20, 21} → 2 WD, meets
    referral('R09', 'Dover', '2022-09-16'), // contact Thu 22: {20, 21, 22} → 3 WD, fails
    referral('R10', 'Dover', '2022-07-08'), // Friday; contact Tue 12: {11, 12} → 2 WD, meets
    referral('R11', 'Dover', '2022-07-09'), // Saturday; contact Tue 12: {11, 12} → 2 WD, meets
    referral('R12', 'Dover', '2022-12-23'), // Fri before Christmas; contact Thu 29: {28, 29} → 2 WD, meets
    referral('R13', 'Dover', '2022-12-23'), // contact Fri 30: {28, 29, 30} → 3 WD, fails
    referral('R14', 'Dover', '2022-12-30'), // contact Tue 3 Jan 2023, after the quarter's end: {3} → 1 WD, meets, counts in Q3
  ];
  const contacts = [
    contact('R01', '2022-04-19'),
    contact('R02', '2022-04-20'),
    contact('R03', '2022-04-19', 'successful'),
    contact('R04', '2022-06-07'),
    contact('R05', '2022-06-08'),
    contact('R07', '2022-06-08'),
    contact('R07', '2022-06-06', 'successful'),
    contact('R08', '2022-09-21'),
    contact('R09', '2022-09-22'),
    contact('R10', '2022-07-12'),
    contact('R11', '2022-07-12'),
    contact('R12', '2022-12-29'),
    contact('R13', '2022-12-30'),
    contact('R14', '2023-01-03'),
  ];
  const report = check({ referrals, contacts });

  it('Q1 2022/23 (Easter, Jubilee): 4 of 7 meet, not met; failing ids in source order', () => {
    const r = resultOf(report, 'contact-attempt-2wd', '2022/23 Q1', 'Dover');
    expect([r.numerator, r.denominator, r.status]).toEqual([4, 7, 'not_met']);
    expect(r.value).toBe(0.5714); // 4/7 = 0.571428…
    expect(r.threshold).toBe(0.95);
    expect(r.failing).toEqual({ count: 3, ids: ['R02', 'R05', 'R06'] });
  });

  it('Q2 (State Funeral, a Friday and a Saturday referral): 3 of 4', () => {
    const r = resultOf(report, 'contact-attempt-2wd', '2022/23 Q2', 'Dover');
    expect([r.numerator, r.denominator, r.value]).toEqual([3, 4, 0.75]);
    expect(r.failing.ids).toEqual(['R09']);
  });

  it('Q3 (Christmas, and a contact in January for a December referral): 2 of 3', () => {
    const r = resultOf(report, 'contact-attempt-2wd', '2022/23 Q3', 'Dover');
    expect([r.numerator, r.denominator]).toEqual([2, 3]);
    expect(r.failing.ids).toEqual(['R13']);
    // the January contact does not make a Q4 referral
    expect(resultOf(report, 'contact-attempt-2wd', '2022/23 Q4', 'Dover').denominator).toBe(0);
  });

  it('the year sums numerators and denominators: 9 of 14, not the mean of the quarter percentages', () => {
    const r = resultOf(report, 'contact-attempt-2wd', '2022/23', 'Dover');
    expect([r.numerator, r.denominator]).toEqual([4 + 3 + 2, 7 + 4 + 3]);
    expect(r.value).toBe(0.6429); // 9/14 = 0.642857…
    const meanOfQuarters = (4 / 7 + 3 / 4 + 2 / 3) / 3; // 0.6627…: what a spreadsheet averaging quarters would say
    expect(Math.abs(r.value! - meanOfQuarters)).toBeGreaterThan(0.01);
    expect(r.failing).toEqual({ count: 5, ids: ['R02', 'R05', 'R06', 'R09', 'R13'] });
  });

  it('an area with no referrals has no data, and so does an empty quarter', () => {
    const folkestone = resultOf(report, 'contact-attempt-2wd', '2022/23 Q1', 'Folkestone');
    expect([folkestone.denominator, folkestone.value, folkestone.status]).toEqual([0, null, 'no_data']);
    expect(resultOf(report, 'contact-attempt-2wd', '2021/22 Q3', 'Dover').status).toBe('no_data');
  });

  it('meets the 95% threshold exactly at 19 of 20 and misses it at 18 of 19', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => referral(`A${i}`, 'Folkestone', '2022-05-10'));
    const met = check({
      referrals: twenty,
      contacts: twenty.slice(0, 19).map((r) => contact(r.referral_id, '2022-05-11')),
    });
    const r = resultOf(met, 'contact-attempt-2wd', '2022/23 Q1', 'Folkestone');
    expect([r.numerator, r.denominator, r.value, r.status]).toEqual([19, 20, 0.95, 'met']);
    const nineteen = twenty.slice(0, 19);
    const missed = check({ referrals: nineteen, contacts: nineteen.slice(0, 18).map((x) => contact(x.referral_id, '2022-05-11')) });
    const m = resultOf(missed, 'contact-attempt-2wd', '2022/23 Q1', 'Folkestone');
    expect([m.numerator, m.denominator, m.value, m.status]).toEqual([18, 19, 0.9474, 'not_met']);
  });
});

describe('contact-made-5wd: a successful contact within 5 working days, or 3 contacts within 5', () => {
  const referrals = [
    referral('S1', 'Folkestone', '2022-04-13'), // Wed; successful Thu 21: {14,19,20,21} → 4 WD, meets
    referral('S2', 'Folkestone', '2022-04-13'), // successful Fri 22: {14,19,20,21,22} → 5 WD, meets
    referral('S3', 'Folkestone', '2022-04-13'), // successful Mon 25: 6 WD, fails
    referral('S4', 'Folkestone', '2022-04-13'), // three attempts 14, 19, 22 (all ≤ 5 WD), none successful: meets
    referral('S5', 'Folkestone', '2022-04-13'), // attempts 14, 19 and Mon 25 (6 WD): only 2 within 5, fails
    referral('S6', 'Folkestone', '2022-05-31'), // Tue before the Jubilee; successful Wed 8 June: {1,6,7,8} → 4 WD, meets
    referral('S7', 'Folkestone', '2022-12-22'), // Thu; successful Fri 30 Dec: {23,28,29,30} → 4 WD, meets
    referral('S8', 'Folkestone', '2022-12-22'), // successful Wed 4 Jan 2023: {23,28,29,30,3,4} → 6 WD, fails
  ];
  const contacts = [
    contact('S1', '2022-04-21', 'successful'),
    contact('S2', '2022-04-22', 'successful'),
    contact('S3', '2022-04-25', 'successful'),
    contact('S4', '2022-04-14'),
    contact('S4', '2022-04-19'),
    contact('S4', '2022-04-22'),
    contact('S5', '2022-04-14'),
    contact('S5', '2022-04-19'),
    contact('S5', '2022-04-25'),
    contact('S6', '2022-06-08', 'successful'),
    contact('S7', '2022-12-30', 'successful'),
    contact('S8', '2023-01-04', 'successful'),
  ];
  const report = check({ referrals, contacts });

  it('Q1: S1, S2, S4, S6 meet; S3 and S5 fail → 4 of 6', () => {
    const r = resultOf(report, 'contact-made-5wd', '2022/23 Q1', 'Folkestone');
    expect([r.numerator, r.denominator, r.status]).toEqual([4, 6, 'not_met']);
    expect(r.failing.ids).toEqual(['S3', 'S5']);
  });

  it('Q3 across Christmas and New Year: 1 of 2', () => {
    const r = resultOf(report, 'contact-made-5wd', '2022/23 Q3', 'Folkestone');
    expect([r.numerator, r.denominator, r.value]).toEqual([1, 2, 0.5]);
    expect(r.failing.ids).toEqual(['S8']);
  });
});
