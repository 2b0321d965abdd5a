/**
 * chevrotain, loaded from the single-file build the package ships (lib/chevrotain.mjs).
 *
 * Why not `import ... from 'chevrotain'`: the package's entry point is an ES module graph that
 * pulls in lodash-es, about 700 files, and Node's ES module loader reads them one by one. That
 * cost 400–600 ms of every `servicespec lint`, against about 20 ms for the bundled file, which
 * holds the same code. Every runtime use of chevrotain in src/ must come through this module, so
 * that tokens, parser and error mapping share one copy (EOF is compared by identity).
 * Types still come from 'chevrotain' (`import type`), which costs nothing at run time.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

async function loadChevrotain(): Promise<Chevrotain> {
  // require.resolve follows the package's "exports" to lib/src/api.js; the bundle sits one folder up
  const entry = createRequire(import.meta.url).resolve('chevrotain');
  const bundle = join(dirname(entry), '..', 'chevrotain.mjs');
  if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as Chevrotain;
  return import('chevrotain');
}

const chevrotain = await loadChevrotain();

export const { createToken, Lexer, CstParser, EOF } = chevrotain;
