/**
 * Loads a partner's monitoring data for a spec: every dataset the spec declares is read from the
 * input (CSV folder, workbook or JSON), coerced into columnar tables, its keys checked, and every
 * link between datasets resolved once into index arrays so that rules join without searching.
 *
 * Parents are read before their children so that link fields are resolved while reading. A big
 * folder of CSV files is read on two threads: the biggest child datasets on a worker
 * (load-worker.ts), the rest here; the worker's tables arrive as transferred typed arrays and their
 * links are resolved on arrival. Either way the tables, links, findings and their order are the same.
 */
import { timing } from '../timings.js';
import { diagnostic, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import { WorkingCalendar, type BankHolidayRegion } from './calendar.js';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { StoredLinkResolver, TableBuilder, tableBuilderFor, type ParentKeys, type ResolvedLink } from './coerce.js';
import { parseIsoDate } from './dates.js';
import { IdStore, type IdStoreParts } from './id-store.js';
import { FindingCollector, safeValue, type CollectorState } from './findings.js';
import { checkMappingAgainstSpec, type Mapping, type MappingFile } from './mapping.js';
import { DataInput } from './readers/index.js';
import { sharedArray } from './shared-memory.js';
import { unshipTable, type ShippedTable, type WorkerMessage } from './ship.js';
import { StringIndex } from './string-index.js';
import { CellState, type DataSet, type LinkIndex, type StringColumn, type Table } from './table.js';

export interface DatasetAccounting {
  dataset: string;
  file: string;
  /** rows read from the source (blank rows are not records) */
  read: number;
  /** rows with at least one finding; read = (read - flagged) + flagged, and no row is dropped */
  flagged: number;
  /** rows left out of every target (a duplicate key) */
  excluded: number;
}

export interface LoadedData {
  data: DataSet;
  findings: Diagnostic[];
  accounting: DatasetAccounting[];
  /** the datasets read on a second thread (none for small or non-CSV inputs) */
  readOffThread?: string[];
  /** that thread, kept for more work when LoadOptions.keepThread asked for it; stop() it when done */
  thread?: SecondThread;
}

/** The thread that read part of the data, kept to share the work that follows. */
export interface SecondThread {
  /** Runs the function `exportName` of the module at `moduleUrl` on the thread; settles with what it returns. */
  run<T>(moduleUrl: string, exportName: string, input: unknown): Promise<T>;
  stop(): void;
}

export interface LoadOptions {
  /** a plain mapping, or one read by loadMapping (its names are then checked against the spec) */
  mapping?: Mapping | MappingFile;
  /** hears the running total of rows read, for a progress bar */
  onProgress?: (rowsRead: number) => void;
  /**
   * Read child datasets on a second thread while their parents are read on this one: true or
   * false to decide, else only when the CSV files are big enough to repay starting a thread.
   */
  workers?: boolean;
  /**
   * Keep the second thread, if one is used, for more work (LoadedData.thread); it imports `warm`
   * (module URLs) as soon as it has read its datasets, so they are ready when the work comes.
   */
  keepThread?: { warm: string[] };
  /**
   * Hears each dataset as soon as it is read and linked to its parents, with the data so far (its
   * tables and links are those loadData goes on filling), so that work on it can start while the
   * rest is read. Not heard for a dataset whose links are only made at the end.
   */
  onDatasetReady?: (dataset: string, data: DataSet) => void;
}

function isMappingFile(mapping: Mapping | MappingFile): mapping is MappingFile {
  return typeof (mapping as MappingFile).locate === 'function';
}

export async function loadData(spec: ServiceSpec, input: { path: string }, options: LoadOptions = {}): Promise<LoadedData> {
  let mapping: Mapping | undefined;
  if (options.mapping && isMappingFile(options.mapping)) {
    const problems = checkMappingAgainstSpec(options.mapping, spec);
    if (problems.length > 0) throw new UnusableInputError(problems);
    mapping = options.mapping.mapping;
  } else mapping = options.mapping;

  const collector = new FindingCollector();
  const source = await DataInput.open(input.path);
  const order = parentsFirst(spec);
  const offThread = await datasetsForWorker(spec, source, mapping, order, options.workers);
  if (offThread.length === 0) void takeWarmThread()?.terminate();
  const tables = new Map<string, Table>();
  const keyIndexes = new Map<string, StringIndex>();
  const parents = new Map<string, ParentKeys>();
  const resolved = new Map<string, ResolvedLink[]>();
  // with a second thread, each dataset's findings are kept apart and put back in reading order at the end
  const findingsOf = new Map<string, CollectorState>();
  let rowsRead = 0;
  const countRows = (rows: number): void => {
    rowsRead += rows;
    options.onProgress?.(rowsRead);
  };
  /**
   * Link indexes of datasets whose links were resolved while reading, built as soon as the child
   * is in, with their findings kept apart so they still come after every reading finding, in the
   * spec's order.
   */
  const earlyLinks = new Map<string, { index: LinkIndex; findings: CollectorState }>();
  // the data so far, for onDatasetReady
  const linksSoFar = new Map<string, LinkIndex>();
  const buildEarlyLinks = (name: string): void => {
    const dataset = spec.datasets![name];
    let linked = true;
    for (const [linkName, link] of Object.entries(dataset.links ?? {})) {
      const child = tables.get(name);
      const parent = tables.get(link.to);
      const early = resolved.get(name)?.find((r) => r.field === link.field && r.parent === link.to);
      if (!child || !parent || !early) {
        linked &&= spec.datasets?.[link.to] === undefined;
        continue;
      }
      const own = new FindingCollector();
      const index = buildLink(child, parent, link.field, linkName, early, dataset.order_by, own);
      earlyLinks.set(`${name}->${link.to}`, { index, findings: own.state() });
      linksSoFar.set(`${name}->${link.to}`, index);
    }
    if (linked && tables.has(name)) options.onDatasetReady?.(name, { tables, links: linksSoFar });
  };
  /**
   * The links of datasets read on the second thread, resolved here as their keys come in (a piece
   * at a time, once the parent is read), so that little is left to do when the dataset arrives.
   */
  const resolvers = new Map<string, { parent: string; resolver?: StoredLinkResolver; keys?: LinkKeys }>();
  const resolveKeysSoFar = (): void => {
    for (const pending of resolvers.values()) {
      const parentKeys = parents.get(pending.parent);
      if (!parentKeys || !pending.keys) continue;
      pending.resolver ??= new StoredLinkResolver(pending.parent, parentKeys);
      pending.resolver.resolve(IdStore.fromParts(pending.keys.store), pending.keys.state, pending.keys.rows);
      pending.keys = undefined;
    }
  };
  const onLinkKeys = (message: Extract<WorkerMessage, { kind: 'link-keys' }>): void => {
    for (const link of message.links) {
      const at = `${message.dataset}\u0000${link.field}`;
      let pending = resolvers.get(at);
      if (!pending) {
        const parent = Object.values(spec.datasets?.[message.dataset]?.links ?? {}).find((l) => l.field === link.field)?.to;
        if (!parent) continue;
        resolvers.set(at, (pending = { parent }));
      }
      pending.keys = { rows: message.rows, store: link.store, state: link.state };
    }
    resolveKeysSoFar();
  };
  const worker = offThread.length > 0 ? startWorker(input.path, spec, mapping, offThread, countRows, options.keepThread?.warm, onLinkKeys) : undefined;
  let kept = false;
  try {
    for (const name of order) {
      if (offThread.includes(name)) continue;
      const own = worker ? new FindingCollector() : collector;
      const place = mapping?.datasets?.[name] ?? {};
      const reader = await source.dataset(name, { file: place.file, sheet: place.sheet }, (finding) => own.add(finding));
      const builder = await tableBuilderFor(name, spec.datasets![name], reader, { mapping, collector: own, parents });
      await builder.readAll(countRows);
      tables.set(name, builder.finish());
      timing(`read ${name}`);
      const keys = builder.keyIndex();
      if (keys) keyIndexes.set(name, keys);
      const parentKeys = builder.parentKeys();
      if (parentKeys) parents.set(name, parentKeys);
      resolved.set(name, builder.resolvedLinks());
      if (worker) findingsOf.set(name, own.state());
      buildEarlyLinks(name);
      resolveKeysSoFar();
    }
    for (const name of offThread) {
      // each table is taken as it arrives, so resolving its links overlaps reading the next one,
      // and its link index is built while the second thread may still be reading
      const { table: shipped, findings } = await worker!.table(name);
      timing(`${name} arrived from the second thread`);
      const { table, stores } = unshipTable(shipped);
      tables.set(table.dataset, table);
      findingsOf.set(table.dataset, findings);
      const links: ResolvedLink[] = [];
      for (const link of Object.values(spec.datasets![table.dataset].links ?? {})) {
        const store = stores.get(link.field);
        const parentKeys = parents.get(link.to);
        if (!store || !parentKeys) continue;
        const resolver = resolvers.get(`${table.dataset}\u0000${link.field}`)?.resolver ?? new StoredLinkResolver(link.to, parentKeys);
        links.push(resolver.finish(table.columns.get(link.field) as StringColumn, store));
      }
      resolved.set(table.dataset, links);
      buildEarlyLinks(table.dataset);
    }
    kept = options.keepThread !== undefined;
  } finally {
    if (!kept) worker?.stop();
  }
  for (const name of order) {
    const findings = findingsOf.get(name);
    if (findings) collector.absorb(findings);
  }

  // the spec's order, whatever order they were read in: accounting and reports list them so
  for (const name of Object.keys(spec.datasets ?? {})) {
    const table = tables.get(name);
    if (!table) continue;
    tables.delete(name);
    tables.set(name, table);
  }

  const links = new Map<string, LinkIndex>();
  for (const [name, dataset] of Object.entries(spec.datasets ?? {})) {
    for (const [linkName, link] of Object.entries(dataset.links ?? {})) {
      const built = earlyLinks.get(`${name}->${link.to}`);
      if (built) {
        links.set(`${name}->${link.to}`, built.index);
        collector.absorb(built.findings);
        continue;
      }
      const child = tables.get(name)!;
      const parent = tables.get(link.to);
      if (!parent) continue; // a link to a dataset the spec does not declare is a spec error, reported by lint
      const early = resolved.get(name)?.find((r) => r.field === link.field && r.parent === link.to);
      const parentKeys = early ? undefined : (keyIndexes.get(link.to) ?? keyIndexOf(parent, spec.datasets?.[link.to]?.key));
      if (!early && !parentKeys) continue;
      links.set(`${name}->${link.to}`, buildLink(child, parent, link.field, linkName, early ?? parentKeys!, dataset.order_by, collector));
    }
  }

  timing('links between datasets built');
  const accounting: DatasetAccounting[] = [];
  for (const table of tables.values()) {
    let flagged = 0;
    let excluded = 0;
    for (let i = 0; i < table.length; i++) {
      flagged += table.flagged![i];
      excluded += table.excluded[i];
    }
    accounting.push({
      dataset: table.dataset,
      file: table.source.sheet ? `${table.source.file} (sheet ${table.source.sheet})` : table.source.file,
      read: table.length,
      flagged,
      excluded,
    });
  }
  return { data: { tables, links }, findings: collector.findings(), accounting, readOffThread: offThread, ...(kept && worker ? { thread: worker } : {}) };
}

/** Below this many bytes of CSV for the second thread, starting it costs more than it saves. */
const WORKER_MIN_BYTES = 24 << 20;

/** The second thread's share of the bytes to read. */
const WORKER_SHARE = 0.6;

/**
 * The datasets to read on a second thread: those that link to a parent and are no one's parent
 * (their links are resolved on arrival), from CSV files of a folder. None when there is one core,
 * the worker's compiled file is missing (tests run from TypeScript), or the files are small.
 */
async function datasetsForWorker(
  spec: ServiceSpec,
  source: DataInput,
  mapping: Mapping | undefined,
  order: string[],
  wanted: boolean | undefined,
): Promise<string[]> {
  if (wanted === false || source.kind !== 'folder' || !existsSync(fileURLToPath(WORKER_URL))) return [];
  if (wanted === undefined && availableParallelism() < 2) return [];
  const datasets = spec.datasets ?? {};
  const linkedTo = new Set(Object.values(datasets).flatMap((d) => Object.values(d.links ?? {}).map((l) => l.to)));
  const children: { name: string; bytes: number }[] = [];
  let totalBytes = 0;
  for (const name of order) {
    const place = mapping?.datasets?.[name] ?? {};
    const file = source.csvFileFor(name, { file: place.file, sheet: place.sheet });
    const bytes = file ? ((await stat(file).catch(() => undefined))?.size ?? 0) : 0;
    totalBytes += bytes;
    const isChild = Object.values(datasets[name].links ?? {}).some((l) => datasets[l.to]) && !linkedTo.has(name);
    if (isChild && file) children.push({ name, bytes });
  }
  // the biggest children go to the second thread until it has a fair share; the main thread also
  // resolves their links when they arrive, so its share is a little smaller
  const chosen = new Set<string>();
  let workerBytes = 0;
  for (const child of [...children].sort((a, b) => b.bytes - a.bytes)) {
    if (chosen.size > 0 && workerBytes + child.bytes > totalBytes * WORKER_SHARE) continue;
    chosen.add(child.name);
    workerBytes += child.bytes;
  }
  if (chosen.size === 0 || (wanted === undefined && (workerBytes < WORKER_MIN_BYTES || totalBytes - workerBytes < WORKER_MIN_BYTES / 4))) return [];
  return order.filter((name) => chosen.has(name));
}

/** The keys of a link field read on the second thread, as far as it has read: rows before `rows` are final. */
interface LinkKeys {
  rows: number;
  store: IdStoreParts;
  state: Uint8Array;
}

const WORKER_URL = new URL('./load-worker.js', import.meta.url);

/** A second thread started ahead of time, loading its modules while this one reads the spec. */
let warmThread: { worker: Worker; exited: boolean } | undefined;

/**
 * Starts the second thread now, so that it is ready when a big data folder is to be read (its
 * start-up then overlaps this thread's). loadData takes it, or lets it go if the data is small.
 */
export function warmUpSecondThread(): void {
  if (warmThread || !existsSync(fileURLToPath(WORKER_URL)) || availableParallelism() < 2) return;
  const worker = new Worker(WORKER_URL, { workerData: null });
  const warm = { worker, exited: false };
  // until loadData takes it: a failure to start is found when it is taken, and it keeps no one waiting
  worker.on('error', () => {});
  worker.on('exit', () => (warm.exited = true));
  worker.unref();
  warmThread = warm;
}

/** The thread started ahead of time, if it is still there. */
function takeWarmThread(): Worker | undefined {
  const warm = warmThread;
  warmThread = undefined;
  if (!warm || warm.exited) return undefined;
  warm.worker.removeAllListeners();
  warm.worker.ref();
  return warm.worker;
}

/** A second thread reading `datasets`; `tables` settles with them all, in order, or with its error. */
function startWorker(
  path: string,
  spec: ServiceSpec,
  mapping: Mapping | undefined,
  datasets: string[],
  onRows: (rows: number) => void,
  warm: string[] | undefined,
  onLinkKeys: (message: Extract<WorkerMessage, { kind: 'link-keys' }>) => void,
): SecondThread & { table(name: string): Promise<ArrivedTable> } {
  const job = { path, spec, mapping, datasets, warm };
  const ready = takeWarmThread();
  const worker = ready ?? new Worker(WORKER_URL, { workerData: job });
  if (ready) worker.postMessage(job);
  const runs = new Map<number, { resolve(output: unknown): void; reject(error: unknown): void }>();
  let nextRun = 0;
  const arrivals = new Map<string, { promise: Promise<ArrivedTable>; resolve(table: ArrivedTable): void; reject(error: unknown): void }>();
  for (const name of datasets) {
    let resolve!: (table: ArrivedTable) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<ArrivedTable>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // the main thread may fail first; the worker's failure is then not the one to report
    promise.catch(() => {});
    arrivals.set(name, { promise, resolve, reject });
  }
  const failAll = (error: unknown): void => {
    for (const arrival of arrivals.values()) arrival.reject(error);
    for (const run of runs.values()) run.reject(error);
    runs.clear();
  };
  worker.on('message', (message: WorkerMessage) => {
    switch (message.kind) {
      case 'progress':
        onRows(message.rows);
        break;
      case 'link-keys':
        onLinkKeys(message);
        break;
      case 'table':
        arrivals.get(message.table.dataset)?.resolve({ table: message.table, findings: message.findings });
        break;
      case 'done':
        // with nothing more asked of it, the thread must not keep the process alive
        if (runs.size === 0) worker.unref();
        break;
      case 'result':
        runs.get(message.id)?.resolve(message.output);
        runs.delete(message.id);
        if (runs.size === 0) worker.unref();
        break;
      case 'run-failed':
        runs.get(message.id)?.reject(new Error(`Work on the second thread failed: ${message.message}`));
        runs.delete(message.id);
        if (runs.size === 0) worker.unref();
        break;
      case 'unusable':
        failAll(new UnusableInputError(message.diagnostics));
        break;
      case 'failed':
        failAll(new Error(`Reading the data on a second thread failed: ${message.message}`));
    }
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The thread reading the data stopped early (exit code ${code}).`)));
  return {
    table: (name) => arrivals.get(name)!.promise,
    run: <T>(moduleUrl: string, exportName: string, input: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextRun++;
        runs.set(id, { resolve: resolve as (output: unknown) => void, reject });
        worker.ref();
        worker.postMessage({ kind: 'run', id, module: moduleUrl, name: exportName, input });
      }),
    stop: () => void worker.terminate(),
  };
}

interface ArrivedTable {
  table: ShippedTable;
  findings: CollectorState;
}

/**
 * The spec's datasets with every dataset after the ones it links to, so that link fields can be
 * resolved as rows are read; otherwise in the spec's order. Links that go round in a circle are
 * left to be resolved after reading.
 */
export function parentsFirst(spec: ServiceSpec): string[] {
  const datasets = spec.datasets ?? {};
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.has(name) || !datasets[name]) return;
    state.set(name, 'visiting');
    for (const link of Object.values(datasets[name].links ?? {})) visit(link.to);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(datasets)) visit(name);
  return order;
}

/** key → first row holding it, for a parent read without a builder's index (kept for callers building tables by hand). */
function keyIndexOf(table: Table, key: string | undefined): StringIndex | undefined {
  const column = key ? table.columns.get(key) : undefined;
  if (!column || (column.kind !== 'id' && column.kind !== 'string')) return undefined;
  const values = column.values;
  const index = new StringIndex((row, key) => values[row] === key, table.length);
  for (let row = 0; row < table.length; row++) {
    if (column.state[row] !== CellState.Ok || table.excluded[row]) continue;
    index.add(column.values[row], row);
  }
  return index;
}

/**
 * child row → parent row by key, and each parent's children in CSR form, ordered by the child's
 * order_by date then source order. The order comes from a counting sort over the day range, so
 * the cost is linear in rows.
 */
export function buildLink(
  child: Table,
  parent: Table,
  field: string,
  linkName: string,
  parentKeys: StringIndex | ResolvedLink,
  orderBy: string | undefined,
  collector?: FindingCollector,
): LinkIndex {
  const n = child.length;
  const parentOf = sharedArray(Int32Array, n).fill(-1);
  const column = child.columns.get(field);
  if (column && (column.kind === 'id' || column.kind === 'string')) {
    const early = parentKeys instanceof StringIndex ? undefined : parentKeys;
    const values = early ? undefined : column.values;
    for (let row = 0; row < n; row++) {
      if (column.state[row] !== CellState.Ok) continue;
      let key: string;
      if (early) {
        const resolvedRow = early.parentOf[row];
        if (resolvedRow >= 0) {
          parentOf[row] = resolvedRow;
          continue;
        }
        key = early.unmatched.at(-2 - resolvedRow);
      } else {
        key = values![row];
        const parentRow = (parentKeys as StringIndex).get(key);
        if (parentRow !== -1) {
          parentOf[row] = parentRow;
          continue;
        }
      }
      TableBuilder.flag(child, row);
      if (!collector) continue;
      const at = {
        kind: 'data' as const,
        file: child.source.file,
        sheet: child.source.sheet,
        dataset: child.dataset,
        record: child.record[row],
        column: child.source.columns.get(field)?.heading,
        columnIndex: child.source.columns.get(field)?.index,
        field,
      };
      if (!collector.wants('data-unknown-link', at)) {
        collector.count('data-unknown-link', 'error', at);
        continue;
      }
      collector.add(
        diagnostic(
          'data-unknown-link',
          `${field} "${safeValue(key)}" does not match any record of ${parent.dataset}, so this ${child.dataset} row belongs to no ${linkName}. Correct the ${field}, or add the missing ${parent.dataset} record.`,
          at,
          { value: safeValue(key) },
        ),
      );
    }
  }

  const childStart = sharedArray(Int32Array, parent.length + 1);
  for (let row = 0; row < n; row++) if (parentOf[row] >= 0) childStart[parentOf[row] + 1]++;
  for (let p = 0; p < parent.length; p++) childStart[p + 1] += childStart[p];
  const childRows = sharedArray(Int32Array, childStart[parent.length]);
  const fill = (order: Int32Array | undefined): void => {
    const cursor = childStart.slice(0, parent.length);
    for (let i = 0; i < n; i++) {
      const row = order ? order[i] : i;
      const p = parentOf[row];
      if (p >= 0) childRows[cursor[p]++] = row;
    }
  };
  // Exports usually list each record's contacts in date order already; then source order is the
  // order wanted and the sort over the whole dataset is not needed.
  fill(undefined);
  const dates = orderBy ? child.columns.get(orderBy) : undefined;
  if (dates?.kind === 'date' && !inDateOrder(childStart, childRows, dates.values, dates.state)) fill(sortedByDate(child, orderBy));
  return { child: child.dataset, parent: parent.dataset, parentOf, childStart, childRows };
}

/** Whether each parent's children, as listed, are by date with the rows without a valid date last. */
function inDateOrder(childStart: Int32Array, childRows: Int32Array, days: Int32Array, state: Uint8Array): boolean {
  for (let p = 0; p + 1 < childStart.length; p++) {
    let previous = -Infinity;
    for (let i = childStart[p]; i < childStart[p + 1]; i++) {
      const row = childRows[i];
      const day = state[row] === CellState.Ok ? days[row] : Infinity;
      if (day < previous) return false;
      previous = day;
    }
  }
  return true;
}

/** Rows ordered by a date column (rows without a valid date last), ties in source order; undefined when there is no such column. */
function sortedByDate(table: Table, orderBy: string | undefined): Int32Array | undefined {
  const column = orderBy ? table.columns.get(orderBy) : undefined;
  if (!column || column.kind !== 'date') return undefined;
  const n = table.length;
  let min = Infinity;
  let max = -Infinity;
  for (let row = 0; row < n; row++) {
    if (column.state[row] !== CellState.Ok) continue;
    const day = column.values[row];
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const order = new Int32Array(n);
  if (min > max) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  const range = max - min + 1;
  if (range > Math.max(4 * n, 1 << 16)) {
    // dates spread over centuries (typos like 0202): a comparison sort is cheaper than the buckets
    for (let i = 0; i < n; i++) order[i] = i;
    const key = (row: number): number => (column.state[row] === CellState.Ok ? column.values[row] : Infinity);
    return Int32Array.from(Array.from(order).sort((a, b) => key(a) - key(b) || a - b));
  }
  // bucket `range` holds rows without a valid date
  const starts = new Int32Array(range + 2);
  for (let row = 0; row < n; row++) starts[(column.state[row] === CellState.Ok ? column.values[row] - min : range) + 1]++;
  for (let b = 0; b <= range; b++) starts[b + 1] += starts[b];
  for (let row = 0; row < n; row++) order[starts[column.state[row] === CellState.Ok ? column.values[row] - min : range]++] = row;
  return order;
}

/**
 * The spec's working calendar: its region's bank holidays (England by default), its closure days
 * and the mapping's, over the contract years with a year either side.
 */
export function calendarFor(spec: ServiceSpec, mapping?: Mapping): WorkingCalendar {
  const region: BankHolidayRegion = spec.calendar?.bank_holidays ?? 'GB-ENG';
  const closures = [...(spec.calendar?.closures ?? []).map((c) => c.date), ...(mapping?.closures ?? [])];
  const start = parseIsoDate(spec.contract?.start ?? '');
  const end = parseIsoDate(spec.contract?.end ?? '');
  const fromYear = start === undefined ? 2015 : Number(spec.contract!.start.slice(0, 4)) - 1;
  const toYear = end === undefined ? 2035 : Number(spec.contract!.end.slice(0, 4)) + 1;
  return WorkingCalendar.forRegion(region, closures, fromYear, toYear);
}
