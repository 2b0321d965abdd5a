/**
 * Rule text → ast.ts. The chevrotain grammar (grammar.ts) recognises the text; this file builds the
 * AST from its concrete syntax tree with exact spans (0-based offsets into the text) and checks
 * what a grammar cannot say well: the order and presence of a rule's parts, percentages over 100%,
 * impossible dates, empty lists, unknown functions and argument counts.
 */
import type { CstNode, IToken } from 'chevrotain';
import type {
  AggregateExpr,
  AggregateFn,
  BinaryOp,
  Expr,
  FieldRef,
  Identifier,
  ListExpr,
  Literal,
  Measure,
  Rule,
  Span,
} from './ast.js';
import { dslError, type DslDiagnostic } from './diagnostic.js';
import { AGGREGATES, FUNCTIONS } from './functions.js';
import { ruleGrammar } from './grammar.js';
import { didYouMean, joinWords } from './suggest.js';
import {
  lexingErrorToDiagnostic,
  spanOf,
  syntaxErrorToDiagnostic,
  unclosedStringDiagnostic,
  type ParseMode,
} from './syntax-errors.js';
import { LBracket, LParen, RBracket, RParen, ruleLexer, UnclosedString } from './tokens.js';

/** Deeper nesting than this is certainly a mistake, and would risk the parser's stack. */
const MAX_NESTING = 64;

type Children = Record<string, Array<CstNode | IToken>>;

function childrenOf(node: CstNode): Children {
  return node.children as Children;
}

function token(node: CstNode, name: string, index = 0): IToken | undefined {
  return childrenOf(node)[name]?.[index] as IToken | undefined;
}

function tokens(node: CstNode, name: string): IToken[] {
  return (childrenOf(node)[name] ?? []) as IToken[];
}

function subrule(node: CstNode, name: string, index = 0): CstNode | undefined {
  return childrenOf(node)[name]?.[index] as CstNode | undefined;
}

function subrules(node: CstNode, name: string): CstNode[] {
  return (childrenOf(node)[name] ?? []) as CstNode[];
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function identifier(t: IToken): Identifier {
  return { name: t.image, span: spanOf(t) };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Why YYYY-MM-DD is not a real date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12) return 'the month must be 01 to 12';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  return undefined;
}

const COMPARE_OPS: Record<string, BinaryOp> = {
  Equal: '=',
  NotEqual: '!=',
  Less: '<',
  LessEqual: '<=',
  Greater: '>',
  GreaterEqual: '>=',
};

type ClauseKind = 'where' | 'meet' | 'dated' | 'for' | 'from';
const CLAUSE_ORDER: ClauseKind[] = ['where', 'meet', 'dated', 'for', 'from'];
const CLAUSE_WORDS: Record<ClauseKind, string> = {
  where: 'where',
  meet: 'meet',
  dated: 'dated by',
  for: 'for each',
  from: 'from contract year',
};

/** Builds the AST from the concrete syntax tree and collects the problems the grammar leaves to us. */
class AstBuilder {
  readonly problems: DslDiagnostic[] = [];

  rule(node: CstNode, allTokens: IToken[]): Rule {
    const measure = this.measure(subrule(node, 'measure')!);
    const datasetToken = token(node, 'Identifier')!;
    const dataset = identifier(datasetToken);
    const rule: Rule = {
      measure,
      population: { dataset, span: dataset.span },
      datedBy: undefined as unknown as FieldRef,
      span: join(measure.span, spanOf(allTokens[allTokens.length - 1])),
    };
    const seen = new Map<ClauseKind, Span>();
    let latest: { kind: ClauseKind; span: Span } | undefined;
    for (const clauseNode of subrules(node, 'clause')) {
      const { kind, span } = this.clause(clauseNode, rule);
      const first = seen.get(kind);
      if (first) {
        const advice =
          kind === 'where' || kind === 'meet'
            ? ` Join the conditions with 'and' in one '${kind}'.`
            : ` Keep one of them.`;
        this.problems.push(dslError('dsl-duplicate-clause', `The rule has a second '${CLAUSE_WORDS[kind]}'.${advice}`, span));
      } else {
        seen.set(kind, span);
      }
      if (latest && CLAUSE_ORDER.indexOf(kind) < CLAUSE_ORDER.indexOf(latest.kind)) {
        this.problems.push(
          dslError(
            'dsl-clause-order',
            `'${CLAUSE_WORDS[kind]}' must come before '${CLAUSE_WORDS[latest.kind]}': write the parts of a rule in the order ${joinWords(
              CLAUSE_ORDER.map((k) => `'${CLAUSE_WORDS[k]}'`),
            )}.`,
            span,
          ),
        );
      }
      if (!latest || CLAUSE_ORDER.indexOf(kind) > CLAUSE_ORDER.indexOf(latest.kind)) latest = { kind, span };
    }
    if (rule.population.where) rule.population.span = join(dataset.span, rule.population.where.span);

    const end = rule.span.end;
    if (!seen.has('dated')) {
      this.problems.push(
        dslError(
          'dsl-missing-dated-by',
          "The rule ends without 'dated by': add 'dated by' and the date field that puts each record in a period, e.g. 'dated by referral_date'.",
          { start: end, end },
        ),
      );
    }
    if (measure.kind === 'share' && !seen.has('meet')) {
      this.problems.push(
        dslError(
          'dsl-missing-meet',
          "A share rule needs 'meet' and the condition a record must meet to count, e.g. 'meet outcome = successful'; to count records instead, start with 'at least 35 a year of' or 'count of'.",
          measure.span,
        ),
      );
    }
    if (measure.kind === 'count' && seen.has('meet')) {
      this.problems.push(
        dslError(
          'dsl-meet-on-count',
          "A count rule counts every record of its population and takes no 'meet': move the condition into 'where', e.g. 'referrals where sign_up_date is present'.",
          seen.get('meet')!,
        ),
      );
    }
    return rule;
  }

  private measure(node: CstNode): Measure {
    const first = (token(node, 'At') ?? token(node, 'More') ?? token(node, 'Share') ?? token(node, 'Count'))!;
    const span = join(spanOf(first), spanOf(token(node, 'Of')!));
    const bar = subrule(node, 'bar');
    if (!bar) {
      return first.image === 'share'
        ? { kind: 'share', comparator: null, threshold: null, span }
        : { kind: 'count', comparator: null, perYear: null, span };
    }
    const comparator = first.image === 'at' ? 'at_least' : 'more_than';
    const percent = token(bar, 'Percent');
    if (percent) {
      const value = Number(percent.image.slice(0, -1));
      if (value > 100) {
        this.problems.push(
          dslError('dsl-bad-percent', `'${percent.image}' is more than 100%: a share can be at most 100%.`, spanOf(percent)),
        );
      }
      return { kind: 'share', comparator, threshold: value / 100, span };
    }
    const count = token(bar, 'NumberLiteral')!;
    return { kind: 'count', comparator, perYear: Number(count.image), span };
  }

  private clause(node: CstNode, rule: Rule): { kind: ClauseKind; span: Span } {
    const keyword = (token(node, 'Where') ?? token(node, 'Meet') ?? token(node, 'Dated') ?? token(node, 'For') ?? token(node, 'From'))!;
    const start = spanOf(keyword);
    switch (keyword.image) {
      case 'where': {
        const where = this.expression(subrule(node, 'expression')!);
        rule.population.where ??= where;
        return { kind: 'where', span: join(start, where.span) };
      }
      case 'meet': {
        const condition = this.expression(subrule(node, 'expression')!);
        rule.condition ??= condition;
        return { kind: 'meet', span: join(start, condition.span) };
      }
      case 'dated': {
        const field = this.fieldPath(subrule(node, 'fieldPath')!);
        rule.datedBy ??= field;
        return { kind: 'dated', span: join(start, field.span) };
      }
      case 'for': {
        const field = this.fieldPath(subrule(node, 'fieldPath')!);
        rule.groupBy ??= field;
        return { kind: 'for', span: join(start, field.span) };
      }
      default: {
        const yearToken = token(node, 'NumberLiteral')!;
        const year = Number(yearToken.image);
        if (!Number.isInteger(year) || year < 1) {
          this.problems.push(
            dslError(
              'dsl-bad-contract-year',
              `'${yearToken.image}' is not a contract year: write a whole number from 1, e.g. 'from contract year 3'.`,
              spanOf(yearToken),
            ),
          );
        }
        const span = join(start, spanOf(yearToken));
        rule.fromContractYear ??= { year, span };
        return { kind: 'from', span };
      }
    }
  }

  expression(node: CstNode): Expr {
    return this.leftAssociative(subrules(node, 'andExpr').map((n) => this.andExpr(n)), 'or');
  }

  private andExpr(node: CstNode): Expr {
    return this.leftAssociative(subrules(node, 'notExpr').map((n) => this.notExpr(n)), 'and');
  }

  private leftAssociative(operands: Expr[], op: BinaryOp): Expr {
    return operands.reduce((left, right) => ({ kind: 'binary', op, left, right, span: join(left.span, right.span) }));
  }

  private notExpr(node: CstNode): Expr {
    const not = token(node, 'Not');
    if (not) {
      const operand = this.notExpr(subrule(node, 'notExpr')!);
      return { kind: 'not', operand, span: join(spanOf(not), operand.span) };
    }
    return this.comparison(subrule(node, 'comparison')!);
  }

  private comparison(node: CstNode): Expr {
    const [leftNode, rightNode] = subrules(node, 'additive');
    const left = this.additive(leftNode);
    const op = token(node, 'CompareOp');
    if (op) {
      const right = this.additive(rightNode);
      return { kind: 'binary', op: COMPARE_OPS[op.tokenType.name], left, right, span: join(left.span, right.span) };
    }
    if (token(node, 'Is')) {
      const word = (token(node, 'Present') ?? token(node, 'Absent'))!;
      const negated = tokens(node, 'Not').length > 0;
      return {
        kind: 'presence',
        absent: (word.image === 'absent') !== negated,
        operand: left,
        span: join(left.span, spanOf(word)),
      };
    }
    const listNode = subrule(node, 'list');
    if (listNode) {
      const list = this.list(listNode);
      return { kind: 'in', negated: tokens(node, 'Not').length > 0, value: left, list, span: join(left.span, list.span) };
    }
    return left;
  }

  private additive(node: CstNode): Expr {
    const operands = subrules(node, 'primary').map((n) => this.primary(n));
    const ops = tokens(node, 'AddOp');
    return operands.reduce((left, right, i) => ({
      kind: 'binary',
      op: ops[i - 1].image as BinaryOp,
      left,
      right,
      span: join(left.span, right.span),
    }));
  }

  private primary(node: CstNode): Expr {
    const inner = subrule(node, 'expression');
    if (inner) {
      // The brackets belong to the expression's span, so an error on it underlines them too.
      const expr = this.expression(inner);
      return { ...expr, span: join(spanOf(token(node, 'LParen')!), spanOf(token(node, 'RParen')!)) };
    }
    const listNode = subrule(node, 'list');
    if (listNode) return this.list(listNode);
    const aggregateNode = subrule(node, 'aggregate');
    if (aggregateNode) return this.aggregate(aggregateNode);
    const callNode = subrule(node, 'call');
    if (callNode) return this.call(callNode);
    const pathNode = subrule(node, 'fieldPath');
    if (pathNode) return this.fieldPath(pathNode);
    const param = token(node, 'Param');
    if (param) return { kind: 'param', name: param.image.slice(1), span: spanOf(param) };
    return this.literal(node);
  }

  /** A literal in a primary or a list item; a bare word in a list is a FieldRef (usually an enum value). */
  private literal(node: CstNode): Literal {
    const number = token(node, 'NumberLiteral');
    if (number) return { kind: 'literal', type: 'number', value: Number(number.image), span: spanOf(number) };
    const string = token(node, 'StringLiteral');
    if (string) {
      const value = string.image.slice(1, -1).replace(/\\(.)/g, '$1');
      return { kind: 'literal', type: 'string', value, span: spanOf(string) };
    }
    const date = token(node, 'DateLiteral');
    if (date) {
      const problem = dateProblem(date.image);
      if (problem) this.problems.push(dslError('dsl-bad-date', `'${date.image}' is not a date: ${problem}.`, spanOf(date)));
      return { kind: 'literal', type: 'date', value: date.image, span: spanOf(date) };
    }
    const bool = (token(node, 'True') ?? token(node, 'False'))!;
    return { kind: 'literal', type: 'boolean', value: bool.image === 'true', span: spanOf(bool) };
  }

  private list(node: CstNode): ListExpr {
    const span = join(spanOf(token(node, 'LBracket')!), spanOf(token(node, 'RBracket')!));
    const items = subrules(node, 'listItem').map((item): Expr => {
      const word = token(item, 'Identifier');
      if (word) return { kind: 'field', path: [identifier(word)], span: spanOf(word) };
      const param = token(item, 'Param');
      if (param) return { kind: 'param', name: param.image.slice(1), span: spanOf(param) };
      return this.literal(item);
    });
    if (items.length === 0) {
      this.problems.push(
        dslError('dsl-empty-list', 'This list is empty, so nothing is in it: put the values between the brackets, e.g. [Dover, Folkestone].', span),
      );
    }
    return { kind: 'list', items, span };
  }

  private aggregate(node: CstNode): AggregateExpr {
    const names = tokens(node, 'Identifier');
    const countToken = token(node, 'Count');
    const nameToken = countToken ?? names[0];
    const [first, second] = countToken ? names : names.slice(1);
    const fn = nameToken.image as AggregateFn;
    const span = join(spanOf(nameToken), spanOf(token(node, 'RParen')!));
    const whereNode = subrule(node, 'expression');
    const where = whereNode ? this.expression(whereNode) : undefined;
    const needsField = AGGREGATES.get(fn)!.needsField;
    if (needsField && !second) {
      this.problems.push(
        dslError(
          'dsl-aggregate-needs-of',
          `${fn} needs a field and the linked records to look at: write ${fn}(FIELD of DATASET), e.g. ${fn}(contact_date of contacts).`,
          span,
        ),
      );
      return { kind: 'aggregate', fn, dataset: identifier(first), where, span };
    }
    if (!needsField && second) {
      this.problems.push(
        dslError(
          'dsl-aggregate-takes-no-field',
          `${fn} looks at whole records and takes no field: write ${fn}(${second.image}) or ${fn}(${second.image} where …).`,
          span,
        ),
      );
      return { kind: 'aggregate', fn, dataset: identifier(second), where, span };
    }
    return second
      ? { kind: 'aggregate', fn, field: identifier(first), dataset: identifier(second), where, span }
      : { kind: 'aggregate', fn, dataset: identifier(first), where, span };
  }

  private call(node: CstNode): Expr {
    const name = identifier(token(node, 'Identifier')!);
    const args = subrules(node, 'expression').map((n) => this.expression(n));
    const span = join(name.span, spanOf(token(node, 'RParen')!));
    const signature = FUNCTIONS.get(name.name);
    if (!signature) {
      const known = [...FUNCTIONS.keys()];
      this.problems.push(
        dslError(
          'dsl-unknown-function',
          `'${name.name}' is not a function of the rule language.${didYouMean(name.name, known)} The functions are ${joinWords(known)}.`,
          name.span,
        ),
      );
    } else if (signature.params.length !== args.length) {
      const n = signature.params.length;
      const takes = n === 0 ? 'takes no values' : `takes ${n === 1 ? 'one value' : `${n} values`}`;
      this.problems.push(
        dslError(
          'dsl-wrong-arity',
          `${name.name} ${takes} but is given ${args.length}: write ${name.name}(${signature.params.map((p) => p.join(' or ')).join(', ')}).`,
          span,
        ),
      );
    }
    return { kind: 'call', name, args, span };
  }

  fieldPath(node: CstNode): FieldRef {
    const path = tokens(node, 'Identifier').map(identifier);
    return { kind: 'field', path, span: join(path[0].span, path[path.length - 1].span) };
  }
}

function lex(text: string): { tokens: IToken[]; problems: DslDiagnostic[] } {
  const result = ruleLexer().tokenize(text);
  const problems = result.errors.map((e) => lexingErrorToDiagnostic(e, text));
  const unclosed = result.tokens.find((t) => t.tokenType === UnclosedString);
  if (unclosed) problems.push(unclosedStringDiagnostic(unclosed));
  let depth = 0;
  for (const t of result.tokens) {
    if (t.tokenType === LParen || t.tokenType === LBracket) depth++;
    else if (t.tokenType === RParen || t.tokenType === RBracket) depth--;
    if (depth > MAX_NESTING) {
      problems.push(
        dslError('dsl-too-deep', `Brackets are nested more than ${MAX_NESTING} deep here: split the rule into simpler parts.`, spanOf(t)),
      );
      break;
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { tokens: result.tokens, problems };
}

function parse<T>(text: string, mode: ParseMode, build: (builder: AstBuilder, cst: CstNode, tokens: IToken[]) => T): { result?: T; diagnostics: DslDiagnostic[] } {
  try {
    const lexed = lex(text);
    if (lexed.problems.length > 0) return { diagnostics: lexed.problems };
    const grammar = ruleGrammar();
    grammar.input = lexed.tokens;
    const cst = mode === 'rule' ? grammar.ruleText() : grammar.expressionText();
    if (grammar.errors.length > 0) {
      return { diagnostics: [syntaxErrorToDiagnostic(grammar.errors[0], lexed.tokens, mode)] };
    }
    const builder = new AstBuilder();
    const result = build(builder, cst, lexed.tokens);
    if (builder.problems.length > 0) {
      return { diagnostics: builder.problems.sort((a, b) => a.span.start - b.span.start) };
    }
    return { result, diagnostics: [] };
  } catch (error) {
    // Only a stack overflow on absurd input should get here; the user still gets a sentence.
    const what = mode === 'rule' ? 'rule' : 'condition';
    return {
      diagnostics: [
        dslError('dsl-too-complex', `This ${what} is too long or too deeply nested to read: split it into simpler parts.`, {
          start: 0,
          end: text.length,
        }),
      ],
    };
  }
}

/** Parse a whole target rule. Returns the rule only when the text has no errors. */
export function parseRule(text: string): { rule?: Rule; diagnostics: DslDiagnostic[] } {
  const { result, diagnostics } = parse(text, 'rule', (builder, cst, all) => builder.rule(cst, all));
  return { rule: result, diagnostics };
}

/** Parse a condition or value (a data check, a derived field, eligibility). */
export function parseExpression(text: string): { expr?: Expr; diagnostics: DslDiagnostic[] } {
  const { result, diagnostics } = parse(text, 'expression', (builder, cst) => builder.expression(subrule(cst, 'expression')!));
  return { expr: result, diagnostics };
}
