import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

/** Runs the built CLI as a user would (npm test builds first). */
function servicespec(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/servicespec.js', ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  if (!existsSync('dist/src/cli/main.js')) spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
});

describe('servicespec lint', () => {
  it('exits 0 on clean specs, including the seeds', () => {
    const run = servicespec('lint', 'tests/fixtures/specs/clean.yaml', 'specs/peer-support-dover-folkestone.yaml');
    expect(run.stdout).toBe('✔ No problems in 2 files.\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 with errors, in stylish by default', () => {
    const run = servicespec('lint', 'tests/fixtures/specs/problems.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("  15:14    error  'refferal_date' is not a field of referrals.");
    expect(run.stdout).toContain('  > 15 |         meet refferal_date is present');
    expect(run.stdout).toContain('✖ 4 problems (4 errors, 0 warnings)');
  });

  it('--format json prints the problems as JSON', () => {
    const run = servicespec('lint', '--format', 'json', 'tests/fixtures/specs/problems.yaml');
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as { code: string; line: number; column: number }[];
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([
      '15:14 type-unknown-field',
      '17:9 ref-duplicate-id',
      '19:5 schema-unknown-key',
      '25:17 ref-unknown-target',
    ]);
  });

  it('--format github prints workflow annotations', () => {
    const run = servicespec('lint', 'tests/fixtures/specs/problems.yaml', '--format', 'github');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[2]).toBe(
      "::error file=tests/fixtures/specs/problems.yaml,line=19,col=5,endLine=19,endColumn=10,title=schema-unknown-key::Unknown key 'titel' in target 'a'; did you mean 'title'?",
    );
  });

  it('exits 2 when a file cannot be read, saying which', () => {
    const run = servicespec('lint', 'tests/fixtures/specs/clean.yaml', 'tests/fixtures/specs/nope.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("The file 'tests/fixtures/specs/nope.yaml' does not exist; check the path.\n");
  });

  it('exits 2 for an unknown format', () => {
    const run = servicespec('lint', '--format', 'xml', 'tests/fixtures/specs/clean.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("There is no lint format called 'xml'; use one of: stylish, json, github.\n");
  });
});
