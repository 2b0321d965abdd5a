/**
 * Prose as `diff` compares it: a paragraph's words, not its layout. A folded YAML string, a literal
 * block or a quoted line with the same words are the same text.
 */
import { diffArrays, diffWords } from 'diff';
import type { Paragraph } from '../spec/types.generated.js';

export function normaliseProse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph (plain or structured) as one line of text, so that paragraphs can be aligned and
 * compared; a number, bullet items, a quotation and its source are all part of its wording.
 */
export function paragraphText(paragraph: Paragraph): string {
  if (typeof paragraph === 'string') return normaliseProse(paragraph);
  const parts: string[] = [];
  if (paragraph.number !== undefined) parts.push(`${paragraph.number}.`);
  if (paragraph.text !== undefined) parts.push(paragraph.text);
  if (paragraph.quote !== undefined) parts.push(`“${paragraph.quote}”`);
  if (paragraph.source !== undefined) parts.push(`(${paragraph.source})`);
  if (paragraph.target !== undefined) parts.push(`[target ${paragraph.target}]`);
  for (const item of paragraph.items ?? []) parts.push(`• ${paragraphText(item)}`);
  for (const [key, value] of Object.entries(paragraph)) {
    // parts the schema may gain later (e.g. a structured part shown in place) still count as wording
    if (!['number', 'text', 'quote', 'source', 'target', 'items'].includes(key)) parts.push(`[${key} ${JSON.stringify(value)}]`);
  }
  return normaliseProse(parts.join(' '));
}

/**
 * "[-old words-] {+new words+}": a word diff readable in plain text and in Markdown. Unchanged runs
 * longer than `context` words on either side are cut to "…", so a long paragraph shows its edit.
 */
export function wordDiff(before: string, after: string, context = 8): string {
  const parts = diffWords(normaliseProse(before), normaliseProse(after));
  return parts
    .map((part, i) => {
      if (part.removed) return `[-${part.value.trim()}-]${parts[i + 1]?.added ? ' ' : ''}`;
      if (part.added) return `{+${part.value.trim()}+}`;
      return trimContext(part.value, i > 0, i < parts.length - 1, context);
    })
    .join('');
}

function trimContext(text: string, hasBefore: boolean, hasAfter: boolean, context: number): string {
  const words = text.split(' ');
  if (words.length <= context * 2 + 1) return text;
  if (hasBefore && hasAfter) return `${words.slice(0, context).join(' ')} … ${words.slice(-context).join(' ')}`;
  if (hasAfter) return `… ${words.slice(-context).join(' ')}`;
  if (hasBefore) return `${words.slice(0, context).join(' ')} …`;
  return text;
}

export type ParagraphEdit =
  | { kind: 'reworded'; oldIndex: number; newIndex: number; before: string; after: string }
  | { kind: 'added'; newIndex: number; after: string }
  | { kind: 'removed'; oldIndex: number; before: string };

/**
 * Aligns two lists of paragraphs (they have no ids): unchanged paragraphs anchor the alignment,
 * and between anchors removed and added paragraphs are paired in order as rewordings; what is left
 * over was added or removed.
 */
export function alignParagraphs(before: readonly string[], after: readonly string[]): ParagraphEdit[] {
  const edits: ParagraphEdit[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let pendingRemoved: number[] = [];
  let pendingAdded: number[] = [];
  const flush = (): void => {
    const paired = Math.min(pendingRemoved.length, pendingAdded.length);
    for (let i = 0; i < paired; i++) {
      const o = pendingRemoved[i];
      const n = pendingAdded[i];
      edits.push({ kind: 'reworded', oldIndex: o, newIndex: n, before: before[o], after: after[n] });
    }
    for (const o of pendingRemoved.slice(paired)) edits.push({ kind: 'removed', oldIndex: o, before: before[o] });
    for (const n of pendingAdded.slice(paired)) edits.push({ kind: 'added', newIndex: n, after: after[n] });
    pendingRemoved = [];
    pendingAdded = [];
  };
  for (const part of diffArrays([...before], [...after])) {
    const count = part.value.length;
    if (part.removed) {
      for (let i = 0; i < count; i++) pendingRemoved.push(oldIndex++);
    } else if (part.added) {
      for (let i = 0; i < count; i++) pendingAdded.push(newIndex++);
    } else {
      flush();
      oldIndex += count;
      newIndex += count;
    }
  }
  flush();
  return edits;
}
