/**
 * Runs a spec's targets over loaded monitoring data and returns the CheckReport every format,
 * `pay` and `diff --data` read.
 *
 * Order of work: the datasets' own checks (a row failing an error check is excluded everywhere),
 * the eligibility rule (a warning only), then for each target one loop over its population that
 * feeds its typed-array tallies, per quarter and group, reading each part of the rule from an array
 * worked out for every row at once where it can be. Year figures are sums of their quarters'
 * numerators and denominators, never averages of percentages.
 */

import { dataRowNumber, diagnostic, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import type { Rule } from '../dsl/ast.js';
import { describeRule, parseExpression, parseRule } from '../dsl/index.js';
import { formatDay } from '../data/dates.js';
import { sharedArray } from '../data/shared-memory.js';
import { FINDINGS_KEPT_PER_KIND } from '../data/findings.js';
import type { DataSet, Table } from '../data/table.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import {
  CompileEnv,
  CompileError,
  FALSE,
  PRESENT,
  register,
  TRUE,
  UNKNOWN,
  type ColumnView,
  type CompiledRule,
  type Node,
  type TestFn,
  type ValueFn,
  type WorkingDays,
} from './compile.js';
import { findPeriodByLabel, periodsOf, type PeriodPlan } from './periods.js';
import type { CheckReport, Finding, RecordList, RowAccounting, TargetInfo, TargetResult } from './result.js';

/** How many record ids a result lists; the count is always complete. */
export const LISTED_IDS = 20;

export interface EvaluateOptions {
  calendar: WorkingDays;
  /** keep only this period: "2022/23 Q1" or "2022/23" */
  periodLabel?: string;
  /** the project file's values for the spec's $parameters */
  parameters?: Record<string, unknown>;
  /** what the data loader found (bad values, unknown links, duplicate keys): reported with the targets each touches */
  dataFindings?: readonly Diagnostic[];
  /** where target i is defined, "file:line:column" (from LoadedSpec.locate) */
  definedAt?: (targetIndex: number) => string | undefined;
  /** count with the row-at-a-time closures only (tests compare the two ways; CompileEnvOptions.rowAtATime) */
  rowAtATime?: boolean;
  /** answers of data checks and the eligibility rule worked out while the data was read */
  early?: EarlyAnswers;
}

/** One target, compiled: its rule's parts (CompiledRule), and what counting and reporting it need besides. */
export interface TargetPlan extends CompiledRule {
  index: number;
  id: string;
  rule: Rule;
  reads: Set<string>;
  datedField: string;
  groupKey?: string;
  /** records dated before this day are not counted (from contract year N) */
  fromDay: number;
}

/** What a target counted: slot = quarterSlot × groups + group. Plain data, so it can come from another thread. */
export interface TallyCounts {
  groups: number;
  groupNames: string[];
  numerator: Float64Array;
  denominator: Float64Array;
  unknown: Float64Array;
  failingIds: (string[] | undefined)[];
  unknownIds: (string[] | undefined)[];
  yearFailingIds: (string[] | undefined)[];
  yearUnknownIds: (string[] | undefined)[];
}

/** Per-target tallies, in typed arrays. */
class Tally implements TallyCounts {
  groups: number;
  groupNames: string[];
  private readonly groupIndex?: Map<string, number>;
  numerator: Float64Array;
  denominator: Float64Array;
  unknown: Float64Array;
  /** quarter lists by quarter slot, year lists by year slot (each × groups) */
  failingIds: (string[] | undefined)[];
  unknownIds: (string[] | undefined)[];
  yearFailingIds: (string[] | undefined)[];
  yearUnknownIds: (string[] | undefined)[];

  constructor(
    private readonly quarterSlots: number,
    private readonly yearSlots: number,
    fixedGroups: readonly string[] | undefined,
  ) {
    this.groupNames = fixedGroups ? [...fixedGroups] : [];
    // set either way: every Tally has one shape, as the counting loops expect
    this.groupIndex = fixedGroups ? undefined : new Map();
    this.groups = Math.max(1, this.groupNames.length);
    this.numerator = new Float64Array(quarterSlots * this.groups);
    this.denominator = new Float64Array(quarterSlots * this.groups);
    this.unknown = new Float64Array(quarterSlots * this.groups);
    this.failingIds = new Array(quarterSlots * this.groups);
    this.unknownIds = new Array(quarterSlots * this.groups);
    this.yearFailingIds = new Array(yearSlots * this.groups);
    this.yearUnknownIds = new Array(yearSlots * this.groups);
  }

  /** The group of a value seen in the data, for groupings that are not an enum. */
  groupOf(name: string): number {
    const map = this.groupIndex!;
    let g = map.get(name);
    if (g !== undefined) return g;
    g = this.groupNames.length;
    map.set(name, g);
    this.groupNames.push(name);
    if (g >= this.groups) this.regroup(Math.max(2 * this.groups, g + 1));
    return g;
  }

  private regroup(groups: number): void {
    const widen = <T extends Float64Array | (string[] | undefined)[]>(old: T, slots: number, make: (n: number) => T): T => {
      const wider = make(slots * groups);
      for (let s = 0; s < slots; s++) for (let g = 0; g < this.groups; g++) wider[s * groups + g] = old[s * this.groups + g];
      return wider;
    };
    const floats = (n: number) => new Float64Array(n);
    const lists = (n: number) => new Array<string[] | undefined>(n);
    this.numerator = widen(this.numerator, this.quarterSlots, floats);
    this.denominator = widen(this.denominator, this.quarterSlots, floats);
    this.unknown = widen(this.unknown, this.quarterSlots, floats);
    this.failingIds = widen(this.failingIds, this.quarterSlots, lists);
    this.unknownIds = widen(this.unknownIds, this.quarterSlots, lists);
    this.yearFailingIds = widen(this.yearFailingIds, this.yearSlots, lists);
    this.yearUnknownIds = widen(this.yearUnknownIds, this.yearSlots, lists);
    this.groups = groups;
  }
}

/**
 * The findings evaluation adds, bounded as the loader bounds its own: the first rows of each kind
 * (code and dataset) in full, then one line counting the rest, so a million ineligible referrals
 * do not become a million messages.
 */
class FindingList {
  readonly kept: Finding[] = [];
  private readonly kinds = new Map<string, { count: number; first: Finding }>();

  /** Counts one finding; builds it only while the kind is under the limit. */
  add(code: string, dataset: string, build: () => Finding): void {
    const key = `${code}\u0000${dataset}`;
    const kind = this.kinds.get(key);
    if (kind && kind.count >= FINDINGS_KEPT_PER_KIND) {
      kind.count++;
      return;
    }
    const finding = build();
    this.kept.push(finding);
    if (kind) kind.count++;
    else this.kinds.set(key, { count: 1, first: finding });
  }

  all(): Finding[] {
    const out = [...this.kept];
    for (const { count, first } of this.kinds.values()) {
      if (count <= FINDINGS_KEPT_PER_KIND) continue;
      const more = count - FINDINGS_KEPT_PER_KIND;
      out.push({
        code: first.code,
        severity: first.severity,
        message: `${more.toLocaleString('en-GB')} more rows of the ${first.dataset} dataset have the same problem (${first.code}); only the first ${FINDINGS_KEPT_PER_KIND} are listed. Fix those and check again to see the rest.`,
        ...(first.dataset ? { dataset: first.dataset } : {}),
        ...(first.file ? { file: first.file } : {}),
        ...(first.sheet ? { sheet: first.sheet } : {}),
        targets: first.targets,
      });
    }
    return out;
  }
}

function listId(lists: (string[] | undefined)[], slot: number, id: string): void {
  const list = lists[slot];
  if (!list) lists[slot] = [id];
  else if (list.length < LISTED_IDS) list.push(id);
}

function hasRoom(lists: (string[] | undefined)[], slot: number): boolean {
  const list = lists[slot];
  return list === undefined || list.length < LISTED_IDS;
}

/**
 * Lists a row's id in its quarter's and year's lists. Building an id string is the dear part, and
 * once both lists are full (early in a big dataset) no id is built at all.
 */
function listIds(
  quarterLists: (string[] | undefined)[],
  quarterSlot: number,
  yearLists: (string[] | undefined)[],
  yearSlot: number,
  idOf: (row: number) => string,
  row: number,
): void {
  if (!hasRoom(quarterLists, quarterSlot) && !hasRoom(yearLists, yearSlot)) return;
  const id = idOf(row);
  listId(quarterLists, quarterSlot, id);
  listId(yearLists, yearSlot, id);
}

/** 4 decimal places for the report; comparisons use the unrounded value. */
function round4(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/** Thresholds written as percentages compare as the decimal the author wrote (95% is 0.95, not 0.9500000001). */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

function unusable(code: string, message: string): never {
  throw new UnusableInputError([diagnostic(code, message)]);
}

/** A run of evaluate: the targets compiled, the data checks done, findings so far. */
interface Evaluation {
  spec: ServiceSpec;
  data: DataSet;
  options: EvaluateOptions;
  plan: PeriodPlan;
  onlyPeriod: number;
  targets: TargetPlan[];
  /** population dataset → its targets, in the spec's order */
  byDataset: Map<string, TargetPlan[]>;
  findings: FindingList;
  reportedRecords: Map<string, Set<number>>;
  noteReported: NoteReported;
  targetsReading: TargetsReading;
}

/** Every dataset's tallies: for each of its targets (byDataset's order), and the rows dated outside the contract. */
type DatasetTallies = Map<string, { tallies: TallyCounts[]; outside: Uint32Array }>;

export function evaluate(spec: ServiceSpec, data: DataSet, options: EvaluateOptions): CheckReport {
  const run = prepareEvaluation(spec, data, options);
  const tallied: DatasetTallies = new Map();
  for (const [dataset, plans] of run.byDataset) tallied.set(dataset, tallyRows(run.data.tables.get(dataset)!, run.spec, run.plan, plans));
  return finishEvaluation(run, tallied);
}

/** Compiles the targets and runs the data checks and the eligibility rule, which every target's counting depends on. */
export function prepareEvaluation(spec: ServiceSpec, data: DataSet, options: EvaluateOptions): Evaluation {
  if (!spec.contract) {
    unusable(
      'config-no-contract',
      `The spec "${spec.id}" has no contract period, so there are no quarters to judge; add contract start and end dates.`,
    );
  }
  const plan = periodsOf(spec.contract);
  let onlyPeriod = -1;
  if (options.periodLabel !== undefined) {
    onlyPeriod = findPeriodByLabel(plan, options.periodLabel);
    if (onlyPeriod < 0) {
      unusable(
        'config-unknown-period',
        `There is no period "${options.periodLabel}" in this contract; use one of: ${plan.periods.map((p) => p.label).join(', ')}.`,
      );
    }
  }

  const env = new CompileEnv({
    spec,
    data,
    calendar: options.calendar,
    parameters: options.parameters,
    rowAtATime: options.rowAtATime,
  });
  const findings = new FindingList();
  /** dataset → records (source numbers) with at least one finding */
  const reportedRecords = new Map<string, Set<number>>();
  const noteReported = (dataset: string, record: number) => {
    let set = reportedRecords.get(dataset);
    if (!set) reportedRecords.set(dataset, (set = new Set()));
    set.add(record);
  };

  const targets = compileTargets(env, spec, plan);
  const targetsReading = (dataset: string, field?: string): string[] => {
    const key = field === undefined ? undefined : `${dataset}.${field}`;
    return targets
      .filter((t) => (key ? t.reads.has(key) : t.dataset === dataset || [...t.reads].some((r) => r.startsWith(`${dataset}.`))))
      .map((t) => t.id);
  };

  runChecks(env, spec, data, targetsReading, findings, noteReported, options.early);
  runEligibility(env, spec, data, targetsReading, findings, noteReported, options.early);

  return { spec, data, options, plan, onlyPeriod, targets, byDataset: targetsByDataset(targets), findings, reportedRecords, noteReported, targetsReading };
}

/** The targets of the spec (those whose index is in `only`, when given), compiled, in the spec's order. */
export function compileTargets(env: CompileEnv, spec: ServiceSpec, plan: PeriodPlan, only?: ReadonlySet<number>): TargetPlan[] {
  return (spec.targets ?? []).flatMap((target, index) => (only && !only.has(index) ? [] : [compileTarget(env, plan, target.id, target.rule, index)]));
}

/** The targets counted over each population dataset, in the spec's order. */
export function targetsByDataset(targets: TargetPlan[]): Map<string, TargetPlan[]> {
  const byDataset = new Map<string, TargetPlan[]>();
  for (const t of targets) {
    const list = byDataset.get(t.dataset) ?? [];
    list.push(t);
    byDataset.set(t.dataset, list);
  }
  return byDataset;
}

/** The results of every target from its tallies, and the findings and row accounting of the whole run. */
export function finishEvaluation(run: Evaluation, tallied: DatasetTallies): CheckReport {
  const { spec, data, options, plan, onlyPeriod, targets, findings, noteReported, targetsReading } = run;
  const resultsByTarget = new Map<string, TargetResult[]>();
  for (const [dataset, plans] of run.byDataset) {
    const table = data.tables.get(dataset)!;
    const { tallies, outside } = tallied.get(dataset)!;
    reportOutside(table, spec, plan, plans, outside, findings, noteReported);
    plans.forEach((t, i) => resultsByTarget.set(t.id, resultsOf(t, tallies[i], plan, onlyPeriod)));
  }
  const results: TargetResult[] = [];
  for (const t of targets) results.push(...(resultsByTarget.get(t.id) ?? []));

  const loaderFindings: Finding[] = [];
  for (const d of options.dataFindings ?? []) loaderFindings.push(dataFinding(d, data, targetsReading, noteReported));

  const targetInfo: TargetInfo[] = targets.map((t) => {
    const target = spec.targets![t.index];
    const definedAt = options.definedAt?.(t.index);
    return {
      id: t.id,
      title: target.title ?? t.id,
      kind: t.rule.measure.kind,
      description: describeRule(t.rule, { spec }),
      ...(definedAt ? { definedAt } : {}),
    };
  });

  return {
    spec: { id: spec.id, version: spec.version, ...(spec.title ? { title: spec.title } : {}) },
    targets: targetInfo,
    periods: onlyPeriod >= 0 ? [plan.periods[onlyPeriod]] : plan.periods,
    results,
    findings: [...findings.all(), ...loaderFindings],
    rows: accounting(data, run.reportedRecords),
  };
}

function compileTarget(env: CompileEnv, plan: PeriodPlan, id: string, text: string, index: number): TargetPlan {
  const parsed = parseRule(text);
  if (!parsed.rule) {
    const first = parsed.diagnostics[0];
    unusable(
      first?.code ?? 'dsl-invalid-rule',
      `The rule of target "${id}" cannot be read: ${first?.message ?? 'it is empty'} Run servicespec lint on the spec to see where.`,
    );
  }
  const rule = parsed.rule;
  const reads = new Set<string>();
  try {
    const compiled = env.compileRule(rule, reads);
    return {
      ...compiled,
      index,
      id,
      rule,
      reads,
      datedField: rule.datedBy.path.map((p) => p.name).join('.'),
      groupKey: rule.groupBy ? rule.groupBy.path[rule.groupBy.path.length - 1].name : undefined,
      fromDay: rule.fromContractYear ? plan.contractYearStart(rule.fromContractYear.year) : -Infinity,
    };
  } catch (error) {
    if (error instanceof CompileError) {
      throw new UnusableInputError([{ ...error.diagnostic, message: `Target "${id}": ${error.diagnostic.message}` }]);
    }
    throw error;
  }
}

/** The printed id of a record: the dataset's record_id, key, or first link field; else its row. */
function recordIdReader(table: Table, spec: ServiceSpec): (row: number) => string {
  const def = spec.datasets?.[table.dataset];
  const field = def?.record_id ?? def?.key ?? Object.values(def?.links ?? {})[0]?.field;
  const column = field ? table.columns.get(field) : undefined;
  const rowName = (row: number) => `row ${dataRowNumber(table.record[row])}`;
  if (!column || (column.kind !== 'id' && column.kind !== 'string')) return rowName;
  const { values, state } = column;
  return (row) => (state[row] === 0 ? values[row] : rowName(row));
}

type TargetsReading = (dataset: string, field?: string) => string[];
type NoteReported = (dataset: string, record: number) => void;

function rowFinding(
  table: Table,
  row: number,
  code: string,
  severity: 'error' | 'warning',
  message: string,
  targets: string[],
  fields: string[] = [],
  value?: string,
): Finding {
  const headings = fields.map((f) => table.source.columns.get(f)?.heading ?? f);
  return {
    code,
    severity,
    message,
    dataset: table.dataset,
    file: table.source.file,
    ...(table.source.sheet ? { sheet: table.source.sheet } : {}),
    row: dataRowNumber(table.record[row]),
    ...(headings.length ? { column: headings.join(', ') } : {}),
    ...(value !== undefined ? { value } : {}),
    targets,
  };
}

/** The values a check read from the row itself, as safe text (dates, numbers, choices; never free text). */
function valuesOf(table: Table, row: number, fields: string[]): string | undefined {
  const parts: string[] = [];
  for (const f of fields) {
    const column = table.columns.get(f);
    if (!column || column.state[row] !== 0) continue;
    switch (column.kind) {
      case 'date':
        parts.push(formatDay(column.values[row]));
        break;
      case 'integer':
      case 'number':
        parts.push(String(column.values[row]));
        break;
      case 'enum':
        parts.push(column.enumValues[column.values[row]]);
        break;
      case 'boolean':
        parts.push(column.values[row] ? 'true' : 'false');
        break;
      default:
    }
  }
  return parts.length ? parts.join(', ') : undefined;
}

function ownFields(reads: Set<string>, dataset: string): string[] {
  const prefix = `${dataset}.`;
  return [...reads].filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length));
}

/**
 * A condition of the spec (a data check, the eligibility rule) compiled to a test of one row, with
 * the fields it reads. A condition that cannot be read or compiled makes the input unusable.
 */
function compileRowTest(
  env: CompileEnv,
  text: string,
  dataset: string,
  what: string,
  unreadableCode: string,
  subject: string,
): { test: TestFn; all?: () => Uint8Array; reads: Set<string> } {
  const parsed = parseExpression(text);
  if (!parsed.expr) unusable(unreadableCode, `${subject} cannot be read: ${parsed.diagnostics[0]?.message ?? 'it is empty'}`);
  const reads = new Set<string>();
  try {
    return { ...env.compileCondition(parsed.expr, dataset, reads, what), reads };
  } catch (error) {
    if (error instanceof CompileError) throw new UnusableInputError([error.diagnostic]);
    throw error;
  }
}

/** The key of a data check (its dataset and place among that dataset's checks) for EarlyAnswers. */
function checkKey(dataset: string, index: number): string {
  return `${dataset}\u0000${index}`;
}

const ELIGIBILITY_KEY = 'eligibility';

/**
 * The answers of the data checks and the eligibility rule, worked out while the rest of the data
 * is still being read: each as soon as its dataset and the datasets above it (its parents, their
 * parents) are in and linked. Only conditions of a record and its parents are worked out early:
 * those answers are the same whenever they are asked. A condition that counts a record's children
 * depends on which children other checks leave out, so it waits for its turn, as does anything
 * that cannot be compiled yet (its problem is reported in its turn). The findings themselves are
 * made later, in the spec's order, by prepareEvaluation.
 */
export class EarlyAnswers {
  private readonly ready = new Set<string>();
  private readonly answers = new Map<string, Uint8Array>();
  private readonly waiting: { key: string; dataset: string; rule: string }[] = [];

  constructor(
    private readonly spec: ServiceSpec,
    private readonly options: Pick<EvaluateOptions, 'calendar' | 'parameters' | 'rowAtATime'>,
  ) {
    for (const [dataset, def] of Object.entries(spec.datasets ?? {})) {
      (def.checks ?? []).forEach((check, index) => this.waiting.push({ key: checkKey(dataset, index), dataset, rule: check.rule }));
    }
    const eligibility = spec.eligibility;
    if (eligibility?.rule && eligibility.dataset) this.waiting.push({ key: ELIGIBILITY_KEY, dataset: eligibility.dataset, rule: eligibility.rule });
  }

  /** `dataset` is read, and linked to its parents, in `data` (which may not hold every dataset yet). */
  datasetReady(dataset: string, data: DataSet): void {
    this.ready.add(dataset);
    let env: CompileEnv | undefined;
    for (const condition of [...this.waiting]) {
      const above = this.selfAndAbove(condition.dataset);
      if (![...above].every((d) => this.ready.has(d))) continue;
      this.waiting.splice(this.waiting.indexOf(condition), 1);
      const table = data.tables.get(condition.dataset);
      const parsed = parseExpression(condition.rule);
      if (!table || !parsed.expr) continue;
      try {
        env ??= new CompileEnv({ spec: this.spec, data, calendar: this.options.calendar, parameters: this.options.parameters, rowAtATime: this.options.rowAtATime });
        const reads = new Set<string>();
        const { test, all } = env.compileCondition(parsed.expr, condition.dataset, reads, 'The condition');
        if (![...reads].every((read) => above.has(read.slice(0, read.indexOf('.'))))) continue;
        this.answers.set(condition.key, all?.() ?? answersOfEveryRow(table.length, test));
      } catch {
        // compiled again in its turn, which reports the problem
      }
    }
  }

  /** The answers of check `index` of `dataset`, when worked out early. */
  answersOfCheck(dataset: string, index: number): Uint8Array | undefined {
    return this.answers.get(checkKey(dataset, index));
  }

  /** The answers of the eligibility rule, when worked out early. */
  answersOfEligibility(): Uint8Array | undefined {
    return this.answers.get(ELIGIBILITY_KEY);
  }

  private selfAndAbove(dataset: string): Set<string> {
    const found = new Set<string>();
    const visit = (name: string): void => {
      if (found.has(name)) return;
      found.add(name);
      for (const link of Object.values(this.spec.datasets?.[name]?.links ?? {})) visit(link.to);
    };
    visit(dataset);
    return found;
  }
}

/**
 * The rows, in order, not excluded yet, that a condition is false for: from every row's answer
 * at once when the condition has them (worked out now, before any row is excluded, as the row
 * test would when first asked), else row by row. A small loop of its own, which V8 optimises
 * whole; the caller's long loop over findings is not.
 */
function failingRows(length: number, excluded: Uint8Array, test: TestFn, all: (() => Uint8Array) | undefined, early?: Uint8Array): number[] {
  const rows: number[] = [];
  const answers = early ?? all?.();
  if (answers !== undefined) {
    for (let row = 0; row < length; row++) if (answers[row] === FALSE && excluded[row] === 0) rows.push(row);
  } else {
    for (let row = 0; row < length; row++) if (excluded[row] === 0 && test(row) === FALSE) rows.push(row);
  }
  return rows;
}

function runChecks(
  env: CompileEnv,
  spec: ServiceSpec,
  data: DataSet,
  targetsReading: TargetsReading,
  findings: FindingList,
  noteReported: NoteReported,
  early: EarlyAnswers | undefined,
): void {
  for (const [dataset, def] of Object.entries(spec.datasets ?? {})) {
    const table = data.tables.get(dataset);
    if (!table || !def.checks?.length) continue;
    for (const [index, check] of def.checks.entries()) {
      const { test, all, reads } = compileRowTest(env, check.rule, dataset, `The check "${check.id}"`, 'dsl-invalid-check', `The check "${check.id}" of dataset "${dataset}"`);
      // the link field is how a check reaches the parent record, not one of the values in question
      const linkFields = new Set(Object.values(def.links ?? {}).map((l) => l.field));
      const fields = ownFields(reads, dataset).filter((f) => table.columns.has(f) && !def.derived?.[f] && !linkFields.has(f));
      const severity = check.severity ?? 'error';
      const touched = severity === 'error' ? targetsReading(dataset) : [];
      const excluded = table.excluded;
      // unknown is not failing: a value the check needs could not be read, and that cell has its own finding
      for (const row of failingRows(table.length, excluded, test, all, early?.answersOfCheck(dataset, index))) {
        const consequence =
          severity === 'error' ? ' This row is left out of every target until it is corrected.' : ' The row is still counted.';
        findings.add('data-check-failed', dataset, () =>
          rowFinding(
            table,
            row,
            'data-check-failed',
            severity,
            `${check.message}${consequence}`,
            touched,
            fields,
            valuesOf(table, row, fields),
          ),
        );
        noteReported(dataset, table.record[row]);
        if (severity === 'error') excluded[row] = 1;
      }
    }
  }
}

function runEligibility(
  env: CompileEnv,
  spec: ServiceSpec,
  data: DataSet,
  targetsReading: TargetsReading,
  findings: FindingList,
  noteReported: NoteReported,
  early: EarlyAnswers | undefined,
): void {
  const eligibility = spec.eligibility;
  if (!eligibility?.rule || !eligibility.dataset) return;
  const table = data.tables.get(eligibility.dataset);
  if (!table) return;
  const { test, all, reads } = compileRowTest(env, eligibility.rule, eligibility.dataset, 'The eligibility rule', 'dsl-invalid-eligibility', 'The eligibility rule');
  const fields = ownFields(reads, eligibility.dataset).filter((f) => table.columns.has(f));
  const touched = targetsReading(eligibility.dataset);
  const idOf = recordIdReader(table, spec);
  for (const row of failingRows(table.length, table.excluded, test, all, early?.answersOfEligibility())) {
    findings.add('data-ineligible', eligibility.dataset, () =>
      rowFinding(
        table,
        row,
        'data-ineligible',
        'warning',
        `Record ${idOf(row)} does not meet the eligibility criteria (${eligibility.rule}). It is still counted in the targets; check the referral, and correct the values if they were entered wrongly.`,
        touched,
        fields,
        valuesOf(table, row, fields),
      ),
    );
    noteReported(eligibility.dataset, table.record[row]);
  }
}

/**
 * Counts the targets given over one population dataset, each in a loop of its own (tallyTarget).
 * Also marks the rows dated outside the contract in `outside` (bit bitOf[i] for targets[i]; bit i
 * unless given), which reportOutside turns into findings. Marks are set atomically: two threads
 * counting different targets of one dataset may mark the same row.
 */
export function tallyRows(
  table: Table,
  spec: ServiceSpec,
  plan: PeriodPlan,
  targets: TargetPlan[],
  bitOf: readonly number[] = targets.map((_, i) => i),
  outside: Uint32Array = sharedArray(Uint32Array, targets.length > 0 ? table.length : 0),
): { tallies: Tally[]; outside: Uint32Array } {
  const quarterSlotOf = new Int32Array(plan.periods.length).fill(-1);
  plan.quarters.forEach((p, slot) => (quarterSlotOf[p] = slot));
  const yearSlotOf = new Int32Array(plan.periods.length).fill(-1);
  plan.years.forEach((p, slot) => (yearSlotOf[p] = slot));
  const yearSlotOfQuarter = Int32Array.from(plan.quarters, (p) => yearSlotOf[plan.yearOf[p]]);

  const tallies = targets.map(
    (t) => new Tally(plan.quarters.length, plan.years.length, t.group ? (t.group.enumValues ?? undefined) : ['']),
  );
  const idOf = recordIdReader(table, spec);
  targets.forEach((t, i) => tallyTarget(table, plan, t, tallies[i], bitOf[i], outside, quarterSlotOf, yearSlotOfQuarter, idOf));
  return { tallies, outside };
}

/** PRESENT, ABSENT, UNKNOWN as they are: the state table of a value closure's register */
const VALUE_STATES = Uint8Array.of(0, 1, 2);

/**
 * One target's pass over its population. Every part of the target is first a whole column: its
 * whole-column form where it has one (nearly always), else its row closure asked of every row.
 * countRows then reads typed arrays only.
 */
function tallyTarget(
  table: Table,
  plan: PeriodPlan,
  t: TargetPlan,
  tally: Tally,
  bit: number,
  outside: Uint32Array,
  quarterSlotOf: Int32Array,
  yearSlotOfQuarter: Int32Array,
  idOf: (row: number) => string,
): void {
  const rows = table.length;
  const dated = t.datedAll?.() ?? valuesOfEveryRow(rows, t.dated);
  const group = t.group;
  // a grouping that is not an enum names its groups as they come: by text, given a number in the loop
  const groupNames = group && !group.enumValues ? groupNamesOfEveryRow(rows, group) : undefined;
  const groupView = group && !groupNames ? (group.columnar?.() ?? valuesOfEveryRow(rows, group.value)) : undefined;
  const columns: TargetColumns = {
    rows,
    excluded: table.excluded,
    whereAnswers: t.where ? (t.whereAll?.() ?? answersOfEveryRow(rows, t.where)) : undefined,
    days: dated.values,
    dayState: dated.state,
    dayStates: dated.states,
    groupValues: groupView?.values,
    groupState: groupView?.state,
    groupStates: groupView?.states,
    groupNames,
    // worked out for every row up front, not when the first row in the contract asks
    answers: t.condition ? (t.conditionAll?.() ?? answersOfEveryRow(rows, t.condition)) : undefined,
    fromDay: t.fromDay,
    mark: bit < 32 ? 1 << bit : 0,
  };
  const listing: Listing = {
    rows: [],
    quarter: [new Int32Array(tally.numerator.length), new Int32Array(tally.numerator.length)],
    year: [new Int32Array(tally.yearFailingIds.length), new Int32Array(tally.yearFailingIds.length)],
    idOf,
  };
  countRows(columns, plan, tally, outside, quarterSlotOf, yearSlotOfQuarter, listing);
  const listed = listing.rows;
  for (let i = 0; i < listed.length; i += 4) {
    const failing = listed[i] === FAILING;
    listIds(failing ? tally.failingIds : tally.unknownIds, listed[i + 1], failing ? tally.yearFailingIds : tally.yearUnknownIds, listed[i + 2], idOf, listed[i + 3]);
  }
}

/** Every part of a target for every row of its population: what countRows reads. */
interface TargetColumns {
  rows: number;
  excluded: Uint8Array;
  whereAnswers: Uint8Array | undefined;
  days: ArrayLike<number>;
  dayState: Uint8Array;
  dayStates: Uint8Array;
  groupValues: ArrayLike<number> | undefined;
  groupState: Uint8Array | undefined;
  groupStates: Uint8Array | undefined;
  groupNames: (string | undefined)[] | undefined;
  answers: Uint8Array | undefined;
  fromDay: number;
  mark: number;
}

/**
 * Record ids to list, found while counting: `rows` holds (kind, quarter slot, year slot, row) in
 * row order, kept while their lists have room, counted in `quarter` and `year` by kind as listIds
 * will fill them. Groups named as they come can widen a tally, so those rows are listed at once.
 */
interface Listing {
  rows: number[];
  quarter: Int32Array[];
  year: Int32Array[];
  idOf: (row: number) => string;
}

/** The kinds of record list a Listing keeps. */
const FAILING = 0;
const UNKNOWN_LISTED = 1;

/**
 * The counting loop of tallyTarget, a function of its own that is given arrays and objects of
 * one shape only: V8 optimises a function for what it has seen, and a loop that met every
 * target's own mix of closures and shapes was made generic, dropped and made again.
 */
function countRows(
  columns: TargetColumns,
  plan: PeriodPlan,
  tally: Tally,
  outside: Uint32Array,
  quarterSlotOf: Int32Array,
  yearSlotOfQuarter: Int32Array,
  listing: Listing,
): void {
  const { rows, excluded, whereAnswers, days, dayState, dayStates, groupValues, groupState, groupStates, groupNames, answers, fromDay, mark } = columns;
  let groups = tally.groups;
  for (let row = 0; row < rows; row++) {
    if (excluded[row] === 1) continue;
    const w = whereAnswers === undefined ? TRUE : whereAnswers[row];
    if (w === FALSE) continue;
    // undated records (no discharge yet) are in no period; an unreadable date has its own finding
    if (dayStates[dayState[row]] !== PRESENT) continue;
    const day = days[row];
    const quarter = plan.quarterOf(day);
    if (quarter < 0) {
      if (w === TRUE && mark !== 0) Atomics.or(outside, row, mark);
      continue;
    }
    if (day < fromDay) continue;
    let g = 0;
    if (groupValues !== undefined) {
      if (groupStates![groupState![row]] !== PRESENT) continue;
      g = groupValues[row];
    } else if (groupNames !== undefined) {
      const name = groupNames[row];
      if (name === undefined) continue;
      g = tally.groupOf(name);
      groups = tally.groups;
    }
    const qSlot = quarterSlotOf[quarter];
    const slot = qSlot * groups + g;
    const c = w === UNKNOWN ? UNKNOWN : answers === undefined ? TRUE : answers[row];
    if (c === TRUE) {
      tally.numerator[slot]++;
      tally.denominator[slot]++;
    } else if (c === FALSE) {
      tally.denominator[slot]++;
      noteListed(listing, tally, groupNames !== undefined, FAILING, slot, yearSlotOfQuarter[qSlot] * groups + g, row);
    } else {
      tally.unknown[slot]++;
      noteListed(listing, tally, groupNames !== undefined, UNKNOWN_LISTED, slot, yearSlotOfQuarter[qSlot] * groups + g, row);
    }
  }
}

function noteListed(listing: Listing, tally: Tally, now: boolean, kind: number, slot: number, yearSlot: number, row: number): void {
  const failing = kind === FAILING;
  if (now) {
    listIds(failing ? tally.failingIds : tally.unknownIds, slot, failing ? tally.yearFailingIds : tally.yearUnknownIds, yearSlot, listing.idOf, row);
    return;
  }
  const inQuarter = listing.quarter[kind];
  const inYear = listing.year[kind];
  if (inQuarter[slot] >= LISTED_IDS && inYear[yearSlot] >= LISTED_IDS) return;
  if (inQuarter[slot] < LISTED_IDS) inQuarter[slot]++;
  if (inYear[yearSlot] < LISTED_IDS) inYear[yearSlot]++;
  listing.rows.push(kind, slot, yearSlot, row);
}

/** A test's answer for every row, from its row closure. */
function answersOfEveryRow(rows: number, test: (row: number) => number): Uint8Array {
  const answers = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) answers[row] = test(row);
  return answers;
}

/** A value's number and state for every row, from its row closure. */
function valuesOfEveryRow(rows: number, value: (row: number) => number | string): ColumnView {
  const values = new Float64Array(rows);
  const state = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    values[row] = value(row) as number;
    state[row] = register.state;
  }
  return { values, state, states: VALUE_STATES };
}

/** The group of every row as text (undefined where it has no value), for groupings that are not an enum. */
function groupNamesOfEveryRow(rows: number, group: Node): (string | undefined)[] {
  const names = new Array<string | undefined>(rows);
  for (let row = 0; row < rows; row++) {
    const v = group.value(row);
    names[row] = register.state === PRESENT ? groupName(group.type, v) : undefined;
  }
  return names;
}

/** One finding per row dated outside the contract, naming the targets it is left out of. */
function reportOutside(
  table: Table,
  spec: ServiceSpec,
  plan: PeriodPlan,
  targets: TargetPlan[],
  outside: Uint32Array,
  findings: FindingList,
  noteReported: NoteReported,
): void {
  const idOf = recordIdReader(table, spec);
  const contract = `${formatDay(plan.contractStart)} to ${formatDay(plan.contractEnd)}`;
  for (let row = 0; row < outside.length; row++) {
    const mask = outside[row];
    if (mask === 0) continue;
    noteReported(table.dataset, table.record[row]);
    findings.add('data-outside-contract', table.dataset, () => {
      const hit = targets.filter((_, i) => (mask & (1 << i)) !== 0);
      const first = hit[0];
      const day = first.dated(row) as number;
      const field = first.datedField.includes('.') ? [] : [first.datedField];
      return rowFinding(
        table,
        row,
        'data-outside-contract',
        'warning',
        `Record ${idOf(row)} is dated ${formatDay(day)} (${first.datedField}), outside the contract (${contract}), so it is not counted in ${hit.map((t) => t.id).join(', ')}. Check the date, or leave the record out of the export.`,
        hit.map((t) => t.id),
        field,
        formatDay(day),
      );
    });
  }
}

function groupName(kind: string, value: number | string): string {
  if (kind === 'date') return formatDay(value as number);
  if (kind === 'boolean') return value === 1 ? 'true' : 'false';
  return String(value);
}

function recordList(count: number, ids: readonly string[] | undefined): RecordList {
  return { count, ids: ids ? [...ids] : [] };
}

function resultsOf(t: TargetPlan, tally: TallyCounts, plan: PeriodPlan, onlyPeriod: number): TargetResult[] {
  const measure = t.rule.measure;
  const results: TargetResult[] = [];
  const groups = tally.groupNames.length === 0 ? [] : tally.groupNames;
  const quarterSlot = new Map(plan.quarters.map((p, slot) => [p, slot]));
  const yearSlot = new Map(plan.years.map((p, slot) => [p, slot]));
  const threshold = measure.kind === 'share' && measure.threshold !== null ? tidy(measure.threshold) : null;

  plan.periods.forEach((period, p) => {
    if (onlyPeriod >= 0 && p !== onlyPeriod) return;
    // from contract year N: periods over before it starts are not judged
    if (plan.endDay[p] < t.fromDay) return;
    const slots =
      period.kind === 'quarter' ? [quarterSlot.get(p)!] : plan.quarters.filter((q) => plan.yearOf[q] === p).map((q) => quarterSlot.get(q)!);
    groups.forEach((name, g) => {
      let numerator = 0;
      let denominator = 0;
      let unknown = 0;
      for (const s of slots) {
        numerator += tally.numerator[s * tally.groups + g];
        denominator += tally.denominator[s * tally.groups + g];
        unknown += tally.unknown[s * tally.groups + g];
      }
      const failingIds =
        period.kind === 'quarter'
          ? tally.failingIds[slots[0] * tally.groups + g]
          : tally.yearFailingIds[yearSlot.get(p)! * tally.groups + g];
      const unknownIds =
        period.kind === 'quarter'
          ? tally.unknownIds[slots[0] * tally.groups + g]
          : tally.yearUnknownIds[yearSlot.get(p)! * tally.groups + g];
      const result: TargetResult = {
        target: t.id,
        period: { label: period.label, start: period.start, end: period.end, kind: period.kind },
        group: t.groupKey && name !== '' ? { [t.groupKey]: name } : {},
        value: null,
        threshold: null,
        status: 'monitored',
        failing: recordList(0, undefined),
      };
      if (measure.kind === 'share') {
        result.numerator = numerator;
        result.denominator = denominator;
        const value = denominator > 0 ? numerator / denominator : null;
        result.value = value === null ? null : round4(value);
        result.threshold = threshold;
        if (value === null) result.status = threshold === null ? 'monitored' : 'no_data';
        else if (threshold !== null) {
          const met = measure.comparator === 'more_than' ? value > threshold : value >= threshold;
          result.status = met ? 'met' : 'not_met';
        }
        result.failing = recordList(denominator - numerator, failingIds);
      } else {
        result.value = numerator;
        if (measure.perYear !== null) {
          const target = plan.proRated(measure.perYear, p);
          result.threshold = target;
          result.status = numerator >= target ? 'met' : 'not_met';
          result.shortfall = tidy(Math.max(0, target - numerator));
        }
      }
      if (unknown > 0) result.unknown = recordList(unknown, unknownIds);
      results.push(result);
    });
  });
  return results;
}

function dataFinding(d: Diagnostic, data: DataSet, targetsReading: TargetsReading, noteReported: NoteReported): Finding {
  const severity = d.severity === 'error' ? 'error' : 'warning';
  if (d.at?.kind !== 'data') {
    return { code: d.code, severity, message: d.message, ...(d.value !== undefined ? { value: d.value } : {}), targets: d.targets ?? [] };
  }
  const at = d.at;
  const table = at.dataset ? data.tables.get(at.dataset) : undefined;
  let targets = d.targets;
  if (!targets && at.dataset) {
    let field = at.field;
    if (!field && table && at.column !== undefined) {
      for (const [name, source] of table.source.columns) if (source.heading === at.column) field = name;
    }
    targets = targetsReading(at.dataset, field);
  }
  // a summary of further findings of one kind has no single row
  const hasRow = at.record >= 0;
  if (at.dataset && hasRow) noteReported(at.dataset, at.record);
  return {
    code: d.code,
    severity,
    message: d.message,
    ...(at.dataset ? { dataset: at.dataset } : {}),
    file: at.file,
    ...(at.sheet ? { sheet: at.sheet } : {}),
    ...(hasRow ? { row: dataRowNumber(at.record) } : {}),
    ...(at.column !== undefined ? { column: at.column } : {}),
    ...(d.value !== undefined ? { value: d.value } : {}),
    targets: targets ?? [],
  };
}

/* accounting's loops over every row, each in a small function of its own that V8 optimises whole */

function highestRecord(record: Int32Array, length: number): number {
  let last = -1;
  for (let row = 0; row < length; row++) if (record[row] > last) last = record[row];
  return last;
}

/**
 * Marks in `reported` the records of flagged rows (the loader flags every row it found a problem
 * in, even past the findings it lists), and counts those newly marked, the rows whose record is
 * reported, and the excluded rows.
 */
function countReported(
  record: Int32Array,
  length: number,
  flagged: Uint8Array | undefined,
  excludedRows: Uint8Array,
  reported: Uint8Array,
): { newlyReported: number; reportedInTable: number; excluded: number } {
  let newlyReported = 0;
  let reportedInTable = 0;
  let excluded = 0;
  for (let row = 0; row < length; row++) {
    const r = record[row];
    if (flagged !== undefined && flagged[row] === 1 && reported[r] === 0) {
      reported[r] = 1;
      newlyReported++;
    }
    reportedInTable += reported[r];
    excluded += excludedRows[row];
  }
  return { newlyReported, reportedInTable, excluded };
}

/** read = counted + reported for every dataset; rows the loader could not keep are among the reported. */
function accounting(data: DataSet, reportedRecords: Map<string, Set<number>>): RowAccounting[] {
  const rows: RowAccounting[] = [];
  for (const [dataset, table] of data.tables) {
    const noted = reportedRecords.get(dataset);
    const record = table.record;
    // a mark per record number rather than a Set: this runs over every row of every dataset
    let lastRecord = highestRecord(record, table.length);
    if (noted) for (const r of noted) if (r > lastRecord) lastRecord = r;
    const reported = new Uint8Array(lastRecord + 1);
    if (noted) for (const r of noted) reported[r] = 1;
    const counted = countReported(record, table.length, table.flagged, table.excluded, reported);
    const reportedCount = (noted?.size ?? 0) + counted.newlyReported;
    const { reportedInTable, excluded } = counted;
    const dropped = reportedCount - reportedInTable;
    rows.push({
      dataset,
      file: table.source.file,
      read: table.length + dropped,
      counted: table.length - reportedInTable,
      reported: reportedCount,
      excluded: excluded + dropped,
    });
  }
  return rows;
}
