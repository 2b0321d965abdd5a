/**
 * The report seen as every format lays it out: per target a grid of periods (rows) by groups
 * (columns), and a summary per financial year. Formats differ only in how they draw these.
 */

import type { CheckReport, Finding, PeriodKind, TargetInfo, TargetResult } from '../evaluate/result.js';
import { groupKey, groupLabel } from './format.js';

export interface GridPeriod {
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
  financialYear: string;
}

export interface GridGroup {
  key: string;
  label: string;
  group: Record<string, string>;
}

export interface TargetGrid {
  target: TargetInfo;
  /** chronological; each financial year's quarters come before the year itself */
  periods: GridPeriod[];
  groups: GridGroup[];
  cell(periodLabel: string, group: GridGroup): TargetResult | undefined;
}

/** "2022/23 Q1" → "2022/23"; a year label is its own financial year. */
function financialYearOf(label: string): string {
  return label.split(' ')[0];
}

function orderedPeriods(report: CheckReport, results: readonly TargetResult[]): GridPeriod[] {
  const byLabel = new Map<string, GridPeriod>();
  for (const p of report.periods) {
    byLabel.set(p.label, { label: p.label, kind: p.kind, start: p.start, end: p.end, financialYear: p.financialYear });
  }
  const seen = new Map<string, GridPeriod>();
  for (const r of results) {
    if (seen.has(r.period.label)) continue;
    seen.set(
      r.period.label,
      byLabel.get(r.period.label) ?? { ...r.period, financialYear: financialYearOf(r.period.label) },
    );
  }
  return [...seen.values()].sort(
    (a, b) =>
      a.financialYear.localeCompare(b.financialYear) ||
      (a.kind === b.kind ? 0 : a.kind === 'quarter' ? -1 : 1) ||
      a.start.localeCompare(b.start),
  );
}

export function targetGrids(report: CheckReport): TargetGrid[] {
  const resultsByTarget = new Map<string, TargetResult[]>();
  for (const r of report.results) {
    const list = resultsByTarget.get(r.target) ?? [];
    list.push(r);
    resultsByTarget.set(r.target, list);
  }
  const known = new Set(report.targets.map((t) => t.id));
  // A result for a target the report does not describe still gets shown rather than dropped.
  const targets: TargetInfo[] = [
    ...report.targets,
    ...[...resultsByTarget.keys()]
      .filter((id) => !known.has(id))
      .map((id): TargetInfo => ({ id, title: id, kind: resultsByTarget.get(id)![0].numerator === undefined ? 'count' : 'share', description: '' })),
  ];
  return targets.map((target) => {
    const results = resultsByTarget.get(target.id) ?? [];
    const groups = new Map<string, GridGroup>();
    const cells = new Map<string, TargetResult>();
    for (const r of results) {
      const key = groupKey(r.group);
      if (!groups.has(key)) groups.set(key, { key, label: groupLabel(r.group), group: r.group });
      cells.set(`${r.period.label}\u0000${key}`, r);
    }
    return {
      target,
      periods: orderedPeriods(report, results),
      groups: [...groups.values()],
      cell: (periodLabel, group) => cells.get(`${periodLabel}\u0000${group.key}`),
    };
  });
}

export interface QuarterMiss {
  target: string;
  period: string;
  group: string;
}

export interface YearSummary {
  financialYear: string;
  /** what the figures cover: the year, or (when a run kept only some quarters, e.g. --period) those quarters */
  scope: string;
  /** targets with a threshold and at least one result this year */
  judged: number;
  met: string[];
  notMet: string[];
  noData: string[];
  /** quarters (and groups) in which a target was not met, even when the year was */
  quarterMisses: QuarterMiss[];
}

/**
 * A target is met for a year when no group's year figure is not met and at least one is met;
 * monitored measures are not judged.
 */
export function yearSummaries(report: CheckReport): YearSummary[] {
  const summaries = new Map<string, YearSummary>();
  for (const grid of targetGrids(report)) {
    const years = [...new Set(grid.periods.map((p) => p.financialYear))];
    for (const year of years) {
      const yearPeriod = grid.periods.find((p) => p.financialYear === year && p.kind === 'year');
      // Without the year's own figures (a run limited to some quarters) the quarters shown are judged.
      const judgedPeriods = yearPeriod ? [yearPeriod] : grid.periods.filter((p) => p.financialYear === year);
      const summary =
        summaries.get(year) ??
        ({
          financialYear: year,
          scope: judgedPeriods.map((p) => p.label).join(', '),
          judged: 0,
          met: [],
          notMet: [],
          noData: [],
          quarterMisses: [],
        } satisfies YearSummary);
      summaries.set(year, summary);
      const judgedResults = judgedPeriods
        .flatMap((period) => grid.groups.map((g) => grid.cell(period.label, g)))
        .filter((r): r is TargetResult => r !== undefined && r.status !== 'monitored');
      if (judgedResults.length > 0) {
        summary.judged += 1;
        if (judgedResults.some((r) => r.status === 'not_met')) summary.notMet.push(grid.target.id);
        else if (judgedResults.some((r) => r.status === 'met')) summary.met.push(grid.target.id);
        else summary.noData.push(grid.target.id);
      }
      for (const period of grid.periods) {
        if (!yearPeriod || period.financialYear !== year || period.kind !== 'quarter') continue;
        for (const group of grid.groups) {
          if (grid.cell(period.label, group)?.status === 'not_met') {
            summary.quarterMisses.push({ target: grid.target.id, period: period.label, group: group.label });
          }
        }
      }
    }
  }
  return [...summaries.values()].sort((a, b) => a.financialYear.localeCompare(b.financialYear));
}

/** "12 of 14 targets met in 2022/23; not met in quarters: contact-attempt-2wd (2022/23 Q2 Dover)". */
export function describeYear(summary: YearSummary): string {
  const forTheYear = summary.scope === summary.financialYear;
  const parts = [`${summary.met.length} of ${summary.judged} targets met in ${summary.scope}`];
  if (summary.notMet.length > 0) parts.push(`not met${forTheYear ? ' for the year' : ''}: ${summary.notMet.join(', ')}`);
  if (summary.noData.length > 0) parts.push(`no data: ${summary.noData.join(', ')}`);
  if (summary.quarterMisses.length > 0) {
    const byTarget = new Map<string, string[]>();
    for (const miss of summary.quarterMisses) {
      const list = byTarget.get(miss.target) ?? [];
      const quarter = miss.period.replace(`${summary.financialYear} `, '');
      list.push(miss.group === 'All' ? quarter : `${quarter} ${miss.group}`);
      byTarget.set(miss.target, list);
    }
    const listed = [...byTarget].map(([target, where]) => `${target} (${where.join(', ')})`);
    parts.push(`${byTarget.size} not met in some quarters: ${listed.join('; ')}`);
  }
  return parts.join('; ');
}

export function groupByCode(findings: readonly Finding[]): Map<string, Finding[]> {
  const byCode = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byCode.get(finding.code) ?? [];
    list.push(finding);
    byCode.set(finding.code, list);
  }
  return byCode;
}
