import type { Diagnostic } from '../../diagnostics.js';
import type { DayNumber } from '../table.js';

/** A workbook cell that held a real date: unambiguous, unlike text, so it is kept as a day. */
export class DayValue {
  constructor(readonly day: DayNumber) {}
}

/**
 * One cell as a reader found it. CSV gives strings only; workbooks and JSON also give numbers,
 * booleans, blanks, days, and (JSON) arrays for list fields or objects that are simply wrong.
 */
export type RawCell = string | number | boolean | null | undefined | DayValue | readonly unknown[] | object;

export interface RowBatch {
  rows: RawCell[][];
  /** 0-based record number of each row; absent when the rows simply continue the count. */
  records?: number[];
  /** rows that could not be read at all (reported already): kept as flagged rows with every field blank */
  unreadable?: boolean[];
}

/** One dataset's rows as they stream out of a file or sheet. */
export interface DatasetReader {
  /** The path as the user gave it, for messages. */
  file: string;
  sheet?: string;
  /** The headings as found in the source; each row's cells are in this order. */
  headings: string[];
  /** true when the source has no records to take headings from (an empty JSON list): no column can be missing */
  headingsUnknown?: boolean;
  /** JSON records leave out keys they have no value for, so an optional field never seen is not worth a warning */
  sparse?: boolean;
  /**
   * Streams every row to `onRow`, with its 0-based record number. A callback rather than batches so
   * that CSV rows die young: holding a piece's rows until it is parsed costs more in garbage
   * collection than the parsing.
   */
  pump(onRow: RowSink, onPiece?: () => void): Promise<void>;
  /**
   * How far through its source the reader is, in bytes, when it knows: lets a table reserve room
   * for every row after the first piece instead of doubling its arrays again and again.
   */
  bytes?(): { read: number; total: number };
  /** Lets go of the file when the rows will not be pumped after all (pump() lets go when it ends). */
  close?(): Promise<void>;
}

/** `unreadable`: the record could not be read at all (already reported); its cells are blank. */
export type RowSink = (cells: RawCell[], record: number, unreadable: boolean) => void;

/** pump() for readers that produce batches. */
export function pumpBatches(batches: () => AsyncIterable<RowBatch>): DatasetReader['pump'] {
  return async (onRow, onPiece) => {
    let next = 0;
    for await (const { rows, records, unreadable } of batches()) {
      for (let i = 0; i < rows.length; i++) {
        const record = records ? records[i] : next;
        next = record + 1;
        onRow(rows[i], record, unreadable !== undefined && unreadable[i]);
      }
      onPiece?.();
    }
  };
}

export type ReportFinding = (finding: Diagnostic) => void;

export type InputKind = 'folder' | 'xlsx' | 'json' | 'ndjson' | 'csv';
