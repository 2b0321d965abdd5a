/**
 * Compiles rule expressions into closures over the columnar tables, so a target over millions of
 * rows runs as plain array reads: no per-row objects, no lookups by key.
 *
 * Names and types are the rule language's (src/dsl/check.ts resolveRule / resolveExpression):
 * every field reference arrives here already resolved to its record's depth, its dataset and the
 * link it goes through; every bare word compared with a choice arrives as that choice's index. This
 * file only turns those resolutions into closures, and refuses (CompileError) what did not check.
 *
 * Every value has a state: present, absent (blank cell, no linked record) or unknown (the cell
 * could not be read; a finding reports it). A value closure returns the value and leaves its state
 * in `register.state`, which the caller reads straight after the call; a condition closure returns
 * FALSE, TRUE or UNKNOWN (Kleene logic). The semantics are those of docs/ARCHITECTURE.md.
 *
 * A node whose inputs are columns can also be worked out for every row in one loop over typed
 * arrays (`columnar`, `columnarTest`): columns of the record in scope and of its parent through a
 * link, and comparisons, presence, logic, arithmetic, days and working days, list sizes and
 * instrument scores over such; and the aggregates over linked children, whose `where` and field
 * are worked out for every child first (a name of the enclosing record is its value gathered
 * through the link) and then walked once for every parent. Derived fields are worked out that way
 * once and read back; a target's parts are handed to tallyRows whole (CompiledRule). The per-row
 * closures stay for everything else (aggregates nested in aggregates that reach past their parent,
 * text and ids) and must agree with the loops exactly: tests/evaluate/compile.test.ts compares the
 * two (`rowAtATime`) on random tables.
 */

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { AggregateExpr, BinaryExpr, CallExpr, Expr, InExpr, ParamRef, Rule } from '../dsl/ast.js';
import {
  formatExpression,
  resolveCondition,
  resolveExpression,
  resolveRule,
  type AggregateResolution,
  type DslDiagnostic,
  type FieldResolution,
  type FunctionResolution,
  type Resolved,
  type ValueType,
} from '../dsl/index.js';
import { CellState, type BooleanColumn, type Column, type DataSet, type LinkIndex, type Table } from '../data/table.js';
import { parseIsoDate } from '../data/dates.js';
import {
  fftPositive,
  prisma7Score,
  swemwbsItemPoints,
  swemwbsMetric,
  swemwbsRawOfTotal,
  SWEMWBS_NOT_ANSWERED,
  type Prisma7Answer,
} from '../data/instruments.js';
import type { ServiceSpec } from '../spec/types.generated.js';

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

/** The rule language's kind of a value (number, date, enum, …). */
export type NodeType = ValueType['kind'];

/**
 * Every row's value at once: row r holds `values[r]` in the value state `states[state[r]]`
 * (a column's cell states and the table that maps them, or value states and IDENTITY_STATES).
 * `state` has one entry per row of the dataset.
 */
export interface ColumnView {
  values: ArrayLike<number>;
  state: Uint8Array;
  states: Uint8Array;
}

/** A compiled expression. */
export interface Node {
  type: NodeType;
  /** enum and list values, in the spec's order (enum values are their index) */
  enumValues?: readonly string[];
  value: ValueFn;
  /** boolean nodes only */
  test?: TestFn;
  /** when the value depends only on the columns of the record in scope: every row's value in one loop (a column's costs nothing) */
  columnar?: () => ColumnView;
  /** the same for a boolean node: FALSE, TRUE or UNKNOWN for every row */
  columnarTest?: () => Uint8Array;
  /** a value read from a parent record: the parent's values and the link, for a loop that reads through the link itself rather than gather first */
  linked?: () => LinkedView;
}

/** Row r's value is the parent's at parentOf[r]; with no parent, absent when the link field is blank (linkState), else unknown. */
export interface LinkedView {
  parent: ColumnView;
  parentOf: Int32Array;
  linkState: Uint8Array | undefined;
}

/** The working-day arithmetic the rules need (src/data/calendar.ts WorkingCalendar provides it). */
export interface WorkingDays {
  workingDaysBetween(a: number, b: number): number;
}

/** Thrown when a rule cannot be compiled: it did not type check, or the data or parameters lack what it needs. */
export class CompileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'CompileError';
  }
}

function fail(code: string, message: string): never {
  throw new CompileError(diagnostic(code, message));
}

/** The rule language's own verdict on a piece of rule text: its first error, if any, stops compiling. */
function refuseErrors(diagnostics: readonly DslDiagnostic[]): void {
  const error = diagnostics.find((d) => (d.severity ?? 'error') === 'error');
  if (error) fail(error.code, error.message);
}

/** For a node the checker passed without resolving (a derived field whose own text has an error). */
function unresolved(expr: Expr): never {
  fail('type-unresolved', `${formatExpression(expr)} cannot be worked out; run servicespec lint on the spec to see why.`);
}

export interface CompileEnvOptions {
  spec: ServiceSpec;
  data: DataSet;
  calendar: WorkingDays;
  /** values from the project file, overriding the spec's defaults */
  parameters?: Record<string, unknown>;
  /** compile row-at-a-time closures only, never a whole column in one loop (tests compare the two) */
  rowAtATime?: boolean;
}

/**
 * A rule's parts compiled for its population dataset. Each `…All`, when there, works the part out
 * for every row of the dataset at once (a new array, or a column as it is) and gives what the row
 * closure gives row for row; the caller keeps it only as long as it needs it.
 */
export interface CompiledRule {
  dataset: string;
  where?: TestFn;
  whereAll?: () => Uint8Array;
  condition?: TestFn;
  conditionAll?: () => Uint8Array;
  dated: ValueFn;
  datedAll?: () => ColumnView;
  /** its `columnar`, when there, is every row's group value */
  group?: Node;
}

interface DerivedEntry {
  node?: Node;
  reads: Set<string>;
}

/**
 * Everything compiled for one run. Derived fields are compiled once per dataset and cached per row,
 * so that `swemwbs_complete` read by three targets is worked out once for each wellbeing row.
 */
export class CompileEnv {
  private readonly derived = new Map<string, DerivedEntry>();
  private readonly validity = new Map<string, TestFn>();
  /** SWEMWBS raw scores worked out for every row, by their seven items' columns: swemwbs_complete and swemwbs_metric read the same items */
  readonly swemwbsRawColumns: { views: ColumnView[]; raw: Int32Array }[] = [];

  private workingDays?: WorkingDayTable | null;

  constructor(readonly options: CompileEnvOptions) {}

  /** The working days up to each day of the contract and years either side, built when first asked; none without a contract. */
  workingDayTable(): WorkingDayTable | undefined {
    if (this.workingDays === undefined) {
      const start = parseIsoDate(this.options.spec.contract?.start ?? '');
      const end = parseIsoDate(this.options.spec.contract?.end ?? '');
      if (start === undefined || end === undefined || end < start) this.workingDays = null;
      else {
        const first = start - WORKING_DAY_TABLE_MARGIN;
        const upTo = new Int32Array(end + WORKING_DAY_TABLE_MARGIN - first + 1);
        const calendar = this.options.calendar;
        for (let i = 1; i < upTo.length; i++) upTo[i] = calendar.workingDaysBetween(first, first + i);
        this.workingDays = { first, upTo };
      }
    }
    return this.workingDays ?? undefined;
  }

  table(dataset: string): Table {
    const table = this.options.data.tables.get(dataset);
    if (!table) fail('data-missing-dataset', `The data has no "${dataset}" dataset, which a rule needs; add its file or sheet.`);
    return table;
  }

  linkIndex(child: string, parent: string): LinkIndex {
    const index = this.options.data.links.get(`${child}->${parent}`);
    if (!index) fail('data-missing-link', `The data has no link from "${child}" to "${parent}"; check the links of "${child}" in the spec.`);
    return index;
  }

  /** Compiles a target's population filter, condition, dating and grouping; the fields read go into `reads` as "dataset.field". */
  compileRule(rule: Rule, reads: Set<string>): CompiledRule {
    const resolved = resolveRule(rule, { spec: this.options.spec });
    refuseErrors(resolved.diagnostics);
    const dataset = resolved.dataset!;
    const program = new Program(this, resolved, reads);
    const where = rule.population.where ? program.conditionNode(rule.population.where, 0) : undefined;
    const condition = rule.condition ? program.conditionNode(rule.condition, 0) : undefined;
    const dated = program.compile(rule.datedBy, 0);
    return {
      dataset,
      ...(where ? { where: where.test, ...(where.all ? { whereAll: where.all } : {}) } : {}),
      ...(condition ? { condition: condition.test, ...(condition.all ? { conditionAll: condition.all } : {}) } : {}),
      dated: dated.value,
      ...(dated.columnar ? { datedAll: dated.columnar } : {}),
      group: rule.groupBy ? program.compile(rule.groupBy, 0) : undefined,
    };
  }

  /** Compiles an expression on a record of `dataset`. */
  compile(expr: Expr, dataset: string, reads: Set<string>): Node {
    const resolved = resolveExpression(expr, dataset, { spec: this.options.spec });
    refuseErrors(resolved.diagnostics);
    return new Program(this, resolved, reads).compile(expr, 0);
  }

  /** A compiled condition (a data check, the eligibility rule); `what` names it in messages. */
  compileTest(expr: Expr, dataset: string, reads: Set<string>, what: string): TestFn {
    return this.compileCondition(expr, dataset, reads, what).test;
  }

  /** compileTest, with every row's answer at once (`all`) when the condition has a whole-column form. */
  compileCondition(expr: Expr, dataset: string, reads: Set<string>, what: string): { test: TestFn; all?: () => Uint8Array } {
    const resolved = resolveCondition(expr, dataset, { spec: this.options.spec }, what);
    refuseErrors(resolved.diagnostics);
    return new Program(this, resolved, reads).conditionNode(expr, 0);
  }

  /** A derived field of `dataset`, compiled on its own record (depth 0) from the resolutions that hold its expression's nodes. */
  derivedNode(dataset: string, name: string, expr: Expr, resolved: Resolved, reads: Set<string>): Node {
    const key = `${dataset}.${name}`;
    let entry = this.derived.get(key);
    if (!entry) {
      entry = { reads: new Set() };
      this.derived.set(key, entry);
      entry.node = cached(this.table(dataset).length, new Program(this, resolved, entry.reads).compile(expr, 0));
    }
    // the checker reports a derived field defined through itself; this only stops a loop
    if (!entry.node) fail('type-derived-cycle', `The derived field ${key} is computed from itself.`);
    for (const r of entry.reads) reads.add(r);
    reads.add(key);
    return entry.node;
  }

  /** valid(): every required field present, every present field readable. Never unknown. */
  validTest(dataset: string): TestFn {
    let test = this.validity.get(dataset);
    if (test) return test;
    const { states, isRequired, requiredMissing } = this.validityFields(dataset);
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

  /** validTest's answer for every row, field by field in one loop each. */
  validAnswers(dataset: string): Uint8Array {
    const { states, isRequired, requiredMissing } = this.validityFields(dataset);
    const answers = new Uint8Array(this.table(dataset).length);
    if (requiredMissing) return answers;
    answers.fill(TRUE);
    for (let i = 0; i < states.length; i++) {
      const state = states[i];
      const bad = isRequired[i] === 1 ? CellState.Absent : CellState.Invalid;
      // a required field fails on a blank or an unreadable cell, an optional one on an unreadable cell only
      for (let row = 0; row < answers.length; row++) if (state[row] >= bad) answers[row] = FALSE;
    }
    return answers;
  }

  private validityFields(dataset: string): { states: Uint8Array[]; isRequired: Uint8Array; requiredMissing: boolean } {
    const table = this.table(dataset);
    const fields = this.options.spec.datasets?.[dataset]?.fields ?? {};
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
    return { states, isRequired: Uint8Array.from(required), requiredMissing };
  }

  /** The value of $name: the project file's, else the spec's default. */
  parameter(name: string): unknown {
    const given = this.options.parameters?.[name];
    if (given !== undefined) return given;
    const declared = this.options.spec.parameters?.[name];
    if (declared?.default === undefined) {
      fail(
        'config-parameter-missing',
        `The spec needs a value for $${name}${declared?.description ? ` (${declared.description})` : ''}; set it under "parameters" in servicespec.yaml.`,
      );
    }
    return declared.default;
  }
}

/** Value state → value state, for a ColumnView whose `state` already holds value states. */
const IDENTITY_STATES = Uint8Array.of(PRESENT, ABSENT, UNKNOWN);

/*
 * The whole-column loops look their answers up in these small tables rather than branch on each
 * row's states: real data mixes blank and filled cells at random, and a mispredicted branch costs
 * more than the rest of the row's work.
 */

/** [a × 3 + b]: a and b, a or b, in Kleene logic */
const AND_TABLE = Uint8Array.of(FALSE, FALSE, FALSE, FALSE, TRUE, UNKNOWN, FALSE, UNKNOWN, UNKNOWN);
const OR_TABLE = Uint8Array.of(FALSE, TRUE, UNKNOWN, TRUE, TRUE, TRUE, UNKNOWN, TRUE, UNKNOWN);
/** [a]: not a */
const NOT_TABLE = Uint8Array.of(TRUE, FALSE, UNKNOWN);
/** [state × 2 + met]: a comparison of a value in that state, met (1) or not (0) when present */
const COMPARED_TABLE = Uint8Array.of(FALSE, TRUE, FALSE, FALSE, UNKNOWN, UNKNOWN);
/** [(x's state × 3 + y's state) × 2 + met]: absent on either side is false, else unknown on either side is unknown */
const COMPARED_PAIR_TABLE = Uint8Array.from({ length: 18 }, (_, i) => {
  const sx = Math.floor(i / 6);
  const sy = Math.floor(i / 2) % 3;
  if (sx === ABSENT || sy === ABSENT) return FALSE;
  if (sx === UNKNOWN || sy === UNKNOWN) return UNKNOWN;
  return i % 2 === 1 ? TRUE : FALSE;
});

/** [x's state × 3 + y's state]: the state of a value worked out from x and y (absent wins over unknown) */
const PAIR_STATE_TABLE = Uint8Array.from({ length: 9 }, (_, i) => {
  const sx = Math.floor(i / 3);
  const sy = i % 3;
  return sx === ABSENT || sy === ABSENT ? ABSENT : sx === UNKNOWN || sy === UNKNOWN ? UNKNOWN : PRESENT;
});

/**
 * Wraps a node of a whole dataset so each row is worked out at most once. One that depends only on
 * its own row's columns is worked out for every row in one loop when the first row is asked for (a
 * derived field is read on nearly every row of its dataset); any other row by row as rows are asked for.
 */
function cached(length: number, node: Node): Node {
  if (node.columnarTest) return answersNode(node.columnarTest);
  if (node.columnar) return viewNode(node, node.columnar);
  const inner = node.test;
  if (inner) {
    // a condition keeps its answer, plus one so that 0 means "not worked out yet"
    const answers = new Uint8Array(length);
    const test: TestFn = (row) => {
      let answer = answers[row];
      if (answer === 0) {
        answer = inner(row) + 1;
        answers[row] = answer;
      }
      return answer - 1;
    };
    const value: ValueFn = (row) => {
      const t = test(row);
      register.state = t === UNKNOWN ? UNKNOWN : PRESENT;
      return t === TRUE ? 1 : 0;
    };
    return { type: node.type, value, test };
  }
  const done = new Uint8Array(length);
  const states = new Uint8Array(length);
  const numeric = node.type !== 'string' && node.type !== 'id';
  const numbers = numeric ? new Float64Array(length) : undefined;
  const others: (number | string)[] | undefined = numeric ? undefined : new Array(length);
  const value: ValueFn = (row) => {
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
  return { type: node.type, ...(node.enumValues ? { enumValues: node.enumValues } : {}), value };
}

/** A boolean node read from every row's answer, all worked out when the first is asked for. */
function answersNode(workOut: () => Uint8Array): Node {
  let answers: Uint8Array | undefined;
  let view: ColumnView | undefined;
  const all = (): Uint8Array => (answers ??= workOut());
  return {
    type: 'boolean',
    test: (row) => (answers ?? all())[row],
    value: (row) => {
      const t = (answers ?? all())[row];
      register.state = t === UNKNOWN ? UNKNOWN : PRESENT;
      return t === TRUE ? 1 : 0;
    },
    columnarTest: all,
    columnar: () => (view ??= viewOfAnswers(all())),
  };
}

/** A node read from every row's value, all worked out when the first is asked for (or a column as it is). */
function viewNode(node: Node, workOut: () => ColumnView): Node {
  let view: ColumnView | undefined;
  const all = (): ColumnView => (view ??= workOut());
  return {
    type: node.type,
    ...(node.enumValues ? { enumValues: node.enumValues } : {}),
    value: (row) => {
      const { values, state, states } = view ?? all();
      register.state = states[state[row]];
      return values[row];
    },
    columnar: all,
  };
}

/**
 * A parent's values for every child row, through the link (`parentOf`): absent where the link
 * field is blank, unknown where it names no record, as a read through the link gives them.
 */
function gathered(parent: ColumnView, parentOf: Int32Array, linkState: Uint8Array | undefined, rows: number): ColumnView {
  // list bit sets use all 32 bits: a Float64Array holds them whole
  const values = parent.values instanceof Float64Array || parent.values instanceof Uint32Array ? new Float64Array(rows) : new Int32Array(rows);
  const state = new Uint8Array(rows);
  const { values: parentValues, state: parentState, states } = parent;
  for (let row = 0; row < rows; row++) {
    const p = parentOf[row];
    if (p < 0) {
      state[row] = linkState && linkState[row] === CellState.Absent ? ABSENT : UNKNOWN;
      continue;
    }
    state[row] = states[parentState[p]];
    values[row] = parentValues[p];
  }
  return { values, state, states: IDENTITY_STATES };
}

/** A boolean node's answers as values 1/0 in state present, or unknown. */
function viewOfAnswers(answers: Uint8Array): ColumnView {
  const values = new Uint8Array(answers.length);
  const state = new Uint8Array(answers.length);
  for (let row = 0; row < answers.length; row++) {
    const t = answers[row];
    values[row] = t === TRUE ? 1 : 0;
    state[row] = t === UNKNOWN ? UNKNOWN : PRESENT;
  }
  return { values, state, states: IDENTITY_STATES };
}

/** The answers of a boolean value read as a test: unknown stays unknown, absent is false. */
function answersOfView({ values, state, states }: ColumnView): Uint8Array {
  const answers = new Uint8Array(state.length);
  for (let row = 0; row < answers.length; row++) {
    const s = states[state[row]];
    answers[row] = s === UNKNOWN ? UNKNOWN : s === PRESENT && values[row] === 1 ? TRUE : FALSE;
  }
  return answers;
}

const constant = (type: NodeType, v: number | string, enumValues?: readonly string[]): Node => ({
  type,
  ...(enumValues ? { enumValues } : {}),
  value: () => {
    register.state = PRESENT;
    return v;
  },
});

/** A boolean node; `columnarTest`, when given, works out every row's answer at once (see Node). */
function booleanNode(test: TestFn, columnarTest?: () => Uint8Array): Node {
  const node: Node = {
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
  if (columnarTest) {
    node.columnarTest = columnarTest;
    node.columnar = () => viewOfAnswers(columnarTest());
  }
  return node;
}

/** A node of type boolean that only has a value (first/last of a yes/no field): its test, from the value. */
function withTest(node: Node): Node {
  if (node.type !== 'boolean' || node.test) return node;
  const value = node.value;
  return {
    ...node,
    test: (row) => {
      const v = value(row);
      const s = register.state;
      return s === UNKNOWN ? UNKNOWN : s === ABSENT ? FALSE : v === 1 ? TRUE : FALSE;
    },
  };
}

/** Cell state → value state. A blank in a required field is missing data, not a legitimate blank. */
const OPTIONAL_STATES = Uint8Array.of(PRESENT, ABSENT, UNKNOWN);
const REQUIRED_STATES = Uint8Array.of(PRESENT, UNKNOWN, UNKNOWN);

/**
 * Reads one column; `rowAt` maps the closure's argument to the row of this column's dataset.
 * A blank required cell reads as unknown, so a rule that needs it (say the eligibility age) is
 * unknowable for that record rather than false: its data-missing-required finding already says so.
 * A number, date, choice or yes/no column of the record in scope is also a ColumnView, unless
 * `rowAtATime`.
 */
function columnNode(
  column: Column | undefined,
  type: ValueType,
  rowAt: (row: number) => number,
  required = false,
  rowAtATime = false,
): Node {
  const enumValues = type.kind === 'enum' || type.kind === 'list' ? type.values : undefined;
  if (!column) {
    return {
      type: type.kind,
      enumValues,
      value: () => {
        register.state = ABSENT;
        return 0;
      },
      test: type.kind === 'boolean' ? () => FALSE : undefined,
    };
  }
  const state = column.state;
  const states = required ? REQUIRED_STATES : OPTIONAL_STATES;
  let value: ValueFn;
  switch (column.kind) {
    case 'text':
      value = (row) => {
        register.state = states[state[rowAt(row)]];
        return 1;
      };
      break;
    case 'list': {
      const values = column.values;
      value = (row) => {
        const r = rowAt(row);
        const s = states[state[r]];
        const bits = values[r];
        register.state = s === PRESENT && bits === 0 ? ABSENT : s;
        return bits;
      };
      break;
    }
    default: {
      const values = column.values as ArrayLike<number | string>;
      // most reads are of the record in scope: no call to map the row
      value =
        rowAt === identity
          ? (row) => {
              register.state = states[state[row]];
              return values[row];
            }
          : (row) => {
              const r = rowAt(row);
              register.state = states[state[r]];
              return values[r];
            };
    }
  }
  const node: Node = { type: type.kind, enumValues, value };
  const numbers = numericValues(column);
  if (rowAt === identity && !rowAtATime && numbers) {
    const view: ColumnView = { values: numbers, state, states };
    node.columnar = () => view;
    if (type.kind === 'boolean') node.columnarTest = () => answersOfView(view);
  }
  if (rowAt === identity && !rowAtATime && column.kind === 'list') {
    const bits = column.values;
    // an empty list is absent, which the cell's state alone does not say
    node.columnar = () => {
      const listState = new Uint8Array(bits.length);
      for (let row = 0; row < bits.length; row++) {
        const s = states[state[row]];
        listState[row] = s === PRESENT && bits[row] === 0 ? ABSENT : s;
      }
      return { values: bits, state: listState, states: IDENTITY_STATES };
    };
  }
  if (type.kind === 'boolean') {
    const values = (column as BooleanColumn).values;
    node.test =
      rowAt === identity
        ? (row) => {
            const s = states[state[row]];
            if (s === UNKNOWN) return UNKNOWN;
            return s === PRESENT && values[row] === 1 ? TRUE : FALSE;
          }
        : (row) => {
            const r = rowAt(row);
            const s = states[state[r]];
            if (s === UNKNOWN) return UNKNOWN;
            return s === PRESENT && values[r] === 1 ? TRUE : FALSE;
          };
  }
  return node;
}

const identity = (row: number): number => row;

/** A column's values when they are numbers a rule compares as they are (not ids, text or list bit sets). */
function numericValues(column: Column): ArrayLike<number> | undefined {
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'date':
    case 'enum':
    case 'boolean':
      return column.values;
    default:
      return undefined;
  }
}

type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** The comparison that holds of (y, x) when op holds of (x, y). */
const MIRRORED: Record<Comparison, Comparison> = { '=': '=', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

const COMPARE: Record<Comparison, (a: number | string, b: number | string) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * `x op k` for a value k that is the same on every row (`<= 2`, `>= 17`): one closure per operator,
 * so the common comparison with a fixed number is a read and a compare, not three calls.
 */
function comparedWith(op: Comparison, a: ValueFn, k: number | string): TestFn {
  const notPresent = (s: number): Tri => (s === ABSENT ? FALSE : UNKNOWN);
  switch (op) {
    case '=':
      return (row) => {
        const x = a(row);
        const s = register.state;
        return s !== PRESENT ? notPresent(s) : x === k ? TRUE : FALSE;
      };
    case '!=':
      return (row) => {
        const x = a(row);
        const s = register.state;
        return s !== PRESENT ? notPresent(s) : x !== k ? TRUE : FALSE;
      };
    case '<':
      return (row) => {
        const x = a(row);
        const s = register.state;
        return s !== PRESENT ? notPresent(s) : x < k ? TRUE : FALSE;
      };
    case '<=':
      return (row) => {
        const x = a(row);
        const s = register.state;
        return s !== PRESENT ? notPresent(s) : x <= k ? TRUE : FALSE;
      };
    case '>':
      return (row) => {
        const x = a(row);
        const s = register.state;
        return s !== PRESENT ? notPresent(s) : x > k ? TRUE : FALSE;
      };
    case '>=':
      return (row) => {
        const x = a(row);
        const s = register.state;
        return s !== PRESENT ? notPresent(s) : x >= k ? TRUE : FALSE;
      };
  }
}

/** comparedWith for every row: `x op k` where x is present, false where absent, unknown where unreadable. */
function comparedWithColumnar(op: Comparison, { values, state, states }: ColumnView, k: number): Uint8Array {
  const answers = new Uint8Array(state.length);
  // (a blank or unreadable cell's value is compared too, and the table ignores the outcome)
  switch (op) {
    case '=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_TABLE[states[state[row]] * 2 + +(values[row] === k)];
      break;
    case '!=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_TABLE[states[state[row]] * 2 + +(values[row] !== k)];
      break;
    case '<':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_TABLE[states[state[row]] * 2 + +(values[row] < k)];
      break;
    case '<=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_TABLE[states[state[row]] * 2 + +(values[row] <= k)];
      break;
    case '>':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_TABLE[states[state[row]] * 2 + +(values[row] > k)];
      break;
    case '>=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_TABLE[states[state[row]] * 2 + +(values[row] >= k)];
      break;
  }
  return answers;
}

/** `x op y` of two columns of the record in scope, for every row: false when either is absent, else unknown when either is unreadable. */
function comparedColumnar(op: Comparison, a: ColumnView, b: ColumnView): Uint8Array {
  const { values: xs, state: xState, states: xStates } = a;
  const { values: ys, state: yState, states: yStates } = b;
  const answers = new Uint8Array(xState.length);
  const pair = (row: number): number => (xStates[xState[row]] * 3 + yStates[yState[row]]) * 2;
  switch (op) {
    case '=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_PAIR_TABLE[pair(row) + +(xs[row] === ys[row])];
      break;
    case '!=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_PAIR_TABLE[pair(row) + +(xs[row] !== ys[row])];
      break;
    case '<':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_PAIR_TABLE[pair(row) + +(xs[row] < ys[row])];
      break;
    case '<=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_PAIR_TABLE[pair(row) + +(xs[row] <= ys[row])];
      break;
    case '>':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_PAIR_TABLE[pair(row) + +(xs[row] > ys[row])];
      break;
    case '>=':
      for (let row = 0; row < answers.length; row++) answers[row] = COMPARED_PAIR_TABLE[pair(row) + +(xs[row] >= ys[row])];
      break;
  }
  return answers;
}

function enumAsText(node: Node): Node {
  const names = node.enumValues!;
  const value = node.value;
  return { type: 'string', value: (row) => names[value(row) as number] };
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** What a function's implementation is given: its compiled arguments and where the call stands. */
interface CallSite {
  args: Node[];
  env: CompileEnv;
  resolution: FunctionResolution;
  reads: Set<string>;
}

/** Absent when either date is; unknown when either cannot be read. `betweenAll` works out whole columns when it can do better than `between` row by row. */
function betweenDates(args: Node[], between: (x: number, y: number) => number, betweenAll?: (a: Node, b: Node) => ColumnView): Node {
  const [a, b] = args.map((arg) => arg.value);
  const node: Node = {
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
  const [aAll, bAll] = args.map((arg) => arg.columnar);
  if (aAll && bAll) {
    node.columnar = () => {
      if (betweenAll) return betweenAll(args[0], args[1]);
      const x = aAll();
      const y = bAll();
      // day numbers are whole; a date worked out with a fractional number of days is not
      return pairedColumnar(x, y, between, !(x.values instanceof Float64Array) && !(y.values instanceof Float64Array));
    };
  }
  return node;
}

/**
 * `combine(x, y)` for every row where both are present; otherwise absent when either is absent,
 * else unknown (and 0), as the row closures of days(), working_days() and arithmetic give it.
 * `wholeNumbers`: every result fits an Int32Array (day counts between dates).
 */
function pairedColumnar(a: ColumnView, b: ColumnView, combine: (x: number, y: number) => number, wholeNumbers: boolean): ColumnView {
  const { values: xs, state: xState, states: xStates } = a;
  const { values: ys, state: yState, states: yStates } = b;
  const rows = xState.length;
  const values = wholeNumbers ? new Int32Array(rows) : new Float64Array(rows);
  const state = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    const s = PAIR_STATE_TABLE[xStates[xState[row]] * 3 + yStates[yState[row]]];
    state[row] = s;
    // only a present pair is worked out: a blank date's 0 would send working_days looping over decades
    if (s === PRESENT) values[row] = combine(xs[row], ys[row]);
  }
  return { values, state, states: IDENTITY_STATES };
}

/** Days either side of the contract the table of working days covers; a date beyond it is asked of the calendar. */
const WORKING_DAY_TABLE_MARGIN = 3660;

/** The working days up to each day around the contract (upTo[d − first] − upTo[c − first] is working_days(c, d)). */
export interface WorkingDayTable {
  first: number;
  upTo: Int32Array;
}

/** A side of working_days(): its own column, or a parent's read through a link. */
interface DaySide {
  view: ColumnView;
  parentOf?: Int32Array;
  linkState?: Uint8Array;
}

/** (betweenDates asks only when both arguments have a whole-column form, and a linked one has.) */
function daySide(node: Node): DaySide {
  if (node.linked) {
    const { parent, parentOf, linkState } = node.linked();
    return { view: parent, parentOf, linkState };
  }
  return { view: node.columnar!() };
}

function sideView({ view, parentOf, linkState }: DaySide): ColumnView {
  return parentOf ? gathered(view, parentOf, linkState, parentOf.length) : view;
}

/**
 * working_days(x, y) for every row in one loop: working days are additive (those in (x, y] are
 * those up to y less those up to x, negative when y < x), so a row is two reads of the run's table,
 * and a date read through a link is read there, not gathered first. A side that is not whole day
 * numbers is asked of the calendar row by row.
 */
function workingDaysColumnar(calendar: WorkingDays, table: WorkingDayTable | undefined, a: Node, b: Node): ColumnView {
  const x = daySide(a);
  const y = daySide(b);
  if (x.view.values instanceof Float64Array || y.view.values instanceof Float64Array) {
    return pairedColumnar(sideView(x), sideView(y), (p, q) => calendar.workingDaysBetween(p, q), false);
  }
  const { values: xs, state: xState, states: xStates } = x.view;
  const { values: ys, state: yState, states: yStates } = y.view;
  const xOf = x.parentOf;
  const yOf = y.parentOf;
  const xLinkState = x.linkState;
  const yLinkState = y.linkState;
  const rows = xOf ? xOf.length : yOf ? yOf.length : xState.length;
  const first = table ? table.first : 0;
  const upTo = table ? table.upTo : new Int32Array(0);
  const span = upTo.length;
  const values = new Int32Array(rows);
  const state = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    let sx: number;
    let dx = 0;
    const px = xOf === undefined ? row : xOf[row];
    if (px < 0) sx = xLinkState !== undefined && xLinkState[row] === CellState.Absent ? ABSENT : UNKNOWN;
    else {
      sx = xStates[xState[px]];
      dx = xs[px];
    }
    let sy: number;
    let dy = 0;
    const py = yOf === undefined ? row : yOf[row];
    if (py < 0) sy = yLinkState !== undefined && yLinkState[row] === CellState.Absent ? ABSENT : UNKNOWN;
    else {
      sy = yStates[yState[py]];
      dy = ys[py];
    }
    const s = PAIR_STATE_TABLE[sx * 3 + sy];
    state[row] = s;
    if (s !== PRESENT) continue;
    const ix = dx - first;
    const iy = dy - first;
    values[row] = ix >>> 0 < span && iy >>> 0 < span ? upTo[iy] - upTo[ix] : calendar.workingDaysBetween(dx, dy);
  }
  return { values, state, states: IDENTITY_STATES };
}

/** `x + k` for every row: absent stays absent, unknown unknown (and 0). */
function shiftedColumnar({ values: xs, state: xState, states }: ColumnView, k: number): ColumnView {
  const rows = xState.length;
  const values = new Float64Array(rows);
  const state = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    const s = states[xState[row]];
    state[row] = s;
    values[row] = s === PRESENT ? xs[row] + k : 0;
  }
  return { values, state, states: IDENTITY_STATES };
}

/** The number a fixed node (a literal, a parameter) always gives, when it is a present number. */
function fixedNumber(node: Node): number | undefined {
  const v = node.value(0);
  return register.state === PRESENT && typeof v === 'number' ? v : undefined;
}

function bitCount(bits: number): number {
  let n = 0;
  for (; bits !== 0; n++) bits &= bits - 1;
  return n;
}

/** Added to a row's SWEMWBS total for an item that could not be read: more than seven items can add otherwise. */
const SWEMWBS_UNREADABLE = 1 << 16;

/**
 * A row's SWEMWBS raw score 7–35 from its seven items; 0 when the scale is not complete, -1 when
 * an item could not be read. The items are read through their closures.
 */
function swemwbsRawReader(args: Node[]): (row: number) => number {
  const items = args.map((arg) => arg.value);
  return (row) => {
    let total = 0;
    for (let i = 0; i < 7; i++) {
      const v = items[i](row) as number;
      const s = register.state;
      if (s === UNKNOWN) return -1;
      total += s === PRESENT ? swemwbsItemPoints(v) : SWEMWBS_NOT_ANSWERED;
    }
    return swemwbsRawOfTotal(total) ?? 0;
  };
}

/**
 * swemwbsRawReader's answer for every row, item by item in one loop each (each adds its points to
 * the row's total), kept for the next function that asks with the same seven columns.
 */
function swemwbsRawColumn(env: CompileEnv, views: ColumnView[]): Int32Array {
  const kept = env.swemwbsRawColumns;
  const same = kept.find((k) => k.views.every((v, i) => v.values === views[i].values && v.state === views[i].state && v.states === views[i].states));
  if (same) return same.raw;
  const rows = views[0].state.length;
  const raw = new Int32Array(rows);
  // item by item, each adding to every row's total, then the totals read as raw scores
  for (const view of views) addItemPoints(raw, view);
  for (let row = 0; row < rows; row++) {
    const total = raw[row];
    raw[row] = total >= SWEMWBS_UNREADABLE ? -1 : (swemwbsRawOfTotal(total) ?? 0);
  }
  kept.push({ views, raw });
  return raw;
}

/**
 * One item's points added to every row's total: a loop of its own, compiled once for the first
 * item and reused for the other six (inline, the loop met each item's arrays anew).
 */
function addItemPoints(totals: Int32Array, { values, state, states }: ColumnView): void {
  for (let row = 0; row < totals.length; row++) {
    const s = states[state[row]];
    totals[row] += s === PRESENT ? swemwbsItemPoints(values[row]) : s === ABSENT ? SWEMWBS_NOT_ANSWERED : SWEMWBS_UNREADABLE;
  }
}

/** The seven items' raw score per row, and (when the items are columns of the record in scope) for every row at once. */
function swemwbsRawOf(env: CompileEnv, args: Node[]): { rawAt: (row: number) => number; rawColumn?: () => Int32Array } {
  const rawAt = swemwbsRawReader(args);
  if (!args.every((arg) => arg.columnar)) return { rawAt };
  return { rawAt, rawColumn: () => swemwbsRawColumn(env, args.map((arg) => arg.columnar!())) };
}

function swemwbsCompleteNode(env: CompileEnv, args: Node[]): Node {
  const { rawAt, rawColumn } = swemwbsRawOf(env, args);
  return booleanNode(
    (row) => {
      const raw = rawAt(row);
      return raw < 0 ? UNKNOWN : raw > 0 ? TRUE : FALSE;
    },
    rawColumn &&
      (() => {
        const raw = rawColumn();
        const answers = new Uint8Array(raw.length);
        for (let row = 0; row < raw.length; row++) answers[row] = raw[row] < 0 ? UNKNOWN : raw[row] > 0 ? TRUE : FALSE;
        return answers;
      }),
  );
}

function swemwbsScoreNode(env: CompileEnv, args: Node[], metric: boolean): Node {
  const { rawAt, rawColumn } = swemwbsRawOf(env, args);
  const node: Node = {
    type: 'number',
    value: (row) => {
      const raw = rawAt(row);
      if (raw < 0) {
        register.state = UNKNOWN;
        return 0;
      }
      const result = raw === 0 ? null : metric ? swemwbsMetric(raw) : raw;
      register.state = result === null ? ABSENT : PRESENT;
      return result ?? 0;
    },
  };
  if (rawColumn) {
    node.columnar = () => {
      const raw = rawColumn();
      const values = new Float64Array(raw.length);
      const state = new Uint8Array(raw.length);
      for (let row = 0; row < raw.length; row++) {
        const r = raw[row];
        const result = r <= 0 ? null : metric ? swemwbsMetric(r) : r;
        values[row] = result ?? 0;
        state[row] = r < 0 ? UNKNOWN : result === null ? ABSENT : PRESENT;
      }
      return { values, state, states: IDENTITY_STATES };
    };
  }
  return node;
}

/**
 * How each function of the rule language's table (src/dsl/functions.ts FUNCTIONS) is computed,
 * by its name there. Names, argument counts and argument types are the checker's business; a test
 * keeps the two tables in step.
 */
export const FUNCTION_IMPLEMENTATIONS: Readonly<Record<string, (site: CallSite) => Node>> = {
  working_days: ({ args, env }) => {
    const calendar = env.options.calendar;
    return betweenDates(
      args,
      (x, y) => calendar.workingDaysBetween(x, y),
      (a, b) => workingDaysColumnar(calendar, env.workingDayTable(), a, b),
    );
  },
  days: ({ args }) => betweenDates(args, (x, y) => y - x),
  swemwbs_complete: ({ args, env }) => swemwbsCompleteNode(env, args),
  swemwbs_raw: ({ args, env }) => swemwbsScoreNode(env, args, false),
  swemwbs_metric: ({ args, env }) => swemwbsScoreNode(env, args, true),
  fft_positive: ({ args: [response] }) => {
    const value = response.value;
    const positive = Uint8Array.from(response.enumValues ?? [], (v) => (fftPositive(v) ? 1 : 0));
    const columnar = response.columnar;
    return booleanNode(
      (row) => {
        const v = value(row) as number;
        const s = register.state;
        if (s === UNKNOWN) return UNKNOWN;
        if (s === ABSENT) return FALSE;
        return positive[v] === 1 ? TRUE : FALSE;
      },
      columnar &&
        (() => {
          const { values, state, states } = columnar();
          const answers = new Uint8Array(state.length);
          for (let row = 0; row < answers.length; row++) {
            const s = states[state[row]];
            answers[row] = s === UNKNOWN ? UNKNOWN : s === ABSENT ? FALSE : positive[values[row]] === 1 ? TRUE : FALSE;
          }
          return answers;
        }),
    );
  },
  prisma7_score: ({ args }) => {
    // each answer is a yes/no boolean or a choice whose values include yes and no
    const answers = args.map((arg): ((row: number) => Prisma7Answer | undefined) => {
      const value = arg.value;
      if (arg.enumValues) {
        const words = arg.enumValues.map((v): Prisma7Answer => (v.toLowerCase() === 'yes' ? 'yes' : v.toLowerCase() === 'no' ? 'no' : null));
        return (row) => {
          const v = value(row) as number;
          return register.state === PRESENT ? words[v] : register.state === ABSENT ? null : undefined;
        };
      }
      return (row) => {
        const v = value(row);
        return register.state === PRESENT ? v === 1 : register.state === ABSENT ? null : undefined;
      };
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
  },
  size: ({ args: [list] }) => {
    const value = list.value;
    const listAll = list.columnar;
    return {
      type: 'number',
      ...(listAll
        ? {
            columnar: () => {
              const { values: bits, state: listState, states } = listAll();
              const values = new Int32Array(listState.length);
              const state = new Uint8Array(listState.length);
              for (let row = 0; row < values.length; row++) {
                const s = states[listState[row]];
                // blank is an empty list: present, size 0
                state[row] = s === UNKNOWN ? UNKNOWN : PRESENT;
                if (s === PRESENT) values[row] = bitCount(bits[row]);
              }
              return { values, state, states: IDENTITY_STATES };
            },
          }
        : {}),
      value: (row) => {
        const bits = value(row) as number;
        const s = register.state;
        if (s === UNKNOWN) return 0;
        register.state = PRESENT;
        if (s === ABSENT) return 0;
        return bitCount(bits);
      },
    };
  },
  valid: ({ env, resolution, reads }) => {
    const dataset = resolution.dataset;
    for (const field of Object.keys(env.options.spec.datasets?.[dataset]?.fields ?? {})) reads.add(`${dataset}.${field}`);
    // the checker puts the call on the innermost record in scope, whose row the closure is given
    return booleanNode(env.validTest(dataset), env.options.rowAtATime ? undefined : () => env.validAnswers(dataset));
  },
};

/** Deepest nesting of aggregates a rule may have (the frame of enclosing rows is this long). */
const MAX_DEPTH = 16;

/** One rule (or derived field, or check): its nested aggregates share one frame of enclosing rows. */
class Program {
  /** frame[d]: the row of the record in scope at depth d, set as an aggregate walks its children */
  private readonly frame = new Int32Array(MAX_DEPTH);
  /**
   * links[d]: while an aggregate whose children (depth d) link to the record in scope at d − 1 is
   * compiled, that link, so a name of the enclosing record can be gathered for every child at once
   */
  private readonly links: (EnclosingLink | undefined)[] = [];
  /** scopes[d]: the records in scope down to depth d, as part of a key (an aggregate sets it for its children) */
  private readonly scopes: string[] = [''];
  /** how often each whole-column node, by its text in its scope, is compiled in this program */
  private readonly occurrences = new Map<string, number>();
  /** while one part of a rule is worked out for every row: the results of nodes compiled more than once */
  private shared?: Map<string, ColumnView | Uint8Array>;

  constructor(
    private readonly env: CompileEnv,
    private readonly resolved: Resolved,
    private readonly reads: Set<string>,
  ) {}

  /** How a closure compiled at `depth` finds the row of the record at `target` depth. */
  private rowAt(target: number, depth: number): (row: number) => number {
    if (target === depth) return identity;
    const frame = this.frame;
    return () => frame[target];
  }

  condition(expr: Expr, depth: number): TestFn {
    return this.testOf(this.compile(expr, depth), expr);
  }

  /** A condition's row test, and its answers for every row at once when it has them. */
  conditionNode(expr: Expr, depth: number): { test: TestFn; all?: () => Uint8Array } {
    const node = this.compile(expr, depth);
    const all = node.columnarTest;
    return { test: this.testOf(node, expr), all: all && (() => this.sharing(all)) };
  }

  /**
   * Works out one part of a rule for every row, sharing the result of a sub-expression written
   * more than once (`working_days(referral_date, contact_date) <= 5` in two aggregates) until the
   * part is done.
   */
  sharing<T>(work: () => T): T {
    if (this.shared) return work();
    this.shared = new Map();
    try {
      return work();
    } finally {
      this.shared = undefined;
    }
  }

  /** A node whose whole-column result is shared with the same expression's elsewhere in the part being worked out. */
  private shareable(node: Node, expr: Expr, depth: number): Node {
    if (!node.columnar && !node.columnarTest) return node;
    const key = `${this.scopes[depth]}|${JSON.stringify(expr, (name, value: unknown) => (name === 'span' ? undefined : value))}`;
    const seen = (this.occurrences.get(key) ?? 0) + 1;
    this.occurrences.set(key, seen);
    const once = <T extends ColumnView | Uint8Array>(inner: () => T, kind: string): (() => T) => {
      const at = `${kind}${key}`;
      return () => {
        const shared = this.shared;
        if (!shared || this.occurrences.get(key)! < 2) return inner();
        let result = shared.get(at) as T | undefined;
        if (!result) shared.set(at, (result = inner()));
        return result;
      };
    };
    return {
      ...node,
      ...(node.columnar ? { columnar: once(node.columnar, 'v') } : {}),
      ...(node.columnarTest ? { columnarTest: once(node.columnarTest, 't') } : {}),
    };
  }

  /**
   * A boolean node's test for a caller that goes row by row: when the node can be worked out for
   * every row in one loop, it is, when the first row is asked for, and each row's answer is read back.
   */
  private testOf(node: Node, expr: Expr): TestFn {
    const workOut = node.columnarTest;
    if (workOut) {
      let answers: Uint8Array | undefined;
      return (row) => (answers ??= this.sharing(workOut))[row];
    }
    if (!node.test) unresolved(expr);
    return node.test;
  }

  compile(expr: Expr, depth: number): Node {
    const resolution = this.resolved.names.get(expr);
    if (resolution?.kind === 'enum-value') return constant('enum', resolution.index, resolution.values);
    switch (expr.kind) {
      case 'literal':
        switch (expr.type) {
          case 'number':
            return constant('number', expr.value as number);
          case 'date': {
            const day = parseIsoDate(String(expr.value));
            if (day === undefined) unresolved(expr);
            return constant('date', day);
          }
          case 'boolean': {
            const t = expr.value ? TRUE : FALSE;
            return booleanNode(() => t);
          }
          default:
            return constant('string', String(expr.value));
        }
      case 'param':
        return this.parameter(expr);
      case 'field':
        if (resolution?.kind !== 'field') unresolved(expr);
        return this.field(resolution, depth);
      case 'list':
        unresolved(expr);
      // falls through (unresolved never returns)
      case 'binary':
        if (expr.op === 'and' || expr.op === 'or') return this.shareable(this.logical(expr.op, expr.left, expr.right, depth), expr, depth);
        if (expr.op === '+' || expr.op === '-') return this.shareable(this.arithmetic(expr, depth), expr, depth);
        return this.shareable(this.comparison(
          expr.op,
          this.compile(expr.left, depth),
          this.compile(expr.right, depth),
          isFixed(expr.right, this.resolved),
          isFixed(expr.left, this.resolved),
        ), expr, depth);
      case 'not': {
        const operand = this.compile(expr.operand, depth);
        const columnar = operand.columnarTest;
        const inner = columnar ? operand.test : this.testOf(operand, expr.operand);
        if (!inner) unresolved(expr.operand);
        return booleanNode(
          (row) => {
            const t = inner(row);
            return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
          },
          columnar &&
            (() => {
              const answers = columnar();
              const negated = new Uint8Array(answers.length);
              for (let row = 0; row < answers.length; row++) negated[row] = NOT_TABLE[answers[row]];
              return negated;
            }),
        );
      }
      case 'in':
        return this.membership(expr, depth);
      case 'presence': {
        const operand = this.compile(expr.operand, depth);
        const value = operand.value;
        const whenPresent = expr.absent ? FALSE : TRUE;
        const whenAbsent = expr.absent ? TRUE : FALSE;
        const columnar = operand.columnar;
        return booleanNode(
          (row) => {
            value(row);
            const s = register.state;
            return s === PRESENT ? whenPresent : s === ABSENT ? whenAbsent : UNKNOWN;
          },
          columnar &&
            (() => {
              const { state, states } = columnar();
              // the answer for each cell state, looked up rather than branched on
              const answerOf = Uint8Array.from(states, (s) => (s === PRESENT ? whenPresent : s === ABSENT ? whenAbsent : UNKNOWN));
              const answers = new Uint8Array(state.length);
              for (let row = 0; row < answers.length; row++) answers[row] = answerOf[state[row]];
              return answers;
            }),
        );
      }
      case 'call':
        return this.shareable(this.call(expr, depth), expr, depth);
      case 'aggregate':
        return this.shareable(this.aggregate(expr, depth), expr, depth);
    }
  }

  /** $name, of the type the spec declares it. */
  private parameter(expr: ParamRef): Node {
    const type = this.resolved.types.get(expr);
    if (!type) unresolved(expr);
    const value = this.env.parameter(expr.name);
    const wrong = (what: string): never =>
      fail(
        'config-parameter-type',
        `The parameter $${expr.name} must be ${what}, but servicespec.yaml gives ${JSON.stringify(value)}; correct it under "parameters".`,
      );
    switch (type.kind) {
      case 'number':
        if (typeof value !== 'number') wrong('a number');
        return constant('number', value as number);
      case 'boolean': {
        if (typeof value !== 'boolean') wrong('true or false');
        const t = value ? TRUE : FALSE;
        return booleanNode(() => t);
      }
      case 'enum': {
        const index = type.values.indexOf(String(value));
        if (index < 0) wrong(`one of ${type.values.join(', ')}`);
        return constant('enum', index, type.values);
      }
      default:
        return constant('string', String(value));
    }
  }

  /** A field of a record in scope, or `link.field` of its parent. */
  private field(resolution: FieldResolution, depth: number): Node {
    const rowAt = this.rowAt(resolution.depth, depth);
    const via = resolution.via;
    if (!via) {
      const node = this.fieldOf(resolution.dataset, resolution.field, resolution.type, resolution.derived, rowAt);
      const link = resolution.depth === depth - 1 ? this.links[depth] : undefined;
      if (rowAt !== identity && link && link.parentDataset === resolution.dataset) {
        // the enclosing record of a linked record is its parent: its value for every child, gathered in one loop
        const enclosingAll = this.fieldOf(resolution.dataset, resolution.field, resolution.type, resolution.derived, identity).columnar;
        if (enclosingAll) {
          node.linked = () => ({ parent: enclosingAll(), parentOf: link.parentOf, linkState: link.linkState });
          node.columnar = () => gathered(enclosingAll(), link.parentOf, link.linkState, link.rows);
          if (node.type === 'boolean') node.columnarTest = () => answersOfView(node.columnar!());
        }
      }
      return node;
    }

    const child = resolution.scopeDataset;
    this.reads.add(`${child}.${via.field}`);
    const parentOf = this.env.linkIndex(child, via.to).parentOf;
    const linkState = this.env.table(child).columns.get(via.field)?.state;
    // A record whose link field is blank has no parent (absent); one naming an unknown record cannot be known.
    const parentRow = rowAt === identity ? (row: number): number => parentOf[row] : (row: number): number => parentOf[rowAt(row)];
    const inner = this.fieldOf(resolution.dataset, resolution.field, resolution.type, resolution.derived, parentRow);
    const innerValue = inner.value;
    const innerTest = inner.test;
    const missing = (row: number): number => (linkState && linkState[rowAt(row)] === CellState.Absent ? ABSENT : UNKNOWN);
    const node: Node = {
      type: inner.type,
      ...(inner.enumValues ? { enumValues: inner.enumValues } : {}),
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
    // the parent of the record in scope, by a link nobody changes: its value for every row, gathered in one loop
    const parentAll = rowAt === identity ? this.fieldOf(resolution.dataset, resolution.field, resolution.type, resolution.derived, identity).columnar : undefined;
    if (parentAll) {
      const rows = this.env.table(child).length;
      node.linked = () => ({ parent: parentAll(), parentOf, linkState });
      node.columnar = () => gathered(parentAll(), parentOf, linkState, rows);
      if (node.type === 'boolean') node.columnarTest = () => answersOfView(gathered(parentAll(), parentOf, linkState, rows));
    }
    return node;
  }

  private fieldOf(dataset: string, name: string, type: ValueType, derived: Expr | undefined, rowAt: (row: number) => number): Node {
    if (!derived) {
      this.reads.add(`${dataset}.${name}`);
      const required = this.env.options.spec.datasets?.[dataset]?.fields?.[name]?.required === true;
      return columnNode(this.env.table(dataset).columns.get(name), type, rowAt, required, this.env.options.rowAtATime);
    }
    const node = this.env.derivedNode(dataset, name, derived, this.resolved, this.reads);
    if (rowAt === identity) return node;
    const value = node.value;
    const test = node.test;
    // read on another record's row: no longer one of the record in scope's columns
    return {
      type: node.type,
      ...(node.enumValues ? { enumValues: node.enumValues } : {}),
      value: (row) => value(rowAt(row)),
      test: test ? (row) => test(rowAt(row)) : undefined,
    };
  }

  private logical(op: 'and' | 'or', leftExpr: Expr, rightExpr: Expr, depth: number): Node {
    const leftNode = this.compile(leftExpr, depth);
    const rightNode = this.compile(rightExpr, depth);
    const leftAll = leftNode.columnarTest;
    const rightAll = rightNode.columnarTest;
    // both sides whole-column: so is this; otherwise a whole-column side is worked out now and read back
    const both = leftAll && rightAll;
    const left = both ? leftNode.test : this.testOf(leftNode, leftExpr);
    const right = both ? rightNode.test : this.testOf(rightNode, rightExpr);
    if (!left) unresolved(leftExpr);
    if (!right) unresolved(rightExpr);
    // Kleene's tables, applied a whole column at a time
    const table = op === 'and' ? AND_TABLE : OR_TABLE;
    const wholeColumn =
      both &&
      (() => {
        const a = leftAll();
        const b = rightAll();
        const answers = new Uint8Array(a.length);
        for (let row = 0; row < answers.length; row++) answers[row] = table[a[row] * 3 + b[row]];
        return answers;
      });
    if (op === 'and') {
      return booleanNode((row) => {
        const a = left(row);
        if (a === FALSE) return FALSE;
        const b = right(row);
        if (b === FALSE) return FALSE;
        return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : TRUE;
      }, wholeColumn);
    }
    return booleanNode((row) => {
      const a = left(row);
      if (a === TRUE) return TRUE;
      const b = right(row);
      if (b === TRUE) return TRUE;
      return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FALSE;
    }, wholeColumn);
  }

  /** number ± number, date ± days: absent when either side is, else unknown when either side is. */
  private arithmetic(expr: BinaryExpr, depth: number): Node {
    const type = this.resolved.types.get(expr);
    if (!type) unresolved(expr);
    const left = this.compile(expr.left, depth);
    const right = this.compile(expr.right, depth);
    const a = left.value;
    const b = right.value;
    const sign = expr.op === '+' ? 1 : -1;
    const leftAll = left.columnar;
    const rightAll = right.columnar;
    const rightFixed = isFixed(expr.right, this.resolved) ? fixedNumber(right) : undefined;
    return {
      type: type.kind,
      ...(leftAll && (rightAll || rightFixed !== undefined)
        ? {
            columnar: rightAll
              ? () => pairedColumnar(leftAll(), rightAll(), sign === 1 ? (x, y) => x + y : (x, y) => x - y, false)
              : () => shiftedColumnar(leftAll(), sign * rightFixed!),
          }
        : {}),
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

  private comparison(op: Comparison, leftNode: Node, rightNode: Node, rightFixed: boolean, leftFixed = false): Node {
    let left = leftNode;
    let right = rightNode;
    if (left.enumValues && right.enumValues && !sameValues(left.enumValues, right.enumValues)) {
      // two choices with different value lists (the checker made sure they share some): compare the values' names
      left = enumAsText(left);
      right = enumAsText(right);
    }
    const a = left.value;
    const b = right.value;
    const leftAll = left.columnar;
    const rightAll = right.columnar;
    if (rightFixed) {
      const y = b(0);
      if (register.state === PRESENT) {
        const columnar = leftAll && typeof y === 'number' ? () => comparedWithColumnar(op, leftAll(), y) : undefined;
        return booleanNode(comparedWith(op, a, y), columnar);
      }
    }
    // `k op y` is `y op' k`, op' the mirror of op
    const leftNumber = leftFixed && rightAll ? fixedNumber(left) : undefined;
    const compare = COMPARE[op];
    return booleanNode(
      (row) => {
        const x = a(row);
        const sx = register.state;
        if (sx === ABSENT) return FALSE;
        const y = b(row);
        const sy = register.state;
        if (sy === ABSENT) return FALSE;
        if (sx === UNKNOWN || sy === UNKNOWN) return UNKNOWN;
        return compare(x, y) ? TRUE : FALSE;
      },
      leftAll && rightAll
        ? () => comparedColumnar(op, leftAll(), rightAll())
        : rightAll && leftNumber !== undefined
          ? () => comparedWithColumnar(MIRRORED[op], rightAll(), leftNumber)
          : undefined,
    );
  }

  /**
   * `x in [a, b]`. Items that are values (words, text, numbers, dates, parameters) are worked out
   * once into a bit mask or a set; an item that is a field is read per row, as `x = item` would be.
   */
  private membership(expr: InExpr, depth: number): Node {
    const subject = this.compile(expr.value, depth);
    const value = subject.value;
    const inside = expr.negated ? FALSE : TRUE;
    const outside = expr.negated ? TRUE : FALSE;
    const items = expr.list.items.map((item) => ({ node: this.compile(item, depth), fixed: isFixed(item, this.resolved) }));
    const dynamic = items.filter((i) => !i.fixed).map((i) => i.node);

    if (subject.enumValues) {
      const values = subject.enumValues;
      let mask = 0;
      const member = new Uint8Array(values.length);
      for (const { node } of items.filter((i) => i.fixed)) {
        const index = values.indexOf(node.enumValues ? node.enumValues[node.value(0) as number] : String(node.value(0)));
        if (index < 0) continue; // a value the subject's choice lacks matches nothing
        member[index] = 1;
        mask |= 1 << index;
      }
      const asSubjectIndex = dynamic.map((node) => translation(node.enumValues ?? [], values));
      const dynamicValues = dynamic.map((node) => node.value);
      const isList = subject.type === 'list';
      // a choice against fixed values only: every row at once
      const columnar = subject.columnar;
      const columnarTest =
        columnar && !isList && dynamic.length === 0
          ? () => {
              const { values: chosen, state, states } = columnar();
              const answers = new Uint8Array(state.length);
              for (let row = 0; row < answers.length; row++) {
                const s = states[state[row]];
                answers[row] = s !== PRESENT ? (s === ABSENT ? FALSE : UNKNOWN) : member[chosen[row]] === 1 ? inside : outside;
              }
              return answers;
            }
          : undefined;
      return booleanNode((row) => {
        const v = value(row) as number;
        const s = register.state;
        if (s !== PRESENT) return s === ABSENT ? FALSE : UNKNOWN;
        // a list field is "in" the given values when any of its items is
        if (isList ? (v & mask) !== 0 : member[v] === 1) return inside;
        let unknown = false;
        for (let i = 0; i < dynamicValues.length; i++) {
          const item = dynamicValues[i](row) as number;
          const si = register.state;
          if (si === UNKNOWN) unknown = true;
          if (si !== PRESENT) continue;
          const index = asSubjectIndex[i][item];
          if (index >= 0 && (isList ? (v & (1 << index)) !== 0 : v === index)) return inside;
        }
        return unknown ? UNKNOWN : outside;
      }, columnarTest);
    }

    const members = new Set(items.filter((i) => i.fixed).map((i) => i.node.value(0)));
    const dynamicValues = dynamic.map((node) => node.value);
    const columnar = subject.columnar;
    const columnarTest =
      columnar && dynamic.length === 0
        ? () => {
            const { values: given, state, states } = columnar();
            const answers = new Uint8Array(state.length);
            for (let row = 0; row < answers.length; row++) {
              const s = states[state[row]];
              answers[row] = s !== PRESENT ? (s === ABSENT ? FALSE : UNKNOWN) : members.has(given[row]) ? inside : outside;
            }
            return answers;
          }
        : undefined;
    return booleanNode((row) => {
      const v = value(row);
      const s = register.state;
      if (s !== PRESENT) return s === ABSENT ? FALSE : UNKNOWN;
      if (members.has(v)) return inside;
      let unknown = false;
      for (let i = 0; i < dynamicValues.length; i++) {
        const item = dynamicValues[i](row);
        const si = register.state;
        if (si === UNKNOWN) unknown = true;
        else if (si === PRESENT && item === v) return inside;
      }
      return unknown ? UNKNOWN : outside;
    }, columnarTest);
  }

  private call(expr: CallExpr, depth: number): Node {
    const resolution = this.resolved.names.get(expr);
    if (resolution?.kind !== 'function') unresolved(expr);
    const implementation = FUNCTION_IMPLEMENTATIONS[resolution.fn.name];
    if (!implementation) fail('type-unknown-function', `The function ${resolution.fn.name}() cannot be computed yet.`);
    const args = expr.args.map((arg) => this.compile(arg, depth));
    return implementation({ args, env: this.env, resolution, reads: this.reads });
  }

  private aggregate(expr: AggregateExpr, depth: number): Node {
    const resolution = this.resolved.names.get(expr);
    if (resolution?.kind !== 'aggregate') unresolved(expr);
    const childName = resolution.dataset;
    const childDepth = resolution.depth;
    if (childDepth >= MAX_DEPTH) fail('type-too-deep', `Aggregates are nested more than ${MAX_DEPTH - 1} deep; simplify the rule.`);
    this.reads.add(`${childName}.${resolution.link.field}`);
    const { childStart, childRows, parentOf } = this.env.linkIndex(childName, resolution.parent.dataset);
    const child = this.env.table(childName);
    const excluded = child.excluded;
    const frame = this.frame;
    // the record the children link to may be an enclosing one, not the record in scope
    const parentAt = this.rowAt(resolution.parent.depth, depth);
    // children of the record in scope: every parent's answer in one walk over the children, when the where and field are columns
    const wholeColumn = parentAt === identity && !this.env.options.rowAtATime;
    const walk = new ChildWalk({ childStart, childRows, parentOf, excluded });

    const outer = this.links[childDepth];
    const outerScope = this.scopes[childDepth];
    this.links[childDepth] = wholeColumn
      ? { parentOf, linkState: child.columns.get(resolution.link.field)?.state, rows: child.length, parentDataset: resolution.parent.dataset }
      : undefined;
    this.scopes[childDepth] = `${this.scopes[depth]}/${childName}<${resolution.parent.depth}${wholeColumn ? '' : '~'}`;
    let whereNode: Node | undefined;
    let fieldNode: Node | undefined;
    try {
      whereNode = expr.where ? this.compile(expr.where, childDepth) : undefined;
      const field = resolution.field;
      if (field) fieldNode = this.fieldOf(childName, field.name, field.type, field.derived, identity);
    } finally {
      this.links[childDepth] = outer;
      this.scopes[childDepth] = outerScope;
    }
    const where = whereNode ? this.testOf(whereNode, expr.where!) : undefined;
    // undefined: no whole-column form; null: every child counts
    const meetsAll: (() => Uint8Array) | null | undefined = !wholeColumn ? undefined : whereNode ? whereNode.columnarTest : null;

    if (!fieldNode) {
      return this.tally(resolution, where, { childStart, childRows, excluded, frame, depth, parentAt }, meetsAll === undefined ? undefined : { walk, meetsAll });
    }

    const fieldValue = fieldNode.value;
    const fieldAll = meetsAll !== undefined ? fieldNode.columnar : undefined;

    if (resolution.fn === 'first' || resolution.fn === 'last') {
      const forward = resolution.fn === 'first';
      const orderBy = resolution.orderBy;
      const orderState = orderBy ? child.columns.get(orderBy)?.state : undefined;
      if (orderBy) this.reads.add(`${childName}.${orderBy}`);
      const node: Node = {
        type: fieldNode.type,
        enumValues: fieldNode.enumValues,
        value: (row) => {
          frame[depth] = row;
          const parent = parentAt(row);
          const from = childStart[parent];
          const to = childStart[parent + 1];
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
      if (fieldAll) {
        node.columnar = () => pickedColumnar(walk, meetsAll ? meetsAll() : undefined, fieldAll(), orderState, forward);
        if (node.type === 'boolean') node.columnarTest = () => answersOfView(node.columnar!());
      }
      return withTest(node);
    }

    const fn = resolution.fn;
    return {
      type: fn === 'sum' ? 'number' : fieldNode.type,
      ...(fieldAll && (fn === 'min' || fn === 'max' || fn === 'sum')
        ? { columnar: () => foldedColumnar(walk, meetsAll ? meetsAll() : undefined, fieldAll(), fn) }
        : {}),
      value: (row) => {
        frame[depth] = row;
        const parent = parentAt(row);
        let result = fn === 'min' ? Infinity : fn === 'max' ? -Infinity : 0;
        let seen = false;
        let unknown = false;
        for (let i = childStart[parent]; i < childStart[parent + 1]; i++) {
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

  /** count, any and all: how many linked records meet `where`, fail it, or cannot be judged. */
  private tally(
    resolution: AggregateResolution,
    where: TestFn | undefined,
    walk: { childStart: Int32Array; childRows: Int32Array; excluded: Uint8Array; frame: Int32Array; depth: number; parentAt: (row: number) => number },
    whole?: { walk: ChildWalk; meetsAll: (() => Uint8Array) | null },
  ): Node {
    const { childStart, childRows, excluded, frame, depth, parentAt } = walk;
    // counts[0] meeting, counts[1] unknown, counts[2] seen
    const counts = new Int32Array(3);
    const tally = (row: number): void => {
      frame[depth] = row;
      const parent = parentAt(row);
      counts[0] = 0;
      counts[1] = 0;
      counts[2] = 0;
      for (let i = childStart[parent]; i < childStart[parent + 1]; i++) {
        const c = childRows[i];
        if (excluded[c] === 1) continue;
        counts[2]++;
        const t = where ? where(c) : TRUE;
        if (t === TRUE) counts[0]++;
        else if (t === UNKNOWN) counts[1]++;
      }
    };
    if (resolution.fn === 'count') {
      return {
        type: 'number',
        value: (row) => {
          tally(row);
          register.state = counts[1] > 0 ? UNKNOWN : PRESENT;
          return counts[0];
        },
        ...(whole ? { columnar: () => whole.walk.count(whole.meetsAll ? whole.meetsAll() : undefined) } : {}),
      };
    }
    // any() and all() stop at the first child that settles them: one meeting, one failing
    const settledBy = resolution.fn === 'any' ? TRUE : FALSE;
    const otherwise = settledBy === TRUE ? FALSE : TRUE;
    return booleanNode(
      (row) => {
        frame[depth] = row;
        const parent = parentAt(row);
        let unknown = false;
        for (let i = childStart[parent]; i < childStart[parent + 1]; i++) {
          const c = childRows[i];
          if (excluded[c] === 1) continue;
          const t = where ? where(c) : TRUE;
          if (t === settledBy) return settledBy;
          if (t === UNKNOWN) unknown = true;
        }
        return unknown ? UNKNOWN : otherwise;
      },
      whole && (() => whole.walk.settled(whole.meetsAll ? whole.meetsAll() : undefined, settledBy)),
    );
  }
}

/**
 * How an aggregate walks the children of each parent (the link's CSR, excluded rows skipped).
 * count, any and all do not depend on the children's order, so they go through the children in
 * row order instead, each adding to its parent (`parentOf`; the CSR holds exactly the children
 * that have one): one sequential pass, no short loop per parent.
 */
class ChildWalk {
  readonly childStart: Int32Array;
  readonly childRows: Int32Array;
  readonly parentOf: Int32Array;
  readonly excluded: Uint8Array;

  constructor({ childStart, childRows, parentOf, excluded }: { childStart: Int32Array; childRows: Int32Array; parentOf: Int32Array; excluded: Uint8Array }) {
    this.childStart = childStart;
    this.childRows = childRows;
    this.parentOf = parentOf;
    this.excluded = excluded;
  }

  /** count(): for every parent, its children that meet (all when `meets` is undefined); unknown when any cannot be judged. */
  count(meets: Uint8Array | undefined): ColumnView {
    const { parentOf, excluded } = this;
    const parents = this.childStart.length - 1;
    const values = new Int32Array(parents);
    // UNKNOWN's bit (2) set when a child cannot be judged
    const seen = new Uint8Array(parents);
    for (let c = 0; c < parentOf.length; c++) {
      const p = parentOf[c];
      if (p < 0 || excluded[c] === 1) continue;
      const t = meets === undefined ? TRUE : meets[c];
      // TRUE is 1 and UNKNOWN 2: a bit each, no branch on the answer
      values[p] += t & 1;
      seen[p] |= t;
    }
    const state = seen;
    for (let p = 0; p < parents; p++) state[p] = (seen[p] & UNKNOWN) !== 0 ? UNKNOWN : PRESENT;
    return { values, state, states: IDENTITY_STATES };
  }

  /**
   * any() (`settles` TRUE) or all() (FALSE): for every parent, the answer when one child's answer is
   * `settles`; else unknown when one cannot be judged; else the other answer (true for all() of none).
   */
  settled(meets: Uint8Array | undefined, settles: Tri): Uint8Array {
    const { parentOf, excluded } = this;
    const parents = this.childStart.length - 1;
    // a bit per answer some child gave
    const seen = new Uint8Array(parents);
    for (let c = 0; c < parentOf.length; c++) {
      const p = parentOf[c];
      if (p < 0 || excluded[c] === 1) continue;
      seen[p] |= 1 << (meets === undefined ? TRUE : meets[c]);
    }
    const otherwise = settles === TRUE ? FALSE : TRUE;
    const settlesBit = 1 << settles;
    const answers = seen;
    for (let p = 0; p < parents; p++) {
      const bits = seen[p];
      answers[p] = (bits & settlesBit) !== 0 ? settles : (bits & (1 << UNKNOWN)) !== 0 ? UNKNOWN : otherwise;
    }
    return answers;
  }
}

/** A link from the records at one depth to the record in scope at the depth above, while an aggregate over them is compiled. */
interface EnclosingLink {
  parentOf: Int32Array;
  linkState: Uint8Array | undefined;
  rows: number;
  parentDataset: string;
}

/** min, max or sum of `field` over each parent's children that meet (all when `meets` is undefined); the row closure's rules. */
function foldedColumnar(walk: ChildWalk, meets: Uint8Array | undefined, field: ColumnView, fn: 'min' | 'max' | 'sum'): ColumnView {
  const { childStart, childRows, excluded } = walk;
  const { values: fieldValues, state: fieldState, states: fieldStates } = field;
  const parents = childStart.length - 1;
  // min and max are one of the values: whole numbers (dates) stay in an Int32Array; a sum may not fit one
  const wholeNumbers = fn !== 'sum' && (fieldValues instanceof Int32Array || fieldValues instanceof Uint16Array || fieldValues instanceof Uint8Array);
  const values = wholeNumbers ? new Int32Array(parents) : new Float64Array(parents);
  const state = new Uint8Array(parents);
  for (let p = 0; p < parents; p++) {
    let result = fn === 'min' ? Infinity : fn === 'max' ? -Infinity : 0;
    let seen = false;
    let unknown = false;
    for (let i = childStart[p]; i < childStart[p + 1]; i++) {
      const c = childRows[i];
      if (excluded[c] === 1) continue;
      const t = meets === undefined ? TRUE : meets[c];
      if (t === FALSE) continue;
      if (t === UNKNOWN) {
        unknown = true;
        continue;
      }
      const s = fieldStates[fieldState[c]];
      if (s === UNKNOWN) unknown = true;
      if (s !== PRESENT) continue;
      seen = true;
      const v = fieldValues[c];
      if (fn === 'min') result = v < result ? v : result;
      else if (fn === 'max') result = v > result ? v : result;
      else result += v;
    }
    if (unknown) state[p] = UNKNOWN;
    else if (!seen && fn !== 'sum') state[p] = ABSENT;
    else values[p] = result;
  }
  return { values, state, states: IDENTITY_STATES };
}

/**
 * first or last: `field` of each parent's earliest (latest) child that meets, in the link's order;
 * unknown when a child before it cannot be judged or has an unreadable order date; absent when none meets.
 */
function pickedColumnar(
  walk: ChildWalk,
  meets: Uint8Array | undefined,
  field: ColumnView,
  orderState: Uint8Array | undefined,
  forward: boolean,
): ColumnView {
  const { childStart, childRows, excluded } = walk;
  const { values: fieldValues, state: fieldState, states: fieldStates } = field;
  const parents = childStart.length - 1;
  const values = fieldValues instanceof Float64Array || fieldValues instanceof Uint32Array ? new Float64Array(parents) : new Int32Array(parents);
  const state = new Uint8Array(parents).fill(ABSENT);
  for (let p = 0; p < parents; p++) {
    const from = childStart[p];
    const to = childStart[p + 1];
    for (let k = 0; k < to - from; k++) {
      const c = childRows[forward ? from + k : to - 1 - k];
      if (excluded[c] === 1) continue;
      const t = meets === undefined ? TRUE : meets[c];
      if (t === FALSE) continue;
      if (t === UNKNOWN || (orderState !== undefined && orderState[c] === CellState.Invalid)) {
        state[p] = UNKNOWN;
        break;
      }
      state[p] = fieldStates[fieldState[c]];
      values[p] = fieldValues[c];
      break;
    }
  }
  return { values, state, states: IDENTITY_STATES };
}

/** A list item whose value is the same on every row: not a field, not an aggregate. */
function isFixed(item: Expr, resolved: Resolved): boolean {
  return item.kind === 'literal' || item.kind === 'param' || resolved.names.get(item)?.kind === 'enum-value';
}

/** For each index of `from`, the index of the same value in `to`, or -1. */
function translation(from: readonly string[], to: readonly string[]): Int16Array {
  return Int16Array.from(from, (v) => to.indexOf(v));
}
