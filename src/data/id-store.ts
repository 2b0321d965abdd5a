/**
 * Millions of short strings (record ids) packed into one growable array of UTF-16 code units with
 * an end offset per string. Kept as JS strings, a million ids cost seconds of garbage collection
 * (each one is copied out of the young generation and then traced on every full collection); here
 * they are two typed arrays that the collector never looks inside.
 */
import { resizedShared, sharedArray } from './shared-memory.js';
import { hashChars, type StringIndex } from './string-index.js';
import type { PackedStore } from './table.js';

export type IdStoreParts = PackedStore;

export class IdStore {
  private chars: Uint16Array;
  private ends: Int32Array;
  private used = 0;
  private count = 0;

  constructor(expected = 1024) {
    this.ends = sharedArray(Int32Array, Math.max(16, expected));
    this.chars = sharedArray(Uint16Array, Math.max(64, expected * 8));
  }

  get size(): number {
    return this.count;
  }

  /** Appends `text`; returns its index (0, 1, 2, … in the order added). */
  push(text: string): number {
    const n = text.length;
    if (this.used + n > this.chars.length) this.chars = resizedShared(this.chars, Math.max(this.chars.length * 2, this.used + n));
    if (this.count === this.ends.length) this.ends = resizedShared(this.ends, this.ends.length * 2);
    const chars = this.chars;
    let at = this.used;
    for (let i = 0; i < n; i++) chars[at++] = text.charCodeAt(i);
    this.used = at;
    this.ends[this.count] = at;
    return this.count++;
  }

  /** The string at `index`, built afresh (callers print a few, they do not loop over millions). */
  at(index: number): string {
    const start = index === 0 ? 0 : this.ends[index - 1];
    const end = this.ends[index];
    if (end - start <= 12) {
      // short strings come out flat from concatenation, faster than through a view and apply()
      let text = '';
      for (let i = start; i < end; i++) text += String.fromCharCode(this.chars[i]);
      return text;
    }
    if (end - start <= 4096) return String.fromCharCode.apply(null, this.chars.subarray(start, end) as unknown as number[]);
    let text = '';
    for (let from = start; from < end; from += 4096) {
      text += String.fromCharCode.apply(null, this.chars.subarray(from, Math.min(end, from + 4096)) as unknown as number[]);
    }
    return text;
  }

  /** Whether the string at `index` is `text`, without building it. */
  equals(index: number, text: string): boolean {
    const start = index === 0 ? 0 : this.ends[index - 1];
    const n = text.length;
    if (this.ends[index] - start !== n) return false;
    const chars = this.chars;
    for (let i = 0; i < n; i++) if (chars[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Whether the string at `index` equals the one at `otherIndex` of `other`. */
  equalsIn(index: number, other: IdStore, otherIndex: number): boolean {
    const start = index === 0 ? 0 : this.ends[index - 1];
    const otherStart = otherIndex === 0 ? 0 : other.ends[otherIndex - 1];
    const n = this.ends[index] - start;
    if (other.ends[otherIndex] - otherStart !== n) return false;
    const chars = this.chars;
    const otherChars = other.chars;
    for (let i = 0; i < n; i++) if (chars[start + i] !== otherChars[otherStart + i]) return false;
    return true;
  }

  /** hashString (string-index.ts) of the string at `index`, without building it. */
  hashAt(index: number): number {
    return hashChars(this.chars, index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
  }

  /** The row `keys` holds for the string at `index` (which `matches` confirms), or -1, without building it. */
  findIn(keys: StringIndex, index: number, matches: (row: number) => boolean): number {
    return keys.findChars(this.chars, index === 0 ? 0 : this.ends[index - 1], this.ends[index], matches);
  }

  /** The typed arrays behind the store, to hand to another thread (after trim()). */
  parts(): IdStoreParts {
    return { chars: this.chars, ends: this.ends, count: this.count };
  }

  static fromParts(parts: IdStoreParts): IdStore {
    const store = new IdStore(0);
    store.chars = parts.chars;
    store.ends = parts.ends;
    store.count = parts.count;
    store.used = parts.count === 0 ? 0 : parts.ends[parts.count - 1];
    return store;
  }

  /**
   * Room for `strings` strings in all, so that a store filled from a big file is allocated once.
   * The room for characters is a quarter more than the strings so far need on average: running
   * numbers grow a digit as they go (R99999, R100000), and a second doubling would copy it all.
   * Room never written costs no memory: the pages of a new buffer are only taken when touched.
   */
  reserve(strings: number): void {
    if (this.count === 0 || strings <= this.ends.length) return;
    const chars = Math.ceil((this.used / this.count) * strings * 1.25) + 64;
    this.ends = resizedShared(this.ends, strings);
    if (chars > this.chars.length) this.chars = resizedShared(this.chars, chars);
  }

  /** Once every string is in: the arrays end where the strings do (views; the unused room was never touched). */
  trim(): void {
    if (this.chars.length > this.used) this.chars = this.chars.subarray(0, this.used);
    if (this.ends.length > this.count) this.ends = this.ends.subarray(0, this.count);
  }
}


/**
 * A read-only string[] whose items are made on demand by `at(row)`: code that reads `values[row]`
 * keeps working, but only the rows it reads become strings. Anything else asked of the array
 * (iteration, map, slice) is answered by a materialised copy, made once.
 */
export function lazyStrings(length: () => number, at: (row: number) => string): string[] {
  let copy: string[] | undefined;
  const all = (): string[] => {
    if (!copy) {
      const n = length();
      copy = new Array<string>(n);
      for (let i = 0; i < n; i++) copy[i] = at(i);
    }
    return copy;
  };
  return new Proxy([] as string[], {
    get(_target, property) {
      if (typeof property === 'string') {
        const c = property.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const row = Number(property);
          return Number.isInteger(row) && row < length() ? at(row) : undefined;
        }
        if (property === 'length') return length();
      }
      const array = all();
      const value = Reflect.get(array, property) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(array) : value;
    },
    has(_target, property) {
      return Reflect.has(all(), property);
    },
    ownKeys() {
      return Reflect.ownKeys(all());
    },
    getOwnPropertyDescriptor(_target, property) {
      return Reflect.getOwnPropertyDescriptor(all(), property);
    },
    set() {
      return false;
    },
  });
}
