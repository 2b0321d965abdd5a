/**
 * Loads a partner's monitoring data for a spec: every dataset the spec declares is read from the
 * input (CSV folder, workbook or JSON), coerced into columnar tables, its keys checked, and every
 * link between datasets resolved once into index arrays so that rules join without searching.
 */
import { diagnostic, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import { WorkingCalendar, type BankHolidayRegion } from './calendar.js';
import { TableBuilder, type ParentKeys, type ResolvedLink } from './coerce.js';
import { parseIsoDate } from './dates.js';
import { FindingCollector, safeValue } from './findings.js';
import { checkMappingAgainstSpec, type Mapping, type MappingFile } from './mapping.js';
import { DataInput } from './readers/index.js';
import { StringIndex } from './string-index.js';
import { CellState, type DataSet, type LinkIndex, type Table } from './table.js';

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
}

export interface LoadOptions {
  /** a plain mapping, or one read by loadMapping (its names are then checked against the spec) */
  mapping?: Mapping | MappingFile;
  /** hears the running total of rows read, for a progress bar */
  onProgress?: (rowsRead: number) => void;
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
  const report = (finding: Diagnostic): void => collector.add(finding);
  const source = await DataInput.open(input.path);
  const tables = new Map<string, Table>();
  const keyIndexes = new Map<string, StringIndex>();
  const parents = new Map<string, ParentKeys>();
  const resolved = new Map<string, ResolvedLink[]>();
  let rowsRead = 0;
  for (const name of parentsFirst(spec)) {
    const dataset = spec.datasets![name];
    const place = mapping?.datasets?.[name] ?? {};
    const reader = await source.dataset(name, { file: place.file, sheet: place.sheet }, report);
    const builder = new TableBuilder(name, dataset, reader, { mapping, collector, parents });
    await builder.readAll((rows) => {
      rowsRead += rows;
      options.onProgress?.(rowsRead);
    });
    tables.set(name, builder.finish());
    const keys = builder.keyIndex();
    if (keys) keyIndexes.set(name, keys);
    const parentKeys = builder.parentKeys();
    if (parentKeys) parents.set(name, parentKeys);
    resolved.set(name, builder.resolvedLinks());
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
      const child = tables.get(name)!;
      const parent = tables.get(link.to);
      if (!parent) continue; // a link to a dataset the spec does not declare is a spec error, reported by lint
      const early = resolved.get(name)?.find((r) => r.field === link.field && r.parent === link.to);
      const parentKeys = early ? undefined : (keyIndexes.get(link.to) ?? keyIndexOf(parent, spec.datasets?.[link.to]?.key));
      if (!early && !parentKeys) continue;
      links.set(`${name}->${link.to}`, buildLink(child, parent, link.field, linkName, early ?? parentKeys!, dataset.order_by, collector));
    }
  }

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
  return { data: { tables, links }, findings: collector.findings(), accounting };
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
  const parentOf = new Int32Array(n).fill(-1);
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

  const order = sortedByDate(child, orderBy);
  const childStart = new Int32Array(parent.length + 1);
  for (let row = 0; row < n; row++) if (parentOf[row] >= 0) childStart[parentOf[row] + 1]++;
  for (let p = 0; p < parent.length; p++) childStart[p + 1] += childStart[p];
  const cursor = childStart.slice(0, parent.length);
  const childRows = new Int32Array(childStart[parent.length]);
  for (let i = 0; i < n; i++) {
    const row = order ? order[i] : i;
    const p = parentOf[row];
    if (p >= 0) childRows[cursor[p]++] = row;
  }
  return { child: child.dataset, parent: parent.dataset, parentOf, childStart, childRows };
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
