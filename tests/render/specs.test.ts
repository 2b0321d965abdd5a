import { describe, expect, it } from 'vitest';
import { checkSpecRules } from '../../src/dsl/index.js';
import { loadSpec } from '../../src/spec/load.js';

const LOTS = [
  { file: 'specs/lot-4-universal-wellbeing-dgs.yaml', areas: ['Dartford', 'Gravesham', 'Swanley'] },
  { file: 'specs/lot-5-universal-wellbeing-acs.yaml', areas: ['Ashford', 'Canterbury Coastal', 'Swale'] },
];

describe('the encoded seeds', () => {
  for (const { file, areas } of LOTS) {
    it(`${file}: its own geography on the shared base`, async () => {
      const { spec, diagnostics } = await loadSpec(file);
      expect(diagnostics).toEqual([]);
      expect(spec.areas).toEqual(areas);
      expect(spec.datasets?.individuals.fields.area.values).toEqual(areas);
      expect(spec.contract).toMatchObject({ start: '2021-04-01', end: '2026-03-31' });
    });

    it(`${file}: every rule parses and type checks`, async () => {
      const { spec } = await loadSpec(file);
      const problems = checkSpecRules({ spec }).flatMap((piece) => piece.diagnostics.map((d) => `${piece.path.join('.')}: ${d.message}`));
      expect(problems).toEqual([]);
    });

    it(`${file}: each personal outcome is monitored on the tool the provider chooses`, async () => {
      const { spec } = await loadSpec(file);
      const outcomes = spec.personal_outcomes ?? [];
      expect(outcomes.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const outcome of outcomes) {
        const target = spec.targets?.find((t) => t.id === outcome.measure);
        expect(target?.kind).toBe('measure');
        expect(spec.parameters?.[outcome.tool_parameter ?? '']?.set_by).toBe('provider');
        expect(target?.rule).toContain(`tool = $${outcome.tool_parameter}`);
        expect(target?.rule).toContain(`outcome = ${outcome.id.replace(/-/g, '_')}`);
      }
    });
  }

  it('the peer-support spec carries the checklist with the quantified checks', async () => {
    const { spec, diagnostics } = await loadSpec('specs/peer-support-dover-folkestone.yaml');
    expect(diagnostics).toEqual([]);
    const item = (id: string) => spec.checklist?.find((c) => c.id === id)?.check;
    expect(item('dbs-check')?.staff).toEqual({ dbs_level: 'enhanced', barred_lists: ['adults', 'children'], renew_every_months: 36 });
    expect(item('insurance')?.minimum_amounts).toEqual([
      { cover: 'public_liability', minimum_pounds: 5_000_000, basis: 'per_claim' },
      { cover: 'employers_liability', minimum_pounds: 5_000_000, basis: 'per_claim' },
      { cover: 'professional_indemnity', minimum_pounds: 1_000_000, basis: 'aggregate' },
    ]);
    expect(item('audited-accounts')?.per_financial_year).toBe(3);
    expect(item('annual-eqia')?.renew_every_months).toBe(12);
    expect(item('volunteer-policy')?.applies_when).toBe('uses_volunteers');
    const seedRows = spec.checklist?.filter((c) => !['quarterly-reporting', 'income-and-expenditure-accounts', 'focus-group-attendance'].includes(c.id)) ?? [];
    expect(seedRows.filter((c) => c.category === 'key')).toHaveLength(16);
    expect(seedRows.filter((c) => c.category === 'business_as_usual')).toHaveLength(10);
  });
});
