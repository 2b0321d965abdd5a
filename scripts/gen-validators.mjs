// Generates src/spec/validators.generated.ts from schemas/spec.schema.json: the ajv validator of a
// spec, compiled ahead of time with ajv's standalone code generation. Compiling the schema when the
// CLI starts cost ~250 ms of every `servicespec lint` (loading ajv's compiler and generating code);
// the generated module loads in a few milliseconds and validates identically.
//
// Besides the whole-spec validator it exports one validator per branch of every oneOf/anyOf, so that
// src/spec/schema.ts can re-run the branch a person meant and report only its errors.
//
// `node scripts/gen-validators.mjs --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const schemaPath = new URL('../schemas/spec.schema.json', import.meta.url);
const outPath = new URL('../src/spec/validators.generated.ts', import.meta.url);

/** The options src/spec/schema.ts relies on: every error, with the data and schema it concerns. */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true };

const escapePointerStep = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every node of the schema holding a oneOf or anyOf, with its JSON pointer. */
function alternativesOf(schema) {
  const found = [];
  const walk = (node, pointer) => {
    if (node === null || typeof node !== 'object') return;
    for (const keyword of ['oneOf', 'anyOf']) {
      if (Array.isArray(node[keyword])) found.push({ pointer, keyword, node });
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${escapePointerStep(key)}`);
  };
  walk(schema, '');
  return found;
}

export async function generate() {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(schema);
  const exportsByName = { validateSpec: schema.$id };
  const alternatives = alternativesOf(schema).map((alternative, a) => {
    const branchNames = alternative.node[alternative.keyword].map((_, b) => {
      const name = `alternative${a}branch${b}`;
      exportsByName[name] = `${schema.$id}#${alternative.pointer}/${alternative.keyword}/${b}`;
      return name;
    });
    return { ...alternative, branchNames };
  });
  let code = standalone(ajv, exportsByName);
  // ajv's ESM output still require()s its runtime helpers (e.g. ucs2length for minLength): import
  // them. Node's default import of a CommonJS module is module.exports, vitest's is exports.default.
  const runtimeImports = [];
  code = code.replace(/require\("([^"]+)"\)\.default/g, (_, specifier) => {
    const name = `ajvRuntime${runtimeImports.length}`;
    runtimeImports.push(`import ${name} from ${JSON.stringify(specifier.endsWith('.js') ? specifier : `${specifier}.js`)};`);
    return `(${name}.default ?? ${name})`;
  });
  if (code.includes('require(')) throw new Error('ajv generated a require() this script does not know how to import');
  const table = alternatives
    .map(
      (alternative) =>
        `  { pointer: ${JSON.stringify(alternative.pointer)}, keyword: ${JSON.stringify(alternative.keyword)}, ` +
        `schema: ${JSON.stringify(JSON.stringify(alternative.node))}, branches: [${alternative.branchNames.join(', ')}] },`,
    )
    .join('\n');
  return [
    '// @ts-nocheck',
    '/* Generated from schemas/spec.schema.json by scripts/gen-validators.mjs. Do not edit: change the schema and run `npm run gen:validators`. */',
    ...runtimeImports,
    code.replace(/^"use strict";/, ''),
    '',
    '/** Each oneOf/anyOf of the schema: where it is, its schema as JSON (ajv errors carry that object), one validator per branch. */',
    'export const alternatives = [',
    table,
    '];',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = await generate();
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (process.argv.includes('--check')) {
    if (current !== generated) {
      console.error('src/spec/validators.generated.ts is stale: run `npm run gen:validators`.');
      process.exit(1);
    }
  } else if (current !== generated) {
    await writeFile(outPath, generated);
  }
}
