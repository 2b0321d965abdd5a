// Generates src/spec/types.generated.ts from schemas/spec.schema.json, the one source of truth.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../schemas/spec.schema.json', import.meta.url);
const outPath = new URL('../src/spec/types.generated.ts', import.meta.url);

export async function generate() {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, 'ServiceSpec', {
    bannerComment:
      '/* Generated from schemas/spec.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = await generate();
  if (process.argv.includes('--check')) {
    const current = await readFile(outPath, 'utf8').catch(() => '');
    if (current !== generated) {
      console.error('src/spec/types.generated.ts is stale: run `npm run gen:types`.');
      process.exit(1);
    }
  } else {
    await writeFile(outPath, generated);
  }
}
