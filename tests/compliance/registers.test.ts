import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceFromYaml, parseAmount, readEvidenceRegister, staffFromRows } from '../../src/pay/registers.js';

describe('registers', () => {
  it('reads the same entries from the example YAML and CSV registers', async () => {
    const yaml = evidenceFromYaml('evidence.yaml', readFileSync('examples/compliance/evidence.yaml', 'utf8'));
    const csv = await readEvidenceRegister('examples/compliance/evidence.csv');
    expect(yaml.diagnostics).toEqual([]);
    expect(csv.diagnostics).toEqual([]);
    const strip = (items: typeof yaml.items) => items.map(({ at: _at, ...rest }) => rest);
    expect(strip(csv.items)).toEqual(strip(yaml.items));
    expect(yaml.items).toHaveLength(54);
    expect(yaml.facts).toEqual({ uses_volunteers: true });
  });

  it('reports a YAML entry without a provided date at its place and leaves it out', () => {
    const text = 'evidence:\n  - requirement: insurance\n    cover: public_liability\n  - requirement: sub-contract\n    provided: 2021-09-28\n';
    const register = evidenceFromYaml('e.yaml', text);
    expect(register.items.map((i) => i.requirement)).toEqual(['sub-contract']);
    expect(register.diagnostics).toHaveLength(1);
    expect(register.diagnostics[0]).toMatchObject({ code: 'register-schema', at: { offset: text.indexOf('requirement: insurance') } });
    expect(register.diagnostics[0].message).toBe('Evidence entry 1 has no provided; add provided: with a date written YYYY-MM-DD.');
  });

  it('reads staff rows: UK dates, barred lists in several spellings, volunteers', () => {
    const register = staffFromRows('staff.csv', ['Staff ID', 'DBS check date', 'DBS level', 'Barred lists', 'Volunteer'], [
      ['S1', '03/04/2021', 'Enhanced', 'Adults and Children', 'Yes'],
      ['S2', '2021-02-30', 'enhanced', 'adult', 'no'],
      ['S3', '2021-01-01', 'advanced', 'teens', 'maybe'],
    ]);
    expect(register.staff[0]).toMatchObject({ staffId: 'S1', dbsLevel: 'enhanced', barredLists: ['adults', 'children'], volunteer: true });
    expect(register.staff[1]).toMatchObject({ dbsCheckDate: undefined, barredLists: ['adults'] });
    expect(register.diagnostics.map((d) => [d.code, d.at && 'column' in d.at ? d.at.column : undefined])).toEqual([
      ['register-bad-date', 'DBS check date'],
      ['register-bad-value', 'DBS level'],
      ['register-bad-value', 'Barred lists'],
      ['register-bad-value', 'Volunteer'],
    ]);
  });

  it('reads amounts the way partners write them', () => {
    expect(parseAmount('5000000')).toBe(5_000_000);
    expect(parseAmount('£5,000,000')).toBe(5_000_000);
    expect(parseAmount('£1m')).toBe(1_000_000);
    expect(parseAmount('5 million')).toBe(5_000_000);
    expect(parseAmount('five')).toBeUndefined();
  });
});
