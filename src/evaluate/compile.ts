/**
 * Compiles rule expressions into closures over the columnar tables, so a target over millions of
 * rows runs as plain array reads: no per-row objects, no lookups by key.
 *
 * Every value has a state: present, absent (blank cell, no linked record) or unknown (the cell
 * could not be read; a finding reports it). A value closure returns the value and leaves its state
 * in `register.state`, which the caller reads straight after the call; a condition closure returns
 * FALSE, TRUE or UNKNOWN (Kleene logic). The semantics are those of docs/ARCHITECTURE.md.
 */

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { AggregateExpr, CallExpr, Expr, FieldRef, InExpr, ListExpr } from '../dsl/ast.js';
import { CellState, type BooleanColumn, type Column, type DataSet, type LinkIndex, type Table } from '../data/table.js';
import { parseIsoDate } from '../data/dates.js';
import { fftPositive, prisma7Score, swemwbsComplete, swemwbsMetric, swemwbsRaw, type Prisma7Answer } from '../data/instruments.js';
import type { Dataset as DatasetSpec, ServiceSpec } from '../spec/types.generated.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
/** FALSE, TRUE or UNKNOWN */
export type Tri = number;

/** Value states; the same numbers as CellState so a cell's state passes straight through. */
export const PRESENT = 0;
export const ABSENT = 1;
/** (UNKNOWN = 2 is shared with Tri) */

/** Where a value closure leaves the state of the value it returned. */
export const register = { state: PRESENT };

export type ValueFn = (row: number) => number | string;
export type TestFn = (row: number) => Tri;

export type ValueType = 'number' | 'date' | 'boolean' | 'enum' | 'list' | 'string' | 'text' | 'word';

/** A compiled expression. */
export interface Node {
  type: ValueType;
  /** enum and list values, in the spec's order (enum values are their index) */
  enumValues?: readonly string[];
  value: ValueFn;
  /** boolean nodes only */
  test?: TestFn;
  /** 'word' nodes: a bare word, string literal or text parameter, which may name an enum value */
  word?: string;
  /** a bare word that is not a field: only valid against an enum */
  bare?: boolean;
}

/** The working-day arithmetic the rules need (src/data/calendar.ts WorkingCalendar provides it). */
export interface WorkingDays {
  workingDaysBetween(a: number, b: number): number;
}

/** Thrown when a rule cannot be compiled: the type checker should have said so first. */
export class CompileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'CompileError';
  }
}

function fail(code: string, message: string): never {
  throw new CompileError(diagnostic(code, message));
}

export interface CompileEnvOptions {
  spec: ServiceSpec;
  data: DataSet;
  calendar: WorkingDays;
  /** values from the project file, overriding the spec's defaults */
  parameters?: Record<string, unknown>;
  /** the DSL's expression parser, for derived fields (src/dsl parseExpression) */
  parseExpression: (text: string) => { expr?: Expr; diagnostics: readonly { message: string }[] };
}

interface Scope {
  dataset: string;
  table: Table;
  def: DatasetSpec;
  depth: number;
  outer?: Scope;
}

interface DerivedEntry {
  node?: Node;
  reads: Set<string>;
  compiling: boolean;
}

/**
 * Everything compiled for one run. Derived fields are compiled once per dataset and cached per row,
 * so that `swemwbs_complete` read by three targets is worked out once for each wellbeing row.
 */
export class CompileEnv {
  private readonly derived = new Map<string, DerivedEntry>();
  private readonly validity = new Map<string, TestFn>();

  constructor(readonly options: CompileEnvOptions) {}

  table(dataset: string): Table {
    const table = this.options.data.tables.get(dataset);
    if (!table) fail('data-missing-dataset', `The data has no "${dataset}" dataset, which a rule needs; add its file or sheet.`);
    return table;
  }

  datasetDef(dataset: string): DatasetSpec {
    const def = this.options.spec.datasets?.[dataset];
    if (!def) fail('type-unknown-dataset', `The spec declares no dataset "${dataset}".`);
    return def;
  }

  scope(dataset: string): Scope {
    return { dataset, table: this.table(dataset), def: this.datasetDef(dataset), depth: 0 };
  }

  /** Compiles an expression in the scope of `dataset`; the fields it reads are added to `reads` as "dataset.field". */
  compile(expr: Expr, dataset: string, reads: Set<string>): Node {
    const program = new Program(this, reads);
    return program.compile(expr, this.scope(dataset));
  }

  /** A compiled condition (where, meet, check, eligibility rule). */
  compileTest(expr: Expr, dataset: string, reads: Set<string>, what: string): TestFn {
    const node = this.compile(expr, dataset, reads);
    if (!node.test) fail('type-not-a-condition', `${what} must be a condition that is true or false, not a ${describeType(node)}.`);
    return node.test;
  }

  derivedNode(dataset: string, name: string, reads: Set<string>): Node {
    const key = `${dataset}.${name}`;
    let entry = this.derived.get(key);
    if (entry?.compiling) fail('type-derived-cycle', `The derived field ${key} is defined in terms of itself.`);
    if (!entry) {
      entry = { reads: new Set(), compiling: true };
      this.derived.set(key, entry);
      const text = this.datasetDef(dataset).derived?.[name]?.expr ?? '';
      const parsed = this.options.parseExpression(text);
      if (!parsed.expr) {
        fail('dsl-derived-invalid', `The derived field ${key} could not be read: ${parsed.diagnostics[0]?.message ?? 'it is empty'}`);
      }
      entry.node = cached(this.table(dataset).length, this.compile(parsed.expr, dataset, entry.reads));
      entry.compiling = false;
    }
    for (const r of entry.reads) reads.add(r);
    reads.add(key);
    return entry.node!;
  }

  /** valid(): every required field present, every present field readable. Never unknown. */
  validTest(dataset: string): TestFn {
    let test = this.validity.get(dataset);
    if (test) return test;
    const table = this.table(dataset);
    const fields = this.datasetDef(dataset).fields;
    const states: Uint8Array[] = [];
    const required: number[] = [];
    let requiredMissing = false;
    for (const [name, field] of Object.entries(fields)) {
      const column = table.columns.get(name);
      if (!column) {
        if (field.required) requiredMissing = true;
        continue;
      }
      states.push(column.state);
      required.push(field.required ? 1 : 0);
    }
    const isRequired = Uint8Array.from(required);
    test = requiredMissing
      ? () => FALSE
      : (row: number) => {
          for (let i = 0; i < states.length; i++) {
            const s = states[i][row];
            if (s === CellState.Invalid || (s === CellState.Absent && isRequired[i] === 1)) return FALSE;
          }
          return TRUE;
        };
    this.validity.set(dataset, test);
    return test;
  }

  parameter(name: string): unknown {
    const given = this.options.parameters?.[name];
    if (given !== undefined) return given;
    const declared = this.options.spec.parameters?.[name];
    if (!declared) fail('type-unknown-parameter', `The spec declares no parameter $${name}; declare it under "parameters".`);
    if (declared.default === undefined) {
      fail(
        'config-parameter-missing',
        `The spec needs a value for $${name} (${declared.description}); set it under "parameters" in servicespec.yaml.`,
      );
    }
    return declared.default;
  }
}

/** Wraps a node of a whole dataset so each row is worked out at most once. */
function cached(length: number, node: Node): Node {
  const done = new Uint8Array(length);
  const states = new Uint8Array(length);
  const numeric = node.type !== 'string' && node.type !== 'word';
  const numbers = numeric ? new Float64Array(length) : undefined;
  const others: (number | string)[] | undefined = numeric ? undefined : new Array(length);
  const inner = node.test;
  const value: ValueFn = inner
    ? (row) => {
        if (done[row] === 0) {
          const t = inner(row);
          states[row] = t === UNKNOWN ? UNKNOWN : PRESENT;
          numbers![row] = t === TRUE ? 1 : 0;
          done[row] = 1;
        }
        register.state = states[row];
        return numbers![row];
      }
    : (row) => {
        if (done[row] === 0) {
          const v = node.value(row);
          states[row] = register.state;
          if (numbers) numbers[row] = v as number;
          else others![row] = v;
          done[row] = 1;
        }
        register.state = states[row];
        return numbers ? numbers[row] : others![row];
      };
  const test: TestFn | undefined = inner
    ? (row) => {
        const v = value(row);
        return register.state === UNKNOWN ? UNKNOWN : v === 1 ? TRUE : FALSE;
      }
    : undefined;
  return { ...node, value, test };
}

function describeType(node: Node): string {
  switch (node.type) {
    case 'word':
      return node.bare ? `word ("${node.word}")` : `text value ("${node.word}")`;
    case 'enum':
      return 'choice value';
    default:
      return `${node.type} value`;
  }
}

const constant = (type: ValueType, v: number): Node => ({
  type,
  value: () => {
    register.state = PRESENT;
    return v;
  },
});

function booleanNode(test: TestFn): Node {
  return {
    type: 'boolean',
    test,
    value: (row) => {
      const t = test(row);
      if (t === UNKNOWN) {
        register.state = UNKNOWN;
        return 0;
      }
      register.state = PRESENT;
      return t;
    },
  };
}

/** Reads one column; `rowAt` maps the closure's argument to the row of this column's dataset. */
function columnNode(
  column: Column | undefined,
  type: ValueType,
  enumValues: readonly string[] | undefined,
  rowAt: (row: number) => number,
): Node {
  if (!column) {
    return {
      type,
      enumValues,
      value: () => {
        register.state = ABSENT;
        return 0;
      },
      test: type === 'boolean' ? () => FALSE : undefined,
    };
  }
  const state = column.state;
  let value: ValueFn;
  switch (column.kind) {
    case 'text':
      value = (row) => {
        register.state = state[rowAt(row)];
        return 1;
      };
      break;
    case 'list': {
      const values = column.values;
      value = (row) => {
        const r = rowAt(row);
        const s = state[r];
        const bits = values[r];
        register.state = s === CellState.Ok && bits === 0 ? ABSENT : s;
        return bits;
      };
      break;
    }
    default: {
      const values = column.values as ArrayLike<number | string>;
      value = (row) => {
        const r = rowAt(row);
        register.state = state[r];
        return values[r];
      };
    }
  }
  const node: Node = { type, enumValues, value };
  if (type === 'boolean') {
    const values = (column as BooleanColumn).values;
    node.test = (row) => {
      const r = rowAt(row);
      const s = state[r];
      if (s === CellState.Invalid) return UNKNOWN;
      return s === CellState.Ok && values[r] === 1 ? TRUE : FALSE;
    };
  }
  return node;
}

function fieldType(kind: string): ValueType {
  switch (kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'id':
      return 'string';
    default:
      return kind as ValueType;
  }
}

const identity = (row: number): number => row;

type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>=';

const COMPARE: Record<Comparison, (a: number | string, b: number | string) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** One rule (or derived field, or check): its scopes share one frame of enclosing rows. */
class Program {
  /** frame[d]: the row of the record in scope at aggregate depth d, set as an aggregate walks its children */
  private readonly frame = new Int32Array(16);

  constructor(
    private readonly env: CompileEnv,
    private readonly reads: Set<string>,
  ) {}

  /** How a closure compiled at `depth` finds the row of the scope at `target` depth. */
  private rowAt(target: number, depth: number): (row: number) => number {
    if (target === depth) return identity;
    const frame = this.frame;
    return () => frame[target];
  }

  compile(expr: Expr, scope: Scope): Node {
    switch (expr.kind) {
      case 'literal':
        switch (expr.type) {
          case 'number':
            return constant('number', expr.value as number);
          case 'date': {
            const day = parseIsoDate(String(expr.value));
            if (day === undefined) fail('dsl-bad-date', `${String(expr.value)} is not a real date.`);
            return constant('date', day);
          }
          case 'boolean': {
            const t = expr.value ? TRUE : FALSE;
            return booleanNode(() => t);
          }
          default:
            return wordNode(String(expr.value), false);
        }
      case 'param':
        return this.parameterNode(expr.name);
      case 'field':
        return this.field(expr, scope);
      case 'list':
        fail('type-list-outside-in', 'A list of values can only follow "in" or "not in".');
      // falls through (fail never returns)
      case 'binary':
        if (expr.op === 'and' || expr.op === 'or') return this.logical(expr.op, expr.left, expr.right, scope);
        if (expr.op === '+' || expr.op === '-')
          return this.arithmetic(expr.op, this.compile(expr.left, scope), this.compile(expr.right, scope));
        return this.comparison(expr.op, this.compile(expr.left, scope), this.compile(expr.right, scope));
      case 'not': {
        const inner = this.condition(expr.operand, scope, '"not"');
        return booleanNode((row) => {
          const t = inner(row);
          return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
        });
      }
      case 'in':
        return this.membership(expr, scope);
      case 'presence': {
        const operand = this.compile(expr.operand, scope);
        const value = operand.value;
        const whenPresent = expr.absent ? FALSE : TRUE;
        const whenAbsent = expr.absent ? TRUE : FALSE;
        return booleanNode((row) => {
          value(row);
          const s = register.state;
          return s === PRESENT ? whenPresent : s === ABSENT ? whenAbsent : UNKNOWN;
        });
      }
      case 'call':
        return this.call(expr, scope);
      case 'aggregate':
        return this.aggregate(expr, scope);
    }
  }

  private condition(expr: Expr, scope: Scope, what: string): TestFn {
    const node = this.compile(expr, scope);
    if (!node.test) fail('type-not-a-condition', `${what} needs a condition that is true or false, not a ${describeType(node)}.`);
    return node.test;
  }

  private parameterNode(name: string): Node {
    const value = this.env.parameter(name);
    if (typeof value === 'number') return constant('number', value);
    if (typeof value === 'boolean') {
      const t = value ? TRUE : FALSE;
      return booleanNode(() => t);
    }
    return wordNode(String(value), false);
  }

  /** A field of the record in scope (or an enclosing one), `link.field` of a parent, or a bare word. */
  private field(ref: FieldRef, scope: Scope): Node {
    const [first, second] = ref.path;
    if (!second) {
      for (let s: Scope | undefined = scope; s; s = s.outer) {
        if (s.def.fields[first.name] || s.def.derived?.[first.name]) return this.fieldOf(s, first.name, this.rowAt(s.depth, scope.depth));
      }
      return wordNode(first.name, true);
    }
    for (let s: Scope | undefined = scope; s; s = s.outer) {
      const link = s.def.links?.[first.name];
      if (!link) continue;
      const index = this.linkIndex(s.dataset, link.to);
      const parent = this.env.scope(link.to);
      if (!parent.def.fields[second.name] && !parent.def.derived?.[second.name]) {
        fail('type-unknown-field', `The dataset "${link.to}" (linked as ${first.name}) has no field "${second.name}".`);
      }
      this.reads.add(`${s.dataset}.${link.field}`);
      const linkState = s.table.columns.get(link.field)?.state;
      const rowAt = this.rowAt(s.depth, scope.depth);
      const parentOf = index.parentOf;
      // A record whose link field is blank has no parent (absent); one naming an unknown record cannot be known.
      const parentRow = (row: number): number => parentOf[rowAt(row)];
      const inner = this.fieldOf(parent, second.name, parentRow);
      const innerValue = inner.value;
      const innerTest = inner.test;
      const missing = (row: number): number => (linkState && linkState[rowAt(row)] === CellState.Absent ? ABSENT : UNKNOWN);
      return {
        ...inner,
        value: (row) => {
          if (parentRow(row) < 0) {
            register.state = missing(row);
            return 0;
          }
          return innerValue(row);
        },
        test: innerTest
          ? (row) => {
              if (parentRow(row) < 0) return missing(row) === ABSENT ? FALSE : UNKNOWN;
              return innerTest(row);
            }
          : undefined,
      };
    }
    fail(
      'type-unknown-link',
      `"${first.name}" is not a link of the dataset "${scope.dataset}", so ${first.name}.${second.name} cannot be read.`,
    );
  }

  private fieldOf(scope: Scope, name: string, rowAt: (row: number) => number): Node {
    const field = scope.def.fields[name];
    if (field) {
      this.reads.add(`${scope.dataset}.${name}`);
      return columnNode(scope.table.columns.get(name), fieldType(field.type), field.values, rowAt);
    }
    const derived = this.env.derivedNode(scope.dataset, name, this.reads);
    if (rowAt === identity) return derived;
    const value = derived.value;
    const test = derived.test;
    return { ...derived, value: (row) => value(rowAt(row)), test: test ? (row) => test(rowAt(row)) : undefined };
  }

  private linkIndex(child: string, parent: string): LinkIndex {
    const index = this.env.options.data.links.get(`${child}->${parent}`);
    if (!index)
      fail('type-unlinked-dataset', `The data has no link from "${child}" to "${parent}"; check the links of "${child}" in the spec.`);
    return index;
  }

  private logical(op: 'and' | 'or', leftExpr: Expr, rightExpr: Expr, scope: Scope): Node {
    const left = this.condition(leftExpr, scope, `"${op}"`);
    const right = this.condition(rightExpr, scope, `"${op}"`);
    if (op === 'and') {
      return booleanNode((row) => {
        const a = left(row);
        if (a === FALSE) return FALSE;
        const b = right(row);
        if (b === FALSE) return FALSE;
        return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : TRUE;
      });
    }
    return booleanNode((row) => {
      const a = left(row);
      if (a === TRUE) return TRUE;
      const b = right(row);
      if (b === TRUE) return TRUE;
      return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FALSE;
    });
  }

  private arithmetic(op: '+' | '-', left: Node, right: Node): Node {
    const numeric = (n: Node) => n.type === 'number' || n.type === 'date';
    if (!numeric(left) || !numeric(right)) {
      fail('type-arithmetic', `"${op}" works on numbers and dates, not on a ${describeType(numeric(left) ? right : left)}.`);
    }
    let type: ValueType = 'number';
    if (op === '+' && (left.type === 'date') !== (right.type === 'date')) type = 'date';
    else if (op === '-' && left.type === 'date' && right.type === 'number') type = 'date';
    else if (left.type === 'date' && right.type === 'date' && op === '+') fail('type-arithmetic', 'Two dates cannot be added.');
    else if (left.type === 'number' && right.type === 'date') fail('type-arithmetic', 'A date cannot be taken from a number.');
    const a = left.value;
    const b = right.value;
    const sign = op === '+' ? 1 : -1;
    return {
      type,
      value: (row) => {
        const x = a(row) as number;
        const sx = register.state;
        if (sx === ABSENT) return 0;
        const y = b(row) as number;
        const sy = register.state;
        if (sy === ABSENT) return 0;
        if (sx === UNKNOWN) {
          register.state = UNKNOWN;
          return 0;
        }
        return x + sign * y;
      },
    };
  }

  /** Brings a word to the other side's terms: an enum index, or the text compared as text. */
  private alignWord(word: Node, other: Node): Node {
    if (other.type === 'enum' || other.type === 'list') {
      const index = other.enumValues!.indexOf(word.word!);
      if (index < 0) {
        fail('type-unknown-enum-value', `"${word.word}" is not one of the values it is compared with (${other.enumValues!.join(', ')}).`);
      }
      return constant('enum', index);
    }
    if (word.bare) fail('type-unknown-field', `There is no field "${word.word}" here.`);
    return word;
  }

  private comparison(op: Comparison, leftNode: Node, rightNode: Node): Node {
    let left = leftNode;
    let right = rightNode;
    if (left.type === 'word' && right.type !== 'word') left = this.alignWord(left, right);
    else if (right.type === 'word' && left.type !== 'word') right = this.alignWord(right, left);
    else if (left.bare || right.bare) fail('type-unknown-field', `There is no field "${left.bare ? left.word : right.word}" here.`);
    if (
      left.type === 'enum' &&
      right.type === 'enum' &&
      left.enumValues &&
      right.enumValues &&
      !sameValues(left.enumValues, right.enumValues)
    ) {
      // two enums with different value lists: compare the values' names
      left = enumAsText(left);
      right = enumAsText(right);
    }
    const compare = COMPARE[op];
    const a = left.value;
    const b = right.value;
    return booleanNode((row) => {
      const x = a(row);
      const sx = register.state;
      if (sx === ABSENT) return FALSE;
      const y = b(row);
      const sy = register.state;
      if (sy === ABSENT) return FALSE;
      if (sx === UNKNOWN || sy === UNKNOWN) return UNKNOWN;
      return compare(x, y) ? TRUE : FALSE;
    });
  }

  private membership(expr: InExpr, scope: Scope): Node {
    const subject = this.compile(expr.value, scope);
    const items = this.listItems(expr.list, scope);
    const value = subject.value;
    const inside = expr.negated ? FALSE : TRUE;
    const outside = expr.negated ? TRUE : FALSE;
    if (subject.type === 'enum' || subject.type === 'list') {
      let mask = 0;
      const member = new Uint8Array(subject.enumValues!.length);
      for (const item of items) {
        const index = this.alignWord(item, subject).value(0) as number;
        member[index] = 1;
        mask |= 1 << index;
      }
      if (subject.type === 'list') {
        // a list field is "in" the given values when any of its items is
        return booleanNode((row) => {
          const bits = value(row) as number;
          const s = register.state;
          if (s !== PRESENT) return s === ABSENT ? FALSE : UNKNOWN;
          return (bits & mask) !== 0 ? inside : outside;
        });
      }
      return booleanNode((row) => {
        const index = value(row) as number;
        const s = register.state;
        if (s !== PRESENT) return s === ABSENT ? FALSE : UNKNOWN;
        return member[index] === 1 ? inside : outside;
      });
    }
    if (subject.bare) fail('type-unknown-field', `There is no field "${subject.word}" here.`);
    const members = new Set(items.map((item) => item.value(0)));
    return booleanNode((row) => {
      const v = value(row);
      const s = register.state;
      if (s !== PRESENT) return s === ABSENT ? FALSE : UNKNOWN;
      return members.has(v) ? inside : outside;
    });
  }

  private listItems(list: ListExpr, scope: Scope): Node[] {
    return list.items.map((item) => {
      const node = this.compile(item, scope);
      if (node.type !== 'word' && node.type !== 'number' && node.type !== 'date') {
        fail('type-list-item', 'The items of a list must be values (words, numbers, text or dates), not fields.');
      }
      return node;
    });
  }

  private call(expr: CallExpr, scope: Scope): Node {
    const name = expr.name.name;
    const args = expr.args.map((arg) => this.compile(arg, scope));
    const arity = (n: number) => {
      if (args.length !== n) fail('type-arity', `${name}() takes ${n} value${n === 1 ? '' : 's'}, not ${args.length}.`);
    };
    switch (name) {
      case 'working_days':
      case 'days': {
        arity(2);
        const [a, b] = args.map((arg) => arg.value);
        const calendar = this.env.options.calendar;
        const between = name === 'days' ? (x: number, y: number) => y - x : (x: number, y: number) => calendar.workingDaysBetween(x, y);
        return {
          type: 'number',
          value: (row) => {
            const x = a(row) as number;
            const sx = register.state;
            if (sx === ABSENT) return 0;
            const y = b(row) as number;
            if (register.state === ABSENT) return 0;
            if (sx === UNKNOWN) {
              register.state = UNKNOWN;
              return 0;
            }
            if (register.state === UNKNOWN) return 0;
            return between(x, y);
          },
        };
      }
      case 'swemwbs_complete':
      case 'swemwbs_raw':
      case 'swemwbs_metric': {
        arity(7);
        const items = args.map((arg) => arg.value);
        const scratch: (number | null)[] = new Array(7).fill(null);
        // Reads the seven items into `scratch`; UNKNOWN when one could not be read.
        const read = (row: number): Tri => {
          for (let i = 0; i < 7; i++) {
            const v = items[i](row) as number;
            const s = register.state;
            if (s === UNKNOWN) return UNKNOWN;
            scratch[i] = s === PRESENT ? v : null;
          }
          return TRUE;
        };
        if (name === 'swemwbs_complete') {
          return booleanNode((row) => (read(row) === UNKNOWN ? UNKNOWN : swemwbsComplete(scratch) ? TRUE : FALSE));
        }
        const metric = name === 'swemwbs_metric';
        return {
          type: 'number',
          value: (row) => {
            if (read(row) === UNKNOWN) {
              register.state = UNKNOWN;
              return 0;
            }
            const raw = swemwbsRaw(scratch);
            const result = metric ? swemwbsMetric(raw) : raw;
            register.state = result === null ? ABSENT : PRESENT;
            return result ?? 0;
          },
        };
      }
      case 'fft_positive': {
        arity(1);
        const [response] = args;
        if (response.type !== 'enum' && response.type !== 'string') {
          fail('type-argument', 'fft_positive() takes the Friends and Family Test answer field.');
        }
        const value = response.value;
        const positive = response.enumValues ? Uint8Array.from(response.enumValues, (v) => (fftPositive(v) ? 1 : 0)) : undefined;
        return booleanNode((row) => {
          const v = value(row);
          const s = register.state;
          if (s === UNKNOWN) return UNKNOWN;
          if (s === ABSENT) return FALSE;
          return (positive ? positive[v as number] === 1 : fftPositive(String(v))) ? TRUE : FALSE;
        });
      }
      case 'prisma7_score': {
        arity(7);
        // each answer is a yes/no boolean or an enum whose values include yes and no
        const answers = args.map((arg): ((row: number) => Prisma7Answer | undefined) => {
          const value = arg.value;
          if (arg.type === 'boolean') {
            return (row) => {
              const v = value(row);
              return register.state === PRESENT ? v === 1 : register.state === ABSENT ? null : undefined;
            };
          }
          if (arg.type === 'enum') {
            const words = arg.enumValues!.map((v): Prisma7Answer =>
              v.toLowerCase() === 'yes' ? 'yes' : v.toLowerCase() === 'no' ? 'no' : null,
            );
            return (row) => {
              const v = value(row) as number;
              return register.state === PRESENT ? words[v] : register.state === ABSENT ? null : undefined;
            };
          }
          fail('type-argument', 'prisma7_score() takes seven yes/no answers.');
        });
        const scratch: Prisma7Answer[] = new Array(7).fill(null);
        return {
          type: 'number',
          value: (row) => {
            for (let i = 0; i < 7; i++) {
              const answer = answers[i](row);
              if (answer === undefined) {
                register.state = UNKNOWN;
                return 0;
              }
              scratch[i] = answer;
            }
            const score = prisma7Score(scratch);
            register.state = score === null ? ABSENT : PRESENT;
            return score ?? 0;
          },
        };
      }
      case 'size': {
        arity(1);
        const [list] = args;
        if (list.type !== 'list') fail('type-argument', 'size() takes a list field.');
        const value = list.value;
        return {
          type: 'number',
          value: (row) => {
            let bits = value(row) as number;
            const s = register.state;
            if (s === UNKNOWN) return 0;
            register.state = PRESENT;
            if (s === ABSENT) return 0;
            let n = 0;
            for (; bits !== 0; n++) bits &= bits - 1;
            return n;
          },
        };
      }
      case 'valid': {
        arity(0);
        for (const field of Object.keys(scope.def.fields)) this.reads.add(`${scope.dataset}.${field}`);
        // the closure's row is always that of the record in scope, the one valid() is about
        return booleanNode(this.env.validTest(scope.dataset));
      }
      default:
        fail('type-unknown-function', `There is no function ${name}().`);
    }
  }

  private aggregate(expr: AggregateExpr, scope: Scope): Node {
    const childName = expr.dataset.name;
    const childDef = this.env.datasetDef(childName);
    const linkEntry = Object.entries(childDef.links ?? {}).find(([, link]) => link.to === scope.dataset);
    if (!linkEntry)
      fail(
        'type-unlinked-dataset',
        `"${childName}" has no link to "${scope.dataset}", so it cannot be counted for each ${scope.dataset} record.`,
      );
    this.reads.add(`${childName}.${linkEntry[1].field}`);
    const index = this.linkIndex(childName, scope.dataset);
    const child: Scope = { dataset: childName, table: this.env.table(childName), def: childDef, depth: scope.depth + 1, outer: scope };
    if (child.depth >= this.frame.length) fail('type-too-deep', 'Aggregates are nested too deeply.');
    const where = expr.where ? this.condition(expr.where, child, `The "where" of ${expr.fn}(${childName} …)`) : undefined;
    const { childStart, childRows } = index;
    const excluded = child.table.excluded;
    const frame = this.frame;
    const depth = scope.depth;

    if (expr.fn === 'count' || expr.fn === 'any' || expr.fn === 'all') {
      const fn = expr.fn;
      // counts[0] meeting, counts[1] unknown, counts[2] seen
      const counts = new Int32Array(3);
      const tally = (row: number): void => {
        frame[depth] = row;
        counts[0] = 0;
        counts[1] = 0;
        counts[2] = 0;
        for (let i = childStart[row]; i < childStart[row + 1]; i++) {
          const c = childRows[i];
          if (excluded[c] === 1) continue;
          counts[2]++;
          const t = where ? where(c) : TRUE;
          if (t === TRUE) counts[0]++;
          else if (t === UNKNOWN) counts[1]++;
        }
      };
      if (fn === 'count') {
        return {
          type: 'number',
          value: (row) => {
            tally(row);
            register.state = counts[1] > 0 ? UNKNOWN : PRESENT;
            return counts[0];
          },
        };
      }
      if (fn === 'any') {
        return booleanNode((row) => {
          tally(row);
          return counts[0] > 0 ? TRUE : counts[1] > 0 ? UNKNOWN : FALSE;
        });
      }
      return booleanNode((row) => {
        tally(row);
        const failing = counts[2] - counts[0] - counts[1];
        return failing > 0 ? FALSE : counts[1] > 0 ? UNKNOWN : TRUE;
      });
    }

    if (!expr.field) fail('type-aggregate-field', `${expr.fn}() needs a field: ${expr.fn}(field of ${childName}).`);
    const fieldName = expr.field.name;
    if (!childDef.fields[fieldName] && !childDef.derived?.[fieldName]) {
      fail('type-unknown-field', `The dataset "${childName}" has no field "${fieldName}".`);
    }
    const field = this.fieldOf(child, fieldName, identity);
    const fieldValue = field.value;
    const type = field.type;

    if (expr.fn === 'first' || expr.fn === 'last') {
      const forward = expr.fn === 'first';
      const orderBy = childDef.order_by;
      const orderState = orderBy ? child.table.columns.get(orderBy)?.state : undefined;
      if (orderBy) this.reads.add(`${childName}.${orderBy}`);
      return {
        ...field,
        test: undefined,
        value: (row) => {
          frame[depth] = row;
          const from = childStart[row];
          const to = childStart[row + 1];
          for (let k = 0; k < to - from; k++) {
            const c = childRows[forward ? from + k : to - 1 - k];
            if (excluded[c] === 1) continue;
            const t = where ? where(c) : TRUE;
            if (t === FALSE) continue;
            // an earlier candidate we cannot judge, or one whose date we cannot read, makes "first" unknowable
            if (t === UNKNOWN || (orderState && orderState[c] === CellState.Invalid)) {
              register.state = UNKNOWN;
              return 0;
            }
            return fieldValue(c);
          }
          register.state = ABSENT;
          return 0;
        },
      };
    }

    if (type !== 'number' && type !== 'date')
      fail('type-aggregate-field', `${expr.fn}() needs a number or date field; "${fieldName}" is a ${describeType(field)}.`);
    const fn = expr.fn;
    return {
      type: fn === 'sum' ? 'number' : type,
      value: (row) => {
        frame[depth] = row;
        let result = fn === 'min' ? Infinity : fn === 'max' ? -Infinity : 0;
        let seen = false;
        let unknown = false;
        for (let i = childStart[row]; i < childStart[row + 1]; i++) {
          const c = childRows[i];
          if (excluded[c] === 1) continue;
          const t = where ? where(c) : TRUE;
          if (t === FALSE) continue;
          if (t === UNKNOWN) {
            unknown = true;
            continue;
          }
          const v = fieldValue(c) as number;
          const s = register.state;
          if (s === UNKNOWN) unknown = true;
          if (s !== PRESENT) continue;
          seen = true;
          if (fn === 'min') result = v < result ? v : result;
          else if (fn === 'max') result = v > result ? v : result;
          else result += v;
        }
        if (unknown) {
          register.state = UNKNOWN;
          return 0;
        }
        if (!seen && fn !== 'sum') {
          register.state = ABSENT;
          return 0;
        }
        register.state = PRESENT;
        return result;
      },
    };
  }
}

function wordNode(word: string, bare: boolean): Node {
  return {
    type: 'word',
    word,
    bare,
    value: () => {
      register.state = PRESENT;
      return word;
    },
  };
}

function enumAsText(node: Node): Node {
  const names = node.enumValues!;
  const value = node.value;
  return { type: 'string', value: (row) => names[value(row) as number] };
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** A rule's parts compiled for its population dataset. */
export interface CompiledParts {
  where?: TestFn;
  condition?: TestFn;
  dated: ValueFn;
  group?: Node;
}
