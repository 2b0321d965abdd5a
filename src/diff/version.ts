/**
 * One version of a spec as `diff` sees it: the spec after `extends` is resolved, and a way back to
 * the line each value came from. `loadVersion` is the single place that reads a spec for `diff`, so
 * the project's loader (src/spec/load.ts) is plugged in here and nowhere else.
 */
import { describeLocation, UnusableInputError, type Diagnostic, type SourceRegistry, type SpecLocation } from '../diagnostics.js';
import { loadSpecText } from '../spec/load.js';
import type { ServiceSpec } from '../spec/types.generated.js';

export type SpecPath = readonly (string | number)[];

/** What the comparison needs of a loaded spec; the project's LoadedSpec has this shape. */
export interface ComparableSpec {
  spec: ServiceSpec;
  locate(path: SpecPath): SpecLocation | undefined;
  /** characters of the string value at `path`, as a place in its file */
  locateInString?(path: SpecPath, offset: number, length: number): SpecLocation | undefined;
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
 * Loads one side with the project's loader, reading the files it `extends` through `readText`, so a
 * git side reads its base from the same revision. YAML that cannot be read is unusable input; schema
 * problems are kept as diagnostics and the spec is still compared (a reviewer wants the diff of a
 * half-finished spec).
 */
export async function loadVersion(file: string, text: string, readText: ReadText): Promise<SpecVersion> {
  const loaded = await loadSpecText(file, text, readText);
  const unreadable = loaded.diagnostics.filter(
    (d) => d.severity === 'error' && (d.code.startsWith('yaml-') || d.code.startsWith('extends-') || (d.code === 'schema-type' && d.at?.kind === 'spec' && d.at.offset === 0)),
  );
  if (unreadable.length > 0) {
    // the CLI does not hold this side's files yet, so the place goes into the message
    throw new UnusableInputError(
      unreadable.map(({ at, ...rest }) => ({ ...rest, message: at ? `${describeLocation(at, loaded.sources)}: ${rest.message}` : rest.message })),
    );
  }
  return {
    file,
    spec: loaded.spec,
    sources: loaded.sources,
    diagnostics: loaded.diagnostics,
    // the key's line reads best for a mapping entry ("client_id:"), the item's for a list item
    locate: (specPath) => loaded.locateKey(specPath),
    locateInString: (specPath, offset, length) => loaded.locateInString(specPath, offset, length),
  };
}

/** Index of the `:` between a git revision and a path, or -1 (a Windows drive letter is not one). */
export function revisionSeparator(side: string): number {
  const colon = side.indexOf(':');
  if (colon <= 0) return -1;
  if (colon === 1 && /^[A-Za-z]:[\\/]/.test(side)) return -1;
  return colon;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
