/**
 * `diff --data`: loads the partner's data once per version (a renamed field or dataset reads a
 * different column or file) and judges both versions, each with its own working calendar (closure
 * days are part of a spec). The statuses are then compared by impact.ts.
 */
import { loadData, calendarFor } from '../data/load.js';
import { loadMapping, type MappingFile } from '../data/mapping.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { CheckReport } from '../evaluate/result.js';
import type { Change } from './compare.js';
import { compareStatuses, type StatusChange } from './impact.js';
import type { SpecVersion } from './version.js';

export interface ImpactOptions {
  dataDir: string;
  mapping?: string;
}

export interface ImpactResult {
  changes: StatusChange[];
  /** what could not be compared, in plain words */
  notes: string[];
}

export async function evaluateImpact(
  oldVersion: SpecVersion,
  newVersion: SpecVersion,
  changes: readonly Change[],
  options: ImpactOptions,
): Promise<ImpactResult> {
  const mapping = options.mapping === undefined ? undefined : await loadMapping(options.mapping);
  const before = await judge(oldVersion, options.dataDir, mapping);
  const after = await judge(newVersion, options.dataDir, mapping);
  const compared = compareStatuses(before, after, changes);
  const notes: string[] = [];
  if (compared.onlyNew.length > 0) notes.push(`Targets new in this version have no old status to compare: ${compared.onlyNew.join(', ')}.`);
  if (compared.onlyOld.length > 0) notes.push(`Targets removed in this version are not judged any more: ${compared.onlyOld.join(', ')}.`);
  return { changes: compared.changes, notes };
}

async function judge(version: SpecVersion, dataDir: string, mapping: MappingFile | undefined): Promise<CheckReport> {
  const { data, findings } = await loadData(version.spec, { path: dataDir }, { mapping });
  return evaluate(version.spec, data, { calendar: calendarFor(version.spec, mapping?.mapping), dataFindings: findings });
}
