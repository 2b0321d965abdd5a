/**
 * `servicespec pay` end to end on the example data (needs `npm run build`; `npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'bin', 'servicespec.js');
const built = existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return result;
}

const SPEC = 'specs/peer-support-dover-folkestone.yaml';
const DATA = 'examples/peer-support/csv';

describe.skipIf(!built)('servicespec pay', () => {
  it('works out every quarter of both areas from the example data, in pence that add up', () => {
    const result = run('pay', SPEC, '--data', DATA, '--format', 'json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.unit).toBe('pence');
    expect(report.areas).toEqual(['Dover', 'Folkestone']);
    expect(report.quarters).toHaveLength(12);
    for (const q of report.quarters) {
      expect(q.basePence).toBe(600_000);
      expect(q.atRiskPence).toBe(120_000);
      expect(q.deductionPence).toBeLessThanOrEqual(q.atRiskPence);
      expect(q.paidPence).toBe(q.basePence - q.deductionPence + q.repaymentPence);
      for (const e of q.elements) expect(e.parts.reduce((s: number, p: { earnedPence: number }) => s + p.earnedPence, 0)).toBe(e.earnedPence);
    }
    for (const y of report.years) {
      const own = report.quarters.filter((q: { area: string; financialYear: string }) => q.area === y.area && q.financialYear === y.financialYear);
      expect(y.paidPence).toBe(own.reduce((s: number, q: { paidPence: number }) => s + q.paidPence, 0));
      if (y.reconciliation.status === 'repaid') expect(y.paidPence).toBe(y.basePence);
    }
    expect(report.years.map((y: { financialYear: string; basePence: number }) => [y.financialYear, y.basePence])).toEqual([
      ['2021/22', 1_200_000],
      ['2022/23', 2_400_000],
      ['2021/22', 1_200_000],
      ['2022/23', 2_400_000],
    ]);
  });

  it('prints text, Markdown and HTML with the paid dates', () => {
    const text = run('pay', SPEC, '--data', DATA);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('2022/23 Q1 (2022-04-01 to 2022-06-30), paid on 2022-07-31');
    expect(text.stdout).toContain('Year-end reconciliation:');
    const md = run('pay', SPEC, '--data', DATA, '--format', 'md');
    expect(md.stdout).toContain('| Quarter | Base | At risk |');
    const html = run('pay', SPEC, '--data', DATA, '--format', 'html');
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('only one quarter with --period', () => {
    const result = run('pay', SPEC, '--data', DATA, '--period', '2022/23 Q1', '--format', 'json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.quarters.map((q: { period: string }) => q.period)).toEqual(['2022/23 Q1', '2022/23 Q1']);
  });

  it('exits 2 with one plain sentence for an unknown format or missing data', () => {
    const format = run('pay', SPEC, '--data', DATA, '--format', 'pdf');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('There is no payment format called "pdf"; use one of text, md, json, html.');
    const missing = run('pay', SPEC, '--data', 'no/such/folder');
    expect(missing.status).toBe(2);
  });
});
