/**
 * GitHub-flavoured Markdown: tables a partner pastes into the quarterly narrative report.
 */

import type { CheckReport } from '../evaluate/result.js';
import { describeCell, describeIds, describeRows, findingPlace, formatCount } from './format.js';
import { describeYear, groupByCode, targetGrids, yearSummaries, type TargetGrid } from './grid.js';

/** Text safe inside a table cell: pipes escaped, line breaks flattened, Markdown markup neutralised. */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]<>#])/g, '\\$1')
    .replace(/\r?\n|\r/g, ' ');
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.map(escapeCell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
}

export function formatMarkdown(report: CheckReport): string {
  const title = report.spec.title ?? report.spec.id;
  const lines = [`# Monitoring report: ${escapeCell(title)}`, '', `Specification \`${report.spec.id}\`, version ${escapeCell(report.spec.version)}.`, ''];

  const summaries = yearSummaries(report);
  if (summaries.length > 0) {
    lines.push('## Summary', '');
    for (const summary of summaries) lines.push(`- ${escapeCell(describeYear(summary))}`);
    lines.push('');
  }

  lines.push('## Targets', '');
  for (const grid of targetGrids(report)) lines.push(...targetSection(grid), '');

  if (report.findings.length > 0) {
    lines.push('## Data problems', '');
    const rows = [...groupByCode(report.findings).values()].flat().map((f) => [
      f.code,
      findingPlace(f),
      f.message,
      f.value ?? '',
      f.targets.join(', '),
    ]);
    lines.push(...table(['Problem', 'Where', 'What to do', 'Value', 'Targets touched'], rows), '');
  }

  if (report.rows.length > 0) {
    lines.push('## Rows read', '');
    lines.push(
      ...table(
        ['File', 'Dataset', 'Read', 'Counted', 'Reported', 'Left out'],
        report.rows.map((r) => [r.file, r.dataset, formatCount(r.read), formatCount(r.counted), formatCount(r.reported), formatCount(r.excluded)]),
      ),
      '',
    );
    for (const r of report.rows) lines.push(`- ${escapeCell(describeRows(r))}`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function targetSection(grid: TargetGrid): string[] {
  const { target } = grid;
  const lines = [`### ${escapeCell(target.title)} (\`${target.id}\`)`, ''];
  if (target.description) lines.push(escapeCell(target.description), '');
  if (grid.periods.length === 0) return [...lines, 'No results.'];
  const rows = grid.periods.map((period) => [
    period.label,
    ...grid.groups.map((group) => {
      const result = grid.cell(period.label, group);
      return result ? describeCell(result, target.kind) : '';
    }),
  ]);
  lines.push(...table(['Period', ...grid.groups.map((g) => g.label)], rows));

  const failing: string[] = [];
  for (const period of grid.periods) {
    for (const group of grid.groups) {
      const result = grid.cell(period.label, group);
      if (result?.status === 'not_met' && result.failing.count > 0) {
        const where = group.label === 'All' ? period.label : `${period.label} ${group.label}`;
        failing.push(`- ${escapeCell(where)}: ${escapeCell(describeIds(result.failing.ids, result.failing.count, 20))}`);
      }
    }
  }
  if (failing.length > 0) lines.push('', 'Records that did not meet it:', '', ...failing);
  return lines;
}
