/**
 * Runs each scenario folder of tests/scenarios (see its README) against the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scenarios = path.join(root, 'tests', 'scenarios');
const cli = path.join(root, 'bin', 'servicespec.js');
const built = existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'));

/** Splits a command line on spaces, keeping "double-quoted words" together. */
function splitArgs(line: string): string[] {
  return [...line.trim().matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

function read(dir: string, name: string): string | undefined {
  const file = path.join(dir, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function lines(text: string | undefined): string[] {
  return (text ?? '').split('\n').filter((l) => l.length > 0 && !l.startsWith('# '));
}

/**
 * The expected JSON as a pattern: objects match by the keys given; arrays match item by item and in
 * length, unless their last item is "...", which lets more items follow.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- vitest matchers are typed any
function subsetPattern(expected: unknown): any {
  if (Array.isArray(expected)) {
    const open = expected.length > 0 && expected[expected.length - 1] === '...';
    const items = (open ? expected.slice(0, -1) : expected).map(subsetPattern);
    return open ? expect.arrayContaining(items) : items;
  }
  if (expected !== null && typeof expected === 'object') {
    return expect.objectContaining(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, subsetPattern(v)])));
  }
  return expected;
}

const folders = readdirSync(scenarios, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

describe.skipIf(!built)('CLI scenarios (run npm run build first)', () => {
  it('has scenarios', () => expect(folders.length).toBeGreaterThanOrEqual(8));

  for (const name of folders) {
    it(name, () => {
      const dir = path.join(scenarios, name);
      const command = read(dir, 'command');
      if (command === undefined) throw new Error(`${name} has no command file`);
      const run = spawnSync(process.execPath, [cli, ...splitArgs(command)], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', SERVICESPEC_DEBUG: '' },
        timeout: 60_000,
      });
      const output = `--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
      expect(run.status, output).toBe(Number(read(dir, 'exit')?.trim() ?? '0'));
      for (const line of lines(read(dir, 'stdout-contains.txt'))) expect(run.stdout, output).toContain(line);
      for (const line of lines(read(dir, 'stderr-contains.txt'))) expect(run.stderr, output).toContain(line);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(run.stderr).not.toMatch(/internal error/);
      const expectedJson = read(dir, 'stdout.json');
      if (expectedJson !== undefined) expect(JSON.parse(run.stdout)).toMatchObject(subsetPattern(JSON.parse(expectedJson)));
      const schemaName = read(dir, 'stdout-schema')?.trim();
      if (schemaName) {
        const schema = JSON.parse(readFileSync(path.join(root, 'schemas', schemaName), 'utf8'));
        const ajv = new Ajv({ allErrors: true, strict: false });
        addFormats.default(ajv);
        const validate = ajv.compile(schema);
        expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors, null, 2)).toBe(true);
      }
    });
  }
});
