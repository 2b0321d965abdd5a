/**
 * The terminal report: compact, aligned, colour only when asked (the CLI asks on a TTY).
 */

import type { CheckReport, Finding, RowAccounting, Status } from '../evaluate/result.js';
import { describeIds, describeRows, describeValue, findingPlace, formatCount, STATUS_SYMBOL } from './format.js';
import { describeYear, groupByCode, targetGrids, yearSummaries, type TargetGrid } from './grid.js';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m' };
type Style = keyof typeof ANSI;

const STATUS_STYLE: Record<Status, Style> = { met: 'green', not_met: 'red', no_data: 'dim', monitored: 'dim' };

/** How many failing ids a terminal line shows before "and N more". */
const IDS_SHOWN = 5;
/** How many touched targets a finding line names before "and N more". */
const TARGETS_SHOWN = 3;

/** "Touches: a, b." — shortened on a terminal when a problem touches many targets. */
function describeTouched(targets: readonly string[], allTargets: readonly string[]): string {
  const every = allTargets.length > 0 && allTargets.every((id) => targets.includes(id));
  if (targets.length > TARGETS_SHOWN && every) return `Touches every target (${targets.length}).`;
  if (targets.length > TARGETS_SHOWN + 1) return `Touches: ${targets.slice(0, TARGETS_SHOWN).join(', ')} and ${targets.length - TARGETS_SHOWN} more.`;
  return `Touches: ${targets.join(', ')}.`;
}

/** How many findings of one code the terminal lists before "and N more". */
const FINDINGS_SHOWN = 10;

export function formatText(report: CheckReport, opts: { color: boolean }): string {
  const paint = (style: Style, text: string): string => (opts.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  const title = report.spec.title ? `${report.spec.title} ` : '';
  lines.push(paint('bold', `${title}(${report.spec.id}, version ${report.spec.version})`), '');

  for (const grid of targetGrids(report)) {
    lines.push(...targetBlock(grid, paint), '');
  }
  if (report.findings.length > 0) lines.push(...findingsBlock(report.findings, report.targets.map((t) => t.id), paint), '');
  if (report.rows.length > 0) lines.push(...rowsBlock(report.rows, paint), '');
  for (const summary of yearSummaries(report)) {
    const style: Style = summary.notMet.length > 0 ? 'red' : summary.quarterMisses.length > 0 ? 'yellow' : 'green';
    lines.push(paint(style, describeYear(summary)));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

type Paint = (style: Style, text: string) => string;

function targetBlock(grid: TargetGrid, paint: Paint): string[] {
  const { target } = grid;
  const lines = [paint('bold', `${target.title} (${target.id})`)];
  if (target.description) lines.push(`  ${target.description}`);
  if (grid.periods.length === 0) {
    lines.push('  No results.');
    return lines;
  }

  const header = ['Period', ...grid.groups.map((g) => g.label)];
  const rows = grid.periods.map((period) => [
    { text: period.label, style: undefined as Style | undefined },
    ...grid.groups.map((group) => {
      const result = grid.cell(period.label, group);
      if (!result) return { text: '', style: undefined };
      return { text: `${STATUS_SYMBOL[result.status]} ${describeValue(result, target.kind)}`, style: STATUS_STYLE[result.status] };
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].text.length)));
  lines.push(`  ${header.map((h, i) => h.padEnd(widths[i])).join('   ').trimEnd()}`);
  for (const row of rows) {
    const cells = row.map((cell, i) => {
      const padding = ' '.repeat(widths[i] - cell.text.length);
      return (cell.style ? paint(cell.style, cell.text) : cell.text) + padding;
    });
    lines.push(`  ${cells.join('   ').trimEnd()}`);
  }
  if (target.kind === 'share' && grid.periods.length > 0) {
    const threshold = firstThreshold(grid);
    if (threshold !== null) lines.push(paint('dim', `  Target: at least ${describeThreshold(threshold)} in each period.`));
  } else if (target.kind === 'count') {
    lines.push(paint('dim', '  Target: the annual number pro-rated to each period, shown after "of".'));
  }

  for (const period of grid.periods) {
    for (const group of grid.groups) {
      const result = grid.cell(period.label, group);
      if (!result) continue;
      const where = group.label === 'All' ? period.label : `${period.label} ${group.label}`;
      if (result.status === 'not_met' && result.failing.count > 0) {
        lines.push(`  ${paint('red', '✖')} ${where}: ${describeIds(result.failing.ids, result.failing.count, IDS_SHOWN)} did not meet it.`);
      }
      if (result.unknown && result.unknown.count > 0) {
        lines.push(
          `  ${paint('yellow', '?')} ${where}: ${describeIds(result.unknown.ids, result.unknown.count, IDS_SHOWN)} could not be judged (see the data problems below).`,
        );
      }
    }
  }
  return lines;
}

function firstThreshold(grid: TargetGrid): number | null {
  for (const period of grid.periods) {
    for (const group of grid.groups) {
      const threshold = grid.cell(period.label, group)?.threshold;
      if (threshold !== undefined && threshold !== null) return threshold;
    }
  }
  return null;
}

function describeThreshold(threshold: number): string {
  return `${formatCount(Math.round(threshold * 1000) / 10)}%`;
}

function findingsBlock(findings: readonly Finding[], allTargets: readonly string[], paint: Paint): string[] {
  const lines = [paint('bold', `Data problems: ${formatCount(findings.length)} ${findings.length === 1 ? 'finding' : 'findings'}`)];
  for (const [code, group] of groupByCode(findings)) {
    lines.push(`  ${paint(group[0].severity === 'error' ? 'red' : 'yellow', code)} (${formatCount(group.length)})`);
    for (const finding of group.slice(0, FINDINGS_SHOWN)) {
      const place = findingPlace(finding);
      const targets = finding.targets.length > 0 ? paint('dim', ` ${describeTouched(finding.targets, allTargets)}`) : '';
      lines.push(`    ${place ? `${place}: ` : ''}${finding.message}${targets}`);
    }
    if (group.length > FINDINGS_SHOWN) {
      lines.push(paint('dim', `    and ${formatCount(group.length - FINDINGS_SHOWN)} more like these (the md, html and json formats list them all).`));
    }
  }
  return lines;
}

function rowsBlock(rows: readonly RowAccounting[], paint: Paint): string[] {
  return [paint('bold', 'Rows'), ...rows.map((r) => `  ${describeRows(r)}`)];
}
