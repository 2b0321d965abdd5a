/**
 * The canonical text of a rule or expression: one line, single spaces, the parts in their fixed
 * order, brackets only where precedence needs them. `diff` compares rules by this text, and
 * parse(formatRule(rule)) gives back the same rule (spans aside).
 */
import type { Expr, Measure, Rule } from './ast.js';

const PRECEDENCE = { or: 1, and: 2, not: 3, comparison: 4, additive: 5, primary: 6 } as const;

function precedence(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      if (expr.op === 'or') return PRECEDENCE.or;
      if (expr.op === 'and') return PRECEDENCE.and;
      if (expr.op === '+' || expr.op === '-') return PRECEDENCE.additive;
      return PRECEDENCE.comparison;
    case 'not':
      return PRECEDENCE.not;
    case 'in':
    case 'presence':
      return PRECEDENCE.comparison;
    default:
      return PRECEDENCE.primary;
  }
}

/** A number as the lexer reads it back: no exponent, no sign games. */
export function numberText(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toLocaleString('en-GB', { useGrouping: false, maximumFractionDigits: 20 });
}

/** 0.95 → "95%" */
export function percentText(fraction: number): string {
  return `${numberText(Number((fraction * 100).toFixed(10)))}%`;
}

function stringText(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function at(expr: Expr, minimum: number): string {
  const text = formatExpression(expr);
  return precedence(expr) < minimum ? `(${text})` : text;
}

export function formatExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      if (expr.type === 'number') return numberText(expr.value as number);
      if (expr.type === 'string') return stringText(String(expr.value));
      return String(expr.value);
    case 'field':
      return expr.path.map((p) => p.name).join('.');
    case 'param':
      return `$${expr.name}`;
    case 'list':
      return `[${expr.items.map(formatExpression).join(', ')}]`;
    case 'binary': {
      const own = precedence(expr);
      if (own === PRECEDENCE.comparison) {
        return `${at(expr.left, PRECEDENCE.additive)} ${expr.op} ${at(expr.right, PRECEDENCE.additive)}`;
      }
      // left-associative: a right operand of the same precedence needs brackets to keep its grouping
      return `${at(expr.left, own)} ${expr.op} ${at(expr.right, own + 1)}`;
    }
    case 'not':
      return `not ${at(expr.operand, PRECEDENCE.not)}`;
    case 'in':
      return `${at(expr.value, PRECEDENCE.additive)} ${expr.negated ? 'not in' : 'in'} ${formatExpression(expr.list)}`;
    case 'presence':
      return `${at(expr.operand, PRECEDENCE.additive)} is ${expr.absent ? 'absent' : 'present'}`;
    case 'call':
      return `${expr.name.name}(${expr.args.map(formatExpression).join(', ')})`;
    case 'aggregate': {
      const field = expr.field ? `${expr.field.name} of ` : '';
      const where = expr.where ? ` where ${formatExpression(expr.where)}` : '';
      return `${expr.fn}(${field}${expr.dataset.name}${where})`;
    }
  }
}

export function formatMeasure(measure: Measure): string {
  const comparator = measure.comparator === 'at_least' ? 'at least' : 'more than';
  if (measure.kind === 'share') {
    return measure.comparator === null ? 'share of' : `${comparator} ${percentText(measure.threshold)} of`;
  }
  return measure.comparator === null ? 'count of' : `${comparator} ${numberText(measure.perYear)} a year of`;
}

export function formatRule(rule: Rule): string {
  const parts = [formatMeasure(rule.measure), rule.population.dataset.name];
  if (rule.population.where) parts.push('where', formatExpression(rule.population.where));
  if (rule.condition) parts.push('meet', formatExpression(rule.condition));
  parts.push('dated by', formatExpression(rule.datedBy));
  if (rule.groupBy) parts.push('for each', formatExpression(rule.groupBy));
  if (rule.fromContractYear) parts.push('from contract year', String(rule.fromContractYear.year));
  return parts.join(' ');
}
