/**
 * The words and signs of the rule language (docs/language.md), as a chevrotain lexer built once.
 *
 * Keywords are lower case and use `longer_alt: Identifier`, so `area` is a name and not `a` + `rea`.
 * Identifiers may start with a capital because enum values are written as bare words (`Dover`); a
 * capitalised keyword (`AT LEAST`) therefore lexes as a name, and the parser's error mapping turns
 * that case into the `dsl-uppercase-keyword` hint.
 */
import type { Lexer as LexerInstance, TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });

function keyword(word: string): TokenType {
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier });
}

export const At = keyword('at');
export const Least = keyword('least');
export const More = keyword('more');
export const Than = keyword('than');
export const Of = keyword('of');
export const A = keyword('a');
export const Per = keyword('per');
export const Year = keyword('year');
export const Share = keyword('share');
export const Count = keyword('count');
export const Where = keyword('where');
export const Meet = keyword('meet');
export const Dated = keyword('dated');
export const By = keyword('by');
export const For = keyword('for');
export const Each = keyword('each');
export const From = keyword('from');
export const Contract = keyword('contract');
export const And = keyword('and');
export const Or = keyword('or');
export const Not = keyword('not');
export const Is = keyword('is');
export const Present = keyword('present');
export const Absent = keyword('absent');
export const In = keyword('in');
export const True = keyword('true');
export const False = keyword('false');

/** Every reserved word of the language. */
export const keywordTokens: TokenType[] = [
  At, Least, More, Than, Of, A, Per, Year, Share, Count, Where, Meet, Dated, By, For, Each, From,
  Contract, And, Or, Not, Is, Present, Absent, In, True, False,
];

/** The reserved words as written: a field, dataset or link may not be named with one of them. */
export const KEYWORDS: ReadonlySet<string> = new Set(keywordTokens.map((t) => String((t.PATTERN as RegExp).source)));

// Order matters: a date and a percentage both start like a number.
export const DateLiteral = createToken({ name: 'DateLiteral', pattern: /\d{4}-\d{2}-\d{2}(?![0-9A-Za-z_])/ });
export const Percent = createToken({ name: 'Percent', pattern: /\d+(?:\.\d+)?%/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /\d+(?:\.\d+)?/ });
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\\r\n]|\\.)*"/ });
/** A string that reaches the end of its line without a closing quote; reported as dsl-unclosed-string. */
export const UnclosedString = createToken({ name: 'UnclosedString', pattern: /"(?:[^"\\\r\n]|\\.)*\\?/ });
export const Param = createToken({ name: 'Param', pattern: /\$[A-Za-z_][A-Za-z0-9_]*/ });

export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA });
export const NotEqual = createToken({ name: 'NotEqual', pattern: /!=/, categories: CompareOp });
export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=/, categories: CompareOp });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=/, categories: CompareOp });
export const Less = createToken({ name: 'Less', pattern: /</, categories: CompareOp });
export const Greater = createToken({ name: 'Greater', pattern: />/, categories: CompareOp });
export const Equal = createToken({ name: 'Equal', pattern: /=/, categories: CompareOp });

export const AddOp = createToken({ name: 'AddOp', pattern: Lexer.NA });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, categories: AddOp });
export const Minus = createToken({ name: 'Minus', pattern: /-/, categories: AddOp });

export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });

export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  DateLiteral,
  Percent,
  NumberLiteral,
  StringLiteral,
  UnclosedString,
  Param,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Less,
  Greater,
  Equal,
  CompareOp,
  Plus,
  Minus,
  AddOp,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Dot,
  // longest first, so that 'and' is not read as 'a' followed by 'nd'
  ...[...keywordTokens].sort((x, y) => String((y.PATTERN as RegExp).source).length - String((x.PATTERN as RegExp).source).length),
  Identifier,
];

/**
 * A lexer for the rule language. `validate` runs chevrotain's checks of every token pattern, which
 * cost ~10 ms of each CLI start; tests build one with them (tests/lint/grammar-validation.test.ts),
 * so the lexer the CLI uses can skip them.
 */
export function createRuleLexer(options: { validate: boolean }): LexerInstance {
  return new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: !options.validate });
}

let lexer: LexerInstance | undefined;

/** The one lexer instance, built on first use. */
export function ruleLexer(): LexerInstance {
  lexer ??= createRuleLexer({ validate: false });
  return lexer;
}

/** How a token is named in a message ("a percentage like 95%", "'dated by'"). */
export const tokenDescriptions: ReadonlyMap<TokenType, string> = new Map<TokenType, string>([
  [Percent, 'a percentage like 95%'],
  [NumberLiteral, 'a number'],
  [DateLiteral, 'a date like 2022-04-01'],
  [StringLiteral, 'a text in double quotes'],
  [Param, 'a parameter like $tool'],
  [Identifier, 'a name'],
  [CompareOp, "a comparison such as '>=' or '='"],
  [AddOp, "'+' or '-'"],
  [LParen, "'('"],
  [RParen, "')'"],
  [LBracket, "'['"],
  [RBracket, "']'"],
  [Comma, "','"],
  [Dot, "'.'"],
]);
