import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as generated from '../../src/spec/validators.generated.js';

interface Target {
  schema: string;
  out: string;
}

describe('generated validators match their schemas (run `npm run gen:validators` when this fails)', async () => {
  const script = pathToFileURL(`${process.cwd()}/scripts/gen-validators.mjs`).href;
  const { generate, TARGETS } = (await import(script)) as { generate: (target: Target) => Promise<string>; TARGETS: Target[] };
  it.each(TARGETS.map((target) => [target.out, target] as const))('%s', async (_, target) => {
    const committed = await readFile(target.out, 'utf8');
    expect(committed).toBe(await generate(target));
  });
});

it('has one validator per branch of every oneOf/anyOf in the schema, found by the schema node ajv errors carry', async () => {
  const schema = JSON.parse(await readFile('schemas/spec.schema.json', 'utf8')) as Record<string, unknown>;
  const alternatives = generated.alternatives as unknown as { pointer: string; keyword: 'oneOf' | 'anyOf'; schema: string; branches: unknown[] }[];
  let counted = 0;
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = (node as Record<string, unknown>)[keyword];
      if (!Array.isArray(branches)) continue;
      counted++;
      const entry = alternatives.find((a) => a.keyword === keyword && a.schema === JSON.stringify(node));
      expect(entry?.branches).toHaveLength(branches.length);
      for (const validate of entry!.branches) expect(typeof validate).toBe('function');
    }
    Object.values(node).forEach(walk);
  };
  walk(schema);
  expect(counted).toBeGreaterThan(0);
  expect(alternatives).toHaveLength(counted);
});
