import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/data/dates.js';
import { checkCompliance, type ComplianceReport } from '../../src/pay/compliance.js';
import { evidenceFromYaml, staffFromRows, type EvidenceItem, type EvidenceRegister, type StaffRegister } from '../../src/pay/registers.js';
import { loadSpec } from '../../src/spec/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

// The example registers are complete on 2023-02-15, in the peer-support contract's second year.
const AS_OF = '2023-02-15';
const EVIDENCE_YAML = readFileSync(new URL('../../examples/compliance/evidence.yaml', import.meta.url), 'utf8');
const STAFF_CSV = readFileSync(new URL('../../examples/compliance/staff.csv', import.meta.url), 'utf8');

let spec: ServiceSpec;
beforeAll(async () => {
  const loaded = await loadSpec('specs/peer-support-dover-folkestone.yaml');
  expect(loaded.diagnostics).toEqual([]);
  spec = loaded.spec;
});

/**
 * The example register made complete: it lacks the income and expenditure account for 2022/23 Q2
 * on purpose (tests/pay/income-and-expenditure.test.ts), so each test here starts from the register
 * with it and changes one thing.
 */
function evidence(change: (items: EvidenceItem[]) => EvidenceItem[] = (x) => x, facts?: Record<string, boolean>): EvidenceRegister {
  const register = evidenceFromYaml('evidence.yaml', EVIDENCE_YAML);
  const q1Accounts = register.items.find((i) => i.requirement === 'income-and-expenditure-accounts' && i.quarter === '2022/23 Q1')!;
  const q2Accounts: EvidenceItem = { ...q1Accounts, evidence: 'Income and expenditure account 2022/23 Q2', provided: day('2022-10-27'), quarter: '2022/23 Q2' };
  return { ...register, items: change([...register.items, q2Accounts]), facts: facts ?? register.facts };
}

/** The example staff register with some cells changed: { S004: { dbs_check_date: '2019-11-30' } }. */
function staff(changes: Record<string, Record<string, string>> = {}, extraRows: string[][] = []): StaffRegister {
  const [header, ...lines] = STAFF_CSV.trim().split('\n').map((l) => l.split(','));
  const rows = lines.map((cells) => cells.map((cell, i) => changes[cells[0]]?.[header[i]] ?? cell));
  return staffFromRows('staff.csv', header, [...rows, ...extraRows]);
}

function day(iso: string): number {
  return parseIsoDate(iso)!;
}

function duty(report: ComplianceReport, id: string) {
  const found = report.duties.find((d) => d.requirement === id);
  if (!found) throw new Error(`no duty ${id}`);
  return found;
}

describe('checkCompliance on the example registers', () => {
  it('finds every duty evidenced, the narrative duties included', () => {
    const report = checkCompliance(spec, evidence(), staff(), { asOf: AS_OF });
    expect(report.diagnostics).toEqual([]);
    expect(report.gaps).toEqual([]);
    expect(report.expiring).toEqual([]);
    expect(report.duties).toHaveLength(29);
    expect(duty(report, 'quarterly-reporting').evidencedBy).toEqual(['5 quarters with every item (narrative_report, data_spreadsheet, case_study) submitted']);
    expect(duty(report, 'focus-group-attendance').evidencedBy[0]).toBe('contract year 1 (2021-10-01 to 2022-09-30): 3 of 3');
    expect(duty(report, 'volunteer-policy').status).toBe('evidenced');
  });
});

describe('staff DBS checks', () => {
  it('reports an expired DBS check with the date it lapsed', () => {
    // checked 2019-11-30, renewed every 36 months: due for renewal on 2022-11-30
    const report = checkCompliance(spec, evidence(), staff({ S004: { dbs_check_date: '2019-11-30' } }), { asOf: AS_OF });
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ requirement: 'dbs-check', kind: 'expired', staffId: 'S004', lapsedOn: '2022-11-30' });
    expect(report.gaps[0].message).toBe("Staff S004's DBS check of 2019-11-30 was due for renewal on 2022-11-30; renew it and record the new date.");
    expect(duty(report, 'dbs-check').status).toBe('gap');
    expect(duty(report, 'dbs-check').evidencedBy[0]).toMatch(/^3 of 4 people/);
  });

  it('reports a DBS check without the children\'s barred list, and one below enhanced', () => {
    const report = checkCompliance(spec, evidence(), staff({ S001: { barred_lists: 'adults' }, S002: { dbs_level: 'standard' } }), { asOf: AS_OF });
    const byStaff = Object.fromEntries(report.gaps.map((g) => [g.staffId, g.message]));
    expect(byStaff.S001).toContain("does not cover the children's barred list");
    expect(byStaff.S002).toContain('has a standard DBS check; an enhanced DBS check');
  });

  it('warns of a DBS check due for renewal within 60 days', () => {
    const report = checkCompliance(spec, evidence(), staff({ S002: { dbs_check_date: '2020-03-20' } }), { asOf: AS_OF });
    expect(report.gaps).toEqual([]);
    expect(report.expiring).toHaveLength(1);
    expect(report.expiring[0]).toMatchObject({ staffId: 'S002', lapsesOn: '2023-03-20', severity: 'expiring' });
    expect(duty(report, 'dbs-check').status).toBe('expiring');
    // with a 30-day window the same check is not yet flagged (33 days away)
    expect(checkCompliance(spec, evidence(), staff({ S002: { dbs_check_date: '2020-03-20' } }), { asOf: AS_OF, warnDays: 30 }).expiring).toEqual([]);
  });
});

describe('insurance', () => {
  const withCover = (cover: string, change: Partial<EvidenceItem>) => evidence((items) => items.map((i) => (i.cover === cover ? { ...i, ...change } : i)));

  it('reports public liability below £5m per claim', () => {
    const report = checkCompliance(spec, withCover('public_liability', { amountPounds: 2_000_000 }), staff(), { asOf: AS_OF });
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ requirement: 'insurance', kind: 'below_minimum' });
    expect(report.gaps[0].message).toBe(
      'The public liability insurance in the register is £2,000,000.00 per claim; public liability insurance of at least £5,000,000.00 per claim is required. Provide evidence of cover that meets it.',
    );
  });

  it('does not accept an aggregate limit where per claim is required, but accepts per claim for an aggregate minimum', () => {
    const aggregate = checkCompliance(spec, withCover('employers_liability', { basis: 'aggregate' }), staff(), { asOf: AS_OF });
    expect(aggregate.gaps.map((g) => g.evidence)).toEqual(["employer's liability insurance of at least £5,000,000.00 per claim"]);
    const perClaim = checkCompliance(spec, withCover('professional_indemnity', { basis: 'per_claim' }), staff(), { asOf: AS_OF });
    expect(perClaim.gaps).toEqual([]);
  });

  it('reports an expired policy with its end date, and one expiring soon', () => {
    const expired = checkCompliance(spec, withCover('professional_indemnity', { expires: day('2023-01-31') }), staff(), { asOf: AS_OF });
    expect(expired.gaps[0]).toMatchObject({ kind: 'expired', lapsedOn: '2023-01-31' });
    const soon = checkCompliance(spec, withCover('public_liability', { expires: day('2023-03-31') }), staff(), { asOf: AS_OF });
    expect(soon.gaps).toEqual([]);
    expect(soon.expiring[0]).toMatchObject({ requirement: 'insurance', lapsesOn: '2023-03-31' });
  });
});

describe('audited accounts', () => {
  it('reports a missing year among the past three, with the date it was due', () => {
    // On 2023-02-15 the past three years whose accounts are due are 2021/22 (due 2022-12-31), 2020/21 and 2019/20.
    const report = checkCompliance(spec, evidence((items) => items.filter((i) => i.financialYear !== '2020/21')), staff(), { asOf: AS_OF });
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ requirement: 'audited-accounts', kind: 'missing', lapsedOn: '2021-12-31' });
    expect(report.gaps[0].message).toContain('for 2020/21 are not in the register');
  });

  it('counts the year before when the latest year is not yet due', () => {
    // On 2022-11-01, 2021/22 accounts are not due until 2022-12-31 and were not sent then (sent 2022-11-30):
    // the past three are 2020/21, 2019/20 and 2018/19, and 2018/19 is missing.
    const report = checkCompliance(spec, evidence(), staff(), { asOf: '2022-11-01' });
    const accounts = report.gaps.filter((g) => g.requirement === 'audited-accounts');
    expect(accounts.map((g) => g.evidence)).toEqual(['Audited Accounts for 2018/19']);
    expect(accounts[0].lapsedOn).toBe('2019-12-31');
  });
});

describe('duties that depend on facts and time', () => {
  it('requires a volunteer policy only when the partner uses volunteers', () => {
    const noPolicy = (items: EvidenceItem[]) => items.filter((i) => i.requirement !== 'volunteer-policy');
    const withVolunteers = checkCompliance(spec, evidence(noPolicy, {}), staff(), { asOf: AS_OF });
    expect(withVolunteers.facts.uses_volunteers).toBe(true);
    expect(withVolunteers.gaps.map((g) => g.requirement)).toEqual(['volunteer-policy']);
    expect(withVolunteers.gaps[0].message).toContain('No evidence of Volunteer Policy');

    const noVolunteers = checkCompliance(spec, evidence(noPolicy, {}), staff({ S003: { volunteer: 'no' } }), { asOf: AS_OF });
    expect(noVolunteers.facts.uses_volunteers).toBe(false);
    expect(noVolunteers.gaps).toEqual([]);
    expect(duty(noVolunteers, 'volunteer-policy').status).toBe('not_applicable');
  });

  it('believes the staff register over a register that says there are no volunteers', () => {
    const report = checkCompliance(spec, evidence((items) => items.filter((i) => i.requirement !== 'volunteer-policy'), { uses_volunteers: false }), staff(), { asOf: AS_OF });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['register-facts-disagree']);
    expect(duty(report, 'volunteer-policy').status).toBe('gap');
  });

  it('reports a quarterly item not submitted, due by the end of the month after the quarter (Q2 ends 30 September: due 31 October)', () => {
    const report = checkCompliance(spec, evidence((items) => items.filter((i) => !(i.quarter === '2022/23 Q2' && i.item === 'case_study'))), staff(), { asOf: AS_OF });
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ requirement: 'quarterly-reporting', kind: 'overdue', lapsedOn: '2022-10-31', evidence: 'the case study for 2022/23 Q2' });
  });

  it('reports too few focus groups in a finished contract year, and warns before the part year ends', () => {
    const dropFirst = (items: EvidenceItem[]) => items.filter((i) => !(i.requirement === 'focus-group-attendance' && (i.provided === day('2021-11-17') || i.provided === day('2023-02-08'))));
    const report = checkCompliance(spec, evidence(dropFirst), staff(), { asOf: AS_OF });
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ requirement: 'focus-group-attendance', lapsedOn: '2022-09-30' });
    expect(report.gaps[0].message).toContain('2 of the 3 needed in contract year 1');
    // contract year 2 is six months (to 2023-03-31): ceil(3 × 6/12) = 2 needed, 1 held, 44 days left
    expect(report.expiring).toHaveLength(1);
    expect(report.expiring[0]).toMatchObject({ lapsesOn: '2023-03-31' });
    expect(report.expiring[0].message).toContain('1 of the 2 needed in contract year 2');
  });

  it('reports a business-as-usual policy never provided and an EQIA a year old', () => {
    const report = checkCompliance(
      spec,
      evidence((items) => items.filter((i) => i.requirement !== 'bullying-harassment-policy' && !(i.requirement === 'annual-eqia' && i.provided === day('2022-06-01')))),
      staff(),
      { asOf: AS_OF },
    );
    expect(report.gaps.map((g) => [g.requirement, g.kind, g.lapsedOn])).toEqual([
      ['annual-eqia', 'expired', '2022-06-01'],
      ['bullying-harassment-policy', 'missing', undefined],
    ]);
  });

  it('ignores evidence dated after the day of the check', () => {
    const report = checkCompliance(spec, evidence(), staff(), { asOf: '2021-09-16' });
    expect(duty(report, 'sub-contract').status).toBe('gap');
    expect(duty(report, 'safeguarding-policy').status).toBe('evidenced');
  });
});
