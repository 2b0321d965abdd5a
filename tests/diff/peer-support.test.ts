/**
 * The real peer-support spec against copies changed in known ways. The copies are made at test
 * time from the current file with yaml's Document API, so the tests follow the spec as it grows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { ReportedChange } from '../../src/diff/report.js';
import { diffTexts, lineOf } from './helpers.js';

const FILE = 'specs/peer-support-dover-folkestone.yaml';
const PEER = readFileSync(FILE, 'utf8');

function changed(...edits: ((doc: Document) => void)[]): string {
  const doc = parseDocument(PEER);
  for (const e of edits) e(doc);
  return doc.toString({ lineWidth: 0 });
}

function targetIndex(doc: Document, id: string): number {
  const targets = doc.get('targets');
  if (!isSeq(targets)) throw new Error('no targets');
  const index = targets.items.findIndex((t) => isMap(t) && t.get('id') === id);
  if (index < 0) throw new Error(`no target ${id}`);
  return index;
}

const raiseThreshold = (doc: Document): void => {
  const path = ['targets', targetIndex(doc, 'contact-attempt-2wd'), 'rule'];
  const rule = String(doc.getIn(path));
  if (!rule.includes('at least 95% of')) throw new Error('the 2-day target no longer reads "at least 95% of"');
  doc.setIn(path, rule.replace('at least 95% of', 'at least 97% of'));
};
const removeTarget = (doc: Document): void => {
  doc.deleteIn(['targets', targetIndex(doc, 'exit-survey-completed')]);
};
const renameField = (doc: Document): void => {
  const fields = doc.getIn(['datasets', 'referrals', 'fields']);
  if (!isMap(fields)) throw new Error('no referrals fields');
  const pair = fields.items.find((p) => isScalar(p.key) && p.key.value === 'client_id');
  if (!pair || !isScalar(pair.key)) throw new Error('no client_id field');
  pair.key.value = 'person_id';
};
const REWORDED = 'Porchlight are commissioning a peer support service(s); these may be group sessions and or one-to-one support';
const rewordParagraph = (doc: Document): void => {
  const path = ['sections', 0, 'paragraphs', 0];
  const text = String(doc.getIn(path));
  if (!text.startsWith('Porchlight are commissioning')) throw new Error('the first paragraph has changed; update this test');
  doc.setIn(path, text.replace('group interventions and', 'group sessions and'));
};
const reorderKeys = (doc: Document): void => {
  visit(doc, { Map: (_key, node) => void node.items.reverse() });
};

const only = (changes: ReportedChange[], id: string): ReportedChange => {
  const found = changes.filter((c) => c.id === id);
  expect(found, JSON.stringify(changes, null, 1)).toHaveLength(1);
  return found[0];
};

describe('peer-support spec against copies changed in known ways', () => {
  test('threshold of contact-attempt-2wd raised 95% → 97%: tightened, affects payment, at the line of the rule', async () => {
    const copy = changed(raiseThreshold);
    const changes = await diffTexts(PEER, copy, FILE);
    expect(changes.map((c) => c.id)).toEqual(['threshold-raised']);
    const change = only(changes, 'threshold-raised');
    expect(change).toMatchObject({ direction: 'tightened', subject: 'target contact-attempt-2wd', before: 0.95, after: 0.97, payment: true, side: 'new' });
    expect(change.message).toBe(
      'Threshold of contact-attempt-2wd raised from 95% to 97%: a new obligation for every partner; the payment terms use this target (element targets-met), so it changes what partners are paid.',
    );
    expect(change.line).toBe(lineOf(copy, 'at least 97% of referrals'));
  });

  test('target exit-survey-completed removed: loosened, at its line in the old file', async () => {
    const changes = await diffTexts(PEER, changed(removeTarget), FILE);
    expect(changes.map((c) => c.id)).toEqual(['target-removed']);
    const change = only(changes, 'target-removed');
    expect(change).toMatchObject({ direction: 'loosened', subject: 'target exit-survey-completed', side: 'old' });
    expect(change.payment).toBeUndefined();
    expect(change.line).toBe(lineOf(PEER, '- id: exit-survey-completed'));
  });

  test('field referrals.client_id renamed person_id: one breaking rename, not a removal and an addition', async () => {
    const copy = changed(renameField);
    const changes = await diffTexts(PEER, copy, FILE);
    expect(changes.map((c) => c.id)).toEqual(['field-renamed']);
    expect(only(changes, 'field-renamed')).toMatchObject({ direction: 'breaking', before: 'client_id', after: 'person_id', line: lineOf(copy, 'person_id:') });
  });

  test('a paragraph reworded: editorial, with a word diff, at the paragraph line', async () => {
    const copy = changed(rewordParagraph);
    const changes = await diffTexts(PEER, copy, FILE);
    expect(changes.map((c) => c.id)).toEqual(['wording-changed']);
    const change = only(changes, 'wording-changed');
    expect(change.direction).toBe('editorial');
    expect(change.words).toContain('[-interventions-] {+sessions+}');
    expect(change.line).toBe(lineOf(copy, REWORDED));
  });

  test('keys reordered: no change', async () => {
    expect(await diffTexts(PEER, changed(reorderKeys), FILE)).toEqual([]);
  });

  test('all of them at once, with the keys reordered too: exactly the four changes', async () => {
    const copy = changed(raiseThreshold, removeTarget, renameField, rewordParagraph, reorderKeys);
    const changes = await diffTexts(PEER, copy, FILE);
    expect(changes.map((c) => c.id).sort()).toEqual(['field-renamed', 'target-removed', 'threshold-raised', 'wording-changed']);
    expect(only(changes, 'threshold-raised').line).toBe(lineOf(copy, 'at least 97% of referrals'));
    expect(only(changes, 'target-removed').line).toBe(lineOf(PEER, '- id: exit-survey-completed'));
  });
});
