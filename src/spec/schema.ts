/**
 * Schema validation of a spec, and ajv's errors turned into one plain sentence each.
 * The validators are compiled ahead of time (scripts/gen-validators.mjs writes
 * validators.generated.ts): compiling the schema with ajv at start-up cost a quarter of a second of
 * every `servicespec lint`.
 */

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { capitalise, describeContainer, describeValue } from './describe.js';
import type { SpecPath } from './source.js';
import { didYouMean, listWords } from './suggest.js';
import * as generated from './validators.generated.js';

/** One schema problem, before it is given a place in a file. */
export interface SchemaProblem {
  code: string;
  message: string;
  path: SpecPath;
  /** Point at the key (unknown or misnamed keys) rather than at its value. */
  atKey?: boolean;
}

const validateWholeSpec = generated.validate as unknown as ValidateFunction;

interface Alternative {
  keyword: string;
  /** The schema node holding the oneOf/anyOf, as JSON. */
  schema: string;
  branches: ValidateFunction[];
}

let alternativesBySchema: Map<string, Alternative> | undefined;

/** The branch validators of a failed oneOf/anyOf, found by the schema node its error carries. */
function branchValidators(keyword: string, parentSchema: unknown): ValidateFunction[] | undefined {
  alternativesBySchema ??= new Map(
    (generated.alternatives as unknown as Alternative[]).map((alternative) => [`${alternative.keyword} ${alternative.schema}`, alternative]),
  );
  return alternativesBySchema.get(`${keyword} ${JSON.stringify(parentSchema)}`)?.branches;
}

/** Where schemas/spec.schema.json is, from src/spec (tests) or dist/src/spec (the built CLI). */
export function schemaFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'schemas', 'spec.schema.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('schemas/spec.schema.json was not found next to the servicespec installation');
}

export interface ValidateOptions {
  /**
   * A file that extends another, or an abstract base, may leave out keys the other file gives:
   * only the keys every file needs (id, title, version) are required of it on its own.
   */
  partial?: boolean;
}

/** Every schema problem of a parsed spec, one per mistake, in document order of their paths. */
export function validateSpec(value: unknown, options: ValidateOptions = {}): SchemaProblem[] {
  if (validateWholeSpec(value)) return [];
  let errors = collapseAlternatives(validateWholeSpec.errors ?? [], value);
  if (options.partial) errors = errors.filter((e) => e.keyword !== 'required' || e.instancePath === '');
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = describeError(error, value);
    if (!problem) continue;
    const key = `${problem.code}\u0000${problem.path.join('/')}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current = root;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(current) ? Number(step) : step;
    path.push(index);
    current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[index] : undefined;
  }
  return path;
}

function valueAtPointer(pointer: string, root: unknown): unknown {
  let current = root;
  for (const step of pointerToPath(pointer, root)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

const within = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/**
 * ajv reports a failed oneOf/anyOf with the errors of every branch. A person meant one branch: the
 * one whose type matches the value and that has the fewest errors. Only that branch's errors are
 * kept; when no branch has the right type, one type error names the types allowed.
 */
function collapseAlternatives(errors: ErrorObject[], data: unknown, prefix = ''): ErrorObject[] {
  const isAlternative = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const alternatives = errors
    .filter(isAlternative)
    .sort((a, b) => a.instancePath.split('/').length - b.instancePath.split('/').length);
  let kept = errors.filter((e) => !isAlternative(e));
  const replaced: ErrorObject[] = [];
  const handled: string[] = [];
  for (const alternative of alternatives) {
    const at = alternative.instancePath;
    if (handled.some((p) => within(at, p))) continue;
    handled.push(at);
    kept = kept.filter((e) => !within(e.instancePath, at));
    replaced.push(...bestBranchErrors(alternative, valueAtPointer(at.slice(prefix.length), data), data, prefix));
  }
  return [...kept, ...replaced];
}

function bestBranchErrors(alternative: ErrorObject, value: unknown, data: unknown, prefix: string): ErrorObject[] {
  const branches = alternative.schema as unknown[];
  const validators = branchValidators(alternative.keyword, alternative.parentSchema);
  if (!Array.isArray(branches) || !validators || validators.length !== branches.length) return [alternative];
  const at = alternative.instancePath;
  let best: ErrorObject[] | undefined;
  const types: string[] = [];
  for (let i = 0; i < branches.length; i++) {
    const validateBranch = validators[i];
    const branchType = (branches[i] as { type?: unknown }).type;
    if (typeof branchType === 'string') types.push(branchType);
    if (validateBranch(value)) {
      // oneOf failed though this branch passes: more than one branch matched
      return [{ ...alternative, keyword: 'ambiguous' }];
    }
    const branchErrors = (validateBranch.errors ?? []).map((e: ErrorObject) => ({ ...e, instancePath: `${at}${e.instancePath}` }));
    const wrongType = branchErrors.some((e: ErrorObject) => e.keyword === 'type' && e.instancePath === at);
    if (wrongType) continue;
    if (!best || branchErrors.length < best.length) best = branchErrors;
  }
  if (best) return collapseAlternatives(best, data, prefix);
  return [{ ...alternative, keyword: 'type', params: { type: types.join(',') }, data: value }];
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'empty',
};

function actualTypeWords(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return 'a mapping of keys to values';
}

/** How the formats of the schema's patterns are explained to an author. */
const PATTERN_WORDS: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date written YYYY-MM-DD (for example 2022-04-01)',
  '^[a-z0-9][a-z0-9-]*$': 'an id of lower-case letters, digits and hyphens, starting with a letter or digit (for example contact-made-5wd)',
  '^\\d{2}-\\d{2}$': 'a month and day written MM-DD (for example 04-01)',
  '^[a-z][a-z0-9_]*$': 'a name of lower-case letters, digits and underscores, starting with a letter (for example exit_surveys)',
};

function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const cut = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `'${cut}'`;
}

function describeError(error: ErrorObject, root: unknown): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath, root);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  if (error.schemaPath.includes('/propertyNames/')) return undefined; // reported by the propertyNames error
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties as object | undefined) ?? {});
      const where = describeContainer(path, root);
      const hint = didYouMean(key, allowed) || (allowed.length > 0 ? `; the keys allowed here are ${listWords(allowed)}.` : '; remove it.');
      return { code: 'schema-unknown-key', message: `Unknown key '${key}' in ${where}${hint}`, path: [...path, key], atKey: true };
    }
    case 'type': {
      const expected = String(params.type).split(',').map((t) => TYPE_WORDS[t] ?? t);
      const wanted = listWords([...new Set(expected)], 'or');
      const actual = actualTypeWords(error.data);
      let hint = '';
      if (expected[0] === 'text' && (typeof error.data === 'number' || typeof error.data === 'boolean')) hint = ' Put the value in quotes.';
      else if (expected.includes('a list') && typeof error.data === 'string') hint = ' Write it as a list, for example [a, b].';
      return { code: 'schema-type', message: `${describeValue(path, root)} must be ${wanted}, not ${actual}.${hint}`, path };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        code: 'schema-required',
        message: `${capitalise(describeContainer(path, root))} is missing the required key '${missing}'; add it.`,
        path,
        atKey: path.length > 0,
      };
    }
    case 'enum': {
      const allowed = (error.schema as unknown[]).map(String);
      const suggestion = didYouMean(String(error.data), allowed);
      return {
        code: 'schema-enum',
        message: `${describeValue(path, root)} is ${quoteValue(error.data)}, which is not allowed${suggestion || '.'} Use one of: ${allowed.join(', ')}.`,
        path,
      };
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      const words = PATTERN_WORDS[pattern] ?? `text matching the pattern ${pattern}`;
      return { code: 'schema-pattern', message: `${describeValue(path, root)} is ${quoteValue(error.data)}, but must be ${words}.`, path };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const pattern = String((parent.propertyNames as { pattern?: string } | undefined)?.pattern ?? '');
      const words = PATTERN_WORDS[pattern] ?? `a name matching the pattern ${pattern}`;
      const kind = describeContainer([...path, name], root);
      return { code: 'schema-pattern', message: `The name of ${kind} must be ${words}; rename it.`, path: [...path, name], atKey: true };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = error.keyword.includes('inimum') ? 'at least' : 'at most';
      const strict = error.keyword.startsWith('exclusive') ? (bound === 'at least' ? 'more than' : 'less than') : bound;
      return { code: 'schema-range', message: `${describeValue(path, root)} is ${String(error.data)}, but must be ${strict} ${String(params.limit)}.`, path };
    }
    case 'minItems':
    case 'minLength':
      return { code: 'schema-empty', message: `${describeValue(path, root)} must not be empty.`, path };
    case 'ambiguous':
      return { code: 'schema-ambiguous', message: `${describeValue(path, root)} can be read more than one way; check its keys against docs/spec-format.md.`, path };
    default:
      return { code: 'schema-invalid', message: `${describeValue(path, root)} is not valid: it ${error.message ?? 'does not match the spec format'}.`, path };
  }
}
