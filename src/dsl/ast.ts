/**
 * The abstract syntax of the target-rule language (docs/language.md).
 *
 * Spans are 0-based offsets into the rule text as the YAML parser returned it; the spec loader
 * maps them to offsets in the YAML file (see spec/source.ts), and `SourceFile.position` turns
 * those into line:column.
 */

export interface Span {
  start: number;
  /** exclusive */
  end: number;
}

export type Comparator = 'at_least' | 'more_than';

/** What a rule measures and the bar it must reach. */
export type Measure =
  /** "at least 95% of …", "more than 50% of …"; threshold is a fraction (0.95). */
  | { kind: 'share'; comparator: Comparator; threshold: number; span: Span }
  /** "share of …": monitored, no threshold. */
  | { kind: 'share'; comparator: null; threshold: null; span: Span }
  /** "at least 35 a year of …": an annual count, pro-rated by months to quarters and part years. */
  | { kind: 'count'; comparator: Comparator; perYear: number; span: Span }
  /** "count of …": monitored, no threshold. */
  | { kind: 'count'; comparator: null; perYear: null; span: Span };

export interface Rule {
  measure: Measure;
  /** The records counted: a dataset and an optional filter ("referrals where contactable"). */
  population: { dataset: Identifier; where?: Expr; span: Span };
  /** "meet …": what a record of the population must satisfy to count in the numerator. Absent for counts. */
  condition?: Expr;
  /** "dated by …": the date field that puts a record in a period. */
  datedBy: FieldRef;
  /** "for each …": the field whose values split the results (usually area). */
  groupBy?: FieldRef;
  /** "from contract year 3": periods before that year are not judged. */
  fromContractYear?: { year: number; span: Span };
  span: Span;
}

export interface Identifier {
  name: string;
  span: Span;
}

export type Expr =
  | Literal
  | FieldRef
  | ParamRef
  | ListExpr
  | BinaryExpr
  | NotExpr
  | InExpr
  | PresenceExpr
  | CallExpr
  | AggregateExpr;

export type LiteralType = 'number' | 'string' | 'boolean' | 'date';

export interface Literal {
  kind: 'literal';
  type: LiteralType;
  /** dates are kept as written, YYYY-MM-DD */
  value: number | string | boolean;
  span: Span;
}

/**
 * A field of the record in scope ("referral_date"), of a linked parent ("referral.area"),
 * or a bare word that the type checker may resolve to an enum value ("successful").
 */
export interface FieldRef {
  kind: 'field';
  path: Identifier[];
  span: Span;
}

/** "$feel_less_lonely_tool": a parameter the provider sets in its project file. */
export interface ParamRef {
  kind: 'param';
  name: string;
  span: Span;
}

export interface ListExpr {
  kind: 'list';
  items: Expr[];
  span: Span;
}

export type BinaryOp = 'and' | 'or' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-';

export interface BinaryExpr {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  span: Span;
}

export interface NotExpr {
  kind: 'not';
  operand: Expr;
  span: Span;
}

/** "area in [Dover, Folkestone]", "kind not in [other]" */
export interface InExpr {
  kind: 'in';
  negated: boolean;
  value: Expr;
  list: ListExpr;
  span: Span;
}

/** "sign_up_date is present", "discharge_date is absent" (also "is not present"). */
export interface PresenceExpr {
  kind: 'presence';
  /** true for "is absent" / "is not present" */
  absent: boolean;
  operand: Expr;
  span: Span;
}

/** Built-in functions: working_days, days, swemwbs_complete, swemwbs_raw, swemwbs_metric, fft_positive, prisma7_score, valid. */
export interface CallExpr {
  kind: 'call';
  name: Identifier;
  args: Expr[];
  span: Span;
}

export type AggregateFn = 'count' | 'any' | 'all' | 'min' | 'max' | 'sum' | 'first' | 'last';

/**
 * An aggregate over the records of another dataset linked to the record in scope:
 *   count(contacts where outcome = successful)
 *   any(exit_surveys)          all(contacts where outcome = attempted)
 *   min(contact_date of contacts)    last(swemwbs_metric of wellbeing where swemwbs_complete)
 */
export interface AggregateExpr {
  kind: 'aggregate';
  fn: AggregateFn;
  /** the linked dataset */
  dataset: Identifier;
  /** the field aggregated, for min, max, sum, first and last */
  field?: Identifier;
  where?: Expr;
  span: Span;
}

/** The parts of a rule a reviewer cares about separately (used by `diff`). */
export type RulePart = 'measure' | 'population' | 'condition' | 'dating' | 'grouping' | 'from';
