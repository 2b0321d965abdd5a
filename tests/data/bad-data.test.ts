/**
 * The bad-data corpus: each folder of tests/fixtures/bad-data holds the files that differ from the
 * small good data set (tests/fixtures/data/small) and an expected.json of what must come out: an
 * UnusableInputError with a clear message, or findings at the right dataset, row and column. No
 * case may end in any other exception, and every finding on a row must mark that row as flagged.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { inferSchema, initParser } from 'udsv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UnusableInputError, type DataLocation, type Diagnostic } from '../../src/diagnostics.js';
import { formatDay } from '../../src/data/dates.js';
import { loadData, type LoadedData } from '../../src/data/load.js';
import { loadMapping } from '../../src/data/mapping.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const baseFolder = join(root, 'data', 'small');
const corpus = join(root, 'bad-data');
const spec = parse(readFileSync(join(import.meta.dirname, '..', '..', 'specs', 'peer-support-dover-folkestone.yaml'), 'utf8')) as ServiceSpec;
const scratch = mkdtempSync(join(tmpdir(), 'servicespec-bad-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface ExpectedFinding {
  code: string;
  dataset: string | null;
  row?: number;
  column?: string;
  severity?: string;
  value?: string;
  sheet?: string;
  messageIncludes?: string;
}

interface Expected {
  description: string;
  input?: 'folder' | 'xlsx' | 'data.json';
  mapping?: string;
  remove?: string[];
  omitSheets?: string[];
  error?: { code: string; messageIncludes: string[] };
  findings?: ExpectedFinding[];
  read?: Record<string, number>;
  excluded?: Record<string, number>;
  values?: { dataset: string; field: string; row: number; date?: string; string?: string; enum?: string; bits?: number }[];
}

async function prepare(name: string, expected: Expected): Promise<string> {
  const folder = join(scratch, name);
  const caseFolder = join(corpus, name);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  for (const file of readdirSync(baseFolder)) if (!expected.remove?.includes(file)) copyFileSync(join(baseFolder, file), join(folder, file));
  for (const file of readdirSync(caseFolder)) {
    if (file === 'expected.json' || file === expected.mapping) continue;
    copyFileSync(join(caseFolder, file), join(folder, file));
  }
  if (expected.input === 'data.json') return join(folder, 'data.json');
  if (expected.input !== 'xlsx') return folder;
  const workbook = new ExcelJS.Workbook();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.csv'))) {
    const dataset = file.slice(0, -4);
    if (expected.omitSheets?.includes(dataset)) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    const rows = initParser(inferSchema(text, { header: () => [] })).stringArrs(text);
    const sheet = workbook.addWorksheet(dataset);
    for (const row of rows) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  }
  const path = join(folder, 'data.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

function matches(actual: Diagnostic, wanted: ExpectedFinding): boolean {
  const at = actual.at?.kind === 'data' ? (actual.at as DataLocation) : undefined;
  if (actual.code !== wanted.code) return false;
  if (wanted.dataset && at?.dataset !== wanted.dataset) return false;
  if (wanted.row !== undefined && (at === undefined || at.record + 2 !== wanted.row)) return false;
  if (wanted.column !== undefined && at?.column !== wanted.column) return false;
  if (wanted.sheet !== undefined && at?.sheet !== wanted.sheet) return false;
  if (wanted.severity !== undefined && actual.severity !== wanted.severity) return false;
  if (wanted.value !== undefined && actual.value !== wanted.value) return false;
  if (wanted.messageIncludes !== undefined && !actual.message.includes(wanted.messageIncludes)) return false;
  return true;
}

const cases = readdirSync(corpus).filter((name) => !name.includes('.'));

describe('bad-data corpus', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as Expected;
    const path = await prepare(name, expected);
    let outcome: LoadedData | undefined;
    let failure: unknown;
    try {
      const mapping = expected.mapping ? await loadMapping(join(corpus, name, expected.mapping)) : undefined;
      outcome = await loadData(spec, { path }, { mapping });
    } catch (error) {
      failure = error;
    }

    if (expected.error) {
      expect(failure, 'an UnusableInputError').toBeInstanceOf(UnusableInputError);
      const diagnostics = (failure as UnusableInputError).diagnostics;
      expect(diagnostics.map((d) => d.code)).toContain(expected.error.code);
      const message = diagnostics.find((d) => d.code === expected.error!.code)!.message;
      for (const part of expected.error.messageIncludes) expect(message).toContain(part);
      expect(message).not.toMatch(/\n\s+at /); // no stack trace
      return;
    }
    if (failure) throw failure;
    const { findings, accounting, data } = outcome!;

    for (const wanted of expected.findings ?? []) {
      expect(findings.some((f) => matches(f, wanted)), `finding ${JSON.stringify(wanted)} among ${JSON.stringify(findings.map((f) => [f.code, f.at, f.message]))}`).toBe(true);
    }
    // nothing unexpected of warning or error severity
    const expectedCodes = new Set((expected.findings ?? []).map((f) => f.code));
    const surprises = findings.filter((f) => f.severity !== 'info' && !expectedCodes.has(f.code));
    expect(surprises.map((f) => [f.code, f.message])).toEqual([]);

    for (const [dataset, read] of Object.entries(expected.read ?? {})) expect(accounting.find((a) => a.dataset === dataset)?.read).toBe(read);
    for (const [dataset, excluded] of Object.entries(expected.excluded ?? {})) expect(accounting.find((a) => a.dataset === dataset)?.excluded).toBe(excluded);

    // no row is silently dropped: each finding on a row flags it, and the accounting adds up
    for (const finding of findings) {
      const at = finding.at?.kind === 'data' ? finding.at : undefined;
      if (!at || at.record < 0 || !at.dataset || finding.severity === 'info') continue;
      const table = data.tables.get(at.dataset)!;
      const row = table.record.indexOf(at.record);
      if (row >= 0) expect(table.flagged![row], `${finding.code} flags its row`).toBe(1);
    }
    for (const entry of accounting) {
      const table = data.tables.get(entry.dataset)!;
      const flaggedRows = table.flagged!.reduce((n, v) => n + v, 0);
      expect(entry.read).toBe(table.length);
      expect(entry.read - flaggedRows + flaggedRows).toBe(entry.read);
      expect(entry.flagged).toBe(flaggedRows);
    }

    for (const check of expected.values ?? []) {
      const column = data.tables.get(check.dataset)!.columns.get(check.field)!;
      expect(column.state[check.row]).toBe(0);
      if (check.date !== undefined && column.kind === 'date') expect(formatDay(column.values[check.row])).toBe(check.date);
      if (check.string !== undefined && (column.kind === 'id' || column.kind === 'string')) expect(column.values[check.row]).toBe(check.string);
      if (check.enum !== undefined && column.kind === 'enum') expect(column.enumValues[column.values[check.row]]).toBe(check.enum);
      if (check.bits !== undefined && column.kind === 'list') expect(column.values[check.row]).toBe(check.bits);
    }
  });
});
