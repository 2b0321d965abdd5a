import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/diagnostics.js';
import { checkRule, parseExpression, parseRule, type DslDiagnostic } from '../../src/dsl/index.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { endOf, peerSupportSpec, spanOf } from './helpers.js';

/** A share rule on referrals around a condition, so each case shows only what matters. */
const meet = (condition: string) => `at least 95% of referrals meet ${condition} dated by referral_date`;

interface Case {
  text: string;
  code: string;
  message: string;
  /** the text the diagnostic underlines, and which occurrence of it (default the first) */
  at: string | { end: true };
  occurrence?: number;
}

function expectOne(diagnostics: DslDiagnostic[], text: string, c: Case): void {
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  expect(d.code).toBe(c.code);
  expect(d.message).toBe(c.message);
  const span = typeof c.at === 'string' ? spanOf(text, c.at, c.occurrence) : endOf(text);
  expect(d.span).toEqual(span);
}

const syntaxCases: Case[] = [
  {
    text: 'at least of referrals meet contactable dated by referral_date',
    code: 'dsl-unexpected-token',
    message: "Expected a percentage like 95% or a number after 'at least', but found 'of'.",
    at: 'of',
  },
  {
    text: 'at least 95% of',
    code: 'dsl-unexpected-end',
    message: "The rule ends too soon: expected the name of a dataset (like referrals) after 'of'.",
    at: { end: true },
  },
  {
    text: 'at least 95% of referrals meet contactable',
    code: 'dsl-missing-dated-by',
    message:
      "The rule ends without 'dated by': add 'dated by' and the date field that puts each record in a period, e.g. 'dated by referral_date'.",
    at: { end: true },
  },
  {
    text: 'at least 95% of referrals dated by referral_date',
    code: 'dsl-missing-meet',
    message:
      "A share rule needs 'meet' and the condition a record must meet to count, e.g. 'meet outcome = successful'; to count records instead, start with 'at least 35 a year of' or 'count of'.",
    at: 'at least 95% of',
  },
  {
    text: 'at least 35 a year of referrals meet contactable dated by sign_up_date',
    code: 'dsl-meet-on-count',
    message:
      "A count rule counts every record of its population and takes no 'meet': move the condition into 'where', e.g. 'referrals where sign_up_date is present'.",
    at: 'meet contactable',
  },
  {
    text: 'at least 120% of referrals meet contactable dated by referral_date',
    code: 'dsl-bad-percent',
    message: "'120%' is more than 100%: a share can be at most 100%.",
    at: '120%',
  },
  {
    text: meet('(contactable or ready_to_engage'),
    code: 'dsl-unclosed-paren',
    message: "The '(' is not closed: expected ')' but found 'dated'.",
    at: 'dated',
  },
  {
    text: 'at least 95% of referrals meet working_days(referral_date, sign_up_date <= 2 dated by referral_date',
    code: 'dsl-unclosed-paren',
    message: "The '(' after 'working_days' is not closed: expected ')' but found 'dated'.",
    at: 'dated',
  },
  {
    text: 'at least 95% of referrals meet working_days(referral_date, sign_up_date',
    code: 'dsl-unclosed-paren',
    message: "The '(' after 'working_days' is not closed: expected ')' before the end of the rule.",
    at: { end: true },
  },
  {
    text: meet('area in [Dover, Folkestone'),
    code: 'dsl-unclosed-list',
    message: "The '[' is not closed: expected ']' but found 'dated'. Separate the values with ','.",
    at: 'dated',
  },
  {
    text: meet('area in [Dover Folkestone]'),
    code: 'dsl-unclosed-list',
    message: "The '[' is not closed: expected ']' but found 'Folkestone'. Separate the values with ','.",
    at: 'Folkestone',
  },
  {
    text: meet('area = "Dover'),
    code: 'dsl-unclosed-string',
    message: 'The text "Dover dated by refe… has no closing double quote: end it with " on the same line.',
    at: '"Dover dated by referral_date',
  },
  {
    text: meet('age_at_referral ≥ 17'),
    code: 'dsl-unknown-character',
    message: "'≥' is not part of the rule language: write '>=' for 'at least'.",
    at: '≥',
  },
  {
    text: meet('age_at_referral @ 17'),
    code: 'dsl-unknown-character',
    message: "'@' is not part of the rule language; names use only letters, digits and _.",
    at: '@',
  },
  {
    text: meet('working_day(referral_date, sign_up_date) <= 2'),
    code: 'dsl-unknown-function',
    message:
      "'working_day' is not a function of the rule language. Did you mean 'working_days'? The functions are working_days, days, swemwbs_complete, swemwbs_raw, swemwbs_metric, fft_positive, prisma7_score, size and valid.",
    at: 'working_day',
  },
  {
    text: meet('working_days(referral_date) <= 2'),
    code: 'dsl-wrong-arity',
    message: 'working_days takes 2 values but is given 1: write working_days(date, date).',
    at: 'working_days(referral_date)',
  },
  {
    text: meet('min(contacts) is present'),
    code: 'dsl-aggregate-needs-of',
    message:
      'min needs a field and the linked records to look at: write min(FIELD of DATASET), e.g. min(contact_date of contacts).',
    at: 'min(contacts)',
  },
  {
    text: meet('count(contact_date of contacts) > 1'),
    code: 'dsl-aggregate-takes-no-field',
    message: 'count looks at whole records and takes no field: write count(contacts) or count(contacts where …).',
    at: 'count(contact_date of contacts)',
  },
  {
    text: meet('min(contact_date, contacts) is present'),
    code: 'dsl-unexpected-token',
    message:
      "Expected 'of', 'where' or ')' after 'contact_date', but found ','. An aggregate looks at one linked dataset, not a list of values: write for example min(contact_date of contacts) or count(contacts where outcome = successful).",
    at: ',',
  },
  {
    text: meet('area in []'),
    code: 'dsl-empty-list',
    message: 'This list is empty, so nothing is in it: put the values between the brackets, e.g. [Dover, Folkestone].',
    at: '[]',
  },
  {
    text: meet('referral_date > 2022-13-01'),
    code: 'dsl-bad-date',
    message: "'2022-13-01' is not a date: the month must be 01 to 12.",
    at: '2022-13-01',
  },
  {
    text: meet('referral_date > 2023-02-29'),
    code: 'dsl-bad-date',
    message: "'2023-02-29' is not a date: February 2023 has 28 days.",
    at: '2023-02-29',
  },
  {
    text: 'AT LEAST 95% of referrals meet contactable dated by referral_date',
    code: 'dsl-uppercase-keyword',
    message: "'AT' is written in capitals: the words of the rule language are lower case. Write 'at'.",
    at: 'AT',
  },
  {
    text: meet('contactable AND ready_to_engage'),
    code: 'dsl-uppercase-keyword',
    message: "'AND' is written in capitals: the words of the rule language are lower case. Write 'and'.",
    at: 'AND',
  },
  {
    text: 'at least 95% of referrals meet contactable dated by referral_date where ready_to_engage',
    code: 'dsl-clause-order',
    message:
      "'where' must come before 'dated by': write the parts of a rule in the order 'where', 'meet', 'dated by', 'for each' and 'from contract year'.",
    at: 'where ready_to_engage',
  },
  {
    text: 'at least 95% of referrals meet contactable meet ready_to_engage dated by referral_date',
    code: 'dsl-duplicate-clause',
    message: "The rule has a second 'meet'. Join the conditions with 'and' in one 'meet'.",
    at: 'meet ready_to_engage',
  },
  {
    text: 'at least 95% of referrals meet contactable dated by referral_date from contract year 0',
    code: 'dsl-bad-contract-year',
    message: "'0' is not a contract year: write a whole number from 1, e.g. 'from contract year 3'.",
    at: '0',
  },
  {
    text: 'at least 95 of referrals meet contactable dated by referral_date',
    code: 'dsl-unexpected-token',
    message:
      "Expected 'a year' or 'per year' after '95', but found 'of'. For a share, write the percentage with a % sign, like 95%; for a count, write '95 a year of'.",
    at: 'of',
  },
  {
    text: meet('area == Dover'),
    code: 'dsl-unexpected-token',
    message:
      "Expected a value such as a field name, a number, a date or a condition in brackets after '=', but found '='. Write a single '=' to compare.",
    at: '=',
    occurrence: 1,
  },
  {
    text: 'at least 95% of referrals meets contactable dated by referral_date',
    code: 'dsl-unexpected-token',
    message:
      "Expected the next part of the rule ('where', 'meet', 'dated by', 'for each' or 'from contract year') or the end of the rule after 'referrals', but found 'meets'. Did you mean 'meet'?",
    at: 'meets',
  },
  {
    text: 'at least 95% of referrals where contactable ready_to_engage meet contactable dated by referral_date',
    code: 'dsl-unexpected-token',
    message:
      "Expected 'and', 'or', a comparison, or the next part of the rule ('where', 'meet', 'dated by', 'for each' or 'from contract year') after 'contactable', but found 'ready_to_engage'.",
    at: 'ready_to_engage',
  },
  {
    text: 'at least 95% of referrals meet contactable and',
    code: 'dsl-unexpected-end',
    message:
      "The rule ends too soon: expected a value such as a field name, a number, a date or a condition in brackets after 'and'.",
    at: { end: true },
  },
  {
    text: 'at least 95% of referrals meet contactable dated',
    code: 'dsl-unexpected-end',
    message: "The rule ends too soon: expected 'by' after 'dated'.",
    at: { end: true },
  },
  {
    text: '',
    code: 'dsl-unexpected-end',
    message: "The rule is empty: write a target such as 'at least 95% of referrals meet … dated by referral_date'.",
    at: { end: true },
  },
  {
    text: 'at least 95% of referrals meet contactable dated by year',
    code: 'dsl-unexpected-token',
    message:
      "Expected a date field (like referral_date) after 'dated by', but found 'year'. 'year' is a word of the rule language, so it cannot be used as a name here.",
    at: 'year',
  },
  {
    text: meet('age_at_referral >= 50%'),
    code: 'dsl-unexpected-token',
    message:
      "Expected a value such as a field name, a number, a date or a condition in brackets after '>=', but found '50%'. A percentage only starts a rule (at least 95% of …); inside a condition, compare numbers.",
    at: '50%',
  },
  {
    text: '95% of referrals meet contactable dated by referral_date',
    code: 'dsl-unexpected-token',
    message: "Expected 'at least', 'more than', 'share of' or 'count of' at the start of the rule, but found '95%'.",
    at: '95%',
  },
];

describe('syntax errors', () => {
  it.each(syntaxCases)('$code: $text', (c) => {
    const result = parseRule(c.text);
    expect(result.rule).toBeUndefined();
    expectOne(result.diagnostics, c.text, c);
  });

  it('calls a rule of nothing but a comment empty, at its start', () => {
    const { diagnostics } = parseRule('   # nothing but a comment\n');
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['dsl-unexpected-end', { start: 0, end: 0 }]]);
  });

  it('reports a stray word after a complete condition', () => {
    const text = 'outcome = successful successful';
    const result = parseExpression(text);
    expect(result.expr).toBeUndefined();
    expectOne(result.diagnostics, text, {
      text,
      code: 'dsl-unexpected-token',
      message: "Expected 'and', 'or', a comparison or the end of the condition after 'successful', but found 'successful'.",
      at: 'successful',
      occurrence: 1,
    });
  });

  it('reports every single quote, each with its own place', () => {
    const text = meet("area = 'Dover'");
    const { diagnostics } = parseRule(text);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['dsl-unknown-character', spanOf(text, "'")],
      ['dsl-unknown-character', spanOf(text, "'", 1)],
    ]);
    expect(diagnostics[0].message).toBe('\'\'\' is not part of the rule language: write text in double quotes, "like this".');
  });

  it('reports several independent problems of one rule in text order', () => {
    const text = meet('referral_date > 2022-13-01 and min(contacts) is present and foo(area)');
    const { diagnostics } = parseRule(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['dsl-bad-date', 'dsl-aggregate-needs-of', 'dsl-unknown-function']);
    expect(diagnostics.map((d) => d.span)).toEqual([spanOf(text, '2022-13-01'), spanOf(text, 'min(contacts)'), spanOf(text, 'foo')]);
  });
});

/** The peer-support spec, with small additions some type errors need. */
function specWith(change: (spec: ServiceSpec) => void = () => {}): ServiceSpec {
  const spec = peerSupportSpec();
  change(spec);
  return spec;
}

const typeCases: Array<Case & { spec?: ServiceSpec }> = [
  {
    text: 'at least 95% of referals meet contactable dated by referral_date',
    code: 'type-unknown-dataset',
    message:
      "'referals' is not a dataset of this spec. Did you mean 'referrals'? The datasets are referrals, contacts, wellbeing, exit_surveys, peer_leaders and activities.",
    at: 'referals',
  },
  {
    text: meet('contactible'),
    code: 'type-unknown-field',
    message: "'contactible' is not a field of referrals. Did you mean 'contactable'?",
    at: 'contactible',
  },
  {
    text: 'at least 95% of contacts meet successful dated by contact_date',
    code: 'type-unknown-field',
    message: "'successful' is not a field of contacts. 'successful' is a value of outcome: compare it, like outcome = successful.",
    at: 'successful',
  },
  {
    text: meet('contacts'),
    code: 'type-unknown-field',
    message:
      "'contacts' is not a field of referrals. contacts is a dataset: to ask whether the record has linked contacts, write any(contacts); to count them, count(contacts).",
    at: 'contacts',
  },
  {
    text: 'at least 95% of contacts meet referral.areas = Dover dated by contact_date',
    code: 'type-unknown-field',
    message: "'areas' is not a field of referrals (reached through the link 'referral'). Did you mean 'area'?",
    at: 'areas',
  },
  {
    text: 'at least 95% of exit_surveys meet fft_positive(fft_response) dated by survey_date for each referal.area',
    code: 'type-unknown-link',
    message: "'referal' is not a link of exit_surveys, so referal.area cannot be read. Did you mean 'referral'? The links are referral.",
    at: 'referal',
  },
  {
    text: meet('referral_date <= 2'),
    code: 'type-mismatch',
    message: 'A date cannot be compared with a number: referral_date is a date, 2 is a number.',
    at: 'referral_date <= 2',
  },
  {
    text: meet('area < Folkestone'),
    code: 'type-mismatch',
    message:
      "Choices have no order, so only '=', '!=' and 'in' apply to them: area is one of Dover or Folkestone, Folkestone is one of Dover or Folkestone.",
    at: 'area < Folkestone',
  },
  {
    text: meet('referral_date - sign_up_date > 3'),
    code: 'type-mismatch',
    message:
      'Subtracting one date from another is ambiguous: write days(sign_up_date, referral_date) for calendar days or working_days(sign_up_date, referral_date) for working days.',
    at: 'referral_date - sign_up_date',
  },
  {
    text: meet('working_days(referral_date, sign_up_date)'),
    code: 'type-not-boolean',
    message:
      "The condition after 'meet' must be true or false, but working_days(referral_date, sign_up_date) is a number: compare it with something, e.g. … >= 2.",
    at: 'working_days(referral_date, sign_up_date)',
  },
  {
    text: 'at least 95% of referrals where area = Dovr meet contactable dated by referral_date',
    code: 'type-unknown-enum-value',
    message: "'Dovr' is not one of Dover or Folkestone. Did you mean 'Dover'?",
    at: 'Dovr',
  },
  {
    text: meet('mecc_topics in [alcohol, smoking, dancing]'),
    code: 'type-unknown-enum-value',
    message: "'dancing' is not one of physical_health, alcohol, smoking, healthy_eating or sexual_health.",
    at: 'dancing',
  },
  {
    text: 'at least 50% of peer_leaders meet count(contacts) >= 1 dated by training_completed_date',
    code: 'type-unlinked-aggregate',
    message:
      'contacts are not linked to peer_leaders: count(…) looks at the contacts records that link to the peer_leaders record in scope. Add a link to peer_leaders under datasets.contacts.links, or use a dataset that has one.',
    at: 'contacts',
  },
  {
    text: meet('min(outcome of contacts) is present'),
    code: 'type-aggregate-field-type',
    message: 'min needs a number or date field, but outcome of contacts is one of attempted or successful.',
    at: 'outcome',
  },
  {
    text: meet('first(outcome of contacts) = successful'),
    code: 'type-aggregate-needs-order',
    message: 'first(…) needs to know which contacts record comes first: add order_by (a date field) to datasets.contacts.',
    at: 'first(outcome of contacts)',
    spec: specWith((s) => delete s.datasets!.contacts.order_by),
  },
  {
    text: 'at least 95% of referrals meet contactable dated by area',
    code: 'type-dated-by-not-date',
    message:
      "'dated by' needs a date field, but area is one of Dover or Folkestone. The date fields of referrals are referral_date, sign_up_date, service_start_date, support_plan_date and discharge_date.",
    at: 'area',
  },
  {
    text: 'at least 95% of referrals meet contactable dated by referral_date for each referral_date',
    code: 'type-group-by',
    message:
      "'for each' splits the results by the values of a field such as area, but referral_date is a date: use a choice, id, text, number or true/false field.",
    at: 'referral_date',
    occurrence: 1,
  },
  {
    text: meet('$tool = wemwbs'),
    code: 'type-unknown-parameter',
    message: "'$tool' is not a parameter of this spec. Declare it under parameters.",
    at: '$tool',
  },
  {
    text: meet('$tol = wemwbs'),
    code: 'type-unknown-parameter',
    message: "'$tol' is not a parameter of this spec. Did you mean 'tool'? The parameters are $tool.",
    at: '$tol',
    spec: specWith((s) => (s.parameters = { tool: { type: 'enum', values: ['wemwbs', 'swemwbs'], description: 'Wellbeing scale' } })),
  },
  {
    text: meet('$tool = wembws'),
    code: 'type-unknown-enum-value',
    message: "'wembws' is not one of wemwbs or swemwbs. Did you mean 'wemwbs'?",
    at: 'wembws',
    spec: specWith((s) => (s.parameters = { tool: { type: 'enum', values: ['wemwbs', 'swemwbs'], description: 'Wellbeing scale' } })),
  },
  {
    text: meet('working_days(referral_date, age_at_referral) <= 2'),
    code: 'type-function-argument',
    message: 'working_days needs a date as its second value, but age_at_referral is a number.',
    at: 'age_at_referral',
  },
  {
    text: 'at least 2 a year of activities where description = "fundraiser" dated by activity_date',
    code: 'type-text-field',
    message: "description is free text, which servicespec never reads: only 'description is present' can be asked of it.",
    at: 'description',
  },
  {
    text: meet('area = [Dover]'),
    code: 'type-list-outside-in',
    message: "A list like [Dover] can only follow 'in', as in: area in [Dover, Folkestone].",
    at: '[Dover]',
  },
  {
    text: 'at least 95% of referrals meet contactable dated by referral_date from contract year 3',
    code: 'type-contract-year-beyond',
    message: "The contract runs for 2 years, so 'from contract year 3' never applies: check the year or the contract dates.",
    at: 'from contract year 3',
  },
  {
    text: 'at least 95% of wellbeing meet looped dated by assessment_date',
    code: 'type-derived-cycle',
    message: 'The derived field looped of wellbeing is computed from itself: break the circle of derived fields.',
    at: 'looped',
    spec: specWith((s) => {
      s.datasets!.wellbeing.derived!.looped = { expr: 'circular and instrument = SWEMWBS' };
      s.datasets!.wellbeing.derived!.circular = { expr: 'looped' };
    }),
  },
];

describe('type errors', () => {
  it.each(typeCases)('$code: $text', (c) => {
    const parsed = parseRule(c.text);
    expect(parsed.diagnostics).toEqual([]);
    const diagnostics = checkRule(parsed.rule!, { spec: c.spec ?? peerSupportSpec() });
    expectOne(diagnostics, c.text, c);
  });

  it('gives a warning, not an error, for a contract year the contract never reaches', () => {
    const { rule } = parseRule('at least 95% of referrals meet contactable dated by referral_date from contract year 3');
    expect(checkRule(rule!, { spec: peerSupportSpec() })[0].severity).toBe('warning');
    const { rule: inRange } = parseRule('at least 95% of referrals meet contactable dated by referral_date from contract year 2');
    expect(checkRule(inRange!, { spec: peerSupportSpec() })).toEqual([]);
  });

  it('does not pile a second error on a comparison whose other side is already wrong', () => {
    const text = meet('$tool = wemwbs');
    const diagnostics = checkRule(parseRule(text).rule!, { spec: peerSupportSpec() });
    expect(diagnostics.map((d) => d.code)).toEqual(['type-unknown-parameter']);
  });
});

describe('spans as line:column', () => {
  it('points at the right line and column of a rule written over several lines', () => {
    // As YAML hands over a block scalar: one clause a line, indented.
    const text = ['at least 95% of referrals', '  where contactable', '  meet working_days(referral_date, sign_up_dte) <= 2', '  dated by referral_date', ''].join('\n');
    const diagnostics = checkRule(parseRule(text).rule!, { spec: peerSupportSpec() });
    expect(diagnostics.map((d) => d.code)).toEqual(['type-unknown-field']);
    const source = new SourceFile('rule', text);
    // "  meet working_days(referral_date, " is 35 characters, so the name starts in column 36
    expect(source.position(diagnostics[0].span.start)).toEqual({ line: 3, column: 36 });
    expect(source.position(diagnostics[0].span.end)).toEqual({ line: 3, column: 47 });
    expect(text.slice(diagnostics[0].span.start, diagnostics[0].span.end)).toBe('sign_up_dte');
  });

  it('places a syntax error on its own line after a comment line', () => {
    const text = '# contact within two days\nat least 95% of referrals\n  meet contactable\n  dated referral_date\n';
    const { diagnostics } = parseRule(text);
    expect(diagnostics[0].code).toBe('dsl-unexpected-token');
    expect(new SourceFile('rule', text).position(diagnostics[0].span.start)).toEqual({ line: 4, column: 9 });
  });
});
