/**
 * `lint`: everything that can be known about a spec without monitoring data. Schema and YAML
 * problems come from the loader, reference problems from crossref, and rule problems from the DSL,
 * placed at the exact characters of the rule inside the YAML file.
 */

import { dirname, relative, resolve, sep } from 'node:path';
import { diagnostic, SourceRegistry, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import { checkSpecRules, type SpecRuleProblems } from '../dsl/index.js';
import { checkReferences } from '../spec/crossref.js';
import { loadSpec, type LoadedSpec, type LoadOptions } from '../spec/load.js';
import { schemaFile } from '../spec/schema.js';

export interface LintResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The file could not be read at all (exit code 2). */
  unusable?: boolean;
}

export interface LintRun {
  results: LintResult[];
  sources: SourceRegistry;
}

/** Lints each file; a problem in a shared base file is reported once, with the first file that extends it. */
export async function lintFiles(files: string[], options: LoadOptions = {}): Promise<LintRun> {
  const sources = options.sources ?? new SourceRegistry();
  const results: LintResult[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    let loaded: LoadedSpec;
    try {
      loaded = await loadSpec(file, { ...options, sources });
    } catch (error) {
      if (error instanceof UnusableInputError) {
        results.push({ file, diagnostics: error.diagnostics, unusable: true });
        continue;
      }
      throw error;
    }
    const diagnostics = lintLoaded(loaded).filter((d) => {
      const key = d.at?.kind === 'spec' ? `${d.code}\u0000${d.at.file}\u0000${d.at.offset}\u0000${d.message}` : undefined;
      if (key === undefined) return true;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    });
    results.push({ file, diagnostics });
  }
  return { results, sources };
}

/** Every problem of one loaded spec, in file order. */
export function lintLoaded(loaded: LoadedSpec): Diagnostic[] {
  const diagnostics = [...loaded.diagnostics];
  const schemaLine = checkSchemaLine(loaded);
  if (schemaLine) diagnostics.push(schemaLine);
  const trusted = !diagnostics.some((d) => d.severity === 'error' && (d.code.startsWith('yaml-syntax') || d.code.startsWith('schema-')));
  diagnostics.push(...checkReferences(loaded.spec, loaded));
  diagnostics.push(...checkRules(loaded, trusted));
  return sortByPlace(diagnostics);
}

function checkRules(loaded: LoadedSpec, trusted: boolean): Diagnostic[] {
  let pieces: SpecRuleProblems[];
  try {
    pieces = checkSpecRules({ spec: loaded.spec });
  } catch (error) {
    // A spec with schema errors may be shaped in ways the rule checker does not expect; those schema
    // errors are reported, and its rules are checked once they are fixed.
    if (trusted) throw error;
    return [];
  }
  const out: Diagnostic[] = [];
  for (const piece of pieces) {
    for (const problem of piece.diagnostics) {
      const at = loaded.locateInString(piece.path, problem.span.start, Math.max(0, problem.span.end - problem.span.start));
      out.push({ code: problem.code, severity: problem.severity ?? 'error', message: problem.message, at });
    }
  }
  return out;
}

const SCHEMA_LINE = '# yaml-language-server: $schema=';

/** Editors check and complete a spec as it is typed only when its first line names the schema. */
function checkSchemaLine(loaded: LoadedSpec): Diagnostic | undefined {
  const source = loaded.sources.get(loaded.file);
  if (!source || source.text.trim() === '') return undefined;
  if (source.line(1).startsWith(SCHEMA_LINE)) return undefined;
  let schemaPath = 'schemas/spec.schema.json';
  try {
    schemaPath = relative(dirname(resolve(loaded.file)), schemaFile()).split(sep).join('/');
  } catch {
    // the schema's place is only a hint in the message
  }
  return diagnostic(
    'spec-schema-comment',
    `The first line should be '${SCHEMA_LINE}${schemaPath}' so that editors check and complete the spec as you type; add it.`,
    { kind: 'spec', file: loaded.file, offset: 0, length: 0 },
    { severity: 'warning' },
  );
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [string, number] => (d.at?.kind === 'spec' ? [d.at.file, d.at.offset] : ['', -1]);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const [fa, oa] = key(a.d);
      const [fb, ob] = key(b.d);
      return fa === fb ? oa - ob || a.i - b.i : fa < fb ? -1 : 1;
    })
    .map(({ d }) => d);
}

