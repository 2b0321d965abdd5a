/**
 * One version of a spec as `diff` sees it: the spec after `extends` is resolved, and a way back to
 * the line each value came from. `loadVersion` is the single place that reads a spec for `diff`, so
 * the project's loader (src/spec/load.ts) is plugged in here and nowhere else.
 */
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import {
  diagnostic,
  SourceFile,
  SourceRegistry,
  UnusableInputError,
  type Diagnostic,
  type SpecLocation,
} from '../diagnostics.js';
import type { ServiceSpec } from '../spec/types.generated.js';

export type SpecPath = (string | number)[];

/** What the comparison needs of a loaded spec; the project's LoadedSpec has this shape. */
export interface ComparableSpec {
  spec: ServiceSpec;
  locate(path: SpecPath): SpecLocation | undefined;
}

export interface SpecVersion extends ComparableSpec {
  /** the file name positions are recorded under: a path, or `rev:path` for a git revision */
  file: string;
  sources: SourceRegistry;
  diagnostics: Diagnostic[];
}

/** Reads a file named relative to the side being loaded (for `extends`). */
export type ReadText = (file: string) => Promise<string>;

/**
 * Parses a spec's text and resolves its `extends` through `readText`, so a git side reads its base
 * from the same revision. Text that is not YAML at all is unusable input; schema problems are kept
 * as diagnostics and the spec is still compared (a reviewer wants the diff of a half-finished spec).
 */
export async function loadVersion(file: string, text: string, readText: ReadText): Promise<SpecVersion> {
  const sources = new SourceRegistry();
  const diagnostics: Diagnostic[] = [];
  const main = parseYaml(file, text, sources);
  const layers: ParsedFile[] = [];
  await collectBases(main, readText, sources, layers, new Set([file]));
  layers.push(main);
  let merged: unknown = {};
  for (const layer of layers) merged = mergeLayer(merged, layer.value);
  if (!isPlainObject(merged)) {
    throw new UnusableInputError([
      diagnostic('diff-not-a-spec', `${file} does not hold a specification (a YAML mapping with id, title and version).`),
    ]);
  }
  // later layers win, so look up a path in the main file first, then in its bases
  const lookupOrder = [...layers].reverse();
  return {
    file,
    spec: merged as unknown as ServiceSpec,
    sources,
    diagnostics,
    locate(specPath) {
      for (const layer of lookupOrder) {
        const found = locateIn(layer, specPath);
        if (found) return found;
      }
      return undefined;
    },
  };
}

interface ParsedFile {
  file: string;
  document: Document;
  value: unknown;
}

function parseYaml(file: string, text: string, sources: SourceRegistry): ParsedFile {
  sources.add(new SourceFile(file, text));
  const document = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new UnusableInputError([
      diagnostic(
        'diff-yaml-unreadable',
        `${file} is not valid YAML (${first.message.split('\n')[0]}); run servicespec lint on it and fix the error first.`,
        { kind: 'spec', file, offset: first.pos[0], length: Math.max(1, first.pos[1] - first.pos[0]) },
      ),
    ]);
  }
  // dates stay strings, as the schema has them
  return { file, document, value: document.toJS({ maxAliasCount: 100 }) };
}

async function collectBases(
  child: ParsedFile,
  readText: ReadText,
  sources: SourceRegistry,
  into: ParsedFile[],
  seen: Set<string>,
): Promise<void> {
  const value = child.value;
  if (!isPlainObject(value)) return;
  const extendsValue = value.extends;
  const bases = typeof extendsValue === 'string' ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [];
  for (const base of bases) {
    if (typeof base !== 'string') continue;
    const baseFile = joinRelative(child.file, base);
    if (seen.has(baseFile)) continue;
    seen.add(baseFile);
    let text: string;
    try {
      text = await readText(baseFile);
    } catch {
      throw new UnusableInputError([
        diagnostic(
          'diff-extends-unreadable',
          `${child.file} extends ${base}, which could not be read as ${baseFile}; check the path in extends.`,
        ),
      ]);
    }
    const parsed = parseYaml(baseFile, text, sources);
    await collectBases(parsed, readText, sources, into, seen);
    into.push(parsed);
  }
}

/** `rev:specs/a.yaml` + `./shared/b.yaml` → `rev:specs/shared/b.yaml`; plain paths likewise. */
export function joinRelative(fromFile: string, relative: string): string {
  const colon = revisionSeparator(fromFile);
  if (colon >= 0) {
    const rev = fromFile.slice(0, colon);
    const inRepo = fromFile.slice(colon + 1);
    return `${rev}:${path.posix.normalize(path.posix.join(path.posix.dirname(inRepo), relative))}`;
  }
  return path.join(path.dirname(fromFile), relative);
}

/** Index of the `:` between a git revision and a path, or -1 (a Windows drive letter is not one). */
export function revisionSeparator(side: string): number {
  const colon = side.indexOf(':');
  if (colon <= 0) return -1;
  if (colon === 1 && /^[A-Za-z]:[\\/]/.test(side)) return -1;
  return colon;
}

/**
 * The merge rule of `extends`: mappings merge key by key, lists of items with ids merge by id (the
 * later file's item replaces the earlier one, new ids are appended), other lists and values are
 * replaced by the later file.
 */
function mergeLayer(base: unknown, over: unknown): unknown {
  if (isPlainObject(base) && isPlainObject(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(over)) {
      if (key === 'extends' || key === 'abstract') continue;
      out[key] = key in base ? mergeLayer(base[key], value) : value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over) && [...base, ...over].every(hasId)) {
    const out = [...base] as { id: string }[];
    for (const item of over as { id: string }[]) {
      const at = out.findIndex((existing) => existing.id === item.id);
      if (at >= 0) out[at] = item;
      else out.push(item);
    }
    return out;
  }
  return over;
}

function hasId(value: unknown): value is { id: string } {
  return isPlainObject(value) && typeof value.id === 'string';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key of a mapping entry (so a block value points at its key's line) or the item of a list. */
function locateIn(layer: ParsedFile, specPath: SpecPath): SpecLocation | undefined {
  let node: unknown = layer.document.contents;
  let range: [number, number, number] | undefined = (node as YamlNode | null)?.range ?? undefined;
  for (const segment of specPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const key = item.key as { value?: unknown } | null;
        return key !== null && typeof key === 'object' && String(key.value) === String(segment);
      });
      if (!pair) return undefined;
      const keyRange = (pair.key as YamlNode).range;
      node = pair.value;
      range = keyRange ?? (node as YamlNode | null)?.range ?? undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      range = (node as YamlNode | null)?.range ?? undefined;
    } else {
      return undefined;
    }
  }
  if (!range) return undefined;
  return { kind: 'spec', file: layer.file, offset: range[0], length: Math.max(1, range[1] - range[0]) };
}
