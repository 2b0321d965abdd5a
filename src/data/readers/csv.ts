/**
 * CSV files, streamed through udsv's incremental parser: the file is read in 1 MB pieces, decoded,
 * and parsed into rows of strings, one batch per piece, so memory stays flat however long the file.
 */
import { open } from 'node:fs/promises';
import { initParser, type Schema } from 'udsv';
import { diagnostic, UnusableInputError } from '../../diagnostics.js';
import { StreamingDecoder } from './decode.js';
import type { DatasetReader, ReportFinding, RowSink } from './types.js';

const PIECE_BYTES = 1 << 20;
const QUOTE = 34;

interface HeaderLine {
  headings: string[];
  delimiter: string;
  rowDelimiter: string;
  /** the text after the heading row */
  rest: string;
}

/** Reads the heading row, then streams the data rows. */
export async function openCsv(path: string, displayName: string, report: ReportFinding): Promise<DatasetReader> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw unreadable(displayName, `could not be opened (${error.code ?? error.message})`);
  });
  const decoder = new StreamingDecoder(displayName, report);
  const buffer = Buffer.allocUnsafe(PIECE_BYTES);
  const totalBytes = (await handle.stat().catch(() => undefined))?.size ?? 0;
  let bytesSoFar = 0;
  let atEnd = false;
  const readPiece = async (): Promise<string> => {
    if (atEnd) return '';
    const { bytesRead } = await handle.read(buffer, 0, PIECE_BYTES, null);
    bytesSoFar += bytesRead;
    if (bytesRead === 0) {
      atEnd = true;
      return decoder.decode(new Uint8Array(0), true);
    }
    return decoder.decode(buffer.subarray(0, bytesRead));
  };

  let pending = '';
  let header: HeaderLine | undefined;
  try {
    while (!header) {
      const piece = await readPiece();
      pending += piece;
      header = parseHeaderLine(pending, atEnd);
      if (atEnd) break;
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (!header || header.headings.every((h) => h.trim() === '')) {
    await handle.close();
    throw unreadable(displayName, 'is empty: it has no heading row. Export it again with the column headings in the first row');
  }
  const { headings, delimiter, rowDelimiter } = header;
  const firstRows = header;

  async function pump(onRow: RowSink, onPiece?: () => void): Promise<void> {
    const schema = {
      skip: 0,
      col: delimiter,
      row: rowDelimiter,
      encl: null as unknown as string, // null: udsv looks for quotes in each piece and takes its fast path when there are none
      esc: null as unknown as string,
      trim: false,
      cols: headings.map((name) => ({ name, type: 's' as const, repl: { empty: null, null: undefined, NaN: undefined } })),
    } as Schema;
    const parser = initParser(schema);
    let record = 0;
    const collect = (row: string[]): void => {
      onRow(row, record++, false);
    };
    let quotes = 0;
    let started = false;
    try {
      let text = firstRows.rest;
      pending = '';
      while (true) {
        quotes += countQuotes(text);
        if (text.length > 0) {
          parser.chunk<string[]>(text, parser.stringArrs, collect);
          started = true;
        }
        onPiece?.();
        if (atEnd) break;
        text = await readPiece();
      }
      if (started) parser.end();
      if (quotes % 2 === 1) {
        throw unreadable(
          displayName,
          'ends in the middle of a quoted value, so it looks cut off. Export or copy the file again in full',
        );
      }
    } finally {
      await handle.close();
    }
  }

  return { file: displayName, headings, pump, bytes: () => ({ read: bytesSoFar, total: totalBytes }), close: () => handle.close() };
}

function unreadable(file: string, what: string): UnusableInputError {
  return new UnusableInputError([
    diagnostic('data-unreadable', `${file} ${what}.`, { kind: 'data', file, record: -1 }),
  ]);
}

function countQuotes(text: string): number {
  let count = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    count++;
    at = text.indexOf('"', at + 1);
  }
  return count;
}

/**
 * The first row, read with the quoting rules of CSV; undefined until the text holds all of it.
 * The delimiter is the most common of comma, tab, semicolon and bar outside quotes (comma on a tie),
 * because European Excel saves with semicolons and "Unicode text" with tabs.
 */
export function parseHeaderLine(text: string, atEnd: boolean): HeaderLine | undefined {
  let inQuotes = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) {
      end = i;
      break;
    }
  }
  if (end === -1 && !atEnd) return undefined;
  let line = end === -1 ? text : text.slice(0, end);
  let rowDelimiter = '\n';
  if (line.endsWith('\r')) {
    line = line.slice(0, -1);
    rowDelimiter = '\r\n';
  }
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.length === 0) return undefined;
  const delimiter = pickDelimiter(line);
  const rest = end === -1 ? '' : text.slice(end + 1);
  return { headings: splitLine(line, delimiter), delimiter, rowDelimiter, rest };
}

function pickDelimiter(line: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
    ['|', 0],
  ]);
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, count] of counts) if (count > counts.get(best)!) best = ch;
  return best;
}

function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
