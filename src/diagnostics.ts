/**
 * Errors are data. Every problem servicespec finds, in a spec, a rule, a mapping or a row of
 * monitoring data, is one `Diagnostic`: a stable code, a severity, one plain-English message that
 * says what is wrong and what to do, and where.
 *
 * Positions are 0-based offsets (spec files) or 0-based record and column indexes (data) everywhere
 * inside the library. They become the 1-based line:column or row a person reads in exactly one
 * place: `SourceFile.position` and `dataRowNumber` below.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A place in a text file we read (a spec, a mapping, a project file), as 0-based character offsets. */
export interface SpecLocation {
  kind: 'spec';
  file: string;
  offset: number;
  length: number;
}

/** A place in monitoring data: a CSV file or workbook sheet, a record, a column. */
export interface DataLocation {
  kind: 'data';
  file: string;
  /** Worksheet name when the data came from a workbook. */
  sheet?: string;
  dataset?: string;
  /** 0-based index of the data record (the header is not a record). */
  record: number;
  /** The column as the partner named it (their heading), when there is one. */
  column?: string;
  /** 0-based column index, used for spreadsheet-style letters. */
  columnIndex?: number;
  /** The spec's field name the column was read into. */
  field?: string;
}

export type Location = SpecLocation | DataLocation;

export interface Diagnostic {
  /** Stable, kebab-case, documented: tests and users may rely on it. */
  code: string;
  severity: Severity;
  /** One readable sentence (two at most): what is wrong, then what to do. */
  message: string;
  at?: Location;
  /** A second place, as CUE reports both ends of a conflict: e.g. the spec line of the target a row fails. */
  related?: Location[];
  /** The offending value, already cut to a safe length. Never free text from health records. */
  value?: string;
  /** Targets whose results this problem touches. */
  targets?: string[];
}

export function diagnostic(
  code: string,
  message: string,
  at?: Location,
  extra: Partial<Omit<Diagnostic, 'code' | 'message' | 'at'>> = {},
): Diagnostic {
  return { code, severity: extra.severity ?? 'error', message, at, ...extra };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export interface LineColumn {
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units as editors count them */
  column: number;
}

/** A text file kept with its line starts so offsets can be turned into line:column. */
export class SourceFile {
  private readonly lineStarts: number[];

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** The one place where a 0-based offset becomes a 1-based line and column. */
  position(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, next - 1).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** The row number a person sees in a spreadsheet: the header is row 1, the first record row 2. */
export function dataRowNumber(record: number): number {
  return record + 2;
}

/** Spreadsheet column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Files read during a run, so formatters can print line:column and code frames. */
export class SourceRegistry {
  private readonly files = new Map<string, SourceFile>();

  add(file: SourceFile): SourceFile {
    this.files.set(file.path, file);
    return file;
  }

  get(path: string): SourceFile | undefined {
    return this.files.get(path);
  }
}

/** "specs/peer.yaml:12:7" or "referrals.csv row 14, column referral_date (D)". */
export function describeLocation(at: Location, sources?: SourceRegistry): string {
  if (at.kind === 'spec') {
    const source = sources?.get(at.file);
    if (!source) return at.file;
    const { line, column } = source.position(at.offset);
    return `${at.file}:${line}:${column}`;
  }
  const where = at.sheet ? `${at.file}, sheet ${at.sheet}` : at.file;
  // a record of -1 is a whole file or sheet (a missing dataset, a summary of findings), not a row
  if (at.record < 0) return at.column === undefined ? where : `${where}, column ${at.column}`;
  const row = `row ${dataRowNumber(at.record)}`;
  if (at.column === undefined) return `${where} ${row}`;
  const letters = at.columnIndex === undefined ? '' : ` (${columnLetters(at.columnIndex)})`;
  return `${where} ${row}, column ${at.column}${letters}`;
}

/** Thrown only for input we cannot use at all; the CLI wrapper turns it into exit code 2. */
export class UnusableInputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'UnusableInputError';
  }
}
