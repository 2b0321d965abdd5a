/**
 * .xlsx workbooks, streamed sheet by sheet with exceljs's WorkbookReader, so a large workbook is
 * never held whole. Cells come as text, numbers, booleans, real dates, rich text, formulas (their
 * cached result is used) or hyperlinks; each becomes a plain cell value.
 */
import type ExcelJS from 'exceljs';
import { diagnostic, UnusableInputError } from '../../diagnostics.js';
import { dayNumber } from '../dates.js';
import { xlsxSheetNames } from './xlsx-sheet-names.js';
import { DayValue, pumpBatches, type DatasetReader, type RawCell, type RowBatch } from './types.js';

const BATCH_ROWS = 5000;

/**
 * The rows of one sheet. The sheet is matched by name, ignoring case and surrounding spaces; when
 * no sheet has that name the workbook's sheet names are listed in the error.
 */
export async function openXlsxSheet(path: string, displayName: string, sheetName: string, dataset: string): Promise<DatasetReader> {
  const wanted = sheetName.trim().toLowerCase();
  const found: string[] = [];
  const sheetNames = await xlsxSheetNames(path);
  const stream = await openWorkbook(path, displayName);
  // exceljs reads names from xl/workbook.xml and fails when that part comes after the sheets
  (stream as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
  const iterator = stream[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await iterator.next();
      if (next.done) break;
      const worksheet = next.value;
      const reader = worksheet as unknown as { name: string; id: string | number };
      // exceljs found the name itself when it had read workbook.xml; else its id is the part number
      const unnamed = String(reader.name) === `Sheet${reader.id}`;
      const name = (unnamed ? sheetNames.get(String(reader.id)) : undefined) ?? String(reader.name);
      found.push(name);
      if (name.trim().toLowerCase() !== wanted) {
        // drain the sheet so the workbook stream moves on
        for await (const _row of worksheet) void _row;
        continue;
      }
      return await sheetReader(worksheet, displayName, name, async () => {
        await iterator.return?.();
      });
    }
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError([
      diagnostic('data-unreadable', `${displayName} could not be read as an Excel workbook (${(error as Error).message}). Open it in Excel and save it again as .xlsx.`, {
        kind: 'data',
        file: displayName,
        record: -1,
      }),
    ]);
  }
  throw new UnusableInputError([
    diagnostic(
      'data-missing-dataset',
      `${displayName} has no sheet named "${sheetName}" for the ${dataset} dataset; its sheets are ${found.map((s) => `"${s}"`).join(', ') || 'none'}. Rename the sheet, or name it in the mapping with sheet:.`,
      { kind: 'data', file: displayName, sheet: sheetName, dataset, record: -1 },
    ),
  ]);
}

async function openWorkbook(path: string, displayName: string): Promise<AsyncIterable<AsyncIterable<ExcelJS.Row>>> {
  // loaded only for workbooks: it takes a fifth of a second to load, which CSV and JSON need not pay
  const { default: Excel } = await import('exceljs');
  try {
    const reader = new Excel.stream.xlsx.WorkbookReader(path, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
    });
    return reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>;
  } catch (error) {
    throw new UnusableInputError([
      diagnostic('data-unreadable', `${displayName} could not be opened (${(error as Error).message}).`, { kind: 'data', file: displayName, record: -1 }),
    ]);
  }
}

async function sheetReader(
  worksheet: AsyncIterable<ExcelJS.Row>,
  displayName: string,
  sheet: string,
  closeWorkbook: () => Promise<void>,
): Promise<DatasetReader> {
  const rows = worksheet[Symbol.asyncIterator]();
  let first = await rows.next();
  // leading empty rows before the headings are skipped, the headings' row number is remembered
  while (!first.done && rowCells(first.value).every((c) => c === null || c === '')) first = await rows.next();
  if (first.done) {
    throw new UnusableInputError([
      diagnostic('data-unreadable', `Sheet "${sheet}" of ${displayName} is empty: it has no heading row. Put the column headings in the first row.`, {
        kind: 'data',
        file: displayName,
        sheet,
        record: -1,
      }),
    ]);
  }
  const headings = rowCells(first.value).map((c) => (c === null || c === undefined ? '' : String(c instanceof DayValue ? c.day : c)));
  const headerRow = first.value.number;

  async function* batches(): AsyncGenerator<RowBatch> {
    let batch: RawCell[][] = [];
    let records: number[] = [];
    while (true) {
      const next = await rows.next();
      if (next.done) break;
      batch.push(rowCells(next.value, headings.length));
      // the sheet's own row numbers, so a finding names the row the partner sees in Excel
      records.push(next.value.number - headerRow - 1);
      if (batch.length >= BATCH_ROWS) {
        yield { rows: batch, records };
        batch = [];
        records = [];
      }
    }
    if (batch.length > 0) yield { rows: batch, records };
    await closeWorkbook();
  }
  return { file: displayName, sheet, headings, pump: pumpBatches(batches) };
}

function rowCells(row: ExcelJS.Row, width?: number): RawCell[] {
  const values = row.values as unknown[];
  const count = width ?? values.length - 1;
  const cells: RawCell[] = new Array(Math.max(count, 0));
  for (let i = 0; i < count; i++) cells[i] = cellValue(values[i + 1]);
  return cells;
}

/** A plain value for one exceljs cell value. */
export function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // exceljs gives dates as UTC midnight (plus the time of day, if any)
    return new DayValue(dayNumber(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return cellValue(v.result);
    if ('hyperlink' in v && 'text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
    if ('text' in v) return cellValue(v.text);
  }
  return String(value);
}
