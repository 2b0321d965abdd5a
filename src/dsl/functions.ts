/**
 * The built-in functions of the rule language, in one table that the parser (names and arity),
 * the type checker (argument and result types), the evaluator (by name), `describe` and the
 * language reference all read. Aggregates (count, any, all, min, max, sum, first, last) are not
 * functions: they range over linked records and are listed in AGGREGATES.
 */
import type { AggregateFn } from './ast.js';

/** The kinds of value a rule can hold; see ValueType in types.ts. */
export type ValueKind = 'number' | 'string' | 'boolean' | 'date' | 'id' | 'enum' | 'list' | 'text';

export interface FunctionSignature {
  name: string;
  /** one entry per argument: the kinds of value it accepts */
  params: ReadonlyArray<readonly ValueKind[]>;
  result: 'number' | 'boolean';
  /** for the language reference: what it computes, in plain words */
  summary: string;
  /** the call in plain words, given its arguments already in words */
  describe(args: string[]): string;
  /** whether describe() names several things ("the working days … are at most 2") */
  plural?: boolean;
}

const SEVEN_ITEMS: ReadonlyArray<readonly ValueKind[]> = Array.from({ length: 7 }, () => ['number'] as const);
const SEVEN_ANSWERS: ReadonlyArray<readonly ValueKind[]> = Array.from({ length: 7 }, () => ['boolean', 'enum'] as const);

/** Seven answers read best as a range: "item 1 to item 7". */
function listed(args: string[]): string {
  const bare = args.map((a) => a.replace(/^the /, ''));
  return bare.length <= 2 ? bare.join(' and ') : `${bare[0]} to ${bare[bare.length - 1]}`;
}

export const FUNCTIONS: ReadonlyMap<string, FunctionSignature> = new Map(
  (
    [
      {
        name: 'working_days',
        params: [['date'], ['date']],
        result: 'number',
        summary:
          'The working days d with a < d ≤ b: the first date is day 0; weekends, bank holidays of the spec’s region and closure days do not count. Negative when b is before a; absent when either date is.',
        describe: ([a, b]) => `the working days from ${a} to ${b}`,
        plural: true,
      },
      {
        name: 'days',
        params: [['date'], ['date']],
        result: 'number',
        summary: 'Calendar days from a to b (b − a); absent when either date is.',
        describe: ([a, b]) => `the calendar days from ${a} to ${b}`,
        plural: true,
      },
      {
        name: 'swemwbs_complete',
        params: SEVEN_ITEMS,
        result: 'boolean',
        summary: 'True when all seven SWEMWBS items are answered with a whole number from 1 to 5.',
        describe: (args) => `all seven SWEMWBS items (${listed(args)}) are answered 1 to 5`,
      },
      {
        name: 'swemwbs_raw',
        params: SEVEN_ITEMS,
        result: 'number',
        summary: 'The SWEMWBS raw score, 7 to 35: the sum of the seven items; absent unless the scale is complete.',
        describe: (args) => `the SWEMWBS raw score (of ${listed(args)})`,
      },
      {
        name: 'swemwbs_metric',
        params: SEVEN_ITEMS,
        result: 'number',
        summary:
          'The SWEMWBS metric score: the raw score converted with the Warwick conversion table (7 → 7.00 … 35 → 35.00); absent unless the scale is complete.',
        describe: (args) => `the SWEMWBS metric score (of ${listed(args)})`,
      },
      {
        name: 'fft_positive',
        params: [['enum']],
        result: 'boolean',
        summary:
          'True when a Friends and Family Test answer is very good or good (on the older scale, extremely likely or likely); false for any other answer.',
        describe: ([a]) => `${a} is very good or good (on the older scale, extremely likely or likely)`,
      },
      {
        name: 'prisma7_score',
        params: SEVEN_ANSWERS,
        result: 'number',
        summary:
          'The PRISMA-7 frailty score, 0 to 7: one point for each answer that indicates frailty (yes to questions 1 to 5 and 7, no to question 6).',
        describe: (args) => `the PRISMA-7 score (of ${listed(args)})`,
      },
      {
        name: 'size',
        params: [['list']],
        result: 'number',
        summary: 'How many values a list field holds (0 when it is blank).',
        describe: ([a]) => `the number of values in ${a}`,
      },
      {
        name: 'valid',
        params: [],
        result: 'boolean',
        summary:
          'True when every required field of the record is filled in and every filled-in field could be read as its type; never unknown.',
        describe: () => 'every required field is filled in and every field is valid',
      },
    ] satisfies FunctionSignature[]
  ).map((f) => [f.name, f]),
);

export interface AggregateSignature {
  fn: AggregateFn;
  /** min, max, sum, first and last need `FIELD of DATASET` */
  needsField: boolean;
  summary: string;
}

export const AGGREGATES: ReadonlyMap<AggregateFn, AggregateSignature> = new Map(
  (
    [
      { fn: 'count', needsField: false, summary: 'The number of linked records (meeting `where`, if given).' },
      { fn: 'any', needsField: false, summary: 'True when at least one linked record meets `where` (or exists).' },
      { fn: 'all', needsField: false, summary: 'True when every linked record meets `where`; true when there are none.' },
      { fn: 'min', needsField: true, summary: 'The smallest (earliest) value of a number or date field over the linked records.' },
      { fn: 'max', needsField: true, summary: 'The largest (latest) value of a number or date field over the linked records.' },
      { fn: 'sum', needsField: true, summary: 'The total of a number field over the linked records (0 when there are none).' },
      {
        fn: 'first',
        needsField: true,
        summary: "The field of the earliest linked record, by the dataset's order_by date (ties: source order).",
      },
      {
        fn: 'last',
        needsField: true,
        summary: "The field of the latest linked record, by the dataset's order_by date (ties: source order).",
      },
    ] satisfies AggregateSignature[]
  ).map((a) => [a.fn, a]),
);

export function isAggregateName(name: string): name is AggregateFn {
  return AGGREGATES.has(name as AggregateFn);
}
