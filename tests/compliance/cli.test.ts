/**
 * `servicespec comply` end to end on the example registers (needs `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'bin', 'servicespec.js');
const built = existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'));
const SPEC = 'specs/peer-support-dover-folkestone.yaml';
const EVIDENCE = 'examples/compliance/evidence.yaml';
const STAFF = 'examples/compliance/staff.csv';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return result;
}

function scratch(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'comply-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe.skipIf(!built)('servicespec comply', () => {
  it('exits 1 on the example registers, whose one gap is the income and expenditure account for 2022/23 Q2', () => {
    const result = run('comply', SPEC, '--evidence', EVIDENCE, '--staff', STAFF, '--as-of', '2023-02-15');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('As of 2023-02-15 for Example Peer Support Partner: 1 gap in 1 of 29 duties.\n');
    expect(result.stdout).toContain(
      'The income and expenditure accounts for 2022/23 Q2 are not in the register; they were due by 2022-10-31. Add them with quarter: 2022/23 Q2 and item: income_and_expenditure_accounts.',
    );
  });

  it('exits 1 and names each gap with its date once evidence has lapsed (CSV register, JSON out)', () => {
    const result = run('comply', SPEC, '--evidence', 'examples/compliance/evidence.csv', '--staff', STAFF, '--as-of', '2023-06-15', '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.gaps.map((g: { requirement: string; lapsedOn: string }) => [g.requirement, g.lapsedOn])).toEqual([
      ['annual-eqia', '2023-06-01'],
      ['quarterly-reporting', '2023-04-30'],
      ['quarterly-reporting', '2023-04-30'],
      ['quarterly-reporting', '2023-04-30'],
      ['income-and-expenditure-accounts', '2022-10-31'],
      ['income-and-expenditure-accounts', '2023-04-30'],
    ]);
    expect(report.expiring.map((e: { requirement: string; lapsesOn: string }) => [e.requirement, e.lapsesOn])).toEqual([
      ['insurance', '2023-07-31'],
      ['insurance', '2023-07-31'],
      ['insurance', '2023-07-31'],
    ]);
  });

  it('points at the row and column of a bad date in a CSV register', () => {
    const csv = readFileSync(path.join(root, 'examples/compliance/evidence.csv'), 'utf8').replace('sub-contract,Signed sub-contract with Porchlight,2021-09-28', 'sub-contract,Signed sub-contract with Porchlight,2021-09-31');
    const file = scratch('evidence.csv', csv);
    const result = run('comply', SPEC, '--evidence', file, '--staff', STAFF, '--as-of', '2023-02-15');
    expect(result.status).toBe(1);
    // the sub-contract is the 13th entry: spreadsheet row 14, the provided column is C
    expect(result.stdout).toContain(`${file} row 14, column provided (C): "2021-09-31" in provided is not a real date; write it as YYYY-MM-DD, such as 2022-04-01.`);
    expect(result.stdout).toContain('No evidence of Sub-Contract is in the register');
  });

  it('points at the line and column of an unknown field in a YAML register', () => {
    const yaml = readFileSync(path.join(root, EVIDENCE), 'utf8').replace('    evidence: Complaints policy v2\n', '    evidense: Complaints policy v2\n');
    const file = scratch('evidence.yaml', yaml);
    const line = yaml.split('\n').findIndex((l) => l.includes('evidense')) + 1;
    const result = run('comply', SPEC, '--evidence', file, '--staff', STAFF, '--as-of', '2023-02-15');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}:${line}:5: Evidence entry 6 has a field "evidense" that the register does not have`);
  });

  it('exits 2 when a register is not named or lacks its columns', () => {
    expect(run('comply', SPEC, '--evidence', EVIDENCE).status).toBe(2);
    const staff = scratch('staff.csv', 'staff_id,role\nS001,lead\n');
    const result = run('comply', SPEC, '--evidence', EVIDENCE, '--staff', staff, '--as-of', '2023-02-15');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('has no dbs_check_date, dbs_level, barred_lists columns');
  });
});
