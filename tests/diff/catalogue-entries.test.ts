/**
 * One case per catalogue entry: a small spec and a copy changed in one way, and the one change
 * diff must report, with its direction, before and after, and line.
 */
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../../src/diff/catalogue.js';
import { diffTexts, edit, lineOf, SMALL } from './helpers.js';

interface Case {
  id: string;
  direction: string;
  name: string;
  change: (text: string) => string;
  before?: unknown;
  after?: unknown;
  /** the line: in the new text, or in the old one for removals */
  line: { in: 'new' | 'old'; text: string; after?: string };
  payment?: boolean;
  /** further changes the same edit must also give (ids) */
  alsoIds?: string[];
  message?: RegExp;
}

const TARGET_RULE_2WD = '      at least 95% of referrals\n        meet working_days(referral_date, min(contact_date of contacts)) <= 2';

const cases: Case[] = [
  {
    id: 'target-added', direction: 'tightened', name: 'a new target',
    change: (t) => edit(t, 'payment:\n', '  - id: mecc-advice\n    rule: at least 80% of referrals meet sign_up_date is present dated by referral_date\npayment:\n'),
    after: 'at least 80% of referrals meet sign_up_date is present dated by referral_date',
    line: { in: 'new', text: '- id: mecc-advice' },
  },
  {
    id: 'target-removed', direction: 'loosened', name: 'a target deleted',
    change: (t) => edit(t, '  - id: referrals-recorded\n    title: Referrals recorded\n    kind: reporting\n    rule: |\n      at least 100% of referrals\n        meet referral_source is present\n        dated by referral_date\n        for each area\n', ''),
    line: { in: 'old', text: '- id: referrals-recorded' },
  },
  {
    id: 'target-renamed', direction: 'neutral', name: 'same rule, new id',
    change: (t) => edit(t, '- id: referrals-recorded', '- id: referrals-complete'),
    before: 'referrals-recorded', after: 'referrals-complete',
    line: { in: 'new', text: '- id: referrals-complete' },
  },
  {
    id: 'threshold-raised', direction: 'tightened', name: 'share threshold 95% → 97% on a payment target',
    change: (t) => edit(t, 'at least 95% of referrals', 'at least 97% of referrals'),
    before: 0.95, after: 0.97, payment: true,
    line: { in: 'new', text: 'at least 97% of referrals' },
    message: /raised from 95% to 97%.*payment terms use this target \(element targets-met\)/,
  },
  {
    id: 'threshold-lowered', direction: 'loosened', name: 'count target 35 → 30 a year',
    change: (t) => edit(t, 'at least 35 a year', 'at least 30 a year'),
    before: 35, after: 30, payment: true,
    line: { in: 'new', text: 'at least 30 a year' },
  },
  {
    id: 'comparator-changed', direction: 'tightened', name: 'at least → more than',
    change: (t) => edit(t, 'at least 95% of referrals', 'more than 95% of referrals'),
    before: 'at least', after: 'more than', payment: true,
    line: { in: 'new', text: 'more than 95% of referrals' },
  },
  {
    id: 'measure-changed', direction: 'loosened', name: 'a threshold dropped: monitored only',
    change: (t) => edit(t, 'at least 100% of referrals', 'share of referrals'),
    before: 'at least 100% of', after: 'share of',
    line: { in: 'new', text: 'share of referrals' },
  },
  {
    id: 'rule-changed', direction: 'loosened', name: 'condition bound 2 → 3 working days',
    change: (t) => edit(t, TARGET_RULE_2WD, TARGET_RULE_2WD.replace('<= 2', '<= 3')),
    line: { in: 'new', text: 'min(contact_date of contacts)) <= 3' }, payment: true,
    message: /condition changed \(<= 2 → <= 3\): easier to meet/,
  },
  {
    id: 'period-changed', direction: 'neutral', name: 'dated by another field',
    change: (t) => edit(t, '        where sign_up_date is present\n        dated by sign_up_date', '        where sign_up_date is present\n        dated by referral_date'),
    before: 'dated by sign_up_date', after: 'dated by referral_date', payment: true,
    line: { in: 'new', text: 'dated by referral_date', after: 'title: New sign-ups' },
  },
  {
    id: 'rule-changed', direction: 'loosened', name: 'judged from contract year 2 (comment and layout changes ignored)',
    change: (t) => edit(t, '        dated by sign_up_date\n        for each area', '        dated by   sign_up_date # as before\n        for each area\n        from contract year 2'),
    after: 'from contract year 2', payment: true,
    line: { in: 'new', text: 'from contract year 2' },
    message: /judged from contract year 2 instead of 1: easier to meet/,
  },
  {
    id: 'contract-period-changed', direction: 'neutral', name: 'contract extended a year',
    change: (t) => edit(t, 'end: 2023-03-31', 'end: 2024-03-31'),
    before: '2023-03-31', after: '2024-03-31',
    line: { in: 'new', text: 'end: 2024-03-31' },
  },
  {
    id: 'area-added', direction: 'tightened', name: 'a third area',
    change: (t) => edit(t, 'areas: [Dover, Folkestone]', 'areas: [Dover, Folkestone, Deal]'),
    after: 'Deal', line: { in: 'new', text: 'areas: [Dover' },
  },
  {
    id: 'area-removed', direction: 'loosened', name: 'an area dropped',
    change: (t) => edit(t, 'areas: [Dover, Folkestone]', 'areas: [Dover]'),
    before: 'Folkestone', line: { in: 'old', text: 'areas: [Dover' },
  },
  {
    id: 'funding-raised', direction: 'loosened', name: 'Dover funding up',
    change: (t) => edit(t, 'Dover: 24000', 'Dover: 26000'),
    before: 24000, after: 26000, line: { in: 'new', text: 'Dover: 26000' },
  },
  {
    id: 'funding-lowered', direction: 'tightened', name: 'Folkestone funding down',
    change: (t) => edit(t, 'Folkestone: 24000', 'Folkestone: 20000'),
    before: 24000, after: 20000, line: { in: 'new', text: 'Folkestone: 20000' },
  },
  {
    id: 'payment-terms-changed', direction: 'tightened', name: 'more money at risk',
    change: (t) => edit(t, 'at_risk_percent: 20', 'at_risk_percent: 25'),
    before: 20, after: 25, line: { in: 'new', text: 'at_risk_percent: 25' },
  },
  {
    id: 'calendar-changed', direction: 'loosened', name: 'a closure day added',
    change: (t) => edit(t, '  closures:\n', '  closures:\n    - date: 2022-12-29\n'),
    after: '2022-12-29', line: { in: 'new', text: 'date: 2022-12-29' },
  },
  {
    id: 'eligibility-changed', direction: 'loosened', name: 'minimum age 17 → 18',
    change: (t) => edit(t, 'rule: age_at_referral >= 17', 'rule: age_at_referral >= 18'),
    line: { in: 'new', text: 'rule: age_at_referral >= 18' },
    message: /minimum age 17 → 18 \(fewer people eligible\)/,
  },
  {
    id: 'referral-route-added', direction: 'neutral', name: 'a new route',
    change: (t) => edit(t, 'routes: [self, primary_care]', 'routes: [self, primary_care, other]'),
    after: 'other', line: { in: 'new', text: 'routes: [self' },
  },
  {
    id: 'referral-route-removed', direction: 'neutral', name: 'a route dropped',
    change: (t) => edit(t, 'routes: [self, primary_care]', 'routes: [self]'),
    before: 'primary_care', line: { in: 'old', text: 'routes: [self' },
  },
  {
    id: 'dataset-added', direction: 'neutral', name: 'a new dataset',
    change: (t) => edit(t, 'targets:\n', '  surveys:\n    fields:\n      survey_id: { type: id, required: true }\ntargets:\n'),
    after: 'surveys', line: { in: 'new', text: '  surveys:' },
  },
  {
    id: 'dataset-removed', direction: 'breaking', name: 'contacts dropped (rules still name it)',
    change: (t) => edit(t, '  contacts:\n    title: Contacts\n    order_by: contact_date\n    fields:\n      referral_id: { type: id, required: true }\n      contact_date: { type: date, required: true }\n      outcome: { type: enum, values: [attempted, successful], required: true }\n    links:\n      referral: { field: referral_id, to: referrals }\n', ''),
    before: 'contacts', line: { in: 'old', text: '  contacts:' },
  },
  {
    id: 'dataset-renamed', direction: 'breaking', name: 'contacts → contact_attempts',
    change: (t) => edit(t, '  contacts:\n    title: Contacts', '  contact_attempts:\n    title: Contacts'),
    before: 'contacts', after: 'contact_attempts', line: { in: 'new', text: '  contact_attempts:' },
  },
  {
    id: 'dataset-changed', direction: 'breaking', name: 'a new key',
    change: (t) => edit(t, '    key: referral_id\n', '    key: client_id\n'),
    before: 'referral_id', after: 'client_id', line: { in: 'new', text: 'key: client_id' },
  },
  {
    id: 'field-added', direction: 'breaking', name: 'a required field',
    change: (t) => edit(t, '      sign_up_date: { type: date }\n', '      sign_up_date: { type: date }\n      gp_practice: { type: string, required: true }\n'),
    line: { in: 'new', text: 'gp_practice:' },
  },
  {
    id: 'field-removed', direction: 'breaking', name: 'a field deleted',
    change: (t) => edit(t, '      client_id: { type: id, required: true, description: The person\'s identifier; never a name. }\n', ''),
    line: { in: 'old', text: 'client_id:' },
  },
  {
    id: 'field-renamed', direction: 'breaking', name: 'client_id → person_id, description reworded',
    change: (t) => edit(t, "      client_id: { type: id, required: true, description: The person's identifier; never a name. }", "      person_id: { type: id, required: true, description: The person's id; never a name. }"),
    before: 'client_id', after: 'person_id', line: { in: 'new', text: 'person_id:' },
    alsoIds: ['wording-changed'],
  },
  {
    id: 'field-retyped', direction: 'breaking', name: 'age as a number',
    change: (t) => edit(t, 'age_at_referral: { type: integer', 'age_at_referral: { type: number'),
    before: 'integer', after: 'number', line: { in: 'new', text: 'age_at_referral:' },
  },
  {
    id: 'field-constraint-changed', direction: 'breaking', name: 'optional → required',
    change: (t) => edit(t, 'sign_up_date: { type: date }', 'sign_up_date: { type: date, required: true }'),
    after: true, line: { in: 'new', text: 'sign_up_date: { type: date, required: true }' },
  },
  {
    id: 'enum-value-added', direction: 'neutral', name: 'a new referral source',
    change: (t) => edit(t, 'values: [self, primary_care, other]', 'values: [self, primary_care, secondary_care, other]'),
    after: 'secondary_care', line: { in: 'new', text: 'values: [self, primary_care, secondary_care' },
  },
  {
    id: 'enum-value-removed', direction: 'breaking', name: 'a referral source dropped',
    change: (t) => edit(t, 'values: [self, primary_care, other]', 'values: [self, other]'),
    before: 'primary_care', line: { in: 'new', text: 'values: [self, other]' },
  },
  {
    id: 'derived-field-changed', direction: 'neutral', name: 'a derived field added',
    change: (t) => edit(t, '    checks:\n      - id: sign-up', '    derived:\n      signed_up:\n        expr: sign_up_date is present\n    checks:\n      - id: sign-up'),
    after: 'sign_up_date is present', line: { in: 'new', text: 'signed_up:' },
  },
  {
    id: 'data-check-added', direction: 'breaking', name: 'a new data check',
    change: (t) => edit(t, '    checks:\n', '    checks:\n      - id: adult\n        rule: age_at_referral >= 16\n        message: The person is under 16; check the age.\n'),
    after: 'age_at_referral >= 16', line: { in: 'new', text: '- id: adult' },
  },
  {
    id: 'data-check-removed', direction: 'neutral', name: 'a data check dropped',
    change: (t) => edit(t, '      - id: sign-up-before-referral\n        rule: sign_up_date is absent or sign_up_date >= referral_date\n        message: The sign-up date is before the referral date; correct one of the two dates.\n', ''),
    line: { in: 'old', text: '- id: sign-up-before-referral' },
  },
  {
    id: 'data-check-changed', direction: 'neutral', name: 'a data check made a warning',
    change: (t) => edit(t, '        message: The sign-up date is before', '        severity: warning\n        message: The sign-up date is before'),
    line: { in: 'new', text: '- id: sign-up-before-referral' },
  },
  {
    id: 'checklist-requirement-added', direction: 'tightened', name: 'a new requirement',
    change: (t) => edit(t, 'personal_outcomes:\n', '  - id: gdpr\n    category: key\n    requirement: Data protection\n    evidence: A data protection policy.\npersonal_outcomes:\n'),
    after: 'Data protection', line: { in: 'new', text: '- id: gdpr' },
  },
  {
    id: 'checklist-requirement-removed', direction: 'loosened', name: 'a requirement dropped',
    change: (t) => edit(t, '  - id: insurance\n    category: key\n    requirement: Insurance\n    evidence: Copies of insurance certificates.\n', ''),
    before: 'Insurance', line: { in: 'old', text: '- id: insurance' },
  },
  {
    id: 'checklist-evidence-changed', direction: 'neutral', name: 'different evidence asked for',
    change: (t) => edit(t, 'evidence: Copies of insurance certificates.', 'evidence: Copies of current insurance certificates and schedules.'),
    before: 'Copies of insurance certificates.', after: 'Copies of current insurance certificates and schedules.',
    line: { in: 'new', text: 'evidence: Copies of current' },
  },
  {
    id: 'personal-outcome-added', direction: 'tightened', name: 'a new personal outcome',
    change: (t) => edit(t, 'system_outcomes:\n', '  - id: more-confident\n    text: I feel more confident.\nsystem_outcomes:\n'),
    after: 'I feel more confident.', line: { in: 'new', text: '- id: more-confident' },
  },
  {
    id: 'personal-outcome-removed', direction: 'loosened', name: 'a personal outcome dropped',
    change: (t) => edit(t, '  - id: feel-less-lonely\n    text: I feel less lonely.\n', ''),
    before: 'I feel less lonely.', line: { in: 'old', text: '- id: feel-less-lonely' },
  },
  {
    id: 'system-outcome-added', direction: 'tightened', name: 'a new system outcome',
    change: (t) => edit(t, 'social_value:\n', '  - id: shorter-waits\n    text: Shorter waits.\nsocial_value:\n'),
    after: 'Shorter waits.', line: { in: 'new', text: '- id: shorter-waits' },
  },
  {
    id: 'system-outcome-removed', direction: 'loosened', name: 'a system outcome dropped',
    change: (t) => edit(t, '  - id: fewer-crisis-admissions\n    text: Fewer admissions in crisis.\n', ''),
    before: 'Fewer admissions in crisis.', line: { in: 'old', text: '- id: fewer-crisis-admissions' },
  },
  {
    id: 'social-value-theme-added', direction: 'tightened', name: 'a new theme',
    change: (t) => `${t}  - id: green\n    theme: Environment\n    description: Cut travel.\n`,
    after: 'Environment', line: { in: 'new', text: '- id: green' },
  },
  {
    id: 'social-value-theme-removed', direction: 'loosened', name: 'a theme dropped',
    change: (t) => edit(t, '  - id: local-employment\n    theme: Local employment\n    description: Recruit peer leaders locally.\n', ''),
    before: 'Local employment', line: { in: 'old', text: '- id: local-employment' },
  },
  {
    id: 'parameter-changed', direction: 'neutral', name: 'a parameter gains a default',
    change: (t) => edit(t, '    type: string\n    description: The loneliness scale', '    type: string\n    default: UCLA-3\n    description: The loneliness scale'),
    line: { in: 'new', text: 'loneliness_tool:' },
  },
  {
    id: 'wording-changed', direction: 'editorial', name: 'a paragraph reworded',
    change: (t) => edit(t, 'People feel less lonely and more connected.', 'People feel less isolated and more connected.'),
    before: 'People feel less lonely and more connected.', after: 'People feel less isolated and more connected.',
    line: { in: 'new', text: 'less isolated' },
    message: /\[-lonely-\]\s*\{\+isolated\+\}/,
  },
  {
    id: 'paragraph-added', direction: 'editorial', name: 'a paragraph added',
    change: (t) => edit(t, '      - People feel less lonely and more connected.\n', '      - People feel less lonely and more connected.\n      - Carers feel supported.\n'),
    after: 'Carers feel supported.', line: { in: 'new', text: 'Carers feel supported.' },
  },
  {
    id: 'paragraph-removed', direction: 'editorial', name: 'a paragraph removed',
    change: (t) => edit(t, '      - The service offers peer support to adults in Dover and Folkestone.\n', ''),
    before: 'The service offers peer support to adults in Dover and Folkestone.', line: { in: 'old', text: 'The service offers peer support' },
  },
  {
    id: 'section-added', direction: 'editorial', name: 'a new section',
    change: (t) => edit(t, 'eligibility:\n', '  - id: governance\n    title: Governance\neligibility:\n'),
    after: 'Governance', line: { in: 'new', text: '- id: governance' },
  },
  {
    id: 'section-removed', direction: 'editorial', name: 'a section removed',
    change: (t) => edit(t, '  - id: outcomes\n    title: Outcomes\n    paragraphs:\n      - People feel less lonely and more connected.\n', ''),
    before: 'Outcomes', line: { in: 'old', text: '- id: outcomes' },
  },
  {
    id: 'section-moved', direction: 'editorial', name: 'outcomes before introduction',
    change: (t) => {
      const intro = '  - id: introduction\n    title: Introduction\n    paragraphs:\n      - The service offers peer support to adults in Dover and Folkestone.\n      - number: 2\n        text: Peer leaders are trained and supported by the delivery partner.\n';
      const outcomes = '  - id: outcomes\n    title: Outcomes\n    paragraphs:\n      - People feel less lonely and more connected.\n';
      return edit(t, intro + outcomes, outcomes + intro);
    },
    line: { in: 'new', text: '- id: introduction' },
  },
  {
    id: 'version-changed', direction: 'neutral', name: '1.0.0 → 1.1.0',
    change: (t) => edit(t, 'version: 1.0.0', 'version: 1.1.0'),
    before: '1.0.0', after: '1.1.0', line: { in: 'new', text: 'version: 1.1.0' },
  },
  {
    id: 'detail-changed', direction: 'neutral', name: 'a new commissioner',
    change: (t) => edit(t, 'commissioner: Porchlight', 'commissioner: Kent County Council'),
    before: 'Porchlight', after: 'Kent County Council', line: { in: 'new', text: 'commissioner:' },
  },
];

describe('each catalogue entry, on a small spec changed in one way', () => {
  test.each(cases)('$id: $name', async (c) => {
    const changed = c.change(SMALL);
    const changes = await diffTexts(SMALL, changed);
    const main = changes.filter((x) => x.id === c.id);
    expect(main, JSON.stringify(changes, null, 1)).toHaveLength(1);
    const others = changes.filter((x) => x.id !== c.id).map((x) => x.id);
    expect(others).toEqual(c.alsoIds ?? []);
    const change = main[0];
    expect(change.direction).toBe(c.direction);
    if ('before' in c) expect(change.before).toEqual(c.before);
    if ('after' in c) expect(change.after).toEqual(c.after);
    expect(change.file).toBe(c.line.in === 'new' ? 'new.yaml' : 'old.yaml');
    expect(change.line).toBe(lineOf(c.line.in === 'new' ? changed : SMALL, c.line.text, c.line.after));
    expect(change.payment ?? false).toBe(c.payment ?? false);
    if (c.message) expect(change.message).toMatch(c.message);
  });

  test('every entry of the catalogue that a single spec can show has a case here', () => {
    const covered = new Set(cases.map((c) => c.id));
    // spec-added and spec-removed come from --base (tested with git in cli tests)
    const missing = [...CATALOGUE.keys()].filter((id) => !covered.has(id) && id !== 'spec-added' && id !== 'spec-removed');
    expect(missing).toEqual([]);
  });
});
