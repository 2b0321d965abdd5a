/**
 * Tables crossing between threads: typed arrays are transferred (moved, not copied); string
 * columns travel as their packed stores and become lazy string arrays again on arrival.
 */
import type { Diagnostic } from '../diagnostics.js';
import { storedStrings } from './coerce.js';
import type { CollectorState } from './findings.js';
import { IdStore, type IdStoreParts } from './id-store.js';
import type { Column, Table } from './table.js';

type ShippedColumn = Exclude<Column, { kind: 'id' | 'string' }> | { kind: 'id' | 'string'; name: string; state: Uint8Array; store: IdStoreParts };

export interface ShippedTable extends Omit<Table, 'columns'> {
  columns: ShippedColumn[];
}

export type WorkerMessage =
  | { kind: 'progress'; rows: number }
  | { kind: 'table'; table: ShippedTable; findings: CollectorState }
  | { kind: 'done' }
  | { kind: 'unusable'; diagnostics: Diagnostic[] }
  | { kind: 'failed'; message: string };

export function shipTable(table: Table, stores: Map<string, IdStore>): { table: ShippedTable; transfer: ArrayBuffer[] } {
  const buffers = new Set<ArrayBuffer>();
  const take = <T extends ArrayBufferView>(array: T): T => {
    buffers.add(array.buffer as ArrayBuffer);
    return array;
  };
  const columns: ShippedColumn[] = [];
  for (const column of table.columns.values()) {
    if (column.kind === 'id' || column.kind === 'string') {
      const store = stores.get(column.name);
      if (!store) throw new Error(`The ${column.name} column of ${table.dataset} has no packed store to ship.`);
      const parts = store.parts();
      columns.push({ kind: column.kind, name: column.name, state: take(column.state), store: { chars: take(parts.chars), ends: take(parts.ends), count: parts.count } });
    } else {
      const plain = column as Exclude<Column, { kind: 'id' | 'string' }>;
      take(plain.state);
      if (plain.kind !== 'text') take(plain.values);
      columns.push(plain);
    }
  }
  const shipped: ShippedTable = {
    ...table,
    columns,
    record: take(table.record),
    excluded: take(table.excluded),
    flagged: table.flagged ? take(table.flagged) : undefined,
  };
  return { table: shipped, transfer: [...buffers] };
}

/** The table as it arrived, with the packed store of each string column. */
export function unshipTable(shipped: ShippedTable): { table: Table; stores: Map<string, IdStore> } {
  const columns = new Map<string, Column>();
  const stores = new Map<string, IdStore>();
  for (const column of shipped.columns) {
    if ('store' in column) {
      const store = IdStore.fromParts(column.store);
      stores.set(column.name, store);
      columns.set(column.name, { kind: column.kind, name: column.name, state: column.state, values: storedStrings(store), idAt: (row) => store.at(row) });
    } else columns.set(column.name, column);
  }
  return { table: { ...shipped, columns }, stores };
}
