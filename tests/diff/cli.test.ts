/**
 * `servicespec diff` run in-process: formats, the JSON schema, --fail-on, --explain, git sides,
 * --base in a scratch repository, and exit 2 for unusable input.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { CATALOGUE } from '../../src/diff/catalogue.js';
import { edit, lineOf, SMALL } from './helpers.js';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false, cwd };
  const code = await main(['node', 'servicespec', 'diff', ...args], io);
  return { code, out, err };
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

// three changes in three directions: a threshold raised, a field renamed, a paragraph reworded
const CHANGED = edit(
  edit(edit(SMALL, 'at least 95% of referrals', 'at least 97% of referrals'), '      client_id: { type: id', '      person_id: { type: id'),
  'People feel less lonely',
  'People feel less isolated',
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'servicespec-diff-'));
  writeFileSync(path.join(dir, 'old.yaml'), SMALL);
  writeFileSync(path.join(dir, 'new.yaml'), CHANGED);
});

describe('formats', () => {
  test('text: summary line, grouped by direction, with file:line', async () => {
    const { code, out } = await run(['old.yaml', 'new.yaml'], dir);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('3 changes: 1 breaking, 1 tightened, 1 editorial');
    expect(out).toContain(`new.yaml:${lineOf(CHANGED, 'at least 97%')}: Threshold of contact-attempt-2wd raised from 95% to 97%`);
    expect(out.indexOf("Breaking for partners' data")).toBeLessThan(out.indexOf('Tightened for the partner'));
    expect(out.indexOf('Tightened for the partner')).toBeLessThan(out.indexOf('Editorial'));
  });

  test('md: the marker first, then the summary, changes grouped, word diff as strike-through', async () => {
    const { code, out } = await run(['old.yaml', 'new.yaml', '--format', 'md'], dir);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('<!-- servicespec-diff -->');
    expect(out).toContain('**3 changes: 1 breaking, 1 tightened, 1 editorial**');
    expect(out).toContain("#### Breaking for partners' data (1)");
    expect(out).toContain('`client_id → person_id`');
    expect(out).toContain(`\`new.yaml:${lineOf(CHANGED, 'person_id:')}\``);
    expect(out).toContain('~~lonely~~ **isolated**');
    expect(out).toContain('**affects payment**');
  });

  test('json validates against schemas/diff.schema.json and carries ids, lines and counts', async () => {
    const { code, out } = await run(['old.yaml', 'new.yaml', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const schema = JSON.parse(readFileSync('schemas/diff.schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.counts).toEqual({ breaking: 1, tightened: 1, loosened: 0, neutral: 0, editorial: 1 });
    const ids = report.specs[0].changes.map((c: { id: string }) => c.id).sort();
    expect(ids).toEqual(['field-renamed', 'threshold-raised', 'wording-changed']);
    const threshold = report.specs[0].changes.find((c: { id: string }) => c.id === 'threshold-raised');
    expect(threshold).toMatchObject({ file: 'new.yaml', line: lineOf(CHANGED, 'at least 97%'), before: 0.95, after: 0.97, payment: true });
  });

  test('-o writes the report to a file', async () => {
    const { code, out } = await run(['old.yaml', 'new.yaml', '--format', 'md', '-o', 'report.md'], dir);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8').startsWith('<!-- servicespec-diff -->')).toBe(true);
  });

  test('identical versions: "No changes." and exit 0 even with --fail-on any', async () => {
    const { code, out } = await run(['old.yaml', 'old.yaml', '--fail-on', 'any'], dir);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('No changes.');
  });
});

describe('--fail-on', () => {
  test.each([
    ['tightened', 1],
    ['breaking', 1],
    ['any', 1],
  ] as const)('%s with a tightened and a breaking change: exit %d', async (kind, expected) => {
    expect((await run(['old.yaml', 'new.yaml', '--fail-on', kind], dir)).code).toBe(expected);
  });

  test('tightened with only an editorial change: exit 0', async () => {
    writeFileSync(path.join(dir, 'editorial.yaml'), edit(SMALL, 'People feel less lonely', 'People feel less isolated'));
    expect((await run(['old.yaml', 'editorial.yaml', '--fail-on', 'tightened'], dir)).code).toBe(0);
    expect((await run(['old.yaml', 'editorial.yaml', '--fail-on', 'any'], dir)).code).toBe(1);
  });
});

describe('--explain', () => {
  test('prints the entry of every catalogue id', async () => {
    for (const id of CATALOGUE.keys()) {
      const { code, out } = await run(['--explain', id], dir);
      expect(code).toBe(0);
      expect(out.startsWith(`${id}: `)).toBe(true);
    }
  });

  test('the docs describe every catalogue id', () => {
    const docs = readFileSync('docs/diff-catalogue.md', 'utf8');
    const missing = [...CATALOGUE.keys()].filter((id) => !docs.includes(`### \`${id}\``));
    expect(missing).toEqual([]);
  });

  test('an unknown id is unusable input that lists the ids', async () => {
    const { code, err } = await run(['--explain', 'threshold-bumped'], dir);
    expect(code).toBe(2);
    expect(err).toContain("There is no change called 'threshold-bumped'");
    expect(err).toContain('threshold-raised');
  });
});

describe('unusable input: exit 2 with a plain message', () => {
  test('a missing file', async () => {
    const { code, err } = await run(['old.yaml', 'nope.yaml'], dir);
    expect(code).toBe(2);
    expect(err).toContain('Could not read nope.yaml');
  });

  test('YAML that cannot be read, with its line', async () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'id: x\ntitle: [unclosed\nversion: 1\n');
    const { code, err } = await run(['old.yaml', 'broken.yaml'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/^broken\.yaml:\d+:\d+: /);
    expect(err).not.toContain('    at ');
  });

  test('a wrong format, and no versions named', async () => {
    expect((await run(['old.yaml', 'new.yaml', '--format', 'html'], dir)).err).toContain('--format must be one of md, text, json');
    expect((await run([], dir)).code).toBe(2);
  });
});

describe('git sides', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'servicespec-diff-git-'));
    git(repo, 'init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'specs', 'shared'), { recursive: true });
    // the base holds a checklist item; the spec extends it
    writeFileSync(path.join(repo, 'specs', 'shared', 'base.yaml'), 'id: base\ntitle: Base\nversion: 1.0.0\nabstract: true\nchecklist:\n  - id: gdpr\n    category: key\n    requirement: Data protection\n    evidence: A policy.\n');
    writeFileSync(path.join(repo, 'specs', 'small.yaml'), SMALL.replace('version: 1.0.0\n', 'version: 1.0.0\nextends: ./shared/base.yaml\n'));
    writeFileSync(path.join(repo, 'specs', 'gone.yaml'), 'id: gone\ntitle: Gone\nversion: 1.0.0\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    // on the branch: the base's checklist item removed, a threshold raised, one spec deleted, one added
    writeFileSync(path.join(repo, 'specs', 'shared', 'base.yaml'), 'id: base\ntitle: Base\nversion: 1.0.0\nabstract: true\n');
    writeFileSync(path.join(repo, 'specs', 'small.yaml'), edit(readFileSync(path.join(repo, 'specs', 'small.yaml'), 'utf8'), 'at least 95% of referrals', 'at least 97% of referrals'));
    execFileSync('rm', [path.join(repo, 'specs', 'gone.yaml')]);
    writeFileSync(path.join(repo, 'specs', 'new-service.yaml'), 'id: new-service\ntitle: New\nversion: 1.0.0\n');
  });

  test('rev:path against the working tree, with extends read from the same revision', async () => {
    const { code, out } = await run(['main:specs/small.yaml', 'specs/small.yaml', '--format', 'json'], repo);
    expect(code).toBe(0);
    const changes = JSON.parse(out).specs[0].changes as { id: string; file: string; line: number }[];
    expect(changes.map((c) => c.id).sort()).toEqual(['checklist-requirement-removed', 'threshold-raised']);
    const removed = changes.find((c) => c.id === 'checklist-requirement-removed')!;
    expect(removed.file).toBe('main:specs/shared/base.yaml');
    expect(removed.line).toBe(6);
  });

  test('--base lists every changed spec, added and removed ones too', async () => {
    const { code, out } = await run(['--base', 'main', '--format', 'json'], repo);
    expect(code).toBe(0);
    const specs = JSON.parse(out).specs as { old?: string; new?: string; changes: { id: string }[] }[];
    const byName = Object.fromEntries(specs.map((s) => [s.new ?? s.old, s.changes.map((c) => c.id).sort()]));
    expect(byName).toEqual({
      'main:specs/gone.yaml': ['spec-removed'],
      'specs/new-service.yaml': ['spec-added'],
      'specs/shared/base.yaml': ['checklist-requirement-removed'],
      'specs/small.yaml': ['checklist-requirement-removed', 'threshold-raised'],
    });
  });

  test('an unknown revision is unusable input', async () => {
    const { code, err } = await run(['nosuchrev:specs/small.yaml', 'specs/small.yaml'], repo);
    expect(code).toBe(2);
    expect(err).toContain('Could not read specs/small.yaml at git revision nosuchrev');
  });
});
