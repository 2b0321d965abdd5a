/**
 * The example data ships three ways: a CSV folder, the partner's workbook (their headings, spellings
 * and UK dates, read through a mapping) and JSON. Checking any of them must give the same report.
 */
import { describe, expect, it } from 'vitest';
import { calendarFor, loadData } from '../../src/data/load.js';
import { loadMapping } from '../../src/data/mapping.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { CheckReport } from '../../src/evaluate/result.js';
import { loadSpec } from '../../src/spec/load.js';

const SPEC = 'specs/peer-support-dover-folkestone.yaml';

async function checkExample(path: string, mappingFile?: string): Promise<CheckReport> {
  const { spec } = await loadSpec(SPEC);
  const mapping = mappingFile ? await loadMapping(mappingFile) : undefined;
  const loaded = await loadData(spec, { path }, { mapping });
  return evaluate(spec, loaded.data, { calendar: calendarFor(spec, mapping?.mapping), dataFindings: loaded.findings });
}

/** What must agree: every figure and every listed id; findings by code and row (file names differ). */
function figures(report: CheckReport) {
  return {
    results: report.results,
    findings: report.findings.map((f) => `${f.code} ${f.dataset} ${f.row} ${[...f.targets].sort().join(',')}`).sort(),
    rows: report.rows.map(({ dataset, read, counted, reported, excluded }) => ({ dataset, read, counted, reported, excluded })),
  };
}

describe('the example data as CSV, workbook and JSON', () => {
  it('gives the same results, findings and row counts', async () => {
    const csv = await checkExample('examples/peer-support/csv');
    const workbook = await checkExample('examples/peer-support/partner-export.xlsx', 'examples/peer-support/partner-mapping.yaml');
    const json = await checkExample('examples/peer-support/data.json');
    expect(csv.results.length).toBe(14 * 8 * 2);
    expect(csv.results.some((r) => r.status === 'met')).toBe(true);
    expect(figures(workbook)).toEqual(figures(csv));
    expect(figures(json)).toEqual(figures(csv));
  }, 60_000);
});
