import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRule, checkSpecRules, parseRule } from '../../src/dsl/index.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { peerSupportSpec } from './helpers.js';

describe('checking rules of a spec that failed its schema', () => {
  it('never throws, whatever shape the datasets, targets and parameters have', () => {
    const rules = peerSupportSpec().targets!.map((t) => t.rule);
    fc.assert(
      fc.property(
        fc.anything(),
        fc.dictionary(fc.constantFrom('referrals', 'contacts', 'wellbeing', 'x'), fc.anything()),
        fc.array(fc.record({ id: fc.string(), rule: fc.oneof(fc.constantFrom(...rules), fc.anything()) })),
        fc.anything(),
        (fields, datasets, targets, parameters) => {
          const spec = peerSupportSpec();
          spec.datasets!.referrals.fields = fields as never;
          Object.assign(spec.datasets!, datasets);
          spec.targets = targets as never;
          spec.parameters = parameters as never;
          expect(() => checkSpecRules({ spec })).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not take names from JavaScript objects for fields, datasets or parameters', () => {
    const spec = peerSupportSpec();
    const check = (text: string) => checkRule(parseRule(text).rule!, { spec }).map((d) => d.code);
    expect(check('at least 95% of referrals meet constructor dated by referral_date')).toEqual(['type-unknown-field']);
    expect(check('at least 95% of toString meet contactable dated by referral_date')).toEqual(['type-unknown-dataset']);
    expect(check('at least 95% of referrals meet $constructor = 1 dated by referral_date')).toEqual(['type-unknown-parameter']);
    expect(check('at least 95% of contacts meet referral.hasOwnProperty dated by contact_date')).toEqual(['type-unknown-field']);
  });

  it('reads a field of a type the schema does not know as unreadable text, not as a crash', () => {
    const spec: ServiceSpec = peerSupportSpec();
    (spec.datasets!.referrals.fields.area as { type: string }).type = 'postcode';
    const codes = checkRule(parseRule('at least 95% of referrals meet area = Dover dated by referral_date').rule!, { spec }).map((d) => d.code);
    expect(codes).toEqual(['type-text-field']);
  });
});
