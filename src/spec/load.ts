/**
 * Reading a spec: YAML with positions (duplicate keys are errors), schema validation per file and of
 * the merged result, and `extends` resolved with every value traceable to the file it came from.
 */

import { readFile as readFileFromDisk } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import { parseDocument, type Document, type YAMLError } from 'yaml';
import { diagnostic, SourceFile, SourceRegistry, UnusableInputError, type Diagnostic, type SpecLocation } from '../diagnostics.js';
import { fromFile, mergeSourced, traceOrigin, type Origin, type Sourced } from './merge.js';
import { validateSpec } from './schema.js';
import { mapStringRange, nodeAtPath, stringOffsets, type SpecPath } from './source.js';
import type { ServiceSpec } from './types.generated.js';

export type ReadText = (path: string) => Promise<string>;

export interface LoadedSpec {
  /** The spec after `extends` is resolved (the merged result), without `extends`. Check `diagnostics` before trusting it. */
  spec: ServiceSpec;
  file: string;
  /** Every file read, for line:column and code frames. */
  sources: SourceRegistry;
  /** YAML, schema and extends problems, each with a place. */
  diagnostics: Diagnostic[];
  /** Where a value is, in the file it came from after merging. */
  locate(path: SpecPath): SpecLocation | undefined;
  /** Where the key naming a value is (the value's place when it has no key, e.g. a list item). */
  locateKey(path: SpecPath): SpecLocation | undefined;
  /** Characters [offset, offset + length) of a string value, as a place in its file. */
  locateInString(path: SpecPath, offset: number, length: number): SpecLocation | undefined;
  /** The file and path a merged value came from. */
  origin(path: SpecPath): { file: string; path: SpecPath };
}

export interface LoadOptions {
  /** Directory relative paths are read from; the paths shown to users stay as given. */
  cwd?: string;
  readFile?: ReadText;
  /** A registry to add the files read to, shared by several loads (lint of many files). */
  sources?: SourceRegistry;
}

/** Reads and loads a spec file. A file that cannot be read at all is thrown as UnusableInputError. */
export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const read = readerFor(options);
  let text: string;
  try {
    text = await read(file);
  } catch (error) {
    throw new UnusableInputError([diagnostic('spec-unreadable', unreadableMessage(file, error))]);
  }
  return loadSpecText(file, text, options.readFile, options);
}

/** Loads a spec from its text; `readFile` reads the files it extends (from disk by default). */
export async function loadSpecText(file: string, text: string, readFile?: ReadText, options: LoadOptions = {}): Promise<LoadedSpec> {
  const session = new LoadSession(readerFor({ ...options, readFile: readFile ?? options.readFile }), options.sources);
  const root = session.parse(file, text);
  const merged = await session.resolve(root, []);
  const spec = merged.value as ServiceSpec;
  const locate = (path: SpecPath, atKey: boolean): SpecLocation | undefined => {
    const traced = traceOrigin(merged.origin, path);
    const parsed = session.byFile.get(traced.file);
    return parsed ? locateIn(parsed, traced.path, atKey) : undefined;
  };
  return {
    spec,
    file,
    sources: session.sources,
    diagnostics: inFileOrder(session.diagnostics, [...session.byFile.keys()]),
    locate: (path) => locate(path, false),
    locateKey: (path) => locate(path, true),
    locateInString(path, offset, length) {
      const traced = traceOrigin(merged.origin, path);
      const parsed = session.byFile.get(traced.file);
      if (!parsed) return undefined;
      const found = nodeAtPath(parsed.doc, traced.path);
      const offsets = found?.node ? stringOffsets(parsed.source.text, found.node) : undefined;
      if (!offsets) return locateIn(parsed, traced.path, false);
      const [from, to] = mapStringRange(offsets, offset, length);
      return { kind: 'spec', file: parsed.file, offset: from, length: to - from };
    },
    origin: (path) => traceOrigin(merged.origin, path),
  };
}

/** Diagnostics by file (in the order the files were read), then by place in the file. */
function inFileOrder(diagnostics: Diagnostic[], files: string[]): Diagnostic[] {
  const rank = (d: Diagnostic): [number, number] =>
    d.at?.kind === 'spec' ? [files.indexOf(d.at.file), d.at.offset] : [Number.MAX_SAFE_INTEGER, 0];
  return diagnostics
    .map((d, i) => ({ d, i, r: rank(d) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map(({ d }) => d);
}

function readerFor(options: LoadOptions): ReadText {
  if (options.readFile) return options.readFile;
  const cwd = options.cwd ?? process.cwd();
  return (path) => readFileFromDisk(resolve(cwd, path), 'utf8');
}

function unreadableMessage(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `The file '${file}' does not exist; check the path.`;
  if (code === 'EISDIR') return `'${file}' is a folder, not a spec file; name the .yaml files in it.`;
  return `The file '${file}' cannot be read (${code ?? 'unknown reason'}); check that it exists and you may read it.`;
}

interface ParsedFile {
  file: string;
  source: SourceFile;
  doc: Document;
  value: Record<string, unknown>;
  /** YAML could not read all of it: schema errors would only echo the syntax error. */
  unreadable: boolean;
}

class LoadSession {
  readonly diagnostics: Diagnostic[] = [];
  readonly byFile = new Map<string, ParsedFile>();
  private readonly resolved = new Map<string, Sourced>();
  private readonly seen = new Set<string>();

  readonly sources: SourceRegistry;

  constructor(
    private readonly read: ReadText,
    sources?: SourceRegistry,
  ) {
    this.sources = sources ?? new SourceRegistry();
  }

  report(d: Diagnostic): void {
    const at = d.at?.kind === 'spec' ? `${d.at.file}:${d.at.offset}` : '';
    const key = `${d.code}\u0000${at}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(d);
  }

  parse(file: string, text: string): ParsedFile {
    const source = this.sources.add(new SourceFile(file, text));
    const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: true, prettyErrors: false });
    for (const error of doc.errors) this.report(yamlDiagnostic(file, text, error, 'error'));
    for (const warning of doc.warnings) this.report(yamlDiagnostic(file, text, warning, 'warning'));
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch {
      value = undefined; // already reported as a YAML error
    }
    const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!isMapping && doc.errors.length === 0) {
      const found = value === null || value === undefined ? 'an empty file' : Array.isArray(value) ? 'a list' : 'a single value';
      this.report(
        diagnostic('schema-type', `A spec must be a mapping of keys to values (id: …, title: …, version: …), not ${found}.`, {
          kind: 'spec',
          file,
          offset: 0,
          length: 0,
        }),
      );
    }
    const unreadable = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
    const parsed: ParsedFile = { file, source, doc, value: isMapping ? (value as Record<string, unknown>) : {}, unreadable };
    this.byFile.set(file, parsed);
    if (isMapping && !unreadable) {
      const partial = parsed.value.extends !== undefined || parsed.value.abstract === true;
      for (const problem of validateSpec(parsed.value, { partial })) {
        this.report(diagnostic(problem.code, problem.message, locateIn(parsed, problem.path, problem.atKey ?? false)));
      }
    }
    return parsed;
  }

  /** This file with the files it extends merged under it; `chain` is the files extending it, for cycles. */
  async resolve(parsed: ParsedFile, chain: string[]): Promise<Sourced> {
    const identity = resolve(parsed.file);
    const done = this.resolved.get(identity);
    if (done) return done;
    const own = parsed.value;
    const bases = extendsList(own.extends);
    let merged: Sourced | undefined;
    for (const { target, path } of bases) {
      const base = await this.loadBase(parsed, target, path, [...chain, identity]);
      if (base) merged = merged ? mergeSourced(merged, base) : base;
    }
    const ownSourced = fromFile(own, parsed.file);
    const result = merged ? mergeSourced(merged, ownSourced) : { value: { ...own }, origin: ownSourced.origin };
    const value = result.value as Record<string, unknown>;
    delete value.extends;
    // `abstract` describes one file: a spec built on an abstract base is not abstract itself
    if (own.abstract === undefined) delete value.abstract;
    if (merged && !parsed.unreadable) {
      for (const problem of validateSpec(value, { partial: own.abstract === true })) {
        const traced = traceOrigin(result.origin, problem.path);
        const file = this.byFile.get(traced.file);
        if (file) this.report(diagnostic(problem.code, problem.message, locateIn(file, traced.path, problem.atKey ?? false)));
      }
    }
    this.resolved.set(identity, result);
    return result;
  }

  private async loadBase(from: ParsedFile, target: string, path: SpecPath, chain: string[]): Promise<Sourced | undefined> {
    const file = normalize(join(dirname(from.file), target));
    const identity = resolve(file);
    const at = locateIn(from, path, false);
    if (chain.includes(identity)) {
      const loop = [...chain.slice(chain.indexOf(identity)), identity].map((p) => this.displayName(p)).join(' → ');
      this.report(diagnostic('extends-cycle', `'${from.file}' cannot extend '${file}': the files extend each other in a circle (${loop}); remove one of these extends.`, at));
      return undefined;
    }
    let parsed = [...this.byFile.values()].find((p) => resolve(p.file) === identity);
    if (!parsed) {
      let text: string;
      try {
        text = await this.read(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        const message =
          code === 'ENOENT'
            ? `The file '${file}' named in extends does not exist; check the path, which is relative to '${from.file}'.`
            : `The file '${file}' named in extends cannot be read (${code ?? 'unknown reason'}).`;
        this.report(diagnostic('extends-missing', message, at));
        return undefined;
      }
      parsed = this.parse(file, text);
    }
    return this.resolve(parsed, chain);
  }

  private displayName(identity: string): string {
    return [...this.byFile.values()].find((p) => resolve(p.file) === identity)?.file ?? identity;
  }
}

function extendsList(value: unknown): { target: string; path: SpecPath }[] {
  if (typeof value === 'string') return [{ target: value, path: ['extends'] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => (typeof item === 'string' ? [{ target: item, path: ['extends', i] }] : []));
}

/**
 * The place of the value (or key) at `path` in one file. A path that is not in the file (a missing
 * key) is placed at its nearest ancestor that is. Multi-line values are cut to their first line so
 * the caret of a code frame stays readable.
 */
function locateIn(parsed: ParsedFile, path: SpecPath, atKey: boolean): SpecLocation {
  for (let depth = path.length; depth >= 0; depth--) {
    const found = nodeAtPath(parsed.doc, path.slice(0, depth));
    if (!found) continue;
    const useKey = (atKey || depth < path.length || !found.node) && found.key?.range;
    const node = useKey ? found.key : found.node;
    if (!node?.range) continue;
    const [start, end] = node.range;
    const lineEnd = parsed.source.text.indexOf('\n', start);
    const cut = lineEnd >= 0 && lineEnd < end ? lineEnd : end;
    return { kind: 'spec', file: parsed.file, offset: start, length: Math.max(0, cut - start) };
  }
  return { kind: 'spec', file: parsed.file, offset: 0, length: 0 };
}

function yamlDiagnostic(file: string, text: string, error: YAMLError, severity: 'error' | 'warning'): Diagnostic {
  const [start, end] = error.pos;
  const at: SpecLocation = { kind: 'spec', file, offset: start, length: Math.max(0, end - start) };
  if (error.code === 'DUPLICATE_KEY') {
    // yaml marks the start of the repeated key; the key runs to its ':'
    const keyText = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(start))?.[1].trim() ?? '';
    at.length = Math.max(at.length, keyText.length);
    const key = keyText.replace(/^["']|["']$/g, '') || 'this key';
    return diagnostic('yaml-duplicate-key', `The key '${key}' appears twice in the same mapping; remove one of them or merge the two.`, at);
  }
  const code = severity === 'error' ? 'yaml-syntax' : 'yaml-warning';
  return diagnostic(code, yamlMessage(error), at, { severity });
}

/** yaml's messages in the words of someone who did not write the parser. */
function yamlMessage(error: YAMLError): string {
  const raw = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'A tab is used to indent this line; YAML is indented with spaces only, so replace the tab with spaces.';
    case 'BAD_INDENT':
    case 'BAD_DIRECTIVE':
      return `This line is not indented as YAML expects (${raw}); line it up with the keys it belongs with.`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `A key must fit on one line (${raw}); look for a missing ':' or an unclosed quote just above.`;
    case 'MISSING_CHAR':
      return `Something is not closed here (${raw}); add the missing character.`;
    case 'DUPLICATE_KEY':
      return 'A key appears twice in the same mapping; remove one of them.';
    default:
      return `The YAML cannot be read here: ${raw}. Check the indentation, colons and quotes on this line and the one above.`;
  }
}

export type { Origin };
