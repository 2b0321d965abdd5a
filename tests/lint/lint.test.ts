import { describe, expect, it } from 'vitest';
import { SourceRegistry } from '../../src/diagnostics.js';
import { github, json, lintFormats, placeProblems, stylish } from '../../src/lint/formats.js';
import { lintFiles } from '../../src/lint/lint.js';
import { LINT_FORMAT_NAMES } from '../../src/cli/commands/lint.js';

const PROBLEMS = 'tests/fixtures/specs/problems.yaml';

describe('lintFiles', () => {
  it('finds nothing in a clean spec', async () => {
    const run = await lintFiles(['tests/fixtures/specs/clean.yaml']);
    expect(run.results).toEqual([{ file: 'tests/fixtures/specs/clean.yaml', diagnostics: [] }]);
  });

  it('finds schema, rule and reference problems, each placed, in file order', async () => {
    const run = await lintFiles([PROBLEMS]);
    const placed = placeProblems(run.results, run.sources).map((p) => [p.line, p.column, p.code]);
    expect(placed).toEqual([
      [15, 14, 'type-unknown-field'],
      [17, 9, 'ref-duplicate-id'],
      [19, 5, 'schema-unknown-key'],
      [25, 17, 'ref-unknown-target'],
    ]);
  });

  it('places a rule problem on the exact characters inside a block scalar', async () => {
    const run = await lintFiles([PROBLEMS]);
    const [problem] = placeProblems(run.results, run.sources);
    expect(run.sources.get(PROBLEMS)!.line(problem.line!).slice(problem.column! - 1, problem.endColumn! - 1)).toBe('refferal_date');
  });

  it('marks a file that cannot be read as unusable and still lints the others', async () => {
    const run = await lintFiles(['tests/fixtures/specs/missing.yaml', 'tests/fixtures/specs/clean.yaml']);
    expect(run.results.map((r) => [r.file, r.unusable ?? false, r.diagnostics.map((d) => d.code)])).toEqual([
      ['tests/fixtures/specs/missing.yaml', true, ['spec-unreadable']],
      ['tests/fixtures/specs/clean.yaml', false, []],
    ]);
  });

  it('reports a problem in a shared base once when two linted files extend it', async () => {
    const files = {
      'a.yaml': 'id: a\ntitle: A\nversion: "1"\nextends: base.yaml\n',
      'b.yaml': 'id: b\ntitle: B\nversion: "1"\nextends: base.yaml\n',
      'base.yaml': 'id: base\ntitle: Base\nversion: "1"\ncomissioner: X\n',
    } as Record<string, string>;
    const run = await lintFiles(['a.yaml', 'b.yaml'], { readFile: async (p) => files[p] });
    expect(run.results.map((r) => r.diagnostics.map((d) => d.code))).toEqual([
      ['spec-schema-comment', 'schema-unknown-key'],
      ['spec-schema-comment'],
    ]);
  });

  it('warns when the first line does not name the schema for editors, with the path from the file', async () => {
    const run = await lintFiles(['specs/x.yaml'], { readFile: async () => 'id: x\ntitle: T\nversion: "1"\n' });
    const [warning] = run.results[0].diagnostics;
    expect(warning.code).toBe('spec-schema-comment');
    expect(warning.severity).toBe('warning');
    expect(warning.message).toBe(
      "The first line should be '# yaml-language-server: $schema=../schemas/spec.schema.json' so that editors check and complete the spec as you type; add it.",
    );
  });
});

describe('formats', () => {
  it('the CLI offers exactly the registered formats', () => {
    expect(LINT_FORMAT_NAMES).toEqual(Object.keys(lintFormats));
  });

  it('stylish: grouped per file, line:col, severity, message, code, a code frame and a summary', async () => {
    const run = await lintFiles([PROBLEMS]);
    const text = stylish(run.results, run.sources);
    const lines = text.split('\n');
    expect(lines[0]).toBe(PROBLEMS);
    expect(lines[1]).toBe("  15:14    error  'refferal_date' is not a field of referrals. Did you mean 'referral_date'?  type-unknown-field");
    expect(lines[2]).toBe('    14 |       at least 95% of referrals');
    expect(lines[3]).toBe('  > 15 |         meet refferal_date is present');
    expect(lines[4]).toBe('       |              ^^^^^^^^^^^^^');
    expect(lines.at(-2)).toBe('✖ 4 problems (4 errors, 0 warnings)');
    expect(text).not.toContain('\u001b[');
    expect(stylish(run.results, run.sources, { color: true })).toContain('\u001b[31m');
  });

  it('stylish: a clean run says so', () => {
    expect(stylish([{ file: 'a.yaml', diagnostics: [] }], new SourceRegistry())).toBe('✔ No problems in 1 file.\n');
  });

  it('json: one object per problem with 1-based places', async () => {
    const run = await lintFiles([PROBLEMS]);
    const parsed = JSON.parse(json(run.results, run.sources));
    expect(parsed[3]).toEqual({
      file: PROBLEMS,
      line: 25,
      column: 17,
      endLine: 25,
      endColumn: 18,
      severity: 'error',
      code: 'ref-unknown-target',
      message: "Payment element 'e' names the target 'b', which this spec does not have; check the spelling against the ids under targets.",
    });
  });

  it('github: workflow annotations, with special characters escaped', () => {
    const sources = new SourceRegistry();
    const out = github(
      [
        {
          file: 'a,b.yaml',
          diagnostics: [{ code: 'x-y', severity: 'warning', message: '50% done\nnext', at: { kind: 'spec', file: 'a,b.yaml', offset: 0, length: 0 } }],
        },
      ],
      sources,
    );
    // the file was never read, so no line is known
    expect(out).toBe('::warning file=a%2Cb.yaml,title=x-y::50%25 done%0Anext\n');
  });
});
