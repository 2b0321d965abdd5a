/**
 * Key → row for millions of record ids: an open-addressing hash table over one typed array. A Map
 * of a million fresh strings costs seconds of rehashing and garbage collection; this costs one hash
 * of the characters and a few array reads per key. Each slot holds the row and the key's hash side
 * by side, so a lookup usually touches one cache line of a table far bigger than the CPU's cache.
 */
export class StringIndex {
  /** slot i: table[2i] is the row (-1 when empty), table[2i + 1] the key's hash */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  /** `keyIs(row, key)` says whether the key stored for a row is `key`: the table keeps rows, not strings. */
  constructor(
    private readonly keyIs: (row: number, key: string) => boolean,
    expected = 1024,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The row stored for `key`, or -1. */
  get(key: string): number {
    const hash = hashString(key);
    const table = this.table;
    let slot = hash & this.mask;
    for (;;) {
      const row = table[slot << 1];
      if (row === -1) return -1;
      if (table[(slot << 1) + 1] === hash && this.keyIs(row, key)) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row whose key has hash `hash` and passes `matches`, or -1: for keys that are not JS strings. */
  findHashed(hash: number, matches: (row: number) => boolean): number {
    const table = this.table;
    let slot = hash & this.mask;
    for (;;) {
      const row = table[slot << 1];
      if (row === -1) return -1;
      if (table[(slot << 1) + 1] === hash && matches(row)) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores `row` for `key` unless the key is there already; returns the row already there, or -1 when added. */
  add(key: string, row: number): number {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const hash = hashString(key);
    const table = this.table;
    let slot = hash & this.mask;
    for (;;) {
      const existing = table[slot << 1];
      if (existing === -1) break;
      if (table[(slot << 1) + 1] === hash && this.keyIs(existing, key)) return existing;
      slot = (slot + 1) & this.mask;
    }
    table[slot << 1] = row;
    table[(slot << 1) + 1] = hash;
    this.count++;
    return -1;
  }

  /** Room for `expected` keys in all, so that the table is not rebuilt as they are added. */
  reserve(expected: number): void {
    let size = this.mask + 1;
    while (size < expected * 2) size *= 2;
    if (size > this.mask + 1) this.grow(size);
  }

  private grow(size = (this.mask + 1) * 2): void {
    const old = this.table;
    const table = new Int32Array(size * 2).fill(-1);
    const mask = size - 1;
    for (let i = 0; i < old.length; i += 2) {
      const row = old[i];
      if (row === -1) continue;
      const hash = old[i + 1];
      let slot = hash & mask;
      while (table[slot << 1] !== -1) slot = (slot + 1) & mask;
      table[slot << 1] = row;
      table[(slot << 1) + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units, mixed at the end so that sequential ids spread over the table. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & 0x7fffffff;
}
