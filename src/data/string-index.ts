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

/**
 * The hash of a key, the same for a string and for its characters in an IdStore (hashChars).
 *
 * Record ids are nearly always a prefix and a running number (R0001234), and rows come in id
 * order, so ids that differ only in the last three bits of their number share a group of eight
 * slots, one cache line of the table: inserting or finding a run of ids then touches a new line
 * once in eight keys instead of every key. Groups themselves are spread by mixing the prefix with
 * the rest of the number, so runs of occupied slots stay short.
 */
export function hashString(s: string): number {
  const n = s.length;
  let digitsFrom = n;
  while (digitsFrom > 0 && n - digitsFrom < 9) {
    const c = s.charCodeAt(digitsFrom - 1);
    if (c < 48 || c > 57) break;
    digitsFrom--;
  }
  let number = 0;
  for (let i = digitsFrom; i < n; i++) number = number * 10 + (s.charCodeAt(i) - 48);
  let h = 0x811c9dc5;
  for (let i = 0; i < digitsFrom; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return spread(h, number, n - digitsFrom);
}

/** hashString of `chars[start .. end)`. */
export function hashChars(chars: Uint16Array, start: number, end: number): number {
  let digitsFrom = end;
  while (digitsFrom > start && end - digitsFrom < 9) {
    const c = chars[digitsFrom - 1];
    if (c < 48 || c > 57) break;
    digitsFrom--;
  }
  let number = 0;
  for (let i = digitsFrom; i < end; i++) number = number * 10 + (chars[i] - 48);
  let h = 0x811c9dc5;
  for (let i = start; i < digitsFrom; i++) {
    h ^= chars[i];
    h = Math.imul(h, 0x01000193);
  }
  return spread(h, number, end - digitsFrom);
}

function spread(prefixHash: number, number: number, digits: number): number {
  // the count of digits keeps R01 and R1 apart in the hash (they are still told apart by their text)
  let h = prefixHash ^ Math.imul(number >>> 3, 0x9e3779b1) ^ digits;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h << 3) | (number & 7)) & 0x7fffffff;
}
