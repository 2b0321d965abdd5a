/**
 * Tables crossing between threads. Their typed arrays are in shared memory (shared-memory.ts), so
 * they are seen by both threads, not copied; any that are not are transferred (moved). String
 * columns travel as their packed strings and become lazy string arrays again on arrival.
 */
import type { Diagnostic } from '../diagnostics.js';
import { storedStrings } from './coerce.js';
import type { CollectorState } from './findings.js';
import { IdStore, lazyStrings, type IdStoreParts } from './id-store.js';
import { isShared } from './shared-memory.js';
import type { Column, DataSet, LinkIndex, PackedStrings, Table } from './table.js';

type ShippedColumn = Exclude<Column, { kind: 'id' | 'string' }> | { kind: 'id' | 'string'; name: string; state: Uint8Array; store: IdStoreParts };

export interface ShippedTable extends Omit<Table, 'columns'> {
  columns: ShippedColumn[];
}

export type WorkerMessage =
  | { kind: 'progress'; rows: number }
  | { kind: 'link-keys'; dataset: string; rows: number; links: { field: string; store: IdStoreParts; state: Uint8Array }[] }
  | { kind: 'table'; table: ShippedTable; findings: CollectorState }
  | { kind: 'done' }
  | { kind: 'result'; id: number; output: unknown }
  | { kind: 'run-failed'; id: number; message: string }
  | { kind: 'unusable'; diagnostics: Diagnostic[] }
  | { kind: 'failed'; message: string };

export function shipTable(table: Table, stores: Map<string, IdStore>): { table: ShippedTable; transfer: ArrayBuffer[] } {
  const buffers = new Set<ArrayBuffer>();
  const take = <T extends ArrayBufferView>(array: T): T => {
    if (!isShared(array)) buffers.add(array.buffer as ArrayBuffer);
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
      columns.set(column.name, {
        kind: column.kind,
        name: column.name,
        state: column.state,
        values: storedStrings(store),
        idAt: (row) => store.at(row),
        pack: () => ({ kind: 'store', store: store.parts() }),
      });
    } else columns.set(column.name, column);
  }
  return { table: { ...shipped, columns }, stores };
}

/** A table whose string columns travel as their packed strings; every typed array in it is shared. */
interface SharedTable extends Omit<Table, 'columns'> {
  columns: (Exclude<Column, { kind: 'id' | 'string' }> | { kind: 'id' | 'string'; name: string; state: Uint8Array; packed: PackedStrings })[];
}

/** The loaded data as another thread can open it over the same memory (openSharedDataSet). */
export interface SharedDataSet {
  tables: SharedTable[];
  links: LinkIndex[];
}

/**
 * The data set described for another thread without copying it, or undefined when some of it is
 * not in shared memory or a string column cannot be packed (tables built by hand): then it stays
 * on this thread.
 */
export function sharedDataSet(data: DataSet): SharedDataSet | undefined {
  const tables: SharedTable[] = [];
  for (const table of data.tables.values()) {
    const columns: SharedTable['columns'] = [];
    const arrays: ArrayBufferView[] = [table.record, table.excluded];
    if (table.flagged) arrays.push(table.flagged);
    for (const column of table.columns.values()) {
      arrays.push(column.state);
      if (column.kind === 'id' || column.kind === 'string') {
        if (!column.pack) return undefined;
        const packed = column.pack();
        if (packed.kind === 'store') arrays.push(packed.store.chars, packed.store.ends);
        else arrays.push(packed.parentOf, packed.unmatched.chars, packed.unmatched.ends);
        columns.push({ kind: column.kind, name: column.name, state: column.state, packed });
      } else {
        const plain = column as Exclude<Column, { kind: 'id' | 'string' }>;
        if (plain.kind !== 'text') arrays.push(plain.values);
        columns.push(plain);
      }
    }
    if (!arrays.every(isShared)) return undefined;
    tables.push({ ...table, columns });
  }
  const links = [...data.links.values()];
  if (!links.every((l) => isShared(l.parentOf) && isShared(l.childStart) && isShared(l.childRows))) return undefined;
  return { tables, links };
}

/** The data set of sharedDataSet, on the thread that receives it; `keyOf` names each dataset's key field. */
export function openSharedDataSet(shared: SharedDataSet, keyOf: (dataset: string) => string | undefined): DataSet {
  const tables = new Map<string, Table>();
  const linked: { column: { idAt?: (row: number) => string; values: string[] }; packed: Extract<PackedStrings, { kind: 'link' }>; length: () => number }[] = [];
  for (const table of shared.tables) {
    const columns = new Map<string, Column>();
    for (const column of table.columns) {
      if (!('packed' in column)) {
        columns.set(column.name, column);
        continue;
      }
      const { packed } = column;
      if (packed.kind === 'store') {
        const store = IdStore.fromParts(packed.store);
        columns.set(column.name, { kind: column.kind, name: column.name, state: column.state, values: storedStrings(store), idAt: (row) => store.at(row), pack: () => packed });
      } else {
        const opened = { kind: column.kind, name: column.name, state: column.state, values: [] as string[], pack: () => packed };
        columns.set(column.name, opened);
        linked.push({ column: opened, packed, length: () => column.state.length });
      }
    }
    tables.set(table.dataset, { ...table, columns });
  }
  // a link field reads its value as the key of the parent row it matched, so parents open first
  for (const { column, packed, length } of linked) {
    const key = keyOf(packed.parent);
    const parentKey = key ? tables.get(packed.parent)?.columns.get(key) : undefined;
    const parentIdAt = parentKey && 'idAt' in parentKey && parentKey.idAt ? parentKey.idAt : () => '';
    const unmatched = IdStore.fromParts(packed.unmatched);
    const parentOf = packed.parentOf;
    column.idAt = (row) => {
      const p = parentOf[row];
      return p >= 0 ? parentIdAt(p) : p === -1 ? '' : unmatched.at(-2 - p);
    };
    column.values = lazyStrings(length, column.idAt);
  }
  const links = new Map<string, LinkIndex>();
  for (const link of shared.links) links.set(`${link.child}->${link.parent}`, link);
  return { tables, links };
}

/** Work asked of a kept second thread (SecondThread.run in load.ts). */
export interface RunRequest {
  kind: 'run';
  id: number;
  module: string;
  name: string;
  input: unknown;
}
