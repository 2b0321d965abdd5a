/**
 * What `servicespec diff` prints, as data: the changes of each spec compared, with the line of
 * each, and the statuses that change on the partner's data. schemas/diff.schema.json describes
 * its JSON form; the md, text and json formatters (format.ts) all read this one shape.
 */
import type { SourceRegistry } from '../diagnostics.js';
import { DIRECTIONS, type Direction } from './catalogue.js';
import type { Change } from './compare.js';
import type { StatusChange } from './impact.js';

export interface ReportedChange extends Omit<Change, 'at'> {
  /** "specs/peer.yaml", or "main:specs/peer.yaml" for a git side */
  file?: string;
  /** 1-based */
  line?: number;
  column?: number;
}

export interface SpecDiffReport {
  /** the old side as named (absent for a spec new on the branch) */
  old?: string;
  new?: string;
  changes: ReportedChange[];
  /** with --data: the statuses that differ, old → new */
  impact?: StatusChange[];
  /** with --data: what could not be compared, in plain words */
  impactNotes?: string[];
}

export interface DiffReport {
  specs: SpecDiffReport[];
}

/** Turns each change's place into file:line:column using the files each side read. */
export function reportChanges(
  changes: readonly Change[],
  sources: { old?: SourceRegistry; new?: SourceRegistry },
): ReportedChange[] {
  return changes.map(({ at, ...rest }) => {
    const out: ReportedChange = { ...rest };
    if (!at) return out;
    out.file = at.file;
    const source = (rest.side === 'old' ? sources.old : sources.new)?.get(at.file);
    if (source) {
      const { line, column } = source.position(at.offset);
      out.line = line;
      out.column = column;
    }
    return out;
  });
}

export function allChanges(report: DiffReport): ReportedChange[] {
  return report.specs.flatMap((s) => s.changes);
}

export function countByDirection(changes: readonly { direction: Direction }[]): Map<Direction, number> {
  const counts = new Map<Direction, number>();
  for (const direction of DIRECTIONS) {
    const n = changes.filter((c) => c.direction === direction).length;
    if (n > 0) counts.set(direction, n);
  }
  return counts;
}

/** "3 changes: 1 breaking, 1 tightened, 1 editorial", or "No changes." */
export function summaryLine(changes: readonly { direction: Direction }[]): string {
  if (changes.length === 0) return 'No changes.';
  const parts = [...countByDirection(changes)].map(([direction, n]) => `${n} ${direction}`);
  return `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}: ${parts.join(', ')}`;
}

export type FailOn = 'tightened' | 'breaking' | 'any';

/** Whether `--fail-on` asks for exit 1 on these changes. */
export function shouldFail(changes: readonly { direction: Direction }[], failOn: FailOn | undefined): boolean {
  if (!failOn) return false;
  if (failOn === 'any') return changes.length > 0;
  return changes.some((c) => c.direction === failOn);
}
