import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSpecRules, FUNCTIONS, KEYWORDS, parseRule } from '../../src/dsl/index.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const reference = readFileSync(root('docs/language.md'), 'utf8');
const sources = readdirSync(root('src/dsl'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(root(`src/dsl/${f}`), 'utf8'))
  .join('\n');

describe('docs/language.md', () => {
  const codes = [...new Set([...sources.matchAll(/'((?:dsl|type)-[a-z]+(?:-[a-z]+)*)'/g)].map((m) => m[1]))];

  it('lists every diagnostic code the rule language can give', () => {
    expect(codes.length).toBeGreaterThan(35);
    const missing = codes.filter((code) => !reference.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('lists no code the rule language does not give', () => {
    const documented = [...reference.matchAll(/`((?:dsl|type)-[a-z-]+)`/g)].map((m) => m[1]);
    expect(documented.filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('describes every built-in function and names every reserved word', () => {
    for (const name of FUNCTIONS.keys()) expect(reference).toContain(`\`${name}(`);
    for (const word of KEYWORDS) expect(reference).toContain(`\`${word}\``);
  });

  it('shows only examples that parse', () => {
    const blocks = [...reference.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
      .filter((m) => m[1] === '')
      .map((m) => m[2])
      .filter((b) => /^(at least|more than|share of|count of)/.test(b));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(parseRule(block).diagnostics).toEqual([]);
  });
});

describe('the Lots 4 and 5 base spec', () => {
  const spec = parse(readFileSync(root('specs/shared/universal-wellbeing-base.yaml'), 'utf8')) as ServiceSpec;
  const results = checkSpecRules({ spec });

  it('has its eligibility, preventative shift and six personal outcomes among the rules', () => {
    expect(results.filter((r) => r.path[0] === 'targets').length).toBeGreaterThanOrEqual(8);
  });

  it.each(results.map((r) => [r.path.join('.'), r] as const))('%s parses and type checks', (_, result) => {
    expect(result.diagnostics).toEqual([]);
  });
});
