/**
 * Coercion: each cell a reader gives becomes a typed value in a column of a Table, or a finding.
 *
 * This is the hot path (tens of millions of cells), so a plan is made once per column (which
 * source cell, which parser, which lookup maps). A blank or text cell, nearly every cell of a CSV
 * file, then goes through one switch over column types (writeText); only workbook and JSON values
 * go through the column's own closure. Ids are packed into typed arrays (IdStore), and a link field
 * whose parent was read first is resolved to the parent row as it is read, so no cell's string
 * outlives its row. Findings are built only when a cell is wrong, and rows with one are marked in
 * `flagged`.
 */
import { diagnostic, UnusableInputError, type DataLocation, type Diagnostic } from '../diagnostics.js';
import { listWords, nearestName } from '../spec/suggest.js';
import type { Dataset, Field } from '../spec/types.generated.js';
import { DATE_FORMAT_WORDS, dateParserFor, excelSerialToDay, type DateFormat } from './dates.js';
import { safeValue, type FindingCollector } from './findings.js';
import type { DatasetMapping, Mapping } from './mapping.js';
import { DayValue, type DatasetReader, type RawCell } from './readers/types.js';
import { IdStore, type IdStoreParts, lazyStrings } from './id-store.js';
import { StringIndex } from './string-index.js';
import { resizedShared, sharedArray } from './shared-memory.js';
import { CellState, type Column, type ColumnKind, type StringColumn, type Table } from './table.js';

const INITIAL_CAPACITY = 1024;

const DEFAULT_TRUE = ['true', 'yes', 'y', '1'];
const DEFAULT_FALSE = ['false', 'no', 'n', '0'];

/** Why a cell could not be read; the plan turns it into a finding. */
const enum Problem {
  None = 0,
  Absent = 1,
  BadDate = 2,
  BadNumber = 3,
  NotWhole = 4,
  OutOfRange = 5,
  BadBoolean = 6,
  NotInEnum = 7,
  BadListItem = 8,
}

/** The columns whose text cells writeText reads without a call through the plan's own closure. */
const enum TextKind {
  Other = 0,
  Store = 1,
  Link = 2,
  Text = 3,
  Number = 4,
  Boolean = 5,
  Date = 6,
  Enum = 7,
  List = 8,
}

interface ColumnPlan {
  field: string;
  spec: Field;
  kind: ColumnKind;
  /** index of the cell in the reader's rows, -1 when the column is absent */
  source: number;
  heading?: string;
  /** free text and personal fields never show their value */
  secret: boolean;
  /** the field must not be blank */
  required: boolean;
  column: Column;
  /** column.state, kept here as well: every plan has the same shape, and a column's depends on its kind */
  state: Uint8Array;
  /** writes row r from a raw cell; returns Problem.None or the problem */
  write(raw: RawCell, row: number): Problem;
  /** for enum and list problems: the item that was not allowed */
  badItem?: string;
  /** id and string fields: the text of the cell last written, for the key check */
  lastText?: string;
  /** id and string fields not resolved as links: the strings, packed */
  store?: IdStore;
  /** a link field whose parent was read first: each row's parent row, resolved as the row is read */
  link?: ResolvedLink;
  /** how writeText reads this column's trimmed text; Kind.Other when only write() knows */
  text: TextKind;
  parseDate?: (s: string) => number | undefined;
  lookup?: (s: string) => number;
  whole?: boolean;
  min?: number;
  max?: number;
  /** 1 for a yes, 0 for a no, undefined for neither */
  booleans?: (text: string) => number | undefined;
  separator?: string;
  /** list fields: the bits of each several-item text read so far (a few combinations recur) */
  listBits?: Map<string, number>;
  parentKeys?: ParentKeys;
  /** link fields: the last key matched and its parent row */
  lastKey?: string;
  lastParent?: number;
  dateFormat?: DateFormat;
}

export interface CoerceOptions {
  mapping?: Mapping;
  collector: FindingCollector;
  /** keys of datasets read already, by dataset name: link fields to them are resolved while reading */
  parents?: ReadonlyMap<string, ParentKeys>;
}

/** A dataset's keys, for the datasets that link to it. */
export interface ParentKeys {
  index: StringIndex;
  idAt(row: number): string;
  /** whether `row` is the row the index gives for `key` (its first holder), checked without hashing */
  isRowOf(row: number, key: string): boolean;
  /** the keys themselves, one per row */
  store: IdStore;
  /** rows left out (a blank or repeated key): never the row the index gives */
  excluded(): Uint8Array;
}

/**
 * A link field resolved while reading, so the child's copies of its parents' keys are never kept:
 * `parentOf[row]` is the parent row, -1 when the cell is blank or unreadable, and -2 - i when the
 * key matched no parent (`unmatched.at(i)` is the key as written, for the finding).
 */
export interface ResolvedLink {
  field: string;
  parent: string;
  parentOf: Int32Array;
  unmatched: IdStore;
}

/** Lower case, trimmed, and runs of spaces, hyphens and underscores as one underscore: "Very good" → very_good. */
export function normaliseWord(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** The heading → field matching: the mapping's heading, else the field name; case and spacing are ignored. */
function findColumn(headings: string[], wanted: string): number {
  const exact = wanted.trim().toLowerCase();
  let index = headings.findIndex((h) => h.trim().toLowerCase() === exact);
  if (index >= 0) return index;
  const loose = normaliseWord(wanted);
  index = headings.findIndex((h) => normaliseWord(h) === loose);
  return index;
}

function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  return first === 32 || last === 32 || first === 9 || last === 9 || first === 160 || last === 160 || last === 13 ? s.trim() : s;
}

/** A growable typed array of the given constructor. */
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

function grown<T extends TypedArray>(array: T, capacity: number): T {
  return resizedShared(array, capacity);
}

/** A builder for the reader's rows; when its headings are unusable the reader's file is let go before the error goes on. */
export async function tableBuilderFor(dataset: string, spec: Dataset, reader: DatasetReader, options: CoerceOptions): Promise<TableBuilder> {
  try {
    return new TableBuilder(dataset, spec, reader, options);
  } catch (error) {
    await reader.close?.().catch(() => {});
    throw error;
  }
}

/**
 * Builds one dataset's Table from a reader: plan the columns, stream the rows in, check keys.
 */
export class TableBuilder {
  private capacity = INITIAL_CAPACITY;
  private length = 0;
  private record = sharedArray(Int32Array, INITIAL_CAPACITY);
  private excluded = sharedArray(Uint8Array, INITIAL_CAPACITY);
  private flagged = sharedArray(Uint8Array, INITIAL_CAPACITY);
  private readonly plans: ColumnPlan[] = [];
  private readonly columns = new Map<string, Column>();
  private readonly collector: FindingCollector;
  private keyRows: StringIndex | undefined;
  private keyPlan: ColumnPlan | undefined;
  private blankRows = 0;

  constructor(
    readonly dataset: string,
    private readonly spec: Dataset,
    private readonly reader: DatasetReader,
    options: CoerceOptions,
  ) {
    this.collector = options.collector;
    const datasetMapping = options.mapping?.datasets?.[dataset] ?? {};
    const booleans = booleanSpellings(options.mapping);
    const missingRequired: Diagnostic[] = [];
    const used = new Set<number>();
    for (const [field, fieldSpec] of Object.entries(spec.fields)) {
      const heading = datasetMapping.columns?.[field] ?? field;
      const source = findColumn(reader.headings, heading);
      if (source >= 0) used.add(source);
      const parentName = Object.values(spec.links ?? {}).find((l) => l.field === field)?.to;
      const parent = parentName === undefined ? undefined : options.parents?.get(parentName);
      const plan = makePlan(field, fieldSpec, source, source >= 0 ? reader.headings[source] : undefined, datasetMapping, options.mapping, booleans, parent && parentName ? { name: parentName, keys: parent } : undefined);
      this.plans.push(plan);
      this.columns.set(field, plan.column);
      if (source < 0 && !reader.headingsUnknown) {
        const mapped = datasetMapping.columns?.[field] !== undefined;
        const finding = diagnostic(
          'data-missing-column',
          `${reader.sheet ? `Sheet "${reader.sheet}" of ${reader.file}` : reader.file} has no column "${heading}" for the ${dataset} field ${field}${mapped ? ' (the heading the mapping gives)' : ''}. Its headings are ${listWords(reader.headings.map((h) => `"${h}"`)) || 'none'}. ${
            fieldSpec.required
              ? `Add the column, or map ${field} to the right heading under columns: in the mapping.`
              : `The field is optional, so it was read as blank in every row; map it under columns: if the export has it under another heading.`
          }`,
          this.fileLocation({ field }),
          { severity: fieldSpec.required ? 'error' : reader.sparse ? 'info' : 'warning' },
        );
        if (fieldSpec.required) missingRequired.push(finding);
        else this.collector.add(finding);
      }
    }
    if (missingRequired.length > 0) throw new UnusableInputError(missingRequired);
    reader.headings.forEach((heading, index) => {
      if (used.has(index) || heading.trim() === '') return;
      this.collector.add(
        diagnostic('data-extra-column', `Column "${heading}" of ${reader.file} is not a field of the ${dataset} dataset, so it was not read. Nothing to do unless it should be one; then map it under columns: in the mapping.`, {
          ...this.fileLocation({}),
          column: heading,
          columnIndex: index,
        }, { severity: 'info' }),
      );
    });
    if (spec.key) {
      this.keyPlan = this.plans.find((p) => p.field === spec.key);
      const store = this.keyPlan?.store;
      if (store && !this.keyPlan?.link) this.keyRows = new StringIndex((row, key) => store.equals(row, key));
    }
  }

  private fileLocation(extra: Partial<DataLocation>): DataLocation {
    return { kind: 'data', file: this.reader.file, sheet: this.reader.sheet, dataset: this.dataset, record: -1, ...extra };
  }

  /** Reads every row of the reader; `onRows` hears the running count. */
  async readAll(onRows?: (rows: number) => void): Promise<void> {
    let reported = 0;
    let reserved = false;
    await this.reader.pump(
      (cells, record, unreadable) => this.addRow(cells, record, unreadable),
      () => {
        onRows?.(this.length - reported);
        reported = this.length;
        if (!reserved) reserved = this.reserve();
      },
    );
    if (this.blankRows > 0) {
      this.collector.add(
        diagnostic('data-blank-rows', `${this.blankRows} blank row${this.blankRows === 1 ? ' was' : 's were'} skipped in ${this.reader.file}. Nothing to do; they hold no record.`, this.fileLocation({}), {
          severity: 'info',
        }),
      );
    }
  }

  /**
   * After the first piece: room for the rows the rest of the file will hold at the same bytes per
   * row, plus a little, so the arrays are sized once. True once the estimate has been made.
   */
  private reserve(): boolean {
    const bytes = this.reader.bytes?.();
    if (!bytes || bytes.read === 0 || this.length === 0) return bytes === undefined;
    const expected = Math.ceil((this.length * bytes.total * 1.03) / bytes.read) + 16;
    if (expected > this.capacity) this.resize(expected);
    this.keyRows?.reserve(expected);
    // packed strings too: growing them by doubling touches twice the memory they end up needing
    for (const plan of this.plans) plan.store?.reserve(expected);
    return true;
  }

  private addRow(cells: RawCell[], record: number, unreadable: boolean): void {
    const plans = this.plans;
    if (!unreadable && isBlankRow(cells)) {
      this.blankRows++;
      return;
    }
    const row = this.length;
    if (row === this.capacity) this.grow();
    this.length++;
    this.record[row] = record;
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p];
      const raw = plan.source >= 0 ? cells[plan.source] : undefined;
      // text from CSV is nearly every cell: one function for every column type is far cheaper here
      // than a call through each column's own closure
      let problem: Problem;
      // every column type reads a blank cell (CSV gives null) the same way
      if (raw === null || raw === undefined) problem = writeAbsent(plan, row);
      else if (typeof raw === 'string' && plan.text !== TextKind.Other) {
        const text = trimmed(raw);
        problem = text.length === 0 ? writeAbsent(plan, row) : writeText(plan, text, row);
      } else problem = plan.write(raw, row);
      if (problem !== Problem.None && (problem !== Problem.Absent || plan.required)) this.report(plan, problem, raw, row, record);
    }
    if (unreadable) this.flagged[row] = 1;
    if (this.keyRows) this.checkKey(row, record);
  }

  private checkKey(row: number, record: number): void {
    const plan = this.keyPlan!;
    if (plan.column.state[row] !== CellState.Ok) {
      this.excluded[row] = 1;
      return;
    }
    const key = plan.lastText!;
    const first = this.keyRows!.add(key, row);
    if (first === -1) return;
    this.excluded[row] = 1;
    this.flagged[row] = 1;
    const at = this.cellLocation(plan, record);
    if (!this.collector.wants('data-duplicate-key', at)) return this.collector.count('data-duplicate-key', 'error', at);
    this.collector.add(
      diagnostic(
        'data-duplicate-key',
        `${plan.field} "${safeValue(key)}" appears again; row ${this.record[first] + 2} already has it, so this row was left out of every target. Remove the duplicate or give it its own ${plan.field}.`,
        at,
        { value: safeValue(key) },
      ),
    );
  }

  private cellLocation(plan: ColumnPlan, record: number): DataLocation {
    return {
      kind: 'data',
      file: this.reader.file,
      sheet: this.reader.sheet,
      dataset: this.dataset,
      record,
      column: plan.heading,
      columnIndex: plan.source >= 0 ? plan.source : undefined,
      field: plan.field,
    };
  }

  private report(plan: ColumnPlan, problem: Problem, raw: RawCell, row: number, record: number): void {
    this.flagged[row] = 1;
    const code = PROBLEM_CODES[problem];
    const at = this.cellLocation(plan, record);
    if (!this.collector.wants(code, at)) return this.collector.count(code, 'error', at);
    const shown = plan.secret ? undefined : safeValue(raw instanceof DayValue ? raw.day : raw);
    const quoted = shown === undefined ? 'The value' : `"${shown}"`;
    let message: string;
    switch (problem) {
      case Problem.Absent:
        message = `${plan.field} is required but blank. Fill it in, or correct the export.`;
        break;
      case Problem.BadDate:
        message = `${quoted} is not a date ${plan.field} can be read as. Write it as ${DATE_FORMAT_WORDS[plan.dateFormat ?? 'auto']}${plan.dateFormat === 'auto' ? '' : ', or set dates: in the mapping'}.`;
        break;
      case Problem.BadNumber:
        message = `${quoted} is not a number. Write ${plan.field} as digits only, such as 42.`;
        break;
      case Problem.NotWhole:
        message = `${quoted} is not a whole number, and ${plan.field} must be one. Correct the value.`;
        break;
      case Problem.OutOfRange:
        message = `${quoted} is outside the range ${rangeWords(plan.spec)} allowed for ${plan.field}. Correct the value.`;
        break;
      case Problem.BadBoolean:
        message = `${quoted} is not a yes or no answer for ${plan.field}. Write yes or no (or true/false, y/n, 1/0), or list the spelling under booleans: in the mapping.`;
        break;
      case Problem.NotInEnum:
      case Problem.BadListItem: {
        const allowed = plan.spec.values ?? [];
        const item = plan.badItem ?? shown ?? '';
        const near = nearestName(normaliseWord(item), allowed);
        const inList = problem === Problem.BadListItem ? ` in the list ${quoted}` : '';
        message = `"${safeValue(item)}"${inList} is not one of the values allowed for ${plan.field}: ${listWords(allowed, 'or')}.${near ? ` Did you mean ${near}?` : ''} Correct the value, or map it under values: in the mapping.`;
        break;
      }
      default:
        message = `${quoted} could not be read for ${plan.field}.`;
    }
    this.collector.add(diagnostic(code, message, at, shown === undefined || shown === '' ? {} : { value: shown }));
  }

  private grow(): void {
    this.resize(this.capacity * 2);
  }

  private resize(capacity: number): void {
    this.record = grown(this.record, capacity);
    this.excluded = grown(this.excluded, capacity);
    this.flagged = grown(this.flagged, capacity);
    for (const plan of this.plans) {
      growColumn(plan.column, capacity);
      plan.state = plan.column.state;
      if (plan.link) plan.link.parentOf = grown(plan.link.parentOf, capacity);
    }
    this.capacity = capacity;
  }

  /** The finished table, its arrays cut to length. */
  finish(): Table {
    const n = this.length;
    for (const column of this.columns.values()) trimColumn(column, n);
    for (const plan of this.plans) {
      plan.store?.trim();
      if (plan.link) plan.link.parentOf = fitted(plan.link.parentOf, n);
    }
    const columnsBySource = new Map<string, { heading: string; index: number }>();
    for (const plan of this.plans) if (plan.source >= 0 && plan.heading !== undefined) columnsBySource.set(plan.field, { heading: plan.heading, index: plan.source });
    return {
      dataset: this.dataset,
      length: n,
      columns: this.columns,
      source: { file: this.reader.file, sheet: this.reader.sheet, columns: columnsBySource },
      record: fitted(this.record, n),
      excluded: fitted(this.excluded, n),
      flagged: fitted(this.flagged, n),
    };
  }

  /** key → the first row holding it, for datasets with a key */
  keyIndex(): StringIndex | undefined {
    return this.keyRows;
  }

  /** The key index with a way to read each row's key back, for the datasets linking to this one. */
  parentKeys(): ParentKeys | undefined {
    const store = this.keyPlan?.store;
    if (!this.keyRows || !store) return undefined;
    // asked for once the table is finished, so its rows are all in
    const rows = this.length;
    const excluded = this.excluded.subarray(0, rows);
    // a row left out holds a blank or repeated key: never the one the index gives
    return {
      index: this.keyRows,
      idAt: (row) => store.at(row),
      isRowOf: (row, key) => row < rows && excluded[row] === 0 && store.equals(row, key),
      store,
      excluded: () => excluded,
    };
  }

  /**
   * The link fields kept as packed strings (their parent is read elsewhere) as they stand now: the
   * rows so far, and each field's strings and cell states, to be resolved while the rest is read.
   */
  storedLinksSoFar(): { rows: number; links: { field: string; store: IdStoreParts; state: Uint8Array }[] } {
    const links = Object.values(this.spec.links ?? {}).map((l) => l.field);
    return {
      rows: this.length,
      links: this.plans.filter((plan) => plan.store && links.includes(plan.field)).map((plan) => ({ field: plan.field, store: plan.store!.parts(), state: plan.state })),
    };
  }

  /** The packed strings of id and string fields not resolved as links, by field. */
  stores(): Map<string, IdStore> {
    const stores = new Map<string, IdStore>();
    for (const plan of this.plans) if (plan.store) stores.set(plan.field, plan.store);
    return stores;
  }

  /** The link fields resolved while reading (after finish()). */
  resolvedLinks(): ResolvedLink[] {
    return this.plans.flatMap((plan) => (plan.link ? [plan.link] : []));
  }

  /** Marks a row as having a finding found after reading (an unknown link, say). */
  static flag(table: Table, row: number): void {
    if (table.flagged) table.flagged[row] = 1;
  }
}

const PROBLEM_CODES: Record<Problem, string> = {
  [Problem.None]: '',
  [Problem.Absent]: 'data-missing-required',
  [Problem.BadDate]: 'data-bad-date',
  [Problem.BadNumber]: 'data-bad-number',
  [Problem.NotWhole]: 'data-bad-number',
  [Problem.OutOfRange]: 'data-out-of-range',
  [Problem.BadBoolean]: 'data-bad-boolean',
  [Problem.NotInEnum]: 'data-not-in-enum',
  [Problem.BadListItem]: 'data-not-in-enum',
};

function rangeWords(field: Field): string {
  if (field.minimum !== undefined && field.maximum !== undefined) return `${field.minimum} to ${field.maximum}`;
  if (field.minimum !== undefined) return `${field.minimum} or more`;
  return `up to ${field.maximum}`;
}

function isBlankRow(cells: RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c === 'string') {
      if (c.length === 0 || trimmed(c).length === 0) continue;
    }
    return false;
  }
  return true;
}

function booleanSpellings(mapping: Mapping | undefined): (text: string) => number | undefined {
  const spellings = new Map<string, number>();
  for (const s of mapping?.booleans?.true ?? DEFAULT_TRUE) spellings.set(s.trim().toLowerCase(), 1);
  for (const s of mapping?.booleans?.false ?? DEFAULT_FALSE) spellings.set(s.trim().toLowerCase(), 0);
  // as for choices (enumLookup): a handful of spellings are found faster by comparing than by hashing
  const words = [...spellings.keys()];
  const answers = words.map((word) => spellings.get(word)!);
  const exactly = (text: string): number | undefined => {
    for (let i = 0; i < words.length; i++) if (words[i] === text) return answers[i];
    return undefined;
  };
  const lookup = words.length <= 16 ? exactly : (text: string) => spellings.get(text);
  return (text) => lookup(text) ?? lookup(text.toLowerCase());
}

function dateFormatFor(field: string, datasetMapping: DatasetMapping, mapping: Mapping | undefined): DateFormat {
  const dates = datasetMapping.dates;
  if (typeof dates === 'string') return dates;
  if (dates && typeof dates === 'object') return dates[field] ?? dates.default ?? mapping?.dates ?? 'auto';
  return mapping?.dates ?? 'auto';
}

/** The mapping's own spellings for one field, matched exactly first and then ignoring case. */
function valueReplacements(field: string, datasetMapping: DatasetMapping): Map<string, string> | undefined {
  const values = datasetMapping.values?.[field];
  if (!values) return undefined;
  const replacements = new Map<string, string>();
  for (const [theirs, ours] of Object.entries(values)) replacements.set(theirs, String(ours));
  for (const [theirs, ours] of Object.entries(values)) {
    const loose = theirs.trim().toLowerCase();
    if (!replacements.has(loose)) replacements.set(loose, String(ours));
  }
  return replacements;
}

function kindOf(field: Field): ColumnKind {
  if (field.personal && (field.type === 'string' || field.type === 'id')) return 'text';
  return field.type;
}

function newColumn(name: string, field: Field, kind: ColumnKind): Column {
  const state = sharedArray(Uint8Array, INITIAL_CAPACITY);
  switch (kind) {
    case 'id':
    case 'string':
      return { kind, name, state, values: [] };
    case 'text':
      return { kind, name, state };
    case 'integer':
    case 'number': {
      const bounded = kind === 'integer' && field.minimum !== undefined && field.maximum !== undefined && field.minimum >= -(2 ** 31) && field.maximum < 2 ** 31;
      return { kind, name, state, values: bounded ? sharedArray(Int32Array, INITIAL_CAPACITY) : sharedArray(Float64Array, INITIAL_CAPACITY) };
    }
    case 'boolean':
      return { kind, name, state, values: sharedArray(Uint8Array, INITIAL_CAPACITY) };
    case 'date':
      return { kind, name, state, values: sharedArray(Int32Array, INITIAL_CAPACITY) };
    case 'enum':
      return { kind, name, state, values: sharedArray(Uint16Array, INITIAL_CAPACITY), enumValues: [...(field.values ?? [])] };
    case 'list':
      return { kind, name, state, values: sharedArray(Uint32Array, INITIAL_CAPACITY), enumValues: [...(field.values ?? [])] };
  }
}

function growColumn(column: Column, capacity: number): void {
  column.state = grown(column.state, capacity);
  if (column.kind === 'id' || column.kind === 'string' || column.kind === 'text') return;
  column.values = grown(column.values as TypedArray, capacity) as never;
}

function trimColumn(column: Column, length: number): void {
  column.state = fitted(column.state, length);
  if (column.kind === 'id' || column.kind === 'string' || column.kind === 'text') return;
  column.values = fitted(column.values as TypedArray, length) as never;
}

/**
 * The first `length` items, as a view: the room beyond them was reserved from the file size and
 * never written, and pages never written take no memory, so a copy would only cost time.
 */
function fitted<T extends TypedArray>(array: T, length: number): T {
  return array.length === length ? array : (array.subarray(0, length) as T);
}

/**
 * The lookup for enum values: the spec's values, its aliases and the mapping's spellings, exactly;
 * anything else is normalised (case, spaces) and looked up again, and the answer remembered.
 */
function enumLookup(field: Field, replacements: Map<string, string> | undefined): (text: string) => number {
  const values = field.values ?? [];
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  values.forEach((v, i) => {
    exact.set(v, i);
    loose.set(normaliseWord(v), i);
  });
  const addSpelling = (spelling: string, target: string): void => {
    const index = exact.get(target) ?? loose.get(normaliseWord(target));
    if (index === undefined) return;
    exact.set(spelling, index);
    loose.set(normaliseWord(spelling), index);
  };
  for (const [alias, target] of Object.entries(field.aliases ?? {})) addSpelling(alias, target);
  for (const [theirs, ours] of replacements ?? []) addSpelling(theirs, ours);
  const remembered = new Map<string, number>();
  // A handful of spellings are found faster by comparing strings than by hashing a fresh one.
  const spellings = [...exact.keys()];
  const indexes = spellings.map((spelling) => exact.get(spelling)!);
  const few = spellings.length <= 16;
  return (text: string): number => {
    if (few) {
      for (let i = 0; i < spellings.length; i++) if (spellings[i] === text) return indexes[i];
    } else {
      const hit = exact.get(text);
      if (hit !== undefined) return hit;
    }
    const seen = remembered.get(text);
    if (seen !== undefined) return seen;
    const index = loose.get(normaliseWord(text)) ?? -1;
    // bounded: a column of free-typed junk must not grow this without limit
    if (remembered.size < 10000) remembered.set(text, index);
    return index;
  };
}

function makePlan(
  field: string,
  spec: Field,
  source: number,
  heading: string | undefined,
  datasetMapping: DatasetMapping,
  mapping: Mapping | undefined,
  booleans: (text: string) => number | undefined,
  parent?: { name: string; keys: ParentKeys },
): ColumnPlan {
  const kind = kindOf(spec);
  const column = newColumn(field, spec, kind);
  const replacements = valueReplacements(field, datasetMapping);
  const replace = (s: string): string => {
    if (!replacements) return s;
    return replacements.get(s) ?? replacements.get(s.trim().toLowerCase()) ?? s;
  };
  // Every plan has every field from the start, so all plans share one shape: addRow and writeText
  // read them for every cell of every column, and V8 reads a field of one shape fastest.
  const plan: ColumnPlan = {
    field,
    spec,
    kind,
    source,
    heading,
    secret: kind === 'text' || spec.personal === true,
    required: spec.required === true,
    column,
    state: column.state,
    write: () => Problem.None,
    badItem: undefined,
    lastText: undefined,
    store: undefined,
    link: undefined,
    text: TextKind.Other,
    parseDate: undefined,
    lookup: undefined,
    whole: undefined,
    min: undefined,
    max: undefined,
    booleans: undefined,
    separator: undefined,
    listBits: undefined,
    parentKeys: undefined,
    lastKey: undefined,
    lastParent: undefined,
    dateFormat: undefined,
  };
  /** The cell as trimmed text, or undefined when blank. Numbers and booleans from workbooks and JSON become text. */
  const textOf = (raw: RawCell): string | undefined => {
    if (raw === null || raw === undefined) return undefined;
    let s: string;
    if (typeof raw === 'string') s = trimmed(raw);
    else if (typeof raw === 'number' || typeof raw === 'boolean') s = String(raw);
    else if (raw instanceof DayValue) s = String(raw.day);
    else if (Array.isArray(raw)) s = raw.join(spec.separator ?? ';');
    else s = safeValue(raw);
    if (s.length === 0) return undefined;
    return replacements ? replace(s) : s;
  };

  switch (column.kind) {
    case 'id':
    case 'string': {
      if (parent) {
        const link: ResolvedLink = { field, parent: parent.name, parentOf: sharedArray(Int32Array, INITIAL_CAPACITY), unmatched: new IdStore() };
        plan.link = link;
        column.idAt = (row) => {
          const p = link.parentOf[row];
          return p >= 0 ? parent.keys.idAt(p) : p === -1 ? '' : link.unmatched.at(-2 - p);
        };
        column.values = lazyStrings(() => column.state.length, column.idAt);
        column.pack = () => ({ kind: 'link', parent: parent.name, parentOf: link.parentOf, unmatched: link.unmatched.parts() });
        plan.parentKeys = parent.keys;
        plan.lastKey = '';
        plan.lastParent = -1;
        plan.text = replacements ? TextKind.Other : TextKind.Link;
        plan.write = (raw, row) => {
          const s = textOf(raw);
          return s === undefined ? writeAbsent(plan, row) : writeText(plan, s, row);
        };
        break;
      }
      const store = new IdStore(INITIAL_CAPACITY);
      plan.store = store;
      column.values = storedStrings(store);
      column.idAt = (row) => store.at(row);
      column.pack = () => ({ kind: 'store', store: store.parts() });
      plan.text = replacements ? TextKind.Other : TextKind.Store;
      plan.write = (raw, row) => {
        const s = textOf(raw);
        return s === undefined ? writeAbsent(plan, row) : writeText(plan, s, row);
      };
      break;
    }
    case 'text': {
      plan.text = TextKind.Text;
      plan.write = (raw, row) => {
        if (textOf(raw) === undefined) {
          column.state[row] = CellState.Absent;
          return Problem.Absent;
        }
        return Problem.None;
      };
      break;
    }
    case 'integer':
    case 'number': {
      plan.whole = column.kind === 'integer';
      plan.min = spec.minimum ?? -Infinity;
      plan.max = spec.maximum ?? Infinity;
      plan.text = replacements ? TextKind.Other : TextKind.Number;
      plan.write = (raw, row) => {
        if (typeof raw !== 'number' || replacements) {
          const s = textOf(raw);
          return s === undefined ? writeAbsent(plan, row) : writeText(plan, s, row);
        }
        return writeNumber(plan, raw, row);
      };
      break;
    }
    case 'boolean': {
      plan.booleans = booleans;
      plan.text = replacements ? TextKind.Other : TextKind.Boolean;
      plan.write = (raw, row) => {
        if (typeof raw === 'boolean' && !replacements) {
          (column as { values: Uint8Array }).values[row] = raw ? 1 : 0;
          return Problem.None;
        }
        const s = textOf(raw);
        return s === undefined ? writeAbsent(plan, row) : writeText(plan, s, row);
      };
      break;
    }
    case 'date': {
      const format = dateFormatFor(field, datasetMapping, mapping);
      plan.dateFormat = format;
      plan.parseDate = dateParserFor(format);
      const serialsAllowed = format === 'auto' || format === 'excel-serial';
      plan.text = replacements ? TextKind.Other : TextKind.Date;
      plan.write = (raw, row) => {
        let day: number | undefined;
        if (raw instanceof DayValue) day = raw.day;
        else if (typeof raw === 'number' && serialsAllowed) day = excelSerialToDay(raw);
        else {
          const s = textOf(raw);
          return s === undefined ? writeAbsent(plan, row) : writeText(plan, s, row);
        }
        if (day === undefined) {
          column.state[row] = CellState.Invalid;
          return Problem.BadDate;
        }
        (column as { values: Int32Array }).values[row] = day;
        return Problem.None;
      };
      break;
    }
    case 'enum': {
      plan.lookup = enumLookup(spec, replacements);
      // the lookup knows the mapping's spellings, so text is never replaced first
      plan.text = TextKind.Enum;
      plan.write = (raw, row) => {
        const s = typeof raw === 'string' ? trimmed(raw) : textOf(raw);
        return s === undefined || s.length === 0 ? writeAbsent(plan, row) : writeText(plan, s, row);
      };
      break;
    }
    case 'list': {
      const lookup = enumLookup(spec, replacements);
      const separator = spec.separator ?? ';';
      plan.lookup = lookup;
      plan.separator = separator;
      plan.listBits = new Map();
      plan.text = replacements ? TextKind.Other : TextKind.List;
      plan.write = (raw, row) => {
        const items: string[] = Array.isArray(raw) ? raw.map((x) => String(x)) : (textOf(raw)?.split(separator) ?? []);
        let bits = 0;
        let any = false;
        for (const item of items) {
          const word = item.trim();
          if (word === '') continue;
          any = true;
          const index = lookup(word);
          if (index < 0 || index > 31) {
            column.state[row] = CellState.Invalid;
            plan.badItem = word;
            return Problem.BadListItem;
          }
          bits |= 1 << index;
        }
        if (!any) {
          column.state[row] = CellState.Absent;
          return Problem.Absent;
        }
        (column as { values: Uint32Array }).values[row] = bits >>> 0;
        return Problem.None;
      };
      break;
    }
  }
  return plan;
}

/** A blank cell. */
function writeAbsent(plan: ColumnPlan, row: number): Problem {
  plan.state[row] = CellState.Absent;
  if (plan.store) plan.store.push('');
  else if (plan.link) plan.link.parentOf[row] = -1;
  return Problem.Absent;
}

/** A cell's trimmed, non-blank text into its column: one switch for every column type (see addRow). */
function writeText(plan: ColumnPlan, text: string, row: number): Problem {
  const column = plan.column;
  switch (plan.text) {
    case TextKind.Store:
    case TextKind.Other: // id and string fields whose text the mapping replaced first
      if (plan.store) {
        plan.store.push(text);
        plan.lastText = text;
        return Problem.None;
      }
      if (plan.link) return writeLink(plan, text, row);
      return Problem.None;
    case TextKind.Link:
      return writeLink(plan, text, row);
    case TextKind.Text:
      return Problem.None;
    case TextKind.Number:
      return writeNumber(plan, parseNumber(text), row);
    case TextKind.Boolean: {
      const b = plan.booleans!(text);
      if (b === undefined) {
        plan.state[row] = CellState.Invalid;
        return Problem.BadBoolean;
      }
      (column as { values: Uint8Array }).values[row] = b;
      return Problem.None;
    }
    case TextKind.Date: {
      const day = plan.parseDate!(text);
      if (day === undefined) {
        plan.state[row] = CellState.Invalid;
        return Problem.BadDate;
      }
      (column as { values: Int32Array }).values[row] = day;
      return Problem.None;
    }
    case TextKind.List: {
      // several items go the general way once per spelling; one item (most lists) needs no array
      if (text.indexOf(plan.separator!) >= 0) {
        const values = (column as { values: Uint32Array }).values;
        const known = plan.listBits!.get(text);
        if (known !== undefined) {
          values[row] = known;
          return Problem.None;
        }
        const problem = plan.write(text, row);
        // bounded: a column of free-typed lists must not grow this without limit
        if (problem === Problem.None && plan.listBits!.size < 4096) plan.listBits!.set(text, values[row]);
        return problem;
      }
      const word = text.trim();
      if (word === '') return writeAbsent(plan, row);
      const index = plan.lookup!(word);
      if (index < 0 || index > 31) {
        plan.state[row] = CellState.Invalid;
        plan.badItem = word;
        return Problem.BadListItem;
      }
      (column as { values: Uint32Array }).values[row] = (1 << index) >>> 0;
      return Problem.None;
    }
    case TextKind.Enum: {
      const index = plan.lookup!(text);
      if (index < 0) {
        plan.state[row] = CellState.Invalid;
        plan.badItem = text;
        return Problem.NotInEnum;
      }
      (column as { values: Uint16Array }).values[row] = index;
      return Problem.None;
    }
  }
}

function writeNumber(plan: ColumnPlan, n: number, row: number): Problem {
  const column = plan.column;
  if (!Number.isFinite(n)) {
    plan.state[row] = CellState.Invalid;
    return Problem.BadNumber;
  }
  if (plan.whole && !Number.isInteger(n)) {
    plan.state[row] = CellState.Invalid;
    return Problem.NotWhole;
  }
  if (n < plan.min! || n > plan.max!) {
    plan.state[row] = CellState.Invalid;
    return Problem.OutOfRange;
  }
  (column as { values: Float64Array | Int32Array }).values[row] = n;
  return Problem.None;
}

/**
 * A link field's key to its parent row. A child's rows usually come together (a person's contacts
 * one after another) and in the parent's order, so the last key matched and the next few parent
 * rows are tried before the hash table, which is too big to stay in the CPU's cache.
 */
function writeLink(plan: ColumnPlan, key: string, row: number): Problem {
  const link = plan.link!;
  if (key === plan.lastKey) {
    link.parentOf[row] = plan.lastParent!;
    return Problem.None;
  }
  const keys = plan.parentKeys!;
  const last = plan.lastParent!;
  let p = -1;
  for (let next = last + 1; next <= last + 3; next++) {
    if (keys.isRowOf(next, key)) {
      p = next;
      break;
    }
  }
  if (p < 0) p = keys.index.get(key);
  if (p >= 0) {
    plan.lastKey = key;
    plan.lastParent = p;
    link.parentOf[row] = p;
  } else link.parentOf[row] = -2 - link.unmatched.push(key);
  return Problem.None;
}

/** A string column's values read from its packed store. */
export function storedStrings(store: IdStore): string[] {
  return lazyStrings(
    () => store.size,
    (row) => store.at(row),
  );
}

/**
 * A link field read without its parent (on another thread), resolved in one go: each row's key
 * looked up in the parent's keys by its characters, trying the last match and the next parent rows
 * first. The column then reads its keys through the parent rows, like a link resolved while
 * reading, and `store` (every row's key) can go: only unmatched keys are kept.
 */
export function resolveStoredLink(column: StringColumn, parentName: string, store: IdStore, parent: ParentKeys): ResolvedLink {
  return new StoredLinkResolver(parentName, parent).finish(column, store);
}

/**
 * A link field read on another thread, whose keys (kept there as packed strings) are resolved to
 * parent rows here: as its rows come in (resolve(), while the rest of the file is still read), then
 * the last of them (finish()). Resolved in pieces or in one go, every row gets the same answer.
 */
export class StoredLinkResolver {
  private parentOf = sharedArray(Int32Array, INITIAL_CAPACITY);
  private readonly unmatched = new IdStore(16);
  private done = 0;
  // the last row matched, and its parent: a child's rows usually come together and in the parent's order
  private lastRow = -1;
  private lastParent = -1;

  constructor(
    private readonly parentName: string,
    private readonly parent: ParentKeys,
  ) {}

  /** Resolves the rows before `rows`, whose keys and cell states are in `store` and `state` as they are now. */
  resolve(store: IdStore, state: Uint8Array, rows: number): void {
    if (rows <= this.done) return;
    if (rows > this.parentOf.length) this.parentOf = resizedShared(this.parentOf, Math.max(rows, this.parentOf.length * 2));
    const parentOf = this.parentOf;
    const unmatched = this.unmatched;
    const parentStore = this.parent.store;
    const index = this.parent.index;
    const excluded = this.parent.excluded();
    const parentRows = excluded.length;
    let current = 0;
    const matches = (row: number): boolean => parentStore.equalsIn(row, store, current);
    let lastRow = this.lastRow;
    let lastParent = this.lastParent;
    for (let row = this.done; row < rows; row++) {
      if (state[row] !== CellState.Ok) {
        parentOf[row] = -1;
        continue;
      }
      if (lastRow >= 0 && store.equalsIn(row, store, lastRow)) {
        parentOf[row] = lastParent;
        continue;
      }
      let p = -1;
      for (let next = lastParent + 1; next <= lastParent + 3 && next < parentRows; next++) {
        if (excluded[next] === 0 && parentStore.equalsIn(next, store, row)) {
          p = next;
          break;
        }
      }
      if (p < 0) {
        current = row;
        p = store.findIn(index, row, matches);
      }
      if (p >= 0) {
        lastRow = row;
        lastParent = p;
        parentOf[row] = p;
      } else parentOf[row] = -2 - unmatched.push(store.at(row));
    }
    this.lastRow = lastRow;
    this.lastParent = lastParent;
    this.done = rows;
  }

  /** Resolves the rows left, and makes `column` read each row's key through its parent. */
  finish(column: StringColumn, store: IdStore): ResolvedLink {
    const n = column.state.length;
    this.resolve(store, column.state, n);
    const parentOf = fitted(this.parentOf, n);
    const unmatched = this.unmatched;
    const parent = this.parent;
    const parentName = this.parentName;
    unmatched.trim();
    column.idAt = (row) => {
      const p = parentOf[row];
      return p >= 0 ? parent.idAt(p) : p === -1 ? '' : unmatched.at(-2 - p);
    };
    column.values = lazyStrings(() => n, column.idAt);
    column.pack = () => ({ kind: 'link', parent: parentName, parentOf, unmatched: unmatched.parts() });
    return { field: column.name, parent: parentName, parentOf, unmatched };
  }
}

/** A plain decimal number: digits, one point, an optional sign. No thousands separators, hex or exponents. */
function parseNumber(s: string): number {
  let digits = 0;
  let points = 0;
  let whole = 0;
  let onlyDigits = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      whole = whole * 10 + (c - 48);
    } else if (c === 46) {
      points++;
      onlyDigits = false;
    } else if ((c === 45 || c === 43) && i === 0) onlyDigits = false;
    else return NaN;
  }
  if (digits === 0 || points > 1) return NaN;
  // plain digits (nearly every cell) are exact as summed while no more than 15 of them
  return onlyDigits && digits <= 15 ? whole : Number(s);
}
