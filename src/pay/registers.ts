/**
 * A delivery partner's two registers: the evidence register (YAML or CSV) and the staff register
 * (CSV). schemas/evidence.schema.json defines both; docs/payment.md explains them to partners.
 *
 * A bad entry is reported (a Diagnostic at its line:column or row and column) and left out, so
 * the rest of the register is still checked; only a file that cannot be read at all is unusable.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import { parseAutoDate, parseIsoDate } from '../data/dates.js';
import { openCsv } from '../data/readers/csv.js';
import type { RawCell } from '../data/readers/types.js';
import type { DayNumber } from '../data/table.js';
import { diagnostic, SourceFile, UnusableInputError, type DataLocation, type Diagnostic, type Location } from '../diagnostics.js';
import { validate as generatedEvidenceValidator } from '../spec/evidence-validator.generated.js';
import { nodeAtPath } from '../spec/source.js';

export type InsuranceBasis = 'per_claim' | 'aggregate';
export type DbsLevel = 'basic' | 'standard' | 'enhanced';
export type BarredList = 'adults' | 'children';

export interface EvidenceItem {
  requirement: string;
  evidence?: string;
  provided: DayNumber;
  expires?: DayNumber;
  cover?: string;
  amountPounds?: number;
  basis?: InsuranceBasis;
  financialYear?: string;
  quarter?: string;
  item?: string;
  /** where the entry is, for messages */
  at: Location;
}

export interface EvidenceRegister {
  file: string;
  partner?: string;
  facts: Record<string, boolean>;
  items: EvidenceItem[];
  diagnostics: Diagnostic[];
  /** the YAML text, so diagnostics can print line:column */
  source?: SourceFile;
}

export interface StaffMember {
  staffId: string;
  role?: string;
  dbsCheckDate?: DayNumber;
  dbsLevel?: DbsLevel;
  barredLists: BarredList[];
  volunteer: boolean;
  at: DataLocation;
}

export interface StaffRegister {
  file: string;
  staff: StaffMember[];
  diagnostics: Diagnostic[];
}

const EVIDENCE_FIELDS = ['requirement', 'evidence', 'provided', 'expires', 'cover', 'amount_pounds', 'basis', 'financial_year', 'quarter', 'item'] as const;
const STAFF_FIELDS = ['staff_id', 'role', 'dbs_check_date', 'dbs_level', 'barred_lists', 'volunteer'] as const;
const FIELD_WORDS: Record<string, string> = {
  requirement: 'a requirement id from the spec\'s checklist, such as insurance',
  provided: 'a date written YYYY-MM-DD',
  expires: 'a date written YYYY-MM-DD',
  cover: 'a cover name such as public_liability',
  amount_pounds: 'an amount in pounds, such as 5000000',
  basis: 'per_claim or aggregate',
  financial_year: 'a financial year written like 2021/22',
  quarter: 'a quarter written like 2022/23 Q1',
  item: 'an item name such as narrative_report',
  facts: 'true or false',
};

/** schemas/evidence.schema.json, compiled ahead of time by scripts/gen-validators.mjs (faster start). */
const validateEvidence = generatedEvidenceValidator as unknown as ValidateFunction;

/** Reads the evidence register: .yaml/.yml or .csv, chosen by the file's extension. */
export async function readEvidenceRegister(path: string): Promise<EvidenceRegister> {
  const kind = extname(path).toLowerCase();
  if (kind === '.csv') {
    const { headings, rows, diagnostics } = await readCsvRows(path);
    const register = evidenceFromRows(path, headings, rows);
    register.diagnostics.unshift(...diagnostics);
    return register;
  }
  if (kind === '.yaml' || kind === '.yml') {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw unusable('register-unreadable', `The evidence register ${path} could not be read (${error.code ?? error.message}); check the path.`);
    });
    return evidenceFromYaml(path, text);
  }
  throw unusable('register-unknown-format', `The evidence register ${path} must be a .yaml, .yml or .csv file; save it in one of those forms.`);
}

/** Reads the staff register, a CSV file. */
export async function readStaffRegister(path: string): Promise<StaffRegister> {
  if (extname(path).toLowerCase() !== '.csv') {
    throw unusable('register-unknown-format', `The staff register ${path} must be a .csv file with the headings ${STAFF_FIELDS.join(', ')}; save it as CSV.`);
  }
  const { headings, rows, diagnostics } = await readCsvRows(path);
  const register = staffFromRows(path, headings, rows);
  register.diagnostics.unshift(...diagnostics);
  return register;
}

async function readCsvRows(path: string): Promise<{ headings: string[]; rows: RawCell[][]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const reader = await openCsv(path, path, (d) => diagnostics.push(d));
  const rows: RawCell[][] = [];
  // rows are indexed by record so that row numbers in messages stay those of the file
  await reader.pump((cells, record, unreadable) => {
    rows[record] = unreadable ? [] : cells.slice();
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { headings: reader.headings, rows, diagnostics };
}

export function evidenceFromYaml(file: string, text: string): EvidenceRegister {
  const source = new SourceFile(file, text);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, length = 1): Location => ({ kind: 'spec', file, offset, length });
  if (doc.errors.length > 0) {
    throw new UnusableInputError(
      doc.errors.map((e) => diagnostic('register-yaml', `The evidence register is not valid YAML: ${e.message.split('\n')[0]}; correct it at this place.`, at(e.pos[0], e.pos[1] - e.pos[0]))),
    );
  }
  const data = doc.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Array.isArray((data as { evidence?: unknown }).evidence)) {
    throw new UnusableInputError([
      diagnostic('register-shape', `The evidence register ${file} must be a YAML mapping with a list called evidence:, one entry per piece of evidence; see docs/payment.md.`, at(0)),
    ]);
  }
  const diagnostics: Diagnostic[] = [];
  const badEntries = new Set<number>();
  if (!validateEvidence(data)) {
    for (const error of validateEvidence.errors ?? []) {
      const path = pathOf(error);
      const place = nodeAtPath(doc, path);
      const node = place?.key && error.keyword === 'additionalProperties' ? place.key : place?.node ?? place?.key;
      const offset = node?.range?.[0] ?? 0;
      const length = node?.range ? node.range[1] - node.range[0] : 1;
      diagnostics.push(diagnostic('register-schema', schemaMessage(error, path), at(offset, length)));
      if (path[0] === 'evidence' && typeof path[1] === 'number') badEntries.add(path[1]);
    }
  }
  const register = data as { partner?: string; facts?: Record<string, boolean>; evidence: Record<string, unknown>[] };
  const items: EvidenceItem[] = [];
  register.evidence.forEach((entry, index) => {
    if (badEntries.has(index)) return;
    const place = (field?: string): Location => {
      const node = nodeAtPath(doc, field ? ['evidence', index, field] : ['evidence', index])?.node;
      return at(node?.range?.[0] ?? 0, node?.range ? node.range[1] - node.range[0] : 1);
    };
    const item = evidenceItem(entry as Record<string, RawCell>, place, parseIsoDate, diagnostics);
    if (item) items.push(item);
  });
  return { file, partner: register.partner, facts: register.facts ?? {}, items, diagnostics, source };
}

export function evidenceFromRows(file: string, headings: string[], rows: RawCell[][]): EvidenceRegister {
  const diagnostics: Diagnostic[] = [];
  const columns = columnIndex(file, headings, EVIDENCE_FIELDS, ['requirement', 'provided'], 'evidence register');
  const items: EvidenceItem[] = [];
  rows.forEach((row, record) => {
    if (row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '')) return;
    const entry: Record<string, RawCell> = {};
    for (const [field, index] of columns) entry[field] = cleanCell(row[index]);
    const place = (field?: string): DataLocation => cellPlace(file, record, headings, columns, field);
    for (const field of ['requirement', 'provided'] as const) {
      if (entry[field] === undefined) {
        diagnostics.push(diagnostic('register-missing-value', `This row has no ${field}; give ${FIELD_WORDS[field]}, or delete the row.`, place(field)));
      }
    }
    if (entry.requirement === undefined || entry.provided === undefined) return;
    if (entry.amount_pounds !== undefined) {
      const amount = parseAmount(String(entry.amount_pounds));
      if (amount === undefined) {
        diagnostics.push(diagnostic('register-bad-value', `"${String(entry.amount_pounds).slice(0, 40)}" is not an amount in pounds; write it like 5000000 or £5,000,000.`, place('amount_pounds')));
        delete entry.amount_pounds;
      } else entry.amount_pounds = amount;
    }
    const item = evidenceItem(entry, place, parseAutoDate, diagnostics);
    if (item) items.push(item);
  });
  return { file, facts: {}, items, diagnostics };
}

/** One entry, whichever form it came in; undefined (and a diagnostic) when it cannot be used. */
function evidenceItem(
  entry: Record<string, RawCell>,
  place: (field?: string) => Location,
  parseDate: (s: string) => DayNumber | undefined,
  diagnostics: Diagnostic[],
): EvidenceItem | undefined {
  const text = (field: string): string | undefined => (entry[field] === undefined || entry[field] === null ? undefined : String(entry[field]).trim() || undefined);
  const date = (field: string): DayNumber | undefined | null => {
    const value = text(field);
    if (value === undefined) return undefined;
    const day = parseDate(value);
    if (day === undefined) {
      diagnostics.push(diagnostic('register-bad-date', `"${value.slice(0, 40)}" in ${field} is not a real date; write it as YYYY-MM-DD, such as 2022-04-01.`, place(field), { value: value.slice(0, 40) }));
      return null;
    }
    return day;
  };
  const provided = date('provided');
  const expires = date('expires');
  if (provided === null || provided === undefined || expires === null) return undefined;
  const checks: [string, RegExp][] = [
    ['requirement', /^[a-z0-9][a-z0-9-]*$/],
    ['basis', /^(per_claim|aggregate)$/],
    ['financial_year', /^\d{4}\/\d{2}$/],
    ['quarter', /^\d{4}\/\d{2} Q[1-4]$/],
    ['cover', /^[a-z][a-z0-9_]*$/],
    ['item', /^[a-z][a-z0-9_]*$/],
  ];
  for (const [field, pattern] of checks) {
    const value = text(field);
    if (value !== undefined && !pattern.test(value)) {
      diagnostics.push(diagnostic('register-bad-value', `"${value.slice(0, 40)}" is not a valid ${field}; write ${FIELD_WORDS[field]}.`, place(field), { value: value.slice(0, 40) }));
      return undefined;
    }
  }
  const amount = entry.amount_pounds;
  return {
    requirement: text('requirement')!,
    evidence: text('evidence'),
    provided,
    expires: expires ?? undefined,
    cover: text('cover'),
    amountPounds: typeof amount === 'number' ? amount : undefined,
    basis: text('basis') as InsuranceBasis | undefined,
    financialYear: text('financial_year'),
    quarter: text('quarter'),
    item: text('item'),
    at: place(),
  };
}

export function staffFromRows(file: string, headings: string[], rows: RawCell[][]): StaffRegister {
  const diagnostics: Diagnostic[] = [];
  const columns = columnIndex(file, headings, STAFF_FIELDS, ['staff_id', 'dbs_check_date', 'dbs_level', 'barred_lists'], 'staff register');
  const staff: StaffMember[] = [];
  rows.forEach((row, record) => {
    if (row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '')) return;
    const cell = (field: string): string | undefined => {
      const index = columns.get(field);
      const value = index === undefined ? undefined : cleanCell(row[index]);
      return value === undefined ? undefined : String(value);
    };
    const place = (field?: string): DataLocation => cellPlace(file, record, headings, columns, field);
    const staffId = cell('staff_id');
    if (staffId === undefined) {
      diagnostics.push(diagnostic('register-missing-value', 'This row has no staff_id; give every person an id (never a name), or delete the row.', place('staff_id')));
      return;
    }
    const member: StaffMember = { staffId, role: cell('role'), barredLists: [], volunteer: false, at: place() };
    const dateText = cell('dbs_check_date');
    if (dateText !== undefined) {
      member.dbsCheckDate = parseAutoDate(dateText);
      if (member.dbsCheckDate === undefined) {
        diagnostics.push(diagnostic('register-bad-date', `"${dateText.slice(0, 40)}" is not a real date; write the DBS certificate's date as YYYY-MM-DD or day/month/year.`, place('dbs_check_date'), { value: dateText.slice(0, 40) }));
      }
    }
    const level = cell('dbs_level')?.toLowerCase();
    if (level !== undefined) {
      if (level === 'basic' || level === 'standard' || level === 'enhanced') member.dbsLevel = level;
      else diagnostics.push(diagnostic('register-bad-value', `"${level.slice(0, 40)}" is not a DBS level; write basic, standard or enhanced.`, place('dbs_level'), { value: level.slice(0, 40) }));
    }
    for (const word of (cell('barred_lists') ?? '').toLowerCase().split(/[;,/&+]|\band\b/)) {
      const list = word.trim();
      if (list === '') continue;
      const known: BarredList | undefined = /^adults?$/.test(list) ? 'adults' : /^child(ren)?$/.test(list) ? 'children' : undefined;
      if (known && !member.barredLists.includes(known)) member.barredLists.push(known);
      else if (!known) diagnostics.push(diagnostic('register-bad-value', `"${list.slice(0, 40)}" is not a barred list; write adults, children, or adults;children.`, place('barred_lists'), { value: list.slice(0, 40) }));
    }
    const volunteer = (cell('volunteer') ?? 'no').toLowerCase();
    if (/^(yes|y|true|1)$/.test(volunteer)) member.volunteer = true;
    else if (!/^(no|n|false|0)$/.test(volunteer)) diagnostics.push(diagnostic('register-bad-value', `"${volunteer.slice(0, 40)}" in volunteer should be yes or no.`, place('volunteer'), { value: volunteer.slice(0, 40) }));
    staff.push(member);
  });
  return { file, staff, diagnostics };
}

function columnIndex(file: string, headings: string[], known: readonly string[], required: string[], what: string): Map<string, number> {
  const columns = new Map<string, number>();
  headings.forEach((heading, index) => {
    const name = heading.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (known.includes(name) && !columns.has(name)) columns.set(name, index);
  });
  const missing = required.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    throw unusable(
      'register-missing-column',
      `The ${what} ${file} has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}; its first row must hold the headings ${known.join(', ')}.`,
    );
  }
  return columns;
}

function cellPlace(file: string, record: number, headings: string[], columns: Map<string, number>, field?: string): DataLocation {
  const index = field === undefined ? undefined : columns.get(field);
  return { kind: 'data', file, record, column: index === undefined ? undefined : headings[index], columnIndex: index };
}

function cleanCell(cell: RawCell): RawCell {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') return cell.trim() === '' ? undefined : cell.trim();
  return cell;
}

/** "5000000", "£5,000,000", "5m" or "£1 million" as pounds. */
export function parseAmount(text: string): number | undefined {
  const match = /^£?\s*(\d[\d,]*(?:\.\d+)?)\s*(m|million)?$/i.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1].replace(/,/g, ''));
  return match[2] ? value * 1_000_000 : value;
}

function pathOf(error: ErrorObject): (string | number)[] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty);
  return path;
}

function schemaMessage(error: ErrorObject, path: (string | number)[]): string {
  const entry = path[0] === 'evidence' && typeof path[1] === 'number' ? `Evidence entry ${path[1] + 1}` : 'The evidence register';
  const field = String(path[path.length - 1] ?? '');
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return `${entry} has no ${missing}; add ${missing}: with ${FIELD_WORDS[missing] ?? 'a value'}.`;
    }
    case 'additionalProperties':
      return `${entry} has a field "${field}" that the register does not have; use ${path[0] === 'evidence' ? EVIDENCE_FIELDS.join(', ') : 'partner, facts, evidence'}.`;
    default:
      return `${entry}: ${field} should be ${FIELD_WORDS[field] ?? FIELD_WORDS[String(path[0])] ?? `of the form the schema describes (${error.message ?? 'see docs/payment.md'})`}; correct it.`;
  }
}

/** A whole-file problem has no row to point at: the message names the file. */
function unusable(code: string, message: string): UnusableInputError {
  return new UnusableInputError([diagnostic(code, message)]);
}
