/**
 * Where things are in a YAML file: the node at a path, and the file offset of a character inside a
 * string scalar's parsed value. Rules are written inside YAML strings, so a DSL error at offset 14 of
 * a rule must become an offset in the file: that is only exact if we undo YAML's quoting, escaping,
 * indentation and folding character by character.
 */

import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';

export type SpecPath = readonly (string | number)[];

export interface NodeAtPath {
  /** The value node; null when the key is present with no value (`key:`). */
  node: Node | null;
  /** The key node when the last step of the path was a mapping key. */
  key?: Node;
}

/** The YAML node a JSON-like path leads to, following aliases; undefined when the path is not in the file. */
export function nodeAtPath(doc: Document, path: SpecPath): NodeAtPath | undefined {
  let current: Node | null = doc.contents as Node | null;
  let key: Node | undefined;
  for (const step of path) {
    if (current && isAlias(current)) current = (current.resolve(doc) as Node | undefined) ?? null;
    if (!current) return undefined;
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && keyText(item.key) === String(step));
      if (!pair) return undefined;
      key = pair.key as Node;
      current = (pair.value as Node | null) ?? null;
    } else if (isSeq(current) && typeof step === 'number') {
      if (step < 0 || step >= current.items.length) return undefined;
      key = undefined;
      current = (current.items[step] as Node | null) ?? null;
    } else {
      return undefined;
    }
  }
  if (current && isAlias(current)) current = (current.resolve(doc) as Node | undefined) ?? current;
  return { node: current, key };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}

/** [start, end) of a node's value in the file, without trailing comments or line breaks. */
export function nodeRange(node: Node): [number, number] | undefined {
  if (!node.range) return undefined;
  return [node.range[0], node.range[1]];
}

/** Where each character of a string value came from: file offsets [start, end) per character. */
export interface StringOffsets {
  starts: number[];
  ends: number[];
  /** Offset right after the last character (or of the value's start when empty). */
  end: number;
}

/**
 * For each character of a string scalar's parsed value, where it is in the file. Exact for plain,
 * single- and double-quoted and literal (`|`) scalars; folded (`>`) scalars are aligned character by
 * character, exact for everything but the spaces folding creates. Undefined when the node is not a
 * string scalar or the text cannot be aligned.
 */
export function stringOffsets(fileText: string, node: Node): StringOffsets | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const scalar = node as Scalar<string>;
  const [start, end] = node.range;
  const pieces = sourcePieces(fileText, start, end, scalar);
  if (!pieces) return undefined;
  if (scalar.type === 'BLOCK_FOLDED') return align(scalar.value, pieces, start, true);
  return align(scalar.value, scalar.type === 'BLOCK_LITERAL' ? pieces : foldLineBreaks(pieces), start, false);
}

/**
 * Flow scalars (plain and quoted) fold line breaks: the whitespace around one line break becomes one
 * space, and n line breaks in a row become n - 1 newlines. Whitespace without a line break is kept.
 * After this every piece produces exactly the characters of the value, in order.
 */
function foldLineBreaks(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; ) {
    if (!pieces[i].foldable) {
      out.push(pieces[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && pieces[j].foldable) j++;
    const run = pieces.slice(i, j);
    const breaks = run.filter((p) => p.produces === '\n');
    if (breaks.length === 0) out.push(...run.map((p) => ({ ...p, foldable: false })));
    else if (breaks.length === 1) out.push({ at: breaks[0].at, width: 1, produces: ' ', foldable: false });
    else for (const b of breaks.slice(1)) out.push({ at: b.at, width: 1, produces: '\n', foldable: false });
    i = j;
  }
  return out;
}

/** One unit of source text and the characters it stands for in the value. */
interface Piece {
  at: number;
  /** Characters of source this piece spans (an escape such as \u00e9 is six). */
  width: number;
  produces: string;
  /** Unescaped whitespace, which quoting and folding may drop or turn into one space. */
  foldable: boolean;
}

function sourcePieces(text: string, start: number, end: number, scalar: Scalar<string>): Piece[] | undefined {
  switch (scalar.type) {
    case 'PLAIN':
      return rawPieces(text, start, end);
    case 'QUOTE_SINGLE':
      return singleQuotedPieces(text, start + 1, end - 1);
    case 'QUOTE_DOUBLE':
      return doubleQuotedPieces(text, start + 1, end - 1);
    case 'BLOCK_LITERAL':
      return literalBlockPieces(text, start, end, tokenIndent(scalar));
    case 'BLOCK_FOLDED': {
      const body = text.indexOf('\n', start);
      return body < 0 || body >= end ? [] : rawPieces(text, body + 1, end);
    }
    default:
      return undefined;
  }
}

function tokenIndent(scalar: Scalar): number {
  const token = scalar.srcToken as { indent?: number } | undefined;
  return token?.indent ?? 0;
}

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

function rawPieces(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) pieces.push({ at: i, width: 1, produces: text[i], foldable: isSpace(text[i]) });
  return pieces;
}

function singleQuotedPieces(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] === "'" && text[i + 1] === "'") {
      pieces.push({ at: i, width: 2, produces: "'", foldable: false });
      i++;
    } else pieces.push({ at: i, width: 1, produces: text[i], foldable: isSpace(text[i]) });
  }
  return pieces;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuotedPieces(text: string, start: number, end: number): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '\\') {
      pieces.push({ at: i, width: 1, produces: ch, foldable: isSpace(ch) });
      continue;
    }
    const next = text[i + 1];
    if (next === '\n' || next === '\r') {
      // An escaped line break joins the lines with nothing between them; the next line's indentation goes too.
      let j = i + 1;
      if (text[j] === '\r') j++;
      if (text[j] === '\n') j++;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      i = j - 1;
      continue;
    }
    const hexLength = HEX_ESCAPE_LENGTH[next];
    if (hexLength) {
      const code = Number.parseInt(text.slice(i + 2, i + 2 + hexLength), 16);
      if (Number.isNaN(code)) return undefined;
      pieces.push({ at: i, width: 2 + hexLength, produces: String.fromCodePoint(code), foldable: false });
      i += 1 + hexLength;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple === undefined) return undefined;
    pieces.push({ at: i, width: 2, produces: simple, foldable: false });
    i++;
  }
  return pieces;
}

/** A literal block keeps every character after the block's indentation, line breaks included. */
function literalBlockPieces(text: string, start: number, end: number, parentIndent: number): Piece[] {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return [];
  const header = text.slice(start, headerEnd).replace(/#.*$/, '');
  const explicit = /[1-9]/.exec(header);
  const lines: { from: number; to: number }[] = [];
  for (let lineStart = headerEnd + 1; lineStart < end; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl >= end ? end : nl;
    lines.push({ from: lineStart, to: lineEnd });
    lineStart = lineEnd + 1;
  }
  let indent: number;
  if (explicit) {
    indent = parentIndent + Number(explicit[0]);
  } else {
    const firstContent = lines.find((line) => text.slice(line.from, line.to).trim() !== '');
    indent = firstContent ? leadingSpaces(text, firstContent.from, firstContent.to) : 0;
  }
  const pieces: Piece[] = [];
  for (const line of lines) {
    const skip = Math.min(indent, leadingSpaces(text, line.from, line.to));
    for (let i = line.from + skip; i < line.to; i++) pieces.push({ at: i, width: 1, produces: text[i], foldable: false });
    if (line.to < end) pieces.push({ at: line.to, width: 1, produces: '\n', foldable: false });
  }
  return pieces;
}

function leadingSpaces(text: string, from: number, to: number): number {
  let n = 0;
  while (from + n < to && text[from + n] === ' ') n++;
  return n;
}

/**
 * Walks the value and the source together: each value character is matched by the piece that
 * produces it. Only for folded blocks (`loose`), whose folding rules depend on indentation, is
 * source whitespace matched loosely or skipped. Gives up rather than guess on a mismatch.
 */
function align(value: string, pieces: Piece[], valueStart: number, loose: boolean): StringOffsets | undefined {
  const starts: number[] = new Array(value.length);
  const ends: number[] = new Array(value.length);
  let k = 0;
  let within = 0; // index inside a piece that produces two UTF-16 units (\U escapes)
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    for (;;) {
      const piece = pieces[k];
      if (!piece) return undefined;
      if (piece.produces[within] === ch) {
        starts[i] = piece.at;
        ends[i] = piece.at + piece.width;
        within++;
        if (within >= piece.produces.length) {
          k++;
          within = 0;
        }
        break;
      }
      if (loose && piece.foldable && isSpace(ch)) {
        starts[i] = piece.at;
        ends[i] = piece.at + piece.width;
        k++;
        break;
      }
      if (loose && piece.foldable) {
        k++;
        continue;
      }
      return undefined;
    }
  }
  const end = value.length === 0 ? (pieces[0]?.at ?? valueStart) : ends[value.length - 1];
  return { starts, ends, end };
}

/** The file range [start, end) of `length` characters at `offset` in the value; clamped to the value. */
export function mapStringRange(offsets: StringOffsets, offset: number, length: number): [number, number] {
  const count = offsets.starts.length;
  if (count === 0 || offset >= count) return [offsets.end, offsets.end];
  const from = offsets.starts[Math.max(0, offset)];
  const last = Math.min(count - 1, Math.max(offset, offset + length - 1));
  const to = length <= 0 ? from : offsets.ends[last];
  return [from, Math.max(from, to)];
}
