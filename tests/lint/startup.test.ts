import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `servicespec lint specs/*.yaml` must start and finish in under half a second (issue 6). What it
 * costs is mostly what it loads, so these tests follow the static imports of the lint command and
 * fail when a heavy package creeps back into them.
 */

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The files, and packages (with node: built-ins), reachable from `entries` through static, non-type imports. */
function reachedFrom(entries: string[]): { files: Set<string>; packages: Map<string, string> } {
  const packages = new Map<string, string>(); // package → first file that imports it
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!packages.has(specifier)) packages.set(specifier, file);
    }
  }
  return { files: seen, packages };
}

const packagesReachedFrom = (entries: string[]): Map<string, string> => reachedFrom(entries).packages;

const lintEntries = ['src/cli/main.ts', 'src/cli/commands/lint.ts', 'src/lint/lint.ts', 'src/lint/formats.ts'];

describe('what lint loads', () => {
  it('follows imports (the walker sees the packages lint needs)', () => {
    const reached = packagesReachedFrom(lintEntries);
    expect(reached.has('yaml')).toBe(true);
    expect(reached.has('commander')).toBe(true);
  });

  it('loads no package beyond the YAML reader, commander and ajv’s tiny runtime helpers', () => {
    const reached = [...packagesReachedFrom(lintEntries)].filter(([name]) => !name.startsWith('node:'));
    const unexpected = reached.filter(([name]) => !['yaml', 'commander'].includes(name) && !name.startsWith('ajv/dist/runtime/'));
    expect(unexpected.map(([name, file]) => `${name} (imported by ${file})`)).toEqual([]);
  });

  it('uses chevrotain only through src/dsl/chevrotain.ts (the package entry point loads ~700 files)', () => {
    const { files, packages: reached } = reachedFrom(lintEntries);
    expect(files.has(resolve('src/dsl/chevrotain.ts'))).toBe(true);
    expect(reached.has('chevrotain')).toBe(false);
    const bundled = packagesReachedFrom(['src/dsl/chevrotain.ts']);
    expect(bundled.has('chevrotain')).toBe(false);
  });
});
