import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics.js';
import { FindingCollector } from '../../src/data/findings.js';
import { IdStore, lazyStrings } from '../../src/data/id-store.js';
import { hashString, StringIndex } from '../../src/data/string-index.js';

describe('IdStore', () => {
  it('gives back every string as pushed, including empty, long and non-Latin ones', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 12 }), fc.constant(''), fc.constant('x'.repeat(9000)))), (strings) => {
        const store = new IdStore(2);
        strings.forEach((s, i) => expect(store.push(s)).toBe(i));
        store.trim();
        const moved = IdStore.fromParts(store.parts());
        strings.forEach((s, i) => {
          expect(store.at(i)).toBe(s);
          expect(moved.at(i)).toBe(s);
          expect(store.equals(i, s)).toBe(true);
          expect(store.equals(i, `${s}!`)).toBe(false);
          expect(store.hashAt(i)).toBe(hashString(s));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('compares strings across stores without building them', () => {
    const a = new IdStore();
    const b = new IdStore();
    for (const s of ['R1', 'R10', '', 'R2']) a.push(s);
    for (const s of ['R10', 'R1', 'R2 ', '']) b.push(s);
    expect(a.equalsIn(1, b, 0)).toBe(true);
    expect(a.equalsIn(0, b, 1)).toBe(true);
    expect(a.equalsIn(0, b, 0)).toBe(false);
    expect(a.equalsIn(3, b, 2)).toBe(false);
    expect(a.equalsIn(2, b, 3)).toBe(true);
  });
});

describe('lazyStrings', () => {
  const store = new IdStore();
  for (const s of ['R1', '', 'R3']) store.push(s);
  const values = lazyStrings(() => store.size, (row) => store.at(row));

  it('reads like the array it stands for', () => {
    expect(values[0]).toBe('R1');
    expect(values[2]).toBe('R3');
    expect(values[3]).toBeUndefined();
    expect(values.length).toBe(3);
    expect(Array.isArray(values)).toBe(true);
    expect([...values]).toEqual(['R1', '', 'R3']);
    expect(values.map((v) => v.length)).toEqual([2, 0, 2]);
    expect(JSON.stringify(values)).toBe('["R1","","R3"]');
    expect(values.indexOf('R3')).toBe(2);
  });

  it('cannot be written to', () => {
    expect(Reflect.set(values, 0, 'changed')).toBe(false);
    expect(values[0]).toBe('R1');
  });
});

describe('StringIndex', () => {
  it('finds the first row of every key, by string and by hash, through growth and collisions', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const store = new IdStore();
        const index = new StringIndex((row, key) => store.equals(row, key), 4);
        const first = new Map<string, number>();
        keys.forEach((key, row) => {
          store.push(key);
          const already = index.add(key, row);
          expect(already).toBe(first.has(key) ? first.get(key) : -1);
          if (!first.has(key)) first.set(key, row);
        });
        expect(index.size).toBe(first.size);
        for (const [key, row] of first) {
          expect(index.get(key)).toBe(row);
          const probe = new IdStore();
          probe.push(key);
          expect(probe.findIn(index, 0, (r) => store.equals(r, key))).toBe(row);
        }
        expect(index.get('not a key at all')).toBe(-1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('FindingCollector.absorb', () => {
  const finding = (dataset: string, field: string, n: number) =>
    diagnostic('data-bad-date', `bad ${dataset} ${field} ${n}`, { kind: 'data', file: `${dataset}.csv`, dataset, field, record: n });

  it('gives the same findings, counts and summaries as one collector hearing everything in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('referrals', 'contacts', 'wellbeing'), fc.constantFrom('a', 'b')), { maxLength: 60 }),
        (events) => {
          const limit = 3;
          const whole = new FindingCollector(limit);
          const parts = new Map<string, FindingCollector>();
          events.forEach(([dataset, field], n) => {
            const f = finding(dataset, field, n);
            for (const c of [whole, parts.get(dataset) ?? parts.set(dataset, new FindingCollector(limit)).get(dataset)!]) {
              if (c.wants(f.code, { dataset, field })) c.add(f);
              else c.count(f.code, 'error', f.at as never);
            }
          });
          // datasets are read one after another, so the whole collector hears them grouped
          const grouped = new FindingCollector(limit);
          const order = [...new Set(events.map(([d]) => d))];
          for (const dataset of order)
            events.forEach(([d, field], n) => {
              if (d !== dataset) return;
              const f = finding(d, field, n);
              if (grouped.wants(f.code, { dataset: d, field })) grouped.add(f);
              else grouped.count(f.code, 'error', f.at as never);
            });
          const merged = new FindingCollector(limit);
          for (const dataset of order) merged.absorb(parts.get(dataset)!.state());
          expect(merged.findings()).toEqual(grouped.findings());
          expect(merged.total).toBe(whole.total);
        },
      ),
    );
  });
});

describe('StringIndex with running-number ids', () => {
  it('finds sequential and scattered ids and misses ids it does not hold', () => {
    const store = new IdStore();
    const index = new StringIndex((row, key) => store.equals(row, key));
    const ids: string[] = [];
    for (let i = 0; i < 50000; i++) ids.push(`R${String(i * 3).padStart(7, '0')}`);
    for (let i = 0; i < 2000; i++) ids.push(`client-${i}x`, `${i}`, `0${i}`);
    ids.forEach((id, row) => {
      store.push(id);
      expect(index.add(id, row)).toBe(-1);
    });
    ids.forEach((id, row) => expect(index.get(id)).toBe(row));
    for (let i = 0; i < 5000; i++) {
      expect(index.get(`R${String(i * 3 + 1).padStart(7, '0')}`)).toBe(-1);
      // the same number written without its leading zeros is another id
      if (i > 0) expect(index.get(`R${i * 3}`)).toBe(-1);
    }
    expect(hashString('R01')).not.toBe(hashString('R1'));
  });
});

describe('StringIndex by number', () => {
  // keys that share a prefix and number are kept by number; anything else, or a second spelling
  // of a number, or a number beyond the room, in the hash table: every path must agree with a Map
  const key = fc
    .tuple(fc.constantFrom('R', 'R', 'R', 'X', '', 'R-'), fc.nat(70000), fc.nat(3))
    .map(([prefix, n, zeros]) => `${prefix}${'0'.repeat(zeros)}${n}`);
  it('finds the first row of every key, and misses every key it does not hold, through reserve and overflow', () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { maxLength: 2500 }), fc.array(key, { maxLength: 50 }), fc.nat(40000), (pool, picks, others, expected) => {
        // from a small pool, so that keys come again, before and after reserve() moves the room
        const keys = picks.map((i) => pool[i % pool.length]);
        const store = new IdStore();
        const index = new StringIndex((row, k) => store.equals(row, k), 4);
        const first = new Map<string, number>();
        keys.forEach((k, row) => {
          if (row === 50) index.reserve(expected);
          store.push(k);
          expect(index.add(k, row)).toBe(first.has(k) ? first.get(k) : -1);
          if (!first.has(k)) first.set(k, row);
        });
        expect(index.size).toBe(first.size);
        const probe = new IdStore();
        for (const k of [...first.keys(), ...others]) {
          const row = first.get(k) ?? -1;
          expect(index.get(k)).toBe(row);
          expect(probe.findIn(index, probe.push(k), (r) => store.equals(r, k))).toBe(row);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('still knows a key it had no room to keep by number after reserve() makes more room', () => {
    const store = new IdStore();
    const index = new StringIndex((row, k) => store.equals(row, k), 4);
    for (const k of ['R1', 'R70000']) index.add(k, store.push(k));
    index.reserve(50000);
    expect(index.add('R70000', store.push('R70000'))).toBe(1);
    expect(index.add('R60000', store.push('R60000'))).toBe(-1);
    expect([index.get('R70000'), index.get('R60000'), index.get('R1')]).toEqual([1, 3, 0]);
  });

  it('keeps running numbers out of the hash table, whose room then stays small', () => {
    const store = new IdStore();
    const index = new StringIndex((row, k) => store.equals(row, k));
    index.reserve(200000);
    for (let i = 1; i <= 200000; i++) index.add(`R${String(i).padStart(5, '0')}`, store.push(`R${String(i).padStart(5, '0')}`));
    // R100000 and on gained a digit: still by number
    expect(index.get('R100000')).toBe(99999);
    expect(index.get('R00001')).toBe(0);
    expect(index.get('R1')).toBe(-1);
    expect((index as unknown as { count: number }).count).toBe(0);
    expect((index as unknown as { numbered: number }).numbered).toBe(200000);
  });
});

describe('IdStore.reserve', () => {
  it('makes room for the strings to come at the average length so far, and keeps what is in', () => {
    const store = new IdStore(4);
    store.push('R0001');
    store.push('R0002');
    store.reserve(1000);
    expect(store.parts().ends.length).toBe(1000);
    // five characters each so far, and a quarter more
    expect(store.parts().chars.length).toBeGreaterThanOrEqual(5000);
    expect(store.parts().chars.length).toBeLessThan(6500);
    for (let i = 3; i <= 1000; i++) store.push(`R${String(i).padStart(4, '0')}`);
    expect([store.at(0), store.at(1), store.at(999)]).toEqual(['R0001', 'R0002', 'R1000']);
  });

  it('is not outgrown when running numbers gain a digit, and trim() cuts to size without a copy', () => {
    const store = new IdStore(4);
    store.push('R998');
    store.push('R999');
    store.reserve(1000);
    const reserved = store.parts().chars.buffer;
    // from R1000 on, a character longer than the strings the room was measured on
    for (let i = 1000; i < 1998; i++) store.push(`R${i}`);
    expect(store.parts().chars.buffer).toBe(reserved);
    store.trim();
    const { chars, ends, count } = store.parts();
    expect(count).toBe(1000);
    expect(ends.length).toBe(1000);
    expect(chars.length).toBe(2 * 4 + 998 * 5);
    expect(chars.buffer).toBe(reserved);
    expect([store.at(0), store.at(1), store.at(2), store.at(999)]).toEqual(['R998', 'R999', 'R1000', 'R1997']);
  });
});
