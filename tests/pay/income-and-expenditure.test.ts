/**
 * The peer-support duty "Provide quarterly income and expenditure accounts. Payment may be withheld
 * if accounts are not provided at least annually." (seed 000, line 77), checked by comply.
 *
 * Worked by hand on the spec's contract, 2021-10-01 to 2023-03-31, financial years from April:
 *   2021/22 Q3 ends 2021-12-31, due 2022-01-31    2022/23 Q2 ends 2022-09-30, due 2022-10-31
 *   2021/22 Q4 ends 2022-03-31, due 2022-04-30    2022/23 Q3 ends 2022-12-31, due 2023-01-31
 *   2022/23 Q1 ends 2022-06-30, due 2022-07-31    2022/23 Q4 ends 2023-03-31, due 2023-04-30
 * (due: the last day of the month after the quarter ends). The contract's part of 2021/22 is
 * October to March: two quarters.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCompliance, type ComplianceReport } from '../../src/pay/compliance.js';
import { formatComplianceJson, formatComplianceText } from '../../src/pay/compliance-format.js';
import { evidenceFromYaml, staffFromRows, type EvidenceRegister, type StaffRegister } from '../../src/pay/registers.js';
import { loadSpec } from '../../src/spec/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const DUTY = 'income-and-expenditure-accounts';
const ITEM = 'income_and_expenditure_accounts';
const ALL_QUARTERS = ['2021/22 Q3', '2021/22 Q4', '2022/23 Q1', '2022/23 Q2', '2022/23 Q3', '2022/23 Q4'];
/** each quarter's accounts sent a week before they are due */
const ON_TIME: Record<string, string> = {
  '2021/22 Q3': '2022-01-24',
  '2021/22 Q4': '2022-04-23',
  '2022/23 Q1': '2022-07-24',
  '2022/23 Q2': '2022-10-24',
  '2022/23 Q3': '2023-01-24',
  '2022/23 Q4': '2023-04-23',
};

let spec: ServiceSpec;
let staff: StaffRegister;
beforeAll(async () => {
  const loaded = await loadSpec('specs/peer-support-dover-folkestone.yaml');
  expect(loaded.diagnostics).toEqual([]);
  spec = loaded.spec;
  const [header, ...rows] = readFileSync(new URL('../../examples/compliance/staff.csv', import.meta.url), 'utf8').trim().split('\n').map((l) => l.split(','));
  staff = staffFromRows('staff.csv', header, rows);
});

/** A register holding only this duty's entries: quarter → the day it was sent. */
function accounts(sent: Record<string, string>): EvidenceRegister {
  const entries = Object.entries(sent).map(
    ([quarter, provided]) => `  - requirement: ${DUTY}\n    evidence: Income and expenditure account ${quarter}\n    provided: ${provided}\n    quarter: ${quarter}\n    item: ${ITEM}\n`,
  );
  const register = evidenceFromYaml('evidence.yaml', `partner: Test partner\nevidence:${entries.length === 0 ? ' []' : ''}\n${entries.join('')}`);
  expect(register.diagnostics).toEqual([]);
  return register;
}

function only(quarters: string[], sent: Record<string, string> = ON_TIME): Record<string, string> {
  return Object.fromEntries(quarters.map((q) => [q, sent[q]]));
}

function check(sent: Record<string, string>, asOf: string): ComplianceReport {
  return checkCompliance(spec, accounts(sent), staff, { asOf });
}

function duty(report: ComplianceReport) {
  return report.duties.find((d) => d.requirement === DUTY)!;
}

function withheld(report: ComplianceReport) {
  return duty(report).issues.filter((i) => i.kind === 'payment_may_be_withheld');
}

describe('quarterly income and expenditure accounts', () => {
  it('is evidenced when every quarter has its accounts by its due date', () => {
    const report = check(ON_TIME, '2023-06-15');
    expect(duty(report).status).toBe('evidenced');
    expect(duty(report).issues).toEqual([]);
    expect(duty(report).evidencedBy).toEqual([`6 quarters with every item (${ITEM}) submitted`]);
  });

  it('reports a missing quarter as a gap for that quarter only, with no withheld payment when the year has others', () => {
    const report = check(only(ALL_QUARTERS.filter((q) => q !== '2022/23 Q2')), '2023-06-15');
    expect(duty(report).status).toBe('gap');
    expect(duty(report).issues).toHaveLength(1);
    expect(duty(report).issues[0]).toMatchObject({ severity: 'gap', kind: 'overdue', period: '2022/23 Q2', lapsedOn: '2022-10-31', evidence: 'the income and expenditure accounts for 2022/23 Q2' });
    expect(duty(report).issues[0].message).toBe(
      `The income and expenditure accounts for 2022/23 Q2 are not in the register; they were due by 2022-10-31. Add them with quarter: 2022/23 Q2 and item: ${ITEM}.`,
    );
    expect(duty(report).evidencedBy[0]).toBe(`5 quarters with every item (${ITEM}) submitted`);
  });

  it('reports a whole financial year with no accounts as payment that may be withheld, beyond its four quarterly gaps', () => {
    const report = check(only(['2021/22 Q3', '2021/22 Q4']), '2023-06-15');
    const issues = duty(report).issues;
    expect(issues.filter((i) => i.kind === 'overdue').map((i) => [i.period, i.lapsedOn])).toEqual([
      ['2022/23 Q1', '2022-07-31'],
      ['2022/23 Q2', '2022-10-31'],
      ['2022/23 Q3', '2023-01-31'],
      ['2022/23 Q4', '2023-04-30'],
    ]);
    expect(withheld(report)).toHaveLength(1);
    // the year's last quarter was due 2023-04-30: from then the whole year has none
    expect(withheld(report)[0]).toMatchObject({ severity: 'gap', period: '2022/23', lapsedOn: '2023-04-30', evidence: 'Quarterly income and expenditure accounts: none for 2022/23' });
    expect(withheld(report)[0].message).toBe(
      'Payment may be withheld: the register has no income and expenditure accounts for any quarter of 2022/23 (2022-04-01 to 2023-03-31), and every one of its 4 quarters was due by 2023-04-30. ' +
        `Submit the income and expenditure accounts for 2022/23 Q1, 2022/23 Q2, 2022/23 Q3 and 2022/23 Q4 now and add each to the register with quarter: (the quarter) and item: ${ITEM}; one quarter's submission lifts this.`,
    );
    // the gap is said in the report's first lines, not only in the list
    expect(formatComplianceText(report).split('\n')[1]).toContain('Payment may be withheld for 2022/23: see the gaps below.');
    expect(JSON.parse(formatComplianceJson(report)).gaps.filter((g: { kind: string }) => g.kind === 'payment_may_be_withheld').map((g: { period: string }) => g.period)).toEqual(['2022/23']);
  });

  it("treats the contract's part of 2021/22 (October to March, two quarters) as a year of its own", () => {
    const report = check(only(['2022/23 Q1', '2022/23 Q2', '2022/23 Q3', '2022/23 Q4']), '2023-06-15');
    expect(withheld(report).map((i) => [i.period, i.lapsedOn])).toEqual([['2021/22', '2022-04-30']]);
    expect(withheld(report)[0].message).toContain('for any quarter of 2021/22 (2021-10-01 to 2022-03-31), and every one of its 2 quarters was due by 2022-04-30.');
    expect(duty(report).issues.filter((i) => i.kind === 'overdue').map((i) => i.period)).toEqual(['2021/22 Q3', '2021/22 Q4']);
  });

  it('judges the year still running on its part so far, and quarters not yet due are not gaps', () => {
    // 2022-09-15: 2022/23 Q1 was due 2022-07-31; Q2 has not ended. 2021/22 has its accounts.
    const report = check(only(['2021/22 Q3', '2021/22 Q4']), '2022-09-15');
    expect(duty(report).issues.filter((i) => i.kind === 'overdue').map((i) => i.period)).toEqual(['2022/23 Q1']);
    expect(duty(report).issues.filter((i) => i.severity === 'expiring')).toEqual([]);
    expect(withheld(report)).toHaveLength(1);
    expect(withheld(report)[0]).toMatchObject({ period: '2022/23', lapsedOn: '2022-07-31' });
    expect(withheld(report)[0].message).toBe(
      'Payment may be withheld: the register has no income and expenditure accounts for 2022/23 so far (since 2022-04-01), and 2022/23 Q1 was due by 2022-07-31. ' +
        `Submit the income and expenditure accounts for 2022/23 Q1 now and add it to the register with quarter: 2022/23 Q1 and item: ${ITEM}; one quarter's submission lifts this.`,
    );
  });

  it('does not report a year before any of its quarters is overdue: a quarter ended but not yet due is due soon', () => {
    // 2022-01-20: 2021/22 Q3 ended 2021-12-31 and is due 2022-01-31, eleven days on
    const report = check({}, '2022-01-20');
    expect(withheld(report)).toEqual([]);
    expect(duty(report).status).toBe('expiring');
    expect(duty(report).issues).toEqual([
      expect.objectContaining({ severity: 'expiring', kind: 'due_soon', period: '2021/22 Q3', lapsesOn: '2022-01-31', message: 'The income and expenditure accounts for 2021/22 Q3 are due by 2022-01-31.' }),
    ]);
    // in the contract's first quarter nothing has ended, so nothing is due at all
    const first = check({}, '2021-12-01');
    expect(duty(first).issues).toEqual([]);
    expect(duty(first).evidencedBy).toEqual([`0 quarters with every item (${ITEM}) submitted`]);
  });

  it('on the due day itself a quarter is not yet overdue', () => {
    const report = check(only(['2021/22 Q3']), '2022-04-30');
    expect(duty(report).issues.map((i) => [i.kind, i.period])).toEqual([['due_soon', '2021/22 Q4']]);
    const next = check(only(['2021/22 Q3']), '2022-05-01');
    expect(duty(next).issues.map((i) => [i.kind, i.period])).toEqual([['overdue', '2021/22 Q4']]);
  });

  it('counts accounts sent after their due date once they are sent, and says they were late', () => {
    const late = { ...ON_TIME, '2022/23 Q2': '2022-11-14' };
    // before they arrive the quarter is a gap from its due date
    const before = check(late, '2022-11-07');
    expect(duty(before).issues.map((i) => [i.kind, i.period, i.lapsedOn])).toEqual([['overdue', '2022/23 Q2', '2022-10-31']]);
    const after = check(late, '2023-06-15');
    expect(duty(after).status).toBe('evidenced');
    expect(duty(after).issues).toEqual([]);
    expect(duty(after).evidencedBy).toEqual([
      `6 quarters with every item (${ITEM}) submitted`,
      'sent after the due date: 2022/23 Q2 income and expenditure accounts sent 2022-11-14 (due 2022-10-31)',
    ]);
  });

  it("lifts the withheld payment once a year's only accounts arrive, even late and in the following year", () => {
    // 2021/22 Q4's accounts (due 2022-04-30) sent 2022-06-10 are the year's only ones
    const sent = { '2021/22 Q4': '2022-06-10' };
    const waiting = check(sent, '2022-05-15');
    expect(withheld(waiting).map((i) => [i.period, i.lapsedOn])).toEqual([['2021/22', '2022-04-30']]);
    const arrived = check(sent, '2022-06-15');
    expect(withheld(arrived)).toEqual([]);
    expect(duty(arrived).issues.map((i) => [i.kind, i.period])).toEqual([['overdue', '2021/22 Q3']]);
  });

  it('counts entries for another quarterly item or another duty as nothing', () => {
    const register = accounts(only(['2021/22 Q3', '2021/22 Q4']));
    const otherItem = { ...register, items: register.items.map((i) => ({ ...i, item: 'narrative_report' })) };
    const report = checkCompliance(spec, otherItem, staff, { asOf: '2022-06-01' });
    expect(withheld(report).map((i) => i.period)).toEqual(['2021/22']);
    // each uncounted entry is pointed out where it is, so the partner can correct it
    const warnings = report.diagnostics.filter((d) => d.code === 'register-uncounted-entry');
    expect(warnings.map((d) => [d.severity, d.at?.file])).toEqual([
      ['warning', 'evidence.yaml'],
      ['warning', 'evidence.yaml'],
    ]);
    expect(warnings[0].message).toBe(
      `This Quarterly income and expenditure accounts entry names the item "narrative_report", which ${DUTY} does not ask for, so it counts for no quarter; use ${ITEM}.`,
    );
  });

  it('points out an entry without a quarter, and one for a quarter outside the contract', () => {
    const register = accounts({ '2021/22 Q3': '2022-01-24', '2023/24 Q1': '2023-07-20' });
    const [first, second] = register.items;
    const report = checkCompliance(spec, { ...register, items: [{ ...first, quarter: undefined }, second] }, staff, { asOf: '2023-08-01' });
    expect(report.diagnostics.filter((d) => d.code === 'register-uncounted-entry').map((d) => d.message)).toEqual([
      'This Quarterly income and expenditure accounts entry does not say which quarter it is for, so it counts for no quarter; add quarter: (such as 2021/22 Q3).',
      "This Quarterly income and expenditure accounts entry is for 2023/24 Q1, outside the contract's quarters (2021/22 Q3 to 2022/23 Q4), so it counts for no quarter; correct the quarter.",
    ]);
    expect(withheld(report).map((i) => i.period)).toEqual(['2021/22', '2022/23']);
  });
});

describe('withhold_if_none_in_financial_year in the spec', () => {
  it('is checked on the peer-support item and only there', () => {
    const items = (spec.checklist ?? []).filter((c) => c.check?.withhold_if_none_in_financial_year);
    expect(items.map((c) => [c.id, c.check?.per_quarter])).toEqual([[DUTY, [ITEM]]]);
  });

  it('warns that it does nothing on an item without per_quarter', () => {
    const changed: ServiceSpec = {
      ...spec,
      checklist: (spec.checklist ?? []).map((c) => (c.id === 'focus-group-attendance' ? { ...c, check: { per_year: 3, withhold_if_none_in_financial_year: true } } : c)),
    };
    const report = checkCompliance(changed, accounts(ON_TIME), staff, { asOf: '2023-06-15' });
    const warning = report.diagnostics.find((d) => d.code === 'comply-withhold-without-quarters');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('focus-group-attendance says withhold_if_none_in_financial_year but has no per_quarter list');
  });
});
