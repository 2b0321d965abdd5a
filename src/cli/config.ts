/**
 * The project file, `servicespec.yaml`: a partner's defaults for `check` (spec, data, mapping,
 * closure days, format, output, period, parameters), so that a plain `npx servicespec check` does
 * the whole job. Checked against schemas/project.schema.json; any problem stops the run (exit 2)
 * with its line and column. Paths in it are relative to the project file.
 */

import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseDocument, type Document } from 'yaml';
import { diagnostic, SourceFile, UnusableInputError, type Diagnostic, type SourceRegistry, type SpecLocation } from '../diagnostics.js';
import { parseIsoDate } from '../data/dates.js';
import { nodeAtPath, nodeRange, type SpecPath } from '../spec/source.js';
import { validate as validateProject } from '../spec/project-validator.generated.js';
import { didYouMean } from '../spec/suggest.js';

export const PROJECT_FILE = 'servicespec.yaml';

export interface ProjectConfig {
  /** the project file read, as the user would name it; undefined when there is none */
  file?: string;
  spec?: string;
  data?: string;
  mapping?: string;
  closures?: string[];
  format?: string;
  output?: string;
  period?: string;
  parameters?: Record<string, string | number | boolean>;
}

const PATH_KEYS = ['spec', 'data', 'mapping', 'output'] as const;

let compiled: { validate: ValidateFunction; keys: string[] } | undefined;

function projectSchema(): { validate: ValidateFunction; keys: string[] } {
  if (compiled) return compiled;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'schemas', 'project.schema.json');
    if (existsSync(candidate)) {
      const schema = JSON.parse(readFileSync(candidate, 'utf8')) as { properties: Record<string, unknown> };
      // compiled ahead of time by scripts/gen-validators.mjs: compiling at start-up cost more than checking
      compiled = { validate: validateProject as unknown as ValidateFunction, keys: Object.keys(schema.properties) };
      return compiled;
    }
    dir = path.dirname(dir);
  }
  throw new Error('schemas/project.schema.json was not found next to the servicespec installation');
}

/**
 * Reads the project file named by --config, or servicespec.yaml in the working folder when there is
 * one; no file gives an empty config. Paths come back relative to `cwd`, ready to use and to show.
 */
export async function loadProjectConfig(cwd: string, explicit: string | undefined, sources: SourceRegistry): Promise<ProjectConfig> {
  const file = explicit ?? PROJECT_FILE;
  const absolute = path.resolve(cwd, file);
  if (!explicit && !existsSync(absolute)) return {};
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnusableInputError([
      diagnostic(
        'config-unreadable',
        code === 'ENOENT'
          ? `The project file ${file} does not exist; check the path given to --config.`
          : `The project file ${file} could not be read (${code ?? 'unknown reason'}); check that it is a file you may read.`,
      ),
    ]);
  }
  sources.add(new SourceFile(file, text));
  const config = parseProjectConfig(text, file);
  const base = path.dirname(absolute);
  for (const key of PATH_KEYS) {
    const value = config[key];
    if (value !== undefined) config[key] = path.relative(cwd, path.resolve(base, value)) || '.';
  }
  return config;
}

/** Parses and checks a project file's text; throws UnusableInputError with every problem at its place. */
export function parseProjectConfig(text: string, file: string): ProjectConfig {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, length: number): SpecLocation => ({ kind: 'spec', file, offset, length: Math.max(1, length) });
  const problems: Diagnostic[] = doc.errors.map((error) =>
    diagnostic(
      error.code === 'DUPLICATE_KEY' ? 'config-duplicate-key' : 'config-yaml',
      error.code === 'DUPLICATE_KEY'
        ? `This key appears twice in the project file; keep one of them.`
        : `The project file is not valid YAML here (${error.message.split('\n')[0]}); fix the indentation or punctuation.`,
      at(error.pos[0], error.pos[1] - error.pos[0]),
    ),
  );
  if (problems.length > 0) throw new UnusableInputError(problems);
  const value = (doc.toJS() ?? {}) as unknown;
  const { validate, keys } = projectSchema();
  if (!validate(value)) {
    for (const error of validate.errors ?? []) problems.push(schemaProblem(error, doc, file, keys));
  } else {
    const closures = (value as ProjectConfig).closures ?? [];
    closures.forEach((day, i) => {
      if (parseIsoDate(day) === undefined) {
        problems.push(
          diagnostic(
            'config-closure-date',
            `The closure day "${day}" is not a real date; write it as YYYY-MM-DD.`,
            locate(doc, file, ['closures', i]),
          ),
        );
      }
    });
  }
  if (problems.length > 0) throw new UnusableInputError(problems);
  return { ...(value as ProjectConfig), file };
}

function locate(doc: Document, file: string, pathInFile: SpecPath, atKey = false): SpecLocation {
  const found = nodeAtPath(doc, pathInFile);
  const node = atKey ? (found?.key ?? found?.node) : (found?.node ?? found?.key);
  const range = node ? nodeRange(node) : undefined;
  return { kind: 'spec', file, offset: range?.[0] ?? 0, length: Math.max(1, (range?.[1] ?? 1) - (range?.[0] ?? 0)) };
}

function schemaProblem(error: ErrorObject, doc: Document, file: string, keys: string[]): Diagnostic {
  const pathInFile: SpecPath = error.instancePath
    .split('/')
    .slice(1)
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step.replace(/~1/g, '/').replace(/~0/g, '~')));
  const name = pathInFile.length ? pathInFile.join('.') : 'the project file';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      return diagnostic(
        'config-unknown-key',
        `The project file has no setting "${key}"${didYouMean(key, keys) || '.'} The settings are: ${keys.join(', ')}.`,
        locate(doc, file, [...pathInFile, key], true),
      );
    }
    case 'enum':
      return diagnostic(
        'config-bad-value',
        `${name} must be one of ${((error.params as { allowedValues: string[] }).allowedValues ?? []).join(', ')}.`,
        locate(doc, file, pathInFile),
      );
    case 'pattern':
      return diagnostic('config-closure-date', `The closure day must be written YYYY-MM-DD.`, locate(doc, file, pathInFile));
    case 'type':
      return diagnostic(
        'config-bad-value',
        pathInFile.length
          ? `${name} must be ${describeTypes((error.params as { type: string | string[] }).type)}.`
          : 'The project file must be a list of settings (spec: …, data: …), not a single value.',
        locate(doc, file, pathInFile),
      );
    default:
      return diagnostic('config-bad-value', `${name} ${error.message ?? 'is not valid'}.`, locate(doc, file, pathInFile));
  }
}

function describeTypes(type: string | string[]): string {
  const words: Record<string, string> = {
    string: 'a piece of text',
    array: 'a list',
    object: 'a set of name: value settings',
    number: 'a number',
    boolean: 'true or false',
  };
  return (Array.isArray(type) ? type : [type]).map((t) => words[t] ?? t).join(' or ');
}
