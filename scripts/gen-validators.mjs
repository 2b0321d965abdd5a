// Generates the ajv validators of the schemas the CLI reads, compiled ahead of time with ajv's
// standalone code generation. Compiling a schema when the CLI starts cost ~250 ms of every
// `servicespec lint` (loading ajv's compiler and generating code); a generated module loads in a few
// milliseconds and validates identically.
//
// For the spec it also exports one validator per branch of every oneOf/anyOf, so that
// src/spec/schema.ts can re-run the branch a person meant and report only its errors.
//
// `node scripts/gen-validators.mjs --check` exits 1 when a committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

/** Each generated module: the schema, where the module goes, the ajv options its readers rely on. */
export const TARGETS = [
  // every error, with the data and schema it concerns (src/spec/schema.ts explains them in words)
  { schema: 'spec.schema.json', out: 'src/spec/validators.generated.ts', options: { allErrors: true, strict: false, verbose: true }, alternatives: true },
  { schema: 'project.schema.json', out: 'src/spec/project-validator.generated.ts', options: { allErrors: true, strict: false } },
  { schema: 'evidence.schema.json', out: 'src/spec/evidence-validator.generated.ts', options: { allErrors: true, strict: false } },
  { schema: 'mapping.schema.json', out: 'src/spec/mapping-validator.generated.ts', options: { allErrors: true, strict: false } },
];

const root = new URL('../', import.meta.url);

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

/** The text of one target's generated module. */
export async function generate(target = TARGETS[0]) {
  const schema = JSON.parse(await readFile(new URL(`schemas/${target.schema}`, root), 'utf8'));
  const ajv = new Ajv({ ...target.options, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(schema);
  const exportsByName = { validate: schema.$id };
  const alternatives = (target.alternatives ? alternativesOf(schema) : []).map((alternative, a) => {
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
    `/* Generated from schemas/${target.schema} by scripts/gen-validators.mjs. Do not edit: change the schema and run \`npm run gen:validators\`. */`,
    ...runtimeImports,
    code.replace(/^"use strict";/, ''),
    '',
    ...(target.alternatives
      ? [
          '/** Each oneOf/anyOf of the schema: where it is, its schema as JSON (ajv errors carry that object), one validator per branch. */',
          'export const alternatives = [',
          table,
          '];',
          '',
        ]
      : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stale = [];
  for (const target of TARGETS) {
    const generated = await generate(target);
    const outPath = new URL(target.out, root);
    const current = await readFile(outPath, 'utf8').catch(() => '');
    if (current === generated) continue;
    if (process.argv.includes('--check')) stale.push(target.out);
    else await writeFile(outPath, generated);
  }
  if (stale.length > 0) {
    console.error(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run gen:validators\`.`);
    process.exit(1);
  }
}
