/**
 * Key → row for millions of record ids: an open-addressing hash table over one typed array. A Map
 * of a million fresh strings costs seconds of rehashing and garbage collection; this costs one hash
 * of the characters and a few array reads per key. Each slot holds the row and the key's hash side
 * by side, so a lookup usually touches one cache line of a table far bigger than the CPU's cache.
 *
 * Most exports number their records (R000123, REF-2023-0456): the keys that share the first key's
 * prefix and whose number falls in a range are kept in a plain array by number instead, which
 * needs no hash and, as records come in number order, reads memory in order. The row found there
 * is still checked against the key, so R01 and R1 stay apart (the second one goes to the table).
 */
export class StringIndex {
  /** slot i: table[2i] is the row (-1 when empty), table[2i + 1] the key's hash */
  private table: Int32Array;
  private mask: number;
  private count = 0;
  /** rows + 1 of the keys kept by number (0: none), for numbers from numberBase on */
  private byNumber = new Int32Array(0);
  private numbered = 0;
  private numberBase = -1;
  private prefix = '';
  /** how far byNumber may grow: a few times the keys expected, so that sparse numbers go to the table */
  private numberRoom = 1 << 16;
  private numbersOverflowed = false;
  // the key being looked up, taken apart by splitKey
  private keyNumber = -1;

  /** `keyIs(row, key)` says whether the key stored for a row is `key`: the table keeps rows, not strings. */
  constructor(
    private readonly keyIs: (row: number, key: string) => boolean,
    expected = 1024,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    this.numberRoom = Math.max(this.numberRoom, expected * 4);
  }

  get size(): number {
    return this.count + this.numbered;
  }

  /** The row stored for `key`, or -1. */
  get(key: string): number {
    const slot = this.numberSlotOf(key);
    if (slot >= 0 && slot < this.byNumber.length) {
      const row = this.byNumber[slot] - 1;
      if (row >= 0 && this.keyIs(row, key)) return row;
    }
    return this.count === 0 ? -1 : this.findInTable(key);
  }

  /**
   * The row of the key held as `chars[start .. end)` (say in an IdStore), which `matches` confirms,
   * or -1: for keys that are not JS strings.
   */
  findChars(chars: Uint16Array, start: number, end: number, matches: (row: number) => boolean): number {
    const slot = this.numberSlotOfChars(chars, start, end);
    if (slot >= 0 && slot < this.byNumber.length) {
      const row = this.byNumber[slot] - 1;
      if (row >= 0 && matches(row)) return row;
    }
    if (this.count === 0) return -1;
    const hash = hashChars(chars, start, end);
    const table = this.table;
    let at = hash & this.mask;
    for (;;) {
      const row = table[at << 1];
      if (row === -1) return -1;
      if (table[(at << 1) + 1] === hash && matches(row)) return row;
      at = (at + 1) & this.mask;
    }
  }

  /** Stores `row` for `key` unless the key is there already; returns the row already there, or -1 when added. */
  add(key: string, row: number): number {
    let slot = this.numberSlotOf(key);
    // the first key with a number decides the prefix and where the numbers start
    if (slot === NOT_NUMBERED && this.numberBase < 0 && this.takePrefix(key)) slot = this.numberSlotOf(key);
    if (slot >= 0) {
      if (slot < this.byNumber.length || this.roomForNumber(slot)) {
        const existing = this.byNumber[slot] - 1;
        if (existing < 0) {
          this.byNumber[slot] = row + 1;
          this.numbered++;
          return -1;
        }
        if (this.keyIs(existing, key)) return existing;
        // the same number written another way (R01 after R1) goes to the table
      } else this.numbersOverflowed = true;
    }
    if (this.count > 0) {
      const there = this.findInTable(key);
      if (there >= 0) return there;
    }
    this.addToTable(key, row);
    return -1;
  }

  /** Room for `expected` keys in all, so that neither store of keys is rebuilt as they are added. */
  reserve(expected: number): void {
    // once a key went to the table for want of room by number, the room must not grow, or a
    // repeat of that key would find its slot empty and be taken as new
    if (!this.numbersOverflowed) this.numberRoom = Math.max(this.numberRoom, expected * 4);
    if (this.numberBase >= 0 && this.numbered >= this.count) {
      // keys by number so far: the array by number is sized for them, and the table stays small
      const wanted = Math.min(this.numberRoom, Math.ceil(expected * 1.25) + 1024);
      if (wanted > this.byNumber.length) this.growNumbers(wanted);
      return;
    }
    let size = this.mask + 1;
    while (size < expected * 2) size *= 2;
    if (size > this.mask + 1) this.grow(size);
  }

  private findInTable(key: string): number {
    const hash = hashString(key);
    const table = this.table;
    let at = hash & this.mask;
    for (;;) {
      const existing = table[at << 1];
      if (existing === -1) return -1;
      if (table[(at << 1) + 1] === hash && this.keyIs(existing, key)) return existing;
      at = (at + 1) & this.mask;
    }
  }

  private addToTable(key: string, row: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const hash = hashString(key);
    const table = this.table;
    let at = hash & this.mask;
    while (table[at << 1] !== -1) at = (at + 1) & this.mask;
    table[at << 1] = row;
    table[(at << 1) + 1] = hash;
    this.count++;
  }

  /**
   * The slot by number of `key`: its number less numberBase when it has the prefix (possibly
   * beyond byNumber's end), else NOT_NUMBERED. Sets keyNumber.
   */
  private numberSlotOf(key: string): number {
    const n = key.length;
    const digitsFrom = digitsStart(key);
    if (digitsFrom === n) return NOT_NUMBERED;
    let number = 0;
    for (let i = digitsFrom; i < n; i++) number = number * 10 + (key.charCodeAt(i) - 48);
    this.keyNumber = number;
    if (this.numberBase < 0) return NOT_NUMBERED;
    const prefix = this.prefix;
    if (digitsFrom !== prefix.length) return OTHER_PREFIX;
    for (let i = 0; i < digitsFrom; i++) if (key.charCodeAt(i) !== prefix.charCodeAt(i)) return OTHER_PREFIX;
    const slot = number - this.numberBase;
    return slot >= 0 ? slot : OTHER_PREFIX;
  }

  private numberSlotOfChars(chars: Uint16Array, start: number, end: number): number {
    if (this.numberBase < 0) return NOT_NUMBERED;
    const digitsFrom = digitsStartIn(chars, start, end);
    if (digitsFrom === end) return NOT_NUMBERED;
    const prefix = this.prefix;
    if (digitsFrom - start !== prefix.length) return OTHER_PREFIX;
    for (let i = start; i < digitsFrom; i++) if (chars[i] !== prefix.charCodeAt(i - start)) return OTHER_PREFIX;
    let number = 0;
    for (let i = digitsFrom; i < end; i++) number = number * 10 + (chars[i] - 48);
    const slot = number - this.numberBase;
    return slot >= 0 ? slot : OTHER_PREFIX;
  }

  /** Takes the prefix and number range from the first key; false when the key has no number. */
  private takePrefix(key: string): boolean {
    const digitsFrom = digitsStart(key);
    if (digitsFrom === key.length) return false;
    this.prefix = key.slice(0, digitsFrom);
    // numbers from 0 when they start low, else from a little below the first one
    this.numberBase = this.keyNumber < 1 << 16 ? 0 : this.keyNumber - 1024;
    this.growNumbers(Math.min(this.numberRoom, 4096));
    return true;
  }

  /** Whether byNumber can reach `slot` within its room (growing it if so). */
  private roomForNumber(slot: number): boolean {
    if (slot >= this.numberRoom || this.numbersOverflowed) return false;
    this.growNumbers(Math.min(this.numberRoom, Math.max(slot + 1, this.byNumber.length * 2)));
    return true;
  }

  private growNumbers(length: number): void {
    const next = new Int32Array(length);
    next.set(this.byNumber);
    this.byNumber = next;
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

/** numberSlotOf: the key has no number at its end, or the index has no prefix yet */
const NOT_NUMBERED = -1;
/** numberSlotOf: the key's prefix is not the index's, or its number is below the range */
const OTHER_PREFIX = -2;

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
  const digitsFrom = digitsStart(s);
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
  const digitsFrom = digitsStartIn(chars, start, end);
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

/** Where the running number at the end of `key` starts: its last nine digits at most (key.length when it has none). */
function digitsStart(key: string): number {
  const n = key.length;
  let from = n;
  while (from > 0 && n - from < 9) {
    const c = key.charCodeAt(from - 1);
    if (c < 48 || c > 57) break;
    from--;
  }
  return from;
}

/** digitsStart of `chars[start .. end)`. */
function digitsStartIn(chars: Uint16Array, start: number, end: number): number {
  let from = end;
  while (from > start && end - from < 9) {
    const c = chars[from - 1];
    if (c < 48 || c > 57) break;
    from--;
  }
  return from;
}
