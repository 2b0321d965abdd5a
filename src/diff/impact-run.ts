/**
 * `diff --data`: loads the partner's data once per version (a renamed field reads a different
 * column) and judges both versions with the same working-day calendar.
 */
import { diagnostic, UnusableInputError } from '../diagnostics.js';
import type { Change } from './compare.js';
import type { StatusChange } from './impact.js';
import type { SpecVersion } from './version.js';

export interface ImpactOptions {
  dataDir: string;
  mapping?: string;
}

export interface ImpactResult {
  changes: StatusChange[];
  notes: string[];
}

export async function evaluateImpact(
  _oldVersion: SpecVersion,
  _newVersion: SpecVersion,
  _changes: readonly Change[],
  _options: ImpactOptions,
): Promise<ImpactResult> {
  // TEMPORARY until src/data/load.ts lands: the data loader is not in this build yet
  throw new UnusableInputError([diagnostic('diff-data-unavailable', '--data is not available in this build yet: the data loader is missing.')]);
}
