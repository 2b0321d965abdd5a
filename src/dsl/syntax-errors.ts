/**
 * Lexer and parser errors in plain words. A chevrotain error is never shown as it is: each becomes
 * one sentence saying what was expected and what was found, at the span of the offending token,
 * with a stable code (docs/language.md lists them).
 */
import type { ILexingError, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { EOF } from './chevrotain.js';
import type { Span } from './ast.js';
import { dslError, type DslDiagnostic } from './diagnostic.js';
import type { RawSyntaxError } from './grammar.js';
import { didYouMean, joinWords } from './suggest.js';
import {
  allTokens,
  Count,
  Identifier,
  KEYWORDS,
  LBracket,
  LParen,
  Percent,
  RBracket,
  RParen,
  tokenDescriptions,
} from './tokens.js';

export type ParseMode = 'rule' | 'expression';

const tokenTypesByName = new Map<string, TokenType>(allTokens.map((t) => [t.name, t]));

/** Keywords that are only ever written as the first of two or three words. */
const PHRASES: Record<string, string> = {
  At: 'at least',
  More: 'more than',
  Share: 'share of',
  Dated: 'dated by',
  For: 'for each',
  From: 'from contract year',
  A: 'a year',
  Per: 'per year',
};

/** Pairs of words read as one when we say what came before the error ("after 'at least'"). */
const TWO_WORD_PHRASES = new Set(['at least', 'more than', 'dated by', 'for each', 'contract year', 'is not', 'not in', 'a year', 'per year']);

const CLAUSE_WORDS = ['where', 'meet', 'dated', 'for', 'from'];
const NEXT_PARTS = "'where', 'meet', 'dated by', 'for each' or 'from contract year'";

function spanOf(token: IToken): Span {
  return { start: token.startOffset, end: (token.endOffset ?? token.startOffset + token.image.length - 1) + 1 };
}

function isEnd(token: IToken): boolean {
  return token.tokenType === EOF;
}

function quoted(token: IToken): string {
  return `'${token.image}'`;
}

/** "at least", "'dated by'", "a number": how the expected token types read in a sentence. */
function describeExpected(names: string[], ruleName: string, previous: IToken | undefined): string {
  const types = [...new Set(names)].map((name) => tokenTypesByName.get(name)).filter((t): t is TokenType => !!t);
  const hasValueStart = types.includes(Identifier) && types.some((t) => t.name === 'NumberLiteral');
  if (hasValueStart && (ruleName === 'notExpr' || ruleName === 'primary' || ruleName === 'expression')) {
    return 'a value such as a field name, a number, a date or a condition in brackets';
  }
  if (hasValueStart && ruleName === 'listItem') return 'a value such as Dover, a number or a text in double quotes';
  const words = types.map((type) => {
    if (type === Identifier) return describeExpectedName(previous);
    if (type === Count && ruleName === 'measure') return "'count of'";
    const phrase = PHRASES[type.name];
    if (phrase) return `'${phrase}'`;
    const description = tokenDescriptions.get(type);
    if (description) return description;
    if (type === EOF) return 'the end of the rule';
    const word = String((type.PATTERN as RegExp | undefined)?.source ?? type.name);
    return `'${word}'`;
  });
  return joinWords([...new Set(words)], 'or');
}

function describeExpectedName(previous: IToken | undefined): string {
  switch (previous?.image) {
    case 'of':
      return 'the name of a dataset (like referrals)';
    case 'by':
      return 'a date field (like referral_date)';
    case 'each':
      return 'a field to group by (like area)';
    case '.':
      return 'a field of the linked record (like referral.area)';
    case '(':
      return 'the name of a linked dataset (like contacts), or a field, then "of" and the dataset';
    default:
      return 'a name';
  }
}

/** "after 'at least'" / "at the start of the rule" */
function describePlace(tokens: IToken[], index: number, mode: ParseMode): string {
  if (index <= 0) return `at the start of the ${mode === 'rule' ? 'rule' : 'condition'}`;
  const previous = tokens[index - 1];
  const beforeThat = tokens[index - 2];
  if (beforeThat && TWO_WORD_PHRASES.has(`${beforeThat.image} ${previous.image}`)) {
    return `after '${beforeThat.image} ${previous.image}'`;
  }
  return `after ${quoted(previous)}`;
}

/** The innermost '(' or '[' still open before `index`, if any. */
function unclosedBracket(tokens: IToken[], index: number, opener: TokenType, closer: TokenType): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < index && i < tokens.length; i++) {
    if (tokens[i].tokenType === opener) open.push(i);
    else if (tokens[i].tokenType === closer) open.pop();
  }
  return open.length > 0 ? open[open.length - 1] : undefined;
}

/** Hints for slips people make often, keyed by what came before and what was found. */
function slipHint(previous: IToken | undefined, found: IToken, raw: RawSyntaxError, mode: ParseMode): string {
  const before = previous?.image;
  if (before === '=' && found.image === '=') return " Write a single '=' to compare.";
  if (before === '=' && found.image === '>') return " Write '>=' for 'at least'.";
  if (before === '=' && found.image === '<') return " Write '<=' for 'at most'.";
  if (previous?.tokenType.name === 'NumberLiteral' && found.image === 'of' && raw.ruleName === 'bar') {
    return ` For a share, write the percentage with a % sign, like ${previous.image}%; for a count, write '${previous.image} a year of'.`;
  }
  if (found.tokenType === Percent && raw.ruleName !== 'bar' && raw.ruleName !== 'measure') {
    return ' A percentage only starts a rule (at least 95% of …); inside a condition, compare numbers.';
  }
  if (raw.expected.includes(Identifier.name) && KEYWORDS.has(found.image)) {
    return ` '${found.image}' is a word of the rule language, so it cannot be used as a name here.`;
  }
  if (found.tokenType === Identifier && raw.kind === 'not-all-input') {
    const hint = didYouMean(found.image, mode === 'rule' ? [...CLAUSE_WORDS, 'and', 'or', 'is', 'in', 'not'] : ['and', 'or', 'is', 'in', 'not']);
    if (hint) return hint;
  }
  return '';
}

/** Inside a `where` or `meet` (at bracket depth 0), an expression may still go on. */
function inCondition(tokens: IToken[], index: number, mode: ParseMode): boolean {
  if (mode === 'expression') return true;
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const type = tokens[i].tokenType;
    if (type === RParen || type === RBracket) depth++;
    else if (type === LParen || type === LBracket) depth--;
    else if (depth === 0 && CLAUSE_WORDS.includes(tokens[i].image)) return tokens[i].image === 'where' || tokens[i].image === 'meet';
  }
  return false;
}

function endSpan(tokens: IToken[]): Span {
  const last = tokens[tokens.length - 1];
  const end = last ? spanOf(last).end : 0;
  return { start: end, end };
}

export function syntaxErrorToDiagnostic(error: IRecognitionException, tokens: IToken[], mode: ParseMode): DslDiagnostic {
  let raw: RawSyntaxError;
  try {
    raw = JSON.parse(error.message) as RawSyntaxError;
  } catch {
    raw = { kind: 'mismatch', expected: [], ruleName: '' };
  }
  const found = error.token;
  const atEnd = isEnd(found);
  const index = atEnd ? tokens.length : Math.max(0, tokens.indexOf(found));
  const previous = index > 0 ? tokens[index - 1] : undefined;
  const span = atEnd ? endSpan(tokens) : spanOf(found);
  const what = mode === 'rule' ? 'rule' : 'condition';

  if (tokens.length === 0) {
    return dslError(
      'dsl-unexpected-end',
      mode === 'rule'
        ? "The rule is empty: write a target such as 'at least 95% of referrals meet … dated by referral_date'."
        : 'The condition is empty: write a condition such as "outcome = successful".',
      span,
    );
  }

  if (raw.ruleName === 'aggregate' && !atEnd && found.image === ',') {
    return dslError(
      'dsl-unexpected-token',
      `Expected 'of', 'where' or ')' ${describePlace(tokens, index, mode)}, but found ','. An aggregate looks at one linked dataset, not a list of values: write for example min(contact_date of contacts) or count(contacts where outcome = successful).`,
      span,
    );
  }

  for (const [opener, closer, code, name, close] of [
    [LParen, RParen, 'dsl-unclosed-paren', "'('", "')'"],
    [LBracket, RBracket, 'dsl-unclosed-list', "'['", "']'"],
  ] as const) {
    if (!raw.expected.includes(closer.name)) continue;
    const openIndex = unclosedBracket(tokens, index, opener, closer);
    if (openIndex === undefined) continue;
    const before = tokens[openIndex - 1];
    const which = before && before.tokenType === Identifier ? `The ${name} after '${before.image}'` : `The ${name}`;
    const tail = atEnd ? `before the end of the ${what}` : `but found ${quoted(found)}`;
    const extra = closer === RBracket && !atEnd ? " Separate the values with ','." : '';
    return dslError(code, `${which} is not closed: expected ${close} ${tail}.${extra}`, span);
  }

  if (!atEnd && found.tokenType === Identifier && KEYWORDS.has(found.image.toLowerCase()) && found.image !== found.image.toLowerCase()) {
    return dslError(
      'dsl-uppercase-keyword',
      `'${found.image}' is written in capitals: the words of the rule language are lower case. Write '${found.image.toLowerCase()}'.`,
      span,
    );
  }

  let expected: string;
  if (raw.kind === 'not-all-input') {
    expected = inCondition(tokens, index, mode)
      ? mode === 'rule'
        ? `'and', 'or', a comparison, or the next part of the rule (${NEXT_PARTS})`
        : "'and', 'or', a comparison or the end of the condition"
      : `the next part of the rule (${NEXT_PARTS}) or the end of the rule`;
  } else {
    expected = describeExpected(raw.expected, raw.ruleName, previous);
  }
  const place = describePlace(tokens, index, mode);
  const hint = atEnd ? '' : slipHint(previous, found, raw, mode);
  if (atEnd) {
    return dslError('dsl-unexpected-end', `The ${what} ends too soon: expected ${expected} ${place}.`, span);
  }
  return dslError('dsl-unexpected-token', `Expected ${expected} ${place}, but found ${quoted(found)}.${hint}`, span);
}

const CHARACTER_HINTS: Record<string, string> = {
  '≥': "write '>=' for 'at least'",
  '≤': "write '<=' for 'at most'",
  '≠': "write '!=' for 'is not'",
  '“': 'write text in straight double quotes, "like this"',
  '”': 'write text in straight double quotes, "like this"',
  "'": 'write text in double quotes, "like this"',
  '‘': 'write text in double quotes, "like this"',
  '’': 'write text in double quotes, "like this"',
  '&': "write 'and'",
  '|': "write 'or'",
  '!': "write '!=' for 'is not', or 'not' before a condition",
  '%': 'a percentage is written with its number, like 95%',
  $: 'a parameter is written $name, like $tool',
  ';': "separate list values with ','",
};

export function lexingErrorToDiagnostic(error: ILexingError, text: string): DslDiagnostic {
  const span = { start: error.offset, end: error.offset + Math.max(1, error.length) };
  const character = text.slice(error.offset, error.offset + 1);
  const hint = CHARACTER_HINTS[character];
  const shown = error.length > 1 ? text.slice(span.start, span.end) : character;
  return dslError(
    'dsl-unknown-character',
    `'${shown}' is not part of the rule language${hint ? `: ${hint}` : '; names use only letters, digits and _'}.`,
    span,
  );
}

export function unclosedStringDiagnostic(token: IToken): DslDiagnostic {
  return dslError(
    'dsl-unclosed-string',
    `The text ${token.image.length > 20 ? `${token.image.slice(0, 20)}…` : token.image} has no closing double quote: end it with " on the same line.`,
    spanOf(token),
  );
}

export { spanOf };
