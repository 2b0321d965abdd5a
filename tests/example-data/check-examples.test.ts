/**
 * The shipped example data run through the real pipeline (load, evaluate, json format): the CSV
 * folder, the JSON file and the partner's workbook read through its mapping give the same report,
 * and every planted problem comes back as a finding.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarFor, loadData } from '../../src/data/load.js';
import { loadMapping } from '../../src/data/mapping.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { CheckReport } from '../../src/evaluate/result.js';
import { formatReport } from '../../src/report/registry.js';
import { loadSpec } from '../../src/spec/load.js';

const root = new URL('../../', import.meta.url).pathname;
const examples = join(root, 'examples/peer-support');

async function check(dataPath: string, mappingPath?: string): Promise<CheckReport> {
  const { spec } = await loadSpec(join(root, 'specs/peer-support-dover-folkestone.yaml'));
  const mapping = mappingPath ? await loadMapping(mappingPath) : undefined;
  const loaded = await loadData(spec, { path: dataPath }, { mapping });
  return evaluate(spec, loaded.data, { calendar: calendarFor(spec, mapping?.mapping), dataFindings: loaded.findings });
}

describe('the example data, checked', () => {
  let csv: CheckReport;
  let json: CheckReport;
  let xlsx: CheckReport;
  beforeAll(async () => {
    csv = await check(join(examples, 'csv'));
    json = await check(join(examples, 'data.json'));
    xlsx = await check(join(examples, 'partner-export.xlsx'), join(examples, 'partner-mapping.yaml'));
  }, 60_000);

  it('gives the same results from the CSV folder, the JSON file and the partner workbook', () => {
    expect(csv.results.length).toBeGreaterThan(0);
    expect(json.results).toEqual(csv.results);
    expect(xlsx.results).toEqual(csv.results);
    const places = (r: CheckReport) => r.findings.map((f) => [f.code, f.row, f.targets]);
    expect(places(json)).toEqual(places(csv));
    expect(places(xlsx)).toEqual(places(csv));
  });

  it('reports each planted data problem', () => {
    const codes = new Set(csv.findings.map((f) => f.code));
    for (const code of ['data-bad-date', 'data-not-in-enum', 'data-missing-required', 'data-unknown-link', 'data-check-failed', 'data-ineligible']) {
      expect(codes, code).toContain(code);
    }
    // a handful, not a flood
    expect(csv.findings.length).toBeLessThan(15);
  });

  it('is realistic: most targets met in most quarters, a few missed', () => {
    const judged = csv.results.filter((r) => r.period.kind === 'quarter' && (r.status === 'met' || r.status === 'not_met'));
    const missed = judged.filter((r) => r.status === 'not_met').length;
    expect(missed).toBeGreaterThan(0);
    expect(missed / judged.length).toBeLessThan(0.25);
  });

  it('formats into a JSON report that reads back to the same report', () => {
    expect(JSON.parse(formatReport(csv, 'json', { color: false }))).toEqual(JSON.parse(JSON.stringify(csv)));
  });
});
