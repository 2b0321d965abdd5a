/**
 * Monitoring data held column by column in typed arrays, so that millions of rows fit in memory
 * and rules run over plain numbers. A reader streams rows in; nothing keeps the raw text.
 *
 * Every cell has a state: present and valid, absent (blank), or invalid (it could not be read as
 * its field's type; a finding says so). Rules treat invalid cells as unknowable.
 */

export const enum CellState {
  Ok = 0,
  Absent = 1,
  Invalid = 2,
}

/** Day number: whole days since 1970-01-01 (UTC). Dates never carry a time or a zone. */
export type DayNumber = number;

export type ColumnKind = 'id' | 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'enum' | 'list';

interface ColumnBase {
  name: string;
  state: Uint8Array;
}

/**
 * id and string fields (ids are printed in reports). The loader keeps the strings packed in typed
 * arrays, and `values` makes each one on demand when read; `idAt(row)` does the same without
 * going through the array, for code that reads many.
 */
export interface StringColumn extends ColumnBase {
  kind: 'id' | 'string';
  values: string[];
  idAt?: (row: number) => string;
  /** The packed form of the values, for another thread; set by the loader. */
  pack?: () => PackedStrings;
}

/** Strings packed in two typed arrays: the code units of all of them, and where each ends. */
export interface PackedStore {
  chars: Uint16Array;
  ends: Int32Array;
  count: number;
}

/**
 * A string column as it crosses to another thread: its own packed strings, or (a link field) the
 * parent row each value matched, whose key is the value, and the values that matched none.
 */
export type PackedStrings =
  | { kind: 'store'; store: PackedStore }
  | { kind: 'link'; parent: string; parentOf: Int32Array; unmatched: PackedStore };

/** Free text and personal fields: never stored, only whether they were filled in. */
export interface TextColumn extends ColumnBase {
  kind: 'text';
}

/** Whole numbers whose field bounds them within 32 bits are held in an Int32Array, half the memory. */
export interface NumberColumn extends ColumnBase {
  kind: 'integer' | 'number';
  values: Float64Array | Int32Array;
}

export interface BooleanColumn extends ColumnBase {
  kind: 'boolean';
  /** 0 or 1 */
  values: Uint8Array;
}

export interface DateColumn extends ColumnBase {
  kind: 'date';
  values: Int32Array;
}

/** Index into `enumValues`, in the order the spec lists them. */
export interface EnumColumn extends ColumnBase {
  kind: 'enum';
  values: Uint16Array;
  enumValues: string[];
}

/** A list of enum values as a bit set: bit i set when enumValues[i] is in the list (32 values at most). */
export interface ListColumn extends ColumnBase {
  kind: 'list';
  values: Uint32Array;
  enumValues: string[];
}

export type Column = StringColumn | TextColumn | NumberColumn | BooleanColumn | DateColumn | EnumColumn | ListColumn;

/** Where a dataset's rows came from, so findings can say file, sheet, row and column. */
export interface TableSource {
  file: string;
  sheet?: string;
  /** field → the partner's heading and its 0-based column index */
  columns: Map<string, { heading: string; index: number }>;
}

export interface Table {
  dataset: string;
  length: number;
  columns: Map<string, Column>;
  source: TableSource;
  /** 0-based record number in the source for each row (rows are kept in source order, so usually i). */
  record: Int32Array;
  /** 1 where a row failed an error-severity data check and is left out of every target (it is reported). */
  excluded: Uint8Array;
  /** 1 where a row has at least one finding, so that rows read = rows without a finding + rows with one. */
  flagged?: Uint8Array;
}

/**
 * A many-to-one link from a child dataset to its parent, resolved once by key so that rules join
 * by index, never by search.
 */
export interface LinkIndex {
  child: string;
  parent: string;
  /** child row → parent row, or -1 when the key is unknown (reported as a finding) */
  parentOf: Int32Array;
  /** children of parent p are childRows[childStart[p] .. childStart[p + 1]), ordered by the child's order_by date, then source order */
  childStart: Int32Array;
  childRows: Int32Array;
}

/** All datasets of one run, with their links. */
export interface DataSet {
  tables: Map<string, Table>;
  /** keyed by `${child}->${parent}` */
  links: Map<string, LinkIndex>;
}
