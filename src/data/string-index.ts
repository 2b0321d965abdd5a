/**
 * Key → row for millions of record ids: an open-addressing hash table over typed arrays. A Map of
 * a million fresh strings costs seconds of rehashing and garbage collection; this costs one hash
 * of the characters and a few array reads per key.
 */
export class StringIndex {
  private slots: Int32Array;
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  /** `keyIs(row, key)` says whether the key stored for a row is `key`: the table keeps rows, not strings. */
  constructor(
    private readonly keyIs: (row: number, key: string) => boolean,
    expected = 1024,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The row stored for `key`, or -1. */
  get(key: string): number {
    const hash = hashString(key);
    let slot = hash & this.mask;
    for (;;) {
      const row = this.slots[slot];
      if (row === -1) return -1;
      if (this.hashes[slot] === hash && this.keyIs(row, key)) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores `row` for `key` unless the key is there already; returns the row already there, or -1 when added. */
  add(key: string, row: number): number {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const hash = hashString(key);
    let slot = hash & this.mask;
    for (;;) {
      const existing = this.slots[slot];
      if (existing === -1) break;
      if (this.hashes[slot] === hash && this.keyIs(existing, key)) return existing;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = row;
    this.hashes[slot] = hash;
    this.count++;
    return -1;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const size = oldSlots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const row = oldSlots[i];
      if (row === -1) continue;
      let slot = oldHashes[i] & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = row;
      this.hashes[slot] = oldHashes[i];
    }
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
