/**
 * Writers for generated monitoring data: a CSV folder, one JSON file, a partner-style workbook.
 * Each takes a function that starts the (deterministic) row stream again, so a writer that needs
 * one dataset at a time makes one pass per dataset instead of holding every row in memory.
 */

import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PARTNER_SHEETS, toPartnerCells } from './partner-export.js';
import { PEER_SUPPORT_DATASETS, PEER_SUPPORT_FIELDS, type Cell, type GeneratedRow, type PeerSupportDataset } from './peer-support-data.js';

export type RowSource = () => Iterable<GeneratedRow>;

/** Buffered writes that wait for the stream to drain, so memory stays flat for millions of rows. */
class BufferedFile {
  private buffer: string[] = [];
  private size = 0;
  private readonly stream: WriteStream;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** A CSV cell: lists joined by ";", booleans true/false, blanks empty, quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `<dir>/<dataset>.csv` with our field names as headings; returns the rows written per dataset. */
export async function writeCsvFolder(rows: RowSource, dir: string): Promise<Record<PeerSupportDataset, number>> {
  await mkdir(dir, { recursive: true });
  const files = new Map<PeerSupportDataset, BufferedFile>();
  const counts = Object.fromEntries(PEER_SUPPORT_DATASETS.map((d) => [d, 0])) as Record<PeerSupportDataset, number>;
  for (const dataset of PEER_SUPPORT_DATASETS) {
    const file = new BufferedFile(join(dir, `${dataset}.csv`));
    await file.write(`${PEER_SUPPORT_FIELDS[dataset].join(',')}\n`);
    files.set(dataset, file);
  }
  for (const { dataset, row } of rows()) {
    counts[dataset]++;
    await files.get(dataset)!.write(`${PEER_SUPPORT_FIELDS[dataset].map((field) => csvCell(row[field] ?? null)).join(',')}\n`);
  }
  for (const file of files.values()) await file.close();
  return counts;
}

/** One JSON object of dataset → array of records, one record per line, a pass per dataset. */
export async function writeJsonFile(rows: RowSource, path: string): Promise<void> {
  const file = new BufferedFile(path);
  await file.write('{\n');
  for (const [i, dataset] of PEER_SUPPORT_DATASETS.entries()) {
    await file.write(`  ${JSON.stringify(dataset)}: [`);
    let first = true;
    for (const generated of rows()) {
      if (generated.dataset !== dataset) continue;
      const record = Object.fromEntries(PEER_SUPPORT_FIELDS[dataset].map((field) => [field, generated.row[field] ?? null]));
      await file.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(record)}`);
      first = false;
    }
    await file.write(`${first ? '' : '\n  '}]${i < PEER_SUPPORT_DATASETS.length - 1 ? ',' : ''}\n`);
  }
  await file.write('}\n');
  await file.close();
}

/**
 * The workbook carries a zip timestamp on every part; pinning the clock while it is written makes
 * the same data give the same bytes, so regenerating the examples does not churn git.
 */
async function withPinnedClock<T>(at: Date, body: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  const pinned = at.getTime();
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(pinned);
      else super(...(args as [number]));
    }
    static override now(): number {
      return pinned;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
  try {
    return await body();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** The partner's workbook: their sheet names, headings, spellings and UK dates (see partner-export.ts). */
export async function writePartnerWorkbook(rows: RowSource, path: string): Promise<void> {
  const fixed = new Date(Date.UTC(2023, 3, 28, 9, 0, 0));
  await withPinnedClock(fixed, async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Peer support delivery partner';
    workbook.created = fixed;
    workbook.modified = fixed;
    for (const sheet of PARTNER_SHEETS) {
      const worksheet = workbook.addWorksheet(sheet.sheet);
      worksheet.columns = sheet.columns.map((column) => ({
        header: column.heading,
        key: column.field,
        width: Math.max(12, column.heading.length + 2),
        style: column.date === 'excel-date' ? { numFmt: 'dd/mm/yyyy' } : {},
      }));
      for (const generated of rows()) {
        if (generated.dataset !== sheet.dataset) continue;
        worksheet.addRow(toPartnerCells(sheet, generated.row)).commit();
      }
      worksheet.commit();
    }
    await workbook.commit();
  });
}
