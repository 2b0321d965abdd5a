/**
 * Rules in plain words for commissioners and partners: `render` prints them beside each target and
 * `diff` uses them to explain a change. With a TypeContext the words use the checked types (dates
 * are "on or before", enum values are values); without one they guess from the names.
 */
import type { Expr, FieldRef, Rule } from './ast.js';
import { resolveExpression, resolveRule, type Resolution, type ValueType } from './check.js';
import { numberText, percentText } from './format.js';
import { FUNCTIONS } from './functions.js';
import { joinWords } from './suggest.js';
import type { TypeContext } from './check.js';

export interface DescribeInfo {
  names?: ReadonlyMap<Expr, Resolution>;
  types?: ReadonlyMap<Expr, ValueType>;
}

const ACRONYMS: Record<string, string> = {
  swemwbs: 'SWEMWBS',
  wemwbs: 'WEMWBS',
  fft: 'Friends and Family Test',
  mecc: 'MECC',
  prisma7: 'PRISMA-7',
  id: 'ID',
  cfs: 'CFS',
  gp: 'GP',
  nhs: 'NHS',
};

/** referral_date → "referral date"; swemwbs_metric → "SWEMWBS metric". */
export function humanise(name: string): string {
  return name
    .split('_')
    .filter((w) => w.length > 0)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w)
    .join(' ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** The operands of a chain of one operator: a and b and c → [a, b, c]. */
function chain(expr: Expr, op: 'and' | 'or'): Expr[] {
  return expr.kind === 'binary' && expr.op === op ? [...chain(expr.left, op), ...chain(expr.right, op)] : [expr];
}

/** exit_surveys → "exit surveys"; wellbeing → "wellbeing records" */
function recordsWords(dataset: string): string {
  const words = humanise(dataset);
  return /s$/.test(words) ? words : `${words} records`;
}

interface Words {
  text: string;
  /** the phrase names several things ("the working days …"), so the verb is "are" */
  plural?: boolean;
}

class Describer {
  constructor(private readonly info: DescribeInfo) {}

  private isDate(expr: Expr): boolean {
    const known = this.info.types?.get(expr);
    if (known) return known.kind === 'date';
    if (expr.kind === 'literal') return expr.type === 'date';
    if (expr.kind === 'field') return /(^|_)date$/.test(expr.path[expr.path.length - 1].name);
    if (expr.kind === 'aggregate') return !!expr.field && /(^|_)date$/.test(expr.field.name);
    if (expr.kind === 'binary' && (expr.op === '+' || expr.op === '-')) return this.isDate(expr.left);
    return false;
  }

  private isList(expr: Expr): boolean {
    return this.info.types?.get(expr)?.kind === 'list';
  }

  private enumValue(expr: Expr): string | undefined {
    const resolution = this.info.names?.get(expr);
    if (resolution?.kind === 'enum-value') return humanise(resolution.value);
    return undefined;
  }

  /**
   * The right side of '=' or an item of a list: an enum value when checked; unchecked, a bare word
   * there is far more often a value (outcome = successful) than a field, so it is said as one.
   */
  private valueWord(expr: Expr): Words {
    if (!this.info.names && expr.kind === 'field' && expr.path.length === 1) return { text: humanise(expr.path[0].name) };
    return this.value(expr);
  }

  /** "the referral date", "the area of the referral" */
  fieldWords(ref: FieldRef, withArticle = true): string {
    const names = ref.path.map((p) => humanise(p.name));
    const phrase = names.length === 2 ? `${names[1]} of the ${names[0]}` : names[0];
    return withArticle ? `the ${phrase}` : phrase;
  }

  /** A value: "the referral date", "2", "1 April 2022", "Dover". */
  value(expr: Expr): Words {
    switch (expr.kind) {
      case 'literal':
        if (expr.type === 'number') return { text: numberText(expr.value as number) };
        if (expr.type === 'date') return { text: dateWords(String(expr.value)) };
        if (expr.type === 'string') return { text: this.enumValue(expr) ?? `"${String(expr.value)}"` };
        return { text: expr.value ? 'true' : 'false' };
      case 'field':
        return { text: this.enumValue(expr) ?? this.fieldWords(expr), plural: this.isList(expr) };
      case 'param':
        return { text: `the ${humanise(expr.name)} set in the provider's project file` };
      case 'list':
        return { text: joinWords(expr.items.map((i) => this.value(i).text), 'or') };
      case 'call': {
        const fn = FUNCTIONS.get(expr.name.name);
        const args = expr.args.map((a) => this.value(a).text);
        if (!fn) return { text: `${expr.name.name}(${args.join(', ')})` };
        return { text: fn.describe(args), plural: fn.plural };
      }
      case 'aggregate':
        return { text: this.aggregate(expr) };
      case 'binary':
        if (expr.op === '+' || expr.op === '-') {
          return { text: `${this.value(expr.left).text} ${expr.op === '+' ? 'plus' : 'minus'} ${this.value(expr.right).text}` };
        }
        return { text: this.condition(expr) };
      default:
        return { text: this.condition(expr) };
    }
  }

  private aggregate(expr: Extract<Expr, { kind: 'aggregate' }>): string {
    const records = recordsWords(expr.dataset.name);
    const where = expr.where ? ` where ${this.condition(expr.where)}` : '';
    const field = expr.field ? humanise(expr.field.name) : '';
    const date = this.isDate(expr);
    switch (expr.fn) {
      case 'count':
        return `the number of ${records}${where}`;
      case 'any':
        return `there are one or more ${records}${where}`;
      case 'all':
        return expr.where ? `every one of the ${records} satisfies this: ${this.condition(expr.where)}` : `every one of the ${records} exists`;
      case 'min':
        return `the ${date ? 'earliest' : 'lowest'} ${field} of ${records}${where}`;
      case 'max':
        return `the ${date ? 'latest' : 'highest'} ${field} of ${records}${where}`;
      case 'sum':
        return `the total ${field} of ${records}${where}`;
      case 'first':
        return `the ${field} of the first of the ${records}${where}`;
      case 'last':
        return `the ${field} of the last of the ${records}${where}`;
    }
  }

  /** A condition: "the sign up date is recorded", "contactable and ready to engage". */
  condition(expr: Expr): string {
    switch (expr.kind) {
      case 'field':
        // a true/false field reads best as its own name: "referrals where contactable"
        return this.enumValue(expr) ?? this.fieldWords(expr, false);
      case 'binary':
        if (expr.op === 'and') {
          return chain(expr, 'and')
            .map((e) => (e.kind === 'binary' && e.op === 'or' ? this.condition(e).replace(/^(?!either )/, 'either ') : this.condition(e)))
            .join(' and ');
        }
        if (expr.op === 'or') {
          const sides = chain(expr, 'or').map((e) => this.condition(e));
          // "either A, or B" keeps a long side's own 'and' or 'where' from swallowing the 'or'
          const long = sides.some((side) => / (and|or|where) /.test(side));
          return long ? `either ${sides.join(', or ')}` : sides.join(' or ');
        }
        if (expr.op === '+' || expr.op === '-') return this.value(expr).text;
        return this.comparison(expr);
      case 'not':
        if (expr.operand.kind === 'presence') return this.condition({ ...expr.operand, absent: !expr.operand.absent });
        if (expr.operand.kind === 'in') return this.condition({ ...expr.operand, negated: !expr.operand.negated });
        return `it is not the case that ${this.condition(expr.operand)}`;
      case 'presence': {
        const subject = this.value(expr.operand);
        return `${subject.text} ${subject.plural ? 'are' : 'is'} ${expr.absent ? 'not recorded' : 'recorded'}`;
      }
      case 'in': {
        const subject = this.value(expr.value);
        const items = joinWords(expr.list.items.map((i) => this.valueWord(i).text), 'or');
        if (this.isList(expr.value)) return `${subject.text} ${expr.negated ? 'include none of' : 'include at least one of'} ${items}`;
        const verb = `${subject.plural ? 'are' : 'is'}${expr.negated ? ' not' : ''}`;
        return `${subject.text} ${verb} ${expr.list.items.length === 1 ? '' : 'one of '}${items}`;
      }
      case 'call':
      case 'aggregate':
      case 'literal':
      case 'param':
      case 'list':
        return this.value(expr).text;
    }
  }

  private comparison(expr: Extract<Expr, { kind: 'binary' }>): string {
    const left = this.value(expr.left);
    const right = expr.op === '=' || expr.op === '!=' ? this.valueWord(expr.right) : this.value(expr.right);
    const date = this.isDate(expr.left) || this.isDate(expr.right);
    const verbs: Record<string, [string, string]> = {
      '=': ['is', 'is'],
      '!=': ['is not', 'is not'],
      '<': ['is less than', 'is before'],
      '<=': ['is at most', 'is on or before'],
      '>': ['is more than', 'is after'],
      '>=': ['is at least', 'is on or after'],
    };
    let verb = verbs[expr.op][date ? 1 : 0];
    if (left.plural) verb = verb.replace(/^is/, 'are');
    return `${left.text} ${verb} ${right.text}`;
  }
}

/**
 * A condition (or value) in words. Pass the resolution maps of a checked rule, or a context and the
 * dataset the expression is on, for words that know the types; with neither, names are guessed.
 */
export function describeExpression(expr: Expr, info: DescribeInfo | { ctx: TypeContext; dataset: string } = {}): string {
  const known = 'ctx' in info ? resolveExpression(expr, info.dataset, info.ctx) : info;
  return new Describer(known).condition(expr);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeRule(rule: Rule, ctx?: TypeContext): string {
  const info: DescribeInfo = ctx ? resolveRule(rule, ctx) : {};
  const words = new Describer(info);
  const { measure } = rule;
  const records = recordsWords(rule.population.dataset.name);
  const population = rule.population.where ? `${records} where ${words.condition(rule.population.where)}` : records;
  let dating = `dated by ${words.fieldWords(rule.datedBy, false)}`;
  if (rule.groupBy) dating += ` and counted for each ${words.fieldWords(rule.groupBy, false)}`;
  const from = rule.fromContractYear ? `From contract year ${rule.fromContractYear.year}, ` : '';
  const condition = rule.condition ? words.condition(rule.condition) : undefined;

  let sentence: string;
  if (measure.kind === 'share' && measure.comparator !== null) {
    const bar = `${measure.comparator === 'at_least' ? 'at least' : 'more than'} ${percentText(measure.threshold)}`;
    sentence = `${bar} of ${population}, ${dating}, meet this: ${condition ?? 'true'}.`;
  } else if (measure.kind === 'share') {
    sentence = `the share of ${population} that meet this: ${condition ?? 'true'}; ${dating}. Monitored, with no target.`;
  } else if (measure.comparator !== null) {
    const bar = `${measure.comparator === 'at_least' ? 'at least' : 'more than'} ${numberText(measure.perYear)} a year`;
    sentence = `${bar} of ${population}, ${dating}; the yearly number is pro-rated to quarters and part years.`;
  } else {
    sentence = `the number of ${population}, ${dating}. Monitored, with no target.`;
  }
  return from ? `${from}${sentence}` : capitalise(sentence);
}
