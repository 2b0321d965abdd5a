/**
 * `diff --data`: both versions judged on the same monitoring data, and the (target, period, group)
 * whose status differs. The comparison is a pure function of two CheckReports so that it can be
 * tested on reports worked by hand; `evaluateImpact` in impact-run.ts produces the reports.
 */
import type { CheckReport, Status, TargetResult } from '../evaluate/result.js';
import type { Change } from './compare.js';

export interface StatusChange {
  /** the target's id in the new version */
  target: string;
  /** "2022/23 Q2" or "2022/23" */
  period: string;
  /** e.g. { area: "Dover" }; empty when the rule has no "for each" */
  group: Record<string, string>;
  before: Status;
  after: Status;
  beforeValue: number | null;
  afterValue: number | null;
  /** "under the new threshold", "under the new rule", … */
  reason: string;
  /** "contact-attempt-2wd, Dover, 2022/23 Q2: met → not met under the new threshold" */
  message: string;
}

export interface ImpactComparison {
  changes: StatusChange[];
  /** targets judged in only one version, which have nothing to compare with */
  onlyOld: string[];
  onlyNew: string[];
}

export function compareStatuses(oldReport: CheckReport, newReport: CheckReport, specChanges: readonly Change[]): ImpactComparison {
  const renamedTo = new Map<string, string>();
  for (const change of specChanges) {
    if (change.id === 'target-renamed') renamedTo.set(String(change.before), String(change.after));
  }
  const keyOf = (target: string, result: TargetResult): string =>
    `${target}\u0000${result.period.label}\u0000${groupKey(result.group)}`;
  const oldResults = new Map<string, TargetResult>();
  for (const result of oldReport.results) {
    oldResults.set(keyOf(renamedTo.get(result.target) ?? result.target, result), result);
  }
  const oldTargets = new Set(oldReport.targets.map((t) => renamedTo.get(t.id) ?? t.id));
  const newTargets = new Set(newReport.targets.map((t) => t.id));
  const out: StatusChange[] = [];
  for (const result of newReport.results) {
    const before = oldResults.get(keyOf(result.target, result));
    if (!before || before.status === result.status) continue;
    const reason = reasonFor(result.target, specChanges);
    const where = [result.target, ...Object.values(result.group), result.period.label].join(', ');
    out.push({
      target: result.target,
      period: result.period.label,
      group: result.group,
      before: before.status,
      after: result.status,
      beforeValue: before.value,
      afterValue: result.value,
      reason,
      message: `${where}: ${statusWords(before.status)} → ${statusWords(result.status)} ${reason}`,
    });
  }
  return {
    changes: out,
    onlyOld: [...oldTargets].filter((t) => !newTargets.has(t)),
    onlyNew: [...newTargets].filter((t) => !oldTargets.has(t)),
  };
}

function groupKey(group: Record<string, string>): string {
  return Object.keys(group)
    .sort()
    .map((k) => `${k}=${group[k]}`)
    .join('&');
}

/** Why a status moved, from the spec changes that touch the target (the most direct one wins). */
function reasonFor(target: string, changes: readonly Change[]): string {
  const touching = changes.filter((c) => c.subject === `target ${target}`).map((c) => c.id);
  if (touching.includes('threshold-raised') || touching.includes('threshold-lowered')) return 'under the new threshold';
  if (touching.includes('comparator-changed')) return 'under the new comparison';
  if (touching.includes('period-changed')) return 'under the new dating';
  if (touching.includes('rule-changed') || touching.includes('measure-changed')) return 'under the new rule';
  return 'under the new version';
}

export function statusWords(status: Status): string {
  return status === 'not_met' ? 'not met' : status === 'no_data' ? 'no data' : status;
}
