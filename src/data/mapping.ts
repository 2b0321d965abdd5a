/**
 * A partner's mapping file: how their export's files, sheets, headings, value spellings and date
 * formats correspond to a spec's datasets. Checked against schemas/mapping.schema.json; every
 * mistake is reported at its line and column, and a broken mapping stops the run (exit 2).
 */
import { readFile } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as validateMappingGenerated } from '../spec/mapping-validator.generated.js';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { diagnostic, UnusableInputError, type Diagnostic, type SpecLocation } from '../diagnostics.js';
import { nodeAtPath, nodeRange, type SpecPath } from '../spec/source.js';
import { didYouMean, listWords } from '../spec/suggest.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import type { DateFormat } from './dates.js';

export interface DatasetMapping {
  file?: string;
  sheet?: string;
  /** field → the partner's heading */
  columns?: Record<string, string>;
  /** field → { partner's value → our value } */
  values?: Record<string, Record<string, string | boolean | number>>;
  /** one format for the dataset, or field → format (key "default" for the rest) */
  dates?: DateFormat | Record<string, DateFormat>;
}

export interface Mapping {
  datasets?: Record<string, DatasetMapping>;
  dates?: DateFormat;
  booleans?: { true?: string[]; false?: string[] };
  closures?: string[];
}

/** A mapping and where its parts are in its file, so later checks can point at them. */
export interface MappingFile {
  mapping: Mapping;
  file: string;
  locate(path: SpecPath): SpecLocation;
}

/** Compiled ahead of time from schemas/mapping.schema.json (npm run gen:validators): no ajv compile per run. */
const validateMapping = validateMappingGenerated as unknown as ValidateFunction;

/** Parses and checks a mapping's text; diagnostics are empty when it can be used. */
export function parseMapping(text: string, file: string): { mapping?: MappingFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locate = (path: SpecPath): SpecLocation => locateIn(doc, file, path);
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const code = error.code === 'DUPLICATE_KEY' ? 'mapping-duplicate-key' : 'mapping-yaml';
    diagnostics.push(
      diagnostic(code, `The mapping is not valid YAML here: ${error.message.split('\n')[0]}. Fix the indentation or punctuation at this place.`, {
        kind: 'spec',
        file,
        offset: error.pos[0],
        length: Math.max(1, error.pos[1] - error.pos[0]),
      }),
    );
  }
  if (diagnostics.length > 0) return { diagnostics };
  const value = (doc.toJS() ?? {}) as unknown;
  if (!validateMapping(value)) {
    for (const error of validateMapping.errors ?? []) {
      if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
      const path = pointerPath(error.instancePath);
      diagnostics.push(diagnostic('mapping-schema', describeSchemaError(error, path), locate(error.keyword === 'additionalProperties' ? [...path, String(error.params.additionalProperty)] : path)));
    }
    return { diagnostics: dedupe(diagnostics) };
  }
  return { mapping: { mapping: value as Mapping, file, locate }, diagnostics };
}

/** Reads a mapping file; any problem is unusable input. */
export async function loadMapping(path: string): Promise<MappingFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UnusableInputError([
      diagnostic('mapping-unreadable', `The mapping file ${path} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path given to --mapping.`, {
        kind: 'spec',
        file: path,
        offset: 0,
        length: 0,
      }),
    ]);
  }
  const { mapping, diagnostics } = parseMapping(text, path);
  if (!mapping) throw new UnusableInputError(diagnostics);
  return mapping;
}

/** Datasets and fields the mapping names that the spec does not have: each is a typo until shown otherwise. */
export function checkMappingAgainstSpec(mappingFile: MappingFile, spec: ServiceSpec): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const datasets = spec.datasets ?? {};
  for (const [name, entry] of Object.entries(mappingFile.mapping.datasets ?? {})) {
    const dataset = datasets[name];
    if (!dataset) {
      diagnostics.push(
        diagnostic('mapping-unknown-dataset', `The mapping names a dataset "${name}" that the spec does not have${didYouMean(name, Object.keys(datasets))}. The spec's datasets are ${listWords(Object.keys(datasets))}.`, mappingFile.locate(['datasets', name])),
      );
      continue;
    }
    const fields = Object.keys(dataset.fields);
    const known = (field: string): boolean => field in dataset.fields;
    for (const section of ['columns', 'values'] as const) {
      for (const field of Object.keys(entry[section] ?? {})) {
        if (known(field)) continue;
        diagnostics.push(
          diagnostic('mapping-unknown-field', `The mapping's ${section} for ${name} name a field "${field}" that the dataset does not have${didYouMean(field, fields)}. Use one of ${listWords(fields)}.`, mappingFile.locate(['datasets', name, section, field])),
        );
      }
    }
    if (entry.dates && typeof entry.dates === 'object') {
      for (const field of Object.keys(entry.dates)) {
        if (field === 'default') continue;
        if (dataset.fields[field]?.type === 'date') continue;
        diagnostics.push(
          diagnostic('mapping-unknown-field', `The mapping's dates for ${name} name "${field}", which is not a date field of the dataset${didYouMean(field, fields)}.`, mappingFile.locate(['datasets', name, 'dates', field])),
        );
      }
    }
  }
  return diagnostics;
}

function locateIn(doc: Document, file: string, path: SpecPath): SpecLocation {
  for (let length = path.length; length >= 0; length--) {
    const found = nodeAtPath(doc, path.slice(0, length));
    const node = length === path.length ? (found?.key ?? found?.node) : found?.node;
    const range = node ? nodeRange(node) : undefined;
    if (range) return { kind: 'spec', file, offset: range[0], length: Math.max(1, range[1] - range[0]) };
  }
  return { kind: 'spec', file, offset: 0, length: 0 };
}

function pointerPath(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describeSchemaError(error: ErrorObject, path: string[]): string {
  const where = path.length === 0 ? 'The mapping' : `"${path.join('.')}" in the mapping`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {});
      return `${where} has a key "${key}" that a mapping does not use${didYouMean(key, allowed)}.${allowed.length ? ` The keys allowed here are ${listWords(allowed)}.` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${listWords((error.params.allowedValues as string[]).map((v) => `"${v}"`), 'or')}.`;
    case 'type':
      return `${where} must be ${error.params.type === 'object' ? 'a set of "key: value" lines' : error.params.type === 'array' ? 'a list' : `a ${String(error.params.type).replace(',', ' or ')}`}.`;
    case 'pattern':
      return `${where} must be a date written YYYY-MM-DD, such as 2022-12-28.`;
    case 'minItems':
    case 'minLength':
      return `${where} must not be empty.`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.message}\u0000${d.at?.kind === 'spec' ? d.at.offset : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
