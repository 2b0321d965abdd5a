/**
 * Changes that mean nothing must give no change at all: key order, YAML style, the order of list
 * items that have ids, a target moved in its list. Each is made with yaml's Document API from the
 * current files, so the tests follow the specs as they grow.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isMap, isSeq, parseDocument, visit, type Document } from 'yaml';
import { diffTexts, diffTexts as diffWith, SMALL } from './helpers.js';

const PEER_FILE = 'specs/peer-support-dover-folkestone.yaml';
const PEER = readFileSync(PEER_FILE, 'utf8');

function transform(text: string, change: (doc: Document) => void, options: Parameters<Document['toString']>[0] = {}): string {
  const doc = parseDocument(text);
  change(doc);
  const out = doc.toString({ lineWidth: 0, ...options });
  if (out === text) throw new Error('the transformation changed nothing, so the test would prove nothing');
  return out;
}

const reverseEveryMapping = (doc: Document): void => {
  visit(doc, { Map: (_key, node) => void node.items.reverse() });
};
const flowStyle = (doc: Document): void => {
  visit(doc, {
    Map: (_key, node) => void (node.flow = true),
    Seq: (_key, node) => void (node.flow = true),
  });
};
/** Reverses every list whose items all have an id (targets, checklist, sections' ids excepted). */
const reverseListsWithIds = (doc: Document): void => {
  visit(doc, {
    Pair: (_key, pair) => {
      const key = String((pair.key as { value?: unknown }).value);
      if (key === 'sections') return; // the document's order is part of its meaning
      const seq = pair.value;
      if (!isSeq(seq) || seq.items.length < 2) return;
      if (seq.items.every((item) => isMap(item) && item.has('id'))) seq.items.reverse();
    },
  });
};
const moveFirstTargetToEnd = (doc: Document): void => {
  const targets = doc.get('targets');
  if (!isSeq(targets)) throw new Error('no targets');
  targets.items.push(targets.items.shift()!);
};

const specs: [string, string, string | undefined][] = [
  ['small spec', SMALL, undefined],
  ['peer-support spec', PEER, PEER_FILE],
];

describe.each(specs)('no change at all: %s', (_name, text, asFile) => {
  const diffTexts = (a: string, b: string) => diffWith(a, b, asFile);
  test('every mapping with its keys in reverse order', async () => {
    expect(await diffTexts(text, transform(text, reverseEveryMapping))).toEqual([]);
  });

  test('flow style instead of block style', async () => {
    expect(await diffTexts(text, transform(text, flowStyle))).toEqual([]);
  });

  test('every string double-quoted', async () => {
    expect(await diffTexts(text, transform(text, () => {}, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }))).toEqual([]);
  });

  test('lists with ids (targets, datasets checks, checklist, outcomes, payment elements) reversed', async () => {
    expect(await diffTexts(text, transform(text, reverseListsWithIds))).toEqual([]);
  });

  test('a target moved to the end of its list', async () => {
    expect(await diffTexts(text, transform(text, moveFirstTargetToEnd))).toEqual([]);
  });

  test('datasets in reverse order', async () => {
    const reversed = transform(text, (doc) => {
      const datasets = doc.get('datasets');
      if (isMap(datasets)) datasets.items.reverse();
    });
    expect(await diffTexts(text, reversed)).toEqual([]);
  });
});

test('a rule re-laid out with a comment gives no change', async () => {
  const relaid = SMALL.replace(
    '      at least 95% of referrals\n        meet working_days(referral_date, min(contact_date of contacts)) <= 2\n',
    '      at least 95% of referrals   # the 2-day target\n        meet working_days( referral_date , min(contact_date of contacts) )\n             <= 2\n',
  );
  expect(relaid).not.toBe(SMALL);
  expect(await diffTexts(SMALL, relaid)).toEqual([]);
});

test('a paragraph re-wrapped as a folded block gives no change', async () => {
  const folded = SMALL.replace(
    '      - The service offers peer support to adults in Dover and Folkestone.\n',
    '      - >-\n        The service offers peer support\n        to adults in Dover and Folkestone.\n',
  );
  expect(folded).not.toBe(SMALL);
  expect(await diffTexts(SMALL, folded)).toEqual([]);
});
