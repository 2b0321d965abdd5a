import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

it('src/spec/types.generated.ts matches schemas/spec.schema.json (run `npm run gen:types` when this fails)', async () => {
  const script = pathToFileURL(`${process.cwd()}/scripts/gen-types.mjs`).href;
  const { generate } = (await import(script)) as { generate: () => Promise<string> };
  const committed = await readFile('src/spec/types.generated.ts', 'utf8');
  expect(committed).toBe(await generate());
});
