/**
 * Names and types of rules, against a spec's datasets (docs/ARCHITECTURE.md, "Semantics").
 *
 * One walk both type-checks and resolves. Its result is for two readers:
 * - lint and the spec loader read `diagnostics` (codes `type-…`);
 * - the evaluator (src/evaluate/compile.ts) reads the side maps, so that it never re-implements the
 *   scope rules:
 *     `types.get(node)`  the ValueType of every expression node that checked;
 *     `names.get(node)`  what a node stands for: for a FieldRef, the field (and the record that
 *                        holds it) or an enum value; for a string literal compared with an enum,
 *                        the enum value; for an aggregate, the linked dataset and link; for a call,
 *                        the function; for a ParamRef, the parameter.
 *
 * Depth. Records in scope are numbered by depth: 0 is the rule's own record (a record of the
 * population, or of the dataset an expression is checked against); each aggregate's records are one
 * deeper than the record they link to. A FieldResolution says at which depth its record is, so the
 * compiled code keeps a stack of current row indexes, one per depth. A derived field's expression
 * is resolved on its own (depth 0 is the record holding the derived field); its nodes' entries are
 * in the same maps.
 */
import type {
  AggregateExpr,
  AggregateFn,
  BinaryExpr,
  CallExpr,
  Expr,
  FieldRef,
  InExpr,
  ParamRef,
  Rule,
  Span,
} from './ast.js';
import type { Dataset, Field, Parameter, ServiceSpec } from '../spec/types.generated.js';
import { dslError, dslWarning, type DslDiagnostic } from './diagnostic.js';
import { formatExpression } from './format.js';
import { AGGREGATES, FUNCTIONS, type FunctionSignature, type ValueKind } from './functions.js';
import { parseExpression } from './parser.js';
import { didYouMean, joinWords } from './suggest.js';

export interface TypeContext {
  spec: ServiceSpec;
}

export type ValueType =
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'id' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'list'; values: string[] }
  | { kind: 'text' };

export interface FieldResolution {
  kind: 'field';
  /** depth of the record the name was found on (see the file comment) */
  depth: number;
  /** the dataset of that record */
  scopeDataset: string;
  /** for `link.field`: the link followed from that record to its parent */
  via?: { link: string; field: string; to: string };
  /** the dataset that holds the field (the parent's, when via a link) */
  dataset: string;
  field: string;
  type: ValueType;
  /** a derived field's expression; its own nodes are resolved in the same maps */
  derived?: Expr;
}

export interface EnumValueResolution {
  kind: 'enum-value';
  value: string;
  /** the enum's values, in spec order; index is the value's position (as EnumColumn stores it) */
  values: string[];
  index: number;
}

export interface AggregateResolution {
  kind: 'aggregate';
  fn: AggregateFn;
  /** the linked (child) dataset aggregated */
  dataset: string;
  /** depth of the child records inside `where` */
  depth: number;
  /** the record the child records link to */
  parent: { depth: number; dataset: string };
  /** the child's link: its name and the child field that holds the parent's key */
  link: { name: string; field: string };
  /** for min, max, sum, first, last */
  field?: { name: string; type: ValueType; derived?: Expr };
  /** the date field that orders the child records, for first and last */
  orderBy?: string;
}

export interface FunctionResolution {
  kind: 'function';
  fn: FunctionSignature;
  /** the record in scope where the call stands (valid() checks that record) */
  depth: number;
  dataset: string;
}

export interface ParamResolution {
  kind: 'param';
  name: string;
  parameter: Parameter;
}

export type Resolution = FieldResolution | EnumValueResolution | AggregateResolution | FunctionResolution | ParamResolution;

export interface Resolved {
  types: Map<Expr, ValueType>;
  names: Map<Expr, Resolution>;
  diagnostics: DslDiagnostic[];
}

export interface ResolvedRule extends Resolved {
  rule: Rule;
  /** the population's dataset, when it exists */
  dataset?: string;
  datedBy?: FieldResolution;
  groupBy?: FieldResolution;
}

/** The rule-language type of a data-dictionary field. */
export function typeOfField(field: Field): ValueType {
  const values = Array.isArray(field.values) ? field.values.map(String) : [];
  switch (field.type) {
    case 'integer':
    case 'number':
      return { kind: 'number' };
    case 'enum':
      return { kind: 'enum', values };
    case 'list':
      return { kind: 'list', values };
    case 'id':
    case 'string':
    case 'text':
    case 'boolean':
    case 'date':
      return { kind: field.type };
    default:
      // a type the schema rejects; reading it as text keeps it out of every comparison
      return { kind: 'text' };
  }
}

export function typeOfParameter(parameter: Parameter): ValueType {
  if (parameter.type === 'enum') return { kind: 'enum', values: Array.isArray(parameter.values) ? parameter.values.map(String) : [] };
  if (parameter.type === 'number' || parameter.type === 'boolean') return { kind: parameter.type };
  return { kind: 'string' };
}

/** "a number", "one of Dover and Folkestone", "a list of alcohol, smoking, …" */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case 'number':
      return 'a number';
    case 'string':
      return 'a text';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date';
    case 'id':
      return 'an id';
    case 'text':
      return 'free text';
    case 'enum':
      return `one of ${shortList(type.values, 'or')}`;
    case 'list':
      return `a list of ${shortList(type.values, 'and')}`;
  }
}

function typeNoun(type: ValueType): string {
  switch (type.kind) {
    case 'enum':
      return 'a choice of values';
    case 'boolean':
      return 'a true/false value';
    default:
      return describeType(type);
  }
}

function shortList(values: readonly string[], conjunction: string): string {
  if (values.length > 6) return `${values.slice(0, 5).join(', ')}, … (${values.length} values)`;
  return joinWords(values, conjunction);
}

/** Shown in messages: the expression as written, cut short. */
function shown(expr: Expr): string {
  const text = formatExpression(expr);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** obj[key] when obj has it as its own entry: a field named 'constructor' is not Object's. */
function own<T>(obj: Record<string, T> | undefined, key: string): T | undefined {
  return obj && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** One record in scope: its dataset, and the dataset's definition. */
interface Scope {
  dataset: string;
  def: Dataset;
}

interface DerivedEntry {
  state: 'pending' | 'done';
  expr?: Expr;
  resolved?: Resolved;
  type?: ValueType;
}

/** Derived fields are typed once per spec; the spec object is the cache key. */
const derivedCache = new WeakMap<ServiceSpec, Map<string, DerivedEntry>>();

const GROUPABLE: ReadonlySet<ValueType['kind']> = new Set(['enum', 'string', 'id', 'boolean', 'number']);

class Checker {
  readonly out: Resolved = { types: new Map(), names: new Map(), diagnostics: [] };

  constructor(readonly ctx: TypeContext) {}

  private get datasets(): Record<string, Dataset> {
    return this.ctx.spec.datasets ?? {};
  }

  private error(code: string, message: string, span: Span): undefined {
    this.out.diagnostics.push(dslError(code, message, span));
    return undefined;
  }

  private typed(expr: Expr, type: ValueType | undefined): ValueType | undefined {
    if (type) this.out.types.set(expr, type);
    return type;
  }

  dataset(name: string, span: Span): Scope | undefined {
    const def = own(this.datasets, name);
    if (def && typeof def === 'object') return { dataset: name, def };
    const names = Object.keys(this.datasets);
    return this.error(
      'type-unknown-dataset',
      `'${name}' is not a dataset of this spec.${didYouMean(name, names)} The datasets are ${joinWords(names) || 'none yet'}.`,
      span,
    );
  }

  // ---------- names ----------

  /** A field or derived field named `name` of one dataset. */
  private fieldOf(scope: Scope, name: string, span: Span): { type?: ValueType; derived?: Expr } | undefined {
    const field = own(scope.def.fields, name);
    if (field && typeof field === 'object') return { type: typeOfField(field) };
    if (own(scope.def.derived, name) !== undefined) return this.derived(scope, name, span);
    return undefined;
  }

  private derived(scope: Scope, name: string, span: Span): { type?: ValueType; derived?: Expr } {
    let cache = derivedCache.get(this.ctx.spec);
    if (!cache) derivedCache.set(this.ctx.spec, (cache = new Map()));
    const key = `${scope.dataset}\u0000${name}`;
    let entry = cache.get(key);
    if (entry?.state === 'pending') {
      this.error('type-derived-cycle', `The derived field ${name} of ${scope.dataset} is computed from itself: break the circle of derived fields.`, span);
      return {};
    }
    if (!entry) {
      entry = { state: 'pending' };
      cache.set(key, entry);
      const text = own(scope.def.derived, name)?.expr;
      const parsed = typeof text === 'string' ? parseExpression(text) : { expr: undefined };
      if (parsed.expr) {
        const inner = new Checker(this.ctx);
        const type = inner.expression(parsed.expr, [scope]);
        // The derived expression's own problems are reported where it is written (lint checks it);
        // only a cycle is worth repeating at every use.
        entry.expr = parsed.expr;
        entry.resolved = inner.out;
        entry.type = type;
      }
      entry.state = 'done';
    }
    if (entry.resolved) {
      for (const [node, type] of entry.resolved.types) this.out.types.set(node, type);
      for (const [node, resolution] of entry.resolved.names) this.out.names.set(node, resolution);
      for (const d of entry.resolved.diagnostics) if (d.code === 'type-derived-cycle') this.out.diagnostics.push({ ...d, span });
    }
    return { type: entry.type, derived: entry.expr };
  }

  private fieldNames(scope: Scope): string[] {
    return [...Object.keys(scope.def.fields ?? {}), ...Object.keys(scope.def.derived ?? {})];
  }

  /** Resolve a one- or two-part name without reporting anything; undefined when it is not a field in scope. */
  private lookup(ref: FieldRef, scopes: Scope[]): FieldResolution | { missing: true } | undefined {
    const [first, second] = ref.path;
    for (let depth = scopes.length - 1; depth >= 0; depth--) {
      const scope = scopes[depth];
      if (!second) {
        const found = this.fieldOf(scope, first.name, ref.span);
        if (found) {
          if (!found.type) return { missing: true };
          return {
            kind: 'field',
            depth,
            scopeDataset: scope.dataset,
            dataset: scope.dataset,
            field: first.name,
            type: found.type,
            ...(found.derived ? { derived: found.derived } : {}),
          };
        }
      } else {
        const link = own(scope.def.links, first.name);
        const parent = link && typeof link.to === 'string' ? own(this.datasets, link.to) : undefined;
        if (link && parent) {
          const found = this.fieldOf({ dataset: link.to, def: parent }, second.name, ref.span);
          if (!found) return undefined;
          if (!found.type) return { missing: true };
          return {
            kind: 'field',
            depth,
            scopeDataset: scope.dataset,
            via: { link: first.name, field: link.field, to: link.to },
            dataset: link.to,
            field: second.name,
            type: found.type,
            ...(found.derived ? { derived: found.derived } : {}),
          };
        }
      }
    }
    return undefined;
  }

  /** A field reference that must be a field: reports unknown fields and links. */
  field(ref: FieldRef, scopes: Scope[]): FieldResolution | undefined {
    const found = this.lookup(ref, scopes);
    if (found && 'missing' in found) return undefined;
    if (found) {
      this.out.names.set(ref, found);
      this.out.types.set(ref, found.type);
      return found;
    }
    this.reportUnknownName(ref, scopes);
    return undefined;
  }

  private reportUnknownName(ref: FieldRef, scopes: Scope[]): undefined {
    const [first, second] = ref.path;
    const inner = scopes[scopes.length - 1];
    const where = joinWords([...scopes].reverse().map((s) => s.dataset), 'or');
    if (second) {
      const withLink = [...scopes].reverse().find((s) => own(s.def.links, first.name));
      if (!withLink) {
        const links = [...new Set(scopes.flatMap((s) => Object.keys(s.def.links ?? {})))];
        const known = links.length > 0 ? ` The links are ${joinWords(links)}.` : ` ${where} ${scopes.length > 1 ? 'have' : 'has'} no links to other datasets.`;
        return this.error(
          'type-unknown-link',
          `'${first.name}' is not a link of ${where}, so ${formatExpression(ref)} cannot be read.${didYouMean(first.name, links)}${known}`,
          first.span,
        );
      }
      const link = own(withLink.def.links, first.name)!;
      const parent = own(this.datasets, link.to);
      if (!parent) {
        return this.error('type-unknown-dataset', `The link '${first.name}' of ${withLink.dataset} goes to '${link.to}', which is not a dataset of this spec.`, first.span);
      }
      const names = this.fieldNames({ dataset: link.to, def: parent });
      return this.error(
        'type-unknown-field',
        `'${second.name}' is not a field of ${link.to} (reached through the link '${first.name}').${didYouMean(second.name, names)}`,
        second.span,
      );
    }
    const name = first.name;
    const names = [...new Set(scopes.flatMap((s) => this.fieldNames(s)))];
    let hint = didYouMean(name, names);
    if (!hint && own(this.datasets, name)) {
      hint = ` ${name} is a dataset: to ask whether the record has linked ${name}, write any(${name}); to count them, count(${name}).`;
    }
    if (!hint) {
      const scope = [...scopes].reverse().find((s) => own(s.def.links, name));
      const to = scope ? own(scope.def.links, name)!.to : undefined;
      if (to !== undefined) hint = ` '${name}' is a link to ${to}: name one of its fields, like ${name}.${Object.keys(own(this.datasets, to)?.fields ?? {})[0] ?? 'field'}.`;
    }
    if (!hint) {
      const owner = this.enumFieldWithValue(inner, name);
      if (owner) hint = ` '${name}' is a value of ${owner}: compare it, like ${owner} = ${name}.`;
    }
    return this.error('type-unknown-field', `'${name}' is not a field of ${where}.${hint}`, ref.span);
  }

  private enumFieldWithValue(scope: Scope, value: string): string | undefined {
    for (const [name, field] of Object.entries(scope.def.fields ?? {})) {
      if ((field?.type === 'enum' || field?.type === 'list') && Array.isArray(field.values) && field.values.includes(value)) return name;
    }
    return undefined;
  }

  /** A single bare word that is not a field in scope: a candidate enum value. */
  private isBareWord(expr: Expr, scopes: Scope[]): expr is FieldRef {
    return expr.kind === 'field' && expr.path.length === 1 && this.lookup(expr, scopes) === undefined;
  }

  /**
   * An operand that may be a value of `against` when that is an enum: a bare word or a string.
   * Anything else is checked as usual.
   */
  private operand(expr: Expr, scopes: Scope[], against: ValueType | undefined): ValueType | undefined {
    const enumValues = against && (against.kind === 'enum' || against.kind === 'list') ? against.values : undefined;
    const word = this.isBareWord(expr, scopes) ? expr.path[0].name : expr.kind === 'literal' && expr.type === 'string' ? String(expr.value) : undefined;
    if (word === undefined || !enumValues) {
      if (this.isBareWord(expr, scopes) && against === undefined) return undefined; // the other side already failed
      return this.expression(expr, scopes);
    }
    const index = enumValues.indexOf(word);
    if (index < 0) {
      const alias = this.aliasOf(word, enumValues);
      return this.error(
        'type-unknown-enum-value',
        `'${word}' is not one of ${shortList(enumValues, 'or')}.${alias ? ` '${word}' is read as ${alias} when the data is loaded; write ${alias}.` : didYouMean(word, enumValues)}`,
        expr.span,
      );
    }
    const type: ValueType = { kind: 'enum', values: enumValues };
    this.out.names.set(expr, { kind: 'enum-value', value: word, values: enumValues, index });
    return this.typed(expr, type);
  }

  private aliasOf(word: string, values: readonly string[]): string | undefined {
    for (const dataset of Object.values(this.datasets)) {
      for (const field of Object.values(dataset?.fields ?? {})) {
        const target = own(field?.aliases, word);
        if (target && values.includes(target)) return target;
      }
    }
    return undefined;
  }

  // ---------- expressions ----------

  condition(expr: Expr, scopes: Scope[], what: string): void {
    const type = this.expression(expr, scopes);
    if (type && type.kind !== 'boolean') {
      const advice = type.kind === 'number' ? ', e.g. … >= 2' : type.kind === 'date' ? ', e.g. … is present' : '';
      this.error('type-not-boolean', `${what} must be true or false, but ${shown(expr)} is ${describeType(type)}: compare it with something${advice}.`, expr.span);
    }
  }

  expression(expr: Expr, scopes: Scope[]): ValueType | undefined {
    switch (expr.kind) {
      case 'literal':
        return this.typed(expr, { kind: expr.type } as ValueType);
      case 'param':
        return this.param(expr);
      case 'field': {
        const found = this.field(expr, scopes);
        return found?.type;
      }
      case 'list':
        return this.error('type-list-outside-in', `A list like ${shown(expr)} can only follow 'in', as in: area in [Dover, Folkestone].`, expr.span);
      case 'not':
        this.condition(expr.operand, scopes, "What follows 'not'");
        return this.typed(expr, { kind: 'boolean' });
      case 'presence':
        this.expression(expr.operand, scopes);
        return this.typed(expr, { kind: 'boolean' });
      case 'in':
        return this.membership(expr, scopes);
      case 'binary':
        return this.binary(expr, scopes);
      case 'call':
        return this.call(expr, scopes);
      case 'aggregate':
        return this.aggregate(expr, scopes);
    }
  }

  private param(expr: ParamRef): ValueType | undefined {
    const parameters = this.ctx.spec.parameters ?? {};
    const parameter = own(parameters, expr.name);
    if (!parameter) {
      const names = Object.keys(parameters);
      return this.error(
        'type-unknown-parameter',
        `'$${expr.name}' is not a parameter of this spec.${didYouMean(expr.name, names)} ${names.length > 0 ? `The parameters are ${joinWords(names.map((n) => `$${n}`))}.` : 'Declare it under parameters.'}`,
        expr.span,
      );
    }
    this.out.names.set(expr, { kind: 'param', name: expr.name, parameter });
    return this.typed(expr, typeOfParameter(parameter));
  }

  private textField(expr: Expr, type: ValueType | undefined): boolean {
    if (type?.kind !== 'text') return false;
    this.error('type-text-field', `${shown(expr)} is free text, which servicespec never reads: only '${shown(expr)} is present' can be asked of it.`, expr.span);
    return true;
  }

  private binary(expr: BinaryExpr, scopes: Scope[]): ValueType | undefined {
    const { op, left, right } = expr;
    if (op === 'and' || op === 'or') {
      this.condition(left, scopes, `Each side of '${op}'`);
      this.condition(right, scopes, `Each side of '${op}'`);
      return this.typed(expr, { kind: 'boolean' });
    }
    if (op === '+' || op === '-') return this.arithmetic(expr, scopes);

    let lt: ValueType | undefined;
    let rt: ValueType | undefined;
    if (this.isBareWord(left, scopes) && !this.isBareWord(right, scopes)) {
      rt = this.expression(right, scopes);
      lt = rt ? this.operand(left, scopes, rt) : undefined;
    } else {
      lt = this.expression(left, scopes);
      if (this.textField(left, lt)) return this.typed(expr, { kind: 'boolean' });
      rt = this.operand(right, scopes, lt);
    }
    if (!lt || !rt || this.textField(left, lt) || this.textField(right, rt)) return this.typed(expr, { kind: 'boolean' });

    const ordering = op !== '=' && op !== '!=';
    const problem = ordering ? this.orderingProblem(lt, rt) : this.equalityProblem(lt, rt);
    if (problem) {
      this.error(
        'type-mismatch',
        `${problem.charAt(0).toUpperCase()}${problem.slice(1)}: ${shown(left)} is ${describeType(lt)}, ${shown(right)} is ${describeType(rt)}.`,
        expr.span,
      );
    }
    return this.typed(expr, { kind: 'boolean' });
  }

  private equalityProblem(a: ValueType, b: ValueType): string | undefined {
    const idLike = (t: ValueType) => t.kind === 'id' || t.kind === 'string';
    if (idLike(a) && idLike(b)) return undefined;
    if (a.kind === 'list' || b.kind === 'list') return "a list cannot be compared with '=': use 'in' to ask whether it holds a value";
    if (a.kind === 'enum' && b.kind === 'enum') {
      return a.values.some((v) => b.values.includes(v)) ? undefined : 'these two choices have no value in common';
    }
    if (a.kind === b.kind) return undefined;
    return `${typeNoun(a)} cannot be compared with ${typeNoun(b)}`;
  }

  private orderingProblem(a: ValueType, b: ValueType): string | undefined {
    if (a.kind === b.kind && (a.kind === 'number' || a.kind === 'date')) return undefined;
    if (a.kind === b.kind && a.kind === 'enum') return "choices have no order, so only '=', '!=' and 'in' apply to them";
    if (a.kind === b.kind) return `${typeNoun(a)} has no order: only numbers and dates can be compared with '<', '<=', '>' or '>='`;
    return `${typeNoun(a)} cannot be compared with ${typeNoun(b)}`;
  }

  private arithmetic(expr: BinaryExpr, scopes: Scope[]): ValueType | undefined {
    const lt = this.expression(expr.left, scopes);
    const rt = this.expression(expr.right, scopes);
    if (!lt || !rt) return undefined;
    if (lt.kind === 'number' && rt.kind === 'number') return this.typed(expr, { kind: 'number' });
    if (lt.kind === 'date' && rt.kind === 'number') return this.typed(expr, { kind: 'date' });
    if (expr.op === '+' && lt.kind === 'number' && rt.kind === 'date') return this.typed(expr, { kind: 'date' });
    if (expr.op === '-' && lt.kind === 'date' && rt.kind === 'date') {
      return this.error(
        'type-mismatch',
        `Subtracting one date from another is ambiguous: write days(${shown(expr.right)}, ${shown(expr.left)}) for calendar days or working_days(${shown(expr.right)}, ${shown(expr.left)}) for working days.`,
        expr.span,
      );
    }
    return this.error(
      'type-mismatch',
      `'${expr.op}' needs numbers (or a date and a number of days): ${shown(expr.left)} is ${describeType(lt)}, ${shown(expr.right)} is ${describeType(rt)}.`,
      expr.span,
    );
  }

  private membership(expr: InExpr, scopes: Scope[]): ValueType | undefined {
    const valueType = this.expression(expr.value, scopes);
    if (expr.list.items.length === 0) this.error('dsl-empty-list', 'This list is empty, so nothing is in it: put the values between the brackets.', expr.list.span);
    if (!valueType || this.textField(expr.value, valueType)) return this.typed(expr, { kind: 'boolean' });
    if (valueType.kind === 'boolean') {
      this.error('type-mismatch', `${shown(expr.value)} is true or false: compare it with '=' instead of 'in'.`, expr.span);
      return this.typed(expr, { kind: 'boolean' });
    }
    for (const item of expr.list.items) {
      const itemType = this.operand(item, scopes, valueType);
      if (!itemType) continue;
      const problem = this.equalityProblem(valueType.kind === 'list' ? { kind: 'enum', values: valueType.values } : valueType, itemType);
      if (problem) {
        this.error('type-mismatch', `${shown(item)} cannot be in a list of values for ${shown(expr.value)}: ${shown(expr.value)} is ${describeType(valueType)}, ${shown(item)} is ${describeType(itemType)}.`, item.span);
      }
    }
    this.typed(expr.list, { kind: 'list', values: [] });
    return this.typed(expr, { kind: 'boolean' });
  }

  private call(expr: CallExpr, scopes: Scope[]): ValueType | undefined {
    const fn = FUNCTIONS.get(expr.name.name);
    const argTypes = expr.args.map((arg) => this.expression(arg, scopes));
    if (!fn) {
      return this.error('dsl-unknown-function', `'${expr.name.name}' is not a function of the rule language.${didYouMean(expr.name.name, FUNCTIONS.keys())}`, expr.name.span);
    }
    if (fn.params.length !== expr.args.length) {
      return this.error('dsl-wrong-arity', `${fn.name} takes ${fn.params.length} values but is given ${expr.args.length}.`, expr.span);
    }
    fn.params.forEach((accepted, i) => {
      const type = argTypes[i];
      if (type && !accepted.includes(type.kind as ValueKind)) {
        this.error(
          'type-function-argument',
          `${fn.name} needs ${joinWords(accepted.map((k) => describeType({ kind: k, values: [] } as ValueType).replace(/ of $/, '')), 'or')} as its ${ordinal(i + 1)} value, but ${shown(expr.args[i])} is ${describeType(type)}.`,
          expr.args[i].span,
        );
      }
    });
    const depth = scopes.length - 1;
    this.out.names.set(expr, { kind: 'function', fn, depth, dataset: scopes[depth].dataset });
    return this.typed(expr, { kind: fn.result });
  }

  private aggregate(expr: AggregateExpr, scopes: Scope[]): ValueType | undefined {
    const child = this.dataset(expr.dataset.name, expr.dataset.span);
    if (!child) return undefined;
    const signature = AGGREGATES.get(expr.fn)!;
    let parent: { depth: number; link: string; field: string } | undefined;
    for (let depth = scopes.length - 1; depth >= 0 && !parent; depth--) {
      const links = Object.entries(child.def.links ?? {}).filter(([, link]) => link?.to === scopes[depth].dataset);
      if (links.length > 1) {
        this.error(
          'type-ambiguous-link',
          `${child.dataset} has ${links.length} links to ${scopes[depth].dataset} (${joinWords(links.map(([n]) => n))}), so it is not clear which records belong to this ${scopes[depth].dataset}.`,
          expr.dataset.span,
        );
      }
      if (links.length > 0) parent = { depth, link: links[0][0], field: links[0][1].field };
    }
    if (!parent) {
      const inScope = scopes[scopes.length - 1].dataset;
      return this.error(
        'type-unlinked-aggregate',
        `${child.dataset} are not linked to ${inScope}: ${expr.fn}(…) looks at the ${child.dataset} records that link to the ${inScope} record in scope. Add a link to ${inScope} under datasets.${child.dataset}.links, or use a dataset that has one.`,
        expr.dataset.span,
      );
    }
    const inner = [...scopes, child];
    if (expr.where) this.condition(expr.where, inner, `The 'where' inside ${expr.fn}(…)`);

    const resolution: AggregateResolution = {
      kind: 'aggregate',
      fn: expr.fn,
      dataset: child.dataset,
      depth: scopes.length,
      parent: { depth: parent.depth, dataset: scopes[parent.depth].dataset },
      link: { name: parent.link, field: parent.field },
    };
    let result: ValueType | undefined;
    if (!signature.needsField || !expr.field) {
      result = expr.fn === 'count' ? { kind: 'number' } : { kind: 'boolean' };
    } else {
      const found = this.fieldOf(child, expr.field.name, expr.field.span);
      if (!found) {
        return this.error(
          'type-unknown-field',
          `'${expr.field.name}' is not a field of ${child.dataset}.${didYouMean(expr.field.name, this.fieldNames(child))}`,
          expr.field.span,
        );
      }
      if (!found.type) return undefined;
      resolution.field = { name: expr.field.name, type: found.type, ...(found.derived ? { derived: found.derived } : {}) };
      result = this.aggregateResult(expr, found.type, child);
      if (!result) return undefined;
    }
    if (expr.fn === 'first' || expr.fn === 'last') {
      if (!child.def.order_by) {
        return this.error(
          'type-aggregate-needs-order',
          `${expr.fn}(…) needs to know which ${child.dataset} record comes first: add order_by (a date field) to datasets.${child.dataset}.`,
          expr.span,
        );
      }
      resolution.orderBy = child.def.order_by;
    }
    this.out.names.set(expr, resolution);
    return this.typed(expr, result);
  }

  private aggregateResult(expr: AggregateExpr, fieldType: ValueType, child: Scope): ValueType | undefined {
    const field = expr.field!;
    const numeric = fieldType.kind === 'number';
    switch (expr.fn) {
      case 'min':
      case 'max':
        if (numeric || fieldType.kind === 'date') return fieldType;
        return this.error(
          'type-aggregate-field-type',
          `${expr.fn} needs a number or date field, but ${field.name} of ${child.dataset} is ${describeType(fieldType)}.`,
          field.span,
        );
      case 'sum':
        if (numeric) return fieldType;
        return this.error('type-aggregate-field-type', `sum needs a number field, but ${field.name} of ${child.dataset} is ${describeType(fieldType)}.`, field.span);
      default:
        if (fieldType.kind !== 'text') return fieldType;
        return this.error('type-aggregate-field-type', `${field.name} of ${child.dataset} is free text, which servicespec never reads.`, field.span);
    }
  }
}

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'][n - 1] ?? `${n}th`;
}

/** Whole contract years between the contract's start and end (a part year counts). */
function contractYears(spec: ServiceSpec): number | undefined {
  const contract = spec.contract;
  if (!contract) return undefined;
  const [sy, sm, sd] = contract.start.split('-').map(Number);
  const [ey, em, ed] = contract.end.split('-').map(Number);
  const months = (ey - sy) * 12 + (em - sm) + (ed >= sd ? 0 : -1) + 1;
  return Math.max(1, Math.ceil(months / 12));
}

/** Type-check a rule and resolve every name in it. */
export function resolveRule(rule: Rule, ctx: TypeContext): ResolvedRule {
  const checker = new Checker(ctx);
  const result: ResolvedRule = { ...checker.out, rule };
  const population = checker.dataset(rule.population.dataset.name, rule.population.dataset.span);
  if (!population) return result;
  result.dataset = population.dataset;
  const scopes = [population];
  if (rule.population.where) checker.condition(rule.population.where, scopes, "The condition after 'where'");
  if (rule.condition) checker.condition(rule.condition, scopes, "The condition after 'meet'");

  const datedBy = checker.field(rule.datedBy, scopes);
  if (datedBy && datedBy.type.kind !== 'date') {
    const dates = Object.entries(population.def.fields ?? {})
      .filter(([, f]) => f?.type === 'date')
      .map(([n]) => n);
    checker.out.diagnostics.push(
      dslError(
        'type-dated-by-not-date',
        `'dated by' needs a date field, but ${formatExpression(rule.datedBy)} is ${describeType(datedBy.type)}.${dates.length > 0 ? ` The date fields of ${population.dataset} are ${joinWords(dates)}.` : ''}`,
        rule.datedBy.span,
      ),
    );
  } else if (datedBy) {
    result.datedBy = datedBy;
  }

  if (rule.groupBy) {
    const groupBy = checker.field(rule.groupBy, scopes);
    if (groupBy && !GROUPABLE.has(groupBy.type.kind)) {
      checker.out.diagnostics.push(
        dslError(
          'type-group-by',
          `'for each' splits the results by the values of a field such as area, but ${formatExpression(rule.groupBy)} is ${describeType(groupBy.type)}: use a choice, id, text, number or true/false field.`,
          rule.groupBy.span,
        ),
      );
    } else if (groupBy) {
      result.groupBy = groupBy;
    }
  }

  if (rule.fromContractYear) {
    const years = contractYears(ctx.spec);
    if (years !== undefined && rule.fromContractYear.year > years) {
      checker.out.diagnostics.push(
        dslWarning(
          'type-contract-year-beyond',
          `The contract runs for ${years} year${years === 1 ? '' : 's'}, so 'from contract year ${rule.fromContractYear.year}' never applies: check the year or the contract dates.`,
          rule.fromContractYear.span,
        ),
      );
    }
  }
  return result;
}

/**
 * Type-check an expression on a record of `dataset` (a data check, a derived field, eligibility)
 * and resolve its names. `type` is undefined when the expression has an error.
 */
export function resolveExpression(expr: Expr, dataset: string, ctx: TypeContext): Resolved & { type?: ValueType } {
  const checker = new Checker(ctx);
  const scope = checker.dataset(dataset, expr.span);
  const type = scope ? checker.expression(expr, [scope]) : undefined;
  return { ...checker.out, type };
}

/** As resolveExpression, and the expression must be true or false (checks, eligibility). */
export function resolveCondition(expr: Expr, dataset: string, ctx: TypeContext, what = 'The condition'): Resolved {
  const checker = new Checker(ctx);
  const scope = checker.dataset(dataset, expr.span);
  if (scope) checker.condition(expr, [scope], what);
  return checker.out;
}

export function checkRule(rule: Rule, ctx: TypeContext): DslDiagnostic[] {
  return resolveRule(rule, ctx).diagnostics;
}

export function checkExpression(expr: Expr, dataset: string, ctx: TypeContext): { type?: ValueType; diagnostics: DslDiagnostic[] } {
  const { type, diagnostics } = resolveExpression(expr, dataset, ctx);
  return { type, diagnostics };
}
