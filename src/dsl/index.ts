/**
 * The rule language: parse (parser.ts), check and resolve names (check.ts), say in words
 * (describe.ts), print canonically (format.ts). docs/language.md is the reference for authors.
 *
 * For the evaluator: parse a target with parseRule, then resolveRule(rule, ctx) gives, beside the
 * diagnostics, `types` and `names` side maps keyed by AST node (see check.ts for Depth and each
 * Resolution kind). Data checks, derived fields and eligibility are expressions on one dataset:
 * parseExpression, then resolveExpression / resolveCondition.
 */
import type { Rule, Span } from './ast.js';
import { resolveCondition, resolveExpression, resolveRule, type TypeContext } from './check.js';
import type { DslDiagnostic } from './diagnostic.js';
import { parseExpression, parseRule } from './parser.js';

export type { DslDiagnostic } from './diagnostic.js';
export { dslError, dslWarning, toDiagnostic } from './diagnostic.js';
export { parseRule, parseExpression, dateProblem } from './parser.js';
export {
  checkRule,
  checkExpression,
  resolveRule,
  resolveExpression,
  resolveCondition,
  typeOfField,
  typeOfParameter,
  describeType,
} from './check.js';
export type {
  TypeContext,
  ValueType,
  Resolution,
  FieldResolution,
  EnumValueResolution,
  AggregateResolution,
  FunctionResolution,
  ParamResolution,
  Resolved,
  ResolvedRule,
} from './check.js';
export { describeRule, describeExpression, humanise } from './describe.js';
export { formatRule, formatExpression, formatMeasure, percentText, numberText } from './format.js';
export { FUNCTIONS, AGGREGATES, isAggregateName } from './functions.js';
export type { FunctionSignature, AggregateSignature, ValueKind } from './functions.js';
export { KEYWORDS } from './tokens.js';
export { closest, didYouMean, editDistance } from './suggest.js';

/** Where a piece of rule text sits in a spec, as a path of keys (for the loader to find its line). */
export type SpecPath = Array<string | number>;

export interface SpecRuleProblems {
  path: SpecPath;
  text: string;
  /** the parsed rule, for targets without errors */
  rule?: Rule;
  diagnostics: DslDiagnostic[];
}

/**
 * Parse and check every piece of rule language in a spec: targets, derived fields, data checks and
 * the eligibility rule. One entry per piece, with the YAML path of its text; spans in the
 * diagnostics are offsets into that text.
 */
export function checkSpecRules(ctx: TypeContext): SpecRuleProblems[] {
  const { spec } = ctx;
  const results: SpecRuleProblems[] = [];
  // The spec may have failed its schema; what is not shaped as a rule is the schema's to report.
  const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
  const record = <T>(value: Record<string, T> | undefined): Array<[string, T]> =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];

  list(spec.targets).forEach((target, i) => {
    if (typeof target?.rule !== 'string') return;
    const parsed = parseRule(target.rule);
    const diagnostics = parsed.rule ? resolveRule(parsed.rule, ctx).diagnostics : parsed.diagnostics;
    results.push({ path: ['targets', i, 'rule'], text: target.rule, rule: parsed.rule, diagnostics });
  });
  for (const [dataset, def] of record(spec.datasets)) {
    for (const [name, derived] of record(def?.derived)) {
      if (typeof derived?.expr !== 'string') continue;
      const parsed = parseExpression(derived.expr);
      const diagnostics = parsed.expr ? resolveExpression(parsed.expr, dataset, ctx).diagnostics : parsed.diagnostics;
      results.push({ path: ['datasets', dataset, 'derived', name, 'expr'], text: derived.expr, diagnostics });
    }
    list(def?.checks).forEach((check, i) => {
      if (typeof check?.rule !== 'string') return;
      const parsed = parseExpression(check.rule);
      const diagnostics = parsed.expr
        ? resolveCondition(parsed.expr, dataset, ctx, `The data check ${check.id}`).diagnostics
        : parsed.diagnostics;
      results.push({ path: ['datasets', dataset, 'checks', i, 'rule'], text: check.rule, diagnostics });
    });
  }
  const eligibility = spec.eligibility;
  if (typeof eligibility?.rule === 'string' && typeof eligibility.dataset === 'string') {
    const parsed = parseExpression(eligibility.rule);
    const diagnostics = parsed.expr
      ? resolveCondition(parsed.expr, eligibility.dataset, ctx, 'The eligibility rule').diagnostics
      : parsed.diagnostics;
    results.push({ path: ['eligibility', 'rule'], text: eligibility.rule, diagnostics });
  }
  return results;
}

/** A span's text, for messages and tests. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
