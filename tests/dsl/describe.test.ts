import { describe, expect, it } from 'vitest';
import { checkRule, describeExpression, describeRule, parseExpression, parseRule } from '../../src/dsl/index.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { peerSupportSpec } from './helpers.js';

/** Enough of Lots 4 and 5 for their eligibility and the preventative shift. */
const wellbeingLots: ServiceSpec = {
  id: 'universal-wellbeing',
  title: 'Universal Wellbeing Services in the Community',
  version: '1.0.0',
  contract: { start: '2023-04-01', end: '2028-03-31' },
  parameters: {
    feel_less_lonely_tool: { type: 'enum', values: ['ucla3', 'campaign_to_end_loneliness'], description: 'How loneliness is measured' },
  },
  datasets: {
    individuals: {
      key: 'individual_id',
      fields: {
        individual_id: { type: 'id' },
        district: { type: 'enum', values: ['Ashford', 'Canterbury'] },
        start_date: { type: 'date' },
        age: { type: 'integer' },
        complex_needs: { type: 'boolean' },
        support_level: { type: 'enum', values: ['level_1', 'level_2', 'level_3'] },
        ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`prisma7_q${i + 1}`, { type: 'boolean' as const }])),
        clinical_frailty_scale: { type: 'integer', minimum: 1, maximum: 9 },
        loneliness_tool: { type: 'enum', values: ['ucla3', 'campaign_to_end_loneliness'] },
      },
    },
  },
};

const prisma = Array.from({ length: 7 }, (_, i) => `prisma7_q${i + 1}`).join(', ');

describe('describeRule', () => {
  const spec = peerSupportSpec();
  const target = (id: string) => parseRule(spec.targets!.find((t) => t.id === id)!.rule).rule!;

  it('says a share target with an aggregate and working days as a commissioner would read it', () => {
    expect(describeRule(target('contact-attempt-2wd'), { spec })).toBe(
      'At least 95% of referrals, dated by referral date and counted for each area, meet this: the working days from the referral date to the earliest contact date of contacts are at most 2.',
    );
  });

  it('says an annual count and that it is pro-rated', () => {
    expect(describeRule(target('sign-ups'), { spec })).toBe(
      'At least 35 a year of referrals where the sign up date is recorded, dated by sign up date and counted for each area; the yearly number is pro-rated to quarters and part years.',
    );
  });

  it('keeps an "or" of two long conditions apart', () => {
    expect(describeRule(target('contact-made-5wd'), { spec })).toBe(
      'At least 95% of referrals, dated by referral date and counted for each area, meet this: either there are one or more contacts where the outcome is successful and the working days from the referral date to the contact date are at most 5, or the number of contacts where the working days from the referral date to the contact date are at most 5 is at least 3.',
    );
  });

  it('says first and last of linked records, and grouping through a link', () => {
    expect(describeRule(target('wellbeing-maintained-or-improved'), { spec })).toBe(
      'At least 70% of referrals where the service start date is recorded and the discharge date is recorded and the number of wellbeing records where SWEMWBS complete is at least 2, dated by discharge date and counted for each area, meet this: the SWEMWBS metric of the last of the wellbeing records where SWEMWBS complete is at least the SWEMWBS metric of the first of the wellbeing records where SWEMWBS complete.',
    );
    expect(describeRule(target('recommend-to-friends-family'), { spec })).toMatch(/, dated by survey date and counted for each area of the referral, /);
  });

  it('says the preventative shift of Lots 4 and 5, from contract year 3', () => {
    const { rule } = parseRule(
      'more than 50% of individuals where support_level is present meet support_level in [level_1, level_2] dated by start_date for each district from contract year 3',
    );
    expect(checkRule(rule!, { spec: wellbeingLots })).toEqual([]);
    expect(describeRule(rule!, { spec: wellbeingLots })).toBe(
      'From contract year 3, more than 50% of individuals where the support level is recorded, dated by start date and counted for each district, meet this: the support level is one of level 1 or level 2.',
    );
  });

  it('says a monitored measure as having no target', () => {
    const { rule } = parseRule('share of individuals where loneliness_tool = $feel_less_lonely_tool meet complex_needs dated by start_date');
    expect(checkRule(rule!, { spec: wellbeingLots })).toEqual([]);
    expect(describeRule(rule!, { spec: wellbeingLots })).toBe(
      "The share of individuals where the loneliness tool is the feel less lonely tool set in the provider's project file that meet this: complex needs; dated by start date. Monitored, with no target.",
    );
  });
});

describe('describeExpression', () => {
  it('says the Lots 4 and 5 eligibility', () => {
    const { expr } = parseExpression(`age >= 55 or complex_needs or prisma7_score(${prisma}) >= 3 or clinical_frailty_scale >= 5`);
    expect(describeExpression(expr!, { ctx: { spec: wellbeingLots }, dataset: 'individuals' })).toBe(
      'the age is at least 55 or complex needs or the PRISMA-7 score (of PRISMA-7 q1 to PRISMA-7 q7) is at least 3 or the clinical frailty scale is at least 5',
    );
  });

  it('uses date words for dates and value words for enum values', () => {
    const ctx = { ctx: { spec: peerSupportSpec() }, dataset: 'contacts' };
    const say = (text: string) => describeExpression(parseExpression(text).expr!, ctx);
    expect(say('contact_date < 2022-04-01')).toBe('the contact date is before 1 April 2022');
    expect(say('contact_date >= referral.referral_date')).toBe('the contact date is on or after the referral date of the referral');
    expect(say('outcome != successful')).toBe('the outcome is not successful');
    expect(say('not outcome in [attempted]')).toBe('the outcome is not attempted');
    expect(say('outcome not in [attempted, successful]')).toBe('the outcome is not one of attempted or successful');
    expect(say('not (referral.sign_up_date is present)')).toBe('the sign up date of the referral is not recorded');
  });

  it('guesses sensibly without a spec', () => {
    const say = (text: string) => describeExpression(parseExpression(text).expr!);
    expect(say('outcome = successful and area in [Dover, Folkestone]')).toBe('the outcome is successful and the area is one of Dover or Folkestone');
    expect(say('sign_up_date > referral_date')).toBe('the sign up date is after the referral date');
    expect(say('count(contacts) > 2')).toBe('the number of contacts is more than 2');
  });
});
