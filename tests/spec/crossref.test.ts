import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/spec/crossref.js';
import { HEAD, load, textAt, where } from './helpers.js';

const DATASETS = `datasets:
  referrals:
    key: referral_id
    fields:
      referral_id: { type: id }
      area: { type: enum, values: [Dover, Folkestone] }
      referral_date: { type: date }
  contacts:
    order_by: contact_date
    fields:
      referral_id: { type: id }
      contact_date: { type: date }
    links:
      referral: { field: referral_id, to: referrals }
`;
const TARGETS = `targets:
  - id: sign-ups
    rule: r
  - id: contact-made
    rule: r
`;

async function references(yaml: string) {
  const loaded = await load(`${HEAD}${yaml}`);
  expect(loaded.diagnostics).toEqual([]);
  const found = checkReferences(loaded.spec, loaded);
  return { loaded, found, one: () => (expect(found).toHaveLength(1), found[0]) };
}

describe('cross-references', () => {
  it('a clean spec has none', async () => {
    const { found } = await references(`areas: [Dover]\nfunding:\n  per_area_per_year: { Dover: 1 }\n${DATASETS}${TARGETS}`);
    expect(found).toEqual([]);
  });

  it('duplicate target id, at the second, with the first as related place', async () => {
    const { loaded, one } = await references(`${TARGETS}  - id: sign-ups\n    rule: r\n`);
    const d = one();
    expect(d.code).toBe('ref-duplicate-id');
    expect(d.message).toBe("Two targets have the id 'sign-ups'; give each its own id.");
    expect(where(loaded, d)).toBe('spec.yaml:9:9');
    expect(where(loaded, d.related?.[0])).toBe('spec.yaml:5:9');
  });

  it('duplicate checklist id', async () => {
    const { loaded, one } = await references(
      `checklist:\n  - { id: dbs, category: key, requirement: R, evidence: E }\n  - { id: dbs, category: key, requirement: R, evidence: E }\n`,
    );
    const d = one();
    expect([d.code, d.message, where(loaded, d)]).toEqual(['ref-duplicate-id', "Two checklist items have the id 'dbs'; give each its own id.", 'spec.yaml:6:11']);
  });

  it('payment element naming an unknown target, with a suggestion', async () => {
    const { loaded, one } = await references(
      `${TARGETS}payment:\n  elements:\n    - id: e\n      share_percent: 50\n      earned_by: equal_shares_of_targets_met\n      targets: [sign-ups, contact-mad]\n`,
    );
    const d = one();
    expect(d.code).toBe('ref-unknown-target');
    expect(d.message).toBe("Payment element 'e' names the target 'contact-mad', which this spec does not have; did you mean 'contact-made'?");
    expect(where(loaded, d)).toBe('spec.yaml:14:27');
    expect(textAt(loaded, d.at?.kind === 'spec' ? d.at : undefined)).toBe('contact-mad');
  });

  it('year-end reconciliation naming an unknown target', async () => {
    const { loaded, one } = await references(`${TARGETS}payment:\n  year_end_reconciliation:\n    repay_deductions_when_all_met: [nothing-like-it]\n`);
    const d = one();
    expect(d.code).toBe('ref-unknown-target');
    expect(d.message).toBe(
      "The year-end reconciliation names the target 'nothing-like-it', which this spec does not have; check the spelling against the ids under targets.",
    );
    expect(where(loaded, d)).toBe('spec.yaml:11:37');
  });

  it('paragraph and personal outcome naming unknown targets', async () => {
    const { loaded, found } = await references(
      `${TARGETS}sections:\n  - id: s\n    title: S\n    paragraphs:\n      - { target: sign-up }\n personal_outcomes:\n  - { id: p, text: T, measure: wellbeing }\n`.replace('\n personal', '\npersonal'),
    );
    expect(found.map((d) => [d.code, where(loaded, d)]).sort()).toEqual([
      ['ref-unknown-target', 'spec.yaml:13:19'],
      ['ref-unknown-target', 'spec.yaml:15:32'],
    ]);
    expect(found.find((d) => d.message.startsWith('A paragraph'))?.message).toBe("A paragraph of section 's' names the target 'sign-up', which this spec does not have; did you mean 'sign-ups'?");
  });

  it('link to a field the dataset does not have', async () => {
    const { loaded, one } = await references(DATASETS.replace('{ field: referral_id, to: referrals }', '{ field: referal_id, to: referrals }'));
    const d = one();
    expect(d.code).toBe('ref-unknown-field');
    expect(d.message).toBe("The field of link 'referral' of dataset 'contacts' is 'referal_id', which is not one of its fields; did you mean 'referral_id'?");
    expect(where(loaded, d)).toBe('spec.yaml:17:26');
  });

  it('link to a dataset that does not exist', async () => {
    const { loaded, one } = await references(DATASETS.replace('to: referrals }', 'to: referals }'));
    const d = one();
    expect(d.code).toBe('ref-unknown-dataset');
    expect(d.message).toBe("Link 'referral' of dataset 'contacts' names the dataset 'referals', which is not under datasets; did you mean 'referrals'?");
    expect(where(loaded, d)).toBe('spec.yaml:17:43');
  });

  it('link to a dataset without a key', async () => {
    const { loaded, one } = await references(DATASETS.replace('    key: referral_id\n', ''));
    const d = one();
    expect(d.code).toBe('ref-missing-key');
    expect(d.message).toBe("Link 'referral' of dataset 'contacts' goes to dataset 'referrals', which has no key to match; give 'referrals' a key field.");
    expect(where(loaded, d)).toBe('spec.yaml:16:43');
  });

  it('key and order_by naming missing fields; order_by of the wrong type', async () => {
    const { loaded, found } = await references(
      DATASETS.replace('key: referral_id', 'key: referral').replace('order_by: contact_date', 'order_by: referral_id'),
    );
    expect(found.map((d) => [d.code, where(loaded, d), d.message])).toEqual([
      ['ref-unknown-field', 'spec.yaml:6:10', "The key of dataset 'referrals' is 'referral', which is not one of its fields; use one of: referral_id, area, referral_date."],
      ['ref-field-type', 'spec.yaml:12:15', "Dataset 'contacts' is ordered by 'referral_id', which is an id field; order_by must name a date field."],
    ]);
  });

  it('funding for an area that is not one of the areas', async () => {
    const { loaded, one } = await references(`areas: [Dover, Folkestone]\nfunding:\n  per_area_per_year:\n    Dover: 1\n    Folkstone: 2\n`);
    const d = one();
    expect(d.code).toBe('ref-unknown-area');
    expect(d.message).toBe("Funding is given for 'Folkstone', which is not one of the areas (Dover, Folkestone); did you mean 'Folkestone'?");
    expect(where(loaded, d)).toBe('spec.yaml:8:5');
  });

  it('an enum value listed twice', async () => {
    const { loaded, one } = await references(DATASETS.replace('values: [Dover, Folkestone]', 'values: [Dover, Folkestone, Dover]'));
    const d = one();
    expect([d.code, d.message, where(loaded, d)]).toEqual([
      'ref-duplicate-value',
      "Field 'area' of dataset 'referrals' lists the value 'Dover' twice; remove one.",
      'spec.yaml:9:55',
    ]);
  });

  it('eligibility on an unknown dataset', async () => {
    const { loaded, one } = await references(`${DATASETS}eligibility:\n  dataset: referral\n  rule: area = Dover\n`);
    const d = one();
    expect([d.code, where(loaded, d)]).toEqual(['ref-unknown-dataset', 'spec.yaml:19:12']);
    expect(d.message).toBe("The eligibility names the dataset 'referral', which is not under datasets; did you mean 'referrals'?");
  });

  it('a personal outcome naming a parameter that does not exist', async () => {
    const { loaded, one } = await references(
      `${TARGETS}parameters:\n  wellbeing_tool: { type: string, description: D }\npersonal_outcomes:\n  - { id: p, text: T, measure: sign-ups, tool_parameter: wellbeing_tol }\n`,
    );
    const d = one();
    expect([d.code, where(loaded, d)]).toEqual(['ref-unknown-parameter', 'spec.yaml:12:58']);
    expect(d.message).toBe("Personal outcome 'p' names the parameter 'wellbeing_tol', which is not under parameters; did you mean 'wellbeing_tool'?");
  });

  it('a section that shows a part the spec does not have is a warning', async () => {
    const { loaded, one } = await references(`sections:\n  - id: s\n    title: S\n    shows: [checklist]\n`);
    const d = one();
    expect([d.code, d.severity, where(loaded, d)]).toEqual(['ref-missing-part', 'warning', 'spec.yaml:7:13']);
  });
});
