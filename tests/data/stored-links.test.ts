/**
 * A child dataset read on the second thread keeps its link keys as packed strings; this thread
 * resolves them to parent rows, a piece at a time while the rest of the file is read, then the
 * last rows when it arrives (StoredLinkResolver). In pieces or in one go, every row must get its
 * parent: the first parent row holding the key, none for a blank cell, and the key kept as written
 * when no parent holds it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveStoredLink, StoredLinkResolver, type ParentKeys } from '../../src/data/coerce.js';
import { IdStore } from '../../src/data/id-store.js';
import { StringIndex } from '../../src/data/string-index.js';
import type { StringColumn } from '../../src/data/table.js';

const OK = 0;
const ABSENT = 1;

function parentKeys(keys: string[]): ParentKeys {
  const store = new IdStore();
  const index = new StringIndex((row, key) => store.equals(row, key));
  const excluded = new Uint8Array(keys.length);
  keys.forEach((key, row) => {
    store.push(key);
    // a repeated key is left out, as the loader leaves out a duplicate record
    if (index.add(key, row) !== -1) excluded[row] = 1;
  });
  return {
    index,
    store,
    idAt: (row) => store.at(row),
    isRowOf: (row, key) => row < keys.length && excluded[row] === 0 && store.equals(row, key),
    excluded: () => excluded,
  };
}

function childColumn(cells: (string | null)[]): { column: StringColumn; store: IdStore } {
  const store = new IdStore();
  const state = new Uint8Array(cells.length);
  cells.forEach((cell, row) => {
    store.push(cell ?? '');
    state[row] = cell === null ? ABSENT : OK;
  });
  return { column: { kind: 'id', name: 'referral_id', state, values: [] }, store };
}

const parentKey = fc.oneof(fc.nat(60).map((n) => `R${String(n).padStart(3, '0')}`), fc.constantFrom('X1', 'a b', ''));

describe('link keys resolved on this thread', () => {
  it('give every row the same parent in pieces as in one go, and as a lookup by key', () => {
    fc.assert(
      fc.property(
        fc.array(parentKey, { minLength: 1, maxLength: 80 }),
        fc.array(fc.option(parentKey, { freq: 6 }), { maxLength: 300 }),
        fc.array(fc.nat(300), { maxLength: 6 }),
        (parents, cells, cuts) => {
          const keys = parentKeys(parents);
          const whole = childColumn(cells);
          const once = resolveStoredLink(whole.column, 'referrals', whole.store, keys);

          const pieces = childColumn(cells);
          const resolver = new StoredLinkResolver('referrals', keys);
          for (const cut of [...cuts].sort((a, b) => a - b)) resolver.resolve(pieces.store, pieces.column.state, Math.min(cut, cells.length));
          const inPieces = resolver.finish(pieces.column, pieces.store);

          expect(Array.from(inPieces.parentOf)).toEqual(Array.from(once.parentOf));
          const firstRowOf = new Map<string, number>();
          parents.forEach((key, row) => firstRowOf.has(key) || firstRowOf.set(key, row));
          cells.forEach((cell, row) => {
            const p = inPieces.parentOf[row];
            if (cell === null) expect(p).toBe(-1);
            else if (firstRowOf.has(cell)) expect(p).toBe(firstRowOf.get(cell));
            else {
              expect(p).toBeLessThan(-1);
              expect(inPieces.unmatched.at(-2 - p)).toBe(cell);
            }
            // the column reads each key back, through its parent or as written
            expect(pieces.column.idAt!(row)).toBe(cell ?? '');
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the rows resolved so far as its arrays grow past their first size', () => {
    const parents = Array.from({ length: 20000 }, (_, i) => `R${i}`);
    const cells = Array.from({ length: 50000 }, (_, i) => (i % 97 === 0 ? null : i % 1009 === 0 ? `NOPE${i}` : `R${(i * 7919) % 20000}`));
    const keys = parentKeys(parents);
    const whole = childColumn(cells);
    const once = resolveStoredLink(whole.column, 'referrals', whole.store, keys);
    const pieces = childColumn(cells);
    const resolver = new StoredLinkResolver('referrals', keys);
    for (let rows = 10000; rows < cells.length; rows += 10000) resolver.resolve(pieces.store, pieces.column.state, rows);
    const inPieces = resolver.finish(pieces.column, pieces.store);
    expect(Array.from(inPieces.parentOf)).toEqual(Array.from(once.parentOf));
    expect(inPieces.parentOf[7]).toBe((7 * 7919) % 20000);
    expect(pieces.column.idAt!(1009)).toBe('NOPE1009');
  });
});
