/**
 * Where each dataset's rows come from: the input path decides the kind (a folder of CSV / JSON /
 * NDJSON files, an .xlsx workbook, or one .json file of datasets), the mapping may name the file
 * or sheet, and otherwise the dataset's own name is looked for, ignoring case.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { diagnostic, UnusableInputError } from '../../diagnostics.js';
import { openCsv } from './csv.js';
import { jsonArrayReader, openNdjson, readJsonFile } from './json.js';
import { openXlsxSheet } from './xlsx.js';
import type { DatasetReader, InputKind, ReportFinding } from './types.js';

export * from './types.js';

export interface DatasetPlace {
  /** a file name in the input folder, or a key of the .json file */
  file?: string;
  /** a sheet of the workbook */
  sheet?: string;
}

const FOLDER_EXTENSIONS = ['.csv', '.json', '.ndjson', '.jsonl'];

export class DataInput {
  private jsonDocument: unknown;

  private constructor(
    readonly path: string,
    readonly kind: InputKind,
    private readonly folderFiles: string[],
  ) {}

  static async open(path: string): Promise<DataInput> {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new UnusableInputError([
        diagnostic('data-unreadable', `The data path ${path} does not exist. Give the folder of CSV files, the .xlsx workbook or the .json file to check.`, {
          kind: 'data',
          file: path,
          record: -1,
        }),
      ]);
    }
    if (info.isDirectory()) return new DataInput(path, 'folder', await readdir(path));
    const extension = extname(path).toLowerCase();
    if (extension === '.xlsx') return new DataInput(path, 'xlsx', []);
    if (extension === '.json') return new DataInput(path, 'json', []);
    throw new UnusableInputError([
      diagnostic(
        'data-unreadable',
        `${path} is not a kind of data servicespec reads. Give a folder holding one CSV, JSON or NDJSON file per dataset, an .xlsx workbook with one sheet per dataset, or a .json file of datasets.` +
          (extension === '.xls' ? ' Open the .xls file in Excel and save it as .xlsx.' : ''),
        { kind: 'data', file: path, record: -1 },
      ),
    ]);
  }

  /** The dataset's rows, or an UnusableInputError (data-missing-dataset) naming what was looked for and what is there. */
  async dataset(dataset: string, place: DatasetPlace, report: ReportFinding): Promise<DatasetReader> {
    if (this.kind === 'xlsx') return openXlsxSheet(this.path, this.path, place.sheet ?? dataset, dataset);
    if (this.kind === 'json') {
      this.jsonDocument ??= await readJsonFile(this.path, this.path);
      const document = this.jsonDocument;
      if (!document || typeof document !== 'object' || Array.isArray(document)) {
        throw missing(dataset, `${this.path} should hold an object with one list of records per dataset, such as {"${dataset}": [...]}.`, this.path);
      }
      const wanted = (place.file ?? dataset).toLowerCase();
      const key = Object.keys(document).find((k) => k.toLowerCase() === wanted);
      if (key === undefined) {
        throw missing(dataset, `${this.path} has no "${place.file ?? dataset}" list for the ${dataset} dataset; it has ${listed(Object.keys(document))}. Add it, or name it in the mapping with file:.`, this.path);
      }
      return jsonArrayReader((document as Record<string, unknown>)[key], `${this.path} (${key})`, dataset);
    }
    const fileName = this.findInFolder(dataset, place.file);
    if (!fileName) {
      const looked = place.file ? `"${place.file}"` : `${dataset}.csv (or .json, .ndjson)`;
      const present = this.folderFiles.filter((f) => FOLDER_EXTENSIONS.includes(extname(f).toLowerCase()));
      throw missing(dataset, `The folder ${this.path} has no ${looked} for the ${dataset} dataset; it holds ${listed(present)}. Add the file, or name it in the mapping with file:.`, join(this.path, place.file ?? `${dataset}.csv`));
    }
    const fullPath = join(this.path, fileName);
    const extension = extname(fileName).toLowerCase();
    if (extension === '.json') return jsonArrayReader(await readJsonFile(fullPath, fullPath), fullPath, dataset);
    if (extension === '.ndjson' || extension === '.jsonl') return openNdjson(fullPath, fullPath, dataset, report);
    return openCsv(fullPath, fullPath, report);
  }

  /** The CSV file a dataset of a folder input would be read from, or undefined (another kind of input or file). */
  csvFileFor(dataset: string, place: DatasetPlace): string | undefined {
    if (this.kind !== 'folder') return undefined;
    const fileName = this.findInFolder(dataset, place.file);
    return fileName && extname(fileName).toLowerCase() === '.csv' ? join(this.path, fileName) : undefined;
  }

  private findInFolder(dataset: string, file: string | undefined): string | undefined {
    if (file) {
      const wanted = file.toLowerCase();
      return this.folderFiles.find((f) => f.toLowerCase() === wanted);
    }
    for (const extension of FOLDER_EXTENSIONS) {
      const wanted = `${dataset}${extension}`.toLowerCase();
      const found = this.folderFiles.find((f) => f.toLowerCase() === wanted);
      if (found) return found;
    }
    return undefined;
  }
}

function listed(names: string[]): string {
  return names.length === 0 ? 'none' : names.map((n) => `"${basename(n)}"`).join(', ');
}

function missing(dataset: string, message: string, file: string): UnusableInputError {
  return new UnusableInputError([diagnostic('data-missing-dataset', message, { kind: 'data', file, dataset, record: -1 })]);
}
