import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { diffSpecs } from '../../src/diff/compare.js';
import { reportChanges, type ReportedChange } from '../../src/diff/report.js';
import { loadVersion } from '../../src/diff/version.js';

export const SMALL = readFileSync(new URL('../fixtures/diff/small.yaml', import.meta.url), 'utf8');

const noBases = async (file: string): Promise<string> => {
  throw new Error(`no file ${file} in this test`);
};

/**
 * Diffs two spec texts, loaded as old.yaml and new.yaml, with each change's line resolved; or, given
 * `asFile`, both under that name with the files they extend read from disk.
 */
export async function diffTexts(oldText: string, newText: string, asFile?: string): Promise<ReportedChange[]> {
  const read = asFile === undefined ? noBases : (file: string) => readFile(file, 'utf8');
  const before = await loadVersion(asFile ?? 'old.yaml', oldText, read);
  const after = await loadVersion(asFile ?? 'new.yaml', newText, read);
  return reportChanges(diffSpecs(before, after), { old: before.sources, new: after.sources });
}

/** Replaces the one occurrence of `from`; a test whose edit does not apply must fail, not pass silently. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`edit: "${from}" not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`edit: "${from}" occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The 1-based line of the one line containing `needle` (or the first after the line containing `after`). */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lineOf(text, after);
  const hits = lines.flatMap((line, i) => (i >= start && line.includes(needle) ? [i + 1] : []));
  if (after !== undefined && hits.length > 0) return hits[0];
  if (hits.length !== 1) throw new Error(`lineOf: "${needle}" is on ${hits.length} lines`);
  return hits[0];
}
