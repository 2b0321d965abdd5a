/**
 * `extends`: a spec built on others. Values merge with their origin kept, so that every value of
 * the merged spec can still be traced to the file, and the place in it, it came from.
 *
 * The rules (documented for authors in docs/spec-format.md):
 * - mappings merge key by key, deeply (datasets, parameters, fields, contract …);
 * - lists whose items all have an `id` merge by id: an item with the id of an earlier one replaces it
 *   entirely, in its place; new ids are appended in order;
 * - every other list, and every scalar, is replaced by the later file's value.
 */

import type { SpecPath } from './source.js';

/** Where a value of the merged spec came from; `children` only where a merge happened below it. */
export interface Origin {
  file: string;
  path: SpecPath;
  children?: Map<string | number, Origin>;
}

export interface Sourced {
  value: unknown;
  origin: Origin;
}

export function fromFile(value: unknown, file: string): Sourced {
  return { value, origin: { file, path: [] } };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function childOrigin(origin: Origin, step: string | number): Origin {
  return origin.children?.get(step) ?? { file: origin.file, path: [...origin.path, step] };
}

function itemId(item: unknown): string | undefined {
  return isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined;
}

const isIdList = (value: unknown[]): boolean => value.length > 0 && value.every((item) => itemId(item) !== undefined);

/** `over` merged onto `base` by the rules above. Neither input is changed. */
export function mergeSourced(base: Sourced, over: Sourced): Sourced {
  if (isPlainObject(base.value) && isPlainObject(over.value)) return mergeObjects(base, base.value, over, over.value);
  if (Array.isArray(base.value) && Array.isArray(over.value) && isIdList(base.value) && isIdList(over.value)) {
    return mergeById(base, base.value, over, over.value);
  }
  return over;
}

function mergeObjects(base: Sourced, baseValue: Record<string, unknown>, over: Sourced, overValue: Record<string, unknown>): Sourced {
  const value: Record<string, unknown> = {};
  const children = new Map<string | number, Origin>();
  for (const [key, child] of Object.entries(baseValue)) {
    value[key] = child;
    children.set(key, childOrigin(base.origin, key));
  }
  for (const [key, child] of Object.entries(overValue)) {
    const overChild: Sourced = { value: child, origin: childOrigin(over.origin, key) };
    const merged = key in baseValue ? mergeSourced({ value: baseValue[key], origin: childOrigin(base.origin, key) }, overChild) : overChild;
    value[key] = merged.value;
    children.set(key, merged.origin);
  }
  return { value, origin: { file: over.origin.file, path: over.origin.path, children } };
}

function mergeById(base: Sourced, baseItems: unknown[], over: Sourced, overItems: unknown[]): Sourced {
  const value: unknown[] = [...baseItems];
  const origins: Origin[] = baseItems.map((_, i) => childOrigin(base.origin, i));
  const replaceable = new Map<string, number>();
  baseItems.forEach((item, i) => {
    const id = itemId(item) as string;
    if (!replaceable.has(id)) replaceable.set(id, i);
  });
  overItems.forEach((item, i) => {
    const id = itemId(item) as string;
    const origin = childOrigin(over.origin, i);
    const at = replaceable.get(id);
    // an id repeated within one file is a duplicate for the reference check to report, not a replacement
    if (at !== undefined) {
      replaceable.delete(id);
      value[at] = item;
      origins[at] = origin;
    } else {
      value.push(item);
      origins.push(origin);
    }
  });
  const children = new Map<string | number, Origin>(origins.map((origin, i) => [i, origin]));
  return { value, origin: { file: over.origin.file, path: over.origin.path, children } };
}

/** The file and the path within it that a path of the merged value came from. */
export function traceOrigin(origin: Origin, path: SpecPath): { file: string; path: SpecPath } {
  let current = origin;
  for (let i = 0; i < path.length; i++) {
    const next = current.children?.get(path[i]);
    if (!next) return { file: current.file, path: [...current.path, ...path.slice(i)] };
    current = next;
  }
  return { file: current.file, path: current.path };
}
