import { describe, expect, it } from 'vitest';
import { HEAD, load, only, textAt, where } from './helpers.js';

/** Each case: a small spec with one mistake, and the one diagnostic it must give, placed exactly. */
const cases: { name: string; yaml: string; code: string; message: string; at: string; covers?: string }[] = [
  {
    name: 'unknown key near a known one',
    yaml: `${HEAD}targets:\n  - id: a\n    rule: count of referrals dated by d\n    titel: A\n`,
    code: 'schema-unknown-key',
    message: "Unknown key 'titel' in target 'a'; did you mean 'title'?",
    at: 'spec.yaml:7:5',
    covers: 'titel',
  },
  {
    name: 'unknown key far from any known one',
    yaml: `${HEAD}contract:\n  start: 2021-10-01\n  end: 2023-03-31\n  budget: 5\n`,
    code: 'schema-unknown-key',
    message: "Unknown key 'budget' in 'contract'; the keys allowed here are start, end, financial_year_start and note.",
    at: 'spec.yaml:7:3',
    covers: 'budget',
  },
  {
    name: 'number where text is needed',
    yaml: 'id: x\ntitle: T\nversion: 1.0\n',
    code: 'schema-type',
    message: "'version' at the top of the spec must be text, not a whole number. Put the value in quotes.",
    at: 'spec.yaml:3:10',
    covers: '1.0',
  },
  {
    name: 'text where a list is needed',
    yaml: `${HEAD}areas: Dover\n`,
    code: 'schema-type',
    message: "'areas' at the top of the spec must be a list, not text. Write it as a list, for example [a, b].",
    at: 'spec.yaml:4:8',
    covers: 'Dover',
  },
  {
    name: 'missing required key at the top',
    yaml: 'id: x\ntitle: T\n',
    code: 'schema-required',
    message: "The spec is missing the required key 'version'; add it.",
    at: 'spec.yaml:1:1',
  },
  {
    name: 'missing required key of a field, at the field name',
    yaml: `${HEAD}datasets:\n  referrals:\n    fields:\n      area: { values: [Dover] }\n`,
    code: 'schema-required',
    message: "Field 'area' of dataset 'referrals' is missing the required key 'type'; add it.",
    at: 'spec.yaml:7:7',
    covers: 'area',
  },
  {
    name: 'enum value with a near miss',
    yaml: `${HEAD}targets:\n  - id: a\n    kind: otput\n    rule: r\n`,
    code: 'schema-enum',
    message: "'kind' of target 'a' is 'otput', which is not allowed; did you mean 'output'? Use one of: output, outcome, reporting, eligibility, measure.",
    at: 'spec.yaml:6:11',
    covers: 'otput',
  },
  {
    name: 'date not written YYYY-MM-DD',
    yaml: `${HEAD}contract:\n  start: 2021-10-1\n  end: 2023-03-31\n`,
    code: 'schema-pattern',
    message: "'start' of 'contract' is '2021-10-1', but must be a date written YYYY-MM-DD (for example 2022-04-01).",
    at: 'spec.yaml:5:10',
    covers: '2021-10-1',
  },
  {
    name: 'target id with capitals',
    yaml: `${HEAD}targets:\n  - id: Sign-Ups\n    rule: r\n`,
    code: 'schema-pattern',
    message:
      "'id' of target 'Sign-Ups' is 'Sign-Ups', but must be an id of lower-case letters, digits and hyphens, starting with a letter or digit (for example contact-made-5wd).",
    at: 'spec.yaml:5:9',
  },
  {
    name: 'dataset name not allowed, at the name',
    yaml: `${HEAD}datasets:\n  Referrals:\n    fields: {}\n`,
    code: 'schema-pattern',
    message:
      "The name of dataset 'Referrals' must be a name of lower-case letters, digits and underscores, starting with a letter (for example exit_surveys); rename it.",
    at: 'spec.yaml:5:3',
    covers: 'Referrals',
  },
  {
    name: 'paragraph object with a misspelt key: one error, not a list of oneOf branches',
    yaml: `${HEAD}sections:\n  - id: s\n    title: S\n    paragraphs:\n      - plain text\n      - nmber: 3\n        text: hi\n`,
    code: 'schema-unknown-key',
    message: "Unknown key 'nmber' in paragraph 2 of section 's'; did you mean 'number'?",
    at: 'spec.yaml:9:9',
    covers: 'nmber',
  },
  {
    name: 'paragraph of the wrong type names both allowed types',
    yaml: `${HEAD}sections:\n  - id: s\n    title: S\n    paragraphs:\n      - [a, b]\n`,
    code: 'schema-type',
    message: "Paragraph 1 of section 's' must be text or a mapping of keys to values, not a list.",
    at: 'spec.yaml:8:9',
  },
  {
    name: 'nested paragraph item, misspelt key',
    yaml: `${HEAD}sections:\n  - id: s\n    title: S\n    paragraphs:\n      - items: [a, {targt: x}]\n`,
    code: 'schema-unknown-key',
    message: "Unknown key 'targt' in item 2 of paragraph 1 of section 's'; did you mean 'target'?",
    at: 'spec.yaml:8:21',
    covers: 'targt',
  },
  {
    name: 'number out of range',
    yaml: `${HEAD}payment:\n  elements:\n    - id: e\n      share_percent: 120\n      earned_by: proportion_of_count_target\n      targets: [t]\n`,
    code: 'schema-range',
    message: "'share_percent' of payment element 'e' of 'payment' is 120, but must be at most 100.",
    at: 'spec.yaml:7:22',
    covers: '120',
  },
  {
    name: 'empty list where one item is needed',
    yaml: `${HEAD}areas: []\n`,
    code: 'schema-empty',
    message: "'areas' at the top of the spec must not be empty.",
    at: 'spec.yaml:4:8',
  },
  {
    name: 'duplicate key, at the second one',
    yaml: `${HEAD}commissioner: A\ncommissioner: B\n`,
    code: 'yaml-duplicate-key',
    message: "The key 'commissioner' appears twice in the same mapping; remove one of them or merge the two.",
    at: 'spec.yaml:5:1',
    covers: 'commissioner',
  },
  {
    name: 'duplicate key deep inside a target',
    yaml: `${HEAD}targets:\n  - id: a\n    rule: r\n    rule: s\n`,
    code: 'yaml-duplicate-key',
    message: "The key 'rule' appears twice in the same mapping; remove one of them or merge the two.",
    at: 'spec.yaml:7:5',
    covers: 'rule',
  },
  {
    name: 'unclosed quote: a syntax error and no schema noise after it',
    yaml: 'id: x\ntitle: "T\nversion: "1"\n',
    code: 'yaml-syntax',
    message: 'Something is not closed here (Missing closing "quote); add the missing character.',
    at: 'spec.yaml:2:10',
  },
  {
    name: 'tab indentation',
    yaml: `${HEAD}contract:\n\tstart: 2021-01-01\n`,
    code: 'yaml-syntax',
    message: 'A tab is used to indent this line; YAML is indented with spaces only, so replace the tab with spaces.',
    at: 'spec.yaml:5:1',
  },
  {
    name: 'empty file',
    yaml: '',
    code: 'schema-type',
    message: 'A spec must be a mapping of keys to values (id: …, title: …, version: …), not an empty file.',
    at: 'spec.yaml:1:1',
  },
  {
    name: 'extends of the wrong type',
    yaml: `${HEAD}extends: [3]\n`,
    code: 'schema-type',
    message: "Item 1 of 'extends' must be text, not a whole number. Put the value in quotes.",
    at: 'spec.yaml:4:11',
  },
];

describe('schema and YAML errors: one sentence each, at their line and column', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const loaded = await load(c.yaml);
      const d = c.code === 'yaml-syntax' ? loaded.diagnostics.filter((x) => x.code === 'yaml-syntax')[0] : only(loaded);
      expect(d.code).toBe(c.code);
      expect(d.message).toBe(c.message);
      expect(where(loaded, d)).toBe(c.at);
      if (c.covers !== undefined) expect(textAt(loaded, d.at?.kind === 'spec' ? d.at : undefined)).toBe(c.covers);
      expect(d.severity).toBe('error');
    });
  }

  it('a YAML syntax error is not followed by schema errors that only echo it', async () => {
    const loaded = await load('id: x\ntitle: "T\nversion: "1"\n');
    expect(loaded.diagnostics.every((d) => d.code.startsWith('yaml-'))).toBe(true);
  });

  it('several mistakes give several diagnostics, each at its own place', async () => {
    const loaded = await load(`${HEAD}targets:\n  - id: a\n    kind: otput\n    rule: r\n  - id: b\n    rul: r\n`);
    expect(loaded.diagnostics.map((d) => [d.code, where(loaded, d)])).toEqual([
      ['schema-enum', 'spec.yaml:6:11'],
      ['schema-required', 'spec.yaml:8:5'],
      ['schema-unknown-key', 'spec.yaml:9:5'],
    ]);
  });

  it('a valid spec has no diagnostics', async () => {
    const loaded = await load(`${HEAD}areas: [Dover]\ncontract: { start: 2021-10-01, end: 2023-03-31 }\n`);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.spec.contract).toEqual({ start: '2021-10-01', end: '2023-03-31' });
  });
});
