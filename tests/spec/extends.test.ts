import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/load.js';
import { load, only, textAt, where } from './helpers.js';

const BASE = `id: base
title: Base
version: "1"
abstract: true
commissioner: KCC
contract:
  start: 2021-10-01
  end: 2023-03-31
datasets:
  referrals:
    key: referral_id
    fields:
      referral_id: { type: id }
      area: { type: enum, values: [Dover, Folkestone] }
targets:
  - id: a
    rule: count of referrals dated by d
  - id: b
    rule: count of referrals dated by e
`;

describe('extends: merge rules', () => {
  it('merges mappings key by key, deeply, and lets the later file win on scalars', async () => {
    const loaded = await load(
      `id: lot\ntitle: Lot\nversion: "2"\nextends: base.yaml\ncontract:\n  end: 2024-03-31\ndatasets:\n  referrals:\n    fields:\n      age: { type: integer }\n`,
      { 'base.yaml': BASE },
    );
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.spec.contract).toEqual({ start: '2021-10-01', end: '2024-03-31' });
    expect(Object.keys(loaded.spec.datasets!.referrals.fields!)).toEqual(['referral_id', 'area', 'age']);
    expect(loaded.spec.datasets!.referrals.key).toBe('referral_id');
    expect(loaded.spec.commissioner).toBe('KCC');
    expect(loaded.spec.version).toBe('2');
  });

  it('merges lists of items with ids by id: a same id replaces in place, new ids are appended', async () => {
    const loaded = await load(
      `id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\ntargets:\n  - id: c\n    rule: new\n  - id: a\n    rule: replaced\n`,
      { 'base.yaml': BASE },
    );
    expect(loaded.spec.targets!.map((t) => [t.id, t.rule])).toEqual([
      ['a', 'replaced'],
      ['b', 'count of referrals dated by e'],
      ['c', 'new'],
    ]);
  });

  it('replaces the item entirely: keys of the base item are not kept', async () => {
    const base = BASE.replace('  - id: a\n    rule: count of referrals dated by d\n', '  - id: a\n    title: Old title\n    rule: count of referrals dated by d\n');
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\ntargets:\n  - id: a\n    rule: replaced\n`, { 'base.yaml': base });
    expect(loaded.spec.targets![0]).toEqual({ id: 'a', rule: 'replaced' });
  });

  it('replaces other lists whole', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\nareas: [Dover]\n`, {
      'base.yaml': BASE.replace('commissioner: KCC\n', 'commissioner: KCC\nareas: [Dover, Folkestone]\n'),
    });
    expect(loaded.spec.areas).toEqual(['Dover']);
  });

  it('removes extends and does not inherit abstract from the base', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\n`, { 'base.yaml': BASE });
    expect('extends' in loaded.spec).toBe(false);
    expect('abstract' in loaded.spec).toBe(false);
  });

  it('applies a list of bases in order, then the file itself', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: [one.yaml, two.yaml]\nfunder: Me\n`, {
      'one.yaml': 'id: one\ntitle: One\nversion: "1"\nfunder: One\ncommissioner: One\nlot: One\n',
      'two.yaml': 'id: two\ntitle: Two\nversion: "1"\nfunder: Two\ncommissioner: Two\n',
    });
    expect([loaded.spec.funder, loaded.spec.commissioner, loaded.spec.lot]).toEqual(['Me', 'Two', 'One']);
  });

  it('resolves a base of a base, with paths relative to each file', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: shared/mid.yaml\n`, {
      'shared/mid.yaml': 'id: mid\ntitle: Mid\nversion: "1"\nextends: ../root/base.yaml\nlot: Mid\n',
      'root/base.yaml': BASE,
    });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.spec.lot).toBe('Mid');
    expect(loaded.spec.commissioner).toBe('KCC');
  });

  it('loads a base shared by two bases once, without calling it a cycle', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: [a.yaml, b.yaml]\n`, {
      'a.yaml': 'id: a\ntitle: A\nversion: "1"\nextends: base.yaml\n',
      'b.yaml': 'id: b\ntitle: B\nversion: "1"\nextends: base.yaml\n',
      'base.yaml': BASE,
    });
    expect(loaded.diagnostics).toEqual([]);
  });
});

describe('extends: places after merging', () => {
  it('locates a value that came from the base in the base file', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\ntargets:\n  - id: c\n    rule: new\n`, { 'base.yaml': BASE });
    expect(where(loaded, loaded.locate(['targets', 1, 'rule']))).toBe('base.yaml:19:11');
    expect(textAt(loaded, loaded.locate(['targets', 1, 'rule']))).toBe('count of referrals dated by e');
    expect(where(loaded, loaded.locate(['targets', 2, 'rule']))).toBe('spec.yaml:7:11');
    expect(where(loaded, loaded.locate(['datasets', 'referrals', 'fields', 'area']))).toBe('base.yaml:14:13');
    expect(where(loaded, loaded.locate(['contract', 'start']))).toBe('base.yaml:7:10');
  });

  it('maps offsets inside a rule from the base into the base file', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\n`, { 'base.yaml': BASE });
    const at = loaded.locateInString(['targets', 0, 'rule'], 9, 9);
    expect(where(loaded, at)).toBe('base.yaml:17:20');
    expect(textAt(loaded, at)).toBe('referrals');
  });

  it('reports an error found only after merging in the file that gave the value', async () => {
    // the lot replaces target a without a rule; on its own the lot may leave keys to its base, merged it may not
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\ntargets:\n  - id: a\n    title: No rule\n`, {
      'base.yaml': BASE,
    });
    const d = only(loaded, 'schema-required');
    expect(d.message).toBe("Target 'a' is missing the required key 'rule'; add it.");
    expect(where(loaded, d)).toBe('spec.yaml:6:5');
  });

  it('allows a file with extends to give part of an object its base completes', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\ncontract:\n  end: 2024-03-31\n`, { 'base.yaml': BASE });
    expect(loaded.diagnostics).toEqual([]);
  });

  it('reports errors in a base file at their place in the base', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: base.yaml\n`, { 'base.yaml': BASE.replace('commissioner: KCC', 'comissioner: KCC') });
    const d = only(loaded);
    expect(d.code).toBe('schema-unknown-key');
    expect(d.message).toBe("Unknown key 'comissioner' in the spec; did you mean 'commissioner'?");
    expect(where(loaded, d)).toBe('base.yaml:5:1');
  });
});

describe('extends: errors', () => {
  it('a missing base is reported at the extends value', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: [shared/nope.yaml]\n`);
    const d = only(loaded);
    expect(d.code).toBe('extends-missing');
    expect(d.message).toBe("The file 'shared/nope.yaml' named in extends does not exist; check the path, which is relative to 'spec.yaml'.");
    expect(where(loaded, d)).toBe('spec.yaml:4:11');
    expect(textAt(loaded, d.at?.kind === 'spec' ? d.at : undefined)).toBe('shared/nope.yaml');
  });

  it('a cycle is reported where it closes, and loading ends', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: a.yaml\n`, {
      'a.yaml': 'id: a\ntitle: A\nversion: "1"\nextends: b.yaml\n',
      'b.yaml': 'id: b\ntitle: B\nversion: "1"\nextends: a.yaml\n',
    });
    const d = only(loaded);
    expect(d.code).toBe('extends-cycle');
    expect(d.message).toBe("'b.yaml' cannot extend 'a.yaml': the files extend each other in a circle (a.yaml → b.yaml → a.yaml); remove one of these extends.");
    expect(where(loaded, d)).toBe('b.yaml:4:10');
  });

  it('a file that extends itself is a cycle', async () => {
    const loaded = await load(`id: lot\ntitle: Lot\nversion: "1"\nextends: ./spec.yaml\n`);
    expect(only(loaded).code).toBe('extends-cycle');
  });

  it('loadSpec reads bases from disk relative to the file', async () => {
    const loaded = await loadSpec('tests/fixtures/specs/lot.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.spec.targets!.map((t) => t.id)).toEqual(['sign-ups', 'contacts-made']);
    expect(where(loaded, loaded.locate(['targets', 0, 'rule']))).toBe('tests/fixtures/specs/shared/base.yaml:12:11');
  });

  it('loadSpec of a file that does not exist is unusable input', async () => {
    await expect(loadSpec('tests/fixtures/specs/nope.yaml')).rejects.toMatchObject({
      name: 'UnusableInputError',
      diagnostics: [{ code: 'spec-unreadable', message: "The file 'tests/fixtures/specs/nope.yaml' does not exist; check the path." }],
    });
  });
});

describe('extends: the example in docs/spec-format.md merges as the document says', () => {
  it('contract deep-merged, fields added, targets by id in place and appended', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile('docs/spec-format.md', 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    const base = blocks.find((b) => b.startsWith('id: base'));
    const lot = blocks.find((b) => b.startsWith('id: lot'));
    expect(base && lot).toBeTruthy();
    const loaded = await load(lot!, { 'base.yaml': base! });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.spec.contract).toEqual({ start: '2021-10-01', end: '2024-03-31' });
    expect(loaded.spec.datasets!.referrals.key).toBe('referral_id');
    expect(Object.keys(loaded.spec.datasets!.referrals.fields!)).toEqual(['referral_id', 'age']);
    expect(loaded.spec.targets!.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(loaded.spec.targets![0].rule).toBe('at least 35 a year of referrals dated by referral_date');
  });
});
