import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AggregateExpr, Expr, FieldRef, Identifier, Measure, Rule } from '../../src/dsl/ast.js';
import { AGGREGATES, FUNCTIONS, formatExpression, formatRule, KEYWORDS, parseExpression, parseRule } from '../../src/dsl/index.js';
import { peerSupportSpec } from './helpers.js';

/** The AST without its spans: what a rule means, not where it was written. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, v]) => key !== 'span' && v !== undefined)
        .map(([key, v]) => [key, withoutSpans(v)]),
    );
  }
  return value;
}

function expectWellFormed(text: string, result: { rule?: unknown; expr?: unknown; diagnostics: { code: string; message: string; span: { start: number; end: number } }[] }) {
  const parsed = result.rule ?? result.expr;
  if (parsed === undefined) expect(result.diagnostics.length).toBeGreaterThan(0);
  else expect(result.diagnostics.filter((d) => (d as { severity?: string }).severity !== 'warning')).toEqual([]);
  for (const d of result.diagnostics) {
    expect(d.code).toMatch(/^(dsl|type)-[a-z-]+$/);
    expect(d.code).not.toBe('dsl-too-complex');
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    // never a raw chevrotain message or our internal JSON
    expect(d.message).not.toMatch(/Expecting|\{"kind"|undefined|NaN/);
  }
}

const WORDS = [
  ...KEYWORDS,
  'referrals', 'contacts', 'referral_date', 'area', 'Dover', 'referral', 'min', 'max', 'first', 'last', 'any', 'all',
  'working_days', 'valid', '$tool', '95%', '120%', '35', '2', '2022-04-01', '2022-13-01', '"text"', '"open',
  '(', ')', '[', ']', ',', '.', '=', '!=', '<', '<=', '>', '>=', '+', '-', '#', '@', '≥', "'", '\n',
];

describe('the parser never crashes', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expectWellFormed(text, parseRule(text));
        expectWellFormed(text, parseExpression(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on soups of the words and signs of the language', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.constantFrom(' ', '', '\n  '), (words, glue) => {
        const text = words.join(glue);
        expectWellFormed(text, parseRule(text));
        expectWellFormed(text, parseExpression(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('on well-formed rules cut short at any point', () => {
    const rules = peerSupportSpec().targets!.map((t) => t.rule);
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.nat(), (rule, cut) => {
        const text = rule.slice(0, cut % (rule.length + 1));
        expectWellFormed(text, parseRule(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on very deep nesting, with a sentence instead of a stack overflow', () => {
    const text = `at least 95% of referrals meet ${'('.repeat(5000)}contactable${')'.repeat(5000)} dated by referral_date`;
    const { diagnostics } = parseRule(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['dsl-too-deep']);
    const notChain = `at least 95% of referrals meet ${'not '.repeat(20000)}contactable dated by referral_date`;
    expect(() => parseRule(notChain)).not.toThrow();
  });
});

// ---------- arbitrary ASTs, for the formatRule round trip ----------

const NO_SPAN = { start: 0, end: 0 };
const name = fc
  .stringMatching(/^[a-z_][a-z0-9_]{0,8}$/)
  .filter((n) => !KEYWORDS.has(n))
  .chain((n) => fc.constantFrom(n, 'min', 'first', 'area', 'Dover'));
const ident = name.map((n): Identifier => ({ name: n, span: NO_SPAN }));
const fieldRef = fc.array(ident, { minLength: 1, maxLength: 2 }).map((path): FieldRef => ({ kind: 'field', path, span: NO_SPAN }));
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const literal: fc.Arbitrary<Expr> = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map((v): Expr => ({ kind: 'literal', type: 'number', value: v, span: NO_SPAN })),
  fc.integer({ min: 0, max: 9999 }).map((v): Expr => ({ kind: 'literal', type: 'number', value: v / 100, span: NO_SPAN })),
  fc.string({ maxLength: 8 }).filter((s) => !/[\r\n]/.test(s)).map((v): Expr => ({ kind: 'literal', type: 'string', value: v, span: NO_SPAN })),
  date.map((v): Expr => ({ kind: 'literal', type: 'date', value: v, span: NO_SPAN })),
  fc.boolean().map((v): Expr => ({ kind: 'literal', type: 'boolean', value: v, span: NO_SPAN })),
);
const param = name.map((n): Expr => ({ kind: 'param', name: n, span: NO_SPAN }));
const listItem = fc.oneof(literal, param, ident.map((i): Expr => ({ kind: 'field', path: [i], span: NO_SPAN })));
const list = fc.array(listItem, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'list' as const, items, span: NO_SPAN }));
const functionNames = [...FUNCTIONS.keys()];

const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      literal,
      param,
      fieldRef,
      fc.tuple(fc.constantFrom('and', 'or', '=', '!=', '<', '<=', '>', '>=', '+', '-' as const), sub, sub).map(
        ([op, left, right]): Expr => ({ kind: 'binary', op, left, right, span: NO_SPAN }),
      ),
      sub.map((operand): Expr => ({ kind: 'not', operand, span: NO_SPAN })),
      fc.tuple(fc.boolean(), sub, list).map(([negated, value, l]): Expr => ({ kind: 'in', negated, value, list: l, span: NO_SPAN })),
      fc.tuple(fc.boolean(), sub).map(([absent, operand]): Expr => ({ kind: 'presence', absent, operand, span: NO_SPAN })),
      fc.constantFrom(...functionNames).chain((fn) =>
        fc.array(sub, { minLength: FUNCTIONS.get(fn)!.params.length, maxLength: FUNCTIONS.get(fn)!.params.length }).map(
          (args): Expr => ({ kind: 'call', name: { name: fn, span: NO_SPAN }, args, span: NO_SPAN }),
        ),
      ),
      fc.tuple(fc.constantFrom(...AGGREGATES.keys()), ident, ident, fc.option(sub, { nil: undefined })).map(([fn, field, dataset, where]): Expr => {
        const aggregate: AggregateExpr = { kind: 'aggregate', fn, dataset, span: NO_SPAN };
        if (AGGREGATES.get(fn)!.needsField) aggregate.field = field;
        if (where) aggregate.where = where;
        return aggregate;
      }),
    ),
  };
});

const measure: fc.Arbitrary<Measure> = fc.oneof(
  fc.tuple(fc.constantFrom('at_least', 'more_than' as const), fc.integer({ min: 0, max: 1000 })).map(
    ([comparator, tenths]): Measure => ({ kind: 'share', comparator, threshold: Number(String(tenths / 10)) / 100, span: NO_SPAN }),
  ),
  fc.tuple(fc.constantFrom('at_least', 'more_than' as const), fc.integer({ min: 1, max: 500 })).map(
    ([comparator, perYear]): Measure => ({ kind: 'count', comparator, perYear, span: NO_SPAN }),
  ),
  fc.constant<Measure>({ kind: 'share', comparator: null, threshold: null, span: NO_SPAN }),
  fc.constant<Measure>({ kind: 'count', comparator: null, perYear: null, span: NO_SPAN }),
);

const rule: fc.Arbitrary<Rule> = fc
  .record({
    measure,
    dataset: ident,
    where: fc.option(expr, { nil: undefined }),
    condition: expr,
    datedBy: fieldRef,
    groupBy: fc.option(fieldRef, { nil: undefined }),
    year: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  })
  .map((r): Rule => ({
    measure: r.measure,
    population: { dataset: r.dataset, where: r.where, span: NO_SPAN },
    condition: r.measure.kind === 'share' ? r.condition : undefined,
    datedBy: r.datedBy,
    groupBy: r.groupBy,
    fromContractYear: r.year === undefined ? undefined : { year: r.year, span: NO_SPAN },
    span: NO_SPAN,
  }));

describe('formatRule round trip', () => {
  it('parses back to the same rule, for any rule', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const text = formatRule(r);
        const parsed = parseRule(text);
        expect(parsed.diagnostics).toEqual([]);
        expect(withoutSpans(parsed.rule)).toEqual(withoutSpans(r));
        expect(formatRule(parsed.rule!)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('parses back to the same expression, for any expression', () => {
    fc.assert(
      fc.property(expr, (e) => {
        const parsed = parseExpression(formatExpression(e));
        expect(parsed.diagnostics).toEqual([]);
        expect(withoutSpans(parsed.expr)).toEqual(withoutSpans(e));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the grouping that brackets gave', () => {
    const text = (source: string) => formatExpression(parseExpression(source).expr!);
    expect(text('p  or (q or r)')).toBe('p or (q or r)');
    expect(text('(p or q) or r')).toBe('p or q or r');
    expect(text('(p or q) and not (r = s)')).toBe('(p or q) and not r = s');
    expect(text('x - (y - 2) >= (z)')).toBe('x - (y - 2) >= z');
    expect(text('(x in [Dover]) = true')).toBe('(x in [Dover]) = true');
  });

  it('normalises spacing, line breaks and comments of every peer-support target', () => {
    for (const target of peerSupportSpec().targets!) {
      const r = parseRule(target.rule).rule!;
      const text = formatRule(r);
      expect(text).not.toMatch(/\n|  |#/);
      expect(withoutSpans(parseRule(text).rule)).toEqual(withoutSpans(r));
    }
  });
});
