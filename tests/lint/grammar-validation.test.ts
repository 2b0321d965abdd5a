import { describe, expect, it } from 'vitest';
import { RuleGrammar, ruleGrammar } from '../../src/dsl/grammar.js';
import { createRuleLexer, ruleLexer } from '../../src/dsl/tokens.js';

// The CLI builds the lexer and parser without chevrotain's checks (they cost start-up time); these
// tests run the checks, so a token or grammar change that chevrotain rejects fails here.
describe('the rule language passes chevrotain’s own checks', () => {
  it('the lexer’s token patterns', () => {
    const lexer = createRuleLexer({ validate: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it('the grammar (no ambiguous alternatives, no left recursion)', () => {
    expect(() => new RuleGrammar({ validate: true })).not.toThrow();
  });

  it('the unchecked instances are built once and read rules the same way as checked ones', () => {
    expect(ruleLexer()).toBe(ruleLexer());
    expect(ruleGrammar()).toBe(ruleGrammar());
    const text = 'at least 95% of referrals meet working_days(referral_date, first_contact) <= 5 dated by referral_date';
    const types = (lexer: ReturnType<typeof ruleLexer>) => lexer.tokenize(text).tokens.map((t) => t.tokenType.name);
    expect(types(ruleLexer())).toEqual(types(createRuleLexer({ validate: true })));
  });
});
