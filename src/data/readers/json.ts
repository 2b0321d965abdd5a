/**
 * JSON monitoring data: one .json file holding { "dataset": [records] }, a .json file per dataset
 * holding an array of records, or .ndjson with one record per line (streamed). A record is an
 * object whose keys are the headings.
 */
import { open, readFile } from 'node:fs/promises';
import { diagnostic, UnusableInputError } from '../../diagnostics.js';
import { StreamingDecoder } from './decode.js';
import { pumpBatches, type DatasetReader, type RawCell, type ReportFinding, type RowBatch } from './types.js';

const BATCH_ROWS = 5000;
/** NDJSON is streamed, so its headings are the keys of the first records; keys that appear later are not read. */
const NDJSON_HEADING_SAMPLE = 1000;

function unreadable(file: string, what: string, record = -1): UnusableInputError {
  return new UnusableInputError([diagnostic('data-unreadable', `${file} ${what}`, { kind: 'data', file, record })]);
}

export async function readJsonFile(path: string, displayName: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(displayName, `could not be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw unreadable(displayName, `is not valid JSON (${(error as Error).message}). Check that the file is complete and export it again.`);
  }
}

/** Headings are every key in the records, in the order first seen. */
export function jsonArrayReader(records: unknown, displayName: string, dataset: string): DatasetReader {
  if (!Array.isArray(records)) {
    throw unreadable(displayName, `should hold a list of records for the ${dataset} dataset, but holds ${describeJson(records)}. Write the dataset as an array of objects.`);
  }
  const list: unknown[] = records;
  const headingIndex = new Map<string, number>();
  for (const record of list) {
    if (record && typeof record === 'object' && !Array.isArray(record)) {
      for (const key of Object.keys(record)) if (!headingIndex.has(key)) headingIndex.set(key, headingIndex.size);
    }
  }
  const headings = [...headingIndex.keys()];
  async function* batches(): AsyncGenerator<RowBatch> {
    for (let start = 0; start < list.length; start += BATCH_ROWS) {
      const slice = list.slice(start, start + BATCH_ROWS);
      yield { rows: slice.map((record) => recordCells(record, headings)) };
    }
  }
  return { file: displayName, headings, headingsUnknown: list.length === 0, sparse: true, pump: pumpBatches(batches) };
}

/** A record that is not an object yields one cell holding it, under no heading: coercion reports every field missing. */
function recordCells(record: unknown, headings: string[]): RawCell[] {
  const cells: RawCell[] = new Array(headings.length).fill(null);
  if (!record || typeof record !== 'object' || Array.isArray(record)) return cells;
  const object = record as Record<string, unknown>;
  for (let i = 0; i < headings.length; i++) {
    const value = object[headings[i]];
    cells[i] = value === undefined ? null : (value as RawCell);
  }
  return cells;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One JSON record per line; blank lines are skipped, a line that is not JSON is a finding. */
export async function openNdjson(path: string, displayName: string, dataset: string, report: ReportFinding): Promise<DatasetReader> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw unreadable(displayName, `could not be opened (${error.code ?? error.message}).`);
  });
  const decoder = new StreamingDecoder(displayName, report);
  const buffer = Buffer.allocUnsafe(1 << 20);
  let carry = '';
  let atEnd = false;
  let lineRecord = 0;
  const parsed: { record: number; value: unknown; unreadable?: boolean }[] = [];

  async function fill(): Promise<void> {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    let text: string;
    if (bytesRead === 0) {
      atEnd = true;
      text = carry + decoder.decode(new Uint8Array(0), true);
      carry = '';
    } else {
      text = carry + decoder.decode(buffer.subarray(0, bytesRead));
      const lastBreak = text.lastIndexOf('\n');
      carry = text.slice(lastBreak + 1);
      text = text.slice(0, lastBreak + 1);
    }
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, end).trim();
      start = end + 1;
      if (line === '') continue;
      const record = lineRecord++;
      try {
        parsed.push({ record, value: JSON.parse(line) });
      } catch {
        report(
          diagnostic('data-unreadable', `Line ${record + 1} of ${displayName} is not a JSON record, so it was not read. Check the line; each line must be one complete JSON object.`, {
            kind: 'data',
            file: displayName,
            dataset,
            record,
          }),
        );
        parsed.push({ record, value: null, unreadable: true });
      }
    }
  }

  try {
    while (!atEnd && parsed.length < NDJSON_HEADING_SAMPLE) await fill();
  } catch (error) {
    await handle.close();
    throw error;
  }
  const headingIndex = new Map<string, number>();
  for (const { value } of parsed) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value)) if (!headingIndex.has(key)) headingIndex.set(key, headingIndex.size);
    }
  }
  const headings = [...headingIndex.keys()];
  const headingsUnknown = parsed.every((p) => p.unreadable);

  async function* batches(): AsyncGenerator<RowBatch> {
    try {
      while (true) {
        if (parsed.length > 0) {
          const taken = parsed.splice(0, parsed.length);
          yield {
            rows: taken.map((p) => recordCells(p.value, headings)),
            records: taken.map((p) => p.record),
            unreadable: taken.map((p) => p.unreadable === true),
          };
        }
        if (atEnd) break;
        await fill();
      }
    } finally {
      await handle.close();
    }
  }
  return { file: displayName, headings, headingsUnknown, sparse: true, pump: pumpBatches(batches) };
}
