import type { Diagnostic, Location, SpecLocation } from '../../src/diagnostics.js';
import { loadSpecText, type LoadedSpec } from '../../src/spec/load.js';

/** Loads YAML text as `spec.yaml`; `files` are the other files it may extend, by path. */
export async function load(text: string, files: Record<string, string> = {}, name = 'spec.yaml'): Promise<LoadedSpec> {
  return loadSpecText(name, text, async (path) => {
    if (path in files) return files[path];
    throw Object.assign(new Error(`no file ${path}`), { code: 'ENOENT' });
  });
}

/** "file:line:column" of a diagnostic, as a person reads it. */
export function where(loaded: Pick<LoadedSpec, 'sources'>, d: Diagnostic | Location | undefined): string {
  const at = d && 'kind' in d ? d : d?.at;
  if (!at || at.kind !== 'spec') return '(nowhere)';
  const position = loaded.sources.get(at.file)?.position(at.offset);
  return position ? `${at.file}:${position.line}:${position.column}` : at.file;
}

/** The file text a location covers. */
export function textAt(loaded: Pick<LoadedSpec, 'sources'>, at: SpecLocation | undefined): string | undefined {
  if (!at) return undefined;
  return loaded.sources.get(at.file)?.text.slice(at.offset, at.offset + at.length);
}

/** The one diagnostic with this code (fails the test when there are none or several). */
export function only(loaded: LoadedSpec | { diagnostics: Diagnostic[] }, code?: string): Diagnostic {
  const found = code === undefined ? loaded.diagnostics : loaded.diagnostics.filter((d) => d.code === code);
  if (found.length !== 1) {
    throw new Error(`expected exactly one diagnostic${code ? ` '${code}'` : ''}, got: ${JSON.stringify(loaded.diagnostics.map((d) => [d.code, d.message]), null, 1)}`);
  }
  return found[0];
}

export const HEAD = 'id: x\ntitle: T\nversion: "1"\n';
