/**
 * Every target, derived field, data check and eligibility rule of every shipped spec compiles and
 * runs (over empty data); a spec parameter without a value stops the run with what to set.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { loadSpec } from '../../src/spec/load.js';
import { buildData, calendar } from './build.js';

const specs = readdirSync('specs').filter((f) => f.endsWith('.yaml'));

describe.each(specs)('%s', (file) => {
  it('runs every target over empty data: shares have no data, counts are 0', async () => {
    const { spec, diagnostics } = await loadSpec(`specs/${file}`);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = Object.fromEntries(Object.keys(spec.parameters ?? {}).map((name) => [name, 'ONS4']));
    const report = evaluate(spec, buildData(spec, {}), { calendar, parameters });
    expect(report.targets).toHaveLength(spec.targets!.length);
    expect(report.results.length).toBeGreaterThan(0);
    for (const r of report.results) {
      if (r.numerator !== undefined) expect(r.status === 'no_data' || r.status === 'monitored').toBe(true);
      else expect(r.value).toBe(0);
    }
  });
});

describe('parameters', () => {
  it('a parameter the spec needs and the project file does not set is refused, saying where to set it', async () => {
    const file = specs.find((f) => f.startsWith('lot-4'));
    if (!file) return;
    const { spec } = await loadSpec(`specs/${file}`);
    expect(() => evaluate(spec, buildData(spec, {}), { calendar })).toThrow(/set it under "parameters" in servicespec\.yaml/);
  });
});
