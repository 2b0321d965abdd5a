/**
 * The grammar of the rule language as a chevrotain CstParser (docs/ARCHITECTURE.md, "The rule
 * language"). It only recognises; `parser.ts` turns its concrete syntax tree into ast.ts and
 * `syntax-errors.ts` turns its errors into plain sentences.
 *
 * Two deliberate looseness points, so that errors can be explained better than a parser could:
 * - the parts after the population (where, meet, dated by, for each, from contract year) are
 *   accepted in any order and any number of times; parser.ts reports order, duplicates and missing
 *   parts in words;
 * - an aggregate (min(contact_date of contacts)) and a function call (working_days(a, b)) look
 *   alike; the name decides (a GATE), and parser.ts checks `of` and the argument count.
 */
import type { CstNode, IParserErrorMessageProvider, ParserMethod, TokenType } from 'chevrotain';
import { CstParser, EOF } from './chevrotain.js';
import { isAggregateName } from './functions.js';
import {
  A,
  AddOp,
  allTokens,
  And,
  At,
  By,
  Comma,
  CompareOp,
  Contract,
  Count,
  DateLiteral,
  Dated,
  Dot,
  Each,
  False,
  For,
  From,
  Identifier,
  In,
  Is,
  LBracket,
  Least,
  LParen,
  Meet,
  More,
  Not,
  NumberLiteral,
  Of,
  Or,
  Param,
  Per,
  Percent,
  Present,
  Absent,
  RBracket,
  RParen,
  Share,
  StringLiteral,
  Than,
  True,
  Where,
  Year,
} from './tokens.js';

/**
 * What chevrotain tells us about an error, kept as data (JSON in the exception's message) so that
 * syntax-errors.ts can word it with the whole token stream at hand.
 */
export interface RawSyntaxError {
  kind: 'mismatch' | 'no-viable-alt' | 'early-exit' | 'not-all-input';
  /** names of the token types that could have come next */
  expected: string[];
  ruleName: string;
}

function firstTokens(paths: TokenType[][]): string[] {
  return paths.filter((path) => path.length > 0).map((path) => path[0].name);
}

const rawErrors: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) =>
    JSON.stringify({ kind: 'mismatch', expected: [expected.name], ruleName } satisfies RawSyntaxError),
  buildNotAllInputParsedMessage: ({ ruleName }) =>
    JSON.stringify({ kind: 'not-all-input', expected: [EOF.name], ruleName } satisfies RawSyntaxError),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, ruleName }) =>
    JSON.stringify({
      kind: 'no-viable-alt',
      expected: expectedPathsPerAlt.flatMap(firstTokens),
      ruleName,
    } satisfies RawSyntaxError),
  buildEarlyExitMessage: ({ expectedIterationPaths, ruleName }) =>
    JSON.stringify({ kind: 'early-exit', expected: firstTokens(expectedIterationPaths), ruleName } satisfies RawSyntaxError),
};

export class RuleGrammar extends CstParser {
  /**
   * `validate` runs chevrotain's grammar checks (ambiguous alternatives, left recursion), which cost
   * ~10 ms of each CLI start; tests build a grammar with them (tests/lint/grammar-validation.test.ts),
   * so the instance the CLI uses can skip them.
   */
  constructor(options: { validate: boolean } = { validate: true }) {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 3, errorMessageProvider: rawErrors, skipValidations: !options.validate });
    this.performSelfAnalysis();
  }

  public readonly ruleText = this.RULE('ruleText', () => {
    this.SUBRULE(this.measure);
    this.CONSUME(Identifier);
    this.MANY(() => this.SUBRULE(this.clause));
  });

  public readonly expressionText = this.RULE('expressionText', () => {
    this.SUBRULE(this.expression);
  });

  private readonly measure = this.RULE('measure', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(At);
          this.CONSUME(Least);
          this.SUBRULE(this.bar);
        },
      },
      {
        ALT: () => {
          this.CONSUME(More);
          this.CONSUME(Than);
          this.SUBRULE2(this.bar);
        },
      },
      { ALT: () => this.CONSUME(Share) },
      { ALT: () => this.CONSUME(Count) },
    ]);
    this.CONSUME(Of);
  });

  private readonly bar = this.RULE('bar', () => {
    this.OR([
      { ALT: () => this.CONSUME(Percent) },
      {
        ALT: () => {
          this.CONSUME(NumberLiteral);
          this.OR2([{ ALT: () => this.CONSUME(A) }, { ALT: () => this.CONSUME(Per) }]);
          this.CONSUME(Year);
        },
      },
    ]);
  });

  private readonly clause = this.RULE('clause', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Where);
          this.SUBRULE(this.expression);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Meet);
          this.SUBRULE2(this.expression);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Dated);
          this.CONSUME(By);
          this.SUBRULE(this.fieldPath);
        },
      },
      {
        ALT: () => {
          this.CONSUME(For);
          this.CONSUME(Each);
          this.SUBRULE2(this.fieldPath);
        },
      },
      {
        ALT: () => {
          this.CONSUME(From);
          this.CONSUME(Contract);
          this.CONSUME(Year);
          this.CONSUME(NumberLiteral);
        },
      },
    ]);
  });

  private readonly expression = this.RULE('expression', () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(Or);
      this.SUBRULE2(this.andExpr);
    });
  });

  private readonly andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(And);
      this.SUBRULE2(this.notExpr);
    });
  });

  private readonly notExpr: ParserMethod<[], CstNode> = this.RULE('notExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Not);
          this.SUBRULE(this.notExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  private readonly comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.additive);
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(CompareOp);
            this.SUBRULE2(this.additive);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Is);
            this.OPTION2(() => this.CONSUME(Not));
            this.OR2([{ ALT: () => this.CONSUME(Present) }, { ALT: () => this.CONSUME(Absent) }]);
          },
        },
        {
          ALT: () => {
            this.OPTION3(() => this.CONSUME2(Not));
            this.CONSUME(In);
            this.SUBRULE(this.list);
          },
        },
      ]);
    });
  });

  private readonly additive = this.RULE('additive', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.CONSUME(AddOp);
      this.SUBRULE2(this.primary);
    });
  });

  private readonly primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(NumberLiteral) },
      { ALT: () => this.CONSUME(StringLiteral) },
      { ALT: () => this.CONSUME(DateLiteral) },
      { ALT: () => this.CONSUME(True) },
      { ALT: () => this.CONSUME(False) },
      { ALT: () => this.CONSUME(Param) },
      { ALT: () => this.SUBRULE(this.list) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.expression);
          this.CONSUME(RParen);
        },
      },
      {
        GATE: () => {
          const next = this.LA(1);
          return next.tokenType === Count || isAggregateName(next.image);
        },
        ALT: () => this.SUBRULE(this.aggregate),
        IGNORE_AMBIGUITIES: true,
      },
      { ALT: () => this.SUBRULE(this.call), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.fieldPath) },
    ]);
  });

  private readonly aggregate = this.RULE('aggregate', () => {
    this.OR([{ ALT: () => this.CONSUME(Count) }, { ALT: () => this.CONSUME(Identifier) }]);
    this.CONSUME(LParen);
    this.CONSUME2(Identifier);
    this.OPTION(() => {
      this.CONSUME(Of);
      this.CONSUME3(Identifier);
    });
    this.OPTION2(() => {
      this.CONSUME(Where);
      this.SUBRULE(this.expression);
    });
    this.CONSUME(RParen);
  });

  private readonly call = this.RULE('call', () => {
    this.CONSUME(Identifier);
    this.CONSUME(LParen);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.expression) });
    this.CONSUME(RParen);
  });

  private readonly fieldPath = this.RULE('fieldPath', () => {
    this.CONSUME(Identifier);
    this.OPTION(() => {
      this.CONSUME(Dot);
      this.CONSUME2(Identifier);
    });
  });

  private readonly list = this.RULE('list', () => {
    this.CONSUME(LBracket);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.listItem) });
    this.CONSUME(RBracket);
  });

  private readonly listItem = this.RULE('listItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(NumberLiteral) },
      { ALT: () => this.CONSUME(StringLiteral) },
      { ALT: () => this.CONSUME(DateLiteral) },
      { ALT: () => this.CONSUME(True) },
      { ALT: () => this.CONSUME(False) },
      { ALT: () => this.CONSUME(Param) },
      { ALT: () => this.CONSUME(Identifier) },
    ]);
  });
}

let grammar: RuleGrammar | undefined;

/** The one parser instance: building it runs chevrotain's grammar analysis, which is slow. */
export function ruleGrammar(): RuleGrammar {
  grammar ??= new RuleGrammar({ validate: false });
  return grammar;
}
