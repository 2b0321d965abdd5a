/**
 * Places in a spec said in the words a spec author uses: "target 'contact-made-5wd'", "field 'area'
 * of dataset 'referrals'", rather than JSON pointers.
 */

import type { SpecPath } from './source.js';

/** Lists whose items are named by their `id`, and what one item is called. */
const ITEM_NAMES: Record<string, string> = {
  targets: 'target',
  sections: 'section',
  checklist: 'checklist item',
  personal_outcomes: 'personal outcome',
  system_outcomes: 'system outcome',
  social_value: 'social value theme',
  elements: 'payment element',
  checks: 'check',
  closures: 'closure',
  paragraphs: 'paragraph',
  items: 'item',
  minimum_amounts: 'minimum amount',
};

/** Maps whose keys are names, and what one entry is called. */
const ENTRY_NAMES: Record<string, string> = {
  datasets: 'dataset',
  fields: 'field',
  links: 'link',
  derived: 'derived field',
  parameters: 'parameter',
  per_area_per_year: 'area',
  aliases: 'alias',
};

/** The plain value at `path` in a parsed spec, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: SpecPath): unknown {
  let current = root;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** The object or list at `path` in words: "target 'sign-ups'", "the spec", "'contract'". */
export function describeContainer(path: SpecPath, root: unknown): string {
  if (path.length === 0) return 'the spec';
  const parts: string[] = [];
  let i = 0;
  while (i < path.length) {
    const step = path[i];
    const next = path[i + 1];
    if (typeof step === 'string' && ITEM_NAMES[step] && typeof next === 'number') {
      const item = valueAt(root, path.slice(0, i + 2));
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      parts.push(typeof id === 'string' ? `${ITEM_NAMES[step]} '${id}'` : `${ITEM_NAMES[step]} ${next + 1}`);
      i += 2;
    } else if (typeof step === 'string' && ENTRY_NAMES[step] && next !== undefined) {
      parts.push(`${ENTRY_NAMES[step]} '${next}'`);
      i += 2;
    } else if (typeof step === 'number') {
      parts.push(`item ${step + 1}`);
      i += 1;
    } else {
      parts.push(`'${step}'`);
      i += 1;
    }
  }
  return parts.reverse().join(' of ');
}

/** The value at `path` in words: "'kind' of target 'sign-ups'", "item 2 of 'areas'", "'id' of the spec". */
export function describeValue(path: SpecPath, root: unknown): string {
  if (path.length === 0) return 'The spec';
  const last = path[path.length - 1];
  const parent = path.slice(0, -1);
  const parentStep = parent[parent.length - 1];
  // a named entry or list item is described whole: "target 'x'", "dataset 'referrals'"
  if (
    (typeof last === 'number' && typeof parentStep === 'string' && ITEM_NAMES[parentStep]) ||
    (typeof parentStep === 'string' && ENTRY_NAMES[parentStep] && parent.length >= 1)
  ) {
    return capitalise(describeContainer(path, root));
  }
  const head = typeof last === 'number' ? `Item ${last + 1}` : `'${last}'`;
  const containerWords = describeContainer(parent, root);
  return parent.length === 0 ? `${head} at the top of the spec` : `${head} of ${containerWords}`;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
